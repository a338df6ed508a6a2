"""Dates of birth, ages and phone numbers as the issue-11 work reads them (``benchmarks/pii_dob12.py``): a date of
birth with a label or a phrase of birth in each language, in a table's birth column, in native digits, in the
formats CLDR and people write (yy/MM/dd, "28-iyun, 1979", "1994 ж. 24 қыркүйек", "14 03 1987", the full forms
with a weekday); ages after a label written without a space and in Kazakh, Uzbek, Hausa and Yoruba; phone numbers
typed with a dot or under labels of those languages; and the same shapes with no birth, age or phone kept."""

from __future__ import annotations

import pytest

from governed_tuning.gates.pii.ages import ages
from governed_tuning.gates.pii.birthdates import dates_of_birth
from governed_tuning.gates.pii.months import is_weekday, month_number
from governed_tuning.gates.pii.recognizers import numbers


def _dobs(text: str) -> list[str]:
    return [text[f.start:f.end] for f in dates_of_birth(text)]


# (text, the date of birth in it)
WITH_LABEL = [
    ("Date de naissance: 71/11/25", "71/11/25"),  # yy/MM/dd, a two-digit year first
    ("ฉันเกิดวันที่ 00/04/22.", "00/04/22"),  # the year 2000 first
    ("ich bin am 93/06/12 geboren", "93/06/12"),
    ("men 28-iyun, 1979 da tug'ilganman", "28-iyun, 1979"),  # Uzbek: day-month joined, "I was born"
    ("мен 1994\u202fж. 24 қыркүйек туылдым", "1994\u202fж. 24 қыркүйек"),  # Kazakh long form
    ("Ranar haihuwa: 14 Afirilu 1951", "14 Afirilu 1951"),  # Hausa label
    ("Ọjọ́ ìbí: 7 Oṣù Ẹrẹ̀nà 1967", "7 Oṣù Ẹrẹ̀nà 1967"),  # Yoruba month "Oṣù <name>"
    ("Ọjọ́ ìbí: 14 03 1987", "14 03 1987"),  # Yoruba medium form, spaces between
    ("a bí mi ní 4/8/1968", "4/8/1968"),
    ("24 Ocak 1963 Perşembe tarihinde doğdum.", "24 Ocak 1963"),  # the word of birth after a weekday
]
NATIVE = [
    ("من در ۵ دسامبر ۱۹۵۷ به دنیا آمدم", "۵ دسامبر ۱۹۵۷"),  # Persian digits, "came into the world"
    ("میں ۷/۱/۵۵ کو پیدا ہوا", "۷/۱/۵۵"),  # Urdu, two-digit year
]


@pytest.mark.parametrize("text,value", WITH_LABEL + NATIVE)
def test_a_date_of_birth_with_its_label_or_phrase_is_found(text, value):
    assert _dobs(text) == [value]


def test_vietnamese_sinh_ngay_governs_the_date_that_starts_with_ngay():
    assert _dobs("tôi sinh ngày 4 thg 3, 1967.") == ["ngày 4 thg 3, 1967"]


@pytest.mark.parametrize("table,value", [
    ("| Name | Geburtsdatum |\n|---|---|\n| Maxim Scholz | Donnerstag, 9. März 1961 |", "Donnerstag, 9. März 1961"),
    ("| 이름 | 생년월일 |\n|---|---|\n| 최은지 | 1974년 9월 4일 수요일 |", "1974년 9월 4일 수요일"),
    ("Orúkọ\tỌjọ́ ìbí\nIretioluwa Osuntokun\tỌjọ́ Ajé, 26 Oṣù Ògún 1946", "Ọjọ́ Ajé, 26 Oṣù Ògún 1946"),
    ("Suna\tRanar haihuwa\nRobert Vaughn\t23.12.64", "23.12.64"),
])
def test_a_date_in_a_birth_column_is_found_with_its_weekday(table, value):
    assert _dobs(table) == [value]


@pytest.mark.parametrize("text", [
    "Sipariş 24 Ocak 2023 Salı tarihinde teslim edildi.",
    "Шотты 2020-12-04 дейін төлеу керек.",
    "A fi ẹrù ránṣẹ́ ní 1 05 2026.",
    "Order 95/01/29 delivered to the depot.",
    "| Order | Delivered |\n|---|---|\n| 4411 | Donnerstag, 9. März 2023 |",
    "Oda ilifikishwa tarehe 28-iyun, 2019.",
])
def test_a_date_without_birth_is_kept(text):
    assert _dobs(text) == []


@pytest.mark.parametrize("text,value", [
    ("年龄：３３", "３３"), ("年齢：６７歳", "６７"), ("Alter:34", "34"), ("Жасы: 79", "79"), ("менің жасым 44", "44"),
    ("men 55 yoshdaman", "55"), ("Yoshi: 46", "46"), ("shekaruna 29", "29"), ("Shekaru: 80", "80"),
    ("ọmọ ọdún 61 ni mí", "61"), ("Ọjọ́ orí: 55", "55"),
])
def test_an_age_after_its_label_or_with_its_word_is_found(text, value):
    assert [text[f.start:f.end] for f in ages(text)] == [value]


@pytest.mark.parametrize("text", ["Meeting at 10:30", "Age: 10:30 start", "Score:45", "Version 2:14"])
def test_a_clock_time_or_a_score_is_no_age(text):
    assert ages(text) == []


@pytest.mark.parametrize("text,value", [
    ("| नाम | फ़ोन नंबर |\n|---|---|\n| अमृता चौहान | 074104.19487 |", "074104.19487"),
    ("Naam: Mustafa\nTelefoon: 06.12347637", "06.12347637"),
    ("Suna: Rhonda Porter\nLambar waya: 08021234948", "08021234948"),
    ("نام: Zafeer Ihab\nفون نمبر: 03012340767", "03012340767"),
])
def test_a_phone_number_with_a_dot_or_under_a_local_label_is_found(text, value):
    assert [(text[f.start:f.end], f.entity) for f in numbers(text)] == [(value, "PHONE_NUMBER")]


@pytest.mark.parametrize("text", ["Total 1234.5678 EUR", "Version 0.12345678", "Ref. 2025/03/118 closed",
                                  "A fi ẹrù ránṣẹ́ ní 1 05 2026."])
def test_a_decimal_a_reference_or_a_spaced_date_is_no_phone(text):
    assert [f for f in numbers(text) if f.entity == "PHONE_NUMBER"] == []


def test_cldr_month_and_weekday_names_of_two_words_are_read():
    assert month_number("Ẹrẹ̀nà") == 3  # Yoruba "Oṣù Ẹrẹ̀nà": the name after the shared word "month"
    assert is_weekday("Ọjọ́ Ajé") and is_weekday("수요일") and is_weekday("Perşembe")
    assert not is_weekday("Kristin")
