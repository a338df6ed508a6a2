"""Columns of ordinary words (colours, categories, occupations, teams, months, weekdays) are no columns of people,
and a currency's code is no town.

Why: a table's cell has no sentence around it, so nothing tells the NER model and the name list that "Koralle",
"Glauben", "Fleischer", "Juli" or "Dunkles Seegrün" (two capitalised words alone on a line, the shape of a
signature) are a colour, a category, a trade and a month: a clean CSV of 20 locales lost 3.1% of its words, up to
15% of a category column (``benchmarks/pii_precision11.py``). ``dictwords.ordinary_opening`` drops such a reading
when the rest of the sentence is of the word's language, but a one-word cell has no rest. The column is the
context: a column whose short cells are mostly ordinary words of some language (wordfreq, ``dictwords``) or CLDR's
words (months, weekdays, currencies, countries: ``cldrwords``), none among a country's commonest names
(``NAME_GUARD``), is one of words, and a reading there by a word's look alone (``LOOK_ONLY``) of words that are
ordinary, CLDR's or no name anywhere is dropped.

A column of people never qualifies: its cells hold given names, which the name list ranks common (Faker's name,
given-name and family-name columns of 21 locales: at most half of a surname column's cells are plain words,
never ``ORDINARY_SHARE``), and a header that names a person or a kind ("name", "Nachname", "customer",
``columns.named_header``) bars the rule. A cell there that holds a common name ("Rosa", "Bauer") keeps its
reading; only plain words are freed.

Currency codes: GeoNames lists places called "Uyu" or "Pab", so a column of ISO 4217 codes was voted one of
towns and every cell written as ``<LOCATION>``; an upper-case cell that is a currency's code is no town.
"""

from __future__ import annotations

import functools
import re

from .recognizers import Finding

__all__ = ["ordinary_cell", "plain_reading", "plain_leftover", "currency_code", "ORDINARY_SHARE", "ORDINARY_MIN"]

ORDINARY_SHARE = 0.6  # a column of words: this share of its short cells are ordinary (``ordinary_cell``)
ORDINARY_MIN = 8  # ... of at least this many cells
NAME_GUARD = 250  # a word some country ranks among this many commonest names is a name (as ``dictwords``)
MAX_WORDS = 6
WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
# readings by a word's look alone: the NER model, the name list (``dictwords.WEAK``), and a line of two to four
# capitalised words ("Dunkles Seegrün"), which in a cell is the cell's shape, not a signature's context
LINE_OF_NAMES = "person_context_4"  # recognizers.PERSON_CONTEXT[4]: "a line that is only a name"
# a name found elsewhere in the dataset, found again here: the same word read by its look in another cell of the
# column (or in a sentence) returns in every cell that holds it
PROPAGATED = frozenset({"name_propagation", "known_value"})


def _look_only() -> frozenset[str]:
    from .dictwords import WEAK

    return WEAK | PROPAGATED | {LINE_OF_NAMES}


def _words(value: str) -> list[str]:
    return [w for w in WORD.findall(value) if len(w) >= 2]


def _rank(word: str) -> int:
    from .names import gazetteer

    return gazetteer().best(word)


# languages that write a compound as one word ("Blauviolett", "Lachsfarbe", "Schieferblau", "vinterjacka"): a word
# no dictionary lists may be two of its ordinary words joined (with a linking "s": "Arbeitszeit")
COMPOUNDING = frozenset({"de", "nl", "da", "nb", "sv", "is", "fi", "hu"})
COMPOUND_MIN = 8  # letters of a compound at least, ...
PART_MIN = 4  # ... of each of its two parts ("Koralle" is no "kor" + "alle")


@functools.lru_cache(maxsize=1 << 14)
def compound_word(word: str) -> bool:
    """Whether ``word`` is two ordinary words of one compounding language joined ("Blauviolett" = blau + violett,
    "Schneeweiß" = Schnee + weiß), each ``PART_MIN`` letters or more; not itself in the dictionary."""
    from .dictwords import ordinary_in

    w = word.casefold()
    if len(w) < COMPOUND_MIN or not w.isalpha():
        return False
    for i in range(PART_MIN, len(w) - PART_MIN + 1):
        head, tail = w[:i], w[i:]
        langs = ordinary_in(tail) & COMPOUNDING
        if not langs:
            continue
        if ordinary_in(head) & langs or (head.endswith("s") and len(head) > PART_MIN and
                                         ordinary_in(head[:-1]) & langs) or compound_word(head):
            return True  # (a head that is a compound itself: "Aquamarin|blau", "Kunden|dienst|leiter")
    return False


@functools.lru_cache(maxsize=1 << 14)
def _ordinary_word(word: str) -> bool:
    """An ordinary word of some language (or two joined: ``compound_word``), or a CLDR word (a month, a weekday, a
    currency, a country), and no common name anywhere; a CLDR month or weekday counts whatever its rank ("Juli", "August")."""
    from .cldrwords import cldr_word
    from .dictwords import ordinary_in
    from .months import cldr_months, cldr_weekdays

    folded = word.casefold()
    if folded in cldr_months() or folded in cldr_weekdays():
        return True
    return (bool(ordinary_in(word)) or cldr_word(word) or compound_word(word)) and not 0 < _rank(word) <= NAME_GUARD


def ordinary_cell(value: str) -> bool:
    """Whether a short cell is made of ordinary words only (``_ordinary_word``): what a column of words is made
    of, and a column of people is not."""
    words = _words(value)
    return 0 < len(words) <= MAX_WORDS and all(_ordinary_word(w) for w in words)


def plain_reading(text: str, f: Finding) -> bool:
    """Whether ``f``, in a cell of a column of words, is a PERSON reading by a word's look alone of words that are
    ordinary (``_ordinary_word``) or no name the name list knows ("Blauviolett", "Dunkelgrau": compounds no
    dictionary holds); a common name there ("Rosa", "Bauer") keeps its reading. The dataset's names found again
    here (``PROPAGATED``) are judged so too: pass 1 read "Koralle" as a person in this column before the column
    was known as one of words."""
    if f.entity != "PERSON" or f.source not in _look_only():
        return False
    words = _words(text[f.start:f.end])
    if not words or len(words) > MAX_WORDS:
        return False
    return all(_ordinary_word(w) or _rank(w) == 0 for w in words)


def plain_leftover(text: str, f: Finding) -> bool:
    """Whether the re-scan's ``f``, in a cell of a column of words, is a PERSON of plain words only (as
    ``plain_reading``, whatever read it): the word the scrub kept on purpose, not a name it missed."""
    if f.entity != "PERSON":
        return False
    words = _words(text[f.start:f.end])
    return 0 < len(words) <= MAX_WORDS and all(_ordinary_word(w) or _rank(w) == 0 for w in words)


@functools.lru_cache(maxsize=1)
def _currencies() -> frozenset[str]:
    try:
        from babel.numbers import list_currencies
    except ImportError:  # pragma: no cover - babel is a dependency
        return frozenset()
    return frozenset(list_currencies())


def currency_code(value: str) -> bool:
    """Whether a cell is an ISO 4217 currency code written as one ("EUR", "UYU", "ZMW"; Babel's CLDR list)."""
    v = value.strip()
    return len(v) == 3 and v.isupper() and v.isalpha() and v in _currencies()
