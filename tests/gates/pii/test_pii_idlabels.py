"""Identifiers led by their label (``idlabels``) and cells led by their header (``columns``): a label picks the
kind whatever the value's shape (a validator only confirms), in a column, a key, beside a sibling label, under
a parent key and in free text; clean look-alikes stay; the re-scan reads labelled values too, so a value left
in a labelled column fails the gate, and a CSV with headers in several languages leaves nothing."""

import csv
import json

import pytest

from governed_tuning.gates.pii import PiiGate
from governed_tuning.gates.pii import fields as pf
from governed_tuning.gates.pii.columns import person_cell
from governed_tuning.gates.pii.idlabels import label_family, labelled_ids, value_kind
from governed_tuning.gates.pii.recognizers import Finding
from governed_tuning.gates.pii.rescan_independent import CONFIRMED, scan
from governed_tuning.policy import load_policy

KEY = "idlabels-test-key-0123456789abcdef"
TARGETED = frozenset(load_policy("default").policy.pii.entities)


@pytest.fixture(autouse=True)
def _key(monkeypatch):
    monkeypatch.setenv("GOVERNED_TUNING_PSEUDONYM_KEY", KEY)


def _found(text):
    return {(text[f.start:f.end], f.entity) for f in labelled_ids(text, TARGETED)}


@pytest.mark.parametrize("text,value,kind", [
    # a column or key read as "label: value" (fields.detect_text): the label's country picks the kind
    ("Ausweisnummer: K7721-0093-55", "K7721-0093-55", "DE_ID_CARD"),
    ("Reisepass-Nr.: C4J0R2T78", "C4J0R2T78", "DE_PASSPORT"),
    ("Philippine passport: 771204518", "771204518", "PH_PASSPORT"),
    ("UK passport number: 771204518", "771204518", "UK_PASSPORT"),
    ("patente: RM4409913Q", "RM4409913Q", "IT_DRIVER_LICENSE"),
    ("Kfz-Kennzeichen: HB-QX 3071", "HB-QX 3071", "DE_KFZ"),
    # a family's label: the first kind whose shape the value has, else the family's first
    ("passport no.: T5521980K", "T5521980K", "PH_PASSPORT"),
    ("driver license: 44-190-2281", "44-190-2281", "US_DRIVER_LICENSE"),
    ("claim number: 71K204418823", "71K204418823", "US_CLAIM_NUMBER"),
    ("Member ID: QWX5540918823", "QWX5540918823", "US_HEALTH_INSURANCE_MEMBER_ID"),
    ("prior authorization: PA-20-77812", "PA-20-77812", "US_PRIOR_AUTHORIZATION_NUMBER"),
    ("Versichertennummer: R839201447", "R839201447", "DE_HEALTH_INSURANCE"),
    # a generic identity label: a kind's shape, else ID_NUMBER
    ("ID number: 55-XR-90321-B", "55-XR-90321-B", "ID_NUMBER"),
    ("Documento: Z8841007Q", "Z8841007Q", "PH_PASSPORT"),
    ("Applicant's ID: 4471-0093-1182-77", "4471-0093-1182-77", "ID_NUMBER"),
    # free text: the label leads, a value follows within a few words of the same sentence
    ("Nur kurz: meine Führerscheinnummer ist B072XK19934, danke.", "B072XK19934", "DE_FUEHRERSCHEIN"),
    ("I'm sending the claim # you wanted, CLM-2231-908812, as discussed.", "CLM-2231-908812", "US_CLAIM_NUMBER"),
    ("my member id is HMO-88211903 if that helps", "HMO-88211903", "US_HEALTH_INSURANCE_MEMBER_ID"),
    ("the referral no. REF-7719021 came from Dr. Osei", "REF-7719021", "US_REFERRAL_NUMBER"),
    # handles: a field's one token, and "username" in text
    ("author: kwame_adjei77", "kwame_adjei77", "USER_HANDLE"),
    ("login: ZoeR.1990", "ZoeR.1990", "USER_HANDLE"),
    ("my username is petra.novak_cz and I can't log in", "petra.novak_cz", "USER_HANDLE"),
    # abbreviations and compounds people write as labels
    ("DL#: K310-4471-0920", "K310-4471-0920", "US_DRIVER_LICENSE"),
    ("vehicle reg.: KJA-302XT", "KJA-302XT", "NG_VEHICLE_REGISTRATION"),
    ("Postleitzahl: 80331", "80331", "DE_PLZ"),
    ("Krankenversichertennummer: Q118204471", "Q118204471", "DE_HEALTH_INSURANCE"),
    ("savings account no. 40021877310", "40021877310", "US_BANK_NUMBER"),
    # CJK text runs into the label and the value with no space
    ("予約のpassportはK20415572です。", "K20415572", "US_PASSPORT"),
    ("我的passport no.是Z4410926。谢谢", "Z4410926", "IN_PASSPORT"),
])
def test_the_label_picks_the_kind(text, value, kind):
    assert (value, kind) in _found(text)


