"""Item 4: deleting the envelope of a ledger-recorded run and forging report.json showed an orange "unsigned"."""

from __future__ import annotations

import json

from adversaries import RUN_IDS, app_file
from streamlit.testing.v1 import AppTest


def _forge(folder):
    run = folder.run(0)
    (run / "report.dsse.json").unlink()
    report = json.loads((run / "report.json").read_bytes())
    report["record"]["releasable"] = True
    report["summary"]["verdict"] = "releasable"
    (run / "report.json").write_text(json.dumps(report))


def test_a_ledger_recorded_run_without_its_envelope_is_invalid_on_the_dashboard(folder, dashboard_env):
    _forge(folder)
    dashboard_env(folder.reports, [folder.pub])
    at = AppTest.from_file(str(app_file()), default_timeout=60).run()
    assert not at.exception, [e.value for e in at.exception]
    df = at.dataframe[0].value
    states = dict(zip(df["run_id"], df["signature_state"]))
    assert states[RUN_IDS[0]] == "invalid"
    assert any(RUN_IDS[0] in str(e.value) for e in at.error)  # the red banner names it


def test_a_ledger_recorded_run_without_its_envelope_is_invalid_even_without_a_trusted_key(folder, dashboard_env):
    """No key is needed to see that the ledger records a signature the folder no longer has."""
    _forge(folder)
    dashboard_env(folder.reports, [])
    at = AppTest.from_file(str(app_file()), default_timeout=60).run()
    assert not at.exception, [e.value for e in at.exception]
    df = at.dataframe[0].value
    assert dict(zip(df["run_id"], df["signature_state"]))[RUN_IDS[0]] == "invalid"
