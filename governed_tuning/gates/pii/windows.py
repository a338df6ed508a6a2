"""Long texts are detected window by window: linear time, bounded work per window, unchanged stretches found once.

A 50 MB record (a book, a log, a corpus someone pasted into one field) went through every recognizer as one
string, two to four times (pass 1, the re-scan of the scrubbed copy, the re-scrub rounds), and each recognizer
that compared its matches with each other (``identifiers`` drops a value inside a longer one) was quadratic in
the number of matches. Here a text of ``WINDOWED`` characters or more is cut into windows of a few kilobytes, at
line breaks chosen by the lines' own content (so the cuts of the scrubbed copy fall where the input's did, away
from what the scrub wrote), and each window is detected with ``MARGIN`` to ``2 * MARGIN`` characters of
context on either side. A window keeps the findings that start inside it; they are resolved over the whole text
afterwards, as before. Windows are remembered by a digest of what the detector read (positions only, never the
text, bounded by ``WINDOW_MEMO`` findings), so a stretch the scrub did not change costs a dictionary lookup in
the re-scan, and a stretch that repeats (boilerplate, a quoted thread, a log line) is read once.

The rule a recognizer must follow to stay linear and give the same findings on a long text as on a short one
(docs/ARCHITECTURE.md, "Recognizers"):

* it is **local**: whether it finds a value, and where, depends only on the text within ``MARGIN`` (256)
  characters of that value (a label before a number, an address's next lines, a context word). Nothing it
  decides may depend on the rest of the text ("is there an @ anywhere" as a shortcut is fine: the value itself
  holds one; "was this name seen earlier in the text" is not: that is ``Scrubber.propagate``'s job, which runs
  on the whole text after detection);
* its cost is linear in the text it is given: no loop over matches inside a loop over matches of the whole
  text, no ``text[e:]`` / ``text[:s]`` copies per match (use ``pos``/``endpos`` of the pattern methods), no
  regular expression that backtracks over more than a line;
* it is a plain function ``text -> list[Finding]`` registered in ``engine.CHEAP`` / ``RECOGNIZER_TYPES``:
  the engine decides how it is run (per window, memoised); it must not cache by text itself.

Texts shorter than ``WINDOWED`` (every ordinary record) are detected whole, exactly as before.

**A copy is read again only near what the scrub wrote.** The re-scan reads the scrubbed copy of a long text,
and in PII-dense text (a chat every few kilobytes) every window holds something the scrub wrote, so the memo
saved nothing and every window was read twice. By the locality rule a finding that starts more than ``NEAR``
(one margin) characters from every span the scrub wrote is the input's finding, shifted: nothing it was read
with changed (a window too reads one margin either side of where its findings start). So while the re-scan
judges a copy it names the copy's input and spans (``edited``), and ``detect_windowed`` then takes the input's
findings (memoised by the scrub's own reading) away from the spans and detects only the stretches within
``NEAR`` of them, each with its margins. Where the copy does not hold the input's text between the spans, or an
input finding runs into a span, the whole copy is read as before.

**Margins read once.** Neighbouring windows to be read in one call (their reads overlap: each one's margin is
the next one's text) are read as one stretch, from the first one's read start to the last one's read end, at
most ``RUN_MAX`` characters, and each window keeps the findings that start inside it, as before. Read one by
one, every window's margins were read again by its neighbours: 1.27x the text for the windows, and a long
record's input is read so by four readers (the detector, the known values, the gazetteer of people, the
independent passes). A window in a stretch is read with at least the context it had alone (its whole read lies
inside the stretch), so by the locality rule its findings are the same; the memo still holds them window by
window, under the digest of the window's own read, for the re-scan and for text that repeats. ``READ`` counts
the characters each reader reads (a debug counter: what the margins and the re-scan cost in reading).

**Windows read in parallel.** A long text whose windows are not in the memo is read by ``workers`` processes
(``pii.long_text_workers``: by default the CPUs this process may use, at most ``AUTO_MAX``) when one call has
at least ``PARALLEL_MIN`` windows to read: text that does not repeat costs ~20 CPU s per MB, all of it in the
windows, each read on its own. The workers are forked for the call (they inherit the text, the detector and its
loaded model: nothing is sent to them but chunk numbers) and hand back positions only, in window order, so the
findings and the memo are those of one process. Where fork is unavailable, or the caller has not asked for it
(``workers``; the Ray engine's actors and the in-memory reference do not), windows are read here, as before.
"""

