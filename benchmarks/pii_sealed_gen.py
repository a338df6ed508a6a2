"""The sealed held-out PII sets: records of the shapes users' fine-tuning data has, in 20 locales and their
languages, with every planted personal value labelled; national identifiers validated by python-stdnum; and a
clean set with no personal data at all.

Built apart from the tuning generators (``pii_chatgen``, ``pii_idgen``) and from the detector (nothing here
imports ``governed_tuning``): other locales, other languages, other record shapes, other wording, other seeds.

``make_records(n, seed)``, ``make_ids(per_kind, seed)``, ``make_clean(n, seed)`` each return a list of
``Sample``: ``record`` (what a user's JSONL line holds), ``locale``, ``shape`` and ``spans`` (each planted
value: ``kind``, ``value``, ``variant`` saying how it was written, e.g. ``lower``, ``list``, ``url``,
``worded``/``bare`` for dates of birth, ``labelled``/``unlabelled`` for identifiers).
"""

from __future__ import annotations

import datetime as dt
import random
import unicodedata
from dataclasses import dataclass, field

import pii_sealed_ids as ids
from faker import Faker
from pii_sealed_lang import DATE_FORMATS, ORDINARY, L, lang
from stdnum import iban as std_iban
from stdnum import luhn

SEED = 0x5EA1ED
LOCALES = ["en_AU", "en_CA", "en_IE", "en_NZ", "de_AT", "de_CH", "fr_CH", "fr_BE", "nl_BE", "es_MX", "es_AR",
           "pt_PT", "da_DK", "no_NO", "cs_CZ", "sk_SK", "ro_RO", "hu_HU", "ru_RU", "el_GR"]
NATID = {"en_AU": ["AU_TFN"], "en_CA": ["CA_SIN"], "en_IE": ["IE_PPS"], "en_NZ": ["NZ_IRD"], "de_AT": ["AT_SVNR"],
         "de_CH": ["CH_AHV"], "fr_CH": ["CH_AHV"], "fr_BE": ["BE_NN"], "nl_BE": ["BE_NN"],
         "es_MX": ["MX_CURP", "MX_RFC"], "es_AR": ["AR_CUIT"], "pt_PT": ["PT_NIF"], "da_DK": ["DK_CPR"],
         "no_NO": ["NO_FODSELSNUMMER"], "cs_CZ": ["CZ_RC"], "sk_SK": ["SK_RC"], "ro_RO": ["RO_CNP"], "hu_HU": [],
         "ru_RU": ["RU_INN"], "el_GR": ["GR_AMKA"]}
SHAPES = ["chat", "email", "crm_note", "form_dump", "json_form", "csv", "sft", "dpo"]
TODAY = dt.date(2026, 11, 30)
NON_LATIN = {"ru_RU", "el_GR"}
# Faker's lorem words in the language itself (the other locales' lorem is Latin, so they get none)
LOREM = {"en": "en_US", "fr": "fr_FR", "de": "de_DE", "nl": "nl_BE", "es": "es_MX", "da": "da_DK", "cs": "cs_CZ",
         "ru": "ru_RU", "el": "el_GR"}


@dataclass
class Sample:
    record: dict
    locale: str
    shape: str
    spans: list[dict] = field(default_factory=list)


class _Plant:
    """Collects the planted values of one record as its text is written."""

    def __init__(self) -> None:
        self.spans: list[dict] = []

    def __call__(self, kind: str, value: str, variant: str = "") -> str:
        self.spans.append({"kind": kind, "value": value, "variant": variant})
        return value


_FAKERS: dict[str, Faker] = {}


def _faker(locale: str) -> Faker:
    """One Faker per locale (making one costs more than a record); reseeded for every person."""
    if locale not in _FAKERS:
        _FAKERS[locale] = Faker(locale)
    return _FAKERS[locale]


def _fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).lower() \
        .replace("ø", "o").replace("æ", "ae").replace("ß", "ss").replace("ł", "l").replace("đ", "d")


