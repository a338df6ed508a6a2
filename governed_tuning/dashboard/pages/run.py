"""Run: one run's verdict, gates with reasons and evidence, training curves, artefacts and downloads."""

from __future__ import annotations

import streamlit as st

from governed_tuning.dashboard import evidence, listing, settings, summaries, ui
from governed_tuning.documents import KINDS, for_run_folder
from governed_tuning.errors import GovernedTuningError

cfg = ui.settings()
st.title("Run")
ui.require_reports(cfg)
runs = listing.list_run_dirs(cfg.reports_dir)
if not runs:
    st.info(f"No runs yet in {cfg.reports_dir}.", icon=ui.ICONS["empty"])
    st.stop()

ids = [p.name for p in runs]
wanted = st.query_params.get("run")
if wanted and wanted not in ids:
    st.warning("The run named in the address is not in the reports folder; showing the newest run instead.")
run_id = st.selectbox("Run", ids, index=ids.index(wanted) if wanted in ids else 0, key="run_pick")
st.query_params["run"] = run_id

run, sig = ui.run_view(cfg, cfg.reports_dir / run_id)  # verified first; content is shown under the banner
ui.signature_banner(sig, "This run's report")
if run.problem:
    st.error("This run cannot be shown:", icon=ui.ICONS["broken"])
    st.text(run.problem)
    st.stop()
record = run.record
assert record is not None

st.header("Summary")
summary = (run.report or {}).get("summary") if run.source == settings.REPORT else None
if isinstance(summary, dict) and summary.get("verdict"):
    verdict = str(summary["verdict"])
    ui.verdict_badge({"releasable": "pass", "blocked": "fail", "failed": "fail"}.get(verdict, "review"), verdict)
    if summary.get("headline"):
        st.text(str(summary["headline"]))
c1, c2, c3 = st.columns(3)
with c1:
    st.caption("status")
    ui.verdict_badge({"completed": "pass", "blocked": "fail", "failed": "fail"}.get(record.status, "review"),
                     record.status)
with c2:
    st.caption("releasable")
    ui.verdict_badge("pass" if record.releasable else "fail", "releasable" if record.releasable else "not releasable")
with c3:
    st.caption("started → finished (UTC)")
    st.text(f"{record.started_at} → {record.finished_at or '…'}")
st.caption("base model")
st.text(summaries.base_model_name(record) or "(not recorded)")
st.caption("policy")
st.text(f"{record.policy.describe()}  sha256 {record.policy.sha256}")
if record.release_reasons:
    st.caption("release decision")
    ui.text_lines(record.release_reasons)
if record.error:
    st.error("The run failed:", icon=ui.ICONS["failed"])
    st.text(f"{record.error.where}: {record.error.type}: {record.error.message}")

regulatory = (run.report or {}).get("regulatory") if run.source == settings.REPORT else None
if isinstance(regulatory, list) and regulatory:  # report version 1
    with st.expander("Regulatory mapping (report version 1)"):
        evidence.table([r for r in regulatory if isinstance(r, dict)])
elif isinstance(regulatory, dict):
    where = ", ".join(map(str, regulatory.get("jurisdictions") or [])) or "none named by the policy"
    with st.expander(f"Regulatory section (jurisdictions: {where}): evidence supplied or not evidenced, and "
                     "what people attest"):
        st.text(str(regulatory.get("outcome", "")))
        st.text(str(regulatory.get("data_status", "")))
        rows = [r for r in regulatory.get("provisions") or [] if isinstance(r, dict)]
        if rows:
            evidence.table(rows)
        if regulatory.get("missing_governance"):
            st.error("Missing governance facts (release is blocked): "
                     + ", ".join(map(str, regulatory["missing_governance"])), icon="❌")
        evidence.table([a for a in regulatory.get("attestation") or [] if isinstance(a, dict)])

evidence.gates(run.path, record)
evidence.stages(record)
evidence.artefacts(record)

st.header("Downloads")
cols = st.columns(3)
for col, (name, mime) in zip(cols, [(settings.HTML, "text/html"), (settings.REPORT, "application/json"),
                                     (settings.ENVELOPE, "application/json")]):
    path = run.path / name
    with col:
        if path.is_file():
            st.download_button(name, path.read_bytes(), file_name=f"{run_id}-{name}", mime=mime, key=f"dl_{name}",
                               on_click="ignore")
        else:
            st.text(f"{name}: not present")

st.header("Documents for regulators")

st.caption("EU AI Act summary and compute, GDPR Art. 30 record, CCPA deidentification, California AB 2013. A run "
           "writes them before signing (its signature covers them); for an older run they are generated now from "
           "its report, and are not signed.")
for kind in KINDS.values():
    cols = st.columns([3, 1, 1])
    with cols[0]:
        st.text(f"{kind.title} ({kind.law})")
    for col, fmt in zip(cols[1:], ("md", "json")):
        with col:
            try:
                found = for_run_folder(run.path, kind.name, fmt)  # type: ignore[arg-type]
            except GovernedTuningError as exc:
                st.text(f"{fmt}: {exc}")
                continue
            label = f"{kind.name}.{fmt}" + ("" if found.signed_file is not None else " (generated now, not signed)")
            st.download_button(label, found.text.encode("utf-8"), file_name=f"{run_id}-{kind.name}.{fmt}",
                               mime="text/markdown" if fmt == "md" else "application/json",
                               key=f"doc_{kind.name}_{fmt}", on_click="ignore")
