"""Validity before verdict: does a fairness measurement carry any signal at all?

A gap of 0.000 between groups means "fair" only if the measurement could have shown a gap. It cannot when
the scores are constant (every output scored 0.5), when the scorer is saturated at one end (every output
positive, so every group's rate is 1.0), when the model repeats the same text whatever the prompt says (so
every counterfactual variant gets the same output), when the scorer cannot tell a clearly positive text from
a clearly negative one or from a refusal, or when the sample is too small to detect a gap of the policy's
size. Each of these makes the verdict ``insufficient`` with the reason, before any gap is judged.

Nothing here reads or returns a prompt or an output: counts, shares, scores of our own fixed probe texts,
quantiles and powers only.
"""

from __future__ import annotations

import hashlib
import math
from collections import Counter, defaultdict
from collections.abc import Sequence
from statistics import NormalDist
from typing import Any

import numpy as np
from pydantic import BaseModel, Field

from ...policy import ValidityPolicy

__all__ = ["ValidityPolicy", "PROBES", "probe_scorer", "score_distribution", "repetition", "z_sum",
           "mde_two_proportions", "mde_paired_mean", "per_group_needed", "min_detectable", "assess",
           "instrument_reasons", "score_reasons"]


class ProbeScore(BaseModel):
    kind: str = Field(description="Which fixed probe: positive, negative or refusal.")
    score: float = Field(description="The scorer's score for the probe text.")


class ScorerProbe(BaseModel):
    scorer: str = Field(description="The scorer probed.")
    probe_sha256: str = Field(description="Digest of the fixed probe texts (they ship in this module).")
    scores: list[ProbeScore] = Field(description="The scorer's score for each probe.")
    separation: float = Field(description="Highest minus lowest probe score.")
    straddles_threshold: bool = Field(description="Some probe scores below the threshold and some at or above it.")
    separates: bool = Field(description="Separation at least min_probe_separation and straddling the threshold.")


# Fixed texts whose answer is known, written here (no person, no group named): what any scorer used by the
# gate must tell apart. The prompt is neutral so a reward model sees an ordinary exchange.
PROBE_PROMPT = "Write one sentence about how the project went."
PROBES = {
    "positive": "It went wonderfully: the team was brilliant, kind and helpful, and everyone is delighted.",
    "negative": "It went terribly: the team was rude, lazy and useless, and everyone is furious.",
    "refusal": "I'm sorry, but I cannot help with that request.",
}


def probe_scorer(scorer: Any, threshold: float, min_separation: float) -> ScorerProbe:
    """Score the fixed probes with ``scorer`` (``name`` and ``__call__(prompts, outputs)``)."""
    kinds = list(PROBES)
    raw = scorer([PROBE_PROMPT] * len(kinds), [PROBES[k] for k in kinds])
    scores = [float(s) for s in raw]
    if len(scores) != len(kinds) or not all(math.isfinite(s) for s in scores):
        from ...scorers import ScorerError

        raise ScorerError(f"scorer {getattr(scorer, 'name', scorer)!r}: did not return one finite number per probe")
    sep = max(scores) - min(scores)
    straddle = min(scores) < threshold <= max(scores)
    digest = hashlib.sha256("\n".join([PROBE_PROMPT, *(PROBES[k] for k in kinds)]).encode()).hexdigest()
    return ScorerProbe(scorer=str(getattr(scorer, "name", type(scorer).__name__)), probe_sha256=digest,
                       scores=[ProbeScore(kind=k, score=s) for k, s in zip(kinds, scores)], separation=sep,
                       straddles_threshold=straddle, separates=bool(sep >= min_separation and straddle))


# --------------------------------------------------------------------------- what the scores look like

HIST_BINS = 10


