"""Peak memory and time of `scrub` as the input grows, streaming engine against the in-memory one; and one long
record. One run each, each engine in its own child process (peak RSS from the child's own ``ru_maxrss``).

    benchmarks/scrub_stream.py sizes [--mb 100,300,1000] [--memory-up-to 300] [--dir /tmp/scrub-bench]
    benchmarks/scrub_stream.py long [--mb 1,2,50] [--old-mb 1,2 --old-root CHECKOUT] [--unique] [--workers N]

``sizes``: JSONL chat records (system, user, assistant) made from a pool of 3,000 Faker chats
(``fakechats.chats``) with a running id, so the dataset-wide state stays the pool's (the engines' own memory is
what grows or not); files are written under --dir and deleted after. ``long``: one record whose text is
ordinary prose with a PII-dense support chat every 2.4 KB (planted names, emails, phones, IBANs, addresses).
The in-memory engine is ``PiiGate.check_in_memory`` (the engine before streaming, kept as the reference).
CPU seconds count the child and the workers it forked to read a long text's windows (``pii.long_text_workers``).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
POOL = int(os.environ.get("SCRUB_BENCH_POOL", "3000"))
sys.path.insert(0, str(ROOT / "benchmarks"))

CHILD = r"""
import json, os, resource, sys, time
t0 = time.perf_counter()
from governed_tuning.gates.pii import PiiGate, stream
from governed_tuning.policy import load_policy
src, out, engine = sys.argv[1:4]
pii = load_policy("default").policy.pii
workers = os.environ.get("SCRUB_BENCH_WORKERS")
if workers and "long_text_workers" in type(pii).model_fields:  # a checkout before the setting reads windows alone
    pii = pii.model_copy(update={"long_text_workers": workers if workers == "auto" else int(workers)})
gate = PiiGate(pii)
def cpu():  # this process and its reaped children (the forked workers reading a long text's windows)
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system
# the streaming engine's passes, timed in CPU seconds (the evidence's timings are wall seconds, noisy on a shared
# machine), with the process's peak RSS when each last returned (ru_maxrss only grows)
phase_cpu, phase_rss = {}, {}
def timed(name, fn):
    def run(*a, **k):
        c = cpu()
        try:
            return fn(*a, **k)
        finally:
            phase_cpu[name] = phase_cpu.get(name, 0.0) + cpu() - c
            phase_rss[name] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return run
for name, attr in (("detect", "detect_batch"), ("scrub", "scrub_batch"), ("rescan", "rescan_batch")):
    if hasattr(stream, attr):
        setattr(stream, attr, timed(name, getattr(stream, attr)))
def read_per_char():  # characters each reader of a long text's windows read, per character of it (windows.READ)
    from governed_tuning.gates.pii import windows
    read = getattr(windows, "READ", None)
    if not read:
        return {}
    with open(src, encoding="utf-8") as fh:
        n = sum(len(v) for line in fh for v in json.loads(line).values() if isinstance(v, str))
    return {k: round(v / n, 3) for k, v in read.items()}
t1 = time.perf_counter(); c1 = cpu()
res = gate.check(src, out) if engine == "stream" else gate.check_in_memory(src, out)
ev = res.model_dump(mode="json")["evidence"]
print(json.dumps({"engine": engine, "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "workers": getattr(pii, "long_text_workers", 1),
                  "worker_peak_rss_mb": round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024),
                  "scrub_s": round(time.perf_counter() - t1, 1), "cpu_s": round(cpu() - c1, 1),
                  "startup_s": round(t1 - t0, 1), "verdict": res.verdict, "records": ev["records_in"],
                  "changed": ev["records_changed"], "known_values": ev["rescan"]["known_values"],
                  "timings": ev["timings_s"], "phase_cpu_s": {k: round(v, 1) for k, v in phase_cpu.items()},
                  "phase_peak_rss_mb": {k: round(v) for k, v in phase_rss.items()},
                  "chars_read_per_char": read_per_char()}))
