"""The values a scrub found, kept dataset-wide in bounded memory, and found again in any text.

Why: a value confirmed as personal data in one record is personal data everywhere, so the scrub keeps every
distinct value it found (``passes.DatasetState``) and searches each text for them (``KnownValues.find``, the
re-scan's known-value check; name propagation across records). At tens of millions of records that is tens of
millions of values. Two things made that cost grow with the dataset: the values themselves (a dict entry, about
160 bytes each) and the search for values written verbatim (one regular expression of every value, whose
compile time, size and per-character work grow with their number).

``Lexicon`` bounds the first: a mapping ``value -> kind`` that lives in a dict up to ``spill_at`` entries, then in
a private temporary SQLite database (``sqlite3.connect("")``: SQLite keeps it in its page cache and a file it
unlinks as it opens it, in ``$SQLITE_TMPDIR`` or ``$TMPDIR``, so no file of personal data is ever left by name,
even when the process is killed; it is gone when the connection closes). The second is replaced by a token-set
lookup: each value is indexed by its first word (``\\w+`` run, case-folded as ``re.IGNORECASE`` compares
characters), a text's words fetch the few values that can start at one of them, and only those go into the
regular expression, built exactly as before. A value the full expression matches starts at a word of the text
that equals its first word, so the small expression finds exactly what the full one found, in the same places.
"""

from __future__ import annotations

import functools
import re
import sqlite3
import unicodedata
from collections.abc import Iterable, Iterator
from typing import Any

from .alternation import alternation
from .cjk import CJK_NAME_EDGE, cjk_pieces, has_cjk
from .charsets import NOSPACE_EAST
from .recognizers import Finding

SPILL_AT = 65_536  # entries of one lexicon kept in a dict; past this it moves into SQLite (~10 MB in a dict)
CACHE_KB = 8_192  # SQLite page cache per lexicon once spilled (what it costs in memory, whatever its size)
_CHUNK = 500  # keys per SQL query (SQLite's variable limit is far above; the query plan is the same)

DIGIT_KINDS_MIN = 7  # a number needs this many digits to be remembered and searched by its digits
# a number's run; it may touch a letter of a script written without spaces ("番号は526018159です", "หมายเลข0304...ครับ"):
# a number found in one record is found there too
_W = rf"[^\W{NOSPACE_EAST}]"  # a word character that ends a word (not a Thai or East Asian letter: charsets.py)
# (the look-ahead first: one character test where no number starts, before the look-behinds)
NUMBER_RUN = re.compile(rf"(?=[+(\d])(?<!{_W})(?<!\+)\+?\(?\d[\d\s().\-/]{{3,30}}\d\)?(?!{_W})")
# a code of letters and digits in groups (an Irish PPS "937.280.6E" or "9372\n806E", a passport), compared without
# its separators (upper case) with the codes found elsewhere; every run of consecutive groups is tried ("ticket 12
# 9372806E": the code is the second group alone)
_G = r"[A-Za-z0-9]{0,12}\d[A-Za-z0-9]{0,12}"
CODE_RUN = re.compile(rf"(?=[A-Za-z0-9])(?<!{_W})(?<![.\-/+]){_G}(?:(?:[ .\-/]|\r?\n){_G}){{0,6}}(?!{_W})")
CODE_GROUP = re.compile(r"[A-Za-z0-9]+")
CODE_MIN_DIGITS = 6  # a code needs this many digits (and a letter) to be remembered by its letters and digits
CODE_VALUE = re.compile(r"[A-Za-z0-9]+(?:[ .\-/][A-Za-z0-9]+){0,6}")
EMAIL = re.compile(r"[\w.%+-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)
WORD = re.compile(r"[\w'’-]+")  # a word of a name, as the scrub splits names (engine.NAME_WORD)
RUN = re.compile(r"\w+")  # what a value is indexed by: its first run of word characters
NOT_DIGIT = re.compile(r"\D")
SPACES = re.compile(r"\s")
IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{2,4}){3,8}\b", re.I)


NOT_CODES = frozenset({"LOCATION", "STREET_ADDRESS", "IBAN_CODE"})  # (an IBAN has its own reading: IBAN)


