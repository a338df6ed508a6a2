"""The second sealed held-out PII measure (blind: written while the gate was tuned, by someone who did not
read the detector, and not to be read or run by those who tune it). Leak per kind, per way of writing, per
locale and per record shape; content lost; the shipped gate's verdict judged both ways; the re-scan's
counts; and the same judged end to end through ``governed-tuning scrub`` on a JSONL and a CSV file.

    .venv/bin/python benchmarks/pii_sealed2.py [--policy default|gdpr|ccpa] [--sets records,csv,ids,clean]
                                               [--records 330] [--per-kind 6] [--clean 160] [--csv 40]
                                               [--seed N] [--dump DIR]

The sets (``pii_sealed2_gen``): ``records``, 11 shapes users' data has (HR records, medical visit notes,
insurance claims, forum posts with replies, app logs as JSON lines with nested objects and lists, support
e-mails with quoted replies and signatures, spreadsheet rows with headers in the locale's language, SFT
prompt/completion, DPO prompt/chosen/rejected, multi-turn chats with a system prompt, free text) in 35 Faker
locales; ``csv``, a customer spreadsheet with German headers and people from every locale, scrubbed as a .csv
file; ``ids``, every identifier kind the shipped policies name (96), each value accepted by python-stdnum or
the number's published check, written six ways; ``clean``, the same shapes with look-alikes and no personal
data at all.

Scoring:
- a planted value is leaked when its text survives in its record's scrubbed copy (every key and value) more
  often than it stands in the record outside the planted values: verbatim, after NFKC and without zero-width
  characters (fullwidth digits, ``＠``), or, for values with digits, with separators removed; a name when any
  of its words (two letters or more) survives so, or, in CJK scripts, its family or given name; an e-mail
  also when its user part survives as written; an age when none of its occurrences was removed.
- content lost: words of the record outside every planted value missing from the copy (CJK, Thai and Hangul
  counted per character).
- verdict: the shipped policy, as a user runs it: ``governed-tuning scrub`` for ``records`` and ``csv``
  (exit code and evidence), ``PiiGate.check`` for ``ids`` and ``clean``. A planted set must fail when a value
  of a targeted kind is left (more than ``max_residual_findings``); the clean set must pass. Leaks are
  counted on a copy made with keyed tokens in place of surrogates (same detection), since a Faker surrogate
  can equal a Faker-planted name; with no surrogate in the policy, on the shipped copy itself.
- kinds the policy does not target are reported apart (a coverage gap, not a leak by its own measure).

Nothing is written to the repository: the sets go to a temporary folder (or ``--dump DIR``).
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import platform
import re
import resource
import subprocess
import sys
import tempfile
import time
import unicodedata
from collections import Counter, defaultdict
from importlib.metadata import version
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
KEY = "sealed2-benchmark-key-not-secret-0123456789"
NOSPACE = "\u0e00-\u0e7f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af"
# letters and the marks that belong to them (Python's ``\w`` leaves out Indic, Hebrew and Arabic vowel signs)
LETTER = "\\w\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0900-\u0dff'’"
WORD = re.compile(rf"[{LETTER}]+")
UNIT = re.compile(rf"[{NOSPACE}]|(?:(?![{NOSPACE}])[{LETTER}])+")  # content units: a CJK/Thai/Hangul character, else a word
SEP = re.compile(r"[\s.\-/·()\[\]+:_,]")
ZW = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))
from pii_sealed2_gen import SCRIPT  # noqa: E402  (after the path is set)


def texts(value, out: list[str] | None = None) -> list[str]:
    """Every string of a record, keys included, numbers written out (the gate scans all of these)."""
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


def norm(s: str) -> str:
    return unicodedata.normalize("NFKC", s).translate(ZW)


def _nospace(s: str) -> bool:
    return bool(re.search(f"[{NOSPACE}]", s))


_LETTER1, _NOSPACE1 = re.compile(f"[{LETTER}]"), re.compile(f"[{NOSPACE}]")


def _edge(c: str) -> bool:
    """Whether a value may end where character ``c`` stands beside it."""
    return not _LETTER1.match(c) or bool(_NOSPACE1.match(c))


def _starts(v: str, s: str) -> list[int]:
    """Where ``v`` stands in ``s`` as a whole: not inside a longer word, though a CJK, Thai or Hangul character
    may touch it ("生年月日は1946/05/29です"); a value in those scripts, or not starting and ending with a
    letter or digit, anywhere."""
    out, i = [], s.find(v)
    loose = _nospace(v) or not (WORD.match(v[0]) and WORD.match(v[-1]))
    while i >= 0:
        j = i + len(v)
        if loose or ((i == 0 or _edge(s[i - 1])) and (j == len(s) or _edge(s[j]))):
            out.append(i)
        i = s.find(v, j if loose else i + 1)
    return out


def count(v: str, s: str) -> int:
    """Occurrences of ``v`` in ``s`` as a whole (see ``_starts``)."""
    return len(_starts(v, s)) if v else 0


def without(text: str, values) -> str:
    """``text`` with every planted value cut out where it stands as a whole."""
    for v in sorted(set(values), key=len, reverse=True):
        for i in reversed(_starts(v, text) if v else []):
            text = text[:i] + " " + text[i + len(v):]
    return text


def leaked(sp: dict, out: str, text: str, rest: str) -> bool:
    """Whether planted ``sp`` survives in the copy ``out`` of ``text`` (``rest``: ``text`` without any
    planted value; all three normalised)."""
    kind, value = sp["kind"], norm(sp["value"])
    if kind == "AGE":
        return count(value, out) >= max(count(value, text), 1)
    if kind == "PERSON":
        words = []
        for part in sp.get("parts") or [value]:
            part = norm(part)
            words += [part] if _nospace(part) else WORD.findall(part)
        if sp["variant"] == "url":  # "hedi_neuschafer": the slug as a whole
            words.append(value)
        return any(count(w, out) > count(w, rest) for w in words if len(w) >= 2 or _nospace(w))
    if count(value, out) > count(value, rest):
        return True
    if kind == "EMAIL_ADDRESS" and sp.get("parts"):
        user = norm(sp["parts"][0])
        if count(user, out) > count(user, rest):
            return True
    if re.search(r"\d", value):
        c = SEP.sub("", value)
        if len(c) >= 6:
            return SEP.sub("", out).count(c) > SEP.sub("", rest).count(c)
    return False


def score(samples, outs: list[str], targeted: set[str]) -> dict:
    """Counters keyed (group, name) -> [planted, leaked]; content units and units lost."""
    tab: dict = defaultdict(lambda: [0, 0])
    units = lost = changed = 0
    for s, out in zip(samples, outs):
        text = norm(flat(s.record))
        out = norm(out)
        changed += out != text
        rest = without(text, [norm(sp["value"]) for sp in s.spans])
        seen = set()
        for sp in s.spans:
            key = (sp["kind"], sp["value"])
            if key in seen:
                continue
            seen.add(key)
            k = sp["kind"]
            hit = leaked(sp, out, text, rest)
            if k in targeted:
                loc = sp.get("locale", s.locale)
                groups = [("kind", k), ("all", "targeted"), ("locale", loc), ("script", SCRIPT.get(loc, "?")),
                          ("shape", s.shape)]
                if sp["variant"]:
                    groups.append(("variant", f"{k}: {sp['variant']}"))
            else:
                groups = [("kind", k), ("all", "not targeted")]
            for g in groups:
                tab[g][0] += 1
                tab[g][1] += hit
        kept = Counter(UNIT.findall(out))
        for w in UNIT.findall(rest):
            units += 1
            if kept[w] > 0:
                kept[w] -= 1
            else:
                lost += 1
    return {"tab": tab, "units": units, "lost": lost, "changed": changed}


# --- running the gate -------------------------------------------------------------------------------
def write(samples, path: Path) -> None:
    records = [s.record for s in samples]
    if path.suffix == ".csv":
        with path.open("w", encoding="utf-8", newline="") as fh:
            w = csv.DictWriter(fh, fieldnames=list(records[0]))
            w.writeheader()
            w.writerows(records)
    else:
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")


def read(path: Path) -> list[dict]:
    if path.suffix == ".csv":
        with path.open(encoding="utf-8", newline="") as fh:
            return list(csv.DictReader(fh))
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def matched(samples, outs: list[dict], csv_file: bool) -> list[str]:
    """Each sample's scrubbed copy as text ('' for a record the gate dropped)."""
    if csv_file:
        return [flat(o) for o in outs] + [""] * (len(samples) - len(outs))
    by_id = {o.get("id"): o for o in outs}
    return [flat(by_id[s.record["id"]]) if s.record["id"] in by_id else "" for s in samples]


