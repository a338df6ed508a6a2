"""Numbers of the sixth sealed PII set: national identifiers completed until python-stdnum's own `is_valid`
accepts them (shapes, dates and labels are this set's own), phones built from each country's numbering plan and
kept only when phonenumbers' `is_valid_number` accepts them, IBANs, cards, crypto addresses and IP addresses.
Nothing here is read from the detector or from an earlier set."""

from __future__ import annotations

import hashlib
import importlib
import ipaddress
import itertools
import random
import string
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Callable

D = string.digits
U = string.ascii_uppercase


def birth(rng: random.Random, lo: int = 1942, hi: int = 2004) -> date:
    return date(lo, 1, 1) + timedelta(days=rng.randrange((date(hi, 12, 28) - date(lo, 1, 1)).days))


def digits(rng: random.Random, n: int, first: str = D) -> str:
    return rng.choice(first) + "".join(rng.choice(D) for _ in range(n - 1)) if n else ""


def _brute(valid: Callable[[str], bool], body: str, positions: list[int], alphabet: str) -> str | None:
    chars = list(body)
    for combo in itertools.product(alphabet, repeat=len(positions)):
        for p, c in zip(positions, combo):
            chars[p] = c
        cand = "".join(chars)
        try:
            if valid(cand):
                return cand
        except Exception:
            pass
    return None


@dataclass(frozen=True)
class IdKind:
    kind: str            # the entity the issue names (the policy's kind where one exists)
    module: str          # python-stdnum module that validates it, '' when none exists
    body: Callable[[random.Random], str]
    check: str = "last"  # 'last', 'last2', 'none', or 'pos:N'
    alphabet: str = D
    country: str = ""


def _yymmdd(d: date) -> str:
    return d.strftime("%y%m%d")


def _ddmmyy(d: date) -> str:
    return d.strftime("%d%m%y")


def _it_cf(rng: random.Random) -> str:
    d = birth(rng)
    cons = "BCDFGHLMNPRSTVZ"
    day = d.day + (40 if rng.random() < 0.5 else 0)
    return ("".join(rng.choice(cons) for _ in range(6)) + d.strftime("%y") + "ABCDEHLMPRST"[d.month - 1]
            + f"{day:02d}" + rng.choice("ABCDEFGHLM") + digits(rng, 3) + "X")


def _pesel(rng: random.Random) -> str:
    d = birth(rng)
    m = d.month + (20 if d.year >= 2000 else 0)
    return f"{d:%y}{m:02d}{d:%d}" + digits(rng, 4) + "0"


def _cz_rc(rng: random.Random) -> str:
    d = birth(rng, 1954)
    m = d.month + (50 if rng.random() < 0.5 else 0)
    return f"{d:%y}{m:02d}{d:%d}" + digits(rng, 3) + "0"


def _egn(rng: random.Random) -> str:
    d = birth(rng)
    m = d.month + (40 if d.year >= 2000 else 0)
    return f"{d:%y}{m:02d}{d:%d}" + digits(rng, 3) + "0"


def _ee(rng: random.Random) -> str:
    d = birth(rng)
    g = rng.choice("34") if d.year < 2000 else rng.choice("56")
    return g + _yymmdd(d) + digits(rng, 3) + "0"


def _cnp(rng: random.Random) -> str:
    d = birth(rng)
    s = rng.choice("12") if d.year < 2000 else rng.choice("56")
    return s + _yymmdd(d) + f"{rng.randint(1, 46):02d}" + digits(rng, 3) + "0"


def _fi(rng: random.Random) -> str:
    d = birth(rng)
    return _ddmmyy(d) + ("-" if d.year < 2000 else "A") + f"{rng.randint(2, 899):03d}" + "0"


def _nir(rng: random.Random) -> str:
    d = birth(rng)
    return rng.choice("12") + d.strftime("%y%m") + f"{rng.randint(1, 95):02d}" + digits(rng, 3) + digits(rng, 3) + "00"


