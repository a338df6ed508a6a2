"""Rebuild the golden signed run under tests/assets/golden/ (only when the report format changes on purpose).

    .venv/bin/python tests/audit/golden.py

Writes ``reports/`` (one signed run, its ledger and checkpoint) and ``signing.pub``; the private key is thrown
away, so the golden run can never be re-signed: it must keep verifying as it is.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
GOLDEN = HERE.parent / "assets" / "golden"
RUN_ID = "20261128T170000Z-901de0"


def build(out: Path = GOLDEN) -> None:
    sys.path.insert(0, str(HERE))
    from audit_fixtures import lay_out, make_record

    from governed_tuning.audit.keys import generate_keypair
    from governed_tuning.audit.report import write_report

    with tempfile.TemporaryDirectory() as tmp:
        key, pub = generate_keypair(Path(tmp) / "keys")
        if (out / "reports").exists():
            shutil.rmtree(out / "reports")
        run = lay_out(out / "reports", RUN_ID)
        write_report(run, make_record(run), key)
        shutil.copy(pub, out / "signing.pub")
    (out / "reports" / "ledger.jsonl.lock").unlink(missing_ok=True)


if __name__ == "__main__":
    build()