def _ascii(digits: str) -> str:
    """A run of decimal digits of any script (fullwidth, Arabic-Indic, Devanagari...) as ASCII digits: a number
    found in one writing is found in the others."""
    return digits if digits.isascii() else "".join(str(unicodedata.decimal(c)) for c in digits)


# --------------------------------------------------------------------------- case folding as re.IGNORECASE does


@functools.cache
def _extra_cases() -> dict[int, int]:
    """Lower-case characters -> one representative of those ``re.IGNORECASE`` also holds equal (i/ı, s/ſ, µ/μ,
    σ/ς, ...: CPython's ``re._casefix`` table, closed under the relation)."""
    from re import _casefix  # type: ignore[attr-defined]

    rep: dict[int, int] = {}
    for a, extra in _casefix._EXTRA_CASES.items():
        group = {a, *extra}
        group |= {rep[m] for m in group if m in rep}
        low = min(min(group), *(rep.get(m, m) for m in group))
        for m in list(rep):
            if rep[m] in group:
                rep[m] = low
        for m in group:
            rep[m] = low
    return {k: v for k, v in rep.items() if k != v}


def fold(text: str) -> str:
    """``text`` with each character replaced by one representative of those ``re.IGNORECASE`` holds equal to it
    (its simple lower case, then the extra equivalences); word characters stay word characters, one for one
    (str.lower differs from the simple mapping only at U+0130 and in final sigma, both handled)."""
    return text.replace("\u0130", "i").lower().translate(_extra_cases())


def _first_run(key: str) -> str:
    m = RUN.match(key)
    return m.group() if m else ""  # a value that starts with punctuation is a candidate for every text


# --------------------------------------------------------------------------- Lexicon


