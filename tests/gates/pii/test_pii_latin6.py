"""Latin-script people where a letter, a phone habit or a sentence's grammar names them (issue 11 part 4):
the writer under a letter's closing, Dutch "hoi, met ...", a common given name then a rarer family name, and a
run of capitals that must stop where its sentence does. Recognizer-level, so fast."""

from __future__ import annotations

import pytest

from governed_tuning.gates.pii.multilingual import multilingual_people
from governed_tuning.gates.pii.nameforms import name_forms
from governed_tuning.gates.pii.people import judge_people
from governed_tuning.gates.pii.places import places
from governed_tuning.gates.pii.recognizers import Finding, _is_common


def _people(text: str, found: list[Finding]) -> list[str]:
    return [text[f.start:f.end] for f in found if f.entity == "PERSON"]


@pytest.mark.parametrize("text,name", [
    ("Cordiali saluti,\nSonia Bianchini", "Sonia Bianchini"),
    ("Merci pour votre aide. Cordialement,\nYves Le Gall Nous avons déménagé.", "Yves Le Gall"),  # a chat's run-on
    ("Pozdrawiam\nPatryk Zawalich", "Patryk Zawalich"),
    ("Kind regards,\nAmara Okafor\nAccounts Payable", "Amara Okafor")])
def test_the_writer_under_a_closing_is_a_person(text, name):
    assert name in _people(text, name_forms(text, _is_common))


@pytest.mark.parametrize("text", ["Best regards,\nCustomer Support Team", "Thanks,\nThe billing team",
                                  "Mit freundlichen Grüßen\nIhr Kundenservice", "Regards,\nIT Department"])
def test_a_team_under_a_closing_is_no_person(text):
    assert _people(text, name_forms(text, _is_common)) == []


def test_dutch_phone_introduction_names_the_caller_and_met_alone_does_not():
    said = "hoi, met fatima wilmont, de app crasht steeds"
    assert "fatima wilmont" in _people(said, multilingual_people(said, _is_common))
    trip = "Ik ga morgen met de trein naar Utrecht."
    assert _people(trip, multilingual_people(trip, _is_common)) == []


def test_a_common_given_name_then_a_rarer_family_name_in_a_romance_line():
    """"Lussu" is a family name the list ranks only 13,585th: after "Concetta" it is still the name."""
    text = "Per favore inoltrate a Concetta Lussu. Ho 45 anni."
    s = text.index("Concetta")
    f = Finding(s, s + len("Concetta Lussu"), "PERSON", 0.55, "name_list_pair_capitalised")
    assert judge_people(text, [f], _is_common) == [f]


def test_a_run_of_capitals_ends_with_its_sentence():
    text = "Por favor, reenvíe esto a Evelia Calderón. Nos mudamos a Alicante el mes que viene."
    found = [text[f.start:f.end] for f in places(text) if f.entity == "LOCATION"]
    assert "Alicante" in found and not any("Evelia" in v for v in found)


@pytest.mark.parametrize("text,age", [("Ich bin 36-jährig und wohne seit März in Dissen.", "36"),
                                      ("Er ist 45-jährig.", "45")])
def test_the_predicative_german_age(text, age):
    from governed_tuning.gates.pii.ages import ages

    assert [text[f.start:f.end] for f in ages(text)] == [age]


def test_declined_durations_stay():
    from governed_tuning.gates.pii.ages import ages

    assert ages("Wir bieten 2-jährige und 3-jährige Verträge. Die 5-jährige Garantie gilt.") == []


def test_a_name_label_takes_its_value_whole_when_every_word_is_a_name():
    """"Mai" is also French "May" (a common word): under "Họ tên:" the three words are one name."""
    text = "Họ tên: Mai Trọng Hoàng\nNgày sinh: 12/03/1985"
    assert "Mai Trọng Hoàng" in _people(text, multilingual_people(text, _is_common))


@pytest.mark.parametrize("text,town", [("bitte ändern Sie meine Adresse auf ul. Słowackiego 12 m. 35, Rzeszów.", "Rzeszów"),
                                       ("Neue Adresse: Hauptstr. 5, Holm-Seppensen", "Holm-Seppensen"),
                                       ("Ich wohne in der Lindenallee 14, Berlin.", "Berlin")])
def test_the_town_after_a_street_and_its_house_number(text, town):
    assert town in [text[f.start:f.end] for f in places(text) if f.entity == "LOCATION"]


@pytest.mark.parametrize("text", ["Version 4.2, Windows.", "Order 12345, Berlin.", "Seite 3, Kapitel."])
def test_a_number_and_a_comma_without_a_street_hold_no_town(text):
    from governed_tuning.gates.pii.places import _after_street

    assert _after_street(text) == []


