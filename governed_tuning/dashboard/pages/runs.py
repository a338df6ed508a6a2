"""Runs: every run in the reports folder, newest first, with each gate's verdict and the signature status."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from governed_tuning.dashboard import ui

cfg = ui.settings()
st.title("Runs")
ui.require_reports(cfg)

rows = ui.summary_rows(cfg)
if not rows:
    st.info(f"No runs yet in {cfg.reports_dir}. A run folder (YYYYMMDDTHHMMSSZ-xxxxxx) appears here once "
            "`governed-tuning run` or `governed-tuning demo` has written it.", icon="📭")
    st.stop()

df = pd.DataFrame(rows)
gate_cols = sorted(c for c in df.columns if c.startswith("gate:"))

invalid = df[df["signature_state"] == "invalid"]
if len(invalid):
    st.error(f"{len(invalid)} run(s) FAILED VERIFICATION: " + ", ".join(invalid["run_id"]) +
             ". Open a run for the reasons.", icon="🚨")
if cfg.ledger_path.is_file() and ui.ledger_view(cfg).state == "invalid":
    st.error("The ledger chain is BROKEN or its checkpoint is invalid; see the Ledger page for where.", icon="🚨")
broken = df[df["problem"] != ""]
if len(broken):
    st.warning(f"{len(broken)} run folder(s) cannot be read or are incomplete; see the 'problem' column.", icon="⚠️")

with st.expander("Filters", expanded=False):
    c1, c2, c3 = st.columns(3)
    verdict_options = sorted({v for c in gate_cols for v in df[c].dropna()} | set(df["status"]))
    verdicts = c1.multiselect("Verdict or status", verdict_options, key="f_verdict",
                              help="Keep runs where any gate has this verdict or the run has this status.")
    models = c2.multiselect("Base model", sorted(m for m in set(df["base_model"]) if m), key="f_model")
    times = df["time"].dropna()
    dates = c3.date_input("Date range", value=(), key="f_dates") if len(times) else ()

shown = df
if verdicts:
    mask = shown["status"].isin(verdicts)
    for c in gate_cols:
        mask |= shown[c].isin(verdicts)
    shown = shown[mask]
if models:
    shown = shown[shown["base_model"].isin(models)]
if isinstance(dates, (tuple, list)) and len(dates) == 2:
    day = shown["time"].map(lambda t: t.date() if t is not None and not pd.isna(t) else None)
    shown = shown[day.map(lambda d: d is not None and dates[0] <= d <= dates[1])]

st.caption(f"{len(shown)} of {len(df)} runs · newest first · select a row to open it")
columns = ["run_id", "time", "signature", "status", "releasable", *gate_cols, "base_model", "stages", "problem"]
table = shown[columns + ["signature_state"]].reset_index(drop=True)
config = {c: st.column_config.TextColumn(c.removeprefix("gate:"), help=f"{c.removeprefix('gate:')} gate verdict")
          for c in gate_cols}
config.update({
    "run_id": st.column_config.TextColumn("run id"),
    "time": st.column_config.DatetimeColumn("time (UTC)", format="YYYY-MM-DD HH:mm:ss"),
    "releasable": st.column_config.CheckboxColumn("releasable"),
    "base_model": st.column_config.TextColumn("base model"),
    "signature_state": None,
})
event = st.dataframe(ui.style_verdicts(table), hide_index=True, column_config=config, column_order=columns,
                     on_select="rerun", selection_mode="single-row", key="runs_table", width="stretch")
rows = getattr(getattr(event, "selection", None), "rows", None) or []
if rows:
    st.switch_page("pages/run.py", query_params={"run": table.iloc[rows[0]]["run_id"]})
