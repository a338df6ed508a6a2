"""A pattern tried only where its first characters stand: the same matches as the pattern, less time.

Why: the recognizers' context patterns open with a lookbehind and a case-blind alternation of hundreds of
phrases ("my name is|je m'appelle|меня зовут|..."), so Python's ``re`` finds no literal to skip to and tries
every phrase at every word start of the text: `multilingual.TRIGGER_RX` alone was ~0.9 CPU s per MB of prose,
the label words of `idlabels` and the introductions of `recognizers` as much again. Here the pattern's possible
first ``k`` characters (read from its parse: literals, small classes, optional and repeated parts, alternatives)
become a trie searched as a zero-width look-ahead, behind the pattern's own leading lookbehind or word boundary;
only where that look-ahead holds is the pattern itself matched (``rx.match(text, p)``), so what is found, and
every group of it, is exactly what ``rx.finditer`` / ``rx.search`` find.

Why it is exact: a match of ``rx`` that starts at ``p`` reads at ``p`` one of the prefixes computed (a superset:
look-arounds are skipped, classes too wide to list end a prefix early, the trie is case-blind where the pattern
may not be), and its leading lookbehind holds there, so ``p`` is a candidate; candidates are tried in order from
where the last match ended, as ``finditer`` searches; a lookbehind sees before ``pos`` in ``match`` as in
``search``. Patterns that can match the empty string, or whose prefixes cannot be listed, are left as they are
(``fast`` returns the pattern itself). tests/gates/pii/test_pii_prefilter.py checks each pattern that uses it
against ``finditer`` on varied texts.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import cast
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser as P  # type: ignore[attr-defined]

from .alternation import alternation

__all__ = ["Prefiltered", "WRAPPED", "fast"]

_WILD = None  # a character the prefix cannot list (a wide class, any character): the prefix ends before it
MAX_CLASS = 96  # a class of more characters than this ends a prefix
MAX_PREFIXES = 4000  # more prefixes than this: fewer characters are read ahead
_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")
_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", C.MAX_REPEAT))


class _TooMany(Exception):
    pass


def _seq(items, k: int) -> set[tuple]:
    """The first ``k`` characters a sequence of parsed items can read (tuples; shorter where the sequence ends
    or a character cannot be listed, then ending in ``_WILD``)."""
    out: set[tuple] = {()}
    for op, av in items:
        done = {p for p in out if len(p) >= k or (p and p[-1] is _WILD)}
        todo = out - done
        if not todo:
            return out
        ext = _item(op, av, k)
        nxt = set()
        for p in todo:
            for e in ext:
                q = p + e
                nxt.add(q[:k])
        out = done | nxt
        if len(out) > MAX_PREFIXES:
            raise _TooMany
    return out


def _item(op, av, k: int) -> set[tuple]:
    if op is C.LITERAL:
        return {(chr(av),)}
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
        return {()}  # zero width: skipped (a superset)
    if op is C.IN:
        chars: list[str] = []
        for o, a in av:
            if o is C.LITERAL:
                chars.append(chr(a))
            elif o is C.RANGE and a[1] - a[0] < MAX_CLASS:
                chars += [chr(c) for c in range(a[0], a[1] + 1)]
            else:  # a category, a negated or wide class
                return {(_WILD,)}
        if len(chars) > MAX_CLASS:
            return {(_WILD,)}
        return {(c,) for c in chars}
    if op is C.SUBPATTERN:
        return _seq(av[-1].data, k)
    if op is C.BRANCH:
        s: set[tuple] = set()
        for alt in av[1]:
            s |= _seq(alt.data, k)
        return s
    if op in _REPEATS:
        lo, hi, item = av
        hi = k if hi == C.MAXREPEAT or hi > k else hi
        s = set()
        for n in range(min(lo, k), hi + 1):
            s |= _seq(list(item.data) * n, k)
        return s
    return {(_WILD,)}


def _guards(items) -> int:
    """How many of the parsed pattern's first items are lookbehinds or word boundaries: those every match reads.
    A pattern that is an alternation at its top level parses as one branch item (a lookbehind all its branches
    open with is factored out before it): the first branch's lookbehind is no guard of the others
    ("(?<![\\w.])(?:p\\.?o\\.? box|...)|私書箱\\d+": "a私書箱 12" was no candidate)."""
    n = 0
    for op, av in items:
        if (op in (C.ASSERT, C.ASSERT_NOT) and av[0] == -1) or (op is C.AT and av is C.AT_BOUNDARY):
            n += 1
        else:
            break
    return n


def _leading_guard(source: str, limit: int | None = None) -> str:
    """The pattern's leading lookbehinds and word boundaries, as written (the prefilter asks them first: most
    places inside a word fail there at once); at most ``limit`` of them (``_guards``: those the parse puts first)."""
    m = _GLOBAL_FLAGS.match(source)
    i = m.end() if m else 0
    start = i
    taken = 0
    while i < len(source) and (limit is None or taken < limit):
        taken += 1
        if source.startswith(r"\b", i):
            i += 2
            continue
        if not source.startswith(("(?<!", "(?<="), i):
            break
        for j in range(i + 5, len(source) + 1):
            if source[j - 1] != ")":
                continue
            try:
                items = P.parse(source[i:j]).data
            except re.error:
                continue
            if len(items) == 1 and items[0][0] in (C.ASSERT, C.ASSERT_NOT) and items[0][1][0] == -1:
                i = j
                break
        else:
            break
        if source[i - 1] != ")":  # pragma: no cover - a lookbehind that did not parse
            break
    return source[start:i]


class Prefiltered:
    """``rx`` with ``finditer`` and ``search`` tried only at its candidates (see the module); everything else
    (``match``, ``pattern``, ``groupindex`` ...) is the pattern's own."""

    def __init__(self, rx: re.Pattern, candidates: re.Pattern | None, prefixes: frozenset[str],
                 needs: re.Pattern | None = None, first: re.Pattern | None = None):
        self.rx = rx
        self.candidates = candidates  # None: every place (only ``needs`` gates the search)
        self.prefixes = prefixes  # what the candidates look ahead for (the tests build texts from them)
        self.needs = needs
        self.first = first  # the prefixes, folded, searched in the folded text first (``_first_stage``)

    def __getattr__(self, name: str):
        if name in ("rx", "candidates", "prefixes", "needs", "first"):  # not set yet (a copy being made)
            raise AttributeError(name)
        return getattr(self.rx, name)

    def __reduce__(self):
        return Prefiltered, (self.rx, self.candidates, self.prefixes, self.needs, self.first)

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match]:
        end = len(text) if endpos is None else endpos
        if self.needs is not None and self.needs.search(text, pos, end) is None:
            return
        if self.candidates is None:
            yield from self.rx.finditer(text, pos, end)
            return
        match = self.rx.match
        last = pos
        a, b = max(pos, 0), min(end, len(text))
        folded = _folded(text, a, b) if self.first is not None and a <= b else None
        if folded is not None:
            # where a folded prefix stands (a superset of the candidates, found by a case-sensitive search that
            # skips to the prefixes' first characters), the candidates' own test, then the pattern
            assert self.first is not None
            candidate = self.candidates.match
            for c in self.first.finditer(folded):
                p = a + c.start()
                if p < last or candidate(text, p, end) is None:
                    continue
                m = match(text, p, end)
                if m is not None:
                    yield m
                    last = m.end()
            return
        for c in self.candidates.finditer(text, pos, end):
            p = c.start()
            if p < last:
                continue
            m = match(text, p, end)
            if m is not None:
                yield m
                last = m.end()

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match | None:
        return next(self.finditer(text, pos, endpos), None)

    def findall(self, text: str, pos: int = 0, endpos: int | None = None) -> list:
        return self.rx.findall(text, pos, len(text) if endpos is None else endpos) \
            if self.rx.groups else [m.group() for m in self.finditer(text, pos, endpos)]


