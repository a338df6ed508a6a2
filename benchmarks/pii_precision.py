"""Precision dev set: ordinary, impersonal text people put in fine-tuning data, in 22 languages, with NO personal
data. Every finding is a false one and every word removed is content lost; the default gate must pass.

    .venv/bin/python benchmarks/pii_precision.py [--per 3] [--seed N] [--show] [--families it,shop,...]

Families (one row each, per language too):

- ``it``: IT support: software and hardware names with versions, model numbers, ports, file names, error codes,
  units ("412 rows", "3.5 GB", "USB-C");
- ``shop``: e-commerce: brands (several are founders' surnames: Dyson, Miele, Bosch), models, SKUs, order,
  ticket and tracking numbers, amounts in the language's currency, delivery dates;
- ``letter``: a formal letter's opening and closing in the language ("Sehr geehrte Damen und Herren", "Dear Sir
  or Madam", "Mit freundlichen Grüßen", "Cordialement") around a support or shop sentence, signed by a team;
- ``job``: job titles (Faker's ``job`` in the locale where it has one) and departments;
- ``cal``: weekdays, months and dates (CLDR through babel);
- ``head``: headings and capitalised nouns (German) over a sentence;
- ``prod``: products that share a word with a given name (cars "Seat Leon", "Renault Clio"; furniture "Billy",
  "Stefan", "Alex"; assistants "Alexa", "Siri");
- ``json``: a shop or ticket record as JSON with product, status, department and note fields.

The phrasebook (``pii_precision_lang.py``) is written by hand; dates, weekdays, months, numbers and amounts are
formatted by babel (CLDR) in each language. Nothing here comes from a detector's word list.

Two scrubs: the shipped default policy through ``PiiGate.check`` (the verdict: expected pass), and the same
policy with keyed tokens in place of surrogates (the copy content lost and findings are counted on); the
records the shipped copy changed are counted too (each holds a fake value where an ordinary word was). Content
units: a CJK, Thai or Hangul character, else a run of letters. Nothing is written to the repository; nothing
but counts is printed unless ``--show``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from pii_precision_lang import CURRENCY, LOCALES, L  # noqa: E402
from pii_scripts_clean import TOKEN, flat, lost_units, token_policy  # noqa: E402  (the same content measure)

FAMILIES = ["it", "shop", "letter", "job", "cal", "head", "prod", "json"]
SW = ["Firefox {a}", "Chrome {a}", "Windows 11 {y}H2", "macOS Sonoma 14.{b}", "Ubuntu 22.04.{b} LTS",
      "PostgreSQL {a}.{b}", "Python 3.{a}", "Excel 365", "Outlook {y}", "Microsoft Teams", "Zoom {b}.{a}",
      "Slack {b}.{a}", "Docker Desktop 4.{a}", "Kubernetes 1.{a}", "nginx 1.{a}.{b}", "Jenkins 2.{a}{b}",
      "Grafana {b}.{a}", "Apache Kafka 3.{b}", "Apache Cassandra 4.{b}", "Django 5.{b}", "JupyterLab 4.{b}",
      "Thunderbird 1{b}", "Opera {a}", "Safari 17.{b}", "Vivaldi 6.{b}", "Jira {b}.{a}", "Confluence {b}.{a}",
      "SAP S/4HANA {y}", "Oracle Database 19c", "WordPress 6.{b}", "Magento 2.4.{b}", "Julia 1.{b}", "Ruby 3.{b}",
      "Elixir 1.{a}", "Ansible 2.{a}", "Terraform 1.{b}", "Visual Studio Code 1.{a}", "IntelliJ IDEA {y}.{b}",
      "Android 1{b}", "iOS 17.{b}", "Dynamics 365", "Salesforce Lightning", "Tableau {y}.{b}", "Power BI"]
HW = ["ThinkPad X1 Carbon Gen 11", "Dell Latitude 7440", "HP LaserJet Pro M404dn", "MacBook Air M2", "iPhone 15 Pro",
      "Galaxy S23 Ultra", "Surface Pro 9", "Logitech MX Master 3S", "Raspberry Pi 4 Model B", "Synology DS920+",
      "Brother HL-L2350DW", "Canon PIXMA TS5350", "Fritz!Box 7590", "Netgear Nighthawk R7000",
      "Cisco Catalyst 9200", "UniFi U6 Pro", "Kindle Paperwhite", "Pixel 8", "Redmi Note 13", "MateBook D 15",
      "Legion 5", "ZenBook 14", "Aspire 5", "Epson EcoTank ET-2850", "Jabra Evolve2 65", "Yubikey 5C NFC"]
CONN = ["USB-C", "Bluetooth 5.3", "Wi-Fi 6", "VPN", "Ethernet", "HDMI 2.1", "SSH", "RDP", "Thunderbolt 4", "LTE"]
ERR = ["0x80070005", "E_ACCESSDENIED", "ERR_CONNECTION_RESET", "HTTP 503", "ORA-12541", "SQLSTATE 23505",
       "0xc000007b", "E1047", "ENOSPC", "404", "KB5034441", "ECONNREFUSED", "0x8024402c", "SSL_ERROR_BAD_CERT"]
FILES = ["export_2024-03.csv", "report_final_v2.xlsx", "setup.log", "config.yaml", "backup.tar.gz",
         "invoice_0042.pdf", "data.parquet", "error.txt", "screenshot.png", "install.msi", "dump.sql"]
PORTS = ["443", "8080", "3389", "5432", "22", "1433", "9092", "6443", "25", "993"]
BRANDS = ["Bosch", "Philips", "Samsung", "Sony", "Dyson", "Miele", "Braun", "Siemens", "Garmin", "Bose", "JBL",
          "Lego", "Tefal", "De'Longhi", "Nespresso", "Adidas", "Nike", "Logitech", "Xiaomi", "Lenovo"]
ITEMS = ["WH-1000XM5", "V15 Detect", "Series 8", "Forerunner 265", "QuietComfort Ultra", "Flip 6", "Classic 10696",
         "Magnifica S", "Air Max 90", "Vertuo Next", "Serie 6 SMS6ZCI49E", "Galaxy Buds2 Pro", "Hue White A19",
         "Oral-B iO9", "MultiQuick 7", "Ultraboost 22", "Airfryer XXL", "Avance HD9270"]
CARS = ["Seat Leon", "Renault Clio", "Opel Corsa", "Kia Ceed", "Dacia Sandero", "Nissan Leaf", "Škoda Fabia",
        "Toyota Yaris", "Ford Fiesta", "Renault Zoe", "Hyundai Kona", "Fiat Panda", "Peugeot 208", "Mazda Miata",
        "Honda Jazz", "Chevrolet Malibu", "Lancia Ypsilon", "Alfa Romeo Giulia", "Seat Ibiza", "Kia Stonic"]
IKEA = ["Billy", "Ivar", "Kallax", "Hemnes", "Malm", "Ektorp", "Stefan", "Ingolf", "Alex", "Nils", "Bror", "Albert",
        "Gorm", "Jonaxel", "Lisabo", "Linnmon"]
ASSISTANTS = ["Alexa", "Siri", "Cortana", "Bixby"]
STATUS = ["shipped", "in transit", "delivered", "on hold", "cancelled", "refunded", "open", "resolved"]


class Filler:
    """Fills a phrasebook template's slots for one language: babel formats the numbers, amounts and dates."""

    def __init__(self, lang: str, rng: random.Random, seed: int):
        from babel import Locale

        self.lang, self.rng = lang, rng
        self.locale = LOCALES[lang]
        self.loc = Locale.parse(self.locale)
        self.jobs = self._jobs(seed)

    def _jobs(self, seed: int) -> list[str]:
        from faker import Faker

        try:
            f = Faker(self.locale)
        except AttributeError:
            f = Faker("en_GB")
        f.seed_instance(seed)
        return [f.job() for _ in range(40)]

    def fill(self, template: str) -> str:
        from babel.dates import format_date
        from babel.numbers import format_currency, format_decimal, format_percent

        r = self.rng
        a, b, y = r.randint(10, 130), r.randint(1, 9), r.choice([22, 23, 24])
        day = dt.date(2024, 1, 1) + dt.timedelta(days=r.randint(0, 700))
        slots = {
            "sw": r.choice(SW).format(a=a, b=b, y=y), "hw": r.choice(HW), "conn": r.choice(CONN),
            "err": r.choice(ERR), "file": r.choice(FILES), "port": r.choice(PORTS),
            "size": f"{format_decimal(r.choice([3.5, 412, 12, 1.2, 640, 2.75]), locale=self.locale)} "
                    f"{r.choice(['GB', 'MB', 'KB', 'TB'])}",
            "rows": format_decimal(r.randint(100, 250_000), locale=self.locale),
            "pct": format_percent(r.randint(55, 99) / 100, locale=self.locale),
            "day": self.loc.days["format"]["wide"][r.randint(0, 6)],
            "month": self.loc.months["format"]["wide"][r.randint(1, 12)],
            "date": format_date(day, r.choice(["long", "medium", "short"]), locale=self.locale),
            "order": r.choice([f"#{r.randint(100, 999)}-{r.randint(10**6, 10**7 - 1)}-{r.randint(10**6, 10**7 - 1)}",
                               f"ORD-2024-{r.randint(10**5, 10**6 - 1)}", f"{r.randint(10**8, 10**9 - 1)}",
                               f"A-{r.randint(10000, 99999)}"]),
            "sku": r.choice([f"SKU-{r.randint(10000, 99999)}-BLK", f"AB-{r.randint(1000, 9999)}-XL",
                             f"B0{r.randint(10**7, 10**8 - 1)}X"]),
            "track": r.choice([f"1Z{r.randint(100, 999)}AA1{r.randint(10**11, 10**12 - 1)}",
                               f"JJD{r.randint(10**14, 10**15 - 1)}", f"LX{r.randint(10**8, 10**9 - 1)}DE"]),
            "ticket": r.choice([f"INC{r.randint(10**6, 10**7 - 1)}", f"#{r.randint(10000, 99999)}",
                                f"CS-2024-{r.randint(1000, 9999)}", f"REQ-{r.randint(10000, 99999)}"]),
            "amount": format_currency(r.choice([19.99, 249, 1299.5, 7.45, 89.9, 3450]) *
                                      (100 if CURRENCY[self.lang] in ("JPY", "KRW", "HUF") else 1),
                                      CURRENCY[self.lang], locale=self.locale),
            "brand": r.choice(BRANDS), "item": r.choice(ITEMS), "car": r.choice(CARS), "ikea": r.choice(IKEA),
            "assistant": r.choice(ASSISTANTS), "job": r.choice(self.jobs), "dept": r.choice(L[self.lang]["dept"]),
        }
        return template.format(**slots)


