"""Signed amendments: an erasure entry records what was removed, when, why and by whom; attestations are signed
by a named person's own key and bound to the report."""

from __future__ import annotations

import json

import pytest

from governed_tuning.audit import keys
from governed_tuning.audit.amendments import AmendmentError, attest, erase, read_amendments


def _read(s, **kw):
    return read_amendments(s.run, keys.load_public_key(s.pub), s.record.run_id, **kw)


def test_erase_records_a_signed_entry_then_removes_the_scrubbed_copy(signed):
    entry = erase(signed.run, "data/sft/train.jsonl", reason="Art. 17 request REQ-114", by="DPO office",
                  key_path=signed.key)
    assert entry.relative_to(signed.run).as_posix() == "erasures/0001.dsse.json"
    assert not (signed.run / "data" / "sft" / "train.jsonl").exists()
    got = _read(signed)
    assert not got.failures and set(got.erased) == {"data/sft/train.jsonl"}
    (line,) = got.checks
    assert "removed data/sft/train.jsonl" in line and "REQ-114" in line and "DPO office" in line


def test_erase_refuses_models_other_keys_and_files_outside_the_signature(signed):
    with pytest.raises(AmendmentError, match="retrained"):
        erase(signed.run, "models/sft/model.safetensors", reason="x", by="y", key_path=signed.key)
    with pytest.raises(AmendmentError, match="not signed by the public key"):
        erase(signed.run, "data/sft/train.jsonl", reason="x", by="y", key_path=signed.other_key)
    with pytest.raises(AmendmentError, match="not a file the run's signature covers"):
        erase(signed.run, "data/sft/other.jsonl", reason="x", by="y", key_path=signed.key)
    assert (signed.run / "data" / "sft" / "train.jsonl").exists() and not (signed.run / "erasures").exists()


def test_a_forged_or_edited_erasure_entry_is_a_named_failure(signed):
    erase(signed.run, "data/sft/train.jsonl", reason="REQ-1", by="DPO", key_path=signed.key)
    p = signed.run / "erasures" / "0001.dsse.json"
    env = json.loads(p.read_text())
    env["payload"] = env["payload"][:-8] + "AAAAAAA="
    p.write_text(json.dumps(env))
    got = _read(signed)
    assert [c for c, _ in got.failures] == ["erasure_invalid"] and not got.erased


def test_attestation_by_a_named_person_with_their_own_key(signed, tmp_path):
    officer_key, officer_pub = keys.generate_keypair(tmp_path / "officer")
    attest(signed.run, key_path=officer_key, name="A. Officer", role="DPO",
           statement="The lawful basis and DPIA declared in this report are correct.")
    doc = json.loads((signed.run / "attestations" / "0001.dsse.json").read_text())
    assert doc["payloadType"] == "application/vnd.in-toto+json"
    loose = _read(signed)
    assert not loose.failures and "pass --attester" in loose.checks[0] and "A. Officer (DPO)" in loose.checks[0]
    trusted = _read(signed, attesters=[keys.load_public_key(officer_pub)])
    assert not trusted.failures and "signed by a key you trust" in trusted.checks[0]
    other = _read(signed, attesters=[keys.load_public_key(signed.other_pub)])
    assert [c for c, _ in other.failures] == ["attestation_untrusted"]
