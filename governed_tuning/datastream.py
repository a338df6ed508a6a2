"""Training data read and written in batches, in bounded memory: JSONL and CSV by lines, Parquet by row groups,
``save_to_disk`` folders by batches of their memory-mapped Arrow tables.

``open_source(path)`` checks the whole input first (``scan``: every line parses, the count, the top-level field
names in first-seen order, malformed lines up to a bound) without keeping a record, so bad input is named (file,
line) before any slow work; ``Source.batches(n)`` then reads it again as often as an engine needs (each pass
checks the file has not changed since the scan). ``Sink`` writes the same format in batches into a temporary
beside the target and moves it into place on ``commit`` (``abort``: nothing is written). Errors name the file
and line and never quote content. ``data.py`` (whole tables in memory) reads JSONL and CSV with the same rows.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from .errors import InputError
from .limits import UnsafeFileError, check_regular

Format = Literal["jsonl", "csv", "parquet", "hf"]
MAX_MALFORMED = 100  # malformed lines remembered by position (all are counted)
_UNDECODED = re.compile("[\udc80-\udcff]")


@dataclass
class Malformed:
    line: int
    reason: str


# --------------------------------------------------------------------------- rows, one at a time


def jsonl_rows(p: Path, on_malformed: str, malformed: Callable[[Malformed], None] | None = None
               ) -> Iterator[tuple[int, dict[str, Any]]]:
    """``(line number, record)`` of each JSON object line; a bad line raises (``fail``) or is handed to
    ``malformed`` and passed over (``skip``). Blank lines are no records."""
    try:
        # undecodable bytes become lone surrogates, so a bad line is named by its own number and the rest is read
        fh = open(p, encoding="utf-8", errors="surrogateescape")
    except OSError as exc:
        raise InputError(p, f"cannot open: {exc.strerror}") from None

    def bad(lineno: int, reason: str) -> None:
        if on_malformed == "fail":
            raise InputError(p, reason, lineno)
        if malformed is not None:
            malformed(Malformed(lineno, reason))

    with fh:
        lineno = 0
        for raw in fh:
            lineno += 1
            if _UNDECODED.search(raw):
                bad(lineno, "not valid UTF-8 text")
                continue
            if not raw.strip():
                continue
            try:
                obj = json.loads(raw)
            except (ValueError, RecursionError) as exc:  # JSONDecodeError, or a number or nesting past Python's limits
                why = f"{exc.msg} at column {exc.colno}" if isinstance(exc, json.JSONDecodeError) else type(exc).__name__
                bad(lineno, f"not valid JSON ({why}); expected one JSON object per line")
                continue
            if not isinstance(obj, dict):
                bad(lineno, f"expected a JSON object per line, got {type(obj).__name__}")
                continue
            yield lineno, obj


DELIMITERS = (",", ";", "\t", "|")  # the separators spreadsheets and databases export CSV with, "," first
SNIFF_ROWS = 50  # rows read to choose the delimiter
SNIFF_CHARS = 1 << 20  # ... within at most this many characters


def csv_delimiter(p: Path) -> str:
    """The delimiter of the CSV file ``p``: of ``DELIMITERS``, the one that splits its header into two columns or
    more and every one of its first ``SNIFF_ROWS`` rows into as many (quotes honoured); the most columns wins,
    ties go to the earlier one. "," when none does (a one-column file, or one whose rows never agree).

    Why: much of Europe exports spreadsheets with ";" (the decimal comma), databases and logs with tabs or "|".
    Read as ",", such a file was one column (a whole row a single text, its header a key of many names) or
    refused, and its copy was written with another separator than the user's tools expect."""
    import io
    import itertools

    try:
        with open(p, encoding="utf-8", newline="") as fh:
            sample = fh.read(SNIFF_CHARS)
    except (OSError, UnicodeDecodeError):
        return ","  # csv_rows names the error
    complete = len(sample) < SNIFF_CHARS
    best, width = ",", 1
    csv.field_size_limit(2**31 - 1)
    for d in DELIMITERS:
        if d not in sample:
            continue
        try:
            rows = list(itertools.islice(csv.reader(io.StringIO(sample, newline=""), delimiter=d, strict=True),
                                         SNIFF_ROWS + 1))
        except csv.Error:
            continue
        if not complete and len(rows) > SNIFF_ROWS:
            rows = rows[:SNIFF_ROWS]  # the last row read may be cut off by the sample's end
        elif not complete:
            rows = rows[:-1]
        rows = [r for r in rows if r]
        if not rows or len(rows[0]) < 2 or any(len(r) != len(rows[0]) for r in rows[1:]):
            continue
        if len(rows[0]) > width:
            best, width = d, len(rows[0])
    return best


