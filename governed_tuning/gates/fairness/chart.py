"""The fairness gate's picture: per-group positive rate with interval whiskers, and the gap metrics against
their policy limits. Drawn from the evidence's ``chart`` entry (the same data the dashboard plots)."""

from __future__ import annotations

from pathlib import Path

from ..base import GateResult
from .evidence import FairnessEvidence


def write_chart(result: GateResult, png_path: str | Path) -> Path | None:
    """Write the PNG atomically; returns its path, or None when the result holds no per-group data."""
    ev = result.evidence
    chart = ev.chart if isinstance(ev, FairnessEvidence) else None
    if chart is None or not chart.rows:
        return None
    import matplotlib

    matplotlib.use("Agg", force=True)
    import matplotlib.pyplot as plt

    from ...fsio import atomic_path

    rows, gaps = chart.rows, chart.gaps
    fig, axes = plt.subplots(1, 2, figsize=(10, 0.45 * max(len(rows), len(gaps), 3) + 1.8),
                             gridspec_kw={"width_ratios": [3, 2]})
    ax = axes[0]
    names = [f"{r.group} (n={r.n})" for r in rows]
    vals = [r.value or 0.0 for r in rows]
    err = [[max(v - (r.ci_low if r.ci_low is not None else v), 0) for v, r in zip(vals, rows)],
           [max((r.ci_high if r.ci_high is not None else v) - v, 0) for v, r in zip(vals, rows)]]
    ax.barh(names, vals, xerr=err, color="#4c78a8", capsize=4)
    lowest = min(vals)
    if chart.limit is not None:
        ax.axvline(lowest + chart.limit, color="red", linestyle="--", label=f"lowest rate + limit ({chart.limit})")
    ax.set_xlim(0, 1)
    ax.set_xlabel("positive rate (score >= threshold), 95% interval" if ev.get("confidence") == 0.95
                  else "positive rate (score >= threshold), bootstrap interval")
    ax.set_title(f"fairness: {result.verdict}")
    ax.legend(loc="lower right", fontsize=8)
    ax.invert_yaxis()

    ax = axes[1]
    if gaps:
        labels = [g.metric.replace("_", " ") for g in gaps]
        gv = [g.value if g.value is not None else 0.0 for g in gaps]
        gerr = [[max(v - (g.ci_low if g.ci_low is not None else v), 0) for v, g in zip(gv, gaps)],
                [max((g.ci_high if g.ci_high is not None else v) - v, 0) for v, g in zip(gv, gaps)]]
        ax.errorbar(gv, range(len(gaps)), xerr=gerr, fmt="o", color="#4c78a8", capsize=4)
        ax.scatter([g.limit for g in gaps], range(len(gaps)), marker="|", s=400, color="red", label="policy limit")
        ax.set_xlim(0, max(1.0, *(v + e for v, e in zip(gv, gerr[1]))))
        ax.set_yticks(range(len(gaps)), labels)
        ax.invert_yaxis()
        ax.legend(loc="lower right", fontsize=8, markerscale=0.4)
    ax.set_title("gaps between groups")
    fig.tight_layout()
    png_path = Path(png_path)
    with atomic_path(png_path) as tmp:
        fig.savefig(tmp, format="png", dpi=100)
    plt.close(fig)
    return png_path
