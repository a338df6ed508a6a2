"""First use as a new user meets it (issue 11, item 6): `governed-tuning scrub data.jsonl --out clean.jsonl` with
the shipped default policy and no key configured creates a private key, says so in one line, scrubs with it,
and reuses it on the next run; a configured key wins without touching the user's key. Through the command
line, as the issue's report was made (the key module's own tests are in test_pii_keys.py)."""

import json
import stat

import pytest

from governed_tuning.cli import main

ENV = "GOVERNED_TUNING_PSEUDONYM_KEY"  # the shipped default policy's pii.pseudonym_key_env
ROWS = [{"messages": [{"role": "user", "content": "Hi, this is Dana Whitfield, call me on +44 20 7946 0958."},
                      {"role": "assistant", "content": "Thanks Dana, we will call you tomorrow."}]},
        {"messages": [{"role": "user", "content": "My order 551203 is late."},
                      {"role": "assistant", "content": "Sorry, it ships on Monday."}]}]


def _scrub(tmp_path, name, capsys):
    src = tmp_path / "data.jsonl"
    if not src.exists():
        src.write_text("".join(json.dumps(r) + "\n" for r in ROWS))
    out, ev = tmp_path / f"{name}.jsonl", tmp_path / f"{name}.evidence.json"
    capsys.readouterr()
    with pytest.raises(SystemExit) as e:
        main(["scrub", str(src), "--out", str(out), "--evidence", str(ev), "--no-progress"])
    captured = capsys.readouterr()
    assert e.value.code == 0, captured.out
    return out.read_text(), json.loads(ev.read_text())["evidence"]["pseudonym_key"], captured


def test_scrub_with_no_key_creates_one_then_reuses_it_and_a_configured_key_wins(tmp_path, monkeypatch, capsys):
    monkeypatch.delenv(ENV, raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "cfg"))
    key_file = tmp_path / "cfg" / "governed-tuning" / "pseudonym.key"

    first, ev1, said = _scrub(tmp_path, "first", capsys)
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    key = key_file.read_text().strip()
    assert len(bytes.fromhex(key)) == 32
    lines = [ln for ln in said.err.splitlines() if "pseudonym key" in ln]
    assert len(lines) == 1 and str(key_file) in lines[0] and "secret" in lines[0] and "back it up" in lines[0]
    assert ev1["source"] == "user_config" and ev1["created_now"] is True and ev1["fingerprint"].startswith("scrypt:")
    assert "Dana" not in first and "7946" not in first
    for text in (said.out, said.err, json.dumps(ev1), first):  # the key itself is never shown or recorded
        assert key not in text

    again, ev2, said2 = _scrub(tmp_path, "again", capsys)  # reused silently: same key, same copy
    assert "pseudonym key" not in said2.err and ev2["created_now"] is False
    assert ev2["fingerprint"] == ev1["fingerprint"] and again == first
    assert key_file.read_text().strip() == key

    monkeypatch.setenv(ENV, "team-key-from-the-vault-0123456789")  # a configured key always wins
    team, ev3, said3 = _scrub(tmp_path, "team", capsys)
    assert ev3["source"] == "environment" and ev3["fingerprint"] != ev1["fingerprint"]
    assert "pseudonym key" not in said3.err and team != first and "Dana" not in team
    assert key_file.read_text().strip() == key  # the user's key is left as it was


def test_scrub_help_says_what_the_key_is_and_where_it_comes_from(capsys):
    with pytest.raises(SystemExit):
        main(["scrub", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    for words in ["pseudonym key", ENV, "pseudonym.key", "first use", "0600", "secret", "back it up"]:
        assert words in text, words
