"""Runs under torchrun and accelerate launch: gates, scrub, signing and the ledger once, on rank 0.

The two end-to-end tests start real launchers with two CPU processes (gloo) on the tiny model; the others check
the meeting protocol of distributed.py on an in-memory store, without a process group.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from governed_tuning.cli import app
from governed_tuning.demo import demo_key, prepare
from governed_tuning.record import ErrorInfo, RunRecord
from governed_tuning.run import distributed
from governed_tuning.run.distributed import Cluster, DistributedError

# torchrun and accelerate launch each open the default rendezvous port (29500): their runs share one worker
pytestmark = pytest.mark.xdist_group("distributed")

ENTRY = Path(__file__).with_name("dist_entry.py")
BIN = Path(sys.executable).parent
PLANTED = ("Jane Roe", "jane.roe@example.com")  # in the failure dist_entry.py plants on rank 1


def project(tmp_path: Path) -> Path:
    """The tiny model, data with planted PII and a one-stage SFT config (2 steps, short sequences)."""
    setup = prepare(tmp_path / "work", reports=tmp_path / "reports")
    cfg = yaml.safe_load(setup.config_path.read_text())
    cfg["stages"] = [{"kind": "sft", "dataset": "support-chats",
                      "args": {"max_steps": 2, "per_device_train_batch_size": 2, "max_length": 128}}]
    setup.config_path.write_text(yaml.safe_dump(cfg))
    return setup.config_path


def launch(launcher: list[str], cfg_path: Path, *extra: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "GOVERNED_TUNING_PSEUDONYM_KEY": "0" * 64, "OMP_NUM_THREADS": "1",
           "HF_HOME": str(cfg_path.parent / "hf-home")}  # no accelerate config of the user's is read
    cmd = [*launcher, str(ENTRY), *extra, "run", str(cfg_path), "--key", str(demo_key(cfg_path.parent))]
    return subprocess.run(cmd, cwd=cfg_path.parent, env=env, capture_output=True, text=True, timeout=280)


def one_run(reports: Path) -> Path:
    """The reports folder holds exactly one run, with exactly one report, and the ledger exactly one entry."""
    runs = [p for p in reports.iterdir() if p.is_dir()]
    assert len(runs) == 1, runs
    assert (runs[0] / "report.json").is_file() and (runs[0] / "report.dsse.json").is_file()
    entries = [json.loads(line) for line in (reports / "ledger.jsonl").read_text().splitlines() if line.strip()]
    assert len(entries) == 1
    return runs[0]


def verify(run_dir: Path, cfg_path: Path) -> str:
    """``governed-tuning verify`` on the run folder, in this process: the same command and checks as on the
    command line, without a fresh interpreter importing the package again (6.4 CPU seconds measured, 0.3 here)."""
    pub = demo_key(cfg_path.parent).with_suffix(".pub")
    res = CliRunner().invoke(app, ["verify", str(run_dir), "--pubkey", str(pub)])
    assert res.exit_code == 0, res.output
    assert "VERIFIED" in res.output
    return res.output


@pytest.mark.slow
def test_two_process_run_under_accelerate_launch_signs_once(tmp_path):
    # on a CPU-only machine accelerate's --cpu starts several processes only through mpirun; --multi_gpu goes
    # through torch.distributed and falls back to gloo on CPUs
    cfg = project(tmp_path)
    res = launch([str(BIN / "accelerate"), "launch", "--multi_gpu", "--num_processes", "2", "--num_machines", "1",
                  "--mixed_precision", "no", "--dynamo_backend", "no"], cfg)
    run_dir = one_run(tmp_path / "reports")
    rec = RunRecord.model_validate_json((run_dir / "run.json").read_text())
    assert rec.status in ("completed", "blocked"), (res.stdout[-3000:], res.stderr[-3000:])
    assert [(s.name, s.status) for s in rec.stages] == [("sft", "completed")]
    d = rec.distributed
    assert d is not None and d.launcher == "accelerate" and d.world_size == 2 and d.backend == "gloo"
    assert d.distributed_type == "MULTI_CPU"
    assert [(r.rank, r.local_rank, r.device) for r in d.ranks] == [(0, 0, "cpu:0"), (1, 1, "cpu:0")]
    assert len([g for g in rec.gates if g.result.gate == "pii"]) == 1  # the scrub ran once
    assert res.stdout.count("run " + rec.run_id) == 1  # one process reported the run
    verify(run_dir, cfg)


@pytest.mark.slow
def test_a_failure_on_rank_1_ends_in_one_signed_failure_record(tmp_path):
    cfg = project(tmp_path)
    res = launch([str(BIN / "torchrun"), "--nproc_per_node", "2", "--monitor_interval", "0.2"], cfg,
                 "--fail-rank", "1")
    assert res.returncode != 0  # rank 0 exits with the run's verdict
    run_dir = one_run(tmp_path / "reports")
    rec = RunRecord.model_validate_json((run_dir / "run.json").read_text())
    assert rec.status == "failed" and rec.distributed is not None and rec.distributed.world_size == 2
    assert rec.error.type == "ValueError" and rec.error.where == "stage sft, rank 1"
    assert rec.error.message.startswith("on rank 1: ")
    assert [(s.name, s.status) for s in rec.stages] == [("sft", "failed")]
    assert not (run_dir / "models").exists()  # nothing half-written is left beside the signed files
    verify(run_dir, cfg)
    everything = res.stdout + res.stderr + "".join(
        p.read_text(errors="replace") for p in run_dir.rglob("*") if p.is_file() and p.suffix != ".safetensors")
    assert not any(v in everything for v in PLANTED)  # the failing rank's message quoted data: withheld


@pytest.mark.slow
def test_a_rank_killed_mid_training_still_ends_in_one_signed_failure_record(tmp_path):
    # the launcher stops rank 0 (SIGTERM) once rank 1 has died: rank 0 records that and signs before it exits
    cfg = project(tmp_path)
    res = launch([str(BIN / "torchrun"), "--nproc_per_node", "2", "--monitor_interval", "0.2"], cfg,
                 "--kill-rank", "1")
    assert res.returncode != 0
    run_dir = one_run(tmp_path / "reports")
    rec = RunRecord.model_validate_json((run_dir / "run.json").read_text())
    assert rec.status == "failed" and rec.error.type == "LauncherStopped", (res.stdout[-2000:], res.stderr[-2000:])
    assert rec.error.where == "stage sft" and [(s.name, s.status) for s in rec.stages] == [("sft", "failed")]
    verify(run_dir, cfg)


# --------------------------------------------------------------------------- the protocol, on an in-memory store


def cluster(store, rank: int, world_size: int = 3, timeout_s: float = 5.0) -> Cluster:
    return Cluster(rank=rank, world_size=world_size, local_rank=rank, backend="gloo", distributed_type="MULTI_CPU",
                   device="cpu", timeout_s=timeout_s, store=store)


def test_rank_0_learns_every_rank_device_and_the_first_failing_rank():
    from torch.distributed import HashStore

    store = HashStore()
    ranks = [cluster(store, r) for r in range(3)]
    for c in ranks[1:]:
        c.announce()
    info = ranks[0].describe()
    assert (info.world_size, info.backend, [r.rank for r in info.ranks]) == (3, "gloo", [0, 1, 2])
    ranks[1].report_stage("sft", None)
    ranks[2].report_stage("sft", ErrorInfo(type="OSError", message="disk full", where="stage sft"))
    assert ranks[0].stage_errors("sft") == {2: ErrorInfo(type="OSError", message="disk full", where="stage sft")}


def test_a_rank_that_never_reports_ends_the_wait_with_a_diagnosis():
    from torch.distributed import HashStore

    c = cluster(HashStore(), 0, world_size=2, timeout_s=0.3)
    with pytest.raises(DistributedError, match=r"rank 0 waited 0.3 s for rank 1 to finish stage sft"):
        c.stage_errors("sft")


def test_launched_reads_the_launchers_variables(monkeypatch):
    for name in (*distributed.WORLD_SIZE_VARS, *distributed.RANK_VARS):
        monkeypatch.delenv(name, raising=False)
    assert not distributed.launched() and distributed.launch_rank() == 0
    monkeypatch.setenv("OMPI_COMM_WORLD_SIZE", "4")  # mpirun, as accelerate's multi-CPU launch uses
    monkeypatch.setenv("OMPI_COMM_WORLD_RANK", "3")
    assert distributed.launched() and distributed.launch_rank() == 3
    monkeypatch.setenv("WORLD_SIZE", "1")  # torchrun's variable comes first, as accelerate reads them
    assert not distributed.launched()