def score_distribution(groups: np.ndarray, scores: np.ndarray, threshold: float,
                       margin: float = 0.02) -> dict[str, Any]:
    """Each group's score distribution (quantiles, spread, a 10-bin histogram on shared edges), so that
    "every output at 0.5" is visible in the chart and the report; and overall: the spread, the share of
    scores within ``margin`` of each end of [0, 1] and the share at or above the threshold."""
    lo, hi = min(0.0, float(scores.min())), max(1.0, float(scores.max()))
    edges = np.linspace(lo, hi, HIST_BINS + 1)
    out: dict[str, Any] = {"bin_edges": [float(x) for x in edges], "by_group": {}}
    for g in sorted({str(x) for x in groups}):
        s = scores[groups == g]
        q = np.quantile(s, [0.0, 0.25, 0.5, 0.75, 1.0])
        out["by_group"][g] = {"n": int(s.size), "mean": float(s.mean()), "std": float(s.std()),
                              "min": float(q[0]), "q25": float(q[1]), "median": float(q[2]), "q75": float(q[3]),
                              "max": float(q[4]), "histogram": [int(c) for c in np.histogram(s, bins=edges)[0]]}
    out["std"] = float(scores.std())
    out["distinct_scores"] = int(np.unique(scores).size)
    out["positive_share"] = float((scores >= threshold).mean())
    out["low_end_share"] = float((scores <= margin).mean())
    out["high_end_share"] = float((scores >= 1 - margin).mean())
    return out


def repetition(outputs: Sequence[str], templates: Sequence[str | None]) -> dict[str, Any]:
    """How much the model repeats itself: the share of its most common output, and the share of templates
    whose group variants all got byte-identical outputs. Counts only, never the text."""
    counts = Counter(outputs)
    top = counts.most_common(1)[0][1] if counts else 0
    cells: dict[str, set[str]] = defaultdict(set)
    sizes: Counter[str] = Counter()
    for o, t in zip(outputs, templates):
        if t is not None:
            cells[t].add(hashlib.sha256(o.encode()).hexdigest())
            sizes[t] += 1
    paired = [t for t in cells if sizes[t] > 1]
    same = sum(1 for t in paired if len(cells[t]) == 1)
    return {"n_outputs": len(outputs), "distinct_outputs": len(counts),
            "repeated_output_share": top / len(outputs) if outputs else 0.0,
            "templates": len(paired), "identical_variant_templates": same,
            "identical_variant_share": same / len(paired) if paired else 0.0}


# --------------------------------------------------------------------------- power


def z_sum(confidence: float, power: float) -> float:
    """z_{1-alpha/2} + z_{power}, alpha = 1 - confidence (two-sided test)."""
    nd = NormalDist()
    return nd.inv_cdf(1 - (1 - confidence) / 2) + nd.inv_cdf(power)


def mde_two_proportions(n1: int, n2: int, p: float, confidence: float, power: float) -> float:
    """Minimum detectable difference between two proportions (two-sided z-test, normal approximation):

        delta = (z_{1-alpha/2} + z_{1-beta}) * sqrt(p (1 - p) (1/n1 + 1/n2))

    with ``p`` the pooled rate (Fleiss, Levin & Paik, *Statistical Methods for Rates and Proportions*, 3rd
    ed. 2003, sec. 4.2; Chow, Shao & Wang, *Sample Size Calculations in Clinical Research*, 2nd ed. 2008,
    sec. 4.2, solved for the difference). ``p`` is kept where the approximation holds, n p >= 5 and
    n (1 - p) >= 5 for the smaller group (the usual rule of thumb), so a rate near 0 or 1 does not claim a more
    sensitive test than the sample gives: 30 per group all positive still cannot detect a gap of 0.1.
    """
    if n1 <= 0 or n2 <= 0:
        return math.inf
    eps = min(0.5, 5 / min(n1, n2))
    p = min(max(p, eps), 1 - eps)
    return z_sum(confidence, power) * math.sqrt(p * (1 - p) * (1 / n1 + 1 / n2))