WRAPPED: list[Prefiltered] = []  # every pattern ``fast`` wrapped (the tests check each against its own search)


def fast(rx: re.Pattern[str], k: int = 5, needs: str | None = None) -> re.Pattern[str]:
    """``rx`` searched only where one of its first ``k`` characters' prefixes stands (fewer when they are too
    many to list); ``rx`` itself when that would not be exact. Typed as the pattern it stands for: a
    ``Prefiltered`` answers ``finditer``, ``search`` and, through the pattern, everything else.

    ``needs``: a pattern (compiled with ``rx``'s flags) that every match of ``rx`` holds within the text it may
    read (a look-ahead's words: "born", "DOB"); a text without it is not searched at all. The caller vouches
    for that; the tests check it like the rest."""
    try:
        if not isinstance(rx.pattern, str):
            return rx
        parsed = P.parse(rx.pattern, rx.flags)
    except re.error:  # pragma: no cover - it compiled
        return rx
    if parsed.getwidth()[0] == 0:
        return rx  # an empty match: finditer's rules for it are not reproduced here
    need = re.compile(needs, rx.flags) if needs else None
    for n in range(k, 0, -1):
        try:
            prefixes = _seq(parsed.data, n)
        except _TooMany:
            continue
        words = {"".join(c for c in p if c is not _WILD) for p in prefixes}
        if "" in words:  # some match can start with a character no prefix lists
            break
        # the guard as the pattern reads it (its flags: a case-blind lookbehind stays case-blind); the trie
        # case-blind in any case (a superset where the pattern is not)
        trie = f"(?=(?i:{alternation(words)}))"
        try:
            candidates = re.compile(_leading_guard(rx.pattern, _guards(parsed.data)) + trie, rx.flags)
        except re.error:  # pragma: no cover - a guard that reads a group
            candidates = re.compile(trie, rx.flags)
        return _wrap(Prefiltered(rx, candidates, frozenset(words), need, _first_stage(words)))
    return rx if need is None else _wrap(Prefiltered(rx, None, frozenset(), need))


