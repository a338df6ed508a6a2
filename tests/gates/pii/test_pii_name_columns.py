"""A column of names, and a JSON key path across records, is names in every cell: a cell in a script no name list
covers, or a lone name the detector misses, is scrubbed with its column or fails the re-scan; a catalogue's
column of things stays (benchmarks/pii_verdict9.py measures both ways on whole files)."""

from __future__ import annotations

import csv

import pytest

from governed_tuning.gates.pii.columns import column_finding, person_role_key
from governed_tuning.gates.pii.keypaths import PathVotes
from governed_tuning.gates.pii.recognizers import Finding

LATIN = ["Jonas Becker", "Dana White", "Ana Lima", "Wei Zhang", "Rose Baker", "Lars Nilsson", "Maria Rossi",
         "Piotr Nowak", "Emma Dubois", "Kofi Mensah"]
# names in scripts with no name list (Khmer, Lao, Burmese, Sinhala, Ethiopic), with a title before some
NO_LIST = ["ហេង ស្រីនាង", "M. ជា", "ນາງ ແກ້ວ", "မောင် မောင်", "අනුර කුමාර", "ጌታቸው ከበደ"]


@pytest.mark.parametrize("cell", NO_LIST + ["SEVER, Terezija", "dl. Karádi", "ana horvat", "Ян"])
def test_a_name_in_any_script_has_a_names_shape_in_a_column_of_names(cell):
    """The vowel signs and viramas of Khmer, Lao or Burmese are combining marks, not letters: the name's shape
    read every combining mark as part of a word, or a Khmer cell fell out of its column of names."""
    f = column_finding("PERSON", f" {cell} ")
    assert f is not None and (f.start, f.end) == (1, 1 + len(cell))


@pytest.mark.parametrize("cell", ["n/a", "NA", "unknown", "Customer Service", "-"])
def test_a_placeholder_in_a_column_of_names_is_no_name(cell):
    assert column_finding("PERSON", cell) is None


@pytest.mark.parametrize("key, person", [("contacts", True), ("customers", True), ("ticket_reporter", True),
                                         ("Kontakte", False), ("products", False), ("categories", False)])
def test_a_key_naming_people_in_the_plural_names_a_person(key, person):
    assert person_role_key(key) is person


def _whole(v: str) -> list[Finding]:
    return [Finding(0, len(v), "PERSON", 0.9, "t")]


def test_a_key_path_across_records_is_one_of_names_when_most_of_its_values_are_and_not_when_they_are_things():
    votes, later = PathVotes(), PathVotes()
    for i, n in enumerate(LATIN):
        (votes if i % 2 else later).add(("contacts", i % 3), n, _whole(n))
    votes.add(("contacts", 0), "ហេង ស្រីនាង", [])  # the detector read nothing in it
    votes.merge(later)  # counted in two batches: the same decision
    assert votes.people_path(("contacts", 7))
    things = PathVotes()
    for i, n in enumerate(["Victoria Kettle", "Oscar Sofa", "Lincoln Desk Lamp", "Aurora Rug", "Jasper Chair"]):
        things.add(("items", i, "name"), n, _whole(n) if i < 4 else [])  # products named like people
    assert not things.people_path(("items", 0, "name"))
    roles = PathVotes()
    for i in range(12):
        roles.add(("team", i), ["Dana", "Lars"][i % 2], _whole("Dana"))  # two values repeated: not varied
    assert not roles.people_path(("team", 0))


@pytest.mark.parametrize("key", ["customer", "c3"])
def test_a_cell_in_a_script_with_no_name_list_is_scrubbed_with_its_column_of_names(gate, key):
    """Under a key naming a person ("customer") the key's name takes each cell; under a key naming nothing
    ("c3") the column's other cells do, and the evidence counts those cells (cells_typed_by_column)."""
    records = [{"id": str(i), key: n, "product": ["Desk Lamp", "Kettle", "Rug"][i % 3]}
               for i, n in enumerate(LATIN + NO_LIST)]
    records += [{"id": "99", key: "", "product": "Rug"}, {"id": "98", key: "n/a", "product": "Rug"}]
    out, st = gate.scrub_records(records)
    text = str(out)
    assert not any(n in text for n in NO_LIST) and not any(n.split()[-1] in text for n in LATIN)
    assert [r["product"] for r in out] == [r["product"] for r in records]  # the catalogue column stays
    assert out[-2][key] == "" and out[-1][key] == "n/a"  # empty and placeholder cells stay
    if key == "c3":
        assert st["by_column"] >= len(NO_LIST)


def test_a_lone_name_under_a_json_key_path_of_names_is_scrubbed_with_the_path(gate):
    records = [{"contacts": [n] + ([NO_LIST[i]] if i < len(NO_LIST) else []), "text": "Order shipped."}
               for i, n in enumerate(LATIN)]
    records += [{"items": [{"name": p}], "text": "In stock."} for p in ("Oak Desk", "Desk Lamp", "Shelf 40L")]
    out, _ = gate.scrub_records(records)
    text = str(out)
    assert not any(n in text for n in NO_LIST) and not any(n.split()[-1] in text for n in LATIN)
    assert [r["items"][0]["name"] for r in out[-3:]] == ["Oak Desk", "Desk Lamp", "Shelf 40L"]


