"""National identifiers for the sealed held-out PII set, each value accepted by python-stdnum's ``is_valid``.

Written apart from ``pii_idgen`` (and from the detector: nothing here imports ``governed_tuning``). Every value
is drawn from a seeded ``random.Random``, built around a real date of birth where the number encodes one, and
kept only when python-stdnum's validator for that number accepts it; half are shown in the module's official
``format``. The words people write beside each number are in the issuing country's language.

``KINDS``: kind -> ``Kind`` (python-stdnum module, the country's Faker locale, labels, the name the shipped
policies give the kind or ``None`` when no shipped policy names it). ``make(kind, rng)`` -> the value.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
import string
from dataclasses import dataclass
from importlib import import_module
from typing import Callable

D = string.digits
UP = string.ascii_uppercase


@dataclass(frozen=True)
class Kind:
    module: str  # python-stdnum module under ``stdnum.``
    locale: str  # Faker locale of the issuing country (its language is used around the value)
    labels: tuple[str, ...]  # what people write beside the number, in that language
    policy_kind: str | None  # the kind name in the shipped policies, None when none names it
    draw: Callable[[random.Random], str]


def _n(rng: random.Random, k: int, first: str = D) -> str:
    return rng.choice(first) + "".join(rng.choice(D) for _ in range(k - 1))


def _birth(rng: random.Random, lo: int = 1940, hi: int = 2006) -> dt.date:
    return dt.date(rng.randint(lo, hi), 1, 1) + dt.timedelta(days=rng.randint(0, 364))


def _faker(locale: str, method: str) -> Callable[[random.Random], str]:
    def draw(rng: random.Random) -> str:
        f = _faker_for(locale)
        f.seed_instance(rng.getrandbits(32))
        return str(getattr(f, method)())
    return draw


_FAKERS: dict = {}


def _faker_for(locale: str):
    from faker import Faker

    if locale not in _FAKERS:
        _FAKERS[locale] = Faker(locale)
    return _FAKERS[locale]


def _ddmmyy(d: dt.date) -> str:
    return d.strftime("%d%m%y")


def _cz_rc(rng: random.Random) -> str:  # rodné číslo: YYMMDD (women: month + 50) / 4 digits, number % 11 == 0
    d = _birth(rng, 1954, 2006)
    mm = d.month + (50 if rng.random() < 0.5 else 0)
    head = f"{d:%y}{mm:02d}{d:%d}"
    tail = _n(rng, 3)
    for c in range(10):
        if int(head + tail + str(c)) % 11 == 0:
            return head + tail + str(c)
    return head + tail + "0"


def _at_vnr(rng: random.Random) -> str:  # Versicherungsnummer: 3 serial, check, DDMMYY
    return _n(rng, 4, "123456789") + _ddmmyy(_birth(rng))


def _be_nn(rng: random.Random) -> str:  # numéro de registre national: YYMMDD, 3 serial, 2 check (97 - n % 97)
    d = _birth(rng, 1940, 1999)
    base = f"{d:%y%m%d}{_n(rng, 3)}"
    return base + f"{97 - int(base) % 97:02d}"


def _dk_cpr(rng: random.Random) -> str:
    return _ddmmyy(_birth(rng, 1940, 1999)) + _n(rng, 4, "01234")


def _bg_egn(rng: random.Random) -> str:
    d = _birth(rng, 1940, 1999)
    base = f"{d:%y%m%d}{_n(rng, 3)}"
    w = (2, 4, 8, 5, 10, 9, 7, 3, 6)
    return base + str(sum(int(c) * k for c, k in zip(base, w)) % 11 % 10)


def _za_id(rng: random.Random) -> str:  # YYMMDD SSSS C A Z (Luhn)
    return f"{_birth(rng, 1940, 2004):%y%m%d}{_n(rng, 4)}{rng.choice('01')}8{rng.choice(D)}"


def _is_kt(rng: random.Random) -> str:  # kennitala: DDMMYY, 2 random, check, century (9 = 1900s)
    return _ddmmyy(_birth(rng, 1940, 1999)) + _n(rng, 3) + "9"


def _ee_ik(rng: random.Random) -> str:  # isikukood: sex/century, YYMMDD, 3 serial, check
    d = _birth(rng, 1940, 1999)
    return rng.choice("34") + f"{d:%y%m%d}" + _n(rng, 4)


def _ie_pps(rng: random.Random) -> str:
    return _n(rng, 7) + rng.choice(UP) + rng.choice(["", "", "A", "W"])


def _mx_rfc(rng: random.Random) -> str:
    f = _faker_for("es_MX")
    f.seed_instance(rng.getrandbits(32))
    return f.rfc(natural=True)


def _ro_cnp(rng: random.Random) -> str:
    d = _birth(rng, 1940, 1999)
    base = rng.choice("12") + f"{d:%y%m%d}" + f"{rng.randint(1, 46):02d}" + _n(rng, 3)
    w = "279146358279"
    c = sum(int(a) * int(b) for a, b in zip(base, w)) % 11
    return base + ("1" if c == 10 else str(c))


def _gr_amka(rng: random.Random) -> str:  # DDMMYY + 5 digits, Luhn
    return _ddmmyy(_birth(rng)) + _n(rng, 5)


def _cl_rut(rng: random.Random) -> str:
    body = _n(rng, 8, "123")
    return body + import_module("stdnum.cl.rut").calc_check_digit(body)


def _b58check(payload: bytes) -> str:
    b58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
    data = payload + hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    n, out = int.from_bytes(data, "big"), ""
    while n:
        n, r = divmod(n, 58)
        out = b58[r] + out
    return "1" * (len(data) - len(data.lstrip(b"\0"))) + out


# The kinds. First those no shipped policy names (Art. 4(1) GDPR still calls each "an identification number"),
# then kinds the shipped policies name, written in their own countries' languages and record shapes.
KINDS: dict[str, Kind] = {
    "IE_PPS": Kind("ie.pps", "en_IE", ("PPS number", "PPSN", "PPS no."), None, _ie_pps),
    "NZ_IRD": Kind("nz.ird", "en_NZ", ("IRD number", "IRD no", "tax number"), None,
                   lambda r: _n(r, 8, "1") if r.random() < 0.5 else _n(r, 9, "1")),
    "AT_SVNR": Kind("at.vnr", "de_AT", ("Sozialversicherungsnummer", "SV-Nr.", "VSNR"), None, _at_vnr),
    "CH_AHV": Kind("ch.ssn", "de_CH", ("AHV-Nummer", "AHV-Nr.", "Sozialversicherungsnummer"), None,
                   lambda r: "756" + _n(r, 10)),
    "BE_NN": Kind("be.nn", "nl_BE", ("rijksregisternummer", "INSZ-nummer", "numéro national"), None, _be_nn),
    "MX_CURP": Kind("mx.curp", "es_MX", ("CURP", "clave CURP"), None, _faker("es_MX", "curp")),
    "MX_RFC": Kind("mx.rfc", "es_MX", ("RFC", "registro federal de contribuyentes"), None, _mx_rfc),
    "AR_CUIT": Kind("ar.cuit", "es_AR", ("CUIT", "CUIL", "nro. de CUIL"), None, _faker("es_AR", "ssn")),
    "CL_RUT": Kind("cl.rut", "es_CL", ("RUT", "RUN", "rol único tributario"), None, _cl_rut),
    "PT_NIF": Kind("pt.nif", "pt_PT", ("NIF", "número de contribuinte", "contribuinte n.º"), None,
                   lambda r: _n(r, 9, "123")),
    "CZ_RC": Kind("cz.rc", "cs_CZ", ("rodné číslo", "RČ"), None, _cz_rc),
    "SK_RC": Kind("sk.rc", "sk_SK", ("rodné číslo", "RČ"), None, _cz_rc),
    "RO_CNP": Kind("ro.cnp", "ro_RO", ("CNP", "cod numeric personal"), None, _ro_cnp),
    "HR_OIB": Kind("hr.oib", "hr_HR", ("OIB", "osobni identifikacijski broj"), None, lambda r: _n(r, 11, "123456789")),
    "RU_INN": Kind("ru.inn", "ru_RU", ("ИНН", "идентификационный номер налогоплательщика"), None,
                   _faker("ru_RU", "individuals_inn")),
    "GR_AMKA": Kind("gr.amka", "el_GR", ("ΑΜΚΑ", "αριθμός μητρώου κοινωνικής ασφάλισης"), None, _gr_amka),
    "BG_EGN": Kind("bg.egn", "bg_BG", ("ЕГН", "единен граждански номер"), None, _bg_egn),
    "EE_IK": Kind("ee.ik", "et_EE", ("isikukood", "isikukoodi nr"), None, _ee_ik),
    "IS_KENNITALA": Kind("is_.kennitala", "is_IS", ("kennitala", "kt."), None, _is_kt),
    "IL_IDNR": Kind("il.idnr", "he_IL", ("ת.ז.", "מספר זהות", "Teudat Zehut"), None, lambda r: _n(r, 9)),
    # kinds the shipped policies name
    "DK_CPR": Kind("dk.cpr", "da_DK", ("CPR-nummer", "CPR-nr.", "personnummer"), "DK_CPR", _dk_cpr),
    "NO_FODSELSNUMMER": Kind("no.fodselsnummer", "no_NO", ("fødselsnummer", "fnr.", "personnummer"),
                             "NO_FODSELSNUMMER", _faker("no_NO", "ssn")),
    "ZA_ID_NUMBER": Kind("za.idnr", "zu_ZA", ("ID number", "SA ID", "identity number"), "ZA_ID_NUMBER", _za_id),
    "AU_TFN": Kind("au.tfn", "en_AU", ("TFN", "tax file no."), "AU_TFN", lambda r: _n(r, 9, "123456789")),
    "CA_SIN": Kind("ca.sin", "en_CA", ("SIN", "social insurance no.", "NAS"), "CA_SIN", lambda r: _n(r, 9, "1234567")),
    "KR_RRN": Kind("kr.rrn", "ko_KR", ("주민등록번호", "RRN"), "KR_RRN", _faker("ko_KR", "ssn")),
    "FI_PERSONAL_IDENTITY_CODE": Kind("fi.hetu", "fi_FI", ("henkilötunnus", "hetu"), "FI_PERSONAL_IDENTITY_CODE",
                                      _faker("fi_FI", "ssn")),
    "SE_PERSONNUMMER": Kind("se.personnummer", "sv_SE", ("personnummer", "pnr"), "SE_PERSONNUMMER",
                            _faker("sv_SE", "ssn")),
    "PL_PESEL": Kind("pl.pesel", "pl_PL", ("PESEL", "nr PESEL"), "PL_PESEL", _faker("pl_PL", "pesel")),
    "NL_BSN": Kind("nl.bsn", "nl_NL", ("BSN", "burgerservicenummer"), "NL_BSN", lambda r: _n(r, 9, "123456789")),
    "ES_NIF": Kind("es.dni", "es_ES", ("DNI", "NIF"), "ES_NIF", lambda r: (lambda d: d + import_module(
        "stdnum.es.dni").calc_check_digit(d))(_n(r, 8))),
    "IT_FISCAL_CODE": Kind("it.codicefiscale", "it_IT", ("codice fiscale", "C.F."), "IT_FISCAL_CODE",
                           _faker("it_IT", "ssn")),
    "FR_NIR": Kind("fr.nir", "fr_FR", ("numéro de sécurité sociale", "n° de sécu"), "FR_NIR", _faker("fr_FR", "ssn")),
    "DE_TAX_ID": Kind("de.idnr", "de_DE", ("Steuer-ID", "steuerliche Identifikationsnummer"), "DE_TAX_ID",
                      lambda r: _n(r, 11, "123456789")),
    "UK_NHS": Kind("gb.nhs", "en_GB", ("NHS number", "NHS no."), "UK_NHS", lambda r: _n(r, 10, "4")),
    "US_SSN": Kind("us.ssn", "en_US", ("SSN", "social security #"), "US_SSN", lambda r: _n(r, 9, "12345678")),
    "BR_CPF": Kind("br.cpf", "pt_BR", ("CPF", "nº do CPF"), "BR_CPF", lambda r: _n(r, 11, "123456789")),
    "TR_NATIONAL_ID": Kind("tr.tckimlik", "tr_TR", ("TC kimlik no", "T.C. kimlik numarası"), "TR_NATIONAL_ID",
                           lambda r: (lambda d: d + import_module("stdnum.tr.tckimlik").calc_check_digits(d))(
                               _n(r, 9, "123456789"))),
    "IN_AADHAAR": Kind("in_.aadhaar", "en_IN", ("Aadhaar", "aadhaar no."), "IN_AADHAAR", lambda r: _n(r, 12, "23456789")),
    "TH_TNIN": Kind("th.pin", "th_TH", ("เลขบัตรประชาชน", "Thai ID"), "TH_TNIN", lambda r: _n(r, 13, "12345678")),
    "CRYPTO": Kind("bitcoin", "en_US", ("BTC address", "bitcoin wallet"), "CRYPTO",
                   lambda r: _b58check(bytes([r.choice([0, 5])]) + bytes(r.getrandbits(8) for _ in range(20)))),
}


def make(kind: str, rng: random.Random, tries: int = 20000) -> str:
    """A value of ``kind`` that python-stdnum accepts, in its official format half of the time."""
    k = KINDS[kind]
    mod = import_module(f"stdnum.{k.module}")
    for _ in range(tries):
        v = k.draw(rng)
        if mod.is_valid(v):
            if rng.random() < 0.5 and hasattr(mod, "format"):
                f = mod.format(v)
                if mod.is_valid(f):
                    return f
            return v
    raise RuntimeError(f"no {kind} value python-stdnum accepts in {tries} draws")


def is_valid(kind: str, value: str) -> bool:
    return bool(import_module(f"stdnum.{KINDS[kind].module}").is_valid(value))


def by_locale() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for name, k in KINDS.items():
        out.setdefault(k.locale, []).append(name)
    return out
