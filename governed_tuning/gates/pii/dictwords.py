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
import os
import re
import sqlite3
import sys
import tempfile
import threading
import unicodedata
import weakref
from pathlib import Path

from .recognizers import Finding

__all__ = ["LANGS", "ordinary_opening", "sentence_languages", "ordinary_in", "load_dictionary"]

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
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=out.name + ".", suffix=".tmp", dir=out.parent)
    os.close(fd)
    try:
        con = sqlite3.connect(tmp)
        con.execute("CREATE TABLE words (word TEXT PRIMARY KEY, langs INTEGER NOT NULL) WITHOUT ROWID")
        con.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        con.executemany("INSERT INTO words VALUES (?, ?)", sorted(masks.items()))
        con.executemany("INSERT INTO meta VALUES (?, ?)",
                        sorted({**meta, "schema": str(SCHEMA), "langs": " ".join(LANGS)}.items()))
        con.commit()
        con.close()
        os.chmod(tmp, 0o644)
        os.replace(tmp, out)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return len(masks)


_OPEN: weakref.WeakSet = weakref.WeakSet()


def _reopen_after_fork() -> None:
    for d in list(_OPEN):
        d._local = threading.local()


os.register_at_fork(after_in_child=_reopen_after_fork)


class Dictionary:
    """Lookups in the derived file: ``langs(word) -> frozenset`` of the languages it is an ordinary word of."""

    def __init__(self, path: Path):
        self.path = path
        self._local = threading.local()
        _OPEN.add(self)
        meta = dict(self._con().execute("SELECT key, value FROM meta").fetchall())
        self.version, self.sha256 = meta.get("version", ""), meta.get("sha256", "")
        self.order = meta.get("langs", "").split()
        self.langs = functools.lru_cache(maxsize=1 << 16)(self._langs)  # type: ignore[method-assign]

    def _con(self) -> sqlite3.Connection:
        con = getattr(self._local, "con", None)
        if con is None:
            con = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
            self._local.con = con
        return con

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
    line) only numbering, bullets and quotes, after a sentence's end, a label's colon or a table separator."""
    i = start
    lo = max(0, start - 64)
    while i > lo and text[i - 1] not in "\n\t" and (text[i - 1].isspace() or text[i - 1].isdigit()
                                                    or text[i - 1] in "#*•·-–—>\"'„“«(["):
        i -= 1
    return i == 0 or text[i - 1] in OPENS


def sentence_languages(text: str, start: int, end: int, reach: int = 200) -> frozenset[str]:
    """The languages of the words around ``text[start:end]`` in its sentence or cell (not its own word), by
    the dictionary: the languages that most of those words are ordinary in (ties kept)."""
    lo, hi = max(0, start - reach), min(len(text), end + reach)
    s = max((text.rfind(c, lo, start) for c in ".!?\n\t|"), default=-1) + 1
    s = max(s, lo)
    e = min((i for i in (text.find(c, end, hi) for c in "!?\n\t|") if i >= 0), default=hi)
    score: dict[str, int] = {}
    words = 0
    for m in WORD.finditer(text, s, e):
        if start <= m.start() < end or len(m.group()) < 2:
            continue
        words += 1
        for lang in ordinary_in(m.group()):
            score[lang] = score.get(lang, 0) + 1
    if not score:
        return frozenset()
    best = max(score.values())
    return frozenset(lang for lang, n in score.items() if n == best)


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
