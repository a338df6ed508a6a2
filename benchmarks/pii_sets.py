"""Leak per kind, content lost and the gate's verdict on generated multi-locale chats, generated identifiers and
the public presidio-research set.

    .venv/bin/python benchmarks/pii_sets.py [--sets chats,ids,presidio] [--split heldout|tune|fresh|blind]
                                            [--policy default] [--unlabelled-ids none|distinctive|all]
                                            [--chats 600] [--per-kind 20] [--misses N]

- ``chats``: ``pii_chatgen.make_chats`` (Faker, 14 locales, fixed seed; tune and held-out sets use different
  templates and seeds). ``ids``: ``pii_chatgen.make_ids`` (29 kinds, every value checked by python-stdnum or
  its published format). ``presidio``: ../shared/benchmarks/presidio_synth_dataset_v2.json.
- Leaked: a planted value of a kind the policy targets survives in its record's scrubbed text, verbatim or with
  its separators removed; for a name, any word of it (two letters or more) surviving as a whole word counts
  (so "Nguyen Van An" with "An" left is a leak). Kinds the policy does not target are listed apart.
- Content lost: words of the input outside every planted value that are missing from the scrubbed text.
- Verdict: the default gate (``PiiGate.check``) on the set written as a JSONL file, as a user would run it.

--misses prints missed values (generated data only; never run it on real data).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
# shared/ sits beside the checkout (CI, /work/main) or above a worktree (/work/wt/NAME)
PRESIDIO_SET = next((p for p in (HERE.parent.parent / "shared", HERE.parent / "shared", HERE.parent.parent.parent / "shared")
                     if (p / "benchmarks").is_dir()), HERE.parent.parent / "shared") / "benchmarks" / \
    "presidio_synth_dataset_v2.json"
WORD = re.compile(r"[\w'’]+")


def _compact(s: str) -> str:
    return re.sub(r"[\s.\-/·()]", "", s)


def leaked(kind: str, value: str, out: str, text: str = "") -> bool:
    if kind == "PERSON":
        return any(re.search(rf"(?<![\w]){re.escape(w)}(?![\w])", out) for w in WORD.findall(value) if len(w) >= 2)
    if kind == "STREET_ADDRESS":
        value = value.split("\n")[0].strip()
    if kind == "AGE":  # a number: leaked when no occurrence of it was removed ("he's 12 ... under 12")
        rx = re.compile(rf"(?<![\w]){re.escape(value)}(?![\w])")
        return len(rx.findall(out)) >= max(len(rx.findall(text)), 1)
    return value in out or (len(_compact(value)) >= 6 and _compact(value) in _compact(out))


def measure(rows: list[dict], outs: list[str], targeted: set[str]):
    total, leak, other, whole = Counter(), Counter(), Counter(), Counter()
    words = lost = 0
    misses = []
    for r, out in zip(rows, outs):
        text = r["text"]
        for s in r["spans"]:
            k, v = s["entity_type"], s["entity_value"].strip()
            if not v:
                continue
            if k not in targeted:
                other[k] += 1
                if v not in out:  # a value of a kind the policy keeps (e.g. an ordinary date) was removed
                    other["removed " + k] += 1
                continue
            total[k] += 1
            if leaked(k, v, out, text):
                leak[k] += 1
                misses.append((k, v, text))
            if (leaked(k, v, out, text) if k == "AGE" else (v.split("\n")[0].strip() if k == "STREET_ADDRESS" else v) in out):
                whole[k] += 1  # the older, laxer measure: the whole value survives verbatim
        rest = text
        for s in sorted(r["spans"], key=lambda s: -len(s["entity_value"])):
            rest = rest.replace(s["entity_value"], " ")
        kept = Counter(WORD.findall(out))
        for w in WORD.findall(rest):
            words += 1
            if kept[w] > 0:
                kept[w] -= 1
            else:
                lost += 1
    return total, leak, other, words, lost, misses, whole


def as_rows(name: str, split: str, n_chats: int, per_kind: int) -> tuple[list[dict], list[dict]]:
    """(rows with text and spans, records as a user's JSONL file holds them)."""
    import pii_chatgen

    if name == "chats":
        recs = pii_chatgen.make_chats(n_chats, split)
        rows = [{"text": "\n".join(m["content"] for m in r["messages"]), "spans": r["spans"]} for r in recs]
        return rows, [{"id": r["id"], "messages": r["messages"]} for r in recs]
    if name == "ids":
        recs = pii_chatgen.make_ids(per_kind, split)
    else:
        recs = json.loads(PRESIDIO_SET.read_text(encoding="utf-8"))
    rows = [{"text": r["full_text"], "spans": r["spans"]} for r in recs]
    return rows, [{"id": i, "messages": [{"role": "user", "content": r["text"]}]} for i, r in enumerate(rows)]


def run_gate(records: list[dict], policy_name: str, unlabelled_ids: str | None = None):
    """The gate as a user runs it: a JSONL file in, the scrubbed copy out (if the gate writes one). Its verdict
    is the policy's own; the copy the leaks are counted on comes from the same policy with keyed tokens instead
    of surrogates, since a realistic fake name can be, by chance, a planted one (Faker made both) and would
    count as a leak that is not one. Detection is the same either way."""
    from governed_tuning.gates.pii import PiiGate
    from governed_tuning.policy import load_policy

    os.environ.setdefault("GOVERNED_TUNING_PSEUDONYM_KEY", "benchmark-key-not-secret-0123456789")
    pol = load_policy(policy_name).policy.pii
    if unlabelled_ids:
        pol = pol.model_copy(update={"unlabelled_ids": unlabelled_ids})
    tokens = pol.model_copy(update={"entities": {k: (r.model_copy(update={"action": "pseudonymize"})
                                                     if r.action == "surrogate" else r)
                                                 for k, r in pol.entities.items()}})
    result, outs, secs = _check(PiiGate(pol), records)
    if tokens != pol:
        _, outs, _ = _check(PiiGate(tokens), records)
    return result, outs, set(pol.entities), secs


def _check(gate, records: list[dict]):
    with tempfile.TemporaryDirectory() as d:
        src, dst = Path(d) / "in.jsonl", Path(d) / "out.jsonl"
        src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
        t0 = time.perf_counter()
        result = gate.check(src, dst)
        secs = time.perf_counter() - t0
        if dst.exists():
            outs = [json.loads(line) for line in dst.read_text(encoding="utf-8").splitlines()]
        else:  # the gate refused to write: measure what its scrub would have written
            outs, _ = gate.scrub_records(records)
    by_id = {o["id"]: "\n".join(m["content"] for m in o["messages"]) for o in outs}
    return result, [by_id.get(r["id"], "") for r in records], secs


def report(label: str, rows, outs, targeted, result, secs, misses_n: int) -> None:
    total, leak, other, words, lost, misses, whole = measure(rows, outs, targeted)
    n, k = sum(total.values()), sum(leak.values())
    print(f"\n## {label}: {k}/{n} targeted values leaked = {100 * k / max(n, 1):.2f}% (whole value verbatim: "
          f"{100 * sum(whole.values()) / max(n, 1):.2f}%); content lost "
          f"{lost}/{words} words = {100 * lost / max(words, 1):.2f}%; gate verdict: {result.verdict} "
          f"(re-scan residual {result.evidence.get('residual')}); {len(rows)} records in {secs:.1f} s")
    print("| kind | leaked | of | % | whole value verbatim |\n|---|---|---|---|---|")
    for t in sorted(total, key=lambda t: (-leak[t] / total[t], t)):
        print(f"| {t} | {leak[t]} | {total[t]} | {100 * leak[t] / total[t]:.1f}% | {100 * whole[t] / total[t]:.1f}% |")
    if other:
        print("not targeted by the policy (not counted): " + ", ".join(
            f"{t} {c} ({other['removed ' + t]} removed)" for t, c in sorted(other.items()) if not t.startswith("removed ")))
    for t, v, full in misses[:misses_n]:
        print(f"    MISS {t}: {v!r} in {full[:200]!r}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sets", default="chats,ids,presidio")
    ap.add_argument("--split", choices=["tune", "heldout", "fresh", "blind"], default="heldout")
    ap.add_argument("--policy", default="default")
    ap.add_argument("--chats", type=int, default=600)
    ap.add_argument("--per-kind", type=int, default=20)
    ap.add_argument("--misses", type=int, default=0)
    ap.add_argument("--unlabelled-ids", choices=["none", "distinctive", "all"], default=None,
                    help="override the policy's unlabelled_ids (identifiers with no check digit and no label)")
    a = ap.parse_args()
    for name in a.sets.split(","):
        rows, records = as_rows(name, a.split, a.chats, a.per_kind)
        result, outs, targeted, secs = run_gate(records, a.policy, a.unlabelled_ids)
        label = (f"{name} ({'' if name == 'presidio' else a.split + ', '}policy {a.policy}"
                 f"{', unlabelled_ids ' + a.unlabelled_ids if a.unlabelled_ids else ''})")
        report(label, rows, outs, targeted, result, secs, a.misses)


if __name__ == "__main__":
    import hashseed  # the same data on every run: PYTHONHASHSEED=0 unless set

    hashseed.pin()
    main()
