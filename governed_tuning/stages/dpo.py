"""Direct preference optimisation: TRL ``DPOTrainer`` on preference records (prompt, chosen, rejected)."""

from __future__ import annotations

from .common import StageInput, StageResult, load_dataset_exact, load_tokenizer, peft_config, require_columns, \
    train_and_save, trl_config


def train(inp: StageInput) -> StageResult:
    from trl import DPOConfig, DPOTrainer

    ds, art = load_dataset_exact(inp)
    require_columns(ds, inp.dataset, "dpo", [("prompt", "chosen", "rejected")])
    args, recorded = trl_config(DPOConfig, inp)
    trainer = DPOTrainer(model=inp.model, args=args, train_dataset=ds, processing_class=load_tokenizer(inp.model),
                         peft_config=peft_config(inp))
    return train_and_save(trainer, inp, recorded, [art],
                          keep=("loss", "rewards/margins", "rewards/accuracies", "rewards/chosen", "rewards/rejected"))
