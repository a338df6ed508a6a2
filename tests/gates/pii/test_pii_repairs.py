"""A re-scan whose repair hides no blind spot (repairs.py), both ways: values the scrub missed and the re-scan
had to repair fail the gate (or ask for review) under the shipped policies, naming kinds, counts and what to do;
repairs of our own substitution's edges, and ordinary text, do not."""

import json
import re
from collections import Counter

import pytest
from pydantic import ValidationError

from governed_tuning.gates.pii import repairs
from governed_tuning.policy import RescanPolicy, load_policy

AGE_MISS = Counter({("age_phrase", "AGE"): 7})


def test_a_repaired_miss_fails_by_default_and_names_kind_count_why_and_what_to_do():
    verdict, reason = repairs.judge(RescanPolicy(), AGE_MISS, Counter({"AGE": 12}))
    assert verdict == "fail"
    assert "AGE: 7 of 19 found" not in reason and "AGE: 7 of 12 found" in reason and "age_phrase: 7" in reason
    assert "age phrases" in reason and "not written" in reason
    assert repairs.withholds_copy(RescanPolicy(), AGE_MISS, Counter({"AGE": 12}))


def test_review_and_pass_are_the_policys_choice():
    review = RescanPolicy(repaired_misses="review")
    assert repairs.judge(review, AGE_MISS, Counter({"AGE": 12}))[0] == "review"
    assert not repairs.withholds_copy(review, AGE_MISS, Counter({"AGE": 12}))
    verdict, reason = repairs.judge(RescanPolicy(repaired_misses="pass"), AGE_MISS, Counter({"AGE": 12}))
    assert verdict is None and "AGE: 7" in reason  # reported all the same


def test_repairs_of_our_own_substitution_are_no_blind_spot():
    edges = Counter({("beside_substitution", "PERSON"): 3, ("known_value", "EMAIL_ADDRESS"): 2})
    assert repairs.judge(RescanPolicy(), edges, Counter({"PERSON": 3, "EMAIL_ADDRESS": 2})) == (None, None)
    ev = repairs.evidence(RescanPolicy(), edges + AGE_MISS, Counter({"AGE": 7}))
    assert ev["repaired_misses_by_type"] == {"AGE": 7} and ev["repaired_misses_by_why"] == {"age_phrase": 7}
    assert ev["repaired_misses_over_limit"] == ["AGE"]


def test_a_kind_triggers_only_over_both_its_count_and_its_share():
    pol = RescanPolicy(max_repaired_misses=2, max_repaired_miss_rate=0.05)
    one_of_many = Counter({("name_part", "PERSON"): 3})
    assert repairs.judge(pol, one_of_many, Counter({"PERSON": 400}))[0] is None  # 3 > 2, but 0.75% <= 5%
    assert repairs.judge(pol, one_of_many, Counter({"PERSON": 20}))[0] == "fail"  # 15%
    assert repairs.judge(pol, Counter({("name_part", "PERSON"): 2}), Counter({"PERSON": 2}))[0] is None


@pytest.mark.parametrize("name", ["default", "gdpr", "ccpa"])
def test_the_shipped_policies_fail_on_a_repaired_miss(name):
    assert load_policy(name).policy.pii.rescan.repaired_misses == "fail"


def test_the_setting_is_strict():
    for bad in ({"repaired_misses": "warn"}, {"repaired_misses": "fail", "max_misses": 1}):
        with pytest.raises(ValidationError):
            RescanPolicy.model_validate(bad)


def _run(gate, tmp_path, texts, name="in"):
    src = tmp_path / f"{name}.jsonl"
    src.write_text("".join(json.dumps({"text": t}, ensure_ascii=False) + "\n" for t in texts), encoding="utf-8")
    out = tmp_path / f"{name}.out.jsonl"
    return gate.check(src, out), out


AGE_TEXTS = ["عندي 34 سنة وأريد إلغاء الطلب", "the parcel came today, thanks"]  # "I have 34 years": age_phrase


def test_the_gate_fails_a_copy_whose_rescan_repaired_an_age_the_scrub_missed(gate, blind_to_ages, tmp_path):
    res, out = _run(blind_to_ages(gate, AGE_TEXTS), tmp_path, AGE_TEXTS)
    assert res.verdict == "fail" and not out.exists()
    rescan = res.evidence.rescan
    assert rescan.repaired_misses_by_type == {"AGE": 1} and rescan.repaired_misses_by_why == {"age_phrase": 1}
    assert rescan.repaired_misses_over_limit == ["AGE"]
    assert not any(re.search(r"(?<!\d)34(?!\d)", r) for r in res.reasons)  # counts and kinds, never the value
    assert res.reasons[0].startswith("the re-scan had to repair 1 value(s) the scrub missed (AGE: 1")


def test_review_writes_the_repaired_copy_and_asks_a_person(review_gate, blind_to_ages, tmp_path):
    res, out = _run(blind_to_ages(review_gate, AGE_TEXTS), tmp_path, AGE_TEXTS)
    assert res.verdict == "review" and out.exists() and "34" not in out.read_text(encoding="utf-8")
    assert res.evidence.rescan.repaired_misses_policy == "review"


def test_ordinary_text_and_values_the_scrub_found_whole_still_pass(gate, tmp_path):
    res, out = _run(gate, tmp_path, ["Hi, this is Maria Garcia, my email is maria.garcia@example.com",
                                     "عندي 3 أسئلة عن الفاتورة", "the parcel came today, thanks"])
    assert res.verdict == "pass", res.reasons
    assert res.evidence.rescan.repaired_misses_by_type == {}


def test_the_in_memory_engine_judges_repairs_as_the_streaming_one(gate, blind_to_ages, tmp_path):
    blind_to_ages(gate, AGE_TEXTS)
    src = tmp_path / "m.jsonl"
    src.write_text("".join(json.dumps({"text": t}, ensure_ascii=False) + "\n" for t in AGE_TEXTS), encoding="utf-8")
    res = gate.check_in_memory(src, tmp_path / "m.out.jsonl")
    assert res.verdict == "fail" and not (tmp_path / "m.out.jsonl").exists()
    assert res.evidence.rescan.repaired_misses_by_why == {"age_phrase": 1}
