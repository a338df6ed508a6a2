"""The third sealed held-out PII measure (blind: written by one engineer who read neither the detector's code nor
the earlier sealed sets' generators, from generators those sets did not use; a dev set since the fifth
session of 2026-11-30, which tuned on it: the blind set is now ``pii_sealed4.py``). Leak per kind, per locale, per script, per shape and per way of writing; content lost; the
shipped gate's verdict judged both ways; all through ``governed-tuning scrub``, as a user runs it.

    .venv/bin/python benchmarks/pii_sealed3.py [--policy default|gdpr|ccpa] [--sets records,ids,clean,csv,parquet]
                                               [--records 312] [--clean 156] [--rows 40] [--seed N] [--dump DIR]

The sets (``pii_sealed3_gen``, ``pii_sealed3_ids``, ``pii_sealed3_people``, ``pii_sealed3_words``):
``records``, 13 shapes (e-mails with signatures and quoted replies, forum posts, support tickets, HR notes,
medical intake notes, chat logs with timestamps, e-mail signatures, forms, multi-line address blocks, tables
inside text, JSON records with nested keys and an e-mail as a key, SFT prompt/completion, chat messages) in 54
locales and 14 scripts: people, streets and towns from mimesis (48 locales), Faker only for the six scripts
mimesis lacks (Devanagari, Thai, Hebrew, Georgian, Armenian, Bengali); phones varied from phonenumbers' example
numbers and kept only when valid; labels and phrases in 23 languages. ``ids``, 47 identifier kinds, each value
completed by python-stdnum's check functions and accepted by its ``is_valid`` (or by the published check where
stdnum has none), written five ways with a name beside most; 15 of the kinds are national numbers no shipped
policy names (reported apart). ``clean``, the same shapes with no personal data: order and ticket numbers,
EAN-13 codes, SKUs, delivery dates, timestamps, brands named after places and people ("Victoria Station", "Jordan
Air"), words that are also names ("Will", "May", "Mark", "Bill", "Grace"). ``csv``: a customer table with French
headers, people of every locale, scrubbed as a .csv file. ``parquet``: the same with English headers, dates as
ISO strings, some phones as bare digits, scrubbed as a .parquet file.

Two runs of ``governed-tuning scrub`` per set: the shipped policy (its exit code and evidence are the verdict),
and the same policy with keyed tokens in place of surrogates and no residual limit (the copy the leaks and the
content lost are counted on, since a Faker surrogate can equal a planted name; same detection).

Scoring: a planted value is leaked when a piece of it survives in its record's copy (every key and value, after
NFKC, without zero-width characters, case-folded) more often than it stands in the original record outside every
planted value: a name when its given or its family name does (whole words; in CJK, Thai and Hangul as text), an
e-mail when the address or its user part does, a street when its name does, a value with five digits or more
also with separators removed. Content lost: words of the records outside planted values missing from the copy
(CJK, Thai and Hangul counted per character). Verdict: a planted set must fail when a targeted value is left; the
clean set must pass.

Nothing is written to the repository: the sets go to a temporary folder (or ``--dump DIR``). Nothing from the
data is printed, only counts.
"""

from __future__ import annotations

import argparse
import collections
import csv
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from pii_sealed3_gen import RecordMaker  # noqa: E402
from pii_sealed3_ids import kinds as id_kinds  # noqa: E402
from pii_sealed3_people import ALL_LOCALES, PeopleMaker  # noqa: E402

SEED = 0x5EA13
ROOT = Path(__file__).resolve().parents[1]
CLI = [sys.executable, "-m", "governed_tuning.cli"]
ZW = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))
NO_SPACE_SCRIPTS = {"Han", "Japanese", "Hangul", "Thai"}
CSV_COLUMNS = {"name": "nom complet", "dob": "date de naissance", "city": "ville", "phone": "téléphone",
               "email": "courriel", "note": "remarque"}
PARQUET_COLUMNS = {"name": "customer_name", "dob": "birth_date", "city": "home_city", "phone": "phone",
                   "email": "email", "note": "notes"}


