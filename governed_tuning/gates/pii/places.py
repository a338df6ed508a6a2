"""Place names (LOCATION) by what stands around them, in the languages our users write.

The NER model knows big cities in English sentences; a village, a suburb or a town spelt in another language
or script it leaves alone, and a town in a form, a CSV column or an address block has no sentence around it.
So a place is found by a second signal, never by its spelling alone:

- a label or a column that says "town" ("City: Flawil", "Ort: Trieben", "เมือง: X", "ठेगाना: X", a JSON key
  written into a text, ``{"city": ...}`` read as "city: ...", a district's label over a name in a script
  without capitals, "जिला: X"; a CSV header "naam;geboortedatum;woonplaats;telefoon" and the cells under it)
  in about twenty languages;
- words that introduce where someone is, lives, moves or travels ("ich bin nach Marchegg umgezogen",
  "přestěhoval jsem se do Kouřim", "я переехал в Рыбинск"), then capitalised words;
- a preposition of place before a town the place list knows (``placenames``: GeoNames, not Faker), when the
  town is no English word ("in Rýmařov"; "in Reading" needs more than that);
- a settlement's abbreviation (Russian "г. Рыбинск", "д. Моздок"), a Hungarian "Szeged városba";
- a postcode before it ("75001 Paris", "8500 Frauenfeld", "SW1A 1AA London").

Place names that are ordinary words ("Nice", "Reading", "Mobile", "Bath", "Split", "Of", "Como") are taken only
with the strongest signals (a label, a column, a move or a postcode), never on a preposition and the list alone.
Regexes here are linear (no nested unbounded quantifiers, no lookbehind longer than a character or two);
the list is asked per run of capitalised words, never compiled into one alternation.

The policy's ``locations`` setting then decides whether a place is scrubbed everywhere or only in a record that
names a person (``engine.Scrubber.places_in_context``).
"""

from __future__ import annotations

import functools
import re
import unicodedata

from .placeforms import PREPOSITIONS, inflected_town, suffixed_towns
from .recognizers import UP, Finding

__all__ = ["places", "known_place", "plausible_place", "PLACE_LABELS", "ADDRESS_LABELS", "label_kind", "table_cells"]

# a capitalised word, dots inside ("St.Gallen") or closing an abbreviation of three letters or fewer ("St.", "Ste.");
# a longer word's full stop ends the sentence ("... 50227 Caron. J'ai 29 ans" is no town "Caron. J'ai")
PLACE_WORD = rf"[{UP}][\w'’-]*(?:\.[\w'’-]+)*(?:(?<![\w'’-]{{4}})\.)?"
PARTICLE = (r"(?:del|de|da|di|do|dos|das|della|la|le|les|sur|sous|am|an|der|im|in|ob|bei|nad|pod|na|upon|on|en|y|i|"
            r"au|aux|et)")
PLACE = rf"{PLACE_WORD}(?:[ \t-]+(?:{PARTICLE}[ \t-]+){{0,2}}{PLACE_WORD}){{0,3}}(?:[ \t]+&[ \t]+{PLACE_WORD})?"
# words that introduce where someone is, lives, moves or travels (plain words, compared case-blind with the
# one to four words before a run of capitalised words: a set lookup per run, not an alternation per character)
INTRO = (r"live in|living in|lives in|lived in|we are in|we're in|i'm in|i am in|based in|located in|"
         r"moved to|moving to|move to|relocated to|relocating to|fly from|flying from|flew from|fly to|flying to|"
         r"travelling to|traveling to|born in|grew up in|resident of|city of|town of|village of|near|"
         r"wohne in|ich wohne in|j'habite à|vivo en|vivo a|abito a|mieszkam w|jag bor i|ik woon in|moro em|"
         r"thành phố|tp.|tỉnh|quận|"
         # where someone comes from, stays or travels, in English and our users' languages
         r"i'm from|i am from|we're from|we are from|originally from|comes from|come from|coming from|"
         r"staying in|stay in|visiting|trip to|flight to|flight from|heading to|arriving in|arrived in|"
         r"hometown is|home town is|my town is|my city is|"
         r"ich komme aus|komme aus|kommt aus|je viens de|je suis de|soy de|somos de|sono di|vengo da|vengo de|"
         r"sou de|venho de|ik kom uit|kom uit|jeg er fra|jeg kommer fra|jag kommer från|jsem z|jestem z|"
         r"pochodzę z|я из|мы из|είμαι από|sunt din|vin din|olen kotoisin|"
         # "gyvenu Kaune", "dzīvoju Rīgā", "elan Tartus", "živim u Splitu", "bý í Akureyri", "sống ở Đà Nẵng"
         r"gyvenu|gyvename|dzīvoju|dzīvojam|elan|elame|živim u|živim v|živimo u|živim na|bý í|bý á|búum í|"
         r"sống ở|sống tại|ở|tại|ninaishi|naishi|tunaishi|nakatira sa|taga|nakatira|ina zaune a|"
         r"mieszkam w|bydlím v|bydlím ve|bývam v|lakom|élek|yaşıyorum|oturuyorum|wohne in|vivo em|moro em|"
         r"moro no|moro na|woon in|bor i|bor på|asun|asumme|visc a|vivim a|jetoj në|jetoj ne|"
         # a level of an administration before its name ("Municipality of Calauag", "Barangay San Isidro")
         r"municipality of|province of|district of|county of|township of|governorate of|prefecture of|"
         r"region of|my village is|my hometown is|barangay|kabupaten|kecamatan|kelurahan|desa|kampung")
INTRO_PHRASES = frozenset(INTRO.split("|"))
CAP_RUN = re.compile(rf"(?<=[ \t]){PLACE}")
HAS_UPPER = re.compile(rf"[{UP}]")
HAS_DIGIT = re.compile(r"\d")
HAS_ALPHA = re.compile(r"[^\W\d_]")
HAS_CYRILLIC = re.compile(r"[\u0400-\u04ff]")

