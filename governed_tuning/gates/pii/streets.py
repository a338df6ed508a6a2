"""Street addresses as they are written in the languages our users write, beyond ``recognizers.addresses``.

``recognizers.addresses`` knows English, German, Nordic and Romance street words with a house number. What it
misses, and this module finds (each shape with a signal of its own, never a capitalised word and a number
alone, which is how products and versions are written too: "Sonos Era 100"):

- the address after "the new address is" in other languages ("die neue Adresse ist", "ny adresse er", "nová
  adresa je", "az új címem", "новый адрес:", "η νέα διεύθυνση είναι"), up to the end of the clause;
- Russian streets ("ул. Алтайская, д. 43 стр. 4", "пер. Азовский, д. 3/9"), Hungarian ("Tapolcavégi utca 84."),
  Greek street names in the genitive ("Σακτουρίων 44", "Πλ. Σαρακηνάδου 11"), Czech and Slovak names after a
  preposition ("Na Fišerce 61", "K Otočce 578"), Nordic and Dutch compounds ("Myhrefaret 5", "Pascalebaan 2"),
  Portuguese and Spanish abbreviations and numbers ("R. Maia, 21", "Boulevard Saavedra N° 6543");
- an address block: a "name and number" line between short lines, with a phone, an e-mail or a postcode line
  near it (a letter's signature), and the town line under it (LOCATION);
- a "name and number, town" item in a list that also holds a phone number or an e-mail ("Noted: ..., +47 ...,
  Myhrefaret 5, Trondstrøm.").

Every regex here is linear: bounded repeats, no nested unbounded quantifiers, lookbehinds of one character.
"""

from __future__ import annotations

import re

from .addresscues import cued_addresses
from .places import HAS_CYRILLIC, HAS_DIGIT, PLACE, POSTCODE
from .prefilter import fast
from .recognizers import UP, Finding, run_on_end, street_start

__all__ = ["streets", "script_streets", "po_boxes"]

HAS_GREEK = re.compile(r"[\u0370-\u03ff]")
CLAUSE = r"[^\n]{3,80}?(?=[.!?;][ \t\n]|[.!?;]?[ \t]*$|\n)"
ADDRESS_IS = re.compile(
    r"(?i)\b(?:address|adresse|adres|adress|adressen|adresa|adresă|dirección|direccion|domicilio|morada|"
    r"endereço|endereco|indirizzo|osoite|адрес|διεύθυνση|διεύθυνσή μου)"
    r"(?:[ \t]+(?:is|ist|est|es|é|er|är|je|este|è|on|είναι|lautet|is now|now is|ahora es)[ \t]*[:—-]?|[ \t]*[:—])[ \t]+"
    rf"({CLAUSE})|\b(?:címem|címe|lakcímem"
    # "at / to the address" in the languages we ship to: "bydlím na adrese Dlouhá 12", "по адресу ул. ...",
    # "asun osoitteessa ...", "unter der Adresse ...", "à l'adresse ...", "all'indirizzo ..."
    r"|na adrese|na adresu|pod adresem|pod adresom|na adres|po adresu|по адресу|за адресою|на адресу|osoitteessa|"
    r"osoitteeseen|på adressen|på adresse|unter der adresse|an die adresse|à l'adresse|à l’adresse|"
    r"en la dirección|a la dirección|all'indirizzo|all’indirizzo|no endereço|para o endereço|op het adres|"
    r"naar het adres|a címen|a címre|στη διεύθυνση|adresinde|adresine|at the address|to the address)"
    rf"[ \t]*:?[ \t]+({CLAUSE})", re.M)

RU_STREET = re.compile(
    r"(?<![\w.])(?:ул|улица|пер|переулок|пр|пр-т|просп|проспект|бул|бульвар|б-р|ш|шоссе|наб|набережная|пл|площадь|"
    r"алл|аллея|туп|тупик|проезд|пр-д|линия|мкр|микрорайон|тракт|"
    r"вул|вулиця|пров|провулок|площа|шосе|набережна|узвіз|майдан"
    # the long words capitalised, as a line of an address block starts ("Аллея Коптевский Б. 1236, кв. 8")
    r"|Улица|Переулок|Проспект|Бульвар|Шоссе|Набережная|Площадь|Аллея|Тупик|Проезд|Линия|Микрорайон|Тракт|"
    r"Вулиця|Провулок|Площа|Шосе|Набережна|Узвіз|Майдан)\.?[ \t]+[А-ЯЁІЇЄҐ0-9][\w'’-]*"
    r"(?:[ \t]+[А-ЯЁІЇЄҐ][\w'’-]*\.?){0,2}"
    r"(?:,?[ \t]*(?:(?:д|дом|буд)\.?[ \t]*)?\d{1,5}[\w/]{0,6}(?:[ \t,]*(?:к|корп|стр|кв|оф)\.?[ \t]*\d{1,5}[\w/]{0,6}){0,3})?")
HU_STREET = re.compile(
    r"[A-ZÁÉÍÓÖŐÚÜŰ][\w-]*(?:[ \t]+[A-ZÁÉÍÓÖŐÚÜŰ][\w-]*){0,2}[ \t]+(?:utca|u\.|út|útja|tér|tere|körút|krt\.|köz|sor|"
    r"sétány|fasor|rakpart|lejtő|dűlő|liget|udvar|lépcső|park|telep)[ \t]+\d{1,4}(?:[/-]\d{1,4})?\.?")
GREEK_MONTHS = ("ιανουαρίου φεβρουαρίου μαρτίου απριλίου μαΐου ιουνίου ιουλίου αυγούστου σεπτεμβρίου οκτωβρίου "
                "νοεμβρίου δεκεμβρίου").split()
GR_STREET = re.compile(
    r"(?<![\w])(?:(?:Οδός|Οδ\.|Λεωφ\.|Λεωφόρος|Πλ\.|Πλατεία|Πάροδος)[ \t]+)?"
    r"([Α-ΩΆΈΉΊΌΎΏ][α-ωάέήίόύώϊϋΐΰς]+(?:[ \t]+[Α-ΩΆΈΉΊΌΎΏ][α-ωάέήίόύώϊϋΐΰς]+)?)[ \t]+\d{1,4}[α-ω]?(?![\w/.,:-]\d)")
GR_GENITIVE = ("ου", "ων", "ας", "ης", "ούς", "ους", "ού", "ών", "άς", "ής")
CZ_STREET = re.compile(r"\b(?:Na|K|Ke|U|Pod|Nad|Za|V|Ve|Před|Pred|Pri|Pri|Do)[ \t]+[^\W\d_][\w-]*(?:[ \t]+[^\W\d_][\w-]*)?"
                       r"[ \t]+\d{1,4}(?:/\d{1,4})?[a-z]?\b")
CZ_LETTERS = re.compile(r"[áčďéěíňóřšťúůýžľĺŕôä]", re.I)
COMPOUND = (r"veien|vegen|gata|gaten|stien|stigen|bakken|bakke|lia|liane|åsen|haugen|svingen|tunet|jordet|skogen|"
            r"myra|myrene|bråten|faret|kroken|løkka|grenda|ringen|plassen|dalen|toppen|lunden|sletta|moen|engen|"
            r"hagen|kollen|brekka|vollen|marka|vika|berget|holmen|stranda|vænget|parken|toften|vangen|højen|marken|"
            r"allé|plads|torv|stræde|gyde|vägen|gatan|gränd|backe|backen|torget|allén|leden|slingan|platsen|baan|"
            r"dijk|gracht|wal|straße|strasse|str\.|gasse|weg|laan|straat|vej|gade|veg|vei|gate|"
            r"vegur|stræti|braut|stígur|gerði|tún|katu|tie|kuja|polku|väylä|rinne|kaari|ranta|tee|tänav")
