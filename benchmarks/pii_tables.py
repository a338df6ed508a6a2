"""Personal data in structured places: CSV columns, JSON keys and labels, measured per kind, both ways.

    .venv/bin/python benchmarks/pii_tables.py [--rows 24] [--seed 11] [--policy default] [--dump DIR]

A set generated here, by Faker (people, e-mails, phones, user names, plates, passports in seven locales) and
python-stdnum (national numbers, through ``pii_idgen``), with column headers and labels in seven languages
chosen for this benchmark (French, Spanish, Italian, Dutch, Polish, British and American English), none
copied from the sealed sets:

- ``tables``: one CSV file per language (``rows`` rows each), scrubbed as a ``.csv`` file by ``PiiGate.check``:
  a name column (a third written "SURNAME, Given"), e-mail, phone, passport, driving licence, the country's
  national number, a user name, a number plate, an unlabelled reference column holding national numbers,
  and a free-text notes column.
- ``records``: JSON lines per language: identifiers under a sibling label (``{"type": <label>, "value": X}``),
  under a parent key (``{"claim": {"number": X}}``), a forum post's ``author`` handle, and a sentence in the
  language with a label-led identifier ("Mon numéro de passeport est X.").
- ``clean``: the same languages' product tables and order records (product names under a name header, SKUs,
  order and ticket numbers, record ids, quantities, prices, dates, statuses): nothing personal.

Reported: per kind, planted values whose text survives in the copy (digits also with separators removed);
content lost (notes words, clean cells changed); the gate's verdict (a planted set passes only when nothing is
left; the clean set must pass). One run; nothing is written to the repository.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import re
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import pii_idgen  # noqa: E402

KEY = "pii-tables-benchmark-key-not-secret-0123"

# per language: Faker locale, national-number kind, headers (name, email, phone, passport, licence, national,
# user, plate, ref, notes), labels in free text and under sibling keys, notes, the clean table's headers
LANGS = {
    "fr": dict(locale="fr_FR", national="FR_NIR", headers=["Nom et prénom", "Adresse e-mail", "Numéro de téléphone",
               "N° de passeport", "Permis de conduire", "Numéro de sécurité sociale", "Pseudo", "Immatriculation",
               "Référence", "Commentaire"],
               sentence="Bonjour, mon numéro de passeport est {v}. Merci de votre aide.",
               doc="passeport", notes=["Le colis est arrivé abîmé.", "Merci pour la réponse rapide.",
                                       "La facture est incorrecte."],
               clean=["Nom du produit", "Référence", "Quantité", "Prix", "Date de livraison", "Statut", "Commentaire"]),
    "es": dict(locale="es_ES", national="ES_NIF", headers=["Nombre y apellidos", "Correo electrónico", "Teléfono",
               "Número de pasaporte", "Carné de conducir", "DNI", "Usuario", "Matrícula", "Código", "Observaciones"],
               sentence="Hola, mi número de pasaporte es {v}. Gracias.",
               doc="pasaporte", notes=["El pedido llegó tarde.", "La lavadora hace ruido.", "Quiero cambiar la talla."],
               clean=["Nombre del producto", "Código", "Cantidad", "Precio", "Fecha de entrega", "Estado",
                      "Observaciones"]),
    "it": dict(locale="it_IT", national="IT_FISCAL_CODE", headers=["Nome e cognome", "Email", "Cellulare",
               "Numero passaporto", "Patente", "Codice fiscale", "Nome utente", "Targa", "Riferimento", "Note"],
               sentence="Buongiorno, il numero del mio passaporto è {v}. Grazie.",
               doc="passaporto", notes=["Il pacco è arrivato rotto.", "Vorrei un rimborso.", "Tutto bene, grazie."],
               clean=["Nome prodotto", "Codice", "Quantità", "Prezzo", "Data di consegna", "Stato", "Note"]),
    "nl": dict(locale="nl_NL", national="NL_BSN", headers=["Volledige naam", "E-mail", "Telefoonnummer",
               "Paspoortnummer", "Rijbewijs", "BSN", "Gebruikersnaam", "Kenteken", "Kenmerk", "Opmerking"],
               sentence="Hallo, mijn paspoortnummer is {v}. Bedankt.",
               doc="paspoort", notes=["Het pakket is beschadigd.", "Graag een nieuwe factuur.", "Alles is in orde."],
               clean=["Productnaam", "Artikelcode", "Aantal", "Prijs", "Leverdatum", "Status", "Opmerking"]),
    "pl": dict(locale="pl_PL", national="PL_PESEL", headers=["Imię i nazwisko", "E-mail", "Telefon",
               "Numer paszportu", "Prawo jazdy", "PESEL", "Login", "Numer rejestracyjny", "Kod", "Uwagi"],
               sentence="Dzień dobry, numer paszportu: {v}. Dziękuję.",
               doc="paszport", notes=["Paczka przyszła uszkodzona.", "Proszę o fakturę.", "Wszystko w porządku."],
               clean=["Nazwa produktu", "Kod", "Ilość", "Cena", "Data dostawy", "Status", "Uwagi"]),
    "en_GB": dict(locale="en_GB", national="UK_NINO", headers=["Full name", "Email", "Mobile", "Passport number",
                  "Driving licence", "NI number", "Username", "Registration number", "Ref", "Comments"],
                  sentence="Hi, my passport number is {v}, thanks.",
                  doc="passport", notes=["The parcel arrived damaged.", "Please resend the invoice.", "All fine."],
                  clean=["Product name", "Ref", "Qty", "Price", "Delivery date", "Status", "Comments"]),
    "en_US": dict(locale="en_US", national="US_SSN", headers=["Customer name", "Email", "Phone", "Passport #",
                  "DL number", "SSN", "Screen name", "License plate", "Code", "Notes"],
                  sentence="Hey, here's my passport # {v} for the booking.",
                  doc="passport", notes=["Blender stopped working.", "Wrong size shipped.", "Thanks a lot!"],
                  clean=["Product name", "SKU", "Qty", "Price", "Ship date", "Status", "Notes"]),
}
PLANTED = ["PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "PASSPORT", "DRIVER_LICENSE", "NATIONAL_ID", "USER_HANDLE",
           "PLATE", "NATIONAL_ID_UNLABELLED"]
SEP = re.compile(r"[\s.\-/·()+]")


def _licence(rng: random.Random) -> str:
    return rng.choice(["{L}{D7}", "{D2}{L2}{D5}", "{L2}{D6}{L}", "{D9}"]).format(
        L=rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ"), L2="".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)),
        D2="".join(rng.choice("0123456789") for _ in range(2)), D5="".join(rng.choice("0123456789") for _ in range(5)),
        D6="".join(rng.choice("0123456789") for _ in range(6)), D7="".join(rng.choice("0123456789") for _ in range(7)),
        D9="".join(rng.choice("0123456789") for _ in range(9)))


def make_sets(rows: int, seed: int):
    from faker import Faker

    tables, records, clean_tables, clean_records = {}, [], {}, []
    for li, (lang, spec) in enumerate(LANGS.items()):
        rng = random.Random(seed * 100 + li)
        fk = Faker(spec["locale"])
        fk.seed_instance(seed * 100 + li)
        body, planted = [], []
        for i in range(rows):
            first, last = fk.first_name(), fk.last_name()
            name = f"{last.upper()}, {first}" if i % 3 == 0 else f"{first} {last}"
            vals = {"PERSON": name, "EMAIL_ADDRESS": fk.email(), "PHONE_NUMBER": fk.phone_number(),
                    "PASSPORT": fk.passport_number() if i % 2 else _licence(rng),
                    "DRIVER_LICENSE": _licence(rng), "NATIONAL_ID": pii_idgen.make(spec["national"], rng)[0],
                    "USER_HANDLE": fk.user_name() + str(rng.randint(1, 99)), "PLATE": fk.license_plate(),
                    "NATIONAL_ID_UNLABELLED": pii_idgen.make(spec["national"], rng)[0]}
            body.append([vals[k] for k in PLANTED] + [rng.choice(spec["notes"])])
            planted.append(vals)
        tables[lang] = (spec["headers"], body, planted)
        # JSON records: a sibling label, a parent key, an author handle, a label-led value in a sentence
        for i in range(rows // 2):
            pp, dl = fk.passport_number(), _licence(rng)
            claim = f"CLM-{rng.randint(1000, 9999)}-{rng.randint(100000, 999999)}"
            handle = fk.user_name() + str(rng.randint(1, 99))
            nat = pii_idgen.make(spec["national"], rng)[0]
            rec = {"id": f"{lang}-{i}", "author": handle,
                   "applicant": {"documents": [{"type": spec["headers"][3], "value": pp},
                                               {"type": spec["headers"][4], "number": dl}]},
                   "claim": {"number": claim, "status": rng.choice(["open", "paid"])},
                   "text": spec["sentence"].format(v=nat)}
            records.append((rec, {"PASSPORT": pp, "DRIVER_LICENSE": dl, "CLAIM": claim, "USER_HANDLE": handle,
                                  "NATIONAL_ID": nat}))
        # the clean twin: products and orders in the same language
        cbody = []
        for i in range(rows):
            cbody.append([fk.word().capitalize() + " " + rng.choice(["Pro", "Max", "200", "Mini"]),
                          f"SKU-{rng.randint(100, 999)}", str(rng.randint(1, 40)), f"{rng.randint(5, 900)}.{rng.randint(10, 99)}",
                          fk.date_between("-30d", "+30d").isoformat(), rng.choice(["open", "shipped", "paid"]),
                          rng.choice(spec["notes"])])
        clean_tables[lang] = (spec["clean"], cbody)
        for i in range(rows // 2):
            clean_records.append({"id": f"{lang}-c{i}", "order": {"number": str(rng.randint(10 ** 7, 10 ** 8)),
                                  "status": "open"}, "ticket": f"T-{rng.randint(1000, 9999)}",
                                  "text": rng.choice(spec["notes"]), "sku": f"KX-{rng.randint(100, 999)}"})
    return tables, records, clean_tables, clean_records


def _write_csv(path: Path, header, body) -> Path:
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(header)
        w.writerows(body)
    return path


def _left(value: str, copy: str) -> bool:
    if value in copy:
        return True
    if any(c.isdigit() for c in value):
        d = SEP.sub("", value)
        return len(d) >= 5 and d in SEP.sub("", copy)
    if "," in value:  # "SURNAME, Given": any word of the name
        return any(len(w) >= 2 and re.search(rf"(?<!\w){re.escape(w)}(?!\w)", copy) for w in
                   value.replace(",", " ").split())
    return False


def run(rows: int, seed: int, policy: str, dump: str | None) -> None:
    os.environ.setdefault("GOVERNED_TUNING_PSEUDONYM_KEY", KEY)
    from governed_tuning.gates.pii import PiiGate
    from governed_tuning.policy import load_policy

    pol = load_policy(policy).policy.pii
    tables, records, clean_tables, clean_records = make_sets(rows, seed)
    tmp = Path(dump) if dump else Path(tempfile.mkdtemp(prefix="pii_tables_"))
    tmp.mkdir(parents=True, exist_ok=True)
    leak, seen = Counter(), Counter()
    verdicts, lost, words = [], 0, 0
    t0 = time.perf_counter()
    gate = PiiGate(pol)
    for lang, (header, body, planted) in tables.items():
        before = sum(leak.values())
        src = _write_csv(tmp / f"{lang}.csv", header, body)
        res = gate.check(src, tmp / f"{lang}.out.csv")
        out = tmp / f"{lang}.out.csv"
        copy_rows = list(csv.reader(out.open(encoding="utf-8"))) if out.exists() else None
        for i, vals in enumerate(planted):
            row = " | ".join(copy_rows[i + 1]) if copy_rows else " | ".join(body[i])  # no copy: as left
            for k, v in vals.items():
                seen[k] += 1
                leak[k] += _left(v, row)
            note = body[i][-1]
            kept = copy_rows[i + 1][-1] if copy_rows else note
            w = note.split()
            words += len(w)
            lost += sum(1 for x in w if x not in kept.split())
        verdicts.append((f"table {lang}", res.verdict, sum(leak.values()) - before))
    src = tmp / "records.jsonl"
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r, _ in records), encoding="utf-8")
    res = gate.check(src, tmp / "records.out.jsonl")
    out = tmp / "records.out.jsonl"
    copies = out.read_text(encoding="utf-8").splitlines() if out.exists() else None
    rleak, rseen = Counter(), Counter()
    for i, (rec, vals) in enumerate(records):
        copy = copies[i] if copies else json.dumps(rec, ensure_ascii=False)
        for k, v in vals.items():
            rseen[k] += 1
            rleak[k] += _left(v, copy)
    verdicts.append(("records", res.verdict, sum(rleak.values())))
    # the clean twin
    cells = changed = 0
    for lang, (header, body) in clean_tables.items():
        src = _write_csv(tmp / f"{lang}.clean.csv", header, body)
        res = gate.check(src, tmp / f"{lang}.clean.out.csv")
        out = tmp / f"{lang}.clean.out.csv"
        copy_rows = list(csv.reader(out.open(encoding="utf-8")))[1:] if out.exists() else body
        for a, b in zip(body, copy_rows):
            cells += len(a)
            changed += sum(x != y for x, y in zip(a, b))
        verdicts.append((f"clean {lang}", res.verdict, None))
    src = tmp / "clean.jsonl"
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in clean_records), encoding="utf-8")
    res = gate.check(src, tmp / "clean.out.jsonl")
    out = tmp / "clean.out.jsonl"
    if out.exists():
        for a, b in zip(clean_records, out.read_text(encoding="utf-8").splitlines()):
            b = json.loads(b)
            for k in ("text", "ticket", "sku"):
                cells += 1
                changed += a[k] != b.get(k)
            cells += 1
            changed += a["order"]["number"] != b.get("order", {}).get("number")
    verdicts.append(("clean records", res.verdict, None))
    secs = time.perf_counter() - t0

    print(f"## Structured PII set: policy {policy}, seed {seed}, {rows} rows x {len(LANGS)} languages ({secs:.0f} s)\n")
    print("| kind (tables) | leaked | of | % |\n|---|---|---|---|")
    for k in PLANTED:
        print(f"| {k} | {leak[k]} | {seen[k]} | {100 * leak[k] / max(seen[k], 1):.1f}% |")
    tot_l, tot_s = sum(leak.values()), sum(seen.values())
    print(f"| **all** | {tot_l} | {tot_s} | {100 * tot_l / max(tot_s, 1):.1f}% |\n")
    print("| kind (JSON records) | leaked | of | % |\n|---|---|---|---|")
    for k in sorted(rseen):
        print(f"| {k} | {rleak[k]} | {rseen[k]} | {100 * rleak[k] / max(rseen[k], 1):.1f}% |")
    print(f"\n- notes words lost in the planted tables: {lost}/{words} = {100 * lost / max(words, 1):.1f}%")
    print(f"- clean set: {changed}/{cells} cells changed = {100 * changed / max(cells, 1):.1f}%")
    print("\n| file | verdict | values left | right? |\n|---|---|---|---|")
    for name, v, left in verdicts:
        want = "pass" if name.startswith("clean") or not left else "fail"
        print(f"| {name} | {v} | {'-' if left is None else left} | {'yes' if v == want else 'NO'} |")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rows", type=int, default=24)
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--policy", default="default")
    ap.add_argument("--dump", default=None, help="write the sets and the copies into this folder")
    a = ap.parse_args()
    run(a.rows, a.seed, a.policy, a.dump)


if __name__ == "__main__":
    import hashseed  # the same data on every run: PYTHONHASHSEED=0 unless set

    hashseed.pin()
    main()
