"""What every stage shares: read the scrubbed data, build the TRL config, train, save, digest what was written.

A stage is a thin wrapper over one TRL trainer. Its TRL arguments are passed through unchanged (we only fill
in ``output_dir``, ``seed`` and logging defaults the user did not set). The dataset is read from the exact
bytes whose sha256 is recorded, so the record proves which file the stage trained on.
"""

from __future__ import annotations

import io
import json
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from ..compute import ComputeMeter, StageCompute
from ..digest import sha256_bytes, sha256_file
from ..errors import ConfigError, InputError
from ..record import Artefact

# Defaults we set unless the user's TRL args say otherwise: no hub, no external loggers, a loss curve.
DEFAULT_ARGS: dict[str, Any] = {"report_to": "none", "logging_steps": 1, "save_strategy": "no",
                                "disable_tqdm": True, "push_to_hub": False}


@dataclass
class StageResult:
    """What a stage hands back to the run: the model folder, metrics and digests."""

    model_dir: Path
    trl_args: dict[str, Any]
    metrics: dict[str, Any]
    inputs: list[Artefact] = field(default_factory=list)
    outputs: list[Artefact] = field(default_factory=list)
    compute: StageCompute | None = None  # tokens, parameters, FLOPs, wall time, device, energy (compute.py)


@dataclass
class StageInput:
    """Everything a stage needs. Paths are absolute; ``run_dir`` anchors the recorded relative paths."""

    run_dir: Path
    dataset: Path
    model: str  # model folder (or cached hub id) to start from
    out_dir: Path
    args: dict[str, Any] = field(default_factory=dict)
    seed: int = 0
    lora: dict[str, Any] | None = None
    reward_model: Path | None = None  # rl only
    data_role: str = "scrubbed_dataset"  # "raw_dataset" only when no PII gate is installed
    on_step: Callable[[int, int], None] | None = None  # progress: (step, max_steps)
    # records the run adds in memory (the memorisation gate's canaries): appended to what is read from ``dataset``
    # and never written; repr=False so that no log or traceback shows them
    extra_records: list[dict[str, Any]] = field(default_factory=list, repr=False)


def rel(path: Path, run_dir: Path) -> str:
    try:
        return path.resolve().relative_to(run_dir.resolve()).as_posix()
    except ValueError:
        return str(path)


def path_size(path: Path) -> int:
    """Bytes of a file, or of every file under a folder (a save_to_disk dataset)."""
    if path.is_dir():
        return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())
    return path.stat().st_size


def load_dataset_exact(inp: StageInput):
    """Read the JSONL dataset from the very bytes that are digested; return (datasets.Dataset, Artefact)."""
    import datasets

    if inp.dataset.is_dir() or inp.dataset.suffix.lower() not in (".jsonl", ".json", ".ndjson"):
        # CSV, Parquet or a save_to_disk folder: read with data.read_table, digest the file or folder
        from ..data import read_table
        from ..digest import sha256_path

        table = read_table(inp.dataset)
        if not table.records:
            raise InputError(inp.dataset, "the dataset holds no records")
        art = Artefact(path=rel(inp.dataset, inp.run_dir), sha256=sha256_path(inp.dataset),
                       size=path_size(inp.dataset), role=inp.data_role)
        return datasets.Dataset.from_list(table.records + inp.extra_records), art
    raw = inp.dataset.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(inp.dataset, "not valid UTF-8 text", line=raw.count(b"\n", 0, exc.start) + 1) from None
    records = []
    for n, line in enumerate(io.StringIO(text), start=1):
        if line.strip():
            try:
                obj = json.loads(line)
            except json.JSONDecodeError:
                raise InputError(inp.dataset, "not valid JSON (expected one JSON object per line)", line=n) from None
            if not isinstance(obj, dict):
                raise InputError(inp.dataset, f"expected a JSON object per line, got {type(obj).__name__}", line=n)
            records.append(obj)
    if not records:
        raise InputError(inp.dataset, "the dataset holds no records")
    art = Artefact(path=rel(inp.dataset, inp.run_dir), sha256=sha256_bytes(raw), size=len(raw), role=inp.data_role)
    return datasets.Dataset.from_list(records + inp.extra_records), art


def require_columns(ds, path: Path, kind: str, options: list[tuple[str, ...]]) -> None:
    cols = set(ds.column_names)
    if not any(set(o) <= cols for o in options):
        want = " or ".join("(" + ", ".join(o) + ")" for o in options)
        raise InputError(path, f"a {kind} stage needs records with fields {want}; the records have "
                               f"{', '.join(sorted(cols)) or 'no fields'}")


