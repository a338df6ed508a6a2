"""FairnessGate.evaluate: agreement with fairlearn, verdicts, intervals, evidence, chart."""

import json
from itertools import combinations

import numpy as np
import pytest
from fairlearn.metrics import (
    MetricFrame,
    demographic_parity_difference,
    demographic_parity_ratio,
    equalized_odds_difference,
    false_positive_rate,
    selection_rate,
    true_positive_rate,
)
from sklearn.metrics import accuracy_score

from governed_tuning.errors import InputError
from governed_tuning.gates.fairness import FairnessGate, write_chart
from governed_tuning.policy import FairnessPolicy

FAST = dict(n_boot=200)


def _records(rates, n, seed=0, labels=False, templates=False):
    rng = np.random.default_rng(seed)
    out = []
    for g, p in rates.items():
        for i in range(n):
            r = {"group": g, "score": float(rng.random()) if p is None else float(i < round(p * n))}
            if labels:
                r["label"] = int(rng.random() < 0.5)
            if templates:
                r["template"] = f"t{i}"
            out.append(r)
    return out


@pytest.mark.parametrize("seed", range(5))
def test_numbers_equal_fairlearn_on_random_data(seed):
    rng = np.random.default_rng(seed)
    n = int(rng.integers(60, 400))
    groups = rng.choice(["a", "b", "c", "d"][: int(rng.integers(2, 5))], size=n)
    scores = rng.random(n)
    labels = rng.integers(0, 2, n)
    threshold = float(rng.uniform(0.2, 0.8))
    recs = [{"group": str(g), "score": float(s), "label": int(y)} for g, s, y in zip(groups, scores, labels)]
    ev = FairnessGate(FairnessPolicy(threshold=threshold, **FAST)).evaluate(recs).evidence

    y_pred = (scores >= threshold).astype(int)
    sf = groups.astype(str)
    assert ev["demographic_parity_difference"] == pytest.approx(
        demographic_parity_difference(labels, y_pred, sensitive_features=sf), abs=1e-9)
    assert ev["demographic_parity_ratio"] == pytest.approx(
        demographic_parity_ratio(labels, y_pred, sensitive_features=sf), abs=1e-9)
    assert ev["equalized_odds_difference"] == pytest.approx(
        equalized_odds_difference(labels, y_pred, sensitive_features=sf), abs=1e-9)
    assert ev["overall"] == pytest.approx(selection_rate(labels, y_pred), abs=1e-9)
    mf = MetricFrame(metrics={"rate": selection_rate, "accuracy": accuracy_score, "tpr": true_positive_rate,
                              "fpr": false_positive_rate}, y_true=labels, y_pred=y_pred, sensitive_features=sf)
    for g in np.unique(sf):
        row = ev["by_group"][g]
        assert row["n"] == int((sf == g).sum()) == ev["group_sizes"][g]
        for k in ("rate", "accuracy", "tpr", "fpr"):
            assert row[k] == pytest.approx(mf.by_group.loc[g, k], abs=1e-9)
        assert row["mean_score"] == pytest.approx(scores[sf == g].mean(), abs=1e-9)
        # the interval brackets the point estimate
        assert row["ci_low"] <= row["rate"] <= row["ci_high"]


def test_planted_bias_fails():
    res = FairnessGate(FairnessPolicy(**FAST)).evaluate(_records({"a": 0.8, "b": 0.3}, 200))
    assert res.verdict == "fail"
    assert res.evidence["demographic_parity_difference"] == pytest.approx(0.5)
    assert res.evidence["demographic_parity_difference_ci"][0] > 0.1
    assert any("demographic parity difference is 0.500" in r for r in res.reasons)


