"""The run configuration: base model, dataset manifest, policy and an ordered list of TRL stages.

A YAML file a user writes (``examples/run.yaml``), validated strictly: an unknown key or a wrong type fails
with the file, line and field path (``schema.load_document``). Relative paths are resolved against the
config file's own folder, so a config, its manifest and its data move together.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Literal

from pydantic import Field, PrivateAttr, model_validator

from .errors import ConfigError
from .governance import Governance
from .schema import FieldError, Origin, StrictModel, load_document

StageKind = Literal["sft", "reward", "rl", "dpo"]

_NAME = r"^[A-Za-z0-9][A-Za-z0-9._-]*$"


class StageConfig(StrictModel):
    """One training step of the pipeline."""

    kind: StageKind = Field(description="sft: SFTTrainer on prompt/completion, chat 'messages' or 'text' records; "
                            "reward: RewardTrainer on (prompt, chosen, rejected); rl: RLOOTrainer or GRPOTrainer "
                            "with an earlier reward stage's model as reward function, on 'prompt' records; dpo: "
                            "DPOTrainer on (prompt, chosen, rejected).")
    name: str | None = Field(None, pattern=_NAME, description="Name in reports and of the model folder "
                             "(models/<name>/); defaults to the kind.")
    dataset: str = Field(description="Name of the dataset in the manifest this stage trains on (after the "
                         "licence gate and the PII gate's scrubbing).")
    model: str = Field("previous", description="What to start from: 'base' (the run's base model), 'previous' "
                       "(the last causal-LM stage before this one, or the base model when there is none) or the "
                       "name of an earlier stage.")
    reward_model: str | None = Field(None, description="rl only: name of the earlier reward stage whose model "
                                     "scores the completions (default: the last reward stage).")
    algorithm: Literal["rloo", "grpo"] = Field("rloo", description="rl only: TRL trainer to use.")
    args: dict[str, Any] = Field(default_factory=dict, description="Arguments of the TRL config class "
                                 "(SFTConfig, RewardConfig, RLOOConfig/GRPOConfig, DPOConfig), passed through "
                                 "unchanged; output_dir is set by the run.")
    lora: dict[str, Any] | None = Field(None, description="peft LoraConfig arguments (e.g. r, lora_alpha, "
                                        "target_modules); the adapter is merged into the saved model.")

    @property
    def stage_name(self) -> str:
        return self.name or self.kind


class FairnessConfig(StrictModel):
    enabled: bool = Field(True, description="Run the fairness gate on the last stage's model. Switched off, the "
                          "run still trains and records, but the model is never marked releasable.")
    reward_stage: str | None = Field(None, description="Reward stage whose model scores the outputs (default: "
                                     "the last reward stage; without one the gate's own scorer decides).")


class DistributedConfig(StrictModel):
    timeout_s: float = Field(3600, gt=0, description="Under accelerate launch or torchrun: how long one process "
                             "waits for the others at a meeting point (the main process's gates and scrub, the "
                             "end of a stage) before the run is recorded as failed. Raise it when the scrub of a "
                             "large dataset takes longer.")


class EngineConfig(StrictModel):
    name: Literal["local", "ray"] = Field("local", description="What runs the PII gate's scrub and the fairness "
                                          "gate's generation: 'local' (this process) or 'ray' (a pool of Ray actors, "
                                          "each building the gate once, as `scrub --engine ray`; the scrubbed copy is then a "
                                          "folder of shards). Needs the `ray` extra.")
    ray_address: str | None = Field(None, description="With 'ray': the cluster to join (auto, HOST:PORT or "
                                    "ray://HOST:PORT); default: a private Ray on this machine. The records travel "
                                    "to its workers, and the run folder must be on a file system they share.")
    workers: int | None = Field(None, ge=1, description="With 'ray': actors per pool (default: one per GPU for "
                                "generation, else one per CPU of the Ray less one).")
    spill_dir: str | None = Field(None, description="With 'ray' on the private Ray (no ray_address): the folder "
                                  "its object store spills to when full (the records travel through that store, "
                                  "personal data included); relative to this file; default: Ray's session folder "
                                  "under /tmp/ray. A cluster spills where `ray start --object-spilling-directory` "
                                  "said on each node.")

    @model_validator(mode="after")
    def _ray_options(self) -> EngineConfig:
        from .raycluster import address_kind

        given = [k for k in ("ray_address", "workers", "spill_dir") if getattr(self, k) is not None]
        if given and self.name != "ray":  # ignored, they would leave the user believing the run used a cluster
            raise ValueError(f"{', '.join(given)} appl{'ies' if len(given) == 1 else 'y'} to name: ray only")
        if self.spill_dir is not None and address_kind(self.ray_address) != "local":
            raise ValueError("spill_dir applies to the private Ray started for the run (no ray_address); a "
                             "cluster spills where each node's `ray start --object-spilling-directory` says")
        return self


class RunConfig(StrictModel):
    base_model: str = Field(description="Name of the base model in the manifest (its path is a local folder, "
                            "or its source a hub id already in the local cache).")
    manifest: str = Field(description="Dataset and model manifest (licence, source, digest of each), relative to "
                          "this file.")
    policy: str = Field("default", description="Policy file, relative to this file, or a shipped name: "
                        "default, gdpr, ccpa.")
    reports: str = Field("reports", description="Reports folder; the run writes reports/<run_id>/.")
    seed: int = Field(0, description="Seed for every stage unless a stage's args set 'seed'.")
    stages: list[StageConfig] = Field(min_length=1, description="Stages, run in order.")
    fairness: FairnessConfig = Field(default_factory=FairnessConfig)
    distributed: DistributedConfig = Field(default_factory=DistributedConfig)
    engine: EngineConfig = Field(default_factory=EngineConfig)
    governance: Governance | None = Field(None, description="Facts only people know about this processing "
                                          "(purpose, lawful basis, controller, retention, DPIA, ...): shown in the "
                                          "report as declared, for a person to attest. The policy's "
                                          "regulatory.required_governance says which must be set for release.")

    _base_dir: Path = PrivateAttr(default_factory=Path.cwd)
    _origin: Origin | None = PrivateAttr(None)

    @model_validator(mode="after")
    def _references(self) -> RunConfig:
        seen: dict[str, str] = {}
        for i, stage in enumerate(self.stages):
            if stage.stage_name in seen:
                raise FieldError(("stages", i, "name" if stage.name else "kind"), f"stage name {stage.stage_name!r} is "
                                 "used twice; give one a 'name'")
            if stage.model not in ("base", "previous") and stage.model not in seen:
                raise FieldError(("stages", i, "model"), f"{stage.model!r} is not 'base', 'previous' or an earlier "
                                 f"stage ({', '.join(seen) or 'there is none'})")
            if stage.model in seen and seen[stage.model] == "reward":
                raise FieldError(("stages", i, "model"), f"{stage.model!r} is a reward model, not a causal LM to "
                                 "train on")
            if stage.kind == "rl":
                rewards = [n for n, k in seen.items() if k == "reward"]
                if stage.reward_model is None and not rewards:
                    raise FieldError(("stages", i, "kind"), "an rl stage needs an earlier reward stage")
                if stage.reward_model is not None and stage.reward_model not in rewards:
                    raise FieldError(("stages", i, "reward_model"), f"{stage.reward_model!r} is not an earlier "
                                     f"reward stage ({', '.join(rewards) or 'there is none'})")
            seen[stage.stage_name] = stage.kind
        rewards = [n for n, k in seen.items() if k == "reward"]
        if self.fairness.reward_stage is not None and self.fairness.reward_stage not in rewards:
            raise FieldError(("fairness", "reward_stage"), f"{self.fairness.reward_stage!r} is not a reward stage "
                             f"of this run ({', '.join(rewards) or 'it has none'})")
        return self

    @property
    def origin(self) -> Origin:
        """The file this config was loaded from (``where(loc)`` names a field's line in it)."""
        return self._origin or Origin(self._base_dir / "run.yaml", None)

    @property
    def base_dir(self) -> Path:
        return self._base_dir

    def path(self, value: str) -> Path:
        """``value`` resolved against this file's folder, normalised (``my-run/../reports`` is ``reports``)."""
        p = Path(value).expanduser()
        return Path(os.path.normpath(p if p.is_absolute() else self._base_dir / p))

    def policy_ref(self) -> str:
        from .policy import SHIPPED

        return self.policy if self.policy in SHIPPED else str(self.path(self.policy))


def load_run_config(path: str | Path) -> RunConfig:
    """Load and strictly validate a run configuration; raises ConfigError naming the file, line and field."""
    p = Path(path)
    cfg = load_document(p, RunConfig, ConfigError)
    cfg._base_dir = p.resolve().parent
    return cfg
