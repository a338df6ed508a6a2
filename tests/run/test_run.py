"""End-to-end runs on the tiny model: gates -> stages -> gates, and every outcome recorded."""

import re
from pathlib import Path

import pytest
import yaml

from governed_tuning.cli import main
from governed_tuning.config import load_run_config
from governed_tuning.demo import demo_key, prepare, synthetic_records
from governed_tuning.digest import sha256_file
from governed_tuning.record import RunRecord
from governed_tuning.run import Run, runner

SFT = {"kind": "sft", "dataset": "support-chats", "args": {"max_steps": 2, "per_device_train_batch_size": 4,
                                                          "max_length": 320}}
REWARD = {"kind": "reward", "dataset": "preferences", "model": "base",
          "args": {"max_steps": 2, "per_device_train_batch_size": 4, "max_length": 320}}


@pytest.fixture(autouse=True)
def pseudonym_key(monkeypatch):
    """The default policy pseudonymises names with a secret key (a run takes it from the environment)."""
    monkeypatch.setenv("GOVERNED_TUNING_PSEUDONYM_KEY", "0" * 64)


def project(tmp_path, stages, fairness=None, **kw):
    """A work folder (tiny model, data with planted PII, manifest) and a run config with ``stages``."""
    setup = prepare(tmp_path / "work", reports=tmp_path / "reports", **kw)
    cfg = yaml.safe_load(setup.config_path.read_text())
    cfg["stages"] = stages
    if fairness is not None:
        cfg["fairness"] = fairness
    setup.config_path.write_text(yaml.safe_dump(cfg))
    return setup.config_path


def execute(cfg_path):
    """Run a config, signing with a key in the work folder once the audit module is installed."""
    key = demo_key(cfg_path.parent)
    return Run(load_run_config(cfg_path), key_path=key).execute()


def key_args(cfg_path):
    key = demo_key(cfg_path.parent)
    return ["--key", str(key)] if key else []


def every_byte_under(folder: Path) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file())


def planted_values():
    """Full names, emails and phone numbers the synthetic data carries (and the scrubber must remove)."""
    text = " ".join(r["prompt"] for r in synthetic_records())
    names = set(re.findall(r"(?:this is|Thanks,|name is) ([A-Z][a-z]+ [A-Z][a-z]+)", text))
    assert len(names) >= 10
    return sorted(names | set(re.findall(r"[\w.]+@example\.com", text))
                  | set(re.findall(r"\+1 415-555-\d{4}", text)))


@pytest.mark.slow
def test_full_run_records_every_stage(demo_reports):
    out = demo_reports
    rec = out.record
    assert re.fullmatch(r"\d{8}T\d{6}Z-[0-9a-f]{6}", rec.run_id) and out.run_dir.name == rec.run_id
    on_disk = RunRecord.model_validate_json((out.run_dir / "run.json").read_text())
    assert on_disk == rec
    assert [(s.name, s.kind, s.status) for s in rec.stages] == [
        ("sft", "sft", "completed"), ("reward", "reward", "completed"), ("rl", "rl", "completed")]
    for s in rec.stages:
        assert s.wall_s > 0 and s.seed == 0 and s.trl_args["max_steps"] > 0 and s.metrics["loss_curve"]
        for a in s.outputs:  # every file the stage wrote, re-hashed where it lies
            assert sha256_file(out.run_dir / a.path) == a.sha256
        card = (out.run_dir / s.model_dir / "README.md").read_text()
        assert "license: apache-2.0" in card and rec.run_id in card and "## Gate verdicts" in card
        assert "license: other" not in card
        assert f"Releasable: **{'yes' if rec.releasable else 'no'}**" in card
    assert rec.stages[1].metrics["accuracy_curve"] and "kl_curve" in rec.stages[2].metrics
    assert rec.stages[2].base_model == "models/sft"
    assert rec.base_model["name"] == "tiny-base" and rec.base_model["license"] == "Apache-2.0"
    assert len(rec.base_model["sha256"]) == 64
    assert rec.software["trl"] and "cpu_count" in rec.hardware
    assert rec.releasable == (rec.status == "completed" and not rec.gates_not_run
                              and all(g.result.passed for g in rec.gates))
    assert {g.result.gate for g in rec.gates} | set(rec.gates_not_run) >= {"license", "pii", "fairness"}


@pytest.mark.slow
def test_denied_licence_blocks_before_training(tmp_path, capsys):
    cfg = project(tmp_path, [SFT, REWARD], data_license="CC-BY-NC-4.0")  # NC data, commercial policy
    with pytest.raises(SystemExit) as e:
        main(["run", str(cfg), "--reports", str(tmp_path / "reports"), *key_args(cfg)])
    assert e.value.code == 1
    (run_dir,) = [p for p in (tmp_path / "reports").iterdir() if p.is_dir()]
    rec = RunRecord.model_validate_json((run_dir / "run.json").read_text())
    assert rec.status == "blocked" and not rec.releasable
    assert [s.status for s in rec.stages] == ["skipped", "skipped"]
    assert not (run_dir / "models").exists() and not (run_dir / "data").exists()  # nothing trained or scrubbed
    lic = [g for g in rec.gates if g.result.gate == "license"]
    if "license" not in rec.gates_not_run:
        assert lic[0].result.verdict == "fail" and any("licence gate" in r for r in rec.release_reasons)
    assert "blocked" in capsys.readouterr().out


