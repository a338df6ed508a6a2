"""Data-subject requests: the subject index the PII gate writes, `subject find` across runs, `subject erase`.

The runs here are laid out by hand (no training) but scrubbed by the real PII gate, with its real index, and
signed by the real audit writer; the demo run (shared session fixture) shows a full run writes a signed index.
"""

from __future__ import annotations

import gzip
import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from governed_tuning.audit import keys
from governed_tuning.audit.report import write_report
from governed_tuning.cli import app
from governed_tuning.digest import sha256_file
from governed_tuning.gates.pii import PiiGate
from governed_tuning.gates.pii.keys import fingerprint
from governed_tuning.policy import load_policy
from governed_tuning.record import Artefact, PolicyRef, RunRecord, StageRecord
from governed_tuning.run.folder import RunFolder
from governed_tuning.subjects.find import Request, RequestError, find
from governed_tuning.subjects.index import read_index
from governed_tuning.subjects.tokens import normalise, token

KEY = "5f" * 32
OTHER_KEY = "a7" * 32
ENV = "GOVERNED_TUNING_PSEUDONYM_KEY"

# the person a request is about, and how each run wrote them
JANE = {"name": "Jane Doe", "email": "Jane.Doe@example.org", "phone": "+1 202 555 0143"}
RUN_A = [  # three of five records hold Jane (one by name only, one by email and phone)
    {"prompt": "Hi, this is Jane Doe, my parcel is late. Email me at jane.doe@example.org.", "completion": "Sorry!"},
    {"prompt": "My name is Omar Haddad and I need a refund.", "completion": "Sure."},
    {"prompt": "Please call me on (202) 555-0143 or write to JANE.DOE@EXAMPLE.ORG.", "completion": "Will do."},
    {"prompt": "The app crashes on start.", "completion": "Try reinstalling."},
    {"prompt": "Thanks, jane doe", "completion": "You are welcome, Jane."},
]
RUN_B = [  # Jane written another way; Omar again; someone else
    {"prompt": "Customer Dr. Jane  Doe called from 202.555.0143 about billing.", "completion": "Noted."},
    {"prompt": "Priya Raman asked for the invoice.", "completion": "Sent."},
]
PLANTED = ["Jane Doe", "jane.doe@example.org", "555-0143", "555 0143", "Omar Haddad", "Priya Raman"]


def _policy():
    return load_policy("default").policy


def lay_out_run(reports: Path, run_id: str, records: list[dict], signing_key: Path, *, key: str = KEY,
                stages=("sft", "dpo")) -> Path:
    """A run folder as `run` writes one, scrubbed by the real PII gate (with its index), signed by write_report:
    stage sft trains on the copy, stage dpo starts from sft's model."""
    folder = RunFolder.of(reports, run_id)
    raw = reports.parent / "raw" / f"{run_id}.jsonl"
    raw.parent.mkdir(parents=True, exist_ok=True)
    raw.write_text("".join(json.dumps(r) + "\n" for r in records))
    out = folder.scrubbed("sft", "chats.jsonl")
    out.parent.mkdir(parents=True)
    old = os.environ.get(ENV)
    os.environ[ENV] = key
    try:
        result = PiiGate(_policy().pii).check(raw, out, index_path=folder.subject_index("sft", "chats.jsonl"),
                                              index_name="data/sft/chats.jsonl")
    finally:
        os.environ.pop(ENV) if old is None else os.environ.__setitem__(ENV, old)
    assert result.verdict == "pass", result.reasons
    stage_records = []
    for i, name in enumerate(stages):
        d = folder.model_dir(name)
        d.mkdir(parents=True)
        (d / "model.safetensors").write_bytes(bytes([i]) * 64)
        stage_records.append(StageRecord(
            name=name, kind=name if name in ("sft", "dpo", "reward", "rl") else "sft", status="completed",
            inputs=[Artefact(path="data/sft/chats.jsonl", sha256=sha256_file(out), size=out.stat().st_size,
                             role="scrubbed_dataset")] if i == 0 else [],
            model_dir=f"models/{name}", base_model=None if i == 0 else f"models/{stages[i - 1]}"))
    record = RunRecord(run_id=run_id, status="completed", started_at="2026-11-30T09:00:00Z",
                       finished_at="2026-11-30T09:01:00Z", user="test", host="ci", command=["governed-tuning", "run"],
                       policy=PolicyRef(name="default", path="default.yaml", sha256="ab" * 32, document={}),
                       base_model={"name": "tiny"}, stages=stage_records, releasable=False)
    folder.record.write_text(record.model_dump_json(indent=2))
    write_report(folder.path, record, signing_key)
    return folder.path


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    """Three signed runs in one reports folder: A and B scrubbed with KEY, C with another key."""
    root = tmp_path_factory.mktemp("subjects")
    signing_key, pub = keys.generate_keypair(root / "keys")
    reports = root / "reports"
    runs = {n: lay_out_run(reports, f"20261130T09000{i}Z-00000{i}", recs, signing_key, key=k)
            for i, (n, recs, k) in enumerate([("A", RUN_A, KEY), ("B", RUN_B, KEY), ("C", RUN_A[:2], OTHER_KEY)])}
    return {"reports": reports, "runs": runs, "key": signing_key, "pub": pub, "root": root}


