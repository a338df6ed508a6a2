"""A run started by ``accelerate launch`` or ``torchrun``: gates, scrub, signing and the ledger once, on rank 0.

Every process runs the same ``governed-tuning run CONFIG``. Rank 0 (the main process) runs the licence and PII
gates and the scrub, then publishes a plan (the run id, the scrubbed copies and their digests); the other ranks
wait for it, check each scrubbed copy's digest and train on it alongside rank 0. After each stage every rank
reports its status; rank 0 decides whether the run goes on, and alone saves the model, runs the fairness gate,
writes, signs and appends to the ledger.

The ranks meet through the key-value store ``torch.distributed`` rendezvoused on (torchrun's agent store), never
through a collective: a collective barrier would time out during a long scrub and cannot carry a failure. Waits
poll in Python, so a SIGTERM from the launcher (sent when another rank died) reaches rank 0, which then still
writes one signed failure record. A rank whose stage raised tears its process group down, so the peers blocked in
a gradient all-reduce with it fail at once instead of waiting for the collective timeout.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import time
from dataclasses import dataclass
from typing import Any

from ..errors import GovernedTuningError
from ..record import DistributedInfo, ErrorInfo, RankInfo

PREFIX = "governed-tuning/"


class LauncherStopped(BaseException):
    """The launcher told this process to stop (SIGTERM): another rank ended. A BaseException, so no stage's
    ``except Exception`` swallows it; the runner records it and signs."""


class DistributedError(GovernedTuningError):
    """A rank did not reach a meeting point in time, or saw data that differs from rank 0's."""


# where launchers put the number of processes: torchrun and accelerate's GPU launchers, then MPI (accelerate's
# multi-CPU launch goes through mpirun); the same names, in the same order, as accelerate reads them
WORLD_SIZE_VARS = ("WORLD_SIZE", "PMI_SIZE", "OMPI_COMM_WORLD_SIZE", "MV2_COMM_WORLD_SIZE")
RANK_VARS = ("RANK", "PMI_RANK", "OMPI_COMM_WORLD_RANK", "MV2_COMM_WORLD_RANK")


def _first_int(names: tuple[str, ...], default: int) -> int:
    for name in names:
        try:
            return int(os.environ[name])
        except (KeyError, ValueError):
            continue
    return default


def launched() -> bool:
    """True when a launcher started more than one process."""
    return _first_int(WORLD_SIZE_VARS, 1) > 1


def launch_rank() -> int:
    """This process's rank as the launcher gave it (0 when not launched); known before any process group."""
    return _first_int(RANK_VARS, 0)


def _launcher() -> str:
    return "accelerate" if any(k.startswith("ACCELERATE_") for k in os.environ) else "torchrun"


@dataclass
class Cluster:
    """This process's place in the launch, and the store the ranks meet through."""

    rank: int
    world_size: int
    local_rank: int
    backend: str | None
    distributed_type: str
    device: str
    timeout_s: float
    store: Any

    @property
    def main(self) -> bool:
        return self.rank == 0

    @classmethod
    def start(cls, timeout_s: float) -> Cluster:
        """Join the process group the way the Trainer will (accelerate's ``PartialState``: gloo on CPU, nccl on
        GPUs, DeepSpeed or FSDP when the accelerate config says so); the Trainer then finds it initialised."""
        import torch
        import torch.distributed as dist
        from accelerate import PartialState

        cpu = (not torch.cuda.is_available()
               or os.environ.get("ACCELERATE_USE_CPU", "false").lower() in ("1", "true", "yes"))
        state = PartialState(cpu=cpu)
        if not dist.is_initialized():
            raise DistributedError(f"WORLD_SIZE={os.environ.get('WORLD_SIZE')} but torch.distributed did not "
                                   "initialise; start the run with accelerate launch or torchrun")
        store = dist.distributed_c10d._get_default_store()
        return cls(rank=dist.get_rank(), world_size=dist.get_world_size(),
                   local_rank=int(os.environ.get("LOCAL_RANK", state.local_process_index)),
                   backend=dist.get_backend(), distributed_type=str(state.distributed_type).split(".")[-1],
                   device=str(state.device), timeout_s=timeout_s, store=store)

    # ------------------------------------------------------------------ the store

    def put(self, key: str, value: Any) -> None:
        self.store.set(PREFIX + key, json.dumps(value))

    def get(self, key: str) -> Any:
        return json.loads(self.store.get(PREFIX + key))

    def wait_any(self, keys: list[str], what: str, timeout_s: float | None = None) -> str:
        """Poll until one of ``keys`` is set; the key found. Polled in Python so signals are handled."""
        deadline = time.monotonic() + (timeout_s if timeout_s is not None else self.timeout_s)
        while True:
            for k in keys:
                if self.store.check([PREFIX + k]):
                    return k
            if time.monotonic() > deadline:
                raise DistributedError(f"rank {self.rank} waited {self.timeout_s:g} s for {what} and gave up "
                                       "(distributed.timeout_s in the run config)")
            time.sleep(0.2)

    # ------------------------------------------------------------------ what every rank tells rank 0

    def announce(self) -> None:
        self.put(f"rank/{self.rank}", {"rank": self.rank, "local_rank": self.local_rank,
                                       "host": socket.gethostname(), "device": self.device})

    def describe(self) -> DistributedInfo:
        """Rank 0: world size, backend and every rank's device (each rank announced itself at start)."""
        self.announce()
        ranks = []
        for r in range(self.world_size):
            self.wait_any([f"rank/{r}"], f"rank {r} to start")
            ranks.append(RankInfo(**self.get(f"rank/{r}")))
        return DistributedInfo(launcher=_launcher(), world_size=self.world_size, backend=self.backend,
                               distributed_type=self.distributed_type, ranks=ranks)

    def report_stage(self, stage: str, error: ErrorInfo | None) -> None:
        self.put(f"stage/{stage}/{self.rank}", error.model_dump(mode="json") if error else None)

    def stage_errors(self, stage: str) -> dict[int, ErrorInfo]:
        """Rank 0: the error of every other rank whose stage failed (waits for each to report)."""
        out = {}
        for r in range(1, self.world_size):
            self.wait_any([f"stage/{stage}/{r}"], f"rank {r} to finish stage {stage}")
            err = self.get(f"stage/{stage}/{r}")
            if err is not None:
                out[r] = ErrorInfo(**err)
        return out

    def abandon(self) -> None:
        """After a failure: tear this rank's process group down so peers blocked in a collective with it fail
        now (their sockets close) rather than after the collective timeout. The store stays usable."""
        import torch.distributed as dist

        try:
            if dist.is_initialized():
                dist.destroy_process_group()
        except Exception:  # noqa: BLE001 - best effort: the run is stopping anyway
            pass


def stop_on_sigterm() -> None:
    """Rank 0: turn the launcher's SIGTERM (another rank died) into :class:`LauncherStopped`."""
    def handler(signum, frame):  # noqa: ARG001
        raise LauncherStopped()

    signal.signal(signal.SIGTERM, handler)
