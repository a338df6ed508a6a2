"""clean14 (issue 11: "the default policy passes on ordinary data"): amounts, Unix times and order numbers that
their label makes what they are, an identifier's label that is no code's letters, a caption that is no one, a
product under a bare "name", Hausa "shekaru" as the unit of a duration; each rule with the real identifier, phone,
name or age in context that must still be taken."""

from __future__ import annotations

import pytest

from governed_tuning.gates.pii import fields as pf
from governed_tuning.gates.pii.ages import ages
from governed_tuning.gates.pii.identifiers import identifiers
from governed_tuning.gates.pii.measures import measured
from governed_tuning.gates.pii.recognizers import numbers

pytestmark = pytest.mark.usefixtures("pii_test_key")


def scrub(gate, record: dict) -> dict:
    (out,), _ = gate.scrub_records([record])
    return out


def taken(text: str) -> set[str]:
    """Every number the phone/card and identifier recognizers take in ``text`` (score at the default threshold)."""
    return {text[f.start:f.end] for f in numbers(text) + identifiers(text) if f.score >= 0.4}


# ---------------------------------------------------------------- a number after a word of quantity or time


@pytest.mark.parametrize("before", ["amount ", "price cents ", "total: ", "Betrag: ", "montant = ", "| amount_cents | ",
                                    "created at ", "createdAt: ", "ts ", "timestamp: ", "updated at ", "ts ms ",
                                    "duration ms=", "tutar: ", "сумма: "])
def test_a_word_of_quantity_or_time_before_a_number(before):
    assert measured(before, len(before))


@pytest.mark.parametrize("before", ["call me any time ", "my account ", "phone: ", "Sales in ", "amountx ", "BSN ",
                                    "tel ", "the count of Monte Cristo and "])
def test_other_words_before_a_number_measure_nothing(before):
    assert not measured(before, len(before))


@pytest.mark.parametrize("text", ["created at 1550012758 shipped today", "ts 1769400241", "(updated at 1737842354951)",
                                  "amount cents 868683132 shipped today", "price cents 933464180",
                                  "| Madrid | price_cents | 679341249 |", "| Accra | order_id | 570219386055 |",
                                  "| Accra | tracking_number | 8364779708152817 |",
                                  "Sifariş nömrəsi 4471923", "Sifariş nömrəsi: 4471923 çatdırıldı"])
def test_clean_amounts_times_and_orders_are_no_phone_nor_id(text):
    assert taken(text) == set()


@pytest.mark.parametrize("text, value", [("phone: 2025550143", "2025550143"), ("call me on 2025550143", "2025550143"),
                                         ("BSN 111222333", "111222333"), ("Mijn BSN is 111222333", "111222333"),
                                         ("amount 20, call +1 202 555 0143", "+1 202 555 0143"),
                                         ("Telefon: 0301 234567", "0301 234567")])
def test_a_phone_or_an_id_beside_its_own_label_is_still_taken(text, value):
    assert value in taken(text)


def test_a_number_string_under_a_quantity_key_is_read_after_its_key():
    slot = pf.Slot("text", "created_at", ("created_at",), "created_at")
    assert pf.detect_text(slot, "1644551069") == ("created at: 1644551069", 12)
    phone = pf.Slot("text", "phone", ("phone",), "phone")
    assert pf.detect_text(phone, "2025550143")[1] > 0  # (as before: a phone key labels its value)
    words = pf.Slot("text", "total", ("total",), "total")
    assert pf.detect_text(words, "see note") == ("see note", 0)  # only a number is read after a quantity's key


def test_the_gate_keeps_json_amounts_and_times_and_takes_the_phone_beside_them(gate):
    clean = [{"city": "Hanoi", "created_at": "1644551069"}, {"city": "Lima", "price_cents": "547167362"},
             {"city": "Lima", "createdAt": "1612823680"}, {"city": "Lima", "order": 330299586259}]
    for rec in clean:
        assert scrub(gate, rec) == rec
    out = scrub(gate, {"phone": "2025550143", "amount": "12", "created_at": "1644551069"})
    assert out["phone"] != "2025550143" and out["amount"] == "12" and out["created_at"] == "1644551069"


# ---------------------------------------------------------------- an identifier's label is no code's letters


def test_an_atin_after_its_label_is_an_atin_not_a_mexican_rfc():
    text = "ATIN 900-93-0000"
    found = [(text[f.start:f.end], f.entity) for f in identifiers(text) if f.score >= 0.4]
    assert found and all(v == "900-93-0000" and k == "US_ATIN" for v, k in found)


@pytest.mark.parametrize("text, value", [("RFC GODE 561231 GR8", "GODE 561231 GR8"),
                                         ("my rfc is GODE561231GR8", "GODE561231GR8")])
