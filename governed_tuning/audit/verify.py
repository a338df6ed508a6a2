"""What ``governed-tuning verify`` checks, for a run folder or for the ledger, with the trusted public keys given.

Order for a run: the signature over the exact bytes of the envelope's payload (nothing is parsed before it
holds), the statement's type and predicate type, every entry of the run folder walked without following links
(a symlink, FIFO, device or extra folder is a failure: only signed regular files may be there), every subject
re-hashed on disk (changed, missing and added files are named), report.json equal to the signed predicate, the
run id against the folder (a replayed report), each model folder's OpenSSF model signature, then the run's
ledger entry at the position the report names. Each failure has a stable code (:data:`CODES`).

For the ledger: every entry's kind, hash, sequence, link and signature, the signed checkpoint of the head, no
entry after it unless allowed, every recorded run's folder present (or its removal recorded), and, given an
older checkpoint the auditor kept (``since``), that the ledger extends it: the consistency check of a
transparency log, which alone shows a rollback or a fork.

Every file is read as a regular file within the limits of :mod:`governed_tuning.limits` (a FIFO, a device or a
huge file is a named failure, never a hang), and every JSON document within a bounded nesting depth.
"""

from __future__ import annotations

import functools
import os
import stat
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from cryptography.hazmat.primitives import serialization
from pydantic import ValidationError

from ..digest import sha256_bytes
from ..digest_cache import plain_digest
from ..limits import (
    MAX_CHECKPOINT_BYTES,
    MAX_DOCUMENT_BYTES,
    MAX_LEDGER_BYTES,
    MAX_LEDGER_LINE_BYTES,
    UnsafeFileError,
    kind_of,
    read_regular,
)
from ..record import read_context
from . import keys, modelsig
from .amendments import ATTESTATION_DIR, ERASURE_DIR, Amendments, digest_note, is_amendment, read_amendments
from .ledger import GENESIS, KINDS, checkpoint_path, entry_hash, entry_signed_by, expected_fields
from .ledger import kind_of as entry_kind
from .report import ENVELOPE_NAME, LEDGER_NAME, READABLE_VERSIONS, REPORT_NAME, Report
from ..run.folder import INTOTO, REPORT_BUNDLE, UNSIGNED
from .bundle import ENVELOPE_SUFFIX, bundle_name, check_bundle
from .intoto import read_statement
from .signing import (
    CHECKPOINT_PAYLOAD_TYPE,
    PAYLOAD_TYPE,
    VerificationFailure,
    open_envelope,
    parse_statement,
    strict_loads,
)

CODES = {
    "bad_public_key": "the public key given cannot be used",
    "missing_envelope": "report.dsse.json is missing",
    "malformed_envelope": "the envelope is not a DSSE envelope",
    "malformed_json": "a document is not valid JSON, or nests deeper than the limit",
    "duplicate_json_key": "a document repeats a key",
    "bad_signature": "the signature does not match the content",
    "wrong_key": "signed by another key than the ones given",
    "wrong_payload_type": "the envelope signs another kind of document",
    "wrong_statement_type": "the payload is not an in-toto Statement v1",
    "wrong_predicate_type": "the statement is not a governed-tuning audit report",
    "malformed_statement": "the statement's subjects or predicate are malformed",
    "subject_mismatch": "a signed file changed",
    "missing_artefact": "a signed file is missing",
    "unexpected_artefact": "a file or folder not covered by the signature is present",
    "not_regular_file": "an entry is a symlink, FIFO, device or socket, not a signed regular file",
    "too_large": "a file is larger than the documented limit for what it should be",
    "report_mismatch": "report.json is not the signed report",
    "malformed_report": "the signed report does not match the report schema",
    "replayed_report": "the report belongs to another run or is an older report",
    "model_signature_invalid": "a model folder does not match its OpenSSF model signature",
    "missing_ledger": "the ledger is missing",
    "not_in_ledger": "the run has no ledger entry",
    "ledger_mismatch": "the run's ledger entry names another report, envelope or position",
    "ledger_break": "the hash chain is broken",
    "missing_checkpoint": "the signed ledger checkpoint is missing",
    "ledger_truncated": "entries the signed checkpoint covers are gone",
    "unsigned_tail": "entries after the signed checkpoint (allowed only on request, and then each must be signed)",
    "ledger_rollback": "the ledger no longer reaches a checkpoint verified earlier: it was rolled back",
    "ledger_fork": "the ledger differs from a checkpoint verified earlier: its history was rewritten",
    "missing_run": "a run the ledger records has no folder, and no signed entry records its removal",
    "unreadable_file": "a file cannot be read (permissions or an I/O error)",
    "erasure_invalid": "an erasure entry or data-subject erasure record is not signed by the key, or names another "
                       "run or report",
    "erasure_mismatch": "a file an erasure entry covers is not in the state the entry records",
    "erasure_not_filed": "an erasure entry of a run folder has no ledger entry filing it (or the ledger files one "
                         "that is gone or changed); an entry made before erasures were filed is filed with "
                         "`governed-tuning ledger file-erasure RUN_DIR --key KEY`",
    "erasure_missing": "a data-subject erasure record the ledger files is gone",
    "attestation_invalid": "an attestation's signature, subject or run does not hold",
    "attestation_untrusted": "an attestation is signed by a key not among the --attester keys given",
    "bundle_mismatch": "a Sigstore bundle is malformed or holds another envelope than the .dsse.json beside it",
    "statement_invalid": "an in-toto statement of the run (provenance, gate result) does not verify, or a subject's "
                         "digest differs from the signed file",
}

