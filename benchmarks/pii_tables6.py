"""Everywhere personal data sits in structured files: nested JSONL (keys, numbers, role/type values, names in
URLs, JSON documents in string fields), headerless CSV with each separator spreadsheets write, typed Parquet
with bland column names, and Hugging Face ``save_to_disk`` folders; planted files and clean ones, each scrubbed
through ``governed-tuning scrub`` as a user runs it, judged both ways.

    .venv/bin/python benchmarks/pii_tables6.py [--rows 40] [--seed 6] [--policy default] [--only a,b] [--dump DIR]

A dev set made here with a fixed seed: people of 24 Faker locales and national numbers accepted by python-stdnum
(``pii_tables5.people``, ``pii_idgen``), in structures this benchmark writes. ``--seed 6`` is the dev part the
tables engineer tuned on; ``--seed 66`` is the held-out part, run once at the end of a change.

Planted files:

- ``crm_nested.jsonl``: a customer under nested keys, a phone stored as a JSON integer, an e-mail as a key
  (``{"by_email": {"dana@...": {...}}}``), a person's name as a ``role`` value, the person's profile URL, a
  chat turn naming them, a JSON document in a string field (``"meta": "{\\"ssn\\": ...}"``);
- ``headerless_comma.csv`` / ``_semicolon`` / ``_tab`` / ``_pipe``: no header row (name, town, e-mail, age,
  national number, a JSON cell, amount): the first row is a person;
- ``typed.parquet``: bland column names (``c1``...), a phone as int64, a birth date as date32;
- ``people_hf``: a ``save_to_disk`` folder (name, e-mail, note).

Clean files (nothing personal; every changed word is content lost, a block is a false block):
``catalogue_nested.jsonl`` (products named like people and towns, specs as a JSON string), ``inventory_pipe.csv``
(headerless: product, category, stock, bin, article number), ``orders.parquet``, ``catalogue_hf``.

Reported per file: planted values left in the copy (by kind), the shipped policy's verdict and whether it is
right (a file with a value left must fail, a file with none left and every clean file must pass), content lost
(clean files: words of the input missing from the copy). A file the policy blocks is scrubbed again with no
residual limit to count what the copy would have held. One run; nothing is written to the repository.
"""

from __future__ import annotations

import argparse
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
KEY = "pii-tables6-benchmark-key-not-secret-01"
SEPARATORS = {"comma": ",", "semicolon": ";", "tab": "\t", "pipe": "|"}


def _digits(s: str) -> str:
    return re.sub(r"\D", "", s)


def _int_phone(p: t5.Person) -> int | None:
    d = _digits(p.phone)
    return int(d) if 7 <= len(d) <= 15 and not d.startswith("0") else None


class Plant:
    """A planted value: its kind, what must not survive (name parts as words, numbers by their digits)."""

    def __init__(self, kind: str, value: str, parts: list[str] | None = None, digits: bool = False):
        self.kind, self.value, self.parts, self.digits = kind, value, parts or [], digits

    def left(self, copy: str, copy_digits: str) -> bool:
        if self.digits:
            d = _digits(self.value)
            return len(d) >= 6 and d in copy_digits
        if self.parts:
            return any(re.search(r"(?<!\w)" + re.escape(w) + r"(?!\w)", copy) for w in self.parts)
        return self.value in copy


def _person_plants(p: t5.Person, with_city: bool = True, with_id: bool = True) -> list[Plant]:
    out = [Plant("PERSON", p.name, p.parts), Plant("EMAIL_ADDRESS", p.email)]
    if with_city:
        out.append(Plant("LOCATION", p.city))
    if with_id:
        out.append(Plant("NATIONAL_ID", p.national, digits=sum(c.isdigit() for c in p.national) >= 6))
    return out


def _note_plants(p: t5.Person) -> list[Plant]:
    """What the person's note holds (``pii_tables5``: a name, a street and its town, an identifier, a phone)."""
    out = []
    for coltype, kind, value, parts in p.planted():
        if coltype == "note":
            number = kind in ("ID", "PHONE_NUMBER") and sum(c.isdigit() for c in value) >= 6
            out.append(Plant(f"{kind} (note)", value, parts or None, digits=number))
    return out


