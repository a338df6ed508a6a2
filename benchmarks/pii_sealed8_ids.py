"""National identifiers of the eighth sealed PII set: each built from its published layout (a date of birth where the
number holds one, a sex digit, a region) with random digits, and kept only when python-stdnum's ``is_valid``
accepts it; written the way each country prints it, beside labels of our own in the country's language.
"""

from __future__ import annotations

import importlib
import random
import string
from dataclasses import dataclass
from typing import Callable

D = string.digits
U = string.ascii_uppercase


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(D) for _ in range(n))


def _date(rng: random.Random, lo: int = 1948, hi: int = 2004) -> tuple[int, int, int]:
    y = rng.randint(lo, hi)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    return y, m, d


@dataclass(frozen=True)
class IdKind:
    kind: str  # our name of the kind (country + identifier)
    country: str  # ISO 3166 alpha-2
    module: str  # python-stdnum module that validates it
    make: Callable[[random.Random], str]  # one candidate as the country writes it
    labels: tuple[str, ...]  # what people write before it, in the country's language(s)
    lang: str


def _pesel(r: random.Random) -> str:
    y, m, d = _date(r)
    mm = m + (20 if y >= 2000 else 0)
    return f"{y % 100:02d}{mm:02d}{d:02d}{_digits(r, 5)}"


def _cpf(r: random.Random) -> str:
    s = _digits(r, 11)
    return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}"


def _dni(r: random.Random) -> str:
    from stdnum.es import dni

    s = _digits(r, 8)
    return s + dni.calc_check_digit(s)


def _nie(r: random.Random) -> str:
    from stdnum.es import nie

    s = r.choice("XYZ") + _digits(r, 7)
    return s + nie.calc_check_digit(s)


def _cf(r: random.Random) -> str:
    from stdnum.it import codicefiscale

    y, m, d = _date(r)
    cons = "BCDFGHLMNPRSTVZ"
    body = "".join(r.choice(cons) for _ in range(6)) + f"{y % 100:02d}" + "ABCDEHLMPRST"[m - 1]
    body += f"{d + r.choice((0, 40)):02d}" + r.choice("ABCDEFGHILM") + _digits(r, 3)
    return body + codicefiscale.calc_check_digit(body)


def _se(r: random.Random) -> str:
    y, m, d = _date(r)
    return f"{y % 100:02d}{m:02d}{d:02d}-{_digits(r, 4)}"


def _dk(r: random.Random) -> str:
    y, m, d = _date(r)
    return f"{d:02d}{m:02d}{y % 100:02d}-{_digits(r, 4)}"


def _no(r: random.Random) -> str:
    y, m, d = _date(r)
    return f"{d:02d}{m:02d}{y % 100:02d}{_digits(r, 5)}"


def _fi(r: random.Random) -> str:
    y, m, d = _date(r, 1948, 1999)
    return f"{d:02d}{m:02d}{y % 100:02d}-{_digits(r, 3)}{r.choice(D + 'ABCDEFHJKLMNPRSTUVWXY')}"


def _nir(r: random.Random) -> str:
    from stdnum.fr import nir

    y, m, _ = _date(r)
    body = f"{r.choice('12')}{y % 100:02d}{m:02d}{r.randint(1, 95):02d}{_digits(r, 3)}{_digits(r, 3)}"
    key = nir.calc_check_digits(body)
    return f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:13]} {key}"


def _be(r: random.Random) -> str:
    y, m, d = _date(r, 1948, 1999)
    s = f"{y % 100:02d}{m:02d}{d:02d}{_digits(r, 5)}"
    return f"{s[:2]}.{s[2:4]}.{s[4:6]}-{s[6:9]}.{s[9:]}"


def _cz(r: random.Random) -> str:
    y, m, d = _date(r, 1954, 2004)
    return f"{y % 100:02d}{m + r.choice((0, 50)):02d}{d:02d}/{_digits(r, 4)}"


def _cnp(r: random.Random) -> str:
    from stdnum.ro import cnp

    y, m, d = _date(r)
    s = ("12" if y < 2000 else "56")[r.randint(0, 1)] + f"{y % 100:02d}{m:02d}{d:02d}{r.randint(1, 46):02d}"
    s += _digits(r, 3)
    return s + cnp.calc_check_digit(s)


def _tc(r: random.Random) -> str:
    from stdnum.tr import tckimlik

    s = r.choice("123456789") + _digits(r, 8)
    return s + tckimlik.calc_check_digits(s)


