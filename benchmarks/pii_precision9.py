"""Precision dev set 9: shops' and help desks' ordinary records in 22 languages, with NO personal data. Every
finding is a false one and every word removed is content lost; the default gate must pass.

    .venv/bin/python benchmarks/pii_precision9.py [--half dev|held|both] [--per 3] [--seed N] [--show]

Built by the precision9 engineer from hand-written words (``pii_precision9_lang.py``: not a generator's locale
files, not the gate's lists, not the blind sets' sources) in the shapes a blind set's clean part lost words in:

- ``status``: order-status notes that start with an ordinary noun ("Comanda 28460 nu a fost expediată."),
  two or three to a record, as plain text or a prompt/completion pair;
- ``menu``: a restaurant's menu as text (a dish per line, a price), and a menu table (a record per dish);
- ``catalogue``: a shop's table, a record per row under the language's own column names: "Brand goods", the
  brand, an EAN-13 article number (valid check digit), a 10-digit order number, a price (24 rows a language
  at ``--per 3``: a table long enough for the gate's column rules);
- ``chat``: a support chat, customer and agent turns, opened with the language's greeting, with technical
  words (SSO, SDK, PostgreSQL), brands and towns (a shop's, a depot's).

Each word list is split in two by position (``--half``): ``dev`` (even items, the half tuned on) and ``held``
(odd items, measured only). Measured like ``pii_precision6.py``: the default gate's verdict (expected pass),
content lost per shape and per language, and what the lost words were taken for; content counts a record's keys
(a table's column names) as well as its values. Nothing is written to the
repository; nothing but counts is printed unless ``--show``.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from pii_precision6 import attribute, table  # noqa: E402  (the same content measure)
from pii_precision9_lang import BRANDS, LANG, TECH, TOWNS  # noqa: E402
from pii_scripts_clean import UNIT, token_policy  # noqa: E402

SHAPES = ["status", "menu", "catalogue", "chat"]
CURRENCY = {"en": "£", "hu": "Ft", "pl": "zł", "cs": "Kč", "sv": "kr", "da": "kr.", "nb": "kr", "ro": "lei",
            "tr": "TL", "id": "Rp", "sw": "TSh", "ru": "₽"}
AGENT = {"en": "Agent", "de": "Kundendienst", "fr": "Conseiller", "es": "Agente", "it": "Operatore", "pt": "Apoio",
         "nl": "Klantenservice", "sv": "Kundtjänst", "da": "Kundeservice", "nb": "Kundeservice", "fi": "Asiakaspalvelu",
         "pl": "Konsultant", "cs": "Podpora", "sk": "Podpora", "hu": "Ügyfélszolgálat", "ro": "Suport",
         "lv": "Atbalsts", "lt": "Pagalba", "tr": "Destek", "id": "CS", "sw": "Huduma", "ru": "Поддержка",
         "hr": "Podrška"}
CUSTOMER = {"en": "Customer", "de": "Kunde", "fr": "Client", "es": "Cliente", "it": "Cliente", "pt": "Cliente",
            "nl": "Klant", "sv": "Kund", "da": "Kunde", "nb": "Kunde", "fi": "Asiakas", "pl": "Klient",
            "cs": "Zákazník", "sk": "Zákazník", "hu": "Ügyfél", "ro": "Client", "lv": "Klients", "lt": "Klientas",
            "tr": "Müşteri", "id": "Pelanggan", "sw": "Mteja", "ru": "Клиент", "hr": "Kupac"}


def flat(rec: dict) -> str:
    """A record's content: its keys (a table's column names) and its values, in order ("id" left out)."""
    return "\n".join(f"{k}\n{v}" for k, v in rec.items() if k != "id")


def half(items: list, which: str) -> list:
    return items[0::2] if which == "dev" else items[1::2]


def ean13(rng: random.Random) -> str:
    body = [rng.randint(0, 9) for _ in range(12)]
    body[0] = rng.choice([4, 5, 8, 9])
    check = (10 - sum(d * (3 if i % 2 else 1) for i, d in enumerate(body)) % 10) % 10
    return "".join(map(str, body)) + str(check)


def price(lang: str, rng: random.Random) -> str:
    cur = CURRENCY.get(lang, "€")
    if cur in ("Ft", "Rp", "TSh", "₽"):
        return f"{rng.randint(9, 480) * 100} {cur}"
    v = f"{rng.randint(3, 900)},{rng.choice(['00', '50', '90', '99'])}"
    return f"{cur}{v.replace(',', '.')}" if cur == "£" else f"{v} {cur}"


def make(per: int, seed: int, which: str, shapes: list[str]) -> list[dict]:
    rng = random.Random(f"{seed}-{which}")
    out: list[dict] = []

    def add(shape: str, lang: str, rec: dict) -> None:
        out.append({"record": {"id": f"{shape}-{lang}-{len(out)}", **rec}, "lang": lang, "shape": shape})

    brands, tech, towns = half(BRANDS, which), half(TECH, which), half(TOWNS, which)
    for lang, words in LANG.items():
        status, dishes, goods, chat = (half(words[k], which) for k in ("status", "dishes", "goods", "chat"))

        def note(status: list[str] = status) -> str:
            return rng.choice(status).format(n=rng.randint(10000, 99999999))

        for i in range(per):
            if "status" in shapes:
                notes = [note() for _ in range(rng.randint(2, 3))]
                if i % 2:
                    add("status", lang, {"prompt": notes[0], "completion": " ".join(notes[1:])})
                else:
                    add("status", lang, {"text": "\n".join(notes)})
            if "menu" in shapes:
                picks = rng.sample(dishes, min(len(dishes), 4))
                add("menu", lang, {"text": "\n".join(f"{d} .......... {price(lang, rng)}" for d in picks)})
                add("menu", lang, {"item": rng.choice(dishes), "price": price(lang, rng),
                                   "code": f"{rng.choice('ABCDM')}{rng.randint(1, 60)}"})
            if "catalogue" in shapes:
                head = words["head"]
                for _ in range(8):
                    b = rng.choice(brands)
                    add("catalogue", lang, {head[0]: f"{b} {rng.choice(goods)}", head[1]: b, head[2]: ean13(rng),
                                            head[3]: str(rng.randint(10**9, 10**10 - 1)), head[4]: price(lang, rng)})
            if "chat" in shapes:
                line = rng.choice(chat).format(tech=rng.choice(tech), brand=rng.choice(brands),
                                               town=rng.choice(towns))
                add("chat", lang, {"text": f"{CUSTOMER[lang]}: {line}\n{AGENT[lang]}: {note()}"})
    return out


def run(samples: list[dict], d: Path):
    from governed_tuning.gates.pii import PiiGate
    from governed_tuning.policy import load_policy

    pol = load_policy("default").policy.pii
    src, dst = d / "precision9.jsonl", d / "precision9.out.jsonl"
    src.write_text("".join(json.dumps(s["record"], ensure_ascii=False) + "\n" for s in samples), encoding="utf-8")
    res = PiiGate(pol).check(src, dst)
    outs, _ = PiiGate(token_policy(pol)).scrub_records([s["record"] for s in samples])
    by_id = {o["id"]: flat(o) for o in outs}
    return res, [by_id.get(s["record"]["id"], "") for s in samples]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--half", choices=["dev", "held", "both"], default="both")
    ap.add_argument("--per", type=int, default=3, help="records per language and shape (catalogue: 8 times that)")
    ap.add_argument("--seed", type=int, default=0x9C9)
    ap.add_argument("--shapes", default=",".join(SHAPES))
    ap.add_argument("--show", action="store_true", help="print the records that changed (no personal data here)")
    a = ap.parse_args()
    os.environ.setdefault("GOVERNED_TUNING_PSEUDONYM_KEY", "precision9-benchmark-key-not-secret-0123456789")
    for which in (["dev", "held"] if a.half == "both" else [a.half]):
        samples = make(a.per, a.seed, which, a.shapes.split(","))
        with tempfile.TemporaryDirectory() as tmp:
            res, outs = run(samples, Path(tmp))
        shape: dict = defaultdict(lambda: [0, 0, Counter()])
        lang: dict = defaultdict(lambda: [0, 0, Counter()])
        words: Counter = Counter()
        for s, out in zip(samples, outs):
            text = flat(s["record"])
            lost = attribute(text, out)
            for row in (shape[s["shape"]], lang[s["lang"]]):
                row[0] += 1
                row[1] += len(UNIT.findall(text))
                row[2].update(lost)
            if out != text:
                words.update(Counter(UNIT.findall(text)) - Counter(UNIT.findall(out)))
                if a.show:
                    print(f"    {s['lang']} {s['shape']}: {text!r}\n      -> {out!r}")
        units = sum(r[1] for r in shape.values())
        kinds = sum((r[2] for r in shape.values()), Counter())
        lost = sum(kinds.values())
        print(f"### precision9 {which} half: {len(samples)} records in {len(lang)} languages, no personal data; "
              f"default gate verdict (expected pass): {res.verdict}; content lost {lost}/{units} = "
              f"{100 * lost / max(units, 1):.2f}%; lost as {dict(kinds.most_common())}\n")
        if res.verdict != "pass":
            print(f"reasons: {res.reasons[:3]}\n")
        table("shape", shape)
        table("language", lang)
        if a.show:
            print("words lost most often:", words.most_common(60))


if __name__ == "__main__":
    main()
