"""The PII gate: detection per entity type, anonymisation actions, keyed pseudonyms, every format, bad input,
atomic output, and PII-free evidence, logs and errors. One engine (one spaCy load) is shared by the module."""

from __future__ import annotations

import copy
import json
import logging
import typing
from pathlib import Path

import pytest

from governed_tuning import data
from governed_tuning.digest import sha256_path
from governed_tuning.errors import GovernedTuningError, InputError, PolicyError
from governed_tuning.gates.pii import PiiGate
from governed_tuning.gates.pii.engine import SUPPORTED, PiiKeyError, Scrubber
from governed_tuning.policy import EntityRule, PiiEntity, PiiPolicy, load_policy

ASSETS = Path(__file__).resolve().parents[2] / "assets" / "pii"
KEY = "test-key-0123456789abcdef"


@pytest.fixture(scope="module", autouse=True)
def _key():
    mp = pytest.MonkeyPatch()
    mp.setenv("GOVERNED_TUNING_PSEUDONYM_KEY", KEY)
    yield
    mp.undo()


@pytest.fixture(scope="module")
def policy() -> PiiPolicy:
    return load_policy("default").policy.pii


@pytest.fixture(scope="module")
def gate(policy) -> PiiGate:
    return PiiGate(policy)


@pytest.fixture(scope="module")
def token_policy(policy) -> PiiPolicy:
    """The default policy with keyed tokens for names (as gdpr ships), for the tests that read the tokens."""
    from governed_tuning.policy import EntityRule

    return policy.model_copy(update={"entities": {**policy.entities, "PERSON": EntityRule(action="pseudonymize")}})


def scrub_text(gate: PiiGate, text: str) -> str:
    out, _ = gate.scrub_records([{"text": text}])
    return out[0]["text"]


# --------------------------------------------------------------------------- detection, table-driven

CASES = [  # (entity type, value, sentence with {v})
    ("EMAIL_ADDRESS", "ana.souza+news@exemplo.com.br", "Write to {v} please."),
    ("PHONE_NUMBER", "+44 20 7946 0958", "Call {v} after six."),
    ("PHONE_NUMBER", "(212) 555-0147", "My number is {v}."),
    ("PHONE_NUMBER", "+81 3-1234-5678", "The Tokyo office: {v}"),
    ("PHONE_NUMBER", "06 12 34 56 78", "Mon portable, {v}, merci."),
    ("PHONE_NUMBER", "555-867-5309x42", "Desk: {v}"),
    ("CREDIT_CARD", "4111 1111 1111 1111", "I paid with {v} yesterday."),
    ("CREDIT_CARD", "378282246310005", "Amex {v} was charged twice."),
    ("IBAN_CODE", "GB82 WEST 1234 5698 7654 32", "Refund to {v} please."),
    ("IBAN_CODE", "NL91ABNA0417164300", "IBAN: {v}."),
    ("US_SSN", "536-22-1234", "My SSN is {v}."),
    ("IP_ADDRESS", "192.0.2.17", "Blocked from {v} today."),
    ("IP_ADDRESS", "2001:db8::ff00:42:8329", "The v6 address {v} fails."),
    ("STREET_ADDRESS", "221 Baker Street", "Deliver to {v}, London."),
    ("STREET_ADDRESS", "Lindenstraße 12", "Ich wohne in der {v} in Köln."),
    ("STREET_ADDRESS", "Via Roma 10", "Send it to {v}, Milano."),
    ("PERSON", "Chiamaka Eze", "Hi, my name is {v} and I need help."),
    ("PERSON", "Bjørn Haugen", "Please ask Mr. {v} to call back."),
    ("PERSON", "Mahmoud Haddad", "Regards,\n{v}"),
]


