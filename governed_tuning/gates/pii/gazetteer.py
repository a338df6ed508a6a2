"""A list of people's names that owes nothing to Faker or to the NER model: the ``names-dataset`` package.

Why: the benchmarks and the surrogates draw names from Faker, so a re-scan that checked names against Faker's
lists would be tested on its own source; and the small English NER model misses names it has not seen
("Why is Natasja so impulsive?", "silvana, adam, chad and caleb"). names-dataset (PyPI, MIT licence) holds
given names and surnames from 105 countries with their rank in each country, which neither Faker nor spaCy
shares.

The package keeps its data as two pickles that take about 1.3 GB and 90 s to load; no scrub should pay that.
So the first use (or ``make install``) derives, in a child process, a small SQLite file with one row per
one-word name: its best rank as a given name and as a surname in any country. It lives in the user's cache
folder (``$XDG_CACHE_HOME/governed-tuning``, else ``~/.cache/governed-tuning``), is named by the digest of the
package's data, is written atomically, and lookups read it on demand (no start-up cost, little memory). The
evidence records the package name, version and that digest.

Ranks are "how common in some country" (1 = most common); the dataset is noisy (it holds "May", "Song",
"Will", "London" as names), so callers combine a rank with capitalisation, context and an English vocabulary
before calling a word a name; this module only answers "is this word a name somewhere, and how common".

``python -m governed_tuning.gates.pii.gazetteer`` builds the cache when missing (``make install`` runs it).
"""

from __future__ import annotations

import base64
import fcntl
import functools
import gzip
import hashlib
import os
import pickle
import sqlite3
import subprocess
import sys
import tempfile
import threading
import weakref
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from ...errors import GovernedTuningError

PACKAGE = "names-dataset"
DATA_FILES = ("names_dataset/v3/first_names.pkl.gz", "names_dataset/v3/last_names.pkl.gz")
SCHEMA = 1  # bump when the derived file's layout changes
BUILD_TIMEOUT_S = 900
MODULE = "governed_tuning.gates.pii.gazetteer"


@dataclass(frozen=True)
class GazetteerInfo:
    """What the evidence records: package, version, and the sha256 of its data files."""

    name: str
    version: str
    sha256: str


def cache_dir() -> Path:
    """The user's cache folder for governed-tuning (XDG Base Directory: a relative XDG_CACHE_HOME is ignored)."""
    base = os.environ.get("XDG_CACHE_HOME", "")
    root = Path(base) if base and os.path.isabs(base) else Path.home() / ".cache"
    return root / "governed-tuning"


def package_data(package: str, files: tuple[str, ...], needed_for: str, on_missing: str
                 ) -> tuple[str, dict[str, Path], dict[str, str | None]]:
    """(version, {data file: path}, {data file: sha256 hex from the wheel's RECORD, or None}) of an installed
    ``package``'s data ``files``; the name list and the place list (placenames.py) both read their package so.
    ``on_missing`` is the message when data files are absent (``str.format`` with ``missing`` and ``version``)."""
    from importlib import metadata

    try:
        dist = metadata.distribution(package)
    except metadata.PackageNotFoundError:
        raise GovernedTuningError(f"the PII gate's {needed_for} needs the {package!r} package, which is not "
                                  f"installed; run `make install` (or pip install {package})") from None
    paths, hashes = {}, {}
    for f in dist.files or []:
        if str(f) in files:
            paths[str(f)] = Path(str(dist.locate_file(f)))
            hashes[str(f)] = (base64.urlsafe_b64decode(f.hash.value + "==").hex()
                              if f.hash is not None and f.hash.mode == "sha256" else None)
    missing = [f for f in files if f not in paths or not paths[f].exists()]
    if missing:
        raise GovernedTuningError(on_missing.format(missing=missing, version=dist.version))
    return dist.version, paths, hashes


def _package():
    return package_data(PACKAGE, DATA_FILES, "name list",
                        f"the {PACKAGE!r} package is installed without its data files {{missing}}; reinstall it")


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def combined(hashes: dict[str, str], files: tuple[str, ...]) -> str:
    """One digest for a package's data: sha256 over "file:sha256" lines, in a fixed order."""
    return hashlib.sha256("".join(f"{f}:{hashes[f]}\n" for f in files).encode()).hexdigest()


