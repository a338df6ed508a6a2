"""Names with a language's grammar on them: a case ending or a particle glued to the name, a prefix letter
before it, and a few written shapes the other readers miss (a lower-case given name after a greeting, a family
name in capitals before the given name).

Why: every other reader looks a word up as it stands. Languages that inflect names glue the grammar to them:
Turkish writes "Ayşe'nin siparişi" (Ayşe's order), "Gül'e" (to Gül); Finnish "Villelle" (to Ville), "Pekalle"
(to Pekka, the consonant shortened); Hungarian "Péternek", "Lászlónak", "Annával"; Russian "отправил Ивану"
(sent to Ivan), "с Ольгой"; Arabic glues "to", "and", "with" to the word ("لخالد", "وأحمد"). The name list
(names-dataset) knows "Ayşe", "Ville", "Péter", "Иван", "خالد", never the inflected word, so each of these
survived. A word is read here as a known name plus a known ending of the language (morphology, not a list of
inflected names):

- **Turkish** (and Azerbaijani) set a proper noun's suffix off with an apostrophe: a capitalised stem the list
  ranks as a name, an apostrophe, and a suffix of Turkish case grammar ("'nin", "'a", "'den", "'le"...); a
  town the list does not rank as a common name is a place ("Ankara'da").
- **Finnish, Estonian and Hungarian** glue the ending on: a capitalised word that is no name, word or
  function word itself, made of a stem the list ranks as a common given name and an ending of the case
  grammar of those languages; Finnish consonant gradation ("Pekalle" from "Pekka") and Hungarian final-vowel
  lengthening ("Annának" from "Anna") and consonant assimilation ("Péterrel") are undone first. The
  one-letter endings ("Timon", of Timo) count only in a sentence of that language (``languages.around``).
- **Russian, Ukrainian and other Cyrillic** languages decline names: a capitalised word inside a sentence,
  no name itself, whose nominative (the stem with "а", "я", "й", "ь" or nothing) the list ranks.
- **Polish, Czech, Slovak and the South Slavic languages** decline names in Latin letters: a capitalised word
  inside a sentence whose nominative is a common given name ("Tomaszowi", "Agnieszką", "Petrovi"), a family name
  only under an ending no family or place takes ("Kowalskiemu"); the endings other languages share ("-a", "-u")
  only in a sentence with those languages' words or letters. Towns decline alike and stay ("w Krakowie").
- **Arabic** glues "و" (and), "ب" (with), "ل" (to), "ف", "ك" to the next word: a word that is no name or
  function word itself, behind one or two such letters a given name the list ranks common.
- **Tamil**: a title before any name ("திரு."), a role before a name the list knows, in Tamil letters or in the
  Latin letters it knows Tamil names by (``indicroman``), a common given name before the respectful "அவர்கள்".

And two shapes with no grammar:

- a **lower-case given name after a greeting** ("hey noah, ...", "hola lucía!"): one word (and a family name
  after it) the list ranks as a common given name, no English, common or function word, then a comma or the
  clause's end;
- a **family name in capitals before a given name**, as forms and registers write people ("WALKER James"): the
  capitals a family name the list ranks, the next word a given name it ranks, neither a label or an acronym;
- a **name after a role word** (customer, patient, driver, tenant... in 20 languages: "Il cliente Lorenzo
  Greco", "Mieter Dieter Hoffmann"): a capitalised word the list ranks as a common name, no English noun alone
  ("the customer Portal").

Each rule reads one word and its neighbours (local and linear: a compiled pattern per shape, set lookups and
memoised ranks); findings hold positions only.
"""

from __future__ import annotations

import functools
import re

from .prefilter import fast
from .recognizers import Finding

__all__ = ["affixed_people"]

LATIN_UP = "A-ZÀ-ÖØ-ÞĀ-ŽÇĞİÖŞÜ"
LATIN_LOW = "a-zß-öø-ÿā-žçğıöşü"
# ---------------------------------------------------------------- Turkish: Stem'suffix
TR_SUFFIX = re.compile(
    r"(?:n?[ıiuü]n(?:ki)?|[yn]?[ıiuü]|[yn]?[ae]|n?[dt][ae]n?|(?:y?l|[ıiuü]?l)[ae]|[yn]?[ıiuü]?yl[ae]|[cç][ae]|"
    r"l[ae]r(?:[ıiuü]n?|[ae]|[dt][ae]n?)?|[dt][ıiuü]r|[ıiuü]?m(?:[ıiuü]z)?|[ıiuü]?n[ıiuü]z|ile|yle|yla|ym[ıiuü]ş|"
    r"[dt][ae]ki|[yn]?[ıiuü]n?[ae]|[dt][ae]yd[ıiuü])")
