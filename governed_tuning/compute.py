"""What a training stage cost: tokens, parameters, FLOPs (estimated and as the trainer reports them), wall time,
hardware and, where the machine can measure it, energy. Recorded per stage in the run record.

Why: the EU AI Act asks a general-purpose model's provider to document training compute (Annex XI 1.2(d)-(e)),
and a fine-tuner becomes such a provider when its modification uses more than a third of the original model's
training compute (the Commission's GPAI guidelines, July 2025). Only the trainer sees the batches, so the stage
measures while it trains:

* tokens: every batch the loss is computed on, counted as the hardware processes it (padding included): the
  sum of the sizes of its token-id tensors (``input_ids``, ``chosen_input_ids``, ``completion_ids``, ...);
* parameters: of the model being trained (with LoRA: the whole model, since every weight takes part in the
  forward and backward passes), and how many of them were trainable;
* the estimate 6 x N x D (N parameters, D tokens): forward and backward passes of a dense transformer (Kaplan et
  al. 2020, the method the Commission's guidelines name). Forward-only work (generation in RL, a frozen reference
  model) is not in it: the record says so;
* ``total_flos`` as the transformers Trainer reports it (its own 6 x N x D over the main input, non-embedding
  parameters): absent (None) when the trainer could not count (an RL trainer whose batches are prompts);
* energy: NVIDIA GPUs through NVML (``pynvml``, when installed), CPUs through Linux RAPL counters when readable
  (every package summed, a counter wrap added back); otherwise None with the reason ("not measured: ..."), never
  an estimate from a nominal power.
"""

from __future__ import annotations

import platform
import time
from pathlib import Path
from typing import Any, Callable

from pydantic import Field

from .schema import StrictModel

SIX_ND = "6 x parameters x tokens processed (forward and backward passes of a dense transformer)"
_NOT_TOKENS = ("position_ids", "token_type_ids", "labels")


class StageCompute(StrictModel):
    """A stage's compute, measured while it trained (all counts are over every process of the stage)."""

    tokens: int | None = Field(None, ge=0, description="Tokens the loss was computed on, padding included, over "
                               "every step and process (None: not counted).")
    dataset_tokens: int | None = Field(None, ge=0, description="Tokens of the stage's training data as the trainer "
                                       "tokenized it, counted once (None: the trainer tokenizes on the fly).")
    parameters: int | None = Field(None, ge=0, description="Parameters of the model trained (with LoRA, the whole "
                                   "model).")
    trainable_parameters: int | None = Field(None, ge=0, description="Of which trainable.")
    flops_estimate: float | None = Field(None, ge=0, description="6 x parameters x tokens (FLOP).")
    estimate_method: str = Field(SIX_ND, description="How flops_estimate was computed.")
    flops_reported: float | None = Field(None, ge=0, description="The trainer's own count (transformers "
                                         "TrainerState.total_flos), when it reports one above zero.")
    steps: int | None = Field(None, ge=0, description="Optimizer steps.")
    wall_s: float | None = Field(None, ge=0, description="Seconds the training loop ran.")
    device: str | None = Field(None, description="Device kind: cpu, cuda, mps, ...")
    device_name: str | None = Field(None, description="The accelerator's or CPU's name as the system reports it.")
    processes: int = Field(1, ge=1, description="Processes that trained (one device each).")
    precision: str | None = Field(None, description="Training precision: bf16, fp16 or the weights' dtype.")
    energy_j: float | None = Field(None, ge=0, description="Energy measured during training, joules (None: not "
                                   "measured).")
    energy_method: str | None = Field(None, description="How energy was measured, or why it was not.")
    not_counted: list[str] = Field(default_factory=list, description="Work of the stage the FLOP figures leave "
                                   "out.")

    def summary(self) -> str:
        """One line: tokens, parameters, FLOPs (and whose count), devices, energy when measured."""
        how = "trainer" if self.flops_reported else "6·N·D"
        return (f"{self.tokens if self.tokens is not None else '?'} tokens · {self.parameters} parameters · "
                + (f"{self.flops:.3g} FLOP ({how})" if self.flops else "FLOP not counted")
                + f" · {self.processes}× {self.device or 'unknown device'}"
                + (f" · {self.energy_j:.1f} J" if self.energy_j is not None else ""))

    @property
    def flops(self) -> float | None:
        """The figure documents lead with: the trainer's count when it has one, else the estimate."""
        return self.flops_reported if self.flops_reported else self.flops_estimate


