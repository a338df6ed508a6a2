"""The regulatory section: provisions by the policy's jurisdictions, evidence or 'not evidenced', never 'met'."""

from __future__ import annotations

import pytest
from audit_fixtures import lay_out, make_record

from governed_tuning.audit.regulatory import SPECIAL_CATEGORIES, regulatory_section, release_blockers
from governed_tuning.gates.base import GateResult
from governed_tuning.governance import CORE_FIELDS
from governed_tuning.record import GateRun

GOV = {"purpose": "fine-tune a support assistant", "lawful_basis": "contract",
       "original_purpose": "answering support requests", "compatibility_assessment": "DOC-COMPAT-12",
       "controller": "Acme Support GmbH", "contact": "privacy@acme.example",
       "data_subject_categories": ["customers"], "retention": "90 days after release", "dpia": "DPIA-2026-03",
       "key_custodian": "Data Platform team"}
EU = {"jurisdictions": ["EU"], "required_governance": list(CORE_FIELDS)}
CA = {"jurisdictions": ["US-CA"]}


def _record(tmp_path, regulatory, governance=None, *, entities=None, **kw):
    run = lay_out(tmp_path / "reports", "20261128T100000Z-aaaaaa")
    rec = make_record(run, **kw)
    rec.policy.document["regulatory"] = regulatory
    if entities is not None:
        rec.policy.document["pii"]["entities"] = entities
    if governance is not None:
        rec.config["governance"] = governance
    return rec


def _rows(section):
    return {(p.framework, p.provision): p for p in section.provisions}


def test_no_jurisdiction_maps_no_provision_but_keeps_the_attestation_block(tmp_path):
    s = regulatory_section(_record(tmp_path, {}), signed=True)
    assert s.provisions == [] and s.jurisdictions == []
    assert {a.field for a in s.attestation} >= set(CORE_FIELDS) and not any(a.required for a in s.attestation)


def test_eu_rows_cite_the_right_provisions_and_never_say_met(tmp_path):
    ents = {"PERSON": {"action": "pseudonymize"}, "EMAIL_ADDRESS": {"action": "placeholder"},
            **{t: {"action": "placeholder"} for t in SPECIAL_CATEGORIES}}
    s = regulatory_section(_record(tmp_path, EU, GOV, entities=ents), signed=True)
    rows = _rows(s)
    assert rows[("GDPR", "Art. 9")].status == "evidence_supplied"
    assert {p for _, p in rows} == {"Art. 5(1)(c)", "Art. 25", "Art. 32", "Art. 9", "Art. 30",
                                    "Art. 11, Annex IV 2(b)-(c)", "Art. 18", "Annex IV 2(d)", "Art. 10(2)",
                                    "Art. 53(1)(c)", "Art. 53(1)(d)"}
    assert not any("Art. 12" in p for _, p in rows)  # event logs of a deployed system, not training records
    assert {r.status for r in rows.values()} <= {"evidence_supplied", "not_evidenced"}
    assert rows[("GDPR", "Art. 25")].status == "evidence_supplied"
    assert any("PERSON 1" in line for line in rows[("GDPR", "Art. 25")].evidence)
    # keyed pseudonyms are an Art. 32 measure, not minimisation
    assert any("HMAC" in line for line in rows[("GDPR", "Art. 32")].evidence)
    assert any("not minimisation" in x for x in rows[("GDPR", "Art. 5(1)(c)")].limits)
    # Annex IV 2(d) needs more than licence, hash and one cleaning step
    d = rows[("EU AI Act", "Annex IV 2(d)")]
    assert d.status == "not_evidenced" and d.evidence and any("labelling" in m for m in d.missing)
    assert rows[("GDPR", "Art. 30")].status == "evidence_supplied"
    assert s.missing_governance == [] and "Pseudonymised personal data" in s.data_status


def test_art30_is_not_evidenced_by_a_signature_alone(tmp_path):
    rows = _rows(regulatory_section(_record(tmp_path, EU), signed=True))
    art30 = rows[("GDPR", "Art. 30")]
    assert art30.status == "not_evidenced"
    assert any(m.startswith("controller not declared") for m in art30.missing)
    assert any("a signature proves who signed" in x for x in art30.limits)


def test_gdpr_without_governance_blocks_release_naming_every_missing_field(tmp_path):
    rec = _record(tmp_path, EU)
    s = regulatory_section(rec, signed=True)
    assert s.missing_governance == [*CORE_FIELDS, "special_categories_condition"]  # the policy leaves them in
    (reason,) = release_blockers(rec)
    assert all(f in reason for f in CORE_FIELDS) and "GDPR Art. 35" in reason
    assert all(a.required for a in s.attestation if a.field in CORE_FIELDS)


@pytest.mark.parametrize("kw", [{"status": "blocked", "fairness": "fail"}, {"status": "failed", "error": True}])
def test_blocked_and_failed_runs_say_so_and_rows_on_a_failed_gate_are_not_evidenced(tmp_path, kw):
    rec = _record(tmp_path, {"jurisdictions": ["EU", "US-CA"]}, GOV, **kw)
    rec.gates[0] = GateRun(scope="stage sft", result=GateResult(gate="pii", verdict="fail", reasons=["residual"],
                                                                evidence={"counts_by_type": {"PERSON": 3},
                                                                          "residual": 2}))
    s = regulatory_section(rec, signed=True)
    assert ("BLOCKED" if kw["status"] == "blocked" else "FAILED") in s.outcome
    rows = _rows(s)
    for key in (("GDPR", "Art. 25"), ("GDPR", "Art. 5(1)(c)"), ("CCPA", "Cal. Civ. Code 1798.140(aa)")):
        assert rows[key].status == "not_evidenced"
        assert "the PII gate did not pass on stage sft" in rows[key].missing
    assert "met" not in {r.status for r in s.provisions}


def test_ccpa_deidentified_only_with_both_references_and_no_consistent_tokens(tmp_path):
    refs = {"public_commitment": "https://acme.example/deid", "contractual_clause": "MSA s.14.2"}
    key = ("CCPA", "Cal. Civ. Code 1798.140(m)")
    plain = _rows(regulatory_section(_record(tmp_path / "a", CA), signed=True))[key]
    assert plain.status == "not_evidenced" and any("(m)(2)" in m for m in plain.missing)
    tokens = _rows(regulatory_section(_record(tmp_path / "b", {**CA, "deidentification": refs}), True))[key]
    assert tokens.status == "not_evidenced" and any("1798.140(aj)" in m for m in tokens.missing)
    removed = _rows(regulatory_section(_record(tmp_path / "c", {**CA, "deidentification": refs},
                                               entities={"PERSON": {"action": "placeholder"}}), True))
    assert removed[key].status == "evidence_supplied" and any("MSA s.14.2" in e for e in removed[key].evidence)
    assert removed[("California AB 2013", "Cal. Civ. Code 3110-3111")].status == "not_evidenced"
