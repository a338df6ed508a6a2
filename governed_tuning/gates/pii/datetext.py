"""Dates as every script writes them, and the words that make a date an event's rather than a birth's.

Shared by the detector's dates of birth (``birthdates.py``) and the re-scan's independent pass
(``rescan_independent.birth_dates``), which keep their own date patterns and words of birth.

Why:

* **Native digits.** Bengali, Devanagari, Arabic, Persian, Burmese, Thai, Khmer, Lao... write dates in their own
  decimal digits ("১৪ মার্চ ১৯৮৭", "۱۴/۰۳/۱۹۸۷"). A pattern's ``(?:19|20)\\d\\d`` is ASCII at its head, so such a
  date of birth was never read as a date (in prose its year survived the scrub). ``ascii_digits`` folds every
  Unicode decimal digit to its ASCII value (``charsets.DIGITS``): one character for one, so every position
  found in the folded text is the same in the original.
* **Buddhist-era years.** Thai dates count years from 543 BC ("14 มีนาคม 2530" is 1987): ``YEAR4`` reads those
  years too (2480-2569, that is 1937-2026) and ``gregorian`` turns them back.
* **Marks.** Python's ``re`` counts the vowel signs of Indic, Thai, Lao, Burmese and Khmer words as non-word
  characters, so a month's name there ("မတ်", "មីនា", "ມີນາ") is not one ``\\w+`` run: ``MARKS`` lists them.
* **Events.** A date next to a word of an event ("delivered", "due", "entrega", "Lieferung", "期限", "доставка")
  is that event's date. The re-scan confirmed such dates as births when a word of birth stood a few words away
  ("Birthday cake order, delivery 14/03/2025"), and one confirmed finding blocks a whole file. ``EVENT`` is this
  project's own labelled vocabulary of business events in the languages we ship to (orders, deliveries,
  shipping, invoices and payments, due dates and deadlines, meetings and appointments, issue and expiry,
  validity, bookings); ``birth_governs`` says whether a word of birth, and not an event, governs a date.
"""

from __future__ import annotations

import re

from . import charsets

__all__ = ["ascii_digits", "YEAR4", "gregorian", "MARKS", "EVENT", "birth_governs", "event_before",
           "BIDI", "NOSPACE"]

# ------------------------------------------------------------------ digits

# a digit of another script, or a space CLDR's patterns write inside dates (no-break, narrow no-break, figure and
# thin spaces: "2005\u202fг.", "1960\u202fоны", "14\u00a0mars 1987")
NON_ASCII_DIGIT = re.compile(r"(?![0-9])\d|[\u00a0\u2007\u2009\u202f]")
# the digits' table is the numbers' reader's (``charsets.DIGITS``: ``recognizers.plain_separators`` reads the same)
_FOLD = {**charsets.DIGITS, **{ord(c): " " for c in "\u00a0\u2007\u2009\u202f"}}


def ascii_digits(text: str) -> str:
    """``text`` with every decimal digit of any script written as its ASCII digit, and the no-break spaces
    dates are written with as plain spaces (same length, same positions); the text itself when it has none
    (the common case, one C-speed test)."""
    if text.isascii() or not NON_ASCII_DIGIT.search(text):
        return text
    return text.translate(_FOLD)


# ------------------------------------------------------------------ years

# a Gregorian year of a living person or a recent record, or the same years of the Thai (Buddhist) era
YEAR4 = r"(?:(?:19|20)\d\d|24[89]\d|25[0-6]\d)"
BUDDHIST_ERA = 543


def gregorian(year: int) -> int:
    """The Gregorian year of a year ``YEAR4`` read (a Buddhist-era year is 543 years ahead)."""
    return year - BUDDHIST_ERA if year >= 2400 else year


# ------------------------------------------------------------------ scripts

# combining marks of scripts ``re`` does not count as word characters (Latin accents written apart, Hebrew
# points, Arabic harakat, Indic and Sinhala vowel signs, Thai, Lao, Burmese and Khmer signs, ZWNJ/ZWJ)
MARKS = ("\u0300-\u036f\u0591-\u05c7\u05f3\u0610-\u061a\u064b-\u065f\u0670\u0900-\u0dff\u0e31\u0e34-\u0e3a"
         "\u0e47-\u0e4e\u0eb1\u0eb4-\u0ebc\u0ec8-\u0ecd\u102b-\u103e\u1056-\u1059\u105e-\u1060\u1062-\u1064"
         "\u1067-\u106d\u1071-\u1074\u1082-\u108d\u108f\u109a-\u109d\u17b4-\u17d3\u17dd\u200c\u200d")
