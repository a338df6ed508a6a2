"""The re-scan judged as a detector of what the scrub left: per set and per kind, the planted values that are
still in the scrubbed copy, how many of them the re-scan finds (its recall on leftovers), which passes found
them, the gate's verdict (right or wrong), and on sets without personal data its false findings per kind.

    .venv/bin/python benchmarks/pii_rescan_recall.py [--sets records,ids,clean,chats,chatids,presidio] [--policy default]

Sets: ``records``/``ids``/``clean`` (``pii_sealed_gen``: the dev set, 20 locales, users' record shapes),
``chats``/``chatids`` (``pii_chatgen`` held-out split, via ``pii_sets``) and ``presidio`` (the public
presidio-research set in ../shared/benchmarks/). The copy is the first scrub's (keyed tokens in place of
surrogates, so a fake name cannot equal a planted one), before any re-scrub round; the re-scan is the gate's
first round over it. A leftover is "found" when a re-scan finding in the same record overlaps it (shares a
word of two letters or more, or holds its digits). The verdict is the shipped policy's ``PiiGate.check``; it
is right when it fails a set whose copy holds a targeted value and passes one that holds none.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
WORD = re.compile(r"[\w'’]+")


def _flat(v, out):
    if isinstance(v, dict):
        for k, x in v.items():
            out.append(str(k))
            _flat(x, out)
    elif isinstance(v, list):
        for x in v:
            _flat(x, out)
    elif isinstance(v, (str, int, float)) and not isinstance(v, bool):
        out.append(str(v))
    return out


def _digits(s: str) -> str:
    return re.sub(r"\W", "", s)


def _leaked(kind: str, value: str, out: str, text: str) -> bool:
    if kind == "PERSON":
        return any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", out) for w in WORD.findall(value) if len(w) >= 2)
    if kind == "AGE":
        rx = re.compile(rf"(?<!\w){re.escape(value)}(?!\w)")
        return len(rx.findall(out)) >= max(len(rx.findall(text)), 1)
    c = _digits(value)
    return value in out or (len(c) >= 6 and c in _digits(out))


def _found(kind: str, value: str, hits: list[str]) -> bool:
    vw = {w.casefold() for w in WORD.findall(value) if len(w) >= 2}
    c = _digits(value)
    for h in hits:
        if value in h or h in value or (vw & {w.casefold() for w in WORD.findall(h) if len(w) >= 2}):
            return True
        if len(c) >= 6 and (c in _digits(h) or _digits(h) in c and len(_digits(h)) >= 6):
            return True
    return False


def load(name: str):
    """(records, labels per record: [(kind, value)])."""
    if name in ("records", "ids", "clean"):
        import pii_sealed_gen as gen

        make = {"records": lambda: gen.make_records(600, gen.SEED), "ids": lambda: gen.make_ids(16, gen.SEED + 1),
                "clean": lambda: gen.make_clean(300, gen.SEED + 2)}[name]
        samples = make()
        return [s.record for s in samples], [[(sp["kind"], sp["value"]) for sp in s.spans] for s in samples]
    import pii_sets

    rows, records = pii_sets.as_rows({"chats": "chats", "chatids": "ids", "presidio": "presidio"}[name], "heldout",
                                     600, 20)
    return records, [[(s["entity_type"], s["entity_value"].strip()) for s in r["spans"]] for r in rows]


MISSES = 0


def measure(name: str, policy_name: str) -> None:
    from governed_tuning.gates.pii import PiiGate
    from governed_tuning.policy import load_policy

    records, labels = load(name)
    pol = load_policy(policy_name).policy.pii
    tokens = pol.model_copy(update={"entities": {k: (r.model_copy(update={"action": "pseudonymize"})
                                                     if r.action == "surrogate" else r)
                                                 for k, r in pol.entities.items()}})
    targeted = set(pol.entities)
    t0 = time.perf_counter()
    gate = PiiGate(tokens)
    outs, st = gate.scrub_records(records)
    items = st["items"]
    residual = gate.rescan(items)
    secs = time.perf_counter() - t0
    residual = [r for r in residual if not (r["entity"] == "LOCATION" and r["record"] in st["places_off"])]
    by_rec: dict[int, list[tuple[str, str, str]]] = defaultdict(list)
    for r in residual:
        it = items[r["item"]]
        by_rec[r["record"]].append((r["entity"], it.text[r["start"]:r["end"]], r.get("found_by") or r["why"]))
    # records out are in input order minus dropped ones
    dropped = set(st["dropped_index"])
    out_index = {}
    j = 0
    for i in range(len(records)):
        if i in dropped:
            continue
        out_index[i] = j
        j += 1
    tab: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # kind -> [planted, left in copy, found]
    passes: Counter = Counter()
    misses: list | None = [] if MISSES else None
    for i, (rec, labs) in enumerate(zip(records, labels)):
        text = "\n".join(_flat(rec, []))
        if i not in out_index:
            continue
        o = out_index[i]
        out = "\n".join(_flat(outs[o], []))
        hits = by_rec.get(o, [])
        seen = set()
        for kind, value in labs:
            if kind not in targeted or not value or (kind, value) in seen:
                continue
            seen.add((kind, value))
            tab[kind][0] += 1
            if _leaked(kind, value, out, text):
                tab[kind][1] += 1
                found = [h for h in hits if _found(kind, value, [h[1]])]
                if found:
                    tab[kind][2] += 1
                    passes.update({h[2] for h in found})
                elif misses is not None and sum(1 for m in misses if m[0] == kind) < MISSES:
                    misses.append((kind, value, out))
    false = Counter()
    if name == "clean":
        false = Counter(r["entity"] for r in residual)
    gate2 = PiiGate(pol)
    with tempfile.TemporaryDirectory() as d:
        src = Path(d) / "in.jsonl"
        src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
        res = gate2.check(src, Path(d) / "out.jsonl")
    left = sum(v[1] for v in tab.values())
    expected = "fail" if left else "pass"
    ev = res.evidence
    print(f"\n### {name}: {len(records)} records (scrub + first re-scan {secs:.1f} s)\n")
    print(f"- verdict: **{res.verdict}** (expected {expected}: {'right' if res.verdict == expected else 'WRONG'}); "
          f"residual {ev.get('residual')} {ev.get('residual_by_type')} by reason {ev.get('residual_by_reason')}; "
          f"suspected {ev.get('rescan', {}).get('suspected_by_type')}")
    print(f"- left in the copy {left}, found by the re-scan {sum(v[2] for v in tab.values())}; finding passes "
          f"{dict(passes.most_common())}")
    if false:
        print(f"- false findings (a set without personal data) by kind: {dict(false)}")
    print("\n| kind | planted | left in copy | found by re-scan | recall |\n|---|---|---|---|---|")
    for k, (n, lft, f) in sorted(tab.items(), key=lambda kv: -kv[1][1]):
        if lft:
            print(f"| {k} | {n} | {lft} | {f} | {100 * f / lft:.0f}% |")
    for kind, value, out in misses or ():  # generated data only: never run --misses on real data
        i = out.find(value.split()[0]) if value.split() else -1
        print(f"    MISS {kind}: {value!r} in {out[max(0, i - 100):i + 60]!r}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sets", default="records,ids,clean,chats,chatids,presidio")
    ap.add_argument("--policy", default="default")
    ap.add_argument("--misses", type=int, default=0, help="print this many missed leftovers per kind (generated "
                                                          "data only)")
    a = ap.parse_args()
    global MISSES
    MISSES = a.misses
    os.environ.setdefault("GOVERNED_TUNING_PSEUDONYM_KEY", "benchmark-key-not-secret-0123456789")
    for name in a.sets.split(","):
        measure(name, a.policy)


if __name__ == "__main__":
    import hashseed  # the same data on every run: PYTHONHASHSEED=0 unless set

    hashseed.pin()
    main()
