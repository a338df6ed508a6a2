"""Records of the eighth sealed PII set: people (pii_sealed8_src), identifiers (pii_sealed8_ids) and phrases
(pii_sealed8_lang) put into the shapes users' data has: chats (a messages list), e-mails, support tickets as nested
JSON, forms, SFT prompt/completion pairs, notes with tables; names written in full, family name first, in lower
case, given alone, with initials or an honorific; dates of birth and ages as each language says them; addresses as
each country writes them; e-mails, handles, profile URLs, phones per numbering plan, IBANs, cards and IPs.

Every planted value is kept beside its record (kind, text, script, language, the units whose survival is a leak);
nothing here is printed. One ``random.Random(seed)`` drives everything, over lists in a fixed order.
"""

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

import pii_sealed8_ids as ids
import pii_sealed8_src as src
from pii_sealed8_lang import L, write_date

LANGS = list(L)


@dataclass
class Planted:
    kind: str
    text: str
    script: str
    lang: str
    units: list[str]  # the words (names, places) or the alphanumeric core (numbers) that must not survive
    numeric: bool = False


@dataclass
class Rec:
    record: dict[str, Any]
    planted: list[Planted] = field(default_factory=list)
    lang: str = "en"
    shape: str = ""


def script_of(text: str) -> str:
    for c in text:
        if c.isalpha():
            name = unicodedata.name(c, "")
            for s in ("CYRILLIC", "HANGUL", "ARABIC", "BENGALI", "KHMER", "CJK", "THAI", "GREEK"):
                if name.startswith(s):
                    return s.title()
            return "Latin"
    return "Digits"


def words(text: str) -> list[str]:
    """Words as runs of letters, marks and digits (``\\w`` splits Khmer and Bengali at their vowel signs)."""
    out, cur = [], []
    for c in text:
        if unicodedata.category(c)[0] in "LMN":
            cur.append(c)
        elif cur:
            out.append("".join(cur))
            cur = []
    if cur:
        out.append("".join(cur))
    return out


def name_units(text: str) -> list[str]:
    return [w.casefold() for w in words(text) if len(w) >= 2 or script_of(w) in ("Hangul", "Cjk")]


def alnum(text: str) -> str:
    return "".join(c for c in text.casefold() if c.isalnum())


