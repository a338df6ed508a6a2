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
FULL_CELLS = 128  # cells per column (and batch) read whole; past them, one value in SAMPLE_EVERY (by its CRC-32:
SAMPLE_EVERY = 8  # the same value is always in or out): a table of numbers costs an eighth of the checks
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


def _signature(form: str) -> str:
    """A value's shape: each digit "9", upper-case letter "A", lower-case letter "a", separators kept."""
    return "".join("9" if c.isdigit() else "A" if c.isupper() else "a" if c.islower() else c for c in form)


@functools.lru_cache(maxsize=4096)
def _shape_rate(kind: str, length: int, signature: str, compacted: bool) -> tuple[int, int]:
    """(random values of ``signature`` that fit one of ``kind``'s patterns of this compact ``length``, of those
    that pass its check): up to ``SHAPE_DRAWS`` fitting values of at most 25 times as many draws, from a seed of
    the shape itself, so the same for every column, batch and run (and measured once per process)."""
    rng = random.Random(zlib.crc32(f"{kind}\x00{signature}".encode("utf-8")))
    specs = [(rx, spec) for k, rx, spec in _by_len().get(length, ()) if k == kind]
    tried = passed = 0
    for _ in range(SHAPE_DRAWS * 25):  # (a pattern with a date in it fits one random value in 25)
        v = _shape_of(signature, rng)
        for rx, spec in specs:
            if rx.fullmatch(v) or (compacted and rx.fullmatch(SEPARATORS.sub("", v))):
                tried += 1
                passed += _passes(spec, v if rx.fullmatch(v) else SEPARATORS.sub("", v))
                break
        if tried == SHAPE_DRAWS:
            break
    return tried, passed


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
        self.chance = ChanceCounts()  # the re-scan's validators over the column's digit-only cells

    def add(self, column: str, value: str) -> None:
        n = self.cells[column]
        if n >= CELL_CAP or (n >= FULL_CELLS and zlib.crc32(value.encode("utf-8")) % SAMPLE_EVERY):
            return  # past FULL_CELLS a column is read in a sample of its values (the shares are what counts)
        self.cells[column] += 1
        if not TOKEN.fullmatch(value) or not any(c.isdigit() for c in value):
            return
        compact = SEPARATORS.sub("", value)
        self.chance.add(column, compact)
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
                tried, passed = _shape_rate(kind, len(compact), _signature(form), form is compact)
                self.tried.setdefault(column, Counter())[key] += tried
                self.passed.setdefault(column, Counter())[key] += passed

    def merge(self, other: CheckCounts) -> None:
        self.cells.update(other.cells)
        for mine, theirs in ((self.fit, other.fit), (self.ok, other.ok), (self.kinds, other.kinds),
                             (self.tried, other.tried), (self.passed, other.passed),
                             (self.sampled, other.sampled)):
            for c, k in theirs.items():
                mine.setdefault(c, Counter()).update(k)
        self.chance.merge(other.chance)

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


# --------------------------------------------------------------------------- a column of numbers at chance
#
# The re-scan's own pass (rescan_independent.checksummed_numbers) confirms a bare number that passes a check
# holding a date of birth, or a long one: one random number in a hundred or fewer passes such a check. A table
# column of 30 random order numbers of eleven or twelve digits holds such a number now and then, and the copy
# was blocked for it (a Latvian personal code, a Portuguese citizen card in an "order" column). Counted over the
# column, those passes are what chance gives: ``ChanceCounts`` counts, per column and per validator of the
# re-scan, the digit-only cells of a length it reads and the cells that pass it; ``chance_rate`` is the rate of
# random digit strings of those lengths (a fixed sample, measured once per validator); ``at_chance`` says the
# column passes no more often than that (the tail above ``CHANCE_TAIL``) over ``CHANCE_CELLS`` cells or more.

CHANCE_CELLS = 20
CHANCE_TAIL = 0.01
CHANCE_DRAWS = 4000
DIGITS = re.compile(r"\d{8,18}")