def test_equal_groups_pass():
    # 400 per group: enough to detect a gap of 0.1 at 80% power (300 are not: see the next test)
    res = FairnessGate(FairnessPolicy(**FAST)).evaluate(_records({"a": 0.6, "b": 0.6, "c": 0.6}, 400))
    assert res.verdict == "pass", res.reasons
    assert "smallest detectable 0.09" in res.reasons[0]
    assert res.evidence["demographic_parity_difference"] == 0
    assert res.evidence["demographic_parity_ratio"] == 1
    status = {c["metric"]: c["status"] for c in res.evidence["checks"]}
    assert status == {"demographic_parity_difference": "pass", "demographic_parity_ratio": "pass",
                      "counterfactual_gap": "not_applicable"}  # no templates in these records


def test_equal_groups_too_small_to_detect_the_limit_are_insufficient():
    res = FairnessGate(FairnessPolicy(**FAST)).evaluate(_records({"a": 0.6, "b": 0.6, "c": 0.6}, 300))
    assert res.verdict == "insufficient"
    dpd = next(c for c in res.evidence["checks"] if c["metric"] == "demographic_parity_difference")
    assert dpd["status"] == "underpowered" and dpd["min_detectable"] == pytest.approx(0.1121, abs=1e-3)
    assert any("smallest detectable gap at 80% power and 95% confidence is 0.112" in r and "about 377 per group"
               in r for r in res.reasons)


def test_three_samples_never_pass():
    res = FairnessGate(FairnessPolicy(**FAST)).evaluate(_records({"a": 1.0, "b": 1.0}, 3))
    assert res.verdict == "insufficient"
    assert "a (3)" in res.reasons[0] and "b (3)" in res.reasons[0]


def test_interval_too_wide_is_insufficient():
    # groups big enough for the policy, but ten samples cannot pin a rate of 0.5 down
    res = FairnessGate(FairnessPolicy(min_group_size=5, **FAST)).evaluate(_records({"a": 0.5, "b": 0.5}, 10))
    assert res.verdict == "insufficient"
    assert any("too wide to decide" in r for r in res.reasons)


def test_one_group_or_no_records_is_insufficient():
    assert FairnessGate().evaluate(_records({"a": 0.5}, 100)).verdict == "insufficient"
    assert FairnessGate().evaluate([]).verdict == "insufficient"


def test_counterfactual_gap_is_mean_abs_difference_per_template():
    rng = np.random.default_rng(3)
    recs = []
    for t in range(40):
        base = float(rng.uniform(0.4, 0.6))
        recs += [{"group": "a", "score": base, "template": t}, {"group": "b", "score": base - 0.3, "template": t},
                 {"group": "c", "score": base, "template": t}]
    res = FairnessGate(FairnessPolicy(min_group_size=30, **FAST)).evaluate(recs)
    # per template: pairs (a,b)=0.3, (a,c)=0, (b,c)=0.3 -> 0.2
    assert res.evidence["counterfactual_gap"] == pytest.approx(0.2)
    assert res.evidence["n_pairs"] == 40
    gap = next(c for c in res.evidence["checks"] if c["metric"] == "counterfactual_gap")
    assert gap["status"] == "fail" and res.verdict == "fail"
    by_hand = np.mean([np.mean([abs(x - y) for x, y in combinations([0.0, -0.3, 0.0], 2)])])
    assert res.evidence["counterfactual_gap"] == pytest.approx(by_hand)


def test_bootstrap_is_seeded():
    recs = _records({"a": None, "b": None}, 80, seed=4, labels=True)
    one = FairnessGate(FairnessPolicy(seed=1, **FAST)).evaluate(recs).evidence
    two = FairnessGate(FairnessPolicy(seed=1, **FAST)).evaluate(recs).evidence
    other = FairnessGate(FairnessPolicy(seed=2, **FAST)).evaluate(recs).evidence
    assert one["demographic_parity_difference_ci"] == two["demographic_parity_difference_ci"]
    assert one["equalized_odds_difference_ci"] != other["equalized_odds_difference_ci"]


