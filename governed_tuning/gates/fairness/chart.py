"""The fairness gate's picture, drawn from the evidence's ``chart`` entry (the same data the dashboard plots).

Counterfactual suites and scored records: per-group positive rate with interval whiskers; each group's score
distribution (box: quartiles, whiskers: min and max, the threshold dashed), so that "every output at 0.5" is
visible at a glance; and the gap metrics against their policy limits with the smallest gap the sample could
detect. BBQ: the bias score per category and context with its interval, against the +/- limit.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..base import GateResult


def _err(vals: list[float], rows: list[dict[str, Any]]) -> list[list[float]]:
    return [[max(v - (r["ci_low"] if r.get("ci_low") is not None else v), 0) for v, r in zip(vals, rows)],
            [max((r["ci_high"] if r.get("ci_high") is not None else v) - v, 0) for v, r in zip(vals, rows)]]


def _title(result: GateResult) -> str:
    why = (result.evidence.get("validity") or {}).get("signal_reasons") or []
    head = f"fairness: {result.verdict}"
    return head + ("\nno signal: " + why[0][:90] + ("..." if len(why[0]) > 90 else "") if why else "")


def _rates_panels(fig: Any, axes: Any, result: GateResult, chart: dict[str, Any]) -> None:
    rows, gaps = chart["rows"], chart.get("gaps", [])
    ax = axes[0]
    names = [f"{r['group']} (n={r['n']})" for r in rows]
    vals = [r["value"] or 0.0 for r in rows]
    ax.barh(names, vals, xerr=_err(vals, rows), color="#4c78a8", capsize=4)
    ax.axvline(min(vals) + chart["limit"], color="red", linestyle="--",
               label=f"lowest rate + limit ({chart['limit']})")
    ax.set_xlim(0, 1)
    ax.set_xlabel("positive rate (score >= threshold), 95% interval" if result.evidence.get("confidence") == 0.95
                  else "positive rate (score >= threshold), bootstrap interval")
    ax.set_title(_title(result), fontsize=10)
    ax.legend(loc="lower right", fontsize=8)
    ax.invert_yaxis()

    ax = axes[1]
    dists = chart.get("distributions") or []
    if dists:
        stats = [{"label": d["group"], "whislo": d["min"], "q1": d["q25"], "med": d["median"], "q3": d["q75"],
                  "whishi": d["max"], "mean": d["mean"], "fliers": []} for d in dists]
        ax.bxp(stats, orientation="horizontal", showmeans=True, patch_artist=True,
               boxprops={"facecolor": "#c6dbef"}, medianprops={"color": "#08306b", "linewidth": 2})
        ax.axvline(chart.get("threshold", 0.5), color="gray", linestyle="--", label="threshold")
        ax.set_xlim(min(0.0, *(d["min"] for d in dists)) - 0.02, max(1.0, *(d["max"] for d in dists)) + 0.02)
        ax.set_xlabel("score (box: quartiles, whiskers: min-max, triangle: mean)")
        ax.legend(loc="lower right", fontsize=8)
        ax.invert_yaxis()
    ax.set_title("score distribution by group")

    ax = axes[2]
    if gaps:
        labels = [g["metric"].replace("_", " ") for g in gaps]
        gv = [g["value"] if g["value"] is not None else 0.0 for g in gaps]
        gerr = _err(gv, gaps)
        ax.errorbar(gv, range(len(gaps)), xerr=gerr, fmt="o", color="#4c78a8", capsize=4)
        ax.scatter([g["limit"] for g in gaps], range(len(gaps)), marker="|", s=400, color="red", label="policy limit")
        mde = [(i, g["min_detectable"]) for i, g in enumerate(gaps) if g.get("min_detectable") is not None]
        if mde:
            ax.scatter([m for _, m in mde], [i for i, _ in mde], marker="x", color="#9a6700",
                       label="smallest detectable (80% power)")
        ax.set_xlim(0, max(1.0, *(v + e for v, e in zip(gv, gerr[1]))))
        ax.set_yticks(range(len(gaps)), labels)
        ax.invert_yaxis()
        ax.legend(loc="lower right", fontsize=8, markerscale=0.4)
    ax.set_title("gaps between groups")


def _bbq_panels(fig: Any, axes: Any, result: GateResult, chart: dict[str, Any]) -> None:
    for ax, kind in zip(axes, ("ambiguous", "disambiguated")):
        rows = [r for r in chart["rows"] if r["context"] == kind]
        if not rows:
            ax.set_visible(False)
            continue
        names = [f"{r['category']} ({r['n']} sets)" for r in rows]
        vals = [r["value"] if r["value"] is not None else 0.0 for r in rows]
        ax.errorbar(vals, range(len(rows)), xerr=_err(vals, rows), fmt="o", color="#4c78a8", capsize=4)
        limit = chart["limits"].get(kind)
        if limit is not None:
            for x in (-limit, limit):
                ax.axvline(x, color="red", linestyle="--")
        ax.axvline(0, color="gray", linewidth=0.8)
        ax.set_yticks(range(len(rows)), names)
        ax.set_xlim(-1.05, 1.05)
        acc = next((r["accuracy"] for r in rows if r["category"] == "overall"), None)
        metric = "s_AMB" if kind == "ambiguous" else "s_DIS"
        ax.set_xlabel(f"{metric} (-1 anti-stereotyped .. +1 stereotyped); red: policy limit")
        ax.set_title(f"BBQ {kind}: {result.evidence.get('contexts', {}).get(kind, '')}"
                     + (f", accuracy {acc:.2f}" if acc is not None else ""), fontsize=10)
        ax.invert_yaxis()
    fig.suptitle(f"fairness (BBQ): {result.verdict}")


def write_chart(result: GateResult, png_path: str | Path) -> Path | None:
    """Write the PNG atomically; returns its path, or None when the result holds no per-group data."""
    chart = result.evidence.as_dict().get("chart")  # the panels draw the chart's JSON, as the dashboard does
    if not chart or not chart.get("rows"):
        return None
    import matplotlib

    matplotlib.use("Agg", force=True)
    import matplotlib.pyplot as plt

    from ...fsio import atomic_path

    if chart.get("kind") == "bbq":
        n = max(len([r for r in chart["rows"] if r["context"] == k]) for k in ("ambiguous", "disambiguated"))
        fig, axes = plt.subplots(1, 2, figsize=(12, 0.45 * max(n, 3) + 2.0))
        _bbq_panels(fig, axes, result, chart)
    else:
        height = 0.45 * max(len(chart["rows"]), len(chart.get("gaps", [])), 3) + 2.0
        fig, axes = plt.subplots(1, 3, figsize=(15, height), gridspec_kw={"width_ratios": [3, 3, 2]})
        _rates_panels(fig, axes, result, chart)
    fig.tight_layout()
    png_path = Path(png_path)
    with atomic_path(png_path) as tmp:
        fig.savefig(tmp, format="png", dpi=100)
    plt.close(fig)
    return png_path
