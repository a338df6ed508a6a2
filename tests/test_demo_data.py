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


@pytest.mark.parametrize("status,code", [("completed", 0), ("blocked", 0), ("failed", 1)])
def test_demo_exits_0_when_the_pipeline_ran_end_to_end(tmp_path, capsys, monkeypatch, status, code):
    """`make demo` ends in `governed-tuning demo`: a demo whose tiny model a gate keeps from release has shown what
    it is for (the fairness gate cannot judge a 2-layer model that repeats itself), so set-up must not fail on it;
    a crash is still a failure."""
    from governed_tuning import demo
    from governed_tuning.record import ErrorInfo, PolicyRef, RunRecord
    from governed_tuning.run import RunOutcome

    rec = RunRecord(run_id="20261130T080000Z-abcdef", status=status, started_at="2026-11-30T08:00:00Z",
                    policy=PolicyRef(name="default", path="default.yaml", sha256="ab" * 32, document={}),
                    releasable=status == "completed",
                    release_reasons=[] if status == "completed" else ["fairness gate (model rl): cannot judge"],
                    error=ErrorInfo(type="RuntimeError", message="boom", where="stage sft") if status == "failed"
                    else None)
    monkeypatch.setattr(demo, "run_demo", lambda **kw: RunOutcome(record=rec, run_dir=tmp_path / rec.run_id,
                                                                   report=None))
    with pytest.raises(SystemExit) as e:
        main(["demo", "--workdir", str(tmp_path / "work"), "--reports", str(tmp_path / "reports")])
    assert e.value.code == code
    out = capsys.readouterr().out
    assert f"{status}; releasable: {'yes' if status == 'completed' else 'no'}" in out
    if status == "blocked":
        assert "the demo ran end to end" in out
