"""The subject index of one scrubbed copy: which records held which people, as keyed tokens only.

Written by the PII gate beside every copy it writes (``subjects/<stage>/<copy>.subjects.json.gz`` in a run
folder, role ``subject_index``, covered by the run's signature; ``<copy>.subjects.json.gz`` beside the output of
``governed-tuning scrub``). It holds, for each token (:mod:`.tokens`), the records that held it: their position
in the copy (-1 for a record the gate dropped) and their line in the input. No plain value, no kind per token,
no text: the token is an HMAC under the pseudonym key, so only someone holding the key and a guess can test
the guess. That makes the index personal data (pseudonymised, GDPR Recital 26) for as long as the key exists.

Compact: gzip of canonical JSON (a deterministic file: the same data and key give the same bytes, so its digest
means something), 16-byte tokens, positions as integers.
"""

from __future__ import annotations

import gzip
import io
import json
from collections import Counter
from array import array
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import GovernedTuningError
from ..fsio import atomic_write_bytes
from ..limits import UnsafeFileError, read_regular
from .tokens import NORMALISER_VERSION, TOKEN_BYTES, indexed, token_class, tokens

FORMAT = "governed-tuning/subject-index/v1"
SUFFIX = ".subjects.json.gz"
#: The compressed index of one copy, and what it may inflate to (a copy of 10 M records with 5 identifiers each).
MAX_INDEX_BYTES = 512 << 20
MAX_INFLATED_BYTES = 4 << 30


class SubjectIndexError(GovernedTuningError):
    """A subject index that cannot be read (damaged, too large, another format)."""


def index_name(copy: str | Path) -> str:
    """The file name of the index of the copy ``copy`` (a file or a Hugging Face folder)."""
    return Path(copy).name + SUFFIX


@dataclass
class IndexBuilder:
    """Collects the tokens of each input record while the gate scrubs; :meth:`document` lays them out.

    Works batch by batch, as the streaming scrub does: :meth:`add` takes a record's findings (tokenised at once,
    values never kept) while it is scrubbed, :meth:`place` then says where each of those records went (its
    position in the copy, -1 when dropped, and its input line). Memory is the postings: about 100 bytes per
    distinct token plus 16 per record holding it, never the values or the records."""

    key: bytes = field(repr=False)
    fingerprint: str
    region: str
    _pending: dict[int, set[bytes]] = field(default_factory=dict, repr=False)
    _postings: dict[bytes, array] = field(default_factory=dict, repr=False)
    _classes: Counter = field(default_factory=Counter)
    _records: int = 0

    def add(self, source: int, findings: Iterable[tuple[str, str]]) -> None:
        """``findings`` ((kind, value) pairs) of the input record at index ``source``."""
        toks = self._pending.setdefault(source, set())
        for kind, value in findings:
            if not indexed(kind):
                continue
            new = [bytes.fromhex(t) for t in tokens(self.key, kind, value, self.region)]
            if new and not toks.issuperset(new):
                toks.update(new)
                cls = token_class(kind)
                self._classes[cls if cls in ("name", "email", "phone") else "id"] += 1

    @property
    def classes(self) -> dict[str, int]:
        return dict(self._classes)

    def count_classes(self, counts: dict[str, int]) -> None:
        self._classes.update(counts)

    def take(self) -> dict[int, set[bytes]]:
        """The tokens added and not yet placed, handed over (a Ray actor sends them to the driver)."""
        out, self._pending = self._pending, {}
        return out

    def add_tokens(self, records: Iterable[tuple[int, Iterable[bytes]]]) -> None:
        """Tokens computed elsewhere (:meth:`take` in a Ray actor), by record, to :meth:`place` here."""
        for source, toks in records:
            self._pending.setdefault(source, set()).update(toks)

    def place(self, where: Iterable[tuple[int, int, int]]) -> None:
        """``(source index, position in the copy or -1, input line)`` of records handed to :meth:`add`."""
        for source, pos, line in where:
            toks = self._pending.pop(source, None)
            if not toks:
                continue
            self._records += 1
            for t in toks:
                self._postings.setdefault(t, array("q")).extend((pos, line))

    def document(self, *, records_in: int, records_out: int, copy: str, copy_sha256: str | None,
                 input_sha256: str | None) -> dict[str, Any]:
        postings = {t.hex(): [[int(a[i]), int(a[i + 1])] for i in range(0, len(a), 2)]
                    for t, a in sorted(self._postings.items())}
        return {"format": FORMAT, "key_fingerprint": self.fingerprint,
                "token": f"HMAC-SHA256(pseudonym key, label, class, normalised value), first {TOKEN_BYTES} bytes"
                         " (a phone number: also its national significant number's)",
                "normaliser": {"version": NORMALISER_VERSION, "phone_region": self.region},
                "copy": copy, "copy_sha256": copy_sha256, "input_sha256": input_sha256,
                "records_in": records_in, "records_out": records_out,
                "records_with_identifiers": self._records,
                "tokens_by_class": dict(sorted(self._classes.items())),
                "postings": postings}


def positions(records_in: int, dropped: Iterable[int], lines: list[int]) -> Iterator[tuple[int, int, int]]:
    """``(source, position in the copy or -1, line)`` of every input record, the dropped ones left out of the
    copy (the in-memory scrub's view; the streaming one knows each batch's positions itself)."""
    gone = set(dropped)
    n = 0
    for i in range(records_in):
        line = lines[i] if i < len(lines) else i + 1
        if i in gone:
            yield i, -1, line
        else:
            yield i, n, line
            n += 1


def dumps(doc: dict[str, Any]) -> bytes:
    raw = json.dumps(doc, sort_keys=True, separators=(",", ":")).encode("utf-8")
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0, filename="") as gz:
        gz.write(raw)
    return buf.getvalue()


def write_index(path: str | Path, doc: dict[str, Any]) -> Path:
    atomic_write_bytes(path, dumps(doc))
    return Path(path)


@dataclass(frozen=True)
class SubjectIndex:
    path: Path
    doc: dict[str, Any]

    @property
    def fingerprint(self) -> str:
        return str(self.doc.get("key_fingerprint", ""))

    @property
    def region(self) -> str:
        return str((self.doc.get("normaliser") or {}).get("phone_region", "US"))

    @property
    def postings(self) -> dict[str, list[list[int]]]:
        return self.doc.get("postings") or {}


def read_index(path: str | Path) -> SubjectIndex:
    """An index, read within its limits; SubjectIndexError naming the file when it cannot be used."""
    p = Path(path)
    try:
        data = read_regular(p, MAX_INDEX_BYTES, "subject index", follow_symlinks=False)
    except UnsafeFileError as exc:
        raise SubjectIndexError(f"{p}: {exc.why}") from None
    except OSError as exc:
        raise SubjectIndexError(f"{p}: cannot be read ({exc.strerror or type(exc).__name__})") from None
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as gz:
            raw = gz.read(MAX_INFLATED_BYTES + 1)
        if len(raw) > MAX_INFLATED_BYTES:
            raise SubjectIndexError(f"{p}: inflates to more than {MAX_INFLATED_BYTES >> 20} MiB; not a subject index")
        doc = json.loads(raw)
    except (OSError, EOFError, ValueError) as exc:
        raise SubjectIndexError(f"{p}: not a readable subject index ({type(exc).__name__})") from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT or not isinstance(doc.get("postings"), dict):
        raise SubjectIndexError(f"{p}: not a subject index of format {FORMAT}")
    return SubjectIndex(p, doc)
