"""The ordinary words of each language our users write, and the rule that a sentence's or a cell's capitalised
first word that is one of them is no name.

Why: a sentence or a cell starts with a capital whatever its first word is, so the capital says nothing there,
and the English NER model and the name list (names-dataset ranks "Comanda", "Lasku", "Nasi" as a name in some
country) read "Comanda 28460 nu a fost expediată.", "Lasku 8812 on maksettu.", "Rosół z makaronem" or
"Счёт оплачен." as a person. What tells the noun from the name is the language around it: "comanda" is one of
Romanian's common words, and the rest of the sentence is Romanian.

The dictionary is wordfreq's (PyPI; code Apache-2.0, word lists CC BY-SA 4.0, built from Wikipedia, subtitles,
news, books and web text, independent of the gate's name and place lists and of every benchmark's generator):
a word is an ordinary word of a language when it is used at least once per million words there (Zipf 3, its
"small" lists). Those lists hold names too ("maria", "ion", "budi" are as frequent as "comanda"), so a word
that the name list ranks among a country's commonest names (``NAME_GUARD``) stays a name wherever it stands,
and only the detector's weak readings are dropped (``WEAK``: a lone word the NER model or the name list
proposed, with no context that names a person: "my name is", a title, a verb of saying keep theirs).

The words of the 32 languages wordfreq covers in Latin, Cyrillic and Greek script (about a million distinct
words) would cost ~100 MB as a dict, so the first use derives a small SQLite file, one row per word with the
languages it is ordinary in as a bit mask, in the user's cache folder, named by the digest of wordfreq's data
(``python -m governed_tuning.gates.pii.dictwords`` builds it; ``make install`` runs it). Without wordfreq
installed nothing is dropped and nothing else changes.
"""

from __future__ import annotations

import functools
import hashlib
import re
import sys
import threading
import unicodedata
from collections.abc import Callable
from pathlib import Path

from .gazetteer import SqliteList, write_sqlite
from .recognizers import Finding

__all__ = ["LANGS", "ordinary_opening", "ordinary_inside", "trim_ordinary_edges", "ordinary_pair", "menu_item", "sentence_languages", "ordinary_in",
           "load_dictionary"]

PACKAGE = "wordfreq"
SCHEMA = 1
# wordfreq's languages written in Latin, Cyrillic or Greek script ("sh": Serbo-Croatian, Latin script). A fixed
# order: a word's languages are a bit mask over it.
LANGS = ("en de fr es pt it nl da nb sv fi pl cs sk ro hu ru uk el tr sh sl ca lt lv id ms fil is bg mk vi").split()
MIN_ZIPF = 3.0  # used at least once per million words: an ordinary word of the language
NAME_GUARD = 250  # a word some country ranks among its 250 commonest given names or surnames stays a name
# the readings dropped on an ordinary opening word: a lone word proposed by the NER model or the name list, with
# nothing around it that names a person (a context source, "person_context_*", is never dropped)
WEAK = frozenset({"spacy_ner", "spacy_ner_name_shape", "spacy_ner_name_list", "name_list_word",
                  "spacy_ner_known_place", "place_case_ending"})
WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
# what may stand between a sentence's or a cell's start and its first word: spaces, numbering, bullets, quotes
LEAD = re.compile(r"[\s\d#*•·\-–—>\"'„“«(\[]*")
OPENS = ".!?:;|\t\n"  # a sentence ends, a label's colon, a table's separator: the next word opens
BUILD_TIMEOUT_S = 300
MODULE = "governed_tuning.gates.pii.dictwords"


def _fold(word: str) -> str:
    return unicodedata.normalize("NFC", word.casefold())


# --------------------------------------------------------------------------- the derived dictionary


def _source() -> tuple[str, list[Path]]:
    """(wordfreq's version, its "small" word lists of ``LANGS``)."""
    import wordfreq

    data = Path(wordfreq.__file__).parent / "data"
    return wordfreq.__version__ if hasattr(wordfreq, "__version__") else _version(), \
        [data / f"small_{lang}.msgpack.gz" for lang in LANGS if (data / f"small_{lang}.msgpack.gz").exists()]


def _version() -> str:
    from importlib import metadata

    return metadata.version(PACKAGE)


