"""What the dashboard reads, as plain Python: no Streamlit here, so every function is testable on its own.

Read-only: nothing here writes into the reports folder (only an uploaded bundle is unpacked, into a fresh
temporary folder). A run folder is
``reports/<run_id>/`` as in docs/CONTRACTS.md. Loading never raises for a bad run: a missing, half-written or
corrupt file becomes a ``problem`` (a sentence naming the file and what was expected), because an auditor
must see that a run is broken, not a traceback.

Verification goes through ``governed_tuning.audit.verify``; its result is summarised as a ``Signature``. The
``fingerprint`` of a run (digests of the signed files plus the size and mtime of every other file) is the
cache key the Streamlit layer uses, so 1,000 runs are verified once and re-verified only when they change.
"""

from __future__ import annotations

import hashlib
import io
import json
import lzma
import os
import re
import stat
import tarfile
import zipfile
import zlib
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Literal

from pydantic import ValidationError

from governed_tuning.digest import sha256_file
from governed_tuning.limits import MAX_CHECKPOINT_BYTES, MAX_DOCUMENT_BYTES, MAX_JSON_DEPTH, MAX_LEDGER_BYTES, \
    UnsafeFileError, json_depth_exceeds, read_regular
from governed_tuning.record import RunRecord, read_context
from governed_tuning.run import folder

REPORTS_ENV = "GOVERNED_TUNING_REPORTS"
PUBKEYS_ENV = "GOVERNED_TUNING_PUBKEYS"
STATE_ENV = "GOVERNED_TUNING_STATE"
DEFAULT_REPORTS = "reports"
RUN_ID_RE = re.compile(r"^(\d{8}T\d{6}Z)-[0-9a-f]{6}$")

# the run folder's names (run/folder.py)
REPORT, ENVELOPE, HTML, LEDGER = folder.REPORT, folder.ENVELOPE, folder.HTML, folder.LEDGER
RUN_JSON = folder.RUN_RECORD
CHECKPOINT = "ledger.checkpoint.json"

NO_KEY_REASON = "no trusted public key configured (GOVERNED_TUNING_PUBKEYS or --pubkey)"  # PUBKEYS_ENV
SignatureState = Literal["verified", "invalid", "unsigned", "unchecked", "incomplete", "verifying"]
VERDICT_ORDER = {"pass": 0, "review": 1, "insufficient": 2, "fail": 3}


# --------------------------------------------------------------------------- settings


@dataclass(frozen=True)
class Settings:
    reports_dir: Path
    pubkeys: tuple[Path, ...]
    state_dir: Path = Path(".")

    @property
    def ledger_path(self) -> Path:
        return self.reports_dir / LEDGER

    @property
    def digest_db(self) -> Path:
        """The digest cache (content digests keyed on file identity and change stamps), kept across restarts."""
        return self.state_dir / "digests.sqlite"

    @property
    def kept_checkpoint(self) -> Path:
        """The last ledger checkpoint verified for this reports folder and these keys: the dashboard's memory,
        against which a later ledger must be consistent (a rollback shows)."""
        h = hashlib.sha256(f"{self.reports_dir.resolve()}\0{keys_digest(self.pubkeys)}".encode()).hexdigest()[:16]
        return self.state_dir / f"checkpoint-{h}.json"


