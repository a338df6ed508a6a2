"""Find a person in every run and dataset copy under a reports folder, by keyed tokens only.

The request's identifiers are tokenised in memory with the pseudonym key given (:mod:`.tokens`) and looked up in
each subject index (:mod:`.index`): a run's copies (``<run>/subjects/...``) and any other copy's index found in
the folder (``governed-tuning scrub`` outputs, copies written by ``subject erase``). What comes back names runs,
copies, record positions and the models trained on each copy, never a value; an index keyed with another key is
not searched, and is named with the reason.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from ..digest import sha256_path
from ..errors import GovernedTuningError
from ..gates.pii.keys import fingerprint
from ..limits import MAX_DOCUMENT_BYTES, read_regular
from ..run.folder import DATA, RUN_RECORD, SUBJECTS
from .index import SUFFIX, SubjectIndex, SubjectIndexError, read_index
from .tokens import token_class, tokens

OPTION = {"name": "--name", "email": "--email", "phone": "--phone"}
#: Under the reports folder: the copies `subject erase` writes, ``<request id>/<run id>/<copy>`` (erase.py).
REQUESTS_DIR = "subject-requests"
MAX_DEPTH = 6  # how deep under the reports folder indexes are looked for


class RequestError(GovernedTuningError):
    """A request that cannot be searched (no identifier, an identifier kind we do not know)."""


@dataclass
class Request:
    """The identifiers a requester gave: ``(kind, value)`` pairs, held in memory only. ``labels`` name each one
    without its value (``--name``, ``--email #2``, ``--id US_SSN``), for everything that is printed."""

    items: list[tuple[str, str]] = field(repr=False)

    @classmethod
    def of(cls, names=(), emails=(), phones=(), ids=()) -> Request:
        from ..gates.pii.kinds import KINDS

        items = [("PERSON", v) for v in names] + [("EMAIL_ADDRESS", v) for v in emails] + \
            [("PHONE_NUMBER", v) for v in phones]
        for n, spec in enumerate(ids, start=1):
            kind, sep, value = spec.partition(":")
            kind = kind.strip().upper()
            if not sep or not value.strip():
                raise RequestError(f"--id #{n}: expected KIND:VALUE (e.g. US_SSN:...), got no ':' or no value")
            if kind not in KINDS:  # named only when it looks like a kind name, not like a mistyped value
                shown = repr(kind) if re.fullmatch(r"[A-Z][A-Z_]{1,39}", kind) else "the part before ':'"
                raise RequestError(f"--id #{n}: {shown} is not a kind the PII gate knows; `governed-tuning policy "
                                   "show` lists them")
            items.append((kind, value))
        items = [(k, v) for k, v in items if v.strip()]
        if not items:
            raise RequestError("a request needs at least one identifier: --name, --email, --phone or --id")
        return cls(items)

    @property
    def labels(self) -> list[str]:
        out, seen = [], {}  # type: ignore[var-annotated]
        for kind, _ in self.items:
            cls = token_class(kind)
            base = OPTION.get(cls, f"--id {kind}")
            seen[base] = seen.get(base, 0) + 1
            out.append(base if seen[base] == 1 else f"{base} #{seen[base]}")
        return out


@dataclass
class CopyMatch:
    """A copy whose index holds at least one of the request's tokens."""

    index: Path
    copy: str  # relative to the run folder, or the copy's path
    run_id: str | None
    run_dir: Path | None
    records: list[tuple[int, int]]  # (position in the copy, -1 when the gate dropped it; line in the input)
    matched: dict[str, int]  # request label -> records holding it
    models: list[str]  # model folders trained on the copy (and on models trained from them)
    copy_sha256: str | None
    copy_present: bool
    source: str = ""  # the copy's path relative to the reports folder (a run's, or one an erasure wrote)
    note: str = ""  # the copy on disk is not the one indexed (replaced by an erasure's copy, or changed)

    @property
    def in_copy(self) -> list[int]:
        return sorted({p for p, _ in self.records if p >= 0})

    def to_dict(self) -> dict[str, Any]:
        return {"run_id": self.run_id, "copy": self.copy, "source": self.source, "index": str(self.index),
                "copy_present": self.copy_present, "note": self.note,
                "copy_sha256": self.copy_sha256, "records": len(self.records),
                "records_in_copy": len(self.in_copy), "positions_in_copy": self.in_copy,
                "input_lines": sorted({line for _, line in self.records}), "matched": self.matched,
                "models": self.models}


@dataclass
class Skipped:
    where: str  # a run id or an index path
    reason: str


@dataclass
class FindResult:
    matches: list[CopyMatch]
    skipped: list[Skipped]
    searched: int  # indexes searched with the key
    key_fingerprint: str
    replacements: dict[str, str] = field(default_factory=dict)  # digest of a copy an erasure wrote -> its path
    #: copies still on disk as indexed whose index had records struck by an erasure: they still hold those records
    #: until replaced (``where``, ``requests``, ``records``; whose records they were is no longer known)
    pending: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"key_fingerprint": self.key_fingerprint, "indexes_searched": self.searched,
                "matches": [m.to_dict() for m in self.matches],
                "not_searched": [{"where": s.where, "reason": s.reason} for s in self.skipped],
                "pending": self.pending}


