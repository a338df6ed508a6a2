"""Dates of birth, ages, street addresses and phone numbers as they are written in scripts without spaces
(Chinese, Japanese, Korean, Thai), in right-to-left scripts and in the languages of the last blind set's
misses; and the look-alikes that must stay. The re-scan's independent pass finds the same kinds, so a
leftover of one of them fails the gate."""

from __future__ import annotations

import pytest

from governed_tuning.gates.pii import rescan_independent as ri
from governed_tuning.gates.pii.ages import ages
from governed_tuning.gates.pii.birthdates import dates_of_birth
from governed_tuning.gates.pii.fields import CONTEXT_KEY, Slot, detect_text
from governed_tuning.gates.pii.places import label_kind
from governed_tuning.gates.pii.recognizers import numbers
from governed_tuning.gates.pii.streets import streets


def _values(findings, text, kind=None):
    return sorted({text[f.start:f.end] for f in findings if kind is None or f.entity == kind})


@pytest.mark.parametrize("text, date", [
    ("我的出生日期是1971年08月04日。", "1971年08月04日"),  # the label touches the date
    ("出生于1948年02月03日", "1948年02月03日"),
    ("生年月日は1985年07月29日です。", "1985年07月29日"),
    ("1946/05/29生まれです。", "1946/05/29"),  # the word of birth after the date
    ("1968年09月22日生まれです。", "1968年09月22日"),
    ("생년월일은 1945년 02월 20일입니다.", "1945년 02월 20일"),
    ("1974.05.01 출생 전화번호는", "1974.05.01"),
    ("дата народження: 24.05.1988 Моя пошта", "24.05.1988"),
    ("Я народився 07.07.1941.", "07.07.1941"),
    ("تاريخ ميلادي 1975-01-10. ردوا", "1975-01-10"),
    ("נולדתי ב-14/03/1987", "14/03/1987"),
    ("जन्म तिथि: 14/03/1987", "14/03/1987"),
    ("born: 23.07.1999", "23.07.1999"),
])
def test_dates_of_birth_across_scripts(text, date):
    assert _values(dates_of_birth(text), text) == [date]
    assert any(date in v for v in _values([f for f in ri.birth_dates(text) if f.score == ri.CONFIRMED], text))


@pytest.mark.parametrize("text", ["订单日期是2024年08月04日。", "出生地：北京 2020-01-01", "生まれ 3日",
                                  "order 12-14/03/1987 born"])
def test_other_dates_stay(text):
    assert dates_of_birth(text) == []


def test_a_born_key_or_a_birth_key_in_another_language_is_read_as_a_label():
    for key in ("born", "Дата народження", "تاريخ الميلاد", "生年月日"):
        assert CONTEXT_KEY.search(key), key
    text, offset = detect_text(Slot("text", "claimant", ("claimant", "born"), "born"), "23.07.1999")
    assert _values(dates_of_birth(text), text) == ["23.07.1999"] and offset == len("born: ")


@pytest.mark.parametrize("text", [
    "body\nmit 85 Jahren bin ich nicht mehr so schnell", "con 85 años, vivo solo", "Meu pedido. com 85 anos CPF: 1",
    "العمر: 85 رقم جوالي", "عمري 85 سنة.", "גיל: 85 החבילה", "אני בן 85.", "вік: 85 тел.", "Umur saya 85 tahun.",
    "อายุ 85 ปี"])
def test_ages_in_more_languages(text):
    assert [text[f.start:f.end] for f in ages(text)] == ["85"]


@pytest.mark.parametrize("text", [
    "Con 5 años de experiencia en ventas.", "Mit 5 Jahren Garantie.", "mit 5 Jahren Erfahrung", "con 2 años de garantía",
    "avec 5 ans de retard", "paga a 12 meses"])
def test_durations_stay(text):
    assert ages(text) == []


@pytest.mark.parametrize("text, phone", [
    ("我的手机号是16585305450。", "16585305450"), ("電話番号は070-4982-1548です。", "070-4982-1548"),
    ("전화번호는 064-752-9421입니다.", "064-752-9421"), ("我的手机号是+15123850410。", "+15123850410")])
def test_phone_numbers_touching_cjk(text, phone):
    assert _values(numbers(text), text, "PHONE_NUMBER") == [phone]


@pytest.mark.parametrize("text", ["订单号是2024080412345。", "数量是12345678件"])
def test_numbers_touching_cjk_that_are_no_phone(text):
    assert _values(numbers(text), text, "PHONE_NUMBER") == []


