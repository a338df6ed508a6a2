"""The record path's memos and the collector's pace change nothing the scrub computes: a short text read again is
given the findings and the segment count a fresh reading gives, the re-scan's independent readers remember short
texts with the same findings, and the collector's thresholds are raised only inside the record path."""

from __future__ import annotations

import gc

from governed_tuning.gates.pii.collector import OLD, collecting_less, few_collections
from governed_tuning.gates.pii.engine import Scrubber
from governed_tuning.gates.pii.gate import gazetteer_people
from governed_tuning.policy import load_policy

TEXTS = ["content", "role", "Hi, this is Amara Okafor. My order has not arrived yet.", "",
         "Call me at 415-555-0132 or write to wei.zhang@example.com.", "Hello Lars, happy to help!",
         "this is wei zhang again", "Guten Tag Frau Lindqvist, Ihre IBAN DE44 5001 0517 5407 3249 31 ist notiert."]


def test_a_short_text_read_again_gets_a_fresh_readings_findings_and_segment_count(pii_test_key):
    pol = load_policy("default").policy.pii
    warm, fresh = Scrubber(pol), Scrubber(pol, cache_size=0)
    first = warm.detect_many(TEXTS)
    counted = warm.segments
    assert len(warm._text_memo) == len(TEXTS)  # every text above is short and its NER segments are cached
    again = warm.detect_many(TEXTS + TEXTS[::-1])
    assert again == first + first[::-1]
    assert warm.segments == 3 * counted  # a hit counts its segments as a reading would
    assert fresh.detect_many(TEXTS) == first and fresh.segments == counted
    assert any(fs for fs in first)


def test_the_independent_readers_memo_gives_the_readers_findings(pii_test_key):
    scrubber = Scrubber(load_policy("default").policy.pii)
    read = scrubber.windowed(gazetteer_people)
    for t in TEXTS * 2:
        assert read(t) == gazetteer_people(t)
    assert read("Amara Okafor wrote") and read("Amara Okafor wrote") is not read("Amara Okafor wrote")  # copies


def test_the_collector_runs_less_often_only_inside_and_the_callers_setting_stands():
    before = gc.get_threshold()
    try:
        gc.set_threshold(700, 10, 10)
        with few_collections():
            assert gc.get_threshold() == (700, 10, OLD)
            with few_collections():  # nested: one raise, the outermost restores
                assert gc.get_threshold() == (700, 10, OLD)
            assert gc.get_threshold() == (700, 10, OLD)
        assert gc.get_threshold() == (700, 10, 10)
        gc.set_threshold(0)  # collection switched off by the caller: left off
        assert collecting_less(gc.get_threshold)() == (0, 10, 10)
        assert gc.get_threshold() == (0, 10, 10)
        gc.set_threshold(700, 10, 10)
        with few_collections():
            gc.set_threshold(1000, 5, 5)  # changed meanwhile: the caller's change stands
        assert gc.get_threshold() == (1000, 5, 5)
    finally:
        gc.set_threshold(*before)
