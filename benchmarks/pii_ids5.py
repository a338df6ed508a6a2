"""Personal identifiers as people write them: every personal number python-stdnum validates, passports, driving
licences and medical record numbers by their issuers' published formats, and the IBAN of every country in
python-stdnum's registry; with a clean side of order, tracking, invoice, EAN and ISBN numbers beside labels in
many languages that must NOT be taken.

    .venv/bin/python benchmarks/pii_ids5.py [--sets ids,clean] [--policy default] [--seed N] [--misses N]
                                            [--ways compact,format,...] [--no-verdict]

Written by ids5 for issue 11 part 3 as a development set (the detector may be tuned on it; it is not blind).
Nothing here imports the detector to make a value: a number comes from an example in the python-stdnum
module's own documentation with its digits (then letters) drawn again at random (fixed seed) until the
module's ``is_valid`` accepts it; kinds with no check follow the issuer's format. Names beside the numbers come
from Faker in the number's locale.

Each value is written each of these ways (``--ways``):
- ``compact``: "{local label}: {compact}" as a form line;  ``format``: python-stdnum's ``format()`` in a sentence
  with the local-language label; ``english``: the same with an English label; ``lower``: letters in lower case;
  ``regrouped``: compact cut in threes with spaces; ``dashed``: cut in fours with dashes (or dots);
  ``bare``: no label, beside a name; ``json``: a value under a key named after the label; ``formline``:
  "Name: ... | {English label}: {value} | Status: ...".

Scoring: a planted value leaks when its letters and digits (case-blind) survive in the record's scrubbed copy
with separators removed. Leak is reported per kind and per way, and whether the detector has the kind at all.
Content lost: words outside the planted values and names missing from the copy. The clean set: records
changed, findings by kind, and the gate's verdict (must pass); the ids set's verdict must fail.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import random
import re
import string
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 0x1D5
KEY = "ids5-benchmark-key-not-secret-0123456789"
WAYS = ["compact", "format", "english", "lower", "regrouped", "dashed", "bare", "json", "formline"]

# python-stdnum module -> (Faker locale, local-language labels, English labels); the labels are the documents'
# official names in their own language (as on the card or the authority's site), written as people write them
PERSONAL: dict[str, tuple[str, list[str], list[str]]] = {
    "at.vnr": ("de_AT", ["Sozialversicherungsnummer", "SV-Nummer", "Versicherungsnummer"], ["social security number"]),
    "be.nn": ("nl_BE", ["rijksregisternummer", "numéro de registre national"], ["national register number"]),
    "be.bis": ("fr_BE", ["numéro BIS", "BIS-nummer"], ["BIS number"]),
    "bg.egn": ("bg_BG", ["ЕГН", "единен граждански номер"], ["personal number (EGN)"]),
    "bg.pnf": ("bg_BG", ["ЛНЧ", "личен номер на чужденец"], ["foreigner's personal number"]),
    "br.cpf": ("pt_BR", ["CPF", "número do CPF"], ["taxpayer number (CPF)"]),
    "ca.sin": ("fr_CA", ["numéro d'assurance sociale", "NAS"], ["social insurance number", "SIN"]),
    "ca.bc_phn": ("en_CA", ["PHN", "personal health number"], ["BC health number"]),
    "ch.ssn": ("de_CH", ["AHV-Nummer", "numéro AVS", "AHV-Nr."], ["Swiss social security number"]),
    "cl.rut": ("es_CL", ["RUT", "RUN", "rol único tributario"], ["tax ID (RUT)"]),
    "cn.ric": ("zh_CN", ["身份证号", "居民身份证号码"], ["resident identity card number"]),
    "co.nit": ("es_CO", ["NIT", "número de identificación tributaria"], ["tax identification number"]),
    "cr.cpf": ("es_MX", ["cédula", "número de cédula"], ["ID card number"]),
    "cu.ni": ("es_ES", ["número de identidad", "carné de identidad"], ["identity number"]),
    "cz.rc": ("cs_CZ", ["rodné číslo", "RČ"], ["birth number"]),
    "de.idnr": ("de_DE", ["Steuer-ID", "Steueridentifikationsnummer", "IdNr"], ["tax ID"]),
    "dk.cpr": ("da_DK", ["CPR-nummer", "personnummer"], ["CPR number"]),
    "do.cedula": ("es_ES", ["cédula", "cédula de identidad y electoral"], ["national ID"]),
    "ec.ci": ("es_ES", ["cédula de identidad", "CI"], ["identity card number"]),
    "ee.ik": ("et_EE", ["isikukood"], ["personal identification code"]),
    "es.dni": ("es_ES", ["DNI", "número de DNI"], ["national ID (DNI)"]),
    "es.nie": ("es_ES", ["NIE", "número de identidad de extranjero"], ["foreigner ID (NIE)"]),
    "fi.hetu": ("fi_FI", ["henkilötunnus", "hetu"], ["personal identity code"]),
    "fi.veronumero": ("fi_FI", ["veronumero"], ["Finnish tax number"]),
    "fr.nir": ("fr_FR", ["numéro de sécurité sociale", "n° de sécu", "NIR"], ["social security number"]),
    "fr.nif": ("fr_FR", ["numéro fiscal", "numéro d'identification fiscale"], ["tax number"]),
    "gb.nhs": ("en_GB", ["NHS number", "NHS no."], ["NHS number"]),
    "gb.utr": ("en_GB", ["UTR", "Unique Taxpayer Reference"], ["taxpayer reference"]),
    "gr.amka": ("el_GR", ["ΑΜΚΑ", "αριθμός μητρώου κοινωνικής ασφάλισης"], ["social security number (AMKA)"]),
    "hr.oib": ("hr_HR", ["OIB", "osobni identifikacijski broj"], ["personal ID number"]),
    "ie.pps": ("en_IE", ["PPSN", "PPS number", "PPS-Nummer"], ["PPS number", "personal public service number"]),
    "il.idnr": ("he_IL", ["מספר זהות", "ת.ז."], ["Israeli ID number"]),
    "in_.aadhaar": ("en_IN", ["आधार संख्या", "Aadhaar no."], ["Aadhaar number"]),
    "in_.pan": ("en_IN", ["PAN", "स्थायी खाता संख्या"], ["PAN card number"]),
    "in_.epic": ("en_IN", ["EPIC no.", "voter ID"], ["voter ID number"]),
    "is_.kennitala": ("is_IS", ["kennitala", "kt."], ["Icelandic ID number"]),
    "it.codicefiscale": ("it_IT", ["codice fiscale", "C.F."], ["tax code"]),
    "jp.in_": ("ja_JP", ["個人番号", "マイナンバー"], ["My Number"]),
    "kr.rrn": ("ko_KR", ["주민등록번호"], ["resident registration number"]),
    "lt.asmens": ("lt_LT", ["asmens kodas"], ["personal code"]),
    "lv.pvn": ("lv_LV", ["personas kods"], ["personal code"]),
    "mu.nid": ("en_US", ["NIC", "national identity card number"], ["Mauritian ID number"]),
    "mx.curp": ("es_MX", ["CURP", "clave única de registro de población"], ["CURP"]),
    "mx.rfc": ("es_MX", ["RFC", "registro federal de contribuyentes"], ["tax ID (RFC)"]),
    "my.nric": ("ms_MY", ["No. K/P", "nombor MyKad"], ["NRIC number"]),
    "nl.bsn": ("nl_NL", ["BSN", "burgerservicenummer"], ["citizen service number"]),
    "nl.identiteitskaartnummer": ("nl_NL", ["paspoortnummer", "documentnummer ID-kaart"], ["passport number"]),
    "no.fodselsnummer": ("no_NO", ["fødselsnummer", "personnummer"], ["national identity number"]),
    "nz.ird": ("en_NZ", ["IRD number", "IRD no."], ["tax number (IRD)"]),
    "pe.cui": ("es_ES", ["DNI", "cédula única de identidad"], ["Peruvian ID"]),
    "pk.cnic": ("en_PK", ["CNIC", "شناختی کارڈ نمبر"], ["national identity card number"]),
    "pl.pesel": ("pl_PL", ["PESEL", "numer PESEL"], ["national ID number (PESEL)"]),
    "pt.cc": ("pt_PT", ["cartão de cidadão", "n.º do CC"], ["citizen card number"]),
    "pt.nif": ("pt_PT", ["NIF", "número de contribuinte"], ["tax number"]),
    "ro.cnp": ("ro_RO", ["CNP", "cod numeric personal"], ["personal numeric code"]),
    "ru.inn": ("ru_RU", ["ИНН", "идентификационный номер налогоплательщика"], ["tax ID (INN)"]),
    "se.personnummer": ("sv_SE", ["personnummer"], ["personal identity number"]),
    "si.emso": ("sl_SI", ["EMŠO", "enotna matična številka občana"], ["personal ID number (EMSO)"]),
    "sk.rc": ("sk_SK", ["rodné číslo"], ["birth number"]),
    "th.pin": ("th_TH", ["เลขประจำตัวประชาชน", "เลขบัตรประชาชน"], ["Thai ID number"]),
    "tr.tckimlik": ("tr_TR", ["T.C. Kimlik No", "TC kimlik numarası"], ["Turkish ID number"]),
    "ua.rntrc": ("uk_UA", ["РНОКПП", "ідентифікаційний код"], ["taxpayer number"]),
    "us.ssn": ("en_US", ["SSN", "social security no."], ["social security number"]),
    "us.itin": ("en_US", ["ITIN"], ["individual taxpayer number"]),
    "za.idnr": ("zu_ZA", ["ID number", "identity number"], ["South African ID"]),
    "id.nik": ("id_ID", ["NIK", "nomor induk kependudukan"], ["Indonesian ID (NIK)"]),
    "ar.dni": ("es_AR", ["DNI", "documento nacional de identidad"], ["national ID"]),
    "ar.cuit": ("es_AR", ["CUIL", "CUIT"], ["tax ID (CUIL)"]),
}
# a person's number where the module also accepts others (a Latvian company's code starts 4-9; python-stdnum
# waives the date of a Lithuanian code starting 9 and reads an EMŠO year digit 1-8 as a far future)
PERSON_SHAPE = {"lv.pvn": r"[0-3]\d{5}-?\d{5}", "lt.asmens": r"[1-6]\d{10}", "si.emso": r"\d{4}[09]\d{8}",
                "ru.inn": r"\d{12}"}
# examples for modules whose documentation shows a company's number or none of a person's shape
SEEDS = {"lv.pvn": "161175-19997", "ru.inn": "123456789047", "mx.rfc": "GODE561231GR8", "ar.cuit": "20267565393",
         "co.nit": "2131234321", "ca.sin": "123456782"}

# no check digit: the issuers' published formats (letters L, digits D, a fixed literal otherwise); labels
NOCHECK: dict[str, tuple[str, list[str], list[str], list[str]]] = {
    # kind: (locale, formats, local labels, English labels)
    "US_PASSPORT": ("en_US", ["LDDDDDDDD", "DDDDDDDDD"], ["passport no.", "número de pasaporte"], ["passport number"]),
    "UK_PASSPORT": ("en_GB", ["DDDDDDDDD"], ["passport number"], ["UK passport"]),
    "DE_PASSPORT": ("de_DE", ["CXXXXXXXD"], ["Reisepassnummer", "Passnummer", "Pass-Nr."], ["passport number"]),
    "FR_PASSPORT": ("fr_FR", ["DDLLDDDDD"], ["numéro de passeport", "n° de passeport"], ["passport number"]),
    "ES_PASSPORT": ("es_ES", ["LLLDDDDDD"], ["número de pasaporte", "pasaporte"], ["passport number"]),
    "IT_PASSPORT": ("it_IT", ["LLDDDDDDD"], ["numero di passaporto", "passaporto n."], ["passport number"]),
    "IN_PASSPORT": ("en_IN", ["LDDDDDDD"], ["passport no.", "पासपोर्ट संख्या"], ["passport number"]),
    "US_DRIVER_LICENSE": ("en_US", ["LDDDDDDD", "DDDDDDDDD", "LDDD-DDD-DD-DDD-D", "DDDDDDDD", "LDDDDDDDDDDD"],
                          ["DL#", "número de licencia de conducir", "driver license no."], ["driver's license number"]),
    "UK_DRIVING_LICENCE": ("en_GB", ["UKDVLA"], ["driving licence number", "DVLA licence no."], ["driving licence"]),
    "DE_FUEHRERSCHEIN": ("de_DE", ["LDDDLLLDLDD"], ["Führerscheinnummer", "Führerschein-Nr."], ["driving licence number"]),
    "FR_DRIVING_LICENCE": ("fr_FR", ["DDLLDDDDDDDD"], ["numéro de permis de conduire", "n° de permis"], ["driving licence"]),
    "MEDICAL_RECORD_NUMBER": ("en_US", ["DDDDDDD", "DDDDDDDD", "MRN-DDDDDDD", "LDDDDDDD", "DDDDDDDDDD"],
                              ["MRN", "patient no.", "dossier médical n°", "Patientennummer", "número de historia clínica",
                               "numero di cartella clinica", "patiëntnummer", "numer pacjenta", "Fallnummer",
                               "medical record no."], ["medical record number", "hospital number"]),
}

# the clean side: numbers beside shop, post and book labels in many languages, and bare
CLEAN_LABELS = {
    "order": ["order number", "order #", "Bestellnummer", "numéro de commande", "número de pedido", "numero d'ordine",
              "bestelnummer", "numer zamówienia", "ordernummer", "tilausnumero", "注文番号", "订单号"],
    "invoice": ["invoice no.", "Rechnungsnummer", "numéro de facture", "número de factura", "numero fattura",
                "factuurnummer", "fakturanummer", "numer faktury"],
    "tracking": ["tracking number", "Sendungsnummer", "numéro de suivi", "número de seguimiento",
                 "codice di tracciamento", "track & trace", "numer przesyłki"],
    "ean": ["EAN", "barcode", "GTIN", "Artikelnummer (EAN)", "code-barres"],
    "isbn": ["ISBN", "ISBN-13"],
    "ticket": ["ticket", "case number", "Vorgangsnummer", "numéro de dossier SAV", "referencia"],
}


# --------------------------------------------------------------------------- values
def _examples(mod) -> list[str]:
    found = re.findall(r">>> (?:validate|is_valid|compact|format)\('([^']+)'", mod.__doc__ or "")
    return [e for e in found if mod.is_valid(e)]


def _redraw(rng: random.Random, seed: str, letters: bool) -> str:
    out = []
    for i, c in enumerate(seed):
        if c.isdigit() and (i == len(seed) - 1 or rng.random() < 0.7):  # a prefix may stay (756 of an AHV)
            out.append(rng.choice(string.digits))
        elif letters and c.isalpha() and c.isascii():
            out.append(rng.choice(string.ascii_uppercase))
        else:
            out.append(c)
    return "".join(out)


def stdnum_value(rng: random.Random, name: str) -> str | None:
    """A compact value that ``stdnum.<name>.is_valid`` accepts, drawn from the module's examples."""
    mod = importlib.import_module(f"stdnum.{name}")
    seeds = [SEEDS[name]] if name in SEEDS else _examples(mod)
    if not seeds:
        return None  # no example of a person's number in its documentation: the kind is skipped
    base = mod.compact(rng.choice(seeds))
    for i in range(40000):
        v = _redraw(rng, base, letters=i > 8000)
        try:
            ok = v != base and mod.is_valid(v) and re.fullmatch(PERSON_SHAPE.get(name, ".*"), mod.compact(v))
        except Exception:  # noqa: BLE001 - a validator that chokes on a draw (stdnum.cn.ric's birth place)
            ok = False
        if ok:
            return mod.compact(v)
    return None


