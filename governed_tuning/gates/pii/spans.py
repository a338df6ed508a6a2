"""What the scrub hands on about each span it replaced: positions and a kind, never a value.

The memorisation gate's extraction probe needs to know where the PII gate removed something, so that it can
prompt the trained model with the scrubbed text up to that point and check (in memory, against the raw input it
re-reads itself) whether the model gives the removed value back. Positions are PII-free, so this is safe to hold
in memory for the run and to pass between gates.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class RemovedSpan:
    """One replaced span. ``source``: the record's index in the input table; ``record``: its index in the
    scrubbed copy; ``path``: the text slot inside the record (``("prompt",)``, ``("messages", 1, "content")``);
    ``start``/``end``: the span in the input text; ``out_start``/``out_end``: its replacement in the copy."""

    source: int
    record: int
    path: tuple[str | int, ...]
    kind: str
    start: int
    end: int
    out_start: int
    out_end: int
