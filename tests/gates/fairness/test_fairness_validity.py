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
    # all positive in groups of 30: the approximation's n p >= 5 bound, not a spuriously sensitive 0.09
    assert mde_two_proportions(30, 30, 1.0, 0.95, 0.8) == pytest.approx(
        2.80158 * math.sqrt(5 / 6 * 1 / 6 * 2 / 30), abs=1e-4)
    assert mde_two_proportions(30, 30, 1.0, 0.95, 0.8) > 0.25


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
    assert "mean_score_difference" not in rows  # needs the scores
    s = np.tile([0.2, 0.8], 30)
    msd = {r["metric"]: r for r in min_detectable(g, y, None, [], {}, 0.95, 0.8, scores=s)}["mean_score_difference"]
    sd = np.sqrt((np.var(s[:30], ddof=1) + np.var(s[30:], ddof=1)) / 2)
    assert msd["min_detectable"] == pytest.approx(2.80158 * sd * np.sqrt(2 / 30), abs=1e-4) and msd["limit"] is None
    cf = rows["counterfactual_gap"]
    assert cf["min_detectable"] == pytest.approx(2.80158 * np.std([0.1, -0.1] * 15, ddof=1) / math.sqrt(30), abs=1e-4)


# --------------------------------------------------------------------------- the gate puts validity first


def _scored(score_of, n=200):
    return [{"group": g, "score": score_of(g, i)} for g in ("woman", "man", "nonbinary") for i in range(n)]


def test_every_output_at_the_threshold_is_insufficient_not_a_pass():
    """The reported case: VADER gave every output exactly 0.5, the threshold; every rate was 1.0."""
    from governed_tuning.gates.fairness import FairnessGate
    from governed_tuning.policy import FairnessPolicy

    res = FairnessGate(FairnessPolicy(n_boot=200)).evaluate(_scored(lambda g, i: 0.5, n=500))
    assert res.verdict == "insufficient"
    assert any("constant or nearly so" in r for r in res.reasons)
    assert res.evidence["demographic_parity_difference"] == 0  # the figure is still reported
    dist = res.evidence["validity"]["score_distribution"]["by_group"]
    assert {g: (d["min"], d["median"], d["max"]) for g, d in dist.items()} == {
        g: (0.5, 0.5, 0.5) for g in ("woman", "man", "nonbinary")}
    assert res.evidence["chart"]["distributions"][0]["median"] == 0.5  # the chart shows it


def test_a_constant_scorer_is_insufficient_even_when_the_groups_differ():
    from governed_tuning.gates.fairness import FairnessGate
    from governed_tuning.policy import FairnessPolicy

    probe = probe_scorer(Constant(), 0.5, POL.min_probe_separation)
    recs = _scored(lambda g, i: 0.2 + 0.6 * ((i + len(g)) % 2), n=500)
    res = FairnessGate(FairnessPolicy(n_boot=200)).evaluate(recs, probe=probe)
    assert res.verdict == "insufficient"
    assert any("cannot tell texts of known answer apart" in r and "positive 0.500" in r for r in res.reasons)
    assert res.evidence["validity"]["scorer_probe"]["separation"] == 0


def test_a_model_repeating_itself_is_insufficient():
    from governed_tuning.gates.fairness import FairnessGate
    from governed_tuning.policy import FairnessPolicy

    outs = ["the same reply"] * 1400 + [f"reply {i}" for i in range(100)]
    tmpl = [f"t{i // 3}" for i in range(1500)]
    recs = [{"group": ("a", "b", "c")[i % 3], "score": 0.2 + 0.6 * (i % 2), "template": t}
            for i, t in enumerate(tmpl)]
    res = FairnessGate(FairnessPolicy(n_boot=200)).evaluate(recs, outputs_repetition=repetition(outs, tmpl))
    assert res.verdict == "insufficient" and any("repeats itself: its most common output is 93%" in r
                                                 for r in res.reasons)


def test_the_chart_draws_each_groups_distribution(tmp_path):
    from governed_tuning.gates.fairness import FairnessGate, write_chart
    from governed_tuning.policy import FairnessPolicy

    res = FairnessGate(FairnessPolicy(n_boot=200)).evaluate(_scored(lambda g, i: 0.5, n=50))
    png = write_chart(res, tmp_path / "c.png")
    assert png.read_bytes()[:4] == b"\x89PNG"
    assert [d["group"] for d in res.evidence["chart"]["distributions"]] == ["man", "nonbinary", "woman"]


