"""Streamlit glue shared by the pages: settings, cached loading + verification, and safe rendering.

Text that comes from a report is shown with ``st.text``/``st.dataframe``/``st.json`` (rendered as text),
never through HTML; ``unsafe_allow_html`` is never used. Where only a Markdown element fits (a caption, an image
caption, a badge), report text goes through :func:`plain` first, so it cannot become a link, an image, a
Streamlit directive or formatting. Verification results are cached by the
run's fingerprint and the trusted keys' digest (see ``data.fingerprint``), so an unchanged run is verified once.
"""

from __future__ import annotations

import hashlib
import string
from pathlib import Path
from typing import Any

import streamlit as st

from governed_tuning.dashboard import data
from governed_tuning.digest import sha256_file

VERDICT_COLOURS = {"pass": "green", "fail": "red", "review": "orange", "insufficient": "violet"}
VERDICT_CSS = {"pass": "color: #1a7f37; font-weight: 600", "fail": "color: #cf222e; font-weight: 700",
               "review": "color: #bc4c00; font-weight: 600", "insufficient": "color: #8250df; font-weight: 600"}
SIGNATURE_CSS = {"verified": "color: #1a7f37", "invalid": "color: #cf222e; font-weight: 700",
                 "unsigned": "color: #bc4c00", "unchecked": "color: #6e7781", "incomplete": "color: #bc4c00"}


_MD_ESCAPES = str.maketrans({c: "\\" + c for c in string.punctuation})


def plain(text: Any) -> str:
    """``text`` for a Markdown element, shown literally: every ASCII punctuation character backslash-escaped."""
    return " ".join(str(text).split()).translate(_MD_ESCAPES)


def settings() -> data.Settings:
    return data.settings_from_env()


@st.cache_data(show_spinner=False, max_entries=20_000)
def _verify(run_dir: str, fp: str, keys: tuple[str, ...], keys_fp: str) -> data.Signature:
    """Cached on (fingerprint, keys digest): fp and keys_fp are the cache key, not used in the body."""
    del fp, keys_fp
    return data.verify_run_dir(Path(run_dir), tuple(Path(k) for k in keys))


@st.cache_data(show_spinner=False, max_entries=20_000)
def _load(run_dir: str, fp: str) -> data.LoadedRun:
    del fp
    return data.load_run(Path(run_dir))


@st.cache_data(show_spinner=False, max_entries=64)
def _verify_ledger(ledger: str, fp: str, keys: tuple[str, ...], keys_fp: str) -> data.Signature:
    del fp, keys_fp
    return data.verify_ledger_file(Path(ledger), tuple(Path(k) for k in keys))


@st.cache_data(show_spinner=False, max_entries=16)
def _ledger_index(ledger: str, fp: str) -> dict[str, str]:
    del fp
    return data.ledger_index(Path(ledger))


def _ledger_fp(cfg: data.Settings) -> str:
    parts = []
    for p in (cfg.ledger_path, cfg.ledger_path.with_name(data.CHECKPOINT)):
        try:
            parts.append(sha256_file(p))
        except OSError:
            parts.append("-")
    return "/".join(parts)


def _ledger_entries(cfg: data.Settings) -> "_Entries":
    """Per run: the digest of its own ledger lines plus the whole ledger's verdict. verify_run checks the
    whole chain, so a break anywhere (an earlier entry edited) must re-verify every run; an append that keeps
    the chain intact changes neither part for the runs already listed."""
    fp = _ledger_fp(cfg)
    return _Entries(_ledger_state(cfg, fp), _ledger_index(str(cfg.ledger_path), fp))


class _Entries:
    """Cache-key part per run folder name (a run with no entry still carries the ledger's verdict)."""

    def __init__(self, state: str, index: dict[str, str]):
        self.state, self.index = state, index

    def get(self, run_id: str) -> str:
        return f"{self.index.get(run_id, '-')}:{self.state}"


def _ledger_state(cfg: data.Settings, fp: str) -> str:
    if not cfg.ledger_path.is_file():
        return "no-ledger"
    sig = ledger_view(cfg, fp)
    return hashlib.sha256(repr((sig.state, sig.failures)).encode()).hexdigest()[:16]


def run_view(cfg: data.Settings, run_dir: Path) -> tuple[data.LoadedRun, data.Signature]:
    """Verify first, then load: the caller shows the signature state before any content. The verification key
    is the run's fingerprint plus its own ledger entry (verify_run also checks the run against the ledger)."""
    fp = data.fingerprint(run_dir)
    keys = tuple(str(k) for k in cfg.pubkeys)
    entry = _ledger_entries(cfg).get(run_dir.name)
    sig = _verify(str(run_dir), f"{fp}:{entry}", keys, data.keys_digest(cfg.pubkeys))
    return _load(str(run_dir), fp), sig