class Person:
    """One person of a locale, drawn with Faker from the record's own random stream."""

    def __init__(self, locale: str, rng: random.Random):
        f = _faker(locale)
        f.seed_instance(rng.getrandbits(32))
        self.f, self.locale, self.lang = f, locale, lang(locale)
        self.first, self.last = f.first_name(), f.last_name()
        if locale == "hu_HU":
            self.full = f"{self.last} {self.first}"  # family name first
        elif locale == "ko_KR":
            self.full = f"{self.last}{self.first}"  # family name first, no space
        elif locale == "ru_RU" and rng.random() < 0.5:
            self.full = f"{self.last} {self.first} {f.middle_name()}"  # ФИО with patronymic
        elif locale in ("es_MX", "es_AR") and rng.random() < 0.5:
            self.full = f"{self.first} {self.last} {f.last_name()}"
        else:
            self.full = f"{self.first} {self.last}"
        latin = locale not in NON_LATIN
        slug_first, slug_last = (_fold(self.first), _fold(self.last)) if latin else (None, None)
        domain = f.free_email_domain()
        if latin and rng.random() < 0.7:
            sep = rng.choice([".", "", "_"])
            self.email = f"{slug_first}{sep}{slug_last}{rng.choice(['', str(rng.randint(1, 99))])}@{domain}"
        else:
            self.email = f.free_email()
        self.slug = (f"{slug_first}-{slug_last}" + rng.choice(["", f"-{rng.randint(10, 9999)}"])) if latin else None
        self.phone = f.phone_number()
        self.city = f.city()
        self.street = f.street_address().replace("\n", ", ")
        self.dob = f.date_of_birth(minimum_age=18, maximum_age=85)
        self.age = str(TODAY.year - self.dob.year - ((TODAY.month, TODAY.day) < (self.dob.month, self.dob.day)))
        fmt = rng.choice(DATE_FORMATS[self.lang])
        self.dob_text = self.dob.strftime(fmt)
        kinds = NATID.get(locale, [])
        self.id_kind = rng.choice(kinds) if kinds else None
        self.natid = ids.make(self.id_kind, rng) if self.id_kind else None
        self.id_label = rng.choice(ids.KINDS[self.id_kind].labels) if self.id_kind else None
        try:
            v = f.iban()
            self.iban = v if std_iban.is_valid(v) else None
        except AttributeError:
            self.iban = None
        card = f.credit_card_number()
        self.card = card if luhn.is_valid(card) else None
        self.handle = "@" + (f.user_name() if rng.random() < 0.5 else f"{slug_first or 'user'}{rng.randint(1, 999)}")
        self.ip = f.ipv4_public()


def _url(p: Person, rng: random.Random) -> tuple[str, str] | None:
    """A profile URL with the person's name in it, and the name as it is written there."""
    if p.slug is None:
        return None
    slug = rng.choice([p.slug, p.slug.replace("-", "."), p.slug.replace("-", "_")])
    site = {"-": "https://www.linkedin.com/in/", ".": "https://facebook.com/", "_": "www.xing.com/profile/"}
    return site[next((c for c in "-._" if c in slug), "-")] + slug, slug


