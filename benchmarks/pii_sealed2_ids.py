"""Identifiers for the second sealed PII set: every identifier kind the shipped policies name, each value
drawn from a seeded ``random.Random`` and kept only when its validator accepts it.

Validators: python-stdnum's ``is_valid`` wherever python-stdnum has the number (``check="stdnum:<module>"``);
otherwise the number's published check (Luhn for the NPI with its 80840 prefix, the ICAO 7-3-1 check of
passport and ID-card numbers, the Medicare and NRIC/FIN checksums, the DEA number's) or, where the number has
no check at all, its official shape (``check="format"``). Faker draws the value where Faker has the number for
the issuing country (half of the time), and the validator still decides.

Written without reading the detector: nothing here imports ``governed_tuning``; the kind names are the ones
``governed-tuning policy show`` lists. ``KINDS``: kind -> ``Kind``; ``make(kind, rng)`` -> (value, label).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
import re
import string
import uuid
from dataclasses import dataclass
from importlib import import_module
from typing import Callable

D, UP = string.digits, string.ascii_uppercase
AN = D + UP


@dataclass(frozen=True)
class Kind:
    check: str  # "stdnum:<module>", "luhn", "icao", "sum" (a published checksum written here) or "format"
    locale: str  # Faker locale of the issuing country
    labels: tuple[str, ...]  # what people write beside the value (English and the country's language)
    draw: Callable[[random.Random], str]
    shape: str = ""  # regex of the official shape (for "format" and "sum" kinds)


def _n(rng: random.Random, k: int, first: str = D) -> str:
    return rng.choice(first) + "".join(rng.choice(D) for _ in range(k - 1))


def _s(rng: random.Random, k: int, alphabet: str = UP) -> str:
    return "".join(rng.choice(alphabet) for _ in range(k))


def _birth(rng: random.Random, lo: int = 1945, hi: int = 2004) -> dt.date:
    return dt.date(rng.randint(lo, hi), 1, 1) + dt.timedelta(days=rng.randint(0, 364))


def std(module: str):
    return import_module(f"stdnum.{module}")


def _until(module: str, build: Callable[[random.Random], str], tries: int = 20000):
    """Draw ``build`` until python-stdnum's ``module`` accepts the value (check digits found by search, so
    no checksum is written here)."""
    mod = std(module)

    def draw(rng: random.Random) -> str:
        for _ in range(tries):
            v = build(rng)
            if mod.is_valid(v):
                return v
        raise RuntimeError(f"no valid {module} in {tries} draws")
    return draw


_FAKERS: dict = {}


def faker(locale: str):
    from faker import Faker

    if locale not in _FAKERS:
        _FAKERS[locale] = Faker(locale)
    return _FAKERS[locale]


def _or_faker(locale: str, method: str, module: str, own: Callable[[random.Random], str]):
    """Faker's value for the country half of the time when python-stdnum accepts it, else our own draw."""
    def draw(rng: random.Random) -> str:
        if rng.random() < 0.5:
            f = faker(locale)
            f.seed_instance(rng.getrandbits(32))
            v = str(getattr(f, method)())
            if std(module).is_valid(v):
                return v
        return own(rng)
    return draw


# --- published checks that python-stdnum does not have --------------------------------------------------
def icao(s: str) -> str:
    """ICAO 9303 check digit (weights 7, 3, 1; letters A=10 ... Z=35), as on passports' and ID cards' MRZ."""
    val = {c: i for i, c in enumerate(D + UP)}
    return str(sum(val[c] * (7, 3, 1)[i % 3] for i, c in enumerate(s)) % 10)


def medicare_ok(v: str) -> bool:
    d = re.sub(r"\D", "", v)
    return len(d) in (10, 11) and d[0] in "23456" and \
        sum(int(a) * w for a, w in zip(d[:8], (1, 3, 7, 9, 1, 3, 7, 9))) % 10 == int(d[8])


def _medicare(rng: random.Random) -> str:
    while True:
        d = _n(rng, 8, "23456")
        c = sum(int(a) * w for a, w in zip(d, (1, 3, 7, 9, 1, 3, 7, 9))) % 10
        v = f"{d}{c}{rng.randint(1, 9)}"
        if medicare_ok(v):
            return rng.choice([v, f"{v[:4]} {v[4:9]} {v[9]}"])


_NRIC_ST, _NRIC_FG = "JZIHGFEDCBA", "XWUTRQPNMLK"


def nric_ok(v: str) -> bool:
    if not re.fullmatch(r"[STFG]\d{7}[A-Z]", v):
        return False
    t = sum(int(a) * w for a, w in zip(v[1:8], (2, 7, 6, 5, 4, 3, 2))) + (4 if v[0] in "TG" else 0)
    return v[8] == (_NRIC_ST if v[0] in "ST" else _NRIC_FG)[t % 11]