class Lexicon:
    """``value -> kind`` in a dict up to ``spill_at`` entries, then in a private temporary SQLite database.

    ``index``: ``None`` (exact lookups only), ``"exact"`` or ``"fold"`` (values are also indexed by their first
    word, as written or case-folded, for ``candidates``). Values are PII: they stay in this process (and its
    unlinked temporary file), and travel only by pickling (to a Ray worker), never in logs or evidence."""

    def __init__(self, index: str | None = None, spill_at: int | None = None):
        if index not in (None, "exact", "fold"):
            raise ValueError(f"index: {index!r}")
        self.index = index
        self.spill_at = SPILL_AT if spill_at is None else spill_at
        self._mem: dict[str, str] | None = {}
        self._runs: dict[str, str | list[str]] = {}  # first word -> value(s) (in memory, with an index)
        self._db: sqlite3.Connection | None = None
        self._n = 0

    # ----------------------------------------------------------- keys

    def _enc(self, key: Any) -> str:
        return key

    def _dec(self, key: str) -> Any:
        return key

    def _run(self, key: str) -> str:
        return _first_run(fold(key) if self.index == "fold" else key)

    # ----------------------------------------------------------- reading

    def __len__(self) -> int:
        return self._n

    def __bool__(self) -> bool:
        return self._n > 0

    @property
    def spilled(self) -> bool:
        return self._db is not None

    def get(self, key: Any, default: Any = None) -> Any:
        k = self._enc(key)
        if self._mem is not None:
            return self._mem.get(k, default)
        row = self._db.execute("SELECT e FROM v WHERE k = ?", (k,)).fetchone()  # type: ignore[union-attr]
        return default if row is None else row[0]

    def __getitem__(self, key: Any) -> str:
        v = self.get(key)
        if v is None:
            raise KeyError("not a known value")  # never the value itself
        return v

    def __contains__(self, key: Any) -> bool:
        return self.get(key) is not None

    def hits(self, keys: Iterable[Any]) -> dict[Any, str]:
        """The given keys that are here, with their kinds."""
        if self._mem is not None:
            mem = self._mem
            if type(self)._enc is Lexicon._enc:  # keys stored as given: no call per key (the re-scan asks per word)
                return {k: mem[k] for k in keys if k in mem}
            return {k: mem[e] for k in keys if (e := self._enc(k)) in mem}
        enc = {self._enc(k): k for k in keys}
        out = {}
        for part in _chunks(list(enc)):
            q = f"SELECT k, e FROM v WHERE k IN ({','.join('?' * len(part))})"
            out.update({enc[k]: e for k, e in self._db.execute(q, part)})  # type: ignore[union-attr]
        return out

    def candidates(self, runs: Iterable[str]) -> list[str]:
        """The values whose first word (as indexed: folded with ``fold``) is one of ``runs``, and those that start
        with no word character (they could start anywhere)."""
        if self.index is None:
            raise ValueError("this lexicon has no index of first words")
        want = set(runs)
        want.add("")
        if self._mem is not None:
            out: list[str] = []
            for r in want:
                got = self._runs.get(r)
                if got is not None:
                    out += [got] if isinstance(got, str) else got
            return out
        res = []
        for part in _chunks(list(want)):
            q = f"SELECT k FROM v WHERE r IN ({','.join('?' * len(part))})"
            res += [k for (k,) in self._db.execute(q, part)]  # type: ignore[union-attr]
        return res

    def items(self) -> Iterator[tuple[Any, str]]:
        if self._mem is not None:
            for k, e in list(self._mem.items()):
                yield self._dec(k), e
            return
        cur = self._db.execute("SELECT k, e FROM v")  # type: ignore[union-attr]
        while rows := cur.fetchmany(10_000):
            for k, e in rows:
                yield self._dec(k), e

    def __iter__(self) -> Iterator[Any]:
        return (k for k, _ in self.items())

    def keys(self) -> Iterator[Any]:
        return iter(self)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Lexicon):
            return len(self) == len(other) and dict(self.items()) == dict(other.items())
        if isinstance(other, (set, frozenset)):
            return len(self) == len(other) and all(k in self for k in other)
        if isinstance(other, dict):
            return len(self) == len(other) and dict(self.items()) == other
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:  # never the values
        return f"Lexicon({self._n} values, {'spilled to SQLite' if self.spilled else 'in memory'})"

    # ----------------------------------------------------------- writing

    def set(self, key: Any, kind: str) -> None:
        """``key -> kind``; a key already here takes the later kind."""
        self._put([(self._enc(key), kind)], replace=True)

    __setitem__ = set

    def setdefault(self, key: Any, kind: str) -> None:
        """``key -> kind`` unless the key is here already."""
        self._put([(self._enc(key), kind)], replace=False)

    def add(self, key: Any, kind: str = "") -> None:
        """Set-like use (confirmed name words, personal keys): ``key`` is here (its first kind kept)."""
        self.setdefault(key, kind)

    def update(self, other: Lexicon | dict | Iterable[tuple[Any, str]], *, replace: bool = True) -> None:
        """Add ``other``'s entries (later kinds win unless ``replace=False``)."""
        items = other.items() if isinstance(other, (Lexicon, dict)) else other
        batch: list[tuple[str, str]] = []
        for k, e in items:
            batch.append((self._enc(k), e))
            if len(batch) >= 10_000:
                self._put(batch, replace)
                batch = []
        if batch:
            self._put(batch, replace)

    def __ior__(self, other: Iterable[Any]) -> Lexicon:
        """Set union (the name words of a batch): keys already here keep their kind."""
        if isinstance(other, Lexicon):
            self.update(other, replace=False)
        else:
            self.update(((k, "PERSON") for k in other), replace=False)
        return self

    def _put(self, rows: list[tuple[str, str]], replace: bool) -> None:
        if self._mem is not None:
            mem, runs = self._mem, self._runs
            for k, e in rows:
                if k not in mem:
                    if self.index is not None:
                        r = self._run(k)
                        got = runs.get(r)
                        runs[r] = k if got is None else [got, k] if isinstance(got, str) else got + [k]
                    mem[k] = e
                    self._n += 1
                elif replace:
                    mem[k] = e
            if self._n > self.spill_at:
                self._spill()
            return
        db = self._db
        assert db is not None
        before = db.total_changes
        db.execute("BEGIN")
        db.executemany("INSERT OR IGNORE INTO v(k, e, r) VALUES (?, ?, ?)",
                       [(k, e, self._run(k) if self.index else None) for k, e in rows])
        self._n += db.total_changes - before
        if replace:  # a key already here takes the later kind (in order: the last of this batch wins)
            db.executemany("UPDATE v SET e = ? WHERE k = ? AND e <> ?", [(e, k, e) for k, e in rows])
        db.execute("COMMIT")

    def _spill(self) -> None:
        """Move the entries into a private temporary SQLite database (unlinked on open; deleted on close)."""
        db = _connect()
        mem = self._mem or {}
        db.execute("BEGIN")
        db.executemany("INSERT INTO v(k, e, r) VALUES (?, ?, ?)",
                       ((k, e, self._run(k) if self.index else None) for k, e in mem.items()))
        db.execute("COMMIT")
        self._db, self._mem, self._runs = db, None, {}

    def close(self) -> None:
        """Forget every value (the temporary database is deleted by SQLite)."""
        if self._db is not None:
            self._db.close()
        self._db, self._mem, self._runs, self._n = None, {}, {}, 0

    # ----------------------------------------------------------- pickling (Ray ships the state to its workers)

    def __getstate__(self) -> dict[str, Any]:
        d: dict[str, Any] = {"index": self.index, "spill_at": self.spill_at, "n": self._n}
        if self._mem is not None:
            d["mem"] = self._mem
        else:
            d["image"] = self._db.serialize()  # type: ignore[union-attr]  # the database's pages, as a file holds them
        return d

    def __setstate__(self, d: dict[str, Any]) -> None:
        self.index, self.spill_at, self._n = d["index"], d["spill_at"], d["n"]
        self._db, self._runs = None, {}
        if "mem" in d:
            self._mem = {}
            self._n = 0
            self._put(list(d["mem"].items()), replace=True)
            return
        src = sqlite3.connect(":memory:")
        src.deserialize(d["image"])
        db = _connect(create=False)
        src.backup(db)  # into this process's own temporary database: the image is freed after
        src.close()
        self._mem, self._db = None, db