def _digest(files: list[Path]) -> str:
    h = hashlib.sha256()
    for p in files:
        h.update(p.name.encode() + b"\0")
        h.update(hashlib.sha256(p.read_bytes()).digest())
    return h.hexdigest()


def cache_path() -> tuple[Path, str, str]:
    from .gazetteer import cache_dir

    version, files = _source()
    digest = _digest(files)
    return cache_dir() / f"dictwords-{SCHEMA}-{digest[:16]}.sqlite", version, digest


def build(out: Path, meta: dict[str, str]) -> int:
    """Derive the SQLite dictionary (word -> bit mask of ``LANGS``) from wordfreq's lists, atomically."""
    import wordfreq

    masks: dict[str, int] = {}
    last_bucket = round((9 - MIN_ZIPF) * 100)  # wordfreq's buckets are centibels: Zipf = 9 - bucket / 100
    for bit, lang in enumerate(LANGS):
        try:
            buckets = wordfreq.get_frequency_list(lang, "small")
        except LookupError:
            continue
        for bucket in buckets[:last_bucket + 1]:
            for w in bucket:
                if WORD.fullmatch(w):
                    k = _fold(w)
                    masks[k] = masks.get(k, 0) | (1 << bit)
    write_sqlite(out, "CREATE TABLE words (word TEXT PRIMARY KEY, langs INTEGER NOT NULL) WITHOUT ROWID",
                 "INSERT INTO words VALUES (?, ?)", sorted(masks.items()),
                 {**meta, "schema": str(SCHEMA), "langs": " ".join(LANGS)})
    return len(masks)


class Dictionary(SqliteList):
    """Lookups in the derived file: ``langs(word) -> frozenset`` of the languages it is an ordinary word of."""

    def __init__(self, path: Path):
        super().__init__(path)
        meta = dict(self._con().execute("SELECT key, value FROM meta").fetchall())
        self.version, self.sha256 = meta.get("version", ""), meta.get("sha256", "")
        self.order = meta.get("langs", "").split()
        self.langs = functools.lru_cache(maxsize=1 << 16)(self._langs)  # type: ignore[method-assign]

    def _langs(self, word: str) -> frozenset[str]:
        row = self._con().execute("SELECT langs FROM words WHERE word = ?", (_fold(word),)).fetchone()
        if not row:
            return frozenset()
        return frozenset(lang for bit, lang in enumerate(self.order) if row[0] >> bit & 1)


_LOCK = threading.Lock()
_LOADED: dict[str, Dictionary | None] = {}


def load_dictionary() -> Dictionary | None:
    """The derived dictionary (built on first use, in a child process); None when wordfreq is not installed."""
    with _LOCK:
        if "d" in _LOADED:
            return _LOADED["d"]
        try:
            path, _, _ = cache_path()
        except ImportError:
            _LOADED["d"] = None
            return None
        if not path.exists():
            from .gazetteer import build_in_child

            build_in_child(path, "dictionary of ordinary words", PACKAGE, MODULE, "about twenty seconds",
                           BUILD_TIMEOUT_S)
        _LOADED["d"] = Dictionary(path)
        return _LOADED["d"]


# --------------------------------------------------------------------------- the rule


def ordinary_in(word: str) -> frozenset[str]:
    """The languages ``word`` is an ordinary word of (empty without the dictionary)."""
    d = load_dictionary()
    return d.langs(word) if d is not None else frozenset()


def opens(text: str, start: int) -> bool:
    """Whether the word at ``start`` is the first word of its sentence, line or cell: before it (within the
    line) only a list's number, bullets and quotes, after a sentence's end (not an abbreviation's dot, and not a
    number's: "Apt. 405 Sindi"), a label's colon or a table separator."""
    i = start
    lo = max(0, start - 64)
    while i > lo and text[i - 1] not in "\n\t" and (text[i - 1].isspace() or text[i - 1] in "#*•·-–—>\"'„“«(["):
        i -= 1
    m = LIST_NUMBER.search(text, max(0, i - 12), i)  # "1. Paczka", "2) Tilaus": a list's number at a line's start
    if m is not None:
        i = m.start()
    if i == 0 or text[i - 1] in "\n\t|:;!?":
        return True
    # a sentence's full stop, not an abbreviation's ("Apt. 405 Sindi", "Dr. Sindi", "ul. Lipowa"): after a
    # lower-case word of three letters or more, or a capitalised one of four or more
    return text[i - 1] == "." and _sentence_end(text, i - 1)


