"""Profile URLs, handles, dates of birth, ages, towns, street addresses and Latin-script names in chats written in
eight languages: leak per kind and language, on a DEV half and a HELD-OUT half, and false findings and content
lost on a clean twin (ordinary dates, durations, public web addresses).

    .venv/bin/python benchmarks/pii_latin6_dev.py [--half dev|heldout|both] [--per-language 24] [--misses]

Why: the sealed sets plant few profile URLs and few dates of birth written as each language writes them ("geb.
14.03.1987", "née le 3 mai 1992", "ur. 5 maja 1990"); a blind set leaked such values. Written by the engineer
who tunes the detector (latin6), so the DEV half is tuned on; the HELD-OUT half uses other sentence templates
(every second template of each kind and language) and another seed, and is looked at only to check a change.

Sources: people, towns, streets and postcodes from Faker in eight locales (the detector does not use Faker's
lists); dates written by babel's CLDR formats (long form) and each locale's numeric order; profile URLs of
social and code sites built from the person's name the ways people's real addresses are (the detector's site
list is written from the sites' public address formats, not from this file). Sentences are this file's own.

Scoring: ``PiiGate.scrub_records`` under the default policy with keyed tokens in place of surrogates (a
surrogate cannot then equal a planted value). A name leaks when its given or family name survives as a word
(case-blind); a town, street, handle or URL slug when its text survives; a date of birth when its text or its
digits in order survive; an age when its number survives beside its words. The clean twin counts records
changed and words lost. Nothing from the data is printed unless ``--misses`` (generated data only).
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

SEED = 0x1A76
LOCALES = {"en": "en_GB", "de": "de_DE", "fr": "fr_FR", "es": "es_ES", "it": "it_IT", "pt": "pt_BR", "nl": "nl_NL",
           "pl": "pl_PL"}
NUMERIC = {"en": "{d:02d}/{m:02d}/{y}", "de": "{d:02d}.{m:02d}.{y}", "fr": "{d:02d}/{m:02d}/{y}",
           "es": "{d:02d}/{m:02d}/{y}", "it": "{d:02d}/{m:02d}/{y}", "pt": "{d:02d}/{m:02d}/{y}",
           "nl": "{d:02d}-{m:02d}-{y}", "pl": "{d:02d}.{m:02d}.{y}"}

# {name} {given} {family} {lname} (lower case) {town} {street} {age} {dob} {url} {handle}
T: dict[str, dict[str, list[str]]] = {
    "en": {
        "PERSON": ["Hi, this is {name}, I still have not got my refund.", "Please pass this on to {name}.",
                   "hey it's {lname} again, the app keeps crashing", "I spoke to {given} on the phone yesterday.",
                   "Regards,\n{name}", "My colleague {name} will pick it up."],
        "LOCATION": ["I live in {town}.", "The parcel is stuck in {town}.", "We moved to {town} last year.",
                     "I'm from {town} originally."],
        "AGE": ["I'm {age} years old.", "my son is {age}", "Customer, aged {age}, asked for a refund.",
                "I am a {age}-year-old teacher."],
        "DOB": ["My date of birth is {dob}.", "DOB {dob}", "I was born on {dob}.", "born {dob} in case you need it"],
        "URL": ["My profile: {url}", "you can find me at {url}", "Here is my page {url} if that helps.",
                "see {url}"],
        "STREET": ["Please send it to {street}, {postcode} {town}.", "My new address: {street}, {town} {postcode}"],
        "CLEAN": ["The order shipped on {date}.", "Delivery takes 3-5 days.", "Our docs are at docs.python.org/3/.",
                  "The warranty is 2 years.", "Release 4.2 came out on {date}.", "See github.com/pandas-dev/pandas"],
    },
    "de": {
        "PERSON": ["Hallo, hier ist {name}, meine Erstattung fehlt noch.", "Bitte leiten Sie das an {name} weiter.",
                   "hallo, hier ist {lname}, die App stürzt ab", "Ich habe gestern mit {given} telefoniert.",
                   "Viele Grüße\n{name}", "Mein Kollege {name} holt das Paket ab."],
        "LOCATION": ["Ich wohne in {town}.", "Das Paket hängt in {town} fest.", "Wir sind nach {town} gezogen.",
                     "Ich komme aus {town}."],
        "AGE": ["Ich bin {age} Jahre alt.", "mein Sohn ist {age}", "Die Kundin, {age} Jahre, bittet um Erstattung.",
                "Ich bin {age}-jährig und Lehrerin."],
        "DOB": ["Mein Geburtsdatum ist der {dob}.", "geb. {dob}", "Ich bin am {dob} geboren.",
                "geboren am {dob}, falls Sie das brauchen"],
        "URL": ["Mein Profil: {url}", "Sie finden mich unter {url}", "Hier ist meine Seite {url}.", "siehe {url}"],
        "STREET": ["Bitte an {street}, {postcode} {town} schicken.", "Neue Adresse: {street}, {postcode} {town}"],
        "CLEAN": ["Die Bestellung wurde am {date} verschickt.", "Die Lieferung dauert 3-5 Tage.",
                  "Die Doku liegt unter docs.python.org/3/.", "Die Garantie beträgt 2 Jahre.",
                  "Version 4.2 kam am {date} heraus.", "Siehe github.com/pandas-dev/pandas"],
    },
    "fr": {
        "PERSON": ["Bonjour, c'est {name}, je n'ai toujours pas mon remboursement.", "Merci de transmettre à {name}.",
                   "salut c'est {lname}, l'appli plante encore", "J'ai eu {given} au téléphone hier.",
                   "Cordialement,\n{name}", "Mon collègue {name} viendra le chercher."],
        "LOCATION": ["J'habite à {town}.", "Le colis est bloqué à {town}.", "Nous avons déménagé à {town}.",
                     "Je viens de {town}."],
        "AGE": ["J'ai {age} ans.", "mon fils a {age} ans", "La cliente, {age} ans, demande un remboursement.",
                "Âgée de {age} ans, je suis enseignante."],
        "DOB": ["Ma date de naissance est le {dob}.", "né le {dob}", "Je suis née le {dob}.",
                "date de naissance : {dob}"],
        "URL": ["Mon profil : {url}", "vous pouvez me trouver sur {url}", "Voici ma page {url}.", "voir {url}"],
        "STREET": ["Merci d'envoyer au {street}, {postcode} {town}.", "Nouvelle adresse : {street}, {postcode} {town}"],
        "CLEAN": ["La commande est partie le {date}.", "La livraison prend 3 à 5 jours.",
                  "La doc est sur docs.python.org/3/.", "La garantie est de 2 ans.",
                  "La version 4.2 est sortie le {date}.", "Voir github.com/pandas-dev/pandas"],
    },
    "es": {
        "PERSON": ["Hola, soy {name} y todavía no tengo mi reembolso.", "Por favor, reenvíe esto a {name}.",
                   "hola soy {lname}, la app se cierra sola", "Ayer hablé con {given} por teléfono.",
                   "Saludos,\n{name}", "Mi compañero {name} lo recogerá."],
        "LOCATION": ["Vivo en {town}.", "El paquete está retenido en {town}.", "Nos mudamos a {town}.",
                     "Soy de {town}."],
        "AGE": ["Tengo {age} años.", "mi hijo tiene {age} años", "La clienta, de {age} años, pide un reembolso.",
                "Con {age} años soy profesora."],
        "DOB": ["Mi fecha de nacimiento es el {dob}.", "nacido el {dob}", "Nací el {dob}.",
                "fecha de nac.: {dob}"],
        "URL": ["Mi perfil: {url}", "me puedes encontrar en {url}", "Aquí está mi página {url}.", "ver {url}"],
        "STREET": ["Envíelo a {street}, {postcode} {town}.", "Nueva dirección: {street}, {postcode} {town}"],
        "CLEAN": ["El pedido salió el {date}.", "La entrega tarda de 3 a 5 días.",
                  "La documentación está en docs.python.org/3/.", "La garantía es de 2 años.",
                  "La versión 4.2 salió el {date}.", "Ver github.com/pandas-dev/pandas"],
    },
    "it": {
        "PERSON": ["Ciao, sono {name} e non ho ancora il rimborso.", "Per favore inoltrate a {name}.",
                   "ciao sono {lname}, l'app si chiude", "Ieri ho parlato con {given} al telefono.",
                   "Cordiali saluti,\n{name}", "Il mio collega {name} passerà a ritirarlo."],
        "LOCATION": ["Abito a {town}.", "Il pacco è fermo a {town}.", "Ci siamo trasferiti a {town}.",
                     "Sono di {town}."],
        "AGE": ["Ho {age} anni.", "mio figlio ha {age} anni", "La cliente, {age} anni, chiede un rimborso.",
                "A {age} anni faccio l'insegnante."],
        "DOB": ["La mia data di nascita è il {dob}.", "nata il {dob}", "Sono nato il {dob}.",
                "data di nascita: {dob}"],
        "URL": ["Il mio profilo: {url}", "mi trovate su {url}", "Ecco la mia pagina {url}.", "vedi {url}"],
        "STREET": ["Spedite a {street}, {postcode} {town}.", "Nuovo indirizzo: {street}, {postcode} {town}"],
        "CLEAN": ["L'ordine è partito il {date}.", "La consegna richiede 3-5 giorni.",
                  "La documentazione è su docs.python.org/3/.", "La garanzia è di 2 anni.",
                  "La versione 4.2 è uscita il {date}.", "Vedi github.com/pandas-dev/pandas"],
    },
    "pt": {
        "PERSON": ["Olá, aqui é {name} e ainda não recebi o reembolso.", "Por favor, encaminhe para {name}.",
                   "oi aqui é {lname}, o app fecha sozinho", "Ontem falei com {given} por telefone.",
                   "Atenciosamente,\n{name}", "Meu colega {name} vai buscar."],
        "LOCATION": ["Moro em {town}.", "A encomenda está parada em {town}.", "Nós nos mudamos para {town}.",
                     "Sou de {town}."],
        "AGE": ["Tenho {age} anos.", "meu filho tem {age} anos", "A cliente, de {age} anos, pede reembolso.",
                "Com {age} anos sou professora."],
        "DOB": ["Minha data de nascimento é {dob}.", "nascido em {dob}", "Nasci em {dob}.",
                "data de nasc.: {dob}"],
        "URL": ["Meu perfil: {url}", "pode me achar em {url}", "Esta é minha página {url}.", "veja {url}"],
        "STREET": ["Envie para {street}, {postcode} {town}.", "Novo endereço: {street}, {postcode} {town}"],
        "CLEAN": ["O pedido saiu em {date}.", "A entrega leva de 3 a 5 dias.",
                  "A documentação está em docs.python.org/3/.", "A garantia é de 2 anos.",
                  "A versão 4.2 saiu em {date}.", "Veja github.com/pandas-dev/pandas"],
    },
    "nl": {
        "PERSON": ["Hallo, met {name}, ik heb mijn terugbetaling nog niet.", "Stuur dit door naar {name}.",
                   "hoi met {lname}, de app crasht steeds", "Gisteren heb ik {given} gesproken.",
                   "Met vriendelijke groet,\n{name}", "Mijn collega {name} haalt het op."],
        "LOCATION": ["Ik woon in {town}.", "Het pakket ligt nog in {town}.", "We zijn naar {town} verhuisd.",
                     "Ik kom uit {town}."],
        "AGE": ["Ik ben {age} jaar oud.", "mijn zoon is {age}", "De klant, {age} jaar, vraagt geld terug.",
                "Op mijn {age}e ben ik begonnen als leraar."],
        "DOB": ["Mijn geboortedatum is {dob}.", "geb. {dob}", "Ik ben geboren op {dob}.",
                "geboren op {dob}, voor het geval dat"],
        "URL": ["Mijn profiel: {url}", "je vindt me op {url}", "Hier is mijn pagina {url}.", "zie {url}"],
        "STREET": ["Stuur het naar {street}, {postcode} {town}.", "Nieuw adres: {street}, {postcode} {town}"],
        "CLEAN": ["De bestelling is op {date} verzonden.", "Levering duurt 3-5 dagen.",
                  "De docs staan op docs.python.org/3/.", "De garantie is 2 jaar.",
                  "Versie 4.2 kwam uit op {date}.", "Zie github.com/pandas-dev/pandas"],
    },
    "pl": {
        "PERSON": ["Dzień dobry, tu {name}, nadal nie mam zwrotu.", "Proszę przekazać to {name}.",
                   "cześć tu {lname}, aplikacja się zawiesza", "Wczoraj rozmawiałem z {given} przez telefon.",
                   "Pozdrawiam,\n{name}", "Mój kolega {name} to odbierze."],
        "LOCATION": ["Mieszkam w {town}.", "Paczka utknęła w {town}.", "Przeprowadziliśmy się do {town}.",
                     "Pochodzę z {town}."],
        "AGE": ["Mam {age} lat.", "mój syn ma {age} lat", "Klientka, lat {age}, prosi o zwrot.",
                "Jako {age}-latka uczę w szkole."],
        "DOB": ["Moja data urodzenia to {dob}.", "ur. {dob}", "Urodziłam się {dob}.", "data ur.: {dob}"],
        "URL": ["Mój profil: {url}", "znajdziesz mnie na {url}", "Oto moja strona {url}.", "zobacz {url}"],
        "STREET": ["Proszę wysłać na {street}, {postcode} {town}.", "Nowy adres: {street}, {postcode} {town}"],
        "CLEAN": ["Zamówienie wysłano {date}.", "Dostawa trwa 3-5 dni.", "Dokumentacja jest na docs.python.org/3/.",
                  "Gwarancja wynosi 2 lata.", "Wersja 4.2 wyszła {date}.", "Zobacz github.com/pandas-dev/pandas"],
    },
}
KINDS = ("PERSON", "LOCATION", "AGE", "DOB", "URL", "STREET")
WORD = re.compile(r"\w+")


def _ascii(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().casefold()


def profile_url(rng: random.Random, given: str, family: str) -> tuple[str, str]:
    """A person's profile address as people paste it, and the part that names them."""
    g, f = _ascii(given).replace(" ", ""), _ascii(family).replace(" ", "").replace("'", "")
    shape = rng.randrange(9)
    if shape == 0:
        slug = f"{g}-{f}-{rng.choice(['', '%x' % rng.randrange(16**6)]) or rng.randrange(10, 999)}"
        return f"{rng.choice(['https://www.', 'https://', ''])}linkedin.com/in/{slug}", slug
    if shape == 1:
        slug = f"{g}.{f}"
        return f"{rng.choice(['https://www.', ''])}facebook.com/{slug}", slug
    if shape == 2:
        slug = f"{g[0]}{f}{rng.choice(['', str(rng.randrange(1, 99))])}"
        return f"{rng.choice(['https://', ''])}github.com/{slug}", slug
    if shape == 3:
        slug = f"{g}_{f}{rng.randrange(1, 99)}"
        return f"{rng.choice(['https://www.', ''])}instagram.com/{slug}", slug
    if shape == 4:
        slug = f"{g}{f}"
        return f"{rng.choice(['https://', ''])}x.com/{slug}", slug
    if shape == 5:
        slug = f"{g}.{f}"
        return f"https://www.tiktok.com/@{slug}", slug
    if shape == 6:
        slug = f"{g[0]}{f}"
        return f"https://www.{rng.choice(['uni-example.de', 'cs.example.edu', 'example.ac.uk'])}/~{slug}/", slug
    if shape == 7:
        slug = f"{g.capitalize()}_{f.capitalize()}{rng.randrange(1, 99)}"
        return f"https://www.xing.com/profile/{slug}", slug
    slug = f"{g}-{f}"
    return f"https://example-shop.com/users/{slug}", slug


