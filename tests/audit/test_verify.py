"""verify_run on a signed synthetic run: it holds, and each tampering is named by its own failure code."""

from __future__ import annotations

import base64
import json
import shutil

from audit_fixtures import lay_out, make_record

from governed_tuning.audit import keys, signing
from governed_tuning.audit.report import write_report
from governed_tuning.audit.verify import verify_run


def codes(result) -> set[str]:
    return {f.code for f in result.failures}


def messages(result) -> str:
    return "\n".join(f.message for f in result.failures)


def resign(run, key_path, mutate) -> None:
    """Rewrite the signed statement and sign it again with ``key_path`` (a signer-side forgery)."""
    env_path = run / "report.dsse.json"
    env = json.loads(env_path.read_bytes())
    st = json.loads(base64.b64decode(env["payload"]))
    mutate(st)
    new = signing.sign_envelope(signing.canonical_json(st), env["payloadType"], keys.load_private_key(key_path))
    env_path.write_bytes(signing.envelope_bytes(new))


def test_an_untouched_run_verifies_with_every_check_listed(signed):
    result = verify_run(signed.run, signed.pub)
    assert result.ok, result.failures
    text = "\n".join(result.checks)
    for word in ("signature: valid", "in-toto Statement v1", "re-hashed and match", "identical to the signed report",
                 "model signature", "ledger: run recorded at entry 1"):
        assert word in text


def test_another_public_key_is_the_wrong_key(signed):
    result = verify_run(signed.run, signed.other_pub)
    assert not result.ok and codes(result) == {"wrong_key"}
    assert result.checks == []  # nothing from an unverified envelope is reported as checked


