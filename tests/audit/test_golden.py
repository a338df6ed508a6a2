"""A golden signed run committed under tests/assets/golden (its private key thrown away) must keep verifying:
a change to the report schema, the statement, the envelope or the ledger format that breaks old reports fails
here. Rebuild it only on purpose: ``.venv/bin/python tests/audit/golden.py``."""

from __future__ import annotations

import shutil
from pathlib import Path

from governed_tuning.audit.verify import verify_ledger, verify_run

GOLDEN = Path(__file__).resolve().parents[1] / "assets" / "golden"
RUN = GOLDEN / "reports" / "20261128T170000Z-901de0"


def test_the_golden_run_and_ledger_verify_with_the_committed_public_key():
    result = verify_run(RUN, GOLDEN / "signing.pub")
    assert result.ok, result.failures
    assert any("model signature" in c for c in result.checks)
    assert verify_ledger(GOLDEN / "reports" / "ledger.jsonl", GOLDEN / "signing.pub").ok


def test_the_golden_run_fails_once_a_byte_of_a_model_file_changes(tmp_path, keypairs):
    copy = tmp_path / "reports"
    shutil.copytree(GOLDEN / "reports", copy)
    weights = copy / RUN.name / "models" / "sft" / "model.safetensors"
    data = bytearray(weights.read_bytes())
    data[0] ^= 0xFF
    weights.write_bytes(bytes(data))
    codes = {f.code for f in verify_run(copy / RUN.name, GOLDEN / "signing.pub").failures}
    assert {"subject_mismatch", "model_signature_invalid"} <= codes
    (_, _), (_, other_pub) = keypairs
    assert {f.code for f in verify_run(RUN, other_pub).failures} == {"wrong_key"}
