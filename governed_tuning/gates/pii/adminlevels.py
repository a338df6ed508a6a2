"""The words of administrative levels (state, province, district, LGA, ward, oblast, район, ilçe, distrito,
município, kabupaten, 省, 県 ...), and whether a value under such a label, or a name before such a word, reads as a
place.

Why: GDPR Art. 4(1) names location data, and users store the units of their country's administration, not only
towns: "district: Karaikudi", "state | Maharashtra", ``{"department": "Tolima"}``, "moved to X, Cundinamarca
department", "Salyan rayonu". The place list (GeoNames' towns, ``placenames``) does not hold regions outside
the US, and the English dictionary the sentence rules read lists "Maharashtra", "Sachsen" and "Alsace" as
(proper) nouns, so such values were kept as ordinary words. Here a capitalised value under a level's label is a
place unless its words are ordinary English: a WordNet adjective, verb or adverb ("Central", "Active", "Open"),
a WordNet noun as frequent as everyday words are (Zipf >= 4.0: "Sales", "Marketing", "Research"), an all-capital
code ("HR", "EMEA"), or a word our common lists hold. Place names that are that frequent ("Georgia", "Texas")
are in the place list, which the callers ask first.

The level words are data (one list per use), shared by the detector (``places``) and the re-scan's independent
pass, which must see a value the scrub left where the scrub should have taken it.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from .prefilter import fast

# labels (keys, column headers) that name a unit of an administration: their value is the unit's name
ADMIN_LABELS = frozenset("""
state province region district county municipality township village lga local_government_area
local_government subdistrict sub_district sub_county subcounty governorate prefecture regency
tehsil taluka taluk mandal upazila union_council barangay neighbourhood neighborhood borough quarter suburb
oblast raion rayon krai okrug voivodeship powiat gmina landkreis kreis bundesland land kanton canton
departement département departamento distrito provincia estado municipio município comuna corregimiento
freguesia concelho parroquia regione comune
kabupaten kecamatan kelurahan desa kota provinsi
tỉnh huyện quận xã phường
il ilce ilçe mahalle koy köy belde rayonu şəhər kənd qəsəbə
область район округ край республика поселение село деревня посёлок поселок громада
województwo powiat gmina
judet județ comună
mkoa wilaya kata jimbo
省 市 县 縣 区 區 镇 鎮 乡 鄉 村 州 府 県 都道府県 町 丁目 郡 道 시 도 군 구 동 읍 면
""".split())

# words written after a unit's name ("Mpika District", "Cundinamarca department", "Salyan rayonu")
LEVEL_AFTER_WORDS = (
    "district|province|region|county|municipality|sub-?county|township|governorate|prefecture|regency|tehsil|"
    "taluka|taluk|mandal|oblast|raion|rayon|voivodeship|state|department|division|LGA|L\\.G\\.A\\.|ward|village|"
    "commune|canton|upazila|barangay|municipio|town|city|rayonu|ilçesi|ili|köyü|mahallesi|kabupaten|район|области|"
    "область|району|районе|округ|громада")
# words written before it ("distrito de Miraflores", "município de Itu", "Kabupaten Sleman", "район Марьино")
LEVEL_BEFORE_WORDS = (
    "distrito|município|municipio|departamento|provincia|província|comuna|corregimiento|parroquia|cantón|"
    "kabupaten|kecamatan|kelurahan|desa|kota|provinsi|barangay|brgy\\.|tehsil|taluka|upazila|"
    "district|province|county|state|region")
LEVEL_BEFORE_PREP = r"(?:[ \t]+(?:de|del|do|da|of))?"

# a run of capitalised words (any script with case), the unit's name
UNIT = r"[^\W\d_a-zа-яё][\w'’.-]*(?:[ \t-]+(?:de|del|la|las|los|do|da|dos|das|y|e|al|el)?[ \t]*[^\W\d_a-zа-яё][\w'’-]*){0,3}"
HAN_KANA = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]+")
UNKNOWN_CJK = frozenset("未知 不详 不詳 无 無 なし 不明 未定 其他 其它 없음 미정".split())


def norm_label(label: str) -> str:
    """A label as ``ADMIN_LABELS`` holds it: case-blind, accents kept (ilçe/ilce both listed), words joined by _."""
    return re.sub(r"[\s_.-]+", "_", unicodedata.normalize("NFC", label.strip().casefold())).strip("_")


# labels that are also a firm's or a hospital's words ("department: Procurement", "ward: Maternity"): their value
# is a unit only when it is no English word at all ("department: Tolima")
STRICT_LABELS = frozenset("department departments division ward".split())


def admin_label(label: str) -> str:
    """"admin" when a label names a unit of an administration, "strict" when it may also name a firm's or a
    hospital's unit (``STRICT_LABELS``), else ""."""
    n = norm_label(label)
    if not n or len(n) > 40:
        return ""
    last = n.rsplit("_", 1)[-1]
    if n in STRICT_LABELS or last in STRICT_LABELS:
        return "strict"
    return "admin" if n in ADMIN_LABELS or last in ADMIN_LABELS else ""