@pytest.mark.parametrize("entity,value,sentence", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_each_type_is_found_and_removed(gate, entity, value, sentence):
    assert_found_and_removed(gate, entity, value, sentence)


def assert_found_and_removed(gate: PiiGate, entity: str, value: str, sentence: str) -> None:
    text = sentence.format(v=value)
    (found,) = gate.scrubber.detect_many([text])
    assert any(f.entity == entity and f.start <= text.index(value) < f.end for f in found), (entity, found)
    assert value not in scrub_text(gate, text)


NEAR_MISSES = [
    "The meeting is at 10:30 on 2024-05-17.",
    "Version 3.2.1 fixed the crash.",
    "Revenue grew to $1,250,000 this year.",
    "The card number 4111 1111 1111 1112 fails the check",  # not Luhn-valid, but still a card-shaped number
    "Water boils at 100 degrees.",
    "Order 12 items and pay 4.50 each.",
    "Thanks for your help, have a nice day!",
]


@pytest.mark.parametrize("text", NEAR_MISSES[:3] + NEAR_MISSES[4:])
def test_near_misses_survive(gate, text):
    assert scrub_text(gate, text) == text


def test_invalid_iban_checksum_is_not_an_iban(gate):
    (found,) = gate.scrubber.detect_many(["Account GB00 WEST 1234 5698 7654 32 closed."])
    assert not any(f.entity == "IBAN_CODE" for f in found)


def test_a_name_found_once_is_scrubbed_everywhere_in_the_record(gate):
    rec = {"messages": [{"role": "user", "content": "Hello, my name is Wanjiru Kamau."},
                        {"role": "assistant", "content": "Welcome! How can I help?"},
                        {"role": "user", "content": "Kamau here again, my order is late."}]}
    out, _ = gate.scrub_records([rec])
    blob = json.dumps(out)
    assert "Wanjiru" not in blob and "Kamau" not in blob
    assert [m["role"] for m in out[0]["messages"]] == ["user", "assistant", "user"]


# --------------------------------------------------------------------------- actions and pseudonyms


def _policy(**rules) -> PiiPolicy:
    return PiiPolicy(entities={k: EntityRule(**v) for k, v in rules.items()})


def test_actions_placeholder_redact_mask_drop(gate):
    p = _policy(EMAIL_ADDRESS={"action": "redact"}, CREDIT_CARD={"action": "mask", "keep_last": 4},
                PHONE_NUMBER={"action": "placeholder"}, US_SSN={"action": "drop_record"})
    g = PiiGate(p)
    recs = [{"t": "mail a@b.org now"}, {"t": "card 4111 1111 1111 1111"}, {"t": "call +1 415 555 0100"},
            {"t": "ssn 536-22-1234"}, {"t": "nothing here"}]
    out, st = g.scrub_records(recs)
    assert [r["t"] for r in out] == ["mail  now", "card **** **** **** 1111", "call <PHONE_NUMBER>", "nothing here"]
    assert st["dropped"] == 1 and st["changed"] == 3


def test_pseudonyms_are_consistent_and_depend_on_the_key(token_policy, monkeypatch):
    policy = token_policy
    text = "I'm Esperanza Quispe. Tell Esperanza Quispe I called."
    g1 = PiiGate(policy)
    a = scrub_text(g1, text)
    assert "Esperanza" not in a and "Quispe" not in a
    tokens = sorted(set(t.strip(".,") for t in a.split() if t.startswith("PERSON_")))
    assert len(tokens) == 1  # one person, one token
    b = scrub_text(g1, "Esperanza Quispe wrote again.")
    assert tokens[0] in b  # the same token across records
    monkeypatch.setenv("GOVERNED_TUNING_PSEUDONYM_KEY", "another-key-0123456789")
    c = scrub_text(PiiGate(policy), text)
    assert tokens[0] not in c and "PERSON_" in c


def test_a_lone_part_of_a_full_name_gets_the_full_names_pseudonym(token_policy):
    gate = PiiGate(token_policy)
    rec = {"messages": [{"role": "user", "content": "Hello, my name is Wanjiru Kamau."},
                        {"role": "assistant", "content": "Welcome! How can I help?"},
                        {"role": "user", "content": "Kamau here again, my order is late."}]}
    (out,), _ = gate.scrub_records([rec])
    first, last = out["messages"][0]["content"], out["messages"][2]["content"]
    token = first.split("is ")[1].rstrip(".")
    assert token.startswith("PERSON_") and last.startswith(token + " here again")
    # a word two full names in the record share is nobody's alias
    (out,), _ = gate.scrub_records([{"t": "My name is Ana Lima. My brother is Rui Lima. Lima is our surname."}])
    tokens = [w.strip(".") for w in out["t"].split() if w.startswith("PERSON_")]
    assert "Lima" not in out["t"] and len(set(tokens)) == 3


def test_first_use_creates_the_users_key_and_a_configured_key_wins(policy, monkeypatch, tmp_path, capsys):
    monkeypatch.delenv("GOVERNED_TUNING_PSEUDONYM_KEY")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "cfg"))
    s = Scrubber(policy)
    key_file = tmp_path / "cfg" / "governed-tuning" / "pseudonym.key"
    assert s.key == key_file.read_bytes().strip() and s.key_info.source == "user_config"
    assert (key_file.stat().st_mode & 0o777) == 0o600 and str(key_file) in capsys.readouterr().err
    assert Scrubber(policy).pseudonym("PERSON", "Ana") == s.pseudonym("PERSON", "Ana")  # reused, same tokens
    monkeypatch.setenv("GOVERNED_TUNING_PSEUDONYM_KEY", KEY)
    assert Scrubber(policy).key == KEY.encode() and Scrubber(policy).key_info.source == "environment"


