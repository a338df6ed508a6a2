"""Kinds found by a value plus the words around it, and the obfuscated forms people write.

- ``DATE_OF_BIRTH``: a real calendar date (numeric, ISO, or with a month name in English, German, French,
  Spanish, Italian, Portuguese, Dutch or a Nordic language) with words of birth near it ("DOB", "born",
  "Geburtsdatum", "geb.", "né le", "fecha de nacimiento", "data di nascita", "ur.", "født", "född"); or, with
  no word of birth, a full date whose year makes the person an adult alive today (16 to 110 years old) in a
  text about who someone is: words of verification or identity, an identity document's or national number's
  name, or a "name / date / id" record. The judgement is per text, so the scrub and the re-scan agree on it.
  Every other date is kept: "tomorrow", "3-5 days", "delivered 3 May", "the order of 14/03/2024" (no adult's
  birth year), "passport issued on 14/03/1987" (an event word before it) are ordinary content.
- ``AGE``: "34 years old", "aged 34", "age: 34", "a 34-year-old" (the number only is scrubbed).
- ``URL`` (scheme, ``www.`` or a domain with a path) and ``USER_HANDLE`` ("@jdoe_88", "u/jdoe").
- People inside URLs, on their own: "/users/jane-doe", "/in/dana-white", "?name=jane.doe", "?email=..." (the
  name, email or phone, not the whole URL, unless the policy targets ``URL``).
- Obfuscated emails and phone numbers: "jane dot doe at gmail dot com", "jane.doe [at] gmail [dot] com",
  fullwidth letters or zero-width characters inside an address, ``415·555·0132``. Such text is folded to
  plain ASCII (NFKC, zero-width characters dropped, unusual separators read as '-') with a map back to the
  original positions, and the email and number recognizers run on the folded copy.

Findings hold positions and kinds only.
"""

from __future__ import annotations

import datetime as _dt
import re
import unicodedata

from .recognizers import Finding, emails, numbers

__all__ = ["dates_of_birth", "ages", "urls", "handles", "obfuscated", "CONTEXTUAL_TYPES"]

# month names of the languages we ship to (English, German, French, Spanish, Italian, Portuguese, Dutch, Nordic),
# with their usual abbreviations; a name shared by two languages names the same month
_MONTH_WORDS = {
    1: "january jan januar janvier enero gennaio janeiro januari jänner",
    2: "february feb februar février fevrier febrero febbraio fevereiro februari",
    3: "march mar märz maerz mars marzo março maart marts",
    4: "april apr avril abril aprile",
    5: "may mai mayo maggio maio mei maj",
    6: "june jun juni juin junio giugno junho",
    7: "july jul juli juillet julio luglio julho",
    8: "august aug août aout agosto augustus augusti",
    9: "september sep sept septembre septiembre settembre setembro",
    10: "october oct oktober octobre octubre ottobre outubro",
    11: "november nov novembre noviembre novembro",
    12: "december dec dezember décembre decembre diciembre dicembre dezembro desember",
}
MONTHS = {w: m for m, words in _MONTH_WORDS.items() for w in words.split()}
MONTH = "(?:" + "|".join(sorted(map(re.escape, MONTHS), key=len, reverse=True)) + r")\.?"
DAY = r"(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th|er|º|\.)?"
DATE = re.compile(
    rf"(?<![\w/.-])(?:(?P<y1>(?:19|20)\d\d)[-/.](?P<m1>0?[1-9]|1[0-2])[-/.](?P<d1>0?[1-9]|[12]\d|3[01])"
    rf"|(?P<a2>\d{{1,2}})[/.-](?P<b2>\d{{1,2}})[/.-](?P<y2>(?:19|20)?\d\d)"
    rf"|(?P<d3>{DAY})\s+(?:(?:of|de|del)\s+)?(?P<m3>{MONTH}),?\s+(?:de\s+)?(?P<y3>(?:19|20)\d\d)"
    rf"|(?P<m4>{MONTH})\s+(?P<d4>{DAY}),?\s+(?P<y4>(?:19|20)\d\d))(?![\w/-]|\.\d)", re.I)
