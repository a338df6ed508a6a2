"""What ``governed-tuning verify`` checks, for a run folder or for the ledger, with the public key given.

Order for a run: the signature over the exact bytes of the envelope's payload (nothing is parsed before it
holds), the statement's type and predicate type, every subject re-hashed on disk (changed, missing and added
files are named), report.json equal to the signed predicate, the run id against the folder (a replayed report),
each model folder's OpenSSF model signature, then the run's ledger entry. Each failure has a stable code.
"""

from __future__ import annotations

import functools
from dataclasses import asdict, dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from cryptography.hazmat.primitives import serialization
from pydantic import ValidationError

from ..digest import sha256_bytes, sha256_file
from . import keys, modelsig
from .ledger import ENTRY_FIELDS, GENESIS, checkpoint_path, entry_hash
from .report import ENVELOPE_NAME, LEDGER_NAME, READABLE_VERSIONS, REPORT_NAME, Report, run_files
from .signing import CHECKPOINT_PAYLOAD_TYPE, PAYLOAD_TYPE, VerificationFailure, open_envelope, parse_statement, \
    strict_loads

CODES = {
    "bad_public_key": "the public key given cannot be used",
    "missing_envelope": "report.dsse.json is missing",
    "malformed_envelope": "the envelope is not a DSSE envelope",
    "malformed_json": "a document is not valid JSON",
    "duplicate_json_key": "a document repeats a key",
    "bad_signature": "the signature does not match the content",
    "wrong_key": "signed by another key than the one given",
    "wrong_payload_type": "the envelope signs another kind of document",
    "wrong_statement_type": "the payload is not an in-toto Statement v1",
    "wrong_predicate_type": "the statement is not a governed-tuning audit report",
    "malformed_statement": "the statement's subjects or predicate are malformed",
    "subject_mismatch": "a signed file changed",
    "missing_artefact": "a signed file is missing",
    "unexpected_artefact": "a file not covered by the signature is present",
    "report_mismatch": "report.json is not the signed report",
    "malformed_report": "the signed report does not match the report schema",
    "replayed_report": "the report belongs to another run or is an older report",
    "model_signature_invalid": "a model folder does not match its OpenSSF model signature",
    "missing_ledger": "the ledger is missing",
    "not_in_ledger": "the run has no ledger entry",
    "ledger_mismatch": "the run's ledger entry names another report",
    "ledger_break": "the hash chain is broken",
    "missing_checkpoint": "the signed ledger checkpoint is missing",
    "ledger_truncated": "entries the signed checkpoint covers are gone",
    "unreadable_file": "a file cannot be read (permissions or an I/O error)",
}


@dataclass
class Failure:
    code: str
    message: str


@dataclass
class VerifyResult:
    ok: bool = True
    failures: list[Failure] = field(default_factory=list)
    checks: list[str] = field(default_factory=list)

    def fail(self, code: str, message: str) -> None:
        self.ok = False
        self.failures.append(Failure(code, message))

    def add(self, exc: VerificationFailure, prefix: str = "") -> None:
        self.fail(exc.code, prefix + exc.message)

    def to_dict(self) -> dict[str, Any]:
        return {"ok": self.ok, "failures": [asdict(f) for f in self.failures], "checks": self.checks}


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


def verify_run(run_dir: str | Path, public_key_path: str | Path, ledger_path: str | Path | None = None) -> VerifyResult:
    """Verify a run folder; ``ledger_path`` None checks ``run_dir.parent/ledger.jsonl`` when it exists.

    A file that cannot be read (permissions, I/O) is a named failure, not a crash: nothing unread is vouched for.
    """
    result = VerifyResult()
    try:
        return _verify_run(Path(run_dir), public_key_path, ledger_path, result)
    except OSError as exc:
        result.fail("unreadable_file", f"{exc.filename or run_dir}: cannot be read ({_why(exc)})")
        return result