class Gen:
    """Makes people and values; ``plant`` records what a record holds."""

    def __init__(self, seed: int) -> None:
        self.r = random.Random(seed)
        self.pl_f, self.pl_m, self.pl_sur, self.pl_towns = src.polish()
        self.ua_g, self.ua_p, self.ua_l = src.ukrainian()
        self.ko_fam, self.ko_1, self.ko_2 = src.korean()
        self.vi_fam, self.vi_given = src.vietnamese()
        self.br = src.brazilian()[:800]
        self.es = src.spanish()[:400]
        self.places = src.places()
        self.fa_m, self.fa_f = src.persian()

    # ----------------------------------------------------------------------------------------------- people

    def person(self, culture: str | None = None) -> src.Person:
        r = self.r
        c = culture or r.choice(["uk", "uk_lat", "pl", "pl", "ko", "ko_lat", "vi", "br", "es", "fa"])
        if c == "fa":
            g = r.choice(self.fa_m if r.random() < 0.5 else self.fa_f)
            suffix = r.choice(["\u200cزاده", "پور", "ی", "\u200cنیا", "فر"])
            f = r.choice(self.fa_m) + suffix
            return src.Person(g, f, "fa", "Arabic")
        if c in ("uk", "uk_lat"):
            g, p, f = r.choice(self.ua_g), r.choice(self.ua_p), r.choice(self.ua_l)
            if c == "uk":
                return src.Person(g, f, "uk", "Cyrillic", patronymic=p, latin_given=src.ukr_latin(g),
                                  latin_family=src.ukr_latin(f))
            lg, lf = src.ukr_latin(g), src.ukr_latin(f)
            return src.Person(lg, lf, "uk", "Latin", latin_given=lg, latin_family=lf)
        if c == "pl":
            female = r.random() < 0.5
            g = r.choice(self.pl_f if female else self.pl_m)
            f = r.choice([s for s in self.pl_sur[:400] if not s.endswith(("ska", "cka")) or female][:300])
            if female and f.endswith(("ski", "cki")):
                f = f[:-1] + "a"
            return src.Person(g, f, "pl", "Latin", latin_given=src.fold(g), latin_family=src.fold(f))
        if c in ("ko", "ko_lat"):
            fam, s1, s2 = r.choice(self.ko_fam), r.choice(self.ko_1), r.choice(self.ko_2)
            if c == "ko":
                return src.Person(s1[0] + s2[0], fam[0], "ko", "Hangul", family_first=True,
                                  latin_given=(s1[1] + s2[1]).lower(), latin_family=fam[1])
            given = f"{s1[1]}-{s2[1].lower()}" if r.random() < 0.6 else s1[1] + s2[1].lower()
            return src.Person(given, fam[1], "ko", "Latin", family_first=r.random() < 0.5,
                              latin_given=given.replace("-", ""), latin_family=fam[1])
        if c == "vi":
            g, f = r.choice(self.vi_given), r.choice(self.vi_fam)
            return src.Person(g, f, "vi", "Latin", family_first=True, latin_given=src.fold(g).replace(" ", ""),
                              latin_family=src.fold(f))
        if c == "br":
            g = r.choice(self.br) + ((" " + r.choice(self.br)) if r.random() < 0.3 else "")
            f = r.choice([x for x in self.pl_sur[:300] if not x.endswith(("ska", "cka"))]
                         + [src.ukr_latin(x) for x in self.ua_l[::997]])
            return src.Person(g, f, "br", "Latin", latin_given=src.fold(g.split()[0]), latin_family=src.fold(f))
        g = r.choice(self.es)
        f = r.choice([src.ukr_latin(x) for x in self.ua_l[::613]]
                     + [x for x in self.pl_sur[300:500] if not x.endswith(("ska", "cka"))])
        return src.Person(g, f, "es", "Latin", latin_given=src.fold(g.split()[0]), latin_family=src.fold(f))

    def written(self, p: src.Person, lang: str) -> tuple[str, str]:
        """A way to write ``p``'s name, and the name of that way (an honorific is no part of the name)."""
        r = self.r
        way = r.choice(["full", "full", "full", "lower", "family_first", "given", "initial", "honorific",
                        "upper_family"])
        if p.script == "Cyrillic" and r.random() < 0.3:
            return f"{p.given} {p.patronymic} {p.family}", "patronymic"
        if way == "lower" and p.script != "Hangul":
            return p.full.lower(), way
        if way == "family_first" and not p.family_first:
            return f"{p.family} {p.given}" if r.random() < 0.5 else f"{p.family}, {p.given}", way
        if way == "given":
            return p.given, way
        if way == "initial" and p.script == "Latin" and not p.family_first:
            return f"{p.given[0]}. {p.family}", way
        if way == "honorific":
            h = L[lang]["mr"] if r.random() < 0.5 else L[lang]["ms"]
            return h.format(p.family if p.script != "Hangul" else p.full), way
        if way == "upper_family" and p.script == "Latin" and not p.family_first:
            return f"{p.family.upper()} {p.given}", way
        return p.full, "full"

    def email(self, p: src.Person) -> str:
        r = self.r
        if not p.latin_given:
            # a name in a script with no romanisation here: an address with no name in it
            return f"{r.choice(['info', 'mail', 'contact', 'user'])}{r.randint(100, 9999)}@{r.choice(['gmail.com', 'yahoo.com'])}"
        g, f = p.latin_given.lower().replace(" ", ""), p.latin_family.lower().replace(" ", "")
        local = r.choice([f"{g}.{f}", f"{g}{f}", f"{g[0]}{f}", f"{g}_{f}{r.randint(1, 99)}", f"{f}.{g}",
                          f"{g}{r.randint(70, 99)}"])
        dom = {"uk": ["ukr.net", "i.ua", "gmail.com", "meta.ua"], "pl": ["wp.pl", "o2.pl", "interia.pl", "onet.pl"],
               "ko": ["naver.com", "daum.net", "gmail.com"], "vi": ["yahoo.com.vn", "gmail.com", "fpt.vn"],
               "br": ["uol.com.br", "bol.com.br", "gmail.com"], "es": ["hotmail.es", "telefonica.net", "gmail.com"]}
        return f"{local}@{r.choice(dom[p.culture] + ['outlook.com', 'proton.me'])}"

    def handle(self, p: src.Person) -> str:
        if not p.latin_given:
            return "@" + self.r.choice(["star", "blue", "night", "sun"]) + str(self.r.randint(10, 9999))
        g, f = p.latin_given.lower().replace(" ", ""), p.latin_family.lower().replace(" ", "")
        return "@" + self.r.choice([f"{g}_{f}", f"{g}.{f[:4]}{self.r.randint(1, 99)}", f"{f}{g[:3]}",
                                    f"real_{g}{f[:1]}"])

    def url(self, p: src.Person) -> str:
        if not p.latin_given:
            return f"https://www.instagram.com/{self.handle(p)[1:]}/"
        g, f = p.latin_given.lower().replace(" ", ""), p.latin_family.lower().replace(" ", "")
        r = self.r
        return r.choice([f"https://www.linkedin.com/in/{g}-{f}-{r.randint(10, 999)}{r.choice('abcdef')}",
                         f"https://github.com/{g}{f}", f"https://www.facebook.com/{g}.{f}",
                         f"https://{g}{f}.wordpress.com/about", f"https://www.instagram.com/{g}_{f}/"])

    def phone(self, country: str) -> str:
        import phonenumbers

        r = self.r
        d = lambda n: "".join(r.choice("0123456789") for _ in range(n))  # noqa: E731
        plans = {
            "PL": lambda: (f"+48 {r.choice('5678')}{d(2)} {d(3)} {d(3)}", f"{r.choice('5678')}{d(2)}-{d(3)}-{d(3)}"),
            "UA": lambda: (f"+380 {r.choice(['50', '66', '67', '68', '97', '98', '63', '73', '93'])} {d(3)} {d(2)} {d(2)}",
                           f"0{r.choice(['50', '67', '97', '93'])} {d(3)}-{d(2)}-{d(2)}"),
            "KR": lambda: (f"+82 10-{d(4)}-{d(4)}", f"010-{d(4)}-{d(4)}"),
            "VN": lambda: (f"+84 {r.choice(['90', '91', '93', '96', '97', '98', '86'])} {d(3)} {d(4)}",
                           f"0{r.choice(['90', '91', '93', '96', '97', '98'])}{d(1)} {d(3)} {d(3)}"),
            "BR": lambda: (f"+55 {r.choice(['11', '21', '41', '31', '51'])} 9{d(4)}-{d(4)}",
                           f"({r.choice(['11', '21', '41'])}) 9{d(4)}-{d(4)}"),
            "ES": lambda: (f"+34 6{d(2)} {d(2)} {d(2)} {d(2)}", f"6{d(2)} {d(3)} {d(3)}"),
            "MA": lambda: (f"+212 6{d(2)}-{d(6)}", f"06 {d(2)} {d(2)} {d(2)} {d(2)}"),
            "LK": lambda: (f"+94 7{r.choice('1245678')} {d(3)} {d(4)}", f"07{r.choice('1245678')}-{d(7)}"),
            "KH": lambda: (f"+855 {r.choice(['12', '17', '77', '92', '10', '15'])} {d(3)} {d(3)}",
                           f"0{r.choice(['12', '17', '77', '92'])} {d(3)} {d(3)}"),
            "BD": lambda: (f"+880 1{r.choice('3456789')}{d(2)}-{d(6)}", f"01{r.choice('3456789')}{d(2)}-{d(6)}"),
            "DE": lambda: (f"+49 1{r.choice(['51', '52', '60', '70', '71', '76'])} {d(7)}",
                           f"01{r.choice(['51', '60', '70', '76'])}/{d(7)}"),
            "FR": lambda: (f"+33 {r.choice('67')} {d(2)} {d(2)} {d(2)} {d(2)}",
                           f"0{r.choice('67')} {d(2)} {d(2)} {d(2)} {d(2)}"),
            "TR": lambda: (f"+90 5{r.choice(['30', '32', '42', '05', '55'])} {d(3)} {d(2)} {d(2)}",
                           f"05{r.choice(['30', '32', '42', '55'])} {d(3)} {d(2)} {d(2)}"),
            "ID": lambda: (f"+62 81{r.choice('23')}-{d(4)}-{d(4)}", f"081{r.choice('23')}-{d(4)}-{d(4)}"),
            "IR": lambda: (f"+98 9{r.choice(['12', '35', '01', '19', '21'])} {d(3)} {d(4)}",
                           f"09{r.choice(['12', '35', '01', '19'])} {d(3)} {d(4)}"),
        }
        for _ in range(200):
            intl, nat = plans[country]()
            num = phonenumbers.parse(intl)
            if phonenumbers.is_valid_number(num):
                if r.random() < 0.5:
                    return intl
                # the national form of the same number
                n2 = phonenumbers.parse(nat, country)
                if phonenumbers.is_valid_number(n2):
                    return nat
                return intl
        raise RuntimeError(f"no valid phone for {country}")

    def iban(self) -> str:
        from stdnum import iban

        r = self.r
        shapes = {"PL": 24, "DE": 18, "ES": 20, "PT": 21, "UA": 25, "FR": 23, "TR": 22}
        for _ in range(20000):
            cc = r.choice(list(shapes))
            bban = "".join(r.choice("0123456789") for _ in range(shapes[cc]))
            if cc == "TR":
                bban = bban[:5] + "0" + bban[6:]
            num = cc + iban.calc_check_digits(cc + "00" + bban) + bban
            if iban.is_valid(num):
                return iban.format(num) if r.random() < 0.6 else num
        raise RuntimeError("no iban")

    def card(self) -> str:
        from stdnum import luhn

        r = self.r
        prefix = r.choice(["4", "51", "53", "55", "2221", "2720", "34", "37"])
        n = 15 if prefix in ("34", "37") else 16
        body = prefix + "".join(r.choice("0123456789") for _ in range(n - len(prefix) - 1))
        num = body + luhn.calc_check_digit(body)
        if n == 16:
            sep = r.choice([" ", "-", ""])
            return sep.join(num[i:i + 4] for i in range(0, 16, 4))
        return f"{num[:4]} {num[4:10]} {num[10:]}"

    def ip(self) -> str:
        import ipaddress

        r = self.r
        while True:
            if r.random() < 0.8:
                a = ipaddress.IPv4Address(r.getrandbits(32))
            else:
                a = ipaddress.IPv6Address((0x2A02 << 112) | r.getrandbits(100))
            if a.is_global and not a.is_reserved:
                return str(a)

    def dob(self, lang: str) -> tuple[str, int]:
        y, m, d = self.r.randint(1950, 2004), self.r.randint(1, 12), self.r.randint(1, 28)
        return write_date(lang, y, m, d, self.r.randint(0, 9)), 2026 - y

    def place(self, lang: str) -> src.Place:
        r = self.r
        if lang == "ar":
            return r.choice(self.places["MA"])
        if lang in ("pl", "uk", "cs"):
            return r.choice(self.places["PL"])
        pick = r.choice(["PL", "LK", "LK", "KH", "BD", "MA"])
        p = r.choice(self.places[pick])
        if p.script != "Latin" and r.random() < 0.6:
            return src.Place(p.latin, p.country, "Latin")
        return p

    def street(self, lang: str, p: src.Person) -> tuple[str, list[str]]:
        """A street address line as ``lang`` writes it, and the words that name it."""
        r = self.r
        n = r.randint(1, 180)
        sur = r.choice([x for x in self.pl_sur[:300] if not x.endswith(("ska", "cka"))])
        town = self.place(lang)
        ukr = r.choice(self.ua_l)
        forms = {
            "en": (f"{n} {town.name} Road", [town.name]),
            "de": (f"{sur}straße {n}", [sur + "straße"]),
            "fr": (f"{n} rue {r.choice(self.places['MA']).latin}", []),
            "es": (f"Calle {town.name} {n}", [town.name]),
            "pt": (f"Rua {r.choice(self.br)} {sur}, {n}", []),
            "it": (f"Via {sur} {n}", [sur]),
            "nl": (f"{sur}straat {n}", [sur + "straat"]),
            "pl": ((f"ul. {sur[:-1]}iego {n}/{r.randint(1, 40)}" if sur.endswith(("ski", "cki"))
                    else f"ul. {town.name} {n}"), []),
            "uk": (f"вул. {ukr} {n}", [ukr]),
            "ru": (f"ул. {ukr}, д. {n}, кв. {r.randint(1, 90)}", [ukr]),
            "ko": (f"{town.latin or town.name}로 {n}", []),
            "vi": (f"số {n} đường {r.choice(self.vi_fam)} {r.choice(self.vi_given)}", []),
            "sv": (f"{sur}gatan {n}", [sur + "gatan"]),
            "da": (f"{sur}vej {n}", [sur + "vej"]),
            "nb": (f"{sur} gate {n}", [sur]),
            "fi": (f"{sur}nkatu {n}", [sur + "nkatu"]),
            "cs": (f"{sur}ova {n}", [sur + "ova"]),
            "tr": (f"{sur} Sokak No: {n}", [sur]),
            "id": (f"Jl. {town.name} No. {n}", [town.name]),
            "ro": (f"Str. {sur} nr. {n}", [sur]),
            "hu": (f"{sur} utca {n}.", [sur]),
            "ar": (f"{n} شارع {r.choice(self.places['MA']).name}", []),
        }
        text, names = forms[lang]
        if not names:
            # the name part of the street: every word but the generic ones and the house number
            generic = {"ul", "rue", "rua", "đường", "số", "شارع", "로"}
            names = [w for w in words(text) if not w.isdigit() and w.casefold() not in generic]
        return text, names

    # ----------------------------------------------------------------------------------------------- planting

    def plant(self, rec: Rec, kind: str, text: str, lang: str, units: list[str] | None = None,
              numeric: bool = False) -> str:
        if units is None:
            units = [alnum(text)] if numeric else name_units(text)
        else:
            units = [u.casefold() for u in units if u]
        rec.planted.append(Planted(kind, text, script_of(text), lang, units, numeric))
        return text

    def name(self, rec: Rec, p: src.Person, lang: str) -> str:
        text, way = self.written(p, lang)
        units = None
        if way == "honorific":
            units = [w for w in name_units(text) if w in name_units(p.full)]
        return self.plant(rec, "PERSON", text, lang, units)

    def country_of(self, p: src.Person) -> str:
        return {"uk": "UA", "pl": "PL", "ko": "KR", "vi": "VN", "br": "BR", "es": "ES", "fa": "IR"}[p.culture]


