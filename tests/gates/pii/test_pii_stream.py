"""The streaming engine (``gates/pii/stream.py`` over ``passes.py``): the same copy and evidence as the in-memory
engine on the same input and key, whatever the batch size; bounded memory on a file larger than the memory it
may use; long records in linear work."""

from __future__ import annotations

import json
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
