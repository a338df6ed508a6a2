"""JSON documents held as text at any depth of a record (a tool call's ``arguments``, a tool's result, a
``metadata`` blob, JSON inside a CSV cell's JSON) are read as records and written back in their own style;
speakers named under role keys are people (benchmarks/pii_struct7.py measures both ways on whole files)."""

from __future__ import annotations

import json

import pytest

from governed_tuning.gates.pii import jsondocs
from governed_tuning.gates.pii.columns import speaker_name
from governed_tuning.gates.pii.fields import slots


def test_documents_inside_documents_are_decoded_and_written_back_byte_for_byte_when_unchanged():
    inner = json.dumps({"email": "x@example.org"})
    rec = {"id": 1, "payload": json.dumps({"caller": {"phone": 4155550132}, "details": inner}),
           "messages": [{"role": "tool", "content": '{"ok":true,"rows":[1,2]}'}], "note": "{not json}"}
    before = json.dumps(rec)
    dec, held = jsondocs.decode_record(rec)
    assert held and json.dumps(rec) == before  # the input is never changed
    assert dec["payload"]["details"]["email"] == "x@example.org" and jsondocs.is_document(dec["payload"]["details"])
    assert dec["messages"][0]["content"] == {"ok": True, "rows": [1, 2]} and dec["note"] == "{not json}"
    paths = {s.path for s in slots(dec) if s.kind == "number"}
    assert ("payload", "caller", "phone") in paths  # a phone stored as a number inside a document is read
    assert jsondocs.inside_document(dec, ("payload", "caller", "phone"))
    assert not jsondocs.inside_document(dec, ("id",))
    jsondocs.encode(dec)
    assert dec == rec  # nothing changed: every document is its original text again


@pytest.mark.parametrize("dump", [
    {}, {"indent": 2}, {"separators": (",", ":")}, {"ensure_ascii": True}, {"indent": "\t", "ensure_ascii": False}])
def test_a_changed_document_is_written_in_its_texts_own_style(dump):
    text = json.dumps({"name": "Zoë Ng", "tags": ["a", "b"]}, **dump)
    dec, _ = jsondocs.decode_record({"f": text})
    dec["f"]["name"] = "PERSON_1"
    jsondocs.encode(dec)
    assert dec["f"] == json.dumps({"name": "PERSON_1", "tags": ["a", "b"]}, **dump)


def test_malformed_too_deep_or_too_nested_documents_stay_text():
    deep = "[" * (jsondocs.MAX_DEPTH + 5) + "]" * (jsondocs.MAX_DEPTH + 5)
    assert jsondocs.parse('{"a": 1,') is None and jsondocs.parse(deep) is None and jsondocs.parse("[]") is None
    text = "1"
    for _ in range(jsondocs.MAX_NESTING + 2):
        text = json.dumps({"d": text})
    dec, _ = jsondocs.decode_record({"f": text})
    level, v = 0, dec["f"]
    while isinstance(v, dict):
        v, level = v["d"], level + 1
    assert level == jsondocs.MAX_NESTING and isinstance(v, str)  # bounded: the rest is read as text


def test_speakers_named_under_role_keys_are_people_and_invented_roles_are_not():
    for v in ["石井 舞", "김상호", "ლიდა ჭკადუა", "סארה טאהא", "Henning Jönsson"]:
        assert speaker_name(v), v
    for v in ["Support Agent", "Moderator", "Berlin", "senior reviewer", "狗"]:
        assert not speaker_name(v), v


def test_a_function_called_beside_its_arguments_is_structure_not_a_name():
    rec = {"call": {"name": "check_stock", "arguments": {"sku": "A-1"}},
           "who": {"name": "Dana", "input": "late parcel"}}
    texts = {s.path for s in slots(rec) if s.kind == "text"}
    assert ("call", "name") not in texts and ("who", "name") in texts


def test_an_openai_chat_with_tool_calls_keeps_no_personal_value_anywhere(gate, tmp_path):
    """A tool call's arguments are a JSON string; the tool's result is JSON text; metadata is a serialised blob.
    Read as text, the town in the result and the card and SSN stored as numbers were left, and the function's
    name became a fake person's. The copy holds none of the person's values, every document is valid JSON with
    its keys, and a chat with nothing personal is written byte for byte."""
    args = {"customer_name": "Ana Lima", "email": "ana.lima@example.org", "phone": 4155550132,
            "card_number": 4111111111111111}
    chat = {"messages": [
        {"role": "user", "name": "Ana Lima", "content": "Please update my card."},
        {"role": "assistant", "content": None, "tool_calls": [{"id": "call_1", "type": "function", "function": {
            "name": "update_customer", "arguments": json.dumps(args)}}]},
        {"role": "tool", "tool_call_id": "call_1",
         "content": json.dumps({"record": {"holder": "Ana Lima", "city": "Tampere"}})}],
        "metadata": json.dumps({"agent": {"author": "Ana Lima"}, "ssn": 219099998})}
    clean = {"messages": [{"role": "assistant", "content": None, "tool_calls": [{"id": "call_2", "type": "function",
             "function": {"name": "check_stock", "arguments": '{"sku": "SKU-62434", "qty": 2}'}}]}],
             "metadata": '{"source":"faq-export","version":3}'}
    src, out = tmp_path / "chats.jsonl", tmp_path / "out.jsonl"
    src.write_text(json.dumps(chat) + "\n" + json.dumps(clean) + "\n", encoding="utf-8")
    res = gate.check(src, out)
    assert res.passed, res.reasons
    lines = out.read_text(encoding="utf-8").splitlines()
    copy = lines[0]
    for value in ["Ana", "Lima", "ana.lima", "4155550132", "4111111111111111", "Tampere", "219099998"]:
        assert value not in copy, value
    got = json.loads(copy)
    call = got["messages"][1]["tool_calls"][0]["function"]
    assert call["name"] == "update_customer" and set(json.loads(call["arguments"])) == set(args)
    assert set(json.loads(got["messages"][2]["content"])["record"]) == {"holder", "city"}
    assert set(json.loads(got["metadata"])) == {"agent", "ssn"}
    assert lines[1] == json.dumps(clean)


def test_a_full_name_known_whole_is_taken_whole_where_a_sentence_was_read_word_by_word(gate, tmp_path):
    """{"author": "Mai Jane"} names a person whole; "reply to Mai Jane" was read word by word ("Mai" is a
    German month) and "Mai" was left beside the replacement, in the value itself too. A person under a key
    that names their part ("author", "created_by", "reporter") is whole in any script; a team is not."""
    from governed_tuning.gates.pii.columns import person_role_key

    assert person_role_key("created_by") and person_role_key("cardHolder") and person_role_key("Empfänger")
    assert not person_role_key("product") and not person_role_key("holder_count")
    recs = [{"author": "Mai Jane", "text": "Write a short reply to Mai Jane about the late refund."},
            {"name": "佐藤 幹", "note": "Call 佐藤 幹 back about the late refund."},
            {"reporter": "প্রিতম মিশ্র", "assignee": "Support Team", "text": "Printer jammed twice."}]
    src, out = tmp_path / "people.jsonl", tmp_path / "out.jsonl"
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs), encoding="utf-8")
    res = gate.check(src, out)
    assert res.passed, res.reasons
    copy = out.read_text(encoding="utf-8")
    for value in ["Mai", "Jane", "佐藤", "幹", "প্রিতম", "মিশ্র"]:
        assert value not in copy, value
    got = [json.loads(line) for line in copy.splitlines()]
    assert got[2]["assignee"] == "Support Team" and got[2]["text"] == "Printer jammed twice."
