"""The README's training quickstart, run literally in a fresh folder holding what a clone holds.

The block that starts with `cp examples/run.yaml ...` is taken from README.md as written and run line by line
with bash (`set -e`: any failing line fails the test). Only two things are not literal: `<run_id>` is the run
folder the quickstart's own `run` line wrote, and the last line (`governed-tuning dashboard`, a server that runs
until stopped) is left to the dashboard's browser test.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.xfail(strict=True, reason="issue 14: fixed in a later commit of this branch")

ROOT = Path(__file__).resolve().parents[1]


def quickstart_block() -> list[str]:
    blocks = re.findall(r"```bash\n(.*?)```", (ROOT / "README.md").read_text(), flags=re.S)
    (block,) = [b for b in blocks if "cp examples/run.yaml" in b]
    return [line for line in block.splitlines() if line.strip()]


@pytest.mark.slow
@pytest.mark.timeout(300)
def test_readme_quickstart_runs_as_written(tmp_path):
    lines = quickstart_block()
    assert lines[-1].startswith("governed-tuning dashboard")
    script = "\n".join(["set -euo pipefail", *(line.replace("<run_id>", "$(ls -d reports/*/ | head -1)")
                                                for line in lines[:-1])])
    clone = tmp_path / "clone"
    shutil.copytree(ROOT / "examples", clone / "examples", ignore=shutil.ignore_patterns("__pycache__"))
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    env.pop("GOVERNED_TUNING_PSEUDONYM_KEY", None)
    proc = subprocess.run(["bash", "-c", script], cwd=clone, env=env, capture_output=True, text=True, timeout=280)
    assert proc.returncode == 0, f"stdout:\n{proc.stdout[-3000:]}\nstderr:\n{proc.stderr[-3000:]}"
    assert "VERIFIED" in proc.stdout
    assert (clone / "my-run" / "run.yaml").is_file()
