"""Each dashboard page under Streamlit's AppTest: a folder of runs, an empty one, broken runs, hostile text."""

from __future__ import annotations

import io
import json
import os
import zipfile
from datetime import date
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from governed_tuning.dashboard import settings
from governed_tuning.documents import KINDS

PAGES = ["pages/runs.py", "pages/run.py", "pages/compare.py", "pages/ledger.py", "pages/verify.py"]


def _tree(folder: Path) -> dict[str, tuple[int, int, bytes]]:
    return {str(p.relative_to(folder)): (p.stat().st_size, p.stat().st_mtime_ns, p.read_bytes())
            for p in sorted(folder.rglob("*")) if p.is_file()}


def _app(monkeypatch, reports: Path, pubkeys: list[Path] = ()) -> AppTest:
    monkeypatch.setenv(settings.REPORTS_ENV, str(reports))
    monkeypatch.setenv(settings.PUBKEYS_ENV, os.pathsep.join(str(k) for k in pubkeys))
    return AppTest.from_file(str(Path(__file__).resolve().parents[2] / "governed_tuning" / "dashboard" / "app.py"), default_timeout=30)


def _page(at: AppTest, page: str, **query: str) -> AppTest:
    at.query_params.update(query)
    at.switch_page(page).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def _texts(at: AppTest) -> str:
    parts = [e.value for e in at.text] + [e.value for e in at.error] + [e.value for e in at.warning] + \
            [e.value for e in at.info] + [e.value for e in at.success] + [e.value for e in at.caption]
    return "\n".join(str(p) for p in parts)


@pytest.fixture
def two_runs(tmp_path, runs) -> Path:
    reports = tmp_path / "reports"
    runs.write_run(reports, runs.make_record("20261128T100000Z-aaaaaa"))
    runs.write_run(reports, runs.make_record("20261128T110000Z-bbbbbb", fairness="fail", reason=runs.XSS,
                                             model="other-model", loss=(2.0, 1.0, 0.5), policy_limit=0.05))
    return reports


def test_runs_page_lists_runs_newest_first_with_verdicts(monkeypatch, two_runs):
    at = _app(monkeypatch, two_runs).run()
    assert not at.exception
    df = at.dataframe[0].value
    assert list(df["run_id"]) == ["20261128T110000Z-bbbbbb", "20261128T100000Z-aaaaaa"]
    assert list(df["gate:fairness"]) == ["fail", "pass"]
    assert list(df["status"]) == ["blocked", "completed"]
    assert list(df["base_model"]) == ["other-model", "tiny-gpt2"]
    assert set(df["signature_state"]) == {"unsigned"}


def test_runs_page_filters_by_verdict_and_model(monkeypatch, two_runs):
    at = _app(monkeypatch, two_runs).run()
    at.multiselect(key="f_verdict").set_value(["fail"]).run()
    assert list(at.dataframe[0].value["run_id"]) == ["20261128T110000Z-bbbbbb"]
    at.multiselect(key="f_verdict").set_value([]).run()
    at.multiselect(key="f_model").set_value(["tiny-gpt2"]).run()
    assert list(at.dataframe[0].value["run_id"]) == ["20261128T100000Z-aaaaaa"]
    at.multiselect(key="f_model").set_value([]).run()
    at.date_input(key="f_dates").set_value((date(2026, 11, 29), date(2026, 11, 30))).run()
    assert len(at.dataframe[0].value) == 0
    at.date_input(key="f_dates").set_value((date(2026, 11, 28), date(2026, 11, 28))).run()
    assert len(at.dataframe[0].value) == 2


