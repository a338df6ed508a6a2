"""A sweep over python-stdnum: every module with ``is_valid`` whose number is a person's (or a person's account),
each value written as people write it, with and without its own label, and the numbers that are nobody's
(products, securities, companies' registrations) beside order and invoice numbers, judged both ways.

    .venv/bin/python benchmarks/pii_ids9.py [--half tuned|held|all] [--per 4] [--seed 9] [--sets ids,clean]
                                            [--policy default] [--misses 0]

How built (python-stdnum 2.x alone; no generator the detector was tuned on): a module's valid examples are read
from its own docstring (``>>> validate('...')`` lines that ``is_valid`` accepts); new values are those examples
with their digits (and, where the example has them, its letters) redrawn at random, kept when ``is_valid``
accepts them (a check-digit kind accepts about one draw in ten; a kind holding a date or a region fewer). Each
value is written in its compact form and in the module's ``format()``; beside the module's own short name
(the docstring's first words: "CUIT", "PIN", "Asmens kodas") or with no label at all: a chat line ending in the
number in parentheses, a sentence, a number glued to Chinese.

- ``ids``: the person's kinds (``PERSON_KINDS``). ``--half tuned`` is the kinds whose CRC-32 of the module name
  is even, ``held`` the odd ones (never tuned on); per kind: values left in the copy.
- ``bare`` (ids10): random numbers of 8 to 16 digits written as ``ids`` writes a value with no label (in
  parentheses after a chat line, in a sentence): the precision of the bare-number rule, per length.
- ``clean``: the nobody's kinds (``NOBODY_KINDS``: ISBN, ISSN, EAN, ISIN, LEI, IMO, CAS, container numbers, ...)
  after their own label, and random order / invoice / ticket / tracking numbers of 8 to 16 digits in
  sentences and in parentheses after an order word; every change is content lost, any block a false block.

A value is left when its letters and digits are still in the copy's record. The default policy's verdict is
taken on each set (ids: must fail when a value is left; clean: must pass).
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import random
import re
import sys
import tempfile
import time
import unicodedata
import zlib
from collections import Counter
from importlib import import_module
from pathlib import Path

PERSON_KINDS = (
    "ar.cuit ar.dni at.tin at.vnr au.tfn be.bis be.eid be.nn be.ssn bg.egn bg.pnf br.cpf ca.bc_phn ca.sin ch.ssn "
    "cl.rut cn.ric co.nit cr.cpf cr.cr cu.ni cz.rc de.idnr de.stnr dk.cpr do.cedula ec.ci ee.ik es.dni es.nie "
    "fi.hetu fi.veronumero fr.nif fr.nir gb.nhs gb.upn gb.utr gr.amka hr.oib id.nik ie.pps il.idnr in_.aadhaar "
    "in_.epic in_.pan in_.vid is_.kennitala it.codicefiscale jp.in_ ke.pin kr.rrn li.peid lt.asmens mu.nid "
    "mx.curp mx.rfc my.nric nl.bsn nl.onderwijsnummer no.fodselsnummer nz.ird pe.cui pk.cnic pl.pesel pt.cc "
    "pt.nif ro.cnp ru.inn se.personnummer si.emso sk.rc th.pin tr.tckimlik ua.rntrc us.atin us.itin us.ptin "
    "us.ssn za.idnr za.tin iban ar.cbu es.ccc no.kontonr nz.bankaccount cz.bankaccount imsi bitcoin").split()
NOBODY_KINDS = ("isbn issn ismn isrc isan isin cusip figi lei casrn imo iso6346 grid gb.sedol de.wkn it.aic "
                "eu.ecnumber ean").split()
ORDER_WORDS = ["Order", "order no.", "Invoice", "invoice #", "Ticket", "tracking number", "Bestellung",
               "commande n°", "pedido", "ref."]
CHAT = ["Thanks, the parcel arrived today", "ok I will call back later", "Hi, any news on my refund?",
        "I updated the form as asked", "sorry for the delay"]
SENTENCES = ["please update {v} in my file", "here it is: {v}, thanks", "I sent {v} yesterday"]


def compact(s: str) -> str:
    return re.sub(r"[\W_]", "", unicodedata.normalize("NFKC", s)).casefold()


def examples(mod) -> list[str]:
    doc = mod.__doc__ or ""
    out = []
    for ex in re.findall(r">>> \w+\(['\"]([^'\"]+)['\"]", doc):
        try:
            if mod.is_valid(ex) and ex not in out:
                out.append(ex)
        except Exception:  # noqa: BLE001 - an example of another function's input
            pass
    return out


def label_of(mod) -> str:
    """The number's name as its docstring's first line gives it: the first abbreviation of three characters or
    more ("NISS" of "NN, NISS, RRN"), else the first name in parentheses ("Número de identidad" of "NI (Número de
    identidad, ...)"): a two-letter abbreviation ("NI", "CR", "CI", "CC", "IN") is python-stdnum's shorthand,
    not what the number's holders write beside it (ids10: cu.ni and cr.cr were written "NI: ...", "CR: ...")."""
    first = (mod.__doc__ or "").strip().splitlines()[0].strip().rstrip(".")
    head, _, rest = first.partition(" (")
    names = [n.strip().rstrip(".") for n in head.split(",")]
    good = [n for n in names if len(n.replace(".", "")) >= 3]
    if good:
        return good[0]
    inner = rest.rsplit(")", 1)[0].split(",")[0].strip()
    return inner or names[0]


