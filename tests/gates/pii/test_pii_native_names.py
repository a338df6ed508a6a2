"""Names written in their own script inside ordinary sentences of that script (``gates/pii/native.py``): Thai
(PyThaiNLP's tokenizer and name lists), Hebrew, Arabic and Devanagari (the name list, titles, roles,
postpositions). Both ways: the name is found, and clean sentences of the same language lose nothing."""

from __future__ import annotations

import pytest

from governed_tuning.gates.pii.native import native_people


def people(text: str) -> set[str]:
    return {text[f.start:f.end] for f in native_people(text) if f.entity == "PERSON"}


@pytest.mark.parametrize("text,name", [
    # Thai: no spaces between words; "given<space>family"; a title before a name that is also a word
    ("เมื่อวานฉันคุยกับคมกริบ ธีวรเรื่องคำสั่งซื้อ", "คมกริบ ธีวร"),
    ("โอนเงินคืนเข้าบัญชีของผกาทิพย์ ทศโยธินแล้ว", "ผกาทิพย์ ทศโยธิน"),
    ("จิณภัทตาบอกว่าเครื่องเปิดไม่ติด", "จิณภัทตา"),
    ("คุณสมใจโทรมาเมื่อเช้า", "สมใจ"),
    # Hebrew: a common given name and a known family name; a name glued to "to"; after a role word
    ("אתמול דיברתי עם יואב כהן על ההזמנה.", "יואב כהן"),
    ("הטכנאי שלח את הדוח לאברהם ולמנהל הסניף.", "אברהם"),
    ("נא לתאם את ההתקנה מול שרה בשעות הבוקר.", "שרה"),
    # Arabic: vowel marks ignored for the lookup; a role, a given name, a family name; a particle inside
    ("وصلتني رسالة من كمال الشايع هذا الصباح.", "كمال الشايع"),
    ("طلب العميل جالا الشايع إلغاء الاشتراك.", "جالا الشايع"),
    ("اتصل عدلي آل صفوان مرة أخرى.", "عدلي آل صفوان"),
    # Devanagari: an abbreviated title; an honorific after; a known name before a postposition
    ("डॉ. मेहता ने आज रिपोर्ट देखी।", "मेहता"),
    ("कृपया यह फ़ॉर्म अखिल जी को भेज दें।", "अखिल"),
    ("विशाल मिश्रा के अनुसार पार्सल निकल चुका है।", "विशाल मिश्रा"),
])
def test_a_name_in_a_sentence_of_its_own_script_is_found(text, name):
    assert name in people(text)


@pytest.mark.parametrize("text", [
    "พัสดุจะมาถึงวันพุธระหว่างแปดโมงถึงเที่ยง",  # "วัน", "เที่ยง" are names somewhere and ordinary words here
    "รัฐบาลอนุมัติงบประมาณใหม่สำหรับการศึกษา",
    "הסניף בתל אביב סגור בגלל שיפוצים.",  # a town, written with its "in" prefix
    "מזג האוויר מחר יהיה חם ויבש ברוב הארץ.",
    "ارتفع سعر الاشتراك الشهري بنسبة عشرة بالمئة.",
    "الفرع في وسط المدينة مغلق بسبب أعمال الصيانة.",  # "المدينة مغلق": the list holds both as names
    "سيكون الطقس غدا حارا وجافا في معظم المناطق.",
    "सरकार ने शिक्षा के लिए नए बजट को मंज़ूरी दी।",  # a noun before a postposition
    "केबल बदलने के बाद भी डिवाइस चार्ज नहीं हो रहा है।",
    "عمل هم مشاهده. خدمت گل. گروه قبل حاضر",  # no name across a full stop
])
def test_a_clean_sentence_of_these_scripts_holds_no_name(text):
    assert people(text) == set()
