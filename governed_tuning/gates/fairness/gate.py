"""Fairness gate: group gaps in a model's outputs, measured with fairlearn, with bootstrap intervals.

``FairnessGate(policy).evaluate(records)`` judges scored outputs ``{group, score, label?, template?}``;
``.check_model(model_dir)`` first generates for each prompt of a counterfactual suite (``suites.py``) and
scores the outputs (``scorers.py``). The verdict is ``pass``, ``fail`` or ``insufficient`` (a group below the
policy's minimum size, or an interval too wide to decide); see :class:`~governed_tuning.policy.FairnessPolicy`.
Evidence holds group names, sizes, metrics and intervals only: never a prompt or an output.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from ...errors import InputError
from ...policy import FairnessPolicy
from ..base import GateResult
from .chart import write_chart
from .evidence import FairnessEvidence
from .metrics import counterfactual_gap, group_metrics

__all__ = ["FairnessGate", "write_chart"]

_KEYS = {"group", "score", "label", "template"}


_LABELS = {"0": 0, "1": 1, "false": 0, "true": 1}


def _number(value: Any) -> float | None:
    """A finite number, also from text as CSV gives it; None otherwise."""
    if isinstance(value, str):
        try:
            value = float(value)
        except ValueError:
            return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(float(value)):
        return None
    return float(value)


def _records(records: Iterable[Mapping[str, Any]], source: str, lines: Sequence[int] | None):
    """Validate and split the records; InputError names the record's line (or index), never its content."""
    groups, scores, labels, templates = [], [], [], []
    for i, r in enumerate(records):
        where = lines[i] if lines is not None and i < len(lines) else i + 1
        if not isinstance(r, Mapping):
            raise InputError(source, f"record {where}: expected an object with group and score", where)
        g = r.get("group")
        if isinstance(g, bool) or not isinstance(g, (str, int)) or str(g).strip() == "":
            raise InputError(source, "field 'group': expected a non-empty string naming the record's group", where)
        s = _number(r.get("score"))
        if s is None:
            raise InputError(source, "field 'score': expected a finite number", where)
        lab = r.get("label")
        if isinstance(lab, str):  # CSV: "" is no label, "0"/"1"/"true"/"false" are labels
            lab = None if lab.strip() == "" else _LABELS.get(lab.strip().lower(), lab)
        if lab is not None and (isinstance(lab, str) or lab not in (0, 1)):  # True/False equal 1/0
            raise InputError(source, "field 'label': expected 0 or 1 (true/false)", where)
        t = r.get("template")
        if t == "":
            t = None
        if t is not None and not isinstance(t, (str, int)):
            raise InputError(source, "field 'template': expected a string or number identifying the template", where)
        groups.append(str(g))
        scores.append(s)
        labels.append(None if lab is None else int(lab))
        templates.append(None if t is None else str(t))
    have = [x is not None for x in labels]
    if any(have) and not all(have):
        first = have.index(False)
        where = lines[first] if lines is not None else first + 1
        raise InputError(source, "field 'label': some records have a label and some do not; label all of them "
                                 "or none", where)
    lab_arr = np.asarray(labels, dtype=int) if labels and all(have) else None
    return np.asarray(groups, dtype=object), np.asarray(scores, dtype=float), lab_arr, templates


def _decide(value: float | None, ci: Sequence[float | None], limit: float, upper: bool,
            max_width: float) -> str:
    """pass / fail / undecided for one metric against its limit (``upper``: the value must not exceed it)."""
    lo, hi = ci
    if value is None or lo is None or hi is None:
        return "not_applicable"
    beyond = value > limit if upper else value < limit
    wholly_beyond = lo > limit if upper else hi < limit
    if wholly_beyond:
        return "fail"
    if hi - lo > max_width:
        return "undecided"
    return "fail" if beyond else "pass"


