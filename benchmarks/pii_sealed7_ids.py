"""Numbers of the seventh sealed PII set: national identifiers, phones, IBANs, cards and bitcoin addresses.

National identifiers: a random candidate of the kind's structure (birth dates inside the number where the kind
has one), completed by trying check characters until python-stdnum's `is_valid` for that kind accepts it; only
accepted numbers are used. Phones: each country's numbering plan written here (country code, mobile or
geographic prefixes, length), kept only when phonenumbers' `is_valid_number` accepts it. IBANs: a BBAN of the
country's structure, check digits from stdnum.iban, kept when `stdnum.iban.is_valid` (national checks too)
accepts it. Cards: issuer prefixes and lengths, Luhn digit from stdnum.luhn. Bitcoin: base58check P2PKH/P2SH
addresses over random payloads, kept when stdnum.bitcoin accepts them.
"""

from __future__ import annotations

import hashlib
import importlib
import random
import string
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Callable

import phonenumbers
from stdnum import bitcoin, iban, luhn

D = string.digits
U = string.ascii_uppercase


def digits(rng: random.Random, n: int, first: str = D) -> str:
    return rng.choice(first) + "".join(rng.choice(D) for _ in range(n - 1)) if n else ""


def birth(rng: random.Random, lo: int = 1946, hi: int = 2004) -> date:
    start = date(lo, 1, 1)
    return start + timedelta(days=rng.randrange((date(hi, 12, 31) - start).days))


@dataclass
class Ident:
    """One generated identifier: its kind, its country, the number as written and the module that accepts it."""

    kind: str
    country: str
    value: str
    labels: tuple[str, ...]


def _valid(mod: str, value: str) -> bool:
    m = importlib.import_module(f"stdnum.{mod}")
    try:
        return bool(m.is_valid(value))
    except Exception:
        return False


def _fmt(mod: str, value: str, rng: random.Random) -> str:
    """Half the numbers as stdnum formats them (the country's separators), half as the compact string."""
    m = importlib.import_module(f"stdnum.{mod}")
    if hasattr(m, "format") and rng.random() < 0.5:
        try:
            return str(m.format(value))
        except Exception:
            return value
    return value


def _yy(d: date) -> str:
    return f"{d.year % 100:02d}"


