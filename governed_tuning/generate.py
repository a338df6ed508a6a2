"""Generation from a local model folder, for the fairness gate's counterfactual prompts.

Small and repeatable on CPU: batched, left-padded, greedy by default (or sampled with a fixed seed), the
tokenizer's chat template when it has one. Nothing is downloaded (``local_files_only``); outputs are returned,
never logged.

:class:`Generator` loads the model once and generates batch after batch: the Ray engine keeps one per actor.
A batch's outputs depend only on its prompts and its index (sampling is seeded with ``seed + index``), never on
which process generated the batches before it: the engines give the same outputs for the same prompts.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from .errors import ConfigError


class Generator:
    """A causal LM loaded once from a local folder, on the GPU when there is one."""

    def __init__(self, model_dir: str | Path):
        import torch
        from transformers import AutoModelForCausalLM, AutoTokenizer

        model_dir = Path(model_dir)
        if not (model_dir / "config.json").is_file():
            raise ConfigError(f"{model_dir}: not a model folder (no config.json); expected a causal LM saved with "
                              "save_pretrained")
        self.tok = tok = AutoTokenizer.from_pretrained(model_dir, local_files_only=True)
        self.model = AutoModelForCausalLM.from_pretrained(model_dir, local_files_only=True)
        self.device = "cuda" if torch.cuda.is_available() else "cpu"  # a GPU is used when present
        self.model.to(self.device).eval()
        tok.padding_side = "left"
        if tok.pad_token is None:
            tok.pad_token = tok.eos_token

    def texts(self, prompts: Sequence[str]) -> tuple[list[str], bool]:
        """The prompts as the model reads them (its chat template when it has one) and whether the tokenizer
        adds its special tokens."""
        tok = self.tok
        if getattr(tok, "chat_template", None):
            return [tok.apply_chat_template([{"role": "user", "content": p}], add_generation_prompt=True,
                                            tokenize=False) for p in prompts], False
        return list(prompts), True

    def batch(self, prompts: Sequence[str], *, index: int = 0, max_new_tokens: int = 24, do_sample: bool = False,
              seed: int = 0) -> list[str]:
        """The outputs for one batch of prompts; ``index``: the batch's position in the whole run (its seed)."""
        import torch

        tok = self.tok
        texts, add_special = self.texts(prompts)
        with torch.random.fork_rng(devices=[0] if self.device == "cuda" else []), torch.no_grad():
            torch.manual_seed(seed + index)
            enc = tok(texts, return_tensors="pt", padding=True, add_special_tokens=add_special).to(self.device)
            out = self.model.generate(**enc, max_new_tokens=max_new_tokens, do_sample=do_sample,
                                      pad_token_id=tok.pad_token_id)
            new = out[:, enc["input_ids"].shape[1]:]
            return tok.batch_decode(new, skip_special_tokens=True)


def batches(prompts: Sequence[str], batch_size: int) -> list[list[str]]:
    """The prompts cut into the batches every engine generates (the same cut gives the same padding)."""
    return [list(prompts[i:i + batch_size]) for i in range(0, len(prompts), batch_size)]


def generate(model_dir: str | Path, prompts: Sequence[str], *, max_new_tokens: int = 24, do_sample: bool = False,
             seed: int = 0, batch_size: int = 16) -> list[str]:
    gen = Generator(model_dir)
    outputs: list[str] = []
    for i, part in enumerate(batches(prompts, batch_size)):
        outputs.extend(gen.batch(part, index=i, max_new_tokens=max_new_tokens, do_sample=do_sample, seed=seed))
    return outputs