# a move, a home or a birth in the languages of our users: with one of these in the same clause, capitalised
# words after a preposition of place are a place even when no list knows them ("jeg er flyttet til Trondstrøm")
MOVE_VERBS = re.compile(
    r"(?i)\b(?:mov(?:e|ed|ing)|relocat\w*|liv(?:e|es|ed|ing)|resid\w*|born|grew up|"
    r"umgezogen|gezogen|zieh\w*|wohn\w*|leb(?:e|t|en)|geboren|"
    r"déménag\w*|habit\w*|vi[st]|né|née|installé\w*|"
    r"verhuis\w*|woon\w*|"
    r"mud(?:é|ado|ada|amos|ei|ou|ámos)|mudei-me|mudou-se|me mudé|viv[oeí]\w*|nac[ií]\w*|nasci\w*|resido|moro|"
    r"trasferit\w*|abit\w*|nat[oa]|"
    r"flytt\w*|bo(?:r|dde)?|født|född|"
    r"přestěhoval\w*|bydl\w*|žij\w*|narodil\w*|presťahoval\w*|býva\w*|"
    r"mutat|locuiesc|locuie\w*|născut\w*|"
    r"költöz\w*|lak\w*|szület\w*|"
    r"переехал\w*|переехала|переехали|жив\w*|родил\w*|"
    r"μετακόμισ\w*|μένω|μένει|γεννήθηκ\w*|"
    r"przeprowadzi\w*|mieszka\w*|urodzi\w*|muutin|muuttanut|asun|asuu|synnyin|taşındım|yaşıyorum|doğdum|"
    r"pindah|tinggal|lahir|berpindah)\b")
# prepositions of place (where to, where from, where at), lower case as written in a sentence
PREP = (r"in|to|from|at|near|nach|aus|bei|im|à|a|au|en|em|para|naar|uit|til|fra|i|do|z|ze|w|we|v|ve|na|din|"
        r"în|la|în|в|во|из|под|στη|στην|στο|στον|από|di|da|de|dal|nel|vers|près de|cerca de|hacia|desde|ke|dari|"
        # Finnish "in the town of" (asun paikkakunnalla ...), Hungarian "to here" (költöztünk ide: ...)
        r"paikkakunnalla|kaupungissa|kunnassa|kylässä|ide|"
        # "in the town of ..." in the languages that decline the town's own name: the name stays nominative
        r"mieście|miasta|městě|města|meste|mesta|gradu|grada|городе|города|місті|міста")
PREP_WORDS = frozenset(PREP.split("|"))
CLAUSE_END = re.compile(r"[.!?;\n]")
LEAD_COMMON = re.compile(rf"({PLACE_WORD})[ \t]+(?:in|im|am|an|nach|bei|à|a|au|en|em|de|da|di|w|v|i|u|na|do|to|at|near)"
                         rf"[ \t]+(?=[{UP}])")
SENTENCE_STOP = re.compile(r"([^\W\d_]{4,})[.!?][ \t]")  # a word of four letters or more ends its sentence

# Russian settlement abbreviations (город, деревня, село, посёлок, станица, хутор ...) before a capital; "д."
# before a number is a house number ("ул. Ленина, д. 5"), so a capital letter must follow
# (and their Ukrainian and Bulgarian kin, abbreviated or written out: "м. Київ", "село Буча", "місто Карлівка")
RU_SETTLEMENT = re.compile(r"(?<![\w.])(?:(?:г|гор|д|дер|с|п|пос|пгт|рп|ст|ст-ца|х|к|аул|сл|гр|м|смт|сел)\.[ \t]*|"
                           r"(?:город|деревня|село|посёлок|поселок|станица|хутор|місто|селище|хутір|смт)[ \t]+)"
                           r"[А-ЯЁІЇЄҐ][а-яёіїєґ'’-]+(?:[ -][А-ЯЁІЇЄҐ][а-яёіїєґ'’-]+)?(?:[ \t]*\([^()\n]{1,24}\))?")
HU_TOWN = re.compile(r"([A-ZÁÉÍÓÖŐÚÜŰ][\w-]+(?:[ -][A-ZÁÉÍÓÖŐÚÜŰ][\w-]+){0,2})[ \t]+(?:városba|városban|városból|"
                     r"városig|faluba|faluban|faluból|községbe|községben|településre|településen)\b")
# Turkish names the kind of place after the town, in a case: "Malatya şehrinde" (in the city of Malatya),
# "Bodrum ilçesinde", "Karacaören köyünde"
TR_TOWN = re.compile(r"([A-ZÇĞİÖŞÜ][\w-]+(?:[ -][A-ZÇĞİÖŞÜ][\w-]+){0,2})[ \t]+(?:şehrinde|şehrine|şehrinden|şehri|"
                     r"kentinde|kentine|kentinden|ilinde|iline|ilinden|ilçesinde|ilçesine|köyünde|köyüne|"
                     r"kasabasında)(?![\w])")
# a postcode, then the town (European, UK, Canadian, Dutch, Polish, Czech and Slovak shapes)
POSTCODE = (r"\d{4}[ \t]?[A-Z]{2}(?![\w'’-])|(?:[A-Z]{1,2}-)?(?:\d{4,6}|\d{3}[ \t]\d{2})(?![\d])|\d{5}-\d{3}|\d{3}[ \t]\d{2}|\d{2}-\d{3}|\d{4}[ \t]?[A-Z]{2}|[A-Z]{1,2}\d[A-Z\d]?[ \t]\d[A-Z]{2}"
            r"|[A-Z]\d[A-Z][ \t]\d[A-Z]\d")
# (after a line's start, a comma, or the dot or bar a signature puts between street and town: "Randla 235 ·
# 39283 Viljandi")
# (or after a label's colon, "Ship to: 84729 Trani", where the town must be one the place list knows)
POSTCODE_TOWN = re.compile(rf"(?:^|(?<=[,\n·•|:]))[ \t]*(?:{POSTCODE})[ \t]+({PLACE})", re.M)
PREP_POSTCODE_TOWN = re.compile(rf"(?<![\w-])(?:in|à|en|em|a|w|v|i|im|te|to|at|nach|aus|z|ze|do)[ \t]+(?:{POSTCODE})"
                                rf"[ \t]+({PLACE})")
