"""Seventh sealed PII set (BLIND): the shipped policy's verdict, leaks per kind and content lost on data the
detector's authors did not see. Tuners: do not open, read, grep or run benchmarks/pii_sealed7*.

Sets (fixed seed, written to a temporary folder, never into the repo):
  records   ~500 records in 24 languages, many shapes (chat, e-mail, ticket with nested JSON, form, SFT
            prompt/completion, messages with a system turn, notes with a table, keys that are names, phones as
            integers): people, dates of birth, ages, addresses, towns, phones, e-mails, handles, profile URLs,
            IBANs, cards, IPs, bitcoin addresses;
  ids       ~350 national identifiers of 46 kinds (each accepted by python-stdnum's validator) plus IBANs,
            cards and bitcoin addresses, labelled as their country writes them, or not labelled;
  clean     ~400 ordinary records with nothing personal (orders, products, wines and dishes, towns that are not
            about a person, tech words, dates that are not births, numbers): the gate must pass them;
  leftover  records whose personal values in `prompt` are repeated verbatim in `completion`, scrubbed with
            --fields prompt: the gate must fail;
  csv, parquet  160-row customer tables run through the `governed-tuning scrub` CLI as a user would.

Scoring. Verdict: PiiGate.check on JSONL, the `scrub` exit code for files, with the shipped policy. Right: clean
must pass, leftover must fail; a planted set is judged right when it passes with nothing leaked or fails with
something leaked (a pass over a copy still holding planted values, or a block with nothing left, is wrong).
Leaks are measured on a second copy made with the same policy except that `surrogate` becomes `pseudonymize`
(keyed tokens, so a fake name that happens to equal a planted one never counts) and max_residual_findings is
lifted (so a copy is written even where the shipped policy blocks). A value leaks when any part of it (a
name's word, a street's or town's word, a number's digits, an e-mail's local part, a slug) occurs in its
record's copy more often than in the record with every planted value cut out. Content lost: ordinary words of
the record (planted values cut out) missing from the copy. Nothing personal is printed: counts only.

    python benchmarks/pii_sealed7.py [--policy default] [--sets records,ids,clean,leftover,csv,parquet]
                                     [--json OUT] [--seed 7]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import pii_sealed7_ids as ids  # noqa: E402
import pii_sealed7_src as src  # noqa: E402
from pii_sealed7_lang import LANG_COUNTRIES, LANG_ORIGINS, LANGS  # noqa: E402

NO_SPACE_SCRIPTS = {"Han", "Khmer"}


@dataclass
class Value:
    kind: str
    surface: str
    parts: list[tuple[str, str]]
    script: str = "Latin"
    lang: str = ""
    extra_surfaces: list[str] = field(default_factory=list)


@dataclass
class Rec:
    rid: str
    data: dict[str, Any]
    values: list[Value]
    lang: str
    shape: str


# ---------------------------------------------------------------- values

HONORIFICS = {
    "en": (["Mr", "Mrs", "Ms", "Dr."], False), "de": (["Herr", "Frau", "Dr."], False), "fr": (["M.", "Mme"], False),
    "es": (["Sr.", "Sra."], False), "it": (["sig.", "sig.ra", "dott."], False), "pt": (["Sr.", "Sra."], False),
    "nl": (["dhr.", "mevr."], False), "pl": (["Pan", "Pani"], False), "hu": (["úr", "asszony"], True),
    "sl": (["g.", "ga."], False), "lv": (["kungs", "kundze"], True), "ru": (["г-н", "г-жа"], False),
    "zh": (["先生", "女士"], True), "ar": (["السيد", "السيدة"], False), "tr": (["Bey", "Hanım"], True),
    "sv": (["herr", "fru"], False), "sw": (["Bw.", "Bi."], False), "id": (["Bapak", "Ibu"], False),
    "ro": (["dl.", "dna."], False), "cs": (["pan", "paní"], False), "da": (["hr.", "fru"], False),
    "fi": (["herra", "rouva"], False), "el": (["κ.", "κα"], False), "hi": (["श्री", "श्रीमती"], False),
}

GENERIC_STREET = {w.lower() for w in (
    "utca", "út", "tér", "körút", "street", "road", "avenue", "way", "square", "boulevard", "drive", "lane",
    "cesta", "ulica", "trg", "ul", "rue", "avenue", "de", "la", "le", "du", "des", "al", "el", "no", "kn", "kk",
    "jl", "str", "nr", "d", "г", "ulitsa", "close", "crescent", "highway", "place", "park", "v", "na", "pri",
    "street,", "mohammed", "hassan", "ii", "v.", "sok", "cad")}

DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "mail.ru", "yandex.ru", "freemail.hu",
           "citromail.hu", "siol.net", "inbox.lv", "qq.com", "163.com", "orange.fr", "web.de", "gmx.de", "libero.it",
           "wp.pl", "seznam.cz", "icloud.com", "proton.me", "yahoo.co.ke", "telkomsa.net", "rediffmail.com"]


def ascii_fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if c.isascii() and (c.isalnum() or c in " -")).strip()


def latin_name(rng: random.Random, o: src.Origin, all_o: dict[str, src.Origin]) -> tuple[str, str]:
    """A Latin-script (given, family) of the same origin where one exists (for e-mails and handles)."""
    if o.script == "Latin" and o.family:
        return rng.choice(o.given), rng.choice(o.family)
    if o.script == "Latin":
        return rng.choice(o.given), rng.choice(all_o["us"].family)
    alt = all_o.get("la-" + o.key.split("-")[-1]) if o.key.startswith("ar-") else None
    alt = alt or all_o[rng.choice(["la-EG", "la-MA", "us", "in", "hu", "sl"])]
    return rng.choice(alt.given), rng.choice(alt.family)


PARTICLES = {"al", "el", "de", "da", "van", "der", "von", "bin", "ben", "abu", "abd", "la", "le", "di", "du", "dos",
             "das", "del", "ibn", "bint", "ould"}


def name_words(s: str, script: str) -> list[tuple[str, str]]:
    """A name's identifying words (particles such as 'El' or 'van' alone identify no one)."""
    if script in NO_SPACE_SCRIPTS:
        return [("s", w) for w in s.split() if w]
    return [("w", w) for w in re.findall(r"\w+", s) if len(w) >= 2 and w.lower() not in PARTICLES]


