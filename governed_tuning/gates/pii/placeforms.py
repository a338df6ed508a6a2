"""A town in the case its sentence puts it in: "w Krakowie", "v Brně", "в Архангельске", "u Osijeku",
"Helsingissä", "Szegeden", "Ankara'da" (LOCATION).

Why: in Polish, Czech, Slovak, Croatian, Russian or Ukrainian a town after "in", "from" or "to" takes a case
ending, and Finnish, Hungarian, Estonian and Lithuanian put the ending on the town with no preposition at all,
so the place list (GeoNames, ``placenames``), which holds a town's nominative, does not know the word written.
A stemmer per language would be a large dependency for one question; the question here is smaller: is this
capitalised word a town the list knows, with one of its language's case endings on it?

The rule (no stemmer, no word list of towns of our own): the word and a town of the list share a prefix of at
least ``MIN_STEM`` letters (compared without accents: "Krakowie" / "Kraków", "Łodzi" / "Łódź"); the town goes on
for at most ``TOWN_TAIL`` letters after it (the nominative's own ending, replaced: "Warszaw|a"), and the word
ends in a case ending of the language (``CASES``), with at most ``ALTERNATION`` letters before it that the stem
changes (Polish "Białogar|dzie", Finnish gradation "Helsin|gissä"). The town must be a real one: a city's main
name of a thousand people or more, or any name of one of 15,000, and neither it nor the word an English or
common word. Turkish writes the ending after an apostrophe ("İzmir'de"): there the part before it is looked up
whole.

Where it is asked (``places.py``): after a preposition that takes such a case (``PREPOSITIONS``), and, for the
languages that need none (``SUFFIX_LANGUAGES``), on any capitalised word with one of their endings. Local and
linear: one word and the word before it; the list is asked per candidate word (an index range, memoised).

Endings are those of the reference grammars' declension tables (locative, genitive, dative, instrumental of
the singular and the locative plural for plural town names: Polish "Kielc|ach", Czech "Budějovic|ích"); they are
written below by language, with no word taken from any generator's data.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from .recognizers import UP, Finding

__all__ = ["inflected_town", "suffixed_towns", "PREPOSITIONS"]

MIN_STEM = 5  # letters the word and the town share at least
TOWN_TAIL = 2  # letters of the town's nominative the case ending may replace ("Warszaw|a", "Kraków|")
ALTERNATION = 2  # letters before the ending the stem may change ("Białogar|d|zie", "Helsin|g|issä")
MIN_POPULATION = 1000  # a city's main name ...
ALT_POPULATION = 15000  # ... or any name of a place this big

# language: (prepositions that put a town in an oblique case, that case's endings), from the declension tables
CASES: dict[str, tuple[str, str]] = {
    "pl": ("w we z ze do od spod koło pod przy", "ie u iu owie ach a y i em iem ą"),
    "cs": ("v ve z ze do u od ke k", "ě e u i ích ech ách a y ou em ém ým"),
    "sk": ("v vo z zo do u od k ku", "e i u ach och a y ou om ej"),
    "sl": ("v iz do pri", "u i a ah em ju"),
    "hr": ("u iz do kod od", "u i a e om ima ama ju"),  # Serbian and Bosnian in Latin letters alike
    "ru": ("в во из до у под над от около", "е и а у ом ем ах ях ы"),
    "uk": ("в у із з до під над від біля", "і ї у ю а я ом ем ах ях и ові"),
    "fi": ("", "ssa ssä sta stä lla llä lta ltä lle seen hin"),
    "et": ("", "s st sse l lt le"),
    "lt": ("", "je uose yje"),
    "hu": ("", "ban ben ba be ból ből ról ről ra re on en ön nál nél hoz hez höz tól től ig ott ett"),
}
SUFFIX_LANGUAGES = ("fi", "et", "lt", "hu")
TURKISH_CASES = "da de ta te dan den tan ten a e ya ye ı i u ü yı yi yu yü ın in un ün nın nin nun nün la le lı li lu lü"


def _fold(word: str) -> str:
    """Case-blind, without accents; the letters with a stroke too ("Łódź" -> "lodz")."""
    s = unicodedata.normalize("NFKD", word.casefold())
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.translate(str.maketrans("łđøħı", "ldohi"))


PREPOSITIONS: dict[str, frozenset[str]] = {}
for _preps, _ends in CASES.values():
    for _p in _preps.split():
        PREPOSITIONS[_p] = PREPOSITIONS.get(_p, frozenset()) | frozenset(_fold(e) for e in _ends.split())
SUFFIX_ENDINGS = frozenset(_fold(e) for lang in SUFFIX_LANGUAGES for e in CASES[lang][1].split())
_SUFFIX_ALT = "|".join(sorted({e for lang in SUFFIX_LANGUAGES for e in CASES[lang][1].split()}, key=len, reverse=True))
# a capitalised word with an ending of a language that needs no preposition
SUFFIXED = re.compile(rf"(?<![\w'’-])[{UP}][^\W\d_]{{3,}}(?:{_SUFFIX_ALT})(?![\w'’-])")
TURKISH = re.compile(rf"(?<![\w'’-])([{UP}][^\W\d_]{{2,}})['’](?:{'|'.join(TURKISH_CASES.split())})"
                     r"(?![\w'’-])")


NAME_RANK = 1000  # a stem this common as a name somewhere is read as a person's name, not as a town's


def _gazetteer():
    from .names import gazetteer

    return gazetteer()


def _places():
    from .placenames import place_list

    return place_list()


def _real(name: str, place) -> bool:
    from .names import _english_form
    from .recognizers import _is_common

    if not ((place.main_name and place.population >= MIN_POPULATION) or place.population >= ALT_POPULATION):
        return False
    return not (_english_form(name) or _is_common(name))


@functools.lru_cache(maxsize=1 << 15)
def _matches(word: str, endings: frozenset[str]) -> bool:
    from .names import _english_form
    from .recognizers import _is_common

    fw = _fold(word)
    if len(fw) < MIN_STEM + 1 or _english_form(word) or _is_common(word):
        return False
    keys = {word.casefold()[:MIN_STEM - 1], fw[:MIN_STEM - 1]}  # "Łodzi": "łódź" and GeoNames' plain "lodz"
    for name, place in (row for key in sorted(keys) for row in _places().prefixed(key)):
        if " " in name:
            continue
        fn = _fold(name)
        k = 0
        while k < len(fn) and k < len(fw) and fn[k] == fw[k]:
            k += 1
        if k < MIN_STEM or len(fn) - k > TOWN_TAIL or k == len(fw):
            continue
        tail = fw[k:]
        ending = next((e for e in sorted(endings, key=len, reverse=True)
                       if tail.endswith(e) and len(tail) - len(e) <= ALTERNATION), None)
        if ending is None or not _real(name, place):
            continue
        # "z Tomaszem" (with Tomasz), "Kovácsnál" (at Kovács's): a common name in a case, near a town's name
        # ("Tomaszów"), is the person; a town whose own name is a name ("v Martine") stays a town
        stem = word[:len(word) - len(ending)]
        if _fold(stem) != fn and 0 < _gazetteer().best(stem) <= NAME_RANK:
            continue
        return True
    return False


LANGUAGE_REACH = 200  # characters either side whose function words tell the language (windows.py: stay local)
SUFFIX_BY_LANGUAGE = {lang: frozenset(_fold(e) for e in CASES[lang][1].split()) for lang in SUFFIX_LANGUAGES}
# where the words around say no language: only the endings no other language of ours ends its words with
# (Danish and Swedish "Leveringen", Dutch "Leveren", German "Lagern" end in "-en" and "-n")
LONG_ENDINGS = frozenset(e for e in SUFFIX_ENDINGS if len(e) >= 3) - {"ett", "ott", "hin"}


def _suffix_endings(text: str, start: int, end: int) -> frozenset[str]:
    """The case endings of the no-preposition languages that the words around ``start:end`` are written in."""
    from .languages import guess

    langs = guess(text[max(0, start - LANGUAGE_REACH):start] + " \x00 " + text[end:end + LANGUAGE_REACH])
    if not langs:
        return LONG_ENDINGS
    return frozenset().union(*(SUFFIX_BY_LANGUAGE[lang] for lang in langs if lang in SUFFIX_BY_LANGUAGE))


def inflected_town(word: str, preposition: str) -> bool:
    """Whether ``word`` (one capitalised word after ``preposition``) is a town of the list in a case ending
    that preposition takes ("w" + "Krakowie", "в" + "Москве")."""
    endings = PREPOSITIONS.get(preposition.casefold())
    return bool(endings) and _matches(word.rstrip(".,;:!?"), endings)


def suffixed_towns(text: str) -> list[Finding]:
    """Towns written with a case ending and no preposition: Finnish, Estonian, Lithuanian and Hungarian
    ("Tampereella", "Tartus", "Kaune", "Szegeden"), and Turkish after an apostrophe ("Sivas'ta")."""
    out = []
    for m in SUFFIXED.finditer(text):
        endings = _suffix_endings(text, m.start(), m.end())
        if endings and _matches(m.group(), endings):
            out.append(Finding(m.start(), m.end(), "LOCATION", 0.55, "place_case_ending"))
    if "'" in text or "’" in text:
        for m in TURKISH.finditer(text):
            name = m.group(1)
            place = _places().get(name) or _places().get(_fold(name))
            # the apostrophe and a Turkish ending say "a proper name in a case": a town of the list is the town
            # even when it is an English word too ("Batman'da")
            if place is not None and (place.main_name and place.population >= MIN_POPULATION
                                      or place.population >= ALT_POPULATION):
                out.append(Finding(m.start(1), m.end(1), "LOCATION", 0.55, "place_case_ending"))
    return out