def count_tokens(inputs: Any) -> int:
    """Token ids in one batch as the loss sees it: the sizes of its integer id tensors."""
    if not isinstance(inputs, dict):
        return 0
    n = 0
    for key, value in inputs.items():
        if not isinstance(key, str) or key in _NOT_TOKENS or not (key.endswith("input_ids") or key.endswith("_ids")
                                                                   or key.startswith("input_ids")):
            continue
        numel, dtype = getattr(value, "numel", None), str(getattr(value, "dtype", ""))
        if callable(numel) and "int" in dtype:
            n += int(numel())
    return n


#: Where Linux exposes RAPL (Running Average Power Limit) energy counters (the ``powercap`` framework; the
#: ``intel-rapl`` control type serves AMD processors too). A module setting so tests can point it at a fake tree.
POWERCAP = Path("/sys/class/powercap")


def _read_int(path: Path) -> int:
    return int(path.read_text().strip())


class _Rapl:
    """The CPU packages' RAPL energy counters, summed: every top-level ``intel-rapl:N`` zone (one per socket).
    Sub-zones (``intel-rapl:N:M``: cores, uncore, DRAM) are inside their package's count and are not added, nor
    is ``psys`` (the whole platform, which holds the packages) when packages exist. A counter wraps at its zone's
    ``max_energy_range_uj`` (about 262 kJ on common parts: some 40 minutes at 100 W); a wrap between the two
    reads is added back, and a counter that went backwards without saying its range is not a measurement. Two
    reads cannot see a second wrap: a stage that ran longer than a wrap period at full power may undercount."""

    def __init__(self, root: Path):
        self.zones: list[tuple[str, Path, int | None]] = []
        self.why: str | None = None
        if not root.is_dir():
            self.why = f"no powercap folder ({root}): not Linux, or a kernel or container without RAPL"
            return
        top = sorted(z for z in root.glob("intel-rapl:*") if z.name.count(":") == 1)
        if not top:
            self.why = f"no RAPL zone under {root} (the CPU or the virtual machine does not expose one)"
            return
        named = [(z, self._name(z)) for z in top]
        packages = [(z, n) for z, n in named if n.startswith("package")]
        for zone, name in packages or named:
            counter = zone / "energy_uj"
            try:
                _read_int(counter)
            except PermissionError:
                self.why = (f"{counter} is not readable by this user (Linux 5.10 and later make RAPL counters "
                            "readable by root only; a run as root, or a udev rule granting read access, measures)")
                self.zones = []
                return
            except (OSError, ValueError) as exc:
                self.why = f"{counter} cannot be read as a counter ({type(exc).__name__})"
                self.zones = []
                return
            try:
                wrap: int | None = _read_int(zone / "max_energy_range_uj")
            except (OSError, ValueError):
                wrap = None
            self.zones.append((name or zone.name, counter, wrap))

    @staticmethod
    def _name(zone: Path) -> str:
        try:
            return (zone / "name").read_text().strip()
        except OSError:
            return ""

    @property
    def method(self) -> str:
        names = ", ".join(n for n, _, _ in self.zones)
        return (f"Linux RAPL energy counters of the CPU package(s) ({names}), before and after training: the whole "
                "package, other processes' work included; DRAM and GPUs not included")

    def read(self) -> list[int] | None:
        try:
            return [_read_int(c) for _, c, _ in self.zones]
        except (OSError, ValueError):
            return None

    def joules(self, start: list[int] | None, end: list[int] | None) -> float | None:
        if start is None or end is None or len(start) != len(end):
            return None
        total = 0
        for (_, _, wrap), a, b in zip(self.zones, start, end):
            if b < a:
                if not wrap:
                    return None  # wrapped, and the zone does not say at what: not a measurement
                b += wrap
            total += b - a
        return round(total / 1e6, 3)


