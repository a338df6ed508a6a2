"""What the run's machine-readable model cards say, read once from the record: the released model, the data it
was trained on (with what the PII gate found and did), the base model, the fairness figures with their
intervals, and the declared governance facts.

The CycloneDX model card (``bom.py``) and the SPDX 3.0 export (``spdx3.py``) both render these facts, so the two
documents cannot disagree. PII-free: counts, kinds, digests and the policy's actions only.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .audit.regulatory import KEYED, REMOVING
from .governance import Governance, as_governance
from .record import GateRun, RunRecord
from .run import folder

# The fairness evidence's gaps between groups that carry an interval: (value field, interval field).
GAP_FIGURES = (("demographic_parity_difference", "demographic_parity_difference_ci"),
               ("demographic_parity_ratio", "demographic_parity_ratio_ci"),
               ("mean_score_difference", "mean_score_difference_ci"),
               ("equalized_odds_difference", "equalized_odds_difference_ci"),
               ("counterfactual_gap", "counterfactual_gap_ci"))
# Per-group figures: (name, value field, interval field or its (low, high) fields).
GROUP_FIGURES: tuple[tuple[str, str, str | tuple[str, str]], ...] = (
    ("positive_rate", "rate", ("ci_low", "ci_high")), ("mean_score", "mean_score", "mean_score_ci"),
    ("accuracy", "accuracy", "accuracy_ci"), ("true_positive_rate", "tpr", "tpr_ci"),
    ("false_positive_rate", "fpr", "fpr_ci"))


def get(obj: Any, key: str, default: Any = None) -> Any:
    """A field of typed evidence or of a legacy mapping alike (None counts as missing)."""
    try:
        value = obj.get(key, default)
    except AttributeError:
        return default
    return default if value is None else value


@dataclass
class Metric:
    """One performance figure: ``slice`` is the group (or ``attribute`` for a gap between groups)."""

    name: str
    value: float
    slice: str
    low: float | None = None
    high: float | None = None
    scope: str = ""
    status: str | None = None  # a gated figure's check status (pass, fail, underpowered, ...)
    limit: float | None = None


@dataclass
class Dataset:
    name: str
    sha256: str | None = None
    license: str | None = None
    source: str | None = None
    revision: str | None = None
    verdict: str | None = None
    stages: list[str] = field(default_factory=list)
    found: dict[str, int] = field(default_factory=dict)  # PII kind -> findings scrubbed (all stages)
    actions: dict[str, str] = field(default_factory=dict)  # PII kind found -> the policy's action
    residual: int | None = None  # findings of the re-scans, summed; None when the PII gate did not run
    scrubbed: dict[str, str] = field(default_factory=dict)  # scrubbed copy (run-folder path) -> sha256

    @property
    def scanned(self) -> bool:
        return self.residual is not None

    @property
    def keyed(self) -> list[str]:
        return sorted(k for k, a in self.actions.items() if a in KEYED)

    @property
    def removed(self) -> list[str]:
        return sorted(k for k, a in self.actions.items() if a in REMOVING)

    def methods(self) -> list[str]:
        """How personal data was treated, in words a data-protection reader knows."""
        out = []
        if self.keyed:
            out.append(f"pseudonymisation: keyed HMAC tokens or keyed surrogates ({', '.join(self.keyed)}); the key "
                       "is held apart")
        if self.removed:
            out.append(f"removal: placeholders, masks, redaction or dropped records ({', '.join(self.removed)})")
        return out


@dataclass
class Facts:
    run_id: str
    status: str
    releasable: bool
    stage: str | None  # the released model's stage (the last that completed with a model folder)
    stage_kind: str | None
    model_files: dict[str, str]  # run-folder path -> sha256
    model_license: str | None
    base_model: dict[str, Any]
    datasets: list[Dataset]
    metrics: list[Metric]
    fairness: list[GateRun]
    gates: list[GateRun]
    governance: Governance | None
    hyperparameters: dict[str, Any]
    created: str

    @property
    def model_name(self) -> str:
        return f"{self.run_id}/{self.stage}" if self.stage else self.run_id


def _stage_datasets(record: RunRecord) -> dict[str, str]:
    out = {}
    for s in (record.config.get("stages") or []) if isinstance(record.config, dict) else []:
        if isinstance(s, dict) and s.get("dataset"):
            out[str(s.get("name") or s.get("kind"))] = str(s["dataset"])
    return out


def _datasets(record: RunRecord, digests: dict[str, str]) -> list[Dataset]:
    by_name: dict[str, Dataset] = {}
    for g in record.gates:
        if g.result.gate == "license":
            for s in get(g.result.evidence, "sources", []):
                if get(s, "kind") == "dataset":
                    by_name[str(get(s, "name"))] = Dataset(
                        name=str(get(s, "name")), sha256=get(s, "sha256"), license=get(s, "license"),
                        source=get(s, "source"), revision=get(s, "revision"), verdict=get(s, "verdict"))
    by_sha = {d.sha256: d for d in by_name.values() if d.sha256}
    of_stage = _stage_datasets(record)
    entities = (record.policy.document.get("pii") or {}).get("entities") or {}
    for g in record.gates:
        if g.result.gate != "pii":
            continue
        ev = g.result.evidence
        words = g.scope.split()
        stage = words[1] if len(words) == 2 and words[0] == "stage" else None
        d = by_sha.get(get(ev, "input_sha256")) or by_name.get(of_stage.get(stage or "", ""))
        if d is None:
            name = of_stage.get(stage or "") or g.scope
            d = by_name.setdefault(name, Dataset(name=name, sha256=get(ev, "input_sha256")))
        if stage and stage not in d.stages:
            d.stages.append(stage)
            d.scrubbed.update({rel: sha for rel, sha in digests.items()
                               if rel.startswith(f"{folder.DATA}/{stage}/")})
        for kind, n in (get(ev, "counts_by_type", {}) or {}).items():
            d.found[kind] = d.found.get(kind, 0) + int(n)
            spec = entities.get(kind)
            d.actions[kind] = str(spec.get("action", "placeholder") if isinstance(spec, dict) else
                                  get(ev, "entities", {}).get(kind, "placeholder"))
        if get(ev, "residual") is not None:
            d.residual = (d.residual or 0) + int(get(ev, "residual"))
    return list(by_name.values())


def _metrics(fairness: list[GateRun]) -> list[Metric]:
    out: list[Metric] = []
    for g in fairness:
        ev = g.result.evidence
        attribute = str(get(ev, "attribute", "group"))
        checks = {get(c, "metric"): c for c in get(ev, "checks", [])}
        for name, ci_field in GAP_FIGURES:
            value = get(ev, name)
            if value is None:
                continue
            ci = get(ev, ci_field, []) or []
            c = checks.get(name)
            out.append(Metric(name, float(value), attribute, low=ci[0] if len(ci) >= 2 else None,
                              high=ci[1] if len(ci) >= 2 else None, scope=g.scope,
                              status=get(c, "status") if c is not None else None,
                              limit=get(c, "limit") if c is not None else None))
        for group, m in sorted((get(ev, "by_group", {}) or {}).items()):
            for name, value_field, bounds in GROUP_FIGURES:
                value = get(m, value_field)
                if value is None:
                    continue
                if isinstance(bounds, tuple):
                    low, high = get(m, bounds[0]), get(m, bounds[1])
                else:
                    ci = get(m, bounds, []) or []
                    low, high = (ci[0], ci[1]) if len(ci) >= 2 else (None, None)
                out.append(Metric(name, float(value), f"{attribute}={group}", low, high, scope=g.scope))
    return out


def training_facts(record: RunRecord, digests: dict[str, str]) -> Facts:
    """The facts of ``record``; ``digests`` maps the run folder's files to their sha256."""
    done = [s for s in record.stages if s.status == "completed" and s.model_dir and
            any(rel.startswith(s.model_dir.rstrip("/") + "/") for rel in digests)]
    last = done[-1] if done else None
    model_files = {rel: sha for rel, sha in sorted(digests.items())
                   if last and last.model_dir and rel.startswith(last.model_dir.rstrip("/") + "/")}
    fairness = [g for g in record.gates if g.result.gate == "fairness"]
    ml = record.model_license
    return Facts(
        run_id=record.run_id, status=record.status, releasable=record.releasable,
        stage=last.name if last else None, stage_kind=last.kind if last else None, model_files=model_files,
        model_license=ml.license if ml is not None and ml.status == "decided" else None,
        base_model=dict(record.base_model or {}), datasets=_datasets(record, digests), metrics=_metrics(fairness),
        fairness=fairness, gates=list(record.gates),
        governance=as_governance(record.config.get("governance")) if isinstance(record.config, dict) else None,
        hyperparameters=dict(last.trl_args) if last else {}, created=record.finished_at or record.started_at)
