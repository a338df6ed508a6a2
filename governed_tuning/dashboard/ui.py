"""Streamlit glue shared by the pages: settings, cached loading + verification, and safe rendering.

Text that comes from a report is shown with ``st.text``/``st.dataframe``/``st.json`` (rendered as text),
never through HTML; ``unsafe_allow_html`` is never used. Where only a Markdown element fits (a caption, an image
caption, a badge), report text goes through :func:`plain` first, so it cannot become a link, an image, a
Streamlit directive or formatting.

Verification: what is cached across restarts is file *digests* (``governed_tuning.digest_cache``, in the state
folder), never a verdict. In memory, a verdict is kept under the run's content key (the digests of everything in
its folder), its own ledger lines, the ledger's verdict and the trusted keys, so an unchanged run is looked up
and any change to its content is verified again. The Runs page draws the table first and verifies what is not
known yet progressively, with each row's state visible ("verifying…").
"""

from __future__ import annotations

import hashlib
import string
import time
from collections import OrderedDict
from pathlib import Path
from typing import Any

import streamlit as st

from governed_tuning import palette
from governed_tuning.dashboard import listing, summaries, trust
from governed_tuning.dashboard import settings as dashboard_settings
from governed_tuning.digest import sha256_file
from governed_tuning.digest_cache import DigestCache
from governed_tuning.limits import UnsafeFileError

VERDICT_COLOURS = {v: palette.colour(v).badge for v in ("pass", "fail", "review", "insufficient")}
VERDICT_CSS = {**{v: f"color: {palette.colour(v).hex}; font-weight: {700 if v == 'fail' else 600}"
                  for v in ("pass", "fail", "review", "insufficient")},
               summaries.NOT_RUN: f"color: {palette.OTHER.hex}; font-style: italic"}
SIGNATURE_CSS = {"verified": f"color: {palette.PASS.hex}", "invalid": f"color: {palette.FAIL.hex}; font-weight: 700",
                 "unsigned": f"color: {palette.REVIEW.hex}", "unchecked": f"color: {palette.OTHER.hex}",
                 "incomplete": f"color: {palette.REVIEW.hex}",
                 "verifying": f"color: {palette.OTHER.hex}; font-style: italic"}
MAX_VERDICTS = 50_000
# Streamlit's bundled Material Symbols font, never emoji: an emoji is an empty box where no emoji font is installed
# (a server, a locked-down auditor's desktop).
ICONS = {"empty": ":material/inbox:", "alarm": ":material/report:", "warning": ":material/warning:",
         "ok": ":material/verified:", "folder": ":material/folder_off:", "broken": ":material/broken_image:",
         "failed": ":material/cancel:", "key": ":material/key_off:"}


_MD_ESCAPES = str.maketrans({c: "\\" + c for c in string.punctuation})


def plain(text: Any) -> str:
    """``text`` for a Markdown element, shown literally: every ASCII punctuation character backslash-escaped."""
    return " ".join(str(text).split()).translate(_MD_ESCAPES)


def settings() -> dashboard_settings.Settings:
    return dashboard_settings.settings_from_env()


@st.cache_resource(show_spinner=False)
def _digest_cache(db: str) -> DigestCache:
    """One digest cache per process, on disk in the state folder (survives restarts)."""
    return DigestCache(db)


class _Memory:
    """This process's verdicts, loaded runs and table rows, keyed on content (see :func:`run_key`); bounded,
    oldest out first; gone at restart, by design (only digests survive a restart)."""

    def __init__(self, limit: int = MAX_VERDICTS):
        self.limit = limit
        self.verdicts: OrderedDict[str, trust.Signature] = OrderedDict()
        self.loaded: OrderedDict[str, listing.LoadedRun] = OrderedDict()
        self.rows: OrderedDict[str, dict[str, Any]] = OrderedDict()

    def put(self, store: OrderedDict, key: str, value: Any) -> Any:
        store[key] = value
        while len(store) > self.limit:
            store.popitem(last=False)
        return value

    def load(self, run_dir: Path, content: str) -> listing.LoadedRun:
        key = f"{run_dir}:{content}"
        run = self.loaded.get(key)
        return run if run is not None else self.put(self.loaded, key, listing.load_run(run_dir))


@st.cache_resource(show_spinner=False)
def _memory() -> _Memory:
    return _Memory()


def digests(cfg: dashboard_settings.Settings) -> DigestCache:
    return _digest_cache(str(cfg.digest_db))


@st.cache_data(show_spinner=False, max_entries=64)
def _verify_ledger(ledger: str, fp: str, keys: tuple[str, ...], keys_fp: str, kept: str, kept_fp: str) \
        -> trust.Signature:
    del fp, keys_fp, kept_fp
    return trust.verify_ledger_file(Path(ledger), tuple(Path(k) for k in keys), Path(kept) if kept else None)


