"""The streaming engine (``gates/pii/stream.py`` over ``passes.py``): the same copy and evidence as the in-memory
engine on the same input and key, whatever the batch size; bounded memory on a file larger than the memory it
may use; long records in linear work."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from governed_tuning import data
from governed_tuning.digest import sha256_path
from governed_tuning.errors import InputError
from governed_tuning.gates.pii import PiiGate
from governed_tuning.gates.pii import stream as engine
from governed_tuning.gates.pii.passes import DatasetState, detect_batch, merge, rescan_batch, scrub_batch
from governed_tuning.policy import EntityRule, load_policy

KEY = "test-key-0123456789abcdef"


@pytest.fixture(scope="module", autouse=True)
def _key():
    mp = pytest.MonkeyPatch()
    mp.setenv("GOVERNED_TUNING_PSEUDONYM_KEY", KEY)
    yield
    mp.undo()


@pytest.fixture(scope="module")
def policy():
    pii = load_policy("default").policy.pii
    # keyed tokens for names and a dropped kind: pseudonyms and drops must agree between engines
    return pii.model_copy(update={"entities": {**pii.entities, "PERSON": EntityRule(action="pseudonymize"),
                                               "US_SSN": EntityRule(action="drop_record")}})


@pytest.fixture(scope="module")
def gate(policy):
    return PiiGate(policy)


def mixed_records() -> list[dict]:
    """Many kinds, in every shape the gate reads: a name confirmed in one record and left bare in a later one
    (dataset-wide state across batches), chat and preference records, a personal key, an integer phone, a
    record dropped by policy, a place beside a person and a place alone, a reference number, nested metadata."""
    from faker import Faker

    fk = Faker(["en_US", "de_DE", "fr_FR"])
    Faker.seed(7)
    out: list[dict] = []
    for i in range(14):
        name, mail, phone = fk.name(), fk.email(), fk.phone_number()
        out.append({"id": i, "prompt": f"My name is {name} and my email is {mail}.",
                    "completion": f"Thanks, we will call {phone} about ticket {1000 + i}.",
                    "meta": {"city": fk.city(), "tags": ["support", f"batch {i % 3}"]}})
    out += [
        {"id": 100, "prompt": "My name is Wanjiru Kamau, IBAN DE89 3704 0044 0532 0130 00.",
         "completion": "Noted."},
        {"id": 101, "prompt": "Kamau phoned again about the order.", "completion": "Wanjiru is waiting."},
        {"id": 102, "messages": [{"role": "user", "content": "I live at 42 Elm Street, Springfield. Call 415-555-0132"},
                                 {"role": "assistant", "content": "Thanks Wanjiru Kamau."}]},
        {"id": 103, "prompt": "SSN 123-45-6789 for Olumide Bello", "completion": "ok"},
        {"id": 104, "prompt": "The weather in Lisbon is nice.", "completion": "Visit Porto too.",
         "phone": 4155550199},
        {"id": 105, "dana.white@example.com": "a key that is an email", "prompt": "fine"},
        {"id": 106, "prompt": "Invoice 88812345 is paid.", "completion": "Order 4155550100 shipped."},
        {"id": 107, "prompt": "Write to olumide.bello@example.ng or olumide.bello@example.ng", "completion": "Olumide"},
        {"id": 108, "prompt": "", "completion": "nothing here at all"},
    ]
    return out


def compare(gate, src: Path, out_dir: Path, name: str, fields=None, batch: int = 3, spans: bool = True):
    """Run both engines; the copies' records and bytes, the evidence (less timings), and the spans handed on."""
    a_out, b_out = out_dir / f"mem-{name}", out_dir / f"str-{name}"
    a_spans: list = []
    b_spans: list = []
    a = gate.check_in_memory(src, a_out, fields, on_span=a_spans.append if spans else None)
    b = engine.check(gate, src, b_out, fields, on_span=b_spans.append if spans else None, batch=batch)
    ea, eb = dict(a.evidence), dict(b.evidence)
    for e in (ea, eb):
        e.pop("timings_s")
        e.pop("ner_segments")
        e.pop("segments")
    binary = src.suffix in (".parquet", "") or src.is_dir()
    if binary:  # Parquet row groups and Arrow shards differ in bytes; their records must not
        assert (ea.pop("output_sha256") is None) == (eb.pop("output_sha256") is None)
    assert eb == ea
    assert b.verdict == a.verdict and b.reasons == a.reasons
    assert b_spans == a_spans
    assert a_out.exists() == b_out.exists()
    if a_out.exists():
        assert data.read_records(b_out) == data.read_records(a_out)
        if not binary:
            assert sha256_path(b_out) == sha256_path(a_out)
    return a, b


