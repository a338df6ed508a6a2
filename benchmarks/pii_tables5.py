"""Tables as users hand them over: CSV (several delimiters, quoting, headers in many languages, no header) and
Parquet (typed columns), each scrubbed through ``governed-tuning scrub`` as a user runs it; measured both ways.

    .venv/bin/python benchmarks/pii_tables5.py [--rows 48] [--seed 5] [--policy default] [--only a,b] [--dump DIR]

A dev set (fixed seed) made here, independent of the sealed sets and of the detector: people of 24 Faker
locales (names, street addresses in each country's script and layout, towns, phones), national numbers from
``pii_idgen`` (each accepted by python-stdnum), passport numbers, and free-text note cells in 20 languages and
scripts whose sentences were written for this benchmark (a name, a street, a town, an identifier or a phone
inside ordinary words, or nothing personal). Files:

- ``people_comma.csv``: English headers, ``,``, quoted cells with commas and line breaks;
- ``kunden_semicolon.csv``: German/French headers, ``;`` (as spreadsheets in much of Europe write it);
- ``clients_tab.tsv`` written as ``.csv``: Russian/Japanese/Spanish headers, tab-separated;
- ``noheader_pipe.csv``: no header row (the first row is a person), ``|``;
- ``people.parquet``: typed columns: a phone as int64, a birth date as a date, a list of e-mails, an address
  struct, identifiers with a labelled and an unlabelled name, notes;
- clean: ``catalogue.csv`` (product names under "name", descriptions in many languages), ``logs_semicolon.csv``,
  ``inventory_tab.csv``, ``orders.parquet`` (ints, dates, lists, structs): nothing personal.

Reported: per kind and per column type, planted values that survive in the copy (numbers also with separators
removed; a name or street also by its longest word); the shipped policy's verdict (a file with a planted value
left must fail, a file with none left, and every clean file, must pass); content lost per column type (words of
note cells that are not planted, other cells changed). A file the shipped policy blocks is scrubbed again with
the policy's pseudonyms and no residual limit, to count what the copy would have held. One run; nothing is
written to the repository.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import pii_idgen  # noqa: E402

CLI = [sys.executable, "-m", "governed_tuning.cli"]
KEY = "pii-tables5-benchmark-key-not-secret-01"

# locale -> (language of its notes, national-number kind or None, name order)
LOCALES = {
    "en_US": ("en", "US_SSN", "fl"), "en_GB": ("en", "UK_NINO", "fl"), "de_DE": ("de", "DE_TAX_ID", "fl"),
    "fr_FR": ("fr", "FR_NIR", "fl"), "es_ES": ("es", "ES_NIF", "fl"), "it_IT": ("it", "IT_FISCAL_CODE", "fl"),
    "pt_BR": ("pt", "BR_CPF", "fl"), "nl_NL": ("nl", "NL_BSN", "fl"), "pl_PL": ("pl", "PL_PESEL", "fl"),
    "ru_RU": ("ru", None, "lf "), "uk_UA": ("uk", None, "fl"), "el_GR": ("el", None, "fl"),
    "tr_TR": ("tr", "TR_NATIONAL_ID", "fl"), "he_IL": ("he", None, "fl"), "fa_IR": ("fa", None, "fl"),
    "hi_IN": ("hi", "IN_AADHAAR", "fl"), "bn_BD": ("bn", None, "fl"), "th_TH": ("th", "TH_TNIN", "fl"),
    "ja_JP": ("ja", None, "lf "), "zh_TW": ("zh", None, "lf"), "ko_KR": ("ko", "KR_RRN", "lf"),
    "vi_VN": ("vi", None, "lf "), "ka_GE": ("ka", None, "fl"), "sv_SE": ("sv", "SE_PERSONNUMMER", "fl"),
}
# notes written for this set: {name} {street} {city} {id} {phone}; the last of each list is clean
NOTES = {
    "en": ["Called back, {name} wants the parcel redirected.", "New address: {street}, {city}. Update the account.",
           "Customer gave ID {id} at the desk.", "Reach her on {phone} after 5pm.",
           "Printer jammed twice; replaced the roller and tested."],
    "de": ["Rückruf von {name}, Paket bitte umleiten.", "Neue Anschrift: {street}, {city}.",
           "Ausweis {id} vorgelegt.", "Erreichbar unter {phone} ab 17 Uhr.",
           "Drucker zweimal blockiert, Walze getauscht."],
    "fr": ["{name} a rappelé pour le colis.", "Nouvelle adresse : {street}, {city}.",
           "Pièce d'identité {id} présentée au guichet.", "Joignable au {phone} le soir.",
           "Imprimante bloquée deux fois, rouleau remplacé."],
    "es": ["Llamó {name} para cambiar la entrega.", "Nueva dirección: {street}, {city}.",
           "Presentó el documento {id} en mostrador.", "Contactar al {phone} por la tarde.",
           "La impresora se atascó dos veces; cambiamos el rodillo."],
    "it": ["Ha richiamato {name} per il pacco.", "Nuovo indirizzo: {street}, {city}.",
           "Documento {id} mostrato allo sportello.", "Chiamare il {phone} dopo le 17.",
           "Stampante inceppata due volte, rullo sostituito."],
    "pt": ["{name} ligou para mudar a entrega.", "Novo endereço: {street}, {city}.",
           "Apresentou o documento {id} no balcão.", "Ligar para {phone} à tarde.",
           "A impressora travou duas vezes; trocamos o rolo."],
    "nl": ["{name} belde terug over het pakket.", "Nieuw adres: {street}, {city}.",
           "Legitimatie {id} getoond aan de balie.", "Bereikbaar op {phone} na vijven.",
           "Printer liep twee keer vast, rol vervangen."],
    "pl": ["Oddzwoniła {name} w sprawie paczki.", "Nowy adres: {street}, {city}.",
           "Okazał dokument {id} przy okienku.", "Kontakt pod numerem {phone} po 17.",
           "Drukarka zacięła się dwa razy, wymieniono wałek."],
    "ru": ["Перезвонил {name} по поводу посылки.", "Новый адрес: {street}, {city}.",
           "Предъявил документ {id} на стойке.", "Звонить на {phone} после 17:00.",
           "Принтер дважды заклинило, заменили валик."],
    "uk": ["Передзвонила {name} щодо посилки.", "Нова адреса: {street}, {city}.",
           "Показав документ {id} на стійці.", "Телефонувати {phone} після 17:00.",
           "Принтер двічі заїло, замінили валик."],
    "el": ["Ο/Η {name} ζήτησε αλλαγή παράδοσης.", "Νέα διεύθυνση: {street}, {city}.",
           "Έδειξε το έγγραφο {id} στο γκισέ.", "Καλέστε στο {phone} το απόγευμα.",
           "Ο εκτυπωτής κόλλησε δύο φορές· αλλάξαμε τον κύλινδρο."],
    "tr": ["{name} kargo için geri aradı.", "Yeni adres: {street}, {city}.",
           "Gişede {id} numaralı kimliğini gösterdi.", "Akşam {phone} numarasından ulaşın.",
           "Yazıcı iki kez sıkıştı, silindir değiştirildi."],
    "he": ["{name} התקשר לגבי החבילה.", "כתובת חדשה: {street}, {city}.",
           "הציג תעודה {id} בדלפק.", "להתקשר ל-{phone} אחרי חמש.",
           "המדפסת נתקעה פעמיים, הוחלפה הגלגלת."],
    "fa": ["{name} برای بسته تماس گرفت.", "آدرس جدید: {street}، {city}.",
           "مدرک {id} را در پیشخوان نشان داد.", "با شماره {phone} بعدازظهر تماس بگیرید.",
           "چاپگر دو بار گیر کرد؛ غلتک عوض شد."],
    "hi": ["{name} ने पार्सल के बारे में फ़ोन किया।", "नया पता: {street}, {city}।",
           "काउंटर पर पहचान पत्र {id} दिखाया।", "शाम को {phone} पर संपर्क करें।",
           "प्रिंटर दो बार अटका, रोलर बदला गया।"],
    "bn": ["{name} পার্সেলের জন্য ফোন করেছেন।", "নতুন ঠিকানা: {street}, {city}।",
           "কাউন্টারে পরিচয়পত্র {id} দেখিয়েছেন।", "বিকেলে {phone} নম্বরে যোগাযোগ করুন।",
           "প্রিন্টার দুবার আটকে গেছে, রোলার বদলানো হয়েছে।"],
    "th": ["คุณ{name} โทรกลับเรื่องพัสดุ", "ที่อยู่ใหม่: {street} {city}",
           "แสดงบัตร {id} ที่เคาน์เตอร์", "ติดต่อ {phone} หลังห้าโมงเย็น",
           "เครื่องพิมพ์ติดสองครั้ง เปลี่ยนลูกกลิ้งแล้ว"],
    "ja": ["{name}様より荷物の件で折り返しあり。", "新住所：{street}、{city}。",
           "窓口で身分証 {id} を提示。", "夕方以降 {phone} に連絡。",
           "プリンターが二回詰まったのでローラーを交換。"],
    "zh": ["{name}回電詢問包裹。", "新地址：{street}，{city}。", "櫃檯出示證件 {id}。",
           "傍晚請撥 {phone} 聯絡。", "印表機卡紙兩次，已更換滾輪。"],
    "ko": ["{name} 님이 택배 건으로 다시 전화함.", "새 주소: {street}, {city}.",
           "창구에서 신분증 {id} 제시.", "저녁에 {phone} 으로 연락 바람.",
           "프린터가 두 번 걸려서 롤러를 교체함."],
    "vi": ["Anh {name} gọi lại về bưu kiện.", "Địa chỉ mới: {street}, {city}.",
           "Xuất trình giấy tờ {id} tại quầy.", "Gọi {phone} sau 5 giờ chiều.",
           "Máy in kẹt giấy hai lần, đã thay trục."],
    "ka": ["{name} ამანათის გამო დარეკა.", "ახალი მისამართი: {street}, {city}.",
           "სალაროსთან წარადგინა დოკუმენტი {id}.", "საღამოს დაურეკეთ {phone}.",
           "პრინტერი ორჯერ გაიჭედა, ლილვაკი შეიცვალა."],
    "sv": ["{name} ringde om paketet.", "Ny adress: {street}, {city}.", "Visade legitimation {id} i kassan.",
           "Nås på {phone} efter fem.", "Skrivaren fastnade två gånger, bytte valsen."],
}
NOTE_SLOTS = ("PERSON", "STREET_ADDRESS", "ID", "PHONE_NUMBER", None)

# header sets: (name, street, city, phone, email, passport, national id, unlabelled ref, note, status, amount)
HEADERS = {
    "en": ["Full name", "Street address", "City", "Phone", "Email", "Passport no.", "National ID", "Ref",
           "Notes", "Status", "Amount"],
    "de": ["Name, Vorname", "Straße", "Ort", "Telefon", "E-Mail", "Reisepass", "Steuer-ID", "Kennung",
           "Bemerkung", "Status", "Betrag"],
    "fr": ["Nom complet", "Adresse", "Ville", "Téléphone", "Courriel", "N° passeport", "N° d'identité",
           "Code", "Commentaire", "Statut", "Montant"],
    "ru": ["ФИО", "Адрес", "Город", "Телефон", "Эл. почта", "Паспорт", "Идентификатор", "Код", "Примечание",
           "Статус", "Сумма"],
    "ja": ["氏名", "住所", "市区町村", "電話番号", "メール", "旅券番号", "個人番号", "参照", "備考", "状態", "金額"],
    "es": ["Nombre completo", "Dirección", "Ciudad", "Teléfono", "Correo", "Pasaporte", "Documento", "Clave",
           "Observaciones", "Estado", "Importe"],
}
COLTYPE = ["name", "street", "city", "phone", "email", "passport (labelled)", "national id (labelled)",
           "identifier (unlabelled)", "note", "status", "amount"]
STATUS = ["open", "closed", "pending", "paid", "refunded"]
SEP = re.compile(r"[\s.\-/·()+]")
CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


class Person:
    def __init__(self, loc: str, rng: random.Random, seed: int):
        from faker import Faker

        lang, nat, order = LOCALES[loc]
        fk = Faker(loc)
        fk.seed_instance(seed)
        first, last = fk.first_name(), fk.last_name()
        self.loc, self.lang = loc, lang
        self.name = (f"{last}{order[2:] or ''}{first}" if order.startswith("lf") else f"{first} {last}")
        self.parts = [p for p in (first, last) if len(p) >= (2 if CJK.search(p) else 3)]
        self.street = fk.street_address()
        self.city = fk.city()
        self.phone = fk.phone_number()
        self.email = fk.email()
        pp = getattr(fk, "passport_number", None)
        self.passport = pp() if pp else "".join(rng.choice("0123456789") for _ in range(9))
        kind = nat or rng.choice(["UK_NHS", "SE_PERSONNUMMER", "ES_NIE", "PL_PESEL", "US_SSN", "NL_BSN"])
        self.national = pii_idgen.make(kind, rng)[0]
        self.ref = pii_idgen.make(rng.choice(["US_SSN", "NL_BSN", "DE_TAX_ID", "FR_NIR", "BR_CPF", "ES_NIF",
                                              "PL_PESEL", "UK_NHS", "IT_FISCAL_CODE"]), rng)[0]
        self.birth = fk.date_of_birth(minimum_age=18, maximum_age=90)
        self.note_kind = NOTE_SLOTS[rng.randrange(len(NOTE_SLOTS))]
        tmpl = NOTES[lang][NOTE_SLOTS.index(self.note_kind)]
        self.note_id = pii_idgen.make(rng.choice(["US_SSN", "NL_BSN", "ES_NIF", "PL_PESEL", "UK_NHS"]), rng)[0] \
            if rng.random() < 0.5 else self.passport
        self.note = tmpl.format(name=self.name, street=self.street, city=self.city, id=self.note_id,
                                phone=self.phone)
        self.amount = f"{rng.randint(1, 999)}.{rng.randint(0, 99):02d}"
        self.status = rng.choice(STATUS)

    def planted(self) -> list[tuple[str, str, str, list[str]]]:
        """(column type, kind, value, parts) for each planted value of the row."""
        out = [("name", "PERSON", self.name, self.parts),
               ("street", "STREET_ADDRESS", self.street, [_longest(self.street)]),
               ("city", "LOCATION", self.city, []), ("phone", "PHONE_NUMBER", self.phone, []),
               ("email", "EMAIL_ADDRESS", self.email, []), ("passport (labelled)", "PASSPORT", self.passport, []),
               ("national id (labelled)", "NATIONAL_ID", self.national, []),
               ("identifier (unlabelled)", "NATIONAL_ID", self.ref, [])]
        k = self.note_kind
        if k == "PERSON":
            out.append(("note", "PERSON", self.name, self.parts))
        elif k == "STREET_ADDRESS":
            out.append(("note", "STREET_ADDRESS", self.street, [_longest(self.street)]))
            out.append(("note", "LOCATION", self.city, []))
        elif k == "ID":
            out.append(("note", "ID", self.note_id, []))
        elif k == "PHONE_NUMBER":
            out.append(("note", "PHONE_NUMBER", self.phone, []))
        return out

    def row(self) -> list[str]:
        return [self.name, self.street, self.city, self.phone, self.email, self.passport, self.national, self.ref,
                self.note, self.status, self.amount]


def _longest(value: str) -> str:
    """A street's most telling word: its longest run of letters (its name, not its number)."""
    runs = re.findall(r"[^\W\d_][^\W\d_'’.-]*(?:[-'’][^\W\d_]+)*", value)
    return max(runs, key=len) if runs else value


