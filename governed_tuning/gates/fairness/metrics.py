"""The numbers behind the fairness gate: fairlearn's metrics per group, with bootstrap intervals.

Point estimates come from fairlearn itself (``MetricFrame`` for per-group values; ``demographic_parity_*``
and ``equalized_odds_difference`` for the gaps), so they equal fairlearn's functions exactly. Intervals are
percentile bootstraps that resample each group within itself (group sizes stay fixed, no group vanishes
from a resample), vectorised with numpy: fairlearn's own ``MetricFrame(n_boot=...)`` resamples the pooled
data through pandas and takes seconds per hundred resamples, too slow for a gate that runs in every test
and every training run. The paired counterfactual gap (not a fairlearn metric) resamples templates.
"""

from __future__ import annotations

import math
from collections import defaultdict
from itertools import combinations
from typing import Any

import numpy as np


def _f(x: Any) -> float | None:
    """A JSON-safe float: NaN/inf become None."""
    if x is None:
        return None
    x = float(x)
    return x if math.isfinite(x) else None


def _ci(samples: np.ndarray, confidence: float) -> tuple[float | None, float | None]:
    samples = samples[np.isfinite(samples)]
    if samples.size == 0:
        return None, None
    a = (1.0 - confidence) / 2.0
    lo, hi = np.quantile(samples, [a, 1.0 - a])
    return float(lo), float(hi)


def _rate(num: np.ndarray, den: np.ndarray) -> np.ndarray:
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(den > 0, num / np.where(den > 0, den, 1), np.nan)


def _spread(per_group: np.ndarray) -> np.ndarray:
    """max - min over groups (axis 0) per resample, NaN where any group is undefined."""
    return per_group.max(axis=0) - per_group.min(axis=0)


def group_metrics(groups: np.ndarray, scores: np.ndarray, labels: np.ndarray | None, threshold: float,
                  n_boot: int, confidence: float, seed: int) -> dict[str, Any]:
    """Per-group values and the between-group gaps, each with its interval. ``groups`` are strings."""
    from fairlearn.metrics import (
        MetricFrame,
        count,
        demographic_parity_difference,
        demographic_parity_ratio,
        equalized_odds_difference,
        false_positive_rate,
        selection_rate,
        true_positive_rate,
    )
    from sklearn.metrics import accuracy_score

    y_pred = (scores >= threshold).astype(int)
    y_true = labels if labels is not None else y_pred  # selection rate ignores y_true
    metrics: dict[str, Any] = {"n": count, "rate": selection_rate}
    if labels is not None:
        metrics.update(accuracy=accuracy_score, tpr=true_positive_rate, fpr=false_positive_rate)
    mf = MetricFrame(metrics=metrics, y_true=y_true, y_pred=y_pred, sensitive_features=groups)
    mean = MetricFrame(metrics={"mean_score": lambda yt, yp: float(np.mean(yp))}, y_true=scores, y_pred=scores,
                       sensitive_features=groups)
    names = [str(g) for g in mf.by_group.index]

    # bootstrap: per group an (n_boot, n_g) matrix of indices into that group's rows
    rng = np.random.default_rng(seed)
    boot: dict[str, dict[str, np.ndarray]] = {}
    for g in names:
        idx = np.flatnonzero(groups == g)
        take = idx[rng.integers(0, idx.size, size=(n_boot, idx.size))]
        p, s = y_pred[take], scores[take]
        b = {"rate": p.mean(axis=1), "mean_score": s.mean(axis=1)}
        if labels is not None:
            t = labels[take]
            b["accuracy"] = (p == t).mean(axis=1)
            b["tpr"] = _rate((p & t).sum(axis=1), t.sum(axis=1))
            b["fpr"] = _rate((p & (1 - t)).sum(axis=1), (1 - t).sum(axis=1))
        boot[g] = b

    by_group: dict[str, dict[str, Any]] = {}
    for g in names:
        row = mf.by_group.loc[g]
        entry: dict[str, Any] = {"n": int(row["n"]), "rate": _f(row["rate"])}
        entry["ci_low"], entry["ci_high"] = _ci(boot[g]["rate"], confidence)
        entry["mean_score"] = _f(mean.by_group.loc[g, "mean_score"])
        entry["mean_score_ci"] = list(_ci(boot[g]["mean_score"], confidence))
        if labels is not None:
            for k in ("accuracy", "tpr", "fpr"):
                entry[k] = _f(row[k])
                entry[f"{k}_ci"] = list(_ci(boot[g][k], confidence))
        by_group[g] = entry

    rates = np.stack([boot[g]["rate"] for g in names])
    with np.errstate(divide="ignore", invalid="ignore"):
        ratio_b = rates.min(axis=0) / rates.max(axis=0)
    out: dict[str, Any] = {
        "groups": names,
        "group_sizes": {g: by_group[g]["n"] for g in names},
        "by_group": by_group,
        "overall": _f(selection_rate(y_true, y_pred)),
        "mean_score_overall": _f(np.mean(scores)),
        "demographic_parity_difference": _f(demographic_parity_difference(y_true, y_pred,
                                                                            sensitive_features=groups)),
        "demographic_parity_difference_ci": list(_ci(_spread(rates), confidence)),
        "demographic_parity_ratio": _f(demographic_parity_ratio(y_true, y_pred, sensitive_features=groups)),
        "demographic_parity_ratio_ci": list(_ci(ratio_b, confidence)),
        "mean_score_difference": _f(mean.difference()["mean_score"]),
        "mean_score_difference_ci": list(_ci(_spread(np.stack([boot[g]["mean_score"] for g in names])),
                                             confidence)),
    }
    if labels is not None:
        tpr = _spread(np.stack([boot[g]["tpr"] for g in names]))
        fpr = _spread(np.stack([boot[g]["fpr"] for g in names]))
        out["equalized_odds_difference"] = _f(equalized_odds_difference(labels, y_pred, sensitive_features=groups))
        out["equalized_odds_difference_ci"] = list(_ci(np.fmax(tpr, fpr), confidence))
        out["accuracy_difference"] = _f(mf.difference()["accuracy"])
    return out


def template_gaps(groups: np.ndarray, scores: np.ndarray, templates: list[str | None]) -> list[float]:
    """Per template with at least two groups: the mean over pairs of groups of |mean score of a - of b|."""
    cells: dict[str, dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
    for g, s, t in zip(groups, scores, templates):
        if t is not None:
            cells[str(t)][str(g)].append(float(s))
    gaps = []
    for per_group in cells.values():
        if len(per_group) < 2:
            continue
        means = [float(np.mean(v)) for v in per_group.values()]
        gaps.append(float(np.mean([abs(a - b) for a, b in combinations(means, 2)])))
    return gaps


def counterfactual_gap(groups: np.ndarray, scores: np.ndarray, templates: list[str | None], n_boot: int,
                       confidence: float, seed: int) -> dict[str, Any]:
    """Mean absolute score difference between the group variants of the same template.

    Per template: the mean over pairs of groups of |mean score of a - mean score of b|; overall: the mean over
    templates that have at least two groups. The interval resamples those templates.
    """
    gaps = template_gaps(groups, scores, templates)
    if not gaps:
        return {"counterfactual_gap": None, "counterfactual_gap_ci": [None, None], "n_pairs": 0}
    arr = np.asarray(gaps)
    rng = np.random.default_rng(seed + 1)
    boot = arr[rng.integers(0, arr.size, size=(n_boot, arr.size))].mean(axis=1)
    return {"counterfactual_gap": float(arr.mean()), "counterfactual_gap_ci": list(_ci(boot, confidence)),
            "n_pairs": int(arr.size)}
