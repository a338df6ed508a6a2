"""People, places and contact details for the third sealed PII set (``pii_sealed3``), from generators the
earlier sets did not use: mimesis for names, streets and towns in its 48 locales, python-stdnum's own checks,
phonenumbers' example numbers (varied (up to their last six digits), each kept only when ``phonenumbers.is_valid_number`` accepts it), and
Faker only for the six scripts mimesis has no locale in (Devanagari, Thai, Hebrew, Georgian, Armenian,
Bengali).

Blind set: those who tune the PII gate must not open this file (see benchmarks/README.md). Nothing here reads
the gate's code; everything is seeded from one ``random.Random`` so a seed gives the same people every run.
"""

from __future__ import annotations

import datetime as dt
import random
import string
import unicodedata
from dataclasses import dataclass, field

import phonenumbers
from phonenumbers import PhoneNumberFormat, PhoneNumberType

# locale -> (phone region, language of the words around the values, script)
MIMESIS_LOCALES: dict[str, tuple[str, str, str]] = {
    "ar-ae": ("AE", "ar", "Arabic"), "ar-dz": ("DZ", "fr", "Arabic"), "ar-eg": ("EG", "ar", "Arabic"),
    "ar-jo": ("JO", "ar", "Arabic"), "ar-om": ("OM", "en", "Arabic"), "ar-kw": ("KW", "ar", "Arabic"),
    "ar-ma": ("MA", "fr", "Arabic"), "ar-qa": ("QA", "en", "Arabic"), "ar-sa": ("SA", "ar", "Arabic"),
    "ar-sy": ("SY", "ar", "Arabic"), "ar-tn": ("TN", "fr", "Arabic"), "ar-ye": ("YE", "ar", "Arabic"),
    "az": ("AZ", "en", "Latin"), "cs": ("CZ", "cs", "Latin"), "da": ("DK", "da", "Latin"),
    "de": ("DE", "de", "Latin"), "de-at": ("AT", "de", "Latin"), "de-ch": ("CH", "de", "Latin"),
    "el": ("GR", "el", "Greek"), "en": ("US", "en", "Latin"), "en-au": ("AU", "en", "Latin"),
    "en-ca": ("CA", "en", "Latin"), "en-gb": ("GB", "en", "Latin"), "es": ("ES", "es", "Latin"),
    "es-mx": ("MX", "es", "Latin"), "et": ("EE", "en", "Latin"), "fa": ("IR", "en", "Arabic"),
    "fi": ("FI", "fi", "Latin"), "fr": ("FR", "fr", "Latin"), "hu": ("HU", "hu", "Latin"),
    "hr": ("HR", "hr", "Latin"), "is": ("IS", "en", "Latin"), "it": ("IT", "it", "Latin"),
    "ja": ("JP", "ja", "Japanese"), "kk": ("KZ", "ru", "Cyrillic"), "ko": ("KR", "ko", "Hangul"),
    "nl": ("NL", "nl", "Latin"), "nl-be": ("BE", "nl", "Latin"), "no": ("NO", "no", "Latin"),
    "pl": ("PL", "pl", "Latin"), "pt": ("PT", "pt", "Latin"), "pt-br": ("BR", "pt", "Latin"),
    "ru": ("RU", "ru", "Cyrillic"), "sk": ("SK", "en", "Latin"), "sv": ("SE", "sv", "Latin"),
    "tr": ("TR", "tr", "Latin"), "uk": ("UA", "uk", "Cyrillic"), "zh": ("CN", "zh", "Han"),
}
# scripts mimesis has no locale for: Faker, and only for these
FAKER_LOCALES: dict[str, tuple[str, str, str]] = {
    "hi_IN": ("IN", "en", "Devanagari"), "th_TH": ("TH", "en", "Thai"), "he_IL": ("IL", "en", "Hebrew"),
    "ka_GE": ("GE", "en", "Georgian"), "hy_AM": ("AM", "en", "Armenian"), "bn_BD": ("BD", "en", "Bengali"),
}
ALL_LOCALES = {**MIMESIS_LOCALES, **FAKER_LOCALES}
# names written family name first, without a space
FAMILY_FIRST_NO_SPACE = {"zh", "ja", "ko"}
FAMILY_FIRST = FAMILY_FIRST_NO_SPACE | {"hu"}

