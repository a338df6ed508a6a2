"""End to end: `governed-tuning dashboard` serves the app, headless Debian Chromium loads it, the runs table
appears, a screenshot is saved, and a hostile report field stays text in the real browser. An auditor without a
trusted key, at 1,400 px: one banner saying how to add a key, short signature cells that leave the verdict
columns on screen, "not run" for a gate that did not run, a Ledger table that starts with the run id, a
modified policy named as such, and no emoji (an empty box where no emoji font is installed).

Chromium is driven over the DevTools protocol with the `websockets` client Streamlit already depends on.
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from websockets.sync.client import connect

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]
pytestmark = [pytest.mark.slow, pytest.mark.timeout(180),
              pytest.mark.skipif(not os.access(CHROMIUM, os.X_OK),
                                 reason="Debian chromium not installed (run `make system-deps`)")]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait(predicate, timeout: float, what: str):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        value = predicate()
        if value:
            return value
        time.sleep(0.2)
    raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")


class Browser:
    """A headless Chromium page driven over CDP: navigate, evaluate, screenshot, and dialogs seen."""

    def __init__(self, user_data: Path):
        self.proc = subprocess.Popen([CHROMIUM, *FLAGS, f"--user-data-dir={user_data}", "--remote-debugging-port=0",
                                      "--window-size=1400,1000", "about:blank"],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        port_file = user_data / "DevToolsActivePort"
        port = _wait(lambda: port_file.is_file() and port_file.read_text().split()[:1], 30, "chromium to start")[0]
        targets = json.load(urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=10))
        page = next(t for t in targets if t["type"] == "page")
        self.ws = connect(page["webSocketDebuggerUrl"], max_size=None, open_timeout=10)
        self.n = 0
        self.dialogs: list[dict] = []
        self.call("Page.enable")

    def call(self, method: str, **params):
        self.n += 1
        self.ws.send(json.dumps({"id": self.n, "method": method, "params": params}))
        while True:
            msg = json.loads(self.ws.recv(timeout=30))
            if msg.get("method") == "Page.javascriptDialogOpening":
                self.dialogs.append(msg["params"])
                self.ws.send(json.dumps({"id": 0, "method": "Page.handleJavaScriptDialog", "params": {"accept": True}}))
            if msg.get("id") == self.n:
                if "error" in msg:
                    raise AssertionError(f"CDP {method} failed: {msg['error']}")
                return msg["result"]

    def js(self, expression: str):
        return self.call("Runtime.evaluate", expression=expression, returnByValue=True)["result"].get("value")

    def close(self) -> None:
        try:
            self.ws.close()
        finally:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()


@contextlib.contextmanager
def _dashboard(tmp_path, reports, env=None):
    """`governed-tuning dashboard` on a free port over ``reports``; yields its URL."""
    port = _free_port()
    log = open(tmp_path / "server.log", "wb")
    proc = subprocess.Popen([sys.executable, "-m", "governed_tuning.cli", "dashboard", "--reports", str(reports),
                             "--port", str(port)], stdout=log, stderr=subprocess.STDOUT, cwd=tmp_path, env=env)

    def healthy() -> bool:
        if proc.poll() is not None:
            raise AssertionError(f"dashboard exited: {(tmp_path / 'server.log').read_text()}")
        try:
            return urllib.request.urlopen(f"http://localhost:{port}/_stcore/health", timeout=2).read() == b"ok"
        except OSError:
            return False

    try:
        _wait(healthy, 60, "the dashboard server")
        yield f"http://localhost:{port}"
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


@pytest.fixture
def server(tmp_path, runs):
    reports = tmp_path / "reports"
    runs.write_run(reports, runs.make_record("20261128T100000Z-aaaaaa"))
    runs.write_run(reports, runs.make_record("20261128T110000Z-bbbbbb", fairness="fail", reason=runs.XSS))
    with _dashboard(tmp_path, reports) as url:
        yield url, reports


@pytest.fixture
def browser(tmp_path):
    b = Browser(tmp_path / "chromium-profile")
    yield b
    b.close()


def test_runs_table_loads_in_headless_chromium_and_hostile_text_stays_text(server, browser, tmp_path, runs):
    url, _ = server
    browser.call("Page.navigate", url=url + "/")
    _wait(lambda: browser.js("!!document.querySelector('[data-testid=\"stDataFrame\"]')"), 60, "the runs table")
    _wait(lambda: "2 of 2 runs" in (browser.js("document.body.innerText") or ""), 30, "the run count caption")
    time.sleep(0.5)  # let the canvas grid paint before the screenshot
    shot = tmp_path / "runs.png"
    shot.write_bytes(base64.b64decode(browser.call("Page.captureScreenshot", format="png")["data"]))
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 10_000
    if os.environ.get("DASHBOARD_SCREENSHOT_DIR"):
        shutil.copy(shot, Path(os.environ["DASHBOARD_SCREENSHOT_DIR"]) / "runs.png")

    browser.call("Page.navigate", url=url + "/run?run=20261128T110000Z-bbbbbb")
    _wait(lambda: runs.XSS in (browser.js("document.body.innerText") or ""), 60, "the hostile reason as text")
    assert browser.js("document.querySelectorAll('img[src=\"x\"]').length") == 0
    assert browser.dialogs == []


def test_the_runs_table_is_drawn_before_verification_and_rows_are_verified_progressively(tmp_path, browser, runs):
    """Issue 14: a browser pointed at a folder of signed runs saw a blank page until every run was verified.
    The table (and a progress bar) must be on the page while the runs are still being hashed and verified."""
    from governed_tuning.audit import keys

    key, pub = keys.generate_keypair(tmp_path / "keys")
    reports = tmp_path / "reports"
    for i in range(24):  # 16 MiB of weights each, so that hashing them takes a visible moment
        run_id = f"20261128T1{i // 60:01d}{i % 60:02d}00Z-{i:06x}"
        (reports / run_id / "models" / "sft").mkdir(parents=True)
        (reports / run_id / "models" / "sft" / "big.bin").write_bytes(bytes([i]) * (16 << 20))
        runs.sign_run(reports, runs.make_record(run_id), key)
    port = _free_port()
    env = {**os.environ, "GOVERNED_TUNING_STATE": str(tmp_path / "state")}  # nothing hashed or verified yet
    log = open(tmp_path / "server.log", "wb")
    proc = subprocess.Popen([sys.executable, "-m", "governed_tuning.cli", "dashboard", "--reports", str(reports),
                             "--pubkey", str(pub), "--port", str(port)], stdout=log, stderr=subprocess.STDOUT,
                            cwd=tmp_path, env=env)
    try:
        def healthy() -> bool:
            if proc.poll() is not None:
                raise AssertionError(f"dashboard exited: {(tmp_path / 'server.log').read_text()}")
            try:
                return urllib.request.urlopen(f"http://localhost:{port}/_stcore/health", timeout=2).read() == b"ok"
            except OSError:
                return False

        _wait(healthy, 60, "the dashboard server")
        # record, from the first byte of the page on, whether the table and the progress were ever shown together
        browser.call("Page.addScriptToEvaluateOnNewDocument", source="""
            window.__seen = {};
            new MutationObserver(() => {
              const main = document.querySelector('[data-testid="stMain"]') || document.body;
              const t = main ? main.innerText : '';
              const now = performance.now();
              const table = !!document.querySelector('[data-testid="stDataFrame"]');
              if (table && !window.__seen.table) window.__seen.table = now;
              const progress = !!document.querySelector('[data-testid="stProgress"]') || t.includes('Verif');
              if (progress && !window.__seen.progress) window.__seen.progress = now;
              if (table && progress) window.__seen.both = now;
            }).observe(document, {subtree: true, childList: true, characterData: true});""")
        browser.call("Page.navigate", url=f"http://localhost:{port}/")
        _wait(lambda: "24 of 24 runs" in (browser.js("document.body.innerText") or ""), 90, "the run count caption")
        _wait(lambda: browser.js("window.__seen.table && window.__seen.progress && "
                                 "!document.querySelector('[data-testid=\"stProgress\"]')"), 120, "the table, verified")
        seen = browser.js("window.__seen")
        assert seen.get("both"), f"the table was never on the page while runs were verified ({seen})"
        text = browser.js("document.body.innerText")
        assert "FAILED VERIFICATION" not in text and "not verified" not in text
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


# --------------------------------------------------------------------------- an auditor without a trusted key

EMOJI = re.compile("[\u2600-\u27bf\U0001f300-\U0001faff\ufe0f]")


@pytest.fixture
def unverified(tmp_path, runs):
    """Two signed runs (one stopped after the licence gate, under a modified copy of the default policy), served
    by a dashboard that trusts no key."""
    keys = pytest.importorskip("governed_tuning.audit.keys")
    pytest.importorskip("governed_tuning.audit.report")
    key, _ = keys.generate_keypair(tmp_path / "keys")
    reports = tmp_path / "reports"
    runs.sign_run(reports, runs.make_record("20261128T100000Z-aaaaaa"), key)
    blocked = runs.make_record("20261128T110000Z-bbbbbb")
    blocked.gates = [g for g in blocked.gates if g.result.gate == "license"]  # stopped before PII and fairness
    blocked.status, blocked.releasable = "blocked", False
    blocked.policy = blocked.policy.model_copy(update={"path": "/home/ml/my-run/policy.yaml", "origin": "modified",
                                                       "based_on": "default"})
    runs.sign_run(reports, blocked, key)
    env = {k: v for k, v in os.environ.items() if k != "GOVERNED_TUNING_PUBKEYS"}
    with _dashboard(tmp_path, reports, env) as url:
        yield url


def _grid(browser) -> tuple[list[str], list[list[str]]]:
    """Headers and rows of the first data grid's accessible table: only the columns drawn on screen are in it."""
    got = browser.js("""(() => { const t = document.querySelector('[data-testid="stDataFrame"] table');
        if (!t) return null;
        return [[...t.querySelectorAll('th')].map(h => h.innerText),
                [...t.querySelectorAll('tbody tr')].map(r => [...r.querySelectorAll('td')].map(c => c.innerText))];
        })()""")
    return (got[0], got[1]) if got else ([], [])