def test_a_mexican_rfc_in_its_groups_is_still_one(text, value):
    assert any(text[f.start:f.end] == value and f.entity == "MX_RFC" for f in identifiers(text))


# ---------------------------------------------------------------- captions and products are no people


def test_a_caption_of_ordinary_words_is_no_person_and_a_name_there_still_is(gate):
    for rec in ({"label": "Summer Sale", "aka": ["n/a"]}, {"title": "Garden Party Invitation"}):
        assert scrub(gate, rec) == rec
    assert scrub(gate, {"label": "Maria Lopez"})["label"] != "Maria Lopez"


def test_a_product_under_a_bare_name_is_no_person_and_a_common_name_there_still_is(gate):
    for rec in ({"name": "Lamp", "price": 19.99}, {"name": "Paper Tray", "price": 4.5}):
        assert scrub(gate, rec) == rec
    for name in ("Rosa", "John Smith"):
        assert scrub(gate, {"name": name, "price": 4.5})["name"] != name


# ---------------------------------------------------------------- Hausa "shekaru": years, an age only as a label


def test_hausa_years_ago_is_no_age_and_the_label_still_is():
    assert ages("shekaru 5 da suka wuce mun fara aikin") == []
    for text, n in (("Shekaru: 80", "80"), ("shekaruna 29", "29"), ("Suna: Musa\nShekaru: 45\nGari: Kano", "45")):
        assert [text[f.start:f.end] for f in ages(text)] == [n]


# ---------------------------------------------------------------- a shelf's unit, a firm's region, a department


def test_a_unit_in_a_text_tables_cell_is_no_address_and_a_homes_unit_still_is():
    from governed_tuning.gates.pii.recognizers import addresses

    assert addresses("item | colour | shelf\nchair | red | Unit 5\ntable | blue | shelf 3") == []
    for text, unit in (("Jane Doe\nUnit 5\n12 Baker Street\nLondon", "Unit 5"),
                       ("name | address\nJane | Unit 5, 12 Baker Street", "Unit 5"),
                       ("Apt 4\n221B Baker Street", "Apt 4")):
        assert unit in {text[f.start:f.end] for f in addresses(text)}


def test_a_compass_word_before_a_firms_area_is_no_place_and_a_countrys_region_still_is():
    from governed_tuning.gates.pii.places import plausible_place

    text = "the district manager called about the Central region sales figures"
    s = text.index("Central")
    assert not plausible_place(text, s, s + len("Central"))
    for text in ("She moved to the Central region of Ghana.", "He lives in the Central region, near Cape Coast."):
        s = text.index("Central")
        assert plausible_place(text, s, s + len("Central"))


def test_a_department_under_a_regions_label_is_no_place_and_a_unit_still_is():
    from governed_tuning.gates.pii.places import _labelled

    def found(text):
        return [text[f.start:f.end] for f in _labelled(text) if f.entity == "LOCATION"]

    assert found("region: Sales") == [] and found("district: Support") == []
    for text, value in (("region: Central", "Central"), ("region: Bavaria", "Bavaria"), ("state: Lagos", "Lagos"),
                        ("county: Nakuru", "Nakuru"), ("region: Volta", "Volta"), ("region: Centre", "Centre")):
        assert found(text) == [value]


# ---------------------------------------------------------------- Azerbaijani function words (spaCy's list)


def test_azerbaijani_function_words_are_known_and_a_name_in_azerbaijani_is_still_taken(gate):
    from governed_tuning.gates.pii.languages import function_word, guess

    assert "az" in guess("Burada bir digər almaq böyük kiçik yüngül nöqtə hissə bir quyu port.")
    assert function_word("bir", frozenset({"az"})) and function_word("hər", frozenset({"az"}))
    out = scrub(gate, {"text": "Salam, mənim adım Aysel Məmmədova, sifarişim gecikir."})
    assert "Aysel" not in out["text"] and "Məmmədova" not in out["text"]


def test_the_rescan_reads_a_machine_time_and_a_size_as_the_scrub_does(gate, tmp_path):
    """The re-scan's independent pass ("at" before a phone, a checksum with no shop's word) keeps a Unix time
    after "created at" and a size after "bytes", as the scrub kept them: no false block (pii_clean14: 6 of 24
    clean files failed so before this)."""
    src = tmp_path / "p.csv"
    src.write_text("txn_status,created_at,bytes\nsettled,1612823680,3349157110\npending,1644551069,1029384756\n",
                   encoding="utf-8")
    res = gate.check(src, tmp_path / "out.csv")
    assert res.verdict == "pass", res.reasons
    assert not measured("reach me at ", len("reach me at "))
