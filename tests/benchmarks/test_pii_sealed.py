"""The sealed held-out PII set (benchmarks/pii_sealed*.py): the same seed makes the same records, its planted
identifiers pass python-stdnum's validators, and its scoring tells a copy that keeps everything from one that
keeps nothing personal (no PII gate runs here: the benchmark measures the gate, this tests the measure)."""

import sys
from importlib import import_module
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
gen = import_module("pii_sealed_gen")
ids = import_module("pii_sealed_ids")
sealed = import_module("pii_sealed")


@pytest.fixture(scope="module")
def sets():
    return {"records": gen.make_records(160), "ids": gen.make_ids(3), "clean": gen.make_clean(60)}


def _dump(samples):
    return [(s.record, s.locale, s.shape, s.spans) for s in samples]


def test_same_seed_same_sets_other_seed_other_sets(sets):
    assert _dump(gen.make_records(160)) == _dump(sets["records"])
    assert _dump(gen.make_ids(3)) == _dump(sets["ids"])
    assert _dump(gen.make_clean(60)) == _dump(sets["clean"])
    other = gen.make_records(160, seed=gen.SEED + 100)
    assert [s.spans for s in other] != [s.spans for s in sets["records"]]


def test_planted_identifiers_pass_python_stdnum(sets):
    planted = [(sp["kind"], sp["value"]) for s in sets["records"] + sets["ids"] for sp in s.spans
               if sp["kind"] in ids.KINDS]
    kinds = {k for k, _ in planted}
    assert len(kinds) >= 15 and kinds == set(ids.KINDS)  # every kind of the ids set, 41 of them
    bad = [(k, v) for k, v in planted if not ids.is_valid(k, v)]
    assert not bad
    # and each is a real check: the same number with its last digit changed is refused
    flipped = 0
    for k, v in planted[:60]:
        i = max(j for j, c in enumerate(v) if c.isdigit())
        w = v[:i] + str((int(v[i]) + 1) % 10) + v[i + 1:]
        flipped += not ids.is_valid(k, w)
    assert flipped >= 50


def test_the_sets_cover_locales_shapes_and_ways_of_writing(sets):
    recs = sets["records"]
    assert len({s.locale for s in recs}) == 20 and {s.shape for s in recs} == set(gen.SHAPES)
    variants = {(sp["kind"], sp["variant"]) for s in recs for sp in s.spans}
    for v in [("PERSON", "lower"), ("PERSON", "first_only"), ("PERSON", "list_lower"), ("PERSON", "url"),
              ("PERSON", "possessive"), ("PERSON", "signature"), ("DATE_OF_BIRTH", "worded"), ("DATE_OF_BIRTH", "bare")]:
        assert v in variants
    assert all(not s.spans for s in sets["clean"])
    for s in recs:  # every planted value is in its record as written
        text = sealed.flat(s.record)
        assert all(sp["value"] in text for sp in s.spans), s.record["id"]


def test_scoring_both_ways(sets):
    recs = sets["records"]
    targeted = {sp["kind"] for s in recs for sp in s.spans}
    kept = sealed.score(recs, [sealed.flat(s.record) for s in recs], targeted)
    n, k = kept["tab"][("all", "targeted")]
    assert n > 1000 and k == n and kept["lost"] == 0  # an untouched copy leaks every planted value

    def scrub(s):
        return sealed.without(sealed.flat(s.record), [sp["value"] for sp in s.spans])

    clean = sealed.score(recs, [scrub(s) for s in recs], targeted)
    assert clean["tab"][("all", "targeted")][1] == 0 and clean["lost"] == 0
    # a copy that drops ordinary words loses content; one that keeps a single surname leaks that name
    s = next(s for s in recs if any(sp["variant"] == "last_only" for sp in s.spans))
    last = next(sp["value"] for sp in s.spans if sp["variant"] == "last_only")
    one = sealed.score([s], [scrub(s) + f" {last}"], targeted)
    assert one["tab"][("kind", "PERSON")][1] >= 1