# a letter signed "— Name, Town" (or "-- Name, Town") at the end of a line: the town the writer signs from
SIGN_NAME = r"[^\W\d_][\w'’.-]*(?:[ \t]+[^\W\d_][\w'’.-]*){0,3}"
SIGNED_FROM = re.compile(rf"(?:^|(?<=[ \t\n]))[-–—~]{{1,2}}[ \t]*({SIGN_NAME}),[ \t]*({PLACE})[ \t.!]*$", re.M)

# labels and column headers that say "this is a town" (strong: the value is a place whatever it is) ...
PLACE_LABELS = frozenset("""
city town village hometown home_town locality municipality suburb birthplace residence
city/town town/city place_of_birth place_of_residence city_of_residence city_of_birth town_of_birth
ort stadt wohnort gemeinde geburtsort ortschaft wohnsitz
ville commune localité localite lieu_de_naissance lieu_de_résidence
woonplaats plaats gemeente geboorteplaats
ciudad localidad municipio población poblacion lugar_de_nacimiento comuna
localidade cidade concelho município municipio freguesia naturalidade
città citta comune località localita luogo_di_nascita
by sted poststed bosted bopel fødested postort bostadsort hemort födelseort kommun kommune
kaupunki kunta paikkakunta postitoimipaikka kotikunta syntymäpaikka
miasto miejscowość miejscowosc gmina miejsce_urodzenia
obec město mesto místo_narození miesto_narodenia bydliště bydlisko
localitate oraș oras municipiu comună locul_nașterii
település város helység lakóhely születési_hely
город населённый_пункт населенный_пункт место_рождения место_жительства
πόλη δήμος τόπος_γέννησης τόπος_κατοικίας
şehir ilçe doğum_yeri град населено_място grad mjesto linn asula staður bær
kota kabupaten kecamatan tỉnh thành_phố quận huyện
市 都市 城市 市区町村 市町村 区 도시 시 구 市县 所在地
місто село населений_пункт селище المدينة مدينة البلدة القرية شهرستان روستا עיר העיר עיר_מגורים יישוב शहर नगर गाँव गांव
শহর গ্রাম เมือง จังหวัด ქალაქი სოფელი քաղաք գյուղ բնակավայր
مكان_الميلاد محل_الإقامة مكان_الإقامة محل_تولد محل_سکونت מקום_לידה מקום_מגורים जन्म_स्थान जन्मस्थान
місце_народження місце_проживання ადგილსამყოფელი დაბადების_ადგილი ծննդավայր
شهر شہر قصبہ گاؤں بلدية البلدية قرية بلدة مكان_السكن محل_السكن مكان_الإقامة_الحالي شهر_محل_سکونت
गाँव_का_नाम गाउँ ग्राम कस्बा नगरपालिका गाउँपालिका महानगरपालिका गाव गावाचे_नाव शहराचे_नाव
ภูมิลำเนา หมู่บ้าน
""".split())
# ... weak: a region, a country or "location", whose value is a place only when the place list knows part of it
# or it is written like one (capitalised, no digits): "State: Active" and "Region: EU-West" stay
WEAK_PLACE_LABELS = frozenset("""
country state province region county district location place area land bundesland kanton canton pays région
département departement provincie país pais provincia estado distrito paese regione fylke län maakunta
województwo kraj okres județ judet megye ország область регион страна край χώρα περιοχή νομός il
الدولة البلد المحافظة المنطقة الولاية کشور استان מדינה מחוז देश राज्य जिला ज़िला ประเทศ ქვეყანა რეგიონი
երկիր մարզ країна регіон держава
ضلع صوبہ صوبه تحصیل ڈویژن بخش دهستان ولاية محافظة الدائرة المقاطعة
जिला जिले ज़िला जिल्ला जिल्हा तहसील तालुका प्रदेश प्रान्त प्रांत अञ्चल मंडल
อำเภอ ตำบล เขต แขวง ภาค
""".split())
# ... and address lines (the whole value is a postal address)
ADDRESS_LABELS = frozenset("""
address street street_address address_line address_line_1 address_line_2 address1 address2 addr home_address
mailing_address postal_address residential_address shipping_address billing_address delivery_address
adresse anschrift straße strasse wohnadresse postanschrift rue adresse_postale
dirección direccion domicilio calle indirizzo via endereço endereco morada rua
adres straat gade vej gate adress gatuadress gata osoite katuosoite ulica adresa ulice adresă strada
cím lakcím utca адрес улица διεύθυνση οδός sokak cadde
zip zip_code zipcode postcode post_code postal_code plz postleitzahl code_postal cp código_postal codigo_postal
cap postnummer postinumero kod_pocztowy psč psc irányítószám cod_poștal почтовый_индекс индекс τκ
alamat jalan địa_chỉ 住所 地址 주소 郵便番号 邮编 邮政编码 우편번호 posta_kodu adres_satırı
адреса вулиця адреса_проживання адрес_проживания адреса_доставки ünvan küçə מען כתובת רחוב العنوان عنوان الشارع
آدرس نشانی पता ঠিকানা முகவரி చిరునామా ที่อยู่ მისამართი հասցե anwani ikheli 住址 收货地址 收件地址 送付先
індекс поштовий_індекс الرمز_البريدي کد_پستی מיקוד पिन_कोड पिनकोड รหัสไปรษณีย์ საფოსტო_ინდექსი
փոստային_ինդեքս ταχυδρομικός_κώδικας
ठेगाना पत्ता पूरा_पता स्थायी_ठेगाना अस्थायी_ठेगाना ठिकाना پته پتہ مکمل_پتہ ที่อยู่ปัจจุบัน
""".split())
# short labels that are ordinary words too ("Written by:", "via:", "gate:"): a place only when the value reads
# as one; an address word there is not taken on its own
AMBIGUOUS_LABELS = frozenset("by il land via cap cp gate vej gade rue rua calle straat sted plaats state place area "
                             "location pays país pais paese kraj okres grad".split())