def test_key_file_is_used_when_the_variable_is_unset(policy, monkeypatch, tmp_path):
    monkeypatch.delenv("GOVERNED_TUNING_PSEUDONYM_KEY")
    (tmp_path / "k").write_text(KEY + "\n")
    s = Scrubber(policy.model_copy(update={"pseudonym_key_file": str(tmp_path / "k")}))
    assert s.pseudonym("PERSON", "Ana") == Scrubber(policy, key=KEY.encode()).pseudonym("PERSON", "Ana")


def test_unknown_entity_type_in_a_policy_names_file_line_and_field(tmp_path):
    p = tmp_path / "p.yaml"
    p.write_text("name: x\npii:\n  entities:\n    PERSN: {action: redact}\n")
    with pytest.raises(PolicyError) as e:
        load_policy(p)
    assert f"{p}:4" in str(e.value) and "pii.entities.PERSN" in str(e.value)


def test_every_policy_entity_type_has_a_recognizer():
    assert set(typing.get_args(PiiEntity)) == SUPPORTED


def test_gdpr_and_ccpa_scrub_their_own_categories():
    gdpr = PiiGate(load_policy("gdpr").policy.pii)
    ccpa = PiiGate(load_policy("ccpa").policy.pii)
    health = "I was diagnosed with diabetes and I am Catholic."
    device = "My router's MAC is 00:1A:2B:3C:4D:5E and household id HH-204981."
    assert "diabetes" not in scrub_text(gdpr, health) and "Catholic" not in scrub_text(gdpr, health)
    # CCPA names medical information (1798.80(e) via 1798.140(v)(1)(B)) and religious beliefs (1798.140(ae))
    assert "diabetes" not in scrub_text(ccpa, health) and "Catholic" not in scrub_text(ccpa, health)
    default = PiiGate(load_policy("default").policy.pii)
    assert scrub_text(default, health) == health  # the default policy leaves special categories to gdpr/ccpa
    out = scrub_text(ccpa, device)
    assert "00:1A:2B:3C:4D:5E" not in out and "HH-204981" not in out


# --------------------------------------------------------------------------- the gate on files


CHAT = [
    {"id": 1, "messages": [{"role": "system", "content": "You are a helpful assistant."},
                           {"role": "user", "content": "Hi, I'm Olumide Bello, email olumide@example.ng"}],
     "score": 0.5},
    {"id": 2, "prompt": [{"role": "user", "content": "Call me on +33 6 12 34 56 78"}],
     "chosen": "Sure, Olumide.", "rejected": [{"role": "assistant", "content": "No."}], "score": 1.0},
    {"id": 3, "messages": [{"role": "user", "content": "What is the capital of France?"}], "score": 0.0},
]
VALUES = ["Olumide", "Bello", "olumide@example.ng", "+33 6 12 34 56 78"]


def _write(path: Path, recs) -> Path:
    data.write_table(path, recs)
    return path


