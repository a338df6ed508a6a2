"""Data-subject requests against data we did not write: does `subject find` find the people Faker made?

Faker makes people in many locales (name, e-mail, a phone number in the locale's own national format); each is
written into a support chat in one of several ways (name as given, lower case, upper case with a title; e-mail
upper-cased; the phone as Faker wrote it). The real PII gate scrubs the chats (default policy) and writes the
subject index; then each person is requested the way a requester gives their details (name as Faker gave it,
e-mail in lower case, the phone in international E.164 form) and we count, per identifier kind and per locale,
how many were found in the record that held them (recall) and how many other records came back (false matches).
Also: the index's size per record and what it adds to the scrub's time (index on vs off, same run).

    .venv/bin/python benchmarks/subject_requests.py [--n 400] [--seed 7]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

LOCALES = ["en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "pl_PL", "sv_SE", "pt_BR", "en_IN",
           "tr_TR"]


def people(n: int, seed: int):
    import phonenumbers
    from faker import Faker

    rng = random.Random(seed)
    out = []
    for i in range(n):
        loc = LOCALES[i % len(LOCALES)]
        f = Faker(loc)
        f.seed_instance(seed * 100003 + i)
        name = f"{f.first_name()} {f.last_name()}"
        email = f"{name.split()[0].lower()}.{rng.randint(10, 9999)}@{f.free_email_domain()}"
        region = loc.split("_")[1]
        phone = f.phone_number()
        try:
            e164 = phonenumbers.format_number(phonenumbers.parse(phone, region), phonenumbers.PhoneNumberFormat.E164)
        except phonenumbers.NumberParseException:
            e164 = None
        out.append({"loc": loc, "name": name, "email": email, "phone": phone, "e164": e164})
    return out


def chat(p: dict, style: int) -> dict:
    name = [p["name"], p["name"].lower(), "Dr. " + p["name"].upper()][style % 3]
    email = p["email"].upper() if style % 2 else p["email"]
    return {"prompt": f"Hello, this is {name}. My email is {email} and my phone is {p['phone']}. My order is late.",
            "completion": "Sorry to hear that, we will look into it."}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=400)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    os.environ.setdefault("GOVERNED_TUNING_PSEUDONYM_KEY", "b3" * 32)
    from governed_tuning.gates.pii import PiiGate
    from governed_tuning.policy import load_policy
    from governed_tuning.subjects.find import Request, find

    ps = people(args.n, args.seed)
    tmp = Path(tempfile.mkdtemp(prefix="subject-bench-"))
    raw = tmp / "raw.jsonl"
    raw.write_text("".join(json.dumps(chat(p, i)) + "\n" for i, p in enumerate(ps)))
    policy = load_policy("default").policy.pii
    warm = tmp / "warm.jsonl"  # loads the NER model once for both; other people, so no segment is cached
    warm.write_text("".join(json.dumps(chat(p, i)) + "\n" for i, p in enumerate(people(20, args.seed + 1))))
    PiiGate(policy).check(warm, tmp / "warm-out.jsonl")
    # each engine with its own scrubber (cold segment caches), the index off then on
    off_gate = PiiGate(policy.model_copy(update={"subject_index": False}))
    t0 = time.perf_counter()
    off_gate.check(raw, tmp / "off.jsonl", index_path=tmp / "off.idx")
    t_off = time.perf_counter() - t0
    gate = PiiGate(policy)
    reports = tmp / "reports"
    (reports / "copies").mkdir(parents=True)
    out = reports / "copies" / "chats.jsonl"
    t0 = time.perf_counter()
    res = gate.check(raw, out, index_path=out.with_name(out.name + ".subjects.json.gz"))
    t_on = time.perf_counter() - t0
    assert res.verdict == "pass", res.reasons
    idx_bytes = out.with_name(out.name + ".subjects.json.gz").stat().st_size
    key = os.environ["GOVERNED_TUNING_PSEUDONYM_KEY"].encode()
    found: dict[str, Counter] = defaultdict(Counter)
    by_loc: dict[str, Counter] = defaultdict(Counter)
    false = Counter()
    for i, p in enumerate(ps):
        asks = [("name", Request.of(names=[p["name"]])), ("email", Request.of(emails=[p["email"].lower()]))]
        if p["e164"]:
            asks.append(("phone", Request.of(phones=[p["e164"]])))
        for kind, req in asks:
            ms = find(reports, req, key).matches
            pos = {q for m in ms for q in m.in_copy}
            found[kind]["asked"] += 1
            found[kind]["found"] += i in pos
            by_loc[p["loc"]][kind] += i in pos
            by_loc[p["loc"]][kind + "_asked"] += 1
            false[kind] += len(pos - {i})
    print(f"{args.n} people, {len(LOCALES)} locales (Faker {__import__('faker').VERSION}), default policy")
    print("| identifier | requests | found | recall | other records returned |")
    print("|---|---|---|---|---|")
    for kind in ("name", "email", "phone"):
        c = found[kind]
        print(f"| {kind} | {c['asked']} | {c['found']} | {c['found'] / max(c['asked'], 1):.1%} | {false[kind]} |")
    print("\n| locale | name | email | phone |\n|---|---|---|---|")
    for loc in LOCALES:
        c = by_loc[loc]
        print(f"| {loc} | " + " | ".join(f"{c[k]}/{c[k + '_asked']}" for k in ("name", "email", "phone")) + " |")
    print(f"\nindex: {idx_bytes} bytes ({idx_bytes / args.n:.0f} bytes per record, gzip); scrub {t_off:.2f}s without "
          f"the index, {t_on:.2f}s with it (ratio {t_on / t_off:.2f})")


if __name__ == "__main__":
    main()
