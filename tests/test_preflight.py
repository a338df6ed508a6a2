"""A run checks everything it can before the first stage trains, and `run --check` does only that.

A configuration mistake (a stage on the wrong kind of records, a TRL argument that does not exist, a reference
to a stage that is not a reward stage, an unusable pseudonym key) is found before anything is written: exit 2,
the file, line and field named, no run folder and no ledger entry. A stage that does fail while training says
why on the terminal, not only its exception's class.
"""

from __future__ import annotations

import pytest
import yaml

from governed_tuning.cli import main
from governed_tuning.demo import demo_key, prepare

SFT = {"kind": "sft", "dataset": "support-chats", "model": "base",
       "args": {"max_steps": 1, "per_device_train_batch_size": 2, "max_length": 128}}
REWARD = {"kind": "reward", "dataset": "preferences", "model": "base",
          "args": {"max_steps": 1, "per_device_train_batch_size": 2, "max_length": 128}}
RL = {"kind": "rl", "dataset": "prompts", "model": "sft", "reward_model": "reward",
      "args": {"max_steps": 1, "per_device_train_batch_size": 2, "num_generations": 2, "max_completion_length": 8}}


@pytest.fixture(autouse=True)
def pseudonym_key(monkeypatch):
    monkeypatch.setenv("GOVERNED_TUNING_PSEUDONYM_KEY", "0" * 64)


@pytest.fixture(scope="module")
def workdir(tmp_path_factory):
    """One tiny model and data set for the module (the configs below only point at it)."""
    root = tmp_path_factory.mktemp("preflight")
    prepare(root / "work", reports=root / "reports")
    return root / "work"


def config(workdir, tmp_path, stages, **extra):
    """A run config in its own folder, pointing at the shared manifest; returns (path, reports folder)."""
    reports = tmp_path / "reports"
    doc = {"base_model": "tiny-base", "manifest": str(workdir / "manifest.yaml"), "policy": "default",
           "reports": str(reports), "stages": stages, **extra}
    path = tmp_path / "run.yaml"
    path.write_text(yaml.safe_dump(doc, sort_keys=False))
    return path, reports


def line_of(path, needle: str, occurrence: int = 1) -> int:
    """1-based line of the ``occurrence``-th line of ``path`` containing ``needle``."""
    hits = [i for i, text in enumerate(path.read_text().splitlines(), 1) if needle in text]
    return hits[occurrence - 1]


def run_cli(args, capsys) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as e:
        main(args)
    out = capsys.readouterr()
    return e.value.code, out.out, out.err


def key_args(workdir):
    key = demo_key(workdir)
    return ["--key", str(key)] if key else []


def nothing_written(reports) -> bool:
    return not reports.exists() or not any(reports.iterdir())


def test_reward_stage_on_records_without_pairs_fails_before_any_stage_trains(workdir, tmp_path, capsys):
    cfg, reports = config(workdir, tmp_path, [SFT, {**REWARD, "dataset": "support-chats"}])
    code, out, err = run_cli(["run", str(cfg), *key_args(workdir)], capsys)
    assert code == 2, out + err
    assert f"{cfg}:{line_of(cfg, 'dataset: support-chats', 2)}" in err
    assert "stages.1.dataset" in err and "reward" in err and "chosen, rejected" in err
    assert nothing_written(reports)  # no run folder, no ledger: SFT never trained


def test_unknown_trl_argument_names_the_field_and_the_closest_argument(workdir, tmp_path, capsys):
    rl = {**RL, "args": {**RL["args"], "num_generation": 2}}
    rl["args"].pop("num_generations")
    cfg, reports = config(workdir, tmp_path, [SFT, REWARD, rl])
    code, out, err = run_cli(["run", str(cfg), *key_args(workdir)], capsys)
    assert code == 2, out + err
    assert f"{cfg}:" in err and "stages.2.args.num_generation" in err and "num_generations" in err
    assert "RLOOConfig" in err
    assert nothing_written(reports)


def test_trl_argument_values_are_checked_by_the_trl_config_itself(workdir, tmp_path, capsys):
    rl = {**RL, "args": {**RL["args"], "per_device_train_batch_size": 3}}  # 3 prompts cannot split into pairs
    cfg, reports = config(workdir, tmp_path, [SFT, REWARD, rl])
    code, out, err = run_cli(["run", str(cfg), "--check"], capsys)
    assert code == 2, out + err
    assert "stages.2.args" in err and "num_generations" in err
    assert nothing_written(reports)


def test_fairness_reward_stage_must_be_a_reward_stage(workdir, tmp_path, capsys):
    cfg, reports = config(workdir, tmp_path, [SFT, REWARD, RL], fairness={"reward_stage": "rewardd"})
    code, out, err = run_cli(["run", str(cfg), "--check"], capsys)
    assert code == 2, out + err
    assert f"{cfg}:{line_of(cfg, 'reward_stage: rewardd')}" in err and "fairness.reward_stage" in err
    assert nothing_written(reports)


def test_base_model_that_is_not_a_model_folder_fails_before_anything_runs(workdir, tmp_path, capsys):
    manifest = yaml.safe_load((workdir / "manifest.yaml").read_text())
    manifest["models"][0]["path"] = str(workdir / "data")  # a folder, but not a model
    for d in manifest["datasets"]:
        d["path"] = str(workdir / d["path"])
    (tmp_path / "manifest.yaml").write_text(yaml.safe_dump(manifest, sort_keys=False))
    cfg, reports = config(workdir, tmp_path, [SFT])
    cfg.write_text(cfg.read_text().replace(str(workdir / "manifest.yaml"), "manifest.yaml"))
    code, out, err = run_cli(["run", str(cfg), "--check"], capsys)
    assert code == 2, out + err
    assert "tiny-base" in err and "config.json" in err
    assert nothing_written(reports)