def _all_bytes(folder: Path) -> bytes:
    """Every file of a folder, gzip members inflated: what a grep for a planted value must not find."""
    out = b""
    for p in sorted(folder.rglob("*")):
        if p.is_file():
            data = p.read_bytes()
            out += gzip.decompress(data) if p.name.endswith(".gz") else data
    return out


# --------------------------------------------------------------------------- tokens


def test_normalising_matches_what_the_data_held_and_not_what_it_did_not():
    k = b"k" * 32
    same = [("PERSON", "Jane Doe", "  dr. JANE   doe"), ("PERSON", "José O'Brien-Smith", "jose obrien smith"),
            ("EMAIL_ADDRESS", "Jane.Doe@Example.com", "jane.doe at example dot com"),
            ("PHONE_NUMBER", "(202) 555-0143", "+1 202 555 0143"), ("US_SSN", "123-45-6789", "123 45 6789")]
    for kind, a, b in same:
        assert token(k, kind, a) == token(k, kind, b), (kind, normalise(kind, a), normalise(kind, b))
    differ = [("PERSON", "Jane Doe", "Doe, Jane"), ("PERSON", "Jane Doe", "Jane Dough"), ("PERSON", "Jane Doe", "J. Doe"),
              ("EMAIL_ADDRESS", "jane.doe@example.com", "jane.doe+news@example.com")]
    for kind, a, b in differ:
        assert token(k, kind, a) != token(k, kind, b), (kind, a, b)
    assert token(k, "PERSON", "Jane Doe") != token(b"x" * 32, "PERSON", "Jane Doe")  # the key decides


# --------------------------------------------------------------------------- the index


def test_the_index_holds_tokens_and_positions_and_no_plain_value(world):
    run = world["runs"]["A"]
    idx = read_index(run / "subjects" / "sft" / "chats.jsonl.subjects.json.gz")
    assert idx.fingerprint == f"scrypt:{fingerprint(KEY.encode())}"
    assert idx.doc["records_in"] == 5 and idx.doc["records_out"] == 5 and idx.doc["copy"] == "data/sft/chats.jsonl"
    assert idx.doc["records_with_identifiers"] == 4  # all but the crash report
    jane = token(KEY.encode(), "PERSON", "Jane Doe")
    assert sorted(p for p, _ in idx.postings[jane]) == [0, 4]
    blob = _all_bytes(world["reports"])
    for value in PLANTED:
        assert value.encode() not in blob and value.lower().encode() not in blob, value
    report = json.loads((run / "report.json").read_text())
    roles = {a["path"]: a["role"] for a in report["artefacts"]}
    assert roles["subjects/sft/chats.jsonl.subjects.json.gz"] == "subject_index"  # signed with the run