# (German "Heuserstr. 7210", "Etzlerstr. 6/4": the abbreviation and a house number with its interior number)
NORDIC_STREET = re.compile(rf"\b([{UP}][\w-]{{1,30}}?(?:{COMPOUND}))[ \t]*(?<=[ \t.])\d{{1,4}}[A-Za-z]?(?:/\d{{1,4}})?\b")
ABBREV_STREET = re.compile(
    r"(?<![\w.])(?:R|Av|Avda|Tv|Trav|Lg|Pç|Pr|Estr|Al|Bc|Cc|Rot|Bd|Bv|Blvd|C|Cl|Pje|Psje|Ctra|Pº|Pso)\.[ \t]+"
    r"[^\W\d_][\w'’.-]*(?:[ \t]+[\w'’.-]+){0,4}?,?[ \t]+(?:N[°º][ \t]*|nº[ \t]*|n\.?[ \t]*)?\d{1,5}[a-zA-Z]?\b")
# Turkish "Atatürk Cad. No: 5", "Gül Sk. No:12/3"; Indonesian and Malay "Jl. Merdeka No. 5", "Gg. Mawar No 7"
TR_STREET = re.compile(
    rf"[{UP}][\w'’.-]*(?:[ \t]+[{UP}][\w'’.-]*){{0,3}}[ \t]+(?:Sk|Sok|Sokak|Sokağı|Cad|Cd|Cadde|Caddesi|Bulvarı|Blv|"
    r"Bulv|Yolu|Mah|Mahallesi|Meydanı)\.?(?:[ \t]*,)?[ \t]+(?:No|Nu|Numara)[:.]?[ \t]*\d{1,5}(?:[/-]\d{1,4})?[A-Za-z]?")
ID_STREET = re.compile(rf"\b(?:Jl|Jln|Jalan|Gg|Gang|Lorong|Lrg)\.?[ \t]+[{UP}][\w'’.-]*(?:[ \t]+[\w'’.-]+){{0,4}}?,?[ \t]+"
                       r"(?:No|Nomor)[:.]?[ \t]*\d{1,5}[A-Za-z]?")
# Spanish "C/ Mayor, 5", "C/ Señores Curas 88"
SLASH_STREET = re.compile(rf"(?<![\w/])C/[ \t]*[{UP}][\w'’.-]*(?:[ \t]+[\w'’.-]+){{0,4}}?,?[ \t]+\d{{1,5}}[a-zA-Z]?\b")
NUMBERED_STREET = re.compile(
    r"\b(?:Boulevard|Bulevar|Avenida|Calle|Diagonal|Pasaje|Camino|Ruta|Rua|Travessa|Calzada|Carrera|Transversal)"
    r"[ \t]+(?:[\w'’.]+[ \t]+){0,4}?(?:N[°º]|nº|No\.|#)[ \t]*\d{1,5}[a-zA-Z]?\b")

# a street whose street word stands as a word of its own after the name: "Fürther Straße 757", "Am Alten Weg 5",
# "Frederiksberg Allé 12", "Kungliga Gatan 4", "Rákóczi Utca 8" (capitalised, as a street's name is written)
SEPARATE_SUFFIX = re.compile(
    rf"(?<![\w'’.-])[{UP}][\w'’.-]*(?:[ \t]+[{UP}][\w'’.-]*){{0,2}}[ \t]+(?:Straße|Strasse|Str\.|Gasse|Allee|Allé|Platz|"
    r"Weg|Damm|Ufer|Chaussee|Steig|Straat|Laan|Gracht|Kade|Plein|Vej|Gade|Gatan|Vägen|Veien|Utca|Katu|"
    # the English street words with the number after them, as East and West Africa and South Asia write them
    # ("Latema Road 56", "Moi Avenue 14", "Ring Road 5")
    r"Road|Street|Avenue|Lane|Drive|Crescent)"
    r"[ \t]+\d{1,5}[a-zA-Z]?(?:[/-]\d{1,4}[a-zA-Z]?)?(?![\w])")

# Colombian (and Venezuelan, Ecuadorian) grid addresses: "Cl. 98 # 4-82 Sur", "Carrera 7 No. 71-21", "Kr 15 #93-60"
GRID_STREET = re.compile(
    r"(?<![\w.])(?:Calle|Cl|Cll|Carrera|Cra|Cr|Kr|Kra|Avenida|Av|Ak|Ac|Diagonal|Dg|Transversal|Tv|Tr|Circular|Cq)\.?"
    r"[ \t]*\d{1,3}[ \t]?[A-Z]?(?:[ \t]?bis)?[ \t]*(?:#|No\.?|N[°º]|Nro\.?)[ \t]*\d{1,3}[ \t]?[A-Z]?[ \t]*-[ \t]*\d{1,3}"
    r"(?:[ \t]+(?:Sur|Este|Norte|Oeste))?(?![\w])")

# a street word in the case a sentence puts it in, then the name and the number: Polish "przy ulicy Polnej 5",
# Czech "v ulici Na Příkopě 12", Russian "на улице Ленина, д. 5", Ukrainian "на вулиці Шевченка 10"
LOCATIVE_STREET = re.compile(
    rf"(?i:ulicy|ulici|alei|alejach|placu|osiedlu|náměstí|třídě|улице|улицы|проспекте|переулке|вулиці|проспекті)"
    rf"[ \t]+[{UP}][\w'’-]*(?:[ \t]+[{UP}][\w'’-]*){{0,2}},?[ \t]+(?:nr\.?[ \t]*|č\.[ \t]*|д\.[ \t]*|дом[ \t]+|буд\.[ \t]*)?"
    r"\d{1,4}[a-zA-Zа-я]?(?:/\d{1,4})?(?![\w])")
# a street word after the name, then the number: South Slavic, Baltic ("Slovenska cesta 5", "Brīvības iela 5",
# "Vilniaus g. 5", "Pikk tänav 5", "Tartu mnt 15", "Gedimino pr. 9", "Trg bana Jelačića 1" is below)
WORD_AFTER_STREET = re.compile(
    rf"(?<![\w-])[{UP}][\w'’-]*(?:[ \t]+[{UP}][\w'’-]*){{0,2}}[ \t]+(?:cesta|ulica|iela|gatvė|gatve|g\.|tänav|tn\.|"
    r"mnt\.?|maantee|pst\.?|puiestee|prospektas|prospekts|pr\.|alėja|aleja|bulvāris|bulv\.|laukums|aikštė|"
    r"skersgatvis|krastmala)[ \t]+(?:nr\.?[ \t]*)?\d{1,4}[a-zA-Z]?(?:[/-]\d{1,4}[a-zA-Z]?)?(?![\w])")
# a street word before the name, then the number: Albanian, Romanian, Croatian, Malay, Swahili ("Rruga e Durrësit
# 12", "Str. Lipscani nr. 25", "Calea Victoriei 12", "Trg bana Jelačića 1", "Jalan Ampang 5", "Barabara ya Moi 14")
WORD_BEFORE_STREET = re.compile(
    r"(?<![\w.])(?:Rruga|Rr\.|Bulevardi|Blvd\.|Sheshi|Jalan|Jln\.?|Lorong|Lebuh|Persiaran|Lebuhraya|Barabara ya|"
    r"Mtaa wa|Njia ya|Str\.|Strada|Bd\.|Bulevardul|Calea|Șoseaua|Şoseaua|Soseaua|Aleea|Piața|Piaţa|Splaiul|Intrarea|"
    r"Trg|Ulica|Šetalište|Obala|Ulice|Náměstí|Nám\.|Námestie)[ \t]+(?:(?:e|i|ya|wa|bana|kralja|de|la)[ \t]+)?"
    rf"[{UP}][\w'’-]*(?:[ \t]+[{UP}\d][\w'’.-]*){{0,3}},?[ \t]+(?:nr\.?[ \t]*|No\.?[ \t]*|br\.?[ \t]*)?"
    r"\d{1,4}[a-zA-Z]?(?:[/-]\d{1,4}[a-zA-Z]?)?(?![\w])")

