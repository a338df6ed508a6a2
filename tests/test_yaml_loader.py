"""Configuration files are read with libyaml's parser where PyYAML has it (``schema.SAFE_LOADER``): the same
values and line numbers as the pure-Python parser, and a nesting bomb is a named error, not a crash."""

from pathlib import Path

import pytest
import yaml

from governed_tuning.policy import PolicyError, load_policy
from governed_tuning.schema import SAFE_LOADER

POLICIES = sorted((Path(__file__).resolve().parents[1] / "governed_tuning" / "policies").glob("*.yaml"))


@pytest.mark.parametrize("path", POLICIES, ids=lambda p: p.name)
def test_the_fast_parser_reads_every_shipped_policy_as_the_pure_python_one_does(path):
    text = path.read_text(encoding="utf-8")
    assert yaml.load(text, Loader=SAFE_LOADER) == yaml.safe_load(text)
    fast, slow = yaml.compose(text, Loader=SAFE_LOADER), yaml.compose(text)
    assert [(k.value, k.start_mark.line) for k, _ in fast.value] == [(k.value, k.start_mark.line) for k, _ in slow.value]


def test_a_nesting_bomb_is_a_named_yaml_error(tmp_path):
    p = tmp_path / "p.yaml"
    p.write_text("name: x\npii: " + "[" * 5000 + "]" * 5000 + "\n")
    with pytest.raises(PolicyError, match=r"p\.yaml(:\d+:\d+: not valid YAML|: nested too deeply)"):
        load_policy(p)