def _kennitala(rng: random.Random) -> str:
    d = birth(rng)
    return _ddmmyy(d) + digits(rng, 2) + "0" + ("9" if d.year < 2000 else "0")


def _at(rng: random.Random) -> str:
    return digits(rng, 3, "123456789") + "0" + _ddmmyy(birth(rng))


def _curp(rng: random.Random) -> str:
    d = birth(rng)
    vowels = "AEIOU"
    cons = "BCDFGHJKLMNPQRSTVWXYZ"
    state = rng.choice(["AS", "BC", "CH", "DF", "GT", "JC", "MC", "NL", "OC", "PL", "QT", "SP", "VZ", "YN"])
    return (rng.choice(cons) + rng.choice(vowels) + rng.choice(cons) + rng.choice(cons) + _yymmdd(d)
            + rng.choice("HM") + state + "".join(rng.choice(cons) for _ in range(3))
            + ("0" if d.year < 2000 else "A") + "0")


def _rrn(rng: random.Random) -> str:
    d = birth(rng)
    g = rng.choice("12") if d.year < 2000 else rng.choice("34")
    return _yymmdd(d) + g + digits(rng, 5) + "0"


def _za(rng: random.Random) -> str:
    return _yymmdd(birth(rng)) + digits(rng, 4) + rng.choice("01") + "8" + "0"


def _cn(rng: random.Random) -> str:
    area = rng.choice(["110101", "310104", "440106", "510107", "330106", "420111", "610113", "370102"])
    return area + birth(rng).strftime("%Y%m%d") + digits(rng, 3) + "0"


def _cpr(rng: random.Random) -> str:
    d = birth(rng, 1942, 1999)
    return _ddmmyy(d) + rng.choice("0123") + digits(rng, 3)


def _fnr(rng: random.Random) -> str:
    d = birth(rng, 1942, 1999)
    return _ddmmyy(d) + f"{rng.randint(0, 499):03d}" + "00"


def _be(rng: random.Random) -> str:
    return _yymmdd(birth(rng, 1942, 1999)) + f"{rng.randint(1, 997):03d}" + "00"


def _amka(rng: random.Random) -> str:
    return _ddmmyy(birth(rng, 1942, 1999)) + digits(rng, 4) + "0"


def _emso(rng: random.Random) -> str:
    d = birth(rng)
    return d.strftime("%d%m") + f"{d.year % 1000:03d}" + "50" + f"{rng.randint(0, 499):03d}" + "0"


def _my(rng: random.Random) -> str:
    return _yymmdd(birth(rng)) + f"{rng.randint(1, 14):02d}" + digits(rng, 4)


def _nik(rng: random.Random) -> str:
    d = birth(rng)
    day = d.day + (40 if rng.random() < 0.5 else 0)
    return rng.choice(["3171", "3273", "3578", "1271", "7371"]) + f"{rng.randint(1, 9):02d}" + f"{day:02d}" \
        + d.strftime("%m%y") + digits(rng, 4, "123456789")


def _pt_cc(rng: random.Random) -> str:
    return digits(rng, 8) + digits(rng, 1) + rng.choice(U) + rng.choice(U) + "0"


def _pan(rng: random.Random) -> str:
    return "".join(rng.choice(U) for _ in range(3)) + "P" + rng.choice(U) + digits(rng, 4) + rng.choice(U)


def _ssn(rng: random.Random) -> str:
    area = rng.choice([a for a in range(1, 900) if a != 666 and not 734 <= a <= 749 and a < 773])
    return f"{area:03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"


def _itin(rng: random.Random) -> str:
    return "9" + digits(rng, 2) + str(rng.choice(list(range(70, 89)) + [90, 91, 92, 94, 95, 96, 97, 98, 99])) \
        + digits(rng, 4)