@pytest.mark.parametrize("text", [
    "order id: 12345678", "Your ticket 5521 ships in 3-5 days.", "passport expiry: 2031-04-02",
    "claim status: paid", "The claim about order 88812345 was paid.", "Please see document 2024-001.",
    "User: hello there", "user: thanks", "author: Jane Doe", "employee id: E55102",
    "Our policy: returns within 30 days.", "We need your passport photo, not the number.",
    "Plate: 2 eggs, 1 toast", "Kennzeichen bitte nachreichen.", "ID: 42",
    "claim amount: 1200.50", "session: 5e62849d-c5c2-4c3b-9e2f-f422a5130db8",
])
def test_clean_look_alikes_are_kept(text):
    assert _found(text) == set()


def test_a_validator_confirms_but_the_labels_country_wins():
    assert value_kind("passport", "771204518") == "US_PASSPORT"  # no country: the first kind whose shape fits
    assert value_kind("Philippine passport", "771204518") == "PH_PASSPORT"
    assert value_kind("Reisepass", "C4J0R2T78") == "DE_PASSPORT"
    assert value_kind("Reisepass", "not a number") is None  # a label alone is not a value
    assert value_kind("passport_expiry", "2031-04-02") is None
    assert label_family("orderId") is None and label_family("claimNumber") == ("CLAIM", None)


def test_keys_sibling_labels_and_parent_keys_give_their_value_its_label():
    rec = {"id": "r7", "claim": {"number": "88Q402118853", "status": "open"},
           "identity": {"type": "passport no.", "number": "T5521980K"},
           "docs": [{"label": "member ID", "value": "QWX5540918823"}], "Ausweisnummer": "K7721-0093-55",
           "note": {"number": "12"}}
    shown = {}
    for sl in pf.slots(rec):
        if sl.kind == "text":
            shown[sl.path] = pf.detect_text(sl, pf.get(rec, sl.path))[0]
    assert shown[("claim", "number")] == "claim number: 88Q402118853"
    assert shown[("identity", "number")] == "passport no.: T5521980K"
    assert shown[("docs", 0, "value")] == "member ID: QWX5540918823"
    assert shown[("Ausweisnummer",)] == "Ausweisnummer: K7721-0093-55"
    assert shown[("id",)] == "r7" and shown[("note", "number")] == "12"


def test_a_cell_under_a_name_header_is_one_person():
    f = person_cell("Name", "ROJAS, Verónica", [Finding(8, 15, "PERSON", 0.8, "ner")])
    assert (f.start, f.end, f.entity) == (0, 15, "PERSON")
    assert person_cell("Nachname", "ব্যানার্জি, রাশেদ", []) is not None  # a header that says person: alone
    # a bare "name" key holds a tool's or a product's name as often: taken whole only beside a person found
    assert person_cell("name", "Forerunner Pro", []) is None
    assert person_cell("name", "Kwame Mensah", [Finding(0, 5, "PERSON", 0.8, "ner")]) is not None
    assert person_cell("name", "get_weather", []) is None and person_cell("city", "Accra", []) is None
    assert person_cell("Name", "Customer Service", []) is None


def test_the_independent_rescan_reads_labelled_values_and_table_columns():
    def confirmed(text):
        return {(text[f.start:f.end], f.entity) for f in scan(text, TARGETED) if f.score >= CONFIRMED}
    assert ("K7721-0093-55", "DE_ID_CARD") in confirmed("Ausweisnummer: K7721-0093-55")
    assert ("kwame_adjei77", "USER_HANDLE") in confirmed("author: kwame_adjei77")
    assert ("ROJAS, Verónica", "PERSON") in confirmed("Name: ROJAS, Verónica")
    table = "Nombre;Pasaporte;Ciudad\nLuz Mora;XDA441902;Quito\nAna Vela;XDB118230;Cuenca"
    assert {("XDA441902", "ES_PASSPORT"), ("XDB118230", "ES_PASSPORT")} <= confirmed(table)
    for clean in ("order id: 12345678", "claim status: paid", "product;sku;qty\nLamp;KX-474;3\nDesk;KX-218;1"):
        assert confirmed(clean) == set()


