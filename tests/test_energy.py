"""Energy in the compute record: the CPU packages' RAPL counters read through a fake powercap tree (the machine
running the tests has none, or one only root reads), and each reason it is not measured said, never a blank."""

from __future__ import annotations

from pathlib import Path

import pytest

from governed_tuning import compute


def _zone(root: Path, name: str, label: str, uj: int, wrap: int | None = 262143328850) -> Path:
    z = root / name
    z.mkdir(parents=True)
    (z / "name").write_text(label + "\n")
    (z / "energy_uj").write_text(f"{uj}\n")
    if wrap is not None:
        (z / "max_energy_range_uj").write_text(f"{wrap}\n")
    return z


def _set(z: Path, uj: int) -> None:
    (z / "energy_uj").write_text(f"{uj}\n")


@pytest.fixture
def powercap(tmp_path, monkeypatch):
    root = tmp_path / "powercap"
    root.mkdir()
    monkeypatch.setattr(compute, "POWERCAP", root)
    return root


def test_every_package_is_summed_and_sub_zones_and_psys_are_not(powercap):
    p0 = _zone(powercap, "intel-rapl:0", "package-0", 1_000_000)
    p1 = _zone(powercap, "intel-rapl:1", "package-1", 5_000_000)
    core = _zone(powercap, "intel-rapl:0:0", "core", 0)  # inside package-0's count
    psys = _zone(powercap, "intel-rapl:2", "psys", 0)  # the whole platform, packages included
    _zone(powercap, "intel-rapl-mmio:0", "package-0", 0)  # the same package through MMIO
    energy = compute._Energy("cpu", None)
    assert energy.method.startswith("Linux RAPL") and "package-0, package-1" in energy.method
    _set(p0, 3_500_000)
    _set(p1, 6_000_000)
    _set(core, 99_000_000)
    _set(psys, 99_000_000)
    assert energy.joules() == 3.5


def test_a_counter_that_wraps_between_the_reads_is_added_back(powercap):
    p0 = _zone(powercap, "intel-rapl:0", "package-0", 999_000_000, wrap=1_000_000_000)
    energy = compute._Energy("cpu", None)
    _set(p0, 2_000_000)
    assert energy.joules() == 3.0


def test_a_counter_that_goes_back_without_a_range_is_no_measurement(powercap):
    p0 = _zone(powercap, "intel-rapl:0", "package-0", 9_000_000, wrap=None)
    energy = compute._Energy("cpu", None)
    _set(p0, 1_000_000)
    assert energy.joules() is None


def test_each_reason_for_no_measurement_is_said(powercap, monkeypatch, tmp_path):
    monkeypatch.setattr(compute, "POWERCAP", tmp_path / "absent")
    assert "no powercap folder" in compute._Energy("cpu", None).method
    monkeypatch.setattr(compute, "POWERCAP", powercap)
    assert "no RAPL zone" in compute._Energy("cpu", None).method
    z = _zone(powercap, "intel-rapl:0", "package-0", 1)

    def denied(path):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(compute, "_read_int", denied)  # the tests run as root, who reads any file
    energy = compute._Energy("cpu", None)
    assert energy.method.startswith("not measured:") and "root only" in energy.method
    assert energy.joules() is None
    monkeypatch.undo()
    monkeypatch.setattr(compute, "POWERCAP", powercap)
    (z / "energy_uj").unlink()
    (z / "energy_uj").mkdir()
    assert "cannot be read as a counter (IsADirectoryError)" in compute._Energy("cpu", None).method
    assert compute._Energy("mps", None).method == "not measured: no energy counter for mps devices"