def people(n: int, seed: int, offset: int) -> list[Person]:
    rng = random.Random(seed * 1000 + offset)
    locs = list(LOCALES)
    return [Person(locs[(i + offset) % len(locs)], rng, seed * 100000 + offset * 1000 + i) for i in range(n)]


# --------------------------------------------------------------------------- the files


def write_csv(path: Path, header: list[str] | None, rows: list[list], delimiter: str) -> None:
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, delimiter=delimiter, quoting=csv.QUOTE_MINIMAL)
        if header:
            w.writerow(header)
        w.writerows(rows)


def planted_files(rows: int, seed: int, folder: Path) -> dict[str, tuple[Path, list[Person], dict]]:
    out = {}
    for i, (name, lang, delim, header) in enumerate([("people_comma.csv", "en", ",", True),
                                                     ("kunden_semicolon.csv", "de", ";", True),
                                                     ("clients_tab.csv", "ru", "\t", True),
                                                     ("noheader_pipe.csv", "fr", "|", False)]):
        ps = people(rows, seed, i * 7)
        if name == "clients_tab.csv":  # headers of three languages in one file, as merged exports have
            head = [HEADERS[["ru", "ja", "es"][j % 3]][j] for j in range(len(COLTYPE))]
        else:
            head = HEADERS[lang]
        body = [p.row() for p in ps]
        if name == "people_comma.csv":  # a cell with a line break, as spreadsheets export a wrapped cell
            for r in body[::5]:
                r[8] = r[8] + "\nFollow-up next week."
        write_csv(folder / name, head if header else None, body, delim)
        out[name] = (folder / name, ps, {"header": header, "delimiter": delim})
    ps = people(rows, seed, 40)
    import pyarrow as pa
    import pyarrow.parquet as pq

    def digits_int(p: Person) -> int | None:
        d = re.sub(r"\D", "", p.phone)
        return int(d) if 7 <= len(d) <= 18 else None

    table = pa.table({
        "customer_name": pa.array([p.name for p in ps]),
        "phone": pa.array([digits_int(p) for p in ps], type=pa.int64()),
        "date_of_birth": pa.array([p.birth for p in ps], type=pa.date32()),
        "emails": pa.array([[p.email, f"alt.{p.email}"] for p in ps], type=pa.list_(pa.string())),
        "address": pa.array([{"street": p.street, "city": p.city} for p in ps]),
        "passport_number": pa.array([p.passport for p in ps]),
        "ref": pa.array([p.ref for p in ps]),
        "note": pa.array([p.note for p in ps]),
        "status": pa.array([p.status for p in ps]),
        "amount": pa.array([float(p.amount) for p in ps]),
    })
    pq.write_table(table, folder / "people.parquet")
    out["people.parquet"] = (folder / "people.parquet", ps, {"parquet": True})
    return out


