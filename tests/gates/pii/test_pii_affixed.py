"""Names with their grammar on them (``gates/pii/affixed.py``), Korean names with an honorific or the familiar
"이" and a particle glued on (``cjk._ko_glued``), and a name alone under a letter's closing in the scripts
without capitals (``nameforms._signed``). Both ways: the name is found, and the same endings, prefixes,
greetings and role words on ordinary words find nothing. Names and sentences are written for these tests."""

from __future__ import annotations

import pytest

from governed_tuning.gates.pii.affixed import affixed_people
from governed_tuning.gates.pii.cjk import cjk_people
from governed_tuning.gates.pii.nameforms import name_forms
from governed_tuning.gates.pii.recognizers import _is_common


def found(text: str) -> set[str]:
    return {text[f.start:f.end] for f in affixed_people(text) if f.entity == "PERSON"}


@pytest.mark.parametrize("text,name", [
    # Turkish: the suffix after an apostrophe stays, the name goes
    ("Ayşe'nin siparişi hâlâ gelmedi.", "Ayşe"),
    ("Faturayı dün Mehmet'e gönderdim.", "Mehmet"),
    # Finnish (consonant gradation undone), Hungarian (lengthened vowel, assimilated instrumental)
    ("Lähetin paketin Pekalle maanantaina.", "Pekalle"),
    ("Soitin eilen Mikolle laskusta.", "Mikolle"),
    ("Tegnap küldtem Péternek a számlát.", "Péternek"),
    ("Megírtam Zsuzsannának az e-mailt.", "Zsuzsannának"),
    ("Tegnap beszéltem Péterrel a számláról.", "Péterrel"),
    # Russian declension inside a sentence
    ("Вчера я отправил Ивану счёт.", "Ивану"),
    ("Я говорил с Сергеем вчера.", "Сергеем"),
    ("Передайте Ольге, что заказ готов.", "Ольге"),
    # Arabic prefix letters: the name without the letter
    ("أرسلت الفاتورة لخالد أمس.", "خالد"),
    ("تحدثت مع المدير ولأحمد عن الطلب.", "أحمد"),
    # a lower-case given name after a greeting; a family name in capitals before the given name
    ("hey noah, the parcel never arrived.", "noah"),
    ("hola lucía, ¿qué tal?", "lucía"),
    ("WALKER James - account holder since 2019.", "WALKER James"),
    # a role word before a name, in several languages
    ("Il cliente Lorenzo Greco ha chiamato due volte.", "Lorenzo Greco"),
    ("Der Mieter Dieter Hoffmann zahlt seit Mai nicht.", "Dieter Hoffmann"),
    # Tamil: a title before any name, a role before a name the list knows
    ("திரு. ராஜேஷ் நடராஜன் கட்டணம் செலுத்தவில்லை.", "ராஜேஷ் நடராஜன்"),
    ("வாடிக்கையாளர் சுரேஷ் இரண்டு முறை அழைத்தார்.", "சுரேஷ்"),
])
def test_a_name_with_its_grammar_is_found(text, name):
    assert name in found(text)


@pytest.mark.parametrize("text", [
    "Ankara'da hava güzel, İstanbul'a yarın gidiyorum.",  # towns take the same suffixes
    "Kitabın kapağı yırtılmış geldi.",
    "Soitin eilen laskutukselle laskusta.",
    "Tegnap küldtem a könyvelésnek a számlát.",
    "Мы были в Москве вчера, потом в Казани.",  # towns decline too
    "Вчера я отправил бухгалтеру счёт.",
    "ذهبت للمدينة بسرعة وكتبت لكم رسالة.",
    "ciao bella, come stai?", "hey bro, you there?", "hi team, the build is green.", "hello there, anyone?",
    "PLEASE Note the new address.", "The customer Portal is down.", "Patient Care called back.",
    "Der Kunde Service ist erreichbar.",
    "வாடிக்கையாளர் சேவை இரண்டு முறை அழைத்தது.",
])
def test_the_same_grammar_on_ordinary_words_finds_nothing(text):
    assert found(text) == set()


