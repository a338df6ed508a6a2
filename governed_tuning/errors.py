"""Errors that carry a diagnosis: which file, line or field is at fault and what was expected.

Policy failures are *data* (a gate's verdict); these are for real errors only. No message built here
ever contains a matched PII value: callers pass positions, field names and reasons, never content.
"""

from __future__ import annotations

from pathlib import Path


class GovernedTuningError(Exception):
    """Base class: every error the CLI turns into a readable message instead of a traceback."""


class PolicyError(GovernedTuningError):
    """A policy file is missing, is not YAML, or does not match the schema."""


class ConfigError(GovernedTuningError):
    """A run configuration or manifest is missing, malformed or does not match its schema."""


class InputError(GovernedTuningError):
    """A data file cannot be read: names the file and, where it applies, the line or record."""

    def __init__(self, path: str | Path, reason: str, line: int | None = None):
        self.path = str(path)
        self.line = line
        self.reason = reason
        where = f"{self.path}:{line}" if line is not None else self.path
        super().__init__(f"{where}: {reason}")
