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


def test_the_model_card_and_spdx_exports_are_written_and_signed_with_the_run(signed):
    st = _statement(signed.run / "report.dsse.json")
    subjects = {s["name"] for s in st["subject"]}
    assert {"model.cdx.json", "bom.spdx.json", "intoto/provenance.dsse.json"} <= subjects
    assert json.loads((signed.run / "model.cdx.json").read_bytes())["metadata"]["component"]["modelCard"]


def test_an_export_that_cannot_be_built_is_left_out_and_the_run_is_still_signed(tmp_path, keypairs, monkeypatch,
                                                                               caplog):
    from audit_fixtures import lay_out, make_record

    from governed_tuning.audit import exports
    from governed_tuning.audit.report import write_report

    def broken(record, digests):
        raise ValueError("an odd record")

    monkeypatch.setattr(exports, "DOCUMENTS", (("model.cdx.json", broken), *exports.DOCUMENTS[1:]))
    (key, pub), _ = keypairs
    run = lay_out(tmp_path / "reports", "20261128T100000Z-cccccc")
    write_report(run, make_record(run), key)
    assert not (run / "model.cdx.json").exists() and (run / "bom.spdx.json").is_file()
    assert "model.cdx.json was not written (ValueError)" in caplog.text
    assert verify_run(run, pub).ok


def test_verify_refuses_a_statement_whose_subject_digest_is_not_the_signed_files(signed):
    """The report signs each file; a statement naming a model file with another digest (a statement carried over
    from another run, say) is named even though its own signature holds."""
    from governed_tuning.audit import keys
    from governed_tuning.audit.signing import open_envelope, parse_statement
    from governed_tuning.audit.verify import VerifyResult, _check_attestations

    key = keys.load_public_key(signed.pub)
    env = (signed.run / "report.dsse.json").read_bytes()
    subjects, _ = parse_statement(open_envelope(env, key, "application/vnd.in-toto+json"))
    files = set(subjects) | {"report.sigstore.json"}
    ok = VerifyResult()
    _check_attestations(signed.run, key, env, subjects, files, ok)
    assert ok.ok and any("in-toto statements: 3 test-result, 1 provenance" in c for c in ok.checks)
    bad = VerifyResult()
    _check_attestations(signed.run, key, env, {**subjects, "models/sft/model.safetensors": "00" * 32}, files, bad)
    assert bad.codes == {"statement_invalid"}
    assert any("names models/sft/model.safetensors with another digest" in f.message for f in bad.failures)


def test_an_attestation_gets_its_bundle_and_a_swapped_bundle_is_named(signed, tmp_path):
    from model_signing._signing import sign_ec_key, sign_sigstore_pb

    from governed_tuning.audit import keys
    from governed_tuning.audit.amendments import attest

    officer_key, officer_pub = keys.generate_keypair(tmp_path / "officer")
    env = attest(signed.run, key_path=officer_key, name="A. Officer", statement="The DPIA is correct.")
    bundle = env.with_name("0001.sigstore.json")
    assert _sslib_verifies(env, officer_pub)
    sign_ec_key.Verifier(officer_pub)._verify_signed_content(sign_sigstore_pb.Signature.read(bundle))
    assert verify_run(signed.run, signed.pub).ok
    shutil.copy(signed.run / "report.sigstore.json", bundle)
    result = verify_run(signed.run, signed.pub)
    assert result.codes == {"bundle_mismatch"} and "attestations/0001.sigstore.json" in result.failures[0].message


def test_the_readme_securesystemslib_snippet_runs_as_written(signed):
    """An auditor copies the README's snippet: it verifies our envelope, and fails under another key."""
    import re
    import subprocess
    import sys

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text()
    (snippet,) = re.findall(r"<<'PY'\n(.*?)\nPY\n", readme, flags=re.S)
    for pub, ok in ((signed.pub, True), (signed.other_pub, False)):
        done = subprocess.run([sys.executable, "-", str(signed.run / "report.dsse.json"), str(pub)], input=snippet,
                              capture_output=True, text=True, timeout=120)
        assert (done.returncode == 0 and done.stdout.strip() == "verified") is ok, done.stderr[-500:]


def test_the_ledger_checkpoint_has_its_bundle_and_a_lagging_bundle_is_said_not_failed(signed):
    from sigstore_models.bundle.v1 import Bundle

    from governed_tuning.audit.verify import verify_ledger

    cp, bundle = signed.reports / "ledger.checkpoint.json", signed.reports / "ledger.checkpoint.sigstore.json"
    assert _sslib_verifies(cp, signed.pub) and not _sslib_verifies(cp, signed.other_pub)
    assert Bundle.from_json(bundle.read_bytes()).dsse_envelope.payload_type.endswith("ledger-checkpoint+json")
    result = verify_ledger(signed.ledger, signed.pub)
    assert result.ok and any(c.startswith("ledger.checkpoint.sigstore.json: Sigstore bundle") for c in result.checks)
    shutil.copy(signed.run / "report.sigstore.json", bundle)  # as if a kill came between the two writes
    result = verify_ledger(signed.ledger, signed.pub)
    assert result.ok and any("does not hold ledger.checkpoint.json" in c for c in result.checks)