def record(lang: str, family: str, i: int, f: Filler) -> dict:
    p, r = L[lang], f.rng
    if family in ("it", "shop"):
        return {"prompt": f.fill(r.choice(p[family])), "completion": f.fill(r.choice(p[family]))}
    if family == "letter":
        body = f.fill(r.choice(p["it"] + p["shop"]))
        return {"text": f"{r.choice(p['open'])}\n\n{body}\n\n{r.choice(p['close'])}\n{r.choice(p['sign'])}"}
    if family == "job":
        return {"text": f.fill(p["job"])}
    if family == "cal":
        return {"text": f.fill(p["cal"])}
    if family == "head":
        h = r.choice(p["head"])
        return {"text": f"{h}\n\n{f.fill(r.choice(p['it']))}"} if i % 2 else \
            {"title": h, "body": f.fill(r.choice(p["it"] + p["shop"]))}
    if family == "prod":
        return {"text": f.fill(p["prod"])}
    return {"product": f.fill("{brand} {item}"), "sku": f.fill("{sku}"), "order": f.fill("{order}"),
            "status": r.choice(STATUS), "department": f.fill("{dept}"), "note": f.fill(r.choice(p["shop"]))}


def make(per: int, seed: int, families: list[str]) -> list[dict]:
    rng = random.Random(seed)
    out = []
    for lang in L:
        f = Filler(lang, rng, seed)
        for fam in families:
            for i in range(per):
                out.append({"record": {"id": f"{lang}-{fam}-{i}", **record(lang, fam, i, f)},
                            "lang": lang, "family": fam})
    return out


