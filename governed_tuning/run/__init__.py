"""One governed run: gates before and after each TRL stage, then the signed report.

runner.py is the loop, phases.py one adapter per gate, release.py the release decision, folder.py every path
of the run folder, preflight.py the checks before anything is written, recovery.py the runs a crash left open.
"""

from .recovery import close_stale_runs
from .runner import Progress, Run, RunOutcome, hardware, new_run_id, run_config, safe_error, software_versions

__all__ = ["close_stale_runs", "Progress", "Run", "RunOutcome", "hardware", "new_run_id", "run_config",
           "safe_error", "software_versions"]