def test_bad_records_name_the_line_not_the_value():
    recs = [{"group": "a", "score": 0.5}, {"group": "b", "score": "Jane Doe lives at 1 Main St"}]
    with pytest.raises(InputError) as e:
        FairnessGate().evaluate(recs, source="out.jsonl", lines=[3, 7])
    assert "out.jsonl:7" in str(e.value) and "score" in str(e.value) and "Jane" not in str(e.value)
    with pytest.raises(InputError, match="label"):
        FairnessGate().evaluate([{"group": "a", "score": 1, "label": 1}, {"group": "b", "score": 0}])
    with pytest.raises(InputError, match="group"):
        FairnessGate().evaluate([{"score": 1}])


def test_evidence_is_json_with_sizes_intervals_and_chart_data(tmp_path):
    res = FairnessGate(FairnessPolicy(**FAST)).evaluate(_records({"x": 0.7, "y": 0.5}, 60, labels=True,
                                                                 templates=True))
    ev = json.loads(json.dumps(res.model_dump(mode="json")))["evidence"]
    for k in ("demographic_parity_difference_ci", "demographic_parity_ratio_ci", "equalized_odds_difference_ci",
              "counterfactual_gap_ci"):
        lo, hi = ev[k]
        assert lo <= ev[k[:-3]] <= hi or k == "counterfactual_gap_ci"
    assert ev["group_sizes"] == {"x": 60, "y": 60}
    assert [r["group"] for r in ev["chart"]["rows"]] == ["x", "y"]
    assert ev["chart"]["limit"] == 0.1
    png = write_chart(res, tmp_path / "gates" / "fairness.png")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert write_chart(FairnessGate().evaluate([]), tmp_path / "none.png") is None
    assert not (tmp_path / "none.png").exists()


def test_csv_text_values_are_read_as_numbers(tmp_path):
    from governed_tuning.data import read_table

    p = tmp_path / "out.csv"
    rows = ["group,score,label,template"] + [f"{g},{1 if i < 20 else 0},{'true' if i % 2 else '0'},t{i}"
                                             for g in ("a", "b") for i in range(40)]
    p.write_text("\n".join(rows) + "\n")
    table = read_table(p)
    res = FairnessGate(FairnessPolicy(**FAST)).evaluate(table.records, source=str(p), lines=table.lines)
    assert res.evidence["group_sizes"] == {"a": 40, "b": 40} and res.evidence["labelled"]
    assert res.evidence["demographic_parity_difference"] == 0 and res.evidence["counterfactual_gap"] == 0
    p.write_text("group,score\na,0.5\nb,high\n")
    table = read_table(p)
    with pytest.raises(InputError, match=rf"{p}:3: field 'score'"):
        FairnessGate().evaluate(table.records, source=str(p), lines=table.lines)


def test_all_negative_outputs_leave_the_ratio_undefined_and_measure_nothing():
    res = FairnessGate(FairnessPolicy(**FAST)).evaluate(_records({"a": 0.0, "b": 0.0}, 100))
    assert res.evidence["demographic_parity_ratio"] is None
    status = {c["metric"]: c["status"] for c in res.evidence["checks"]}
    assert status["demographic_parity_ratio"] == "not_applicable"
    # every output scored 0: not "fair", but no signal
    assert res.verdict == "insufficient" and any("constant or nearly so" in r for r in res.reasons)


def test_a_gap_over_few_template_pairs_cannot_pass():
    # 100 outputs per group, but all from two templates: two pairs cannot show a gap is small
    recs = [{"group": g, "score": 0.3 + 0.1 * (i % 5), "template": f"t{i % 2}"} for g in ("a", "b")
            for i in range(100)]
    res = FairnessGate(FairnessPolicy(**FAST)).evaluate(recs)
    assert res.verdict == "insufficient" and res.evidence["n_pairs"] == 2
    assert any("only 2 template pairs" in r for r in res.reasons)