@pytest.mark.slow
def test_stage_crash_is_recorded_without_its_message(tmp_path, monkeypatch):
    from governed_tuning.stages import sft

    secret = "maria.garcia12@example.com"

    def boom(inp):
        raise RuntimeError(f"could not tokenize record from {secret}")

    monkeypatch.setattr(sft, "train", boom)
    cfg = project(tmp_path, [SFT, {**REWARD, "model": "base"}])
    out = execute(cfg)
    rec = out.record
    if rec.status == "blocked":  # a gate stopped it before training: nothing crashed
        pytest.skip("a gate blocked the synthetic data before training")
    assert rec.status == "failed" and not rec.releasable
    assert [s.status for s in rec.stages] == ["failed", "skipped"]
    err = rec.stages[0].error
    assert err.type == "RuntimeError" and err.where == "stage sft" and rec.error == err
    assert secret not in (out.run_dir / "run.json").read_text()
    assert "withheld" in err.message
    if out.report is not None:  # a crashed run is still reported, and signed
        assert (out.run_dir / "report.dsse.json").is_file()
        assert secret.encode() not in every_byte_under(out.run_dir)


@pytest.mark.slow
def test_stage_that_cannot_find_its_start_model_is_in_the_record(tmp_path, monkeypatch):
    from governed_tuning.errors import ConfigError

    def gone(self):
        raise ConfigError("manifest model 'tiny-llama': its path 'model' does not exist")

    monkeypatch.setattr(Run, "_base_model_path", gone)
    cfg = project(tmp_path, [SFT, REWARD])
    out = execute(cfg)
    rec = out.record
    if rec.status == "blocked":
        pytest.skip("a gate blocked the synthetic data before training")
    assert rec.status == "failed" and not rec.releasable
    assert [(s.name, s.status) for s in rec.stages] == [("sft", "failed"), ("reward", "skipped")]
    assert rec.stages[0].error.type == "ConfigError" and rec.error == rec.stages[0].error
    assert not (out.run_dir / "models").exists()


def test_unknown_trl_argument_is_a_config_error_before_anything_runs(tmp_path):
    from governed_tuning.errors import ConfigError

    cfg = project(tmp_path, [{**SFT, "args": {"max_stepz": 1}}])
    with pytest.raises(ConfigError) as e:
        execute(cfg)
    assert "stages.0.args.max_stepz" in str(e.value) and "did you mean 'max_steps'" in str(e.value)
    assert not (tmp_path / "reports").exists()


@pytest.mark.slow
def test_stage_trained_on_the_scrubbed_copy_only(tmp_path):
    pytest.importorskip("governed_tuning.gates.pii")
    cfg = project(tmp_path, [SFT])
    out = execute(cfg)
    rec = out.record
    pii = [g for g in rec.gates if g.result.gate == "pii"]
    assert len(pii) == 1 and pii[0].scope == "stage sft"
    (stage,) = rec.stages
    assert pii[0].result.verdict == "pass" and stage.status == "completed"
    scrubbed = out.run_dir / "data" / "sft" / "support-chats.jsonl"
    (inp,) = stage.inputs
    assert inp.path == "data/sft/support-chats.jsonl" and inp.role == "scrubbed_dataset"
    assert inp.sha256 == sha256_file(scrubbed) == pii[0].result.evidence["output_sha256"]
    assert pii[0].result.evidence["input_sha256"] == sha256_file(tmp_path / "work/data/support-chats.jsonl")
    blob = every_byte_under(out.run_dir)
    for value in planted_values():
        assert value.encode() not in blob


def test_config_typo_fails_with_field_path_exit_2(tmp_path, capsys):
    cfg = project(tmp_path, [SFT])
    cfg.write_text(cfg.read_text().replace("kind: sft", "kind: sft\n  datset: x"))
    with pytest.raises(SystemExit) as e:
        main(["run", str(cfg), *key_args(cfg)])
    assert e.value.code == 2
    err = capsys.readouterr().err
    assert f"{cfg}:" in err and "stages.0.datset: unknown key" in err
    assert not (tmp_path / "reports").exists()


@pytest.mark.slow
def test_sft_then_dpo_with_fairness_switched_off_is_never_releasable(tmp_path):
    dpo = {"kind": "dpo", "dataset": "preferences", "model": "sft",
           "args": {"max_steps": 2, "per_device_train_batch_size": 4, "max_length": 320}}
    out = execute(project(tmp_path, [SFT, dpo], fairness={"enabled": False}))
    rec = out.record
    assert [(s.name, s.status) for s in rec.stages] == [("sft", "completed"), ("dpo", "completed")]
    assert rec.stages[1].base_model == "models/sft" and rec.stages[1].metrics["rewards/margins_curve"]
    assert rec.status == "completed" and not rec.releasable
    assert any("fairness.enabled: false" in r for r in rec.release_reasons)
    assert all(g.result.gate != "fairness" for g in rec.gates)


