"""The run's provenance and gate verdicts as standard in-toto attestations, signed with the run key.

``report.dsse.json`` signs our own report predicate, which only ``governed-tuning verify`` understands. These
statements say the same facts in the shapes other supply-chain tools read:

- ``intoto/provenance.dsse.json``: an in-toto Statement v1 with an **SLSA Provenance v1** predicate. Subjects:
  every file of the model folders the run wrote (the run record when it wrote none). ``buildDefinition``: our
  build type, the run config and the policy with their digests as external parameters, every dataset and base
  model the licence gate checked (and the PII gate read) with its sha256 as resolved dependencies. ``runDetails``:
  the builder (governed-tuning and its library versions), the run id and times, and the PII gate's scrubbed
  copies as byproducts.
- ``intoto/gates/<scope>/<gate>.dsse.json``: one **in-toto Test Result v0.1** per gate verdict: the policy (with
  its digest) as the configuration, PASSED or FAILED (a gate that asks for review or found its evidence
  insufficient blocks release, so it is FAILED, never WARNED), each check by name, and as subjects the gate's
  evidence files and what it judged (the scrubbed copy, the model folder).

Every statement is a DSSE envelope with a Sigstore bundle beside it (:mod:`.bundle`). All of them are written
before the report is signed, so ``report.dsse.json`` covers them too. PII-free: built from the record, which is.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import quote

from cryptography.hazmat.primitives.asymmetric import ec

from .. import __version__
from ..digest import sha256_bytes
from ..record import GateRun, RunRecord
from ..run import folder
from .bundle import write_signed
from .signing import PAYLOAD_TYPE, STATEMENT_TYPE, canonical_json, sign_envelope

SLSA_PROVENANCE = "https://slsa.dev/provenance/v1"
TEST_RESULT = "https://in-toto.io/attestation/test-result/v0.1"
BUILD_TYPE = "https://governed-tuning.dev/buildtypes/governed-run/v1"
BUILDER_ID = "https://governed-tuning.dev/builder/governed-tuning/v1"
GATE_EXTENSION = "https://governed-tuning.dev/attestation/gate/v1"  # extension field: the gate's own words
PREDICATE_TYPES = (SLSA_PROVENANCE, TEST_RESULT)
PROVENANCE = f"{folder.INTOTO}/provenance.dsse.json"

Write = Callable[[Path, bytes], None]


def _get(obj: Any, key: str, default: Any = None) -> Any:
    """A field of typed evidence or of a legacy mapping alike."""
    try:
        value = obj.get(key, default)
    except AttributeError:
        return default
    return default if value is None else value


def _rd(name: str, sha256: str | None = None, **extra: Any) -> dict[str, Any]:
    """An in-toto ResourceDescriptor (fields left out when empty)."""
    out: dict[str, Any] = {"name": name}
    if sha256:
        out["digest"] = {"sha256": sha256}
    for k, v in extra.items():
        if k == "annotations" and isinstance(v, dict):
            v = {a: b for a, b in v.items() if b is not None}
        if v not in (None, {}, []):
            out[k] = v
    return out


def _statement(subjects: dict[str, str], predicate_type: str, predicate: dict[str, Any]) -> dict[str, Any]:
    return {"_type": STATEMENT_TYPE,
            "subject": [{"name": n, "digest": {"sha256": d}} for n, d in sorted(subjects.items())],
            "predicateType": predicate_type, "predicate": predicate}


def _under(digests: dict[str, str], prefix: str) -> dict[str, str]:
    return {rel: sha for rel, sha in digests.items() if rel.startswith(prefix + "/")}


def _policy(record: RunRecord) -> dict[str, Any]:
    p = record.policy
    return _rd(PurePosixPath(p.path).name or p.name, p.sha256,
               annotations={"policy": p.name, "origin": p.origin, "basedOn": p.based_on})


def _url(source: Any) -> str | None:
    return source if isinstance(source, str) and source.startswith(("http://", "https://")) else None


# --------------------------------------------------------------------------- SLSA provenance


def _dependencies(record: RunRecord) -> list[dict[str, Any]]:
    """Every dataset and model the licence gate checked, the base model, and any input the PII gate read that
    the licence gate did not list (by digest)."""
    out: list[dict[str, Any]] = []
    names: set[str] = set()
    for g in record.gates:
        if g.result.gate != "license":
            continue
        for s in _get(g.result.evidence, "sources", []):
            name, sha, source = _get(s, "name"), _get(s, "sha256"), _get(s, "source")
            url = _url(source)
            out.append(_rd(str(name), sha, uri=url or (None if sha else f"urn:governed-tuning:source:{quote(str(name))}"),
                           annotations={"kind": _get(s, "kind"), "license": _get(s, "license"),
                                        "licenseVerdict": _get(s, "verdict"), "revision": _get(s, "revision"),
                                        "source": None if url else source, "hubId": _get(s, "hub_id")}))
            names.add(str(name))
    bm = record.base_model or {}
    if bm.get("name") and bm["name"] not in names:
        out.append(_rd(str(bm["name"]), bm.get("sha256"),
                       uri=_url(bm.get("source")) or (None if bm.get("sha256") else
                                                      f"urn:governed-tuning:source:{quote(str(bm['name']))}"),
                       annotations={"kind": "model", "license": bm.get("license")}))
    known = {d.get("digest", {}).get("sha256") for d in out}
    for g in record.gates:
        sha = _get(g.result.evidence, "input_sha256") if g.result.gate == "pii" else None
        if sha and sha not in known:
            out.append(_rd(f"input of the PII gate ({g.scope})", sha, annotations={"kind": "dataset"}))
            known.add(sha)
    return out


def provenance(record: RunRecord, digests: dict[str, str]) -> dict[str, Any]:
    """The SLSA Provenance v1 statement of the run; ``digests`` maps the run folder's files to their sha256."""
    subjects = _under(digests, folder.MODELS) or {folder.RUN_RECORD: digests[folder.RUN_RECORD]}
    scrubbed = _under(digests, folder.DATA)
    metadata = {"invocationId": record.run_id, "startedOn": record.started_at}
    if record.finished_at:
        metadata["finishedOn"] = record.finished_at
    predicate = {
        "buildDefinition": {
            "buildType": BUILD_TYPE,
            "externalParameters": {
                "config": record.config,
                "configDigest": {"sha256": sha256_bytes(canonical_json(record.config))},
                "policy": _policy(record),
            },
            "internalParameters": {"hardware": record.hardware, "status": record.status,
                                   "releasable": record.releasable},
            "resolvedDependencies": _dependencies(record),
        },
        "runDetails": {
            "builder": {"id": BUILDER_ID, "version": {"governed-tuning": __version__, **record.software}},
            "metadata": metadata,
            "byproducts": [_rd(rel, sha, annotations={"role": "scrubbed_dataset"})
                           for rel, sha in sorted(scrubbed.items())],
        },
    }
    return _statement(subjects, SLSA_PROVENANCE, predicate)