# --------------------------------------------------------------------------------------------------- shapes

BRANDS = ["Bosch", "Philips", "Samsung", "IKEA", "Lenovo", "Tefal", "Xiaomi", "Brother", "Logitech", "Zelmer"]
PRODUCTS = [("KTL-2041-BL", "kettle 1.7 l"), ("SCL-118", "kitchen scale"), ("CHG-65W", "USB-C charger 65 W"),
            ("MSE-310", "wireless mouse"), ("LMP-E27", "LED bulb E27"), ("TNR-2420", "toner cartridge")]


def _pp(g: Gen, lang: str) -> tuple[src.Person, str]:
    """A person fitting the language a little more often than not, and their phone's country."""
    r = g.r
    fit = {"pl": "pl", "uk": "uk", "ru": "uk", "ko": "ko", "vi": "vi", "pt": "br", "es": "es", "ar": "fa"}.get(lang)
    p = g.person(fit if fit and r.random() < 0.6 else None)
    if p.culture == "uk" and lang == "ru" and p.script == "Latin":
        p = g.person("uk")
    country = g.country_of(p) if r.random() < 0.7 else r.choice(["DE", "FR", "MA", "LK", "KH", "BD", "TR", "ID"])
    return p, country


def _body(g: Gen, lang: str) -> str:
    return g.r.choice(L[lang]["body"])