def _facts(p: Person, rel_first: str, team: list[str], P: _Plant, rng: random.Random, k: int) -> list[str]:
    """``k`` sentences of personal facts, in the person's language."""
    T = L[p.lang]
    pool = [
        lambda: T["born"].format(dob=P("DATE_OF_BIRTH", p.dob_text, "worded")),
        lambda: T["age_self"].format(age=P("AGE", p.age)),
        lambda: T["age_rel"].format(rel=P("PERSON", rel_first, "first_only"), age=P("AGE", str(rng.randint(8, 17)))),
        lambda: T["moved"].format(city=P("LOCATION", p.city), street=P("STREET_ADDRESS", p.street)),
        lambda: T["call"].format(phone=P("PHONE_NUMBER", p.phone), email=P("EMAIL_ADDRESS", p.email)),
        lambda: T["team"].format(**{c: P("PERSON", n.lower(), "list_lower") for c, n in zip("abc", team)}),
        lambda: T["handle"].format(handle=P("USER_HANDLE", p.handle)),
    ]
    if p.natid:
        pool.append(lambda: T["idsay"].format(label=p.id_label, value=P(p.id_kind, p.natid, "labelled")))
    if p.iban:
        pool.append(lambda: T["refund"].format(iban=P("IBAN_CODE", p.iban)))
    if p.card:
        pool.append(lambda: T["card"].format(card=P("CREDIT_CARD", p.card)))
    url = _url(p, rng)
    if url:
        pool.append(lambda: T["profile"].format(url=url[0].replace(url[1], P("PERSON", url[1], "url"))))
    if p.lang == "en":
        pool.append(lambda: f"the account is {P('PERSON', p.first, 'possessive')}'s, she is my wife")
    return [fn() for fn in rng.sample(pool, k)]


def _sentence(text: str) -> str:
    """As people type in chats: a full stop added, the first letter left as written (a lower-case name stays)."""
    text = text.strip()
    return text + ("" if text.endswith(("?", ".", "!", ";")) else ".")


def _filler(lg: str, rng: random.Random) -> str:
    """A sentence of Faker's lorem in the language (ordinary words, content to keep), or nothing."""
    if lg not in LOREM or rng.random() < 0.5:
        return ""
    f = _faker(LOREM[lg])
    f.seed_instance(rng.getrandbits(32))
    return " " + f.sentence(nb_words=8)


def _order(rng: random.Random) -> str:
    return str(rng.randint(10**6, 10**9))