# the last word of a longer header that names the same ("customer_city", "Home address", "billing_zip")
TAIL_LABELS = frozenset("city town village locality municipality suburb address street addr zip zipcode postcode "
                        "country state region province county district stadt ort ville ciudad cidade adresse".split())
NOT_A_VALUE = frozenset("unknown none null n/a na nil tbd tba other various any same - -- ? x keine inconnu "
                        "desconocido sconosciuto nenhum nincs нет".split())

# the vowel signs and marks of the scripts whose labels are written with them ("ठेगाना", "เมือง", "پتہ"): Python's
# \w leaves the marks out (they are no letters), so a label would end inside its first word
MARKS = "\u0300-\u036f\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0900-\u0dff\u0e00-\u0eff\u1000-\u109f" \
        "\u1780-\u17ff\u200c\u200d"
LABEL_NAME = rf"[^\W\d][\w{MARKS}/ .'’-]{{0,30}}?"
# (a key of JSON written into a text, "{"city": "अजमेर", "note": ...}", is a label too: its quotes are skipped)
LABEL_LINE = re.compile(rf"(?:^|(?<=[,;|\t，、{{]))[ \t>*•{{\"-]*({LABEL_NAME})\"?[ \t]*(?:\([^()\n]{{0,20}}\))?[ \t]*"
                        rf"[:=：][ \t]*", re.M)
# a note's "Label - value" line ("Location - Tenali, Telangana", "District – Salyan"): a dash between spaces
LABEL_DASH = re.compile(rf"^[ \t>*•]*({LABEL_NAME})[ \t]+[-–—][ \t]+(?=[^\W\d_])", re.M)
VALUE = re.compile(r"[^\n;|；]{1,120}")


def _norm_label(label: str) -> str:
    """A label as the sets hold it: case-blind, accents off ("Localité", "localite", "İl"), words joined by _."""
    folded = "".join(c for c in unicodedata.normalize("NFKD", label.strip().casefold())
                     if not unicodedata.combining(c))
    return re.sub(r"[\s_.-]+", "_", folded).strip("_")


def _norm_set(words: frozenset[str]) -> frozenset[str]:
    return frozenset(_norm_label(w) for w in words)


PLACE_LABELS, WEAK_PLACE_LABELS, ADDRESS_LABELS, AMBIGUOUS_LABELS, TAIL_LABELS = (
    _norm_set(x) for x in (PLACE_LABELS, WEAK_PLACE_LABELS, ADDRESS_LABELS, AMBIGUOUS_LABELS, TAIL_LABELS))


@functools.lru_cache(maxsize=4096)  # keys and headers repeat in every record
def label_kind(label: str) -> str | None:
    """What a label or a column header names: "LOCATION" (a town), "WEAK_LOCATION" (a region, a country, a
    "location"), "STREET_ADDRESS" (an address line or a postcode), or None. A header ending in one of these
    words names the same ("customer_city", "Home address")."""
    n = _norm_label(label)
    if not n or len(n) > 40:
        return None
    if n in AMBIGUOUS_LABELS:
        return "WEAK_LOCATION" if n in PLACE_LABELS or n in WEAK_PLACE_LABELS else None
    tail = n.rsplit("_", 1)[-1]
    tail = tail if tail in TAIL_LABELS and tail != n else ""
    if n in PLACE_LABELS or tail in PLACE_LABELS:
        return "LOCATION"
    if n in ADDRESS_LABELS or tail in ADDRESS_LABELS:
        return "STREET_ADDRESS"
    if n in WEAK_PLACE_LABELS or tail in WEAK_PLACE_LABELS:
        return "WEAK_LOCATION"
    from .adminlevels import is_admin_label

    return "WEAK_LOCATION" if is_admin_label(label) else None


def _value_span(text: str, s: int, e: int, kind: str) -> tuple[int, int] | None:
    """The value's span trimmed of spaces, quotes and a closing full stop; None when it is no value."""
    while s < e and text[s] in " \t\"'“”«»":
        s += 1
    while e > s and text[e - 1] in " \t\"'“”«».":
        e -= 1
    value = text[s:e]
    if not value or not (HAS_ALPHA.search(value) or HAS_DIGIT.search(value)) or value.casefold() in NOT_A_VALUE:
        return None
    if kind != "STREET_ADDRESS" and not HAS_ALPHA.search(value):
        return None
    return s, e


# where a labelled address's value stops before the line ends: a new sentence ("Adresse: Zobelplatz 1-6, 91573
# Sondershausen. Ich bin geboren am ...": a full stop after a word of more than four letters or after a number,
# then a letter; "Hauptstr. 5", "St. Louis" keep theirs), or "!" or "?" (the value ran to the line's end)
SENTENCE_END = re.compile(r"(?:(?<=[^\W\d_]{5})\.|(?<=\d)\.|[!?])[ \t]+(?=[^\W\d_])")


def _address_value_end(text: str, s: int, e: int) -> int:
    m = SENTENCE_END.search(text, s, e)
    return m.start() if m is not None and m.start() > s else e


def _weak_place(value: str, admin: str = "") -> bool:
    """A value under a region/country/location label that is a place: the list knows a part of it, or it is
    written as a name (each word capitalised, no digits) and is not only common words. Under a label of an
    administration's level ("state", "district", "oblast", "LGA", "省") a unit's name is one even when the
    English dictionary lists it ("Maharashtra", "Sachsen"): ``adminlevels.unit_name``."""
    from .recognizers import _is_common

    from .adminlevels import HAN_KANA, cjk_units, unit_name

    parts = [p.strip() for p in re.split(r"[,/(]", value) if p.strip()]
    if admin == "strict":  # "department: Tolima" yes; "department: Sales" (a town of that name too) no
        return all(unit_name(p.strip(")"), True) for p in parts)
    if admin and _ordinary_unit(parts):
        return False  # "region: Sales", "area: Support": a firm's department, though GeoNames has a village of it
    if any(known_place(p.strip(")"), any_size=True) for p in parts):
        return True

    if admin and all(unit_name(p.strip(")"), admin == "strict") for p in parts):
        return True
    if admin and HAS_UPPER.search(value) and not any(known_place(p.strip(")"), any_size=True) for p in parts):
        return False  # "region: EMEA", "state: Pending": ordinary words or codes under a level's label
    if HAN_KANA.search(value) and any(cjk_units(p, labelled=True) for p in parts):
        return True  # "Location: 闵行, 辽宁省", "所在地: 広島県"
    from .names import _english_form

    words = value.split()
    if HAS_UPPER.search(value) is None and not any(c.isdigit() for c in value):
        from .scriptplaces import caseless_place

        return caseless_place(value)  # "जिला: लमजुङ", "ضلع: X": a script without capitals to read
    return (not any(c.isdigit() for c in value) and all(w[:1].isupper() for w in words if w.isalpha() and len(w) > 3)
            and value[:1].isupper() and not all(_is_common(w) or _english_form(w) for w in words) and len(words) <= 4)