EMAIL_CELL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
COLUMN = "column_{}"  # the names of a headerless CSV's columns, 1-based
# a date alone: a pivot table's header names its columns by date ("region,2024-01-01,2024-02-01")
DATE_CELL = re.compile(r"\d{4}[-/.]\d{1,2}(?:[-/.]\d{1,2})?|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}")


def is_data_row(row: list[str]) -> bool:
    """Whether a CSV's first row is a record, not a header: two cells of five digits or more (phones, numbers,
    dates), or an e-mail address and one such cell. Header cells are labels; database and spreadsheet exports
    without a header start with a record, whose values must be read as values (a person's name as a column's
    name was scrubbed as a key, and no value under it had a header to be judged by)."""
    digits = sum(1 for c in row if sum(ch.isdigit() for ch in c) >= 5 and not DATE_CELL.fullmatch(c.strip()))
    return digits >= 2 or (digits >= 1 and any(EMAIL_CELL.fullmatch(c.strip()) for c in row))


NUMBER_CELL = re.compile(r"[+-]?[\d \t().,/·-]*\d[\d \t().,/·-]*")


def cell_class(cell: str) -> str:
    """What a CSV cell is by its shape alone: "" (empty), "email", "date", "number" (digits and a number's or a
    phone's separators, no letter) or "text"."""
    c = cell.strip()
    if not c:
        return ""
    if EMAIL_CELL.fullmatch(c):
        return "email"
    if DATE_CELL.fullmatch(c):
        return "date"
    return "number" if NUMBER_CELL.fullmatch(c) else "text"


COLUMN_AGREES = 0.8  # the rows below a header agree on a column's class when this share of them have it


def first_row_is_data(rows: list[list[str]]) -> bool:
    """Whether ``rows[0]`` (a CSV's first row) is a record, judged against the rows below it, column by column:
    where the rows below agree on a shape (numbers, e-mails, dates: ``COLUMN_AGREES`` of them), a first cell of
    that shape is a value of the column and a first cell of words is its label. The first row is a record when
    ``is_data_row`` says so, or when one column at least says "value" and none says "label"; else a header (a
    table of words only keeps the header it most likely has).

    Why: ``is_data_row`` alone needs two long numbers in the first row; a headerless export of names, towns,
    e-mails and ages ("Dana White,Lyon,dana@example.com,42") had its first person read as the header, so that
    person's values became column names and no cell below had a header to be judged by."""
    first = rows[0]
    if is_data_row(first):
        return True
    below = [r for r in rows[1:] if len(r) == len(first)]
    if len(below) < 2:
        return False
    value = label = 0
    for j, cell in enumerate(first):
        classes = [cell_class(r[j]) for r in below]
        shaped = [c for c in classes if c]
        if len(shaped) < 2:
            continue
        top = max(set(shaped), key=shaped.count)
        if top == "text" or shaped.count(top) < COLUMN_AGREES * len(shaped):
            continue
        mine = cell_class(cell)
        if mine == top:
            value += 1
        elif mine == "text":
            label += 1
    return value > 0 and label == 0


def csv_has_header(p: Path, delimiter: str | None = None) -> bool:
    """Whether the CSV file ``p`` starts with a header row (``first_row_is_data`` on its first
    ``SNIFF_ROWS`` rows)."""
    import itertools

    try:
        with open(p, encoding="utf-8", newline="") as fh:
            csv.field_size_limit(2**31 - 1)
            rows = list(itertools.islice(csv.reader(fh, delimiter=delimiter or csv_delimiter(p)), SNIFF_ROWS + 1))
    except (OSError, UnicodeDecodeError, csv.Error):
        return True  # csv_rows names the error
    rows = [r for r in rows if r]
    return not rows or not first_row_is_data(rows)