class TupleLexicon(Lexicon):
    """A ``Lexicon`` keyed by tuples of words (full names: ``("dana", "white")``)."""

    def _enc(self, key: Any) -> str:
        return "\x1f".join(key)

    def _dec(self, key: str) -> Any:
        return tuple(key.split("\x1f"))


def _connect(create: bool = True) -> sqlite3.Connection:
    db = sqlite3.connect("", check_same_thread=False, isolation_level=None)
    db.execute("PRAGMA journal_mode = OFF")
    db.execute("PRAGMA synchronous = OFF")
    db.execute(f"PRAGMA cache_size = -{CACHE_KB}")
    db.execute("PRAGMA temp_store = FILE")
    if create:
        db.execute("CREATE TABLE v (k TEXT PRIMARY KEY, e TEXT NOT NULL, r TEXT) WITHOUT ROWID")
        db.execute("CREATE INDEX v_r ON v (r)")
    return db


def _chunks(xs: list, n: int = _CHUNK) -> Iterator[list]:
    for i in range(0, len(xs), n):
        yield xs[i:i + n]


# --------------------------------------------------------------------------- the values of a dataset


WORD_CHAR = re.compile(r"[\w'’-]")  # a character of a WORD


def whole_words(text: str, words: Iterable[str]) -> list[tuple[int, int]]:
    """Where ``words`` (each a WORD) stand in ``text`` as whole words, in order: the spans of
    ``WORD.finditer(text)`` whose word is one of them (a WORD match is a maximal run of its characters, so an
    occurrence with no WORD character either side is one, and every one is such an occurrence).

    Why not one pattern of the words (``alternation``): a long text is read window by window, each window holds
    its own few known words, and compiling a pattern for every window was a third of finding the known values
    (4% of a long record's scrub); ``str.find`` per word costs a few microseconds."""
    out = []
    n = len(text)
    for w in words:
        k = len(w)
        i = text.find(w) if k else -1
        while i >= 0:
            e = i + k
            if (i == 0 or not WORD_CHAR.match(text, i - 1)) and (e == n or not WORD_CHAR.match(text, e)):
                out.append((i, e))
            i = text.find(w, i + 1)
    out.sort()
    return out


