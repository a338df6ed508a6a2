"""Precision held-out set 10: ordinary records from mimesis's locale data, with NO personal data. Every word
removed is content lost; the default gate must pass.

    .venv/bin/python benchmarks/pii_precision10.py [--per 6] [--seed N] [--show]

Built by the precision10 engineer as a held-out split for the brand and ordinary-word rules of that session
(``gates/pii/brands.py``, ``dictwords.ordinary_inside``): nothing here was tuned on. The words come from
mimesis 22.2.0's own locale files (``mimesis/datasets/<locale>/*.json``), a source none of the gate's lists and
none of the dev sets that session tuned on use (the sealed9 sources are another list):

- ``text``: two or three of the locale's sentences (its ``text.json``: programming prose, everyday phrases and
  proverbs), as one text or a prompt/completion pair;
- ``firm``: a record naming the locale's companies and banks (``finance.json``: "Heckler & Koch", "Deutsche
  Bank") beside a sentence of the locale;
- ``gear``: a catalogue row of mimesis's global hardware, software and transport words (phone models, makers,
  operating systems, programming languages, cars, aircraft: ``Hardware``, ``Development``, ``Transport``) with
  a sentence of the locale in which a maker and its product stand mid-sentence;
- ``food``: an order of the locale's dishes, drinks and fruit (``food.json``), a line each with a price.

A sentence holding a capitalised word that mimesis's own person lists (any locale's given names and surnames,
``person.json``) hold after its first word is left out: such a sentence may name a person ("Bjarne Stroustrup"),
and removing words there would be no loss. This rule is objective and independent of the gate's name lists; it
also leaves out sentences with a brand that is a name somewhere, so the set is a little easier than real text.
Measured like ``pii_precision9.py``: the default gate's verdict, content lost per shape and per language and
what the lost words were taken for. Nothing is written to the repository; nothing but counts is printed unless
``--show``.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from pii_precision6 import attribute, table  # noqa: E402  (the same content measure)
from pii_precision9 import flat  # noqa: E402
from pii_scripts_clean import TOKEN, UNIT, token_policy  # noqa: E402

LOCALES = ("cs da de el en es fi fr hr hu it nl no pl pt ru sk sv tr uk et is").split()
SHAPES = ["text", "firm", "gear", "food"]
CAPITAL = re.compile(r"(?<=[\s(\"'„«])[^\W\d_][\w'’-]+")


def _data(locale: str, name: str) -> dict:
    import mimesis

    p = Path(mimesis.__file__).parent / "datasets" / locale / f"{name}.json"
    return json.loads(p.read_text(encoding="utf-8")) if p.exists() else {}


def person_words() -> frozenset[str]:
    """Every given name and surname of every mimesis locale, case-folded."""
    import mimesis

    out: set[str] = set()
    for d in (Path(mimesis.__file__).parent / "datasets").iterdir():
        p = d / "person.json"
        if not p.exists():
            continue
        data = json.loads(p.read_text(encoding="utf-8"))
        names = data.get("names", {})
        for v in (names.values() if isinstance(names, dict) else [names]):
            out.update(w.casefold() for w in (v if isinstance(v, list) else []))
        sur = data.get("surnames", [])
        for v in (sur.values() if isinstance(sur, dict) else [sur]):
            out.update(w.casefold() for w in (v if isinstance(v, list) else []))
    return frozenset(out)


def clean_sentences(locale: str, people: frozenset[str]) -> list[str]:
    t = _data(locale, "text")
    out = []
    for s in t.get("text", []) + t.get("quotes", []):
        s = s.strip()
        if s and not any(m.group().casefold() in people for m in CAPITAL.finditer(" " + s[1:])):
            out.append(s)
    return out


def price(rng: random.Random) -> str:
    return f"{rng.randint(2, 90)},{rng.choice(['00', '50', '90'])} {rng.choice(['EUR', '€', 'kr', 'zł', 'Kč', 'TL'])}"


def make(per: int, seed: int, shapes: list[str]) -> list[dict]:
    from mimesis import Development, Hardware, Transport

    rng = random.Random(seed)
    people = person_words()
    hw, dev, tr = Hardware(seed=seed), Development(seed=seed), Transport(seed=seed)
    out: list[dict] = []

    def add(shape: str, lang: str, rec: dict) -> None:
        out.append({"record": {"id": f"{shape}-{lang}-{len(out)}", **rec}, "lang": lang, "shape": shape})

    for loc in LOCALES:
        sents = clean_sentences(loc, people)
        if not sents:
            continue
        fin = _data(loc, "finance")
        firms = [f for f in fin.get("company", {}).get("name", []) if not any(
            w.casefold() in people for w in re.findall(r"[^\W\d_][\w'’-]+", f))]
        banks = [b for b in fin.get("banks", []) if not any(
            w.casefold() in people for w in re.findall(r"[^\W\d_][\w'’-]+", b))]
        food = _data(loc, "food")
        for i in range(per):
            if "text" in shapes:
                picks = rng.sample(sents, min(len(sents), rng.randint(2, 3)))
                if i % 2:
                    add("text", loc, {"prompt": picks[0], "completion": " ".join(picks[1:])})
                else:
                    add("text", loc, {"text": " ".join(picks)})
            if "firm" in shapes and firms:
                rec = {"company": rng.choice(firms), "note": rng.choice(sents)}
                if banks:
                    rec["bank"] = rng.choice(banks)
                add("firm", loc, rec)
            if "gear" in shapes:
                maker, model = hw.manufacturer(), hw.phone_model()
                add("gear", loc, {"device": model, "maker": maker, "os": dev.os(),
                                  "text": f"{rng.choice(sents)} {maker} {model} / {dev.programming_language()} / "
                                          f"{tr.car()} / {tr.airplane()}"})
            if "food" in shapes and food.get("dishes"):
                lines = [f"{rng.choice(food['dishes'])} - {price(rng)}",
                         f"{rng.choice(food.get('drinks') or food['dishes'])} - {price(rng)}",
                         f"{rng.choice(food.get('fruits') or food['dishes'])} - {price(rng)}"]
                add("food", loc, {"text": "\n".join(lines)})
    return out


def run(samples: list[dict], d: Path):
    from governed_tuning.gates.pii import PiiGate
    from governed_tuning.policy import load_policy

    pol = load_policy("default").policy.pii
    src, dst = d / "precision10.jsonl", d / "precision10.out.jsonl"
    src.write_text("".join(json.dumps(s["record"], ensure_ascii=False) + "\n" for s in samples), encoding="utf-8")
    res = PiiGate(pol).check(src, dst)
    outs, _ = PiiGate(token_policy(pol)).scrub_records([s["record"] for s in samples])
    by_id = {o["id"]: flat(o) for o in outs}
    return res, [by_id.get(s["record"]["id"], "") for s in samples]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--per", type=int, default=6, help="records per locale and shape")
    ap.add_argument("--seed", type=int, default=0x9C10)
    ap.add_argument("--shapes", default=",".join(SHAPES))
    ap.add_argument("--show", action="store_true", help="print the records that changed (no personal data here)")
    a = ap.parse_args()
    os.environ.setdefault("GOVERNED_TUNING_PSEUDONYM_KEY", "precision10-benchmark-key-not-secret-0123456789")
    samples = make(a.per, a.seed, a.shapes.split(","))
    with tempfile.TemporaryDirectory() as tmp:
        res, outs = run(samples, Path(tmp))
    shape: dict = defaultdict(lambda: [0, 0, Counter()])
    lang: dict = defaultdict(lambda: [0, 0, Counter()])
    found: Counter = Counter()
    changed = 0
    for s, out in zip(samples, outs):
        text = flat(s["record"])
        found.update(m.group(1) or m.group(2) for m in TOKEN.finditer(out))
        changed += out != text
        lost = attribute(text, out)
        for row in (shape[s["shape"]], lang[s["lang"]]):
            row[0] += 1
            row[1] += len(UNIT.findall(text))
            row[2].update(lost)
        if a.show and out != text:
            print(f"    {s['lang']} {s['shape']}: {text!r}\n      -> {out!r}")
    units = sum(r[1] for r in shape.values())
    kinds = sum((r[2] for r in shape.values()), Counter())
    lost = sum(kinds.values())
    print(f"### precision10 (held out): {len(samples)} records in {len(lang)} locales, no personal data; default gate "
          f"verdict (expected pass): {res.verdict}; content lost {lost}/{units} = {100 * lost / max(units, 1):.2f}%; "
          f"lost as {dict(kinds.most_common())}; false findings {sum(found.values())} {dict(found.most_common())} "
          f"in {changed} records changed\n")
    if res.verdict != "pass":
        print(f"reasons: {res.reasons[:3]}\n")
    table("shape", shape)
    table("locale", lang)


if __name__ == "__main__":
    main()
