"""The last word on a PERSON finding: is it a name in the language it stands in?

The detector's readers of names (the English NER model, the name list's lone words, lower-case pairs and lists,
"Label:" speaker lines) each see a person where a word looks like one. What they cannot see is the language:
in "Können Sie mir helfen", "Redémarrez la box", "Bună ziua", "ha llegado" or "toujours pas" the English
model or the noisy name list find people in ordinary foreign words. So each such finding is judged here, with
the language of its line (``languages.guess``):

- its edge words that are function words of that language, or common words, are not part of the name;
- in a line that is not English, a finding that owes its name to the model or the list (not to a naming context
  such as "mein Name ist", "Herr", "spoke with") must hold a lower-case word only as a name particle ("de",
  "van") and must hold a word that the name list ranks among the common names of some country and that is no
  function word of the line's language ("Konto", "Telefon" and "Dobrý" are too rare as names to count);
- anywhere, a product or a thing after an article is no person ("the Earl Grey", "a Ford Focus", "your Kindle
  Paperwhite"), unless a naming context found it; a speaker label or a lone line of English words ("Noted:",
  "City:", "Customer Care") is a label, not a person.

Only positions and kinds are handled; nothing is logged.
"""

from __future__ import annotations

import re

from .languages import NON_ENGLISH, around, english, function_word, greetings
from .letters import in_formula
from .products import PRODUCT_WORDS
from .recognizers import Finding

__all__ = ["judge_people", "judge_key"]

# capitalised articles that open a sentence and never a name ("Das Paket", "Il Servizio Clienti", "Der Artikel
# Lenovo"): not "Le", "La", "De", "El", "Den", "Les", "Lo", "Una", which open names too ("Le Thi Hoa", "Les", "Lo")
START_ARTICLES = frozenset("Il Der Die Das Dem Het Een Un Une Gli Los Las".split())
# lower-case articles and determiners of our users' languages: a capitalised word after one is a noun or a
# product ("den Wecker", "uno scaffale Malm"), a person only when a common given name ("la Giulia", "der Thomas")
ARTICLE_BEFORE_ML = re.compile(r"(?<![\w-])(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|le|la|les|un|une|"
                               r"el|los|las|il|lo|gli|uno|het|een|o|os|um|uma)[ \t]+$")
# what follows a product's brand or name: up to two capitalised words, then a model code or a model number
# or a variant's word ("Philips Flip 6", "Dyson V15 Detect", "Jabra Evolve2 65", "Julia 1.8", "Airfryer XXL"); a
# code with five digits in a row is an identifier's shape, not a model's ("Juan García 12345678Z")
PRODUCT_AFTER = re.compile(r"((?:[ \t]+[A-Z][\w'’-]*){0,2}?)[ \t]+(?:(?=[A-Za-z-]*\d)(?=\d*[A-Za-z])(?![\w-]*\d{5})"
                           r"([A-Za-z\d-]{2,12})"
                           r"|\d{1,6}(?:\.\d+)*|XXS|XS|XL|XXL|XXXL|Pro|Plus|Ultra|Mini|Lite|SE)(?![\w'’/:-]|[.,]\d)")
# a model code after a model number ("Serie 6 SMS6ZCI49E"), and a product's label in brackets after a product's
# name ("Siemens Magnifica S (SKU ...)", "(Artikelnummer ...)", "(varenummer ...)"); not a bare "ref.", which a
# person's invoice line has too ("Maria Lopez (ref. INV-001)")
CODE_AFTER = re.compile(r"[ \t]+(?=[A-Za-z-]*\d)(?=\d*[A-Za-z])(?![\w-]*\d{5})[A-Za-z\d-]{2,12}(?![\w'’-])")
PRODUCT_LABEL_AFTER = re.compile(rf"(?:[ \t]+[\w-]{{1,12}}){{0,2}}[ \t]*\((?i:{PRODUCT_WORDS}|"
                                 r"varenummer|tuotenumero|cikkszám|κωδικός|артикул|ürün kodu|商品コード|상품 코드)"
                                 r"(?![^\W_])")
# readers that see a name by its look alone (no naming context around it)
BY_LOOK = ("spacy_ner", "name_list_word", "speaker_label", "name_list_pair", "name_list_lower", "name_lists")
# readers that found the name by the words around it: their reading stands, only edges are trimmed
BY_CONTEXT = ("person_context", "lowercase_", "url_", "known_value", "name_propagation", "rescan")
PARTICLES = frozenset("van von vom zu der den de da das dos do du des del della di le la ter ten bin binti ibn al "
                      "el y e i auch".split())
WORD = re.compile(r"[^\W\d_][\w'’-]*")
# Vietnamese middle names ("văn" for men, "thị" for women, and the commonest others): a short word after one is the
# given name that closes the name ("Anh Văn An", "Chị Thị Lan"), though "An", "Le" are function words elsewhere
VI_MIDDLE = frozenset("văn thị van thi hữu huu đức duc công cong đình dinh".split())
ARTICLE_BEFORE = re.compile(r"(?i)(?<![\w-])(?:the|a|an|your|our|their|this|that|these|those|its)[ \t]+$")
FOREIGN_RANK = 1500  # in a line that is not English, a look-only name needs a word at least this common as a name
NAME_RANK = 1000  # a speaker label, or a lower-case pair in a line that is not English, needs names this common
ARTICLES = frozenset("el la le les lo los las il gli un una une der die das dem den des het een".split())
# "Product: Victoria Sponge", "Modell: Ford Focus": the value of a field that names a thing is no person
THING_LABEL = re.compile(
    r"(?im)^[ \t]*(?:product|item|article|sku|model|title|subject|category|brand|device|plan|tariff|service|"
    r"package|status|city|country|region|location|company|organi[sz]ation|department|project|colou?r|size|type|"
    r"course|book|film|movie|song|album|flavou?r|variant|edition|produkt|artikel|modell|marke|tarif|ort|stadt|"
    r"produit|modèle|ville|pays|producto|modelo|ciudad|país|prodotto|modello|città|produto|cidade|product|"
    r"plaats|stad|vare|by|produkt|výrobek|mesto|město|oraș|termék|продукт|товар|город|προϊόν|πόλη)"
    r"[ \t]*:[ \t]*$")
THING_FIELD = re.compile(THING_LABEL.pattern[:-1], THING_LABEL.flags)  # the label, then its value on the line
THING_VALUE_WORDS = 6  # a thing's name is short: a longer value is a sentence, read as such


def _in_thing_value(text: str, line_s: int, line_e: int, f: Finding) -> bool:
    """Whether ``f`` lies inside the value of a field that names a thing ("product: Sony Magnifica S", where
    readers find "Sony Magnifica" and "Magnifica S" apart): a short value, all of it the thing's name."""
    m = THING_FIELD.match(text, line_s, f.start)
    return m is not None and m.end() <= f.start and len(WORD.findall(text, m.end(), line_e)) <= THING_VALUE_WORDS