# --------------------------------------------------------------------------- gate verdicts as Test Results


def _scope_folder(scope: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "-", scope).strip("-") or "run"


def _judged(g: GateRun, digests: dict[str, str], record: RunRecord) -> dict[str, str]:
    """The run-folder files a gate verdict is about: its own evidence, and what it judged."""
    out = {a.path: digests[a.path] for a in g.artefacts if a.path in digests}
    words = g.scope.split()
    if g.result.gate == "license":
        out.update({n: digests[n] for n in (folder.BOM, folder.NOTICE) if n in digests})
    elif len(words) == 2 and words[0] == "stage":
        out.update(_under(digests, f"{folder.DATA}/{words[1]}"))
    elif words and words[0] == "model":
        stage = words[1] if len(words) == 2 else _get(g.result.evidence, "model")
        out.update(_under(digests, f"{folder.MODELS}/{stage}") if stage else _under(digests, folder.MODELS))
    return out or {folder.RUN_RECORD: digests[folder.RUN_RECORD]}


def _tests(g: GateRun) -> tuple[list[str], list[str], list[str]]:
    """(passed, warned, failed) test names: the gate itself, and each fairness check by metric."""
    base = f"{g.result.gate}:{g.scope}"
    passed: list[str] = []
    warned: list[str] = []
    failed: list[str] = []
    (passed if g.result.passed else failed).append(base)
    for c in _get(g.result.evidence, "checks", []):
        metric, status = _get(c, "metric"), _get(c, "status")
        if not metric:
            continue
        name = f"{base}:{metric}"
        {"pass": passed, "fail": failed}.get(status, warned).append(name)
    return passed, warned, failed