def _run_record(run: Path) -> dict[str, Any]:
    try:
        doc = json.loads(read_regular(run / RUN_RECORD, MAX_DOCUMENT_BYTES, "run record"))
    except (OSError, ValueError, GovernedTuningError):
        return {}
    return doc if isinstance(doc, dict) else {}


def trained_on(record: dict[str, Any], copy: str) -> list[str]:
    """Model folders of the run trained on ``copy``, and of the stages that started from them or were rewarded
    by them (an RL stage after a reward model trained on it): each needs retraining when the copy changes."""
    stages = [s for s in record.get("stages") or [] if isinstance(s, dict)]
    tainted: list[str] = []
    for s in stages:
        inputs = {a.get("path") for a in s.get("inputs") or [] if isinstance(a, dict)}
        d = s.get("model_dir")
        if not isinstance(d, str):
            continue
        from_tainted = s.get("base_model") in tainted
        rewarded = s.get("kind") == "rl" and any(t.get("kind") == "reward" and t.get("model_dir") in tainted
                                                  for t in stages)
        if copy in inputs or any(isinstance(i, str) and i.startswith(copy + "/") for i in inputs) \
                or from_tainted or rewarded:
            tainted.append(d)
    return tainted


def index_files(reports: Path) -> Iterator[tuple[Path, Path | None]]:
    """(index, run folder or None) for every subject index under ``reports`` (links not followed)."""
    base = len(reports.parts)
    for root, dirs, files in os.walk(reports, followlinks=False):
        here = Path(root)
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and len(here.parts) - base < MAX_DEPTH)
        for f in sorted(files):
            if f.endswith(SUFFIX) and not (here / f).is_symlink():
                p = here / f
                run = p.parents[2] if len(p.parents) > 2 and p.parents[1].name == SUBJECTS and \
                    (p.parents[2] / RUN_RECORD).is_file() else None
                yield p, run


