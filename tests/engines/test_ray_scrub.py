"""`scrub --engine ray`: the PII gate's passes over one pool of Ray actors write the local engine's records, in
the same order, with the same evidence (plus the engine, its workers and the shards' digests) and the same data-subject
index; a copy that fails its re-scan is not written either way."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
import yaml

from governed_tuning import data, shards
from governed_tuning.cli import main
from governed_tuning.digest import sha256_path
from governed_tuning.errors import InputError
from governed_tuning.gates.pii import PiiGate
from governed_tuning.gates.pii import ray_engine
from governed_tuning.policy import EntityRule, load_policy
from governed_tuning.subjects.index import read_index

KEY = "ray-test-key-0123456789abcdef"


@pytest.fixture(scope="module", autouse=True)
def _key():
    mp = pytest.MonkeyPatch()
    mp.setenv("GOVERNED_TUNING_PSEUDONYM_KEY", KEY)  # read by the driver, sent to the workers
    yield
    mp.undo()


@pytest.fixture(scope="module")
def gate():
    pii = load_policy("default").policy.pii
    # keyed tokens for names and a dropped kind: pseudonyms and drops must agree between engines
    return PiiGate(pii.model_copy(update={"entities": {**pii.entities, "PERSON": EntityRule(action="pseudonymize"),
                                                       "US_SSN": EntityRule(action="drop_record")}}))


def records() -> list[dict]:
    """Several kinds in the shapes the gate reads, with a name confirmed in one record and bare in a later one
    (dataset-wide state across blocks), chat and preference records, a personal key, a dropped record."""
    from faker import Faker

    fk = Faker(["en_US", "de_DE"])
    Faker.seed(11)
    out: list[dict] = [{"id": i, "prompt": f"My name is {fk.name()}, email {fk.email()}.",
                        "completion": f"We will call {fk.phone_number()} about ticket {1000 + i}."} for i in range(8)]
    return out + [
        {"id": 100, "prompt": "My name is Wanjiru Kamau, IBAN DE89 3704 0044 0532 0130 00.", "completion": "Noted."},
        {"id": 101, "messages": [{"role": "user", "content": "I live at 42 Elm Street, Springfield."},
                                 {"role": "assistant", "content": "Thanks Wanjiru Kamau."}]},
        {"id": 102, "prompt": "SSN 123-45-6789 for Olumide Bello", "completion": "ok"},
        {"id": 103, "prompt": "Kamau phoned again.", "chosen": "Wanjiru is waiting.", "rejected": "no"},
        {"id": 104, "dana.white@example.com": "a key that is an email", "prompt": "fine"},
        {"id": 105, "prompt": "The weather in Lisbon is nice.", "completion": "Olumide"},
        # a brand read as a person once and written plainly in other blocks' records: the dataset-wide vote
        # (namevotes.py) keeps it in them, in both engines alike
        {"id": 106, "prompt": "Az Apple szerint a garancia lejárt.", "completion": "ok"},
    ] + [{"id": 107 + i, "prompt": s, "completion": "Thanks."} for i, s in enumerate(BRAND * 2)]


BRAND = ["I updated my phone to the new Apple firmware yesterday.", "Does the Apple store in town repair screens?",
         "Apple support said the battery is fine."]


def shards_records(folder: Path) -> list[dict]:
    manifest = json.loads((folder / shards.MANIFEST).read_text())
    names = [s["name"] for s in manifest["shards"]]
    assert names == sorted(p.name for p in folder.glob("part-*"))  # the manifest lists every shard, in order
    assert manifest["records"] == sum(s["records"] for s in manifest["shards"])
    return shards.read_sharded(folder)


def comparable(ev: dict) -> dict:
    """The evidence less what differs by nature: timings, the output's digest (one file, or a folder) and the
    detector's segment counts (its cache is per process)."""
    return {k: v for k, v in ev.items() if k not in ("timings_s", "output_sha256", "engine", "ner_segments",
                                                     "segments")}