def csv_rows(p: Path, on_malformed: str, malformed: Callable[[Malformed], None] | None = None,
             header_out: list | None = None, delimiter: str | None = None) -> Iterator[tuple[int, dict[str, Any]]]:
    """``(line number, record)`` of each CSV row (the header's names as keys); the header is appended to
    ``header_out``. A row of the wrong width raises (``fail``) or is handed to ``malformed``. ``delimiter``:
    the file's (``csv_delimiter`` when None)."""
    delimiter = delimiter or csv_delimiter(p)
    try:
        fh = open(p, encoding="utf-8", newline="")
    except OSError as exc:
        raise InputError(p, f"cannot open: {exc.strerror}") from None
    has_header = csv_has_header(p, delimiter)
    # training documents outgrow the csv module's default 128 KiB per field; a field is bounded by memory only
    csv.field_size_limit(2**31 - 1)
    # strict: a stray quote is an error, not a field that swallows later lines
    reader = csv.reader(fh, delimiter=delimiter, strict=True)
    try:
        with fh:
            header = next(reader, None)
            if header is None:
                return
            first = None
            if not has_header:  # no header: the columns are named by position, the first row is a record
                first, header = header, [COLUMN.format(i + 1) for i in range(len(header))]
            dup = [i + 1 for i, h in enumerate(header) if h in header[:i]]
            if dup:  # a record is a dict: one of the same-named columns would be dropped, the other written twice
                raise InputError(p, f"column(s) {dup} repeat an earlier column's name in the header; "
                                    f"expected distinct column names", 1)
            if header_out is not None:
                header_out.append(header)
            if first is not None:
                yield 1, dict(zip(header, first))
            for row in reader:
                lineno = reader.line_num
                if not row:  # a blank line holds no record (as csv.DictReader and the JSONL reader treat it)
                    continue
                if len(row) != len(header):
                    reason = f"expected {len(header)} columns as in the header, got {len(row)}"
                    if on_malformed == "fail":
                        raise InputError(p, reason, lineno)
                    if malformed is not None:
                        malformed(Malformed(lineno, reason))
                    continue
                yield lineno, dict(zip(header, row))
    except UnicodeDecodeError:
        raise InputError(p, "not valid UTF-8 text") from None
    except csv.Error as exc:  # its messages name limits and delimiters, never field content
        raise InputError(p, f"not valid CSV: {exc}", reader.line_num or None) from None


# --------------------------------------------------------------------------- a source read in passes


@dataclass
class Source:
    """An input checked whole by ``open_source``: its format, count, field order, malformed lines (the first
    ``MAX_MALFORMED``; ``malformed_count`` all), the schema its copy is written with, and for a DatasetDict the
    splits as ``(name, rows)`` in order."""

    path: Path
    fmt: Format
    on_malformed: str
    records: int = 0
    fields: dict[str, int] = field(default_factory=dict)  # top-level key -> first-seen position (1-based)
    malformed: list[Malformed] = field(default_factory=list)
    malformed_count: int = 0
    schema: Any = None
    delimiter: str = ","  # CSV: the input's separator (``csv_delimiter``); its copy is written with it
    header: bool = True  # CSV: whether the input has a header row (``csv_has_header``); its copy has one if so
    splits: list[tuple[str, int]] | None = None
    _stamp: tuple = ()

    def _note(self, m: Malformed) -> None:
        self.malformed_count += 1
        if len(self.malformed) < MAX_MALFORMED:
            self.malformed.append(m)

    def _check_unchanged(self) -> None:
        if _stamp(self.path) != self._stamp:
            raise InputError(self.path, "changed while it was being read (the scrub reads its input more than "
                                        "once); run again on a file nothing else writes to")

    def batches(self, size: int) -> Iterator[tuple[list[dict[str, Any]], list[int]]]:
        """The records in order, ``size`` at a time, with their source lines (JSONL, CSV) or row numbers."""
        self._check_unchanged()
        if self.fmt in ("jsonl", "csv"):
            rows = (jsonl_rows(self.path, "skip") if self.fmt == "jsonl"
                    else csv_rows(self.path, "skip", delimiter=self.delimiter))
            recs: list[dict[str, Any]] = []
            lines: list[int] = []
            for lineno, obj in rows:
                recs.append(obj)
                lines.append(lineno)
                if len(recs) >= size:
                    yield recs, lines
                    recs, lines = [], []
            if recs:
                yield recs, lines
        elif self.fmt == "parquet":
            import pyarrow.parquet as pq

            n = 0
            try:
                pfile = pq.ParquetFile(self.path)
                for rb in pfile.iter_batches(batch_size=size):
                    recs = rb.to_pylist()
                    yield recs, list(range(n + 1, n + len(recs) + 1))
                    n += len(recs)
            except Exception as exc:  # noqa: BLE001 - pyarrow raises several types; none carry data values
                if isinstance(exc, InputError):
                    raise
                raise InputError(self.path, f"not a readable Parquet file ({type(exc).__name__})", n + 1) from None
        else:
            n = 0
            for split in self._hf_splits():
                for batch in split.iter(batch_size=size):
                    keys = list(batch)
                    recs = [dict(zip(keys, vals)) for vals in zip(*(batch[k] for k in keys))]
                    yield recs, list(range(n + 1, n + len(recs) + 1))
                    n += len(recs)
        self._check_unchanged()

    def _hf_splits(self) -> list:
        import datasets

        try:
            ds = datasets.load_from_disk(str(self.path))
        except Exception as exc:  # noqa: BLE001
            raise InputError(self.path, f"not a readable Hugging Face dataset folder ({type(exc).__name__})") from None
        splits = list(ds.values()) if isinstance(ds, datasets.DatasetDict) else [ds]
        return [s.with_format(None) for s in splits]


