"""People in the shapes chats, tables and JSON records write them, from many cultures (issue 11 items 4-5, person12).

    .venv/bin/python benchmarks/pii_person12.py [--half dev|held] [--per 10] [--seed 12] [--styles a,b] [--show]

Why: issue 11 asks for PERSON leak under 2% and lists the shapes that still leak: lower-case names in chats ("this
is wei zhang again", "ask aysel about it"), a given name alone after a greeting or a verb of speech, family name
first ("ZHANG Wei", "Ivanova, Anna"), initials ("A. Mammadov", "Mammadov A."), given name and patronymic, names in
Han script, names in a text table inside a record, names split across JSON fields (``{"name": {"given": ..,
"family": ..}}``, ``first_name``/``last_name``, aliases in a list), a name under a ``role``/``type`` key or as a
JSON key, and a second person in a hand-over or a referral ("handing over to X", "cc X", "spoke with X's
mother").

- styles: ``lower`` (full name in lower case), ``lgiven`` (a given name alone in lower case after a verb),
  ``given`` (a capitalised given name alone after a greeting or a verb of speech), ``famfirst`` ("ZHANG Wei",
  "Ivanova, Anna"), ``initial`` ("A. Mammadov", "Mammadov A."), ``patronym`` (given name and patronymic), ``han``
  (a Chinese or Japanese name in Han script inside an English sentence), ``table`` (a pipe- or tab-separated table
  of three people inside a record's text), ``jparts`` (a name split across JSON fields, aliases in a list),
  ``jrole`` (a name under a ``role``/``type`` key, or a name as a JSON key), ``handover`` (a second person named
  in a hand-over, a copy line or a referral);
- two halves that share no template and no locale: ``dev`` (tuned on) names from Faker's az_AZ, ru_RU, tr_TR,
  pt_BR, es_ES, es_MX, fr_FR, en_IN, ar_AA, zh_CN, en_US, en_GB, id_ID, vi_VN; ``held`` (measured only) from
  uk_UA, pt_PT, es_AR, es_CO, fr_CA, en_NG, ar_SA, zh_TW, ja_JP, en_AU, pl_PL, it_IT, ro_RO, hu_HU, with its own
  templates and seed. Cyrillic names are written in Cyrillic and, in the Latin-only styles (``famfirst``,
  ``initial`` and the lower-case ones), romanised (Unidecode); Chinese and Japanese names are romanised (Faker's
  romanised names) outside the ``han`` style. Azerbaijani patronymics are built as the language builds them
  (father's given name + "oğlu"/"qızı"), Russian and Ukrainian ones are Faker's. Faker is no source of the gate's
  name readers (names-dataset, wordfreq, its own lists).

Leak: a word of the planted name (two letters or more, case-blind) still standing as a word in the copy; Han: the
whole name or the given name. Clean: look-alikes of every style with no person in them ("ask support about it",
"Hi team", "handing over to the night shift", a products' table under "name|price|colour", ``{"role":
"admin"}``, ``{"name": {"short": .., "long": ..}}``); content lost = words removed, changed = records touched.
PERSON is a placeholder here (a surrogate could repeat a planted name). Figures only are printed (``--show``
prints leaked texts: generated names only). Nothing is written.
"""

from __future__ import annotations

import argparse
import json
import os
import re
from collections import Counter

DEV_LOCS = ["az_AZ", "ru_RU", "tr_TR", "pt_BR", "es_ES", "es_MX", "fr_FR", "en_IN", "ar_AA", "zh_CN", "en_US",
            "en_GB", "id_ID", "vi_VN"]
HELD_LOCS = ["uk_UA", "pt_PT", "es_AR", "es_CO", "fr_CA", "en_NG", "ar_SA", "zh_TW", "ja_JP", "en_AU", "pl_PL",
             "it_IT", "ro_RO", "hu_HU"]