def _record(shape: str, locale: str, rng: random.Random) -> Sample:
    p = Person(locale, rng)
    other = Person(locale, rng)  # the agent, a colleague, a relative
    team = [p.f.first_name() for _ in range(3)]
    T, P = L[p.lang], _Plant()
    order, ordinary = _order(rng), rng.choice(ORDINARY[p.lang]) + _filler(p.lang, rng)
    if shape == "chat":
        full = P("PERSON", p.full, "full") if rng.random() < 0.6 else P("PERSON", p.full.lower(), "lower")
        msgs = [("user", f"{T['hello']}, {T['intro'].format(full=full)}. {_sentence(T['order'].format(order=order))}"),
                ("assistant", f"{T['sorry'].format(first=P('PERSON', p.first, 'first_only'))} {T['verify']}"),
                ("user", " ".join(_sentence(s) for s in _facts(p, other.first, team, P, rng, 2))),
                ("assistant", f"{T['thanks'].format(first=P('PERSON', p.first, 'first_only'))} {ordinary}")]
        if rng.random() < 0.5:
            msgs.append(("user", " ".join(_sentence(s) for s in _facts(p, other.first, team, P, rng, 1))))
            msgs.append(("assistant", T["ordinary_close"]))
        rec = {"messages": [{"role": r, "content": c} for r, c in msgs]}
    elif shape == "email":
        body = (f"{T['hello_to'].format(first=P('PERSON', other.first, 'first_only'))},\n\n"
                f"{_sentence(T['order'].format(order=order))} "
                + " ".join(_sentence(s) for s in _facts(p, other.first, team, P, rng, 2))
                + f"\n\n{T['sign']}\n{P('PERSON', p.full, 'signature')}\n{P('STREET_ADDRESS', p.street)}\n"
                f"{P('LOCATION', p.city)}\n{P('PHONE_NUMBER', p.phone)}")
        rec = {"from": P("EMAIL_ADDRESS", p.email), "subject": T["subject"].format(order=order), "body": body}
    elif shape == "crm_note":
        agent = other.first.lower()
        dob = P("DATE_OF_BIRTH", p.dob_text, "bare")
        note = (f"{TODAY - dt.timedelta(days=rng.randint(0, 60))} {P('PERSON', agent, 'lower')}: "
                f"{T['spoke'].format(first=P('PERSON', p.first, 'first_only'), full=P('PERSON', p.full, 'full'))}; "
                f"{P('PERSON', p.last, 'last_only')} ({dob}), login from {P('IP_ADDRESS', p.ip)}. "
                + " ".join(_sentence(s) for s in _facts(p, other.first, team, P, rng, 1)) + f" {ordinary}")
        rec = {"note": note, "owner": P("PERSON", agent, "lower"), "status": "open"}
    elif shape == "form_dump":
        lines = [f"{T['name_label']}: {P('PERSON', p.full, 'full')}",
                 f"{rng.choice([T['dob_label'], T['dob_short']])}: {P('DATE_OF_BIRTH', p.dob_text, 'worded')}",
                 f"{T['addr_label']}: {P('STREET_ADDRESS', p.street)}", f"{T['city_label']}: {P('LOCATION', p.city)}",
                 f"{T['phone_label']}: {P('PHONE_NUMBER', p.phone)}", f"{T['email_label']}: {P('EMAIL_ADDRESS', p.email)}"]
        if p.natid:
            lines.append(f"{p.id_label}: {P(p.id_kind, p.natid, 'labelled')}")
        rng.shuffle(lines)
        rec = {"text": "\n".join(lines), "source": "web form"}
    elif shape == "json_form":
        cust = {"name": P("PERSON", p.full, "full"), "birth_date": P("DATE_OF_BIRTH", p.dob_text, "json_key"),
                "city": P("LOCATION", p.city), "phone": P("PHONE_NUMBER", p.phone), "email": P("EMAIL_ADDRESS", p.email)}
        if p.natid:
            cust["national_id"] = P(p.id_kind, p.natid, "json_key")
        rec = {"customer": cust, "comment": ordinary, "order": order}
    elif shape == "csv":
        bare = rng.random() < 0.5
        header = T["csv_header_bare" if bare else "csv_header"]
        sep = ";" if ";" in header else ","
        rows = [header]
        for q in [p, other, Person(locale, rng)]:
            name = P("PERSON", q.full, "csv")
            dob = P("DATE_OF_BIRTH", q.dob_text, "csv_bare" if bare else "csv_header")
            rows.append(sep.join([name, f'"{dob}"' if sep in dob else dob,
                                  P("LOCATION", q.city), P("PHONE_NUMBER", q.phone)]))
        rec = {"text": "\n".join(rows)}
    elif shape == "sft":
        facts = _facts(p, other.first, team, P, rng, 2)
        low = rng.random() < 0.3
        name = P("PERSON", p.full.lower(), "lower") if low else P("PERSON", p.full, "full")
        prompt = ("Summarise this support message in one sentence.\n\n"
                  f"{T['hello']}, {T['intro'].format(full=name)}. " + " ".join(_sentence(s) for s in facts))
        completion = (f"{P('PERSON', p.first, 'first_only')} {P('PERSON', p.last, 'last_only')} "
                      f"asks about order {order} and updates their details.")
        rec = {"prompt": prompt, "completion": completion}
    elif shape == "dpo":
        facts = _facts(p, other.first, team, P, rng, 2)
        prompt = f"{T['hello']}, {T['intro_short'].format(first=P('PERSON', p.first, 'first_only'))}. " + " ".join(
            _sentence(s) for s in facts)
        chosen = T["thanks"].format(first=P("PERSON", p.first, "first_only")) + " " + ordinary
        rejected = (f"Noted: {P('PERSON', p.full, 'full')}, {P('PHONE_NUMBER', p.phone)}, "
                    f"{P('STREET_ADDRESS', p.street)}, {P('LOCATION', p.city)}.")
        rec = {"prompt": prompt, "chosen": chosen, "rejected": rejected}
    else:
        raise ValueError(shape)
    return Sample(rec, locale, shape, P.spans)


