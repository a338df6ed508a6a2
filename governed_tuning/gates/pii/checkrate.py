"""A column is a kind of identifier when its values pass that kind's check far more often than chance.

Why: one bare nine-digit number cannot be told from an order number (about one random number in ten passes a
mod-10 or mod-11 check), so the detector takes a check-digit kind without a label only where its shape is rare
(``identifiers.IdSpec.bare``). A column is different: forty Irish PPS numbers under "Nummer" pass python-stdnum's
``ie.pps`` forty times where chance gives two; forty order numbers pass it two times. The count over the
column is the evidence a single value lacks, and a binomial test says how strong it is.

For each cell of a column that is one identifier-shaped token (letters, digits and the separators numbers are
written with), and each kind with a check (``identifiers.SPECS`` with a validator) whose pattern the cell
fits (as written, or without its separators as python-stdnum's ``compact`` reads it), ``CheckCounts`` counts
the cells that fit and the cells that pass. The chance rate is measured on the column's own values, not
assumed: the last character of the first ``VARIANT_CELLS`` fitting cells is replaced by every character of
its class (a digit by the ten digits, a letter by the 26 letters) and the share of those variants that fit
and pass is the rate a value with a random check character would pass at. That is an upper bound of the rate
of random numbers (a kind whose number holds a date or a region as well as a check, a PESEL or a CNP, is
rarer by chance than its check alone says), so the test errs towards "not that kind"; a kind with no check
character at all (python-stdnum's ``us.ssn`` only tests ranges) has a rate near 1 and never wins.

The column is of the kind when the probability of that many passes or more by chance (``binom_tail``) is at
most ``ALPHA`` (a false-alarm rate per column and kind; about 100 kinds are tried per column, so a column of
order numbers is wrongly typed about once in ten thousand columns), at least ``MIN_PASS`` cells pass, the
passing cells are at least ``PASS_SHARE`` of those that fit, and the fitting cells at least ``FIT_SHARE`` of
the column's short cells (a notes column with a few numbers is no column of numbers). Its other cells of the
kind's shape (a mistyped check digit, a number regrouped) are then taken by ``columns.column_finding``.

Counts only; no value is kept.
"""

from __future__ import annotations

import functools
import math
import random
import re
import string
import zlib
from collections import Counter

__all__ = ["CheckCounts", "binom_tail", "ALPHA"]

ALPHA = 1e-6
MIN_PASS = 6
PASS_SHARE = 0.6
FIT_SHARE = 0.5
SHAPE_CELLS = 12  # cells per column and check whose shape is sampled to measure the chance rate
SHAPE_DRAWS = 20  # random values of its kind's pattern drawn per such cell (of at most 25 times as many)
MIN_DRAWS = 30  # fewer random values of the kind's pattern than this: no measure, no decision
CELL_CAP = 4000  # cells per column read (past it, the shares are what counts)
RATE_FLOOR = 0.05  # the chance rate is never taken below this (a few hundred draws is a coarse measure)
TOKEN = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9]|[ .\-/](?=[A-Za-z0-9])){4,44}")
SEPARATORS = re.compile(r"[ .\-/]")


@functools.lru_cache(maxsize=1)
def _by_len() -> dict[int, list[tuple[str, re.Pattern, object]]]:
    """compact length -> (kind, pattern, spec) of every spec with a check that can be that long."""
    from .identifiers import SPECS, _width

    out: dict[int, list] = {}
    for s in SPECS:
        if s.validator is None:
            continue
        lo, hi = _width(s.pattern, s.flags)
        rx = re.compile(s.pattern, s.flags)
        for n in range(max(lo - 6, 5), hi + 1):  # (the pattern's width counts its separators)
            out.setdefault(n, []).append((s.kind, rx, s))
    return out


def _passes(spec, value: str) -> bool:
    try:
        return bool(spec.check(value))
    except Exception:  # noqa: BLE001 - a validator that chokes on a shape is a no
        return False


def _fits(rx: re.Pattern, raw: str, compact: str) -> str | None:
    """The form of the cell ``rx`` reads whole (as written, else without separators), or None."""
    if rx.fullmatch(raw):
        return raw
    if compact != raw and rx.fullmatch(compact):
        return compact
    return None


def binom_tail(k: int, n: int, p: float) -> float:
    """P(X >= k) for X ~ Binomial(n, p): the chance of ``k`` or more passes in ``n`` cells at rate ``p``."""
    if k <= 0:
        return 1.0
    if k > n:
        return 0.0
    p = min(max(p, 1e-12), 1 - 1e-12)
    lp, lq = math.log(p), math.log1p(-p)
    total = 0.0
    for i in range(k, n + 1):
        total += math.exp(math.lgamma(n + 1) - math.lgamma(i + 1) - math.lgamma(n - i + 1) + i * lp + (n - i) * lq)
    return min(1.0, total)


