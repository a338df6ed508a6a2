"""Which engine did a gate's work, as its evidence records it: ``local`` (one process, the default, and then the
field is left out) or ``ray`` (a pool of Ray actors, ``raycluster.py``).

Shared by the gates that can run on Ray (the PII gate's scrub, the fairness gate's generation and scoring), so a
reader finds the same fields in both. No host names or addresses: the kind of Ray and its size only."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from .base import Evidence


class RayCluster(Evidence):
    address_kind: Literal["local", "cluster", "joined"] = Field(description="local: a private Ray started on "
                                                                "this machine; cluster: the --ray-address given; "
                                                                "joined: a Ray this process had already joined.")
    nodes: int
    cpus: float
    gpus: float
    ray: str = Field(description="Ray's version.")
    transport: Literal["this machine", "tls", "unencrypted"] | None = Field(
        None, description="How the records (personal data included) and the pseudonym key travelled between the "
        "driver and the workers: this machine (every node of the Ray is this machine), tls (RAY_USE_TLS set), "
        "unencrypted (across a network in the clear; see warnings).")
    object_spilling: Literal["ray default", "folder given", "where Ray was started"] | None = Field(
        None, description="Where Ray's object store spilled when full (it holds the records): Ray's default "
        "(its session folder under /tmp/ray), a folder given with --ray-spill-dir or RAY_object_spilling_directory, "
        "or whatever the Ray joined was started with.")
    warnings: list[str] = Field(default_factory=list, description="What the user should know about where the "
                                "data went (an unencrypted transport).")


class Shard(Evidence):
    """One output file of a sharded copy: its name in the output folder, records, digest."""

    name: str
    records: int
    sha256: str


class EngineEvidence(Evidence):
    name: Literal["local", "ray"]
    workers: int = Field(description="Actors in each pool (each holds one copy of the model).")
    gpus_per_worker: float | None = None
    batches: int | None = Field(None, description="Batches the work was cut into.")
    cluster: RayCluster | None = None
    shards: list[Shard] | None = Field(None, description="The output's files, in record order.")