def make_records(n: int = 600, seed: int = SEED) -> list[Sample]:
    """``n`` records with personal data, locales and shapes in turn (every pair is covered), fixed seed."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        s = _record(SHAPES[(i // len(LOCALES)) % len(SHAPES)], LOCALES[i % len(LOCALES)], rng)
        s.record = {"id": i, **s.record}
        out.append(s)
    return out


ID_SHAPES = ["sentence", "form_dump", "csv", "unlabelled"]


def make_ids(per_kind: int = 16, seed: int = SEED + 1) -> list[Sample]:
    """``per_kind`` records per identifier kind, each value accepted by python-stdnum, written in the issuing
    country's language; a quarter carry no label at all (the number beside a name in a note)."""
    rng = random.Random(seed)
    out = []
    for kind, k in ids.KINDS.items():
        for j in range(per_kind):
            p = Person(k.locale, rng)
            T, P = L[p.lang], _Plant()
            value, label = ids.make(kind, rng), rng.choice(k.labels)
            shape = ID_SHAPES[j % len(ID_SHAPES)]
            if shape == "sentence":
                rec = {"messages": [
                    {"role": "user", "content": f"{T['hello']}, {T['intro'].format(full=P('PERSON', p.full, 'full'))}. "
                                                + _sentence(T["idsay"].format(label=label, value=P(kind, value, "labelled")))},
                    {"role": "assistant", "content": T["thanks"].format(first=P("PERSON", p.first, "first_only"))}]}
            elif shape == "form_dump":
                rec = {"text": f"{T['name_label']}: {P('PERSON', p.full, 'full')}\n{label}: {P(kind, value, 'labelled')}\n"
                               f"{T['city_label']}: {P('LOCATION', p.city)}"}
            elif shape == "csv":
                sep = ";" if ";" in T["csv_header"] else ","
                rec = {"text": f"{T['name_label']}{sep}{label}{sep}{T['city_label']}\n"
                               f"{P('PERSON', p.full, 'csv')}{sep}{P(kind, value, 'labelled')}{sep}{P('LOCATION', p.city)}"}
            else:
                rec = {"note": f"{TODAY} {_sentence(T['spoke'].format(first=P('PERSON', p.first, 'first_only'), full=P('PERSON', p.full, 'full')))} "
                               f"Ref. {P(kind, value, 'unlabelled')}."}
            out.append(Sample({"id": len(out), **rec}, k.locale, shape, P.spans))
    return out


PRODUCTS = ["Kindle Paperwhite", "Galaxy Tab S9", "ThinkPad X1 Carbon", "AirPods Pro", "Nespresso Vertuo",
            "Dyson V15 Detect", "PlayStation Portal", "Philips Hue Bridge", "Garmin Forerunner 265", "Sonos Era 100",
            "Ford Focus", "Rose Gold", "Jasmine Green Tea", "Earl Grey", "Victoria Sponge", "Tesla Model Y"]
PLACES = ["Hamburg", "Lyon", "Rotterdam", "Gdańsk", "Porto", "Brno", "Aarhus", "Graz", "Cluj", "Bergen"]
CLEAN_EN = ["The {product} is back in stock at the {place} hub; shipping resumes on {weekday}.",
            "Order {order} was delivered on {date}; the {product} carries a {n}-year warranty.",
            "Firmware v{v} for the {product} fixes the Bluetooth pairing issue reported in Q{q} {year}.",
            "SKU {sku} (EAN {ean}) moves to the Spring Sale list on {date}.",
            "Ticket {ticket}: Customer Care escalated the {product} refund to Billing; the Returns Portal shows it.",
            "Tracking {tracking}: the parcel left {place} on {date} and arrives in {n} to {m} working days.",
            "Black Friday prices apply from {date}; Premium Plus members get Express Delivery free.",
            "Invoice {invoice} for {amount} EUR was paid on {date}, thank you."]


def _ean13(rng: random.Random) -> str:
    d = "".join(rng.choice("0123456789") for _ in range(12))
    return d + str((10 - sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(d)) % 10) % 10)


