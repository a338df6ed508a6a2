"""The fairness gate's generation and scoring as a Ray Data job (``fairness run --engine ray``).

The suite's prompts are cut into the same batches the local engine generates (``generate.batches``); each batch
is one row of a Ray dataset, mapped over a pool of actors that each load the model and the scorer once (one model
copy per actor, one GPU per actor when the cluster has GPUs). The outputs and scores come back to the driver in
the batches' order, where the metrics and the bootstrap run as they do locally: with greedy decoding (the default)
or a seed, the verdict and every figure equal the local engine's.

The model folder (and a reward-model scorer's) must be readable at the same path on every node of a cluster.
Outputs stay in Ray's object store and the driver's memory, never in a log.
"""

from __future__ import annotations

import pickle
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ... import raycluster
from ...errors import GovernedTuningError
from ...generate import Generator, batches


class _GenerateAndScore:
    """One actor: the model and the scorer, loaded once; each call generates and scores one batch."""

    def __init__(self, model_dir: str, scorer: Any, options: dict[str, Any]):
        from ...scorers import load_scorer

        self.gen = Generator(model_dir)
        self.scorer = load_scorer(scorer) if isinstance(scorer, str) else scorer
        self.options = options

    def __call__(self, batch: dict[str, Any]) -> dict[str, Any]:
        results = []
        for index, blob in zip(batch["index"], batch["prompts"]):
            prompts = pickle.loads(blob)
            outputs = self.gen.batch(prompts, index=int(index), **self.options)
            results.append(pickle.dumps((outputs, self.scorer(prompts, outputs))))
        return {"index": batch["index"], "result": results}


def generate_and_score(model_dir: str | Path, prompts: Sequence[str], scorer: Any, *, max_new_tokens: int,
                       do_sample: bool, seed: int, batch_size: int = 16, workers: int | None = None,
                       address: str | None = None, progress: bool = False,
                       spill_dir: str | Path | None = None) -> tuple[list[str], list, dict[str, Any]]:
    """``(outputs, raw scores, engine evidence)`` for ``prompts``, in their order. ``scorer``: a policy-style
    string (loaded in each actor) or a picklable scorer object."""
    with raycluster.session(address, progress=progress, spill_dir=spill_dir) as info:
        ray = raycluster.require_ray()
        from ray.data import ActorPoolStrategy

        parts = batches(prompts, batch_size)
        gpus = 1.0 if info.gpus >= 1 else None
        n = workers or (int(info.gpus) if gpus else raycluster.default_workers(info))
        n = max(1, min(n, len(parts)))
        rows = [{"index": i, "prompts": pickle.dumps(p)} for i, p in enumerate(parts)]
        ds = ray.data.from_items(rows, override_num_blocks=len(rows)).map_batches(
            _GenerateAndScore, batch_size=1, batch_format="numpy", compute=ActorPoolStrategy(size=n),
            num_gpus=gpus, fn_constructor_kwargs={
                "model_dir": str(Path(model_dir).resolve()), "scorer": scorer,
                "options": {"max_new_tokens": max_new_tokens, "do_sample": do_sample, "seed": seed}})
        done = sorted(ds.take_all(), key=lambda r: int(r["index"]))
        outputs: list[str] = []
        scores: list = []
        for r in done:
            outs, sc = pickle.loads(r["result"])
            outputs += outs
            scores += list(sc)
        if len(done) != len(parts):  # a lost batch is an error, never a smaller sample
            raise GovernedTuningError(f"the Ray engine returned {len(done)} of {len(parts)} batches")
        engine = {"name": "ray", "workers": n, "gpus_per_worker": gpus, "batches": len(parts),
                  "cluster": info.evidence()}
        return outputs, scores, engine
