"""Names and places in scripts the English model cannot read: Chinese, Japanese and Korean, where a name has no
word boundary around it (``cjk``), and scripts without capitals (Hebrew, Arabic, Indic, Thai, Georgian) or
Armenian inside Latin text or after their own introductions (``scripts``). Both ways: the name goes, ordinary
words of the same script stay."""

from __future__ import annotations

import pytest

from governed_tuning.gates.pii.cjk import cjk_people, cjk_places, split_name
from governed_tuning.gates.pii.engine import whole_words
from governed_tuning.gates.pii.recognizers import Finding
from governed_tuning.gates.pii.scripts import script_people


def scrub(gate, *texts: str) -> list[str]:
    out, _ = gate.scrub_records([{"t": t} for t in texts])
    return [o["t"] for o in out]


def found(fn, text: str) -> set[tuple[str, str]]:
    return {(text[f.start:f.end], f.entity) for f in fn(text)}


def test_a_name_without_spaces_splits_into_family_and_given_name():
    assert split_name("王鑫") == ("王", "鑫")
    assert split_name("西村あすか") == ("西村", "あすか")
    assert split_name("歐陽娜娜") == ("歐陽", "娜娜")
    assert split_name("박서연") == ("박", "서연")
    assert split_name("发票") is None and split_name("洗衣机") is None


@pytest.mark.parametrize("text,name", [
    ("您好，我叫王鑫。 洗衣机不能脱水了。", "王鑫"),  # an introduction
    ("你好，我是陈涛。", "陈涛"),  # a weak introduction and a name's shape
    ("鈴木桃子と申します。", "鈴木桃子"),  # a Japanese introduction after the name
    ("こんにちは、山本浩です。", "山本浩"),
    ("桃子様、お待たせしました。", "桃子"),  # an honorific
    ("王女士和李先生都来了。", "李"),
    ("谢谢丽娟！", "丽娟"),  # thanks and a ranked given name
    ("저는 박서연라고 합니다.", "박서연"),  # a Korean introduction, the particle left
    ("건우님, 감사합니다!", "건우"),
    ("姓名：吳秀雲", "吳秀雲"),  # a form's label
    ("Witness: 陈涛.", "陈涛"),  # a name standing alone in English text
    ("Assigned to 西村あすか. Contact on file", "西村あすか"),
    ("Pt 류지후, 69 y/o", "류지후"),
])
def test_cjk_people_are_found_by_their_context(text, name):
    assert (name, "PERSON") in found(cjk_people, text)


@pytest.mark.parametrize("text", [
    "我是新用户，金额不对，马上处理。周末高兴。",  # words that start with a family name's character
    "发票金额不对。 快递一直没有到。 洗衣机不能脱水了。",
    "JAN 8843576722660は残り248個です。注文番号37796270は3-5 days以内に発送します。",
    "お客様、お待たせしました。皆様によろしく。",
    "청구서 금액이 틀렸어요. 고객님, 고객지원팀에 문의해 주세요. 정보를 수정했습니다.",
    "商品\nRose Gold case\n数量\n78\n备注\n发票金额不对。",
    "Shipped from 高雄 to 東京 on Monday.",  # towns after a preposition are no people
])
def test_ordinary_cjk_text_names_nobody(text):
    assert {v for v, e in found(cjk_people, text) if e == "PERSON"} == set()


@pytest.mark.parametrize("text,place", [
    ("今は富里市に住んでいます。", "富里市"),
    ("今は川崎市川崎区に住んでいます。", "川崎市川崎区"),
    ("我现在住在草屯。", "草屯"),
    ("我们搬到了乌鲁木齐县。", "乌鲁木齐县"),
    ("지금 남양주시에 살아요.", "남양주시"),
    ("parked outside the station in 苗栗.", "苗栗"),
])
def test_cjk_places_by_living_and_moving_words(text, place):
    assert (place, "LOCATION") in found(cjk_places, text)


def test_no_place_in_ordinary_words_ending_like_one():
    assert found(cjk_places, "我在超市买的，城市很大。") == set()


