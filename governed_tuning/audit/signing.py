"""DSSE envelopes around in-toto Statements v1, signed with ECDSA P-256 / SHA-256 through ``cryptography``.

The signature covers the DSSE pre-authentication encoding (PAE) of the payload type and the payload bytes,
with byte lengths. A verifier checks the signature over the exact payload bytes *before* parsing them, then
parses them strictly (duplicate JSON keys are rejected: two parsers must never read two different documents).
"""

from __future__ import annotations

import base64
import binascii
import json
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric import ec

from ..limits import MAX_JSON_DEPTH, json_depth_exceeds
from .keys import HASH, key_id

PAYLOAD_TYPE = "application/vnd.in-toto+json"
STATEMENT_TYPE = "https://in-toto.io/Statement/v1"
PREDICATE_TYPE = "https://governed-tuning.dev/attestation/audit-report/v1"
CHECKPOINT_PAYLOAD_TYPE = "application/vnd.governed-tuning.ledger-checkpoint+json"
MAX_SIGNATURES = 16


class VerificationFailure(Exception):
    """One failed check, with a stable code for machines and a message for an auditor."""

    def __init__(self, code: str, message: str):
        self.code = code
        self.message = message
        super().__init__(f"{code}: {message}")


def pae(payload_type: str, payload: bytes) -> bytes:
    """DSSE v1 pre-authentication encoding: ``DSSEv1 SP len(type) SP type SP len(body) SP body`` (byte lengths)."""
    t = payload_type.encode("utf-8")
    return b"DSSEv1 %d %s %d %s" % (len(t), t, len(payload), payload)


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for k, v in pairs:
        if k in out:
            raise ValueError(f"duplicate key {k!r}")
        out[k] = v
    return out


def strict_loads(data: bytes | str, what: str) -> Any:
    """Parse JSON, rejecting duplicate keys, NaN/Infinity, invalid UTF-8 and nesting deeper than
    MAX_JSON_DEPTH (checked before parsing, so no recursion limit is ever reached); raises VerificationFailure."""
    def bad_constant(name: str) -> Any:
        raise ValueError(f"non-standard JSON constant {name}")

    if json_depth_exceeds(data):
        raise VerificationFailure("malformed_json", f"{what} is nested deeper than {MAX_JSON_DEPTH} levels; "
                                  "refused unparsed (no document of ours nests that deep)")
    try:
        text = data.decode("utf-8") if isinstance(data, bytes) else data
        return json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=bad_constant)
    except UnicodeDecodeError:
        raise VerificationFailure("malformed_json", f"{what} is not valid UTF-8") from None
    except RecursionError:
        raise VerificationFailure("malformed_json", f"{what} is nested too deeply to parse; refused") from None
    except json.JSONDecodeError as exc:
        raise VerificationFailure("malformed_json", f"{what} is not valid JSON (line {exc.lineno}, column "
                                  f"{exc.colno}: {exc.msg})") from None
    except ValueError as exc:
        code = "duplicate_json_key" if "duplicate key" in str(exc) else "malformed_json"
        raise VerificationFailure(code, f"{what} is ambiguous JSON: {exc}; a document with repeated keys can be "
                                  "read two ways, so it is rejected") from None


def canonical_json(obj: Any) -> bytes:
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def sign_envelope(payload: bytes, payload_type: str, private_key: ec.EllipticCurvePrivateKey) -> dict[str, Any]:
    """A DSSE envelope holding ``payload``, signed over its PAE."""
    sig = private_key.sign(pae(payload_type, payload), ec.ECDSA(HASH()))
    return {"payload": base64.b64encode(payload).decode("ascii"), "payloadType": payload_type,
            "signatures": [{"keyid": key_id(private_key), "sig": base64.b64encode(sig).decode("ascii")}]}


def envelope_bytes(envelope: dict[str, Any]) -> bytes:
    return (json.dumps(envelope, indent=2, sort_keys=True) + "\n").encode("utf-8")


def _b64(value: Any, what: str) -> bytes:
    if not isinstance(value, str):
        raise VerificationFailure("malformed_envelope", f"{what} must be a base64 string")
    try:
        return base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise VerificationFailure("malformed_envelope", f"{what} is not valid base64") from None