def _stamp(p: Path) -> tuple:
    try:
        if p.is_dir():
            return tuple(sorted((f.name, f.stat().st_size, f.stat().st_mtime_ns) for f in p.rglob("*") if f.is_file()))
        st = p.stat()
        return (st.st_size, st.st_mtime_ns)
    except OSError:
        return ()


def open_source(path: str | Path, fmt: Format | None = None, on_malformed: str = "fail") -> Source:
    """Check ``path`` whole (every line parses, or is counted as malformed under ``skip``) and learn its count
    and field order, holding one record at a time."""
    from .data import _is_hf_folder, detect_format

    p = Path(path)
    if not p.exists():
        raise InputError(p, "file not found")
    try:
        check_regular(p)  # a FIFO or /dev/zero would block or never end
    except UnsafeFileError as exc:
        raise InputError(p, exc.why) from None
    fmt = fmt or detect_format(p)
    src = Source(path=p, fmt=fmt, on_malformed=on_malformed, _stamp=_stamp(p))

    def see(obj: dict) -> None:
        src.records += 1
        for k in obj:
            if k not in src.fields:
                src.fields[k] = len(src.fields) + 1

    if fmt == "jsonl":
        for _, obj in jsonl_rows(p, on_malformed, src._note):
            see(obj)
    elif fmt == "csv":
        header: list = []
        src.delimiter = csv_delimiter(p)
        src.header = csv_has_header(p, src.delimiter)
        for _, obj in csv_rows(p, on_malformed, src._note, header, src.delimiter):
            see(obj)
        src.schema = header[0] if header else []
        if not src.fields:
            src.fields = {k: i + 1 for i, k in enumerate(src.schema)} if src.records else {}
    elif fmt == "parquet":
        import pyarrow.parquet as pq

        try:
            pfile = pq.ParquetFile(p)
            src.schema = pfile.schema_arrow
            src.records = pfile.metadata.num_rows
        except Exception as exc:  # noqa: BLE001 - pyarrow raises several types; none carry data values
            raise InputError(p, f"not a readable Parquet file ({type(exc).__name__})") from None
        if src.records:
            src.fields = {k: i + 1 for i, k in enumerate(src.schema.names)}
    else:
        assert _is_hf_folder(p)
        import datasets

        from .data import _Splits

        try:
            ds = datasets.load_from_disk(str(p))
        except Exception as exc:  # noqa: BLE001
            raise InputError(p, f"not a readable Hugging Face dataset folder ({type(exc).__name__})") from None
        if isinstance(ds, datasets.DatasetDict):
            src.splits = [(name, split.num_rows) for name, split in ds.items()]
            src.schema = _Splits({name: (split.num_rows, split.features) for name, split in ds.items()})
            parts = list(ds.values())
        else:
            src.schema = ds.features
            parts = [ds]
        src.records = sum(s.num_rows for s in parts)
        for s in parts:
            if s.num_rows:
                for k in s.features:
                    src.fields.setdefault(k, len(src.fields) + 1)
    return src