def make(half: str, per_lang: int, seed: int) -> tuple[list[dict], list[dict]]:
    from babel.dates import format_date
    from faker import Faker

    rng = random.Random(seed + (0 if half == "dev" else 7919))
    pick = 0 if half == "dev" else 1
    samples, clean = [], []
    for lang, loc in LOCALES.items():
        fk = Faker(loc)
        fk.seed_instance(seed + sum(map(ord, lang)) + pick)
        tpl = {k: [t for i, t in enumerate(v) if i % 2 == pick] for k, v in T[lang].items()}
        for i in range(per_lang):
            given, family = fk.first_name(), fk.last_name()
            town = fk.city()
            age = rng.randrange(18, 90)
            born = dt.date(2026 - age, rng.randrange(1, 13), rng.randrange(1, 29))
            dob = format_date(born, format="long", locale=loc) if rng.random() < 0.5 else \
                NUMERIC[lang].format(d=born.day, m=born.month, y=born.year)
            url, slug = profile_url(rng, given, family)
            street, postcode = fk.street_address(), fk.postcode()
            name = f"{given} {family}"
            vals = {"name": name, "given": given, "family": family, "lname": name.lower(), "town": town,
                    "age": age, "dob": dob, "url": url, "street": street, "postcode": postcode}
            parts = [rng.choice(tpl[k]).format(**vals) for k in KINDS]
            rng.shuffle(parts)
            text = " ".join(parts)
            planted = [("PERSON", given), ("PERSON", family), ("LOCATION", town), ("AGE", str(age)),
                       ("DATE_OF_BIRTH", dob), ("URL_PERSON", slug), ("STREET_ADDRESS", street)]
            samples.append({"lang": lang, "record": {"id": f"{lang}-{i}", "text": text}, "planted": planted})
        for i in range(max(4, per_lang // 3)):
            day = dt.date(2026, rng.randrange(1, 13), rng.randrange(1, 29))
            date = format_date(day, format="long", locale=loc) if i % 2 else \
                NUMERIC[lang].format(d=day.day, m=day.month, y=day.year)
            text = " ".join(t.format(date=date) for t in rng.sample(T[lang]["CLEAN"], 3))
            clean.append({"lang": lang, "record": {"id": f"{lang}-c{i}", "text": text}, "planted": []})
    return samples, clean


def run(samples: list[dict]) -> list[str]:
    from governed_tuning.gates.pii import PiiGate
    from governed_tuning.policy import load_policy

    pol = load_policy("default").policy.pii
    tokens = pol.model_copy(update={"entities": {k: (r.model_copy(update={"action": "pseudonymize"})
                                                     if r.action == "surrogate" else r)
                                                 for k, r in pol.entities.items()}})
    outs, _ = PiiGate(tokens).scrub_records([s["record"] for s in samples])
    by_id = {o["id"]: o["text"] for o in outs}
    return [by_id.get(s["record"]["id"], "") for s in samples]


def survives(kind: str, value: str, out: str) -> bool:
    o = out.casefold()
    if kind == "DATE_OF_BIRTH":  # the record holds no other date: its year surviving is the date surviving
        year = re.search(r"\d{4}", value)
        return year is not None and re.search(rf"(?<!\d){year.group()}(?!\d)", out) is not None
    if kind == "AGE":
        return re.search(rf"(?<![\w<]){value}(?!\w)", out) is not None
    return re.search(rf"(?<!\w){re.escape(value.casefold())}(?!\w)", o) is not None


def lost(text: str, out: str, planted: list[tuple[str, str]]) -> tuple[int, int]:
    rest = text
    for _, v in sorted(planted, key=lambda p: -len(p[1])):
        rest = re.sub(rf"(?<!\w){re.escape(v)}(?!\w)", " ", rest, flags=re.I)
    kept: dict[str, int] = defaultdict(int)
    for w in WORD.findall(out):
        kept[w.casefold()] += 1
    n = gone = 0
    for w in WORD.findall(rest):
        n += 1
        if kept[w.casefold()] > 0:
            kept[w.casefold()] -= 1
        else:
            gone += 1
    return gone, n


def report(half: str, samples: list[dict], clean: list[dict], misses: bool) -> None:
    outs = run(samples + clean)
    planted_outs, clean_outs = outs[:len(samples)], outs[len(samples):]
    per: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    gone = words = 0
    for s, out in zip(samples, planted_outs):
        for kind, value in s["planted"]:
            hit = survives(kind, value, out)
            per[kind][s["lang"]][0] += hit
            per[kind][s["lang"]][1] += 1
            if hit and misses:
                print(f"    MISS {kind} {s['lang']}: {value!r} in {out!r}")
        g, n = lost(s["record"]["text"], out, s["planted"])
        gone, words = gone + g, words + n
    total = [0, 0]
    print(f"## {half}: {len(samples)} records, content lost {gone}/{words} = {100 * gone / max(1, words):.2f}%")
    for kind, langs in per.items():
        left = sum(v[0] for v in langs.values())
        n = sum(v[1] for v in langs.values())
        total[0] += left
        total[1] += n
        cells = " ".join(f"{lang} {v[0]}/{v[1]}" for lang, v in langs.items())
        print(f"{kind}: leaked {left}/{n} = {100 * left / max(1, n):.1f}% | {cells}")
    print(f"all kinds: leaked {total[0]}/{total[1]} = {100 * total[0] / max(1, total[1]):.1f}%")
    changed = cg = cn = 0
    for s, out in zip(clean, clean_outs):
        changed += out != s["record"]["text"]
        g, n = lost(s["record"]["text"], out, [])
        cg, cn = cg + g, cn + n
        if out != s["record"]["text"] and misses:
            print(f"    FALSE {s['lang']}: {out!r}")
    print(f"## {half} clean: {len(clean)} records, {changed} changed, content lost {cg}/{cn} = "
          f"{100 * cg / max(1, cn):.2f}%")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--half", default="dev", choices=("dev", "heldout", "both"))
    ap.add_argument("--per-language", type=int, default=24)
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--misses", action="store_true", help="print the values left (generated data only)")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    for half in (("dev", "heldout") if args.half == "both" else (args.half,)):
        samples, clean = make(half, args.per_language, args.seed)
        report(half, samples, clean, args.misses)
    return 0


if __name__ == "__main__":
    import hashseed  # the same data on every run: PYTHONHASHSEED=0 unless set

    hashseed.pin()
    raise SystemExit(main())