def person(rng: random.Random, o: src.Origin, lang: str) -> Value:
    g = rng.choice(o.given)
    f = rng.choice(o.family) if o.family else ""
    style = rng.random()
    hon, after = HONORIFICS.get(lang, (["Mr"], False))
    if o.joined:  # Han: family and given written together
        full = f + g
        parts = [("s", full)] if style < 0.5 else [("s", g)]
        surface = full if style < 0.8 else (full + rng.choice(hon) if lang == "zh" else full)
        if 0.5 <= style < 0.8:
            parts = [("s", g)]
        return Value("PERSON", surface, parts if parts else [("s", full)], o.script, lang)
    if not f:
        surface = g if style < 0.5 else f"{g} {rng.choice(ids.U)}."
        return Value("PERSON", surface, name_words(g, o.script), o.script, lang)
    full = f"{f} {g}" if o.family_first else f"{g} {f}"
    if style < 0.40:
        surface, parts = full, name_words(full, o.script)
    elif style < 0.52:
        surface, parts = full.lower() if o.script in ("Latin", "Cyrillic", "Greek") else full, name_words(full, o.script)
        parts = [(k, w.lower()) for k, w in parts]
    elif style < 0.64:
        surface, parts = g, name_words(g, o.script)
    elif style < 0.74 and o.script in ("Latin", "Cyrillic"):
        surface, parts = f"{g[0]}. {f}", name_words(f, o.script)
    elif style < 0.86:
        h = rng.choice(hon)
        surface = f"{f} {h}" if after else f"{h} {f}"
        parts = name_words(f, o.script)
    elif o.script == "Latin":
        surface, parts = f"{f.upper()}, {g}", name_words(f"{f} {g}", o.script)
    else:
        surface, parts = f"{f} {g}", name_words(f"{f} {g}", o.script)
    return Value("PERSON", surface, parts, o.script, lang)


def dob(rng: random.Random, lang: str) -> Value:
    b = ids.birth(rng, 1940, 2006)
    L = LANGS[lang]
    styles = list(L["date"])  # type: ignore[arg-type]
    months = list(L["months"])  # type: ignore[arg-type]
    st = rng.choice([s for s in styles if "M" not in s or months] or ["d/m/y"])
    sub = {"d": str(b.day) if "M" in st else f"{b.day:02d}", "m": f"{b.month:02d}", "y": str(b.year), "M": months[b.month - 1] if months else ""}
    out = re.sub(r"(?<![A-Za-z])[dmyM](?![A-Za-z])", lambda m: sub[m.group(0)], st)
    if "M" in st:
        parts: list[tuple[str, str]] = [("s", out)]
    else:
        parts = [("s", out), ("d", re.sub(r"\D", "", out))]
    return Value("DATE_OF_BIRTH", out, parts, "Latin", lang)


def age(rng: random.Random, lang: str) -> Value:
    a = str(rng.randrange(18, 91))
    return Value("AGE", a, [("w", a)], "Latin", lang)


def street_parts(s: str) -> list[tuple[str, str]]:
    return [("w", w) for w in re.findall(r"\w+", s) if len(w) >= 3 and w.lower() not in GENERIC_STREET
            and not w.isdigit()]


def pick_place(rng: random.Random, lang: str, need_street: bool) -> src.Place:
    pl = src.places()
    ccs = [c for c in LANG_COUNTRIES.get(lang, []) if c in pl and (not need_street or pl[c][0].street)]
    if lang == "ar" and not need_street and rng.random() < 0.5:
        ccs = ["DZ-ar"]
    if not ccs:
        ccs = [c for c in pl if not need_street or (pl[c] and pl[c][0].street)]
    return rng.choice(pl[rng.choice(ccs)])


# how each country writes an address (the language's own format for the rest)
ADDR_FMT = {
    "HU": "{postcode} {city}, {street} {num}.", "SI": "{street} {num}, {postcode} {city}",
    "EG": "{num} {street}, {city}", "MA": "{num}, {street}, {city}", "TN": "{num} {street}, {city}",
    "ET": "{street}, House No. {num}, {city}", "GH": "{num} {street}, {city}", "KE": "{street} {num}, {city} {postcode}",
    "NG": "{num} {street}, {city}", "RW": "{street} {num}, {city}", "TZ": "{street} {num}, {city}",
    "UG": "Plot {num}, {street}, {city}", "ZA": "{num} {street}, {city}, {postcode}",
}


