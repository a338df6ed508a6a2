"""Fixtures of the audit tests (helpers live in audit_fixtures.py)."""

from __future__ import annotations

import pytest
from audit_fixtures import Signed, lay_out, make_record

from governed_tuning.audit import keys
from governed_tuning.audit.report import write_report


@pytest.fixture(scope="session")
def keypairs(tmp_path_factory):
    root = tmp_path_factory.mktemp("keys")
    return keys.generate_keypair(root / "signer"), keys.generate_keypair(root / "other")


@pytest.fixture
def signed(tmp_path, keypairs) -> Signed:
    """One signed run (report, envelope, model signature, ledger entry) in a fresh reports folder."""
    (key, pub), (other_key, other_pub) = keypairs
    reports = tmp_path / "reports"
    run = lay_out(reports, "20261128T100000Z-aaaaaa", raw_dir=tmp_path / "raw")
    record = make_record(run)
    write_report(run, record, key)
    return Signed(reports, run, record, key, pub, other_key, other_pub)
