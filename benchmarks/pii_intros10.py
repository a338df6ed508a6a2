"""Names after an introduction, typed in lower case or after a Turkish greeting with a dotted capital (issue 11
part 4, person10): a dev half written by hand and a held-out half from a generator the gate does not read.

    .venv/bin/python benchmarks/pii_intros10.py [--half dev|held|both] [--langs en,tr,...] [--show]

Why: a chat names its writer after "this is", "I'm", "ben", "soy" ... in lower case as often as not, and a
family name that is also an ordinary word somewhere ("asante" is Swahili thanks), a rank before the name ("I'm
major okafor") or a greeting with Turkish "İ" ("İyi günler, ben ...": Python folds "İ" to two code points, and no
list knew the line's words) left the name or a part of it in the copy.

Sources. Dev half: names written by hand for this set (given and family names of each language, some of them
ordinary words elsewhere on purpose), with its own templates. Held-out half: mimesis 22.2.0's person data
(first and last names of each locale, fixed seed; mimesis is read by no part of the gate), in templates of its
own; its leaked sentences are not printed while tuning (``--show`` prints only the dev half's). Clean sentences:
the same introductions before ordinary words ("I'm major fan of", "ben iyiyim", "soy nuevo aquí"); a word
removed there is content lost.

Leak: any word (2 letters or more) of a planted name still in the copy, case-blind, at a word start (no-space
scripts: anywhere). PERSON is a placeholder here. Nothing is written to the repository.
"""

from __future__ import annotations

import argparse
import os
import random
import re
from collections import Counter

# lang -> mimesis locale
LOCALES = {"en": "en", "tr": "tr", "de": "de", "es": "es", "fr": "fr", "it": "it", "pt": "pt", "nl": "nl",
           "pl": "pl", "sv": "sv", "da": "da", "fi": "fi", "cs": "cs", "hu": "hu", "el": "el", "ru": "ru",
           "uk": "uk", "ar": "ar-eg", "fa": "fa", "ko": "ko"}
NOSPACE = {"ko"}

