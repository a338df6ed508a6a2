"""A sharded copy: the folder of shards ``scrub --engine ray`` writes, read back as one dataset in record order.

The folder holds ``shards.json`` (the format, the record count and each shard's name, count and digest, in
record order) and the shards, named ``part-<input row id of the first record>`` in the input's format. Readers
take the shards in the manifest's order, so the records come back in the order the local engine writes them.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .errors import InputError

MANIFEST = "shards.json"


def is_sharded(path: str | Path) -> bool:
    p = Path(path)
    return p.is_dir() and (p / MANIFEST).is_file()


def shard_paths(folder: str | Path) -> list[Path]:
    """The shards in record order; InputError when the manifest is unreadable or names a missing file."""
    folder = Path(folder)
    try:
        manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        names = [s["name"] for s in manifest["shards"]]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise InputError(folder / MANIFEST, f"not a readable shard manifest ({type(exc).__name__})") from None
    if any(not isinstance(n, str) or Path(n).name != n or n in ("", ".", "..") for n in names):
        raise InputError(folder / MANIFEST, "a shard is named by a path, not a file name in the folder")
    paths = [folder / n for n in names]
    missing = [p.name for p in paths if not p.is_file()]
    if missing:
        raise InputError(folder, f"the shard manifest names {len(missing)} shard(s) that are not in the folder")
    return paths


def read_sharded(folder: str | Path) -> list[dict[str, Any]]:
    """Every record of a sharded copy, in record order."""
    return read_table(folder).records


def read_table(folder: str | Path) -> Any:
    """A sharded copy as one ``data.Table`` (records in order, the shards' format and the first shard's schema),
    so everything that reads a dataset (the training stages, the memorisation probe) reads it like one file."""
    from .data import Table
    from .data import read_table as read_one

    folder = Path(folder)
    parts = [read_one(p) for p in shard_paths(folder)]
    if not parts:
        try:
            fmt = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))["format"]
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise InputError(folder / MANIFEST, f"not a readable shard manifest ({type(exc).__name__})") from None
        return Table(records=[], fmt=fmt, path=folder)
    records = [r for t in parts for r in t.records]
    return Table(records=records, fmt=parts[0].fmt, path=folder, lines=list(range(1, len(records) + 1)),
                 schema=parts[0].schema)
