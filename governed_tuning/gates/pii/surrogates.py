"""The ``surrogate`` action: realistic, locale-aware fake values, chosen by the keyed HMAC.

A model trained on ``PERSON_3fa9…`` tokens learns to write tokens; one trained on "Kerstin Lindqvist" sees
natural text, and a real name the detector missed hides among fake ones instead of standing out. Each value
is drawn by Faker (names, addresses, cities, companies) or by phonenumbers / python-stdnum (phone numbers
valid for the original's region, IBANs with correct check digits) from a generator seeded with
``HMAC(key, kind + normalised original)``: the same person gets the same fake person in every record and every
run with the same key (and the same Faker version: pinned in pyproject.toml as FAKER_PIN, recorded in the
evidence), and another key gives other fakes. Nothing here logs or raises with a value.

Locale: a name's locale is the one whose Faker name lists hold its words (then its script, then its accented
letters); a phone number's is its region; an email's its country domain; an address's its street words. What
has no clue takes the policy's default locale.

Parts of one person stay one person: ``person(value, part_of=full_name)`` returns the matching part of the full
name's surrogate, so "Kamau" after "Wanjiru Kamau" becomes the surname of the same fake person.
"""

from __future__ import annotations

import datetime as _dt
import functools
import hashlib
import hmac
import ipaddress
import random
import re
import string
import unicodedata
from collections.abc import Callable

# Locales whose name lists are searched to place a name (a name found in several takes the first listed).
NAME_LOCALES = ("en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "pt_BR", "nl_NL", "pl_PL", "sv_SE", "da_DK",
                "no_NO", "fi_FI", "cs_CZ", "hu_HU", "ro_RO", "tr_TR", "el_GR", "ru_RU", "uk_UA", "en_IN", "id_ID",
                "vi_VN", "ja_JP", "zh_CN", "ko_KR", "he_IL", "ar_AA", "sw", "en_NG")
REGION_LOCALE = {"US": "en_US", "GB": "en_GB", "IE": "en_IE", "AU": "en_AU", "NZ": "en_NZ", "CA": "en_CA",
                 "IN": "en_IN", "DE": "de_DE", "AT": "de_AT", "CH": "de_CH", "FR": "fr_FR", "BE": "fr_BE",
                 "ES": "es_ES", "MX": "es_MX", "AR": "es_AR", "CO": "es_CO", "CL": "es_CL", "IT": "it_IT",
                 "PT": "pt_PT", "BR": "pt_BR", "NL": "nl_NL", "PL": "pl_PL", "SE": "sv_SE", "NO": "no_NO",
                 "DK": "da_DK", "FI": "fi_FI", "CZ": "cs_CZ", "SK": "sk_SK", "HU": "hu_HU", "RO": "ro_RO",
                 "GR": "el_GR", "TR": "tr_TR", "RU": "ru_RU", "UA": "uk_UA", "JP": "ja_JP", "CN": "zh_CN",
                 "TW": "zh_TW", "KR": "ko_KR", "IL": "he_IL", "ID": "id_ID", "VN": "vi_VN", "PH": "en_PH",
                 "NG": "en_NG", "KE": "en_KE", "SA": "ar_SA", "EG": "ar_EG", "AE": "ar_AE"}
SCRIPT_LOCALE = (("CYRILLIC", "ru_RU"), ("GREEK", "el_GR"), ("HIRAGANA", "ja_JP"), ("KATAKANA", "ja_JP"),
                 ("HANGUL", "ko_KR"), ("CJK", "zh_CN"), ("HEBREW", "he_IL"), ("ARABIC", "ar_AA"),
                 ("DEVANAGARI", "hi_IN"), ("THAI", "th_TH"))
LETTER_LOCALE = (("ßäöü", "de_DE"), ("ñ", "es_ES"), ("ãõ", "pt_BR"), ("łśżźćńąę", "pl_PL"), ("čřůěť", "cs_CZ"),
                 ("ışğ", "tr_TR"), ("őű", "hu_HU"), ("ășț", "ro_RO"), ("å", "sv_SE"), ("øæ", "no_NO"),
                 ("èêàç", "fr_FR"))
