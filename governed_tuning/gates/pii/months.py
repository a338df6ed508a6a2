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

__all__ = ["cldr_months", "cldr_weekdays", "is_weekday", "month_number"]

# the locales we ship to and their neighbours (language codes; CLDR's month names do not vary by country)
LOCALES = ("en de fr es it pt nl da sv nb nn fi pl cs sk ro hu ru uk be bg mk sr hr bs sl el tr lt lv et is ga cy "
           "ca eu gl sq mt az kk uz hy ka he ar fa ur hi ne mr gu pa bn ta te kn ml si th lo km my id ms fil vi "
           "sw zu xh af yo ha ig am so mn zh ja ko").split()
# South Slavic languages whose CLDR data gives only the nominative ("20. februar 1981") while their writers put
# the month in the genitive ("20. februarja 1981", "13. julija 1946", "20. фебруара 1981"): the genitive is made
# by the languages' regular endings (``_genitives``); a form made wrongly is a word no sentence holds, harmless
GENITIVE_BY_RULE = frozenset({"sl", "sr", "sr_Latn", "bs", "mk"})
LOCALES = LOCALES + ["sr_Latn"]  # Serbian in Latin letters (CLDR: "sr" is Cyrillic)
# one-letter prefixes written onto a month's name: Hebrew "in", "to" ("ב-14 במרץ"), Arabic "in" ("في" is a word)
PREFIXES = ("ב", "ל")


def _fold(word: str) -> str:
    return unicodedata.normalize("NFC", word.casefold()).rstrip(".׳॰")


@functools.lru_cache(maxsize=1)
def cldr_months() -> dict[str, int]:
    """``{folded month word: month number}`` for every locale in ``LOCALES`` (wide and abbreviated, format and
    stand-alone, dotted abbreviations such as Thai "ธ.ค." without their last dot); words shorter than three
    letters (two in other scripts) or holding digits ("3月", "tháng 3") are left out, and a name of two words
    whose second word every month shares (Mongolian "гуравдугаар сар", "month three") is also indexed by its
    first word, the one a date spells out."""
    return _calendar()[0]


@functools.lru_cache(maxsize=1)
def cldr_weekdays() -> frozenset[str]:
    """Every locale's weekday names (wide and abbreviated, both contexts), folded, as ``cldr_months`` keeps
    them: "Cuma", "Perşembe", "понедельник", "Σάββατο"."""
    return _calendar()[1]


@functools.lru_cache(maxsize=1)
def _calendar() -> tuple[dict[str, int], frozenset[str]]:
    """Month and weekday names of every locale in ``LOCALES``, read in one pass.

    A compact index, built once: each locale's CLDR data (about 1.2 MB unpickled) is dropped from Babel's cache
    as soon as its names are read, so building it holds one locale at a time rather than all of them (94 MB
    of resident memory in every scrubbing process and worker before, 21 MB now)."""
    try:
        from babel import Locale, localedata
    except ImportError:  # pragma: no cover - babel is a dependency; an old environment degrades to the hand table
        return {}, frozenset()
    # Babel's own caches of unpickled locale data (private names; absent ones are simply not trimmed)
    caches = [c for c in (getattr(localedata, "_cache", None), getattr(localedata, "_dict_cache", None))
              if isinstance(c, dict)]
    kept = {id(c): set(c) for c in caches}
    out: dict[str, int] = {}
    days: set[str] = set()
    for code in LOCALES:
        try:
            loc = Locale.parse(code)
            months, weekdays = loc.months, loc.days
            table = [dict(months[context][width])
                     for context in ("format", "stand-alone") for width in ("wide", "abbreviated")]
            day_names = [name for context in ("format", "stand-alone") for width in ("wide", "abbreviated")
                         for name in weekdays[context][width].values()]
        except Exception:  # noqa: BLE001 - a locale this Babel does not ship is skipped, not fatal
            continue
        finally:
            for c in caches:
                for name in [n for n in c if n not in kept[id(c)] and n != "root"]:
                    c.pop(name, None)
        if code in GENITIVE_BY_RULE or code == "lv":
            forms = {number: _genitives(_fold(name)) if code != "lv" else _latvian_locative(_fold(name))
                     for number, name in table[0].items()}
            table += [{number: f[i] for number, f in forms.items() if i < len(f)} for i in range(3)]
        for names in table:
            words = {number: _fold(name) for number, name in names.items()}
            tails = {w.rsplit(" ", 1)[-1] for w in words.values() if " " in w}
            heads = {w.split(" ", 1)[0] for w in words.values() if " " in w}
            for number, word in words.items():
                if _long_enough(word) and not any(c.isdigit() for c in word):
                    out.setdefault(word, number)
                    if len(tails) == 1 and len(words) == 12 and " " in word:  # "гуравдугаар сар" -> "гуравдугаар"
                        head = word.rsplit(" ", 1)[0]
                        if _long_enough(head) and " " not in head:
                            out.setdefault(head, number)
                    # the other way round: Yoruba "Oṣù Ẹrẹ̀nà" ("month" + its name) -> "ẹrẹ̀nà"
                    if len(heads) == 1 and len(words) == 12 and " " in word:
                        tail = word.split(" ", 1)[1]
                        if _long_enough(tail) and " " not in tail:
                            out.setdefault(tail, number)
        # (a name of two words is kept whole, as a cell or a phrase reads it: Yoruba "ọjọ́ ajé", Monday)
        days.update(w for w in map(_fold, day_names) if _long_enough(w))
    return out, frozenset(days)


def _genitives(word: str) -> list[str]:
    """A South Slavic month name's genitive forms: "+a" ("april" -> "aprila", "julij" -> "julija", "јануар" ->
    "јануара"), Slovene "+ja" after r ("januar" -> "januarja"), and the fleeting vowel of "-ec" / "-er" / "-ar"
    dropped ("marec" -> "marca", "september" -> "septembra", "septembar" -> "septembra")."""
    cyr = any("\u0400" <= c <= "\u04ff" for c in word)
    a, ja = ("\u0430", "\u0458\u0430") if cyr else ("a", "ja")
    out = [word + a, word + ja]
    if len(word) > 4 and word[-2] in "eaеа" and word[-1] in "crцр":
        out.append(word[:-2] + word[-1] + a)
    return out


def _latvian_locative(word: str) -> list[str]:
    """A Latvian month name in the locative a date of birth is said in ("dzimis 1974. gada 14. aprīlī", "martā"):
    "-is" -> "-ī", "-s" -> "-ā" (CLDR gives the nominative, "aprīlis", "marts")."""
    if word.endswith("is"):
        return [word[:-2] + "ī"]
    return [word[:-1] + "ā"] if word.endswith("s") else []


def _long_enough(word: str) -> bool:
    """Three letters, or two in a script beyond Latin, Greek and Cyrillic: Tamil "மே", Bengali "মে", Amharic
    "ጁን" are whole month names (a two-letter Latin word is a word of the sentence, not a month)."""
    return len(word) >= 3 or (len(word) == 2 and all(ord(c) > 0x52F for c in word))


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


def is_weekday(word: str) -> bool:
    """Whether ``word`` is a weekday's name in any locale (``cldr_weekdays``), its case and a last dot aside."""
    return _fold(word) in cldr_weekdays()
