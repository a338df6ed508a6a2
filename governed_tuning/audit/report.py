"""The audit report: a versioned, PII-free document built from the RunRecord, signed and filed in the ledger.

``write_report`` writes, in the run folder, ``report.json`` (the :class:`Report`, which is also the predicate
of the signed statement), ``report.html`` (for compliance officers), ``report.dsse.json`` (an in-toto Statement
v1 in a DSSE envelope whose subjects are every file of the run folder with its sha256), signs each
``models/<stage>/`` folder in the OpenSSF model-signing format, and appends the run to the ledger. A crashed or
blocked run is signed too: the report says what happened, whatever it was.

For tools we did not write (:mod:`.exports`, written before the report, so the report covers them): the
released model as CycloneDX 1.6 with its modelCard and as SPDX 3.0 (AI and Dataset profiles), and the run's
provenance (SLSA v1) and each gate verdict (in-toto Test Result) as statements of their own under ``intoto/``
(:mod:`.intoto`). Every envelope, ``report.dsse.json`` included, is also written as a Sigstore bundle v0.3
(:mod:`.bundle`; ``report.sigstore.json`` comes after the envelope, which cannot sign it).
"""

from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path
from typing import Literal

from pydantic import Field

from .. import __version__
from ..digest import sha256_bytes, sha256_file
from ..errors import GovernedTuningError
from ..fsio import atomic_write_bytes
from ..record import Artefact, RunRecord
from ..run import folder
from ..schema import StrictModel
from . import exports, keys, ledger, modelsig
from .bundle import bundle_bytes, to_bundle
from .regulatory import RegulatorySection, regulatory_section, release_blockers
from .signing import PAYLOAD_TYPE, PREDICATE_TYPE, envelope_bytes, sign_envelope, statement

# 3: the record holds each stage's compute and the sources' declared disclosure facts (record.py), and the run
# folder its regulatory documents (documents/, audit/documents/);
# 2: each gate's evidence is a typed model (gates/<gate>/evidence.py) and the regulatory section lists provisions
# by the policy's jurisdictions, "evidence supplied" or "not evidenced" (audit/regulatory.py); 1: free-form
# evidence and a flat regulatory list with "met" rows.
REPORT_VERSION = "3"
READABLE_VERSIONS = ("1", "2", "3")
# the run folder's names are the RunFolder's (run/folder.py); kept here under the names callers import
REPORT_NAME, HTML_NAME, ENVELOPE_NAME, LEDGER_NAME = folder.REPORT, folder.HTML, folder.ENVELOPE, folder.LEDGER

Status = Literal["met", "not_met", "review", "not_evidenced"]


class RegulatoryItem(StrictModel):
    """Report version 1 only (kept so that version 1 reports still verify): one provision and its evidence. Version 2
    writes a :class:`~governed_tuning.audit.regulatory.RegulatorySection` instead, which never says "met"."""

    framework: str = Field(description="GDPR, CCPA or EU AI Act.")
    provision: str = Field(description="Article or section, e.g. 'Art. 5(1)(c)'.")
    title: str = Field(description="What the provision asks for, in a few words.")
    status: Status = Field(description="met: the evidence shows it; not_met: the evidence shows it is not; "
                           "review: a human must decide; not_evidenced: this run holds no evidence for it.")
    evidence: list[str] = Field(default_factory=list, description="Where in this report the answer is.")


class Summary(StrictModel):
    verdict: Literal["releasable", "blocked", "failed", "incomplete"] = Field(
        description="releasable: every stage completed and every gate passed; blocked: a gate stopped the run or "
        "its release; failed: an error stopped the run; incomplete: the run had not finished.")
    headline: str = Field(description="One sentence for the top of the page.")
    reasons: list[str] = Field(default_factory=list, description="Why, from the run record.")
    gate_verdicts: dict[str, int] = Field(default_factory=dict, description="Number of gate results per verdict.")


class SigningInfo(StrictModel):
    signed: bool = Field(description="Whether report.dsse.json signs this report.")
    algorithm: str = Field("ecdsa-p256-sha256", description="Signature algorithm.")
    key_id: str | None = Field(None, description="sha256 of the signer's public key: a hint, never a reason to "
                               "trust. Trust comes from the public key the verifier is given.")
    predicate_type: str = PREDICATE_TYPE
    payload_type: str = PAYLOAD_TYPE
    model_signatures: list[str] = Field(default_factory=list, description="OpenSSF model-signing signatures "
                                        "(one per model folder), relative to the run folder.")
    ledger: str | None = Field(None, description="Ledger file the run was appended to (its name).")
    ledger_seq: int | None = Field(None, description="The entry of that ledger this report was appended at "
                                   "(reserved before signing, so it is inside the signature): a report re-filed at "
                                   "another position, or a ledger rolled back below it, is caught.")