STREET_LOCALE = ((r"stra(?:ß|ss)e|gasse|weg\b|platz", "de_DE"), (r"\brue\b|avenue de|boulevard|allée", "fr_FR"),
                 (r"\b(?:calle|avenida|paseo|carrer)\b", "es_ES"), (r"\b(?:via|viale|corso|piazza)\b", "it_IT"),
                 (r"\b(?:rua|travessa|largo)\b", "pt_BR"), (r"straat|laan\b|plein\b", "nl_NL"),
                 (r"\b(?:ulica|ul\.|aleja)\b", "pl_PL"), (r"gatan\b|vägen\b", "sv_SE"), (r"katu\b|tie\b", "fi_FI"))
TLD_REGION = {"de": "DE", "at": "AT", "ch": "CH", "fr": "FR", "be": "BE", "es": "ES", "mx": "MX", "it": "IT",
              "pt": "PT", "br": "BR", "nl": "NL", "pl": "PL", "se": "SE", "no": "NO", "dk": "DK", "fi": "FI",
              "cz": "CZ", "hu": "HU", "ro": "RO", "gr": "GR", "tr": "TR", "ru": "RU", "ua": "UA", "jp": "JP",
              "cn": "CN", "kr": "KR", "il": "IL", "in": "IN", "uk": "GB", "ie": "IE", "au": "AU", "nz": "NZ",
              "ca": "CA", "id": "ID", "vn": "VN", "ng": "NG", "ke": "KE"}
NO_SPACE_SCRIPTS = ("CJK", "HIRAGANA", "KATAKANA", "HANGUL")
# kinds whose values are words of a category, not identifiers: a fake would be gibberish or a falsehood
NOT_SURROGATABLE = frozenset({"HEALTH_DATA", "RELIGION", "NRP", "SEXUAL_ORIENTATION", "POLITICAL_OPINION",
                              "ETHNICITY", "TRADE_UNION", "BIOMETRIC", "GENETIC"})
SLUG = re.compile(r"[^\W\d_]{2,}(?:[-._+][^\W\d_]{2,})+")
SLUG_SEP = re.compile(r"[-._+]")
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december"]


# A fake value is Faker's draw from a generator seeded by the key: the same key and value give the same fake
# only with the same Faker (its name lists and its drawing change between releases). So Faker is pinned to this
# version in pyproject.toml (a test keeps the two equal and holds golden surrogates), and the evidence records
# the installed version beside it: a run with another Faker says so instead of silently giving every person
# another fake. Raising the pin is a deliberate change: the golden values change with it.
FAKER_PIN = "40.63.0"
# Draws of a fake person before the last one is kept although it is taken (a dataset holding most of a country's
# common names leaves few untaken; the full name is then still another person's, only not checked again).
MAX_REDRAWS = 16
SCHEME = "hmac-sha256(key, 'surrogate' kind normalised-value)[:8] -> Faker.seed_instance, v1"


def _faker_version() -> str:
    import faker

    return getattr(faker, "VERSION", "")


@functools.lru_cache(maxsize=None)
def _faker(locale: str):
    from faker import Faker

    return Faker(locale)


@functools.lru_cache(maxsize=1)
def _name_index() -> dict[str, dict[str, str]]:
    """casefolded name word -> {locale: 'first'|'last'|'both'} from Faker's own name lists, in NAME_LOCALES order."""
    index: dict[str, dict[str, str]] = {}
    for loc in NAME_LOCALES:
        try:
            p = _faker(loc).provider("faker.providers.person")
        except Exception:  # noqa: BLE001 - a locale missing from this Faker version is skipped
            continue
        for part, attr in (("first", "first_names"), ("last", "last_names")):
            for w in getattr(p, attr, ()) or ():
                if isinstance(w, str):
                    for piece in w.split():
                        roles = index.setdefault(piece.casefold(), {})
                        roles[loc] = part if roles.get(loc, part) == part else "both"
    return index


def is_name_word(word: str) -> bool:
    """Whether ``word`` is a given name or surname in one of Faker's name lists (NAME_LOCALES)."""
    return len(word) >= 3 and word.casefold() in _name_index()


_NAME_PAIR = re.compile(r"(?<![\w<])([^\W\d_][\w'’-]+)[ \t]+([^\W\d_][\w'’-]+)(?:[ \t]+([^\W\d_][\w'’-]+))?(?![\w>])")


