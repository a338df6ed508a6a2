"""A pattern searched only on the lines that can hold a match: the same matches as ``finditer``, less time.

Why: many recognizers' patterns open with a lookbehind or a case-blind alternation of words ("i'm|i am|ich
bin|...", "age|aged|alter|..."), so ``re`` finds no literal to skip to and tries the whole pattern at every
character of the text. Most of those patterns need a digit (an age, a date, a house number) on the line where
they match, and in prose most lines hold none: 70% of the characters of the long-record benchmark's text. So
``finditer_lines`` searches only the lines that hold a ``need`` character (the engine's windows, a record's text).

The contract a pattern must meet (checked for each pattern that uses it, in tests/gates/pii/test_pii_linewise.py):
every match holds a ``need`` character, consumes no line break, and its lookarounds read at most the line break
that ends its line. Each match found within its line is then matched again at its start on the whole text, so
what is yielded is exactly what ``rx.finditer(text)`` yields there.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

__all__ = ["DIGIT", "finditer_lines"]

DIGIT = re.compile(r"\d")  # the digits ``\d`` matches (any script's), as the patterns' own ``\d`` and ``[0-9]``


def finditer_lines(rx: re.Pattern, text: str, need: re.Pattern = DIGIT) -> Iterator[re.Match]:
    """``rx.finditer(text)`` for a pattern that meets the module's contract, searched only on the lines of
    ``text`` holding a ``need`` character (linear: each line is read once by ``need`` and at most once by ``rx``
    beyond its matches)."""
    n = len(text)
    p = 0  # where finditer would go on searching
    pos = 0  # where to look for the next line holding ``need``
    while pos <= n:
        c = need.search(text, pos)
        if c is None:
            return
        ls = text.rfind("\n", 0, c.start()) + 1
        le = text.find("\n", c.start())
        le = n if le < 0 else le
        q = max(p, ls)
        while q < le:
            # the line and its line break: a lookahead at the line's end reads what it reads in the whole text
            m0 = rx.search(text, q, min(n, le + 1))
            if m0 is None or m0.start() >= le:
                break
            m = rx.match(text, m0.start())
            if m is None:  # pragma: no cover - a pattern that meets the contract matches the same on the whole text
                q = m0.start() + 1
                continue
            yield m
            p = q = m.end() if m.end() > m.start() else m.end() + 1
        pos = le + 1