LIST_NUMBER = re.compile(r"(?:^|(?<=[\n\t]))[ \t]*\d{1,3}[.)][ \t]*$")


def _sentence_end(text: str, dot: int) -> bool:
    m = re.search(r"([^\W\d_]+|\d+)$", text[max(0, dot - 40):dot])
    if m is None:
        return False
    w = m.group(1)
    return (w.isalpha() and w.islower() and len(w) >= 3) or (w.isalpha() and len(w) >= 4 and not w.isupper())


# the text last asked about and its answers by (start, end, reach), as one tuple (a thread reads it whole)
_LANGS_HELD: list[tuple[str, dict] | None] = [None]
LANGS_HELD_MAX = 20_000


def _same_text_memo(fn: Callable[[str, int, int, int], frozenset[str]]) -> Callable[..., frozenset[str]]:
    """``fn`` remembered for the text it was last asked about (by identity, one text held): the judges of a
    finding (``ordinary_opening``, ``ordinary_inside``, ``trim_ordinary_edges``) ask about the same word of the
    same text in turn, ~3.6 times per distinct question on chat records; the answer is a function of the text
    and the positions alone."""

    @functools.wraps(fn)
    def run(text: str, start: int, end: int, reach: int = 200) -> frozenset[str]:
        if len(text) > LANGS_HELD_MAX:
            return fn(text, start, end, reach)  # (a long text is not kept alive past its reading)
        held = _LANGS_HELD[0]
        if held is None or held[0] is not text:
            held = _LANGS_HELD[0] = (text, {})
        key = (start, end, reach)
        hit = held[1].get(key)
        if hit is None:
            hit = held[1][key] = fn(text, start, end, reach)
        return hit
    return run


@_same_text_memo
def sentence_languages(text: str, start: int, end: int, reach: int = 200) -> frozenset[str]:
    """The languages of the words around ``text[start:end]`` in its sentence or cell (not its own word), by
    the dictionary: the languages that most of those words are ordinary in (ties kept)."""
    lo, hi = max(0, start - reach), min(len(text), end + reach)
    s = max((text.rfind(c, lo, start) for c in ".!?\n\t|"), default=-1) + 1
    s = max(s, lo)
    e = min((i for i in (text.find(c, end, hi) for c in "!?\n\t|") if i >= 0), default=hi)
    score: dict[str, int] = {}
    for m in WORD.finditer(text, s, e):
        w = m.group()
        if start <= m.start() < end or len(w) < 2 or (w.isupper() and len(w) <= 5):
            continue  # a letter, an acronym ("PR", "SKU"): no language's
        for lang in ordinary_in(w):
            score[lang] = score.get(lang, 0) + 1
    if not score:
        return frozenset()
    best = max(score.values())
    found = frozenset(lang for lang, n in score.items() if n == best)
    return found if len(found) <= MAX_TIED else frozenset()  # words of every language say none


MAX_TIED = 8  # more languages tied than this: the words around are too few or too common to tell


def ordinary_opening(text: str, f: Finding) -> bool:
    """Whether ``f`` is a weak reading of one capitalised word that opens its sentence or cell and is an
    ordinary word of the language the rest of the sentence is written in, and no common name anywhere."""
    if f.source not in WEAK or f.entity not in ("PERSON", "LOCATION"):
        return False
    word = text[f.start:f.end]
    if not WORD.fullmatch(word) or not word[0].isupper() or word.isupper() or len(word) < 3:
        return False
    if not opens(text, f.start):
        return False
    own = ordinary_in(word)
    if not own:
        return False
    langs = sentence_languages(text, f.start, f.end)
    if not langs & own:
        return False
    from .names import gazetteer

    rank = gazetteer().best(word)
    return not 0 < rank <= NAME_GUARD


NOUN_CAPITALS = frozenset({"de"})  # languages that write every noun with a capital
INSIDE_GUARD = 1000  # a proper noun of ordinary words holds no word some country ranks this common as a name
INSIDE_WORDS = 3  # a proper noun made of ordinary words is short: "Komisji Europejskiej", "Merkez Bankası"


