"""National and other identifiers for the third sealed PII set, each value made by completing a random body with
python-stdnum's own check-digit functions and kept only when that module's ``is_valid`` accepts it; a few kinds
with a published check stdnum lacks (NRIC/FIN, NPI, DEA, Medicare, NINO prefix rules) are checked by the
published rule. Kinds the shipped policies do not name (Chinese, Mexican, Belgian, Romanian, ... national
numbers) are planted too and reported apart: a coverage gap, not a leak by the policy's own measure.
Blind set: those who tune the PII gate must not open this file (see benchmarks/README.md).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
import string
from importlib import import_module
from typing import Callable

D = string.digits
U = string.ascii_uppercase


def _digits(rng, n):
    return "".join(rng.choice(D) for _ in range(n))


def _date(rng, lo=1945, hi=2005):
    return dt.date.fromordinal(rng.randint(dt.date(lo, 1, 1).toordinal(), dt.date(hi, 12, 28).toordinal()))


def _complete(module: str, body: Callable[[random.Random], str], tail: str = D, rng=None, tries: int = 400) -> str:
    """A body the shape of the number, then every last character tried until stdnum's is_valid accepts one."""
    mod = import_module(f"stdnum.{module}")
    for _ in range(tries):
        b = body(rng)
        for c in tail:
            if mod.is_valid(b + c):
                return b + c
    raise RuntimeError(f"no valid {module} in {tries} tries")


def _full(module: str, make: Callable[[random.Random], str], rng, tries: int = 4000) -> str:
    mod = import_module(f"stdnum.{module}")
    for _ in range(tries):
        v = make(rng)
        if mod.is_valid(v):
            return v
    raise RuntimeError(f"no valid {module}")


def _pesel(rng):
    d = _date(rng)
    m = d.month + (20 if d.year >= 2000 else 0)
    return f"{d:%y}{m:02d}{d:%d}{_digits(rng, 4)}"


def _codice(rng):
    d = _date(rng)
    day = d.day + (40 if rng.random() < 0.5 else 0)
    return ("".join(rng.choice("BCDFGLMNPRSTVZ") for _ in range(6)) + f"{d:%y}" + "ABCDEHLMPRST"[d.month - 1]
            + f"{day:02d}" + rng.choice("ABCDEFGHLM") + _digits(rng, 3))


def _ssn(rng):
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            return f"{a:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


def _nric(rng):
    prefix = rng.choice("STFG")
    digits = _digits(rng, 7)
    total = sum(int(c) * w for c, w in zip(digits, [2, 7, 6, 5, 4, 3, 2])) + (4 if prefix in "TG" else 0)
    letters = "JZIHGFEDCBA" if prefix in "ST" else "XWUTRQPNMLK"
    return prefix + digits + letters[total % 11]


def _npi(rng):
    from stdnum import luhn
    body = rng.choice("12") + _digits(rng, 8)
    return body + luhn.calc_check_digit("80840" + body)


def _dea(rng):
    first = rng.choice("ABFGM")
    d = _digits(rng, 6)
    s = int(d[0]) + int(d[2]) + int(d[4]) + 2 * (int(d[1]) + int(d[3]) + int(d[5]))
    return first + rng.choice(U) + d + str(s % 10)


def _medicare(rng):
    d = rng.choice("23456") + _digits(rng, 7)
    chk = sum(int(c) * w for c, w in zip(d, [1, 3, 7, 9, 1, 3, 7, 9])) % 10
    return d + str(chk) + rng.choice("123456789")


def _nino(rng):
    bad_first, bad_second = set("DFIQUV"), set("DFIQUVO")
    while True:
        a, b = rng.choice(U), rng.choice(U)
        if a in bad_first or b in bad_second or a + b in {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}:
            continue
        return f"{a}{b} {_digits(rng, 2)} {_digits(rng, 2)} {_digits(rng, 2)} {rng.choice('ABCD')}"


