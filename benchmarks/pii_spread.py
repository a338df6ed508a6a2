"""Dataset-wide spread of names, both ways: a word read as a person once must not be scrubbed in every other record
that holds it as an ordinary word, and a name read once with a cue must still be scrubbed in the records that
hold it bare (``gates/pii/namevotes.py``).

    .venv/bin/python benchmarks/pii_spread.py [--half dev|heldout|both] [--per-language 6] [--show]

Why: one misreading spread across a dataset ("Az Apple" made "Apple" a name in 17 records) is the largest content
loss left on clean data, and the spread is also what finds a name the detector misses in a later record. Each
language's records are built from:

- THINGS: companies from Faker's ``company`` provider in the language's locale ("Hermighausen AG", "Geisler Sp. z
  o.o.", "Lakatos Váradi Kft.": most are made of surnames, the hard case). Each company is written in ten
  ordinary records (an invoice, a delivery, a contract), and once in a record where its first word stands where a
  person would (a greeting, a sign-off, "with ..."), which readers take for a name. Measured: the company's
  words removed from the ten ordinary records (content lost), and all ordinary words removed.
- PEOPLE: a person from Faker (given and family name) introduced once ("My name is ..."), then the family name
  alone in three other records in sentences with no cue around it. Measured: the family name left in those three
  records (a leak the dataset-wide spread is there to prevent).

Sentences are this file's own, in English, German, Spanish, Polish, Hungarian and French; the DEV half uses the
even templates, the HELD-OUT half the odd ones and another seed. Scored under the default policy with keyed
tokens in place of surrogates (``PiiGate.scrub_records``). Nothing is written; nothing from the data is printed
unless ``--show`` (generated data only).
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections import defaultdict
from pathlib import Path

SEED = 0x5BD7
LOCALES = {"en": "en_US", "de": "de_DE", "es": "es_ES", "pl": "pl_PL", "hu": "hu_HU", "fr": "fr_FR"}
WORD = re.compile(r"[^\W\d_]+")

# {c}: the company as Faker writes it; {n}: a number. Even index: DEV, odd: HELD-OUT.
ORDINARY = {
    "en": ["The invoice from {c} is attached, total {n} USD.", "{c} delivered the pallets to bay {n} this morning.",
           "Our contract with {c} renews in March, clause {n}.", "Please reorder toner from {c}, item {n}.",
           "{c} raised prices by {n} percent this year.", "The audit of {c} found {n} open items."],
    "de": ["Die Rechnung von {c} liegt bei, Summe {n} EUR.", "{c} hat die Paletten heute an Rampe {n} geliefert.",
           "Unser Vertrag mit {c} verlängert sich im März, Klausel {n}.", "Bitte Toner bei {c} nachbestellen, Artikel {n}.",
           "{c} hat die Preise um {n} Prozent erhöht.", "Die Prüfung bei {c} ergab {n} offene Punkte."],
    "es": ["Adjunto la factura de {c}, total {n} EUR.", "{c} entregó los palés en el muelle {n} esta mañana.",
           "El contrato con {c} se renueva en marzo, cláusula {n}.", "Pidan tóner a {c} otra vez, artículo {n}.",
           "{c} subió los precios un {n} por ciento.", "La auditoría de {c} encontró {n} puntos abiertos."],
    "pl": ["W załączniku faktura od {c}, razem {n} PLN.", "{c} dostarczyła palety na rampę {n} dziś rano.",
           "Umowa z {c} odnawia się w marcu, punkt {n}.", "Proszę zamówić toner w {c}, pozycja {n}.",
           "{c} podniosła ceny o {n} procent.", "Audyt w {c} wykazał {n} otwartych punktów."],
    "hu": ["Csatolom a {c} számláját, összesen {n} HUF.", "A {c} ma reggel leszállította a raklapokat a {n}. rámpára.",
           "A szerződésünk a {c} céggel márciusban megújul, {n}. pont.", "Kérem, rendeljenek tonert a {c} cégtől, cikkszám {n}.",
           "A {c} {n} százalékkal emelte az árakat.", "A {c} auditja {n} nyitott pontot talált."],
    "fr": ["Ci-joint la facture de {c}, total {n} EUR.", "{c} a livré les palettes au quai {n} ce matin.",
           "Notre contrat avec {c} est renouvelé en mars, clause {n}.", "Merci de recommander du toner chez {c}, article {n}.",
           "{c} a augmenté ses prix de {n} pour cent.", "L'audit de {c} a relevé {n} points ouverts."],
}
# {w}: the company's first word, where a person would stand
MISREAD = {
    "en": ["Thanks, {w}, the shipment arrived.", "Best regards,\n{w}"],
    "de": ["Danke, {w}, die Lieferung ist da.", "Mit freundlichen Grüßen\n{w}"],
    "es": ["Gracias, {w}, llegó el envío.", "Saludos cordiales,\n{w}"],
    "pl": ["Dziękuję, {w}, przesyłka dotarła.", "Pozdrawiam serdecznie,\n{w}"],
    "hu": ["Köszönöm, {w}, megjött a szállítmány.", "Üdvözlettel:\n{w}"],
    "fr": ["Merci, {w}, le colis est arrivé.", "Cordialement,\n{w}"],
}
INTRO = {
    "en": ["Hello, my name is {g} {f} and I have a question about order {n}.",
           "Hi, this is {g} {f}; my parcel {n} has not arrived."],
    "de": ["Guten Tag, mein Name ist {g} {f}, ich habe eine Frage zu Bestellung {n}.",
           "Hallo, hier ist {g} {f}, mein Paket {n} ist nicht angekommen."],
    "es": ["Hola, me llamo {g} {f} y tengo una pregunta sobre el pedido {n}.",
           "Buenas, soy {g} {f}; mi paquete {n} no ha llegado."],
    "pl": ["Dzień dobry, nazywam się {g} {f} i mam pytanie o zamówienie {n}.",
           "Cześć, tu {g} {f}, moja paczka {n} nie dotarła."],
    "hu": ["Jó napot, a nevem {g} {f}, kérdésem van a(z) {n}. rendelésről.",
           "Szia, {g} {f} vagyok, a(z) {n}. csomagom nem érkezett meg."],
    "fr": ["Bonjour, je m'appelle {g} {f} et j'ai une question sur la commande {n}.",
           "Salut, c'est {g} {f}, mon colis {n} n'est pas arrivé."],
}
BARE = {
    "en": ["Refund {n} approved for {f} today.", "The case file of {f} was closed, ticket {n}.",
           "Shipment {n} for {f} is held at the depot.", "{f} still waits for refund {n}."],
    "de": ["Erstattung {n} für {f} heute genehmigt.", "Der Vorgang {f} wurde geschlossen, Ticket {n}.",
           "Sendung {n} für {f} liegt im Depot.", "{f} wartet noch auf Erstattung {n}."],
    "es": ["Reembolso {n} aprobado hoy para {f}.", "Se cerró el expediente de {f}, ticket {n}.",
           "El envío {n} para {f} está retenido en el almacén.", "{f} sigue esperando el reembolso {n}."],
    "pl": ["Zwrot {n} zatwierdzony dziś dla {f}.", "Sprawa {f} została zamknięta, zgłoszenie {n}.",
           "Przesyłka {n} dla {f} czeka w magazynie.", "{f} wciąż czeka na zwrot {n}."],
    "hu": ["A(z) {n}. visszatérítést ma jóváhagyták {f} részére.", "{f} ügyét lezártuk, jegy {n}.",
           "A(z) {n}. küldemény {f} részére a raktárban vár.", "{f} még mindig vár a(z) {n}. visszatérítésre."],
    "fr": ["Remboursement {n} approuvé aujourd'hui pour {f}.", "Le dossier {f} a été clos, ticket {n}.",
           "L'envoi {n} pour {f} est retenu au dépôt.", "{f} attend toujours le remboursement {n}."],
}


def make(half: str, per_lang: int, seed: int) -> list[dict]:
    from faker import Faker

    pick = 0 if half == "dev" else 1
    rng = random.Random(seed + pick * 7919)
    out: list[dict] = []
    for lang, loc in LOCALES.items():
        fk = Faker(loc)
        fk.seed_instance(seed + sum(map(ord, lang)) + pick)
        ordinary = [t for i, t in enumerate(ORDINARY[lang]) if i % 2 == pick]
        for i in range(per_lang):
            company = fk.unique.company()
            first = WORD.findall(company)[0]
            for j in range(10):
                t = rng.choice(ordinary).format(c=company, n=rng.randrange(10, 9999))
                out.append({"lang": lang, "kind": "thing", "value": company,
                            "record": {"id": f"{lang}-t{i}-{j}", "text": t}})
            out.append({"lang": lang, "kind": "misread", "value": first, "record": {
                "id": f"{lang}-m{i}", "text": MISREAD[lang][pick].format(w=first)}})
            given, family = fk.first_name(), fk.last_name()
            out.append({"lang": lang, "kind": "intro", "value": f"{given} {family}", "record": {
                "id": f"{lang}-p{i}", "text": INTRO[lang][pick].format(g=given, f=family, n=rng.randrange(100, 999))}})
            bare = [t for k, t in enumerate(BARE[lang]) if k % 2 == pick]
            for j in range(3):
                out.append({"lang": lang, "kind": "bare", "value": family, "record": {
                    "id": f"{lang}-b{i}-{j}", "text": bare[j % len(bare)].format(f=family, n=rng.randrange(100, 9999))}})
    return out


def run(samples: list[dict]) -> list[str]:
    from governed_tuning.gates.pii import PiiGate
    from governed_tuning.policy import load_policy

    pol = load_policy("default").policy.pii
    tokens = pol.model_copy(update={"entities": {k: (r.model_copy(update={"action": "pseudonymize"})
                                                     if r.action == "surrogate" else r)
                                                 for k, r in pol.entities.items()}})
    outs, _ = PiiGate(tokens).scrub_records([s["record"] for s in samples])
    by_id = {o["id"]: o["text"] for o in outs}
    return [by_id.get(s["record"]["id"], "") for s in samples]


def verdict(samples: list[dict]) -> str:
    """The shipped default policy's verdict on the companies' ordinary records (no person in them): a clean set must
    pass. (The misread records are left out: "Mit freundlichen Grüßen\nTextor" is a sign-off, and a re-scan that
    fails on a surname left there does its job.)"""
    import json
    import tempfile

    from governed_tuning.gates.pii import PiiGate
    from governed_tuning.policy import load_policy

    with tempfile.TemporaryDirectory() as d:
        src = Path(d) / "in.jsonl"
        src.write_text("".join(json.dumps(s["record"], ensure_ascii=False) + "\n" for s in samples
                               if s["kind"] == "thing"), encoding="utf-8")
        return PiiGate(load_policy("default").policy.pii).check(src, Path(d) / "out.jsonl").verdict


def lost(text: str, out: str) -> tuple[int, int]:
    kept: dict[str, int] = defaultdict(int)
    for w in WORD.findall(out):
        kept[w.casefold()] += 1
    n = gone = 0
    for w in WORD.findall(text):
        n += 1
        if kept[w.casefold()] > 0:
            kept[w.casefold()] -= 1
        else:
            gone += 1
    return gone, n


def left(value: str, out: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(value)}(?!\w)", out, re.I) is not None


def report(half: str, samples: list[dict], show: bool) -> None:
    outs = run(samples)
    per: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0, 0, 0, 0, 0]))
    for s, out in zip(samples, outs):
        row = per[s["lang"]]
        text = s["record"]["text"]
        if s["kind"] == "thing":
            c = row["thing"]
            cw = WORD.findall(s["value"])
            g, n = lost(text, out)
            c[0] += g
            c[1] += n
            gone_c = sum(1 for w in cw if not left(w, out))
            c[2] += gone_c
            c[3] += len(cw)
            c[4] += out != text
            c[5] += 1
            if show and out != text:
                print(f"    THING {s['lang']}: {text!r} -> {out!r}")
        elif s["kind"] == "bare":
            c = row["bare"]
            c[0] += left(s["value"], out)
            c[1] += 1
            if show and left(s["value"], out):
                print(f"    LEAK {s['lang']}: {text!r} -> {out!r}")
        elif s["kind"] == "intro":
            c = row["intro"]
            c[0] += sum(left(w, out) for w in s["value"].split())
            c[1] += len(s["value"].split())
    print(f"## {half}: {len(samples)} records; default gate on the companies' ordinary records alone (expected pass): "
          f"{verdict(samples)}")
    print("| language | ordinary records changed | ordinary words lost | company words lost | surname left in "
          "bare records | introduced name left |")
    print("|---|---|---|---|---|---|")
    tot = [0] * 10
    for lang, row in per.items():
        t, b, i = row["thing"], row["bare"], row["intro"]
        print(f"| {lang} | {t[4]}/{t[5]} | {t[0]}/{t[1]} = {100 * t[0] / max(1, t[1]):.1f}% | {t[2]}/{t[3]} = "
              f"{100 * t[2] / max(1, t[3]):.1f}% | {b[0]}/{b[1]} = {100 * b[0] / max(1, b[1]):.1f}% | {i[0]}/{i[1]} |")
        for k, v in enumerate((t[4], t[5], t[0], t[1], t[2], t[3], b[0], b[1], i[0], i[1])):
            tot[k] += v
    print(f"| all | {tot[0]}/{tot[1]} | {tot[2]}/{tot[3]} = {100 * tot[2] / max(1, tot[3]):.1f}% | {tot[4]}/{tot[5]} = "
          f"{100 * tot[4] / max(1, tot[5]):.1f}% | {tot[6]}/{tot[7]} = {100 * tot[6] / max(1, tot[7]):.1f}% | "
          f"{tot[8]}/{tot[9]} |")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--half", default="both", choices=("dev", "heldout", "both"))
    ap.add_argument("--per-language", type=int, default=6)
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--show", action="store_true", help="print changed ordinary records and leaks (generated data)")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    for half in (("dev", "heldout") if args.half == "both" else (args.half,)):
        report(half, make(half, args.per_language, args.seed), args.show)
    return 0


if __name__ == "__main__":
    import hashseed  # the same data on every run: PYTHONHASHSEED=0 unless set

    hashseed.pin()
    raise SystemExit(main())