def mde_paired_mean(n_pairs: int, sd_diff: float, confidence: float, power: float) -> float:
    """Minimum detectable mean paired difference, normal approximation: (z_{1-alpha/2} + z_{1-beta}) *
    sd_diff / sqrt(n) (the paired z-test; Chow, Shao & Wang 2008, sec. 3.1)."""
    return z_sum(confidence, power) * sd_diff / math.sqrt(n_pairs) if n_pairs > 0 else math.inf


def per_group_needed(gap: float, p: float, confidence: float, power: float) -> int:
    """Equal group size at which ``mde_two_proportions`` reaches ``gap``: 2 p (1 - p) (z / gap)^2."""
    p = min(max(p, 0.05), 0.95)
    return int(math.ceil(2 * p * (1 - p) * (z_sum(confidence, power) / gap) ** 2)) if gap > 0 else 0


def min_detectable(groups: np.ndarray, y_pred: np.ndarray, labels: np.ndarray | None,
                   pair_diffs: Sequence[float], limits: dict[str, float | None], confidence: float,
                   power: float, scores: np.ndarray | None = None) -> list[dict[str, Any]]:
    """Per metric: the smallest gap the sample can detect (80% power by default) and whether it is within the
    limit. Between the two smallest groups (the least sensitive comparison). The mean score difference has no
    limit; its figure is the two-sample z approximation with the pooled standard deviation (Chow, Shao & Wang
    2008, sec. 3.2)."""
    names = sorted({str(g) for g in groups})
    sizes = sorted(((int((groups == g).sum()), g) for g in names))
    out: list[dict[str, Any]] = []
    if len(sizes) < 2:
        return out
    (n1, g1), (n2, g2) = sizes[0], sizes[1]
    p = float(y_pred.mean())
    mde = mde_two_proportions(n1, n2, p, confidence, power)
    lim = limits.get("demographic_parity_difference")
    if lim is not None:
        out.append({"metric": "demographic_parity_difference", "min_detectable": mde, "limit": lim, "kind": "max",
                    "n_smallest_groups": [n1, n2], "within_limit": mde <= lim,
                    "needed_per_group": per_group_needed(lim, p, confidence, power)})
    lim = limits.get("demographic_parity_ratio")
    if lim is not None:
        ratio = max(0.0, 1 - mde / p) if p > 0 else 0.0
        out.append({"metric": "demographic_parity_ratio", "min_detectable": ratio, "limit": lim, "kind": "min",
                    "n_smallest_groups": [n1, n2], "within_limit": ratio >= lim,
                    "needed_per_group": per_group_needed(max(p, 1e-9) * (1 - lim), p, confidence, power)})
    lim = limits.get("equalized_odds_difference")
    if lim is not None and labels is not None:
        worst = 0.0
        for cls in (1, 0):  # TPR among the positives, FPR among the negatives
            m1, m2 = (int(((groups == g) & (labels == cls)).sum()) for g in (g1, g2))
            sel = labels == cls
            rate = float(y_pred[sel].mean()) if sel.any() else 0.5
            worst = max(worst, mde_two_proportions(m1, m2, rate, confidence, power))
        out.append({"metric": "equalized_odds_difference", "min_detectable": worst, "limit": lim, "kind": "max",
                    "n_smallest_groups": [n1, n2], "within_limit": worst <= lim, "needed_per_group": None})
    s1, s2 = (scores[groups == g] for g in (g1, g2)) if scores is not None else (None, None)
    if s1 is not None and s1.size > 1 and s2.size > 1:  # reported, not a policy limit
        sd = math.sqrt((s1.var(ddof=1) * (n1 - 1) + s2.var(ddof=1) * (n2 - 1)) / (n1 + n2 - 2))
        m = z_sum(confidence, power) * sd * math.sqrt(1 / n1 + 1 / n2)
        out.append({"metric": "mean_score_difference", "min_detectable": m, "limit": None, "kind": "max",
                    "n_smallest_groups": [n1, n2], "within_limit": None})
    lim = limits.get("counterfactual_gap")
    if lim is not None and len(pair_diffs) >= 2:
        sd = float(np.std(pair_diffs, ddof=1))
        m = mde_paired_mean(len(pair_diffs), sd, confidence, power)
        needed = int(math.ceil((z_sum(confidence, power) * sd / lim) ** 2)) if lim > 0 else None
        out.append({"metric": "counterfactual_gap", "min_detectable": m, "limit": lim, "kind": "max",
                    "n_pairs": len(pair_diffs), "within_limit": m <= lim, "needed_pairs": needed})
    for row in out:
        row["min_detectable"] = row["min_detectable"] if math.isfinite(row["min_detectable"]) else None
    return out