# Vietnamese: a house number and the street's name before the ward, district or city ("123 Nguyễn Huệ, Quận 1")
VI_STREET = re.compile(
    rf"(?<![\w/])\d{{1,5}}[A-Z]?(?:/\d{{1,4}}[A-Z]?)?[ \t]+(?:(?:Đường|đường|Phố|phố|Ngõ|ngõ|Hẻm|hẻm)[ \t]+)?"
    rf"[{UP}][\w'’-]*(?:[ \t]+[{UP}\d][\w'’-]*){{0,4}}(?=,[ \t]*(?:Phường|P\.|Quận|Q\.|Huyện|Xã|Thị xã|TP\.|Tp\.|"
    r"Thành phố|Tỉnh))")

# scripts written without spaces: an address is its own shape, from the largest unit to the house number
#   Chinese "柴路Z座", "拉萨路12号", "關渡街5段4號", "石牌巷240號", "中山北路二段45巷3弄7號5樓";
HAN = "\u4e00-\u9fff\u3400-\u4dbf"
# (a street's name is Han characters, not the verb or the particle before it: "请寄到|柴路Z座", "住在|拉萨路")
HAN_NAME = rf"(?:(?![到是在于於的请請寄送发發往住址为為我您你他她们們和与與从從])[{HAN}]){{1,12}}"
ZH_STREET = re.compile(
    rf"{HAN_NAME}(?:路|街|大街|大道|道|巷|弄|胡同|里)"
    rf"(?:[\d一二三四五六七八九十]{{1,3}}段)?(?:\d{{1,4}}(?:巷|弄))?(?:\d{{1,4}}(?:巷|弄))?"
    rf"(?:\d{{1,5}}(?:号|號)(?:[A-Za-z\d]{{1,3}}(?:座|栋|棟))?(?:\d{{1,3}}(?:楼|樓|层|層|室))?(?:\d{{1,5}}室)?"
    rf"|[A-Za-z\d]{{1,3}}(?:座|栋|棟))")
#   Japanese "大阪府川崎市幸区東浅草29丁目14番5号", "渋谷区神南1-2-3", "元町3番地";
KANJI = rf"[{HAN}\u30a0-\u30ff々ヶ]"  # kanji and katakana (hiragana is the grammar between words: "住所は")
# the house-number part that anchors it; the town and district before it are the kanji run that leads to it
JA_NUMBER = re.compile(
    rf"\d{{1,3}}丁目(?:\d{{1,4}}(?:番地?|[-−‐－]))?(?:\d{{1,4}}号?)?|\d{{1,4}}番地(?:\d{{1,4}}号?)?|\d{{1,4}}番\d{{1,4}}号"
    rf"|(?<=[{HAN}\u30a0-\u30ff々ヶ])\d{{1,4}}[-−‐－]\d{{1,4}}(?:[-−‐－]\d{{1,4}})?(?![\d-])")
JA_RUN = re.compile(rf"{KANJI}{{1,30}}$")
JA_UNIT = re.compile(r"[都道府県市区町村郡]")
#   Korean road-name addresses after their province, city or district: "경기도 안양시 서초대거리 지하700",
#   "경상남도 수원시 영통구 개포16길 832", "서울특별시 강남구 테헤란로 152"; or the road and building number alone
#   at the end of a clause ("Moved to 한빛로 197.", "새 주소: 은행나무로 117, 3층"): a road's name (two
#   syllables or more before 로/길) and a bare number that ends the phrase. A number with a counter ("로 3시간",
#   "로 2개") or a phone's groups ("번호로 010-1234-5678") does not end one.
KO_STREET = re.compile(
    r"(?:[가-힣]{1,10}(?:특별시|광역시|특별자치시|특별자치도|도|시)[ \t]+)?(?:[가-힣]{1,8}(?:시|군|구)[ \t]+){1,3}"
    r"(?:[가-힣]{1,8}(?:읍|면|동)[ \t]+)?[가-힣\d]{1,14}(?:로|길|거리|대로)[ \t]*(?:지하[ \t]*)?\d{1,5}(?:-\d{1,4})?"
    r"(?:[ \t]*\([가-힣\d, ]{1,20}\))?"
    r"|(?<![가-힣\d])[가-힣]{2,10}\d{0,3}(?:로|길|대로)(?:\d{1,3}번?길)?[ \t]+\d{1,5}(?:-\d{1,4})?"
    r"(?=[ \t]*(?:[.,;!?。，]|$))(?![.,]\d)", re.M)
#   Thai "85/60 ถนนถนัดกลึง", "12 หมู่ 3 ซอยสุขุมวิท 4".
TH_STREET = re.compile(r"\d{1,5}(?:/\d{1,5})?[ \t]*(?:หมู่(?:ที่)?[ \t]*\d{1,3}[ \t]*)?(?:ถนน|ถ\.|ซอย|ซ\.)[ \t]*"
                       r"[\u0e00-\u0e7f]{1,40}(?:[ \t]+\d{1,4})?")

# scripts with spaces, by their street words: before the name or after it, with a house number beside
#   Bengali "বাড়ী নং ৬৪, মনোহরগ্রাম", "ষ্টুডিও ২৩, হোল্ডিং নং ৬, মধ্য মোহনঘাট", "বিল্ডিং নং ৪, আলিডাঙ্গা রোড";
BN = "\u0980-\u09ff"
BN_STREET = re.compile(
    rf"(?:(?:ষ্টুডিও|স্টুডিও|অ্যাপার্টমেন্ট|এপার্টমেন্ট|ফ্ল্যাট|বাড়ী|বাড়ি|বাসা|হোল্ডিং|বিল্ডিং|প্লট|রোড|সড়ক|লেন)"
    rf"[ \t]*(?:নং|নম্বর|#)?[ \t]*[০-৯\d]{{1,5}}[ \t]*,?[ \t]*){{1,4}}"
    rf"(?:[{BN}]{{1,30}}(?:[ \t]+[{BN}]{{1,30}}){{0,2}})?")
#   Devanagari (Hindi, Nepali, Marathi) "देउजा बाटो", "72/790 गांधी मार्ग", "शेर्पा कुना";
DEVA = "\u0900-\u097f"
DEVA_STREET = re.compile(
    rf"(?:\d{{1,5}}(?:/\d{{1,5}})?[ \t]+)?[{DEVA}]{{1,30}}(?:[ \t]+[{DEVA}]{{1,30}}){{0,2}}[ \t]+"
    rf"(?:मार्ग|बाटो|रोड|सड़क|सडक|गली|पथ|चोक|चौक|कुना|लेन)(?![{DEVA}])(?:[ \t]*,?[ \t]*\d{{1,5}})?")
# words of Hindi and Nepali prose before "road" or "street" ("मैं रोड पर था": I was on the road)
DEVA_FUNCTION = frozenset("मैं में पर की के का से यह वह एक और हम तुम आप उस इस को ने भी तो ही था थी थे है हैं म हो".split())
#   Persian and Arabic "3941 یلدا بلوار", "خیابان آزادی، پلاک ۱۲", "شارع الملك فهد 12";
ARAB = "\u0600-\u06ff"
FA_WORD = r"(?:خیابان|خ\.|کوچه|بلوار|میدان|بزرگراه|آزاد[ \t]?راه|جاده|شارع|طريق|جادة|ممر)"
FA_STREET = re.compile(
    rf"(?:[\d۰-۹٠-٩]{{1,6}}[ \t]+[{ARAB}]{{1,30}}(?:[ \t]+[{ARAB}]{{1,30}}){{0,2}}[ \t]+{FA_WORD}(?![{ARAB}])"
    rf"|{FA_WORD}[ \t]+[{ARAB}]{{1,30}}(?:[ \t]+[{ARAB}]{{1,30}}){{0,2}}[ \t]*[،,]?[ \t]*(?:پلاک|رقم|مبنى)?[ \t]*[\d۰-۹٠-٩]{{1,5}}"
    rf"(?![\d۰-۹٠-٩]))")
