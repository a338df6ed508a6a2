"""Item 9: a full disk and `kill -9`. report.json said `signed: true` with no envelope beside it; a killed run
stayed "running" forever; a killed writer left a valid-looking truncated hidden copy."""

from __future__ import annotations

import errno
import json
import logging
import os
import signal
import subprocess
import sys

import pytest
from adversaries import RUN_IDS, lay_out, record

from governed_tuning.errors import GovernedTuningError


def test_a_full_disk_while_writing_the_envelope_leaves_no_report_claiming_a_signature(folder, monkeypatch):
    from governed_tuning.audit.report import write_report

    run = lay_out(folder.reports, RUN_IDS[2])
    rec = record(RUN_IDS[2])
    real = os.replace

    def full(src, dst, *a, **kw):
        if str(dst).endswith("report.dsse.json"):
            raise OSError(errno.ENOSPC, "No space left on device", str(dst))
        return real(src, dst, *a, **kw)

    monkeypatch.setattr(os, "replace", full)
    with pytest.raises(GovernedTuningError) as err:
        write_report(run, rec, folder.key)
    assert "No space left on device" in str(err.value) and "not signed" in str(err.value)
    assert not (run / "report.dsse.json").exists()
    if (run / "report.json").exists():
        assert json.loads((run / "report.json").read_bytes())["signing"]["signed"] is False
    assert RUN_IDS[2] not in folder.ledger.read_text()
    assert not [p for p in run.rglob("*") if p.name.startswith(".")]  # no temporaries left behind


def _stale_run(folder, run_id):
    run = lay_out(folder.reports, run_id)
    rec = record(run_id)
    rec.status = "running"
    rec.finished_at = None
    rec.releasable = False
    (run / "run.json").write_text(rec.model_dump_json())
    torn = run / ".run.json.k3j4h5.tmp"  # an atomic write the kill interrupted
    torn.mkdir()
    (torn / "run.json").write_text('{"run_id": "' + run_id + '", "status": "runn')
    return run


def test_a_run_killed_with_kill_9_is_closed_as_crashed_in_a_signed_record_on_the_next_start(folder):
    from governed_tuning.audit.verify import verify_run
    from governed_tuning.run import close_stale_runs

    run = _stale_run(folder, RUN_IDS[2])
    # the run's process held its folder's lock; kill -9 it and the kernel lets go of the lock
    holder = subprocess.Popen([sys.executable, "-c", "import fcntl, os, sys, time; fd = os.open(sys.argv[1], "
                               "os.O_RDONLY); fcntl.flock(fd, fcntl.LOCK_EX); print('held', flush=True); "
                               "time.sleep(120)", str(run)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        assert close_stale_runs(folder.reports, folder.key) == []  # alive: left alone
        assert json.loads((run / "run.json").read_bytes())["status"] == "running"
    finally:
        os.kill(holder.pid, signal.SIGKILL)
        holder.wait()
    closed = close_stale_runs(folder.reports, folder.key)
    assert [p.name for p in closed] == [RUN_IDS[2]]
    report = json.loads((run / "report.json").read_bytes())
    assert report["record"]["status"] == "crashed"
    assert report["signing"]["signed"] is True
    assert any("temporar" in r for r in report["record"]["release_reasons"])  # the note on the leftover
    assert not (run / ".run.json.k3j4h5.tmp").exists()
    result = verify_run(run, folder.pub)
    assert result.ok, [(f.code, f.message) for f in result.failures]
    assert close_stale_runs(folder.reports, folder.key) == []  # once


def test_a_stale_run_without_a_key_is_still_closed_as_crashed(folder):
    from governed_tuning.run import close_stale_runs

    run = _stale_run(folder, RUN_IDS[2])
    assert [p.name for p in close_stale_runs(folder.reports, None)] == [RUN_IDS[2]]
    assert json.loads((run / "run.json").read_bytes())["status"] == "crashed"


def test_a_killed_writers_truncated_hidden_copy_is_removed_with_a_note_on_the_next_write(tmp_path, caplog):
    from governed_tuning.data import write_table

    out = tmp_path / "scrubbed.jsonl"
    left = tmp_path / ".scrubbed.jsonl.x8f2ka.tmp"
    left.mkdir()
    (left / "scrubbed.jsonl").write_text('{"text": "half a rec')  # what kill -9 left mid-write
    with caplog.at_level(logging.WARNING):
        write_table(out, [{"text": "hello"}], fmt="jsonl")
    assert out.read_text().strip() == '{"text": "hello"}'
    assert not left.exists()
    assert any(".scrubbed.jsonl.x8f2ka.tmp" in r.getMessage() for r in caplog.records)


def test_a_full_disk_under_any_command_is_a_diagnosis_and_exit_2_not_a_traceback(tmp_path, monkeypatch, capsys):
    from governed_tuning.cli import main

    def full(*a, **kw):
        raise OSError(errno.ENOSPC, "No space left on device", str(tmp_path / "keys" / "signing.pub"))

    monkeypatch.setattr(os, "replace", full)
    with pytest.raises(SystemExit) as exit_:
        main(["keygen", "--out", str(tmp_path / "keys")])
    err = capsys.readouterr().err
    assert exit_.value.code == 2 and "No space left on device" in err and "ENOSPC" in err
    assert "Traceback" not in err


def test_a_folder_backup_left_by_a_kill_between_two_renames_is_put_back_not_deleted(folder):
    from governed_tuning.run import close_stale_runs

    run = _stale_run(folder, RUN_IDS[2])
    data = run / "data" / "sft"
    os.replace(data, run / "data" / ".sft.old-4242")  # fsio moved the old folder aside, then the kill came
    closed = close_stale_runs(folder.reports, folder.key)
    assert [p.name for p in closed] == [RUN_IDS[2]]
    assert (data / "train.jsonl").is_file() and not (run / "data" / ".sft.old-4242").exists()
    report = json.loads((run / "report.json").read_bytes())
    assert any("restored sft from .sft.old-4242" in r for r in report["record"]["release_reasons"])
