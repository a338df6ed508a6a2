"""The dates-of-birth dev set (``benchmarks/pii_dob7.py``) through the gate, both ways: ordinary dated business
records in 26 languages (past, current-year and future dates; some "birthday" orders; seed 77, apart from the
benchmark's 7) have no date taken for a birth by the scrub or the re-scan, and a date of birth left in a copy,
in any script, fails the re-scan. (The benchmark runs 624 such records through the whole gate.)"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

import pii_dob7 as bench  # noqa: E402


def test_ordinary_dated_records_in_26_languages_keep_their_dates_and_pass_the_rescan():
    from governed_tuning.gates.pii import PiiGate
    from governed_tuning.policy import load_policy

    recs = [r for lang in bench.CLEAN for r in bench.clean_records(lang, 3, 77)]
    assert len(recs) == 78
    gate = PiiGate(load_policy("default").policy.pii)
    _, st = gate.scrub_records(recs)
    assert not st["by_type"].get("DATE_OF_BIRTH")
    assert [r for r in gate.rescan(st["items"]) if r["entity"] == "DATE_OF_BIRTH"] == []


def test_a_date_of_birth_left_in_the_copy_fails_the_rescan_in_any_script():
    from governed_tuning.gates.pii import PiiGate
    from governed_tuning.gates.pii.gate import Item
    from governed_tuning.policy import load_policy

    gate = PiiGate(load_policy("default").policy.pii)
    records = [{"text": "Ticket 5521: the washing machine does not spin."}]
    _, st = gate.scrub_records(records)
    (item,) = st["items"][-1:]
    lefts = ("জন্ম তারিখ: ১৪ মার্চ, ১৯৮৭", "የትውልድ ቀን: 5 ጁን 2000", "วันเกิด ๑๘ ธ.ค. ๒๕๒๓", "born 3 May 1992",
             "Дата рождения: 14 марта 1987 г.")
    damaged = [Item(item.record, item.slot, item.text + " " + left, item.written, None, None, item.chosen)
               for left in lefts]
    found = gate.rescan(damaged)
    for k, left in enumerate(lefts):
        assert any(r["item"] == k and r["entity"] == "DATE_OF_BIRTH" and r["start"] > len(item.text)
                   for r in found), left