def test_check_jsonl_chat_and_preference_records(gate, tmp_path):
    src = _write(tmp_path / "in.jsonl", CHAT)
    before = sha256_path(src)
    res = gate.check(src, tmp_path / "out.jsonl")
    assert res.verdict == "pass", res.reasons
    out = data.read_records(tmp_path / "out.jsonl")
    assert [r["id"] for r in out] == [1, 2, 3] and [r["score"] for r in out] == [0.5, 1.0, 0.0]
    assert out[2] == CHAT[2] and out[0]["messages"][0] == CHAT[0]["messages"][0]
    blob = (tmp_path / "out.jsonl").read_text()
    assert not any(v in blob for v in VALUES)
    ev = res.evidence
    assert ev["input_sha256"] == before == sha256_path(src)  # the input is untouched
    assert ev["output_sha256"] == sha256_path(tmp_path / "out.jsonl")
    assert ev["counts_by_type"]["PERSON"] >= 2 and ev["counts_by_type"]["EMAIL_ADDRESS"] == 1
    assert set(ev["counts_by_field"]) == {"messages", "prompt", "chosen"}
    assert ev["records_changed"] == 2 and ev["residual"] == 0
    assert ev["ner_model"]["version"] and len(ev["ner_model"]["sha256"]) == 64
    assert ev["name_list"]["name"] == "names-dataset" and len(ev["name_list"]["sha256"]) == 64
    assert ev["thai_lists"]["name"] == "pythainlp" and ev["thai_lists"]["version"]
    assert len(ev["thai_lists"]["sha256"]) == 64 and ev["thai_lists"]["used_for"]
    # the dictionary of ordinary words decides which capitalised words are no names: its source, digest and
    # licence are on record (wordfreq's lists are CC BY-SA 4.0)
    wl = ev["word_list"]
    assert wl["name"] == "wordfreq" and wl["version"] and len(wl["sha256"]) == 64
    assert "CC BY-SA 4.0" in wl["attribution"] and wl["used_for"]
    # so does the brand lexicon, which keeps "via Redis" (a name by its look alone) from being scrubbed
    bl = ev["brand_list"]
    assert bl["name"] == "simpleicons" and bl["version"] and len(bl["sha256"]) == 64
    assert "CC0-1.0" in bl["attribution"] and bl["used_for"] == ["detector_brand_readings"]


@pytest.mark.parametrize("suffix", ["csv", "parquet", "hf"])
def test_other_formats_round_trip(gate, tmp_path, suffix):
    recs = [{"name": "Zeynep Arslan", "note": "call +90 212 555 0100", "n": 3},
            {"name": "none", "note": "fine", "n": 4}]
    if suffix == "csv":
        recs = [{k: str(v) for k, v in r.items()} for r in recs]
    src = tmp_path / ("in" if suffix == "hf" else f"in.{suffix}")
    out = tmp_path / ("out" if suffix == "hf" else f"out.{suffix}")
    data.write_table(src, recs, fmt=suffix)
    res = gate.check(src, out)
    assert res.evidence["format"] == suffix
    got = data.read_records(out)
    assert [r["n"] for r in got] == [r["n"] for r in recs]
    assert "Zeynep" not in json.dumps(got) and "555 0100" not in json.dumps(got)
    assert got[1] == recs[1]


def test_fields_limit_what_is_scrubbed_but_not_what_is_rescanned(gate, tmp_path):
    src = _write(tmp_path / "in.jsonl", [{"a": "mail x@y.com", "b": "all fine here"}])
    assert gate.check(src, tmp_path / "o.jsonl", fields=["a"]).verdict == "pass"
    (r,) = data.read_records(tmp_path / "o.jsonl")
    assert "x@y.com" not in r["a"] and r["b"] == "all fine here"
    with pytest.raises(InputError, match="zzz") as e:
        gate.check(src, tmp_path / "o2.jsonl", fields=["zzz"])
    assert "'b'" in str(e.value)
    # a name and email left verbatim in a field outside --fields, beside their replacement: reported, not passed
    src = _write(tmp_path / "in2.jsonl", [{"prompt": "I am Zeynep Arslan, mail zeynep.arslan@example.com",
                                          "completion": "Thanks Zeynep Arslan, we wrote to zeynep.arslan@example.com"}])
    res = gate.check(src, tmp_path / "o3.jsonl", fields=["prompt"])
    assert res.verdict == "fail" and not (tmp_path / "o3.jsonl").exists()
    assert {r["field"] for r in res.evidence["residual_positions"]} == {"completion"}
    assert res.evidence["residual_by_type"]["EMAIL_ADDRESS"] == 1 and res.evidence["residual_by_type"]["PERSON"] >= 1
    assert any("outside --fields" in r and "completion" in r for r in res.reasons)