#   Hebrew "רחוב הגפן 60", "שד' רוטשילד 12"; Georgian "ალაზნის ქ. 07", "რუსთაველის გამზ. 12"; Armenian
#   "Աբովյան փողոց 5".
HE_STREET = re.compile(r"(?:רחוב|רח['׳]|שדרות|שד['׳]|דרך|סמטת|סמ['׳]|כיכר)[ \t]+[\u05d0-\u05ea\"'׳״-]+"
                       r"(?:[ \t]+[\u05d0-\u05ea\"'׳״-]+){0,2}[ \t]+\d{1,4}")
KA_STREET = re.compile(r"[\u10d0-\u10ff]{1,30}(?:[ \t]+[\u10d0-\u10ff]{1,30}){0,2}[ \t]+(?:ქ\.|ქუჩა|გამზ\.|გამზირი|ჩიხი|"
                       r"შესახვევი|მოედანი|ხეივანი)[ \t]*(?:N[ \t]?|№[ \t]?)?\d{1,4}")
HY_STREET = re.compile(r"[\u0531-\u0587]{1,30}(?:[ \t]+[\u0531-\u0587]{1,30}){0,2}[ \t]+(?:փողոց|փ\.|պողոտա|պող\.|նրբանցք|"
                       r"թաղամաս)[ \t]*\d{1,4}")
SCRIPT_STREETS = ((HAN, (ZH_STREET, "street_zh")), ("\u30a0-\u30ff", ()), ("\uac00-\ud7af", (KO_STREET, "street_ko")),
                  ("\u0e00-\u0e7f", (TH_STREET, "street_th")), (BN, (BN_STREET, "street_bn")),
                  (DEVA, (DEVA_STREET, "street_deva")), (ARAB, (FA_STREET, "street_arab")),
                  ("\u05d0-\u05ea", (HE_STREET, "street_he")), ("\u10d0-\u10ff", (KA_STREET, "street_ka")),
                  ("\u0531-\u0587", (HY_STREET, "street_hy")))
SCRIPT_RX = [(re.compile(f"[{chars}]"), pair) for chars, pair in SCRIPT_STREETS if pair]
ANY_SCRIPT = re.compile("[" + "".join(chars for chars, _ in SCRIPT_STREETS) + "]")
# words one of which the shapes below need, looked for as substrings first (cheaper than running each pattern)
GRID_KEYS = ("#", "No", "N°", "Nº", "Nro")
LOCATIVE_KEYS = ("ulic", "alej", "alei", "plac", "osiedl", "náměst", "tříd", "улиц", "проспект", "переулк", "вулиц")
VI_KEYS = ("Phường", "P.", "Quận", "Q.", "Huyện", "Xã", "Thị xã", "TP.", "Tp.", "Thành phố", "Tỉnh")

# what people write before an address they give, in the languages our users write ("please ship to 85/60
# ถนนถนัดกลึง", "deliver to Naumovac 8c", "parked outside 2 A.AĞAYEV in Baku", "Envíenlo a Cl. 25 # 71-70",
# "请寄到石牌巷240號", "新しい住所は...です", "새 주소는 ...입니다", "הכתובת החדשה שלי: רביבים 23", "عنواني الجديد ...")
SEND_TO = fast(re.compile(
    r"(?i)(?<![\w])(?:(?:please[ \t]+)?(?:ship|send|deliver|mail|post|forward|dispatch|courier)(?:ed|ing|s)?"
    r"(?:[ \t]+(?:it|this|them|everything|the[ \t]+\w+|my[ \t]+\w+|our[ \t]+\w+))?[ \t]+to"
    r"|parked[ \t]+(?:outside|at|on|near|in[ \t]+front[ \t]+of|opposite|behind)|(?:i|we)[ \t]+(?:live|lived|stay)[ \t]+at"
    r"|(?:living|located|situated|residing|staying)[ \t]+at|(?:lives|resides)[ \t]+at"
    r"|env[ií]en(?:lo|la|los|las)?[ \t]+a|env[ií]e(?:lo|la)?[ \t]+a|enviar(?:lo|la)?[ \t]+a|m[aá]nden(?:lo|la)?[ \t]+a"
    r"|entr[eé]guen(?:lo|la)?[ \t]+en|vivo[ \t]+en[ \t]+(?:la[ \t]+)?(?=calle|carrera|avenida|av\.|cl\.|c/)"
    r"|enviem(?:-no|-na)?[ \t]+para|enviar[ \t]+para|mandem[ \t]+para|entreguem[ \t]+(?:em|no|na)"
    r"|envoyez(?:-le|-la|-les)?[ \t]+(?:à|au)|livrez(?:-le|-la)?[ \t]+(?:à|au)|expédiez(?:-le|-la)?[ \t]+(?:à|au)"
    r"|schicken[ \t]+sie[ \t]+(?:es[ \t]+|das[ \t]+paket[ \t]+)?an|senden[ \t]+sie[ \t]+(?:es[ \t]+)?an"
    r"|liefern[ \t]+sie[ \t]+(?:es[ \t]+)?an|bitte[ \t]+an|spedite(?:lo|la)?[ \t]+a|inviate(?:lo|la)?[ \t]+a"
    r"|consegnate(?:lo|la)?[ \t]+a|stuur[ \t]+(?:het[ \t]+)?naar|bezorg(?:en)?[ \t]+(?:het[ \t]+)?(?:op|aan)"
    r"|wyślij(?:cie)?[ \t]+na|wysłać[ \t]+na|отправьте[ \t]+(?:на|по[ \t]+адресу)|доставьте[ \t]+(?:на|по[ \t]+адресу)"
    r"|по[ \t]+адресу|відправте[ \t]+на|надішліть[ \t]+на|kirim(?:kan)?[ \t]+ke|gửi[ \t]+(?:đến|tới|về)|tuma[ \t]+kwa"
    r"|לשלוח[ \t]+ל-?|שלחו[ \t]+ל-?|הכתובת(?:[ \t]+החדשה)?(?:[ \t]+שלי)?(?:[ \t]+היא)?[ \t]*:?"
    r"|عنواني(?:[ \t]+الجديد)?(?:[ \t]+هو)?[ \t]*:?|أرسلوا[ \t]+إلى|ارسلوا[ \t]+الى|أرسل[ \t]+إلى"
    r"|آدرس(?:[ \t]+جدید)?(?:[ \t]+من)?(?:[ \t]+است)?[ \t]*:?|ارسال[ \t]+به|"
    r"ส่งที่|ส่งไปที่|ที่อยู่(?:ใหม่)?(?:คือ)?|ঠিকানা[ \t]*:?|पता[ \t]*:|मेरा[ \t]+पता(?:[ \t]+है)?[ \t]*:?"
    r")[ \t]*(?P<v>[^\n]{3,90}?)(?=[ \t]*(?:[.!?;。！？][ \t\n]|[.!?;。！？]?$|\n|[ \t,]+(?:please|pls|thanks|thank|"
    r"thx|asap|por[ \t]+favor|obrigad[oa]|merci|bitte|danke|grazie|dank|dzięki|спасибо|in[ \t]+(?=[\w<])|and[ \t]|"
    r"contact|my[ \t]|i[ \t]|i'm|we[ \t]|text[ \t]|call[ \t]|email|e-mail|phone|tel[ \t.:]|aged|born|dob|"
    r"here[ \t]|now[ \t]|by[ \t]|before[ \t]|after[ \t]|until|ahora|gracias|ya[ \t]|من[ \t]+فضلك|لو[ \t]+سمحت)"
    r"|[ \t]*[,،][ \t]*(?:please|por)"
    r"|[ \t]+[^\W\d_][\w-]{0,14}:|[ \t]+(?:PERSON|LOCATION)_|[ \t]*<))",
    re.M))
