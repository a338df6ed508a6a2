"""What a killed run leaves behind, found and closed by the next start.

A run holds an exclusive ``flock`` on its own folder for as long as its process lives (:func:`hold`); the kernel
lets go of it when the process dies, however it dies (``kill -9``, out of memory). So a run folder whose
``run.json`` still says ``running`` while nobody holds its lock is a crashed run, not a slow one: the next start
closes it as ``crashed`` in a signed record (:func:`close_stale_runs`), removes the temporaries its interrupted
atomic writes left (``.NAME.xxxxxx.tmp``) and says so in the record, and covers any ledger entry an interrupted
append left after the signed checkpoint (each checked to carry the signing key's own signature first).

The lock is advisory and local: a reports folder shared over NFS between machines needs one runner at a time.
"""

from __future__ import annotations

import datetime as dt
import fcntl
import logging
import os
import re
import shutil
import stat
from pathlib import Path

from pydantic import ValidationError

from ..errors import GovernedTuningError
from ..fsio import atomic_write_json
from ..limits import MAX_DOCUMENT_BYTES, read_regular
from ..record import ErrorInfo, RunRecord
from .folder import LEDGER, RunFolder

log = logging.getLogger(__name__)
RUN_ID_RE = re.compile(r"^\d{8}T\d{6}Z-[0-9a-f]{6}$")
LEFTOVER_RE = re.compile(r"^\..+\.(tmp|old-\d+)$")


def hold(run_dir: Path) -> int:
    """Take the run folder's lock for this process (released by :func:`release` or by the process ending)."""
    fd = os.open(run_dir, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | getattr(os, "O_CLOEXEC", 0))
    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    return fd


def release(fd: int | None) -> None:
    if fd is not None:
        os.close(fd)


def _try_hold(run_dir: Path) -> int | None:
    try:
        return hold(run_dir)
    except BlockingIOError:
        return None  # a live process holds it


def leftovers(folder: Path) -> list[Path]:
    """Temporaries of interrupted atomic writes under ``folder`` (links never followed)."""
    found = []
    for root, dirs, files in os.walk(folder):
        for name in [*dirs, *files]:
            if LEFTOVER_RE.match(name):
                found.append(Path(root) / name)
        dirs[:] = [d for d in dirs if not LEFTOVER_RE.match(d)]
    return sorted(found)


OLD_RE = re.compile(r"^\.(.+)\.old-\d+$")


def _remove(paths: list[Path]) -> list[str]:
    """Remove leftovers; a folder's backup (``.NAME.old-PID``, made while a folder is replaced) whose folder is
    gone was the only copy left by a kill between the two renames: it is put back instead. Returns the notes."""
    notes = []
    for p in paths:
        old = OLD_RE.match(p.name)
        target = p.parent / old.group(1) if old else None
        if target is not None and not os.path.lexists(target):
            os.replace(p, target)
            notes.append(f"restored {target.name} from {p.name}")
        elif stat.S_ISDIR(os.lstat(p).st_mode):
            shutil.rmtree(p, ignore_errors=True)
        else:
            p.unlink(missing_ok=True)
    return notes


def _stale_record(run_dir: Path) -> RunRecord | None:
    try:
        raw = read_regular(RunFolder(run_dir).record, MAX_DOCUMENT_BYTES, "run record", follow_symlinks=False)
        record = RunRecord.model_validate_json(raw)
    except (OSError, GovernedTuningError, ValidationError, ValueError):
        return None
    return record if record.status == "running" and record.run_id == run_dir.name else None


def close_stale_runs(reports_dir: str | Path, key_path: str | Path | None,
                     passphrase: str | bytes | None = None) -> list[Path]:
    """Close every run of ``reports_dir`` left ``running`` by a dead process; returns their folders.

    Each is closed as ``crashed``: run.json rewritten, its leftover temporaries removed (named in the record),
    and its report written and signed with ``key_path`` (unsigned without a key), so the crash ends in a signed
    record like any other outcome.
    """
    reports = Path(reports_dir)
    closed: list[Path] = []
    try:
        candidates = sorted((e for e in os.scandir(reports) if e.is_dir(follow_symlinks=False)
                             and RUN_ID_RE.match(e.name)), key=lambda e: e.name)
    except (FileNotFoundError, NotADirectoryError):
        return []
    for entry in candidates:
        run_dir = Path(entry.path)
        if os.path.lexists(run_dir / "report.json"):
            continue  # a run writes its report after its final status: only a folder without one can be stale
        if _stale_record(run_dir) is None:
            continue
        fd = _try_hold(run_dir)
        if fd is None:
            continue
        try:
            record = _stale_record(run_dir)  # again, under the lock
            if record is None:
                continue
            _close(run_dir, record, key_path, passphrase)
            closed.append(run_dir)
        finally:
            release(fd)
    if key_path is not None:
        from ..audit import keys, ledger

        covered = ledger.cover_tail(reports / LEDGER, keys.load_private_key(key_path, passphrase))
        if covered:
            log.warning("ledger: %d entr%s left after the signed checkpoint by an interrupted append now covered",
                        covered, "y" if covered == 1 else "ies")
    return closed


def _close(run_dir: Path, record: RunRecord, key_path: str | Path | None, passphrase: str | bytes | None) -> None:
    now = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
    left = leftovers(run_dir)
    restored = _remove(left)
    record.status = "crashed"
    record.finished_at = now
    record.releasable = False
    record.error = ErrorInfo(type="Crashed", message="the run's process ended without closing the run (killed, out "
                             "of memory, or the machine stopped); a later start found it and closed it",
                             where="after the last step saved in this record")
    record.release_reasons.append(f"closed as crashed at {now} by a later start: its process was gone")
    if left:
        names = ", ".join(p.relative_to(run_dir).as_posix() for p in left)
        record.release_reasons.append(f"removed {len(left)} leftover temporary file(s) of writes the crash "
                                      f"interrupted: {names}" + (f" ({'; '.join(restored)})" if restored else ""))
    for stage in record.stages:
        if stage.status == "failed" and stage.finished_at is None:
            stage.finished_at = now
    atomic_write_json(RunFolder(run_dir).record, record.model_dump(mode="json"))
    log.warning("run %s: closed as crashed (its process was gone)", run_dir.name)
    from ..audit.report import write_report

    write_report(run_dir, record, key_path, passphrase=passphrase)
