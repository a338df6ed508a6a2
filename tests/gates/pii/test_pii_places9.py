"""First-person ages in more languages, the whole address after an address cue in thirty languages, and the
look-alikes that are neither (orders, tickets, rooms, sizes, warranties, durations): each both ways."""

from __future__ import annotations

import pytest

from governed_tuning.gates.pii.addresscues import cued_addresses
from governed_tuning.gates.pii.ages import ages
from governed_tuning.gates.pii.moves import moved_places
from governed_tuning.gates.pii.recognizers import addresses
from governed_tuning.gates.pii.streets import streets


def _values(findings, text, kind):
    return sorted({text[f.start:f.end] for f in findings if f.entity == kind})


@pytest.mark.parametrize("text, age", [
    ("Star sem 60 let.", "60"),
    ("Stara sam 45 godina.", "45"),
    ("Man ir 78 gadi.", "78"),
    ("Esmu 45 gadus vecs.", "45"),
    ("Man 35 metų.", "35"),
    ("Olen 51 aastat vana.", "51"),
    ("Ma olen 38-aastane.", "38"),
    ("Vecums: 48", "48"),
    ("Amžius: 35", "35"),
    ("Nina miaka 40.", "40"),
    ("Umri wangu ni miaka 40.", "40"),
    ("Έκλεισα τα 46.", "46"),
    ("Geçen ay 46 yaşına girdim.", "46"),
    ("Acabo de cumplir 46 años.", "46"),
    ("46 éves vagyok.", "46"),
    ("Ich bin 79 Jahre alt.", "79"),
    ("我今年54岁", "54"),
    ("Starost: 75", "75"),
])
def test_a_first_person_age_is_found(text, age):
    assert _values(ages(text), text, "AGE") == [age]


@pytest.mark.parametrize("text", [
    "Man ir 5 gadi pieredze.",  # Latvian: 5 years of experience
    "Nina miaka 5 ya uzoefu.",  # Swahili: I have 5 years of experience
    "Saya sudah 5 tahun bekerja di sini.",  # Indonesian: I have worked here 5 years
    "Imam 5 let izkušenj.",  # Slovene: 5 years of experience
    "The device has a 5-year warranty; I bought it 10 years ago.",
])
def test_a_duration_is_no_age(text):
    assert ages(text) == []


@pytest.mark.parametrize("text, address", [
    ("Moj naslov je 1029 Budapest, Köztársaság tér 117.", "1029 Budapest, Köztársaság tér 117"),
    ("Prosim, pošljite na Anton Aškerc 41, 1233 Blanca.", "Anton Aškerc 41, 1233 Blanca"),
    ("Pošlete to prosím na Čepovan 125, 1355 Deskle.", "Čepovan 125, 1355 Deskle"),
    ("Bitte an Hauptstraße 5, 8010 Graz liefern.", "Hauptstraße 5, 8010 Graz"),
    ("My address is CMC Road, House No. 157, Adama.", "CMC Road, House No. 157, Adama"),
    ("Deliver to Latema Road 56, Machakos 80101.", "Latema Road 56, Machakos 80101"),
    ("عنواني هو 127 Zamalek, Aswan", "127 Zamalek, Aswan"),
    ("Η διεύθυνσή μου είναι 127 Zamalek, Aswan", "127 Zamalek, Aswan"),
    ("Lūdzu, sūtiet uz 63367 Brescia, Bardonecchia 139.", "63367 Brescia, Bardonecchia 139"),
    ("Mój adres to al. Szerokie Łąki 92, 00-990 Puck.", "al. Szerokie Łąki 92, 00-990 Puck"),
    ("Envoyez-le à 54948 Nancy, Du Berger 168, merci.", "54948 Nancy, Du Berger 168"),
    ("मेरा पता है Prom. De Champagne 53, 00119 Six-Fours-les-Plages।", "Prom. De Champagne 53, 00119 Six-Fours-les-Plages"),
    ("कृपया 588 30 Åhus, Ottarsvägen Väg 49 पर भेजें।", "588 30 Åhus, Ottarsvägen Väg 49"),
    ("Mano adresas yra 아시아드 대로 91, 16992 덕양구.", "아시아드 대로 91, 16992 덕양구"),
])
def test_the_whole_address_after_a_cue_is_found(text, address):
    assert _values(cued_addresses(text), text, "STREET_ADDRESS") == [address]
    assert any(address in text[f.start:f.end] for f in streets(text) if f.entity == "STREET_ADDRESS")


@pytest.mark.parametrize("text", [
    "Send it to John by 5 pm.",
    "Please send it to me by Friday, order 48213.",
    "Ship to 3 people in the team.",
    "Send the invoice to accounts@example.com by 12 May.",
    "My address is the same as last year.",
    "Send to Warehouse 12 please.",
    "Bitte an die Buchhaltung 2 Kopien senden.",
    "Bitte an Herrn Müller 2 Kopien.",
])
def test_a_cue_before_no_address_finds_none(text):
    assert cued_addresses(text) == []