def test_interrupted_run_leaves_a_failed_record(tmp_path, monkeypatch):
    def interrupt(self):
        raise KeyboardInterrupt

    monkeypatch.setattr(runner, "license_phase", interrupt)
    run = Run(load_run_config(project(tmp_path, [SFT])), key_path=demo_key(tmp_path / "work"))
    with pytest.raises(KeyboardInterrupt):
        run.execute()
    rec = RunRecord.model_validate_json((run.run_dir / "run.json").read_text())
    assert rec.status == "failed" and rec.error.type == "KeyboardInterrupt" and rec.error.where == "gate license"


def test_unusable_signing_key_fails_before_anything_runs(tmp_path, capsys):
    pytest.importorskip("governed_tuning.audit.report")
    cfg = project(tmp_path, [SFT])
    bad = tmp_path / "not-a-key.pem"
    bad.write_text("not a PEM key\n")
    with pytest.raises(SystemExit) as e:
        main(["run", str(cfg), "--key", str(bad)])
    assert e.value.code == 2
    assert f"{bad}: not a PEM private key" in capsys.readouterr().err
    assert not (tmp_path / "reports").exists()


def test_crash_outside_a_stage_is_recorded_withheld_and_signed(tmp_path, monkeypatch):
    secret = "maria.garcia12@example.com"

    def boom(self):
        raise ValueError(f"cannot parse {secret}")

    monkeypatch.setattr(Run, "_describe_base_model", boom)
    out = execute(project(tmp_path, [SFT]))
    rec = out.record
    assert rec.status == "failed" and not rec.releasable
    assert rec.error.type == "ValueError" and rec.error.where == "gate license" and "withheld" in rec.error.message
    assert secret.encode() not in every_byte_under(out.run_dir)
    if out.report is not None:
        assert (out.run_dir / "report.dsse.json").is_file()


def test_encrypted_key_is_read_with_the_keygen_passphrase_variable(tmp_path, monkeypatch, capsys):
    pytest.importorskip("governed_tuning.audit.report")
    cfg = project(tmp_path, [SFT])
    monkeypatch.setenv("GT_TEST_PASSPHRASE", "correct horse")
    with pytest.raises(SystemExit) as e:
        main(["keygen", "--out", str(tmp_path / "keys"), "--passphrase-env", "GT_TEST_PASSPHRASE"])
    assert e.value.code in (0, None)
    key = tmp_path / "keys" / "signing.key"
    with pytest.raises(SystemExit) as e:  # without the passphrase: refused before anything runs
        main(["run", str(cfg), "--key", str(key)])
    assert e.value.code == 2 and not (tmp_path / "reports").exists()
    monkeypatch.setenv("GT_TEST_PASSPHRASE", "")
    with pytest.raises(SystemExit) as e:
        main(["run", str(cfg), "--key", str(key), "--passphrase-env", "GT_TEST_PASSPHRASE"])
    assert e.value.code == 2 and "GT_TEST_PASSPHRASE" in capsys.readouterr().err
    monkeypatch.setenv("GT_TEST_PASSPHRASE", "correct horse")
    monkeypatch.setattr(runner, "license_phase", lambda run: False)  # stop before training; still signed
    with pytest.raises(SystemExit) as e:
        main(["run", str(cfg), "--key", str(key), "--passphrase-env", "GT_TEST_PASSPHRASE"])
    assert e.value.code == 1
    (run_dir,) = [p for p in (tmp_path / "reports").iterdir() if p.is_dir()]
    assert (run_dir / "report.dsse.json").is_file()


def test_gdpr_run_without_governance_is_blocked_before_any_personal_data_is_processed(tmp_path):
    import json

    cfg_path = project(tmp_path, [SFT])
    cfg = yaml.safe_load(cfg_path.read_text())
    cfg["policy"] = "gdpr"
    del cfg["governance"]
    cfg_path.write_text(yaml.safe_dump(cfg))
    out = execute(cfg_path)
    rec = out.record
    assert rec.status == "blocked" and not rec.releasable
    assert not (out.run_dir / "data").exists() and not (out.run_dir / "models").exists()  # nothing scrubbed
    (reason,) = [r for r in rec.release_reasons if r.startswith("governance:")]
    assert "purpose (GDPR Art. 5(1)(b)" in reason and "dpia (GDPR Art. 35)" in reason
    assert rec.model_license is not None and rec.model_license.status == "decided"
    if out.report is not None:
        report = json.loads(out.report.read_text())
        assert report["summary"]["verdict"] == "blocked"
        assert "key_custodian" in report["regulatory"]["missing_governance"]
