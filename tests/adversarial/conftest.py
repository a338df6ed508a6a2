"""Fixtures of the attack tests: one key pair per session, a fresh signed reports folder per test."""

from __future__ import annotations

import os

import pytest
from adversaries import RUN_IDS, Folder, sign


@pytest.fixture(scope="session")
def keypairs(tmp_path_factory):
    from governed_tuning.audit import keys

    root = tmp_path_factory.mktemp("adv-keys")
    return keys.generate_keypair(root / "signer"), keys.generate_keypair(root / "other")


@pytest.fixture
def folder(tmp_path, keypairs) -> Folder:
    """Two signed runs in a fresh reports folder (ledger entries 1 and 2)."""
    (key, pub), (_, other_pub) = keypairs
    reports = tmp_path / "reports"
    for run_id in RUN_IDS[:2]:
        sign(reports, key, run_id)
    return Folder(reports, key, pub, other_pub)


@pytest.fixture
def dashboard_env(monkeypatch, tmp_path):
    """Point the dashboard at a reports folder and a private state folder; returns a setter."""
    import streamlit as st

    st.cache_data.clear()
    st.cache_resource.clear()
    monkeypatch.setenv("GOVERNED_TUNING_STATE", str(tmp_path / "dashboard-state"))

    def use(reports, pubkeys=()):
        monkeypatch.setenv("GOVERNED_TUNING_REPORTS", str(reports))
        monkeypatch.setenv("GOVERNED_TUNING_PUBKEYS", os.pathsep.join(str(k) for k in pubkeys))

    return use
