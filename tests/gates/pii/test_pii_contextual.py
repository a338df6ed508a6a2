"""Dates of birth (and only those dates), ages, URLs, handles, and the obfuscated emails and phones users write."""

from __future__ import annotations

import pytest

from governed_tuning.gates.pii.contextual import contextual


def found(text: str) -> set[tuple[str, str]]:
    return {(text[f.start:f.end], f.entity) for f in contextual(text)}


@pytest.mark.parametrize("text,value", [
    ("DOB 14/03/1987, thanks", "14/03/1987"), ("I was born 3 May 1992 in Lyon.", "3 May 1992"),
    ("My birthday is March 14th, 1987.", "March 14th, 1987"), ("date of birth: 1987-03-14", "1987-03-14"),
    ("geboren am 14.03.1987", "14.03.1987")])
def test_a_date_with_birth_words_is_a_date_of_birth(text, value):
    assert (value, "DATE_OF_BIRTH") in found(text)


def test_other_dates_and_durations_are_kept():
    assert found("Delivered on 2024-03-05, ticket 5521, 3-5 days, tomorrow at 10:30") == set()
    assert found("DOB is 31/02/1987") == set()  # not a real date


@pytest.mark.parametrize("text,value", [
    ("Geburtsdatum: 14.03.1987", "14.03.1987"), ("geb. 14. März 1987", "14. März 1987"),
    ("née le 3 mai 1992 à Lyon", "3 mai 1992"), ("fecha de nacimiento: 14 de marzo de 1987", "14 de marzo de 1987"),
    ("data di nascita 14/03/1987", "14/03/1987"), ("Jan Kowalski, ur. 14.03.1987", "14.03.1987"),
    ("født den 14. marts 1987", "14. marts 1987"), ("geboren op 2 mei 1975", "2 mei 1975")])
def test_words_of_birth_in_the_languages_we_ship_to(text, value):
    assert (value, "DATE_OF_BIRTH") in found(text)


@pytest.mark.parametrize("text,value", [
    ("verification: jane doe / 14/03/1987 / SSN: 123-45-6789", "14/03/1987"),  # name / date / id, no birth word
    ("Jane Doe | 14/03/1987 | X1234567", "14/03/1987"),
    ("For KYC: Maria Rossi, 1987-03-14", "1987-03-14"), ("passport holder Li Wei, 3 May 1961", "3 May 1961")])
def test_an_adults_full_date_in_an_identity_record_is_a_date_of_birth(text, value):
    assert (value, "DATE_OF_BIRTH") in found(text)


@pytest.mark.parametrize("text", [
    "verification of the order of 14/03/2024",  # no adult was born then
    "verify delivery: delivered 3 May, 3-5 days",  # no year
    "Your passport was issued on 14/03/1987.",  # an event word before it
    "Ticket 5521 / 14/03/1987 / closed",  # a delimited line, but no identifier beside the date
    "The invoice dated 14/03/1987 is attached.",  # no identity context
    "verification: 14/03/2031"])  # the future
def test_ordinary_dates_are_kept_even_near_identity_words(text):
    assert {v for v, k in found(text) if k == "DATE_OF_BIRTH"} == set()


@pytest.mark.parametrize("text,value", [("I'm 34 years old", "34"), ("my son, aged 7", "7"),
                                        ("a 45-year-old man", "45"), ("Age: 52", "52"),
                                        ("my grandmother, John Đặng (10); she", "10"), ("Ana (34) called", "34")])
def test_ages(text, value):
    assert (value, "AGE") in found(text)


def test_urls_and_handles():
    assert found("see https://example.com/users/jane-doe?x=1.") == {("https://example.com/users/jane-doe?x=1", "URL"),
                                                                    ("jane-doe", "PERSON")}  # the name inside, too
    assert found("follow @jdoe_88 or u/jdoe") == {("@jdoe_88", "USER_HANDLE"), ("u/jdoe", "USER_HANDLE")}
    assert found("mail me at jane@example.com") == set()  # an email is not a handle


@pytest.mark.parametrize("text,value,kind", [
    ("Write to jane dot doe at gmail dot com please", "jane dot doe at gmail dot com", "EMAIL_ADDRESS"),
    ("jane.doe [at] gmail [dot] com", "jane.doe [at] gmail [dot] com", "EMAIL_ADDRESS"),
    ("mail ｊａｎｅ＠ｅｘａｍｐｌｅ．ｃｏｍ now", "ｊａｎｅ＠ｅｘａｍｐｌｅ．ｃｏｍ", "EMAIL_ADDRESS"),
    ("mail jane\u200b.doe@exa\u200bmple.com now", "jane\u200b.doe@exa\u200bmple.com", "EMAIL_ADDRESS"),
    ("call 415·555·0132 now", "415·555·0132", "PHONE_NUMBER")])
def test_obfuscated_contact_details(text, value, kind):
    assert (value, kind) in found(text)


def test_at_and_dot_in_prose_are_not_an_email():
    assert found("we meet at home, then dot the i's at noon") == set()


def test_a_timestamp_is_neither_a_phone_number_nor_a_date_of_birth():
    from governed_tuning.gates.pii.recognizers import numbers

    text = "Date: 1978-04-13 12:20:39 Name: Jane Doe, when: 2000-04-16 11:34:35"
    assert numbers(text) == [] and found(text) == set()
    assert [f.entity for f in numbers("call +44 20 7946 0958 at 10:30")] == ["PHONE_NUMBER"]
