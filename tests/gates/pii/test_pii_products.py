"""Product codes and shop references are not national identifiers; form labels are not names; ages and dates of
birth under a JSON key are found."""

from __future__ import annotations

import pytest

from governed_tuning.gates.pii import fields as pf
from governed_tuning.gates.pii.identifiers import identifiers
from governed_tuning.gates.pii.products import product_code
from governed_tuning.gates.pii.recognizers import _is_common, numbers


def kinds(text: str, level: str = "distinctive") -> set[str]:
    return {f.entity for f in identifiers(text, None, level) + numbers(text)}


# 4006381333931 is a valid EAN-13 that also passes the Thai national id's check and Luhn; 4943590253554 too
@pytest.mark.parametrize("text", [
    "EAN: 4943590253554", "SKU TB-2301-A (EAN 4943590253554) moves to the sale", "barcode 4943590253554",
    "Ref. 4943590253554.", "Artikelnummer 4943590253554", "código de barras: 4943590253554"])
def test_an_ean_is_no_national_id_nor_card(text):
    assert kinds(text) == set()


def test_an_ean_shaped_value_beside_an_identifier_label_stays_an_identifier():
    assert "TH_TNIN" in kinds("Thai ID 4943590253554")
    assert "TH_TNIN" in kinds("เลขบัตรประชาชน 4943590253554")
    # grouped as the identifier writes it: never a barcode, label or not
    assert "TH_TNIN" in kinds("Details: 4-9435-90253-55-4 on file")


def test_only_a_valid_ean_is_a_product_code():
    text = "Ref. 4943590253555."  # check digit broken: not an EAN
    assert not product_code(text, 5, 18, labelled=False)
    assert product_code("Ref. 4943590253554.", 5, 18, labelled=False)
    assert not product_code("Thai ID 4943590253554", 8, 21, labelled=True)


@pytest.mark.parametrize("text", [
    "Question about order 435366372", "Frage zur Bestellung 376768438", "Dotaz k objednávce 496590073",
    "Ερώτηση για την παραγγελία 852439379", "bestillingen min 170846131 har ikke kommet", "mi pedido 248937855",
    "Order number 123456789", "Dúvida sobre a encomenda 667698295"])
def test_an_order_number_is_no_national_id(text):
    assert identifiers(text, None, "distinctive") == []  # (a weak phone finding there is dropped by the engine)


def test_a_labelled_identifier_after_an_order_word_is_still_found():
    assert "NL_BSN" in kinds("order 5521: mijn BSN is 111222333")
    assert "AU_TFN" in kinds("TFN 123456782")


def test_a_bare_ssn_is_taken_only_when_the_policy_takes_all_unlabelled_ids():
    text = "Spoke with the client. Ref. 536221394."
    assert "US_SSN" not in kinds(text, "distinctive")
    assert "US_SSN" in kinds(text, "all")
    assert "US_SSN" not in kinds("Ref. 666221394.", "all")  # area 666 is never issued
    assert "US_SSN" in kinds("SSN 536-22-1394")  # labelled or 3-2-4: always


@pytest.mark.parametrize("word", ["City", "Ciudad", "Woonplaats", "Naam", "Nombre", "Localitate", "ФИО", "Πόλη"])
def test_form_labels_are_not_names(word):
    assert _is_common(word)


def test_ages_and_birth_dates_under_json_keys():
    rec = {"age": 45, "user_age": "45", "page": 3, "Geburtsdatum": "14.03.1987", "usage": 5, "fecha_nacimiento": "1987-03-14"}
    got = {s.path: s for s in pf.slots(rec) if s.kind != "key"}
    assert ("age",) in got and got[("age",)].kind == "number"  # a small integer under an age key is read
    assert ("page",) not in got and ("usage",) not in got  # "age" inside another word is not an age key
    assert pf.detect_text(got[("age",)], "45") == ("age: 45", 5)
    assert pf.detect_text(got[("Geburtsdatum",)], "14.03.1987")[0] == "Geburtsdatum: 14.03.1987"
    assert pf.detect_text(got[("fecha_nacimiento",)], "1987-03-14")[0] == "fecha nacimiento: 1987-03-14"
