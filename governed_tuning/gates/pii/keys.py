"""The pseudonym key: where it comes from, first-use creation, and a fingerprint an auditor can compare.

Keyed pseudonyms and surrogates are only as private as their key: with it, anyone can test a guessed name
against a token; without it, nobody (not even us) can reproduce the same tokens on the next dataset. So the
key is a secret kept apart from the data, and a first-time user must not be stopped by it either:

1. a configured key always wins: the policy's environment variable, else ``pii.pseudonym_key_file``;
2. else the user's own key in their config folder (``$XDG_CONFIG_HOME/governed-tuning/pseudonym.key``,
   ``~/.config/...`` when XDG_CONFIG_HOME is unset), created on first use: 32 random bytes written as 64 hex
   characters (so the same text can be copied into the environment variable and gives the same pseudonyms),
   mode 0600 in a 0700 folder, created without a race (two first runs at once end with one key).

The evidence records a fingerprint (scrypt of the key under a fixed label, 16 bytes: slow to brute-force even
for a short passphrase given in the environment) and where the key came from, never the key or its path (a
home folder names its user).
"""

from __future__ import annotations

import functools
import hashlib
import os
import secrets
import stat
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from .engine import PiiKeyError

APP_DIR = "governed-tuning"
KEY_FILE = "pseudonym.key"
MIN_KEY_BYTES = 16
_FINGERPRINT_SALT = b"governed-tuning/pseudonym-key-fingerprint/v1"

KeySource = Literal["environment", "policy_file", "user_config"]


def config_dir() -> Path:
    """The user's config folder for governed-tuning (XDG Base Directory: a relative XDG_CONFIG_HOME is ignored)."""
    base = os.environ.get("XDG_CONFIG_HOME", "")
    root = Path(base) if base and os.path.isabs(base) else Path.home() / ".config"
    return root / APP_DIR


def default_key_path() -> Path:
    return config_dir() / KEY_FILE


@functools.lru_cache(maxsize=8)
def fingerprint(key: bytes) -> str:
    """A short, stable, non-reversible name for a key: two runs with the same fingerprint used the same key.
    Remembered per key in this process: scrypt takes 16 MB and a tenth of a second, every scrub asked again."""
    return hashlib.scrypt(key, salt=_FINGERPRINT_SALT, n=2**14, r=8, p=1, dklen=16).hex()


@dataclass(frozen=True)
class PseudonymKey:
    key: bytes = field(repr=False)
    source: KeySource
    created: bool = False  # made by this call (first use)
    path: Path | None = field(default=None, repr=False)  # for the user's terminal only, never the evidence

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.key)

    def evidence(self) -> dict:
        return {"source": self.source, "fingerprint": f"scrypt:{self.fingerprint}", "created_now": self.created}


def _announce_stderr(line: str) -> None:
    print(line, file=sys.stderr, flush=True)


def _check_length(key: bytes, where: str) -> bytes:
    if len(key) < MIN_KEY_BYTES:
        raise PiiKeyError(f"the pseudonym key (from {where}) is {len(key)} bytes; expected at least {MIN_KEY_BYTES} "
                          f"(e.g. `python -c 'import secrets; print(secrets.token_hex(32))'`)")
    return key


def _read_key_file(p: Path, what: str) -> bytes:
    try:
        st = p.stat()
    except FileNotFoundError:
        raise PiiKeyError(f"{what}: {p} does not exist; expected a file holding the secret key") from None
    except OSError as exc:
        raise PiiKeyError(f"{what}: {p} cannot be read ({exc.strerror})") from None
    if not stat.S_ISREG(st.st_mode):
        raise PiiKeyError(f"{what}: {p} is not a regular file; expected a file holding the secret key")
    if st.st_size > 4096:
        raise PiiKeyError(f"{what}: {p} is {st.st_size} bytes; a key file holds one line (at most 4096 bytes)")
    try:
        return p.read_bytes().strip()
    except OSError as exc:
        raise PiiKeyError(f"{what}: {p} cannot be read ({exc.strerror})") from None


def _create(path: Path) -> bool:
    """Write a new random key at ``path`` unless one is there; True when this call made it. The key is
    written to a private temporary file and linked into place, so a reader never sees half a key and two
    concurrent first runs agree on one key."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    tmp = path.parent / f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp"
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "w", encoding="ascii") as fh:
            fh.write(secrets.token_hex(32) + "\n")
            fh.flush()
            os.fsync(fh.fileno())
        try:
            os.link(tmp, path)  # fails if another process made the key first: theirs is used
        except FileExistsError:
            return False
        return True
    finally:
        tmp.unlink(missing_ok=True)


def resolve_key(env_name: str, key_file: str | None, *, create: bool = True,
                announce: Callable[[str], None] | None = _announce_stderr) -> PseudonymKey | None:
    """The key to use: the environment variable, else the policy's key file, else the user's config key
    (created on first use when ``create``; ``announce`` gets one line saying where, and that it must be kept
    secret and backed up). None only when nothing is configured and ``create`` is false and no user key exists."""
    value = os.environ.get(env_name)
    if value:
        return PseudonymKey(_check_length(value.encode("utf-8"), f"the environment variable {env_name}"),
                            "environment")
    if key_file:
        p = Path(key_file).expanduser()
        return PseudonymKey(_check_length(_read_key_file(p, "pii.pseudonym_key_file"), "pii.pseudonym_key_file"),
                            "policy_file", path=p)
    path = default_key_path()
    made = False
    if not path.exists():
        if not create:
            return None
        try:
            made = _create(path)
        except OSError as exc:
            raise PiiKeyError(f"no pseudonym key is configured ({env_name} is unset, pii.pseudonym_key_file is not "
                              f"given) and a new one cannot be created at {path} ({exc.strerror}); set "
                              f"{env_name} or XDG_CONFIG_HOME") from None
    mode = path.stat().st_mode if path.exists() else 0
    if mode & 0o077:
        raise PiiKeyError(f"{path}: the pseudonym key is readable by other users (mode {stat.S_IMODE(mode):04o}); "
                          f"run `chmod 600 {path}`")
    key = _check_length(_read_key_file(path, "pseudonym key"), str(path))
    if made and announce is not None:
        announce(f"governed-tuning: created a pseudonym key at {path} (mode 0600); keep it secret and back it up: "
                 f"it decides every pseudonym and surrogate, and without it they cannot be reproduced")
    return PseudonymKey(key, "user_config", created=made, path=path)
