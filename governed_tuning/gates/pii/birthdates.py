"""Dates of birth (``DATE_OF_BIRTH``): a real calendar date that its context makes someone's birth date.

Every way the locales we ship to write a date is read: ISO ``1987-03-14``, day first or month first with
``/ . -`` (``14/03/1987``, ``14.3.87``, ``3/14/1987``), with spaces after the dots (Czech ``14. 3. 1987``,
Hungarian ``1987. 03. 14.``), with the month's name or its abbreviation in about thirty languages (nominative
and genitive: ``3 May 1992``, ``14. März 1987``, ``3 mai 1987``, ``14 de marzo de 1987``, ``14 marca 1987``,
``14. března 1987``, ``14 марта 1987 г.``, ``14 Μαρτίου 1987``, ``1987. március 14.``, ``14 Mart 1987``,
``14. maaliskuuta 1987``), East Asian ``1987年3月14日`` / ``1987년 3월 14일``, Vietnamese ``ngày 14 tháng 3 năm
1987``, and ``19870314`` beside a birth word; a two-digit year first (``87/03/14``, ``00/04/22``, Korean
``87. 7. 30.``), Uzbek ``28-iyun, 1979``, Kazakh ``1994 ж. 24 қыркүйек``, Yoruba ``7 Oṣù Ẹrẹ̀nà 1967`` and
``14 03 1987``; in a birth column, CLDR's full form with its weekday (``Donnerstag, 9. März 1961``).

A date is a date of birth when:

- a word of birth is just before it or just after it on the same line, in any of those languages or as a
  field key ("DOB", "date of birth", "born", "Geburtsdatum", "geb.", "né le", "fecha de nacimiento",
  "data di nascita", "geboortedatum", "fødselsdato", "födelsedatum", "data urodzenia", "datum narození",
  "data nașterii", "születési dátum", "дата рождения", "ημερομηνία γέννησης", "doğum tarihi", "syntymäaika",
  "生年月日", "出生日期", "생년월일", "ngày sinh", "tanggal lahir"; ``birth_date``, ``dateOfBirth``,
  ``fecha_nacimiento``): score 0.9;
- it sits in the column of a table (CSV with ``,`` ``;`` tab or ``|``, a Markdown table) whose header names
  birth: 0.9; or a column headed only "date" in a table that also has a name column, and the date makes the
  person an adult alive today (16 to 110): 0.6;
- with no word of birth, it is a full date that makes the person an adult alive today, in a text about who
  someone is (words of verification or identity, an identity document's or national number's name), or in
  a "name / date / id" record, or in brackets right after a name ("Müller (14.03.1987)"), and no word of an
  event is right before it ("issued", "since", "order of"): 0.6.

Every other date is kept: "tomorrow", "3-5 days", "delivered 3 May", "the order of 14/03/2024" (no adult's
birth year), "passport issued on 14/03/1987". The judgement is per text, so the scrub and the re-scan agree.
Patterns are linear (no nested quantifiers; bounded windows). Findings hold positions and the kind only.
"""

from __future__ import annotations

import datetime as _dt
import re

from .datetext import BIDI, MARKS, NOSPACE, YEAR4, ascii_digits, birth_governs, gregorian
from .linewise import finditer_lines
from .months import is_weekday, month_number
from .recognizers import Finding
from .tables import tables

__all__ = ["dates_of_birth", "DATE", "parse_date", "BIRTH", "BIRTH_KEY"]

# ------------------------------------------------------------------ month names