def address(rng: random.Random, lang: str) -> Value:
    p = pick_place(rng, lang, need_street=True)
    num = str(rng.randrange(1, 160))
    fmt = ADDR_FMT.get(p.country) or str(LANGS[lang]["addr_fmt"])
    s = fmt.format(num=num, street=p.street, city=p.town, postcode=p.postcode)
    s = re.sub(r"\s+,", ",", s).strip(" ,")
    parts = street_parts(p.street) + [("w", w) for w in re.findall(r"\w+", p.town) if len(w) >= 3]
    if len(p.postcode) >= 4:
        parts.append(("w", p.postcode))
    return Value("STREET_ADDRESS", s, parts, "Latin", lang)


def town(rng: random.Random, lang: str) -> Value:
    p = pick_place(rng, lang, need_street=False)
    t = p.town.strip()
    return Value("LOCATION", t, name_words(t, p.script) if p.script not in NO_SPACE_SCRIPTS else [("s", t)],
                 p.script, lang)


def email(rng: random.Random, o: src.Origin, all_o: dict[str, src.Origin], lang: str) -> Value:
    g, f = (ascii_fold(x).lower().replace(" ", "") for x in latin_name(rng, o, all_o))
    g, f = g or "info", f or "mail"
    st = rng.random()
    local = (f"{g}.{f}" if st < 0.35 else f"{g}{f}{rng.randrange(1, 99)}" if st < 0.55 else f"{g[0]}{f}"
             if st < 0.7 else f"{f}_{g}" if st < 0.85 else f"{g}.{f}{rng.randrange(1960, 2006)}")
    return Value("EMAIL_ADDRESS", f"{local}@{rng.choice(DOMAINS)}", [("s", local)], "Latin", lang)


def handle(rng: random.Random, o: src.Origin, all_o: dict[str, src.Origin], lang: str) -> Value:
    g, f = (ascii_fold(x).lower().replace(" ", "") for x in latin_name(rng, o, all_o))
    h = rng.choice([f"{g}_{f}", f"{g}{f}{rng.randrange(10, 99)}", f"{g[:1]}{f}", f"the{f}{g[:1]}"])
    return Value("USER_HANDLE", "@" + h, [("s", h)], "Latin", lang)


def url(rng: random.Random, o: src.Origin, all_o: dict[str, src.Origin], lang: str) -> Value:
    g, f = (ascii_fold(x).lower().replace(" ", "-") for x in latin_name(rng, o, all_o))
    slug, u = rng.choice([
        (f"{g}-{f}", "https://www.linkedin.com/in/{s}"), (f"{g}{f}", "https://github.com/{s}"),
        (f"{g}.{f}", "https://facebook.com/{s}"), (f"{g}-{f}-{rng.randrange(100, 999)}", "https://www.linkedin.com/in/{s}/"),
        (f"{g}{f}", "https://t.me/{s}"), (f"{g}_{f}", "https://instagram.com/{s}")])
    return Value("URL", u.format(s=slug), [("s", slug)], "Latin", lang)


def phone_v(rng: random.Random, cc: str, lang: str) -> Value:
    s, nsn = ids.phone(rng, cc if cc in ids.PHONE_PLANS else "US")
    return Value("PHONE_NUMBER", s, [("d", nsn)], "Latin", lang)


def num_parts(v: str, alnum: bool) -> list[tuple[str, str]]:
    d = re.sub(r"\D", "", v)
    parts: list[tuple[str, str]] = [("a", re.sub(r"[^0-9A-Za-z]", "", v).upper())] if alnum else [("d", d)]
    if len(d) >= 11:
        parts += [("d", d[i:i + 8]) for i in range(0, len(d) - 7)]
    return parts


def iban_v(rng: random.Random, lang: str) -> Value:
    cc = rng.choice(list(ids.IBAN_BBAN))
    v = ids.iban_number(rng, cc)
    return Value("IBAN_CODE", v, num_parts(v, True), "Latin", lang)


def card_v(rng: random.Random, lang: str) -> Value:
    v = ids.card(rng)
    return Value("CREDIT_CARD", v, num_parts(v, False), "Latin", lang)


def ip_v(rng: random.Random, lang: str) -> Value:
    v = ids.ipv4(rng) if rng.random() < 0.8 else ids.ipv6(rng)
    return Value("IP_ADDRESS", v, [("s", v)], "Latin", lang)


def btc_v(rng: random.Random, lang: str) -> Value:
    v = ids.btc(rng)
    return Value("CRYPTO", v, [("s", v)], "Latin", lang)


# ---------------------------------------------------------------- records

OTHER_KINDS = ["dob", "age", "addr", "city", "phone", "email", "iban", "card", "handle", "url", "ip", "btc"]
KIND_WEIGHTS = [12, 7, 10, 10, 14, 14, 5, 5, 5, 5, 4, 3]


def make_values(rng: random.Random, lang: str, o: src.Origin, all_o: dict[str, src.Origin], n: int) -> dict[str, Value]:
    cc = rng.choice(LANG_COUNTRIES.get(lang) or ["US"])
    kinds: list[str] = []
    while len(kinds) < n:
        k = rng.choices(OTHER_KINDS, KIND_WEIGHTS)[0]
        if k not in kinds:
            kinds.append(k)
    out: dict[str, Value] = {}
    for k in kinds:
        out[k] = {"dob": lambda: dob(rng, lang), "age": lambda: age(rng, lang), "addr": lambda: address(rng, lang),
                  "city": lambda: town(rng, lang), "phone": lambda: phone_v(rng, cc, lang),
                  "email": lambda: email(rng, o, all_o, lang), "iban": lambda: iban_v(rng, lang),
                  "card": lambda: card_v(rng, lang), "handle": lambda: handle(rng, o, all_o, lang),
                  "url": lambda: url(rng, o, all_o, lang), "ip": lambda: ip_v(rng, lang),
                  "btc": lambda: btc_v(rng, lang)}[k]()
    return out


