"""The installed package (a wheel, not this checkout) carries the policies, suites and dashboard app."""

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_wheel_ships_policies_suites_and_dashboard(tmp_path):
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
                    "-w", str(tmp_path), str(ROOT)], check=True, cwd=tmp_path)
    (wheel,) = tmp_path.glob("governed_tuning-*.whl")
    with zipfile.ZipFile(wheel) as zf:
        zf.extractall(tmp_path / "site")
    code = (
        "import governed_tuning, governed_tuning.policy as p, governed_tuning.suites as s\n"
        "from importlib import resources\n"
        "assert governed_tuning.__file__.startswith(%r), governed_tuning.__file__\n"
        "print([p.load_policy(n).policy.name for n in p.SHIPPED])\n"
        "print(s.shipped_suites())\n"
        "print((resources.files('governed_tuning.dashboard') / 'app.py').is_file())\n"
    ) % str(tmp_path / "site")
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True,
                         cwd=tmp_path, env={"PYTHONPATH": str(tmp_path / "site"), "PATH": "/usr/bin:/bin"}).stdout
    lines = out.splitlines()
    assert lines[0] == "['default', 'gdpr', 'ccpa']"
    assert "gender" in lines[1] and "religion" in lines[1]
    assert lines[2] == "True"
