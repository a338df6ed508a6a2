"""The run record: what a run did, as data. ``run/`` fills it; ``audit/report.py`` signs it.

PII-free by construction: it holds verdicts, reasons, counts, digests, arguments and metrics. Artefact
paths are relative to the run folder (``reports/<run_id>/``), which holds everything a run writes
(scrubbed data under ``data/``, models under ``models/<stage>/``), so a verifier re-hashes them there.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from .compute import StageCompute
from .disclosure import DeclaredSource
from .gates.base import LEGACY_EVIDENCE, GateResult
from .model_license import ModelLicense
from .schema import StrictModel

# 3: each stage's compute (tokens, parameters, FLOPs, device, energy) and the sources' declared disclosure facts;
# 2: typed gate evidence (report version 2); 1: evidence was a free-form mapping
RUN_RECORD_VERSION = "3"


def read_context(version: object) -> dict[str, bool]:
    """Validation context for a record or report of ``version``: version 1 evidence is read as it was written
    (untyped), so that older reports still verify and show."""
    return {LEGACY_EVIDENCE: version == "1"}


class Artefact(StrictModel):
    path: str = Field(description="Path relative to the run folder (posix).")
    sha256: str
    size: int = Field(ge=0)
    role: str = Field(description="What it is: scrubbed_dataset, model_file, evidence, chart, bom, notice, ...")


class ErrorInfo(StrictModel):
    type: str = Field(description="Exception class name.")
    message: str = Field(description="PII-free diagnosis (never the data that caused it).")
    where: str = Field("", description="Step that failed, e.g. 'stage sft' or 'gate pii'.")


class StageRecord(StrictModel):
    name: str = Field(description="Stage name from the run config.")
    kind: Literal["sft", "reward", "rl", "dpo"]
    status: Literal["completed", "failed", "skipped"]
    started_at: str | None = None
    finished_at: str | None = None
    wall_s: float | None = None
    seed: int | None = None
    trl_args: dict[str, Any] = Field(default_factory=dict, description="TRL config arguments, passed through unchanged.")
    metrics: dict[str, Any] = Field(default_factory=dict, description="Training metrics: loss curve, reward margins, KL.")
    inputs: list[Artefact] = Field(default_factory=list, description="Data the stage read (the scrubbed copies).")
    outputs: list[Artefact] = Field(default_factory=list, description="Every file the stage wrote.")
    model_dir: str | None = Field(None, description="Model folder, relative to the run folder.")
    base_model: str | None = Field(None, description="What the stage started from (a path or a previous stage).")
    compute: StageCompute | None = Field(None, description="Tokens, parameters, FLOPs (estimated and as the "
                                         "trainer reports them), wall time, device and energy, measured while the "
                                         "stage trained (None: it did not train, or the record predates version 3).")
    error: ErrorInfo | None = None


class GateRun(StrictModel):
    """A gate's result together with where in the run it was applied."""

    scope: str = Field(description="What the gate was applied to, e.g. 'stage sft' or 'model'.")
    result: GateResult
    artefacts: list[Artefact] = Field(default_factory=list, description="Files the gate wrote (evidence, charts).")


class PolicyRef(StrictModel):
    name: str
    path: str
    sha256: str
    document: dict[str, Any] = Field(description="The validated policy, as data.")
    origin: Literal["shipped", "copy", "modified", "own"] | None = Field(
        None, description="shipped: a shipped policy file, unchanged; copy: the exact bytes of a shipped policy "
        "in another file; modified: a file that keeps a shipped policy's name but not its content; own: a policy "
        "of the user's own. None in records written before this was recorded.")
    based_on: str | None = Field(None, description="The shipped policy it is, or is a copy of.")

    @classmethod
    def from_loaded(cls, loaded: Any) -> PolicyRef:
        """From a ``policy.LoadedPolicy``."""
        return cls(name=loaded.policy.name, path=loaded.path, sha256=loaded.sha256,
                   document=loaded.policy.model_dump(mode="json"), origin=loaded.origin, based_on=loaded.based_on)

    def describe(self) -> str:
        """Which file, and whether it is a shipped policy unchanged, a copy, a modified copy or one's own."""
        from .policy import describe_policy

        return describe_policy(self.name, self.path, self.origin, self.based_on)


class RankInfo(StrictModel):
    rank: int
    local_rank: int
    host: str
    device: str = Field(description="The torch device this process trained on (cpu, cuda:0, ...).")


class DistributedInfo(StrictModel):
    launcher: str = Field(description="torchrun or accelerate (both start processes through torch.distributed).")
    world_size: int
    backend: str | None = Field(description="The torch.distributed backend (gloo, nccl, ...).")
    distributed_type: str = Field(description="accelerate's DistributedType: MULTI_CPU, MULTI_GPU, FSDP, "
                                  "DEEPSPEED, ...")
    ranks: list[RankInfo] = Field(default_factory=list, description="Every process, by rank.")


class RunRecord(StrictModel):
    record_version: str = RUN_RECORD_VERSION
    run_id: str
    status: Literal["running", "completed", "blocked", "failed", "crashed"] = Field(
        description="completed: every stage ran and every gate passed; blocked: a gate stopped the run or the "
        "release; failed: an error (recorded in `error`); crashed: the process ended without closing the run "
        "(killed, out of memory, the machine stopped), found and closed by a later start.")
    started_at: str
    finished_at: str | None = None
    user: str = ""
    host: str = ""
    command: list[str] = Field(default_factory=list)
    config: dict[str, Any] = Field(default_factory=dict, description="The validated run configuration.")
    policy: PolicyRef
    base_model: dict[str, Any] = Field(default_factory=dict, description="Base model path/id, licence and digest.")
    sources: list[DeclaredSource] = Field(default_factory=list, description="The datasets and the base model the "
                                          "run used, with what the manifest declares about them for the EU AI Act "
                                          "summary and AB 2013 (collection, languages, acquisition date, ...).")
    gates: list[GateRun] = Field(default_factory=list)
    gates_not_run: list[str] = Field(default_factory=list, description="Gates not available in this build.")
    stages: list[StageRecord] = Field(default_factory=list)
    artefacts: list[Artefact] = Field(default_factory=list, description="Run-level artefacts (BOM, notice).")
    model_license: ModelLicense | None = Field(None, description="The trained model's licence, decided from the "
                                               "inbound licences and the policy (None: the licence gate did not "
                                               "run).")
    releasable: bool = Field(False, description="True only when every gate passed, every stage completed, the "
                             "model's licence is decided and the governance facts the policy requires are set.")
    release_reasons: list[str] = Field(default_factory=list)
    software: dict[str, str] = Field(default_factory=dict, description="Library versions.")
    hardware: dict[str, Any] = Field(default_factory=dict)
    error: ErrorInfo | None = None
    distributed: DistributedInfo | None = Field(None, description="Set when the run was started by accelerate "
                                                "launch or torchrun with more than one process: gates, scrub, "
                                                "signing and the ledger ran once, on rank 0.")
