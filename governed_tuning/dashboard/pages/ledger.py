"""Ledger: the hash chain's integrity, and where it breaks if it does."""

from __future__ import annotations

import streamlit as st

from governed_tuning.dashboard import evidence, trust, ui

cfg = ui.settings()
st.title("Ledger")
ui.require_reports(cfg)
path = cfg.ledger_path
if not path.is_file():
    st.info(f"No ledger yet: {path} appears with the first signed run.", icon=ui.ICONS["empty"])
    st.stop()

sig = ui.ledger_view(cfg)
if sig.state == "verified":
    st.success("The chain is intact and its signed checkpoint matches a trusted key.", icon=ui.ICONS["ok"])
elif sig.state == "invalid":
    st.error("THE LEDGER CHAIN IS BROKEN OR ITS CHECKPOINT IS INVALID. Where it breaks:", icon=ui.ICONS["alarm"])
    evidence.table([{"code": c, "where and why": m} for c, m in sig.failures] or [{"code": "", "where and why": sig.reason}])
else:
    ui.signature_banner(sig, "The ledger")
if sig.checks:
    with st.expander("Checks performed"):
        ui.text_lines(sig.checks)

entries, problems = trust.read_ledger_entries(path)
if problems:
    st.error(f"{len(problems)} ledger line(s) cannot be read:", icon=ui.ICONS["broken"])
    ui.text_lines(problems[:50])
st.header(f"Entries ({len(entries)})")
if entries:
    evidence.table(trust.ledger_rows(reversed(entries)))
    with st.expander("Full digests"):
        evidence.table([trust.flatten(e) for e in reversed(entries)])