def test_malformed_line_fails_or_is_skipped_as_the_policy_says(policy, tmp_path):
    src = tmp_path / "bad.jsonl"
    src.write_text('{"t": "ok"}\n{"t": "Secret Person Name\n{"t": "x@y.com"}\n')
    with pytest.raises(InputError) as e:
        PiiGate(policy).check(src, tmp_path / "o.jsonl")
    assert f"{src}:2" in str(e.value) and "Secret" not in str(e.value)
    assert not (tmp_path / "o.jsonl").exists()
    res = PiiGate(policy.model_copy(update={"on_malformed_record": "skip"})).check(src, tmp_path / "o.jsonl")
    assert res.evidence["malformed_skipped"] == 1 and res.evidence["malformed"][0]["line"] == 2
    assert len(data.read_records(tmp_path / "o.jsonl")) == 2


def test_output_is_atomic_and_never_the_input(gate, tmp_path, monkeypatch):
    src = _write(tmp_path / "in.jsonl", CHAT)
    with pytest.raises(InputError, match="refusing to overwrite"):
        gate.check(src, src)
    with pytest.raises(InputError, match="input's format"):
        gate.check(src, tmp_path / "out.csv")
    out = tmp_path / "out.jsonl"
    out.write_text("previous\n")

    def boom(*a, **k):
        raise RuntimeError("disk full")

    monkeypatch.setattr("json.dumps", boom)
    with pytest.raises(RuntimeError):
        gate.check(src, out)
    assert out.read_text() == "previous\n"  # the old file is intact, no partial write
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_residual_findings_fail_the_gate(policy, tmp_path):
    # an entity the re-scan finds but the scrub left (in a text it did not change)
    from governed_tuning.gates.pii.fields import Slot
    from governed_tuning.gates.pii.gate import Item

    g = PiiGate(policy)
    text = "left behind: ana@example.org"
    res = g.rescan([Item(0, Slot("text", "t", ("t",), "t"), text, [], None)])
    assert any(r["start"] <= text.index("ana@") < r["end"] and r["field"] == "t" for r in res)


def test_nothing_matched_appears_in_evidence_logs_or_errors(gate, tmp_path, caplog, capsys):
    caplog.set_level(logging.DEBUG)
    src = _write(tmp_path / "in.jsonl", CHAT)
    res = gate.check(src, tmp_path / "out.jsonl")
    ev = json.dumps(res.model_dump(mode="json"))
    captured = capsys.readouterr()
    for v in VALUES:
        assert v not in ev and v not in caplog.text and v not in captured.out + captured.err
    bad = tmp_path / "bad.csv"
    bad.write_text("a,b\nOlumide Bello,olumide@example.ng,extra\n")
    with pytest.raises(InputError) as e:
        gate.check(bad, tmp_path / "o.csv")
    assert not any(v in str(e.value) for v in VALUES)


def test_cli_scrub_writes_evidence_and_exits_0(tmp_path, capsys):
    from governed_tuning.cli import main

    src = _write(tmp_path / "in.jsonl", CHAT)
    with pytest.raises(SystemExit) as e:
        main(["scrub", str(src), "--out", str(tmp_path / "o.jsonl"), "--evidence", str(tmp_path / "ev.json"),
              "--no-progress"])
    assert e.value.code == 0
    ev = json.loads((tmp_path / "ev.json").read_text())
    assert ev["verdict"] == "pass" and ev["evidence"]["policy"]["name"] == "default"
    out = capsys.readouterr().out
    assert "pii gate: pass" in out and not any(v in out for v in VALUES)


# --------------------------------------------------------------------------- our held-out set


def test_heldout_chats_meet_the_quality_bar(gate):
    assert_heldout_bar(gate)