def chat(g: Gen, lang: str) -> Rec:
    rec, T, r = Rec({}, lang=lang, shape="chat"), L[lang], g.r
    p, cc = _pp(g, lang)
    parts = [f"{T['hi']}, {T['me'].format(g.name(rec, p, lang))}.", _body(g, lang)]
    extra = r.sample(["dob", "phone", "city", "age", "mail"], 2)
    for e in extra:
        if e == "dob":
            d, _ = g.dob(lang)
            parts.append(f"{T['dob']}: {g.plant(rec, 'DATE_OF_BIRTH', d, lang, numeric=True)}.")
        elif e == "phone":
            parts.append(f"{T['phone']}: {g.plant(rec, 'PHONE_NUMBER', g.phone(cc), lang, numeric=True)}")
        elif e == "city":
            pl = g.place(lang)
            parts.append(T["live"].format(g.plant(rec, "LOCATION", pl.name, lang)) + ".")
        elif e == "age":
            _, age = g.dob(lang)
            parts.append(T["age"].format(g.plant(rec, "AGE", str(age), lang)) + ".")
        else:
            parts.append(f"{T['mail']}: {g.plant(rec, 'EMAIL_ADDRESS', g.email(p), lang)}")
    fix_email_units(rec)
    reply = f"{T['thanks']}, {g.plant(rec, 'PERSON', p.given if p.script != 'Hangul' else p.full, lang)}!"
    rec.record = {"messages": [{"role": "user", "content": " ".join(parts)},
                               {"role": "assistant", "content": reply + " " + r.choice(T["clean"])}]}
    return rec


