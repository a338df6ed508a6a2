"""Runs: every run in the reports folder, newest first, with each gate's verdict and the signature status.

The table is drawn before anything is verified: a run whose content has a verdict already shows it, the others
show "verifying…" and are verified a batch at a time under a progress bar, the table redrawn after each batch.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from governed_tuning.dashboard import ui

cfg = ui.settings()
st.title("Runs")
ui.require_reports(cfg)

runs = ui.RunsTable(cfg)
if not runs.rows:
    st.info(f"No runs yet in {cfg.reports_dir}. A run folder (YYYYMMDDTHHMMSSZ-xxxxxx) appears here once "
            "`governed-tuning run` or `governed-tuning demo` has written it.", icon=ui.ICONS["empty"])
    st.stop()

banners = st.container()
df = pd.DataFrame(runs.rows)
gate_cols = sorted(c for c in df.columns if c.startswith("gate:"))

with st.expander("Filters", expanded=False):
    c1, c2, c3 = st.columns(3)
    verdict_options = sorted({v for c in gate_cols for v in df[c].dropna()} | set(df["status"]))
    verdicts = c1.multiselect("Verdict or status", verdict_options, key="f_verdict",
                              help="Keep runs where any gate has this verdict or the run has this status.")
    models = c2.multiselect("Base model", sorted(m for m in set(df["base_model"]) if m), key="f_model")
    times = df["time"].dropna()
    dates = c3.date_input("Date range", value=(), key="f_dates") if len(times) else ()

mask = pd.Series(True, index=df.index)
if verdicts:
    hit = df["status"].isin(verdicts)
    for c in gate_cols:
        hit |= df[c].isin(verdicts)
    mask &= hit
if models:
    mask &= df["base_model"].isin(models)
if isinstance(dates, (tuple, list)) and len(dates) == 2:
    day = df["time"].map(lambda t: t.date() if t is not None and not pd.isna(t) else None)
    mask &= day.map(lambda d: d is not None and dates[0] <= d <= dates[1])

st.caption(f"{int(mask.sum())} of {len(df)} runs · newest first · select a row to open it")
columns = ["run_id", "time", "signature", "status", "releasable", *gate_cols, "base_model", "stages", "problem"]
config = {c: st.column_config.TextColumn(ui.plain(c.removeprefix("gate:")),  # a gate name is report text
                                         help=f"{ui.plain(c.removeprefix('gate:'))} gate verdict")
          for c in gate_cols}
config.update({
    "run_id": st.column_config.TextColumn("run id"),
    "time": st.column_config.DatetimeColumn("time (UTC)", format="YYYY-MM-DD HH:mm:ss"),
    "releasable": st.column_config.CheckboxColumn("releasable"),
    "base_model": st.column_config.TextColumn("base model"),
    "signature_state": None,
})


def frame() -> pd.DataFrame:
    full = pd.DataFrame(runs.rows).reindex(columns=columns + ["signature_state"])
    full[gate_cols] = full[gate_cols].fillna("")  # an unreadable run: no verdict to show, not "None"
    return full[mask.values].reset_index(drop=True)


slot = st.empty()
if runs.pending:  # draw first, then verify what has no verdict yet, redrawing as it goes
    total = len(runs.pending)
    slot.dataframe(ui.style_verdicts(frame()), hide_index=True, column_config=config, column_order=columns,
                   width="stretch")
    bar = st.progress(0.0, text=f"Verifying {total} run(s) not verified before (their content changed or is new)…")
    budget = 0.25  # the first redraw comes quickly; later batches grow, since each redraw costs a table's worth
    while left := runs.verify_pending(budget):
        slot.dataframe(frame(), hide_index=True, column_config=config, column_order=columns,  # colours at the end
                       width="stretch")
        bar.progress((total - left) / total, text=f"Verified {total - left} of {total} run(s)…")
        budget = min(budget * 2, 2.0)
    bar.empty()
table = frame()
event = slot.dataframe(ui.style_verdicts(table), hide_index=True, column_config=config, column_order=columns,
                       on_select="rerun", selection_mode="single-row", key="runs_table", width="stretch")

df = pd.DataFrame(runs.rows)
with banners:
    invalid = df[df["signature_state"] == "invalid"]
    if len(invalid):
        st.error(f"{len(invalid)} run(s) FAILED VERIFICATION: " + ", ".join(invalid["run_id"]) +
                 ". Open a run for the reasons.", icon=ui.ICONS["alarm"])
    if cfg.ledger_path.is_file() and ui.ledger_view(cfg).state == "invalid":
        st.error("The ledger chain is BROKEN, a recorded run is missing, or its checkpoint is invalid; see the "
                 "Ledger page for where.", icon=ui.ICONS["alarm"])
    broken = df[df["problem"] != ""]
    if len(broken):
        st.warning(f"{len(broken)} run folder(s) cannot be read or are incomplete; see the 'problem' column.",
                   icon=ui.ICONS["warning"])

selected = getattr(getattr(event, "selection", None), "rows", None) or []
if selected:
    st.switch_page("pages/run.py", query_params={"run": table.iloc[selected[0]]["run_id"]})
