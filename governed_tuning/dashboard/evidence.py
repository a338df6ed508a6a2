"""Rendering of gate evidence and run details. Everything from a report is shown as text or as a table cell,
never as Markdown or HTML. Each gate's evidence model (gates/<gate>/evidence.py) has its renderer in RENDERERS;
whatever a renderer does not show (and evidence of older reports) falls back to tables and a JSON view rather
than being hidden."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import altair as alt
import pandas as pd
import streamlit as st

from governed_tuning.dashboard import summaries, ui
from governed_tuning.gates.base import Evidence
from governed_tuning.gates.fairness.evidence import Chart, FairnessEvidence
from governed_tuning.gates.license.evidence import LicenseEvidence, Obligation
from governed_tuning.gates.memorisation.evidence import MemorisationEvidence
from governed_tuning.record import Artefact, GateRun, RunRecord


def _num(v: Any) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def _cell(v: Any) -> Any:
    if isinstance(v, (list, tuple)):
        return ", ".join(_cell(x) if not isinstance(x, dict) else json.dumps(x, sort_keys=True) for x in v)
    if isinstance(v, dict):
        return json.dumps(v, sort_keys=True)
    return v


def table(rows: list[dict[str, Any]] | pd.DataFrame, **kwargs: Any) -> None:
    df = rows if isinstance(rows, pd.DataFrame) else pd.DataFrame([{k: _cell(v) for k, v in r.items()} for r in rows])
    for c in df.columns:  # mixed-type object columns become text so Arrow never refuses them
        if df[c].dtype == object:
            df[c] = df[c].map(lambda v: "" if v is None else str(v))
    st.dataframe(df, hide_index=True, width="stretch", **kwargs)


def _interval_chart(df: pd.DataFrame, label: str, value: str, title: str) -> alt.LayerChart:
    base = alt.Chart(df).encode(y=alt.Y(f"{label}:N", title=None, sort=None))
    layers = [base.mark_rule(strokeWidth=2).encode(x=alt.X("ci_low:Q", title=title), x2="ci_high:Q"),
              base.mark_point(filled=True, size=90).encode(x=f"{value}:Q", tooltip=list(df.columns))]
    return alt.layer(*layers)


def _fairness_from_chart(chart: Chart) -> bool:
    """The gate's own chart data: per-group rate with intervals against 'lowest rate + limit', and each gap
    metric with its interval against its policy limit."""
    rows = [r.as_dict() for r in chart.rows]
    if not rows:
        return False
    df = pd.DataFrame(rows)
    if not {"group", "value", "ci_low", "ci_high"} <= set(df.columns):
        return False
    df["group"] = df["group"].astype(str)
    df["ci_low"] = df["ci_low"].fillna(df["value"])
    df["ci_high"] = df["ci_high"].fillna(df["value"])
    st.caption(ui.plain(f"{chart.metric} by group, with intervals"))
    layers = _interval_chart(df, "group", "value", chart.metric)
    limit = chart.limit
    if limit is not None and df["value"].map(_num).all():
        line = pd.DataFrame({"x": [float(df["value"].min()) + float(limit)],
                             "what": [f"lowest rate + policy limit ({limit})"]})
        layers = alt.layer(layers, alt.Chart(line).mark_rule(color="red", strokeDash=[6, 4]).encode(
            x="x:Q", tooltip="what:N"))
    st.altair_chart(layers.properties(height=max(120, 32 * len(df))), width="stretch")
    table(df)
    gaps = [g.as_dict() for g in chart.gaps]
    if gaps:
        gdf = pd.DataFrame(gaps)
        if {"metric", "value", "limit"} <= set(gdf.columns):
            gdf["ci_low"] = gdf.get("ci_low", gdf["value"]).fillna(gdf["value"])
            gdf["ci_high"] = gdf.get("ci_high", gdf["value"]).fillna(gdf["value"])
            st.caption("gap metrics against their policy limits (red)")
            layer = alt.layer(_interval_chart(gdf, "metric", "value", "value"),
                              alt.Chart(gdf).mark_tick(color="red", thickness=3, size=24).encode(
                                  x="limit:Q", y=alt.Y("metric:N", sort=None), tooltip=["metric", "limit", "kind"]))
            st.altair_chart(layer.properties(height=max(100, 40 * len(gdf))), width="stretch")
        table(gdf)
    _score_distributions(chart)
    return True


def _score_distributions(chart: Chart) -> None:
    """Each group's score distribution as the gate recorded it, so "every output at 0.5" is visible."""
    ddf = pd.DataFrame([d.as_dict() for d in chart.distributions])
    if ddf.empty or not {"group", "min", "q25", "median", "q75", "max"} <= set(ddf.columns):
        return
    ddf["group"] = ddf["group"].astype(str)
    st.caption("score distribution by group (bar: quartiles, line: min to max, tick: median)")
    base = alt.Chart(ddf).encode(y=alt.Y("group:N", title=None, sort=None))
    box = alt.layer(base.mark_rule().encode(x=alt.X("min:Q", title="score"), x2="max:Q"),
                    base.mark_bar(size=14, color="#9ecae1").encode(x="q25:Q", x2="q75:Q"),
                    base.mark_tick(color="#08306b", thickness=3, size=18).encode(x="median:Q",
                                                                                 tooltip=list(ddf.columns)))
    st.altair_chart(box.properties(height=max(100, 32 * len(ddf))), width="stretch")
    table(ddf)


