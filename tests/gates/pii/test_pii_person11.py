"""Names in Arabic script, Cyrillic and Han, in running text and in labelled fields (issue 11 part 4, person11):
"the customer's name" as a label or a header in each language, Cyrillic introductions of the South Slavs and
Kazakhs, declined Cyrillic names, Arabic "X بن Y", Urdu postpositions, Arabic verb-first sentences; and the
ordinary sentences of the same shapes stay whole."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.usefixtures("pii_test_key")


def scrub(gate, record: dict) -> dict:
    (out,), _ = gate.scrub_records([record])
    return out


@pytest.mark.parametrize("label", ["پورا نام", "صارف کا نام", "نام مشتری", "اسم العميل", "الاسم الثلاثي",
                                   "Име и презиме", "Имя клиента", "ім'я клієнта", "име на клиента",
                                   "Аты-жөні", "клиенттің аты", "姓名", "客户姓名", "收件人姓名"])
def test_labels_that_name_a_person_in_each_language(label):
    from governed_tuning.gates.pii.multilingual import NAME_HEADER
    from governed_tuning.gates.pii.rescan_independent import _label_kind

    assert _label_kind(label) == "PERSON"
    assert NAME_HEADER.fullmatch(label)


@pytest.mark.parametrize("label", ["الحالة", "Статус", "状态", "Город", "订单", "آرڈر"])
def test_other_labels_name_no_person(label):
    from governed_tuning.gates.pii.rescan_independent import _label_kind

    assert _label_kind(label) != "PERSON"


@pytest.mark.parametrize("text,names", [
    ("姓名,城市,订单\n徐平,1403,处理中\n李帅,1405,已关闭\n", ["徐平", "李帅"]),
    ("Име и презиме,Град,Поруџбина\nЛовре Мимица,1276,у обради\nМаре Гргурић,1277,послато\n",
     ["Ловре Мимица", "Маре Гргурић"]),
])
def test_a_csv_under_a_name_header_in_the_language_loses_every_name(text, names):
    from governed_tuning.gates.pii.multilingual import csv_people

    found = {text[f.start:f.end] for f in csv_people(text)}
    assert set(names) <= found


def test_a_json_key_that_names_a_person_in_urdu(gate):
    out = scrub(gate, {"پورا نام": "بنفسج بدر", "حالت": "بھیج دیا گیا"})
    assert "بنفسج" not in str(out) and out["حالت"] == "بھیج دیا گیا"


@pytest.mark.parametrize("text,name", [
    ("здравейте, казвам се албина кривошапкова и имам въпрос", "албина кривошапкова"),
    ("добар дан, зовем се бара цветнић и имам проблем", "бара цветнић"),
    ("сәлеметсіз бе, менің атым павел рожков, сұрағым бар", "павел рожков"),
])
def test_cyrillic_introductions_of_other_languages(text, name):
    from governed_tuning.gates.pii.multilingual import multilingual_people
    from governed_tuning.gates.pii.recognizers import _is_common

    found = [text[f.start:f.end] for f in multilingual_people(text, _is_common)]
    assert name in found


@pytest.mark.parametrize("word,expected", [("Блиновым", True), ("Валентиновичем", True), ("Мишковићом", True),
                                           ("Андреем", True), ("Новым", False), ("Годом", False),
                                           ("Министерством", False)])
def test_a_declined_cyrillic_name(word, expected):
    from governed_tuning.gates.pii.multilingual import declined_name

    assert declined_name(word) is expected


def test_declined_names_inside_a_sentence_are_found_and_ordinary_capitals_are_not():
    from governed_tuning.gates.pii.multilingual import script_names
    from governed_tuning.gates.pii.recognizers import _is_common

    text = "Договор подписан с Блиновым Фотием Валентиновичем в понедельник."
    assert [text[f.start:f.end] for f in script_names(text, _is_common)] == ["Блиновым Фотием Валентиновичем"]
    assert script_names("Поздравляем всех с Новым Годом и Рождеством!", _is_common) == []


def _scripts(text: str) -> list[str]:
    from governed_tuning.gates.pii.engine import CHEAP

    return [text[f.start:f.end] for f in CHEAP["scripts"](text) if f.entity == "PERSON"]


@pytest.mark.parametrize("text,name", [
    ("وقع العقد سالم بن راشد الكعبي صباح اليوم.", "سالم بن راشد الكعبي"),  # not "this morning"
    ("أرسل جميلة الجفالي الطلب مرة ثانية.", "جميلة الجفالي"),  # verb first; not "the order"
    ("کل میں نے ابتهال الأدغم سے بل کے بارے میں بات کی۔", "ابتهال الأدغم"),  # Urdu "with"
    ("آرڈر پارسا میردامادی نے دوبارہ بھیجا ہے۔", "پارسا میردامادی"),  # Urdu's ergative
    ("دیروز با پارسا بهمنی درباره قرارداد صحبت کردم.", "پارسا بهمنی"),  # Persian "with"
])
def test_arabic_script_names_in_running_text(text, name):
    assert name in _scripts(text)


@pytest.mark.parametrize("text", [
    "آرڈر کل دوبارہ بھیجا گیا ہے۔",
    "میں نے بل کے بارے میں بات کی۔",
    "أرسل الطلب مرة ثانية لأن الأول ضاع.",
    "طلبت الشركة مبلغ التأمين.",
    "دیروز با مدیر درباره قرارداد صحبت کردم.",
])
def test_ordinary_arabic_script_sentences_of_the_same_shapes_name_nobody(text):
    assert _scripts(text) == []


def test_an_arabic_introduction_takes_the_family_name_up_to_the_next_clause():
    text = "مرحبا، اسمي حمدان جماز وعندي مشكلة في الحساب."
    assert "حمدان جماز" in _scripts(text)
    assert _scripts("مرحبا، اسمي مكتوب خطأ في الفاتورة.") == []  # "my name is written wrong"


def test_a_name_that_is_a_common_word_too_stays_a_name_after_an_introduction():
    assert "بطرس ياسر" in _scripts("مساء الخير، اسمي بطرس ياسر. وصل الطرد تالفا.")


@pytest.mark.parametrize("text", ["Имя клиента: не указано\nСтатус: закрыт", "Име купца: није наведено",
                                  "Клиенттің аты: көрсетілмеген", "اسم العميل: غير مذكور", "客户姓名：未填写"])
def test_a_name_field_that_says_it_is_empty_names_nobody(gate, text):
    assert scrub(gate, {"t": text})["t"] == text