def cli(src: Path, dst: Path, policy: str) -> tuple[int, dict, float]:
    """``governed-tuning scrub`` as a user runs it: exit code, the evidence JSON, seconds."""
    ev = dst.with_suffix(".evidence.json")
    exe = Path(sys.executable).with_name("governed-tuning")
    cmd = [str(exe) if exe.exists() else "governed-tuning", "scrub", str(src), "--out", str(dst), "--policy", policy,
           "--evidence", str(ev), "--no-progress"]
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, env={**os.environ, "GOVERNED_TUNING_PSEUDONYM_KEY": KEY},
                          check=False)
    secs = time.perf_counter() - t0
    doc = json.loads(ev.read_text(encoding="utf-8")) if ev.exists() else {"verdict": "error", "evidence": {},
                                                                           "stderr_tail": proc.stderr[-300:]}
    return proc.returncode, doc, secs


class Runner:
    """The shipped policy's gate and, when the policy writes surrogates, the same policy with keyed tokens."""

    def __init__(self, policy: str):
        from governed_tuning.gates.pii import PiiGate
        from governed_tuning.policy import load_policy

        self.name = policy
        pol = load_policy(policy).policy.pii
        self.shipped = PiiGate(pol)
        toks = pol.model_copy(update={"entities": {k: (r.model_copy(update={"action": "pseudonymize"})
                                                       if r.action == "surrogate" else r)
                                                   for k, r in pol.entities.items()}})
        self.tokens = PiiGate(toks) if toks != pol else None
        self.targeted, self.limit = set(pol.entities), pol.max_residual_findings

    def copy(self, gate, samples, src: Path, dst: Path) -> tuple[list[str], str | None]:
        """The copy ``gate`` writes of ``src`` as text per sample, and the error it raised, if any."""
        err = None
        try:
            gate.check(src, dst)
        except Exception as e:  # a crash is a finding: measure what the in-memory scrub makes instead
            err = f"{type(e).__name__}: {str(e)[:120]}"
        if dst.exists() and err is None:
            return matched(samples, read(dst), src.suffix == ".csv"), None
        outs, _ = gate.scrub_records([s.record for s in samples])  # refused to write: what its scrub made
        return [flat(o) for o in outs], err

    def run(self, name: str, samples, d: Path, via_cli: bool) -> dict:
        src = d / f"{name}.{'csv' if name == 'csv' else 'jsonl'}"
        write(samples, src)
        dst = d / f"{name}.out{src.suffix}"
        t0 = time.perf_counter()
        crash = None
        if via_cli:
            rc, doc, secs = cli(src, dst, self.name)
            if doc.get("verdict") == "error":
                crash = f"exit {rc}: " + doc.get("stderr_tail", "").strip().splitlines()[-1][:160] \
                    if doc.get("stderr_tail", "").strip() else f"exit {rc}"
        else:
            rc = None
            try:
                result = self.shipped.check(src, dst)
                doc = {"verdict": result.verdict, "evidence": result.evidence}
            except Exception as e:
                crash = f"{type(e).__name__}: {str(e)[:120]}"
                doc = {"verdict": "error", "evidence": {}}
            secs = time.perf_counter() - t0
        if self.tokens is not None and any(s.spans for s in samples):
            outs, err = self.copy(self.tokens, samples, src, d / f"{name}.tokens{src.suffix}")
            crash = crash or err
        elif dst.exists():
            outs = matched(samples, read(dst), src.suffix == ".csv")
        else:
            outs, _ = self.shipped.scrub_records([s.record for s in samples])
            outs = [flat(o) for o in outs]
        return {"rc": rc, "doc": doc, "secs": secs, "outs": outs, "written": dst.exists(), "crash": crash}


