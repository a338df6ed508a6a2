"""Fairness gate: group gaps in a model's outputs, measured with fairlearn, with bootstrap intervals.

``FairnessGate(policy).evaluate(records)`` judges scored outputs ``{group, score, label?, template?}``;
``.check_model(model_dir)`` first probes the scorer with texts of known answer, generates for each prompt of a
counterfactual suite (``suites.py``) and scores the outputs (``scorers.py``); with ``suite: bbq`` it runs the
BBQ benchmark instead (``bbq.py``). Validity comes before the verdict (``validity.py``): scores with no
signal, a model repeating itself, a scorer that cannot separate known answers, or a sample too small to detect
a gap of the limit's size give ``insufficient``, never ``pass``. Otherwise the verdict is ``pass``, ``fail`` or
``insufficient`` (a group below the policy's minimum size, or an interval too wide to decide); see
:class:`~governed_tuning.policy.FairnessPolicy`. Evidence holds group names, sizes, metrics, score
distributions and intervals only: never a prompt or an output.
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
from .metrics import counterfactual_gap, group_metrics, template_gaps
from .validity import (
    ScorerProbe,
    instrument_reasons,
    min_detectable,
    probe_scorer,
    repetition,
    score_distribution,
    score_reasons,
)

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


def _power_note(m: dict[str, Any], confidence: float, power: float) -> str:
    """Why a metric within its limit still cannot pass: the sample could not have shown a gap of that size."""
    what = "ratio" if m["kind"] == "min" else "gap"
    size = (f"{m['n_pairs']} template pairs" if "n_pairs" in m
            else f"{min(m['n_smallest_groups'])} outputs in the smallest group")
    need = m.get("needed_per_group") or m.get("needed_pairs")
    more = (f"; about {need} {'pairs' if 'n_pairs' in m else 'per group'} are needed" if need else "")
    det = "unbounded" if m["min_detectable"] is None else f"{m['min_detectable']:.3f}"
    return (f"with {size}, the smallest detectable {what} at {power:.0%} power and {confidence:.0%} confidence is "
            f"{det}, beyond the limit {m['limit']}, so a passing figure proves nothing{more}")


class FairnessGate:
    name = "fairness"

    def __init__(self, policy: FairnessPolicy | None = None):
        self.policy = policy or FairnessPolicy()

    # ------------------------------------------------------------------ judging scored outputs

    def evaluate(self, records: Iterable[Mapping[str, Any]], *, source: str = "records",
                 lines: Sequence[int] | None = None, probe: ScorerProbe | None = None,
                 outputs_repetition: dict[str, Any] | None = None) -> GateResult:
        """Judge scored records ``{group, score, label?, template?}``. ``source``/``lines`` name where the
        records came from, for diagnostics; ``probe`` and ``outputs_repetition`` (from ``check_model``) add
        the scorer probe and the model's repetition to the validity checks."""
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
        val = pol.validity
        dist = score_distribution(groups, scores, pol.threshold, val.saturation_margin)
        limits = {c["metric"]: c["limit"] for c in checks}
        mdes = min_detectable(groups, (scores >= pol.threshold).astype(int), labels,
                              template_gaps(groups, scores, templates), limits, pol.confidence, val.power,
                              scores=scores)
        for c in checks:
            m = next((r for r in mdes if r["metric"] == c["metric"]), None)
            c["min_detectable"] = m["min_detectable"] if m else None
            if m and c["status"] == "pass" and val.require_power and not m["within_limit"]:
                c["status"] = "underpowered"
                c["note"] = _power_note(m, pol.confidence, val.power)
        instrument = instrument_reasons(val, pol.threshold, probe, outputs_repetition)
        ev["validity"] = {"signal_reasons": instrument + score_reasons(val, pol.threshold, dist),
                          "instrument_reasons": instrument,
                          "power": val.power, "min_detectable": mdes, "score_distribution": dist,
                          "scorer_probe": probe.model_dump() if probe is not None else None,
                          "repetition": outputs_repetition}
        ev["checks"] = checks
        ev["chart"] = {"metric": "positive_rate", "limit": pol.max_demographic_parity_difference,
                       "overall": ev["overall"],
                       "rows": [{"group": g, "value": v["rate"], "ci_low": v["ci_low"], "ci_high": v["ci_high"],
                                 "n": v["n"]} for g, v in ev["by_group"].items()],
                       "gaps": [{k: c[k] for k in ("metric", "value", "ci_low", "ci_high", "limit", "kind",
                                                   "min_detectable")}
                                for c in checks if c["value"] is not None],
                       "threshold": pol.threshold,
                       "distributions": [{"group": g, **{k: v[k] for k in ("n", "min", "q25", "median", "q75",
                                                                             "max", "mean")}}
                                         for g, v in dist["by_group"].items()]}
        verdict, reasons = self._verdict(ev, checks)
        return GateResult(gate="fairness", verdict=verdict, reasons=reasons, evidence=ev)

    def _verdict(self, ev: dict[str, Any], checks: list[dict[str, Any]]) -> tuple[str, list[str]]:
        pol = self.policy
        sizes = ev["group_sizes"]
        if len(sizes) < 2:
            return "insufficient", [f"only {len(sizes)} group in the records; a comparison needs at least two"]
        small = {g: n for g, n in sizes.items() if n < pol.min_group_size}
        instrument = ev["validity"]["instrument_reasons"]
        if small or instrument:
            listed = ", ".join(f"{g} ({n})" for g, n in small.items())
            return "insufficient", [f"groups below the policy's minimum size of {pol.min_group_size}: {listed}; "
                                    "collect more outputs per group before deciding"] * bool(small) \
                + ev["validity"]["signal_reasons"]  # the instrument's reasons first, then the scores'


        def fmt(c: dict[str, Any]) -> str:
            word = "at most" if c["kind"] == "max" else "at least"
            return (f"{c['metric'].replace('_', ' ')} is {c['value']:.3f} ({pol.confidence:.0%} interval "
                    f"{c['ci_low']:.3f} to {c['ci_high']:.3f}); the policy allows {word} {c['limit']}")

        fails = [c for c in checks if c["status"] == "fail"]
        if fails:
            return "fail", [fmt(c) for c in fails]
        no_signal = [r for r in ev["validity"]["signal_reasons"] if r not in instrument]
        if no_signal:  # after the fails: a gap whose whole interval is beyond its limit was seen all the same
            return "insufficient", no_signal
        undecided = [c for c in checks if c["status"] in ("undecided", "underpowered")]
        if undecided:
            return "insufficient", [fmt(c) + "; " + c.get("note", f"the interval is wider than max_ci_width "
                                                                  f"{pol.max_ci_width}, too wide to decide")
                                    for c in undecided]
        return "pass", ["every group gap is within the policy's limits: "
                        + "; ".join(f"{c['metric'].replace('_', ' ')} {c['value']:.3f}"
                                    + ("" if c.get("min_detectable") is None
                                       else f" (smallest detectable {c['min_detectable']:.3f})")
                                    for c in checks if c["status"] == "pass")]

    # ------------------------------------------------------------------ checking a model folder

    def check_model(self, model_dir: str | Path, suite: Any = None, scorer: Any = None, *, engine: str = "local",
                    ray_address: str | None = None, workers: int | None = None,
                    ray_spill_dir: str | Path | None = None) -> GateResult:
        """Generate for each prompt of ``suite`` (a Suite, a name or a file; default: the policy's) with the
        model folder, score the outputs with ``scorer`` (a scorer object or a policy-style string; default:
        the policy's), and evaluate. ``engine="ray"``: generation and scoring over a pool of Ray actors
        (``ray_engine.py``; ``workers`` actors, on ``ray_address`` or a local Ray); the metrics, the bootstrap
        and the scorer probe run here either way."""
        from ...raycluster import check_engine

        check_engine(engine)
        from ...generate import generate
        from ...scorers import check_scores, load_scorer
        from ...suites import Suite, load_suite

        pol = self.policy
        if not isinstance(suite, Suite) and (suite or pol.suite) == "bbq":
            if engine != "local":
                from ...errors import ConfigError

                raise ConfigError("the bbq suite runs on the local engine only (--engine local); --engine ray "
                                  "runs the counterfactual suites")
            return self.check_bbq(model_dir)
        prompt_suite = suite if isinstance(suite, Suite) else load_suite(suite or pol.suite)
        sc = load_scorer(scorer or pol.scorer) if scorer is None or isinstance(scorer, str) else scorer
        probe = probe_scorer(sc, pol.threshold, pol.validity.min_probe_separation) if pol.validity.probe_scorer \
            else None
        prompts = prompt_suite.prompts(pol.prompts_per_group)
        texts = [p.text for p in prompts]
        engine_ev = None
        if engine == "ray":
            from .ray_engine import generate_and_score

            outputs, raw, engine_ev = generate_and_score(
                model_dir, texts, scorer or pol.scorer if scorer is None or isinstance(scorer, str) else sc,
                max_new_tokens=pol.max_new_tokens, do_sample=pol.do_sample, seed=pol.seed, workers=workers,
                address=ray_address, spill_dir=ray_spill_dir)
        else:
            outputs = generate(model_dir, texts, max_new_tokens=pol.max_new_tokens, do_sample=pol.do_sample,
                               seed=pol.seed)
            raw = sc(texts, outputs)
        scores = check_scores(sc, raw, len(outputs))
        result = self.evaluate([{"group": p.group, "score": s, "template": p.template}
                                for p, s in zip(prompts, scores)], source=f"suite {prompt_suite.name}", probe=probe,
                               outputs_repetition=repetition(outputs, [p.template for p in prompts]))
        result.evidence = FairnessEvidence.model_validate({
            **result.evidence.as_dict(),
            "suite": prompt_suite.name, "attribute": prompt_suite.attribute, "suite_sources": prompt_suite.sources, "scorer": sc.name,
            "model": Path(model_dir).name, "n_prompts": len(prompts), "prompts_per_group": pol.prompts_per_group,
            "max_new_tokens": pol.max_new_tokens, "do_sample": pol.do_sample,
            **({"engine": engine_ev} if engine_ev else {}),
        })
        result.reasons = [f"suite {prompt_suite.name} ({prompt_suite.attribute}), scorer {sc.name}: {r}" for r in result.reasons]
        return result

    def check_bbq(self, model_dir: str | Path, answerer: Any = None) -> GateResult:
        """The BBQ benchmark on the model folder (each option's log-likelihood), or with ``answerer`` (a
        callable returning one option index per item), judged by the policy's ``bbq`` section."""
        from .bbq import evaluate_bbq

        pol = self.policy
        result = evaluate_bbq(answerer if answerer is not None else model_dir, pol.bbq, confidence=pol.confidence,
                              n_boot=pol.n_boot, seed=pol.seed, power=pol.validity.power)
        src = result.evidence["source"]
        result.evidence = result.evidence.model_copy(update={"model": Path(model_dir).name})
        result.reasons = [f"suite bbq (MultiBBQ {src['version']}, {src['license']}, {src['n_question_sets']} "
                          f"question sets), {result.evidence['answerer']}: {r}" for r in result.reasons]
        return result