def _sg_nric(rng: random.Random) -> str:
    """Singapore NRIC: no python-stdnum module; the ICA check letter (its published weights)."""
    pre = rng.choice("ST")
    body = digits(rng, 7)
    total = sum(int(c) * w for c, w in zip(body, (2, 7, 6, 5, 4, 3, 2))) + (4 if pre == "T" else 0)
    return pre + body + "JZIHGFEDCBA"[total % 11]


def _nino(rng: random.Random) -> str:
    """UK National Insurance number: no python-stdnum module; HMRC's published prefix rules."""
    while True:
        a, b = rng.choice("ABCEGHJKLMNOPRSTWXYZ"), rng.choice("ABCEGHJKLMNPRSTWXYZ")
        if a + b not in {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}:
            return a + b + digits(rng, 6) + rng.choice("ABCD")


ID_KINDS: list[IdKind] = [
    IdKind("UK_NHS", "gb.nhs", lambda r: digits(r, 10, "4"), country="GB"),
    IdKind("UK_NINO", "", _nino, "none", country="GB"),
    IdKind("ES_NIF", "es.dni", lambda r: digits(r, 8) + "A", alphabet=U, country="ES"),
    IdKind("ES_NIE", "es.nie", lambda r: r.choice("XYZ") + digits(r, 7) + "A", alphabet=U, country="ES"),
    IdKind("IT_FISCAL_CODE", "it.codicefiscale", _it_cf, alphabet=U, country="IT"),
    IdKind("PL_PESEL", "pl.pesel", _pesel, country="PL"),
    IdKind("NL_BSN", "nl.bsn", lambda r: digits(r, 9, "1236"), country="NL"),
    IdKind("SE_PERSONNUMMER", "se.personnummer", lambda r: _yymmdd(birth(r)) + digits(r, 3) + "0", country="SE"),
    IdKind("FR_NIR", "fr.nir", _nir, "last2", country="FR"),
    IdKind("DE_TAX_ID", "de.idnr", lambda r: digits(r, 11, "123456789"), country="DE"),
    IdKind("IN_AADHAAR", "in_.aadhaar", lambda r: digits(r, 12, "23456789"), country="IN"),
    IdKind("IN_PAN", "in_.pan", _pan, "none", country="IN"),
    IdKind("BR_CPF", "br.cpf", lambda r: digits(r, 9) + "00", "last2", country="BR"),
    IdKind("CA_SIN", "ca.sin", lambda r: digits(r, 9, "1234567"), country="CA"),
    IdKind("AU_TFN", "au.tfn", lambda r: digits(r, 9, "1234567"), country="AU"),
    IdKind("US_SSN", "us.ssn", _ssn, "none", country="US"),
    IdKind("US_ITIN", "us.itin", _itin, "none", country="US"),
    IdKind("ZA_ID_NUMBER", "za.idnr", _za, country="ZA"),
    IdKind("DK_CPR", "dk.cpr", _cpr, "none", country="DK"),
    IdKind("NO_FODSELSNUMMER", "no.fodselsnummer", _fnr, "last2", country="NO"),
    IdKind("FI_PERSONAL_IDENTITY_CODE", "fi.hetu", _fi, alphabet="0123456789ABCDEFHJKLMNPRSTUVWXY", country="FI"),
    IdKind("BE_NATIONAL_NUMBER", "be.nn", _be, "last2", country="BE"),
    IdKind("EE_PERSONAL_CODE", "ee.ik", _ee, country="EE"),
    IdKind("LT_PERSONAL_CODE", "lt.asmens", _ee, country="LT"),
    IdKind("RO_CNP", "ro.cnp", _cnp, country="RO"),
    IdKind("BG_EGN", "bg.egn", _egn, country="BG"),
    IdKind("CZ_BIRTH_NUMBER", "cz.rc", _cz_rc, country="CZ"),
    IdKind("HR_OIB", "hr.oib", lambda r: digits(r, 11, "123456789"), country="HR"),
    IdKind("GR_AMKA", "gr.amka", _amka, country="GR"),
    IdKind("IS_KENNITALA", "is_.kennitala", _kennitala, "pos:8", country="IS"),
    IdKind("CH_AHV", "ch.ssn", lambda r: "756" + digits(r, 9) + "0", country="CH"),
    IdKind("IE_PPS", "ie.pps", lambda r: digits(r, 7) + "A", alphabet="ABCDEFGHIJKLMNOPQRSTUVW", country="IE"),
    IdKind("CN_RESIDENT_ID", "cn.ric", _cn, alphabet=D + "X", country="CN"),
    IdKind("JP_MY_NUMBER", "jp.in_", lambda r: digits(r, 12, "123456789"), country="JP"),
    IdKind("MY_NRIC", "my.nric", _my, "none", country="MY"),
    IdKind("PK_CNIC", "pk.cnic", lambda r: digits(r, 13, "1234567"), "none", country="PK"),
    IdKind("RU_INN", "ru.inn", lambda r: digits(r, 10, "1234567") + "00", "last2", country="RU"),
    IdKind("UA_RNTRC", "ua.rntrc", lambda r: digits(r, 10, "1234"), country="UA"),
    IdKind("IL_ID_NUMBER", "il.idnr", lambda r: digits(r, 9, "0123"), country="IL"),
    IdKind("MX_CURP", "mx.curp", _curp, country="MX"),
    IdKind("CL_RUT", "cl.rut", lambda r: digits(r, 8, "12") + "0", alphabet=D + "K", country="CL"),
    IdKind("AR_CUIT", "ar.cuit", lambda r: r.choice(["20", "23", "27"]) + digits(r, 8, "123") + "0", country="AR"),
    IdKind("KR_RRN", "kr.rrn", _rrn, country="KR"),
    IdKind("TR_NATIONAL_ID", "tr.tckimlik", lambda r: digits(r, 9, "123456789") + "00", "last2", country="TR"),
    IdKind("TH_TNIN", "th.pin", lambda r: digits(r, 13, "12345678"), country="TH"),
    IdKind("AT_SOCIAL_SECURITY", "at.vnr", _at, "pos:3", country="AT"),
    IdKind("PT_CITIZEN_CARD", "pt.cc", _pt_cc, country="PT"),
    IdKind("SI_EMSO", "si.emso", _emso, country="SI"),
    IdKind("ID_NIK", "id.nik", _nik, "none", country="ID"),
    IdKind("SG_NRIC_FIN", "", _sg_nric, "none", country="SG"),
    IdKind("ABA_ROUTING_NUMBER", "us.rtn", lambda r: r.choice(["01", "02", "03", "04", "05", "06", "07", "08",
                                                               "09", "10", "11", "12"]) + digits(r, 7), country="US"),
    IdKind("NZ_IRD", "nz.ird", lambda r: digits(r, 9, "01"), country="NZ"),
    IdKind("UK_UTR", "gb.utr", lambda r: "0" + digits(r, 9), "pos:0", country="GB"),
]