Digest = Callable[[Path], str]
AMENDMENT_DIRS = (ERASURE_DIR, ATTESTATION_DIR)  # signed after the run, checked by audit/amendments.py
Keys = str | Path | Iterable[str | Path]


@dataclass
class Failure:
    code: str
    message: str


@dataclass
class VerifyResult:
    ok: bool = True
    failures: list[Failure] = field(default_factory=list)
    checks: list[str] = field(default_factory=list)
    key: str | None = None  # the trusted key that verified (or was tried last)
    ledger_seq: int | None = None  # where the ledger records the run (verify_run)

    def fail(self, code: str, message: str) -> None:
        self.ok = False
        self.failures.append(Failure(code, message))

    def fail_many(self, code: str, messages: list[str], what: str, cap: int = 20) -> None:
        """One failure per message up to ``cap``, then one that counts the rest: a folder stuffed with 20,000
        files is named, not a 2 MB report."""
        for m in messages[:cap]:
            self.fail(code, m)
        if len(messages) > cap:
            self.fail(code, f"... and {len(messages) - cap} more {what}")

    def add(self, exc: VerificationFailure, prefix: str = "") -> None:
        self.fail(exc.code, prefix + exc.message)

    @property
    def codes(self) -> set[str]:
        return {f.code for f in self.failures}

    def to_dict(self) -> dict[str, Any]:
        return {"ok": self.ok, "key": self.key, "failures": [asdict(f) for f in self.failures],
                "checks": self.checks}


def key_paths(public_keys: Keys) -> list[Path]:
    """One path or several: the trusted keys, in the order given."""
    if isinstance(public_keys, (str, Path)):
        return [Path(public_keys)]
    return [Path(k) for k in public_keys]


def _best(results: list[VerifyResult]) -> VerifyResult:
    """The verified result, else the one that got furthest: a key that opened the envelope says more than a
    key that did not."""
    for r in results:
        if r.ok:
            return r
    for r in results:
        if not r.codes <= {"wrong_key", "bad_public_key"}:
            return r
    return results[0]


def _public_key(path: str | Path, result: VerifyResult):
    try:
        return keys.load_public_key(path)
    except keys.KeyFileError as exc:
        result.fail("bad_public_key", str(exc))
        return None


def _safe_name(name: str) -> bool:
    p = PurePosixPath(name)
    return bool(name) and not p.is_absolute() and ".." not in p.parts and "\\" not in name and name == p.as_posix()


def _why(exc: OSError) -> str:
    return exc.strerror or type(exc).__name__


def verify_run(run_dir: str | Path, public_keys: Keys, ledger_path: str | Path | None = None, *,
               digest: Digest | None = None, allow_unsigned_tail: bool = False,
               attesters: Keys | None = None) -> VerifyResult:
    """Verify a run folder against a set of trusted keys (one path, or several): verified when one key verifies
    it (``result.key`` names it). ``ledger_path`` None checks ``run_dir.parent/ledger.jsonl`` when it exists.

    ``digest`` hashes a signed file (default: read it whole; the dashboard passes its restart-proof digest cache).
    A file that cannot be read (permissions, I/O) is a named failure, not a crash: nothing unread is vouched for.
    A scrubbed copy removed or redacted after signing verifies only under a signed erasure entry, which is named;
    attestations are checked against ``attesters`` (people's public keys) when given.
    """
    paths = key_paths(public_keys)
    if not paths:
        result = VerifyResult()
        result.fail("bad_public_key", "no trusted public key was given: nothing can be verified")
        return result
    results = []
    for key in paths:
        result = VerifyResult(key=str(key))
        try:
            _verify_run(Path(run_dir), key, ledger_path, result, digest, allow_unsigned_tail, attesters)
        except OSError as exc:
            result.fail("unreadable_file", f"{exc.filename or run_dir}: cannot be read ({_why(exc)})")
        if result.ok:
            return result
        results.append(result)
    return _best(results)


def _read(path: Path, limit: int, what: str, result: VerifyResult) -> bytes | None:
    """A document of the run folder, as a regular file (no symlink) within its limit; None after a failure."""
    try:
        return read_regular(path, limit, what, follow_symlinks=False)
    except UnsafeFileError as exc:
        result.fail(exc.code, f"{path.name} {exc.why}")
    except FileNotFoundError:
        return None
    return None