# --- the report -------------------------------------------------------------------------------------
def _pct(a: int, n: int) -> str:
    return f"{100 * a / n:.1f}%" if n else "-"


def report(name: str, samples, res: dict, runner: Runner, detail: bool) -> dict:
    sc = score(samples, res["outs"], runner.targeted)
    tab, doc = sc["tab"], res["doc"]
    ev = doc.get("evidence") or {}
    n, k = tab[("all", "targeted")]
    un, uk = tab[("all", "not targeted")]
    planted = name != "clean"
    expected = ("fail" if k > runner.limit else "pass") if planted else "pass"
    verdict = doc.get("verdict")
    right = verdict == expected
    judged = "right" if right else (f"WRONG: passed with {k} targeted value(s) left" if verdict == "pass"
                                    else "WRONG: a false block" if verdict == "fail" else f"WRONG: {verdict}")
    rescan = ev.get("rescan") or {}
    how = f"`governed-tuning scrub` exit {res['rc']}" if res["rc"] is not None else "`PiiGate.check`"
    print(f"\n### {name}: {len(samples)} records, {res['secs']:.1f} s ({how}; copy written: {res['written']})\n")
    print(f"- verdict (policy {runner.name} as shipped): **{verdict}**, expected {expected}: **{judged}**")
    if res["crash"]:
        print(f"- **the gate crashed**: {res['crash']} (leaks below are measured on its in-memory scrub)")
    print(f"- re-scan: residual {ev.get('residual')} {ev.get('residual_by_type') or ''} "
          f"{ev.get('residual_by_reason') or ''}; rounds {rescan.get('rounds')}; scrubbed after the re-scan "
          f"{sum((rescan.get('scrubbed_after_rescan_by_type') or {}).values())} "
          f"{rescan.get('scrubbed_after_rescan_by_type') or ''}; artefacts set aside "
          f"{sum((rescan.get('artefacts_by_type') or {}).values())} {rescan.get('artefacts_by_type') or ''}; kinds "
          f"looked for {len(rescan.get('kinds_looked_for') or [])}, not looked for "
          f"{rescan.get('kinds_not_looked_for')}")
    if planted:
        print(f"- leaked, kinds the policy targets: **{k}/{n} = {_pct(k, n)}**; kinds it does not target: "
              f"{uk}/{un} survive ({_pct(uk, un)})")
    else:
        print(f"- records changed: {sc['changed']}/{len(samples)}; findings scrubbed: {ev.get('counts_by_type')}")
    print(f"- content lost: {sc['lost']}/{sc['units']} words = **{_pct(sc['lost'], sc['units'])}**")
    if planted:
        groups = [("kind", "kind")] + ([("variant", "written as"), ("script", "script"), ("locale", "locale"),
                                        ("shape", "shape")]
                                       if detail else [("shape", "shape")])
        for group, title in groups:
            rows = sorted(((g[1], v) for g, v in tab.items() if g[0] == group),
                          key=lambda r: (-r[1][1] / r[1][0], -r[1][0], r[0]))
            if group == "kind":
                rows = [r for r in rows if r[0] in runner.targeted] + [
                    (r[0] + " (not targeted)", r[1]) for r in rows if r[0] not in runner.targeted]
            print(f"\n| {title} | leaked | of | % |\n|---|---|---|---|")
            for label, (a, b) in rows:
                print(f"| {label} | {b} | {a} | {_pct(b, a)} |")
    return {"set": name, "verdict": verdict, "expected": expected, "right": right, "leaked": k, "planted": n,
            "lost": sc["lost"], "units": sc["units"]}