TR_WORD = re.compile(rf"(?<![\w'’])([{LATIN_UP}][{LATIN_LOW}]{{1,20}})['’]([{LATIN_LOW}]{{1,7}})(?![\w'’])")
# ---------------------------------------------------------------- Finnish, Estonian, Hungarian: glued endings
# endings of three letters or more, which no common word of our users' other languages ends a name with
LONG_ENDINGS = tuple(sorted(set(
    # Finnish: allative, ablative, adessive, elative, inessive, translative, abessive, comitative, genitive-plural
    "lle lta ltä lla llä sta stä ssa ssä ksi tta ttä ineen lleen ltaan llaan staan ssaan ine ille illa ilta "
    # Hungarian: dative, instrumental, ablative, allative, delative, adessive, causal, essive, sublative, illative,
    # inessive, elative, terminative
    "nak nek val vel tól től hoz hez höz ról ről nál nél ért ként ra re ba be ban ben ból ből ig "
    # Estonian: allative, ablative, elative, translative, comitative, terminative
    "le lt st ks ga ni".split()), key=len, reverse=True))
# one- and two-letter endings: only in a sentence of the language (genitive "Timon", accusative "Pétert")
SHORT_ENDINGS = {"fi": ("n", "a", "ä", "na", "nä", "in"), "hu": ("t", "ot", "et", "öt", "at", "é"),
                 "et": ("d", "i")}
LONG_ONLY = {"lle", "lta", "ltä", "lla", "llä", "sta", "stä", "ssa", "ssä", "ksi", "tta", "ttä", "ineen", "lleen",
             "ltaan", "llaan", "staan", "ssaan", "ille", "illa", "ilta", "nak", "nek", "val", "vel", "tól", "től",
             "hoz", "hez", "höz", "ról", "ről", "nál", "nél", "ként", "ban", "ben", "ból", "ből"}
GLUED_WORD = re.compile(rf"(?<![\w'’-])[{LATIN_UP}][{LATIN_LOW}]{{3,24}}(?![\w'’-])")
GLUED_RANK = 500
ASSIMILATED = re.compile(r"([b-df-hj-np-tv-zßčďľňřšťžśźżł])\1[ae]l$")  # Hungarian -val/-vel after a consonant  # a stem read under an ending: a given name at least this common in some country
# ---------------------------------------------------------------- Cyrillic declension
CYR_WORD = re.compile(r"(?<![\w'’-])[А-ЯЁІЇЄҐ][а-яёіїєґ']{2,20}(?![\w'’-])")
# (ending, what the nominative ends with instead): "Ивану" -> "Иван", "Анне" -> "Анна", "Сергею" -> "Сергей"
CYR_ENDINGS = (("ою", "а"), ("ою", "я"), ("ой", "а"), ("ей", "я"), ("ей", "а"), ("ом", ""), ("ем", ""), ("ем", "й"),
               ("ем", "ь"), ("ым", ""), ("им", ""), ("ым", "ый"), ("ой", "ая"), ("ую", "ая"), ("у", ""), ("у", "а"),
               ("ю", "й"), ("ю", "ь"), ("ю", "я"), ("е", "а"), ("е", "я"), ("е", ""), ("е", "й"), ("и", "ь"),
               ("и", "я"), ("ы", "а"), ("а", ""), ("я", "й"), ("я", "ь"), ("і", "а"), ("і", "я"), ("ові", ""),
               ("еві", "й"), ("ові", "о"))
