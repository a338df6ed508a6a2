"""A dataset-wide vote on each word read as a person's name: is it spread to every record, or kept where it was read?

Why: a word a confident reader takes for a name in one record joins the dataset's confirmed names
(``passes.DatasetState.strong_names``) and is then scrubbed in EVERY record that holds it. One misreading was
enough to remove a brand, a product or a verb from the whole dataset: "Az Apple" (Hungarian "the Apple") made
"Apple" a name in 17 records in 15 languages; a sentence-first imperative or verb ("Envíelo", "Proszę",
"Tenho", "Vivo en ...") read once as a signature or a name was scrubbed in every record that opens with it.

A mature tool weighs the whole dataset before it generalises from one reading. Pass 1 already reads every
record, so each record adds, per candidate word (a word of the shape the confirmed names have: capitalised, not
a common or an English word), one vote:

- FOR, when a reader found it as a person there: ``CUE`` when the reading had a person's cue around it (a title,
  "my name is", a greeting or a signature's position, a speaker's label: the ``person_context*`` and
  ``speaker_label`` readers) or is a full name with a given name some country ranks common; ``LOOK`` when only
  the model's look read it (``spacy_ner``);
- AGAINST, when the record holds the word and no reader took it for a person there: ``ORDINARY`` when the word
  stands as a thing (after an article, "my"/"your" or a count: ``people.thing_here``; before a company's form
  "Inc", "GmbH", "Ltd"; before a product's word, a model code or a version: "Apple Watch", "Kali Linux",
  "Debian 12"); ``LOWER`` when it is written in lower case mid-sentence (a word of the language that some
  country also uses as a name: "vivo", "rosa"); ``OPENING`` when it opens a sentence or a line, the one place an
  ordinary word has a capital ("Proszę wysłać", "Tenho 34 anos"); else ``UNREAD`` (capitalised mid-sentence, as
  names and brands are written, and no reader saw a person in it: weak evidence either way). A word inside
  another finding (a street or a town named after someone) votes neither way: it is scrubbed as that.

A record votes once per word and side (a name said five times in one chat is one vote; a record that reads the
word as a person there votes only FOR it). After every batch is merged, a confirmed name is spread across
records only when its votes for outweigh those against (``spreads``; a tie is a word used both ways). A word that loses is
still scrubbed where it was read, and in that record wherever it stands (``engine.Scrubber.propagate`` within a
record): only the spread is withheld. So a real name introduced once and written bare mid-sentence in up to seven
other records is still scrubbed in all of them (8 > 7), while a brand read once by the model's look and written
in twenty other records stays in them (4 < 20), and a verb read once as a signature and opening thirty records
stays in them (8 < 60).

The tally is kept per word as a 64-bit digest (blake2b of its case-folded form), never the word: it is merged
between batches and shipped to Ray's workers like the rest of ``DatasetState``, and costs one small entry per
distinct candidate word. It decides in the same way in every engine, since it depends only on the merged sums.
"""

from __future__ import annotations

import functools
import hashlib
from bisect import bisect_left, bisect_right
import re
from collections.abc import Iterable, Sequence

from .engine import STRONG_PERSON
from .intervals import Intervals, covering
from .names import gazetteer, is_english
from .people import ARTICLE_BEFORE, thing_here
from .recognizers import Finding, _is_common

# weights of one record's vote
CUE = 8  # read as a person with a person's cue around it
LOOK = 4  # read as a person by the model's look alone
ORDINARY = 8  # the word stands as a thing or a product there
LOWER = 4  # written in lower case mid-sentence
OPENING = 2  # unread where every word has a capital: opening a sentence or a line ("Proszę wysłać", "Tenho 34")
UNREAD = 1  # unread with a capital mid-sentence, as names and brands are written

_SHIFT = 32
_MASK = (1 << _SHIFT) - 1
GIVEN_RANK = 1000  # a full name read by the model's look is cued when one of its other words is this common a name

# the forms of a company, and the words that follow a brand when it names a product or a service
ORG_AFTER = re.compile(
    r"[ \t]+(?:Inc|Corp|Corporation|Incorporated|GmbH|AG|KG|KGaA|SE|Ltd|Limited|LLC|LLP|PLC|plc|S\.?A\.?S?|SARL|"
    r"S\.?L\.?|S\.?p\.?A\.?|S\.?r\.?l\.?|B\.?V\.?|N\.?V\.?|A/S|ASA|AB|Oy|Oyj|Zrt|Kft|Sp\.?[ \t]?z[ \t]?o\.?o\.?|"
    r"s\.?r\.?o\.?|Co|Group|Gruppe|Groupe|Grupo|Holding|Holdings|Bank|Labs?|Technologies|Software|Systems|Motors|"
    r"Airlines|Store|Shop|App|app|Apps|OS|Linux|Cloud|Pay|ID|Watch|Music|TV|Studio|Server|Desktop|Mobile|Phone|"
    r"Drive|Mail|Maps|Home|Edition|Pro|Max|Mini|Plus|Ultra|Lite|Premium|Business|Enterprise)(?![\w'’-])")