# month words of the languages we ship to, nominative and genitive forms and usual abbreviations; a word
# shared by two languages names the same month (no two languages disagree on one)
_MONTH_WORDS = {
    1: "january jan januar jänner janvier janv enero ene gennaio gen janeiro januari janúar tammikuuta tammikuu "
       "stycznia styczeń styczen sty ledna leden januára január ianuarie ian januárja январь января янв "
       "ιανουαρίου ιανουάριος ιαν ocak sausio janvāris siječnja siječanj januára",
    2: "february feb februar feber février fevrier févr fevr febrero febbraio febb fevereiro fev februari "
       "helmikuuta helmikuu lutego luty lut února únor februára február februarie februárja февраль февраля "
       "фев φεβρουαρίου φεβρουάριος φεβ şubat subat vasario februāris veljače veljača",
    3: "march mar märz maerz mrz mars marzo março marco maart marts maaliskuuta maaliskuu marca marzec března "
       "březen marca marec martie márciusban március marc март марта μαρτίου μάρτιος μαρ mart kovo marts "
       "ožujka ožujak",
    4: "april apr avril avr abril abr aprile apr huhtikuuta huhtikuu kwietnia kwiecień kwiecien kwi dubna "
       "duben apríla apríl aprilie április ápr апрель апреля апр απριλίου απρίλιος απρ nisan balandžio "
       "aprīlis travnja travanj",
    5: "may mai mayo maggio mag maio mei maj toukokuuta toukokuu maja máj května květen mája mai május "
       "máj май мая μαΐου μάιος μαι mayıs mayis gegužės maijs svibnja svibanj",
    6: "june jun juni juin junio giugno giu junho jun kesäkuuta kesäkuu czerwca czerwiec cze června červen "
       "júna jún iunie június június июнь июня июн ιουνίου ιούνιος ιουν haziran birželio jūnijs lipnja lipanj",
    7: "july jul juli juillet juil julio luglio lug julho heinäkuuta heinäkuu lipca lipiec lip července "
       "červenec júla júl iulie július июль июля июл ιουλίου ιούλιος ιουλ temmuz liepos jūlijs srpnja srpanj",
    8: "august aug août aout agosto ago augustus augusti elokuuta elokuu sierpnia sierpień sierpien sie srpna "
       "srpen augusta august augusztus aug август августа авг αυγούστου αύγουστος αυγ ağustos agustos "
       "rugpjūčio augusts kolovoza kolovoz",
    9: "september sep sept septembre septiembre settembre set setembro syyskuuta syyskuu września wrzesień "
       "wrzesien wrz září září septembra septembrie szeptember szept сентябрь сентября сен σεπτεμβρίου "
       "σεπτέμβριος σεπ eylül eylul rugsėjo septembris rujna rujan",
    10: "october oct oktober octobre octubre ottobre ott outubro out lokakuuta lokakuu października "
        "październik pazdziernik paź října říjen októbra október octombrie okt октябрь октября окт "
        "οκτωβρίου οκτώβριος οκτ ekim spalio oktobris listopada listopad",
    11: "november nov novembre noviembre novembro marraskuuta marraskuu listopada listopad lis listopadu "
        "novembra november noiembrie ноябрь ноября ноя νοεμβρίου νοέμβριος νοε kasım kasim lapkričio "
        "novembris studenoga studeni",
    12: "december dec dezember dez décembre decembre déc diciembre dic dicembre dezembro desember december "
        "joulukuuta joulukuu grudnia grudzień grudzien gru prosince prosinec decembra decembrie "
        "декабрь декабря дек δεκεμβρίου δεκέμβριος δεκ aralık aralik gruodžio decembris prosinca prosinac",
}
MONTHS: dict[str, int] = {}
for _m, _words in _MONTH_WORDS.items():
    for _w in _words.split():
        MONTHS.setdefault(_w, _m)
# Croatian "listopada" is October, Polish and Czech "listopad(a)" November: the date is a date either way
# a month's word: letters and the marks Indic, Hebrew, Arabic and Thai letters carry ("मार्च", "มีนาคม"), which
# Python does not count as word characters; any language's month through CLDR (``months.py``)
# (two letters in other scripts: Tamil "மே", Bengali "মে"; dotted abbreviations: Thai "ธ.ค.", Lao "ມ.ນ.")
MONTH_WORD = rf"(?:[^\W\d_][{MARKS}]*\.(?:[^\W\d_][{MARKS}]*\.){{1,2}}|[^\W\d_](?:[^\W\d_]|[{MARKS}]){{1,15}}[.׳॰]?)"