CYR_RANK = 1000
CYR_FAMILY_RANK = 300
SENTENCE_START = re.compile(r"(?:^|[.!?…:;\n\"«“(]|[.!?][ \t]*[-—–])[ \t\"«“(-]*$")
# ---------------------------------------------------------------- Arabic prefix letters
AR_WORD = re.compile(r"(?<![\u0620-\u064a\u0660-\u06ff])[وبلفك]{1,2}[\u0620-\u064a]{3,12}(?![\u0620-\u064a\u0660-\u06ff])")
AR_PREFIXES = ("وب", "ول", "فل", "فب", "و", "ب", "ل", "ف", "ك")
AR_RANK = 300
# ---------------------------------------------------------------- a lower-case given name after a greeting
GREETINGS = (r"hi|hey|hello|hiya|heya|dear|morning|thanks|thank you|cheers|hallo|servus|moin|bonjour|salut|coucou|"
             r"hola|buenas|ciao|olá|oi|hoi|hej|hei|moi|szia|cześć|czesc|merhaba|selam|halo|habari|chào|ahoj|"
             r"buongiorno|grazie|gracias|merci|danke|obrigado|obrigada|dzięki|kiitos|tack|takk|tak")
LOWER = rf"[{LATIN_LOW}][{LATIN_LOW}'’-]{{2,20}}"
# "here is" / "this is" between the greeting and the name, as a writer names themselves ("cześć tu fabian")
HERE = r"tu|tutaj|it's|it is|this is|c'est|soy|aqui é|sono|qui è|hier ist|ik ben|met|det är|här är|täällä|itt|ini|ben"
GREETED = re.compile(rf"(?<![\w-])(?i:{GREETINGS})[ \t]*,?[ \t]+(?:(?i:{HERE})[ \t]+)?({LOWER})(?:[ \t]+({LOWER}))?"
                     rf"(?=[ \t]*(?:[,!.:;?]|$|\n))", re.M)
GREETED = fast(GREETED)  # tried only where its first letters stand (prefilter.py)
GREETED_RANK = 500
# words people are addressed by after a greeting that the noisy list ranks as names somewhere ("ciao bella",
# "hey bro", "hola nena"): terms of address and endearment of our users' languages, never a name there
VOCATIVES = frozenset("""
bro sis dude mate buddy pal man girl boy guys folks all everyone everybody there team friend friends love babe baby
honey sweetie darling dear mom mum dad mama papa sunshine sweetheart hun hon champ chief sir madam lady bestie
bella bello caro cara tesoro amore ragazzi ragazze
amigo amiga amigos chica chico chicos guapa guapo nena neno tia tio primo prima hermano hermana cariño jefe
querida querido mija mijo
chérie chéri ma mon les tous
schatz liebling leute alle
""".split())
GREETED_ENGLISH_RANK = 200
# ---------------------------------------------------------------- FAMILY Given
UPPER_FIRST = re.compile(rf"(?<![\w'’-])([{LATIN_UP}][{LATIN_UP}'’]{{2,20}}(?:-[{LATIN_UP}]{{2,20}})?)[ \t]+"
                         rf"([{LATIN_UP}][{LATIN_LOW}]{{1,20}})(?![\w'’-])")
UPPER_SURNAME_RANK = 2000
UPPER_GIVEN_RANK = 500


def _g():
    from .names import gazetteer

    return gazetteer()


@functools.lru_cache(maxsize=1 << 14)
def _given_rank(word: str) -> int:
    return _g().ranks(word)[0]


@functools.lru_cache(maxsize=1 << 14)
def _word_like(word: str) -> bool:
    """A word of some language rather than an inflected name: a function word or greeting anywhere, an English
    word, a common word of the detector's lists."""
    from .languages import _index
    from .names import is_english
    from .recognizers import _is_common

    return word.casefold() in _index() or is_english(word.lower()) or _is_common(word)


@functools.lru_cache(maxsize=1 << 14)
def _function_or_common(word: str) -> bool:
    """A function word or greeting of some language, or a common word of the detector's lists."""
    from .languages import _index
    from .recognizers import _is_common

    return word.casefold() in _index() or _is_common(word)


@functools.lru_cache(maxsize=1 << 14)
def _town_not_name(word: str, rank: int) -> bool:
    """A town (GeoNames, 50,000 people or more) that the list does not rank among the commonest names."""
    from .placenames import place_list

    p = place_list().get(word)
    return p is not None and p.population >= 50_000 and not 0 < rank <= 100


def _turkish(text: str, out: list[Finding]) -> None:
    if "'" not in text and "’" not in text:
        return
    for m in TR_WORD.finditer(text):
        stem, suffix = m.group(1), m.group(2)
        if len(stem) < 3 or not TR_SUFFIX.fullmatch(suffix) or stem.isupper():
            continue
        given, family = _g().ranks(stem)
        best = min(r for r in (given, family) if r) if (given or family) else 0
        if not 0 < best <= 2000 or _town_not_name(stem, best) or stem.lower() in _function_words():
            continue
        out.append(Finding(m.start(1), m.end(1), "PERSON", 0.7, "person_context_affix_tr"))


