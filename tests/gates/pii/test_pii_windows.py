"""Long texts detected window by window (``gates/pii/windows.py``): the same findings as the whole text (every
recognizer is local: the rule in docs/ARCHITECTURE.md), cuts that fall again where they fell after what the scrub
wrote, and the memo that lets the re-scan skip what the scrub did not change."""

from __future__ import annotations

import os
import random
from pathlib import Path

import pytest

from governed_tuning.gates.pii import PiiGate
from governed_tuning.gates.pii.windows import MARGIN, WINDOW_MAX, WINDOW_MIN, WindowMemo, cuts, detect_windowed, spans
from governed_tuning.policy import load_policy

PLAIN = (Path(__file__).resolve().parents[2] / "assets" / "pii" / "non_pii.txt").read_text().splitlines()


@pytest.fixture(scope="module")
def scrubber(pii_test_key):
    return PiiGate(load_policy("default").policy.pii).scrubber




def long_text(n: int, seed: int = 5) -> str:
    """``n`` characters of ordinary lines and personal data in the shapes that read context across lines
    (address blocks, labels, sign-offs, speaker turns, numbers after their label), none repeated."""
    from faker import Faker

    fk = Faker(["en_US", "de_DE", "fr_FR", "it_IT"])
    fk.seed_instance(seed)
    rng = random.Random(seed)
    parts: list[str] = []
    size = 0
    while size < n:
        k = rng.randrange(9)
        if k == 0:
            part = f"Address:\n{fk.street_address()}\n{fk.postcode()} {fk.city()}\n"
        elif k == 1:
            part = f"My name is {fk.name()} and my email is {fk.email()}. Call me on {fk.phone_number()}."
        elif k == 2:
            part = f"{fk.first_name()}: the parcel never came.\nAgent: sorry, {fk.first_name()}!"
        elif k == 3:
            part = f"Wire it to IBAN {fk.iban()}, card {fk.credit_card_number()}, order {rng.randrange(10**6)}.\n"
        elif k == 4:
            part = f"Thanks for your help.\n- {fk.name()}\n"
        elif k == 5:
            part = f"I live at {fk.building_number()} {fk.street_name()} in {fk.city()}; my SSN is {fk.ssn()}."
        else:
            part = "\n".join(rng.sample(PLAIN, 3))
        parts.append(part)
        size += len(part) + 1
    return "\n".join(parts)[:n]


def _keys(found):
    return sorted((f.start, f.end, f.entity, f.score, f.source) for f in found)


def test_every_recognizer_finds_the_same_in_windows_as_in_the_whole_text(scrubber, monkeypatch):
    """The locality rule, checked on every recognizer the engine runs (and NER): a recognizer that reads more
    than ``MARGIN`` characters of context, or decides on what lies elsewhere in the text, fails here."""
    from governed_tuning.gates.pii import engine

    text = long_text(40_000)
    assert len(spans(text)) > 8
    whole = scrubber._detect_raw([text])[0]
    windowed = detect_windowed(text, scrubber._detect_raw, None, "test")
    assert len(whole) > 150 and _keys(whole) == _keys(windowed)
    # and through the public path (resolved, memoised), with this text counted as long
    monkeypatch.setattr(engine, "WINDOWED", 30_000)
    assert _keys(scrubber.detect_many([text])[0]) == _keys(engine.resolve(whole))


def test_cuts_cover_the_text_within_bounds_and_fall_again_after_an_edit():
    text = long_text(120_000, seed=9)
    c = cuts(text)
    assert c[0] == 0 and c[-1] == len(text)
    assert all(WINDOW_MIN <= b - a <= WINDOW_MAX for a, b in zip(c, c[1:-1]))
    assert all(text[k - 1] == "\n" for k in c[1:-1])  # line breaks where the text has them
    for cs, a, b, ce in spans(text):
        assert cs <= max(0, a - MARGIN) and a - cs <= 2 * MARGIN
        assert min(len(text), b + MARGIN) <= ce and ce - b <= 2 * MARGIN
    # what a scrub writes (longer or shorter than what it replaced) moves the cuts after it by the same amount
    at = c[5] + 100
    edited = text[:at] + "PERSON_0123456789" + text[at + 5:]
    d = len(edited) - len(text)
    after = [k - d for k in cuts(edited) if k > at + 2 * WINDOW_MAX]
    assert after and set(after) <= set(c)
    # one line with no line break: cut at spaces, and again where they were after an edit
    flat = text.replace("\n", " ")
    c = cuts(flat)
    assert len(c) > 10 and all(flat[k - 1] == " " for k in c[1:-1])
    edited = flat[:at] + "PERSON_0123456789" + flat[at + 5:]
    after = [k - d for k in cuts(edited) if k > at + 2 * WINDOW_MAX]
    assert after and set(after) <= set(c)
    # no space either: hard cuts, every window within bounds
    blob = "x" * 50_000
    assert all(WINDOW_MIN <= b - a <= WINDOW_MAX for a, b in zip(cuts(blob), cuts(blob)[1:-1]))


