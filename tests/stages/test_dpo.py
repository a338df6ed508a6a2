from governed_tuning.stages import dpo


def test_dpo_records_reward_margins(tiny, make_input):
    root, base, _ = tiny
    res = dpo.train(make_input(root, "pref.jsonl", base, "dpo", args={"max_length": 64, "max_steps": 3}))
    curve = res.metrics["rewards/margins_curve"]
    assert len(curve) == 3 and curve[-1] > curve[0]
    assert res.inputs[0].path == "pref.jsonl"
