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


def test_the_engine_that_did_the_work_is_named_when_it_was_ray(tmp_path, keypairs):
    """A copy scrubbed on Ray is a folder of shards: the page says which engine, on what, and where the shards'
    digests are; the local engine (no `engine` in the evidence) adds nothing."""
    (key, _), _ = keypairs
    run = lay_out(tmp_path / "reports", "20261128T100000Z-ffffff")
    record = make_record(run)
    pii = record.gates[0].result
    pii.evidence = pii.evidence.model_copy(update={"engine": type(pii.evidence).model_validate({"engine": {
        "name": "ray", "workers": 3, "cluster": {"address_kind": "cluster", "nodes": 2, "cpus": 16, "gpus": 0,
                                                 "ray": "2.60.0"},
        "shards": [{"name": "part-000000000000.jsonl", "records": 5, "sha256": "ab" * 32}]}}).engine})
    write_report(run, record, key)
    page = (run / "report.html").read_text()
    assert ("Scrubbed and re-scanned by the ray engine: 3 worker(s) on a cluster Ray of 2 node(s), 16 CPU(s), "
            "0 GPU(s), Ray 2.60.0; 1 shard(s)") in page
    assert "Outputs generated and scored by" not in page
