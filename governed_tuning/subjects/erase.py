"""Answer an erasure request (GDPR Art. 17, CCPA deletion): new copies without the person, and a signed record.

For each copy :func:`.find.find` finds the person in, the records that held them are left out of a **new** copy
(same format, written atomically under ``<reports>/subject-requests/<request id>/``, with its own subject index);
the old copy is not touched: the user replaces or removes it (``governed-tuning erase RUN FILE --replacement
NEW``, which `verify` then accepts) once the new one is checked. The **erasure record** says what was done, without
a value: the request id, which identifiers matched (by option, ``--name``), for each copy the records removed
(counts, positions in the copy, lines in the input), the old and new digests, the models trained on the old copy
that need retraining, and what could not be processed and why. It is an in-toto Statement (subjects: the new
copies and indexes) in a DSSE envelope signed by the signing key, filed in the ledger as a ``subject_erasure``
entry holding its digest, so `verify --ledger` checks it and nobody can drop it silently.

The person's keyed tokens are **struck from the old copies' subject indexes** at once: an index of keyed tokens
is itself personal data about the person (pseudonymised, GDPR Recital 26) for as long as the key exists, and
Art. 17 asks for erasure without undue delay. Struck from an index: every token of the request (records the gate
dropped included) and every posting of the records left out of the new copy (the person's other identifiers, not
named in the request, are in those records too). A run's index is covered by the run's signature, so it is
rewritten the way a scrubbed copy is redacted (:func:`..audit.amendments.erase`): a signed erasure entry in the
run folder, filed in the ledger, that ``verify`` accepts, so old runs keep verifying. The index keeps a ``struck``
note (request id, positions, counts; no token), which ``subject find`` reads to say which copies still hold
erased records until they are replaced. Not struck: the index of a copy an earlier erasure wrote (its own
erasure record signs it; the new copy written here supersedes it) and indexes that are not trusted.

Scrubbing is not erasure, and neither is this alone: the models keep what they learnt until retrained, the
source data the runs read is outside the reports folder, and the old copies stay until the user removes them.
"""

from __future__ import annotations

import getpass
import re
import shutil
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path, PurePosixPath
from typing import Any

from cryptography.hazmat.primitives.asymmetric import ec

from .. import data
from ..digest import sha256_path
from ..errors import GovernedTuningError
from ..fsio import atomic_write_bytes
from ..audit import keys, ledger
from ..audit.signing import (
    PAYLOAD_TYPE,
    STATEMENT_TYPE,
    VerificationFailure,
    canonical_json,
    envelope_bytes,
    open_envelope,
    sign_envelope,
    strict_loads,
)
from ..limits import MAX_DOCUMENT_BYTES, UnsafeFileError, read_regular
from ..audit.amendments import AmendmentError, read_amendments
from ..audit.amendments import erase as erase_entry
from ..run.folder import ENVELOPE, LEDGER
from .find import REQUESTS_DIR, CopyMatch, Request, find
from .index import SUFFIX, dumps, read_index
from .tokens import tokens

RECORD = "erasure.dsse.json"
ERASURE_TYPE = "https://governed-tuning.dev/attestation/subject-erasure/v1"
REQUEST_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")


#: What happened to the old copies' subject indexes (said in every erasure record and by the command).
INDEX_STRUCK = (
    "the person's keyed tokens were struck from the subject indexes of the old copies (each run's index under a "
    "signed erasure entry in its folder, filed in the ledger, which `verify` accepts); each index keeps a note of "
    "the positions struck, so `subject find` names the old copies that still hold erased records until you "
    "replace them. The indexes of copies an earlier erasure wrote are not rewritten (that erasure's record signs "
    "them): replace those copies with the new ones written here")


class ErasureError(GovernedTuningError):
    """An erasure request that cannot be carried out (bad request id, already answered, wrong key)."""


@dataclass
class ErasureOutcome:
    record: Path  # the signed erasure record
    predicate: dict[str, Any]
    ledger_seq: int


