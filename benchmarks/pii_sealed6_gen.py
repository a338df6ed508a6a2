"""Records of the sixth sealed PII set: people, numbers and ordinary text put into the record shapes users train
on (chats, e-mails, tickets, forms, JSON with nested keys and names as keys, SFT prompt/completion, notes with
tables, integers), with every planted value remembered (kind, script, language and the parts that must not
survive). Deterministic for a seed."""

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

import pii_sealed6_ids as ids
import pii_sealed6_src as src
from pii_sealed6_lang import LANGS, Lang


@dataclass
class Planted:
    kind: str           # PERSON, DATE_OF_BIRTH, AGE, STREET_ADDRESS, LOCATION, PHONE_NUMBER, EMAIL_ADDRESS, ...
    value: str
    script: str
    lang: str
    parts: list[str]    # what must not survive: a name's words, a number's digit groups
    numeric: bool = False


@dataclass
class Rec:
    data: dict[str, Any]
    lang: str
    shape: str
    planted: list[Planted] = field(default_factory=list)


def fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c) and (c.isascii()))


def script_of(s: str) -> str:
    for c in s:
        if c.isalpha():
            n = unicodedata.name(c, "")
            for key, name in (("LATIN", "Latin"), ("CYRILLIC", "Cyrillic"), ("GREEK", "Greek"), ("HEBREW", "Hebrew"),
                              ("ARABIC", "Arabic"), ("DEVANAGARI", "Devanagari"), ("TAMIL", "Tamil"),
                              ("CJK", "Han"), ("HANGUL", "Hangul"), ("ETHIOPIC", "Ethiopic")):
                if n.startswith(key):
                    return name
    return "Common"


HONORIFIC = {"en": ("Mr {fam}", "Ms {fam}", "Dr. {fam}"), "de": ("Frau {fam}", "Herr {fam}"),
             "fr": ("M. {fam}", "Mme {fam}"), "es": ("Sr. {fam}", "Sra. {fam}"), "it": ("Sig. {fam}", "Sig.ra {fam}"),
             "pt": ("Sr. {fam}", "Sra. {fam}"), "nl": ("mevrouw {fam}", "meneer {fam}"), "pl": ("Pan {fam}", "Pani {fam}"),
             "cs": ("pan {fam}", "paní {fam}"), "hu": ("{fam} úr", "{fam} asszony"), "tr": ("{giv} Bey", "{giv} Hanım"),
             "ru": ("г-н {fam}", "г-жа {fam}"), "uk": ("пан {fam}", "пані {fam}"), "el": ("κ. {fam}",),
             "he": ("מר {fam}", "גב' {fam}"), "fa": ("آقای {fam}", "خانم {fam}"), "hi": ("श्री {fam}", "श्रीमती {fam}"),
             "ta": ("திரு. {giv}",), "zh": ("{fam}先生", "{fam}女士"), "ko": ("{full} 씨", "{full}님"),
             "am": ("አቶ {giv}", "ወ/ሮ {giv}"), "ur": ("{giv} sahab", "{giv} bhai"), "fi": ("{full}",), "sv": ("{full}",)}

MAIL_DOMAINS = {"DE": ("web.de", "gmx.de", "t-online.de"), "FR": ("orange.fr", "free.fr", "laposte.net"),
                "IT": ("libero.it", "virgilio.it"), "ES": ("telefonica.net", "yahoo.es"), "PT": ("sapo.pt",),
                "NL": ("ziggo.nl", "kpnmail.nl"), "BE": ("skynet.be", "telenet.be"), "PL": ("wp.pl", "onet.pl", "o2.pl"),
                "CZ": ("seznam.cz", "centrum.cz"), "HU": ("freemail.hu", "citromail.hu"), "FI": ("elisanet.fi",),
                "SE": ("telia.com", "bredband.net"), "TR": ("hotmail.com.tr", "yandex.com.tr"), "RU": ("mail.ru", "yandex.ru"),
                "UA": ("ukr.net", "i.ua"), "GR": ("otenet.gr",), "IL": ("walla.co.il", "012.net.il"), "IR": ("chmail.ir",),
                "IN": ("rediffmail.com", "yahoo.co.in"), "PK": ("yahoo.com.pk",), "LK": ("sltnet.lk",),
                "NG": ("yahoo.com.ng",), "ET": ("ethionet.et",), "CN": ("qq.com", "163.com"), "KR": ("naver.com", "daum.net"),
                "GB": ("btinternet.com",), "US": ("outlook.com", "gmail.com"), "AT": ("aon.at",), "CH": ("bluewin.ch",)}


