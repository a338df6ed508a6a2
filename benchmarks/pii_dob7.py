"""Dates of birth in every script, judged both ways: DOBs written the ways 44 locales write dates must not
survive a scrub, and ordinary dated business records in 24 languages must pass the gate untouched.

    .venv/bin/python benchmarks/pii_dob7.py [--part dev|held|all] [--rows 12] [--seed 7] [--policy default]

A dev set made here with a fixed seed, from sources outside the project: names from Faker, dates formatted by
Babel's CLDR patterns (``format_date`` short, medium, long and full for each locale, plus ISO), written in the
locale's native digits where it has them (``unicodedata`` decimal digits; bn, mr, ne, ar, fa, my, hi, ta, th),
Thai dates also in the Buddhist era ("พ.ศ. 2530"). Birth labels and the business-record templates are this
file's own vocabulary (written here, per language), not any generator's.

- ``dob``: per locale, a JSONL file of records, each holding one date of birth after a birth label
  ("Fecha de nacimiento: 14 de marzo de 1987", "{name}, জন্ম তারিখ ১৪ মার্চ, ১৯৮৭"), a CSV table
  (name / birth-date / town, the header in the locale's language) and a Parquet file of the same under English
  headers (``name``, ``date_of_birth``, ``city``: the dates read by their format alone), and one with bland
  headers (``c1``, ``c2``, ``c3``: a column of birth dates typed by its values alone);
- ``clean``: per language, ordinary dated records (orders delivered, invoices due, meetings, shipping,
  expiry, payments; some "birthday" orders) with past, current-year and future dates: nothing to scrub.

``--part dev`` is the half of the locales and languages tuned on; ``held`` the other half, run at the end.
Reported per locale: DOBs left in the copy (the date, or its year, still there), the default gate's verdict
and whether it is right (a copy with a DOB left must fail; a copy with none must not fail for a DOB: a block
for another kind left, such as a town, is shown beside it and is that kind's figure); per clean language:
dates changed (content lost), re-scan findings and the verdict (a block is a false block). One run;
nothing is written to the repository.
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
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

# locale: (Faker locale or None, birth label in its language, name header, birth header, town header)
DOB_LOCALES: dict[str, tuple[str | None, str, str, str, str]] = {
    # dev half
    "en_US": ("en_US", "Date of birth", "Name", "Date of birth", "City"),
    "de_DE": ("de_DE", "Geburtsdatum", "Name", "Geburtsdatum", "Ort"),
    "fr_FR": ("fr_FR", "Date de naissance", "Nom", "Date de naissance", "Ville"),
    "es_ES": ("es_ES", "Fecha de nacimiento", "Nombre", "Fecha de nacimiento", "Ciudad"),
    "it_IT": ("it_IT", "Data di nascita", "Nome", "Data di nascita", "Città"),
    "pt_BR": ("pt_BR", "Data de nascimento", "Nome", "Data de nascimento", "Cidade"),
    "pl_PL": ("pl_PL", "Data urodzenia", "Imię i nazwisko", "Data urodzenia", "Miasto"),
    "ru_RU": ("ru_RU", "Дата рождения", "ФИО", "Дата рождения", "Город"),
    "el_GR": ("el_GR", "Ημερομηνία γέννησης", "Ονοματεπώνυμο", "Ημερομηνία γέννησης", "Πόλη"),
    "tr_TR": ("tr_TR", "Doğum tarihi", "Ad Soyad", "Doğum tarihi", "Şehir"),
    "ar_EG": ("ar_EG", "تاريخ الميلاد", "الاسم", "تاريخ الميلاد", "المدينة"),
    "he_IL": ("he_IL", "תאריך לידה", "שם", "תאריך לידה", "עיר"),
    "hi_IN": ("hi_IN", "जन्म तिथि", "नाम", "जन्म तिथि", "शहर"),
    "ta_IN": ("ta_IN", "பிறந்த தேதி", "பெயர்", "பிறந்த தேதி", "நகரம்"),
    "th_TH": ("th_TH", "วันเกิด", "ชื่อ", "วันเกิด", "เมือง"),
    "ja_JP": ("ja_JP", "生年月日", "氏名", "生年月日", "市区町村"),
    "ko_KR": ("ko_KR", "생년월일", "이름", "생년월일", "도시"),
    "am_ET": (None, "የትውልድ ቀን", "ስም", "የትውልድ ቀን", "ከተማ"),
    "bn_BD": ("bn_BD", "জন্ম তারিখ", "নাম", "জন্ম তারিখ", "শহর"),
    "ka_GE": ("ka_GE", "დაბადების თარიღი", "სახელი", "დაბადების თარიღი", "ქალაქი"),
    "my_MM": (None, "မွေးသက္ကရာဇ်", "အမည်", "မွေးသက္ကရာဇ်", "မြို့"),
    "zh_CN": ("zh_CN", "出生日期", "姓名", "出生日期", "城市"),
    # held-out half
    "sv_SE": ("sv_SE", "Födelsedatum", "Namn", "Födelsedatum", "Ort"),
    "cs_CZ": ("cs_CZ", "Datum narození", "Jméno", "Datum narození", "Město"),
    "uk_UA": ("uk_UA", "Дата народження", "ПІБ", "Дата народження", "Місто"),
    "fa_IR": ("fa_IR", "تاریخ تولد", "نام", "تاریخ تولد", "شهر"),
    "mr_IN": (None, "जन्मतारीख", "नाव", "जन्मतारीख", "शहर"),
    "ne_NP": ("ne_NP", "जन्म मिति", "नाम", "जन्म मिति", "शहर"),
    "hy_AM": ("hy_AM", "Ծննդյան ամսաթիվ", "Անուն", "Ծննդյան ամսաթիվ", "Քաղաք"),
    "km_KH": (None, "ថ្ងៃខែឆ្នាំកំណើត", "ឈ្មោះ", "ថ្ងៃខែឆ្នាំកំណើត", "ទីក្រុង"),
    "zh_TW": ("zh_TW", "出生日期", "姓名", "出生日期", "城市"),
    "vi_VN": ("vi_VN", "Ngày sinh", "Họ tên", "Ngày sinh", "Thành phố"),
    "ml_IN": (None, "ജനന തീയതി", "പേര്", "ജനന തീയതി", "നഗരം"),
    "te_IN": (None, "పుట్టిన తేదీ", "పేరు", "పుట్టిన తేదీ", "నగరం"),
    "gu_IN": (None, "જન્મ તારીખ", "નામ", "જન્મ તારીખ", "શહેર"),
    "kn_IN": (None, "ಜನ್ಮ ದಿನಾಂಕ", "ಹೆಸರು", "ಜನ್ಮ ದಿನಾಂಕ", "ನಗರ"),
    "lo_LA": (None, "ວັນເດືອນປີເກີດ", "ຊື່", "ວັນເດືອນປີເກີດ", "ເມືອງ"),
    "si_LK": (None, "උපන් දිනය", "නම", "උපන් දිනය", "නගරය"),
    "ur_PK": (None, "تاریخ پیدائش", "نام", "تاریخ پیدائش", "شہر"),
    "hu_HU": ("hu_HU", "Születési dátum", "Név", "Születési dátum", "Város"),
    "ro_RO": ("ro_RO", "Data nașterii", "Nume", "Data nașterii", "Oraș"),
    "fi_FI": ("fi_FI", "Syntymäaika", "Nimi", "Syntymäaika", "Kaupunki"),
    "bg_BG": ("bg_BG", "Дата на раждане", "Име", "Дата на раждане", "Град"),
    "mn_MN": (None, "Төрсөн огноо", "Нэр", "Төрсөн огноо", "Хот"),
}
DEV_DOB = list(DOB_LOCALES)[:22]
NATIVE = {"bn": 0.6, "mr": 0.6, "ne": 0.6, "ar": 0.5, "fa": 0.6, "my": 0.6, "hi": 0.4, "ta": 0.2, "th": 0.4,
          "km": 0.4, "lo": 0.4, "ml": 0.2, "te": 0.2, "gu": 0.4, "kn": 0.3, "ur": 0.3, "am": 0.0}

# ordinary dated business records, per language: this file's own sentences
CLEAN: dict[str, tuple[str, list[str]]] = {
    # dev half
    "en": ("en_US", ["Order {n} was delivered on {d}.", "Invoice {n} is due on {d}.",
                     "Meeting with the supplier on {d} at 10:00.", "Shipped {d} via DHL, tracking {n}.",
                     "Card expires {d}; payment received.", "Birthday cake order {n}, delivery {d}.",
                     "Appointment confirmed for {d}."]),
    "de": ("de_DE", ["Bestellung {n} wurde am {d} geliefert.", "Rechnung {n} ist fällig am {d}.",
                     "Termin mit dem Lieferanten am {d} um 10 Uhr.", "Lieferung am {d}, Sendungsnummer {n}.",
                     "Zahlung eingegangen am {d}.", "Geburtstagsgeschenk, Lieferung am {d}."]),
    "fr": ("fr_FR", ["La commande {n} a été livrée le {d}.", "La facture {n} est à régler avant le {d}.",
                     "Réunion avec le fournisseur le {d} à 10h.", "Expédié le {d}, suivi {n}.",
                     "Votre commande ne sera livrée que le {d}.", "Gâteau d'anniversaire, commande {n} livrée le {d}."]),
    "es": ("es_ES", ["El pedido {n} se entregó el {d}.", "La factura {n} vence el {d}.",
                     "Reunión con el proveedor el {d} a las 10:00.", "Enviado el {d}, seguimiento {n}.",
                     "Fecha de entrega: {d}.", "Pedido para el cumpleaños, entrega el {d}."]),
    "it": ("it_IT", ["L'ordine {n} è stato consegnato il {d}.", "La fattura {n} scade il {d}.",
                     "Riunione con il fornitore il {d} alle 10.", "Spedito il {d}, tracking {n}.",
                     "Il pagamento è stato effettuato il {d}."]),
    "pt": ("pt_BR", ["O pedido {n} foi entregue em {d}.", "A fatura {n} vence em {d}.",
                     "Reunião com o fornecedor em {d} às 10h.", "Enviado em {d}, rastreio {n}.",
                     "Data de entrega: {d}."]),
    "ru": ("ru_RU", ["Заказ {n} доставлен {d}.", "Счёт {n} необходимо оплатить до {d}.",
                     "Встреча с поставщиком {d} в 10:00.", "Отправлено {d}, трек-номер {n}.",
                     "Срок действия карты истекает {d}.", "Подарок на день рождения, доставка {d}."]),
    "el": ("el_GR", ["Η παραγγελία {n} παραδόθηκε στις {d}.", "Το τιμολόγιο {n} λήγει στις {d}.",
                     "Συνάντηση με τον προμηθευτή στις {d}.", "Αποστολή {d}, αριθμός αποστολής {n}.",
                     "Ημερομηνία πληρωμής: {d}."]),
    "tr": ("tr_TR", ["{n} numaralı sipariş {d} tarihinde teslim edildi.", "{n} numaralı faturanın son ödeme tarihi {d}.",
                     "Tedarikçi ile toplantı {d} saat 10:00.", "{d} tarihinde kargoya verildi, takip no {n}.",
                     "Teslim tarihi: {d}."]),
    "ar": ("ar_EG", ["تم تسليم الطلب {n} في {d}.", "تاريخ استحقاق الفاتورة {n} هو {d}.",
                     "اجتماع مع المورد يوم {d} الساعة 10.", "تم الشحن في {d}، رقم التتبع {n}.",
                     "تاريخ انتهاء البطاقة: {d}.", "الاجتماع يوم {d} ميلادي."]),
    "hi": ("hi_IN", ["ऑर्डर {n} {d} को डिलीवर किया गया।", "चालान {n} की नियत तिथि {d} है।",
                     "आपूर्तिकर्ता के साथ बैठक {d} को सुबह 10 बजे।", "{d} को भेजा गया, ट्रैकिंग {n}।",
                     "भुगतान की तारीख: {d}", "जन्मदिन का केक, ऑर्डर {n}, डिलीवरी {d}।"]),
    "th": ("th_TH", ["คำสั่งซื้อ {n} จัดส่งแล้วเมื่อวันที่ {d}", "ใบแจ้งหนี้ {n} ครบกำหนดชำระวันที่ {d}",
                     "ประชุมกับผู้จำหน่ายวันที่ {d} เวลา 10:00 น.", "ส่งสินค้าวันที่ {d} เกิดปัญหาการจัดส่ง เลขพัสดุ {n}",
                     "วันหมดอายุ: {d}"]),
    # held-out half
    "ja": ("ja_JP", ["ご注文{n}は{d}に配達されました。", "請求書{n}のお支払期限は{d}です。", "{d}に仕入先と打ち合わせ。",
                     "{d}に発送しました。追跡番号{n}。", "有効期限：{d}", "誕生日ケーキのご注文{n}、お届けは{d}です。"]),
    "zh": ("zh_CN", ["订单{n}已于{d}送达。", "发票{n}的付款期限为{d}。", "{d}上午10点与供应商开会。",
                     "已于{d}发货，运单号{n}。", "到期日：{d}", "生日蛋糕订单{n}，{d}配送。"]),
    "ko": ("ko_KR", ["주문 {n}이(가) {d}에 배송되었습니다.", "청구서 {n}의 납부 기한은 {d}입니다.",
                     "{d} 오전 10시 공급업체와 회의.", "{d} 발송, 운송장 번호 {n}.", "만료일: {d}"]),
    "nl": ("nl_NL", ["Bestelling {n} is op {d} bezorgd.", "Factuur {n} vervalt op {d}.",
                     "Vergadering met de leverancier op {d} om 10 uur.", "Verzonden op {d}, trackingnummer {n}.",
                     "Betaling ontvangen op {d}.", "Nee, de levering is op {d}."]),
    "pl": ("pl_PL", ["Zamówienie {n} zostało dostarczone {d}.", "Faktura {n} jest płatna do {d}.",
                     "Spotkanie z dostawcą {d} o 10:00.", "Wysłano {d}, numer przesyłki {n}.",
                     "Termin płatności: {d}."]),
    "he": ("he_IL", ["ההזמנה {n} נמסרה ב-{d}.", "חשבונית {n} לתשלום עד {d}.", "פגישה עם הספק ב-{d} בשעה 10:00.",
                     "נשלח ב-{d}, מספר מעקב {n}.", "תאריך תפוגה: {d}."]),
    "ta": ("ta_IN", ["ஆர்டர் {n} {d} அன்று வழங்கப்பட்டது.", "விலைப்பட்டியல் {n} செலுத்த வேண்டிய தேதி {d}.",
                     "சப்ளையருடன் கூட்டம் {d} காலை 10 மணிக்கு.", "{d} அன்று அனுப்பப்பட்டது, கண்காணிப்பு எண் {n}.",
                     "காலாவதி தேதி: {d}"]),
    "bn": ("bn_BD", ["অর্ডার {n} {d} তারিখে ডেলিভারি হয়েছে।", "চালান {n} পরিশোধের শেষ তারিখ {d}।",
                     "সরবরাহকারীর সাথে সভা {d}।", "{d} তারিখে পাঠানো হয়েছে, ট্র্যাকিং {n}।", "মেয়াদ শেষ: {d}"]),
    "sv": ("sv_SE", ["Order {n} levererades {d}.", "Faktura {n} förfaller {d}.", "Möte med leverantören {d} kl. 10.",
                     "Skickat {d}, spårningsnummer {n}.", "Betalning mottagen {d}."]),
    "cs": ("cs_CZ", ["Objednávka {n} byla doručena {d}.", "Faktura {n} je splatná {d}.",
                     "Schůzka s dodavatelem {d} v 10:00.", "Odesláno {d}, sledovací číslo {n}.",
                     "Platnost karty končí {d}."]),
    "uk": ("uk_UA", ["Замовлення {n} доставлено {d}.", "Рахунок {n} слід оплатити до {d}.",
                     "Зустріч із постачальником {d} о 10:00.", "Відправлено {d}, номер відстеження {n}.",
                     "Термін дії: {d}."]),
    "fa": ("fa_IR", ["سفارش {n} در تاریخ {d} تحویل داده شد.", "مهلت پرداخت فاکتور {n} تا {d} است.",
                     "جلسه با تأمین‌کننده در {d} ساعت ۱۰.", "در {d} ارسال شد، کد رهگیری {n}.", "تاریخ انقضا: {d}"]),
    "vi": ("vi_VN", ["Đơn hàng {n} đã được giao ngày {d}.", "Hóa đơn {n} đến hạn thanh toán ngày {d}.",
                     "Họp với nhà cung cấp vào {d} lúc 10 giờ.", "Đã gửi ngày {d}, mã vận đơn {n}.",
                     "Ngày hết hạn: {d}"]),
    "id": ("id_ID", ["Pesanan {n} telah dikirim pada {d}.", "Faktur {n} jatuh tempo pada {d}.",
                     "Rapat dengan pemasok pada {d} pukul 10.00.", "Dikirim {d}, nomor resi {n}.",
                     "Tanggal kedaluwarsa: {d}"]),
}
DEV_CLEAN = list(CLEAN)[:12]


def native(text: str, lang: str) -> str:
    """``text`` with its ASCII digits written in the script's own decimal digits (``unicodedata``)."""
    zero = {"bn": "০", "mr": "०", "ne": "०", "hi": "०", "ar": "٠", "fa": "۰", "ur": "۰", "my": "၀", "ta": "௦",
            "th": "๐", "km": "០", "lo": "໐", "ml": "൦", "te": "౦", "gu": "૦", "kn": "೦"}.get(lang)
    if zero is None:
        return text
    assert unicodedata.digit(zero) == 0
    return "".join(chr(ord(zero) + int(c)) if c.isascii() and c.isdigit() else c for c in text)