def test_empty_and_missing_reports_folders_give_a_message_on_every_page(monkeypatch, tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    at = _app(monkeypatch, empty).run()
    assert "No runs yet" in at.info[0].value
    for page in PAGES[1:]:
        _page(at, page)
    missing = _app(monkeypatch, tmp_path / "missing").run()
    assert not missing.exception and "does not exist" in missing.error[0].value
    for page in PAGES[1:4]:
        assert "does not exist" in _page(missing, page).error[0].value


def test_run_page_shows_gates_curves_artefacts_and_renders_report_text_as_text(monkeypatch, two_runs, runs):
    at = _page(_app(monkeypatch, two_runs).run(), "pages/run.py", run="20261128T110000Z-bbbbbb")
    text = _texts(at)
    assert "fairness gate — model" in text and "pii gate — dataset sft" in text
    assert "UNSIGNED" in text
    # the hostile reason arrives as a plain-text element, and never in anything rendered as Markdown/HTML
    assert f"• {runs.XSS}" in [t.value for t in at.text]
    assert not any("<img" in str(m.value) for m in at.markdown)
    artefacts = [d.value for d in at.dataframe if {"path", "role", "sha256"} <= set(d.value.columns)]
    assert artefacts and "models/sft/model.safetensors" in set(artefacts[0]["path"])
    licences = [d.value for d in at.dataframe if "obligations" in d.value.columns]
    assert licences[0].iloc[0]["obligations"] == "attribution CC-BY-4.0: credit the authors"
    pii = [d.value for d in at.dataframe if list(d.value.columns) == ["key", "count"]]
    assert {"EMAIL_ADDRESS": 2, "PERSON": 1} in [dict(zip(t["key"], t["count"])) for t in pii]
    assert len(at.get("vega_lite_chart")) == 3  # fairness by group, fairness gaps vs limits, training curves
    groups = [d.value for d in at.dataframe if {"group", "ci_low", "ci_high", "n"} <= set(d.value.columns)]
    assert list(groups[0]["group"]) == ["a", "b"]
    labels = [b.label for b in at.get("download_button")]
    assert [x for x in labels if x.split(".")[0] not in KINDS] == ["report.json"]
    # the run predates the regulatory documents: each is generated from its report, and labelled unsigned
    assert "eu-summary.md (generated now, not signed)" in labels and len(labels) == 1 + 2 * len(KINDS)


def test_half_written_and_corrupt_runs_are_explained_not_raised(monkeypatch, two_runs):
    half = two_runs / "20261128T120000Z-cccccc"
    half.mkdir()
    (half / "run.json").write_text("{}")
    corrupt = two_runs / "20261128T130000Z-dddddd"
    corrupt.mkdir()
    (corrupt / "report.json").write_bytes(b'{"record": \x00')
    at = _app(monkeypatch, two_runs).run()
    df = at.dataframe[0].value
    problems = dict(zip(df["run_id"], df["problem"]))
    assert "No report.json, and run.json does not hold a valid run record" in problems["20261128T120000Z-cccccc"]
    assert "not valid JSON" in problems["20261128T130000Z-dddddd"]
    assert any("cannot be read or are incomplete" in w.value for w in at.warning)
    _page(at, "pages/run.py", run="20261128T130000Z-dddddd")
    assert "not valid JSON" in _texts(at)
    _page(at, "pages/compare.py")
    assert "cannot be shown" in _texts(at)


def test_compare_page_shows_verdict_changes_metric_deltas_and_policy_differences(monkeypatch, two_runs):
    at = _page(_app(monkeypatch, two_runs).run(), "pages/compare.py")
    verdicts, metrics, policy = (d.value for d in at.dataframe)
    row = verdicts[verdicts["what"] == "fairness — model"].iloc[0]
    assert (row["A"], row["B"], bool(row["changed"])) == ("pass", "fail", True)
    loss = metrics[metrics["metric"] == "sft.loss"].iloc[0]
    assert loss["delta (B − A)"] == pytest.approx(0.5 - 1.2)
    assert policy.to_dict("records") == [{"setting": "fairness.max_difference", "A": "0.1", "B": "0.05"}]


def test_ledger_page_reports_unreadable_lines(monkeypatch, two_runs):
    at = _page(_app(monkeypatch, two_runs).run(), "pages/ledger.py")
    assert "No ledger yet" in at.info[0].value
    (two_runs / "ledger.jsonl").write_text('{"seq": 0, "run_id": "20261128T100000Z-aaaaaa"}\nnot json\n')
    _page(at, "pages/ledger.py")
    text = _texts(at)
    assert "ledger.jsonl:2: not valid JSON" in text
    entries = at.dataframe[-1].value
    assert list(entries["run_id"]) == ["20261128T100000Z-aaaaaa"]


def test_verify_page_refuses_an_unsafe_bundle_with_a_clear_message(monkeypatch, two_runs, tmp_path):
    at = _page(_app(monkeypatch, two_runs).run(), "pages/verify.py")
    assert "Upload both" in at.info[0].value
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("../escape/report.json", "{}")
    at.file_uploader(key="bundle").set_value(("run.zip", buf.getvalue(), "application/zip"))
    at.file_uploader(key="pubkey").set_value(("key.pem", b"-----BEGIN PUBLIC KEY-----\n", "application/x-pem-file"))
    at.run()
    assert not at.exception
    assert "unsafe path" in _texts(at)
    assert not (tmp_path / "escape").exists()


def test_no_page_writes_into_the_reports_folder(monkeypatch, two_runs):
    (two_runs / "ledger.jsonl").write_text(json.dumps({"seq": 0}) + "\n")
    before = _tree(two_runs)
    at = _app(monkeypatch, two_runs).run()
    for page in PAGES:
        _page(at, page, run="20261128T100000Z-aaaaaa")
    assert _tree(two_runs) == before


def test_login_is_required_when_oidc_is_configured(monkeypatch, two_runs):
    at = _app(monkeypatch, two_runs)
    at.secrets["auth"] = {"redirect_uri": "http://localhost:8501/oauth2callback", "cookie_secret": "s",
                          "client_id": "id", "client_secret": "secret",
                          "server_metadata_url": "https://login.example.com/.well-known/openid-configuration"}
    at.user = {"is_logged_in": False}
    at.run()
    assert not at.exception
    assert [b.label for b in at.button] == ["Log in"] and not at.dataframe
    at.user = {"is_logged_in": True, "email": "auditor@example.com"}
    at.run()
    assert len(at.dataframe[0].value) == 2


def test_every_page_on_the_reports_folder_the_demo_wrote(monkeypatch, demo_reports):
    reports = Path(demo_reports.run_dir).parent
    pubkeys = sorted(p for p in (reports.parent / "work").rglob("*.pub") if p.is_file())[:1]
    assert pubkeys, "the demo's public key"
    before = _tree(reports)
    at = _app(monkeypatch, reports, pubkeys).run()
    assert not at.exception
    df = at.dataframe[0].value
    assert len(df) >= 1 and (df["problem"] == "").all()
    assert set(df["status"]) <= {"completed", "blocked", "failed"}
    assert set(df["signature_state"]) == {"verified"}
    for page in PAGES[1:]:
        _page(at, page, run=df["run_id"].iloc[0])
    assert _tree(reports) == before



def test_selecting_a_row_opens_that_run(monkeypatch, two_runs):
    at = _app(monkeypatch, two_runs).run()
    at.session_state["runs_table"] = {"selection": {"rows": [1], "columns": [], "cells": []}}
    at.run()
    assert not at.exception
    assert at.query_params.get("run") == "20261128T100000Z-aaaaaa"
    assert at.title[0].value == "Run"


def test_report_text_in_captions_and_badges_is_escaped_markdown(monkeypatch, tmp_path, runs):
    """A caption or badge is Markdown: report text there must stay literal, never a link, image or directive."""
    import re

    hostile = "![x](http://evil.example/t.png) :red[boo]"
    record = runs.make_record("20261128T100000Z-aaaaaa")
    record.gates[2].result.evidence.chart.metric = hostile
    reports = tmp_path / "reports"
    run_dir = runs.write_run(reports, record)
    doc = json.loads((run_dir / "report.json").read_text())
    doc["summary"] = {"verdict": hostile}
    (run_dir / "report.json").write_text(json.dumps(doc))
    # typed evidence (report version 2) has no free keys; a version 1 report can still carry any key
    old = runs.make_record("20261128T090000Z-aaaaaa")
    old_dir = runs.write_run(reports, old)
    doc = json.loads((old_dir / "report.json").read_text())
    doc["report_version"] = "1"
    doc["record"]["gates"][0]["result"]["evidence"][hostile] = {"a": 1}
    (old_dir / "report.json").write_text(json.dumps(doc))
    at = _page(_app(monkeypatch, reports).run(), "pages/run.py", run=record.run_id)
    shown = [str(e.value) for e in [*at.caption, *at.markdown] if "evil" in str(e.value)]
    at = _page(_app(monkeypatch, reports).run(), "pages/run.py", run=old.run_id)
    shown += [str(e.value) for e in [*at.caption, *at.markdown] if "evil" in str(e.value)]
    assert len(shown) >= 3  # the chart's metric, the summary badge and the old report's evidence key
    for value in shown:
        inner = value.split("[", 1)[1].rsplit("]", 1)[0] if value.startswith(":") else value  # st.badge's directive
        assert not re.search(r"(?<!\\)[\[\]()!:]", inner), value
