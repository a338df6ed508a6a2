"""Ages as people write them, in 40 languages and 12 digit systems, and the numbers beside them that are no age:
leak per language (values left by the scrub alone, and after the gate's re-scan), content lost on ordinary
number-heavy text, and the default gate's verdict on each file.

    .venv/bin/python benchmarks/pii_ages11.py [--part dev|held] [--per 3] [--seed 11] [--by-lang] [--show]

Why: ages are a quasi-identifier the detector reads only in the shapes it has phrases for; the verdict10 work
had the re-scan find first-person ages in Arabic/Persian the scrub had left ("the re-scan had to repair what the
scrub missed"), so the scrub itself must read them. A number is an age only where the words around it make it
one: "34 items", "3 years of warranty", "room 34", "for 12 years" must stay (content lost is reported beside).

Parts (nothing comes from a sealed set; sentences are written here, numbers in words come from num2words, other
digits from Unicode's decimal digits, ``unicodedata``):

- ``dev`` (tuned on): 28 languages, ``DEV`` templates: first person with and without a unit, a field label, a
  relative's age, an attributive age, numbers in words (num2words) in 10 languages, native digits in Arabic,
  Persian, Urdu, Devanagari, Bengali and Thai half the time.
- ``held`` (measured before and after only, never read for tuning): ``HELD`` templates written at the same time
  as ``DEV`` before any change, other phrasings of the same languages and 22 languages the dev part does not
  have (Danish, Finnish, Slovak, Serbian, Bulgarian, Baltic, Swahili, Tagalog, Malay, Tamil, Telugu, Marathi,
  Nepali, Punjabi, Gujarati, Khmer, Burmese, Georgian, Armenian, Azerbaijani, Uzbek, Amharic), with digits of
  Gurmukhi, Gujarati, Khmer, Myanmar, Devanagari. Caveat: both halves were written by one engineer.
- ``clean`` of each part: ordinary sentences full of numbers in the same languages and digits (orders, prices,
  durations, warranties, rooms, years, "I have worked here 12 years", "tengo 3 pedidos"): any change to a number
  or word is content lost, any block a false block.

A value is left when its digit run (in its own digits) or its words still stand in the copy. "scrub" counts what
the scrub alone left (``PiiGate.scrub_records``); "gate" is the shipped default policy's ``check`` (scrub, re-scan,
repair): its verdict, and how many values the re-scan had to repair. Counts only; no value is printed unless
``--show`` (this generated set's own sentences, for local analysis).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import tempfile
import time
from collections import Counter
from pathlib import Path

KEY = "ages11-benchmark-key-not-a-secret"

# digit zero of each script: a number in that script is written with its own digits
ZERO = {"arab": 0x0660, "pers": 0x06F0, "deva": 0x0966, "beng": 0x09E6, "thai": 0x0E50, "guru": 0x0A66,
        "gujr": 0x0AE6, "khmr": 0x17E0, "mymr": 0x1040, "full": 0xFF10, "tamil": 0x0BE6, "telu": 0x0C66}

# lang -> (native digit script or None, templates); {n} the age (digits), {w} the age in words (num2words lang)
DEV: dict[str, tuple[str | None, list[str]]] = {
    "en": (None, ["I'm {n} and my order never came.", "I am {n} years old, please help.",
                  "Customer aged {n} asked for a refund.", "My son is a {n}-year-old student.", "age: {n}",
                  "I am {w} years old and still waiting."]),
    "de": (None, ["Ich bin {n} Jahre alt und warte auf mein Paket.", "Mein Vater ist {n}.", "Alter: {n}",
                  "Die {n}-jährige Kundin hat angerufen.", "Ich bin {w} Jahre alt."]),
    "fr": (None, ["J'ai {n} ans et j'attends ma commande.", "Ma mère a {n} ans.", "âge : {n}",
                  "Âgée de {n} ans, elle attend toujours.", "J'ai {w} ans."]),
    "es": (None, ["Tengo {n} años y no llegó mi pedido.", "Mi hijo tiene {n} años.", "Edad: {n}",
                  "Con {n} años empecé a comprar aquí.", "Tengo {w} años."]),
    "it": (None, ["Ho {n} anni e aspetto ancora il pacco.", "Mia madre ha {n} anni.", "Età: {n}"]),
    "pt": (None, ["Tenho {n} anos e o pedido não chegou.", "Minha filha tem {n} anos.", "Idade: {n}",
                  "Tenho {w} anos."]),
    "nl": (None, ["Ik ben {n} jaar en wacht op mijn pakket.", "Leeftijd: {n}", "Mijn zoon is {n}."]),
    "sv": (None, ["Jag är {n} år och väntar på paketet.", "Ålder: {n}"]),
    "pl": (None, ["Mam {n} lat i nadal czekam na paczkę.", "Wiek: {n}", "Mój syn ma {n} lat.", "Mam {w} lat."]),
    "cs": (None, ["Je mi {n} let a balík nepřišel.", "Věk: {n}"]),
    "ro": (None, ["Am {n} de ani și aștept coletul.", "Vârsta: {n}"]),
    "hu": (None, ["{n} éves vagyok, és a csomag nem jött meg.", "Életkor: {n}"]),
    "ru": (None, ["Мне {n} {ru}, а заказ так и не пришёл.", "Возраст: {n}", "Моему сыну {n} {ru}.",
                  "Мне {w} {ru}."]),
    "uk": (None, ["Мені {n} {uk}, а замовлення досі немає.", "Вік: {n}"]),
    "el": (None, ["Είμαι {n} χρονών και περιμένω το δέμα.", "Ηλικία: {n}"]),
    "tr": (None, ["{n} yaşındayım ve siparişim gelmedi.", "Yaş: {n}", "Oğlum {n} yaşında.",
                  "{w} yaşındayım."]),
    "ar": ("arab", ["عمري {n} سنة ولم يصل طلبي.", "العمر: {n}", "أنا عندي {n} سنة وأريد المساعدة.",
                    "ابني عمره {n} سنوات.", "عمري {w} عاما."]),
    "fa": ("pers", ["سنم {n} سال است و سفارشم نرسیده.", "من {n} سالمه و بسته نیامد.", "سن: {n}",
                    "پسرم {n} سالشه."]),
    "ur": ("pers", ["میری عمر {n} سال ہے اور آرڈر نہیں آیا۔", "عمر: {n}"]),
    "hi": ("deva", ["मेरी उम्र {n} साल है और ऑर्डर नहीं आया।", "मैं {n} साल का हूँ।", "उम्र: {n}"]),
    "bn": ("beng", ["আমার বয়স {n} বছর, অর্ডার আসেনি।", "বয়স: {n}"]),
    "zh": (None, ["我今年{n}岁，订单还没到。", "年龄：{n}", "我儿子{n}岁了。"]),
    "ja": (None, ["私は{n}歳です。荷物がまだ届きません。", "年齢：{n}"]),
    "ko": (None, ["저는 {n}살이에요. 주문이 안 왔어요.", "나이: {n}", "{n}세 남성 고객입니다."]),
    "th": ("thai", ["ผมอายุ {n} ปี ของยังไม่มาถึง", "อายุ: {n}"]),
    "vi": (None, ["Tôi {n} tuổi và đơn hàng chưa đến.", "Tuổi: {n}", "Tôi {w} tuổi."]),
    "id": (None, ["Saya berumur {n} tahun dan paket belum datang.", "Umur: {n}"]),
    "he": (None, ["אני בן {n} וההזמנה לא הגיעה.", "גיל: {n}"]),
}
# a second dev batch (written after the first fixes, tuned on too): other phrasings in the languages users write
DEV2: dict[str, tuple[str | None, list[str]]] = {
    "en": (None, ["I am {n}.", "My age is {n}, if that matters.", "I turned {n} yesterday.", "I am {w} now.",
                  "{n} years of age, no allergies.", "A {n} year old woman called about the refund."]),
    "pcm": (None, ["I be {n} years old.", "I dey {n} years now.", "My age na {n}."]),
    "sw": (None, ["Nina umri wa miaka {n}.", "Umri wangu ni miaka {n}.", "Mtoto wangu ana miaka {n}."]),
    "id": (None, ["Saya {n} tahun.", "Usia saya {n} tahun.", "Anak saya berumur {n} tahun."]),
    "ar": ("arab", ["انا عمري {n} سنة", "سني {n} سنة", "عمري {n}", "أمي عمرها {n} سنة"]),
    "fa": ("pers", ["من {n} سال دارم.", "مادرم {n} سالشه.", "سن من {n} است"]),
    "ur": ("pers", ["میں {n} سال کا ہوں۔", "میری عمر {n} برس ہے۔", "میری بیٹی {n} سال کی ہے۔"]),
    "hi": ("deva", ["मेरी आयु {n} वर्ष है।", "मैं {n} वर्ष की हूँ।", "मेरा बेटा {n} साल का है।"]),
    "tr": (None, ["Yaşım {n}.", "{n} yaşında bir kadınım.", "Kızım {n} yaşında."]),
    "ru": (None, ["Мне {n}.", "Мне уже {n} {ru}.", "Моей дочери {n} {ru}."]),
    "uk": (None, ["Мені {n}.", "Моїй мамі {n} {uk}."]),
    "pl": (None, ["Mam {n} lata.", "Moja córka ma {n} lat."]),
    "de": (None, ["Ich bin {n}.", "Ich bin {n} Jahre.", "Mein Sohn ist {n} Jahre alt."]),
    "fr": (None, ["J'ai {n} ans.", "Mon père a {n} ans."]),
    "es": (None, ["Tengo {n}.", "Tengo {n} años.", "Mi madre tiene {n} años."]),
    "it": (None, ["Ho {n} anni.", "Mio figlio ha {n} anni."]),
    "pt": (None, ["Tenho {n} anos.", "Meu filho tem {n} anos."]),
    "th": ("thai", ["ฉันอายุ {n} ปี", "ลูกชายอายุ {n} ขวบ"]),
    "zh": (None, ["我{n}岁。", "我妈妈今年{n}岁。"]),
    "ja": (None, ["{n}歳です。", "息子は{n}歳です。"]),
    "ko": (None, ["저는 {n}세입니다.", "제 딸은 {n}살이에요."]),
    "vi": (None, ["Tôi năm nay {n} tuổi.", "Mẹ tôi {n} tuổi."]),
}
HELD: dict[str, tuple[str | None, list[str]]] = {
    "en": (None, ["Just turned {n} last week, still no parcel.", "I'm a {n} yo teacher from the coast.",
                  "{n} y/o male here, the app keeps crashing.", "My daughter, who is {n}, loves the set.",
                  "I will be {w} next month."]),
    "de": (None, ["Ich werde nächsten Monat {n}.", "Mit {n} Jahren bin ich zum ersten Mal online.",
                  "Meine Tochter ist {n} Jahre alt.", "Ich bin {w}."]),
    "fr": (None, ["Je viens d'avoir {n} ans.", "Âge: {n} ans", "Mon fils a {w} ans."]),
    "es": (None, ["Acabo de cumplir {n}.", "Cumplí {n} años en marzo.", "Mi abuela tiene {w} años."]),
    "pt": (None, ["Fiz {n} anos ontem.", "Eu tenho {n} anos de idade.", "Meu pai tem {w} anos."]),
    "it": (None, ["Compio {n} anni domani.", "Ho compiuto {n} anni.", "Ho {w} anni."]),
    "ru": (None, ["Мне уже {n}.", "Мне исполнилось {n} в мае.", "Моей маме {w} {ru}."]),
    "tr": (None, ["{n} yaşında bir öğretmenim.", "Annem {w} yaşında."]),
    "ar": ("arab", ["أنا في ال{n} من عمري.", "عمري {n} عام وطلبي متأخر.", "أبلغ من العمر {n} عاما."]),
    "fa": ("pers", ["سن من {n} سال است.", "من {n} ساله‌ام و منتظر بسته هستم."]),
    "hi": ("deva", ["मैं {n} वर्ष का हूं।", "मेरी आयु {n} वर्ष है।"]),
    "zh": (None, ["本人今年{n}周岁。", "我{n}岁了，还没收到货。"]),
    "ja": (None, ["{n}歳の会社員です。", "今年で{n}歳になります。"]),
    "ko": (None, ["올해 {n}살입니다.", "만 {n}세입니다."]),
    "th": ("thai", ["ดิฉันอายุ {n} ปีค่ะ", "ปีนี้ผมอายุ {n} แล้ว"]),
    "vi": (None, ["Năm nay tôi {n} tuổi.", "Con trai tôi {n} tuổi."]),
    "he": (None, ["אני בת {n}.", "הבן שלי בן {n}."]),
    "da": (None, ["Jeg er {n} år gammel.", "Alder: {n}"]),
    "fi": (None, ["Olen {n}-vuotias.", "Ikä: {n}"]),
    "sk": (None, ["Mám {n} rokov.", "Vek: {n}"]),
    "sr": (None, ["Имам {n} година.", "Године: {n}"]),
    "bg": (None, ["На {n} години съм.", "Възраст: {n}"]),
    "lt": (None, ["Man {n} metų.", "Amžius: {n}"]),
    "lv": (None, ["Man ir {n} gadi.", "Vecums: {n}"]),
    "sw": (None, ["Nina miaka {n}.", "Umri: {n}"]),
    "tl": (None, ["Ako ay {n} taong gulang.", "Edad: {n}"]),
    "ms": (None, ["Saya berumur {n} tahun.", "Umur: {n}"]),
    "ta": (None, ["எனக்கு {n} வயது.", "வயது: {n}"]),
    "te": (None, ["నా వయస్సు {n} సంవత్సరాలు.", "వయస్సు: {n}"]),
    "mr": ("deva", ["माझे वय {n} वर्षे आहे.", "वय: {n}"]),
    "ne": ("deva", ["म {n} वर्षको हुँ।", "उमेर: {n}"]),
    "pa": ("guru", ["ਮੇਰੀ ਉਮਰ {n} ਸਾਲ ਹੈ।", "ਉਮਰ: {n}"]),
    "gu": ("gujr", ["મારી ઉંમર {n} વર્ષ છે.", "ઉંમર: {n}"]),
    "km": ("khmr", ["ខ្ញុំអាយុ {n} ឆ្នាំ", "អាយុ: {n}"]),
    "my": ("mymr", ["ကျွန်တော် အသက် {n} နှစ်ပါ", "အသက်: {n}"]),
    "ka": (None, ["ვარ {n} წლის.", "ასაკი: {n}"]),
    "hy": (None, ["Ես {n} տարեկան եմ։", "Տարիք: {n}"]),
    "az": (None, ["Mənim {n} yaşım var.", "Yaş: {n}"]),
    "uz": (None, ["Men {n} yoshdaman.", "Yosh: {n}"]),
    "am": (None, ["እድሜዬ {n} ነው።", "ዕድሜ: {n}"]),
}
# ordinary text full of numbers, nothing personal: {a} {b} {c} numbers (digits of the language's script)
CLEAN_DEV: dict[str, list[str]] = {
    "en": ["I have 34 items in my cart and 3 years of warranty left.", "Room 34 on floor 2, ticket 5521.",
           "We have shipped for 12 years; the box weighs 34 kg.", "I'm 2 days late with order 8841, sorry.",
           "She is 5 minutes away; he was 20 minutes late.", "Price: 34 USD, 3 for 90."],
    "de": ["Ich habe 34 Artikel bestellt und 3 Jahre Garantie.", "Zimmer 34, Etage 2, seit 12 Jahren Kunde.",
           "Die 5-jährige Garantie gilt ab 2021.", "Ich bin 20 Minuten zu spät."],
    "fr": ["J'ai 34 articles et 3 ans de garantie.", "J'ai 5 ans d'expérience, chambre 34.",
           "Il y a 12 ans, le prix était de 34 euros."],
    "es": ["Tengo 34 pedidos y 3 años de garantía.", "Tengo 5 años de experiencia en ventas.",
           "Hace 12 años que compro aquí; habitación 34."],
    "it": ["Ho 34 articoli nel carrello e 3 anni di garanzia.", "Ho 5 anni di esperienza, stanza 34."],
    "pt": ["Tenho 34 itens e 3 anos de garantia.", "Há 12 anos que compro aqui, sala 34."],
    "nl": ["Ik heb 34 artikelen en 3 jaar garantie.", "Kamer 34, al 12 jaar klant."],
    "sv": ["Jag har 34 varor och 3 års garanti.", "Rum 34, kund i 12 år."],
    "pl": ["Mam 34 produkty i 3 lata gwarancji.", "Pokój 34, klient od 12 lat."],
    "cs": ["Mám 34 položek a 3 roky záruky.", "Pokoj 34, zákazník 12 let."],
    "ro": ["Am 34 de produse și 3 ani garanție.", "Camera 34, client de 12 ani."],
    "hu": ["34 terméket rendeltem, 3 év garanciával.", "34-es szoba, 12 éve vásárlok."],
    "ru": ["У меня 34 товара и 3 года гарантии.", "Комната 34, я клиент уже 12 лет."],
    "uk": ["У мене 34 товари і 3 роки гарантії.", "Кімната 34, клієнт 12 років."],
    "el": ["Έχω 34 προϊόντα και 3 χρόνια εγγύηση.", "Δωμάτιο 34, πελάτης εδώ και 12 χρόνια."],
    "tr": ["34 ürün sipariş ettim, 3 yıl garanti var.", "Oda 34, 12 yıldır müşteriyim."],
    "ar": ["عندي {a} طلب وضمان {b} سنوات.", "الغرفة {a}، أتعامل معكم منذ {c} سنة.", "السعر {a} ريال."],
    "fa": ["{a} سال است که اینجا خرید می‌کنم.", "سفارش {a} با {b} سال گارانتی.", "قیمت {a} تومان."],
    "ur": ["میرے پاس {a} آرڈر ہیں اور {b} سال کی وارنٹی۔", "کمرہ {a}۔"],
    "hi": ["मैं {a} साल से यहाँ खरीदारी कर रहा हूँ।", "ऑर्डर {a} की कीमत {b} रुपये है।", "{b} साल की वारंटी।"],
    "bn": ["অর্ডার নম্বর {a}, দাম {b} টাকা।", "{b} বছরের ওয়ারেন্টি।"],
    "zh": ["我在这里买了{b}年了，订单{a}号。", "保修{b}年，价格{a}元。"],
    "ja": ["{b}年保証で、価格は{a}円です。", "注文番号{a}、{b}年間利用しています。"],
    "ko": ["{b}년 동안 이용했어요. 주문번호 {a}.", "보증 기간 {b}년, 가격 {a}원."],
    "th": ["รับประกัน {b} ปี ราคา {a} บาท", "ห้อง {a} ชั้น {b}"],
    "vi": ["Bảo hành {b} năm, giá {a} nghìn.", "Phòng {a}, tôi mua ở đây {b} năm rồi."],
    "id": ["Garansi {b} tahun, harga {a} ribu.", "Kamar {a}, sudah {b} tahun jadi pelanggan."],
    "he": ["יש לי {a} פריטים ו-{b} שנות אחריות.", "חדר {a}."],
}
CLEAN_HELD: dict[str, list[str]] = {
    "en": ["The lease runs 34 months; we moved in 3 years ago.", "Pack of 34, aged cheddar 12 months.",
           "Turn 34 degrees left; the tour is 12 km.", "We were 34 people at the event."],
    "de": ["Wir sind seit 34 Jahren am Markt.", "Das Gerät ist 3 Jahre alt."],
    "fr": ["Le contrat dure 34 mois; l'appareil a 3 ans.", "Nous sommes 34 au bureau."],
    "es": ["El contrato dura 34 meses.", "La empresa tiene 34 años en el mercado."],
    "ru": ["Компании 34 года.", "Гарантия 3 года, цена 340 рублей."],
    "tr": ["Şirketimiz 34 yıllık.", "Kargo 3 gün sürdü."],
    "ar": ["الشركة عمرها {a} سنة.", "التوصيل خلال {b} أيام."],
    "fa": ["شرکت {a} سال سابقه دارد.", "ارسال {b} روز طول کشید."],
    "hi": ["कंपनी {a} साल पुरानी है।", "डिलीवरी में {b} दिन लगे।"],
    "zh": ["公司成立{a}年了。", "快递用了{b}天。"],
    "ja": ["創業{a}年の会社です。", "配送に{b}日かかりました。"],
    "ko": ["회사는 {a}년 되었습니다.", "배송에 {b}일 걸렸어요."],
    "th": ["บริษัทเปิดมา {a} ปีแล้ว", "ส่งของใช้เวลา {b} วัน"],
    "da": ["Firmaet er 34 år gammelt.", "Levering tager 3 dage."],
    "fi": ["Yritys on 34 vuotta vanha.", "Toimitus kesti 3 päivää."],
    "sw": ["Kampuni ina miaka 34.", "Usafirishaji ulichukua siku 3."],
    "mr": ["कंपनी {a} वर्षे जुनी आहे.", "डिलिव्हरीला {b} दिवस लागले."],
    "pa": ["ਕੰਪਨੀ {a} ਸਾਲ ਪੁਰਾਣੀ ਹੈ।", "ਡਿਲਿਵਰੀ {b} ਦਿਨ।"],
    "km": ["ក្រុមហ៊ុនមាន {a} ឆ្នាំ", "ដឹកជញ្ជូន {b} ថ្ងៃ"],
    "my": ["ကုမ္ပဏီ {a} နှစ်ရှိပြီ", "ပို့ဆောင်ချိန် {b} ရက်"],
    "ka": ["კომპანია 34 წლისაა.", "მიწოდება 3 დღე."],
    "az": ["Şirkət 34 yaşındadır.", "Çatdırılma 3 gün."],
}


def digits(s: str, script: str | None) -> str:
    return s if script is None else "".join(chr(ZERO[script] + int(c)) if c.isdigit() else c for c in s)


def ru_years(n: int) -> str:
    return "год" if n % 10 == 1 and n % 100 != 11 else "года" if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14 else "лет"


def uk_years(n: int) -> str:
    return "рік" if n % 10 == 1 and n % 100 != 11 else "роки" if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14 else "років"


def build(part: str, per: int, seed: int) -> tuple[list[tuple[str, str, str]], list[tuple[str, str]]]:
    """(planted: (lang, text, value as written), clean: (lang, text))."""
    from num2words import num2words

    rng = random.Random(f"{seed}-{part}")
    table = DEV if part == "dev" else DEV2 if part == "dev2" else HELD
    planted = []
    for lang, (script, temps) in table.items():
        for t in temps:
            for _ in range(per):
                n = rng.randint(13, 89) if "{w}" in t else rng.randint(18, 95) if rng.random() < 0.85 else rng.randint(2, 17)
                if "{w}" in t:
                    value = num2words(n, lang=lang)
                    text = t.format(w=value, ru=ru_years(n))
                else:
                    native = script is not None and rng.random() < 0.5
                    value = digits(str(n), script if native else None)
                    text = t.format(n=value, ru=ru_years(n), uk=uk_years(n))
                planted.append((lang, text, value))
    clean = []
    native_of = {k: v[0] for k, v in {**DEV, **DEV2, **HELD}.items()}
    for lang, temps in (CLEAN_HELD if part == "held" else CLEAN_DEV).items():
        for t in temps:
            for _ in range(max(1, per // 2)):
                sc = native_of.get(lang) if rng.random() < 0.5 else None
                nums = {k: digits(str(rng.randint(lo, hi)), sc) for k, lo, hi in
                        (("a", 20, 95), ("b", 2, 15), ("c", 10, 40))}
                clean.append((lang, t.format(**nums)))
    return planted, clean


def left(value: str, copy: str) -> bool:
    if value[:1].isdigit():
        return re.search(rf"(?<!\d){re.escape(value)}(?!\d)", copy) is not None
    return re.search(rf"(?<!\w){re.escape(value)}(?!\w)", copy, re.I) is not None


def words(s: str) -> Counter:
    return Counter(re.findall(r"[^\W_]+", s.casefold()))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--part", choices=["dev", "dev2", "held"], default="dev")
    ap.add_argument("--per", type=int, default=3, help="records per template")
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--policy", default="default")
    ap.add_argument("--by-lang", action="store_true")
    ap.add_argument("--show", action="store_true", help="print each leaked / changed record (local analysis)")
    ap.add_argument("--no-gate", action="store_true", help="scrub only (no check, no verdict): faster")
    args = ap.parse_args()
    os.environ.setdefault("GOVERNED_TUNING_PSEUDONYM_KEY", KEY)
    from governed_tuning.gates.pii import PiiGate
    from governed_tuning.policy import load_policy

    pol = load_policy(args.policy).policy.pii
    gate = PiiGate(pol)
    planted, clean = build(args.part, args.per, args.seed)
    t0 = time.time()
    out, _ = gate.scrub_records([{"text": t} for _, t, _ in planted])
    left_by: Counter = Counter()
    of: Counter = Counter()
    lost_by: Counter = Counter()
    words_by: Counter = Counter()
    for (lang, text, value), rec in zip(planted, out):
        of[lang] += 1
        copy = rec["text"]
        if left(value, copy):
            left_by[lang] += 1
            if args.show:
                print(f"  LEFT {lang}: {text!r} -> {copy!r}")
        base = words(text.replace(value, " "))
        lost = base - words(copy)
        lost_by["planted"] += sum(lost.values())
        words_by["planted"] += sum(base.values())
        if args.show and lost:
            print(f"  lost {lang}: {text!r} -> {copy!r}")
    cout, _ = gate.scrub_records([{"text": t} for _, t in clean])
    changed_by: Counter = Counter()
    cof: Counter = Counter()
    for (lang, text), rec in zip(clean, cout):
        cof[lang] += 1
        copy = rec["text"]
        base = words(text)
        lost = base - words(copy)
        lost_by["clean"] += sum(lost.values())
        words_by["clean"] += sum(base.values())
        if copy != text:
            changed_by[lang] += 1
            if args.show:
                print(f"  CHANGED {lang}: {text!r} -> {copy!r}")
    lines = [f"## pii_ages11 --part {args.part} --per {args.per} --seed {args.seed} (policy {args.policy})", "",
             f"planted ages left by the scrub: {sum(left_by.values())}/{len(planted)} "
             f"({100 * sum(left_by.values()) / max(1, len(planted)):.1f}%); other words lost on planted records "
             f"{lost_by['planted']}/{words_by['planted']} ({100 * lost_by['planted'] / max(1, words_by['planted']):.2f}%)",
             f"clean records changed: {sum(changed_by.values())}/{len(clean)}; content lost {lost_by['clean']}/"
             f"{words_by['clean']} words ({100 * lost_by['clean'] / max(1, words_by['clean']):.2f}%)"]
    if args.by_lang:
        lines.append("per language, left/planted (clean changed/records): " + ", ".join(
            f"{k} {left_by[k]}/{of[k]}" + (f" ({changed_by[k]}/{cof[k]})" if cof[k] else "") for k in sorted(of)))
    if not args.no_gate:
        folder = Path(tempfile.mkdtemp(prefix="pii-ages11-"))
        try:
            for name, texts in (("planted", [t for _, t, _ in planted]), ("clean", [t for _, t in clean])):
                src = folder / f"{name}.jsonl"
                src.write_text("".join(json.dumps({"text": t}, ensure_ascii=False) + "\n" for t in texts),
                               encoding="utf-8")
                res = gate.check(src, folder / f"{name}.out.jsonl")
                rs = res.evidence.model_dump().get("rescan", {})
                rep = rs.get("scrubbed_after_rescan_by_type", {})
                written = folder / f"{name}.out.jsonl"
                nleft = 0
                if written.exists() and name == "planted":
                    rows = [json.loads(x)["text"] for x in written.read_text(encoding="utf-8").splitlines()]
                    nleft = sum(left(v, r) for (_, _, v), r in zip(planted, rows))
                lines.append(f"gate on {name}: verdict {res.verdict}; re-scan repaired {sum(rep.values())} "
                             f"({', '.join(f'{k} {v}' for k, v in sorted(rep.items())) or '-'})"
                             + (f"; ages left in the written copy {nleft}" if name == "planted" else ""))
                if res.verdict != "pass":
                    lines.append(f"  why: {res.reasons[0][:300]}")
        finally:
            shutil.rmtree(folder, ignore_errors=True)
    lines.append(f"{time.time() - t0:.0f} s")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
