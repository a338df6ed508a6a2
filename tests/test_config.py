"""Run configurations load strictly: a typo fails with the file, line and field path."""

import textwrap

import pytest

from governed_tuning.config import load_run_config
from governed_tuning.errors import ConfigError

GOOD = """\
base_model: tiny-base
manifest: manifest.yaml
stages:
  - kind: sft
    dataset: chats
    args: {max_steps: 2}
  - kind: reward
    dataset: prefs
    model: base
  - kind: rl
    dataset: prompts
    model: sft
    algorithm: grpo
"""


def write(tmp_path, text):
    p = tmp_path / "run.yaml"
    p.write_text(textwrap.dedent(text))
    return p


def test_valid_config_resolves_paths_against_its_folder(tmp_path):
    cfg = load_run_config(write(tmp_path, GOOD))
    assert [s.stage_name for s in cfg.stages] == ["sft", "reward", "rl"]
    assert cfg.stages[0].args == {"max_steps": 2} and cfg.stages[2].algorithm == "grpo"
    assert cfg.path(cfg.manifest) == tmp_path.resolve() / "manifest.yaml"
    assert cfg.policy_ref() == "default"


def test_typo_in_a_stage_names_file_line_and_field_path(tmp_path):
    p = write(tmp_path, GOOD.replace("    model: base", "    modle: base"))
    with pytest.raises(ConfigError) as e:
        load_run_config(p)
    msg = str(e.value)
    assert f"{p}:9: field stages.1.modle: unknown key" in msg


def test_wrong_type_and_unknown_kind_are_reported_by_field(tmp_path):
    p = write(tmp_path, GOOD.replace("kind: sft", "kind: ppo").replace("args: {max_steps: 2}", "args: [1]"))
    with pytest.raises(ConfigError) as e:
        load_run_config(p)
    msg = str(e.value)
    assert "field stages.0.kind" in msg and "field stages.0.args" in msg and f"{p}:4" in msg


@pytest.mark.parametrize("change, expected", [
    (("model: sft", "model: nope"), "stages.2.model"),
    (("  - kind: reward\n    dataset: prefs\n    model: base\n", ""), "needs an earlier reward stage"),
    (("model: sft", "model: reward"), "is a reward model"),
])
def test_stage_references_must_point_backwards(tmp_path, change, expected):
    with pytest.raises(ConfigError, match=expected):
        load_run_config(write(tmp_path, GOOD.replace(*change)))


def test_missing_stages_is_a_missing_field(tmp_path):
    with pytest.raises(ConfigError, match="field stages: required field is missing"):
        load_run_config(write(tmp_path, "base_model: m\nmanifest: m.yaml\n"))


def test_shipped_example_config_is_valid_and_matches_its_manifest():
    from pathlib import Path

    from governed_tuning.manifest import load_manifest

    example = Path(__file__).parent.parent / "examples" / "run.yaml"
    cfg = load_run_config(example)
    manifest = load_manifest(cfg.path(cfg.manifest))
    assert {s.dataset for s in cfg.stages} <= {d.name for d in manifest.datasets}
    assert cfg.base_model in {m.name for m in manifest.models}


def test_the_engine_is_a_setting_of_the_run(tmp_path):
    """`engine: {name: ray}` runs the scrub and the fairness generation on Ray (as `scrub --engine ray`); local is
    the default, and an unknown engine names its line."""
    assert load_run_config(write(tmp_path, GOOD)).engine.name == "local"
    cfg = load_run_config(write(tmp_path, GOOD + "engine: {name: ray, workers: 2, ray_address: auto}\n"))
    assert (cfg.engine.name, cfg.engine.workers, cfg.engine.ray_address) == ("ray", 2, "auto")
    p = write(tmp_path, GOOD + "engine: {name: spark}\n")
    with pytest.raises(ConfigError, match=r"run.yaml:14: field engine.name: Input should be .local. or .ray."):
        load_run_config(p)
