"""Identifiers as people write them (issue 11, part 3): IBANs in any grouping, numbers typed in lower case, the
personal tax numbers python-stdnum validates, and the shop, book and barcode numbers that must stay.

Values are python-stdnum's (``is_valid`` checked here, never a hand-written checksum)."""

from __future__ import annotations

import pytest
from stdnum import ean, iban

from governed_tuning.gates.pii.identifiers import identifiers
from governed_tuning.gates.pii.idlabels import labelled_ids
from governed_tuning.gates.pii.recognizers import ibans, numbers


def _kinds(text: str) -> dict[str, str]:
    """Each span found and the kind the best-scored reading names (as the engine resolves overlaps)."""
    found = sorted(identifiers(text) + labelled_ids(text) + ibans(text) + numbers(text), key=lambda f: f.score)
    return {text[f.start:f.end]: f.entity for f in found}


@pytest.mark.parametrize("text,value", [
    ("Konto (IBAN) DE7 836 223 246 153 209 797 1 bitte", "DE7 836 223 246 153 209 797 1"),
    ("IBAN PL240 91592 61737 51039 60226 923 please", "PL240 91592 61737 51039 60226 923"),
    ("my iban is gl75 7132 2220 7349 84", "gl75 7132 2220 7349 84"),
])
def test_an_iban_is_found_in_any_grouping(text, value):
    assert iban.is_valid(value.replace(" ", ""))
    assert _kinds(text).get(value) == "IBAN_CODE"


def test_digits_after_a_country_like_word_are_no_iban_without_the_registrys_format():
    # "is" is Iceland's code and the 16 digits pass no IBAN format of Iceland: a card, not an account
    assert "IBAN_CODE" not in _kinds("my card is 4111 1111 1111 1111").values()


@pytest.mark.parametrize("text,value,kind", [
    ("número de DNI 53083929k (typed from the card)", "53083929k", "ES_NIF"),
    ("PAN acupa7092r as on the card", "acupa7092r", "IN_PAN"),
    ("CURP boxw580514hnerxn81 please", "boxw580514hnerxn81", "MX_CURP"),
    ("passport no. l2736314 (typed from the card)", "l2736314", "IN_PASSPORT"),
])
def test_a_number_typed_in_lower_case_is_found_beside_its_label(text, value, kind):
    assert _kinds(text).get(value) == kind


def test_a_lower_case_code_without_a_label_is_left():
    assert _kinds("see the file 53083929k.txt and acupa7092r") == {}


@pytest.mark.parametrize("text,value,kind", [
    ("RFC: GODE561216GR1", "GODE561216GR1", "MX_RFC"),
    ("Unique Taxpayer Reference 1955839661, thanks", "1955839661", "UK_UTR"),
    ("IRD no.: 49-098-576", "49-098-576", "NZ_IRD"),
    ("NIF: 581560833", "581560833", "PT_NIF"),
    ("numéro fiscal 0024227600068", "0024227600068", "FR_NIF"),
    ("veronumero: 123456789123", "123456789123", "FI_TAX_NUMBER"),
    ("cédula única de identidad: 10117410", "10117410", "PE_CUI"),
    ("Ellie McDowell — 6933895IH, please call back.", "6933895IH", "IE_PPS"),
    ("David Frey — 7569217076985, please call back.", "7569217076985", "CH_AHV"),
])
def test_personal_numbers_python_stdnum_validates(text, value, kind):
    assert _kinds(text).get(value) == kind


def test_tax_numbers_without_a_check_or_label_are_left():
    # ten digits pass the UTR check one time in eleven: without its label it is no one's tax reference
    assert "UK_UTR" not in _kinds("Josh - 1955839661 - the blender broke").values()


@pytest.mark.parametrize("text", [
    "Re: invoice no. INV-2026-51055 — the item arrived damaged",
    "Hello, my ISBN is 9780516108452 and the parcel has not arrived yet.",
    "Hello, my order # is B03601483 and the parcel has not arrived yet.",
    "Re: Vorgangsnummer W2153150 — the item arrived damaged",
    "978-80-458-1562-9",
    "Hello, my numer faktury is 2967248216 and the parcel has not arrived yet.",
    "Re: numéro de dossier SAV 594-9997715-5046223 — what now?",
    "Hello, my 注文番号 is B864567969414 and the parcel has not arrived yet.",
])
def test_shop_book_and_case_numbers_are_no_personal_identifiers(text):
    assert _kinds(text) == {}


def test_a_bare_ean13_is_no_card_but_a_card_is():
    code = "433577943211" + ean.calc_check_digit("433577943211")
    assert _kinds(code) == {}
    assert _kinds("card 4111 1111 1111 1111") == {"4111 1111 1111 1111": "CREDIT_CARD"}


@pytest.mark.parametrize("text,value,kind", [
    ("Patient-ID 1234567", "1234567", "MEDICAL_RECORD_NUMBER"),
    ("Krankenhausnummer 4567890", "4567890", "MEDICAL_RECORD_NUMBER"),
    ("n° de dossier médical 1234567", "1234567", "MEDICAL_RECORD_NUMBER"),
    ("Número de paciente 7712345", "7712345", "MEDICAL_RECORD_NUMBER"),
    ("potilasnumero 1234567", "1234567", "MEDICAL_RECORD_NUMBER"),
    ("DL: S530-460-88-215-0", "S530-460-88-215-0", "US_DRIVER_LICENSE"),
    ("n° de permis: 48UW63841986", "48UW63841986", "US_DRIVER_LICENSE"),
])
def test_labels_of_records_and_licences_in_more_words(text, value, kind):
    assert _kinds(text).get(value) == kind


@pytest.mark.parametrize("text", ["dl: 250ml", "add 1 dl 250ml of milk", "Re: numéro de dossier SAV 39856822"])
def test_a_quantity_or_an_after_sales_file_is_no_identifier(text):
    assert _kinds(text) == {}


def test_the_independent_re_scan_reads_no_phone_in_an_invoice_or_tracking_number():
    from governed_tuning.gates.pii.rescan_independent import obfuscated_contacts

    for text in ("número de factura: 939143155", "Re: numero fattura INV-2026-31568 — what now?",
                 "número de seguimiento: RR444424259NL"):
        assert [f for f in obfuscated_contacts(text) if f.entity == "PHONE_NUMBER"] == [], text
    phone = "mi número de teléfono es 612 345 678"
    assert [phone[f.start:f.end] for f in obfuscated_contacts(phone)] == ["612 345 678"]


def test_a_postcode_then_a_phone_on_the_next_line_are_two_numbers():
    text = "Portugal 30971\n21 253 109 8211-Office"
    assert _kinds(text) == {"21 253 109 8211": "PHONE_NUMBER"}


@pytest.mark.parametrize("text,value,kind", [
    ("NINO: ab123456c", "ab123456c", "UK_NINO"),
    ("NIE x-1234567-l", "x-1234567-l", "ES_NIE"),
    ("IBAN DE89-3704-0044-0532-0130-00", "DE89-3704-0044-0532-0130-00", "IBAN_CODE"),
    ("IBAN DE89.3704.0044.0532.0130.00 bitte", "DE89.3704.0044.0532.0130.00", "IBAN_CODE"),
])
def test_lower_case_with_dashes_and_ibans_with_dashes_or_dots(text, value, kind):
    assert _kinds(text).get(value) == kind
