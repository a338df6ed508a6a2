"""Units of an administration (states, provinces, districts, departments, oblasts, LGAs, 省/県) in the shapes users
store them: under a label or a column ("state: Maharashtra", "department | Tolima"), beside their level's word
("Cundinamarca department", "Salyan rayonu", "distrito de Miraflores"), a note's "Label - value" line, two units
of one hierarchy on a line ("Tondela - Porto"), Han/kana units with their level's character; each both ways (an
ordinary word in the same place is kept), and the re-scan's independent pass reading the same shapes."""

from __future__ import annotations

import csv

import pytest

from governed_tuning.gates.pii.adminlevels import admin_label, cjk_units, level_spans, ordinary_word, unit_name
from governed_tuning.gates.pii.places import places


def _found(text):
    return {text[f.start:f.end] for f in places(text) if f.entity in ("LOCATION", "STREET_ADDRESS")}


@pytest.mark.parametrize("text, place", [
    ("state: Maharashtra", "Maharashtra"),  # an English dictionary's proper noun, no town of GeoNames
    ("Land: Sachsen", "Sachsen"),
    ("oblast: Ростовская", "Ростовская"),
    ("department: Tolima", "Tolima"),  # a firm's word too: a name no English word
    ("LGA: Ikorodu", "Ikorodu"),
    ('{"province": "台湾省"}', "台湾省"),
    ("district: 孝南", "孝南"),
    ("Location - Tenali, Telangana", "Tenali, Telangana"),  # a note's dash
    ("所在地: 広島県", "広島県"),
])
def test_a_unit_under_its_label_is_found(text, place):
    assert place in _found(text)


@pytest.mark.parametrize("text", [
    "department: Sales", "department: Procurement", "ward: Maternity", "state: Pending", "state: Active",
    "region: EMEA", "district: 未知", "Status - open", "division: Engineering",
])
def test_an_ordinary_value_under_a_level_label_is_kept(text):
    assert not _found(text), text


def test_a_unit_column_of_a_text_table_is_found():
    text = "name | email | district | state\nAsha Rao | a@x.org | Gudivada | Maharashtra\nLi Wei | l@x.org | 孝南 | 台湾省"
    assert {"Gudivada", "Maharashtra", "孝南", "台湾省"} <= _found(text)
    clean = "item | colour | department\nchair | red | Sales\ntable | blue | Marketing"
    assert not _found(clean)


@pytest.mark.parametrize("text, unit", [
    ("moved to Anzoátegui, Boyacá department in May", "Boyacá"),
    ("she lives in Salyan rayonu", "Salyan"),
    ("the Karaikudi district office", "Karaikudi"),
    ("vive en el distrito de Miraflores", "Miraflores"),
    ("asked to deliver to Якша town office", "Якша"),
    ("Maharashtra state", "Maharashtra"),
])
def test_a_unit_beside_its_level_word_is_found(text, unit):
    assert unit in _found(text)


@pytest.mark.parametrize("text", [
    "the Sales department called", "Central region figures", "the Maternity ward is full", "Northern Province",
    "the Procurement department", "Premier division", "the district manager",
])
def test_ordinary_words_beside_a_level_word_are_kept(text):
    assert not {text[a:b] for a, b in level_spans(text)}, text


@pytest.mark.parametrize("text, names", [
    ("Tondela - Porto", {"Tondela", "Porto"}),
    ("所野 - 茨城県", {"所野", "茨城県"}),
])
def test_two_units_of_one_hierarchy_on_a_line(text, names):
    assert names <= _found(text)


@pytest.mark.parametrize("text", ["Monday - Friday", "Sales - Marketing", "done - ok", "Red, Blue"])
def test_a_pair_of_ordinary_words_is_no_hierarchy(text):
    assert not _found(text), text


def test_han_units_with_their_level_character():
    assert [("我住在广东省深圳市"[a:b]) for a, b in cjk_units("我住在广东省深圳市")] == ["广东省"]
    assert cjk_units("我住在城市。") == [] and cjk_units("中国政府") == [] and cjk_units("我很反省") == []
    assert "孝南" in _found("Sarah lives in 孝南 now")


def test_words_and_labels():
    assert admin_label("home_district") == "admin" and admin_label("Department") == "strict"
    assert admin_label("status") == "" and admin_label("note") == ""
    assert ordinary_word("Sales") and ordinary_word("Central") and ordinary_word("HR")
    assert not ordinary_word("Maharashtra") and not ordinary_word("Tolima")
    assert unit_name("Sachsen-Anhalt") and not unit_name("Open") and not unit_name("12 Main")
    assert not unit_name("Procurement", strict=True) and unit_name("Tolima", strict=True)


def test_the_rescan_reads_a_unit_left_under_its_label_or_level():
    from governed_tuning.gates.pii.rescan_independent import labelled_fields, place_words

    text = "oblast: Ростовская\ndepartment: Tolima\nstate: Pending\ndepartment: Sales"
    got = {text[f.start:f.end] for f in labelled_fields(text) if f.entity == "LOCATION"}
    assert got == {"Ростовская", "Tolima"}
    line = "moved to Luckenwalde, Boyacá department in May; 所野 - 茨城県"
    assert {"Boyacá", "茨城県"} <= {line[f.start:f.end] for f in place_words(line)}
    assert not place_words("the Sales department and the Central region")


def test_a_remarks_column_of_a_csv_is_scrubbed_through_the_gate(review_gate, tmp_path):
    """The file as `scrub` reads it (the module's gate: the model loads once per module, as in the other files)."""
    src, dst = tmp_path / "people.csv", tmp_path / "out.csv"
    with src.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["id", "name", "email", "remarks"])
        w.writerow(["1", "Asha Rao", "asha@example.org", "moved to Gudivada, Maharashtra state in May"])
        w.writerow(["2", "Li Wei", "li@example.org", "Tondela - Porto"])
        w.writerow(["3", "Ana Ruiz", "ana@example.org", "the Sales department called"])
    review_gate.check(src, dst)
    out = dst.read_text(encoding="utf-8")
    for v in ("Maharashtra", "Tondela", "Asha Rao"):
        assert v not in out
    assert "the Sales department called" in out
