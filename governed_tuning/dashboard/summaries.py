"""Rows, metrics, curves and policy differences the pages show, computed from loaded runs.

No Streamlit here: every function is testable on its own (split out of the former dashboard/data.py).
"""


from __future__ import annotations

from typing import Any

from governed_tuning.dashboard.listing import LoadedRun, run_time
from governed_tuning.dashboard.settings import VERDICT_ORDER
from governed_tuning.dashboard.trust import Signature, flatten
from governed_tuning.record import RunRecord

# --------------------------------------------------------------------------- summaries


def worst(verdicts: list[str]) -> str:
    return max(verdicts, key=lambda v: VERDICT_ORDER.get(v, 2)) if verdicts else ""


def gate_verdicts(record: RunRecord) -> dict[str, str]:
    """Worst verdict per gate name across the scopes it was applied to."""
    by_gate: dict[str, list[str]] = {}
    for g in record.gates:
        by_gate.setdefault(g.result.gate, []).append(g.result.verdict)
    return {name: worst(vs) for name, vs in by_gate.items()}


def base_model_name(record: RunRecord) -> str:
    bm = record.base_model or {}
    for key in ("name", "id", "model_id", "path"):
        if bm.get(key):
            return str(bm[key])
    configured = (record.config or {}).get("base_model")
    return str(configured) if isinstance(configured, (str, int, float)) else ""


GATES = ("license", "pii", "fairness")  # every run's gates (run.GATE_MODULES), in the order they run
NOT_RUN = "not run"


def summary_row(run: LoadedRun, sig: Signature) -> dict[str, Any]:
    """One row of the Runs table: only what the list needs."""
    t = run_time(run.run_id)
    row: dict[str, Any] = {"run_id": run.run_id, "time": t, "status": "", "releasable": None, "base_model": "",
                           "stages": "", "signature": sig.cell, "signature_state": sig.state, "problem": run.problem or ""}
    if run.record is not None:
        r = run.record
        row.update(status=r.status, releasable=r.releasable, base_model=base_model_name(r),
                   stages=", ".join(f"{s.name} ({s.kind}, {s.status})" for s in r.stages))
        for gate, verdict in gate_verdicts(r).items():
            row[f"gate:{gate}"] = verdict
        for gate in GATES:  # blocked before it, switched off, or not in this build: never a blank or "None"
            row.setdefault(f"gate:{gate}", NOT_RUN)
    else:
        row["status"] = "unreadable"
    return row


def final_metrics(record: RunRecord) -> dict[str, float]:
    """Numeric metrics of every stage (the last value of a curve), as ``stage.metric``."""
    out: dict[str, float] = {}
    for s in record.stages:
        out.update({f"{s.name}.{k}": v for k, v in stage_final_metrics(s.metrics).items()})
    for g in record.gates:
        for k, v in g.result.evidence.as_dict().items():
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                out[f"{g.result.gate}@{g.scope}.{k}"] = float(v)
    return out


def stage_final_metrics(metrics: dict[str, Any]) -> dict[str, float]:
    """The number, or the last number of a curve, of each metric."""
    out = {}
    for k, v in metrics.items():
        if k.endswith("_curve") and k.removesuffix("_curve") in metrics:
            continue  # the curve of a metric already listed with its final value
        val = _last_number(v)
        if val is not None:
            out[k] = val
    return out


def _last_number(v: Any) -> float | None:
    if isinstance(v, bool):
        return None
    if isinstance(v, (int, float)):
        return float(v)
    if isinstance(v, list) and v:
        last = v[-1]
        if isinstance(last, (int, float)) and not isinstance(last, bool):
            return float(last)
        if isinstance(last, dict):
            for key in ("value", "loss", "y"):
                if isinstance(last.get(key), (int, float)) and not isinstance(last.get(key), bool):
                    return float(last[key])
    return None


def curves(metrics: dict[str, Any]) -> dict[str, list[tuple[float, float]]]:
    """Training curves in a stage's metrics: a list of numbers, a list of ``{step, <name>}`` dicts (TRL's
    log_history), or ``{"steps": [...], "values": [...]}``."""
    out: dict[str, list[tuple[float, float]]] = {}
    for name, v in metrics.items():
        if isinstance(v, list) and len(v) > 1:
            if all(isinstance(x, (int, float)) and not isinstance(x, bool) for x in v):
                out[name] = [(float(i), float(x)) for i, x in enumerate(v)]
            elif all(isinstance(x, dict) for x in v):
                for i, entry in enumerate(v):
                    step = entry.get("step", entry.get("epoch", i))
                    for k, val in entry.items():
                        if k in ("step", "epoch") or isinstance(val, bool) or not isinstance(val, (int, float)):
                            continue
                        if not isinstance(step, (int, float)):
                            step = i
                        out.setdefault(f"{name}.{k}" if name not in ("log_history", "history") else k, []).append(
                            (float(step), float(val)))
        elif isinstance(v, dict) and isinstance(v.get("values"), list):
            steps = v.get("steps") or list(range(len(v["values"])))
            pts = [(float(s), float(x)) for s, x in zip(steps, v["values"])
                   if isinstance(x, (int, float)) and isinstance(s, (int, float))]
            if len(pts) > 1:
                out[name] = pts
    for name in [k for k in out if k.endswith("_curve") and k.removesuffix("_curve") in out]:
        del out[name]  # the same series as the log_history entry of that name
    return {k: v for k, v in out.items() if len(v) > 1}


def policy_diff(a: RunRecord, b: RunRecord) -> list[dict[str, Any]]:
    fa, fb = flatten(a.policy.document), flatten(b.policy.document)
    rows = []
    for k in sorted(set(fa) | set(fb)):
        va, vb = fa.get(k, "(absent)"), fb.get(k, "(absent)")
        if va != vb:
            rows.append({"setting": k, "A": str(va), "B": str(vb)})
    return rows