def _walk(run: Path) -> tuple[set[str], list[tuple[str, str]], list[str]]:
    """Every entry of the run folder, links never followed: (regular files, (other entry, what it is), folders)."""
    files: set[str] = set()
    odd: list[tuple[str, str]] = []
    folders: list[str] = []
    stack = [run]
    while stack:
        here = stack.pop()
        with os.scandir(here) as it:
            for e in it:
                rel = Path(e.path).relative_to(run).as_posix()
                mode = e.stat(follow_symlinks=False).st_mode
                if stat.S_ISDIR(mode):
                    folders.append(rel)
                    stack.append(Path(e.path))
                elif stat.S_ISREG(mode):
                    files.add(rel)
                elif stat.S_ISLNK(mode):
                    odd.append((rel, f"a symlink (to {os.readlink(e.path)!r}, not followed)"))
                else:
                    odd.append((rel, kind_of(mode)))
    return files, odd, folders


def _verify_run(run: Path, public_key_path: Path, ledger_path: str | Path | None, result: VerifyResult,
                cached: Digest | None, allow_unsigned_tail: bool, attesters: Keys | None = None) -> VerifyResult:
    digest = cached or plain_digest
    key = _public_key(public_key_path, result)
    if key is None:
        return result
    env_path = run / ENVELOPE_NAME
    if not env_path.exists() and not env_path.is_symlink():
        result.fail("missing_envelope", f"{env_path} is missing: the run is not signed, nothing proves its report")
        return result
    env = _read(env_path, MAX_DOCUMENT_BYTES, "signature envelope", result)
    if env is None:
        return result
    try:
        payload = open_envelope(env, key, PAYLOAD_TYPE)
        result.checks.append(f"signature: valid, by the public key given (key id {keys.key_id(key)[:16]}...)")
        subjects, predicate = parse_statement(payload)
        result.checks.append(f"statement: in-toto Statement v1, audit report predicate, {len(subjects)} subjects")
    except VerificationFailure as exc:
        result.add(exc)
        return result  # nothing inside an unverified envelope may be trusted or reported

    files, odd, folders = _walk(run)
    amend = _amendments(run, key, predicate, attesters, result)
    result.fail_many("not_regular_file", [f"{rel} is {what}: only signed regular files may be in a run folder"
                                          for rel, what in sorted(odd)], "entries that are not regular files")
    signed_dirs = {p.as_posix() for name in subjects for p in PurePosixPath(name).parents if str(p) != "."}
    extra_dirs = [rel for rel in sorted(folders) if rel not in signed_dirs and rel not in AMENDMENT_DIRS
                  and (PurePosixPath(rel).parent.as_posix() == "." or PurePosixPath(rel).parent.as_posix() in signed_dirs)]
    result.fail_many("unexpected_artefact", [f"folder {rel} holds no signed file: it was added after signing"
                                             for rel in extra_dirs], "folders added after signing")
    for name, expected in subjects.items():
        if not _safe_name(name):
            result.fail("malformed_statement", f"subject {name!r} is not a plain path inside the run folder")
            continue
        if name in amend.erased:
            _check_erased(run, name, expected, amend.erased[name], files, digest, result)
            continue
        if name not in files:
            if not any(rel == name for rel, _ in odd):
                result.fail("missing_artefact", f"{name} is signed but missing from the run folder")
            continue
        try:
            actual = digest(run / name)
        except UnsafeFileError as exc:
            result.fail(exc.code, f"{name} {exc.why}")
            continue
        except OSError as exc:
            result.fail("unreadable_file", f"{name} is signed but cannot be read ({_why(exc)})")
            continue
        if actual != expected:
            what = "model file" if name.startswith("models/") else "file"
            result.fail("subject_mismatch", f"{what} {name} changed after signing (its sha256 differs from the "
                        "signed one)")
    unsigned = [rel for rel in sorted(files - set(subjects) - set(UNSIGNED)) if not is_amendment(rel)
                and not any(rel.startswith(d + "/") for d in extra_dirs)]  # inside an extra folder: named with it
    result.fail_many("unexpected_artefact", [f"{'model file' if rel.startswith('models/') else 'file'} {rel} is in "
                                             "the run folder but not covered by the signature (added after signing)"
                                             for rel in unsigned], "files not covered by the signature")
    if not result.failures:
        erased = f" ({len(amend.erased)} erased as signed erasure entries record)" if amend.erased else ""
        result.checks.append(f"artefacts: all {len(subjects)} signed files re-hashed and match{erased}; nothing "
                             "else in the folder (no unsigned file, link or extra folder)")
    result.checks += amend.checks
    _check_attestations(run, key, env, subjects, files, result)

    report_path = run / REPORT_NAME
    report_sha = None
    if REPORT_NAME not in subjects:
        result.fail("report_mismatch", "report.json is not among the signed subjects")
    body = _read(report_path, MAX_DOCUMENT_BYTES, "report", result) if REPORT_NAME in files else None
    if body is not None:
        report_sha = sha256_bytes(body)
        try:
            on_disk = strict_loads(body, "report.json")
            if on_disk != predicate:
                result.fail("report_mismatch", "report.json differs from the report inside the signature; the "
                            "signed one is authoritative")
            else:
                result.checks.append("report.json: identical to the signed report")
        except VerificationFailure as exc:
            result.fail("report_mismatch", f"report.json cannot be compared with the signed report: {exc.message}")
    version = predicate.get("report_version")
    if version not in READABLE_VERSIONS:
        result.fail("malformed_report", f"the signed report has version {version!r}; this "
                    f"verifier reads versions {', '.join(map(repr, READABLE_VERSIONS))}")
        return result
    try:
        report = Report.model_validate(predicate, context=read_context(version))
    except ValidationError as exc:
        first = exc.errors()[0]
        result.fail("malformed_report", f"the signed report does not match the schema at "
                    f"{'.'.join(str(x) for x in first['loc'])}: {first['msg']}")
        return result
    run_id = report.record.run_id
    if run_id != run.name:
        result.fail("replayed_report", f"the signed report is for run {run_id}, but this folder is run {run.name}: "
                    "an old report was replayed under another run")

    for sig in report.signing.model_signatures:
        folder = run / PurePosixPath(sig).parent
        why = modelsig.verify_model_dir(folder, public_key_path, cached) if _safe_name(sig) else "unsafe path"
        if why:
            result.fail("model_signature_invalid", f"model folder {PurePosixPath(sig).parent} does not match its "
                        f"OpenSSF model signature: {why}")
        else:
            result.checks.append(f"model signature: {sig} verifies (OpenSSF model-signing, ECDSA P-256)")

    _check_run_in_ledger(run, run_id, report_sha, env, report.signing.ledger_seq, ledger_path, public_key_path,
                         allow_unsigned_tail, result)
    return result