TODAY = datetime.date(2026, 12, 1)  # (fixed: the same set whenever it runs)


def plausible(mod, v: str) -> bool:
    """Whether ``v`` is a living person's number: python-stdnum accepts numbers whose date of birth lies in 1874
    or 2490 (a Slovenian EMŠO's three-digit year), after 2100 (an Estonian code's century digit 7 or 8), and
    French NIRs whose sex digit is 0 or 9 (none is issued: 1 and 2, 3 and 4 awaiting registration, 7 and 8
    temporary); a company's RFC (three letters) is no person's. Such draws are generator artefacts (ids10)."""
    name = mod.__name__.removeprefix("stdnum.")
    if name == "fr.nir" and mod.compact(v)[0] not in "123478":
        return False
    if name == "mx.rfc" and not re.match(r"[A-Z&Ñ]{4}\d", mod.compact(v)):
        return False
    if hasattr(mod, "get_birth_date"):
        try:
            born = mod.get_birth_date(v)
        except Exception:  # noqa: BLE001 - a number with no date (a Lithuanian code's 9): rare, not drawn
            return False
        return datetime.date(1900, 1, 1) <= born <= TODAY
    return True


def draw(rng: random.Random, mod, seeds: list[str], tries: int = 20000) -> str | None:
    """A new valid value: an example with its digits (and letters, on even tries) redrawn; a prefix of the
    example kept on later tries (regions, dates, a chain's version byte)."""
    for t in range(tries):
        ex = rng.choice(seeds)
        keep = 0 if t < tries // 4 else rng.randrange(0, max(1, len(ex) * 2 // 3))
        chars = list(ex)
        for i in range(keep, len(chars)):
            c = chars[i]
            if c.isdigit():
                chars[i] = rng.choice("0123456789")
            elif c.isascii() and c.isalpha() and t % 2 and i < len(chars):
                chars[i] = rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ" if c.isupper() else "abcdefghijklmnopqrstuvwxyz")
        v = "".join(chars)
        try:
            if v != ex and mod.is_valid(v) and plausible(mod, v):
                return v
        except Exception:  # noqa: BLE001
            pass
    return None


def half_of(name: str) -> str:
    return "tuned" if zlib.crc32(name.encode()) % 2 == 0 else "held"


