"""Same output before and after a speed change: the copies and the evidence (less timings), byte for byte.

    .venv/bin/python benchmarks/pii_identical.py --old-root CHECKOUT [--sets records,ids,clean,csv,parquet]
                                                 [--records 2000] [--keep DIR]

A change made for speed must not change what is detected or written. This runs the same inputs through two
checkouts of the package, each in its own child process with ``PYTHONHASHSEED=0``, one pseudonym key and the
same folders (so paths in the evidence agree): ``CHECKOUT`` (``git worktree add`` or ``git archive`` of the
commit before, put first on ``PYTHONPATH``) and this one. The inputs are the dev set ``pii_sealed3.py`` (its
copies under the shipped and the measuring policy, and the shipped evidence; csv and parquet through
``governed-tuning scrub``), and ``pii_throughput.py``'s generated chat records through ``PiiGate.check``. Every
file is compared byte for byte, the evidence as JSON with the timings removed (``timings_s`` and the like).
Exit status 1 when anything differs, with the first differences named (paths and keys, never values).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
KEY = "identical-benchmark-key-0123456789abcdef"
# evidence keys that measure time, not output
TIMING_KEYS = {"timings_s", "started_at", "finished_at", "duration_s", "wall_s", "created_at"}


def child_throughput(out: Path, n: int) -> None:
    sys.path.insert(0, str(HERE))
    from pii_throughput import make_records

    from governed_tuning.gates.pii import PiiGate
    from governed_tuning.policy import load_policy

    out.mkdir(parents=True, exist_ok=True)
    inp = out / "records.jsonl"
    inp.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in make_records(n)), encoding="utf-8")
    res = PiiGate(load_policy("default").policy.pii).check(inp, out / "records.copy.jsonl")
    (out / "records.evidence.json").write_text(json.dumps(res.model_dump(mode="json"), default=str))


def run_root(root: Path | None, work: Path, sets: str, n: int) -> None:
    """Both inputs through the package at ``root`` (None: this checkout), into ``work`` (emptied first)."""
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    env = dict(os.environ, PYTHONHASHSEED="0", GOVERNED_TUNING_PSEUDONYM_KEY=KEY,
               XDG_CONFIG_HOME=str(work / "config"), TLDEXTRACT_CACHE="/nonexistent")
    if root is not None:
        env["PYTHONPATH"] = str(root) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    subprocess.run([sys.executable, str(HERE / "pii_sealed3.py"), "--sets", sets, "--dump", str(work / "sealed3")],
                   env=env, check=True, stdout=subprocess.DEVNULL)
    subprocess.run([sys.executable, __file__, "--child", str(work / "throughput"), "--records", str(n)], env=env,
                   check=True)
    # where the package was imported from (the evidence names the shipped policy's file by its path)
    (work / "root.txt").write_text(str(root or ROOT), encoding="utf-8")


def strip(doc, root: str = ""):
    """``doc`` without timings, the checkout's own folder written as ``<checkout>``."""
    if isinstance(doc, dict):
        return {k: strip(v, root) for k, v in doc.items() if k not in TIMING_KEYS}
    if isinstance(doc, list):
        return [strip(v, root) for v in doc]
    if root and isinstance(doc, str) and doc.startswith(root):
        return "<checkout>" + doc[len(root):]
    return doc


def diff_json(a, b, path: str = "") -> list[str]:
    """Where two JSON documents differ (paths only)."""
    if isinstance(a, dict) and isinstance(b, dict):
        out = [f"{path}/{k}: only in one" for k in sorted(set(a) ^ set(b))]
        for k in sorted(set(a) & set(b)):
            out += diff_json(a[k], b[k], f"{path}/{k}")
        return out
    if isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
        return [d for i, (x, y) in enumerate(zip(a, b)) for d in diff_json(x, y, f"{path}[{i}]")]
    return [] if a == b else [f"{path}: differs"]


def compare(old: Path, new: Path) -> tuple[int, list[str]]:
    roots = [(d / "root.txt").read_text(encoding="utf-8").strip() if (d / "root.txt").exists() else "" for d in (old, new)]
    files = sorted(p.relative_to(old) for p in old.rglob("*") if p.is_file() and "config" not in p.parts
                   and p.name != "root.txt")
    news = sorted(p.relative_to(new) for p in new.rglob("*") if p.is_file() and "config" not in p.parts
                  and p.name != "root.txt")
    problems = [f"{p}: only in one run" for p in sorted(set(files) ^ set(news))]
    for rel in sorted(set(files) & set(news)):
        a, b = (old / rel).read_bytes(), (new / rel).read_bytes()
        if rel.suffix == ".json" and ("evidence" in rel.name or ".shipped." in rel.name):
            problems += [f"{rel}{d}" for d in diff_json(strip(json.loads(a), roots[0]), strip(json.loads(b), roots[1]))]
        elif a != b:
            problems.append(f"{rel}: bytes differ")
    return len(set(files) & set(news)), problems


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--old-root", type=Path, help="checkout of the code before (omit with --compare-only)")
    ap.add_argument("--sets", default="records,ids,clean,csv,parquet", help="pii_sealed3.py's sets")
    ap.add_argument("--records", type=int, default=2000, help="pii_throughput.py's generated records")
    ap.add_argument("--keep", type=Path, help="keep both runs' files here (old/, new/)")
    ap.add_argument("--reuse-old", action="store_true", help="the old run's files are already under --keep/old")
    ap.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.child:
        child_throughput(a.child, a.records)
        return 0
    keep = a.keep or Path(tempfile.mkdtemp(prefix="pii-identical-"))
    work = keep / "run"
    for name, root in (("old", a.old_root), ("new", None)):
        if name == "old" and a.reuse_old:
            continue
        if name == "old" and root is None:
            sys.exit("--old-root is needed (or --reuse-old with --keep)")
        run_root(root.resolve() if root else None, work, a.sets, a.records)
        shutil.rmtree(keep / name, ignore_errors=True)
        work.rename(keep / name)
    n, problems = compare(keep / "old", keep / "new")
    print(f"{n} files compared (sealed3 sets {a.sets}; {a.records} throughput records): "
          + ("identical" if not problems else f"{len(problems)} differences"))
    for p in problems[:40]:
        print("  " + p)
    if a.keep is None:
        shutil.rmtree(keep, ignore_errors=True)
    return 1 if problems else 0


if __name__ == "__main__":
    import hashseed  # the same data on every run: PYTHONHASHSEED=0 unless set

    hashseed.pin()
    sys.exit(main())
