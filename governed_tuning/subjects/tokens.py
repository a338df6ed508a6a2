"""Keyed tokens of a person's identifiers: how "Jane Doe" in a request meets "jane  doe" in a dataset.

A data-subject request (GDPR Art. 15 access, Art. 17 erasure, CCPA deletion) names a person by what they
gave us: a name, an e-mail address, a phone number, an identifier. The PII gate keeps no plain value, so it
indexes each identifier it found by ``HMAC-SHA256(key, class, normalised value)`` (truncated to 128 bits) under
the pseudonym key; the request is tokenised the same way, with the same key, and the tokens are compared.

Both sides go through :func:`normalise`, so the request matches what the data held when they differ only in:

- names: letter case, accents ("José" = "Jose"), spacing, hyphens and apostrophes ("Jean-Luc O'Brien" =
  "jean luc obrien"), a leading title (Dr, Mr, Mrs, Ms, Mx, Prof, Sir, Dame, Miss);
- e-mail: case, a ``mailto:`` prefix, zero-width or full-width characters, the spelled-out "at"/"dot" form;
- phone: any national or international format of the same number (``phonenumbers``, with the run's default
  region for numbers written without a country code): "(202) 555-0143" = "+1 202 555 0143"; and, by a second
  token, its national significant number, so "030 1234567" in German data scrubbed under region US still meets
  "+49 30 1234567";
- other identifiers: spaces, dots, hyphens and case ("123-45-6789" = "123 45 6789").

Not matched (say so to the requester): a name written in another order ("Doe, Jane"), shortened ("J. Doe",
"Jane" alone), with a middle name the request lacks, misspelt or transliterated differently ("Jane Dough",
"Ioana"/"Yoana"); an e-mail address with a plus tag or dots Gmail ignores; a phone number the detector did not
find, or given with another international prefix than ``+`` ("0049 ..."). A name the detector missed in the
data is not in the index at all (the PII gate's residual figures say how often that happens).
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import re
import unicodedata

#: The label every token is keyed under: the same key gives other values here than the pseudonyms in the copy.
TOKEN_LABEL = b"governed-tuning/subject-index/v1"
TOKEN_BYTES = 16
NORMALISER_VERSION = 1

# kinds that name or reach one person; places, dates, groups and special categories are not indexed (they are
# not what a requester is found by, and an index of them would say more than it needs to)
NOT_INDEXED_GROUPS = frozenset({"location", "special", "other"})
NOT_INDEXED_KINDS = frozenset({"AGE", "DATE_OF_BIRTH", "HEALTH_DATA", "RELIGION"})

TITLES = frozenset({"dr", "mr", "mrs", "ms", "mx", "miss", "prof", "professor", "sir", "dame", "herr", "frau",
                    "mme", "mlle", "m", "sr", "sra", "dott", "ing"})
_APOSTROPHES = re.compile(r"['’`´ʼ]")
_NOT_NAME = re.compile(r"[^\w]+")
_SPELLED_AT = re.compile(r"\s*[\[(]?\s*\bat\b\s*[\])]?\s*", re.I)
_SPELLED_DOT = re.compile(r"\s*[\[(]?\s*\bdot\b\s*[\])]?\s*", re.I)


def indexed(kind: str) -> bool:
    """Whether the PII gate indexes findings of ``kind`` (the catalogue's groups decide)."""
    from ..gates.pii.kinds import KINDS

    k = KINDS.get(kind)
    return k is not None and k.group not in NOT_INDEXED_GROUPS and kind not in NOT_INDEXED_KINDS


def token_class(kind: str) -> str:
    """The class a kind is tokenised under: findings of several kinds that are one thing (a phone number found by
    a national recognizer) meet one request option."""
    if kind == "PERSON":
        return "name"
    if kind == "EMAIL_ADDRESS":
        return "email"
    if kind == "PHONE_NUMBER" or kind.endswith(("_TELEPHONE_NUMBER", "_MOBILE_NUMBER")):
        return "phone"
    return kind


def _plain(value: str) -> str:
    """NFKC, without format characters (zero-width spaces and joiners, soft hyphens)."""
    value = unicodedata.normalize("NFKC", value)
    return "".join(c for c in value if unicodedata.category(c) != "Cf")


def normalise_name(value: str) -> str:
    s = unicodedata.normalize("NFKD", _plain(value))
    s = "".join(c for c in s if not unicodedata.combining(c)).casefold()
    s = _APOSTROPHES.sub("", s)
    words = [w for w in _NOT_NAME.sub(" ", s).replace("_", " ").split() if w]
    while len(words) > 1 and words[0] in TITLES:
        words = words[1:]
    return " ".join(words)


def normalise_email(value: str) -> str:
    s = _plain(value).strip().casefold()
    s = s.removeprefix("mailto:")
    if "@" not in s:
        s = _SPELLED_DOT.sub(".", _SPELLED_AT.sub("@", s, count=1))
    return "".join(s.split()).strip(".<>()[]")


def _parse_phone(value: str, region: str):
    import phonenumbers

    s = _plain(value).strip()
    try:
        n = phonenumbers.parse(s, region.upper() or None)
    except phonenumbers.NumberParseException:
        return s, None
    return s, n if phonenumbers.is_possible_number(n) else None


def normalise_phone(value: str, region: str) -> str:
    """E.164 when the number parses (in ``region`` when it has no country code), else its digits."""
    import phonenumbers

    s, n = _parse_phone(value, region)
    if n is not None:
        return phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.E164)
    digits = "".join(c for c in s if c.isdigit())
    return ("+" if s.startswith("+") else "") + digits