# words of birth, in the languages of the locales we ship to
BIRTH = re.compile(r"(?<!\w)(?:d\.?o\.?b\.?|date of birth|birth ?date|birthdate|born(?: on| in)?|birthday|"
                   r"b\.|geboren(?: am)?|geb\.|geburtsdatum|geburtstag|née? le|née?|date de naissance|"
                   r"fecha de nacimiento|nacid[oa](?: el)?|data di nascita|nat[oa] il|data de nascimento|"
                   r"nascid[oa](?: em)?|geboortedatum|urodzon[ya]|ur\.|data urodzenia|født(?: den)?|fødselsdato|"
                   r"född|födelsedatum|syntynyt|syntymäaika|doğum tarihi|doğum|ngày sinh)(?!\w)", re.I)
BIRTH_BEFORE, BIRTH_AFTER = 40, 25
# A date with no word of birth is still a date of birth in an identity check ("verification: jane doe /
# 14/03/1987 / SSN ...", a KYC form): a full date (day, month and year) whose year makes the person an adult
# alive today, in a text that is about who someone is: words of verification or identity, the name of an
# identity document or national number, or the shape of a "name / date / id" record.
ADULT_AGE, OLDEST_AGE = 16, 110
IDENTITY = re.compile(
    r"(?<!\w)(?:(?i:verif\w*|identity|identification|identify|identifizierung|identität|identidad|identité|"
    r"identità|tożsamoś\w+|kyc|know your customer|security (?:check|questions?)|personal (?:details|data|"
    r"information)|(?:my|your|his|her|their|account|customer|patient|passenger|member|applicant) details|"
    r"account holder|applicant|patient|passenger|policyholder|insured|passport|passnummer|reisepass|pasaporte|"
    r"passeport|passaporto|id card|id number|id no\.?|ausweis\w*|personalausweis|driv\w* licen[cs]e|führerschein|"
    r"social security|national insurance|pesel|personnummer|fødselsnummer|codice fiscale|steuer-?id|aadhaar|"
    r"tc kimlik|kimlik|henkilötunnus|hetu|sécurité sociale|social insurance|medicare|medical record)"
    # acronyms only in capitals: "nie" is Polish for "no", "sin" Spanish for "without"
    r"|SSN|NINO|NHS|DNI|NIE|NIF|BSN|CPR|IdNr|CPF|NIR|ITIN|SIN|RRN|NRIC|MRN|PAN|ID)(?!\w)")
# what happened on a date (not a birth): "issued 14/03/1987", "valid until", "since", "order of"
EVENT_BEFORE = re.compile(
    r"(?<!\w)(?:on|since|from|until|till|to|by|of|dated?|issued?|issue date|date of issue|expir\w*|expiry|valid\w*|"
    r"due|ordered|delivered|shipped|paid|signed|joined|opened|created|registered|renewed|updated|effective|"
    r"married|died|deceased|hired|moved|ausgestellt|gültig|expedid[oa]|emitid[oa]|rilasciat[oa]|délivré|"
    r"valable|seit|desde|depuis|dal)\s*[:#-]?\s*$", re.I)
EVENT_WINDOW = 24
FIELD_SEP = re.compile(r"\s+[/|]\s+|\s*[;|\t]\s*")


def _ymd(m: re.Match) -> tuple[int, int, int] | None:
    """The (year, month, day) a DATE match names, or None when it is no calendar date."""
    g = m.groupdict()
    try:
        if g["y1"]:
            y, mo, d = int(g["y1"]), int(g["m1"]), int(g["d1"])
        elif g["y2"]:
            y = int(g["y2"])
            y += 1900 if y < 100 and y > (_dt.date.today().year % 100) else (2000 if y < 100 else 0)
            a, b = int(g["a2"]), int(g["b2"])
            if a > 12:
                d, mo = a, b
            elif b > 12:
                mo, d = a, b
            else:
                d, mo = a, b  # either order is a real date
        else:
            d = int(re.match(r"\d+", g["d3"] or g["d4"]).group())
            mo = MONTHS[(g["m3"] or g["m4"]).rstrip(".").lower()]
            y = int(g["y3"] or g["y4"])
        _dt.date(y, mo, d)
    except (ValueError, TypeError, KeyError):
        return None
    return (y, mo, d) if 1900 <= y <= _dt.date.today().year else None


def _real_date(m: re.Match) -> bool:
    return _ymd(m) is not None


def _adult_born(y: int, mo: int, d: int) -> bool:
    """Whether someone born on that day is between ADULT_AGE and OLDEST_AGE years old today."""
    today = _dt.date.today()
    age = today.year - y - ((today.month, today.day) < (mo, d))
    return ADULT_AGE <= age <= OLDEST_AGE


