"""Chat and record formats users hand over, with personal data in every position they hold it: OpenAI
messages (``name`` fields, tool calls whose ``arguments`` are a JSON string, tool results as JSON text, a
``metadata`` blob), ShareGPT (``conversations`` with ``from``/``value``, function calls and observations),
Alpaca (instruction/input/output, the output a pretty-printed JSON document), TRL's prompt/chosen/rejected
(strings and message lists, also scrubbed with ``--fields prompt``: the other fields are re-scanned), Hugging
Face ``save_to_disk`` folders with nested features, a CSV cell holding JSON that holds JSON, Parquet struct and
list columns, and values under person keys in many languages ("nombre", "имя", "名前", "author"); each
scrubbed through ``governed-tuning scrub`` as a user runs it, and judged both ways.

    .venv/bin/python benchmarks/pii_struct7.py [--rows 30] [--seed 7] [--policy default] [--only a,b] [--dump DIR]

A dev set made here with a fixed seed: people of 24 Faker locales and national numbers accepted by python-stdnum
(``pii_tables5.people``, ``pii_idgen``), card numbers from Faker (Luhn-valid), in structures and sentences this
benchmark writes. ``--seed 7`` is the dev part the struct7 engineer tuned on; ``--seed 77`` is the held-out
part, run once at the end.

Reported per file: planted values left in the copy (by kind and position), the shipped policy's verdict and
whether it is right (a file with a value left must fail; a file with none left, and every clean file, must
pass), content lost on the clean files (words of the input missing from the copy). A file the policy blocks is
scrubbed again with no residual limit, to count what the copy would have held. One run; nothing is written to
the repository.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import pii_tables5 as t5  # noqa: E402
import pii_tables6 as t6  # noqa: E402
from pii_tables6 import Plant  # noqa: E402

KEY = "pii-struct7-benchmark-key-not-secret-01"
# person keys in the languages our users label records in (a CLDR-like vocabulary written here)
PERSON_KEYS = ["author", "nombre", "Name", "имя", "名前", "이름", "full_name", "Nom", "nome_completo", "reporter"]


def _int_phone(p: t5.Person) -> int | None:
    return t6._int_phone(p)


def _card(rng: random.Random) -> str:
    from faker import Faker

    fk = Faker("en_US")
    fk.seed_instance(rng.randrange(1 << 30))
    return fk.credit_card_number(card_type=rng.choice(["visa16", "mastercard", "amex"]))


def _ssn_int(rng: random.Random) -> int:
    import pii_idgen

    return int(re.sub(r"\D", "", pii_idgen.make("US_SSN", rng)[0]))


def _first(p: t5.Person) -> str:
    return p.parts[0] if p.parts else p.name


def _pl(p: t5.Person, where: str, kinds: tuple = ("PERSON", "EMAIL_ADDRESS")) -> list[Plant]:
    out = []
    for k in kinds:
        if k == "PERSON":
            out.append(Plant(f"PERSON ({where})", p.name, p.parts))
        elif k == "EMAIL_ADDRESS":
            out.append(Plant(f"EMAIL_ADDRESS ({where})", p.email))
        elif k == "PHONE_NUMBER":
            out.append(Plant(f"PHONE_NUMBER ({where})", p.phone, digits=True))
        elif k == "LOCATION":
            out.append(Plant(f"LOCATION ({where})", p.city))
        elif k == "NATIONAL_ID":
            out.append(Plant(f"NATIONAL_ID ({where})", p.national,
                             digits=sum(c.isdigit() for c in p.national) >= 6))
    return out


# --------------------------------------------------------------------------- planted shapes


def openai_tools(ps, rng):
    recs, plants = [], []
    for i, p in enumerate(ps):
        ph = _int_phone(p)
        card = _card(rng)
        ssn = _ssn_int(rng)
        args = {"customer_name": p.name, "email": p.email, "phone": ph if ph else p.phone,
                "card_number": int(card)}
        result = {"status": "ok", "record": {"holder": p.name, "city": p.city, "national_id": p.national}}
        rec = {"messages": [
            {"role": "system", "content": "You are a helpful support agent for an online shop."},
            {"role": "user", "name": p.name, "content": "Hi, please update the card on my account."},
            {"role": "assistant", "content": None, "tool_calls": [{"id": f"call_{i:04d}", "type": "function",
                                                                 "function": {"name": "update_customer",
                                                                              "arguments": json.dumps(args, ensure_ascii=False)}}]},
            {"role": "tool", "tool_call_id": f"call_{i:04d}", "content": json.dumps(result, ensure_ascii=False)},
            {"role": "assistant", "content": f"Done, {_first(p)}: the new card is on file."}],
            "metadata": json.dumps({"agent": {"author": p.name}, "ssn": ssn, "source": "crm-export"})}
        pl = _pl(p, "tool arguments", ("PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER")) + [
            Plant("CREDIT_CARD (tool arguments, int)", card, digits=True),
            Plant("LOCATION (tool result)", p.city), Plant("NATIONAL_ID (tool result)", p.national,
                                                          digits=sum(c.isdigit() for c in p.national) >= 6),
            Plant("US_SSN (metadata, int)", str(ssn), digits=True)]
        recs.append(rec)
        plants.append(pl)
    return recs, plants


def sharegpt(ps, rng):
    recs, plants = [], []
    for i, p in enumerate(ps):
        ph = _int_phone(p)
        conv = [{"from": "system", "value": "You can call tools to look up orders."},
                {"from": "human", "value": p.note},
                {"from": "function_call", "value": json.dumps({"name": "lookup_customer", "arguments": {
                    "email": p.email, "phone": ph if ph else p.phone}}, ensure_ascii=False)},
                {"from": "observation", "value": json.dumps({"customer": {"name": p.name, "city": p.city}},
                                                            ensure_ascii=False)},
                {"from": "gpt", "value": f"Thanks {_first(p)}, I found your order."}]
        pl = [Plant("EMAIL_ADDRESS (function_call)", p.email),
              Plant("PHONE_NUMBER (function_call)", p.phone, digits=True),
              Plant("PERSON (observation)", p.name, p.parts), Plant("LOCATION (observation)", p.city)] + t6._note_plants(p)
        if i % 3 == 0:  # a speaker named instead of a role
            conv.insert(2, {"from": p.name, "value": "Any news about my parcel?"})
        recs.append({"id": f"conv-{i}", "conversations": conv})
        plants.append(pl)
    return recs, plants


def alpaca(ps, rng):
    recs, plants = [], []
    for p in ps:
        ph = _int_phone(p)
        out = {"name": p.name, "email": p.email, "phone": ph if ph else p.phone, "national_id": p.national}
        recs.append({"instruction": "Extract the customer's details from the note as JSON.",
                     "input": f"Customer {p.name} wrote from {p.email}; call back on {p.phone}. ID {p.national}.",
                     "output": json.dumps(out, ensure_ascii=False, indent=2)})
        plants.append(_pl(p, "input+output", ("PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "NATIONAL_ID")))
    return recs, plants


def trl_strings(ps, rng):
    recs, plants = [], []
    for p in ps:
        recs.append({"prompt": f"Write a short reply to {p.name} ({p.email}) about the late refund.",
                     "chosen": f"Dear {p.name}, your refund was sent today. Questions? Call us; we have "
                               f"{p.phone} on file for you.",
                     "rejected": f"Hi {_first(p)}, we emailed {p.email}; the refund for ID {p.national} is late."})
        plants.append(_pl(p, "prompt/chosen/rejected", ("PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "NATIONAL_ID")))
    return recs, plants


def trl_messages(ps, rng):
    recs, plants = [], []
    for p in ps:
        recs.append({"prompt": [{"role": "user", "content": f"My name is {p.name}, my e-mail is {p.email}. "
                                                            "Where is my parcel?"}],
                     "chosen": [{"role": "assistant", "content": f"Hello {p.name}, it ships to {p.city} tomorrow."}],
                     "rejected": [{"role": "assistant", "name": p.name,
                                   "content": f"We will call {p.phone} when it ships."}]})
        plants.append(_pl(p, "prompt/chosen/rejected msgs", ("PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "LOCATION")))
    return recs, plants


def person_keys(ps, rng):
    recs, plants = [], []
    for i, p in enumerate(ps):
        key = PERSON_KEYS[i % len(PERSON_KEYS)]
        q = ps[(i + 7) % len(ps)]
        recs.append({"ticket": 9100 + i, "reporter_info": {key: p.name},
                     "review": {"role": q.name, "text": "The delivery was on time and the box was intact."},
                     "rating": rng.randint(1, 5)})
        plants.append([Plant(f"PERSON (under '{key}')", p.name, p.parts),
                       Plant("PERSON (under 'role')", q.name, q.parts)])
    return recs, plants


def nested_json_cells(ps, rng):
    """CSV rows whose payload cell holds JSON holding JSON (an event log exported from a queue)."""
    rows, plants = [], []
    for i, p in enumerate(ps):
        ph = _int_phone(p)
        inner = json.dumps({"email": p.email, "ssn": _ssn_int(rng)})
        payload = json.dumps({"event": "call", "caller": {"name": p.name, "phone": ph if ph else p.phone},
                              "details": inner}, ensure_ascii=False)
        rows.append([str(5000 + i), payload, rng.choice(["open", "closed"])])
        plants.append(_pl(p, "JSON in JSON in CSV", ("PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER")))
    return rows, plants


def parquet_structs(ps, rng, path: Path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    cust = pa.array([{"name": p.name, "phone": _int_phone(p) or 0, "emails": [p.email],
                      "address": {"city": p.city}} for p in ps])
    msgs = pa.array([[{"role": "user", "content": f"I am {p.name}, is my order ready?"},
                      {"role": "assistant", "content": "Yes, it is ready for pick-up."}] for p in ps])
    extra = pa.array([json.dumps({"tool": "crm", "args": {"card": int(_card(rng))}}) for _ in ps])
    pq.write_table(pa.table({"customer": cust, "messages": msgs, "extra": extra}), path)
    return [_pl(p, "struct/list", ("PERSON", "EMAIL_ADDRESS", "LOCATION"))
            + ([Plant("PHONE_NUMBER (struct, int64)", str(_int_phone(p)), digits=True)] if _int_phone(p) else [])
            for p in ps]


def hf_nested(ps, rng, path: Path):
    recs, plants = [], []
    for p in ps:
        ph = _int_phone(p)
        recs.append({"messages": [{"role": "user", "content": p.note},
                                  {"role": "assistant", "content": f"Thank you {_first(p)}, noted."}],
                     "customer": {"name": p.name, "phone": ph or 0, "email": p.email},
                     "tool_args": json.dumps({"recipient": p.name, "iban_owner_email": p.email})})
        plants.append(_pl(p, "hf nested", ("PERSON", "EMAIL_ADDRESS"))
                      + ([Plant("PHONE_NUMBER (hf int64)", str(ph), digits=True)] if ph else []) + t6._note_plants(p))
    t6.hf_folder(recs, path)
    return plants


# --------------------------------------------------------------------------- clean shapes

SKUS = ["Oscar Sofa", "Victoria Kettle", "Lincoln Desk", "Milano Duvet", "Florence Lamp", "Aurora Rug"]


def clean_openai(rng, n):
    out = []
    for i in range(n):
        sku = f"SKU-{rng.randint(10000, 99999)}"
        out.append({"messages": [
            {"role": "system", "content": "You are a helpful support agent for an online shop."},
            {"role": "user", "content": f"Is the {rng.choice(SKUS)} in stock?"},
            {"role": "assistant", "content": None, "tool_calls": [{"id": f"call_{i:04d}", "type": "function",
                                                                 "function": {"name": "check_stock",
                                                                              "arguments": json.dumps({"sku": sku, "qty": rng.randint(1, 4)})}}]},
            {"role": "tool", "tool_call_id": f"call_{i:04d}",
             "content": json.dumps({"in_stock": True, "warehouse": "north", "eta_days": rng.randint(1, 5)})},
            {"role": "assistant", "content": "Yes, it is in stock and ships within a week."}],
            "metadata": json.dumps({"source": "faq-export", "version": rng.randint(1, 9), "order_total": rng.randint(100000, 999999)})})
    return out


def clean_sharegpt(rng, n):
    return [{"id": f"c-{i}", "conversations": [
        {"from": "human", "value": f"How long does the {rng.choice(SKUS)} take to assemble?"},
        {"from": "function_call", "value": json.dumps({"name": "manual", "arguments": {"sku": rng.randint(100000, 999999)}})},
        {"from": "observation", "value": json.dumps({"minutes": rng.randint(10, 60), "tools": ["screwdriver"]})},
        {"from": "gpt", "value": "About half an hour with a screwdriver."}]} for i in range(n)]


def clean_alpaca(rng, n):
    return [{"instruction": "Extract the product details as JSON.",
             "input": f"The {rng.choice(SKUS)} weighs {rng.randint(2, 40)} kg and costs {rng.randint(20, 900)} euros.",
             "output": json.dumps({"product": rng.choice(SKUS), "weight_kg": rng.randint(2, 40),
                                   "article": rng.randint(1000000, 9999999)}, indent=2)} for _ in range(n)]


def clean_trl(rng, n):
    return [{"prompt": [{"role": "user", "content": f"Should I oil the {rng.choice(SKUS)} every month?"}],
             "chosen": [{"role": "assistant", "content": "Twice a year is enough for oiled oak."}],
             "rejected": [{"role": "assistant", "content": "Never, wood does not need care."}]} for _ in range(n)]


def clean_parquet(rng, n, path: Path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    pq.write_table(pa.table({
        "product": pa.array([{"name": rng.choice(SKUS), "article": rng.randint(1000000, 9999999),
                              "tags": ["oak", "sale"]} for _ in range(n)]),
        "messages": pa.array([[{"role": "user", "content": "Does it come assembled?"},
                               {"role": "assistant", "content": "No, it ships flat-packed."}] for _ in range(n)]),
        "extra": pa.array([json.dumps({"warehouse": "north", "bin": rng.randint(1, 99)}) for _ in range(n)])}), path)


# --------------------------------------------------------------------------- running


def _jsonl(path: Path, recs: list[dict]) -> None:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs), encoding="utf-8")


def scrub(inp: Path, out: Path, policy: str, env: dict, fields: str = "") -> tuple[str, dict]:
    import subprocess

    ev = out.parent / (out.name + ".evidence.json")
    cmd = t6.CLI + ["scrub", str(inp), "--out", str(out), "--policy", policy, "--evidence", str(ev), "--no-progress"]
    if fields:
        cmd += ["--fields", fields]
    r = subprocess.run(cmd, env=env, capture_output=True, text=True)
    doc = json.loads(ev.read_text()) if ev.exists() else {}
    e = doc.get("evidence", doc)
    if r.returncode not in (0, 1) and not e:
        raise SystemExit(f"scrub of {inp.name} crashed: {r.stderr[-600:]}")
    return ("pass" if r.returncode == 0 and e.get("output_written") else "fail"), e


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rows", type=int, default=30)
    ap.add_argument("--seed", type=int, default=7, help="7: the dev part; 77: the held-out part")
    ap.add_argument("--policy", default="default")
    ap.add_argument("--only", default="")
    ap.add_argument("--dump", default="")
    args = ap.parse_args()
    folder = Path(args.dump) if args.dump else Path(tempfile.mkdtemp(prefix="pii-struct7-"))
    folder.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, GOVERNED_TUNING_PSEUDONYM_KEY=KEY, HF_DATASETS_OFFLINE="1")
    rng = random.Random(args.seed)
    n = args.rows
    files: dict[str, tuple[Path, list | None, str]] = {}  # run name -> (input, plants or None, --fields)
    for off, (name, make) in enumerate([("openai_tools.jsonl", openai_tools), ("sharegpt.jsonl", sharegpt),
                                        ("alpaca.jsonl", alpaca), ("trl_strings.jsonl", trl_strings),
                                        ("trl_messages.jsonl", trl_messages), ("person_keys.jsonl", person_keys)]):
        recs, plants = make(t5.people(n, args.seed, 30 + off), rng)
        p = folder / name
        _jsonl(p, recs)
        files[name] = (p, plants, "")
    for name in ("trl_strings.jsonl", "trl_messages.jsonl"):
        files[name + " --fields prompt"] = (files[name][0], files[name][1], "prompt")
    rows, plants = nested_json_cells(t5.people(n, args.seed, 40), rng)
    p = folder / "json_in_json.csv"
    t5.write_csv(p, ["id", "payload", "status"], rows, ",")
    files[p.name] = (p, plants, "")
    p = folder / "structs.parquet"
    files[p.name] = (p, parquet_structs(t5.people(n, args.seed, 41), rng, p), "")
    p = folder / "chats_hf"
    files[p.name] = (p, hf_nested(t5.people(n, args.seed, 42), rng, p), "")
    for name, recs in (("clean_openai.jsonl", clean_openai(rng, n)), ("clean_sharegpt.jsonl", clean_sharegpt(rng, n)),
                       ("clean_alpaca.jsonl", clean_alpaca(rng, n)), ("clean_trl.jsonl", clean_trl(rng, n))):
        p = folder / name
        _jsonl(p, recs)
        files[name] = (p, None, "")
    p = folder / "clean_structs.parquet"
    clean_parquet(rng, n, p)
    files[p.name] = (p, None, "")

    only = {s for s in args.only.split(",") if s}
    measure = None
    t0 = time.time()
    lines = [f"## Chat and record formats: policy {args.policy}, seed {args.seed}, {n} records per file", "",
             "| file | verdict | expected | right? | values left | of | left by kind (position) | content lost |",
             "|---|---|---|---|---|---|---|---|"]
    wrong = 0
    for run, (src, plants, flds) in files.items():
        if only and run.split(" ")[0] not in only:
            continue
        tag = re.sub(r"\W+", "_", run)
        out = folder / ("shipped." + tag + ("" if src.is_dir() else src.suffix))
        if out.exists():
            shutil.rmtree(out) if out.is_dir() else out.unlink()
        verdict, _ = scrub(src, out, args.policy, env, flds)
        measured = out
        if not out.exists():
            measure = measure or t5.measure_policy(args.policy, folder, env)
            measured = folder / ("measure." + tag + ("" if src.is_dir() else src.suffix))
            if measured.exists():
                shutil.rmtree(measured) if measured.is_dir() else measured.unlink()
            scrub(src, measured, str(measure), env, flds)
        text = t6.copy_text(measured) if measured.exists() else ""
        if plants is None:
            before = Counter(re.findall(r"\w+", t6.copy_text(src).casefold()))
            after = Counter(re.findall(r"\w+", text.casefold()))
            lost = sum((before - after).values())
            lost_s = f"{lost}/{sum(before.values())} words ({100 * lost / max(1, sum(before.values())):.1f}%)"
            expected, left, total, kinds = "pass", 0, 0, ""
        else:
            by_kind: Counter = Counter()
            total = sum(len(x) for x in plants)
            rows_ = t6.copy_rows(measured) if measured.exists() else []
            if measured.suffix == ".csv" and len(rows_) == len(plants) + 1:
                rows_ = rows_[1:]  # the header row
            if len(rows_) != len(plants):
                rows_ = [text] * len(plants)
            for row, own in zip(plants, rows_):
                own = own + "\n" + _decoded_strings(own)
                for pl in row:
                    if pl.left(own, t6._digits(own)):
                        by_kind[pl.kind] += 1
            left = sum(by_kind.values())
            expected = "fail" if left else "pass"
            kinds = ", ".join(f"{k} {v}" for k, v in sorted(by_kind.items()))
            lost_s = "-"
        right = verdict == expected
        wrong += not right
        lines.append(f"| {run} | {verdict} | {expected} | {'yes' if right else '**NO**'} | {left} | {total} | "
                     f"{kinds} | {lost_s} |")
    lines += ["", f"wrong verdicts: {wrong}; {time.time() - t0:.0f} s"]
    print("\n".join(lines))
    return 0


def _decoded_strings(text: str) -> str:
    """JSON documents inside strings of ``text``'s first line (a copy's record as JSON), decoded at any depth, so
    a value escaped inside a JSON string ("\\u00e9", "\\\\\\"") is compared as written."""
    out: list[str] = []

    def walk(v, depth=0):
        if depth > 8:
            return
        if isinstance(v, str):
            t = v.strip()
            if t[:1] in "{[" and t[-1:] in "}]":
                try:
                    d = json.loads(t)
                except ValueError:
                    return
                out.append(json.dumps(d, ensure_ascii=False))
                walk(d, depth + 1)
        elif isinstance(v, dict):
            for k, x in v.items():
                walk(k, depth)
                walk(x, depth)
        elif isinstance(v, list):
            for x in v:
                walk(x, depth)

    try:
        walk(json.loads(text.split("\n", 1)[0]))
    except ValueError:
        pass
    return "\n".join(out)


if __name__ == "__main__":
    import hashseed  # the same data on every run: PYTHONHASHSEED=0 unless set

    hashseed.pin()
    raise SystemExit(main())