def test_a_real_run_writes_a_signed_index_for_each_copy(demo_reports):
    from governed_tuning.demo import synthetic_records
    from governed_tuning.subjects.find import index_files

    run = demo_reports.run_dir
    found = [p for p, r in index_files(run.parent) if r == run]
    copies = sorted(p.relative_to(run).as_posix() for p in (run / "data").rglob("*.jsonl"))
    assert len(found) == len(copies) >= 1
    arts = {a["path"]: a["role"] for a in json.loads((run / "report.json").read_text())["artefacts"]}
    assert all(arts[p.relative_to(run).as_posix()] == "subject_index" for p in found)
    blob = _all_bytes(run)
    person = synthetic_records()[0]["prompt"]
    name = person.split("this is ")[1].split(",")[0]
    email = person.split("email me at ")[1].rstrip(".")
    assert name.encode() not in blob and email.encode() not in blob
    ev = [g for g in demo_reports.record.gates if g.result.gate == "pii"][0].result.evidence
    assert ev["subject_index"]["records_with_identifiers"] > 0
    # find her with the key the demo scrubbed with (the test session's own key, wherever it came from)
    fp = ev["subject_index"]["key_fingerprint"]
    cands = [os.environ.get(ENV, "").encode()] + [
        (Path(os.environ["XDG_CONFIG_HOME"]) / "governed-tuning" / "pseudonym.key").read_bytes().strip()]
    key = next(k for k in cands if k and f"scrypt:{fingerprint(k)}" == fp)
    res = find(run.parent, Request.of(names=[name.upper()], emails=[email]), key)
    mine = [m for m in res.matches if m.run_id == run.name]
    assert mine and all(m.models for m in mine)


# --------------------------------------------------------------------------- find


def test_find_by_name_email_and_phone_across_two_runs(world):
    res = find(world["reports"], Request.of(names=[JANE["name"]], emails=[JANE["email"]], phones=[JANE["phone"]]),
               KEY.encode())
    by_run = {m.run_id: m for m in res.matches}
    a, b = world["runs"]["A"].name, world["runs"]["B"].name
    assert set(by_run) == {a, b}
    assert by_run[a].in_copy == [0, 2, 4] and by_run[a].matched == {"--name": 2, "--email": 2, "--phone": 1}
    assert by_run[b].in_copy == [0] and set(by_run[b].matched) == {"--name", "--phone"}
    assert by_run[a].models == ["models/sft", "models/dpo"]  # dpo started from sft's model
    # one identifier is enough; a person who is not there is found nowhere
    assert {m.run_id for m in find(world["reports"], Request.of(phones=["202-555-0143"]), KEY.encode()).matches} \
        == {a, b}
    assert not find(world["reports"], Request.of(names=["Janet Doe"]), KEY.encode()).matches


def test_an_index_keyed_with_another_key_is_named_not_searched(world):
    res = find(world["reports"], Request.of(names=["Omar Haddad"]), KEY.encode())
    c = world["runs"]["C"].name
    assert [m.run_id for m in res.matches] == [world["runs"]["A"].name]
    (skip,) = res.skipped
    assert c in skip.where and "another pseudonym key" in skip.reason
    other = find(world["reports"], Request.of(names=["Omar Haddad"]), OTHER_KEY.encode())
    assert [m.run_id for m in other.matches] == [c] and len(other.skipped) == 2


def test_find_cli_never_echoes_the_identifiers(world, tmp_path):
    req = tmp_path / "request.json"
    req.write_text(json.dumps({"name": JANE["name"], "email": [JANE["email"]]}))
    kf = tmp_path / "pseudonym.key"
    kf.write_text(KEY + "\n")
    res = CliRunner().invoke(app, ["subject", "find", "--request", str(req), "--phone", JANE["phone"],
                                   "--reports", str(world["reports"]), "--key", str(kf)])
    assert res.exit_code == 0, res.output
    assert world["runs"]["A"].name in res.output and "models trained on it: models/sft, models/dpo" in res.output
    assert "NOT SEARCHED" in res.output and "another pseudonym key" in res.output
    for v in (*JANE.values(), "jane", "0143"):
        assert v.lower() not in res.output.lower(), v
    none = CliRunner().invoke(app, ["subject", "find", "--name", "Nobody Here", "--reports", str(world["reports"]),
                                    "--key", str(kf), "--json"])
    assert none.exit_code == 3 and json.loads(none.output)["matches"] == []  # not found, one index unsearched
    with pytest.raises(RequestError):
        Request.of(ids=["NOT_A_KIND:1"])


