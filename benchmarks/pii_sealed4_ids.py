"""Identifiers of the fourth sealed PII set: each one valid by python-stdnum (or, where stdnum has no
module, by the issuer's published format and check digit: UK NINO, Singapore NRIC, AU Medicare, passports,
driver licences, medical record numbers), written the ways people write them.

Each kind names the policy kind it belongs to (``kind``) and the labels people put before it in the
languages of the countries that issue it. A generator draws random digits from the caller's
``random.Random`` and completes the check characters by asking the validator, so the value is whatever the
validator accepts, never a checksum written here by hand (except the three stdnum lacks).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import importlib
import random
import string
from collections.abc import Callable
from dataclasses import dataclass

DIGITS = string.digits
UPPER = string.ascii_uppercase


@dataclass(frozen=True)
class IdKind:
    name: str  # this set's name, e.g. "PL_PESEL"
    kind: str  # the policy kind a gate should call it ("ID_NUMBER" where the policy has none of its own)
    country: str
    labels: tuple[str, ...]
    make: Callable[[random.Random], str]
    validator: str  # "stdnum.pl.pesel" or "format"
    groupings: tuple[tuple[int, ...], ...] = ()  # how people split the compact value into groups


def _valid(module: str, value: str) -> bool:
    return bool(importlib.import_module(module).is_valid(value))


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(DIGITS) for _ in range(n))


def _complete(rng: random.Random, module: str, body: Callable[[random.Random], str],
              alphabet: str = DIGITS, checks: int = 1, tries: int = 4000) -> str:
    """``body`` + check characters, the first completion the validator accepts."""
    for _ in range(tries):
        b = body(rng)
        if checks == 1:
            for c in alphabet:
                if _valid(module, b + c):
                    return b + c
        else:
            for c1 in alphabet:
                for c2 in alphabet:
                    if _valid(module, b + c1 + c2):
                        return b + c1 + c2
    raise RuntimeError(f"no valid value for {module}")


def _birth(rng: random.Random) -> dt.date:
    return dt.date(1940, 1, 1) + dt.timedelta(days=rng.randrange(0, 365 * 64))


def _redraw(rng: random.Random, module: str, draw: Callable[[random.Random], str]) -> str:
    for _ in range(20000):
        v = draw(rng)
        if _valid(module, v):
            return v
    raise RuntimeError(f"no valid value for {module}")


# ---- generators ------------------------------------------------------------------------------------------

def us_ssn(rng: random.Random) -> str:
    return _redraw(rng, "stdnum.us.ssn", lambda r: f"{r.randint(1, 899):03d}{r.randint(1, 99):02d}{r.randint(1, 9999):04d}")


def us_itin(rng: random.Random) -> str:
    return _redraw(rng, "stdnum.us.itin", lambda r: f"9{_digits(r, 2)}{r.choice([70, 78, 83, 88, 90, 92, 94, 99])}{_digits(r, 4)}")


def gb_nhs(rng: random.Random) -> str:
    return _complete(rng, "stdnum.gb.nhs", lambda r: str(r.randint(4, 9)) + _digits(r, 8))


def gb_nino(rng: random.Random) -> str:
    first = [c for c in UPPER if c not in "DFIQUV"]
    second = [c for c in first if c != "O"]
    while True:
        p = rng.choice(first) + rng.choice(second)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            return p + _digits(rng, 6) + rng.choice("ABCD")


def es_dni(rng: random.Random) -> str:
    return _complete(rng, "stdnum.es.dni", lambda r: _digits(r, 8), UPPER)


def es_nie(rng: random.Random) -> str:
    return _complete(rng, "stdnum.es.nie", lambda r: r.choice("XYZ") + _digits(r, 7), UPPER)


def it_cf(rng: random.Random) -> str:
    months = "ABCDEHLMPRST"

    def body(r: random.Random) -> str:
        cons = "BCDFGLMNPRSTVZ"
        b = _birth(r)
        day = b.day + (40 if r.random() < 0.5 else 0)
        return ("".join(r.choice(cons) for _ in range(6)) + f"{b.year % 100:02d}" + months[b.month - 1]
                + f"{day:02d}" + r.choice("ABCDEFGHLM") + _digits(r, 3))
    return _complete(rng, "stdnum.it.codicefiscale", body, UPPER)


def pl_pesel(rng: random.Random) -> str:
    def body(r: random.Random) -> str:
        b = _birth(r)
        m = b.month + (20 if b.year >= 2000 else 0)
        return f"{b.year % 100:02d}{m:02d}{b.day:02d}" + _digits(r, 4)
    return _complete(rng, "stdnum.pl.pesel", body)


def nl_bsn(rng: random.Random) -> str:
    return _complete(rng, "stdnum.nl.bsn", lambda r: str(r.randint(1, 6)) + _digits(r, 7))


def se_pnr(rng: random.Random) -> str:
    def body(r: random.Random) -> str:
        b = _birth(r)
        return b.strftime("%y%m%d") + "-" + _digits(r, 3)
    return _complete(rng, "stdnum.se.personnummer", body)


def fr_nir(rng: random.Random) -> str:
    def body(r: random.Random) -> str:
        b = _birth(r)
        return (r.choice("12") + f"{b.year % 100:02d}{b.month:02d}" + f"{r.randint(1, 95):02d}"
                + _digits(r, 3) + _digits(r, 3))
    return _complete(rng, "stdnum.fr.nir", body, checks=2)


def de_idnr(rng: random.Random) -> str:
    def body(r: random.Random) -> str:
        ds = r.sample(DIGITS, 9)
        while ds[0] == "0":
            ds = r.sample(DIGITS, 9)
        ds.insert(r.randint(1, 9), r.choice(ds))
        return "".join(ds)
    return _complete(rng, "stdnum.de.idnr", body)


def in_aadhaar(rng: random.Random) -> str:
    return _complete(rng, "stdnum.in_.aadhaar", lambda r: str(r.randint(2, 9)) + _digits(r, 10))


def in_pan(rng: random.Random) -> str:
    return _redraw(rng, "stdnum.in_.pan", lambda r: "".join(r.choice(UPPER) for _ in range(3)) + "P"
                   + r.choice(UPPER) + _digits(r, 4) + r.choice(UPPER))


def sg_nric(rng: random.Random) -> str:
    """Singapore NRIC/FIN (stdnum has no module): the published weights and check letters."""
    prefix = rng.choice("STFG")
    d = _digits(rng, 7)
    total = sum(int(c) * w for c, w in zip(d, (2, 7, 6, 5, 4, 3, 2))) + (4 if prefix in "TG" else 0)
    table = "JZIHGFEDCBA" if prefix in "ST" else "XWUTRQPNMLK"
    return prefix + d + table[total % 11]


def au_tfn(rng: random.Random) -> str:
    return _complete(rng, "stdnum.au.tfn", lambda r: _digits(r, 8))


def au_medicare(rng: random.Random) -> str:
    """Australian Medicare card number (no stdnum module): weights 1,3,7,9,1,3,7,9 on digits 1-8."""
    d = str(rng.randint(2, 6)) + _digits(rng, 7)
    check = sum(int(c) * w for c, w in zip(d, (1, 3, 7, 9, 1, 3, 7, 9))) % 10
    return d + str(check) + str(rng.randint(1, 9)) + str(rng.randint(1, 5))


def ca_sin(rng: random.Random) -> str:
    return _complete(rng, "stdnum.ca.sin", lambda r: str(r.choice([1, 2, 3, 4, 5, 6, 7, 9])) + _digits(r, 7))


def br_cpf(rng: random.Random) -> str:
    return _complete(rng, "stdnum.br.cpf", lambda r: _digits(r, 9), checks=2)


def dk_cpr(rng: random.Random) -> str:
    return _redraw(rng, "stdnum.dk.cpr", lambda r: _birth(r).strftime("%d%m%y") + _digits(r, 4))


def no_fnr(rng: random.Random) -> str:
    return _complete(rng, "stdnum.no.fodselsnummer", lambda r: _birth(r).strftime("%d%m%y") + _digits(r, 3), checks=2)


def fi_hetu(rng: random.Random) -> str:
    def body(r: random.Random) -> str:
        b = _birth(r)
        return b.strftime("%d%m%y") + "-" + f"{r.randint(2, 899):03d}"
    return _complete(rng, "stdnum.fi.hetu", body, DIGITS + "ABCDEFHJKLMNPRSTUVWXY")


def kr_rrn(rng: random.Random) -> str:
    def body(r: random.Random) -> str:
        b = _birth(r)
        return b.strftime("%y%m%d") + r.choice("12" if b.year < 2000 else "34") + _digits(r, 5)
    return _complete(rng, "stdnum.kr.rrn", body)


def tr_tc(rng: random.Random) -> str:
    return _complete(rng, "stdnum.tr.tckimlik", lambda r: str(r.randint(1, 9)) + _digits(r, 8), checks=2)


def th_pin(rng: random.Random) -> str:
    return _complete(rng, "stdnum.th.pin", lambda r: str(r.randint(1, 8)) + _digits(r, 11))


def za_id(rng: random.Random) -> str:
    return _complete(rng, "stdnum.za.idnr", lambda r: _birth(r).strftime("%y%m%d") + _digits(r, 4) + "08")


def cn_ric(rng: random.Random) -> str:
    return _complete(rng, "stdnum.cn.ric", lambda r: r.choice(["110101", "310104", "440305", "510107", "330106"])
                     + _birth(r).strftime("%Y%m%d") + _digits(r, 3), DIGITS + "X")


def mx_curp(rng: random.Random) -> str:
    def body(r: random.Random) -> str:
        b = _birth(r)
        return ("".join(r.choice(UPPER) for _ in range(1)) + r.choice("AEIOU") + r.choice(UPPER) + r.choice(UPPER)
                + b.strftime("%y%m%d") + r.choice("HM") + r.choice(["DF", "JC", "NL", "PL", "VZ"])
                + "".join(r.choice("BCDFGHJKLMNPRSTVZ") for _ in range(3)) + ("0" if b.year < 2000 else "A"))
    return _complete(rng, "stdnum.mx.curp", body)


def cl_rut(rng: random.Random) -> str:
    return _complete(rng, "stdnum.cl.rut", lambda r: str(r.randint(5, 25)) + _digits(r, 6), DIGITS + "K")


def be_nn(rng: random.Random) -> str:
    return _complete(rng, "stdnum.be.nn", lambda r: _birth(r).strftime("%y%m%d") + _digits(r, 3), checks=2)


def ro_cnp(rng: random.Random) -> str:
    return _complete(rng, "stdnum.ro.cnp", lambda r: r.choice("12") + _birth(r).strftime("%y%m%d")
                     + f"{r.randint(1, 46):02d}" + _digits(r, 3))


def cz_rc(rng: random.Random) -> str:
    def draw(r: random.Random) -> str:
        b = dt.date(1955, 1, 1) + dt.timedelta(days=r.randrange(0, 365 * 45))
        m = b.month + (50 if r.random() < 0.5 else 0)
        return f"{b.year % 100:02d}{m:02d}{b.day:02d}" + _digits(r, 4)
    return _redraw(rng, "stdnum.cz.rc", draw)


def bg_egn(rng: random.Random) -> str:
    return _complete(rng, "stdnum.bg.egn", lambda r: _birth(r).strftime("%y%m%d") + _digits(r, 3))


def ee_ik(rng: random.Random) -> str:
    return _complete(rng, "stdnum.ee.ik", lambda r: r.choice("3456") + _birth(r).strftime("%y%m%d") + _digits(r, 3))


def is_kt(rng: random.Random) -> str:
    def body(r: random.Random) -> str:
        b = _birth(r)
        return b.strftime("%d%m%y") + _digits(r, 2)
    for _ in range(5000):
        b = body(rng)
        for c in DIGITS:
            v = b + c + ("9" if int(b[4:6]) >= 40 else "0")
            if _valid("stdnum.is_.kennitala", v):
                return v
    raise RuntimeError("kennitala")


def ie_pps(rng: random.Random) -> str:
    return _complete(rng, "stdnum.ie.pps", lambda r: _digits(r, 7), UPPER)


def ch_ahv(rng: random.Random) -> str:
    return _complete(rng, "stdnum.ch.ssn", lambda r: "756" + _digits(r, 9))


def il_idnr(rng: random.Random) -> str:
    return _complete(rng, "stdnum.il.idnr", lambda r: _digits(r, 8))


def gr_amka(rng: random.Random) -> str:
    return _complete(rng, "stdnum.gr.amka", lambda r: _birth(r).strftime("%d%m%y") + _digits(r, 4))


def hr_oib(rng: random.Random) -> str:
    return _complete(rng, "stdnum.hr.oib", lambda r: str(r.randint(1, 9)) + _digits(r, 9))


def pt_cc(rng: random.Random) -> str:
    def body(r: random.Random) -> str:
        return _digits(r, 9) + r.choice(["ZZ", "ZY", "ZX", "ZW", "Z0", "Z1", "Z2"])
    return _complete(rng, "stdnum.pt.cc", body)


def iban(rng: random.Random) -> str:
    from stdnum import iban as ib

    shapes = {"DE": lambda r: _digits(r, 18), "FR": lambda r: _digits(r, 10) + "".join(r.choice(UPPER + DIGITS) for _ in range(11)) + _digits(r, 2),
              "ES": lambda r: _digits(r, 20), "IT": lambda r: r.choice(UPPER) + _digits(r, 10) + _digits(r, 12),
              "NL": lambda r: "".join(r.choice(UPPER) for _ in range(4)) + _digits(r, 10),
              "PL": lambda r: _digits(r, 24), "GB": lambda r: "".join(r.choice(UPPER) for _ in range(4)) + _digits(r, 14),
              "BE": lambda r: _digits(r, 12), "AT": lambda r: _digits(r, 16), "PT": lambda r: _digits(r, 21),
              "SE": lambda r: _digits(r, 20), "GR": lambda r: _digits(r, 23), "TR": lambda r: _digits(r, 5) + "0" + _digits(r, 16),
              "RO": lambda r: "".join(r.choice(UPPER) for _ in range(4)) + "".join(r.choice(UPPER + DIGITS) for _ in range(16))}
    for _ in range(5000):
        cc = rng.choice(sorted(shapes))
        bban = shapes[cc](rng)
        check = ib.calc_check_digits(cc + "00" + bban)
        v = cc + check + bban
        if ib.is_valid(v):
            return v
    raise RuntimeError("iban")


def card(rng: random.Random) -> str:
    from stdnum import luhn

    prefix, length = rng.choice([("4", 16), ("51", 16), ("55", 16), ("2221", 16), ("34", 15), ("37", 15),
                                 ("6011", 16), ("3528", 16), ("4", 13)])
    body = prefix + _digits(rng, length - len(prefix) - 1)
    return body + luhn.calc_check_digit(body)


_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def btc(rng: random.Random) -> str:
    """A bitcoin address: base58check P2PKH/P2SH or bech32 segwit, checked by stdnum.bitcoin."""
    if rng.random() < 0.35:
        return _bech32(rng)
    payload = bytes([rng.choice([0, 5])]) + bytes(rng.getrandbits(8) for _ in range(20))
    chk = hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    n = int.from_bytes(payload + chk, "big")
    out = ""
    while n:
        n, rem = divmod(n, 58)
        out = _B58[rem] + out
    v = "1" * (len(payload + chk) - len((payload + chk).lstrip(b"\0"))) + out
    assert _valid("stdnum.bitcoin", v), v
    return v


def _bech32(rng: random.Random) -> str:
    charset = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"

    def polymod(values: list[int]) -> int:
        gen = [0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3]
        chk = 1
        for v in values:
            b = chk >> 25
            chk = (chk & 0x1FFFFFF) << 5 ^ v
            for i in range(5):
                chk ^= gen[i] if ((b >> i) & 1) else 0
        return chk

    prog = [rng.getrandbits(8) for _ in range(20)]
    acc, bits, data = 0, 0, [0]
    for b in prog:
        acc = (acc << 8) | b
        bits += 8
        while bits >= 5:
            bits -= 5
            data.append((acc >> bits) & 31)
    if bits:
        data.append((acc << (5 - bits)) & 31)
    hrp = [ord(c) >> 5 for c in "bc"] + [0] + [ord(c) & 31 for c in "bc"]
    pm = polymod(hrp + data + [0] * 6) ^ 1
    v = "bc1" + "".join(charset[d] for d in data) + "".join(charset[(pm >> 5 * (5 - i)) & 31] for i in range(6))
    assert _valid("stdnum.bitcoin", v), v
    return v


def eth(rng: random.Random) -> str:
    return "0x" + "".join(rng.choice("0123456789abcdef") for _ in range(40))


def us_passport(rng: random.Random) -> str:
    return rng.choice([str(rng.randint(1, 9)) + _digits(rng, 8), rng.choice("ACEFGHJKLMNPRSTUVWXYZ") + _digits(rng, 8)])


def gb_passport(rng: random.Random) -> str:
    return str(rng.randint(1, 9)) + _digits(rng, 8)


def de_passport(rng: random.Random) -> str:
    alpha = "CFGHJKLMNPRTVWXYZ0123456789"
    return rng.choice("CFGHJK") + "".join(rng.choice(alpha) for _ in range(8))


def in_passport(rng: random.Random) -> str:
    return rng.choice("ABJKLMNPRSTUVWZ") + str(rng.randint(1, 9)) + _digits(rng, 6)


def us_dl(rng: random.Random) -> str:
    return rng.choice([rng.choice(UPPER) + _digits(rng, 7),  # CA
                       _digits(rng, 9),  # NY
                       rng.choice(UPPER) + _digits(rng, 12),  # FL
                       rng.choice(UPPER) + _digits(rng, 3) + "-" + _digits(rng, 4) + "-" + _digits(rng, 4)])  # IL


def gb_dl(rng: random.Random) -> str:
    """DVLA driving licence number: 5 letters of the surname, decade, month(+5 for women), day, year digit,
    two initials, a check digit and two letters (the DVLA's published layout)."""
    b = _birth(rng)
    sur = "".join(rng.choice(UPPER) for _ in range(rng.randint(3, 5))).ljust(5, "9")
    month = b.month + (50 if rng.random() < 0.5 else 0)
    return (sur + str(b.year % 100 // 10) + f"{month:02d}" + f"{b.day:02d}" + str(b.year % 10)
            + rng.choice(UPPER) + rng.choice(UPPER + "9") + str(rng.randint(0, 9)) + rng.choice(UPPER) + rng.choice(UPPER))


def mrn(rng: random.Random) -> str:
    return rng.choice([_digits(rng, 8), "H" + _digits(rng, 7), _digits(rng, 3) + "-" + _digits(rng, 2) + "-" + _digits(rng, 2),
                       "MR" + _digits(rng, 6), "E" + _digits(rng, 9)])


KINDS: list[IdKind] = [
    IdKind("US_SSN", "US_SSN", "us", ("SSN", "Social Security number", "SS#"), us_ssn, "stdnum.us.ssn", ((3, 2, 4), (9,), (3, 3, 3))),
    IdKind("US_ITIN", "US_ITIN", "us", ("ITIN", "taxpayer ID"), us_itin, "stdnum.us.itin", ((3, 2, 4), (9,))),
    IdKind("UK_NHS", "UK_NHS", "en", ("NHS number", "NHS no."), gb_nhs, "stdnum.gb.nhs", ((3, 3, 4), (10,))),
    IdKind("UK_NINO", "UK_NINO", "en", ("NI number", "National Insurance no.", "NINO"), gb_nino, "format", ((2, 2, 2, 2, 1), (9,))),
    IdKind("ES_DNI", "ES_NIF", "es", ("DNI", "NIF", "documento"), es_dni, "stdnum.es.dni", ((9,), (8, 1))),
    IdKind("ES_NIE", "ES_NIE", "es", ("NIE", "número de extranjero"), es_nie, "stdnum.es.nie", ((9,), (1, 7, 1))),
    IdKind("IT_CODICE_FISCALE", "IT_FISCAL_CODE", "it", ("codice fiscale", "CF", "cod. fisc."), it_cf, "stdnum.it.codicefiscale", ((16,), (6, 5, 5))),
    IdKind("PL_PESEL", "PL_PESEL", "pl", ("PESEL", "nr PESEL"), pl_pesel, "stdnum.pl.pesel", ((11,), (6, 5), (3, 3, 3, 2))),
    IdKind("NL_BSN", "NL_BSN", "nl", ("BSN", "burgerservicenummer"), nl_bsn, "stdnum.nl.bsn", ((9,), (4, 2, 3), (3, 3, 3))),
    IdKind("SE_PERSONNUMMER", "SE_PERSONNUMMER", "sv", ("personnummer", "pnr"), se_pnr, "stdnum.se.personnummer", ((6, 4),)),
    IdKind("FR_NIR", "FR_NIR", "fr", ("numéro de sécurité sociale", "n° SS", "NIR"), fr_nir, "stdnum.fr.nir", ((1, 2, 2, 2, 3, 3, 2), (15,))),
    IdKind("DE_STEUER_ID", "DE_TAX_ID", "de", ("Steuer-ID", "Steueridentifikationsnummer", "IdNr."), de_idnr, "stdnum.de.idnr", ((11,), (2, 3, 3, 3))),
    IdKind("IN_AADHAAR", "IN_AADHAAR", "hi", ("Aadhaar", "आधार", "UID"), in_aadhaar, "stdnum.in_.aadhaar", ((4, 4, 4), (12,))),
    IdKind("IN_PAN", "IN_PAN", "hi", ("PAN", "PAN card"), in_pan, "stdnum.in_.pan", ((10,),)),
    IdKind("SG_NRIC", "SG_NRIC_FIN", "en", ("NRIC", "FIN", "IC no."), sg_nric, "format", ((9,),)),
    IdKind("AU_TFN", "AU_TFN", "en", ("TFN", "tax file number"), au_tfn, "stdnum.au.tfn", ((3, 3, 3), (9,))),
    IdKind("AU_MEDICARE", "AU_MEDICARE", "en", ("Medicare", "Medicare card no."), au_medicare, "format", ((4, 5, 1), (10, 1), (11,))),
    IdKind("CA_SIN", "CA_SIN", "en", ("SIN", "social insurance number", "NAS"), ca_sin, "stdnum.ca.sin", ((3, 3, 3), (9,))),
    IdKind("BR_CPF", "BR_CPF", "pt", ("CPF",), br_cpf, "stdnum.br.cpf", ((3, 3, 3, 2), (11,))),
    IdKind("DK_CPR", "DK_CPR", "da", ("CPR", "CPR-nr."), dk_cpr, "stdnum.dk.cpr", ((6, 4), (10,))),
    IdKind("NO_FODSELSNUMMER", "NO_FODSELSNUMMER", "sv", ("fødselsnummer", "fnr"), no_fnr, "stdnum.no.fodselsnummer", ((6, 5), (11,))),
    IdKind("FI_HETU", "FI_PERSONAL_IDENTITY_CODE", "fi", ("henkilötunnus", "HETU"), fi_hetu, "stdnum.fi.hetu", ((11,),)),
    IdKind("KR_RRN", "KR_RRN", "ko", ("주민등록번호", "RRN"), kr_rrn, "stdnum.kr.rrn", ((6, 7), (13,))),
    IdKind("TR_TCKIMLIK", "TR_NATIONAL_ID", "tr", ("TC kimlik no", "T.C. Kimlik"), tr_tc, "stdnum.tr.tckimlik", ((11,), (3, 3, 3, 2))),
    IdKind("TH_PIN", "TH_TNIN", "th", ("เลขประจำตัวประชาชน", "ID card"), th_pin, "stdnum.th.pin", ((1, 4, 5, 2, 1), (13,))),
    IdKind("ZA_ID", "ZA_ID_NUMBER", "en", ("ID number", "SA ID"), za_id, "stdnum.za.idnr", ((13,), (6, 4, 3))),
    IdKind("CN_RIC", "ID_NUMBER", "zh", ("身份证号", "身份证"), cn_ric, "stdnum.cn.ric", ((18,), (6, 8, 4))),
    IdKind("MX_CURP", "ID_NUMBER", "es", ("CURP",), mx_curp, "stdnum.mx.curp", ((18,),)),
    IdKind("CL_RUT", "ID_NUMBER", "es", ("RUT", "RUN"), cl_rut, "stdnum.cl.rut", ((2, 3, 3, 1),)),
    IdKind("BE_NN", "ID_NUMBER", "fr", ("numéro de registre national", "rijksregisternummer"), be_nn, "stdnum.be.nn", ((2, 2, 2, 3, 2), (11,))),
    IdKind("RO_CNP", "ID_NUMBER", "ro", ("CNP",), ro_cnp, "stdnum.ro.cnp", ((13,),)),
    IdKind("CZ_RC", "ID_NUMBER", "cs", ("rodné číslo", "RČ"), cz_rc, "stdnum.cz.rc", ((6, 4),)),
    IdKind("BG_EGN", "ID_NUMBER", "ru", ("ЕГН",), bg_egn, "stdnum.bg.egn", ((10,),)),
    IdKind("EE_ISIKUKOOD", "ID_NUMBER", "fi", ("isikukood",), ee_ik, "stdnum.ee.ik", ((11,),)),
    IdKind("IS_KENNITALA", "ID_NUMBER", "da", ("kennitala", "kt."), is_kt, "stdnum.is_.kennitala", ((6, 4),)),
    IdKind("IE_PPS", "ID_NUMBER", "ie", ("PPS number", "PPSN"), ie_pps, "stdnum.ie.pps", ((8,), (7, 1))),
    IdKind("CH_AHV", "ID_NUMBER", "de", ("AHV-Nr.", "AVS"), ch_ahv, "stdnum.ch.ssn", ((3, 4, 4, 2),)),
    IdKind("IL_TEUDAT_ZEHUT", "ID_NUMBER", "he", ("ת.ז.", "תעודת זהות", "teudat zehut"), il_idnr, "stdnum.il.idnr", ((9,),)),
    IdKind("GR_AMKA", "ID_NUMBER", "el", ("ΑΜΚΑ", "AMKA"), gr_amka, "stdnum.gr.amka", ((11,),)),
    IdKind("HR_OIB", "ID_NUMBER", "hr", ("OIB",), hr_oib, "stdnum.hr.oib", ((11,),)),
    IdKind("PT_CC", "ID_NUMBER", "pt", ("Cartão de Cidadão", "CC n.º"), pt_cc, "stdnum.pt.cc", ((8, 1, 2, 1),)),
    IdKind("IBAN", "IBAN_CODE", "de", ("IBAN",), iban, "stdnum.iban", ((4, 4, 4, 4, 4, 4, 4, 4), (99,))),
    IdKind("CREDIT_CARD", "CREDIT_CARD", "en", ("card", "Visa", "card number"), card, "stdnum.luhn", ((4, 4, 4, 4), (99,), (4, 6, 5))),
    IdKind("CRYPTO_BTC", "CRYPTO", "en", ("BTC", "bitcoin address", "wallet"), btc, "stdnum.bitcoin", ((99,),)),
    IdKind("CRYPTO_ETH", "CRYPTO", "en", ("ETH", "ethereum wallet"), eth, "format", ((99,),)),
    IdKind("US_PASSPORT", "US_PASSPORT", "us", ("passport", "passport no."), us_passport, "format", ((99,),)),
    IdKind("UK_PASSPORT", "UK_PASSPORT", "en", ("passport number",), gb_passport, "format", ((99,),)),
    IdKind("DE_PASSPORT", "DE_PASSPORT", "de", ("Reisepass", "Passnummer"), de_passport, "format", ((99,),)),
    IdKind("IN_PASSPORT", "IN_PASSPORT", "hi", ("passport", "पासपोर्ट"), in_passport, "format", ((99,),)),
    IdKind("US_DRIVER_LICENSE", "US_DRIVER_LICENSE", "us", ("driver's license", "DL#", "DL"), us_dl, "format", ((99,),)),
    IdKind("UK_DRIVING_LICENCE", "UK_DRIVING_LICENCE", "en", ("driving licence", "licence no."), gb_dl, "format", ((99,),)),
    IdKind("MRN", "MEDICAL_RECORD_NUMBER", "en", ("MRN", "medical record number", "patient ID", "hospital no."), mrn, "format", ((99,),)),
]


BY_NAME = {k.name: k for k in KINDS}


def group(value: str, groups: tuple[int, ...], sep: str) -> str:
    """``value`` cut into ``groups`` (99: as it is) joined by ``sep``."""
    if groups == (99,) or sum(groups) != len(value):
        return value
    out, i = [], 0
    for g in groups:
        out.append(value[i:i + g])
        i += g
    return sep.join(out)


def written(rng: random.Random, k: IdKind, value: str) -> str:
    """One way people write ``value``: compact, in the issuer's groups or in threes, with spaces, dots or dashes."""
    if k.validator == "format" or k.name in ("SE_PERSONNUMMER", "FI_HETU", "CRYPTO_BTC", "CRYPTO_ETH"):
        return value
    compact = value.replace("-", "").replace(" ", "")
    if k.name in ("IBAN", "CREDIT_CARD"):
        if rng.random() < 0.35:
            return compact
        fours = tuple([4] * (len(compact) // 4) + ([len(compact) % 4] if len(compact) % 4 else []))
        return group(compact, fours, rng.choice([" ", " ", "-"]))
    style = rng.random()
    if style < 0.3:
        return compact
    if style < 0.8 or not compact.isdigit():
        return group(compact, rng.choice(k.groupings), rng.choice([" ", " ", "-", "."]))
    threes = tuple([3] * (len(compact) // 3) + ([len(compact) % 3] if len(compact) % 3 else []))
    return group(compact, threes, rng.choice([" ", "."]))


def normalised(value: str) -> str:
    """What a leak check compares: letters and digits only, folded."""
    return "".join(c for c in value.casefold() if c.isalnum())
