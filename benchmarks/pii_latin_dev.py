"""A dev set for PERSON, LOCATION and AGE in free text written in 21 languages other than English (Latin,
Cyrillic and Greek scripts): leak per language and kind, false findings and content lost on a clean twin.

    .venv/bin/python benchmarks/pii_latin_dev.py [--per-language 30] [--seed N] [--misses] [--langs de,pl]

Why: the sealed sets are mostly forms and records with labels; a person in a chat writes "mieszkam w Krakowie",
"asun Tampereella", "j'ai 42 ans" or "это иван петров" with no label at all, in the grammar of their language.
This set is written by the engineer tuning the detector (so it is a DEV set, never a held-out one): sentence
templates in each language (written for this file, several per kind: a full name, a given name alone where the
sentence makes it a person, a name in lower case, a title and surname; a town after the language's preposition,
in the case the language puts it in; an age as the language says it), filled with people from Faker and towns
from mimesis (real towns; Faker where mimesis has no locale), fixed seed. Towns in the inflected templates are
put in the locative (or Turkish/Hungarian/Finnish case) by a small rule per language written here (the
generator's own: the detector does not import it).

Each record joins one sentence of each kind (so the default policy's ``locations: with_person`` targets the
town). The clean twin joins sentences with no person in them (deliveries, guarantees, order numbers, durations
such as "5 Jahre Garantie", "5 años de experiencia"); every finding there is a false one.

Scoring: through ``PiiGate.scrub_records`` with the default policy (keyed tokens in place of surrogates, so a
surrogate cannot equal a planted value). A name leaks when its given or family name survives as a whole word
(case-blind); a town when its written form does; an age when its number does. Content lost: words outside the
planted values missing from the copy. Nothing from the data is printed unless ``--misses`` (generated data).
"""

from __future__ import annotations

import argparse
import os
import random
import re
import sys
from collections import defaultdict
from pathlib import Path

SEED = 0x1A71B5
WORD = re.compile(r"\w+")

# locale of Faker (people) and of mimesis (towns; None: Faker's)
LOCALES = {
    "de": ("de_DE", "de"), "fr": ("fr_FR", "fr"), "es": ("es_ES", "es"), "it": ("it_IT", "it"),
    "pt": ("pt_PT", "pt"), "pl": ("pl_PL", "pl"), "cs": ("cs_CZ", "cs"), "sk": ("sk_SK", "sk"),
    "hu": ("hu_HU", "hu"), "ro": ("ro_RO", None), "nl": ("nl_NL", "nl"), "sv": ("sv_SE", "sv"),
    "da": ("da_DK", "da"), "fi": ("fi_FI", "fi"), "tr": ("tr_TR", "tr"), "hr": ("hr_HR", "hr"),
    "ru": ("ru_RU", "ru"), "uk": ("uk_UA", "uk"), "el": ("el_GR", "el"), "vi": ("vi_VN", None),
    "id": ("id_ID", None),
}
SURNAME_FIRST = {"hu", "vi"}