from __future__ import annotations

import gc
import hashlib
import multiprocessing
import os
from bisect import bisect_right
from collections import Counter, OrderedDict
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TypeVar

from .recognizers import Finding

WINDOWED = 1 << 16  # texts at least this long (characters) are detected window by window
WINDOW_MIN = 2048  # a window is at least this long (but the text's last) ...
WINDOW_MAX = 8192  # ... and at most this long
MARGIN = 256  # context read on either side of a window (extended to a line break, up to twice this)
WINDOW_MEMO = 400_000  # findings the memo holds at most (positions only, ~100 bytes each), oldest dropped first
# ... or, while a longer text is read, one finding per this many of its characters (``WindowMemo.fit``), at most
# ``WINDOW_MEMO_MAX``: the re-scan must find the input's windows still there
CHARS_PER_FINDING = 16
WINDOW_MEMO_MAX = 8_000_000
BATCH = 64  # windows detected together (one nlp.pipe batch of their segments)
NEAR = MARGIN  # a copy's findings starting this far from what the scrub wrote are the input's ("A copy is read ...")
PARALLEL_MIN = 2 * BATCH  # windows one call must read before worker processes are worth their start (~0.5 MB)
AUTO_MAX = 4  # "auto" workers: the usable CPUs, at most this many (each may grow to the size of this process)
RUN_MAX = 1 << 15  # characters one reading of neighbouring windows spans at most ("Margins read once")

RawDetect = Callable[[Sequence[str]], list[list[Finding]]]


# what recognizers make on first use only where a text asks for it (a labelled value's shapes, the label tables):
# made in the parent before a fork (``_warm``), as the first window may not ask for it (``first_use``)
FIRST_USE: list[Callable[[], object]] = []
_Made = TypeVar("_Made", bound=Callable[[], object])
_WORKERS = 1  # processes reading one call's windows (``workers``); 1: this process alone
_JOB: tuple | None = None  # (text, detect, chunks, owner) of the call being read in parallel, for its forked workers
READ: Counter[str] = Counter()  # characters read, by reader (a memo tag's part before ":"): a debug counter


