"""The re-scan reads values written in other digits as the detector reads ASCII ones.

Why: the detector's patterns count ASCII digits ("[0-9]", "[1-9]?\\d" of an age), so a value written in
Arabic-Indic, Persian, Devanagari, Bengali or Thai digits, or in fullwidth forms, passes the scrub untouched
("عمري ٣٤ سنة", "ID: ５２６０１８１５９"), and a re-scan that re-runs the same detector passes it again: the copy
passed with an age or an identifier in it. Every such character has one ASCII twin (Unicode's decimal digit
value; the fullwidth block U+FF01-FF5E is ASCII shifted), so the re-scan folds the input one character for one
(positions unchanged) and runs the detector on the folded text: a finding there that covers a folded digit, and
whose characters the scrub left in the copy, is a value of a targeted kind the scrub missed, in every phrase the
detector knows ("my age is", "I am N years old", "مواليد", a labelled identifier) and every script it reads.

The same pass reads first-person ages said with a verb or a preposition the detector has no phrase for (Arabic
"عندي 34 سنة", "أبلغ 34 عاما", "أنا بعمر 34"; Persian "34 سال دارم"; Urdu "میری عمر 34"), in any digits
(``why: age_phrase``): the detector reads only the label "عمري 34" there.

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
# a character that folds to an ASCII digit: any decimal digit that is not ASCII (Unicode category Nd). One class
# (not a digit's complement nor 0-9), the same characters as ``(?![0-9])\d`` (checked over every code point) and
# three times faster to search: ``fold_digits`` searches every text once, a 50 MB record's in ~0.9 CPU s
OTHER_DIGIT = re.compile(r"[^\D0-9]")


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

# a first-person age in the languages where the detector reads only a label ("عمري 34") and the age is said
# with a verb or a preposition: Arabic "عندي 34 سنة" (I have 34 years), "أنا بعمر 34" (I am at the age of 34),
# "انا ابن 34 سنة" (I am a son of 34 years), "أبلغ 34 عاما" / "أبلغ من العمر 34" (I reach 34 years, of age);
# Persian "34 سال دارم" (I have 34 years), "سن من 34" (my age is 34); Urdu "میری عمر 34 سال" (my age 34 years).
# Read on the folded text (any digits); the number alone is the value. A unit of years is needed where the
# phrase says "I have" ("عندي 34 طلب" is 34 orders)
_AR_YEARS = r"(?:سنة|سنه|سنوات|عاما|عامًا|عاماً|عام)"
_N = r"(?P<n>1[01]\d|120|[1-9]?\d)(?![\d.,٫]\d|\d)"
FIRST_PERSON_AGE = [re.compile(rf"(?<![\w])(?:{rx})(?![\w])") for rx in (
    rf"(?:عندي|عندى)[ \t]+{_N}[ \t]+{_AR_YEARS}",
    rf"بعمر[ \t]+{_N}",
    rf"(?:أنا|انا)[ \t]+(?:ابن|بنت|إبن)[ \t]+{_N}[ \t]+{_AR_YEARS}",
    rf"أبلغ[ \t]+(?:من[ \t]+العمر[ \t]+)?{_N}(?:[ \t]+{_AR_YEARS})?",
    rf"سن[ \t]+من[ \t]+{_N}",
    rf"میری[ \t]+عمر[ \t]+{_N}",
    rf"{_N}[ \t]+سال[ \t]+دارم")]
AGE_CUES = re.compile(r"عندي|عندى|بعمر|ابن|بنت|إبن|أبلغ|سن من|میری عمر|سال دارم")


def first_person_ages(text: str) -> list[Finding]:
    """First-person ages the detector has no phrase for (``FIRST_PERSON_AGE``), as ``AGE`` findings of the number."""
    if text.isascii() or not AGE_CUES.search(text):
        return []
    return [Finding(m.start("n"), m.end("n"), "AGE", 1.0, "age_phrase") for rx in FIRST_PERSON_AGE
            for m in rx.finditer(text) if int(m.group("n")) <= 120]


def other_digits_left(texts: Sequence[str], written: Sequence[Sequence], inputs: Sequence[str | None],
                      detect: Detect, want_ages: bool = True) -> list[list[Finding]]:
    """Per text of the copy (``texts``; ``written``: the spans we wrote, ``rescan.Written``; ``inputs``: the text
    as read, None where nothing was written), the detector's findings on the folded input that cover a folded
    digit and that the scrub left standing in the copy (``source``: ``other_digits``); with ``want_ages``, also
    the first-person ages of ``FIRST_PERSON_AGE`` in any digits (``source``: ``age_phrase``)."""
    from .rescan_independent import CONFIRMED, _left_standing

    out: list[list[Finding]] = [[] for _ in texts]
    todo: list[tuple[int, str, str]] = []
    ages: dict[int, list[Finding]] = {}
    for i, t in enumerate(texts):
        src = inputs[i] if inputs[i] is not None and any(w.entity != "CONTEXT" for w in written[i]) else None
        text = src if src is not None else t
        f = fold_digits(text)
        if f is not None:
            todo.append((i, text, f))
        if want_ages and (fs := first_person_ages(f if f is not None else text)):
            ages[i] = fs
    got = dict(zip((i for i, _, _ in todo), detect([f for _, _, f in todo]))) if todo else {}
    for i in sorted(set(got) | set(ages)):
        given = inputs[i]
        src = given if given is not None and any(w.entity != "CONTEXT" for w in written[i]) else texts[i]
        moved = [m.start() for m in OTHER_DIGIT.finditer(src)]  # (fullwidth digits are decimal digits too)
        hit = [Finding(f.start, f.end, f.entity, CONFIRMED, "other_digits") for f in got.get(i, ())
               if bisect_left(moved, f.end) > bisect_left(moved, f.start)] + ages.get(i, [])
        if not hit:
            continue
        ws = sorted((w for w in written[i] if w.entity != "CONTEXT"), key=lambda w: w.start)
        out[i] = _left_standing(texts[i], src, ws, hit) if ws else hit
    return out