def fix_email_units(rec: Rec) -> None:
    for v in rec.planted:
        if v.kind == "EMAIL_ADDRESS":
            v.units = [v.text.split("@")[0].casefold()]


def email_msg(g: Gen, lang: str) -> Rec:
    rec, T, r = Rec({}, lang=lang, shape="email"), L[lang], g.r
    p, cc = _pp(g, lang)
    town = g.place(lang)
    street, words = g.street(lang, p)
    mail = g.plant(rec, "EMAIL_ADDRESS", g.email(p), lang)
    sig = [g.plant(rec, "PERSON", p.full, lang), g.plant(rec, "STREET_ADDRESS", street, lang, words),
           g.plant(rec, "LOCATION", town.name, lang), g.plant(rec, "PHONE_NUMBER", g.phone(cc), lang, numeric=True)]
    if town.country == "LK" and r.random() < 0.5:
        sig[2] = f"{sig[2]} {g.plant(rec, 'POSTCODE', town.latin, lang, numeric=True)}"
    body = f"{T['hi']},\n\n{_body(g, lang)} {T['moved'].format(g.plant(rec, 'LOCATION', g.place(lang).name, lang))}."
    body += f"\n\n{T['thanks']}\n--\n" + "\n".join(sig)
    rec.record = {"subject": _body(g, lang)[:48], "from": f"{p.full} <{mail}>", "body": body}
    rec.planted.append(Planted("PERSON", p.full, script_of(p.full), lang, name_units(p.full)))
    fix_email_units(rec)
    return rec


def ticket(g: Gen, lang: str) -> Rec:
    rec, T, r = Rec({}, lang=lang, shape="ticket_json"), L[lang], g.r
    p, cc = _pp(g, lang)
    street, words = g.street(lang, p)
    town = g.place(lang)
    customer = {"name": g.plant(rec, "PERSON", p.full, lang),
                "contact": {"email": g.plant(rec, "EMAIL_ADDRESS", g.email(p), lang),
                            "phone": g.plant(rec, "PHONE_NUMBER", g.phone(cc), lang, numeric=True)},
                "address": {"street": g.plant(rec, "STREET_ADDRESS", street, lang, words),
                            "city": g.plant(rec, "LOCATION", town.name, lang)}}
    if r.random() < 0.4:
        d, _ = g.dob(lang)
        customer["birth_date"] = g.plant(rec, "DATE_OF_BIRTH", d, lang, numeric=True)
    rec.record = {"ticket": {"id": f"T-{r.randint(10000, 99999)}", "status": r.choice(["open", "pending"]),
                             "customer": customer, "messages": [_body(g, lang), r.choice(T["clean"])]}}
    fix_email_units(rec)
    return rec


def form(g: Gen, lang: str) -> Rec:
    rec, T, r = Rec({}, lang=lang, shape="form"), L[lang], g.r
    p, cc = _pp(g, lang)
    street, words = g.street(lang, p)
    d, _ = g.dob(lang)
    lines = [f"{T['name']}: {g.name(rec, p, lang)}", f"{T['dob']}: {g.plant(rec, 'DATE_OF_BIRTH', d, lang, numeric=True)}",
             f"{T['addr']}: {g.plant(rec, 'STREET_ADDRESS', street, lang, words)}",
             f"{T['city']}: {g.plant(rec, 'LOCATION', g.place(lang).name, lang)}",
             f"{T['phone']}: {g.plant(rec, 'PHONE_NUMBER', g.phone(cc), lang, numeric=True)}",
             f"{T['mail']}: {g.plant(rec, 'EMAIL_ADDRESS', g.email(p), lang)}"]
    lines = lines[:1] + r.sample(lines[1:], r.randint(2, 5))
    rec.record = {"text": "\n".join(lines) + "\n\n" + _body(g, lang)}
    fix_email_units(rec)
    return rec