def _id_triple(text: str, s: int, e: int) -> bool:
    """Whether the date at [s, e) is one field of a delimited record of three or more fields ("name / date /
    id", "a | b | c", tab- or semicolon-separated) in which another field holds an identifier (six or more
    characters with four or more digits): the shape of an identity record, not of prose."""
    line_s = text.rfind("\n", 0, s) + 1
    line_e = text.find("\n", e)
    line = text[line_s:line_e if line_e >= 0 else len(text)]
    date = text[s:e]
    masked = line.replace(date, "\x00", 1)
    fields = [f for f in FIELD_SEP.split(masked) if f.strip()]
    if len(fields) < 3 or not any(f.strip() == "\x00" or f.strip().endswith("\x00") for f in fields):
        return False
    return any(re.search(r"(?=(?:\w*\d){4})[\w-]{6,}", f) for f in fields if "\x00" not in f)


def dates_of_birth(text: str) -> list[Finding]:
    """Dates of birth: a date with words of birth within a few words before (or just after) it (score 0.9);
    or, with no such word, a full date of an adult's birth in an identity context (see IDENTITY, score 0.6).
    A date right after a word of an event ("issued", "since", "order of") is kept in the second case."""
    if not any(c.isdigit() for c in text):
        return []
    birth = BIRTH.search(text) is not None
    identity = IDENTITY.search(text) is not None
    if not birth and not identity and "/" not in text and "|" not in text and "\t" not in text and ";" not in text:
        return []
    out = []
    for m in DATE.finditer(text):
        s, e = m.span()
        ymd = _ymd(m)
        if ymd is None:
            continue
        if birth and (BIRTH.search(text, max(0, s - BIRTH_BEFORE), s) or
                      BIRTH.search(text, e, min(len(text), e + BIRTH_AFTER))):
            out.append(Finding(s, e, "DATE_OF_BIRTH", 0.9, "dob_context"))
        elif _adult_born(*ymd) and not EVENT_BEFORE.search(text, max(0, s - EVENT_WINDOW), s) and (
                identity or _id_triple(text, s, e)):
            out.append(Finding(s, e, "DATE_OF_BIRTH", 0.6, "dob_identity_context"))
    return out


AGE = re.compile(r"(?<![\w.])(?P<n>1[01]\d|\d{1,2})(?:\s*(?:years?|yrs?)(?:\s+|-)old\b|-years?-old\b|\s*y/o\b|\s*yo\b)"
                 r"|(?<!\w)(?:aged|age[:\s]+|(?:at )?the age of|(?:i'll|i will|i|he|she|they|we|you|who|just|"
                 r"has|have|had|he'll|she'll)\s+(?:turn|turns|turned|turning)|i'm|i am|he's|she's|he is|she is|"
                 r"who is|who's)\s*(?P<m>1[01]\d|\d{1,2})"
                 r"(?![\w,:/%-]|\.\d|,\d|\s*(?:days?|weeks?|months?|hours?|minutes?|percent|%|am|pm|o'clock)\b)",
                 re.I)


# "Ana (34)", "John Đặng (10)": an age in brackets right after a capitalised word (any script's capitals)
AGE_BRACKET = re.compile(r"(?<![\w'’-])(?P<w>[^\W\d_][\w'’-]+) ?\((?P<n>\d{1,2})\)(?=[\s,.;:!?]|$)")


def ages(text: str) -> list[Finding]:
    out = [Finding(m.start("n"), m.end("n"), "AGE", 0.7, "age_bracket") for m in AGE_BRACKET.finditer(text)
           if m.group("w")[0].isupper()]
    for m in AGE.finditer(text):
        g = "n" if m.group("n") else "m"
        out.append(Finding(m.start(g), m.end(g), "AGE", 0.85, "age_pattern"))
    return out


TLD = (r"(?:com|org|net|edu|gov|io|ai|co|info|biz|me|app|dev|uk|de|fr|es|it|nl|pl|se|fi|no|dk|br|in|au|ca|jp|cn|"
       r"ru|ch|at|be|pt|ie|nz|za|mx|ar|tr|vn|kr|sg|us|eu|tv|xyz|online|site|shop)")