def _cands() -> dict[str, tuple[str, str, Callable[[random.Random], str], tuple[str, ...]]]:
    """kind -> (stdnum module, country, candidate maker, labels as that country writes them)."""

    def emso(r: random.Random) -> str:
        b = birth(r)
        return f"{b.day:02d}{b.month:02d}{b.year % 1000:03d}50{r.randrange(1000):03d}{r.choice(D)}"

    def lv(r: random.Random) -> str:
        b = birth(r)
        c = "1" if b.year < 2000 else "2"
        return f"{b.day:02d}{b.month:02d}{_yy(b)}-{c}{digits(r, 3)}{r.choice(D)}"

    def cn(r: random.Random) -> str:
        b = birth(r)
        region = r.choice(["110101", "310104", "440305", "510104", "330106", "420102", "610113", "320102"])
        return f"{region}{b:%Y%m%d}{digits(r, 3)}{r.choice(D + 'X')}"

    def za(r: random.Random) -> str:
        b = birth(r)
        return f"{_yy(b)}{b.month:02d}{b.day:02d}{digits(r, 4)}0{r.choice('89')}{r.choice(D)}"

    def pesel(r: random.Random) -> str:
        b = birth(r)
        m = b.month + (20 if b.year >= 2000 else 0)
        return f"{_yy(b)}{m:02d}{b.day:02d}{digits(r, 4)}{r.choice(D)}"

    def pnr(r: random.Random) -> str:
        b = birth(r)
        return f"{_yy(b)}{b.month:02d}{b.day:02d}-{digits(r, 3)}{r.choice(D)}"

    def cpr(r: random.Random) -> str:
        b = birth(r, 1946, 1999)
        return f"{b.day:02d}{b.month:02d}{_yy(b)}-{r.choice('0123')}{digits(r, 3)}"

    def hetu(r: random.Random) -> str:
        b = birth(r)
        sep = "-" if b.year < 2000 else "A"
        return f"{b.day:02d}{b.month:02d}{_yy(b)}{sep}{r.randrange(2, 899):03d}{r.choice(D + 'ABCDEFHJKLMNPRSTUVWXY')}"

    def fnr(r: random.Random) -> str:
        b = birth(r, 1946, 1999)
        return f"{b.day:02d}{b.month:02d}{_yy(b)}{r.randrange(0, 499):03d}{digits(r, 2)}"

    def ee(r: random.Random) -> str:
        b = birth(r)
        g = (3 if b.year < 2000 else 5) + r.randrange(2)
        return f"{g}{_yy(b)}{b.month:02d}{b.day:02d}{digits(r, 3)}{r.choice(D)}"

    def egn(r: random.Random) -> str:
        b = birth(r)
        m = b.month + (40 if b.year >= 2000 else 0)
        return f"{_yy(b)}{m:02d}{b.day:02d}{digits(r, 3)}{r.choice(D)}"

    def cnp(r: random.Random) -> str:
        b = birth(r)
        s = r.choice("12") if b.year < 2000 else r.choice("56")
        return f"{s}{_yy(b)}{b.month:02d}{b.day:02d}{r.randrange(1, 47):02d}{digits(r, 3)}{r.choice(D)}"

    def rc(r: random.Random) -> str:
        b = birth(r, 1954, 2004)
        m = b.month + (50 if r.random() < 0.5 else 0)
        return f"{_yy(b)}{m:02d}{b.day:02d}/{digits(r, 3)}{r.choice(D)}"

    def amka(r: random.Random) -> str:
        b = birth(r)
        return f"{b.day:02d}{b.month:02d}{_yy(b)}{digits(r, 4)}{r.choice(D)}"

    def rrn(r: random.Random) -> str:
        b = birth(r)
        g = r.choice("12") if b.year < 2000 else r.choice("34")
        return f"{_yy(b)}{b.month:02d}{b.day:02d}-{g}{digits(r, 5)}{r.choice(D)}"

    def nric_my(r: random.Random) -> str:
        b = birth(r)
        return f"{_yy(b)}{b.month:02d}{b.day:02d}-{r.randrange(1, 14):02d}-{digits(r, 4)}"

    def nik(r: random.Random) -> str:
        b = birth(r)
        d = b.day + (40 if r.random() < 0.5 else 0)
        return f"{r.choice(['3171', '3273', '3578', '5171', '1271'])}{r.randrange(1, 40):02d}{d:02d}{b.month:02d}{_yy(b)}{digits(r, 4)}"

    def cf(r: random.Random) -> str:
        from stdnum.it import codicefiscale

        b = birth(r)
        cons = "BCDFGHLMNPRSTVZ"
        day = b.day + (40 if r.random() < 0.5 else 0)
        body = ("".join(r.choice(cons) for _ in range(6)) + _yy(b) + "ABCDEHLMPRST"[b.month - 1] + f"{day:02d}"
                + r.choice(["H501", "F205", "L219", "G273", "A944", "D612", "F839"]))
        return body + codicefiscale.calc_check_digit(body)

    def nir(r: random.Random) -> str:
        from stdnum.fr import nir as m

        b = birth(r)
        body = f"{r.choice('12')}{_yy(b)}{b.month:02d}{r.randrange(1, 96):02d}{digits(r, 3)}{digits(r, 3)}"
        return body + m.calc_check_digits(body)

    def idnr(r: random.Random) -> str:
        while True:
            body = digits(r, 10, "123456789")
            counts = sorted((body.count(c) for c in set(body)), reverse=True)
            if counts[0] in (2, 3) and all(c == 1 for c in counts[1:]):
                return body + r.choice(D)

    def curp(r: random.Random) -> str:
        from stdnum.mx import curp as m

        b = birth(r, 1946, 1999)
        body = (r.choice("BCGHLMPRSTVZ") + r.choice("AEIOU") + r.choice(U.replace("Ñ", "")) + r.choice(U) + _yy(b)
                + f"{b.month:02d}{b.day:02d}" + r.choice("HM") + r.choice(["DF", "JC", "NL", "PL", "VZ", "YN", "GT"])
                + "".join(r.choice("BCDFGHJKLMNPQRSTVWXYZ") for _ in range(3)) + r.choice(D))
        return body + m.calc_check_digit(body)

    def cuit(r: random.Random) -> str:
        return f"{r.choice(['20', '23', '27'])}{digits(r, 8, '1234')}{r.choice(D)}"

    def ssn(r: random.Random) -> str:
        area = r.choice([a for a in range(1, 900) if a != 666])
        return f"{area:03d}-{r.randrange(1, 100):02d}-{r.randrange(1, 10000):04d}"

    def ch(r: random.Random) -> str:
        return f"756.{digits(r, 4)}.{digits(r, 4)}.{digits(r, 2)}"

    def vnr(r: random.Random) -> str:
        b = birth(r)
        return f"{digits(r, 3, '123456789')}{r.choice(D)}{b.day:02d}{b.month:02d}{_yy(b)}"

    def be(r: random.Random) -> str:
        b = birth(r, 1946, 1999)
        return f"{_yy(b)}.{b.month:02d}.{b.day:02d}-{digits(r, 3)}.{digits(r, 2)}"

    def pan(r: random.Random) -> str:
        return "".join(r.choice(U) for _ in range(3)) + "P" + r.choice(U) + digits(r, 4) + r.choice(U)

    def kra(r: random.Random) -> str:
        return "A" + digits(r, 9) + r.choice(U)

    def plain(n: int, first: str = D) -> Callable[[random.Random], str]:
        return lambda r: digits(r, n, first)

    return {
        "SI_EMSO": ("si.emso", "SI", emso, ("EMŠO", "enotna matična številka občana")),
        "LV_PERSONAS_KODS": ("lv.pvn", "LV", lv, ("personas kods", "p.k.")),
        "RU_INN": ("ru.inn", "RU", plain(12, "1234567"), ("ИНН", "идентификационный номер налогоплательщика")),
        "CN_RIC": ("cn.ric", "CN", cn, ("身份证号", "居民身份证号码")),
        "ZA_ID": ("za.idnr", "ZA", za, ("ID number", "SA ID no.")),
        "TR_TCKIMLIK": ("tr.tckimlik", "TR", plain(11, "123456789"), ("T.C. Kimlik No", "TC kimlik numarası")),
        "IN_AADHAAR": ("in_.aadhaar", "IN", plain(12, "23456789"), ("Aadhaar", "Aadhaar no.")),
        "IN_PAN": ("in_.pan", "IN", pan, ("PAN", "PAN card no.")),
        "PK_CNIC": ("pk.cnic", "PK", plain(13, "1234567"), ("CNIC", "شناختی کارڈ نمبر")),
        "ES_DNI": ("es.dni", "ES", lambda r: digits(r, 8) + r.choice(U), ("DNI", "número de DNI")),
        "ES_NIE": ("es.nie", "ES", lambda r: r.choice("XYZ") + digits(r, 7) + r.choice(U), ("NIE", "número NIE")),
        "PT_NIF": ("pt.nif", "PT", plain(9, "123"), ("NIF", "número de contribuinte")),
        "BR_CPF": ("br.cpf", "BR", plain(11), ("CPF", "nº do CPF")),
        "IT_CODICE_FISCALE": ("it.codicefiscale", "IT", cf, ("codice fiscale", "C.F.")),
        "FR_NIR": ("fr.nir", "FR", nir, ("n° de sécurité sociale", "NIR")),
        "DE_STEUER_ID": ("de.idnr", "DE", idnr, ("Steuer-ID", "Steueridentifikationsnummer")),
        "NL_BSN": ("nl.bsn", "NL", plain(9, "1234567"), ("BSN", "burgerservicenummer")),
        "PL_PESEL": ("pl.pesel", "PL", pesel, ("PESEL", "numer PESEL")),
        "SE_PERSONNUMMER": ("se.personnummer", "SE", pnr, ("personnummer", "pnr")),
        "DK_CPR": ("dk.cpr", "DK", cpr, ("CPR-nr.", "CPR-nummer")),
        "FI_HETU": ("fi.hetu", "FI", hetu, ("henkilötunnus", "HETU")),
        "NO_FODSELSNUMMER": ("no.fodselsnummer", "NO", fnr, ("fødselsnummer", "personnummer")),
        "EE_ISIKUKOOD": ("ee.ik", "EE", ee, ("isikukood", "IK")),
        "LT_ASMENS_KODAS": ("lt.asmens", "LT", ee, ("asmens kodas", "AK")),
        "BG_EGN": ("bg.egn", "BG", egn, ("ЕГН", "EGN")),
        "RO_CNP": ("ro.cnp", "RO", cnp, ("CNP", "cod numeric personal")),
        "CZ_RODNE_CISLO": ("cz.rc", "CZ", rc, ("rodné číslo", "RČ")),
        "HR_OIB": ("hr.oib", "HR", plain(11, "123456789"), ("OIB", "osobni identifikacijski broj")),
        "GR_AMKA": ("gr.amka", "GR", amka, ("ΑΜΚΑ", "AMKA")),
        "IL_TEUDAT_ZEHUT": ("il.idnr", "IL", plain(9, "0123"), ("מספר זהות", "ID no. (Teudat Zehut)")),
        "KR_RRN": ("kr.rrn", "KR", rrn, ("주민등록번호", "RRN")),
        "TH_PIN": ("th.pin", "TH", plain(13, "12345678"), ("เลขประจำตัวประชาชน", "Thai ID")),
        "MX_CURP": ("mx.curp", "MX", curp, ("CURP", "Clave Única de Registro de Población")),
        "CL_RUT": ("cl.rut", "CL", lambda r: digits(r, 8, "12") + r.choice(D + "K"), ("RUT", "RUN")),
        "AR_CUIT": ("ar.cuit", "AR", cuit, ("CUIT", "CUIL")),
        "US_SSN": ("us.ssn", "US", ssn, ("SSN", "Social Security number")),
        "CA_SIN": ("ca.sin", "CA", plain(9, "1234567"), ("SIN", "Social Insurance Number")),
        "AU_TFN": ("au.tfn", "AU", plain(9, "123456789"), ("TFN", "tax file number")),
        "GB_NHS": ("gb.nhs", "GB", plain(10, "4"), ("NHS number", "NHS no.")),
        "MY_NRIC": ("my.nric", "MY", nric_my, ("NRIC", "No. Kad Pengenalan")),
        "ID_NIK": ("id.nik", "ID", nik, ("NIK", "Nomor Induk Kependudukan")),
        "UA_RNTRC": ("ua.rntrc", "UA", plain(10, "123"), ("РНОКПП", "ІПН")),
        "KE_KRA_PIN": ("ke.pin", "KE", kra, ("KRA PIN", "PIN no.")),
        "CH_AHV": ("ch.ssn", "CH", ch, ("AHV-Nr.", "numéro AVS")),
        "AT_SVNR": ("at.vnr", "AT", vnr, ("SV-Nummer", "Sozialversicherungsnummer")),
        "BE_RIJKSREGISTER": ("be.nn", "BE", be, ("rijksregisternummer", "numéro de registre national")),
    }