def test_the_memo_serves_a_window_seen_before(scrubber):
    text = long_text(30_000, seed=11)
    memo = WindowMemo()
    calls = []

    def detect(texts):
        calls.append(len(texts))
        return scrubber._detect_raw(texts)

    first = detect_windowed(text, detect, memo, "t")
    n = sum(calls)
    again = detect_windowed(text, detect, memo, "t")
    assert _keys(first) == _keys(again) and sum(calls) == n and memo.hits >= len(spans(text))
    # a change is read again only where it is (its window, and the neighbours whose margins hold it)
    at = len(text) // 2
    edited = text[:at] + "<PERSON>" + text[at + 3:]
    detect_windowed(edited, detect, memo, "t")
    assert 1 <= sum(calls) - n <= 3
    small = WindowMemo(limit=5)  # bounded: the oldest windows go first
    for k in range(4):
        small.put(bytes([k]), tuple(first[:1]))
    assert small._held <= 5 and small.get(bytes([0])) is None and small.get(bytes([3])) is not None


def test_the_memo_keeps_a_long_records_windows_for_its_rescan():
    """A memo whose bound is below a long text's findings grows to hold them while it is read
    (``WindowMemo.fit``): else the re-scan found none of the input's windows (the oldest go first, and it reads
    from the oldest on) and read them all again."""
    import re

    from governed_tuning.gates.pii.recognizers import Finding

    text = "".join(f"lorem ipsum dolor sit amet {k}\n" for k in range(4000))  # a finding every ~30 characters
    calls = []

    def detect(texts):
        calls.append(len(texts))
        return [[Finding(m.start(), m.end(), "X", 1.0, "t") for m in re.finditer(r"\d+", t)] for t in texts]

    memo = WindowMemo(limit=100)
    first = detect_windowed(text, detect, memo, "t")
    n = sum(calls)
    assert len(first) == 4000 and memo._held > 4000
    assert detect_windowed(text, detect, memo, "t") == first and sum(calls) == n  # every window found again


def test_neighbouring_windows_are_read_once_with_the_same_findings_and_memo(monkeypatch):
    """Margins read once: windows read together as one stretch (``RUN_MAX``) give each window the findings it
    gets read alone, and the memo holds them window by window (a reading alone finds every one there), while
    the characters read fall from ~1.27x the text to ~1x."""
    import re

    from governed_tuning.gates.pii import windows
    from governed_tuning.gates.pii.recognizers import Finding

    text = long_text(150_000, seed=13)
    rx = re.compile(r"(?<=: )[A-Z][a-z]+|\b\d{4,}\b")  # context-bound and plain values, some in margins

    def detect(texts):
        return [[Finding(m.start(), m.end(), "X", 1.0, "t") for m in rx.finditer(t)] for t in texts]

    windows.READ.clear()
    together_memo = WindowMemo()
    together = detect_windowed(text, detect, together_memo, "t")
    read_together = windows.READ["t"]
    monkeypatch.setattr(windows, "RUN_MAX", 0)  # every window alone, as before
    alone = detect_windowed(text, detect, None, "t")
    read_alone = windows.READ["t"] - read_together
    assert len(alone) > 500 and together == alone
    assert read_alone > 1.2 * len(text) and read_together < 1.05 * len(text)
    calls = []
    again = detect_windowed(text, lambda ts: calls.append(ts) or detect(ts), together_memo, "t")
    assert again == alone and not calls


def test_known_values_in_a_long_text_are_each_datasets_own(scrubber, monkeypatch):
    """The memo of known values found in windows is keyed by the values held: a second dataset's values (another
    object, or the same sizes) never get the first one's findings."""
    from governed_tuning.gates.pii import engine
    from governed_tuning.gates.pii.rescan import KnownValues

    monkeypatch.setattr(engine, "WINDOWED", 5_000)
    text = long_text(20_000, seed=13) + "\nwrite to zed.quux@example.org or Zebulon today"
    first, second = KnownValues(), KnownValues()
    first.add("EMAIL_ADDRESS", "zed.quux@example.org")
    second.add("EMAIL_ADDRESS", "nobody.else@example.org")
    for known in (first, second, first):
        got = scrubber.find_known(known, text)
        assert _keys(got) == _keys(known.find(text))
    assert any(text[f.start:f.end] == "zed.quux@example.org" for f in scrubber.find_known(first, text))
    assert not scrubber.find_known(second, text)


