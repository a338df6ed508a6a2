"""National identifiers in tables and in the writings people use, generated here from python-stdnum alone (no
generator the detector was tuned on), judged both ways.

    .venv/bin/python benchmarks/pii_ids7.py [--seed 7] [--rows 30] [--sets columns,clean,writings] [--policy default]

``--seed 7`` is the half tuned on; ``--seed 77`` (and any other) is held out. Values: for each python-stdnum
module of a person's number below, random digit strings of its length until ``is_valid`` accepts one (Irish
PPS: seven digits and a letter); cards: Luhn over an issuer's first digits; wallets: base58check and bech32
payloads built here from random bytes (Bitcoin, Litecoin, Dogecoin, XRP; Bitcoin's taproot).

Sets:

- ``columns``: one CSV, one column per kind under a bland header (``feld_0`` ...), ``--rows`` values each, one
  of them with its last digit changed (a mistyped number of the same person's column). Left per kind.
- ``clean``: one CSV with nothing personal: random order numbers of 8 to 13 digits, EAN-13 and EAN-8 barcodes,
  ISBN-13s, under bland headers. Cells changed (content lost) and the verdict (must pass).
- ``writings``: one JSONL record per value and writing: the number as it is, in python-stdnum's ``format``,
  regrouped in threes, with dots, fullwidth digits, split across a line break, inside a JSON value and a URL's
  query, glued to Chinese, Japanese, Korean and Thai words with no space; half beside a generic label, half in
  a sentence without one. Cards in every grouping people type; wallets of several chains. Left per kind and
  per writing.

A value is left when its letters and digits (fullwidth read as ASCII) are still in the copy's record. The
default policy's verdict is taken on each set; a set the policy blocks is scrubbed again with no residual
limit to count what the copy would have held. Nothing is written to the repository.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import os
import random
import re
import string
import sys
import tempfile
import time
import unicodedata
from collections import Counter
from importlib import import_module
from pathlib import Path

MODS = {"us.ssn": 9, "nl.bsn": 9, "il.idnr": 9, "ca.sin": 9, "au.tfn": 9, "pt.nif": 9, "no.fodselsnummer": 11,
        "dk.cpr": 10, "se.personnummer": 10, "pl.pesel": 11, "ro.cnp": 13, "bg.egn": 10, "hr.oib": 11,
        "gr.amka": 11, "br.cpf": 11, "ar.cuit": 11, "de.idnr": 11, "in_.aadhaar": 12, "tr.tckimlik": 11,
        "za.idnr": 13, "kr.rrn": 13, "jp.in_": 12, "my.nric": 12, "id.nik": 16, "ua.rntrc": 10, "ru.inn": 12,
        "gb.nhs": 10, "gb.utr": 10, "nz.ird": 9, "fr.nif": 13, "is_.kennitala": 10, "ee.ik": 11, "cz.rc": 10,
        "at.vnr": 10, "be.nn": 11, "th.pin": 13, "cl.rut": 9, "fi.veronumero": 12, "ch.ssn": 13}
LABELS = ["ID:", "ID number", "number:", "Nr.", "no."]
SENTENCES = ["here it is: {v}, thanks", "{v}", "please update {v} in my file", "I sent {v} yesterday"]
GLUED = {"zh": "我的号码是{v}请查收", "ja": "番号は{v}です", "ko": "번호{v}입니다", "th": "หมายเลข{v}ครับ"}
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
RIPPLE = "rpshnaf39wBUDNEGHJKLM4PQRST7VWXYZ2bcdeCg65jkm8oFqi1tuvAxyz"


def draw(rng: random.Random, module: str, n: int, tries: int = 400_000) -> str | None:
    mod = import_module("stdnum." + module)
    for _ in range(tries):
        v = "".join(rng.choice(string.digits) for _ in range(n))
        if module == "ch.ssn":
            v = "756" + v[3:]
        if mod.is_valid(v):
            return v
    return None


def ie_pps(rng: random.Random) -> str:
    mod = import_module("stdnum.ie.pps")
    while True:
        v = "".join(rng.choice(string.digits) for _ in range(7)) + rng.choice(string.ascii_uppercase[:23])
        if mod.is_valid(v):
            return v


def card(rng: random.Random) -> str:
    from stdnum import luhn

    prefix, n = rng.choice([("4", 16), ("51", 16), ("55", 16), ("37", 15), ("6011", 16), ("62", 19), ("35", 16)])
    body = prefix + "".join(rng.choice(string.digits) for _ in range(n - 1 - len(prefix)))
    return body + luhn.calc_check_digit(body)


def b58check(payload: bytes, alphabet: str = B58) -> str:
    raw = payload + hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    n, out = int.from_bytes(raw, "big"), ""
    while n:
        n, r = divmod(n, 58)
        out = alphabet[r] + out
    return alphabet[0] * (len(raw) - len(raw.lstrip(b"\0"))) + out


def bech32(hrp: str, data: list[int], m: bool) -> str:
    from stdnum.bitcoin import bech32_checksum

    alphabet = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
    expanded = [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]
    polymod = bech32_checksum(expanded + data + [0] * 6) ^ (0x2BC830A3 if m else 1)
    check = [(polymod >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(alphabet[d] for d in data + check)


def wallet(rng: random.Random) -> str:
    h = bytes(rng.randrange(256) for _ in range(20))
    kind = rng.randrange(5)
    if kind == 0:
        return b58check(b"\x00" + h)  # Bitcoin
    if kind == 1:
        return b58check(b"\x30" + h)  # Litecoin
    if kind == 2:
        return b58check(b"\x1e" + h)  # Dogecoin
    if kind == 3:
        return b58check(b"\x00" + h, RIPPLE)  # XRP
    return bech32("bc", [1] + [rng.randrange(32) for _ in range(52)], True)  # taproot (bech32m)


def fullwidth(s: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in s)


def regroup(v: str, size: int, sep: str) -> str:
    return sep.join(v[i:i + size] for i in range(0, len(v), size))


def writings(rng: random.Random, kind: str, v: str) -> list[tuple[str, dict]]:
    fmt = v
    try:
        mod = import_module("stdnum." + kind)
        fmt = mod.format(v) if hasattr(mod, "format") else v
    except Exception:  # noqa: BLE001
        pass
    half = len(v) // 2
    label = rng.choice(LABELS)
    sentence = rng.choice(SENTENCES)
    out = [("plain", v), ("format", fmt), ("threes", regroup(v, 3, " ")), ("dots", regroup(v, 3, ".")),
           ("fullwidth", fullwidth(v)), ("linebreak", v[:half] + "\n" + v[half:])]
    recs = []
    for i, (name, w) in enumerate(out):
        text = f"{label} {w}" if i % 2 == 0 else sentence.format(v=w)
        recs.append((name, {"text": text}))
    recs.append(("json", {"text": "profile", "meta": json.dumps({"value": v})}))
    recs.append(("url", {"text": f"see https://portal.example.org/verify?id={v}&lang=en"}))
    for lang, tpl in GLUED.items():
        recs.append((f"glued_{lang}", {"text": tpl.format(v=v)}))
    return recs


def compact(s: str) -> str:
    return re.sub(r"[\W_]", "", unicodedata.normalize("NFKC", s)).casefold()


def scrub(gate_policy: str, src: Path, out: Path, measure: bool) -> tuple[str, dict]:
    from governed_tuning.gates.pii import PiiGate
    from governed_tuning.policy import load_policy

    pol = load_policy(gate_policy).policy.pii
    if measure:
        pol = pol.model_copy(update={"max_residual_findings": 10 ** 9})
    res = PiiGate(pol).check(src, out)
    return ("pass" if res.passed else "fail"), {}


def run_set(name: str, src: Path, policy: str, work: Path) -> tuple[str, Path]:
    out = work / f"{name}.out{src.suffix}"
    verdict, _ = scrub(policy, src, out, False)
    if not out.exists():
        out = work / f"{name}.measure{src.suffix}"
        scrub(policy, src, out, True)
    return verdict, out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--rows", type=int, default=30)
    ap.add_argument("--sets", default="columns,clean,writings")
    ap.add_argument("--policy", default="default")
    ap.add_argument("--misses", type=int, default=0, help="print this many missed writings (local analysis)")
    args = ap.parse_args()
    os.environ.setdefault("GOVERNED_TUNING_PSEUDONYM_KEY", "pii-ids7-benchmark-key-not-secret-0001")
    sets = [s for s in args.sets.split(",") if s]
    rng = random.Random(args.seed)
    print(f"## pii_ids7: policy {args.policy}, seed {args.seed}, rows {args.rows}\n")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        if "columns" in sets:
            cols: dict[str, list[str]] = {}
            for module, n in MODS.items():
                vals = [draw(rng, module, n) for _ in range(args.rows)]
                if any(v is None for v in vals):
                    continue
                v = vals[5]
                vals[5] = v[:-1] + str((int(v[-1]) + 1) % 10)  # mistyped: the column still says what it is
                cols[module] = vals  # type: ignore[assignment]
            cols["ie.pps"] = [ie_pps(rng) for _ in range(args.rows)]
            src = work / "columns.csv"
            names = list(cols)
            with src.open("w", newline="", encoding="utf-8") as fh:
                w = csv.writer(fh)
                w.writerow([f"feld_{i}" for i in range(len(names))])
                for r in range(args.rows):
                    w.writerow([cols[k][r] for k in names])
            t0 = time.time()
            verdict, out = run_set("columns", src, args.policy, work)
            rows = list(csv.reader(out.open(encoding="utf-8")))[1:] if out.exists() else []
            left = Counter()
            for j, k in enumerate(names):
                for r in range(args.rows):
                    cell = rows[r][j] if r < len(rows) else cols[k][r]
                    left[k] += compact(cols[k][r]) in compact(cell)
            total = sum(left.values())
            print(f"### columns: {total}/{len(names) * args.rows} values left = {100 * total / (len(names) * args.rows):.1f}%; "
                  f"verdict {verdict} (must {'fail' if total else 'pass'}); {time.time() - t0:.0f} s\n")
            print("| kind | left | of |\n|---|---|---|")
            for k in sorted(names, key=lambda k: (-left[k], k)):
                print(f"| {k} | {left[k]} | {args.rows} |")
            print()
        if "clean" in sets:
            from stdnum import ean

            def gtin(n: int, prefix: str = "") -> str:
                b = prefix + "".join(rng.choice(string.digits) for _ in range(n - 1 - len(prefix)))
                return b + ean.calc_check_digit(b)

            cols = {f"order{n}": [str(rng.randrange(10 ** (n - 1), 10 ** n)) for _ in range(args.rows)]
                    for n in range(8, 14)}
            cols["ean13"] = [gtin(13) for _ in range(args.rows)]
            cols["ean8"] = [gtin(8) for _ in range(args.rows)]
            cols["isbn13"] = [gtin(13, "978") for _ in range(args.rows)]
            src = work / "clean.csv"
            names = list(cols)
            with src.open("w", newline="", encoding="utf-8") as fh:
                w = csv.writer(fh)
                w.writerow([f"spalte_{i}" for i in range(len(names))])
                for r in range(args.rows):
                    w.writerow([cols[k][r] for k in names])
            t0 = time.time()
            verdict, out = run_set("clean", src, args.policy, work)
            rows = list(csv.reader(out.open(encoding="utf-8")))[1:] if out.exists() else []
            changed = Counter()
            for j, k in enumerate(names):
                for r in range(args.rows):
                    changed[k] += r >= len(rows) or rows[r][j] != cols[k][r]
            total = sum(changed.values())
            print(f"### clean: {total}/{len(names) * args.rows} cells changed = {100 * total / (len(names) * args.rows):.1f}%; "
                  f"verdict {verdict} (must pass); {time.time() - t0:.0f} s\n")
            print("| column | changed | of |\n|---|---|---|")
            for k in names:
                print(f"| {k} | {changed[k]} | {args.rows} |")
            print()
        if "writings" in sets:
            recs, meta = [], []
            for module, n in MODS.items():
                v = draw(rng, module, n)
                if v is None:
                    continue
                for wname, rec in writings(rng, module, v):
                    recs.append(rec)
                    meta.append((module, wname, v))
            for _ in range(4):
                v = ie_pps(rng)
                for wname, rec in writings(rng, "ie.pps", v):
                    recs.append(rec)
                    meta.append(("ie.pps", wname, v))
            for _ in range(12):
                c = card(rng)
                groups = [("plain", c), ("fours", regroup(c, 4, " ")), ("threes", regroup(c, 3, " ")),
                          ("dots", regroup(c, 4, ".")), ("dashes", regroup(c, 4, "-")),
                          ("linebreak", regroup(c[:8], 4, " ") + "\n" + regroup(c[8:], 4, " ")),
                          ("glued_zh", f"卡号{c}谢谢")]
                for wname, w in groups:
                    recs.append({"text": f"card {w}" if wname not in ("glued_zh",) else w})
                    meta.append(("CARD", wname, c))
            for _ in range(12):
                a = wallet(rng)
                for wname, text in (("plain", f"send to {a} please"), ("glued_zh", f"地址{a}谢谢"),
                                    ("json", json.dumps({"wallet": a}))):
                    recs.append({"text": text})
                    meta.append(("WALLET", wname, a))
            src = work / "writings.jsonl"
            src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs), encoding="utf-8")
            t0 = time.time()
            verdict, out = run_set("writings", src, args.policy, work)
            outs = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()] if out.exists() else recs
            by_kind, by_way, of_kind, of_way = Counter(), Counter(), Counter(), Counter()
            misses = []
            for (kind, way, v), rec, o in zip(meta, recs, outs):
                hit = compact(v) in compact(json.dumps(o, ensure_ascii=False).replace("\\n", ""))
                by_kind[kind] += hit
                by_way[way] += hit
                of_kind[kind] += 1
                of_way[way] += 1
                if hit:
                    misses.append((kind, way, rec))
            total = sum(by_kind.values())
            print(f"### writings: {total}/{len(recs)} values left = {100 * total / len(recs):.1f}%; verdict {verdict} "
                  f"(must {'fail' if total else 'pass'}); {time.time() - t0:.0f} s\n")
            print("| written | left | of |\n|---|---|---|")
            for k in sorted(of_way, key=lambda k: (-by_way[k], k)):
                print(f"| {k} | {by_way[k]} | {of_way[k]} |")
            print("\n| kind | left | of |\n|---|---|---|")
            for k in sorted(of_kind, key=lambda k: (-by_kind[k], k)):
                print(f"| {k} | {by_kind[k]} | {of_kind[k]} |")
            for kind, way, rec in misses[:args.misses]:
                print(f"    MISS {kind} [{way}]: {json.dumps(rec, ensure_ascii=False)}")
            print()
    return 0


if __name__ == "__main__":
    import hashseed  # the same data on every run: PYTHONHASHSEED=0 unless set

    hashseed.pin()
    sys.exit(main())