def usable_cpus() -> int:
    """The CPUs this process may run on (its affinity mask, not the machine's count: a container or taskset)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def resolve_workers(setting: int | str) -> int:
    """``pii.long_text_workers`` as a number: "auto" is the usable CPUs, at most ``AUTO_MAX``."""
    if setting == "auto":
        return max(1, min(usable_cpus(), AUTO_MAX))
    return max(1, int(setting))


@contextmanager
def workers(n: int) -> Iterator[None]:
    """While the block runs, a long text's windows are read by ``n`` forked processes where a call has at least
    ``PARALLEL_MIN`` of them to read (``detect_windowed(..., parallel=True)``)."""
    global _WORKERS
    old, _WORKERS = _WORKERS, max(1, int(n))
    try:
        yield
    finally:
        _WORKERS = old


def cuts(text: str) -> list[int]:
    """Where the windows of ``text`` start, then ``len(text)``.

    A window closes after the first line, once it is ``WINDOW_MIN`` long, whose length is a multiple of four:
    the decision depends on the line itself, so after a stretch the scrub changed the cuts fall again on the
    input's cuts. Without such a line within ``WINDOW_MAX``: the last line break; in a text without line breaks,
    after the first word whose length is a multiple of eight (by content again); else the last space, else
    ``WINDOW_MAX`` characters."""
    n = len(text)
    out = [0]
    a = 0
    while n - a > WINDOW_MAX:
        hi = a + WINDOW_MAX
        cut = -1
        p = a + WINDOW_MIN
        while True:
            nl = text.find("\n", p, hi)
            if nl < 0:
                break
            if (nl - text.rfind("\n", 0, nl) - 1) % 4 == 0:
                cut = nl + 1
                break
            p = nl + 1
        if cut < 0:
            k = text.rfind("\n", a + WINDOW_MIN, hi)
            if k < 0:  # one long line: after the first word whose length is a multiple of eight (by content too)
                p = a + WINDOW_MIN
                while (sp := text.find(" ", p, hi)) >= 0:
                    if (sp - text.rfind(" ", 0, sp) - 1) % 8 == 0:
                        k = sp
                        break
                    p = sp + 1
            if k < 0:
                k = text.rfind(" ", a + WINDOW_MIN, hi)
            cut = k + 1 if k >= 0 else hi
        out.append(cut)
        a = cut
    out.append(n)
    return out


def spans(text: str) -> list[tuple[int, int, int, int]]:
    """``(read_start, start, end, read_end)`` of each window: the window ``[start, end)`` and the stretch the
    detector reads for it, ``MARGIN`` characters either side, widened to a line break (at most ``2 * MARGIN``)."""
    c = cuts(text)
    out = []
    for a, b in zip(c, c[1:]):
        cs, ce = _read_span(text, a, b)
        out.append((cs, a, b, ce))
    return out


class WindowMemo:
    """Findings of windows by a digest of the text read (and where the window lies in it): positions only."""

    def __init__(self, limit: int = WINDOW_MEMO):
        self.limit = limit
        self._memo: OrderedDict[bytes, tuple[Finding, ...]] = OrderedDict()
        self._held = 0
        self.hits = 0
        self.misses = 0

    def fit(self, chars: int) -> None:
        """Hold at least one finding per ``CHARS_PER_FINDING`` characters of a text of ``chars`` (at most
        ``WINDOW_MEMO_MAX``). Why: a long record's windows are read by the scrub and found here by the re-scan; when
        the record's findings outgrow the bound (~11,500 per MB of PII-dense text of all readers: from ~35 MB),
        the oldest windows were dropped as the re-scan read on, the next windows it needed were the oldest, and
        it read every window again: 1 MB under a bound of 4,000 findings cost 38.3 CPU s instead of 19.2, with no
        hit. The bound only grows (a process that read a long record may hold as much again); what is held is
        positions only."""
        if self.limit > 0:
            self.limit = max(self.limit, min(WINDOW_MEMO_MAX, chars // CHARS_PER_FINDING))

    def get(self, key: bytes) -> tuple[Finding, ...] | None:
        hit = self._memo.get(key)
        if hit is not None:
            self._memo.move_to_end(key)
            self.hits += 1
        else:
            self.misses += 1
        return hit

    def put(self, key: bytes, found: tuple[Finding, ...]) -> None:
        if self.limit <= 0 or len(found) > self.limit or key in self._memo:
            return
        self._memo[key] = found
        self._held += len(found) + 1
        while self._held > self.limit:
            self._held -= len(self._memo.popitem(last=False)[1]) + 1


@dataclass(frozen=True)
class Edit:
    """A copy as the scrub made it: ``src`` (the input text) with each span ``(start, end, src_start, src_end)``
    (in order, not overlapping; ``start``/``end`` in the copy) written in place of ``src[src_start:src_end]``."""

    src: str
    spans: tuple[tuple[int, int, int, int], ...]


def edit_of(src: str | None, written: Iterable) -> Edit | None:
    """The ``Edit`` of a copy from the spans the scrub wrote into it (``rescan.Written``: ``start``, ``end``,
    ``src_start``, ``src_end``; a key's context prefix, ``entity`` "CONTEXT", is no edit); None without an input."""
    if src is None:
        return None
    sp = sorted((w.start, w.end, w.src_start, w.src_end) for w in written if w.entity != "CONTEXT")
    return Edit(src, tuple(sp))


_EDITED: dict[int, tuple[str, Edit]] = {}  # id(copy) -> (the copy itself, its Edit), while a re-scan judges it


@contextmanager
def edited(pairs: Iterable[tuple[str, Edit | None]]) -> Iterator[None]:
    """While the block runs, ``detect_windowed`` on each long copy given reads it as its ``Edit`` says (only
    near the spans). The copies are held (their ids cannot be reused) and forgotten when the block ends."""
    keys = []
    for text, edit in pairs:
        if edit is not None and edit.spans and len(text) >= WINDOWED and id(text) not in _EDITED:
            _EDITED[id(text)] = (text, edit)
            keys.append(id(text))
    try:
        yield
    finally:
        for k in keys:
            _EDITED.pop(k, None)


def detect_windowed(text: str, detect: RawDetect, memo: WindowMemo | None, tag: str,
                    parallel: bool = False) -> list[Finding]:
    """``detect``'s findings on a long ``text`` (unresolved, in window order), window by window.

    ``detect`` takes a list of texts and returns the findings on each (positions in that text); ``tag`` names
    what it finds (one memo serves several detectors). A copy named by ``edited`` is read only near its spans.
    ``parallel``: ``detect`` may run in forked workers (``workers``): it must read no state a fork cannot carry
    (an open writable database); a bound method whose object has ``window_mark``, ``window_delta`` and
    ``window_merge`` gets back what the workers changed in it (counters, caches)."""
    if memo is not None:
        memo.fit(len(text))
    hit = _EDITED.get(id(text))
    if hit is not None and hit[0] is text:
        got = _detect_edited(text, hit[1], detect, memo, tag, parallel)
        if got is not None:
            return got
    return _detect_windows(text, detect, memo, tag, parallel)


def _detect_edited(text: str, edit: Edit, detect: RawDetect, memo: WindowMemo | None,
                   tag: str, parallel: bool = False) -> list[Finding] | None:
    """``detect_windowed`` on a copy: the input's findings further than ``NEAR`` from every span, shifted, and
    the copy's own findings within ``NEAR`` of one (read with their margins). None when the copy does not hold
    the input's text between the spans, or an input finding kept would reach into a span (then read it all)."""
    src, sp = edit.src, edit.spans
    n = len(text)
    # the copy must be the input with the spans written in: same text between them, same lengths
    pe = ps = 0
    for s, e, ss, se in sp:
        if s < pe or ss < ps or e < s or se < ss or s - pe != ss - ps or text[pe:s] != src[ps:ss]:
            return None
        pe, ps = e, se
    if n - pe != len(src) - ps or text[pe:] != src[ps:]:
        return None
    # the stretches to read again (copy positions, merged), and the same stretches in the input
    regions: list[list[int]] = []
    for s, e, _, _ in sp:
        a, b = max(0, s - NEAR), min(n, e + NEAR)
        if regions and a <= regions[-1][1]:
            regions[-1][1] = max(regions[-1][1], b)
        else:
            regions.append([a, b])
    ends = [e for _, e, _, _ in sp]
    shift = [se - e for _, e, _, se in sp]  # input position - copy position, after each span

    def to_src(pos: int) -> int:  # a copy position outside every span
        k = bisect_right(ends, pos) - 1
        return pos + (shift[k] if k >= 0 else 0)

    src_starts = [to_src(a) for a, _ in regions]
    src_ends = [to_src(b) for _, b in regions]
    src_span_starts = [ss for _, _, ss, _ in sp]
    src_shift = [e - se for _, e, _, se in sp]  # copy position - input position, after each span
    out: list[Finding] = []
    for f in _detect_windows(src, detect, memo, tag, parallel):
        k = bisect_right(src_starts, f.start) - 1
        if k >= 0 and f.start < src_ends[k]:
            continue  # near a span: the copy's own reading below
        j = bisect_right(src_span_starts, f.start)  # the first span after the finding's start
        if j < len(sp) and f.end > src_span_starts[j]:
            return None  # a finding longer than NEAR runs into a span: its place in the copy is not a shift
        d = src_shift[j - 1] if j > 0 else 0
        out.append(Finding(f.start + d, f.end + d, f.entity, f.score, f.source))
    # the copy within NEAR of the spans, each stretch read with its margins; a stretch longer than a window (spans
    # close together over many kilobytes) is cut where the copy's windows are
    parts: list[tuple[int, int]] = []
    cut: list[int] | None = None
    for a, b in regions:
        if b - a <= WINDOW_MAX:
            parts.append((a, b))
            continue
        cut = cut if cut is not None else cuts(text)
        k = bisect_right(cut, a) - 1
        while k < len(cut) - 1 and cut[k] < b:
            x, y = max(a, cut[k]), min(b, cut[k + 1])
            if y > x:
                parts.append((x, y))
            k += 1
    out.extend(_detect_parts(text, parts, detect, memo, tag, parallel))
    return out


def _read_span(text: str, a: int, b: int) -> tuple[int, int]:
    """The stretch read for ``[a, b)``: ``MARGIN`` characters either side, widened to a line break (at most
    ``2 * MARGIN``), as for a window."""
    n = len(text)
    cs = max(0, a - MARGIN)
    if cs > 0:
        k = text.rfind("\n", max(0, a - 2 * MARGIN), cs)
        cs = k + 1 if k >= 0 else cs
    ce = min(n, b + MARGIN)
    if ce < n:
        k = text.find("\n", ce, min(n, b + 2 * MARGIN))
        ce = k if k >= 0 else ce
    return cs, ce


def _detect_windows(text: str, detect: RawDetect, memo: WindowMemo | None, tag: str,
                    parallel: bool = False) -> list[Finding]:
    """Every window of ``text`` (``spans``), memoised."""
    return _detect_parts(text, [(a, b) for _, a, b, _ in spans(text)], detect, memo, tag, parallel)


def _part_key(prefix: bytes, read: str, lo: int, hi: int) -> bytes:
    """The memo's key of a part: a digest of the text read and of where the part lies in it."""
    h = hashlib.blake2b(prefix, digest_size=16, salt=lo.to_bytes(4, "big") + hi.to_bytes(4, "big"))
    h.update(read.encode("utf-8", "surrogatepass"))
    return h.digest()


def _detect_parts(text: str, parts: Sequence[tuple[int, int]], detect: RawDetect, memo: WindowMemo | None,
                  tag: str, parallel: bool = False) -> list[Finding]:
    """The findings starting in each ``[a, b)`` of ``parts`` (in order), each read with its margins
    (``_read_span``), memoised by a digest of what was read and where the part lies in it."""
    if parallel and _WORKERS > 1 and len(parts) >= PARALLEL_MIN and "fork" in multiprocessing.get_all_start_methods():
        got = _detect_parts_parallel(text, parts, detect, memo, tag)
        if got is not None:
            return got
    out: list[Finding] = []
    todo: list[tuple[int, int, int, int, int, bytes]] = []  # (index in found, read span, start, end in it, key)
    found: list[list[Finding] | tuple[Finding, ...] | None] = []
    offsets: list[int] = []
    prefix = tag.encode("utf-8", "surrogatepass") + b"\0"

    def flush() -> None:
        owns, chars = _read_runs(text, [(cs, ce, cs + lo, cs + hi) for _, cs, ce, lo, hi, _ in todo], detect)
        READ[reader] += chars
        for (k, _, _, _, _, key), own in zip(todo, owns):
            if memo is not None:
                memo.put(key, own)
            found[k] = own
        todo.clear()

    reader = tag.split(":", 1)[0]
    for a, b in parts:
        cs, ce = _read_span(text, a, b)
        key = _part_key(prefix, text[cs:ce], a - cs, b - cs)
        hit = memo.get(key) if memo is not None else None
        found.append(hit)
        offsets.append(a)
        if hit is None:
            todo.append((len(found) - 1, cs, ce, a - cs, b - cs, key))
            if len(todo) >= BATCH:
                flush()
    if todo:
        flush()
    for a, fs in zip(offsets, found):
        out.extend(Finding(f.start + a, f.end + a, f.entity, f.score, f.source) for f in fs or ())
    return out


def _read_runs(text: str, reads: Sequence[tuple[int, int, int, int]], detect: RawDetect
               ) -> tuple[list[tuple[Finding, ...]], int]:
    """The findings starting in each window ``[a, b)`` of ``reads`` (``(read_start, read_end, a, b)``, in text
    order), positions from ``a``, and how many characters were read ("Margins read once"): windows whose reads
    overlap the one before are read with it as one stretch of at most ``RUN_MAX`` characters. Each window gets
    the stretch's findings that start inside it, in the order the detector gave them (as when read alone)."""
    runs: list[list] = []  # [read start, read end, first window, last window + 1]
    for i, (cs, ce, _, _) in enumerate(reads):
        r = runs[-1] if runs else None
        if r is not None and r[0] <= cs <= r[1] and max(r[1], ce) - r[0] <= RUN_MAX:
            r[1], r[3] = max(r[1], ce), i + 1
        else:
            runs.append([cs, ce, i, i + 1])
    got = detect([text[cs:ce] for cs, ce, _, _ in runs])
    owns: list[list[Finding]] = [[] for _ in reads]
    for (cs, _, i0, i1), fs in zip(runs, got):
        if i1 - i0 == 1:
            a, b = reads[i0][2] - cs, reads[i0][3] - cs
            owns[i0] = [Finding(f.start - a, f.end - a, f.entity, f.score, f.source) for f in fs if a <= f.start < b]
            continue
        starts = [reads[i][2] - cs for i in range(i0, i1)]
        for f in fs:
            j = bisect_right(starts, f.start) - 1
            if j >= 0 and f.start < reads[i0 + j][3] - cs:  # (else in a margin, or between two parts)
                a = starts[j]
                owns[i0 + j].append(Finding(f.start - a, f.end - a, f.entity, f.score, f.source))
    return [tuple(o) for o in owns], sum(ce - cs for cs, ce, _, _ in runs)


def _detect_parts_parallel(text: str, parts: Sequence[tuple[int, int]], detect: RawDetect,
                           memo: WindowMemo | None, tag: str) -> list[Finding] | None:
    """``_detect_parts`` with the windows not in the memo read by forked workers (``workers``), in chunks of
    ``BATCH`` in order. The chunks are those one process flushes, and a window whose reading an earlier chunk
    holds takes it, as one process finds it in the memo: the memo is filled in the same order and the detector
    reads the same windows (its counters agree). None when fewer than ``PARALLEL_MIN`` windows are to be read."""
    global _JOB
    prefix = tag.encode("utf-8", "surrogatepass") + b"\0"
    found: list[tuple[Finding, ...] | None] = []
    chunks: list[list[tuple[int, int, int, int, int, bytes]]] = [[]]  # (index in found, read span, lo, hi, key)
    earlier: dict[bytes, int] = {}  # key -> index in found of a window read in a chunk before the current one
    same: list[tuple[int, int]] = []  # (index in found, index of the window whose reading it takes)
    for a, b in parts:
        cs, ce = _read_span(text, a, b)
        key = _part_key(prefix, text[cs:ce], a - cs, b - cs)
        k = len(found)
        hit = memo.get(key) if memo is not None else None
        found.append(hit)
        if hit is not None:
            continue
        if memo is not None and key in earlier:
            same.append((k, earlier[key]))
            continue
        chunks[-1].append((k, cs, ce, a - cs, b - cs, key))
        if len(chunks[-1]) >= BATCH:
            if memo is not None:
                for j, _, _, _, _, ky in chunks[-1]:
                    earlier.setdefault(ky, j)
            chunks.append([])
    if not chunks[-1]:
        chunks.pop()
    if sum(map(len, chunks)) < PARALLEL_MIN:
        return None
    owner = getattr(detect, "__self__", None)
    if not all(hasattr(owner, m) for m in ("window_mark", "window_delta", "window_merge")):
        owner = None
    _warm(text, detect, chunks[0][0], owner)
    n = min(_WORKERS, len(chunks))
    _JOB = (text, detect, chunks, owner)
    gc.freeze()  # the objects alive now are not touched by the workers' collections: fewer pages copied
    pool = ProcessPoolExecutor(n, mp_context=multiprocessing.get_context("fork"))
    try:
        # (a fork context starts every worker at the first submission, before the executor's own thread)
        results = pool.map(_work, range(len(chunks)))
        gc.unfreeze()
        for chunk, (owns, delta, chars) in zip(chunks, results):
            READ[tag.split(":", 1)[0]] += chars
            for (k, _, _, _, _, key), own in zip(chunk, owns):
                if memo is not None:
                    memo.put(key, own)
                found[k] = own
            if owner is not None:
                owner.window_merge(delta)
    except (OSError, BrokenProcessPool):
        # no fork to be had (memory, process limits) or a worker died (killed for memory): the windows not read
        # yet are read here (those read are in the memo, and their counts handed back)
        return None
    finally:
        # chunks not started are dropped (an interrupt or an error does not wait for the rest of the text)
        pool.shutdown(wait=True, cancel_futures=True)
        gc.unfreeze()
        _JOB = None
    for k, j in same:
        found[k] = found[j]
    out: list[Finding] = []
    for (a, _), fs in zip(parts, found):
        out.extend(Finding(f.start + a, f.end + a, f.entity, f.score, f.source) for f in fs or ())
    return out


def first_use(fn: _Made) -> _Made:
    """Register ``fn`` (a function without arguments, cached: ``functools.lru_cache``) as something a recognizer
    makes on first use, to be made in the parent before windows are read by forked workers (``_warm``)."""
    FIRST_USE.append(fn)
    return fn


def _warm(text: str, detect: RawDetect, first: tuple[int, int, int, int, int, bytes], owner: object) -> None:
    """Read the call's first window here, before the workers are forked, and forget the reading.

    Why: what a detector loads or compiles on first use (the identifiers' ~150 patterns, the CLDR vocabulary,
    Babel's calendars, python-stdnum's modules, the label tables) was made again in every worker of every call
    and lost with it: on a 1 MB record 16% of all CPU (21% of the workers'), four calls of two workers each.
    Made here once, the workers inherit it; what the first window may not ask for is registered (``first_use``)
    and made here too. The reading itself is undone (``window_rewind``: counters and the
    segments it cached), so the worker that reads this window again counts it as one process would."""
    for fn in FIRST_USE:
        fn()
    _, cs, ce, _, _, _ = first
    mark = owner.window_mark() if owner is not None else None  # type: ignore[attr-defined]
    detect([text[cs:ce]])
    if owner is not None and hasattr(owner, "window_rewind"):
        owner.window_rewind(mark)


def _work(i: int) -> tuple[list[tuple[Finding, ...]], object, int]:
    """In a forked worker: chunk ``i`` of the call in ``_JOB``: each window's own findings (positions in the
    window), what reading them changed in the detector's object (``window_delta``), and the characters read."""
    global _WORKERS
    _WORKERS = 1
    assert _JOB is not None
    text, detect, chunks, owner = _JOB
    chunk = chunks[i]
    mark = owner.window_mark() if owner is not None else None
    owns, chars = _read_runs(text, [(cs, ce, cs + lo, cs + hi) for _, cs, ce, lo, hi, _ in chunk], detect)
    return owns, (owner.window_delta(mark) if owner is not None else None), chars