HAN = {"zh_CN", "zh_TW", "ja_JP"}
CYR = {"ru_RU", "uk_UA"}
PATRONYMIC = {"ru_RU", "uk_UA", "az_AZ"}
# placeholders: {f} full, {g} given, {l} family, {fl}/{gl} lower case, {LU} family in capitals, {i} the given
# name's initial, {p} given + patronymic, {h} the name in Han script, {f2} a second person's full name
T: dict[str, tuple[list[str], list[str]]] = {
    "lower": (["this is {fl} again, still waiting on the refund", "hi its {fl} from the third floor, printer is down",
               "ok so {fl} will bring the keys tomorrow"],
              ["hey, {fl} here. any update on my ticket?", "thx, talk soon\n{fl}",
               "my landlord is {fl} and he never answers"]),
    "lgiven": (["ask {gl} about it, she has the password", "tell {gl} the parcel arrived",
                "can u check with {gl} before friday"],
               ["i already told {gl} twice about the leak", "ping {gl} when the build is green",
                "just got off the phone with {gl}, all sorted"]),
    "given": (["Hi {g}, thanks for the quick reply.", "{g} said the invoice was paid last week.",
               "Hello {g}, your order is on its way."],
              ["Dear {g}, the device works again.", "According to {g}, the shipment left Monday.",
               "Good morning {g}! Your booking is confirmed."]),
    "famfirst": (["{LU} {g} called about the contract renewal.", "{l}, {g} - booked for Tuesday 10:00",
                  "Attendees: {LU} {g} and the finance team."],
                 ["Signed by {l}, {g} on behalf of the tenant.", "Next in queue: {LU} {g}",
                  "Guest list updated ({l}, {g})."]),
    "initial": (["Please forward this to {i}. {l} in accounting.", "Approved by {l} {i}. on 3 May.",
                 "The report was written by {i}. {l}."],
                ["cc: {i}. {l}", "Reviewed: {l}, {i}.", "Handled by {i}.{l} (night shift)."]),
    "patronym": (["Dear {p}, your appointment is confirmed.", "{p} will sign the papers on Friday."],
                 ["Please call {p} back after lunch.", "The lease is held by {p} since 2019."]),
    "han": (["Please call {h} tomorrow about the lease.", "The parcel for {h} is at the front desk."],
            ["Meeting moved; {h} cannot attend.", "Invoice addressed to {h}, unpaid."]),
    "table": (["name|phone|city", "first name\tlast name\tdept"], ["Full name | Ext | Team", "given;family;role"]),
    "jparts": (["given_family", "first_last", "aliases"], ["forename_surname", "firstName_lastName", "aka"]),
    "jrole": (["role", "key", "type"], ["assignee_type", "members_key", "kind"]),
    "handover": (["Handing over to {f2} for the night shift.", "cc {f2} on the reply please",
                  "I spoke with {f2}'s mother yesterday, she will call back."],
                 ["Transferring you to {f2} now, one moment.", "Looping in {f2} from billing.",
                  "Referred by {f2}, a former colleague."]),
}
CLEAN: tuple[list, list] = (
    ["this is great again, still waiting on the refund", "ask support about it, they have the password",
     "Hi team, thanks for the quick reply.", "Finance said the invoice was paid last week.",
     "ACME Ltd called about the contract renewal.", "Please forward this to the accounting team.",
     "Handing over to the night shift.", "cc the billing team on the reply please",
     "I spoke with the manager's assistant yesterday, she will call back.",
     {"t": "name|price|colour\nDesk Lamp|19.99|black\nOffice Chair|89.00|grey\nPaper Tray|4.50|white\n"},
     {"role": "admin", "status": "open"}, {"type": "refund", "priority": "high"},
     {"name": {"short": "Widget", "long": "Widget Pro Max"}, "stock": 4},
     {"aliases": ["billing", "support", "help desk"]}, {"first_name": "", "last_name": "", "note": "not given"}],
    ["hey, support here. any update on the ticket?", "i already told the landlord twice about the leak",
     "Dear customer, the device works again.", "According to the courier, the shipment left Monday.",
     "Signed by the tenant on behalf of the family.", "cc: accounts payable", "Transferring you to billing now.",
     "Looping in the security team.", "Referred by a former colleague.",
     {"t": "Item\tQty\tState\nstapler\t3\tshipped\nmonitor arm\t1\tpending\n"},
     {"assignee_type": "group", "queue": "tier 2"}, {"kind": "person", "visibility": "private"},
     {"members": {"admins": 2, "viewers": 14}}, {"aka": ["n/a"], "label": "Summer Sale"},
     {"firstName": None, "lastName": None, "source": "web form"}],
)
NOSPACE = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
UNIT = re.compile(rf"[{NOSPACE}]|(?:(?![{NOSPACE}])[^\W\d_])+")