@st.cache_data(show_spinner=False, max_entries=16)
def _rows(runs: tuple[tuple[str, str, str], ...], keys: tuple[str, ...], keys_fp: str) -> list[dict[str, Any]]:
    """The Runs table for a set of (run folder, fingerprint): one cache entry for the whole list, built from the
    per-run cache, so a new run costs one verification and an unchanged folder costs one lookup."""
    out = []
    for run_dir, fp, entry in runs:
        sig = _verify(run_dir, f"{fp}:{entry}", keys, keys_fp)
        out.append(data.summary_row(_load(run_dir, fp), sig))
    return out


def summary_rows(cfg: data.Settings) -> list[dict[str, Any]]:
    """Rows of the Runs table, newest first, each verified before it is listed (the first visit to a large
    folder verifies every run once; afterwards only new or changed runs are verified)."""
    entries = _ledger_entries(cfg)
    runs = tuple((str(d), data.fingerprint(d), entries.get(d.name)) for d in data.list_run_dirs(cfg.reports_dir))
    with st.spinner(f"Verifying {len(runs)} run(s); results are cached until a run changes…"):
        return _rows(runs, tuple(str(k) for k in cfg.pubkeys), data.keys_digest(cfg.pubkeys))


def ledger_view(cfg: data.Settings, fp: str | None = None) -> data.Signature:
    """The ledger's verification (cached on the digests of the ledger and its checkpoint, ``fp`` when known)."""
    return _verify_ledger(str(cfg.ledger_path), fp or _ledger_fp(cfg), tuple(str(k) for k in cfg.pubkeys),
                          data.keys_digest(cfg.pubkeys))


def require_reports(cfg: data.Settings) -> None:
    """Stop the page with a clear message when the reports folder is unusable."""
    problem = data.reports_problem(cfg.reports_dir)
    if problem:
        st.error(problem, icon="📂")
        st.stop()


def signature_banner(sig: data.Signature, what: str = "This report") -> None:
    """Loud for invalid, plain for the rest. The reason may quote report content, so it is shown as text."""
    if sig.state == "verified":
        st.success(f"{what} is verified: the signature matches a trusted key and the artefacts match their digests.",
                   icon="✅")
    elif sig.state == "invalid":
        st.error(f"{what} FAILED VERIFICATION. Do not rely on its contents; they are shown below only so the "
                 "failure can be investigated.", icon="🚨")
        for code, message in sig.failures or [("", sig.reason)]:
            st.text(f"{code}: {message}" if code else message)
    elif sig.state == "unsigned":
        st.warning(f"{what} is UNSIGNED: nothing proves who wrote it or that it is unchanged.", icon="⚠️")
        st.text(sig.reason)
    elif sig.state == "incomplete":
        st.warning(f"{what} is incomplete:", icon="⚠️")
        st.text(sig.reason)
    else:
        st.warning(f"{what} has not been verified:", icon="⚠️")
        st.text(sig.reason)


def verdict_badge(verdict: str, label: str | None = None) -> None:
    st.badge(plain(label or verdict), color=VERDICT_COLOURS.get(verdict, "gray"))  # the label may be report text


def text_lines(lines: list[str]) -> None:
    for line in lines:
        st.text(f"• {line}")


def style_verdicts(df: Any) -> Any:
    """Colour verdict and signature cells (a pandas Styler; st.dataframe shows it as text with colours)."""
    gate_cols = [c for c in df.columns if str(c).startswith("gate:")]
    styler = df.style
    if gate_cols:
        styler = styler.map(lambda v: VERDICT_CSS.get(v, ""), subset=gate_cols)
    if "signature_state" in df.columns and "signature" in df.columns:
        def _sig(row: Any) -> list[str]:
            css = SIGNATURE_CSS.get(row["signature_state"], "")
            return [css if c == "signature" else "" for c in row.index]
        styler = styler.apply(_sig, axis=1)
    return styler


def run_picker(runs: list[tuple[data.LoadedRun, data.Signature]], label: str, key: str,
               default: str | None = None) -> str | None:
    ids = [r.run_id for r, _ in runs]
    if not ids:
        return None
    index = ids.index(default) if default in ids else 0
    return st.selectbox(label, ids, index=index, key=key)
