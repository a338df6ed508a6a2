"""Towns in their case, ages as each language says them, and family names after a courtesy title, in the
languages of our users other than English: found where they are, kept where they are not (one rule each)."""

from __future__ import annotations

import pytest

from governed_tuning.gates.pii.ages import ages
from governed_tuning.gates.pii.multilingual import multilingual_people
from governed_tuning.gates.pii.placeforms import inflected_town, suffixed_towns
from governed_tuning.gates.pii.places import places
from governed_tuning.gates.pii.recognizers import _is_common


def _found(fn, text: str, kind: str | None = None) -> list[str]:
    return [text[f.start:f.end] for f in fn(text) if kind is None or f.entity == kind]


@pytest.mark.parametrize("text,town", [
    ("Paczka utknęła w Białogardzie.", "Białogardzie"),  # Polish locative, d -> dzie
    ("Mieszkam od lat w Rzeszowie.", "Rzeszowie"),  # Rzeszów: ó -> o
    ("Balík uvízl v Děčíně.", "Děčíně"),  # Czech
    ("Paket je zapeo u Varaždinu.", "Varaždinu"),  # Croatian, after "u" (no preposition of ours before)
    ("Посылка застряла в Архангельске.", "Архангельске"),  # Russian
    ("Посилка застрягла в Жмеринці.", "Жмеринці"),  # Ukrainian
    ("Paketti on jumissa Tampereella.", "Tampereella"),  # Finnish adessive, no preposition
    ("Olen syntynyt Jyväskylässä.", "Jyväskylässä"),
    ("A csomag még mindig Szegeden van, és nem jön tovább.", "Szegeden"),  # Hungarian superessive
    ("Kargo Sivas'ta bekliyor.", "Sivas"),  # Turkish: the name before the apostrophe
    ("Il pacco è fermo a Ravenna.", "Ravenna"),
    ("Malatya şehrinde doğdum.", "Malatya"),  # Turkish: the kind of place after the town  # a town WordNet lists as a noun, after a foreign preposition
])
def test_a_town_in_its_case_is_a_place(text, town):
    assert town in _found(places, text, "LOCATION")


@pytest.mark.parametrize("text", [
    "Rozmawiałem wczoraj z Tomaszem o fakturze.",  # a given name in a case, near "Tomaszów": the person's
    "Tegnap Kovácsnál voltam.",  # at Kovács's (a family name), not a town
    "Leveringen tager 3-5 hverdage.",  # Danish "-en" is an article, not a Hungarian case
    "Leveransen tar 3–5 arbetsdagar.",
    "Kaupassa oli ruuhkaa.",  # a Finnish word in a case that shares too little with any town
    "Das Paket ist in Reading.", "Sie fährt nach Nice.", "Vamos a Mobile.",  # towns that are English words
])
def test_words_in_a_case_that_are_no_town_stay(text):
    assert _found(places, text, "LOCATION") == []


def test_the_inflection_rule_needs_its_preposition_and_a_long_shared_stem():
    assert inflected_town("Krakowie", "w")
    assert not inflected_town("Krakowie", "and")  # no preposition that takes the case
    assert not inflected_town("Łodzi", "w")  # shorter than the shared stem the rule asks for: left to the list
    assert suffixed_towns("Aš gyvenu Vilniuje ir dirbu ten.")  # Lithuanian locative


@pytest.mark.parametrize("text", [
    "Imam 45 godina.", "Moj sin ima 21 godinu.", "Kupac, 45 godina, traži povrat novca.",
    "Kunden, 45 år, vill ha pengarna tillbaka.", "Asiakas, 45 v., pyytää hyvitystä.",
    "45-letni klient złożył reklamację.", "45-річний клієнт оформив повернення.", "Моєму синові 45 років.",
    "Pelanggan, 45 tahun, meminta pengembalian dana.", "Kor: 45", "Dob: 45",
    "Con 45 años empecé a trabajar.", "Com 45 anos comecei a trabalhar.", "A 45 anni ho iniziato a lavorare.",
])
def test_ages_as_each_language_says_them(text):
    assert _found(ages, text) == ["45"] or _found(ages, text) == ["21"]


@pytest.mark.parametrize("text", [
    "Imam 5 godina iskustva.", "Ima 5 godina garancije.", "a 5 anni di distanza", "con 5 años de experiencia",
    "DOB: 12/03/1987", "Dob: 12 March 1987", "Dob: 12.03.1987", "Der Vertrag läuft 12 Jahre.",
])
def test_durations_and_dates_are_no_ages(text):
    assert _found(ages, text) == []


@pytest.mark.parametrize("text,name", [
    ("Pani Klepka dzwoniła dziś rano.", "Klepka"), ("La signora Biagi ha chiamato.", "Biagi"),
    ("Η κυρία Τσώτσης τηλεφώνησε το πρωί.", "Τσώτσης"), ("Madame Maillot a appelé.", "Maillot"),
    ("Farkas asszony ma reggel telefonált.", "Farkas"), ("Yılmaz Hanım bu sabah aradı.", "Yılmaz"),
    ("Señora Doctora Ybarra llamó ayer.", "Ybarra"),
])
def test_a_family_name_after_a_courtesy_title_is_a_person(text, name):
    assert name in _found(lambda t: multilingual_people(t, _is_common), text)


@pytest.mark.parametrize("text", ["Herr Doktor kommt morgen.", "Señora Presidenta, gracias.", "pan tadeusz"])
def test_a_title_before_a_title_or_a_lower_case_word_names_no_one(text):
    assert [f for f in multilingual_people(text, _is_common) if f.source == "person_context_ml_title"] == []


@pytest.mark.parametrize("text,name", [
    ("tu szymon dulik, piszę znowu w sprawie zamówienia", "szymon dulik"),
    ("hier is rowan van grinsven, ik mail opnieuw over mijn bestelling", "rowan van grinsven"),
    ("ben nurullah arslan, siparişim için tekrar yazıyorum", "nurullah arslan"),
    ("täällä vesa ahonen, kirjoitan taas tilauksesta", "vesa ahonen"),
])
def test_a_writer_naming_themselves_in_lower_case_is_a_person(text, name):
    assert name in _found(lambda t: multilingual_people(t, _is_common), text)


@pytest.mark.parametrize("text", ["Hacía tu gente estilo especie.", "tu sais, je pense que oui",
                                  "ini paket saya belum sampai", "ben de geliyorum yarın"])
def test_here_words_of_other_languages_name_no_one(text):
    assert [f for f in multilingual_people(text, _is_common) if f.source == "person_context_ml_intro_here"] == []


@pytest.mark.parametrize("text,name", [("pozdrawiam, jan kowalski", "jan kowalski"),
                                       ("с уважением, иван петров", "иван петров"),
                                       ("viele grüße, timo schlosser Das Paket liegt noch hier.", "timo schlosser")])
def test_a_lower_case_name_after_a_sign_off_is_a_person(text, name):
    assert _found(lambda t: multilingual_people(t, _is_common), text) == [name]  # it ends where capitals start


@pytest.mark.parametrize("text", ["saludos, the team", "Cordialement, Service client", "terveisin, asiakaspalvelu tiimi"])
def test_a_sign_off_before_a_team_names_no_one(text):
    assert _found(lambda t: multilingual_people(t, _is_common), text) == []
