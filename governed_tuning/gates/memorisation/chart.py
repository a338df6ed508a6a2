"""The memorisation gate's picture, drawn from its evidence alone: where the canaries fall among the candidates'
log-perplexities (the paper's histogram), exposure against repetitions with the policy's limit, and the probe's
reproduction rate per kind with its 95% upper bound."""

from __future__ import annotations

from pathlib import Path

from ..base import GateResult
from .evidence import MemorisationEvidence


def write_chart(result: GateResult, png_path: str | Path) -> Path | None:
    """Write the PNG atomically; returns its path, or None when the evidence holds nothing to draw."""
    ev = result.evidence_as(MemorisationEvidence)
    x = ev.exposure
    probes = [p for p in ev.probes if p.spans_probed]
    if x is None and not probes:
        return None
    import matplotlib

    matplotlib.use("Agg", force=True)
    import matplotlib.pyplot as plt

    from ...fsio import atomic_path

    rows = [(f"{p.dataset}: {k} (n={v.probed})", v) for p in probes for k, v in p.by_kind.items()]
    top = 3.6 if x is not None else 0.0
    bottom = 0.35 * len(rows) + 1.2 if probes else 0.0
    fig = plt.figure(figsize=(10, top + bottom))
    grid = fig.add_gridspec(2 if x is not None and probes else 1, 2,
                            height_ratios=[top, bottom] if x is not None and probes else None)
    axes = []
    if x is not None:
        axes += [fig.add_subplot(grid[0, 0]), fig.add_subplot(grid[0, 1])]
    if probes:
        axes.append(fig.add_subplot(grid[-1, :]))
    if x is not None:
        ax = axes.pop(0)
        h = x.histogram
        widths = [b - a for a, b in zip(h.edges, h.edges[1:])]
        ax.bar(h.edges[:-1], h.counts, width=widths, align="edge", color="#c9d6e8", label=f"{x.candidates} candidates")
        colours = plt.get_cmap("tab10")
        reps = sorted({c.repetitions for c in x.canaries})
        for c in x.canaries:
            ax.axvline(c.log_perplexity_bits, color=colours(reps.index(c.repetitions) % 10), linewidth=1.5,
                       label=f"canary x{c.repetitions}")
        handles, labels = ax.get_legend_handles_labels()
        uniq = dict(zip(labels, handles))
        ax.legend(uniq.values(), uniq.keys(), fontsize=7, loc="upper right")
        ax.set_xlabel("log-perplexity (bits; lower = more likely)")
        ax.set_ylabel("candidates")
        ax.set_title("canaries among candidates")

        ax = axes.pop(0)
        ax.scatter([c.repetitions for c in x.canaries], [c.exposure for c in x.canaries], color="#4c78a8", zorder=3,
                   label="canary")
        ax.axhline(x.max_exposure, color="red", linestyle="--", label=f"policy limit ({x.max_exposure:g})")
        ax.axhline(x.log2_space, color="grey", linestyle=":", label=f"log2|R| ({x.log2_space:.1f})")
        if not x.enumerated:
            ax.axhline(x.resolution_bits, color="grey", linestyle="-.", linewidth=0.8,
                       label=f"sample resolution ({x.resolution_bits:.1f})")
        ax.axvline(x.judged_repetitions, color="#999", linewidth=0.6)
        ax.set_xscale("log", base=2)
        ax.set_ylim(0, x.log2_space * 1.08)
        ax.set_xlabel("insertions (judged: %d)" % x.judged_repetitions)
        ax.set_ylabel("exposure (bits)")
        ax.set_title(f"exposure: {result.verdict}")
        ax.legend(fontsize=7, loc="center right")
    if probes:
        ax = axes.pop(0)
        vals = [v.rate or 0.0 for _, v in rows]
        err = [max((v.upper_95 or 0.0) - r, 0.0) for (_, v), r in zip(rows, vals)]
        ax.barh([n for n, _ in rows], vals, xerr=[[0] * len(vals), err], color="#e45756", capsize=3)
        ax.axvline(probes[0].max_extraction_rate, color="red", linestyle="--", linewidth=1, label="policy limit")
        ax.set_xlim(0, 1)
        ax.set_xlabel("share of removed values the model reproduced (whisker: 95% upper bound)")
        ax.set_title("extraction probe")
        ax.invert_yaxis()
        ax.tick_params(axis="y", labelsize=7)
    fig.tight_layout()
    png_path = Path(png_path)
    png_path.parent.mkdir(parents=True, exist_ok=True)
    with atomic_path(png_path) as tmp:
        fig.savefig(tmp, format="png", dpi=100)
    plt.close(fig)
    return png_path