def _check_key(spec) -> str:
    """The check a spec uses (python-stdnum's module, or the function's name): kinds that share one (a Korean
    resident's and a foreigner's registration number) are one body of evidence."""
    v = spec.validator
    return v if isinstance(v, str) else getattr(v, "__name__", repr(v))


def _shape_of(form: str, rng: random.Random) -> str:
    """A random value of ``form``'s shape: each digit, upper- and lower-case letter replaced by a random one of
    its class, separators kept."""
    out = []
    for c in form:
        if c.isdigit():
            out.append(rng.choice(string.digits))
        elif c.isupper():
            out.append(rng.choice(string.ascii_uppercase))
        elif c.islower():
            out.append(rng.choice(string.ascii_lowercase))
        else:
            out.append(c)
    return "".join(out)


class CheckCounts:
    """Per column: cells read, and per check (``_check_key``) the cells that fit one of its kinds' patterns
    and pass it, and random values of those cells' shapes tried and passed (the chance rate); per kind the
    cells that fit (the column's kind is its check's kind most fitted). Merged across batches by addition."""

    def __init__(self) -> None:
        self.cells: Counter = Counter()  # short cells read per column
        self.fit: dict[str, Counter] = {}  # per column: check -> cells that fit
        self.ok: dict[str, Counter] = {}  # per column: check -> cells that pass
        self.kinds: dict[str, Counter] = {}  # per column: (check, kind) -> cells that fit
        self.tried: dict[str, Counter] = {}
        self.passed: dict[str, Counter] = {}
        self.sampled: dict[str, Counter] = {}  # cells whose shape was sampled, per check

    def add(self, column: str, value: str) -> None:
        if self.cells[column] >= CELL_CAP:
            return
        self.cells[column] += 1
        if not TOKEN.fullmatch(value) or not any(c.isdigit() for c in value):
            return
        compact = SEPARATORS.sub("", value)
        seen: set[str] = set()
        for kind, rx, spec in _by_len().get(len(compact), ()):
            key = _check_key(spec)
            if key in seen:
                continue
            form = _fits(rx, value, compact)
            if form is None:
                continue
            seen.add(key)
            self.fit.setdefault(column, Counter())[key] += 1
            self.kinds.setdefault(column, Counter())[(key, kind)] += 1
            if _passes(spec, form):
                self.ok.setdefault(column, Counter())[key] += 1
            sampled = self.sampled.setdefault(column, Counter())
            if sampled[key] < SHAPE_CELLS:
                sampled[key] += 1
                rng = random.Random(zlib.crc32(f"{key}\x00{form}".encode("utf-8")))
                tried = passed = 0
                for _ in range(SHAPE_DRAWS * 25):  # (a pattern with a date in it fits one random value in 25)
                    v = _shape_of(form, rng)
                    if rx.fullmatch(v):
                        tried += 1
                        passed += _passes(spec, v)
                        if tried == SHAPE_DRAWS:
                            break
                self.tried.setdefault(column, Counter())[key] += tried
                self.passed.setdefault(column, Counter())[key] += passed

    def merge(self, other: CheckCounts) -> None:
        self.cells.update(other.cells)
        for mine, theirs in ((self.fit, other.fit), (self.ok, other.ok), (self.kinds, other.kinds),
                             (self.tried, other.tried), (self.passed, other.passed),
                             (self.sampled, other.sampled)):
            for c, k in theirs.items():
                mine.setdefault(c, Counter()).update(k)

    def rate(self, column: str, key: str) -> float:
        """The measured chance rate of check ``key`` in ``column``'s shapes (at least ``RATE_FLOOR``)."""
        tried = self.tried.get(column, Counter()).get(key, 0)
        if tried < MIN_DRAWS:
            return 1.0
        return max(RATE_FLOOR, self.passed[column][key] / tried)

    def kind(self, column: str) -> str | None:
        """The kind ``column`` holds by the test above, or None: the check with most passing cells among those
        that pass the test (then the smaller chance), named by its kind most cells fit."""
        n = self.cells.get(column, 0)
        fit = self.fit.get(column)
        if not fit or n < MIN_PASS:
            return None
        best: tuple[int, float, str] | None = None
        for key, ok in self.ok.get(column, Counter()).items():
            f = fit[key]
            if ok < MIN_PASS or ok < PASS_SHARE * f or f < FIT_SHARE * n:
                continue
            tail = binom_tail(ok, f, self.rate(column, key))
            if tail > ALPHA:
                continue
            if best is None or (ok, -tail, key) > best:
                best = (ok, -tail, key)
        if best is None:
            return None
        kinds = self.kinds[column]
        return max((c, k) for (key, k), c in kinds.items() if key == best[2])[1]