def assert_heldout_bar(gate: PiiGate) -> None:
    """The held-out bar: <= 1% of planted values, <= 3% of names, no structured identifier, >= 98% of words."""
    rows = [json.loads(line) for line in (ASSETS / "heldout_chats.jsonl").read_text().splitlines() if line.strip()]
    out, _ = gate.scrub_records([{"text": r["text"]} for r in rows])
    planted = [(s["entity_type"], s["entity_value"], o["text"]) for r, o in zip(rows, out) for s in r["spans"]]
    leaked = [t for t, v, o in planted if v in o]
    persons = [t for t, _, _ in planted if t == "PERSON"]
    assert len(leaked) <= 0.01 * len(planted)
    assert leaked.count("PERSON") <= 0.03 * len(persons)
    assert not [t for t in leaked if t != "PERSON"]
    lines = [ln for ln in (ASSETS / "non_pii.txt").read_text().splitlines() if ln.strip() and not ln.startswith("#")]
    scrubbed, _ = gate.scrub_records([{"text": ln} for ln in lines])
    words = sum(len(ln.split()) for ln in lines)
    kept = sum(w in o["text"].split() for ln, o in zip(lines, scrubbed) for w in ln.split())
    assert kept >= 0.98 * words


# --------------------------------------------------------------------------- structure is kept, whatever the records

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_text = st.sampled_from(["Hi, I'm Tanvir Ahmed.", "call 020 7946 0018", "no personal data here", "",
                         "mail me: k.osei@example.gh", "Version 2.1 is out."])
_record = st.fixed_dictionaries({
    "n": st.integers(), "flag": st.booleans(), "x": st.none() | st.floats(allow_nan=False),
    "text": _text, "messages": st.lists(st.fixed_dictionaries({"role": st.sampled_from(["user", "assistant"]),
                                                               "content": _text}), max_size=3)})


from governed_tuning.gates.pii.fields import self_evident  # noqa: E402


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(records=st.lists(_record, max_size=6))
def test_order_and_non_text_values_are_kept(gate, records):
    before = copy.deepcopy(records)
    out, stats = gate.scrub_records(records)
    assert records == before  # the input records are not modified in place
    assert len(out) == len(records) and stats["dropped"] == 0
    for a, b in zip(records, out):
        # an integer that is a card or phone number on its own is scrubbed under any key (issue 11 item 5)
        # an integral float is a number stored as such too ("6278363681691568.0": a card number, Luhn-valid)
        assert a["flag"] == b["flag"] and (a["x"] == b["x"] or (float(a["x"]).is_integer() and self_evident(a["x"])))
        assert a["n"] == b["n"] or self_evident(a["n"])
        assert [m["role"] for m in a["messages"]] == [m["role"] for m in b["messages"]]
        for v in ("Tanvir", "7946 0018", "k.osei@example.gh"):
            assert v not in json.dumps(b, ensure_ascii=False)


def test_a_missing_ner_model_is_a_clear_error():
    with pytest.raises(GovernedTuningError, match="pii.ner_model"):
        Scrubber(PiiPolicy(ner_model="no_such_spacy_pipeline", entities={"PERSON": EntityRule(action="redact")}))


def test_names_known_from_one_dataset_do_not_stand_in_for_the_next(gate):
    # the cross-record name regex was cached by id() of the caller's set: a second scrub whose new set got the
    # same id and size reused the first dataset's names and left the second's surname in later records
    for a, b in [("Wanjiru Kamau", "Esperanza Quispe"), ("Olumide Bello", "Tanvir Ahmed")]:
        gate.scrub_records([{"t": f"My name is {a}."}])
        out, _ = gate.scrub_records([{"t": f"My name is {b}."}, {"t": f"{b.split()[1]} phoned again about the order."}])
        assert b.split()[1] not in json.dumps(out)


def test_a_name_confirmed_in_a_later_chunk_is_scrubbed_in_earlier_records_too(gate):
    from governed_tuning.gates.pii import gate as pii_mod

    filler = {"t": "The order arrived on time, thanks."}
    records = [{"t": "Adaeze phoned again about the refund."}] + [filler] * pii_mod.CHUNK + \
        [{"t": "My name is Adaeze Okonkwo and I need help."}]
    out, stats = gate.scrub_records(records)
    assert "Adaeze" not in json.dumps(out) and "Okonkwo" not in json.dumps(out)
    assert out[0]["t"].endswith("phoned again about the refund.") and out[1] == filler
    assert stats["changed"] == 2


