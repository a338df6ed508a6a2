"""Streamlit entry of the auditors' dashboard: ``governed-tuning dashboard`` runs ``streamlit run`` on this file.

Read-only over a reports folder (GOVERNED_TUNING_REPORTS, default ``reports/``); trusted public keys come from
GOVERNED_TUNING_PUBKEYS (os.pathsep-separated). When the deployment configures OIDC in ``.streamlit/secrets.toml``
(an ``[auth]`` section), every page requires ``st.login`` first.
"""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from governed_tuning.dashboard import settings, ui

HERE = Path(__file__).resolve().parent

st.set_page_config(page_title="governed-tuning audit", page_icon=":material/shield:", layout="wide")


def _auth_configured() -> bool:
    try:
        return bool(st.secrets.get("auth"))
    except Exception:  # no secrets.toml: login is not configured
        return False


if _auth_configured() and not st.user.is_logged_in:
    st.title("governed-tuning audit dashboard")
    st.info("Sign in to see the audit reports.")
    st.button("Log in", on_click=st.login, type="primary")
    st.stop()

cfg = settings.settings_from_env()
with st.sidebar:
    st.caption("Reports folder")
    st.text(str(cfg.reports_dir))
    st.caption("Trusted public keys")
    st.text("\n".join(str(k) for k in cfg.pubkeys) or "(none: signatures are not checked)")
    if _auth_configured() and st.user.is_logged_in:
        st.button("Log out", on_click=st.logout)

nav = st.navigation([
    st.Page(HERE / "pages" / "runs.py", title="Runs", icon=":material/table_rows:", url_path="runs", default=True),
    st.Page(HERE / "pages" / "run.py", title="Run", icon=":material/search:", url_path="run"),
    st.Page(HERE / "pages" / "compare.py", title="Compare", icon=":material/compare_arrows:", url_path="compare"),
    st.Page(HERE / "pages" / "ledger.py", title="Ledger", icon=":material/link:", url_path="ledger"),
    st.Page(HERE / "pages" / "verify.py", title="Verify", icon=":material/verified_user:", url_path="verify"),
])
ui.trust_banner(cfg)  # on every page, once: without a trusted key nothing is verified
ui.rollback_banner(cfg)  # on every page: a ledger behind the checkpoint verified before is the loudest news
nav.run()