def sft(g: Gen, lang: str) -> Rec:
    rec, T, r = Rec({}, lang=lang, shape="sft"), L[lang], g.r
    p, cc = _pp(g, lang)
    _, age = g.dob(lang)
    n = g.name(rec, p, lang)
    a = g.plant(rec, "AGE", str(age), lang)
    town = g.plant(rec, "LOCATION", g.place(lang).name, lang)
    msg = f"{T['hi']}, {T['me'].format(n)}, {T['age'].format(a)}. {T['moved'].format(town)}. {_body(g, lang)}"
    comp_name = g.plant(rec, "PERSON", p.full, lang)
    rec.record = {"prompt": f"Summarise the customer's message in English:\n\n{msg}",
                  "completion": f"{comp_name} ({a}) recently moved and reports a problem with an order: "
                                f"{r.choice(L['en']['body'])}"}
    return rec


def table(g: Gen, lang: str) -> Rec:
    rec, T, r = Rec({}, lang=lang, shape="notes_table"), L[lang], g.r
    rows = []
    for _ in range(r.randint(2, 4)):
        p, cc = _pp(g, lang)
        rows.append(f"| {g.name(rec, p, lang)} | {g.plant(rec, 'LOCATION', g.place(lang).name, lang)} | "
                    f"{g.plant(rec, 'PHONE_NUMBER', g.phone(cc), lang, numeric=True)} | {r.randint(1, 9)} |")
    head = f"| {T['name']} | {T['city']} | {T['phone']} | # |\n|---|---|---|---|\n"
    rec.record = {"notes": f"{_body(g, lang)}\n\n{head}" + "\n".join(rows) + f"\n\n{r.choice(T['clean'])}"}
    return rec


def lower_chat(g: Gen, lang: str) -> Rec:
    rec, T, r = Rec({}, lang=lang, shape="chat_lower"), L[lang], g.r
    p, cc = _pp(g, lang)
    name = p.full.lower() if p.script != "Hangul" else p.full
    text = f"{T['hi'].lower()} {T['me'].format(g.plant(rec, 'PERSON', name, lang))} {_body(g, lang).lower()}"
    if r.random() < 0.5:
        text += f" {T['phone'].lower()} {g.plant(rec, 'PHONE_NUMBER', g.phone(cc), lang, numeric=True)}"
    rec.record = {"messages": [{"role": "user", "content": text},
                               {"role": "assistant", "content": T["thanks"] + ". " + r.choice(T["clean"])}]}
    return rec


def social(g: Gen, lang: str) -> Rec:
    rec, T = Rec({}, lang=lang, shape="handles_urls"), L[lang]
    p, cc = _pp(g, lang)
    h = g.handle(p)
    u = g.url(p)
    g.plant(rec, "USER_HANDLE", h, lang, [h[1:]])
    slug = u.split("//", 1)[1].split("/", 1)[1].strip("/").split("/")[-1] if "/in/" in u or "github" in u or \
        "facebook" in u or "instagram" in u else u.split("//", 1)[1].split(".")[0]
    g.plant(rec, "PROFILE_URL", u, lang, [slug.split("-")[0] + ("-" + slug.split("-")[1] if "-" in slug else "")])
    text = f"{T['hi']}! {T['me'].format(g.name(rec, p, lang))}. {_body(g, lang)} {h} · {u}"
    rec.record = {"messages": [{"role": "user", "content": text}]}
    return rec


def payment(g: Gen, lang: str) -> Rec:
    rec, T, r = Rec({}, lang=lang, shape="payment"), L[lang], g.r
    p, cc = _pp(g, lang)
    what = r.choice(["iban", "card", "ip"])
    n = g.name(rec, p, lang) if r.random() < 0.7 else None
    lead = f"{T['hi']}, {T['me'].format(n)}." if n else f"{T['hi']}."
    if what == "iban":
        tail = f"IBAN: {g.plant(rec, 'IBAN_CODE', g.iban(), lang, numeric=True)}"
    elif what == "card":
        tail = f"Visa/MC {g.plant(rec, 'CREDIT_CARD', g.card(), lang, numeric=True)}"
    else:
        tail = f"IP {g.plant(rec, 'IP_ADDRESS', g.ip(), lang, numeric=True)}"
    rec.record = {"prompt": f"{lead} {_body(g, lang)} {tail}", "completion": f"{T['thanks']}. {r.choice(T['clean'])}"}
    # a card masked to its last four digits (the default policy's own mask) is no leak: the unit is the rest
    for v in rec.planted:
        if v.kind == "CREDIT_CARD":
            v.units = [alnum(v.text)[:-4]]
    return rec


