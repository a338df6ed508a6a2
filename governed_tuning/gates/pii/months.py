"""Month names in the languages our users write, from the Unicode CLDR (through Babel), built on first use.

Why: a date of birth written with its month's name ("14 травня 1987", "3 maja 1992", "14 במרץ 1987",
"14 มีนาคม 1987") is only a date when the month word is known, and a hand-written table covers the languages its
author thought of. CLDR holds every locale's wide and abbreviated month names in both grammatical contexts
(the "format" forms are the genitive ones Slavic and Baltic languages write in dates). ``birthdates`` keeps its
own short table for the forms CLDR lacks (unaccented spellings: "marz", "fevrier") and asks this one for any
other word, so Babel is imported only when a date-shaped phrase holds a word that table does not know.

Where two languages give one word to two months (Croatian "listopad" is October, Polish and Czech November)
the first locale listed wins: the phrase is a date either way, and only the day-in-month check depends on it.
Without Babel installed this table is empty and the hand table alone is used.
"""

from __future__ import annotations

import functools
import unicodedata

__all__ = ["cldr_months", "month_number"]

# the locales we ship to and their neighbours (language codes; CLDR's month names do not vary by country)
LOCALES = ("en de fr es it pt nl da sv nb nn fi pl cs sk ro hu ru uk be bg mk sr hr bs sl el tr lt lv et is ga cy "
           "ca eu gl sq mt az kk uz hy ka he ar fa ur hi ne mr gu pa bn ta te kn ml si th lo km my id ms fil vi "
           "sw zu xh af yo ha ig am so mn").split()
# one-letter prefixes written onto a month's name: Hebrew "in", "to" ("ב-14 במרץ"), Arabic "in" ("في" is a word)
PREFIXES = ("ב", "ל")


def _fold(word: str) -> str:
    return unicodedata.normalize("NFC", word.casefold()).rstrip(".׳॰")


@functools.lru_cache(maxsize=1)
def cldr_months() -> dict[str, int]:
    """``{folded month word: month number}`` for every locale in ``LOCALES`` (wide and abbreviated, format and
    stand-alone); words shorter than three letters or holding digits ("3月", "tháng 3") are left out."""
    try:
        from babel import Locale
    except ImportError:  # pragma: no cover - babel is a dependency; an old environment degrades to the hand table
        return {}
    out: dict[str, int] = {}
    for code in LOCALES:
        try:
            loc = Locale.parse(code)
        except Exception:  # noqa: BLE001 - a locale this Babel does not ship is skipped, not fatal
            continue
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for number, name in loc.months[context][width].items():
                    word = _fold(name)
                    if len(word) >= 3 and not any(c.isdigit() for c in word):
                        out.setdefault(word, number)
    return out


def month_number(word: str, known: dict[str, int] | None = None) -> int | None:
    """The month ``word`` names (``known`` first, then CLDR, then without a Hebrew prefix), or None."""
    w = _fold(word)
    if known and w in known:
        return known[w]
    table = cldr_months()
    if w in table:
        return table[w]
    if len(w) > 3 and w[0] in PREFIXES:
        return table.get(w[1:])
    return None