# ---------------------------------------------------------------------------------------------- the first stage
#
# The candidates' search is a zero-width look-ahead of a case-blind trie behind a lookbehind: ``re`` finds no
# character to skip to, and at every place the lookbehind lets through it tries each branch of the trie's first
# level (~1 CPU s per MB of text for the four largest tries; the candidates' search was nearly all of the
# wrapped patterns' cost). So the candidates are first looked for in the text *folded* (lower case, and each
# group of characters ``re`` takes as one letter when blind to case, "s"/"ſ", "i"/"ı", "σ"/"ς", written as one)
# by a case-sensitive pattern, one branch per first character with the rest as a look-ahead: ``re`` skips to
# those characters in C, and each match consumes one character, so no place is passed over. Exact: where the
# case-blind trie matches, the folded text holds a folded prefix (a superset), and every place found is then
# tested with the candidates' own pattern. A text whose lower case changes its length ("İ") is searched as before.

_FOLD: dict[int, int] | None = None
_FOLD_CHARS: re.Pattern | None = None
# [text, pos, end, text[pos:end] folded]: the wrapped patterns of the recognizers read one window after another
_LAST_FOLDED: list = [None, 0, 0, None]
FOLD_HELD = 1 << 20  # a longer stretch is folded for each search, not held


def _fold_table() -> tuple[dict[int, int], re.Pattern]:
    """The characters ``re`` takes as equal to another when blind to case beyond their lower case
    (``re._casefix``), each to the smallest of its group; and a pattern of those characters."""
    global _FOLD, _FOLD_CHARS
    if _FOLD is None or _FOLD_CHARS is None:
        from re import _casefix  # type: ignore[attr-defined]

        table: dict[int, int] = {}
        for lo, others in _casefix._EXTRA_CASES.items():
            group = {lo, *others}
            for c in group:
                if c != min(group):
                    table[c] = min(group)
        _FOLD = table
        _FOLD_CHARS = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(table)) + "]")
    return _FOLD, _FOLD_CHARS


def _fold(text: str) -> str | None:
    """``text`` folded (see above), or None when its lower case is not one character per character."""
    low = text.lower()
    if len(low) != len(text):
        return None
    table, chars = _fold_table()
    return low.translate(table) if chars.search(low) else low


def _folded(text: str, pos: int, end: int) -> str | None:
    """``text[pos:end]`` folded (``_fold``), the last one remembered."""
    held = _LAST_FOLDED
    if held[0] is text and held[1] == pos and held[2] == end:
        return held[3]
    folded = _fold(text[pos:end])
    if end - pos <= FOLD_HELD:
        held[:] = [text, pos, end, folded]
    return folded


def _first_stage(words: set[str]) -> re.Pattern | None:
    """The prefixes folded, as one branch per first character with the rest looked ahead for; None where a
    prefix does not fold one character per character (or holds a character beyond the BMP, or a space first)."""
    by_first: dict[str, set[str]] = {}
    for w in words:
        f = _fold(w)
        if f is None or not f or any(ord(c) > 0xFFFF for c in w + f) or f[0].isspace():
            return None
        by_first.setdefault(f[0], set()).add(f[1:])
    branches = []
    for c, rests in sorted(by_first.items()):
        ahead = "" if "" in rests else f"(?={alternation(sorted(rests))})"
        branches.append(re.escape(c) + ahead)
    try:
        return re.compile("|".join(branches))
    except re.error:  # pragma: no cover - the prefixes are literal text
        return None


def _wrap(p: Prefiltered) -> re.Pattern[str]:
    WRAPPED.append(p)
    return cast("re.Pattern[str]", p)