def structured(g: Gen, lang: str) -> Rec:
    """Personal data where exports and chats put it besides plain text: a phone or card stored as an integer, a
    name as a JSON key, an e-mail spelt out to dodge spam bots, a phone with middle dots, fullwidth digits typed
    with a CJK input method."""
    rec, T, r = Rec({}, lang=lang, shape="structured"), L[lang], g.r
    p, cc = _pp(g, lang)
    variant = r.choice(["int_phone", "name_key", "spelt_email", "int_card", "dotted_phone"])
    rec.shape = "structured_" + variant
    if variant == "int_phone":
        import phonenumbers

        num = phonenumbers.format_number(phonenumbers.parse(g.phone(cc), cc), phonenumbers.PhoneNumberFormat.E164)
        g.plant(rec, "PHONE_NUMBER", num[1:], lang, numeric=True)
        rec.record = {"customer_id": r.randint(10000, 99999), "phone": int(num[1:]), "note": _body(g, lang)}
    elif variant == "name_key":
        n = g.plant(rec, "PERSON", p.full, lang)
        other = g.person()
        n2 = g.plant(rec, "PERSON", other.full, lang)
        rec.record = {"attendance": {n: "present", n2: "absent"}, "session": f"#{r.randint(100, 999)}",
                      "note": _body(g, lang)}
    elif variant == "spelt_email":
        mail = g.email(p)
        local, dom = mail.split("@")
        spelt = local.replace(".", " dot ") + " at " + dom.replace(".", " dot ")
        g.plant(rec, "EMAIL_ADDRESS", spelt, lang, [local.replace(".", " dot ")])
        text = f"{T['hi']}, {T['me'].format(g.name(rec, p, lang))}. {_body(g, lang)} {T['mail']}: {spelt}"
        rec.record = {"messages": [{"role": "user", "content": text}]}
    elif variant == "int_card":
        card = "".join(c for c in g.card() if c.isdigit())
        g.plant(rec, "CREDIT_CARD", card, lang, [card[:-4]], numeric=True)
        rec.record = {"payment": {"card": int(card), "exp": f"{r.randint(1, 12):02d}/{r.randint(27, 31)}"},
                      "holder": g.plant(rec, "PERSON", p.full, lang), "note": _body(g, lang)}
    else:
        phone = g.phone(cc)
        if lang in ("ko",) and r.random() < 0.7:
            shown = "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in phone)  # fullwidth digits
        else:
            # the number's own groups, joined by middle dots
            shown = re.sub(r"[\s\-/()]+", "·", phone).strip("·")
        g.plant(rec, "PHONE_NUMBER", shown, lang, numeric=True)
        text = f"{T['hi']}, {T['me'].format(g.name(rec, p, lang))}. {T['phone']}: {shown}. {_body(g, lang)}"
        rec.record = {"messages": [{"role": "user", "content": text}]}
    return rec


SHAPES = [chat, chat, email_msg, ticket, form, sft, table, lower_chat, social, payment, structured]


def records(seed: int, n: int) -> list[Rec]:
    g = Gen(seed)
    out = []
    for i in range(n):
        lang = LANGS[i % len(LANGS)]
        out.append(g.r.choice(SHAPES)(g, lang))
    return out


# --------------------------------------------------------------------------------------------------- ids


def id_records(seed: int, n: int) -> list[Rec]:
    g = Gen(seed + 1)
    r = g.r
    out = []
    for i in range(n):
        k = ids.KINDS[i % len(ids.KINDS)]
        lang = k.lang
        T = L[lang]
        rec = Rec({}, lang=lang, shape="")
        value = ids.make(k, r)
        label = r.choice(k.labels)
        shape = r.choice(["sentence", "form", "json", "key", "bare", "sentence"])
        rec.shape = "id_" + shape
        v = g.plant(rec, k.kind, value, lang, numeric=True)
        if shape == "sentence":
            text = f"{T['hi']}, {label}: {v}. {_body(g, lang)}"
            rec.record = {"messages": [{"role": "user", "content": text}]}
        elif shape == "form":
            p, _ = _pp(g, lang)
            rec.record = {"text": f"{T['name']}: {g.name(rec, p, lang)}\n{label}: {v}\n\n{_body(g, lang)}"}
        elif shape == "json":
            p, _ = _pp(g, lang)
            rec.record = {"customer": {"name": g.plant(rec, "PERSON", p.full, lang),
                                       "documents": [{"type": label, "number": v}]}, "note": _body(g, lang)}
        elif shape == "key":
            rec.record = {re.sub(r"\W+", "_", label.casefold()).strip("_") or "id": v, "note": _body(g, lang)}
        else:
            rec.record = {"text": f"{_body(g, lang)} {v}"}
        out.append(rec)
    return out


# --------------------------------------------------------------------------------------------------- clean


def clean_records(seed: int, n: int) -> list[Rec]:
    g = Gen(seed + 2)
    r = g.r
    out = []
    for i in range(n):
        lang = LANGS[i % len(LANGS)]
        T = L[lang]
        rec = Rec({}, lang=lang)
        sku, prod = r.choice(PRODUCTS)
        shape = r.choice(["chat", "ticket", "form", "sft", "table", "config"])
        rec.shape = "clean_" + shape
        order = r.randint(10000, 999999)
        when = write_date(lang, 2026, r.randint(1, 12), r.randint(1, 28), r.randint(0, 9))
        if shape == "chat":
            rec.record = {"messages": [
                {"role": "user", "content": f"{T['hi']}. {r.choice(T['clean'])} {_body(g, lang)}"},
                {"role": "assistant", "content": f"{T['thanks']}! {r.choice(T['clean'])} ({when}, #{order})"}]}
        elif shape == "ticket":
            town = r.choice(g.places["PL"] + g.places["LK"]).name
            rec.record = {"ticket": {"id": f"T-{order}", "status": r.choice(["open", "closed", "pending"]),
                                     "product": {"sku": sku, "name": prod, "brand": r.choice(BRANDS)},
                                     "warehouse": {"city": town}, "created": when,
                                     "messages": [_body(g, lang), r.choice(T["clean"])]}}
        elif shape == "form":
            rec.record = {"text": f"Order: {order}\nSKU: {sku}\nBrand: {r.choice(BRANDS)}\nQty: {r.randint(1, 12)}\n"
                                  f"Shipped: {when}\nCarrier: {r.choice(['DHL', 'UPS', 'InPost', 'GLS', 'DPD'])}\n\n"
                                  f"{r.choice(T['clean'])}"}
        elif shape == "sft":
            rec.record = {"prompt": f"Translate into English: {r.choice(T['clean'])}",
                          "completion": r.choice(L["en"]["clean"])}
        elif shape == "table":
            rows = "\n".join(f"| {s} | {p} | {r.randint(1, 40)} | {r.randint(5, 400)}.{r.randint(0, 99):02d} |"
                             for s, p in r.sample(PRODUCTS, 3))
            rec.record = {"notes": f"{r.choice(T['clean'])}\n\n| SKU | item | qty | EUR |\n|---|---|---|---|\n{rows}"}
        else:
            rec.record = {"config": {"service": "billing-api", "version": f"2.{r.randint(0, 9)}.{r.randint(0, 20)}",
                                     "retries": r.randint(1, 5), "timeout_s": r.choice([30, 60, 120]),
                                     "region": r.choice(["eu-central-1", "ap-south-1", "us-east-2"])},
                          "changelog": r.choice(T["clean"]) + " " + r.choice(L["en"]["clean"])}
        out.append(rec)
    return out