def open_envelope(data: bytes, public_key: ec.EllipticCurvePublicKey, expected_type: str,
                  what: str = "report.dsse.json") -> bytes:
    """Verify a DSSE envelope with ``public_key`` and return the exact payload bytes it signs.

    Order: envelope shape, then the signature over PAE(payloadType, payload) as they stand in the file, then
    the payload type. Nothing inside the payload is read before the signature holds.
    """
    env = strict_loads(data, what)
    if not isinstance(env, dict) or set(env) - {"payload", "payloadType", "signatures"} or \
            not {"payload", "payloadType", "signatures"} <= set(env):
        raise VerificationFailure("malformed_envelope", f"{what} is not a DSSE envelope (expected exactly the "
                                  "fields payload, payloadType, signatures)")
    payload_type = env["payloadType"]
    if not isinstance(payload_type, str):
        raise VerificationFailure("malformed_envelope", f"{what}: payloadType must be a string")
    payload = _b64(env["payload"], f"{what}: payload")
    sigs = env["signatures"]
    if not isinstance(sigs, list) or not sigs:
        raise VerificationFailure("malformed_envelope", f"{what} holds no signatures")
    if len(sigs) > MAX_SIGNATURES:  # each is an ECDSA verification: 600,000 fit in a 64 MiB envelope
        raise VerificationFailure("malformed_envelope", f"{what} holds {len(sigs)} signatures; at most "
                                  f"{MAX_SIGNATURES} are read")
    message = pae(payload_type, payload)
    expected_id = key_id(public_key)
    hints = []
    for i, s in enumerate(sigs):
        if not isinstance(s, dict) or not isinstance(s.get("sig"), str) or set(s) - {"sig", "keyid"}:
            raise VerificationFailure("malformed_envelope", f"{what}: signature {i + 1} must be an object with "
                                      "'sig' (base64) and an optional 'keyid'")
        raw = _b64(s["sig"], f"{what}: signature {i + 1}")
        hints.append(s.get("keyid"))
        try:
            public_key.verify(raw, message, ec.ECDSA(HASH()))
        except InvalidSignature:
            continue
        break
    else:
        if expected_id not in hints:
            named = ", ".join(str(h)[:16] for h in hints if h) or "no key id"
            raise VerificationFailure("wrong_key", f"{what} was not signed by the public key you gave (key id "
                                      f"{expected_id[:16]}...); its signature names another key ({named}...). "
                                      "Ask the signer for their public key, or treat the report as untrusted.")
        raise VerificationFailure("bad_signature", f"{what}: the signature does not match the signed content; "
                                  "the payload, its type or the signature was altered after signing")
    if payload_type != expected_type:
        raise VerificationFailure("wrong_payload_type", f"{what} is signed as {payload_type!r}, not as "
                                  f"{expected_type!r}; it is some other signed document, not this kind of report")
    return payload


def statement(subjects: dict[str, str], predicate: dict[str, Any]) -> dict[str, Any]:
    """An in-toto Statement v1: ``subjects`` maps name (path relative to the run folder) to sha256."""
    return {"_type": STATEMENT_TYPE,
            "subject": [{"name": n, "digest": {"sha256": d}} for n, d in sorted(subjects.items())],
            "predicateType": PREDICATE_TYPE, "predicate": predicate}


def parse_statement(payload: bytes) -> tuple[dict[str, str], dict[str, Any]]:
    """Check a verified payload is our Statement; return ``({name: sha256}, predicate)``."""
    st = strict_loads(payload, "the signed statement")
    if not isinstance(st, dict) or st.get("_type") != STATEMENT_TYPE:
        got = st.get("_type") if isinstance(st, dict) else type(st).__name__
        raise VerificationFailure("wrong_statement_type", f"the signed payload is not an in-toto Statement v1 "
                                  f"(_type {got!r}, expected {STATEMENT_TYPE!r})")
    if st.get("predicateType") != PREDICATE_TYPE:
        raise VerificationFailure("wrong_predicate_type", f"the statement's predicateType is "
                                  f"{st.get('predicateType')!r}, not a governed-tuning audit report "
                                  f"({PREDICATE_TYPE!r})")
    subjects: dict[str, str] = {}
    raw = st.get("subject")
    if not isinstance(raw, list) or not raw:
        raise VerificationFailure("malformed_statement", "the statement lists no subjects")
    for s in raw:
        name = s.get("name") if isinstance(s, dict) else None
        digest = s.get("digest", {}).get("sha256") if isinstance(s, dict) and isinstance(s.get("digest"), dict) else None
        if not isinstance(name, str) or not isinstance(digest, str) or name in subjects:
            raise VerificationFailure("malformed_statement", "a statement subject lacks a unique name or a sha256 "
                                      "digest")
        subjects[name] = digest
    if not isinstance(st.get("predicate"), dict):
        raise VerificationFailure("malformed_statement", "the statement holds no report predicate")
    return subjects, st["predicate"]
