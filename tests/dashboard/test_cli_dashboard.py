"""The `governed-tuning dashboard` command: refuses a missing key file with a diagnosis naming it; finds app.py
through the installed package (the browser test starts the server through this command)."""

from __future__ import annotations

import importlib.resources

import pytest

from governed_tuning.cli import main


def test_missing_pubkey_is_a_readable_error(tmp_path, capsys):
    with pytest.raises(SystemExit) as exc:
        main(["dashboard", "--reports", str(tmp_path), "--pubkey", str(tmp_path / "nope.pem")])
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert "nope.pem" in err and "does not exist" in err and "Traceback" not in err


def test_app_is_found_as_package_data():
    app = importlib.resources.files("governed_tuning.dashboard").joinpath("app.py")
    assert app.is_file()
    files = importlib.resources.files("governed_tuning.dashboard")
    assert {p.name for p in files.joinpath("pages").iterdir() if p.name.endswith(".py")} == {
        "runs.py", "run.py", "compare.py", "ledger.py", "verify.py"}
