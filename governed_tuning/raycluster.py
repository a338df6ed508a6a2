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
import logging
import os
from collections.abc import Collection, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import ConfigError

log = logging.getLogger(__name__)
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


def check_engine(engine: str, address: str | None = None, workers: int | None = None,
                 spill_dir: str | Path | None = None) -> str:
    """``engine`` when it is known; the Ray options are refused without ``--engine ray`` (silently ignoring a
    cluster address would run on one machine while the user believes otherwise), and so is a spill folder for a
    cluster (its nodes spill where `ray start --object-spilling-directory` said; a setting here would not apply)."""
    if engine not in ENGINES:
        raise ConfigError(f"--engine {engine!r}: expected one of {', '.join(ENGINES)}")
    if spill_dir is not None and address_kind(address) != "local":
        raise ConfigError("--ray-spill-dir applies to the private Ray started on this machine; the cluster at "
                          "--ray-address spills where each node's `ray start --object-spilling-directory DIR` says")
    given = [o for o, v in (("--ray-address", address), ("--workers", workers), ("--ray-spill-dir", spill_dir))
             if v is not None]
    if given and engine != "ray":
        raise ConfigError(f"{' and '.join(given)} apply to --engine ray only; add --engine ray or leave them out")
    return engine


def _host(address: str) -> str:
    """The host of ``HOST``, ``HOST:PORT``, ``[V6]:PORT``, a bare IPv6 address or ``scheme://`` any of these."""
    a = address.split("://", 1)[-1].strip()
    if a.startswith("["):
        return a[1:].split("]", 1)[0]
    if a.count(":") > 1:  # a bare IPv6 address
        return a
    return a.rsplit(":", 1)[0]


def address_kind(address: str | None) -> str:
    """``local`` for a Ray on this machine (none given, ``local``, a loopback host), else ``cluster``; ``auto``
    (the cluster ``ray start`` left on this machine or $RAY_ADDRESS names) is a cluster as far as we know."""
    if address in (None, "", "local"):
        return "local"
    host = _host(address)
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
    transport: str = "this machine"  # this machine | tls | unencrypted: how records and the key travel
    spilling: str = "ray default"  # where the object store spills: ray default | folder given | where Ray was started

    @property
    def warning(self) -> str | None:
        return TRANSPORT_WARNING if self.transport == "unencrypted" else None

    def evidence(self) -> dict[str, Any]:
        out = {"address_kind": self.address_kind, "nodes": self.nodes, "cpus": self.cpus, "gpus": self.gpus,
               "ray": self.ray_version, "transport": self.transport, "object_spilling": self.spilling}
        return out | ({"warnings": [self.warning]} if self.warning else {})


TRANSPORT_WARNING = ("Ray with nodes on other machines and no TLS (RAY_USE_TLS is not set): the records, "
                     "personal data included, and the pseudonym key crossed the network unencrypted between the "
                     "driver and the workers; configure Ray's TLS on every node (RAY_USE_TLS=1 with "
                     "RAY_TLS_SERVER_CERT, RAY_TLS_SERVER_KEY, RAY_TLS_CA_CERT) or keep the cluster on a network "
                     "you would send the raw data over")


def tls_configured(environ: Mapping[str, str] | None = None) -> bool:
    """Whether Ray's gRPC traffic is encrypted in this process (Ray reads ``RAY_USE_TLS``, 1 or true)."""
    return (os.environ if environ is None else environ).get("RAY_USE_TLS", "0").strip().lower() in ("1", "true")


def transport(addresses: list[str | None], environ: Mapping[str, str] | None = None,
              here: Collection[str] = ()) -> str:
    """``this machine`` when the Ray's address and every node's are loopback or this machine's own (``here``):
    nothing crosses a network; else ``tls`` or ``unencrypted`` as ``RAY_USE_TLS`` says."""
    hosts = [_host(a) for a in addresses if a]
    if hosts and all(address_kind(h) == "local" or h in here for h in hosts):
        return "this machine"
    return "tls" if tls_configured(environ) else "unencrypted"


