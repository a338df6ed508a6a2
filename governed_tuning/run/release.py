"""The release decision: a model is releasable only when every stage completed and every gate ran and passed."""

from __future__ import annotations

from ..record import RunRecord


def decide(record: RunRecord, *, fairness_off: bool) -> None:
    """Set ``record.releasable`` (and say why not, for gates that did not run). The fairness gate switched off
    in the run config keeps a model from release whatever else passed."""
    missing = "gates not run (not installed in this build): " + ", ".join(record.gates_not_run)
    if record.gates_not_run and missing not in record.release_reasons:
        record.release_reasons.append(missing)
    record.releasable = (record.status == "completed" and not record.gates_not_run and not fairness_off
                         and all(g.result.passed for g in record.gates))
