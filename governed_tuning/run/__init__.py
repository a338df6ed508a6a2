"""One governed run: gates before and after each TRL stage, then the signed report.

runner.py holds the run today; the public names are re-exported here.
"""

from .recovery import close_stale_runs
from .runner import AUDIT_MODULE, GATE_MODULES, Progress, Run, RunOutcome, hardware, new_run_id, optional_module, \
    run_config, safe_error, software_versions

__all__ = ["AUDIT_MODULE", "close_stale_runs", "GATE_MODULES", "Progress", "Run", "RunOutcome", "hardware", "new_run_id",
           "optional_module", "run_config", "safe_error", "software_versions"]
