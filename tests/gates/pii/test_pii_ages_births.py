"""Ages and dates of birth in the languages and shapes users write them, and the numbers and dates that stay."""

from __future__ import annotations

import pytest

from governed_tuning.gates.pii.ages import ages
from governed_tuning.gates.pii.birthdates import dates_of_birth


def age_values(text: str) -> list[str]:
    return [text[f.start:f.end] for f in ages(text)]


def dob_values(text: str) -> list[str]:
    return [text[f.start:f.end] for f in dates_of_birth(text)]


@pytest.mark.parametrize("text", [
    "I'm 45.", "I'm 45 years old", "a 45-year-old man", "45 y/o", "Age: 45", "aged 45", "at the age of 45",
    "ich bin 45 Jahre alt", "ich bin 45.", "der 45-Jährige sagte", "ein 45-jähriger Mann", "im Alter von 45 Jahren",
    "j'ai 45 ans.", "mon fils Paul a 45 ans et voudrait", "âgé de 45 ans", "Marie Dupont, 45 ans, habite",
    "tengo 45 años.", "mi hijo Pablo tiene 45 años y necesita", "edad: 45", "tenho 45 anos.", "ho 45 anni.",
    "età: 45", "ik ben 45 jaar.", "mijn zoon Jan is 45 jaar oud", "jeg er 45 år.", "sønnen min Ole er 45 år og",
    "jag är 45 år gammal", "je mi 45 let.", "můj syn má 45 let a", "mám 45 rokov.", "mam 45 lat.",
    "Jan Kowalski, lat 45, mieszka", "am 45 de ani.", "45 éves vagyok.", "мне 45 лет.", "моему сыну Ивану 45 лет, ему",
    "είμαι 45 ετών.", "45 yaşındayım", "olen 45-vuotias", "我45岁", "45歳です", "45살", "tôi 45 tuổi", "umur 45 tahun",
    "John Smith, 45, of Leeds", "Ana (45) called", "my son Tom is 45.", "I'll turn 45.", "Written when he was 45.",
    "quand j'avais 45 ans,"])
def test_an_age_in_many_languages_and_shapes(text):
    assert age_values(text) == ["45"]


@pytest.mark.parametrize("text", [
    "3-5 days", "ticket 5521", "12 items", "a 5-year warranty", "5 ans de garantie", "il y a 5 ans", "5 years ago",
    "for 12 years", "I'm 5 minutes away", "tiene 5 años de garantía", "j'ai 5 ans d'expérience",
    "ha 5 anni di garanzia", "my son has waited for 2 years.", "mein Sohn wartet seit 2 Jahren.",
    "5-jährige Garantie", "det er 5 år siden", "ETA 15 min", "page 45", "ages 3-5", "I'm 100% sure", "version 2.45",
    "we're 3 people", "Order 1234, 45 items", "lat 52.52, lon 13.40", "the warranty is 2 years.",
    "I am 2 hours late", "Qty: 45", "hace 5 años", "há 5 anos", "5 anni fa", "age 12:30", "I was 5 minutes late",
    "turn 5 pages", "my husband has worked here 12 years.", "Suitable for ages 8 and up", "age 8 and up",
    "for age 8 to 12"])
def test_quantities_durations_and_codes_are_not_ages(text):
    assert ages(text) == []


@pytest.mark.parametrize("text,values", [
    ("name,age,city\nJane Doe,45,Leeds\nJohn Roe,7,York", ["45", "7"]), ("Name;Alter;Ort\nJan Roth;45 Jahre;Graz", ["45"]),
    ("| Nombre | Edad |\n|---|---|\n| Ana | 45 |", ["45"]), ('{"name": "Jane", "age": 45}', ["45"]),
    ("product,stage,qty\nKindle,3,45", []), ("name,age group\nJane,18-25", [])])
def test_ages_in_table_columns_and_embedded_json(text, values):
    assert age_values(text) == values


def test_only_the_number_is_an_age():
    text = "Hi, I'm 34 years old and my daughter is 7 years old."
    assert age_values(text) == ["34", "7"]
    assert ages("I'm 121 years old") == []  # not a human age