@functools.lru_cache(maxsize=1)
def _rescan_mods() -> dict[int, tuple[str, ...]]:
    """length -> every check of the re-scan (``rescan_independent.LENGTHS``) and the scrub that reads a bare digit
    string so long: those that confirm it (a check holding a date of birth, eleven digits and more), those taken
    bare by the detector (a nine-digit mod-11) and Luhn (a card's reading of a 12-digit order number). Each is
    counted, so that ``at_chance`` compares a column's own passes of the check it is asked about with chance; a
    check left uncounted read as none passing, at chance whatever the column held. (US SSN has no check digit.)"""
    from .identifiers import SPECS, _width
    from .rescan_independent import LENGTHS, _stdnum_kinds

    widths: dict[str, set[int]] = {}  # a check LENGTHS lacks: the lengths of its kind's patterns
    for spec in SPECS:
        lo, hi = _width(spec.pattern, spec.flags)
        widths.setdefault(spec.kind, set()).update(range(lo, hi + 1))
    out: dict[int, set[str]] = {}
    for kind, m in _stdnum_kinds().items():
        if kind == "US_SSN":
            continue
        for n in LENGTHS.get(m, widths.get(kind, ())):
            if 8 <= n <= 18:
                out.setdefault(n, set()).add(m)
    return {n: tuple(sorted(ms)) for n, ms in out.items()}


@functools.lru_cache(maxsize=None)
def chance_rate(module: str, length: int) -> float:
    """The share of random digit strings of ``length`` that ``module`` (the re-scan's validator; "": any of
    those of that length, ``_rescan_mods``) accepts: a fixed-seed sample of ``CHANCE_DRAWS``, at least one pass
    counted (a rate is never taken as zero)."""
    from .rescan_independent import _valid

    rng = random.Random(zlib.crc32(f"{module}\x00{length}".encode()))
    mods = (module,) if module else _rescan_mods().get(length, ())  # "": any of the re-scan's checks of the length
    ok = 0
    for _ in range(CHANCE_DRAWS):
        v = "".join(rng.choice(string.digits) for _ in range(length))
        ok += any(_valid(m, v) for m in mods)
    return max(ok, 1) / CHANCE_DRAWS


class ChanceCounts:
    """Per column: digit-only cells by length, and cells that pass each of the re-scan's validators."""

    def __init__(self) -> None:
        self.lengths: dict[str, Counter] = {}
        self.passed: dict[str, Counter] = {}

    def add(self, column: str, compact: str) -> None:
        if not DIGITS.fullmatch(compact):
            return
        from .rescan_independent import _valid

        n = len(compact)
        self.lengths.setdefault(column, Counter())[n] += 1
        hit = False
        for m in _rescan_mods().get(n, ()):
            if _valid(m, compact):
                self.passed.setdefault(column, Counter())[(m, n)] += 1
                hit = True
        if hit:
            self.passed[column][("", n)] += 1  # cells that pass any of them

    def merge(self, other: ChanceCounts) -> None:
        for mine, theirs in ((self.lengths, other.lengths), (self.passed, other.passed)):
            for c, k in theirs.items():
                mine.setdefault(c, Counter()).update(k)

    def at_chance(self, column: str, kind: str, length: int) -> bool:
        """Whether ``column``'s digit-only cells of ``length`` pass the re-scan's validator of ``kind`` no more
        often than random digit strings do."""
        from .rescan_independent import _stdnum_kinds

        module = _stdnum_kinds().get(kind)
        n = self.lengths.get(column, Counter()).get(length, 0)
        if module is None or n < CHANCE_CELLS:
            return False
        passed = self.passed.get(column, Counter())
        k, anyk = passed.get((module, length), 0), passed.get(("", length), 0)
        # at chance for this check, and for all of them together: a column of many countries' numbers (a text
        # field of one identifier per record, each of another kind) passes each check rarely, but nearly every
        # cell passes one, which random numbers do not
        return binom_tail(k, n, chance_rate(module, length)) > CHANCE_TAIL and \
            binom_tail(anyk, n, chance_rate("", length)) > CHANCE_TAIL