# --------------------------------------------------------------------------- erase


@pytest.fixture
def erasable(tmp_path):
    """Two fresh signed runs (A and B) with their ledger, for tests that change them."""
    signing_key, pub = keys.generate_keypair(tmp_path / "keys")
    reports = tmp_path / "reports"
    runs = {n: lay_out_run(reports, f"20261130T10000{i}Z-00000{i}", recs, signing_key)
            for i, (n, recs) in enumerate([("A", RUN_A), ("B", RUN_B)])}
    return {"reports": reports, "runs": runs, "key": signing_key, "pub": pub}


def test_erase_writes_copies_without_the_person_and_a_signed_record_in_the_ledger(erasable):
    from governed_tuning.audit.verify import verify_ledger, verify_run
    from governed_tuning.data import read_records
    from governed_tuning.subjects.erase import erase

    reports, a = erasable["reports"], erasable["runs"]["A"]
    old = a / "data" / "sft" / "chats.jsonl"
    before = old.read_bytes()
    out = erase(reports, Request.of(names=[JANE["name"]], emails=[JANE["email"]]), KEY.encode(),
                request_id="REQ-2026-114", signing_key=erasable["key"], by="Privacy office")
    assert old.read_bytes() == before  # the old copy is untouched until the user replaces it
    by_run = {c["run_id"]: c for c in out.predicate["copies"]}
    ca = by_run[a.name]
    assert ca["positions_removed"] == [0, 2, 4] and ca["records_after"] == 2 and ca["old_sha256"] == sha256_file(old)
    assert ca["models_to_retrain"] == ["models/sft", "models/dpo"]
    new = reports / ca["new_copy"]
    kept = read_records(new)
    assert [r["completion"] for r in kept] == ["Sure.", "Try reinstalling."] and sha256_file(new) == ca["new_sha256"]
    # the new copy's own index no longer finds her, and still finds the others
    again = find(reports, Request.of(names=[JANE["name"]]), KEY.encode())
    assert all("subject-requests" not in str(m.index) for m in again.matches)
    omar = find(reports, Request.of(names=["Omar Haddad"]), KEY.encode())
    assert sorted(m.in_copy for m in omar.matches if "subject-requests" in str(m.index)) == [[0]]
    # the record: signed, no value in it, filed in the ledger, checked by verify --ledger
    assert out.record == reports / "subject-requests" / "REQ-2026-114" / "erasure.dsse.json"
    blob = out.record.read_bytes() + json.dumps(out.predicate).encode()
    for v in PLANTED:
        assert v.encode() not in blob
    entries = [json.loads(x) for x in (reports / "ledger.jsonl").read_text().splitlines()]
    assert entries[-1]["kind"] == "subject_erasure" and entries[-1]["request_id"] == "REQ-2026-114"
    assert entries[-1]["runs"] == sorted(r.name for r in erasable["runs"].values())
    res = verify_ledger(reports / "ledger.jsonl", erasable["pub"])
    assert res.ok, res.failures
    assert any("subject erasure REQ-2026-114" in c and "4 record(s) left out of 2 copy(ies)" in c for c in res.checks)
    # her tokens are struck from the old runs' indexes, under signed erasure entries the runs still verify with
    idx_a = a / "subjects" / "sft" / "chats.jsonl.subjects.json.gz"
    assert [n["index"] for n in out.predicate["indexes"] if n["struck"]] == \
        [f"{r.name}/subjects/sft/chats.jsonl.subjects.json.gz" for r in sorted(erasable["runs"].values())]
    assert read_index(idx_a).doc["struck"][0]["positions"] == [0, 2, 4]
    assert all(p not in {0, 2, 4} for hits in read_index(idx_a).postings.values() for p, _ in hits)
    assert not find(reports, Request.of(names=[JANE["name"]], emails=[JANE["email"]], phones=[JANE["phone"]]),
                    KEY.encode()).matches
    assert sorted(read_index(idx_a).postings) == sorted(read_index(reports / ca["new_index"]).postings)  # Omar
    res = verify_run(a, erasable["pub"])
    assert res.ok, res.failures
    assert any("subjects/sft/chats.jsonl.subjects.json.gz: redacted; the file matches" in c for c in res.checks)
    pending = find(reports, Request.of(names=["nobody at all"]), KEY.encode()).pending
    assert {w["where"]: (w["requests"], w["records"]) for w in pending}[f"{a.name}/data/sft/chats.jsonl"] == \
        (["REQ-2026-114"], 3)
    # then the user replaces the old copy with the new one: an erasure entry, filed in the ledger too
    from governed_tuning.audit.amendments import erase as amend

    amend(a, "data/sft/chats.jsonl", reason="REQ-2026-114", by="Privacy office", key_path=erasable["key"],
          replacement=new)
    res = verify_run(a, erasable["pub"])
    assert res.ok, res.failures
    assert any("erasure erasures/0002.dsse.json filed at entry" in c for c in res.checks)
    assert a.name not in str(find(reports, Request.of(names=["nobody at all"]), KEY.encode()).pending)
    assert json.loads((reports / "ledger.jsonl").read_text().splitlines()[-1])["kind"] == "erasure"
    with pytest.raises(Exception, match="already answered"):
        erase(reports, Request.of(names=[JANE["name"]]), KEY.encode(), request_id="REQ-2026-114",
              signing_key=erasable["key"])
    # a later request meets the replaced copy through the copy the erasure wrote, and the models through the run
    res = find(reports, Request.of(names=["Omar Haddad"]), KEY.encode())
    by_source = {m.source: m for m in res.matches}
    assert "replaced by subject-requests/REQ-2026-114/" in by_source[f"{a.name}/data/sft/chats.jsonl"].note
    later = erase(reports, Request.of(names=["Omar Haddad"]), KEY.encode(), request_id="REQ-2026-200",
                  signing_key=erasable["key"])
    assert not later.predicate["not_processed"]
    (done,) = [c for c in later.predicate["copies"] if "new_copy" in c]
    assert done["source"].startswith("subject-requests/REQ-2026-114/") and done["records_after"] == 1
    assert done["new_copy"] == f"subject-requests/REQ-2026-200/REQ-2026-114/{a.name}/data/sft/chats.jsonl"
    assert later.predicate["retrain"] == [{"run_id": a.name, "copy": "data/sft/chats.jsonl",
                                           "models": ["models/sft", "models/dpo"]}]
    # Omar's tokens are struck from run A's (already struck) index too; the earlier erasure's copy keeps its own
    assert not any(t in read_index(idx_a).postings for t in read_index(reports / ca["new_index"]).postings)
    assert [(n["index"].split("/")[0], n["struck"]) for n in later.predicate["indexes"]] == \
        [(a.name, True), ("subject-requests", False)]
    assert verify_ledger(reports / "ledger.jsonl", erasable["pub"]).ok
    res = verify_run(a, erasable["pub"])
    assert res.ok, res.failures