@pytest.mark.parametrize("batch", [1, 4, 512])
def test_streaming_engine_writes_what_the_in_memory_engine_wrote(gate, tmp_path, batch):
    src = tmp_path / "in.jsonl"
    data.write_table(src, mixed_records())
    before = sha256_path(src)
    a, b = compare(gate, src, tmp_path, "out.jsonl", batch=batch)
    assert b.verdict == "pass" and b.evidence["records_dropped"] >= 1 and b.evidence["records_changed"] > 10
    assert sha256_path(src) == before  # the input is never written
    out = (tmp_path / "str-out.jsonl").read_text()
    assert "Kamau" not in out and "Wanjiru" not in out  # a name confirmed in one batch, scrubbed in another


def test_streaming_engine_fails_the_same_way_and_writes_nothing(gate, tmp_path):
    src = tmp_path / "in.jsonl"
    data.write_table(src, mixed_records())
    a, b = compare(gate, src, tmp_path, "o.jsonl", fields=["prompt"], batch=2)
    assert b.verdict == "fail" and not (tmp_path / "str-o.jsonl").exists()
    assert b.evidence["residual_positions"] and b.evidence["residual"] == a.evidence["residual"]


@pytest.mark.parametrize("fields", [None, ["prompt"]])
def test_a_dataset_state_spilled_to_disk_writes_the_same_copy_and_evidence(gate, tmp_path, monkeypatch, fields):
    from governed_tuning.gates.pii import known

    src = tmp_path / "in.jsonl"
    data.write_table(src, mixed_records())
    a = engine.check(gate, src, tmp_path / "a.jsonl", fields)
    monkeypatch.setattr(known, "SPILL_AT", 0)  # every value on disk from the first one
    b = engine.check(gate, src, tmp_path / "b.jsonl", fields)
    assert isinstance(gate.known.texts, known.Lexicon) and gate.known.texts.spilled
    ea, eb = ({k: v for k, v in r.evidence.items() if k not in ("timings_s", "ner_segments", "segments")}
              for r in (a, b))
    assert eb == ea and b.reasons == a.reasons and b.verdict == ("pass" if fields is None else "fail")
    if fields is None:
        assert (tmp_path / "b.jsonl").read_bytes() == (tmp_path / "a.jsonl").read_bytes()
    else:
        assert eb["residual_by_reason"].get("known_value")  # the values found elsewhere, found again from disk


@pytest.mark.parametrize("fmt", ["csv", "parquet", "hf"])
def test_streaming_engine_other_formats(gate, tmp_path, fmt):
    recs = [{"name": r.get("prompt", ""), "note": r.get("completion", ""), "n": r["id"]} for r in mixed_records()]
    if fmt == "csv":
        recs = [{k: str(v) for k, v in r.items()} for r in recs]
    src = tmp_path / ("in" if fmt == "hf" else f"in.{fmt}")
    data.write_table(src, recs, fmt=fmt)
    compare(gate, src, tmp_path, "out" if fmt == "hf" else f"out.{fmt}", batch=5)


def test_dataset_dict_keeps_its_splits(gate, tmp_path):
    import datasets

    recs = [{"t": r.get("prompt", ""), "n": r["id"]} for r in mixed_records()]
    datasets.DatasetDict({"train": datasets.Dataset.from_list(recs[:15]),
                          "test": datasets.Dataset.from_list(recs[15:])}).save_to_disk(str(tmp_path / "dd"))
    res = engine.check(gate, tmp_path / "dd", tmp_path / "out", batch=4)
    assert res.verdict == "pass"
    got = datasets.load_from_disk(str(tmp_path / "out"))
    dropped = res.evidence["dropped_records"]  # row numbers of the input
    assert [r["n"] for r in got["train"]] == [r["n"] for i, r in enumerate(recs[:15]) if i + 1 not in dropped]
    assert [r["n"] for r in got["test"]] == [r["n"] for i, r in enumerate(recs[15:]) if i + 16 not in dropped]