def settings_from_env(environ: dict[str, str] | None = None) -> Settings:
    """Reports folder from GOVERNED_TUNING_REPORTS (default ``reports/``); trusted public keys from
    GOVERNED_TUNING_PUBKEYS, separated by ``os.pathsep``; the dashboard's own state (digest cache, last verified
    ledger checkpoint) in GOVERNED_TUNING_STATE (default ``~/.cache/governed-tuning/dashboard``), never in the
    reports folder, which stays read-only."""
    env = os.environ if environ is None else environ
    reports = Path(env.get(REPORTS_ENV) or DEFAULT_REPORTS).expanduser()
    keys = tuple(Path(k).expanduser() for k in (env.get(PUBKEYS_ENV) or "").split(os.pathsep) if k.strip())
    cache_home = Path(env.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    state = Path(env.get(STATE_ENV) or cache_home / "governed-tuning" / "dashboard").expanduser()
    return Settings(reports_dir=reports, pubkeys=keys, state_dir=state)


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


def keys_digest(pubkeys: tuple[Path, ...]) -> str:
    """Cache key of the trusted keys: their paths and contents (a replaced key means fresh verification)."""
    h = hashlib.sha256()
    for k in pubkeys:
        h.update(str(k).encode() + b"\0")
        try:
            h.update(sha256_file(k).encode())
        except (OSError, UnsafeFileError):
            h.update(b"missing")
    return h.hexdigest()


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
    except json.JSONDecodeError as exc:
        run.problem = _json_problem(report_path, exc)
        return run
    except UnsafeFileError as exc:
        run.problem = f"{report_path.name} {exc.why}."
        return run
    except (OSError, UnicodeDecodeError) as exc:
        run.problem = f"{report_path.name} cannot be read: {type(exc).__name__}."
        return run
    except (ValueError, RecursionError) as exc:
        run.problem = str(exc) if isinstance(exc, ValueError) else f"{report_path.name} is nested too deeply."
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
    except json.JSONDecodeError as exc:
        run.problem = (f"No report.json, and {_json_problem(path, exc)} The run is still being written or was "
                       "interrupted.")
        return run
    except UnsafeFileError as exc:
        run.problem = f"No report.json, and {path.name} {exc.why}."
        return run
    except (OSError, UnicodeDecodeError) as exc:
        run.problem = f"No report.json, and {path.name} cannot be read: {type(exc).__name__}."
        return run
    except (ValueError, RecursionError) as exc:
        run.problem = f"No report.json, and {exc}"
        return run
    try:
        version = raw.get("record_version") if isinstance(raw, dict) else None
        run.record = RunRecord.model_validate(raw, context=read_context(version))
    except ValidationError as exc:
        run.problem = "No report.json, and " + _validation_problem(path, exc)
    return run


# --------------------------------------------------------------------------- verification


@dataclass
class Signature:
    """Verification outcome in the dashboard's words."""

    state: SignatureState
    reason: str = ""
    failures: list[tuple[str, str]] = field(default_factory=list)
    checks: list[str] = field(default_factory=list)
    key: str | None = None

    @property
    def label(self) -> str:
        if self.state == "verified":
            return f"verified ({self.key})" if self.key else "verified"
        if self.state == "invalid":
            return f"INVALID: {self.reason}"
        if self.state == "unsigned":
            return f"unsigned: {self.reason}" if self.reason else "unsigned"
        if self.state == "incomplete":
            return f"incomplete: {self.reason}"
        if self.state == "verifying":
            return "verifying…"
        return f"not verified: {self.reason}"

    @property
    def cell(self) -> str:
        """The state in a word or two, for the Runs table (the reason is on the run's page and in the banners)."""
        return {"verified": "verified", "invalid": "INVALID", "unsigned": "unsigned", "incomplete": "incomplete",
                "verifying": "verifying…"}.get(self.state, "not verified")


def _summarise(result: Any) -> tuple[bool, list[tuple[str, str]], list[str]]:
    failures = [(str(getattr(f, "code", "")), str(getattr(f, "message", f))) for f in getattr(result, "failures", [])]
    return bool(getattr(result, "ok", False)), failures, [str(c) for c in getattr(result, "checks", [])]


def _verify_module():
    try:
        from governed_tuning.audit import verify  # noqa: PLC0415 (written by the audit engineer)
    except ImportError as exc:
        return None, f"verification is not available in this build ({exc})"
    return verify, ""


def _signature(result: Any) -> Signature:
    ok, failures, checks = _summarise(result)
    key = Path(result.key).name if getattr(result, "key", None) else None
    if ok:
        return Signature("verified", "", failures, checks, key=key)
    reason = "; ".join(f"{c}: {m}" if c else m for c, m in failures) or "verification failed"
    return Signature("invalid", reason, failures, checks, key=key)


def verify_run_dir(run_dir: Path, pubkeys: tuple[Path, ...], ledger_path: Path | None = None, *,
                   digest: Any = None, recorded: dict[str, Any] | None = None) -> Signature:
    """Verify one run folder against the set of trusted keys (``verify_run`` takes them all: verified when one
    key verifies it). ``digest`` is the dashboard's digest cache; ``recorded`` the run ids the ledger records
    (default: read from the ledger beside the run), so a ledger-recorded run whose envelope was deleted is
    INVALID, with or without a trusted key: a downgrade to "unsigned" is an attack, not a state."""
    envelope = run_dir / ENVELOPE
    if not envelope.exists() and not envelope.is_symlink():
        if recorded is None:
            recorded = ledger_index(ledger_path or run_dir.parent / LEDGER)
        if run_dir.name in recorded:
            why = (f"the ledger records run {run_dir.name} as signed, but its report.dsse.json is missing: the "
                   "signature was removed, and report.json may be forged")
            return Signature("invalid", f"missing_envelope: {why}", [("missing_envelope", why)])
        if not (run_dir / REPORT).exists():
            if (run_dir / RUN_JSON).exists():
                return Signature("unsigned", "no report yet (run.json only)")
            return Signature("incomplete", "report.json is missing")
        return Signature("unsigned", "no report.dsse.json")
    if not pubkeys:
        return Signature("unchecked", NO_KEY_REASON)
    module, why = _verify_module()
    if module is None:
        return Signature("unchecked", why)
    present = tuple(k for k in pubkeys if k.is_file())
    if not present:
        return Signature("unchecked", f"public key {pubkeys[0]} not found")
    try:
        result = module.verify_run(run_dir, present, ledger_path, digest=digest)
    except Exception as exc:  # a verifier crash on hostile input is itself a failed verification
        return Signature("invalid", f"verifier error: {type(exc).__name__}: {exc}",
                         failures=[("verifier_error", f"{type(exc).__name__}: {exc}")])
    return _signature(result)


def verify_ledger_file(ledger_path: Path, pubkeys: tuple[Path, ...], since: Path | None = None) -> Signature:
    """Verify the ledger against the set of trusted keys: chain, entry signatures, checkpoint, run folders,
    and (``since``: the checkpoint the dashboard verified last time) that it only grew since."""
    if not ledger_path.is_file():
        return Signature("incomplete", f"{ledger_path.name} not found in the reports folder")
    module, why = _verify_module()
    if module is None:
        return Signature("unchecked", why)
    if not pubkeys:
        return Signature("unchecked", NO_KEY_REASON)
    present = tuple(k for k in pubkeys if k.is_file())
    if not present:
        return Signature("unchecked", f"public key {pubkeys[0]} not found")
    try:
        result = module.verify_ledger(ledger_path, present, since=since if since and since.is_file() else None)
    except Exception as exc:
        return Signature("invalid", f"verifier error: {type(exc).__name__}: {exc}",
                         [("verifier_error", f"{type(exc).__name__}: {exc}")])
    return _signature(result)


ROLLBACK_CODES = ("ledger_rollback", "ledger_fork")


def remember_checkpoint(cfg: Settings, sig: Signature) -> None:
    """After a ledger verified (consistently with the checkpoint kept before, when there was one), keep its
    current checkpoint as the one the next verification must be consistent with. Best effort: a state folder
    that cannot be written means no memory, said in the log, never a failure of the page."""
    if sig.state != "verified":
        return
    cp = cfg.ledger_path.with_name(CHECKPOINT)
    try:
        current = read_regular(cp, MAX_CHECKPOINT_BYTES, "checkpoint", follow_symlinks=False)
        kept = cfg.kept_checkpoint
        if kept.is_file() and kept.read_bytes() == current:
            return
        from governed_tuning.fsio import atomic_write_bytes

        atomic_write_bytes(kept, current)
    except (OSError, UnsafeFileError):
        return


def _ledger_lines(ledger_path: Path) -> list[bytes]:
    try:
        return read_regular(ledger_path, MAX_LEDGER_BYTES, "ledger", follow_symlinks=False).splitlines()
    except (OSError, UnsafeFileError):
        return []


def _entry(line: bytes) -> Any:
    """One ledger line parsed, or None when it is not JSON or nests too deeply (never a RecursionError)."""
    if json_depth_exceeds(line):
        return None
    try:
        return json.loads(line)
    except (json.JSONDecodeError, UnicodeDecodeError, RecursionError):
        return None


def ledger_index(ledger_path: Path) -> dict[str, str]:
    """``{run_id: sha256 of that run's ledger lines}``: part of a run's verification cache key, so a run is
    re-verified when its own entry changes, not every time another run is appended; its keys are the runs the
    ledger records."""
    out: dict[str, Any] = {}
    for line in _ledger_lines(ledger_path):
        obj = _entry(line)
        run_id = obj.get("run_id") if isinstance(obj, dict) else None
        if isinstance(run_id, str):
            out.setdefault(run_id, hashlib.sha256()).update(line + b"\n")
    return {k: h.hexdigest() for k, h in out.items()}


LEDGER_COLUMNS = ("run_id", "seq", "time", "report_sha256", "envelope_sha256", "hash", "prev")


def short_digest(value: Any) -> Any:
    """A hex digest as its first 12 characters and an ellipsis; anything else unchanged."""
    if isinstance(value, str) and len(value) > 16 and all(c in "0123456789abcdef" for c in value):
        return value[:12] + "…"
    return value


def ledger_rows(entries: Any) -> list[dict[str, Any]]:
    """Ledger entries for a table: the run id first, then sequence and time, then shortened digests, then any
    other field, then the line of ledger.jsonl."""
    rows = []
    for e in entries:
        flat = flatten({k: v for k, v in e.items() if k != "line"})
        row = {k: short_digest(flat[k]) for k in LEDGER_COLUMNS if k in flat}
        row.update({k: short_digest(v) for k, v in flat.items() if k not in row})
        row["line"] = e.get("line")
        rows.append({k.replace("_", " "): v for k, v in row.items()})
    return rows


def read_ledger_entries(ledger_path: Path, limit: int = 5000) -> tuple[list[dict[str, Any]], list[str]]:
    """Entries of ledger.jsonl (at most ``limit``, the newest) and a note per line that does not parse."""
    entries: list[dict[str, Any]] = []
    problems: list[str] = []
    try:
        lines = read_regular(ledger_path, MAX_LEDGER_BYTES, "ledger", follow_symlinks=False).splitlines()
    except UnsafeFileError as exc:
        return [], [f"{ledger_path.name} {exc.why}"]
    except OSError as exc:
        return [], [f"{ledger_path.name} cannot be read: {type(exc).__name__}"]
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        obj = _entry(line)
        if obj is None:
            problems.append(f"{ledger_path.name}:{n}: not valid JSON, or nested deeper than {MAX_JSON_DEPTH} levels")
            continue
        if not isinstance(obj, dict):
            problems.append(f"{ledger_path.name}:{n}: expected an object, got {type(obj).__name__}")
            continue
        entries.append({"line": n, **obj})
    return entries[-limit:], problems


# --------------------------------------------------------------------------- summaries


def worst(verdicts: list[str]) -> str:
    return max(verdicts, key=lambda v: VERDICT_ORDER.get(v, 2)) if verdicts else ""


def gate_verdicts(record: RunRecord) -> dict[str, str]:
    """Worst verdict per gate name across the scopes it was applied to."""
    by_gate: dict[str, list[str]] = {}
    for g in record.gates:
        by_gate.setdefault(g.result.gate, []).append(g.result.verdict)
    return {name: worst(vs) for name, vs in by_gate.items()}


def base_model_name(record: RunRecord) -> str:
    bm = record.base_model or {}
    for key in ("name", "id", "model_id", "path"):
        if bm.get(key):
            return str(bm[key])
    configured = (record.config or {}).get("base_model")
    return str(configured) if isinstance(configured, (str, int, float)) else ""


GATES = ("license", "pii", "fairness")  # every run's gates (run.GATE_MODULES), in the order they run
NOT_RUN = "not run"


def summary_row(run: LoadedRun, sig: Signature) -> dict[str, Any]:
    """One row of the Runs table: only what the list needs."""
    t = run_time(run.run_id)
    row: dict[str, Any] = {"run_id": run.run_id, "time": t, "status": "", "releasable": None, "base_model": "",
                           "stages": "", "signature": sig.cell, "signature_state": sig.state, "problem": run.problem or ""}
    if run.record is not None:
        r = run.record
        row.update(status=r.status, releasable=r.releasable, base_model=base_model_name(r),
                   stages=", ".join(f"{s.name} ({s.kind}, {s.status})" for s in r.stages))
        for gate, verdict in gate_verdicts(r).items():
            row[f"gate:{gate}"] = verdict
        for gate in GATES:  # blocked before it, switched off, or not in this build: never a blank or "None"
            row.setdefault(f"gate:{gate}", NOT_RUN)
    else:
        row["status"] = "unreadable"
    return row


def final_metrics(record: RunRecord) -> dict[str, float]:
    """Numeric metrics of every stage (the last value of a curve), as ``stage.metric``."""
    out: dict[str, float] = {}
    for s in record.stages:
        out.update({f"{s.name}.{k}": v for k, v in stage_final_metrics(s.metrics).items()})
    for g in record.gates:
        for k, v in g.result.evidence.as_dict().items():
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                out[f"{g.result.gate}@{g.scope}.{k}"] = float(v)
    return out


def stage_final_metrics(metrics: dict[str, Any]) -> dict[str, float]:
    """The number, or the last number of a curve, of each metric."""
    out = {}
    for k, v in metrics.items():
        if k.endswith("_curve") and k.removesuffix("_curve") in metrics:
            continue  # the curve of a metric already listed with its final value
        val = _last_number(v)
        if val is not None:
            out[k] = val
    return out


def _last_number(v: Any) -> float | None:
    if isinstance(v, bool):
        return None
    if isinstance(v, (int, float)):
        return float(v)
    if isinstance(v, list) and v:
        last = v[-1]
        if isinstance(last, (int, float)) and not isinstance(last, bool):
            return float(last)
        if isinstance(last, dict):
            for key in ("value", "loss", "y"):
                if isinstance(last.get(key), (int, float)) and not isinstance(last.get(key), bool):
                    return float(last[key])
    return None


def curves(metrics: dict[str, Any]) -> dict[str, list[tuple[float, float]]]:
    """Training curves in a stage's metrics: a list of numbers, a list of ``{step, <name>}`` dicts (TRL's
    log_history), or ``{"steps": [...], "values": [...]}``."""
    out: dict[str, list[tuple[float, float]]] = {}
    for name, v in metrics.items():
        if isinstance(v, list) and len(v) > 1:
            if all(isinstance(x, (int, float)) and not isinstance(x, bool) for x in v):
                out[name] = [(float(i), float(x)) for i, x in enumerate(v)]
            elif all(isinstance(x, dict) for x in v):
                for i, entry in enumerate(v):
                    step = entry.get("step", entry.get("epoch", i))
                    for k, val in entry.items():
                        if k in ("step", "epoch") or isinstance(val, bool) or not isinstance(val, (int, float)):
                            continue
                        if not isinstance(step, (int, float)):
                            step = i
                        out.setdefault(f"{name}.{k}" if name not in ("log_history", "history") else k, []).append(
                            (float(step), float(val)))
        elif isinstance(v, dict) and isinstance(v.get("values"), list):
            steps = v.get("steps") or list(range(len(v["values"])))
            pts = [(float(s), float(x)) for s, x in zip(steps, v["values"])
                   if isinstance(x, (int, float)) and isinstance(s, (int, float))]
            if len(pts) > 1:
                out[name] = pts
    for name in [k for k in out if k.endswith("_curve") and k.removesuffix("_curve") in out]:
        del out[name]  # the same series as the log_history entry of that name
    return {k: v for k, v in out.items() if len(v) > 1}


def flatten(obj: Any, prefix: str = "") -> dict[str, Any]:
    """``{"a.b.c": leaf}`` for nested dicts (lists are leaves, as JSON text)."""
    out: dict[str, Any] = {}
    if isinstance(obj, dict):
        for k, v in obj.items():
            out.update(flatten(v, f"{prefix}.{k}" if prefix else str(k)))
    else:
        out[prefix] = json.dumps(obj, sort_keys=True) if isinstance(obj, (list, dict)) else obj
    return out


def policy_diff(a: RunRecord, b: RunRecord) -> list[dict[str, Any]]:
    fa, fb = flatten(a.policy.document), flatten(b.policy.document)
    rows = []
    for k in sorted(set(fa) | set(fb)):
        va, vb = fa.get(k, "(absent)"), fb.get(k, "(absent)")
        if va != vb:
            rows.append({"setting": k, "A": str(va), "B": str(vb)})
    return rows


# --------------------------------------------------------------------------- uploaded bundles (Verify page)

MAX_BUNDLE_BYTES = 2 * 1024**3
MAX_BUNDLE_FILES = 100_000


class BundleError(ValueError):
    """An uploaded bundle cannot be unpacked safely; the message says why."""


def _safe_target(dest: Path, name: str) -> Path:
    rel = Path(name)
    if rel.is_absolute() or ".." in rel.parts or name.startswith(("/", "\\")):
        raise BundleError(f"the bundle holds an unsafe path {name!r} (absolute or with '..'); refusing to unpack it")
    target = (dest / rel).resolve()
    if not str(target).startswith(str(dest.resolve())):
        raise BundleError(f"the bundle path {name!r} points outside the folder; refusing to unpack it")
    return target


def unpack_bundle(data: bytes, filename: str, dest: Path) -> Path:
    """Unpack a .zip or .tar(.gz) run bundle into ``dest`` (a fresh temporary folder, never the reports
    folder) and return the run folder: the one holding report.json."""
    try:
        _extract(data, filename, dest)
    except BundleError:
        raise
    except (zipfile.BadZipFile, tarfile.TarError, EOFError, zlib.error, lzma.LZMAError, OSError, RuntimeError,
            NotImplementedError, ValueError) as exc:  # a damaged, truncated or encrypted archive, found only while reading it
        raise BundleError(f"{filename} cannot be unpacked: it is damaged, truncated, encrypted or compressed in an "
                          f"unsupported way ({type(exc).__name__}: {exc})") from None
    found = sorted(p.parent for p in dest.rglob(REPORT))
    if not found:
        raise BundleError(f"{filename} holds no report.json: bundle one run folder (reports/<run_id>/)")
    if len(found) > 1:
        raise BundleError(f"{filename} holds {len(found)} run folders; bundle exactly one")
    return found[0]


def _extract(data: bytes, filename: str, dest: Path) -> None:
    lower = filename.lower()
    total = 0
    if lower.endswith(".zip"):
        try:
            zf = zipfile.ZipFile(io.BytesIO(data))
        except zipfile.BadZipFile as exc:
            raise BundleError(f"{filename} is not a valid zip file ({exc})") from exc
        with zf:
            infos = zf.infolist()
            if len(infos) > MAX_BUNDLE_FILES:
                raise BundleError(f"{filename} holds more than {MAX_BUNDLE_FILES} files")
            for info in infos:
                target = _safe_target(dest, info.filename)
                if info.is_dir():
                    target.mkdir(parents=True, exist_ok=True)
                    continue
                total += info.file_size
                if total > MAX_BUNDLE_BYTES:
                    raise BundleError(f"{filename} unpacks to more than {MAX_BUNDLE_BYTES} bytes")
                target.parent.mkdir(parents=True, exist_ok=True)
                with zf.open(info) as src, open(target, "wb") as out:
                    out.write(src.read())
    elif lower.endswith((".tar", ".tar.gz", ".tgz")):
        try:
            tf = tarfile.open(fileobj=io.BytesIO(data), mode="r:*")
        except tarfile.TarError as exc:
            raise BundleError(f"{filename} is not a valid tar archive ({exc})") from exc
        with tf:
            members = tf.getmembers()
            if len(members) > MAX_BUNDLE_FILES:
                raise BundleError(f"{filename} holds more than {MAX_BUNDLE_FILES} files")
            for m in members:
                target = _safe_target(dest, m.name)
                if m.isdir():
                    target.mkdir(parents=True, exist_ok=True)
                    continue
                if not m.isfile():
                    raise BundleError(f"{filename} holds a link or device entry {m.name!r}; only plain files are accepted")
                total += m.size
                if total > MAX_BUNDLE_BYTES:
                    raise BundleError(f"{filename} unpacks to more than {MAX_BUNDLE_BYTES} bytes")
                target.parent.mkdir(parents=True, exist_ok=True)
                src = tf.extractfile(m)
                assert src is not None
                with src, open(target, "wb") as out:
                    out.write(src.read())
    else:
        raise BundleError(f"{filename}: expected a .zip, .tar, .tar.gz or .tgz bundle of one run folder")