def _check_attestations(run: Path, key: Any, env: bytes, subjects: dict[str, str], files: set[str],
                        result: VerifyResult) -> None:
    """The files other tools read, when the run has them (runs signed before they existed have none): the
    report's Sigstore bundle holds report.dsse.json; each statement under intoto/ verifies with the key, is one of
    our standard predicate types, names only signed files with their signed digests, and has its bundle."""
    if REPORT_BUNDLE in files:
        data = _read(run / REPORT_BUNDLE, MAX_DOCUMENT_BYTES, "Sigstore bundle", result)
        if data is not None:
            try:
                check_bundle(data, env, REPORT_BUNDLE)
                result.checks.append(f"{REPORT_BUNDLE}: Sigstore bundle v0.3 holding report.dsse.json")
            except VerificationFailure as exc:
                result.add(exc)
    names = sorted(n for n in subjects if n.startswith(INTOTO + "/") and n.endswith(ENVELOPE_SUFFIX)
                   and n in files and _safe_name(n))
    kinds: dict[str, int] = {}
    for name in names:
        data = _read(run / name, MAX_DOCUMENT_BYTES, "statement envelope", result)
        bundle = bundle_name(name)
        other = _read(run / bundle, MAX_DOCUMENT_BYTES, "Sigstore bundle", result) if bundle in files else None
        if data is None:
            continue
        try:
            stated, kind, _ = read_statement(open_envelope(data, key, PAYLOAD_TYPE, name), name)
            if other is None:
                raise VerificationFailure("bundle_mismatch", f"{bundle} (the Sigstore bundle of {name}) is missing")
            check_bundle(other, data, bundle)
        except VerificationFailure as exc:
            result.fail("statement_invalid" if exc.code in ("bad_signature", "wrong_key", "malformed_envelope",
                                                             "wrong_payload_type") else exc.code, exc.message)
            continue
        wrong = [n for n, sha in stated.items() if subjects.get(n) != sha]
        if wrong:
            result.fail_many("statement_invalid", [f"{name} names {n} with another digest than the signed file"
                                                   if n in subjects else f"{name} names {n}, which the run does "
                                                   "not sign" for n in wrong], "subjects")
            continue
        kinds[kind] = kinds.get(kind, 0) + 1
    if kinds:
        result.checks.append("in-toto statements: " + ", ".join(f"{n} {k.rsplit('/', 2)[-2]}" for k, n in
                                                                 sorted(kinds.items()))
                             + " verified with the key; their subjects match the signed files; each has its "
                             "Sigstore bundle")


def _amendments(run: Path, key: Any, predicate: dict[str, Any], attesters: Keys | None,
                result: VerifyResult) -> Amendments:
    """Erasure entries (signed by the run's key) and attestations (by people's own keys) in the run folder."""
    trusted = None
    if attesters is not None:
        trusted = [k for k in (_public_key(p, result) for p in key_paths(attesters)) if k is not None]
    run_id = str((predicate.get("record") or {}).get("run_id"))
    amend = read_amendments(run, key, run_id, trusted)
    for code, message in amend.failures:
        result.fail(code, message)
    return amend