def sentences(rng: random.Random, L: dict[str, Any], vals: dict[str, Value]) -> list[str]:
    out = []
    for k, v in vals.items():
        out.append(rng.choice(L[k]).format(**{k: v.surface}).replace("..", "."))  # '14.04.1974.' ends a sentence
    return out


def pick_origin(rng: random.Random, lang: str, all_o: dict[str, src.Origin]) -> src.Origin:
    keys = [k for k in LANG_ORIGINS.get(lang, []) if k in all_o]
    if not keys or rng.random() < 0.15:
        keys = [k for k in all_o if all_o[k].script == "Latin"] if lang not in ("ar", "zh", "ru") else keys
    return all_o[rng.choice(keys)]


def build_record(rng: random.Random, i: int, all_o: dict[str, src.Origin]) -> Rec:
    lang = rng.choice(list(LANGS))
    L: dict[str, Any] = LANGS[lang]  # type: ignore[assignment]
    o = pick_origin(rng, lang, all_o)
    p = person(rng, o, lang)
    vals = make_values(rng, lang, o, all_o, rng.randrange(2, 5))
    values = [p, *vals.values()]
    sep = "" if lang == "zh" else " "
    hi, me, issue = rng.choice(L["hi"]), rng.choice(L["me"]).format(name=p.surface).replace("..", "."), rng.choice(L["issue"])
    body = sep.join([hi, me, issue, *sentences(rng, L, vals)])
    reply = rng.choice(L["reply"])
    shape = rng.choice(["chat", "email", "ticket", "form", "sft", "system", "table", "keys"])
    rid = f"r{i:04d}"
    data: dict[str, Any]
    if shape == "chat":
        data = {"id": rid, "messages": [{"role": "user", "content": body}, {"role": "assistant", "content": reply}]}
    elif shape == "system":
        data = {"id": rid, "messages": [{"role": "system", "content": "You are a helpful support agent for an online shop."},
                                        {"role": "user", "content": body}, {"role": "assistant", "content": reply}]}
    elif shape == "email":
        sign = p.surface if rng.random() < 0.7 else ""
        data = {"id": rid, "subject": issue[:40], "body": f"{hi}\n\n{sep.join([issue, *sentences(rng, L, vals)])}\n\n"
                                                            f"{rng.choice(L['bye'])}\n{sign}".rstrip()}
        if not sign:
            data["from_name"] = p.surface
    elif shape == "ticket":
        contact: dict[str, Any] = {}
        rest = dict(vals)
        if "email" in rest:
            contact["email"] = rest.pop("email").surface
        if "phone" in rest:
            ph = vals["phone"]
            rest.pop("phone")
            digits = re.sub(r"\D", "", ph.surface)
            if rng.random() < 0.4 and ph.surface.startswith("+"):
                contact["phone"] = int(digits)
                ph.extra_surfaces.append(digits)
            else:
                contact["phone"] = ph.surface
        data = {"id": rid, "ticket": {"channel": rng.choice(["web", "app", "phone"]), "priority": rng.choice(["low", "high"]),
                                      "requester": {"name": p.surface, "contact": contact},
                                      "description": sep.join([issue, *sentences(rng, L, rest)])}}
    elif shape == "form":
        lab = L["lab"]
        lines = [f"{lab['name']}: {p.surface}"]
        labmap = {"dob": "dob", "phone": "phone", "email": "email", "addr": "addr", "city": "city", "age": "age"}
        rest = {}
        for k, v in vals.items():
            if k in labmap:
                lines.append(f"{lab[labmap[k]]}: {v.surface}")
            else:
                rest[k] = v
        lines.append(sep.join([issue, *sentences(rng, L, rest)]))
        data = {"id": rid, "text": "\n".join(lines)}
    elif shape == "sft":
        data = {"id": rid, "prompt": f"Summarise the customer's message.\n\n{body}",
                "completion": f"{p.surface}: {issue} {reply}"}
    elif shape == "table":
        cols = [k for k in vals if k in ("phone", "email", "city", "dob", "age")]
        rest = {k: v for k, v in vals.items() if k not in cols}
        head = "| " + " | ".join(["name", *cols]) + " |"
        row = "| " + " | ".join([p.surface, *(vals[c].surface for c in cols)]) + " |"
        data = {"id": rid, "text": f"Call notes ({rng.choice(['Mon', 'Tue', 'Wed'])})\n{head}\n|" + "---|" * (len(cols) + 1)
                + f"\n{row}\n\n{sep.join([issue, *sentences(rng, L, rest)])}"}
    else:  # a key that is a person's name
        contact_vals = {k: v.surface for k, v in vals.items() if k in ("phone", "email")}
        rest = {k: v for k, v in vals.items() if k not in ("phone", "email")}
        data = {"id": rid, "contacts": {p.surface: contact_vals or {"note": "VIP"}},
                "note": sep.join([issue, *sentences(rng, L, rest)])}
    return Rec(rid, data, values, lang, shape)


def build_records(rng: random.Random, n: int) -> list[Rec]:
    all_o = src.origins()
    return [build_record(rng, i, all_o) for i in range(n)]


