"""Places in Arabic script, Devanagari and Thai in the shapes places10 did not read: a form's label written with
vowel signs ("เมือง:", "ठेगाना:"), a JSON key inside a text, a district's or a province's label in a script
without capitals, a hierarchy of levels ("X जिल्ला, Y प्रदेश", "شهرستان X، استان Y"), and phrases of working,
travelling, family and greetings; each both ways (the same shapes with an ordinary word find no place)."""

from __future__ import annotations

import pytest

from governed_tuning.gates.pii.places import places


def _found(text):
    return {text[f.start:f.end] for f in places(text) if f.entity in ("LOCATION", "STREET_ADDRESS")}


@pytest.mark.parametrize("text, place", [
    ("เมือง: แม่สะเรียง", "แม่สะเรียง"),  # a Thai label with a vowel sign
    ("ภูมิลำเนา: ลำปาง", "ลำปาง"),
    ("ठेगाना: बेसीशहर", "बेसीशहर"),  # Nepali "address"
    ('{"city": "अजमेर", "note": "x"}', "अजमेर"),  # a JSON key written in a text
    ('{"city": "Flawil"}', "Flawil"),
    ("शहर: बेसीशहर", "बेसीशहर"),
    ("شهر: نیشابور", "نیشابور"),  # Persian "city" was no label
    ("ضلع : ملتان", "ملتان"),  # a district's label, in a script without capitals
    ("जिला : अजमेर", "अजमेर"),
    ("อำเภอ : เชียงคาน", "เชียงคาน"),
])
def test_a_place_under_a_label_is_found(text, place):
    assert place in _found(text)


@pytest.mark.parametrize("text", ["जिला: लागू नहीं", "जिला: अज्ञात", "อำเภอ: ไม่ทราบ", '{"state": "active"}'])
def test_no_value_under_a_label_is_no_place(text):
    assert not _found(text), text


@pytest.mark.parametrize("text, names", [
    ("गाँव रामपुर, जिला अजमेर", {"रामपुर", "अजमेर"}),
    ("लमजुङ जिल्ला, गण्डकी", {"लमजुङ", "गण्डकी"}),
    ("म लमजुङ, गण्डकी बाट हुँ।", {"लमजुङ", "गण्डकी"}),
    ("धर्मापुरी तालुका, मेघालय जिल्हा", {"धर्मापुरी", "मेघालय"}),
    ("شهرستان کرج، استان البرز", {"کرج", "البرز"}),
    ("تحصیل کھاریاں، ضلع گجرات", {"کھاریاں", "گجرات"}),
    ("أسكن في تيبازة، ولاية بسكرة.", {"تيبازة", "بسكرة"}),
    ("บ้านฉันอยู่ที่ อ.เชียงคาน จ.เลย ค่ะ", {"เชียงคาน", "เลย"}),  # a Thai address's abbreviations
    ("أسكن في البوني، ولاية بني عباس.", {"البوني", "بني عباس"}),  # a name of two every day's words after a level
])
def test_the_levels_of_a_hierarchy_are_places_and_their_words_are_not(text, names):
    found = {f for f in _found(text)}
    assert names <= found
    assert not any(w in p for p in found for w in ("जिला", "जिल्ला", "जिल्हा", "तालुका", "استان", "ضلع", "ولاية"))


@pytest.mark.parametrize("text, town", [
    ("मैं अजमेर में काम करता हूँ।", "अजमेर"),
    ("कल मैं अजमेर जा रहा हूँ।", "अजमेर"),
    ("मेरा परिवार अजमेर में है।", "अजमेर"),
    ("در کرج کار می‌کنم.", "کرج"),
    ("فردا به کرج می‌روم.", "کرج"),
    ("أعمل في بسكرة منذ سنتين.", "بسكرة"),
    ("تحياتي من بسكرة.", "بسكرة"),
    ("ผมทำงานที่เชียงคานครับ", "เชียงคาน"),
    ("म अहिले पोखरा मा छु।", "पोखरा"),
])
def test_a_town_after_a_phrase_of_work_travel_or_family_is_found(text, town):
    assert town in _found(text)


@pytest.mark.parametrize("text", [
    "समस्या सिस्टम में है।",  # "the problem is in the system": no subject of a home
    "أعمل في شركة صغيرة.",
    "मैं घर जा रहा हूँ।",
    "भोलि म बजार जाँदैछु।",  # Nepali "market", which wordfreq (Hindi) does not hold
    "मैं अभी दफ़्तर में हूँ।",
    "जिला अस्पताल में भर्ती",
    "ผมทำงานที่บริษัทครับ",
    "นัดวันที่ 3 ต.ค.ครับ",  # "ต.ค." is October, not a subdistrict
    "قرية صغيرة جميلة",  # "a small, pretty village"
    "जिला अस्पताल कर्मचारी",  # "district hospital staff"
    "المحافظة على البيئة",  # "preserving the environment"
    "در دفتر کار می‌کنم.",
])
def test_the_same_phrases_before_an_ordinary_word_find_no_place(text):
    assert not _found(text), text


@pytest.mark.parametrize("text, names", [
    ("I live in Mpika District, Muchinga Province.", {"Muchinga"}),
    ("Barangay San Isidro, Municipality of Calauag, Quezon", {"San Isidro", "Calauag"}),
    ("We are from Nakonde district in Zambia.", {"Nakonde"}),
])
def test_a_latin_name_beside_its_level_of_administration_is_a_place(text, names):
    assert names <= _found(text)


@pytest.mark.parametrize("text", ["Northern Province office", "Our Sales Region is EMEA", "The Central District court",
                                  "Tax District 4"])
def test_english_words_before_a_level_are_no_place(text):
    assert not _found(text), text


@pytest.mark.parametrize("text, part", [
    ("मकान नं. 12, गांधी नगर, अजमेर - 305001", "मकान नं. 12, गांधी नगर, अजमेर - 305001"),
    ("مکان نمبر 5، گلی 3، ملتان", "مکان نمبر 5، گلی 3، ملتان"),
    ("अजमेर - 305001", "अजमेर"),  # a town before an Indian PIN code and its dash
])
def test_an_unlabelled_south_asian_address_line_is_found(text, part):
    assert part in _found(text)


@pytest.mark.parametrize("text", ["मेरा घर नं. 5 है।", "घर नं. 12, कृपया जल्दी ठीक करें", "ऑर्डर 305001 भेज दिया",
                                  "مکان نمبر 5، براہ کرم جلدی کریں"])
def test_a_house_number_in_a_sentence_and_an_order_number_are_no_address(text):
    assert not _found(text), text