def fmt(day: dt.date, loc: str, rng: random.Random) -> str:
    from babel.dates import format_date

    lang = loc.split("_")[0]
    style = rng.choice(["short", "medium", "long", "long", "full", "iso"])
    if style == "iso":
        s = day.isoformat()
    else:
        s = format_date(day, style, locale=loc)
    if lang == "th" and rng.random() < 0.5 and style in ("long", "full"):
        s = s.replace("ค.ศ. ", "พ.ศ. ").replace(str(day.year), str(day.year + 543))
    if rng.random() < NATIVE.get(lang, 0.0):
        s = native(s, lang)
    return s


def years_in(s: str) -> list[str]:
    """The four-digit runs of a formatted date (its year, ASCII or native)."""
    t = "".join(str(unicodedata.digit(c)) if unicodedata.digit(c, None) is not None else c for c in s)
    return [s[m.start():m.end()] for m in re.finditer(r"\d{4}", t)]


def dob_records(loc: str, rows: int, seed: int):
    from faker import Faker

    fkloc, label, hname, hbirth, htown = DOB_LOCALES[loc]
    fk = Faker(fkloc or "en_US")
    fk.seed_instance(seed)
    rng = random.Random(f"{seed}-{loc}")
    prose, table, plants = [], [], []
    for i in range(rows):
        born = dt.date(1940, 1, 1) + dt.timedelta(days=rng.randrange(365 * 66))
        s = fmt(born, loc, rng)
        name = fk.name()
        shape = i % 3
        text = (f"{label}: {s}" if shape == 0 else f"{name}, {label} {s}" if shape == 1 else
                f"Ticket {rng.randint(1000, 9999)}\n{label}: {s}\nOK")
        prose.append({"id": i, "text": text})
        table.append({hname: name, hbirth: s, htown: fk.city()})
        plants.append(s)
    return prose, table, plants