def test_a_flipped_payload_byte_in_the_run_envelope_is_a_bad_signature(signed):
    env_path = signed.run / "report.dsse.json"
    env = json.loads(env_path.read_bytes())
    raw = bytearray(base64.b64decode(env["payload"]))
    raw[len(raw) // 2] ^= 0x20
    env["payload"] = base64.b64encode(bytes(raw)).decode()
    env_path.write_text(json.dumps(env))
    assert codes(verify_run(signed.run, signed.pub)) == {"bad_signature"}


def test_a_rewritten_subject_digest_without_the_key_breaks_the_signature(signed):
    env_path = signed.run / "report.dsse.json"
    env = json.loads(env_path.read_bytes())
    st = json.loads(base64.b64decode(env["payload"]))
    st["subject"][0]["digest"]["sha256"] = "00" * 32
    env["payload"] = base64.b64encode(signing.canonical_json(st)).decode()
    env_path.write_text(json.dumps(env))
    assert codes(verify_run(signed.run, signed.pub)) == {"bad_signature"}


def test_a_subject_digest_that_does_not_match_the_file_is_a_subject_mismatch(signed):
    def rewrite(st):
        for s in st["subject"]:
            if s["name"] == "data/sft/train.jsonl":
                s["digest"]["sha256"] = "00" * 32
    resign(signed.run, signed.key, rewrite)
    result = verify_run(signed.run, signed.pub)
    assert "subject_mismatch" in codes(result) and "data/sft/train.jsonl" in messages(result)
    assert "ledger_mismatch" in codes(result)  # the ledger recorded the original envelope


def test_a_changed_model_file_is_named(signed):
    (signed.run / "models" / "sft" / "model.safetensors").write_bytes(b"swapped weights")
    result = verify_run(signed.run, signed.pub)
    assert {"subject_mismatch", "model_signature_invalid"} <= codes(result)
    assert "model file models/sft/model.safetensors changed" in messages(result)


def test_an_added_and_a_removed_model_file_are_named(signed):
    (signed.run / "models" / "sft" / "extra.bin").write_bytes(b"x")
    (signed.run / "models" / "sft" / "config.json").unlink()
    result = verify_run(signed.run, signed.pub)
    assert {"unexpected_artefact", "missing_artefact"} <= codes(result)
    assert "models/sft/extra.bin" in messages(result) and "models/sft/config.json" in messages(result)


def test_an_edited_report_json_is_not_the_signed_report(signed):
    path = signed.run / "report.json"
    doc = json.loads(path.read_text())
    doc["record"]["releasable"] = not doc["record"]["releasable"]
    path.write_text(json.dumps(doc, indent=2))
    result = verify_run(signed.run, signed.pub)
    assert codes(result) == {"report_mismatch", "subject_mismatch", "ledger_mismatch"}


def test_an_old_report_replayed_under_a_new_run_is_named(signed):
    new = lay_out(signed.reports, "20261128T120000Z-cccccc")
    write_report(new, make_record(new), signed.key)
    for name in ("report.json", "report.html", "report.dsse.json", "run.json"):
        shutil.copy(signed.run / name, new / name)
    assert "replayed_report" in codes(verify_run(new, signed.pub))


def test_an_older_report_of_the_same_run_put_back_is_a_replay(signed):
    old = {n: (signed.run / n).read_bytes() for n in ("report.json", "report.html", "report.dsse.json")}
    write_report(signed.run, make_record(signed.run, status="blocked", fairness="fail", reason="gap 0.3 > 0.1"),
                 signed.key)  # the run was re-reported (e.g. after a review): ledger entry 2
    assert verify_run(signed.run, signed.pub).ok
    for n, data in old.items():
        (signed.run / n).write_bytes(data)
    result = verify_run(signed.run, signed.pub)
    assert "replayed_report" in codes(result) and "entry 1" in messages(result)


def test_a_missing_envelope_and_an_unreadable_key_are_named(signed, tmp_path):
    (tmp_path / "bad.pub").write_text("nope")
    assert codes(verify_run(signed.run, tmp_path / "bad.pub")) == {"bad_public_key"}
    (signed.run / "report.dsse.json").unlink()
    assert codes(verify_run(signed.run, signed.pub)) == {"missing_envelope"}


def test_the_ledger_is_checked_when_present_and_required_when_named(signed, tmp_path):
    (signed.reports / "ledger.jsonl").rename(tmp_path / "moved.jsonl")
    (signed.reports / "ledger.checkpoint.json").rename(tmp_path / "moved.checkpoint.json")
    alone = verify_run(signed.run, signed.pub)  # a run folder copied on its own still verifies
    assert alone.ok and any("ledger not checked" in c for c in alone.checks)
    assert verify_run(signed.run, signed.pub, tmp_path / "moved.jsonl").ok
    assert codes(verify_run(signed.run, signed.pub, tmp_path / "absent.jsonl")) == {"missing_ledger"}
    other = lay_out(tmp_path / "elsewhere", "20261128T130000Z-dddddd")
    write_report(other, make_record(other), signed.key)
    assert codes(verify_run(signed.run, signed.pub, tmp_path / "elsewhere" / "ledger.jsonl")) == {"not_in_ledger"}


def test_the_ledger_is_checked_once_for_many_runs_and_again_whenever_its_bytes_change(signed, monkeypatch):
    from governed_tuning.audit import verify

    calls = []
    real = verify._check_ledger
    monkeypatch.setattr(verify, "_check_ledger", lambda *a: calls.append(1) or real(*a))
    verify._check_ledger_bytes.cache_clear()
    for _ in range(3):
        assert verify_run(signed.run, signed.pub).ok
    assert verify.verify_ledger(signed.reports / "ledger.jsonl", signed.pub).ok
    assert len(calls) == 1  # the chain and its checkpoint were checked once, not once per run
    ledger = signed.reports / "ledger.jsonl"
    ledger.write_bytes(ledger.read_bytes().replace(b'"seq":1', b'"seq":2'))
    result = verify_run(signed.run, signed.pub)
    assert len(calls) == 2 and "ledger_break" in codes(result)  # changed bytes: checked again, break found
    assert "ledger_break" in codes(verify_run(signed.run, signed.pub))  # a cached failure stays a failure
    assert "wrong_key" in codes(verify.verify_ledger(ledger, signed.other_pub))  # another key: another check


def test_an_unreadable_signed_file_is_a_named_failure_not_a_traceback(signed, monkeypatch):
    from governed_tuning import digest_cache

    real = digest_cache.hash_file
    target = signed.run / "models" / "sft" / "config.json"

    def guarded(fd, path, *a, **kw):
        if path == target:
            raise PermissionError(13, "Permission denied", str(path))
        return real(fd, path, *a, **kw)

    monkeypatch.setattr(digest_cache, "hash_file", guarded)
    result = verify_run(signed.run, signed.pub)
    assert not result.ok and "unreadable_file" in codes(result)
    assert "models/sft/config.json is signed but cannot be read (Permission denied)" in messages(result)
    assert not any("re-hashed and match" in c for c in result.checks)


def test_an_unreadable_envelope_is_a_named_failure(signed, monkeypatch):
    from governed_tuning.audit import verify as verify_mod

    real = verify_mod.read_regular

    def guarded(path, *a, **kw):
        if path.name == "report.dsse.json":
            raise PermissionError(13, "Permission denied", str(path))
        return real(path, *a, **kw)

    monkeypatch.setattr(verify_mod, "read_regular", guarded)
    result = verify_run(signed.run, signed.pub)
    assert codes(result) == {"unreadable_file"} and "report.dsse.json" in messages(result)
