"""Model folders signed in the OpenSSF model-signing format, key-based (ECDSA P-256), offline.

The signature is written to ``models/<stage>/model.sig`` and recorded in the signed manifest as ignored, so
anyone can check the weights with the model-signing tool alone::

    model_signing verify key models/sft --signature models/sft/model.sig --public_key signing.pub
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from ..run.folder import MODEL_SIGNATURE

SIGNATURE_NAME = MODEL_SIGNATURE  # the run folder's name for it (run/folder.py)


def _hashing():
    from model_signing import hashing

    return hashing.Config().set_ignored_paths(paths=[SIGNATURE_NAME], ignore_git_paths=True)


def sign_model_dir(model_dir: str | Path, key_path: str | Path, passphrase: str | bytes | None = None) -> Path:
    """Sign every file of ``model_dir`` (except the signature itself); returns the signature path."""
    from model_signing import signing

    from ..fsio import atomic_path

    folder = Path(model_dir)
    secret = passphrase.encode("utf-8") if isinstance(passphrase, str) else passphrase
    sig_path = folder / SIGNATURE_NAME
    config = signing.Config().set_hashing_config(_hashing())
    config.use_elliptic_key_signer(private_key=Path(key_path), password=secret or None)  # type: ignore[arg-type]
    with atomic_path(sig_path) as tmp:
        config.sign(folder, tmp)
    return sig_path


def verify_model_dir(model_dir: str | Path, public_key_path: str | Path,
                     digest: Callable[[Path], str] | None = None) -> str | None:
    """None when ``model_dir`` matches its model.sig under the public key; otherwise why not (no file contents).

    With ``digest`` (the dashboard's restart-proof digest cache) the model-signing library still checks the
    signature and reads the signed manifest, but the folder's files are compared with it through ``digest``
    instead of being hashed again: a start-up re-verification of large models costs one ``fstat`` per file.
    """
    folder = Path(model_dir)
    sig_path = folder / SIGNATURE_NAME
    if not sig_path.is_file():
        return f"{sig_path.as_posix()} is missing"
    try:
        if digest is not None:
            return _compare_with_digests(folder, sig_path, Path(public_key_path), digest)
        from model_signing import verifying

        verifying.Config().use_elliptic_key_verifier(public_key=Path(public_key_path)).set_hashing_config(
            _hashing()).verify(folder, sig_path)
    except Exception as exc:  # noqa: BLE001 - the library raises ValueError and others; all mean "does not verify"
        return f"{type(exc).__name__}: {str(exc)[:500]}"
    return None


def _compare_with_digests(folder: Path, sig_path: Path, public_key_path: Path,
                          digest: Callable[[Path], str]) -> str | None:
    from model_signing._signing import sign_ec_key, sign_sigstore_pb

    expected = sign_ec_key.Verifier(public_key_path).verify(sign_sigstore_pb.Signature.read(sig_path))
    ser = expected.serialization_type
    if ser.get("method") != "files" or ser.get("hash_type") != "sha256" or ser.get("allow_symlinks"):
        raise ValueError(f"model.sig uses serialisation {ser!r}; only per-file sha256 without symlinks is read "
                         "from cached digests")
    signed = {rd.identifier: rd.digest.digest_hex for rd in expected.resource_descriptors()}
    ignored = set(ser.get("ignore_paths") or ()) | {SIGNATURE_NAME}
    actual: dict[str, str] = {}
    for root, dirs, files in os.walk(folder):  # links are not followed (nor allowed: verify names them)
        rel_root = Path(root).relative_to(folder)
        dirs[:] = [d for d in dirs if (rel_root / d).as_posix() not in ignored]
        for name in files:
            rel = (rel_root / name).as_posix()
            if rel not in ignored:
                actual[rel] = digest(Path(root) / name)
    if actual == signed:
        return None
    changed = sorted(k for k in signed.keys() & actual.keys() if signed[k] != actual[k])
    parts = [f"{what}: {', '.join(names)}" for what, names in (
        ("changed", changed), ("missing", sorted(signed.keys() - actual.keys())),
        ("not signed", sorted(actual.keys() - signed.keys()))) if names]
    return "Signature mismatch: " + "; ".join(parts)
