"""Kinds found by a value plus the words around it, and the obfuscated forms people write.

- ``DATE_OF_BIRTH``: a real calendar date (numeric, ISO, or with a month name) with words of birth near it
  ("DOB", "born", "date of birth", "birthday", "geboren", "né le", "fecha de nacimiento"). Every other date
  is kept: "tomorrow", "3-5 days" and "delivered on 2024-03-05" are ordinary content.
- ``AGE``: "34 years old", "aged 34", "age: 34", "a 34-year-old" (the number only is scrubbed).
- ``URL`` (scheme, ``www.`` or a domain with a path) and ``USER_HANDLE`` ("@jdoe_88", "u/jdoe").
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

MONTHS = {m: i + 1 for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
                                           "nov", "dec"])}
MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
         r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
DAY = r"(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?"
DATE = re.compile(
    rf"(?<![\w/.-])(?:(?P<y1>(?:19|20)\d\d)[-/.](?P<m1>0?[1-9]|1[0-2])[-/.](?P<d1>0?[1-9]|[12]\d|3[01])"
    rf"|(?P<a2>\d{{1,2}})[/.-](?P<b2>\d{{1,2}})[/.-](?P<y2>(?:19|20)?\d\d)"
    rf"|(?P<d3>{DAY})\s+(?:of\s+)?(?P<m3>{MONTH}),?\s+(?P<y3>(?:19|20)\d\d)"
    rf"|(?P<m4>{MONTH})\s+(?P<d4>{DAY}),?\s+(?P<y4>(?:19|20)\d\d))(?![\w/-]|\.\d)", re.I)
BIRTH = re.compile(r"(?<!\w)(?:d\.?o\.?b\.?|date of birth|birth ?date|birthdate|born(?: on| in)?|birthday|"
                   r"b\.|geboren(?: am)?|geburtsdatum|née? le|date de naissance|fecha de nacimiento|nacid[oa]|"
                   r"data di nascita|nato il|nata il|urodzon[ya]|född|syntynyt|doğum tarihi|ngày sinh)(?!\w)", re.I)
BIRTH_BEFORE, BIRTH_AFTER = 40, 25


def _real_date(m: re.Match) -> bool:
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
            mo = MONTHS[(g["m3"] or g["m4"])[:3].lower()]
            y = int(g["y3"] or g["y4"])
        _dt.date(y, mo, d)
    except (ValueError, TypeError, KeyError):
        return False
    return 1900 <= y <= _dt.date.today().year


def dates_of_birth(text: str) -> list[Finding]:
    """Dates with words of birth within a few words before (or just after) them."""
    if not BIRTH.search(text):
        return []
    out = []
    for m in DATE.finditer(text):
        s, e = m.span()
        if not _real_date(m):
            continue
        if BIRTH.search(text, max(0, s - BIRTH_BEFORE), s) or BIRTH.search(text, e, min(len(text), e + BIRTH_AFTER)):
            out.append(Finding(s, e, "DATE_OF_BIRTH", 0.9, "dob_context"))
    return out


AGE = re.compile(r"(?<![\w.])(?P<n>1[01]\d|\d{1,2})(?:\s*(?:years?|yrs?)(?:\s+|-)old\b|-years?-old\b|\s*y/o\b|\s*yo\b)"
                 r"|(?<!\w)(?:aged|age[:\s]+|(?:at )?the age of|(?:i'll|i will|i|he|she|they|we|you|who|just|"
                 r"has|have|had|he'll|she'll)\s+(?:turn|turns|turned|turning)|i'm|i am|he's|she's|he is|she is|"
                 r"who is|who's)\s*(?P<m>1[01]\d|\d{1,2})"
                 r"(?![\w,:/%-]|\.\d|,\d|\s*(?:days?|weeks?|months?|hours?|minutes?|percent|%|am|pm|o'clock)\b)",
                 re.I)


# "Ana (34)": an age in brackets right after a capitalised word
AGE_BRACKET = re.compile(r"[A-ZÀ-Þ][\w'’-]+ ?\((?P<n>\d{1,2})\)(?=[\s,.;:!?]|$)")


def ages(text: str) -> list[Finding]:
    out = [Finding(m.start("n"), m.end("n"), "AGE", 0.7, "age_bracket") for m in AGE_BRACKET.finditer(text)]
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


# --------------------------------------------------------------------------- obfuscation

ODD = re.compile("[\u200b-\u200d\u2060\ufeff\u00ad\uff01-\uff5e\u3000\u00b7\u2022\u2219\u2027\u2024\u30fb\u2012-\u2015]")
SEPARATORS = {"\u00b7", "\u2022", "\u2219", "\u2027", "\u2024", "\u30fb", "\u2012", "\u2013", "\u2014", "\u2015"}
ZERO_WIDTH = {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"}
SPELLED = re.compile(
    r"(?<![\w.])(?P<local>[a-z0-9][a-z0-9_%+-]*(?:(?:\s*[\[(]?\s*(?:dot|\.)\s*[\])]?\s*)[a-z0-9_%+-]+)*)"
    r"\s*[\[(<{]?\s*(?:at|@)\s*[\])>}]?\s*"
    rf"(?P<domain>[a-z0-9-]+(?:\s*[\[(]?\s*(?:dot|\.)\s*[\])]?\s*[a-z0-9-]+)*?\s*[\[(]?\s*(?:dot|\.)\s*[\])]?\s*{TLD})\b",
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
    """Emails and phone numbers written to dodge a plain pattern."""
    out = []
    low = text.lower()
    if " at " in low or "(at)" in low or "[at]" in low or " dot " in low:
        for m in SPELLED.finditer(text):
            if re.search(r"\bdot\b|[\[(<{]\s*at\s*[\])>}]|\s+at\s+", m.group(), re.I) and "@" not in m.group():
                out.append(Finding(m.start(), m.end(), "EMAIL_ADDRESS", 0.85, "email_spelled_out"))
    folded = fold(text)
    if folded is not None:
        plain, where = folded
        for f in emails(plain) + [f for f in numbers(plain) if f.entity == "PHONE_NUMBER"]:
            s, e = where[f.start], where[f.end - 1] + 1
            if text[s:e] != plain[f.start:f.end]:  # only what folding revealed; plain text is found as usual
                out.append(Finding(s, e, f.entity, f.score, f.source + "_folded"))
    return out


CONTEXTUAL_TYPES = {"DATE_OF_BIRTH", "AGE", "URL", "USER_HANDLE", "EMAIL_ADDRESS", "PHONE_NUMBER"}


def contextual(text: str) -> list[Finding]:
    return dates_of_birth(text) + ages(text) + urls(text) + handles(text) + obfuscated(text)