def test_a_tampered_or_missing_erasure_record_fails_verification(erasable):
    from governed_tuning.audit.verify import verify_ledger, verify_run
    from governed_tuning.subjects.erase import erase

    from governed_tuning.subjects.index import dumps

    reports = erasable["reports"]
    # run B's index edited after signing (its postings point at another record): not trusted to decide
    b_index = erasable["runs"]["B"] / "subjects" / "sft" / "chats.jsonl.subjects.json.gz"
    doc = read_index(b_index).doc
    doc["postings"] = {t: [[1, 2]] for t in doc["postings"]}
    b_index.write_bytes(dumps(doc))
    out = erase(reports, Request.of(phones=["2025550143"]), KEY.encode(), request_id="REQ-7",
                signing_key=erasable["key"])
    (refused,) = out.predicate["not_processed"]
    assert refused["where"].startswith(erasable["runs"]["B"].name) and "not the one the run's signature" in \
        refused["reason"]
    assert [c["run_id"] for c in out.predicate["copies"]] == [erasable["runs"]["A"].name]
    new = reports / out.predicate["copies"][0]["new_copy"]
    new.write_text(new.read_text() + '{"prompt": "smuggled", "completion": ""}\n')
    res = verify_ledger(reports / "ledger.jsonl", erasable["pub"])
    assert not res.ok and "erasure_mismatch" in res.codes and "changed after the erasure record" in str(res.failures)
    env = json.loads(out.record.read_text())
    env["payload"] = env["payload"][:-6] + "AAAAA="
    out.record.write_text(json.dumps(env))
    assert "erasure_mismatch" in verify_ledger(reports / "ledger.jsonl", erasable["pub"]).codes  # digest differs
    out.record.unlink()
    assert "erasure_missing" in verify_ledger(reports / "ledger.jsonl", erasable["pub"]).codes
    # an erasure envelope dropped into a run folder without its ledger entry is refused
    a = erasable["runs"]["A"]
    assert verify_run(a, erasable["pub"]).ok  # its index struck under a filed entry (erasures/0001)
    (a / "erasures").mkdir(exist_ok=True)
    (a / "erasures" / "0099.dsse.json").write_text("{}")
    assert "erasure_not_filed" in verify_run(a, erasable["pub"]).codes