# scripts written without spaces between words (kana, CJK ideographs, Hangul, Thai): a date or a word of birth
# touches the words around it there ("我的出生日期是1971年08月04日", "1946/05/29生まれです", "1945년 02월 20일입니다")
WORDCH = rf"[^\W{NOSPACE}]"  # a word character of a spaced script: a date or a word may not touch one
LETTER = rf"[^\W\d_{NOSPACE}]"
DAY = r"(?:0?[1-9]|[12]\d|3[01])"
SEP = rf"(?:[{BIDI}]?[/.-][{BIDI}]?|\.[ \t])"  # "14.03.1987", "14/3/87", "14-03-1987", "14. 3. 1987", "14\u200f/3\u200f/1987"
# what some languages write after a year ("1987 г.", "1987 թ.", "1987 оны") or before it ("ค.ศ. 1987")
YEAR_MARK = r"(?:[ \t]*(?:г\.|года|р\.|року|r\.|roku|m\.|y\.|թ\.|ж\.|оны))?"
ERA = r"(?:(?:ค\.ศ\.|พ\.ศ\.)[ \t]*)?"
DATE = re.compile(
    # (Hebrew writes "in" and "on" onto the date: "נולדתי ב-14/03/1987")
    rf"(?:(?<!{WORDCH})(?<![/.-])|(?<=[\s:(][בלמ]-)|(?<=[\s:(][בלמ]))(?:"
    rf"(?P<y1>{YEAR4})(?:[-/.]|\.[ \t])(?P<m1>0?[1-9]|1[0-2])(?:[-/.]|\.[ \t])(?P<d1>{DAY})\.?"
    rf"|(?P<a2>\d{{1,2}}){SEP}[ \t]?(?P<b2>\d{{1,2}}){SEP}[ \t]?(?P<y2>{YEAR4}|\d\d)"
    # (Uzbek joins day and month with a hyphen, "28-iyun, 1979"; Yoruba names a month "Oṣù Ẹrẹ̀nà", month March)
    rf"|(?P<d3>{DAY})(?:(?:st|nd|rd|th|er|º|\.)?,?[ \t]+|-)(?:(?:of|de|del|oṣù|osu)[ \t]+)?(?P<m3>{MONTH_WORD})[,،]?[ \t]+"
    rf"(?:de[ \t]+)?{ERA}(?P<y3>{YEAR4}){YEAR_MARK}"
    rf"|(?P<m4>{MONTH_WORD})[ \t]+(?P<d4>{DAY})(?:st|nd|rd|th)?[,،]?[ \t]+(?P<y4>{YEAR4})"
    # Latvian: "1974. gada 14. aprīlis" (CLDR's long form), "1974. gada 14. aprīlī" (the locative of "born in"),
    # before the year-month-day form, which would read "gada" as a month
    rf"|(?P<y10>{YEAR4})\.[ \t]*gada[ \t]+(?P<d10>{DAY})\.[ \t]+(?P<m10>{MONTH_WORD})"
    # (a Hungarian day takes its case ending: "1974. április 14-én", "on the 14th")
    rf"|(?P<y5>{YEAR4})\.?{YEAR_MARK}[ \t]+(?P<m5>{MONTH_WORD})(?:[ \t]+сарын)?[ \t]+(?P<d5>{DAY})(?:\.|-(?:j?[aáeé]n|i))?"
    # Kazakh and Kyrgyz: the year, its mark, then the day and the month ("1994 ж. 24 қыркүйек", CLDR's kk long form)
    rf"|(?P<y14>{YEAR4})[ \t]*(?:ж\.|жыл\w*|г\.)[ \t]+(?P<d14>{DAY})[ \t]+(?P<m14>{MONTH_WORD})"
    rf"|(?P<y6>{YEAR4})[ \t]*[年년][ \t]*(?P<m6>\d{{1,2}})[ \t]*[月월][ \t]*(?P<d6>\d{{1,2}})[ \t]*[日일]?"
    rf"|(?:ngày[ \t]+)?(?P<d7>{DAY})[ \t]+(?:tháng|thg)[ \t]+(?P<m7>\d{{1,2}}),?[ \t]+(?:năm[ \t]+)?(?P<y7>{YEAR4})"
    rf"|(?P<y9>{YEAR4})[ \t]+оны[ \t]+(?P<m9>\d{{1,2}})[ \t]*-?р[ \t]+сарын[ \t]+(?P<d9>{DAY})"
    rf"|(?P<a8>\d{{1,2}})[-/ ](?P<m8>[^\W\d_]{{3,4}}\.?)[-/ ](?P<y8>{YEAR4})"
    # other calendars: the Persian (Solar Hijri) and the Islamic (lunar Hijri) year first ("۱۳۶۶/۰۴/۱۲",
    # "1407/07/15 هـ"); a Japanese era's year ("昭和62年3月14日", "平成元年5月1日")
    rf"|(?P<y11>1[34]\d\d)[/.-](?P<m11>0?[1-9]|1[0-2])[/.-](?P<d11>{DAY})(?:[ \t]*(?P<h11>هـ|ه\.?ق|ق\.?|ه\.?ش|ش))?"
    # a day, a month and a year apart by spaces (CLDR's Yoruba medium form "14 03 1987")
    rf"|(?P<d15>{DAY})[ \t](?P<m15>0?[1-9]|1[0-2])[ \t](?P<y15>{YEAR4})"
    # Korean short form, a two-digit year first ("87. 4. 1.": CLDR's ko short date)
    rf"|(?P<y13>\d\d)\.[ \t](?P<m13>0?[1-9]|1[0-2])\.[ \t](?P<d13>{DAY})\."
    rf"|(?P<era12>昭和|平成|令和|大正)[ \t]*(?P<y12>元|\d{{1,2}})[ \t]*年[ \t]*(?P<m12>\d{{1,2}})[ \t]*月[ \t]*(?P<d12>\d{{1,2}})[ \t]*日?"
    rf")(?!(?!T\d){WORDCH}|[/-]|\.\d)", re.I)  # (an ISO date may go on with its time: "1987-03-14T00:00:00Z")
COMPACT = re.compile(rf"(?<!{WORDCH})(?<![/.-])(?P<y>{YEAR4})(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])"
                     rf"(?!{WORDCH}|[/.-])")


def _valid(y: int, mo: int, d: int) -> bool:
    try:
        return _dt.date(y, mo, d) <= _dt.date.today()
    except ValueError:
        return False


def _year2(y: int) -> int:
    return y + (1900 if y > _dt.date.today().year % 100 else 2000)


