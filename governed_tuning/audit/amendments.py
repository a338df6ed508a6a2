"""Signed amendments to a run after its report: erasures of scrubbed copies, and people's attestations.

The run's signature covers every file by digest, the scrubbed copies under ``data/`` included. Data protection
law asks that those copies can be deleted later (GDPR Art. 17, Art. 5(1)(e)): deleting one must not make the
whole run unverifiable, and must not be silent either. So a removal (or a redaction: the file replaced by a new
version) is recorded first as a signed **erasure entry** (what, when, why, by whom), an in-toto Statement in a
DSSE envelope under ``erasures/``, bound to the run by the digest of its report, and filed in the ledger beside
the run as an ``erasure`` entry with its digest. ``verify`` accepts a missing (or changed) file only when an entry
signed by a trusted key covers it and the ledger files it, and names the entry.

What only people can decide (purpose, lawful basis, DPIA, ...) is signed by a named person with their own key as
an **attestation** under ``attestations/``: a statement about this report (its digest is the subject) with the
governance facts it attests. ``verify`` checks each one's signature and subject, and whether its key is one the
auditor trusts (``--attester``).
"""

from __future__ import annotations

import base64
import binascii
import shutil
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path, PurePosixPath
from typing import Any

from cryptography.hazmat.primitives.asymmetric import ec

from ..digest import sha256_file
from ..errors import GovernedTuningError
from ..fsio import atomic_write_bytes
from ..limits import UnsafeFileError, read_regular
from ..run.folder import ENVELOPE, LEDGER, REPORT
from . import keys
from .bundle import BUNDLE_SUFFIX, ENVELOPE_SUFFIX, bundle_name, check_bundle, write_bundle_of, write_signed
from .signing import (
    PAYLOAD_TYPE,
    STATEMENT_TYPE,
    VerificationFailure,
    canonical_json,
    envelope_bytes,
    open_envelope,
    sign_envelope,
    strict_loads,
)

ERASURE_DIR = "erasures"
ATTESTATION_DIR = "attestations"
ERASURE_TYPE = "https://governed-tuning.dev/attestation/erasure/v1"
ATTESTATION_TYPE = "https://governed-tuning.dev/attestation/human-attestation/v1"
#: What may be removed or redacted after signing: the scrubbed copies (GDPR Art. 17, retention) and their subject
#: indexes (the keyed tokens are personal data too: `subject erase` strikes a person's from them).
ERASABLE_ROLES = ("scrubbed_dataset", "subject_index")
REPORT_NAME, ENVELOPE_NAME = REPORT, ENVELOPE


class AmendmentError(GovernedTuningError):
    """An erasure or attestation that cannot be made (wrong file, wrong key, unsigned run)."""


def _now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def is_amendment(rel: str) -> bool:
    """Whether a run-folder path is an amendment envelope (checked by :func:`read_amendments`, not the run's
    signature)."""
    p = PurePosixPath(rel)
    return len(p.parts) == 2 and p.parts[0] in (ERASURE_DIR, ATTESTATION_DIR) and \
        p.name.endswith((ENVELOPE_SUFFIX, BUNDLE_SUFFIX))


def _statement(run: Path, predicate_type: str, predicate: dict[str, Any]) -> bytes:
    report = run / REPORT_NAME
    st = {"_type": STATEMENT_TYPE,
          "subject": [{"name": REPORT_NAME, "digest": {"sha256": sha256_file(report)}}],
          "predicateType": predicate_type, "predicate": predicate}
    return canonical_json(st)


def _next_path(run: Path, folder: str) -> Path:
    d = run / folder
    taken = [int(p.name.split(".")[0]) for p in d.glob("*.dsse.json") if p.name.split(".")[0].isdigit()] \
        if d.is_dir() else []
    return d / f"{max(taken, default=0) + 1:04d}.dsse.json"


