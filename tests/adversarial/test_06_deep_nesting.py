"""Item 6: deeply nested JSON in an envelope, report.json, a ledger line or the checkpoint raised RecursionError
in verify and hid every run on the dashboard."""

from __future__ import annotations

import pytest
from adversaries import RUN_IDS, app_file, codes
from streamlit.testing.v1 import AppTest

from governed_tuning.audit.verify import verify_ledger, verify_run

DEEP = b"[" * 200_000 + b"]" * 200_000
DEEP_SMALL = b"[" * 5_000 + b"]" * 5_000  # under every size limit, still past Python's recursion limit


def test_a_deeply_nested_envelope_is_a_named_failure(folder):
    (folder.run(0) / "report.dsse.json").write_bytes(DEEP)
    result = verify_run(folder.run(0), folder.pub)
    assert not result.ok and codes(result) == {"malformed_json"}
    assert "nested" in result.failures[0].message


def test_a_deeply_nested_report_json_is_a_named_failure(folder):
    (folder.run(0) / "report.json").write_bytes(b'{"a": ' + DEEP + b"}")
    result = verify_run(folder.run(0), folder.pub)
    assert not result.ok and "report_mismatch" in codes(result)


@pytest.mark.parametrize("target", ["ledger", "checkpoint"])
def test_a_deeply_nested_ledger_line_or_checkpoint_is_a_named_failure(folder, target):
    if target == "ledger":
        with open(folder.ledger, "ab") as f:
            f.write(DEEP_SMALL + b"\n")
    else:
        folder.checkpoint.write_bytes(DEEP_SMALL)
    result = verify_ledger(folder.ledger, folder.pub)
    assert not result.ok and codes(result) <= {"ledger_break", "malformed_json", "malformed_envelope"}
    assert any("nested deeper" in f.message for f in result.failures)


def test_one_deeply_nested_run_does_not_hide_the_others_on_the_dashboard(folder, dashboard_env):
    (folder.run(0) / "report.json").write_bytes(b'{"a": ' + DEEP + b"}")
    dashboard_env(folder.reports, [folder.pub])
    at = AppTest.from_file(str(app_file()), default_timeout=60).run()
    assert not at.exception, [str(e.value)[:300] for e in at.exception]
    df = at.dataframe[0].value
    assert set(df["run_id"]) == set(RUN_IDS[:2])
    at.switch_page("pages/ledger.py").run()
    assert not at.exception, [str(e.value)[:300] for e in at.exception]


@pytest.mark.timeout(20)
def test_the_depth_check_itself_is_linear_on_a_run_of_escaped_quotes(folder):
    """Found by hand against the first version of the check: an unterminated string of escaped quotes made the
    string-blanking regex restart at every quote (quadratic: 32,000 of them took 16 s)."""
    evil = b"[" * 70 + b'"' + b'\\"' * 400_000
    (folder.run(0) / "report.dsse.json").write_bytes(evil)
    result = verify_run(folder.run(0), folder.pub)
    assert not result.ok and codes(result) == {"malformed_json"}


def test_an_envelope_stuffed_with_signatures_is_refused_before_checking_them(folder):
    """Found by hand: 50,000 bogus signatures in front of the real one were each tried (seconds of ECDSA)."""
    import base64
    import json

    env_path = folder.run(0) / "report.dsse.json"
    env = json.loads(env_path.read_bytes())
    env["signatures"] = [{"keyid": "x", "sig": base64.b64encode(b"0" * 70).decode()}] * 1000 + env["signatures"]
    env_path.write_text(json.dumps(env))
    result = verify_run(folder.run(0), folder.pub)
    assert codes(result) == {"malformed_envelope"} and "1001 signatures" in result.failures[0].message
