"""The fourth sealed PII set's generator: the same seed gives the same set, and every identifier it plants is
valid by its python-stdnum module (a value the validator rejects would measure nothing)."""

from __future__ import annotations

import importlib
import json
import random
import sys
from pathlib import Path

import pytest

pytest.importorskip("name_variants")  # the set's own sources (the dev extra; Python 3.11+)
BENCH = Path(__file__).resolve().parents[2] / "benchmarks"
sys.path.insert(0, str(BENCH))

sealed4 = importlib.import_module("pii_sealed4")
ids = importlib.import_module("pii_sealed4_ids")


def _records(seed: int) -> list[str]:
    vocab = sealed4._vocabulary()
    rows = sealed4.make_records(random.Random(seed), 25, vocab)
    return [json.dumps(r.record, ensure_ascii=False) + repr([(p.kind, p.keys) for p in r.plants]) for r in rows]


def test_same_seed_same_set_and_another_seed_another() -> None:
    assert _records(7) == _records(7)
    assert _records(7) != _records(8)


def test_every_identifier_validates() -> None:
    rng = random.Random(3)
    checked = 0
    for kind in ids.KINDS:
        for _ in range(3):
            value = kind.make(rng)
            if kind.validator.startswith("stdnum."):
                assert importlib.import_module(kind.validator).is_valid(value), (kind.name, value)
                checked += 1
            # however it is written, the letters and digits are the value's
            assert ids.normalised(ids.written(rng, kind, value)) == ids.normalised(value)
    assert checked >= 3 * 40


def test_a_leak_is_found_whatever_the_separators() -> None:
    plant = sealed4.Plant("PL_PESEL", "PL_PESEL", ["44051401359"], "norm", "pl")
    out = "nr PESEL 440 514 013 59 podany"
    assert sealed4.leaked(plant, sealed4._fold(out), sealed4._norm(out))
    out = "nr PESEL <PL_PESEL> podany"
    assert not sealed4.leaked(plant, sealed4._fold(out), sealed4._norm(out))