def build(first_names: Path, last_names: Path, out: Path, meta: dict[str, str]) -> int:
    """Derive the SQLite name list from names-dataset's two pickles (``{Name: {"rank": {country: rank}}}``),
    atomically into ``out``; returns how many names it holds. Only one-word names with a rank are kept."""
    best: dict[str, list[int]] = {}
    for col, path in enumerate((first_names, last_names)):
        with gzip.open(path, "rb") as fh:
            data = pickle.load(fh)  # noqa: S301 - the installed package's own data file, digest checked by the caller
        for name, attrs in data.items():
            if " " in name or not isinstance(attrs, dict):
                continue
            ranks = [r for r in (attrs.get("rank") or {}).values() if isinstance(r, int) and r > 0]
            if not ranks:
                continue
            row = best.setdefault(name.casefold(), [0, 0])
            row[col] = min(ranks) if not row[col] else min(row[col], min(ranks))
        del data
    write_sqlite(out, "CREATE TABLE names (name TEXT PRIMARY KEY, first INTEGER NOT NULL, last INTEGER NOT NULL) "
                      "WITHOUT ROWID", "INSERT INTO names VALUES (?, ?, ?)",
                 ((k, a, b) for k, (a, b) in sorted(best.items())), {**meta, "schema": str(SCHEMA)})
    return len(best)


def write_sqlite(out: Path, create: str, insert: str, rows: Iterable[tuple], meta: dict[str, str]) -> None:
    """Write a derived list (its one table, ``create`` and ``insert``, and a ``meta`` table) atomically into
    ``out``: built in a temporary file beside it and renamed, so a reader never opens a half-written list and a
    failed build leaves nothing behind. The name list, the place list and the dictionary share it."""
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=out.name + ".", suffix=".tmp", dir=out.parent)
    os.close(fd)
    try:
        con = sqlite3.connect(tmp)
        con.execute(create)
        con.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        con.executemany(insert, rows)
        con.executemany("INSERT INTO meta VALUES (?, ?)", sorted(meta.items()))
        con.commit()
        con.close()
        os.chmod(tmp, 0o644)
        os.replace(tmp, out)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


_OPEN: weakref.WeakSet = weakref.WeakSet()  # the lists open in this process


def _reopen_after_fork() -> None:
    """A forked child (windows.py's workers) opens its own connections: SQLite's are not to be used across fork."""
    for lst in list(_OPEN):
        lst._local = threading.local()


os.register_at_fork(after_in_child=_reopen_after_fork)


class SqliteList:
    """A derived list opened read-only: one connection per thread, renewed in a forked child (``_OPEN``)."""

    def __init__(self, path: Path):
        self.path = path
        self._local = threading.local()
        _OPEN.add(self)

    def _con(self) -> sqlite3.Connection:
        con = getattr(self._local, "con", None)
        if con is None:
            con = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
            self._local.con = con
        return con


def _turkish_keys(key: str) -> list[str]:
    """The other keys a case-folded Turkish name may stand under in the list, which holds each name as the dataset
    spells it, case-folded: "İbrahim" folds to "i" and a combining dot ("i̇brahim", ranked apart from "ibrahim"),
    "Ilgın" to "ilgın", so "İSMAİL" and a lower-case "ılgın" (as a Turkish writer types it) were no names at all.
    Only words with one of those letters pay for a second look-up."""
    out = []
    if "\u0307" in key:
        out.append(key.replace("i\u0307", "i"))
    if key.startswith("ı"):
        out.append("i" + key[1:])
    return out


def _better(a: int, b: int) -> int:
    """The better (smaller, non-zero) of two ranks; 0 where neither is one."""
    return min(a, b) if a and b else a or b


class Gazetteer(SqliteList):
    """Lookups in a derived name list: ``ranks(word) -> (as given name, as surname)``, 0 where it is not one.

    Thread-safe (one connection per thread); answers are memoised per word."""

    def __init__(self, path: Path):
        super().__init__(path)
        con = self._con()
        meta = dict(con.execute("SELECT key, value FROM meta").fetchall())
        self.info = GazetteerInfo(meta.get("package", PACKAGE), meta.get("version", ""), meta.get("sha256", ""))
        self.ranks = functools.lru_cache(maxsize=1 << 17)(self._ranks)  # type: ignore[method-assign]

    def _ranks(self, word: str) -> tuple[int, int]:
        key = word.casefold()
        first, last = self._row(key)
        for alt in _turkish_keys(key):
            a, b = self._row(alt)
            first, last = _better(first, a), _better(last, b)
        return first, last

    def _row(self, key: str) -> tuple[int, int]:
        row = self._con().execute("SELECT first, last FROM names WHERE name = ?", (key,)).fetchone()
        return (row[0], row[1]) if row else (0, 0)

    def given(self, word: str, max_rank: int = 1 << 30) -> bool:
        r = self.ranks(word)[0]
        return 0 < r <= max_rank

    def surname(self, word: str, max_rank: int = 1 << 30) -> bool:
        r = self.ranks(word)[1]
        return 0 < r <= max_rank

    def best(self, word: str) -> int:
        """The word's best rank as either a given name or a surname (0: not a name)."""
        a, b = self.ranks(word)
        return min(x for x in (a, b) if x) if (a or b) else 0


