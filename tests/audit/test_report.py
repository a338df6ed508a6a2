"""write_report: the versioned report, its statement's subjects, blocked and crashed runs, and no PII."""

from __future__ import annotations

import base64
import json

import pytest
from audit_fixtures import PLANTED, lay_out, make_record

from governed_tuning.audit.report import REPORT_VERSION, Report, run_files, write_report
from governed_tuning.audit.verify import verify_run
from governed_tuning.digest import sha256_file
from governed_tuning.policy import load_policy
from governed_tuning.record import PolicyRef


def _statement(run) -> dict:
    env = json.loads((run / "report.dsse.json").read_bytes())
    return json.loads(base64.b64decode(env["payload"]))


def test_report_json_is_the_versioned_report_and_the_signed_predicate(signed):
    doc = json.loads((signed.run / "report.json").read_bytes())
    report = Report.model_validate(doc)
    assert report.report_version == REPORT_VERSION and report.record == signed.record
    assert report.summary.verdict == "releasable" and report.signing.signed
    assert report.signing.model_signatures == ["models/sft/model.sig"]
    st = _statement(signed.run)
    assert st["_type"] == "https://in-toto.io/Statement/v1" and st["predicate"] == doc
    assert st["predicateType"] == report.signing.predicate_type


def test_every_file_of_the_run_folder_is_a_subject_with_its_sha256(signed):
    subjects = {s["name"]: s["digest"]["sha256"] for s in _statement(signed.run)["subject"]}
    assert set(subjects) == set(run_files(signed.run))
    for must in ("report.json", "report.html", "run.json", "data/sft/train.jsonl", "models/sft/model.safetensors",
                 "models/sft/config.json", "models/sft/model.sig", "gates/model/fairness.json", "bom.cdx.json"):
        assert subjects[must] == sha256_file(signed.run / must)
    roles = {a.path: a.role for a in Report.model_validate_json((signed.run / "report.json").read_bytes()).artefacts}
    assert roles["data/sft/train.jsonl"] == "scrubbed_dataset" and roles["models/sft/model.safetensors"] == "model_file"
    assert roles["models/sft/model.sig"] == "model_signature" and roles["bom.cdx.json"] == "bom"


GOV = {"purpose": "fine-tune a support assistant", "lawful_basis": "contract",
       "original_purpose": "answering support requests", "compatibility_assessment": "DOC-COMPAT-12",
       "controller": "Acme Support GmbH", "contact": "privacy@acme.example", "data_subject_categories": ["customers"],
       "retention": "90 days after release", "dpia": "DPIA-2026-03", "key_custodian": "Data Platform team"}
FRAMEWORKS = {"default": set(), "gdpr": {"GDPR", "EU AI Act"}, "ccpa": {"CCPA", "California AB 2013"}}


def _under(record, name, governance=GOV):
    lp = load_policy(name)
    record.policy = PolicyRef(name=name, path=lp.path, sha256=lp.sha256, document=lp.policy.model_dump(mode="json"))
    record.config = {**record.config, **({"governance": governance} if governance is not None else {})}
    return record


@pytest.mark.parametrize("name", ["default", "gdpr", "ccpa"])
def test_the_regulatory_section_under_each_shipped_policy(tmp_path, keypairs, name):
    (key, pub), _ = keypairs
    run = lay_out(tmp_path / "reports", "20261128T100000Z-aaaaaa")
    write_report(run, _under(make_record(run), name), key)
    report = Report.model_validate_json((run / "report.json").read_bytes())
    reg = report.regulatory
    assert reg.jurisdictions == {"default": [], "gdpr": ["EU"], "ccpa": ["US-CA"]}[name]
    assert {p.framework for p in reg.provisions} == FRAMEWORKS[name]
    assert {p.status for p in reg.provisions} <= {"evidence_supplied", "not_evidenced"}
    assert all(p.evidence or p.missing for p in reg.provisions)
    assert reg.missing_governance == [] and report.summary.verdict == "releasable"
    assert reg.attestation and all(a.declared for a in reg.attestation if a.field in GOV)
    assert "pseudonymised" in reg.data_status.lower() and "deidentified" not in reg.data_status.replace(
        "(CCPA 1798.140(m))", "")
    html = (run / "report.html").read_text()
    assert "Attestation: what only people can decide" in html and ">met<" not in html
    assert verify_run(run, pub).ok


