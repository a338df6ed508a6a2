"""`scrub --engine ray` against the local engine: records/s with 1 and 2 workers, and what the passes share.

    python benchmarks/ray_engine.py [--records 3000] [--workers 1,2] [--cpus 2]

The input is Faker's multi-locale support chats (``fakechats.py``, held out from anything the gate is tuned on),
written once as JSONL. The local engine (``PiiGate.check``: stream's passes in this process) runs first, then a
private local Ray is started once (``--cpus`` CPUs, no dashboard, loopback) and the Ray engine runs with each
number of workers. Each figure is one run, whole command as a user sees it minus Ray's own start-up (given
apart): reading, both passes, the aggregation, writing and digests. The copies are checked equal record for
record, so the figures compare the same work. Beside the wall time, the CPU seconds of this process and every
process under it (Ray's actors, raylet and object store), sampled every 0.2 s (``CpuMeter``): on a shared machine
the wall time moves with the other jobs, the CPU much less.

Also measured, for the note on scaling: the size of what the passes share (the merged ``DatasetState``, pickled:
what the driver sends every pass-2 actor) and of the findings kept between the passes, per million records.
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("GOVERNED_TUNING_PSEUDONYM_KEY", "benchmark-key-0123456789abcdef")

from fakechats import chats  # noqa: E402


class CpuMeter:
    """CPU seconds (user + system) of this process and its descendants, sampled by a thread: an actor that
    ends between two samples loses at most one interval of its CPU. ``total()`` is the sum so far."""

    def __init__(self, every: float = 0.2):
        import threading

        import psutil

        self.psutil, self.every = psutil, every
        self.seen: dict[tuple[int, float], float] = {}
        self.lock = threading.Lock()
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _sample(self) -> None:
        me = self.psutil.Process()
        for p in [me, *me.children(recursive=True)]:
            try:
                with p.oneshot():
                    key, t = (p.pid, p.create_time()), p.cpu_times()
                with self.lock:
                    self.seen[key] = max(self.seen.get(key, 0.0), t.user + t.system)
            except self.psutil.Error:  # ended meanwhile
                pass

    def _run(self) -> None:
        while not self.stop.wait(self.every):
            self._sample()

    def total(self) -> float:
        self._sample()
        with self.lock:
            return sum(self.seen.values())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--records", type=int, default=3000)
    ap.add_argument("--workers", default="1,2", help="comma-separated numbers of actors per pool")
    ap.add_argument("--cpus", type=int, default=2, help="CPUs of the local Ray")
    args = ap.parse_args()

    from governed_tuning import data, shards
    from governed_tuning.gates.pii import PiiGate, ray_engine
    from governed_tuning.gates.pii.passes import detect_batch, merge
    from governed_tuning.policy import load_policy
    from governed_tuning.progress import quiet_libraries

    quiet_libraries()
    tmp = Path(tempfile.mkdtemp(prefix="ray-bench-"))
    records, _ = chats(args.records, seed=23)
    src = tmp / "chats.jsonl"
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records))
    gate = PiiGate(load_policy("default").policy.pii)
    rows = []
    meter = CpuMeter()

    t, c = time.perf_counter(), meter.total()
    local = gate.check(src, tmp / "local.jsonl")
    wall = time.perf_counter() - t
    rows.append(("local (one process)", 1, wall, meter.total() - c, local))
    want = data.read_records(tmp / "local.jsonl")

    import ray

    t = time.perf_counter()
    ray.init(address="local", num_cpus=args.cpus, include_dashboard=False, log_to_driver=False,
             configure_logging=False, _node_ip_address="127.0.0.1")
    ray_start = time.perf_counter() - t
    try:
        for n in (int(x) for x in args.workers.split(",")):
            out = tmp / f"ray-{n}"
            t, c = time.perf_counter(), meter.total()
            res = ray_engine.check(gate, src, out, workers=n)
            wall = time.perf_counter() - t
            cpu = meter.total() - c
            assert res.verdict == local.verdict and shards.read_sharded(out) == want, "the engines disagree"
            rows.append((f"ray, {n} worker(s)", n, wall, cpu, res))
    finally:
        ray.shutdown()

    # what the passes share, measured on the same records in batches of 512
    states, found_bytes = [], 0
    for i in range(0, len(records), 512):
        f, s = detect_batch(gate, records[i:i + 512])
        states.append(s)
        found_bytes += len(pickle.dumps(f, protocol=pickle.HIGHEST_PROTOCOL))
    state = merge(states).finish()
    state_bytes = len(pickle.dumps(state, protocol=pickle.HIGHEST_PROTOCOL))
    per_m = 1_000_000 / len(records)

    print(f"{len(records)} Faker support chats ({src.stat().st_size / 1e6:.1f} MB JSONL), {os.cpu_count()} cores; "
          f"local Ray start-up {ray_start:.1f} s (not in the figures below)\n")
    print("| engine | workers | wall s | records/s | CPU s (all processes) | detect s | scrub+rescan+write s | "
          "ratio to local |")
    print("|---|---|---|---|---|---|---|---|")
    base = rows[0][2]
    for name, n, wall, cpu, res in rows:
        tm = res.evidence["timings_s"]
        print(f"| {name} | {n} | {wall:.1f} | {len(records) / wall:.0f} | {cpu:.1f} | {tm['scrub']:.1f} | "
              f"{tm['rescan'] + tm['write']:.1f} | {base / wall:.2f}x |")
    print(f"\nshared between the passes (DatasetState, pickled): {state_bytes / 1e3:.0f} kB for {len(records)} "
          f"records ({state.sizes()}); ~{state_bytes * per_m / 1e6:.0f} MB per million records of this kind")
    print(f"findings kept between the passes: {found_bytes / 1e3:.0f} kB; ~{found_bytes * per_m / 1e6:.0f} MB per "
          f"million records")


if __name__ == "__main__":
    main()