@pytest.mark.parametrize("text, street", [
    ("请寄到柴路Z座。", "柴路Z座"),
    ("请寄到石牌巷240號。", "石牌巷240號"),
    ("parked outside 關渡街5段4號 in 苗栗.", "關渡街5段4號"),
    ("住所：京都府御蔵島村元浅草27丁目3番9号", "京都府御蔵島村元浅草27丁目3番9号"),
    ("東京都渋谷区神南1-2-3に住んでいます", "東京都渋谷区神南1-2-3"),
    ("경상남도 수원시 영통구 개포16길 832로 보내 주세요.", "경상남도 수원시 영통구 개포16길 832"),
    ("please ship to 85/60 ถนนถนัดกลึง\n", "85/60 ถนนถนัดกลึง"),
    ("please ship to বাড়ী নং ৬৪, মনোহরগ্রাম\n", "বাড়ী নং ৬৪, মনোহরগ্রাম"),
    ("deliver to देउजा बाटो please", "देउजा बाटो"),
    ("please ship to 3941 یلدا بلوار", "3941 یلدا بلوار"),
    ("רחוב הגפן 60, תל אביב", "רחוב הגפן 60"),
    ("ალაზნის ქ. 07\n", "ალაზნის ქ. 07"),
    ("Envíenlo a Cl. 25 # 71-70, por favor.", "Cl. 25 # 71-70"),
    ("please ship to Naumovac 8c contact: me", "Naumovac 8c"),
    ("Please ship to 221B Baker Street, London.", "221B Baker Street, London"),
    ("عنواني الجديد 33018 فخر Mountain Apt. 988 عمري", "33018 فخر Mountain Apt. 988"),
    ("Mieszkam przy ulicy Polnej 5", "ulicy Polnej 5"), ("живу на улице Ленина, д. 5", "улице Ленина, д. 5"),
    ("123 Nguyễn Huệ, Quận 1, TP. Hồ Chí Minh", "123 Nguyễn Huệ"),
])
def test_street_addresses_across_scripts(text, street):
    assert street in _values(streets(text), text, "STREET_ADDRESS")


@pytest.mark.parametrize("text", [
    "ship to my office please", "deliver to the front desk by 5 pm.", "send it to 3 friends", "return to sender",
    "parked outside the shop in Leeds", "please send to Paris.", "我们在大学路散步。", "我住在北京。", "请寄到公司。",
    "我的电话号码是多少？", "मैं रोड पर था", "The order ships to 12 countries.", "交響曲第1番を聴いた。", "1番線に乗ります",
    "型番ABC-12です", "ulicy 5 razy"])
def test_what_is_no_street_address_stays(text):
    assert _values(streets(text), text, "STREET_ADDRESS") == []


def test_address_labels_in_more_languages():
    assert {label_kind(k) for k in ("العنوان", "כתובת", "آدرس", "पता", "ঠিকানা", "ที่อยู่", "住址", "адреса")} == \
        {"STREET_ADDRESS"}


def test_the_independent_pass_finds_the_same_kinds():
    text = "请寄到石牌巷240號。 年龄:45岁 1946/05/29生まれです。"
    found = {(f.entity, text[f.start:f.end]) for f in ri.scan(text, {"STREET_ADDRESS", "AGE", "DATE_OF_BIRTH"})
             if f.score == ri.CONFIRMED}
    assert {("STREET_ADDRESS", "石牌巷240號"), ("AGE", "45"), ("DATE_OF_BIRTH", "1946/05/29")} <= found


@pytest.mark.parametrize("text, date", [
    ("дата народження: 14 травня 1987", "14 травня 1987"),  # month names from CLDR (months.py), any locale
    ("born 3 maja 1992", "3 maja 1992"), ("נולדתי ב-14 במרץ 1987", "14 במרץ 1987"),
    ("जन्म तिथि: 14 मार्च 1987", "14 मार्च 1987"), ("born on 14 مارس 1987", "14 مارس 1987"),
    ("Doğum tarixi: 14 mart 1987", "14 mart 1987")])
def test_month_names_of_any_locale(text, date):
    pytest.importorskip("babel")
    assert _values(dates_of_birth(text), text) == [date]
    assert date in _values([f for f in ri.birth_dates(text) if f.score == ri.CONFIRMED], text)


def test_a_month_name_is_a_date_of_birth_only_beside_birth():
    pytest.importorskip("babel")
    assert dates_of_birth("delivered 14 травня 2024") == []


@pytest.mark.parametrize("text, email", [("my email is musa22[at]box[dot]az here", "musa22[at]box[dot]az"),
                                         ("contact: stefan_mlinar at email dot si born", "stefan_mlinar at email dot si")])
def test_spelled_out_emails_under_any_country_domain(text, email):
    from governed_tuning.gates.pii.contextual import obfuscated

    assert _values(obfuscated(text), text, "EMAIL_ADDRESS") == [email]


@pytest.mark.parametrize("text", ["look at it dot by dot", "meet me at home dot", "post to Channel 5.",
                                  "Please send to Warehouse 12.", "ship to Terminal 2", "return to Step 3 and retry"])
def test_prose_is_no_email_or_street(text):
    from governed_tuning.gates.pii.contextual import obfuscated

    assert obfuscated(text) == [] and _values(streets(text), text, "STREET_ADDRESS") == []