def _check_erased(run: Path, name: str, expected: str, erased: tuple[str, dict[str, Any]], files: set[str],
                  digest: Digest, result: VerifyResult) -> None:
    """A signed file an erasure entry covers: removed, or redacted to the digest the entry records."""
    entry, record = erased
    if record.get("signed_sha256") != expected:
        result.fail("erasure_mismatch", f"{entry} erases another version of {name} than the signed one")
        return
    on_disk = digest(run / name) if name in files else None
    ok, line = digest_note(name, record, on_disk)
    if ok:
        result.checks.append(f"erased: {line} ({entry})")
    else:
        result.fail("erasure_mismatch", f"{line} ({entry})")


def _check_run_in_ledger(run: Path, run_id: str, report_sha: str | None, env: bytes, position: int | None,
                         ledger_path: str | Path | None, public_key_path: Path, allow_unsigned_tail: bool,
                         result: VerifyResult) -> None:
    path = Path(ledger_path) if ledger_path is not None else run.parent / LEDGER_NAME
    if not path.is_file():
        if ledger_path is not None:
            result.fail("missing_ledger", f"ledger {path} not found")
        else:
            result.checks.append(f"ledger: none beside the run folder ({path.name}); ledger not checked")
        return
    sub, entries, index = _verify_ledger(path, public_key_path, allow_unsigned_tail=allow_unsigned_tail,
                                         check_runs=False)
    for f in sub.failures:
        result.fail(f.code, f"ledger: {f.message}")
    mine = list(index.get(("run", run_id), ()))
    if not mine:
        result.fail("not_in_ledger", f"run {run_id} has no entry in {path.name}")
        return
    last = mine[-1]
    if entry_kind(last) == "run_removed":
        result.fail("ledger_mismatch", f"ledger entry {last['seq']} records that run {run_id} was removed "
                    f"({last.get('reason')}), yet its folder is here")
        return
    mine = [e for e in mine if entry_kind(e) == "run"]
    if not mine:
        result.fail("not_in_ledger", f"run {run_id} has no signed-run entry in {path.name}")
        return
    last = mine[-1]
    result.ledger_seq = last["seq"]
    if report_sha is not None and last.get("report_sha256") != report_sha:
        older = [e for e in mine[:-1] if e.get("report_sha256") == report_sha]
        if older:
            result.fail("replayed_report", f"report.json is the report of ledger entry {older[0]['seq']}, replaced "
                        f"by entry {last['seq']}: an older report was put back")
        else:
            result.fail("ledger_mismatch", f"ledger entry {last['seq']} for run {run_id} records another "
                        "report digest than report.json")
        return
    others = [e for e in index.get(("report", report_sha), ()) if e.get("run_id") != run_id]
    if others:
        result.fail("replayed_report", f"this report is recorded in the ledger for run {others[0]['run_id']} "
                    f"(entry {others[0]['seq']})")
        return
    if last.get("envelope_sha256") != sha256_bytes(env):
        result.fail("ledger_mismatch", f"ledger entry {last['seq']} records another signature envelope")
        return
    if position is not None and position != last["seq"]:
        result.fail("ledger_mismatch", f"the signed report says it was appended at ledger entry {position}, but "
                    f"the ledger records it at entry {last['seq']}: the entry was moved or re-filed")
        return
    _check_erasures_filed(run, run_id, index.get(("erased", run_id), ()), result)
    result.checks.append(f"ledger: run recorded at entry {last['seq']} with this report's digest"
                         + (" (the position the signed report names)" if position is not None else ""))


def verify_ledger(ledger_path: str | Path, public_keys: Keys, *, since: str | Path | None = None,
                  allow_unsigned_tail: bool = False, check_runs: bool = True) -> VerifyResult:
    """Verify the ledger against a set of trusted keys: its chain, its entries' signatures, its signed checkpoint,
    that no entry is uncovered (unless ``allow_unsigned_tail``), that each recorded run's folder is beside it
    (``check_runs``) and, with ``since`` (a checkpoint kept from an earlier verification), that the ledger
    extends it."""
    paths = key_paths(public_keys)
    if not paths:
        result = VerifyResult()
        result.fail("bad_public_key", "no trusted public key was given: nothing can be verified")
        return result
    results = []
    for key in paths:
        try:
            result = _verify_ledger(Path(ledger_path), key, since=since, allow_unsigned_tail=allow_unsigned_tail,
                                    check_runs=check_runs)[0]
        except OSError as exc:
            result = VerifyResult()
            result.fail("unreadable_file", f"{exc.filename or ledger_path}: cannot be read ({_why(exc)})")
        result.key = str(key)
        if result.ok:
            return result
        results.append(result)
    return _best(results)


def read_checkpoint(path: str | Path, public_key_path: str | Path) -> tuple[int, str]:
    """(sequence, head hash) of a checkpoint envelope signed by the key; raises VerificationFailure."""
    p = Path(path)
    try:
        data = read_regular(p, MAX_CHECKPOINT_BYTES, "checkpoint")
    except UnsafeFileError as exc:
        raise VerificationFailure(exc.code, f"{p} {exc.why}") from None
    try:
        key = keys.load_public_key(public_key_path)
    except keys.KeyFileError as exc:
        raise VerificationFailure("bad_public_key", str(exc)) from None
    head = strict_loads(open_envelope(data, key, CHECKPOINT_PAYLOAD_TYPE, p.name), p.name)
    if not isinstance(head, dict) or not isinstance(head.get("seq"), int) or not isinstance(head.get("hash"), str):
        raise VerificationFailure("malformed_envelope", f"{p.name}: the signed head holds no sequence number and hash")
    return head["seq"], head["hash"]


