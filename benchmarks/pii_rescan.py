"""The PII gate's re-scan judged both ways, on data we did not write (Faker, eight locales, fixed seeds).

    .venv/bin/python benchmarks/pii_rescan.py [--records 600] [--keys 3] [--policy default]

1. **False blocks**: ordinary support chats with names and details from eight locales (``fakechats.py``) are
   scrubbed by the whole gate under each of ``--keys`` pseudonym keys; a block is a false block. Reported: the
   verdict, leftovers, artefacts of the substitution the re-scan set aside, and values the re-scan found and
   the gate scrubbed in a further round.
2. **Planted leftovers**: the scrubbed copy (before the re-scan) is then damaged one record at a time, as a broken
   scrub would leave it, and the re-scan must fail each damaged copy:
   - ``undo``: one replacement the scrub wrote is undone (the original value is back in its place);
   - ``insert``: a value of each kind, from a locale and seed the chats never used, is written into a text of a
     record (after "Also:"), as data the detector never saw elsewhere.
   Detection rate per kind. (``insert`` of a name or street needs the detector or the name lists to know it:
   this is where the re-scan's independence shows.)
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))


def _undo(item, k):
    """``item`` with its ``k``-th written span replaced by the input text it stood for."""
    from governed_tuning.gates.pii.gate import Item
    from governed_tuning.gates.pii.rescan import Written

    ws = sorted(item.written, key=lambda w: w.start)
    w = ws[k]
    value = item.source[w.src_start:w.src_end]
    text = item.text[:w.start] + value + item.text[w.end:]
    d = len(value) - (w.end - w.start)
    rest = [x if x.start < w.start else Written(x.start + d, x.end + d, x.src_start, x.src_end, x.entity)
            for x in ws if x is not w]
    return Item(item.record, item.slot, text, rest, item.source, None, item.chosen), w.entity


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--records", type=int, default=600)
    ap.add_argument("--keys", type=int, default=3)
    ap.add_argument("--policy", default="default")
    ap.add_argument("--plants", type=int, default=300, help="damaged copies per kind of damage")
    a = ap.parse_args()

    import json

    from fakechats import chats
    from faker import Faker

    from governed_tuning.gates.pii import PiiGate
    from governed_tuning.policy import load_policy

    records, _ = chats(a.records)
    pol = load_policy(a.policy).policy.pii
    tmp = Path(os.environ.get("TMPDIR", "/tmp")) / "pii_rescan_bench"
    tmp.mkdir(exist_ok=True)
    src = tmp / "chats.jsonl"
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records))
    print(f"## {a.records} chats, 8 locales, policy {a.policy}\n")
    print("| key | verdict | leftovers | artefacts set aside | scrubbed after the re-scan | gate s |")
    print("|---|---|---|---|---|---|")
    blocks = 0
    for k in range(a.keys):
        os.environ[pol.pseudonym_key_env] = f"benchmark-key-{k}-" + "x" * 24
        out = tmp / f"out{k}.jsonl"
        out.unlink(missing_ok=True)
        t = time.perf_counter()
        res = PiiGate(pol).check(src, out)
        ev = res.evidence
        blocks += res.verdict != "pass"
        print(f"| {k} | {res.verdict} | {ev['residual']} | {sum(ev['rescan']['artefacts_by_type'].values())} "
              f"{dict(ev['rescan']['artefacts_by_type'])} | {dict(ev['rescan']['scrubbed_after_rescan_by_type'])} "
              f"| {time.perf_counter() - t:.1f} |")
    print(f"\nfalse blocks: {blocks} of {a.keys} runs\n")

    gate = PiiGate(pol)
    _, st = gate.scrub_records(records)
    items = st["items"]
    dirty = {items[r["item"]].record for r in gate.rescan(items)}  # records a first pass left something in
    items_clean = [i for i, it in enumerate(items) if it.record not in dirty]
    rng = random.Random(5)
    # undo one replacement
    found, total = Counter(), Counter()
    texts = [i for i in items_clean if items[i].written and items[i].slot.kind == "text"]
    for i in rng.sample(texts, min(a.plants, len(texts))):
        k = rng.randrange(len(items[i].written))
        damaged, kind = _undo(items[i], k)
        rest = [damaged if j == i else items[j] for j in range(len(items)) if items[j].record == items[i].record]
        total[kind] += 1
        found[kind] += bool(gate.rescan(rest))
    print("### undo one replacement (per kind: found / planted)\n")
    print(" | ".join(f"{k} {found[k]}/{total[k]}" for k in sorted(total)) + "\n")
    # insert a value never seen in the chats
    fk = {loc: Faker(loc) for loc in ("en_US", "de_DE", "fr_FR", "es_ES", "it_IT", "pt_BR", "nl_NL", "pl_PL")}
    for n, f in enumerate(fk.values()):
        f.seed_instance(9000 + n)
    makers = {"PERSON": lambda f: f.name(), "EMAIL_ADDRESS": lambda f: f.email(),
              "PHONE_NUMBER": lambda f: f.phone_number(), "IBAN_CODE": lambda f: f.iban(),
              "CREDIT_CARD": lambda f: Faker("en_US").credit_card_number(card_type="visa16"),
              "US_SSN": lambda f: Faker("en_US").ssn(), "STREET_ADDRESS": lambda f: f.street_address()}
    found, total = Counter(), Counter()
    plain = [i for i in items_clean if items[i].slot.kind == "text"]
    from governed_tuning.gates.pii.gate import Item

    for kind, make in makers.items():
        for _ in range(max(1, a.plants // len(makers))):
            i = rng.choice(plain)
            it = items[i]
            f = fk[rng.choice(list(fk))]
            value = " ".join(make(f).split())
            # as a value the scrub missed: in the input too, at the same place, and left in the copy
            src = (it.source if it.source is not None else it.text) + f" Also: {value}."
            damaged = Item(it.record, it.slot, it.text + f" Also: {value}.", it.written,
                           src if it.written else None, None, it.chosen)
            rest = [damaged if j == i else items[j] for j in range(len(items)) if items[j].record == it.record]
            total[kind] += 1
            found[kind] += any(r["entity"] and r["start"] >= len(it.text) for r in gate.rescan(rest)
                               if r["item"] == rest.index(damaged))
    print("### insert a value the chats never held (per kind: found / planted)\n")
    print(" | ".join(f"{k} {found[k]}/{total[k]}" for k in sorted(total)))
    # the re-scan's name check alone (no detector, no known values): names-dataset's lists, against Faker's own
    # lists (the source the names were drawn from, so that figure is flattering by construction)
    from governed_tuning.gates.pii.gate import gazetteer_people
    from governed_tuning.gates.pii.recognizers import _is_common
    from governed_tuning.gates.pii.surrogates import name_pairs as faker_pairs

    alone, by_faker, n = Counter(), Counter(), Counter()
    for loc, f in fk.items():
        for _ in range(100):
            name = " ".join(f"{f.first_name()} {f.last_name()}".split())
            text = f"Also: {name}."
            n[loc] += 1
            alone[loc] += any(x.start <= 6 and x.end >= 6 + len(name.split()[0]) for x in gazetteer_people(text))
            by_faker[loc] += bool(faker_pairs(text, _is_common))
    print("\n### the name check alone on 'Also: Given Surname.' (found / planted, per locale)\n")
    print("| lists | " + " | ".join(n) + " | all |\n|---|" + "---|" * (len(n) + 1))
    for label, c in (("names-dataset (now)", alone), ("Faker's own lists (before)", by_faker)):
        print(f"| {label} | " + " | ".join(f"{c[loc]}/{n[loc]}" for loc in n)
              + f" | {100 * sum(c.values()) / sum(n.values()):.1f}% |")


if __name__ == "__main__":
    import hashseed  # the same data on every run: PYTHONHASHSEED=0 unless set

    hashseed.pin()
    main()