@pytest.mark.parametrize("which", ["input", "out"])
def test_cli_scrub_evidence_never_overwrites_the_input_or_the_copy(tmp_path, which):
    from governed_tuning.cli import main

    src = _write(tmp_path / "in.jsonl", CHAT)
    before = src.read_bytes()
    out = tmp_path / "o.jsonl"
    with pytest.raises(SystemExit) as e:
        main(["scrub", str(src), "--out", str(out), "--evidence", str(src if which == "input" else out),
              "--no-progress"])
    assert e.value.code == 2 and src.read_bytes() == before and not out.exists()


def test_an_unreadable_key_file_is_a_clear_error(policy, monkeypatch, tmp_path):
    monkeypatch.delenv("GOVERNED_TUNING_PSEUDONYM_KEY")
    (tmp_path / "k").write_text(KEY)

    def denied(self):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "read_bytes", denied)
    with pytest.raises(PiiKeyError, match="pseudonym_key_file.*cannot be read"):
        Scrubber(policy.model_copy(update={"pseudonym_key_file": str(tmp_path / "k")}))


def test_nested_metadata_and_multimodal_parts_are_scrubbed(gate, tmp_path):
    rec = {"messages": [{"role": "user", "content": [{"type": "text", "text": "Mail me at kofi.mensah@example.org"}]}],
           "meta": {"author": {"email": "kofi.mensah@example.org"}, "tags": ["support", "call +44 20 7946 0958"]},
           "n": 1}
    src = _write(tmp_path / "in.jsonl", [rec])
    res = gate.check(src, tmp_path / "out.jsonl")
    assert res.verdict == "pass", res.reasons
    blob = (tmp_path / "out.jsonl").read_text()
    assert "kofi.mensah@example.org" not in blob and "7946 0958" not in blob
    (out,) = data.read_records(tmp_path / "out.jsonl")
    assert out["messages"][0]["role"] == "user" and out["messages"][0]["content"][0]["type"] == "text"
    assert out["meta"]["tags"][0] == "support" and out["n"] == 1
    assert rec["meta"]["author"]["email"] == "kofi.mensah@example.org"  # the input record was not edited
    assert res.evidence["counts_by_field"]["meta"] >= 2 and res.evidence["counts_by_field"]["messages"] == 1


def test_a_copy_that_still_holds_pii_is_never_written(policy, tmp_path, monkeypatch):
    g = PiiGate(policy)
    real = g.rescan
    # the re-scan reports one finding the scrub missed (as a recognizer gap would)
    monkeypatch.setattr(g, "rescan", lambda items, artefacts=None: real(items, artefacts) + [
        {"record": 0, "field": "text", "path": ["text"], "entity": "PERSON", "start": 0, "end": 3, "why": "missed"}])
    src = _write(tmp_path / "in.jsonl", [{"text": "Hi, I am Zeynep Arslan, write to zeynep.arslan@example.com"}])
    res = g.check(src, tmp_path / "out.jsonl")
    assert res.verdict == "fail" and "not written" in res.reasons[0]
    assert res.evidence["residual_by_type"] == {"PERSON": 1}
    assert res.evidence["output_written"] is False and res.evidence["output_sha256"] is None
    assert not (tmp_path / "out.jsonl").exists()


@pytest.mark.parametrize("text,ip", [
    ("Server at 10.0.0.12 is down.", "10.0.0.12"),
    ("ip=192.168.1.1.", "192.168.1.1"),
    ("host 8.8.8.8, then", "8.8.8.8"),
    ("Ring me on +47.40.64.43.37 tomorrow", None),  # a phone written with dots, not an address plus a digit
    ("Tlf: +213.5.51.23.45.67", None),
])
def test_an_ip_address_is_never_a_piece_of_a_longer_dotted_number(text, ip):
    from governed_tuning.gates.pii.recognizers import ips

    assert [text[f.start:f.end] for f in ips(text)] == ([ip] if ip else [])


def test_a_phone_written_with_dots_is_scrubbed_as_a_phone(gate):
    out, _ = gate.scrub_records([{"text": "Ring me on +47.40.64.43.37 tomorrow."}])
    assert out[0]["text"] == "Ring me on <PHONE_NUMBER> tomorrow."
