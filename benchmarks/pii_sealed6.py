"""The sixth sealed PII set: a BLIND held-out set for the PII gate, written by an engineer who read no detector
code and no earlier set (issue 11, "Measure against data you did not write").

Tuners: do not open, read, grep or run benchmarks/pii_sealed6*.

What it measures, as an auditor would on data made outside the project:

- `records`: people in 24 languages and 10 scripts (names written whole, in lower case, given name alone,
  family name first, with honorifics, initials, upper case), dates of birth and ages in each language's way,
  addresses as each country writes them, towns, phones from each country's numbering plan, e-mails, handles,
  profile URLs, IBANs; in chats, e-mails, nested tickets, forms, SFT prompt/completion, notes with tables, JSON
  whose keys are names. Run through `PiiGate.check` (JSONL) with the chosen policy.
- `ids`: national identifiers of 53 kinds, each completed until python-stdnum's `is_valid` accepts it, with or
  without a label, in text, forms and nested JSON; cards, IBANs, bitcoin addresses, IPs, passports, driver
  licences, medical record numbers.
- `clean`: ordinary data with no personal data (orders, products, companies, places not about a person, tech
  words, numbers, dates that are not births, prose); the gate must pass it.
- `leftover`: names, e-mails and phones in `prompt` repeated verbatim in `completion`, scrubbed with
  `fields=["prompt"]`: the re-scan must find them, the gate must fail.
- `csv`, `parquet`: tables of people (names, dates of birth, towns, phones, e-mails, IBANs, a phone as an
  integer) run through the `governed-tuning scrub` CLI as a user would; the verdict is its exit code.

Scoring. Verdict: `clean` must pass; `leftover` must fail; on `records`, `ids`, `csv`, `parquet` the verdict is
right when it tells the truth (pass with nothing leaked, or fail with something leaked). Leaks: a planted value
leaks when any part of it (a name's word, the street name or town of an address, an e-mail's local part, a
handle, a number's digits and letters with separators removed) occurs in its record's copy more often than in the
record's text outside planted values. Our own output never counts: in JSONL copies the spans the scrubber wrote
(`on_span`: placeholders, tokens, surrogates) are blanked before searching, so a surrogate that happens to equal
a real name is not a leak; CSV and Parquet copies (the CLI gives no spans) are made a second time with the same
policy where surrogates are replaced by keyed tokens (`pseudonymize`) and the residual limit lifted, so nothing
the scrubber wrote can look like a planted value. When a JSONL check fails and writes no copy, it is run again
with the residual limit lifted to measure what the copy would have held. Content lost: ordinary words (letters,
outside planted values; Han characters one by one) of the input missing from the copy.

Usage: python benchmarks/pii_sealed6.py [--policy default] [--sets records,ids,clean,leftover,csv,parquet]
                                        [--n 1.0] [--seed 6] [--json OUT]
Nothing personal is printed or written: counts only. Files go to a temporary folder, removed at the end.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import pii_sealed6_gen as gen  # noqa: E402
from pii_sealed6_lang import LANGS  # noqa: E402

SIZES = {"records": 480, "ids": 360, "clean": 400, "leftover": 60, "csv": 160, "parquet": 160}
CASED = {"Latin", "Cyrillic", "Greek", "Common"}


# -- building -------------------------------------------------------------------------------------------------------

def build(sets: list[str], n: float, seed: int) -> dict[str, list[gen.Rec]]:
    g = gen.Gen(seed)
    langs = sorted(LANGS)
    out: dict[str, list[gen.Rec]] = {}
    for name in ("records", "ids", "clean", "leftover", "csv", "parquet"):
        size = max(8, int(SIZES[name] * n))
        recs: list[gen.Rec] = []
        for i in range(size):
            lang = langs[i % len(langs)]
            if name == "records":
                recs.append(g.people_record(lang))
            elif name == "ids":
                recs.append(g.id_record(lang))
            elif name == "clean":
                recs.append(g.clean_record(lang))
            elif name == "leftover":
                recs.append(leftover_record(g, lang))
            else:
                recs.append(table_row(g, lang, integer_phone=(name == "parquet")))
        if name in sets:
            out[name] = recs
    return out


def leftover_record(g: gen.Gen, lang_code: str) -> gen.Rec:
    rec = g.people_record(lang_code)
    text = " ".join(values(rec.data))
    keep = [p for p in rec.planted if p.kind in ("PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER")]
    again = " · ".join(p.value for p in keep)
    return gen.Rec({"prompt": text, "completion": f"OK — {again}"}, lang_code, "leftover", rec.planted)


# a multinational's CSV export: German column names over rows in 24 languages; the Parquet table: snake_case
CSV_COLUMNS = {"name": "Name", "dob": "Geburtsdatum", "city": "Wohnort", "phone": "Telefon", "email": "E-Mail",
               "note": "Notiz"}
PARQUET_COLUMNS = {"name": "customer_name", "dob": "birth_date", "city": "home_city", "phone": "phone",
                   "email": "contact_email", "note": "support_note", "phone_text": "phone_text"}


def table_row(g: gen.Gen, lang_code: str, integer_phone: bool) -> gen.Rec:
    r = g.rng
    lang = LANGS[lang_code]
    giv, fam, c = g.person(r.choice(lang.cultures))
    country = r.choice(lang.countries)
    rec = gen.Rec({}, lang_code, "table")
    name_text, parts = g.name_forms(lang_code, giv, fam, c)
    rec.planted.append(gen.Planted("PERSON", name_text, c.script, lang_code, parts))
    dob, _ = g.dob(lang)
    rec.planted.append(gen.dob_planted(dob, lang_code))
    place = g.place(country, lang_code)
    city = place.name if place is not None else ""
    if city:
        rec.planted.append(gen.Planted("LOCATION", city, place.script if place else "Latin", lang_code, [city]))
    ph = gen.ids.make_phone(country if country in gen.ids.PHONE_PLANS else "GB", r)
    rec.planted.append(gen.Planted("PHONE_NUMBER", ph, "Common", lang_code, [ph], True))
    email = g.email(giv, fam, c, country)
    rec.planted.append(gen.Planted("EMAIL_ADDRESS", email, "Latin", lang_code, [email, email.split("@")[0]]))
    note = r.choice(lang.issue).format(n=r.randint(10000, 999999), k=r.randint(2, 21))
    row: dict[str, Any] = {"name": name_text, "dob": dob, "city": city, "phone": ph, "email": email, "note": note}
    if integer_phone:
        digits = re.sub(r"\D", "", ph)
        # a phone column users store as integers where they can (international numbers); the rest as text
        row["phone"] = int(digits) if ph.startswith("+") else 0
        row["phone_text"] = "" if ph.startswith("+") else ph
        names = PARQUET_COLUMNS
    else:
        names = CSV_COLUMNS
    rec.data = {names[k]: v for k, v in row.items()}
    return rec


# -- running --------------------------------------------------------------------------------------------------------

def strings(obj: Any) -> list[str]:
    """Every key, string and number of a record, in order."""
    out: list[str] = []
    if isinstance(obj, dict):
        for k, v in obj.items():
            out.append(str(k))
            out.extend(strings(v))
    elif isinstance(obj, list):
        for v in obj:
            out.extend(strings(v))
    elif obj is not None:
        out.append(str(obj))
    return out


def values(obj: Any) -> list[str]:
    """Every string value of a record (no keys), in order."""
    if isinstance(obj, dict):
        return [s for v in obj.values() for s in values(v)]
    if isinstance(obj, list):
        return [s for v in obj for s in values(v)]
    return [obj] if isinstance(obj, str) else []


def blank_spans(obj: Any, spans: dict[tuple, list[tuple[int, int]]], path: tuple = ()) -> Any:
    if isinstance(obj, dict):
        return {k: blank_spans(v, spans, path + (k,)) for k, v in obj.items()}
    if isinstance(obj, list):
        return [blank_spans(v, spans, path + (i,)) for i, v in enumerate(obj)]
    if isinstance(obj, str) and path in spans:
        chars = list(obj)
        for s, e in spans[path]:
            for i in range(max(0, s), min(len(chars), e)):
                chars[i] = " "
        return "".join(chars)
    return obj


def derived_policy(policy: str, tmp: Path, tokens: bool) -> Path:
    """The chosen policy with the residual limit lifted (and, with `tokens`, surrogates replaced by keyed
    tokens), to measure what a copy holds; never used for a verdict."""
    import yaml
    from governed_tuning.policy import load_policy

    lp = load_policy(policy)
    data = json.loads(lp.policy.model_dump_json())
    pii = data["pii"]
    pii["max_residual_findings"] = 10 ** 9
    if tokens:
        for rule in pii["entities"].values():
            if rule.get("action") == "surrogate":
                rule["action"] = "pseudonymize"
    out = tmp / f"measure-{'tokens' if tokens else 'same'}.yaml"
    out.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return out


def run_jsonl(policy: str, recs: list[gen.Rec], tmp: Path, name: str, fields: list[str] | None) -> dict[str, Any]:
    from governed_tuning.gates.pii.gate import PiiGate
    from governed_tuning.policy import load_policy

    src_path = tmp / f"{name}.jsonl"
    src_path.write_text("".join(json.dumps(r.data, ensure_ascii=False) + "\n" for r in recs), encoding="utf-8")
    t0 = time.perf_counter()
    spans: list[Any] = []
    out = tmp / f"{name}.out.jsonl"
    res = PiiGate(load_policy(policy).policy.pii).check(src_path, out, fields=fields, on_span=spans.append)
    wall = time.perf_counter() - t0
    verdict = res.verdict
    ev = res.evidence.as_dict()
    measured_by = "copy"
    if not out.exists():
        spans = []
        res2 = PiiGate(load_policy(str(derived_policy(policy, tmp, tokens=False))).policy.pii).check(
            src_path, out, fields=fields, on_span=spans.append)
        ev = res2.evidence.as_dict()
        measured_by = "copy made with the residual limit lifted"
    copies = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()] if out.exists() else []
    by_rec: dict[int, dict[tuple, list[tuple[int, int]]]] = collections.defaultdict(lambda: collections.defaultdict(list))
    for s in spans:
        by_rec[s.record][tuple(s.path)].append((s.out_start, s.out_end))
    dropped = set(ev.get("dropped_records") or []) if isinstance(ev.get("dropped_records"), list) else set()
    aligned = align(len(recs), copies, dropped)
    visible = [None if c is None else blank_spans(c, by_rec.get(i, {})) for i, c in aligned]
    return {"verdict": verdict, "wall_s": wall, "copies": [c for _, c in aligned], "visible": visible,
            "measured_by": measured_by, "rescan": summarise_evidence(ev)}


def align(n: int, copies: list[Any], dropped: set[Any]) -> list[tuple[int, Any]]:
    if len(copies) == n:
        return list(enumerate(copies))
    keep = [i for i in range(n) if i not in dropped]
    if len(keep) == len(copies):
        got = dict(zip(keep, copies))
        return [(i, got.get(i)) for i in range(n)]
    return [(i, copies[i] if i < len(copies) else None) for i in range(n)]


def summarise_evidence(ev: dict[str, Any]) -> dict[str, Any]:
    """Counts only (the evidence holds no values; we keep a few of its figures)."""
    keep: dict[str, Any] = {}
    for k in ("records_in", "records_out", "records_changed", "records_dropped", "records_refused", "residual"):
        if k in ev:
            keep[k] = ev[k]
    return keep


def run_cli(policy: str, recs: list[gen.Rec], tmp: Path, name: str, fmt: str) -> dict[str, Any]:
    import pandas as pd

    src_path = tmp / f"{name}.{fmt}"
    frame = pd.DataFrame([r.data for r in recs])
    if fmt == "csv":
        frame.to_csv(src_path, index=False)
    else:
        frame["phone"] = frame["phone"].astype("int64")
        frame.to_parquet(src_path, index=False)
    exe = str(Path(sys.executable).with_name("governed-tuning"))
    out = tmp / f"{name}.out.{fmt}"
    t0 = time.perf_counter()
    proc = subprocess.run([exe, "scrub", str(src_path), "--out", str(out), "--policy", policy, "--no-progress",
                           "--evidence", str(tmp / f"{name}.evidence.json")], capture_output=True, text=True,
                          env=os.environ.copy())
    wall = time.perf_counter() - t0
    verdict = "pass" if proc.returncode == 0 else ("fail" if proc.returncode == 1 else f"error({proc.returncode})")
    measure = tmp / f"{name}.measure.{fmt}"
    subprocess.run([exe, "scrub", str(src_path), "--out", str(measure), "--no-progress", "--policy",
                    str(derived_policy(policy, tmp, tokens=True))], capture_output=True, text=True,
                   env=os.environ.copy())
    copies: list[Any] = []
    if measure.exists():
        back = pd.read_csv(measure, dtype=str, keep_default_na=False) if fmt == "csv" else pd.read_parquet(measure)
        copies = [dict(zip([str(c) for c in back.columns], [str(v) for v in row])) for row in back.itertuples(index=False)]
    aligned = align(len(recs), copies, set())
    return {"verdict": verdict, "wall_s": wall, "copies": [c for _, c in aligned],
            "visible": [c for _, c in aligned], "measured_by": "copy made with keyed tokens, residual limit lifted"}


# -- scoring --------------------------------------------------------------------------------------------------------

WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
HAN = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")


def norm(s: str) -> str:
    return "".join(c for c in s if c.isalnum()).upper()


def count_part(part: str, text: str, script: str, numeric: bool, normed: str) -> int:
    if numeric or (len(norm(part)) >= 6 and any(ch.isdigit() for ch in part)):
        p = norm(part)
        if len(p) >= 5:
            return normed.count(p)
        return len(re.findall(rf"(?<![0-9]){re.escape(part)}(?![0-9])", text))
    if script in CASED:
        return len(re.findall(rf"(?<!\w){re.escape(part)}(?!\w)", text, flags=re.IGNORECASE))
    return text.count(part)


def words(text: str) -> collections.Counter:
    c: collections.Counter = collections.Counter()
    for w in WORD.findall(text):
        if HAN.search(w):
            c.update(ch for ch in w if HAN.match(ch))
        elif len(w) >= 3:
            c[w.lower()] += 1
    return c


def score(name: str, recs: list[gen.Rec], result: dict[str, Any]) -> dict[str, Any]:
    per_kind: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
    per_script: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
    per_lang: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
    lost = total = 0
    leaked_any = 0
    for rec, copy, vis in zip(recs, result["copies"], result["visible"]):
        original = "\n".join(strings(rec.data))
        base = original
        for p in sorted(rec.planted, key=lambda p: -len(p.value)):
            base = base.replace(p.value, " ")
        copy_text = "\n".join(strings(copy)) if copy is not None else ""
        vis_text = "\n".join(strings(vis)) if vis is not None else ""
        vis_norm, base_norm = norm(vis_text), norm(base)
        for p in rec.planted:
            leaked = False
            if copy is not None:
                for part in p.parts:
                    if not part.strip():
                        continue
                    if count_part(part, vis_text, p.script, p.numeric, vis_norm) > \
                            count_part(part, base, p.script, p.numeric, base_norm):
                        leaked = True
                        break
            for table, key in ((per_kind, p.kind), (per_script, p.script), (per_lang, p.lang)):
                table[key][0] += 1
                table[key][1] += int(leaked)
            leaked_any += int(leaked)
        if copy is not None:
            want, have = words(base), words(copy_text)
            total += sum(want.values())
            lost += sum(max(0, n - have.get(w, 0)) for w, n in want.items())
    planted = sum(len(r.planted) for r in recs)
    if name == "clean":
        right = result["verdict"] == "pass"
    elif name == "leftover":
        right = result["verdict"] == "fail"
    else:
        right = result["verdict"] == ("fail" if leaked_any else "pass")
    return {"records": len(recs), "verdict": result["verdict"], "verdict_right": right, "planted": planted,
            "leaked": leaked_any, "leak_pct": round(100.0 * leaked_any / planted, 2) if planted else 0.0,
            "content_lost_pct": round(100.0 * lost / total, 2) if total else 0.0, "wall_s": round(result["wall_s"], 1),
            "measured_by": result["measured_by"],
            "per_kind": {k: {"planted": v[0], "leaked": v[1]} for k, v in sorted(per_kind.items())},
            "per_script": {k: {"planted": v[0], "leaked": v[1]} for k, v in sorted(per_script.items())},
            "per_lang": {k: {"planted": v[0], "leaked": v[1]} for k, v in sorted(per_lang.items())}}


def table(title: str, rows: dict[str, dict[str, int]]) -> str:
    lines = [f"  {title:<28} {'planted':>8} {'leaked':>7} {'leak %':>7}"]
    for k, v in rows.items():
        pct = 100.0 * v["leaked"] / v["planted"] if v["planted"] else 0.0
        lines.append(f"  {k:<28} {v['planted']:>8} {v['leaked']:>7} {pct:>6.1f}%")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--policy", default="default", help="shipped policy name or policy file (default: default)")
    ap.add_argument("--sets", default="records,ids,clean,leftover,csv,parquet")
    ap.add_argument("--n", type=float, default=1.0, help="scale of every set (1.0: the sizes the README reports)")
    ap.add_argument("--seed", type=int, default=6)
    ap.add_argument("--json", type=Path, help="write every figure (counts only) here")
    ap.add_argument("--tables", action="store_true", help="print per-kind, per-script and per-language tables")
    args = ap.parse_args(argv)
    sets = [s.strip() for s in args.sets.split(",") if s.strip()]
    unknown = set(sets) - set(SIZES)
    if unknown:
        ap.error(f"unknown sets: {sorted(unknown)}")
    t0 = time.perf_counter()
    os.environ.setdefault("GOVERNED_TUNING_PSEUDONYM_KEY", "5ea1ed6" * 9 + "5e")  # a fixed benchmark key
    data = build(sets, args.n, args.seed)
    results: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="pii-sealed6-") as tmpd:
        tmp = Path(tmpd)
        os.environ["XDG_CONFIG_HOME"] = str(tmp / "config")
        for name in sets:
            recs = data[name]
            if name in ("csv", "parquet"):
                res = run_cli(args.policy, recs, tmp, name, name)
            else:
                res = run_jsonl(args.policy, recs, tmp, name, ["prompt"] if name == "leftover" else None)
            results[name] = score(name, recs, res)
            print(f"[{name}] {results[name]['verdict']} in {results[name]['wall_s']} s", file=sys.stderr)
    wall = time.perf_counter() - t0
    print(f"pii_sealed6 (policy {args.policy}, seed {args.seed}, scale {args.n}): {wall:.0f} s")
    print(f"{'set':<10} {'records':>7} {'verdict':>8} {'right':>6} {'planted':>8} {'leaked':>7} {'leak %':>7} "
          f"{'lost %':>7} {'gate s':>7}")
    for name, r in results.items():
        print(f"{name:<10} {r['records']:>7} {r['verdict']:>8} {('yes' if r['verdict_right'] else 'NO'):>6} "
              f"{r['planted']:>8} {r['leaked']:>7} {r['leak_pct']:>6.1f}% {r['content_lost_pct']:>6.2f}% "
              f"{r['wall_s']:>7}")
    if args.tables:
        for name, r in results.items():
            if not r["planted"]:
                continue
            print(f"\n[{name}]")
            print(table("kind", r["per_kind"]))
            print(table("script", r["per_script"]))
            print(table("language", r["per_lang"]))
    if args.json:
        args.json.write_text(json.dumps({"policy": args.policy, "seed": args.seed, "scale": args.n,
                                         "wall_s": round(wall, 1), "sets": results}, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