def run(samples: list[dict], d: Path):
    from governed_tuning.gates.pii import PiiGate
    from governed_tuning.policy import load_policy

    pol = load_policy("default").policy.pii
    tokens = token_policy(pol)
    src, dst = d / "precision.jsonl", d / "precision.out.jsonl"
    src.write_text("".join(json.dumps(s["record"], ensure_ascii=False) + "\n" for s in samples), encoding="utf-8")
    res = PiiGate(pol).check(src, dst)
    # the shipped copy (surrogates): each record changed there carries a fake value where an ordinary word was
    shipped = 0
    if dst.exists():
        kept = {r["id"]: flat(r) for r in map(json.loads, dst.read_text(encoding="utf-8").splitlines())}
        shipped = sum(kept.get(s["record"]["id"]) != flat(s["record"]) for s in samples)
    outs, _ = PiiGate(tokens).scrub_records([s["record"] for s in samples])
    by_id = {o["id"]: flat(o) for o in outs}
    return res, [by_id.get(s["record"]["id"], "") for s in samples], shipped


def table(title: str, rows: dict) -> None:
    print(f"| {title} | units | lost | % | records changed | findings |\n|---|---|---|---|---|---|")
    for key, (n, lo, ch, k) in sorted(rows.items(), key=lambda kv: -kv[1][1] / max(kv[1][0], 1)):
        print(f"| {key} | {n} | {lo} | {100 * lo / max(n, 1):.1f}% | {ch} | {dict(k) or 0} |")
    print()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--per", type=int, default=3, help="records per language and family")
    ap.add_argument("--seed", type=int, default=0x9EC5)
    ap.add_argument("--families", default=",".join(FAMILIES))
    ap.add_argument("--langs", default="", help="comma-separated subset of languages (default: all 22)")
    ap.add_argument("--show", action="store_true", help="print the records that changed (generated data only)")
    a = ap.parse_args()
    os.environ.setdefault("GOVERNED_TUNING_PSEUDONYM_KEY", "precision-benchmark-key-not-secret-0123456789")
    samples = make(a.per, a.seed, a.families.split(","))
    if a.langs:
        samples = [s for s in samples if s["lang"] in a.langs.split(",")]
    with tempfile.TemporaryDirectory() as tmp:
        res, outs, shipped = run(samples, Path(tmp))
    fam: dict = defaultdict(lambda: [0, 0, 0, Counter()])
    lang: dict = defaultdict(lambda: [0, 0, 0, Counter()])
    words: Counter = Counter()
    kinds: Counter = Counter()
    for s, out in zip(samples, outs):
        text = flat(s["record"])
        n, lo, gone = lost_units(text, out)
        found = Counter(m.group(1) or m.group(2) for m in TOKEN.finditer(out))
        kinds.update(found)
        words.update(gone)
        for row in (fam[s["family"]], lang[s["lang"]]):
            row[0] += n
            row[1] += lo
            row[2] += out != text
            row[3].update(found)
        if a.show and out != text:
            print(f"    {s['lang']} {s['family']}: {text!r}\n      -> {out!r}")
    units = sum(r[0] for r in fam.values())
    lost = sum(r[1] for r in fam.values())
    print(f"### precision set: {len(samples)} records in {len(lang)} languages, no personal data; default gate "
          f"verdict (expected pass): {res.verdict}; content lost {lost}/{units} = {100 * lost / max(units, 1):.2f}%; "
          f"false findings {sum(kinds.values())} {dict(kinds) or ''}; records changed in the shipped copy "
          f"(surrogates written into ordinary text): {shipped if res.verdict == 'pass' else 'no copy'}\n")
    if res.verdict != "pass":
        print(f"reasons: {res.reasons[:3]}\n")
    table("family", fam)
    table("language", lang)
    if a.show:
        print("words lost most often:", words.most_common(40))


if __name__ == "__main__":
    import hashseed  # the same data on every run: PYTHONHASHSEED=0 unless set

    hashseed.pin()
    main()