# a model code or a version after the word ("V15", "Debian 12", "Office 2.1")
CODE_AFTER = re.compile(r"[ \t]+(?:v?\d{1,4}(?:\.\d+)*|(?=[A-Za-z-]*\d)(?=\d*[A-Za-z])[A-Za-z\d]{2,6}(?:-[A-Za-z\d]{1,6})?)"
                        r"(?![\w'’/:-]|[.,]\d)")
OPENS = re.compile(r"(?:^|[.!?:;\n])[ \t\"“'(*>-]*$")  # the word opens a sentence or a line
WORD = re.compile(r"[\w'’-]+")
LINES_FROM = 1 << 16  # a text this long is read line by line (``_against_by_line``)
MARGIN = 32  # characters before a line that a word's vote may read
MEMO_LINES = 1 << 15  # distinct lines remembered per record
LONG_WORD = re.compile(r"(?<![\w'’-])[^\W\d_][\w'’-]{2,}")  # a word of three characters or more led by a letter


@functools.lru_cache(maxsize=1 << 16)
def digest(word: str) -> int:
    """The tally's key for ``word``: 64 bits of blake2b over its case-folded form (the word is never kept)."""
    return int.from_bytes(hashlib.blake2b(word.casefold().encode("utf-8", "surrogatepass"), digest_size=8).digest(),
                          "big")


def _cased(word: str) -> bool:
    return word[:1].isupper()  # (no CJK character has a case)


@functools.lru_cache(maxsize=1 << 16)
def _candidate(word: str) -> bool:
    """A word of the shape a confirmed name's words have (``engine.Scrubber.names_in`` with ``strong_only``)."""
    return len(word) >= 3 and not _is_common(word) and not is_english(word)


@functools.lru_cache(maxsize=1 << 16)
def _name_listed(word: str) -> bool:
    return gazetteer().best(word) > 0


def _cue_source(source: str) -> bool:
    return source.startswith("person_context") or source == "speaker_label"


def _given_beside(words: list[str], word: str) -> bool:
    """Whether another word of the full name ``words`` is a given name some country ranks common."""
    g = gazetteer()
    for w in words:
        if w != word and len(w) >= 2:
            first = g.ranks(w)[0]
            if 0 < first <= GIVEN_RANK:
                return True
    return False


def ordinary_here(text: str, start: int, end: int) -> bool:
    """Whether the capitalised word at ``[start, end)``, no person there, stands as a thing or a product."""
    if thing_here(text, start, end):
        return True
    if ARTICLE_BEFORE.search(text, max(0, start - 8), start) is not None:
        return True
    return ORG_AFTER.match(text, end) is not None or CODE_AFTER.match(text, end) is not None


class NameVotes:
    """Per candidate word (by ``digest``), the weight of the records' votes for it as a person's name and against.

    Merged by adding (in any order: the sums do not depend on how the dataset is cut into batches)."""

    def __init__(self) -> None:
        self.tally: dict[int, int] = {}  # digest -> for << 32 | against

    def __len__(self) -> int:
        return len(self.tally)

    def _add(self, key: int, pro: int, con: int) -> None:
        self.tally[key] = self.tally.get(key, 0) + (pro << _SHIFT) + con

    def merge(self, other: NameVotes) -> None:
        t = self.tally
        for k, v in other.tally.items():
            t[k] = t.get(k, 0) + v

    def votes(self, word: str) -> tuple[int, int]:
        """(for, against) of ``word``."""
        v = self.tally.get(digest(word), 0)
        return v >> _SHIFT, v & _MASK

    def spreads(self, word: str) -> bool:
        """Whether a confirmed name's word is scrubbed in every record (its evidence as a name wins the vote).
        Words in scripts without capitals are not voted on here: they spread as before."""
        if not _cased(word):
            return True
        pro, con = self.votes(word)
        return pro > con

    def add_record(self, texts: Sequence[str], findings: Sequence[Sequence[Finding]],
                   strong: Iterable[str] | None = None) -> None:
        """One record's votes: ``texts`` are its places, ``findings`` the detector's findings in each (before any
        propagation). ``strong``: the sources whose person readings confirm a name dataset-wide."""
        strong = STRONG_PERSON if strong is None else strong
        pro: dict[int, int] = {}
        read: set[int] = set()
        con: dict[int, int] = {}
        for t, fs in zip(texts, findings):
            if not t:
                continue
            for f in fs:
                if f.entity != "PERSON":
                    continue
                words = WORD.findall(t, f.start, f.end)
                confirmed = f.source in strong or f.source.startswith("person_context")
                for w in words:
                    k = digest(w)
                    read.add(k)
                    if not confirmed or not _cased(w) or not _candidate(w):
                        continue
                    weight = CUE if _cue_source(f.source) or (len(words) >= 2 and _given_beside(words, w)) else LOOK
                    pro[k] = max(pro.get(k, 0), weight)
            # a word inside another finding (a street, a town, an address named after someone) is scrubbed as that
            # and says nothing of its use as an ordinary word: no vote
            taken = Intervals(fs) if fs else None
            if len(t) < LINES_FROM:
                _against(t, 0, len(t), taken, con)
            else:
                _against_by_line(t, fs, taken, con)
        for k, v in pro.items():
            self._add(k, v, 0)
        for k, v in con.items():
            if k not in read:
                self._add(k, 0, v)


