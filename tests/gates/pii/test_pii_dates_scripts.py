"""Dates of birth in every script, both ways: the detector and the re-scan's independent pass read a date of
birth whatever its digits, month names and era ("১৪ মার্চ ১৯৮৭", "14 ማርች 1987", "วันเกิด: 14 มีนาคม 2530"), and
neither confirms an event's date as a birth ("Lieferung am 14.03.2027", "Birthday cake order, delivery ...")."""

from __future__ import annotations

import datetime as dt

import pytest

from governed_tuning.gates.pii.birthdates import dates_of_birth
from governed_tuning.gates.pii.datetext import ascii_digits, birth_governs
from governed_tuning.gates.pii.months import cldr_months
from governed_tuning.gates.pii.rescan_independent import CONFIRMED, birth_dates

# the date of birth in each, as Babel's CLDR patterns write it (native digits, a weekday, an era, a comma)
DOBS = [
    ("জন্ম তারিখ: ১৪ মার্চ, ১৯৮৭", "১৪ মার্চ, ১৯৮৭"),
    ("जन्म तिथि: १४ मार्च १९८७", "१४ मार्च १९८७"),
    ("የትውልድ ቀን: ሰኞ 5 ጁን 2000", "5 ጁን 2000"),
    ("பிறந்த தேதி: செவ்வாய், 26 மே, 1964", "26 மே, 1964"),
    ("วันเกิด: 14 มีนาคม 2530", "14 มีนาคม 2530"),
    ("วันเกิด: ๑๘ ธ.ค. ๑๙๘๐", "๑๘ ธ.ค. ๑๙๘๐"),
    ("تاريخ الميلاد: 14\u200f/03\u200f/1987", "14\u200f/03\u200f/1987"),
    ("تاریخ تولد: ۱۴ مارس ۱۹۸۷", "۱۴ مارس ۱۹۸۷"),
    ("မွေးသက္ကရာဇ်: ၁၉၈၇ မတ် ၁၄", "၁၉၈၇ မတ် ၁၄"),
    ("ថ្ងៃខែឆ្នាំកំណើត: 14 មីនា 1987", "14 មីនា 1987"),
    ("Ծննդյան ամսաթիվ: 1987 թ. մարտի 14", "1987 թ. մարտի 14"),
    ("Ngày sinh: 14 tháng 3, 1987", "14 tháng 3, 1987"),
    ("Төрсөн огноо: 1987 оны 3-р сарын 14", "1987 оны 3-р сарын 14"),
    ("Дата рождения: 14 марта 1987 г.", "14 марта 1987 г."),
    ("生年月日：1987年3月14日", "1987年3月14日"),
    # an event word of the sentence before does not govern this one's date
    ("청구서 금액이 틀렸어요. 세탁기가 탈수를 하지 않아요. 1974.05.02 출생", "1974.05.02"),
]


@pytest.mark.parametrize("text,value", DOBS)
def test_a_date_of_birth_in_any_script_is_found_by_both_readers(text, value):
    assert value in [text[f.start:f.end] for f in dates_of_birth(text)]
    a = text.index(value)
    b = a + len(value.rstrip(" г."))  # (the re-scan's span may leave out a year's word: "1987 г.")
    assert any(f.start <= a and f.end >= b and f.score == CONFIRMED for f in birth_dates(text))


# ordinary dated records: a word of birth is near, but an event governs the date, or the date is still to come
NEXT_YEAR = dt.date.today().year + 1
EVENTS = [
    "Votre commande ne sera livrée que le 14/03/2024.",
    "Birthday cake order 4411, delivery 14/03/2025.",
    f"Lieferung am 14.03.{NEXT_YEAR}, Geburtstagsgeschenk für Oma",
    "Entrega prevista el 5 de mayo de 2025 (nacimiento del bebé no aplica)",
    "ส่งสินค้าวันที่ 14/03/2567 เกิดปัญหาการจัดส่ง",
    "الاجتماع يوم 14/03/2024 ميلادي",
    "Il pagamento è stato effettuato il 12/01/2023; nato il progetto nel 2020",
    "Nee, de levering is op 3 mei 2024.",
    "Подарок на день рождения, доставка 14.03.2024.",
    f"Born to run: tickets for {NEXT_YEAR}-03-14 go on sale.",
]