def test_the_rescan_fails_a_cell_of_a_column_of_names_left_whole_and_rescrubs_it_where_it_may(review_gate,
                                                                                              tmp_path):
    """Both ways: a name cell the scrub could not take by its shape ("ហេង ស្រីនាង (VIP)") is found by the
    re-scan as its column's and re-scrubbed; outside ``--fields`` it is reported and the gate fails."""
    src = tmp_path / "t.csv"
    rows = [{"customer": n, "note": "ok"} for n in LATIN] + [{"customer": "ហេង ស្រីនាង (VIP)", "note": "ok"}]
    with src.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=["customer", "note"])
        w.writeheader()
        w.writerows(rows)
    res = review_gate.check(src, tmp_path / "o.csv")  # repaired: a blind spot, reviewed (repairs.py)
    assert res.verdict == "review" and "ហេង" not in (tmp_path / "o.csv").read_text(encoding="utf-8")
    assert res.evidence.rescan.scrubbed_after_rescan_by_type.get("PERSON", 0) >= 1
    assert res.evidence.rescan.repaired_misses_by_why == {"column": 1}
    res = review_gate.check(src, tmp_path / "o2.csv", fields=["note"])
    assert res.verdict == "fail" and res.evidence.residual_by_reason.get("column", 0) >= 1
    assert not (tmp_path / "o2.csv").exists()


@pytest.mark.parametrize("key, value, person", [("contacts", "Javion", True), ("customer", "ហេង", True),
                                                ("customer", "ហេង ស្រីនាង", True), ("contact", "ສົມສັກ ພົມມະວົງ", True),
                                                ("patient", "ហេង ស្រីនាង", True), ("patient", "unknown", False),
                                                ("client", "Émile", True), ("customer", "Finance", False),
                                                ("owner", "Backend", False), ("from", "Berlin", False)])
def test_a_lone_name_under_a_key_naming_a_person_is_a_person(key, value, person):
    from governed_tuning.gates.pii.columns import person_cell

    assert (person_cell(key, value, []) is not None) is person


def test_a_list_of_things_or_places_is_never_a_path_of_names_and_its_items_names_stay(gate):
    """``{"items": [{"name": "Steel Vase"}]}`` was read as "items name: Steel Vase", a person's label (the plural
    key was not a thing's), and every product of a catalogue became a fake person."""
    from governed_tuning.gates.pii.columns import thing_label

    assert thing_label("items name") and thing_label("stores") and not thing_label("contacts name")
    votes = PathVotes()
    for i, t in enumerate(["Lake Toby", "East Marcus", "Port Leigh", "Roger", "Laurenview"]):
        votes.add(("stores", i), t, _whole(t), "stores")  # towns the detector read as people
    assert not votes.people_path(("stores", 0))
    records = [{"items": [{"name": p}], "stores": ["Gotha"]} for p in ("Steel Vase", "Linen Kettle", "Copper Lamp")]
    out, _ = gate.scrub_records(records)
    assert out == records


TOWNS = ["Kutno", "Jarosław", "Málaga", "Cádiz", "Polkowice", "Gotha", "Tübingen", "Vechta", "Halmstad",
         "Szczecinek", "Nowy Dwór Mazowiecki", "Abbekerk"]


def test_a_column_of_store_towns_is_kept_in_a_catalogue_and_scrubbed_beside_a_customer(gate):
    """Both ways: a catalogue's store towns name no one (``locations: with_person``): the column's LOCATION
    reading scrubbed all of them, and towns read as people ("Dwór Mazowiecki") made a clean catalogue's records
    identifying; beside a customer's name, the same towns are scrubbed."""
    clean = [{"sku": f"SKU-{i}", "product": ["Oak Desk", "Glass Mug", "Wool Chair"][i % 3], "store": t}
             for i, t in enumerate(TOWNS)]
    out, _ = gate.scrub_records(clean)
    assert out == clean
    people = [dict(r, customer=n) for r, n in zip(clean, LATIN + LATIN)]
    out, _ = gate.scrub_records(people)
    assert sum(r["store"] == p["store"] for r, p in zip(out, people)) <= 2


def test_a_town_left_whole_in_a_column_of_towns_beside_a_customer_is_found_and_scrubbed(review_gate, tmp_path):
    """A town no reader knows ("'t Zand") in a store column of towns, in a record naming a person, was left and
    the copy passed; and a Sinhala name written with a joiner ("ප්‍රනාන්දු") kept its last vowel sign beside
    its replacement."""
    assert column_finding("PERSON", "චමත් ප්\u200dරනාන්දු") is not None
    src = tmp_path / "c.csv"
    rows = [{"customer": n, "store": t} for n, t in zip(LATIN + LATIN, TOWNS)] + \
        [{"customer": "Dana Lee", "store": "'t Zand"}, {"customer": "චමත් ප්\u200dරනාන්දු", "store": "Alicante"}]
    with src.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=["customer", "store"])
        w.writeheader()
        w.writerows(rows)
    res = review_gate.check(src, tmp_path / "o.csv")  # repaired by the column: a blind spot, reviewed (repairs.py)
    text = (tmp_path / "o.csv").read_text(encoding="utf-8")
    assert res.evidence.rescan.repaired_misses_by_why.get("column", 0) >= 1
    assert res.verdict == "review" and "Zand" not in text and "Alicante" not in text and "\u0dd4" not in text