# clean tables: words chosen for this benchmark; product names include words that are also given names
PRODUCT_A = ["Aurora", "Kestrel", "Nova", "Atlas", "Milano", "Oscar", "Emma", "Jackson", "Luna", "Orion", "Sierra",
             "Helsinki", "Victoria", "Lincoln", "Harper", "Berlin", "Florence", "Ruby", "Dakota", "Camden"]
PRODUCT_B = ["Desk Lamp", "Backpack 30L", "Office Chair", "Mattress", "Guitar Stand", "Kettle", "Sofa",
             "Bookshelf", "Rain Jacket", "Espresso Machine", "Yoga Mat", "Monitor Arm", "Duvet", "Hiking Boots"]
DESCRIPTIONS = [
    "Solid oak frame, ships flat-packed.", "Wasserdicht bis 5000 mm, mit Kapuze.", "Cuir véritable, garantie deux ans.",
    "Acero inoxidable, apto para lavavajillas.", "Memory foam, 25 cm di altezza.", "Регулируемая высота, до 120 кг.",
    "Διπλό τοίχωμα, κρατά ζεστό 12 ώρες.", "充電式、最大8時間使用可能。", "可拆洗外套，適合小戶型。",
    "Hafif alüminyum gövde, 2 yıl garanti.", "Bambusowa podstawa, łatwy montaż.", "방수 원단, 세탁기 사용 가능.",
    "ผ้าฝ้ายแท้ ระบายอากาศได้ดี", "Gỗ sồi tự nhiên, lắp ráp dễ dàng.", "Tecido impermeável, alças acolchoadas.",
    "עמיד במים, מתאים לטיולים.", "ضد آب، مناسب برای کوهنوردی.", "हल्का वज़न, दो साल की वारंटी।",
]
LOG_MSGS = ["user login ok", "cache miss for key sku:4412", "payment gateway timeout after 30s", "retrying job 8812",
            "order 552310 shipped from warehouse WH-3", "disk usage 81% on /var", "GET /api/v2/items 200 43ms",
            "Verbindung zur Datenbank wiederhergestellt", "échec de synchronisation, nouvel essai",
            "задание 17 завершено", "バックアップ完了", "conexión rechazada por el servidor"]


