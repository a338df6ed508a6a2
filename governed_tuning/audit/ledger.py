"""The ledger: ``reports/ledger.jsonl``, a hash chain of signed entries, plus a signed checkpoint of its head.

An entry holds its sequence number, its ``kind``, the kind's fields, the time, the previous entry's hash, its own
``hash`` (sha256 of the canonical JSON of every other field but ``sig``) and ``sig``, an ECDSA signature by the
signing key over that same content (DSSE PAE, payload type :data:`ENTRY_PAYLOAD_TYPE`). Kinds (:data:`KINDS`):

- ``run``: a signed run (run id, digest of report.json and of report.dsse.json). Entries written before kinds
  existed have no ``kind`` and no ``sig``; they are ``run`` entries and stay valid under the checkpoint.
- ``run_removed``: a run folder removed on purpose (retention, erasure), with the reason and who removed it; a
  ledger entry whose folder is gone is a failure unless such an entry records its removal.
- ``erasure``: a scrubbed copy removed or redacted after signing (``governed-tuning erase``): the envelope in the
  run's ``erasures/`` and its digest, so an erasure is in the history, not only in the run folder.
- ``subject_erasure``: a data-subject erasure request answered (``governed-tuning subject erase``): the signed
  erasure record under ``subject-requests/`` and its digest.

New kinds (an erasure record, an attestation) add one line to :data:`KINDS` and their meaning to verify.

``ledger.checkpoint.json`` beside it is a DSSE envelope over the head (sequence and hash), so editing,
reordering or deleting an entry, or cutting off the tail below the checkpoint, is detected; an auditor who keeps
a checkpoint can later prove the ledger only grew since (``verify --ledger --since``), as transparency logs do.
``ledger.checkpoint.sigstore.json`` holds the same envelope as a Sigstore bundle (for other tools), written right
after it: a kill between the two leaves the bundle one head behind, which ``verify`` says and the next append
mends; the checkpoint itself is what is verified.

Crash safety: an entry is one ``write()`` of one line to a file opened with O_APPEND, fsynced before the
checkpoint is replaced atomically, so after a ``kill -9`` the log is a valid prefix and the checkpoint is never
ahead of it. It may lag: the entries after it are signed one by one, and the next append (or the next start,
:func:`cover_tail`) checks each of their signatures before the new checkpoint covers them, so nobody can slip an
entry in through that gap. A torn last line (a crash of the machine itself mid-write) is cut off by the next
append. Concurrent appends are serialised by an exclusive ``flock`` on ``ledger.jsonl.lock``.
"""

from __future__ import annotations

import base64
import binascii
import fcntl
import getpass
import json
import os
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterator

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric import ec

from ..digest import sha256_bytes
from ..errors import GovernedTuningError
from ..limits import MAX_CHECKPOINT_BYTES, MAX_LEDGER_BYTES, read_regular
from .bundle import write_signed
from .keys import HASH
from .signing import (
    CHECKPOINT_PAYLOAD_TYPE,
    VerificationFailure,
    canonical_json,
    open_envelope,
    pae,
    sign_envelope,
    strict_loads,
)

GENESIS = "0" * 64
ENTRY_PAYLOAD_TYPE = "application/vnd.governed-tuning.ledger-entry+json"
#: The fields of an entry written before kinds existed (a ``run`` entry without ``kind`` and ``sig``).
ENTRY_FIELDS = ("seq", "run_id", "report_sha256", "envelope_sha256", "time", "prev")
COMMON_FIELDS = ("seq", "kind", "time", "prev")
#: Each kind and the fields it adds to COMMON_FIELDS.
KINDS: dict[str, tuple[str, ...]] = {
    "run": ("run_id", "report_sha256", "envelope_sha256"),
    "run_removed": ("run_id", "reason", "removed_by"),
    # a scrubbed copy of a signed run removed or redacted (audit/amendments.py): the run, the erasure envelope's
    # path in it and its digest (not ``run_id``: the run's own entries stay the last ones under its id)
    "erasure": ("erased_run", "entry", "entry_sha256"),
    # a data-subject erasure request answered (subjects/erase.py): its signed record, relative to the reports
    # folder, its digest, and the runs whose copies it rewrote
    "subject_erasure": ("request_id", "record", "record_sha256", "runs"),
}
UNSIGNED = ("hash", "sig")


class LedgerError(GovernedTuningError):
    """The ledger cannot be appended to safely (its last entry is unreadable, or its tail is not vouched for)."""


