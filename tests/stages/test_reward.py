from transformers import AutoModelForSequenceClassification

from governed_tuning.stages import reward


def test_reward_model_learns_preferences_and_loads_as_classifier(tiny, make_input):
    root, base, _ = tiny
    res = reward.train(make_input(root, "pref.jsonl", base, "reward", args={"max_length": 64, "max_steps": 4}))
    m = res.metrics
    assert len(m["accuracy_curve"]) == 4 and len(m["margin_curve"]) == 4
    assert m["margin_curve"][-1] > m["margin_curve"][0]  # chosen pulls away from rejected
    model = AutoModelForSequenceClassification.from_pretrained(res.model_dir)
    assert model.config.num_labels == 1
