"""The cyclic garbage collector's pace on the record path: fewer full collections over the detector's own objects.

The detector keeps ~350,000 long-lived objects (the spaCy model, the name and place lists, Faker's locales for
surrogates), and the record path allocates millions of short-lived ones (findings, slices, match objects), nearly
all freed by reference counting. CPython collects its youngest generation every 700 net allocations of container
objects (cheap), the middle one every 10 of those, and the whole heap every 10 middle collections once enough new
objects have survived: a full collection walks every long-lived object (~0.25 CPU s here), and on the 1,900 chat
records of ``benchmarks/pii_throughput.py`` the collector took 0.98 of 3.9 CPU s, a quarter of the scrub.

``few_collections`` (a context manager; ``collecting_less`` as a decorator) raises the oldest generation's
threshold to ``OLD`` while the record path runs and restores the caller's thresholds when the outermost use
returns. The young and middle generations are collected as before, so short-lived cycles are freed as promptly
(a larger young threshold saved as much CPU but held ~3 MB more of them: the streaming engine's memory bound);
a full collection still runs, about ten times less often (every ~700,000 net allocations at most, about once per
4,000 chat records). Nothing the scrub computes depends on when the collector runs: the copies and the evidence
are the same byte for byte (``benchmarks/pii_identical.py``).
"""

from __future__ import annotations

import functools
import gc
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

OLD = 100  # middle-generation collections between two full ones at most (CPython's default: 10)

_lock = threading.Lock()
_depth = 0
_saved: tuple[int, ...] | None = None  # the thresholds replaced by the outermost use (None: nothing replaced)

F = TypeVar("F", bound=Callable[..., Any])


@contextmanager
def few_collections() -> Iterator[None]:
    """Collect the whole heap less often inside (nested and concurrent uses share one raise; the outermost
    restores)."""
    global _depth, _saved
    with _lock:
        if _depth == 0:
            now = gc.get_threshold()
            # 0: the caller switched collection off; a higher threshold is the caller's choice: both stand
            if now[0] and now[2] < OLD:
                _saved = now
                gc.set_threshold(now[0], now[1], OLD)
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _saved is not None:
                if gc.get_threshold() == (_saved[0], _saved[1], OLD):  # unless changed meanwhile: theirs stands
                    gc.set_threshold(*_saved)
                _saved = None


def collecting_less(fn: F) -> F:
    """``fn`` run inside ``few_collections()``."""
    @functools.wraps(fn)
    def run(*args: Any, **kwargs: Any) -> Any:
        with few_collections():
            return fn(*args, **kwargs)
    return run  # type: ignore[return-value]
