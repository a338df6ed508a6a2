"""Brands and products by name: "Redis", "Kafka", "Kali Linux", "Philips Hue", "Tesla Model Y" are no people.

Why: a brand written mid-sentence has the shape of a name (one or two capitalised words), and the English NER
model or the name list read it as one: "die Anmeldung per Redis", "exportera Kafka-loggarna", "Korvaava Philips
Sonicare lähtee". One such reading joins the dataset's confirmed names and the brand was then scrubbed in every
record that holds it (11 records of our dev set lost "Redis"). Nothing in a sentence tells "via Redis" from
"via Anna" but knowing the brand, so the brands are read from an open lexicon, not written here: the titles of
the Simple Icons set (``simpleicons`` on PyPI: the package MIT, the icon data CC0-1.0; about 2,400 brands of
software, services, devices, cars and shops), derived once per process from the package's source text (its
SVGs are never loaded).

The rule (``brand_reading``) drops only a reading by a word's look (the NER model alone, the name list alone: no
"my name is", no title, no greeting around it), and only when

- the reading is, whole, a brand of two words or more ("Kali Linux", "Google Cloud", "Philips Hue"), or
- its first word (after ordinary words of the sentence's language: "Korvaava Philips Sonicare") is a one-word
  brand of three letters or more (a title of one word, or the product in a maker's title: "Kafka" of "Apache
  Kafka") that no country ranks among its ``NAME_GUARD`` commonest given names or surnames ("Redis", "Kafka",
  "Tesla Model Y"), or that is followed by its product's name, words no name list holds ("Philips Sonicare",
  "Suzuki Jimny"). A brand that is a common name, alone or before a name ("Hugo", "Mercedes Vito", "Ford"),
  stays a name: the look alone cannot tell them, and a person kept is worth more than a brand.

Without the package installed the lexicon is empty and nothing changes.
"""

from __future__ import annotations

import functools
import html
import importlib.util
import re
import unicodedata

from .recognizers import Finding

__all__ = ["brand_reading", "brands", "brand_word", "brand_phrase", "lexicon_info"]

PACKAGE = "simpleicons"
ATTRIBUTION = ("Simple Icons (simpleicons on PyPI): the package MIT, the icon data and titles CC0-1.0 "
               "(https://simpleicons.org)")
# the readings a brand may be dropped from: a word's look alone (dictwords.WEAK, and the name list's pairs)
LOOK = frozenset({"spacy_ner", "spacy_ner_name_shape", "spacy_ner_name_list", "name_list_word",
                  "name_list_pair", "name_list_pair_capitalised", "spacy_ner_known_place"})
NAME_GUARD = 500  # a one-word brand that some country ranks among this many commonest names stays a name
MAX_WORDS = 3  # a brand and at most two words of its product's name ("Tesla Model Y")
TITLE = re.compile(r'^    title="((?:[^"\\]|\\.)*)"', re.M)
WORD = re.compile(r"[^\W_][\w'’.+-]*")


def _fold(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text.casefold()).split())


def _source_path() -> str | None:
    """Where the package's title source (``simpleicons/all.py``) is, or None without the package."""
    try:
        spec = importlib.util.find_spec(f"{PACKAGE}.all")
    except (ImportError, ValueError):
        spec = None
    return spec.origin if spec is not None and spec.origin else None


@functools.lru_cache(maxsize=1)
def lexicon_info() -> tuple[str, str, str, str] | None:
    """(package, version, sha256 of the file the titles are read from, attribution) for the evidence; None
    without the package (the lexicon is then empty)."""
    path = _source_path()
    if path is None:
        return None
    import hashlib
    from importlib import metadata

    with open(path, "rb") as fh:
        digest = hashlib.sha256(fh.read()).hexdigest()
    return PACKAGE, metadata.version(PACKAGE), digest, ATTRIBUTION


@functools.lru_cache(maxsize=1)
def brands() -> tuple[frozenset[str], frozenset[str]]:
    """(one-word brands, brands of two words or more), case-folded: Simple Icons' titles. Read from the package's
    source text (``simpleicons/all.py``) with a pattern, not imported: importing it would hold every icon's SVG."""
    path = _source_path()
    if path is None:
        return frozenset(), frozenset()
    with open(path, encoding="utf-8") as fh:
        src = fh.read()
    one: set[str] = set()
    more: set[str] = set()
    for raw in TITLE.findall(src):
        title = _fold(html.unescape(raw.replace("\\'", "'").replace('\\"', '"')))
        words = title.split()
        if not words or not any(c.isalpha() for c in title):
            continue
        if len(words) == 1:
            if len(title) >= 3:
                one.add(title)
        else:
            more.add(title)
    # a maker's product is named without the maker too ("Apache Kafka": "Kafka"; "Adobe Illustrator":
    # "Illustrator"): the rest of a title whose first word is itself a brand, when one word of four letters or more
    for title in list(more):
        head, _, rest = title.partition(" ")
        if head in one and " " not in rest and len(rest) >= 4 and any(c.isalpha() for c in rest):
            one.add(rest)
    return frozenset(one), frozenset(more)


def brand_word(word: str) -> bool:
    """Whether ``word`` is, alone, a brand of the lexicon."""
    return _fold(word) in brands()[0]


def brand_phrase(text: str) -> bool:
    """Whether ``text`` is, whole, a brand of two words or more ("Kali Linux", "Google Cloud")."""
    return _fold(text) in brands()[1]


def brand_reading(text: str, f: Finding) -> bool:
    """Whether ``f`` is a look-only reading of a person that is a brand or a brand's product (module docstring)."""
    if f.entity != "PERSON" or f.source not in LOOK:
        return False
    span = text[f.start:f.end]
    found = list(WORD.finditer(span))
    if not found or len(found) > MAX_WORDS + 1:
        return False
    if len(found) >= 2 and brand_phrase(span):
        return True
    from .names import gazetteer

    g = gazetteer()
    i = 0
    if not brand_word(found[0].group().rstrip(".")) and len(found) > 1:
        # ordinary words of the sentence's language before the brand ("Korvaava Philips Sonicare", replacement)
        from .dictwords import ordinary_in, sentence_languages

        langs = sentence_languages(text, f.start, f.end)
        while i < len(found) - 1 and ordinary_in(found[i].group()) & langs and \
                not 0 < g.best(found[i].group()) <= NAME_GUARD:
            i += 1
    words = [m.group() for m in found[i:]]
    head = words[0].rstrip(".")
    if len(words) > MAX_WORDS or len(head) < 3 or not head[0].isupper() or not brand_word(head):
        return False
    if i and len(words) >= 2 and brand_phrase(" ".join(words)):
        return True
    rank = g.best(head)
    # a brand that is also a common name: its product's name after it, no name anywhere, makes it the brand
    # ("Philips Sonicare", "Suzuki Jimny"); alone or before a name ("Hugo", "Mercedes Vito") it stays a name
    return not 0 < rank <= NAME_GUARD or (len(words) >= 2 and all(g.best(w) == 0 for w in words[1:]))