def _btc(rng):
    alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
    payload = bytes([0 if rng.random() < 0.6 else 5]) + bytes(rng.randrange(256) for _ in range(20))
    raw = payload + hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    n = int.from_bytes(raw, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = alphabet[r] + out
    return "1" * (len(raw) - len(raw.lstrip(b"\0"))) + out


def _yymmdd(rng, lo=1945, hi=2005):
    return f"{_date(rng, lo, hi):%y%m%d}"


# kind -> (policy kind it is, or None when no shipped policy names it; maker; how it was checked; label in text)
def kinds() -> dict[str, tuple[str | None, Callable[[random.Random], str], str, str]]:
    c = _complete
    return {
        "US_SSN": ("US_SSN", lambda r: _full("us.ssn", _ssn, r), "stdnum.us.ssn", "SSN"),
        "US_ITIN": ("US_ITIN", lambda r: _full("us.itin", lambda r: "9" + _digits(r, 2) + "-" + r.choice(
            ["70", "78", "88", "90", "94", "99"]) + "-" + _digits(r, 4), r), "stdnum.us.itin", "ITIN"),
        "ABA_ROUTING_NUMBER": ("ABA_ROUTING_NUMBER", lambda r: c("us.rtn", lambda r: r.choice(["0", "1", "2"])
                                + _digits(r, 7), rng=r), "stdnum.us.rtn", "routing number"),
        "US_NPI": ("US_NPI", _npi, "published Luhn over 80840", "NPI"),
        "DEA": ("MEDICAL_LICENSE", _dea, "published DEA check", "DEA no."),
        "UK_NHS": ("UK_NHS", lambda r: c("gb.nhs", lambda r: r.choice("4689") + _digits(r, 8), rng=r),
                   "stdnum.gb.nhs", "NHS number"),
        "UK_NINO": ("UK_NINO", _nino, "HMRC prefix rules", "NI number"),
        "ES_DNI": ("ES_NIF", lambda r: c("es.dni", lambda r: _digits(r, 8), U, r), "stdnum.es.dni", "DNI"),
        "ES_NIE": ("ES_NIE", lambda r: c("es.nie", lambda r: r.choice("XYZ") + _digits(r, 7), U, r),
                   "stdnum.es.nie", "NIE"),
        "IT_CODICE_FISCALE": ("IT_FISCAL_CODE", lambda r: c("it.codicefiscale", _codice, U, r),
                              "stdnum.it.codicefiscale", "codice fiscale"),
        "PL_PESEL": ("PL_PESEL", lambda r: c("pl.pesel", _pesel, rng=r), "stdnum.pl.pesel", "PESEL"),
        "NL_BSN": ("NL_BSN", lambda r: c("nl.bsn", lambda r: r.choice("123456789") + _digits(r, 7), rng=r),
                   "stdnum.nl.bsn", "BSN"),
        "SE_PERSONNUMMER": ("SE_PERSONNUMMER", lambda r: c("se.personnummer", lambda r: _yymmdd(r) + "-"
                            + _digits(r, 3), rng=r), "stdnum.se.personnummer", "personnummer"),
        "FI_HETU": ("FI_PERSONAL_IDENTITY_CODE", lambda r: c("fi.hetu", lambda r: f"{_date(r):%d%m%y}-"
                    + _digits(r, 3), D + "ABCDEFHJKLMNPRSTUVWXY", r), "stdnum.fi.hetu", "henkilötunnus"),
        "FR_NIR": ("FR_NIR", lambda r: _full("fr.nir", lambda r: _fr_nir(r), r), "stdnum.fr.nir",
                   "numéro de sécurité sociale"),
        "DE_IDNR": ("DE_TAX_ID", lambda r: c("de.idnr", lambda r: r.choice("123456789") + _digits(r, 9), rng=r,
                                               tries=4000), "stdnum.de.idnr", "Steuer-ID"),
        "IN_AADHAAR": ("IN_AADHAAR", lambda r: c("in_.aadhaar", lambda r: r.choice("23456789") + _digits(r, 10),
                                                 rng=r), "stdnum.in_.aadhaar", "Aadhaar"),
        "IN_PAN": ("IN_PAN", lambda r: _full("in_.pan", lambda r: "".join(r.choice(U) for _ in range(3))
                                              + r.choice("PCHF") + r.choice(U) + _digits(r, 4) + r.choice(U), r),
                   "stdnum.in_.pan", "PAN"),
        "SG_NRIC": ("SG_NRIC_FIN", _nric, "published ICA check letter", "NRIC"),
        "TH_PIN": ("TH_TNIN", lambda r: c("th.pin", lambda r: r.choice("12345678") + _digits(r, 11), rng=r),
                   "stdnum.th.pin", "เลขประจำตัวประชาชน"),
        "TR_TCKIMLIK": ("TR_NATIONAL_ID", lambda r: _full("tr.tckimlik", lambda r: _tck(r), r),
                        "stdnum.tr.tckimlik", "T.C. Kimlik No"),
        "KR_RRN": ("KR_RRN", lambda r: c("kr.rrn", lambda r: _yymmdd(r, 1950, 1999) + "-" + r.choice("12")
                                         + _digits(r, 5), rng=r), "stdnum.kr.rrn", "주민등록번호"),
        "ZA_IDNR": ("ZA_ID_NUMBER", lambda r: c("za.idnr", lambda r: _yymmdd(r) + _digits(r, 4) + "08", rng=r),
                    "stdnum.za.idnr", "ID number"),
        "BR_CPF": ("BR_CPF", _cpf, "stdnum.br.cpf", "CPF"),
        "CA_SIN": ("CA_SIN", lambda r: c("ca.sin", lambda r: r.choice("1234567") + _digits(r, 7), rng=r),
                   "stdnum.ca.sin", "SIN"),
        "AU_TFN": ("AU_TFN", lambda r: c("au.tfn", lambda r: _digits(r, 8), rng=r), "stdnum.au.tfn", "TFN"),
        "AU_MEDICARE": ("AU_MEDICARE", _medicare, "published Medicare check digit", "Medicare card"),
        "DK_CPR": ("DK_CPR", lambda r: _full("dk.cpr", lambda r: f"{_date(r, 1950, 1999):%d%m%y}-"
                                             + _digits(r, 4), r), "stdnum.dk.cpr", "CPR-nr."),
        "NO_FNR": ("NO_FODSELSNUMMER", lambda r: _full("no.fodselsnummer", lambda r: f"{_date(r, 1950, 1999):%d%m%y}"
                                                       + r.choice("0123") + _digits(r, 4), r),
                   "stdnum.no.fodselsnummer", "fødselsnummer"),
        "IBAN": ("IBAN_CODE", _iban, "stdnum.iban", "IBAN"),
        "CREDIT_CARD": ("CREDIT_CARD", _card, "stdnum.luhn", "card"),
        "BITCOIN": ("CRYPTO", _btc, "stdnum.bitcoin", "BTC wallet"),
        # national numbers no shipped policy names (GDPR Art. 87 national identification numbers all the same)
        "CN_RIC": (None, lambda r: c("cn.ric", lambda r: r.choice(["110101", "310104", "440305", "510107"])
                                     + f"{_date(r):%Y%m%d}" + _digits(r, 3), D + "X", r), "stdnum.cn.ric",
                   "身份证号"),
        "MX_CURP": (None, lambda r: _full("mx.curp", _curp, r, 20000), "stdnum.mx.curp", "CURP"),
        "BE_NN": (None, lambda r: _full("be.nn", lambda r: _be_nn(r), r), "stdnum.be.nn", "rijksregisternummer"),
        "RO_CNP": (None, lambda r: c("ro.cnp", lambda r: r.choice("12") + _yymmdd(r, 1950, 1999)
                                     + f"{r.randint(1, 46):02d}" + _digits(r, 3), rng=r), "stdnum.ro.cnp", "CNP"),
        "BG_EGN": (None, lambda r: c("bg.egn", lambda r: _yymmdd(r, 1950, 1999) + _digits(r, 3), rng=r),
                   "stdnum.bg.egn", "ЕГН"),
        "EE_IK": (None, lambda r: c("ee.ik", lambda r: r.choice("34") + _yymmdd(r, 1950, 1999) + _digits(r, 3),
                                    rng=r), "stdnum.ee.ik", "isikukood"),
        "CZ_RC": (None, lambda r: _full("cz.rc", lambda r: _cz_rc(r), r), "stdnum.cz.rc", "rodné číslo"),
        "IS_KENNITALA": (None, lambda r: _full("is_.kennitala", lambda r: f"{_date(r, 1950, 1999):%d%m%y}"
                                               + _digits(r, 3) + "9", r, 20000), "stdnum.is_.kennitala",
                         "kennitala"),
        "CH_AHV": (None, lambda r: _ahv(c("ch.ssn", lambda r: "756" + _digits(r, 9), rng=r)), "stdnum.ch.ssn",
                   "AHV-Nr."),
        "CL_RUT": (None, lambda r: c("cl.rut", lambda r: str(r.randint(5_000_000, 25_000_000)), D + "K", r),
                   "stdnum.cl.rut", "RUT"),
        "IL_IDNR": (None, lambda r: c("il.idnr", lambda r: _digits(r, 8), rng=r), "stdnum.il.idnr",
                    "מספר זהות"),
        "HR_OIB": (None, lambda r: c("hr.oib", lambda r: r.choice("123456789") + _digits(r, 9), rng=r),
                   "stdnum.hr.oib", "OIB"),
        "GR_AMKA": (None, lambda r: c("gr.amka", lambda r: f"{_date(r, 1950, 1999):%d%m%y}" + _digits(r, 4),
                                      rng=r), "stdnum.gr.amka", "ΑΜΚΑ"),
        "LT_ASMENS": (None, lambda r: c("lt.asmens", lambda r: r.choice("34") + _yymmdd(r, 1950, 1999)
                                        + _digits(r, 3), rng=r), "stdnum.lt.asmens", "asmens kodas"),
        "PT_CC": (None, lambda r: _full("pt.cc", lambda r: _pt_cc(r), r), "stdnum.pt.cc", "Cartão de Cidadão"),
    }


def _fr_nir(rng):
    from stdnum.fr import nir
    body = (rng.choice("12") + f"{_date(rng):%y%m}" + f"{rng.randint(1, 95):02d}" + _digits(rng, 3)
            + _digits(rng, 3))
    return body + nir.calc_check_digits(body)


def _tck(rng):
    from stdnum.tr import tckimlik
    body = rng.choice("123456789") + _digits(rng, 8)
    return body + tckimlik.calc_check_digits(body)


def _cpf(rng):
    from stdnum.br import cpf
    while True:
        body = _digits(rng, 9)
        for a in D:
            for b in D:
                v = body + a + b
                if cpf.is_valid(v):
                    return cpf.format(v) if rng.random() < 0.7 else v


def _curp(rng):
    from stdnum.mx import curp
    d = _date(rng)
    body = ("".join(rng.choice("BCDFGLMNPRSTVZ") for _ in range(1)) + rng.choice("AEIOU")
            + "".join(rng.choice("BCDFGLMNPRSTVZ") for _ in range(2)) + f"{d:%y%m%d}" + rng.choice("HM")
            + rng.choice(["DF", "JC", "NL", "PL", "VZ", "YN"])
            + "".join(rng.choice("BCDFGLMNPRSTVZ") for _ in range(3)) + ("0" if d.year < 2000 else "A"))
    return body + curp.calc_check_digit(body)


def _be_nn(rng):
    d = _date(rng, 1950, 1999)
    body = f"{d:%y%m%d}" + _digits(rng, 3)
    return body + f"{97 - int(body) % 97:02d}"


def _cz_rc(rng):
    d = _date(rng, 1955, 1999)
    m = d.month + (50 if rng.random() < 0.5 else 0)
    body = f"{d:%y}{m:02d}{d:%d}" + _digits(rng, 3)
    chk = int(body) % 11 % 10
    return f"{body[:6]}/{body[6:]}{chk}"


def _ahv(v):
    return f"{v[:3]}.{v[3:7]}.{v[7:11]}.{v[11:]}"


def _pt_cc(rng):
    from stdnum.pt import cc
    body = _digits(rng, 8) + rng.choice(D) + rng.choice(U) + rng.choice(U) + rng.choice(D)
    return body[:-1] + cc.calc_check_digit(body[:-1])


def _iban(rng):
    from pii_sealed3_gen import _iban as make
    return make(rng)


def _card(rng):
    from pii_sealed3_gen import _card as make
    return make(rng)


def validate(kind: str, value: str) -> bool:
    """Is the value accepted by the check it was made with (stdnum's is_valid, or the published rule)?"""
    _, _, how, _ = kinds()[kind]
    if how.startswith("stdnum."):
        return bool(import_module(how).is_valid(value.replace(" ", "") if how == "stdnum.luhn" else value))
    if kind == "SG_NRIC":
        return _nric_ok(value)
    if kind == "US_NPI":
        from stdnum import luhn
        return len(value) == 10 and luhn.is_valid("80840" + value)
    if kind == "DEA":
        d = value[2:]
        s = int(d[0]) + int(d[2]) + int(d[4]) + 2 * (int(d[1]) + int(d[3]) + int(d[5]))
        return len(value) == 9 and s % 10 == int(d[6])
    if kind == "AU_MEDICARE":
        return len(value) == 10 and sum(int(c) * w for c, w in zip(value, [1, 3, 7, 9, 1, 3, 7, 9])) % 10 == int(
            value[8])
    if kind == "UK_NINO":
        v = value.replace(" ", "")
        return len(v) == 9 and v[:2].isalpha() and v[2:8].isdigit() and v[8] in "ABCD" and v[0] not in "DFIQUV"
    return False


def _nric_ok(v: str) -> bool:
    total = sum(int(c) * w for c, w in zip(v[1:8], [2, 7, 6, 5, 4, 3, 2])) + (4 if v[0] in "TG" else 0)
    return v[8] == ("JZIHGFEDCBA" if v[0] in "ST" else "XWUTRQPNMLK")[total % 11]