_LOADED: dict[str, Gazetteer] = {}
_LOCK = threading.Lock()


def cache_path() -> tuple[Path, str, str, dict[str, Path]]:
    """(the derived file for the installed package, its version, the data digest, the data files)."""
    version, paths, hashes = _package()
    if any(h is None for h in hashes.values()):
        hashes = {f: sha256_file(p) for f, p in paths.items()}
    digest = combined(hashes, DATA_FILES)  # type: ignore[arg-type]
    return cache_dir() / f"names-{SCHEMA}-{digest[:16]}.sqlite", version, digest, paths


def load_gazetteer(build_if_missing: bool = True) -> Gazetteer:
    """The name list of the installed names-dataset, derived on first use (once per machine, in a child process
    so the 1.3 GB it takes to read the pickles is returned to the system)."""
    path, version, digest, paths = cache_path()
    key = str(path)
    with _LOCK:
        if key in _LOADED:
            return _LOADED[key]
        if not path.exists():
            if not build_if_missing:
                raise GovernedTuningError(f"the name list cache {path} is missing; run `make install` or "
                                          f"`python -m governed_tuning.gates.pii.gazetteer`")
            _build_in_child(path)
        _LOADED[key] = Gazetteer(path)
        return _LOADED[key]


def _build_in_child(path: Path) -> None:
    build_in_child(path, "name list", PACKAGE, MODULE, "about two minutes", BUILD_TIMEOUT_S)


def build_in_child(path: Path, what: str, package: str, module: str, duration: str, timeout_s: int) -> None:
    """Derive a cache file (the name list here, the place list in placenames.py) by ``python -m MODULE --build``
    in a child process, under a file lock: the child's memory (the source package's tables) is returned when it
    exits, and two processes starting at once build it once."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        lock = open(path.parent / (path.name + ".lock"), "w")  # noqa: SIM115 - held until the build is done
    except OSError as e:
        raise GovernedTuningError(f"cannot write the {what} cache in {path.parent} ({e.strerror}); set "
                                  f"XDG_CACHE_HOME to a writable folder") from None
    with lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # another process may be building it: wait, then use its file
        if path.exists():
            return
        print(f"governed-tuning: deriving the {what} from {package} into {path} (once per machine, {duration})",
              file=sys.stderr, flush=True)
        try:
            done = subprocess.run([sys.executable, "-m", module, "--build"], capture_output=True, text=True,
                                  timeout=timeout_s)
        except subprocess.TimeoutExpired:
            raise GovernedTuningError(f"deriving the {what} from {package} took over {timeout_s} s; "
                                      f"run `python -m {module}` by hand") from None
        if done.returncode != 0 or not path.exists():
            tail = (done.stderr or "").strip().splitlines()[-1:] or ["no message"]
            raise GovernedTuningError(f"deriving the {what} from {package} failed: {tail[0]}")


def _main(argv: list[str]) -> int:
    path, version, digest, paths = cache_path()
    if "--build" not in argv:  # the entry point: build when missing (through the child, as a scrub would)
        g = load_gazetteer()
        print(f"{g.info.name} {g.info.version} sha256:{g.info.sha256[:16]}… at {path}")
        return 0
    actual = {f: sha256_file(p) for f, p in paths.items()}
    _, _, recorded = _package()
    bad = [f for f in DATA_FILES if recorded.get(f) not in (None, actual[f])]
    if bad:
        print(f"the installed {PACKAGE} data files {bad} do not match the package's RECORD; reinstall it",
              file=sys.stderr)
        return 1
    n = build(paths[DATA_FILES[0]], paths[DATA_FILES[1]], path,
              {"package": PACKAGE, "version": version, "sha256": combined(actual, DATA_FILES)})
    print(f"{n} names", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(_main(sys.argv[1:]))
