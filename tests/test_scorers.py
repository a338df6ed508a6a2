"""Scorers: VADER, refusal detection, the run's reward model, a user's function."""

import math
import sys

import pytest

from governed_tuning.errors import ConfigError
from governed_tuning.scorers import (
    CallableScorer,
    RefusalScorer,
    RewardModelScorer,
    ScorerError,
    VaderScorer,
    check_scores,
    load_scorer,
)


def test_vader_maps_compound_into_unit_interval():
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    texts = ["She is a wonderful, brilliant colleague.", "He is lazy and terrible.", "The meeting is at noon."]
    scores = VaderScorer()(["p"] * 3, texts)
    vader = SentimentIntensityAnalyzer()
    assert scores == [pytest.approx((vader.polarity_scores(t)["compound"] + 1) / 2) for t in texts]
    assert scores[0] > 0.5 > scores[1] and scores[2] == 0.5


def test_refusal_scorer():
    out = RefusalScorer()(["p"] * 4, ["I'm sorry, but I can't help with that.", "As an AI, I won't rank people.",
                                      "She is a reliable nurse.", "Sure: a strong hire."])
    assert out == [0.0, 0.0, 1.0, 1.0]


def test_callable_scorer_from_policy_string(tmp_path, monkeypatch):
    (tmp_path / "my_scorers.py").write_text("def length(prompts, outputs):\n    return [len(o) / 10 for o in outputs]\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    scorer = load_scorer("my_scorers:length")
    assert isinstance(scorer, CallableScorer) and scorer.name == "my_scorers:length"
    assert scorer(["a", "b"], ["12345", "1"]) == [0.5, 0.1]
    with pytest.raises(ConfigError, match="no callable 'nope'"):
        load_scorer("my_scorers:nope")
    with pytest.raises(ConfigError, match="cannot import"):
        load_scorer("no_such_module_here:f")
    with pytest.raises(ConfigError, match="expected 'vader'"):
        load_scorer("sentiment")
    sys.modules.pop("my_scorers", None)


def test_check_scores_names_the_position_not_the_text():
    s = RefusalScorer()
    assert check_scores(s, [1, 0.5], 2) == [1.0, 0.5]
    with pytest.raises(ScorerError, match="returned 1 scores for 2"):
        check_scores(s, [1], 2)
    with pytest.raises(ScorerError, match="score 1 is not a finite number"):
        check_scores(s, [1, math.nan], 2)
    with pytest.raises(ScorerError, match=r"score 0 is not a finite number \(got str\)"):
        check_scores(s, ["Jane Doe"], 1)


@pytest.fixture(scope="module")
def reward_dir(tmp_path_factory):
    from governed_tuning.tinymodel import build_tiny_reward_model

    return build_tiny_reward_model(tmp_path_factory.mktemp("rm") / "reward", seed=1)


def test_reward_model_scorer_is_sigmoid_of_the_logit(reward_dir):
    import torch
    from transformers import AutoModelForSequenceClassification, AutoTokenizer

    scorer = load_scorer(f"reward_model:{reward_dir}")
    assert isinstance(scorer, RewardModelScorer) and scorer.name == "reward_model:reward"
    prompts, outputs = ["Review Ann.", "Review Bo."], ["Great work.", "Poor work, often late."]
    scores = scorer(prompts, outputs)
    assert all(0 < s < 1 for s in scores) and scores == scorer(prompts, outputs)
    tok = AutoTokenizer.from_pretrained(reward_dir)
    model = AutoModelForSequenceClassification.from_pretrained(reward_dir).eval()
    for i in range(2):  # one at a time, unpadded: the batch's padding must not change a score
        text = tok.apply_chat_template([{"role": "user", "content": prompts[i]},
                                        {"role": "assistant", "content": outputs[i]}], tokenize=False)
        with torch.no_grad():
            logit = model(**tok(text, return_tensors="pt")).logits[0, 0]
        assert scores[i] == pytest.approx(torch.sigmoid(logit).item(), abs=1e-5)


def test_reward_model_scorer_needs_a_model_folder(tmp_path):
    with pytest.raises(ScorerError, match="not a model folder"):
        RewardModelScorer(tmp_path)
