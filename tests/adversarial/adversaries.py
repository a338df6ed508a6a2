"""What the attack tests share: signed reports folders written by the real audit writer, and the dashboard.

A module of its own (not conftest.py) so the tests import the helpers by name.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from governed_tuning.digest import sha256_bytes
from governed_tuning.gates.base import GateResult
from governed_tuning.record import Artefact, GateRun, PolicyRef, RunRecord, StageRecord

WEIGHTS = bytes(range(256)) * 8
RUN_IDS = ("20261128T100000Z-aaaaaa", "20261128T110000Z-bbbbbb", "20261128T120000Z-cccccc")


def _result(gate: str) -> GateResult:
    """A gate result; a gate name no gate has (a hostile one) only exists in version 1 reports, whose evidence
    was untyped, so it is built as one of those."""
    from governed_tuning.gates.base import GATES
    from governed_tuning.record import read_context

    doc = {"gate": gate, "verdict": "pass", "reasons": ["within limits"]}
    return GateResult.model_validate(doc, context=read_context("2" if gate in GATES else "1"))


def record(run_id: str, *, gate: str = "fairness", status: str = "completed") -> RunRecord:
    return RunRecord(
        run_id=run_id, status=status, started_at="2026-11-28T10:00:00Z", finished_at="2026-11-28T10:01:00Z",
        policy=PolicyRef(name="default", path="policies/default.yaml", sha256="ab" * 32, document={"name": "default"}),
        base_model={"name": "tiny-gpt2", "license": "MIT"},
        gates=[GateRun(scope="model", result=_result(gate))],
        stages=[StageRecord(name="sft", kind="sft", status="completed", seed=0, metrics={"loss": [2.0, 1.5]},
                            outputs=[Artefact(path="models/sft/model.safetensors", sha256=sha256_bytes(WEIGHTS),
                                              size=len(WEIGHTS), role="model_file")])],
        releasable=status == "completed")


def lay_out(reports: Path, run_id: str) -> Path:
    run = reports / run_id
    (run / "models" / "sft").mkdir(parents=True, exist_ok=True)
    (run / "models" / "sft" / "model.safetensors").write_bytes(WEIGHTS)
    (run / "models" / "sft" / "config.json").write_text('{"model_type": "gpt2"}')
    (run / "data" / "sft").mkdir(parents=True, exist_ok=True)
    (run / "data" / "sft" / "train.jsonl").write_text(json.dumps({"text": "Contact <PERSON> today."}) + "\n")
    return run


def sign(reports: Path, key: Path, run_id: str, **kw) -> Path:
    from governed_tuning.audit.report import write_report

    run = lay_out(reports, run_id)
    rec = record(run_id, **kw)
    (run / "run.json").write_text(rec.model_dump_json())
    write_report(run, rec, key)
    return run


@dataclass
class Folder:
    reports: Path
    key: Path
    pub: Path
    other_pub: Path

    @property
    def ledger(self) -> Path:
        return self.reports / "ledger.jsonl"

    @property
    def checkpoint(self) -> Path:
        return self.reports / "ledger.checkpoint.json"

    def run(self, i: int) -> Path:
        return self.reports / RUN_IDS[i]


def app_file() -> Path:
    """The dashboard's Streamlit entry, wherever the renovation has put it."""
    import governed_tuning

    pkg = Path(governed_tuning.__file__).resolve().parent
    for cand in (pkg / "dashboard" / "app.py", pkg.parent / "dashboard" / "app.py"):
        if cand.is_file():
            return cand
    raise FileNotFoundError("dashboard app.py")


def codes(result) -> set[str]:
    return {f.code for f in result.failures}