# the first Gregorian year of each Japanese era ("昭和62年" is 1926 + 62 - 1 = 1987)
ERAS = {"大正": 1912, "昭和": 1926, "平成": 1989, "令和": 2019}


def _hijri_year(y: int, mark: str | None) -> int:
    """A Gregorian year for a Hijri year: Solar (Persian, "ه.ش", and any year up to 1405 unmarked) is 621
    years behind; lunar (Islamic, "هـ"/"ه.ق", and unmarked years 1406-1449, which are still to come in the
    Solar count) runs 33 of its years to 32 of ours. Accurate to a year, which is all a birth date's test needs."""
    lunar = mark is not None and ("ق" in mark or mark == "هـ") or (mark is None and y > 1405)
    return int(y * 0.970229 + 621.57) if lunar else y + 621


def parse_date(m: re.Match) -> tuple[int, int, int] | None:
    """The (year, month, day) a ``DATE`` match names, or None when it is no calendar date up to today."""
    g = m.groupdict()
    try:
        if g["y1"]:
            y, mo, d = int(g["y1"]), int(g["m1"]), int(g["d1"])
        elif g["y2"]:
            y = int(g["y2"])
            y = _year2(y) if len(g["y2"]) == 2 else y
            a, b = int(g["a2"]), int(g["b2"])
            d, mo = (b, a) if b > 12 else (a, b)  # day first unless the second number cannot be a month
            if len(g["y2"]) == 2 and len(g["a2"]) == 2 and b <= 12 and not _valid(y, mo, d):
                y, mo, d = _year2(a), b, int(g["y2"])  # a two-digit year first ("87/03/14", "00/04/22": yy/MM/dd)
        elif g["y13"]:
            y, mo, d = _year2(int(g["y13"])), int(g["m13"]), int(g["d13"])
        elif g["y11"]:
            y, mo, d = _hijri_year(int(g["y11"]), g["h11"]), int(g["m11"]), int(g["d11"])
        elif g["era12"]:
            y = ERAS[g["era12"]] + (1 if g["y12"] == "元" else int(g["y12"])) - 1
            mo, d = int(g["m12"]), int(g["d12"])
        elif g["y6"] or g["y7"] or g["y9"] or g["y15"]:
            k = "6" if g["y6"] else "7" if g["y7"] else "9" if g["y9"] else "15"
            y, mo, d = int(g["y" + k]), int(g["m" + k]), int(g["d" + k])
        else:
            word = next(w for w in (g["m3"], g["m4"], g["m5"], g["m8"], g["m10"], g["m14"]) if w)
            mo = month_number(word, MONTHS)  # type: ignore[assignment]
            d = int(next(x for x in (g["d3"], g["d4"], g["d5"], g["a8"], g["d10"], g["d14"]) if x))
            y = int(next(x for x in (g["y3"], g["y4"], g["y5"], g["y8"], g["y10"], g["y14"]) if x))
        y = gregorian(y)
        _dt.date(y, mo, min(d, 28) if g["y11"] else d)  # (a Hijri month's day need not exist in ours)
    except (ValueError, TypeError, KeyError, StopIteration):
        return None
    if g["y11"]:
        d = min(d, 28)
    return (y, mo, d) if 1900 <= y and _dt.date(y, mo, d) <= _dt.date.today() else None


def _compact(m: re.Match) -> tuple[int, int, int] | None:
    try:
        day = _dt.date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    except ValueError:
        return None
    return (day.year, day.month, day.day) if day <= _dt.date.today() else None


# ------------------------------------------------------------------ words of birth