def _verify_run(run: Path, public_key_path: str | Path, ledger_path: str | Path | None,
                result: VerifyResult) -> VerifyResult:
    key = _public_key(public_key_path, result)
    if key is None:
        return result
    env_path = run / ENVELOPE_NAME
    if not env_path.is_file():
        result.fail("missing_envelope", f"{env_path} is missing: the run is not signed, nothing proves its report")
        return result
    try:
        payload = open_envelope(env_path.read_bytes(), key, PAYLOAD_TYPE)
        result.checks.append(f"signature: valid, by the public key given (key id {keys.key_id(key)[:16]}...)")
        subjects, predicate = parse_statement(payload)
        result.checks.append(f"statement: in-toto Statement v1, audit report predicate, {len(subjects)} subjects")
    except VerificationFailure as exc:
        result.add(exc)
        return result  # nothing inside an unverified envelope may be trusted or reported

    for name, digest in subjects.items():
        if not _safe_name(name):
            result.fail("malformed_statement", f"subject {name!r} is not a plain path inside the run folder")
            continue
        p = run / name
        if not p.is_file():
            result.fail("missing_artefact", f"{name} is signed but missing from the run folder")
            continue
        try:
            actual = sha256_file(p)
        except OSError as exc:
            result.fail("unreadable_file", f"{name} is signed but cannot be read ({_why(exc)})")
            continue
        if actual != digest:
            what = "model file" if name.startswith("models/") else "file"
            result.fail("subject_mismatch", f"{what} {name} changed after signing (its sha256 differs from the "
                        "signed one)")
    extra = [rel for rel in run_files(run) if rel not in subjects]
    for rel in extra:
        what = "model file" if rel.startswith("models/") else "file"
        result.fail("unexpected_artefact", f"{what} {rel} is in the run folder but not covered by the signature "
                    "(added after signing)")
    if not any(f.code in ("subject_mismatch", "missing_artefact", "unexpected_artefact", "unreadable_file")
               for f in result.failures):
        result.checks.append(f"artefacts: all {len(subjects)} signed files re-hashed and match; no unsigned file")

    report_path = run / REPORT_NAME
    report_sha = None
    if REPORT_NAME not in subjects:
        result.fail("report_mismatch", "report.json is not among the signed subjects")
    if report_path.is_file():
        body = report_path.read_bytes()
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
    if predicate.get("report_version") not in READABLE_VERSIONS:
        result.fail("malformed_report", f"the signed report has version {predicate.get('report_version')!r}; this "
                    f"verifier reads versions {', '.join(READABLE_VERSIONS)}")
        return result
    try:
        report = Report.model_validate(predicate)
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
        why = modelsig.verify_model_dir(folder, public_key_path) if _safe_name(sig) else "unsafe path"
        if why:
            result.fail("model_signature_invalid", f"model folder {PurePosixPath(sig).parent} does not match its "
                        f"OpenSSF model signature: {why}")
        else:
            result.checks.append(f"model signature: {sig} verifies (OpenSSF model-signing, ECDSA P-256)")

    _check_run_in_ledger(run, run_id, report_sha, ledger_path, public_key_path, result)
    return result


def _check_run_in_ledger(run: Path, run_id: str, report_sha: str | None, ledger_path: str | Path | None,
                         public_key_path: str | Path, result: VerifyResult) -> None:
    path = Path(ledger_path) if ledger_path is not None else run.parent / LEDGER_NAME
    if not path.is_file():
        if ledger_path is not None:
            result.fail("missing_ledger", f"ledger {path} not found")
        else:
            result.checks.append(f"ledger: none beside the run folder ({path.name}); ledger not checked")
        return
    sub, entries = _verify_ledger(path, public_key_path)
    for f in sub.failures:
        result.fail(f.code, f"ledger: {f.message}")
    mine = [e for e in entries if e.get("run_id") == run_id]
    if not mine:
        result.fail("not_in_ledger", f"run {run_id} has no entry in {path.name}")
        return
    if report_sha is not None and mine[-1].get("report_sha256") != report_sha:
        older = [e for e in mine[:-1] if e.get("report_sha256") == report_sha]
        if older:
            result.fail("replayed_report", f"report.json is the report of ledger entry {older[0]['seq']}, replaced "
                        f"by entry {mine[-1]['seq']}: an older report was put back")
        else:
            result.fail("ledger_mismatch", f"ledger entry {mine[-1]['seq']} for run {run_id} records another "
                        "report digest than report.json")
        return
    others = [e for e in entries if e.get("report_sha256") == report_sha and e.get("run_id") != run_id]
    if others:
        result.fail("replayed_report", f"this report is recorded in the ledger for run {others[0]['run_id']} "
                    f"(entry {others[0]['seq']})")
        return
    env = run / ENVELOPE_NAME
    if env.is_file() and mine[-1].get("envelope_sha256") != sha256_file(env):
        result.fail("ledger_mismatch", f"ledger entry {mine[-1]['seq']} records another signature envelope")
        return
    result.checks.append(f"ledger: run recorded at entry {mine[-1]['seq']} with this report's digest")


