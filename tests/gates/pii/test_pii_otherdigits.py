"""Values written in other scripts' digits (otherdigits.py, known.py), both ways: an age or a number the scrub
read as text is found by the re-scan and re-scrubbed; the same digits in ordinary sentences stay."""

import json

import pytest

from governed_tuning.gates.pii.known import KnownValues
from governed_tuning.gates.pii.otherdigits import fold_digits


def test_fold_digits_is_one_for_one_and_only_where_a_digit_is_foreign():
    assert fold_digits("عمري ٣٤ سنة") == "عمري 34 سنة"
    assert fold_digits("ID：５２６") == "ID:526"
    assert fold_digits("मेरी उम्र ३४") == "मेरी उम्र 34"
    assert fold_digits("age 34") is None and fold_digits("番号はです") is None
    s = "۳۴ ساله، ১২৩ ๔๕"
    assert len(fold_digits(s)) == len(s)


def _run(gate, tmp_path, texts):
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"text": t}, ensure_ascii=False) + "\n" for t in texts))
    out = tmp_path / "out.jsonl"
    res = gate.check(src, out)
    return res, [json.loads(line)["text"] for line in out.read_text().splitlines()]


@pytest.mark.parametrize("text, digits", [
    ("عمري ٣٤ سنة وأريد إلغاء الطلب", "٣٤"),  # Arabic-Indic
    ("من ۳۴ سالمه و سفارشم نرسیده", "۳۴"),  # Persian: the whole number, not its last digit
    ("मेरी उम्र ४२ साल है", "४२"),  # Devanagari
    ("আমার বয়স ৫১ বছর", "৫১"),  # Bengali
])
def test_an_age_in_other_digits_is_found_and_scrubbed(review_gate, blind_to_ages, tmp_path, text, digits):
    """Repaired by the re-scan: a blind spot of the detector, so a person reviews the copy (repairs.py)."""
    res, rows = _run(blind_to_ages(review_gate, [text]), tmp_path, [text])
    assert res.verdict == "review" and res.evidence.rescan.repaired_misses_by_type == {"AGE": 1}
    assert not any(d in rows[0] for d in digits), "a digit of the age is left"
    assert res.evidence["residual_by_reason"] == {}


def test_ordinary_numbers_in_other_digits_stay(gate, tmp_path):
    texts = ["الطلب رقم ١٢٣٤٥ سيصل خلال ٣ أيام", "السعر ٣٤ ريال للقطعة", "कीमत ३४ रुपये है"]
    res, rows = _run(gate, tmp_path, texts)
    assert res.verdict == "pass" and rows == texts


def test_the_scrub_reads_an_age_in_other_digits_itself_so_the_rescan_has_nothing_to_repair(gate):
    # (ages11: before, the scrub left the age and only the re-scan's folded pass found it, ``why: other_digits``)
    recs = [{"t": "عمري ٣٤ سنة وأريد إلغاء الطلب"}, {"t": "السعر ٣٤ ريال للقطعة"}]
    out, st = gate.scrub_records(recs)
    assert "٣٤" not in out[0]["t"] and out[1] == recs[1]
    assert gate.rescan(st["items"]) == []


def test_a_known_number_is_found_in_fullwidth_digits_and_glued_to_a_script_without_spaces():
    kv = KnownValues()
    kv.add("US_SSN", "526018159")
    for text in ("ID: ５２６０１８１５９", "番号は526018159です", "หมายเลข526018159ครับ", "我的号码是526018159请查收"):
        assert [f.entity for f in kv.find(text)] == ["US_SSN"], text
    for text in ("ref abc526018159", "1526018159", "ID: ５２６０１８１５８"):
        assert kv.find(text) == [], text


def test_a_known_code_of_letters_and_digits_is_found_whatever_its_separators():
    kv = KnownValues()
    kv.add("IE_PPS", "9372806E")
    for text in ("please update 937.280.6E in my file", "please update 9372\n806E in my file",
                 "ticket 12 9372806E", "หมายเลข9372806Eครับ"):
        fs = kv.find(text)
        assert fs and {text[f.start:f.end].replace(".", "").replace("\n", "") for f in fs} == {"9372806E"}, text
    for text in ("please update 937.280.6F", "code 19372806E", "9372806 E"):
        assert [f for f in kv.find(text) if f.entity == "IE_PPS"] == [], text


@pytest.mark.parametrize("text, age", [
    ("عندي 34 سنة وأريد إلغاء الطلب", "34"),  # "I have 34 years"
    ("أبلغ ٥٢ عاما ولم يصل الطلب", "٥٢"),  # "I reach 52 years", Arabic-Indic digits
    ("أنا بعمر 61 والطلب متأخر", "61"),  # "at the age of 61"
    ("۴۷ سال دارم و سفارشم نرسیده", "۴۷"),  # Persian "I have 47 years"
])
def test_a_first_person_age_said_with_a_verb_is_found_and_scrubbed(review_gate, blind_to_ages, tmp_path, text, age):
    res, rows = _run(blind_to_ages(review_gate, [text]), tmp_path, [text])
    assert res.verdict == "review" and age not in rows[0]
    why = res.evidence.rescan.repaired_misses_by_why
    # in other digits, the digit-folded copy's detector now knows the phrase too (ages11): either rule repairs it
    assert why.get("age_phrase") == 1 and set(why) <= {"age_phrase", "other_digits"}, why


def test_the_same_verbs_with_things_stay(gate, tmp_path):
    texts = ["عندي 34 طلب لم تصل", "این گوشی ۲ سال داره", "عندي 3 أسئلة عن الفاتورة"]  # orders, a phone's age, questions
    res, rows = _run(gate, tmp_path, texts)
    assert res.verdict == "pass" and rows == texts


def test_the_other_digit_class_is_every_decimal_digit_but_ascii():
    """``OTHER_DIGIT`` is one character class (fast to search on a long record): the same characters as a decimal
    digit that is not 0-9, over every code point."""
    import re
    import sys

    from governed_tuning.gates.pii.otherdigits import OTHER_DIGIT

    every = "".join(chr(cp) for cp in range(sys.maxunicode + 1) if not 0xD800 <= cp <= 0xDFFF)
    assert OTHER_DIGIT.findall(every) == re.findall(r"(?![0-9])\d", every)
    assert "٣" in OTHER_DIGIT.findall(every) and "3" not in OTHER_DIGIT.findall(every)