def clean_files(rows: int, seed: int, folder: Path) -> dict[str, tuple[Path, list[list], list[str]]]:
    rng = random.Random(seed * 7 + 3)
    out = {}
    head = ["name", "sku", "price", "qty", "description", "category"]
    body = [[f"{rng.choice(PRODUCT_A)} {rng.choice(PRODUCT_B)}", f"SKU-{rng.randint(10000, 99999)}",
             f"{rng.randint(5, 900)}.{rng.randint(0, 99):02d}", str(rng.randint(0, 500)), rng.choice(DESCRIPTIONS),
             rng.choice(["home", "outdoor", "kitchen", "office"])] for _ in range(rows)]
    write_csv(folder / "catalogue.csv", head, body, ",")
    out["catalogue.csv"] = (folder / "catalogue.csv", body, head)
    head = ["timestamp", "level", "service", "message"]
    t0 = dt.datetime(2026, 3, 1, 8, 0, 0)
    body = [[(t0 + dt.timedelta(seconds=rng.randint(0, 86400 * 30))).isoformat(), rng.choice(["INFO", "WARN", "ERROR"]),
             rng.choice(["api", "billing", "worker", "search"]), rng.choice(LOG_MSGS)] for _ in range(rows)]
    write_csv(folder / "logs_semicolon.csv", head, body, ";")
    out["logs_semicolon.csv"] = (folder / "logs_semicolon.csv", body, head)
    head = ["Bezeichnung", "Kategorie", "Bestand", "Lagerplatz", "Nummer"]
    body = [[f"{rng.choice(PRODUCT_A)} {rng.choice(PRODUCT_B)}", rng.choice(["Haushalt", "Garten", "Büro"]),
             str(rng.randint(0, 900)), f"{rng.choice('ABCDEF')}-{rng.randint(1, 40)}-{rng.randint(1, 9)}",
             str(rng.randint(10 ** 8, 10 ** 9 - 1))] for _ in range(rows)]
    write_csv(folder / "inventory_tab.csv", head, body, "\t")
    out["inventory_tab.csv"] = (folder / "inventory_tab.csv", body, head)
    import pyarrow as pa
    import pyarrow.parquet as pq

    orders = [{"order_id": rng.randint(10 ** 9, 10 ** 10), "name": f"{rng.choice(PRODUCT_A)} {rng.choice(PRODUCT_B)}",
               "skus": [f"SKU-{rng.randint(10000, 99999)}" for _ in range(rng.randint(1, 3))],
               "shipped": dt.date(2026, 1, 1) + dt.timedelta(days=rng.randint(0, 300)),
               "total": float(rng.randint(100, 99999)) / 100, "status": rng.choice(STATUS),
               "meta": {"channel": rng.choice(["web", "app", "store"]), "warehouse": f"WH-{rng.randint(1, 9)}"},
               "comment": rng.choice(DESCRIPTIONS)} for _ in range(rows)]
    pq.write_table(pa.Table.from_pylist(orders), folder / "orders.parquet")
    out["orders.parquet"] = (folder / "orders.parquet", orders, list(orders[0]))
    return out


