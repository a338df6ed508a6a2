"""A table's column decides what an unread cell is: a column of many countries' identity numbers, a column of
towns with no header to name it; and neither a column of article numbers nor one of tags is taken for one
(benchmarks/pii_tables6.py measures both ways on whole files)."""

from __future__ import annotations

import pytest

from governed_tuning.gates.pii.columns import ColumnVotes, column_finding, town_cell
from governed_tuning.gates.pii.recognizers import Finding

TARGETED = frozenset({"ID_NUMBER", "US_SSN", "LOCATION", "PERSON"})


def _whole(v: str, kind: str) -> list[Finding]:
    return [Finding(0, len(v), kind, 0.9, "t")]


def test_a_column_of_many_countries_identity_numbers_takes_the_cell_the_detector_missed():
    votes = ColumnVotes()
    kinds = ["US_SSN", "PL_PESEL", "IT_FISCAL_CODE", "KR_RRN", "FR_NIR", "ES_NIF", "BR_CPF", "NL_BSN", "TR_NATIONAL_ID"]
    for i, k in enumerate(kinds):
        votes.add("national_id", f"{i}0000000{i}", _whole("x" * 10, k))
    votes.add("national_id", "HTF57CNTF", [])  # a German passport number: two digits, no label's family fits
    assert votes.kind_of("national_id") is None and votes.ids_column("national_id")
    kind = votes.column_kind("national_id", TARGETED)
    assert kind == "ID_NUMBER"
    f = column_finding(kind, " HTF57CNTF ", votes.ids_column("national_id"))
    assert f is not None and (f.start, f.end) == (1, 10)
    assert column_finding(kind, "Asked for a refund", True) is None and column_finding(kind, "12.50", True) is None
    # without a generic identity kind in the policy, the column's own most voted identifier kind
    assert votes.column_kind("national_id", frozenset({"US_SSN"})) == "US_SSN"


def test_a_column_of_article_numbers_that_pass_a_checksum_by_chance_is_not_one_of_identifiers():
    """Random nine-digit numbers pass one of the many nine-digit checksums about half of the time."""
    votes = ColumnVotes()
    for i in range(20):
        votes.add("Nummer", f"74640{i:04d}", _whole("x" * 9, "AU_ACN") if i % 2 else [])
    assert not votes.ids_column("Nummer") and votes.column_kind("Nummer", TARGETED) is None


def test_a_headerless_column_of_towns_is_one_of_places_and_takes_a_town_geonames_lacks():
    votes = ColumnVotes()
    towns = ["Halmstad", "г. Калязин", "TP. Hồ Chí Minh", "Illertissen", "川崎市高津区", "Szczecinek", "Poolebury",
             "Καρδίτσα", "Jüterbog", "수원시 장안구"]
    for t in towns:
        votes.add("column_3", t, [])
    assert sum(town_cell(t) for t in towns) >= 7 and not town_cell("Poolebury")
    assert votes.towns_column("column_3") and votes.column_kind("column_3", TARGETED) == "LOCATION"
    assert column_finding("LOCATION", "Poolebury") is not None and column_finding("LOCATION", "अखनूर") is not None


@pytest.mark.parametrize("cells", [
    ["Garden", "Orange", "Home", "Spring", "Valley", "Beach", "Tower", "Bridge"],  # towns somewhere, words here
    ["Paris", "Paris", "Lyon", "Paris", "Lyon", "Paris", "Lyon", "Paris", "Lyon", "Paris"],  # two categories
])
def test_a_column_of_tags_or_of_a_few_categories_is_not_one_of_towns(cells):
    votes = ColumnVotes()
    for c in cells:
        votes.add("tag", c, [])
    assert votes.column_kind("tag", TARGETED) is None


def test_a_column_of_people_stays_one_of_people_when_their_names_are_towns_too():
    votes = ColumnVotes()
    for n in ["Victoria", "Florence", "Austin", "Jackson", "Lincoln", "Sydney"]:
        votes.add("who", n, _whole(n, "PERSON"))
    assert votes.column_kind("who", TARGETED) == "PERSON"


@pytest.mark.parametrize("note, street", [("Moved to 한빛로 197.", True), ("새 주소: 은행나무로 117, 3층", True),
                                          ("택배로 2개 보냈어요.", False), ("서울로 3 시간 걸려요.", False),
                                          ("번호로 010-1234-5678 연락주세요", False)])
def test_a_korean_road_and_building_number_alone_is_an_address(note, street):
    from governed_tuning.gates.pii.streets import KO_STREET

    assert (KO_STREET.search(note) is not None) is street


@pytest.mark.parametrize("text, header", [
    # a headerless export of names, towns, e-mails and ages: no two long numbers in its first row
    ("Dana White;Lyon;dana@example.com;42\nJonas Becker;Berlin;jb@example.de;37\nAna Lima;Porto;al@example.pt;29\n",
     False),
    ("name;city;email;age\nDana White;Lyon;dana@example.com;42\nJonas Becker;Berlin;jb@example.de;37\n", True),
    # a header naming people by e-mail over counts (a pivot), and a table of words only, keep their header
    ("id,dana.white@example.com,note\n1,3,fine\n2,4,late\n3,0,ok\n", True),
    ("Artikel,Kategorie\nLampe,Garten\nTisch,Büro\n", True),
])
def test_a_csv_first_row_is_a_header_or_a_record_by_its_columns_below(tmp_path, text, header):
    from governed_tuning.data import read_table

    src = tmp_path / "in.csv"
    src.write_text(text, encoding="utf-8")
    t = read_table(src)
    assert t.header is header
    assert len(t.records) == text.count("\n") - header
    if not header:
        assert t.records[0]["column_1"] == "Dana White"