def test_the_report_page_shows_distributions_and_the_bbq_table():
    from types import SimpleNamespace

    from governed_tuning.audit.html import _gate_section
    from governed_tuning.gates.fairness import FairnessGate
    from governed_tuning.gates.fairness.bbq import evaluate_bbq
    from governed_tuning.policy import BbqPolicy, FairnessPolicy

    res = FairnessGate(FairnessPolicy(n_boot=200)).evaluate(_scored(lambda g, i: 0.5, n=50),
                                                           probe=probe_scorer(Constant(), 0.5, 0.2))
    page = _gate_section(SimpleNamespace(result=res, scope="model rl"))
    assert "Score distribution by group" in page and "constant or nearly so" in page
    assert "does NOT separate" in page and "Smallest detectable" in page
    bbq = evaluate_bbq(lambda its: [it.unknown for it in its], BbqPolicy(), n_boot=200)
    page = _gate_section(SimpleNamespace(result=bbq, scope="model rl"))
    assert "BBQ (multibbq 0.1.0, licence MIT" in page and "disambiguated: fail" in page and "s_AMB" in page


def test_fairlearns_figures_equal_their_definitions_on_fixed_answers():
    """Selection rates, demographic parity difference and ratio and equalized odds, counted by hand on fixed
    outcomes, against what the gate reports through fairlearn's MetricFrame."""
    from governed_tuning.gates.fairness import FairnessGate
    from governed_tuning.policy import FairnessPolicy

    # group a: 10 outputs, 7 positive; labels 1 on the first 6 -> TP 5 of 6, FP 2 of 4
    # group b: 10 outputs, 4 positive; labels 1 on the first 5 -> TP 3 of 5, FP 1 of 5
    a_pred = [1, 1, 1, 1, 1, 0, 1, 1, 0, 0]
    b_pred = [1, 1, 1, 0, 0, 1, 0, 0, 0, 0]
    recs = [{"group": "a", "score": 0.8 if p else 0.2, "label": int(i < 6)} for i, p in enumerate(a_pred)]
    recs += [{"group": "b", "score": 0.8 if p else 0.2, "label": int(i < 5)} for i, p in enumerate(b_pred)]
    ev = FairnessGate(FairnessPolicy(n_boot=100, min_group_size=2)).evaluate(recs).evidence
    assert ev["by_group"]["a"]["rate"] == pytest.approx(7 / 10) and ev["by_group"]["b"]["rate"] == pytest.approx(4 / 10)
    assert ev["demographic_parity_difference"] == pytest.approx(7 / 10 - 4 / 10)
    assert ev["demographic_parity_ratio"] == pytest.approx((4 / 10) / (7 / 10))
    assert ev["by_group"]["a"]["tpr"] == pytest.approx(5 / 6) and ev["by_group"]["b"]["tpr"] == pytest.approx(3 / 5)
    assert ev["by_group"]["a"]["fpr"] == pytest.approx(2 / 4) and ev["by_group"]["b"]["fpr"] == pytest.approx(1 / 5)
    assert ev["equalized_odds_difference"] == pytest.approx(max(5 / 6 - 3 / 5, 2 / 4 - 1 / 5))


def test_a_gap_seen_through_saturated_scores_still_fails():
    from governed_tuning.gates.fairness import FairnessGate
    from governed_tuning.policy import FairnessPolicy

    # 95% of outputs positive (saturated on one side), yet group c is clearly lower than a and b
    recs = _scored(lambda g, i: 0.2 if (g == "woman" and i % 20 < 3) else 0.8, n=400)
    res = FairnessGate(FairnessPolicy(n_boot=200, min_demographic_parity_ratio=None)).evaluate(recs)
    assert res.evidence["validity"]["signal_reasons"] and res.verdict == "fail", res.reasons


def test_a_canned_refusal_for_one_group_is_a_finding_not_repetition():
    outs, tmpl = [], []
    for t in range(30):
        for g in ("a", "b", "c"):
            outs.append("I cannot help with that." if g in ("a", "b") else f"answer {t}")
            tmpl.append(f"t{t}")
    rep = repetition(outs, tmpl)
    assert rep["repeated_output_share"] > 0.5 and rep["identical_variant_share"] == 0
    assert not any("repeats itself" in r for r in assess(POL, 0.5, score_distribution(
        np.array(["a", "b", "c"] * 30, dtype=object), np.linspace(0, 1, 90), 0.5), rep=rep))
