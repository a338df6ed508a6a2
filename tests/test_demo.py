"""The embedded demo: synthetic data with planted PII, derived sets, a manifest, and the whole pipeline."""

import json

import pytest
import yaml

from governed_tuning.demo import REJECTED, prepare, synthetic_records
from governed_tuning.digest import sha256_file
from governed_tuning.errors import ConfigError
from governed_tuning.manifest import load_manifest


def test_synthetic_data_is_deterministic_and_carries_planted_pii():
    recs = synthetic_records()
    assert recs == synthetic_records() and len(recs) == 24
    text = " ".join(r["prompt"] for r in recs)
    assert "@example.com" in text and "+1 415-555-" in text and "My name is" in text
    assert all(r["completion"] for r in recs)


def test_prepare_writes_model_data_manifest_and_config(tmp_path):
    s = prepare(tmp_path / "w", reports=tmp_path / "r")
    m = load_manifest(s.manifest_path)
    assert [d.name for d in m.datasets] == ["support-chats", "preferences", "prompts"]
    for d in m.datasets:  # declared digests are the files' own
        assert d.sha256 == sha256_file(m.resolve(d)) and d.license == "CC0-1.0"
    prefs = [json.loads(line) for line in (s.workdir / "data/preferences.jsonl").read_text().splitlines()]
    assert prefs[0]["rejected"] == REJECTED and prefs[0]["chosen"] == synthetic_records()[0]["completion"]
    cfg = yaml.safe_load(s.config_path.read_text())
    assert [st["kind"] for st in cfg["stages"]] == ["sft", "reward", "rl"]
    assert (s.base_model / "config.json").exists()
    # the tokenizer is pure byte level: nothing learnt from the unscrubbed data
    assert "example.com" not in (s.base_model / "tokenizer.json").read_text()


def test_user_data_needs_prompt_and_completion_or_chats(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps({"text": "hello"}) + "\n")
    with pytest.raises(ConfigError, match="prompt/completion records"):
        prepare(tmp_path / "w", data=bad, data_license="MIT")


@pytest.mark.slow
def test_demo_fixture_trained_sft_reward_rl(demo_reports):
    rec = demo_reports.record
    assert [s.status for s in rec.stages] == ["completed"] * 3
    assert (demo_reports.run_dir / "models/rl/model.safetensors").exists()
    if demo_reports.report is None:  # the audit module is not in this build
        return
    assert (demo_reports.run_dir / "report.dsse.json").exists()
    verify = pytest.importorskip("governed_tuning.audit.verify")
    pub = demo_reports.run_dir.parent.parent / "work" / "keys" / "signing.pub"
    result = verify.verify_run(demo_reports.run_dir, pub, demo_reports.run_dir.parent / "ledger.jsonl")
    assert result.ok, [f.code for f in result.failures]


@pytest.mark.slow
# `demo --data` on a user's file runs end to end in tests/gates/pii/test_pii_demo_multilocale.py (one run there).


def test_demo_uses_the_users_pseudonym_key_created_on_first_use(tmp_path, monkeypatch):
    from governed_tuning.gates.pii.engine import Scrubber
    from governed_tuning.policy import load_policy

    pii = load_policy("default").policy.pii
    monkeypatch.delenv(pii.pseudonym_key_env, raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "cfg"))
    s = prepare(tmp_path / "w")
    assert not (s.workdir / "keys" / "pseudonym.key").exists()  # no second, demo-only key
    scrubber = Scrubber(pii)  # what the demo's PII gate builds
    key_file = tmp_path / "cfg" / "governed-tuning" / "pseudonym.key"
    assert scrubber.key_info.source == "user_config" and scrubber.key == key_file.read_bytes().strip()
    assert key_file.stat().st_mode & 0o077 == 0
