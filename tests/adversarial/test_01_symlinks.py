"""Item 1: a symlink, FIFO or extra folder added to a signed run folder was outside the signature."""

from __future__ import annotations

import os
import shutil

import pytest
from adversaries import codes

from governed_tuning.audit.verify import verify_run


def test_a_symlinked_file_in_a_run_folder_is_a_named_failure(folder):
    run = folder.run(0)
    os.symlink("/etc/passwd", run / "data" / "sft" / "extra-train.jsonl")
    result = verify_run(run, folder.pub)
    assert not result.ok
    assert "not_regular_file" in codes(result)
    assert any("data/sft/extra-train.jsonl" in f.message and "symlink" in f.message for f in result.failures)


def test_a_symlinked_model_folder_with_its_own_valid_signature_is_a_named_failure(folder, tmp_path):
    elsewhere = tmp_path / "elsewhere-model"
    shutil.copytree(folder.run(1) / "models" / "sft", elsewhere)  # a complete model with a valid model.sig
    run = folder.run(0)
    os.symlink(elsewhere, run / "models" / "backdoor")
    result = verify_run(run, folder.pub)
    assert not result.ok and "not_regular_file" in codes(result)
    assert any("models/backdoor" in f.message for f in result.failures)


def test_a_signed_file_swapped_for_a_symlink_to_the_same_bytes_is_a_named_failure(folder, tmp_path):
    run = folder.run(0)
    weights = run / "models" / "sft" / "model.safetensors"
    copy = tmp_path / "same-bytes.safetensors"
    shutil.copy(weights, copy)
    weights.unlink()
    os.symlink(copy, weights)
    result = verify_run(run, folder.pub)
    assert not result.ok and "not_regular_file" in codes(result)


@pytest.mark.timeout(20)
def test_a_fifo_in_place_of_a_signed_file_fails_without_hanging(folder):
    run = folder.run(0)
    target = run / "data" / "sft" / "train.jsonl"
    target.unlink()
    os.mkfifo(target)  # nobody writes: opening it to hash it would block forever
    result = verify_run(run, folder.pub)
    assert not result.ok and "not_regular_file" in codes(result)


def test_an_extra_empty_folder_is_a_named_failure(folder):
    run = folder.run(0)
    (run / "models" / "unsigned-extra").mkdir()
    result = verify_run(run, folder.pub)
    assert not result.ok and "unexpected_artefact" in codes(result)
    assert any("models/unsigned-extra" in f.message for f in result.failures)


def test_a_folder_stuffed_with_files_is_named_not_listed_file_by_file(folder):
    """Found by hand: 20,000 files added to a run folder made a 2 MB verification report (and table cell)."""
    run = folder.run(0)
    junk = run / "data" / "junk"
    junk.mkdir()
    for i in range(500):
        (junk / f"f{i}").write_bytes(b"x")
    for i in range(30):
        (run / "data" / "sft" / f"extra{i}.jsonl").write_bytes(b"{}\n")
    result = verify_run(run, folder.pub)
    assert not result.ok and codes(result) == {"unexpected_artefact"}
    assert len(result.failures) == 1 + 20 + 1  # the folder, 20 files, "... and 10 more"
    assert result.failures[-1].message == "... and 10 more files not covered by the signature"