URL = re.compile(rf"(?<![\w@.-])(?:https?://|www\.)[^\s<>\"'()\[\]]+[^\s<>\"'()\[\].,;:!?]"
                 rf"|(?<![\w@.-])(?:[a-z0-9-]+\.)+{TLD}/[^\s<>\"'()\[\]]*[^\s<>\"'()\[\].,;:!?]", re.I)
HANDLE = re.compile(r"(?<![\w@.])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?(?![\w@]|\.[A-Za-z]{2,}\b)"
                    r"|(?<![\w/])u/[A-Za-z0-9_-]{3,20}\b")


def urls(text: str) -> list[Finding]:
    if "." not in text:
        return []
    return [Finding(m.start(), m.end(), "URL", 0.85, "url_pattern") for m in URL.finditer(text)]


def handles(text: str) -> list[Finding]:
    if "@" not in text and "u/" not in text:
        return []
    return [Finding(m.start(), m.end(), "USER_HANDLE", 0.8, "handle_pattern") for m in HANDLE.finditer(text)]


# --------------------------------------------------------------------------- people inside URLs

# a path segment that lists people: the segment after it names one ("/users/jane-doe", "/in/dana-white")
PROFILE_SEGMENT = re.compile(r"(?i)(?:users?|u|people|persons?|profiles?|members?|in|pub|authors?|staff|team|"
                             r"employees?|customers?|patients?|contacts?|accounts?|@)")
# a query parameter whose value is a person's name, email or phone
QUERY_KIND = (("PERSON", re.compile(r"(?i)(?:full_?|first_?|last_?|given_?|family_?|sur|user_?|display_?|"
                                    r"customer_?|patient_?|contact_?|author_?|owner_?)?names?|user(?:_?id)?|"
                                    r"login|author|customer|patient|contact|owner|recipient")),
              ("EMAIL_ADDRESS", re.compile(r"(?i)e?-?mail(?:_?address)?|email_?to|mailto")),
              ("PHONE_NUMBER", re.compile(r"(?i)phone(?:_?number)?|tel|mobile|cell|msisdn|whatsapp")))
NAME_SLUG = re.compile(r"(?P<name>[^\W\d_]{2,}(?:(?:[-._+]|%20)[^\W\d_]{2,}){1,3})(?:[-_.]\d{1,8})?")
URL_ANY = re.compile(r"(?i)(?<![\w@.-])(?:https?://|www\.)[^\s<>\"')\]]+")


SLUG_PART = re.compile(r"[^\W\d_]+")
SLUG_NAME_RANK = 5000  # a slug is a person's when its words are names, one of them this common


def _name_slug(name: str) -> bool:
    """Whether a URL slug's words ("marek.kaspar", "cherith-mccusker") are a person's name: two or more words,
    none an English or a function word, one a given name or surname the name list ranks."""
    from .languages import NON_ENGLISH, function_word
    from .names import gazetteer, is_english

    parts = SLUG_PART.findall(name.replace("%20", " "))
    if len(parts) < 2 or any(len(p) < 2 or is_english(p) or function_word(p, NON_ENGLISH) for p in parts):
        return False
    g = gazetteer()
    return any(0 < g.best(p) <= SLUG_NAME_RANK for p in parts)