def _signed_run(run: Path, public: ec.EllipticCurvePublicKey) -> tuple[dict[str, str], dict[str, Any]]:
    """The run's signed subjects and report, checked with ``public``; AmendmentError when it does not verify."""
    env = run / ENVELOPE_NAME
    if not env.is_file():
        raise AmendmentError(f"{run}: the run has no report.dsse.json, so there is no signed record to amend")
    from .signing import parse_statement

    try:
        subjects, predicate = parse_statement(open_envelope(env.read_bytes(), public, PAYLOAD_TYPE))
    except VerificationFailure as exc:
        raise AmendmentError(f"{run}: {exc.message}") from None
    return subjects, predicate


# --------------------------------------------------------------------------- erasure


def erase(run_dir: str | Path, target: str | Path, *, reason: str, by: str, key_path: str | Path,
          passphrase: str | bytes | None = None, replacement: str | Path | None = None) -> Path:
    """Remove (or, with ``replacement``, redact) a scrubbed copy of a signed run, recording a signed erasure entry
    first; returns the entry's path. ``target`` is relative to the run folder (a file or a folder of files)."""
    run = Path(run_dir)
    private = keys.load_private_key(key_path, passphrase)
    subjects, report = _signed_run(run, private.public_key())
    rel = Path(target)
    if rel.is_absolute():
        try:
            rel = rel.resolve().relative_to(run.resolve())
        except ValueError:
            raise AmendmentError(f"{target}: not inside the run folder {run}") from None
    name = rel.as_posix().rstrip("/")
    roles = {a.get("path"): a.get("role") for a in report.get("artefacts", []) if isinstance(a, dict)}
    covered = sorted(s for s in subjects if s == name or s.startswith(name + "/"))
    if not covered:
        raise AmendmentError(f"{name}: not a file the run's signature covers")
    wrong = [s for s in covered if roles.get(s) not in ERASABLE_ROLES]
    if wrong:
        raise AmendmentError(f"{name}: only scrubbed copies of training data and their subject indexes "
                             f"({', '.join(ERASABLE_ROLES)}) can be "
                             f"erased this way; {wrong[0]} is a {roles.get(wrong[0]) or 'file of another role'} "
                             "(a model trained on the data must be retrained, not edited)")
    if replacement is not None and (len(covered) != 1 or covered[0] != name):
        raise AmendmentError(f"{name}: --replacement redacts one file; name that file, not a folder")
    if not reason.strip() or not by.strip():
        raise AmendmentError("an erasure needs a reason (e.g. a request reference) and who made it")
    new_sha = sha256_file(replacement) if replacement is not None else None
    entry = {"run_id": report.get("record", {}).get("run_id"), "action": "redacted" if replacement else "removed",
             "files": [{"path": s, "signed_sha256": subjects[s], "new_sha256": new_sha} for s in covered],
             "reason": reason, "by": by, "at": _now(), "key_id": keys.key_id(private)}
    out = _next_path(run, ERASURE_DIR)
    payload = _statement(run, ERASURE_TYPE, entry)
    from . import ledger

    ledger_path = run.parent / LEDGER
    if ledger_path.exists():  # a key that cannot append to the ledger is refused before anything is written
        with ledger.reserve(ledger_path, private):
            pass
    atomic_write_bytes(out, envelope_bytes(sign_envelope(payload, PAYLOAD_TYPE, private)))
    if ledger_path.exists():  # filed in the history too: verify checks every erasure envelope has its entry
        with ledger.reserve(ledger_path, private) as pos:
            pos.append("erasure", erased_run=str(entry["run_id"]), entry=out.relative_to(run).as_posix(),
                       entry_sha256=sha256_file(out))
    if replacement is not None:
        atomic_write_bytes(run / name, Path(replacement).read_bytes())
    else:
        for s in covered:
            (run / s).unlink(missing_ok=True)
        folder = run / name
        if folder.is_dir():
            shutil.rmtree(folder)
    write_bundle_of(out, private)  # the entry's Sigstore bundle, once the entry itself is in place
    return out