def test_erase_cli_names_what_to_retrain_and_what_it_could_not_process(tmp_path):
    kf = tmp_path / "pseudonym.key"
    kf.write_text(KEY + "\n")
    signing_key, _ = keys.generate_keypair(tmp_path / "keys")
    reports = tmp_path / "reports"
    for i, (recs, k) in enumerate([(RUN_A, KEY), (RUN_A[:2], OTHER_KEY)]):
        lay_out_run(reports, f"20261130T11000{i}Z-00000{i}", recs, signing_key, key=k)
    world = {"reports": reports, "key": signing_key}
    old_run = reports / "20261101T000000Z-0000ff"  # a run from before the index: named, not passed over
    (old_run / "data" / "sft").mkdir(parents=True)
    (old_run / "run.json").write_text("{}")
    res = CliRunner().invoke(app, ["subject", "erase", "--request-id", "REQ-9", "--email", JANE["email"],
                                   "--reports", str(world["reports"]), "--key", str(kf),
                                   "--signing-key", str(world["key"])])
    assert res.exit_code == 3, res.output  # run C is keyed with another key: not processed, and said so
    assert "RETRAIN run" in res.output and "models/sft, models/dpo" in res.output
    assert "NOT PROCESSED" in res.output and "another pseudonym key" in res.output
    assert "NOT PROCESSED run 20261101T000000Z-0000ff: it has scrubbed copies but no subject index" in res.output
    assert "governed-tuning erase" in res.output and "--replacement" in res.output
    # the person's tokens are struck from the old run's index, and the command says so
    (struck,) = [line for line in res.output.splitlines() if line.startswith("STRUCK ")]
    assert struck.endswith(" posting(s) of the person from the subject index 20261130T110000Z-000000/subjects/sft/"
                           "chats.jsonl.subjects.json.gz (signed erasure entry 20261130T110000Z-000000/erasures/"
                           "0001.dsse.json)"), res.output
    assert JANE["email"].lower() not in res.output.lower()
    bad = CliRunner().invoke(app, ["subject", "erase", "--request-id", "Jane Doe", "--name", "x", "--reports",
                                   str(world["reports"]), "--key", str(kf), "--signing-key", str(world["key"])])
    assert bad.exit_code != 0


def test_the_streaming_and_in_memory_scrubs_write_the_same_index(tmp_path, monkeypatch):
    from governed_tuning.gates.pii import stream

    monkeypatch.setenv(ENV, KEY)
    raw = tmp_path / "raw.jsonl"
    raw.write_text("".join(json.dumps(r) + "\n" for r in RUN_A + RUN_B))
    gate = PiiGate(_policy().pii)
    a = stream.check(gate, raw, tmp_path / "a.jsonl", batch=2, index_path=tmp_path / "a.idx.json.gz",
                     index_name="x")
    b = gate.check_in_memory(raw, tmp_path / "b.jsonl", index_path=tmp_path / "b.idx.json.gz", index_name="x")
    assert a.evidence["subject_index"] == b.evidence["subject_index"]
    assert read_index(tmp_path / "a.idx.json.gz").doc == read_index(tmp_path / "b.idx.json.gz").doc


# The Ray engine's index is held to the local engine's in tests/engines/test_ray_scrub.py (one Ray pass there).
