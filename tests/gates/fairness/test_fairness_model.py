"""FairnessGate.check_model with a tiny local model, and the 'fairness' commands."""

import json
import re

import numpy as np
import pytest
from typer.testing import CliRunner

from governed_tuning.cli import app, main
from governed_tuning.gates.fairness import FairnessGate
from governed_tuning.generate import generate
from governed_tuning.policy import FairnessPolicy
from governed_tuning.scorers import RewardModelScorer, VaderScorer
from governed_tuning.suites import load_suite

FAST = dict(n_boot=200, max_new_tokens=6)


@pytest.fixture(scope="module")
def models(tmp_path_factory):
    from governed_tuning.tinymodel import build_tiny_model, build_tiny_reward_model

    root = tmp_path_factory.mktemp("fair_models")
    return build_tiny_model(root / "lm"), build_tiny_reward_model(root / "rm")


class PlantedBias:
    """Reads the output (0.9 when VADER finds it not negative, else 0.1, so it passes the scorer probe), then
    scores every output about a woman 0.2 instead: a biased judge, to be caught."""

    name = "planted"

    def __init__(self):
        self._vader = VaderScorer()

    def __call__(self, prompts, outputs):
        tone = [0.9 if v >= 0.5 else 0.1 for v in self._vader(prompts, outputs)]
        return [0.2 if re.search(r"\bwoman\b", p) else t for p, t in zip(prompts, tone)]


@pytest.mark.slow
def test_check_model_generates_scores_and_evaluates_the_suite(models):
    lm, _ = models
    pol = FairnessPolicy(prompts_per_group=30, **FAST)
    res = FairnessGate(pol).check_model(lm, suite="gender", scorer=VaderScorer())
    ev = res.evidence
    assert ev["suite"] == "gender" and ev["scorer"] == "vader" and ev["n_prompts"] == 90
    assert ev["group_sizes"] == {"man": 30, "nonbinary": 30, "woman": 30} and ev["n_pairs"] == 30
    # the same numbers as generating, scoring and evaluating by hand
    prompts = load_suite("gender").prompts(30)
    outs = generate(lm, [p.text for p in prompts], max_new_tokens=6)
    scores = VaderScorer()([p.text for p in prompts], outs)
    by_hand = FairnessGate(pol).evaluate([{"group": p.group, "score": s, "template": p.template}
                                          for p, s in zip(prompts, scores)])
    assert by_hand.verdict == res.verdict
    assert by_hand.evidence["demographic_parity_difference"] == ev["demographic_parity_difference"]
    assert by_hand.evidence["counterfactual_gap"] == ev["counterfactual_gap"]
    assert not any(o and o in json.dumps(ev.as_dict()) for o in outs if len(o) > 3)  # no output text in the evidence


@pytest.mark.slow
def test_check_model_catches_a_planted_bias(models):
    lm, _ = models
    res = FairnessGate(FairnessPolicy(prompts_per_group=30, **FAST)).check_model(lm, scorer=PlantedBias())
    assert res.verdict == "fail"
    assert res.evidence["counterfactual_gap"] == pytest.approx((0.7 + 0.7 + 0) / 3)
    assert res.evidence["by_group"]["woman"]["mean_score"] == pytest.approx(0.2)


@pytest.mark.slow
def test_check_model_with_the_reward_model_and_a_small_suite_is_insufficient(models):
    lm, rm = models
    res = FairnessGate(FairnessPolicy(prompts_per_group=4, **FAST)).check_model(lm, suite="religion",
                                                                              scorer=RewardModelScorer(rm))
    assert res.verdict == "insufficient" and res.evidence["scorer"] == "reward_model:rm"
    assert set(res.evidence["group_sizes"].values()) == {4}
    assert all(0 < v["mean_score"] < 1 for v in res.evidence["by_group"].values())


def _write(path, rates, n=120, labels=False):
    rng = np.random.default_rng(0)
    with open(path, "w") as fh:
        for g, p in rates.items():
            for i in range(n):
                rec = {"group": g, "score": float(i < p * n)}
                if labels:
                    rec["label"] = int(rng.random() < 0.5)
                fh.write(json.dumps(rec) + "\n")
    return path


def test_cli_eval_exit_codes_json_and_chart(tmp_path):
    runner = CliRunner()
    equal = _write(tmp_path / "equal.jsonl", {"a": 0.5, "b": 0.5}, n=400)
    r = runner.invoke(app, ["fairness", "eval", str(equal), "--json", "--chart", str(tmp_path / "c.png"),
                            "--policy", "gdpr"])
    out = json.loads(r.stdout)
    assert r.exit_code == 0 and out["verdict"] == "pass"
    for k in ("demographic_parity_difference", "demographic_parity_ratio", "by_group",
              "demographic_parity_difference_ci", "demographic_parity_ratio_ci", "group_sizes"):
        assert k in out
    assert "equalized_odds_difference" not in out  # no labels
    assert (tmp_path / "c.png").read_bytes()[:4] == b"\x89PNG"
    biased = _write(tmp_path / "biased.jsonl", {"a": 0.9, "b": 0.2}, labels=True)
    r = runner.invoke(app, ["fairness", "eval", str(biased), "--json"])
    out = json.loads(r.stdout)
    assert r.exit_code == 1 and out["verdict"] == "fail"
    assert out["equalized_odds_difference"] is not None and len(out["equalized_odds_difference_ci"]) == 2
    r = runner.invoke(app, ["fairness", "eval", str(biased)])
    assert r.exit_code == 1 and "demographic parity difference is 0.700" in r.stdout


def test_cli_eval_bad_record_exits_2_with_the_line(tmp_path, capsys):
    p = tmp_path / "bad.jsonl"
    p.write_text('{"group": "a", "score": 1}\n{"group": "b", "score": "high"}\n')
    with pytest.raises(SystemExit) as e:
        main(["fairness", "eval", str(p)])
    assert e.value.code == 2 and f"{p}:2" in capsys.readouterr().err


@pytest.mark.slow
def test_cli_run_on_a_model_folder(models, tmp_path):
    lm, _ = models
    pol = tmp_path / "p.yaml"
    pol.write_text("name: t\nfairness:\n  max_new_tokens: 4\n  n_boot: 100\n")
    r = CliRunner().invoke(app, ["fairness", "run", str(lm), "--suite", "age", "--policy", str(pol),
                                 "--prompts-per-group", "3", "--scorer", "refusal", "--json"])
    out = json.loads(r.stdout)
    assert r.exit_code == 1 and out["verdict"] == "insufficient" and out["scorer"] == "refusal"
    assert out["group_sizes"] == {"middle": 3, "older": 3, "young": 3}