ID_KINDS = _cands()


def national_id(rng: random.Random, kind: str) -> Ident:
    mod, cc, make, labels = ID_KINDS[kind]
    for _ in range(20000):
        v = make(rng)
        if _valid(mod, v):
            return Ident(kind, cc, _fmt(mod, v, rng) if not any(c in v for c in "-/.") else v, labels)
    raise RuntimeError(f"no valid {kind} after 20000 tries")


# --- phones: (country calling code, national prefixes, national significant number length) ---
PHONE_PLANS: dict[str, tuple[str, tuple[str, ...], int]] = {
    "HU": ("36", ("20", "30", "70", "1"), 9), "SI": ("386", ("30", "31", "40", "41", "51", "68", "70"), 8),
    "LV": ("371", ("2",), 8), "RU": ("7", ("91", "92", "98", "495", "812"), 10),
    "CN": ("86", ("13", "15", "18", "17"), 11), "KH": ("855", ("12", "17", "77", "92", "96"), 8),
    "EG": ("20", ("10", "11", "12", "15"), 10), "MA": ("212", ("6", "7"), 9), "TN": ("216", ("2", "5", "9"), 8),
    "DZ": ("213", ("5", "6", "7"), 9), "IQ": ("964", ("77", "78", "79", "75"), 10), "PK": ("92", ("30", "31", "32", "33", "34"), 10),
    "IR": ("98", ("91", "93", "99"), 10), "SA": ("966", ("50", "53", "55", "56"), 9), "SY": ("963", ("93", "94", "99"), 9),
    "JO": ("962", ("77", "78", "79"), 9), "LB": ("961", ("3", "70", "71", "76"), 8),
    "NG": ("234", ("80", "81", "70", "90"), 10), "KE": ("254", ("7", "11"), 9), "GH": ("233", ("24", "20", "54", "55"), 9),
    "ZA": ("27", ("6", "7", "8"), 9), "ET": ("251", ("91", "92", "93"), 9), "TZ": ("255", ("6", "7"), 9),
    "UG": ("256", ("70", "75", "77", "78"), 9), "RW": ("250", ("78", "79", "72", "73"), 9),
    "IN": ("91", ("6", "7", "8", "9"), 10), "US": ("1", ("212", "415", "617", "312", "206", "512"), 10),
}


