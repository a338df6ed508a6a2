"""Everything a run can check before it writes anything, so a mistake costs seconds, not a trained stage.

A run used to find a reward stage pointed at chat records only after SFT had trained (25 s on the tiny model,
hours on a real one), and a misspelt TRL argument only when its stage began. Here, before the run folder
exists: every stage's dataset is in the manifest, its file exists and holds the fields the stage's trainer
needs (read from its schema or first records, never whole), the base model is a model folder (or a cached hub
snapshot), every stage's ``args`` build its TRL config (the very class and call the stage uses) and ``lora``
its peft ``LoraConfig``, and the pseudonym key the policy asks for is usable. Each problem names the file,
line and field; all are reported at once. ``run --check`` stops here.

Policy questions (is this licence allowed, is this data clean) are not configuration errors: the gates answer
them, in the signed record.
"""

from __future__ import annotations

import difflib
import re
import tempfile
from dataclasses import dataclass, fields, is_dataclass
from pathlib import Path
from typing import Any

from ..config import RunConfig
from ..errors import ConfigError, GovernedTuningError
from ..manifest import Manifest
from ..policy import Policy

# Field names that are safe to print (a dataset's own field names could be anything, even personal data).
KNOWN_FIELDS = {"prompt", "completion", "messages", "text", "chosen", "rejected", "label", "labels", "id",
                "system", "input", "output", "instruction", "response", "question", "answer", "conversations"}
_UNEXPECTED = re.compile(r"unexpected keyword argument '([^']+)'")


@dataclass
class Plan:
    """What the checked run will do, for ``run --check`` to print."""

    stages: list[str]
    base_model: str


def _fields_said(names: set[str]) -> str:
    known = sorted(names & KNOWN_FIELDS)
    other = len(names - KNOWN_FIELDS)
    if not names:
        return "no fields"
    return ", ".join(known) + (f"{' and ' if known else ''}{other} other field(s)" if other else "")


def _closest(name: str, options: list[str]) -> str:
    close = difflib.get_close_matches(name, options, n=1, cutoff=0.6)
    return f"; did you mean {close[0]!r}?" if close else ""


def _constructor_problem(cls: type, kwargs: dict[str, Any], where_arg, where_all, what: str) -> str | None:
    """Build ``cls(**kwargs)``; a readable problem when it refuses (unknown argument, or a value it rejects)."""
    try:
        cls(**kwargs)
    except TypeError as exc:
        m = _UNEXPECTED.search(str(exc))
        if m:
            names = [f.name for f in fields(cls)] if is_dataclass(cls) else []
            return (f"{where_arg(m.group(1))}: {m.group(1)!r} is not an argument of {cls.__name__}"
                    f"{_closest(m.group(1), names)}")
        return f"{where_all}: {cls.__name__} refuses these {what}: {exc}"
    except Exception as exc:  # noqa: BLE001 - the config class's own validation (TRL, peft) explains itself
        return f"{where_all}: {cls.__name__} refuses these {what}: {exc}"
    return None


