"""Where a finding ends: an address must not swallow the sentence and the birth date after it, a date of birth
is never widened to the text before it, "<date> via <carrier>" is no street, and a reference number does not
take the day of the date after it. Each both ways: the look-alike stays, the real value is still found."""

from __future__ import annotations

from governed_tuning.gates.pii.engine import resolve
from governed_tuning.gates.pii.places import places
from governed_tuning.gates.pii.recognizers import Finding, addresses, numbers


def _values(findings, text, kind):
    return sorted({text[f.start:f.end] for f in findings if f.entity == kind})


def test_labelled_address_stops_at_the_sentence_and_the_birth_clause():
    for text in ("Neue Adresse: Zobelplatz 1-6, 91573 Sondershausen. Ich bin geboren am 24. September 1963.",
                 "Neue Adresse: Zobelplatz 1-6, 91573 Sondershausen, geboren am 24. September 1963"):
        found = places(text) + addresses(text)
        assert _values(found, text, "STREET_ADDRESS")[-1] == "Zobelplatz 1-6, 91573 Sondershausen"
    # an abbreviated street word keeps its full stop and what follows it
    text = "Address: Hauptstr. 5, 10115 Berlin"
    assert "Hauptstr. 5, 10115 Berlin" in _values(places(text), text, "STREET_ADDRESS")


def test_a_birth_date_is_never_widened_to_the_text_before_it():
    text = "Adresse: Zobelplatz 1-6, 91573 Sondershausen. Ich bin geboren am 24. September 1963"
    dob = text.index("24. September")
    out = resolve([Finding(9, len(text), "STREET_ADDRESS", 0.8, "address_label_kv"),
                   Finding(dob, len(text), "DATE_OF_BIRTH", 0.9, "dob_context")])
    assert [(text[f.start:f.end], f.entity) for f in out] == [
        (text[9:dob], "STREET_ADDRESS"), ("24. September 1963", "DATE_OF_BIRTH")]
    # findings of one kind, or a birth date first, still merge into their union
    out = resolve([Finding(0, 10, "DATE_OF_BIRTH", 0.9, "a"), Finding(5, 20, "STREET_ADDRESS", 0.8, "b")])
    assert [(f.start, f.end, f.entity) for f in out] == [(0, 20, "DATE_OF_BIRTH")]


def test_via_a_carrier_after_a_date_is_no_street():
    text = "Shipped February 24, 2024 via DHL, tracking 808145."
    assert _values(addresses(text), text, "STREET_ADDRESS") == []
    for text, street in (("Sono a 12 Via Roma, Milano", "12 Via Roma, Milano"),
                         ("Scrivimi a Via Roma 12, Milano", "Via Roma 12, Milano"),
                         ("J'habite 8 rue Victor Hugo", "8 rue Victor Hugo")):
        assert street in _values(addresses(text), text, "STREET_ADDRESS")


def test_an_order_number_is_no_phone_nor_takes_the_dates_day():
    for text in ("ऑर्डर नंबर 847392 15 मार्च 2024 को दिया गया था।", "ऑर्डर संख्या 4471923 दिनांक 12/03/2024 को भेजा गया।"):
        assert _values(numbers(text), text, "PHONE_NUMBER") == []
    for text, phone in (("Call me on 030 1234 5678 15 March 2024", "030 1234 5678"),
                        ("ऑर्डर संख्या 4471923, मेरा मोबाइल 98765 43210 है", "98765 43210")):
        assert _values(numbers(text), text, "PHONE_NUMBER") == [phone]


def test_an_address_ends_after_the_town_when_a_sentence_runs_on():
    for text, street in (
            ("Neue Adresse: Segebahnstr. 98/67, 60624 Griesbach Rottal Sie finden mich unter linkedin.com/in/x",
             "Segebahnstr. 98/67, 60624 Griesbach Rottal"),
            ("Nowy adres: pl. Floriana 360, 90-428 Koło znajdziesz mnie na https://example.org",
             "pl. Floriana 360, 90-428 Koło")):
        assert _values(places(text) + addresses(text), text, "STREET_ADDRESS")[-1] == street
    # the town's particles, a Dutch postcode's letters and a line that ends with the town are kept whole
    for text, street in (("Address: Kaiserstraße 5, 60311 Frankfurt am Main", "Kaiserstraße 5, 60311 Frankfurt am Main"),
                         ("Adres: Kerkstraat 12, 1234 AB Amsterdam", "Kerkstraat 12, 1234 AB Amsterdam")):
        assert street in _values(places(text) + addresses(text), text, "STREET_ADDRESS")


def test_spanish_abbreviated_birth_label():
    from governed_tuning.gates.pii.birthdates import dates_of_birth

    text = "fecha de nac.: 07/04/1975 mi hijo tiene 51 años"
    assert _values(dates_of_birth(text), text, "DATE_OF_BIRTH") == ["07/04/1975"]
    text = "fecha de envío: 07/04/2025"
    assert _values(dates_of_birth(text), text, "DATE_OF_BIRTH") == []
