import pytest

from governed_tuning.errors import ConfigError
from governed_tuning.stages import rl

RL_ARGS = {"num_generations": 2, "max_completion_length": 6}


@pytest.mark.parametrize("algorithm", ["rloo", "grpo"])
def test_rl_uses_the_reward_model_as_reward_function(tiny, algorithm, make_input):
    root, base, reward = tiny
    res = rl.train(make_input(root, "prompts.jsonl", base, f"rl-{algorithm}", args=RL_ARGS, reward_model=reward),
                   algorithm=algorithm)
    assert res.trl_args["algorithm"] == algorithm
    assert len(res.metrics["reward_curve"]) == 2
    if algorithm == "rloo":  # RLOO's default beta > 0 logs the KL to the reference; GRPO's default beta is 0
        assert len(res.metrics["kl_curve"]) == 2
    assert any(a.path.endswith("model.safetensors") for a in res.outputs)


def test_rl_without_reward_model_is_a_config_error(tiny, make_input):
    root, base, _ = tiny
    with pytest.raises(ConfigError, match="needs a reward model"):
        rl.train(make_input(root, "prompts.jsonl", base, "rl-none", args=RL_ARGS))