# --------------------------------------------------------------------------- planted files


def crm_nested(ps: list[t5.Person], rng: random.Random) -> tuple[list[dict], list[list[Plant]]]:
    recs, plants = [], []
    for i, p in enumerate(ps):
        first, last = (p.parts + ["", ""])[:2]
        slug = "-".join(w.casefold() for w in (first, last) if w and w.isascii() and w.isalpha())
        phone = _int_phone(p)
        rec = {
            "ticket": 7000 + i,
            "customer": {"name": p.name, "contact": {"email": p.email, "phone": phone if phone else p.phone}},
            "by_email": {p.email: {"visits": rng.randint(1, 9)}},
            "messages": [{"role": "user", "content": p.note}, {"role": "assistant", "content": "Noted, thank you."}],
            "assigned": {"role": p.name, "type": "reviewer"},
            "meta": json.dumps({"ssn": p.national, "birth_city": p.city}, ensure_ascii=False),
            "status": p.status,
        }
        pl = _person_plants(p) + [Plant("PHONE_NUMBER", p.phone, digits=True)] + _note_plants(p)
        if slug and "-" in slug:
            rec["profile"] = f"https://social.example.com/in/{slug}"
            pl.append(Plant("PERSON_IN_URL", slug))
        recs.append(rec)
        plants.append(pl)
    return recs, plants


def headerless_rows(ps: list[t5.Person], rng: random.Random) -> tuple[list[list], list[list[Plant]]]:
    rows, plants = [], []
    for p in ps:
        age = rng.randint(19, 88)
        cell = json.dumps({"name": p.name, "tel": p.phone}, ensure_ascii=False)
        rows.append([p.name, p.city, p.email, str(age), p.national, cell, p.amount])
        plants.append(_person_plants(p) + [Plant("PHONE_NUMBER", p.phone, digits=True)])
    return rows, plants


def typed_parquet(ps: list[t5.Person], path: Path) -> list[list[Plant]]:
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.table({
        "c1": pa.array([p.name for p in ps]),
        "c2": pa.array([_int_phone(p) for p in ps], type=pa.int64()),
        "c3": pa.array([p.birth for p in ps], type=pa.date32()),
        "c4": pa.array([p.city for p in ps]),
        "c5": pa.array([p.national for p in ps]),
        "c6": pa.array([p.status for p in ps]),
    })
    pq.write_table(table, path)
    return [_person_plants(p) + ([Plant("PHONE_NUMBER", str(_int_phone(p)), digits=True)] if _int_phone(p) else [])
            for p in ps]


def hf_folder(records: list[dict], path: Path) -> None:
    from datasets import Dataset

    Dataset.from_list(records).save_to_disk(str(path))


# --------------------------------------------------------------------------- clean files

PRODUCTS = ["Oscar Sofa", "Victoria Kettle", "Lincoln Desk", "Milano Duvet", "Florence Lamp", "Camden Chair",
            "Berlin Bookshelf", "Aurora Rug", "Jackson Shelf", "Luna Mirror", "Helsinki Stool", "Dakota Bench"]
CATEGORIES = ["Garten", "Büro", "Küche", "Bad", "Wohnzimmer"]
SPEC_WORDS = ["oak", "steel", "linen", "walnut", "glass", "wool"]


def clean_nested(rng: random.Random, n: int) -> list[dict]:
    return [{"product": {"name": rng.choice(PRODUCTS), "sku": f"SKU-{rng.randint(10000, 99999)}",
                         "price": rng.randint(9, 900)},
             "tags": rng.sample(["new", "sale", "eco", "bestseller", "limited"], 2),
             "specs": json.dumps({"material": rng.choice(SPEC_WORDS), "weight_kg": rng.randint(1, 40)}),
             "messages": [{"role": "user", "content": "Is the frame easy to assemble?"},
                          {"role": "assistant", "content": "Yes, it takes about twenty minutes."}]}
            for _ in range(n)]


def clean_rows(rng: random.Random, n: int) -> list[list]:
    return [[rng.choice(PRODUCTS), rng.choice(CATEGORIES), str(rng.randint(0, 900)),
             f"{rng.choice('ABCDE')}-{rng.randint(1, 30)}-{rng.randint(1, 9)}", str(rng.randint(100000000, 999999999))]
            for _ in range(n)]