@st.cache_data(show_spinner=False, max_entries=16)
def _ledger_index(ledger: str, fp: str) -> dict[str, str]:
    del fp
    return trust.ledger_index(Path(ledger))


def _file_fp(path: Path) -> str:
    try:
        return sha256_file(path)
    except (OSError, UnsafeFileError):
        return "-"


def _ledger_fp(cfg: dashboard_settings.Settings) -> str:
    return "/".join(_file_fp(p) for p in (cfg.ledger_path, cfg.ledger_path.with_name(dashboard_settings.CHECKPOINT)))


def _ledger_entries(cfg: dashboard_settings.Settings) -> "_Entries":
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


def _ledger_state(cfg: dashboard_settings.Settings, fp: str) -> str:
    if not cfg.ledger_path.is_file():
        return "no-ledger"
    sig = ledger_view(cfg, fp)
    return hashlib.sha256(repr((sig.state, sig.failures)).encode()).hexdigest()[:16]


def run_key(cfg: dashboard_settings.Settings, run_dir: Path, entries: _Entries, cache: DigestCache | None = None,
            keys_fp: str | None = None, hash_missing: bool = True) -> tuple[str, str] | tuple[None, None]:
    """(content key, verdict key) of a run: its folder's content digests (from the digest cache: an unchanged
    file costs one lstat), its ledger lines, the ledger's verdict and the trusted keys. (None, None) when
    ``hash_missing`` is False and a file has not been hashed yet."""
    content = listing.content_key(run_dir, cache or digests(cfg), hash_missing=hash_missing)
    if content is None:
        return None, None
    return content, f"{content}:{entries.get(run_dir.name)}:{keys_fp or dashboard_settings.keys_digest(cfg.pubkeys)}"


def _verify_now(cfg: dashboard_settings.Settings, run_dir: Path, key: str, recorded: dict[str, str],
                cache: DigestCache | None = None) -> trust.Signature:
    sig = trust.verify_run_dir(run_dir, cfg.pubkeys, digest=cache or digests(cfg), recorded=recorded)
    return _memory().put(_memory().verdicts, key, sig)


def run_view(cfg: dashboard_settings.Settings, run_dir: Path) -> tuple[listing.LoadedRun, trust.Signature]:
    """Verify first (or look the verdict up by content), then load: the caller shows the signature state before
    any content."""
    entries = _ledger_entries(cfg)
    content, key = run_key(cfg, run_dir, entries)
    assert content is not None and key is not None
    sig = _memory().verdicts.get(key) or _verify_now(cfg, run_dir, key, entries.index)
    return _memory().load(run_dir, content), sig


class RunsTable:
    """The Runs page's rows: drawn at once, each with its signature state; :meth:`verify_pending` verifies the
    runs whose content has no verdict yet, a few at a time, so the page can redraw between batches. A row is
    kept under its verdict key, so an unchanged run costs an lstat per file and two lookups."""

    def __init__(self, cfg: dashboard_settings.Settings):
        self.cfg = cfg
        self.entries = _ledger_entries(cfg)
        self.cache = digests(cfg)
        self.memory = _memory()
        self.keys_fp = dashboard_settings.keys_digest(cfg.pubkeys)
        self.rows: list[dict[str, Any]] = []
        self.pending: list[tuple[int, Path, str | None, listing.LoadedRun]] = []
        for d in listing.list_run_dirs(cfg.reports_dir):
            # nothing is hashed before the first draw: a run with a file not in the digest cache yet is pending
            content, key = run_key(cfg, d, self.entries, self.cache, self.keys_fp, hash_missing=False)
            row = self.memory.rows.get(key) if key is not None else None
            if row is None:
                run = self.memory.load(d, content) if content is not None else listing.load_run(d)
                sig = self.memory.verdicts.get(key) if key is not None else None
                if sig is None:
                    self.pending.append((len(self.rows), d, key, run))
                    row = summaries.summary_row(run, trust.Signature("verifying"))
                else:
                    row = self.memory.put(self.memory.rows, key, summaries.summary_row(run, sig))
            self.rows.append(row)

    def verify_pending(self, budget_s: float = 0.5) -> int:
        """Hash (into the digest cache) and verify pending runs for about ``budget_s`` seconds; returns how
        many are left."""
        t0 = time.perf_counter()
        while self.pending and time.perf_counter() - t0 < budget_s:
            i, d, key, run = self.pending.pop(0)
            if key is None:
                _, key = run_key(self.cfg, d, self.entries, self.cache, self.keys_fp)
                assert key is not None
            sig = self.memory.verdicts.get(key) or _verify_now(self.cfg, d, key, self.entries.index, self.cache)
            self.rows[i] = self.memory.put(self.memory.rows, key, summaries.summary_row(run, sig))
        return len(self.pending)


