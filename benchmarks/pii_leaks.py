"""Leak rate of the PII scrubber on a labelled set (default: presidio-research's synth_dataset_v2).

A labelled value counts as leaked when it survives anonymisation verbatim (STREET_ADDRESS: its first line),
as in ../shared/benchmarks/README.md. Types counted: the eight the default policy scrubs. Also measures
over-scrubbing: the share of ordinary words in tests/assets/pii/non_pii.txt that survive.

    .venv/bin/python benchmarks/pii_leaks.py [--data PATH] [--policy default] [--detector presidio] [--presidio]
                                             [--misses N]

--misses prints missed values for debugging on the public set only; never run it on real data.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT / ".." / "shared" / "benchmarks" / "presidio_synth_dataset_v2.json"
TYPES = ["PERSON", "STREET_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "EMAIL_ADDRESS", "IBAN_CODE", "IP_ADDRESS",
         "US_SSN"]
STRUCTURED = ["EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "US_SSN", "IP_ADDRESS", "IBAN_CODE"]


def load(path: Path) -> list[dict]:
    """Either presidio-research's JSON list or our JSONL held-out set ({text, spans:[{entity_type, entity_value}]})."""
    if path.suffix == ".jsonl":
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        return [{"full_text": r["text"], "spans": r["spans"]} for r in rows]
    return json.loads(path.read_text(encoding="utf-8"))


def ours(texts: list[str], policy_name: str, detector: str | None = None) -> list[str]:
    from governed_tuning.gates.pii import PiiGate
    from governed_tuning.policy import load_policy

    os.environ.setdefault("GOVERNED_TUNING_PSEUDONYM_KEY", "benchmark-key-not-secret-0123456789")
    pol = load_policy(policy_name).policy.pii
    gate = PiiGate(pol.model_copy(update={"detector": detector}) if detector else pol)
    out, _ = gate.scrub_records([{"text": t} for t in texts])
    return [r["text"] for r in out]


def presidio(texts: list[str]) -> list[str]:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from plain_presidio import PlainPresidio

    p = PlainPresidio()
    return [p.scrub(t) for t in texts]


def leak_table(rows: list[dict], outputs: list[str], types=TYPES):
    total, leaked = Counter(), Counter()
    misses = []
    for r, out in zip(rows, outputs):
        for s in r["spans"]:
            t = s["entity_type"]
            if t not in types:
                continue
            v = s["entity_value"].split("\n")[0].strip() if t == "STREET_ADDRESS" else s["entity_value"].strip()
            if not v:
                continue
            total[t] += 1
            if v in out:
                leaked[t] += 1
                misses.append((t, v, r["full_text"]))
    return total, leaked, misses


def over_scrubbing(scrub, path: Path) -> tuple[int, int]:
    lines = [line for line in path.read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.startswith("#")]
    outs = scrub(lines)
    words = kept = 0
    for a, b in zip(lines, outs):
        bw = Counter(re.findall(r"[\w'’]+", b))
        for w in re.findall(r"[\w'’]+", a):
            words += 1
            if bw[w] > 0:
                bw[w] -= 1
                kept += 1
    return kept, words


def report(name, total, leaked, seconds, n):
    all_t, all_l = sum(total.values()), sum(leaked.values())
    print(f"\n{name}: {all_l}/{all_t} labelled values leaked = {100 * all_l / max(all_t, 1):.1f}%  "
          f"({n} texts in {seconds:.1f} s)")
    for t in sorted(total, key=lambda t: -total[t]):
        print(f"  {t:16s} {leaked[t]:4d}/{total[t]:4d} = {100 * leaked[t] / total[t]:5.1f}%")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--policy", default="default")
    ap.add_argument("--detector", choices=["governed", "presidio"], help="override the policy's pii.detector")
    ap.add_argument("--presidio", action="store_true", help="also measure plain Presidio on the same texts")
    ap.add_argument("--non-pii", type=Path, default=ROOT / "tests" / "assets" / "pii" / "non_pii.txt")
    ap.add_argument("--misses", type=int, default=0, help="print this many missed values (public set only)")
    a = ap.parse_args()
    rows = load(a.data)
    texts = [r["full_text"] for r in rows]
    label = a.policy + (f", detector {a.detector}" if a.detector else "")
    runs = [("ours (" + label + ")", lambda ts: ours(ts, a.policy, a.detector))]
    if a.presidio:
        runs.append(("plain Presidio", presidio))
    for name, fn in runs:
        t0 = time.perf_counter()
        outs = fn(texts)
        total, leaked, misses = leak_table(rows, outs)
        report(name, total, leaked, time.perf_counter() - t0, len(texts))
        if a.non_pii.exists():
            kept, words = over_scrubbing(fn, a.non_pii)
            print(f"  ordinary words kept: {kept}/{words} = {100 * kept / max(words, 1):.1f}%")
        for t, v, full in misses[:a.misses]:
            print(f"    MISS {t}: {v!r} in {full[:160]!r}")


if __name__ == "__main__":
    import hashseed  # the same data on every run: PYTHONHASHSEED=0 unless set

    hashseed.pin()
    main()