def test_a_json_document_in_a_cell_is_scrubbed_as_a_record_and_written_back_as_json(gate, tmp_path):
    """Read as text, '{"customer": {"name": "Ana Lima"}}' lost its keys: "Lima" was taken for a town and "Ana"
    left, the phone stored as a JSON number was a bare number. Decoded, the cell is read as the record it is;
    the copy's cell is JSON again, and a cell with nothing personal is written as it was, byte for byte."""
    import csv
    import json

    src, out = tmp_path / "in.csv", tmp_path / "out.csv"
    plain = '{"order":5521,"status":"shipped"}'
    with src.open("w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows([
            ["id", "payload"],
            ["1", json.dumps({"customer": {"name": "Ana Lima", "phone": 4155550132}, "note": "late"})],
            ["2", plain]])
    res = gate.check(src, out)
    assert res.passed, res.reasons
    with out.open(newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    doc = json.loads(rows[0]["payload"])
    assert "Ana" not in rows[0]["payload"] and "Lima" not in rows[0]["payload"]
    assert "4155550132" not in rows[0]["payload"] and doc["note"] == "late" and set(doc["customer"]) == {"name", "phone"}
    assert rows[1]["payload"] == plain


def test_a_headerless_column_of_products_named_like_people_is_one_of_things():
    """A headerless inventory's first column ("Aurora Rug", "Victoria Kettle") was typed as a column of
    people and every product became a surrogate person; a headerless column of people stays one of people."""
    from governed_tuning.gates.pii.columns import unnamed

    votes = ColumnVotes()
    for v in ["Aurora Rug", "Victoria Kettle", "Oscar Sofa", "Lincoln Desk", "Luna Mirror", "Camden Chair"]:
        votes.add("column_1", v, [Finding(0, v.index(" "), "PERSON", 0.9, "t")])
    for v in ["Dana White", "Jonas Becker", "Rose Baker", "Wei Zhang", "Mark Stone", "Ana Lima"]:
        votes.add("column_2", v, _whole(v, "PERSON"))
    assert votes.of_things("column_1") and not votes.of_things("column_2")
    assert unnamed("column_12") and unnamed("Unnamed: 3") and unnamed("c4") and not unnamed("customer")


def test_a_column_with_no_name_is_typed_by_a_quarter_of_its_cells():
    """A headerless file's passport column: 15 of 48 cells were found as passports, the rest (with no context)
    were left. A column with no name is typed at a quarter; one with a name still needs most of its cells."""
    votes = ColumnVotes()
    for i in range(12):
        for col in ("column_6", "ref"):
            votes.add(col, f"X{i:08d}", _whole("x" * 9, "US_PASSPORT") if i < 4 else [])
    assert votes.column_kind("column_6", frozenset({"US_PASSPORT"})) == "US_PASSPORT"
    assert votes.column_kind("ref", frozenset({"US_PASSPORT"})) is None


@pytest.mark.parametrize("record, kind", [
    ({"jane dot doe at gmail dot com": {"visits": 3}}, "EMAIL_ADDRESS"),  # a key, spelled out
    ({"contact": "ｊａｎｅ．ｄｏｅ＠ｇｍａｉｌ．ｃｏｍ"}, "EMAIL_ADDRESS"),  # fullwidth
    ({"column_3": "jane\u200b.doe@gm\u200bail.com"}, "EMAIL_ADDRESS"),  # zero-width characters, no header
    ({"column_2": "415·555·0132"}, "PHONE_NUMBER"),  # middle dots, no header
])
def test_obfuscated_contacts_are_found_in_keys_and_cells(gate, record, kind):
    from governed_tuning.gates.pii.passes import detect_batch

    found, _ = detect_batch(gate, [record])
    assert any(f.entity == kind for slot in found[0] for f in slot)


def test_a_products_name_under_a_product_key_is_no_person_but_a_person_there_stays_one(gate):
    from governed_tuning.gates.pii.passes import detect_batch

    found, _ = detect_batch(gate, [{"product": {"name": "Luna Mirror"}}, {"product": {"name": "Dana White"}}])
    assert not any(f.entity == "PERSON" for slot in found[0] for f in slot)
    assert any(f.entity == "PERSON" for slot in found[1] for f in slot)


def test_a_column_of_streets_takes_a_street_in_any_script_whole():
    assert column_finding("STREET_ADDRESS", "289 山本 Street") is not None
    assert column_finding("STREET_ADDRESS", "Ακροποταμιάς 57-31") is not None
    assert column_finding("STREET_ADDRESS", "n/a") is None and column_finding("STREET_ADDRESS", "12") is None


def test_a_column_of_integers_with_no_name_is_one_of_phones_when_many_are_international_phones():
    """A Parquet int64 column 'c2' of phones: 13 of 28 are international numbers without their '+' and were
    scrubbed; the 15 national ones (no country code) were left. Random 11-digit ids are phones a fifth of the
    time, so the bar is 40%; an integer under a named key is still read only by its key."""
    from governed_tuning.gates.pii import fields as pf

    votes = ColumnVotes()
    key = pf.NUMBER_COLUMN.format("c2")
    for i in range(10):
        votes.add(key, str(4915112345600 + i), _whole("x" * 13, "PHONE_NUMBER") if i < 4 else [])
    assert votes.phones_column(key)
    thin = ColumnVotes()
    for i in range(10):
        thin.add(key, str(4915112345600 + i), _whole("x" * 13, "PHONE_NUMBER") if i < 2 else [])
    assert not thin.phones_column(key)
    assert [s.path for s in pf.slots({"c2": 2995735920, "qty": 2995735920}, None) if s.kind == "number"] == [("c2",)]
