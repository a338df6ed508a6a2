"""A governed run: gates -> stages -> gates, collecting the evidence into a RunRecord.

Order: the licence and provenance gate on every dataset the stages use and on the base model; the PII gate
per stage, which writes the scrubbed copy (``data/<stage>/<dataset>.<ext>``) that the stage trains on and
nothing else; the stages in order (the first SFT stage also gets the memorisation gate's canaries, in memory);
the fairness gate on the last model; the memorisation gate on every trained language model. A gate that fails
stops the run before any training (fairness, memorisation: the model is marked not releasable). A crash is recorded with its type and a
PII-free message. ``run.json`` is always written (atomically), then the signed report.

This module is the loop; phases.py calls each gate (config -> gate -> record), release.py decides whether the
model may be released, folder.py names every file.
"""

from __future__ import annotations

import datetime as dt
import getpass
import os
import platform
import secrets
import signal
import socket
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from .. import __version__
from ..config import RunConfig, StageConfig
from ..digest import sha256_file, sha256_path
from ..disclosure import DISCLOSURE_FIELDS, DeclaredSource, SourceDisclosure
from ..errors import ConfigError, GovernedTuningError
from ..fsio import atomic_write_json, atomic_write_text
from ..gates.base import GateResult
from ..gates.license import hub_snapshot
from ..gates.license.evidence import LicenseEvidence
from ..record import Artefact, ErrorInfo, GateRun, PolicyRef, RunRecord, StageRecord
from ..stages.common import StageInput, digest_outputs, path_size, rel
from . import preflight
from .distributed import Cluster, DistributedError, LauncherStopped, launched, stop_on_sigterm
from .folder import RunFolder
from .memorisation import MemorisationPhase
from .phases import fairness_phase, governance_phase, license_phase, memorisation_phase, pii_phase
from .release import decide


class Progress(Protocol):
    """What the run tells its caller as it goes (the CLI shows rich progress bars)."""

    def gate(self, scope: str, result: GateResult) -> None: ...
    def stage_start(self, name: str, kind: str) -> None: ...
    def stage_step(self, name: str, step: int, total: int) -> None: ...
    def stage_end(self, name: str, status: str) -> None: ...


class _Quiet:
    def gate(self, scope, result): pass
    def stage_start(self, name, kind): pass
    def stage_step(self, name, step, total): pass
    def stage_end(self, name, status): pass


@dataclass
class RunOutcome:
    record: RunRecord
    run_dir: Path
    report: Path  # report.json (signed when a key was given)
    main: bool = True  # False on the other ranks of a distributed run: rank 0 wrote and signed the report


def new_run_id(now: dt.datetime | None = None) -> str:
    now = now or dt.datetime.now(dt.timezone.utc)
    return f"{now.strftime('%Y%m%dT%H%M%SZ')}-{secrets.token_hex(3)}"


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def safe_error(exc: BaseException, where: str) -> ErrorInfo:
    """Type and a PII-free message: ours are written to be PII-free; anything else may quote data, so not."""
    if isinstance(exc, GovernedTuningError):
        msg = str(exc)
    else:
        msg = (f"{type(exc).__name__} raised during {where}; its message is withheld because it may quote "
               "training data. Re-run the stage outside the run to debug it.")
    return ErrorInfo(type=type(exc).__name__, message=msg, where=where)


def software_versions() -> dict[str, str]:
    from importlib.metadata import PackageNotFoundError, version

    out = {"python": platform.python_version(), "governed-tuning": __version__}
    for pkg in ("torch", "transformers", "trl", "peft", "datasets", "accelerate", "presidio-analyzer",
                "fairlearn", "spacy"):
        try:
            out[pkg] = version(pkg)
        except PackageNotFoundError:
            pass
    return out


def hardware() -> dict[str, Any]:
    import torch

    hw: dict[str, Any] = {"platform": platform.platform(), "machine": platform.machine(),
                          "cpu_count": os.cpu_count(), "cuda": torch.cuda.is_available()}
    if torch.cuda.is_available():
        hw["gpus"] = [torch.cuda.get_device_name(i) for i in range(torch.cuda.device_count())]
    return hw


