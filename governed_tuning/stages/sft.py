"""Supervised fine-tuning: TRL ``SFTTrainer`` on prompt/completion, chat ``messages`` or ``text`` records."""

from __future__ import annotations

from .common import StageInput, StageResult, load_dataset_exact, load_tokenizer, peft_config, require_columns, \
    train_and_save, trl_config


def train(inp: StageInput) -> StageResult:
    from trl import SFTConfig, SFTTrainer

    ds, art = load_dataset_exact(inp)
    require_columns(ds, inp.dataset, "sft", [("prompt", "completion"), ("messages",), ("text",)])
    args, recorded = trl_config(SFTConfig, inp)
    trainer = SFTTrainer(model=inp.model, args=args, train_dataset=ds, processing_class=load_tokenizer(inp.model),
                         peft_config=peft_config(inp))
    return train_and_save(trainer, inp, recorded, [art], keep=("loss", "mean_token_accuracy"))