def test_bad_line_is_named_before_any_detection(gate, tmp_path, monkeypatch):
    src = tmp_path / "bad.jsonl"
    src.write_text("".join(json.dumps({"t": f"Ana Lima {i}"}) + "\n" for i in range(50)) + '{"t": "Secret Name\n')
    calls = []
    monkeypatch.setattr(engine, "detect_batch", lambda *a: calls.append(1))
    with pytest.raises(InputError) as e:
        engine.check(gate, src, tmp_path / "o.jsonl")
    assert f"{src}:51" in str(e.value) and "Secret" not in str(e.value)
    assert not calls and not (tmp_path / "o.jsonl").exists()


def test_passes_are_a_batch_api_whose_state_merges_in_order(gate):
    recs = mixed_records()
    found_a, sa = detect_batch(gate, recs[:15])
    found_b, sb = detect_batch(gate, recs[15:])
    state = merge([sa, sb]).finish()
    assert state.records == len(recs) and "Kamau" in state.known.words
    import pickle

    state2 = pickle.loads(pickle.dumps(state))  # ships to workers
    assert state2.known.words == state.known.words and state2.known.find("Kamau") == state.known.find("Kamau")
    sc = scrub_batch(gate, recs[15:], found_b, state2)
    res = rescan_batch(gate, sc, state2)
    assert "Kamau" not in json.dumps(sc.records) and res.found == []
    with pytest.raises(ValueError):
        scrub_batch(gate, recs, found_a + found_b, DatasetState())  # an unfinished state is refused


# --------------------------------------------------------------------------- long records: linear work


def _paragraph(i: int) -> str:
    return (f"Ana Lima wrote to ana.lima{i}@example.com about order {i}. Call +44 20 7946 {i % 10000:04d} "
            f"after six. Kamau met Wanjiru Kamau at 42 Elm Street, Springfield on Monday. The weather "
            f"was fine and the meeting went well; nothing else of note happened that day.\n")


def _lines_executed(gate, text: str) -> int:
    """Lines of the PII package run to scrub and re-scan one record holding ``text`` (an operation count that
    does not depend on the machine's speed or load; the regular expressions' own work is linear C code)."""
    count = 0

    def local(frame, event, arg):
        nonlocal count
        if event == "line":
            count += 1
        return local

    def tracer(frame, event, arg):
        return local if "governed_tuning/gates/pii" in frame.f_code.co_filename else None

    recs = [{"text": text}]
    sys.settrace(tracer)
    try:
        found, part = detect_batch(gate, recs)
        state = merge([part]).finish()
        sc = scrub_batch(gate, recs, found, state)
        rescan_batch(gate, sc, state)
    finally:
        sys.settrace(None)
    assert "Kamau" not in sc.records[0]["text"] and "ana.lima" not in sc.records[0]["text"]
    return count


def test_a_long_record_costs_work_linear_in_its_length(gate):
    """Four times the text, about four times the work: before, every match was checked against every finding
    of the record (propagation, known values, the re-scan's spans), which made a 50 MB record take minutes."""
    _lines_executed(gate, "".join(_paragraph(i) for i in range(3)))  # first-use loading is not the text's work
    small = _lines_executed(gate, "".join(_paragraph(i) for i in range(60)))
    large = _lines_executed(gate, "".join(_paragraph(i) for i in range(240)))
    assert large / small < 5.5, (small, large)


def test_intervals_answer_as_the_loop_they_replace():
    import random

    from governed_tuning.gates.pii.intervals import Intervals, covering

    rng = random.Random(3)
    for _ in range(300):
        pos, spans = 0, []
        for _ in range(rng.randint(0, 12)):  # sorted, non-overlapping, some empty, some touching
            pos += rng.randint(0, 4)
            end = pos + rng.randint(0, 5)
            spans.append((pos, end))
            pos = end
        loose = [(a, a + rng.randint(0, 6)) for a in (rng.randint(0, 40) for _ in range(rng.randint(0, 8)))]
        for group in (spans, loose):
            iv, cov = Intervals(group), covering([type("S", (), {"start": a, "end": b})() for a, b in group])
            for s in range(-2, 45):
                for e in range(s, s + 6):
                    assert iv.hits(s, e) == any(a < e and s < b for a, b in group)
                    assert iv.within(s, e) == [(a, b) for a, b in group if a < e and s < b]
                assert cov.hits(s, s + 1) == any(a <= s < b for a, b in group)
                assert iv.near(s, s + 2, 3) == [(a, b) for a, b in group if a <= s + 5 and s - 3 <= b]