def phone(rng: random.Random, cc: str) -> tuple[str, str]:
    """(as written, national significant number) for a number phonenumbers accepts as valid."""
    code, prefixes, n = PHONE_PLANS[cc]
    for _ in range(5000):
        p = rng.choice(prefixes)
        nsn = p + digits(rng, n - len(p))
        num = phonenumbers.parse(f"+{code}{nsn}")
        if phonenumbers.is_valid_number(num):
            style = rng.random()
            if style < 0.3:
                s = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
            elif style < 0.55:
                s = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
            elif style < 0.7:
                s = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
            elif style < 0.85:
                s = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL).replace(" ", "-")
            else:
                s = "00" + phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)[1:].replace(" ", ".")
            return s, nsn
    raise RuntimeError(f"no valid phone for {cc}")


# --- IBANs: BBAN structure (n digits, a letters, c alphanumerics) ---
IBAN_BBAN = {
    "HU": "24n", "SI": "15n", "LV": "4a13c", "DE": "18n", "FR": "10n11c2n", "ES": "20n", "IT": "1a10n12c",
    "NL": "4a10n", "PL": "24n", "TR": "6n16c", "SA": "2n18c", "EG": "25n", "TN": "20n", "PK": "4a16c",
    "BR": "23n1a1c", "SE": "20n", "RO": "4a16c", "BG": "4a6n8c", "CZ": "20n", "HR": "17n",
}