def make_id(kind: IdKind, rng: random.Random) -> str:
    """A number of this kind that python-stdnum's `is_valid` accepts (or, for the two kinds it has no module for,
    that the published rule gives)."""
    mod = importlib.import_module("stdnum." + kind.module) if kind.module else None
    for _ in range(400):
        body = kind.body(rng)
        if mod is None:
            return body
        if kind.check == "none":
            cand: str | None = body if mod.is_valid(body) else None
        else:
            if kind.check == "last":
                pos = [len(body) - 1]
            elif kind.check == "last2":
                pos = [len(body) - 2, len(body) - 1]
            else:
                pos = [int(kind.check.split(":")[1])]
            cand = _brute(mod.is_valid, body, pos, kind.alphabet)
        if cand is not None:
            return cand
    raise RuntimeError(f"pii_sealed6: could not complete a valid {kind.kind}")


def written(kind: IdKind, value: str, rng: random.Random) -> str:
    """The number as people write it: python-stdnum's own format, compact, or grouped."""
    mod = importlib.import_module("stdnum." + kind.module) if kind.module else None
    style = rng.random()
    if mod is not None and hasattr(mod, "format") and style < 0.5:
        try:
            return str(mod.format(value))
        except Exception:
            return value
    if style < 0.8 or not value.isdigit() or len(value) < 8:
        return value
    n = 3 if len(value) % 3 == 0 else 4
    return " ".join(value[i:i + n] for i in range(0, len(value), n))