@pytest.mark.slow
def test_ray_engine_writes_the_local_engines_records_and_evidence(gate, tmp_path, ray_local):
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in records()))
    a_spans: list = []
    b_spans: list = []
    a = gate.check(src, tmp_path / "local.jsonl", on_span=a_spans.append, index_path=tmp_path / "a.idx.json.gz")
    b = ray_engine.check(gate, src, tmp_path / "shards", on_span=b_spans.append, workers=2, block=3,
                         index_path=tmp_path / "b.idx.json.gz")
    assert a.verdict == b.verdict == "pass", a.reasons
    assert a.reasons == b.reasons
    ea, eb = a.evidence.as_dict(), b.evidence.as_dict()
    assert comparable(ea) == comparable(eb)
    assert eb["records_dropped"] == 1 and eb["counts_by_type"]["PERSON"] > 0  # the drop and the names happened
    assert eb["rescan"]["names_not_spread"] >= 1
    # record for record, in the same order: the shards concatenated by name are the local copy
    local = data.read_records(tmp_path / "local.jsonl")
    assert shards_records(tmp_path / "shards") == local
    assert data.read_table(tmp_path / "shards").records == local  # what a training stage reads
    assert [r["prompt"] for r in local if r["id"] > 106] == BRAND * 2
    assert "Wanjiru" not in (tmp_path / "shards").joinpath(eb["engine"]["shards"][0]["name"]).read_text()
    assert sorted(a_spans, key=repr) == sorted(b_spans, key=repr)  # the spans handed on agree too
    engine = eb["engine"]
    assert engine["name"] == "ray" and engine["workers"] == 2 and engine["batches"] == 7
    assert sum(s["records"] for s in engine["shards"]) == len(local) == eb["records_out"]
    for s in engine["shards"]:
        assert sha256_path(tmp_path / "shards" / s["name"]) == s["sha256"]
    assert eb["output_sha256"] == sha256_path(tmp_path / "shards")
    assert "engine" not in ea
    # the data-subject index (who is where, as keyed tokens) is the local engine's too, less the copy it names
    assert ea["subject_index"] == eb["subject_index"]
    da, db = (read_index(tmp_path / f"{x}.idx.json.gz").doc for x in "ab")
    assert da["postings"] and {k: v for k, v in da.items() if k not in ("copy", "copy_sha256")} == \
        {k: v for k, v in db.items() if k not in ("copy", "copy_sha256")}


@pytest.mark.slow
def test_a_copy_that_fails_is_written_by_neither_engine(gate, tmp_path, ray_local):
    """--fields leaves personal data in another field: the re-scan finds it, the gate fails, nothing is written;
    both engines say so with the same counts and positions (Parquet in, one worker)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    policy_file = tmp_path / "policy.yaml"
    policy_file.write_text(yaml.safe_dump({"name": "ray-test", "pii": gate.policy.model_dump(mode="json")}))
    src = tmp_path / "in.parquet"
    pq.write_table(pa.Table.from_pylist([{"id": r["id"], "prompt": r.get("prompt", ""),
                                          "completion": r.get("completion", "")} for r in records()]), src)
    a = gate.check(src, tmp_path / "local.parquet", fields=["prompt"])
    with pytest.raises(SystemExit) as exc:  # the command, as a user runs it
        main(["scrub", str(src), "--out", str(tmp_path / "shards"), "--fields", "prompt", "--engine", "ray",
              "--workers", "1", "--evidence", str(tmp_path / "ev.json"), "--policy", str(policy_file)])
    assert exc.value.code == 1
    b = json.loads((tmp_path / "ev.json").read_text())
    assert a.verdict == b["verdict"] == "fail"
    assert comparable(a.evidence.as_dict()) == comparable({k: v for k, v in b["evidence"].items() if k != "policy"})
    assert b["evidence"]["residual"] > 0 and b["evidence"]["engine"]["shards"] == []
    assert b["evidence"]["engine"]["workers"] == 1
    assert not (tmp_path / "local.parquet").exists() and not (tmp_path / "shards").exists()
    assert not list(tmp_path.glob(".shards*"))  # no temporary left behind


def test_the_shards_folder_is_never_the_input_a_file_or_someone_elses(gate, tmp_path):
    src = tmp_path / "data" / "in.jsonl"
    src.parent.mkdir()
    src.write_text('{"prompt": "hello"}\n')
    (tmp_path / "file.jsonl").write_text("")
    (tmp_path / "theirs").mkdir()
    (tmp_path / "theirs" / "notes.txt").write_text("keep me")
    for out, why in ((tmp_path / "data", "holds the input"), (src, "holds the input"),
                     (tmp_path / "file.jsonl", "is a file"), (tmp_path / "theirs", "not an earlier scrubbed copy")):
        with pytest.raises(InputError, match=why):
            ray_engine.check(gate, src, out)
    assert (tmp_path / "theirs" / "notes.txt").read_text() == "keep me"


def test_scrub_engine_ray_without_the_extra_says_how_to_install_it(tmp_path, monkeypatch, capsys):
    src = tmp_path / "in.jsonl"
    src.write_text('{"prompt": "hello"}\n')
    monkeypatch.setitem(sys.modules, "ray", None)  # as if the extra were not installed
    with pytest.raises(SystemExit) as exc:
        main(["scrub", str(src), "--out", str(tmp_path / "out"), "--engine", "ray"])
    assert exc.value.code == 2 and "pip install 'governed-tuning[ray]'" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_a_shard_manifest_names_only_files_in_its_own_folder(tmp_path):
    folder = tmp_path / "copy"
    folder.mkdir()
    (tmp_path / "secret.jsonl").write_text('{"a": 1}\n')
    (folder / shards.MANIFEST).write_text(json.dumps({"format": "jsonl", "records": 1, "shards": [
        {"name": "../secret.jsonl", "records": 1, "sha256": "0"}]}))
    with pytest.raises(InputError, match="named by a path"):
        data.read_table(folder)
    (folder / shards.MANIFEST).write_text(json.dumps({"format": "jsonl", "records": 0, "shards": []}))
    assert data.read_table(folder).records == []


class _FakeRay:
    """``wait`` and ``get`` over plain values: a call's "ref" is ``(actor, index)``, done in the order sent."""

    def __init__(self, fail: int | None = None):
        self.fail = fail

    def wait(self, refs, num_returns=1):
        return refs[:num_returns], refs[num_returns:]

    def get(self, ref):
        if ref[1] == self.fail:
            raise RuntimeError("block failed")
        return ref


