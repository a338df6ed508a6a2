"""Ray for the ``--engine ray`` commands (``scrub``, ``fairness run``): imported only when that engine is asked for.

Why one module: both engines need the same three things, decided once. A clear error when the ``ray`` extra is
missing (``pip install 'governed-tuning[ray]'``), not an ImportError from deep inside a gate. One rule for which
Ray to use: the one this process already joined (a notebook, a test's fixture), else a private local Ray started
here and stopped at the end, else the cluster the user names with ``--ray-address``. And a description of that
Ray for the evidence: how many nodes, CPUs and GPUs, and whether it was local or a cluster; never a host name.

The address is the user's decision: a cluster is the point of the engine. The records travel to the cluster's
workers as they are (personal data included) and the scrubbed copy is written where the workers can reach it, so
the evidence records that a cluster was used, and the README says what that means.
"""

from __future__ import annotations

import contextlib
import ipaddress
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from .errors import ConfigError

ENGINES = ("local", "ray")
INSTALL_HINT = "pip install 'governed-tuning[ray]'"


def require_ray() -> Any:
    """``import ray`` and Ray Data, or a ConfigError saying how to install them."""
    try:
        import ray
        import ray.data  # noqa: F401  (the engines are Ray Data pipelines)
    except ImportError as e:
        raise ConfigError(f"--engine ray needs Ray with Ray Data, which is not installed ({e.name or e}); install "
                          f"the optional extra: {INSTALL_HINT}") from None
    return ray


def check_engine(engine: str, address: str | None = None, workers: int | None = None) -> str:
    """``engine`` when it is known; the Ray options are refused without ``--engine ray`` (silently ignoring a
    cluster address would run on one machine while the user believes otherwise)."""
    if engine not in ENGINES:
        raise ConfigError(f"--engine {engine!r}: expected one of {', '.join(ENGINES)}")
    given = [o for o, v in (("--ray-address", address), ("--workers", workers)) if v is not None]
    if given and engine != "ray":
        raise ConfigError(f"{' and '.join(given)} apply to --engine ray only; add --engine ray or leave them out")
    return engine


def address_kind(address: str | None) -> str:
    """``local`` for a Ray on this machine (none given, ``local``, a loopback host), else ``cluster``; ``auto``
    (the cluster ``ray start`` left on this machine or $RAY_ADDRESS names) is a cluster as far as we know."""
    if address in (None, "", "local"):
        return "local"
    host = address.split("://", 1)[-1].rsplit(":", 1)[0].strip("[]")
    if host == "localhost":
        return "local"
    try:
        return "local" if ipaddress.ip_address(host).is_loopback else "cluster"
    except ValueError:
        return "cluster"


@dataclass(frozen=True)
class RayInfo:
    """The Ray an engine ran on, as the evidence records it (no host names, no addresses)."""

    address_kind: str  # local | cluster | joined (a Ray this process had already started or joined)
    nodes: int
    cpus: float
    gpus: float
    ray_version: str

    def evidence(self) -> dict[str, Any]:
        return {"address_kind": self.address_kind, "nodes": self.nodes, "cpus": self.cpus, "gpus": self.gpus,
                "ray": self.ray_version}


def describe(kind: str) -> RayInfo:
    ray = require_ray()
    res = ray.cluster_resources()
    nodes = sum(1 for n in ray.nodes() if n.get("Alive"))
    return RayInfo(kind, nodes, float(res.get("CPU", 0)), float(res.get("GPU", 0)), ray.__version__)


@contextlib.contextmanager
def session(address: str | None = None, *, num_cpus: int | None = None, progress: bool = False) -> Iterator[RayInfo]:
    """The Ray to run on, stopped at the end when it was started here.

    ``address`` None or ``local``: a private Ray on this machine (``$RAY_ADDRESS`` is not followed: joining a
    cluster is asked for by name); otherwise ``ray.init(address)``: ``auto``, ``HOST:PORT`` or ``ray://HOST:PORT``.
    A Ray this process already joined is used as it is, whatever ``address`` says."""
    ray = require_ray()
    started = False
    if ray.is_initialized():
        kind = "joined"
    else:
        kind = address_kind(address)
        kw: dict[str, Any] = {"include_dashboard": False, "log_to_driver": False, "configure_logging": False}
        try:
            if address in (None, "", "local"):  # private: bound to the loopback address, unreachable from outside
                ray.init(address="local", num_cpus=num_cpus, _node_ip_address="127.0.0.1", **kw)
            else:
                ray.init(address=address, **kw)
        except (ConnectionError, RuntimeError, ValueError) as e:
            raise ConfigError(f"--ray-address {address or 'local'}: could not start or join Ray ({type(e).__name__}: "
                              f"{str(e).splitlines()[0] if str(e) else 'no detail'}); for a cluster, run "
                              "`ray start --head` on its head node and pass the address it prints") from None
        started = True
    if not progress:  # Ray Data announces every execution on stderr (operator names and counts only)
        import logging

        logging.getLogger("ray.data").setLevel(logging.WARNING)
    try:
        ctx = ray.data.DataContext.get_current()
        ctx.enable_progress_bars = progress
        ctx.execution_options.preserve_order = True  # shards and results come back in record order
        yield describe(kind)
    finally:
        if started:
            ray.shutdown()


def default_workers(info: RayInfo) -> int:
    """One actor per CPU of the Ray, less one CPU for Ray Data's own read and write tasks beside the actors (on a
    2-CPU machine: 1 actor); ``--workers`` chooses another number."""
    return max(1, int(info.cpus) - 1)