def summary_rows(cfg: dashboard_settings.Settings) -> list[dict[str, Any]]:
    """Rows of the Runs table, newest first, every run verified (what the pages other than Runs use)."""
    table = RunsTable(cfg)
    while table.verify_pending(3600):
        pass
    return table.rows


def ledger_view(cfg: dashboard_settings.Settings, fp: str | None = None) -> trust.Signature:
    """The ledger's verification (cached on the digests of the ledger, its checkpoint and the checkpoint this
    dashboard verified last time, which the ledger must extend: a rollback is caught across restarts). A
    verified ledger's checkpoint becomes the one remembered; a rolled-back one never does."""
    kept = cfg.kept_checkpoint
    kept_fp = _file_fp(kept)
    sig = _verify_ledger(str(cfg.ledger_path), fp or _ledger_fp(cfg), tuple(str(k) for k in cfg.pubkeys),
                         dashboard_settings.keys_digest(cfg.pubkeys), str(kept) if kept_fp != "-" else "", kept_fp)
    trust.remember_checkpoint(cfg, sig)
    return sig


def rollback_banner(cfg: dashboard_settings.Settings) -> None:
    """On every page: the loudest warning there is when the ledger went back behind what was verified before."""
    if not cfg.pubkeys or not cfg.ledger_path.is_file():
        return
    sig = ledger_view(cfg)
    rolled = [(c, m) for c, m in sig.failures if c in trust.ROLLBACK_CODES]
    if rolled:
        st.error("THE LEDGER WAS ROLLED BACK OR REWRITTEN since this dashboard last verified it. Runs may have been "
                 "removed or replaced without trace. Do not rely on anything shown until this is explained.",
                 icon=ICONS["alarm"])
        for code, message in rolled:
            st.text(f"{code}: {message}")
        st.caption(f"The checkpoint verified before is kept in {plain(cfg.kept_checkpoint)}; delete it only if this "
                   "reports folder was replaced on purpose.")


def trust_banner(cfg: dashboard_settings.Settings) -> None:
    """On every page, once: without a trusted public key nothing is verified, and the auditor is told how to add
    one. (The Runs table then says only "not verified" per row, so its verdict columns stay on screen.)"""
    if cfg.pubkeys:
        return
    st.warning("No trusted public key: signatures are NOT checked, so no run shown here is verified. Restart the "
               "dashboard with the signer's public key, obtained from them directly: `governed-tuning dashboard "
               "--reports DIR --pubkey signing.pub` (repeat --pubkey for several signers), or set "
               "GOVERNED_TUNING_PUBKEYS to the key files, separated by ':'.", icon=ICONS["key"])


def require_reports(cfg: dashboard_settings.Settings) -> None:
    """Stop the page with a clear message when the reports folder is unusable."""
    problem = listing.reports_problem(cfg.reports_dir)
    if problem:
        st.error(problem, icon=ICONS["folder"])
        st.stop()


def signature_banner(sig: trust.Signature, what: str = "This report") -> None:
    """Loud for invalid, plain for the rest. The reason may quote report content, so it is shown as text."""
    if sig.state == "verified":
        st.success(f"{what} is verified: the signature matches a trusted key and the artefacts match their digests.",
                   icon=ICONS["ok"])
    elif sig.state == "invalid":
        st.error(f"{what} FAILED VERIFICATION. Do not rely on its contents; they are shown below only so the "
                 "failure can be investigated.", icon=ICONS["alarm"])
        for code, message in sig.failures or [("", sig.reason)]:
            st.text(f"{code}: {message}" if code else message)
    elif sig.state == "unsigned":
        st.warning(f"{what} is UNSIGNED: nothing proves who wrote it or that it is unchanged.", icon=ICONS["warning"])
        st.text(sig.reason)
    elif sig.state == "incomplete":
        st.warning(f"{what} is incomplete:", icon=ICONS["warning"])
        st.text(sig.reason)
    elif sig.reason == dashboard_settings.NO_KEY_REASON:  # the page's banner already says it loudly, once, and how to fix it
        st.caption(f"{plain(what)} is not verified: no trusted public key (see the banner above).")
    else:
        st.warning(f"{what} has not been verified:", icon=ICONS["warning"])
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
        css = df["signature_state"].map(lambda s: SIGNATURE_CSS.get(s, "")).to_numpy()
        styler = styler.apply(lambda _: css, subset=["signature"], axis=0)  # one call, not one per row
    return styler


def run_picker(runs: list[tuple[listing.LoadedRun, trust.Signature]], label: str, key: str,
               default: str | None = None) -> str | None:
    ids = [r.run_id for r, _ in runs]
    if not ids:
        return None
    index = ids.index(default) if default in ids else 0
    return st.selectbox(label, ids, index=index, key=key)
