"""Does a re-scan that had to repair what the scrub missed still pass a copy with values left? Planted tables and
chats with first-person ages, names and identifiers in several languages, in shapes the re-scan's rules read
(``age_phrase``, ``other_digits``, ``name_part``) mixed with shapes no rule reads; and clean files of the same
shapes with nothing personal. Judged under ``pii.rescan.repaired_misses`` as the policy ships it and as ``pass``
(what every gate did before: report the repairs, pass when nothing more is found).

    .venv/bin/python benchmarks/pii_verdict11.py [--seed 11] [--rows 40] [--policy default]

``--seed 11`` is the dev part (names from Faker; Arabic, Persian, Urdu, English, Spanish phrases; ids from one set
of python-stdnum modules); any other seed (``--seed 1111``) the held-out part: names from mimesis (another
generator), Turkish, Russian, Hindi, French, Indonesian and Persian phrases, other stdnum modules. The phrases are
written here, not taken from a detector's list. The ``demo`` row scrubs ``governed-tuning demo``'s own data.

Reported per file and mode: the verdict, whether it is right (a planted file with a value left in the copy must
not pass; a clean file must pass), values left by kind (counted in a copy scrubbed with keyed tokens instead of
surrogates, no residual limit and repairs passed, so what is counted is what a passing copy would hold), the
re-scan's repaired misses by why, and content lost (words of the input, planted values cut out, missing from that
copy). Counts only; nothing is written to the repository.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import re
import shutil
import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

KEY = "verdict11-benchmark-key-not-a-secret"
ZERO = {"ascii": 0x30, "arab": 0x0660, "persian": 0x06F0, "deva": 0x0966}

# (script of the digits, phrase): first-person ages. Dev and held-out use different languages and phrases; in
# each, some shapes are ones the re-scan reads and some are not (which is which is measured, not assumed).
DEV_AGES = [("arab", "عندي {n} سنة وأريد إلغاء الطلب"), ("ascii", "أبلغ {n} عاما ولم يصل الطلب"),
            ("persian", "{n} سال دارم و سفارشم نرسیده"), ("ascii", "میری عمر {n} سال ہے اور آرڈر نہیں آیا"),
            ("ascii", "soy un cliente de {n} años y el pedido no llegó"), ("ascii", "I turned {n} last week and the order is late"),
            ("arab", "لقد أتممت {n} عاما والطلب متأخر"), ("ascii", "tengo {n} tacos de edad, ayuda")]
HELD_AGES = [("ascii", "{n} yaşındayım ve siparişim gelmedi"), ("ascii", "мне {n} года, заказ не пришёл"),
             ("deva", "मेरी उम्र {n} साल है, ऑर्डर नहीं आया"), ("ascii", "j'ai fêté mes {n} ans hier et rien n'est arrivé"),
             ("ascii", "umur saya {n} tahun dan paket belum datang"), ("persian", "من {n} ساله هستم و بسته نرسید"),
             ("ascii", "yaşım {n}, lütfen yardım edin"), ("ascii", "в свои {n} лет жду посылку")]
DEV_CLEAN = ["الطلب رقم {k} سيصل خلال {d} أيام", "عندي {d} أسئلة عن الفاتورة", "سفارش شماره {k} ارسال شد",
             "el pedido {k} cuesta {n} euros", "order {k} ships in {d} days", "the box weighs {n} kg"]
HELD_CLEAN = ["заказ {k} придёт через {d} дня", "sipariş {k} {d} gün içinde gelir", "ऑर्डर {k} की कीमत {n} रुपये है",
              "la commande {k} coûte {n} euros", "paket {k} tiba dalam {d} hari", "بسته {k} ارسال شد"]
DEV_INTROS = ["hi, this is {name} again about my order", "hola, soy {name} y mi pedido no llegó",
              "مرحبا، أنا {name} والطلب متأخر"]
HELD_INTROS = ["merhaba, ben {name}, siparişim gelmedi", "здравствуйте, это {name}, заказ не пришёл",
               "bonjour, c'est {name} pour la commande"]
DEV_NAME_LOCALES = ["en_US", "es_ES", "ar_AA"]
HELD_NAME_LOCALES = ["tr", "ru", "fr"]  # mimesis
DEV_IDS = ["es.dni", "nl.bsn", "pl.pesel"]
HELD_IDS = ["se.personnummer", "it.codicefiscale", "br.cpf"]
ID_SHAPES = ["my {label} is {v}, please update it", "{label}: {full}", "番号は{compact}です"]


def digits(s: str, script: str) -> str:
    return "".join(chr(ZERO[script] + int(c)) if c.isdigit() else c for c in s)


def fullwidth(s: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


@dataclass
class Plant:
    kind: str
    parts: list[str]

    def left(self, copy: str, base: str) -> bool:
        for p in self.parts:
            if self.kind == "PERSON":
                rx = rf"(?<!\w){re.escape(p)}(?!\w)"
                if len(re.findall(rx, copy, re.I)) > len(re.findall(rx, base, re.I)):
                    return True
            else:
                rx = rf"(?<!\d){re.escape(p)}(?!\d)"
                if len(re.findall(rx, copy)) > len(re.findall(rx, base)):
                    return True
        return False


def stdnum_value(module: str, rng: random.Random) -> str:
    from importlib import import_module

    m = import_module(f"stdnum.{module}")
    for _ in range(200000):
        if module == "es.dni":
            n = f"{rng.randrange(10**7, 10**8)}"
            v = n + "TRWAGMYFPDXBNJZSQVHLCKE"[int(n) % 23]
        elif module == "se.personnummer":
            v = f"{rng.randint(50, 99):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}-{rng.randint(0, 9999):04d}"
        elif module == "it.codicefiscale":
            body = "".join(rng.choice("BCDFGLMNPRSTVZ") for _ in range(6)) + \
                f"{rng.randint(50, 99):02d}{rng.choice('ABCDEHLMPRST')}{rng.randint(1, 28):02d}" \
                f"{rng.choice('ABCDEFGHLM')}{rng.randint(100, 999)}"
            v = body + m.calc_check_digit(body)
        else:
            v = "".join(str(rng.randint(0, 9)) for _ in range({"nl.bsn": 9, "pl.pesel": 11, "br.cpf": 11}[module]))
        try:
            if m.is_valid(v):
                return m.format(v) if module == "br.cpf" else v
        except Exception:  # noqa: BLE001  (a validator's own error is an invalid draw)
            pass
    raise SystemExit(f"no valid {module} drawn")


def full_name(rng: random.Random, held: bool) -> list[str]:
    if held:
        from mimesis import Person
        from mimesis.locales import Locale

        p = Person(Locale(rng.choice(HELD_NAME_LOCALES)), seed=rng.randrange(1 << 30))
        return f"{p.first_name()} {p.last_name()}".split()
    from faker import Faker

    fk = Faker(rng.choice(DEV_NAME_LOCALES))
    fk.seed_instance(rng.randrange(1 << 30))
    return f"{fk.first_name()} {fk.last_name()}".split()


def build(seed: int, rows: int) -> dict[str, tuple[str, list[dict], list[list[Plant]]]]:
    """name -> (format, records, plants per record). Tables have a ``ticket`` and a ``note`` column."""
    held = seed != 11
    rng = random.Random(seed)
    ages, clean_t, intros, ids = (HELD_AGES, HELD_CLEAN, HELD_INTROS, HELD_IDS) if held else \
        (DEV_AGES, DEV_CLEAN, DEV_INTROS, DEV_IDS)

    def clean_note() -> str:
        return rng.choice(clean_t).format(k=rng.randint(10000, 99999), n=rng.randint(5, 99), d=rng.randint(2, 9))

    def age_note() -> tuple[str, Plant]:
        script, phrase = rng.choice(ages)
        n = str(rng.randint(18, 89))
        return phrase.format(n=digits(n, script)), Plant("AGE", [digits(n, script)])

    def name_note() -> tuple[str, Plant]:
        words = full_name(rng, held)
        name = " ".join(w.lower() for w in words) if rng.random() < 0.5 else " ".join(words)
        return rng.choice(intros).format(name=name), Plant("PERSON", [w for w in words if len(w) >= 3] or words)

    def id_note() -> tuple[str, Plant]:
        v = stdnum_value(rng.choice(ids), rng)
        compact = re.sub(r"[^0-9A-Za-z]", "", v)
        shape = rng.choice(ID_SHAPES)
        text = shape.format(label=rng.choice(["ID", "personal number", "Nr."]), v=v, full=fullwidth(compact),
                            compact=compact)
        return text, Plant("ID", [compact, v])

    sets: dict[str, tuple[str, list[dict], list[list[Plant]]]] = {}
    # a table of tickets: mostly ordinary notes, a fifth first-person ages (the sealed9 csv case)
    recs, plants = [], []
    for i in range(rows):
        if i % 5 == 2:
            t, p = age_note()
            recs.append({"ticket": f"T-{rng.randint(1000, 9999)}", "note": t})
            plants.append([p])
        else:
            recs.append({"ticket": f"T-{rng.randint(1000, 9999)}", "note": clean_note()})
            plants.append([])
    sets["ages_csv"] = ("csv", recs, plants)
    # chats: ages, names after introductions, identifiers (fullwidth, glued to CJK, labelled)
    recs, plants = [], []
    for i in range(rows):
        t, p = (age_note, name_note, id_note)[i % 3]()
        recs.append({"text": t})
        plants.append([p])
    sets["mixed_jsonl"] = ("jsonl", recs, plants)
    sets["clean_csv"] = ("csv", [{"ticket": f"T-{rng.randint(1000, 9999)}", "note": clean_note()}
                                 for _ in range(rows)], [[] for _ in range(rows)])
    sets["clean_jsonl"] = ("jsonl", [{"text": clean_note()} for _ in range(rows)], [[] for _ in range(rows)])
    return sets


def demo_set() -> tuple[str, list[dict], list[list[Plant]]]:
    """``governed-tuning demo``'s own support chats: every value in them is one the scrub must take; what matters
    here is only the verdict (the demo must release), so no plants are counted."""
    from governed_tuning.demo import synthetic_records

    recs = synthetic_records()
    return "jsonl", recs, [[] for _ in recs]


def write(path: Path, fmt: str, recs: list[dict]) -> None:
    if fmt == "csv":
        with path.open("w", newline="", encoding="utf-8") as f:
            w = csv.DictWriter(f, fieldnames=list(recs[0]))
            w.writeheader()
            w.writerows(recs)
    else:
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs), encoding="utf-8")


def read(path: Path, fmt: str) -> list[str]:
    if not path.exists():
        return []
    if fmt == "csv":
        with path.open(newline="", encoding="utf-8") as f:
            return [" ".join(r.values()) for r in csv.DictReader(f)]
    return [" ".join(str(v) for v in json.loads(x).values()) for x in path.read_text(encoding="utf-8").splitlines()]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seed", type=int, default=11, help="11: the dev part; any other: the held-out part")
    ap.add_argument("--rows", type=int, default=40)
    ap.add_argument("--policy", default="default")
    args = ap.parse_args()
    os.environ.setdefault("GOVERNED_TUNING_PSEUDONYM_KEY", KEY)
    from governed_tuning.gates.pii import PiiGate
    from governed_tuning.policy import load_policy

    pol = load_policy(args.policy).policy.pii
    shipped = PiiGate(pol)
    old = PiiGate(pol.model_copy(update={"rescan": pol.rescan.model_copy(update={"repaired_misses": "pass"})}),
                  scrubber=shipped.scrubber)
    tokens = pol.model_copy(update={"max_residual_findings": 10 ** 9, "rescan": old.policy.rescan, "entities": {
        k: v.model_copy(update={"action": "pseudonymize"}) if v.action == "surrogate" else v
        for k, v in pol.entities.items()}})
    measure = PiiGate(tokens)
    folder = Path(tempfile.mkdtemp(prefix="pii-verdict11-"))
    held = args.seed != 11
    print(f"## pii_verdict11: policy {args.policy} (rescan: {pol.rescan.repaired_misses}, "
          f"max {pol.rescan.max_repaired_misses}, rate {pol.rescan.max_repaired_miss_rate}), seed {args.seed} "
          f"({'held-out' if held else 'dev'}), {args.rows} rows\n")
    print("| file | left by kind (copy) | content lost | repaired misses (why) | verdict, repairs passed "
          "(before) | verdict, shipped (after) |")
    print("|---|---|---|---|---|---|")
    wrong = Counter()
    sets = build(args.seed, args.rows)
    sets["demo"] = demo_set()
    try:
        for name, (fmt, recs, plants) in sets.items():
            src = folder / f"{name}.{fmt}"
            write(src, fmt, recs)
            verdicts = {}
            for mode, g in (("before", old), ("after", shipped)):
                out = folder / f"{name}.{mode}.{fmt}"
                res = g.check(src, out)
                verdicts[mode] = res
            out = folder / f"{name}.measure.{fmt}"
            measure.check(src, out)
            rows = read(out, fmt)
            texts = read(src, fmt)
            left: Counter = Counter()
            of: Counter = Counter()
            lost = words = 0
            for text, own, row in zip(texts, plants, rows):
                base = text
                for p in own:
                    for part in p.parts:
                        base = base.replace(part, " ")
                for p in own:
                    of[p.kind] += 1
                    left[p.kind] += p.left(row, base)
                before = Counter(re.findall(r"[^\W\d_]{2,}", base.casefold()))
                after = Counter(re.findall(r"[^\W\d_]{2,}", row.casefold()))
                lost += sum((before - after).values())
                words += sum(before.values())
            planted = sum(of.values()) > 0
            any_left = sum(left.values()) > 0

            shown = {}
            for mode in ("before", "after"):
                v = verdicts[mode].verdict
                right = (v != "pass") if any_left else (v == "pass" if not planted else True)
                wrong[mode] += not right
                shown[mode] = f"{v} ({'right' if right else '**WRONG**'})"

            rep = verdicts["after"].evidence.rescan.repaired_misses_by_why
            kinds = ", ".join(f"{k} {left[k]}/{of[k]}" for k in sorted(of)) or "-"
            lost_s = "n/a (its values are not listed)" if name == "demo" else \
                f"{lost}/{words} ({100 * lost / max(1, words):.1f}%)"
            print(f"| {name} | {kinds} | {lost_s} | "
                  f"{dict(sorted(rep.items())) or '-'} | {shown['before']} | {shown['after']} |")
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    print(f"\nwrong verdicts: before {wrong['before']}, after {wrong['after']} (a planted file with a value left "
          f"that passes, or a clean file that does not; a planted file whose copy holds nothing is right either way)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