@functools.cache
def _function_words() -> frozenset[str]:
    from .languages import _index

    return frozenset(_index())


def _stems(word: str, ending: str) -> list[str]:
    """The nominatives a word may be with ``ending`` taken off: as it stands, with a Finnish weak grade made
    strong again ("Peka" -> "Pekka"), a Hungarian long final vowel made short ("Anná" -> "Anna"), a consonant the
    instrumental doubled made single ("Péterr" + "el")."""
    stem = word[: len(word) - len(ending)]
    out = [stem]
    if len(stem) >= 3 and stem[-1] in "aeiouyäö" and stem[-2] in "kpt" and stem[-3] != stem[-2]:
        out.append(stem[:-1] + stem[-2] + stem[-1])  # Finnish gradation: Peka -> Pekka, Mato -> Matto
    if stem[-1:] in "áé":
        out.append(stem[:-1] + {"á": "a", "é": "e"}[stem[-1]])
    if ending in ("al", "el") and len(stem) >= 4 and stem[-1] == stem[-2]:
        out.append(stem[:-1])  # "Péterrel" = Péter + (v)el
    return out


def _glued(text: str, out: list[Finding]) -> None:
    for m in GLUED_WORD.finditer(text):
        word = m.group()
        if _word_like(word):
            continue
        whole = _g().best(word)
        langs = None
        for ending in LONG_ENDINGS + ("al", "el", "n", "a", "ä", "na", "nä", "in", "t", "ot", "et", "öt", "at", "é",
                                      "d", "i"):
            if not word.endswith(ending) or len(word) - len(ending) < 3:
                continue
            doubled = ending in ("al", "el") and ASSIMILATED.search(word) is not None  # "Péterrel", "Gáborral"
            if ending not in LONG_ONLY and not doubled:
                if langs is None:
                    from .languages import around

                    langs = around(text, m.start(), m.end())
                if not any(ending in SHORT_ENDINGS.get(lang, ()) or (ending in LONG_ENDINGS and lang in (
                        "fi", "hu", "et")) or (ending in ("al", "el") and lang == "hu") for lang in langs):
                    continue
            hit = None
            for stem in _stems(word, ending):
                r = _given_rank(stem)
                if 0 < r <= GLUED_RANK and (not whole or whole > 20 * r) and not _word_like(stem):
                    hit = stem
                    break
            if hit:
                out.append(Finding(m.start(), m.end(), "PERSON", 0.7, "person_context_affix_glued"))
                break


# Polish, Czech, Slovak, Croatian, Serbian, Slovene decline names in Latin letters: (ending, nominative's ending)
SLAVIC_ENDINGS = (("owi", ""), ("ovi", ""), ("iemu", "i"), ("iego", "i"), ("emu", "i"), ("ego", "i"), ("emu", "y"),
                  ("ego", "y"), ("iem", ""), ("em", ""), ("om", ""), ("ą", "a"), ("ę", "a"), ("ou", "a"), ("ej", "a"),
                  ("ie", "a"), ("y", "a"), ("i", "a"), ("e", "a"), ("u", "a"), ("u", ""), ("a", ""), ("ě", "a"))
SLAVIC = frozenset("pl cs sk hr sr sl bs".split())
SLAVIC_WORD = re.compile(rf"(?<![\w'’-])[{LATIN_UP}][{LATIN_LOW}]{{2,24}}(?![\w'’-])")
SLAVIC_RANK = 500
SLAVIC_DISTINCT = frozenset("owi ovi iemu iego emu ego ą ę".split())  # endings no other language of ours puts on a name
SLAVIC_LETTERS = re.compile("[ąęłńśźżćčřšžěůďťň]")
SLAVIC_FAMILY_RANK = 300