def name_pairs(text: str, is_common=lambda w: False) -> list[tuple[int, int]]:
    """Spans of "Given Surname" (optionally a second surname) where both words are capitalised, neither is a
    common word, and one Faker locale lists the first as a given name and the second as a surname: a
    gazetteer reading that needs no context, independent of NER (the re-scan's own way to find a name the
    scrub's detector missed)."""
    if not any(c.isupper() for c in text):
        return []
    index = _name_index()
    out = []
    for m in _NAME_PAIR.finditer(text):
        a, b, c = m.group(1), m.group(2), m.group(3)
        if not (a[0].isupper() and b[0].isupper()) or is_common(a) or is_common(b) or a.isupper() or b.isupper():
            continue
        ra, rb = index.get(a.casefold(), {}), index.get(b.casefold(), {})
        if any(ra.get(loc) in ("first", "both") and rb.get(loc) in ("last", "both") for loc in ra):
            end = m.end(2)
            if c and c[0].isupper() and not is_common(c) and index.get(c.casefold()):
                end = m.end(3)
            out.append((m.start(1), end))
    return out


def _script_locale(text: str) -> str | None:
    for ch in text:
        if ch.isalpha() and ord(ch) > 0x24F:
            name = unicodedata.name(ch, "")
            for script, loc in SCRIPT_LOCALE:
                if name.startswith(script):
                    return loc
    low = text.casefold()
    for letters, loc in LETTER_LOCALE:
        if any(c in low for c in letters):
            return loc
    return None


def _case_like(original: str, fake: str) -> str:
    letters = [c for c in original if c.isalpha()]
    if letters and all(c.islower() for c in letters):
        return fake.lower()
    if len(letters) > 1 and all(c.isupper() for c in letters):
        return fake.upper()
    return fake


def _norm(value: str) -> str:
    return " ".join(value.split()).casefold()


