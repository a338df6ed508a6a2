"""Typed gate evidence: one model per gate, unknown keys refused, only what the gate set is written."""

from __future__ import annotations

import json

import pytest
from pydantic import ValidationError

from governed_tuning.gates.base import LEGACY_EVIDENCE, GateResult, LegacyEvidence
from governed_tuning.gates.fairness.evidence import BbqEvidence, FairnessEvidence
from governed_tuning.gates.license.evidence import LicenseEvidence
from governed_tuning.gates.pii.evidence import PiiEvidence
from governed_tuning.record import read_context


def test_each_gate_gets_its_model_and_a_misspelt_key_is_an_error():
    assert isinstance(GateResult(gate="pii", verdict="pass").evidence, PiiEvidence)
    assert isinstance(GateResult(gate="license", verdict="pass").evidence, LicenseEvidence)
    bbq = GateResult(gate="fairness", verdict="pass", evidence={"suite": "bbq", "n_items": 3}).evidence
    assert isinstance(bbq, BbqEvidence) and bbq.as_dict() == {"suite": "bbq", "n_items": 3}
    with pytest.raises(ValidationError, match="residuals"):
        GateResult(gate="pii", verdict="pass", evidence={"residuals": 0})
    with pytest.raises(ValidationError, match="FairnessEvidence"):
        GateResult(gate="fairness", verdict="pass", evidence=PiiEvidence())
    with pytest.raises(ValidationError, match="no evidence model for gate 'nope'"):
        GateResult(gate="nope", verdict="pass")


def test_only_the_keys_the_gate_set_are_written_in_the_gates_order():
    r = GateResult(gate="fairness", verdict="insufficient", evidence={"n_records": 0})
    assert json.loads(r.model_dump_json())["evidence"] == {"n_records": 0}
    ev = FairnessEvidence.model_validate({"limit": 0.1, "n_records": 4, "by_group": {"a": {"n": 4, "rate": 0.5}}})
    assert list(ev.as_dict()) == ["n_records", "by_group", "limit"]
    assert ev.as_dict()["by_group"] == {"a": {"n": 4, "rate": 0.5}}
    assert ev.by_group["a"].rate == 0.5 and ev.checks == [] and ev.chart is None  # unset reads as its default
    assert ev["limit"] == 0.1 and "checks" not in ev and ev.get("checks") is None
    again = GateResult.model_validate_json(GateResult(gate="fairness", verdict="pass", evidence=ev).model_dump_json())
    assert again.evidence == ev and again.evidence_as(FairnessEvidence).limit == 0.1
    with pytest.raises(TypeError, match="not a PiiEvidence"):
        again.evidence_as(PiiEvidence)


def test_version_1_evidence_is_read_as_written_for_verification():
    old = {"gate": "fairness", "verdict": "pass", "evidence": {"max_difference": 0.1}}
    assert read_context("1") == {LEGACY_EVIDENCE: True} and read_context("2") == {LEGACY_EVIDENCE: False}
    r = GateResult.model_validate(old, context=read_context("1"))
    assert isinstance(r.evidence, LegacyEvidence) and r.model_dump()["evidence"] == {"max_difference": 0.1}
    with pytest.raises(ValidationError):
        GateResult.model_validate(old, context=read_context("2"))