# scripts written without spaces between words (Thai, Lao, Burmese, Khmer, kana, CJK, Hangul): a date or a word
# touches the words around it there
NOSPACE = charsets.NOSPACE
# the direction marks right-to-left text puts inside a date ("14\u200f/03\u200f/1987", Babel's ar_EG short form)
BIDI = "\u200e\u200f\u061c"

# ------------------------------------------------------------------ events

# words of a business event, by language (stems: "deliver" reads "delivered", "delivery"); this project's own
# vocabulary, written per language, not a generator's
EVENT_WORDS = (
    # English
    r"deliver\w*|ship(?:ped|ping|ment|s)?\b|dispatch\w*|sent|due|deadline|expir\w*|valid\w*|issued?|issue\s+date|"
    r"paid|payment\w*|pay\s+by|invoice\w*|bill(?:ed|ing)?|order(?:ed|s)?|purchas\w*|booking|booked|reserv\w*|"
    r"meeting|appointment|scheduled|arriv\w*|depart\w*|return\w*|refund\w*|renew\w*|effective|signed|"
    r"registered|created|updated|opened|closed|received|collect\w*|pick-?up|until|since|starts?|ends?|"
    r"check-?in|check-?out|tracking|delivery|eta|"
    # German, Dutch, Scandinavian
    r"liefer\w*|geliefert|versand\w*|versendet|verschickt|zugestellt|zustellung|fällig\w*|frist\w*|termin\w*|"
    r"zahlung\w*|bezahlt|überwiesen|rechnung\w*|bestell\w*|buchung\w*|gebucht|ablauf\w*|läuft|gültig\w*|"
    r"ausgestellt|eingegangen|besprechung|sitzung|treffen|abholung|rücksendung|erstattung|"
    r"bezorg\w*|geleverd|levering|verzonden|verzending|factuur|vervalt|vervaldatum|betaling\w*|betaald|"
    r"bestelling|vergadering|afspraak|geldig\w*|uitgegeven|ontvangen|"
    r"levere\w*|skickat|skickad|faktura\w*|förfaller|förfallodag|betal\w*|möte|mötet|bokning|giltig\w*|"
    r"leveret|sendt|forfald\w*|møde|gyldig\w*|utløp\w*|"
    # Romance
    r"livr\w*|expédi\w*|envoy\w*|factur\w*|échéance|régler|réglé|paiement|payé|commande\w*|réunion|"
    r"rendez-vous|rdv|réservation|valable|délivré|expir\w*|"
    r"entreg\w*|envi(?:ado|ada|o)|enví[oa]|factura\w*|vence\w*|vencimiento|pag(?:o|ado|ada|ar)|pedido\w*|"
    r"reuni[oó]n|cita|reserva\w*|caduc\w*|emitid[oa]|expedid[oa]|plazo|"
    r"consegn\w*|spedit\w*|spedizione|fattura\w*|scad\w*|pagament\w*|pagat[oa]|ordine|riunione|"
    r"appuntamento|prenotazione|rilasciat[oa]|"
    r"entregue|enviad[oa]|fatura\w*|vence|pedido|reunião|consulta|validade|emissão|"
    r"livrat\w*|factur[aă]\w*|scaden\w*|plat[aă]\w*|comand[aă]\w*|întâlnire|"
    # Slavic, Baltic, Greek, Hungarian, Finnish, Turkish
    r"dostarcz\w*|wysła\w*|wysyłk\w*|faktur\w*|płatn\w*|termin\w*|zamówieni\w*|spotkani\w*|ważn\w*|"
    r"doruč\w*|odeslán\w*|splatn\w*|platb\w*|objednávk\w*|schůzk\w*|platnost\w*|"
    r"доставк\w*|доставлен\w*|отправлен\w*|отгруж\w*|счёт|счет|оплат\w*|заказ\w*|встреч\w*|срок\w*|"
    r"истека\w*|действ\w*|выдан\w*|получен\w*|"
    r"доставлено|відправлено|рахунок|замовлен\w*|зустріч\w*|термін\w*|дійсн\w*|"
    r"παράδοσ\w*|παραδόθηκε|αποστολ\w*|τιμολόγι\w*|λήγει|λήξη\w*|πληρωμ\w*|παραγγελί\w*|συνάντησ\w*|ραντεβού|"
    r"kézbesít\w*|szállít\w*|számla\w*|fizet\w*|határidő\w*|rendelés\w*|lejár\w*|érvényes\w*|"
    r"toimit\w*|lähetet\w*|lasku\w*|eräpäivä|maksu\w*|tilau\w*|kokous|tapaaminen|voimassa|"
    r"teslim\w*|kargo\w*|fatura\w*|ödeme\w*|sipariş\w*|toplantı\w*|randevu\w*|son\s+kullanma|geçerli\w*|"
    # Semitic, Persian, Indic
    r"تسليم|التسليم|شحن|الشحن|فاتورة|الفاتورة|استحقاق|دفع|الدفع|طلب|الطلب|اجتماع|الاجتماع|موعد|انتهاء|صلاحية|"
    r"تحويل|سفارش|تحویل|ارسال|فاکتور|پرداخت|جلسه|انقضا|مهلت|"
    r"הזמנה|ההזמנה|משלוח|נמסרה|נשלח|חשבונית|תשלום|לתשלום|פגישה|תפוגה|תוקף|"
    r"डिलीवर\w*|डिलीवरी|भेजा|चालान|भुगतान|ऑर्डर|बैठक|मीटिंग|नियत|समाप्ति|"
    r"ডেলিভারি|পাঠানো|চালান|পরিশোধ|অর্ডার|সভা|মেয়াদ|"
    r"வழங்கப்பட்ட\w*|அனுப்ப\w*|விலைப்பட்டியல்|செலுத்த\w*|ஆர்டர்|கூட்டம்|காலாவதி|"
    # South-East and East Asia (no spaces: stems touch the date)
    r"จัดส่ง|ส่งสินค้า|ส่ง|ใบแจ้งหนี้|ครบกำหนด|ชำระ|คำสั่งซื้อ|ประชุม|นัดหมาย|หมดอายุ|"
    r"giao|gửi|hóa\s+đơn|hạn|thanh\s+toán|đơn\s+hàng|họp|hết\s+hạn|"
    r"dikirim|pengiriman|faktur|jatuh\s+tempo|pembayaran|pesanan|rapat|kedaluwarsa|berlaku|"
    r"配達|配送|発送|お届け|出荷|請求|支払|期限|注文|打ち合わせ|会議|予約|有効|"
    r"送达|送達|发货|發貨|配送|发票|發票|付款|期限|到期|订单|訂單|开会|會議|预约|預約|有效期|"
    r"배송|발송|청구|납부|기한|주문|회의|예약|만료"
)
EVENT = re.compile(rf"(?i)(?:(?<![^\W{NOSPACE}])|(?<=\d))(?:{EVENT_WORDS})(?![^\W\d{NOSPACE}])")
# what ends a clause between a word and a date: a word of birth there governs something else
CLAUSE = re.compile(r"[;!?。！？\n]|[.,،、]\s+\S+\s+\S+\s+\S")
SENTENCE_END = re.compile(r"[.!?。！？;]\s|[。！？]")
GAP_WORD = re.compile(rf"[^\W\d{NOSPACE}](?:[^\W\d{NOSPACE}]|[{MARKS}])+")  # a word, its marks included
MAX_GAP_WORDS = 7  # "born at St Mary's Hospital in London on 14 March 1987"
EVENT_WINDOW = 32