def _now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def request_folder(reports: str | Path, request_id: str) -> Path:
    if not REQUEST_ID.fullmatch(request_id):
        raise ErasureError("--request-id: expected a reference of letters, digits, '.', '_' or '-' (at most 64, e.g. "
                           "REQ-2026-114), never the person's name")
    return Path(reports) / REQUESTS_DIR / request_id


def _without(match: CopyMatch, old: Path, new: Path) -> dict[str, Any]:
    """Write ``new``: the copy ``old`` without the matched records; the new copy's index beside it. Returns the
    record's entry for this copy."""
    table = data.read_table(old, on_malformed="fail")
    gone = set(match.in_copy)
    if any(p >= len(table.records) for p in gone):
        raise ErasureError(f"{old}: the index names record positions the copy does not have; it is not the copy "
                           "the index was written for")
    kept = [r for i, r in enumerate(table.records) if i not in gone]
    new.parent.mkdir(parents=True, exist_ok=True)
    if new.exists() and new.is_dir():
        shutil.rmtree(new)
    data.write_table(new, kept, like=table)
    idx = read_index(match.index)
    renum, n = {}, 0
    for i in range(len(table.records)):
        if i not in gone:
            renum[i] = n
            n += 1
    postings: dict[str, list[list[int]]] = {}
    for t, hits in idx.postings.items():
        left = [[renum[p] if p >= 0 else -1, line] for p, line in hits if p not in gone]
        if left:
            postings[t] = left
    doc = dict(idx.doc, postings=dict(sorted(postings.items())), copy=new.name, copy_sha256=sha256_path(new),
               records_out=len(kept), records_with_identifiers=None, erased_from=idx.doc.get("copy"))
    doc["records_with_identifiers"] = len({p for hits in postings.values() for p, _ in hits if p >= 0})
    new_index = new.with_name(new.name + SUFFIX)
    atomic_write_bytes(new_index, dumps(doc))
    return {"records_before": len(table.records), "records_after": len(kept), "records_removed": len(gone),
            "positions_removed": sorted(gone), "new_sha256": sha256_path(new),
            "new_index_sha256": sha256_path(new_index)}


def _signed_subjects(envelope: Path, public: ec.EllipticCurvePublicKey) -> dict[str, Any] | None:
    """The subjects (name -> sha256) of a statement signed by ``public``; None when it is missing or not."""
    try:
        st = strict_loads(open_envelope(read_regular(envelope, MAX_DOCUMENT_BYTES, "signature envelope",
                                                     follow_symlinks=False), public, PAYLOAD_TYPE), envelope.name)
    except (VerificationFailure, UnsafeFileError, OSError):
        return None
    subj = st.get("subject") if isinstance(st, dict) else None
    return {x["name"]: (x.get("digest") or {}).get("sha256") for x in subj or []
            if isinstance(x, dict) and isinstance(x.get("name"), str)}


def untrusted(m: CopyMatch, root: Path, public: ec.EllipticCurvePublicKey) -> str | None:
    """Why the index that found ``m`` may not decide what is removed (None: it may). A run's index must be the one
    the run's signature covers, an earlier erasure's the one its record signs, both with the signing key given:
    an index edited or planted afterwards would remove other people's records."""
    rel = m.index.relative_to(root)
    if rel.parts[0] == REQUESTS_DIR and len(rel.parts) > 2:
        signed, name, what = _signed_subjects(root / REQUESTS_DIR / rel.parts[1] / RECORD, public), rel.as_posix(), \
            f"the erasure record of request {rel.parts[1]}"
    elif m.run_dir is not None and m.source == f"{m.run_id}/{m.copy}":
        signed, name, what = _signed_subjects(m.run_dir / ENVELOPE, public), \
            m.index.relative_to(m.run_dir).as_posix(), "the run's signature"
    else:
        return None  # the index of a `scrub` output: nothing signs it, it is as trusted as the folder it lies in
    if signed is None:
        return f"{what} is missing or not signed by the signing key given, so its subject index cannot be trusted"
    on_disk = sha256_path(m.index)
    if signed.get(name) != on_disk and not (m.run_dir is not None and what == "the run's signature"
                                            and _struck_to(m.run_dir, name, signed.get(name), on_disk, public)):
        return f"its subject index is not the one {what} covers (changed or added since): not trusted to decide " \
               "what is removed"
    return None


