"""Places and street addresses in locales the place recognizers were not written against: leak per locale and
per way of writing, content lost, and the default gate's verdict on a clean twin of the set.

    .venv/bin/python benchmarks/pii_places.py [--per-locale 24] [--seed N]

The records are made with Faker in 16 locales that neither the dev sets (``pii_sealed_gen``: en_AU ... el_GR)
nor the tuning chats use, in five shapes users' data takes: a labelled form ("Address: ...", the town on its
own line), a JSON object with address keys, an English chat ("I moved to <town>, my new address is <street>"),
a letter's signature block (name, street, postcode and town, phone) and CSV text with a town column. Every
record names its person, so the default policy's ``locations: with_person`` targets its places. The clean twin
has the same shapes with products and teams in place of people and places (nothing may be removed).

Leaked: a planted town or street (its first line) survives verbatim in the scrubbed copy. Content lost: words
outside the planted values missing from the copy. Nothing is written to the repository.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

LOCALES = ["it_IT", "pl_PL", "sv_SE", "fi_FI", "tr_TR", "pt_BR", "es_ES", "fr_FR", "de_DE", "nl_NL", "en_GB",
           "en_US", "id_ID", "hr_HR", "uk_UA", "lt_LT"]
SHAPES = ["form", "json", "chat", "signature", "csv"]
WORD = re.compile(r"\w+")


def _person(f, rng):
    street = f.street_address().replace("\n", ", ")
    return {"name": f.name(), "street": street, "city": f.city(), "postcode": f.postcode(), "phone": f.phone_number()}


def make(per_locale: int, seed: int, clean: bool = False) -> list[dict]:
    from faker import Faker

    rng = random.Random(seed)
    out = []
    for loc in LOCALES:
        f = Faker(loc)
        for j in range(per_locale):
            f.seed_instance(rng.getrandbits(32))
            shape = SHAPES[j % len(SHAPES)]
            p = _person(f, rng)
            first = p["street"].split(", ")[0]  # the street's line without a flat ("Apt. 860"); "78, rue X" whole
            planted = [] if clean else [("STREET_ADDRESS", first if re.search(r"[^\W\d_]", first) else p["street"]),
                                        ("LOCATION", p["city"])]
            if clean:
                rec = _clean(shape, rng)
            elif shape == "form":
                rec = {"text": f"Name: {p['name']}\nAddress: {p['street']}\n{p['postcode']} {p['city']}\n"
                               f"Phone: {p['phone']}\nNote: please deliver after 5 pm"}
            elif shape == "json":
                rec = {"customer": {"name": p["name"], "address": p["street"], "city": p["city"],
                                    "zip": p["postcode"]}, "comment": "Deliver to the back door, thank you."}
            elif shape == "chat":
                rec = {"messages": [
                    {"role": "user", "content": f"Hi, this is {p['name']}. I recently moved to {p['city']}, "
                                                f"my new address is {p['street']}. Can you update my account?"},
                    {"role": "assistant", "content": "Of course. Your details are updated and the next order "
                                                     "ships on Monday."}]}
            elif shape == "signature":
                rec = {"body": f"Hello,\n\nThe parcel arrived damaged, please send a replacement.\n\nKind regards\n"
                               f"{p['name']}\n{p['street']}\n{p['postcode']} {p['city']}\n{p['phone']}"}
            else:
                rows = ["name,street,city,phone", f"{p['name']},\"{p['street']}\",{p['city']},{p['phone']}"]
                rec = {"text": "\n".join(rows)}
            out.append({"record": {"id": len(out), **rec}, "locale": loc, "shape": shape, "planted": planted,
                        "values": [] if clean else [p["name"], p["street"], p["city"], p["postcode"], p["phone"]]})
    return out


PRODUCTS = ["Kindle Paperwhite", "Sonos Era 100", "Galaxy Tab S9", "Nespresso Vertuo", "ThinkPad X1 Carbon"]
ORDINARY = ["Nice to hear from you again.", "Reading the manual did not help.", "Split the payment in two, please.",
            "The Mobile app shows an error.", "I took a Bath towel set back to the store.", "Victoria Sponge is sold out.",
            "The Billing team will call back.", "Como siempre, gracias.", "Turn it Of and on again."]


def _clean(shape: str, rng) -> dict:
    """The same shapes with no person and no place: products, orders, teams, and town names that are ordinary
    words ("Nice", "Reading", "Split", "Mobile", "Bath")."""
    prod, order, say = rng.choice(PRODUCTS), rng.randint(10**6, 10**7), rng.choice(ORDINARY)
    if shape == "form":
        return {"text": f"Product: {prod}\nOrder: {order}\nQty: {rng.randint(1, 9)}\nNote: {say}"}
    if shape == "json":
        return {"product": {"name": prod, "sku": f"KX-{rng.randint(100, 999)}", "price": rng.randint(10, 900)},
                "comment": say}
    if shape == "chat":
        return {"messages": [{"role": "user", "content": f"Hi, the {prod} from order {order} stopped working. {say}"},
                             {"role": "assistant", "content": "Sorry to hear that. A replacement ships on Monday."}]}
    if shape == "signature":
        return {"body": f"Hello,\n\n{say} Order {order} is on its way.\n\nKind regards\nCustomer Care Team\n"
                        f"Acme Devices Ltd\nSupport line open 9-17"}
    return {"text": "product,sku,qty\n" + f"{prod},KX-{rng.randint(100, 999)},{rng.randint(1, 40)}"}


def _texts(v, acc):
    if isinstance(v, dict):
        for k, x in v.items():
            acc.append(str(k))
            _texts(x, acc)
    elif isinstance(v, list):
        for x in v:
            _texts(x, acc)
    elif isinstance(v, (str, int)):
        acc.append(str(v))
    return acc


def lost_words(src: str, out: str, values=()) -> tuple[int, list[str]]:
    """(how many words ``src`` holds, those of them ``out`` no longer holds), counted with repeats, once the planted
    ``values`` are taken out of ``src`` (removing those is the point): the places benchmarks' content lost."""
    rest = src
    for v in sorted(values, key=len, reverse=True):
        rest = rest.replace(v, " ")
    kept: dict[str, int] = {}
    for w in WORD.findall(out):
        kept[w] = kept.get(w, 0) + 1
    words = WORD.findall(rest)
    gone = []
    for w in words:
        if kept.get(w, 0) > 0:
            kept[w] -= 1
        else:
            gone.append(w)
    return len(words), gone


