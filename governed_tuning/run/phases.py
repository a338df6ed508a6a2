"""One adapter per gate: the run's configuration in, the gate called, its result filed in the record.

Each takes the :class:`~governed_tuning.run.runner.Run` (its folder, record, policy, manifest and progress) and
says whether the run may go on. The gates themselves know nothing of runs; the runner knows nothing of gates'
arguments. Switching the fairness gate off is a run-config setting (``fairness.enabled: false``), recorded as
a reason the model cannot be released; so is switching the memorisation gate off in the policy.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ..audit.regulatory import release_blockers
from ..bom import write_bom
from ..config import StageConfig
from ..errors import ConfigError
from ..gates.fairness import FairnessGate, write_chart
from ..gates.license import LicenseGate, allowed_sources
from ..gates.memorisation import write_chart as write_memorisation_chart
from ..gates.pii import PiiGate
from ..model_license import decide_model_license
from ..notice import write_notice
from ..record import Artefact
from ..scorers import RewardModelScorer

if TYPE_CHECKING:
    from .runner import Run

Models = dict[str, tuple[str, Path]]  # stage name -> (stage kind, model folder)


def license_phase(run: Run) -> bool:
    """The licence and provenance gate on every dataset the stages use and on the base model, with the ML-BOM
    and NOTICE.md it implies; False when a source the run needs is not allowed."""
    datasets = list(dict.fromkeys(stage.dataset for stage in run.cfg.stages))
    result = LicenseGate(run.policy.license, policy_name=run.policy.name).check(run.manifest, only=datasets)
    write_bom(run.manifest, result, run.folder.bom)
    write_notice(result, run.folder.notice, manifest=run.manifest)
    run.record.artefacts += [run.artefact(run.folder.bom, "bom"), run.artefact(run.folder.notice, "notice")]
    run.file_gate("datasets and base model", "license", result)
    run.license_result = result
    run.record.model_license = decide_model_license(result, run.policy.license.model_dump(mode="json"),
                                                    run.cfg.base_model)
    allowed = set(allowed_sources(result))
    needed = set(datasets) | {run.cfg.base_model}
    if result.verdict != "pass" or not needed <= allowed:
        run.record.release_reasons += [f"licence gate: {r}" for r in result.reasons] or [
            "licence gate: not every source is allowed"]
        return False
    return True


def governance_phase(run: Run) -> bool:
    """The facts only people know that the policy requires (purpose, lawful basis, DPIA, ...) must be declared
    before any personal data is processed: without them the run is blocked before the PII gate, naming them."""
    blockers = release_blockers(run.record)
    run.record.release_reasons += [b for b in blockers if b not in run.record.release_reasons]
    return not blockers


def pii_phase(run: Run, stage: StageConfig) -> Path | None:
    """Scrub the stage's dataset into the run folder; the path the stage trains on, None if blocked."""
    spec = run.manifest.get(stage.dataset)
    src = run.manifest.resolve(spec)
    if src is None or not src.exists():
        raise ConfigError(f"manifest dataset {spec.name!r}: path {spec.path!r} does not exist")
    ext = "jsonl" if src.suffix.lower() in (".json", ".ndjson") else (src.suffix.lstrip(".") or "hf")
    eng = run.cfg.engine
    # the Ray engine writes a folder of shards, which every reader of the copy reads as one table (shards.py)
    out = run.folder.scrubbed(stage.stage_name, f"{spec.name}.{ext}" if src.is_file() and eng.name == "local"
                              else spec.name)
    sink = run.memo.span_sink(stage.stage_name, spec.name, src, out)  # positions and kinds, for the probe
    index = run.folder.subject_index(stage.stage_name, out.name)
    if eng.name == "ray":
        from ..gates.pii import ray_engine

        result = ray_engine.check(PiiGate(run.policy.pii), src, out, on_span=sink, address=eng.ray_address,
                                  workers=eng.workers, spill_dir=eng.spill_dir and run.cfg.path(eng.spill_dir),
                                  index_path=index,
                                  index_name=out.relative_to(run.folder.path).as_posix())
    else:
        result = PiiGate(run.policy.pii).check(src, out, on_span=sink, index_path=index,
                                               index_name=out.relative_to(run.folder.path).as_posix())
    arts = [run.artefact(out, "scrubbed_dataset")] if out.exists() else []
    arts += [run.artefact(index, "subject_index")] if out.exists() and index.exists() else []
    run.file_gate(f"stage {stage.stage_name}", f"stage-{stage.stage_name}", result, arts)
    if result.verdict != "pass":
        run.record.release_reasons += [f"PII gate (stage {stage.stage_name}): {r}" for r in result.reasons]
        return None
    return out


def fairness_phase(run: Run, models: Models) -> bool:
    """The fairness gate on the last language model (scored by the run's reward model when it trained one);
    False when it does not pass. Switched off in the run config: True, and the model is never releasable."""
    if not run.cfg.fairness.enabled:
        run.record.release_reasons.append("the fairness gate was switched off in the run config "
                                          "(fairness.enabled: false), so the model cannot be released")
        run.fairness_off = True
        return True
    lms = [(n, p) for n, (k, p) in models.items() if k != "reward"]
    if not lms:
        return True
    name, model_dir = lms[-1]
    rewards = [p for n, (k, p) in models.items() if k == "reward" and (run.cfg.fairness.reward_stage in (None, n))]
    scorer = RewardModelScorer(rewards[-1]) if rewards else None
    eng = run.cfg.engine
    result = FairnessGate(run.policy.fairness).check_model(
        model_dir, scorer=scorer, engine=eng.name, ray_address=eng.ray_address, workers=eng.workers,
        ray_spill_dir=eng.spill_dir and run.cfg.path(eng.spill_dir))
    extra: list[Artefact] = []
    png = run.folder.chart("model", "fairness")
    png.parent.mkdir(parents=True, exist_ok=True)
    write_chart(result, png)
    if png.exists():
        extra.append(run.artefact(png, "chart"))
    run.file_gate(f"model {name}", "model", result, extra)
    if result.verdict != "pass":
        run.record.release_reasons += [f"fairness gate (model {name}): {r}" for r in result.reasons]
        return False
    return True


def memorisation_phase(run: Run, models: Models) -> bool:
    """The memorisation gate on every trained language model (canary exposure, extraction probe); False when
    one does not pass. Switched off in the policy: True, and the models are never releasable."""
    if run.memorisation_off:
        run.record.release_reasons.append(
            "the memorisation gate is switched off in the policy (memorisation.enabled: false): nothing shows the "
            "models do not give personal data back, so they cannot be released")
        return True
    ok = True
    for name, (kind, model_dir) in models.items():
        if kind == "reward":
            continue
        result = run.memo.check(name, model_dir)
        png = run.folder.chart(f"model-{name}", "memorisation")
        extra = [run.artefact(png, "chart")] if write_memorisation_chart(result, png) is not None else []
        run.file_gate(f"model {name}", f"model-{name}", result, extra)
        if result.verdict != "pass":
            run.record.release_reasons += [f"memorisation gate (model {name}): {r}" for r in result.reasons]
            ok = False
    return ok