SUFFIXES = frozenset("ii iii iv jr sr dds md phd dvm esq".split())  # "koch ii", "smith jr."
# a model code after a name makes it a product's: letters and digits mixed ("V15", "X1", "S9", "5G")
MODEL_CODE = re.compile(r"[ \t]+(?=[A-Za-z-]*\d)(?=\d*[A-Za-z])[A-Za-z\d]{2,6}(?:-[A-Za-z\d]{1,6})?(?![\w'’-])")
VERSION_AFTER = re.compile(r"[ \t]+\d{1,3}(?:\.\d+)*(?![\w'’/:-]|[.,]\d)")  # "Java 21", "Office 2.1"
VOCATIVE_BEFORE = re.compile(r"(?i)(?<![\w-])(?:hi|hey|hello|dear|thanks|thank you|cheers|ask|tell|call)[ \t,]*$")
OBJECT_AFTER = re.compile(r"[ \t]+(?:it|them|me|us|him|her|this|that)\b")  # "Bill it", "Ship them"
# where a parcel or a traveller goes: a known town after these is the town ("left Lyon", "via Porto")
TRAVEL_BEFORE = re.compile(r"(?i)(?<![\w-])(?:left|leaves|leaving|departed|departs|reached|reaches|via|through|"
                           r"(?:arrived|arrives|arriving|landed|shipped|dispatched|sent|routed|held|stuck|"
                           r"delayed|hub|depot|warehouse)[ \t]+(?:in|at|from|to|through))[ \t]+$")
# the end of a field's label: a gendered ending ("Patient(e):", "Empleado/a:") and the colon
LABEL_END = re.compile(r"[ \t]*(?:\([a-z]{1,2}\)|/[a-z]{1,2})?[ \t]*:")
# a small count right before a word: the word is what is counted ("10 Tage"), no person ("call 555 0132 Maria"
# has a longer number; "Room 5 Maria" is rarer than "5 Tage")
COUNT_BEFORE = re.compile(r"(?<![\w.,:/#+-])\d{1,3}[ \t]+$")
CLAUSE_END = re.compile(r"[ \t]*(?:[.,;:!?)]|$)")
OPENS_SENTENCE = re.compile(r"(?:^|(?<=\n)|[.!?:][ \t]+)[ \t\"“'(]*$")
# (past one number or code: "Zamówienie 466436610 zostało wysłane", "Bestellung A-4411 wurde versandt")
LOWER_AFTER = re.compile(r"[ \t]+(?:[#\w-]*\d[\w.,/#-]*[ \t]+)?[a-zà-öø-ÿ]")
# courtesy words of English and of our users' languages, which no name holds inside it
COURTESY = frozenset("thanks thank thx cheers regards hi hello dear".split())
# where a field's label starts: a line's start (after quoting or a bullet), or a sentence's end on the line
LABEL_START = re.compile(r"(?:^|(?<=\n)|[.!?;|][ \t]+)[ \t>*-]*$")
ELIDED = re.compile(r"^(?:[dlmnstcjq]|qu)['’]", re.I)  # French/Italian elision: "m'appelle", "l'adresse"


# relations and titles that stand before a name and are no part of it ("Sohn Justin", "fils Lucas")
KIN = frozenset("sohn tochter bruder schwester mutter vater kollege kollegin fils fille frère sœur mère père "
                "hijo hija hermano hermana madre padre filho filha irmão irmã mãe pai figlio figlia zoon dochter "
                "søn datter sønn dotter syn dcera dcéra fiul fiica сын дочь γιος κόρη".split())


def _common(word: str, langs, is_common) -> bool:
    """A word of the line's language that is no name ("else" is English "else" but a Danish name)."""
    from spacy.lang.en.stop_words import STOP_WORDS

    common = is_common(word) and (english(langs) or word.casefold() not in STOP_WORDS)
    return common or function_word(word, langs) or word.casefold() in KIN or word.casefold() in greetings() or (
        ELIDED.match(word) is not None and (is_common(word[2:]) or function_word(word[2:], NON_ENGLISH)))


def _trim(text: str, f: Finding, langs, is_common) -> Finding | None:  # noqa: C901 - one edge rule each
    """``f`` without edge words that are function or common words of the line's languages; None if nothing
    is left."""
    words = list(WORD.finditer(text, f.start, f.end))
    capitals = any(w.group()[0].isupper() for w in words)
    while words and (_common(words[0].group(), langs, is_common) or (
            capitals and words[0].group()[0].islower() and words[0].group().casefold() not in PARTICLES) or (
            words[0].group() in START_ARTICLES and (len(words) > 1 or words[0].group() != "Das"))):
        if len(words) > 1 and _given_before_name(words[0].group(), words[1].group(), is_common):
            break  # "Dag Jørgensen", "Sam De Schepper": a common given name that is also a function word
        words.pop(0)  # "ex-Zombie Lundberg": a lower-case word before a capitalised name is not part of it
    while words and (_common(words[-1].group(), langs, is_common) or words[-1].group().casefold() in PARTICLES):
        last = words[-1].group()
        if len(words) >= 2 and len(last) <= 3 and last.istitle() and (words[-2].group().casefold() in VI_MIDDLE or (
                len(words) > 2 and words[-2].group().casefold() in PARTICLES)):
            break  # "Nguyen Van An", "Tran Thi Le": a short given name closing a family-name-first name
        if len(words) > 1 and f.source.startswith(BY_CONTEXT) and last[0].isupper() and \
                words[-2].group()[0].isupper() and not is_common(last) and _surname(last):
            break  # "me llamo Ana Bueno": a capitalised surname that is also a function word
        if len(words) >= 2 and given_then_listed_family(words[-2].group(), last):
            break  # "Kwame Asante", "kofi asante": a family name that is a courtesy word elsewhere
        if len(words) == 2 and f.source.startswith(BY_CONTEXT) and len(words[0].group()) == 1 and \
                words[0].group().isupper() and last[0].isupper() and not is_common(last):
            break  # "Paciente: D. Fim": an initial and a family name
        words.pop()
    if not words:
        return None
    s, e = words[0].start(), words[-1].end()
    if (s, e) == (f.start, f.end):
        return f
    return Finding(s, e, f.entity, f.score, f.source)


GIVEN_BEFORE_FAMILY = 2000  # a given name this common before a family name that NOT_NAMES also holds


def given_then_listed_family(given: str, family: str) -> bool:
    """A ranked given name, then a family name that ``NOT_NAMES`` holds as a courtesy word or a month of another
    language (``names.listed_family``), both written alike (both capitalised or both lower case)."""
    from .names import gazetteer, listed_family

    return given[:1].isupper() == family[:1].isupper() and listed_family(family) and \
        0 < gazetteer().ranks(given)[0] <= GIVEN_BEFORE_FAMILY


