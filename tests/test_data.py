import json
import os

import pytest

from governed_tuning.data import read_table, write_table
from governed_tuning.errors import InputError
from governed_tuning.fsio import atomic_path, atomic_write_text

RECORDS = [
    {"id": 1, "text": "hello", "score": 0.5, "ok": True},
    {"id": 2, "text": "world", "score": 1.5, "ok": False},
]


def test_jsonl_round_trip_keeps_order_and_types(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in RECORDS))
    t = read_table(src)
    assert t.records == RECORDS and t.lines == [1, 2]
    out = tmp_path / "out.jsonl"
    write_table(out, t.records, like=t)
    assert read_table(out).records == RECORDS


def test_jsonl_malformed_line_is_named(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text('{"a": 1}\n{"secret": "Jane Doe"\n[1]\n')
    with pytest.raises(InputError) as exc:
        read_table(src)
    assert str(exc.value).startswith(f"{src}:2: not valid JSON")
    assert "Jane" not in str(exc.value)
    t = read_table(src, on_malformed="skip")
    assert t.records == [{"a": 1}]
    assert [m.line for m in t.malformed] == [2, 3]
    assert "expected a JSON object" in t.malformed[1].reason


def test_csv_round_trip(tmp_path):
    src = tmp_path / "in.csv"
    src.write_text("id,text\n1,hello\n2,world\n")
    t = read_table(src)
    assert t.records == [{"id": "1", "text": "hello"}, {"id": "2", "text": "world"}]
    out = tmp_path / "out.csv"
    write_table(out, t.records, like=t)
    assert read_table(out).records == t.records
    assert out.read_text().splitlines() == src.read_text().splitlines()


def test_csv_fields_longer_than_the_csv_module_default_are_read(tmp_path):
    long_doc = "word " * 60_000  # 300 kB in one field, past the csv module's 128 KiB default
    src = tmp_path / "in.csv"
    src.write_text(f"id,text\n1,{long_doc}\n")
    t = read_table(src)
    assert t.records == [{"id": "1", "text": long_doc}]
    out = tmp_path / "out.csv"
    write_table(out, t.records, like=t)
    assert read_table(out).records == t.records


def test_csv_wrong_column_count(tmp_path):
    src = tmp_path / "in.csv"
    src.write_text("id,text\n1,hello,extra\n")
    with pytest.raises(InputError, match=r"in\.csv:2: expected 2 columns"):
        read_table(src)


def test_parquet_round_trip_keeps_schema(tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    src = tmp_path / "in.parquet"
    schema = pa.schema([("id", pa.int32()), ("text", pa.string()), ("score", pa.float32()), ("ok", pa.bool_())])
    pq.write_table(pa.Table.from_pylist(RECORDS, schema=schema), src)
    t = read_table(src)
    out = tmp_path / "out.parquet"
    write_table(out, t.records, like=t)
    assert pq.read_table(out).schema == schema
    assert read_table(out).records == t.records


def test_hf_folder_round_trip(tmp_path):
    import datasets

    src = tmp_path / "ds"
    datasets.Dataset.from_list(RECORDS).save_to_disk(str(src))
    t = read_table(src)
    assert t.fmt == "hf" and t.records == RECORDS
    out = tmp_path / "ds_out"
    write_table(out, t.records, like=t)
    assert datasets.load_from_disk(str(out)).to_list() == RECORDS


def test_hf_dataset_dict_round_trip(tmp_path):
    import datasets

    src = tmp_path / "dd"
    datasets.DatasetDict({"train": datasets.Dataset.from_list(RECORDS),
                          "test": datasets.Dataset.from_list(RECORDS[:1])}).save_to_disk(str(src))
    t = read_table(src)
    assert len(t.records) == 3
    out = tmp_path / "dd_out"
    write_table(out, t.records, like=t)
    back = datasets.load_from_disk(str(out))
    assert back["train"].to_list() == RECORDS and back["test"].to_list() == RECORDS[:1]


def test_refuses_to_overwrite_input(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text('{"a": 1}\n')
    t = read_table(src)
    with pytest.raises(InputError, match="refusing to overwrite the input"):
        write_table(src, [{"a": 2}], like=t)
    assert src.read_text() == '{"a": 1}\n'


def test_atomic_write_leaves_target_intact_on_error(tmp_path):
    target = tmp_path / "out.txt"
    target.write_text("old")
    with pytest.raises(RuntimeError):
        with atomic_path(target) as tmp:
            tmp.write_text("half")
            raise RuntimeError("crash mid-write")
    assert target.read_text() == "old"
    assert os.listdir(tmp_path) == ["out.txt"]
    atomic_write_text(target, "new")
    assert target.read_text() == "new" and os.listdir(tmp_path) == ["out.txt"]


def test_unknown_suffix(tmp_path):
    p = tmp_path / "x.txt"
    p.write_text("hi")
    with pytest.raises(InputError, match="unknown file type"):
        read_table(p)


def test_hf_output_never_replaces_a_folder_holding_the_input_or_other_files(tmp_path):
    import datasets

    folder = tmp_path / "data"
    src = folder / "ds"
    datasets.Dataset.from_list(RECORDS).save_to_disk(str(src))
    (folder / "keep.txt").write_text("x")
    t = read_table(src)
    with pytest.raises(InputError, match="holds the input"):
        write_table(folder, t.records, like=t)  # would have swapped out (and deleted) the whole folder
    with pytest.raises(InputError, match="inside"):
        write_table(src / "out", t.records, like=t)
    other = tmp_path / "notes"
    other.mkdir()
    (other / "a.txt").write_text("mine")
    with pytest.raises(InputError, match="not a Hugging Face dataset folder"):
        write_table(other, t.records, like=t)
    assert (folder / "keep.txt").exists() and read_table(src).records == RECORDS
    assert (other / "a.txt").read_text() == "mine"
    out = tmp_path / "out"
    write_table(out, t.records, like=t)
    write_table(out, t.records[:1], like=t)  # an earlier output is replaced
    assert read_table(out).records == RECORDS[:1]


def test_file_output_that_is_a_folder_is_an_error(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text('{"a": 1}\n')
    (tmp_path / "out.jsonl").mkdir()
    with pytest.raises(InputError, match="is a folder"):
        write_table(tmp_path / "out.jsonl", [{"a": 1}], like=read_table(src))


def test_jsonl_invalid_utf8_names_its_own_line_and_skip_keeps_the_rest(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_bytes(b'{"a": 1}\n{"a": "\xff"}\n{"a": 3}\n')
    with pytest.raises(InputError, match=r"in\.jsonl:2: not valid UTF-8"):
        read_table(src)
    t = read_table(src, on_malformed="skip")
    assert t.records == [{"a": 1}, {"a": 3}] and t.lines == [1, 3]
    assert [m.line for m in t.malformed] == [2]


def test_csv_blank_lines_hold_no_record_and_csv_errors_name_the_line(tmp_path):
    src = tmp_path / "in.csv"
    src.write_text("id,text\n1,hello\n\n2,world\n\n")
    t = read_table(src)
    assert t.records == [{"id": "1", "text": "hello"}, {"id": "2", "text": "world"}] and t.lines == [2, 4]
    bad = tmp_path / "bad.csv"
    bad.write_text('id,text\n1,ok\n2,"Jane" Doe\n3,"never closed\n4,fine\n')
    with pytest.raises(InputError, match=r"bad\.csv:3: not valid CSV") as exc:
        read_table(bad)
    assert "Jane" not in str(exc.value)
    unterminated = tmp_path / "open.csv"
    unterminated.write_text('id,text\n1,ok\n3,"never closed\n4,fine\n')
    with pytest.raises(InputError, match=r"open\.csv:\d+: not valid CSV"):
        read_table(unterminated)  # not one record holding the rest of the file


@pytest.mark.parametrize("fmt", ["parquet", "hf"])
def test_records_that_do_not_fit_the_schema_are_not_quoted(tmp_path, fmt):
    src = tmp_path / ("in.parquet" if fmt == "parquet" else "in")
    write_table(src, RECORDS, fmt=fmt)
    t = read_table(src)
    with pytest.raises(InputError) as exc:
        write_table(tmp_path / ("o.parquet" if fmt == "parquet" else "o"), [{**RECORDS[0], "id": "Jane Doe"}], like=t)
    assert "Jane" not in str(exc.value) and "do not fit" in str(exc.value)


def test_csv_repeated_column_names_are_an_error_not_a_silent_drop(tmp_path):
    src = tmp_path / "in.csv"
    src.write_text("note,id,note\nJane Doe,1,ok\n")
    with pytest.raises(InputError, match=r"in\.csv:1: column\(s\) \[3\] repeat") as exc:
        read_table(src)
    assert "Jane" not in str(exc.value)


def test_jsonl_values_past_pythons_limits_are_malformed_lines(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text('{"a": 1}\n{"a": ' + "1" * 5000 + '}\n{"a": ' + "[" * 100_000 + "\n")
    with pytest.raises(InputError, match=r"in\.jsonl:2: not valid JSON \(ValueError\)"):
        read_table(src)
    t = read_table(src, on_malformed="skip")
    assert t.records == [{"a": 1}] and [m.line for m in t.malformed] == [2, 3]


def test_atomic_folder_swap_restores_the_old_folder_when_the_move_fails(tmp_path, monkeypatch):
    target = tmp_path / "ds"
    target.mkdir()
    (target / "state.json").write_text("old")
    real = os.replace

    def flaky(src, dst):
        if str(src).endswith(".tmp"):  # the new folder moving into place
            raise OSError(28, "No space left on device")
        return real(src, dst)

    monkeypatch.setattr(os, "replace", flaky)
    with pytest.raises(OSError):
        with atomic_path(target, directory=True) as tmp:
            (tmp / "state.json").write_text("new")
    assert (target / "state.json").read_text() == "old" and os.listdir(tmp_path) == ["ds"]