def _ordinary_unit(parts: list[str]) -> bool:
    """Whether a value under a level's label is only everyday English words ("Sales", "Support", "Key Accounts")
    that no big town bears: a department or a segment, not a unit's name. A compass or position word ("Central",
    "Eastern", "Upper East": regions of Ghana, Kenya's provinces) is a unit's name there."""
    from .adminlevels import ordinary_word

    words = [w for p in parts for w in re.findall(r"[^\W\d_][\w'’-]*", p)]
    return bool(words) and all(w[:1].isupper() for w in words) and \
        not any(w.casefold() in COMPASS for w in words) and all(ordinary_word(w) for w in words) and \
        not any(known_place(p.strip(")")) for p in parts)


def _admin(label: str) -> str:
    from .adminlevels import admin_label

    return admin_label(label)


def _label_marks(text: str):
    if ":" in text or "=" in text or "：" in text:
        yield from LABEL_LINE.finditer(text)
    if " - " in text or " – " in text or " — " in text:
        yield from LABEL_DASH.finditer(text)


def _labelled(text: str) -> list[Finding]:
    out = []
    for m in _label_marks(text):
        kind = label_kind(m.group(1))
        if kind is None:
            continue
        v = VALUE.match(text, m.end())
        if v is None:
            continue
        s, e = v.span()
        if text[m.start(1) - 1:m.start(1)] == '"' and text[s:s + 1] == '"':  # a JSON value ends at its quote
            close = text.find('"', s + 1, e)
            e = close if close > s else e
        if kind != "STREET_ADDRESS":
            cut = text.find(",", s, e)  # "City: Brno, Phone: ..." (a town's own comma is kept for the region)
            if cut >= 0 and LABEL_LINE.match(text, cut + 1):
                e = cut
        if kind == "STREET_ADDRESS":
            from .recognizers import run_on_end

            e = run_on_end(text, s, e)  # "Address: 12 Main Street, Springfield. Thanks!"
            e = _address_value_end(text, s, e)
        span = _value_span(text, s, e, kind)
        if span is None:
            continue
        if kind == "WEAK_LOCATION":
            if not _weak_place(text[span[0]:span[1]], _admin(m.group(1))):
                continue
            kind = "LOCATION"
        out.append(Finding(span[0], span[1], kind, 0.8, "place_label" if kind == "LOCATION" else "address_label_kv"))
    return out


# --------------------------------------------------------------------------- tables written as text

SEPARATORS = ",;\t|"
MAX_COLUMNS = 40


def _cells(line: str, sep: str) -> list[tuple[int, int]]:
    """The cells of one CSV line as (start, end) offsets in the line, double quotes honoured (one pass)."""
    out, start, quoted = [], 0, False
    for i, c in enumerate(line):
        if c == '"':
            quoted = not quoted
        elif c == sep and not quoted:
            out.append((start, i))
            start = i + 1
            if len(out) > MAX_COLUMNS:
                return out
    out.append((start, len(line)))
    return out


def _header(line: str) -> tuple[str, dict[int, str], int] | None:
    """(separator, {column: kind}, column count) when ``line`` is a CSV header with place or address columns."""
    counts = {s: line.count(s) for s in SEPARATORS}
    sep = max(counts, key=lambda s: counts[s])
    if not counts[sep] or len(line) > 400:
        return None
    cells = _cells(line, sep)
    if not 2 <= len(cells) <= MAX_COLUMNS:
        return None
    names = [line[a:b].strip().strip('"') for a, b in cells]
    if any(len(n) > 40 or any(ch.isdigit() for ch in n if ch not in "12") for n in names):
        return None
    cols = {i: (f"ADMIN_LOCATION:{_admin(n)}" if k == "WEAK_LOCATION" and _admin(n) else k)
            for i, n in enumerate(names) if (k := label_kind(n))}
    return (sep, cols, len(cells)) if cols else None


def _cell(line: str, cells: list[tuple[int, int]], i: int, n: int, kind: str) -> tuple[int, int]:
    """Column ``i`` of a row; a row with more cells than its header (an unquoted comma in a name: "Nagys, Diana")
    is read from the left and from the right, and the reading that fits the column's kind is taken."""
    if len(cells) == n:
        return cells[i]
    left, right = cells[i], cells[len(cells) - n + i]
    if left == right:
        return left

    def fits(c: tuple[int, int]) -> bool:
        v = line[c[0]:c[1]].strip().strip('"')
        if kind == "STREET_ADDRESS":
            return HAS_DIGIT.search(v) is not None and HAS_ALPHA.search(v) is not None
        return bool(v) and HAS_DIGIT.search(v) is None and not v[:1].islower()

    return right if fits(right) or not fits(left) else left