def _rrn(r: random.Random) -> str:
    from stdnum.kr import rrn

    y, m, d = _date(r)
    s = f"{y % 100:02d}{m:02d}{d:02d}" + (r.choice("12") if y < 2000 else r.choice("34")) + _digits(r, 5)
    return f"{s[:6]}-{s[6:]}{rrn.calc_check_digit(s)}"


def _aadhaar(r: random.Random) -> str:
    s = r.choice("23456789") + _digits(r, 11)
    return f"{s[:4]} {s[4:8]} {s[8:]}"


def _pan(r: random.Random) -> str:
    return "".join(r.choice(U) for _ in range(3)) + "P" + r.choice(U) + _digits(r, 4) + r.choice(U)


def _za(r: random.Random) -> str:
    y, m, d = _date(r)
    return f"{y % 100:02d}{m:02d}{d:02d}{_digits(r, 4)}{r.choice('01')}8{_digits(r, 1)}"


def _ric(r: random.Random) -> str:
    from stdnum.cn import ric

    y, m, d = _date(r)
    s = r.choice(("110101", "310104", "440106", "510107", "320102", "330106")) + f"{y}{m:02d}{d:02d}" + _digits(r, 3)
    return s + ric.calc_check_digit(s)


def _nif_pt(r: random.Random) -> str:
    from stdnum.pt import nif

    s = r.choice("123") + _digits(r, 7)
    return s + nif.calc_check_digit(s)


def _nhs(r: random.Random) -> str:
    s = _digits(r, 10)
    return f"{s[:3]} {s[3:6]} {s[6:]}"


def _ssn(r: random.Random) -> str:
    return f"{r.randint(1, 665):03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"


def _itin(r: random.Random) -> str:
    return f"9{_digits(r, 2)}-{r.choice(('70', '78', '81', '90', '94'))}-{_digits(r, 4)}"


def _nik(r: random.Random) -> str:
    y, m, d = _date(r)
    return (r.choice(("3171", "3273", "3578", "5171", "1271")) + _digits(r, 2)
            + f"{d + r.choice((0, 40)):02d}{m:02d}{y % 100:02d}" + f"{r.randint(1, 999):04d}")


def _ik(r: random.Random) -> str:
    from stdnum.ee import ik

    y, m, d = _date(r)
    s = ("34" if y < 2000 else "56")[r.randint(0, 1)] + f"{y % 100:02d}{m:02d}{d:02d}" + _digits(r, 3)
    return s + ik.calc_check_digit(s)


def _oib(r: random.Random) -> str:
    return _digits(r, 11)


def _egn(r: random.Random) -> str:
    from stdnum.bg import egn

    y, m, d = _date(r, 1948, 1999)
    s = f"{y % 100:02d}{m:02d}{d:02d}" + _digits(r, 3)
    return s + egn.calc_check_digit(s)


def _amka(r: random.Random) -> str:
    y, m, d = _date(r)
    return f"{d:02d}{m:02d}{y % 100:02d}{_digits(r, 5)}"


def _rut(r: random.Random) -> str:
    from stdnum.cl import rut

    s = str(r.randint(5_000_000, 25_999_999))
    c = rut.calc_check_digit(s)
    return f"{s[:-6]}.{s[-6:-3]}.{s[-3:]}-{c}"


def _cuit(r: random.Random) -> str:
    from stdnum.ar import cuit

    s = r.choice(("20", "27", "23")) + str(r.randint(10_000_000, 45_999_999))
    return f"{s[:2]}-{s[2:]}-{cuit.calc_check_digit(s)}"


def _inn(r: random.Random) -> str:
    return r.choice(("77", "50", "78", "66", "16")) + _digits(r, 10)


def _th(r: random.Random) -> str:
    from stdnum.th import pin

    s = r.choice("12345678") + _digits(r, 11)
    s += pin.calc_check_digit(s)
    return f"{s[0]}-{s[1:5]}-{s[5:10]}-{s[10:12]}-{s[12]}"


def _rntrc(r: random.Random) -> str:
    return _digits(r, 10)


def _bsn(r: random.Random) -> str:
    return _digits(r, 9)