def _slavic(text: str, out: list[Finding]) -> None:
    from .languages import around

    for m in SLAVIC_WORD.finditer(text):
        word = m.group()
        if _word_like(word) or SENTENCE_START.search(text, max(0, m.start() - 8), m.start()):
            continue  # (a capital at a sentence's start says nothing)
        whole = _g().best(word)
        for ending, nom in SLAVIC_ENDINGS:
            if not word.endswith(ending) or len(word) - len(ending) < 3:
                continue
            stem = word[: len(word) - len(ending)] + nom
            given, family = _g().ranks(stem)
            best = min(r for r in (given, family) if r) if (given or family) else 0
            # a family name only under an ending no place or family takes ("Kowalskiemu"; Czech "Simpsonovi" is
            # also the Simpsons, and "Moste" a district)
            surname_ok = ending in SLAVIC_DISTINCT and ending != "ovi" and 0 < family <= SLAVIC_FAMILY_RANK
            if not (0 < given <= SLAVIC_RANK or surname_ok) or (whole and whole <= 20 * best) \
                    or _town_not_name(stem, best) or _word_like(stem):
                continue
            if ending not in SLAVIC_DISTINCT and not SLAVIC & around(text, m.start(), m.end()) and \
                    not SLAVIC_LETTERS.search(text, max(0, m.start() - 80), m.end() + 80):
                break  # a common ending: only in a sentence of those languages (their words or their letters)
            out.append(Finding(m.start(), m.end(), "PERSON", 0.7, "person_context_affix_slavic"))
            break


def _cyrillic(text: str, out: list[Finding]) -> None:
    for m in CYR_WORD.finditer(text):
        if SENTENCE_START.search(text, max(0, m.start() - 8), m.start()):
            continue  # a capital at a sentence's start says nothing
        word = m.group()
        if _word_like(word):
            continue
        whole = _g().best(word)
        for ending, nom in CYR_ENDINGS:
            if not word.endswith(ending) or len(word) - len(ending) < 2:
                continue
            stem = word[: len(word) - len(ending)] + nom
            given, family = _g().ranks(stem)
            best = min(r for r in (given, family) if r) if (given or family) else 0
            # a family name only when among the commonest: nouns are family names too ("Родина", motherland)
            if (0 < given <= CYR_RANK or 0 < family <= CYR_FAMILY_RANK) and (not whole or whole > 20 * best) and \
                    not _town_not_name(stem, best):
                out.append(Finding(m.start(), m.end(), "PERSON", 0.7, "person_context_affix_cyr"))
                break


def _arabic(text: str, out: list[Finding]) -> None:
    from .native import _ranks, _stop

    for m in AR_WORD.finditer(text):
        word = m.group()
        if word in _stop():
            continue
        whole = min((r for r in _ranks(word) if r), default=0)  # the noisy list holds some glued forms, rarely
        for p in AR_PREFIXES:
            if not word.startswith(p):
                continue
            stem = word[len(p):]
            if stem.startswith("ال") or stem in _stop() or len(stem) < 3:
                continue
            first, _ = _ranks(stem)
            if 0 < first <= AR_RANK and (not whole or whole > 20 * first):
                out.append(Finding(m.start() + len(p), m.end(), "PERSON", 0.7, "person_context_affix_ar"))
                break


def _greeted(text: str, out: list[Finding]) -> None:
    for m in GREETED.finditer(text):
        w = m.group(1)
        rank = _given_rank(w)
        if w in VOCATIVES or _function_or_common(w) or not 0 < rank <= GREETED_RANK or (
                _word_like(w) and rank > GREETED_ENGLISH_RANK):
            continue  # an English word after a greeting only when among the commonest given names ("hey grace")
        end = m.end(1)
        fam = m.group(2)
        # the family name after it: a word that is no function, common or English word (the list knows it or,
        # a rare name, does not), the clause ending right after it
        if fam and not _word_like(fam) and fam not in VOCATIVES:
            end = m.end(2)
        out.append(Finding(m.start(1), end, "PERSON", 0.7, "lowercase_greeted"))


def _upper_first(text: str, out: list[Finding]) -> None:
    for m in UPPER_FIRST.finditer(text):
        fam, given = m.group(1), m.group(2)
        if len(fam) <= 2 or _word_like(given) or _word_like(fam.lower()) and _g().ranks(fam)[1] > 100:
            continue
        from .recognizers import _is_common

        if _is_common(fam.lower()) or not 0 < _g().ranks(fam)[1] <= UPPER_SURNAME_RANK:
            continue
        if not 0 < _given_rank(given) <= UPPER_GIVEN_RANK:
            continue
        out.append(Finding(m.start(1), m.end(2), "PERSON", 0.7, "person_context_affix_upper"))