def test_the_pool_hands_each_actor_at_most_two_blocks_in_order_and_a_failure_is_raised():
    held: dict[str, int] = {"a": 0, "b": 0}
    most: dict[str, int] = {"a": 0, "b": 0}
    finished: list[int] = []

    def call(actor, i):
        held[actor] += 1
        most[actor] = max(most[actor], held[actor])
        return (actor, i)

    def done(i):
        finished.append(i)
        held[refs_by_index[i][0]] -= 1

    refs_by_index: dict[int, tuple] = {}
    out = ray_engine._spread(_FakeRay(), ["a", "b"],
                             lambda a, i: refs_by_index.setdefault(i, call(a, i)), 7, done)
    assert [i for _, i in out] == list(range(7))  # what each call returned, in block order
    assert sorted(finished) == list(range(7)) and max(most.values()) == ray_engine.QUEUED
    assert {a for a, _ in out} == {"a", "b"}  # both actors got blocks
    with pytest.raises(RuntimeError, match="block failed"):
        ray_engine._spread(_FakeRay(fail=3), ["a", "b"], lambda a, i: (a, i), 7)


class _DiesOnce(ray_engine._GateWorker):
    """An actor whose process dies at its first pass-2 call (a lost node, the memory killer): once per folder."""

    def scrub(self, block, found, state_box):
        import os

        marker = self.job.folder.parent / "died-once"
        if not marker.exists():
            marker.touch()
            os._exit(1)
        return super().scrub(block, found, state_box)


@pytest.mark.slow
def test_an_actor_that_dies_is_restarted_and_the_copy_is_the_local_engines(gate, tmp_path, ray_local, monkeypatch):
    """Ray restarts the dead actor, which loads the dataset-wide state again, and retries its block: the copy and
    the counts are those of the local engine, as if nothing had happened."""
    recs = records()[:10]
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in recs))
    a = gate.check(src, tmp_path / "local.jsonl")
    import sys

    from ray import cloudpickle

    cloudpickle.register_pickle_by_value(sys.modules[__name__])  # the workers cannot import a test module
    monkeypatch.setattr(ray_engine, "_GateWorker", _DiesOnce)
    (tmp_path / "out").mkdir()
    b = ray_engine.check(gate, src, tmp_path / "out" / "shards", workers=1, block=5)
    assert (tmp_path / "out" / "died-once").exists()  # the actor did die
    assert a.verdict == b.verdict == "pass"
    assert comparable(a.evidence.as_dict()) == comparable(b.evidence.as_dict())
    assert shards_records(tmp_path / "out" / "shards") == data.read_records(tmp_path / "local.jsonl")