class Preflight:
    """The checks, each appending ``FILE:LINE: field X: what is wrong`` to ``problems``."""

    def __init__(self, cfg: RunConfig, manifest: Manifest, policy: Policy):
        self.cfg, self.manifest, self.policy = cfg, manifest, policy
        self.problems: list[str] = []

    def run(self) -> Plan:
        datasets_ok = self._references()
        if datasets_ok:
            self._datasets()
        self._base_model()
        self._trl_args()
        self._pseudonym_key()
        self._fairness()
        self._declared()
        if self.problems:
            raise ConfigError(f"{self.cfg.origin.path}: the run cannot start; nothing was written "
                              f"({len(self.problems)} problem(s)):\n  " + "\n  ".join(self.problems))
        return Plan(stages=[self._describe(stage) for stage in self.cfg.stages], base_model=self.cfg.base_model)

    # ------------------------------------------------------------------ checks

    def _references(self) -> bool:
        names = [d.name for d in self.manifest.datasets]
        ok = True
        for i, stage in enumerate(self.cfg.stages):
            if stage.dataset not in names:
                ok = False
                self.problems.append(f"{self.cfg.origin.where(('stages', i, 'dataset'))}: {stage.dataset!r} is not a "
                                     f"dataset of the manifest {self._manifest_name()} ({', '.join(names) or 'none'})"
                                     f"{_closest(stage.dataset, names)}")
        models = [m.name for m in self.manifest.models]
        if self.cfg.base_model not in models:
            self.problems.append(f"{self.cfg.origin.where(('base_model',))}: {self.cfg.base_model!r} is not a model "
                                 f"of the manifest {self._manifest_name()} ({', '.join(models) or 'none listed'})"
                                 f"{_closest(self.cfg.base_model, models)}")
        return ok

    def _manifest_name(self) -> str:
        return str(self.manifest.origin.path) if self.manifest.origin else str(self.cfg.path(self.cfg.manifest))

    def _datasets(self) -> None:
        from .. import data
        from ..stages import dpo, reward, rl, sft

        needs = {"sft": sft.COLUMNS, "reward": reward.COLUMNS, "rl": rl.COLUMNS, "dpo": dpo.COLUMNS}
        index = {d.name: j for j, d in enumerate(self.manifest.datasets)}
        columns: dict[str, set[str] | None] = {}
        for name in dict.fromkeys(stage.dataset for stage in self.cfg.stages):
            spec = self.manifest.datasets[index[name]]
            path = self.manifest.resolve(spec)
            where = self.manifest.where(("datasets", index[name], "path"))
            if path is None:
                self.problems.append(f"{where}: dataset {name!r} has no path; a run trains on local files only")
                columns[name] = None
            elif not path.exists():
                self.problems.append(f"{where}: dataset {name!r}: {path} does not exist")
                columns[name] = None
            else:
                try:
                    columns[name] = data.field_names(path)
                except GovernedTuningError as exc:
                    self.problems.append(f"{where}: dataset {name!r} cannot be read: {exc}")
                    columns[name] = None
        for i, stage in enumerate(self.cfg.stages):
            cols = columns.get(stage.dataset)
            options = needs[stage.kind]
            if cols is not None and not any(set(o) <= cols for o in options):
                want = " or ".join("(" + ", ".join(o) + ")" for o in options)
                self.problems.append(f"{self.cfg.origin.where(('stages', i, 'dataset'))}: a {stage.kind} stage needs "
                                     f"records with fields {want}; dataset {stage.dataset!r} has {_fields_said(cols)}")

    def _base_model(self) -> None:
        if self.cfg.base_model not in [m.name for m in self.manifest.models]:
            return
        j = [m.name for m in self.manifest.models].index(self.cfg.base_model)
        spec = self.manifest.models[j]
        path = self.manifest.resolve(spec)
        where = self.manifest.where(("models", j, "path" if spec.path is not None else "source"))
        if path is None:
            from ..gates.license import hub_snapshot

            snap = hub_snapshot(spec.source, spec.revision) if spec.source else None
            if snap is None:
                self.problems.append(f"{where}: model {spec.name!r}: no path, and "
                                     + (f"the hub id {spec.source!r} (revision {spec.revision or 'main'}) is not in "
                                        "the local Hugging Face cache; runs never download, so fetch it first or "
                                        "give a local path" if spec.source else "no source"))
            return
        if not path.exists():
            self.problems.append(f"{where}: model {spec.name!r}: {path} does not exist")
        elif not (path / "config.json").is_file():
            self.problems.append(f"{where}: model {spec.name!r}: {path} is not a model folder (no config.json; "
                                 "expected a folder written by save_pretrained)")

    def _trl_args(self) -> None:
        from ..stages import dpo, reward, rl, sft
        from ..stages.common import StageInput

        classes = {"sft": sft.config_class, "reward": reward.config_class, "rl": rl.config_class,
                   "dpo": dpo.config_class}
        with tempfile.TemporaryDirectory(prefix="governed-tuning-check-") as tmp:
            for i, stage in enumerate(self.cfg.stages):
                cls = classes[stage.kind](stage.algorithm)
                inp = StageInput(run_dir=Path(tmp), dataset=Path(tmp), model="", out_dir=Path(tmp) / stage.stage_name,
                                 args=dict(stage.args), seed=int(stage.args.get("seed", self.cfg.seed)))
                where = self.cfg.origin.where
                problem = _constructor_problem(cls, _trl_kwargs(cls, inp),
                                               lambda a, i=i, w=where: w(("stages", i, "args", a)),
                                               where(("stages", i, "args")), "arguments")
                if problem:
                    self.problems.append(problem)
                if stage.lora:
                    from peft import LoraConfig

                    problem = _constructor_problem(LoraConfig, dict(stage.lora),
                                                   lambda a, i=i, w=where: w(("stages", i, "lora", a)),
                                                   where(("stages", i, "lora")), "LoRA arguments")
                    if problem:
                        self.problems.append(problem)

    def _pseudonym_key(self) -> None:
        """A configured key that cannot be used (too short, unreadable, readable by others) is a configuration
        error; no key at all is not: the PII gate creates the user's own on first use."""
        from ..gates.pii import engine
        from ..gates.pii.keys import resolve_key

        pii = self.policy.pii
        if not any(r.action in engine.KEYED_ACTIONS for r in pii.entities.values()):
            return
        try:
            resolve_key(pii.pseudonym_key_env, pii.pseudonym_key_file, create=False, announce=None)
        except GovernedTuningError as exc:
            self.problems.append(f"{self._policy()}: {exc}")

    def _fairness(self) -> None:
        """The fairness gate runs after the last stage: a suite or scorer it cannot load would be found only then."""
        if not self.cfg.fairness.enabled:
            return
        from ..scorers import load_scorer
        from ..suites import load_suite

        pol = self.policy.fairness
        if pol.suite != "bbq":
            try:
                load_suite(pol.suite)
            except GovernedTuningError as exc:
                self.problems.append(f"{self._policy()}: field fairness.suite: {exc}")
        if any(st.kind == "reward" for st in self.cfg.stages):
            return  # the run's reward model scores the outputs; the policy's scorer is not used
        spec = pol.scorer
        if spec.startswith("reward_model:"):
            folder = Path(spec.split(":", 1)[1]).expanduser()
            if not (folder / "config.json").is_file():
                self.problems.append(f"{self._policy()}: field fairness.scorer: {spec!r}: {folder} is not a model "
                                     "folder (no config.json)")
            return
        try:
            load_scorer(spec)
        except GovernedTuningError as exc:
            self.problems.append(f"{self._policy()}: field fairness.scorer: {exc}")

    def _declared(self) -> None:
        """Free text people declared (governance, the policy's regulatory block, the sources' disclosure fields)
        goes into the signed report and the regulators' documents as written: it must not hold personal data
        (:mod:`..declared_pii`)."""
        from ..declared_pii import declared_texts, scan

        try:
            found = scan(declared_texts(self.cfg, self.manifest, self.policy, self._policy()), self.policy)
        except GovernedTuningError as exc:  # the policy's PII settings are reported by the gate's own checks
            self.problems.append(f"{self._policy()}: declared fields could not be scanned for personal data: {exc}")
            return
        self.problems += [f.message() for f in found]

    def _policy(self) -> str:
        """The policy as the config names it: a shipped name, or its file."""
        return f"policy {self.cfg.policy_ref()}"

    def _describe(self, stage) -> str:
        steps = stage.args.get("max_steps")
        extra = f", reward model {stage.reward_model or 'the last reward stage'}" if stage.kind == "rl" else ""
        return (f"{stage.stage_name}: {stage.kind}{' (' + stage.algorithm + ')' if stage.kind == 'rl' else ''} on "
                f"{stage.dataset}, from {stage.model}{extra}" + (f", {steps} steps" if steps else ""))


def _trl_kwargs(cls: type, inp) -> dict[str, Any]:
    """The keyword arguments ``stages.common.trl_config`` passes to ``cls``: the stage's own call, captured."""
    captured: dict[str, Any] = {}

    class Capture:
        def __init__(self, **kwargs: Any):
            captured.update(kwargs)

    from ..stages.common import trl_config

    trl_config(Capture, inp)
    return captured


def check(cfg: RunConfig, manifest: Manifest, policy: Policy) -> Plan:
    """Run every check; raise ConfigError listing every problem, or return what the run will do."""
    return Preflight(cfg, manifest, policy).run()
