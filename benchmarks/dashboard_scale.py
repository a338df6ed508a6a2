"""The auditors' dashboard on a large reports folder, side by side with verifying every run by hand.

    .venv/bin/python benchmarks/dashboard_scale.py [--runs 1000] [--reports DIR]
    GT_BENCH_WEIGHTS_KB=4096 .venv/bin/python benchmarks/dashboard_scale.py --runs 100   # 4 MiB of weights a run

Builds ``--runs`` signed run folders (a small record, a model folder with its OpenSSF signature, report.json,
report.html, report.dsse.json and a ledger entry each, written by the real audit writer; reused when --reports
already holds them), then measures in one process:

- ``verify loop``: ``verify_run`` for every run, what an auditor without the dashboard runs
  (``governed-tuning verify`` per folder, minus the process start-ups);
- ``first draw, first start``: the time until the Runs table can be drawn on a first start (nothing hashed yet:
  every row is loaded from its report.json and shown "verifying…");
- ``dashboard, first start``: the Runs page under Streamlit's AppTest with empty caches and an empty state
  folder: every file is hashed once (into the digest cache) and every run verified;
- ``first draw after a restart``: the time until the Runs table can be drawn (every row loaded, its state
  "verifying…" or known) when the process restarts with the digest cache on disk and no verdict in memory;
- ``dashboard, restart``: the whole page after a restart: every run verified again (signatures, model
  signatures, ledger), every file digest from the cache (nothing re-hashed);
- ``dashboard, warm``: the Runs page again in the same process: verdicts are kept under each run's content key;
- ``after one new run``: one more signed run appended: it and the ledger are verified, nothing else.

The ratio printed is the verify loop over the restart (what the issue asks to keep fast: a full re-verification
at start-up) and over the warm page load.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WEIGHTS = bytes(range(256)) * 16
if os.environ.get("GT_BENCH_WEIGHTS_KB"):  # real-sized weights: what a restart would have to re-hash
    WEIGHTS = bytes(range(256)) * 4 * int(os.environ["GT_BENCH_WEIGHTS_KB"])


def record(run_id: str, i: int):
    from governed_tuning.digest import sha256_bytes
    from governed_tuning.gates.base import GateResult
    from governed_tuning.record import Artefact, GateRun, PolicyRef, RunRecord, StageRecord

    verdict = "pass" if i % 7 else "fail"
    return RunRecord(
        run_id=run_id, status="completed" if verdict == "pass" else "blocked", started_at="2026-11-29T10:00:00Z",
        policy=PolicyRef(name="default", path="policies/default.yaml", sha256="ab" * 32, document={"name": "default"}),
        base_model={"name": f"model-{i % 5}", "license": "MIT"},
        gates=[GateRun(scope="stage sft", result=GateResult(gate="pii", verdict="pass", reasons=["0 residual"],
                                                            evidence={"counts_by_type": {"PERSON": i % 11}})),
               GateRun(scope="model", result=GateResult(gate="fairness", verdict=verdict, reasons=["gap"]))],
        stages=[StageRecord(name="sft", kind="sft", status="completed", seed=i, metrics={"loss": [2.0, 1.0 + i % 3]},
                            outputs=[Artefact(path="models/sft/model.safetensors", sha256=sha256_bytes(WEIGHTS),
                                              size=len(WEIGHTS), role="model_file")])],
        releasable=verdict == "pass")


def sign_run(reports: Path, key: Path, i: int) -> None:
    from governed_tuning.audit.report import write_report

    run_id = f"2026{1 + i // 28 // 24 % 12:02d}{1 + i // 24 % 28:02d}T{i % 24:02d}0000Z-{i:06x}"
    run = reports / run_id
    (run / "models" / "sft").mkdir(parents=True, exist_ok=True)
    (run / "models" / "sft" / "model.safetensors").write_bytes(WEIGHTS)
    (run / "models" / "sft" / "config.json").write_text('{"model_type": "llama"}')
    write_report(run, record(run_id, i), key)


def timed(fn) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=1000)
    ap.add_argument("--reports", type=Path, help="reports folder to build in (and reuse); default: a temp folder")
    a = ap.parse_args()
    import logging

    import streamlit as st

    for name in ("streamlit", "streamlit.runtime", "streamlit.runtime.scriptrunner_utils.script_run_context",
                 "streamlit.runtime.caching.cache_data_api"):
        logging.getLogger(name).setLevel(logging.ERROR)  # "no runtime" notes: AppTest runs without a server
    from streamlit.testing.v1 import AppTest

    from governed_tuning.audit import keys, verify
    from governed_tuning.dashboard import listing, settings

    base = a.reports or Path(tempfile.mkdtemp(prefix="gt-dashboard-scale-"))
    reports, keydir = base / "reports", base / "keys"
    if not (keydir / "signing.key").exists():
        keys.generate_keypair(keydir)
    key, pub = keydir / "signing.key", keydir / "signing.pub"
    have = len(listing.list_run_dirs(reports)) if reports.is_dir() else 0
    t_build = timed(lambda: [sign_run(reports, key, i) for i in range(have, a.runs)])
    runs = listing.list_run_dirs(reports)
    print(f"{len(runs)} signed runs in {reports} ({max(0, a.runs - have)} built now, in {t_build:.1f} s)")

    def loop():
        bad = [r for r in runs if not verify.verify_run(r, pub).ok]
        assert not bad, f"{len(bad)} runs did not verify"

    verify._check_ledger_bytes.cache_clear()
    t_loop = timed(loop)

    os.environ[settings.REPORTS_ENV], os.environ[settings.PUBKEYS_ENV] = str(reports), str(pub)
    os.environ[settings.STATE_ENV] = str(base / "dashboard-state")
    shutil.rmtree(base / "dashboard-state", ignore_errors=True)

    def page():
        at = AppTest.from_file(str(ROOT / "governed_tuning" / "dashboard" / "app.py"), default_timeout=3600).run()
        assert not at.exception, [e.value for e in at.exception]
        states = set(at.dataframe[0].value["signature_state"])
        assert states == {"verified"}, states

    def restart():
        st.cache_data.clear()
        st.cache_resource.clear()
        verify._check_ledger_bytes.cache_clear()

    def first_draw():
        from governed_tuning.dashboard import ui

        table = ui.RunsTable(settings.settings_from_env())
        assert len(table.rows) == len(runs) and len(table.pending) == len(runs)

    restart()
    t_draw0 = timed(first_draw)  # nothing hashed yet: every row is drawn "verifying…" without reading weights
    shutil.rmtree(base / "dashboard-state", ignore_errors=True)
    restart()
    t_cold = timed(page)
    restart()
    t_draw = timed(first_draw)
    restart()
    t_restart = timed(page)
    t_warm = min(timed(page) for _ in range(3))
    sign_run(reports, key, len(runs))
    t_new = timed(page)
    print(f"{'':38s} {'seconds':>8s}")
    for name, t in [("verify loop (every run)", t_loop), ("first draw, first start", t_draw0),
                    ("dashboard, first start", t_cold),
                    ("first draw after a restart", t_draw), ("dashboard, restart (all re-verified)", t_restart),
                    ("dashboard, warm", t_warm), ("dashboard, after 1 new run", t_new)]:
        print(f"{name:38s} {t:8.2f}")
    print(f"ratio verify loop / restart: {t_loop / t_restart:.1f}x; verify loop / warm load: {t_loop / t_warm:.0f}x "
          f"on {len(runs)} runs")


if __name__ == "__main__":
    sys.exit(main())
