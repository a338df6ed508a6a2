"""Direct preference optimisation: TRL ``DPOTrainer`` on preference records (prompt, chosen, rejected)."""

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
COLUMNS: list[tuple[str, ...]] = [("prompt", "chosen", "rejected")]


def config_class(algorithm: str | None = None) -> type:
    """The TRL config class this stage passes its ``args`` to (the run checks them with it before training)."""
    from trl import DPOConfig

    return DPOConfig


def train(inp: StageInput) -> StageResult:
    from trl import DPOTrainer

    ds, art = load_dataset_exact(inp)
    require_columns(ds, inp.dataset, "dpo", COLUMNS)
    args, recorded = trl_config(config_class(), inp)
    trainer = DPOTrainer(model=inp.model, args=args, train_dataset=ds, processing_class=load_tokenizer(inp.model),
                         peft_config=peft_config(inp))
    return train_and_save(trainer, inp, recorded, [art],
                          keep=("loss", "rewards/margins", "rewards/accuracies", "rewards/chosen", "rewards/rejected"),
                          not_counted=("the frozen reference model's forward passes (about 2 x parameters per "
                                       "token)",))
