"""A JSON key path across records is a column: what most of its values are, the others are too.

Why: a record's nested values carry no sentence around them; the records beside them do. ``{"contacts":
["Javion", "ana horvat"]}``, ``{"customer": {"name": "SEVER, Terezija"}}``: the detector reads each lone value
without context, finds most of them as people and misses a few (a rare given name, a name in lower case, a name
in a script no name list covers). Those few were kept verbatim and the re-scan, reading the same lone values,
did not object: a pass that could not be trusted. A tabular column (a CSV header, a Parquet column) is typed by
its cells already (``columns.ColumnVotes``); this does the same for the values under one key path across the
dataset's records (a list's items share one path: ``contacts[]``), so the cells of a path typed as names are
names, and the re-scan reports one left unscrubbed (``PiiGate.rescan``: ``Slot.typed``).

Only names are typed here: a path is one of people when ``PATH_SHARE`` of its short values were found as a
person, they are varied (a list of roles or tags repeats a few values), and fewer than ``THING_SHARE`` of those
read as things (a catalogue's ``items[].name``: "Victoria Kettle", ``columns.thing_cell``); never a path whose
key names things or places ("items name", "stores", "cities").

Positions and kinds only: a path is kept as a 64-bit digest, a value as a CRC-32 in a bounded sample.
"""

from __future__ import annotations

import hashlib
import zlib
from collections import Counter
from collections.abc import Sequence

from .recognizers import Finding

__all__ = ["PathVotes", "path_key"]

PATH_SHARE = 0.6  # a path is one of names when this share of its short values were found as a person
PATH_MIN = 3  # ... and at least this many were
DISTINCT_SHARE = 0.5  # ... and this share of its sampled values are distinct
THING_SHARE = 0.5  # ... and fewer than this share of those read as things' names
MAX_VALUE = 70  # values longer than a name are not counted (prose: a message's content)
MAX_PATHS = 4096  # paths tracked (a dataset whose keys are values has one path per record: bounded)
SAMPLE = 256  # value digests kept per path for ``varied``


def _names_things(context: str) -> bool:
    """A key that names things or places, not people: a thing's name ("items name", "product", "stores":
    ``columns.thing_label``) or a place's key ("cities", "location")."""
    from .columns import thing_label
    from .fields import PLACE_PARENT, _parent_is

    return thing_label(context) or _parent_is(PLACE_PARENT, context)


def path_key(path: Sequence) -> int:
    """The digest of a value's path with list positions folded (``("contacts", 3)`` and ``("contacts", 0)`` are
    one path, ``contacts[]``): 64 bits of blake2b (a key may be personal data; it is never kept)."""
    parts = ["[]" if isinstance(p, int) else "." + str(p) for p in path]
    return int.from_bytes(hashlib.blake2b("".join(parts).encode("utf-8", "surrogatepass"), digest_size=8).digest(),
                          "big")


class PathVotes:
    """Per nested key path (by ``path_key``): short non-empty values, those found as a person (and nothing
    else), those that read as a thing's name, and a sample of value digests. Merged by adding."""

    def __init__(self) -> None:
        self.cells: Counter = Counter()
        self.people: Counter = Counter()
        self.things: Counter = Counter()
        self.sampled: Counter = Counter()
        self.digests: dict[int, set[int]] = {}
        self.barred: Counter = Counter()  # values under a key that names things or places ("items name", "stores")

    def __len__(self) -> int:
        return len(self.cells)

    def add(self, path: Sequence, value: str, found: Sequence[Finding], context: str = "") -> None:
        """Count one value under ``path``; ``context`` is its key as the detector reads it ("items name")."""
        v = value.strip()
        if not v or len(v) > MAX_VALUE or len(path) < 2:
            return
        key = path_key(path)
        if key not in self.cells and len(self.cells) >= MAX_PATHS:
            return
        from .columns import thing_cell

        self.cells[key] += 1
        if context and _names_things(context):
            self.barred[key] += 1
        person = any(f.entity == "PERSON" for f in found) and all(f.entity == "PERSON" for f in found)
        self.people[key] += person
        self.things[key] += person and thing_cell(v)  # (read only where a person was found: a chat's short turns
        # are many, and only a reading as a person needs telling from a thing's name)
        if self.sampled[key] < SAMPLE:
            self.sampled[key] += 1
            self.digests.setdefault(key, set()).add(zlib.crc32(v.casefold().encode("utf-8", "surrogatepass")))

    def merge(self, other: PathVotes) -> None:
        for k, n in other.cells.items():
            if k not in self.cells and len(self.cells) >= MAX_PATHS:
                continue
            self.cells[k] += n
            self.people[k] += other.people.get(k, 0)
            self.things[k] += other.things.get(k, 0)
            self.barred[k] += other.barred.get(k, 0)
            room = SAMPLE - self.sampled[k]
            if room > 0:
                d = other.digests.get(k, set())
                self.digests.setdefault(k, set()).update(d if len(d) <= room else set(list(d)[:room]))
                self.sampled[k] += min(other.sampled.get(k, 0), room)

    def people_path(self, path: Sequence) -> bool:
        """Whether the values under ``path`` (a nested value's path) are people's names across the dataset."""
        if len(path) < 2 or not self.cells:
            return False
        key = path_key(path)
        n = self.cells.get(key, 0)
        p = self.people.get(key, 0)
        if n < PATH_MIN or p < max(PATH_MIN, PATH_SHARE * n) or self.things.get(key, 0) >= THING_SHARE * p or \
                self.barred.get(key, 0):
            return False
        return len(self.digests.get(key, ())) >= DISTINCT_SHARE * self.sampled.get(key, 0)
