"""Listing and loading run folders: a bad run becomes a ``problem`` sentence, never a traceback.

No Streamlit here: every function is testable on its own (split out of the former dashboard/data.py).
"""


from __future__ import annotations

import hashlib
import json
import os
import stat
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from governed_tuning.dashboard.settings import ENVELOPE, HTML, REPORT, REPORTS_ENV, RUN_ID_RE, RUN_JSON
from governed_tuning.limits import MAX_DOCUMENT_BYTES, MAX_JSON_DEPTH, UnsafeFileError, json_depth_exceeds, read_regular
from governed_tuning.record import RunRecord, read_context

# --------------------------------------------------------------------------- listing


def run_time(run_id: str) -> datetime | None:
    m = RUN_ID_RE.match(run_id)
    if not m:
        return None
    return datetime.strptime(m.group(1), "%Y%m%dT%H%M%SZ").replace(tzinfo=timezone.utc)


def list_run_dirs(reports_dir: Path) -> list[Path]:
    """Run folders (named ``YYYYMMDDTHHMMSSZ-xxxxxx``), newest first. Other entries are ignored."""
    try:
        entries = list(os.scandir(reports_dir))
    except (FileNotFoundError, NotADirectoryError, PermissionError):
        return []
    runs = [Path(e.path) for e in entries if e.is_dir(follow_symlinks=False) and RUN_ID_RE.match(e.name)]
    return sorted(runs, key=lambda p: p.name, reverse=True)


def reports_problem(reports_dir: Path) -> str | None:
    """A sentence when the folder cannot be used at all, else None."""
    if not reports_dir.exists():
        return (f"The reports folder {reports_dir} does not exist. Set {REPORTS_ENV} or pass --reports to "
                "`governed-tuning dashboard`.")
    if not reports_dir.is_dir():
        return f"{reports_dir} is not a folder; {REPORTS_ENV} must name the folder that holds the run folders."
    if not os.access(reports_dir, os.R_OK | os.X_OK):
        return f"The reports folder {reports_dir} cannot be read (permission denied)."
    return None


def content_key(run_dir: Path, digest: Any = None, *, hash_missing: bool = True) -> str | None:
    """Cache key of a run's verdict: the sha256 of every regular file in the folder (from ``digest``, a
    restart-proof :class:`~governed_tuning.digest_cache.DigestCache`, so an unchanged file costs one ``lstat``)
    and every other entry by kind. Content, not size and mtime: a same-size edit with the mtime put back changes
    the file's ctime, misses the digest cache, is re-hashed and so changes this key. With ``hash_missing``
    False, None as soon as a file is not in the cache (nothing is hashed)."""
    from governed_tuning.digest_cache import DigestCache

    cache = digest if isinstance(digest, DigestCache) else None
    hash_one = digest or DigestCache(None)
    h = hashlib.sha256()
    stack = [(str(run_dir), "")]
    while stack:
        folder, prefix = stack.pop()
        try:
            with os.scandir(folder) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as exc:
            h.update(f"E {prefix}\0{exc.errno}\n".encode())
            continue
        for e in entries:
            rel = prefix + e.name
            try:
                st = e.stat(follow_symlinks=False)
                if stat.S_ISDIR(st.st_mode):
                    h.update(f"D {rel}\n".encode())
                    stack.append((e.path, rel + "/"))
                    continue
                if not stat.S_ISREG(st.st_mode):
                    h.update(f"X {rel}\0{st.st_mode:o}\n".encode())
                    continue
                sha = cache.lookup(e.path, st) if cache is not None else None
                if sha is None:
                    if not hash_missing:
                        return None  # not hashed yet: the caller draws the row first and hashes later
                    sha = hash_one(e.path)
                h.update(f"F {rel}\0{sha}\n".encode())
            except UnsafeFileError as exc:
                h.update(f"X {rel}\0{exc.why}\n".encode())
            except OSError as exc:
                h.update(f"E {rel}\0{exc.errno}\n".encode())
    return h.hexdigest()


def fingerprint(run_dir: Path) -> str:
    """The content key without a digest cache (every file hashed): for tests and one-off checks."""
    return content_key(run_dir) or ""


# --------------------------------------------------------------------------- loading


@dataclass
class LoadedRun:
    """A run folder as read: the signed report document and the RunRecord in it, or a problem."""

    run_id: str
    path: Path
    report: dict[str, Any] | None = None
    record: RunRecord | None = None
    problem: str | None = None
    has_envelope: bool = False
    has_html: bool = False
    source: str = REPORT  # report.json (signed), or run.json when no report exists yet (unsigned)

    @property
    def ok(self) -> bool:
        return self.record is not None and self.problem is None


