"""The re-scan reads values written in other digits as the detector reads ASCII ones.

Why: the detector's patterns count ASCII digits ("[0-9]", "[1-9]?\\d" of an age), so a value written in
Arabic-Indic, Persian, Devanagari, Bengali or Thai digits, or in fullwidth forms, passes the scrub untouched
("عمري ٣٤ سنة", "ID: ５２６０１８１５９"), and a re-scan that re-runs the same detector passes it again: the copy
passed with an age or an identifier in it. Every such character has one ASCII twin (Unicode's decimal digit
value; the fullwidth block U+FF01-FF5E is ASCII shifted), so the re-scan folds the input one character for one
(positions unchanged) and runs the detector on the folded text: a finding there that covers a folded digit, and
whose characters the scrub left in the copy, is a value of a targeted kind the scrub missed, in every phrase the
detector knows ("my age is", "I am N years old", "مواليد", a labelled identifier) and every script it reads.

Such a finding is a leftover (``why: other_digits``): re-scrubbed where the policy repairs, else the gate fails.
A text of ASCII alone (nearly all) costs one ``str.isascii``; only texts holding another script's digit are
read again.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Callable, Sequence

from .recognizers import Finding

__all__ = ["fold_digits", "other_digits_left"]

FULLWIDTH = range(0xFF01, 0xFF5F)  # fullwidth ASCII forms: "！" .. "～" (0xFF10-0xFF19 the digits)
# a character that folds to an ASCII digit: any decimal digit that is not ASCII (Unicode category Nd)
OTHER_DIGIT = re.compile(r"(?![0-9])\d")


class _Fold(dict):
    """``str.translate``'s table, filled as characters are met: a decimal digit -> its ASCII digit, a fullwidth
    form -> its ASCII character, any other character -> itself (one for one, so positions never move)."""

    def __missing__(self, cp: int) -> int:
        if cp < 128:
            out = cp
        elif cp in FULLWIDTH:
            out = cp - 0xFEE0
        else:
            d = unicodedata.decimal(chr(cp), None)
            out = 48 + d if d is not None else cp
        self[cp] = out
        return out


_FOLD = _Fold()


def fold_digits(text: str) -> str | None:
    """``text`` with every other script's digit (and fullwidth form) as its ASCII twin, same length; None when it
    holds no digit to fold (the text is read as it is)."""
    if text.isascii() or not OTHER_DIGIT.search(text):
        return None
    return text.translate(_FOLD)


Detect = Callable[[Sequence[str]], list[list[Finding]]]


def other_digits_left(texts: Sequence[str], written: Sequence[Sequence], inputs: Sequence[str | None],
                      detect: Detect) -> list[list[Finding]]:
    """Per text of the copy (``texts``; ``written``: the spans we wrote, ``rescan.Written``; ``inputs``: the text
    as read, None where nothing was written), the detector's findings on the folded input that cover a folded
    digit and that the scrub left standing in the copy (``source``: ``other_digits``)."""
    from .rescan_independent import CONFIRMED, _left_standing

    out: list[list[Finding]] = [[] for _ in texts]
    todo: list[tuple[int, str, str]] = []
    for i, t in enumerate(texts):
        src = inputs[i] if inputs[i] is not None and any(w.entity != "CONTEXT" for w in written[i]) else None
        f = fold_digits(src if src is not None else t)
        if f is not None:
            todo.append((i, src if src is not None else t, f))
    if not todo:
        return out
    for (i, src, folded), fs in zip(todo, detect([f for _, _, f in todo])):
        moved = [m.start() for m in OTHER_DIGIT.finditer(src)]  # (fullwidth digits are decimal digits too)
        hit = [Finding(f.start, f.end, f.entity, CONFIRMED, "other_digits") for f in fs
               if bisect_left(moved, f.end) > bisect_left(moved, f.start)]
        if not hit:
            continue
        ws = sorted((w for w in written[i] if w.entity != "CONTEXT"), key=lambda w: w.start)
        out[i] = _left_standing(texts[i], src, ws, hit) if ws else hit
    return out
