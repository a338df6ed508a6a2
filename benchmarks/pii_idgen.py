"""Generated identifiers for the PII benchmarks: one maker per kind, every value checked by python-stdnum.

Kept apart from the detector on purpose: nothing here imports ``governed_tuning``. A value is made from a
seeded ``random.Random`` (and Faker where Faker knows the format) and kept only when python-stdnum's
``is_valid`` accepts it; kinds that have no validator in python-stdnum (NINO, passports, driver licences,
MRNs, NRIC, Medicare) follow the issuing authority's published format and are marked ``validator: None``.

``make(kind, rng)`` -> ``(value, validator)``; ``KINDS`` lists every kind with the words people use for it
(two disjoint lists: ``tune`` labels are the ones the detector may be tuned on, ``heldout`` labels appear
only in the held-out set).
"""

from __future__ import annotations

import hashlib
import random
import string
from importlib import import_module

DIGITS = string.digits
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def _digits(rng: random.Random, n: int, first: str = DIGITS) -> str:
    return rng.choice(first) + "".join(rng.choice(DIGITS) for _ in range(n - 1))


def _until_valid(rng: random.Random, module: str, draw, fmt: bool | None = None, tries: int = 5000) -> str:
    """Draw candidates until python-stdnum's ``is_valid`` accepts one; show it in the official format half
    of the time (``fmt=None``) or as asked."""
    mod = import_module(f"stdnum.{module}")
    for _ in range(tries):
        v = draw()
        if mod.is_valid(v):
            use_fmt = rng.random() < 0.5 if fmt is None else fmt
            return mod.format(v) if use_fmt and hasattr(mod, "format") else v
    raise RuntimeError(f"no valid {module} value in {tries} draws")


def _b58check(payload: bytes) -> str:
    data = payload + hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    n, out = int.from_bytes(data, "big"), ""
    while n:
        n, r = divmod(n, 58)
        out = B58[r] + out
    return "1" * (len(data) - len(data.lstrip(b"\0"))) + out


def _nino(rng: random.Random) -> str:
    # HMRC: no D F I Q U V in either prefix letter, no O second, prefixes BG GB NK KN TN NT ZZ never issued
    ok = [c for c in string.ascii_uppercase if c not in "DFIQUV"]
    while True:
        p = rng.choice(ok) + rng.choice([c for c in ok if c != "O"])
        if p not in {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}:
            break
    d = _digits(rng, 6)
    suffix = rng.choice("ABCD")
    return rng.choice([f"{p}{d}{suffix}", f"{p} {d[:2]} {d[2:4]} {d[4:]} {suffix}"])


def _nric(rng: random.Random) -> str:
    # Singapore NRIC/FIN: prefix S/T/F/G, 7 digits, check letter (weights 2 7 6 5 4 3 2, offset 4 for T/G)
    prefix = rng.choice("STFG")
    d = _digits(rng, 7)
    total = sum(int(c) * w for c, w in zip(d, (2, 7, 6, 5, 4, 3, 2))) + (4 if prefix in "TG" else 0)
    table = "JZIHGFEDCBA" if prefix in "ST" else "XWUTRQPNMLK"
    return prefix + d + table[total % 11]


def _medicare(rng: random.Random) -> str:
    # Australian Medicare: first digit 2-6, check digit = weighted sum (1 3 7 9 1 3 7 9) mod 10, issue number
    d = _digits(rng, 8, "23456")
    check = sum(int(c) * w for c, w in zip(d, (1, 3, 7, 9, 1, 3, 7, 9))) % 10
    v = f"{d}{check}{rng.randint(1, 9)}"
    return rng.choice([v, f"{v[:4]} {v[4:9]} {v[9]}"])


def _us_dl(rng: random.Random) -> str:
    # formats of a few states: CA letter+7 digits, NY 9 digits, FL letter+12 digits, TX 8 digits, WA WDL+9 chars
    return rng.choice([
        lambda: rng.choice(string.ascii_uppercase) + _digits(rng, 7),
        lambda: _digits(rng, 9, "123456789"),
        lambda: rng.choice(string.ascii_uppercase) + _digits(rng, 12),
        lambda: _digits(rng, 8, "123456789"),
        lambda: "WDL" + "".join(rng.choice(string.ascii_uppercase + DIGITS) for _ in range(9)),
    ])()