def _nric(rng: random.Random) -> str:
    p, body = rng.choice("STFG"), _n(rng, 7)
    t = sum(int(a) * w for a, w in zip(body, (2, 7, 6, 5, 4, 3, 2))) + (4 if p in "TG" else 0)
    return p + body + (_NRIC_ST if p in "ST" else _NRIC_FG)[t % 11]


def dea_ok(v: str) -> bool:
    if not re.fullmatch(r"[ABCDFGHMPRX][A-Z]\d{7}", v):
        return False
    d = [int(c) for c in v[2:]]
    return (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10 == d[6]


def _dea(rng: random.Random) -> str:
    d = [rng.randint(0, 9) for _ in range(6)]
    c = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return rng.choice("ABFGM") + rng.choice(UP) + "".join(map(str, d)) + str(c)


def npi_ok(v: str) -> bool:
    from stdnum import luhn
    return bool(re.fullmatch(r"[12]\d{9}", v)) and luhn.is_valid("80840" + v)


def _npi(rng: random.Random) -> str:
    from stdnum import luhn
    body = _n(rng, 9, "12")
    return body + luhn.calc_check_digit("80840" + body)


def _passport_icao(prefix: str, k: int, alphabet: str = D):
    def draw(rng: random.Random) -> str:
        body = prefix + _s(rng, k, alphabet)
        return body + icao(body)
    return draw


def icao_ok(v: str) -> bool:
    v = v.replace(" ", "")
    return len(v) >= 2 and icao(v[:-1]) == v[-1]


_NINO_BAD_FIRST, _NINO_BAD_SECOND = set("DFIQUV"), set("DFIQUVO")


def _nino(rng: random.Random) -> str:
    while True:
        a, b = rng.choice(UP), rng.choice(UP)
        if a in _NINO_BAD_FIRST or b in _NINO_BAD_SECOND or a + b in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            continue
        d, s = _n(rng, 6), rng.choice("ABCD")
        return rng.choice([f"{a}{b}{d}{s}", f"{a}{b} {d[:2]} {d[2:4]} {d[4:]} {s}"])


def _uk_dl(rng: random.Random) -> str:  # DVLA: 5 of surname, decade, MM(+50), DD, year digit, 2 initials, 9, 2
    f = faker("en_GB")
    f.seed_instance(rng.getrandbits(32))
    sur = re.sub(r"[^A-Z]", "", f.last_name().upper())[:5].ljust(5, "9")
    b = _birth(rng)
    mm = b.month + (50 if rng.random() < 0.5 else 0)
    ini = re.sub(r"[^A-Z]", "", f.first_name().upper())[:1] + rng.choice(UP + "9")
    return f"{sur}{str(b.year)[2]}{mm:02d}{b.day:02d}{str(b.year)[3]}{ini}9{_s(rng, 2, AN)}"


def _mbi(rng: random.Random) -> str:  # Medicare Beneficiary Identifier: C A AN N A AN N A A N N (no S L O I B Z)
    letters = "ACDEFGHJKMNPQRTUVWXY"
    an = letters + D
    pat = [("123456789",), (letters,), (an,), (D,), (letters,), (an,), (D,), (letters,), (letters,), (D,), (D,)]
    v = "".join(rng.choice(p[0]) for p in pat)
    return rng.choice([v, f"{v[:4]}-{v[4:7]}-{v[7:]}"])


def _de_kvnr(rng: random.Random) -> str:  # Krankenversichertennummer: letter + 8 digits + check (Luhn-like 1,2)
    letter = rng.choice(UP)
    body = f"{UP.index(letter) + 1:02d}" + _n(rng, 8)
    s = 0
    for i, c in enumerate(body):
        p = int(c) * (1 if i % 2 == 0 else 2)
        s += p // 10 + p % 10
    return letter + body[2:] + str(s % 10)


def _de_rvnr(rng: random.Random) -> str:  # Rentenversicherungsnummer: area, DDMMYY, initial, serial, check
    b = _birth(rng)
    letter = rng.choice(UP)
    head = f"{rng.choice([12, 13, 15, 16, 17, 18, 19, 23, 24, 25, 26, 28, 29, 38, 39, 40, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69])}{b:%d%m%y}"
    serial = f"{rng.randint(0, 49):02d}"
    digits = head + f"{UP.index(letter) + 1:02d}" + serial
    s = 0
    for c, w in zip(digits, (2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1)):
        p = int(c) * w
        s += p // 10 + p % 10
    return f"{head}{letter}{serial}{s % 10}"


def _de_stnr(rng: random.Random) -> str:
    mod = std("de.stnr")
    while True:
        v = rng.choice([f"{_n(rng, 2, '123456789')}/{_n(rng, 3)}/{_n(rng, 5)}", f"{_n(rng, 3, '123456789')}/{_n(rng, 3)}/{_n(rng, 5)}",
                        f"{_n(rng, 3, '123456789')}/{_n(rng, 4)}/{_n(rng, 4)}"])
        if mod.is_valid(v):
            return v


def _hrb(rng: random.Random) -> str:
    court = rng.choice(["Berlin (Charlottenburg)", "München", "Hamburg", "Köln", "Frankfurt am Main", "Düsseldorf",
                        "Stuttgart", "Leipzig"])
    return f"{court} {rng.choice(['HRB', 'HRA'])} {rng.randint(1000, 250000)}"


def _gstin(rng: random.Random) -> str:
    pan = _pan(rng)
    mod = std("in_.gstin")
    state = f"{rng.randint(1, 37):02d}"
    for c in AN:
        v = f"{state}{pan}{rng.choice('123456789')}Z{c}"
        if mod.is_valid(v):
            return v
    return _gstin(rng)


def _pan(rng: random.Random) -> str:
    while True:
        v = _s(rng, 3) + rng.choice("PCHFATBLJG") + rng.choice(UP) + _n(rng, 4, "123456789") + rng.choice(UP)
        if std("in_.pan").is_valid(v):
            return v


def _epic(rng: random.Random) -> str:
    from stdnum import luhn
    body = _n(rng, 6)
    return _s(rng, 3) + body + luhn.calc_check_digit(body)


def _rrn(frn: bool):
    def build(rng: random.Random) -> str:
        b = _birth(rng, 1950, 2005)
        g = rng.choice("5678" if frn else "1234")
        if b.year >= 2000:
            g = rng.choice("78" if frn else "34")
        elif g in "3478":
            g = "5" if frn else "1"
        base = f"{b:%y%m%d}{g}{_n(rng, 5)}"
        return base + std("kr.rrn").calc_check_digit(base)
    return build


def _fi_hetu(rng: random.Random) -> str:
    b = _birth(rng, 1945, 2004)
    sep = "-" if b.year < 2000 else "A"
    n = f"{rng.randint(2, 899):03d}"
    c = "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(f"{b:%d%m%y}{n}") % 31]
    return f"{b:%d%m%y}{sep}{n}{c}"


def _se_pnr(rng: random.Random) -> str:
    from stdnum import luhn
    b = _birth(rng)
    body = f"{b:%y%m%d}{_n(rng, 3)}"
    v = body + luhn.calc_check_digit(body)
    return rng.choice([f"{v[:6]}-{v[6:]}", f"{b.year // 100}{v[:6]}-{v[6:]}"])


def _no_fnr(rng: random.Random) -> str:
    m = std("no.fodselsnummer")
    while True:
        b = _birth(rng, 1945, 1999)
        base = f"{b:%d%m%y}{rng.randint(0, 499):03d}"
        try:
            c1 = m.calc_check_digit1(base)
            v = base + c1 + m.calc_check_digit2(base + c1)
        except Exception:
            continue
        if len(v) == 11 and m.is_valid(v):
            return v


def _pesel(rng: random.Random) -> str:
    b = _birth(rng, 1945, 2005)
    mm = b.month + (20 if b.year >= 2000 else 0)
    base = f"{b:%y}{mm:02d}{b:%d}{_n(rng, 4)}"
    return base + std("pl.pesel").calc_check_digit(base)


def _za_id(rng: random.Random) -> str:
    from stdnum import luhn
    b = _birth(rng, 1950, 2004)
    base = f"{b:%y%m%d}{_n(rng, 4)}{rng.choice('01')}8"
    return base + luhn.calc_check_digit(base)


def _cf(rng: random.Random) -> str:  # codice fiscale around a real date of birth
    b = _birth(rng)
    months = "ABCDEHLMPRST"
    day = b.day + (40 if rng.random() < 0.5 else 0)
    body = _s(rng, 6, "BCDFGLMNPRSTVZ") + f"{b:%y}" + months[b.month - 1] + f"{day:02d}" + rng.choice("ABCDEFGHILM") + _n(rng, 3)
    return body + std("it.codicefiscale").calc_check_digit(body)


def _nir(rng: random.Random) -> str:
    b = _birth(rng)
    body = f"{rng.choice('12')}{b:%y%m}{rng.randint(1, 95):02d}{_n(rng, 3)}{_n(rng, 3)}"
    v = body + std("fr.nir").calc_check_digits(body)
    return rng.choice([v, std("fr.nir").format(v)])


def _btc(rng: random.Random) -> str:
    """A bitcoin address: base58check (P2PKH / P2SH) or bech32 (P2WPKH), with its real checksum."""
    if rng.random() < 0.65:
        payload = bytes([rng.choice([0, 5])]) + bytes(rng.getrandbits(8) for _ in range(20))
        full = payload + hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
        alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
        n = int.from_bytes(full, "big")
        out = ""
        while n:
            n, r = divmod(n, 58)
            out = alphabet[r] + out
        return "1" * (len(full) - len(full.lstrip(b"\0"))) + out
    charset = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
    prog = bytes(rng.getrandbits(8) for _ in range(20))
    acc, bits, data = 0, 0, [0]
    for b in prog:
        acc = (acc << 8) | b
        bits += 8
        while bits >= 5:
            bits -= 5
            data.append((acc >> bits) & 31)
    if bits:
        data.append((acc << (5 - bits)) & 31)
    hrp = "bc"
    values = [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp] + data
    gen = [0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3]

    def polymod(vals):
        chk = 1
        for v in vals:
            top = chk >> 25
            chk = (chk & 0x1FFFFFF) << 5 ^ v
            for i in range(5):
                chk ^= gen[i] if ((top >> i) & 1) else 0
        return chk
    pm = polymod(values + [0] * 6) ^ 1
    return hrp + "1" + "".join(charset[d] for d in data + [(pm >> 5 * (5 - i)) & 31 for i in range(6)])


def _mac(rng: random.Random) -> str:
    b = [rng.choice([0x00, 0x3C, 0xA4, 0xF0, 0x8C])] + [rng.getrandbits(8) for _ in range(5)]
    sep = rng.choice([":", "-"])
    return sep.join(f"{x:02x}" for x in b) if rng.random() < 0.6 else sep.join(f"{x:02X}" for x in b)


def _imei(rng: random.Random) -> str:
    from stdnum import luhn
    body = rng.choice(["35", "86", "01", "49"]) + _n(rng, 12)
    return body + luhn.calc_check_digit(body)


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _faker_only(locale: str, method: str):
    def draw(rng: random.Random) -> str:
        f = faker(locale)
        f.seed_instance(rng.getrandbits(32))
        return str(getattr(f, method)())
    return draw


def _f(fmt: str):
    """A value of ``fmt``: 9 a digit, A a capital letter, X a capital letter or digit, anything else as is."""
    def draw(rng: random.Random) -> str:
        return "".join(rng.choice(D) if c == "9" else rng.choice(UP) if c == "A" else rng.choice(AN) if c == "X"
                       else c for c in fmt)
    return draw


def _p(prefix: str, fmt: str):
    """``prefix`` as written, then a value of ``fmt``."""
    return lambda rng: prefix + _f(fmt)(rng)


def _pick(*draws):
    return lambda rng: rng.choice(draws)(rng)


def _us_dl(rng: random.Random) -> str:  # a few states' published shapes
    return rng.choice([_f("A9999999"), _f("99999999"), _f("A999-9999-9999"), _f("A99-99-9999"), _f("999 999 999"),
                       _f("A999999999999")])(rng)


def _ssn(rng: random.Random) -> str:
    while True:
        v = f"{rng.randint(1, 899):03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"
        if std("us.ssn").is_valid(v):
            return rng.choice([v, v.replace("-", " "), v.replace("-", "")])


KINDS: dict[str, Kind] = {
    # --- python-stdnum validates these ---
    "US_SSN": Kind("stdnum:us.ssn", "en_US", ("SSN", "social security number", "soc. sec. #"), _or_faker("en_US", "ssn", "us.ssn", _ssn)),
    "US_ITIN": Kind("stdnum:us.itin", "en_US", ("ITIN", "individual taxpayer id"), _or_faker("en_US", "itin", "us.itin", _until("us.itin", _f("999-99-9999")))),
    "US_PROVIDER_TAX_ID": Kind("stdnum:us.ein", "en_US", ("provider EIN", "tax ID (EIN)", "billing provider TIN"), _until("us.ein", _f("99-9999999"))),
    "ABA_ROUTING_NUMBER": Kind("stdnum:us.rtn", "en_US", ("routing number", "ABA", "RTN"), _until("us.rtn", _f("999999999"))),
    "CREDIT_CARD": Kind("stdnum:luhn", "en_US", ("card", "card number", "Visa", "Mastercard"), _or_faker("en_US", "credit_card_number", "luhn", _until("luhn", _f("4999999999999999")))),
    "IBAN_CODE": Kind("stdnum:iban", "de_DE", ("IBAN", "bank account"), _or_faker("de_DE", "iban", "iban", _or_faker("fr_FR", "iban", "iban", _or_faker("nl_NL", "iban", "iban", _until("iban", lambda r: "GB" + _n(r, 2) + "NWBK" + _n(r, 14)))))),
    "CRYPTO": Kind("stdnum:bitcoin", "en_US", ("BTC address", "bitcoin wallet", "send BTC to"), _btc),
    "UK_NHS": Kind("stdnum:gb.nhs", "en_GB", ("NHS number", "NHS no."), _until("gb.nhs", lambda r: rng_fmt(r, "999 999 9999", "4"))),
    "AU_TFN": Kind("stdnum:au.tfn", "en_AU", ("TFN", "tax file number"), _until("au.tfn", _f("999 999 999"))),
    "AU_ABN": Kind("stdnum:au.abn", "en_AU", ("ABN", "Australian Business Number"), _until("au.abn", _f("99 999 999 999"))),
    "AU_ACN": Kind("stdnum:au.acn", "en_AU", ("ACN", "company number"), _until("au.acn", _f("999 999 999"))),
    "CA_SIN": Kind("stdnum:ca.sin", "en_CA", ("SIN", "social insurance number", "NAS"), _or_faker("en_CA", "ssn", "ca.sin", _until("ca.sin", _f("999 999 999")))),
    "BR_CPF": Kind("stdnum:br.cpf", "pt_BR", ("CPF", "nº do CPF"), _or_faker("pt_BR", "cpf", "br.cpf", _until("br.cpf", _f("999.999.999-99")))),
    "DE_TAX_ID": Kind("stdnum:de.idnr", "de_DE", ("Steuer-ID", "Steuerliche Identifikationsnummer", "IdNr"), _until("de.idnr", _f("99 999 999 999"))),
    "DE_VAT_ID": Kind("stdnum:de.vat", "de_DE", ("USt-IdNr.", "VAT ID"), _until("de.vat", _f("DE999999999"))),
    "DE_TAX_NUMBER": Kind("stdnum:de.stnr", "de_DE", ("Steuernummer", "St.-Nr."), _de_stnr),
    "DE_HANDELSREGISTER": Kind("stdnum:de.handelsregisternummer", "de_DE", ("Handelsregister", "Registergericht"), _hrb),
    "DK_CPR": Kind("stdnum:dk.cpr", "da_DK", ("CPR-nr.", "CPR number"), _until("dk.cpr", lambda r: f"{_birth(r):%d%m%y}-{_n(r, 4)}")),
    "ES_NIF": Kind("stdnum:es.dni", "es_ES", ("DNI", "NIF"), _or_faker("es_ES", "nif", "es.dni", _until("es.dni", lambda r: _n(r, 8) + r.choice(UP)))),
    "ES_NIE": Kind("stdnum:es.nie", "es_ES", ("NIE", "número de identidad de extranjero"), _or_faker("es_ES", "nie", "es.nie", _until("es.nie", lambda r: r.choice("XYZ") + _n(r, 7) + r.choice(UP)))),
    "FI_PERSONAL_IDENTITY_CODE": Kind("stdnum:fi.hetu", "fi_FI", ("henkilötunnus", "HETU"), _or_faker("fi_FI", "ssn", "fi.hetu", _fi_hetu)),
    "FR_NIR": Kind("stdnum:fr.nir", "fr_FR", ("numéro de sécurité sociale", "NIR", "n° de sécu"), _or_faker("fr_FR", "ssn", "fr.nir", _nir)),
    "IN_AADHAAR": Kind("stdnum:in_.aadhaar", "en_IN", ("Aadhaar", "UID"), _or_faker("en_IN", "aadhaar_id", "in_.aadhaar", _until("in_.aadhaar", _f("9999 9999 9999")))),
    "IN_PAN": Kind("stdnum:in_.pan", "en_IN", ("PAN", "PAN card"), _pan),
    "IN_GSTIN": Kind("stdnum:in_.gstin", "en_IN", ("GSTIN", "GST no."), _gstin),
    "IN_VOTER": Kind("stdnum:in_.epic", "en_IN", ("voter ID", "EPIC no."), _epic),
    "IT_FISCAL_CODE": Kind("stdnum:it.codicefiscale", "it_IT", ("codice fiscale", "C.F."), _or_faker("it_IT", "ssn", "it.codicefiscale", _cf)),
    "IT_VAT_CODE": Kind("stdnum:it.iva", "it_IT", ("partita IVA", "P.IVA"), _until("it.iva", lambda r: "0" + _n(r, 6) + f"{r.randint(1, 100):03d}" + _n(r, 1))),
    "KR_RRN": Kind("stdnum:kr.rrn", "ko_KR", ("주민등록번호", "RRN"), _until("kr.rrn", _rrn(False))),
    "KR_FRN": Kind("stdnum:kr.rrn", "ko_KR", ("외국인등록번호", "alien registration no."), _until("kr.rrn", _rrn(True))),
    "KR_BRN": Kind("stdnum:kr.brn", "ko_KR", ("사업자등록번호", "business registration no."), _until("kr.brn", _f("999-99-99999"))),
    "NL_BSN": Kind("stdnum:nl.bsn", "nl_NL", ("BSN", "burgerservicenummer"), _or_faker("nl_NL", "ssn", "nl.bsn", _until("nl.bsn", _f("999999999")))),
    "NO_FODSELSNUMMER": Kind("stdnum:no.fodselsnummer", "no_NO", ("fødselsnummer", "fnr."), _no_fnr),
    "PL_PESEL": Kind("stdnum:pl.pesel", "pl_PL", ("PESEL", "nr PESEL"), _or_faker("pl_PL", "pesel", "pl.pesel", _pesel)),
    "SE_PERSONNUMMER": Kind("stdnum:se.personnummer", "sv_SE", ("personnummer", "pnr"), _se_pnr),
    "SE_ORGANISATIONSNUMMER": Kind("stdnum:se.orgnr", "sv_SE", ("organisationsnummer", "org.nr"), _until("se.orgnr", lambda r: f"{r.choice('2579')}{_n(r, 5)}-{_n(r, 4)}")),
    "SG_UEN": Kind("stdnum:sg.uen", "en_SG", ("UEN", "company UEN"), _until("sg.uen", lambda r: _n(r, 8) + r.choice(UP))),
    "TH_TNIN": Kind("stdnum:th.pin", "th_TH", ("เลขประจำตัวประชาชน", "Thai ID"), _until("th.pin", _f("9999999999999"))),
    "TR_NATIONAL_ID": Kind("stdnum:tr.tckimlik", "tr_TR", ("TC kimlik no", "T.C. Kimlik Numarası"), _or_faker("tr_TR", "ssn", "tr.tckimlik", _until("tr.tckimlik", lambda r: _n(r, 11, "123456789")))),
    "ZA_ID_NUMBER": Kind("stdnum:za.idnr", "zu_ZA", ("SA ID number", "ID no."), _za_id),
    "ZA_INCOME_TAX_NUMBER": Kind("stdnum:za.tin", "zu_ZA", ("income tax number", "SARS tax no."), _until("za.tin", lambda r: r.choice("01239") + _n(r, 9))),
    "MAC_ADDRESS": Kind("stdnum:mac", "en_US", ("MAC", "device MAC"), _until("mac", _mac)),
    "DEVICE_ID": Kind("stdnum:imei", "en_US", ("IMEI", "device IMEI"), _imei),
    # --- published checks python-stdnum lacks (written here, documented at the function) ---
    "AU_MEDICARE": Kind("sum", "en_AU", ("Medicare card", "Medicare no."), _medicare, r"[2-6]\d{3} ?\d{5} ?\d"),
    "SG_NRIC_FIN": Kind("sum", "en_SG", ("NRIC", "FIN", "IC no."), _nric, r"[STFG]\d{7}[A-Z]"),
    "US_NPI": Kind("sum", "en_US", ("NPI", "provider NPI"), _npi, r"[12]\d{9}"),
    "MEDICAL_LICENSE": Kind("sum", "en_US", ("DEA number", "DEA #"), _dea, r"[A-Z]{2}\d{7}"),
    "US_PASSPORT": Kind("icao", "en_US", ("passport", "US passport no."), _pick(_passport_icao("", 8), _passport_icao("A", 7)), r"[A-Z]?\d{8,9}"),
    "DE_PASSPORT": Kind("icao", "de_DE", ("Reisepass", "Passnummer"), _passport_icao("C", 7, "CFGHJKLMNPRTVWXYZ0123456789"), r"C[0-9CFGHJKLMNPRTVWXYZ]{8}"),
    "DE_ID_CARD": Kind("icao", "de_DE", ("Personalausweis", "Ausweisnummer"), _passport_icao("L", 7, "CFGHJKLMNPRTVWXYZ0123456789"), r"L[0-9CFGHJKLMNPRTVWXYZ]{8}"),
    # --- official shapes only (these numbers carry no public check) ---
    "UK_NINO": Kind("format", "en_GB", ("NI number", "National Insurance no."), _nino, r"[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]"),
    "UK_PASSPORT": Kind("format", "en_GB", ("passport no.", "UK passport"), _f("999999999"), r"\d{9}"),
    "UK_DRIVING_LICENCE": Kind("format", "en_GB", ("driving licence", "DVLA licence no."), _uk_dl, r"[A-Z9]{5}\d{6}[A-Z9]{2}9[A-Z0-9]{2}"),
    "UK_VEHICLE_REGISTRATION": Kind("format", "en_GB", ("reg", "vehicle reg."), _f("AA99 AAA"), r"[A-Z]{2}\d{2} [A-Z]{3}"),
    "UK_POSTCODE": Kind("format", "en_GB", ("postcode",), _faker_only("en_GB", "postcode"), r"[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}"),
    "CA_POSTAL_CODE": Kind("format", "en_CA", ("postal code",), _faker_only("en_CA", "postcode"), r"[A-Z]\d[A-Z] ?\d[A-Z]\d"),
    "DE_PLZ": Kind("format", "de_DE", ("PLZ", "Postleitzahl"), _faker_only("de_DE", "postcode"), r"\d{5}"),
    "US_DRIVER_LICENSE": Kind("format", "en_US", ("driver's license", "DL#"), _us_dl, r".+"),
    "US_BANK_NUMBER": Kind("format", "en_US", ("account number", "checking acct"), lambda r: _n(r, r.randint(8, 14), "123456789"), r"\d{8,17}"),
    "US_MBI": Kind("format", "en_US", ("Medicare ID", "MBI"), _mbi, r"[1-9][A-Z][A-Z0-9]\d-?[A-Z][A-Z0-9]\d-?[A-Z]{2}\d{2}"),
    "US_HEALTH_INSURANCE_MEMBER_ID": Kind("format", "en_US", ("member ID", "insurance member #"), _pick(_f("XAA999999999"), _f("W999999999"), _f("AAA9999999999")), r"[A-Z0-9]{9,13}"),
    "US_CLAIM_NUMBER": Kind("format", "en_US", ("claim number", "claim #"), _pick(_p("CLM-", "9999-999999"), _f("99A999999999")), r".+"),
    "US_PRESCRIPTION_NUMBER": Kind("format", "en_US", ("Rx #", "prescription number"), _f("9999999"), r"\d{7}"),
    "US_PRIOR_AUTHORIZATION_NUMBER": Kind("format", "en_US", ("prior auth #", "PA number"), _p("PA", "99999999"), r"PA\d{8}"),
    "US_REFERRAL_NUMBER": Kind("format", "en_US", ("referral #", "referral number"), _p("REF-", "999999"), r"REF-\d{6}"),
    "MEDICAL_RECORD_NUMBER": Kind("format", "en_US", ("MRN", "medical record no.", "chart #"), _pick(_f("99999999"), _p("MRN-", "9999999"), _f("A99999999")), r".+"),
    "DE_FUEHRERSCHEIN": Kind("format", "de_DE", ("Führerscheinnummer", "Führerschein-Nr."), _f("A999XXXXXX9"), r"[A-Z]\d{3}[A-Z0-9]{6}\d"),
    "DE_HEALTH_INSURANCE": Kind("format", "de_DE", ("Krankenversichertennummer", "KVNR"), _de_kvnr, r"[A-Z]\d{9}"),
    "DE_SOCIAL_SECURITY": Kind("format", "de_DE", ("Rentenversicherungsnummer", "SV-Nummer"), _de_rvnr, r"\d{8}[A-Z]\d{3}"),
    "DE_KFZ": Kind("format", "de_DE", ("Kennzeichen", "Kfz-Kennzeichen"), _pick(_f("B-AA 9999"), _f("M-A 999"), _f("HH-AA 999")), r".+"),
    "DE_LANR": Kind("format", "de_DE", ("LANR", "lebenslange Arztnummer"), _f("999999999"), r"\d{9}"),
    "DE_BSNR": Kind("format", "de_DE", ("BSNR", "Betriebsstättennummer"), _f("999999900"), r"\d{9}"),
    "ES_PASSPORT": Kind("format", "es_ES", ("pasaporte", "nº de pasaporte"), _f("AAA999999"), r"[A-Z]{3}\d{6}"),
    "IT_PASSPORT": Kind("format", "it_IT", ("passaporto", "n. passaporto"), _f("AA9999999"), r"[A-Z]{2}\d{7}"),
    "IT_IDENTITY_CARD": Kind("format", "it_IT", ("carta d'identità", "CIE"), _p("CA", "99999AA"), r"CA\d{5}[A-Z]{2}"),
    "IT_DRIVER_LICENSE": Kind("format", "it_IT", ("patente", "n. patente"), _f("U19999999A"), r"U1\d{7}[A-Z]"),
    "IN_PASSPORT": Kind("format", "en_IN", ("passport no.", "Indian passport"), _f("A9999999"), r"[A-Z]\d{7}"),
    "IN_VEHICLE_REGISTRATION": Kind("format", "en_IN", ("vehicle no.", "RC number"), _f("AA 99 AA 9999"), r"[A-Z]{2} \d{2} [A-Z]{2} \d{4}"),
    "KR_PASSPORT": Kind("format", "ko_KR", ("여권번호", "passport no."), _f("M99999999"), r"M\d{8}"),
    "KR_DRIVER_LICENSE": Kind("format", "ko_KR", ("운전면허번호", "driver licence no."), _f("19-99-999999-99"), r"\d{2}-\d{2}-\d{6}-\d{2}"),
    "NG_NIN": Kind("format", "en_NG", ("NIN", "national identification number"), _f("99999999999"), r"\d{11}"),
    "NG_VEHICLE_REGISTRATION": Kind("format", "en_NG", ("plate number", "vehicle reg."), _f("AAA-999AA"), r"[A-Z]{3}-\d{3}[A-Z]{2}"),
    "PH_PASSPORT": Kind("format", "en_PH", ("passport no.", "Philippine passport"), _f("P9999999A"), r"P\d{7}[A-Z]"),
    "PH_TIN": Kind("format", "en_PH", ("TIN", "BIR TIN"), _f("999-999-999-000"), r"\d{3}-\d{3}-\d{3}-000"),
    "PH_UMID": Kind("format", "en_PH", ("UMID CRN", "UMID"), _f("0111-9999999-9"), r"0111-\d{7}-\d"),
    "TR_LICENSE_PLATE": Kind("format", "tr_TR", ("plaka",), _faker_only("tr_TR", "license_plate"), r".+"),
    "ZA_PASSPORT": Kind("format", "zu_ZA", ("passport no.",), _f("A99999999"), r"[A-Z]\d{8}"),
    "ZA_DRIVER_LICENSE": Kind("format", "zu_ZA", ("driver's licence no.",), _f("9999000099AA"), r"\d{4}0000\d{2}[A-Z]{2}"),
    "ZA_COMPANY_REGISTRATION": Kind("format", "zu_ZA", ("company reg. no.", "CIPC"), lambda r: f"{r.randint(1990, 2024)}/{_n(r, 6)}/07", r"\d{4}/\d{6}/07"),
    "ZA_VAT_NUMBER": Kind("format", "zu_ZA", ("VAT no.",), _f("4999999999"), r"4\d{9}"),
    "ZA_TRAFFIC_REGISTER_NUMBER": Kind("format", "zu_ZA", ("TRN", "traffic register no."), _f("9999999999999"), r"\d{13}"),
    "ZA_LICENSE_PLATE": Kind("format", "zu_ZA", ("number plate",), _pick(_p("CA ", "999-999"), _f("AA 99 AA GP")), r".+"),
    "ZA_MOBILE_NUMBER": Kind("format", "zu_ZA", ("cell", "mobile"), lambda r: f"0{r.choice('678')}{r.randint(1, 9)} {_n(r, 3)} {_n(r, 4)}", r"0[678]\d \d{3} \d{4}"),
    "ZA_TELEPHONE_NUMBER": Kind("format", "zu_ZA", ("tel", "landline"), lambda r: f"0{r.choice(['11', '21', '31', '12'])} {_n(r, 3)} {_n(r, 4)}", r"0\d{2} \d{3} \d{4}"),
    "UUID": Kind("format", "en_US", ("user id", "customer UUID"), _uuid, r"[0-9a-f-]{36}"),
    "HOUSEHOLD_ID": Kind("format", "en_US", ("household ID", "household #"), _p("HH-", "99999999"), r"HH-\d{8}"),
}


# validated by shape or by a check that is not the last digit (python-stdnum checks these for format, ranges or
# dates; Medicare's check is its 9th digit, before the issue number; bitcoin and MAC have their own)
NO_TRAILING_CHECK = {"US_SSN", "US_ITIN", "US_PROVIDER_TAX_ID", "DE_TAX_NUMBER", "DE_HANDELSREGISTER", "DK_CPR",
                     "IN_PAN", "KR_BRN", "AU_MEDICARE", "MAC_ADDRESS", "CRYPTO"}


def rng_fmt(rng: random.Random, fmt: str, first: str) -> str:
    out = _f(fmt)(rng)
    return rng.choice(first) + out[1:]


def is_valid(kind: str, value: str) -> bool:
    """Whether ``value`` passes ``kind``'s validator (python-stdnum's, the published check, or the shape)."""
    k = KINDS[kind]
    if k.check.startswith("stdnum:"):
        mod = std(k.check[7:])  # people space numbers out where the official format has none
        return bool(mod.is_valid(value) or mod.is_valid(value.replace(" ", "")))
    if kind == "AU_MEDICARE":
        return medicare_ok(value)
    if kind == "SG_NRIC_FIN":
        return nric_ok(value)
    if kind == "US_NPI":
        return npi_ok(value)
    if kind == "MEDICAL_LICENSE":
        return dea_ok(value)
    if k.check == "icao":
        return icao_ok(value)
    return bool(re.fullmatch(k.shape, value))


def make(kind: str, rng: random.Random) -> tuple[str, str]:
    """A valid value of ``kind`` and a label a person would write beside it."""
    k = KINDS[kind]
    v = k.draw(rng)
    if not is_valid(kind, v):
        raise AssertionError(f"{kind}: drew an invalid value")
    return v, rng.choice(k.labels)
