"""Signing keys: one ECDSA P-256 key pair signs reports, the ledger checkpoint and model folders.

P-256 because the OpenSSF model-signing tool verifies elliptic-curve keys offline and rejects Ed25519: one key,
one algorithm. The private key is PKCS#8 PEM (mode 0600, optionally encrypted with a passphrase); the public key
is SubjectPublicKeyInfo PEM. The key id (sha256 of the DER public key) is only a hint: trust comes from the
public key a verifier is given, never from anything inside a report.
"""

from __future__ import annotations

import os
from pathlib import Path

from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec

from ..digest import sha256_bytes
from ..errors import GovernedTuningError
from ..limits import MAX_KEY_BYTES, UnsafeFileError, read_regular

PRIVATE_NAME = "signing.key"
PUBLIC_NAME = "signing.pub"
CURVE = ec.SECP256R1
HASH = hashes.SHA256


class KeyFileError(GovernedTuningError):
    """A key file is missing, is not a PEM key, is the wrong kind of key, or needs another passphrase."""


def _passphrase(passphrase: str | bytes | None) -> bytes | None:
    if passphrase is None or passphrase in ("", b""):
        return None
    return passphrase.encode("utf-8") if isinstance(passphrase, str) else bytes(passphrase)


def _check_curve(key: ec.EllipticCurvePublicKey | object, path: Path) -> None:
    if not isinstance(key, ec.EllipticCurvePublicKey) or not isinstance(key.curve, CURVE):
        kind = type(key).__name__.lstrip("_")
        raise KeyFileError(f"{path}: expected an ECDSA P-256 (secp256r1) key, found {kind}"
                           f"{' on curve ' + key.curve.name if isinstance(key, ec.EllipticCurvePublicKey) else ''}; "
                           "create one with `governed-tuning keygen --out DIR`")


def _publish_new(tmp: Path, dest: Path) -> None:
    """Move ``tmp`` to ``dest`` only if ``dest`` does not exist, atomically: a hard link fails on an existing
    name, so a key another keygen wrote meanwhile is never replaced (a rename would replace it)."""
    try:
        os.link(tmp, dest)
    except FileExistsError:
        raise KeyFileError(f"{dest}: already exists; refusing to overwrite a key (choose another --out folder)") \
            from None
    except OSError:  # a file system without hard links: the check above is the best it allows
        if dest.exists():
            raise KeyFileError(f"{dest}: already exists; refusing to overwrite a key") from None
        os.replace(tmp, dest)
        return
    tmp.unlink()


def generate_keypair(out_dir: str | Path, passphrase: str | bytes | None = None) -> tuple[Path, Path]:
    """Write ``out_dir/signing.key`` (PKCS#8 PEM, mode 0600) and ``out_dir/signing.pub``; never overwrites."""
    out = Path(out_dir)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise KeyFileError(f"{out}: cannot be used as the key folder ({exc.strerror or type(exc).__name__}); "
                           "--out must name a folder, new or existing") from None
    key_path, pub_path = out / PRIVATE_NAME, out / PUBLIC_NAME
    for p in (key_path, pub_path):
        if p.exists():
            raise KeyFileError(f"{p}: already exists; refusing to overwrite a key (choose another --out folder)")
    key = ec.generate_private_key(CURVE())
    secret = _passphrase(passphrase)
    enc = serialization.BestAvailableEncryption(secret) if secret else serialization.NoEncryption()
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, enc)
    pub = key.public_key().public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    tmp = out / f".{PRIVATE_NAME}.{os.getpid()}.tmp"
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)  # never readable by others, not even briefly
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(pem)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, 0o600)
        _publish_new(tmp, key_path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    from ..fsio import atomic_write_bytes

    atomic_write_bytes(pub_path, pub)
    return key_path, pub_path


def load_private_key(path: str | Path, passphrase: str | bytes | None = None) -> ec.EllipticCurvePrivateKey:
    """Load a PEM private key; raises KeyFileError naming the file and what was expected."""
    p = Path(path)
    try:
        data = read_regular(p, MAX_KEY_BYTES, "key file")
    except UnsafeFileError as exc:
        raise KeyFileError(f"{p}: cannot be the private key: it {exc.why}") from None
    except OSError as exc:
        raise KeyFileError(f"{p}: cannot read the private key ({exc.strerror or type(exc).__name__})") from None
    try:
        key = serialization.load_pem_private_key(data, _passphrase(passphrase))
    except TypeError as exc:  # encrypted without passphrase, or a passphrase for an unencrypted key
        raise KeyFileError(f"{p}: {exc}") from None
    except (ValueError, UnsupportedAlgorithm):
        raise KeyFileError(f"{p}: not a PEM private key, or the passphrase is wrong") from None
    _check_curve(key.public_key(), p)
    return key  # type: ignore[return-value]


def load_public_key(path: str | Path) -> ec.EllipticCurvePublicKey:
    """Load a PEM public key (SubjectPublicKeyInfo); raises KeyFileError naming the file."""
    p = Path(path)
    try:
        data = read_regular(p, MAX_KEY_BYTES, "key file")
    except UnsafeFileError as exc:
        raise KeyFileError(f"{p}: cannot be the public key: it {exc.why}") from None
    except OSError as exc:
        raise KeyFileError(f"{p}: cannot read the public key ({exc.strerror or type(exc).__name__})") from None
    try:
        key = serialization.load_pem_public_key(data)
    except (ValueError, UnsupportedAlgorithm):
        raise KeyFileError(f"{p}: not a PEM public key (expected '-----BEGIN PUBLIC KEY-----')") from None
    _check_curve(key, p)
    return key  # type: ignore[return-value]


def public_pem(key: ec.EllipticCurvePublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)


def key_id(key: ec.EllipticCurvePublicKey | ec.EllipticCurvePrivateKey) -> str:
    """sha256 of the DER public key: a hint naming which key signed, never a reason to trust."""
    pub = key.public_key() if isinstance(key, ec.EllipticCurvePrivateKey) else key
    return sha256_bytes(pub.public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo))
