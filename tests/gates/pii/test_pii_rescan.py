"""The re-scan both ways (artefacts of our own substitution pass, planted leftovers fail), surrogates through the
gate, and personal data outside text values: keys, CSV headers, integers, role values, URLs, field names."""

import json

import pytest

from governed_tuning import data
from governed_tuning.gates.pii import PiiGate
from governed_tuning.gates.pii.gate import Item
from governed_tuning.gates.pii.recognizers import Finding
from governed_tuning.gates.pii.rescan import KnownValues, Rescan, Written
from governed_tuning.policy import EntityRule, load_policy

KEY = "rescan-test-key-0123456789abcdef"


@pytest.fixture(scope="module", autouse=True)
def _key():
    mp = pytest.MonkeyPatch()
    mp.setenv("GOVERNED_TUNING_PSEUDONYM_KEY", KEY)
    yield
    mp.undo()


@pytest.fixture(scope="module")
def policy():
    return load_policy("default").policy.pii


@pytest.fixture(scope="module")
def gate(policy):
    return PiiGate(policy)


def _write(path, records):
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records))
    return path


# --------------------------------------------------------------------------- the judgement, with a stub detector


def _stub(spans):
    """A detector that finds ``spans[text]`` = [(word, entity)] wherever the word occurs."""
    def detect(texts):
        out = []
        for t in texts:
            fs = []
            for w, e in spans.get(t, []):
                i = t.find(w)
                if i >= 0:
                    fs.append(Finding(i, i + len(w), e, 0.7, "stub"))
            out.append(fs)
        return out
    return detect


def test_a_finding_made_only_by_our_token_is_an_artefact_and_a_name_beside_it_is_a_leftover():
    src = "account holder Maria Garcia. Reason: broken lantern"
    out = "account holder PERSON_cdf2a1b3c4. Reason: broken lantern"
    w = [Written(15, 32, 15, 27, "PERSON")]
    detect = _stub({out: [("PERSON_cdf2a1b3c4. Reason", "PERSON")], src: [("Maria Garcia", "PERSON")]})
    left, art = Rescan(detect).judge([out], [w], [src])
    assert left == [[]] and art == {"PERSON": 1}
    # the scrub replaced only the first name: the surname beside the token is a leftover
    out2 = "account holder PERSON_cdf2a1b3c4 Garcia. Reason: broken lantern"
    w2 = [Written(15, 32, 15, 20, "PERSON")]
    detect2 = _stub({out2: [("PERSON_cdf2a1b3c4 Garcia", "PERSON")], src: [("Maria Garcia", "PERSON")]})
    left, art = Rescan(detect2).judge([out2], [w2], [src])
    assert [x.why for x in left[0]] == ["beside_substitution"] and not art


def test_text_outside_our_spans_that_the_input_did_not_hold_is_never_an_artefact():
    src = "Hello Maria."
    out = "Hello Lacey. Call Bob Stone"  # a copy that holds more than the scrub wrote
    detect = _stub({out: [("Bob Stone", "PERSON")]})
    left, art = Rescan(detect).judge([out], [[Written(6, 11, 6, 11, "PERSON")]], [src])
    assert [x.why for x in left[0]] == ["missed"] and not art


def test_known_values_are_found_anywhere_but_not_inside_our_spans():
    kv = KnownValues()
    kv.add("EMAIL_ADDRESS", "Zeynep.Arslan@example.com")
    kv.add("PHONE_NUMBER", "+44 20 7946 0958")
    kv.add_name_words({"Zeynep", "Arslan"})
    none = _stub({})
    texts = ["write to zeynep.arslan@example.com", "call 020-7946-0958 or +442079460958", "Arslan said hi",
             "<EMAIL_ADDRESS> and Lacey Beck"]
    left, _ = Rescan(none, kv).judge(texts, [[], [], [], [Written(0, 15, 0, 25, "EMAIL_ADDRESS")]],
                                     [None, None, None, "zeynep.arslan@example.com and Zeynep Arslan"])
    assert [len(x) for x in left] == [1, 1, 1, 0]
    assert {x.why for xs in left for x in xs} == {"known_value"}


# --------------------------------------------------------------------------- the gate, both ways