# --------------------------------------------------------------------------- scoring


def read_back(path: Path, meta: dict) -> list[list[str]] | None:
    """The copy's rows as lists of strings (None: no copy written)."""
    if not path.exists():
        return None
    if path.suffix == ".parquet":
        import pyarrow.parquet as pq

        return [[json.dumps(v, ensure_ascii=False, default=str) if not isinstance(v, str) else v for v in r.values()]
                for r in pq.read_table(path).to_pylist()]
    text = path.read_text(encoding="utf-8")
    try:
        dialect = csv.Sniffer().sniff(text[:8192], delimiters=",;\t|")
        rows = list(csv.reader(text.splitlines(keepends=True), dialect))
    except csv.Error:
        rows = list(csv.reader(text.splitlines(keepends=True)))
    if meta.get("header", True):
        rows = rows[1:]
    return rows


def _left(value: str, parts: list[str], copy: str, street: bool = False) -> bool:
    if value in copy:
        return True
    if street:  # a street's pieces beside a partial replacement ("<STREET_ADDRESS> 3-й, буд. 7"): half its tokens
        toks = re.findall(r"\w+", value)
        kept = sum(1 for t in toks if re.search(rf"(?<!\w){re.escape(t)}(?!\w)", copy))
        if len(toks) >= 2 and kept * 2 >= len(toks):
            return True
    if sum(c.isdigit() for c in value) >= 5:
        d = SEP.sub("", value)
        if d in SEP.sub("", copy):
            return True
    return any(p and len(p) >= (2 if CJK.search(p) else 4) and re.search(rf"(?<!\w){re.escape(p)}(?!\w)", copy)
               for p in parts)