def file_erasures(run_dir: str | Path, *, key_path: str | Path, passphrase: str | bytes | None = None,
                  ledger_path: str | Path | None = None) -> list[dict[str, Any]]:
    """File in the ledger every erasure entry of a run folder that the ledger does not file yet; returns the new
    ledger entries (none when all are filed: running it twice is harmless).

    Two kinds of run folder need it: those erased before erasures were filed in the ledger (their ``erasures/``
    envelopes predate the ``erasure`` ledger kind, and ``verify`` now fails them with ``erasure_not_filed``), and
    those where a crash fell between writing the envelope and appending its entry. Each envelope is checked
    first, as ``verify`` checks it (signed by this key, about this run's report, naming this run): a forged or
    edited one is refused, never filed, so filing cannot launder an erasure the run's key did not sign. The
    entry's ``time`` says when it was filed, not when the erasure was made (the envelope's ``at`` says that).
    """
    from . import ledger

    run = Path(run_dir)
    private = keys.load_private_key(key_path, passphrase)
    _, report = _signed_run(run, private.public_key())
    run_id = str((report.get("record") or {}).get("run_id"))
    checked = read_amendments(run, private.public_key(), run_id)
    bad = [m for _, m in checked.failures if m.startswith(ERASURE_DIR + "/")]
    if bad:
        raise AmendmentError(f"{run}: {bad[0]}; only erasure entries signed by this key for this run are filed "
                             f"(nothing was filed; {len(bad)} entry(ies) refused)")
    lp = Path(ledger_path) if ledger_path is not None else run.parent / LEDGER
    if not lp.is_file():
        raise AmendmentError(f"{lp}: no ledger here; a run folder without a ledger needs no filing (verify does "
                             "not check erasures against a ledger it does not have)")
    d = run / ERASURE_DIR
    envelopes = sorted(d.glob("*" + ENVELOPE_SUFFIX)) if d.is_dir() else []
    filed: list[dict[str, Any]] = []
    for p in envelopes:
        rel = f"{ERASURE_DIR}/{p.name}"
        digest = sha256_file(p)
        with ledger.reserve(lp, private) as pos:
            entries, _ = ledger._read_tail(pos.path, private)
            if not any(ledger.kind_of(e) == "run" and e.get("run_id") == run_id for e in entries):
                raise AmendmentError(f"{lp}: run {run_id} has no entry in this ledger; file its erasures in the "
                                     "ledger that records the run")
            done = [e for e in entries if ledger.kind_of(e) == "erasure" and e.get("erased_run") == run_id
                    and e.get("entry") == rel]
            if done and done[-1].get("entry_sha256") == digest:
                continue
            if done:
                raise AmendmentError(f"{rel}: ledger entry {done[-1]['seq']} files another version of it (a digest "
                                     "other than the file's): it was changed after it was filed; not filed again")
            filed.append(pos.append("erasure", erased_run=run_id, entry=rel, entry_sha256=digest))
        b = p.with_name(bundle_name(p.name))
        if not b.exists():  # entries made before bundles existed get theirs, for tools that read bundles
            write_bundle_of(p, private)
    return filed


# --------------------------------------------------------------------------- attestation