def table_cells(text: str) -> list[Finding]:
    """Cells under place and address columns of CSV text inside a value ("name,date of birth,city,phone" and
    its rows): every cell of a town column is a LOCATION, of an address or postcode column a STREET_ADDRESS;
    a region or country column's cell only when it reads as a place. A header holds for the lines under it
    while they have its number of cells."""
    if "\n" not in text or not any(s in text for s in SEPARATORS):
        return []
    out = []
    head = None
    for m in re.finditer(r"[^\n]+", text):
        line, base = m.group(), m.start()
        if head is not None:
            sep, cols, n = head
            cells = _cells(line, sep)
            if n <= len(cells) <= n + 3:
                for i, kind in cols.items():
                    a, b = _cell(line, cells, i, n, kind)
                    span = _value_span(text, base + a, base + b, kind)
                    if span is None:
                        continue
                    if kind == "WEAK_LOCATION" or kind.startswith("ADMIN_LOCATION"):
                        if not _weak_place(text[span[0]:span[1]], kind.partition(":")[2]):
                            continue
                        kind = "LOCATION"
                    out.append(Finding(span[0], span[1], kind, 0.8, "place_column" if kind == "LOCATION"
                                       else "address_column"))
                continue
        head = _header(line)
    return out


# --------------------------------------------------------------------------- places in sentences


def _trim_common(text: str, s: int, e: int) -> tuple[int, int] | None:
    """The span without common words at its end ("Kuhmo Thanks" -> "Kuhmo"); None if its first word is one."""
    from .recognizers import _is_common, rstrip_end

    words = text[s:e].split()
    while words and _is_common(words[-1].strip(".,")):
        e = text.rfind(words[-1], s, e)
        e = rstrip_end(text, e)
        words = words[:-1]
    while e > s and text[e - 1] in ".,":
        e -= 1
    if not words or _is_common(words[0]):
        return None
    return s, e


def _english_ordinary(word: str) -> bool:
    """An English verb, adjective or adverb, or a form of one ("Reading", "Nice", "Mobile", "Split", "Odder"):
    WordNet's nouns are left out, since they hold the towns it names ("Ravenna", "Messina", "Genova")."""
    from .names import INFLECTION, _plain, _wordnet

    w = _plain(word).casefold()
    other = _wordnet()[1]
    if w in other:
        return True
    return any(w[:m.start()] in other or w[:m.start()] + "e" in other for m in INFLECTION.finditer(w))


# prepositions of place that are no English word: after them the sentence is not English, and a town WordNet
# lists as a noun is the town ("fermo a Ravenna", "nach Messina"); after "in"/"at"/"to" it must be no English word
FOREIGN_PREPS = PREP_WORDS - {"in", "to", "from", "at", "near"}


def _known_prefix(value: str, foreign: bool = False) -> int:
    """The length of the longest run of words at the start of ``value`` that the place list knows as a town
    of a thousand people or more (or under another name, of fifteen thousand), no English word (after a
    ``foreign`` preposition: no English verb, adjective or adverb); 0 if none."""
    from .names import _english_form
    from .recognizers import _is_common

    words = re.findall(r"\S+", value)
    for n in range(min(len(words), 5), 0, -1):
        cand = " ".join(words[:n]).rstrip(".,")
        english = _english_ordinary(cand) if foreign else _english_form(cand)
        if n == 1 and (english or _is_common(cand) or len(cand) < 3):
            continue
        if n > 1 and all(_english_form(w) or _is_common(w) for w in words[:n]):
            continue
        p = _places().get(cand)
        if p is not None and ((p.main_name and p.population >= 1000) or p.population >= 15000):
            return value.find(words[n - 1]) + len(words[n - 1].rstrip(".,"))
    return 0


def _common_word(word: str) -> bool:
    from .recognizers import _is_common

    return _is_common(word.strip(".,"))


def _words_before(text: str, s: int) -> list[str]:
    """The (up to four) words right before position ``s`` on its line, lower case, without leading quotes."""
    chunk = text[max(0, s - 48):s]
    k = chunk.rfind("\n")
    words = chunk[k + 1:].lower().split()[-4:]
    if words:
        words[0] = words[0].lstrip("(\"'«“¿¡")
    return words


def _sentences(text: str) -> list[Finding]:
    out: list[Finding] = []
    if HAS_UPPER.search(text) is None:
        return out
    for m in CAP_RUN.finditer(text):
        s, e = m.span()
        stop = SENTENCE_STOP.search(text, s, e)
        if stop is not None:  # "a Evelia Calderón. Nos mudamos": the run ends with its sentence ("St. Gallen" not)
            e = stop.start() + len(stop.group(1))
        lead = LEAD_COMMON.match(text, s, e)
        if lead is not None and _common_word(lead.group(1)):
            s = lead.end()  # "wohne seit März in Holm-Seppensen": a month or a common word, then the preposition
        words = _words_before(text, s)
        if not words:
            continue
        if any(" ".join(words[-k:]) in INTRO_PHRASES for k in range(1, len(words) + 1)):
            from .recognizers import BUILDING_PARTS

            if text[s:e].casefold() in BUILDING_PARTS and re.match(r"[ \t]*\d", text[e:e + 4]):
                continue  # "moved to Seat 2C", "moved to Room 4": a part of a building and its number
            span = _trim_common(text, s, e)
            if span:
                out.append(Finding(span[0], span[1], "LOCATION", 0.6, "place_context"))
            continue
        words[-1] = words[-1].rstrip(":")  # "költöztünk ide: Máriapócs"
        if words[-1] not in PREP_WORDS and " ".join(words[-2:]) not in PREP_WORDS:
            if words[-1] in PREPOSITIONS:  # "u Osijeku", "у Києві": a known town, as written or in its case
                first = m.group().split()[0]
                n = _known_prefix(m.group())
                if n or inflected_town(first, words[-1]):
                    out.append(Finding(s, s + (n or len(first.rstrip(".,;:!?"))), "LOCATION", 0.55,
                                       "place_list_preposition"))
            continue
        # a move or a home in the same clause: the capitalised words are the place
        a = max(0, s - 80)
        ends = [x.end() for x in CLAUSE_END.finditer(text, a, s)]
        a = ends[-1] if ends else a
        z = CLAUSE_END.search(text, e, min(len(text), e + 60))
        verb = MOVE_VERBS.search(text, a, z.start() if z else min(len(text), e + 60))
        if verb:
            span = _trim_common(text, s, e)
            if span:
                out.append(Finding(span[0], span[1], "LOCATION", 0.6, "place_move"))
                continue
        n = _known_prefix(m.group(), words[-1] in FOREIGN_PREPS)
        if n:
            out.append(Finding(s, s + n, "LOCATION", 0.55, "place_list_preposition"))
            continue
        first = m.group().split()[0]
        if inflected_town(first, words[-1]):  # "w Krakowie", "v Brně", "в Архангельске" (placeforms.py)
            out.append(Finding(s, s + len(first.rstrip(".,;:!?")), "LOCATION", 0.55, "place_case_ending"))
    return out


