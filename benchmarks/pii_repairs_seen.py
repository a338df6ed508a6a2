"""Which copies would the re-scan's repaired misses block? Runs another benchmark unchanged and lists, for every
scrub it makes under a policy with no residual allowance (the shipped gate, not a benchmark's measuring copy), the
verdict and the re-scan's repairs by why and kind (``gates/pii/repairs.py``).

    .venv/bin/python benchmarks/pii_repairs_seen.py BENCHMARK.py [ITS ARGUMENTS...]

e.g. ``benchmarks/pii_repairs_seen.py benchmarks/pii_precision9.py --half both``. The benchmark's own output is
printed as usual; the table of scrubs follows it (file names as the benchmark wrote them, counts only).
"""

from __future__ import annotations

import runpy
import sys
from collections import Counter
from pathlib import Path


def main() -> int:
    if len(sys.argv) < 2:
        raise SystemExit(__doc__)
    target = sys.argv[1]
    sys.path.insert(0, str(Path(target).resolve().parent))
    from governed_tuning.gates.pii import gate as gate_mod
    from governed_tuning.gates.pii import repairs

    seen: list[tuple[str, str, str, dict, dict]] = []
    original = gate_mod.PiiGate.result

    def result(self, s, names, fields, input_path):  # noqa: ANN001
        res = original(self, s, names, fields, input_path)
        if self.policy.max_residual_findings == 0:
            rep = s.repaired or Counter()
            other = Counter({f"{w}:{k}": n for (w, k), n in rep.items() if w not in repairs.MISSES})
            seen.append((Path(str(input_path)).name, res.verdict, self.policy.rescan.repaired_misses,
                         dict(repairs.misses_by_why(rep)) | {f"kind {k}": v for k, v in repairs.misses_by_type(rep).items()},
                         dict(other)))
        return res

    gate_mod.PiiGate.result = result  # type: ignore[method-assign]
    sys.argv = [target] + sys.argv[2:]
    try:
        runpy.run_path(target, run_name="__main__")
    except SystemExit:
        pass
    finally:
        print(f"\n## repairs seen under {Path(target).name} {' '.join(sys.argv[1:])}\n")
        print("| input | verdict | repaired_misses | repaired misses (by why; by kind) | other repairs (why:kind) |")
        print("|---|---|---|---|---|")
        for name, verdict, mode, misses, other in seen:
            print(f"| {name} | {verdict} | {mode} | {misses or '-'} | {other or '-'} |")
        blocked = sum(v != "pass" and bool(m) for _, v, _, m, _ in seen)
        print(f"\nscrubs: {len(seen)}; with a repaired miss: {sum(bool(m) for _, _, _, m, _ in seen)}; "
              f"not passed with one: {blocked}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
