"""Item 8: a YAML bomb (aliases) in a run config's `args` ended in a MemoryError traceback and an empty run folder.
Alias expansion and document size are limited; a config error exits 2 before the run folder exists."""

from __future__ import annotations

import pytest

from governed_tuning.config import load_run_config
from governed_tuning.errors import ConfigError

BOMB = """\
base_model: tiny
manifest: manifest.yaml
stages:
  - kind: sft
    dataset: chats
    args:
      a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]
      b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]
      c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]
      d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]
      e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]
      f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]
      g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f, *f]
      h: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g, *g]
      i: &i [*h, *h, *h, *h, *h, *h, *h, *h, *h, *h]
"""


@pytest.mark.timeout(30)
def test_an_alias_bomb_is_a_config_error_naming_the_file_and_line(tmp_path):
    cfg = tmp_path / "run.yaml"
    cfg.write_text(BOMB)
    with pytest.raises(ConfigError) as err:
        load_run_config(cfg)
    msg = str(err.value)
    assert str(cfg) in msg and "alias" in msg.lower()


def test_a_config_larger_than_the_documented_limit_is_refused(tmp_path):
    cfg = tmp_path / "run.yaml"
    cfg.write_text("base_model: tiny\nmanifest: m.yaml\n# " + "x" * (2 << 20) + "\nstages: []\n")
    with pytest.raises(ConfigError, match="larger than"):
        load_run_config(cfg)


@pytest.mark.timeout(60)
def test_the_run_command_exits_2_before_any_run_folder_exists(tmp_path, capsys):
    from governed_tuning.cli import main

    cfg = tmp_path / "run.yaml"
    cfg.write_text(BOMB + "reports: reports\n")
    with pytest.raises(SystemExit) as exit_:
        main(["run", str(cfg)])
    assert exit_.value.code == 2
    assert not (tmp_path / "reports").exists()
    err = capsys.readouterr().err
    assert "alias" in err.lower() and "Traceback" not in err