def _levels(text: str) -> list[Finding]:
    """The name beside a level of an administration ("Mpika District", "Cundinamarca department", "Salyan
    rayonu", "distrito de Miraflores"): capitalised words, not only ordinary English ("Northern Province",
    "Sales Region", "Central District" stay); the words and the judgement are ``adminlevels``'."""
    from .adminlevels import HAN_KANA, cjk_after_phrase, cjk_units, level_spans, pair_spans

    spans = level_spans(text) + pair_spans(text, lambda v: known_place(v, any_size=True))
    if HAN_KANA.search(text):
        spans += cjk_units(text) + cjk_after_phrase(text)
    return [Finding(s, e, "LOCATION", 0.6, "place_level") for s, e in spans]


def _abbreviated(text: str) -> list[Finding]:
    out = []
    if HAS_CYRILLIC.search(text):
        out += [Finding(m.start(), m.end(), "LOCATION", 0.7, "place_settlement") for m in RU_SETTLEMENT.finditer(text)]
    if "város" in text or "falu" in text or "község" in text or "település" in text:
        out += [Finding(*m.span(1), "LOCATION", 0.6, "place_hu") for m in HU_TOWN.finditer(text)]
    if "şehr" in text or "kent" in text or "ilçe" in text or "köy" in text or "ilin" in text or "kasaba" in text:
        out += [Finding(*m.span(1), "LOCATION", 0.6, "place_tr") for m in TR_TOWN.finditer(text)]
    return out


def _fold_symbol(word: str) -> str:
    return unicodedata.normalize("NFC", word.casefold()).strip(".,;:!?")


def _after_postcode(text: str) -> list[Finding]:
    from .cldrwords import currency_symbols
    from .names import _english_form
    from .recognizers import _is_common

    out = []
    for m in PREP_POSTCODE_TOWN.finditer(text):  # in a sentence: only a town the place list knows
        span = _trim_common(text, *m.span(1))
        if span and known_place(text[span[0]:span[1]], any_size=True):
            out.append(Finding(span[0], span[1], "LOCATION", 0.6, "place_postcode"))
    for m in POSTCODE_TOWN.finditer(text):
        span = _trim_common(text, *m.span(1))
        if not span:
            continue
        words = text[span[0]:span[1]].split()
        if len(words) == 1 and _fold_symbol(words[0]) in currency_symbols():
            continue  # "7100 TSh", "3200 Rp", "2890 Ft": a price's currency, not a town after its postcode
        # a postcode with its own shape ("55207-309", "SW1A 1AA", "00-950") is no count or year: its town stands
        shaped = not text[m.start():m.start(1)].strip().isdigit()
        known = known_place(" ".join(words), any_size=True)
        if m.start() > 0 and text[m.start() - 1] == ":" and not known:
            continue  # "Order: 12345 Zorgon": after a label, only a town the place list knows
        if shaped or known or not all(_english_form(w) or _is_common(w) for w in words):
            out.append(Finding(span[0], span[1], "LOCATION", 0.6, "place_postcode"))
    return out


# a house number (with the flat after it: "12 m. 35", "5 apt. 2", "7/3", "14 Whg. 5"), a comma, then the town, as
# each country's postal layout puts it at a sentence's end ("auf ul. Słowackiego 12 m. 35, Rzeszów.")
FLAT = r"(?:m\.|apt\.?|app\.?|flat|unit|suite|lok\.?|whg\.?|piso|porta|door|ap\.?|apto\.?|kv\.?|кв\.?|#)"
HOUSE_TOWN = re.compile(rf"(?<![\w/.-])\d{{1,5}}[a-zA-Z]?(?:[/-]\d{{1,5}}[a-zA-Z]?)?(?:[ \t]+{FLAT}[ \t]*\d{{1,5}}[a-zA-Z]?)?"
                        rf",[ \t]+(?:(?:{POSTCODE})[ \t]+)?({PLACE_WORD}(?:[ \t-]+{PLACE_WORD}){{0,2}})"
                        r"(?=[ \t]*(?:[.;!?\n]|$))", re.I)
# the street before that house number: a street word, or a compound ending in one ("Hauptstr.", "Lindenallee")
STREET_BEFORE = re.compile(
    r"(?i)(?<![^\W\d_])(?:ul|ulica|al|aleja|os|pl|street|st|road|rd|avenue|ave|lane|drive|calle|c/|avenida|av|rua|rue|"
    r"bd|via|viale|piazza|corso|largo|strada|plaza|paseo|praça|travessa|straße|strasse|str|weg|gasse|platz|allee|"
    r"laan|straat|gracht|plein|vej|gade|gatan|vägen|veien|gata|katu|tie|utca|út|tér|ulice|náměstí|sokak|cadde|"
    r"caddesi|jalan|jl|strada|bulevardul|calea)\.?[ \t]"
    r"|[^\W\d_]{3,}(?:straße|strasse|str\.|weg|gasse|allee|platz|ring|damm|laan|straat|gracht|vej|gade|gatan|vägen|"
    r"veien|gata|katu|tie|utca)[ \t]")


def _after_street(text: str) -> list[Finding]:
    """The town after a street's house number and a comma at a sentence's end (see HOUSE_TOWN): a town the
    place list knows, or a hyphenated name of capitalised words that are no common words ("Holm-Seppensen")."""
    from .recognizers import _is_common

    out = []
    for m in HOUSE_TOWN.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        if not STREET_BEFORE.search(text, max(line_start, m.start() - 48), m.start()):
            continue
        town = m.group(1).rstrip(".")
        words = re.findall(r"[^\W\d_][\w'’]*", town)
        if not town[:1].isupper() or not words:
            continue
        if known_place(town, any_size=True) or ("-" in town and all(w[:1].isupper() for w in words) and
                                                not any(_is_common(w) for w in words)):
            out.append(Finding(m.start(1), m.start(1) + len(town), "LOCATION", 0.6, "place_after_street"))
    return out