def judge_people(text: str, findings: list[Finding], is_common) -> list[Finding]:
    """``findings`` with PERSON findings that are no name in their line's language dropped or trimmed."""
    if not any(f.entity == "PERSON" for f in findings):
        return findings
    from .names import (LONE_RANK, POSSESSIVE, by_person_noun, english_or_unknown, gazetteer, qualifies_noun,
                        title_of_thing)

    g = gazetteer()
    out = []
    for f in findings:
        if f.entity != "PERSON":
            out.append(f)
            continue
        if in_formula(text, f.start, f.end):
            continue  # "Sehr geehrte Damen und Herren", "Caro cliente", "Bien cordialement": a letter's formula
        if _label_before_colon(text, f):
            continue  # "Reisepass: verloren", "Pasaporte: caducado": an identifier's or a field's label
        by_look = f.source.startswith(BY_LOOK) and f.source != "name_list_lower"  # a list is judged whole
        langs = around(text, f.start, f.end)
        words = WORD.findall(text, f.start, f.end)
        if by_look and f.source.startswith("spacy_ner") and any(w[0].isupper() for w in words) and any(
                w.split("-")[-1][:1].islower() and w.casefold() not in PARTICLES for w in words):
            core = _capitalised_core(text, f)
            if core is None:
                continue  # "Redémarrez la box", "Dotaz k objednávce": a phrase, not a name (a recased name is all lower)
            # "dzwoniła Stefan w sprawie", "soitti Jouko laskusta": the English model runs a name on into the
            # words of a language it does not read; the capitalised words are judged as a name of their own
            f = core
            words = WORD.findall(text, f.start, f.end)
        if f.source.startswith("spacy_ner") and len(words) > 1:
            cut = next((m for m in WORD.finditer(text, f.start, f.end)
                        if m.start() > f.start and m.group().casefold() in COURTESY), None)
            if cut is not None:  # "Nicholas Land Thanks Mandy": run-on text; the name is what the thanks greets
                greeted = WORD.search(text, cut.end(), f.end)
                if greeted is None:
                    continue
                f = Finding(greeted.start(), f.end, f.entity, f.score, f.source)
                words = WORD.findall(text, f.start, f.end)
        if f.source == "speaker_label" and not _speaker(text, f, words, langs):
            continue  # "Noted:", "Telefon:", "Qty:", "Ciudad:": a field's label
        if by_look and f.source.startswith("spacy_ner") and not any(w[0].isupper() for w in words) and \
                not _recased(text, f):
            continue  # "несколько данных": lower-case words the model read as a name without an introduction
        if f.source.startswith("name_list_pair"):
            words = [w for w in words if w.casefold().rstrip(".") not in SUFFIXES] or words
        # a lower-case pair is judged against every language's function words, a capitalised one ("Agus Santoso":
        # "agus" is Basque) against its line's
        pair_langs = langs if f.source == "name_list_pair_capitalised" else NON_ENGLISH
        if f.source.startswith("name_list_pair") and words and (
                (function_word(words[0], pair_langs) and words[0].casefold() not in PARTICLES) or (
                function_word(words[-1], pair_langs) and not (len(words) > 2 and words[-2].casefold() in PARTICLES))):
            continue  # "om ordre", "og åpne", "toujours pas": a function word of some language ("van der meer" is a name)
        if by_look and (_header_cell(text, f) or _thing_column(text, f)):
            continue  # "nombre;fecha;Ciudad": a column's name in a CSV header; a cell under "product"
        if cldr_thing(text[f.start:f.end], words_too=by_look):
            continue  # "Schweizer Franken", "franco suizo", "Reino Unido", "Temmuz": a currency, a country, a month
        if by_look and in_date(text, f.start, f.end):
            continue  # "9. Juli 2026", "2 Eylül 2013", "3 Temmuz 2026 Cuma": a month or weekday written in a date
        if any(code_identifier(w) for w in words):
            continue  # "failed with: ValueError", "NumPy", "PyPI", "PlayStation": a name in code, no person
        if f.source == "person_context_2" and WEAK_BEFORE.search(text, max(0, f.start - 12), f.start):
            # "pipelining with Python functions", "a tool from Google": a person there, as read, but a capitalised
            # word after "with" or "from" is as often a thing, too weak a reading to scrub its words dataset-wide
            f = Finding(f.start, f.end, f.entity, f.score, "weak_context_name")
        if f.source in ("person_context_2", "person_context_ml_label") and _under_generic_label(text, f):
            if _thing_under_bare_name(text, f):
                continue  # "name: Lamp", "name: Paper Tray": a product's name of ordinary words, no common name
            # "name: Jasmine Green Tea" (a JSON product's "name" reads so too): a person here, as the re-scan's
            # labelled-field pass reads it, but too weak a reading to scrub its words dataset-wide
            f = Finding(f.start, f.end, f.entity, f.score, "generic_label_name")
        if f.source == "spacy_ner" and " " not in text[f.start:f.end] and _place_not_name(text[f.start:f.end]):
            continue  # "Cluj", "Lyon": a town the model read as a person
        if text.startswith("://", f.end):
            continue  # "https://": a scheme, not a name on a line of its own
        t = f if f.source in ("name_list_lower", "url_person", "lowercase_again", "person_context_label_whole",
                              "person_context_ml_family_whole") else \
            _trim(text, f, langs, is_common)  # a list member stands whole
        if t is None:
            continue
        opening = WORD.match(text, f.start)
        if t.start > f.start and opening is not None and opening.group() in START_ARTICLES \
                and (f.source.startswith("name_list_pair") or (by_look and _thing_words(text[t.start:t.end]))):
            continue  # "Das Paket", "Der Artikel Lenovo Vertuo": an article and a noun or a product, no name
        if not english(langs):
            if by_look:
                kept = WORD.findall(text, t.start, t.end)
                if any(w[0].islower() and w.casefold() not in PARTICLES for w in kept) and \
                        f.source.startswith(("spacy_ner", "name_list_word", "speaker_label")) and not (
                        f.source.startswith("spacy_ner") and _recased(text, f)):
                    continue  # "Dienstag zugestellt", "necesita su propia cuenta": a phrase, not a name
                if not any(not function_word(w, langs) and 0 < g.best(w) <= FOREIGN_RANK for w in kept):
                    continue
                if f.source.startswith(("name_list_pair", "name_list_lower")) and (t != f or any(
                        w.casefold() in ARTICLES or (w.casefold() not in PARTICLES and not 0 < g.best(w) <= NAME_RANK)
                        for w in kept)) and not (t == f and _given_then_family(f.source, kept, langs, g)):
                    continue  # "almacén el martes", "ans de garantie", "om ordre": words of the line's language
        f = t
        if by_look and (title_of_thing(text[f.start:f.end]) or (
                _thing_name(text[f.start:f.end]) and qualifies_noun(text, f.start, f.end))):
            continue  # "Earl Grey", "Jersey Cow cheese", "Rose Gold case": a thing, named by English words or places

        if (by_look or f.source.startswith("person_context_")) and MODEL_CODE.match(text, f.end):
            continue  # "the Dyson V15 Detect", "Galaxy Tab S9": a product before its model code
        if by_look and _product_before_model(text, f):
            continue  # "Philips Flip 6", "Jabra Evolve2 65": a brand and a product's name before its model
        if by_look and " " not in text[f.start:f.end] and \
                ARTICLE_BEFORE_ML.search(text, max(0, f.start - 8), f.start) and \
                not 0 < g.ranks(text[f.start:f.end])[0] <= NAME_RANK:
            continue  # "hat den Wecker gestellt", "ho comprato uno scaffale Ingolf": a noun after its article
        v = VERSION_AFTER.match(text, f.end)
        if v and ((by_look and ARTICLE_BEFORE.search(text, max(0, f.start - 8), f.start)) or (
                f.source.startswith("person_context_") and text[v.end():v.end() + 1] in ("", "\n"))):
            continue  # "escalated the Sonos Era 100 refund", "name: Sonos Era 100": a product and its model number
        if f.source == "spacy_ner" and " " not in text[f.start:f.end] and \
                TRAVEL_BEFORE.search(text, max(0, f.start - 24), f.start) and _known_town(text[f.start:f.end]):
            continue  # "the parcel left Lyon on 29.12.2026": a town a parcel travels through, not Mr Lyon
        if by_look and _thing_name(text[f.start:f.end]) and (VERSION_AFTER.match(text, f.end) or (
                " " not in text[f.start:f.end] and OBJECT_AFTER.match(text, f.end) and _verb(text[f.start:f.end])
                and not VOCATIVE_BEFORE.search(text, max(0, f.start - 16), f.start))):
            continue  # "Java 21 required", "then Bill it": an English word as a product's name or a verb
        if f.source.startswith(("name_list_word", "spacy_ner")) and " " not in text[f.start:f.end] and \
                OPENS_SENTENCE.search(text, max(0, f.start - 4), f.start) and _foreign_after(text, f.end) and \
                not 0 < g.best(text[f.start:f.end]) <= NAME_RANK:
            continue  # "Quiero cancelar la suscripción", "Primeros pasos", "Zamówienie zostało wysłane": a sentence's
            # first word, capitalised as such, rarely a name (before an English word it is: "Kadiev and Adams were")
        if by_look and f.source != "speaker_label" and len(WORD.findall(text, f.start, f.end)) == 1 and \
                COUNT_BEFORE.search(text, max(0, f.start - 8), f.start) and CLAUSE_END.match(text, f.end):
            continue  # "after 10 Tage.", "in 3 Wochen,": a noun counted, not a person ("518 Árpád fejedelem útja")
        if by_look and all(noun_by_suffix(w) for w in words):
            continue  # "Bestellnummer", "Lieferung", "Kündigung": a noun by its ending, no name
        if (by_look or f.source.startswith("person_context_")) and QTY_BEFORE.search(text, max(0, f.start - 16), f.start):
            continue  # "40 x Tommy Hilfiger polo", "15 Stück Morphy Richards": an invoice line's item, counted
        one = " " not in text[f.start:f.end].strip()
        if by_look and ((MY_BEFORE.search(text, max(0, f.start - 12), f.start) and (
                not one or not 0 < g.best(text[f.start:f.end]) <= MY_NAME_RANK)) or (
                one and YOUR_BEFORE.search(text, max(0, f.start - 12), f.start) and
                not 0 < g.best(text[f.start:f.end]) <= MY_NAME_RANK)):
            continue  # "my Ember Mug", "mein Grafana", "mi Rocky Linux", "mój Fitbit": a thing one owns (a person
            # after "my" is named with the relation: "my sister Ana"; a common given name alone stays a name)
        if f.source == "spacy_ner_name_shape" and " " not in text[f.start:f.end].strip() and \
                "-" not in text[f.start:f.end] and \
                not 0 < g.best(POSSESSIVE.sub("", text[f.start:f.end])) <= LONE_RANK:
            continue  # "Northwind's support assistant": one word the model files as a firm that no country names
        if by_look and f.source != "speaker_label":
            if _article_before(text, f.start, langs) and _thing_words(text[f.start:f.end]) \
                    and not by_person_noun(text, f.end):
                continue  # "the Earl Grey", "your Kindle Paperwhite": a thing ("the Castro novel" is a person's)
            line_s = text.rfind("\n", 0, f.start) + 1
            line_e = text.find("\n", f.end)
            line_e = len(text) if line_e < 0 else line_e
            rest = text[f.end:line_e]
            if rest.strip() == "" and THING_LABEL.match(text, line_s, f.start):
                continue  # "Product: Victoria Sponge"
            if _in_thing_value(text, line_s, line_e, f):
                continue  # "product: Sony QuietComfort Ultra", "Modell: Seat Leon FR": a part of a thing's name
            if (_label_rest(rest, WORD.findall(text, f.start, f.end)) or LABEL_END.match(rest)) and \
                    LABEL_START.search(text, line_s, f.start) and \
                    not _speaker(text, f, WORD.findall(text, f.start, f.end), langs):
                continue  # "Ville: ...", "Telefon: ...", "room B5. Årsak: (none)": the label of a field
        if f.source.startswith("person_context_") and f.source != "person_context_honorific" and \
                len(WORD.findall(text, f.start, f.end)) == 1 and \
                _english_word(text[f.start:f.end]) and not _labelled_surname(f, text[f.start:f.end]):
            # (after a courtesy title, "g. Sever", "Mr. Baker", the word is the name: honorifics.py)
            continue  # "Customer Care Team" -> "Care": an English word left alone by the trim, no name
        if f.source.startswith("person_context_") and _article_before(text, f.start, langs) \
                and not by_person_noun(text, f.end) \
                and _thing_words(text[f.start:f.end]):
            continue  # "Hi,\n\nThe Kindle Paperwhite ships": the greeting's object is a thing
        if f.source == "person_context_4" and _english_thing(text[f.start:f.end]):
            continue  # a line "Kindle Paperwhite": an English word that is no common name makes it a thing
        if f.source == "person_context_4" and english_or_unknown(text[f.start:f.end], is_common):
            continue  # a line of English words ("Customer Care") is a heading or a team, not a signature
        out.append(f)
    return out


