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

import re

__all__ = ["NOT_NAMES", "is_acronym", "plausible_person", "recase"]

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