def url_people(text: str) -> list[Finding]:
    """Personal data inside URLs, found on its own (not only when the name was found elsewhere): the value of a
    query parameter that names a person, an email or a phone ("?name=jane.doe", "&email=jane%40x.org"); a
    name-shaped segment right after a path segment that lists people ("/users/jane-doe", "/in/dana-white-42").
    Scored below a URL finding, so a policy that targets whole URLs replaces the URL."""
    if "/" not in text:
        return []
    out = []
    for m in URL_ANY.finditer(text):
        url, base = m.group().rstrip(".,;:!?"), m.start()
        q = url.find("?")
        path_end = q if q >= 0 else len(url)
        start = url.find("//")
        host_end = url.find("/", start + 2 if start >= 0 else 0)
        if 0 <= host_end < path_end:
            segs = [(x.start() + host_end, x.group()) for x in re.finditer(r"[^/]+", url[host_end:path_end])]
            # the whole slug: a number after the name ("dana-white-42") makes it the person's own address
            for i, (pos, seg) in enumerate(segs):
                n = NAME_SLUG.fullmatch(seg)
                if n and ((i > 0 and PROFILE_SEGMENT.fullmatch(segs[i - 1][1])) or _name_slug(n.group("name"))):
                    # after a segment that lists people, or a slug of names on any site ("facebook.com/jan.novak")
                    out.append(Finding(base + pos, base + pos + n.end(), "PERSON", 0.8, "url_person"))
            for pos, seg in segs:  # medium.com/@jane.doe
                if seg.startswith("@") and NAME_SLUG.fullmatch(seg[1:]):
                    n = NAME_SLUG.fullmatch(seg[1:])
                    out.append(Finding(base + pos + 1, base + pos + 1 + n.end(), "PERSON", 0.8, "url_person"))
        if q >= 0:
            for p in re.finditer(r"[?&;](?P<k>[^=&;#]+)=(?P<v>[^&;#]+)", url[q:]):
                key, value = p.group("k"), p.group("v")
                for kind, rx in QUERY_KIND:
                    if rx.fullmatch(key):
                        if kind == "PERSON" and not NAME_SLUG.fullmatch(value) and not value.isalpha():
                            break
                        if kind == "PHONE_NUMBER" and sum(c.isdigit() for c in value) < 7:
                            break
                        out.append(Finding(base + q + p.start("v"), base + q + p.end("v"), kind, 0.8, "url_query"))
                        break
    return out


# --------------------------------------------------------------------------- obfuscation

ODD = re.compile("[\u200b-\u200d\u2060\ufeff\u00ad\uff01-\uff5e\u3000\u00b7\u2022\u2219\u2027\u2024\u30fb\u2012-\u2015]")
SEPARATORS = {"\u00b7", "\u2022", "\u2219", "\u2027", "\u2024", "\u30fb", "\u2012", "\u2013", "\u2014", "\u2015"}
ZERO_WIDTH = {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"}
SPELLED = re.compile(
    r"(?<![\w.])(?P<local>[a-z0-9][a-z0-9_%+-]*(?:(?:\s*[\[(]?\s*(?:dot|\.)\s*[\])]?\s*)[a-z0-9_%+-]+)*)"
    r"\s*[\[(<{]?\s*(?:at|@)\s*[\])>}]?\s*"
    rf"(?P<domain>[a-z0-9-]+(?:\s*[\[(]?\s*(?:dot|\.)\s*[\])]?\s*[a-z0-9-]+)*?(?:\s*[\[(]?\s*(?:dot|\.)\s*[\])]?\s*{TLD}\b)+)",
    re.I)


def fold(text: str) -> tuple[str, list[int]] | None:
    """Plain-ASCII copy of ``text`` and, per folded character, its index in ``text``; None when nothing folds."""
    if not ODD.search(text):
        return None
    chars, where = [], []
    for i, ch in enumerate(text):
        if ch in ZERO_WIDTH:
            continue
        rep = "-" if ch in SEPARATORS else unicodedata.normalize("NFKC", ch)
        for c in rep:
            chars.append(c)
            where.append(i)
    return "".join(chars), where


def obfuscated(text: str) -> list[Finding]:
    """Emails, phone, card and social security numbers written to dodge a plain pattern."""
    out = []
    low = text.lower()
    if " at " in low or "(at)" in low or "[at]" in low or " dot " in low:
        for m in SPELLED.finditer(text):
            if re.search(r"\bdot\b|[\[(<{]\s*at\s*[\])>}]|\s+at\s+", m.group(), re.I) and "@" not in m.group():
                out.append(Finding(m.start(), m.end(), "EMAIL_ADDRESS", 0.85, "email_spelled_out"))
    folded = fold(text)
    if folded is not None:
        plain, where = folded
        for f in emails(plain) + numbers(plain):  # phones, and cards and SSNs with a zero-width character inside
            s, e = where[f.start], where[f.end - 1] + 1
            if text[s:e] != plain[f.start:f.end]:  # only what folding revealed; plain text is found as usual
                out.append(Finding(s, e, f.entity, f.score, f.source + "_folded"))
    return out


CONTEXTUAL_TYPES = {"DATE_OF_BIRTH", "AGE", "URL", "USER_HANDLE", "EMAIL_ADDRESS", "PHONE_NUMBER", "PERSON", "CREDIT_CARD",
                    "US_SSN"}


def contextual(text: str) -> list[Finding]:
    return dates_of_birth(text) + ages(text) + urls(text) + handles(text) + obfuscated(text) + url_people(text)
