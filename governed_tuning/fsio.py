"""Atomic file writes: a file or folder appears whole under its name, or the old one stays exactly as it was.

Every writer in the package (reports, ledgers, keys, evidence, scrubbed data) goes through here, so a crash or a
full disk never leaves half a file where a reader expects a whole one.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import logging
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)


@contextlib.contextmanager
def atomic_path(target: str | Path, directory: bool = False) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; on success move it into place with one rename.

    On error the temporary is removed and ``target`` is left exactly as it was.
    """
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    sweep_leftovers(target)
    tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent))
    lock = os.open(tmp, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
    fcntl.flock(lock, fcntl.LOCK_EX)  # held while this writer lives: a sweeper leaves a live temporary alone
    out = tmp if directory else tmp / target.name
    try:
        yield out
        if directory:
            if target.exists():
                backup = target.parent / f".{target.name}.old-{os.getpid()}"
                os.replace(target, backup)
                try:
                    os.replace(out, target)
                except BaseException:
                    os.replace(backup, target)  # put the old folder back rather than leave nothing at target
                    raise
                shutil.rmtree(backup, ignore_errors=True)
            else:
                os.replace(out, target)
        else:
            with open(out, "rb") as fh:
                os.fsync(fh.fileno())
            os.replace(out, target)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
        os.close(lock)


def sweep_leftovers(target: Path) -> list[Path]:
    """Remove the temporaries a killed writer of ``target`` left beside it (``.NAME.xxxxxxxx.tmp``), with a
    warning naming each. A temporary is a leftover only when no live process holds its lock: a ``kill -9`` drops
    the lock with the process, so a truncated copy that looks valid is never mistaken for a finished one."""
    removed = []
    prefix = f".{target.name}."
    try:
        names = [n for n in os.listdir(target.parent) if n.startswith(prefix) and n.endswith(".tmp")]
    except OSError:
        return []
    for name in names:
        p = target.parent / name
        try:
            fd = os.open(p, os.O_RDONLY | os.O_NOFOLLOW | getattr(os, "O_CLOEXEC", 0))
        except OSError:
            continue
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            continue  # a live writer
        try:
            shutil.rmtree(p, ignore_errors=True)
        finally:
            os.close(fd)
        log.warning("removed %s: the leftover temporary copy of an interrupted write of %s (its writer was killed); "
                    "it may be truncated and was never the finished file", p, target.name)
        removed.append(p)
    return removed


def atomic_write_bytes(target: str | Path, data: bytes) -> None:
    with atomic_path(target) as tmp:
        tmp.write_bytes(data)


def atomic_write_text(target: str | Path, text: str) -> None:
    atomic_write_bytes(target, text.encode("utf-8"))


def atomic_write_json(target: str | Path, obj: Any) -> None:
    atomic_write_text(target, json.dumps(obj, indent=2, ensure_ascii=False, sort_keys=False) + "\n")