CJK_SEND = re.compile(r"(?:请|請)?(?:寄到|送到|发到|發到|寄往|邮寄到|郵寄到|配送到|寄至|送至)|(?:新的?|我的|现在的|現在的)?(?:地址|住址)"
                      r"(?:是|为|為|：|:)|(?:新しい)?住所(?:は|：|:)|(?:새[ \t]*)?주소(?:는|:|：)")
CJK_VALUE = re.compile(r"[ \t]*([^\n。！？!?；;]{2,60}?)(?=(?:です|입니다|이에요|예요|에요|으로|로[ \t]*보내|に[送お]|까지)|[。！？!?；;\n]|$)")
# a street word in any script: what a value after "ship to" must hold when it holds no digit
STREET_WORD = re.compile(
    r"(?i)(?<![^\W\d_])(?:street|st|road|rd|avenue|ave|lane|ln|drive|dr|way|boulevard|blvd|court|ct|place|pl|close|"
    r"crescent|terrace|square|highway|calle|carrera|avenida|rua|rue|via|viale|strada|straße|strasse|weg|gasse|"
    r"platz|laan|straat|ulica|ul|ulice|utca|sokak|cadde|caddesi|jalan|jl|đường|phố|ул|улица|вул|вулиця|пр|"
    r"проспект|οδός|λεωφόρος|isitaladi|barabara|mtaa|"
    r"बाटो|मार्ग|रोड|सड़क|गली|কুনা|রোড|সড়ক|লেন|বাড়ী|বাড়ি|ถนน|ซอย|خیابان|کوچه|بلوار|شارع|طريق|רחוב|שדרות|ქუჩა|"
    r"ქ|გამზირი|փողոց|պողոտա|로|길)(?![^\W\d_])|[路街巷弄]|\d(?:号|號)|[A-Za-z\d]座|丁目|番地|\d[가-힣]*(?:로|길)")
UNIT_AFTER = re.compile(r"\.?[ \t]*\d{1,5}[A-Za-z]?")
FIRST_NUMBER = re.compile(r"[\d]{1,5}(?:[/-][\d]{1,5})?[^\W\d_]?(?![\w])")
COMMON_START = re.compile(r"(?i)(?:the|a|an|my|our|your|his|her|their|this|that|me|us|him|them|it|you|every\w*|"
                          r"all|some|any|another|one|two|three|home|work|school|office|there|here)(?![\w])")


# a word of ``SEND_TO`` or ``CJK_SEND`` holds one of these (casefolded): texts without any skip both patterns
SEND_KEYS = ("ship", "send", "deliver", "mail", "post", "forward", "dispatch", "courier", "parked", "live", "stay",
             "living", "located", "situated", "resid", "env", "mand", "entreg", "vivo", "livr", "expéd", "schick",
             "liefer", "bitte", "sped", "invia", "consegn", "stuur", "bezorg", "wyśl", "wysł", "отправ", "достав",
             "адрес", "відправ", "надішл", "kirim", "gửi", "tuma", "לשלוח", "שלחו", "הכתובת", "عنوان", "أرسل", "ارسل",
             "آدرس", "ارسال", "ส่ง", "ที่อยู่", "ঠিকানা", "पता", "寄", "送", "发到", "發到", "地址", "住址", "住所", "주소")


def _send_to(text: str) -> list[Finding]:
    """The address after words of sending or living, when it is shaped like one: a house number or a street
    word (in any script), and not a phrase of common words ("ship to my office", "deliver to the front desk")."""
    from .names import _english_form
    from .recognizers import _is_common

    out: list[Finding] = []
    low = text.casefold()
    if not any(k in low for k in SEND_KEYS):
        return out
    for m in SEND_TO.finditer(text):
        s, e = m.span("v")
        v = text[s:e].rstrip(" \t,.")
        e = s + len(v)
        # "Apt. 988", "Suite 4", "No. 5" after an abbreviation's full stop belong to the address
        tail = UNIT_AFTER.match(text, e)
        if tail and re.search(r"(?i)(?:apt|suite|ste|unit|flat|no|nr|bldg|fl|piso|dpto|apto|kv|кв|д)$", v):
            e = tail.end()
            v = text[s:e]
        # name first, then the house number ("Naumovac 8c", "רביבים 23"): the address ends with its number
        first = FIRST_NUMBER.search(v)
        if first and first.start() > 0 and not v[0].isdigit():
            e = s + first.end()
            v = text[s:e]
        elif v[0].isdigit():  # number first: the words after it must be a name, not "3 friends"
            w = re.search(r"[^\W\d_][\w'’-]*", v)
            if w is None or ("a" <= w.group()[0] <= "z" and not STREET_WORD.search(v)):
                continue
        if not v or COMMON_START.match(v) or "@" in v or len(v) < 3:
            continue
        words = _plain_words(v)
        if not (HAS_DIGIT.search(v) or STREET_WORD.search(v)):
            continue
        if words and not STREET_WORD.search(v) and all(_is_common(w) or _english_form(w) for w in words):
            continue  # "post to Channel 5", "send to Warehouse 12", "ship to Terminal 2": English words, no street
        if not (v[0].isdigit() or v[0].isupper() or not ("a" <= v[0].casefold() <= "z")):
            continue  # a lower-case Latin word: prose, not an address
        if re.fullmatch(r"[\d\s.,:/-]+", v) or re.fullmatch(r"\d{1,2}[ \t]*(?:am|pm|h|uhr)", v, re.I):
            continue  # a bare number or a time ("deliver to 5", "by 10 am")
        out.append(Finding(s, e, "STREET_ADDRESS", 0.75, "address_sent_to"))
    if re.search(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]", text):
        for m in CJK_SEND.finditer(text):
            cv = CJK_VALUE.match(text, m.end())
            if cv and (HAS_DIGIT.search(cv.group(1)) or STREET_WORD.search(cv.group(1))):
                a, b = cv.span(1)
                while b > a and text[b - 1] in " \t,，、":
                    b -= 1
                out.append(Finding(a, b, "STREET_ADDRESS", 0.75, "address_sent_to"))
    return out


def script_streets(text: str) -> list[Finding]:
    """Street addresses in the shapes of scripts other than Latin, Cyrillic and Greek (see the patterns)."""
    out = []
    for has, (rx, src) in SCRIPT_RX if ANY_SCRIPT.search(text) else ():
        if has.search(text):
            out += [Finding(m.start(), m.end(), "STREET_ADDRESS", 0.75, src) for m in rx.finditer(text)
                    if HAS_DIGIT.search(m.group()) or (src == "street_zh" and m.group()[-1] in "座栋棟")
                    or (src == "street_deva" and m.group().split()[0] not in DEVA_FUNCTION)]
    if "丁目" in text or "番" in text or "-" in text or "−" in text:
        for m in JA_NUMBER.finditer(text):
            run = JA_RUN.search(text, max(0, m.start() - 30), m.start())  # the kanji run right before it
            if run is None or ("番" not in m.group() and "丁目" not in m.group()
                               and not JA_UNIT.search(run.group())):
                continue  # "ABC-12" or a bare "1-2" after a word: no address without a town or a block
            out.append(Finding(run.start(), m.end(), "STREET_ADDRESS", 0.75, "street_ja"))
    if not HAS_DIGIT.search(text):
        return out
    low = text.casefold()
    for rx, src, keys in ((GRID_STREET, "street_grid", GRID_KEYS), (LOCATIVE_STREET, "street_locative", LOCATIVE_KEYS),
                          (VI_STREET, "street_vi", VI_KEYS)):
        if any(k in text or k.casefold() in low for k in keys):
            out += [Finding(m.start(), m.end(), "STREET_ADDRESS", 0.75, src) for m in rx.finditer(text)]
    return out


