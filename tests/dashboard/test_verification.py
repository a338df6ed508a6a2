"""Verification on the pages, with run folders signed by the real audit module: verified runs, a tampered
report, a tampered artefact, a broken ledger chain, and the Verify page's upload."""

from __future__ import annotations

import io
import json
import os
import zipfile
from pathlib import Path

from streamlit.testing.v1 import AppTest

from governed_tuning.dashboard import settings, trust


def _app(monkeypatch, reports: Path, pubkeys: list[Path]) -> AppTest:
    monkeypatch.setenv(settings.REPORTS_ENV, str(reports))
    monkeypatch.setenv(settings.PUBKEYS_ENV, os.pathsep.join(str(k) for k in pubkeys))
    return AppTest.from_file(str(Path(__file__).resolve().parents[2] / "governed_tuning" / "dashboard" / "app.py"), default_timeout=30)


def _states(at: AppTest) -> dict[str, str]:
    df = at.dataframe[0].value
    return dict(zip(df["run_id"], df["signature_state"]))


def _texts(at: AppTest) -> str:
    return "\n".join(str(e.value) for kind in ("text", "error", "warning", "success", "info")
                     for e in getattr(at, kind))


def test_signed_runs_are_verified_and_unchecked_without_a_key(monkeypatch, signed):
    reports, pub, _, _ = signed
    at = _app(monkeypatch, reports, [pub]).run()
    assert not at.exception
    assert set(_states(at).values()) == {"verified"}
    at = _app(monkeypatch, reports, []).run()
    assert set(_states(at).values()) == {"unchecked"}


def test_a_run_signed_by_another_key_is_invalid(monkeypatch, signed):
    reports, _, other_pub, _ = signed
    at = _app(monkeypatch, reports, [other_pub]).run()
    assert set(_states(at).values()) == {"invalid"}
    assert "FAILED VERIFICATION" in at.error[0].value


def test_tampered_report_is_flagged_loudly_on_runs_and_run_pages(monkeypatch, signed):
    reports, pub, _, _ = signed
    target = reports / "20261128T110000Z-bbbbbb" / "report.json"
    doc = json.loads(target.read_text())
    target.write_text(json.dumps(doc).replace('"releasable": false', '"releasable": true'))
    at = _app(monkeypatch, reports, [pub]).run()
    assert _states(at) == {"20261128T110000Z-bbbbbb": "invalid", "20261128T100000Z-aaaaaa": "verified"}
    assert "20261128T110000Z-bbbbbb" in at.error[0].value
    at.query_params["run"] = "20261128T110000Z-bbbbbb"
    at.switch_page("pages/run.py").run()
    assert not at.exception
    assert "FAILED VERIFICATION" in at.error[0].value
    assert at.get("header"), "the invalid report is still shown (flagged), not hidden"


def test_tampered_artefact_is_invalid(monkeypatch, signed):
    reports, pub, _, _ = signed
    (reports / "20261128T100000Z-aaaaaa" / "models" / "sft" / "model.safetensors").write_bytes(b"swapped")
    at = _app(monkeypatch, reports, [pub]).run()
    assert _states(at)["20261128T100000Z-aaaaaa"] == "invalid"


def test_ledger_page_verifies_the_chain_and_shows_where_it_breaks(monkeypatch, signed):
    reports, pub, _, _ = signed
    at = _app(monkeypatch, reports, [pub]).run()
    at.switch_page("pages/ledger.py").run()
    assert not at.exception and "chain is intact" in at.success[0].value
    ledger = reports / "ledger.jsonl"
    lines = ledger.read_text().splitlines()
    first = json.loads(lines[0])
    first["run_id"] = "20261128T090000Z-ffffff"
    ledger.write_text("\n".join([json.dumps(first), *lines[1:]]) + "\n")
    at.switch_page("pages/ledger.py").run()
    assert not at.exception and "BROKEN" in at.error[0].value
    assert len(at.dataframe[0].value) >= 1  # where and why
    at.switch_page("pages/runs.py").run()
    assert any("ledger chain is BROKEN" in e.value for e in at.error)
    # run bbbbbb's own ledger line is untouched, but its verification (cached as verified above) covers the
    # whole chain: the break must reach its row too, not only the banner
    assert _states(at) == {"20261128T100000Z-aaaaaa": "invalid", "20261128T110000Z-bbbbbb": "invalid"}


def test_appending_a_run_leaves_other_runs_verification_keys_alone(signed, runs):
    reports, _, _, key = signed
    before = trust.ledger_index(reports / "ledger.jsonl")
    assert set(before) == {"20261128T100000Z-aaaaaa", "20261128T110000Z-bbbbbb"}
    runs.sign_run(reports, runs.make_record("20261128T120000Z-cccccc"), key)
    after = trust.ledger_index(reports / "ledger.jsonl")
    assert {k: after[k] for k in before} == before and "20261128T120000Z-cccccc" in after


def _bundle(run_dir: Path) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for p in sorted(run_dir.rglob("*")):
            if p.is_file():
                zf.write(p, f"{run_dir.name}/{p.relative_to(run_dir).as_posix()}")
    return buf.getvalue()


def test_verify_page_checks_an_uploaded_bundle_with_an_uploaded_key(monkeypatch, signed):
    reports, pub, other_pub, _ = signed
    bundle = _bundle(reports / "20261128T100000Z-aaaaaa")
    at = _app(monkeypatch, reports, []).run()
    at.switch_page("pages/verify.py").run()
    at.file_uploader(key="bundle").set_value(("run.zip", bundle, "application/zip"))
    at.file_uploader(key="pubkey").set_value(("signer.pem", pub.read_bytes(), "application/x-pem-file"))
    at.run()
    assert not at.exception and "is verified" in at.success[0].value
    at.file_uploader(key="pubkey").set_value(("other.pem", other_pub.read_bytes(), "application/x-pem-file"))
    at.run()
    assert "FAILED VERIFICATION" in at.error[0].value