def test_an_unlabelled_column_of_one_kind_is_read_as_that_kind(monkeypatch):
    from governed_tuning.gates.pii.columns import ColumnVotes, column_finding

    votes = ColumnVotes()
    for v in ("536-22-8726", "412-33-9081", "231-45-6790", "536228799", ""):
        votes.add("Code", v, [Finding(0, len(v), "US_SSN", 0.9, "t")] if "-" in v else [])
    assert votes.kind_of("Code") == "US_SSN"  # 3 of the 4 non-empty values
    assert column_finding("US_SSN", " 536228799 ") == Finding(1, 10, "US_SSN", 0.9, "column_kind")
    assert column_finding("US_SSN", "n/a") is None and votes.kind_of("Other") is None
    few = ColumnVotes()
    for v in ("536-22-8726", "order 5", "7", "9", "x"):
        few.add("Ref", v, [Finding(0, len(v), "US_SSN", 0.9, "t")] if "-" in v else [])
    assert few.kind_of("Ref") is None  # one of five: not the column's kind
    # through the scrub: the bare number in a column of SSNs goes with them; a column of order numbers stays
    gate = PiiGate(load_policy("default").policy.pii)
    out, _ = gate.scrub_records([{"Code": v, "Note": "ok"} for v in ("536-22-8726", "412-33-9081", "231-45-6790",
                                                                     "387-12-4455", "536228799")])
    assert [r["Code"] for r in out] == ["<US_SSN>"] * 5
    orders = ["53622879", "41233908", "23145679", "38712445", "53622871"]
    out, _ = gate.scrub_records([{"Code": v, "Note": "ok"} for v in orders])
    assert [r["Code"] for r in out] == orders


def _csv(path, header, rows):
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(header)
        w.writerows(rows)
    return path


HEADER = ["Nom complet", "Reisepass-Nr.", "Führerschein", "Documento", "username", "Bemerkung"]
ROWS = [["DUBOIS, Amélie", "C4J0R2T78", "B072XK19934", "Z8841007Q", "amelie_d81", "Lieferung kam zu spät."],
        ["Kwame Mensah", "C9H1R0T52", "F118ZZ20071", "55-XR-90321-B", "kmensah.gh", "Alles gut, danke."],
        ["Okafor, Chidi", "CF2L99T41", "N420AB73319", "X7720114C", "chidi_o_1990", "Bitte Rückruf."]]
VALUES = [v for r in ROWS for v in r[:5]]


def test_a_csv_with_labelled_columns_leaves_nothing_and_a_value_left_there_fails(tmp_path):
    pol = load_policy("default").policy.pii
    src = _csv(tmp_path / "in.csv", HEADER, ROWS)
    res = PiiGate(pol).check(src, tmp_path / "out.csv")
    copy = (tmp_path / "out.csv").read_text(encoding="utf-8")
    assert res.verdict == "pass", res.reasons
    assert [v for v in VALUES if v in copy or v.split(",")[0] in copy] == []
    assert "Lieferung kam zu spät." in copy and "Alles gut, danke." in copy  # the notes are kept
    # a detector that finds nothing: every labelled value is left, and the re-scan fails the gate on them
    blind = PiiGate(pol)
    blind.scrubber.detect_many = lambda texts: [[] for _ in texts]
    res = blind.check(src, tmp_path / "out2.csv")
    assert res.verdict == "fail" and not (tmp_path / "out2.csv").exists()
    kinds = {r["entity"] for r in res.evidence["residual_positions"] if r["why"] == "independent"}
    assert {"DE_PASSPORT", "DE_FUEHRERSCHEIN", "USER_HANDLE"} <= kinds  # (the name cells: the column rule took them)
    blob = res.evidence.model_dump_json() + json.dumps(res.reasons, ensure_ascii=False)
    assert not [v for v in VALUES if v in blob]


def test_a_german_passport_number_of_letters_only_under_its_label():
    """The Bundesdruckerei's alphabet has no vowels: nine of its letters under "Passnummer" are the number,
    while an ordinary word under the label ("VERLOREN") is not."""
    from governed_tuning.gates.pii.idlabels import labelled_ids

    text = "Please verify my Passnummer JPCYWCZKF."
    assert [(f.entity, text[f.start:f.end]) for f in labelled_ids(text)] == [("DE_PASSPORT", "JPCYWCZKF")]
    assert labelled_ids("Reisepass: VERLOREN") == [] and labelled_ids("passport: ABCDEFGHJ") == []