# --------------------------------------------------------------------------- the sets
def id_items(seed: int, per_kind_ways: int = 5) -> list[dict]:
    rng = random.Random(seed)
    people = PeopleMaker(rng)
    locs = sorted(ALL_LOCALES)
    out = []
    for i, (kind, (policy_kind, make, how, label)) in enumerate(id_kinds().items()):
        for way in ["label", "sentence", "json", "bare", "spaced"][:per_kind_ways]:
            p = people.person(locs[(i * 3 + len(out)) % len(locs)])
            v = make(rng)
            shown = v
            if way == "spaced":
                compact = re.sub(r"[\s.\-/]", "", v)
                shown = " ".join(compact[k:k + 3] for k in range(0, len(compact), 3))
            planted = [{"kind": kind, "value": shown, "way": way, "parts": [], "policy_kind": policy_kind, "raw": v}]
            if way == "label":
                rec = {"text": f"Name: {p.full}\n{label}: {shown}\nStatus: verified on 2026-11-{rng.randint(1, 28):02d}"}
            elif way == "sentence":
                rec = {"text": f"Hello, {p.full} here. My {label} is {shown}, could you update my file?"}
            elif way == "json":
                key = re.sub(r"\W+", "_", label.lower()).strip("_") or "id"
                rec = {"applicant": {"name": p.full, "documents": {key: shown, "checked": True}}}
            elif way == "bare":
                rec = {"text": f"{p.full} — please use {shown} for the refund form, thanks."}
            else:
                rec = {"text": f"{label} {shown} (copied from the scan)"}
            if way != "spaced":
                planted.append({"kind": "PERSON", "value": p.full, "way": "beside_id", "parts": [p.given, p.family],
                                "policy_kind": "PERSON"})
            out.append({"shape": f"id_{way}", "locale": p.locale, "script": p.script, "record": rec,
                        "planted": planted, "how": how})
    return out


# --------------------------------------------------------------------------- scoring
def norm(text: str) -> str:
    return unicodedata.normalize("NFKC", text).translate(ZW).casefold()


def ser(record) -> str:
    return norm(json.dumps(record, ensure_ascii=False) if not isinstance(record, str) else record)


def count(hay: str, needle: str, script: str) -> int:
    n = norm(needle)
    if not n:
        return 0
    if script in NO_SPACE_SCRIPTS or not re.search(r"\w", n[0] + n[-1]):
        return hay.count(n)
    return len(re.findall(r"(?<!\w)" + re.escape(n) + r"(?!\w)", hay))


def compact(s: str) -> str:
    return re.sub(r"[\s.\-/()·,+_]", "", s)


def pieces(p: dict) -> list[str]:
    if p["parts"]:
        return [x for x in p["parts"] if len(x) >= 2 or any(unicodedata.name(c, "").startswith("CJK") for c in x)]
    return [p["value"]]


def leaked(p: dict, original: str, copy: str, script: str, planted_texts: list[str]) -> bool:
    """Does a piece of the planted value stand in the copy more often than in the original outside every planted
    value (its own occurrences included)?"""
    base = original
    for o in sorted(planted_texts, key=len, reverse=True):
        base = base.replace(norm(o), "\x00")
    for piece in pieces(p):
        if count(copy, piece, script) > count(base, piece, script):
            return True
    digits = compact(norm(p["value"]))
    if sum(c.isdigit() for c in digits) >= 5 and not p["parts"]:
        if compact(copy).count(digits) > compact(base).count(digits):
            return True
    return False


TOKEN = re.compile(r"[^\W\d_]{2,}")


def words_of(text: str) -> collections.Counter:
    c: collections.Counter = collections.Counter()
    for w in TOKEN.findall(text):
        if any(unicodedata.name(ch, "").startswith(("CJK", "HIRAGANA", "KATAKANA", "HANGUL", "THAI")) for ch in w):
            c.update(w)
        else:
            c[w] += 1
    return c


def content_lost(original: str, copy: str, planted: list[dict]) -> tuple[int, int]:
    base = original
    for p in sorted(planted, key=lambda x: len(x["value"]), reverse=True):
        base = base.replace(norm(p["value"]), " ")
        for piece in p["parts"]:
            base = base.replace(norm(piece), " ")
    before = words_of(base)
    after = words_of(copy)
    lost = before - after
    return sum(lost.values()), sum(before.values())


