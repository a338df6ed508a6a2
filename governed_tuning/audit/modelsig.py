"""Model folders signed in the OpenSSF model-signing format, key-based (ECDSA P-256), offline.

The signature is written to ``models/<stage>/model.sig`` and recorded in the signed manifest as ignored, so
anyone can check the weights with the model-signing tool alone::

    model_signing verify key models/sft --signature models/sft/model.sig --public_key signing.pub
"""

from __future__ import annotations

from pathlib import Path

SIGNATURE_NAME = "model.sig"


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


def verify_model_dir(model_dir: str | Path, public_key_path: str | Path) -> str | None:
    """None when ``model_dir`` matches its model.sig under the public key; otherwise why not (no file contents)."""
    from model_signing import verifying

    folder = Path(model_dir)
    sig_path = folder / SIGNATURE_NAME
    if not sig_path.is_file():
        return f"{sig_path.as_posix()} is missing"
    try:
        verifying.Config().use_elliptic_key_verifier(public_key=Path(public_key_path)).set_hashing_config(
            _hashing()).verify(folder, sig_path)
    except Exception as exc:  # noqa: BLE001 - the library raises ValueError and others; all mean "does not verify"
        return f"{type(exc).__name__}: {str(exc)[:500]}"
    return None