def _mrn(rng: random.Random) -> str:
    return rng.choice([lambda: _digits(rng, rng.randint(7, 10), "123456789"),
                       lambda: "MRN" + _digits(rng, 8),
                       lambda: rng.choice(["H", "MR", "PT"]) + "-" + _digits(rng, 7)])()


def _make_pan(rng: random.Random) -> str:
    up = string.ascii_uppercase
    return "".join(rng.choice(up) for _ in range(3)) + "P" + rng.choice(up) + _digits(rng, 4) + rng.choice(up)


def _bitcoin(rng: random.Random) -> str:
    return _b58check(bytes([rng.choice([0, 5])]) + bytes(rng.getrandbits(8) for _ in range(20)))


def _iban(rng: random.Random) -> str:
    from faker import Faker

    f = Faker(rng.choice(["de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "pl_PL", "en_GB", "fi_FI"]))
    f.seed_instance(rng.getrandbits(32))
    return f.iban()


# kind -> (maker, stdnum module or None, tune labels, held-out labels)
KINDS: dict[str, tuple] = {
    "UK_NHS": (lambda r: _until_valid(r, "gb.nhs", lambda: _digits(r, 10, "4")), "gb.nhs",
               ["NHS number", "NHS no"], ["NHS No.", "patient NHS no"]),
    "UK_NINO": (_nino, None, ["National Insurance number", "NI number"], ["NINO", "national insurance no"]),
    "ES_NIF": (lambda r: (lambda d: d + import_module("stdnum.es.dni").calc_check_digit(d))(_digits(r, 8)),
               "es.dni", ["DNI", "NIF"], ["documento nacional de identidad", "D.N.I."]),
    "ES_NIE": (lambda r: (lambda p, d: p + d + import_module("stdnum.es.nie").calc_check_digit(p + d))(
        r.choice("XYZ"), _digits(r, 7)), "es.nie", ["NIE", "foreigner ID"], ["número de extranjero", "N.I.E."]),
    "IT_FISCAL_CODE": (lambda r: _faker_value(r, "it_IT", "ssn", "it.codicefiscale"), "it.codicefiscale",
                       ["codice fiscale", "fiscal code"], ["Italian tax code", "CF"]),
    "PL_PESEL": (lambda r: _faker_value(r, "pl_PL", "pesel", "pl.pesel"), "pl.pesel", ["PESEL", "PESEL number"],
                 ["numer PESEL", "Polish ID number"]),
    "NL_BSN": (lambda r: _until_valid(r, "nl.bsn", lambda: _digits(r, 9, "123456789"), fmt=False), "nl.bsn",
               ["BSN", "burgerservicenummer"], ["citizen service number", "BSN-nummer"]),
    "SE_PERSONNUMMER": (lambda r: _faker_value(r, "sv_SE", "ssn", "se.personnummer"), "se.personnummer",
                        ["personnummer", "Swedish personal number"], ["personal identity number", "pnr"]),
    "FR_NIR": (lambda r: _faker_value(r, "fr_FR", "ssn", "fr.nir"), "fr.nir",
               ["numéro de sécurité sociale", "NIR"], ["INSEE number", "French social security number"]),
    "DE_TAX_ID": (lambda r: _until_valid(r, "de.idnr", lambda: _digits(r, 11, "123456789")), "de.idnr",
                  ["Steuer-ID", "tax ID"], ["Steueridentifikationsnummer", "IdNr"]),
    "IN_AADHAAR": (lambda r: _until_valid(r, "in_.aadhaar", lambda: _digits(r, 12, "23456789")), "in_.aadhaar",
                   ["Aadhaar", "Aadhaar number"], ["UIDAI number", "aadhar no"]),
    "IN_PAN": (lambda r: _until_valid(r, "in_.pan", lambda: _make_pan(r)), "in_.pan", ["PAN", "PAN card"],
               ["permanent account number", "PAN no."]),
    "AU_TFN": (lambda r: _until_valid(r, "au.tfn", lambda: _digits(r, 9, "123456789")), "au.tfn",
               ["TFN", "tax file number"], ["Tax File No", "ATO file number"]),
    "AU_ABN": (lambda r: _until_valid(r, "au.abn", lambda: _digits(r, 11, "123456789")), "au.abn",
               ["ABN", "business number"], ["Australian Business Number", "A.B.N."]),
    "AU_MEDICARE": (_medicare, None, ["Medicare number", "Medicare card"], ["medicare no", "Medicare #"]),
    "CA_SIN": (lambda r: _until_valid(r, "ca.sin", lambda: _digits(r, 9, "1234567")), "ca.sin",
               ["SIN", "social insurance number"], ["S.I.N.", "numéro d'assurance sociale"]),
    "BR_CPF": (lambda r: _until_valid(r, "br.cpf", lambda: _digits(r, 11, "123456789")), "br.cpf",
               ["CPF", "CPF number"], ["cadastro de pessoa física", "nº do CPF"]),
    "US_SSN": (lambda r: _until_valid(r, "us.ssn", lambda: _digits(r, 9, "12345678"), fmt=True), "us.ssn",
               ["SSN", "social security number"], ["Social Security No.", "soc sec #"]),
    "US_ITIN": (lambda r: _until_valid(r, "us.itin", lambda: "9" + _digits(r, 2) + r.choice(
        ["70", "78", "88", "90", "92", "94", "99"]) + _digits(r, 4), fmt=True), "us.itin",
                ["ITIN", "taxpayer ID"], ["individual taxpayer identification number", "I.T.I.N."]),
    "FI_PERSONAL_IDENTITY_CODE": (lambda r: _faker_value(r, "fi_FI", "ssn", "fi.hetu"), "fi.hetu",
                                  ["henkilötunnus", "HETU"], ["Finnish personal identity code", "hetu-numero"]),
    "KR_RRN": (lambda r: _faker_value(r, "ko_KR", "ssn", "kr.rrn"), "kr.rrn",
               ["RRN", "resident registration number"], ["주민등록번호", "Korean resident number"]),
    "TH_TNIN": (lambda r: _until_valid(r, "th.pin", lambda: _digits(r, 13, "12345678")), "th.pin",
                ["Thai ID", "national ID number"], ["เลขประจำตัวประชาชน", "Thai citizen ID"]),
    "SG_NRIC_FIN": (_nric, None, ["NRIC", "FIN"], ["IC number", "NRIC no."]),
    "CRYPTO": (lambda r: _until_valid(r, "bitcoin", lambda: _bitcoin(r)), "bitcoin",
               ["bitcoin address", "BTC wallet"], ["wallet", "btc addr"]),
    "IBAN_CODE": (lambda r: _until_valid(r, "iban", lambda: _iban(r)), "iban", ["IBAN", "bank account"],
                  ["account no.", "IBAN-Nummer"]),
    "US_PASSPORT": (lambda r: r.choice([_digits(r, 9, "123456789"), r.choice("ACEFGHJKLMNPRSTUVWXYZ") +
                                        _digits(r, 8)]), None, ["passport number", "US passport"],
                    ["passport no.", "pasaporte"]),
    "US_DRIVER_LICENSE": (_us_dl, None, ["driver's license", "DL number"], ["driving licence", "license no."]),
    "MEDICAL_RECORD_NUMBER": (_mrn, None, ["MRN", "medical record number"], ["patient ID", "hospital number"]),
    "TR_NATIONAL_ID": (lambda r: _until_valid(r, "tr.tckimlik", lambda: (lambda d: d + import_module(
        "stdnum.tr.tckimlik").calc_check_digits(d))(_digits(r, 9, "123456789"))), "tr.tckimlik",
                    ["TC Kimlik", "TCKN"], ["kimlik numarası", "Turkish ID number"]),
}


def _faker_value(rng: random.Random, locale: str, method: str, module: str) -> str:
    from faker import Faker

    f = Faker(locale)
    mod = import_module(f"stdnum.{module}")
    for _ in range(200):
        f.seed_instance(rng.getrandbits(32))
        v = getattr(f, method)()
        if mod.is_valid(v):
            return v
    raise RuntimeError(f"Faker {locale}.{method} gave no value {module} accepts")


def make(kind: str, rng: random.Random) -> tuple[str, str | None]:
    maker, validator, *_ = KINDS[kind]
    v = maker(rng)
    if validator is not None:
        assert import_module(f"stdnum.{validator}").is_valid(v), (kind, "generated value fails its validator")
    return v, validator
