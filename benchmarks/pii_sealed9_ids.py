"""National identifiers for the ninth sealed PII set (Tuners: do not open; see pii_sealed9.py).

Each identifier is drawn from its published layout (digits, letters, an embedded date where the layout has one)
and kept only when python-stdnum's ``is_valid`` accepts it: the check digits are found by trying candidates
against the validator, never computed by our own code. Written as python-stdnum's ``format`` writes it, or
compact, or with the spaces or dashes people type.
"""

from __future__ import annotations

import importlib
import random
import string
from collections.abc import Callable
from dataclasses import dataclass

D = string.digits
U = string.ascii_uppercase


def _d(rng: random.Random, n: int, first: str = D) -> str:
    return rng.choice(first) + "".join(rng.choice(D) for _ in range(n - 1)) if n else ""


def _date(rng: random.Random, lo: int = 1950, hi: int = 2005) -> tuple[int, int, int]:
    return rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28)


def _yymmdd(rng: random.Random) -> tuple[str, int]:
    y, m, d = _date(rng)
    return f"{y % 100:02d}{m:02d}{d:02d}", y


def _pesel(rng: random.Random) -> str:
    y, m, d = _date(rng, 1950, 2010)
    mm = m + (20 if y >= 2000 else 0)
    return f"{y % 100:02d}{mm:02d}{d:02d}" + _d(rng, 5)


def _cnp(rng: random.Random) -> str:
    y, m, d = _date(rng)
    s = rng.choice("12") if y < 2000 else rng.choice("56")
    return f"{s}{y % 100:02d}{m:02d}{d:02d}{rng.randint(1, 46):02d}" + _d(rng, 4)


def _egn(rng: random.Random) -> str:
    y, m, d = _date(rng)
    return f"{y % 100:02d}{m:02d}{d:02d}" + _d(rng, 4)


def _rc(rng: random.Random) -> str:
    y, m, d = _date(rng, 1960, 2005)
    mm = m + rng.choice((0, 50))
    return f"{y % 100:02d}{mm:02d}{d:02d}/" + _d(rng, 4)


def _hetu(rng: random.Random) -> str:
    y, m, d = _date(rng)
    sep = "-" if y < 2000 else "A"
    return f"{d:02d}{m:02d}{y % 100:02d}{sep}{rng.randint(2, 899):03d}" + rng.choice(D + "ABCDEFHJKLMNPRSTUVWXY")


def _persnr(rng: random.Random) -> str:
    a, _y = _yymmdd(rng)
    return f"{a}-" + _d(rng, 4)


def _fnr(rng: random.Random) -> str:
    y, m, d = _date(rng, 1940, 1999)
    return f"{d:02d}{m:02d}{y % 100:02d}" + f"{rng.randint(0, 499):03d}" + _d(rng, 2)


def _dkcpr(rng: random.Random) -> str:
    y, m, d = _date(rng, 1940, 1999)
    return f"{d:02d}{m:02d}{y % 100:02d}-" + _d(rng, 4)


def _eeik(rng: random.Random) -> str:
    y, m, d = _date(rng)
    return ("3" if y < 2000 else "5") + f"{y % 100:02d}{m:02d}{d:02d}" + _d(rng, 4)


def _amka(rng: random.Random) -> str:
    y, m, d = _date(rng)
    return f"{d:02d}{m:02d}{y % 100:02d}" + _d(rng, 5)


def _kennitala(rng: random.Random) -> str:
    y, m, d = _date(rng, 1950, 1999)
    return f"{d:02d}{m:02d}{y % 100:02d}-" + _d(rng, 3) + "9"


def _emso(rng: random.Random) -> str:
    y, m, d = _date(rng, 1950, 1999)
    return f"{d:02d}{m:02d}{y % 1000:03d}50" + _d(rng, 4)


def _bsn(rng: random.Random) -> str:
    return _d(rng, 9, "123456789")


def _nir(rng: random.Random) -> str:
    y, m, _d2 = _date(rng)
    return rng.choice("12") + f"{y % 100:02d}{m:02d}" + f"{rng.randint(1, 95):02d}" + _d(rng, 6) + _d(rng, 2)


def _be_nn(rng: random.Random) -> str:
    a, _y = _yymmdd(rng)
    return a + _d(rng, 5)


def _cf(rng: random.Random) -> str:
    y, m, d = _date(rng)
    cons = "BCDFGHLMNPRSTVZ"
    return ("".join(rng.choice(cons) for _ in range(6)) + f"{y % 100:02d}" + "ABCDEHLMPRST"[m - 1]
            + f"{d + rng.choice((0, 40)):02d}" + rng.choice("ABCDEFGHILM") + _d(rng, 3) + rng.choice(U))