def _bban(rng: random.Random, spec: str) -> str:
    out = []
    num = ""
    for ch in spec:
        if ch.isdigit():
            num += ch
            continue
        pool = D if ch == "n" else U if ch == "a" else D + U
        out.append("".join(rng.choice(pool) for _ in range(int(num))))
        num = ""
    return "".join(out)


def iban_number(rng: random.Random, cc: str) -> str:
    for _ in range(50000):
        bban = _bban(rng, IBAN_BBAN[cc])
        check = iban.calc_check_digits(cc + "00" + bban)
        v = cc + check + bban
        if iban.is_valid(v):
            return iban.format(v) if rng.random() < 0.6 else v
    raise RuntimeError(f"no valid IBAN for {cc}")


CARD_ISSUERS = (("4", 16), ("51", 16), ("53", 16), ("55", 16), ("2221", 16), ("34", 15), ("37", 15),
                ("62", 16), ("2202", 16), ("5061", 19), ("6011", 16), ("35", 16))


def card(rng: random.Random) -> str:
    prefix, n = rng.choice(CARD_ISSUERS)
    body = prefix + digits(rng, n - len(prefix) - 1)
    v = body + luhn.calc_check_digit(body)
    style = rng.random()
    if n == 16 and style < 0.5:
        sep = " " if style < 0.35 else "-"
        return sep.join(v[i:i + 4] for i in range(0, 16, 4))
    if n == 15 and style < 0.5:
        return f"{v[:4]} {v[4:10]} {v[10:]}"
    return v


B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def btc(rng: random.Random) -> str:
    for _ in range(100):
        payload = bytes([rng.choice([0x00, 0x05])]) + bytes(rng.randrange(256) for _ in range(20))
        chk = hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
        n = int.from_bytes(payload + chk, "big")
        s = ""
        while n:
            n, rem = divmod(n, 58)
            s = B58[rem] + s
        s = "1" * (len(payload + chk) - len((payload + chk).lstrip(b"\0"))) + s
        if bitcoin.is_valid(s):
            return s
    raise RuntimeError("no valid bitcoin address")


def ipv4(rng: random.Random) -> str:
    import ipaddress

    while True:
        a = ipaddress.IPv4Address(rng.randrange(1 << 24, 224 << 24))
        if a.is_global:
            return str(a)


def ipv6(rng: random.Random) -> str:
    import ipaddress

    while True:
        a = ipaddress.IPv6Address((0x2 << 124) | rng.getrandbits(124))
        if a.is_global:
            return a.compressed