# --------------------------------------------------------------------------- files and the CLI
def write_set(name: str, items: list[dict], folder: Path) -> Path:
    if name == "csv":
        path = folder / "clients.csv"
        with path.open("w", newline="", encoding="utf-8") as fh:
            wr = csv.DictWriter(fh, fieldnames=list(items[0]["record"]))
            wr.writeheader()
            for it in items:
                wr.writerow(it["record"])
        return path
    if name == "parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq
        cols = list(items[0]["record"])
        data = {}
        for c in cols:
            vals = [it["record"][c] for it in items]
            if c == "phone":
                data[c] = pa.array([str(v) for v in vals])
            else:
                data[c] = pa.array(vals)
        path = folder / "customers.parquet"
        pq.write_table(pa.table(data), path)
        return path
    path = folder / f"{name}.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for it in items:
            fh.write(json.dumps(it["record"], ensure_ascii=False) + "\n")
    return path


def read_copy(path: Path, name: str) -> list:
    if not path.exists():
        return []
    if name == "csv":
        with path.open(newline="", encoding="utf-8") as fh:
            rows = list(csv.reader(fh))
        header = rows[0] if rows else []
        return [json.dumps({"__header__": header, "row": r}, ensure_ascii=False) for r in rows[1:]]
    if name == "parquet":
        import pyarrow.parquet as pq
        t = pq.read_table(path).to_pylist()
        return [json.dumps(r, ensure_ascii=False, default=str) for r in t]
    return [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def policy_text(policy: str) -> str:
    return subprocess.run(CLI + ["policy", "show", policy], capture_output=True, text=True, check=True).stdout


def measure_policy(policy: str, shown: str, folder: Path) -> Path:
    """The policy as shipped, with keyed tokens for surrogates and no residual limit: the copy leaks are counted on."""
    import yaml
    doc = yaml.safe_load(shown)
    for rule in doc["pii"]["entities"].values():
        if rule.get("action") == "surrogate":
            rule["action"] = "pseudonymize"
    doc["pii"]["max_residual_findings"] = 10**9
    path = folder / f"measure-{policy}.yaml"
    path.write_text(yaml.safe_dump(doc, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def start_scrub(inp: Path, out: Path, policy: str, evidence: Path, env: dict) -> subprocess.Popen:
    return subprocess.Popen(CLI + ["scrub", str(inp), "--out", str(out), "--policy", policy, "--evidence",
                                   str(evidence), "--no-progress"], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, env=env, cwd=str(inp.parent))


# --------------------------------------------------------------------------- report
def pct(a: int, b: int) -> str:
    return f"{100 * a / b:.1f}%" if b else "-"


def table(title: str, rows: dict, limit: int | None = None) -> list[str]:
    out = [f"| {title} | leaked | of | % |", "|---|---|---|---|"]
    items = sorted(rows.items(), key=lambda kv: (-(kv[1][0] / kv[1][1]) if kv[1][1] else 0, -kv[1][1], kv[0]))
    for k, (a, b) in items[:limit]:
        out.append(f"| {k} | {a} | {b} | {pct(a, b)} |")
    return out + [""]


def score_set(name: str, items: list[dict], copy_lines: list, targeted: set[str]) -> dict:
    per_kind: dict = collections.defaultdict(lambda: [0, 0])
    untargeted: dict = collections.defaultdict(lambda: [0, 0])
    per_locale: dict = collections.defaultdict(lambda: [0, 0])
    per_script: dict = collections.defaultdict(lambda: [0, 0])
    per_shape: dict = collections.defaultdict(lambda: [0, 0])
    per_way: dict = collections.defaultdict(lambda: [0, 0])
    lost = total = changed = 0
    aligned = len(copy_lines) == len(items)
    whole = norm("\n".join(copy_lines))
    for i, it in enumerate(items):
        original = ser(it["record"])
        copy = norm(copy_lines[i]) if aligned else whole
        if aligned and name not in ("csv", "parquet"):
            copy = ser(json.loads(copy_lines[i]))
            changed += copy != original
        values = [p["value"] for p in it["planted"]] + [x for p in it["planted"] for x in p["parts"]]
        for p in it["planted"]:
            kind = p.get("policy_kind", p["kind"]) or p["kind"]
            label = p["kind"] if p["kind"] == kind else f"{p['kind']} ({kind})"
            hit = leaked(p, original, copy, it["script"], values)
            bucket = per_kind if kind in targeted else untargeted
            bucket[label][0] += hit
            bucket[label][1] += 1
            if kind in targeted:
                for d, k in ((per_locale, it["locale"]), (per_script, it["script"]), (per_shape, it["shape"]),
                             (per_way, f"{label}: {p['way']}")):
                    d[k][0] += hit
                    d[k][1] += 1
        if aligned:
            a, b = content_lost(original, copy, it["planted"])
            lost += a
            total += b
    return dict(per_kind=per_kind, untargeted=untargeted, per_locale=per_locale, per_script=per_script,
                per_shape=per_shape, per_way=per_way, lost=lost, words=total, aligned=aligned, changed=changed,
                copy_records=len(copy_lines))


def targeted_kinds(shown: str) -> set[str]:
    out = set()
    on = False
    for line in shown.splitlines():
        if line.startswith("# PII kinds this policy looks for"):
            on = True
            continue
        if on and line.startswith("# Not looked for"):
            break
        m = re.match(r"#\s+([A-Z0-9_]+)\s{2,}", line)
        if on and m:
            out.add(m.group(1))
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--policy", default="default")
    ap.add_argument("--sets", default="records,ids,clean,csv,parquet")
    ap.add_argument("--seed", type=int, default=SEED, help="base seed (records: seed, ids +1, clean +2, "
                                                           "csv +3, parquet +4)")
    ap.add_argument("--records", type=int, default=312)
    ap.add_argument("--clean", type=int, default=156)
    ap.add_argument("--rows", type=int, default=40)
    ap.add_argument("--dump", type=Path, help="also keep the sets and copies in this folder")
    args = ap.parse_args(argv)
    t0 = time.time()
    sets = [s.strip() for s in args.sets.split(",") if s.strip()]
    made = build(sets, args)
    commit = subprocess.run(["git", "-C", str(ROOT), "log", "-1", "--format=%h %cI"], capture_output=True,
                            text=True).stdout.strip()
    import faker
    import mimesis
    import phonenumbers
    import stdnum
    print(f"## Third sealed PII set: policy {args.policy}, seed {args.seed}, commit {commit}\n")
    print(f"mimesis {mimesis.__version__}, Faker {faker.VERSION}, python-stdnum {stdnum.__version__}, "
          f"phonenumbers {phonenumbers.__version__}, Python {sys.version.split()[0]}")
    shown = policy_text(args.policy)
    targeted = targeted_kinds(shown)
    print(f"Kinds policy {args.policy} targets: {len(targeted)}\n")
    tmp = Path(tempfile.mkdtemp(prefix="pii-sealed3-")) if args.dump is None else args.dump
    tmp.mkdir(parents=True, exist_ok=True)
    os.chmod(tmp, 0o700)
    env = dict(os.environ, XDG_CONFIG_HOME=str(tmp / "config"),
               GOVERNED_TUNING_PSEUDONYM_KEY="sealed3-benchmark-key-0123456789abcdef")
    os.environ.update(env)
    measure = measure_policy(args.policy, shown, tmp)
    inputs = {name: write_set(name, made[name], tmp) for name in sets}
    # the CSV and Parquet files go through the command line as a user runs it (in the background, meanwhile)
    cli = {name: (time.time(), start_scrub(inputs[name], tmp / f"{name}.shipped{inputs[name].suffix}", args.policy,
                                           tmp / f"{name}.shipped.json", env))
           for name in sets if name in ("csv", "parquet")}
    from governed_tuning.gates.pii import PiiGate
    from governed_tuning.policy import load_policy
    gates = {"shipped": PiiGate(load_policy(args.policy).policy.pii),
             "measure": PiiGate(load_policy(measure).policy.pii)}
    summary = []
    for name in sets:
        items = made[name]
        inp = inputs[name]
        suffix = inp.suffix
        t = time.time()
        if name in cli:
            rc_ship = cli[name][1].wait()
            how = f"`governed-tuning scrub` exit {rc_ship}"
        else:
            res = gates["shipped"].check(inp, tmp / f"{name}.shipped{suffix}")
            rc_ship = 0 if res.verdict == "pass" else 1
            (tmp / f"{name}.shipped.json").write_text(json.dumps(res.model_dump(mode="json"), default=str))
            how = f"`PiiGate.check` {res.verdict}"
        gates["measure"].check(inp, tmp / f"{name}.measure{suffix}")
        wall = time.time() - (cli[name][0] if name in cli else t)
        ev = _evidence(tmp / f"{name}.shipped.json")
        copy_lines = read_copy(tmp / f"{name}.measure{suffix}", name)
        s = score_set(name, items, copy_lines, targeted)
        tk = s["per_kind"]
        left = sum(a for a, _ in tk.values())
        planted = sum(b for _, b in tk.values())
        verdict = "pass" if rc_ship == 0 else "fail"
        expected = "fail" if left else "pass"
        right = "right" if verdict == expected else "**WRONG**"
        print(f"### {name}: {len(items)} records, {wall:.1f} s ({how}; measuring copy: {s['copy_records']} records)\n")
        print(f"- verdict (policy {args.policy} as shipped): **{verdict}**, expected {expected}: {right}")
        if ev:
            e = ev.get("evidence", {})
            print(f"- evidence: records changed {e.get('records_changed')}, dropped {e.get('records_dropped')}, "
                  f"refused {e.get('records_refused')}; residual {e.get('residual')} {e.get('residual_by_type')}; "
                  f"found by type {dict(sorted((e.get('counts_by_type') or {}).items()))}")
        if planted:
            print(f"- leaked, kinds the policy targets: **{left}/{planted} = {pct(left, planted)}**")
        un = s["untargeted"]
        if un:
            print(f"- kinds the policy does not target: {sum(a for a, _ in un.values())}/"
                  f"{sum(b for _, b in un.values())} survive")
        print(f"- content lost: {s['lost']}/{s['words']} words = **{pct(s['lost'], s['words'])}**"
              + ("" if s["aligned"] else " (copy not aligned with the input: not measured)")
              + (f"; records changed {s['changed']}/{len(items)}" if name == "clean" else "") + "\n")
        if planted:
            print("\n".join(table("kind", tk)))
        if un:
            print("\n".join(table("kind (not targeted)", un)))
        if planted:
            print("\n".join(table("locale", s["per_locale"])))
            print("\n".join(table("script", s["per_script"])))
            print("\n".join(table("shape", s["per_shape"])))
            print("\n".join(table("written as", s["per_way"], 40)))
        summary.append((name, len(items), left, planted, s["lost"], s["words"], verdict, right))
    print("### Summary\n\n| set | records | targeted leaked | content lost | verdict | right? |\n|---|---|---|---|---|---|")
    for name, n, left, planted, lost, words, verdict, right in summary:
        print(f"| {name} | {n} | {left}/{planted} ({pct(left, planted)}) | {pct(lost, words)} | {verdict} | {right} |")
    print(f"\n{time.time() - t0:.1f} s wall")
    if args.dump is None:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


def _evidence(path: Path) -> dict:
    try:
        return json.loads(path.read_text())
    except (OSError, ValueError):
        return {}


def build(sets: list[str], args) -> dict[str, list[dict]]:
    made: dict[str, list[dict]] = {}
    if "records" in sets:
        made["records"] = RecordMaker(args.seed).records(args.records)
    if "ids" in sets:
        made["ids"] = id_items(args.seed + 1)
    if "clean" in sets:
        made["clean"] = RecordMaker(args.seed + 2).cleans(args.clean)
    if "csv" in sets:
        made["csv"] = RecordMaker(args.seed + 3).rows(args.rows, CSV_COLUMNS, ints=False)
    if "parquet" in sets:
        made["parquet"] = RecordMaker(args.seed + 4).rows(args.rows, PARQUET_COLUMNS, ints=True)
    return made


if __name__ == "__main__":
    import hashseed  # the same data on every run: PYTHONHASHSEED=0 unless set

    hashseed.pin()
    raise SystemExit(main())