def find(reports: str | Path, request: Request, key: bytes) -> FindResult:
    """Every copy under ``reports`` whose index holds one of the request's tokens under ``key``."""
    root = Path(reports)
    if not root.is_dir():
        raise RequestError(f"{root}: not a folder (expected a reports folder)")
    fp = f"scrypt:{fingerprint(key)}"
    out = FindResult([], [], 0, fp)
    labels = request.labels
    tokens_by_region: dict[str, list[list[str]]] = {}
    seen_runs: set[Path] = set()
    struck: list[tuple[SubjectIndex, Path | None]] = []
    for p, run in index_files(root):
        where = f"run {run.name} ({p.relative_to(run)})" if run is not None else str(p.relative_to(root))
        if run is not None:
            seen_runs.add(run)
        try:
            idx = read_index(p)
        except SubjectIndexError as exc:
            out.skipped.append(Skipped(where, str(exc).removeprefix(f"{p}: ")))
            continue
        if idx.fingerprint != fp:
            out.skipped.append(Skipped(where, f"its tokens are keyed with another pseudonym key (fingerprint "
                                       f"{idx.fingerprint.removeprefix('scrypt:')[:12]}..., the key given has "
                                       f"{fp.removeprefix('scrypt:')[:12]}...): give that run's key with --key"))
            continue
        out.searched += 1
        rel = p.relative_to(root)
        if rel.parts[0] == REQUESTS_DIR and isinstance(idx.doc.get("copy_sha256"), str):
            out.replacements[idx.doc["copy_sha256"]] = rel.as_posix().removesuffix(SUFFIX)
        if idx.region not in tokens_by_region:
            tokens_by_region[idx.region] = [tokens(key, k, v, idx.region) for k, v in request.items]
        m = _match(idx, tokens_by_region[idx.region], labels, root, run)
        if m is not None:
            out.matches.append(m)
        if idx.doc.get("struck"):
            struck.append((idx, run))
    for m in out.matches:  # is the copy still the one indexed? (hashed only for the copies the person was in)
        on_disk = sha256_path(root / m.source) if m.copy_present else None
        if on_disk is not None and m.copy_sha256 and on_disk != m.copy_sha256:
            by = out.replacements.get(on_disk)
            m.note = (f"the copy was since replaced by {by} (an erasure's copy; searched on its own)" if by else
                      "the copy changed since it was indexed (redacted or replaced): positions are those of the "
                      "indexed version")
    for idx, run in struck:  # an erasure struck records from this index: is its copy still the one indexed?
        copy = str(idx.doc.get("copy", ""))
        target = run / copy if run is not None and _inside(run, copy) else \
            idx.path.with_name(idx.path.name.removesuffix(SUFFIX))
        if target.exists() and sha256_path(target) == idx.doc.get("copy_sha256"):
            notes = [n for n in idx.doc["struck"] if isinstance(n, dict)]
            out.pending.append({"where": target.relative_to(root).as_posix(),
                                "requests": [str(n.get("request_id")) for n in notes],
                                "records": len({p for n in notes for p in n.get("positions") or []})})
    for run in sorted(d for d in root.iterdir() if d.is_dir() and (d / RUN_RECORD).is_file()) \
            if root.is_dir() else []:
        if run not in seen_runs and (run / DATA).is_dir():
            out.skipped.append(Skipped(f"run {run.name}", "it has scrubbed copies but no subject index (a run from before "
                                       "the index, or one whose policy sets pii.subject_index: false); search its "
                                       "copies by hand or re-scrub the source"))
    return out


def _match(idx: SubjectIndex, toks: list[list[str]], labels: list[str], root: Path,
           run: Path | None) -> CopyMatch | None:
    postings = idx.postings
    records: set[tuple[int, int]] = set()
    matched: dict[str, int] = {}
    for label, ts in zip(labels, toks):
        pairs = {(int(a), int(b)) for t in ts for a, b in postings.get(t, [])}
        if pairs:
            matched[label] = len(pairs)
            records |= pairs
    if not records:
        return None
    copy = str(idx.doc.get("copy", ""))
    if run is not None:
        present = bool(copy) and _inside(run, copy) and (run / copy).exists()
        models = trained_on(_run_record(run), copy)
        return CopyMatch(idx.path, copy, run.name, run, sorted(records), matched, models, idx.doc.get("copy_sha256"),
                         present, f"{run.name}/{copy}")
    target = idx.path.with_name(idx.path.name.removesuffix(SUFFIX))
    source = target.relative_to(root).as_posix()
    parts = PurePosixPath(source).parts
    if len(parts) > 3 and parts[0] == REQUESTS_DIR and (root / parts[2] / RUN_RECORD).is_file():
        # a copy an erasure wrote of run parts[2]'s copy: nothing was trained on it yet (a run that trains on it
        # writes its own index)
        return CopyMatch(idx.path, "/".join(parts[3:]), parts[2], root / parts[2], sorted(records), matched, [],
                         idx.doc.get("copy_sha256"), target.exists(), source)
    return CopyMatch(idx.path, source, None, None, sorted(records), matched, [], idx.doc.get("copy_sha256"),
                     target.exists(), source)


def _inside(run: Path, rel: str) -> bool:
    p = PurePosixPath(rel)
    return not p.is_absolute() and ".." not in p.parts
