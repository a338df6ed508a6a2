"""Kinds found by a value plus the words around it, and the obfuscated forms people write.

- ``DATE_OF_BIRTH`` (``birthdates.py``): a real calendar date in any format the locales write, with words of
  birth near it in some thirty languages, under a birth column of a table, or an adult's full date in an
  identity record; every other date is kept.
- ``AGE`` (``ages.py``): "34 years old", "aged 34", "j'ai 34 ans", "34 Jahre alt", "tengo 34 años", "34岁"...
  (the number only is scrubbed); quantities, durations and ticket numbers are kept.
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

import re
import unicodedata

from .ages import ages
from .birthdates import dates_of_birth
from .recognizers import Finding, emails, numbers

__all__ = ["dates_of_birth", "ages", "urls", "handles", "obfuscated", "CONTEXTUAL_TYPES"]

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
    rf"(?P<domain>[a-z0-9-]+(?:\s*[\[(]?\s*(?:dot|\.)\s*[\])]?\s*[a-z0-9-]+)*?(?:\s*[\[(]?\s*(?:dot|\.)\s*[\])]?\s*"
    rf"(?P<tld>{TLD}|[a-z]{{2}})\b)+)",
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
            if not re.search(r"\bdot\b|[\[(<{]\s*at\s*[\])>}]|\s+at\s+", m.group(), re.I) or "@" in m.group():
                continue
            if re.search(r"\.\s+[A-Z]", m.group()) and not re.search(r"\bdot\b|[\[(<{]", m.group(), re.I):
                continue  # "targeted at CPython. It expects": a sentence's end and the next one's first word

            # any country's two letters end an address ("musa22[at]box[dot]az", "stefan_mlinar at email dot si")
            # when the rest reads as one: a bracketed "[at]"/"[dot]", or a user part with a digit, "." or "_"
            # ("look at it dot by" is prose)
            if re.fullmatch(TLD, m.group("tld"), re.I) or re.search(r"[\[(<{]\s*(?:at|dot)\s*[\])>}]", m.group(), re.I) \
                    or re.search(r"[._\d]|\sdot\s", m.group("local"), re.I):
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