ID_LANG = {"SI": "sl", "LV": "lv", "RU": "ru", "CN": "zh", "ZA": "en", "TR": "tr", "IN": "hi", "PK": "en", "ES": "es",
           "PT": "pt", "BR": "pt", "IT": "it", "FR": "fr", "DE": "de", "NL": "nl", "PL": "pl", "SE": "sv", "DK": "da",
           "FI": "fi", "NO": "da", "EE": "en", "LT": "en", "BG": "ru", "RO": "ro", "CZ": "cs", "HR": "sl", "GR": "el",
           "IL": "en", "KR": "en", "TH": "en", "MX": "es", "CL": "es", "AR": "es", "US": "en", "CA": "en", "AU": "en",
           "GB": "en", "MY": "id", "ID": "id", "UA": "ru", "KE": "sw", "CH": "de", "AT": "de", "BE": "nl"}


def build_ids(rng: random.Random, n: int) -> list[Rec]:
    all_o = src.origins()
    kinds = list(ids.ID_KINDS) + ["IBAN_CODE", "CREDIT_CARD", "CRYPTO"]
    out = []
    for i in range(n):
        kind = kinds[i % len(kinds)]
        if kind in ids.ID_KINDS:
            ident = ids.national_id(rng, kind)
            lang = ID_LANG.get(ident.country, "en")
            alnum = bool(re.search(r"[A-Za-z]", ident.value))
            v = Value(kind, ident.value, num_parts(ident.value, alnum), "Latin", lang)
            label = rng.choice(ident.labels)
        else:
            lang = rng.choice(list(LANGS))
            v = {"IBAN_CODE": iban_v, "CREDIT_CARD": card_v, "CRYPTO": btc_v}[kind](rng, lang)
            label = {"IBAN_CODE": "IBAN", "CREDIT_CARD": "card", "CRYPTO": "BTC"}[kind]
        L: dict[str, Any] = LANGS[lang]  # type: ignore[assignment]
        values = [v]
        sep = "" if lang == "zh" else " "
        hi, issue = rng.choice(L["hi"]), rng.choice(L["issue"])
        style = rng.random()
        if style < 0.5:
            idtext = rng.choice(L["idq"]).format(idlabel=label, id=v.surface)
        elif style < 0.8:
            idtext = f"{label}: {v.surface}"
        else:
            idtext = f"({v.surface})"   # no label: the number alone, as people paste it
        parts = [hi]
        if rng.random() < 0.5:
            o = pick_origin(rng, lang, all_o)
            p = person(rng, o, lang)
            values.append(p)
            parts.append(rng.choice(L["me"]).format(name=p.surface).replace("..", "."))
        parts += [issue, idtext]
        text = sep.join(parts)
        rid = f"i{i:04d}"
        data = {"id": rid, "text": text} if rng.random() < 0.7 else {
            "id": rid, "messages": [{"role": "user", "content": text}, {"role": "assistant", "content": rng.choice(L["reply"])}]}
        out.append(Rec(rid, data, values, lang, "id"))
    return out


TECH = ["API", "CSV", "JSON", "OAuth", "SSO", "SDK", "webhook", "Kubernetes", "PostgreSQL", "Parquet", "GPU", "VPN",
        "iOS", "Android", "Bluetooth", "HDMI", "USB-C", "Wi-Fi", "PDF", "QR"]
BRANDS = ["Zwilling", "Bosch", "Philips", "Nokia", "Tefal", "Lego", "Logitech", "Samsung", "Miele", "Ikea", "Braun"]


def build_clean(rng: random.Random, n: int) -> list[Rec]:
    hw = src.hungarian_words()
    pl = src.places()
    out = []
    for i in range(n):
        lang = rng.choice(list(LANGS))
        L: dict[str, Any] = LANGS[lang]  # type: ignore[assignment]
        rid = f"c{i:04d}"
        shape = rng.choice(["chat", "order", "catalog", "sft", "log", "notes", "table"])
        sep = "" if lang == "zh" else " "
        order = rng.randrange(10000, 99999)
        when = f"{rng.randrange(2023, 2027)}-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}"
        if shape == "chat":
            data = {"id": rid, "messages": [
                {"role": "user", "content": sep.join([rng.choice(L["hi"]), rng.choice(L["issue"]),
                                                       rng.choice(L["issue"])])},
                {"role": "assistant", "content": rng.choice(L["reply"])}]}
        elif shape == "order":
            items = [rng.choice(hw[k]) for k in rng.sample(["bor", "desszert", "leves", "udito", "gyumolcs"], 2)]
            data = {"id": rid, "order": {"number": order, "placed": when, "status": rng.choice(["shipped", "pending"]),
                                         "lines": [{"item": it, "qty": rng.randrange(1, 5),
                                                    "price_eur": round(rng.uniform(2, 60), 2)} for it in items]},
                    "note": f"Delivered on {when}, {rng.randrange(1, 6)}-{rng.randrange(6, 10)} days late."}
        elif shape == "catalog":
            b = rng.choice(BRANDS)
            data = {"id": rid, "sku": f"SKU-{rng.randrange(100000, 999999)}", "brand": b,
                    "title": f"{b} {rng.choice(['kettle', 'blender', 'headset', 'drill', 'lamp'])} {rng.randrange(100, 900)}",
                    "tags": rng.sample(TECH, 2), "description": rng.choice(L["issue"])}
        elif shape == "sft":
            data = {"id": rid, "prompt": f"Translate into English: {rng.choice(L['issue'])}",
                    "completion": rng.choice(LANGS["en"]["issue"])}  # type: ignore[index]
        elif shape == "log":
            data = {"id": rid, "text": f"{when}T{rng.randrange(0, 24):02d}:{rng.randrange(0, 60):02d}:00Z GET /api/v2/orders/"
                                       f"{order} 200 {rng.randrange(3, 900)}ms; retry={rng.randrange(0, 4)}; "
                                       f"{rng.choice(TECH)} export finished"}
        elif shape == "notes":
            c = rng.choice([k for k in pl if pl[k] and k != "DZ-ar"])
            t = rng.choice(pl[c]).town
            data = {"id": rid, "text": f"Q{rng.randrange(1, 5)} plan: open a pickup point in {t}; migrate the "
                                       f"{rng.choice(TECH)} export to {rng.choice(TECH)}; release 2.{rng.randrange(0, 9)}."
                                       f"{rng.randrange(0, 9)} on {when}. {rng.choice(hw['folyo'])} river cruise "
                                       f"tickets sold: {rng.randrange(20, 400)}."}
        else:
            rows = [f"| {rng.choice(hw['foetel'])} | {rng.randrange(1, 40)} | {round(rng.uniform(3, 30), 2)} |"
                    for _ in range(3)]
            data = {"id": rid, "text": "| dish | sold | price |\n|---|---|---|\n" + "\n".join(rows)}
        out.append(Rec(rid, data, [], lang, shape))
    return out