@pytest.mark.parametrize("text,age", [("my daughter just turned 7 last week", "7"), ("I'll be 40 next month", "40"),
                                      ("Ma fille a eu 12 ans hier.", "12"), ("Mi madre tiene 82.", "82"),
                                      ("Meine Tochter hat bald 7.", "7")])
def test_ages_said_with_when_and_by_having_them(text, age):
    from governed_tuning.gates.pii.ages import ages

    assert [text[f.start:f.end] for f in ages(text)] == [age]


@pytest.mark.parametrize("text", ["El cliente tiene 3.", "The customer has 3.", "I will be 5 minutes late.",
                                  "Il a 5 ans de retard hier", "Mein Sohn hat 3 Autos."])
def test_counts_and_durations_said_so_stay(text):
    from governed_tuning.gates.pii.ages import ages

    assert ages(text) == []


@pytest.mark.parametrize("text,street", [("Envíelo a Calle Mayor 5, 28013 Madrid.", "Calle Mayor 5"),
                                         ("Stuur het naar Kerkstraat 12, 1017 GC Amsterdam.", "Kerkstraat 12"),
                                         ("Spedite a via Roma 3, 00100 Roma.", "via Roma 3"),
                                         ("Calle de la Paz 12, 28012 Madrid", "Calle de la Paz 12"),
                                         ("Calle de los Almendros 44, 1º.", "Calle de los Almendros 44"),
                                         ("Avenida de las Flores 3, Sevilla", "Avenida de las Flores 3")])
def test_a_street_starts_after_the_words_that_send_something_there(text, street):
    from governed_tuning.gates.pii.recognizers import street_start

    s = text.index(street)
    assert street_start(text, 0, s + len(street)) == (s if s else 0)


@pytest.mark.parametrize("text,handle", [("IG: sofia.rossi.official", "sofia.rossi.official"),
                                         ("my insta is lukas_bauer92 btw", "lukas_bauer92"),
                                         ("Snapchat: mikey2001", "mikey2001"), ("Twitch: xXgamer99Xx", "xXgamer99Xx")])
def test_a_platform_names_its_users_handle(text, handle):
    from governed_tuning.gates.pii.idlabels import labelled_ids

    assert [(text[f.start:f.end], f.entity) for f in labelled_ids(text)] == [(handle, "USER_HANDLE")]


@pytest.mark.parametrize("text", ["Instagram is down again", "Snap: 5 photos", "Twitch: 1080p60", "Telegram: t.me",
                                  "Steam: Half-Life.2", "Check our Instagram: follow us!"])
def test_a_platform_beside_no_user_name_is_no_handle(text):
    from governed_tuning.gates.pii.idlabels import labelled_ids

    assert labelled_ids(text) == []


def test_a_month_before_the_preposition_does_not_hide_the_town():
    text = "Ich bin 45 Jahre alt und wohne seit März in Holm-Seppensen."
    assert "Holm-Seppensen" in [text[f.start:f.end] for f in places(text) if f.entity == "LOCATION"]
    room = "Der Termin ist am Montag in Raum B."
    assert [f for f in places(room) if f.entity == "LOCATION"] == []


def test_a_town_after_a_postcode_ends_with_its_sentence():
    """"50227 Caron. J'ai 29 ans": the town was "Caron. J'ai", and "J'ai" then left every record as a name."""
    text = "Merci d'envoyer au 3, chemin Blondel, 50227 Caron. J'ai 29 ans."
    assert "Caron" in [text[f.start:f.end] for f in places(text) if f.entity == "LOCATION"]
    assert not any("J'ai" in text[f.start:f.end] for f in places(text))


@pytest.mark.parametrize("text,name", [("Mevrouw van den Brand belde vanochtend.", "van den Brand"),
                                       ("Señora de la Cruz llamó.", "de la Cruz")])
def test_a_title_then_a_family_name_with_its_particles(text, name):
    assert name in _people(text, multilingual_people(text, _is_common))


def test_a_particle_after_a_greeting_opens_no_name():
    text = "Hallo, de app werkt niet."
    assert _people(text, multilingual_people(text, _is_common)) == []


def test_a_named_speaker_under_role_is_one_person_and_a_team_stays():
    from governed_tuning.gates.pii.columns import person_cell

    value = "Mai Trọng Hoàng"
    part = Finding(4, len(value), "PERSON", 0.55, "name_list_pair_capitalised")
    assert person_cell("role", value, [part]) == Finding(0, len(value), "PERSON", 0.99, "person_column")
    assert person_cell("role", "Customer Support", []) is None