# ---------------------------------------------------------------- a role word before a name
# words for a person's role in a service's records, in our users' languages (customer, patient, driver, tenant,
# landlord, employee, colleague, technician, courier, recipient, sender, holder, guest, passenger)
ROLES = (
    r"customer|client|patient|driver|tenant|landlord|employee|colleague|technician|courier|caller|passenger|guest|"
    r"recipient|sender|applicant|cardholder|policyholder|account holder|"
    r"kunde|kundin|patientin|fahrer|fahrerin|mieter|mieterin|vermieter|vermieterin|mitarbeiter|mitarbeiterin|"
    r"kollege|kollegin|techniker|empfänger|empfängerin|absender|inhaber|inhaberin|"
    r"cliente|patiente|chauffeur|locataire|propriétaire|employé|employée|collègue|technicien|destinataire|"
    r"expéditeur|titulaire|paciente|conductor|conductora|chófer|inquilino|inquilina|empleado|empleada|"
    r"compañero|compañera|técnico|destinatario|remitente|titular|paziente|autista|dipendente|collega|tecnico|"
    r"mittente|titolare|motorista|funcionário|funcionária|destinatário|remetente|klant|patiënt|huurder|"
    r"verhuurder|medewerker|monteur|ontvanger|afzender|klient|klientka|pacjent|pacjentka|kierowca|najemca|"
    r"pracownik|pracownica|technik|odbiorca|nadawca|kunden|kund|patienten|föraren|hyresgästen|kollegan|"
    r"müşteri|hasta|şoför|kiracı|asiakas|potilas|kuljettaja|vuokralainen|ügyfél|beteg|sofőr|bérlő|"
    r"клиент|клиентка|пациент|пациентка|водитель|арендатор|сотрудник|сотрудница|курьер|получатель|отправитель|"
    r"клієнт|клієнтка|водій|орендар|πελάτης|πελάτισσα|ασθενής|οδηγός|ενοικιαστής|"
    r"pelanggan|pasien|sopir|penyewa|karyawan|mteja|mgonjwa|dereva|mpangaji|khách hàng|bệnh nhân|tài xế")
CAP = r"[A-ZÀ-ÖØ-ÞĀ-ŽÇĞİÖŞÜА-ЯЁІЇЄҐΑ-ΩΆ-Ώ][\w'’-]+"
# searched only where a role word's first letters stand (prefilter.py: the same matches; the role words in 20
# languages as a case-blind alternation tried at every place were ~1 CPU s per MB of text)
ROLE_NAME = fast(re.compile(rf"(?<![\w-])(?i:{ROLES}),?[ \t]+((?-i:{CAP})(?:[ \t]+(?-i:{CAP})){{0,2}})(?![\w'’-])"))
ROLE_GIVEN_RANK = 2000
ROLE_SURNAME_RANK = 1000
ROLE_MORE_RANK = 20000
# ---------------------------------------------------------------- Tamil: a title or a role before a name
TA_WORD = re.compile(r"[\u0b80-\u0bff]+\.?")
# titles that stand only before a person (Mr, Mrs, Miss, Dr): the words after them are the name, whatever the list
TA_TITLES = frozenset("திரு. திரு திருமதி திருமதி. செல்வி செல்வி. டாக்டர் டாக்டர். டா. முனைவர்".split())
# a person's role (customer, patient, driver, tenant, manager, employee, friend, colleague): a name the list knows
TA_ROLES = frozenset("வாடிக்கையாளர் நோயாளி ஓட்டுநர் குத்தகைதாரர் மேலாளர் ஊழியர் நண்பர் சக ஊழியர் "
                     "பயணி மாணவர் ஆசிரியர்".split())
TA_KNOWN_RANK = 20000
TA_HONORIFIC = "அவர்கள்"
TA_CLAUSE_START = re.compile(r"(?:^|[\n.!?:;,])[ \t\"'(-]*$")
TA_MAX_WORDS = 3


@functools.cache
def _ta_stop() -> frozenset[str]:
    from .languages import _stop_words

    return _stop_words("ta")