def _against(t: str, lo: int, hi: int, taken: Intervals | None, con: dict[int, int]) -> None:
    """The votes against of the words of ``t`` that start in ``[lo, hi)`` (``hi`` at a line's end or the text's):
    per word digest, the largest weight, merged into ``con``."""
    for m in LONG_WORD.finditer(t, lo, hi):
        w = m.group()
        s, e = m.start(), m.end()
        if w[0].isupper():
            if not w[1:].islower() and not w.isupper() or not _candidate(w):
                continue  # "iPhone", "McKinsey"-like inner capitals are read as written, not voted on
            if taken is not None and taken.hits(s, e):
                continue
            weight = ORDINARY if ordinary_here(t, s, e) else \
                OPENING if OPENS.search(t, max(0, s - 8), s) is not None else UNREAD
        elif w.islower():
            # only words some country uses as a name ("vivo", "rosa", "mercedes"): the tally stays bounded
            # by the name list, not by the dataset's vocabulary
            if not _candidate(w) or not _name_listed(w) or OPENS.search(t, max(0, s - 8), s) is not None \
                    or taken is not None and taken.hits(s, e):
                continue
            weight = LOWER
        else:
            continue
        k = digest(w)
        con[k] = max(con.get(k, 0), weight)


def _against_by_line(t: str, fs: Sequence[Finding], taken: Intervals | None, con: dict[int, int]) -> None:
    """``_against`` over a long text line by line, each distinct line that no finding touches read once.

    Why: a long record (issue 16's 50 MB record) repeats its lines, and reading every word of it cost ~0.3 CPU s per
    MB. The same result: a word's vote depends on its line and at most ``MARGIN`` characters before it (the
    look-behinds of ``OPENS``, ``thing_here``, ``ARTICLE_BEFORE``: 16 at most, each with one character of
    look-behind) and on what follows it on its line (``ORG_AFTER``, ``CODE_AFTER`` stop at a line's end), so a
    line read with its ``MARGIN`` characters before gives the same words the same weights wherever it stands; a
    line a finding touches is read in place, as before. A record votes the largest weight per word, in any order.
    The memo holds at most ``MEMO_LINES`` lines (text that never repeats gains nothing and keeps no more)."""
    covered = covering(fs)
    # an empty finding holds no position but still stands inside a word (``Intervals.hits``): its line is read
    # in place, as any line a finding touches
    points = sorted(f.start for f in fs if f.start >= f.end)
    memo: dict[str, list[tuple[int, int]]] = {}
    n, lo = len(t), 0
    while lo < n:
        hi = t.find("\n", lo)
        if hi < 0:
            hi = n
        if hi > lo:
            if taken is not None and (covered.hits(lo, hi) or
                                      bisect_right(points, lo) < bisect_left(points, hi)):
                _against(t, lo, hi, taken, con)
            else:
                key = t[max(0, lo - MARGIN):hi]
                votes = memo.get(key)
                if votes is None:
                    mine: dict[int, int] = {}
                    _against(key, lo - max(0, lo - MARGIN), len(key), None, mine)
                    votes = list(mine.items())
                    if len(memo) < MEMO_LINES:
                        memo[key] = votes
                for k, v in votes:
                    if v > con.get(k, 0):
                        con[k] = v
        lo = hi + 1