# --------------------------------------------------------------------------- bounded memory

_MEMORY_CHILD = r"""
import json, sys
from governed_tuning.gates.pii import PiiGate, stream
from governed_tuning.policy import EntityRule, load_policy

src, out, engine, batch = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
pii = load_policy("default").policy.pii
# the pattern recognizers only (no NER): this measures the engine's plumbing, not spaCy's
pii = pii.model_copy(update={"entities": {"EMAIL_ADDRESS": EntityRule(action="placeholder"),
                                          "IP_ADDRESS": EntityRule(action="placeholder")}})
gate = PiiGate(pii)
with open(src) as fh, open(out + ".warm.jsonl", "w") as warm:  # first use: lazy imports, compiled patterns
    warm.writelines(line for _, line in zip(range(600), fh))
gate.check(out + ".warm.jsonl", out + ".warm-out.jsonl")
if engine == "stream":  # and the streaming engine's own first use, so that what is measured is what it holds
    stream.check(gate, out + ".warm.jsonl", out + ".warm-stream.jsonl", batch=batch)


def status(key):
    with open("/proc/self/status") as fh:
        return next(int(line.split()[1]) for line in fh if line.startswith(key + ":"))


try:
    with open("/proc/self/clear_refs", "w") as fh:
        fh.write("5")  # reset the peak (VmHWM) to what is resident now
    before = status("VmRSS")
except OSError:  # a kernel that does not allow it: growth above the peak so far
    before = status("VmHWM")
res = stream.check(gate, src, out, batch=batch) if engine == "stream" else gate.check_in_memory(src, out)
print(json.dumps({"grew_kib": status("VmHWM") - before, "verdict": res.verdict, "records": res.evidence["records_out"]}))
"""


def _write_big(path: Path, mb: float) -> int:
    filler = ("The quarterly report covers logistics, staffing and the new warehouse layout; the team agreed to "
              "review the shelving plan again next week and to keep the loading bay clear on Fridays. ") * 2
    n = 0
    with open(path, "w", encoding="utf-8") as fh:
        while fh.tell() < mb * 1e6:
            fh.write(json.dumps({"id": n, "text": f"{filler} Write to desk{n % 50}@example.com from 10.0.{n % 200}.7",
                                 "tags": ["ops", str(n % 7)]}) + "\n")
            n += 1
    return n


@pytest.mark.slow  # an 8 MB file through the streaming engine in a child process, end to end
def test_streaming_scrub_of_a_file_larger_than_its_memory_growth(tmp_path):
    """An 8 MB JSONL scrubbed while the process grows by less than a third of that: the engine holds one batch
    (32 records here), the dataset-wide state and the evidence's counts. Measured once the engine has run once:
    1.3 MB on 3 MB and on 6 MB alike (about 2 MB on 12 MB when its first use was counted too); the in-memory
    engine grew by 100 MB on 8 MB. The file's size is the test's cost (about 7 CPU seconds a megabyte)."""
    import subprocess

    src = tmp_path / "big.jsonl"
    n = _write_big(src, 8)
    size_kib = src.stat().st_size // 1024
    proc = subprocess.run([sys.executable, "-c", _MEMORY_CHILD, str(src), str(tmp_path / "out.jsonl"), "stream", "32"],
                          capture_output=True, text=True, timeout=600,
                          env={**__import__("os").environ, "GOVERNED_TUNING_PSEUDONYM_KEY": KEY})
    assert proc.returncode == 0, proc.stderr[-2000:]
    got = json.loads(proc.stdout.strip().splitlines()[-1])
    assert got["verdict"] == "pass" and got["records"] == n
    assert got["grew_kib"] < size_kib / 3, (got, size_kib)
    out = (tmp_path / "out.jsonl").read_text()
    assert "@example.com" not in out and out.count("\n") == n