_S = r"[ \t_.-]*"  # between the words of a label or a key: "date of birth", "date_of_birth", "dateOfBirth"
BIRTH_WORDS = (
    rf"d\.?o\.?b\.?|date{_S}of{_S}birth|birth{_S}date|birth{_S}day|birthdate|birth|b-?day|born(?:[ \t]+(?:on|in))?|b\.|"
    rf"geburts{_S}datum|geburtsdatum|geburtstag|geboren(?:[ \t]+am)?|geb\.|"
    rf"date{_S}de{_S}naissance|naissance|née?s?(?:[ \t]+le)?|"
    rf"fecha{_S}(?:de{_S})?nacimiento|fecha{_S}(?:de{_S})?nac\.|f\.[ \t]*(?:de[ \t]*)?nac\.?|nacimiento|nacid[oa]s?(?:[ \t]+el)?|nací|naci|"
    rf"data{_S}(?:di{_S})?nascita|nascita|(?-i:[Nn]at[oa])(?:[ \t]+il)?|"
    rf"data{_S}(?:de{_S})?nascimento|nascimento|nasc\.|nascid[oa](?:[ \t]+em)?|nasci|"
    rf"geboorte{_S}datum|geboortedatum|geboren[ \t]+op|"
    rf"fødsels{_S}dato|fødselsdato|født(?:[ \t]+den)?|f\.|födelse{_S}datum|födelsedatum|född|"
    rf"syntymä{_S}aika|syntymäaika|syntymäpäivä|syntynyt|synt\.|"
    rf"data{_S}urodzenia|urodzon[ya](?:[ \t]+dnia)?|urodziłe[mś]|urodziłam|urodził[ao]?|ur\.|"
    rf"datum{_S}narození|datum{_S}narozeni|narozen[aá]?|narodil[a]?(?:[ \t]+jsem[ \t]+se|[ \t]+som[ \t]+sa)?|"
    rf"nar\.|dátum{_S}narodenia|narodený|narodená|"
    rf"data{_S}nașterii|data{_S}nasterii|născut[ăa]?|nascut[ăa]?|m-am[ \t]+născut|n\.(?=[ \t]*:)|"
    rf"születési{_S}(?:dátum(?:om|a)?|idő(?:pont)?)|születte(?:m|l|tek)|született(?:em|ek)?|születtünk|szül\.|"
    rf"дата{_S}рождения|год{_S}рождения|родил(?:ся|ась)|д\.[ \t]?р\.|г\.[ \t]?р\.|"
    rf"ημερομηνία{_S}γέννησης|γεννήθηκα|γεννήθηκε|γέννησης|γεν\.|"
    rf"doğum{_S}tarihi|doğum|doğdum|d\.[ \t]?t\.|"
    rf"datum{_S}rođenja|rođen[a]?|gimimo{_S}data|gimiau|gimęs|gimusi|dzimšanas{_S}datums|dzimis|dzimusi|dzimu|"
    rf"tanggal{_S}lahir|tgl\.?{_S}lahir|lahir|ngày{_S}sinh|sinh{_S}ngày|"
    rf"生年月日|出生日期|出生年月日|出生(?![地国國率证證])[于於]?|生[于於]|生日|誕生日|生まれ|생년월일|생일|출생|태어났\w*|태어난|"
    # Ukrainian, Bulgarian, Macedonian, Serbian, Slovene, Armenian, Georgian, Azerbaijani, Kazakh/Uzbek
    rf"дата{_S}народження|народження|народив(?:ся|ся)|народил(?:ася|ась)|нар\.|"
    rf"дата{_S}на{_S}раждане|роден[аo]?|дата{_S}на{_S}раѓање|датум{_S}на{_S}раѓање|датум{_S}рођења|рођен[аo]?|"
    rf"datum{_S}rojstva|rojen[a]?|ծննդյան{_S}ամսաթիվ|ծնվել\w*|დაბადების{_S}თარიღი|დაიბადა|დავიბადე|"
    rf"doğum{_S}tarixi|anadan{_S}olub|doğulub|doğulmuş\w*|tug['ʻ‘’]?il\w*|"
    # Kazakh "I was born" ("туылдым", "дүниеге келдім"), Hausa "day of birth" / "was born" ("ranar haihuwa",
    # "an haife ni"), Yoruba "gave birth to me/him" ("a bí mi ní"), Persian "came into the world" ("به دنیا
    # آمدم"), Urdu "was born" ("پیدا ہوا", "پیدا ہوئی")
    rf"туылд\w*|туылған\w*|дүниеге{_S}кел\w*|ranar{_S}haihuwa\w*|haihuwa\w*|an{_S}haif\w*|"
    rf"bí{_S}(?:mi|ọ|i|wa|yín|wọn)(?!\w)|به{_S}دنیا{_S}(?:آمد|اومد)\w*|پیدا{_S}ہو\w*|"
    # Hebrew, Arabic, Persian, Urdu
    rf"תאריך{_S}לידה|נולדתי|נולדה|נולד|"
    rf"تاريخ{_S}الميلاد|تاريخ{_S}الولادة|تاريخ{_S}ميلادي|تاريخ{_S}ميلاده|تاريخ{_S}ميلادها|ميلادي|مواليد|"
    rf"ولدت|ولد{_S}في|تاریخ{_S}تولد|تولد|متولد|تاریخ{_S}پیدائش|پیدائش|"
    # Hindi, Nepali, Marathi, Bengali, Tamil, Telugu, Thai
    rf"जन्म{_S}तिथि|जन्मतिथि|जन्म{_S}मिति|जन्म{_S}दिनांक|जन्मदिन|जन्म|पैदा{_S}हु(?:आ|ई)|জন্ম{_S}তারিখ|জন্মতারিখ|"
    rf"জন্মদিন|জন্ম|பிறந்த{_S}தேதி|பிறந்த{_S}நாள்|பிறந்த|పుట్టిన{_S}తేదీ|วันเกิด|เกิดวันที่|เกิด|"
    # Swahili, Zulu, Xhosa, Yoruba, Filipino, Malay, Icelandic, Estonian, Catalan, Galician, Albanian, Welsh
    rf"tarehe{_S}ya{_S}kuzaliwa|nilizaliwa|alizaliwa|kuzaliwa|usuku{_S}lokuzalwa|ngazalwa|wazalwa|"
    rf"ọjọ́{_S}ìbí|ojo{_S}ibi|petsa{_S}ng{_S}kapanganakan|ipinanganak|kaarawan|tarikh{_S}lahir|"
    rf"fæðingardagur|fæddur|fædd|sünniaeg|sündinud|data{_S}de{_S}naixement|nascut|nascuda|"
    rf"data{_S}de{_S}nacemento|datëlindja|data{_S}e{_S}lindjes|lindur|dyddiad{_S}geni|ganwyd|dáta{_S}breithe|"
    # Marathi, Gujarati, Punjabi, Kannada, Malayalam, Telugu, Sinhala, Amharic, Mongolian, Kazakh, Belarusian;
    # Burmese, Khmer, Lao (written without spaces)
    rf"जन्मतारीख|जन्म{_S}तारीख|જન્મ{_S}તારીખ|જન્મ|ਜਨਮ{_S}ਮਿਤੀ|ਜਨਮ{_S}ਤਾਰੀਖ|ਜਨਮ|ಜನ್ಮ{_S}ದಿನಾಂಕ|ಜನನ|ಜನ್ಮ|ಹುಟ್ಟಿದ|"
    rf"ജനന{_S}തീയതി|ജനനം|ജനിച്ച|జనన{_S}తేదీ|జన్మ|උපන්{_S}දිනය|උපන්|"
    rf"የትውልድ{_S}ቀን|የተወለደበት|ተወለደ\w*|ትውልድ|төрсөн{_S}огноо|төрсөн|туған{_S}күні|туған|дата{_S}нараджэння|"
    rf"нарадзіў\w*|မွေးသက္ကရာဇ်|မွေးနေ့|မွေးဖွား|မွေး|ថ្ងៃខែឆ្នាំកំណើត|ថ្ងៃកំណើត|កំណើត|កើត|ວັນເດືອນປີເກີດ|ວັນເກີດ|ເກີດ")