def ordinary_inside(text: str, f: Finding) -> bool:
    """Whether ``f`` is a weak reading of one to three words inside a sentence, the first and the last
    capitalised, that are all ordinary words of the language the rest of the sentence is written in, that language
    not English, and none a common name anywhere (``NAME_GUARD``): a German noun ("erwägt Verbot von
    Lieferrobotern", "5 Stück") or a proper noun made of the language's words ("pod lupą Komisji Europejskiej",
    "yra Jungtinėje Karalystėje"; at a sentence's start too when of two words or more: "Merkez Bankası, ..."). A
    lone opening word is ``ordinary_opening``'s. English is left to its own rules: its surnames are English
    words ("Baker", "Wheeler"). One word is judged so only in a language that capitalises its nouns (German):
    elsewhere a capital mid-sentence marks a name ("Merhaba, ben Berrak", though "berrak" is Turkish for clear).
    A name the list ranks common keeps its reading ("säger att Jasmine är", "gegen mutmaßlichen Schweizer
    Spion", "Herr Keller")."""
    if f.source not in WEAK or f.entity != "PERSON":
        return False
    words = list(WORD.finditer(text, f.start, f.end))
    if not 1 <= len(words) <= INSIDE_WORDS or words[0].start() != f.start or words[-1].end() != f.end:
        return False
    first, last = words[0].group(), words[-1].group()
    if not (first[0].isupper() and last[0].isupper()) or any(m.group().isupper() or len(m.group()) < 3
                                                              for m in words if m.group()[0].isupper()):
        return False
    if len(words) == 1 and opens(text, f.start):
        return False  # a sentence's first word: ordinary_opening's
    langs = sentence_languages(text, f.start, f.end)
    if not langs or "en" in langs:
        return False
    if len(words) == 1 and not langs & NOUN_CAPITALS:
        return False  # one capitalised word mid-sentence is a name where only names have capitals ("ben Berrak")
    from .names import gazetteer

    g = gazetteer()
    guard = NAME_GUARD if len(words) == 1 else INSIDE_GUARD
    return all(ordinary_in(m.group()) & langs and not 0 < g.best(m.group()) <= guard for m in words)


def trim_ordinary_edges(text: str, f: Finding) -> Finding:
    """``f`` without the words at its edges that are ordinary words of the language the rest of its sentence is
    written in (that language not English) and no common name anywhere: the NER model runs a name or a brand
    on into the sentence's words ("Korvaava Hugo lähtee": replacement Hugo; "19 Stück Franklin planner"), and the
    whole span then joined the dataset's names, so "Korvaava" and "Stück" were scrubbed in every record. Only a
    weak reading of two words or more; at least one word is kept ("Jürgen Vogel", "Tomasz Wróbel" stay whole:
    "Vogel" and "Wróbel" are common names)."""
    if f.source not in WEAK or f.entity != "PERSON":
        return f
    words = list(WORD.finditer(text, f.start, f.end))
    if len(words) < 2:
        return f
    from .names import gazetteer

    g = gazetteer()
    langs: frozenset[str] | None = None

    def ordinary(w: str) -> bool:
        nonlocal langs
        if langs is None:
            langs = sentence_languages(text, f.start, f.end)
        return bool(langs) and "en" not in langs and bool(ordinary_in(w) & langs) and not 0 < g.best(w) <= NAME_GUARD

    # a capitalised edge word only where its capital says nothing: a sentence's first word, or a noun of a language
    # that capitalises nouns ("aquí Fermín García" keeps "Fermín", though "fermín" is a Spanish word)
    i, j = 0, len(words)
    while j - i > 1 and ordinary(words[i].group()) and (i == 0 and opens(text, words[i].start()) or
                                                       words[i].group().islower() or bool(langs and langs & NOUN_CAPITALS)):
        i += 1
    while j - i > 1 and ordinary(words[j - 1].group()) and (words[j - 1].group().islower() or
                                                           bool(langs and langs & NOUN_CAPITALS)):
        j -= 1
    if (i, j) == (0, len(words)):
        return f
    return Finding(words[i].start(), words[j - 1].end(), f.entity, f.score, f.source)