def _latin(s: str) -> str:
    from unidecode import unidecode

    return unidecode(s).replace("'", "")


def person(loc: str, seed: int, male: bool, latin: bool = False) -> dict:
    """A generated person: given, family, patronymic, full name; Han names kept apart (``h``)."""
    from faker import Faker

    f = Faker(loc)
    f.seed_instance(seed)
    g = (f.first_name_male if male else f.first_name_female)()
    ln = getattr(f, "last_name_male" if male else "last_name_female", f.last_name)()
    g, ln = g.split()[0], ln  # "Davi Luiz" -> "Davi": one given name keeps the styles' shapes
    h = ""
    if loc in HAN:
        h = ln + g if loc != "ja_JP" else ln + g
        f.seed_instance(seed)
        g, ln = f.first_romanized_name(), f.last_romanized_name()
    p = ""
    if loc in ("ru_RU", "uk_UA"):
        mid = getattr(f, "middle_name_male" if male else "middle_name_female")()
        p = f"{g} {mid}"
    elif loc == "az_AZ":
        p = f"{g} {f.first_name_male()} {'oğlu' if male else 'qızı'}"
    if latin and loc in CYR:
        g, ln, p = _latin(g), _latin(ln), _latin(p)
    return {"g": g, "l": ln, "f": f"{g} {ln}", "h": h, "p": p, "loc": loc}


def _fill(tpl: str, q: dict, q2: dict) -> str:
    return tpl.format(f=q["f"], g=q["g"], l=q["l"], fl=q["f"].lower(), gl=q["g"].lower(), LU=q["l"].upper(),
                      i=q["g"][:1], p=q["p"], h=q["h"], f2=q2["f"])


def _json(kind: str, q: dict, others: list[dict]) -> tuple[dict, list[str]]:
    """A record for the JSON styles and the words planted in it."""
    o = others[0]
    if kind == "given_family":
        return {"name": {"given": q["g"], "family": q["l"]}, "status": "active"}, [q["g"], q["l"]]
    if kind == "first_last":
        return {"id": 4411, "first_name": q["g"], "last_name": q["l"], "plan": "basic"}, [q["g"], q["l"]]
    if kind == "aliases":
        al = [q["g"].lower(), f"{q['g']} {q['l'][:1]}."]
        return {"name": q["f"], "aliases": al, "tier": "gold"}, [q["g"], q["l"]]
    if kind == "forename_surname":
        return {"customer": {"forename": q["g"], "surname": q["l"]}, "open": True}, [q["g"], q["l"]]
    if kind == "firstName_lastName":
        return {"contact": {"firstName": q["g"], "lastName": q["l"], "lang": "en"}}, [q["g"], q["l"]]
    if kind == "aka":
        return {"fullName": q["f"], "aka": [q["l"].upper(), q["g"]], "active": False}, [q["g"], q["l"]]
    if kind == "role":
        return {"role": q["f"], "status": "open", "note": "call back"}, [q["g"], q["l"]]
    if kind == "key":
        return {q["f"]: {"ext": 204, "team": "billing"}, o["f"]: {"ext": 311, "team": "sales"}}, \
            [q["g"], q["l"], o["g"], o["l"]]
    if kind == "type":
        return {"type": q["f"], "priority": "high"}, [q["g"], q["l"]]
    if kind == "assignee_type":
        return {"assignee": {"type": q["f"], "since": "2024-03-01"}}, [q["g"], q["l"]]
    if kind == "members_key":
        return {"members": {q["f"]: "admin", o["f"]: "viewer"}}, [q["g"], q["l"], o["g"], o["l"]]
    if kind == "kind":
        return {"kind": q["f"], "visibility": "private"}, [q["g"], q["l"]]
    raise ValueError(kind)