# --------------------------------------------------------------------------- running and judging


def copy_rows(path: Path) -> list[str]:
    """Every value and key of each record of a copy, as text (a JSON document in a field also decoded): a
    planted value is looked for in its own record, so that a surrogate name drawn for another person ("Jane
    Nguyễn") is not counted as a part of this one left ("Lê Jane")."""
    if path.is_dir():
        from datasets import load_from_disk

        recs = load_from_disk(str(path)).to_list()
    elif path.suffix == ".parquet":
        import pyarrow.parquet as pq

        recs = pq.read_table(path).to_pylist()
    elif path.suffix == ".jsonl":
        recs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    else:
        import csv

        sep = "|" if "pipe" in path.name else ";" if "semicolon" in path.name else "\t" if "tab" in path.name \
            else ","
        with path.open(newline="", encoding="utf-8") as fh:
            recs = list(csv.reader(fh, delimiter=sep))
    return [json.dumps(r, ensure_ascii=False, default=str) + "\n" + str(r) for r in recs]


def copy_text(path: Path) -> str:
    """Every value and key of a copy, as text."""
    if path.is_dir():
        from datasets import load_from_disk

        return json.dumps(load_from_disk(str(path)).to_list(), ensure_ascii=False, default=str)
    if path.suffix == ".parquet":
        import pyarrow.parquet as pq

        return json.dumps(pq.read_table(path).to_pylist(), ensure_ascii=False, default=str)
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".jsonl":  # JSON documents inside string fields: their escapes undone
        return text + "\n" + json.dumps([json.loads(line) for line in text.splitlines() if line.strip()],
                                        ensure_ascii=False)
    return text