@pytest.mark.parametrize("text", EVENTS)
def test_an_events_date_is_no_birth_for_either_reader(text):
    assert dates_of_birth(text) == []
    assert [f for f in birth_dates(text) if f.score == CONFIRMED] == []


def test_native_digits_fold_in_place_and_the_governing_rule_reads_a_label_on_the_next_line():
    text = "জন্ম ১৪/০৩/১৯৮৭ ٣ ๙"
    folded = ascii_digits(text)
    assert len(folded) == len(text) and "14/03/1987" in folded and "3" in folded and "9" in folded
    assert ascii_digits("plain 14/03/1987") == "plain 14/03/1987"
    t = "DOB\n14/03/1987"
    assert birth_governs(t, 0, 3, 4, len(t))
    t = "born in Lyon, then we moved; 14/03/1987"
    assert not birth_governs(t, 0, 4, t.index("14"), len(t))


def test_cldr_month_index_holds_short_names_of_other_scripts_and_not_two_latin_letters():
    m = cldr_months()
    assert m["மே"] == 5 and m["মে"] == 5 and m["ጁን"] == 6 and m["ธ.ค"] == 12 and m["гуравдугаар"] == 3
    assert "de" not in m and "ma" not in m


def test_a_column_with_no_name_is_typed_as_birth_dates_by_its_values_and_a_column_of_orders_is_not():
    from governed_tuning.gates.pii.columns import ColumnVotes, column_finding

    votes = ColumnVotes()
    for cell in ["১৪ মার্চ, ১৯৮৭", "ሰኞ 5 ጁን 1961", "3 May 1992", "1975-01-30", "12.11.1948", "๑๘ ธ.ค. ๑๙๘๐"]:
        votes.add("c2", cell, [])
    for cell in ["2024-03-01", "03/06/2025", f"{NEXT_YEAR}-01-02", "2023-12-12", "1 May 2019"]:
        votes.add("c4", cell, [])  # orders: recent dates, one still to come
    for cell in ["2019-01-01", "2021-05-05", "2015-02-02", "2012-07-07"]:
        votes.add("date", cell, [])  # a bare "date" header over recent dates: no adult was born then
    assert votes.column_kind("c2", {"DATE_OF_BIRTH"}) == "DATE_OF_BIRTH"
    assert votes.column_kind("c4", {"DATE_OF_BIRTH"}) is None
    assert votes.column_kind("date", {"DATE_OF_BIRTH"}) is None
    f = column_finding("DATE_OF_BIRTH", " ሰኞ 5 ጁን 1961")
    assert f is not None and (f.start, f.entity) == (1, "DATE_OF_BIRTH")
    assert column_finding("DATE_OF_BIRTH", "order 5521") is None


@pytest.mark.parametrize("text,word", [
    ("Termin mit dem Lieferanten am 9. Juli 2026 um 10 Uhr.", "Juli"),
    ("2 Eylül 2013 tarihinde kargoya verildi.", "Eylül"),
    ("166698 numaralı sipariş 3 Temmuz 2026 Cuma tarihinde teslim edildi.", "Cuma"),
    ("Отправлено 24 дек. 2005 г., трек-номер 462308.", "Отправлено"),
    ("Αποστολή 22 Δεκεμβρίου 2026, αριθμός αποστολής 200271.", "Αποστολή 22"),
])
def test_a_month_weekday_or_event_word_written_in_a_date_is_no_person(text, word):
    from governed_tuning.gates.pii.people import in_date, judge_people
    from governed_tuning.gates.pii.recognizers import Finding

    s = text.index(word)
    assert in_date(text, s, s + len(word))
    assert judge_people(text, [Finding(s, s + len(word), "PERSON", 0.85, "spacy_ner")], lambda w: False) == []


def test_a_given_name_beside_a_date_but_not_in_it_stays_a_person():
    from governed_tuning.gates.pii.people import in_date

    text = "Juli Garcia, DOB 14/03/1987"
    assert not in_date(text, 0, 4)
    text = "Cuma Yılmaz aradı, 3 Temmuz 2024"
    assert not in_date(text, 0, 11)