# --------------------------------------------------------------------------- a sink written in batches


class _Withheld(Exception):
    """Raised into the atomic writer to remove its temporary (the copy is not to be written)."""


class Sink:
    """Writes records in ``source``'s format, batch by batch, into a temporary beside ``path``; ``commit`` moves
    it into place in one rename, ``abort`` removes it. The first record's keys rename a CSV header, Parquet
    column or dataset feature whose name the scrub replaced (every record's key is replaced the same way)."""

    def __init__(self, path: str | Path, source: Source):
        from .data import Table, check_output_path
        from .fsio import atomic_path

        self.path = Path(path)
        self.src = source
        check_output_path(self.path, like=Table(records=[], fmt=source.fmt, path=source.path, schema=source.schema))
        self._cm = atomic_path(self.path, directory=source.fmt == "hf")
        self.tmp: Path = self._cm.__enter__()
        self._open = True
        self._fh: Any = None
        self._writer: Any = None
        self._schema: Any = None
        self._parts: dict[str, Any] = {}  # hf: split -> ArrowWriter
        self._paths: dict[str, Path] = {}
        self._spill: Path | None = None
        self._features: dict[str, Any] = {}
        self.written = 0

    # the schema the copy is written with: the input's, renamed as the first record's keys say
    def _renamed(self, first: dict[str, Any] | None) -> Any:
        schema = self.src.schema
        keys = list(first) if first is not None else None
        if self.src.fmt == "csv":
            old = list(schema)
            return keys if keys is not None and old != keys and len(old) == len(keys) else old
        if self.src.fmt == "parquet":
            import pyarrow as pa

            if keys is not None and list(schema.names) != keys and len(keys) == len(schema.names):
                return pa.schema([f.with_name(k) for f, k in zip(schema, keys)], schema.metadata)
            return schema
        return schema

    def write(self, records: list[dict[str, Any]], sources: list[int] | None = None) -> None:
        """Append ``records`` (``sources``: their input indices, which place each in its split of a DatasetDict)."""
        if not self._open:
            raise RuntimeError("the sink is closed")
        fmt = self.src.fmt
        if fmt == "jsonl":
            if self._fh is None:
                self._fh = open(self.tmp, "w", encoding="utf-8")
            for r in records:
                self._fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        elif fmt == "csv":
            if not records:
                return
            self._start_csv(records[0])
            # by position: a CSV record holds the header's columns in order, and a key the scrub renamed (a
            # header that was a person's name or address) may read differently in another record's dict
            width = len(self._writer.fieldnames)
            for r in records:
                if len(r) != width:
                    raise InputError(self.path, f"a record holds {len(r)} field(s), the CSV header {width}")
                self._writer.writer.writerow(list(r.values()))
        elif fmt == "parquet":
            import pyarrow as pa

            if not records:
                return
            self._start_parquet(records[0])
            try:
                table = pa.Table.from_pylist(records, schema=self._schema)
            except (pa.ArrowException, ValueError, TypeError) as exc:  # their messages quote the offending value
                raise InputError(self.path, f"the records do not fit the input's Parquet schema "
                                            f"({type(exc).__name__})") from None
            self._writer.write_table(table)
        else:
            self._write_hf(records, sources)
        self.written += len(records)

    def _start_csv(self, first: dict[str, Any] | None) -> None:
        if self._writer is None:
            header = list(self._renamed(first)) if self.src.schema else (list(first) if first else [])
            self._fh = open(self.tmp, "w", encoding="utf-8", newline="")
            self._writer = csv.DictWriter(self._fh, fieldnames=header, delimiter=self.src.delimiter)
            if self.src.header:
                self._writer.writeheader()

    def _start_parquet(self, first: dict[str, Any] | None) -> None:
        if self._writer is None:
            import pyarrow.parquet as pq

            self._schema = self._renamed(first)
            self._writer = pq.ParquetWriter(self.tmp, self._schema)

    def _write_hf(self, records: list[dict[str, Any]], sources: list[int] | None) -> None:
        from datasets.arrow_writer import ArrowWriter

        from .data import _Splits

        if not records:
            return
        schema = self.src.schema
        if self._spill is None:
            import tempfile

            self._spill = Path(tempfile.mkdtemp(prefix="scrub-shards-"))
            keys = list(records[0])

            def ren(features):
                from datasets import Features

                ks = list(features)
                return Features({k: features[o] for o, k in zip(ks, keys)}) if ks != keys and len(ks) == len(keys) \
                    else features

            self._features = ({name: ren(feats) for name, (_, feats) in schema.items()}
                              if isinstance(schema, _Splits) else {"": ren(schema)})
        if self.src.splits is None:
            groups = {"": records}
        else:
            groups = {}
            bounds, start = [], 0
            for name, n in self.src.splits:
                bounds.append((start + n, name))
                start += n
            for r, s in zip(records, sources or []):
                name = next(nm for end, nm in bounds if s < end)
                groups.setdefault(name, []).append(r)
        for name, recs in groups.items():
            w = self._parts.get(name)
            if w is None:
                path = self._spill / f"{len(self._parts)}.arrow"
                w = self._parts[name] = ArrowWriter(features=self._features[name], path=str(path))
                self._paths[name] = path
            for r in recs:
                w.write(r)

    def commit(self) -> None:
        """Finish the file and move it into place."""
        fmt = self.src.fmt
        try:
            if fmt == "jsonl" and self._fh is None:
                self._fh = open(self.tmp, "w", encoding="utf-8")
            elif fmt == "csv":
                self._start_csv(None)
            elif fmt == "parquet" and self._writer is None:
                import pyarrow as pa

                self._start_parquet(None)
                writer: Any = self._writer
                writer.write_table(pa.Table.from_pylist([], schema=self._schema))
            if fmt == "parquet":
                self._writer.close()
            elif fmt == "hf":
                self._finish_hf()
            if self._fh is not None:
                self._fh.close()
        except BaseException as exc:
            self._close(exc)
            raise
        self._close(None)

    def _finish_hf(self) -> None:
        import datasets

        from .data import _Splits

        schema = self.src.schema
        names = [n for n, _ in self.src.splits] if self.src.splits is not None else [""]
        parts = {}
        for name in names:
            w = self._parts.get(name)
            if w is not None:
                w.finalize()  # closes the stream
                parts[name] = datasets.Dataset.from_file(str(self._paths[name]))
            else:
                feats = schema[name][1] if isinstance(schema, _Splits) else schema
                parts[name] = datasets.Dataset.from_list([], features=feats)
        ds = parts[""] if self.src.splits is None else datasets.DatasetDict(parts)
        try:
            ds.save_to_disk(str(self.tmp))
        except Exception as exc:  # noqa: BLE001 - pyarrow and datasets raise several types, quoting values
            raise InputError(self.path, f"the records do not fit the input's dataset features "
                                        f"({type(exc).__name__})") from None

    def abort(self) -> None:
        """Remove the temporary; whatever was at ``path`` stays as it was."""
        if self._open:
            for h in (self._fh,):
                if h is not None:
                    h.close()
            if self.src.fmt == "parquet" and self._writer is not None:
                self._writer.close()
            for w in self._parts.values():
                try:
                    w.close()
                except Exception:  # noqa: BLE001,S110 - the temporary is removed anyway
                    pass
            self._close(_Withheld())

    def _close(self, exc: BaseException | None) -> None:
        if not self._open:
            return
        self._open = False
        try:
            if exc is None:
                self._cm.__exit__(None, None, None)
            else:
                self._cm.__exit__(type(exc), exc, exc.__traceback__)
        finally:
            if self._spill is not None:
                import shutil

                shutil.rmtree(self._spill, ignore_errors=True)

    def __enter__(self) -> Sink:
        return self

    def __exit__(self, et, ev, tb) -> None:
        if et is not None or self._open:
            self.abort()

