"""A cache of file digests (sha256) that survives restarts, so re-verifying every run at start-up stays fast.

What is cached is the digest of a file's *content*, never a verdict: the verifier re-checks every signature on
every load and asks here only "what is the sha256 of this file?". An entry is keyed on the file's identity and
change stamps as the kernel reports them on the open descriptor: device, inode, size, mtime and ctime (in
nanoseconds). Restoring an mtime with ``utime`` after an edit sets the ctime to now, and a process cannot set
the ctime back, so a same-size edit with the mtime put back misses the cache and is hashed again (git's index
relies on the same stamps). What this does not stop: someone who can set the system clock or write the block
device under the file system; they can also replace the dashboard itself.

The cache is a SQLite file in the dashboard's state folder (never in the reports folder, which stays
read-only); a damaged or unwritable cache file means hashing everything, not a failure.
"""

from __future__ import annotations

import hashlib
import logging
import os
import sqlite3
import stat
import threading
from pathlib import Path

from .limits import open_regular

log = logging.getLogger(__name__)
CHUNK = 1 << 20


def hash_file(fd: int, path: str | Path) -> str:
    """sha256 of the open regular file ``fd`` (``path`` only names it); the one place the cache hashes."""
    h = hashlib.sha256()
    os.lseek(fd, 0, os.SEEK_SET)
    while data := os.read(fd, CHUNK):
        h.update(data)
    return h.hexdigest()


def _stamp(st: os.stat_result) -> tuple[int, int, int, int, int]:
    return (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)


class DigestCache:
    """``digest(path)``: the sha256 of a regular file (symlinks refused), from the cache when its stamps match."""

    def __init__(self, db_path: str | Path | None = None):
        self._lock = threading.Lock()
        self._mem: dict[str, tuple[tuple[int, int, int, int, int], str]] = {}
        self._db: sqlite3.Connection | None = None
        self.hits = self.misses = 0
        if db_path is not None:
            self._open(Path(db_path))

    def _open(self, db_path: Path) -> None:
        try:
            db_path.parent.mkdir(parents=True, exist_ok=True)
            db = sqlite3.connect(db_path, check_same_thread=False, isolation_level=None)
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=OFF")  # a cache: losing the last writes only means hashing again
            db.execute("CREATE TABLE IF NOT EXISTS digests (path TEXT PRIMARY KEY, dev INTEGER, ino INTEGER, "
                       "size INTEGER, mtime INTEGER, ctime INTEGER, sha256 TEXT)")
            for path, dev, ino, size, mtime, ctime, sha in db.execute("SELECT * FROM digests"):
                self._mem[path] = ((dev, ino, size, mtime, ctime), sha)
            self._db = db
        except sqlite3.Error as exc:
            log.warning("digest cache %s cannot be used (%s); every file is hashed", db_path, exc)
            self._db = None

    def lookup(self, path: str | Path, st: os.stat_result) -> str | None:
        """The cached digest of ``path`` when ``st`` (its ``lstat``, e.g. from ``os.scandir``) matches the stamps
        it was hashed under; None otherwise. Saves opening files that did not change."""
        hit = self._mem.get(os.path.abspath(path))
        if hit is not None and hit[0] == _stamp(st) and stat.S_ISREG(st.st_mode):
            self.hits += 1
            return hit[1]
        return None

    def digest(self, path: str | Path, st: os.stat_result | None = None) -> str:
        """sha256 of ``path``; raises limits.UnsafeFileError for a symlink, FIFO or device, OSError otherwise.
        ``st``, the file's ``lstat`` when the caller has it, lets an unchanged file be answered without opening it
        (the stamps compared are the same ones ``fstat`` gives on an open descriptor)."""
        if st is not None:
            hit = self.lookup(path, st)
            if hit is not None:
                return hit
        key = os.path.abspath(path)
        fd = open_regular(path, follow_symlinks=False)
        try:
            stamp = _stamp(os.fstat(fd))
            with self._lock:
                hit = self._mem.get(key)
            if hit is not None and hit[0] == stamp:
                self.hits += 1
                return hit[1]
            self.misses += 1
            sha = hash_file(fd, path)
            if _stamp(os.fstat(fd)) != stamp:  # changed while hashed: answer, but do not remember
                return sha
        finally:
            os.close(fd)
        with self._lock:
            self._mem[key] = (stamp, sha)
            if self._db is not None:
                try:
                    self._db.execute("INSERT OR REPLACE INTO digests VALUES (?, ?, ?, ?, ?, ?, ?)",
                                     (key, *stamp, sha))
                except sqlite3.Error as exc:
                    log.warning("digest cache write failed (%s); continuing without it", exc)
                    self._db = None
        return sha

    def __call__(self, path: str | Path) -> str:
        return self.digest(path)


def plain_digest(path: str | Path) -> str:
    """sha256 of a regular file, symlinks refused, without any cache (what ``governed-tuning verify`` uses)."""
    fd = open_regular(path, follow_symlinks=False)
    try:
        return hash_file(fd, path)
    finally:
        os.close(fd)