NOUN_CAPITALS = frozenset({"de", "lb"})  # languages that write every noun with a capital ("Rosa Farbe")


def _given_then_family(source: str, words: list[str], langs, g) -> bool:
    """A capitalised pair that is a common given name, then a word the name list knows as a family name and
    no language's function word ("a Concetta Lussu", "a Jacobo Campoy"): family names are many and each rare,
    so the second word need not be common. Not in a language that capitalises its nouns."""
    if source != "name_list_pair_capitalised" or len(words) != 2 or langs & NOUN_CAPITALS:
        return False
    given, family = words
    return (0 < g.ranks(given)[0] <= NAME_RANK and g.ranks(family)[1] > 0 and family[0].isupper()
            and not function_word(family, NON_ENGLISH) and given.casefold() not in ARTICLES)


def _article_before(text: str, start: int, langs) -> bool:
    """An English article or determiner right before ``start``; "a" and "an" only in an English line (they are
    prepositions in German, Spanish, Italian, Portuguese and Romanian: "an Boris Tlustek", "a Concetta Lussu")."""
    m = ARTICLE_BEFORE.search(text, max(0, start - 8), start)
    return m is not None and (english(langs) or m.group().strip().casefold() not in ("a", "an"))


def _capitalised_core(text: str, f: Finding) -> Finding | None:
    """The finding without the lower-case words at its edges, when what is left is capitalised words only (name
    particles between them allowed); None when a lower-case word stands inside or nothing is left."""
    found = list(WORD.finditer(text, f.start, f.end))
    lower = [m.group().split("-")[-1][:1].islower() and m.group().casefold() not in PARTICLES for m in found]
    if all(lower):
        return None
    a = lower.index(False)
    b = len(lower) - lower[::-1].index(False)
    if any(lower[a:b]) or found[a].group().casefold() in PARTICLES:
        return None
    if OPENS_SENTENCE.search(text, max(0, found[a].start() - 4), found[a].start()):
        return None  # "Záruka je 2 roky", "Ürün 2 yıl": a sentence's first word, capitalised as such
    return Finding(found[a].start(), found[b - 1].end(), f.entity, f.score, f.source)