# {name} given+family, {given}, {lname} the name in lower case, {surname}; {town} nominative, {town_loc} the form
# the language's grammar puts there; {age} the number, {years} the unit word agreeing with it
T = {
    "de": {
        "PERSON": ["Hallo, mein Name ist {name} und ich habe eine Frage zur Rechnung.",
                   "Ich habe gestern mit {given} telefoniert, das Paket kommt bald.",
                   "Bitte leiten Sie das an {name} weiter.", "viele grüße, {lname}",
                   "Frau {surname} hat den Vertrag gekündigt."],
        "LOCATION": ["Ich wohne seit Jahren in {town}.", "Das Paket liegt noch in {town} im Lager.",
                     "Wir fahren morgen nach {town}.", "Geboren bin ich in {town}."],
        "AGE": ["Ich bin {age} Jahre alt.", "Mein Sohn ist {age} Jahre alt.", "Der Kunde, {age} Jahre, rief an.",
                "Alter: {age}", "Mit {age} Jahren habe ich angefangen."],
        "CLEAN": ["Die Lieferung dauert 3 bis 5 Werktage.", "Das Gerät hat 2 Jahre Garantie.",
                  "Bestellnummer 55821 wurde am Montag versandt.", "Der Akku hält etwa 12 Stunden.",
                  "Seit 10 Jahren bieten wir diesen Service an."],
    },
    "fr": {
        "PERSON": ["Bonjour, je m'appelle {name}.", "J'ai parlé avec {given} hier au téléphone.",
                   "Merci de transmettre à {name}.", "c'est {lname}, je rappelle pour ma commande",
                   "Madame {surname} a appelé ce matin."],
        "LOCATION": ["J'habite à {town} depuis deux ans.", "Le colis est bloqué à {town}.",
                     "Nous déménageons à {town} le mois prochain.", "Je suis né à {town}."],
        "AGE": ["J'ai {age} ans.", "Mon fils a {age} ans.", "Le client, {age} ans, demande un remboursement.",
                "Âge : {age}", "À {age} ans, j'ai commencé à travailler."],
        "CLEAN": ["La livraison prend 3 à 5 jours ouvrés.", "Garantie de 2 ans sur tous les produits.",
                  "La commande 55821 est partie lundi.", "Ce modèle existe depuis 5 ans."],
    },
    "es": {
        "PERSON": ["Hola, me llamo {name}.", "Ayer hablé con {given} por teléfono.",
                   "Por favor, reenvíe esto a {name}.", "soy {lname}, escribo otra vez por mi pedido",
                   "La señora {surname} llamó esta mañana."],
        "LOCATION": ["Vivo en {town} desde hace dos años.", "El paquete está retenido en {town}.",
                     "Nos mudamos a {town} el mes que viene.", "Nací en {town}."],
        "AGE": ["Tengo {age} años.", "Mi hijo tiene {age} años.", "El cliente, de {age} años, pidió un reembolso.",
                "Edad: {age}", "Con {age} años empecé a trabajar."],
        "CLEAN": ["El envío tarda de 3 a 5 días hábiles.", "Todos los productos tienen 2 años de garantía.",
                  "El pedido 55821 salió el lunes.", "Tengo 5 años de experiencia en ventas."],
    },
    "it": {
        "PERSON": ["Buongiorno, mi chiamo {name}.", "Ieri ho parlato con {given} al telefono.",
                   "Per favore inoltrate a {name}.", "sono {lname}, scrivo di nuovo per l'ordine",
                   "La signora {surname} ha chiamato stamattina."],
        "LOCATION": ["Abito a {town} da due anni.", "Il pacco è fermo a {town}.",
                     "Ci trasferiamo a {town} il mese prossimo.", "Sono nato a {town}."],
        "AGE": ["Ho {age} anni.", "Mio figlio ha {age} anni.", "Il cliente, {age} anni, chiede un rimborso.",
                "Età: {age}", "A {age} anni ho iniziato a lavorare."],
        "CLEAN": ["La consegna richiede da 3 a 5 giorni lavorativi.", "Garanzia di 2 anni su tutti i prodotti.",
                  "L'ordine 55821 è partito lunedì.", "Ho 5 anni di esperienza."],
    },
    "pt": {
        "PERSON": ["Olá, o meu nome é {name}.", "Ontem falei com {given} ao telefone.",
                   "Por favor, encaminhe para {name}.", "aqui é {lname}, escrevo de novo sobre a encomenda",
                   "A senhora {surname} ligou esta manhã."],
        "LOCATION": ["Moro em {town} há dois anos.", "A encomenda está parada em {town}.",
                     "Vamos mudar-nos para {town} no próximo mês.", "Nasci em {town}."],
        "AGE": ["Tenho {age} anos.", "O meu filho tem {age} anos.", "O cliente, de {age} anos, pediu reembolso.",
                "Idade: {age}", "Com {age} anos comecei a trabalhar."],
        "CLEAN": ["A entrega demora 3 a 5 dias úteis.", "Todos os produtos têm 2 anos de garantia.",
                  "A encomenda 55821 saiu na segunda-feira.", "Tenho 5 anos de experiência."],
    },
    "pl": {
        "PERSON": ["Dzień dobry, nazywam się {name}.", "Wczoraj dzwoniła {given} w sprawie faktury.",
                   "Proszę przekazać to panu {name}.", "tu {lname}, piszę znowu w sprawie zamówienia",
                   "Pani {surname} dzwoniła dziś rano."],
        "LOCATION": ["Mieszkam w {town_loc} od dwóch lat.", "Paczka utknęła w {town_loc}.",
                     "Pracuję w {town_loc} w sklepie.", "Urodziłem się w mieście {town}."],
        "AGE": ["Mam {age} {years}.", "Mój syn ma {age} {years}.", "Klient, lat {age}, prosi o zwrot.",
                "Wiek: {age}", "{age}-letni klient złożył reklamację."],
        "CLEAN": ["Dostawa trwa od 3 do 5 dni roboczych.", "Gwarancja wynosi 2 lata.",
                  "Zamówienie 55821 wysłano w poniedziałek.", "Mam 5 lat doświadczenia w sprzedaży."],
    },
    "cs": {
        "PERSON": ["Dobrý den, jmenuji se {name}.", "Včera volala {given} kvůli faktuře.",
                   "Prosím předejte to panu {name}.", "tady {lname}, píšu znovu kvůli objednávce",
                   "Paní {surname} volala dnes ráno."],
        "LOCATION": ["Bydlím v {town_loc} už dva roky.", "Balík uvízl v {town_loc}.",
                     "Pracuji v {town_loc} v obchodě.", "Narodil jsem se ve městě {town}."],
        "AGE": ["Je mi {age} {years}.", "Můj syn má {age} {years}.", "Zákazník, {age} {years}, žádá vrácení peněz.",
                "Věk: {age}", "{age}letý zákazník podal reklamaci."],
        "CLEAN": ["Doručení trvá 3 až 5 pracovních dní.", "Záruka je 2 roky.",
                  "Objednávka 55821 byla odeslána v pondělí.", "Máme 5 let zkušeností."],
    },
    "sk": {
        "PERSON": ["Dobrý deň, volám sa {name}.", "Včera volala {given} kvôli faktúre.",
                   "tu {lname}, píšem znova kvôli objednávke", "Pani {surname} volala dnes ráno."],
        "LOCATION": ["Bývam v {town_loc} už dva roky.", "Balík uviazol v {town_loc}.",
                     "Pracujem v {town_loc} v obchode.", "Narodil som sa v meste {town}."],
        "AGE": ["Mám {age} rokov.", "Môj syn má {age} rokov.", "Vek: {age}", "{age}-ročný zákazník podal reklamáciu."],
        "CLEAN": ["Doručenie trvá 3 až 5 pracovných dní.", "Záruka je 2 roky.",
                  "Objednávka 55821 bola odoslaná v pondelok."],
    },
    "hu": {
        "PERSON": ["Jó napot, a nevem {name}.", "Tegnap {given} telefonált a számla miatt.",
                   "itt {lname}, újra írok a rendelés miatt", "{surname} asszony ma reggel telefonált."],
        "LOCATION": ["{town_loc} lakom két éve.", "A csomag {town_loc} ragadt.", "{town_loc} dolgozom egy boltban.",
                     "{town} városban születtem."],
        "AGE": ["{age} éves vagyok.", "A fiam {age} éves.", "Kor: {age}", "Életkor: {age}"],
        "CLEAN": ["A szállítás 3-5 munkanapot vesz igénybe.", "A garancia 2 év.",
                  "A rendelést hétfőn küldtük el."],
    },
    "ro": {
        "PERSON": ["Bună ziua, mă numesc {name}.", "Ieri am vorbit cu {given} la telefon.",
                   "aici {lname}, scriu din nou despre comandă", "Doamna {surname} a sunat azi-dimineață."],
        "LOCATION": ["Locuiesc în {town} de doi ani.", "Coletul este blocat la {town}.", "M-am născut în {town}."],
        "AGE": ["Am {age} {years}.", "Fiul meu are {age} {years}.", "Vârsta: {age}",
                "Clientul, în vârstă de {age} {years}, a cerut rambursare."],
        "CLEAN": ["Livrarea durează 3-5 zile lucrătoare.", "Garanția este de 2 ani.", "Comanda 55821 a plecat luni."],
    },
    "nl": {
        "PERSON": ["Hallo, mijn naam is {name}.", "Gisteren heb ik met {given} gebeld.",
                   "hier is {lname}, ik mail opnieuw over mijn bestelling", "Mevrouw {surname} belde vanochtend."],
        "LOCATION": ["Ik woon sinds twee jaar in {town}.", "Het pakket ligt nog in {town}.", "Ik ben geboren in {town}."],
        "AGE": ["Ik ben {age} jaar oud.", "Mijn zoon is {age} jaar.", "Leeftijd: {age}",
                "De klant, {age} jaar, vraagt om terugbetaling."],
        "CLEAN": ["De levering duurt 3 tot 5 werkdagen.", "Er zit 2 jaar garantie op.",
                  "Bestelling 55821 is maandag verzonden."],
    },
    "sv": {
        "PERSON": ["Hej, jag heter {name}.", "Igår pratade jag med {given} i telefon.",
                   "det är {lname} igen, jag skriver om min beställning", "Fru {surname} ringde i morse."],
        "LOCATION": ["Jag bor i {town} sedan två år.", "Paketet har fastnat i {town}.", "Jag är född i {town}."],
        "AGE": ["Jag är {age} år gammal.", "Min son är {age} år.", "Ålder: {age}",
                "Kunden, {age} år, vill ha pengarna tillbaka."],
        "CLEAN": ["Leveransen tar 3–5 arbetsdagar.", "Det är 2 års garanti.", "Order 55821 skickades i måndags."],
    },
    "da": {
        "PERSON": ["Hej, jeg hedder {name}.", "I går talte jeg med {given} i telefonen.",
                   "det er {lname} igen, jeg skriver om min ordre", "Fru {surname} ringede i morges."],
        "LOCATION": ["Jeg bor i {town} og har gjort det i to år.", "Pakken sidder fast i {town}.",
                     "Jeg er født i {town}."],
        "AGE": ["Jeg er {age} år gammel.", "Min søn er {age} år.", "Alder: {age}",
                "Kunden, {age} år, ønsker pengene tilbage."],
        "CLEAN": ["Leveringen tager 3-5 hverdage.", "Der er 2 års garanti.", "Ordre 55821 blev sendt mandag."],
    },
    "fi": {
        "PERSON": ["Hei, nimeni on {name}.", "Eilen soitti {given} laskusta.",
                   "täällä {lname}, kirjoitan taas tilauksesta", "Rouva {surname} soitti aamulla."],
        "LOCATION": ["Asun {town_loc} nykyään.", "Paketti on jumissa {town_loc}.", "Olen syntynyt {town_loc}.",
                     "Työskentelen {town_loc} kaupassa."],
        "AGE": ["Olen {age}-vuotias.", "Poikani on {age} vuotta vanha.", "Ikä: {age}",
                "Asiakas, {age} v., pyytää hyvitystä."],
        "CLEAN": ["Toimitus kestää 3–5 arkipäivää.", "Takuu on 2 vuotta.", "Tilaus 55821 lähetettiin maanantaina."],
    },
    "tr": {
        "PERSON": ["Merhaba, adım {name}.", "Dün {given} ile telefonda konuştum.",
                   "ben {lname}, siparişim için tekrar yazıyorum", "{surname} Hanım bu sabah aradı."],
        "LOCATION": ["{town_loc} yaşıyorum.", "Kargo {town_loc} bekliyor.", "{town_loc} çalışıyorum.",
                     "{town} şehrinde doğdum."],
        "AGE": ["{age} yaşındayım.", "Oğlum {age} yaşında.", "Yaş: {age}", "Müşteri, {age} yaşında, iade istiyor."],
        "CLEAN": ["Teslimat 3-5 iş günü sürer.", "Ürün 2 yıl garantilidir.", "55821 numaralı sipariş pazartesi gönderildi."],
    },
    "hr": {
        "PERSON": ["Dobar dan, zovem se {name}.", "Jučer je zvala {given} zbog računa.",
                   "ovdje {lname}, pišem opet zbog narudžbe", "Gospođa {surname} zvala je jutros."],
        "LOCATION": ["Živim u {town_loc} već dvije godine.", "Paket je zapeo u {town_loc}.",
                     "Radim u {town_loc} u trgovini."],
        "AGE": ["Imam {age} {years}.", "Moj sin ima {age} {years}.", "Dob: {age}", "Kupac, {age} {years}, traži povrat novca."],
        "CLEAN": ["Dostava traje 3 do 5 radnih dana.", "Jamstvo je 2 godine.", "Narudžba 55821 poslana je u ponedjeljak."],
    },
    "ru": {
        "PERSON": ["Здравствуйте, меня зовут {name}.", "Вчера звонила {given} по поводу счёта.",
                   "это {lname}, пишу снова по поводу заказа", "Госпожа {surname} звонила утром."],
        "LOCATION": ["Я живу в {town_loc} уже два года.", "Посылка застряла в {town_loc}.",
                     "Я работаю в {town_loc} в магазине.", "Я родился в городе {town}."],
        "AGE": ["Мне {age} {years}.", "Моему сыну {age} {years}.", "Возраст: {age}", "{age}-летний клиент оформил возврат."],
        "CLEAN": ["Доставка занимает 3–5 рабочих дней.", "Гарантия 2 года.", "Заказ 55821 отправлен в понедельник."],
    },
    "uk": {
        "PERSON": ["Добрий день, мене звати {name}.", "Вчора телефонувала {given} щодо рахунку.",
                   "це {lname}, пишу знову щодо замовлення", "Пані {surname} телефонувала зранку."],
        "LOCATION": ["Я живу в {town_loc} вже два роки.", "Посилка застрягла в {town_loc}.",
                     "Я працюю в {town_loc} у магазині.", "Я народився в місті {town}."],
        "AGE": ["Мені {age} {years}.", "Моєму синові {age} {years}.", "Вік: {age}", "{age}-річний клієнт оформив повернення."],
        "CLEAN": ["Доставка триває 3–5 робочих днів.", "Гарантія 2 роки.", "Замовлення 55821 відправлено в понеділок."],
    },
    "el": {
        "PERSON": ["Γεια σας, ονομάζομαι {name}.", "Χθες μίλησα με την {given} στο τηλέφωνο.",
                   "εδώ {lname}, γράφω ξανά για την παραγγελία", "Η κυρία {surname} τηλεφώνησε το πρωί."],
        "LOCATION": ["Μένω στη {town} εδώ και δύο χρόνια.", "Το δέμα έχει κολλήσει στη {town}.", "Γεννήθηκα στη {town}."],
        "AGE": ["Είμαι {age} ετών.", "Ο γιος μου είναι {age} χρονών.", "Ηλικία: {age}",
                "Ο πελάτης, {age} ετών, ζητά επιστροφή χρημάτων."],
        "CLEAN": ["Η παράδοση διαρκεί 3-5 εργάσιμες ημέρες.", "Η εγγύηση είναι 2 χρόνια.",
                  "Η παραγγελία 55821 στάλθηκε τη Δευτέρα."],
    },
    "vi": {
        "PERSON": ["Xin chào, tôi tên là {name}.", "Hôm qua tôi đã nói chuyện với {given} qua điện thoại.",
                   "tôi là {lname}, tôi viết lại về đơn hàng", "Bà {surname} đã gọi sáng nay."],
        "LOCATION": ["Tôi sống ở {town} đã hai năm.", "Gói hàng đang bị giữ tại {town}.", "Tôi sinh ra ở {town}."],
        "AGE": ["Tôi {age} tuổi.", "Con trai tôi {age} tuổi.", "Tuổi: {age}"],
        "CLEAN": ["Giao hàng mất 3-5 ngày làm việc.", "Bảo hành 2 năm.", "Đơn hàng 55821 đã được gửi vào thứ Hai."],
    },
    "id": {
        "PERSON": ["Halo, nama saya {name}.", "Kemarin saya bicara dengan {given} lewat telepon.",
                   "ini {lname}, saya menulis lagi soal pesanan", "Ibu {surname} menelepon tadi pagi."],
        "LOCATION": ["Saya tinggal di {town} sejak dua tahun.", "Paket tertahan di {town}.", "Saya lahir di {town}."],
        "AGE": ["Umur saya {age} tahun.", "Anak saya berusia {age} tahun.", "Usia: {age}",
                "Pelanggan, {age} tahun, meminta pengembalian dana."],
        "CLEAN": ["Pengiriman memakan waktu 3-5 hari kerja.", "Garansi 2 tahun.", "Pesanan 55821 dikirim hari Senin."],
    },
}


