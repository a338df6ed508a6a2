"""A tiny base model, a tiny reward model and small JSONL datasets shared by the stage tests."""

import json

import pytest

from governed_tuning.stages.common import StageInput
from governed_tuning.tinymodel import build_tiny_model, build_tiny_reward_model


@pytest.fixture(scope="module")
def tiny(tmp_path_factory):
    root = tmp_path_factory.mktemp("stages")
    base = build_tiny_model(root / "base", seed=0)
    reward = build_tiny_reward_model(root / "reward", seed=0)
    sets = {
        "pc": [{"prompt": f"user: question {i}\nassistant: ", "completion": f"answer {i}, glad to help"}
               for i in range(8)],
        "pref": [{"prompt": f"question {i}", "chosen": "Happy to help with that.", "rejected": "No."}
                 for i in range(8)],
        "prompts": [{"prompt": f"question {i}"} for i in range(8)],
    }
    for name, recs in sets.items():
        (root / f"{name}.jsonl").write_text("".join(json.dumps(r) + "\n" for r in recs))
    return root, base, reward


def _make_input(root, dataset, model, out, **kw):
    args = {"max_steps": 2, "per_device_train_batch_size": 4, "learning_rate": 1e-3, **kw.pop("args", {})}
    return StageInput(run_dir=root, dataset=root / dataset, model=str(model), out_dir=root / "models" / out,
                      args=args, **kw)


@pytest.fixture
def make_input():
    """Build a StageInput with tiny TRL args (2 steps, batch 4) unless ``args`` says otherwise."""
    return _make_input
