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


@pytest.mark.parametrize("text,name", [
    ("Вчера звонила Ірина Коваленко по заказу.", "Ірина Коваленко"),  # Ukrainian capitals "І", "Є", "Ї"
    ("Ми говорили з Олегом, а потім Ігор Бондарчук передзвонив.", "Ігор Бондарчук"),
    ("Қанат Әбенов написал нам вчера.", "Қанат Әбенов"),  # Kazakh capitals
])
def test_cyrillic_names_with_the_letters_of_ukrainian_and_kazakh(text, name):
    from governed_tuning.gates.pii.multilingual import multilingual_people
    from governed_tuning.gates.pii.recognizers import _is_common

    assert name in {text[f.start:f.end] for f in multilingual_people(text, _is_common)}


def test_ordinary_ukrainian_capitals_are_no_names():
    from governed_tuning.gates.pii.multilingual import multilingual_people
    from governed_tuning.gates.pii.recognizers import _is_common

    assert multilingual_people("Інформація про замовлення: Євро та Інтернет.", _is_common) == []


def test_keys_in_these_languages_and_an_address_object_in_any_script(gate):
    recs = [{"customer": {"address": {"lines": ["الناصر 584"], "city": "وسط البلد"}}},
            {"customer": {"address": {"lines": ["Արգիշտիի 1"]}}},
            {"doc": {"lines": ["hello world 12"], "text": "keep me 5"}},
            {"الاسم": "نادر الخطيب", "ملاحظات": "الفاتورة فيها مبلغ خاطئ."},
            {"ชื่อ": "สมชาย ใจดี"}, {"ім'я": "Ірина Коваленко"}]
    out, _ = gate.scrub_records(recs)
    assert out[0]["customer"]["address"]["lines"] == ["<STREET_ADDRESS>"]
    assert out[1]["customer"]["address"]["lines"] == ["<STREET_ADDRESS>"]
    assert out[2] == recs[2]  # "lines" of a document are no address
    assert "نادر" not in out[3]["الاسم"] and "الخطيب" not in out[3]["الاسم"]
    assert out[3]["ملاحظات"] == recs[3]["ملاحظات"]
    assert "สมชาย" not in out[4]["ชื่อ"] and "Ірина" not in out[5]["ім'я"]


@pytest.mark.parametrize("text", [
    "مرحبا، أريد إرجاع الطلب",  # a greeting, then a sentence
    "شكرا جزيلا لكم على المساعدة",  # thanks, then "very much to you"
    "عزيزي العميل، تم شحن طلبك",  # "dear customer"
    "معك خدمة العملاء",  # "customer service speaking"
    "سلام، سفارش من هنوز نرسیده",  # Persian
    "שלום, ההזמנה שלי לא הגיעה",  # Hebrew
    "धन्यवाद आपकी मदद के लिए",  # Hindi
    "გმადლობთ დახმარებისთვის",  # Georgian
    "բարև, իմ պատվերը չի եկել",  # Armenian
])
def test_a_greeting_or_thanks_before_a_sentence_names_nobody(text):
    assert {v for v, e in found(text) if e == "PERSON"} == set()


@pytest.mark.parametrize("text,name", [
    ("مرحبا، معك سراج الحجار. الفاتورة فيها خطأ", "سراج الحجار"),  # a ranked given name
    ("नमस्ते राहुल, आपका ऑर्डर भेज दिया गया है", "राहुल"),  # a greeting's name ends at the comma
    ("שלום דנה, ההזמנה נשלחה", "דנה"),
    ("გამარჯობა ნინო! შეკვეთა გაიგზავნა.", "ნინო"),  # a name the list does not know, closed by "!"
])
def test_a_greeting_addressed_to_someone_names_them(text, name):
    assert (name, "PERSON") in found(text)


@pytest.mark.parametrize("text,name", [
    ("Thanks for your patience. — ريم النمر", "ريم النمر"),  # a sign-off without a town
    ("ბატონო გიორგი, თქვენი შეკვეთა გაიგზავნა.", "გიორგი"),  # Georgian "Mr", then the name and a comma
    ("גברת כהן, ההזמנה נשלחה.", "כהן"),  # Hebrew "Mrs"
])
def test_sign_offs_and_titles(text, name):
    assert (name, "PERSON") in found(text)


@pytest.mark.parametrize("text", ["Thanks — شكرا", "הערה — לא נשלח עדיין", "Price — 40 درهم"])
def test_a_dash_before_thanks_or_a_note_is_no_sign_off(text):
    assert {v for v, e in found(text) if e == "PERSON"} == set()


@pytest.mark.parametrize("text,town", [
    ("أسكن في شارع الملك فهد 24، الرياض", "الرياض"),
    ("הכתובת: רחוב הרצל 15, חיפה", "חיפה"),
    ("я живу на улице Ленина 5, Казань.", "Казань"),
    ("Ship to Մաշտոցի պողոտա 5, Երևան", "Երևան"),
])
def test_the_town_after_a_street(text, town):
    assert (town, "LOCATION") in found(text)


def test_a_number_and_a_comma_without_a_street_are_no_address():
    assert found("الطابق 3، الغرفة الثانية") == set()  # "floor 3, the second room"


@pytest.mark.parametrize("text,value,kind", [
    ("اسم العائلة: الحداد\nالاسم الأول: سلمى", "الحداد", "PERSON"),  # family and given name labels
    ("שם משפחה: כהן", "כהן", "PERSON"),
    ("გვარი: ბერიძე", "ბერიძე", "PERSON"),
    ("مكان الميلاد: طرابلس", "طرابلس", "LOCATION"),  # a birthplace label (places.py)
])
def test_name_part_and_birthplace_labels(text, value, kind):
    from governed_tuning.gates.pii.places import places

    assert (value, kind) in found(text) | {(text[f.start:f.end], f.entity) for f in places(text)}


@pytest.mark.parametrize("text,town", [
    ("Thanks. — Rosa Lima, Aporé", "Aporé"),  # the town closing a sign-off, in any script
    ("Wettsteinpark 34 · 4732 Wiener Neustadt", "Wiener Neustadt"),  # a signature's "street · postcode town"
])
def test_a_sign_off_town_and_a_postcode_after_a_middle_dot(text, town):
    from governed_tuning.gates.pii.places import places

    assert town in {text[f.start:f.end] for f in places(text) if f.entity == "LOCATION"}


@pytest.mark.parametrize("text", ["— The Support Team, Customer Care", "Regards — Tom, Acme Corp"])
def test_a_sign_off_team_is_no_town(text):
    from governed_tuning.gates.pii.places import places

    assert [f for f in places(text) if f.entity == "LOCATION"] == []


@pytest.mark.parametrize("text,name", [
    ("Employee: D. Cline\nDate of birth: 09/06/1948", "D. Cline"),  # an initial and a family name, any script
    ("Medewerker: KLEINPOELES, Laila\nGeboortedatum: 02-02-1969", "KLEINPOELES, Laila"),  # FAMILY, Given
    ("Doručit na:\nČELAKOVSKÝ, Mstislav\nKochana Z Prachové 1385\n156 75 Jablonné nad Orlicí", "ČELAKOVSKÝ, Mstislav"),
])
def test_name_shapes_under_a_person_label_or_above_a_street(text, name):
    assert (name, "PERSON") in found(text)


@pytest.mark.parametrize("text", ["Name: USB, Cable", "Contact: IT, Helpdesk", "Customer: N.A.", "Name: ACME, Inc"])
def test_acronyms_and_common_words_are_no_name_shape(text):
    assert found(text) == set()