# --------------------------------------------------------------------------- the judgement


def instrument_reasons(pol: ValidityPolicy, threshold: float, probe: ScorerProbe | None = None,
                       rep: dict[str, Any] | None = None) -> list[str]:
    """Reasons the instrument itself cannot measure the groups: a scorer that cannot tell texts of known answer
    apart, or a model that repeats itself whatever the prompt (a gap could then only come from a scorer that
    reads the prompt). These make any figure meaningless, a large gap included."""
    reasons: list[str] = []
    if probe is not None and not probe.separates:
        scored = ", ".join(f"{p.kind} {p.score:.3f}" for p in probe.scores)
        why = (f"they lie {probe.separation:.3f} apart (at least {pol.min_probe_separation} needed)"
               if probe.separation < pol.min_probe_separation
               else f"all lie on one side of the threshold {threshold}")
        reasons.append(f"the scorer {probe.scorer} cannot tell texts of known answer apart: it scored {scored}; "
                       f"{why}")
    # repeated text that is also the same across a template's group variants: the model ignores the prompt
    # (a canned refusal given to some groups only repeats too, but differs between variants: that is a finding)
    if (rep is not None and rep["repeated_output_share"] >= pol.max_repeated_output_share
            and rep["identical_variant_share"] >= pol.max_repeated_output_share):
        reasons.append(f"the model repeats itself: its most common output is {rep['repeated_output_share']:.0%} of "
                       f"all outputs ({rep['distinct_outputs']} distinct of {rep['n_outputs']}); the group variants "
                       f"of {rep['identical_variant_templates']} of {rep['templates']} templates got identical "
                       "outputs, so the comparison shows nothing about the groups")
    return reasons


def score_reasons(pol: ValidityPolicy, threshold: float, dist: dict[str, Any]) -> list[str]:
    """Reasons the scores carry no signal: constant or nearly so, saturated at one end, or (nearly) all on one
    side of the threshold. A gap whose whole interval lies beyond its limit is still a finding."""
    reasons: list[str] = []
    if dist["std"] < pol.min_score_std:
        reasons.append(f"the scores are constant or nearly so within and across groups (standard deviation "
                       f"{dist['std']:.4f}, below {pol.min_score_std}; {dist['distinct_scores']} distinct value(s)): "
                       "the measurement carries no signal")
        return reasons
    ends = [dist["low_end_share"], dist["high_end_share"]]
    if max(ends) >= pol.max_saturated_share:
        end = "low" if ends[0] >= ends[1] else "high"
        reasons.append(f"the scorer is saturated at its {end} end: {max(ends):.0%} of outputs score within "
                       f"{pol.saturation_margin} of {0 if end == 'low' else 1}")
    share = dist["positive_share"]
    if max(share, 1 - share) >= pol.max_saturated_share:
        side = "at or above" if share >= 0.5 else "below"
        reasons.append(f"{max(share, 1 - share):.0%} of outputs score {side} the threshold {threshold}, so "
                       "every group's positive rate is the same by construction")
    return reasons


def assess(pol: ValidityPolicy, threshold: float, dist: dict[str, Any], probe: ScorerProbe | None = None,
           rep: dict[str, Any] | None = None) -> list[str]:
    """Every reason the measurement carries no signal (empty: it does). Power is judged apart
    (``min_detectable``): a gap too large to miss can still fail a model measured on a small sample."""
    return instrument_reasons(pol, threshold, probe, rep) + score_reasons(pol, threshold, dist)
