"""The shared stage plumbing: exact-bytes reading, column checks, TRL args passed through unchanged."""

import json

import pytest
from trl import SFTConfig

from governed_tuning.digest import sha256_file
from governed_tuning.errors import InputError
from governed_tuning.stages.common import StageInput, load_dataset_exact, path_size, trl_config


def test_dataset_digest_is_of_the_bytes_read(tmp_path):
    f = tmp_path / "d.jsonl"
    f.write_text('{"prompt": "a", "completion": "b"}\n\n{"prompt": "c", "completion": "d"}\n')
    ds, art = load_dataset_exact(StageInput(tmp_path, f, "m", tmp_path / "out"))
    assert len(ds) == 2 and art.sha256 == sha256_file(f) and art.path == "d.jsonl"
    assert art.role == "scrubbed_dataset"


def test_bad_line_names_file_and_line_without_content(tmp_path):
    f = tmp_path / "d.jsonl"
    f.write_text(json.dumps({"prompt": "a"}) + "\n{secret@example.com\n")
    with pytest.raises(InputError) as e:
        load_dataset_exact(StageInput(tmp_path, f, "m", tmp_path / "out"))
    assert f"{f}:2" in str(e.value) and "secret" not in str(e.value)


def test_undecodable_or_non_object_line_names_file_and_line_without_content(tmp_path):
    f = tmp_path / "d.jsonl"
    for body, reason in ((b'{"prompt": "a"}\n{"prompt": "secret\xff"}\n', "not valid UTF-8 text"),
                         (b'{"prompt": "a"}\n["secret@example.com"]\n', "expected a JSON object per line, got list")):
        f.write_bytes(body)
        with pytest.raises(InputError) as e:
            load_dataset_exact(StageInput(tmp_path, f, "m", tmp_path / "out"))
        assert str(e.value) == f"{f}:2: {reason}"


def test_trl_args_pass_through_and_output_dir_is_ours(tmp_path):
    inp = StageInput(tmp_path, tmp_path / "d.jsonl", "m", tmp_path / "out", seed=7,
                     args={"max_steps": 3, "learning_rate": 0.5, "report_to": "none", "output_dir": "/elsewhere"})
    cfg, recorded = trl_config(SFTConfig, inp)
    assert cfg.max_steps == 3 and cfg.learning_rate == 0.5 and cfg.seed == 7
    assert cfg.output_dir == str(tmp_path / "out" / "checkpoints")
    assert recorded["max_steps"] == 3 and "output_dir" not in recorded


def test_unknown_trl_argument_is_a_type_error(tmp_path):
    with pytest.raises(TypeError):
        trl_config(SFTConfig, StageInput(tmp_path, tmp_path / "d", "m", tmp_path / "o", args={"max_stepz": 1}))


def test_csv_dataset_is_read_and_digested_like_jsonl(tmp_path):
    f = tmp_path / "d.csv"
    f.write_text("prompt,completion\na,b\nc,d\n")
    ds, art = load_dataset_exact(StageInput(tmp_path, f, "m", tmp_path / "out"))
    assert ds.column_names == ["prompt", "completion"] and len(ds) == 2 and art.sha256 == sha256_file(f)


def test_path_size_of_a_folder_is_the_bytes_of_its_files(tmp_path):
    (tmp_path / "ds" / "train").mkdir(parents=True)
    (tmp_path / "ds" / "a.json").write_bytes(b"x" * 10)
    (tmp_path / "ds" / "train" / "b.arrow").write_bytes(b"y" * 5)
    assert path_size(tmp_path / "ds") == 15 and path_size(tmp_path / "ds" / "a.json") == 10