def test_unusable_pseudonym_key_is_a_configuration_error_before_anything_runs(workdir, tmp_path, capsys,
                                                                                monkeypatch):
    monkeypatch.setenv("GOVERNED_TUNING_PSEUDONYM_KEY", "k3yZ-9")  # under 16 bytes
    cfg, reports = config(workdir, tmp_path, [SFT])
    code, out, err = run_cli(["run", str(cfg), *key_args(workdir)], capsys)
    assert code == 2, out + err
    assert "GOVERNED_TUNING_PSEUDONYM_KEY" in err and "k3yZ-9" not in err
    assert nothing_written(reports)


def test_check_is_a_dry_run_that_writes_nothing(workdir, tmp_path, capsys):
    cfg, reports = config(workdir, tmp_path, [SFT, REWARD, RL])
    code, out, err = run_cli(["run", str(cfg), "--check", *key_args(workdir)], capsys)
    assert code == 0, out + err
    assert "sft" in out and "reward" in out and "rl" in out and "nothing was written" in out
    assert not reports.exists()


def test_every_problem_is_listed_at_once(workdir, tmp_path, capsys):
    bad_sft = {**SFT, "args": {**SFT["args"], "max_stepz": 1}}
    cfg, reports = config(workdir, tmp_path, [bad_sft, {**REWARD, "dataset": "prompts"}])
    code, out, err = run_cli(["run", str(cfg), "--check"], capsys)
    assert code == 2, out + err
    assert "stages.0.args.max_stepz" in err and "max_steps" in err and "stages.1.dataset" in err


@pytest.mark.slow
def test_a_stage_that_fails_while_training_prints_its_message(workdir, tmp_path, capsys, monkeypatch):
    from governed_tuning.errors import InputError
    from governed_tuning.stages import sft

    def fails(inp):
        raise InputError(inp.dataset, "record 3 has an empty completion after scrubbing")

    monkeypatch.setattr(sft, "train", fails)
    cfg, reports = config(workdir, tmp_path, [SFT])
    code, out, err = run_cli(["run", str(cfg), *key_args(workdir)], capsys)
    assert code == 1, out + err
    assert "stage sft failed" in out and "record 3 has an empty completion after scrubbing" in out


def test_the_fairness_suite_and_scorer_are_checked_before_training(workdir, tmp_path, capsys):
    """The fairness gate runs after the last stage; a suite or scorer it cannot load is found before the first."""
    with pytest.raises(SystemExit):
        main(["policy", "show", "default"])
    policy = yaml.safe_load(capsys.readouterr().out)
    policy["name"] = "acme"
    policy["fairness"]["suite"] = "genderr"
    policy["fairness"]["scorer"] = "no_such_package.scoring:score"
    (tmp_path / "policy.yaml").write_text(yaml.safe_dump(policy))
    cfg, reports = config(workdir, tmp_path, [SFT], policy=str(tmp_path / "policy.yaml"))  # no reward stage
    code, out, err = run_cli(["run", str(cfg), "--check", *key_args(workdir)], capsys)
    assert code == 2, out + err
    assert "fairness.suite" in err and "genderr" in err
    assert "fairness.scorer" in err and "no_such_package" in err
    assert nothing_written(reports)


def test_personal_data_in_declared_fields_stops_the_run_naming_the_field_never_the_value(workdir, tmp_path, capsys):
    """Governance and disclosure text is copied into the signed report and the regulators' documents: a person's
    name or an identifier there stops the run (exit 2, file, line, field and kinds named, value never shown); the
    controller's address, the DPO named with a mailbox in a contact field, and a document reference pass."""
    manifest = yaml.safe_load((workdir / "manifest.yaml").read_text())
    manifest["datasets"][0]["description"] = "support chats; see the complaint of customer 078-05-1120"
    for d in manifest["datasets"]:
        d["path"] = str(workdir / d["path"])
    for m in manifest["models"]:
        m["path"] = str(workdir / m["path"])
    (tmp_path / "manifest.yaml").write_text(yaml.safe_dump(manifest, sort_keys=False))
    gov = {"purpose": "a support assistant, as agreed with Maria Schmidt",
           "contact": "Dr. Jana Weber, Data Protection Officer, privacy@acme.example",  # Art. 30(1)(a) asks for it
           "dpia": "https://acme.example/dpia/DPIA-2026-03", "controller": "Acme Support GmbH, Hauptstr. 5, 10115 Berlin"}
    cfg, reports = config(workdir, tmp_path, [SFT], governance=gov)
    doc = yaml.safe_load(cfg.read_text())
    doc["manifest"] = str(tmp_path / "manifest.yaml")
    cfg.write_text(yaml.safe_dump(doc, sort_keys=False))
    code, out, err = run_cli(["run", str(cfg), "--check", *key_args(workdir)], capsys)
    assert code == 2, out + err
    assert f"{cfg}:{line_of(cfg, 'purpose:')}: field governance.purpose: holds what the PII gate reads as personal " \
           "data (PERSON x1)" in err
    assert f"{tmp_path / 'manifest.yaml'}:{line_of(tmp_path / 'manifest.yaml', 'description: support chats')}: " \
           "field datasets.0.description: holds what the PII gate reads as personal data (US_SSN x1)" in err
    assert "governance.contact" not in err and "governance.dpia" not in err and "governance.controller" not in err
    assert "Schmidt" not in out + err and "078-05-1120" not in out + err
    assert "problem(s)" in err and nothing_written(reports)
