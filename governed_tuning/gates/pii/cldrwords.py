"""The words CLDR names things with, in the languages our users write: currencies, countries and regions,
languages, months and weekdays (from the Unicode CLDR, through Babel, built on first use).

Why: the name list ranks many of these words as a name somewhere, and the English NER model reads a foreign
one as a person: "Schweizer Franken", "Japanese Yen", "franco suizo", "Coroa sueca", "Kč", "Temmuz" (July in
Turkish), "Salı" (Tuesday), "Reino Unido", "Asia Tenggara". A span made only of such words is a price, a date or
a country, not a person; a word that some country ranks among its common names ("Martin" of Saint Martin,
"Jordan", "June") is judged by the other rules (``people.cldr_thing`` checks the rank).

Words are case-folded and NFC-normalised; digits-only or one-letter words are left out. Without Babel this
vocabulary is empty and nothing changes.
"""

from __future__ import annotations

import functools
import pickle
import re
import unicodedata

from .months import LOCALES

__all__ = ["cldr_words", "cldr_word", "cldr_phrase", "currency_symbols"]

WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _fold(word: str) -> str:
    return unicodedata.normalize("NFC", word.casefold()).strip(".'’-")


@functools.lru_cache(maxsize=1)
def cldr_words() -> frozenset[str]:
    """``_vocabulary()``'s words."""
    return _vocabulary()[0]


@functools.lru_cache(maxsize=1)
def cldr_phrases() -> frozenset[str]:
    """``_vocabulary()``'s whole names of two words or more ("schweizer franken", "reino unido")."""
    return _vocabulary()[1]


@functools.lru_cache(maxsize=1)
def _vocabulary() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(words, whole names, currency symbols): every word of the currency (singular and plural), country, region
    and language names and of the month and weekday names (wide and abbreviated, both grammatical contexts) of
    the locales in ``months.LOCALES``, and their alphabetic currency symbols ("Kč", "zł", "kr"); and those
    symbols as ``currency_symbols`` reads them. One reading of the locales' files for both: they were read twice
    (~0.4 CPU s), and the symbols' reading, not made before a long text's workers were forked
    (``windows.FIRST_USE`` holds this function), was made again in every worker of every call."""
    try:
        from babel import localedata
    except ImportError:  # pragma: no cover - babel is a dependency; an old environment has no vocabulary
        return frozenset(), frozenset(), frozenset()
    out: set[str] = set()
    phrases: set[str] = set()
    symbols: set[str] = set()

    def add(text: object) -> None:
        if not isinstance(text, str):
            return  # (an alias to another table, in a locale's own file)
        words = [_fold(w) for w in WORD.findall(text)]
        out.update(w for w in words if len(w) >= 2)
        if len(words) > 1:
            phrases.add(" ".join(words))

    for code in LOCALES:
        # each locale's own file, read directly (Babel's own loading merges every locale into a copy of the root
        # locale and keeps all of them: ~100 MB held by the scrub for a vocabulary of a few MB)
        try:
            with open(localedata.resolve_locale_filename(code), "rb") as fh:
                data = pickle.load(fh)  # noqa: S301 - Babel's own CLDR data files, shipped in its wheel
        except (OSError, ValueError, pickle.UnpicklingError):
            continue  # a locale this Babel does not ship is skipped, not fatal
        for key in ("currency_names", "territories", "languages"):
            for name in (data.get(key) or {}).values():
                add(name)
        for forms in (data.get("currency_names_plural") or {}).values():
            if isinstance(forms, dict):  # the plural forms a language writes ("Franken", "franchi", "korun")
                for name in forms.values():
                    add(name)
        for sym in (data.get("currency_symbols") or {}).values():
            if isinstance(sym, str) and sym.isalpha():
                add(sym)
            if isinstance(sym, str) and sym.strip(".").isalpha():
                symbols.add(_fold(sym))
        for key in ("months", "days"):
            for context in (data.get(key) or {}).values():
                for table in (context.values() if isinstance(context, dict) else ()):
                    for name in (table.values() if isinstance(table, dict) else ()):
                        add(name)
    return frozenset(out), frozenset(phrases), frozenset(symbols)


@functools.lru_cache(maxsize=1)
def currency_symbols() -> frozenset[str]:
    """The alphabetic currency symbols of the locales in ``months.LOCALES`` ("Ft", "Rp", "TSh", "Kč", "zł",
    "kr"), case-folded: the word after a price's number, never the town after a postcode (``_vocabulary``)."""
    return _vocabulary()[2]


def cldr_word(word: str) -> bool:
    """Whether ``word`` is a word of a CLDR name of a currency, a country or region, a language, a month or a
    weekday, in some language we ship to."""
    return _fold(word) in cldr_words()


def cldr_phrase(text: str) -> bool:
    """Whether ``text`` is, word for word, a whole CLDR name of two words or more: a currency ("Schweizer
    Franken", "franco suizo"), a country or region ("Reino Unido", "Asia Tenggara") or a language."""
    return " ".join(_fold(w) for w in WORD.findall(text)) in cldr_phrases()
