"""The governance block: strict, every field documented, and the missing required fields named in order."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from governed_tuning.governance import (
    CORE_FIELDS,
    Governance,
    RegulatoryPolicy,
    describe_missing,
    missing_fields,
    regulatory_policy,
)

FULL = {"purpose": "fine-tune a support assistant", "lawful_basis": "legitimate_interests",
        "legitimate_interests_assessment": "LIA-2026-07", "original_purpose": "answering support requests",
        "compatibility_assessment": "DOC-COMPAT-12", "controller": "Acme Support GmbH",
        "contact": "privacy@acme.example", "data_subject_categories": ["customers", "support agents"],
        "retention": "scrubbed copies: 90 days after release", "dpia": "DPIA-2026-03",
        "key_custodian": "Data Platform team (HSM)"}


def test_every_field_is_documented_and_unknown_keys_are_refused():
    assert all(f.description for f in Governance.model_fields.values())
    assert all(f.description for f in RegulatoryPolicy.model_fields.values())
    with pytest.raises(ValidationError, match="extra"):
        Governance.model_validate({**FULL, "purpouse": "typo"})
    with pytest.raises(ValidationError, match="lawful_basis"):
        Governance.model_validate({"lawful_basis": "because"})


def test_missing_fields_names_each_required_field_absent_or_empty():
    assert missing_fields(None, CORE_FIELDS) == list(CORE_FIELDS)
    assert missing_fields(Governance.model_validate(FULL), CORE_FIELDS) == []
    partial = {k: v for k, v in FULL.items() if k not in ("dpia", "data_subject_categories")}
    assert missing_fields(partial, CORE_FIELDS) == ["data_subject_categories", "dpia"]
    assert missing_fields(partial, ["purpose"]) == []  # only what the policy requires


def test_conditional_fields_legitimate_interests_and_special_categories():
    no_lia = {k: v for k, v in FULL.items() if k != "legitimate_interests_assessment"}
    assert missing_fields(no_lia, CORE_FIELDS) == ["legitimate_interests_assessment"]
    assert missing_fields(FULL, CORE_FIELDS, special_categories_remain=True) == ["special_categories_condition"]
    ok = {**FULL, "special_categories_condition": "explicit_consent"}
    assert missing_fields(ok, CORE_FIELDS, special_categories_remain=True) == []
    assert "dpia (GDPR Art. 35)" in describe_missing(["dpia"])


def test_regulatory_policy_defaults_to_no_jurisdiction():
    assert regulatory_policy({}).jurisdictions == []
    pol = regulatory_policy({"regulatory": {"jurisdictions": ["EU"], "required_governance": ["dpia"]}})
    assert pol.jurisdictions == ["EU"] and pol.required_governance == ["dpia"]
    with pytest.raises(ValidationError):
        regulatory_policy({"regulatory": {"jurisdictions": ["Mars"]}})