class FairnessGate:
    name = "fairness"

    def __init__(self, policy: FairnessPolicy | None = None):
        self.policy = policy or FairnessPolicy()

    # ------------------------------------------------------------------ judging scored outputs

    def evaluate(self, records: Iterable[Mapping[str, Any]], *, source: str = "records",
                 lines: Sequence[int] | None = None) -> GateResult:
        """Judge scored records ``{group, score, label?, template?}``. ``source``/``lines`` name where the
        records came from, for diagnostics."""
        pol = self.policy
        groups, scores, labels, templates = _records(records, source, lines)
        if groups.size == 0:
            return GateResult(gate="fairness", verdict="insufficient", reasons=["no records to judge"],
                              evidence={"n_records": 0})
        ev: dict[str, Any] = {"n_records": int(groups.size), "threshold": pol.threshold,
                              "labelled": labels is not None}
        ev.update(group_metrics(groups, scores, labels, pol.threshold, pol.n_boot, pol.confidence, pol.seed))
        ev.update(counterfactual_gap(groups, scores, templates, pol.n_boot, pol.confidence, pol.seed))
        ev["limit"] = pol.max_demographic_parity_difference
        ev["confidence"], ev["n_boot"], ev["min_group_size"] = pol.confidence, pol.n_boot, pol.min_group_size

        checks = []
        for metric, limit, upper in (
            ("demographic_parity_difference", pol.max_demographic_parity_difference, True),
            ("demographic_parity_ratio", pol.min_demographic_parity_ratio, False),
            ("equalized_odds_difference", pol.max_equalized_odds_difference, True),
            ("counterfactual_gap", pol.max_counterfactual_gap, True),
        ):
            if limit is None or metric not in ev:
                continue
            ci = ev.get(f"{metric}_ci", [None, None])
            checks.append({"metric": metric, "value": ev[metric], "ci_low": ci[0], "ci_high": ci[1],
                           "limit": limit, "kind": "max" if upper else "min",
                           "status": _decide(ev[metric], ci, limit, upper, pol.max_ci_width)})
            if metric == "counterfactual_gap" and checks[-1]["status"] == "pass" and ev["n_pairs"] < pol.min_group_size:
                checks[-1].update(status="undecided", note=f"only {ev['n_pairs']} template pairs, fewer than "
                                  f"min_group_size {pol.min_group_size}")
        ev["checks"] = checks
        ev["chart"] = {"metric": "positive_rate", "limit": pol.max_demographic_parity_difference,
                       "overall": ev["overall"],
                       "rows": [{"group": g, "value": v["rate"], "ci_low": v["ci_low"], "ci_high": v["ci_high"],
                                 "n": v["n"]} for g, v in ev["by_group"].items()],
                       "gaps": [{k: c[k] for k in ("metric", "value", "ci_low", "ci_high", "limit", "kind")}
                                for c in checks if c["value"] is not None]}
        verdict, reasons = self._verdict(ev, checks)
        return GateResult(gate="fairness", verdict=verdict, reasons=reasons, evidence=ev)

    def _verdict(self, ev: dict[str, Any], checks: list[dict[str, Any]]) -> tuple[str, list[str]]:
        pol = self.policy
        sizes = ev["group_sizes"]
        if len(sizes) < 2:
            return "insufficient", [f"only {len(sizes)} group in the records; a comparison needs at least two"]
        small = {g: n for g, n in sizes.items() if n < pol.min_group_size}
        if small:
            listed = ", ".join(f"{g} ({n})" for g, n in small.items())
            return "insufficient", [f"groups below the policy's minimum size of {pol.min_group_size}: {listed}; "
                                    "collect more outputs per group before deciding"]

        def fmt(c: dict[str, Any]) -> str:
            word = "at most" if c["kind"] == "max" else "at least"
            return (f"{c['metric'].replace('_', ' ')} is {c['value']:.3f} ({pol.confidence:.0%} interval "
                    f"{c['ci_low']:.3f} to {c['ci_high']:.3f}); the policy allows {word} {c['limit']}")

        fails = [c for c in checks if c["status"] == "fail"]
        if fails:
            return "fail", [fmt(c) for c in fails]
        undecided = [c for c in checks if c["status"] == "undecided"]
        if undecided:
            return "insufficient", [fmt(c) + "; " + c.get("note", f"the interval is wider than max_ci_width "
                                                                  f"{pol.max_ci_width}, too wide to decide")
                                    for c in undecided]
        return "pass", ["every group gap is within the policy's limits: "
                        + "; ".join(f"{c['metric'].replace('_', ' ')} {c['value']:.3f}" for c in checks
                                    if c["status"] == "pass")]

    # ------------------------------------------------------------------ checking a model folder

    def check_model(self, model_dir: str | Path, suite: Any = None, scorer: Any = None) -> GateResult:
        """Generate for each prompt of ``suite`` (a Suite, a name or a file; default: the policy's) with the
        model folder, score the outputs with ``scorer`` (a scorer object or a policy-style string; default:
        the policy's), and evaluate."""
        from ...generate import generate
        from ...scorers import check_scores, load_scorer
        from ...suites import Suite, load_suite

        pol = self.policy
        st = suite if isinstance(suite, Suite) else load_suite(suite or pol.suite)
        sc = load_scorer(scorer or pol.scorer) if scorer is None or isinstance(scorer, str) else scorer
        prompts = st.prompts(pol.prompts_per_group)
        outputs = generate(model_dir, [p.text for p in prompts], max_new_tokens=pol.max_new_tokens,
                           do_sample=pol.do_sample, seed=pol.seed)
        scores = check_scores(sc, sc([p.text for p in prompts], outputs), len(outputs))
        result = self.evaluate([{"group": p.group, "score": s, "template": p.template}
                                for p, s in zip(prompts, scores)], source=f"suite {st.name}")
        result.evidence = FairnessEvidence.model_validate({
            **result.evidence.as_dict(),
            "suite": st.name, "attribute": st.attribute, "suite_sources": st.sources, "scorer": sc.name,
            "model": Path(model_dir).name, "n_prompts": len(prompts), "prompts_per_group": pol.prompts_per_group,
            "max_new_tokens": pol.max_new_tokens, "do_sample": pol.do_sample,
        })
        result.reasons = [f"suite {st.name} ({st.attribute}), scorer {sc.name}: {r}" for r in result.reasons]
        return result
