"""Fixtures for the dashboard tests: run folders built from a synthetic RunRecord by the real audit writer."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from governed_tuning.audit.report import REPORT_VERSION
from governed_tuning.digest import sha256_bytes
from governed_tuning.gates.base import GateResult
from governed_tuning.record import Artefact, GateRun, PolicyRef, RunRecord, StageRecord

WEIGHTS = b"tiny weights"
ROOT = Path(__file__).resolve().parents[2]
APP = ROOT / "governed_tuning" / "dashboard" / "app.py"
XSS = "<img src=x onerror=alert(1)>"


def make_record(run_id: str, *, fairness: str = "pass", reason: str = "gaps within the policy limit",
                model: str = "tiny-gpt2", loss: tuple[float, ...] = (2.0, 1.5, 1.2), policy_limit: float = 0.1) -> RunRecord:
    blocked = fairness != "pass"
    return RunRecord(
        run_id=run_id,
        status="blocked" if blocked else "completed",
        started_at=f"{run_id[:4]}-{run_id[4:6]}-{run_id[6:8]}T{run_id[9:11]}:{run_id[11:13]}:{run_id[13:15]}Z",
        finished_at=None,
        policy=PolicyRef(name="default", path="policies/default.yaml", sha256="ab" * 32,
                         document={"name": "default", "fairness": {"max_difference": policy_limit}}),
        base_model={"name": model, "license": "MIT", "sha256": "cd" * 32},
        gates=[
            GateRun(scope="dataset sft", result=GateResult(
                gate="pii", verdict="pass", reasons=["3 PII spans found and scrubbed; re-scan found none"],
                evidence={"counts_by_type": {"EMAIL_ADDRESS": 2, "PERSON": 1}, "counts_by_field": {"text": 3},
                          "residual": 0})),
            GateRun(scope="sources", result=GateResult(
                gate="license", verdict="pass", reasons=["all sources allowed"],
                evidence={"sources": [{"name": "toy", "kind": "dataset", "license": "CC-BY-4.0", "verdict": "allow",
                                       "reasons": ["CC-BY-4.0 is allowed"], "sha256": "ef" * 32,
                                       "obligations": [{"kind": "attribution", "license": "CC-BY-4.0",
                                                        "text": "credit the authors"}]}],
                          "mixture": {"sources": ["toy"], "obligations": [], "credits": [], "conflicts": []},
                          "checked": ["toy"]})),
            GateRun(scope="model", result=GateResult(
                gate="fairness", verdict=fairness, reasons=[reason],
                evidence={"overall": 0.5, "limit": policy_limit, "demographic_parity_difference": 0.14,
                          "by_group": {"a": {"rate": 0.48, "ci_low": 0.4, "ci_high": 0.55, "n": 40},
                                       "b": {"rate": 0.62, "ci_low": 0.55, "ci_high": 0.7, "n": 40}},
                          "chart": {"metric": "positive_rate", "limit": policy_limit, "overall": 0.5,
                                    "rows": [{"group": "a", "value": 0.48, "ci_low": 0.4, "ci_high": 0.55, "n": 40},
                                             {"group": "b", "value": 0.62, "ci_low": 0.55, "ci_high": 0.7, "n": 40}],
                                    "gaps": [{"metric": "demographic_parity_difference", "value": 0.14,
                                              "ci_low": 0.05, "ci_high": 0.22, "limit": policy_limit,
                                              "kind": "max"}]}})),
        ],
        stages=[StageRecord(name="sft", kind="sft", status="completed", seed=0, wall_s=1.5,
                            metrics={"loss": list(loss)},
                            outputs=[Artefact(path="models/sft/model.safetensors", sha256=sha256_bytes(WEIGHTS),
                                              size=len(WEIGHTS), role="model_file")])],
        releasable=not blocked,
        release_reasons=["all gates passed"] if not blocked else ["fairness gate did not pass"],
    )


def _lay_out(reports: Path, record: RunRecord) -> Path:
    run_dir = reports / record.run_id
    (run_dir / "models" / "sft").mkdir(parents=True, exist_ok=True)
    (run_dir / "models" / "sft" / "model.safetensors").write_bytes(WEIGHTS)
    (run_dir / "run.json").write_text(record.model_dump_json())
    return run_dir


def write_run(reports: Path, record: RunRecord) -> Path:
    """An unsigned run folder: report.json holding the record (as a report does), no envelope."""
    run_dir = _lay_out(reports, record)
    (run_dir / "report.json").write_text(json.dumps({"report_version": REPORT_VERSION, "record": record.model_dump(mode="json")}))
    return run_dir


def sign_run(reports: Path, record: RunRecord, key_path: Path) -> Path:
    """A signed run folder written by the real audit writer (report.json, .html, .dsse.json, ledger entry)."""
    from governed_tuning.audit.report import write_report

    run_dir = _lay_out(reports, record)
    write_report(run_dir, record, key_path)
    return run_dir


class RunFactory:
    """What the tests use to build run folders (a fixture, so test modules need no imports from here)."""

    XSS = XSS
    APP = APP
    make_record = staticmethod(make_record)
    write_run = staticmethod(write_run)
    sign_run = staticmethod(sign_run)


@pytest.fixture
def runs() -> type[RunFactory]:
    return RunFactory


@pytest.fixture
def signed(tmp_path, runs):
    """Two runs signed with a fresh key by the real audit module; returns (reports, public key, another
    signer's public key, private key)."""
    keys = pytest.importorskip("governed_tuning.audit.keys", reason="the audit module is not in this build yet")
    pytest.importorskip("governed_tuning.audit.report", reason="the audit module is not in this build yet")
    key, pub = keys.generate_keypair(tmp_path / "keys")
    _, other_pub = keys.generate_keypair(tmp_path / "other")
    reports = tmp_path / "reports"
    sign_run(reports, make_record("20261128T100000Z-aaaaaa"), key)
    sign_run(reports, make_record("20261128T110000Z-bbbbbb", fairness="fail", reason=XSS), key)
    return reports, pub, other_pub, key
