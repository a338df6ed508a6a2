"""First use of the pseudonym key: created once in the user's config folder, private, reused; a configured key
always wins; the evidence carries a fingerprint, never the key or its path."""

import os
import stat

import pytest

from governed_tuning.gates.pii.keys import default_key_path, fingerprint, resolve_key

ENV = "GT_TEST_PSEUDONYM_KEY"


@pytest.fixture
def xdg(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.delenv(ENV, raising=False)
    return tmp_path / "config"


def test_first_use_creates_a_private_key_and_says_where(xdg):
    lines = []
    k = resolve_key(ENV, None, announce=lines.append)
    path = xdg / "governed-tuning" / "pseudonym.key"
    assert default_key_path() == path and k.path == path
    assert k.source == "user_config" and k.created
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert len(bytes.fromhex(path.read_text().strip())) == 32  # 32 random bytes, written as hex
    assert len(lines) == 1 and str(path) in lines[0] and "secret" in lines[0] and "back it up" in lines[0]
    assert k.key.decode() not in lines[0]
    # reused, silently, on the next run
    again = resolve_key(ENV, None, announce=lines.append)
    assert again.key == k.key and not again.created and len(lines) == 1


def test_a_configured_key_always_wins(xdg, tmp_path, monkeypatch):
    resolve_key(ENV, None, announce=None)  # a user key exists
    f = tmp_path / "team.key"
    f.write_text("team-key-0123456789abcdef\n")
    from_file = resolve_key(ENV, str(f))
    assert from_file.source == "policy_file" and from_file.key == b"team-key-0123456789abcdef"
    monkeypatch.setenv(ENV, "env-key-0123456789abcdef")
    from_env = resolve_key(ENV, str(f))
    assert from_env.source == "environment" and from_env.key == b"env-key-0123456789abcdef"


def test_no_key_is_created_when_creation_is_off(xdg):
    assert resolve_key(ENV, None, create=False) is None
    assert not default_key_path().exists()


def test_a_key_readable_by_others_is_refused(xdg):
    from governed_tuning.gates.pii.engine import PiiKeyError

    resolve_key(ENV, None, announce=None)
    os.chmod(default_key_path(), 0o644)
    with pytest.raises(PiiKeyError, match="chmod 600"):
        resolve_key(ENV, None)


def test_short_keys_are_refused(xdg, monkeypatch):
    from governed_tuning.gates.pii.engine import PiiKeyError

    monkeypatch.setenv(ENV, "short")
    with pytest.raises(PiiKeyError, match="at least 16"):
        resolve_key(ENV, None)


def test_fingerprint_names_the_key_without_revealing_it(xdg):
    k = resolve_key(ENV, None, announce=None)
    ev = k.evidence()
    assert ev["fingerprint"] == f"scrypt:{fingerprint(k.key)}" and len(fingerprint(k.key)) == 32
    assert k.key.decode() not in str(ev) and str(xdg) not in str(ev)
    assert fingerprint(b"a" * 32) != fingerprint(b"b" * 32)
    assert "key" not in repr(k) or k.key.decode() not in repr(k)