def is_admin_label(label: str) -> bool:
    """Whether a label or header names a unit of an administration ("district", "Home state", "LGA", "район",
    "省"); a longer header counts by its last word ("home_district", "birth province")."""
    return admin_label(label) != ""


@functools.lru_cache(maxsize=1 << 14)
def ordinary_word(word: str) -> bool:
    """Whether a capitalised word is ordinary English rather than a unit's name: a WordNet adjective, verb or
    adverb, a WordNet noun of Zipf 4.0 or more, a common word of our lists, or an all-capital code."""
    from wordfreq import zipf_frequency

    from .names import _wordnet
    from .recognizers import _is_common

    w = word.strip(".,;:'’()\"")
    if not w:
        return True
    if w.isupper() and len(w) <= 5:
        return True  # "HR", "EMEA", "APAC"
    f = w.casefold()
    nouns, other = _wordnet()
    if f in other or _is_common(w):
        return True
    return f in nouns and zipf_frequency(f, "en") >= 4.0


def unit_name(value: str, strict: bool = False) -> bool:
    """Whether a value under a level's label reads as a unit's name: one to five words, no digits, no "@";
    capitalised words not all ordinary English ("Maharashtra", "Sachsen-Anhalt", "Ростовская", "Tolima"), or
    a short run of Han, kana or Hangul that is no word for "unknown" ("孝南", "大阪府")."""
    v = " ".join(value.split())
    if not v or "@" in v or any(c.isdigit() for c in v) or len(v) > 60:
        return False
    if HAN_KANA.fullmatch(v.replace(" ", "")):
        return 2 <= len(v) <= 12 and v not in UNKNOWN_CJK
    words = re.findall(r"[^\W\d_][\w'’-]*", v)
    if not 1 <= len(words) <= 5 or not v[:1].isupper():
        return False
    big = [w for w in words if w[:1].isupper()]
    if strict:  # no English word of everyday use ("Procurement" Zipf 3.7, "Maternity" 3.5; "Moselle" 2.3)
        from wordfreq import zipf_frequency

        from .names import english_words

        return bool(big) and not any(ordinary_word(p) or (p.casefold() in english_words() and
                                                          zipf_frequency(p.casefold(), "en") >= 3.0)
                                     for w in big for p in w.split("-") if len(p) > 3)
    return bool(big) and not all(ordinary_word(p) for w in big for p in w.split("-") if p)


LEVEL_AFTER = re.compile(rf"(?<![\w'’-])({UNIT})[ \t]+(?i:({LEVEL_AFTER_WORDS}))(?![\w'’-])")
# levels that are also the words of a firm or a hospital ("Procurement department", "Maternity ward",
# "Premier division"): the name before them must be no English word at all
STRICT_LEVELS = frozenset("department division ward".split())
LEVEL_BEFORE = re.compile(rf"(?<![\w'’-])(?i:{LEVEL_BEFORE_WORDS}){LEVEL_BEFORE_PREP}[ \t]+({UNIT})")
# (tried only where its first letters stand, prefilter.py: a case-blind alternation of ~90 words with no literal
# to skip to was tried at every character, ~0.15 ms per chat message)
HAS_LEVEL = fast(re.compile(rf"(?i:{LEVEL_AFTER_WORDS}|{LEVEL_BEFORE_WORDS})"))


# a unit written in Han characters or kana with its level's character ("黑龙江省", "神奈川県", "广西壮族自治区",
# "東和町"): under a place's label any level; in running text only a province's or a prefecture's, whose
# characters end no ordinary word ("城市" is "city", "地区" "area"; "省" and "県" end only names)
CJK = "\u3400-\u9fff\u3040-\u30ff"
CJK_UNIT = re.compile(rf"(?<![{CJK}])[{CJK}]{{1,6}}(?:省|県|府|自治区|自治州|特别行政区|特別行政区|市|区|區|县|縣|町|村|郡)"
                      rf"(?![{CJK}])")
CJK_PROVINCE = re.compile(rf"[{CJK}]{{1,6}}?(?:省|県|府|自治区|特别行政区|特別行政区)")
# words that end in those characters and name no place ("城市" city, "地区" area, "社区" community, "全省")
CJK_NOT_UNIT = frozenset("城市 都市 地区 地區 山区 社区 社區 小区 市区 市區 郊区 园区 景区 校区 城区 灾区 街区 特区 片区 "
                         "县市 省市 本市 该市 全市 全省 本省 全县 本县 全区 本区 外省 外县 农村 乡村 鄉村 山村 "
                         "城镇 市町村 町村 区市町村 政府 学府 首府 市政府 当市 本町 全村 同村 同市 同町 各省 各市 各县 "
                         "节省 節省 反省 帰省 省 県".split())