Index = dict[tuple[str, str], tuple[dict[str, Any], ...]]


def _index(entries: list[dict[str, Any]]) -> Index:
    """Entries by ("run", run id) and by ("report", report digest), in ledger order: one pass, not one per run."""
    out: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for e in entries:
        if isinstance(e.get("run_id"), str):
            out.setdefault(("run", e["run_id"]), []).append(e)
        if isinstance(e.get("report_sha256"), str):
            out.setdefault(("report", e["report_sha256"]), []).append(e)
        if isinstance(e.get("erased_run"), str):
            out.setdefault(("erased", e["erased_run"]), []).append(e)
    return {k: tuple(v) for k, v in out.items()}


_READS: dict[str, tuple[tuple[int, ...], bytes]] = {}


def _read_stamped(path: Path, limit: int, what: str) -> bytes:
    """A ledger file's bytes, re-read only when its identity or change stamps (ctime included, which no one can
    put back) differ from the last read: verifying 1,000 runs against one ledger reads it once."""
    st = os.lstat(path)
    stamp = (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)
    hit = _READS.get(str(path))
    if hit is not None and hit[0] == stamp and stat.S_ISREG(st.st_mode):
        return hit[1]
    data = read_regular(path, limit, what, follow_symlinks=False)
    if len(_READS) > 16:
        _READS.clear()
    _READS[str(path)] = (stamp, data)
    return data


def _verify_ledger(path: Path, public_key_path: str | Path, *, since: str | Path | None = None,
                   allow_unsigned_tail: bool = False, check_runs: bool = True) \
        -> tuple[VerifyResult, list[dict[str, Any]], Index]:
    """The result, and the entries of the intact prefix of the chain (shared: read them, do not change them).

    The check itself is memoised on the exact bytes of the ledger, of its checkpoint and of the public key, so
    verifying many runs against one ledger (the dashboard) checks the chain once, not once per run; any change
    to any of those bytes means a full check again. What depends on the file system (run folders) and on the
    auditor's kept checkpoint is checked on every call.
    """
    result = VerifyResult()
    key = _public_key(public_key_path, result)
    if key is None:
        return result, [], {}
    if not path.is_file():
        result.fail("missing_ledger", f"ledger {path} not found")
        return result, [], {}
    try:
        data = _read_stamped(path, MAX_LEDGER_BYTES, "ledger")
        cp = checkpoint_path(path)
        cp_data = _read_stamped(cp, MAX_CHECKPOINT_BYTES, "checkpoint") if cp.exists() or cp.is_symlink() else None
    except UnsafeFileError as exc:
        result.fail(exc.code, f"{exc.path.name} {exc.why}")
        return result, [], {}
    ok, failures, checks, entries, head, index = _check_ledger_bytes(path.name, data, cp.name, cp_data,
                                                                     keys.public_pem(key), allow_unsigned_tail)
    result = VerifyResult(ok, [Failure(c, m) for c, m in failures], list(checks))
    if cp_data is not None and ok:
        _check_checkpoint_bundle(cp, cp_data, result)
    if since is not None:
        _check_since(Path(since), public_key_path, entries, head, result)
    if check_runs:
        _check_run_folders(path.parent, entries, result)
        _check_erasures(path.parent, entries, key, result)
    return result, list(entries), index


def _check_checkpoint_bundle(cp: Path, cp_data: bytes, result: VerifyResult) -> None:
    """The signed checkpoint's Sigstore bundle, when there is one. It is written right after the checkpoint, so a
    kill between the two writes (or a checkpoint put back) leaves it holding another head: that is said, not
    failed, since the checkpoint is what was verified and the next append writes both again."""
    b = cp.with_name(bundle_name(cp.name))
    if not b.exists() and not b.is_symlink():
        return
    try:
        check_bundle(read_regular(b, 2 * MAX_CHECKPOINT_BYTES, "checkpoint bundle", follow_symlinks=False),
                     cp_data, b.name)
        result.checks.append(f"{b.name}: Sigstore bundle v0.3 holding the signed checkpoint")
    except VerificationFailure as exc:
        result.checks.append(f"{b.name} does not hold {cp.name} ({exc.message}): tools that read the bundle see "
                             f"another head; {cp.name} is the one verified here, and the next append writes both")
    except (UnsafeFileError, OSError) as exc:
        why = exc.why if isinstance(exc, UnsafeFileError) else _why(exc)
        result.checks.append(f"{b.name} cannot be read ({why}); {cp.name} is the one verified here")


