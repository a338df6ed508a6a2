"""The Makefile's set-up: `make demo` installs nothing system-wide (only `make test` needs the browser); torch is
the CPU build unless a GPU build is asked for, and an unreachable CPU index falls back at once, never hangs."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")


def dry_run(tmp_path, *args: str) -> str:
    """What `make -n ARGS` would run for a fresh checkout (a venv that does not exist yet, no chromium on PATH)."""
    proc = subprocess.run(["make", "-n", "-C", str(ROOT), f"VENV={tmp_path / 'venv'}", *args],
                          capture_output=True, text=True, timeout=60, env={"PATH": "/usr/bin:/bin"})
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


def test_demo_installs_no_system_packages(tmp_path):
    out = dry_run(tmp_path, "demo")
    assert "apt-get" not in out and "chromium" not in out
    assert "governed-tuning demo" in out


def test_test_installs_the_browser_the_dashboard_test_drives(tmp_path):
    out = dry_run(tmp_path, "test")
    assert "chromium" in out and "pytest" in out


def test_torch_is_the_cpu_build_by_default_with_a_fast_fallback(tmp_path):
    out = dry_run(tmp_path, "install")
    torch_lines = [line for line in out.splitlines() if "torch==2.13.0" in line]
    assert torch_lines, out
    cpu = torch_lines[0]
    assert "--index-url" in cpu and "/whl/cpu" in cpu
    assert "--timeout" in cpu and "--retries" in cpu  # a refused or silent index fails in seconds
    assert "||" in cpu  # then the default index (here: the CPU wheel on this machine's disk)


def test_gpu_build_when_asked(tmp_path):
    out = dry_run(tmp_path, "install", "TORCH=cuda")
    torch_lines = [line for line in out.splitlines() if "torch==2.13.0" in line]
    assert torch_lines and all("/whl/cpu" not in line for line in torch_lines)


def test_unknown_torch_flavour_is_refused(tmp_path):
    proc = subprocess.run(["make", "-n", "-C", str(ROOT), f"VENV={tmp_path / 'venv'}", "install", "TORCH=tpu"],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode != 0 and "TORCH" in proc.stderr


def test_refused_cpu_index_falls_back_to_the_default_index(tmp_path):
    """The real recipe with a pip that refuses the CPU index, as an unreachable index does (pip's own bound on
    that attempt is --timeout without --retries; measured by hand, not in a timed test)."""
    log = tmp_path / "pip.log"
    pip = tmp_path / "pip"
    pip.write_text(f'#!/bin/sh\necho "$*" >> {log}\ncase "$*" in *--index-url*) exit 1;; esac\n')
    pip.chmod(0o755)
    proc = subprocess.run(["make", "-C", str(ROOT), f"VENV={tmp_path / 'venv'}", "torch", f"PIP={pip}"],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "falling back" in proc.stdout
    first, second = log.read_text().splitlines()
    assert "--index-url" in first and "torch==2.13.0" in first
    assert second == "install torch==2.13.0"


def test_ray_extra_is_installed_by_test_not_by_demo(tmp_path):
    """`--engine ray` needs the `ray` extra: `make test` installs it (the Ray tests run in CI), `make demo` does not
    (a user who never scales out never downloads Ray)."""
    assert ".[dev,bbq,ray]" in dry_run(tmp_path, "test")
    assert ",ray]" not in dry_run(tmp_path, "demo")
