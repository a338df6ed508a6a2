"""Synthetic run folders for the audit tests: a RunRecord built here, a few small files, a tiny fake model.

(A module of its own, not conftest.py: test modules import these helpers by name, and several test folders
have a conftest.py.)
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from governed_tuning.digest import sha256_file
from governed_tuning.gates.base import GateResult
from governed_tuning.record import Artefact, ErrorInfo, GateRun, PolicyRef, RunRecord, StageRecord

# What a compliance officer should never see in reports/: a value planted in the *raw* data only.
PLANTED = "Zebedee Quarrington-Vasquez, zq.vasquez@example.org"
XSS = '<script>alert("x")</script><img src=x onerror=alert(1)>'


def _art(run_dir: Path, rel: str, role: str) -> Artefact:
    p = run_dir / rel
    return Artefact(path=rel, sha256=sha256_file(p), size=p.stat().st_size, role=role)


def lay_out(reports: Path, run_id: str, *, raw_dir: Path | None = None) -> Path:
    """The files a run writes: a scrubbed dataset, a model folder, gate evidence, a BOM, run.json."""
    run = reports / run_id
    (run / "data" / "sft").mkdir(parents=True)
    (run / "models" / "sft").mkdir(parents=True)
    (run / "gates" / "model").mkdir(parents=True)
    if raw_dir is not None:  # the raw data (with the planted PII) lives outside reports/, as in a real run
        raw_dir.mkdir(parents=True, exist_ok=True)
        (raw_dir / "train.jsonl").write_text(json.dumps({"text": f"Contact {PLANTED} about the order."}) + "\n")
    (run / "data" / "sft" / "train.jsonl").write_text(
        json.dumps({"text": "Contact <PERSON>, <EMAIL_ADDRESS> about the order."}) + "\n")
    (run / "models" / "sft" / "model.safetensors").write_bytes(bytes(range(256)) * 4)
    (run / "models" / "sft" / "config.json").write_text('{"model_type": "gpt2", "n_layer": 1}')
    (run / "models" / "sft" / "README.md").write_text("# model card\n")
    (run / "gates" / "model" / "fairness.json").write_text('{"demographic_parity_difference": 0.05}')
    (run / "bom.cdx.json").write_text('{"bomFormat": "CycloneDX", "specVersion": "1.6"}')
    return run


def make_record(run: Path, *, status: str = "completed", fairness: str = "pass", reason: str = "gap 0.05 <= 0.1",
                error: bool = False) -> RunRecord:
    stage = StageRecord(
        name="sft", kind="sft", status="failed" if error else "completed", seed=0, wall_s=1.0,
        trl_args={"max_steps": 2}, metrics={"loss": [2.0, 1.5]},
        inputs=[_art(run, "data/sft/train.jsonl", "scrubbed_dataset")],
        outputs=[_art(run, "models/sft/model.safetensors", "model_file")], model_dir="models/sft",
        error=ErrorInfo(type="RuntimeError", message="out of memory at step 2", where="stage sft") if error else None)
    record = RunRecord(
        run_id=run.name, status=status, started_at="2026-11-28T10:00:00Z", finished_at="2026-11-28T10:01:00Z",
        user="auditor-test", host="ci", command=["governed-tuning", "run"],
        policy=PolicyRef(name="default", path="policies/default.yaml", sha256="ab" * 32,
                         document={"name": "default", "pii": {"entities": {"PERSON": {"action": "pseudonymize"},
                                                                           "EMAIL_ADDRESS": {"action": "placeholder"}}}}),
        base_model={"name": "tiny-gpt2", "license": "MIT"},
        gates=[
            GateRun(scope="dataset train", result=GateResult(
                gate="pii", verdict="pass", reasons=["2 PII spans scrubbed; re-scan found none"],
                evidence={"counts_by_type": {"EMAIL_ADDRESS": 1, "PERSON": 1}, "residual": 0})),
            GateRun(scope="sources", result=GateResult(
                gate="license", verdict="pass", reasons=["all sources allowed"],
                evidence={"sources": [{"name": "toy", "kind": "dataset", "license": "CC-BY-4.0", "verdict": "allow",
                                       "reasons": ["CC-BY-4.0 is permissive"], "sha256": "ef" * 32}]})),
            GateRun(scope="model", result=GateResult(
                gate="fairness", verdict=fairness, reasons=[reason],
                evidence={"limit": 0.1, "by_group": {"a": {"n": 40, "rate": 0.5}, "b": {"n": 40, "rate": 0.55}}}),
                artefacts=[_art(run, "gates/model/fairness.json", "evidence")]),
        ],
        stages=[stage], artefacts=[_art(run, "bom.cdx.json", "bom")],
        releasable=status == "completed" and fairness == "pass",
        release_reasons=[] if fairness == "pass" else ["the fairness gate did not pass"],
        error=ErrorInfo(type="RuntimeError", message="out of memory at step 2", where="stage sft") if error else None)
    (run / "run.json").write_text(record.model_dump_json(indent=2))
    return record


@dataclass
class Signed:
    reports: Path
    run: Path
    record: RunRecord
    key: Path
    pub: Path
    other_key: Path
    other_pub: Path

    @property
    def ledger(self) -> Path:
        return self.reports / "ledger.jsonl"