@pytest.mark.parametrize("text,name", [
    ("민준씨에게 영수증을 보냈어요.", "민준"),
    ("어제 서연이가 전화했어요.", "서연"),
    ("지훈아, 내일 봐.", "지훈"),
])
def test_a_korean_given_name_with_particles_glued_on(text, name):
    assert name in {text[f.start:f.end] for f in cjk_people(text) if f.entity == "PERSON"}


@pytest.mark.parametrize("text", ["날씨가 좋아요.", "사람이가 많아요.", "좋아, 내일 봐.", "회사씨에게 연락했어요."])
def test_korean_words_with_the_same_endings_stay(text):
    assert not [f for f in cjk_people(text) if f.entity == "PERSON"]


@pytest.mark.parametrize("text,name", [
    ("よろしくお願いします。\n佐藤", "佐藤"),
    ("谢谢！\n王伟", "王伟"),
    ("நன்றி,\nசுரேஷ்", "சுரேஷ்"),
    ("धन्यवाद,\nराहुल शर्मा", "राहुल शर्मा"),
])
def test_a_name_under_a_closing_in_a_script_without_capitals(text, name):
    assert name in {text[f.start:f.end] for f in name_forms(text, _is_common) if f.entity == "PERSON"}


@pytest.mark.parametrize("text", ["நன்றி,\nவாடிக்கையாளர் சேவை", "谢谢！\n客服中心", "धन्यवाद,\nग्राहक सेवा"])
def test_a_team_under_a_closing_stays(text):
    assert not [f for f in name_forms(text, _is_common) if f.entity == "PERSON"]


@pytest.mark.parametrize("word,latin", [("राहुल", "rahul"), ("सुनीता", "sunita"), ("अशोक", "ashok"), ("वर्षा", "varsha"),
                                        ("সরলা", "sarla"), ("রফিক", "rafik")])
def test_an_indic_word_is_read_in_the_latin_letters_the_list_knows(word, latin):
    from governed_tuning.gates.pii.indicroman import romanised

    assert latin in romanised(word)


@pytest.mark.parametrize("text,name", [("वर्षा भन्नुहुन्छ कि स्क्रिन दुई दिनदेखि बन्द छ।", "वर्षा"),
                                       ("অশোক বলছেন স্ক্রিন দুই দিন ধরে বন্ধ।", "অশোক")])
def test_a_name_the_list_knows_in_latin_letters_before_a_verb_of_saying(text, name):
    from governed_tuning.gates.pii.nativeframes import frame_people

    assert name in {text[f.start:f.end] for f in frame_people(text)}


@pytest.mark.parametrize("text", ["स्वायत्त कारें निर्माताओं की ओर बीमा दायित्व रखतीं हैं।",
                                  "लंदन यूनाइटेड किंगडम का विशाल शहर है।", "ग्राहक सेवा से बात की।"])
def test_hindi_words_that_romanise_onto_names_elsewhere_stay(text):
    from governed_tuning.gates.pii.engine import CHEAP

    assert not [f for f in CHEAP["scripts"](text) if f.entity == "PERSON"]


@pytest.mark.parametrize("text,name", [("氏名：二階堂寧子\n生年月日：", "二階堂寧子"), ("森永英威です。30歳で、大阪に住んでいます。", "森永英威")])
def test_a_japanese_name_with_a_given_name_the_list_does_not_know(text, name):
    assert name in {text[f.start:f.end] for f in cjk_people(text) if f.entity == "PERSON"}


@pytest.mark.parametrize("text", ["日本人です。", "会社員です。", "東京駅前店です。", "大丈夫です。"])
def test_a_japanese_sentence_with_the_copula_names_nobody(text):
    assert not [f for f in cjk_people(text) if f.entity == "PERSON"]


def test_a_thai_self_introduction_after_a_greeting():
    from governed_tuning.gates.pii.native import native_people

    text = "สวัสดีครับ ผมพิทักษ์ วันแสง คำสั่งซื้อมาถึงแล้ว"
    assert "พิทักษ์ วันแสง" in {text[f.start:f.end] for f in native_people(text)}
    assert not native_people("ผมรักคุณมาก และผมชอบอาหารไทย")
