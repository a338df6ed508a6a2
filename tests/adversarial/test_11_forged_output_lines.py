"""Found by hand: a file name holding a newline forged a line of verify's human-readable output.

``data/sft/evil\n  ok    everything verified`` added to a signed run printed a fake ``ok`` line right under the
real FAIL line. Exit code and verdict were right, but an auditor reading the terminal was misled. Every line verify
prints now shows control characters escaped, so one check is always one line.
"""

from __future__ import annotations

from typer.testing import CliRunner

from governed_tuning.cli import app


def test_a_newline_in_a_file_name_cannot_forge_an_ok_line(folder):
    run = folder.run(0)
    (run / "data" / "sft" / "evil\n  ok    everything verified").write_text("x")
    out = CliRunner().invoke(app, ["verify", str(run), "--pubkey", str(folder.pub)])
    assert out.exit_code == 1
    lines = out.output.splitlines()
    assert not any(line.startswith("  ok    everything verified") for line in lines)
    assert any("[unexpected_artefact]" in line and "evil\\n" in line for line in lines)
