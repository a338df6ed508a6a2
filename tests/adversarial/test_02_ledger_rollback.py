"""Item 2: rollback of the ledger, a checkpoint left behind its tail, a deleted run folder, and the report's
position in the ledger."""

from __future__ import annotations

import base64
import json
import shutil

from adversaries import RUN_IDS, codes, sign

from governed_tuning.audit import ledger as ledger_mod
from governed_tuning.audit.verify import verify_ledger, verify_run


def _snapshot(folder, dest):
    dest.mkdir()
    shutil.copy(folder.ledger, dest / "ledger.jsonl")
    shutil.copy(folder.checkpoint, dest / "ledger.checkpoint.json")
    return dest


def test_restoring_an_older_ledger_and_its_checkpoint_is_caught_against_the_auditors_checkpoint(folder, tmp_path):
    old = _snapshot(folder, tmp_path / "old")  # the attacker keeps this state (2 entries)
    sign(folder.reports, folder.key, RUN_IDS[2])
    kept = tmp_path / "auditor-kept.checkpoint.json"  # the auditor saved the checkpoint after entry 3
    shutil.copy(folder.checkpoint, kept)
    assert verify_ledger(folder.ledger, folder.pub, since=kept).ok
    shutil.copy(old / "ledger.jsonl", folder.ledger)  # roll back and delete the later run
    shutil.copy(old / "ledger.checkpoint.json", folder.checkpoint)
    shutil.rmtree(folder.run(2))
    assert verify_ledger(folder.ledger, folder.pub).ok  # on its own the older state is consistent...
    result = verify_ledger(folder.ledger, folder.pub, since=kept)  # ...but not with what the auditor kept
    assert not result.ok and "ledger_rollback" in codes(result)


def test_a_ledger_that_forks_from_the_auditors_checkpoint_is_caught(folder, tmp_path):
    kept = tmp_path / "kept.json"
    shutil.copy(folder.checkpoint, kept)
    # another history of the same length, signed with the same key (a signer rewriting the past)
    shutil.rmtree(folder.reports)
    sign(folder.reports, folder.key, RUN_IDS[0])
    sign(folder.reports, folder.key, RUN_IDS[2])
    result = verify_ledger(folder.ledger, folder.pub, since=kept)
    assert not result.ok and "ledger_fork" in codes(result)


def test_a_checkpoint_left_behind_the_tail_is_a_failure_unless_explicitly_allowed(folder, tmp_path):
    old = _snapshot(folder, tmp_path / "old")
    sign(folder.reports, folder.key, RUN_IDS[2])
    shutil.copy(old / "ledger.checkpoint.json", folder.checkpoint)  # the checkpoint now lags one entry
    result = verify_ledger(folder.ledger, folder.pub)
    assert not result.ok and "unsigned_tail" in codes(result)
    assert verify_ledger(folder.ledger, folder.pub, allow_unsigned_tail=True).ok


def test_a_tail_rewritten_behind_a_lagging_checkpoint_is_caught_even_when_the_tail_is_allowed(folder, tmp_path):
    old = _snapshot(folder, tmp_path / "old")
    sign(folder.reports, folder.key, RUN_IDS[2])
    shutil.copy(old / "ledger.checkpoint.json", folder.checkpoint)
    lines = folder.ledger.read_bytes().splitlines()
    entry = json.loads(lines[-1])
    entry["report_sha256"] = "0" * 64  # rewrite the uncovered entry and fix up its hash
    entry["hash"] = ledger_mod.entry_hash(entry)
    lines[-1] = json.dumps(entry, sort_keys=True, separators=(",", ":")).encode()
    folder.ledger.write_bytes(b"\n".join(lines) + b"\n")
    result = verify_ledger(folder.ledger, folder.pub, allow_unsigned_tail=True)
    assert not result.ok
    assert codes(result) & {"bad_signature", "unsigned_tail"}


def test_a_run_folder_deleted_while_its_ledger_entry_stays_is_flagged(folder):
    shutil.rmtree(folder.run(0))
    result = verify_ledger(folder.ledger, folder.pub)
    assert not result.ok and "missing_run" in codes(result)
    assert any(RUN_IDS[0] in f.message for f in result.failures)