def years(lang: str, n: int) -> str:
    """The unit word agreeing with ``n`` (the generator's grammar, written here)."""
    last, tens = n % 10, n % 100
    few = 2 <= last <= 4 and not 12 <= tens <= 14
    if lang == "pl":
        return "lata" if few else "lat"
    if lang == "cs":
        return "roky" if few else "let"
    if lang == "ro":
        return "de ani" if n >= 20 else "ani"
    if lang == "hr":
        return "godinu" if last == 1 and tens != 11 else "godine" if few else "godina"
    if lang == "ru":
        return "год" if last == 1 and tens != 11 else "года" if few else "лет"
    if lang == "uk":
        return "рік" if last == 1 and tens != 11 else "роки" if few else "років"
    return ""


BACK = set("aouAOU")


def locative(lang: str, town: str) -> str:
    """The town in the case a sentence of ``lang`` puts it in after "in" (rough rules, the generator's own)."""
    t = town
    if lang == "pl":
        for a, b in (("ów", "owie"), ("ka", "ce"), ("ga", "dze"), ("a", "ie"), ("o", "ie"), ("ń", "niu"),
                     ("k", "ku"), ("g", "gu"), ("ice", "icach"), ("y", "ach")):
            if t.endswith(a):
                return t[: -len(a)] + b
        return t + "ie"
    if lang in ("cs", "sk"):
        for a, b in (("ice", "icích"), ("ka", "ce"), ("a", "ě" if lang == "cs" else "e"), ("o", "ě" if lang == "cs" else "e"),
                     ("y", "ech"), ("é", "ém")):
            if t.endswith(a):
                return t[: -len(a)] + b
        return t + "u" if t[-1:] in "kgh" else t + "ě" if lang == "cs" else t + "e"
    if lang == "hr":
        return t[:-1] + "i" if t.endswith("a") else t + "u"
    if lang == "ru":
        return t[:-1] + "е" if t[-1:] in "ая" else t[:-1] + "и" if t.endswith("ь") else t + "е" if t[-1:] not in "оеиы" else t
    if lang == "uk":
        return t[:-1] + "і" if t[-1:] in "ая" else t + "і" if t[-1:] not in "оеиіь" else t
    if lang == "fi":
        back = any(c in BACK for c in t)
        return t + ("issa" if t[-1] not in "aeiouyäö" else "ssa") if back else t + ("issä" if t[-1] not in "aeiouyäö" else "ssä")
    if lang == "hu":
        back = any(c in "aáoóuú" for c in t[-4:])
        return t + ("ban" if back else "ben")
    if lang == "tr":
        v = [c for c in t.lower() if c in "aıoueiöü"]
        front = bool(v) and v[-1] in "eiöü"
        hard = t[-1:].lower() in "çfhkpsşt"
        return t + "'" + ("t" if hard else "d") + ("e" if front else "a")
    return t