KINDS: list[IdKind] = [
    IdKind("PL_PESEL", "PL", "pl.pesel", _pesel, ("PESEL", "nr PESEL", "numer PESEL"), "pl"),
    IdKind("UA_RNTRC", "UA", "ua.rntrc", _rntrc, ("РНОКПП", "ІПН", "ідентифікаційний код"), "uk"),
    IdKind("BR_CPF", "BR", "br.cpf", _cpf, ("CPF", "meu CPF é", "CPF nº"), "pt"),
    IdKind("ES_DNI", "ES", "es.dni", _dni, ("DNI", "mi DNI es", "D.N.I."), "es"),
    IdKind("ES_NIE", "ES", "es.nie", _nie, ("NIE", "número de NIE"), "es"),
    IdKind("IT_CODICE_FISCALE", "IT", "it.codicefiscale", _cf, ("codice fiscale", "C.F.", "cod. fisc."), "it"),
    IdKind("NL_BSN", "NL", "nl.bsn", _bsn, ("BSN", "burgerservicenummer", "mijn BSN is"), "nl"),
    IdKind("SE_PERSONNUMMER", "SE", "se.personnummer", _se, ("personnummer", "pnr", "personnr"), "sv"),
    IdKind("DK_CPR", "DK", "dk.cpr", _dk, ("CPR-nr.", "CPR-nummer", "cpr"), "da"),
    IdKind("NO_FODSELSNUMMER", "NO", "no.fodselsnummer", _no, ("fødselsnummer", "fnr."), "nb"),
    IdKind("FI_HETU", "FI", "fi.hetu", _fi, ("henkilötunnus", "hetu", "HETU"), "fi"),
    IdKind("FR_NIR", "FR", "fr.nir", _nir, ("n° de sécurité sociale", "NIR", "numéro de sécu"), "fr"),
    IdKind("BE_NN", "BE", "be.nn", _be, ("rijksregisternummer", "numéro national", "INSZ"), "nl"),
    IdKind("CZ_RC", "CZ", "cz.rc", _cz, ("rodné číslo", "RČ"), "cs"),
    IdKind("RO_CNP", "RO", "ro.cnp", _cnp, ("CNP", "cod numeric personal"), "ro"),
    IdKind("TR_TCKIMLIK", "TR", "tr.tckimlik", _tc, ("T.C. kimlik no", "TC kimlik numaram", "TCKN"), "tr"),
    IdKind("KR_RRN", "KR", "kr.rrn", _rrn, ("주민등록번호", "주민번호"), "ko"),
    IdKind("IN_AADHAAR", "IN", "in_.aadhaar", _aadhaar, ("Aadhaar", "आधार संख्या", "UID no."), "en"),
    IdKind("IN_PAN", "IN", "in_.pan", _pan, ("PAN", "PAN card no.", "पैन"), "en"),
    IdKind("ZA_IDNR", "ZA", "za.idnr", _za, ("ID number", "SA ID", "identity number"), "en"),
    IdKind("CN_RIC", "CN", "cn.ric", _ric, ("身份证号", "身份证号码", "ID card"), "en"),
    IdKind("PT_NIF", "PT", "pt.nif", _nif_pt, ("NIF", "contribuinte n.º", "número de contribuinte"), "pt"),
    IdKind("GB_NHS", "GB", "gb.nhs", _nhs, ("NHS number", "NHS no."), "en"),
    IdKind("US_SSN", "US", "us.ssn", _ssn, ("SSN", "social security number", "SS#"), "en"),
    IdKind("US_ITIN", "US", "us.itin", _itin, ("ITIN", "taxpayer ID (ITIN)"), "en"),
    IdKind("ID_NIK", "ID", "id.nik", _nik, ("NIK", "nomor induk kependudukan", "No. KTP"), "id"),
    IdKind("EE_IK", "EE", "ee.ik", _ik, ("isikukood", "isikukood:"), "en"),
    IdKind("HR_OIB", "HR", "hr.oib", _oib, ("OIB", "osobni identifikacijski broj"), "en"),
    IdKind("BG_EGN", "BG", "bg.egn", _egn, ("ЕГН", "единен граждански номер"), "en"),
    IdKind("GR_AMKA", "GR", "gr.amka", _amka, ("ΑΜΚΑ", "AMKA"), "en"),
    IdKind("CL_RUT", "CL", "cl.rut", _rut, ("RUT", "mi RUT es", "R.U.T."), "es"),
    IdKind("AR_CUIT", "AR", "ar.cuit", _cuit, ("CUIT", "CUIL", "mi CUIL es"), "es"),
    IdKind("RU_INN", "RU", "ru.inn", _inn, ("ИНН", "мой ИНН"), "ru"),
    IdKind("TH_PIN", "TH", "th.pin", _th, ("เลขประจำตัวประชาชน", "Thai ID"), "en"),
]


def make(kind: IdKind, rng: random.Random, tries: int = 20000) -> str:
    """A number of ``kind`` that its python-stdnum validator accepts, in the country's written form."""
    mod = importlib.import_module("stdnum." + kind.module)
    for _ in range(tries):
        value = kind.make(rng)
        if mod.is_valid(value):
            return value
    raise RuntimeError(f"no valid {kind.kind} in {tries} tries")