MAIL_DOMAINS = {
    "de": ["web.de", "gmx.de", "t-online.de"], "de-at": ["gmx.at", "aon.at"], "de-ch": ["bluewin.ch", "gmx.ch"],
    "fr": ["orange.fr", "free.fr", "laposte.net"], "it": ["libero.it", "virgilio.it"], "es": ["telefonica.net"],
    "pl": ["wp.pl", "onet.pl", "o2.pl"], "cs": ["seznam.cz", "centrum.cz"], "sk": ["azet.sk", "zoznam.sk"],
    "ru": ["yandex.ru", "mail.ru"], "uk": ["ukr.net", "i.ua"], "kk": ["mail.kz"], "ja": ["yahoo.co.jp", "docomo.ne.jp"],
    "ko": ["naver.com", "daum.net"], "zh": ["qq.com", "163.com"], "nl": ["ziggo.nl", "kpnmail.nl"],
    "nl-be": ["telenet.be", "skynet.be"], "sv": ["telia.com", "bredband.net"], "no": ["online.no"],
    "da": ["jubii.dk"], "fi": ["elisanet.fi"], "pt": ["sapo.pt"], "pt-br": ["uol.com.br", "bol.com.br"],
    "tr": ["yandex.com.tr"], "hu": ["freemail.hu", "citromail.hu"], "hr": ["net.hr"], "el": ["otenet.gr"],
    "en-gb": ["btinternet.com", "sky.com"], "en-au": ["bigpond.com"], "en-ca": ["rogers.com", "shaw.ca"],
}
COMMON_DOMAINS = ["gmail.com", "outlook.com", "yahoo.com", "icloud.com", "proton.me", "hotmail.com"]

_FOLD = str.maketrans({"ø": "o", "Ø": "O", "æ": "ae", "Æ": "Ae", "ß": "ss", "ł": "l", "Ł": "L", "đ": "d",
                       "Đ": "D", "ð": "d", "þ": "th", "ı": "i", "ə": "e", "Ə": "E"})


def ascii_fold(text: str) -> str:
    """A Latin name as people type it into an e-mail address (Łukasz -> lukasz); '' for other scripts."""
    folded = unicodedata.normalize("NFKD", text.translate(_FOLD))
    out = "".join(c for c in folded if c in string.ascii_letters)
    return out.lower()


@dataclass
class Person:
    locale: str
    region: str
    lang: str
    script: str
    given: str
    family: str
    gender: str
    birth: dt.date
    street: str          # the street line as the locale writes it (name and number)
    street_name: str     # the street's name alone
    postcode: str
    city: str
    phone: str           # as written (one of several formats)
    phone_e164: str
    email: str
    handle: str
    extra: dict = field(default_factory=dict)

    @property
    def full(self) -> str:
        if self.lang in FAMILY_FIRST_NO_SPACE and self.script in {"Han", "Japanese", "Hangul"}:
            return self.family + self.given
        if self.lang in FAMILY_FIRST:
            return f"{self.family} {self.given}"
        return f"{self.given} {self.family}"

    def age(self, today: dt.date) -> int:
        return today.year - self.birth.year - ((today.month, today.day) < (self.birth.month, self.birth.day))


TODAY = dt.date(2026, 11, 30)