# a "name and number" line or list item: letters first (or a house number, then letters), a house number
NAME_NUMBER = re.compile(r"(?:\d{1,5}[a-zA-Z]?,?[ \t]+)?[^\W\d_][\w'’.-]*(?:[ \t]+[^\W\d_][\w'’.-]*){0,4}?,?[ \t]+"
                         r"(?:N[°º][ \t]*|nº[ \t]*|nr\.?[ \t]*)?\d{1,5}[a-zA-Z]?(?:[/-]\d{1,5}[a-zA-Z]?)?"
                         r"(?:[ \t]+(?:int\.?[ \t]*)?\d{1,5}[a-zA-Z]?)?\.?")  # an interior number ("Vargas 846 217")
TOWN_LINE = re.compile(rf"[ \t]*(?:(?:[A-Z]{{1,2}}-)?\d{{3,6}}(?:[ \t]\d{{2}}|-\d{{3}}|[ \t]?[A-Z]{{2}}(?=[ \t]))?[ \t]+)?([{UP}][\w'’.-]*(?:[ \t-]+[\w'’.()-]+){{0,4}})"
                       r"[ \t.]*")
PHONEISH = re.compile(r"\+?\d[\d \t().-]{6,}\d")
POSTCODE_LINE = re.compile(rf"[ \t]*(?:[A-Z]{{1,2}}-)?\d{{4,6}}[ \t]+[{UP}]")
NUMBER_NAME = rf"\d{{1,6}}(?:/\d{{1,5}})?[a-zA-Z]?[ \t]+[{UP}][\w'’.-]*(?:[ \t]+[{UP}][\w'’.-]*){{1,4}}"
# "59 Harris Path", "923 Søvejen" on its own line (one word: beside a postcode line only, in ``_blocks``)
NUMBER_LINE = re.compile(rf"\d{{1,6}}(?:/\d{{1,5}})?[a-zA-Z]?[ \t]+[{UP}][\w'’.-]*(?:[ \t]+[{UP}][\w'’.-]*){{0,4}}")
# the flat, door or floor after a street line's house number, as each country writes it: "Apt 9", "Whg. 5",
# "bus 11", "lgh 13", "leil. 2", "as. 28", "byt 27", "m. 35", "apto 27", "int. 5", "27. tv.", "26. ajtó",
# "кв. 8", "διαμ. 24", "Daire 4", "واحد 15", "14号室", "3室", "101호"
UNIT_TAIL = re.compile(
    r"[ \t]*,[ \t]*(?:(?i:apt|apartment|flat|unit|suite|ste|fl|floor|whg|wohnung|top|stiege|tür|appt|app|bte|bus|"
    r"lgh|lägenhet|leil|leilighet|as|asunto|byt|m|lok|lokal|apto|ap|dpto|depto|piso|int|interno|scala|sc|et|"
    r"etaj|ap|кв|квартира|оф|διαμ|daire|d|no|nr)\.?[ \t]*\d{1,5}[a-zA-Z]?"
    r"|\d{1,3}\.?[ \t]*(?i:tv|th|mf|sal|ajtó|em|emelet|étage|stock|og|piso|andar)\.?"
    r"|واحد[ \t]*[\d۰-۹]{1,4}|\d{1,5}(?:号室|室|호|号))[ \t]*$")
# a line that is a postcode and a town in any country's order ("SE-439 70 Svenljunga", "1744 CD Klundert", "600 62
# Janovice", "St. Matthews, Idaho 55240")
POSTCODE_ANY_LINE = re.compile(rf"[ \t]*(?:(?:{POSTCODE})[ \t]+[{UP}]|[{UP}][\w'’. -]{{1,40}},[ \t]*[{UP}][\w ]{{1,30}}"
                               r"[ \t]\d{5}(?:-\d{4})?[ \t]*$)")
LIST_ITEM = re.compile(r"(?:^|(?<=[,:;]))[ \t]*(" + NAME_NUMBER.pattern + "|" + NUMBER_NAME + r")[ \t]*,[ \t]*"
                       rf"([{UP}][\w'’.-]*(?:[ \t-]+[\w'’.()-]+){{0,4}}?)[ \t]*(?=[.;]?[ \t]*$|[.;][ \t]|\n)", re.M)


def _plain_words(s: str) -> list[str]:
    return re.findall(r"[^\W\d_][\w'’-]*", s)


def _real_name(s: str) -> bool:
    """At least one word of three letters or more that is not a common word."""
    from .recognizers import _is_common

    return any(len(w) >= 3 and not _is_common(w) for w in _plain_words(s))


def _town(s: str) -> bool:
    """A town line: one to five words, capitalised, no digits after the postcode, not only common words."""
    from .recognizers import _is_common

    words = _plain_words(s)
    return bool(words) and len(words) <= 5 and not any(c.isdigit() for c in s) and \
        not all(_is_common(w) for w in words) and "@" not in s and ":" not in s


def _said(text: str) -> list[Finding]:
    out = []
    for m in ADDRESS_IS.finditer(text):
        g = 1 if m.group(1) is not None else 2
        value = m.group(g)
        # a street starts with a capital, a house number or a street word ("is 12 Main St", "er Myhrefaret 5")
        if any(c.isdigit() for c in value) and _real_name(value) and (value[0].isupper() or value[0].isdigit()):
            s, e = m.span(g)
            e = run_on_end(text, s, e)  # "... 589 Jones Pass I am 74 now Thanks Wesley!": the address ends before
            while e > s and text[e - 1] in " \t.,":
                e -= 1
            if any(c.isdigit() for c in text[s:e]):
                out.append(Finding(s, e, "STREET_ADDRESS", 0.75, "address_said"))
    return out


def _shapes(text: str) -> list[Finding]:
    from .names import _english_form
    from .recognizers import _is_common

    out = []
    if HAS_CYRILLIC.search(text):
        out += [Finding(m.start(), m.end(), "STREET_ADDRESS", 0.75, "street_ru") for m in RU_STREET.finditer(text)]
    if HAS_GREEK.search(text):
        for m in GR_STREET.finditer(text):
            name = m.group(1).split()[-1].casefold()
            prefixed = m.start(1) > m.start()
            digits = re.search(r"\d+", text[m.end(1):m.end()]).group()  # type: ignore[union-attr]
            if name in GREEK_MONTHS or (len(digits) == 4 and digits[:2] in ("19", "20")):
                continue
            if prefixed or name.endswith(GR_GENITIVE):
                out.append(Finding(m.start(), m.end(), "STREET_ADDRESS", 0.7, "street_gr"))
    for rx, src in ((HU_STREET, "street_hu"), (ABBREV_STREET, "street_abbrev"), (NUMBERED_STREET, "street_numbered"),
                    (TR_STREET, "street_tr"), (ID_STREET, "street_id"), (SLASH_STREET, "street_slash"),
                    (WORD_AFTER_STREET, "street_word_after"), (WORD_BEFORE_STREET, "street_word_before")):
        out += [Finding(m.start(), m.end(), "STREET_ADDRESS", 0.7, src) for m in rx.finditer(text)]
    for m in SEPARATE_SUFFIX.finditer(text):
        # ordinary words before the name are the sentence's ("Die", "See", "Terminal"): the name is what is left,
        # and it must hold a word that is no English or common word ("See Google Weg 4" is no street)
        s, words = m.start(), re.findall(r"\S+", m.group())[:-2]
        while words and (_is_common(words[0]) or words[0].casefold() in ("die", "der", "das", "den", "see")):
            s = text.index(words[0], s) + len(words[0])
            words = words[1:]
        while s < m.end() and text[s] in " \t":
            s += 1
        if words and any(not (_is_common(w) or _english_form(w)) for w in words) or \
                words and words[0].casefold() in ("am", "an", "auf", "im", "in", "zum", "zur", "hinter", "unter"):
            out.append(Finding(s, m.end(), "STREET_ADDRESS", 0.7, "street_separate_word"))
    for m in CZ_STREET.finditer(text):
        if CZ_LETTERS.search(m.group()):
            out.append(Finding(m.start(), m.end(), "STREET_ADDRESS", 0.7, "street_cz"))
    for m in NORDIC_STREET.finditer(text):
        word = m.group(1)
        if not (_is_common(word) or _english_form(word)):
            out.append(Finding(m.start(), m.end(), "STREET_ADDRESS", 0.7, "street_compound"))
    return out