def clean_records(lang: str, rows: int, seed: int):
    loc, templates = CLEAN[lang]
    rng = random.Random(f"{seed}-clean-{lang}")
    today = dt.date.today()
    out = []
    for i in range(rows):
        r = rng.random()
        if r < 0.3:
            day = dt.date(today.year, 1, 1) + dt.timedelta(days=rng.randrange(365))
        elif r < 0.5:
            day = today + dt.timedelta(days=rng.randrange(1, 700))
        elif r < 0.85:
            day = dt.date(2012, 1, 1) + dt.timedelta(days=rng.randrange((today - dt.date(2012, 1, 1)).days))
        else:
            day = dt.date(1990, 1, 1) + dt.timedelta(days=rng.randrange(365 * 22))
        t = templates[i % len(templates)].format(n=rng.randint(100000, 999999), d=fmt(day, loc, rng))
        out.append({"id": i, "text": t})
    return out


def run_gate(records: list[dict], path: Path, policy: str):
    """The shipped gate on ``records`` written as ``path`` (JSONL, CSV or Parquet): (verdict, copy text, residual
    by kind). The copy is written whatever the verdict (a measuring limit), so leaks are counted either way."""
    from governed_tuning.gates.pii import PiiGate
    from governed_tuning.policy import load_policy

    if path.suffix == ".jsonl":
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    elif path.suffix == ".csv":
        import csv

        with path.open("w", newline="", encoding="utf-8") as fh:
            w = csv.DictWriter(fh, fieldnames=list(records[0]))
            w.writeheader()
            w.writerows(records)
    else:
        import pyarrow as pa
        import pyarrow.parquet as pq

        pq.write_table(pa.Table.from_pylist(records), path)
    pol = load_policy(policy).policy.pii
    limit = pol.max_residual_findings
    pol = pol.model_copy(update={"max_residual_findings": 10 ** 9})
    out = path.with_name("copy." + path.name)
    out.unlink(missing_ok=True)
    res = PiiGate(pol).check(path, out)
    ev = res.evidence
    n = ev["residual"] if isinstance(ev["residual"], int) else ev.get("residual_count", 0)
    verdict = "pass" if n <= limit else "fail"
    if out.suffix == ".parquet":
        import pyarrow.parquet as pq

        text = json.dumps(pq.read_table(out).to_pylist(), ensure_ascii=False)
    else:
        text = out.read_text(encoding="utf-8")
    if out.suffix == ".jsonl":
        text = json.dumps([json.loads(x) for x in text.splitlines() if x.strip()], ensure_ascii=False)
    by = dict(Counter(ev.get("residual_by_type") or {}))
    return verdict, text, by


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--part", default="dev", choices=["dev", "held", "all"])
    ap.add_argument("--rows", type=int, default=12)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--policy", default="default")
    ap.add_argument("--only", default="", help="dob or clean")
    ap.add_argument("--locales", default="", help="a comma-separated subset")
    a = ap.parse_args()
    os.environ.setdefault("GOVERNED_TUNING_PSEUDONYM_KEY", "pii-dob7-benchmark-key-not-secret-000001")
    folder = Path(tempfile.mkdtemp(prefix="pii-dob7-"))
    pick = {x for x in a.locales.split(",") if x}
    t0 = time.time()
    wrong = 0
    if a.only in ("", "dob"):
        locs = DEV_DOB if a.part == "dev" else [x for x in DOB_LOCALES if x not in DEV_DOB] if a.part == "held" \
            else list(DOB_LOCALES)
        print(f"## Dates of birth ({a.part}, seed {a.seed}, {a.rows} records per file, policy {a.policy})\n")
        print("| locale | prose: left / verdict | csv: left / verdict | parquet: left / verdict | "
              "bland parquet: left / verdict |")
        print("|---|---|---|---|---|")
        tot = Counter()
        for loc in locs:
            if pick and loc not in pick:
                continue
            prose, table, plants = dob_records(loc, a.rows, a.seed)
            cells = []
            # the CSV's header in the locale's language; the Parquet's in English (its dates read by their
            # format alone, no word of the language needed)
            english = [{"name": r[k0], "date_of_birth": r[k1], "city": r[k2]} for r in table
                       for k0, k1, k2 in [tuple(r)]]
            bland = [{"c1": r["name"], "c2": r["date_of_birth"], "c3": r["city"]} for r in english]
            for kind, recs, suffix in (("prose", prose, ".jsonl"), ("csv", table, ".csv"),
                                       ("parquet", english, ".parquet"), ("bland", bland, ".parquet")):
                verdict, text, by = run_gate(recs, folder / f"{loc}.{kind}{suffix}", a.policy)
                left = sum(1 for s in plants if s in text or any(y in text for y in years_in(s)))
                # right: a copy with a DOB left fails; one with none left is not blocked for a DOB (a block for
                # another kind, a town the scrub left, is that kind's figure, shown beside it)
                ok = verdict == "fail" if left else not by.get("DATE_OF_BIRTH")
                wrong += not ok
                tot[kind] += left
                tot[kind + "_n"] += len(plants)
                tot[kind + "_wrong"] += not ok
                cells.append(f"{left}/{len(plants)} {verdict}{'' if ok else ' WRONG'}{' ' + str(by) if by and verdict == 'fail' else ''}")
            print(f"| {loc} | " + " | ".join(cells) + " |")
        print("| all | " + " | ".join(f"{tot[k]}/{tot[k + '_n']} ({tot[k + '_wrong']} wrong verdicts)"
                                     for k in ("prose", "csv", "parquet", "bland")) + " |\n")
    if a.only in ("", "clean"):
        langs = DEV_CLEAN if a.part == "dev" else [x for x in CLEAN if x not in DEV_CLEAN] if a.part == "held" \
            else list(CLEAN)
        print(f"## Ordinary dated records ({a.part}): nothing to scrub\n")
        print("| language | records | dates changed | re-scan findings | verdict |")
        print("|---|---|---|---|---|")
        blocks = changed_all = n_all = 0
        for lang in langs:
            if pick and lang not in pick:
                continue
            recs = clean_records(lang, a.rows * 2, a.seed)
            verdict, text, by = run_gate(recs, folder / f"clean.{lang}.jsonl", a.policy)
            got = json.loads(text)
            changed = sum(1 for x, y in zip(recs, got) if x["text"] != y["text"])
            blocks += verdict != "pass"
            changed_all += changed
            n_all += len(recs)
            print(f"| {lang} | {len(recs)} | {changed} | {by or 0} | {verdict}{' FALSE BLOCK' if verdict != 'pass' else ''} |")
        print(f"| all | {n_all} | {changed_all} | | {blocks} false blocks |\n")
    print(f"wrong DOB verdicts: {wrong}; {time.time() - t0:.0f} s")
    return 0


if __name__ == "__main__":
    import hashseed  # the same data on every run: PYTHONHASHSEED=0 unless set

    hashseed.pin()
    sys.exit(main())