# lang -> {half: templates}; {n}: the full name in lower case ({N}: as written), {g}: the given name alone
TEMPLATES: dict[str, dict[str, list[str]]] = {
    "en": {"dev": ["hi, this is {n}, my parcel is late", "i'm {n} and i can't log in", "hello it's {n} again",
                   "my name is {n}, order 4471", "I'm {t} {f} and my card was blocked", "Hi, this is {N} from flat 3"],
           "held": ["hey this is {n}, quick question", "i am {n}, the parcel never came", "it's {n} here",
                    "hello, i'm {n}. order 5521", "this is {t} {f}, please call back", "Hello, I'm {N}."]},
    "tr": {"dev": ["İyi günler, ben {n}, siparişim gelmedi.", "Merhaba, ben {n}. Kargom nerede?",
                   "İYİ AKŞAMLAR, ben {n}, fatura yanlış", "benim adım {n}, iade istiyorum"],
           "held": ["İyi akşamlar, ben {n}. Paketim gelmedi.", "Selam, ben {n}, iade istiyorum.",
                    "İyi günler, adım {n}.", "İyi günler, ben {N}. Faturam yanlış."]},
    "de": {"dev": ["hallo, ich bin {n} und warte auf mein paket", "hier ist {n}, bitte rückruf",
                   "ich heiße {n}."],
           "held": ["guten tag, mein name ist {n}.", "hi, hier spricht {n}, die bestellung fehlt",
                    "Hallo, ich bin {N}."]},
    "es": {"dev": ["hola, soy {n} y no me llegó el pedido", "me llamo {n}.", "buenas, les escribe {n}"],
           "held": ["buenas tardes, mi nombre es {n}.", "hola soy {n}, tengo una duda", "Hola, soy {N}."]},
    "fr": {"dev": ["bonjour, je suis {n}, ma commande est en retard", "je m'appelle {n}.", "c'est {n}, merci"],
           "held": ["salut, c'est {n} encore", "bonjour, mon nom est {n}.", "Bonjour, je suis {N}."]},
    "it": {"dev": ["ciao, sono {n} e aspetto il pacco", "mi chiamo {n}.", "qui è {n}, grazie"],
           "held": ["buongiorno, sono {n}, il pacco non è arrivato", "il mio nome è {n}.", "Salve, sono {N}."]},
    "pt": {"dev": ["olá, sou {n} e o pedido atrasou", "meu nome é {n}.", "aqui é {n}, obrigado"],
           "held": ["boa tarde, eu sou {n}.", "oi, me chamo {n}, preciso de ajuda", "Olá, sou {N}."]},
    "nl": {"dev": ["hoi, ik ben {n} en mijn pakket is laat", "mijn naam is {n}."],
           "held": ["goedemiddag, met {n}.", "hallo, ik heet {n}, vraagje", "Hoi, ik ben {N}."]},
    "pl": {"dev": ["dzień dobry, jestem {n} i czekam na paczkę", "nazywam się {n}."],
           "held": ["cześć, tu {n}, mam pytanie", "mam na imię {n}.", "Dzień dobry, nazywam się {N}."]},
    "sv": {"dev": ["hej, jag heter {n} och väntar på paketet", "det är {n} igen"],
           "held": ["hej, mitt namn är {n}.", "hallå, här är {n}", "Hej, jag heter {N}."]},
    "da": {"dev": ["hej, jeg hedder {n}.", "det er {n} igen"],
           "held": ["goddag, mit navn er {n}.", "hej, det er {n} her", "Hej, jeg hedder {N}."]},
    "fi": {"dev": ["hei, olen {n} ja paketti puuttuu", "nimeni on {n}."],
           "held": ["moi, minun nimeni on {n}.", "päivää, täällä {n}", "Hei, olen {N}."]},
    "cs": {"dev": ["dobrý den, jmenuji se {n}.", "tady je {n}, prosím o pomoc"],
           "held": ["ahoj, jsem {n} a mám dotaz", "dobrý den, moje jméno je {n}.", "Dobrý den, jsem {N}."]},
    "hu": {"dev": ["jó napot, {n} vagyok.", "a nevem {n}."],
           "held": ["szia, itt {n}, kérdésem van", "üdv, {n} vagyok, segítsen", "Jó napot, {N} vagyok."]},
    "el": {"dev": ["γεια σας, με λένε {n}.", "είμαι ο {n} και περιμένω το δέμα"],
           "held": ["καλησπέρα, ονομάζομαι {n}.", "γεια, εδώ {n}", "Γεια σας, είμαι η {N}."]},
    "ru": {"dev": ["здравствуйте, меня зовут {n}.", "это {n}, перезвоните"],
           "held": ["добрый день, я {n}, заказ не пришёл", "привет, тут {n}", "Здравствуйте, меня зовут {N}."]},
    "uk": {"dev": ["доброго дня, мене звати {n}.", "це {n}, передзвоніть"],
           "held": ["привіт, я {n}, замовлення не прийшло", "вітаю, тут {n}", "Доброго дня, мене звати {N}."]},
    "ar": {"dev": ["مرحبا، اسمي {n}، طلبي تأخر", "معك {n}، شكرا"],
           "held": ["السلام عليكم، أنا {n}.", "مساء الخير، معك {n}", "مرحبا، اسمي {N}."]},
    "fa": {"dev": ["سلام، اسم من {n} است.", "من {n} هستم، سفارشم نرسیده"],
           "held": ["سلام، {n} هستم.", "وقت بخیر، اسمم {n} است", "سلام، من {N} هستم."]},
    "ko": {"dev": ["안녕하세요, 저는 {n}입니다.", "{n}입니다, 주문이 늦어요"],
           "held": ["안녕하세요, {n}이에요.", "제 이름은 {n}입니다.", "안녕하세요, 저는 {N}입니다."]},
}
# the dev half's names, written for this set: (given names, family names); some parts are ordinary words or
# greetings elsewhere on purpose ("asante", "baker", "rivers"); Korean is written family name first
DEV_NAMES: dict[str, tuple[str, str]] = {
    "en": ("Yaw Grace Kwame Abena Tobias Harriet", "Asante Baker Rivers Mensah Quigley Oduya"),
    "tr": ("Zeynep İbrahim İrem Ilgın Mehmet Ayşe", "Kaya Demir İnce Işık Öztürk Yıldız"),
    "de": ("Henrike Wolfram Ottilie Gernot", "Brandstätter Kuhnert Wiesinger Adler"),
    "es": ("Ximena Rodrigo Amparo Celestino", "Villalobos Echeverría Montoya Salas"),
    "fr": ("Solène Aurélien Maëlle Gaspard", "Lefebvre Chauvin Rolland Brunet"),
    "it": ("Ludovica Ettore Ginevra Tommaso", "Ferraresi Capuano Lombardo Rinaldi"),
    "pt": ("Leonor Gonçalo Beatriz Duarte", "Magalhães Figueira Pinheiro Lobo"),
    "nl": ("Marloes Joost Femke Ruben", "Brouwer Visser Smits Willems"),
    "pl": ("Agnieszka Bartosz Zuzanna Wojciech", "Wiśniewska Kaczmarek Zielińska Pawlak"),
    "sv": ("Ingrid Fredrik Linnea Oskar", "Lindqvist Bergström Holm Sandberg"),
    "da": ("Mette Rasmus Signe Mikkel", "Kjær Bruun Lund Mortensen"),
    "fi": ("Aino Eero Kaisa Juha", "Virtanen Mäkelä Nieminen Heikkinen"),
    "cs": ("Kateřina Ondřej Tereza Vojtěch", "Dvořáková Procházka Kučerová Svoboda"),
    "hu": ("Réka Gergely Zsófia Márton", "Kovács Szabó Tóth Varga"),
    "el": ("Ελένη Γιώργος Κατερίνα Νίκος", "Παπαδοπούλου Αντωνίου Νικολάου Γεωργίου"),
    "ru": ("Анастасия Дмитрий Екатерина Сергей", "Соколова Морозов Волкова Лебедев"),
    "uk": ("Оксана Тарас Наталія Богдан", "Шевченко Коваленко Бондаренко Ткаченко"),
    "ar": ("يوسف مريم خالد فاطمة", "الحسيني العمري منصور حداد"),
    "fa": ("مهسا رضا نگار امیر", "رضایی کریمی حسینی موسوی"),
    "ko": ("민준 서연 지호 하은", "김 이 박 최"),
}
# ranks and offices before a family name after an introduction ("I'm major okafor"), English templates only
RANKS = ["major", "captain", "doctor", "sergeant"]