def build_leftover(rng: random.Random, n: int) -> list[Rec]:
    all_o = src.origins()
    out = []
    for i in range(n):
        lang = rng.choice(list(LANGS))
        L: dict[str, Any] = LANGS[lang]  # type: ignore[assignment]
        o = pick_origin(rng, lang, all_o)
        p = person(rng, o, lang)
        vals = make_values(rng, lang, o, all_o, 2)
        sep = "" if lang == "zh" else " "
        prompt = sep.join([rng.choice(L["hi"]), rng.choice(L["me"]).format(name=p.surface).replace("..", "."), rng.choice(L["issue"]),
                           *sentences(rng, L, vals)])
        repeat = " ".join(v.surface for v in vals.values())
        completion = f"{p.surface}: {rng.choice(L['reply'])} ({repeat})"
        rid = f"l{i:04d}"
        out.append(Rec(rid, {"id": rid, "prompt": prompt, "completion": completion}, [p, *vals.values()], lang,
                       "leftover"))
    return out


def build_table(rng: random.Random, n: int, int_phone: bool) -> list[Rec]:
    all_o = src.origins()
    hw = src.hungarian_words()
    out = []
    for i in range(n):
        lang = rng.choice(list(LANGS))
        L: dict[str, Any] = LANGS[lang]  # type: ignore[assignment]
        o = pick_origin(rng, lang, all_o)
        p = person(rng, o, lang)
        cc = rng.choice(LANG_COUNTRIES.get(lang) or ["US"])
        em, ph, ct = email(rng, o, all_o, lang), phone_v(rng, cc, lang), town(rng, lang)
        values = [p, em, ph, ct]
        row: dict[str, Any] = {"id": f"t{i:04d}", "customer": p.surface, "email": em.surface}
        if int_phone:
            s = phonenumbers_e164(ph.surface, cc)
            row["phone"] = int(s)
            ph.extra_surfaces.append(s)
        else:
            row["phone"] = ph.surface
        row["city"] = ct.surface
        if rng.random() < 0.5:
            d = dob(rng, lang)
            values.append(d)
            row["birth_date"] = d.surface
        else:
            row["birth_date"] = ""
        row["product"] = rng.choice(hw["bor"] + hw["desszert"])
        row["qty"] = rng.randrange(1, 6)
        row["order_date"] = f"{rng.randrange(2023, 2027)}-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}"
        note = rng.choice(L["issue"])
        if rng.random() < 0.3:
            a = age(rng, lang)
            values.append(a)
            note += (" " if lang != "zh" else "") + rng.choice(L["age"]).format(age=a.surface)
        row["note"] = note
        out.append(Rec(row["id"], row, values, lang, "row"))
    return out


def phonenumbers_e164(s: str, cc: str) -> str:
    import phonenumbers

    try:
        return phonenumbers.format_number(phonenumbers.parse(s, cc if cc in ids.PHONE_PLANS else "US"),
                                          phonenumbers.PhoneNumberFormat.E164)[1:]
    except Exception:
        return re.sub(r"\D", "", s)


# ---------------------------------------------------------------- scoring

def flatten(x: Any) -> str:
    out: list[str] = []

    def walk(v: Any) -> None:
        if isinstance(v, dict):
            for k, w in v.items():
                out.append(str(k))
                walk(w)
        elif isinstance(v, list):
            for w in v:
                walk(w)
        elif v is None:
            return
        else:
            out.append(str(v))
    walk(x)
    return "\n".join(out)


SEP_D = r"[\s.\-/()年月日·]"


def digit_runs(text: str) -> list[str]:
    return [re.sub(r"\D", "", m) for m in re.findall(rf"\d+(?:{SEP_D}{{1,2}}\d+)*", text)]


def alnum_runs(text: str) -> list[str]:
    return [re.sub(r"[^0-9A-Za-z]", "", m).upper() for m in re.findall(r"[0-9A-Za-z]+(?:[\s.\-/][0-9A-Za-z]+)*", text)]


