"""Ordinary text in scripts the English model cannot read, with no personal data in it: what the name and place
readers for Chinese, Japanese, Korean and the scripts without capitals (``gates/pii/cjk.py``, ``scripts.py``)
take that they should not. Content lost per locale, findings per kind, and the default gate's verdict.

    .venv/bin/python benchmarks/pii_scripts_clean.py [--per-locale 20] [--seed N]

The words are not ours: Faker's word lists in each locale's own language (its lorem provider, real words of
the language, and job titles), put into the shapes users' data has: a paragraph in the language, a sentence in
it inside an English request ("Summarise: ..."), one to three of its words inside an English line (a label, a
tag, a quoted term), and a JSON object with a note, a status and a category. Nothing here is a person or a
place, so every finding is a false one and every word removed is content lost. (The planted direction is
measured by ``pii_sealed2.py``, whose records hold names and towns of these locales.)

Content units: a CJK, Thai or Hangul character, else a word. Nothing is written to the repository.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

# locales whose Faker lorem is in their own script; ko_KR and hi_IN take job titles (their lorem is Latin)
LOREM = ["ja_JP", "zh_CN", "zh_TW", "he_IL", "ar_AA", "fa_IR", "bn_BD", "th_TH", "hy_AM", "el_GR", "ru_RU", "uk_UA"]
JOBS = ["ko_KR", "hi_IN"]
SHAPES = ["native", "frame", "words", "json"]
NOSPACE = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7a3\u0e00-\u0e7f"
UNIT = re.compile(rf"[{NOSPACE}]|(?:(?![{NOSPACE}])[^\W\d_])+")
TOKEN = re.compile(r"<([A-Z_]+)>|\b([A-Z_]+)_[0-9a-f]{10}\b")  # a placeholder or a keyed token, by kind
FRAMES = ["Summarise: {s}", "Customer wrote: {s} Please advise.", "Translate for the ticket: {s}",
          "Note from the call: {s} Follow up tomorrow."]
WORD_FRAMES = ["The box is labelled {w}.", "Tag: {w}", "Item {w} is out of stock (qty 0).",
               "The manual calls this part {w}, see page 4.", "Category {w}; priority low."]


def _phrase(f, locale: str, rng: random.Random, words: int) -> str:
    if locale in JOBS:
        return " ".join(f.job() for _ in range(max(1, words // 3)))
    return " ".join(f.word() for _ in range(words))


def _sentence(f, locale: str, rng: random.Random) -> str:
    if locale in JOBS:
        return f"{f.job()}, {f.job()}."
    return f.sentence(nb_words=rng.randint(4, 9))


def make(per_locale: int, seed: int) -> list[dict]:
    from faker import Faker

    rng = random.Random(seed)
    out = []
    for locale in LOREM + JOBS:
        f = Faker(locale)
        f.seed_instance(seed)
        for i in range(per_locale):
            shape = SHAPES[i % len(SHAPES)]
            if shape == "native":
                rec = {"text": " ".join(_sentence(f, locale, rng) for _ in range(3))}
            elif shape == "frame":
                rec = {"prompt": rng.choice(FRAMES).format(s=_sentence(f, locale, rng)),
                       "completion": _sentence(f, locale, rng)}
            elif shape == "words":
                rec = {"text": rng.choice(WORD_FRAMES).format(w=_phrase(f, locale, rng, rng.randint(1, 3)))}
            else:
                rec = {"note": _sentence(f, locale, rng), "status": _phrase(f, locale, rng, 1),
                       "category": _phrase(f, locale, rng, 2)}
            out.append({"record": {"id": f"{locale}-{i}", **rec}, "locale": locale, "shape": shape})
    return out


def flat(rec: dict) -> str:
    return "\n".join(str(v) for k, v in rec.items() if k != "id")


def token_policy(pol):
    """``pol`` with keyed tokens where it writes surrogates: the copy content is measured on (a fake value could
    equal an ordinary word, and a token is easy to count by kind)."""
    return pol.model_copy(update={"entities": {k: (r.model_copy(update={"action": "pseudonymize"})
                                                   if r.action == "surrogate" else r)
                                               for k, r in pol.entities.items()}})


def lost_units(text: str, out: str) -> tuple[int, int, list[str]]:
    """(content units in ``text``, how many of them ``out`` no longer holds, those units)."""
    kept = Counter(UNIT.findall(out))
    n = lo = 0
    gone = []
    for w in UNIT.findall(text):
        n += 1
        if kept[w] > 0:
            kept[w] -= 1
        else:
            lo += 1
            gone.append(w)
    return n, lo, gone


def run(samples: list[dict], d: Path):
    from governed_tuning.gates.pii import PiiGate
    from governed_tuning.policy import load_policy

    pol = load_policy("default").policy.pii
    tokens = token_policy(pol)
    src, dst = d / "clean.jsonl", d / "clean.out.jsonl"
    src.write_text("".join(json.dumps(s["record"], ensure_ascii=False) + "\n" for s in samples), encoding="utf-8")
    verdict = PiiGate(pol).check(src, dst).verdict
    outs, _ = PiiGate(tokens).scrub_records([s["record"] for s in samples])
    by_id = {o["id"]: flat(o) for o in outs}
    return verdict, [by_id.get(s["record"]["id"], "") for s in samples]



def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--per-locale", type=int, default=20)
    ap.add_argument("--seed", type=int, default=0x5C41)
    ap.add_argument("--show", action="store_true", help="print the records that changed (generated data only)")
    a = ap.parse_args()
    os.environ.setdefault("GOVERNED_TUNING_PSEUDONYM_KEY", "scripts-benchmark-key-not-secret-0123456789")
    samples = make(a.per_locale, a.seed)
    with tempfile.TemporaryDirectory() as tmp:
        verdict, outs = run(samples, Path(tmp))
    per: dict = defaultdict(lambda: [0, 0, 0])  # locale -> [units, lost, records changed]
    kinds: Counter = Counter()
    for s, out in zip(samples, outs):
        text = flat(s["record"])
        row = per[s["locale"]]
        row[2] += out != text
        n, lo, _ = lost_units(text, out)
        row[0] += n
        row[1] += lo
        for m in TOKEN.finditer(out):
            kinds[m.group(1) or m.group(2)] += 1
        if a.show and out != text:
            print(f"    {s['locale']} {s['shape']}: {text!r} -> {out!r}")
    units = sum(r[0] for r in per.values())
    lost = sum(r[1] for r in per.values())
    print(f"### clean text in {len(per)} locales' own scripts: {len(samples)} records; gate verdict (default "
          f"policy, expected pass): {verdict}; content lost {lost}/{units} = {100 * lost / max(units, 1):.2f}%; "
          f"findings {dict(kinds) or 0}\n")
    print("| locale | units | lost | % | records changed |\n|---|---|---|---|---|")
    for loc, (n, lo, ch) in sorted(per.items(), key=lambda kv: -kv[1][1] / max(kv[1][0], 1)):
        print(f"| {loc} | {n} | {lo} | {100 * lo / max(n, 1):.1f}% | {ch} |")


if __name__ == "__main__":
    import hashseed  # the same data on every run: PYTHONHASHSEED=0 unless set

    hashseed.pin()
    main()
