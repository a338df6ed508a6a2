"""Configuration errors a careless user meets read well: file and line of the field at fault, the value of an
invalid choice, the closest allowed key for a typo, normalised paths, and help text in plain words."""

from __future__ import annotations

import re

import pytest
import yaml

from governed_tuning.cli import main
from governed_tuning.config import load_run_config
from governed_tuning.errors import ConfigError

MANIFEST = {"datasets": [{"name": "chats", "path": "chats.jsonl", "license": "MIT", "source": "made here"}],
            "models": [{"name": "tiny", "path": "tiny", "license": "MIT", "source": "made here"}]}
RUN = """\
base_model: tiny
manifest: manifest.yaml
reports: ../reports
stages:
  - kind: sft
    dataset: chats
  - kind: reward
    dataset: chats
    model: base
  - kind: rl
    dataset: chats
    model: sft
    reward_model: reward
    algorithm: rloo
"""


@pytest.fixture
def folder(tmp_path):
    (tmp_path / "my-run").mkdir()
    (tmp_path / "my-run" / "manifest.yaml").write_text(yaml.safe_dump(MANIFEST))
    (tmp_path / "my-run" / "chats.jsonl").write_text('{"prompt": "hi", "completion": "hello"}\n')
    return tmp_path / "my-run"


def write(folder, text):
    path = folder / "run.yaml"
    path.write_text(text)
    return path


def line_of(path, needle: str) -> int:
    return next(i for i, t in enumerate(path.read_text().splitlines(), 1) if needle in t)


def check(path, capsys) -> tuple[int, str]:
    with pytest.raises(SystemExit) as e:
        main(["run", str(path), "--check"])
    out = capsys.readouterr()
    return e.value.code, out.err + out.out


def test_reference_to_an_unknown_dataset_names_run_yaml_and_line(folder, capsys):
    path = write(folder, RUN.replace("    dataset: chats\n    model: base", "    dataset: chatz\n    model: base"))
    code, text = check(path, capsys)
    assert code == 2
    assert f"{path}:{line_of(path, 'dataset: chatz')}: field stages.1.dataset" in text
    assert "'chatz'" in text and "chats" in text


def test_reference_to_a_stage_that_is_not_earlier_names_its_line(folder):
    path = write(folder, RUN.replace("model: sft", "model: sftt"))
    with pytest.raises(ConfigError) as e:
        load_run_config(path)
    assert f"{path}:{line_of(path, 'model: sftt')}: field stages.2.model" in str(e.value)
    assert "(top level)" not in str(e.value) and "got dict" not in str(e.value)


def test_invalid_choice_shows_the_value_given(folder):
    path = write(folder, RUN.replace("algorithm: rloo", "algorithm: ppo"))
    with pytest.raises(ConfigError) as e:
        load_run_config(path)
    msg = str(e.value)
    assert f"{path}:{line_of(path, 'algorithm: ppo')}: field stages.2.algorithm" in msg
    assert "'ppo'" in msg and "got str" not in msg


def test_unknown_key_suggests_the_closest_allowed_key(folder):
    path = write(folder, RUN.replace("reward_model: reward", "reward_modle: reward"))
    with pytest.raises(ConfigError) as e:
        load_run_config(path)
    msg = str(e.value)
    assert f"{path}:{line_of(path, 'reward_modle')}: field stages.2.reward_modle" in msg
    assert "did you mean 'reward_model'" in msg


def test_unknown_top_level_key_suggests_too(folder):
    path = write(folder, RUN.replace("reports: ../reports", "report: ../reports"))
    with pytest.raises(ConfigError) as e:
        load_run_config(path)
    assert "did you mean 'reports'" in str(e.value)


def test_relative_paths_are_normalised(folder):
    cfg = load_run_config(write(folder, RUN))
    reports = cfg.path(cfg.reports)
    assert ".." not in reports.parts and reports == folder.parent / "reports"


@pytest.mark.parametrize("argv", [[], ["run"], ["scrub"], ["dashboard"], ["demo"], ["verify"], ["license", "check"]])
def test_help_text_shows_no_type_markup(argv, capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "200")
    with pytest.raises(SystemExit):
        main([*argv, "--help"])
    text = capsys.readouterr().out
    (usage,) = [line for line in text.splitlines() if "Usage:" in line]
    assert "{" not in usage and "<" not in usage, usage
    assert not re.search(r"<(bool|str|int|float|path|Path|list\[[^\]]*\])>", text), text
