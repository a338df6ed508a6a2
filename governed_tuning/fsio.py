"""Atomic file writes: a file or folder appears whole under its name, or the old one stays exactly as it was.

Every writer in the package (reports, ledgers, keys, evidence, scrubbed data) goes through here, so a crash or a
full disk never leaves half a file where a reader expects a whole one.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any


@contextlib.contextmanager
def atomic_path(target: str | Path, directory: bool = False) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; on success move it into place with one rename.

    On error the temporary is removed and ``target`` is left exactly as it was.
    """
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent))
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


def atomic_write_bytes(target: str | Path, data: bytes) -> None:
    with atomic_path(target) as tmp:
        tmp.write_bytes(data)


def atomic_write_text(target: str | Path, text: str) -> None:
    atomic_write_bytes(target, text.encode("utf-8"))


def atomic_write_json(target: str | Path, obj: Any) -> None:
    atomic_write_text(target, json.dumps(obj, indent=2, ensure_ascii=False, sort_keys=False) + "\n")