def test_ordinary_chats_pass_where_the_old_rescan_cried_wolf(gate, tmp_path):
    recs = [{"prompt": f"Refund request. Account holder {n}. Reason: broken lantern. My SSN 123-45-6789 is on "
                       f"file. Wire the refund to IBAN DE89 3704 0044 0532 0130 00.", "completion": "Done."}
            for n in ("Maria Garcia", "Jürgen Weber", "Ana Souza")]
    res = gate.check(_write(tmp_path / "in.jsonl", recs), tmp_path / "out.jsonl")
    assert res.verdict == "pass", res.reasons
    blob = (tmp_path / "out.jsonl").read_text()
    assert not any(v in blob for v in ("Maria", "Garcia", "Weber", "Souza", "123-45-6789", "DE89"))
    assert "Reason: broken lantern" in blob
    rs = res.evidence["rescan"]
    assert "PERSON" in rs["kinds_looked_for"] and "HEALTH_DATA" in rs["kinds_not_looked_for"]
    assert any("not looked for" in r for r in res.reasons)


def test_planted_leftovers_in_the_copy_fail(gate, policy):
    recs = [{"t": "Hi, this is Wanjiru Kamau, mail me at wanjiru.kamau@example.com or call +44 20 7946 0958."},
            {"t": "All good, thanks."}]
    out, st = gate.scrub_records(recs)
    assert gate.rescan(st["items"]) == []
    src = recs[0]["t"]
    # 1. the surname written back beside our output, as a broken scrub would leave it
    items = list(st["items"])
    i0 = next(i for i, it in enumerate(items) if it.record == 0 and it.slot.kind == "text")
    it = items[i0]
    items[i0] = Item(0, it.slot, it.text + " Kamau", it.written, src)
    left = gate.rescan(items)
    assert any(r["entity"] == "PERSON" for r in left)
    # 2. the email and 3. the phone (other separators) left in a record the scrub did not change
    for leftover, kind in (("wanjiru.kamau@example.com", "EMAIL_ADDRESS"), ("+44 (20) 7946-0958", "PHONE_NUMBER")):
        items = list(st["items"])
        i1 = next(i for i, it in enumerate(items) if it.record == 1 and it.slot.kind == "text")
        items[i1] = Item(1, items[i1].slot, f"All good, thanks. {leftover}", [], None)
        left = gate.rescan(items)
        assert [(r["record"], r["entity"]) for r in left] == [(1, kind)]
        assert left[0]["why"] in ("known_value", "missed")


def test_surrogates_through_the_gate_one_person_one_fake_per_key(policy, monkeypatch):
    recs = [{"t": "My name is Esperanza Quispe."}, {"t": "Esperanza Quispe called again."},
            {"t": "Quispe here, about my order."}]
    a, _ = PiiGate(policy).scrub_records(recs)
    fake = a[0]["t"][len("My name is "):-1]
    assert "Quispe" not in json.dumps(a) and "PERSON_" not in json.dumps(a) and len(fake.split()) == 2
    assert a[1]["t"].startswith(fake)  # the same fake person in another record
    again, _ = PiiGate(policy).scrub_records(recs)
    assert again == a  # and in another run with the same key
    monkeypatch.setenv("GOVERNED_TUNING_PSEUDONYM_KEY", "another-key-0123456789abcdef")
    b, _ = PiiGate(policy).scrub_records(recs)
    assert b[0]["t"] != a[0]["t"] and "Quispe" not in json.dumps(b)


def test_a_surrogate_policy_refuses_special_categories(policy):
    from governed_tuning.errors import GovernedTuningError

    bad = policy.model_copy(update={"entities": {**policy.entities, "HEALTH_DATA": EntityRule(action="surrogate")}})
    with pytest.raises(GovernedTuningError, match="HEALTH_DATA"):
        PiiGate(bad)


# --------------------------------------------------------------------------- everywhere personal data sits


def test_keys_integers_role_values_and_urls_are_scrubbed(gate, tmp_path):
    rec = {"notes": {"dana.white@example.com": "prefers mornings"},
           "contact": {"phone": 4155550132, "visits": 1234567, "card_number": 4111111111111111},
           "messages": [{"role": "Dana White", "content": "hello"}, {"role": "user", "content": "hi"}],
           "profile": "see https://www.linkedin.com/in/dana-white for my CV, Dana White"}
    res = gate.check(_write(tmp_path / "in.jsonl", [rec]), tmp_path / "out.jsonl")
    assert res.verdict == "pass", res.reasons
    blob = (tmp_path / "out.jsonl").read_text()
    for v in ("dana.white@example.com", "4155550132", "4111111111111111", "Dana White", "dana-white"):
        assert v not in blob, v
    (out,) = data.read_records(tmp_path / "out.jsonl")
    assert out["contact"]["visits"] == 1234567 and out["messages"][1]["role"] == "user"
    assert "prefers mornings" in out["notes"].values()


