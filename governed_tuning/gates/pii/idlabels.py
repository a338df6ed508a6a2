"""Identifiers led by their label: a column, key or words that say what a value is choose its kind.

Why: a number with no check digit (a passport, a driving licence, a plate, a claim or member number) has no
shape of its own; "H42172480" is a US passport, a South African one or nothing, and only the words beside it
say which. A mature de-identification tool reads a table's header and a form's label for that: a value under
"Reisepass-Nr.", "passport_no", "Führerschein", "member ID" or "claim #" is that kind of identifier whatever
its shape, and a validator only confirms (it picks the kind when the label names a family, not a country:
"ID number", "Documento"). Where the label names a country ("Reisepass", "Philippine passport", "patente"),
the label picks the kind; else the first kind of the family whose published shape (and check, where it has
one) the value has; else the family's first kind the policy targets; a generic identity label whose value
fits no kind's shape is an ``ID_NUMBER``.

The label words come from the kinds' own label words in ``identifiers.SPECS`` (Presidio's context words) and
from each language's official names of the documents (the issuing authorities' terms: "Reisepass",
"permis de conduire", "carta d'identità", "rijbewijs", "prawo jazdy" ...). Handles: a user name, login or
author field holds a ``USER_HANDLE`` when its value is one handle-shaped token.

Three readers share one table:
- ``label_family(label)``: what a key, header or sibling label names (``fields.slots`` reads "key: value").
- ``labelled_ids(text)``: a cheap recognizer (engine ``CHEAP``) for "label: value" lines and for labels in
  free text followed closely by an identifier-shaped token ("my Führerscheinnummer is P12686378F8", "member
  ID: EQC2356698708", "here is the claim # you asked for CLM-8405-528254").
- ``value_kind(label, value, targeted)``: the kind of a whole value under a label (the re-scan's independent
  reader of labelled fields and table columns uses it).

Local and linear (windows.py's rule): a value is found only within ``GAP`` characters after its label.
Findings carry positions and kinds only.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from . import charsets
from .prefilter import fast
from .recognizers import Finding
from .windows import first_use

__all__ = ["FAMILIES", "label_family", "labelled_ids", "value_kind", "LABELLED_KINDS", "GENERIC_KIND"]

GENERIC_KIND = "ID_NUMBER"
GAP = 40  # characters between a label and its value in free text ("here is the claim # you asked for X")

DL_IN_TEXT = r"dl(?=[ \t]*:)"  # "DL: S530-460-88-215-0"; a bare "dl" in prose is a decilitre or a download
# family -> (label words as a regex alternation, the family's kinds in order of preference)
# the platforms whose users' names people give with the platform's name as the label ("IG:", "Snapchat:")
PLATFORMS = (r"instagram|insta|ig|twitter|tiktok|snapchat|snap|discord|telegram|github|gitlab|twitch|reddit|"
             r"mastodon|bluesky|bsky|threads|steam|xbox|psn|kik|wechat|weixin|vk|vkontakte|youtube|soundcloud|"
             r"pinterest|tumblr|flickr|behance|dribbble|codeberg|bitbucket|kaggle|hugging ?face|onlyfans|patreon")
PLATFORM = re.compile(rf"(?i)(?:{PLATFORMS})")
# a value ending as a host or a file does is none ("t.me", "Discord.app", "notes.md")
HOSTISH = re.compile(r"(?i)\.(?:com|org|net|io|me|app|dev|co|md|txt|exe|zip|pdf|png|jpg|html?|py|js|\d+)$")


def _platform_value(label: str, value: str) -> bool:
    """Under a platform's name a user's name starts with a letter and ends as no host or file does
    ("Twitch: 1080p60", "Telegram: t.me" are not users)."""
    core = value.lstrip("@")
    return not PLATFORM.fullmatch(label.strip()) or (core[:1].isalpha() and not HOSTISH.search(core))


FAMILIES: dict[str, tuple[str, tuple[str, ...]]] = {
    "PASSPORT": (
        r"passports?|pass ?port|passeport|pasaporte|passaporto|paspoort|reisepass|passnummer|pass-?nr|paszport\w{0,2}|"
        r"passi|cestovní pas|cestovný pas|útlevél|pașaport|pasaport|pasaporte|passaporte|διαβατήριο|паспорт|"
        r"pasaportu|여권|パスポート|旅券|护照|護照|पासपोर्ट|পাসপোর্ট|جواز\s?سفر|گذرنامه|דרכון|หนังสือเดินทาง",
        ("US_PASSPORT", "UK_PASSPORT", "DE_PASSPORT", "ES_PASSPORT", "IT_PASSPORT", "IN_PASSPORT", "KR_PASSPORT",
         "PH_PASSPORT", "ZA_PASSPORT")),
    "DRIVER": (
        r"driver'?s?'? ?licen[cs]e|driving licen[cs]e|drivers? licen[cs]e|licen[cs]e (?:number|no|#)|dl (?:number|no|#)|dl#|"
        rf"{DL_IN_TEXT}|"
        r"führerschein|fuehrerschein|fahrerlaubnis|permis de conduire|(?:numéro|n°|no) de permis|permis de conducere|licencia de conducir|"
        r"licencia de conducción|carné de conducir|carnet de conducir|patente di guida|patente|carta de condução|"
        r"carteira de motorista|carteira nacional de habilitação|cnh|rijbewijs|prawo jazdy|řidičský průkaz|"
        r"vodičský preukaz|prawa jazdy|ajokortti|körkort|førerkort|kørekort|jogosítvány|άδεια οδήγησης|"
        r"водительское удостоверение|ehliyet|sürücü belgesi|운전면허(?:증)?|運転免許(?:証)?|驾驶证|駕照",
        ("US_DRIVER_LICENSE", "UK_DRIVING_LICENCE", "DE_FUEHRERSCHEIN", "IT_DRIVER_LICENSE", "KR_DRIVER_LICENSE",
         "ZA_DRIVER_LICENSE")),
    "SOCIAL": (
        r"ssn|social security(?: number| no)?|soc\.? sec\.?|sozialversicherungs(?:nummer|nr)|sv-?nummer|"
        r"rentenversicherungs(?:nummer|nr)|numéro de sécurité sociale|n° de sécurité sociale|sécurité sociale|"
        r"número de (?:la )?seguridad social|numero di previdenza sociale|social insurance(?: number| no)?|"
        r"numéro d'assurance sociale",
        ("US_SSN", "DE_SOCIAL_SECURITY", "FR_NIR", "CA_SIN")),
    "ROUTING": (r"aba(?: routing)?(?: number| no| #)?|routing (?:number|no|#|code)|routing transit number",
                ("ABA_ROUTING_NUMBER",)),
    "MEMBER": (
        r"member(?:ship)? (?:id|number|no|#)|insurance member(?: id| number| no| #)?|member #|subscriber (?:id|number|no)|"
        r"insurance (?:id|number|no)|insured (?:id|number)|policy (?:number|no|#)|health insurance(?: id| number| no)?|"
        r"health plan (?:id|number)|krankenversicherungs(?:nummer|nr)|(?:kranken)?versicherten(?:nummer|nr)|kvnr|"
        r"krankenkassen(?:nummer|nr)|numéro d'assuré|número de afiliado|número de póliza|numero di polizza",
        ("US_HEALTH_INSURANCE_MEMBER_ID", "DE_HEALTH_INSURANCE")),
    "CLAIM": (r"claim(?: number| no| #| id)?|claims? reference|schaden(?:nummer|nr)|numéro de sinistre|"
              r"número de siniestro|numero di sinistro", ("US_CLAIM_NUMBER",)),
    "PRIOR_AUTH": (r"pa (?:number|no|#)|pa#|prior auth(?:orization|orisation)?(?: number| no| #| id)?|pre-?auth(?:orization|orisation)?"
                   r"(?: number| no| #| id)?|authori[sz]ation (?:number|no|#|code)",
                   ("US_PRIOR_AUTHORIZATION_NUMBER",)),
    "REFERRAL": (r"referral(?: number| no| #| id)?|überweisungs(?:nummer|nr)", ("US_REFERRAL_NUMBER",)),
    "RX": (r"rx(?: number| no| #)?|prescription(?: number| no| #| id)?|rezept(?:nummer|nr)",
           ("US_PRESCRIPTION_NUMBER",)),
    "MRN": (r"mrn|medical record(?: number| no| #)?|med\.? rec\.?(?: no)?|patient[ -](?:id|number|no|#)|"
            r"krankenhaus(?:nummer|nr)|klinik(?:nummer|nr)|unit (?:number|no)|"
            r"hospital (?:number|no|id)|chart (?:number|no|#)|patienten(?:nummer|nr|-id)|fallnummer|"
            r"numéro de dossier (?:médical|patient)|dossier médical|dossier patient|número de historia clínica|"
            r"historia clínica|numero di cartella clinica|cartella clinica|patiëntnummer|numer pacjenta|"
            r"numéro (?:de |du )?patient|número de(?:l)? paciente|numero (?:del )?paziente|potilasnumero|"
            r"patientnummer|número de prontuário|prontuário", ("MEDICAL_RECORD_NUMBER",)),
    "MBI": (r"mbi|medicare beneficiary(?: identifier| id| number)?|medicare (?:id|number|no)",
            ("US_MBI", "AU_MEDICARE")),
    "PLATE": (r"licen[cs]e plate(?: number| no)?|number plate|plate(?: number| no)?|registration (?:number|plate|mark|no)|"
              r"reg\.?(?: no| number| plate| mark)?|vehicle (?:registration|reg\.?|no|number|plate)(?: number| no)?|"
              r"car registration|rc (?:number|no)|"
              r"kfz-?kennzeichen|kennzeichen|amtliches kennzeichen|immatriculation|plaque(?: d'immatriculation)?|"
              r"matrícula|targa|kenteken|numer rejestracyjny|rendszám|plaka|rekisterinumero|registreringsnummer|"
              r"registreringsnr", ("UK_VEHICLE_REGISTRATION", "DE_KFZ", "IN_VEHICLE_REGISTRATION",
                                   "NG_VEHICLE_REGISTRATION", "TR_LICENSE_PLATE", "ZA_LICENSE_PLATE")),
    "BANK": (r"bank account(?: number| no)?|account (?:number|no|#)|acct (?:number|no|#)|"
             r"(?:checking|savings|current|chequing) (?:account|acct)(?: number| no| #)?|kontonummer|konto-?nr|"
             r"numéro de compte|número de cuenta|numero di conto|rekeningnummer|numer konta",
             ("US_BANK_NUMBER",)),
    "PRACTICE": (r"bsnr|betriebsstätten(?:nummer|nr)", ("DE_BSNR",)),
    "PHYSICIAN": (r"lanr|arzt(?:nummer|nr)", ("DE_LANR",)),
    "POSTCODE": (r"post ?code|postal code|zip ?code|zip|plz|postleitzahl|code postal|código postal|c\.?a\.?p\.|"
                 r"postinumero|kod pocztowy|irányítószám|почтовый индекс",
                 ("UK_POSTCODE", "CA_POSTAL_CODE", "DE_PLZ")),
    "TRAFFIC": (r"traffic register(?: number| no)?|trn", ("ZA_TRAFFIC_REGISTER_NUMBER",)),
    "ID": (
        r"id (?:number|no|nr|#|card|document)|id-?(?:nummer|nr|karte|kaart)|identity(?: card| number| no| document)?|"
        r"identification(?: number| no| document)?|national (?:id|identity|identification)(?: number| no| card)?|"
        r"nin|citizen (?:id|number)|personal (?:id|identity)(?: number| no)?|government id|"
        r"(?:claimant|applicant|holder|passenger|cardholder|traveller|traveler|citizen)'?s? id|"
        r"document (?:number|no|id)|dokument(?:en)?(?:nummer|nr)|documentnummer|identiteitskaartnummer|numer dokumentu|номер документа|документ|documento(?: de identidad| nacional de identidad| d'identità)?|"
        r"ausweis|personalausweis|ausweis(?:nummer|nr)|personalausweis(?:nummer|nr)|identitätsnummer|"
        r"carte d'identité|carte nationale d'identité|cni|numéro d'identité|pièce d'identité|dni|"
        r"cédula(?: de identidad)?|carta d'identità|carta di identità|bilhete de identidade|cartão de cidadão|"
        r"identiteitskaart|identiteitsbewijs|dowód osobisty|numer dowodu|občanský průkaz|občiansky preukaz|"
        r"személyi igazolvány|személyi szám|henkilökortti|carte de identitate|buletin|ταυτότητα|αδτ|"
        r"удостоверение личности|паспорт рф|kimlik(?: no| numarası)?|tc kimlik|신분증|주민등록번호|외국인등록번호|"
        r"身分証|身份证",
        (GENERIC_KIND,)),
    "HANDLE": (
        r"user ?name|username|user|login|login name|handle|screen ?name|nick ?name|nick|author|posted by|"
        r"poster|commenter|reviewer|account name|gamertag|benutzer(?:name)?|"
        r"nom d'utilisateur|pseudo|nombre de usuario|usuario|nome utente|utente|gebruikersnaam|"
        r"nazwa użytkownika|uživatelské jméno|käyttäjätunnus|användarnamn|brugernavn|brukernavn|"
        r"kullanıcı adı|имя пользователя|логин|ник|"
        # a platform's name as the label of its user's name ("IG: sofia.rossi", "my insta is lukas_bauer92")
        + PLATFORMS,
        ("USER_HANDLE",)),
}
# words of a label that name a country: the label picks that country's kind of the family
COUNTRY_WORDS = {
    "US": r"us|u\.s\.?|usa|american|united states",
    "UK": r"uk|gb|british|united kingdom|dvla",
    "DE": r"german|deutsch\w*|plz|postleitzahl|reisepass|passnummer|pass-?nr|führerschein\w*|fuehrerschein|fahrerlaubnis|"
          r"\w*kennzeichen|ausweis\w*|personalausweis\w*|krankenversicherungs\w*|(?:kranken)?versicherten\w*|kvnr|"
          r"sozialversicherungs\w*|rentenversicherungs\w*|sv-?nummer",
    "ES": r"spanish|españ\w*|pasaporte",
    "IT": r"italian\w*|passaporto|patente\w*|carta d'identità|carta di identità",
    "IN": r"india|indian|rc",
    "KR": r"korean?|south korean|여권\w*|운전면허\w*|주민등록번호|외국인등록번호",
    "CA": r"canad\w*|social insurance|assurance sociale",
    "PH": r"philippine|philippines|filipino",
    "ZA": r"south african?",
    "NG": r"nigerian?",
    "TR": r"turkish|türk\w*|plaka",
    "FR": r"french|sécurité sociale|numéro de sécurité sociale",
}
# words that say the value is about the document, not its number ("passport_expiry", "claim_amount")
NOT_THE_NUMBER = re.compile(
    r"(?i)(?<![^\W\d_])(?:amount|date|datum|fecha|data|expir\w*|issued?|issuing|valid\w*|status|type|country|"
    r"state|count|total|price|cost|fee|sum|betrag|montant|importe|importo|photo|image|scan|url|link|verified|"
    r"description|notes?|comment|reason|ablauf\w*|gültig\w*|ausstell\w*)(?![^\W\d_])")

# a key or header is the label whole: "DL" there needs no colon after it (in free text it does: "dl 250ml")
_FAM_RX = {f: re.compile(rf"(?i)(?<![^\W\d_])(?:{w.replace(DL_IN_TEXT, 'dl')})"
                         rf"(?:[ -]?(?:nummer|nr\.?|number|no\.?|num|#|id|번호))?(?![^\W\d_])")
           for f, (w, _) in FAMILIES.items()}
_COUNTRY_RX = {c: re.compile(rf"(?i)(?<![^\W\d_])(?:{w})(?![^\W\d_])") for c, w in COUNTRY_WORDS.items()}
LABELLED_KINDS = frozenset(k for _, ks in FAMILIES.values() for k in ks)

CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")


def _norm(label: str) -> str:
    label = CAMEL.sub(" ", label)
    return " ".join(re.sub(r"[_.:#/()\[\]]+", lambda m: " # " if "#" in m.group() else " ", label).split()).casefold()


@functools.lru_cache(maxsize=4096)
def label_family(label: str) -> tuple[str, str | None] | None:
    """``(family, country or None)`` when ``label`` (a key, a column header, a sibling label; up to 48
    characters) names a kind of identifier or a user handle; None otherwise ("order_id", "passport_expiry")."""
    if not label or len(label) > 48:
        return None
    lab = _norm(label)
    if not lab or NOT_THE_NUMBER.search(lab):
        return None
    # the most specific family first (a "patient id" is a medical record number; "member id" is a member's)
    for fam in ("PRACTICE", "PHYSICIAN", "TRAFFIC", "POSTCODE", "ROUTING", "MBI", "PRIOR_AUTH", "REFERRAL", "RX", "CLAIM",
                "SOCIAL", "MEMBER", "MRN", "PASSPORT", "DRIVER", "PLATE", "BANK", "ID", "HANDLE"):
        if _FAM_RX[fam].search(lab):
            country = next((c for c, rx in _COUNTRY_RX.items() if rx.search(lab)), None)
            return fam, country
    return None


# --------------------------------------------------------------------------- values


# an identifier-shaped value: letters, digits and the separators identifiers are written with
ID_VALUE = re.compile(r"[A-Za-z0-9ÄÖÜ](?:[A-Za-z0-9ÄÖÜ]|[ ./#-](?=[A-Za-z0-9ÄÖÜ])){3,39}")
LOWER_WORD = re.compile(r"[a-zäöüß]{4,}")
NUM_DATE = re.compile(r"\d{1,2}[./-]\d{1,2}[./-](?:\d{2}|\d{4})|\d{4}[./-]\d{1,2}[./-]\d{1,2}")
DECIMAL = re.compile(r"\d+[.,]\d{1,2}")
QUANTITY = re.compile(r"\d{1,5} ?[a-z]{1,4}")  # "250ml", "12 pcs": an amount and its unit
HEXISH = re.compile(r"[0-9a-fA-F-]{16,}")
HANDLE_VALUE = re.compile(r"@?[A-Za-z0-9_](?:[A-Za-z0-9_.-]{0,38}[A-Za-z0-9_])?")
MIN_DIGITS = {"PLATE": 1, "ID": 3, "POSTCODE": 1}
ID_CARDS = ("DE_ID_CARD", "IT_IDENTITY_CARD")


def id_shaped(value: str, family: str) -> bool:
    """Whether ``value`` (whole, stripped) can be an identifier of ``family``: letters and digits with the
    usual separators, at most four parts, digits enough (a plate has few), no ordinary lower-case word, not a
    date or an amount."""
    if not ID_VALUE.fullmatch(value) or value.count(" ") > 3:
        return False
    digits = sum(c.isdigit() for c in value)
    if digits < MIN_DIGITS.get(family, 2) or len(re.sub(r"[^A-Za-z0-9ÄÖÜ]", "", value)) < 5:
        return False
    if LOWER_WORD.search(value) or NUM_DATE.fullmatch(value) or DECIMAL.fullmatch(value) or \
            QUANTITY.fullmatch(value):
        return False
    return True


def handle_shaped(value: str, common: bool) -> bool:
    """One handle-shaped token ("edouarferra568", "@jdoe_88", "marcos_lueng543"): not an email, not a number,
    and with a digit, ``_``/``.``, an ``@`` or mixed case unless the word is not a common word."""
    if not HANDLE_VALUE.fullmatch(value) or value.strip("@").isdigit() or len(value.strip("@")) < 3:
        return False
    if HEXISH.fullmatch(value):
        return False  # a UUID or hash (a user id, a session): UUID is its own kind
    core = value.lstrip("@")
    marked = value.startswith("@") or any(c.isdigit() or c in "_." for c in core) or (
        core[:1].islower() and any(c.isupper() for c in core))
    return marked or not common


@first_use
@functools.lru_cache(maxsize=1)
def _shapes() -> dict[str, list]:
    """Per kind, its specs (compiled pattern and check) from ``identifiers.SPECS``: the patterns
    ``identifiers._compiled`` made (compiled again here, ~0.7 CPU s per process)."""
    from .identifiers import _compiled

    out: dict[str, list] = {}
    for s, rx, _ in _compiled():
        out.setdefault(s.kind, []).append((rx, s))
    return out


def _fits(kind: str, value: str) -> bool:
    for rx, spec in _shapes().get(kind, ()):
        if rx.fullmatch(value):
            try:
                if spec.check(value):
                    return True
            except Exception:  # noqa: BLE001 - a validator that chokes on a shape is a no
                pass
    return False


@functools.lru_cache(maxsize=1)
def _validated_kinds() -> tuple[str, ...]:
    from .identifiers import SPECS

    return tuple(dict.fromkeys(s.kind for s in SPECS if s.validator is not None))


# the kinds without a check that a generic identity label ("ID number", "Documento") may hold, in order: a
# person's national numbers and identity documents (not claim, account or plate numbers: their labels say so)
IDENTITY_SHAPES = ("NG_NIN", "UK_NINO", "DE_SOCIAL_SECURITY", "PH_UMID") + ID_CARDS + FAMILIES["PASSPORT"][1] + \
    FAMILIES["DRIVER"][1]


@functools.lru_cache(maxsize=1)
def _shape_kinds() -> tuple[str, ...]:
    return tuple(k for k in IDENTITY_SHAPES if k in _shapes())


def choose(family: str, country: str | None, value: str, targeted: Iterable[str] | None = None) -> str | None:
    """The kind of ``value`` under a label of ``family`` (and ``country``): the label's country's kind; else
    the first of the family's kinds whose shape and check the value has; else the family's first targeted
    kind. A generic identity label: the first validated kind the value passes, then the first shape-only
    kind it fits, else ``ID_NUMBER``. None when the policy targets no kind of the family."""
    t = None if targeted is None else set(targeted)
    if family == "ID":
        pool = [k for k in _validated_kinds() + _shape_kinds() if t is None or k in t]
        if country:  # the country the label names: its kinds only
            pool = [k for k in pool if k.startswith(country + "_")]
        for k in pool:
            if _fits(k, value):
                return k
        card = [k for k in ID_CARDS if country and k.startswith(country + "_") and k in pool]
        if card:
            return card[0]  # "Ausweisnummer": the label names the country's identity card
        return GENERIC_KIND if t is None or GENERIC_KIND in t else None
    kinds = [k for k in FAMILIES[family][1] if t is None or k in t]
    if not kinds:
        return None
    if country:
        own = [k for k in kinds if k.startswith(country + "_")]
        if own:
            return next((k for k in own if _fits(k, value)), own[0])
    return next((k for k in kinds if _fits(k, value)), kinds[0])


def value_kind(label: str, value: str, targeted: Iterable[str] | None = None,
               common: bool = False) -> str | None:
    """The kind of a whole ``value`` (stripped) under ``label``, or None (not a label of ours, or not a value
    of that family's shape). ``common``: the value is a common word (a handle must then be marked)."""
    fam = label_family(label)
    if fam is None:
        return None
    family, country = fam
    if family == "HANDLE":
        if not handle_shaped(value, common):
            return None
        return "USER_HANDLE" if targeted is None or "USER_HANDLE" in set(targeted) else None
    if not id_shaped(value, family):
        return None
    return choose(family, country, value, targeted)


# --------------------------------------------------------------------------- the recognizer


def _all_words() -> str:
    return "|".join(w for w, _ in FAMILIES.values())


# CJK, kana and Hangul run into the words around them ("passportはA81495759です", "我的passport no.是V8381066"):
# they bound a label or a value as a space does
CJK = charsets.CJK
# (tried only where a label word's first letters stand: prefilter.py)
LABEL = fast(re.compile(rf"(?i)(?<![^\W\d_{CJK}])(?:{_all_words()})(?:[ -]?(?:nummer|nr\.?|number|no\.?|num|#|id|번호))?"
                   rf"(?![^\W\d_{CJK}]|-[^\W\d_])(?:(?<=no|nr)\.)?"))  # ("documentnummer ID-kaart": two labels)
# between a label and its value: a colon, "#", "is", "was" ...
SEP = re.compile(r"[ \t]*(?:[:：=#-][ \t]*|(?:is|was|ist|est|es|è|é)[ \t]+|(?:は|是|为|為|이|은|는|:)[ \t]*)")
# "label: value": the value runs to the end of its line, cell or sentence (at most 48 characters)
CELL = re.compile(r"[^\n,;|。、，；]{1,48}?(?=[ \t]*(?:[\n,;|。、，；]|\.(?:\s|\Z)|\Z))")
# a value in free text: upper-case letters, digits and separators, in up to four parts ("HH-VL 894")
# or one lower-case token of letters and digits mixed, as a value typed from a card is ("passport no. l2736314"),
# not a quantity and its unit ("250ml", "12pcs")
TOKEN = re.compile(rf"(?<![^\W{CJK}])(?<![@.-])(?:[A-Z0-9ÄÖÜ]+(?:[./-][A-Z0-9ÄÖÜ]+)*(?:[ ][A-Z0-9ÄÖÜ]+(?:[./-][A-Z0-9ÄÖÜ]+)*){{0,3}}"
                   rf"|(?!\d{{1,5}}[a-z]{{1,4}}(?![a-z0-9]))[a-z0-9]*(?:[a-z]\d|\d[a-z])[a-z0-9]*)(?![^\W{CJK}]|[@-])")
HTOKEN = re.compile(r"(?<![\w@.-])@?[A-Za-z0-9_](?:[A-Za-z0-9_.-]{0,38}[A-Za-z0-9_])?(?![\w@-])")
STOP = re.compile(r"[.!?](?:\s|$)|\n|\d")
SCORE_COUNTRY, SCORE_FAMILY, SCORE_GENERIC = 0.97, 0.93, 0.9
HANDLE_WORDS = re.compile(r"(?i)user ?name|username|login|handle|screen ?name|nickname|gamertag|"
                          r"benutzername|pseudo|usuario|gebruikersnaam|användarnamn|brugernavn|brukernavn|"
                          r"käyttäjätunnus|логин|" + PLATFORMS)
CHEAP_TEST = re.compile(r"(?i)\d|reisepass|pass-?n(?:umme)?r|user|name|login|handle|author|nick|benutzer|usuario|utente|"
                        r"pseudo|logi|" + PLATFORMS)


def _common(word: str) -> bool:
    from .recognizers import _is_common

    return _is_common(word)


@functools.lru_cache(maxsize=1)
def _reference() -> re.Pattern:
    from .products import REFERENCE_WORDS

    return re.compile(rf"(?i)(?<![^\W\d_])(?:{REFERENCE_WORDS})(?![^\W\d_])")


def labelled_ids(text: str, targeted: Iterable[str] | None = None) -> list[Finding]:
    """Identifiers and handles beside a label that names their kind (see the module's docstring); only
    ``targeted`` kinds when given (the label's family picks among those)."""
    if not CHEAP_TEST.search(text):
        return []
    t = None if targeted is None else frozenset(targeted)
    out: list[Finding] = []
    for m in LABEL.finditer(text):
        fam = label_family(m.group())
        if fam is None:
            continue
        family, country = fam
        if country is None:  # "Philippine passport", "UK driving licence": the country's word just before
            country = _country(text[max(0, m.start() - 24):m.start()])
        # the label of something about the document, not its number ("passport expiry date", "claim status")
        k = m.end()
        while k < min(len(text), m.end() + 3) and text[k] in " _-":
            k += 1
        if NOT_THE_NUMBER.match(text, k):
            continue
        sep = SEP.match(text, m.end())
        if sep is not None:  # 1. "label: value" up to the end of its line, cell or sentence: the whole value
            cell = CELL.match(text, sep.end())
            if cell is not None:
                f = _finding(family, country, cell.group(), cell.start(), m, t)
                if f is not None:
                    out.append(f)
                    continue
        vs = sep.end() if sep is not None else m.end()
        if family == "HANDLE":  # free text: "my username is jdoe_88", "handle @x"
            h = HTOKEN.match(text, vs + (text[vs:vs + 1] == " "))
            if h and _handle_word(m.group()) and handle_shaped(h.group(), True) and \
                    _platform_value(m.group(), h.group()) and (t is None or "USER_HANDLE" in t):
                out.append(Finding(h.start(), h.end(), "USER_HANDLE", SCORE_FAMILY, "labelled_handle"))
            continue
        # 2. free text: the first identifier-shaped token within GAP characters, in the same sentence, with no
        # shop reference ("order", "ticket") and no other number between
        reach = 4 if family == "ID" else GAP
        endpos = min(len(text), vs + reach + 64)
        for tk in TOKEN.finditer(text, vs, endpos):
            if tk.start() > vs + reach or STOP.search(text, vs, tk.start()):
                break
            if not any(c.isdigit() for c in tk.group()) and not _country_shape(family, country, tk.group()):
                continue
            if (tk.end() == endpos and endpos < len(text)) or _reference().search(text, m.end(), tk.start()):
                break
            f = _finding(family, country, tk.group(), tk.start(), m, t)
            if f is not None:
                out.append(f)
            break
    return out


def _country_shape(family: str, country: str | None, value: str) -> bool:
    """Whether ``value`` (letters only, say) has the published shape of the label's country's document: a German
    passport number may be nine letters of the Bundesdruckerei's alphabet ("Passnummer JPCYWCZKF"), which no
    word of the language is (no vowels)."""
    return bool(country) and 8 <= len(value) <= 12 and value.isupper() and value.isalnum() and any(
        k.startswith(f"{country}_") and _fits(k, value) for k in FAMILIES[family][1])


def _country(before: str) -> str | None:
    """The country a label's preceding words name (the last line only)."""
    before = before.rsplit("\n", 1)[-1]
    return next((c for c, rx in _COUNTRY_RX.items() if rx.search(before)), None) if before.strip() else None


def _handle_word(label: str) -> bool:
    """A label that names a handle in free text too ("my username is x"); "user" and "author" only as a
    field's label at the start of a text (a chat's "User: hello" is a speaker, and no handle is so shaped)."""
    return HANDLE_WORDS.search(label) is not None


def _finding(family: str, country: str | None, value: str, start: int, m: re.Match,
             t: frozenset[str] | None) -> Finding | None:
    raw = value
    value = value.strip(" \t\"'")
    start += len(raw) - len(raw.lstrip(" \t\"'"))
    if not value:
        return None
    if family == "HANDLE":
        if t is not None and "USER_HANDLE" not in t:
            return None
        if not handle_shaped(value, _common(value.lstrip("@"))) or (not _handle_word(m.group()) and m.start() > 0):
            return None
        if not _platform_value(m.group(), value):
            return None
        return Finding(start, start + len(value), "USER_HANDLE", SCORE_FAMILY, "labelled_handle")
    if not id_shaped(value, family) and not _country_shape(family, country, value):
        return None
    kind = choose(family, country, value.upper(), t)  # a value typed in lower case is the same number
    if kind is None:
        return None
    score = SCORE_COUNTRY if country and kind[:2] == country else SCORE_GENERIC if family == "ID" else SCORE_FAMILY
    return Finding(start, start + len(value), kind, score, f"labelled_{family.lower()}")
