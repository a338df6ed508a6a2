"""Dashboard settings from the environment and the names every dashboard module shares.

No Streamlit here: every function is testable on its own (split out of the former dashboard/data.py).
"""


from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from governed_tuning.digest import sha256_file
from governed_tuning.limits import UnsafeFileError
from governed_tuning.run import folder

REPORTS_ENV = "GOVERNED_TUNING_REPORTS"
PUBKEYS_ENV = "GOVERNED_TUNING_PUBKEYS"
STATE_ENV = "GOVERNED_TUNING_STATE"
DEFAULT_REPORTS = "reports"
RUN_ID_RE = re.compile(r"^(\d{8}T\d{6}Z)-[0-9a-f]{6}$")

# the run folder's names (run/folder.py)
REPORT, ENVELOPE, HTML, LEDGER = folder.REPORT, folder.ENVELOPE, folder.HTML, folder.LEDGER
RUN_JSON = folder.RUN_RECORD
CHECKPOINT = "ledger.checkpoint.json"

NO_KEY_REASON = "no trusted public key configured (GOVERNED_TUNING_PUBKEYS or --pubkey)"  # PUBKEYS_ENV
SignatureState = Literal["verified", "invalid", "unsigned", "unchecked", "incomplete", "verifying"]
VERDICT_ORDER = {"pass": 0, "review": 1, "insufficient": 2, "fail": 3}


# --------------------------------------------------------------------------- settings


@dataclass(frozen=True)
class Settings:
    reports_dir: Path
    pubkeys: tuple[Path, ...]
    state_dir: Path = Path(".")

    @property
    def ledger_path(self) -> Path:
        return self.reports_dir / LEDGER

    @property
    def digest_db(self) -> Path:
        """The digest cache (content digests keyed on file identity and change stamps), kept across restarts."""
        return self.state_dir / "digests.sqlite"

    @property
    def kept_checkpoint(self) -> Path:
        """The last ledger checkpoint verified for this reports folder and these keys: the dashboard's memory,
        against which a later ledger must be consistent (a rollback shows)."""
        h = hashlib.sha256(f"{self.reports_dir.resolve()}\0{keys_digest(self.pubkeys)}".encode()).hexdigest()[:16]
        return self.state_dir / f"checkpoint-{h}.json"


def settings_from_env(environ: dict[str, str] | None = None) -> Settings:
    """Reports folder from GOVERNED_TUNING_REPORTS (default ``reports/``); trusted public keys from
    GOVERNED_TUNING_PUBKEYS, separated by ``os.pathsep``; the dashboard's own state (digest cache, last verified
    ledger checkpoint) in GOVERNED_TUNING_STATE (default ``~/.cache/governed-tuning/dashboard``), never in the
    reports folder, which stays read-only."""
    env = os.environ if environ is None else environ
    reports = Path(env.get(REPORTS_ENV) or DEFAULT_REPORTS).expanduser()
    keys = tuple(Path(k).expanduser() for k in (env.get(PUBKEYS_ENV) or "").split(os.pathsep) if k.strip())
    cache_home = Path(env.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    state = Path(env.get(STATE_ENV) or cache_home / "governed-tuning" / "dashboard").expanduser()
    return Settings(reports_dir=reports, pubkeys=keys, state_dir=state)


def keys_digest(pubkeys: tuple[Path, ...]) -> str:
    """Cache key of the trusted keys: their paths and contents (a replaced key means fresh verification)."""
    h = hashlib.sha256()
    for k in pubkeys:
        h.update(str(k).encode() + b"\0")
        try:
            h.update(sha256_file(k).encode())
        except (OSError, UnsafeFileError):
            h.update(b"missing")
    return h.hexdigest()