# characters of grammar and of ordinary verbs: a run holding one is a sentence, no name ("我住在城市")
CJK_GRAMMAR = re.compile(r"[我你他她它们們的了是在住去来來到从從和与與也很不没沒有这這那个個给給把被对對说說就还還要会會能]")


def cjk_units(text: str, labelled: bool = False) -> list[tuple[int, int]]:
    """Spans of units written in Han characters or kana with their level's character ("黑龙江省", "広島県"; under
    a label also "闵行区", "東和町")."""
    out = []
    for m in (CJK_UNIT if labelled else CJK_PROVINCE).finditer(text):
        s, e = m.span()
        if not labelled:  # the name is the characters after the last grammar character before the level
            g = [x.end() for x in CJK_GRAMMAR.finditer(text, s, e - 1)]
            s = g[-1] if g else s
        v = text[s:e]
        if len(v) >= 2 and v not in CJK_NOT_UNIT and not v.endswith("政府") and not CJK_GRAMMAR.search(v[:-1]):
            out.append((s, e))
    return out


def level_spans(text: str) -> list[tuple[int, int]]:
    """Spans of units named beside a level's word: "Karaikudi district", "Cundinamarca department", "Salyan
    rayonu", "distrito de Miraflores", "Kabupaten Sleman". Ordinary leading words are cut ("the Mpika",
    "our Kasama"); a name of ordinary words only ("Central region", "Sales department") is no unit."""
    if not HAS_LEVEL.search(text):
        return []
    out = []
    for rx in (LEVEL_AFTER, LEVEL_BEFORE):
        for m in rx.finditer(text):
            s, e = m.span(1)
            words = text[s:e].split()
            while len(words) > 1 and ordinary_word(words[0]):
                s = text.find(words[1], s + len(words[0]))
                words = words[1:]
            if rx is LEVEL_BEFORE:
                while len(words) > 1 and ordinary_word(words[-1]):
                    words = words[:-1]
                e = s + len(" ".join(words)) if words else s
                if e > s and text[s:e] != " ".join(words):
                    e = m.end(1)
            strict = rx is LEVEL_AFTER and m.group(2).casefold() in STRICT_LEVELS
            if words and unit_name(" ".join(words), strict):
                out.append((s, e))
    return out


# two units of one hierarchy on a line of their own, the smaller first ("Tondela - Porto", "Gransee, Sachsen",
# "所野 - 茨城県"): when one reads as a place, so does the other
PAIR = re.compile(r"^[ \t]*([^\W\d_][\w'’. -]{0,40}?)[ \t]*(?:[-–—,/]|[ \t]-[ \t])[ \t]*([^\W\d_][\w'’. -]{0,40}?)[ \t.]*$",
                  re.M)


def pair_spans(text: str, is_place) -> list[tuple[int, int]]:
    """Both names of a line that is only "smaller unit - larger unit", when one of them is a place (``is_place``:
    the caller's place list; a Han/kana unit with its level's character) and neither is ordinary English
    ("Monday - Friday", "Sales - Marketing" stay)."""
    if "-" not in text and "," not in text and "–" not in text and "—" not in text and "/" not in text:
        return []
    out = []
    for m in PAIR.finditer(text):
        a, b = m.group(1).strip(), m.group(2).strip()
        if not a or not b or a.count(" ") > 4 or b.count(" ") > 4:
            continue
        cjk = HAN_KANA.fullmatch(a.replace(" ", "")) and HAN_KANA.fullmatch(b.replace(" ", ""))
        if cjk:
            ok = bool(cjk_units(b, labelled=True) or cjk_units(a, labelled=True)) and 2 <= len(a) <= 8 and \
                CJK_GRAMMAR.search(a) is None
        else:
            ok = unit_name(a) and unit_name(b) and (is_place(a) or is_place(b))
        if ok:
            out += [(m.start(1), m.start(1) + len(a)), (m.start(2), m.start(2) + len(b))]
    return out


# a place in Han characters or kana after an English phrase of living or moving ("lives in 孝南", "moved from 蟇沼")
CJK_AFTER = re.compile(rf"(?i:\b(?:lives?|living|lived|based|located|born|staying|stay|grew up|resident)[ \t]+(?:in|at|of)|"
                       rf"\bmoved?[ \t]+(?:to|from)|\bmoving[ \t]+(?:to|from)|\brelocated[ \t]+(?:to|from)|"
                       rf"\b(?:i'm|i am|we're|we are|originally|comes?)[ \t]+from)[ \t]+([{CJK}]{{2,8}})(?![{CJK}])")


def cjk_after_phrase(text: str) -> list[tuple[int, int]]:
    return [m.span(1) for m in CJK_AFTER.finditer(text) if CJK_GRAMMAR.search(m.group(1)) is None]