def verify_ledger(ledger_path: str | Path, public_key_path: str | Path) -> VerifyResult:
    """Verify the hash chain of ``ledger.jsonl`` and its signed checkpoint."""
    try:
        return _verify_ledger(Path(ledger_path), public_key_path)[0]
    except OSError as exc:
        result = VerifyResult()
        result.fail("unreadable_file", f"{exc.filename or ledger_path}: cannot be read ({_why(exc)})")
        return result


def _verify_ledger(path: Path, public_key_path: str | Path) -> tuple[VerifyResult, list[dict[str, Any]]]:
    """The result, and the entries of the intact prefix of the chain (shared: read them, do not change them).

    The check itself is memoised on the exact bytes of the ledger, of its checkpoint and of the public key, so
    verifying many runs against one ledger (the dashboard) checks the chain once, not once per run; any change
    to any of those bytes means a full check again.
    """
    result = VerifyResult()
    key = _public_key(public_key_path, result)
    if key is None:
        return result, []
    if not path.is_file():
        result.fail("missing_ledger", f"ledger {path} not found")
        return result, []
    data = path.read_bytes()
    cp = checkpoint_path(path)
    cp_data = cp.read_bytes() if cp.is_file() else None
    ok, failures, checks, entries = _check_ledger_bytes(path.name, data, cp.name, cp_data, keys.public_pem(key))
    return VerifyResult(ok, [Failure(c, m) for c, m in failures], list(checks)), list(entries)


@functools.lru_cache(maxsize=8)
def _check_ledger_bytes(name: str, data: bytes, cp_name: str, cp_data: bytes | None, public_pem: bytes) \
        -> tuple[bool, tuple[tuple[str, str], ...], tuple[str, ...], tuple[dict[str, Any], ...]]:
    result, entries = _check_ledger(name, data, cp_name, cp_data, serialization.load_pem_public_key(public_pem))
    return (result.ok, tuple((f.code, f.message) for f in result.failures), tuple(result.checks),
            tuple(entries))


def _check_ledger(name: str, data: bytes, cp_name: str, cp_data: bytes | None,
                  key: Any) -> tuple[VerifyResult, list[dict[str, Any]]]:
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
            entry = strict_loads(raw, f"{name} line {n}")
        except VerificationFailure as exc:
            result.fail("ledger_break", f"entry {n}: {exc.message}")
            broken = True
            break
        if not isinstance(entry, dict) or set(entry) != {*ENTRY_FIELDS, "hash"}:
            result.fail("ledger_break", f"entry {n}: not a ledger entry (expected fields "
                        f"{', '.join((*ENTRY_FIELDS, 'hash'))})")
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
        prev = entry["hash"]
        entries.append(entry)
    if not broken:
        result.checks.append(f"chain: {len(entries)} entries, each chained to the one before")

    if cp_data is None:
        result.fail("missing_checkpoint", f"{cp_name} (the signed head of the chain) is missing")
        return result, entries
    try:
        head = strict_loads(open_envelope(cp_data, key, CHECKPOINT_PAYLOAD_TYPE, cp_name), cp_name)
    except VerificationFailure as exc:
        result.add(exc, "checkpoint: ")
        return result, entries
    if not isinstance(head, dict) or not isinstance(head.get("seq"), int) or not isinstance(head.get("hash"), str):
        result.fail("malformed_envelope", f"{cp_name}: the signed head holds no sequence number and hash")
        return result, entries
    seq = head["seq"]
    if seq > len(lines):
        result.fail("ledger_truncated", f"the signed checkpoint covers {seq} entries but the ledger holds "
                    f"{len(lines)}: entries {len(lines) + 1} to {seq} were cut off")
    elif not broken and (seq < 1 or entries[seq - 1]["hash"] != head["hash"]):
        result.fail("ledger_break", f"entry {seq} differs from the signed checkpoint of the head")
    elif not broken:
        result.checks.append(f"checkpoint: signed head at entry {seq} matches")
        if len(entries) > seq:
            result.checks.append(f"entries {seq + 1} to {len(entries)} are chained but not yet covered by the "
                                 "signed checkpoint (an append was interrupted; the next one covers them)")
    return result, entries
