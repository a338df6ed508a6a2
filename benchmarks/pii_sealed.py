"""The sealed held-out PII measure: leak per kind, per locale, per record shape and per way of writing, content
lost, the re-scan's findings and the shipped gate's verdict, on sets the PII gate was never tuned on.

    .venv/bin/python benchmarks/pii_sealed.py [--sets records,ids,clean] [--policy default] [--seed N]
                                              [--records 600] [--per-kind 16] [--clean 300] [--dump DIR]

The sets (``pii_sealed_gen``): ``records``, users' record shapes (multi-turn chats, e-mails with signatures,
CRM notes, form dumps, JSON forms, CSV text, SFT prompt/completion, DPO prompt/chosen/rejected) in 20 Faker
locales and their languages, every planted value labelled; ``ids``, 41 kinds of national identifier, each
value accepted by python-stdnum, in the issuing country's language; ``clean``, the same shapes with no
personal data (product, place, weekday and month words, dates, codes, amounts).

Scoring (as ``pii_sets.py`` scores, kept here so that this measure does not move when that file does):
- leaked: a planted value of a kind the policy targets survives in its record's scrubbed copy (every key and
  value of the record), verbatim or with its separators removed; a name when any word of it (two letters or
  more) survives as a word more often than that word occurs in the record outside its planted values; an age
  when none of its occurrences was removed. A value planted more than once in a record counts once.
- content lost: words of the record outside every planted value that are missing from the copy.
- verdict: ``PiiGate.check`` with the policy as shipped (surrogates included) on the set as a JSONL file.
  Leaks are counted on a copy made with keyed tokens in place of surrogates (same detection), since a Faker
  surrogate can equal a Faker-planted name. The verdict is judged both ways: a planted set whose copy keeps
  more targeted values than the policy allows (``max_residual_findings``) must fail; the clean set must pass.
- kinds the policy does not target are reported apart (their values surviving is a coverage gap, not a leak
  by the policy's own measure).

Nothing is written to the repository: the sets go to a temporary folder (or ``--dump DIR``, to read them).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
WORD = re.compile(r"[\w'’]+")  # a name's words ("O'Brien" is one)
CONTENT = re.compile(r"\w+")  # content words ("Sheryl's" is "Sheryl" and "s")
SEP = re.compile(r"[\s.\-/·()]")


def texts(value, out: list[str] | None = None) -> list[str]:
    """Every string of a record, keys included, integers written out (the gate scans all of these)."""
    out = [] if out is None else out
    if isinstance(value, dict):
        for k, v in value.items():
            out.append(str(k))
            texts(v, out)
    elif isinstance(value, list):
        for v in value:
            texts(v, out)
    elif isinstance(value, (str, int, float)) and not isinstance(value, bool):
        out.append(str(value))
    return out


def flat(record: dict) -> str:
    return "\n".join(texts({k: v for k, v in record.items() if k != "id"}))


def _count(word: str, s: str) -> int:
    return len(re.findall(rf"(?<!\w){re.escape(word)}(?!\w)", s))


def leaked(kind: str, value: str, out: str, text: str, rest: str) -> bool:
    """Whether planted ``value`` survives in the copy ``out`` of ``text`` (``rest``: ``text`` without any
    planted value)."""
    if kind == "PERSON":
        return any(_count(w, out) > _count(w, rest) for w in WORD.findall(value) if len(w) >= 2)
    if kind == "AGE":
        return _count(value, out) >= max(_count(value, text), 1)
    c = SEP.sub("", value)
    return value in out or (len(c) >= 6 and c in SEP.sub("", out))


def without(text: str, values) -> str:
    """``text`` with every planted value cut out where it stands as a whole (not inside a longer word)."""
    for v in sorted(set(values), key=len, reverse=True):
        text = re.sub(rf"(?<!\w){re.escape(v)}(?!\w)", " ", text)
    return text


def score(samples, outs: list[str], targeted: set[str]) -> dict:
    """Counters keyed (group, name) -> [planted, leaked]; content words and words lost."""
    tab: dict = defaultdict(lambda: [0, 0])
    words = lost = 0
    changed = 0
    for s, out in zip(samples, outs):
        text = flat(s.record)
        changed += out != text
        rest = without(text, [sp["value"] for sp in s.spans])
        seen = set()
        for sp in s.spans:
            key = (sp["kind"], sp["value"])
            if key in seen:
                continue
            seen.add(key)
            k, v = key
            t = k in targeted
            hit = leaked(k, v, out, text, rest)
            groups = [("kind", k)]
            if t:
                groups += [("all", "targeted"), ("locale", s.locale), ("shape", s.shape)]
                if sp["variant"]:
                    groups.append(("variant", f"{k}: {sp['variant']}"))
            else:
                groups += [("all", "not targeted")]
            for g in groups:
                tab[g][0] += 1
                tab[g][1] += hit
        kept = Counter(CONTENT.findall(out))
        for w in CONTENT.findall(rest):
            words += 1
            if kept[w] > 0:
                kept[w] -= 1
            else:
                lost += 1
    return {"tab": tab, "words": words, "lost": lost, "changed": changed}


def _write(records: list[dict], path: Path) -> None:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")


def _gate_run(gate, records: list[dict], d: Path, name: str):
    src, dst = d / f"{name}.jsonl", d / f"{name}.out.jsonl"
    _write(records, src)
    t0 = time.perf_counter()
    result = gate.check(src, dst)
    secs = time.perf_counter() - t0
    if dst.exists():
        outs = [json.loads(line) for line in dst.read_text(encoding="utf-8").splitlines()]
    else:  # the gate refused to write its copy: measure what its scrub would have written
        outs, _ = gate.scrub_records(records)
    by_id = {o.get("id"): o for o in outs}
    return result, [flat(by_id[r["id"]]) if r["id"] in by_id else "" for r in records], secs


def run(samples, policy_name: str, d: Path, name: str):
    from governed_tuning.gates.pii import PiiGate
    from governed_tuning.policy import load_policy

    pol = load_policy(policy_name).policy.pii
    tokens = pol.model_copy(update={"entities": {k: (r.model_copy(update={"action": "pseudonymize"})
                                                     if r.action == "surrogate" else r)
                                                 for k, r in pol.entities.items()}})
    records = [s.record for s in samples]
    result, outs, secs = _gate_run(PiiGate(pol), records, d, name)
    if tokens != pol:
        _, outs, _ = _gate_run(PiiGate(tokens), records, d, name + ".tokens")
    return result, outs, set(pol.entities), pol.max_residual_findings, secs


def _pct(a: int, n: int) -> str:
    return f"{100 * a / n:.1f}%" if n else "-"


def report(name: str, samples, outs, targeted, limit, result, secs) -> None:
    sc = score(samples, outs, targeted)
    tab, ev = sc["tab"], result.evidence
    n, k = tab[("all", "targeted")]
    un, uk = tab[("all", "not targeted")]
    planted = name != "clean"
    expected = ("fail" if k > limit else "pass") if planted else "pass"
    judged = "right" if result.verdict == expected else (
        f"WRONG: passed with {k} targeted value(s) left" if result.verdict == "pass" else "WRONG: a false block")
    rescan = ev.get("rescan", {})
    print(f"\n### {name}: {len(samples)} records, {secs:.1f} s\n")
    print(f"- gate verdict (policy as shipped): **{result.verdict}** (expected {expected}: {judged}); "
          f"re-scan residual {ev.get('residual')} {ev.get('residual_by_type')} {ev.get('residual_by_reason')}, "
          f"rounds {rescan.get('rounds')}, scrubbed after re-scan {rescan.get('scrubbed_after_rescan_by_type')}, "
          f"artefacts set aside {rescan.get('artefacts_by_type')}")
    if planted:
        print(f"- leaked, kinds the policy targets: **{k}/{n} = {_pct(k, n)}**; kinds it does not target: "
              f"{uk}/{un} survive ({_pct(uk, un)})")
    else:
        print(f"- records changed by the scrub: {sc['changed']}/{len(samples)}; findings scrubbed: "
              f"{ev.get('counts_by_type')}")
    print(f"- content lost: {sc['lost']}/{sc['words']} words = {_pct(sc['lost'], sc['words'])}")
    if not planted:
        return
    for group, title in [("kind", "kind"), ("variant", "written as"), ("locale", "locale"), ("shape", "shape")]:
        rows = sorted(((g[1], v) for g, v in tab.items() if g[0] == group), key=lambda r: (-r[1][1] / r[1][0], r[0]))
        if group == "kind":
            rows = [r for r in rows if r[0] in targeted] + [(r[0] + " (not targeted)", r[1]) for r in rows
                                                            if r[0] not in targeted]
        print(f"\n| {title} | leaked | of | % |\n|---|---|---|---|")
        for label, (a, b) in rows:
            print(f"| {label} | {b} | {a} | {_pct(b, a)} |")


def main() -> None:
    import pii_sealed_gen as gen

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sets", default="records,ids,clean")
    ap.add_argument("--policy", default="default")
    ap.add_argument("--seed", type=int, default=gen.SEED, help="base seed (records: seed, ids: +1, clean: +2)")
    ap.add_argument("--records", type=int, default=600)
    ap.add_argument("--per-kind", type=int, default=16)
    ap.add_argument("--clean", type=int, default=300)
    ap.add_argument("--dump", help="also write each set (JSONL, with its labels) into this folder")
    a = ap.parse_args()
    os.environ.setdefault("GOVERNED_TUNING_PSEUDONYM_KEY", "sealed-benchmark-key-not-secret-0123456789")
    try:
        head = subprocess.run(["git", "-C", str(HERE), "log", "-1", "--format=%h %cI"], capture_output=True,
                              text=True, check=False).stdout.strip()
    except OSError:
        head = "?"
    print(f"## Sealed held-out PII set: policy {a.policy}, seed {a.seed}, commit {head}")
    makers = {"records": lambda: gen.make_records(a.records, a.seed),
              "ids": lambda: gen.make_ids(a.per_kind, a.seed + 1), "clean": lambda: gen.make_clean(a.clean, a.seed + 2)}
    with tempfile.TemporaryDirectory() as tmp:
        for name in a.sets.split(","):
            samples = makers[name]()
            if a.dump:
                Path(a.dump).mkdir(parents=True, exist_ok=True)
                _write([{"record": s.record, "locale": s.locale, "shape": s.shape, "spans": s.spans} for s in samples],
                       Path(a.dump) / f"sealed_{name}.jsonl")
            result, outs, targeted, limit, secs = run(samples, a.policy, Path(tmp), name)
            report(name, samples, outs, targeted, limit, result, secs)


if __name__ == "__main__":
    import hashseed  # the same data on every run: PYTHONHASHSEED=0 unless set

    hashseed.pin()
    main()
