"""Benchmark (not a test): how well the memorisation gate's exposure estimate works, and what it costs.

1. Exposure against repetition, through the real SFT stage: the demo's scrubbed-shaped support chats plus
   canaries inserted 1, 2, 4, 8, 16 and 32 times, trained for ``--steps`` steps; each canary's exposure
   (9 digits, 4,096 sampled candidates, the policy's defaults). The paper's Figure: exposure grows with
   repetition until the canary is learnt by heart (log2|R| = 29.9 bits).
2. The sampling estimate against the exact rank: the same kind of model with a 4-digit format (|R| = 10,000,
   small enough to score every member) and canaries at 1..32 insertions; the estimate from m = 256, 1,024 and
   4,096 sampled candidates against the exact exposure, and the time of each against scoring the whole space
   (what a user without the paper's estimate would do).

    python benchmarks/memorisation_exposure.py [--steps 60]
"""

from __future__ import annotations

import argparse
import json
import math
import tempfile
import time
from pathlib import Path

import numpy as np
import torch

from governed_tuning.demo import synthetic_records
from governed_tuning.gates.memorisation import CanaryFormat, MemorisationGate, canary_records, new_canaries
from governed_tuning.gates.memorisation.canaries import scoring_context
from governed_tuning.gates.memorisation.exposure import estimate, log_perplexities, skewnorm_params
from governed_tuning.gates.memorisation.gate import load_model
from governed_tuning.policy import MemorisationPolicy
from governed_tuning.stages import sft
from governed_tuning.stages.common import StageInput
from governed_tuning.tinymodel import build_tiny_model

REPS = [1, 2, 4, 8, 16, 32]


def train(work: Path, fmt: CanaryFormat, steps: int):
    cs = new_canaries(fmt, REPS, 1)
    background = [{"prompt": r["prompt"], "completion": " " + r["completion"]} for r in synthetic_records(48)]
    path = work / "data.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in background))
    inp = StageInput(run_dir=work, dataset=path, model=str(build_tiny_model(work / "base", seed=0)),
                     out_dir=work / f"sft-{fmt.digits}", seed=0,
                     args={"max_steps": steps, "per_device_train_batch_size": 8, "learning_rate": 3e-3,
                           "max_length": 160, "report_to": "none", "logging_steps": 10},
                     extra_records=canary_records(cs, ["prompt", "completion"]))
    t0 = time.perf_counter()
    res = sft.train(inp)
    return cs, res.model_dir, time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--steps", type=int, default=60)
    args = ap.parse_args()
    torch.set_num_threads(1)
    work = Path(tempfile.mkdtemp(prefix="memo-bench-"))

    pol = MemorisationPolicy(repetitions=REPS, judged_repetitions=1, probe_max_spans=0)
    cs, model_dir, t_train = train(work, CanaryFormat(pol.canary_prefix, 9), args.steps)
    t0 = time.perf_counter()
    ev = MemorisationGate(pol).check_model(model_dir, canaries=cs).evidence
    t_gate = time.perf_counter() - t0
    x = ev["exposure"] if isinstance(ev, dict) else ev.exposure.model_dump()
    print(f"1. exposure by repetition (9 digits, {x['candidates']} sampled candidates, {args.steps} SFT steps, "
          f"training {t_train:.1f} s, gate {t_gate:.1f} s)")
    print("| insertions | exposure (bits) | how |\n|---|---|---|")
    for c in x["canaries"]:
        print(f"| {c['repetitions']} | {c['exposure']:.1f} | {c['method']} |")

    fmt = CanaryFormat(pol.canary_prefix, 4)
    cs4, model4, _ = train(work, fmt, args.steps)
    model, tok = load_model(model4)
    ctx = scoring_context(fmt, "prompt/completion", tok)
    with torch.no_grad():
        t0 = time.perf_counter()
        every = log_perplexities(model, tok, ctx, list(fmt.every()))
        t_all = time.perf_counter() - t0
    secrets_ = [c.secret for c in cs4.canaries]
    index = [int(s.replace(" ", "")) for s in secrets_]
    exact = []
    for i in index:
        rank = int(np.count_nonzero(every <= every[i]))
        exact.append(math.log2(fmt.space_size) - math.log2(rank))
    print(f"\n2. sampled estimate vs exact rank (4 digits, |R| = 10,000; scoring all of R took {t_all:.2f} s)")
    print("| insertions | exact | m=256 | m=1024 | m=4096 |\n|---|---|---|---|---|")
    rng = np.random.default_rng(0)
    rows = {m: [] for m in (256, 1024, 4096)}
    times = {}
    for m in rows:
        sample_idx = rng.integers(0, fmt.space_size, m)
        t0 = time.perf_counter()
        with torch.no_grad():
            cand = log_perplexities(model, tok, ctx, [fmt.render(int(n)) for n in sample_idx])
        params = skewnorm_params(cand)
        times[m] = time.perf_counter() - t0
        for i in index:
            own = sample_idx == i
            rows[m].append(estimate(float(every[i]), cand, fmt.space_size, False, params, own=own))
    for k, reps in enumerate(REPS):
        print(f"| {reps} | {exact[k]:.2f} | " + " | ".join(
            f"{rows[m][k].exposure:.2f} ({rows[m][k].method[0]})" for m in rows) + " |")
    for m in rows:
        err = [abs(r.exposure - e) for r, e in zip(rows[m], exact)]
        print(f"m={m}: mean |error| {np.mean(err):.2f} bits, max {max(err):.2f}; {times[m]:.2f} s, "
              f"{t_all / times[m]:.1f}x faster than scoring all 10^4; scoring all 10^9 would take about "
              f"{t_all * 1e5 / 3600:.0f} h")


if __name__ == "__main__":
    main()