class _Energy:
    """An energy counter read before and after training: NVML for NVIDIA GPUs, RAPL for CPUs, else nothing,
    with the reason in ``method`` ("not measured: ...") so the compute document never shows a bare blank."""

    def __init__(self, device: str, index: int | None):
        self.method: str | None = None
        self.read: Callable[[], Any] = lambda: None
        self.delta: Callable[[Any, Any], float | None] = \
            lambda a, b: None if a is None or b is None or b < a else round(b - a, 3)  # a wrapped counter: None
        if device == "cuda":
            try:
                import pynvml  # type: ignore[import-not-found]

                pynvml.nvmlInit()
                handle = pynvml.nvmlDeviceGetHandleByIndex(index or 0)
                pynvml.nvmlDeviceGetTotalEnergyConsumption(handle)  # millijoules; raises where unsupported
                self.read = lambda: pynvml.nvmlDeviceGetTotalEnergyConsumption(handle) / 1000.0
                self.method = "NVML total energy counter of the GPU, before and after training (this process's GPU)"
            except Exception as exc:  # noqa: BLE001 - no NVML, an older GPU: say why
                self.method = f"not measured: NVML unavailable ({type(exc).__name__}; pip install nvidia-ml-py)"
        elif device == "cpu":
            rapl = _Rapl(POWERCAP)
            if rapl.zones:
                self.read, self.delta, self.method = rapl.read, rapl.joules, rapl.method
            else:
                self.method = f"not measured: {rapl.why}"
        else:
            self.method = f"not measured: no energy counter for {device} devices"
        self.start = self.read()

    def joules(self) -> float | None:
        return self.delta(self.start, self.read())


class ComputeMeter:
    """Attach to a trainer before ``train()``; ``result()`` afterwards gives the stage's :class:`StageCompute`."""

    def __init__(self, trainer: Any):
        self.trainer = trainer
        self.tokens = 0
        self.counted = False
        original = trainer.compute_loss

        def compute_loss(model: Any, inputs: Any, *args: Any, **kwargs: Any) -> Any:
            n = count_tokens(inputs)
            if n and model is not None and getattr(model, "training", True):  # evaluation passes are not training
                self.tokens += n
                self.counted = True
            return original(model, inputs, *args, **kwargs)

        trainer.compute_loss = compute_loss  # the one place every TRL trainer hands each batch to the model
        args = trainer.args
        self.device = getattr(getattr(args, "device", None), "type", None) or "cpu"
        index = getattr(getattr(args, "device", None), "index", None)
        self.energy = _Energy(self.device, index)
        self.t0 = time.perf_counter()

    def detach(self) -> None:
        """Take the counting wrapper off the trainer (call it however training ended). The wrapper refers to the
        trainer: left on, the two keep each other alive after a failure, and with them a distributed model's
        process group, so peers blocked in a collective with this rank would wait for the timeout instead of
        failing when it tears its group down."""
        self.trainer.__dict__.pop("compute_loss", None)

    def result(self, *, not_counted: list[str] | None = None) -> StageCompute:
        wall = time.perf_counter() - self.t0
        trainer, args = self.trainer, self.trainer.args
        acc = getattr(trainer, "accelerator", None)
        processes = int(getattr(acc, "num_processes", 1) or 1)
        model = trainer.model
        params = sum(p.numel() for p in model.parameters())
        trainable = sum(p.numel() for p in model.parameters() if p.requires_grad)
        tokens = self.tokens * processes if self.counted else None  # each process counted its own batches
        reported = float(getattr(trainer.state, "total_flos", 0.0) or 0.0)
        dtype = next((str(p.dtype).removeprefix("torch.") for p in model.parameters()), None)
        precision = "bf16" if getattr(args, "bf16", False) else "fp16" if getattr(args, "fp16", False) else dtype
        return StageCompute(
            tokens=tokens, dataset_tokens=dataset_tokens(getattr(trainer, "train_dataset", None)),
            parameters=params, trainable_parameters=trainable,
            flops_estimate=float(6 * params * tokens) if tokens is not None else None,
            flops_reported=reported or None, steps=int(trainer.state.global_step), wall_s=round(wall, 3),
            device=self.device, device_name=device_name(self.device, getattr(args.device, "index", None)),
            processes=processes, precision=precision,
            energy_j=self.energy.joules(), energy_method=self.energy.method, not_counted=list(not_counted or []))


def dataset_tokens(ds: Any) -> int | None:
    """Tokens of a tokenized training set (its token-id columns' lengths), once; None when it is not tokenized."""
    names = [c for c in (getattr(ds, "column_names", None) or [])
             if c not in _NOT_TOKENS and (c.endswith("input_ids") or c.endswith("_ids") or c.startswith("input_ids"))]
    if not names:
        return None
    try:  # in batches: a large set is never held in memory whole
        return int(sum(len(x) for batch in ds.select_columns(names).iter(batch_size=1024) for c in names
                       for x in batch[c]))
    except (AttributeError, TypeError, KeyError):
        return None


def device_name(device: str, index: int | None = None) -> str | None:
    if device == "cuda":
        import torch

        return str(torch.cuda.get_device_name(index or 0))
    if device == "cpu":
        return platform.processor() or platform.machine() or None
    return None