def make_clean(n: int = 300, seed: int = SEED + 2) -> list[Sample]:
    """``n`` records in the same shapes and languages with no personal data: capitalised product, place,
    weekday and month words, dates (none of them a birth date), product codes, amounts, version numbers."""
    rng = random.Random(seed)
    out = []
    weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
    for i in range(n):
        locale, shape = LOCALES[i % len(LOCALES)], SHAPES[(i // len(LOCALES)) % len(SHAPES)]
        lg = lang(locale)
        T = L[lg]

        def en(lg: str = lg) -> str:
            return rng.choice(CLEAN_EN).format(
                product=rng.choice(PRODUCTS), place=rng.choice(PLACES), weekday=rng.choice(weekdays),
                order=_order(rng), date=(TODAY + dt.timedelta(days=rng.randint(-90, 30))).strftime(
                    rng.choice(DATE_FORMATS[lg])), n=rng.randint(2, 5), m=rng.randint(6, 10),
                v=f"{rng.randint(1, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}", q=rng.randint(1, 4),
                year=rng.choice([2024, 2025, 2026]), sku=f"{rng.choice(['KX', 'TB', 'HS'])}-{rng.randint(100, 9999)}-"
                f"{rng.choice('ABCDEFGH')}", ean=_ean13(rng), ticket=rng.randint(1000, 99999),
                tracking=f"1Z{rng.randint(10**13, 10**14 - 1)}", invoice=f"INV-{rng.randint(2024, 2026)}-"
                f"{rng.randint(1, 9999):04d}", amount=f"{rng.randint(5, 2500)}.{rng.randint(0, 99):02d}")

        native = rng.choice(ORDINARY[lg]) + _filler(lg, rng)
        order = _order(rng)
        if shape == "chat":
            rec = {"messages": [{"role": "user", "content": f"{T['hello']}! {_sentence(T['order'].format(order=order))} {en()}"},
                                {"role": "assistant", "content": f"{native} {en()}"},
                                {"role": "user", "content": en()}, {"role": "assistant", "content": T["ordinary_close"]}]}
        elif shape == "email":
            rec = {"from": "Customer Care", "subject": T["subject"].format(order=order),
                   "body": f"{T['hello']},\n\n{native} {en()}\n\n{T['sign']}\nCustomer Care Team"}
        elif shape == "crm_note":
            rec = {"note": f"{TODAY} {en()} {native}", "owner": "queue-2", "status": "closed"}
        elif shape == "form_dump":
            rec = {"text": f"Product: {rng.choice(PRODUCTS)}\nSKU: KX-{rng.randint(100, 999)}\nEAN: {_ean13(rng)}\n"
                           f"Qty: {rng.randint(1, 9)}\nShip by: {(TODAY + dt.timedelta(days=rng.randint(1, 20))).strftime(rng.choice(DATE_FORMATS[lg]))}",
                   "source": "warehouse form"}
        elif shape == "json_form":
            rec = {"product": {"name": rng.choice(PRODUCTS), "ean": _ean13(rng), "price": rng.randint(10, 900),
                               "release_date": str(TODAY - dt.timedelta(days=rng.randint(10, 900)))},
                   "comment": native, "order": order}
        elif shape == "csv":
            rows = ["product,sku,qty,ship date"] + [
                f"{rng.choice(PRODUCTS)},KX-{rng.randint(100, 999)},{rng.randint(1, 40)},"
                f"{(TODAY + dt.timedelta(days=rng.randint(1, 30))).isoformat()}" for _ in range(3)]
            rec = {"text": "\n".join(rows)}
        elif shape == "sft":
            rec = {"prompt": f"Summarise this support message in one sentence.\n\n{T['hello']}! {native} {en()}",
                   "completion": en()}
        else:
            rec = {"prompt": en(), "chosen": native, "rejected": en()}
        out.append(Sample({"id": i, **rec}, locale, shape, []))
    return out
