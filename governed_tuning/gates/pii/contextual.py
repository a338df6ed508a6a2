"""Kinds found by a value plus the words around it, and the obfuscated forms people write.

- ``DATE_OF_BIRTH`` (``birthdates.py``): a real calendar date in any format the locales write, with words of
  birth near it in some thirty languages, under a birth column of a table, or an adult's full date in an
  identity record; every other date is kept.
- ``AGE`` (``ages.py``): "34 years old", "aged 34", "j'ai 34 ans", "34 Jahre alt", "tengo 34 años", "34岁"...
  (the number only is scrubbed); quantities, durations and ticket numbers are kept.
- ``URL`` (scheme, ``www.`` or a domain with a path) and ``USER_HANDLE`` ("@jdoe_88", "u/jdoe").
- People inside URLs, on their own (``urlpeople.py``): profiles ("linkedin.com/in/dana-white-4a2b1c",
  "github.com/jdoe", "x.com/jdoe_88"), "/users/jane-doe", "/~jdoe", "?name=jane.doe", "?email=..." (the name,
  handle, email or phone, not the whole URL, unless the policy targets ``URL``).
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
from .prefilter import fast
from .recognizers import NOSPACE, Finding, emails, numbers
from .urlpeople import url_people

__all__ = ["dates_of_birth", "ages", "urls", "handles", "obfuscated", "url_people", "CONTEXTUAL_TYPES"]

TLD = (r"(?:com|org|net|edu|gov|io|ai|co|info|biz|me|app|dev|uk|de|fr|es|it|nl|pl|se|fi|no|dk|br|in|au|ca|jp|cn|"
       r"ru|ch|at|be|pt|ie|nz|za|mx|ar|tr|vn|kr|sg|us|eu|tv|xyz|online|site|shop)")
# an address glued to words of a script written without spaces starts and ends there ("访问www.janedoe.com谢谢",
# "主页是https://example.com/jane。"): its letters and its punctuation are not the URL's
_NOT_URL = rf"\s<>\"'()\[\]{NOSPACE}\u3000-\u303f\uff01-\uff0f\uff1a-\uff20"
URL = re.compile(rf"(?<![^\W{NOSPACE}])(?<![@.-])(?:https?://|www\.)[^{_NOT_URL}]+[^{_NOT_URL}.,;:!?]"
                 rf"|(?<![^\W{NOSPACE}])(?<![@.-])(?:[a-z0-9-]+\.)+{TLD}/[^{_NOT_URL}]*[^{_NOT_URL}.,;:!?]", re.I)
# (after a word of a script written without spaces the handle still starts: "我的微博是@ekozma。")
HANDLE = re.compile(rf"(?<![^\W{NOSPACE}])(?<![@.])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{{0,28}}[A-Za-z0-9_])?"
                    rf"(?![^\W{NOSPACE}]|@|\.[A-Za-z]{{2,}}\b)"
                    r"|(?<![\w/])u/[A-Za-z0-9_-]{3,20}\b")
HANDLE = fast(HANDLE)  # tried only where its first letters stand (prefilter.py)


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


def _prose_at(m: re.Match) -> bool:
    """Whether a spelled address is prose: an ordinary English word, then the word "at", then a host written
    with its dots ("the docs are at docs.python.org", "meet at example.com"). A host spelled with "dot" or a
    bracketed "[at]" is an address whatever precedes it."""
    from .names import FUNCTION_WORDS, is_english

    local, g = m.group("local"), m.group()
    if not local.isalpha() or re.search(r"\bdot\b|[\[(<{]", g, re.I):
        return False
    return local.casefold() in FUNCTION_WORDS or is_english(local)


def obfuscated(text: str) -> list[Finding]:
    """Emails, phone, card and social security numbers written to dodge a plain pattern."""
    out = []
    low = text.lower()
    if " at " in low or "(at)" in low or "[at]" in low or " dot " in low or " @" in low or "@ " in low:
        for m in SPELLED.finditer(text):
            g = m.group()
            # an "@" with spaces around it is written to dodge a pattern ("akiha.kasuya @ docomo.ne.jp")
            spaced_at = "@" in g and re.search(r"\s@|@\s", g) is not None
            if not spaced_at and (not re.search(r"\bdot\b|[\[(<{]\s*at\s*[\])>}]|\s+at\s+", g, re.I) or "@" in g):
                continue
            if not spaced_at and _prose_at(m):
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