def _tamil(text: str, out: list[Finding]) -> None:
    words = list(TA_WORD.finditer(text))
    if TA_HONORIFIC in text:
        _ta_honoured(text, words, out)
    for i, w in enumerate(words[:-1]):
        head = w.group()
        titled, role = head in TA_TITLES, head in TA_ROLES
        if not (titled or role):
            continue
        j = i + 1
        name: list[re.Match] = []
        while j < len(words) and len(name) < TA_MAX_WORDS and text[words[j - 1].end():words[j].start()] in (" ", ""):
            v = words[j].group().rstrip(".")
            if v in _ta_stop() or v in TA_ROLES or v in TA_TITLES:
                break
            known = 0 < _g().best(v) <= TA_KNOWN_RANK or _ta_roman(v)
            if not (known or (titled and not name) or (titled and len(name) == 1 and _ta_name_shape(v))):
                break
            name.append(words[j])
            j += 1
        if name:
            out.append(Finding(name[0].start(), name[-1].start() + len(name[-1].group().rstrip(".")), "PERSON", 0.7,
                               "person_context_affix_ta"))


def _ta_roman(word: str) -> bool:
    """A Tamil word whose Latin spelling (indicroman.py) the list ranks among the commonest names."""
    from .native import roman_ranks

    return any(0 < r for r in roman_ranks(word))


def _ta_honoured(text: str, words: list[re.Match], out: list[Finding]) -> None:
    """A name before the respectful "அவர்கள்" ("சுரேஷ் அவர்கள் நாளை வருவார்"): a word at a clause's start whose
    Latin spelling the list ranks as a common given name ("அவர்கள்" alone is "they": "நாளை அவர்கள் வருவார்கள்")."""
    from .native import roman_ranks

    for i, w in enumerate(words[:-1]):
        if words[i + 1].group() != TA_HONORIFIC or text[w.end():words[i + 1].start()] != " ":
            continue
        v = w.group().rstrip(".")
        if v in _ta_stop() or not TA_CLAUSE_START.search(text, max(0, w.start() - 4), w.start()):
            continue
        if 0 < roman_ranks(v)[0]:
            out.append(Finding(w.start(), w.start() + len(v), "PERSON", 0.7, "person_context_affix_ta"))


def _ta_name_shape(word: str) -> bool:
    """A Tamil family or father's name after a titled given name: a word ending in "-ன்" or "-ம்", the endings
    of the names the list does not know ("நடராஜன்", "சண்முகம்"); a verb ends otherwise."""
    return word.endswith(("ன்", "ம்", "சாமி"))


NOUN_NAME_RANK = 100


def _noun(word: str) -> bool:
    """An English noun ("Portal", "Care") unless some country ranks it among its commonest names ("Dieter",
    "Hoffmann", "Greco" are WordNet nouns too)."""
    from .names import english_words

    if word.casefold() not in english_words():
        return False
    given, family = _g().ranks(word)
    return not (0 < given <= NOUN_NAME_RANK or 0 < family <= NOUN_NAME_RANK)


def _after_role(text: str, out: list[Finding]) -> None:
    for m in ROLE_NAME.finditer(text):
        words = list(re.finditer(r"\S+", m.group(1)))
        first = words[0].group()
        given, family = _g().ranks(first)
        if _word_like(first) or not (0 < given <= ROLE_GIVEN_RANK or 0 < family <= ROLE_SURNAME_RANK):
            continue
        last = words[0]
        for w in words[1:]:
            if _word_like(w.group()) or _noun(w.group()) or not 0 < _g().best(w.group()) <= ROLE_MORE_RANK:
                break
            last = w
        if _noun(first) and last is words[0]:
            continue  # "the customer Portal", "Patient Care": an English noun alone is the thing, not a person
        out.append(Finding(m.start(1), m.start(1) + last.end(), "PERSON", 0.7, "person_context_affix_role"))


HAS_ARABIC = re.compile("[\u0620-\u064a]")
HAS_TAMIL = re.compile("[\u0b80-\u0bff]")
HAS_CYRILLIC = re.compile("[А-ЯЁІЇЄҐ]")
HAS_LATIN_UP = re.compile(f"[{LATIN_UP}]")


def affixed_people(text: str) -> list[Finding]:
    """PERSON findings for names with their grammar on them (see the module's docstring)."""
    out: list[Finding] = []
    if HAS_LATIN_UP.search(text):
        _turkish(text, out)
        _glued(text, out)
        _upper_first(text, out)
        _slavic(text, out)
    if HAS_CYRILLIC.search(text):
        _cyrillic(text, out)
    if HAS_ARABIC.search(text):
        _arabic(text, out)
    if HAS_TAMIL.search(text):
        _tamil(text, out)
    _greeted(text, out)
    _after_role(text, out)  # (no search for a role word first: the prefiltered ROLE_NAME costs less than that did)
    return out