class Run:
    """One execution of a RunConfig. ``execute()`` never loses a failure: it always writes run.json."""

    def __init__(self, cfg: RunConfig, *, reports_dir: Path | None = None, key_path: Path | None = None,
                 passphrase: bytes | None = None, progress: Progress | None = None,
                 command: list[str] | None = None, run_id: str | None = None):
        from ..manifest import load_manifest
        from ..policy import load_policy

        self.cfg = cfg
        self.loaded_policy = load_policy(cfg.policy_ref())
        self.policy = self.loaded_policy.policy
        self.manifest = load_manifest(cfg.path(cfg.manifest))
        self.reports = Path(os.path.normpath(reports_dir)) if reports_dir is not None else cfg.path(cfg.reports)
        self.key_path = key_path
        self.passphrase = passphrase
        self.progress = progress or _Quiet()
        self.run_id = run_id or new_run_id()
        self.folder = RunFolder.of(self.reports, self.run_id)
        self.run_dir = self.folder.path
        # every configuration mistake that can be found now is found now: nothing is written before this passes
        self.plan = preflight.check(cfg, self.manifest, self.policy)
        # under accelerate launch / torchrun: join the process group; only rank 0 writes (distributed.py)
        self.cluster = Cluster.start(cfg.distributed.timeout_s) if launched() else None
        self.fairness_off = False
        self.memorisation_off = not self.policy.memorisation.enabled
        self.memo = MemorisationPhase(self.policy)  # the canaries, in memory for this run only
        self.license_result: GateResult | None = None
        if key_path is None and self.policy.signing.require_signature:
            raise ConfigError(f"policy {self.policy.name!r} requires a signed report (signing.require_signature) "
                              "but no signing key was given: pass --key PRIVATE.pem (governed-tuning keygen "
                              "creates one)")
        if key_path is not None and not Path(key_path).is_file():
            raise ConfigError(f"{key_path}: --key must name a private key file (PEM); this one does not exist")
        if key_path is not None:  # a key that cannot sign fails now, not after training
            from ..audit.keys import load_private_key

            load_private_key(key_path, passphrase)
        lp = self.loaded_policy
        self.record = RunRecord(
            run_id=self.run_id, status="running", started_at=_now(), user=getpass.getuser(),
            host=socket.gethostname(), command=command if command is not None else list(sys.argv),
            config=cfg.model_dump(mode="json"),
            policy=PolicyRef.from_loaded(lp),
            software=software_versions(), hardware=hardware())

    # ------------------------------------------------------------------ helpers

    @property
    def follower(self) -> bool:
        """A rank other than 0 of a distributed run: it trains, and writes nothing of the record."""
        return self.cluster is not None and not self.cluster.main

    def _save(self) -> None:
        if self.follower:
            return
        atomic_write_json(self.folder.record, self.record.model_dump(mode="json"))

    def file_gate(self, scope: str, folder: str, result: GateResult, extra: Sequence[Artefact] = ()) -> GateRun:
        """Write the gate's result under gates/<folder>/ and add it, with its files, to the record."""
        path = self.folder.evidence(folder, result.gate)
        atomic_write_json(path, result.model_dump(mode="json"))
        arts = [Artefact(path=rel(path, self.run_dir), sha256=sha256_file(path), size=path.stat().st_size,
                         role="evidence"), *extra]
        gr = GateRun(scope=scope, result=result, artefacts=arts)
        self.record.gates.append(gr)
        self.progress.gate(scope, result)
        return gr

    def artefact(self, path: Path, role: str) -> Artefact:
        return Artefact(path=rel(path, self.run_dir), sha256=sha256_path(path), size=path_size(path), role=role)

    def _base_model_path(self) -> str:
        spec = self.manifest.get(self.cfg.base_model)
        path = self.manifest.resolve(spec)
        if path is not None and path.exists():
            return str(path)
        if spec.source and path is None:  # a hub id: the cached snapshot the licence gate checked, never a download
            snap = hub_snapshot(spec.source, spec.revision)
            if snap is not None:
                return str(snap)
            raise ConfigError(f"manifest model {spec.name!r}: the hub id {spec.source!r} (revision "
                              f"{spec.revision or 'main'}) is not in the local Hugging Face cache; runs never "
                              "download, so fetch it first or give a local path")
        raise ConfigError(f"manifest model {spec.name!r}: its path {spec.path!r} does not exist")

    # ------------------------------------------------------------------ phases

    def _stage(self, i: int, stage: StageConfig, data: Path, models: dict[str, tuple[str, Path]]) -> StageRecord:
        from ..stages import dpo, reward, rl, sft

        name = stage.stage_name
        seed = int(stage.args.get("seed", self.cfg.seed))
        try:
            parent: str | None = None  # the stage whose model this one starts from (None: the base model)
            if stage.model == "base":
                start = self._base_model_path()
            elif stage.model == "previous":
                lms = [(n, p) for n, (k, p) in models.items() if k != "reward"]
                parent = lms[-1][0] if lms else None
                start = str(lms[-1][1]) if lms else self._base_model_path()
            else:
                parent = stage.model
                start = str(models[stage.model][1])
            reward_dir = None
            if stage.kind == "rl":
                rname = stage.reward_model or [n for n, (k, _) in models.items() if k == "reward"][-1]
                reward_dir = models[rname][1]
        except Exception as exc:  # noqa: BLE001 - a stage that could not start is still a stage of the record
            sr = StageRecord(name=name, kind=stage.kind, status="failed", started_at=_now(), finished_at=_now(),
                             seed=seed, trl_args=dict(stage.args), error=safe_error(exc, f"stage {name}"))
            self.record.stages.append(sr)
            self.progress.stage_end(name, "failed")
            return sr
        sr = StageRecord(name=name, kind=stage.kind, status="failed", started_at=_now(), seed=seed,
                         trl_args=dict(stage.args), base_model=rel(Path(start), self.run_dir)
                         if Path(start).exists() else start)
        self.record.stages.append(sr)
        self._save()
        self.memo.started_from(name, parent)
        extra = self.memo.extra_records(name, stage.kind, data)  # the canaries: in memory, never in the copy on disk
        inp = StageInput(run_dir=self.run_dir, dataset=data, model=start, out_dir=self.folder.model_dir(name),
                         args=dict(stage.args), seed=seed, lora=stage.lora, reward_model=reward_dir,
                         data_role="scrubbed_dataset",
                         on_step=lambda s, t: self.progress.stage_step(name, s, t), extra_records=extra)
        self.progress.stage_start(name, stage.kind)
        t0 = time.perf_counter()
        try:
            if stage.kind == "rl":
                res = rl.train(inp, algorithm=stage.algorithm)
            else:
                res = {"sft": sft, "reward": reward, "dpo": dpo}[stage.kind].train(inp)
        except Exception as exc:  # noqa: BLE001 - recorded, never lost
            sr.error = safe_error(exc, f"stage {name}")
            sr.wall_s = round(time.perf_counter() - t0, 3)
            sr.finished_at = _now()
            out = self.folder.model_dir(name)
            sr.outputs = digest_outputs(out, self.run_dir) if out.exists() else []
            self.progress.stage_end(name, "failed")
            return sr
        sr.status = "completed"
        sr.wall_s = round(time.perf_counter() - t0, 3)
        sr.finished_at = _now()
        sr.trl_args = res.trl_args
        sr.metrics = res.metrics
        sr.compute = res.compute
        if extra:  # what the stage trained on beyond the scrubbed copy's recorded bytes
            sr.metrics["canary_records_added"] = len(extra)
        sr.inputs = res.inputs
        sr.outputs = res.outputs
        sr.model_dir = rel(res.model_dir, self.run_dir)
        models[name] = (stage.kind, res.model_dir)
        self.progress.stage_end(name, "completed")
        return sr

    def _documents(self) -> None:
        """The regulatory documents (documents/), written before signing so that the signature covers them. A
        failure here is recorded and the run is still signed: the documents can be generated later with `docs`."""
        from ..documents import write_run_documents

        rec = self.record
        try:
            arts = write_run_documents(self.run_dir, rec)
        except Exception as exc:  # noqa: BLE001 - the run is signed whatever happened here
            err = safe_error(exc, "regulatory documents")
            rec.release_reasons.append(f"the regulatory documents could not be written ({err.type}): {err.message}")
            return
        rec.artefacts = [a for a in rec.artefacts if a.role != "regulatory_document"] + arts

    def _prune_empty(self, folder: Path) -> None:
        """Remove the empty folders a failed stage left (the trainer makes its output folder before it fails):
        a signed run folder holds only signed files, so ``verify`` would reject them."""
        if not folder.is_dir():
            return
        for root, _dirs, _files in os.walk(folder, topdown=False):
            if not os.listdir(root):
                os.rmdir(root)
        parent = folder.parent
        while parent != self.run_dir and parent.is_dir() and not os.listdir(parent):
            parent.rmdir()
            parent = parent.parent

    def _cards(self) -> None:
        """Model cards, and NOTICE.md again now that the run's changes can be stated; a copy of it travels in each
        model folder, the thing that is shipped (Apache-2.0 §4(d))."""
        from ..modelcard import write_model_card
        from ..notice import render_notice

        result = getattr(self, "license_result", None)
        notice = None
        if result is not None:
            notice = render_notice(result, manifest=self.manifest, record=self.record)
            atomic_write_text(self.folder.notice, notice)
            self.record.artefacts = [a for a in self.record.artefacts if a.role != "notice"] + [
                self.artefact(self.folder.notice, "notice")]
        for sr in self.record.stages:
            if sr.status == "completed" and sr.model_dir:
                folder = self.run_dir / sr.model_dir
                write_model_card(folder, self.record, sr, result)
                if notice is not None:
                    atomic_write_text(folder / self.folder.notice.name, notice)
                sr.outputs = digest_outputs(folder, self.run_dir)

    # ------------------------------------------------------------------ the run

    def _describe_base_model(self) -> None:
        spec = self.manifest.get(self.cfg.base_model)
        path = self.manifest.resolve(spec)
        info: dict[str, Any] = {"name": spec.name, "path": str(path) if path else None, "license": spec.license,
                                "source": spec.source, "revision": spec.revision}
        lic = self.license_result
        judged = [s for s in (lic.evidence_as(LicenseEvidence).sources if lic else []) if s.name == spec.name]
        if judged:
            info.update(sha256=judged[0].sha256, license_verdict=judged[0].verdict)
        elif path is not None and path.exists():
            info["sha256"] = sha256_path(path)
        self.record.base_model = info
        self.record.sources = self._declared_sources()

    def _declared_sources(self) -> list[DeclaredSource]:
        """What the manifest declares about each source the run uses (disclosure.py), for the documents."""
        used: dict[str, list[str]] = {}
        for stage in self.cfg.stages:
            used.setdefault(stage.dataset, []).append(stage.stage_name)
        starts = [s.stage_name for s in self.cfg.stages if s.model == "base"]
        out = []
        for kind, spec in self.manifest.sources():
            if kind == "model" and spec.name != self.cfg.base_model or kind == "dataset" and spec.name not in used:
                continue
            out.append(DeclaredSource(
                name=spec.name, kind=kind, stages=used.get(spec.name, []) if kind == "dataset" else starts,
                source=spec.source, license=spec.license, revision=spec.revision, attribution=spec.attribution,
                declared=SourceDisclosure.model_validate(spec.model_dump(include=set(DISCLOSURE_FIELDS)))))
        return out

    def execute(self) -> RunOutcome:
        """Close the runs a killed process left ``running`` (recovery.py), then run, holding this run folder's
        lock for as long as this process lives, so the next start can tell a crashed run from a live one."""
        from .recovery import close_stale_runs, hold, release

        if self.follower:
            return self._follow()
        close_stale_runs(self.reports, self.key_path, self.passphrase)
        self.run_dir.mkdir(parents=True, exist_ok=False)
        lock = hold(self.run_dir)
        if self.cluster is not None:
            stop_on_sigterm()
        try:
            return self._execute()
        finally:
            release(lock)
            if self.cluster is not None:
                signal.signal(signal.SIGTERM, signal.SIG_DFL)  # the other ranks wait for this before they exit
                self.cluster.put("done", {"status": self.record.status, "releasable": self.record.releasable})

    def _follow(self) -> RunOutcome:
        """Rank > 0: wait for rank 0's gates, check each scrubbed copy's digest, train on it, report each
        stage's outcome to rank 0 and stop when it says so."""
        c = self.cluster
        assert c is not None  # only called in a distributed run
        c.announce()
        if c.wait_any(["plan", "done"], "rank 0's licence and PII gates and scrub") == "plan":
            plan = c.get("plan")
            self.run_id = self.record.run_id = plan["run_id"]
            self.folder = RunFolder.of(self.reports, self.run_id)
            self.run_dir = self.folder.path
            models: dict[str, tuple[str, Path]] = {}
            for i, stage in enumerate(self.cfg.stages if plan["go"] else []):
                name = stage.stage_name
                rel_path, digest = plan["data"][str(i)]
                data = self.run_dir / rel_path
                error = None
                try:
                    if sha256_path(data) != digest:
                        raise DistributedError(f"rank {c.rank}: the scrubbed copy {rel_path} differs from the one "
                                               "rank 0 wrote and recorded (is the reports folder shared by every "
                                               "machine of the launch?)")
                except Exception as exc:  # noqa: BLE001 - reported to rank 0, which records it
                    error = safe_error(exc, f"stage {name}")
                if error is None:
                    sr = self._stage(i, stage, data, models)
                    error = sr.error if sr.status == "failed" else None
                c.report_stage(name, error)
                if error is not None:
                    c.abandon()
                if c.wait_any([f"go/{name}", "done"], f"rank 0 to close stage {name}") == "done" \
                        or not c.get(f"go/{name}"):
                    break
        c.wait_any(["done"], "rank 0 to sign the report")
        done = c.get("done")
        self.record.status, self.record.releasable = done["status"], done["releasable"]
        return RunOutcome(record=self.record, run_dir=self.run_dir, report=self.folder.path / "report.json",
                          main=False)

    def _ranks_agree(self, name: str, sr: StageRecord) -> None:
        """Rank 0, after a stage: wait for every rank's outcome; a failure anywhere fails the stage (the first
        failing rank's error is the stage's), then tell the ranks whether to go on."""
        c = self.cluster
        assert c is not None  # only called in a distributed run
        if sr.status == "failed":
            c.abandon()  # peers blocked in a collective with this rank fail now
        errors = c.stage_errors(name)
        if errors:
            r, err = min(errors.items())
            sr.status = "failed"
            sr.error = ErrorInfo(type=err.type, message=f"on rank {r}: {err.message}", where=f"{err.where}, rank {r}")
            self.record.release_reasons += [f"stage {name} failed on rank {k} ({e.type}): {e.message}"
                                            for k, e in sorted(errors.items()) if k != r]
            c.abandon()
        c.put(f"go/{name}", sr.status == "completed")

    def _execute(self) -> RunOutcome:
        rec = self.record
        self._save()
        models: dict[str, tuple[str, Path]] = {}
        self._where = "gate license"
        try:
            if self.cluster is not None:
                self._where = "distributed start"
                rec.distributed = self.cluster.describe()
                self._save()
                self._where = "gate license"
            ok = license_phase(self)
            self._describe_base_model()
            self._where = "governance"
            ok = governance_phase(self) and ok
            data: dict[int, Path] = {}
            if ok:
                for i, stage in enumerate(self.cfg.stages):
                    self._where = f"gate pii (stage {stage.stage_name})"
                    path = pii_phase(self, stage)
                    if path is None:
                        ok = False
                        break
                    data[i] = path
            if self.cluster is not None:  # the other ranks wait for this: what to train on, and its digest
                self.cluster.put("plan", {"run_id": self.run_id, "go": ok, "data": {
                    str(i): [rel(p, self.run_dir), sha256_path(p)] for i, p in data.items()}})
            if not ok:
                rec.status = "blocked"
                for stage in self.cfg.stages:
                    rec.stages.append(StageRecord(name=stage.stage_name, kind=stage.kind, status="skipped",
                                                  seed=int(stage.args.get("seed", self.cfg.seed)),
                                                  trl_args=dict(stage.args)))
            else:
                for i, stage in enumerate(self.cfg.stages):
                    self._where = f"stage {stage.stage_name}"
                    sr = self._stage(i, stage, data[i], models)
                    if self.cluster is not None:
                        self._ranks_agree(sr.name, sr)
                    if sr.status == "failed":
                        self._prune_empty(self.folder.model_dir(sr.name))
                    self._save()
                    if sr.status == "failed" and sr.error is not None:
                        rec.status = "failed"
                        rec.error = sr.error
                        rec.release_reasons.append(f"stage {sr.name} failed ({sr.error.type}): {sr.error.message}")
                        for later in self.cfg.stages[i + 1:]:
                            rec.stages.append(StageRecord(name=later.stage_name, kind=later.kind, status="skipped",
                                                          trl_args=dict(later.args)))
                        break
                else:
                    self._where = "gate fairness"
                    fair = fairness_phase(self, models)
                    self._where = "gate memorisation"
                    memo = memorisation_phase(self, models)
                    rec.status = "completed" if fair and memo else "blocked"
            decide(rec, fairness_off=self.fairness_off, memorisation_off=self.memorisation_off)  # the cards say it
            self._where = "model cards"
            self._cards()
        except LauncherStopped:  # torchrun / accelerate stop every rank once one has ended: record it, sign
            rec.status = "failed"
            rec.error = ErrorInfo(type="LauncherStopped", message="the launcher stopped rank 0 because another "
                                  "process of the launch ended (it crashed or was killed)", where=self._where)
            rec.release_reasons.append(f"the run failed: {rec.error.message}")
            for sr in rec.stages:
                if sr.status == "failed":
                    if sr.finished_at is None:
                        sr.finished_at, sr.error = _now(), rec.error
                    self._prune_empty(self.folder.model_dir(sr.name))
        except KeyboardInterrupt:  # stopped by the user: say so in run.json, then stop (nothing is signed)
            rec.status = "failed"
            rec.error = ErrorInfo(type="KeyboardInterrupt", message="the run was interrupted", where=self._where)
            rec.finished_at = _now()
            self._save()
            raise
        except Exception as exc:  # noqa: BLE001 - the record is written whatever happened
            rec.status = "failed"
            rec.error = safe_error(exc, self._where)
            rec.release_reasons.append(f"the run failed: {rec.error.message}")
        finally:
            self.memo.close()  # the canaries' secrets end with the run's training and gates
        decide(rec, fairness_off=self.fairness_off, memorisation_off=self.memorisation_off)
        rec.finished_at = _now()
        self._documents()
        self._save()
        from ..audit.report import write_report  # here: the audit writer imports the run folder's names

        report = write_report(self.run_dir, rec, self.key_path, ledger_path=self.folder.ledger,
                              passphrase=self.passphrase)
        return RunOutcome(record=rec, run_dir=self.run_dir, report=report)


def run_config(cfg: RunConfig, **kwargs: Any) -> RunOutcome:
    """Run ``cfg``; see :class:`Run` for the keyword arguments."""
    return Run(cfg, **kwargs).execute()
