"""Reward model: TRL ``RewardTrainer`` on preference records (prompt?, chosen, rejected).

Starts from a causal LM folder; TRL loads it as ``AutoModelForSequenceClassification`` with one label.
Recorded metrics: loss, accuracy (chosen scored above rejected) and the reward margin.
"""

from __future__ import annotations

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
COLUMNS: list[tuple[str, ...]] = [("chosen", "rejected")]


def config_class(algorithm: str | None = None) -> type:
    """The TRL config class this stage passes its ``args`` to (the run checks them with it before training)."""
    from trl import RewardConfig

    return RewardConfig


def train(inp: StageInput) -> StageResult:
    from trl import RewardTrainer

    ds, art = load_dataset_exact(inp)
    require_columns(ds, inp.dataset, "reward", COLUMNS)
    args, recorded = trl_config(config_class(), inp)
    trainer = RewardTrainer(model=inp.model, args=args, train_dataset=ds, processing_class=load_tokenizer(inp.model),
                            peft_config=peft_config(inp, "SEQ_CLS"))
    return train_and_save(trainer, inp, recorded, [art], keep=("loss", "accuracy", "margin", "mean_reward"))