@pytest.mark.parametrize("text,value", [
    ("DOB 14/03/1987, thanks", "14/03/1987"), ("I was born 3 May 1992 in Lyon.", "3 May 1992"),
    ("My birthday is March 14th, 1987.", "March 14th, 1987"), ("Geburtsdatum: 14.03.1987", "14.03.1987"),
    ("ich bin am 14.3.1987 geboren", "14.3.1987"), ("geb. 14. März 1987", "14. März 1987"),
    ("née le 3 mai 1987 à Lyon", "3 mai 1987"), ("fecha de nacimiento: 14 de marzo de 1987", "14 de marzo de 1987"),
    ("nací el 14/3/87", "14/3/87"), ("data di nascita 14/03/1987", "14/03/1987"), ("Nasc.: 14-03-1987", "14-03-1987"),
    ("geboortedatum 14-03-1987", "14-03-1987"), ("födelsedatum 1987-03-14", "1987-03-14"),
    ("data urodzenia: 14 marca 1987", "14 marca 1987"), ("narodil jsem se 14. 3. 1987", "14. 3. 1987"),
    ("narozena 14. března 1987", "14. března 1987"), ("m-am născut pe 14.03.1987", "14.03.1987"),
    ("Születési dátum: 1987. 03. 14.", "1987. 03. 14."), ("szül.: 1987. március 14.", "1987. március 14."),
    ("дата рождения: 14 марта 1987 г.", "14 марта 1987 г."), ("Ημερομηνία γέννησης: 14/03/1987", "14/03/1987"),
    ("doğum tarihi: 14 Mart 1987", "14 Mart 1987"), ("syntymäaika 14. maaliskuuta 1987", "14. maaliskuuta 1987"),
    ("生年月日：1987年3月14日", "1987年3月14日"), ("생년월일: 1987년 3월 14일", "1987년 3월 14일"),
    ("ngày sinh: ngày 14 tháng 3 năm 1987", "ngày 14 tháng 3 năm 1987"), ("Date of birth: 14-Mar-1987", "14-Mar-1987"),
    ('{"birth_date": "14.03.1987"}', "14.03.1987"), ("dateOfBirth=1987-03-14", "1987-03-14"),
    ("fecha_nacimiento: 1987-03-14", "1987-03-14"), ('"dob": "1987-03-14T00:00:00Z"', "1987-03-14"), ("dob: 19870314", "19870314"), ("DOB\n14/03/1987", "14/03/1987")])
def test_a_date_beside_a_word_of_birth_in_any_format_and_language(text, value):
    assert dob_values(text) == [value]


@pytest.mark.parametrize("text,values", [
    ("name,date of birth,city\nJane Doe,14/03/1987,Leeds\nJohn Roe,\"March 4, 1961\",York", ["14/03/1987", "March 4, 1961"]),
    ("Name;Geburtsdatum;Ort\nJan Roth;14.03.1987;Graz", ["14.03.1987"]),
    ("| Name | DOB |\n|---|---|\n| Jane | 1987-03-14 |", ["1987-03-14"]),
    # a column headed only "date", beside a name column: an adult's birth date; a recent date stays
    ("nombre,fecha,ciudad\nAna Ruiz,14/03/1987,Madrid\nLuis Gil,01/02/2025,Lugo", ["14/03/1987"])])
def test_dates_under_a_birth_column_of_a_table(text, values):
    assert dob_values(text) == values


@pytest.mark.parametrize("text,value", [
    ("verification: jane doe / 14/03/1987 / SSN: 123-45-6789", "14/03/1987"),
    ("For KYC: Maria Rossi, 1987-03-14", "1987-03-14"), ("Müller (14.03.1987), login from 10.0.0.1", "14.03.1987")])
def test_an_adults_date_without_a_label_in_an_identity_record(text, value):
    assert dob_values(text) == [value]


@pytest.mark.parametrize("text", [
    "DOB is 31/02/1987",  # no such day: the date's own check fails
    "Delivered on 2024-03-05, ticket 5521, 3-5 days, tomorrow at 10:30", "verification of the order of 14/03/2024",
    "Your passport was issued on 14/03/1987.", "Ticket 5521 / 14/03/1987 / closed", "verification: 14/03/2031",
    "country of birth: France, issued 2001-01-01", "product,sku,qty,ship date\nKindle,KX-123,4,2020-12-01",
    "Windows 3.11 (1992-04-06) was great", "Version 1.2.33 released"])
def test_other_dates_stay(text):
    assert dates_of_birth(text) == []


def test_only_the_birth_date_beside_other_dates():
    assert dob_values("DOB: 14/03/1987\nOrder date: 2024-03-05") == ["14/03/1987"]
