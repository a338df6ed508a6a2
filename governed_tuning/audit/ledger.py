"""The ledger: ``reports/ledger.jsonl``, one hash-chained entry per signed run, plus a signed checkpoint.

Each entry holds its sequence number, run id, report digest, time, the previous entry's hash and its own hash
(sha256 of the canonical JSON of the other fields). ``ledger.checkpoint.json`` beside it is a DSSE envelope
over the head (sequence and hash), so editing, reordering or deleting an entry, or cutting off the tail below
the checkpoint, is detected.

Crash safety: an entry is one ``write()`` of one line to a file opened with O_APPEND, fsynced before the
checkpoint is replaced atomically, so after a ``kill -9`` the log is a valid prefix and the checkpoint is
never ahead of it (it may lag one entry behind, which verification accepts and reports). A torn last line (a
crash of the machine itself mid-write) is cut off by the next append. Concurrent appends are serialised by an
exclusive ``flock`` on ``ledger.jsonl.lock``.
"""

from __future__ import annotations

import fcntl
import json
import os
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterator

from cryptography.hazmat.primitives.asymmetric import ec

from ..fsio import atomic_write_bytes
from ..digest import sha256_bytes
from ..errors import GovernedTuningError
from .signing import CHECKPOINT_PAYLOAD_TYPE, canonical_json, envelope_bytes, sign_envelope

GENESIS = "0" * 64
ENTRY_FIELDS = ("seq", "run_id", "report_sha256", "envelope_sha256", "time", "prev")


class LedgerError(GovernedTuningError):
    """The ledger's last entry cannot be read, so nothing can be chained to it."""


def checkpoint_path(ledger_path: str | Path) -> Path:
    p = Path(ledger_path)
    return p.with_name(p.name.removesuffix(".jsonl") + ".checkpoint.json")


def entry_hash(entry: dict[str, Any]) -> str:
    return sha256_bytes(canonical_json({k: entry.get(k) for k in ENTRY_FIELDS}))


@contextmanager
def locked(ledger_path: Path) -> Iterator[None]:
    lock = ledger_path.with_name(ledger_path.name + ".lock")
    fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)


def _complete_lines(ledger_path: Path) -> list[bytes]:
    """The log's complete lines; a torn last line (no newline) is cut off the file (under the lock)."""
    if not ledger_path.exists():
        return []
    data = ledger_path.read_bytes()
    if data and not data.endswith(b"\n"):
        keep = data.rfind(b"\n") + 1
        with open(ledger_path, "r+b") as f:
            f.truncate(keep)
            os.fsync(f.fileno())
        data = data[:keep]
    return [line for line in data.split(b"\n") if line]


def append(ledger_path: str | Path, run_id: str, report_sha256: str, envelope_sha256: str,
           private_key: ec.EllipticCurvePrivateKey) -> dict[str, Any]:
    """Append one entry for a signed run and re-sign the checkpoint; returns the entry."""
    path = Path(ledger_path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with locked(path):
        lines = _complete_lines(path)
        if lines:
            try:
                last = json.loads(lines[-1])
                seq, prev = int(last["seq"]) + 1, str(last["hash"])
            except (ValueError, TypeError, KeyError):
                raise LedgerError(f"{path}:{len(lines)}: the last entry is not a ledger entry (expected JSON with "
                                  "'seq' and 'hash'); run `governed-tuning verify --ledger` and repair the file "
                                  "before appending") from None
        else:
            seq, prev = 1, GENESIS
        entry: dict[str, Any] = {"seq": seq, "run_id": run_id, "report_sha256": report_sha256,
                                 "envelope_sha256": envelope_sha256,
                                 "time": datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ"), "prev": prev}
        entry["hash"] = entry_hash(entry)
        line = json.dumps(entry, sort_keys=True, separators=(",", ":")).encode("utf-8") + b"\n"
        fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        try:
            written = os.write(fd, line)
            if written != len(line):
                raise OSError(f"{path}: short write appending ledger entry {seq}")
            os.fsync(fd)
        finally:
            os.close(fd)
        head = {"ledger": path.name, "seq": seq, "hash": entry["hash"], "time": entry["time"]}
        env = sign_envelope(canonical_json(head), CHECKPOINT_PAYLOAD_TYPE, private_key)
        atomic_write_bytes(checkpoint_path(path), envelope_bytes(env))
        return entry
