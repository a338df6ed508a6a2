"""The memorisation gate in a run: the demo's models, with canaries inserted once (and four times), pass; the
canaries went into the SFT stage in memory only; nothing the probe compared is in the run folder."""

from __future__ import annotations

import re

import pytest

from governed_tuning.demo import FIRST, LAST, synthetic_records
from governed_tuning.gates.memorisation.evidence import MemorisationEvidence


def planted_values() -> set[str]:
    """The demo's planted PII: every email, phone number and full name in its raw records. (Not every pairing of
    the demo's first and last names: Faker's common names make "James Smith" a likely fake for someone; a fake
    is only a leak when it is a person the data holds, and those the surrogates never take.)"""
    vals = set()
    for r in synthetic_records():
        vals |= set(re.findall(r"[\w.]+@example\.com|\+1 415-555-\d+", r["prompt"]))
        vals |= {f"{first} {last}" for first in FIRST for last in LAST if f"{first} {last}" in r["prompt"]}
    return vals


@pytest.mark.slow
def test_the_demo_models_pass_the_memorisation_gate(demo_reports):
    rec = demo_reports.record
    runs = {g.scope: g for g in rec.gates if g.result.gate == "memorisation"}
    assert set(runs) == {"model sft", "model rl"}  # every trained language model, not the reward model
    for scope, g in runs.items():
        assert g.result.verdict == "pass", g.result.reasons
        ev = g.result.evidence_as(MemorisationEvidence)
        x = ev.exposure
        assert x.inserted_into == ["sft"] and x.records_added == 5  # x1 and x4 canaries
        assert [c.repetitions for c in x.canaries] == [1, 4] and x.judged_exposure <= x.max_exposure
        assert x.candidates == 4096 and not x.enumerated
        probed = {p.dataset: p for p in ev.probes}
        sft = probed["support-chats (stage sft)"]
        assert sft.spans_probed == sft.spans_removed > 0 and sft.reproduced == 0
        assert {"EMAIL_ADDRESS", "PERSON", "PHONE_NUMBER"} <= set(sft.by_kind)
        assert [a.role for a in g.artefacts] == ["evidence", "chart"]
        assert (demo_reports.run_dir / g.artefacts[1].path).read_bytes()[:4] == b"\x89PNG"
    sft_stage = next(s for s in rec.stages if s.name == "sft")
    assert sft_stage.metrics["canary_records_added"] == 5
    assert "canary_records_added" not in next(s for s in rec.stages if s.name == "rl").metrics
    assert not [r for r in rec.release_reasons if "memorisation" in r]  # whatever the other gates said


@pytest.mark.slow
def test_nothing_the_probe_compares_and_no_canary_is_on_disk(demo_reports):
    vals = planted_values()
    canary = re.compile(rb"my account number is \d")
    files = [p for p in demo_reports.run_dir.rglob("*") if p.is_file()]
    assert len(files) > 10
    for p in files:
        body = p.read_bytes()
        assert not canary.search(body), p
        leaked = [v for v in vals if v.encode() in body]
        assert not leaked, (p, len(leaked))
    # the scrubbed copy the SFT stage read is the PII gate's output, record for record: no canary in it
    copy = demo_reports.run_dir / "data/sft/support-chats.jsonl"
    assert len(copy.read_text().splitlines()) == len(synthetic_records())


@pytest.mark.slow
def test_the_report_and_the_dashboard_show_the_gate_and_its_scope(demo_reports, monkeypatch):
    html = (demo_reports.run_dir / "report.html").read_text()
    assert "memorisation gate" in html and "Canary exposure" in html and "Extraction probe" in html
    assert "not a proof of anonymity" in html and "95% upper bound" in html

    import os
    from pathlib import Path

    from streamlit.testing.v1 import AppTest

    from governed_tuning.dashboard import settings

    reports = demo_reports.run_dir.parent
    monkeypatch.setenv(settings.REPORTS_ENV, str(reports))
    monkeypatch.setenv(settings.PUBKEYS_ENV, os.pathsep.join(str(p) for p in (reports.parent / "work").rglob("*.pub")))
    app = Path(__file__).resolve().parents[2] / "governed_tuning" / "dashboard" / "app.py"
    at = AppTest.from_file(str(app), default_timeout=60).run()
    at.query_params.update(run=demo_reports.record.run_id)
    at.switch_page("pages/run.py").run()
    assert not at.exception, [e.value for e in at.exception]
    shown = "\n".join(str(e.value) for e in [*at.caption, *at.text]).replace("\\", "")  # captions escape punctuation
    assert "canary exposure" in shown and "extraction probe: support-chats (stage sft)" in shown
    assert "not a proof of anonymity" in shown