def _fairness_chart(ev: FairnessEvidence) -> set[str]:
    """Groups with their metric and interval, against the policy limit, when the evidence holds them."""
    shown = {"chart", "by_group"}
    if ev.chart is not None and _fairness_from_chart(ev.chart):
        return shown
    rows: list[dict[str, Any]] = [{"group": str(g), **v.as_dict()} for g, v in ev.by_group.items()]
    if not rows:
        return shown
    df = pd.DataFrame(rows)
    gcol = "group" if "group" in df.columns else df.columns[0]
    value = next((c for c in ("mean", "value", "score", "rate", "metric") if c in df.columns and df[c].map(_num).all()),
                 None)
    table(df)
    if value is None:
        return shown
    df[gcol] = df[gcol].astype(str)
    base = alt.Chart(df).encode(y=alt.Y(f"{gcol}:N", title="group"))
    layers = [base.mark_point(filled=True, size=80).encode(x=alt.X(f"{value}:Q", title=value))]
    lo = next((c for c in ("ci_low", "lower", "ci_lower", "low") if c in df.columns), None)
    hi = next((c for c in ("ci_high", "upper", "ci_upper", "high") if c in df.columns), None)
    if lo and hi:
        layers.append(base.mark_rule().encode(x=f"{lo}:Q", x2=f"{hi}:Q"))
    chart = alt.layer(*layers)
    overall, limit = ev.overall, ev.limit
    if overall is not None and limit is not None:
        band = pd.DataFrame({"x": [overall - limit, overall + limit], "what": ["policy limit", "policy limit"]})
        chart = alt.layer(chart, alt.Chart(band).mark_rule(color="red", strokeDash=[4, 4]).encode(x="x:Q"))
    st.altair_chart(chart, width="stretch")
    if limit is not None:
        st.caption(f"Policy limit: {limit}")
    return shown


def _obligations(items: list[Obligation]) -> str:
    out = []
    for o in items:
        head = " ".join(x for x in (o.kind, o.license) if x)
        out.append(f"{head}: {o.text}" if o.text else head)
    return "; ".join(out)


def _licence_tables(ev: LicenseEvidence) -> set[str]:
    """The licence table with obligations, the mixture's obligations and conflicts. Returns the keys shown."""
    shown: set[str] = set()
    if ev.sources:
        st.caption("licence table")
        table([{"name": x.name, "kind": x.kind, "license": x.license, "verdict": x.verdict,
                "obligations": _obligations(x.obligations), "reasons": _cell(x.reasons),
                "sha256": x.sha256, "source": x.source} for x in ev.sources])
        shown.add("sources")
    if "mixture" in ev:
        if ev.mixture.obligations:
            st.caption("obligations of the mixture")
            table([{"kind": o.kind, "license": o.license, "text": o.text, "sources": _cell(o.sources)}
                   for o in ev.mixture.obligations])
        if ev.mixture.conflicts:
            st.caption("licence conflicts")
            table([{k: _cell(v) for k, v in c.as_dict().items()} for c in ev.mixture.conflicts])
        shown.add("mixture")
    return shown


def _memorisation_view(ev: MemorisationEvidence) -> set[str]:
    """Canary exposure per canary, the probe per kind with its upper bound, and what the tests do not show."""
    shown: set[str] = set()
    x = ev.exposure
    if x is not None:
        st.caption(ui.plain(f"canary exposure (bits, at most {x.log2_space:.1f}); the policy allows "
                            f"{x.max_exposure:g} at {x.judged_repetitions} insertion(s)"))
        table([{"commitment": c.commitment[:16], "insertions": c.repetitions, "exposure": round(c.exposure, 2),
                "log-perplexity": round(c.log_perplexity_bits, 2), "at or below": c.candidates_at_or_below,
                "rank": f"{c.rank:.3g}", "how": c.method} for c in x.canaries])
        table([{"evidence": k, "value": str(v)} for k, v in (
            ("format", x.canary_format), ("candidates", f"{x.candidates} ({'the whole space' if x.enumerated else 'sampled'})"),
            ("resolution of the sample (bits)", x.resolution_bits), ("inserted into", ", ".join(x.inserted_into)),
            ("records added (in memory)", x.records_added), ("commitments", x.commitment_scheme))])
        shown.add("exposure")
    for p in ev.probes:
        st.caption(ui.plain(f"extraction probe: {p.dataset} ({p.spans_probed} of {p.spans_removed} removed spans, "
                            f"greedy, {p.max_new_tokens} tokens)"))
        table([{"kind": k, "probed": v.probed, "reproduced": v.reproduced, "rate": v.rate,
                "95% upper bound": v.upper_95} for k, v in p.by_kind.items()])
    if ev.probes:
        shown.add("probes")
    st.caption("what these tests show, and what they do not")
    ui.text_lines(ev.scope)
    shown.add("scope")
    return shown


