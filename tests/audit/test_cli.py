"""`governed-tuning keygen` and `governed-tuning verify`: exit 0 only when everything holds."""

from __future__ import annotations

import json
import stat

from typer.testing import CliRunner

from governed_tuning.cli import app

runner = CliRunner()


def test_keygen_writes_the_pair_and_refuses_to_overwrite(tmp_path, monkeypatch):
    out = runner.invoke(app, ["keygen", "--out", str(tmp_path / "k")])
    assert out.exit_code == 0, out.output
    assert stat.S_IMODE((tmp_path / "k" / "signing.key").stat().st_mode) == 0o600
    assert "key id:" in out.output
    again = runner.invoke(app, ["keygen", "--out", str(tmp_path / "k")])
    assert again.exit_code != 0
    monkeypatch.setenv("GT_TEST_PASS", "pw")
    enc = runner.invoke(app, ["keygen", "--out", str(tmp_path / "e"), "--passphrase-env", "GT_TEST_PASS"])
    assert enc.exit_code == 0 and (tmp_path / "e" / "signing.key").read_text().startswith("-----BEGIN ENCRYPTED")


def test_verify_exit_codes_and_json(signed):
    ok = runner.invoke(app, ["verify", str(signed.run), "--pubkey", str(signed.pub)])
    assert ok.exit_code == 0 and "VERIFIED" in ok.output
    bad = runner.invoke(app, ["verify", str(signed.run), "--pubkey", str(signed.other_pub), "--json"])
    assert bad.exit_code == 1
    doc = json.loads(bad.output)
    assert doc["ok"] is False and doc["failures"][0]["code"] == "wrong_key"
    led = runner.invoke(app, ["verify", "--ledger", str(signed.ledger), "--pubkey", str(signed.pub)])
    assert led.exit_code == 0 and "VERIFIED" in led.output
    signed.ledger.write_text("")
    cut = runner.invoke(app, ["verify", "--ledger", str(signed.ledger), "--pubkey", str(signed.pub)])
    assert cut.exit_code == 1 and "[ledger_truncated]" in cut.output
