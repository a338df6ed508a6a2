"""Records of the ninth sealed PII set (Tuners: do not open; see pii_sealed9.py).

Builds each set from a seed: people from pii_sealed9_src (Egyptian, Pakistani, Ukrainian, Serbian, Chinese names),
places at every level (Thai, Vietnamese, Chinese, Nepali, Tanzanian, Nigerian, Pakistani), phrasing from
pii_sealed9_lang (21 languages), identifiers from pii_sealed9_ids (python-stdnum), phones checked with
phonenumbers' ``is_valid_number``, IBANs and cards checked with python-stdnum. Each record carries what was
planted in it (kind, text, the units the scorer looks for, script, language), never printed.
"""

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

import pii_sealed9_ids as IDS
import pii_sealed9_lang as L
import pii_sealed9_src as S

# --------------------------------------------------------------------------------------------------- types


@dataclass(frozen=True)
class Planted:
    kind: str
    text: str
    units: tuple[str, ...]
    numeric: bool
    script: str
    lang: str
    style: str = ""  # how a name was written ("said:lower", "field:full", ...); not part of the digest


@dataclass
class Rec:
    record: dict[str, Any]
    planted: list[Planted] = field(default_factory=list)
    shape: str = ""
    lang: str = ""


# --------------------------------------------------------------------------------------------------- text units

_SCRIPT_NAMES = {"LATIN": "Latin", "ARABIC": "Arabic", "CYRILLIC": "Cyrillic", "THAI": "Thai", "CJK": "Han",
                 "DEVANAGARI": "Devanagari", "HANGUL": "Hangul", "GREEK": "Greek", "HEBREW": "Hebrew",
                 "HIRAGANA": "Kana", "KATAKANA": "Kana", "DIGIT": "Digits"}
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
    """The script of the first letter of ``s`` (Latin, Arabic, Cyrillic, Han, Thai, Devanagari...)."""
    for c in s:
        if c.isalpha():
            return char_script(c)
    return "Digits"


def words(t: str) -> list[str]:
    """Runs of letters, digits and combining marks of one script: a Latin name written against Han or Thai text
    ("我是Wessam") is its own word; Devanagari and Thai vowel signs stay inside their word."""
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
    """Letters and digits only, case-folded: where a number's runs are looked for, whatever separates them."""
    return "".join(c for c in t.casefold() if c.isalnum())


# words of a place that name its kind, not the place ("Block", "Rural Municipality", "Phường"): not counted as units
GENERIC = {"block", "sector", "phase", "colony", "town", "city", "new", "old", "north", "south", "east", "west",
           "rural", "municipality", "sub", "metropolitan", "housing", "society", "scheme", "road", "street",
           "avenue", "market", "garden", "gardens", "park", "cantt", "cantonment", "extension", "central", "upper",
           "lower", "mueang", "ban", "amphoe", "phường", "xã", "thị", "trấn", "quận", "huyện", "mtaa", "kata",
           "wilaya", "lga", "state", "ward", "village", "and", "the", "de", "la", "al", "el", "no",
           "ٹاؤن", "فیز", "بلاک", "سیکٹر", "کالونی", "سوسائٹی", "روڈ", "بازار", "اسکیم", "نمبر"}
HAN_SUFFIX = ("特别行政区", "自治区", "自治州", "自治县", "街道", "地区", "省", "市", "县", "区", "镇", "乡", "旗", "盟")


def place_units(name: str) -> tuple[str, ...]:
    sc = script(name)
    if sc == "Han":
        for suf in HAN_SUFFIX:
            if name.endswith(suf) and len(name) - len(suf) >= 2:
                return (name[: -len(suf)].casefold(),)
        return (name.casefold(),)
    if sc in NOSPACE:
        return (name.casefold(),)
    ws = [w.casefold() for w in words(name)]
    keep = tuple(w for w in ws if not w.isdigit() and w not in GENERIC and len(w) >= 2)
    return keep or tuple(w for w in ws if not w.isdigit()) or (name.casefold(),)


def plant_words(kind: str, text: str, lang: str, units: tuple[str, ...] | None = None, style: str = "") -> Planted:
    sc = script(text)
    if units is None:
        units = (text.casefold(),) if sc in NOSPACE else tuple(w.casefold() for w in words(text))
    return Planted(kind, text, units, False, sc, lang, style)


def plant_number(kind: str, text: str, lang: str, unit: str | None = None) -> Planted:
    return Planted(kind, text, (unit if unit is not None else alnum(text),), True, script(text), lang)


def plant_substr(kind: str, text: str, unit: str, lang: str) -> Planted:
    return Planted(kind, text, (unit.casefold(),), False, script(text), lang)


# --------------------------------------------------------------------------------------------------- people