@pytest.mark.parametrize("text,name,kind", [
    ("Assigned to אדל לוי. Contact on file", "אדל לוי", "PERSON"),
    ("Witness: इन्दिरा प्रसाद.", "इन्दिरा प्रसाद", "PERSON"),
    ("Sorry for the wait, প্রতিভা. I have updated it.", "প্রতিভা", "PERSON"),
    ("Witness: رزين آل محمد بن علي بن جماز.", "رزين آل محمد بن علي بن جماز", "PERSON"),
    ("we live in ხაშური now", "ხაშური", "LOCATION"),
    ("היי, שמי יעל ביטון. החשבונית עם סכום שגוי.", "יעל ביטון", "PERSON"),  # an introduction in Hebrew
    ("مرحبا، معك سراج الحجار. الفاتورة فيها خطأ", "سراج الحجار", "PERSON"),
])
def test_names_in_scripts_without_capitals(text, name, kind):
    assert (name, kind) in found(script_people, text)


def test_a_quoted_sentence_in_another_script_is_no_name():
    assert found(script_people, "Summarise: החשבונית עם סכום שגוי.") == set()
    assert found(script_people, "החשבונית עם סכום שגוי. המקרר לא מקרר.") == set()


def test_a_name_ending_in_a_vowel_sign_is_taken_whole():
    text = "Thanks प्रतिभा!"
    cut = Finding(7, 7 + len("प्रतिभ"), "PERSON", 0.7, "spacy_ner")  # \w stops before the vowel sign
    f = whole_words(text, cut)
    assert text[f.start:f.end] == "प्रतिभा"


def test_scrubbed_records_keep_no_cjk_name_and_keep_ordinary_words(gate):
    out = scrub(gate, "您好，我叫王鑫。 洗衣机不能脱水了。 谢谢丽娟！",
                "鈴木桃子と申します。 炊飯器の電源が入りません。\nI can help with that, 桃子.",
                "Hi 杨宇, sorry.\n宇，抱歉久等了。",
                "저는 윤지민라고 합니다. 세탁기가 탈수를 하지 않아요.",
                "Assigned to אדל לוי. Thanks प्रतिभा!")
    joined = "\n".join(out)
    for name in ("王鑫", "丽娟", "鈴木", "桃子", "杨宇", "宇，", "윤지민", "אדל", "לוי", "प्रतिभा", "ा!"):
        assert name not in joined, name
    for word in ("洗衣机不能脱水了", "炊飯器の電源が入りません", "抱歉久等了", "세탁기가", "Assigned to"):
        assert word in joined, word


def test_a_given_name_closing_an_english_sentence_is_addressed():
    assert ("桃子", "PERSON") in found(cjk_people, "I can help with that, 桃子. Could you confirm?")
    assert found(cjk_people, "The box says 桃子.") == set()  # no comma, no address


@pytest.mark.parametrize("text", [
    "The box is labelled ওঁদেরকে রিক্সা জানালা.",  # a thing's word before the run
    "Tag: רביבים",
    "Item ইস্পাত is out of stock (qty 0).",
    "Category เบียร์ หว่าน; priority low.",
    "Summarise: ไข่เปลืองกระจายเฉยตั้งแต่คอกนุ่นระเบียงประชาธิปไตย",  # a Thai sentence has no spaces
    "הזמנה T-8096093 תישלח תוך 1-2 jours.",  # a code is no Latin word
])
def test_words_of_another_script_in_an_english_line_are_not_people_without_a_reason(text):
    assert {v for v, e in found(script_people, text) if e == "PERSON"} == set()


def test_a_value_holding_a_known_given_name_is_the_whole_person(gate):
    out, _ = gate.scrub_records([{"manager": "راني آل محمد بن علي بن جماز", "review": "Discussed with راني."},
                                 {"manager": "אמה סבג", "review": "Strong quarter. Discussed with אמה."}])
    joined = repr(out)
    for word in ("راني", "جماز", "אמה", "סבג"):
        assert word not in joined, word


def test_a_name_split_by_its_particle_and_a_sender_before_an_address_are_whole(gate):
    out, _ = gate.scrub_records([
        {"from": "Нина Шакири <nina@example.com>", "body": "Здравствуйте, меня зовут Нина."},
        {"from": "غزير آل حسين <g@example.com>", "body": "مرحبا، أنا غزير.\n\nغزير آل حسين"}])
    joined = repr(out)
    for word in ("Нина", "Шакири", "غزير", "حسين", " آل "):
        assert word not in joined, word