def ordinary_pair(text: str, f: Finding) -> bool:
    """Whether ``f`` is the name list's reading of lower-case words ("penyedot debu", "kuingia kwa") that are
    all ordinary words of one language, or the NER model's of one lower-case word that is an ordinary word of
    the sentence's language ("Hyvitys 2876 on maksettu"), none among a country's commonest names: "wei zhang" and
    "fabiana camacho" stay names ("zhang", "fabiana" are common names), "penyedot debu" (vacuum cleaner) is a
    thing."""
    paired = f.source in ("name_list_pair", "name_list_lower") and f.entity == "PERSON"
    if not (paired or f.source in WEAK and f.entity in ("PERSON", "LOCATION")):
        return False
    words = WORD.findall(text, f.start, f.end)
    if len(words) < (2 if paired else 1) or not all(w.islower() for w in words):
        return False
    if len(words) == 1:  # a lone lower-case word the NER model called a place or a person ("on maksettu")
        langs = sentence_languages(text, f.start, f.end)
        from .names import gazetteer

        own = ordinary_in(words[0])  # (where the words around tell no language, its own: it is lower case)
        return bool(own & langs or own and not langs) and not 0 < gazetteer().best(words[0]) <= NAME_GUARD
    shared = ordinary_in(words[0])
    for w in words[1:]:
        shared &= ordinary_in(w)
    if not shared:
        return False  # not words of one language together
    from .names import gazetteer

    g = gazetteer()
    return not any(0 < g.best(w) <= NAME_GUARD for w in words)


# a menu's or a catalogue's line: an item, then a price (a currency's sign or symbol with the number, or the
# number after dot leaders): "Rántott csirke .......... 2890 Ft", "Soto ayam 25900 Rp", "Fårikål – 289 kr"
PRICE_LINE = re.compile(r"[ \t>*•·-]*(?P<item>[^\n\d]{2,80}?)(?P<sep>[ \t]*[.…·_]{3,}[ \t]*|[ \t]+[-–—:|][ \t]+|\t+|[ \t]+)"
                        r"(?P<price>(?P<pre>[€$£¥₽₺₹][ \t]?)?\d[\d.,  ]*?(?:[ \t]?(?P<cur>[^\W\d_]{1,4}\.?|[€$£¥₽₺₹]))?)"
                        r"[ \t]*")


def menu_item(text: str, f: Finding) -> bool:
    """Whether ``f`` is a weak reading of one capitalised word in the item of a menu's or a catalogue's line
    (``PRICE_LINE``: a price after it, with its currency or after dot leaders) that lower-case words describe
    ("Soto ayam .... 25900 Rp", "Ayam penyet sambal ijo .... 30400 Rp", "Wali na maharage .... 4800 TSh"): a
    dish or a thing, not a person. A person paid or owed ("Anna Kovács .... 2890 Ft") is two capitalised words
    and stays."""
    if f.source not in WEAK or f.entity not in ("PERSON", "LOCATION") or " " in text[f.start:f.end].strip():
        return False
    ls = text.rfind("\n", 0, f.start) + 1
    le = text.find("\n", f.end)
    le = len(text) if le < 0 else le
    if le - ls > 160:
        return False
    m = PRICE_LINE.fullmatch(text, ls, le)
    if m is None or not m.start("item") <= f.start < m.end("item"):
        return False
    from .cldrwords import currency_symbols

    cur = (m.group("cur") or "").casefold().strip(".")
    if not (m.group("pre") or (cur and (cur in currency_symbols() or not cur.isalpha())) or
            m.group("sep").strip(" \t") and m.group("sep").strip(" \t")[0] in ".…·_"):
        return False
    after = WORD.findall(text, f.end, m.end("item"))
    return bool(after) and all(w.islower() or not w[0].isalpha() for w in after)


def _main(argv: list[str]) -> int:
    path, version, digest = cache_path()
    if "--build" not in argv:
        d = load_dictionary()
        print(f"{PACKAGE} {version} sha256:{digest[:16]}… at {path}" if d else f"{PACKAGE} is not installed")
        return 0
    n = build(path, {"package": PACKAGE, "version": version, "sha256": digest})
    print(f"{n} words", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(_main(sys.argv[1:]))