def _struck_to(run: Path, name: str, signed: str | None, on_disk: str, public: ec.EllipticCurvePublicKey) -> bool:
    """Whether a signed erasure entry of ``run`` (an earlier request's strike) redacted ``name`` from its signed
    digest to the one on disk: such an index is as trusted as the signed one."""
    amend = read_amendments(run, public, run.name)
    entry = amend.erased.get(name)
    return entry is not None and not amend.failures and entry[1].get("signed_sha256") == signed \
        and entry[1].get("new_sha256") == on_disk


def _strike(m: CopyMatch, root: Path, folder: Path, request: Request, key: bytes, gone: set[int], request_id: str,
            *, signing_key: str | Path, passphrase: str | bytes | None, by: str) -> dict[str, Any] | None:
    """Strike the person from the index that found ``m``: the request's tokens, and every posting of the records
    at ``gone`` (left out of the new copy). Returns the record's note on it (None: nothing to strike)."""
    idx = read_index(m.index)
    mine = {t for kind, value in request.items for t in tokens(key, kind, value, idx.region)}
    postings: dict[str, list[list[int]]] = {}
    removed = 0
    for t, hits in idx.postings.items():
        left = [] if t in mine else [h for h in hits if h[0] < 0 or h[0] not in gone]
        removed += len(hits) - len(left)
        if left:
            postings[t] = left
    if not removed:
        return None
    rel = m.index.relative_to(root).as_posix()
    note: dict[str, Any] = {"index": rel, "postings_removed": removed, "before_sha256": sha256_path(m.index)}
    if PurePosixPath(rel).parts[0] == REQUESTS_DIR:
        note.update(struck=False, reason="the index of a copy an earlier erasure wrote, signed by that erasure's "
                    "record: replace that copy with the one written here, which does not hold the person")
        return note
    doc = dict(idx.doc, postings=dict(sorted(postings.items())),
               records_with_identifiers=len({(p, line) for hits in postings.values() for p, line in hits}),
               struck=[*(idx.doc.get("struck") or []), {"request_id": request_id, "at": _now(),
                                                        "positions": sorted(gone), "postings_removed": removed}])
    body = dumps(doc)
    if m.run_dir is not None and m.source == f"{m.run_id}/{m.copy}":  # a run's index: a signed redaction
        tmp = folder / f".struck-{m.index.name}"
        folder.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(tmp, body)
        try:
            entry = erase_entry(m.run_dir, m.index.relative_to(m.run_dir).as_posix(), reason=f"subject erasure "
                                f"{request_id}: the person's keyed tokens struck from the subject index", by=by,
                                key_path=signing_key, passphrase=passphrase, replacement=tmp)
        finally:
            tmp.unlink(missing_ok=True)
        note["erasure_entry"] = entry.relative_to(root).as_posix()
    else:  # the index of a `scrub` output: nothing signs it
        atomic_write_bytes(m.index, body)
    note.update(struck=True, after_sha256=sha256_path(m.index))
    return note