# -- phones: each country's plan (our own), kept when phonenumbers accepts it --------------------------------------

PHONE_PLANS: dict[str, list[tuple[str, str]]] = {
    # country: [(national shape, international shape)] where # is a random digit
    "DE": [("015# #######", "+49 15# #######"), ("0176 ########", "+49 176 ########"), ("030 ########", "+49 30 ########")],
    "FR": [("06 ## ## ## ##", "+33 6 ## ## ## ##"), ("07 ## ## ## ##", "+33 7 ## ## ## ##")],
    "ES": [("6## ### ###", "+34 6## ### ###"), ("91# ## ## ##", "+34 91# ## ## ##")],
    "IT": [("3## ### ####", "+39 3## ### ####"), ("06 #### ####", "+39 06 #### ####")],
    "PT": [("91# ### ###", "+351 91# ### ###"), ("96# ### ###", "+351 96# ### ###")],
    "NL": [("06-########", "+31 6 ########"), ("020-#######", "+31 20 #######")],
    "BE": [("047# ## ## ##", "+32 47# ## ## ##"), ("02 ### ## ##", "+32 2 ### ## ##")],
    "PL": [("5## ### ###", "+48 5## ### ###"), ("6## ### ###", "+48 6## ### ###")],
    "CZ": [("6## ### ###", "+420 6## ### ###"), ("7## ### ###", "+420 7## ### ###")],
    "HU": [("06 30 ### ####", "+36 30 ### ####"), ("06 20 ### ####", "+36 20 ### ####")],
    "FI": [("040 ### ####", "+358 40 ### ####"), ("050 ### ####", "+358 50 ### ####")],
    "SE": [("070-### ## ##", "+46 70 ### ## ##"), ("073-### ## ##", "+46 73 ### ## ##")],
    "TR": [("0532 ### ## ##", "+90 532 ### ## ##"), ("0505 ### ## ##", "+90 505 ### ## ##")],
    "RU": [("8 (9##) ###-##-##", "+7 9## ###-##-##")],
    "IL": [("050-###-####", "+972 50-###-####"), ("054-###-####", "+972 54-###-####")],
    "IR": [("0912 ### ####", "+98 912 ### ####"), ("0935 ### ####", "+98 935 ### ####")],
    "IN": [("09######### ", "+91 9#### #####"), ("098## #####", "+91 98### #####")],
    "PK": [("0300-#######", "+92 300 #######"), ("0333-#######", "+92 333 #######")],
    "LK": [("077 ### ####", "+94 77 ### ####"), ("071 ### ####", "+94 71 ### ####")],
    "NG": [("0803 ### ####", "+234 803 ### ####"), ("0806 ### ####", "+234 806 ### ####")],
    "ET": [("091 ### ####", "+251 91 ### ####")],
    "CN": [("138 #### ####", "+86 138 #### ####"), ("159 #### ####", "+86 159 #### ####")],
    "KR": [("010-####-####", "+82 10-####-####")],
    "VN": [("09# ### ####", "+84 9# ### ####")],
    "GR": [("69# ### ####", "+30 69# ### ####")],
    "US": [("(###) ###-####", "+1 ###-###-####")],
    "GB": [("07### ######", "+44 7### ######")],
    "BG": [("08## ### ###", "+359 8## ### ###")],
    "UA": [("067 ### ## ##", "+380 67 ### ## ##")],
    "RS": [("06# ### ####", "+381 6# ### ####")],
    "AT": [("0664 #######", "+43 664 #######"), ("0676 #######", "+43 676 #######")],
    "CH": [("079 ### ## ##", "+41 79 ### ## ##"), ("078 ### ## ##", "+41 78 ### ## ##")],
}


