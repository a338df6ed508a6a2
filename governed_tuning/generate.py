"""Generation from a local model folder, for the fairness gate's counterfactual prompts.

Small and repeatable on CPU: batched, left-padded, greedy by default (or sampled with a fixed seed), the
tokenizer's chat template when it has one. Nothing is downloaded (``local_files_only``); outputs are returned,
never logged.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from .errors import ConfigError


def generate(model_dir: str | Path, prompts: Sequence[str], *, max_new_tokens: int = 24, do_sample: bool = False,
             seed: int = 0, batch_size: int = 16) -> list[str]:
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    model_dir = Path(model_dir)
    if not (model_dir / "config.json").is_file():
        raise ConfigError(f"{model_dir}: not a model folder (no config.json); expected a causal LM saved with "
                          "save_pretrained")
    tok = AutoTokenizer.from_pretrained(model_dir, local_files_only=True)
    model = AutoModelForCausalLM.from_pretrained(model_dir, local_files_only=True)
    device = "cuda" if torch.cuda.is_available() else "cpu"  # a GPU is used when present
    model.to(device).eval()
    tok.padding_side = "left"
    if tok.pad_token is None:
        tok.pad_token = tok.eos_token
    if getattr(tok, "chat_template", None):
        texts = [tok.apply_chat_template([{"role": "user", "content": p}], add_generation_prompt=True,
                                         tokenize=False) for p in prompts]
        add_special = False
    else:
        texts, add_special = list(prompts), True
    outputs: list[str] = []
    with torch.random.fork_rng(devices=[0] if device == "cuda" else []), torch.no_grad():
        torch.manual_seed(seed)
        for i in range(0, len(texts), batch_size):
            enc = tok(texts[i:i + batch_size], return_tensors="pt", padding=True,
                      add_special_tokens=add_special).to(device)
            out = model.generate(**enc, max_new_tokens=max_new_tokens, do_sample=do_sample,
                                 pad_token_id=tok.pad_token_id)
            new = out[:, enc["input_ids"].shape[1]:]
            outputs.extend(tok.batch_decode(new, skip_special_tokens=True))
    return outputs