def _blocks(text: str) -> list[Finding]:
    """Address blocks: a short "name and number" line between short lines, with a phone number, an e-mail or a
    postcode line within three lines; the town line under it too."""
    lines = _line_spans(text)
    if len(lines) < 3:
        return []
    out = []
    for i, (a, b) in enumerate(lines):
        line = text[a:b]
        if not (0 < len(line.strip()) <= 60) or ":" in line or "@" in line or line.count(",") > 1:
            continue
        unit = UNIT_TAIL.search(line)
        bare = line[:unit.start()] if unit else line  # the street without its flat ("Fürther Straße 757, Whg. 5")
        m = NAME_NUMBER.fullmatch(bare.strip()) or NUMBER_LINE.fullmatch(bare.strip())
        if not m or not _real_name(bare) or sum(c.isdigit() for c in bare) > 8:
            continue
        one_word = len(_plain_words(bare)) == 1 and NAME_NUMBER.fullmatch(bare.strip()) is None
        prev = text[lines[i - 1][0]:lines[i - 1][1]].strip() if i > 0 else ""
        nxt = text[lines[i + 1][0]:lines[i + 1][1]] if i + 1 < len(lines) else ""
        if not prev or not nxt.strip() or len(prev) > 60 or len(nxt) > 60:
            continue
        near = [text[x:y] for x, y in lines[max(0, i - 3):i + 4]]
        if not any(PHONEISH.search(s) or "@" in s or POSTCODE_LINE.match(s) or POSTCODE_ANY_LINE.match(s)
                   for s in near):
            continue
        if one_word and not POSTCODE_ANY_LINE.match(nxt):
            continue  # "923 Søvejen": a number and one word is a street only right above the postcode line
        s = a + (len(line) - len(line.lstrip()))
        # above a name's 0.75: a street named after a person ("Viaducto Norte Vargas 846") is the street
        out.append(Finding(s, a + len(line.rstrip()), "STREET_ADDRESS", 0.8, "address_block"))
        pa = lines[i - 1][0]
        who = ADDRESSEE.fullmatch(text, pa, lines[i - 1][1])
        if who and _addressee(who.group(1)):
            out.append(Finding(*who.span(1), "PERSON", 0.75, "person_context_addressee"))
        t = TOWN_LINE.fullmatch(nxt)
        if t and _town(t.group(1)) and not PHONEISH.search(nxt):
            na, _ = lines[i + 1]
            out.append(Finding(na + t.start(1), na + t.end(1), "LOCATION", 0.7, "address_block_town"))
    return out


# the line above an address block's street: the addressee ("E. Möllenbeck", "ČELAKOVSKÝ, Mstislav", "Ana da Silva")
ADDRESSEE = re.compile(rf"[ \t>*-]*((?:[{UP}]\.[ \t]*)?[{UP}][\w'’-]+(?:,?[ \t]+(?:[{UP}]\.|[{UP}][\w'’-]+|"
                       r"van|von|der|den|de|da|das|dos|do|du|des|del|della|di|le|la|ter|ten|bin|binti|y|e|i)){0,3})"
                       r"[ \t]*")
ADDRESSEE_RANK = 20000


def _addressee(value: str) -> bool:
    """Whether the line above an address is a person's name: no English or common word in it, and a word the name
    list ranks ("Northwind Traders" and "Customer Service" are firms and desks; "Acme GmbH" is no name)."""
    from .names import _english_form, gazetteer
    from .recognizers import _is_common

    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", value) if len(w) > 1 and w[0].isupper()]
    return bool(words) and not any(_is_common(w) or _english_form(w) for w in words) and \
        any(0 < gazetteer().best(w) <= ADDRESSEE_RANK for w in words)