def words(text: str) -> list[str]:
    out = []
    for w in re.findall(r"[^\W\d_]+", text):
        out += list(w) if CJK.search(w) else [w]
    return out


def cli_scrub(inp: Path, out: Path, policy: str, evidence: Path, env: dict) -> int:
    return subprocess.run(CLI + ["scrub", str(inp), "--out", str(out), "--policy", policy, "--evidence",
                                 str(evidence), "--no-progress"], stdout=subprocess.DEVNULL,
                          stderr=subprocess.DEVNULL, env=env, cwd=str(inp.parent)).returncode


def measure_policy(policy: str, folder: Path, env: dict) -> Path:
    import yaml

    shown = subprocess.run(CLI + ["policy", "show", policy], capture_output=True, text=True, check=True,
                           env=env).stdout
    doc = yaml.safe_load(shown)
    for rule in doc["pii"]["entities"].values():
        if rule.get("action") == "surrogate":
            rule["action"] = "pseudonymize"
    doc["pii"]["max_residual_findings"] = 10 ** 9
    path = folder / f"measure-{policy}.yaml"
    path.write_text(yaml.safe_dump(doc, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def _evidence(path: Path) -> dict:
    try:
        return json.loads(path.read_text()).get("evidence", {})
    except (OSError, ValueError):
        return {}


def pct(a: int, b: int) -> str:
    return f"{100 * a / b:.1f}%" if b else "-"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rows", type=int, default=48)
    ap.add_argument("--seed", type=int, default=5)
    ap.add_argument("--policy", default="default")
    ap.add_argument("--only", default="", help="comma-separated file names to run (default: all)")
    ap.add_argument("--dump", type=Path, default=None)
    ap.add_argument("--score-only", action="store_true", help="score the copies already in --dump (no scrub)")
    a = ap.parse_args()
    t0 = time.time()
    tmp = a.dump or Path(tempfile.mkdtemp(prefix="pii-tables5-"))
    tmp.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, XDG_CONFIG_HOME=str(tmp / "config"), GOVERNED_TUNING_PSEUDONYM_KEY=KEY)
    planted = planted_files(a.rows, a.seed, tmp)
    clean = clean_files(a.rows, a.seed, tmp)
    only = set(filter(None, a.only.split(",")))
    measure = None
    leak = defaultdict(lambda: [0, 0])  # (column type, kind) -> [left, planted]
    lost = defaultdict(lambda: [0, 0])  # column type -> [lost, of]
    verdicts = []
    for name, (path, ps, meta) in planted.items():
        if only and name not in only:
            continue
        out = tmp / f"shipped.{name}"
        if a.score_only:
            rc = 0 if out.exists() else 1
        else:
            rc = cli_scrub(path, out, a.policy, tmp / f"{name}.evidence.json", env)
        ev = _evidence(tmp / f"{name}.evidence.json")
        copy_path = out
        if rc != 0:
            copy_path = tmp / f"measure.{name}"
            if not a.score_only:
                measure = measure or measure_policy(a.policy, tmp, env)
                cli_scrub(path, copy_path, str(measure), tmp / f"{name}.measure.json", env)
        rows = read_back(copy_path, meta)
        left_here = 0
        for i, p in enumerate(ps):
            copy_row = rows[i] if rows is not None and i < len(rows) else p.row()
            whole = " | ".join(copy_row)
            for col, kind, value, parts in p.planted():
                leak[(col, kind)][1] += 1
                # the value's own cell first; else anywhere in the row (a value moved by a bad parse)
                hit = _left(value, parts, whole, street=kind == "STREET_ADDRESS")
                leak[(col, kind)][0] += hit
                left_here += hit
            if meta.get("parquet"):  # a birth date stored as a date
                leak[("date of birth (date type)", "DATE_OF_BIRTH")][1] += 1
                hit = p.birth.isoformat() in whole
                leak[("date of birth (date type)", "DATE_OF_BIRTH")][0] += hit
                left_here += hit
                continue
            # content lost: the note's words that are not planted, and the status and amount cells
            orig_note = p.row()[8]
            keep = set(words(" ".join(v for _, _, v, _ in p.planted())))
            ws = [w for w in words(orig_note) if w not in keep]
            got = Counter(words(copy_row[8])) if len(copy_row) > 8 else Counter()
            lost["note (ordinary words)"][0] += sum(1 for w in ws if not got[w] or got.subtract([w]))
            lost["note (ordinary words)"][1] += len(ws)
            for j, col in ((9, "status"), (10, "amount")):
                lost[col][0] += len(copy_row) <= j or copy_row[j] != p.row()[j]
                lost[col][1] += 1
        verdicts.append((name, "pass" if rc == 0 else "fail", left_here, "fail" if left_here else "pass",
                         ev.get("residual_by_type")))
    for name, (path, body, head) in clean.items():
        if only and name not in only:
            continue
        out = tmp / f"shipped.{name}"
        rc = (0 if out.exists() else 1) if a.score_only else \
            cli_scrub(path, out, a.policy, tmp / f"{name}.evidence.json", env)
        ev = _evidence(tmp / f"{name}.evidence.json")
        if path.suffix == ".parquet":
            import pyarrow.parquet as pq

            copy = pq.read_table(out).to_pylist() if out.exists() else []
            for r0, r1 in zip(body, copy):
                for k in head:
                    lost[f"clean parquet: {k}"][0] += r0[k] != r1.get(k)
                    lost[f"clean parquet: {k}"][1] += 1
        else:
            rows = read_back(out, {"header": True}) or []
            for r0, r1 in zip(body, rows):
                for k, x, y in zip(head, r0, r1):
                    lost[f"clean {name}: {k}"][0] += x != y
                    lost[f"clean {name}: {k}"][1] += 1
            if not rows:
                lost[f"clean {name}: (no copy)"][1] += 1
        verdicts.append((name, "pass" if rc == 0 else "fail", None, "pass", ev.get("residual_by_type")))
    print(f"## Tables as users hand them over: policy {a.policy}, seed {a.seed}, {a.rows} rows per file "
          f"({time.time() - t0:.0f} s)\n")
    print("| column type | kind | leaked | of | % |\n|---|---|---|---|---|")
    for (col, kind), (x, n) in sorted(leak.items()):
        print(f"| {col} | {kind} | {x} | {n} | {pct(x, n)} |")
    tl, tn = sum(v[0] for v in leak.values()), sum(v[1] for v in leak.values())
    print(f"| **all** | | {tl} | {tn} | {pct(tl, tn)} |\n")
    print("| content (column type) | lost/changed | of | % |\n|---|---|---|---|")
    for k, (x, n) in sorted(lost.items()):
        print(f"| {k} | {x} | {n} | {pct(x, n)} |")
    print("\n| file | verdict | values left | expected | right? | residual by type |\n|---|---|---|---|---|---|")
    for name, v, left, want, res in verdicts:
        print(f"| {name} | {v} | {'-' if left is None else left} | {want} | {'yes' if v == want else '**NO**'} | "
              f"{res or ''} |")
    if a.dump is None:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    import hashseed  # the same data on every run: PYTHONHASHSEED=0 unless set

    hashseed.pin()
    sys.exit(main())