def _table(header: str, people: list[dict], k: int) -> tuple[dict, list[str]]:
    sep = "|" if "|" in header else ("\t" if "\t" in header else ";")
    cols = [c.strip().lower() for c in header.split(sep)]
    rows, words = [header], []
    for r, q in enumerate(people):
        cells = []
        for c in cols:
            if c in ("name", "full name"):
                cells.append(q["f"])
                words += [q["g"], q["l"]]
            elif c in ("first name", "given"):
                cells.append(q["g"])
                words.append(q["g"])
            elif c in ("last name", "family"):
                cells.append(q["l"])
                words.append(q["l"])
            elif c == "phone":
                cells.append(f"+1 415 555 01{k % 10}{r}")
            elif c == "ext":
                cells.append(str(200 + r))
            else:
                cells.append(["sales", "support", "billing"][r])
        rows.append((" | " if sep == "|" and " | " in header else sep).join(cells))
    return {"t": "\n".join(rows) + "\n"}, words


def make(half: str, per: int, seed: int, styles: list[str]) -> tuple[list[dict], list[dict]]:
    side = 0 if half == "dev" else 1
    locs = DEV_LOCS if side == 0 else HELD_LOCS
    planted: list[dict] = []
    k = 0
    for style in styles:
        pool = [x for x in locs if x in HAN] if style == "han" else \
            [x for x in locs if x in PATRONYMIC] if style == "patronym" else locs
        for tpl in T[style][side]:
            for _ in range(per):
                k += 1
                loc = pool[k % len(pool)]
                latin = style in ("famfirst", "initial", "lower", "lgiven")
                base = seed * 100_000 + k * 13
                q = person(loc, base, k % 2 == 0, latin)
                q2 = person(locs[(k + 5) % len(locs)], base + 1, k % 2 == 1)
                if style == "table":
                    ppl = [person(locs[(k + r) % len(locs)], base + r, (k + r) % 2 == 0) for r in range(3)]
                    rec, words = _table(tpl, ppl, k)
                    planted += [{"rec": rec, "style": style, "loc": p["loc"], "words": [w]}
                                for p in ppl for w in words if w in (p["g"], p["l"])]
                    continue
                if style in ("jparts", "jrole"):
                    rec, words = _json(tpl, q, [q2])
                    locs_of = [q["loc"]] * 2 + [q2["loc"]] * 2
                    planted += [{"rec": rec, "style": style, "loc": locs_of[i], "words": [w]}
                                for i, w in enumerate(words)]
                    continue
                text = _fill(tpl, q, q2)
                if style == "han":
                    words = [q["h"]]
                elif style == "lgiven" or style == "given":
                    words = [q["g"]]
                elif style == "initial":
                    words = [q["l"]]
                elif style == "patronym":
                    words = [w for w in q["p"].split() if w not in ("oğlu", "qızı")]
                elif style == "handover":
                    q = q2
                    words = [q2["g"], q2["l"]]
                else:
                    words = [q["g"], q["l"]]
                planted += [{"rec": {"t": text}, "style": style, "loc": q["loc"], "words": [w]} for w in words]
    clean = [c if isinstance(c, dict) else {"t": c} for c in CLEAN[side]]
    return planted, clean


def leaked(word: str, out: str) -> bool:
    if re.search(rf"[{NOSPACE}]", word):
        return word in out or (len(word) >= 3 and word[1:] in out)
    return any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", out, re.IGNORECASE) for w in word.split() if len(w) >= 2)


