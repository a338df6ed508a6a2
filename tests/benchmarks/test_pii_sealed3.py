"""The third sealed PII set's generator (benchmarks/pii_sealed3*.py) is deterministic and plants what it says:
identifiers accepted by python-stdnum (or the published check), phones valid for their region, 30+ locales and
10+ scripts, a clean set with nothing planted. The gate is not run here (the benchmark does that); no value is
printed.

Blind when written; a dev set since the fifth session of 2026-11-30 (see benchmarks/README.md), pii_sealed4 is the blind one."""

import json
import random
import sys
from pathlib import Path
from types import SimpleNamespace

import phonenumbers
import pytest

pytest.importorskip("mimesis")
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

import pii_sealed3 as bench  # noqa: E402
from pii_sealed3_ids import kinds, validate  # noqa: E402
from stdnum import iban, luhn  # noqa: E402


def _args(seed):
    return SimpleNamespace(seed=seed, records=78, clean=26, rows=10)


SETS = ["records", "ids", "clean", "csv", "parquet"]


@pytest.fixture(scope="module")
def made():
    return bench.build(SETS, _args(bench.SEED))


def test_same_seed_same_sets_other_seed_other_sets(made):
    again = bench.build(SETS, _args(bench.SEED))
    dump = json.dumps(made, sort_keys=True, ensure_ascii=False, default=str)
    assert dump == json.dumps(again, sort_keys=True, ensure_ascii=False, default=str)
    other = bench.build(["records"], _args(bench.SEED + 100))
    assert json.dumps(other["records"], ensure_ascii=False) != json.dumps(made["records"], ensure_ascii=False)


def test_every_identifier_validates_with_its_check(made):
    checked = {}
    for item in made["ids"]:
        p = item["planted"][0]
        assert validate(p["kind"], p["raw"]), f"{p['kind']} fails its check"
        if item["shape"] != "id_spaced":
            assert p["value"] == p["raw"]
        else:  # the same characters, grouped in threes
            assert p["value"].replace(" ", "") == "".join(c for c in p["raw"] if c.isalnum())
        checked[p["kind"]] = item["how"]
    assert set(checked) == set(kinds())
    assert sum(how.startswith("stdnum.") for how in checked.values()) >= 40
    # a few kinds no shipped policy names are planted too (reported apart)
    assert sum(v[0] is None for v in kinds().values()) >= 10
    # and the check is a real one: a changed last character fails it (where the last character is the check)
    rng = random.Random(3)
    no_check_last = {"US_SSN", "US_ITIN", "AU_MEDICARE", "DK_CPR", "IS_KENNITALA", "UK_NINO"}
    for kind, (_, make, how, _) in kinds().items():
        v = make(rng)
        bad = v[:-1] + ("0" if v[-1] != "0" else "1")
        assert validate(kind, v)
        assert kind in no_check_last or not validate(kind, bad), kind


def test_planted_numbers_in_records_are_valid(made):
    phones = cards = ibans = 0
    for item in made["records"]:
        for p in item["planted"]:
            if p["kind"] == "PHONE_NUMBER" and p["way"] != "json":
                num = phonenumbers.parse(p["value"].replace(".", " "), None if p["value"].startswith("+") else
                                         bench.ALL_LOCALES[item["locale"]][0])
                phones += phonenumbers.is_valid_number(num)
            elif p["kind"] == "CREDIT_CARD":
                assert luhn.is_valid(p["value"].replace(" ", ""))
                cards += 1
            elif p["kind"] == "IBAN_CODE":
                assert iban.is_valid(p["value"])
                ibans += 1
    assert phones >= 60 and cards and ibans
    text = json.dumps([i["record"] for i in made["records"]], ensure_ascii=False)
    absent = [(item["shape"], p["kind"]) for item in made["records"] for p in item["planted"]
              if p["value"] not in text and p["way"] not in ("json", "json_int", "json_key")]
    assert absent == []  # every planted value stands in its record as written (kinds and shapes only, no values)


def test_breadth_of_locales_scripts_and_shapes():
    full = bench.build(["records"], SimpleNamespace(seed=bench.SEED, records=312, clean=0, rows=0))["records"]
    assert len({i["locale"] for i in full}) >= 30
    assert len({i["script"] for i in full}) >= 10
    assert len({i["shape"] for i in full}) == 13


def test_clean_set_plants_nothing(made):
    assert made["clean"] and all(not i["planted"] for i in made["clean"])


def test_scoring_counts_a_survivor_and_not_a_scrubbed_value():
    p = {"kind": "PHONE_NUMBER", "value": "+49 151 2345 6789", "way": "x", "parts": []}
    orig = bench.norm("call +49 151 2345 6789 today")
    assert bench.leaked(p, orig, bench.norm("call 4915123456789 today"), "Latin", [p["value"]])
    assert not bench.leaked(p, orig, bench.norm("call <PHONE_NUMBER> today"), "Latin", [p["value"]])
    name = {"kind": "PERSON", "value": "Ana Lima", "way": "x", "parts": ["Ana", "Lima"]}
    orig = bench.norm("Ana Lima bought a banana")
    assert bench.leaked(name, orig, bench.norm("PERSON_1 Lima bought a banana"), "Latin", ["Ana Lima", "Ana", "Lima"])
    assert not bench.leaked(name, orig, bench.norm("PERSON_1 bought a banana"), "Latin", ["Ana Lima", "Ana", "Lima"])
