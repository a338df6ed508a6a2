"""Item 7: a FIFO as report.json hung the dashboard; /dev/zero as a dataset hung `license check` and `scrub`;
`--pubkey /dev/zero` exhausted memory. Only regular files are read, within documented size limits.

The memory attacks run in a child process with a 3 GiB address-space limit, so a regression fails this test
instead of the machine.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest
from adversaries import app_file
from streamlit.testing.v1 import AppTest


@pytest.mark.timeout(60)
def test_a_fifo_named_report_json_does_not_hang_the_dashboard(folder, dashboard_env):
    report = folder.run(0) / "report.json"
    report.unlink()
    os.mkfifo(report)
    dashboard_env(folder.reports, [folder.pub])
    at = AppTest.from_file(str(app_file()), default_timeout=30).run()
    assert not at.exception, [e.value for e in at.exception]
    df = at.dataframe[0].value
    row = df[df["run_id"] == folder.run(0).name].iloc[0]
    assert "not a regular file" in row["problem"]


CHILD = textwrap.dedent("""
    import resource, sys
    resource.setrlimit(resource.RLIMIT_AS, (3 << 30, 3 << 30))
    from pathlib import Path
    from governed_tuning.errors import GovernedTuningError
    which, arg = sys.argv[1], sys.argv[2]
    try:
        if which == "pubkey":
            from governed_tuning.audit.verify import verify_run
            r = verify_run(arg, "/dev/zero")
            print("RESULT", [f.code + ": " + f.message for f in r.failures])
        elif which == "dataset":
            from governed_tuning.data import read_table
            read_table("/dev/zero", fmt="jsonl")
            print("RESULT read")
        elif which == "license":
            from governed_tuning.digest import sha256_path
            sha256_path(arg)
            print("RESULT hashed")
    except GovernedTuningError as exc:
        print("CLEAN", exc)
    except MemoryError:
        print("MEMORY")
""")


def _child(which: str, arg: str) -> str:
    try:
        out = subprocess.run([sys.executable, "-c", CHILD, which, arg], capture_output=True, text=True, timeout=40)
    except subprocess.TimeoutExpired:
        return "HUNG"
    return out.stdout + out.stderr[-2000:]


def test_pubkey_dev_zero_is_refused_without_reading_it(folder):
    out = _child("pubkey", str(folder.run(0)))
    assert "RESULT" in out and "bad_public_key" in out and "not a regular file" in out, out


def test_a_dataset_at_dev_zero_is_refused_by_scrub(folder):
    out = _child("dataset", "")
    assert "CLEAN" in out and "not a regular file" in out, out


def test_a_dataset_at_dev_zero_is_refused_by_the_licence_gates_digest(folder):
    out = _child("license", "/dev/zero")
    assert "CLEAN" in out and "not a regular file" in out, out