def _product_before_model(text: str, f: Finding) -> bool:
    """Whether ``f`` is a product's brand or name: a model code or number follows it, after at most two
    capitalised words, and a model code ("Evolve2", "HD9270") is there or a word of ``f`` or between is an
    English word that is no common name ("Flip", "Series", "Classic"). "Maria Lopez 42" holds only names and a
    bare number, "Anna Przybysz 34" a rare name: a person and a number, kept."""
    from .names import _english_form

    if PRODUCT_LABEL_AFTER.match(text, f.end):
        return True
    m = PRODUCT_AFTER.match(text, f.end)
    if m is None:
        return False
    if m.group(2) or CODE_AFTER.match(text, m.end()):
        return True
    words = WORD.findall(text, f.start, f.end) + WORD.findall(m.group(1))
    return any(_english_form(w) and _thing_words(w) for w in words if len(w) > 1)


def _labelled_surname(f: Finding, word: str) -> bool:
    """Whether a lone word under a person's label ("Nome: Calvino", "Name: Pavarotti") is a name the list knows
    that WordNet holds only as a noun: WordNet lists famous people's surnames as nouns, and a label says it is a
    name here (an English verb or adjective, "Nome: Care", stays a word)."""
    from .names import _wordnet, gazetteer

    return f.source == "person_context_ml_label" and 0 < gazetteer().best(word) and \
        word.casefold() not in _wordnet()[1]


KEY_NAME_RANK = 1000  # a one-word key read as a person only by its look must be a name this common somewhere


def judge_key(key: str, findings: list[Finding]) -> list[Finding]:
    """A dict key's or a column's findings without the PERSON ones that owe everything to the word's look when
    the key is one word that no country ranks among its common names: "Cantidad", "Tanggal", "Qty", "Fecha",
    "Quantità" head columns of a shop's records (a key is a label far more often than a person); a key that is
    a person's name ("Maria", "Dana White", "dana.white@example.com") keeps its findings."""
    if not any(f.entity in ("PERSON", "LOCATION") for f in findings):
        return findings
    from .names import gazetteer

    words = WORD.findall(key)
    if ordinary_key(key, words) or shop_label(key):
        return [f for f in findings if f.entity not in ("PERSON", "LOCATION") or not f.source.startswith(BY_LOOK)]
    if len(words) != 1 or len(key.strip()) != len(words[0]):
        return findings
    if 0 < gazetteer().best(words[0]) <= KEY_NAME_RANK:
        return findings
    return [f for f in findings if f.entity != "PERSON" or not f.source.startswith(BY_LOOK)]


def shop_label(key: str) -> bool:
    """A key that is, whole, a product's or a shop reference's label in one of our users' languages
    ("Artikelnr.", "SKU", "Bestellnummer", "Č. objednávky": ``products``)."""
    from .products import PRODUCT_BEFORE, REFERENCE_BEFORE

    label = f"{key.strip().rstrip('.')}: "
    return len(key) <= 40 and any((m := p.search(label)) is not None and m.start() == 0
                                  for p in (PRODUCT_BEFORE, REFERENCE_BEFORE))


KEY_DICT_GUARD = 100  # a key's word that some country ranks among its 100 commonest names keeps the key a name


def ordinary_key(key: str, words: list[str]) -> bool:
    """Whether a key of one to three words is made of ordinary words of some language (dictwords.py) and short
    abbreviations, none of them among a country's commonest names: a column's label ("Cena", "Pris", "Marca",
    "Номер заказа", "Nr zamówienia"), whatever the name list ranks them, not a person or a place ("Maria",
    "Dana White" stay)."""
    from .dictwords import ordinary_in
    from .names import gazetteer

    if not 1 <= len(words) <= 3 or len(key) > 40 or not any(len(w) > 3 for w in words):
        return False
    g = gazetteer()
    for w in words:
        if 0 < g.best(w) <= KEY_DICT_GUARD:
            return False
        if len(w) > 3 and not ordinary_in(w):
            return False
    return True


LINE_LABEL = re.compile(r"(?m)^[ \t>*-]*([^\W\d_][\w'’.-]*(?:[ \t]+[^\W\d_][\w'’.-]*){0,2})[ \t]*:")
DIALOGUE_REACH = 240  # the other lines' labels read around a label (windows.py: a recognizer stays local)


def _dialogue(text: str, f: Finding) -> bool:
    """Whether the other "X:" labels at the starts of the lines around ``f`` include a common name ("Gijsbrecht:
    ...\nAshley: ..." is a dialogue) or there are none; "ФИО:", "SKU:", "Qty:" around make a form."""
    from .names import gazetteer, is_english

    others = [m.group(1) for m in LINE_LABEL.finditer(text, max(0, f.start - DIALOGUE_REACH),
                                                       min(len(text), f.end + DIALOGUE_REACH))
              if not (m.start(1) <= f.start < m.end(1))]
    return not others or any(0 < gazetteer().best(w) <= NAME_RANK and not is_english(w) for o in others
                             for w in WORD.findall(o))


