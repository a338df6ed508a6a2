"""`demo --data` takes the records `scrub` and `run` take (chat `messages` too) and asks for the data's licence
up front instead of running into a licence gate that cannot know it."""

from __future__ import annotations

import json

import pytest

from governed_tuning.cli import main
from governed_tuning.data import read_records
from governed_tuning.demo import prepare


CHATS = [
    {"messages": [{"role": "system", "content": "You are a support agent."},
                  {"role": "user", "content": f"My order {i} has not arrived."},
                  {"role": "assistant", "content": f"Sorry about order {i}; it ships today."}]}
    for i in range(6)
]


def _jsonl(path, records):
    path.write_text("".join(json.dumps(r) + "\n" for r in records))
    return path


def test_chat_records_are_accepted_and_the_sets_derived_from_their_turns(tmp_path):
    setup = prepare(tmp_path / "work", data=_jsonl(tmp_path / "chats.jsonl", CHATS), data_license="MIT")
    prefs = read_records(setup.workdir / "data" / "preferences.jsonl")
    prompts = read_records(setup.workdir / "data" / "prompts.jsonl")
    assert len(prefs) == len(prompts) == len(CHATS)
    assert prefs[0]["chosen"] == "Sorry about order 0; it ships today." and prefs[0]["rejected"]
    assert prompts[0]["prompt"] == "My order 0 has not arrived." == prefs[0]["prompt"]
    sft = read_records(setup.workdir / "data" / "support-chats.jsonl")
    assert sft[0] == CHATS[0]  # SFT trains on the conversations as given


def test_chat_records_without_an_answer_are_named(tmp_path):
    bad = [CHATS[0], {"messages": [{"role": "user", "content": "hello?"}]}]
    with pytest.raises(Exception) as e:
        prepare(tmp_path / "work", data=_jsonl(tmp_path / "chats.jsonl", bad), data_license="MIT")
    assert "chats.jsonl" in str(e.value) and "2" in str(e.value) and "assistant" in str(e.value)


def test_own_data_without_a_licence_asks_for_data_license_before_anything_runs(tmp_path, capsys):
    data = _jsonl(tmp_path / "chats.jsonl", CHATS)
    with pytest.raises(SystemExit) as e:
        main(["demo", "--data", str(data), "--workdir", str(tmp_path / "work"),
              "--reports", str(tmp_path / "reports")])
    assert e.value.code == 2
    err = capsys.readouterr().err
    assert "--data-license" in err and "SPDX" in err
    assert not (tmp_path / "reports").exists()