class Surrogates:
    """Fake values per kind, chosen by ``HMAC(key, kind, value)``. ``generate(kind, value)`` is the one entry;
    ``person(value, part_of)`` keeps the parts of a full name together."""

    def __init__(self, key: bytes, default_locale: str = "en_US"):
        if not key:
            raise ValueError("surrogates need a secret key")
        self._key = key
        self.default_locale = default_locale
        self.faker_version = _faker_version()
        self._people: dict[str, list[str]] = {}
        # ``taken(name) -> bool``: a name the dataset itself holds (set by the scrub from the dataset-wide state).
        # Faker's lists are the common names of a country, so "James Smith" is a likely fake for anyone; written
        # into a copy whose data holds a real James Smith it would be indistinguishable from a leak of him (and a
        # memorisation probe or a subject search would find him). A drawn name that is taken is drawn again from
        # the same seeded generator, so the choice stays a function of key, name and dataset.
        self.taken: Callable[[str], bool] | None = None

    def provenance(self) -> dict:
        """What generated the surrogates, for the evidence: library and version, the pinned version, the
        seeding scheme (never the key)."""
        import phonenumbers

        return {"generator": "faker", "faker": self.faker_version, "faker_pinned": FAKER_PIN,
                "faker_matches_pin": self.faker_version == FAKER_PIN,
                "phonenumbers": getattr(phonenumbers, "__version__", ""), "scheme": SCHEME,
                "default_locale": self.default_locale}

    # ------------------------------------------------------------------ seeding

    def _seed(self, kind: str, value: str) -> int:
        mac = hmac.new(self._key, f"surrogate\x00{kind}\x00{_norm(value)}".encode("utf-8"), hashlib.sha256).digest()
        return int.from_bytes(mac[:8], "big")

    def _rng(self, kind: str, value: str) -> random.Random:
        return random.Random(self._seed(kind, value))

    def _fk(self, locale: str, seed: int):
        f = _faker(locale)
        f.seed_instance(seed)
        return f

    # ------------------------------------------------------------------ dispatch

    def generate(self, kind: str, value: str, part_of: str | None = None) -> str:
        """A surrogate for ``value`` of ``kind``; same inputs and key, same output."""
        fn = {"PERSON": self.person, "EMAIL_ADDRESS": self.email, "PHONE_NUMBER": self.phone,
              "STREET_ADDRESS": self.address, "LOCATION": self.location, "ORGANIZATION": self.organization,
              "CREDIT_CARD": self.card, "IBAN_CODE": self.iban, "US_SSN": self.ssn, "IP_ADDRESS": self.ip,
              "MAC_ADDRESS": self.mac, "DATE_TIME": self.date, "DATE_OF_BIRTH": self.date, "URL": self.url,
              "AGE": self.age, "UUID": self.uuid}.get(kind)
        if kind == "PERSON":
            return self.person(value, part_of)
        if fn is not None:
            return fn(value)
        return self.identifier(kind, value)

    # ------------------------------------------------------------------ people

    def name_locale(self, value: str) -> str:
        """The locale whose Faker name lists hold most of the name's words (ties: the earlier in NAME_LOCALES),
        else the script's or accented letters' locale, else the default."""
        index = _name_index()
        votes: dict[str, int] = {}
        for w in re.findall(r"[\w'’-]+", value):
            for loc in index.get(w.casefold(), {}):
                votes[loc] = votes.get(loc, 0) + 1
        hint = _script_locale(value)  # accented letters or a script count as one more word for their locale
        if hint:
            votes[hint] = votes.get(hint, 0) + 1
        if votes:
            return max(votes, key=lambda loc: (votes[loc], -NAME_LOCALES.index(loc) if loc in NAME_LOCALES else -99))
        return self.default_locale

    def _person_parts(self, full: str) -> list[str]:
        norm = _norm(full)
        if norm in self._people:
            return self._people[norm]
        words = full.split()
        loc = self.name_locale(full)
        f = self._fk(loc, self._seed("PERSON", full))
        first_is_female = None
        p = f.provider("faker.providers.person")
        if words:
            w0 = words[0]
            fem = set(getattr(p, "first_names_female", ()) or ())
            male = set(getattr(p, "first_names_male", ()) or ())
            first_is_female = True if w0 in fem and w0 not in male else (False if w0 in male and w0 not in fem else None)
        own = {w.casefold() for w in words}
        for _ in range(MAX_REDRAWS):
            parts = self._draw_person(f, words, loc, first_is_female)
            # never the person's own name (or a word of it), and, where the scrub says which names the dataset
            # holds, never one of those: the redraw continues the same seeded generator, so it is deterministic
            if own.isdisjoint(w.casefold() for p_ in parts for w in p_.split()) and not (
                    self.taken is not None and self.taken(" ".join(parts))):
                break
        if len(self._people) >= 100_000:  # a cache only (the choice is a function of key and name): stay bounded
            self._people.clear()
        self._people[norm] = parts
        return parts

    @staticmethod
    def _draw_person(f, words: list[str], loc: str, first_is_female: bool | None) -> list[str]:
        first = (f.first_name_female() if first_is_female else f.first_name_male() if first_is_female is False
                 else f.first_name())
        n = max(1, len(words))
        if n == 1:
            roles = _name_index().get(words[0].casefold(), {}) if words else {}
            parts = [f.last_name() if roles.get(loc, next(iter(roles.values()), "first")) == "last" else first]  # noqa: E501
        else:
            lasts: list[str] = []
            while len(lasts) < n - 1:
                ln = f.last_name()
                if ln not in lasts or len(lasts) > 4:
                    lasts.append(ln)
            parts = [first] + lasts
        return [" ".join(x.split()) for x in parts]

    def person(self, value: str, part_of: str | None = None) -> str:
        """A fake person for ``value``; with ``part_of`` (the full name ``value`` is a word of), the matching
        part of that full name's fake, so one person stays one fake person."""
        slug = SLUG.fullmatch(value)
        if slug and len(set(SLUG_SEP.findall(value))) == 1 and not part_of:
            # a name written as one token, as in a URL or a user name ("jane-doe", "jane.doe"): a fake person
            # joined the same way, so the URL stays a URL
            sep = SLUG_SEP.findall(value)[0]
            return self.person(value.replace(sep, " ")).replace(" ", sep)
        no_space = any(unicodedata.name(c, "").startswith(NO_SPACE_SCRIPTS) for c in value if c.isalpha())
        if part_of and _norm(part_of) != _norm(value):
            words = [w.casefold() for w in part_of.split()]
            parts = self._person_parts(part_of)
            v = value.casefold()
            if v in words and len(parts) == len(words):
                return _case_like(value, parts[words.index(v)])
        parts = self._person_parts(value)
        if no_space and len(value.split()) == 1:
            loc = self.name_locale(value)
            f = self._fk(loc, self._seed("PERSON", value))
            return f.last_name() + f.first_name()
        return _case_like(value, " ".join(parts))

    # ------------------------------------------------------------------ contact details

    def email(self, value: str) -> str:
        """A fake mailbox at a reserved example domain (RFC 2606), so a surrogate never reaches a real inbox;
        the user name is in the locale of the original's country domain."""
        tld = value.rsplit(".", 1)[-1].casefold() if "." in value else ""
        loc = REGION_LOCALE.get(TLD_REGION.get(tld, ""), self.default_locale)
        f = self._fk(loc, self._seed("EMAIL_ADDRESS", value))
        user = unicodedata.normalize("NFKD", f.user_name()).encode("ascii", "ignore").decode() or "user"
        return f"{user}{f.random_int(1, 99)}@{f.random_element(('example.com', 'example.org', 'example.net'))}"

    def phone(self, value: str) -> str:
        """A number valid for the original's region (its country code, else the default locale's country),
        written in the same style (international or national)."""
        import phonenumbers
        from phonenumbers import PhoneNumberFormat as F
        from phonenumbers import PhoneNumberType as T

        rng = self._rng("PHONE_NUMBER", value)
        default_region = self.default_locale.rsplit("_", 1)[-1] if "_" in self.default_locale else "US"
        try:
            num = phonenumbers.parse(value, None if value.lstrip().startswith("+") else default_region)
            region = phonenumbers.region_code_for_number(num) or default_region
        except phonenumbers.NumberParseException:
            region = default_region
        intl = value.lstrip().startswith(("+", "00"))
        for t in (T.MOBILE, T.FIXED_LINE):
            ex = phonenumbers.example_number_for_type(region, t)
            if ex is None:
                continue
            nsn = str(ex.national_number)
            keep = max(1, len(nsn) // 2)
            for _ in range(20):
                cand = nsn[:keep] + "".join(rng.choice(string.digits) for _ in range(len(nsn) - keep))
                n = phonenumbers.parse(f"+{ex.country_code}{cand}", None)
                if phonenumbers.is_valid_number(n):
                    return phonenumbers.format_number(n, F.INTERNATIONAL if intl else F.NATIONAL)
            return phonenumbers.format_number(ex, F.INTERNATIONAL if intl else F.NATIONAL)
        return self.identifier("PHONE_NUMBER", value)

    def address(self, value: str) -> str:
        """A street address in the locale of the original's street words; a multi-line or comma-separated
        original gets a town (and postcode) line too."""
        loc = self.default_locale
        for rx, lc in STREET_LOCALE:
            if re.search(rx, value, re.I):
                loc = lc
                break
        else:
            loc = _script_locale(value) or loc
        f = self._fk(loc, self._seed("STREET_ADDRESS", value))
        street = " ".join(f.street_address().split())
        sep = "\n" if "\n" in value else (", " if "," in value else None)
        if sep is None:
            return street
        try:
            town = f"{f.postcode()} {f.city()}"
        except AttributeError:
            town = f.city()
        return f"{street}{sep}{town}"

    def location(self, value: str) -> str:
        loc = _script_locale(value) or self.default_locale
        return _case_like(value, self._fk(loc, self._seed("LOCATION", value)).city())

    def organization(self, value: str) -> str:
        return self._fk(self.default_locale, self._seed("ORGANIZATION", value)).company()

    def age(self, value: str) -> str:
        """Another adult age, the digits of the original replaced in place ("42 years old" -> "67 years old")."""
        rng = self._rng("AGE", value)
        return re.sub(r"\d+", lambda m: str(rng.randint(18, 90)), value, count=1)

    def uuid(self, value: str) -> str:
        import uuid as _uuid

        fake = str(_uuid.UUID(int=self._rng("UUID", value).getrandbits(128), version=4))
        return fake.upper() if value.isupper() else fake

    def url(self, value: str) -> str:
        rng = self._rng("URL", value)
        path = "".join(rng.choice(string.ascii_lowercase + string.digits) for _ in range(8))
        return f"https://www.example.com/{path}"

    # ------------------------------------------------------------------ numbers and identifiers

    def identifier(self, kind: str, value: str) -> str:
        """Format-preserving: every digit a keyed digit, every letter a keyed letter of the same case,
        separators kept (a passport number still looks like one, and is not the original)."""
        rng = self._rng(kind, value)
        out = []
        for c in value:
            if c.isdigit():
                out.append(rng.choice(string.digits))
            elif c.isalpha() and c.isascii():
                out.append(rng.choice(string.ascii_uppercase if c.isupper() else string.ascii_lowercase))
            else:
                out.append(c)
        fake = "".join(out)
        return fake if fake != value else self.identifier(kind, value + "\x00")

    def card(self, value: str) -> str:
        """Same length, grouping and network digit; the last digit makes the Luhn sum hold."""
        rng = self._rng("CREDIT_CARD", value)
        digits = [c for c in value if c.isdigit()]
        if len(digits) < 2:
            return self.identifier("CREDIT_CARD", value)
        body = [digits[0]] + [rng.choice(string.digits) for _ in digits[1:-1]]
        body.append(_luhn_digit("".join(body)))
        it = iter(body)
        return "".join(next(it) if c.isdigit() else c for c in value)

    def iban(self, value: str) -> str:
        """The same country and length, a keyed account part, and correct check digits (python-stdnum)."""
        from stdnum import iban as _iban

        compact = re.sub(r"\s", "", value).upper()
        if len(compact) < 5 or not compact[:2].isalpha():
            return self.identifier("IBAN_CODE", value)
        rng = self._rng("IBAN_CODE", value)
        bban = "".join(rng.choice(string.digits) if c.isdigit() else rng.choice(string.ascii_uppercase)
                       for c in compact[4:])
        check = _iban.calc_check_digits(compact[:2] + "00" + bban)
        fake = compact[:2] + check + bban
        if " " in value.strip():
            fake = " ".join(fake[i:i + 4] for i in range(0, len(fake), 4))
        return fake

    def ssn(self, value: str) -> str:
        f = self._fk("en_US", self._seed("US_SSN", value))
        fake = f.ssn()
        return fake if "-" in value else fake.replace("-", " " if " " in value.strip() else "")

    def ip(self, value: str) -> str:
        """An address from the ranges reserved for documentation (RFC 5737, RFC 3849): never a real host."""
        rng = self._rng("IP_ADDRESS", value)
        try:
            v6 = ipaddress.ip_address(value.strip()).version == 6
        except ValueError:
            v6 = ":" in value
        if v6:
            return str(ipaddress.IPv6Address((0x20010DB8 << 96) | rng.getrandbits(64)))
        net = rng.choice(("192.0.2", "198.51.100", "203.0.113"))
        return f"{net}.{rng.randint(1, 254)}"

    def mac(self, value: str) -> str:
        """A locally administered unicast address (second hex digit 2, 6, A or E), the original's separator."""
        rng = self._rng("MAC_ADDRESS", value)
        sep = "-" if "-" in value else ":"
        octets = [rng.randint(0, 255) for _ in range(6)]
        octets[0] = (octets[0] & 0xFC) | 0x02
        fake = sep.join(f"{o:02x}" for o in octets)
        return fake.upper() if any(c.isupper() for c in value) else fake

    def date(self, value: str) -> str:
        """A fake date written the way the original is (numeric order and separators, or month names)."""
        rng = self._rng("DATE", value)
        d = _dt.date(1940, 1, 1) + _dt.timedelta(days=rng.randrange(0, 365 * 65))
        m = re.fullmatch(r"\s*(\d{1,4})([./-])(\d{1,2})\2(\d{2,4})\s*", value)
        if m:
            a, sep, b, c = m.group(1), m.group(2), m.group(3), m.group(4)
            width = lambda s: 2 if len(s) == 2 else 1  # noqa: E731
            if len(a) == 4:  # ISO: year first
                return f"{d.year}{sep}{d.month:02d}{sep}{d.day:02d}"
            year = f"{d.year % 100:02d}" if len(c) == 2 else str(d.year)
            us = int(b) > 12 or self.default_locale == "en_US" and int(a) <= 12
            first, second = (d.month, d.day) if us else (d.day, d.month)
            return (f"{first:0{width(a)}d}{sep}{second:0{width(b)}d}{sep}{year}")
        words = re.findall(r"[A-Za-z]+", value)
        month_word = next((w for w in words if w.casefold()[:3] in {x[:3] for x in MONTHS}), None)
        if month_word:
            name = MONTHS[d.month - 1]
            name = name[:len(month_word)] if len(month_word) == 3 else name
            name = name.capitalize() if month_word[0].isupper() else name
            out = value.replace(month_word, name, 1)
            return re.sub(r"\d{4}|\d{1,2}", lambda mm: str(d.year) if len(mm.group()) == 4 else str(d.day), out)
        return self.identifier("DATE", value)


def _luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        n = int(ch)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return str((10 - total % 10) % 10)