def checkpoint_path(ledger_path: str | Path) -> Path:
    p = Path(ledger_path)
    return p.with_name(p.name.removesuffix(".jsonl") + ".checkpoint.json")


def content(entry: dict[str, Any]) -> dict[str, Any]:
    """What the hash and the signature of an entry cover: every field but ``hash`` and ``sig``."""
    return {k: v for k, v in entry.items() if k not in UNSIGNED}


def entry_hash(entry: dict[str, Any]) -> str:
    return sha256_bytes(canonical_json(content(entry)))


def kind_of(entry: dict[str, Any]) -> str:
    return str(entry.get("kind", "run"))


def expected_fields(entry: dict[str, Any]) -> set[str] | None:
    """The fields an entry of its kind must have exactly (``sig`` optional only for legacy entries)."""
    if "kind" not in entry:
        return {*ENTRY_FIELDS, "hash"}
    extra = KINDS.get(str(entry["kind"]))
    return None if extra is None else {*COMMON_FIELDS, *extra, "hash", "sig"}


def sign_entry(entry: dict[str, Any], private_key: ec.EllipticCurvePrivateKey) -> str:
    sig = private_key.sign(pae(ENTRY_PAYLOAD_TYPE, canonical_json(content(entry))), ec.ECDSA(HASH()))
    return base64.b64encode(sig).decode("ascii")


def entry_signed_by(entry: dict[str, Any], public_key: ec.EllipticCurvePublicKey) -> bool:
    """Whether ``entry`` carries a valid signature by ``public_key`` over its content."""
    raw = entry.get("sig")
    if not isinstance(raw, str):
        return False
    try:
        public_key.verify(base64.b64decode(raw, validate=True), pae(ENTRY_PAYLOAD_TYPE, canonical_json(content(entry))),
                          ec.ECDSA(HASH()))
    except (InvalidSignature, binascii.Error, ValueError):
        return False
    return True


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
    data = read_regular(ledger_path, MAX_LEDGER_BYTES, "ledger", follow_symlinks=False)
    if data and not data.endswith(b"\n"):
        keep = data.rfind(b"\n") + 1
        with open(ledger_path, "r+b") as f:
            f.truncate(keep)
            os.fsync(f.fileno())
        data = data[:keep]
    return [line for line in data.split(b"\n") if line]


def _covered(path: Path, public_key: ec.EllipticCurvePublicKey, count: int) -> int:
    """How many entries the checkpoint, signed by this key, covers (0 when it is missing or not ours)."""
    cp = checkpoint_path(path)
    if not cp.exists():
        return 0
    try:
        head = strict_loads(open_envelope(read_regular(cp, MAX_CHECKPOINT_BYTES, "checkpoint"), public_key,
                                          CHECKPOINT_PAYLOAD_TYPE, cp.name), cp.name)
    except (VerificationFailure, OSError):
        return 0
    seq = head.get("seq") if isinstance(head, dict) else None
    if not isinstance(seq, int) or seq < 0:
        return 0
    if seq > count:
        raise LedgerError(f"{path}: the signed checkpoint covers {seq} entries but the file holds {count}: entries "
                          "were cut off; run `governed-tuning verify --ledger` before appending")
    return seq


@dataclass
class Position:
    """The place the next entry will take: reserved while the ledger's lock is held (see :func:`reserve`)."""

    path: Path
    seq: int
    prev: str
    private_key: ec.EllipticCurvePrivateKey
    used: bool = False

    def append(self, kind: str, **fields: Any) -> dict[str, Any]:
        """Write the entry of ``kind`` at this position, then re-sign the checkpoint; returns the entry."""
        if self.used:
            raise LedgerError(f"{self.path}: ledger position {self.seq} is already used")
        if kind not in KINDS or set(fields) != set(KINDS[kind]):
            raise ValueError(f"a {kind!r} ledger entry takes the fields {KINDS.get(kind)}, got {sorted(fields)}")
        entry: dict[str, Any] = {"seq": self.seq, "kind": kind, **fields,
                                 "time": datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
                                 "prev": self.prev}
        entry["hash"] = entry_hash(entry)
        entry["sig"] = sign_entry(entry, self.private_key)
        line = json.dumps(entry, sort_keys=True, separators=(",", ":")).encode("utf-8") + b"\n"
        fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        try:
            written = os.write(fd, line)
            if written != len(line):
                raise OSError(f"{self.path}: short write appending ledger entry {self.seq}")
            os.fsync(fd)
        finally:
            os.close(fd)
        self.used = True
        _sign_checkpoint(self.path, self.seq, entry["hash"], entry["time"], self.private_key)
        return entry