def count_part(kind: str, part: str, text: str, cache: dict[str, Any]) -> int:
    if kind == "w":
        return len(re.findall(rf"(?<!\w){re.escape(part)}(?!\w)", text, flags=re.IGNORECASE))
    if kind == "s":
        return text.lower().count(part.lower())
    if kind == "d":
        runs = cache.setdefault("d", digit_runs(text))
        return sum(r.count(part) for r in runs)
    runs = cache.setdefault("a", alnum_runs(text))
    return sum(r.count(part.upper()) for r in runs)


def baseline_text(rec: Rec) -> str:
    t = flatten(rec.data)
    surf = sorted({s for v in rec.values for s in [v.surface, *v.extra_surfaces]}, key=len, reverse=True)
    for s in surf:
        t = t.replace(s, " ")
    return t


def leaked(rec: Rec, copy: dict[str, Any] | None) -> list[bool]:
    if copy is None:
        return [False] * len(rec.values)
    ct = flatten(copy)
    bt = baseline_text(rec)
    cc: dict[str, Any] = {}
    bc: dict[str, Any] = {}
    out = []
    for v in rec.values:
        out.append(any(count_part(k, p, ct, cc) > count_part(k, p, bt, bc) for k, p in v.parts if p))
    return out


# a word: a run of letters, digits and the combining marks of Indic scripts; a Han or Khmer character alone
# (those scripts put no space between words, so a value written against them must not take the word with it)
WORD = re.compile(r"[\u4e00-\u9fff]|[\u1780-\u17ff]+|(?:[^\W\u4e00-\u9fff\u1780-\u17ff]|[\u0900-\u0dff])+")


def words(text: str) -> Counter[str]:
    return Counter(w.lower() for w in WORD.findall(text) if not w.isdigit() or len(w) >= 2)


def lost(rec: Rec, copy: dict[str, Any] | None) -> tuple[int, int]:
    b = words(baseline_text(rec))
    total = sum(b.values())
    if copy is None:
        return total, total
    c = words(flatten(copy))
    return sum(max(0, n - c[w]) for w, n in b.items()), total


# ---------------------------------------------------------------- running

def write_jsonl(recs: list[Rec], path: Path) -> None:
    path.write_text("".join(json.dumps(r.data, ensure_ascii=False) + "\n" for r in recs), encoding="utf-8")


def read_copy_jsonl(path: Path) -> dict[str, dict[str, Any]]:
    if not path.exists():
        return {}
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            d = json.loads(line)
            out[str(d.get("id"))] = d
    return out


def variant_policy(pii: Any) -> Any:
    ents = {k: (v.model_copy(update={"action": "pseudonymize"}) if v.action == "surrogate" else v)
            for k, v in pii.entities.items()}
    return pii.model_copy(update={"entities": ents, "max_residual_findings": 10 ** 9, "subject_index": False})


def run_gate(pii: Any, inp: Path, out: Path, fields: list[str] | None) -> tuple[str, float]:
    from governed_tuning.gates.pii import PiiGate

    t = time.time()
    res = PiiGate(pii).check(inp, out, fields=fields)
    return res.verdict, time.time() - t


def run_cli(policy: str, inp: Path, out: Path) -> tuple[str, float]:
    exe = Path(sys.executable).parent / "governed-tuning"
    cmd = [str(exe) if exe.exists() else "governed-tuning", "scrub", str(inp), "--out", str(out), "--policy", policy,
           "--no-progress", "--evidence", str(out) + ".evidence.json"]
    t = time.time()
    p = subprocess.run(cmd, capture_output=True, text=True)
    return ("pass" if p.returncode == 0 else "fail"), time.time() - t


def write_table(recs: list[Rec], path: Path) -> None:
    import pandas as pd

    df = pd.DataFrame([r.data for r in recs])
    if path.suffix == ".csv":
        df.to_csv(path, index=False)
    else:
        df.to_parquet(path, index=False)


def read_copy_table(path: Path) -> dict[str, dict[str, Any]]:
    import pandas as pd

    if not path.exists():
        return {}
    df = pd.read_csv(path, dtype=str, keep_default_na=False) if path.suffix == ".csv" else pd.read_parquet(path)
    out = {}
    for row in df.to_dict(orient="records"):
        out[str(row.get("id"))] = {k: ("" if v is None else str(v)) for k, v in row.items()}
    return out


def score(name: str, recs: list[Rec], copies: dict[str, dict[str, Any]], verdict: str, secs: float,
          must: str) -> dict[str, Any]:
    by_kind: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    by_script: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    by_lang: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    by_shape: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    lost_shape: dict[str, list[int]] = defaultdict(lambda: [0, 0])   # shape -> [words, words lost]
    lo = tot = 0
    for r in recs:
        cp = copies.get(r.rid)
        for v, lk in zip(r.values, leaked(r, cp)):
            for d, key in ((by_kind, v.kind), (by_lang, r.lang), (by_shape, r.shape)):
                d[key][0] += 1
                d[key][1] += int(lk)
            if v.kind == "PERSON":
                by_script[v.script][0] += 1
                by_script[v.script][1] += int(lk)
        a, b = lost(r, cp)
        lo += a
        tot += b
        lost_shape[r.shape][0] += b
        lost_shape[r.shape][1] += a
    planted = sum(v[0] for v in by_kind.values())
    nleak = sum(v[1] for v in by_kind.values())
    if must == "pass":
        right = verdict == "pass"
    elif must == "fail":
        right = verdict == "fail"
    else:
        right = (verdict == "pass" and nleak == 0) or (verdict == "fail" and nleak > 0)
    return {"set": name, "records": len(recs), "verdict": verdict, "expected": must, "right": right,
            "planted": planted, "leaked": nleak, "leaked_pct": round(100 * nleak / planted, 2) if planted else 0.0,
            "content_lost_pct": round(100 * lo / tot, 2) if tot else 0.0, "records_in_copy": len(copies),
            "seconds": round(secs, 1), "by_kind": dict(by_kind), "by_script": dict(by_script),
            "by_language": dict(by_lang), "by_shape": dict(by_shape), "content_lost_by_shape": dict(lost_shape)}