def test_a_personal_csv_header_is_renamed_and_never_named_in_the_evidence(gate, tmp_path):
    src = tmp_path / "in.csv"
    src.write_text("id,dana.white@example.com,note\n1,yes,fine\n2,no,call +44 20 7946 0958\n")
    res = gate.check(src, tmp_path / "out.csv")
    assert res.verdict == "pass", res.reasons
    head = (tmp_path / "out.csv").read_text().splitlines()[0]
    assert "dana.white" not in head and head.startswith("id,") and head.endswith(",note")
    ev = json.dumps(res.evidence.as_dict())
    assert "dana.white" not in ev and "#2" in res.evidence["counts_by_field"]


def test_fields_errors_do_not_list_personal_keys(gate, tmp_path):
    from governed_tuning.errors import InputError

    src = _write(tmp_path / "in.jsonl", [{"dana.white@example.com": "x", "text": "hi"}])
    with pytest.raises(InputError) as e:
        gate.check(src, tmp_path / "o.jsonl", fields=["zzz"])
    assert "dana" not in str(e.value) and "2 top-level field(s)" in str(e.value)


def test_evidence_records_the_key_fingerprint_not_the_key(gate, tmp_path):
    res = gate.check(_write(tmp_path / "in.jsonl", [{"t": "I am Ana Lima"}]), tmp_path / "o.jsonl")
    pk = res.evidence["pseudonym_key"]
    assert pk["source"] == "environment" and pk["fingerprint"].startswith("scrypt:")
    assert KEY not in json.dumps(res.evidence.as_dict())


def test_typed_formats_rename_personal_columns_and_empty_what_a_column_cannot_hold(gate, tmp_path):
    recs = [{"id": 1, "dana.white@example.com": "yes", "phone": 4155550132, "age": 37},
            {"id": 2, "dana.white@example.com": "no", "phone": 123, "age": 41}]
    data.write_table(tmp_path / "in.parquet", recs, fmt="parquet")
    res = gate.check(tmp_path / "in.parquet", tmp_path / "out.parquet")
    assert res.verdict == "pass", res.reasons
    first, second = data.read_records(tmp_path / "out.parquet")  # every row kept, the column keeps its type
    assert (first["id"], second["id"]) == (1, 2) and "dana.white@example.com" not in first
    assert first["phone"] is None and second["phone"] == 123  # a placeholder cannot stand in an integer column
    assert res.evidence["records_refused"] == 0 and res.evidence["values_nulled"] >= 1
    assert any("left empty (null)" in r for r in res.reasons)
    assert "4155550132" not in (tmp_path / "out.parquet").read_bytes().decode("latin-1")


# --------------------------------------------------------------------------- tables (benchmarks/pii_tables5.py)


def test_a_semicolon_csv_is_scrubbed_cell_by_cell_and_keeps_its_separator(gate, tmp_path):
    src = tmp_path / "kunden.csv"
    rows = [["Name", "Telefon", "Bemerkung", "Betrag"],
            ["Dana White", "+44 20 7946 0958", "Paket beschädigt, bitte ersetzen.", "12,50"],
            ["Jonas Becker", "+49 30 901820", "Paket kam zu spät.", "7,00"]]
    import csv

    with src.open("w", newline="", encoding="utf-8") as fh:
        csv.writer(fh, delimiter=";").writerows(rows)
    res = gate.check(src, tmp_path / "out.csv")
    assert res.verdict == "pass", res.reasons
    text = (tmp_path / "out.csv").read_text(encoding="utf-8")
    copy = list(csv.reader(text.splitlines(), delimiter=";"))
    assert copy[0] == rows[0] and all(len(r) == 4 for r in copy)
    assert "Dana" not in text and "Becker" not in text and "7946" not in text
    assert [r[2] for r in copy[1:]] == [rows[1][2], rows[2][2]] and [r[3] for r in copy[1:]] == ["12,50", "7,00"]