def _check_since(since: Path, public_key_path: str | Path, entries: tuple[dict[str, Any], ...],
                 head: int | None, result: VerifyResult) -> None:
    """Consistency with a checkpoint kept earlier: this ledger must hold the same entry at its sequence."""
    try:
        seq, head_hash = read_checkpoint(since, public_key_path)
    except VerificationFailure as exc:
        result.add(exc, f"kept checkpoint {since.name}: ")
        return
    now = head if head is not None else 0
    if seq > len(entries) or seq > now:
        result.fail("ledger_rollback", f"the checkpoint kept from earlier ({since.name}) covers {seq} entries, but "
                    f"this ledger's signed head covers {now} and holds {len(entries)} intact: it was ROLLED BACK "
                    f"(entries {min(now, len(entries)) + 1} to {seq} are gone or no longer signed)")
    elif seq >= 1 and entries[seq - 1]["hash"] != head_hash:
        result.fail("ledger_fork", f"entry {seq} differs from the one the kept checkpoint ({since.name}) signed: "
                    "the ledger's history was rewritten (a fork)")
    else:
        result.checks.append(f"consistency: this ledger extends the kept checkpoint ({since.name}, {seq} entries) "
                             f"to {now} entries")


def _check_erasures_filed(run: Path, run_id: str, filed: tuple[dict[str, Any], ...], result: VerifyResult) -> None:
    """Every erasure envelope in the run folder has its ``erasure`` ledger entry, with its digest."""
    d = run / ERASURE_DIR
    on_disk = {f"{ERASURE_DIR}/{p.name}": p for p in sorted(d.glob("*.dsse.json"))} if d.is_dir() else {}
    by_entry = {e.get("entry"): e for e in filed}
    for rel, p in on_disk.items():
        e = by_entry.get(rel)
        if e is None:
            result.fail("erasure_not_filed", f"{rel} has no erasure entry in the ledger: it was made before "
                        "erasures were filed there, cut off by a crash, or made outside `governed-tuning erase`; if "
                        f"it is yours, file it with `governed-tuning ledger file-erasure {run.name} --key KEY` (it "
                        "is checked against the run's key first)")
        elif p.is_file() and not p.is_symlink() and plain_digest(p) != e.get("entry_sha256"):
            result.fail("erasure_not_filed", f"{rel} differs from the digest ledger entry {e['seq']} files")
        else:
            result.checks.append(f"ledger: erasure {rel} filed at entry {e['seq']}")
    for gone, e in by_entry.items():
        if gone not in on_disk:
            result.fail("erasure_not_filed", f"ledger entry {e['seq']} files erasure {gone} of this run, which is gone "
                        "from the run folder")


def _check_erasures(reports: Path, entries: tuple[dict[str, Any], ...], key: Any, result: VerifyResult) -> None:
    """The data-subject erasure records the ledger files: present, unchanged, signed (subjects/erase.py)."""
    from ..subjects.erase import verify_record

    for e in entries:
        if entry_kind(e) != "subject_erasure":
            continue
        checks, fails = verify_record(reports, str(e.get("record")), e.get("record_sha256"), key)
        result.checks += [f"{c} (ledger entry {e['seq']})" for c in checks]
        for code, message in fails:
            result.fail(code, f"ledger entry {e['seq']}: {message}")


def _check_run_folders(reports: Path, entries: tuple[dict[str, Any], ...], result: VerifyResult) -> None:
    last: dict[str, dict[str, Any]] = {}
    for e in entries:
        if isinstance(e.get("run_id"), str):
            last[e["run_id"]] = e
    removed = [r for r, e in last.items() if entry_kind(e) == "run_removed"]
    missing = []
    for run_id, e in last.items():
        if entry_kind(e) != "run" or not _safe_name(run_id) or "/" in run_id:
            continue
        try:
            is_dir = stat.S_ISDIR(os.lstat(reports / run_id).st_mode)
        except OSError:
            is_dir = False
        if not is_dir:
            missing.append((run_id, e["seq"]))
    for run_id, seq in missing:
        result.fail("missing_run", f"run {run_id} (ledger entry {seq}) has no folder in {reports.name}/ and no "
                    "signed entry records its removal: it was deleted")
    for run_id in removed:
        e = last[run_id]
        result.checks.append(f"run {run_id}: removed, as recorded by signed entry {e['seq']} ({e.get('reason')}, "
                             f"by {e.get('removed_by')})")
    if not missing:
        n = sum(1 for e in last.values() if entry_kind(e) == "run")
        result.checks.append(f"run folders: all {n} runs the ledger records are present")


@functools.lru_cache(maxsize=8)
def _check_ledger_bytes(name: str, data: bytes, cp_name: str, cp_data: bytes | None, public_pem: bytes,
                        allow_unsigned_tail: bool) -> tuple[bool, tuple[tuple[str, str], ...], tuple[str, ...],
                                                            tuple[dict[str, Any], ...], int | None, Index]:
    result, entries, head = _check_ledger(name, data, cp_name, cp_data,
                                          serialization.load_pem_public_key(public_pem), allow_unsigned_tail)
    return (result.ok, tuple((f.code, f.message) for f in result.failures), tuple(result.checks),
            tuple(entries), head, _index(entries))


