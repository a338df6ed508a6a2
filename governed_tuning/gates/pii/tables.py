"""Tables written as text: CSV with ``,`` ``;`` tab or ``|``, and Markdown tables, found inside any text.

A value in a table carries no words around it; its column's header is its context ("date of birth", "Alter",
"edad"). ``tables(text, header)`` finds each run of lines with the same number of cells whose first line
``header`` accepts, and yields the header's cell names and, per row, the cells' spans in ``text``. Double
quotes protect separators; Markdown divider rows are skipped. Linear in the text's length.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

__all__ = ["Table", "tables", "cell_spans"]

SEPARATORS = (",", ";", "\t", "|")
DIVIDER = re.compile(r"[\s|:+-]*")


@dataclass(frozen=True)
class Table:
    names: list[str]  # the header's cell names, stripped of spaces and quotes
    rows: list[list[tuple[int, int]]]  # per row, each cell's [start, end) in the text (stripped likewise)


def _cells(line: str, sep: str) -> list[tuple[int, int]]:
    out, start, quoted = [], 0, False
    for i, ch in enumerate(line):
        if ch == '"':
            quoted = not quoted
        elif ch == sep and not quoted:
            out.append((start, i))
            start = i + 1
    out.append((start, len(line)))
    return out


def _strip(line: str, s: int, e: int) -> tuple[int, int]:
    while s < e and line[s] in " \t\"'":
        s += 1
    while e > s and line[e - 1] in " \t\"'\r":
        e -= 1
    return s, e


def cell_spans(line: str, sep: str) -> list[tuple[int, int]]:
    """The stripped cell spans of one delimited line."""
    return [_strip(line, s, e) for s, e in _cells(line, sep)]


def _may_have_row(head: str, row: str, sep: str) -> bool:
    """False when ``row``, the line below ``head``, cannot be the first row of a table headed by ``head`` (so
    ``tables`` would find no rows there): it is blank, or, with no quotes in either line, it holds another number
    of ``sep`` (a Markdown divider row under a ``|`` header is skipped by ``tables``: always True there)."""
    if not row.strip():
        return False
    if sep == "|" or '"' in head or '"' in row:
        return True
    return head.count(sep) == row.count(sep)


def tables(text: str, header: Callable[[str], bool]) -> Iterator[Table]:
    """Each table in ``text`` whose header line ``header`` accepts (a cheap test on the raw line, e.g. "has a
    birth word"), with the cells of the rows below it up to the first line with another number of cells."""
    if "\n" not in text or not any(sep in text for sep in SEPARATORS):
        return
    lines, pos = [], 0
    for raw in text.split("\n"):
        lines.append((pos, raw))
        pos += len(raw) + 1
    i = 0
    while i < len(lines) - 1:
        _, head = lines[i]
        sep = max(SEPARATORS, key=head.count)
        # ``header`` (patterns of many words) only for a line that can head a table: it holds a separator and
        # the line below can be its first row (prose lines with a comma are most lines of a long text)
        if not head.count(sep) or not _may_have_row(head, lines[i + 1][1], sep) or not header(head):
            i += 1
            continue
        cells = cell_spans(head, sep)
        names = [head[s:e] for s, e in cells]
        rows = []
        j = i + 1
        while j < len(lines):
            off, row = lines[j]
            if not row.strip():
                break
            if sep == "|" and DIVIDER.fullmatch(row):
                j += 1
                continue
            rc = cell_spans(row, sep)
            if len(rc) != len(cells):
                break
            rows.append([(off + s, off + e) for s, e in rc])
            j += 1
        if rows:
            yield Table(names, rows)
        i = max(j, i + 1)