def writings(rng: random.Random, mod, v: str, label: str) -> list[tuple[str, str]]:
    c = mod.compact(v) if hasattr(mod, "compact") else v
    f = mod.format(c) if hasattr(mod, "format") else v
    chat = rng.choice(CHAT)
    return [("labelled_compact", f"{label}: {c}"), ("labelled_format", f"My {label} is {f}."),
            ("parenthesis", f"{chat} ({c})"), ("sentence_format", rng.choice(SENTENCES).format(v=f)),
            ("glued_zh", f"我的号码是{c}。")]


def scrub(policy: str, src: Path, out: Path, measure: bool) -> str:
    from governed_tuning.gates.pii import PiiGate
    from governed_tuning.policy import load_policy

    pol = load_policy(policy).policy.pii
    if measure:
        pol = pol.model_copy(update={"max_residual_findings": 10 ** 9})
    res = PiiGate(pol).check(src, out)
    if not res.passed and not measure and os.environ.get("PII_IDS9_REASONS"):
        print("    reasons:", "; ".join(res.reasons)[:600])
    return "pass" if res.passed else "fail"


def run_set(name: str, recs: list[dict], policy: str, work: Path) -> tuple[str, list[dict]]:
    src = work / f"{name}.jsonl"
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs), encoding="utf-8")
    out = work / f"{name}.out.jsonl"
    verdict = scrub(policy, src, out, False)
    if not out.exists():
        out = work / f"{name}.measure.jsonl"
        scrub(policy, src, out, True)
    return verdict, [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--half", default="all", choices=["tuned", "held", "all"])
    ap.add_argument("--per", type=int, default=4, help="values per kind")
    ap.add_argument("--seed", type=int, default=9)
    ap.add_argument("--sets", default="ids,clean")
    ap.add_argument("--policy", default="default")
    ap.add_argument("--misses", type=int, default=0, help="print this many missed writings (local analysis)")
    args = ap.parse_args()
    os.environ.setdefault("GOVERNED_TUNING_PSEUDONYM_KEY", "pii-ids9-benchmark-key-not-secret-0001")
    rng = random.Random(args.seed)
    sets = [s for s in args.sets.split(",") if s]
    print(f"## pii_ids9: policy {args.policy}, seed {args.seed}, half {args.half}, {args.per} values per kind\n")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        if "ids" in sets:
            recs, meta = [], []
            for name in PERSON_KINDS:
                if args.half != "all" and half_of(name) != args.half:
                    continue
                mod = import_module("stdnum." + name)
                seeds = examples(mod)
                if not seeds:
                    print(f"(no valid example in {name}'s docstring: skipped)")
                    continue
                for _ in range(args.per):
                    v = draw(rng, mod, seeds)
                    if v is None:
                        continue
                    for way, text in writings(rng, mod, v, label_of(mod)):
                        recs.append({"text": text})
                        meta.append((name, way, v))
            t0 = time.time()
            verdict, outs = run_set("ids", recs, args.policy, work)
            by_kind, of_kind, by_way, of_way = Counter(), Counter(), Counter(), Counter()
            misses = []
            for (kind, way, v), rec, o in zip(meta, recs, outs):
                hit = compact(v) in compact(o["text"])
                by_kind[kind] += hit
                of_kind[kind] += 1
                by_way[way] += hit
                of_way[way] += 1
                if hit:
                    misses.append((kind, way, rec["text"]))
            total = sum(by_kind.values())
            print(f"### ids: {total}/{len(recs)} values left = {100 * total / max(1, len(recs)):.1f}%; verdict "
                  f"{verdict} (must {'fail' if total else 'pass'}); kinds over 5%: "
                  f"{sum(by_kind[k] > 0.05 * of_kind[k] for k in of_kind)} of {len(of_kind)}; {time.time() - t0:.0f} s\n")
            print("| written | left | of |\n|---|---|---|")
            for k in sorted(of_way, key=lambda k: (-by_way[k], k)):
                print(f"| {k} | {by_way[k]} | {of_way[k]} |")
            print("\n| kind (half) | left | of |\n|---|---|---|")
            for k in sorted(of_kind, key=lambda k: (-by_kind[k], k)):
                if by_kind[k]:
                    print(f"| {k} ({half_of(k)}) | {by_kind[k]} | {of_kind[k]} |")
            print(f"| every other kind ({sum(1 for k in of_kind if not by_kind[k])}) | 0 | |")
            for kind, way, text in misses[:args.misses]:
                print(f"    MISS {kind} [{way}]: {text}")
            print()
        if "clean" in sets:
            rng = random.Random(args.seed + 1)  # (the same clean set whichever sets run)
            recs, meta = [], []
            for name in NOBODY_KINDS:
                mod = import_module("stdnum." + name)
                seeds = examples(mod)
                for _ in range(args.per if seeds else 0):
                    v = draw(rng, mod, seeds)
                    if v is not None:
                        recs.append({"text": f"{label_of(mod)} {v}"})
                        meta.append(name)
            for n in range(8, 17):
                for _ in range(args.per):
                    v = str(rng.randrange(10 ** (n - 1), 10 ** n))
                    w = rng.choice(ORDER_WORDS)
                    recs.append({"text": rng.choice([f"{w} {v} has shipped, thanks", f"{rng.choice(CHAT)} ({w} {v})",
                                                     f"Re: {w} {v}"])})
                    meta.append(f"order{n}")
            t0 = time.time()
            verdict, outs = run_set("clean", recs, args.policy, work)
            changed, of = Counter(), Counter()
            for kind, rec, o in zip(meta, recs, outs):
                changed[kind] += rec["text"] != o["text"]
                of[kind] += 1
                if rec["text"] != o["text"] and args.misses:
                    print(f"    CHANGED {kind}: {rec['text']} -> {o['text']}")
            total = sum(changed.values())
            print(f"### clean: {total}/{len(recs)} records changed = {100 * total / max(1, len(recs)):.1f}%; verdict "
                  f"{verdict} (must pass); {time.time() - t0:.0f} s\n")
            print("| kind | changed | of |\n|---|---|---|")
            for k in sorted(of, key=lambda k: (-changed[k], k)):
                if changed[k]:
                    print(f"| {k} | {changed[k]} | {of[k]} |")
            print(f"| every other kind ({sum(1 for k in of if not changed[k])}) | 0 | |\n")
        if "bare" in sets:
            # random numbers written as the ids set writes a value with no label (a chat line, then the number in
            # parentheses; a sentence): the precision side of the bare-number rule, per length (ids10)
            rng = random.Random(args.seed + 2)
            recs, meta = [], []
            for n in range(8, 17):
                for _ in range(args.per * 3):
                    v = str(rng.randrange(10 ** (n - 1), 10 ** n))
                    recs.append({"text": f"{rng.choice(CHAT)} ({v})"})
                    meta.append(n)
                    recs.append({"text": rng.choice(SENTENCES).format(v=v)})
                    meta.append(n)
            t0 = time.time()
            verdict, outs = run_set("bare", recs, args.policy, work)
            changed, of = Counter(), Counter()
            for n, rec, o in zip(meta, recs, outs):
                changed[n] += rec["text"] != o["text"]
                of[n] += 1
                if rec["text"] != o["text"] and args.misses:
                    print(f"    CHANGED bare{n}: {rec['text']} -> {o['text']}")
            total = sum(changed.values())
            print(f"### bare: {total}/{len(recs)} random numbers changed = {100 * total / max(1, len(recs)):.1f}%; "
                  f"verdict {verdict} (must pass); {time.time() - t0:.0f} s\n")
            print("| digits | changed | of |\n|---|---|---|")
            for n in sorted(of):
                print(f"| {n} | {changed[n]} | {of[n]} |")
            print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
