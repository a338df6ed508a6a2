"""Key pairs: PKCS#8 PEM mode 0600, optional passphrase, P-256 only, never overwritten, key id a digest."""

from __future__ import annotations

import hashlib
import stat

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519

from governed_tuning.audit import keys


def test_generate_writes_a_private_pkcs8_key_readable_by_the_owner_only(tmp_path):
    key_path, pub_path = keys.generate_keypair(tmp_path / "k")
    assert (key_path.name, pub_path.name) == ("signing.key", "signing.pub")
    assert stat.S_IMODE(key_path.stat().st_mode) == 0o600
    assert key_path.read_bytes().startswith(b"-----BEGIN PRIVATE KEY-----")
    assert pub_path.read_bytes().startswith(b"-----BEGIN PUBLIC KEY-----")
    private, public = keys.load_private_key(key_path), keys.load_public_key(pub_path)
    assert isinstance(private.curve, ec.SECP256R1)
    assert keys.public_pem(private.public_key()) == keys.public_pem(public)
    der = public.public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    assert keys.key_id(public) == keys.key_id(private) == hashlib.sha256(der).hexdigest()


def test_passphrase_encrypts_the_key_and_a_wrong_one_is_a_named_error(tmp_path):
    key_path, _ = keys.generate_keypair(tmp_path, passphrase="correct horse")
    assert key_path.read_bytes().startswith(b"-----BEGIN ENCRYPTED PRIVATE KEY-----")
    assert keys.load_private_key(key_path, b"correct horse") is not None
    with pytest.raises(keys.KeyFileError, match=str(key_path)):
        keys.load_private_key(key_path, "wrong")
    with pytest.raises(keys.KeyFileError, match="encrypted"):
        keys.load_private_key(key_path)


def test_existing_keys_are_never_overwritten(tmp_path):
    key_path, _ = keys.generate_keypair(tmp_path)
    before = key_path.read_bytes()
    with pytest.raises(keys.KeyFileError, match="already exists"):
        keys.generate_keypair(tmp_path)
    assert key_path.read_bytes() == before


def test_a_key_written_by_a_concurrent_keygen_after_the_check_is_not_replaced(tmp_path, monkeypatch):
    real_generate = keys.ec.generate_private_key

    def racing(curve):  # another keygen wins the race between our existence check and our write
        (tmp_path / "signing.key").write_bytes(b"the other keygen's key")
        return real_generate(curve)

    monkeypatch.setattr(keys.ec, "generate_private_key", racing)
    with pytest.raises(keys.KeyFileError, match="already exists"):
        keys.generate_keypair(tmp_path)
    assert (tmp_path / "signing.key").read_bytes() == b"the other keygen's key"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["signing.key"]  # no temp file, no mismatched .pub


def test_keys_other_than_p256_are_refused_with_the_file_named(tmp_path):
    ed = ed25519.Ed25519PrivateKey.generate()
    (tmp_path / "ed.key").write_bytes(ed.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                                       serialization.NoEncryption()))
    (tmp_path / "p384.pub").write_bytes(ec.generate_private_key(ec.SECP384R1()).public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo))
    with pytest.raises(keys.KeyFileError, match="ed.key: expected an ECDSA P-256"):
        keys.load_private_key(tmp_path / "ed.key")
    with pytest.raises(keys.KeyFileError, match="secp384r1"):
        keys.load_public_key(tmp_path / "p384.pub")
    (tmp_path / "junk.pub").write_text("not a key")
    with pytest.raises(keys.KeyFileError, match="junk.pub: not a PEM public key"):
        keys.load_public_key(tmp_path / "junk.pub")
    with pytest.raises(keys.KeyFileError, match="missing.key: cannot read"):
        keys.load_private_key(tmp_path / "missing.key")


def test_an_out_folder_that_is_a_file_is_a_named_error(tmp_path):
    (tmp_path / "taken").write_text("not a folder")
    with pytest.raises(keys.KeyFileError, match="taken: cannot be used as the key folder"):
        keys.generate_keypair(tmp_path / "taken")