def test_the_independent_rescan_reads_long_texts_in_windows_with_the_same_findings(monkeypatch):
    """The re-scan's independent passes (rescan_independent) obey the same locality rule, all but ``tables``
    (a header row may stand far above its cells), which reads the whole text: a long text gives the same
    findings read in windows as read whole, and a table whose header is far above still counts."""
    from governed_tuning.gates.pii import rescan_independent as ri

    targeted = frozenset({"PERSON", "LOCATION", "DATE_OF_BIRTH", "AGE", "STREET_ADDRESS", "PHONE_NUMBER",
                          "EMAIL_ADDRESS", "US_SSN", "IBAN_CODE", "CREDIT_CARD"})
    text = long_text(40_000, seed=7)
    table = "Name;Phone;City\n" + "\n".join(f"Row {i};+44 20 7946 {1000 + i};Leeds" for i in range(40)) + "\n"
    text = table + text
    whole = [f for f in ri.tables(text) + ri._local_passes(text, targeted) if f.entity in targeted and f.end > f.start]
    monkeypatch.setattr(ri, "WINDOWED", 30_000)
    ri._scan.cache_clear()
    windowed = ri._scan_uncached(text, targeted)
    assert len(whole) > 50 and _keys(whole) == _keys(windowed)
    assert any(f.source == "tables" for f in windowed)


def test_a_copy_is_read_again_only_near_what_the_scrub_wrote(scrubber):
    """``windows.edited``: the re-scan's reading of a long copy takes the input's findings away from the spans
    written and reads only the stretches near them, with the same findings as reading every window of the copy."""
    from governed_tuning.gates.pii.engine import resolve
    from governed_tuning.gates.pii.windows import Edit, edited

    src = long_text(60_000, seed=17)
    found = resolve(scrubber._detect_raw([src])[0])
    assert len(found) > 100
    # write a token, a placeholder or nothing (redact) in place of every third finding, as the scrub does
    parts, spans, last, pos = [], [], 0, 0
    for k, f in enumerate(found[::3]):
        rep = ("PERSON_0123456789", f"<{f.entity}>", "")[k % 3]
        gap = src[last:f.start]
        pos += len(gap)
        parts += [gap, rep]
        spans.append((pos, pos + len(rep), f.start, f.end))
        pos += len(rep)
        last = f.end
    parts.append(src[last:])
    copy = "".join(parts)
    read: list[int] = []

    def detect(texts):
        read.append(sum(map(len, texts)))
        return scrubber._detect_raw(texts)

    memo = WindowMemo()
    detect_windowed(src, detect, memo, "t")  # the scrub's reading of the input (the memo keeps it)
    whole = detect_windowed(copy, detect, None, "t")
    everything = sum(read)
    read.clear()
    with edited([(copy, Edit(src, tuple(spans)))]):
        near = detect_windowed(copy, detect, memo, "t")
    assert _keys(near) == _keys(whole)
    assert 0 < sum(read) < 0.8 * everything  # only the stretches near the spans were read again
    # a copy that is not the input with those spans written in is read whole
    read.clear()
    wrong = copy[:1000] + "x" + copy[1001:]
    with edited([(wrong, Edit(src, tuple(spans)))]):
        assert _keys(detect_windowed(wrong, detect, None, "t")) == _keys(detect_windowed(wrong, detect, None, "u"))
    assert not windows_edited_left()


def windows_edited_left():
    from governed_tuning.gates.pii import windows

    return windows._EDITED


def test_known_values_in_a_short_text_are_remembered_per_set_of_values(scrubber):
    """``Scrubber.find_known`` remembers a short text's known values (the re-scan asks the same keys, roles and
    prompts in every record) for one set of values only: another set, or the same set grown, is asked again."""
    from governed_tuning.gates.pii.rescan import KnownValues

    text = "write to zed.quux@example.org or Zebulon today"
    first, second = KnownValues(), KnownValues()
    first.add("EMAIL_ADDRESS", "zed.quux@example.org")
    for _ in range(2):
        assert _keys(scrubber.find_known(first, text)) == _keys(first.find(text)) != []
    assert scrubber.find_known(second, text) == []
    second.add("EMAIL_ADDRESS", "zed.quux@example.org")
    assert _keys(scrubber.find_known(second, text)) == _keys(second.find(text)) != []
    assert _keys(scrubber.find_known(first, text)) == _keys(first.find(text))