def _line_spans(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    while True:
        k = text.find("\n", pos)
        if k < 0:
            out.append((pos, len(text)))
            return out
        out.append((pos, k))
        pos = k + 1


def _prose(s: str) -> bool:
    """Whether a street or town of a list holds a lower-case English word of four letters or more that is no
    street word: "Jordan sneakers size 44, Paris green paint" lists products, not an address (a street's or a
    town's lower-case words are particles and street words: "Via del Corso 5", "Lange straße 5")."""
    from .names import is_english

    return any(w[0].islower() and len(w) >= 4 and is_english(w) and not STREET_WORD.fullmatch(w)
               for w in _plain_words(s))


def _lists(text: str) -> list[Finding]:
    """"..., Myhrefaret 5, Trondstrøm." in a line that also holds a phone number or an e-mail."""
    out = []
    for m in LIST_ITEM.finditer(text):
        a = text.rfind("\n", 0, m.start()) + 1
        z = text.find("\n", m.end())
        line = text[a:z if z >= 0 else len(text)]
        if not (PHONEISH.search(line) or "@" in line) or not _real_name(m.group(1)):
            continue
        if not _town(m.group(2)) or _prose(m.group(1)) or _prose(m.group(2)):
            continue
        s = m.start(1)
        out.append(Finding(s, s + len(m.group(1).rstrip(" ,")), "STREET_ADDRESS", 0.7, "address_list"))
        a, z = m.span(2)
        while z > a and text[z - 1] in ". ":
            z -= 1
        out.append(Finding(a, z, "LOCATION", 0.65, "address_list_town"))
    return out


# a line that is a whole postal address, street and number, then the postcode and the town ("Hnilecká ulica 68 ·
# 021 19 Trstená", "Kingsland 1356, KW4K 0XW Jarrow", "Cerrada del Valle 820 | 71390 Blanes"), as signatures and
# letterheads write it: the postcode's shape and the town after it make the words before the number a street
STREET_TOWN_LINE = re.compile(
    rf"(?m)^[ \t>*-]*([{UP}][\w'’.-]*(?:[ \t]+[^\W\d_][\w'’.-]*){{0,4}},?[ \t]+\d{{1,5}}[a-zA-Z]?(?:[/-]\d{{1,4}}[a-zA-Z]?)?"
    rf"[ \t]*[,·•|][ \t]*(?:{POSTCODE}))[ \t]+({PLACE})[ \t.]*$")


def _street_town_lines(text: str) -> list[Finding]:
    out = []
    for m in STREET_TOWN_LINE.finditer(text):
        if not _real_name(re.split(r"\d", m.group(1), maxsplit=1)[0]) or not _town(m.group(2)):
            continue
        out.append(Finding(street_start(text, *m.span(1)), m.end(1), "STREET_ADDRESS", 0.8, "address_line_town"))
        out.append(Finding(*m.span(2), "LOCATION", 0.7, "address_line_town"))
    return out


# a post-office box, as each country's post writes it (the words the postal services print on their forms:
# "Postfach", "Boîte postale", "Apartado de correos", "Caixa Postal", "Casella postale", "Postbus", "Postboks",
# "skrytka pocztowa", "Postafiók", "абонентский ящик" / "а/я", "абонентська скринька" / "а/с", "Τ.Θ.",
# "Posta Kutusu", "Kotak Pos", "Postilokero", "私書箱", "사서함", "邮政信箱", "صندوق پستی", "ص.ب", "ת.ד."): the
# box and its number. Short forms that are other words too ("BP", "PK", "Pf.", "PL", "Box", "Apartado", "CP")
# are a box only on a line of their own beside a postcode line, as an address block writes them
PO_BOX = re.compile(
    r"(?i)(?<![\w.])(?:p\.?[ \t]?o\.?[ \t]?box|post[ \t]?office[ \t]+box|postfach|boîte[ \t]+postale|b\.[ \t]?p\.|"
    r"apartado[ \t]+(?:de[ \t]+correos|postal)|apdo\.|casilla[ \t]+(?:de[ \t]+correos?|postal)|caixa[ \t]+postal|"
    r"cx\.[ \t]?postal|casella[ \t]+postale|postbus|postboks|postbox|skrytka[ \t]+pocztowa|skr\.[ \t]*poczt\.|"
    r"postafiók|абонентский[ \t]+ящик|а/я|абонентська[ \t]+скринька|а/с|τ\.[ \t]?θ\.|ταχυδρομική[ \t]+θυρίδα|"
    r"posta[ \t]+kutusu|p\.[ \t]?k\.|kotak[ \t]+pos|postilokero|hộp[ \t]+thư|поштанска[ \t]+фах|pošt\.?[ \t]+přihrádka)"
    r"[ \t]*(?:n[°º.o]?[ \t]*|nr\.?[ \t]*|#[ \t]*)?\d{1,6}(?!\d)"
    r"|(?:私書箱|邮政信箱|郵政信箱)[ \t]*(?:第[ \t]*)?\d{1,6}(?:号|號)?|사서함[ \t]*(?:제[ \t]*)?\d{1,6}(?:호)?"
    r"|(?:صندوق[ \t]+پستی|صندوق[ \t]+بريد|ص\.[ \t]?ب\.?)[ \t]*[\d۰-۹٠-٩]{1,6}|ת\.?[ \t]?ד\.?[ \t]*\d{1,6}")
PO_BOX_SHORT = re.compile(r"(?m)^[ \t]*((?:BP|PK|Pf\.|PL|Box|BOX|Apartado|CP|P\.?B\.)[ \t]*\d{1,6})[ \t]*$")
PO_BOX_KEYS = ("box", "post", "boîte", "b.p", "apartado", "apdo", "casilla", "caixa", "cx.", "casella", "skr",
               "ящик", "а/я", "скриньк", "а/с", "τ.θ", "θυρίδα", "kutusu", "p.k", "kotak", "lokero", "hộp", "фах",
               "přihrádka", "私書箱", "信箱", "사서함", "صندوق", "ص.ب", "ת.ד", "ת ד", "ת. ד")


def po_boxes(text: str) -> list[Finding]:
    """Post-office boxes (``PO_BOX``; the short forms on their own line beside a postcode line)."""
    low = text.casefold()
    out = []
    if any(k in low for k in PO_BOX_KEYS):
        out += [Finding(m.start(), m.end(), "STREET_ADDRESS", 0.8, "po_box") for m in PO_BOX.finditer(text)]
    if "\n" in text:
        for m in PO_BOX_SHORT.finditer(text):
            a = text.rfind("\n", 0, max(0, m.start() - 1)) + 1
            z = text.find("\n", m.end() + 1)
            near = text[a:m.start()] + "\n" + text[m.end():z if z >= 0 else len(text)]
            if POSTCODE_LINE_RX.search(near):
                out.append(Finding(*m.span(1), "STREET_ADDRESS", 0.75, "po_box"))
    return out


POSTCODE_LINE_RX = re.compile(rf"(?m)^[ \t]*(?:{POSTCODE})[ \t]+[^\W\d_]")


def streets(text: str) -> list[Finding]:
    """Street addresses (and the town of an address block or list) in ``text``."""
    # (a street word says it without a house number: "देउजा बाटो"; after a cue the address is taken whole)
    out = script_streets(text) + _send_to(text) + cued_addresses(text)
    if HAS_DIGIT.search(text) is None:
        return out
    out += po_boxes(text)
    from .recognizers import quantity_number

    out += _said(text) + [f for f in _shapes(text) if not quantity_number(text, f.start, f.end)] + \
        _street_town_lines(text)
    if "\n" in text:
        out += _blocks(text)
        out += _town_under(text, out)
    if "," in text:
        out += _lists(text)
        out += _postcode_town_after(text, out)
    return out


# a postcode and its town after a street, in either order, after a comma: ", 00-990 Puck", ", Machakos 80101"
TOWN_RUN = rf"[{UP}][\w'’-]+(?:[ \t-]+[{UP}][\w'’-]+){{0,2}}"
POSTCODE_TOWN_AFTER = re.compile(rf"[ \t]*,[ \t]*(?:(?:{POSTCODE})[ \t]+{TOWN_RUN}|{TOWN_RUN}[ \t]+"
                                 r"(?:\d{4,6}|\d{2}-\d{3}|\d{3}[ \t]\d{2})(?![\d-]))")


def _postcode_town_after(text: str, found: list[Finding]) -> list[Finding]:
    """The street's address widened over the postcode and town after it (an address is its street, number,
    postcode and town: a town left beside a scrubbed street still tells where someone lives)."""
    out = []
    for f in found:
        if f.entity == "STREET_ADDRESS" and f.end < len(text) and text[f.end] in ", \t":
            m = POSTCODE_TOWN_AFTER.match(text, f.end)
            if m is not None:
                out.append(Finding(f.start, m.end(), "STREET_ADDRESS", f.score, f.source))
    return out


# a line that closes an address block under its town: a region ("Черкаська область", "Volgogradskaya oblast'",
# "Lorestan Province", "Gangwon-do"), a postcode, a country
REGION_LINE = re.compile(
    r"[ \t]*(?:[^\W\d_][\w'’. -]{0,40}[ \t](?i:oblast'?|область|obl\.|krai|kray|край|province|provincia|provinz|"
    r"county|region|región|regione|région|state|estado|voivodeship|województwo|kraj|megye|il|ili|prefecture|"
    r"republic|республика|respublika|autonomous[ \t]+\w+)|(?i:province|provincia|región|estado|county|state)[ \t]+(?:of|de|di)?"
    r"[ \t]*[^\W\d_][\w'’. -]{0,40}|[^\W\d_]{2,20}-do)[ \t.]*$")


def _town_under(text: str, found: list[Finding]) -> list[Finding]:
    """The town on the line under a street a shape found at a line's end ("Аллея Самарська 590, кв. 15\nІчкі\n
    Черкаська область\n547028"), when the line under the town closes the block: a region, a postcode or the end."""
    out = []
    for f in found:
        if f.entity != "STREET_ADDRESS":
            continue
        m = re.match(r"[ \t.,]*\n", text[f.end:f.end + 8])
        if m is None:
            continue
        a = f.end + m.end()
        z = text.find("\n", a)
        z = len(text) if z < 0 else z
        t = TOWN_LINE.fullmatch(text, a, z)
        if t is None or not _town(t.group(1)) or PHONEISH.search(text, a, z) or REGION_LINE.fullmatch(text, a, z):
            continue
        z2 = text.find("\n", z + 1) if z < len(text) else -1
        after = text[z + 1:len(text) if z2 < 0 else z2] if z < len(text) else ""
        if after.strip() and not (REGION_LINE.fullmatch(after) or POSTCODE_ANY_LINE.match(after)
                                  or re.fullmatch(r"[ \t]*(?:[A-Z]{1,2}-)?\d{4,6}(?:-\d{3,4})?[ \t]*", after)):
            continue
        if z >= len(text) or not after.strip():
            # the town ends the text: a block of three lines or more above it (a name, a street)
            if text.count("\n", max(0, a - 200), a) < 2:
                continue
        out.append(Finding(*t.span(1), "LOCATION", 0.65, "address_block_town"))
    return out