CLEAN: dict[str, list[str]] = {
    "en": ["I'm major fan of your app", "this is great, thanks", "i'm so sorry about that", "it's fine here",
           "I'm captain of the team and need 12 shirts", "this is my second order", "i am happy with it",
           "hello, it's me again"],
    "tr": ["İyi günler, ben iyiyim, teşekkürler.", "Merhaba, ben de aynı sorunu yaşıyorum.",
           "İYİ AKŞAMLAR, siparişim gelmedi.", "İyi günler, ben yine yazıyorum."],
    "de": ["hallo, ich bin sehr zufrieden", "hier ist alles in ordnung"],
    "es": ["hola, soy nuevo aquí", "soy cliente desde hace años"],
    "fr": ["bonjour, je suis très content", "c'est parfait, merci"],
    "it": ["ciao, sono molto contento", "sono cliente da anni"],
    "pt": ["olá, sou cliente há anos", "aqui é tudo bem"],
    "nl": ["hoi, ik ben erg blij", "ik ben klant sinds 2019"],
    "pl": ["dzień dobry, jestem zadowolony", "jestem klientem od lat"],
    "sv": ["hej, jag är nöjd", "det är bra så"],
    "da": ["hej, det er fint", "jeg er glad for det"],
    "fi": ["hei, olen tyytyväinen", "olen asiakas"],
    "cs": ["dobrý den, jsem spokojený", "tady je vše v pořádku"],
    "hu": ["jó napot, elégedett vagyok", "itt minden rendben"],
    "el": ["γεια σας, είμαι ευχαριστημένος", "εδώ όλα καλά"],
    "ru": ["здравствуйте, я доволен", "это отличный сервис"],
    "uk": ["доброго дня, я задоволений", "це чудовий сервіс"],
    "ar": ["مرحبا، أنا سعيد بالخدمة", "شكرا جزيلا"],
    "fa": ["سلام، من راضی هستم", "خیلی ممنون"],
    "ko": ["안녕하세요, 저는 괜찮습니다.", "감사합니다"],
}
UNIT = re.compile(r"[^\W\d_]+", re.UNICODE)
PER_TEMPLATE = 4


def _held_names(lang: str, n: int, seed: int) -> list[tuple[str, str]]:
    from mimesis import Person
    from mimesis.locales import Locale

    p = Person(Locale(LOCALES[lang]), seed=seed)
    return [(p.first_name(), p.last_name()) for _ in range(n)]