@functools.lru_cache(maxsize=4096)
def _texts_regex(values: tuple[str, ...]) -> re.Pattern:
    return re.compile(r"(?i:(?<!\w)(?:" + "|".join(map(re.escape, values)) + r")(?!\w))")


def _longest_first(values: Iterable[str]) -> tuple[str, ...]:
    # longest first, as the one expression of every value was ordered (values of one length never differ in
    # what they match at one place, so ties are broken by the value only to make the cache's key stable)
    return tuple(sorted(set(values), key=lambda v: (-len(v), v)))


class KnownValues:
    """Values the scrub found, kept in memory up to a bound and then on disk (never written by name), to be found
    again anywhere.

    Names are searched by their words (capitalised, as the scrub propagates them), emails case-insensitively,
    numbers of seven or more digits by their digits whatever the separators, other values verbatim
    (case-insensitive, at word boundaries)."""

    def __init__(self, spill_at: int | None = None) -> None:
        self.words: Lexicon = Lexicon("exact", spill_at)  # name word -> entity
        self.emails = Lexicon(None, spill_at)
        self.digits = Lexicon(None, spill_at)
        self.texts = Lexicon("fold", spill_at)  # casefolded value -> entity
        self._ibans = False  # any IBAN among the digits (asked once per text: a flag, not a scan of all values)
        self._codes = False  # any code of letters and digits among them (the same)
        self.names_not_spread: int | None = None  # confirmed name words the dataset-wide vote kept local (a count)

    def __len__(self) -> int:
        return len(self.words) + len(self.emails) + len(self.digits) + len(self.texts)

    def add(self, entity: str, value: str) -> None:
        v = " ".join(value.split())
        if not v:
            return
        if "@" in v and EMAIL.fullmatch(v):
            self.emails.set(v.casefold(), entity)
            return
        d = _ascii(re.sub(r"\D", "", v))
        if len(d) >= DIGIT_KINDS_MIN and not re.search(r"[^\W\d_]", v):
            self.digits.set(d, entity)
            return
        if entity == "PERSON":
            return  # people are remembered by word (add_name_words), as the scrub propagates them
        if len(d) >= CODE_MIN_DIGITS and entity not in NOT_CODES and v.isascii() and CODE_VALUE.fullmatch(v) and \
                re.search(r"[A-Za-z]", v):
            self.digits.set(re.sub(r"[^A-Za-z0-9]", "", v).upper(), entity)  # (a code: letters and digits)
            self._codes = True
        compact = re.sub(r"[\s-]", "", v).upper()
        if entity == "IBAN_CODE" and len(compact) >= 15:
            self.texts.set(v.casefold(), entity)
            self.digits.set(compact, entity)
            self._ibans = True
            return
        if len(v) >= 6:
            self.texts.set(v.casefold(), entity)

    def add_name_words(self, words: Iterable[str]) -> None:
        if isinstance(words, Lexicon):
            self.words.update(((w, "PERSON") for w in words), replace=False)
        else:
            for w in words:
                self.words.setdefault(w, "PERSON")

    def merge(self, later: KnownValues) -> None:
        """Add ``later``'s values (a value found as two kinds keeps the later kind)."""
        self.words.update(later.words, replace=False)
        self.emails.update(later.emails)
        self.digits.update(later.digits)
        self.texts.update(later.texts)
        self._ibans = self._ibans or later._ibans
        self._codes = self._codes or later._codes

    def close(self) -> None:
        for lex in (self.words, self.emails, self.digits, self.texts):
            lex.close()

    def find(self, text: str, names: bool = True) -> list[Finding]:
        """Where remembered values occur in ``text`` (``names``: people's name words too)."""
        out: list[Finding] = []
        if not text:
            return out
        if names and self.words:
            from .people import thing_here  # (people imports the name list; loaded on first use)

            toks = WORD.findall(text)
            known = self.words.hits(set(toks))
            # a long text is searched for the few known words it holds (a word is a maximal run of WORD's
            # characters), not walked word by word in Python
            spans = ((m.start(), m.end()) for m in WORD.finditer(text)) if len(toks) <= 64 or not known \
                else whole_words(text, known)
            for s, e in spans if known else ():
                # a name word that stands here as a thing ("40 x Fitbit", "mein Grafana") is not that name
                if text[s:e] in known and text[s - 1:s] != "<" and text[e:e + 1] != ">" \
                        and not thing_here(text, s, e):
                    out.append(Finding(s, e, "PERSON", 1.0, "known_value"))
        if self.texts:
            # (an ASCII run folds to its lower case: ``fold`` maps no ASCII character elsewhere; a third of the cost)
            cands = self.texts.candidates({r.lower() if r.isascii() else fold(r) for r in set(RUN.findall(text))})
            if cands:
                for m in _texts_regex(_longest_first(cands)).finditer(text):
                    out.append(Finding(m.start(), m.end(), self.texts.get(m.group().casefold(), "PERSON"), 1.0,
                                       "known_value"))
        if self.emails and "@" in text:
            ms = list(EMAIL.finditer(text))
            hit = self.emails.hits({m.group().casefold() for m in ms})
            out += [Finding(m.start(), m.end(), hit[m.group().casefold()], 1.0, "known_value")
                    for m in ms if m.group().casefold() in hit]
        if self.digits:
            runs = []
            for m in NUMBER_RUN.finditer(text):
                raw = m.group().rstrip(".-/)(")
                runs.append((m.start(), m.start() + len(raw), _ascii(NOT_DIGIT.sub("", raw))))
            ibans = [(m.start(), m.end(), SPACES.sub("", m.group()).upper())
                     for m in IBAN.finditer(text)] if self._ibans else []  # IBANs, compared without spaces
            if self._codes:  # codes, compared by their letters and digits (fullwidth forms read as ASCII)
                from .otherdigits import fold_digits

                for m in CODE_RUN.finditer(fold_digits(text) or text):
                    if re.search(r"[A-Za-z]", m.group()):
                        gs = [(g.start() + m.start(), g.end() + m.start(), g.group().upper())
                              for g in CODE_GROUP.finditer(m.group())]
                        ibans += [(gs[i][0], gs[j][1], "".join(g for _, _, g in gs[i:j + 1]))
                                  for i in range(len(gs)) for j in range(i, len(gs))]
            if runs or ibans:
                hit = self.digits.hits({k for _, _, k in runs + ibans})
                out += [Finding(s, e, hit[k], 1.0, "known_value") for s, e, k in runs + ibans if k in hit]
        return out


