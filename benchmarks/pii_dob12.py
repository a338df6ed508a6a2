"""Dates of birth, ages and phone numbers as people in 30 countries write them, judged both ways: what the gate
must take (leak per kind, date format, record shape and locale) and non-birth dates and numbers it must keep
(content lost, false blocks).

    .venv/bin/python benchmarks/pii_dob12.py [--part dev|held] [--seed 12] [--policy default] [--show]

Why (issue 11): "DATE_OF_BIRTH: a date with birth context; other dates are kept", AGE and PHONE_NUMBER, with
targets leak <= 1% on multi-locale chats and 0 for structured kinds. The dob7 set wrote one label per locale in
three shapes; people also write the date in d.m.yy, yy/mm/dd, with the month's nominative, with native digits,
in CRM ``key: value`` notes, e-mails and pipe/tab text tables under a local "DOB" column.

Sources: dates from Babel (CLDR ``format_date`` short/medium/long/full and the patterns d.M.yy, dd/MM/yyyy,
yyyy-MM-dd, yy/MM/dd, ``d MMMM y`` (format: the genitive) and ``d LLLL y`` (stand-alone: the nominative); CJK
``y年M月d日``), digits rewritten in Arabic-Indic, Persian, Devanagari, Bengali or fullwidth digits
(``unicodedata``) 40% of the time where the language has them; phone numbers from phonenumbers (each region's
example mobile and fixed-line number with its last four digits redrawn until valid, written NATIONAL,
INTERNATIONAL and E164, with spaces turned into ``-`` ``.`` or nothing the way people type them); names from
Faker. Labels, phrases, age templates and the clean templates are this file's own, per language.

- ``dev`` (tuned on): seed 12 and the ``dev`` label/phrase/template lists below.
- ``held`` (measured only, never read for tuning): seed 1012 and the ``held`` lists, written at the same time as
  the dev lists, before any change (other labels, other phrasings; caveat: one writer for both).

A DOB is left when its formatted text (or a four-digit year in it) stands in the written copy; an age when its
number does (own digits, whole); a phone when its text, or its national number's digits, do. Clean records:
any changed record is content lost; the gate's verdict on the clean file is a false block when not "pass".
The copy is the gate's own written output (scrub, re-scan, repair). Counts only; ``--show`` prints the records
left / changed (this file's own generated text) for local analysis.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import re
import sys
import tempfile
import time
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

# lang: babel locale, phone region, faker locale, name header, native digit zero (or None)
LANGS: dict[str, tuple[str, str, str, str, str | None]] = {
    "en": ("en_US", "US", "en_US", "Name", None),
    "az": ("az", "AZ", "az_AZ", "Ad", None),
    "tr": ("tr_TR", "TR", "tr_TR", "Ad Soyad", None),
    "ru": ("ru_RU", "RU", "ru_RU", "ФИО", None),
    "uk": ("uk_UA", "UA", "uk_UA", "ПІБ", None),
    "ar": ("ar_EG", "EG", "ar_EG", "الاسم", "\u0660"),
    "fa": ("fa_IR", "IR", "fa_IR", "نام", "\u06f0"),
    "hi": ("hi_IN", "IN", "hi_IN", "नाम", "\u0966"),
    "bn": ("bn_BD", "BD", "bn_BD", "নাম", "\u09e6"),
    "zh": ("zh_CN", "CN", "zh_CN", "姓名", "\uff10"),
    "ja": ("ja_JP", "JP", "ja_JP", "氏名", "\uff10"),
    "ko": ("ko_KR", "KR", "ko_KR", "이름", None),
    "pt": ("pt_BR", "BR", "pt_BR", "Nome", None),
    "es": ("es_ES", "ES", "es_ES", "Nombre", None),
    "fr": ("fr_FR", "FR", "fr_FR", "Nom", None),
    "de": ("de_DE", "DE", "de_DE", "Name", None),
    "it": ("it_IT", "IT", "it_IT", "Nome", None),
    "pl": ("pl_PL", "PL", "pl_PL", "Imię i nazwisko", None),
    "id": ("id_ID", "ID", "id_ID", "Nama", None),
    "vi": ("vi_VN", "VN", "vi_VN", "Họ tên", None),
    "th": ("th_TH", "TH", "th_TH", "ชื่อ", None),
    "sw": ("sw", "KE", "sw", "Jina", None),
    "ha": ("ha", "NG", "en_US", "Suna", None),
    "yo": ("yo", "NG", "yo_NG", "Orúkọ", None),
    "ur": ("ur_PK", "PK", "en_PK", "نام", "\u06f0"),
    "kk": ("kk", "KZ", "ru_RU", "Аты-жөні", None),
    "uz": ("uz", "UZ", "uz_UZ", "Ism", None),
    "he": ("he_IL", "IL", "he_IL", "שם", None),
    "nl": ("nl_NL", "NL", "nl_NL", "Naam", None),
    "el": ("el_GR", "GR", "el_GR", "Όνομα", None),
}

# lang: {part: (birth label, birth phrase with {d}, age templates with {n} / {y} (a unit word), phone label,
#                clean templates with {d})}
W: dict[str, dict[str, tuple[str, str, list[str], str, list[str]]]] = {
    "en": {"dev": ("Date of birth", "I was born on {d}", ["I'm {n} years old", "Age: {n}"], "Phone",
                   ["Order delivered on {d}.", "Invoice due {d}."]),
           "held": ("DOB", "she was born {d}", ["he is {n}", "my mum is {n} years old"], "cell",
                    ["Valid until {d}.", "Ticket opened {d}."])},
    "az": {"dev": ("Doğum tarixi", "{d} tarixində anadan olub", ["{n} yaşındayam", "Yaşı: {n}"], "Telefon nömrəsi",
                   ["Sifariş {d} tarixində çatdırıldı.", "Hesab {d} tarixinədək ödənilməlidir."]),
           "held": ("Doğum tarixi və yeri", "mən {d} doğulmuşam", ["yaşım {n}", "oğlum {n} yaşındadır"], "Mobil",
                    ["Zəmanət {d} tarixinədək etibarlıdır.", "Müraciət {d} tarixində qeydə alındı."])},
    "tr": {"dev": ("Doğum tarihi", "{d} tarihinde doğdum", ["{n} yaşındayım", "Yaş: {n}"], "Telefon",
                   ["Sipariş {d} tarihinde teslim edildi.", "Son ödeme tarihi {d}."]),
           "held": ("D. Tarihi", "{d} doğumluyum", ["yaşım {n}", "annem {n} yaşında"], "Cep tel",
                    ["Garanti {d} tarihine kadar geçerlidir.", "Talep {d} tarihinde açıldı."])},
    "ru": {"dev": ("Дата рождения", "родился {d}", ["мне {n} {y}", "Возраст: {n}"], "Телефон",
                   ["Заказ доставлен {d}.", "Счёт оплатить до {d}."]),
           "held": ("Д.р.", "родилась {d}", ["ему {n} {y}", "в возрасте {n} {y}"], "моб.",
                    ["Действительно до {d}.", "Заявка создана {d}."])},
    "uk": {"dev": ("Дата народження", "народився {d}", ["мені {n} {y}", "Вік: {n}"], "Телефон",
                   ["Замовлення доставлено {d}.", "Рахунок сплатити до {d}."]),
           "held": ("д.н.", "народилася {d}", ["йому {n} {y}", "у віці {n} {y}"], "тел.",
                    ["Дійсний до {d}.", "Звернення зареєстровано {d}."])},
    "ar": {"dev": ("تاريخ الميلاد", "ولدت في {d}", ["عمري {n} سنة", "العمر: {n}"], "رقم الهاتف",
                   ["تم تسليم الطلب في {d}.", "تاريخ استحقاق الفاتورة {d}."]),
           "held": ("تاريخ الولادة", "مواليد {d}", ["يبلغ من العمر {n} عاما", "أنا عمري {n}"], "جوال",
                    ["صالح حتى {d}.", "تم فتح التذكرة في {d}."])},
    "fa": {"dev": ("تاریخ تولد", "من در {d} به دنیا آمدم", ["{n} سالمه", "سن: {n}"], "شماره تلفن",
                   ["سفارش در {d} تحویل شد.", "مهلت پرداخت فاکتور {d}."]),
           "held": ("متولد", "زاده {d}", ["من {n} سال دارم", "پدرم {n} ساله است"], "موبایل",
                    ["اعتبار تا {d}.", "تیکت در {d} ثبت شد."])},
    "hi": {"dev": ("जन्म तिथि", "मेरा जन्म {d} को हुआ", ["मेरी उम्र {n} वर्ष है", "आयु: {n}"], "फ़ोन नंबर",
                   ["ऑर्डर {d} को डिलीवर हुआ।", "बिल की अंतिम तिथि {d} है।"]),
           "held": ("जन्म दिनांक", "उसका जन्म {d} को हुआ था", ["मैं {n} साल का हूँ", "उम्र {n} साल"], "मोबाइल",
                    ["वारंटी {d} तक मान्य है।", "टिकट {d} को खोला गया।"])},
    "bn": {"dev": ("জন্ম তারিখ", "আমার জন্ম {d}", ["আমার বয়স {n} বছর", "বয়স: {n}"], "ফোন নম্বর",
                   ["অর্ডার {d} তারিখে ডেলিভারি হয়েছে।", "বিল পরিশোধের শেষ তারিখ {d}।"]),
           "held": ("জন্মতারিখ", "তিনি {d} তারিখে জন্মগ্রহণ করেন", ["তার বয়স {n} বছর", "আমি {n} বছরের"], "মোবাইল",
                    ["মেয়াদ {d} পর্যন্ত।", "টিকিট {d} তারিখে খোলা হয়েছে।"])},
    "zh": {"dev": ("出生日期", "我出生于{d}", ["年龄：{n}", "我今年{n}岁"], "电话",
                   ["订单已于{d}送达。", "发票付款期限为{d}。"]),
           "held": ("生日", "他{d}出生", ["她{n}岁了", "年龄 {n} 岁"], "手机号",
                    ["有效期至{d}。", "工单创建于{d}。"])},
    "ja": {"dev": ("生年月日", "{d}生まれです", ["年齢：{n}歳", "私は{n}歳です"], "電話番号",
                   ["{d}に配達されました。", "お支払期限は{d}です。"]),
           "held": ("誕生日", "{d}に生まれました", ["{n}歳の男性", "母は{n}歳です"], "携帯",
                    ["有効期限：{d}", "{d}に受付しました。"])},
    "ko": {"dev": ("생년월일", "{d}에 태어났습니다", ["나이: {n}세", "저는 {n}살입니다"], "전화번호",
                   ["{d}에 배송되었습니다.", "납부 기한은 {d}입니다."]),
           "held": ("생일", "{d} 출생", ["{n}세 남성", "어머니는 {n}세입니다"], "휴대폰",
                    ["유효기간: {d}까지", "{d}에 접수되었습니다."])},
    "pt": {"dev": ("Data de nascimento", "nasci em {d}", ["tenho {n} anos", "Idade: {n}"], "Telefone",
                   ["Pedido entregue em {d}.", "A fatura vence em {d}."]),
           "held": ("Nascimento", "ela nasceu em {d}", ["ele tem {n} anos", "com {n} anos de idade"], "Celular",
                    ["Válido até {d}.", "Chamado aberto em {d}."])},
    "es": {"dev": ("Fecha de nacimiento", "nací el {d}", ["tengo {n} años", "Edad: {n}"], "Teléfono",
                   ["El pedido se entregó el {d}.", "La factura vence el {d}."]),
           "held": ("F. nac.", "nació el {d}", ["mi padre tiene {n} años", "de {n} años de edad"], "Móvil",
                    ["Válido hasta el {d}.", "Incidencia abierta el {d}."])},
    "fr": {"dev": ("Date de naissance", "je suis né le {d}", ["j'ai {n} ans", "Âge : {n}"], "Téléphone",
                   ["Commande livrée le {d}.", "Facture à régler avant le {d}."]),
           "held": ("Né(e) le", "elle est née le {d}", ["il a {n} ans", "âgée de {n} ans"], "Portable",
                    ["Valable jusqu'au {d}.", "Ticket ouvert le {d}."])},
    "de": {"dev": ("Geburtsdatum", "ich bin am {d} geboren", ["ich bin {n} Jahre alt", "Alter: {n}"], "Telefon",
                   ["Die Bestellung wurde am {d} geliefert.", "Rechnung fällig am {d}."]),
           "held": ("geb.", "geboren am {d}", ["mein Vater ist {n}", "im Alter von {n} Jahren"], "Handy",
                    ["Gültig bis {d}.", "Ticket eröffnet am {d}."])},
    "it": {"dev": ("Data di nascita", "sono nato il {d}", ["ho {n} anni", "Età: {n}"], "Telefono",
                   ["Ordine consegnato il {d}.", "La fattura scade il {d}."]),
           "held": ("nata il", "è nata il {d}", ["mia madre ha {n} anni", "all'età di {n} anni"], "Cellulare",
                    ["Valido fino al {d}.", "Segnalazione aperta il {d}."])},
    "pl": {"dev": ("Data urodzenia", "urodziłem się {d}", ["mam {n} {y}", "Wiek: {n}"], "Telefon",
                   ["Zamówienie dostarczono {d}.", "Termin płatności: {d}."]),
           "held": ("ur.", "urodziła się {d}", ["ona ma {n} {y}", "w wieku {n} {y}"], "Tel. kom.",
                    ["Ważne do {d}.", "Zgłoszenie otwarte {d}."])},
    "id": {"dev": ("Tanggal lahir", "saya lahir pada {d}", ["umur saya {n} tahun", "Usia: {n}"], "Nomor HP",
                   ["Pesanan dikirim pada {d}.", "Faktur jatuh tempo {d}."]),
           "held": ("Tgl. lahir", "ia lahir tanggal {d}", ["dia berusia {n} tahun", "ibu saya {n} tahun"], "Telp",
                    ["Berlaku sampai {d}.", "Tiket dibuka {d}."])},
    "vi": {"dev": ("Ngày sinh", "tôi sinh ngày {d}", ["tôi {n} tuổi", "Tuổi: {n}"], "Số điện thoại",
                   ["Đơn hàng đã giao ngày {d}.", "Hóa đơn đến hạn ngày {d}."]),
           "held": ("Sinh ngày", "anh ấy sinh vào {d}", ["mẹ tôi {n} tuổi", "năm nay {n} tuổi"], "SĐT",
                    ["Có hiệu lực đến {d}.", "Yêu cầu tạo ngày {d}."])},
    "th": {"dev": ("วันเกิด", "ฉันเกิดวันที่ {d}", ["อายุ {n} ปี", "ฉันอายุ {n}"], "เบอร์โทร",
                   ["จัดส่งแล้ววันที่ {d}", "ครบกำหนดชำระ {d}"]),
           "held": ("เกิดเมื่อ", "เขาเกิด {d}", ["แม่อายุ {n} ปี", "อายุ: {n} ปี"], "โทรศัพท์มือถือ",
                    ["ใช้ได้ถึง {d}", "เปิดคำร้องวันที่ {d}"])},
    "sw": {"dev": ("Tarehe ya kuzaliwa", "nilizaliwa tarehe {d}", ["nina umri wa miaka {n}", "Umri: {n}"],
                   "Namba ya simu", ["Oda ilifikishwa tarehe {d}.", "Ankara inalipwa kabla ya {d}."]),
           "held": ("Tarehe ya kuzaliwa kwake", "alizaliwa {d}", ["ana miaka {n}", "mama yangu ana miaka {n}"],
                    "simu", ["Inatumika hadi {d}.", "Tiketi ilifunguliwa {d}."])},
    "ha": {"dev": ("Ranar haihuwa", "an haife ni ranar {d}", ["shekaruna {n}", "Shekaru: {n}"], "Lambar waya",
                   ["An kai odar ranar {d}.", "Za a biya kudin kafin {d}."]),
           "held": ("Ranar haihuwarsa", "an haife shi a ranar {d}", ["yana da shekara {n}", "shekarunta {n}"],
                    "waya", ["Yana aiki har zuwa {d}.", "An bude tikitin ranar {d}."])},
    "yo": {"dev": ("Ọjọ́ ìbí", "a bí mi ní {d}", ["ọmọ ọdún {n} ni mí", "Ọjọ́ orí: {n}"], "Nọ́mbà fóònù",
                   ["A fi ẹrù ránṣẹ́ ní {d}.", "Ìwé owó yóò parí ní {d}."]),
           "held": ("ọjọ ibi", "wọ́n bí i ní {d}", ["ó jẹ́ ọmọ ọdún {n}", "ọdún {n} ni mí"], "fóònù",
                    ["Ó wúlò títí di {d}.", "A ṣí tíkẹ́ẹ̀tì ní {d}."])},
    "ur": {"dev": ("تاریخ پیدائش", "میں {d} کو پیدا ہوا", ["میری عمر {n} سال ہے", "عمر: {n}"], "فون نمبر",
                   ["آرڈر {d} کو پہنچا۔", "بل کی آخری تاریخ {d} ہے۔"]),
           "held": ("پیدائش", "وہ {d} کو پیدا ہوئی", ["وہ {n} سال کا ہے", "میں {n} سال کی ہوں"], "موبائل",
                    ["{d} تک کارآمد۔", "ٹکٹ {d} کو کھولا گیا۔"])},
    "kk": {"dev": ("Туған күні", "мен {d} туылдым", ["менің жасым {n}", "Жасы: {n}"], "Телефон",
                   ["Тапсырыс {d} жеткізілді.", "Шотты {d} дейін төлеу керек."]),
           "held": ("Туған күн", "ол {d} дүниеге келген", ["мен {n} жастамын", "анам {n} жаста"], "Ұялы тел.",
                    ["{d} дейін жарамды.", "Өтінім {d} тіркелді."])},
    "uz": {"dev": ("Tug'ilgan sana", "men {d} da tug'ilganman", ["men {n} yoshdaman", "Yoshi: {n}"],
                   "Telefon raqami", ["Buyurtma {d} yetkazildi.", "Hisob {d} gacha to'lanadi."]),
           "held": ("Tug‘ilgan kuni", "u {d} tug'ilgan", ["u {n} yoshda", "onam {n} yoshda"], "Mobil",
                    ["{d} gacha amal qiladi.", "Murojaat {d} qayd etildi."])},
    "he": {"dev": ("תאריך לידה", "נולדתי ב-{d}", ["אני בן {n}", "גיל: {n}"], "טלפון",
                   ["ההזמנה נמסרה ב-{d}.", "החשבונית לתשלום עד {d}."]),
           "held": ("ת. לידה", "היא נולדה ב-{d}", ["היא בת {n}", "בגיל {n}"], "נייד",
                    ["בתוקף עד {d}.", "הפנייה נפתחה ב-{d}."])},
    "nl": {"dev": ("Geboortedatum", "ik ben geboren op {d}", ["ik ben {n} jaar", "Leeftijd: {n}"], "Telefoon",
                   ["Bestelling geleverd op {d}.", "Factuur vervalt op {d}."]),
           "held": ("geb.", "zij is geboren op {d}", ["mijn vader is {n} jaar oud", "op {n}-jarige leeftijd"],
                    "mobiel", ["Geldig tot {d}.", "Ticket geopend op {d}."])},
    "el": {"dev": ("Ημερομηνία γέννησης", "γεννήθηκα στις {d}", ["είμαι {n} ετών", "Ηλικία: {n}"], "Τηλέφωνο",
                   ["Η παραγγελία παραδόθηκε στις {d}.", "Το τιμολόγιο λήγει στις {d}."]),
           "held": ("Ημ. γέννησης", "γεννήθηκε {d}", ["είναι {n} χρονών", "σε ηλικία {n} ετών"], "Κινητό",
                    ["Ισχύει έως {d}.", "Το αίτημα ανοίχτηκε στις {d}."])},
}

# numbers that are no PII, in any language's records: versions, amounts, times, ids, quantities
CLEAN_NUMBERS = {
    "dev": ["Version 2.14.3 released.", "Total: 1.234,56 EUR", "Meeting at 14:30-15:15.", "Qty 12 x 3.50",
            "Build 20240314 passed.", "Room 304, floor 3.", "Ref. 2025/03/118", "Score 87/100"],
    "held": ["v3.1.0 -> v3.2.1", "Amount due: $2,450.00", "Call window 09:00–11:30", "SKU 4411-20-09",
             "12 items, 3 boxes, 45 kg", "Ticket #2024-0871", "Rate 17.5%", "Batch 07/2023"],
}
FORMATS = ["short", "medium", "long", "full", "d.M.yy", "dd/MM/yyyy", "yyyy-MM-dd", "yy/MM/dd", "d MMMM y",
           "d LLLL y"]
SHAPES = ["chat", "phrase", "email", "crm", "pipe", "tab"]
CJK = {"zh", "ja", "ko"}


def unit(lang: str, n: int) -> str:
    """The year word a Russian, Ukrainian or Polish number takes."""
    last, tens = n % 10, n % 100
    few = 2 <= last <= 4 and not 12 <= tens <= 14
    if lang == "ru":
        return "год" if last == 1 and tens != 11 else "года" if few else "лет"
    if lang == "uk":
        return "рік" if last == 1 and tens != 11 else "роки" if few else "років"
    return "lata" if few else "lat"


def native(s: str, zero: str | None) -> str:
    if zero is None:
        return s
    assert unicodedata.digit(zero) == 0
    return "".join(chr(ord(zero) + int(c)) if c.isascii() and c.isdigit() else c for c in s)


def fmt_date(day: dt.date, lang: str, style: str) -> str:
    from babel.dates import format_date

    loc = LANGS[lang][0]
    if style in ("short", "medium", "long", "full"):
        return format_date(day, style, locale=loc)
    if lang in CJK and "MMMM" in style or "LLLL" in style and lang in CJK:
        return format_date(day, "y年M月d日", locale=loc)
    return format_date(day, style, locale=loc)


def phone(region: str, rng: random.Random, style: int) -> tuple[str, str]:
    """(a phone number as written, its national number's digits)."""
    import phonenumbers as pn

    kind = pn.PhoneNumberType.MOBILE if rng.random() < 0.7 else pn.PhoneNumberType.FIXED_LINE
    ex = pn.example_number_for_type(region, kind) or pn.example_number(region)
    nat = str(ex.national_number)
    for _ in range(50):
        cand = nat[:-4] + "".join(rng.choice("0123456789") for _ in range(4))
        num = pn.parse("+" + str(ex.country_code) + cand, None)
        if pn.is_valid_number(num):
            break
    else:
        num = ex
    fmt = [pn.PhoneNumberFormat.NATIONAL, pn.PhoneNumberFormat.INTERNATIONAL, pn.PhoneNumberFormat.E164][style % 3]
    s = pn.format_number(num, fmt)
    sep = style // 3
    if sep == 1:
        s = s.replace(" ", "-")
    elif sep == 2:
        s = s.replace(" ", ".") if fmt != pn.PhoneNumberFormat.E164 else s
    elif sep == 3 and fmt == pn.PhoneNumberFormat.NATIONAL:
        s = s.replace(" ", "").replace("-", "")
    return s, str(num.national_number)


def shape(kind: str, lang: str, part: str, value: str, name: str, rng: random.Random) -> str:
    label, phrase, _, plabel, _ = W[lang][part]
    nh = LANGS[lang][3]
    if kind == "chat":
        return f"{label}: {value}" if rng.random() < 0.5 else f"{name}\n{label}: {value}\nok"
    if kind == "phrase":
        return phrase.format(d=value)
    if kind == "email":
        return f"Re: #{rng.randint(1000, 9999)}\n\n{name},\n{phrase.format(d=value)}.\n\n--\n{name}"
    if kind == "crm":
        return f"{nh}: {name}\n{label}: {value}\n{plabel}: -"
    if kind == "pipe":
        return f"| {nh} | {label} |\n|---|---|\n| {name} | {value} |"
    return f"{nh}\t{label}\n{name}\t{value}"


def build(part: str, seed: int):
    from faker import Faker

    rng = random.Random(seed)
    dob, ages, phones, clean = [], [], [], []
    for lang, (loc, region, fk, nh, zero) in LANGS.items():
        try:
            fake = Faker(fk)
        except AttributeError:
            fake = Faker("en_US")
        fake.seed_instance(seed)
        label, phrase, age_t, plabel, clean_t = W[lang][part]
        for k, style in enumerate(FORMATS):
            born = dt.date(1945, 1, 1) + dt.timedelta(days=rng.randrange(365 * 60))
            d = fmt_date(born, lang, style)
            nat = zero is not None and rng.random() < 0.4
            if nat:
                d = native(d, zero)
            sh = SHAPES[(k + rng.randrange(6)) % 6]
            dob.append({"lang": lang, "fmt": style + ("+native" if nat else ""), "shape": sh,
                        "value": d, "year": native(str(born.year), zero if nat else None),
                        "text": shape(sh, lang, part, d, fake.name(), rng)})
        for t in age_t:
            for _ in range(2):
                n = rng.randint(18, 89)
                nat = zero is not None and rng.random() < 0.4
                v = native(str(n), zero if nat else None)
                ages.append({"lang": lang, "fmt": "native" if nat else "ascii", "shape": "age",
                             "value": v, "text": t.format(n=v, y=unit(lang, n))})
        for style in range(12):
            p, digits = phone(region, rng, style)
            sh = ["label", "crm", "pipe", "bare"][style % 4]
            name = fake.name()
            text = (f"{plabel}: {p}" if sh == "label" else f"{nh}: {name}\n{plabel}: {p}" if sh == "crm" else
                    f"| {nh} | {plabel} |\n|---|---|\n| {name} | {p} |" if sh == "pipe" else f"{name} {p}")
            phones.append({"lang": lang, "fmt": ["national", "intl", "e164"][style % 3] + ["", "-", ".", "0sp"][style // 3],
                           "shape": sh, "value": p, "digits": digits, "text": text})
        for t in clean_t:
            for style in rng.sample(FORMATS, 4):
                r = rng.random()
                day = (dt.date(2020, 1, 1) + dt.timedelta(days=rng.randrange(2500))) if r < 0.7 else \
                    (dt.date(1975, 1, 1) + dt.timedelta(days=rng.randrange(365 * 40)))
                d = fmt_date(day, lang, style)
                nat = zero is not None and rng.random() < 0.4
                d = native(d, zero) if nat else d
                clean.append({"lang": lang, "fmt": style, "shape": "sentence", "text": t.format(d=d)})
        # a text table of ordinary dates under a local "date" column, and a key: value ticket
        day = dt.date(2019, 1, 1) + dt.timedelta(days=rng.randrange(2500))
        d = fmt_date(day, lang, rng.choice(FORMATS[:4]))
        clean.append({"lang": lang, "fmt": "table", "shape": "pipe",
                      "text": f"| # | {clean_t[0].split('{d}')[0].strip() or 'date'} |\n|---|---|\n| {rng.randint(100, 999)} | {d} |"})
        clean.append({"lang": lang, "fmt": "numbers", "shape": "sentence",
                      "text": rng.choice(CLEAN_NUMBERS[part]) + " " + rng.choice(CLEAN_NUMBERS[part])})
    return dob, ages, phones, clean


def left(rec: dict, copy: str) -> bool:
    v = rec["value"]
    if rec.get("digits"):
        return v in copy or rec["digits"] in re.sub(r"[\s().\-/]", "", copy)
    if "year" in rec:
        return v in copy or re.search(rf"(?<!\d){re.escape(rec['year'])}(?!\d)", copy) is not None
    return re.search(rf"(?<![\d\w]){re.escape(v)}(?![\d])", copy) is not None


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--part", choices=["dev", "held"], default="dev")
    ap.add_argument("--seed", type=int, default=None)
    ap.add_argument("--policy", default="default")
    ap.add_argument("--show", action="store_true")
    ap.add_argument("--only", default="", help="dob, age, phone or clean")
    a = ap.parse_args()
    seed = a.seed if a.seed is not None else (12 if a.part == "dev" else 1012)
    os.environ.setdefault("GOVERNED_TUNING_PSEUDONYM_KEY", "pii-dob12-benchmark-key-not-secret-0001")
    from pii_dob7 import run_gate

    folder = Path(tempfile.mkdtemp(prefix="pii-dob12-"))
    t0 = time.time()
    dob, ages, phones, clean = build(a.part, seed)
    print(f"## pii_dob12 --part {a.part} (seed {seed}, policy {a.policy})\n")
    for name, recs in (("dob", dob), ("age", ages), ("phone", phones), ("clean", clean)):
        if a.only and a.only != name:
            continue
        verdict, text, by = run_gate([{"text": r["text"]} for r in recs], folder / f"{name}.jsonl", a.policy)
        copies = [r["text"] for r in json.loads(text)]
        if name == "clean":
            per: dict[str, Counter] = defaultdict(Counter)
            for r, c in zip(recs, copies):
                per[r["lang"]]["n"] += 1
                per[r["fmt"]]["n"] += 1
                if c != r["text"]:
                    per[r["lang"]]["lost"] += 1
                    per[r["fmt"]]["lost"] += 1
                    if a.show:
                        print(f"  CHANGED {r['lang']} {r['fmt']}: {r['text']!r} -> {c!r}")
            lost = sum(c != r["text"] for r, c in zip(recs, copies))
            print(f"### clean: {lost}/{len(recs)} records changed (content lost); verdict {verdict}"
                  f"{' FALSE BLOCK ' + str(by) if verdict != 'pass' else ''}")
            print("by language: " + ", ".join(f"{k} {per[k]['lost']}/{per[k]['n']}" for k in LANGS if per[k]['lost']))
            print("by format: " + ", ".join(f"{k} {per[k]['lost']}/{per[k]['n']}" for k in FORMATS + ["table", "numbers"]
                                           if per[k]['n']) + "\n")
            continue
        per = defaultdict(Counter)
        for r, c in zip(recs, copies):
            lk = left(r, c)
            base = r["fmt"].split("+")[0]
            for key in (r["lang"], "fmt:" + base, "shape:" + r["shape"]) + (("native",) if "native" in r["fmt"] else ()):
                per[key]["n"] += 1
                per[key]["left"] += lk
            if lk and a.show:
                print(f"  LEFT {r['lang']} {r['fmt']} {r['shape']}: {r['text']!r} -> {c!r}")
        n_left = sum(left(r, c) for r, c in zip(recs, copies))
        print(f"### {name}: {n_left}/{len(recs)} left ({100 * n_left / len(recs):.1f}%); verdict {verdict} "
              f"residual {by or 0}")
        for group in ("fmt:", "shape:"):
            print(f"by {group[:-1]}: " + ", ".join(f"{k[len(group):]} {v['left']}/{v['n']}" for k, v in per.items()
                                                if k.startswith(group)))
        if per["native"]["n"]:
            print(f"native digits: {per['native']['left']}/{per['native']['n']}")
        print("by locale (left/n, only those leaking): " + ", ".join(
            f"{k} {per[k]['left']}/{per[k]['n']}" for k in LANGS if per[k]["left"]) + "\n")
    print(f"{time.time() - t0:.0f} s")
    return 0


if __name__ == "__main__":
    import hashseed

    hashseed.pin()
    sys.exit(main())