def scrub(inp: Path, out: Path, policy: str, env: dict) -> tuple[str, dict]:
    ev = out.parent / (out.name + ".evidence.json")
    r = subprocess.run(CLI + ["scrub", str(inp), "--out", str(out), "--policy", policy, "--evidence", str(ev),
                              "--no-progress"], env=env, capture_output=True, text=True)
    doc = json.loads(ev.read_text()) if ev.exists() else {}
    e = doc.get("evidence", doc)
    verdict = "pass" if r.returncode == 0 and e.get("output_written") else "fail"
    if r.returncode not in (0, 1) and not e:
        raise SystemExit(f"scrub of {inp.name} crashed: {r.stderr[-600:]}")
    return verdict, e


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rows", type=int, default=40)
    ap.add_argument("--seed", type=int, default=6, help="6: the dev part; 66: the held-out part")
    ap.add_argument("--policy", default="default")
    ap.add_argument("--only", default="")
    ap.add_argument("--dump", default="")
    ap.add_argument("--rejudge", action="store_true", help="with --dump of an earlier run: judge its copies again")
    args = ap.parse_args()
    folder = Path(args.dump) if args.dump else Path(tempfile.mkdtemp(prefix="pii-tables6-"))
    folder.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, GOVERNED_TUNING_PSEUDONYM_KEY=KEY, HF_DATASETS_OFFLINE="1")
    rng = random.Random(args.seed)
    files: dict[str, tuple[Path, list[list[Plant]] | None]] = {}
    recs, plants = crm_nested(t5.people(args.rows, args.seed, 1), rng)
    p = folder / "crm_nested.jsonl"
    p.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs), encoding="utf-8")
    files["crm_nested.jsonl"] = (p, plants)
    for i, (name, sep) in enumerate(SEPARATORS.items()):
        rows, plants = headerless_rows(t5.people(args.rows, args.seed, 10 + i), rng)
        p = folder / f"headerless_{name}.csv"
        t5.write_csv(p, None, rows, sep)
        files[p.name] = (p, plants)
    p = folder / "typed.parquet"
    files[p.name] = (p, typed_parquet(t5.people(args.rows, args.seed, 20), p))
    ps = t5.people(args.rows, args.seed, 21)
    p = folder / "people_hf"
    hf_folder([{"name": x.name, "email": x.email, "note": x.note} for x in ps], p)
    files[p.name] = (p, [[Plant("PERSON", x.name, x.parts), Plant("EMAIL_ADDRESS", x.email)] + _note_plants(x)
                         for x in ps])
    # clean
    p = folder / "catalogue_nested.jsonl"
    p.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in clean_nested(rng, args.rows)),
                 encoding="utf-8")
    files[p.name] = (p, None)
    p = folder / "inventory_pipe.csv"
    t5.write_csv(p, None, clean_rows(rng, args.rows), "|")
    files[p.name] = (p, None)
    import pyarrow as pa
    import pyarrow.parquet as pq

    p = folder / "orders.parquet"
    pq.write_table(pa.table({"order_id": [f"ORD-{rng.randint(100000, 999999)}" for _ in range(args.rows)],
                             "item": [rng.choice(PRODUCTS) for _ in range(args.rows)],
                             "qty": [rng.randint(1, 9) for _ in range(args.rows)],
                             "total": [float(rng.randint(500, 99999)) / 100 for _ in range(args.rows)]}), p)
    files[p.name] = (p, None)
    p = folder / "catalogue_hf"
    hf_folder([{"item": rng.choice(PRODUCTS), "category": rng.choice(CATEGORIES),
                "description": "Ships flat-packed; assembly takes twenty minutes."} for _ in range(args.rows)], p)
    files[p.name] = (p, None)

    only = {s for s in args.only.split(",") if s}
    measure = None
    t0 = time.time()
    lines = [f"## Everywhere personal data sits, in structured files: policy {args.policy}, seed {args.seed}, "
             f"{args.rows} records per file", "",
             "| file | verdict | expected | right? | values left | of | left by kind | content lost |",
             "|---|---|---|---|---|---|---|---|"]
    wrong = 0
    for name, (src, plants) in files.items():
        if only and name not in only:
            continue
        out = folder / ("shipped." + name)
        ev_path = out.parent / (out.name + ".evidence.json")
        if args.rejudge and ev_path.exists():  # judge the copies of an earlier run again (its --dump folder)
            e = json.loads(ev_path.read_text()).get("evidence", {})
            verdict = "pass" if e.get("output_written") else "fail"
        else:
            if out.exists():
                shutil.rmtree(out) if out.is_dir() else out.unlink()
            verdict, ev = scrub(src, out, args.policy, env)
        measured = out
        if not out.exists():  # blocked: scrub again with no residual limit, to count what the copy held
            measure = measure or t5.measure_policy(args.policy, folder, env)
            measured = folder / ("measure." + name)
            if not (args.rejudge and measured.exists()):
                if measured.exists():
                    shutil.rmtree(measured) if measured.is_dir() else measured.unlink()
                scrub(src, measured, str(measure), env)
        text = copy_text(measured) if measured.exists() else ""
        if plants is None:
            before = Counter(re.findall(r"\w+", copy_text(src).casefold()))
            after = Counter(re.findall(r"\w+", text.casefold()))
            lost = sum((before - after).values())
            lost_s = f"{lost}/{sum(before.values())} words ({100 * lost / max(1, sum(before.values())):.1f}%)"
            expected, left, total, kinds = "pass", 0, 0, ""
        else:
            by_kind: Counter = Counter()
            total = sum(len(x) for x in plants)
            rows = copy_rows(measured) if measured.exists() else []
            if len(rows) != len(plants):  # records dropped: each value is looked for in the whole copy
                rows = [text] * len(plants)
            for row, own in zip(plants, rows):
                for pl in row:
                    if pl.left(own, _digits(own)):
                        by_kind[pl.kind] += 1
            left = sum(by_kind.values())
            expected = "fail" if left else "pass"
            kinds = ", ".join(f"{k} {v}" for k, v in sorted(by_kind.items()))
            lost_s = "-"
        right = verdict == expected
        wrong += not right
        lines.append(f"| {name} | {verdict} | {expected} | {'yes' if right else '**NO**'} | {left} | {total} | "
                     f"{kinds} | {lost_s} |")
    lines.append("")
    lines.append(f"wrong verdicts: {wrong}; {time.time() - t0:.0f} s")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    import hashseed  # the same data on every run: PYTHONHASHSEED=0 unless set

    hashseed.pin()
    raise SystemExit(main())
