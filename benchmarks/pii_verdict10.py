"""Is the verdict true when the scrub takes part of a value? Names after introductions (lower case, as chats write
them), ages and numbers written in other scripts' digits, each beside ordinary words, judged both ways.

    .venv/bin/python benchmarks/pii_verdict10.py [--seed 10] [--rows 60] [--policy default]

``--seed 10`` is the dev part; any other seed (``--seed 1010``) the held-out part: other Faker locales, other
languages' introductions and continuations, other scripts' digits and other age phrases. Nothing is taken from
a detector's list: names come from Faker, identifiers from python-stdnum's validators (random digits until
``is_valid``), phrases are written here.

Files (JSONL, one ``text`` field, run in-process through ``PiiGate.check``):

- ``names``: "hi, this is kofi boateng again about my order" -- an introduction of the locale's language, the
  person's full name (two words, or three), lower case two times in three, then a continuation of ordinary words;
- ``digits``: a first-person age in another script's digits, and a national identifier written in fullwidth
  digits or glued to a CJK or Thai word in one record and plainly labelled in another (the same person writes it
  twice);
- ``clean``: the same introductions before ordinary words ("this is the billing team again"), prices, order
  numbers and delivery days in the same digits: nothing personal.

Reported per file: the default policy's verdict and whether it is right (a planted file is right when it passes
with no value left or fails with one left; a clean file must pass), values left by kind (counted in a second
copy scrubbed with keyed tokens instead of surrogates and no residual limit, so a fake name sharing a word with a
real one is no value left; a name is left when any of its words is), and content lost (words of the input, with
the planted values cut out, missing from the copy). Counts only; nothing is written to the repository.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

KEY = "verdict10-benchmark-key-not-a-secret"

# (locale, introductions, continuations): dev and held-out use different languages
DEV_LOCALES = [
    ("en_US", ["hi, this is", "hello, I'm", "hey it's", "my name is"],
     ["again about my order", "and my parcel is late", ", can you help?", "here, the refund never came"]),
    ("de_DE", ["hallo, hier ist", "ich bin", "mein name ist"],
     ["und mein Paket fehlt", ", bitte um Rückruf", "wegen der Rechnung"]),
    ("tr_TR", ["merhaba, ben", "benim adım"], [", siparişim gelmedi", "ve faturam yanlış"]),
    ("es_ES", ["hola, soy", "me llamo"], ["y mi pedido no llegó", ", necesito ayuda"]),
    ("fr_FR", ["bonjour, c'est", "je m'appelle"], ["et ma commande est en retard", ", merci de rappeler"]),
]
HELD_LOCALES = [
    ("en_GB", ["good morning, this is", "I am", "cheers,"], ["about the invoice", "and the box arrived broken", "."]),
    ("pt_BR", ["olá, aqui é", "meu nome é"], ["e meu pedido atrasou", ", preciso de ajuda"]),
    ("sv_SE", ["hej, det är", "jag heter"], ["och paketet har inte kommit", ", ring mig gärna"]),
    ("it_IT", ["ciao, sono", "mi chiamo"], ["e l'ordine è in ritardo", ", grazie"]),
    ("pl_PL", ["dzień dobry, tu", "nazywam się"], ["i paczka nie dotarła", ", proszę o kontakt"]),
    ("nl_NL", ["hoi, met", "mijn naam is"], ["over mijn bestelling", ", bel me terug"]),
]
CLEAN_AFTER_INTRO = {
    False: ["hi, this is the billing team again", "hello, I'm back again with one more question",
            "hallo, hier ist der Kundendienst", "merhaba, ben de aynı sorunu yaşıyorum", "hola, soy cliente desde 2019",
            "bonjour, c'est encore moi pour la commande", "hey it's me again, order 5521 is late"],
    True: ["good morning, this is the returns desk", "I am still waiting for the refund", "olá, aqui é o suporte",
           "hej, det är jag igen om paketet", "ciao, sono di nuovo io per l'ordine", "dzień dobry, tu obsługa klienta",
           "hoi, met de klantenservice", "cheers, the parcel came today"],
}
# first-person ages (the script's digits); the held-out part uses other phrases and other scripts
DEV_AGES = [("arab", "عمري {n} سنة وأريد إلغاء الطلب"), ("persian", "من {n} سالمه و سفارشم نرسیده"),
            ("deva", "मेरी उम्र {n} साल है और ऑर्डर नहीं आया"), ("beng", "আমার বয়স {n} বছর, অর্ডার আসেনি")]
HELD_AGES = [("arab", "عمره {n} سنة والطلب متأخر"), ("persian", "{n} ساله هستم و بسته نرسید"),
             ("deva", "मैं {n} साल का हूँ, कृपया मदद करें"), ("beng", "বয়স: {n}, অর্ডার দেরি")]
CLEAN_DIGITS = [("arab", "الطلب رقم {k} سيصل خلال {d} أيام"), ("arab", "السعر {n} ريال للقطعة"),
                ("persian", "سفارش شماره {k} ارسال شد"), ("deva", "ऑर्डर {k} की कीमत {n} रुपये है"),
                ("beng", "অর্ডার নম্বর {k}, দাম {n} টাকা"), ("full", "注文番号{k}は{d}日で届きます")]
ZERO = {"arab": 0x0660, "persian": 0x06F0, "deva": 0x0966, "beng": 0x09E6, "full": 0xFF10}
# identifiers: python-stdnum modules of a person's number, dev and held-out apart
DEV_IDS = ["es.dni", "nl.bsn", "no.fodselsnummer", "ie.pps", "fi.hetu"]
HELD_IDS = ["pl.pesel", "se.personnummer", "dk.cpr", "it.codicefiscale", "br.cpf"]
GLUE = [("番号は", "です"), ("我的号码是", "请查收"), ("หมายเลข", "ครับ"), ("번호", "입니다")]


def digits(s: str, script: str) -> str:
    return "".join(chr(ZERO[script] + int(c)) if c.isdigit() else c for c in s)


def fullwidth(s: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


@dataclass
class Plant:
    kind: str
    parts: list[str]  # what counts as left: any of these (a name's words, a number's characters)

    def left(self, copy: str, base: str) -> bool:
        for p in self.parts:
            if self.kind == "PERSON":
                rx = rf"(?<!\w){re.escape(p)}(?!\w)"
                if len(re.findall(rx, copy, re.I)) > len(re.findall(rx, base, re.I)):
                    return True
            elif p in copy or fullwidth(p) in copy:
                return True
        return False


def stdnum_value(module: str, rng: random.Random) -> str:
    from importlib import import_module

    m = import_module(f"stdnum.{module}")
    lengths = {"es.dni": 8, "nl.bsn": 9, "no.fodselsnummer": 11, "ie.pps": 7, "fi.hetu": 0, "pl.pesel": 11,
               "se.personnummer": 0, "dk.cpr": 10, "it.codicefiscale": 0, "br.cpf": 11}
    for _ in range(200000):
        if module == "es.dni":
            n = f"{rng.randrange(10**7, 10**8)}"
            v = n + "TRWAGMYFPDXBNJZSQVHLCKE"[int(n) % 23]
        elif module == "ie.pps":
            v = f"{rng.randrange(10**6, 10**7)}" + rng.choice("ABCDEFGHIJKLMNOPQRSTUVW")
        elif module == "fi.hetu":
            v = f"{rng.randint(1, 28):02d}{rng.randint(1, 12):02d}{rng.randint(50, 99):02d}-{rng.randint(2, 899):03d}"
            v += "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(v[:6] + v[7:10]) % 31]
        elif module == "se.personnummer":
            v = f"{rng.randint(50, 99):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}-{rng.randint(0, 999):03d}"
            v += str(rng.randint(0, 9))
        elif module == "it.codicefiscale":
            return _cf(rng, m)
        else:
            v = "".join(str(rng.randint(0, 9)) for _ in range(lengths[module]))
        try:
            if m.is_valid(v):
                return v
        except Exception:  # noqa: BLE001  (a validator's own error is an invalid draw)
            pass
    raise SystemExit(f"no valid {module} drawn")


def _cf(rng: random.Random, m) -> str:
    while True:
        letters = "".join(rng.choice("BCDFGLMNPRSTVZ") for _ in range(6))
        body = f"{letters}{rng.randint(50, 99):02d}{rng.choice('ABCDEHLMPRST')}{rng.randint(1, 28):02d}" \
               f"{rng.choice('ABCDEFGHLM')}{rng.randint(100, 999)}"
        v = body + m.calc_check_digit(body)
        if m.is_valid(v):
            return v


def person(rng: random.Random, locale: str) -> list[str]:
    from faker import Faker

    fk = Faker(locale)
    fk.seed_instance(rng.randrange(1 << 30))
    words = f"{fk.first_name()} {fk.last_name()}".split()
    return words


def build(seed: int, rows: int) -> dict[str, tuple[list[str], list[list[Plant]]]]:
    held = seed != 10
    rng = random.Random(seed)
    locales = HELD_LOCALES if held else DEV_LOCALES
    names, nplants = [], []
    for _ in range(rows):
        loc, intros, tails = rng.choice(locales)
        words = person(rng, loc)
        lower = rng.random() < 2 / 3
        name = " ".join(w.lower() if lower else w for w in words)
        tail = rng.choice(tails)
        sep = "" if tail[:1] in ",." else " "
        names.append(f"{rng.choice(intros)} {name}{sep}{tail}")
        nplants.append([Plant("PERSON", [w for w in words if len(w) >= 3] or words)])
    dig, dplants = [], []
    for i in range(rows // 2):
        script, phrase = rng.choice(HELD_AGES if held else DEV_AGES)
        n = str(rng.randint(18, 89))
        dig.append(phrase.format(n=digits(n, script)))
        dplants.append([Plant("AGE", [digits(n, script)])])
    for i in range(rows // 4):
        module = rng.choice(HELD_IDS if held else DEV_IDS)
        v = stdnum_value(module, rng)
        label = rng.choice(["ID", "Personal number", "Nr."])
        dig.append(f"My {label}: {v}. Please update the file.")
        dplants.append([Plant("ID", [v])])
        compact = re.sub(r"[^0-9A-Za-z]", "", v)
        if rng.random() < 0.5:
            dig.append(f"{label}: {fullwidth(compact)}")
        else:
            a, b = rng.choice(GLUE)
            dig.append(f"{a}{compact}{b}")
        dplants.append([Plant("ID", [compact])])
    clean = []
    for i in range(rows):
        if i % 2:
            clean.append(rng.choice(CLEAN_AFTER_INTRO[held]))
        else:
            script, phrase = rng.choice(CLEAN_DIGITS)
            clean.append(phrase.format(k=digits(str(rng.randint(10000, 99999)), script),
                                       n=digits(str(rng.randint(5, 99)), script),
                                       d=digits(str(rng.randint(2, 9)), script)))
    return {"names": (names, nplants), "digits": (dig, dplants), "clean": (clean, [[] for _ in clean])}


def run(gate, texts: list[str], folder: Path, name: str) -> tuple[str, list[str]]:
    src = folder / f"{name}.jsonl"
    src.write_text("".join(json.dumps({"text": t}, ensure_ascii=False) + "\n" for t in texts), encoding="utf-8")
    out = folder / f"{name}.out.jsonl"
    if out.exists():
        out.unlink()
    res = gate.check(src, out)
    rows = [json.loads(x)["text"] for x in out.read_text(encoding="utf-8").splitlines()] if out.exists() else []
    return res.verdict, rows


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seed", type=int, default=10, help="10: the dev part; any other: the held-out part")
    ap.add_argument("--rows", type=int, default=60)
    ap.add_argument("--policy", default="default")
    ap.add_argument("--show", action="store_true", help="print each record whose copy lost words or kept a value "
                                                       "(local analysis of this generated set)")
    args = ap.parse_args()
    os.environ.setdefault("GOVERNED_TUNING_PSEUDONYM_KEY", KEY)
    from governed_tuning.gates.pii import PiiGate
    from governed_tuning.policy import load_policy

    pol = load_policy(args.policy).policy.pii
    tokens = pol.model_copy(update={"max_residual_findings": 10 ** 9, "entities": {
        k: v.model_copy(update={"action": "pseudonymize"}) if v.action == "surrogate" else v
        for k, v in pol.entities.items()}})
    shipped, measure = PiiGate(pol), PiiGate(tokens)
    folder = Path(tempfile.mkdtemp(prefix="pii-verdict10-"))
    t0 = time.time()
    lines = [f"## pii_verdict10: policy {args.policy}, seed {args.seed} ({'dev' if args.seed == 10 else 'held-out'}),"
             f" {args.rows} rows", "", "| file | verdict | expected | right? | left by kind | content lost |",
             "|---|---|---|---|---|---|"]
    wrong = 0
    try:
        for name, (texts, plants) in build(args.seed, args.rows).items():
            verdict, _ = run(shipped, texts, folder, "shipped-" + name)
            _, rows = run(measure, texts, folder, "measure-" + name)
            left: Counter = Counter()
            of: Counter = Counter()
            lost = words = 0
            for text, own, row in zip(texts, plants, rows):
                base = text
                for p in own:
                    for part in p.parts:
                        base = re.sub(re.escape(part), " ", base, flags=re.I)
                for p in own:
                    of[p.kind] += 1
                    left[p.kind] += p.left(row, base)
                before = Counter(re.findall(r"[^\W\d_]{2,}", base.casefold()))
                after = Counter(re.findall(r"[^\W\d_]{2,}", row.casefold()))
                lost += sum((before - after).values())
                words += sum(before.values())
                if args.show and (before - after or any(p.left(row, base) for p in own)):
                    print(f"    {name}: {text!r} -> {row!r}")
            expected = "fail" if sum(left.values()) else "pass"
            right = verdict == expected
            wrong += not right
            kinds = ", ".join(f"{k} {left[k]}/{of[k]}" for k in sorted(of)) or "-"
            lines.append(f"| {name} | {verdict} | {expected} | {'yes' if right else '**NO**'} | {kinds} | "
                         f"{lost}/{words} words ({100 * lost / max(1, words):.1f}%) |")
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    lines += ["", f"wrong verdicts: {wrong}; {time.time() - t0:.0f} s"]
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
