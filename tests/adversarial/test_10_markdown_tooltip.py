"""Item 10: a gate name from an unsigned report reached a column tooltip that Streamlit renders as Markdown."""

from __future__ import annotations

import json

from adversaries import RUN_IDS, app_file, lay_out, record
from streamlit.testing.v1 import AppTest

HOSTILE = "pii](https://evil.example/x) **click** ![i](https://evil.example/p.png)"


def test_a_hostile_gate_name_reaches_no_tooltip_as_markdown(tmp_path, dashboard_env):
    reports = tmp_path / "reports"
    run = lay_out(reports, RUN_IDS[0])
    rec = record(RUN_IDS[0], gate=HOSTILE)
    (run / "report.json").write_text(json.dumps({"report_version": "1", "record": rec.model_dump(mode="json")}))
    dashboard_env(reports, [])
    at = AppTest.from_file(str(app_file()), default_timeout=60).run()
    assert not at.exception, [e.value for e in at.exception]
    proto = at.dataframe[0].proto
    config = json.loads(proto.columns) if getattr(proto, "columns", "") else {}
    helps = [c.get("help", "") for c in config.values() if isinstance(c, dict)]
    assert helps, "the gate column has a tooltip"
    for h in helps:
        assert "](" not in h and "**" not in h and "![" not in h, h
