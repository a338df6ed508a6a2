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


def test_erase_then_verify_passes_and_names_the_erasure(signed):
    from typer.testing import CliRunner

    from governed_tuning.audit.verify import verify_run
    from governed_tuning.cli import app

    res = CliRunner().invoke(app, ["erase", str(signed.run), "data/sft/train.jsonl", "--reason",
                                   "retention period ended", "--by", "Privacy office", "--key", str(signed.key)])
    assert res.exit_code == 0, res.output
    result = verify_run(signed.run, signed.pub)
    assert result.ok, result.failures
    assert any(c.startswith("erased: data/sft/train.jsonl: removed") and "erasures/0001.dsse.json" in c
               for c in result.checks)
    assert any("retention period ended" in c and "Privacy office" in c for c in result.checks)
    out = CliRunner().invoke(app, ["verify", str(signed.run), "--pubkey", str(signed.pub)])
    assert out.exit_code == 0 and "VERIFIED" in out.output and "erasures/0001.dsse.json" in out.output


def test_a_deletion_without_an_erasure_entry_still_fails(signed):
    from governed_tuning.audit.verify import verify_run

    (signed.run / "data" / "sft" / "train.jsonl").unlink()
    assert "missing_artefact" in verify_run(signed.run, signed.pub).codes
    # an entry for one file does not cover another: the model's weights stay signed as they were
    erase_dir = signed.run / "erasures"
    assert not erase_dir.exists()
    (signed.run / "models" / "sft" / "config.json").unlink()
    assert "missing_artefact" in verify_run(signed.run, signed.pub).codes


def test_a_redaction_verifies_against_the_recorded_digest_and_a_later_edit_fails(signed, tmp_path):
    from governed_tuning.audit.verify import verify_run

    new = tmp_path / "train.jsonl"
    new.write_text('{"text": "Contact <PERSON> about the order."}\n')
    erase(signed.run, "data/sft/train.jsonl", reason="REQ-7", by="DPO", key_path=signed.key, replacement=new)
    result = verify_run(signed.run, signed.pub)
    assert result.ok and any("redacted" in c for c in result.checks)
    (signed.run / "data" / "sft" / "train.jsonl").write_text("edited later\n")
    assert "erasure_mismatch" in verify_run(signed.run, signed.pub).codes


def test_a_forged_erasure_entry_does_not_cover_the_removal(signed):
    from governed_tuning.audit.verify import verify_run

    erase(signed.run, "data/sft/train.jsonl", reason="REQ-8", by="DPO", key_path=signed.key)
    env = signed.run / "erasures" / "0001.dsse.json"
    data = json.loads(env.read_text())
    data["signatures"][0]["sig"] = data["signatures"][0]["sig"][::-1]
    env.write_text(json.dumps(data))
    codes = verify_run(signed.run, signed.pub).codes
    assert {"erasure_invalid", "missing_artefact"} <= codes


def test_attest_command_and_verify_with_the_attester_key(signed, tmp_path):
    from typer.testing import CliRunner

    from governed_tuning.cli import app

    officer_key, officer_pub = keys.generate_keypair(tmp_path / "officer")
    res = CliRunner().invoke(app, ["attest", str(signed.run), "--key", str(officer_key), "--name", "A. Officer",
                                   "--role", "DPO", "--statement", "The declared lawful basis is correct."])
    assert res.exit_code == 0, res.output
    ok = CliRunner().invoke(app, ["verify", str(signed.run), "--pubkey", str(signed.pub), "--attester",
                                  str(officer_pub)])
    assert ok.exit_code == 0 and "by A. Officer (DPO)" in ok.output and "a key you trust" in ok.output
    bad = CliRunner().invoke(app, ["verify", str(signed.run), "--pubkey", str(signed.pub), "--attester",
                                   str(signed.other_pub)])
    assert bad.exit_code == 1 and "attestation_untrusted" in bad.output


def _erased_the_old_way(s, target: str = "data/sft/train.jsonl", key=None):
    """A run folder as versions before the ``erasure`` ledger kind left it: the signed erasure envelope under
    erasures/, no ledger entry filing it, no Sigstore bundle beside it."""
    held = s.ledger.with_name("ledger.held")
    s.ledger.rename(held)
    try:
        out = erase(s.run, target, reason="Art. 17 request REQ-90", by="DPO office", key_path=key or s.key)
    finally:
        held.rename(s.ledger)
    out.with_name(out.name.replace(".dsse.json", ".sigstore.json")).unlink()
    return out


def test_an_erasure_made_before_the_ledger_filed_them_is_filed_and_verifies_again(signed):
    """The migration: `ledger file-erasure` files the old envelope as a signed ledger entry; verify is green."""
    from typer.testing import CliRunner

    from governed_tuning.audit.verify import verify_ledger, verify_run
    from governed_tuning.cli import app

    _erased_the_old_way(signed)
    before = verify_run(signed.run, signed.pub)
    assert before.codes == {"erasure_not_filed"}
    assert "ledger file-erasure" in str(before.failures)  # the failure names the way back
    lines = signed.ledger.read_text().count("\n")
    res = CliRunner().invoke(app, ["ledger", "file-erasure", str(signed.run), "--key", str(signed.key)])
    assert res.exit_code == 0, res.output
    assert "filed erasure erasures/0001.dsse.json of run 20261128T100000Z-aaaaaa" in res.output
    assert signed.ledger.read_text().count("\n") == lines + 1
    entry = json.loads(signed.ledger.read_text().splitlines()[-1])
    assert entry["kind"] == "erasure" and entry["entry"] == "erasures/0001.dsse.json"
    after = verify_run(signed.run, signed.pub)
    assert after.ok, after.failures
    assert any("filed at entry" in c for c in after.checks) and any("REQ-90" in c for c in after.checks)
    assert (signed.run / "erasures" / "0001.sigstore.json").is_file()  # the bundle it lacked
    assert verify_ledger(signed.ledger, signed.pub).ok
    again = CliRunner().invoke(app, ["ledger", "file-erasure", str(signed.run), "--key", str(signed.key)])
    assert again.exit_code == 0 and "already filed" in again.output
    assert signed.ledger.read_text().count("\n") == lines + 1  # nothing filed twice


def test_file_erasure_refuses_an_entry_the_runs_key_did_not_sign(signed):
    from governed_tuning.audit.amendments import file_erasures

    out = _erased_the_old_way(signed)
    env = json.loads(out.read_text())
    env["signatures"][0]["sig"] = env["signatures"][0]["sig"][::-1]
    out.write_text(json.dumps(env))
    lines = signed.ledger.read_text()
    with pytest.raises(AmendmentError, match="erasures/0001.dsse.json.*nothing was filed"):
        file_erasures(signed.run, key_path=signed.key)
    with pytest.raises(AmendmentError, match="not signed by the public key"):
        file_erasures(signed.run, key_path=signed.other_key)
    assert signed.ledger.read_text() == lines