def test_windows_read_by_forked_workers_give_the_same_findings_counts_and_memo(scrubber, monkeypatch):
    """``windows.workers``: a long text's windows read by two forked workers give one process's findings, in
    order, the same segment count, and the same memo (a window met twice in the call is read once)."""
    from governed_tuning.gates.pii import rescan_independent as ri
    from governed_tuning.gates.pii import windows

    monkeypatch.setattr(windows, "PARALLEL_MIN", 4)
    text = long_text(24_000, seed=19)
    text += "\n" + text[:12_000]  # a stretch that repeats: its windows are read once
    used = []
    real = windows._detect_parts_parallel
    monkeypatch.setattr(windows, "_detect_parts_parallel", lambda *a: used.append(real(*a)) or used[-1])
    one, two = (PiiGate(load_policy("default").policy.pii).scrubber for _ in range(2))  # NER's caches empty
    alone_memo, par_memo = WindowMemo(), WindowMemo()
    alone = detect_windowed(text, one._detect_raw, alone_memo, "w", parallel=True)
    assert not used  # one worker: read here
    from governed_tuning.gates.pii import identifiers

    identifiers._COMPILED.clear()  # (made again on first use)
    identifiers._active.cache_clear()
    with windows.workers(2):
        par = detect_windowed(text, two._detect_raw, par_memo, "w", parallel=True)
    # what the detector makes on first use was made here, before the fork (windows._warm), not in each worker
    assert identifiers._COMPILED
    assert used and used[0] is not None and len(alone) > 100 and _keys(par) == _keys(alone)
    # the evidence's counts are one process's: segments read, and segments sent to NER (once each, whichever
    # workers met them)
    assert (two.segments, two.ner_segments, list(two._cache)) == (one.segments, one.ner_segments, list(one._cache))
    assert one.ner_segments > 50
    # the same windows in the same order (a window's findings come in the order NER's cache had them)
    assert list(par_memo._memo) == list(alone_memo._memo)
    assert [_keys(v) for v in par_memo._memo.values()] == [_keys(v) for v in alone_memo._memo.values()]
    # the independent passes (a closure, no object to hand counts back to) and a call below the bound
    targeted = frozenset({"PERSON", "LOCATION", "DATE_OF_BIRTH", "AGE", "STREET_ADDRESS"})
    monkeypatch.setattr(ri, "_WINDOW_MEMO", WindowMemo())
    serial = ri._scan_uncached(text, targeted)
    monkeypatch.setattr(ri, "_WINDOW_MEMO", WindowMemo())
    with windows.workers(2):
        assert _keys(ri._scan_uncached(text, targeted)) == _keys(serial)
        monkeypatch.setattr(windows, "PARALLEL_MIN", 10_000)
        n = len(used)
        assert _keys(detect_windowed(text, scrubber._detect_raw, None, "w", parallel=True)) == _keys(alone)
        assert len(used) == n  # too few windows for workers
        # a worker that dies (killed for memory): the windows are read here, the same findings
        monkeypatch.setattr(windows, "PARALLEL_MIN", 4)
        parent = os.getpid()

        def dying(texts):
            if os.getpid() != parent:
                os._exit(3)
            return scrubber._detect_raw(texts)

        assert _keys(detect_windowed(text, dying, None, "w", parallel=True)) == _keys(alone)
        assert used[-1] is None


def test_a_long_record_scrubbed_with_workers_is_the_same_copy_and_evidence(tmp_path, pii_test_key, monkeypatch):
    """``pii.long_text_workers``: the copy and the evidence (less timings) do not depend on it."""
    import json

    from governed_tuning.gates.pii import windows

    monkeypatch.setattr(windows, "PARALLEL_MIN", 4)
    src = tmp_path / "long.jsonl"
    rng = random.Random(23)  # mostly ordinary lines (cheap to read again), personal data among them
    text = "\n".join(long_text(1_500, seed=k) if k % 8 == 0 else "\n".join(rng.sample(PLAIN, 4)) for k in range(150))
    assert len(text) >= 65_536
    src.write_text(json.dumps({"id": 1, "text": text}) + "\n")
    got = []
    for n in (1, 2):
        # a repaired miss asks for review and writes the copy: the test compares copies (repairs.py)
        pol = load_policy("default").policy.pii
        pol = pol.model_copy(update={"long_text_workers": n,
                                     "rescan": pol.rescan.model_copy(update={"repaired_misses": "review"})})
        out = tmp_path / f"out{n}.jsonl"
        ev = PiiGate(pol).check(src, out).model_dump(mode="json")
        ev["evidence"].pop("timings_s")
        got.append((out.read_bytes(), ev))
    assert got[0][1]["evidence"]["records_changed"] == 1
    assert got[0] == got[1]
