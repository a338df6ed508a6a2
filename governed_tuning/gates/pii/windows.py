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
"""

from __future__ import annotations

import hashlib
from collections import OrderedDict
from collections.abc import Callable, Sequence

from .recognizers import Finding

WINDOWED = 1 << 16  # texts at least this long (characters) are detected window by window
WINDOW_MIN = 2048  # a window is at least this long (but the text's last) ...
WINDOW_MAX = 8192  # ... and at most this long
MARGIN = 256  # context read on either side of a window (extended to a line break, up to twice this)
WINDOW_MEMO = 400_000  # findings the memo holds at most (positions only, ~100 bytes each), oldest dropped first
BATCH = 64  # windows detected together (one nlp.pipe batch of their segments)

RawDetect = Callable[[Sequence[str]], list[list[Finding]]]


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
    n = len(text)
    c = cuts(text)
    out = []
    for a, b in zip(c, c[1:]):
        cs = max(0, a - MARGIN)
        if cs > 0:
            k = text.rfind("\n", max(0, a - 2 * MARGIN), cs)
            cs = k + 1 if k >= 0 else cs
        ce = min(n, b + MARGIN)
        if ce < n:
            k = text.find("\n", ce, min(n, b + 2 * MARGIN))
            ce = k if k >= 0 else ce
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


def detect_windowed(text: str, detect: RawDetect, memo: WindowMemo | None, tag: str) -> list[Finding]:
    """``detect``'s findings on a long ``text`` (unresolved, in window order), window by window.

    ``detect`` takes a list of texts and returns the findings on each (positions in that text); ``tag`` names
    what it finds (one memo serves several detectors)."""
    out: list[Finding] = []
    todo: list[tuple[int, str, int, int, bytes]] = []  # (index in parts, text read, start, end in it, key)
    parts: list[list[Finding] | tuple[Finding, ...] | None] = []
    offsets: list[int] = []
    prefix = tag.encode("utf-8", "surrogatepass") + b"\0"

    def flush() -> None:
        got = detect([t for _, t, _, _, _ in todo])
        for (k, _, lo, hi, key), fs in zip(todo, got):
            own = tuple(Finding(f.start - lo, f.end - lo, f.entity, f.score, f.source) for f in fs
                        if lo <= f.start < hi)
            if memo is not None:
                memo.put(key, own)
            parts[k] = own
        todo.clear()

    for cs, a, b, ce in spans(text):
        read = text[cs:ce]
        h = hashlib.blake2b(prefix, digest_size=16, salt=(a - cs).to_bytes(4, "big") + (b - cs).to_bytes(4, "big"))
        h.update(read.encode("utf-8", "surrogatepass"))
        key = h.digest()
        hit = memo.get(key) if memo is not None else None
        parts.append(hit)
        offsets.append(a)
        if hit is None:
            todo.append((len(parts) - 1, read, a - cs, b - cs, key))
            if len(todo) >= BATCH:
                flush()
    if todo:
        flush()
    for a, fs in zip(offsets, parts):
        out.extend(Finding(f.start + a, f.end + a, f.entity, f.score, f.source) for f in fs or ())
    return out