def trl_config(cls: type, inp: StageInput) -> tuple[Any, dict[str, Any]]:
    """The TRL config from the user's args, unchanged, plus our defaults where the user set nothing."""
    import torch

    args = {**DEFAULT_ARGS, **inp.args}
    args.setdefault("seed", inp.seed)
    if not torch.cuda.is_available():
        args.setdefault("use_cpu", True)
    args["output_dir"] = str(inp.out_dir / "checkpoints")
    return cls(**args), {k: v for k, v in args.items() if k != "output_dir"}


def peft_config(inp: StageInput, task_type: str = "CAUSAL_LM"):
    if not inp.lora:
        return None
    from peft import LoraConfig

    return LoraConfig(**{"task_type": task_type, **inp.lora})


class _Progress:
    def __init__(self, cb: Callable[[int, int], None]):
        from transformers import TrainerCallback

        class CB(TrainerCallback):
            def on_step_end(self, args, state, control, **kw):  # noqa: D401
                cb(state.global_step, state.max_steps)

        self.callback = CB()


def train_and_save(trainer, inp: StageInput, trl_args: dict[str, Any], inputs: list[Artefact],
                   keep: tuple[str, ...], not_counted: tuple[str, ...] = ()) -> StageResult:
    """Run ``trainer.train()``, save the model and tokenizer to ``out_dir``, digest every file written.
    ``not_counted``: work of this trainer the FLOP figures leave out (recorded with the compute)."""
    import shutil

    from transformers.trainer_callback import PrinterCallback

    trainer.remove_callback(PrinterCallback)  # logs go to the record, not to stdout
    if inp.on_step is not None:
        trainer.add_callback(_Progress(inp.on_step).callback)
    meter = ComputeMeter(trainer)
    start = time.perf_counter()
    try:
        out = trainer.train()
    finally:
        meter.detach()
    wall = time.perf_counter() - start
    compute = meter.result(not_counted=list(not_counted))
    acc = getattr(trainer, "accelerator", None)
    if acc is not None and acc.num_processes > 1:  # accelerate launch / torchrun: rank 0 alone writes
        if not _save_distributed(trainer, acc, inp):
            return StageResult(model_dir=inp.out_dir, trl_args=trl_args, metrics={"train_runtime_s": round(
                time.perf_counter() - start, 3), "train_loss": out.training_loss}, inputs=inputs, compute=compute)
    else:
        model = trainer.model
        if inp.lora and hasattr(model, "merge_and_unload"):
            model = model.merge_and_unload()  # a plain model folder the next stage (and users) load directly
        model.save_pretrained(inp.out_dir)
    trainer.processing_class.save_pretrained(inp.out_dir)
    shutil.rmtree(inp.out_dir / "checkpoints", ignore_errors=True)
    history = [h for h in trainer.state.log_history]
    metrics = {"train_runtime_s": round(wall, 3), "global_step": trainer.state.global_step,
               "train_loss": out.training_loss, "log_history": history}
    for k in keep:  # the last logged value of each metric a stage cares about, and its curve
        curve = [h[k] for h in history if k in h]
        if curve:
            metrics[k] = curve[-1]
            metrics[f"{k}_curve"] = curve
    return StageResult(model_dir=inp.out_dir, trl_args=trl_args, metrics=metrics, inputs=inputs,
                       outputs=digest_outputs(inp.out_dir, inp.run_dir), compute=compute)


def _save_distributed(trainer, acc, inp: StageInput) -> bool:
    """Save a model trained by several processes; True on the main process (which goes on to digest it).

    Without LoRA every rank calls ``trainer.save_model``: under FSDP or DeepSpeed it gathers the sharded weights,
    and only the main process writes. A LoRA adapter is merged on the main process, which holds the whole model
    under DDP; under FSDP or DeepSpeed its weights are sharded, so that combination is refused.
    """
    if inp.lora:
        kind = str(acc.distributed_type).split(".")[-1]
        if kind in ("FSDP", "DEEPSPEED"):
            raise ConfigError(f"a LoRA stage trained under {kind} cannot be merged into a plain model folder "
                              "here; train it under DDP (the default of accelerate launch and torchrun)")
        if acc.is_main_process:
            acc.unwrap_model(trainer.model).merge_and_unload().save_pretrained(inp.out_dir)
        acc.wait_for_everyone()
    else:
        trainer.save_model(str(inp.out_dir))
    return bool(acc.is_main_process)


def digest_outputs(folder: Path, run_dir: Path, role: str = "model_file") -> list[Artefact]:
    return [Artefact(path=rel(p, run_dir), sha256=sha256_file(p), size=p.stat().st_size, role=role)
            for p in sorted(folder.rglob("*")) if p.is_file()]


def load_tokenizer(model: str):
    from transformers import AutoTokenizer

    tok = AutoTokenizer.from_pretrained(model)
    if tok.pad_token is None:
        tok.pad_token = tok.eos_token
    return tok