def erase(reports: str | Path, request: Request, key: bytes, *, request_id: str, signing_key: str | Path,
          by: str | None = None, passphrase: str | bytes | None = None) -> ErasureOutcome:
    """Carry out an erasure request over every run and copy under ``reports``; see the module's docstring."""
    root = Path(reports)
    folder = request_folder(root, request_id)
    if (folder / RECORD).exists():
        raise ErasureError(f"request {request_id} was already answered ({folder / RECORD}); a new request needs "
                           "a new id")
    private = keys.load_private_key(signing_key, passphrase)
    ledger_path = root / LEDGER
    if ledger_path.exists():  # refuse before writing anything when this key cannot append to the ledger
        with ledger.reserve(ledger_path, private):
            pass
    found = find(root, request, key)
    copies, retrain, not_processed = [], [], [{"where": s.where, "reason": s.reason} for s in found.skipped]
    struck: list[dict[str, Any]] = []
    who = by or getpass.getuser()

    def strike(m: CopyMatch, gone: set[int]) -> None:
        try:
            note = _strike(m, root, folder, request, key, gone, request_id, signing_key=signing_key,
                           passphrase=passphrase, by=who)
        except (GovernedTuningError, AmendmentError, OSError) as exc:
            note = {"index": m.index.relative_to(root).as_posix(), "struck": False,
                    "reason": f"could not be rewritten ({type(exc).__name__}: {str(exc).splitlines()[0][:200]})"}
        if note is not None:
            struck.append(note)

    for m in found.matches:
        entry: dict[str, Any] = {"run_id": m.run_id, "copy": m.copy, "source": m.source, "old_sha256": m.copy_sha256,
                                 "matched": m.matched, "input_lines": sorted({line for _, line in m.records}),
                                 "models_to_retrain": m.models}
        if m.models:
            retrain.append({"run_id": m.run_id, "copy": m.copy, "models": m.models})
        old = root / m.source
        why = untrusted(m, root, private.public_key())
        if why is not None:
            not_processed.append({"where": m.source, "reason": why})
            continue
        if not m.in_copy:
            entry.update(note="the PII gate had dropped every record that held the person: the copy holds none of "
                              "them; nothing to remove")
            copies.append(entry)
            strike(m, set())
            continue
        if not m.copy_present:
            not_processed.append({"where": m.source,
                                  "reason": "the copy is no longer there (removed or erased); its models still need "
                                            "retraining"})
            strike(m, set())
            continue
        on_disk = sha256_path(old)
        if m.copy_sha256 and on_disk != m.copy_sha256 and on_disk in found.replacements:
            entry.update(note=f"the copy was replaced by {found.replacements[on_disk]} (an earlier erasure's), "
                              "which was searched in its place")
            copies.append(entry)
            strike(m, set())
            continue
        if m.copy_sha256 and on_disk != m.copy_sha256:
            not_processed.append({"where": m.source,
                                  "reason": "the copy changed since its index was written (redacted or replaced): "
                                            "the index's positions do not apply to it"})
            continue
        parts = PurePosixPath(m.source).parts  # a run's copy: <id>/<run>/<copy>; an erasure's: <id>/<its id>/...
        new = folder.joinpath(*(parts[1:] if parts[0] == REQUESTS_DIR else parts))
        try:
            entry.update(_without(m, old, new))
        except (GovernedTuningError, OSError) as exc:
            not_processed.append({"where": m.source,
                                  "reason": f"could not be rewritten ({type(exc).__name__}: "
                                            f"{str(exc).splitlines()[0][:200]})"})
            continue
        entry["new_copy"] = new.relative_to(root).as_posix()
        entry["new_index"] = entry["new_copy"] + SUFFIX
        copies.append(entry)
        strike(m, set(m.in_copy))
    predicate = {"request_id": request_id, "at": _now(), "by": who,
                 "identifiers": request.labels, "key_fingerprint": found.key_fingerprint,
                 "indexes_searched": found.searched, "copies": copies, "retrain": retrain,
                 "not_processed": not_processed, "indexes": struck,
                 "not_covered": ["models trained on the old copies keep what they learnt until retrained",
                                 "the old copies stay until you replace or remove them (governed-tuning erase RUN "
                                 "FILE --replacement NEW)",
                                 "the source data the runs read lies outside the reports folder",
                                 INDEX_STRUCK]}
    subjects = []
    for c in copies:
        for rel, dig in ((c.get("new_copy"), c.get("new_sha256")), (c.get("new_index"), c.get("new_index_sha256"))):
            if rel:
                subjects.append({"name": rel, "digest": {"sha256": dig}})
    if not subjects:  # nothing new was written: the record is about the request itself
        subjects = [{"name": f"{REQUESTS_DIR}/{request_id}", "digest": {"sha256": "0" * 64}}]
    statement = canonical_json({"_type": STATEMENT_TYPE, "subject": subjects, "predicateType": ERASURE_TYPE,
                                "predicate": predicate})
    out = folder / RECORD
    atomic_write_bytes(out, envelope_bytes(sign_envelope(statement, PAYLOAD_TYPE, private)))
    runs = sorted({c["run_id"] for c in copies if c.get("run_id")})
    with ledger.reserve(ledger_path, private) as pos:
        entry = pos.append("subject_erasure", request_id=request_id, record=out.relative_to(root).as_posix(),
                           record_sha256=sha256_path(out), runs=runs)
    return ErasureOutcome(out, predicate, int(entry["seq"]))