def test_a_catalogue_named_like_people_passes_untouched_and_a_person_left_in_a_note_fails(gate, tmp_path):
    """Both ways: product names under "name" ("Lincoln Sofa") are no people (nothing lost); a person's street
    written in a note cell and left there fails the scrub."""
    import csv

    src = tmp_path / "catalogue.csv"
    rows = [["name", "sku", "price"], ["Lincoln Sofa", "SKU-23312", "72.46"], ["Oscar Desk Lamp", "SKU-97167", "17.50"],
            ["Victoria Kettle", "SKU-50351", "48.90"], ["Camden Backpack 30L", "SKU-79212", "55.18"]]
    with src.open("w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows(rows)
    res = gate.check(src, tmp_path / "out.csv")
    assert res.verdict == "pass", res.reasons
    assert list(csv.reader((tmp_path / "out.csv").open(encoding="utf-8"))) == rows


def test_a_birth_date_typed_as_a_date_is_emptied_and_other_dates_and_phone_ints_are_judged(gate, tmp_path):
    """A Parquet column typed as a date under a birth key held every birth date verbatim (only strings and ints
    were read); an int under "phone" that no phone shape accepts was left for the re-scan to fail on."""
    import datetime as dt

    import pyarrow as pa
    import pyarrow.parquet as pq

    recs = [{"name": n, "date_of_birth": dt.date(1950 + i * 7, 3, 14), "shipped": dt.date(2026, 1, 2 + i),
             "phone": 15158000806123 + i} for i, n in enumerate(["Dana White", "Jonas Becker", "Ana Lima"])]
    src = tmp_path / "in.parquet"
    pq.write_table(pa.Table.from_pylist(recs), src)
    res = gate.check(src, tmp_path / "out.parquet")
    assert res.verdict == "pass", res.reasons
    out = pq.read_table(tmp_path / "out.parquet").to_pylist()
    assert [r["date_of_birth"] for r in out] == [None] * 3 and [r["phone"] for r in out] == [None] * 3
    assert [r["shipped"] for r in out] == [r["shipped"] for r in recs]
    assert pq.read_schema(tmp_path / "out.parquet").field("date_of_birth").type == pa.date32()


def test_scrub_fails_on_a_street_left_in_a_note_cell_and_passes_the_clean_catalogue(pii_test_key, tmp_path, capsys):
    """Both ways through the command line, as a user runs it: a ';' table whose note holds a street the
    detector misses ("כתובת חדשה: ...") exits 1 with the leftover's kind and the pass that found it in the
    evidence, and no copy; a catalogue of products named like people exits 0 with every cell kept."""
    import csv

    from governed_tuning.cli import main

    src = tmp_path / "kunden.csv"
    with src.open("w", newline="", encoding="utf-8") as fh:
        csv.writer(fh, delimiter=";").writerows([["Kunde", "Bemerkung", "Betrag"], ["A-1", "Paket kam zu spät.", "7,00"],
                                                 ["A-2", "כתובת חדשה: רחבת פנינה 18, משמר העמק.", "12,50"]])
    out, ev = tmp_path / "out.csv", tmp_path / "ev.json"
    with pytest.raises(SystemExit) as e:
        main(["scrub", str(src), "--out", str(out), "--evidence", str(ev), "--no-progress"])
    assert e.value.code == 1 and not out.exists()
    evidence = json.loads(ev.read_text())["evidence"]
    assert evidence["residual_by_type"] == {"STREET_ADDRESS": 1}
    assert [(r["why"], r.get("found_by")) for r in evidence["residual_positions"]] == [("independent", "labelled_fields")]
    assert "פנינה" not in ev.read_text(encoding="utf-8")
    cat = tmp_path / "catalogue.csv"
    cat.write_text("name,sku,price\nLincoln Sofa Bed,SKU-1,72.46\nOscar Desk Lamp,SKU-2,17.50\nVictoria Electric Kettle,SKU-3,9.90\n",
                   encoding="utf-8")
    with pytest.raises(SystemExit) as e:
        main(["scrub", str(cat), "--out", str(tmp_path / "cat.out.csv"), "--no-progress"])
    assert e.value.code == 0 and (tmp_path / "cat.out.csv").read_text(encoding="utf-8") == cat.read_text(encoding="utf-8")


def test_a_headerless_csv_is_scrubbed_as_records_and_the_reasons_say_it_had_no_header(gate, tmp_path):
    src = tmp_path / "export.csv"
    src.write_text("Dana White|dana.white@example.com|+44 20 7946 0958|ok\n"
                   "Jonas Becker|jonas.becker@example.de|+49 30 901820 11|late\n", encoding="utf-8")
    res = gate.check(src, tmp_path / "out.csv")
    assert res.verdict == "pass", res.reasons
    copy = (tmp_path / "out.csv").read_text(encoding="utf-8").splitlines()
    assert len(copy) == 2 and all(line.count("|") == 3 and line.endswith(("|ok", "|late")) for line in copy)
    assert not any(v in "\n".join(copy) for v in ("Dana", "dana.white", "7946", "Becker"))
    assert any("no header row" in r for r in res.reasons)
