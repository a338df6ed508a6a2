"""Clean financial and log tables, built apart from ids12's clean set (held out for clean14's number rules): Unix
times, amounts in cents, order and tracking numbers under their columns' names and beside their words in each
locale's language, as CSV files and JSON records; and the same shapes with a real phone number and a national
id planted beside them (what must still be taken). Measured only, never tuned on.

    .venv/bin/python benchmarks/pii_clean14.py [--rows 12] [--seed N] [--policies default,gdpr,ccpa]

Why: ids12's clean set (the dev set of clean14) showed ten-digit Unix times read as phones and nine-digit amounts
in cents read as Greek, Portuguese or Dutch tax numbers. This set is written from other templates and another
generator (Faker's locale providers: its ``unix_time``, ``pricetag``-free integers, company names, currencies,
phone numbers and ``ssn``), so a rule fitted to ids12's phrasing would not pass it by chance.

Parts (one CSV file per locale and shape, a JSONL file per locale; each file scrubbed as ``scrub`` does):

- ``clean``: a ``payments`` table (txn_id, created_at as a Unix time, amount_cents, fee_cents, currency, merchant,
  status, duration_ms), a ``ledger`` JSONL of records with the locale's own words for amount, total and time
  ("Betrag", "montant", "importe", "kwota", "tutar" ...) before the numbers, and a ``events`` JSONL of log lines
  with epoch times and sizes. Nothing personal: every changed cell is content lost, any block a false block.
- ``leak``: the same ``payments`` table with two more columns, ``phone`` (Faker's phone number of the locale) and
  ``customer_tax_id`` (Faker's ``ssn`` where python-stdnum validates it for the locale's country), and ledger
  lines that name the phone after its word. Leaked: the planted value's digits still in the copy.

Figures: per policy, the verdicts (clean: must pass), numbers and words changed on the clean part (per column),
and the leak per kind on the leak part.
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
from collections import Counter
from pathlib import Path

# locale, its words for amount, total, time, and the python-stdnum module that validates its ``ssn`` (or "")
LOCALES = {
    "de_DE": ("Betrag", "Gesamt", "Zeitstempel", "de.idnr"),
    "fr_FR": ("montant", "total", "horodatage", "fr.nir"),
    "es_ES": ("importe", "total", "marca de tiempo", "es.dni"),
    "it_IT": ("importo", "totale", "timestamp", "it.codicefiscale"),
    "nl_NL": ("bedrag", "totaal", "tijdstempel", "nl.bsn"),
    "pl_PL": ("kwota", "suma", "znacznik czasu", "pl.pesel"),
    "pt_BR": ("valor", "total", "timestamp", "br.cpf"),
    "tr_TR": ("tutar", "toplam", "zaman damgası", "tr.tckimlik"),
    "en_GB": ("amount", "total", "timestamp", ""),
    "en_US": ("amount", "total", "epoch", "us.ssn"),
    "sv_SE": ("belopp", "summa", "tidsstämpel", "se.personnummer"),
    "pt_PT": ("valor", "total", "carimbo de data", ""),
}
STATUSES = ["settled", "pending", "refunded", "failed"]
CURRENCIES = ["EUR", "USD", "GBP", "PLN", "TRY", "BRL", "SEK"]


def digits(v: str) -> str:
    return re.sub(r"\D", "", v)


def stdnum_ok(module: str, value: str) -> bool:
    if not module:
        return False
    from importlib import import_module

    try:
        return bool(import_module(f"stdnum.{module}").is_valid(value))
    except Exception:  # noqa: BLE001
        return False


def payments(fk, rng: random.Random, rows: int, leak: bool, module: str) -> tuple[list[str], list[list[str]], list]:
    head = ["txn_id", "created_at", "amount_cents", "fee_cents", "currency", "merchant", "status", "duration_ms"]
    if leak:
        head += ["phone", "customer_tax_id"]
    body, planted = [], []
    for _ in range(rows):
        row = [str(rng.randrange(10 ** 9, 10 ** 12)), str(fk.unix_time(start_datetime="-3y")),
               str(rng.randrange(10 ** 6, 10 ** 9)), str(rng.randrange(100, 10 ** 5)), rng.choice(CURRENCIES),
               fk.company().replace(",", ""), rng.choice(STATUSES), str(rng.randrange(5, 90000))]
        if leak:
            phone = fk.phone_number()
            tax = ""
            for _ in range(20):
                cand = fk.ssn()
                if stdnum_ok(module, cand):
                    tax = cand
                    break
            row += [phone, tax]
            planted.append(("PHONE_NUMBER", phone))
            if tax:
                planted.append(("NATIONAL_ID", tax))
        body.append(row)
    return head, body, planted


def ledger(fk, rng: random.Random, rows: int, words: tuple, leak: bool) -> tuple[list[dict], list]:
    amount, total, stamp = words[:3]
    recs, planted = [], []
    for i in range(rows):
        cents, ts = rng.randrange(10 ** 6, 10 ** 9), fk.unix_time(start_datetime="-3y")
        shape = i % 4
        if shape == 0:
            rec: dict = {"note": f"{amount}: {cents} ({stamp}: {ts})"}
        elif shape == 1:
            rec = {"line": f"{total} {cents} / {stamp} {ts}", "merchant": fk.company()}
        elif shape == 2:
            rec = {f"{amount.lower().replace(' ', '_')}_cents": str(cents), "createdAt": str(ts),
                   "currency": rng.choice(CURRENCIES)}
        else:
            rec = {"event": "payment.settled", "ts": str(ts), "amountMinor": str(cents), "bytes": str(rng.randrange(10 ** 6, 10 ** 10))}
        if leak:
            phone = fk.phone_number()
            rec["contact"] = f"tel. {phone}"
            planted.append(("PHONE_NUMBER", phone))
        recs.append(rec)
    return recs, planted


def write_csv(path: Path, head: list[str], body: list[list[str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(head)
        w.writerows(body)


def read_cells(path: Path) -> list[str]:
    if path.suffix == ".csv":
        with path.open(encoding="utf-8", newline="") as fh:
            return [c for row in csv.reader(fh) for c in row]
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        out += [json.dumps(v, ensure_ascii=False) for v in json.loads(line).values()]
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rows", type=int, default=12)
    ap.add_argument("--seed", type=int, default=14014)
    ap.add_argument("--policies", default="default,gdpr,ccpa")
    a = ap.parse_args()
    os.environ.setdefault("GOVERNED_TUNING_PSEUDONYM_KEY", "clean14-benchmark-key-not-secret-0123456789")
    from faker import Faker

    from governed_tuning.gates.pii import PiiGate
    from governed_tuning.policy import load_policy

    print(f"## pii_clean14 (held out): {len(LOCALES)} locales, {a.rows} rows a file, seed {a.seed}\n")
    with tempfile.TemporaryDirectory() as tmp:
        d = Path(tmp)
        files: list[tuple[str, Path, list]] = []  # (part, path, planted)
        for loc, words in LOCALES.items():
            rng = random.Random(f"{a.seed}-{loc}")
            fk = Faker(loc)
            fk.seed_instance(rng.randrange(1 << 30))
            for leak in (False, True):
                part = "leak" if leak else "clean"
                head, body, planted = payments(fk, rng, a.rows, leak, words[3])
                p = d / f"{part}-payments-{loc}.csv"
                write_csv(p, head, body)
                files.append((part, p, planted))
                recs, planted = ledger(fk, rng, a.rows, words, leak)
                p = d / f"{part}-ledger-{loc}.jsonl"
                p.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs), encoding="utf-8")
                files.append((part, p, planted))
        for name in a.policies.split(","):
            pol = load_policy(name).policy.pii
            measure = PiiGate(pol.model_copy(update={"max_residual_findings": 10 ** 9}))
            gate = PiiGate(pol)
            verdicts: Counter = Counter()
            changed, cells, by_col = 0, 0, Counter()
            left, of = Counter(), Counter()
            for part, p, planted in files:
                out = p.with_name(p.stem + f".{name}.out" + p.suffix)
                res = gate.check(p, out)
                verdicts[(part, res.verdict)] += 1
                if not out.exists():
                    measure.check(p, out)
                if part == "clean":
                    if res.verdict != "pass":
                        print(f"  {name} {p.name}: {res.verdict}: {'; '.join(res.reasons)[:300]}")
                    cin, cout = read_cells(p), read_cells(out)
                    for k, (x, y) in enumerate(zip(cin, cout)):
                        cells += 1
                        if x != y:
                            changed += 1
                            by_col[p.name.split("-")[1] + (f"#{k % 8}" if p.suffix == ".csv" else "")] += 1
                else:
                    copy = digits(out.read_text(encoding="utf-8"))
                    for kind, v in planted:
                        of[kind] += 1
                        left[kind] += digits(v) in copy
            print(f"### policy {name}: clean files {sum(v for (pt, _), v in verdicts.items() if pt == 'clean')}, "
                  f"verdicts {dict((k[1], v) for k, v in verdicts.items() if k[0] == 'clean')} (must pass); "
                  f"clean cells changed {changed}/{cells} = {100 * changed / max(cells, 1):.2f}% "
                  f"{dict(by_col.most_common())}; leak part verdicts "
                  f"{dict((k[1], v) for k, v in verdicts.items() if k[0] == 'leak')}; leaked "
                  + ", ".join(f"{k} {left[k]}/{of[k]}" for k in sorted(of)) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
