"""Item 3 (and issue 14's start-up): the dashboard's verification cache keyed on size and mtime was fooled by a
same-size edit with the mtime put back. It now caches digests (keyed on the file's identity and change time),
never the verdict, so every load re-verifies and a restart re-hashes nothing unchanged."""

from __future__ import annotations

import os

import streamlit as st
from adversaries import RUN_IDS, app_file
from streamlit.testing.v1 import AppTest


def _states(at) -> dict[str, str]:
    df = at.dataframe[0].value
    return dict(zip(df["run_id"], df["signature_state"]))


def test_a_same_size_edit_of_the_weights_with_the_mtime_put_back_is_caught(folder, dashboard_env):
    dashboard_env(folder.reports, [folder.pub])
    at = AppTest.from_file(str(app_file()), default_timeout=60).run()
    assert not at.exception, [e.value for e in at.exception]
    assert _states(at) == {RUN_IDS[0]: "verified", RUN_IDS[1]: "verified"}
    weights = folder.run(0) / "models" / "sft" / "model.safetensors"
    st_before = weights.stat()
    data = bytearray(weights.read_bytes())
    data[100] ^= 0xFF  # one byte, same size: a backdoored weight
    weights.write_bytes(bytes(data))
    os.utime(weights, ns=(st_before.st_atime_ns, st_before.st_mtime_ns))
    assert weights.stat().st_size == st_before.st_size and weights.stat().st_mtime_ns == st_before.st_mtime_ns
    at = AppTest.from_file(str(app_file()), default_timeout=60).run()  # same process: caches are warm
    assert not at.exception, [e.value for e in at.exception]
    assert _states(at) == {RUN_IDS[0]: "invalid", RUN_IDS[1]: "verified"}


def test_a_restart_reverifies_every_run_from_cached_digests_without_rehashing(folder, dashboard_env, monkeypatch):
    from governed_tuning import digest_cache

    dashboard_env(folder.reports, [folder.pub])
    first: list[str] = []
    real = digest_cache.hash_file
    monkeypatch.setattr(digest_cache, "hash_file", lambda fd, path: first.append(str(path)) or real(fd, path))
    at = AppTest.from_file(str(app_file()), default_timeout=60).run()
    assert not at.exception and set(_states(at).values()) == {"verified"}
    assert any(p.endswith("model.safetensors") for p in first)  # the first load hashed through the cache
    st.cache_data.clear()  # a restart: the in-memory caches are gone, the digest cache on disk is not
    st.cache_resource.clear()
    hashed: list[str] = []
    monkeypatch.setattr(digest_cache, "hash_file", lambda fd, path: hashed.append(str(path)) or real(fd, path))
    at = AppTest.from_file(str(app_file()), default_timeout=60).run()
    assert not at.exception and set(_states(at).values()) == {"verified"}
    assert hashed == [], hashed  # every digest came from the cache; the signatures were checked again


def test_the_model_signature_checked_through_the_digest_cache_still_catches_changed_and_added_files(folder, tmp_path):
    from governed_tuning.audit.modelsig import verify_model_dir
    from governed_tuning.digest_cache import DigestCache

    cache = DigestCache(tmp_path / "digests.sqlite")
    model = folder.run(0) / "models" / "sft"
    assert verify_model_dir(model, folder.pub, cache) is None
    assert verify_model_dir(model, folder.other_pub, cache) is not None  # the library still checks the key
    weights = model / "model.safetensors"
    data = bytearray(weights.read_bytes())
    data[7] ^= 1
    weights.write_bytes(bytes(data))
    (model / "extra.bin").write_bytes(b"x")
    why = verify_model_dir(model, folder.pub, cache)
    assert why is not None and "changed: model.safetensors" in why and "not signed: extra.bin" in why