class Report(StrictModel):
    report_version: str = Field(REPORT_VERSION, description="Version of this schema.")
    generated_at: str
    generator: dict[str, str] = Field(default_factory=dict, description="Tool name and version that wrote it.")
    summary: Summary
    record: RunRecord = Field(description="The run record: who ran what and when, policy, gates, stages.")
    regulatory: RegulatorySection | list[RegulatoryItem] = Field(default_factory=list, description="Provisions "
                                                                 "of the policy's jurisdictions with the evidence "
                                                                 "supplied or what is missing, and the facts a "
                                                                 "person attests (version 1: a flat list).")
    artefacts: list[Artefact] = Field(default_factory=list, description="Every file of the run folder (except "
                                      "the report files) with its sha256, as signed.")
    signing: SigningInfo
    how_to_verify: list[str] = Field(default_factory=list)


# --------------------------------------------------------------------------- building the report


def _role(rel: str, known: dict[str, str]) -> str:
    """The role the record gave the file, else the one the run folder's layout gives it."""
    return known.get(rel) or folder.role_of(rel)


def run_files(run_dir: Path) -> list[str]:
    """Every regular file of the run folder, relative posix paths, sorted (the envelope excluded)."""
    return folder.RunFolder(Path(run_dir)).files()


def _known_roles(record: RunRecord) -> dict[str, str]:
    known: dict[str, str] = {}
    for a in record.artefacts:
        known[a.path] = a.role
    for g in record.gates:
        for a in g.artefacts:
            known[a.path] = a.role
    for s in record.stages:
        for a in [*s.inputs, *s.outputs]:
            known[a.path] = a.role
    return known


def _summary(record: RunRecord) -> Summary:
    counts: dict[str, int] = {}
    for g in record.gates:
        counts[g.result.verdict] = counts.get(g.result.verdict, 0) + 1
    if record.status == "failed":
        verdict, head = "failed", "The run FAILED with an error; nothing it produced may be released."
    elif record.status == "crashed":
        verdict, head = "failed", ("The run CRASHED: its process ended without closing it (killed, out of memory "
                                   "or the machine stopped); nothing it produced may be released.")
    elif record.status == "running":
        verdict, head = "incomplete", "The run had not finished when this report was written."
    elif record.releasable:
        verdict, head = "releasable", "Every stage completed and every gate passed: the model may be released."
    else:
        verdict, head = "blocked", "The run is BLOCKED: a gate did not pass, so the model must not be released."
    reasons = list(record.release_reasons)
    blockers = [b for b in release_blockers(record) if b not in reasons]
    if blockers and verdict == "releasable":  # a record that says releasable while required facts are missing
        verdict, head = "blocked", "The run is BLOCKED: governance facts the policy requires are missing."
    reasons += blockers
    for g in record.gates:
        if g.result.verdict != "pass":
            reasons.extend(f"{g.result.gate} gate ({g.scope}): {r}" for r in g.result.reasons[:3])
    return Summary(verdict=verdict, headline=head, reasons=reasons, gate_verdicts=counts)


def build_report(run_dir: Path, record: RunRecord, *, key_id: str | None, signed: bool,
                 model_signatures: list[str], ledger_name: str | None, ledger_seq: int | None = None,
                 digests: dict[str, str] | None = None) -> Report:
    """The report of ``record``; ``digests`` (path -> sha256 of the run folder's files) saves hashing twice."""
    known = _known_roles(record)
    skip = {REPORT_NAME, HTML_NAME}
    if digests is None:
        digests = {rel: sha256_file(run_dir / rel) for rel in run_files(run_dir) if rel not in skip}
    artefacts = [Artefact(path=rel, sha256=sha, size=(run_dir / rel).stat().st_size, role=_role(rel, known))
                 for rel, sha in sorted(digests.items()) if rel not in skip]
    return Report(
        generated_at=datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        generator={"name": "governed-tuning", "version": __version__},
        summary=_summary(record), record=record, regulatory=regulatory_section(record, signed),
        artefacts=artefacts,
        signing=SigningInfo(signed=signed, key_id=key_id, model_signatures=model_signatures, ledger=ledger_name,
                            ledger_seq=ledger_seq),
        how_to_verify=[
            f"governed-tuning verify reports/{record.run_id} --pubkey signing.pub",
            "governed-tuning verify --ledger reports/ledger.jsonl --pubkey signing.pub",
            *(f"model_signing verify key {Path(s).parent.as_posix()} --signature {s} --public_key signing.pub"
              for s in model_signatures),
            "report.dsse.json, intoto/*.dsse.json and their .sigstore.json bundles are standard DSSE envelopes and "
            "Sigstore bundles v0.3; model.cdx.json (CycloneDX 1.6) and bom.spdx.json (SPDX 3.0.1) validate against "
            "their published schemas: the README's section for auditors gives the commands.",
            "Use the public key you obtained from the signer directly; the key id in this report is only a hint."])