def _uk_dvla(rng: random.Random) -> str:
    sur = "".join(rng.choice(string.ascii_uppercase) for _ in range(rng.randint(2, 5))).ljust(5, "9")
    y = rng.randint(40, 99)
    m = rng.randint(1, 12) + rng.choice([0, 50])
    d = rng.randint(1, 28)
    return (f"{sur}{y // 10}{m:02d}{d:02d}{y % 10}" + "".join(rng.choice(string.ascii_uppercase) for _ in range(2))
            + "9" + "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(2)))


def format_value(rng: random.Random, fmt: str) -> str:
    if fmt == "UKDVLA":
        return _uk_dvla(rng)
    out = []
    for c in fmt:
        if c == "L":
            out.append(rng.choice(string.ascii_uppercase))
        elif c == "D":
            out.append(rng.choice(string.digits))
        elif c == "C":  # German passport: the issuing authority's letter (no vowels, no B D Q S)
            out.append(rng.choice("CFGHJKLMNPRTVWXYZ"))
        elif c == "X":
            out.append(rng.choice("CFGHJKLMNPRTVWXYZ0123456789"))
        else:
            out.append(c)
    return "".join(out)


def iban_value(rng: random.Random, cc: str, bban: str) -> str | None:
    from stdnum import iban

    parts = re.findall(r"(\d+)!([nac])", bban)
    for _ in range(2000):
        body = "".join("".join(rng.choice({"n": string.digits, "a": string.ascii_uppercase,
                                            "c": string.ascii_uppercase + string.digits}[t]) for _ in range(int(n)))
                       for n, t in parts)
        v = cc + "00" + body
        v = cc + iban.calc_check_digits(v) + body
        if iban.is_valid(v):
            return v
    return None


def iban_countries() -> list[tuple[str, str]]:
    import stdnum

    path = Path(stdnum.__file__).parent / "iban.dat"
    return re.findall(r'^([A-Z]{2}) country="[^"]*" bban="([^"]+)"', path.read_text(encoding="utf-8"), re.M)


# --------------------------------------------------------------------------- writings
def _group(v: str, n: int, sep: str) -> str:
    return sep.join(v[k:k + n] for k in range(0, len(v), n))


def writings(rng: random.Random, compact: str, formatted: str, local: str, english: str, name: str,
             ways: list[str]) -> list[tuple[str, dict]]:
    """(way, record body) for each way: a text record or a JSON object."""
    key = re.sub(r"\W+", "_", english.lower()).strip("_") or "id"
    out = []
    for way in ways:
        if way == "compact":
            out.append((way, {"text": f"{local}: {compact}"}))
        elif way == "format":
            out.append((way, {"text": f"Bonjour, {name} ici. {local} {formatted} — merci de mettre à jour mon dossier."
                              if rng.random() < 0.3 else f"{name}, {local}: {formatted}. Danke!"}))
        elif way == "english":
            out.append((way, {"text": f"Hi, this is {name}. My {english} is {formatted}, can you update my file?"}))
        elif way == "lower":
            if not any(c.isalpha() for c in compact):
                continue
            out.append((way, {"text": f"{local} {compact.lower()} (typed from the card)"}))
        elif way == "regrouped":
            out.append((way, {"text": f"{english}: {_group(compact, 3, ' ')}"}))
        elif way == "dashed":
            out.append((way, {"text": f"{local} {_group(compact, 4, rng.choice(['-', '.']))} as requested"}))
        elif way == "bare":
            out.append((way, {"text": f"{name} — {formatted if rng.random() < 0.5 else compact}, please call back."}))
        elif way == "json":
            out.append((way, {"applicant": {"name": name, key: formatted, "checked": True}}))
        elif way == "formline":
            out.append((way, {"text": f"Name: {name} | {english.capitalize()}: {formatted} | Status: verified"}))
    return out


def make_ids(seed: int, ways: list[str]) -> list[dict]:
    from faker import Faker

    rng = random.Random(seed)
    fakers: dict[str, Faker] = {}

    def person(locale: str) -> str:
        if locale not in fakers:
            try:
                fakers[locale] = Faker(locale)
            except AttributeError:
                fakers[locale] = Faker("en_US")
            fakers[locale].seed_instance(seed)
        return fakers[locale].name()

    items = []
    for name, (locale, local, english) in PERSONAL.items():
        mod = importlib.import_module(f"stdnum.{name}")
        for way in ways:
            v = stdnum_value(rng, name)
            if v is None:
                print(f"skipped stdnum.{name}: no valid value to draw from", file=sys.stderr)
                break
            fmt = mod.format(v) if hasattr(mod, "format") else v
            nm = person(locale)
            for w, body in writings(rng, mod.compact(v), fmt, rng.choice(local), rng.choice(english), nm, [way]):
                items.append({"kind": name, "family": "national", "way": w, "value": v, "body": body, "name": nm})
    for kind, (locale, fmts, local, english) in NOCHECK.items():
        for way in ways:
            v = format_value(rng, rng.choice(fmts))
            nm = person(locale)
            for w, body in writings(rng, re.sub(r"[\W_]", "", v), v, rng.choice(local), rng.choice(english), nm, [way]):
                items.append({"kind": kind, "family": "no check", "way": w, "value": v, "body": body, "name": nm})
    from stdnum import iban

    iban_ways = ["compact", "format", "lower", "regrouped", "bare"]
    for cc, bban in iban_countries():
        for way in iban_ways:
            v = iban_value(rng, cc, bban)
            if v is None:
                continue
            nm = person("en_US")
            shown = {"compact": v, "format": iban.format(v), "lower": iban.format(v).lower(),
                     "regrouped": _group(v, rng.choice([3, 5, 6]), " "), "bare": iban.format(v)}[way]
            text = {"compact": f"IBAN: {shown}", "format": f"Please wire the refund to IBAN {shown}. Thanks!",
                    "lower": f"my iban is {shown}", "regrouped": f"Konto (IBAN) {shown} bitte",
                    "bare": f"{nm} — {shown}"}[way]
            items.append({"kind": f"IBAN_{cc}", "family": "iban", "way": way, "value": v, "body": {"text": text},
                          "name": nm})
    return items


def make_clean(seed: int, n: int = 240) -> list[dict]:
    """Ordinary numbers beside shop, post and book labels, and bare: none is a person's identifier."""
    from stdnum import ean, isbn

    rng = random.Random(seed + 1)
    items = []
    kinds = list(CLEAN_LABELS)
    for i in range(n):
        kind = kinds[i % len(kinds)]
        label = rng.choice(CLEAN_LABELS[kind])
        if kind == "ean":
            body = "".join(rng.choice(string.digits) for _ in range(12))
            v = body + ean.calc_check_digit(body)
        elif kind == "isbn":
            body = rng.choice(["978", "979"]) + "".join(rng.choice(string.digits) for _ in range(9))
            v = body + ean.calc_check_digit(body)
            if rng.random() < 0.5:
                v = isbn.format(v)
        elif kind == "tracking":
            v = rng.choice([
                "1Z" + "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(16)),
                "".join(rng.choice(string.digits) for _ in range(rng.choice([12, 15, 20, 22]))),
                "JJD" + "".join(rng.choice(string.digits) for _ in range(18)),
                rng.choice(["LX", "RR", "CP"]) + "".join(rng.choice(string.digits) for _ in range(9))
                + rng.choice(["DE", "FR", "NL", "CN"])])
        elif kind == "invoice":
            v = rng.choice([f"INV-2026-{rng.randint(1, 99999):05d}", f"RE-{rng.randint(2019, 2026)}-{rng.randint(1, 9999):04d}",
                            f"F{rng.randint(2019, 2026)}/{rng.randint(1, 99999):05d}",
                            "".join(rng.choice(string.digits) for _ in range(rng.randint(7, 11)))])
        else:  # orders, tickets: digit runs of every length a national number has, and shop codes
            n_d = rng.randint(6, 13)
            v = rng.choice(["".join(rng.choice(string.digits) for _ in range(n_d)),
                            f"{rng.choice(['A', 'B', 'W', 'X'])}{''.join(rng.choice(string.digits) for _ in range(n_d))}",
                            f"{rng.randint(100, 999)}-{rng.randint(1000000, 9999999)}-{rng.randint(1000000, 9999999)}"])
        text = rng.choice([f"{label}: {v}", f"Hello, my {label} is {v} and the parcel has not arrived yet.",
                           f"Re: {label} {v} — the item arrived damaged, what now?", f"{v}"])
        items.append({"kind": kind, "family": "clean", "way": "clean", "value": v, "body": {"text": text}})
    return items


# --------------------------------------------------------------------------- scoring
def _compact(s: str) -> str:
    return re.sub(r"[\W_]", "", s).casefold()


def _flat(body) -> str:
    return json.dumps(body, ensure_ascii=False)


WORD = re.compile(r"[^\W\d_]{3,}")


def policy_for(name: str):
    from governed_tuning.policy import load_policy

    pol = load_policy(name).policy.pii
    # tokens in place of surrogates: a Faker surrogate could equal a Faker name (detection is the same)
    tokens = pol.model_copy(update={"entities": {k: (r.model_copy(update={"action": "pseudonymize"})
                                                     if r.action == "surrogate" else r)
                                                 for k, r in pol.entities.items()}})
    return pol, tokens


def scrub(gate, items: list[dict]) -> list[str]:
    records = [{"id": i, **it["body"]} for i, it in enumerate(items)]
    outs, _ = gate.scrub_records(records)
    by_id = {o.get("id"): o for o in outs}
    return [_flat({k: v for k, v in by_id.get(i, {}).items() if k != "id"}) for i in range(len(items))]


def verdict(gate, items: list[dict], folder: Path, name: str) -> str:
    src = folder / f"{name}.jsonl"
    src.write_text("".join(json.dumps({"id": i, **it["body"]}, ensure_ascii=False) + "\n"
                           for i, it in enumerate(items)), encoding="utf-8")
    res = gate.check(src, folder / f"{name}.out.jsonl")
    return f"{res.verdict} (residual {res.evidence.get('residual')} {res.evidence.get('residual_by_type')})"


def detector_kinds() -> dict[str, str]:
    """stdnum module -> the detector's kind that validates with it (None: the detector has no such kind)."""
    from governed_tuning.gates.pii.identifiers import SPECS

    return {s.validator: s.kind for s in SPECS if isinstance(s.validator, str)}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sets", default="ids,clean")
    ap.add_argument("--policy", default="default")
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--ways", default=",".join(WAYS))
    ap.add_argument("--misses", type=int, default=0, help="print this many missed values (generated data only)")
    ap.add_argument("--no-verdict", action="store_true", help="skip the gate's verdict (PiiGate.check)")
    a = ap.parse_args(argv)
    os.environ.setdefault("GOVERNED_TUNING_PSEUDONYM_KEY", KEY)
    from governed_tuning.gates.pii import PiiGate

    pol, tokens = policy_for(a.policy)
    gate_tokens, gate_shipped = PiiGate(tokens), PiiGate(pol)
    ways = [w for w in a.ways.split(",") if w]
    known = detector_kinds()
    import faker
    import stdnum
    print(f"## pii_ids5: policy {a.policy}, seed {a.seed}, python-stdnum {stdnum.__version__}, Faker {faker.VERSION}\n")
    with tempfile.TemporaryDirectory() as d:
        for name in a.sets.split(","):
            t0 = time.time()
            items = make_ids(a.seed, ways) if name == "ids" else make_clean(a.seed)
            outs = scrub(gate_tokens, items)
            v = "" if a.no_verdict else verdict(gate_shipped, items, Path(d), name)
            secs = time.time() - t0
            if name == "clean":
                changed = Counter()
                for it, out in zip(items, outs):
                    if _flat(it["body"]) != out:
                        changed[it["kind"]] += 1
                tot = Counter(it["kind"] for it in items)
                print(f"### clean: {len(items)} records, {secs:.0f} s; verdict {v or '-'} (must pass)\n")
                print("| label family | records changed | of |\n|---|---|---|")
                for k in tot:
                    print(f"| {k} | {changed[k]} | {tot[k]} |")
                print(f"\nrecords changed: {sum(changed.values())}/{len(items)}")
                for it, out in zip(items, outs):
                    if _flat(it["body"]) != out and a.misses:
                        print(f"    TAKEN {it['kind']}: {_flat(it['body'])[:160]} -> {out[:160]}")
                continue
            per_kind, per_way, per_family = defaultdict(lambda: [0, 0]), defaultdict(lambda: [0, 0]), \
                defaultdict(lambda: [0, 0])
            words = lost = 0
            misses = []
            lost_words: Counter = Counter()
            for it, out in zip(items, outs):
                left = _compact(it["value"]) in _compact(out)
                for table, key in ((per_kind, it["kind"]), (per_way, it["way"]), (per_family, it["family"])):
                    table[key][0] += left
                    table[key][1] += 1
                if left:
                    misses.append((it["kind"], it["way"], _flat(it["body"])))
                src = _flat(it["body"])
                for part in (it["value"], it.get("name") or "\0"):
                    src = src.replace(part, " ")
                inside = _compact(it["value"])  # a part of the value as written ("GODE 560531 GR1")
                ins = Counter(w for w in WORD.findall(src) if w.casefold() not in inside)
                kept = Counter(WORD.findall(out))
                for w, c in ins.items():
                    words += c
                    lost += max(0, c - kept[w])
                    lost_words[w] += max(0, c - kept[w])
            n, k = len(items), sum(x[0] for x in per_kind.values())
            print(f"### ids: {k}/{n} values left = {100 * k / n:.1f}%; {secs:.0f} s; verdict {v or '-'} (must fail); "
                  f"words lost {lost}/{words} = {100 * lost / max(words, 1):.1f}% (outside the values and names)\n")
            print("| family | left | of |\n|---|---|---|")
            for f, (x, y) in sorted(per_family.items()):
                print(f"| {f} | {x} | {y} |")
            print("\n| written | left | of |\n|---|---|---|")
            for f, (x, y) in sorted(per_way.items(), key=lambda t: -t[1][0]):
                print(f"| {f} | {x} | {y} |")
            print("\n| kind (detector's kind) | left | of |\n|---|---|---|")
            for f, (x, y) in sorted(per_kind.items(), key=lambda t: (-t[1][0] / t[1][1], t[0])):
                if x or not f.startswith("IBAN_"):
                    print(f"| {f} ({known.get(f, '-') if '.' in f else ''}) | {x} | {y} |")
            if a.misses:
                print("words lost most:", ", ".join(f"{w} {c}" for w, c in lost_words.most_common(40)))
            for kind, way, text in misses[:a.misses]:
                print(f"    MISS {kind} [{way}]: {text[:180]}")
            print()
    return 0


if __name__ == "__main__":
    import hashseed  # the same data on every run: PYTHONHASHSEED=0 unless set

    hashseed.pin()
    sys.exit(main())