# --------------------------------------------------------------------------------------------------- leftover


def leftover_records(seed: int, n: int) -> list[Rec]:
    """A name and e-mail in ``prompt`` repeated verbatim in ``completion``: scrubbed with --fields prompt, the
    gate must fail (the copy would keep them in the completion)."""
    g = Gen(seed + 3)
    out = []
    for i in range(n):
        lang = LANGS[i % len(LANGS)]
        T = L[lang]
        rec = Rec({}, lang=lang, shape="leftover")
        p, cc = _pp(g, lang)
        mail = g.email(p)
        ph = g.phone(cc)
        g.plant(rec, "PERSON", p.full, lang)
        g.plant(rec, "EMAIL_ADDRESS", mail, lang, [mail.split("@")[0]])
        g.plant(rec, "PHONE_NUMBER", ph, lang, numeric=True)
        rec.record = {"prompt": f"{T['hi']}, {T['me'].format(p.full)}. {_body(g, lang)} {T['mail']}: {mail}, "
                                f"{T['phone']}: {ph}",
                      "completion": f"{T['thanks']}, {p.full}! → {mail} / {ph}"}
        out.append(rec)
    return out


# --------------------------------------------------------------------------------------------------- tables


def csv_rows(seed: int, n: int) -> list[Rec]:
    """A Polish shop's customer export: Polish and Ukrainian customers (Ukrainians in Cyrillic or Latin)."""
    g = Gen(seed + 4)
    r = g.r
    out = []
    for _ in range(n):
        p = g.person(r.choice(["pl", "pl", "uk", "uk_lat"]))
        rec = Rec({}, lang="pl", shape="csv_row")
        d, _ = g.dob("pl")
        town = r.choice(g.places["PL"])
        rec.record = {
            "imię": g.plant(rec, "PERSON", p.given, "pl"), "nazwisko": g.plant(rec, "PERSON", p.family, "pl"),
            "data_urodzenia": g.plant(rec, "DATE_OF_BIRTH", d, "pl", numeric=True),
            "miejscowość": g.plant(rec, "LOCATION", town.name, "pl"),
            "telefon": g.plant(rec, "PHONE_NUMBER", g.phone("PL" if p.culture == "pl" else r.choice(["PL", "UA"])),
                               "pl", numeric=True),
            "email": g.plant(rec, "EMAIL_ADDRESS", g.email(p), "pl"),
            "uwagi": r.choice(L["pl"]["body"] + L["pl"]["clean"]),
        }
        fix_email_units(rec)
        out.append(rec)
    return out


def parquet_rows(seed: int, n: int) -> list[Rec]:
    """An international shop's analytics table (E.164 phones, ISO dates of birth, comments in many languages)."""
    import phonenumbers

    g = Gen(seed + 5)
    r = g.r
    out = []
    for i in range(n):
        lang = LANGS[i % len(LANGS)]
        p, cc = _pp(g, lang)
        rec = Rec({}, lang=lang, shape="parquet_row")
        y, m, d = r.randint(1950, 2004), r.randint(1, 12), r.randint(1, 28)
        ph = phonenumbers.format_number(phonenumbers.parse(g.phone(cc), cc), phonenumbers.PhoneNumberFormat.E164)
        rec.record = {
            "full_name": g.plant(rec, "PERSON", p.full, lang),
            "birth_date": g.plant(rec, "DATE_OF_BIRTH", f"{y}-{m:02d}-{d:02d}", lang, numeric=True),
            "city": g.plant(rec, "LOCATION", g.place(lang).name, lang),
            "phone": g.plant(rec, "PHONE_NUMBER", ph, lang, numeric=True),
            "email": g.plant(rec, "EMAIL_ADDRESS", g.email(p), lang),
            "comment": _body(g, lang),
            "order_total": f"{r.randint(5, 900)}.{r.randint(0, 99):02d}",
        }
        fix_email_units(rec)
        out.append(rec)
    return out