# (a digit may touch the word's end: "生年月日1985年", "出生于1948年"; nothing of a spaced script its start)
BIRTH = re.compile(rf"(?:(?<!{WORDCH})|(?<=\d)(?=[{NOSPACE}]))(?:{BIRTH_WORDS})(?!{LETTER})", re.I)
# a key or column header that names birth (for fields.CONTEXT_KEY and table headers)
BIRTH_KEY = (r"dob|birth|geburt|geb_?dat|nacimiento|nascita|naissance|nascimento|geboorte|fødsel|fodsel|födelse|"
             r"fodelse|syntymä|urodzeni|narozen|narodeni|nașter|naster|születés|szuletes|рожден|γέννησ|doğum|dogum|"
             r"rođenja|生年月日|出生|生日|誕生|생년월일|생일|lahir|ngay_?sinh|born|народж|рожд|раждан|раѓање|рођењ|"
             r"rojstv|ծննդ|დაბადებ|doğum|ميلاد|ولادة|تولد|לידה|जन्म|জন্ম|பிறந்த|วันเกิด|출생|生まれ|kuzaliwa|"
             r"kapanganakan|fæðing|sünni|naixement|nacemento|datëlindj|ትውልድ|ተወለደ|မွေး|កំណើត|ເກີດ|උපන්|ജനന|పుట్టిన|జనన|"
             r"જન્મ|ਜਨਮ|ಜನ್ಮ|ಜನನ|төрсөн|туған|нарадж")
BIRTH_KEY_RX = re.compile(BIRTH_KEY, re.I)
BIRTH_BEFORE, BIRTH_AFTER = 40, 25
# an event between a word of birth and a date makes the date that event's ("country of birth: FR, issued
# 2020-01-01"); the date is the birth's only when nothing of the kind stands between
EVENT_WORD = re.compile(r"(?i)(?<!\w)(?:issued?|issue date|date of issue|expir\w*|expiry|valid\w*|due|order\w*|"
                        r"delivered|shipped|paid|signed|joined|created|registered|renewed|updated|effective|"
                        r"married|died|deceased|hired|moved|ausgestellt|gültig|délivré|valable|place|ort|lieu|"
                        r"lugar|luogo)(?!\w)")

# ------------------------------------------------------------------ identity context (no word of birth)

ADULT_AGE, OLDEST_AGE = 16, 110
IDENTITY = re.compile(
    r"(?<!\w)(?:(?i:verif\w*|identity|identification|identify|identifizierung|identität|identidad|identité|"
    r"identità|tożsamoś\w+|kyc|know your customer|security (?:check|questions?)|personal (?:details|data|"
    r"information)|(?:my|your|his|her|their|account|customer|patient|passenger|member|applicant) details|"
    r"account holder|applicant|patient|passenger|policyholder|insured|passport|passnummer|reisepass|pasaporte|"
    r"passeport|passaporto|id card|id number|id no\.?|ausweis\w*|personalausweis|driv\w* licen[cs]e|führerschein|"
    r"social security|national insurance|pesel|personnummer|fødselsnummer|codice fiscale|steuer-?id|aadhaar|"
    r"tc kimlik|kimlik|henkilötunnus|hetu|sécurité sociale|social insurance|medicare|medical record)"
    # acronyms only in capitals: "nie" is Polish for "no", "sin" Spanish for "without"
    r"|SSN|NINO|NHS|DNI|NIE|NIF|BSN|CPR|IdNr|CPF|NIR|ITIN|SIN|RRN|NRIC|MRN|PAN|ID)(?!\w)")
