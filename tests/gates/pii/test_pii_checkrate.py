"""A column is a kind of identifier when its cells pass that kind's check far above chance (checkrate.py): a
column of Irish PPS numbers or Israeli ids under "Nummer" is taken whole, a mistyped one with it; a column of
order numbers, EAN barcodes or numbers with no check digit is not (benchmarks/pii_ids7.py measures both ways)."""

from __future__ import annotations

import csv
import random
import string

import pytest
from stdnum import ean
from stdnum.ie import pps
from stdnum.il import idnr

from governed_tuning.gates.pii.checkrate import ALPHA, CheckCounts, binom_tail
from governed_tuning.gates.pii.columns import ColumnVotes, column_finding

TARGETED = frozenset({"IE_PPS", "IL_ID_NUMBER", "NL_BSN", "US_SSN", "ID_NUMBER", "CA_SIN"})


def _valid(rng: random.Random, module, draw) -> str:
    while True:
        v = draw(rng)
        if module.is_valid(v):
            return v


def _pps(rng):
    return _valid(rng, pps, lambda r: "".join(r.choice(string.digits) for _ in range(7)) + r.choice("ABCDEFGHIJKLMNOPQRSTUVW"))


def _idnr(rng):
    return _valid(rng, idnr, lambda r: "".join(r.choice(string.digits) for _ in range(9)))


def _ean13(rng):
    b = "".join(rng.choice(string.digits) for _ in range(12))
    return b + ean.calc_check_digit(b)


def test_the_binomial_tail_is_the_chance_of_that_many_passes_or_more():
    assert binom_tail(0, 10, 0.1) == 1.0 and binom_tail(11, 10, 0.1) == 0.0
    assert binom_tail(10, 10, 0.1) == pytest.approx(1e-10)
    assert binom_tail(1, 1, 0.5) == pytest.approx(0.5) and binom_tail(2, 4, 0.5) == pytest.approx(11 / 16)


@pytest.mark.parametrize("make, kind", [(_pps, "IE_PPS"), (_idnr, "IL_ID_NUMBER")])
def test_a_column_whose_cells_pass_one_kinds_check_far_above_chance_is_that_kind(make, kind):
    """Neither kind is taken from a bare value alone (a check one random number in ten or 23 passes); thirty
    of thirty passing under a bland header is evidence no order number column gives. The mistyped one is
    taken with them: the column, not its check digit, says what it is."""
    rng = random.Random(11)
    cells = [make(rng) for _ in range(30)]
    bad = cells[4][:-1] + ("A" if cells[4][-1] != "A" else "B") if kind == "IE_PPS" else \
        cells[4][:-1] + str((int(cells[4][-1]) + 1) % 10)
    votes = ColumnVotes()
    for c in cells[:4] + [bad] + cells[5:]:
        votes.add("Nummer", c, [])
    assert votes.kind_of("Nummer") is None  # the detector found none of them
    assert votes.column_kind("Nummer", TARGETED) == kind
    f = column_finding(kind, bad)
    assert f is not None and (f.start, f.end, f.entity) == (0, len(bad), kind)
    # a policy that does not target the kind leaves the column alone
    assert votes.column_kind("Nummer", TARGETED - {kind}) is None


@pytest.mark.parametrize("make", [
    lambda r: str(r.randrange(10 ** 8, 10 ** 9)),  # order numbers: a tenth pass any one nine-digit check
    _ean13,  # barcodes: every one passes its own (EAN) check, no person's
    lambda r: f"{r.randrange(100, 899)}-{r.randrange(10, 99)}-{r.randrange(1000, 9999)}",  # SSN-shaped: no check
])
def test_a_column_that_passes_checks_only_at_chance_is_no_kind(make):
    rng = random.Random(5)
    counts = CheckCounts()
    for _ in range(60):
        counts.add("ref", make(rng))
    assert counts.kind("ref") is None


def test_a_notes_column_with_a_few_numbers_in_it_is_no_column_of_numbers():
    rng = random.Random(3)
    counts = CheckCounts()
    for i in range(40):
        counts.add("notes", _pps(rng) if i % 4 == 0 else "called back, no answer")
    assert counts.kind("notes") is None


def test_the_decision_does_not_depend_on_how_the_file_is_cut_into_batches():
    rng = random.Random(7)
    cells = [_idnr(rng) for _ in range(24)]
    whole, first, second = CheckCounts(), CheckCounts(), CheckCounts()
    for i, c in enumerate(cells):
        whole.add("n", c)
        (first if i < 12 else second).add("n", c)
    first.merge(second)
    assert whole.kind("n") == first.kind("n") == "IL_ID_NUMBER"
    assert whole.ok == first.ok and whole.fit == first.fit
    assert binom_tail(whole.ok["n"]["il.idnr"], whole.fit["n"]["il.idnr"], whole.rate("n", "il.idnr")) < ALPHA


def test_a_table_of_ids_under_a_bland_header_is_scrubbed_and_its_order_numbers_stay(gate, tmp_path):
    rng = random.Random(21)
    src, out = tmp_path / "in.csv", tmp_path / "out.csv"
    people = [_pps(rng) for _ in range(12)]
    orders = [str(rng.randrange(10 ** 7, 10 ** 8)) for _ in range(12)]
    with src.open("w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows([["Nummer", "Bestellung"]] + [[p, o] for p, o in zip(people, orders)])
    res = gate.check(src, out)
    assert res.passed, res.reasons
    text = out.read_text(encoding="utf-8")
    assert not any(p in text for p in people) and text.count("<IE_PPS>") == len(people)
    # the order numbers' column is no kind's (one may still be read as a phone, as in any column)
    assert sum(o in text for o in orders) >= len(orders) - 1