def event_before(text: str, start: int, since: int = 0) -> bool:
    """Whether a word of an event stands in the ``EVENT_WINDOW`` characters before ``start`` on its line and in
    its sentence (and after ``since``): "Lieferung am 14.03.2025", "delivered on 3 May", "ส่งสินค้าวันที่ 14/03/2567";
    not "청구서 금액이 틀렸어요. ... 1974.05.02 출생" (the invoice was the sentence before)."""
    lo = max(since, start - EVENT_WINDOW, text.rfind("\n", 0, start) + 1)
    for m in SENTENCE_END.finditer(text, lo, start):  # an event of an earlier sentence governs nothing here
        lo = m.end()
    return EVENT.search(text, lo, start) is not None


def birth_governs(text: str, word_start: int, word_end: int, date_start: int, date_end: int,
                  limit: int = 40) -> bool:
    """Whether a word of birth at [word_start, word_end) governs the date at [date_start, date_end): near it
    (``limit`` characters), in the same clause (no line break, sentence end or long aside between), at most
    ``MAX_GAP_WORDS`` words between them ("born in Lyon on"), no word of an event between, and, when the word
    of birth comes after the date ("14.03.1987 geboren"), no word of an event just before the date."""
    if word_end <= date_start:  # the word before the date
        gap = text[word_end:date_start]
        if len(gap) > limit or EVENT.search(gap):
            return False
    else:  # the word after the date
        gap = text[date_end:word_start]
        if len(gap) > limit or EVENT.search(gap) or event_before(text, date_start):
            return False
    if not gap.strip(" \t\r\n:：=-\"'|,;"):
        return True  # a label and its value, on one line or the next ("DOB\n14/03/1987")
    return not CLAUSE.search(gap) and len(GAP_WORD.findall(gap)) <= MAX_GAP_WORDS
