"""Verification and the ledger: ``verify_run`` with the trusted keys, summarised as a ``Signature``; the remembered checkpoint.

No Streamlit here: every function is testable on its own (split out of the former dashboard/data.py).
"""


from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from governed_tuning.dashboard.settings import (
    CHECKPOINT,
    ENVELOPE,
    LEDGER,
    NO_KEY_REASON,
    REPORT,
    RUN_JSON,
    Settings,
    SignatureState,
)
from governed_tuning.limits import (
    MAX_CHECKPOINT_BYTES,
    MAX_JSON_DEPTH,
    MAX_LEDGER_BYTES,
    UnsafeFileError,
    json_depth_exceeds,
    read_regular,
)

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
        # a run's own entries, and the ``erasure`` entries filing its erasure envelopes (verify checks those too)
        run_id = (obj.get("run_id") or obj.get("erased_run")) if isinstance(obj, dict) else None
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


def flatten(obj: Any, prefix: str = "") -> dict[str, Any]:
    """``{"a.b.c": leaf}`` for nested dicts (lists are leaves, as JSON text)."""
    out: dict[str, Any] = {}
    if isinstance(obj, dict):
        for k, v in obj.items():
            out.update(flatten(v, f"{prefix}.{k}" if prefix else str(k)))
    else:
        out[prefix] = json.dumps(obj, sort_keys=True) if isinstance(obj, (list, dict)) else obj
    return out
