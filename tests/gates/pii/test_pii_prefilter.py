"""Patterns tried only at their candidates (``gates/pii/prefilter.py``) find exactly what the pattern finds:
every pattern wrapped by ``fast`` is checked against its own ``finditer`` and ``search`` (spans and every group)
on prose, chats and texts made of its own first letters in mixed case, searched whole and from inside."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from governed_tuning.gates.pii import engine, rescan_independent  # noqa: F401 - every recognizer: WRAPPED complete
from governed_tuning.gates.pii.prefilter import WRAPPED, Prefiltered, fast

ASSETS = Path(__file__).resolve().parents[2] / "assets" / "pii"
# characters that fold onto ASCII letters under re.IGNORECASE (Kelvin sign, long s, dotted and dotless i)
FOLDS = "\u212aſİıß"
FILLER = [" ", "  ", "\t", ", ", ": ", ". ", "\n", "-", "'", "’", "(", "a", "x", "Ab", "12", "é", "ö"]


def _corpus(rx, seed: int, n: int = 120) -> list[str]:
    rng = random.Random(seed)
    words = sorted(rx.prefixes) + ["my name is", "Hi", "passport no.", "Ana", "anna lopez", "je suis", "Dr. Weber",
                                   "born", "DOB", "b.", "aged", "age", "rudolf heintze,"]
    out = []
    for _ in range(n):
        parts = []
        for _ in range(rng.randrange(3, 12)):
            w = rng.choice(words)
            w = "".join(c.upper() if rng.random() < 0.3 else c for c in w)
            if rng.random() < 0.05:
                w += rng.choice(FOLDS)
            parts += [w, rng.choice(FILLER), rng.choice(["Anna", "Kowalski", "maría josé", "ABC123", "x"])]
            parts.append(rng.choice(FILLER))
        out.append("".join(parts))
    return out


def _all(found):
    return [(m.span(), m.groups(), m.groupdict()) for m in found]


@pytest.fixture(scope="module")
def prose() -> list[str]:
    text = (ASSETS / "non_pii.txt").read_text(encoding="utf-8")
    chats = (ASSETS / "heldout_chats.jsonl").read_text(encoding="utf-8")
    return [text, chats[:60_000]]


def test_every_wrapped_pattern_finds_what_it_finds_alone(prose):
    assert len(WRAPPED) >= 2
    for i, f in enumerate(WRAPPED):
        rx = f.rx
        for j, t in enumerate(prose + _corpus(f, i)):
            assert _all(f.finditer(t)) == _all(rx.finditer(t)), (rx.pattern[:60], j)
            rng = random.Random(j)
            for _ in range(3):  # from inside the text: a lookbehind reads before pos in both
                a = rng.randrange(len(t) + 1)
                b = rng.randrange(a, len(t) + 1)
                assert _all(f.finditer(t, a, b)) == _all(rx.finditer(t, a, b)), (rx.pattern[:60], j, a, b)
                got, want = f.search(t, a, b), rx.search(t, a, b)
                assert (got and (got.span(), got.groups())) == (want and (want.span(), want.groups()))


def test_the_first_alternative_that_matches_wins_as_in_re():
    rx = re.compile(r"(?<!\w)(?i:(?P<a>tu)|(?P<b>tu je))[ \t]+(?P<name>[A-Z]\w+)")
    f = fast(rx)
    assert isinstance(f, Prefiltered)
    for t in ["tu je Anna", "TU Anna", "xtu Anna", "tu  je  Anna", "Tu je anna tu Ola"]:
        assert _all(f.finditer(t)) == _all(rx.finditer(t))


def test_case_folds_are_candidates_too():
    rx = re.compile(r"(?i)\bkim[ \t]+\w+")
    f = fast(rx)
    t = "\u212aIM Lee and ſome KIM Park"
    assert _all(f.finditer(t)) == _all(rx.finditer(t)) and len(list(f.finditer(t))) == 2


def test_patterns_it_cannot_read_ahead_are_left_alone():
    empty = re.compile(r"(?i)(?:hello)?")
    assert fast(empty) is empty  # an empty match
    wide = re.compile(r"\w+ says")
    assert fast(wide) is wide  # no prefix to list