def flat(rec: dict) -> str:
    return "\n".join(_texts({k: v for k, v in rec.items() if k != "id"}, []))


def run(samples: list[dict], d: Path, name: str):
    from governed_tuning.gates.pii import PiiGate
    from governed_tuning.policy import load_policy

    pol = load_policy("default").policy.pii
    tokens = pol.model_copy(update={"entities": {k: (r.model_copy(update={"action": "pseudonymize"})
                                                     if r.action == "surrogate" else r)
                                                 for k, r in pol.entities.items()}})
    src, dst = d / f"{name}.jsonl", d / f"{name}.out.jsonl"
    src.write_text("".join(json.dumps(s["record"], ensure_ascii=False) + "\n" for s in samples), encoding="utf-8")
    verdict = PiiGate(pol).check(src, dst).verdict
    outs, _ = PiiGate(tokens).scrub_records([s["record"] for s in samples])
    by_id = {o["id"]: flat(o) for o in outs}
    return verdict, [by_id.get(s["record"]["id"], "") for s in samples]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--per-locale", type=int, default=25)
    ap.add_argument("--seed", type=int, default=0x91ACE5)
    ap.add_argument("--misses", action="store_true", help="print the values left (generated data only)")
    a = ap.parse_args()
    os.environ.setdefault("GOVERNED_TUNING_PSEUDONYM_KEY", "places-benchmark-key-not-secret-0123456789")
    with tempfile.TemporaryDirectory() as tmp:
        for name, clean in (("places", False), ("clean", True)):
            samples = make(a.per_locale, a.seed + clean, clean)
            verdict, outs = run(samples, Path(tmp), name)
            tab: dict = defaultdict(lambda: [0, 0])
            words = lost = 0
            for s, out in zip(samples, outs):
                n, gone = lost_words(flat(s["record"]), out, s["values"] if not clean else ())
                words, lost = words + n, lost + len(gone)
                for kind, value in s["planted"]:
                    hit = value in out
                    if hit and a.misses:
                        print(f"    MISS {kind} {s['locale']} {s['shape']}: {value!r}")
                    for g in (("kind", kind), ("locale", f"{kind} {s['locale']}"), ("shape", f"{kind} {s['shape']}")):
                        tab[g][0] += 1
                        tab[g][1] += hit
            print(f"\n### {name}: {len(samples)} records, gate verdict (default policy): {verdict}; "
                  f"content lost {lost}/{words} = {100 * lost / max(words, 1):.2f}%")
            for group in ("kind", "shape", "locale"):
                rows = sorted((g[1], v) for g, v in tab.items() if g[0] == group)
                if rows:
                    print(" | ".join(f"{k} {b}/{n}" for k, (n, b) in rows))


if __name__ == "__main__":
    import hashseed  # the same data on every run: PYTHONHASHSEED=0 unless set

    hashseed.pin()
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    main()