def main() -> None:
    import pii_sealed2_gen as gen

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--policy", default="default")
    ap.add_argument("--sets", default="records,csv,ids,clean")
    ap.add_argument("--seed", type=int, default=gen.SEED, help="base seed (records: seed, ids +1, clean +2, csv +3)")
    ap.add_argument("--records", type=int, default=330)
    ap.add_argument("--per-kind", type=int, default=6)
    ap.add_argument("--clean", type=int, default=160)
    ap.add_argument("--csv", type=int, default=40)
    ap.add_argument("--dump", help="also write each set (JSONL, with its labels) into this folder")
    a = ap.parse_args()
    os.environ["GOVERNED_TUNING_PSEUDONYM_KEY"] = KEY
    head = subprocess.run(["git", "-C", str(HERE), "log", "-1", "--format=%h %cI"], capture_output=True, text=True,
                          check=False).stdout.strip()
    print(f"## Second sealed PII set: policy {a.policy}, seed {a.seed}, commit {head or '?'}\n")
    print(f"Faker {version('Faker')}, python-stdnum {version('python-stdnum')}, governed-tuning "
          f"{version('governed-tuning')}, Python {platform.python_version()}")
    t0 = time.perf_counter()
    makers = {"records": lambda: gen.make_records(a.records, a.seed),
              "csv": lambda: gen.make_csv(a.csv, a.seed + 3, "de"),
              "ids": lambda: gen.make_ids(a.per_kind, a.seed + 1),
              "clean": lambda: gen.make_clean(a.clean, a.seed + 2)}
    runner = Runner(a.policy)
    missing = sorted(runner.targeted - gen.TARGETED_AT_WRITING)
    print(f"Kinds policy {a.policy} targets: {len(runner.targeted)}; of them not planted in this set (added to the "
          f"policy after it was written): {', '.join(missing) or 'none'}")
    summary = []
    with tempfile.TemporaryDirectory() as tmp:
        for name in a.sets.split(","):
            samples = makers[name]()
            if a.dump:
                Path(a.dump).mkdir(parents=True, exist_ok=True)
                write_labels = [{"record": s.record, "locale": s.locale, "shape": s.shape, "spans": s.spans}
                                for s in samples]
                Path(a.dump, f"sealed2_{name}.jsonl").write_text(
                    "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in write_labels), encoding="utf-8")
            res = runner.run(name, samples, Path(tmp), via_cli=name in ("records", "csv"))
            summary.append(report(name, samples, res, runner, detail=name == "records"))
            if a.dump:
                Path(a.dump, f"sealed2_{name}.{a.policy}.out.jsonl").write_text(
                    "".join(json.dumps(o, ensure_ascii=False) + "\n" for o in res["outs"]), encoding="utf-8")
    cpu = sum(getattr(resource.getrusage(who), f) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)
              for f in ("ru_utime", "ru_stime"))
    print(f"\n### Summary ({time.perf_counter() - t0:.0f} s wall, {cpu:.0f} s CPU with the CLI runs)\n\n| set | leaked (targeted) | content lost | verdict | "
          f"expected | right? |\n|---|---|---|---|---|---|")
    for s in summary:
        print(f"| {s['set']} | {s['leaked']}/{s['planted']} = {_pct(s['leaked'], s['planted'])} | "
              f"{_pct(s['lost'], s['units'])} | {s['verdict']} | {s['expected']} | {'yes' if s['right'] else '**no**'} |")


if __name__ == "__main__":
    import hashseed  # the same data on every run: PYTHONHASHSEED=0 unless set

    hashseed.pin()
    main()
