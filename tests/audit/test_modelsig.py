"""Model folders signed in the OpenSSF model-signing format verify with that library alone."""

from __future__ import annotations

from pathlib import Path

from model_signing import verifying

from governed_tuning.audit import modelsig


def _model(tmp_path: Path) -> Path:
    folder = tmp_path / "model"
    (folder / "sub").mkdir(parents=True)
    (folder / "model.safetensors").write_bytes(b"\x00" * 300)
    (folder / "sub" / "tokenizer.json").write_text("{}")
    return folder


def test_sign_then_verify_with_the_model_signing_library_directly(tmp_path, keypairs):
    (key, pub), _ = keypairs
    folder = _model(tmp_path)
    sig = modelsig.sign_model_dir(folder, key)
    assert sig == folder / "model.sig"
    verifying.Config().use_elliptic_key_verifier(public_key=pub).verify(folder, sig)  # raises on mismatch
    assert modelsig.verify_model_dir(folder, pub) is None


def test_a_changed_or_added_file_and_another_key_fail(tmp_path, keypairs):
    (key, pub), (_, other_pub) = keypairs
    folder = _model(tmp_path)
    modelsig.sign_model_dir(folder, key)
    assert modelsig.verify_model_dir(folder, other_pub) is not None
    (folder / "sub" / "tokenizer.json").write_text('{"x": 1}')
    assert "tokenizer.json" in modelsig.verify_model_dir(folder, pub)
    (folder / "sub" / "tokenizer.json").write_text("{}")
    (folder / "added.bin").write_bytes(b"1")
    assert modelsig.verify_model_dir(folder, pub) is not None
    (folder / "model.sig").unlink()
    assert "missing" in modelsig.verify_model_dir(folder, pub)


def test_an_encrypted_key_signs_with_its_passphrase(tmp_path):
    from governed_tuning.audit.keys import generate_keypair

    key, pub = generate_keypair(tmp_path / "k", passphrase="s3cret")
    folder = _model(tmp_path)
    modelsig.sign_model_dir(folder, key, "s3cret")
    assert modelsig.verify_model_dir(folder, pub) is None