def test_a_removal_recorded_as_a_signed_entry_is_accepted_and_named(folder):
    from governed_tuning.audit.keys import load_private_key

    ledger_mod.record_removal(folder.ledger, RUN_IDS[0], "retention period over (Art. 5(1)(e))",
                              load_private_key(folder.key))
    shutil.rmtree(folder.run(0))
    result = verify_ledger(folder.ledger, folder.pub)
    assert result.ok, result.failures
    assert any("removed" in c and RUN_IDS[0] in c for c in result.checks)
    assert verify_run(folder.run(1), folder.pub).ok


def test_each_report_names_the_ledger_position_it_was_appended_at(folder):
    for seq, run_id in enumerate(RUN_IDS[:2], start=1):
        report = json.loads((folder.reports / run_id / "report.json").read_bytes())
        assert report["signing"]["ledger_seq"] == seq
        env = json.loads((folder.reports / run_id / "report.dsse.json").read_bytes())
        signed = json.loads(base64.b64decode(env["payload"]))["predicate"]
        assert signed["signing"]["ledger_seq"] == seq  # inside the signature, not only beside it


def test_a_report_replayed_at_another_ledger_position_is_caught(folder):
    """The ledger entry of run 0 is moved: the report says 1, the ledger now says otherwise."""
    report = json.loads((folder.run(0) / "report.json").read_bytes())
    assert report["signing"]["ledger_seq"] == 1
    from governed_tuning.audit.keys import load_private_key

    key = load_private_key(folder.key)
    lines = folder.ledger.read_bytes().splitlines()
    first = json.loads(lines[0])
    # the signer (or their key) re-files the same report later in a fresh chain: entries 1 = run 1, 2 = run 0
    folder.ledger.unlink()
    folder.checkpoint.unlink()
    second = json.loads(lines[1])
    ledger_mod.append(folder.ledger, second["run_id"], second["report_sha256"], second["envelope_sha256"], key)
    ledger_mod.append(folder.ledger, first["run_id"], first["report_sha256"], first["envelope_sha256"], key)
    result = verify_run(folder.run(0), folder.pub)
    assert not result.ok and "ledger_mismatch" in codes(result)


def test_the_dashboard_remembers_the_last_verified_checkpoint_and_warns_loudly_on_rollback(
        folder, tmp_path, dashboard_env):
    from adversaries import app_file
    from streamlit.testing.v1 import AppTest

    dashboard_env(folder.reports, [folder.pub])
    old = _snapshot(folder, tmp_path / "old")
    sign(folder.reports, folder.key, RUN_IDS[2])
    at = AppTest.from_file(str(app_file()), default_timeout=60).run()
    assert not at.exception, [e.value for e in at.exception]
    assert not [e for e in at.error if "ROLL" in str(e.value).upper()]
    shutil.copy(old / "ledger.jsonl", folder.ledger)
    shutil.copy(old / "ledger.checkpoint.json", folder.checkpoint)
    shutil.rmtree(folder.run(2))
    import streamlit as st

    st.cache_data.clear()  # a restart: only what the dashboard remembered on disk survives
    st.cache_resource.clear()
    at = AppTest.from_file(str(app_file()), default_timeout=60).run()
    assert not at.exception, [e.value for e in at.exception]
    errors = " ".join(str(e.value) for e in at.error)
    assert "ROLLED BACK" in errors.upper(), errors


def test_the_verify_command_takes_the_kept_checkpoint_and_exits_1_on_rollback(folder, tmp_path, capsys):
    import pytest

    from governed_tuning.cli import main

    old = _snapshot(folder, tmp_path / "old")
    sign(folder.reports, folder.key, RUN_IDS[2])
    kept = tmp_path / "kept.json"
    shutil.copy(folder.checkpoint, kept)
    args = ["verify", "--ledger", str(folder.ledger), "--pubkey", str(folder.pub), "--since", str(kept)]
    with pytest.raises(SystemExit) as exit_:
        main(args)
    assert exit_.value.code == 0 and "consistency: this ledger extends" in capsys.readouterr().out
    shutil.copy(old / "ledger.jsonl", folder.ledger)
    shutil.copy(old / "ledger.checkpoint.json", folder.checkpoint)
    shutil.rmtree(folder.run(2))
    with pytest.raises(SystemExit) as exit_:
        main(args)
    out = capsys.readouterr().out
    assert exit_.value.code == 1 and "[ledger_rollback]" in out and "ROLLED BACK" in out
