"""Reinforcement learning from the trained reward model: TRL ``RLOOTrainer`` (or ``GRPOTrainer``).

The reward function is the reward stage's model folder, which TRL loads as a sequence classifier. Records
hold ``prompt``. Recorded metrics: reward, KL to the reference (when beta > 0), loss.
"""

from __future__ import annotations

from typing import Literal

from ..errors import ConfigError
from .common import (
    StageInput,
    StageResult,
    load_dataset_exact,
    load_tokenizer,
    peft_config,
    require_columns,
    train_and_save,
    trl_config,
)

# The fields a record needs (any one of these sets); the run checks them before anything trains.
COLUMNS: list[tuple[str, ...]] = [("prompt",)]


def config_class(algorithm: str | None = "rloo") -> type:
    """The TRL config class of ``algorithm`` (the run checks the stage's ``args`` with it before training)."""
    from trl import GRPOConfig, RLOOConfig

    return RLOOConfig if algorithm in (None, "rloo") else GRPOConfig


def train(inp: StageInput, algorithm: Literal["rloo", "grpo"] = "rloo") -> StageResult:
    from trl import GRPOTrainer, RLOOTrainer

    if inp.reward_model is None:
        raise ConfigError("an rl stage needs a reward model (reward_model: the name of an earlier reward stage)")
    ds, art = load_dataset_exact(inp)
    require_columns(ds, inp.dataset, "rl", COLUMNS)
    trainer_cls = RLOOTrainer if algorithm == "rloo" else GRPOTrainer
    args, recorded = trl_config(config_class(algorithm), inp)
    recorded["algorithm"] = algorithm
    reward_tok = load_tokenizer(str(inp.reward_model))
    trainer = trainer_cls(model=inp.model, reward_funcs=str(inp.reward_model), args=args, train_dataset=ds,
                          processing_class=load_tokenizer(inp.model), reward_processing_classes=reward_tok,
                          peft_config=peft_config(inp))
    return train_and_save(trainer, inp, recorded, [art], keep=("loss", "reward", "reward_std", "kl", "entropy"),
                          not_counted=("generating the completions (forward passes only: about 2 x parameters per "
                                       "generated token)", "scoring the completions with the reward model",
                                       "the reference model's forward passes, when the KL term is on (beta above 0)"))