@pytest.mark.parametrize("text", [
    "Order 48213 was shipped, room 4, floor 3, ticket 5521.",
    "Shirt size 42, shoe size 38, box of 12.",
    "Case 6092 moved to row 14, seat 7.",
    "Ticket 5521 is open, gate 12, terminal 2.",
])
def test_orders_rooms_and_sizes_are_no_address(text):
    assert [f for f in addresses(text) + streets(text) if f.entity == "STREET_ADDRESS"] == []


@pytest.mark.parametrize("text, town", [
    ("Zdaj živim v kraju Cirkulane.", "Cirkulane"),
    ("Zdaj živim v kraju Orehova vas.", "Orehova vas"),
    ("Přestěhoval jsem se do města Loka pri Žusmu.", "Loka pri Žusmu"),
    ("Tagad dzīvoju Meknès.", "Meknès"),
    ("मैं हाल ही में Kisumu शिफ्ट हुआ हूँ", "Kisumu"),
    ("मैं Furudal में रहता हूँ।", "Furudal"),
    ("Saya baru pindah ke سيدي احمد", "سيدي احمد"),
    ("我最近搬到了Fort Portal。", "Fort Portal"),
    ("Μετακόμισα στην πόλη Aswan", "Aswan"),
    ("أسكن الآن في الميلية", "الميلية"),
    ("Jag bor i 兰州市.", "兰州市"),
    ("Yakın zamanda 고흥군 şehrine taşındım.", "고흥군"),
    ("Mieszkam w miejscowości Nysa.", "Nysa"),
])
def test_a_town_after_a_move_or_live_verb_is_found_in_any_script(text, town):
    assert _values(moved_places(text), text, "LOCATION") == [town]


@pytest.mark.parametrize("text", [
    "أسكن الآن في شقة صغيرة مع عائلتي.",  # in a small flat with my family
    "I live in a small flat.",
    "We moved to Support last week.",
])
def test_no_town_after_a_move_verb_finds_none(text):
    assert moved_places(text) == []


@pytest.mark.parametrize("text, address", [
    ("I'm at Latema Road 56, Machakos 80101 until Friday.", "Latema Road 56, Machakos 80101"),
    ("Visit us at Brestová ulica 197, 939 53 Levice.", "Brestová ulica 197, 939 53 Levice"),
    ("Office: Köztársaság tér 117, 1029 Budapest", "Köztársaság tér 117, 1029 Budapest"),
])
def test_the_postcode_and_town_after_a_street_belong_to_its_address(text, address):
    assert address in _values(streets(text), text, "STREET_ADDRESS")


def test_a_postcode_with_a_hyphen_after_a_street_is_the_address_s():
    text = "You can find me at ul. Polna 5, 00-990 Puck."
    assert "ul. Polna 5, 00-990" in _values(addresses(text), text, "STREET_ADDRESS")


@pytest.mark.parametrize("text, address", [
    ("I stay at CMC Road, House No. 157, Adama.", "CMC Road, House No. 157, Adama"),
    ("Ich wohne in der Hauptstraße 5, 8010 Graz.", "Hauptstraße 5, 8010 Graz"),
])
def test_where_one_lives_or_stays_is_a_cue(text, address):
    assert _values(cued_addresses(text), text, "STREET_ADDRESS") == [address]


@pytest.mark.parametrize("text", [
    "I'm at Room 4, floor 3.", "I'm at 5 stars with this one.", "Vivo en Madrid desde hace 5 años.",
    "I am at Gate 12, Terminal 2.", "Find me at Stand 12, Hall 4.", "I'm at Gamescom 2024.",
])
def test_where_one_is_without_an_address_finds_none(text):
    assert cued_addresses(text) == []


@pytest.mark.parametrize("text, age", [
    ("I turn 40 in June.", "40"), ("Jag fyller 46 i maj.", "46"), ("Ich werde 40 im Mai.", "40"),
    ("Cumplo 40 años en mayo.", "40"),
])
def test_an_age_reached_in_a_month_is_found(text, age):
    assert _values(ages(text), text, "AGE") == [age]


@pytest.mark.parametrize("text", ["I turned 5 in the lab.", "We are 12 in total.", "Ich bin 12 im Team."])
def test_a_count_before_in_is_no_age(text):
    assert ages(text) == []


@pytest.mark.parametrize("text, town", [
    ("I'm from Kisumu.", "Kisumu"), ("Saya berasal dari سيدي احمد.", "سيدي احمد"), ("我来自Fort Portal。", "Fort Portal"),
    ("मैं Kisumu से हूँ।", "Kisumu"),
])
def test_where_one_comes_from_is_a_town_in_any_script(text, town):
    assert _values(moved_places(text), text, "LOCATION") == [town]


def test_a_german_move_is_read_with_its_verb_after_the_place():
    text = "Ich bin nach 중구 umgezogen."
    assert _values(moved_places(text), text, "LOCATION") == ["중구"]
    assert moved_places("Ich bin nach Hause gegangen.") == []