def national_number(value: str, region: str) -> str:
    """The national significant number (no country code, no trunk prefix): "+49 30 1234567" and "030 1234567"
    read in any region both give "301234567". A second token of every phone, so a number written without its
    country code in data from another region than the run's is still found (at the price of also finding the
    same national number of another country; ``find`` says which identifier matched)."""
    s, n = _parse_phone(value, region)
    if n is not None:
        return str(n.national_number)
    digits = "".join(c for c in s if c.isdigit()).lstrip("0")
    return digits if len(digits) >= 6 else ""


def normalise_id(kind: str, value: str) -> str:
    s = _plain(value).strip()
    if kind == "IP_ADDRESS":
        try:
            return ipaddress.ip_address(s.strip("[]")).compressed
        except ValueError:
            return s.casefold()
    if kind in ("URL", "USER_HANDLE"):
        return s.casefold().rstrip("/").lstrip("@")
    return "".join(c for c in s if c.isalnum()).upper()


def normalise(kind: str, value: str, region: str = "US") -> str:
    """The form of ``value`` (a finding of ``kind``) that is tokenised; "" when nothing is left to match."""
    cls = token_class(kind)
    if cls == "name":
        return normalise_name(value)
    if cls == "email":
        return normalise_email(value)
    if cls == "phone":
        return normalise_phone(value, region)
    return normalise_id(kind, value)


def _mac(key: bytes, cls: str, norm: str) -> str:
    msg = TOKEN_LABEL + b"\x00" + cls.encode("ascii") + b"\x00" + norm.encode("utf-8")
    return hmac.new(key, msg, hashlib.sha256).digest()[:TOKEN_BYTES].hex()


def token(key: bytes, kind: str, value: str, region: str = "US") -> str | None:
    """The keyed token of an identifier, hex; None when its normal form is empty (nothing to match)."""
    norm = normalise(kind, value, region)
    return _mac(key, token_class(kind), norm) if norm else None


def tokens(key: bytes, kind: str, value: str, region: str = "US") -> list[str]:
    """Every token an identifier is indexed and searched under: :func:`token`, and for a phone number also its
    national significant number's (:func:`national_number`)."""
    out = [t for t in (token(key, kind, value, region),) if t]
    if token_class(kind) == "phone":
        nsn = national_number(value, region)
        if nsn:
            out.append(_mac(key, "phone-national", nsn))
    return out


def region_of(locale: str) -> str:
    """The phone region of a Faker-style locale ("en_US" -> "US"); "US" when the locale names none."""
    part = locale.replace("-", "_").split("_")[-1]
    return part.upper() if len(part) == 2 and part.isalpha() else "US"