LABEL_REST = re.compile(r"((?:[ \t]+[^\W\d_][\w'’.-]*){0,3})[ \t]*[:：]")


def _label_rest(rest: str, words: list[str]) -> bool:
    """Whether what follows a finding (of ``words``) on its line closes a label: a colon, or lower-case words and a
    colon after a finding that holds no common name ("Дата рождения:", "Geboortedatum kind:"; "Hans Jürgen
    Winkler reports: ..." is a person who reports)."""
    m = LABEL_REST.match(rest)
    if m is None or not all(w[0].islower() for w in m.group(1).split()):
        return False
    if not m.group(1).strip():
        return True
    from .names import gazetteer

    return not any(0 < gazetteer().best(w) <= NAME_RANK for w in words)


def _foreign_after(text: str, end: int) -> bool:
    """Whether the word after ``end`` is lower case and no English word ("cancelar", not "and", "is")."""
    from spacy.lang.en.stop_words import STOP_WORDS

    from .names import is_english

    m = LOWER_AFTER.match(text, end)
    if not m:
        return False
    w = WORD.match(text, m.end() - 1)
    return w is not None and w.group() not in STOP_WORDS and not is_english(w.group())


def _known_town(word: str) -> bool:
    from .places import known_place

    return known_place(word, any_size=True)


def _verb(word: str) -> bool:
    from .names import _lemmas

    return word.casefold() in _lemmas("verb")


def _thing_name(span: str) -> bool:
    """Whether every word of a span is an English word or a place that is no common given name ("Jersey Cow",
    "Rose Gold"; not "Harvey Leach", whose "Harvey" is a town but first a given name)."""
    from .names import NAME_TOKEN, NOUN_NAME_RANK, _english_form, _plain, gazetteer
    from .places import known_place

    words = NAME_TOKEN.findall(span)
    return bool(words) and all(_english_form(w) or (known_place(_plain(w)) and not 0 < gazetteer().ranks(
        _plain(w))[0] <= NOUN_NAME_RANK) for w in words)


def _recased(text: str, f: Finding) -> bool:
    """Whether a lower-case finding stands where the detector gave the NER model capitals (after an
    introduction, ``names.recase``)."""
    from .names import RECASE

    line_s = text.rfind("\n", 0, f.start) + 1
    return any(m.start(1) <= f.start < m.end(1) for m in RECASE.finditer(text, line_s, f.end))


# a quantity and its unit or a times sign right before a word: an invoice line's item ("40 x", "15 Stück", "3 szt.")
QTY_BEFORE = re.compile(r"(?<![\w.,:/#+-])\d{1,5}[ \t]*(?:[x×]|pcs\.?|pc\.?|pieces?|units?|Stück|Stk\.|szt\.|st\.|"
                        r"stk\.|kpl|ks|adet|шт\.|τεμ\.|台|個|대|개)[ \t]+$")
# a name after "my" is a person only when this common somewhere ("my Anna"; "mein Konto" is an account: rank 790)
MY_NAME_RANK = 300
# "my", "your", "our" in our users' languages, right before a word: what follows is a thing one owns or an
# account's part ("mein Konto", "Ihre Bestellnummer", "votre Fitbit")
# ("Ihr Thomas Müller", "Ihre Anna Schmidt" sign German letters: after "your" and "our" only one word is judged)
YOUR_BEFORE = re.compile(r"(?<![\w-])(?:[Yy]our|[Oo]ur|Ihr|Ihre|Ihren|Ihrem|Ihrer|[Uu]nser|[Uu]nsere|[Uu]nseren|"
                         r"[Uu]nserem|[Vv]otre|[Nn]otre)[ \t]+$")
MY_BEFORE = re.compile(r"(?<![\w-])(?:[Mm]y|[Mm]ein|[Mm]eine|[Mm]einen|[Mm]einem|[Mm]on|[Mm]i|[Mm]is|[Mm]eu|[Mm]inha|"
                       r"[Mm]ijn|[Mm]ój|[Mm]oja|[Mm]oje|[Mm]ůj|min|mitt|mina|[Mm]inun|[Bb]enim|[Мм]ой|[Мм]оя|[Мм]оё|"
                       r"il mio|la mia|Il mio|La mia)[ \t]+$")
# prepositions that put a capitalised word after them as often as a person: a name read there stays in its record
WEAK_BEFORE = re.compile(r"(?i)(?<![\w-])(?:with|from|under)[ \t,:\n-]+$")
# the first part of a name written with an inner capital ("McDonald", "DeShawn", "LaToya", "MaryAnn", "JoAnn")
CAMEL_NAME_HEADS = frozenset("mc mac de di da du la le lo van von fitz o d ja ke ta sha te ty jo mary ann lee "
                             "anna rose st".split())
# parts a program's or a product's name is made of ("NumPy", "GoPro", "FastAPI", "GitHub", "WebSocket")
CODE_PARTS = frozenset("py js db io ql ml ai ui os pro hub lab net api app bot box kit script code data type".split())
CAMEL = re.compile(r"[A-Z][a-z0-9]+|[A-Z]+(?![a-z])|[a-z0-9]+|[A-Z]+(?=[A-Z][a-z])")


# endings of nouns (German -ung, -heit, -keit, -schaft, -nummer; -tion, -ität, -ment, -zeit...) that no name of
# seven letters or more has unless a common one ("Hartung", ranked, stays a name; "Leung", "Jung" are short)
NOUN_SUFFIX = re.compile(r"[^\W\d_]{3,}(?:ung|heit|keit|schaft|nummer|ität|tion|nis|tum|ment|zeit)(?:en|s)?")


def noun_by_suffix(word: str) -> bool:
    """Whether a capitalised word of seven letters or more ends as nouns do and no country ranks it among its
    ``NAME_RANK`` most common names ("Bestellnummer", "Lieferung", "Sicherheit", "Information")."""
    from .names import gazetteer

    return len(word) >= 7 and word[:1].isupper() and NOUN_SUFFIX.fullmatch(word) is not None and \
        not 0 < gazetteer().best(word) <= NAME_RANK


def thing_here(text: str, start: int, end: int) -> bool:
    """Whether the word at ``[start, end)``, a name found elsewhere in the dataset, stands here as a thing: an
    invoice line's counted item ("40 x Fitbit"), a thing one owns ("mein Grafana"), a noun after its article
    ("den Sentry"). A common given name after "my" or an article stays the name ("my Anna", "der Thomas"); a
    code after the word is no sign here ("Anne DE89 3704 ..." is a name and an IBAN)."""
    from .names import gazetteer

    if QTY_BEFORE.search(text, max(0, start - 16), start):
        return True
    rank = gazetteer().best(text[start:end])
    return ((MY_BEFORE.search(text, max(0, start - 12), start) is not None or
             YOUR_BEFORE.search(text, max(0, start - 12), start) is not None) and not 0 < rank <= MY_NAME_RANK) or (
        ARTICLE_BEFORE_ML.search(text, max(0, start - 8), start) is not None and not 0 < rank <= NAME_RANK)


