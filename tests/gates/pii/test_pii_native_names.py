"""Names written in their own script inside ordinary sentences of that script (``gates/pii/native.py``): Thai
(PyThaiNLP's tokenizer and name lists), Hebrew, Arabic and Devanagari (the name list, titles, roles,
postpositions). Both ways: the name is found, and clean sentences of the same language lose nothing."""

from __future__ import annotations

import pytest

from governed_tuning.gates.pii.native import native_people
from governed_tuning.gates.pii.recognizers import Finding


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
    ("שלחתי מייל לנועם פרידמן אתמול בערב.", "נועם פרידמן"),  # the family name after a prefixed given name
    # Arabic: vowel marks ignored for the lookup; a role, a given name, a family name; a particle inside
    ("وصلتني رسالة من كمال الشايع هذا الصباح.", "كمال الشايع"),
    ("طلب العميل جالا الشايع إلغاء الاشتراك.", "جالا الشايع"),
    ("اتصل عدلي آل صفوان مرة أخرى.", "عدلي آل صفوان"),
    # Devanagari: an abbreviated title; an honorific after; a known name before a postposition
    ("डॉ. मेहता ने आज रिपोर्ट देखी।", "मेहता"),
    ("कृपया यह फ़ॉर्म अखिल जी को भेज दें।", "अखिल"),
    ("विशाल मिश्रा के अनुसार पार्सल निकल चुका है।", "विशाल मिश्रा"),
    ("مرحبا، أنا صبيح الحكير وما زلت أنتظر الطلب.", "صبيح الحكير"),  # "I am", a name the list ranks
    # Japanese: a ranked family name (also a town: 山下, 橋本), a given name, a particle; a family name after a role
    ("書類を木曜日までに橋本 直人に送ってください。", "橋本 直人"),
    ("返金は月曜日に小林幹の口座に振り込まれました。", "小林幹"),
    ("今朝山本亮介からメールが届きました。", "山本亮介"),
    ("担当の山崎が対応いたします。", "山崎"),
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
    "荷物は水曜日の午前八時から十二時の間に届きます。",
    "駅前の店舗は改装のため休業中です。山下駅から徒歩五分、橋本市にも支店があります。",  # towns, a station
])
def test_a_clean_sentence_of_these_scripts_holds_no_name(text):
    assert people(text) == set()


@pytest.mark.parametrize("text,name", [
    ("仇婷婷又打电话来问发票的事。", "仇婷婷"),  # a ranked given name: one frame (a verb after) is enough
    ("唐杰说设备无法开机。", "唐杰"),  # a common one-character given name at a clause's start, a verb of speech
    ("退款已于周一转入柳海燕的账户。", "柳海燕"),
    ("我已经把申请转给财务部的姚凤英了。", "姚凤英"),  # a department's person
])
def test_a_chinese_name_mid_sentence_needs_one_frame_when_its_given_name_is_ranked(text, name):
    from governed_tuning.gates.pii.cjk import cjk_people

    assert name in {text[f.start:f.end] for f in cjk_people(text)}


def test_chinese_words_that_start_with_a_family_name_stay():
    from governed_tuning.gates.pii.cjk import cjk_people

    text = "包裹将在周三上午送达。换了数据线以后设备还是不能充电。政府批准了新的教育预算。明天大部分地区天气炎热。"
    assert cjk_people(text) == []


def test_a_greeting_before_i_am_does_not_take_the_pronoun_for_the_name():
    from governed_tuning.gates.pii.scripts import script_people

    text = "שלום, אני דנה לוי ואני מחכה לחבילה."
    assert "אני" not in {text[f.start:f.end] for f in script_people(text)}
    assert "דנה לוי" in people(text)


@pytest.mark.parametrize("text,town", [
    ("מחר אני נוסע לחיפה עם המשפחה.", "חיפה"),  # Hebrew "to" glued before the town
    ("הסניף בתל אביב סגור.", "תל אביב"),
    ("أسكن في الرياض منذ سنتين.", "الرياض"),
    ("मेरी बहन पुणे में रहती है।", "पुणे"),  # a postposition of place after the town
    ("ฉันอยู่ที่เชียงราย", "เชียงราย"),
])
def test_a_town_after_a_word_of_place_is_found(text, town):
    from governed_tuning.gates.pii.native import native_places

    assert town in {text[f.start:f.end] for f in native_places(text) if f.entity == "LOCATION"}


def test_ordinary_words_after_a_word_of_place_stay():
    from governed_tuning.gates.pii.native import native_places

    for text in ("طلبت استرداد المبلغ عن الطلب", "في السوق اليوم", "मैंने दोहरे ऑर्डर के लिए रिफंड माँगा है।",
                 "ร้านเปิดเก้าโมงเช้าและปิดสองทุ่ม"):
        assert native_places(text) == []


def test_a_chinese_name_of_a_strong_shape_needs_no_frame():
    assert "范雪梅" in people("我邀请范雪梅周三来开会。")
    assert people("后来决定公司文章的格式。月度订阅的价格上涨了百分之十。") == set()



def test_a_thai_finding_is_not_widened_over_the_sentence_it_stands_in():
    """Thai has no spaces: widening a finding to its "whole word" took the whole sentence, merged the town with
    the person before it, and the merged span was then dropped, person and all."""
    from governed_tuning.gates.pii.engine import whole_words
    from governed_tuning.gates.pii.native import native_places

    text = "เมื่อวานฉันคุยกับคมกริบ ธีวรเรื่องคำสั่งซื้อที่เชียงราย"
    (town,) = native_places(text)
    assert text[whole_words(text, town).start:whole_words(text, town).end] == "เชียงราย"
    assert whole_words("प्रतिभा", Finding(0, 4, "PERSON", 0.7, "x")).end == len("प्रतिभा")  # Indic: still widened


def test_thai_reading_writes_nothing_in_the_home_folder(tmp_path):
    """PyThaiNLP creates its data folder on import (by default ~/pythainlp-data); an unwritable home made a scrub of
    Thai text crash. It goes under governed-tuning's cache folder instead; a user's own PYTHAINLP_DATA wins."""
    import os
    import subprocess
    import sys

    code = ("from governed_tuning.gates.pii import native; import os; "
            "print(bool(native._thai_people('เมื่อวานคุยกับคมกริบ ธีวรเรื่องคำสั่งซื้อ')), os.environ['PYTHAINLP_DATA'])")
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHAINLP_DATA")}
    env.update(HOME=str(tmp_path / "home"), XDG_CACHE_HOME=str(tmp_path / "cache"))
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    found, where = out.stdout.split()
    assert found == "True" and where == str(tmp_path / "cache" / "governed-tuning" / "pythainlp-data")
    assert not (tmp_path / "home" / "pythainlp-data").exists()
    env["PYTHAINLP_DATA"] = str(tmp_path / "mine")
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0 and out.stdout.split()[1] == str(tmp_path / "mine"), out.stderr[-2000:]