_UA_LAT = dict(zip("абвгґдеєжзиіїйклмнопрстуфхцчшщьюя",
                   ["a", "b", "v", "h", "g", "d", "e", "ie", "zh", "z", "y", "i", "i", "i", "k", "l", "m", "n", "o",
                    "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "iu", "ia"]))
_SR_LAT = dict(zip("абвгдђежзијклљмнњопрстћуфхцчџш",
                   ["a", "b", "v", "g", "d", "đ", "e", "ž", "z", "i", "j", "k", "l", "lj", "m", "n", "nj", "o", "p",
                    "r", "s", "t", "ć", "u", "f", "h", "c", "č", "dž", "š"]))


def translit(s: str, table: dict[str, str]) -> str:
    out = []
    for c in s:
        low = c.lower()
        t = table.get(low, c)
        out.append(t.capitalize() if c != low and t else t)
    return "".join(out)


def ascii_fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if c.isascii() and c.isalnum()).lower()


@dataclass(frozen=True)
class Person:
    parts: tuple[str, ...]  # given name first, family name last
    latin: tuple[str, ...]  # an ASCII spelling, for e-mail addresses and handles
    pool: str
    sep: str = " "  # between the parts ("" in Han characters)
    family_first: bool = False  # the family name is written first (Chinese)

    def full(self) -> str:
        order = (self.parts[-1],) + self.parts[:-1] if self.family_first else self.parts
        return self.sep.join(order)


def person(rng: random.Random, pool: str) -> Person:
    if pool in ("eg_ar", "eg_lat"):
        eg = S.egyptian()
        given = [x for x in eg if x[2] in ("m", "f")]
        males = [x for x in eg if x[2] == "m"]
        g = rng.choice(given)
        father = rng.choice(males)
        n = rng.choice((2, 3, 3))
        parts = [g, father] + ([rng.choice(males)] if n == 3 else [])
        lat = tuple(p[1] for p in parts)
        shown = tuple(p[0] for p in parts) if pool == "eg_ar" else lat
        return Person(shown, lat, pool)
    if pool == "pk":
        pk = S.pakistani()
        parts = tuple(rng.choice(pk) for _ in range(rng.choice((2, 2, 3))))
        return Person(parts, parts, pool)
    if pool in ("ua_cyr", "ua_lat"):
        g, f = rng.choice(S.ukrainian_given()), rng.choice(S.ukrainian_family())
        lat = (translit(g, _UA_LAT), translit(f, _UA_LAT))
        return Person((g, f) if pool == "ua_cyr" else lat, lat, pool)
    if pool in ("rs_cyr", "rs_lat"):
        sg = S.serbian_given()
        g, base = rng.choice(sg), rng.choice(sg)
        stem = base[:-1] if base[-1] in "аеиоу" else base
        f = stem + rng.choice(("ић", "овић", "евић"))
        lat = (translit(g, _SR_LAT), translit(f, _SR_LAT))
        return Person((g, f) if pool == "rs_cyr" else lat, lat, pool)
    if pool == "cn_han":
        fam, fam_latin = rng.choice(S.HAN_FAMILY)
        chars = S.han_given_chars()
        given = "".join(rng.choice(chars) for _ in range(rng.choice((1, 2, 2, 2))))
        initials = "".join(rng.choice("jxyzlqwhmscdfgtb") for _ in range(len(given)))  # e-mails use initials
        return Person((given, fam), (initials, fam_latin), pool, "", True)
    raise ValueError(pool)


POOLS = {"ar": ["eg_ar", "eg_ar", "eg_ar", "eg_lat"], "ur": ["pk"], "uk": ["ua_cyr"], "ru": ["ua_cyr"],
         "sr": ["rs_cyr", "rs_cyr", "rs_lat"], "zh": ["cn_han", "cn_han", "cn_han", "eg_lat", "pk", "ua_lat"]}
LATIN_POOLS = ["eg_lat", "pk", "ua_lat", "rs_lat", "cn_han"]  # a Chinese name keeps its characters anywhere


def pick_person(rng: random.Random, lang: str) -> Person:
    return person(rng, rng.choice(POOLS.get(lang, LATIN_POOLS)))


def name_style(rng: random.Random, p: Person, lang: str, allow_lower: bool = True) -> tuple[str, str]:
    """(the name as written, its style): full, family first, lower case, given alone, with an honorific."""
    styles = ["full", "full", "family_first", "given", "honorific"] + (["lower", "lower"] if allow_lower else [])
    st = rng.choice(styles)
    if p.family_first:  # a Chinese name is written family name first, with no space; no case to lower
        if st == "given" and len(p.parts[0]) >= 2:
            return p.parts[0], st
        return p.full(), ("honorific" if st == "honorific" else "full")
    if st == "family_first":
        return (f"{p.parts[-1]}, {' '.join(p.parts[:-1])}" if rng.random() < 0.5
                else " ".join((p.parts[-1],) + p.parts[:-1])), st
    if st == "given":
        return p.parts[0], st
    if st == "lower":
        return " ".join(p.parts).lower(), st
    return " ".join(p.parts), st


def honorific(rng: random.Random, lang: str, name: str) -> str:
    h = rng.choice(L.HONORIFIC.get(lang, L.HONORIFIC["en"]))
    return f"{name}{h}" if lang == "zh" else f"{h} {name}"


# --------------------------------------------------------------------------------------------------- places

def place(rng: random.Random, lang: str) -> list[str]:
    """One person's place, from the most local level up (two or three names), in the language's own script."""
    if lang == "th":
        t = rng.choice(S.thai())
        return [t[0], t[2], t[4]][: rng.choice((1, 2, 3))]
    if lang == "vi":
        v = rng.choice(S.vietnam())
        return [v[0], v[2], v[3]][: rng.choice((1, 2, 3))]
    if lang == "zh":
        c = rng.choice(S.china())
        return [c[3], c[2], c[1]][: rng.choice((1, 2, 3))]
    if lang in ("ne", "hi"):
        n = rng.choice(S.nepal())
        return [n[1].replace(" गाउँपालिका", "").replace(" नगरपालिका", "").replace(" उपमहानगरपालिका", "")
                .replace(" महानगरपालिका", ""), n[3]][: rng.choice((1, 2))]
    if lang == "sw":
        t = rng.choice(S.tanzania())
        return [t[1], t[2], t[3]][: rng.choice((1, 2, 3))]
    if lang == "pcm":
        n = rng.choice(S.nigeria())
        return [n[0], n[1]][: rng.choice((1, 2))]
    if lang in ("ur", "ar"):
        p = rng.choice(S.pakistan())
        return [p[1]]
    src = rng.randrange(6)
    if src == 0:
        t = rng.choice(S.thai())
        return [t[1], t[5]][: rng.choice((1, 2))]
    if src == 1:
        v = rng.choice(S.vietnam())
        return [v[0], v[3]][: rng.choice((1, 2))]
    if src == 2:
        n = rng.choice(S.nepal())
        return [n[0].replace(" Rural Municipality", "").replace(" Municipality", ""), n[2]][: rng.choice((1, 2))]
    if src == 3:
        t = rng.choice(S.tanzania())
        return [t[1], t[3]][: rng.choice((1, 2))]
    if src == 4:
        n = rng.choice(S.nigeria())
        return [n[0], n[2]][: rng.choice((1, 2))]
    p = rng.choice(S.pakistan())
    return [p[0], p[2]][: rng.choice((1, 2))]


def join_places(lang: str, names: list[str]) -> str:
    return ("" if lang == "zh" else ", ").join(reversed(names) if lang == "zh" else names)


def address(rng: random.Random, lang: str) -> tuple[str, list[Planted]]:
    """An address as the country writes it; its street and its places are planted."""
    n = rng.randint(1, 240)
    k = rng.choice(("th", "vi", "zh", "np", "tz", "ng", "pk")) if lang not in (
        "th", "vi", "zh", "ne", "hi", "sw", "pcm", "ur", "ar") else {
        "th": "th", "vi": "vi", "zh": "zh", "ne": "np", "hi": "np", "sw": "tz", "pcm": "ng", "ur": "pk_ur",
        "ar": "pk_ur"}[lang]
    pl: list[Planted] = []
    if k == "th":
        t = rng.choice(S.thai())
        if lang == "th":
            text = f"{n}/{rng.randint(1, 30)} หมู่ {rng.randint(1, 12)} ต.{t[0]} อ.{t[2]} จ.{t[4]} {t[6]}"
            pl += [plant_words("LOCATION", x, lang, place_units(x)) for x in (t[0], t[2], t[4])]
        else:
            text = f"{n}/{rng.randint(1, 30)} Moo {rng.randint(1, 12)}, {t[1]}, {t[3]}, {t[5]} {t[6]}"
            pl += [plant_words("LOCATION", x, lang, place_units(x)) for x in (t[1], t[3], t[5])]
    elif k == "vi":
        v = rng.choice(S.vietnam())
        text = f"Số {n} ngõ {rng.randint(2, 90)}, {v[1]}, {v[2]}, {v[3]}"
        pl += [plant_words("LOCATION", x, lang, place_units(x)) for x in (v[0], v[2], v[3])]
    elif k == "zh":
        c = rng.choice(S.china())
        road = rng.choice(S.china())[3]
        road = road[:2] if len(road) >= 2 else road
        text = f"{c[0]}{c[1]}{c[2]}{c[3]}{road}路{n}号"
        pl += [plant_words("LOCATION", x, lang, place_units(x)) for x in (c[1], c[2], c[3])]
        pl.append(plant_substr("STREET_ADDRESS", road + "路", road + "路", lang))
    elif k == "np":
        nn = rng.choice(S.nepal())
        if lang in ("ne", "hi"):
            ll = nn[1].split(" ")[0]
            text = f"{ll}-{rng.randint(1, 12)}, {nn[3]}"
            pl += [plant_words("LOCATION", x, lang, place_units(x)) for x in (ll, nn[3])]
        else:
            ll = nn[0].replace(" Rural Municipality", "").replace(" Municipality", "")
            text = f"Ward {rng.randint(1, 12)}, {ll}, {nn[2]} District"
            pl += [plant_words("LOCATION", x, lang, place_units(x)) for x in (ll, nn[2])]
    elif k == "tz":
        t = rng.choice(S.tanzania())
        text = f"Mtaa wa {t[0]}, Kata ya {t[1]}, Wilaya ya {t[2]}, {t[3]}" + (f" {t[4]}" if t[4] else "")
        pl.append(plant_words("STREET_ADDRESS", t[0], lang, place_units(t[0])))
        pl += [plant_words("LOCATION", x, lang, place_units(x)) for x in (t[1], t[2], t[3])]
    elif k == "ng":
        t, s2 = rng.choice(S.nigeria()), rng.choice(S.nigeria())
        street = f"{s2[0]} {rng.choice(('Street', 'Close', 'Crescent', 'Road'))}"
        text = f"No. {n} {street}, {t[0]}, {t[1]} LGA, {t[2]} State"
        pl.append(plant_words("STREET_ADDRESS", street, lang, place_units(s2[0])))
        pl += [plant_words("LOCATION", x, lang, place_units(x)) for x in (t[0], t[1], t[2])]
    elif k == "pk":
        p = rng.choice(S.pakistan())
        text = f"House {n}, Street {rng.randint(1, 40)}, {p[0]}, {p[2]} {p[3]}".strip()
        pl += [plant_words("LOCATION", x, lang, place_units(x)) for x in (p[0], p[2])]
    else:  # Urdu script
        p = rng.choice(S.pakistan())
        text = f"مکان نمبر {n}، گلی {rng.randint(1, 40)}، {p[1]}، {p[2]} {p[3]}".strip()
        pl += [plant_words("LOCATION", x, lang, place_units(x)) for x in (p[1], p[2])]
    return text, [p for p in pl if p.units and all(p.units)]


# --------------------------------------------------------------------------------------------------- contacts

PHONE_REGION = {"en": ["NG", "GB", "EG", "PK", "KE"], "pcm": ["NG"], "fr": ["FR", "SN", "CI"], "es": ["ES", "MX"],
                "pt": ["BR", "PT"], "de": ["DE", "AT"], "it": ["IT"], "id": ["ID"], "tr": ["TR"], "th": ["TH"],
                "vi": ["VN"], "zh": ["CN"], "ar": ["EG", "SA"], "ur": ["PK"], "uk": ["UA"], "ru": ["RU", "KZ"],
                "pl": ["PL"], "sr": ["RS"], "sw": ["TZ", "KE"], "ne": ["NP"], "hi": ["IN"]}


def phone(rng: random.Random, lang: str) -> tuple[str, int, str]:
    """(as written, as an integer, the national significant number) of a valid mobile number."""
    import phonenumbers as pn

    region = rng.choice(PHONE_REGION.get(lang, ["GB"]))
    ex = pn.example_number_for_type(region, pn.PhoneNumberType.MOBILE)
    nsn = pn.national_significant_number(ex)
    for _ in range(500):
        cand = nsn[:3] + "".join(rng.choice("0123456789") for _ in range(len(nsn) - 3))
        num = pn.parse("+" + str(ex.country_code) + cand)
        if pn.is_valid_number(num):
            break
    else:
        num = ex
        cand = nsn
    fmt = rng.choice((pn.PhoneNumberFormat.INTERNATIONAL, pn.PhoneNumberFormat.NATIONAL,
                      pn.PhoneNumberFormat.E164, pn.PhoneNumberFormat.INTERNATIONAL))
    text = pn.format_number(num, fmt)
    if rng.random() < 0.2:
        text = text.replace(" ", "-") if fmt != pn.PhoneNumberFormat.E164 else text
    return text, int(f"{num.country_code}{cand}"), cand


DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "mail.ru", "ukr.net", "yandex.ru", "qq.com",
           "163.com", "gmx.de", "web.de", "yahoo.co.id", "proton.me", "icloud.com", "hotmail.fr", "live.com"]


def email(rng: random.Random, p: Person) -> tuple[str, str]:
    g, f = ascii_fold(p.latin[0]), ascii_fold(p.latin[-1])
    local = rng.choice([f"{g}.{f}", f"{g}{f}{rng.randint(1, 99)}", f"{f}_{g}", f"{g[0]}{f}", f"{g}.{f}{rng.randint(70, 99)}"])
    return f"{local}@{rng.choice(DOMAINS)}", local


def handle(rng: random.Random, p: Person) -> tuple[str, str]:
    g, f = ascii_fold(p.latin[0]), ascii_fold(p.latin[-1])
    h = rng.choice([f"{g}_{f}", f"{g}{rng.randint(10, 999)}", f"the_{g}{f[:3]}", f"{f}.{g}"])
    return "@" + h, h


def profile_url(rng: random.Random, p: Person) -> tuple[str, str]:
    g, f = ascii_fold(p.latin[0]), ascii_fold(p.latin[-1])
    slug = rng.choice([f"{g}-{f}-{rng.randint(100, 9999)}", f"{g}.{f}", f"{g}{f}", f"{f}-{g}"])
    site = rng.choice(["https://www.linkedin.com/in/", "https://www.facebook.com/", "https://vk.com/",
                       "https://github.com/", "https://www.instagram.com/", "https://t.me/"])
    return site + slug, slug


IBAN_LAYOUT = {"PK": lambda r: "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(4)) + IDS._d(r, 16),
               "TR": lambda r: IDS._d(r, 5) + "0" + IDS._d(r, 16), "UA": lambda r: IDS._d(r, 25),
               "DE": lambda r: IDS._d(r, 18), "SA": lambda r: IDS._d(r, 20), "EG": lambda r: IDS._d(r, 25),
               "PL": lambda r: IDS._d(r, 24), "AE": lambda r: IDS._d(r, 19), "RO": lambda r: "RNCB" + IDS._d(r, 16)}


def iban(rng: random.Random) -> str:
    from stdnum import iban as ib

    for _ in range(200):
        cc = rng.choice(sorted(IBAN_LAYOUT))
        bban = IBAN_LAYOUT[cc](rng)
        for ck in range(2, 99):
            cand = f"{cc}{ck:02d}{bban}"
            if ib.is_valid(cand):
                return ib.format(cand) if rng.random() < 0.6 else cand
    raise RuntimeError("no IBAN")


def card(rng: random.Random) -> str:
    from stdnum import luhn

    prefix, n = rng.choice((("4", 16), ("51", 16), ("55", 16), ("37", 15), ("62", 16), ("2221", 16)))
    while True:
        body = prefix + "".join(rng.choice("0123456789") for _ in range(n - len(prefix) - 1))
        for d in "0123456789":
            if luhn.is_valid(body + d):
                return body + d


def ip(rng: random.Random) -> str:
    if rng.random() < 0.15:
        return "2c0f:" + ":".join(f"{rng.randint(0, 65535):x}" for _ in range(7))
    a = rng.choice((41, 102, 105, 154, 196, 197, 37, 78, 91, 113, 116, 171, 183, 202, 223, 39, 5, 176, 185))
    return f"{a}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def dob(rng: random.Random, lang: str) -> str:
    return L.fmt_date(lang, rng.randint(1950, 2006), rng.randint(1, 12), rng.randint(1, 28), rng.randrange(3))


# --------------------------------------------------------------------------------------------------- a person's bundle


class Bundle:
    """One person with their details, and the planted values each detail adds when it is written."""

    def __init__(self, rng: random.Random, lang: str, allow_lower: bool = True):
        self.rng, self.lang = rng, lang
        self.p = pick_person(rng, lang)
        self.name, self.style = name_style(rng, self.p, lang, allow_lower)
        self.shown = self.name
        if self.style == "honorific":
            # "Mr Said" or "Dr Wessam Riad Said": the title is not part of the planted name
            self.name = self.p.parts[-1] if rng.random() < 0.5 else self.p.full()
            self.shown = honorific(rng, lang, self.name)
        self.places = place(rng, lang)
        self.planted: list[Planted] = []

    # each method returns the text to write and records what it plants
    def nm(self) -> str:
        """The name in this bundle's style (full, family first, lower case, given alone, with a title)."""
        self.planted.append(plant_words("PERSON", self.name, self.lang, self._name_units(self.name),
                                        "said:" + self.style))
        return self.shown

    def _name_units(self, text: str) -> tuple[str, ...]:
        return tuple(w.casefold() for w in words(text))

    def full(self) -> str:
        """The full name, plainly (a signature, a form, a table)."""
        text = self.p.full()
        self.planted.append(plant_words("PERSON", text, self.lang, self._name_units(text), "field:full"))
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
        text = L.fmt_num(self.lang, self.rng.randint(18, 88), self.rng.randrange(2))
        self.planted.append(plant_words("AGE", text, self.lang, (text.casefold(),)))
        return text

    def email(self) -> str:
        text, local = email(self.rng, self.p)
        self.planted.append(plant_substr("EMAIL_ADDRESS", text, local, self.lang))
        return text

    def phone(self, as_int: bool = False) -> str | int:
        text, as_number, nsn = phone(self.rng, self.lang)
        self.planted.append(plant_number("PHONE_NUMBER", text, self.lang, nsn))
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
        self.planted.append(plant_number("CREDIT_CARD", text, self.lang, c[:-4]))
        return int(c) if as_int else text

    def ip(self) -> str:
        text = ip(self.rng)
        self.planted.append(plant_number("IP_ADDRESS", text, self.lang))
        return text

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
    sep = "。" if lang == "zh" else (" " if lang == "th" else ". ")
    out = sep.join(p.rstrip(".。") for p in parts if p)
    return out + ("" if out.endswith((".", "。", "!", "?", "।", "۔")) or lang in ("zh", "th") else ".")


# --------------------------------------------------------------------------------------------------- record shapes

SHAPES = ("chat", "email", "ticket", "form", "sft", "table", "keys", "profile")


def _chat(b: Bundle, rng: random.Random) -> dict[str, Any]:
    lang = b.lang
    u1 = join_text(lang, [b.say("intro"), b.say("home"), ordinary(rng, lang)])
    a1 = ordinary(rng, lang, "reply")
    u2 = join_text(lang, [b.say(rng.choice(("born", "age"))), b.say("contact")])
    msgs = [{"role": "user", "content": u1}, {"role": "assistant", "content": a1}, {"role": "user", "content": u2}]
    if rng.random() < 0.3:
        msgs.append({"role": "assistant", "content": ordinary(rng, lang, "reply")})
    return {"messages": msgs}


def _email(b: Bundle, rng: random.Random) -> dict[str, Any]:
    lang = b.lang
    body = join_text(lang, [b.say("intro"), ordinary(rng, lang), b.say("addr"), b.say(rng.choice(("pay", "net")))])
    sig = f"{rng.choice(L.T[lang]['sign'])}\n{b.full()}\n{b.phone()}\n{b.email()}"
    return {"subject": ordinary(rng, lang), "body": body + "\n\n" + sig}


def _ticket(b: Bundle, rng: random.Random) -> dict[str, Any]:
    lang = b.lang
    return {"ticket": {"ref": f"TCK-{rng.randint(100000, 999999)}", "channel": rng.choice(("web", "app", "phone")),
                       "customer": {"name": b.full(), "contact": {"email": b.email(), "phone": b.phone(as_int=True)},
                                    "location": {"city": b.where()}},
                       "history": [{"by": "customer", "text": join_text(lang, [ordinary(rng, lang), b.say("born")])},
                                   {"by": "agent", "text": ordinary(rng, lang, "reply")}]}}


def _form(b: Bundle, rng: random.Random) -> dict[str, Any]:
    lang = b.lang
    ff = b.rng.random() < 0.4 and not b.p.family_first
    if ff:
        text = f"{b.p.parts[-1].upper()}, {' '.join(b.p.parts[:-1])}"
        b.planted.append(plant_words("PERSON", text, lang, tuple(w.casefold() for w in words(text)),
                                     "field:FAMILY, given"))
        name = text
    else:
        name = b.full()
    rec: dict[str, Any] = {"applicant": name, "date_of_birth": b.dob(), "address": b.addr(),
                           "payout_iban": b.iban(), "card_number": b.card(as_int=rng.random() < 0.4),
                           "last_login_ip": b.ip(), "notes": ordinary(rng, lang)}
    if rng.random() < 0.5:
        rec["age"] = int(b.age()) if lang not in ("ar", "ur", "ne", "hi") else b.age()
    return rec


def _sft(b: Bundle, rng: random.Random) -> dict[str, Any]:
    lang = b.lang
    prompt = "Summarise this customer message for the support queue:\n" + join_text(
        lang, [b.say("intro"), b.say("home"), ordinary(rng, lang), b.say("contact")])
    completion = rng.choice(["The customer reports a faulty product and asks for a replacement; contact details "
                             "are on file.", "A delivery problem: the parcel has not arrived and the customer wants "
                             "an update.", "Billing question about an invoice; needs a call back."])
    return {"prompt": prompt, "completion": completion}


TABLE_HEAD = {"en": ("name", "city", "phone", "born"), "fr": ("nom", "ville", "téléphone", "né le"),
              "de": ("Name", "Ort", "Telefon", "geboren"), "es": ("nombre", "ciudad", "teléfono", "nacimiento"),
              "ru": ("ФИО", "город", "телефон", "дата рождения"), "uk": ("ПІБ", "місто", "телефон", "народження"),
              "ar": ("الاسم", "المدينة", "الهاتف", "الميلاد"), "zh": ("姓名", "城市", "电话", "出生日期"),
              "th": ("ชื่อ", "จังหวัด", "โทร", "วันเกิด"), "vi": ("họ tên", "tỉnh", "điện thoại", "ngày sinh")}


def _table(b: Bundle, rng: random.Random) -> dict[str, Any]:
    lang = b.lang
    head = TABLE_HEAD.get(lang, TABLE_HEAD["en"])
    others = [Bundle(rng, lang) for _ in range(rng.randint(1, 2))]
    rows = []
    for x in [b] + others:
        rows.append(f"| {x.full()} | {x.where()} | {x.phone()} | {x.dob()} |")
    for x in others:
        b.planted += x.planted
    text = (ordinary(rng, lang) + "\n\n" + f"| {' | '.join(head)} |\n|---|---|---|---|\n" + "\n".join(rows))
    return {"text": text}


def _keys(b: Bundle, rng: random.Random) -> dict[str, Any]:
    lang = b.lang
    others = [Bundle(rng, lang, allow_lower=False) for _ in range(rng.randint(1, 3))]
    rsvp = {}
    for x in [b] + others:
        rsvp[x.full()] = rng.choice(("yes", "no", "maybe", "late"))
    for x in others:
        b.planted += x.planted
    return {"event": rng.choice(("team dinner", "quarterly review", "warehouse tour", "training day")),
            "rsvp": rsvp, "notes": ordinary(rng, lang), "venue_contact": b.phone()}


def _profile(b: Bundle, rng: random.Random) -> dict[str, Any]:
    lang = b.lang
    bio = join_text(lang, [b.say("intro"), b.say("social"), b.say("age")])
    return {"bio": bio, "links": [b.url()], "handle": b.handle(), "home": b.where()}


BUILDERS = {"chat": _chat, "email": _email, "ticket": _ticket, "form": _form, "sft": _sft, "table": _table,
            "keys": _keys, "profile": _profile}


def records(seed: int, n: int) -> list[Rec]:
    rng = random.Random(f"sealed9-records-{seed}")
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


# --------------------------------------------------------------------------------------------------- ids


def id_records(seed: int, n: int) -> list[Rec]:
    rng = random.Random(f"sealed9-ids-{seed}")
    out = []
    for i in range(n):
        k = IDS.KINDS[i % len(IDS.KINDS)]
        value = IDS.make(k, rng)
        text = IDS.written(k, value, rng)
        lang = k.lang if k.lang in L.ID_INTRO else "en"
        way = rng.randrange(4)
        pl = [Planted(k.kind, text, (alnum(value),), True, "ids", lang)]
        if way == 0:
            tpl = L.ID_INTRO[lang][0] if "{label}" in L.ID_INTRO[lang][0] else L.ID_INTRO[lang][1]
            rec: dict[str, Any] = {"text": join_text(lang, [ordinary(rng, lang if lang in L.T else "en"),
                                                            tpl.format(label=k.label, value=text)])}
            shape = "labelled"
        elif way == 1:
            tpl = rng.choice([t for t in L.ID_INTRO[lang] if "{label}" not in t])
            rec = {"text": join_text(lang, [tpl.format(value=text), ordinary(rng, lang if lang in L.T else "en")])}
            shape = "unlabelled" if "(" not in tpl and "（" not in tpl else "parenthesis"
        elif way == 2:
            rec = {"text": f"| field | value |\n|---|---|\n| {k.label} | {text} |\n| status | pending |"}
            shape = "table"
        else:
            rec = {"document": {"type": k.label, "number": text, "issued": str(rng.randint(2010, 2024))}}
            shape = "json"
        out.append(Rec(rec, pl, shape, lang))
    return out


# --------------------------------------------------------------------------------------------------- clean

PRICES = ["₦45,000", "$129.99", "€89", "Rs 12,500", "฿1,290", "¥899", "TSh 250,000", "KSh 3,400", "£24.50",
          "R$ 199,90", "₹2,499", "₴1 250", "1 990 ₽", "zł 349", "₺1.250", "Rp 450.000", "EGP 3,200", "40.000 RSD"]


def clean_records(seed: int, n: int) -> list[Rec]:
    rng = random.Random(f"sealed9-clean-{seed}")
    out = []
    for i in range(n):
        lang = L.LANGS[i % len(L.LANGS)]
        kind = rng.randrange(4)

        def fill(tpl: str, lang: str = lang) -> str:
            vals = {"product": rng.choice(L.PRODUCTS),
                    "num": rng.choice([f"SO-{rng.randint(2024, 2026)}-{rng.randint(10000, 99999)}",
                                       f"#{rng.randint(100000, 999999)}", str(rng.randint(1000, 99999)),
                                       f"INV/{rng.randint(100, 999)}/{rng.randint(2024, 2026)}"]),
                    "date": L.fmt_date(lang, rng.randint(2024, 2026), rng.randint(1, 12), rng.randint(1, 28),
                                       rng.randrange(3)),
                    "city": join_places(lang, place(rng, lang)[:1]),
                    "ver": rng.choice([f"v{rng.randint(1, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 9)}",
                                       f"{rng.randint(1, 5)}.{rng.randint(0, 12)}-rc{rng.randint(1, 4)}"]),
                    "flight": rng.choice(L.FLIGHTS), "qty": str(rng.randint(2, 480)), "price": rng.choice(PRICES)}
            return tpl.format(**{k: v for k, v in vals.items() if "{" + k + "}" in tpl})

        if kind == 0:
            rec: dict[str, Any] = {"text": fill(rng.choice(L.CLEAN[lang]))}
            shape = "text"
        elif kind == 1:
            rec = {"messages": [{"role": "user", "content": fill(rng.choice(L.CLEAN[lang]))},
                                {"role": "assistant", "content": ordinary(rng, lang, "reply")}]}
            shape = "chat"
        elif kind == 2:
            rec = {"order_id": f"SO-{rng.randint(100000, 999999)}",
                   "items": [{"sku": f"SKU-{rng.randint(1000, 9999)}-{rng.choice('ABCDEFG')}",
                              "name": rng.choice(L.PRODUCTS), "qty": rng.randint(1, 40)}
                             for _ in range(rng.randint(1, 3))],
                   "warehouse": join_places(lang, place(rng, lang)[:1]),
                   "ship_date": L.fmt_date(lang, 2025, rng.randint(1, 12), rng.randint(1, 28), 0),
                   "comment": fill(rng.choice(L.CLEAN[lang]))}
            shape = "order"
        else:
            rec = {"prompt": "Rewrite this note for the team channel:\n" + fill(rng.choice(L.CLEAN[lang])),
                   "completion": ordinary(rng, lang, "reply")}
            shape = "sft"
        out.append(Rec(rec, [], shape, lang))
    return out


# --------------------------------------------------------------------------------------------------- leftover

def leftover_records(seed: int, n: int) -> list[Rec]:
    """A name, an e-mail and a phone in ``prompt`` repeated verbatim in ``completion`` (scrubbed with --fields
    prompt): the gate must see what is left in ``completion``."""
    rng = random.Random(f"sealed9-leftover-{seed}")
    out = []
    for i in range(n):
        lang = L.LANGS[i % len(L.LANGS)]
        b = Bundle(rng, lang, allow_lower=False)
        name, mail, tel = b.full(), b.email(), b.phone()
        prompt = join_text(lang, [L.T[lang]["intro"][1].format(name=name),
                                  L.T[lang]["contact"][0].format(email=mail, phone=tel), ordinary(rng, lang)])
        completion = rng.choice([f"Contact card: {name} <{mail}>, tel. {tel}.",
                                 f"I will forward this to {name} ({mail}, {tel}).",
                                 f"{name} | {mail} | {tel}"])
        out.append(Rec({"prompt": prompt, "completion": completion}, b.planted, "leftover", lang))
    return out


# --------------------------------------------------------------------------------------------------- files

def _row(b: Bundle, rng: random.Random) -> dict[str, Any]:
    lang = b.lang
    comment = ordinary(rng, lang)
    if rng.random() < 0.4:
        comment = join_text(lang, [comment, b.say("age")])
    return {"customer": b.full() if rng.random() < 0.7 else b.nm(), "city": b.where(), "email": b.email(),
            "phone": str(b.phone()), "birth_date": b.dob(), "comment": comment,
            "order_ref": f"SO-{rng.randint(100000, 999999)}"}


def csv_rows(seed: int, n: int) -> list[Rec]:
    rng = random.Random(f"sealed9-csv-{seed}")
    out = []
    for i in range(n):
        lang = L.LANGS[(i * 5) % len(L.LANGS)]
        b = Bundle(rng, lang)
        out.append(Rec(_row(b, rng), _dedupe(b.planted), "csv", lang))
    return out


def parquet_rows(seed: int, n: int) -> list[Rec]:
    rng = random.Random(f"sealed9-parquet-{seed}")
    out = []
    for i in range(n):
        lang = L.LANGS[(i * 4 + 3) % len(L.LANGS)]
        b = Bundle(rng, lang)
        out.append(Rec(_row(b, rng), _dedupe(b.planted), "parquet", lang))
    return out


def csv_clean_rows(seed: int, n: int) -> list[Rec]:
    """Orders with no personal data, as a file a user scrubs: the warehouse is a place but no one's, the numbers
    are order, SKU and tracking references, quantities and prices; the gate must pass it."""
    rng = random.Random(f"sealed9-csv-clean-{seed}")
    out = []
    for i in range(n):
        lang = L.LANGS[(i * 2 + 1) % len(L.LANGS)]
        rec = {"order_ref": f"SO-{rng.randint(100000, 999999)}",
               "sku": f"{rng.choice('ABCDEFGHKLMN')}{rng.randint(100, 999)}-{rng.randint(10, 99)}",
               "product": rng.choice(L.PRODUCTS), "qty": str(rng.randint(1, 500)), "price": rng.choice(PRICES),
               "warehouse": join_places(lang, place(rng, lang)[:1]),
               "ship_date": L.fmt_date(lang, rng.randint(2024, 2026), rng.randint(1, 12), rng.randint(1, 28),
                                       rng.randrange(3)),
               "tracking": rng.choice([f"1Z{rng.randint(10**15, 10**16 - 1)}",
                                       f"{rng.randint(10**11, 10**12 - 1)}", f"JD{rng.randint(10**17, 10**18 - 1)}"]),
               "note": rng.choice(L.CLEAN[lang]).format(
                   product=rng.choice(L.PRODUCTS), num=str(rng.randint(1000, 99999)),
                   date=L.fmt_date(lang, 2025, rng.randint(1, 12), rng.randint(1, 28), 0),
                   city=join_places(lang, place(rng, lang)[:1]), ver=f"v{rng.randint(1, 9)}.{rng.randint(0, 20)}",
                   flight=rng.choice(L.FLIGHTS), qty=str(rng.randint(2, 90)), price=rng.choice(PRICES))}
        out.append(Rec(rec, [], "csv_clean", lang))
    return out