def report_bytes(report: Report) -> bytes:
    return (json.dumps(report.model_dump(mode="json"), indent=2, ensure_ascii=False) + "\n").encode("utf-8")


# --------------------------------------------------------------------------- writing and signing


class ReportWriteError(GovernedTuningError):
    """The report could not be written (a full disk, an I/O error): the run is left unsigned, and says so."""


def write_report(run_dir: str | Path, record: RunRecord, key_path: str | Path | None = None, *,
                 ledger_path: str | Path | None = None, passphrase: str | bytes | None = None) -> Path:
    """Write report.json, report.html and (with a key) report.dsse.json, model signatures and the ledger entry.

    Returns the path of report.json. Without ``key_path`` the report is written unsigned (``signing.signed``
    false) and nothing is appended to the ledger.

    Order, so that a full disk or a kill at any step never leaves a report claiming a signature it lacks: the
    run folder's files are hashed first (outside the ledger's lock); then, holding the lock, the next ledger
    position is reserved and named inside the report, report.html and the envelope are written, and only then
    report.json (``signed: true``) and the ledger entry. A write that fails removes what this call wrote of the
    report and raises :class:`ReportWriteError` naming the cause.
    """
    run = Path(run_dir)
    private = keys.load_private_key(key_path, passphrase) if key_path is not None else None
    ledger_file = Path(ledger_path) if ledger_path is not None else folder.RunFolder(run).ledger
    written: list[Path] = []
    try:
        skip = {REPORT_NAME, HTML_NAME, ENVELOPE_NAME}
        if private is None:
            digests = {rel: sha256_file(run / rel) for rel in run_files(run) if rel not in skip}
            digests.update(exports.write_exports(run, record, None, digests,
                                                 lambda path, data: _write(path, data, written)))
            report = build_report(run, record, key_id=None, signed=False, model_signatures=[], ledger_name=None,
                                  digests=digests)
            _write(run / HTML_NAME, _html(report), written)
            _write(run / REPORT_NAME, report_bytes(report), written)
            return run / REPORT_NAME
        sigs: list[str] = []
        models = run / folder.MODELS
        for model_dir in sorted(p for p in models.iterdir() if p.is_dir()) if models.is_dir() else []:
            if any(f.is_file() for f in model_dir.rglob("*")):
                sig = modelsig.sign_model_dir(model_dir, key_path, passphrase)  # type: ignore[arg-type]
                sigs.append(sig.relative_to(run).as_posix())
        exports.clear(run)
        digests = {rel: sha256_file(run / rel) for rel in run_files(run) if rel not in skip}
        digests.update(exports.write_exports(run, record, private, digests,
                                             lambda path, data: _write(path, data, written)))
        with ledger.reserve(ledger_file, private) as position:
            report = build_report(run, record, key_id=keys.key_id(private), signed=True, model_signatures=sigs,
                                  ledger_name=ledger_file.name, ledger_seq=position.seq, digests=digests)
            body, html = report_bytes(report), _html(report)
            subjects = {**digests, REPORT_NAME: sha256_bytes(body), HTML_NAME: sha256_bytes(html)}
            payload = json.dumps(statement(subjects, json.loads(body)), sort_keys=True, separators=(",", ":"),
                                 ensure_ascii=False).encode("utf-8")
            signed_env = sign_envelope(payload, PAYLOAD_TYPE, private)
            env = envelope_bytes(signed_env)
            _write(run / HTML_NAME, html, written)
            _write(run / ENVELOPE_NAME, env, written)
            _write(run / folder.REPORT_BUNDLE, bundle_bytes(to_bundle(signed_env, private)), written)
            _write(run / REPORT_NAME, body, written)  # signed: true, only now that the envelope is in place
            position.append("run", run_id=record.run_id, report_sha256=sha256_bytes(body),
                            envelope_sha256=sha256_bytes(env))
        return run / REPORT_NAME
    except OSError as exc:
        for p in reversed(written):
            try:
                p.unlink()
            except OSError:
                pass
        exports.clear(run)
        why = exc.strerror or type(exc).__name__
        raise ReportWriteError(f"{run}: the report could not be written ({why}, at {exc.filename or 'a write'}); "
                               "the run is not signed and its report is not in the ledger. Free space (or fix the "
                               "cause), then sign it: its run.json still records what happened") from None


def _html(report: Report) -> bytes:
    from .html import render_html

    return render_html(report).encode("utf-8")


def _write(path: Path, data: bytes, written: list[Path]) -> None:
    atomic_write_bytes(path, data)
    written.append(path)