def attest(run_dir: str | Path, *, key_path: str | Path, name: str, statement: str, role: str | None = None,
           passphrase: str | bytes | None = None) -> Path:
    """Add a named person's signed statement about this run's report (their own key); returns its path."""
    run = Path(run_dir)
    report_path = run / REPORT_NAME
    if not report_path.is_file() or not (run / ENVELOPE_NAME).is_file():
        raise AmendmentError(f"{run}: only a signed run (report.json and report.dsse.json) can be attested")
    if not name.strip() or not statement.strip():
        raise AmendmentError("an attestation needs the attester's name and a statement")
    private = keys.load_private_key(key_path, passphrase)
    report = strict_loads(report_path.read_bytes(), "report.json")
    reg = report.get("regulatory") if isinstance(report, dict) else None
    facts = reg.get("attestation", []) if isinstance(reg, dict) else []
    predicate = {"run_id": (report.get("record") or {}).get("run_id"), "name": name, "role": role,
                 "statement": statement, "at": _now(), "attests": facts,
                 "public_key": keys.public_pem(private.public_key()).decode("ascii"), "key_id": keys.key_id(private)}
    out = _next_path(run, ATTESTATION_DIR)
    write_signed(out, sign_envelope(_statement(run, ATTESTATION_TYPE, predicate), PAYLOAD_TYPE, private), private)
    return out


# --------------------------------------------------------------------------- reading them back (verify)


@dataclass
class Amendments:
    erased: dict[str, tuple[str, dict[str, Any]]]  # path -> (entry file, file record)
    checks: list[str]
    failures: list[tuple[str, str]]  # (code, message)


MAX_AMENDMENT_BYTES = 1024 * 1024  # an amendment envelope is a few kilobytes


def _bytes(run: Path, rel: str) -> bytes:
    try:
        return read_regular(run / rel, MAX_AMENDMENT_BYTES, "amendment envelope", follow_symlinks=False)
    except UnsafeFileError as exc:
        raise VerificationFailure(exc.code, f"{rel} {exc.why}") from None


def _open(run: Path, rel: str, key: Any, predicate_type: str) -> dict[str, Any]:
    payload = open_envelope(_bytes(run, rel), key, PAYLOAD_TYPE, rel)
    st = strict_loads(payload, rel)
    if not isinstance(st, dict) or st.get("_type") != STATEMENT_TYPE or st.get("predicateType") != predicate_type:
        raise VerificationFailure("wrong_predicate_type", f"{rel} is not a {predicate_type.rsplit('/', 2)[-2]} "
                                  "statement")
    subj = st.get("subject")
    want = sha256_file(run / REPORT_NAME) if (run / REPORT_NAME).is_file() else None
    if not (isinstance(subj, list) and len(subj) == 1 and isinstance(subj[0], dict)
            and subj[0].get("name") == REPORT_NAME and (subj[0].get("digest") or {}).get("sha256") == want):
        raise VerificationFailure("amendment_mismatch", f"{rel} is about another report than this run's report.json")
    if not isinstance(st.get("predicate"), dict):
        raise VerificationFailure("malformed_statement", f"{rel} holds no predicate")
    return st["predicate"]


def read_amendments(run: Path, run_key: ec.EllipticCurvePublicKey, run_id: str,
                    attesters: list[ec.EllipticCurvePublicKey] | None = None) -> Amendments:
    """Check every amendment envelope of ``run``: erasures against the run's key, attestations against their own
    key (and, when ``attesters`` is given, against that set)."""
    out = Amendments({}, [], [])
    trusted = {keys.key_id(k) for k in attesters or []}
    failed: set[str] = set()
    for folder in (ERASURE_DIR, ATTESTATION_DIR):
        d = run / folder
        for p in sorted(d.iterdir()) if d.is_dir() else []:
            rel = f"{folder}/{p.name}"
            if not is_amendment(rel) or p.is_symlink() or not p.is_file():
                out.failures.append(("unexpected_artefact", f"{rel} is not an amendment envelope"))
                continue
            try:
                if rel.endswith(BUNDLE_SUFFIX):  # the Sigstore bundle of the envelope beside it: the same bytes
                    envelope = rel[: -len(BUNDLE_SUFFIX)] + ENVELOPE_SUFFIX
                    if envelope in failed:
                        continue  # the envelope's own failure says it; its copy is not named twice
                    if not (run / envelope).is_file():
                        raise VerificationFailure("bundle_mismatch", f"it is the bundle of {envelope}, which is missing")
                    check_bundle(_bytes(run, rel), _bytes(run, envelope), rel)
                elif folder == ERASURE_DIR:
                    _erasure(run, rel, run_key, run_id, out)
                else:
                    _attestation(run, rel, run_id, trusted, attesters is not None, out)
            except VerificationFailure as exc:
                failed.add(rel)
                code = "bundle_mismatch" if exc.code == "bundle_mismatch" else \
                    "erasure_invalid" if folder == ERASURE_DIR else "attestation_invalid"
                out.failures.append((code, f"{rel}: {exc.message}"))
    return out


