"""The release decision: a model is releasable only when every stage completed, every gate ran and passed, the
model's licence is decided (not in review) and the governance facts the policy requires are declared."""

from __future__ import annotations

from ..audit.regulatory import release_blockers
from ..record import RunRecord


def decide(record: RunRecord, *, fairness_off: bool) -> None:
    """Set ``record.releasable`` (and say why not, for gates that did not run). The fairness gate switched off
    in the run config keeps a model from release whatever else passed."""
    missing = "gates not run (not installed in this build): " + ", ".join(record.gates_not_run)
    if record.gates_not_run and missing not in record.release_reasons:
        record.release_reasons.append(missing)
    ml = record.model_license
    if ml is not None and ml.status != "decided":
        why = "model licence: review before release: " + "; ".join(ml.reasons)
        if why not in record.release_reasons:
            record.release_reasons.append(why)
    record.releasable = (record.status == "completed" and not record.gates_not_run and not fairness_off
                         and all(g.result.passed for g in record.gates)
                         and (ml is None or ml.status == "decided") and not release_blockers(record))