def make_phone(country: str, rng: random.Random) -> str:
    import phonenumbers

    plans = PHONE_PLANS[country]
    for _ in range(500):
        nat, intl = rng.choice(plans)
        shape = intl if rng.random() < 0.4 else nat
        first = "23456789"
        out = "".join((rng.choice(first) if i == 0 else rng.choice(D)) if c == "#" else c
                      for i, c in enumerate(shape))
        out = out.strip()
        try:
            num = phonenumbers.parse(out, country)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(num) and "555" not in out.replace(" ", "")[3:6]:
            return out
    raise RuntimeError(f"pii_sealed6: no valid phone for {country}")


# -- IBANs, cards, crypto, IPs ---------------------------------------------------------------------------------

IBAN_BBAN = {"DE": "8n10n", "FR": "10n11c2n", "ES": "4n4n2n10n", "IT": "1a5n5n12c", "NL": "4a10n", "BE": "3n7n2n",
             "PL": "8n16n", "GB": "4a6n8n", "TR": "5n1n16c", "PK": "4a16c", "CH": "5n12c", "SE": "3n16n1n",
             "FI": "3n11n", "HU": "3n4n1n15n1n", "CZ": "4n6n10n", "PT": "4n4n11n2n", "GR": "3n4n16c",
             "IL": "3n3n13n", "AT": "5n11n", "IE": "4a6n8n", "NO": "4n6n1n", "DK": "4n9n1n"}


def make_iban(country: str, rng: random.Random) -> str:
    from stdnum import iban

    spec = IBAN_BBAN[country]
    import re as _re

    for _ in range(2000):
        bban = ""
        for n, t in _re.findall(r"(\d+)([nac])", spec):
            alpha = D if t == "n" else (U if t == "a" else U + D)
            bban += "".join(rng.choice(alpha) for _ in range(int(n)))
        if country == "PK":
            bban = "".join(rng.choice(U) for _ in range(4)) + digits(rng, 16)
        check = iban.calc_check_digits(country + "00" + bban)
        cand = country + check + bban
        if iban.is_valid(cand):
            return iban.format(cand) if rng.random() < 0.6 else cand
    raise RuntimeError(f"pii_sealed6: no valid IBAN for {country}")


def make_card(rng: random.Random) -> str:
    from stdnum import luhn

    prefix, length = rng.choice([("4", 16), ("51", 16), ("55", 16), ("2221", 16), ("34", 15), ("37", 15),
                                 ("6011", 16)])
    body = prefix + digits(rng, length - len(prefix) - 1)
    num = body + luhn.calc_check_digit(body)
    if length == 15:
        return f"{num[:4]} {num[4:10]} {num[10:]}" if rng.random() < 0.7 else num
    sep = rng.choice([" ", "-", " ", ""])
    return sep.join(num[i:i + 4] for i in range(0, 16, 4))


_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def make_bitcoin(rng: random.Random) -> str:
    from stdnum import bitcoin

    while True:
        payload = bytes([rng.choice([0, 5])]) + bytes(rng.randrange(256) for _ in range(20))
        chk = hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
        n = int.from_bytes(payload + chk, "big")
        s = ""
        while n:
            n, r = divmod(n, 58)
            s = _B58[r] + s
        s = "1" * (len(payload + chk) - len((payload + chk).lstrip(b"\0"))) + s
        if bitcoin.is_valid(s):
            return s


def make_ip(rng: random.Random) -> str:
    if rng.random() < 0.75:
        while True:
            ip = ipaddress.IPv4Address(rng.randrange(1 << 24, 224 << 24))
            if ip.is_global:
                return str(ip)
    while True:
        ip6 = ipaddress.IPv6Address((0x2001 << 112) + (rng.randrange(1, 1 << 16) << 96) + rng.randrange(1 << 64))
        if ip6.is_global:
            return str(ip6)