# --------------------------------------------------------------------------- names across records


@functools.lru_cache(maxsize=4096)
def names_regex(names: tuple[str, ...]) -> re.Pattern:
    """Name words where they stand as words (``engine.Scrubber.names_regex``'s pattern); a CJK name inside a
    run of letters, as the engine finds it ("我是王鑫明。": no word boundary around it)."""
    cjk = [n for n in names if has_cjk(n)]
    rx = alternation(names, not_after=r"[\w<]") + r"(?![\w>])"  # a trie: alternation.py
    if cjk:
        rest = [n for n in names if not has_cjk(n)]
        rx = "|".join(([alternation(rest, not_after=r"[\w<]") + r"(?![\w>])"] if rest else []) +
                      [CJK_NAME_EDGE + "(?:" + alternation(cjk) + r")(?![A-Za-z0-9_>])"])
    return re.compile(rx)


def names_regex_in(known: Lexicon, text: str) -> re.Pattern | None:
    """The pattern of every name word in ``known`` that can occur in ``text`` (None when none can): it finds
    exactly what the pattern of all of ``known`` would (case-sensitive, at word boundaries)."""
    cands = known.candidates(_runs(text))
    return names_regex(_longest_first(cands)) if cands else None


def _runs(text: str, piece: int = 1 << 20) -> set[str]:
    """The distinct word runs of ``text``, listed a megabyte at a time (cut at a space): a 50 MB record's ~9
    million words never stand in one list."""
    out: set[str] = set()
    a = 0
    while a < len(text):
        b = text.find(" ", a + piece) if len(text) - a > piece else -1
        b = len(text) if b < 0 else b
        out.update(RUN.findall(text, a, b))
        a = b
    if has_cjk(text):
        out |= cjk_pieces(text)  # a CJK name stands inside a longer run of letters ("我是王鑫明。")
    return out