def _record_in(doc: Any) -> Any:
    """The RunRecord inside a versioned Report: under ``record`` (or ``run``), or the document itself."""
    if isinstance(doc, dict):
        for key in ("record", "run", "run_record"):
            if isinstance(doc.get(key), dict):
                return doc[key]
        if "run_id" in doc and "policy" in doc:
            return doc
    return None


def _json_problem(path: Path, exc: json.JSONDecodeError) -> str:
    return f"{path.name} is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg}); the file is corrupt or truncated."


def _validation_problem(path: Path, exc: ValidationError) -> str:
    parts = []
    for e in exc.errors()[:5]:
        loc = ".".join(str(p) for p in e["loc"]) or "(top level)"
        parts.append(f"field {loc}: {e['msg']}")
    more = f" (+{exc.error_count() - 5} more)" if exc.error_count() > 5 else ""
    return f"{path.name} does not hold a valid run record: " + "; ".join(parts) + more


READ_ERRORS = (ValueError, RecursionError, OSError, UnsafeFileError)  # what _read_json raises


def _unreadable(path: Path, exc: BaseException) -> str:
    """The sentence for a run-folder document ``_read_json`` could not read (one wording for report.json and
    run.json). Most specific first: JSONDecodeError and UnicodeDecodeError are ValueErrors."""
    if isinstance(exc, json.JSONDecodeError):
        return _json_problem(path, exc)
    if isinstance(exc, UnsafeFileError):
        return f"{path.name} {exc.why}."
    if isinstance(exc, (OSError, UnicodeDecodeError)):
        return f"{path.name} cannot be read: {type(exc).__name__}."
    if isinstance(exc, RecursionError):
        return f"{path.name} is nested too deeply."
    return str(exc)


def _read_json(path: Path) -> Any:
    """A JSON document of the run folder: a regular file (no symlink), within the size and nesting limits.
    Raises UnsafeFileError, OSError, ValueError (with a sentence) or json.JSONDecodeError."""
    raw = read_regular(path, MAX_DOCUMENT_BYTES, "report document", follow_symlinks=False)
    if json_depth_exceeds(raw):
        raise ValueError(f"{path.name} is nested deeper than {MAX_JSON_DEPTH} levels; it is not one of our "
                         "documents and is not parsed")
    return json.loads(raw)


def load_run(run_dir: Path) -> LoadedRun:
    """Read ``report.json`` (the signed report); a run still being written has only ``run.json``."""
    run = LoadedRun(run_id=run_dir.name, path=run_dir,
                    has_envelope=(run_dir / ENVELOPE).is_file(), has_html=(run_dir / HTML).is_file())
    report_path = run_dir / REPORT
    if not report_path.exists() and not report_path.is_symlink():
        if (run_dir / RUN_JSON).exists():
            return _load_unsigned(run, run_dir / RUN_JSON)
        run.problem = "Neither report.json nor run.json is present: this is an empty or half-written run folder."
        return run
    try:
        doc = _read_json(report_path)
    except READ_ERRORS as exc:
        run.problem = _unreadable(report_path, exc)
        return run
    if not isinstance(doc, dict):
        run.problem = f"{report_path.name} holds a JSON {type(doc).__name__}, expected an object (the report)."
        return run
    run.report = doc
    raw = _record_in(doc)
    if raw is None:
        run.problem = f"{report_path.name} holds no run record (expected a 'record' object with run_id and policy)."
        return run
    try:
        run.record = RunRecord.model_validate(raw, context=read_context(doc.get("report_version")))
    except ValidationError as exc:
        run.problem = _validation_problem(report_path, exc)
    return run


def _load_unsigned(run: LoadedRun, path: Path) -> LoadedRun:
    """A run without a report (still running, or its build signs nothing): the record from run.json, marked as
    unsigned so the pages say loudly that nothing proves it."""
    run.source = RUN_JSON
    try:
        raw = _read_json(path)
    except READ_ERRORS as exc:
        run.problem = "No report.json, and " + _unreadable(path, exc)
        if isinstance(exc, json.JSONDecodeError):
            run.problem += " The run is still being written or was interrupted."
        return run
    try:
        version = raw.get("record_version") if isinstance(raw, dict) else None
        run.record = RunRecord.model_validate(raw, context=read_context(version))
    except ValidationError as exc:
        run.problem = "No report.json, and " + _validation_problem(path, exc)
    return run