class PeopleMaker:
    """Makes people from one seeded random source; mimesis and Faker instances are seeded from it."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self._mim: dict[str, tuple] = {}
        self._fak: dict[str, object] = {}

    def _mimesis(self, loc: str):
        from mimesis import Address, Locale, Person as MPerson
        if loc not in self._mim:
            seed = self.rng.randrange(2**31)
            self._mim[loc] = (MPerson(Locale(loc), seed=seed), Address(Locale(loc), seed=seed + 1))
        return self._mim[loc]

    def _faker(self, loc: str):
        from faker import Faker
        if loc not in self._fak:
            fk = Faker(loc)
            fk.seed_instance(self.rng.randrange(2**31))
            self._fak[loc] = fk
        return self._fak[loc]

    def phone(self, region: str) -> tuple[str, str]:
        """A number phonenumbers accepts as valid for the region, from its example numbers with the last digits
        varied, written as people write it there (international, national, E.164, or with dots)."""
        rng = self.rng
        kind = rng.choice([PhoneNumberType.MOBILE, PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE])
        base = phonenumbers.example_number_for_type(region, kind) or phonenumbers.example_number(region)
        num = None
        for _ in range(200):
            national = str(base.national_number)
            k = min(6 if _ < 100 else 4, len(national) - 3)
            cand = national[:-k] + "".join(rng.choice(string.digits) for _ in range(k))
            parsed = phonenumbers.parse(f"+{base.country_code}{cand}")
            if phonenumbers.is_valid_number(parsed) and cand != national:
                num = parsed
                break
        if num is None:
            num = base
        e164 = phonenumbers.format_number(num, PhoneNumberFormat.E164)
        style = rng.random()
        if style < 0.4:
            shown = phonenumbers.format_number(num, PhoneNumberFormat.INTERNATIONAL)
        elif style < 0.75:
            shown = phonenumbers.format_number(num, PhoneNumberFormat.NATIONAL)
        elif style < 0.88:
            shown = e164
        else:
            shown = phonenumbers.format_number(num, PhoneNumberFormat.INTERNATIONAL).replace(" ", ".").replace(
                "-", ".")
        return shown, e164

    def birth(self) -> dt.date:
        start = dt.date(1941, 1, 1).toordinal()
        end = dt.date(2006, 12, 31).toordinal()
        return dt.date.fromordinal(self.rng.randint(start, end))

    def person(self, loc: str) -> Person:
        rng = self.rng
        region, lang, script = ALL_LOCALES[loc]
        gender = rng.choice(["female", "male"])
        if loc in MIMESIS_LOCALES:
            from mimesis import Gender
            mp, ma = self._mimesis(loc)
            g = Gender.FEMALE if gender == "female" else Gender.MALE
            given, family = mp.first_name(gender=g), mp.last_name(gender=g)
            street_name = ma.street_name().strip()
            street = ma.address().strip()
            if street_name not in street:
                street = f"{street_name} {ma.street_number()}"
            city = ma.city().strip()
            postcode = ma.postal_code().strip()
            handle_base = mp.username(mask="l_d")
        else:
            fk = self._faker(loc)
            given = fk.first_name_female() if gender == "female" else fk.first_name_male()
            family = fk.last_name()
            street_name = fk.street_name()
            street = f"{fk.building_number()} {street_name}" if loc in {"hi_IN", "th_TH"} else \
                f"{street_name} {fk.building_number()}"
            city, postcode = fk.city(), fk.postcode()
            handle_base = ""
        phone, e164 = self.phone(region)
        latin_g, latin_f = ascii_fold(given), ascii_fold(family)
        domains = MAIL_DOMAINS.get(loc, []) + COMMON_DOMAINS
        domain = rng.choice(domains)
        if latin_g and latin_f and len(latin_g) > 1 and len(latin_f) > 1:
            local = rng.choice([f"{latin_g}.{latin_f}", f"{latin_g[0]}{latin_f}", f"{latin_g}{latin_f[:1]}"
                                f"{rng.randint(1, 99)}", f"{latin_f}.{latin_g}", f"{latin_g}_{latin_f}"])
            handle = rng.choice([f"{latin_g}{latin_f[:3]}", f"{latin_g[:1]}{latin_f}{rng.randint(1, 999)}",
                                 f"{latin_f}_{latin_g[:2]}"])
        else:
            local = handle_base or f"user{rng.randint(1000, 99999)}"
            local = local.replace("_", rng.choice([".", "_", ""]))
            handle = handle_base or f"{script.lower()[:4]}{rng.randint(100, 9999)}"
        return Person(loc, region, lang, script, given, family, gender, self.birth(), street, street_name,
                      postcode, city, phone, e164, f"{local}@{domain}", handle)


def ipv4(rng: random.Random) -> str:
    while True:
        a = rng.randint(11, 223)
        if a not in (127, 10, 100, 169, 172, 192, 198, 203):
            return f"{a}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def ipv6(rng: random.Random) -> str:
    return "2a0" + str(rng.randint(1, 9)) + ":" + ":".join(f"{rng.randrange(65536):x}" for _ in range(7))