def describe(kind: str, spilling: str = "ray default") -> RayInfo:
    ray = require_ray()
    res = ray.cluster_resources()
    alive = [n for n in ray.nodes() if n.get("Alive")]
    try:
        gcs = ray.get_runtime_context().gcs_address
    except Exception:  # pragma: no cover - an older Ray: judge by the nodes alone
        gcs = None
    try:
        here = {ray.util.get_node_ip_address()}  # this machine's address as Ray sees it
    except Exception:  # pragma: no cover
        here = set()
    where = transport([gcs, *(n.get("NodeManagerAddress") for n in alive)], here=here)
    info = RayInfo(kind, len(alive), float(res.get("CPU", 0)), float(res.get("GPU", 0)), ray.__version__, where,
                   spilling)
    if info.warning:
        log.warning("%s", info.warning)
    return info


@contextlib.contextmanager
def session(address: str | None = None, *, num_cpus: int | None = None, progress: bool = False,
            spill_dir: str | Path | None = None) -> Iterator[RayInfo]:
    """The Ray to run on, stopped at the end when it was started here.

    ``address`` None or ``local``: a private Ray on this machine (``$RAY_ADDRESS`` is not followed: joining a
    cluster is asked for by name); otherwise ``ray.init(address)``: ``auto``, ``HOST:PORT`` or ``ray://HOST:PORT``.
    A Ray this process already joined is used as it is, whatever ``address`` says. ``spill_dir``: where the
    private Ray's object store spills (records and the key in Ray's own serialised form; default: Ray's session
    folder under /tmp/ray); created with mode 0700. A cluster spills where its nodes were started to."""
    ray = require_ray()
    started = False
    spilling = "ray default"
    if ray.is_initialized():
        kind = "joined"
        if spill_dir is not None:
            raise ConfigError("--ray-spill-dir applies to a Ray started here; this process has already joined one "
                              "(it spills where it was started to)")
    else:
        kind = address_kind(address)
        check_engine("ray", address, spill_dir=spill_dir)
        if os.environ.get("RAY_object_spilling_directory"):  # Ray's own variable, read by the Ray it starts
            spilling = "folder given"
        kw: dict[str, Any] = {"include_dashboard": False, "log_to_driver": False, "configure_logging": False}
        try:
            # private: one node, this machine; its driver, raylet and workers talk on this machine (Ray's own
            # ports still listen on every interface, behind Ray's token authentication: README, "Scaling out")
            if address in (None, "", "local"):
                if spill_dir is not None:
                    kw["object_spilling_directory"] = str(_private_folder(spill_dir))
                    spilling = "folder given"
                ray.init(address="local", num_cpus=num_cpus, _node_ip_address="127.0.0.1", **kw)
            else:
                spilling = "where Ray was started"
                ray.init(address=address, **kw)
        except (ConnectionError, RuntimeError, ValueError) as e:
            raise ConfigError(f"--ray-address {address or 'local'}: could not start or join Ray ({type(e).__name__}: "
                              f"{str(e).splitlines()[0] if str(e) else 'no detail'}); for a cluster, run "
                              "`ray start --head` on its head node and pass the address it prints") from None
        started = True
    if not progress:  # Ray Data announces every execution on stderr (operator names and counts only)
        logging.getLogger("ray.data").setLevel(logging.WARNING)
    try:
        ctx = ray.data.DataContext.get_current()
        ctx.enable_progress_bars = progress
        ctx.execution_options.preserve_order = True  # shards and results come back in record order
        yield describe(kind, spilling if kind != "joined" else "where Ray was started")
    finally:
        if started:
            ray.shutdown()


def _private_folder(path: str | Path) -> Path:
    """``path`` made absolute and created if missing, readable by this user only (what spills there is PII)."""
    p = Path(path).expanduser().resolve()
    try:
        p.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as e:
        raise ConfigError(f"--ray-spill-dir {p}: cannot create it ({e.strerror})") from None
    if not p.is_dir():
        raise ConfigError(f"--ray-spill-dir {p}: not a folder")
    return p


def default_workers(info: RayInfo) -> int:
    """One actor per CPU of the Ray, less one CPU for the driver, which reads the input and hands out the blocks
    (the fairness engine: Ray Data's own read and write tasks) beside the actors (on a 2-CPU machine: 1 actor); ``--workers`` chooses another number."""
    return max(1, int(info.cpus) - 1)