# what happened on a date (not a birth): "issued 14/03/1987", "valid until", "since", "order of"
EVENT_BEFORE = re.compile(
    r"(?<!\w)(?:on|since|from|until|till|to|by|of|dated?|issued?|issue date|date of issue|expir\w*|expiry|valid\w*|"
    r"due|ordered|delivered|shipped|paid|signed|joined|opened|created|registered|renewed|updated|effective|"
    r"married|died|deceased|hired|moved|ausgestellt|gültig|expedid[oa]|emitid[oa]|rilasciat[oa]|délivré|"
    r"valable|seit|desde|depuis|dal)\s*[:#-]?\s*$", re.I)
EVENT_WINDOW = 24
FIELD_SEP = re.compile(r"\s+[/|]\s+|\s*[;|\t]\s*")
# a capitalised word (a name) right before a bracketed date: "Müller (14.03.1987)", "Jane Doe (3/14/1987)"
NAME_BRACKET = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-ŽА-ЯΑ-Ω][\w'’-]+[ \t]?\($")


def _adult_born(y: int, mo: int, d: int) -> bool:
    """Whether someone born on that day is between ADULT_AGE and OLDEST_AGE years old today."""
    today = _dt.date.today()
    age = today.year - y - ((today.month, today.day) < (mo, d))
    return ADULT_AGE <= age <= OLDEST_AGE


def _line(text: str, s: int, e: int) -> tuple[int, int]:
    ls = text.rfind("\n", max(0, s - 400), s) + 1 or max(0, s - 400)
    le = text.find("\n", e, e + 400)
    le = le if le >= 0 else min(len(text), e + 400)
    return ls, le


def _id_triple(text: str, s: int, e: int) -> bool:
    """Whether the date at [s, e) is one field of a delimited record of three or more fields ("name / date /
    id", "a | b | c", tab- or semicolon-separated) in which another field holds an identifier (six or more
    characters with four or more digits): the shape of an identity record, not of prose."""
    ls, le = _line(text, s, e)
    ls, le = max(ls, s - 200), min(le, e + 200)  # a record's line, bounded (a 50 MB one-line text stays linear)
    line = text[ls:le]
    masked = line[:s - ls] + "\x00" + line[e - ls:]
    fields = [f for f in FIELD_SEP.split(masked) if f.strip()]
    if len(fields) < 3 or not any(f.strip() == "\x00" or f.strip().endswith("\x00") for f in fields):
        return False
    return any(re.search(r"(?=(?:\w*\d){4})[\w-]{6,}", f) for f in fields if "\x00" not in f)


def _birth_near(text: str, s: int, e: int) -> bool:
    """A word of birth that governs the date (``datetext.birth_governs``): just before it (a label, "born on",
    "né à Lyon le") or just after it on the same line ("ich bin am 14.03.1987 geboren"), no other date and no
    word of an event between them ("Birthday cake order, delivery 14/03/2025" is a delivery's date)."""
    for m in BIRTH.finditer(text, max(0, s - BIRTH_BEFORE), s):
        between = text[m.end():s]
        if not DATE.search(between) and not EVENT_WORD.search(between) and \
                birth_governs(text, m.start(), m.end(), s, e, BIRTH_BEFORE):
            return True
    # (the word itself may end past the window: "24 Ocak 1963 Perşembe tarihinde doğdum", CLDR's tr full form)
    for m in BIRTH.finditer(text, e, min(len(text), e + BIRTH_AFTER + 16)):
        between = text[e:m.start()]
        if not DATE.search(between) and not EVENT_WORD.search(between) and \
                birth_governs(text, m.start(), m.end(), s, e, BIRTH_AFTER):
            return True
    return False


# ------------------------------------------------------------------ tables

DATE_HEADER = re.compile(r"(?i)(?<![^\W_])(?:date|datum|fecha|data|dato|dátum|дата|ημερομηνία|tarih|päivämäärä|"
                         r"päiväys|tanggal|ngày|日期|日付|날짜)(?![^\W_])")
NAME_HEADER = re.compile(r"(?i)(?<![^\W_])(?:(?:full|first|last|given|family|sur)?[ _-]?names?|nom|nombre|"
                         r"apellidos?|nome|cognome|naam|navn|namn|jméno|meno|nume|név|imię|imie|nazwisko|фио|"
                         r"имя|фамилия|όνομα|ονοματεπώνυμο|επώνυμο|ad|adı|soyad|isim|nimi|sukunimi|nama|tên|"
                         r"姓名|氏名|名前|이름|customer|patient|employee|person)(?![^\W_])")


def _birth_or_date_header(line: str) -> bool:
    return BIRTH.search(line) is not None or BIRTH_KEY_RX.search(line) is not None or \
        DATE_HEADER.search(line) is not None


def _with_weekday(text: str, cs: int, ce: int) -> re.Match | None:
    """A date with its weekday's name before or after it, the whole cell (CLDR's full forms: "Donnerstag, 9. März
    1961", "1974년 9월 4일 수요일", "24 Ocak 1963 Perşembe"); the weekday names are every locale's (``months``)."""
    m = DATE.search(text, cs, ce)
    if m is None:
        return None
    rest = text[cs:m.start()] + " " + text[m.end():ce]
    words = rest.replace(",", " ").replace("،", " ").split()
    return m if 1 <= len(words) <= 2 and is_weekday(" ".join(words)) else None


def table_births(text: str) -> list[Finding]:
    """Dates in a column whose header names birth (0.9), or in a "date" column of a table with a name column
    when the date makes someone an adult alive today (0.6) (tables: ``tables.py``)."""
    out: list[Finding] = []
    for table in tables(text, _birth_or_date_header):
        names = table.names
        birth_cols = {k for k, n in enumerate(names) if BIRTH.search(n) or BIRTH_KEY_RX.search(n)}
        date_cols = {k for k, n in enumerate(names) if DATE_HEADER.search(n) and len(n) <= 24} - birth_cols
        if not any(NAME_HEADER.search(n) for n in names):
            date_cols = set()
        for row in table.rows:
            for k in birth_cols | date_cols:
                cs, ce = row[k]
                m = DATE.fullmatch(text, cs, ce) or COMPACT.fullmatch(text, cs, ce) or (
                    # a day-first date with the full stop Latvian, Hungarian and others write after it: "14.04.1974."
                    DATE.fullmatch(text, cs, ce - 1) if ce - cs > 6 and text[ce - 1] == "." else None) or \
                    _with_weekday(text, cs, ce)
                if m is None:
                    continue
                ymd = parse_date(m) if m.re is DATE else _compact(m)
                if ymd is None:
                    continue
                if k in birth_cols:
                    out.append(Finding(cs, ce, "DATE_OF_BIRTH", 0.9, "dob_table_header"))
                elif _adult_born(*ymd):
                    out.append(Finding(cs, ce, "DATE_OF_BIRTH", 0.6, "dob_table_people"))
    return out


# ------------------------------------------------------------------ the recognizer


def dates_of_birth(text: str) -> list[Finding]:
    """Dates of birth in ``text`` (see the module's docstring for what counts)."""
    if not any(map(str.isdigit, text)):  # as a generator of c.isdigit(), in C
        return []
    text = ascii_digits(text)  # any script's digits, read as ASCII (same positions: "১৪ মার্চ ১৯৮৭")
    # whether the text holds a word of birth, or of identity: asked only once a date is found (most texts hold
    # none, and each search reads the whole text), then remembered
    seen: dict[str, bool] = {}

    def holds(rx: re.Pattern) -> bool:
        if rx.pattern not in seen:
            seen[rx.pattern] = rx.search(text) is not None
        return seen[rx.pattern]

    out = table_births(text)
    taken = {(f.start, f.end) for f in out}
    for m in finditer_lines(DATE, text):  # (a date holds a digit and stays on its line: linewise.py)
        s, e = m.span()
        if text[e - 1] == "." and text[e - 2].isdigit() and "." not in text[s:e - 1]:
            e -= 1  # "born on 1944-06-11." ends a sentence: the full stop is not the date's
        if (s, e) in taken:
            continue
        ymd = parse_date(m)
        if ymd is None:
            continue
        # (Vietnamese "sinh ngày 4 tháng 3": the date's "ngày" is also the end of the word of birth)
        if holds(BIRTH) and _birth_near(text, m.start("d7") if m.group("d7") else s, e):
            out.append(Finding(s, e, "DATE_OF_BIRTH", 0.9, "dob_context"))
        elif _adult_born(*ymd) and not EVENT_BEFORE.search(text, max(0, s - EVENT_WINDOW), s) and (
                holds(IDENTITY) or _id_triple(text, s, e) or (NAME_BRACKET.search(text, max(0, s - 40), s)
                                                              and text.startswith(")", e))):
            out.append(Finding(s, e, "DATE_OF_BIRTH", 0.6, "dob_identity_context"))
    if COMPACT.search(text) and holds(BIRTH):
        for m in COMPACT.finditer(text):
            if _compact(m) is not None and _birth_near(text, m.start(), m.end()):
                out.append(Finding(m.start(), m.end(), "DATE_OF_BIRTH", 0.85, "dob_context"))
    return out