def table(title: str, d: dict[str, list[int]]) -> str:
    rows = [f"  {title:<22} {'planted':>8} {'leaked':>7} {'%':>6}"]
    for k in sorted(d, key=lambda k: (-d[k][1] / max(1, d[k][0]), k)):
        n, lk = d[k]
        rows.append(f"  {k:<22} {n:>8} {lk:>7} {100 * lk / max(1, n):>6.1f}")
    return "\n".join(rows)


def build_set(name: str, rng: random.Random, n: int) -> list[Rec]:
    if name in ("csv", "parquet"):
        return build_table(rng, n, int_phone=name == "parquet")
    return {"records": build_records, "ids": build_ids, "clean": build_clean, "leftover": build_leftover}[name](rng, n)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--policy", default="default", help="shipped policy name or policy file (default: default)")
    ap.add_argument("--sets", default="records,ids,clean,leftover,csv,parquet")
    ap.add_argument("--json", dest="json_out", default=None, help="write every figure (counts only) here")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--scale", type=float, default=1.0, help="fraction of each set's size (for a quick look)")
    ap.add_argument("--tables", action="store_true", help="print the per-kind, per-script, per-language tables")
    ap.add_argument("--keep", default=None, help="keep the generated sets and the copies in this folder (outside "
                                                 "the repo: it holds the planted values) instead of a temporary one")
    a = ap.parse_args(argv)
    from governed_tuning.policy import load_policy

    pii = load_policy(a.policy).policy.pii
    var = variant_policy(pii)
    sets = [s.strip() for s in a.sets.split(",") if s.strip()]
    sizes = {"records": 500, "ids": 350, "clean": 400, "leftover": 60, "csv": 160, "parquet": 160}
    t0 = time.time()
    results = []
    key_env = pii.pseudonym_key_env
    tmp = tempfile.TemporaryDirectory(prefix="pii_sealed7_")
    env_key_set = bool(os.environ.get(key_env))
    if not env_key_set:   # a fixed throwaway key (so a run repeats exactly): never the user's own, nothing written
        os.environ[key_env] = hashlib.sha256(f"pii_sealed7-{a.seed}".encode()).hexdigest()
    try:
        d = Path(a.keep) if a.keep else Path(tmp.name)
        d.mkdir(parents=True, exist_ok=True)
        for name in sets:
            n = max(4, int(sizes[name] * a.scale))
            rng = random.Random(f"{a.seed}-{name}")
            recs = build_set(name, rng, n)
            must = {"clean": "pass", "leftover": "fail"}.get(name, "right")
            if name in ("csv", "parquet"):
                inp = d / f"{name}.{'csv' if name == 'csv' else 'parquet'}"
                write_table(recs, inp)
                verdict, secs = run_cli(a.policy, inp, d / f"{name}.out{inp.suffix}")
                vout = d / f"{name}.tok{inp.suffix}"
                _, s2 = run_gate(var, inp, vout, None)
                copies = read_copy_table(vout)
            else:
                inp = d / f"{name}.jsonl"
                write_jsonl(recs, inp)
                fields = ["prompt"] if name == "leftover" else None
                out = d / f"{name}.out.jsonl"
                verdict, secs = run_gate(pii, inp, out, fields)
                if name == "clean" and verdict == "pass":
                    copies, s2 = read_copy_jsonl(out), 0.0
                else:
                    vout = d / f"{name}.tok.jsonl"
                    _, s2 = run_gate(var, inp, vout, fields)
                    copies = read_copy_jsonl(vout)
            r = score(name, recs, copies, verdict, secs + s2, must)
            results.append(r)
            print(f"{name:<9} verdict={r['verdict']:<4} expected={r['expected']:<5} right={str(r['right']):<5} "
                  f"planted={r['planted']:>4} leaked={r['leaked']:>4} ({r['leaked_pct']:.1f}%) "
                  f"content_lost={r['content_lost_pct']:.2f}% ({r['seconds']:.0f}s)", flush=True)
            if a.tables:
                print(table("kind", r["by_kind"]))
                print(table("script (PERSON)", r["by_script"]))
                print(table("language", r["by_language"]))
                print(table("shape", r["by_shape"]))
                print(table("shape: words lost", r["content_lost_by_shape"]).replace("planted", "  words").replace(
                    "leaked", "  lost"))
    finally:
        tmp.cleanup()
        if not env_key_set:
            os.environ.pop(key_env, None)
    total = time.time() - t0
    print(f"total {total:.0f}s, policy {a.policy}, seed {a.seed}")
    if a.json_out:
        Path(a.json_out).write_text(json.dumps({"policy": a.policy, "seed": a.seed, "seconds": round(total, 1),
                                                "sources": src.PACKAGES, "sets": results}, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
