"""The terminal progress: one bar per stage, one line per gate with its (PII-free) reasons when it does not pass."""

import io

from rich.console import Console

from governed_tuning.gates.base import GateResult
from governed_tuning.progress import RichProgress


def test_bars_and_gate_lines():
    console = Console(file=io.StringIO(), width=120, force_terminal=False)
    with RichProgress(console) as p:
        p.gate("stage sft", GateResult(gate="pii", verdict="pass", reasons=["12 finding(s) scrubbed"]))
        p.gate("datasets and base model", GateResult(gate="license", verdict="fail", reasons=["dataset x is denied"]))
        p.stage_start("sft", "sft")
        for step in (1, 2, 3):
            p.stage_step("sft", step, 3)
        p.stage_end("sft", "completed")
        p.stage_start("rl", "rl")
        p.stage_end("rl", "failed")
    out = console.file.getvalue()
    assert "gate pii (stage sft): pass" in out and "12 finding" not in out  # reasons only when not passing
    assert "gate license (datasets and base model): fail" in out and "- dataset x is denied" in out
    assert "stage sft: completed" in out and "3/3" in out and "stage rl: failed" in out