def _check_ledger(name: str, data: bytes, cp_name: str, cp_data: bytes | None, key: Any,
                  allow_unsigned_tail: bool) -> tuple[VerifyResult, list[dict[str, Any]], int | None]:
    result = VerifyResult()
    entries: list[dict[str, Any]] = []
    lines = data.split(b"\n")
    if lines and lines[-1] == b"":
        lines.pop()
    elif lines:
        result.fail("ledger_break", f"entry {len(lines)}: the last line is incomplete (no line end); the file "
                    "was cut or an append was torn")
    prev, broken = GENESIS, False
    for n, raw in enumerate(lines, start=1):
        try:
            if len(raw) > MAX_LEDGER_LINE_BYTES:
                raise VerificationFailure("ledger_break", f"{len(raw)} bytes, over the {MAX_LEDGER_LINE_BYTES}-byte "
                                          "limit for one entry")
            entry = strict_loads(raw, f"{name} line {n}")
        except VerificationFailure as exc:
            result.fail("ledger_break", f"entry {n}: {exc.message}")
            broken = True
            break
        fields = expected_fields(entry) if isinstance(entry, dict) else set()
        if fields is None:
            result.fail("ledger_break", f"entry {n} has kind {entry.get('kind')!r}, which this verifier does not "
                        f"know (known: {', '.join(KINDS)}); update governed-tuning to read it")
            broken = True
            break
        if not isinstance(entry, dict) or not (set(entry) == fields or ("kind" not in entry and
                                                                         set(entry) == {*fields, "sig"})):
            result.fail("ledger_break", f"entry {n}: not a ledger entry (expected fields "
                        f"{', '.join(sorted(fields or ()))})")
            broken = True
            break
        if entry["hash"] != entry_hash(entry):
            result.fail("ledger_break", f"entry {n} (run {entry.get('run_id')}) was edited: its content no longer "
                        "matches its hash")
            broken = True
            break
        if entry["seq"] != n:
            result.fail("ledger_break", f"entry {n} carries sequence number {entry['seq']}: entries were deleted "
                        "or reordered")
            broken = True
            break
        if entry["prev"] != prev:
            result.fail("ledger_break", f"entry {n} (run {entry.get('run_id')}) does not chain to entry {n - 1}: "
                        "an entry before it was deleted, reordered or replaced")
            broken = True
            break
        if "sig" in entry and not entry_signed_by(entry, key):
            result.fail("bad_signature", f"entry {n} (run {entry.get('run_id')}): its signature does not match its "
                        "content or was made by another key")
            broken = True
            break
        prev = entry["hash"]
        entries.append(entry)
    if not broken:
        signed = sum(1 for e in entries if "sig" in e)
        result.checks.append(f"chain: {len(entries)} entries, each chained to the one before"
                             + (f"; {signed} signed one by one" if signed else ""))

    if cp_data is None:
        result.fail("missing_checkpoint", f"{cp_name} (the signed head of the chain) is missing")
        return result, entries, None
    try:
        head = strict_loads(open_envelope(cp_data, key, CHECKPOINT_PAYLOAD_TYPE, cp_name), cp_name)
    except VerificationFailure as exc:
        if exc.code == "wrong_key":  # then the entries' signatures fail for the same reason: say it once
            result.failures = [f for f in result.failures if f.code != "bad_signature"]
        result.add(exc, "checkpoint: ")
        return result, entries, None
    if not isinstance(head, dict) or not isinstance(head.get("seq"), int) or not isinstance(head.get("hash"), str):
        result.fail("malformed_envelope", f"{cp_name}: the signed head holds no sequence number and hash")
        return result, entries, None
    seq = head["seq"]
    if seq > len(lines):
        result.fail("ledger_truncated", f"the signed checkpoint covers {seq} entries but the ledger holds "
                    f"{len(lines)}: entries {len(lines) + 1} to {seq} were cut off")
    elif not broken and (seq < 1 or entries[seq - 1]["hash"] != head["hash"]):
        result.fail("ledger_break", f"entry {seq} differs from the signed checkpoint of the head")
    elif not broken:
        result.checks.append(f"checkpoint: signed head at entry {seq} matches")
        tail = entries[seq:]
        if tail:
            unsigned = [e["seq"] for e in tail if "sig" not in e]
            span = f"entries {seq + 1} to {len(entries)}" if len(tail) > 1 else f"entry {seq + 1}"
            if not allow_unsigned_tail:
                result.fail("unsigned_tail", f"{span} come after the signed checkpoint (entry {seq}): nothing "
                            "proves they were not cut off or rolled back. Either the checkpoint was put back or an "
                            "append was interrupted (the next run's start covers them); pass --allow-unsigned-tail "
                            "to accept entries each signed on its own")
            elif unsigned:
                result.fail("unsigned_tail", f"entries {', '.join(map(str, unsigned))} come after the signed "
                            "checkpoint and carry no signature of their own: anyone could have written them")
            else:
                result.checks.append(f"{span} after the signed checkpoint are each signed (accepted: "
                                     "--allow-unsigned-tail)")
    return result, entries, seq
