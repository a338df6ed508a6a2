"""Content digests for files and folders (sha256), used by every gate and the audit report."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

CHUNK = 1 << 20


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def sha256_file(path: str | Path) -> str:
    """sha256 of a regular file; a FIFO or device (which could block or never end) raises UnsafeFileError."""
    from .limits import iter_regular

    h = hashlib.sha256()
    for chunk in iter_regular(path, CHUNK):
        h.update(chunk)
    return h.hexdigest()


def tree_manifest(path: str | Path) -> dict[str, str]:
    """``{relative posix path: sha256}`` for every regular file under ``path``, sorted by path."""
    root = Path(path)
    return {p.relative_to(root).as_posix(): sha256_file(p) for p in sorted(root.rglob("*")) if p.is_file()}


def sha256_tree(path: str | Path) -> str:
    """Digest of a folder: sha256 of its sorted manifest (``sha256  relpath`` lines, like sha256sum)."""
    lines = "".join(f"{digest}  {rel}\n" for rel, digest in tree_manifest(path).items())
    return sha256_bytes(lines.encode("utf-8"))


def sha256_path(path: str | Path) -> str:
    """sha256 of a file, or of a folder's sorted manifest."""
    p = Path(path)
    return sha256_tree(p) if p.is_dir() else sha256_file(p)


def sha256_json(obj: object) -> str:
    """Digest of a JSON value in canonical form (sorted keys, no spaces, UTF-8)."""
    return sha256_bytes(json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8"))