#: Each gate's own view of its evidence, by evidence model; returns the keys it showed (the rest is tabled).
RENDERERS: dict[type[Evidence], Callable[[Any], set[str]]] = {
    FairnessEvidence: _fairness_chart, LicenseEvidence: _licence_tables, MemorisationEvidence: _memorisation_view}


def gate_evidence(run_dir: Path, g: GateRun) -> None:
    render = RENDERERS.get(type(g.result.evidence))
    shown = render(g.result.evidence) if render else set()
    ev = {k: v for k, v in g.result.evidence.as_dict().items() if k not in shown}
    scalars = {k: v for k, v in ev.items() if not isinstance(v, (dict, list))}
    if scalars:
        table([{"evidence": k, "value": "" if v is None else str(v)} for k, v in scalars.items()])
    for k, v in ev.items():
        if isinstance(v, dict) and v and all(_num(x) for x in v.values()):
            st.caption(ui.plain(k.replace("_", " ")))
            table([{"key": str(a), "count": b} for a, b in v.items()])
        elif isinstance(v, dict) and v and all(isinstance(x, dict) for x in v.values()):
            st.caption(ui.plain(k.replace("_", " ")))
            table([{"key": str(a), **{str(c): _cell(d) for c, d in x.items()}} for a, x in v.items()])
        elif isinstance(v, list) and v and all(isinstance(x, dict) for x in v):
            st.caption(ui.plain(k.replace("_", " ")))
            table(v)
        elif isinstance(v, (dict, list)) and v:
            st.caption(ui.plain(k.replace("_", " ")))
            st.json(v, expanded=False)
    for a in g.artefacts:
        if a.path.lower().endswith(".png"):
            p = _inside(run_dir, a.path)
            if p is not None and p.is_file():
                st.image(str(p), caption=ui.plain(Path(a.path).name))


def _inside(run_dir: Path, rel: str) -> Path | None:
    """A path from the record, only if it stays inside the run folder."""
    try:
        p = (run_dir / rel).resolve()
        return p if p.is_relative_to(run_dir.resolve()) else None
    except (OSError, ValueError):
        return None


def gates(run_dir: Path, record: RunRecord) -> None:
    st.header("Gates")
    if not record.gates:
        st.info("No gate results in this record.")
    for i, g in enumerate(record.gates):
        with st.container(border=True):
            c1, c2 = st.columns([1, 5])
            with c1:
                ui.verdict_badge(g.result.verdict)
            with c2:
                st.text(f"{g.result.gate} gate — {g.scope}")
            ui.text_lines(g.result.reasons)
            with st.expander("Evidence", expanded=g.result.verdict != "pass"):
                gate_evidence(run_dir, g)
    if record.gates_not_run:
        st.warning("Gates not run in this build:", icon=ui.ICONS["warning"])
        ui.text_lines(record.gates_not_run)


def stages(record: RunRecord) -> None:
    st.header("Stages")
    if not record.stages:
        st.info("No training stages in this record.")
    for s in record.stages:
        with st.container(border=True):
            st.text(f"{s.name} ({s.kind}) — {s.status}" + (f" — {s.wall_s:.1f} s" if s.wall_s is not None else ""))
            if s.compute is not None:
                st.caption("compute (the whole account: `governed-tuning docs compute`)")
                st.text(s.compute.summary())
            if s.error:
                st.error("The stage failed:", icon=ui.ICONS["failed"])
                st.text(f"{s.error.type}: {s.error.message}")
            cv = summaries.curves(s.metrics)
            if cv:
                df = pd.concat([pd.DataFrame(pts, columns=["step", "value"]).assign(metric=name)
                                for name, pts in cv.items()])
                chart = alt.Chart(df).mark_line(point=len(df) < 400).encode(
                    x="step:Q", y=alt.Y("value:Q", title=None)).properties(height=160, width=220).facet(
                    facet=alt.Facet("metric:N", title=None), columns=3).resolve_scale(y="independent")
                st.caption("training curves")
                st.altair_chart(chart)
            finals = summaries.stage_final_metrics(s.metrics)
            if finals:
                table([{"metric": k, "final value": v} for k, v in finals.items()])
            if s.trl_args:
                with st.expander("TRL arguments"):
                    st.json(s.trl_args, expanded=False)


def artefacts(record: RunRecord) -> None:
    st.header("Artefacts")
    rows: list[dict[str, Any]] = []

    def add(where: str, items: list[Artefact]) -> None:
        rows.extend({"from": where, "path": a.path, "role": a.role, "size": a.size, "sha256": a.sha256} for a in items)

    add("run", record.artefacts)
    for s in record.stages:
        add(f"stage {s.name} (input)", s.inputs)
        add(f"stage {s.name}", s.outputs)
    for g in record.gates:
        add(f"{g.result.gate} gate — {g.scope}", g.artefacts)
    if rows:
        table(rows)
    else:
        st.info("No artefacts recorded.")