def _curp(rng: random.Random) -> str:
    y, m, d = _date(rng, 1950, 1999)
    return ("".join(rng.choice("BCDFGHJLMNPRSTVZ") for _ in range(1)) + rng.choice("AEIOU")
            + "".join(rng.choice("BCDFGHJLMNPRSTVZ") for _ in range(2)) + f"{y % 100:02d}{m:02d}{d:02d}"
            + rng.choice("HM") + rng.choice(["DF", "JC", "NL", "PL", "VZ", "YN", "OC", "GT"])
            + "".join(rng.choice("BCDFGHJLMNPRSTVZ") for _ in range(3)) + rng.choice(D) + rng.choice(D))


def _cnric(rng: random.Random) -> str:
    y, m, d = _date(rng)
    return rng.choice(["110101", "310104", "440106", "510107", "330102", "420102"]) + f"{y}{m:02d}{d:02d}" \
        + _d(rng, 3) + rng.choice(D + "X")


def _mynric(rng: random.Random) -> str:
    a, _y = _yymmdd(rng)
    return a + "-" + rng.choice(["01", "08", "10", "14", "12", "13"]) + "-" + _d(rng, 4)


def _nik(rng: random.Random) -> str:
    y, m, d = _date(rng)
    return rng.choice(["3171", "3273", "3578", "3374", "5171", "1271"]) + _d(rng, 2) \
        + f"{d + rng.choice((0, 40)):02d}{m:02d}{y % 100:02d}" + _d(rng, 4, "123456789")


def _tckimlik(rng: random.Random) -> str:
    return _d(rng, 11, "123456789")


def _krrrn(rng: random.Random) -> str:
    y, m, d = _date(rng, 1950, 1999)
    return f"{y % 100:02d}{m:02d}{d:02d}-" + rng.choice("12") + _d(rng, 6)


def _za(rng: random.Random) -> str:
    a, _y = _yymmdd(rng)
    return a + _d(rng, 4) + rng.choice("01") + "8" + rng.choice(D)


def _pan(rng: random.Random) -> str:
    return "".join(rng.choice(U) for _ in range(3)) + "P" + rng.choice(U) + _d(rng, 4) + rng.choice(U)


def _pps(rng: random.Random) -> str:
    return _d(rng, 7) + rng.choice("ABCDEFGHIJKLMNOPQRSTUVW")


def _ahv(rng: random.Random) -> str:
    return "756." + _d(rng, 4) + "." + _d(rng, 4) + "." + _d(rng, 2)


def _nie(rng: random.Random) -> str:
    return rng.choice("XYZ") + _d(rng, 7) + rng.choice(U)


def _dni(rng: random.Random) -> str:
    return _d(rng, 8) + rng.choice(U)


def _rut(rng: random.Random) -> str:
    return str(rng.randint(5_000_000, 25_000_000)) + "-" + rng.choice(D + "K")


def _cuit(rng: random.Random) -> str:
    return rng.choice(["20", "23", "27"]) + _d(rng, 8) + _d(rng, 1)


def _ssn(rng: random.Random) -> str:
    return f"{rng.randint(100, 665):03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


def _itin(rng: random.Random) -> str:
    return f"9{rng.randint(0, 99):02d}-{rng.choice(['70', '78', '81', '88', '90', '92'])}-{rng.randint(0, 9999):04d}"


def _ird(rng: random.Random) -> str:
    return _d(rng, 8, "1234")


def _digits(n: int, first: str = D) -> Callable[[random.Random], str]:
    return lambda rng: _d(rng, n, first)


def _ke_pin(rng: random.Random) -> str:
    return "A" + _d(rng, 9) + rng.choice(U)


def _cui(rng: random.Random) -> str:
    return _d(rng, 8) + rng.choice(D)


@dataclass(frozen=True)
class IdKind:
    kind: str  # the policy's entity name
    module: str  # python-stdnum module
    build: Callable[[random.Random], str]
    label: str  # how people label it (English, or the country's own word)
    lang: str  # the language its texts are written in