def _sign_checkpoint(path: Path, seq: int, head_hash: str, time: str, private_key: ec.EllipticCurvePrivateKey) -> None:
    head = {"ledger": path.name, "seq": seq, "hash": head_hash, "time": time}
    env = sign_envelope(canonical_json(head), CHECKPOINT_PAYLOAD_TYPE, private_key)
    write_signed(checkpoint_path(path), env, private_key)  # and its Sigstore bundle, right after


def _read_tail(path: Path, private_key: ec.EllipticCurvePrivateKey) -> tuple[list[dict[str, Any]], int]:
    """The parsed entries and how many the checkpoint covers; refuses a tail not signed by this key."""
    lines = _complete_lines(path)
    entries: list[dict[str, Any]] = []
    for n, raw in enumerate(lines, start=1):
        try:
            entry = strict_loads(raw, f"{path.name} line {n}")
            if not isinstance(entry, dict) or not isinstance(entry.get("seq"), int) or \
                    not isinstance(entry.get("hash"), str):
                raise VerificationFailure("ledger_break", "not an object with 'seq' and 'hash'")
        except VerificationFailure:
            raise LedgerError(f"{path}:{n}: the last entry is not a ledger entry (expected JSON with 'seq' and "
                              "'hash'); run `governed-tuning verify --ledger` and repair the file before appending") \
                from None
        entries.append(entry)
    public = private_key.public_key()
    covered = _covered(path, public, len(entries))
    for entry in entries[covered:]:
        if not entry_signed_by(entry, public):
            raise LedgerError(f"{path}:{entry['seq']}: entry {entry['seq']} is after the signed checkpoint and is "
                              "not signed by this key: someone else appended to the ledger. Run `governed-tuning "
                              "verify --ledger` and investigate before appending")
    return entries, covered


@contextmanager
def reserve(ledger_path: str | Path, private_key: ec.EllipticCurvePrivateKey) -> Iterator[Position]:
    """Hold the ledger's lock and yield the next :class:`Position`, so a report can name the position it will
    be appended at, inside its signature, before it is appended."""
    path = Path(ledger_path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with locked(path):
        entries, _ = _read_tail(path, private_key)
        last = entries[-1] if entries else None
        yield Position(path, int(last["seq"]) + 1 if last else 1, str(last["hash"]) if last else GENESIS, private_key)


def append(ledger_path: str | Path, run_id: str, report_sha256: str, envelope_sha256: str,
           private_key: ec.EllipticCurvePrivateKey) -> dict[str, Any]:
    """Append one ``run`` entry for a signed run and re-sign the checkpoint; returns the entry."""
    with reserve(ledger_path, private_key) as pos:
        return pos.append("run", run_id=run_id, report_sha256=report_sha256, envelope_sha256=envelope_sha256)


def record_removal(ledger_path: str | Path, run_id: str, reason: str, private_key: ec.EllipticCurvePrivateKey,
                   removed_by: str | None = None) -> dict[str, Any]:
    """Record, as a signed entry, that the folder of ``run_id`` is removed on purpose (and why, and by whom)."""
    if not reason.strip():
        raise LedgerError("a removal needs a reason (retention period over, an erasure request, ...)")
    with reserve(ledger_path, private_key) as pos:
        entries, _ = _read_tail(pos.path, private_key)
        if not any(kind_of(e) == "run" and e.get("run_id") == run_id for e in entries):
            raise LedgerError(f"{pos.path}: run {run_id} has no entry in the ledger; nothing to record as removed")
        return pos.append("run_removed", run_id=run_id, reason=reason.strip(),
                          removed_by=removed_by or getpass.getuser())


def cover_tail(ledger_path: str | Path, private_key: ec.EllipticCurvePrivateKey) -> int:
    """Re-sign the checkpoint over entries an interrupted append left uncovered, once each is checked to carry
    this key's signature; returns how many were covered (0 when the checkpoint is at the head)."""
    path = Path(ledger_path)
    if not path.exists():
        return 0
    with locked(path):
        entries, covered = _read_tail(path, private_key)
        if covered >= len(entries):
            return 0
        last = entries[-1]
        _sign_checkpoint(path, int(last["seq"]), str(last["hash"]), str(last.get("time", "")), private_key)
        return len(entries) - covered
