"""report.html: verdict first, gates with reasons, inline charts, licence table, digests, and everything escaped."""

from __future__ import annotations

import re

from audit_fixtures import XSS, lay_out, make_record

from governed_tuning.audit.report import write_report


def test_the_page_is_self_contained_and_leads_with_the_verdict(signed):
    page = (signed.run / "report.html").read_text()
    assert page.index("RELEASABLE") < page.index("<h2>Gates</h2>") < page.index("Artefacts and their digests")
    assert "<svg" in page and "Fairness: outcome by group" in page and "PII found by type" in page
    assert "Licence table" in page and "CC-BY-4.0" in page
    assert "Largest allowed gap between groups: 0.100" in page and "Stage sft: loss by logged step" in page
    assert "governed-tuning verify reports/20261128T100000Z-aaaaaa --pubkey signing.pub" in page
    assert "model_signing verify key models/sft" in page
    assert not re.search(r"<script|<link|src=\"http|href=\"http", page, re.I)  # nothing loaded from elsewhere


def test_text_from_data_and_users_is_escaped(tmp_path, keypairs):
    (key, _), _ = keypairs
    run = lay_out(tmp_path / "reports", "20261128T100000Z-eeeeee")
    record = make_record(run, status="blocked", fairness="fail", reason=XSS)
    record.user = XSS
    pii, fairness = record.gates[0].result, record.gates[2].result
    pii.evidence = pii.evidence.model_copy(update={"counts_by_type": {XSS: 3}})
    fairness.evidence = type(fairness.evidence).model_validate(
        {"by_group": {XSS: {"n": 20, "rate": 0.2}, "b": {"n": 20, "rate": 0.6}}})
    write_report(run, record, key)
    page = (run / "report.html").read_text()
    assert "BLOCKED" in page
    assert "<script" not in page and "<img" not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page