def make(langs: list[str], half: str) -> tuple[list[dict], list[dict]]:
    planted, clean = [], []
    for lang in langs:
        for h in ("dev", "held"):
            if half not in (h, "both"):
                continue
            tpls = TEMPLATES[lang][h]
            rng = random.Random(f"{lang}-{h}-10")
            if h == "dev":
                gs, fs = (x.split() for x in DEV_NAMES[lang])
                pairs = [(rng.choice(gs), rng.choice(fs)) for _ in range(len(tpls) * PER_TEMPLATE)]
            else:
                pairs = _held_names(lang, len(tpls) * PER_TEMPLATE, seed=1010)
            k = 0
            for tpl in tpls:
                for _ in range(PER_TEMPLATE):
                    g, f = pairs[k]
                    k += 1
                    full = f"{f}{g}" if lang == "ko" else f"{g} {f}"
                    vals = {"n": full.lower(), "N": full, "g": g.lower(), "f": f.lower(), "t": rng.choice(RANKS)}
                    text = re.sub(r"\{(\w)\}", lambda m, v=vals: v[m.group(1)], tpl)
                    name = f if "{t}" in tpl else full
                    planted.append({"lang": lang, "half": h, "text": text, "name": name})
            for j, s in enumerate(CLEAN.get(lang, [])):
                if (j % 2 == 0) == (h == "dev"):
                    clean.append({"lang": lang, "half": h, "text": s})
    return planted, clean


def leaked(lang: str, name: str, out: str) -> bool:
    parts = [p for p in name.split() if len(p) >= 2]
    if lang in NOSPACE:
        return name in out or (len(name) > 1 and name[1:] in out)
    low = out.casefold()
    return any(re.search(rf"(?<!\w){re.escape(p.casefold())}", low) for p in parts)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--langs", default=",".join(TEMPLATES))
    ap.add_argument("--half", default="dev", choices=("dev", "held", "both"))
    ap.add_argument("--show", action="store_true", help="print the dev half's leaked sentences (this file's names)")
    args = ap.parse_args()
    os.environ.setdefault("GOVERNED_TUNING_PSEUDONYM_KEY", "intros10-benchmark-key-0000000001")
    from governed_tuning.gates.pii import PiiGate
    from governed_tuning.policy import load_policy

    langs = args.langs.split(",")
    planted, clean = make(langs, args.half)
    pii = load_policy("default").policy.pii
    person = pii.entities["PERSON"].model_copy(update={"action": "placeholder"})
    gate = PiiGate(pii.model_copy(update={"entities": {**pii.entities, "PERSON": person}}))
    outs, _ = gate.scrub_records([{"t": r["text"]} for r in planted])
    couts, _ = gate.scrub_records([{"t": r["text"]} for r in clean])
    total, leak = Counter(), Counter()
    c_units, c_lost, c_changed, c_n = Counter(), Counter(), Counter(), Counter()
    for r, o in zip(planted, outs):
        total[r["lang"]] += 1
        if leaked(r["lang"], r["name"], o["t"]):
            leak[r["lang"]] += 1
            if args.show and r["half"] == "dev":
                print("LEAK", r["lang"], repr(o["t"]))
    for r, o in zip(clean, couts):
        units = Counter(UNIT.findall(r["text"]))
        left = Counter(UNIT.findall(o["t"]))
        c_n[r["lang"]] += 1
        c_units[r["lang"]] += sum(units.values())
        c_lost[r["lang"]] += sum((units - left).values())
        if o["t"] != r["text"]:
            c_changed[r["lang"]] += 1
            if args.show and r["half"] == "dev":
                print("CLEAN", r["lang"], repr(r["text"]), "->", repr(o["t"]))
    print(f"half={args.half}")
    print(f"{'lang':5} {'names':>5} {'leaked':>8} {'clean':>5} {'changed':>7} {'lost':>6}")
    for s in langs:
        print(f"{s:5} {total[s]:5} {100 * leak[s] / max(total[s], 1):7.1f}% {c_n[s]:5} {c_changed[s]:7} "
              f"{100 * c_lost[s] / max(c_units[s], 1):5.1f}%")
    print(f"{'all':5} {sum(total.values()):5} {100 * sum(leak.values()) / max(sum(total.values()), 1):7.1f}% "
          f"{len(clean):5} {sum(c_changed.values()):7} "
          f"{100 * sum(c_lost.values()) / max(sum(c_units.values()), 1):5.1f}%")


if __name__ == "__main__":
    main()