def _signed_from(text: str) -> list[Finding]:
    """The town after a signature's name ("— Glicínia Vanzan, Aporé"): no English or common word, after a name
    that is not only English words (or a town the place list knows); a role or a team ("— Jane Doe, CEO",
    "— Anna, Sales Team") stays."""
    from .names import _english_form
    from .recognizers import _is_common

    out = []
    for m in SIGNED_FROM.finditer(text):
        span = _trim_common(text, *m.span(2))
        if not span:
            continue
        town = text[span[0]:span[1]]
        words = re.findall(r"[^\W\d_][\w'’-]*", town)
        plain = bool(words) and not any(_english_form(w) or _is_common(w) for w in words)
        named = not all(_english_form(w) or _is_common(w) for w in m.group(1).split())
        if plain and (named or known_place(town, any_size=True)):
            out.append(Finding(span[0], span[1], "LOCATION", 0.6, "place_signed_from"))
    return out


def places(text: str) -> list[Finding]:
    """Every place this module finds in ``text`` (LOCATION, and STREET_ADDRESS under address labels and
    columns)."""
    if not text:
        return []
    from .moves import moved_places
    from .scriptplaces import script_places

    out = _labelled(text) + table_cells(text) + _abbreviated(text) + _sentences(text) + suffixed_towns(text) + \
        moved_places(text) + script_places(text)
    out += _levels(text)  # adminlevels.level_spans asks its own quick question first
    if HAS_DIGIT.search(text):
        out += _after_postcode(text)
        if "," in text:
            out += _after_street(text)
    if "-" in text or "—" in text or "–" in text or "~" in text:
        out += _signed_from(text)
    return out


STREET_END = re.compile(r"(?i)\b(?:street|st|road|rd|avenue|ave|boulevard|blvd|lane|drive|way|square|place|terrace|"
                        r"crescent|close|court|park|bridge|parkway|highway)\.?$")

STREET_NEXT = re.compile(r"(?i)[ \t]+(?:street|st|road|rd|avenue|ave|boulevard|blvd|lane|drive)\b")


# words of a compass or a position, which name a region of a country ("Central Region", Ghana) as often as a firm's
# part of its market ("the Central region sales figures", "Northern area team")
COMPASS = frozenset("central north northern south southern east eastern west western northeast northwest southeast "
                    "southwest north-east north-west south-east south-west upper lower middle inner outer mid centre center "
                    "coast highlands".split())  # (France's "Centre", Kenya's "Coast")
# ... a firm's: the area's word in lower case, then a lower-case noun it qualifies (no "of", no "in": "the Central
# region of Ghana", "the Northern region in 2019" stay places)
AREA_OF_A_FIRM = re.compile(r"[ \t]+(?:region|area|zone|division|sector|territory|district)[ \t]+"
                            r"(?!of\b|in\b|and\b|or\b|is\b|was\b)[a-z]")


def plausible_place(text: str, start: int, end: int) -> bool:
    """Whether a span the NER model calls a place can be one: it has letters; it is not made only of English
    and common words unless the list knows it as a town of 15,000 or more ("Bath" yes; "Billing", "Rose Gold",
    "Red" no); not a name that qualifies a noun ("Victoria sponge"); and one word opening a sentence or a line that no list knows is the sentence's first word, not a
    place (the small English model reads "Paramètres", "Ajustes", "Τρίτη" there as places)."""
    from .names import _english_form
    from .recognizers import _is_common

    span = text[start:end]
    words = re.findall(r"[^\W\d_][\w'’.-]*", span)
    if not words:
        return False
    from .names import qualifies_noun

    if qualifies_noun(text, start, end):
        return False  # "Turkey sandwich", "the Lagos build", "Florence flask": a thing named after a place
    if all(w.casefold() in COMPASS for w in words) and AREA_OF_A_FIRM.match(text, end) is not None:
        return False  # "the Central region sales figures", "Northern area team": a firm's part of its market
    if all(_english_form(w) or _is_common(w) for w in words):
        # "Marina Fort Street": English words that end in a street's word name a street
        return known_place(span) or (len(words) > 1 and (STREET_END.search(span) is not None or
                                                          STREET_NEXT.match(text, end) is not None))
    if any(c.isdigit() for c in span):
        return False  # "Victoria Sponge,KX-954,21,2026": a table row read as one place
    if len(words) == 1 and not known_place(span, any_size=True):
        before = text[max(0, start - 3):start].rstrip(" \t\"'“«(¿¡")
        if not before or before[-1] in ".!?:\n>":
            return False
        # in a sentence of another language the small English model reads interface words as places
        # ("ouvrez Paramètres", "abra Ajustes"): there a place needs a list that knows it, or other context
        around = re.findall(r"[^\W\d_]+", text[max(0, start - 80):end + 80])
        if len(around) >= 4 and sum(_english_form(w) or _is_common(w) for w in around) * 2 < len(around):
            return False
    return True


# --------------------------------------------------------------------------- the place list


def _places():
    from .placenames import place_list

    return place_list()


KNOWN_POPULATION = 15000


def known_place(name: str, any_size: bool = False) -> bool:
    """Whether ``name`` is a country, a US state or county, or a city's main name in GeoNames (``placenames``):
    of 15,000 people or more (the list the NER checks were tuned with), or of any size with ``any_size`` (its
    other-language names too, at 15,000 or more). Used to tell a two-word place ("New York") from a two-word
    name the NER model calls a place ("Tünde Hoffmann"), and a labelled region from a status word."""
    p = _places().get(name)
    if p is None:
        return False
    from .placenames import CITY, COUNTRY, REGION

    if p.kinds & (COUNTRY | REGION):
        return True
    if any_size:
        return bool(p.kinds & CITY) or p.population >= KNOWN_POPULATION
    return bool(p.kinds & CITY) and p.population >= KNOWN_POPULATION
