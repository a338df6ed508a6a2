"""Addresses given after an address cue, towns after a move or live verb, and first-person ages, in 30
languages, with towns and streets drawn from another country's data as often as the sentence's own: leak per
kind, per language, per half; content lost and the default gate's verdict on a clean twin.

    .venv/bin/python benchmarks/pii_places9.py [--per-lang 6] [--seed N] [--half a|b|both] [--misses] [--by-lang]

How it is built (fixed seed), from sources the gate does not use:

- streets, house numbers, towns and postcode shapes: mimesis's locale data (``datasets/*/address.json``: its
  street names with and without their street word, its towns, its postcode format), 40 locales, any script;
- people (the record's signature, so that the default policy's ``locations: with_person`` applies): mimesis's
  names of the street's locale;
- the sentences (an address cue, a move or live verb, a first-person age) are written for this set, per
  language, in two halves of templates: half ``a`` was used to find weaknesses, half ``b`` is held out.

Shapes: an address after a cue as "Street N, PC Town", "PC Town, Street N", "Street N, Town PC", and "Street
Road, House No. N, Town"; a town (of the sentence's country or of another, in its own script) after a move or
live verb; an age in the first person. The clean twin holds no person: orders, tickets, rooms and floors, sizes,
warranties, "N years ago", and towns in impersonal sentences (kept by ``locations: with_person``).

Leaked: a planted value (each of the address's parts: street with number, postcode, town; the town; the age's
number) survives verbatim as a whole word. Content lost: clean-twin words missing from the copy.
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

# language -> mimesis locale of its own streets and towns (None: every town and street comes from elsewhere)
LANGS = {"en": "en", "de": "de", "fr": "fr", "es": "es", "it": "it", "pt": "pt", "nl": "nl", "sv": "sv", "da": "da",
         "no": "no", "fi": "fi", "pl": "pl", "cs": "cs", "sk": "sk", "sl": None, "hr": "hr", "hu": "hu", "ro": None,
         "lv": None, "lt": None, "et": "et", "el": "el", "ru": "ru", "uk": "uk", "tr": "tr", "sw": None, "id": None,
         "hi": None, "ar": "ar-eg", "zh": "zh"}
FOREIGN = ["en-gb", "de-at", "de-ch", "cs", "sk", "hu", "hr", "pl", "et", "is", "nl-be", "sv", "fi", "pt-br", "es-mx",
           "ar-dz", "ar-ma", "ar-eg", "fa", "ru", "uk", "kk", "el", "tr", "ja", "ko", "zh", "it", "fr", "da", "no"]

# per language: [half a templates, half b templates]; {addr} an address, {town} a town, {n} an age
ADDR = {
    "en": [["My address is {addr}.", "Please ship it to {addr}, thanks."], ["Deliver to {addr}.", "Send the parcel to {addr}."]],
    "de": [["Meine Adresse ist {addr}.", "Bitte an {addr} liefern."], ["Schicken Sie es an {addr}.", "Lieferadresse: {addr}"]],
    "fr": [["Mon adresse est {addr}.", "Envoyez-le à {addr}, merci."], ["Livrez à {addr}.", "Mon adresse : {addr}"]],
    "es": [["Mi dirección es {addr}.", "Envíenlo a {addr}, gracias."], ["Entréguenlo en {addr}.", "Dirección: {addr}"]],
    "it": [["Il mio indirizzo è {addr}.", "Speditelo a {addr}, grazie."], ["Consegnate a {addr}.", "Indirizzo: {addr}"]],
    "pt": [["A minha morada é {addr}.", "Enviem para {addr}, obrigado."], ["Entreguem em {addr}.", "Meu endereço é {addr}."]],
    "nl": [["Mijn adres is {addr}.", "Stuur het naar {addr}."], ["Graag bezorgen op {addr}.", "Adres: {addr}"]],
    "sv": [["Min adress är {addr}.", "Skicka det till {addr}."], ["Leverera till {addr}, tack.", "Adress: {addr}"]],
    "da": [["Min adresse er {addr}.", "Send den til {addr}."], ["Lever venligst til {addr}.", "Adresse: {addr}"]],
    "no": [["Adressen min er {addr}.", "Send den til {addr}."], ["Lever til {addr}, takk.", "Adresse: {addr}"]],
    "fi": [["Osoitteeni on {addr}.", "Lähettäkää se osoitteeseen {addr}."], ["Toimitus osoitteeseen {addr}.", "Osoite: {addr}"]],
    "pl": [["Mój adres to {addr}.", "Proszę wysłać na adres {addr}."], ["Wyślijcie na {addr}.", "Adres: {addr}"]],
    "cs": [["Moje adresa je {addr}.", "Pošlete to prosím na {addr}."], ["Doručte na adresu {addr}.", "Adresa: {addr}"]],
    "sk": [["Moja adresa je {addr}.", "Pošlite to na {addr}."], ["Doručte na adresu {addr}.", "Adresa: {addr}"]],
    "sl": [["Moj naslov je {addr}.", "Prosim, pošljite na {addr}."], ["Dostavite na {addr}.", "Naslov: {addr}"]],
    "hr": [["Moja adresa je {addr}.", "Molim pošaljite na {addr}."], ["Dostavite na adresu {addr}.", "Adresa: {addr}"]],
    "hu": [["A címem {addr}.", "Kérem, küldjék ide: {addr}."], ["Szállítsák erre a címre: {addr}.", "Cím: {addr}"]],
    "ro": [["Adresa mea este {addr}.", "Vă rog trimiteți la {addr}."], ["Livrați la {addr}.", "Adresă: {addr}"]],
    "lv": [["Mana adrese ir {addr}.", "Lūdzu, sūtiet uz {addr}."], ["Piegādājiet uz {addr}.", "Adrese: {addr}"]],
    "lt": [["Mano adresas yra {addr}.", "Prašau siųsti į {addr}."], ["Pristatykite adresu {addr}.", "Adresas: {addr}"]],
    "et": [["Minu aadress on {addr}.", "Palun saatke aadressil {addr}."], ["Toimetage aadressile {addr}.", "Aadress: {addr}"]],
    "el": [["Η διεύθυνσή μου είναι {addr}.", "Στείλτε το στη διεύθυνση {addr}."], ["Παραδώστε στο {addr}.", "Διεύθυνση: {addr}"]],
    "ru": [["Мой адрес: {addr}.", "Отправьте, пожалуйста, на {addr}."], ["Доставьте по адресу {addr}.", "Адрес: {addr}"]],
    "uk": [["Моя адреса: {addr}.", "Надішліть, будь ласка, на {addr}."], ["Доставте за адресою {addr}.", "Адреса: {addr}"]],
    "tr": [["Adresim {addr}.", "Lütfen şu adrese gönderin: {addr}."], ["Teslimat adresi: {addr}", "Adres: {addr}"]],
    "sw": [["Anwani yangu ni {addr}.", "Tafadhali tuma kwa {addr}."], ["Nitumie kwa {addr}.", "Anwani: {addr}"]],
    "id": [["Alamat saya {addr}.", "Tolong kirim ke {addr}."], ["Kirimkan ke {addr}, terima kasih.", "Alamat: {addr}"]],
    "hi": [["मेरा पता है {addr}।", "कृपया {addr} पर भेजें।"], ["पता: {addr}", "इसे {addr} पर डिलीवर करें।"]],
    "ar": [["عنواني هو {addr}.", "أرسلوا إلى {addr} من فضلكم."], ["العنوان: {addr}", "يرجى التوصيل إلى {addr}."]],
    "zh": [["我的地址是{addr}。", "请寄到{addr}。"], ["地址：{addr}", "请送到{addr}，谢谢。"]],
}
MOVE = {
    "en": [["I just moved to {town}.", "I live in {town} now."], ["We relocated to {town} last month.", "These days I'm based in {town}."]],
    "de": [["Ich bin nach {town} umgezogen.", "Ich wohne jetzt in {town}."], ["Wir leben seit Mai in {town}.", "Ich bin neu in {town} zu Hause."]],
    "fr": [["Je viens de déménager à {town}.", "J'habite à {town}."], ["Nous vivons maintenant à {town}.", "Je me suis installé à {town}."]],
    "es": [["Me mudé a {town}.", "Vivo en {town}."], ["Ahora resido en {town}.", "Nos trasladamos a {town}."]],
    "it": [["Mi sono trasferito a {town}.", "Abito a {town}."], ["Ora vivo a {town}.", "Ci siamo spostati a {town}."]],
    "pt": [["Mudei-me para {town}.", "Moro em {town}."], ["Agora vivo em {town}.", "Fomos morar em {town}."]],
    "nl": [["Ik ben verhuisd naar {town}.", "Ik woon in {town}."], ["We wonen nu in {town}.", "Sinds kort woon ik in {town}."]],
    "sv": [["Jag har flyttat till {town}.", "Jag bor i {town}."], ["Vi bor numera i {town}.", "Nyligen flyttade jag till {town}."]],
    "da": [["Jeg er flyttet til {town}.", "Jeg bor i {town}."], ["Vi bor nu i {town}.", "For nylig flyttede jeg til {town}."]],
    "no": [["Jeg har flyttet til {town}.", "Jeg bor i {town}."], ["Vi bor nå i {town}.", "Nylig flyttet jeg til {town}."]],
    "fi": [["Muutin juuri paikkakunnalle {town}.", "Asun nykyään kaupungissa {town}."], ["Asumme nyt paikkakunnalla {town}.", "Muutimme kaupunkiin {town}."]],
    "pl": [["Przeprowadziłem się do {town}.", "Mieszkam w miejscowości {town}."], ["Teraz mieszkamy w mieście {town}.", "Niedawno przeniosłam się do {town}."]],
    "cs": [["Přestěhoval jsem se do města {town}.", "Bydlím v {town}."], ["Teď žijeme v obci {town}.", "Nedávno jsem se odstěhovala do {town}."]],
    "sk": [["Presťahoval som sa do mesta {town}.", "Bývam v {town}."], ["Teraz žijeme v obci {town}.", "Nedávno som sa presťahovala do {town}."]],
    "sl": [["Zdaj živim v kraju {town}.", "Preselil sem se v {town}."], ["Pred kratkim sem se preselila v kraj {town}.", "Živimo v mestu {town}."]],
    "hr": [["Preselio sam se u {town}.", "Živim u mjestu {town}."], ["Sada živimo u gradu {town}.", "Nedavno sam se preselila u {town}."]],
    "hu": [["Nemrég költöztem ide: {town}.", "Jelenleg itt lakom: {town}."], ["Most itt élünk: {town}.", "Átköltöztünk ide: {town}."]],
    "ro": [["M-am mutat în {town}.", "Locuiesc în {town}."], ["Acum trăim în {town}.", "Recent ne-am mutat la {town}."]],
    "lv": [["Tagad dzīvoju {town}.", "Nesen pārcēlos uz {town}."], ["Mēs tagad dzīvojam pilsētā {town}.", "Es pārvācos uz {town}."]],
    "lt": [["Neseniai persikėliau į {town}.", "Dabar gyvenu mieste {town}."], ["Mes gyvename {town}.", "Persikrausčiau į {town}."]],
    "et": [["Kolisin hiljuti linna {town}.", "Elan praegu kohas {town}."], ["Me elame nüüd asulas {town}.", "Kolisime elama kohta {town}."]],
    "el": [["Μετακόμισα στην πόλη {town}.", "Μένω στο {town}."], ["Τώρα ζούμε στην πόλη {town}.", "Πρόσφατα μετακομίσαμε στο {town}."]],
    "ru": [["Я переехал в город {town}.", "Живу в {town}."], ["Сейчас мы живём в городе {town}.", "Недавно переехала в {town}."]],
    "uk": [["Я переїхав до міста {town}.", "Живу в {town}."], ["Зараз ми живемо в місті {town}.", "Нещодавно переїхала до {town}."]],
    "tr": [["Yakın zamanda {town} şehrine taşındım.", "Şu an {town} şehrinde yaşıyorum."], ["Artık {town} kentinde oturuyoruz.", "Geçen ay {town} ilçesine taşındık."]],
    "sw": [["Nimehamia {town} hivi karibuni.", "Ninaishi {town} sasa."], ["Tunaishi {town} siku hizi.", "Nilihamia mji wa {town}."]],
    "id": [["Saya baru pindah ke {town}.", "Saya tinggal di {town}."], ["Kami sekarang tinggal di kota {town}.", "Bulan lalu saya pindah ke {town}."]],
    "hi": [["मैं हाल ही में {town} शिफ्ट हुआ हूँ।", "मैं {town} में रहता हूँ।"], ["अब हम {town} में रहते हैं।", "मैं पिछले महीने {town} चली गई।"]],
    "ar": [["أسكن الآن في {town}.", "انتقلت مؤخراً إلى {town}."], ["نعيش حالياً في مدينة {town}.", "انتقلنا إلى {town} الشهر الماضي."]],
    "zh": [["我最近搬到了{town}。", "我住在{town}。"], ["我们现在住在{town}。", "上个月我搬去了{town}。"]],
}
AGE = {
    "en": [["I'm {n} years old.", "I am {n} and retired."], ["I turned {n} in May.", "Age: {n}"]],
    "de": [["Ich bin {n} Jahre alt.", "Ich bin {n}."], ["Alter: {n}", "Ich werde bald {n}."]],
    "fr": [["J'ai {n} ans.", "Âge : {n}"], ["J'ai eu {n} ans hier.", "Je vais avoir {n} ans."]],
    "es": [["Tengo {n} años.", "Edad: {n}"], ["Acabo de cumplir {n} años.", "Yo tengo {n} años y vivo sola."]],
    "it": [["Ho {n} anni.", "Età: {n}"], ["Ho appena compiuto {n} anni.", "Io ho {n} anni."]],
    "pt": [["Tenho {n} anos.", "Idade: {n}"], ["Fiz {n} anos ontem.", "Eu tenho {n} anos."]],
    "nl": [["Ik ben {n} jaar oud.", "Leeftijd: {n}"], ["Ik ben {n} jaar.", "Ik word {n} volgende week."]],
    "sv": [["Jag är {n} år gammal.", "Ålder: {n}"], ["Jag är {n} år.", "Jag fyller {n} i maj."]],
    "da": [["Jeg er {n} år gammel.", "Alder: {n}"], ["Jeg er {n} år.", "Jeg fylder {n} i maj."]],
    "no": [["Jeg er {n} år gammel.", "Alder: {n}"], ["Jeg er {n} år.", "Jeg fyller {n} i mai."]],
    "fi": [["Olen {n}-vuotias.", "Ikä: {n}"], ["Olen {n} vuotta vanha.", "Täytin {n} vuotta."]],
    "pl": [["Mam {n} lat.", "Wiek: {n}"], ["Skończyłem {n} lat.", "Mam już {n} lat."]],
    "cs": [["Je mi {n} let.", "Věk: {n}"], ["Mám {n} let.", "Minulý týden mi bylo {n} let."]],
    "sk": [["Mám {n} rokov.", "Vek: {n}"], ["Je mi {n} rokov.", "Nedávno som oslávil {n} rokov."]],
    "sl": [["Star sem {n} let.", "Starost: {n}"], ["Stara sem {n} let.", "Imam {n} let."]],
    "hr": [["Imam {n} godina.", "Dob: {n}"], ["Star sam {n} godina.", "Upravo sam napunila {n} godina."]],
    "hu": [["{n} éves vagyok.", "Életkor: {n}"], ["Most töltöttem be a {n}. évemet.", "{n} éves vagyok és nyugdíjas."]],
    "ro": [["Am {n} de ani.", "Vârsta: {n}"], ["Eu am {n} de ani.", "Tocmai am împlinit {n} de ani."]],
    "lv": [["Man ir {n} gadi.", "Vecums: {n}"], ["Esmu {n} gadus vecs.", "Man ir {n} gadu."]],
    "lt": [["Man {n} metų.", "Amžius: {n}"], ["Man yra {n} metai.", "Esu {n} metų."]],
    "et": [["Olen {n} aastat vana.", "Vanus: {n}"], ["Ma olen {n}-aastane.", "Olen {n} aastane."]],
    "el": [["Είμαι {n} ετών.", "Ηλικία: {n}"], ["Είμαι {n} χρονών.", "Έκλεισα τα {n}."]],
    "ru": [["Мне {n} лет.", "Возраст: {n}"], ["Мне уже {n} года.", "Мне исполнилось {n} лет."]],
    "uk": [["Мені {n} років.", "Вік: {n}"], ["Мені вже {n} роки.", "Мені виповнилося {n} років."]],
    "tr": [["{n} yaşındayım.", "Yaş: {n}"], ["Ben {n} yaşındayım.", "Geçen ay {n} yaşına girdim."]],
    "sw": [["Nina miaka {n}.", "Umri: {n}"], ["Mimi nina umri wa miaka {n}.", "Umri wangu ni miaka {n}."]],
    "id": [["Umur saya {n} tahun.", "Saya berusia {n} tahun."], ["Usia: {n}", "Saya sudah {n} tahun."]],
    "hi": [["मैं {n} साल का हूँ।", "मेरी उम्र {n} साल है।"], ["उम्र: {n}", "मैं {n} वर्ष की हूँ।"]],
    "ar": [["عمري {n} سنة.", "العمر: {n}"], ["أنا عمري {n} عاماً.", "أبلغ من العمر {n} عاماً."]],
    "zh": [["我今年{n}岁。", "年龄：{n}"], ["我已经{n}岁了。", "本人{n}岁。"]],
}
# the clean twin: no person; numbers that are no address or age, towns in impersonal sentences
CLEAN = [
    ["Order 48213 was shipped; see room 4, floor 3.", "Ticket 5521 is open, gate 12, terminal 2.",
     "The device has a 5-year warranty.", "That model came out 10 years ago.",
     "Shirt size 42, shoe size 38, box of 12.", "The {town} branch opens at 9 on Mondays."],
    ["Invoice 77310 covers units 3 to 8 on level 2.", "Case 6092 moved to row 14, seat 7.",
     "Warranty: 3 years, extendable to 5.", "The policy changed 15 years ago.",
     "Pack of 24, 500 ml each, size 10.", "Weather in {town} will be sunny tomorrow."],
]


def _mimesis(loc: str) -> dict:
    import mimesis

    base = Path(mimesis.__file__).parent / "datasets" / loc
    return {"addr": json.loads((base / "address.json").read_text(encoding="utf-8")),
            "person": json.loads((base / "person.json").read_text(encoding="utf-8"))}


def _fmt_code(rng: random.Random, fmt: str) -> str:
    return "".join(str(rng.randint(0, 9)) if c == "#" else rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") if c == "@" else c
                   for c in fmt)


def _name(rng: random.Random, d: dict) -> str:
    p = d["person"]
    first = p.get("names", p.get("first_names", {}))
    firsts = first.get("male", []) + first.get("female", []) if isinstance(first, dict) else list(first)
    lasts = p.get("surnames", p.get("last_names", []))
    lasts = lasts.get("male", []) + lasts.get("female", []) if isinstance(lasts, dict) else list(lasts)
    if not firsts or not lasts:  # a locale without a list of its own (mimesis "kk" has no surnames)
        return _name(rng, _mimesis("en"))
    return f"{rng.choice(firsts)} {rng.choice(lasts)}"


def _town(rng: random.Random, d: dict) -> str:
    return rng.choice([c for c in d["addr"]["city"] if c.strip()]).strip()


def _street(rng: random.Random, d: dict, bare: bool) -> str:
    a = d["addr"]["street"]
    name = rng.choice(a["name"])
    if bare or not a.get("suffix") or any(x.casefold() in name.casefold().split() for x in a["suffix"]):
        return name  # (mimesis's Slovak names hold their street word already: "Adámiho ulica")
    sfx = rng.choice(a["suffix"])
    fmt = d["addr"].get("address_fmt", "")
    before = "st_sfx" in fmt and fmt.index("st_sfx") < fmt.index("st_name")
    return f"{sfx} {name}" if before else f"{name} {sfx}"


def make(per_lang: int, seed: int, half: str, clean: bool = False) -> list[dict]:
    rng = random.Random(f"{seed}-{half}-{clean}")
    h = 0 if half == "a" else 1
    data: dict[str, dict] = {}

    def d(loc: str) -> dict:
        if loc not in data:
            data[loc] = _mimesis(loc)
        return data[loc]

    out = []
    for lang, own in LANGS.items():
        for i in range(per_lang):
            loc = own if own and rng.random() < 0.5 else rng.choice(FOREIGN)
            src = d(loc)
            person = _name(rng, d(own or rng.choice(FOREIGN)))
            if clean:
                t = CLEAN[h][i % len(CLEAN[h])].format(town=_town(rng, src))
                out.append({"record": {"id": len(out), "text": t}, "lang": lang, "shape": "clean", "planted": [],
                            "values": []})
                continue
            recs = []
            # an address in one of four layouts
            street = _street(rng, src, bare=rng.random() < 0.4)
            num = str(rng.randint(1, 199))
            pc = _fmt_code(rng, src["addr"].get("postal_code_fmt") or "#####").replace("DK-", "")
            town = _town(rng, src)
            layout = i % 4
            if layout == 0:
                addr = f"{street} {num}, {pc} {town}"
            elif layout == 1:
                addr = f"{pc} {town}, {street} {num}"
            elif layout == 2:
                addr = f"{street} {num}, {town} {pc}"
            else:
                street = rng.choice(src["addr"]["street"]["name"]) + " Road"
                addr = f"{street}, House No. {num}, {town}"
            parts = [("STREET_ADDRESS", f"{street} {num}" if layout < 3 else street),
                     ("STREET_ADDRESS", pc if layout < 3 else num), ("STREET_ADDRESS", town)]
            recs.append((f"address{layout}", ADDR[lang][h][i % 2].format(addr=addr), parts))
            town2 = _town(rng, src)
            recs.append(("move", MOVE[lang][h][i % 2].format(town=town2), [("LOCATION", town2)]))
            n = str(rng.randint(18, 95))
            recs.append(("age", AGE[lang][h][i % 2].format(n=n), [("AGE", n)]))
            for shape, body, planted in recs:
                # (an e-mail in the signature: the record names someone whether or not the name is found, so
                # the default policy's ``locations: with_person`` targets its places)
                email = f"user{len(out)}@example.org"
                text = f"{body}\n{person} <{email}>"
                out.append({"record": {"id": len(out), "text": text}, "lang": lang, "shape": shape,
                            "planted": planted, "values": [v for _, v in planted] + [person, email]})
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
    ap.add_argument("--per-lang", type=int, default=6)
    ap.add_argument("--seed", type=int, default=0x9A1C)
    ap.add_argument("--half", choices=["a", "b", "both"], default="both")
    ap.add_argument("--misses", action="store_true", help="print the values left and the clean words lost")
    ap.add_argument("--by-lang", action="store_true", help="print the leak per language too")
    a = ap.parse_args()
    os.environ.setdefault("GOVERNED_TUNING_PSEUDONYM_KEY", "places9-benchmark-key-not-secret-0123456789")
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
                        print(f"    LOST {s['lang']}: {gone} in {flat(s['record'])!r} -> {out!r}")
                    left = [(k, v) for k, v in s["planted"]
                            if re.search(r"(?<!\w)" + re.escape(v) + r"(?!\w)", out) is not None]
                    if left and a.misses:
                        print(f"    MISS {s['lang']} {s['shape']} {[v for _, v in left]}: {flat(s['record'])!r} -> {out!r}")
                    if s["planted"]:
                        kind = s["planted"][0][0]
                        for g in (("kind", kind), ("shape", s["shape"]), ("lang", f"{kind} {s['lang']}")):
                            tab[g][0] += 1
                            tab[g][1] += bool(left)
                print(f"\n### half {half}, {name}: {len(samples)} records, gate verdict (default policy): {verdict}; "
                      f"content lost {lost}/{words} = {100 * lost / max(words, 1):.2f}%")
                for group in ("kind", "shape") + (("lang",) if a.by_lang else ()):
                    rows = sorted((g[1], v) for g, v in tab.items() if g[0] == group)
                    if rows:
                        print(" | ".join(f"{k} {b}/{n}" for k, (n, b) in rows))


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    main()