def code_identifier(word: str) -> bool:
    """Whether ``word`` is written as a name in code or a product's name, no person's: an exception's or a
    warning's class ("ValueError", "KeyError"), or a word with an inner capital whose first part is no part of
    a name ("NumPy", "PyPI", "PlayStation", "FileNotFoundError"; "McDonald", "DeShawn" and "MaryAnn" are names)."""
    if re.fullmatch(r"[A-Z]\w*(?:Error|Exception|Warning)", word):
        return True
    m = re.search(r"[a-z][A-Z]", word)
    if m is None or not word[:1].isupper():
        return False
    head = word[:m.start() + 1]
    if head.casefold() in CAMEL_NAME_HEADS:
        return False
    from .names import is_english

    parts = CAMEL.findall(word)
    return (len(parts) >= 3 or re.search(r"[a-z][A-Z]{2,}$", word) is not None
            or any(x.casefold() in CODE_PARTS or (len(x) >= 3 and is_english(x)) for x in parts))


def cldr_thing(span: str, words_too: bool = True) -> bool:
    """Whether a span read as a person is a currency's, a country's or a language's whole CLDR name ("Schweizer
    Franken", "Reino Unido"), or made only of such words and of month and weekday names ("Temmuz", "Salı"),
    none of them a common given name somewhere ("June", "Martin" and "Jordan" stay names). Only in scripts with
    capitals: in Devanagari, Arabic or Thai the words are split at vowel signs here, and the weekdays are names.
    ``words_too=False`` (a name its context found: "Verda lives on ...", though "verda" is Nynorsk for the world):
    only a whole CLDR name counts."""
    from .cldrwords import cldr_phrase, cldr_word
    from .names import gazetteer

    words = WORD.findall(span)
    if not words or not any(c.lower() != c.upper() for c in span):
        return False  # a script without capitals ("मंगल" is Tuesday and a name): its readers judge it themselves
    if len(words) > 1 and cldr_phrase(span):
        return True
    if not words_too:
        return False
    g = gazetteer()
    return all(cldr_word(w) for w in words) and not any(0 < g.best(w) <= NAME_RANK for w in words)


DATE_NEAR = 16  # a weekday's name this close to a date is the date's ("Cuma, 3 Temmuz 2026", "3 Temmuz 2026 Cuma")


