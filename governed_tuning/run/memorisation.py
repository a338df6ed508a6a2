"""The run's side of the memorisation gate: canaries into the SFT stages' training data, the PII gate's removed
spans per stage, and the gate on each trained language model.

The canaries are made once per run from a secure random source and live in this object only: the SFT stage
gets them as extra records in memory (``StageInput.extra_records``), appended to the scrubbed copy it reads, so
no file ever holds them; after the gate has measured them they are forgotten. The removed spans are positions
and kinds (``gates/pii/spans.py``); the raw values they point at are read back from the raw input, in memory,
only while the probe runs.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..data import read_table
from ..gates.base import GateResult
from ..gates.memorisation import (
    CanaryFormat,
    CanarySet,
    MemorisationGate,
    ProbeInput,
    RemovedSpan,
    canary_records,
    new_canaries,
    record_shape,
)
from ..gates.memorisation.canaries import columns_of
from ..policy import Policy

CANARY_KINDS = ("sft",)  # stages that learn the likelihood of their text, where a canary means something


class MemorisationPhase:
    def __init__(self, policy: Policy):
        self.policy = policy
        self.mp = policy.memorisation
        self.canaries: CanarySet | None = None
        if self.mp.enabled:
            self.canaries = new_canaries(CanaryFormat(self.mp.canary_prefix, self.mp.canary_digits),
                                         self.mp.repetitions, self.mp.canaries_per_repetition)
        self.spans: dict[str, list[RemovedSpan]] = {}
        self.sources: dict[str, tuple[str, Path, Path]] = {}  # stage -> (dataset name, raw path, scrubbed path)
        self.parent: dict[str, str | None] = {}  # stage -> the stage whose model it started from (None: base)
        self.with_canaries: set[str] = set()

    def __repr__(self) -> str:
        return f"MemorisationPhase({self.canaries!r})"

    # ------------------------------------------------------------------ before training

    def span_sink(self, stage: str, dataset: str, raw: Path, scrubbed: Path) -> Callable[[RemovedSpan], None] | None:
        """What the PII gate calls with each removed span of ``stage``'s dataset (None: the gate is off)."""
        if not self.mp.enabled:
            return None
        spans = self.spans.setdefault(stage, [])
        self.sources[stage] = (dataset, Path(raw), Path(scrubbed))
        return spans.append

    def extra_records(self, stage: str, kind: str, scrubbed: Path) -> list[dict[str, Any]]:
        """The canary records for ``stage`` (in memory), or none: only the run's first SFT stage on text-shaped
        records gets them."""
        cs = self.canaries
        if cs is None or kind not in CANARY_KINDS:
            return []
        columns = columns_of(read_table(scrubbed).records)
        shape = record_shape(columns)
        if shape is None:
            return []
        if cs.inserted_into:  # the first SFT stage only, so that a count means what it says down the lineage
            return []
        cs.shape = shape
        cs.inserted_into.append(stage)
        self.with_canaries.add(stage)
        return canary_records(cs, columns)

    def started_from(self, stage: str, parent: str | None) -> None:
        self.parent[stage] = parent

    # ------------------------------------------------------------------ after training

    def lineage(self, stage: str) -> list[str]:
        """``stage`` and every stage its model descends from, nearest first."""
        out: list[str] = []
        cur: str | None = stage
        while cur is not None and cur not in out:
            out.append(cur)
            cur = self.parent.get(cur)
        return out

    def check(self, stage: str, model_dir: Path) -> GateResult:
        """The gate on the model of ``stage``: canaries if its lineage trained on them, probes of the datasets
        its lineage was trained on (raw and scrubbed records read here, in memory, and dropped after)."""
        line = self.lineage(stage)
        seen = [s for s in line if s in self.with_canaries]
        probes = []
        for s in reversed(line):
            if self.spans.get(s) and s in self.sources:
                name, raw, scrubbed = self.sources[s]
                raw_records = read_table(raw, on_malformed=self.policy.pii.on_malformed_record).records
                probes.append(ProbeInput(f"{name} (stage {s})", raw_records, read_table(scrubbed).records,
                                         self.spans[s]))
        why = None
        if not seen:
            why = ("no stage this model descends from trained with canaries (they go into SFT stages on "
                   "prompt/completion, messages or text records)")
        try:
            return MemorisationGate(self.mp).check_model(model_dir, canaries=self.canaries if seen else None,
                                                         probes=probes, no_canaries_because=why)
        finally:
            del probes

    def close(self) -> None:
        """Forget the canaries' secrets (their commitments are in the evidence)."""
        if self.canaries is not None:
            self.canaries.forget()
