"""Sigstore bundles (v0.3) of our DSSE envelopes, so that tools we did not write can check them.

A bundle is the same DSSE envelope, byte for byte, wrapped with its verification material: here a public-key
hint and no transparency-log entry (``tlogEntries: []``), exactly as OpenSSF model-signing writes key-based
signatures of model weights. The bundle is built and read through ``sigstore_models`` (the pydantic models of
Sigstore's protobuf-specs that sigstore-python and model-signing use), so field names and shapes are theirs.

The hint follows model-signing: the hex sha256 of the public key's PEM (SubjectPublicKeyInfo), which is what
``model_signing``'s key verifier compares. It is a hint only (the DSSE ``keyid`` stays our key id, the sha256 of
the DER key): trust comes from the public key the verifier is given.

``report.dsse.json`` gets ``report.sigstore.json``; ``intoto/<x>.dsse.json`` gets ``intoto/<x>.sigstore.json``.
A bundle adds no trust of its own: ``verify`` checks that it holds the very envelope beside it.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec

from ..fsio import atomic_write_bytes
from .signing import VerificationFailure, envelope_bytes, strict_loads

MEDIA_TYPE = "application/vnd.dev.sigstore.bundle.v0.3+json"
ENVELOPE_SUFFIX = ".dsse.json"
BUNDLE_SUFFIX = ".sigstore.json"


def bundle_name(envelope_name: str) -> str:
    """The bundle's file name beside an envelope: ``x.dsse.json`` -> ``x.sigstore.json``
    (``x.json`` -> ``x.sigstore.json`` for envelopes not named ``.dsse.json``)."""
    if envelope_name.endswith(ENVELOPE_SUFFIX):
        return envelope_name[: -len(ENVELOPE_SUFFIX)] + BUNDLE_SUFFIX
    stem = envelope_name[:-5] if envelope_name.endswith(".json") else envelope_name
    return stem + BUNDLE_SUFFIX


def key_hint(key: ec.EllipticCurvePublicKey | ec.EllipticCurvePrivateKey) -> str:
    """model-signing's public-key hint: hex sha256 of the PEM SubjectPublicKeyInfo."""
    pub = key.public_key() if isinstance(key, ec.EllipticCurvePrivateKey) else key
    pem = pub.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    return hashlib.sha256(pem).hexdigest()


def to_bundle(envelope: dict[str, Any], key: ec.EllipticCurvePublicKey | ec.EllipticCurvePrivateKey) -> dict[str, Any]:
    """The Sigstore bundle v0.3 (JSON form) holding ``envelope``, validated by ``sigstore_models``."""
    from sigstore_models.bundle.v1 import Bundle

    doc = {"mediaType": MEDIA_TYPE,
           "verificationMaterial": {"publicKey": {"hint": key_hint(key)}, "tlogEntries": []},
           "dsseEnvelope": {"payload": envelope["payload"], "payloadType": envelope["payloadType"],
                            "signatures": [{k: s[k] for k in ("sig", "keyid") if k in s}
                                           for s in envelope["signatures"]]}}
    Bundle.from_dict(doc)  # the protobuf-specs shape, or a ValidationError here rather than a bad file on disk
    return doc


def bundle_bytes(bundle: dict[str, Any]) -> bytes:
    return (json.dumps(bundle, indent=2, sort_keys=True) + "\n").encode("utf-8")


def write_signed(path: Path, envelope: dict[str, Any], key: ec.EllipticCurvePrivateKey,
                 write: Callable[[Path, bytes], None] = atomic_write_bytes) -> dict[Path, bytes]:
    """Write a DSSE envelope at ``path``, then its Sigstore bundle beside it; returns what was written, by path.
    Any command that signs a statement calls this, so no envelope goes without its bundle. The envelope is
    written before the bundle is even built: a kill in between costs the copy, never the signature."""
    env = envelope_bytes(envelope)
    write(path, env)
    bundle = bundle_bytes(to_bundle(envelope, key))
    write(path.with_name(bundle_name(path.name)), bundle)
    return {path: env, path.with_name(bundle_name(path.name)): bundle}


def _raw(value: Any, what: str) -> bytes:
    if not isinstance(value, str):
        raise VerificationFailure("bundle_mismatch", f"{what} is not a base64 string")
    try:
        return base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise VerificationFailure("bundle_mismatch", f"{what} is not valid base64") from None


def _signatures(env: dict[str, Any], what: str) -> list[tuple[bytes, Any]]:
    sigs = env.get("signatures")
    if not isinstance(sigs, list):
        raise VerificationFailure("bundle_mismatch", f"{what} holds no signature list")
    return [(_raw(s.get("sig") if isinstance(s, dict) else None, f"{what}: signature {i + 1}"),
             s.get("keyid") or None) for i, s in enumerate(sigs)]


def check_bundle(data: bytes, envelope: bytes, what: str) -> None:
    """Raise :class:`VerificationFailure` (``bundle_mismatch``) unless ``data`` is a Sigstore bundle v0.3 with a
    public-key hint, no transparency-log entry, and exactly the DSSE envelope ``envelope`` (same payload bytes,
    payload type and signatures). The envelope itself is verified elsewhere, with the key."""
    from pydantic import ValidationError
    from sigstore_models.bundle.v1 import Bundle

    doc = strict_loads(data, what)
    try:
        Bundle.from_dict(doc)
    except ValidationError as exc:
        first = exc.errors()[0]
        raise VerificationFailure("bundle_mismatch", f"{what} is not a Sigstore bundle (at "
                                  f"{'.'.join(str(x) for x in first['loc'])}: {first['msg']})") from None
    if doc.get("mediaType") != MEDIA_TYPE:
        raise VerificationFailure("bundle_mismatch", f"{what} has media type {doc.get('mediaType')!r}, not {MEDIA_TYPE}")
    material = doc["verificationMaterial"]
    if "publicKey" not in material or material.get("tlogEntries"):
        raise VerificationFailure("bundle_mismatch", f"{what} is not a key-based bundle without a transparency-log "
                                  "entry, as governed-tuning writes them")
    inner, outer = doc.get("dsseEnvelope"), strict_loads(envelope, what + "'s envelope")
    if not isinstance(inner, dict) or not isinstance(outer, dict):
        raise VerificationFailure("bundle_mismatch", f"{what} holds no DSSE envelope")
    same = (_raw(inner.get("payload"), f"{what}: payload") == _raw(outer.get("payload"), "envelope payload")
            and inner.get("payloadType") == outer.get("payloadType")
            and _signatures(inner, what) == _signatures(outer, "envelope"))
    if not same:
        raise VerificationFailure("bundle_mismatch", f"{what} holds another envelope than the one beside it (payload, "
                                  "type or signatures differ)")


def write_bundle_of(envelope_path: Path, key: ec.EllipticCurvePrivateKey,
                    write: Callable[[Path, bytes], None] = atomic_write_bytes) -> Path:
    """Write the Sigstore bundle of the DSSE envelope already at ``envelope_path`` (for writers that put the
    envelope down themselves); returns the bundle's path."""
    out = envelope_path.with_name(bundle_name(envelope_path.name))
    write(out, bundle_bytes(to_bundle(json.loads(envelope_path.read_bytes()), key)))
    return out
