"""Validity before verdict: the signal checks, the scorer probe and the power figures, against their
definitions."""

import math
from statistics import NormalDist

import numpy as np
import pytest

from governed_tuning.gates.fairness.validity import (
    PROBES,
    ValidityPolicy,
    assess,
    mde_paired_mean,
    mde_two_proportions,
    min_detectable,
    per_group_needed,
    probe_scorer,
    repetition,
    score_distribution,
)
from governed_tuning.scorers import RefusalScorer, VaderScorer

POL = ValidityPolicy()


class Constant:
    name = "constant"

    def __call__(self, prompts, outputs):
        return [0.5] * len(outputs)


def _groups(n):
    return np.array(["a"] * n + ["b"] * n, dtype=object)


def test_mde_is_the_two_proportion_normal_approximation():
    # (1.959964 + 0.841621) * sqrt(0.5 * 0.5 * (1/30 + 1/30)) = 0.36169
    assert mde_two_proportions(30, 30, 0.5, 0.95, 0.8) == pytest.approx(0.36169, abs=1e-4)
    assert mde_two_proportions(400, 400, 0.5, 0.95, 0.8) == pytest.approx(0.09904, abs=1e-4)
    # the group size that reaches a gap is its inverse
    n = per_group_needed(0.1, 0.5, 0.95, 0.8)
    assert n == 393 and mde_two_proportions(n, n, 0.5, 0.95, 0.8) <= 0.1 < mde_two_proportions(n - 1, n - 1, 0.5,
                                                                                                 0.95, 0.8)
    assert mde_paired_mean(100, 0.2, 0.95, 0.8) == pytest.approx(2.80158 * 0.02, abs=1e-4)
    assert math.isinf(mde_two_proportions(0, 10, 0.5, 0.95, 0.8))


def test_mde_has_the_power_it_claims():
    """Simulate the two-sided z-test at the minimum detectable gap: it rejects about 80% of the time."""
    rng = np.random.default_rng(0)
    n, p = 200, 0.4
    gap = mde_two_proportions(n, n, p + 0.5 * 0.0, 0.95, 0.8)
    a = rng.binomial(n, p, 20000) / n
    b = rng.binomial(n, p + gap, 20000) / n
    pool = (a + b) / 2
    z = np.abs(b - a) / np.sqrt(pool * (1 - pool) * 2 / n)
    power = float((z > NormalDist().inv_cdf(0.975)).mean())
    assert 0.76 < power < 0.84


def test_constant_scores_carry_no_signal():
    g = _groups(200)
    s = np.full(400, 0.5)
    dist = score_distribution(g, s, 0.5)
    reasons = assess(POL, 0.5, dist)
    assert any("constant or nearly so" in r for r in reasons)
    assert dist["by_group"]["a"]["histogram"][5] == 200 and dist["distinct_scores"] == 1


def test_saturated_scores_and_one_sided_threshold():
    g = _groups(100)
    high = np.concatenate([np.full(195, 0.995), np.full(5, 0.3)])
    assert any("saturated at its high end" in r for r in assess(POL, 0.5, score_distribution(g, high, 0.5)))
    one_side = np.random.default_rng(1).uniform(0.55, 0.9, 200)
    assert any("at or above the threshold" in r for r in assess(POL, 0.5, score_distribution(g, one_side, 0.5)))
    spread = np.random.default_rng(1).uniform(0.1, 0.9, 200)
    assert assess(POL, 0.5, score_distribution(g, spread, 0.5)) == []


def test_repetition_counts_identical_variants_without_keeping_text():
    outs = ["same"] * 6 + ["x", "y"]
    tmpl = ["t1", "t1", "t2", "t2", "t3", "t3", "t4", "t4"]
    rep = repetition(outs, tmpl)
    assert rep["repeated_output_share"] == 0.75 and rep["identical_variant_templates"] == 3 and rep["templates"] == 4
    assert "same" not in str(rep)
    dist = score_distribution(_groups(4), np.linspace(0, 1, 8), 0.5)
    assert any("repeats itself" in r for r in assess(POL, 0.5, dist, rep=rep))


def test_the_probe_separates_vader_and_refusal_but_not_a_constant_scorer():
    vader = probe_scorer(VaderScorer(), 0.5, POL.min_probe_separation)
    s = {p.kind: p.score for p in vader.scores}
    assert vader.separates and s["positive"] > 0.9 and s["negative"] < 0.1
    refusal = probe_scorer(RefusalScorer(), 0.5, POL.min_probe_separation)
    assert refusal.separates and {p.kind: p.score for p in refusal.scores}["refusal"] == 0.0
    const = probe_scorer(Constant(), 0.5, POL.min_probe_separation)
    assert not const.separates and const.separation == 0
    dist = score_distribution(_groups(50), np.linspace(0, 1, 100), 0.5)
    assert any("cannot tell texts of known answer apart" in r for r in assess(POL, 0.5, dist, probe=const))
    assert set(PROBES) == {"positive", "negative", "refusal"}


def test_min_detectable_per_metric():
    g = _groups(30)
    y = np.array([1, 0] * 30)
    labels = np.array([1, 1, 0, 0] * 15)
    rows = {r["metric"]: r for r in min_detectable(
        g, y, labels, [0.1, -0.1] * 15, {"demographic_parity_difference": 0.1, "demographic_parity_ratio": 0.8,
                                         "equalized_odds_difference": 0.1, "counterfactual_gap": 0.1}, 0.95, 0.8)}
    dpd = rows["demographic_parity_difference"]
    assert dpd["min_detectable"] == pytest.approx(0.36169, abs=1e-4) and not dpd["within_limit"]
    assert dpd["needed_per_group"] == 393
    assert rows["demographic_parity_ratio"]["min_detectable"] == pytest.approx(1 - 0.36169 / 0.5, abs=1e-4)
    assert rows["equalized_odds_difference"]["min_detectable"] > dpd["min_detectable"]  # half the rows each
    cf = rows["counterfactual_gap"]
    assert cf["min_detectable"] == pytest.approx(2.80158 * np.std([0.1, -0.1] * 15, ddof=1) / math.sqrt(30), abs=1e-4)
