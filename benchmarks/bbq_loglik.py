"""BBQ answering speed: our shared-prompt log-likelihood scoring against the usual one-sequence-per-option way.

What a user would otherwise write (as lm-evaluation-harness does for multiple choice): each option is scored as
its own sequence, prompt plus option, so every item's prompt runs three times. Ours runs each prompt once and
lets the three options share its key/value cache (``LogLikelihoodAnswerer``). Both score the same items with
the same model; the benchmark checks that they pick the same options and reports the time of each and the ratio.

    python benchmarks/bbq_loglik.py [--model DIR] [--sets-per-category N] [--batch-size B]

Without ``--model`` it builds the tiny local model of the tests (byte-level, so prompts are long: the case
where sharing the prompt matters most). One run; other jobs on the machine move absolute times, not the ratio
much.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

import numpy as np


def naive_loglikelihoods(model_dir: Path, items, batch_size: int) -> np.ndarray:
    """One sequence per option (prompt + option), left-padded batches, full logits: the usual way."""
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    from governed_tuning.gates.fairness.bbq import prompt_text

    tok = AutoTokenizer.from_pretrained(model_dir, local_files_only=True)
    model = AutoModelForCausalLM.from_pretrained(model_dir, local_files_only=True).eval()
    pad = tok.pad_token_id if tok.pad_token_id is not None else 0
    limit = getattr(model.config, "max_position_embeddings", None) or 10**9
    seqs = []
    for it in items:
        ctx = tok(prompt_text(it))["input_ids"]
        conts = [tok(" " + o, add_special_tokens=False)["input_ids"] for o in it.options]
        over = len(ctx) + max(len(c) for c in conts) - limit
        ctx = ctx[over:] if over > 0 else ctx
        seqs += [(ctx + c, len(c)) for c in conts]
    out = np.zeros(len(seqs))
    order = sorted(range(len(seqs)), key=lambda k: len(seqs[k][0]))
    with torch.no_grad():
        for b in range(0, len(order), batch_size):
            batch = [seqs[k] for k in order[b:b + batch_size]]
            width = max(len(s) for s, _ in batch)
            ids = torch.full((len(batch), width), pad, dtype=torch.long)
            mask = torch.zeros((len(batch), width), dtype=torch.long)
            for r, (s, _) in enumerate(batch):
                ids[r, width - len(s):] = torch.tensor(s)
                mask[r, width - len(s):] = 1
            pos = (mask.cumsum(1) - 1).clamp(min=0)
            logp = torch.log_softmax(model(input_ids=ids, attention_mask=mask, position_ids=pos).logits.float(), -1)
            for r, (s, c) in enumerate(batch):
                target = torch.tensor(s[-c:])
                out[order[b + r]] = float(logp[r, width - c - 1:width - 1].gather(1, target[:, None]).sum())
    return out.reshape(len(items), 3)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", type=Path, help="a causal LM folder (default: the tests' tiny model)")
    ap.add_argument("--sets-per-category", type=int, default=20)
    ap.add_argument("--batch-size", type=int, default=16)
    args = ap.parse_args()

    from governed_tuning.gates.fairness.bbq import LogLikelihoodAnswerer, load_bbq
    from governed_tuning.progress import quiet_libraries

    quiet_libraries()
    with tempfile.TemporaryDirectory() as tmp:
        model = args.model
        if model is None:
            from governed_tuning.tinymodel import build_tiny_model

            model = build_tiny_model(Path(tmp) / "tiny", seed=0)
        items, src = load_bbq(per_category=args.sets_per_category, seed=0)
        ours = LogLikelihoodAnswerer(model, batch_size=args.batch_size)
        t0 = time.perf_counter()
        ll_ours = ours.loglikelihoods(items)
        t_ours = time.perf_counter() - t0
        t0 = time.perf_counter()
        ll_naive = naive_loglikelihoods(Path(model), items, args.batch_size)
        t_naive = time.perf_counter() - t0
    same = float((ll_ours.argmax(1) == ll_naive.argmax(1)).mean())
    print(f"{src.package} {src.version}: {src.n_question_sets} question sets, {len(items)} items, "
          f"{3 * len(items)} options; model {Path(model).name}; batch size {args.batch_size}")
    print(f"one sequence per option : {t_naive:7.1f} s")
    print(f"shared prompt (ours)    : {t_ours:7.1f} s   ({t_naive / t_ours:.1f}x faster)")
    print(f"same answer on {same:.1%} of items; largest log-likelihood difference "
          f"{float(np.abs(ll_ours - ll_naive).max()):.2e}")


if __name__ == "__main__":
    main()