def in_date(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is only month and weekday names (CLDR, any locale: ``months``) and is written
    in a calendar date ("9. Juli 2026", "2 Eylül 2013") or beside one ("3 Temmuz 2026 Cuma"), or is one word of
    an event right before a date ("Отправлено 24 дек. 2005": shipped on). Such a word is the
    date's even where it is also a given name somewhere ("Juli", "Eylül", "Cuma" are names too): a person is not
    named between a day and a year. Any date, past or to come (``birthdates.DATE`` reads the shape)."""
    from .birthdates import DATE
    from .datetext import EVENT, ascii_digits
    from .months import _fold, cldr_months, cldr_weekdays

    words = WORD.findall(text, start, end)
    if not words or not any(c.isdigit() for c in text[max(0, start - DATE_NEAR):end + DATE_NEAR]):
        return False
    months, days = cldr_months(), cldr_weekdays()
    if len(words) == 1 and EVENT.fullmatch(words[0]):
        # "Отправлено 24 дек. 2005", "Αποστολή 2023-01-17": a word of an event (``datetext.EVENT``) before its date
        # (the span may run on into the day: "Αποστολή 22" as the model read it)
        end = WORD.search(text, start, end).end()  # type: ignore[union-attr]
        nxt = DATE.search(ascii_digits(text[end:end + DATE_NEAR + 24]))
        return nxt is not None and not text[end:end + nxt.start()].strip(" \t,:") or \
            (nxt is not None and all(_fold(w) in days for w in WORD.findall(text, end, end + nxt.start())))
    if not all(_fold(w) in months or _fold(w) in days for w in words):
        return False
    lo = max(0, start - DATE_NEAR - 24)
    window = ascii_digits(text[lo:end + DATE_NEAR + 24])
    for m in DATE.finditer(window):
        a, b = m.start() + lo, m.end() + lo
        if a <= start and end <= b:
            return True  # the month inside the date
        gap = text[b:start] if b <= start else text[end:a] if end <= a else "x"
        if len(gap) <= DATE_NEAR and not gap.strip(" \t,.()-/|"):
            return True  # a weekday beside it
    return False


def _thing_under_bare_name(text: str, f: Finding) -> bool:
    """Whether ``f`` is the value after a bare "name" label ("name:", "nombre:", ``columns.BARE_NAME``: a tool's,
    a product's or a file's name as often as a person's) made only of ordinary words, none of them a name some
    country ranks among its commonest (``wordcolumns.ordinary_cell``): "name: Lamp", "name: Paper Tray" are
    products; "name: Rosa", "name: Hunter Green" keep their reading."""
    from .columns import BARE_NAME
    from .wordcolumns import ordinary_cell

    line_s = text.rfind("\n", 0, f.start) + 1
    label = text[line_s:f.start].strip().rstrip(":：=").strip().replace("_", " ").casefold()
    return label in BARE_NAME and ordinary_cell(text[f.start:f.end])


def _under_generic_label(text: str, f: Finding) -> bool:
    """Whether ``f`` is the whole value after a generic label ("name:", "customer:")."""
    from .multilingual import GENERIC_LABEL

    line_s = text.rfind("\n", 0, f.start) + 1
    line_e = text.find("\n", f.end)
    return GENERIC_LABEL.fullmatch(text, line_s, f.start) is not None and \
        text[f.end:line_e if line_e >= 0 else len(text)].strip() == ""




PLACE_NAME_RANK = 500  # a town that is also a name this common is read as the name ("Florence", "Logan")


def _place_not_name(word: str) -> bool:
    from .names import gazetteer
    from .places import known_place

    return known_place(word) and not 0 < gazetteer().best(word) <= PLACE_NAME_RANK


COMMON_NAME_RANK = 300  # English words after an article are a person's name only when names this common
THING_RANK = 20000  # after an article, a span with a word no list ranks this common (or an English word) is a thing


def _thing_words(span: str) -> bool:
    """Whether a span after an article is a thing: a title or a word the name list does not know ("Earl Grey",
    "Kindle Paperwhite"), or only English words that are not very common names ("Ford Focus", "Returns Portal");
    "the Castro novel", "a Ravil G Yefimov concert" are people's."""
    from .names import TITLES, _english_form, gazetteer

    g = gazetteer()
    words = [w for w in WORD.findall(span) if len(w) > 1]
    if not words or any(w.casefold() in TITLES or not 0 < g.best(w) <= THING_RANK for w in words):
        return True
    if not all(_english_form(w) for w in words):
        return False
    # only English words ("Returns Portal", "Spring Sale", "Hue Bridge"): a person only when very common names
    if len(words) == 1:
        return not 0 < g.best(words[0]) <= COMMON_NAME_RANK
    return not (0 < g.ranks(words[0])[0] <= COMMON_NAME_RANK and 0 < g.ranks(words[-1])[1] <= COMMON_NAME_RANK)


# what may stand between a label and its colon: more labels after slashes ("Tel/card:", "Tel / Fax:")
LABEL_TAIL = re.compile(r"[ \t]*(?:/[ \t]*[^\W\d_][\w-]*[ \t]*){0,3}[:：]")


def _label_before_colon(text: str, f: Finding) -> bool:
    """Whether the finding is a label we know (``fields.known_label``: an identifier's, a handle's or a form
    field's name in one of our users' languages) with a colon after it. Why: the model and the speaker rule read
    "Reisepass: verloren" at a line's start as a person speaking, and that false name was then scrubbed in every
    record of the dataset (the known values)."""
    return label_before_colon(text, f.start, f.end)


def label_before_colon(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a label we know with a colon after it, alone or with more labels after
    slashes ("Tel/card:" gave "Ann/card:", "ABA:" gave "<LOCATION>:"): a field's name, no person and no place."""
    from .fields import known_label

    return LABEL_TAIL.match(text, end) is not None and known_label(text[start:end])


def _speaker(text: str, f: Finding, words: list[str], langs) -> bool:
    """Whether "X:" at the start of a line names a speaker rather than a field: X is no English or function
    word, and it is a common name or what follows is a sentence ("Ubul: What a wife." but "Ort: Wien",
    "Telefon: +43 ...")."""
    from .languages import guess
    from .names import gazetteer, is_english

    if not words or any(is_english(w) or function_word(w, langs) for w in words):
        return False
    colon = text.find(":", f.end)
    line_e = text.find("\n", colon)
    said = text[colon + 1:line_e if line_e >= 0 else min(len(text), colon + 400)]
    if colon < 0 or any(c.isdigit() or c == "@" for c in said):
        return False  # "Morada: Rua das Flores 12", "Correo: ana@x.com": a field's value
    if not any(gazetteer().best(w) > 0 for w in words) and not _dialogue(text, f):
        return False  # "Примечание: Will you check it?" in a form: a word no country's list holds as a name
    if any(0 < gazetteer().best(w) <= NAME_RANK for w in words):
        return True
    said_words = WORD.findall(said)
    return (bool(guess(said)) or (
        len(said_words) >= 3 and any(w[0].islower() and w not in PARTICLES for w in said_words)))  # a sentence


GIVEN_BEFORE_RANK = 200  # a capitalised function word this common as a given name, before a name, is the name


def _given_before_name(word: str, following: str, is_common) -> bool:
    from .names import gazetteer

    return word[0].isupper() and following[0].isupper() and not is_common(word) and not is_common(following) \
        and 0 < gazetteer().ranks(word)[0] <= GIVEN_BEFORE_RANK and word.casefold() not in ARTICLES


SURNAME_EDGE_RANK = 5000


def _surname(word: str) -> bool:
    from .names import gazetteer

    return 0 < gazetteer().ranks(word)[1] <= SURNAME_EDGE_RANK


CELL_SEPARATORS = ",;\t|"


def _header_cell(text: str, f: Finding) -> bool:
    """Whether ``f`` is a whole cell of a CSV header: a line of three or more cells, as many as the next line."""
    line_s = text.rfind("\n", 0, f.start) + 1
    line_e = text.find("\n", f.end)
    if line_e < 0:
        return False
    next_e = text.find("\n", line_e + 1)
    line, following = text[line_s:line_e], text[line_e + 1:next_e if next_e >= 0 else len(text)]
    for sep in CELL_SEPARATORS:
        n = line.count(sep)
        if n >= 2 and following.count(sep) == n:
            a = text.rfind(sep, line_s, f.start) + 1 or line_s
            b = text.find(sep, f.end, line_e)
            cell = text[max(a, line_s):b if b >= 0 else line_e].strip(" \t\"'")
            if cell == text[f.start:f.end]:
                return True
            # a header's cell of several words, the finding its first ("| Дата рождения |", "Geboortedatum kind"):
            # only in a table's first row, whose other words are lower case
            prev_e = line_s - 1
            prev = text[text.rfind("\n", 0, max(prev_e, 0)) + 1:prev_e] if prev_e > 0 else ""
            rest = cell[len(text[f.start:f.end]):].split()
            return cell.startswith(text[f.start:f.end]) and bool(rest) and all(w[0].islower() for w in rest) and \
                prev.count(sep) != n
    return False


TABLE_REACH = 50  # lines walked up from a cell to find its table's header


def _thing_column(text: str, f: Finding) -> bool:
    """Whether ``f`` is a whole cell of a CSV table whose header names a thing ("product,sku,qty": "Earl Grey"
    under "product" is a tea)."""
    line_s = text.rfind("\n", 0, f.start) + 1
    line_e = text.find("\n", f.end)
    line = text[line_s:line_e if line_e >= 0 else len(text)]
    for sep in CELL_SEPARATORS:
        n = line.count(sep)
        if n < 2:
            continue
        col = text.count(sep, line_s, f.start)
        start = line_s
        header = None
        for _ in range(TABLE_REACH):  # up to the table's first line: the header
            if start == 0:
                break
            prev_s = text.rfind("\n", 0, start - 1) + 1
            prev = text[prev_s:start - 1]
            if prev.count(sep) != n:
                break
            header, start = prev, prev_s
        if header is None:
            return False
        cells = header.split(sep)
        return col < len(cells) and THING_LABEL.match(cells[col].strip() + ":") is not None
    return False


def _english_word(word: str) -> bool:
    """An English word that is no common given name ("Care", not "Rose")."""
    from .names import NOUN_NAME_RANK, gazetteer, is_english

    return word[:1].isupper() and is_english(word) and not 0 < gazetteer().ranks(word)[0] <= NOUN_NAME_RANK


def _english_thing(span: str) -> bool:
    """Whether a line holds an English word that is no common name ("Kindle Paperwhite", not "Rose Smith")."""
    from .names import NOUN_NAME_RANK, _english_form, gazetteer

    g = gazetteer()
    return any(_english_form(w) and not 0 < g.best(w) <= NOUN_NAME_RANK for w in WORD.findall(span) if len(w) > 1)