PREFIX = re.compile(r"^(?:thành phố|tỉnh|huyện|quận|kota administrasi|kota|kabupaten|kab\.|к\.|г\.|с\.|селище|місто|"
                    r"село|смт|м\.|д\.|пос\.|ст\.)\s+", re.I)


def make(per_lang: int, seed: int, langs: list[str]) -> tuple[list[dict], list[dict]]:
    from faker import Faker

    rng = random.Random(seed)
    samples, clean = [], []
    for lang in langs:
        floc, mloc = LOCALES[lang]
        fk = Faker(floc)
        fk.seed_instance(seed)
        ms = None
        if mloc:
            from mimesis import Address
            from mimesis.locales import Locale

            ms = Address(Locale(mloc), seed=seed)
        tpl = T[lang]
        for i in range(per_lang):
            given, family = fk.first_name(), fk.last_name()
            name = f"{family} {given}" if lang in SURNAME_FIRST else f"{given} {family}"
            while True:
                town = PREFIX.sub("", (ms.city() if ms else fk.city()).strip())
                if town and (" " not in town or rng.random() < 0.3):
                    break
            age = rng.randint(18, 89)
            loc_t = rng.choice(tpl["LOCATION"])
            written = locative(lang, town) if "{town_loc}" in loc_t else town
            values = dict(name=name, given=given, lname=name.lower(), surname=family, town=town, town_loc=written,
                          age=age, years=years(lang, age))
            parts = [rng.choice(tpl["PERSON"]).format(**values), loc_t.format(**values),
                     rng.choice(tpl["AGE"]).format(**values)]
            rng.shuffle(parts)
            ptpl = next(p for p in tpl["PERSON"] if p.format(**values) in parts)
            pieces = [given] if "{given}" in ptpl and "{name}" not in ptpl and "{lname}" not in ptpl else \
                [family] if "{surname}" in ptpl else [given, family]
            planted = [("PERSON", p) for p in pieces] + [("LOCATION", written), ("AGE", str(age))]
            samples.append({"lang": lang, "record": {"id": f"{lang}-{i}", "text": " ".join(parts)},
                            "planted": planted})
        for i in range(max(4, per_lang // 3)):
            text = " ".join(rng.sample(tpl["CLEAN"], 2))
            clean.append({"lang": lang, "record": {"id": f"{lang}-c{i}", "text": text}, "planted": []})
    return samples, clean


def run(samples: list[dict], locations: str = "") -> list[str]:
    from governed_tuning.gates.pii import PiiGate
    from governed_tuning.policy import load_policy

    pol = load_policy("default").policy.pii
    if locations:  # "all": every place found, whether the record's person was found or not (a diagnosis)
        pol = pol.model_copy(update={"locations": locations})
    tokens = pol.model_copy(update={"entities": {k: (r.model_copy(update={"action": "pseudonymize"})
                                                     if r.action == "surrogate" else r)
                                                 for k, r in pol.entities.items()}})
    outs, _ = PiiGate(tokens).scrub_records([s["record"] for s in samples])
    by_id = {o["id"]: o["text"] for o in outs}
    return [by_id.get(s["record"]["id"], "") for s in samples]


def survives(value: str, out: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(value.casefold())}(?!\w)", out.casefold()) is not None


def lost_words(text: str, out: str, planted: list[tuple[str, str]]) -> tuple[int, int]:
    rest = text
    for _, v in sorted(planted, key=lambda p: -len(p[1])):
        rest = re.sub(rf"(?<!\w){re.escape(v)}(?!\w)", " ", rest, flags=re.I)
    kept: dict[str, int] = defaultdict(int)
    for w in WORD.findall(out):
        kept[w] += 1
    words = lost = 0
    for w in WORD.findall(rest):
        words += 1
        if kept[w] > 0:
            kept[w] -= 1
        else:
            lost += 1
    return lost, words


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--per-language", type=int, default=30)
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--langs", default=",".join(LOCALES))
    ap.add_argument("--locations", default="", help="override the policy's `locations` (all: places found "
                    "whether or not the record's person was)")
    ap.add_argument("--misses", action="store_true", help="print the values left (generated data only)")
    a = ap.parse_args()
    os.environ.setdefault("GOVERNED_TUNING_PSEUDONYM_KEY", "latin-dev-benchmark-key-not-secret-0123456789")
    langs = a.langs.split(",")
    samples, clean = make(a.per_language, a.seed, langs)
    outs, clean_outs = run(samples, a.locations), run(clean, a.locations)
    tab: dict = defaultdict(lambda: [0, 0])
    lost = words = 0
    for s, out in zip(samples, outs):
        lo, wo = lost_words(s["record"]["text"], out, s["planted"])
        lost, words = lost + lo, words + wo
        for kind, value in s["planted"]:
            hit = survives(value, out)
            if hit and a.misses:
                print(f"    MISS {kind} {s['lang']}: {value!r} in {out!r}")
            for key in (kind, (kind, s["lang"])):
                tab[key][0] += 1
                tab[key][1] += hit
    print(f"## planted: {len(samples)} records, content lost {lost}/{words} = {100 * lost / max(words, 1):.2f}%")
    for kind in ("PERSON", "LOCATION", "AGE"):
        n, b = tab[kind]
        per = " ".join(f"{lang} {tab[(kind, lang)][1]}/{tab[(kind, lang)][0]}" for lang in langs)
        print(f"{kind}: leaked {b}/{n} = {100 * b / max(n, 1):.1f}% | {per}")
    changed: dict[str, int] = defaultdict(int)
    clost = cwords = 0
    for s, out in zip(clean, clean_outs):
        lo, wo = lost_words(s["record"]["text"], out, [])
        clost, cwords = clost + lo, cwords + wo
        if out != s["record"]["text"]:
            changed[s["lang"]] += 1
            if a.misses:
                print(f"    FALSE {s['lang']}: {out!r}")
    print(f"## clean: {len(clean)} records, {sum(changed.values())} changed, content lost {clost}/{cwords} = "
          f"{100 * clost / max(cwords, 1):.2f}% | " + " ".join(f"{k} {v}" for k, v in sorted(changed.items())))


if __name__ == "__main__":
    import hashseed  # the same data on every run: PYTHONHASHSEED=0 unless set

    hashseed.pin()
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    main()