def _shot(browser, tmp_path, name):
    shot = tmp_path / f"{name}.png"
    shot.write_bytes(base64.b64decode(browser.call("Page.captureScreenshot", format="png")["data"]))
    if os.environ.get("DASHBOARD_SCREENSHOT_DIR"):
        shutil.copy(shot, Path(os.environ["DASHBOARD_SCREENSHOT_DIR"]) / shot.name)


def test_an_auditor_without_a_trusted_key_reads_every_page_at_1400px(unverified, browser, tmp_path):
    url = unverified
    browser.call("Page.navigate", url=url + "/")  # the window is 1,400 px wide (Browser)
    _wait(lambda: len(_grid(browser)[1]) == 2 and "verifying" not in str(_grid(browser)[1]), 60, "the runs table")
    time.sleep(0.5)
    _shot(browser, tmp_path, "runs-unverified")
    text = browser.js("document.body.innerText")
    assert text.count("No trusted public key") == 1  # one banner, not a sentence in every row
    assert "--pubkey" in text and "GOVERNED_TUNING_PUBKEYS" in text
    headers, rows = _grid(browser)
    assert {"license", "pii", "fairness"} <= set(headers), headers  # the verdicts are on screen
    sig = headers.index("signature")
    assert all(r[sig] == "not verified" for r in rows), [r[sig] for r in rows]
    cells = [c for r in rows for c in r]
    assert "None" not in cells and "not run" in cells
    assert not EMOJI.search(text)
    icons = browser.js("[...document.querySelectorAll('[data-testid=\"stAlertDynamicIcon\"]')].map(e => e.innerText)")
    assert icons and all(re.fullmatch(r"[a-z_]+", i) for i in icons), icons  # Material Symbols names, no emoji

    browser.call("Page.navigate", url=url + "/ledger")
    _wait(lambda: len(_grid(browser)[1]) == 2, 60, "the ledger table")
    time.sleep(0.5)
    _shot(browser, tmp_path, "ledger")
    headers, rows = _grid(browser)
    assert headers[0] == "run id", headers
    assert {r[0] for r in rows} == {"20261128T100000Z-aaaaaa", "20261128T110000Z-bbbbbb"}
    assert all(not re.fullmatch(r"[0-9a-f]{64}", c) for r in rows for c in r)
    assert not EMOJI.search(browser.js("document.body.innerText"))

    browser.call("Page.navigate", url=url + "/run?run=20261128T110000Z-bbbbbb")
    _wait(lambda: "MODIFIED copy" in (browser.js("document.body.innerText") or ""), 60, "the run's policy")
    text = browser.js("document.body.innerText")
    assert "/home/ml/my-run/policy.yaml" in text and "default" in text
    assert not EMOJI.search(text)