def full_scrub(gate, recs: list[dict]) -> tuple[list[dict | None], list[int]]:
    """The copy as ``PiiGate.check_in_memory`` writes it: the scrub, then the re-scan and its repairs in rounds
    (``rescrub``); per input record its copy (None: dropped) and the re-scan's leftovers still in it (a leftover
    fails the gate: the copy would not be written)."""
    from governed_tuning.gates.pii.gate import MAX_ROUNDS
    from governed_tuning.gates.pii.passes import encode_json_cells

    out, st = gate.scrub_records(recs)
    items = st["items"]
    residual = gate.rescan(items)
    rounds = 1
    while residual and rounds < MAX_ROUNDS:
        changed, _, _ = gate.rescrub(out, items, residual)
        if not changed:
            break
        again = set(changed)
        residual = [r for r in residual if r.get("item") not in again] + \
            [dict(r, item=changed[r["item"]]) for r in gate.rescan([items[i] for i in changed])]
        rounds += 1
    encode_json_cells(out, st["json_cells"])
    dropped = set(st["dropped_index"])
    kept = [i for i in range(len(recs)) if i not in dropped]
    copies: list[dict | None] = [None] * len(recs)
    left = [0] * len(recs)
    for j, i in enumerate(kept):
        copies[i] = out[j]
    for r in residual:
        if r.get("record") is not None and r["record"] < len(kept):
            left[kept[r["record"]]] += 1
    return copies, left


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--half", default="dev", choices=("dev", "held"))
    ap.add_argument("--per", type=int, default=10, help="records per template")
    ap.add_argument("--seed", type=int, default=None, help="default: 12 (dev), 1212 (held)")
    ap.add_argument("--styles", default=",".join(T))
    ap.add_argument("--show", action="store_true")
    args = ap.parse_args()
    seed = args.seed if args.seed is not None else (12 if args.half == "dev" else 1212)
    os.environ.setdefault("GOVERNED_TUNING_PSEUDONYM_KEY", "person12-benchmark-key-000000001")
    from governed_tuning.gates.pii import PiiGate
    from governed_tuning.policy import load_policy

    styles = args.styles.split(",")
    planted, clean = make(args.half, args.per, seed, styles)
    pii = load_policy("default").policy.pii
    person_cfg = pii.entities["PERSON"].model_copy(update={"action": "placeholder"})
    gate = PiiGate(pii.model_copy(update={"entities": {**pii.entities, "PERSON": person_cfg}}))
    recs: list[dict] = []
    index: dict[str, int] = {}
    for r in planted:  # one record may carry several planted words: scrub it once
        key = json.dumps(r["rec"], ensure_ascii=False, sort_keys=True)
        if key not in index:
            index[key] = len(recs)
            recs.append(r["rec"])
    outs, left = full_scrub(gate, recs)
    couts, cleft = full_scrub(gate, clean)
    total: Counter = Counter()
    leak: Counter = Counter()
    flagged: Counter = Counter()
    shown = set()
    for r in planted:
        i = index[json.dumps(r["rec"], ensure_ascii=False, sort_keys=True)]
        text = json.dumps(outs[i], ensure_ascii=False) if outs[i] is not None else ""
        bad = leaked(r["words"][0], text)
        for key in (r["style"], r["loc"], "all"):
            total[key] += 1
            leak[key] += bad
            flagged[key] += bad and left[i] > 0  # left, but the re-scan objects: the copy is not written
        if bad and args.show and i not in shown:
            shown.add(i)
            print("LEAK", r["style"], r["loc"], text)
    units = lost = changed = 0
    for r, o in zip(clean, couts):
        o = o if o is not None else {}
        a = Counter(UNIT.findall(json.dumps(r, ensure_ascii=False)))
        b = Counter(UNIT.findall(json.dumps(o, ensure_ascii=False)))
        units += sum(a.values())
        lost += sum((a - b).values())
        changed += o != r
        if args.show and o != r:
            print("CLEAN", json.dumps(r, ensure_ascii=False), "->", json.dumps(o, ensure_ascii=False))

    def pct(a: int, b: int) -> str:
        return f"{100 * a / max(b, 1):5.1f}%"

    print(f"half={args.half} seed={seed} per={args.per} records={len(recs)} words={total['all']} clean={len(clean)}")
    print("by style:  " + ", ".join(f"{s} {leak[s]}/{total[s]}" for s in styles if total[s]))
    locs = DEV_LOCS if args.half == "dev" else HELD_LOCS
    print("by locale: " + ", ".join(f"{x} {leak[x]}/{total[x]}" for x in locs if total[x]))
    print(f"all: leaked {leak['all']}/{total['all']} = {pct(leak['all'], total['all'])}; "
          f"of them flagged by the re-scan {flagged['all']}; "
          f"clean: content lost {lost}/{units} = {pct(lost, units)}, changed {changed}/{len(clean)}, "
          f"re-scan objects in {sum(1 for x in cleft if x)}")


if __name__ == "__main__":
    import hashseed  # the same data on every run: PYTHONHASHSEED=0 unless set

    hashseed.pin()
    main()
