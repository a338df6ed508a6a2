"""Reading and writing training data: JSONL, CSV, Parquet and Hugging Face ``save_to_disk`` folders.

Records are plain dicts and keep their order. Writes are atomic (a temp file or folder beside the target,
then ``os.replace``; see fsio.py), and a writer refuses to overwrite its own input. Errors name the file and line
and say what was expected; they never quote the offending content, which may be personal data.
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from .errors import InputError
from .fsio import atomic_path
from .limits import UnsafeFileError, check_regular

Format = Literal["jsonl", "csv", "parquet", "hf"]
FORMATS: tuple[str, ...] = ("jsonl", "csv", "parquet", "hf")
_SUFFIXES = {".jsonl": "jsonl", ".json": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".parquet": "parquet"}


@dataclass
class Malformed:
    line: int
    reason: str


class _Splits(dict):
    """Split name -> (row count, features) of a DatasetDict, in order."""


@dataclass
class Table:
    """What was read: the records, their format, and what is needed to write the same format back."""

    records: list[dict[str, Any]]
    fmt: Format
    path: Path
    malformed: list[Malformed] = field(default_factory=list)
    lines: list[int] = field(default_factory=list)  # source line (1-based) or row index of each record
    schema: Any = None  # pyarrow schema, datasets Features, or CSV column order
    delimiter: str = ","  # CSV: the input's separator (``datastream.csv_delimiter``), which its copy keeps
    header: bool = True  # CSV: whether the input has a header row (``datastream.csv_has_header``)


def detect_format(path: str | Path) -> Format:
    p = Path(path)
    if p.is_dir():
        if _is_hf_folder(p):
            return "hf"
        raise InputError(p, "a folder was given but it is not a Hugging Face save_to_disk folder "
                            "(no dataset_info.json or dataset_dict.json)")
    fmt = _SUFFIXES.get(p.suffix.lower())
    if fmt is None:
        raise InputError(p, f"unknown file type {p.suffix or '(none)'!r}; expected .jsonl, .csv, .parquet "
                            "or a Hugging Face save_to_disk folder")
    return fmt  # type: ignore[return-value]


# --------------------------------------------------------------------------- reading


def read_table(path: str | Path, fmt: Format | None = None, on_malformed: Literal["fail", "skip"] = "fail") -> Table:
    p = Path(path)
    if not p.exists():
        raise InputError(p, "file not found")
    from .shards import is_sharded

    if is_sharded(p):  # a folder of shards (scrub --engine ray): read as one table, in record order
        from .shards import read_table as read_shards

        return read_shards(p)
    try:
        check_regular(p)  # a FIFO or /dev/zero would block or never end
    except UnsafeFileError as exc:
        raise InputError(p, exc.why) from None
    fmt = fmt or detect_format(p)
    reader = {"jsonl": _read_jsonl, "csv": _read_csv, "parquet": _read_parquet, "hf": _read_hf}[fmt]
    return reader(p, on_malformed)


def read_records(path: str | Path, fmt: Format | None = None) -> list[dict[str, Any]]:
    return read_table(path, fmt).records


def field_names(path: str | Path, sample: int = 50) -> set[str]:
    """The field names of a dataset, from its schema or its first ``sample`` records, without reading it all.

    A run checks a stage's columns with this before anything trains. A line that does not parse is passed
    over here (the PII gate names it later); a file that cannot be opened raises InputError.
    """
    p = Path(path)
    if not p.exists():
        raise InputError(p, "file not found")
    fmt = detect_format(p)
    if fmt == "csv":
        try:
            from .datastream import COLUMN, csv_delimiter, csv_has_header

            delimiter = csv_delimiter(p)
            with open(p, encoding="utf-8", newline="") as fh:
                first = next(csv.reader(fh, delimiter=delimiter), [])
            return set(first) if csv_has_header(p, delimiter) else {COLUMN.format(i + 1) for i in range(len(first))}
        except (OSError, UnicodeDecodeError, csv.Error) as exc:
            raise InputError(p, f"cannot read the CSV header ({type(exc).__name__})") from None
    if fmt == "parquet":
        import pyarrow.parquet as pq

        try:
            return set(pq.read_schema(p).names)
        except Exception as exc:  # noqa: BLE001 - pyarrow raises several types for a broken file
            raise InputError(p, f"cannot read the Parquet schema ({type(exc).__name__})") from None
    if fmt == "hf":
        import datasets

        ds = datasets.load_from_disk(str(p))
        cols = ds.column_names
        return set(cols) if isinstance(cols, list) else {c for split in cols.values() for c in split}
    names: set[str] = set()
    try:
        with open(p, encoding="utf-8", errors="replace") as fh:
            seen = 0
            for raw in fh:
                if seen >= sample:
                    break
                try:
                    obj = json.loads(raw) if raw.strip() else None
                except (ValueError, RecursionError):
                    continue
                if isinstance(obj, dict):
                    names |= set(obj)
                    seen += 1
    except OSError as exc:
        raise InputError(p, f"cannot open: {exc.strerror}") from None
    return names


def _read_jsonl(p: Path, on_malformed: str) -> Table:
    from .datastream import jsonl_rows

    t = Table(records=[], fmt="jsonl", path=p)
    for lineno, obj in jsonl_rows(p, on_malformed, lambda m: t.malformed.append(Malformed(m.line, m.reason))):
        t.records.append(obj)
        t.lines.append(lineno)
    return t


def _read_csv(p: Path, on_malformed: str) -> Table:
    from .datastream import csv_delimiter, csv_has_header, csv_rows

    t = Table(records=[], fmt="csv", path=p, delimiter=csv_delimiter(p))
    t.header = csv_has_header(p, t.delimiter)
    header: list = []
    for lineno, obj in csv_rows(p, on_malformed, lambda m: t.malformed.append(Malformed(m.line, m.reason)), header,
                                t.delimiter):
        t.records.append(obj)
        t.lines.append(lineno)
    t.schema = header[0] if header else []
    return t


def _read_parquet(p: Path, on_malformed: str) -> Table:
    import pyarrow.parquet as pq

    try:
        table = pq.read_table(p)
    except Exception as exc:  # pyarrow raises several types; none carry data values
        raise InputError(p, f"not a readable Parquet file ({type(exc).__name__})") from None
    records = table.to_pylist()
    return Table(records=records, fmt="parquet", path=p, lines=list(range(1, len(records) + 1)), schema=table.schema)


def _read_hf(p: Path, on_malformed: str) -> Table:
    import datasets

    try:
        ds = datasets.load_from_disk(str(p))
    except Exception as exc:
        raise InputError(p, f"not a readable Hugging Face dataset folder ({type(exc).__name__})") from None
    if isinstance(ds, datasets.DatasetDict):
        records, splits = [], {}
        for name, split in ds.items():
            rows = split.to_list()
            splits[name] = (len(rows), split.features)
            records.extend(rows)
        return Table(records=records, fmt="hf", path=p, lines=list(range(1, len(records) + 1)),
                     schema=_Splits(splits))
    records = ds.to_list()
    return Table(records=records, fmt="hf", path=p, lines=list(range(1, len(records) + 1)), schema=ds.features)


# --------------------------------------------------------------------------- writing (atomic)


def _same_path(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and a.resolve() == b.resolve()
    except OSError:
        return False


def _is_hf_folder(p: Path) -> bool:
    return any((p / n).exists() for n in ("dataset_info.json", "dataset_dict.json", "state.json"))


def check_output_path(path: str | Path, like: Table | None = None, fmt: Format | None = None) -> None:
    """Raise InputError when writing ``path`` would overwrite the input or replace something that is not ours.

    A Hugging Face folder is written by swapping the whole folder, so an existing ``path`` must be such a
    folder (or empty), and neither the input nor the output may lie inside the other.
    """
    out = Path(path)
    if like is not None:
        if _same_path(out, like.path):
            raise InputError(out, "refusing to overwrite the input; choose another output path")
        src, dst = like.path.resolve(), out.resolve()
        if dst in src.parents or src in dst.parents:
            raise InputError(out, f"refusing to write the output over a folder that holds the input, or inside the "
                                  f"input ({like.path}); choose a path outside it")
    fmt = fmt or (like.fmt if like is not None else detect_format_for_output(out))
    if fmt == "hf":
        if out.exists() and not (out.is_dir() and (_is_hf_folder(out) or not any(out.iterdir()))):
            raise InputError(out, "exists and is not a Hugging Face dataset folder; refusing to replace it "
                                  "(choose a new path, or an earlier output of this tool)")
    elif out.is_dir():
        raise InputError(out, f"is a folder; expected a path for a {fmt} file")


def write_table(path: str | Path, records: list[dict[str, Any]], like: Table | None = None,
                fmt: Format | None = None) -> None:
    """Write ``records`` atomically in ``fmt`` (default: the format of ``like``, else from the suffix).

    ``like`` carries the input's schema so that non-text columns keep their types. Refuses to overwrite
    the input it was read from.
    """
    out = Path(path)
    check_output_path(out, like, fmt)
    fmt = fmt or (like.fmt if like is not None else detect_format_for_output(out))
    schema = like.schema if like is not None and like.fmt == fmt else None
    if fmt == "jsonl":
        with atomic_path(out) as tmp:
            with open(tmp, "w", encoding="utf-8") as fh:
                for r in records:
                    fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    elif fmt == "csv":
        header = list(schema) if schema else list(dict.fromkeys(k for r in records for k in r))
        with atomic_path(out) as tmp:
            with open(tmp, "w", encoding="utf-8", newline="") as fh:
                w = csv.DictWriter(fh, fieldnames=header,
                                   delimiter=like.delimiter if like is not None and like.fmt == "csv" else ",")
                if like is None or like.fmt != "csv" or like.header:
                    w.writeheader()
                w.writerows(records)
    elif fmt == "parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        try:
            table = pa.Table.from_pylist(records, schema=schema) if schema is not None else pa.Table.from_pylist(records)
        except (pa.ArrowException, ValueError, TypeError) as exc:  # their messages quote the offending value
            raise InputError(out, f"the records do not fit the input's Parquet schema ({type(exc).__name__})") from None
        with atomic_path(out) as tmp:
            pq.write_table(table, tmp)
    elif fmt == "hf":
        import datasets

        try:
            if isinstance(schema, _Splits):  # DatasetDict: split the records back in their original order
                parts, start = {}, 0
                for name, (n, features) in schema.items():
                    parts[name] = datasets.Dataset.from_list(records[start:start + n], features=features)
                    start += n
                ds = datasets.DatasetDict(parts)
            else:
                ds = datasets.Dataset.from_list(records, features=schema)
        except Exception as exc:  # pyarrow and datasets raise several types, whose messages quote the value
            raise InputError(out, f"the records do not fit the input's dataset features ({type(exc).__name__})") from None
        with atomic_path(out, directory=True) as tmp:
            ds.save_to_disk(str(tmp))
    else:  # pragma: no cover - Literal guards this
        raise InputError(out, f"unknown output format {fmt!r}")


def detect_format_for_output(path: Path) -> Format:
    fmt = _SUFFIXES.get(path.suffix.lower())
    return fmt if fmt else "hf"  # type: ignore[return-value]