def gate_result(g: GateRun, record: RunRecord, digests: dict[str, str]) -> dict[str, Any]:
    """One gate verdict as an in-toto Test Result v0.1 statement."""
    passed, warned, failed = _tests(g)
    predicate = {"result": "PASSED" if g.result.passed else "FAILED", "configuration": [_policy(record)],
                 "passedTests": passed, "warnedTests": warned, "failedTests": failed,
                 GATE_EXTENSION: {"gate": g.result.gate, "scope": g.scope, "verdict": g.result.verdict,
                                  "reasons": list(g.result.reasons), "runId": record.run_id}}
    return _statement(_judged(g, digests, record), TEST_RESULT, predicate)


def _gate_paths(gates: Iterable[GateRun]) -> list[str]:
    taken: set[str] = set()
    out = []
    for g in gates:
        ev = next((a.path for a in g.artefacts if a.path.startswith(folder.GATES + "/") and a.path.endswith(".json")),
                  None)
        stem = (PurePosixPath(ev).with_suffix("").as_posix()[len(folder.GATES) + 1:] if ev else
                f"{_scope_folder(g.scope)}/{g.result.gate}")
        rel, n = f"{folder.INTOTO}/gates/{stem}.dsse.json", 2
        while rel in taken:
            rel, n = f"{folder.INTOTO}/gates/{stem}-{n}.dsse.json", n + 1
        taken.add(rel)
        out.append(rel)
    return out


# --------------------------------------------------------------------------- writing


def statements(record: RunRecord, digests: dict[str, str]) -> dict[str, dict[str, Any]]:
    """Every statement of the run by its envelope's path in the run folder."""
    out = {PROVENANCE: provenance(record, digests)}
    for rel, g in zip(_gate_paths(record.gates), record.gates):
        out[rel] = gate_result(g, record, digests)
    return out


def write_statements(run: Path, record: RunRecord, private: ec.EllipticCurvePrivateKey, digests: dict[str, str],
                     write: Write) -> dict[str, str]:
    """Sign and write every statement (DSSE envelope and Sigstore bundle) with ``write``; returns the new files'
    sha256 by path. ``digests`` holds the run folder's files as they stand (nothing is hashed twice)."""
    if folder.RUN_RECORD not in digests:
        return {}
    written: dict[str, str] = {}
    for rel, st in statements(record, digests).items():
        env = sign_envelope(json.dumps(st, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode(),
                            PAYLOAD_TYPE, private)
        for path, data in write_signed(run / rel, env, private, write).items():
            written[path.relative_to(run).as_posix()] = sha256_bytes(data)
    return written


# --------------------------------------------------------------------------- reading (verify)


def read_statement(payload: bytes, what: str) -> tuple[dict[str, str], str, dict[str, Any]]:
    """A verified payload as ``({subject name: sha256}, predicateType, predicate)``; raises VerificationFailure
    (``statement_invalid``) unless it is a Statement v1 of one of our standard predicate types."""
    from .signing import VerificationFailure, strict_loads

    st = strict_loads(payload, what)
    if not isinstance(st, dict) or st.get("_type") != STATEMENT_TYPE or \
            st.get("predicateType") not in PREDICATE_TYPES or not isinstance(st.get("predicate"), dict):
        raise VerificationFailure("statement_invalid", f"{what} is not an in-toto Statement v1 of "
                                  f"{' or '.join(PREDICATE_TYPES)}")
    subjects: dict[str, str] = {}
    raw = st.get("subject")
    for s in raw if isinstance(raw, list) else []:
        name = s.get("name") if isinstance(s, dict) else None
        digest = s.get("digest") if isinstance(s, dict) else None
        sha = digest.get("sha256") if isinstance(digest, dict) else None
        if not isinstance(name, str) or not isinstance(sha, str) or name in subjects:
            raise VerificationFailure("statement_invalid", f"{what}: a subject lacks a unique name or a sha256")
        subjects[name] = sha
    if not subjects:
        raise VerificationFailure("statement_invalid", f"{what} lists no subjects")
    return subjects, st["predicateType"], st["predicate"]
