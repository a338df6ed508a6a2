"""Exposure (Carlini et al., "The Secret Sharer", USENIX Security 2019, sections 4.2-4.3): how much more likely
the trained model finds a canary than the other members of its format's space R.

``exposure(s) = log2 |R| - log2 rank(s)``, where ``rank(s) = |{r in R : Px(r) <= Px(s)}|`` and ``Px`` is the
log-perplexity (here in bits: ``-log2 P(secret | prefix)`` under the model, summed over the secret's tokens).
A canary the model has not learnt has a uniform rank (exposure about 1.4 bits on average); one it has learnt
by heart has rank 1 and the full ``log2 |R|`` (29.9 bits for 9 digits).

R has 10**9 members, too many to score, so as the paper does we *estimate* the rank from ``m`` candidates drawn
uniformly from R: ``rank ~ 1 + (|R| - 1) * c / m``, ``c`` the candidates at or below the canary's log-perplexity.
When R is small enough the whole space is scored instead (``m = |R| - 1``, every other member) and the rank is
exact; the test suite checks this against a direct computation. A sample resolves exposures up to about
``log2 m``: when no candidate is at or below the canary (``c = 0``), we use the paper's extrapolation, a
skew-normal fitted to the candidates' log-perplexities (``exposure ~ -log2 CDF(Px(s))``), never below what the
sample itself shows.
"""

from __future__ import annotations

import math
import random
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from .canaries import CanaryFormat, ScoringContext

LN2 = math.log(2)
LOGITS_BUDGET = 50_000_000  # floats of logits per forward batch (keeps a large vocabulary within memory)


def _common_prefix(a: Sequence[int], b: Sequence[int]) -> int:
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n


def log_perplexities(model: Any, tokenizer: Any, ctx: ScoringContext, secrets_: Sequence[str],
                     batch_size: int = 256) -> np.ndarray:
    """``-log2 P(separator + secret | prompt)`` under ``model`` for each secret, in bits.

    Tokenised as TRL's SFT stage tokenises a prompt/completion record: the prompt, then prompt plus completion;
    the completion's tokens are those after the two lists' common prefix."""
    import torch

    device = next(model.parameters()).device
    prompt_ids = tokenizer(ctx.prompt, add_special_tokens=ctx.special_tokens)["input_ids"]
    seqs, starts = [], []
    for s in secrets_:
        ids = tokenizer(ctx.prompt + ctx.separator + s, add_special_tokens=ctx.special_tokens)["input_ids"]
        seqs.append(ids)
        starts.append(max(1, _common_prefix(prompt_ids, ids)))  # the first token has nothing to be predicted from
    out: np.ndarray = np.empty(len(seqs), dtype=np.float64)
    if not seqs:
        return out
    longest = max(len(s) for s in seqs)
    vocab = int(getattr(model.config, "vocab_size", 50_000) or 50_000)
    step = max(1, min(batch_size, LOGITS_BUDGET // max(1, longest * vocab)))
    pad = tokenizer.pad_token_id if tokenizer.pad_token_id is not None else 0
    with torch.no_grad():
        for b0 in range(0, len(seqs), step):
            batch = seqs[b0:b0 + step]
            width = max(len(s) for s in batch)
            ids = torch.full((len(batch), width), pad, dtype=torch.long)
            mask = torch.zeros((len(batch), width), dtype=torch.long)
            for i, s in enumerate(batch):  # right padding: positions of the real tokens stay 0..n-1
                ids[i, :len(s)] = torch.tensor(s, dtype=torch.long)
                mask[i, :len(s)] = 1
            logits = model(input_ids=ids.to(device), attention_mask=mask.to(device)).logits.float()
            logp = torch.log_softmax(logits[:, :-1], dim=-1)
            tok_lp = logp.gather(-1, ids[:, 1:].to(device).unsqueeze(-1)).squeeze(-1).cpu().numpy()
            for i, s in enumerate(batch):
                st = starts[b0 + i]
                out[b0 + i] = -float(tok_lp[i, st - 1:len(s) - 1].sum()) / LN2
    return out


def candidates(fmt: CanaryFormat, m: int, seed: int) -> tuple[list[str], bool]:
    """``(candidates, enumerated)``: every member of R when it has at most ``m + 1`` members (exact ranks), else
    ``m`` members drawn uniformly with replacement (seeded: the candidates are not secret)."""
    if fmt.space_size <= m + 1:
        return list(fmt.every()), True
    rng = random.Random(seed)
    return [fmt.random(rng) for _ in range(m)], False


@dataclass(frozen=True)
class ExposureEstimate:
    """One canary's exposure, with the figures behind it."""

    log_perplexity: float  # bits
    at_or_below: int  # candidates (other than the canary) at or below its log-perplexity
    n_candidates: int  # m
    rank: float  # estimated (exact when enumerated)
    exposure: float  # the value the gate judges
    exposure_sampled: float  # log2|R| - log2(rank) from the sample alone
    exposure_fit: float | None  # skew-normal extrapolation
    method: str  # enumerated | sampled | extrapolated


def skewnorm_params(values: np.ndarray) -> tuple[float, float, float] | None:
    """A skew-normal fitted to the candidates' log-perplexities (the paper's distribution model); None if flat."""
    if values.size < 20 or float(np.std(values)) == 0.0:
        return None
    from scipy.stats import skewnorm

    a, loc, scale = skewnorm.fit(values)
    return float(a), float(loc), float(scale)


def fit_exposure(lp: float, params: tuple[float, float, float] | None, log2_space: float) -> float | None:
    """``-log2 CDF(lp)`` under the fitted skew-normal, within [0, log2|R|]."""
    if params is None:
        return None
    from scipy.stats import skewnorm

    logcdf = float(skewnorm.logcdf(lp, *params))
    if math.isnan(logcdf):
        return None
    return min(max(-logcdf / LN2, 0.0), log2_space)


def estimate(lp: float, cand: np.ndarray, space_size: int, enumerated: bool,
             params: tuple[float, float, float] | None, own: np.ndarray | None = None) -> ExposureEstimate:
    """The exposure of a canary with log-perplexity ``lp`` given the candidates' ``cand``.

    ``own``: a boolean mask of candidates that *are* this canary (left out of the count; only an enumeration
    holds it for certain)."""
    keep = cand if own is None else cand[~own]
    m = int(keep.size) if not enumerated else space_size - 1
    c = int(np.count_nonzero(keep <= lp))
    log2_space = math.log2(space_size)
    rank = 1.0 + (space_size - 1) * c / max(m, 1)
    sampled = log2_space - math.log2(rank)
    fit = fit_exposure(lp, params, log2_space)
    if enumerated:
        value, method = sampled, "enumerated"
    elif c > 0:
        value, method = sampled, "sampled"
    else:  # the canary beats every sampled candidate: the sample shows about log2(m); extrapolate beyond it
        floor = log2_space - math.log2(1.0 + (space_size - 1) / max(m, 1))
        value, method = max(floor, fit if fit is not None else floor), "extrapolated"
    return ExposureEstimate(log_perplexity=lp, at_or_below=c, n_candidates=m, rank=rank, exposure=value,
                            exposure_sampled=sampled, exposure_fit=fit, method=method)


def resolution(m: int) -> float:
    """The largest exposure a sample of ``m`` candidates shows by itself (about log2 m)."""
    return math.log2(m + 1)