# --------------------------------------------------------------------------- verification


def verify_record(reports: Path, rel: str, want_sha256: str | None, public: ec.EllipticCurvePublicKey) \
        -> tuple[list[str], list[tuple[str, str]]]:
    """Check one erasure record the ledger names: its digest, its signature, and the new copies it vouches for
    (a copy moved away is noted; one changed is a failure). Returns (checks, failures as (code, message))."""
    checks: list[str] = []
    fails: list[tuple[str, str]] = []
    path = reports / rel
    if Path(rel).is_absolute() or ".." in Path(rel).parts:
        return checks, [("erasure_invalid", f"the ledger names an erasure record outside the reports folder: {rel}")]
    try:
        body = read_regular(path, MAX_DOCUMENT_BYTES, "erasure record", follow_symlinks=False)
    except FileNotFoundError:
        return checks, [("erasure_missing", f"{rel}: the erasure record the ledger files is gone")]
    except (UnsafeFileError, OSError) as exc:
        return checks, [("erasure_invalid", f"{rel}: cannot be read ({exc})")]
    from ..digest import sha256_bytes

    if want_sha256 != sha256_bytes(body):
        return checks, [("erasure_mismatch", f"{rel}: differs from the digest its ledger entry records (edited after "
                         "it was filed)")]
    try:
        st = strict_loads(open_envelope(body, public, PAYLOAD_TYPE, rel), rel)
    except VerificationFailure as exc:
        return checks, [("erasure_invalid", f"{rel}: {exc.message}")]
    if not isinstance(st, dict) or st.get("predicateType") != ERASURE_TYPE or not isinstance(st.get("predicate"), dict):
        return checks, [("erasure_invalid", f"{rel}: not a subject-erasure statement")]
    p = st["predicate"]
    moved = 0
    for s in st.get("subject") or []:
        name = s.get("name") if isinstance(s, dict) else None
        dig = (s.get("digest") or {}).get("sha256") if isinstance(s, dict) else None
        if not isinstance(name, str) or name == f"{REQUESTS_DIR}/{p.get('request_id')}":
            continue
        f = reports / name
        if ".." in Path(name).parts or not f.exists():
            moved += 1
        elif sha256_path(f) != dig:
            fails.append(("erasure_mismatch", f"{rel}: {name} changed after the erasure record was signed"))
    removed = sum(int(c.get("records_removed", 0)) for c in p.get("copies") or [] if isinstance(c, dict))
    models = sum(len(r.get("models") or []) for r in p.get("retrain") or [] if isinstance(r, dict))
    checks.append(f"subject erasure {p.get('request_id')}: {rel} signed by the ledger's key; {removed} record(s) "
                  f"left out of {len(p.get('copies') or [])} copy(ies); {models} model(s) to retrain; "
                  f"{len(p.get('not_processed') or [])} place(s) not processed"
                  + (f"; {moved} new copy(ies) moved away since" if moved else ""))
    return checks, fails