def dob_planted(s: str, lang_code: str) -> Planted:
    """A date of birth: the date as written, and its year (a birth year left beside a removed day and month
    still leaks)."""
    return Planted("DATE_OF_BIRTH", s, script_of(s), lang_code, [s] + [g for g in re.findall(r"\d+", s) if len(g) == 4],
                   True)


class Gen:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.cultures = src.cultures()
        self.places = src.places()
        self.ordinary = src.ordinary()
        self._ko_cache: list[tuple[str, str]] = []

    # -- people --------------------------------------------------------------------------------------------------
    def _korean(self) -> tuple[str, str]:
        if not self._ko_cache:
            import korean_name_generator.namer as namer

            state = random.getstate()
            random.seed(self.rng.randrange(1 << 30))
            names = {namer.generate(bool(i % 2)) for i in range(400)}
            random.setstate(state)
            self._ko_cache = sorted((n[0], n[1:]) for n in names if len(n) >= 2)
        return self.rng.choice(self._ko_cache)

    def person(self, culture: str) -> tuple[str, str, src.Culture]:
        c = self.cultures[culture]
        r = self.rng
        if culture == "ko":
            fam, giv = self._korean()
        elif culture == "zh":
            fam = r.choice(c.family)
            giv = "".join(r.choice(c.given) for _ in range(r.choice((1, 2, 2))))
        elif c.order == "patronymic":
            giv, fam = r.choice(c.given), r.choice(c.family)
        else:
            giv, fam = r.choice(c.given), r.choice(c.family)
        return giv, fam, c

    def name_forms(self, lang: str, giv: str, fam: str, c: src.Culture) -> tuple[str, list[str]]:
        """A way to write the person, and the parts of it that must not survive."""
        r = self.rng
        full = (fam + c.joiner + giv) if c.order == "family_first" else (giv + c.joiner + fam)
        parts = [p for p in re.split(r"[\s\-]+", giv + " " + fam) if p] if c.joiner else [fam, giv]
        style = r.random()
        cased = c.script in ("Latin", "Cyrillic", "Greek")
        if style < 0.45:
            return full, parts
        if style < 0.57 and cased:
            return full.lower(), parts
        if style < 0.67:
            return giv, [p for p in re.split(r"[\s\-]+", giv) if p] if c.joiner else [giv]
        if style < 0.77:
            form = r.choice(HONORIFIC.get(lang, ("{full}",)))
            return form.format(fam=fam, giv=giv, full=full), parts
        if style < 0.85 and cased and c.order != "family_first":
            return f"{fam}, {giv}", parts
        if style < 0.92 and c.script == "Latin":
            return f"{giv[0]}. {fam}", [p for p in re.split(r"[\s\-]+", fam) if p]
        if cased:
            return full.upper() if r.random() < 0.5 else full, parts
        return full, parts

    # -- values --------------------------------------------------------------------------------------------------
    def dob(self, lang: Lang) -> tuple[str, date]:
        d = ids.birth(self.rng)
        form = self.rng.choice(lang.date_forms)
        s = form.format(d=d.day, m=d.month, dd=f"{d.day:02d}", mm=f"{d.month:02d}", y=d.year,
                        mon=lang.months[d.month - 1])
        return s, d

    def plain_date(self, lang: Lang) -> str:
        d = date(2025, 1, 1) + timedelta(days=self.rng.randrange(600))
        form = self.rng.choice(lang.date_forms)
        return form.format(d=d.day, m=d.month, dd=f"{d.day:02d}", mm=f"{d.month:02d}", y=d.year,
                           mon=lang.months[d.month - 1])

    def place(self, country: str, lang: str) -> src.Place | None:
        pools = {"BE": ["BE"], "NL": ["BE"], "FR": ["BE"], "TR": ["TR"], "CZ": ["CZ"], "PK": ["PK"], "LK": ["LK"],
                 "IR": ["IR"], "IN": ["PK", "LK"], "NG": ["VN", "TR"], "GB": ["BE", "VN"], "US": ["VN", "TR"],
                 "DE": ["CZ", "BE"], "AT": ["CZ"], "CH": ["BE"], "ES": ["BE", "TR"], "IT": ["TR", "CZ"],
                 "PT": ["VN", "BE"], "PL": ["CZ"], "HU": ["CZ", "TR"], "FI": ["BE"], "SE": ["BE", "CZ"],
                 "RU": ["CZ"], "UA": ["CZ"], "GR": ["CZ"], "IL": [], "CN": [], "KR": [], "ET": []}.get(country, [])
        if not pools:
            return None
        p = self.rng.choice(self.places[self.rng.choice(pools)])
        if lang in ("ru", "uk", "el"):
            from transliterate import translit

            name = translit(fold(p.name), {"uk": "uk", "ru": "ru", "el": "el"}[lang])
            if re.search(r"[A-Za-z]", name):
                return None
            return src.Place(name, p.postcode, p.country, script_of(name), p.source + " + transliterate")
        return p

    def postcode(self, country: str, place: src.Place | None) -> str:
        r = self.rng
        if place is not None and place.postcode:
            return place.postcode
        shapes = {"DE": "#####", "AT": "####", "CH": "####", "FR": "#####", "BE": "####", "NL": "#### @@",
                  "ES": "#####", "IT": "#####", "PT": "####", "PL": "##-###", "CZ": "### ##", "HU": "####",
                  "FI": "#####", "SE": "### ##", "TR": "#####", "RU": "######", "UA": "#####", "GR": "### ##",
                  "IN": "######", "PK": "#####", "US": "#####", "GB": "@@# #@@", "CN": "######", "KR": "#####"}
        shape = shapes.get(country, "#####")
        return "".join(r.choice("123456789") if ch == "#" else (r.choice("ABDEFGHJLNPRSTWXYZ") if ch == "@" else ch)
                       for ch in shape)

    def address(self, lang: Lang, country: str, fam: str, giv: str) -> tuple[str, list[str], src.Place | None]:
        r = self.rng
        place = self.place(country, lang.code)
        city = place.name if place is not None else ""
        pc = self.postcode(country, place)
        no, apt = str(r.randint(1, 240)), str(r.randint(1, 40))
        form = r.choice([f for f in lang.street if city or "{city}" not in f] or list(lang.street))
        text = form.format(fam=fam, giv=giv, no=no, apt=apt, pc=pc, city=city or fam).strip(", ")
        parts = [p for p in [fam, giv, city] if p and p in text and not p.isdigit()]
        return text, parts, place

    def email(self, giv: str, fam: str, c: src.Culture, country: str) -> str:
        r = self.rng
        dom = r.choice(MAIL_DOMAINS.get(country, ("gmail.com",)))
        if c.script == "Latin":
            g, f = fold(giv).lower().replace(" ", ""), fold(fam).lower().replace(" ", "")
            local = r.choice([f"{g}.{f}", f"{g}{f}{r.randint(1, 99)}", f"{g[0]}{f}", f"{f}_{g}", f"{g}.{f[:1]}"])
        else:
            local = r.choice(["user", "mail", "info", "home", "kontakt"]) + str(r.randint(1000, 99999))
        return f"{local}@{dom}"

    def handle(self, giv: str, fam: str, c: src.Culture) -> tuple[str, str]:
        r = self.rng
        if c.script == "Latin":
            base = fold(giv).lower()[:8] + r.choice(["_", ".", ""]) + fold(fam).lower()[:6]
        else:
            base = r.choice(["star", "blue", "nova", "pixel", "tiger"]) + r.choice(["_", ""]) + str(r.randint(10, 999))
        base = re.sub(r"[^a-z0-9_.]", "", base) + str(r.randint(1, 99))
        if c.script == "Latin":
            slug = f"{fold(giv).lower()}-{fold(fam).lower()}".replace(" ", "-")
            slug = re.sub(r"[^a-z0-9-]", "", slug) + r.choice(["", f"-{r.randrange(16 ** 6):06x}"])
        else:
            slug = r.choice(["sun", "river", "atlas", "maple"]) + r.choice(["-", "."]) + str(r.randint(100, 9999))
        url = r.choice([f"https://www.linkedin.com/in/{slug}", f"https://github.com/{slug.replace('.', '-')}",
                        f"https://www.facebook.com/{slug.replace('-', '.')}"])
        return "@" + base, url

    # -- records ------------------------------------------------------------------------------------------------
    def planted_name(self, rec: Rec, lang: Lang, text: str, parts: list[str], c: src.Culture) -> None:
        rec.planted.append(Planted("PERSON", text, c.script, lang.code, parts))

    def people_record(self, lang_code: str) -> Rec:
        r = self.rng
        lang = LANGS[lang_code]
        culture = r.choice(lang.cultures)
        giv, fam, c = self.person(culture)
        country = r.choice(lang.countries)
        rec = Rec({}, lang_code, "")
        name_text, name_parts = self.name_forms(lang_code, giv, fam, c)
        self.planted_name(rec, lang, name_text, name_parts, c)
        bits: list[str] = [r.choice(lang.hello), r.choice(lang.intro).format(name=name_text)]
        fields: dict[str, str] = {"name": name_text}
        n = r.randint(2, 4)
        for what in r.sample(["dob", "age", "live", "moved", "phone", "email", "third", "handle", "iban"], n):
            if what == "dob":
                s, _ = self.dob(lang)
                rec.planted.append(dob_planted(s, lang_code))
                bits.append(r.choice(lang.dob).format(dob=s))
                fields["dob"] = s
            elif what == "age":
                a = str(r.randint(19, 83))
                rec.planted.append(Planted("AGE", a, "Common", lang_code, [a], True))
                bits.append(r.choice(lang.age).format(age=a))
                fields["age"] = a
            elif what == "live":
                sg, sf, _ = self.person(culture)   # streets are named after other people
                a, parts, place = self.address(lang, country, sf if c.script != "Han" else sg, sg)
                rec.planted.append(Planted("STREET_ADDRESS", a, script_of(a), lang_code, [a] + parts))
                bits.append(r.choice(lang.live).format(addr=a))
                fields["address"] = a
            elif what == "moved":
                p = self.place(country, lang_code)
                if p is None:
                    continue
                rec.planted.append(Planted("LOCATION", p.name, p.script, lang_code, [p.name]))
                bits.append(r.choice(lang.moved).format(city=p.name))
                fields["city"] = p.name
            elif what == "phone":
                ph = ids.make_phone(country if country in ids.PHONE_PLANS else "GB", r)
                rec.planted.append(Planted("PHONE_NUMBER", ph, "Common", lang_code, [ph], True))
                bits.append(r.choice(lang.phone).format(phone=ph))
                fields["phone"] = ph
            elif what == "email":
                e = self.email(giv, fam, c, country)
                rec.planted.append(Planted("EMAIL_ADDRESS", e, "Latin", lang_code, [e, e.split("@")[0]]))
                bits.append(r.choice(lang.email).format(email=e))
                fields["email"] = e
            elif what == "third" and lang.third:
                g2, f2, c2 = self.person(r.choice(lang.cultures))
                t2, p2 = self.name_forms(lang_code, g2, f2, c2)
                self.planted_name(rec, lang, t2, p2, c2)
                g3, f3, c3 = self.person(r.choice(lang.cultures))
                t3, p3 = self.name_forms(lang_code, g3, f3, c3)
                self.planted_name(rec, lang, t3, p3, c3)
                bits.append(r.choice(lang.third).format(name=t2, name2=t3))
            elif what == "handle":
                h, url = self.handle(giv, fam, c)
                rec.planted.append(Planted("USER_HANDLE", h, "Latin", lang_code, [h[1:]]))
                slug = url.rsplit("/", 1)[1]
                rec.planted.append(Planted("PROFILE_URL", url, "Latin", lang_code,
                                           [slug] + [w for w in re.split(r"[-.]", slug) if len(w) >= 3 and w.isalpha()]))
                bits.append(f"{h} · {url}")
            elif what == "iban":
                cc = country if country in ids.IBAN_BBAN else "DE"
                ib = ids.make_iban(cc, r)
                rec.planted.append(Planted("IBAN_CODE", ib, "Latin", lang_code, [ib], True))
                bits.append(f"IBAN {ib}")
        k = str(r.randint(2, 21))
        bits.append(r.choice(lang.issue).format(n=r.randint(10000, 999999), k=k))
        bits.append(r.choice(lang.bye))
        self.shape(rec, lang, bits, fields)
        return rec

    def shape(self, rec: Rec, lang: Lang, bits: list[str], fields: dict[str, str]) -> None:
        r = self.rng
        shape = r.choice(["chat", "email", "ticket", "form", "sft", "table", "keyed", "plain"])
        L = lang.labels
        sep = "" if lang.code in ("zh",) else " "
        if shape == "chat":
            cut = max(2, len(bits) // 2)
            rec.data = {"messages": [{"role": "user", "content": sep.join(bits[:cut])},
                                     {"role": "assistant", "content": r.choice(lang.bye)},
                                     {"role": "user", "content": sep.join(bits[cut:])}]}
        elif shape == "email":
            rec.data = {"subject": bits[-2][:60], "body": "\n\n".join([bits[0], sep.join(bits[1:-1]), bits[-1]])}
        elif shape == "ticket":
            cust: dict[str, Any] = {"name": fields["name"]}
            contact = {k: v for k, v in fields.items() if k in ("email", "phone")}
            if contact:
                cust["contact"] = contact
            rest = {k: v for k, v in fields.items() if k not in ("name", "email", "phone")}
            rec.data = {"ticket": {"ref": f"T-{r.randint(1000, 99999)}", "customer": cust,
                                   "details": rest, "description": sep.join(b for b in bits[2:])}}
        elif shape == "form":
            lines = [f"{L.get(k, k)}: {v}" for k, v in fields.items()]
            rec.data = {"text": "\n".join(lines) + "\n\n" + sep.join(bits[-2:])}
        elif shape == "sft":
            rec.data = {"prompt": sep.join(bits[:-1]), "completion": bits[-1]}
        elif shape == "table":
            keys = [k for k in fields]
            head = "| " + " | ".join(L.get(k, k) for k in keys) + " |"
            rule = "|" + "---|" * len(keys)
            row = "| " + " | ".join(fields[k] for k in keys) + " |"
            rec.data = {"text": sep.join(bits[-2:]) + "\n\n" + "\n".join([head, rule, row])}
        elif shape == "keyed":
            person = {k: v for k, v in fields.items() if k != "name"}
            rec.data = {"contacts": {fields["name"]: person or {"note": bits[-2]}}, "note": sep.join(bits[-2:])}
        else:
            rec.data = {"text": sep.join(bits)}
        rec.shape = shape

    def id_record(self, lang_code: str) -> Rec:
        r = self.rng
        lang = LANGS[lang_code]
        rec = Rec({}, lang_code, "")
        bits = [r.choice(lang.hello)]
        fields: dict[str, str] = {}
        kinds = [k for k in ids.ID_KINDS]
        for _ in range(r.randint(1, 3)):
            kind = r.choice(kinds)
            v = ids.make_id(kind, r)
            w = ids.written(kind, v, r)
            label = ID_LABELS.get(kind.kind, "ID")
            rec.planted.append(Planted(kind.kind, w, "Latin" if re.search(r"[A-Z]", w) else "Common", lang_code,
                                       [v], True))
            style = r.random()
            if style < 0.6:
                bits.append(r.choice(lang.idnum).format(idlabel=label, id=w))
            elif style < 0.8:
                fields[label] = w
            else:
                bits.append(r.choice(UNLABELLED).format(id=w))
        for _ in range(r.randint(0, 2)):
            extra = r.choice(["card", "btc", "ip", "passport", "mrn", "dl", "iban"])
            if extra == "card":
                v = ids.make_card(r)
                rec.planted.append(Planted("CREDIT_CARD", v, "Common", lang_code, [v], True))
                bits.append(r.choice(["card {v}", "Visa/MC: {v}", "paid with {v}"]).format(v=v))
            elif extra == "btc":
                v = ids.make_bitcoin(r)
                rec.planted.append(Planted("CRYPTO", v, "Latin", lang_code, [v]))
                bits.append(r.choice(["BTC {v}", "wallet: {v}", "send the refund to {v}"]).format(v=v))
            elif extra == "ip":
                v = ids.make_ip(r)
                rec.planted.append(Planted("IP_ADDRESS", v, "Common", lang_code, [v], True))
                bits.append(r.choice(["IP {v}", "logged in from {v}", "client_ip={v}"]).format(v=v))
            elif extra == "passport":
                v = r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + ids.digits(r, 8)
                rec.planted.append(Planted("US_PASSPORT", v, "Latin", lang_code, [v], True))
                bits.append(r.choice(["passport no. {v}", "Passport: {v}"]).format(v=v))
            elif extra == "mrn":
                v = ids.digits(r, 8, "123456789")
                rec.planted.append(Planted("MEDICAL_RECORD_NUMBER", v, "Common", lang_code, [v], True))
                bits.append(r.choice(["MRN {v}", "medical record number: {v}", "hospital no. {v}"]).format(v=v))
            elif extra == "dl":
                v = r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + ids.digits(r, 7)
                rec.planted.append(Planted("US_DRIVER_LICENSE", v, "Latin", lang_code, [v], True))
                bits.append(r.choice(["driver license {v}", "DL# {v}", "driving licence: {v}"]).format(v=v))
            else:
                cc = r.choice(list(ids.IBAN_BBAN))
                v = ids.make_iban(cc, r)
                rec.planted.append(Planted("IBAN_CODE", v, "Latin", lang_code, [v], True))
                bits.append(r.choice(["IBAN: {v}", "refund to {v}", "account {v}"]).format(v=v))
        bits.append(r.choice(lang.issue).format(n=r.randint(10000, 999999), k=r.randint(2, 21)))
        bits.append(r.choice(lang.bye))
        sep = "" if lang.code == "zh" else " "
        shape = r.choice(["text", "form", "json", "chat"])
        if shape == "form" or fields:
            rec.data = {"text": sep.join(bits) + ("\n" + "\n".join(f"{k}: {v}" for k, v in fields.items())
                                                  if fields else "")}
            shape = "form"
        elif shape == "json":
            rec.data = {"customer": {"verification": {"note": sep.join(bits[1:-1])}}, "text": bits[-1]}
        elif shape == "chat":
            rec.data = {"messages": [{"role": "user", "content": sep.join(bits)},
                                     {"role": "assistant", "content": r.choice(lang.bye)}]}
        else:
            rec.data = {"text": sep.join(bits)}
        rec.shape = shape
        return rec

    def clean_record(self, lang_code: str) -> Rec:
        """Ordinary data with no personal data: orders, products, companies, places not about a person, tech words,
        numbers, dates that are not births, prose."""
        r = self.rng
        lang = LANGS[lang_code]
        o = self.ordinary
        bits = [r.choice(lang.hello)]
        for _ in range(r.randint(2, 4)):
            what = r.random()
            if what < 0.3:
                bits.append(r.choice(lang.issue).format(n=r.randint(10000, 999999), k=r.randint(2, 21)))
            elif what < 0.45:
                bits.append(r.choice(CLEAN_EN).format(
                    company=r.choice(o["companies"]), job=r.choice(o["jobs"]), industry=r.choice(o["industries"]),
                    bank=r.choice(o["banks"]), n=r.randint(100, 99999), v=f"{r.randint(1, 9)}.{r.randint(0, 30)}",
                    date=self.plain_date(lang), landmark=r.choice(o["tr_landmarks"]),
                    product=r.choice(o["tr_products"]), pct=r.randint(2, 60), sku=f"{r.randint(100, 999)}-{r.randint(1000, 9999)}",
                    city=(self.place(r.choice(lang.countries), "en") or src.Place("Yalova", "", "TR", "Latin", "")).name))
            elif what < 0.6 and lang.code in ("en", "ur"):
                bits.append(r.choice(o["en_prose"]))
            elif what < 0.6:
                bits.append(self.plain_date(lang) + ": " + r.choice(lang.issue).format(n=r.randint(10, 99999),
                                                                                    k=r.randint(2, 21)))
            elif what < 0.7 and lang.code == "tr":
                bits.append(f"{r.choice(o['tr_landmarks'])} ziyaret saatleri değişti; {r.choice(o['tr_products'])} "
                            f"stokta {r.randint(2, 500)} kg var.")
            elif what < 0.7 and lang.code in ("en", "ur"):
                bits.append("Proverb of the day: " + r.choice(o["si_proverbs"]))
            else:
                bits.append(r.choice(CLEAN_NUM).format(n=r.randint(100, 999999), v=f"{r.randint(1, 9)}.{r.randint(0, 30)}.{r.randint(0, 9)}",
                                                       k=r.randint(2, 64), amt=f"{r.randint(3, 900)}.{r.randint(0, 99):02d}",
                                                       date=self.plain_date(lang)))
        bits.append(r.choice(lang.bye))
        rec = Rec({}, lang_code, "")
        sep = "" if lang.code == "zh" else " "
        shape = r.choice(["chat", "email", "ticket", "sft", "text", "table"])
        if shape == "chat":
            rec.data = {"messages": [{"role": "user", "content": sep.join(bits[:-1])},
                                     {"role": "assistant", "content": bits[-1]}]}
        elif shape == "email":
            rec.data = {"subject": bits[1][:50], "body": "\n\n".join(bits)}
        elif shape == "ticket":
            rec.data = {"ticket": {"ref": f"T-{r.randint(1000, 99999)}", "priority": r.choice(["low", "high"]),
                                   "description": sep.join(bits)}}
        elif shape == "sft":
            rec.data = {"prompt": sep.join(bits[:-1]), "completion": bits[-1]}
        elif shape == "table":
            rows = [f"| {r.choice(self.ordinary['companies'])} | {r.randint(1, 400)} | {r.randint(10, 9999)}.00 |"
                    for _ in range(r.randint(2, 4))]
            rec.data = {"text": sep.join(bits) + "\n\n| item | qty | amount |\n|---|---|---|\n" + "\n".join(rows)}
        else:
            rec.data = {"text": sep.join(bits)}
        rec.shape = shape
        return rec


UNLABELLED = ("please update {id} on file", "ref {id} attached", "({id})", "number {id} was rejected by the form",
              "{id} — see scan")

CLEAN_EN = (
    "{company} moved its {industry} team to the new office; the {job} role is open.",
    "Transfer fees at {bank} rise by {pct}% from {date}.",
    "Version {v} of the app fixes the export bug; build {n} is on the store.",
    "The tour to {landmark} leaves at 9:30 and costs {n} TL; {product} is sold at the gate.",
    "Stock of SKU {sku} fell to {n} units at the {city} warehouse.",
    "Our {city} branch closes at 18:00 on {date}.",
    "The {job} at {company} approved purchase order {n}.",
)

CLEAN_NUM = (
    "Order #{n} — total {amt} EUR, {k} items.", "Tracking code {n} (carrier DHL).", "firmware {v} / error code {k}",
    "Delivered on {date}.", "Invoice {n} due {date}.", "Room {k}, floor 3, building B.", "API v{v} returns HTTP {k}0",
    "SKU {n}-{k} out of stock until {date}.", "Batch {n}: {k} kg.",
)

ID_LABELS = {
    "UK_NHS": "NHS number", "UK_NINO": "National Insurance number", "ES_NIF": "DNI", "ES_NIE": "NIE",
    "IT_FISCAL_CODE": "codice fiscale", "PL_PESEL": "PESEL", "NL_BSN": "BSN", "SE_PERSONNUMMER": "personnummer",
    "FR_NIR": "numéro de sécurité sociale", "DE_TAX_ID": "Steuer-ID", "IN_AADHAAR": "Aadhaar", "IN_PAN": "PAN",
    "BR_CPF": "CPF", "CA_SIN": "SIN", "AU_TFN": "TFN", "US_SSN": "SSN", "US_ITIN": "ITIN",
    "ZA_ID_NUMBER": "SA ID number", "DK_CPR": "CPR-nummer", "NO_FODSELSNUMMER": "fødselsnummer",
    "FI_PERSONAL_IDENTITY_CODE": "henkilötunnus", "BE_NATIONAL_NUMBER": "rijksregisternummer",
    "EE_PERSONAL_CODE": "isikukood", "LT_PERSONAL_CODE": "asmens kodas", "RO_CNP": "CNP", "BG_EGN": "ЕГН",
    "CZ_BIRTH_NUMBER": "rodné číslo", "HR_OIB": "OIB", "GR_AMKA": "ΑΜΚΑ", "IS_KENNITALA": "kennitala",
    "CH_AHV": "AHV-Nummer", "IE_PPS": "PPS number", "CN_RESIDENT_ID": "身份证号", "JP_MY_NUMBER": "マイナンバー",
    "MY_NRIC": "MyKad", "PK_CNIC": "CNIC", "RU_INN": "ИНН", "UA_RNTRC": "РНОКПП", "IL_ID_NUMBER": "מספר זהות",
    "MX_CURP": "CURP", "CL_RUT": "RUT", "AR_CUIT": "CUIL", "KR_RRN": "주민등록번호", "TR_NATIONAL_ID": "TC Kimlik No",
    "TH_TNIN": "เลขประจำตัวประชาชน", "AT_SOCIAL_SECURITY": "Sozialversicherungsnummer",
    "PT_CITIZEN_CARD": "cartão de cidadão", "SI_EMSO": "EMŠO", "ID_NIK": "NIK", "SG_NRIC_FIN": "NRIC",
    "ABA_ROUTING_NUMBER": "routing number", "NZ_IRD": "IRD number", "UK_UTR": "UTR",
}