"""


def run_child(src: Path, engine: str, root: str | None = None, workers: str | None = None) -> dict:
    """``root``: another checkout whose ``governed_tuning`` the child imports (its ``check``, as engine "stream");
    ``workers``: its policy's ``long_text_workers`` (default: the policy's)."""
    out = src.with_name(src.stem + f".{engine}.out.jsonl")
    env = {**os.environ, "GOVERNED_TUNING_PSEUDONYM_KEY": os.environ.get("GOVERNED_TUNING_PSEUDONYM_KEY", "b" * 32)}
    if workers:
        env["SCRUB_BENCH_WORKERS"] = workers
    if root:
        env["PYTHONPATH"] = root
    # the child runs in the checkout it measures: ``python -c`` puts its working folder first on sys.path, ahead of
    # PYTHONPATH, so from this checkout the "before" run imported this checkout's code
    proc = subprocess.run([sys.executable, "-c", CHILD, str(src), str(out), engine], capture_output=True, text=True,
                          env=env, cwd=root or ROOT)
    out.unlink(missing_ok=True)
    if proc.returncode != 0:
        return {"engine": engine, "error": proc.stderr.strip().splitlines()[-1][:300] if proc.stderr else "failed"}
    return json.loads(proc.stdout.strip().splitlines()[-1])


def write_chats(path: Path, mb: float) -> int:
    from fakechats import chats

    pool, _ = chats(POOL, seed=21)
    system = "You are a helpful support agent for an online shop."
    n = 0
    with open(path, "w", encoding="utf-8") as fh:
        while fh.tell() < mb * 1e6:
            c = pool[n % len(pool)]
            fh.write(json.dumps({"id": n, "messages": [{"role": "system", "content": system},
                                                       {"role": "user", "content": c["prompt"]},
                                                       {"role": "assistant", "content": c["completion"]}]},
                                ensure_ascii=False) + "\n")
            n += 1
    return n


def write_documents(path: Path, mb: float) -> int:
    """Records holding a ~6 KB document each (prose with a PII-dense support chat every 2.4 KB), from a pool of
    200 documents: after the first sight of each, the detector's digest memo makes a document cheap, so a
    gigabyte fits the time a shared 2-core machine has; what is measured is memory."""
    from fakechats import chats

    recs, _ = chats(800, seed=29)
    plain = (ROOT / "tests" / "assets" / "pii" / "non_pii.txt").read_text()
    pool = ["\n".join(plain + "\n" + r["prompt"] + " " + r["completion"] for r in recs[i * 4:i * 4 + 2])
            + "\n" + recs[i * 4 + 2]["prompt"] for i in range(200)]
    n = 0
    with open(path, "w", encoding="utf-8") as fh:
        while fh.tell() < mb * 1e6:
            fh.write(json.dumps({"id": n, "source": "tickets", "text": pool[n % len(pool)]},
                                ensure_ascii=False) + "\n")
            n += 1
    return n


def long_text(mb: float, unique: bool = False) -> str:
    """The prose (2.4 KB) and one of 40 chats, again and again; ``unique``: a new chat every time and the prose's
    lines shuffled, so that no stretch of the text repeats (the detector's memo of windows and segments then
    saves nothing but the re-scan of what the scrub left unchanged)."""
    import random

    from fakechats import chats

    plain = (ROOT / "tests" / "assets" / "pii" / "non_pii.txt").read_text()
    recs, _ = chats(int(mb * 1e6 / (len(plain) + 300)) + 1 if unique else 40, seed=3)
    pii = [r["prompt"] + " " + r["completion"] for r in recs]
    rng, lines = random.Random(3), plain.splitlines()
    parts, n, i = [], 0, 0
    while n < mb * 1e6:
        prose = "\n".join(rng.sample(lines, len(lines))) if unique else plain
        parts += [prose, pii[i % len(pii)]]
        n += len(prose) + len(pii[i % len(pii)]) + 2
        i += 1
    return "\n".join(parts)[: int(mb * 1e6)]


def sizes(args) -> None:
    d = Path(args.dir)
    d.mkdir(parents=True, exist_ok=True)
    rows = []
    for mb in [float(x) for x in args.mb.split(",")]:
        src = d / f"{args.kind}-{int(mb)}mb.jsonl"
        t = time.perf_counter()
        n = (write_documents if args.kind == "documents" else write_chats)(src, mb)
        print(f"# wrote {src.stat().st_size / 1e6:.0f} MB, {n} records in {time.perf_counter() - t:.0f} s", flush=True)
        engines = ["stream"] + (["memory"] if mb <= args.memory_up_to else [])
        for eng in engines:
            r = run_child(src, eng)
            r["mb"] = round(src.stat().st_size / 1e6)
            print(json.dumps(r), flush=True)
            rows.append(r)
        src.unlink()
    (d / "sizes.json").write_text(json.dumps(rows, indent=1))
    plot(rows, d / "scrub_rss.png")


def plot(rows: list[dict], png: Path) -> None:
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        return
    fig, ax = plt.subplots(figsize=(6, 4))
    for eng, label in (("stream", "streaming engine"), ("memory", "in-memory engine (before)")):
        pts = [(r["mb"], r["peak_rss_mb"]) for r in rows if r.get("engine") == eng and "peak_rss_mb" in r]
        if pts:
            ax.plot(*zip(*pts), marker="o", label=label)
    ax.axhline(1024, color="grey", linestyle=":", label="1 GB target")
    ax.set_xlabel("input JSONL (MB)")
    ax.set_ylabel("peak RSS of the scrub (MB)")
    ax.set_title("governed-tuning scrub: peak memory by input size")
    ax.legend()
    fig.tight_layout()
    fig.savefig(png, dpi=110)
    print(f"# plot: {png}")


def long(args) -> None:
    d = Path(args.dir)
    d.mkdir(parents=True, exist_ok=True)
    runs = [(mb, None) for mb in map(float, args.mb.split(","))]
    if args.old_root:  # the engine before (a checkout of it): same records, its time
        runs += [(mb, args.old_root) for mb in map(float, args.old_mb.split(","))]
    for mb, root in runs:
        src = d / f"long-{mb}mb.jsonl"
        src.write_text(json.dumps({"text": long_text(mb, args.unique)}) + "\n")
        r = run_child(src, "stream", root, args.workers)
        r.update(mb=mb, code=root or "this checkout", unique=args.unique)
        print(json.dumps(r), flush=True)
        src.unlink()


def main() -> None:
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="what", required=True)
    s = sub.add_parser("sizes")
    s.add_argument("--mb", default="100,300,1000")
    s.add_argument("--memory-up-to", type=float, default=300)
    s.add_argument("--dir", default="/tmp/scrub-bench")
    s.add_argument("--kind", choices=["documents", "chats"], default="documents")
    s.set_defaults(fn=sizes)
    lg = sub.add_parser("long")
    lg.add_argument("--mb", default="1,2,50")
    lg.add_argument("--old-mb", default="1,2")
    lg.add_argument("--old-root", default=None, help="a checkout of the engine before, e.g. a git worktree")
    lg.add_argument("--unique", action="store_true", help="a text in which nothing repeats (see long_text)")
    lg.add_argument("--workers", default=None, help="pii.long_text_workers of the run (a number or auto; default: "
                    "the policy's): processes reading the record's windows")
    lg.add_argument("--dir", default="/tmp/scrub-bench")
    lg.set_defaults(fn=long)
    args = ap.parse_args()
    args.fn(args)


if __name__ == "__main__":
    main()
