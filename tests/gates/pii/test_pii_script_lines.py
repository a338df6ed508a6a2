"""People, places and streets in Arabic, Persian, Hebrew, Cyrillic, Greek, the Indic scripts, Thai, Georgian and
Armenian, found by the lines they stand in (``scriptlines``) and by their introductions (``scripts``): a form's
label, an address block, a signature, a sign-off, a move. Both ways, per script: the name or the place goes, an
ordinary sentence of the same language under the same kind of line stays."""

from __future__ import annotations

import pytest

from governed_tuning.gates.pii.scriptlines import script_lines
from governed_tuning.gates.pii.scripts import script_people


def found(text: str) -> set[tuple[str, str]]:
    return {(text[f.start:f.end], f.entity) for f in script_lines(text) + script_people(text)}


@pytest.mark.parametrize("text,value,kind", [
    ("المريض: سلمى الحداد\nالشكوى: ألم في الظهر", "سلمى الحداد", "PERSON"),  # Arabic label
    ("جهة الاتصال في الطوارئ: فادي النجار (079 555 1234)", "فادي النجار", "PERSON"),
    ("الاسم: ر. الخطيب\nالمدينة: الزرقاء", "ر. الخطيب", "PERSON"),  # an initial
    ("الموظف: الحسيني, ليلى", "الحسيني, ليلى", "PERSON"),  # family name first, then the given name
    ("Employee: خالد العتيبي\nDate of birth: 02/03/1980", "خالد العتيبي", "PERSON"),  # a Latin label
    ("Personne à prévenir: يوسف بنعلي (+212 6 11 22 33 44)", "يوسف بنعلي", "PERSON"),
    ("نام: مریم رضایی\nتلفن: 0912 000 0000", "مریم رضایی", "PERSON"),  # Persian
    ("שם מלא: נועה כהן", "נועה כהן", "PERSON"),  # Hebrew
    ("ПІБ: олена коваль\nМісто: Житомир", "олена коваль", "PERSON"),  # Ukrainian, written in lower case
    ("Сотрудник: Тарас Мельник", "Тарас Мельник", "PERSON"),
    ("ชื่อ: สมชาย ใจดี", "สมชาย ใจดี", "PERSON"),  # Thai
    ("Hi all, my name is ম. রায়, I am new here", "ম. রায়", "PERSON"),  # Bengali initial in English
    ("السيدة منى العلي المحترمة، شكرا على صبرك.", "منى العلي", "PERSON"),  # honorific and courtesy left out
    ("From: ரமேஷ் குமார் <ramesh.k@example.com>", "ரமேஷ் குமார்", "PERSON"),  # a sender
    ("--\nԱնի Սարգսյան | Manager\nM: 010 000000", "Անի Սարգսյան", "PERSON"),  # Armenian signature
    ("Thanks for the help. — ნინო ბერიძე, ქუთაისი", "ნინო ბერიძე", "PERSON"),  # Georgian sign-off
    ("Thanks for the help. — ნინო ბერიძე, ქუთაისი", "ქუთაისი", "LOCATION"),
])
def test_people_by_their_line(text, value, kind):
    assert (value, kind) in found(text)


@pytest.mark.parametrize("text,name,street,town", [
    ("عنوان الشحن:\nنادر الخطيب\nشارع الجامعة 14\n11942 عمّان\nالهاتف 079 000 0000",
     "نادر الخطيب", "شارع الجامعة 14", "عمّان"),
    ("Please ship to:\nअनिल मेहता\n12/4 गांधी मार्ग\n302001 जयपुर\nPhone 0141 000 0000",
     "अनिल मेहता", "12/4 गांधी मार्ग", "जयपुर"),
])
def test_an_address_block_in_another_script(text, name, street, town):
    got = found(text)
    assert {(name, "PERSON"), (street, "STREET_ADDRESS"), (town, "LOCATION")} <= got


@pytest.mark.parametrize("text,place", [
    ("انتقلنا إلى إربد في الصيف الماضي.", "إربد"),  # Arabic: "we moved to Irbid in the summer"
    ("я живу в городе Қарағанды, пишите.", "Қарағанды"),  # Kazakh letters a Latin rule does not know
    ("μένω στην πόλη Λάρισα από πέρσι.", "Λάρισα"),  # Greek
    ("nous avons déménagé à الدار البيضاء au printemps", "الدار البيضاء"),  # French before Arabic
    ("we moved to באר שבע in May", "באר שבע"),
])
def test_a_home_or_a_move_names_a_place(text, place):
    assert (place, "LOCATION") in found(text)


@pytest.mark.parametrize("text", [
    "ملاحظة: الطلب لم يصل بعد",  # a note's sentence under a label
    "العميل: لم يرد على الهاتف",  # a person's label before a sentence, not a name
    "شكرا على المساعدة!",  # thanks, then "on the help": "على" is ranked as a name but is a preposition
    "Status: مكتمل\nPriority: عالية",  # labels of things
    "Примечание: заказ не пришёл вовремя",
    "नोट: ऑर्डर देर से आया और बॉक्स टूटा था",
    "we live in a small town and moved to a new flat",
    "انتقلنا إلى منزل جديد في الصيف",  # "we moved to a new house": a home, not a town
])
def test_ordinary_lines_in_those_languages_name_nobody(text):
    got = found(text)
    assert not any(kind in ("PERSON", "LOCATION") for value, kind in got), got


def test_a_scrubbed_form_keeps_its_labels_and_its_sentences(gate):
    text = ("المريض: سلمى الحداد\nالشكوى: ألم في الظهر منذ يومين\nالعنوان: شارع الجامعة 14، 11942 عمّان\n"
            "Personne à prévenir: يوسف بنعلي (+212 6 11 22 33 44)")
    out, _ = gate.scrub_records([{"t": text}])
    copy = out[0]["t"]
    for word in ("سلمى", "الحداد", "يوسف", "بنعلي"):
        assert word not in copy
    for word in ("المريض", "الشكوى", "ألم", "الظهر", "يومين", "Personne"):
        assert word in copy
