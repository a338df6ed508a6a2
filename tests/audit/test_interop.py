"""Our signatures and attestations, checked with libraries we did not write.

- securesystemslib (the DSSE code of in-toto and TUF) verifies report.dsse.json and every statement's envelope
  with the public key alone, and refuses them under another key;
- sigstore-models (Sigstore's protobuf-specs as sigstore-python and model-signing read them) parses every
  bundle, and model-signing's own key verifier checks each bundle's signature and key hint;
- in-toto-attestation's protobuf bindings parse every statement strictly (an unknown or misspelt field fails):
  the Statement v1, the SLSA Provenance v1 predicate and the Test Result v0.1 predicate.
"""

from __future__ import annotations

import base64
import json
import shutil
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization

from governed_tuning.audit.bundle import MEDIA_TYPE
from governed_tuning.audit.intoto import GATE_EXTENSION, SLSA_PROVENANCE, TEST_RESULT
from governed_tuning.audit.keys import key_id
from governed_tuning.audit.verify import verify_run


def _sslib_key(pub: Path):
    from securesystemslib.signer import SSlibKey

    key = serialization.load_pem_public_key(pub.read_bytes())
    return SSlibKey.from_crypto(key, keyid=key_id(key))  # our envelopes name the signer by this key id


def _sslib_verifies(envelope: Path, pub: Path) -> bool:
    from securesystemslib.dsse import Envelope
    from securesystemslib.exceptions import VerificationError

    env = Envelope.from_dict(json.loads(envelope.read_bytes()))
    try:
        env.verify([_sslib_key(pub)], 1)
    except VerificationError:
        return False
    return True


def _envelopes(run: Path) -> list[Path]:
    return [run / "report.dsse.json", *sorted((run / "intoto").rglob("*.dsse.json"))]


def test_securesystemslib_verifies_every_envelope_of_a_signed_run_and_refuses_another_key(signed):
    envelopes = _envelopes(signed.run)
    assert len(envelopes) >= 5  # the report, the provenance and one Test Result per gate (3 in this run)
    for env in envelopes:
        assert _sslib_verifies(env, signed.pub), env
        assert not _sslib_verifies(env, signed.other_pub), env


def test_securesystemslib_verifies_todays_demo_report(demo_reports):
    """The report of a real run (the embedded demo, trained and gated): the DSSE code of in-toto verifies it."""
    if demo_reports.report is None:
        pytest.skip("the audit module is not installed in this build")
    pub = demo_reports.run_dir.parent.parent / "work" / "keys" / "signing.pub"  # the demo's key (conftest.py)
    for env in _envelopes(demo_reports.run_dir):
        assert _sslib_verifies(env, pub), env


def test_every_bundle_parses_with_sigstore_models_and_verifies_with_model_signing(signed):
    from model_signing._signing import sign_ec_key, sign_sigstore_pb
    from sigstore_models.bundle.v1 import Bundle

    bundles = [signed.run / "report.sigstore.json", *sorted((signed.run / "intoto").rglob("*.sigstore.json"))]
    assert len(bundles) == len(_envelopes(signed.run))
    for path in bundles:
        bundle = Bundle.from_json(path.read_bytes())
        assert bundle.media_type == MEDIA_TYPE and bundle.verification_material.tlog_entries == []
        assert bundle.verification_material.public_key is not None and bundle.dsse_envelope is not None
        env = json.loads(path.with_name(path.name.replace(".sigstore.json", ".dsse.json")).read_bytes())
        assert bundle.dsse_envelope.payload == base64.b64decode(env["payload"])
        payload_type, payload = sign_ec_key.Verifier(signed.pub)._verify_signed_content(
            sign_sigstore_pb.Signature.read(path))
        assert payload_type == "application/vnd.in-toto+json" and json.loads(payload)["_type"]
        with pytest.raises(ValueError, match="Key mismatch"):  # the hint names our key, not the other one
            sign_ec_key.Verifier(signed.other_pub)._verify_signed_content(sign_sigstore_pb.Signature.read(path))


def _statement(env: Path) -> dict:
    return json.loads(base64.b64decode(json.loads(env.read_bytes())["payload"]))


def test_statements_parse_strictly_with_the_in_toto_attestation_bindings(signed):
    from google.protobuf import json_format
    from in_toto_attestation.predicates.provenance.v1 import provenance_pb2
    from in_toto_attestation.predicates.test_result.v0 import test_result_pb2
    from in_toto_attestation.v1 import statement_pb2
    from in_toto_attestation.v1.statement import Statement

    seen = set()
    for env in sorted((signed.run / "intoto").rglob("*.dsse.json")):
        doc = _statement(env)
        pb = json_format.Parse(json.dumps(doc), statement_pb2.Statement())
        Statement.copy_from_pb(pb).validate()
        predicate = dict(doc["predicate"])
        if doc["predicateType"] == SLSA_PROVENANCE:
            prov = json_format.Parse(json.dumps(predicate), provenance_pb2.Provenance())
            deps = {d.name: d.digest["sha256"] for d in prov.build_definition.resolved_dependencies if d.digest}
            assert deps["toy"] == "ef" * 32  # the dataset the licence gate checked, with its digest
            assert [b.name for b in prov.run_details.byproducts] == ["data/sft/train.jsonl"]
            assert prov.run_details.metadata.invocation_id == signed.record.run_id
        else:
            assert doc["predicateType"] == TEST_RESULT
            ours = predicate.pop(GATE_EXTENSION)  # the one extension field, named by a URI as the spec asks
            result = json_format.Parse(json.dumps(predicate), test_result_pb2.TestResult())
            assert result.result == ("PASSED" if ours["verdict"] == "pass" else "FAILED")
            assert result.configuration[0].digest["sha256"] == signed.record.policy.sha256
        seen.add(doc["predicateType"])
    assert seen == {SLSA_PROVENANCE, TEST_RESULT}


def test_a_failed_gate_is_a_failed_test_result_naming_its_reasons(tmp_path, keypairs):
    from audit_fixtures import lay_out, make_record

    from governed_tuning.audit.report import write_report

    (key, pub), _ = keypairs
    run = lay_out(tmp_path / "reports", "20261128T100000Z-bbbbbb")
    write_report(run, make_record(run, status="blocked", fairness="fail", reason="gap 0.3 > 0.1"), key)
    doc = _statement(run / "intoto" / "gates" / "model" / "fairness.dsse.json")
    assert doc["predicate"]["result"] == "FAILED" and doc["predicate"]["failedTests"] == ["fairness:model"]
    assert doc["predicate"][GATE_EXTENSION]["reasons"] == ["gap 0.3 > 0.1"]
    assert {s["name"] for s in doc["subject"]} >= {"gates/model/fairness.json", "models/sft/model.safetensors"}
    assert verify_run(run, pub).ok


def test_verify_names_a_bundle_that_holds_another_envelope(signed):
    assert verify_run(signed.run, signed.pub).ok
    shutil.copy(signed.run / "intoto" / "provenance.sigstore.json", signed.run / "report.sigstore.json")
    result = verify_run(signed.run, signed.pub)
    assert not result.ok and result.codes == {"bundle_mismatch"}
    assert "report.sigstore.json" in result.failures[0].message