KINDS: tuple[IdKind, ...] = (
    IdKind("UK_NHS", "gb.nhs", _digits(10, "4"), "NHS number", "en"),
    IdKind("US_SSN", "us.ssn", _ssn, "SSN", "en"),
    IdKind("US_ITIN", "us.itin", _itin, "ITIN", "en"),
    IdKind("CA_SIN", "ca.sin", _digits(9, "12345679"), "SIN", "en"),
    IdKind("AU_TFN", "au.tfn", _digits(9, "123456789"), "TFN", "en"),
    IdKind("NZ_IRD", "nz.ird", _ird, "IRD number", "en"),
    IdKind("IE_PPS", "ie.pps", _pps, "PPS number", "en"),
    IdKind("IN_AADHAAR", "in_.aadhaar", _digits(12, "23456789"), "आधार संख्या", "hi"),
    IdKind("IN_PAN", "in_.pan", _pan, "PAN", "hi"),
    IdKind("PK_CNIC", "pk.cnic", _digits(13, "1234567"), "CNIC", "en"),
    IdKind("ES_NIF", "es.dni", _dni, "DNI", "es"),
    IdKind("ES_NIE", "es.nie", _nie, "NIE", "es"),
    IdKind("MX_CURP", "mx.curp", _curp, "CURP", "es"),
    IdKind("CL_RUT", "cl.rut", _rut, "RUT", "es"),
    IdKind("AR_CUIT", "ar.cuit", _cuit, "CUIT", "es"),
    IdKind("PE_CUI", "pe.cui", _cui, "DNI", "es"),
    IdKind("BR_CPF", "br.cpf", _digits(11), "CPF", "pt"),
    IdKind("PT_CITIZEN_CARD", "pt.cc", lambda r: _d(r, 8) + _d(r, 1) + "ZZ" + _d(r, 1), "cartão de cidadão", "pt"),
    IdKind("IT_FISCAL_CODE", "it.codicefiscale", _cf, "codice fiscale", "it"),
    IdKind("FR_NIR", "fr.nir", _nir, "numéro de sécurité sociale", "fr"),
    IdKind("BE_NATIONAL_NUMBER", "be.nn", _be_nn, "numéro national", "fr"),
    IdKind("CH_AHV", "ch.ssn", _ahv, "AHV-Nummer", "de"),
    IdKind("DE_TAX_ID", "de.idnr", _digits(11, "123456789"), "Steuer-ID", "de"),
    IdKind("NL_BSN", "nl.bsn", _bsn, "BSN", "en"),
    IdKind("PL_PESEL", "pl.pesel", _pesel, "PESEL", "pl"),
    IdKind("SE_PERSONNUMMER", "se.personnummer", _persnr, "personnummer", "en"),
    IdKind("NO_FODSELSNUMMER", "no.fodselsnummer", _fnr, "fødselsnummer", "en"),
    IdKind("DK_CPR", "dk.cpr", _dkcpr, "CPR-nummer", "en"),
    IdKind("FI_PERSONAL_IDENTITY_CODE", "fi.hetu", _hetu, "henkilötunnus", "en"),
    IdKind("EE_PERSONAL_CODE", "ee.ik", _eeik, "isikukood", "en"),
    IdKind("RO_CNP", "ro.cnp", _cnp, "CNP", "en"),
    IdKind("BG_EGN", "bg.egn", _egn, "ЕГН", "ru"),
    IdKind("CZ_BIRTH_NUMBER", "cz.rc", _rc, "rodné číslo", "pl"),
    IdKind("GR_AMKA", "gr.amka", _amka, "ΑΜΚΑ", "en"),
    IdKind("IS_KENNITALA", "is_.kennitala", _kennitala, "kennitala", "en"),
    IdKind("SI_EMSO", "si.emso", _emso, "EMŠO", "en"),
    IdKind("TR_NATIONAL_ID", "tr.tckimlik", _tckimlik, "T.C. kimlik no", "tr"),
    IdKind("RU_INN", "ru.inn", _digits(12, "1234567"), "ИНН", "ru"),
    IdKind("UA_RNTRC", "ua.rntrc", _digits(10, "123"), "РНОКПП", "uk"),
    IdKind("IL_ID_NUMBER", "il.idnr", _digits(9, "0123"), "מספר זהות", "en"),
    IdKind("CN_RESIDENT_ID", "cn.ric", _cnric, "身份证号", "zh"),
    IdKind("KR_RRN", "kr.rrn", _krrrn, "주민등록번호", "en"),
    IdKind("JP_MY_NUMBER", "jp.in_", _digits(12, "123456789"), "マイナンバー", "en"),
    IdKind("TH_TNIN", "th.pin", _digits(13, "12345678"), "เลขประจำตัวประชาชน", "th"),
    IdKind("MY_NRIC", "my.nric", _mynric, "MyKad", "id"),
    IdKind("ID_NIK", "id.nik", _nik, "NIK", "id"),
    IdKind("ZA_ID_NUMBER", "za.idnr", _za, "ID number", "en"),
    IdKind("KE_KRA_PIN", "ke.pin", _ke_pin, "KRA PIN", "sw"),
    IdKind("HR_OIB", "hr.oib", _digits(11, "123456789"), "OIB", "en"),
)


def module(k: IdKind):
    return importlib.import_module("stdnum." + k.module)


def make(k: IdKind, rng: random.Random, tries: int = 20000) -> str:
    """A value of kind ``k`` that python-stdnum accepts, in its compact form."""
    mod = module(k)
    for _ in range(tries):
        cand = k.build(rng)
        try:
            if mod.is_valid(cand):
                return mod.compact(cand)
        except Exception:  # noqa: BLE001 - a validator that refuses a candidate's shape: try another
            continue
    raise RuntimeError(f"no valid {k.kind} in {tries} tries")


def written(k: IdKind, value: str, rng: random.Random) -> str:
    """The value as someone writes it: stdnum's own format, compact, or grouped with spaces."""
    mod = module(k)
    v = rng.randrange(3)
    if v == 0 and hasattr(mod, "format"):
        try:
            return str(mod.format(value))
        except Exception:  # noqa: BLE001
            return value
    if v == 1 or len(value) < 8 or not value.isdigit():
        return value
    step = 4 if len(value) % 4 == 0 else 3
    return " ".join(value[i:i + step] for i in range(0, len(value), step))
