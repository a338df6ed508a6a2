"""Ages in other digits, in scripts without spaces or capitals, and in words (ages.py, scriptages.py), both ways:
the age is found, and the same numbers in ordinary sentences (durations, warranties, prices, a thing's age) stay."""

import pytest

from governed_tuning.gates.pii import rescan_independent as ri
from governed_tuning.gates.pii.ages import ages


def _found(text: str) -> list[str]:
    return [text[f.start:f.end] for f in ages(text)]


@pytest.mark.parametrize("text, age", [
    ("عمري ٤٠ سنة ولم يصل طلبي.", "٤٠"),  # a label, Arabic-Indic digits
    ("أنا عندي ٧٣ سنة وأريد المساعدة.", "٧٣"),  # "I have 73 years"
    ("سنم ۷۳ سال است و سفارشم نرسیده.", "۷۳"),  # Persian label, Persian digits
    ("سن: ۹۲", "۹۲"),
    ("میری عمر 36 سال ہے اور آرڈر نہیں آیا۔", "36"),  # Urdu "my age"
    ("عمر: 17", "17"),  # Urdu label with a colon
    ("मैं ८२ साल का हूँ।", "८२"),  # Hindi "I am 82 years of", Devanagari digits
    ("वह 34 साल की एक महिला है।", "34"),  # "a woman of 34 years"
    ("বয়স: ১৪", "১৪"),  # Bengali label, Bengali digits
    ("ผมอายุ 52 ปี ของยังไม่มาถึง", "52"),  # Thai label glued to "I"
    ("อายุ: ๑๔", "๑๔"),  # Thai digits
    ("אני בן 22 וההזמנה לא הגיעה.", "22"),  # Hebrew, a conjunction glued to the next word
])
def test_an_age_in_another_script_or_digits_is_found(text, age):
    assert _found(text) == [age]


@pytest.mark.parametrize("text, words", [
    ("عمري ستون عاما.", "ستون"),
    ("عمري أربعة وثلاثون عاما.", "أربعة وثلاثون"),  # "و" glued, as people write it
    ("Tôi ba mươi tám tuổi.", "ba mươi tám"),
    ("yetmişsekiz yaşındayım.", "yetmişsekiz"),
    ("otuz dört yaşındayım.", "otuz dört"),  # tens and units apart
    ("Edad: treinta años", "treinta"),  # a label before the words
])
def test_an_age_in_words_is_found(text, words):
    assert _found(text) == [words]


@pytest.mark.parametrize("text", [
    "2 साल की वारंटी।",  # a two-year warranty
    "मैं 5 साल से यहाँ खरीदारी कर रहा हूँ।",  # I have shopped here for 5 years
    "این گوشی ۲ سال داره",  # this phone is two years old
    "عندي 34 طلب لم تصل",  # 34 orders
    "السعر ٣٤ ريال للقطعة",  # a price
    "عمر 17 طلب",  # Omar, a name, then a number: no label without a colon or a possessive
    "รับประกัน 2 ปี ราคา 340 บาท",  # a warranty and a price
    "Hemos vendido treinta años",
])
def test_the_same_numbers_in_ordinary_sentences_stay(text):
    assert _found(text) == []


@pytest.mark.parametrize("text", [
    "Tengo 5 años de experiencia en ventas.", "J'ai 5 ans d'expérience.", "Ho 5 anni di esperienza.",
    "Il y a 12 ans, le prix était de 34 euros.",
])
def test_the_independent_rescan_takes_no_duration_for_an_age(text):
    assert ri.ages(text) == []


@pytest.mark.parametrize("text", ["Tengo 34 años de edad.", "J'ai 34 ans.", "Tengo 34 años y vivo sola."])
def test_the_independent_rescan_still_reads_an_age(text):
    assert [text[f.start:f.end] for f in ri.ages(text)] == ["34"]


@pytest.mark.parametrize("text, age", [
    ("My age is 37, if that matters.", "37"),  # a copula after the label
    ("My age na 90.", "90"),  # Nigerian Pidgin "is"
    ("I dey 17 years now.", "17"),
    ("Saya 18 tahun.", "18"),  # Indonesian "I (am) 18 years"
    ("Моїй мамі 19 років.", "19"),  # a relative in the dative
    ("저는 69세입니다.", "69"),  # "세입니다": "I am 69" (세입 alone is revenue)
])
def test_more_phrasings_of_an_age(text, age):
    assert _found(text) == [age]


@pytest.mark.parametrize("text", ["The age is 5 days", "Age was 12 months", "Saya 3 tahun bekerja di sini.",
                                  "I dey 5 minutes away", "세입 34억 원"])
def test_more_phrasings_of_no_age(text):
    assert _found(text) == []


@pytest.mark.parametrize("text, kept", [
    ("Tengo 36 años.", "Tengo"),  # the verb, first in the sentence
    ("Yaşım 87.", "Yaşım"),  # the label
    ("انا عمري 95 سنة", "انا عمري"),  # "I my-age": a pronoun and the label
    ("אני בן 22 וההזמנה לא הגיעה.", "אני בן"),
    ("عمري ثلاثة و خمسون عاما.", "عمري"),  # an age in words
])
def test_the_label_or_verb_of_an_age_is_no_name(gate, text, kept):
    out, _ = gate.scrub_records([{"t": text}])
    assert out[0]["t"].startswith(kept + " ")


def test_a_name_before_the_verb_of_an_age_is_still_a_name(gate):
    out, _ = gate.scrub_records([{"t": "María Tengo 36 años"}, {"t": "Juan tiene 34 años."}])
    assert "María" not in out[0]["t"] and "Tengo" in out[0]["t"] and "Juan" not in out[1]["t"]


@pytest.mark.parametrize("text, date", [
    ("تاریخ تولد: ۱۳۶۶/۰۴/۱۲", "۱۳۶۶/۰۴/۱۲"),  # Persian (Solar Hijri) calendar, Persian digits
    ("تاريخ الميلاد: ١٤٠٧/٠٧/١٥ هـ", "١٤٠٧/٠٧/١٥ هـ"),  # Islamic (lunar Hijri) calendar
    ("生年月日：昭和62年3月14日", "昭和62年3月14日"),  # a Japanese era's year
    ("生年月日：平成元年5月1日", "平成元年5月1日"),  # the era's first year
    ("생년월일: 87. 4. 1.", "87. 4. 1."),  # Korean short form, a two-digit year first
])
def test_a_birth_date_in_another_calendar_is_found(text, date):
    from governed_tuning.gates.pii.birthdates import dates_of_birth

    assert [text[f.start:f.end] for f in dates_of_birth(text)] == [date]


@pytest.mark.parametrize("text", ["سفارش ۱۳۶۶/۰۴/۱۲ ارسال شد", "注文日：令和6年3月14日", "Invoice 1350/12/30",
                                  "주문일: 24. 3. 14."])
def test_the_same_calendars_without_birth_stay(text):
    from governed_tuning.gates.pii.birthdates import dates_of_birth

    assert dates_of_birth(text) == []
