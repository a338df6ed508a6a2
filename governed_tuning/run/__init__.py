"""One governed run: gates before and after each TRL stage, then the signed report.

runner.py is the loop, phases.py one adapter per gate, release.py the release decision, folder.py every path
of the run folder, preflight.py the checks before anything is written, recovery.py the runs a crash left open.

The names below are imported when first asked for (PEP 562), not with the package: ``folder`` is read by
``verify``, the report, the exports and the dashboard, and importing the runner with it pulled in every gate and
TRL (~4-6 CPU s for each ``governed-tuning verify`` and each dashboard server start, measured by suite14).
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from .recovery import close_stale_runs
    from .runner import Progress, Run, RunOutcome, hardware, new_run_id, run_config, safe_error, software_versions

__all__ = ["close_stale_runs", "Progress", "Run", "RunOutcome", "hardware", "new_run_id", "run_config",
           "safe_error", "software_versions"]

_HOME = {"close_stale_runs": ".recovery"} | {n: ".runner" for n in __all__ if n != "close_stale_runs"}


def __getattr__(name: str) -> Any:
    if name in _HOME:
        value = getattr(import_module(_HOME[name], __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