def test_gdpr_report_without_governance_is_not_releasable_and_names_the_missing_fields(tmp_path, keypairs):
    (key, _), _ = keypairs
    run = lay_out(tmp_path / "reports", "20261128T100000Z-aaaaaa")
    write_report(run, _under(make_record(run), "gdpr", governance=None), key)
    report = Report.model_validate_json((run / "report.json").read_bytes())
    assert report.summary.verdict == "blocked"
    (reason,) = [r for r in report.summary.reasons if r.startswith("governance:")]
    for f in ("purpose", "lawful_basis", "original_purpose", "compatibility_assessment", "controller", "contact",
              "data_subject_categories", "retention", "dpia", "key_custodian"):
        assert f in reason and f in report.regulatory.missing_governance
    assert "Missing governance facts (release is blocked)" in (run / "report.html").read_text()


def test_blocked_and_crashed_runs_are_signed_too(tmp_path, keypairs):
    (key, pub), _ = keypairs
    reports = tmp_path / "reports"
    blocked = lay_out(reports, "20261128T100000Z-bbbbbb")
    write_report(blocked, _under(make_record(blocked, status="blocked", fairness="fail", reason="gap 0.3 > 0.1"),
                                 "gdpr"), key)
    crashed = lay_out(reports, "20261128T110000Z-cccccc")
    write_report(crashed, _under(make_record(crashed, status="failed", error=True), "ccpa"), key)
    for run, verdict in ((blocked, "blocked"), (crashed, "failed")):
        report = Report.model_validate_json((run / "report.json").read_bytes())
        assert report.summary.verdict == verdict and not report.record.releasable
        assert verify_run(run, pub).ok
    assert any("gap 0.3 > 0.1" in r for r in Report.model_validate_json(
        (blocked / "report.json").read_bytes()).summary.reasons)
    for run in (blocked, crashed):  # no row of a blocked or failed run reads as a claim
        reg = Report.model_validate_json((run / "report.json").read_bytes()).regulatory
        assert reg.provisions and "met" not in {p.status for p in reg.provisions}
        assert ("BLOCKED" if run is blocked else "FAILED") in reg.outcome


def test_without_a_key_the_report_is_written_unsigned_and_not_filed(tmp_path):
    reports = tmp_path / "reports"
    run = lay_out(reports, "20261128T100000Z-dddddd")
    path = write_report(run, make_record(run))
    report = Report.model_validate_json(path.read_bytes())
    assert not report.signing.signed and report.signing.key_id is None
    assert not (run / "report.dsse.json").exists() and not (reports / "ledger.jsonl").exists()
    assert not (run / "models" / "sft" / "model.sig").exists()
    assert "NOT SIGNED" in (run / "report.html").read_text()
    assert report.regulatory.provisions == []  # the fixture's policy names no jurisdiction


def test_a_pii_value_planted_in_the_raw_data_appears_nowhere_in_reports(signed, tmp_path):
    assert PLANTED in (tmp_path / "raw" / "train.jsonl").read_text()  # it was there, outside reports/
    needles = [PLANTED.encode(), PLANTED.split(",")[0].encode(), b"zq.vasquez@example.org", b"Quarrington"]
    files = [p for p in signed.reports.rglob("*") if p.is_file()]
    assert len(files) > 10
    for p in files:
        data = p.read_bytes()
        blobs = [data]
        if p.name.endswith(".dsse.json"):  # the signed payload is base64: look inside it too
            blobs.append(base64.b64decode(json.loads(data)["payload"]))
        for blob in blobs:
            assert not any(n in blob for n in needles), p


def test_an_encrypted_key_signs_with_the_passphrase_run_py_passes_as_bytes(tmp_path):
    from governed_tuning.audit.keys import KeyFileError, generate_keypair

    key, pub = generate_keypair(tmp_path / "k", passphrase="s3cret")
    run = lay_out(tmp_path / "reports", "20261128T100000Z-ffffff")
    with pytest.raises(KeyFileError, match="signing.key"):
        write_report(run, make_record(run), key)
    assert not (run / "report.json").exists()  # refused before anything was written
    write_report(run, make_record(run), key, passphrase=b"s3cret")
    assert verify_run(run, pub).ok
