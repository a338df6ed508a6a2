"""Is the verdict true? Tables of people whose names are written in many scripts (Khmer, Lao, Burmese and Ethiopic
among them: scripts no name list covers), in many forms (a lone given name, "SURNAME, Given", a title before a
family name, lower case), beside a catalogue's columns and notes that tell a person's age or birth date; and a
clean twin of each file. Each file is scrubbed through ``governed-tuning scrub`` as a user runs it and judged
both ways: a copy with a planted value left must fail, a copy with none left (and every clean file) must pass.

    .venv/bin/python benchmarks/pii_verdict9.py [--rows 80] [--seed 9] [--policy default] [--only a,b] [--dump DIR]

``--seed 9`` is the dev part; ``--seed 99`` the held-out part, which draws its people from other Faker locales,
its names with no name list from other scripts (Lao, Ethiopic instead of Khmer, Burmese) and its notes from
other languages' sentences, and was run once at the end. The names of scripts with no Faker locale are drawn
here from each script's own syllables (consonant, vowel sign, final), in a family-and-given-name order, with the
script's own titles; nothing is taken from a detector's list.

Files: ``customers.csv`` and ``customers.parquet`` (order, customer, product, store's town, note),
``contacts.jsonl`` (a ticket's ``contacts`` list of lone or full names, ``account.owner``, note); clean twins
``catalogue.csv``, ``catalogue.parquet``, ``catalogue.jsonl`` (products some named like people, stores' towns,
categories, tags, notes with counts and delivery days). Reported per file: the verdict and whether it is right,
planted values left by kind (PERSON, AGE, DATE_OF_BIRTH), content lost on clean files (words of the input missing
from the copy). Values left are counted in a copy scrubbed again with the policy's surrogates turned to keyed tokens and no
residual limit (a fake name that shares a word with a real one is no value left; a blocked file's copy is
counted too). One run; nothing is written to the repository.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import pii_tables5 as t5  # noqa: E402

CLI = [sys.executable, "-m", "governed_tuning.cli"]
KEY = "pii-verdict9-benchmark-key-not-secret-01"

DEV_LOCALES = ["en_US", "de_DE", "fr_FR", "pl_PL", "ru_RU", "el_GR", "ar_SA", "hi_IN", "ja_JP", "th_TH", "ka_GE",
               "sl_SI", "lv_LV"]
HELD_LOCALES = ["es_ES", "it_IT", "cs_CZ", "uk_UA", "he_IL", "bn_BD", "ko_KR", "zh_CN", "hy_AM", "ta_IN", "si_LK",
                "hu_HU", "hr_HR"]

# scripts with no Faker locale and no name list: syllables of each script (consonant + vowel sign [+ final])
KHMER = ("កខគងចជញដតទនបពមយរលវសហអ", "ាិីុូួើៀេែោៅ", "ងនមកត", ("លោក", "អ្នកស្រី", "M.", "Mme"))
BURMESE = ("ကခဂငစဆဇညတထဒနပဖဗမယရလဝသဟအ", "ာိီုူေဲ", ("န်", "င်", "မ်", "တ်", ""), ("ဦး", "ဒေါ်", "မောင်"))
LAO = ("ກຂຄງຈສຊຍດຕຖທນບປຜພມຢຣລວຫອ", "າິີຶືຸູົ", "ງນມກດບວຍ", ("ທ້າວ", "ນາງ", "Mr.", "Ms."))
ETHIOPIC = ("ለመሰረበተነከወዘየደገጠጸፈሐቀ", "", "", ("አቶ", "ወ/ሮ", "ዶ/ር"))
LAO_PRE = "ເແໂໄ"
DEV_SCRIPTS = {"khmer": KHMER, "burmese": BURMESE}
HELD_SCRIPTS = {"lao": LAO, "ethiopic": ETHIOPIC}

# first-person ages and birth dates in notes: (language, age sentence, birth sentence); {a} an age, {d} a date
DEV_NOTES = [("en", "I am {a} years old.", "Born on {d}."), ("de", "Ich bin {a} Jahre alt.", "Geboren am {d}."),
             ("fr", "J'ai {a} ans.", "Née le {d}."), ("pl", "Mam {a} lat.", "Urodzona {d}."),
             ("nl", "Ik ben {a} jaar oud.", "Geboren op {d}."), ("tr", "{a} yaşındayım.", "Doğum tarihi: {d}.")]
HELD_NOTES = [("es", "Tengo {a} años.", "Nací el {d}."), ("it", "Ho {a} anni.", "Nata il {d}."),
              ("cs", "Je mi {a} let.", "Narozen {d}."), ("sv", "Jag är {a} år gammal.", "Född {d}."),
              ("pt", "Tenho {a} anos.", "Nasci em {d}."), ("fi", "Olen {a}-vuotias.", "Syntynyt {d}.")]
PLAIN_NOTES = ["Asked about delivery.", "Paid by card.", "Wants a call back tomorrow.", "Order 5521 shipped.",
               "Left a review.", "Returned one item within 14 days.", "Prefers e-mail.", "Needs an invoice."]

ADJ = ["Oak", "Linen", "Steel", "Walnut", "Cotton", "Copper", "Bamboo", "Wool", "Glass", "Ceramic"]
NOUN = ["Desk", "Shirt", "Kettle", "Lamp", "Rug", "Chair", "Mug", "Shelf", "Blanket", "Vase", "Table", "Stool"]
NAMED = ["Aurora Lamp", "Lincoln Chair", "Stella Mug", "Oscar Stool", "Luna Blanket", "Milo Desk"]
CATEGORIES = ["Garden", "Office", "Kitchen", "Bedroom", "Lighting", "Textiles"]
TAGS = ["new", "sale", "eco", "bestseller", "limited", "bundle"]
CLEAN_NOTES = ["Ships in 3-5 days.", "Restocked 12 units.", "Assembly takes twenty minutes.", "Ticket 5521 closed.",
               "Back in stock tomorrow.", "Price includes VAT.", "Fits a 40 cm shelf.", "Sold out in March."]


class Plant:
    def __init__(self, kind: str, value: str, parts: list[str]):
        self.kind, self.value, self.parts = kind, value, parts

    def left(self, own: str) -> bool:
        return any(re.search(rf"(?<!\w){re.escape(p)}(?!\w)", own) for p in self.parts)


def _syllable(rng: random.Random, script: tuple) -> str:
    cons, vowels, finals, _ = script
    c = rng.choice(cons)
    if script is LAO and rng.random() < 0.3:
        return rng.choice(LAO_PRE) + c + (rng.choice(finals) if rng.random() < 0.5 else "")
    v = rng.choice(vowels) if vowels and rng.random() < 0.8 else ""
    f = rng.choice(finals) if finals and rng.random() < 0.5 else ""
    return c + v + f


def script_name(rng: random.Random, script: tuple) -> tuple[str, list[str]]:
    words = ["".join(_syllable(rng, script) for _ in range(rng.randint(2, 3))) for _ in range(2)]
    form = rng.random()
    if form < 0.25:  # a title and the family name ("M. ជា", "ဦး ...")
        return f"{rng.choice(script[3])} {words[0]}", [words[0]]
    if form < 0.4:  # the given name alone
        return words[1], [words[1]]
    return " ".join(words), words


def faker_name(rng: random.Random, loc: str, seed: int) -> tuple[str, list[str]]:
    from faker import Faker

    fk = Faker(loc)
    fk.seed_instance(seed)
    first, last = fk.first_name(), fk.last_name()
    cjk = loc in ("ja_JP", "zh_CN", "ko_KR")
    parts = [p for p in (first, last) if len(p) >= (1 if cjk else 2)]
    form = rng.random()
    if cjk:
        return (f"{last}{first}" if form < 0.7 else first), ([last, first] if form < 0.7 else [first])
    if form < 0.15:
        return first, [first]  # a lone given name ("Javion", "Mirdza")
    if form < 0.3:
        return f"{last.upper()}, {first}", [last.upper(), first]
    if form < 0.4 and first.isascii():
        return f"{first} {last}".lower(), [first.lower(), last.lower()]
    if form < 0.5:
        return f"{rng.choice(['Mr.', 'Dr.', 'Frau', 'Mme', 'dl.', 'Sr.'])} {last}", [last]
    return f"{first} {last}", parts


def person(rng: random.Random, i: int, seed: int, held: bool) -> tuple[str, list[str]]:
    scripts = HELD_SCRIPTS if held else DEV_SCRIPTS
    if i % 6 == 5:  # one person in six written in a script with no name list
        return script_name(rng, scripts[list(scripts)[(i // 6) % len(scripts)]])
    locs = HELD_LOCALES if held else DEV_LOCALES
    return faker_name(rng, locs[i % len(locs)], seed * 100000 + i)


def note(rng: random.Random, held: bool) -> tuple[str, list[Plant]]:
    r = rng.random()
    if r < 0.45:
        return rng.choice(PLAIN_NOTES), []
    _, age_s, born_s = rng.choice(HELD_NOTES if held else DEV_NOTES)
    if r < 0.75:
        a = rng.randint(19, 88)
        return age_s.format(a=a), [Plant("AGE", str(a), [str(a)])]
    y, m, d = rng.randint(1940, 2004), rng.randint(1, 12), rng.randint(1, 28)
    date = rng.choice([f"{d:02d}/{m:02d}/{y}", f"{d}.{m}.{y}", f"{y}-{m:02d}-{d:02d}"])
    return born_s.format(d=date), [Plant("DATE_OF_BIRTH", date, [date])]


def product(rng: random.Random) -> str:
    return rng.choice(NAMED) if rng.random() < 0.2 else f"{rng.choice(ADJ)} {rng.choice(NOUN)}"


def town(rng: random.Random, held: bool) -> str:
    from faker import Faker

    # (not it_IT: its towns are drawn in an order that changes from run to run, whatever the seed)
    fk = Faker(rng.choice(["de_DE", "fr_FR", "en_GB", "en_US"] if not held else ["es_ES", "nl_NL", "pl_PL"]))
    fk.seed_instance(rng.randrange(1 << 30))
    return fk.city()


def customers(rng: random.Random, n: int, seed: int, held: bool, offset: int) -> tuple[list[dict], list[list[Plant]]]:
    rows, plants = [], []
    for i in range(n):
        name, parts = person(rng, i + offset, seed, held)
        text, ps = note(rng, held)
        rows.append({"order_id": f"A-{rng.randint(10000, 99999)}", "customer": name, "product": product(rng),
                     "store": town(rng, held), "note": text})
        plants.append([Plant("PERSON", name, parts)] + ps)
    return rows, plants


def contacts(rng: random.Random, n: int, seed: int, held: bool) -> tuple[list[dict], list[list[Plant]]]:
    recs, plants = [], []
    k = 0
    for i in range(n):
        who, ps = [], []
        for _ in range(rng.randint(1, 3)):
            name, parts = person(rng, 500 + k, seed, held)
            k += 1
            who.append(name)
            ps.append(Plant("PERSON", name, parts))
        owner, oparts = person(rng, 900 + i, seed, held)
        text, nps = note(rng, held)
        recs.append({"ticket": f"T-{rng.randint(1000, 9999)}", "contacts": who, "account": {"owner": owner},
                     "note": text})
        plants.append(ps + [Plant("PERSON", owner, oparts)] + nps)
    return recs, plants


def catalogue(rng: random.Random, n: int, held: bool) -> list[dict]:
    return [{"sku": f"SKU-{rng.randint(1000, 9999)}", "product": product(rng), "store": town(rng, held),
             "category": rng.choice(CATEGORIES), "note": rng.choice(CLEAN_NOTES)} for _ in range(n)]


def catalogue_docs(rng: random.Random, n: int, held: bool) -> list[dict]:
    return [{"sku": f"SKU-{rng.randint(1000, 9999)}", "items": [{"name": product(rng)} for _ in range(rng.randint(1, 3))],
             "stores": [town(rng, held) for _ in range(rng.randint(1, 2))], "tags": rng.sample(TAGS, 2),
             "note": rng.choice(CLEAN_NOTES)} for _ in range(n)]


def write(path: Path, recs: list[dict]) -> None:
    if path.suffix == ".csv":
        with path.open("w", newline="", encoding="utf-8") as fh:
            w = csv.DictWriter(fh, fieldnames=list(recs[0]))
            w.writeheader()
            w.writerows(recs)
    elif path.suffix == ".parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        pq.write_table(pa.Table.from_pylist(recs), path)
    else:
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs), encoding="utf-8")


def read(path: Path) -> list[str]:
    """Each record of a copy as text (keys and values)."""
    if path.suffix == ".csv":
        with path.open(newline="", encoding="utf-8") as fh:
            recs: list = list(csv.DictReader(fh))
    elif path.suffix == ".parquet":
        import pyarrow.parquet as pq

        recs = pq.read_table(path).to_pylist()
    else:
        recs = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
    return [json.dumps(r, ensure_ascii=False, default=str) for r in recs]


def scrub(inp: Path, out: Path, policy: str, env: dict) -> tuple[str, dict]:
    ev = out.parent / (out.name + ".evidence.json")
    r = subprocess.run(CLI + ["scrub", str(inp), "--out", str(out), "--policy", policy, "--evidence", str(ev),
                              "--no-progress"], env=env, capture_output=True, text=True)
    doc = json.loads(ev.read_text()) if ev.exists() else {}
    e = doc.get("evidence", doc)
    if r.returncode not in (0, 1) and not e:
        raise SystemExit(f"scrub of {inp.name} crashed: {r.stderr[-600:]}")
    return ("pass" if r.returncode == 0 and e.get("output_written") else "fail"), e


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rows", type=int, default=80)
    ap.add_argument("--seed", type=int, default=9, help="9: the dev part; 99: the held-out part")
    ap.add_argument("--policy", default="default")
    ap.add_argument("--only", default="")
    ap.add_argument("--dump", default="")
    args = ap.parse_args()
    held = args.seed != 9
    folder = Path(args.dump) if args.dump else Path(tempfile.mkdtemp(prefix="pii-verdict9-"))
    folder.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, GOVERNED_TUNING_PSEUDONYM_KEY=KEY, HF_DATASETS_OFFLINE="1")
    rng = random.Random(args.seed)
    files: dict[str, tuple[list[dict], list[list[Plant]] | None]] = {}
    files["customers.csv"] = customers(rng, args.rows, args.seed, held, 0)
    files["customers.parquet"] = customers(rng, args.rows, args.seed, held, 200)
    files["contacts.jsonl"] = contacts(rng, args.rows, args.seed, held)
    files["catalogue.csv"] = (catalogue(rng, args.rows, held), None)
    files["catalogue.parquet"] = (catalogue(rng, args.rows, held), None)
    files["catalogue.jsonl"] = (catalogue_docs(rng, args.rows, held), None)
    only = {s for s in args.only.split(",") if s}
    measure = None
    t0 = time.time()
    lines = [f"## policy {args.policy}, seed {args.seed} ({'held-out' if held else 'dev'}), {args.rows} records "
             f"per file", "", "| file | verdict | expected | right? | values left | of | left by kind | content lost |",
             "|---|---|---|---|---|---|---|---|"]
    wrong = 0
    for name, (recs, plants) in files.items():
        if only and name not in only:
            continue
        src = folder / name
        write(src, recs)
        out = folder / ("shipped." + name)
        if out.exists():
            out.unlink()
        verdict, _ = scrub(src, out, args.policy, env)
        measured = out
        if not out.exists() or plants is not None:
            # values left are counted in a copy with keyed tokens (no residual limit): a fake name drawn for one
            # person that shares a word with another's real name is not a value left
            measure = measure or t5.measure_policy(args.policy, folder, env)
            measured = folder / ("measure." + name)
            if measured.exists():
                measured.unlink()
            scrub(src, measured, str(measure), env)
        rows = read(measured) if measured.exists() else []
        if plants is None:
            before = Counter(w for r in read(src) for w in re.findall(r"\w+", r.casefold()))
            after = Counter(w for r in rows for w in re.findall(r"\w+", r.casefold()))
            lost = sum((before - after).values())
            lost_s = f"{lost}/{sum(before.values())} words ({100 * lost / max(1, sum(before.values())):.1f}%)"
            expected, left, total, kinds = "pass", 0, 0, ""
        else:
            by_kind: Counter = Counter()
            of_kind: Counter = Counter(p.kind for row in plants for p in row)
            if len(rows) != len(plants):  # records dropped: each value is looked for in the whole copy
                rows = ["\n".join(rows)] * len(plants)
            for row, own in zip(plants, rows):
                for p in row:
                    by_kind[p.kind] += p.left(own)
            left, total = sum(by_kind.values()), sum(of_kind.values())
            expected = "fail" if left else "pass"
            kinds = ", ".join(f"{k} {by_kind[k]}/{of_kind[k]}" for k in sorted(of_kind))
            lost_s = "-"
        right = verdict == expected
        wrong += not right
        lines.append(f"| {name} | {verdict} | {expected} | {'yes' if right else '**NO**'} | {left} | {total} | "
                     f"{kinds} | {lost_s} |")
    lines += ["", f"wrong verdicts: {wrong}; {time.time() - t0:.0f} s"]
    print("\n".join(lines))
    if not args.dump:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
