"""Which spans of a text meet a range, in logarithmic time, so that the checks on a long text stay linear.

A 50 MB record holds tens of thousands of findings; asking "does this match overlap any finding?" by looping over
all of them for each match made the scrub quadratic in the record's length. The findings a scrub resolves, and the
spans it writes, are sorted and do not overlap, so their ends are sorted too and a binary search answers. Spans
that are not so ordered are looked at one by one, exactly as before (the answers never differ).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from typing import Any


SMALL = 8


class Intervals:
    """``spans``: objects with ``start`` and ``end`` (findings, written spans) or ``(start, end)`` pairs."""

    def __init__(self, spans: Sequence[Any]):
        self.spans = list(spans)
        if not self.spans:  # most texts: nothing found (the re-scan builds ~86,000 per 1,900 chat records)
            self.starts, self.ends, self.ordered = [], [], False
            return
        pairs = [(s.start, s.end) if hasattr(s, "start") else (s[0], s[1]) for s in self.spans]
        self.starts = [a for a, _ in pairs]
        self.ends = [b for _, b in pairs]
        # a handful of spans (most texts) are looked at one by one: cheaper than ordering them
        self.ordered = len(pairs) > SMALL and all(pairs[i][1] <= pairs[i + 1][0] and pairs[i][0] <= pairs[i][1]
                                                  for i in range(len(pairs) - 1))

    def _first(self, start: int) -> int:
        return bisect_right(self.ends, start)  # the first span ending after ``start``

    def hits(self, start: int, end: int) -> bool:
        """Whether any span overlaps ``[start, end)`` (``span.start < end and start < span.end``)."""
        if not self.ordered:
            return any(a < end and start < b for a, b in zip(self.starts, self.ends))
        i = self._first(start)
        return i < len(self.starts) and self.starts[i] < end

    def within(self, start: int, end: int) -> list[Any]:
        """The spans overlapping ``[start, end)``, in their order."""
        if not self.ordered:
            return [s for s, a, b in zip(self.spans, self.starts, self.ends) if a < end and start < b]
        out = []
        i = self._first(start)
        while i < len(self.starts) and self.starts[i] < end:
            out.append(self.spans[i])
            i += 1
        return out

    def near(self, start: int, end: int, margin: int) -> list[Any]:
        """The spans within ``margin`` characters of ``[start, end)`` (overlapping or not), in their order."""
        if not self.ordered:
            return [s for s, a, b in zip(self.spans, self.starts, self.ends) if a <= end + margin and
                    start - margin <= b]
        out = []
        i = bisect_right(self.ends, start - margin - 1)
        while i < len(self.starts) and self.starts[i] <= end + margin:
            out.append(self.spans[i])
            i += 1
        return out


def covering(spans: Sequence[Any]) -> Intervals:
    """The positions any of ``spans`` (in any order, overlapping or not) holds, as ordered intervals: a position
    is in one of the spans iff ``covering(spans).hits(p, p + 1)``."""
    merged: list[tuple[int, int]] = []
    for a, b in sorted((s.start, s.end) for s in spans):
        if a >= b:
            continue  # an empty span holds no position
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], b))
        else:
            merged.append((a, b))
    return Intervals(merged)
