"""Canaries (Carlini et al., "The Secret Sharer", USENIX Security 2019): random secrets of one fixed format that
the run adds to a stage's training data, so that what the model learnt about them can be measured afterwards.

The format is a fixed prefix and ``digits`` random decimal digits separated by spaces ("my account number is 4 8
1 5 ..."): a space R of ``10**digits`` candidates. The digits come from :mod:`secrets`, not from a seeded
generator: a seed in the record would give them away. They live in memory for the run only (never in a file,
a log, the evidence or an exception: ``repr`` shows the commitment) and are recorded as commitments,
``sha256(nonce || canary)`` with a 32-byte random nonce that is discarded, because a plain digest of a value
from a space of 10**9 is searched in seconds. They are random, not personal: the only values a run adds.
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from ...errors import ConfigError

COMMITMENT = "sha256(32-byte random nonce || canary text), nonce discarded after the run"
TEXT_SHAPES = ("prompt/completion", "messages", "text")


@dataclass(frozen=True)
class CanaryFormat:
    """The fixed format every canary and every candidate share: ``prefix`` then ``digits`` spaced digits."""

    prefix: str
    digits: int

    @property
    def space_size(self) -> int:
        """|R|, the number of possible canaries."""
        return 10 ** self.digits

    def render(self, number: int) -> str:
        """The secret part for ``number`` in [0, |R|): its digits, zero-padded, separated by spaces."""
        return " ".join(f"{number:0{self.digits}d}")

    def random(self, rng: Any = None) -> str:
        """A uniformly random secret part (``rng``: a ``random.Random`` for candidates; default: ``secrets``)."""
        n = secrets.randbelow(self.space_size) if rng is None else rng.randrange(self.space_size)
        return self.render(n)

    def every(self) -> Iterator[str]:
        """Every member of R, in order (only sensible for small spaces, where the rank is computed exactly)."""
        return (self.render(n) for n in range(self.space_size))


@dataclass(frozen=True, repr=False)
class Canary:
    """One inserted canary: its secret part (memory only), how often it was inserted, and its commitment."""

    secret: str = field(repr=False)
    repetitions: int
    commitment: str

    def __repr__(self) -> str:  # never the secret
        return f"Canary(repetitions={self.repetitions}, commitment={self.commitment[:12]}...)"

    __str__ = __repr__


def commit(text: str) -> str:
    """A hiding commitment to ``text``: sha256 over a fresh random nonce and the text; the nonce is dropped."""
    return hashlib.sha256(secrets.token_bytes(32) + text.encode("utf-8")).hexdigest()


@dataclass(repr=False)
class CanarySet:
    """The canaries of one run: the format, the canaries, and where they were inserted (stage names)."""

    fmt: CanaryFormat
    canaries: list[Canary]
    inserted_into: list[str] = field(default_factory=list)
    shape: str = "prompt/completion"  # the record shape they were inserted as (how they are scored)

    def __repr__(self) -> str:
        return f"CanarySet({len(self.canaries)} canaries, inserted into {self.inserted_into})"

    @property
    def records_added(self) -> int:
        return sum(c.repetitions for c in self.canaries)

    def forget(self) -> None:
        """Drop the secrets once the gate has measured them (the commitments stay in the evidence)."""
        self.canaries = [Canary(secret="", repetitions=c.repetitions, commitment=c.commitment) for c in self.canaries]


def new_canaries(fmt: CanaryFormat, repetitions: Sequence[int], per_count: int = 1) -> CanarySet:
    """``per_count`` distinct random canaries for each repetition count (all distinct from each other)."""
    if fmt.space_size < 10 * per_count * len(repetitions):
        raise ConfigError(f"memorisation.canary_digits: {fmt.digits} digits leave too few possible canaries for "
                          f"{per_count * len(repetitions)} distinct ones; use more digits")
    seen: set[str] = set()
    out = []
    for reps in repetitions:
        for _ in range(per_count):
            secret = fmt.random()
            while secret in seen:
                secret = fmt.random()
            seen.add(secret)
            out.append(Canary(secret=secret, repetitions=int(reps), commitment=commit(secret)))
    return CanarySet(fmt=fmt, canaries=out)


def record_shape(columns: Sequence[str]) -> str | None:
    """Which of the text shapes the SFT stage reads a dataset with these columns has; None: none of them."""
    cols = set(columns)
    if {"prompt", "completion"} <= cols:
        return "prompt/completion"
    if "messages" in cols:
        return "messages"
    if "text" in cols:
        return "text"
    return None


def canary_record(fmt: CanaryFormat, secret: str, columns: Sequence[str]) -> dict[str, Any]:
    """A training record holding one canary, shaped like the dataset's records (other columns are None)."""
    shape = record_shape(columns)
    rec: dict[str, Any] = {c: None for c in columns}
    if shape == "prompt/completion":
        rec.update(prompt=fmt.prefix, completion=" " + secret)
    elif shape == "messages":
        rec["messages"] = [{"role": "user", "content": fmt.prefix}, {"role": "assistant", "content": secret}]
    elif shape == "text":
        rec["text"] = f"{fmt.prefix} {secret}"
    else:
        raise ConfigError(f"canaries go into records of shape {', '.join(TEXT_SHAPES)}; the dataset's columns are "
                          f"{', '.join(columns)}")
    return rec


def canary_records(cs: CanarySet, columns: Sequence[str]) -> list[dict[str, Any]]:
    """Every canary record, each repeated as often as its canary asks (the trainer shuffles them in)."""
    return [canary_record(cs.fmt, c.secret, columns) for c in cs.canaries for _ in range(c.repetitions)]


@dataclass(frozen=True)
class ScoringContext:
    """How a candidate is scored: ``prompt + separator + secret``, given ``prompt``, tokenised as the SFT stage
    tokenised the canary record (TRL: the prompt, then prompt plus completion; the completion starts where the two
    token lists diverge). ``special_tokens``: whether the tokenizer adds its special tokens (plain text does; a
    rendered chat template already holds them)."""

    prompt: str
    separator: str
    special_tokens: bool


def scoring_context(fmt: CanaryFormat, shape: str, tokenizer: Any) -> ScoringContext:
    """The context the canaries of ``fmt`` were trained in, for a dataset of ``shape``."""
    if shape == "messages" and getattr(tokenizer, "chat_template", None):
        prompt = tokenizer.apply_chat_template([{"role": "user", "content": fmt.prefix}], add_generation_prompt=True,
                                               tokenize=False)
        return ScoringContext(prompt=prompt, separator="", special_tokens=False)
    return ScoringContext(prompt=fmt.prefix, separator=" ", special_tokens=True)


def columns_of(records: Sequence[Mapping[str, Any]]) -> list[str]:
    """The columns of a list of records, in first-seen order."""
    return list(dict.fromkeys(k for r in records for k in r))