def _erasure(run: Path, rel: str, key: Any, run_id: str, out: Amendments) -> None:
    e = _open(run, rel, key, ERASURE_TYPE)
    files = e.get("files")
    if e.get("run_id") != run_id or not isinstance(files, list) or not files:
        raise VerificationFailure("malformed_statement", "the entry names another run or no file")
    for f in files:
        if not isinstance(f, dict) or not isinstance(f.get("path"), str):
            raise VerificationFailure("malformed_statement", "a file of the entry has no path")
        out.erased[f["path"]] = (rel, f)
    out.checks.append(f"erasure: {rel} ({e.get('action')} {', '.join(f['path'] for f in files)} on {e.get('at')} by "
                      f"{e.get('by')}; reason: {e.get('reason')}), signed by the run's key")


def _claimed_key(run: Path, rel: str) -> str:
    """The public key an attestation says it is signed with (read before the signature, then checked by it)."""
    env = strict_loads(_bytes(run, rel), rel)
    try:
        st = strict_loads(base64.b64decode(env["payload"], validate=True), rel)
        pem = st["predicate"]["public_key"]
    except (KeyError, TypeError, ValueError, binascii.Error):
        pem = None
    if not isinstance(pem, str):
        raise VerificationFailure("malformed_statement", "the attestation carries no public key")
    return pem


def _attestation(run: Path, rel: str, run_id: str, trusted: set[str], strict: bool, out: Amendments) -> None:
    pem = _claimed_key(run, rel)
    from cryptography.hazmat.primitives import serialization

    try:
        own = serialization.load_pem_public_key(pem.encode("ascii"))
    except ValueError:
        raise VerificationFailure("malformed_statement", "the attestation's public key cannot be read") from None
    a = _open(run, rel, own, ATTESTATION_TYPE)
    if a.get("run_id") != run_id:
        raise VerificationFailure("amendment_mismatch", "the attestation names another run")
    kid = keys.key_id(own)
    who = f"{a.get('name')}" + (f" ({a.get('role')})" if a.get("role") else "")
    if kid in trusted:
        out.checks.append(f"attestation: {rel} by {who} on {a.get('at')}, signed by a key you trust "
                          f"({kid[:16]}...): \"{a.get('statement')}\"")
    elif strict:
        out.failures.append(("attestation_untrusted", f"{rel} by {who} is signed by key {kid[:16]}..., which is not "
                             "among the --attester keys you gave"))
    else:
        out.checks.append(f"attestation: {rel} by {who} on {a.get('at')}: signature valid with its own key "
                          f"({kid[:16]}...); pass --attester PUB to check the key is that person's")


def digest_note(path: str, record: dict[str, Any], on_disk: str | None) -> tuple[bool, str]:
    """Whether a file an erasure entry covers is in the state the entry says, and a line for the report."""
    if record.get("new_sha256"):
        ok = on_disk == record["new_sha256"]
        return ok, (f"{path}: redacted; the file matches the erasure entry's new digest" if ok else
                    f"{path}: redacted, but the file does not match the erasure entry's new digest")
    ok = on_disk is None
    return ok, (f"{path}: removed as the erasure entry records" if ok else
                f"{path}: the erasure entry records its removal, but it is still there; run erase again")


def sha_or_none(p: Path) -> str | None:
    return sha256_file(p) if p.is_file() else None
