"""People named in their own script inside sentences of that script: Thai, Hebrew, Arabic and Persian,
Devanagari.

Why: ``scripts.py`` and ``scriptlines.py`` find these names where a record's shape or a greeting says a name
follows ("Witness: אדל לוי", "שמי ...", "الموظف: ..."), but users also write them mid-sentence with only the
sentence's own words around them: "אתמול דיברתי עם יואב כהן על ההזמנה", "تحدثت أمس مع كمال الشايع",
"डॉ. मेहता ने आज रिपोर्ट देखी", "เมื่อวานคุยกับคมกริบ ธีวรเรื่องคำสั่งซื้อ". The English model reads none of
these, and no capital marks the name. What does mark it is a list of the language's names read with the
language's own word boundaries, and the few words each language puts around a person:

- **Thai** has no spaces between words: a Thai run is cut into words by PyThaiNLP's dictionary tokenizer
  (``newmm``), with PyThaiNLP's lists of Thai given and family names added to its dictionary. A given name of
  that list that is no ordinary Thai word (``thai_words``) is a name; one that is also a word ("สมใจ",
  "ดารา") only after a title ("คุณ", "นาย", "นางสาว") or before a family name. A Thai full name is written
  "given<space>family": the words after that one space, up to the first ordinary word, are the family name.
- **Hebrew, Arabic and Persian, Devanagari** separate words with spaces: two adjacent words, the first a given
  name the name list (names-dataset) ranks common in some country and the second a name the list knows, are a
  full name ("יואב כהן", "كمال الشايع"); one word the list ranks common after a word that names a person's
  role or a title in the language ("הלקוח", "العميل", "المدير", "ग्राहक", "डॉ.", "श्री") or before an
  honorific ("जी") is a given name. Neither word may be a function word of the language (spaCy's stop-word
  lists), and an Arabic given name never starts with the article "ال" ("المدينة مغلق" is "the town is
  closed", though the list holds both words as names somewhere).

The lists are independent of the benchmarks' generators (PyThaiNLP's corpora and names-dataset, not Faker's or
mimesis' locale files). Everything here is local to a sentence and linear: each run of a script is read once,
every lookup is a set or a memoised rank. PyThaiNLP is loaded only when a text holds Thai.
"""

from __future__ import annotations

import functools
import os
import re
from typing import Any

from .indicroman import ROMAN_RANK, romanised
from .recognizers import Finding

__all__ = ["native_people", "has_native"]

THAI = "\u0e01-\u0e4e"
HEBREW = "\u05d0-\u05ea\u05f0-\u05f2\u0591-\u05c7"
ARABIC = "\u0620-\u064a\u064b-\u065f\u0670-\u06d3\u06fa-\u06ff"
DEVA = "\u0900-\u0963\u0966-\u097f"
HAS_NATIVE = re.compile(f"[{THAI}{HEBREW}{ARABIC}{DEVA}]")
THAI_RUN = re.compile(f"[{THAI}]+(?:[ ][{THAI}]+)*")
HAS_THAI = re.compile(f"[{THAI}]")
# a word of the spaced scripts (Hebrew's geresh and gershayim and a maqaf stay inside: ד"ר, גב׳)
SPACED_WORD = re.compile(rf"[{HEBREW}{ARABIC}{DEVA}\u200c\u200d](?:[{HEBREW}{ARABIC}{DEVA}\u200c\u200d'׳״\"]*"
                         rf"[{HEBREW}{ARABIC}{DEVA}\u200c\u200d])?\.?")

# --------------------------------------------------------------------------- Thai

# titles before a Thai name (Mr, Mrs, Miss, Khun, boy/girl, doctor, teacher, elder/younger sibling)
THAI_TITLES = ("คุณ", "นาย", "นาง", "นางสาว", "น.ส.", "ด.ช.", "ด.ญ.", "เด็กชาย", "เด็กหญิง", "ดร.", "นพ.", "พญ.",
               "อาจารย์", "หมอ", "ครู", "พี่", "น้อง", "ท่าน", "ลูกค้า", "ผู้จัดการ", "ชื่อ")
# "I" (a man's, a woman's, a child's word) right after a greeting opens a self-introduction: "สวัสดีครับ ผมพิทักษ์"
THAI_SELF = frozenset("ผม ดิฉัน ฉัน หนู กระผม".split())
THAI_GREETINGS = frozenset("สวัสดี หวัดดี".split())
THAI_MAX_FAMILY = 4  # words of a family name at most (after the given name's space)
THAI_COMMON = 100  # the commonest words of the Thai National Corpus end a family name ("เรื่อง", "แล้ว")
# verbs that follow a person in a sentence: they end a family name written without a space after it
THAI_VERBS = frozenset("แจ้ง โทร บอก ขอ ส่ง ถาม ตอบ ติดต่อ เขียน กล่าว".split())


THAI_PACKAGE = "pythainlp"
# the corpus files ``_thai`` reads (PyThaiNLP's bundled data; nothing is downloaded): names, words, stop words and
# the Thai National Corpus frequencies
THAI_FILES = tuple(f"pythainlp/corpus/{f}" for f in (
    "person_names_female_th.txt", "person_names_male_th.txt", "family_names_th.txt", "words_th.txt",
    "stopwords_th.txt", "tnc_freq.txt"))


@functools.cache
def thai_lists_info() -> dict[str, str]:
    """What the evidence records of the Thai lists (like the name list's and the NER model's): the package, its
    version and one sha256 over the sha256 of each corpus file read, computed from the files as installed (an
    auditor can tell two runs read the same lists; a changed file changes the digest)."""
    from .gazetteer import combined, package_data, sha256_file

    version, paths, _ = package_data(THAI_PACKAGE, THAI_FILES, "Thai name reader",
                                     f"the {THAI_PACKAGE!r} package is installed without its corpus files "
                                     "{missing}; reinstall it")
    return {"name": THAI_PACKAGE, "version": version,
            "sha256": combined({f: sha256_file(p) for f, p in paths.items()}, THAI_FILES)}


def _pythainlp_data() -> None:
    """Point PyThaiNLP's data folder into governed-tuning's cache folder unless the user chose one
    (``PYTHAINLP_DATA`` or the older ``PYTHAINLP_DATA_DIR``). PyThaiNLP creates ``~/pythainlp-data`` when its corpus
    module is imported, so a home folder that cannot be written (a service account, a read-only container) made a
    scrub of Thai text crash with a PermissionError, although the corpora read here ship inside the package and
    nothing is ever downloaded."""
    if not (os.environ.get("PYTHAINLP_DATA") or os.environ.get("PYTHAINLP_DATA_DIR")):
        from .gazetteer import cache_dir

        os.environ["PYTHAINLP_DATA"] = str(cache_dir() / "pythainlp-data")


@functools.cache
def _thai() -> tuple[Any, frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """(tokenizer's dictionary trie, given names, family names, ordinary words, stop words), from PyThaiNLP's
    bundled corpora; built once per process (about two seconds), only when a text holds Thai."""
    _pythainlp_data()
    from pythainlp.corpus import (thai_family_names, thai_female_names, thai_male_names, thai_stopwords,
                                  thai_words)
    from pythainlp.tokenize import Trie

    given = frozenset(thai_female_names() | thai_male_names())
    family = frozenset(thai_family_names())
    words = frozenset(thai_words())
    from pythainlp.corpus import tnc

    trie = Trie(set(words) | given | family | set(THAI_TITLES) | THAI_VERBS)
    common = {w for w, _ in sorted(tnc.word_freqs(), key=lambda x: -x[1])[:THAI_COMMON]}
    return trie, given, family, words, frozenset(thai_stopwords()) | common | THAI_VERBS


def _thai_tokens(run: str) -> list[str]:
    trie = _thai()[0]  # first: it also points PyThaiNLP's data folder before the package is imported
    from pythainlp.tokenize import word_tokenize

    return word_tokenize(run, custom_dict=trie, engine="newmm", keep_whitespace=True)


def _thai_people(text: str) -> list[Finding]:
    out: list[Finding] = []
    _, given, family, words, stop = _thai()
    for m in THAI_RUN.finditer(text):
        toks = _thai_tokens(m.group())
        pos = [m.start()]
        for t in toks:
            pos.append(pos[-1] + len(t))
        i = 0
        while i < len(toks):
            t = toks[i]
            if t not in given or len(t) < 2:
                i += 1
                continue
            prev = toks[i - 1] if i else ""
            titled = prev in THAI_TITLES or (prev.endswith(".") and len(prev) <= 4) or (
                prev in THAI_SELF and any(x in THAI_GREETINGS for x in toks[max(0, i - 5):i - 1]))
            j = i + 1
            fam_end = None
            strong = t not in words or titled
            # "given<space>family": after a name that is no ordinary word, the words after its one space up to
            # a common word, a verb or the next space; after one that is a word too, a family name of the list
            # or a word no dictionary knows must follow
            if j + 1 < len(toks) and toks[j] == " " and toks[j + 1] not in stop and toks[j + 1] != " " and (
                    strong or toks[j + 1] in family or toks[j + 1] not in words):
                k = j + 2
                while k < len(toks) and k - j <= THAI_MAX_FAMILY and toks[k] != " " and toks[k] not in stop:
                    k += 1
                fam_end = k
            elif titled and j + 1 < len(toks) and toks[j] == " ":
                # after a title, a family name that opens with a common word ("วันแสง", "ดีรุ่ง"): the run up to
                # the next space, when the run is a family name of the list or no word of the dictionary
                k = j + 1
                while k < len(toks) and k - j <= THAI_MAX_FAMILY and toks[k] != " ":
                    k += 1
                run = "".join(toks[j + 1:k])
                if k - j > 2 and (run in family or run not in words) and not all(x in stop for x in toks[j + 1:k]):
                    fam_end = k
            if t in words and not titled and fam_end is None:
                i += 1
                continue  # an ordinary word that is also a name somewhere ("วัน", "ใหม่"): no title, no family
            end = pos[fam_end] if fam_end is not None else pos[i + 1]
            out.append(Finding(pos[i], end, "PERSON", 0.7, "person_context_native_th"))
            i = fam_end if fam_end is not None else i + 1
    return out


# --------------------------------------------------------------------------- Hebrew, Arabic, Persian, Devanagari

# titles: only a person follows them ("ד"ר X", "السيد X", "डॉ. X"), so the next word is a name whatever the list says
TITLES = frozenset(
    "מר גב' גב׳ גברת ד\"ר ד״ר פרופ' פרופ׳ עו\"ד עו״ד הרב "
    "السيد السيدة الأستاذ الأستاذة الدكتور الدكتورة د. الحاج الشيخ آقای خانم دکتر "
    "श्री श्रीमती सुश्री कुमारी डॉ. डॉ डा. श्रीमान".split())
# words of a person's role or relation, after which a name the list knows follows ("הלקוח X", "العميل X"); they
# also stand before things ("ग्राहक सेवा", customer service), so the word after them must be a ranked name
ROLE_BEFORE = TITLES | frozenset(
    # Hebrew
    "הלקוח הלקוחה לקוח לקוחה המנהל המנהלת מנהל מנהלת הטכנאי הטכנאית הנציג הנציגה נציג נציגה אדון משפחת "
    "אחי אחותי בעלי אשתי בני בתי חברי חברתי השכן השכנה המטופל המטופלת עם אצל מול את אל של עבור לפי "
    # Arabic, Persian
    "العميل العميلة الزبون الزبونة المدير المديرة الموظف الموظفة المهندس المهندسة الفني المريض المريضة "
    "أخي أختي زوجي زوجتي ابني ابنتي صديقي زميلي زميلتي مع من إلى الى عن قال قالت اتصل اتصلت تواصل سيتواصل "
    "ستتواصل كلام حساب مهندس مشتری مدیر همکارم "
    # Persian "with"; Arabic verbs that open a sentence, their subject after them (VSO: "أرسل كمال الطلب")
    "با أرسل أرسلت كتب كتبت سأل سألت طلب طلبت أكد أكدت أبلغ أبلغت أخبر أخبرت ذكر ذكرت وقع وقعت حضر حضرت "
    "دفع دفعت اشترى اشترت راجع راجعت "
    # Urdu (manager, customer, user, employee, patient)
    "منیجر مینیجر گاہک صارف ملازم مریض "
    # Devanagari (Hindi, Marathi, Nepali)
    "ग्राहक प्रबंधक मैनेजर भाई बहन पत्नी पति बेटा बेटी दोस्त सहकर्मी मरीज़ मरीज".split())
# "I am": the speaker's name follows ("אני דנה לוי", "أنا صبيح الحكير", "मैं लता चटर्जी हूँ"), when the list ranks it
SELF_INTRO = frozenset("אני أنا انا मैं".split())
SELF_RANK = 5000
# an honorific or a postposition of respect right after a name ("अखिल जी")
HONORIFIC_AFTER = frozenset("जी साहब साहिब".split())
GIVEN_RANK = 1000  # a word opening a full name: a given name at least this common in some country
PAIR_GIVEN_RANK = 2500  # ... before a common family name (``_family_word``): a given name this common
FAMILY_RANK = 1000
LONE_RANK = 2000  # a word alone after a role word: a given name (or family name after a title) this common
SECOND_RANK = 10000
EXTEND_RANK = 5000  # a third or fourth word of a name: a name the list ranks this common
PREFIXED_RANK = 1000
BIG_PLACE = 50_000  # one word that is a town this big is a place, unless it is among the commonest given names
# Hindi postpositions after a person ("राजीव झा से", "लीला ने"); the list knows few Devanagari names, each less
# common than their Latin spellings, so one or two words before these with one of them a known name are a name
DEVA_POST = frozenset("ने से को के की का जी".split())
DEVA_RANK = 20000
ARABIC_WORD = re.compile(f"[{ARABIC}]")
DEVA_WORD = re.compile(f"[{DEVA}]")  # a Hebrew name behind a prefix letter: a given name this common
# particles inside Arabic and Hebrew names: the word after them belongs to the name
NAME_PARTICLES = frozenset("آل بن بنت ابن أبو ابو بو אבו בן בת".split())
# Arabic vowel marks and the tatweel: "مُرضي", "حبّاب" are looked up as "مرضي", "حباب"
HARAKAT = re.compile("[\u064b-\u065f\u0670\u0640]")  # the second word of a full name: any name the list ranks this well


@functools.cache
def _stop() -> frozenset[str]:
    from .scripts import _stop_words

    return _stop_words()


# Persian writes "ی" and "ک" where Arabic writes "ي" and "ك"; keyboards and generators mix them ("آرين", "آرین"),
# and the list holds a name under one spelling, often the rarer one
FA_FORMS = str.maketrans("يكى", "یکی")
AR_FORMS = str.maketrans("یک", "يك")


@functools.lru_cache(maxsize=1 << 15)
def _ranks(word: str) -> tuple[int, int]:
    """(rank as a given name, as a family name) in the list, the best over the word's Arabic and Persian
    spellings (0: not one)."""
    from .names import gazetteer

    bare = HARAKAT.sub("", word)
    forms = {bare, bare.translate(FA_FORMS), bare.translate(AR_FORMS)}
    best = [0, 0]
    for f in forms:
        for k, r in enumerate(gazetteer().ranks(f)):
            if r and (not best[k] or r < best[k]):
                best[k] = r
    return best[0], best[1]


@functools.lru_cache(maxsize=1 << 15)
def roman_ranks(word: str) -> tuple[int, int]:
    """``_ranks``, and for a Devanagari or Bengali word the ranks of its Latin spellings too (indicroman.py: the
    list knows these names mostly in Latin letters), a romanised rank only among the commonest names. For the
    frames where the sentence already says a person stands there ("X says", "I am X"): Hindi words romanise
    onto common names elsewhere ("कारें", cars, is "karen"; "विशाल", huge, is "vishal")."""
    from .names import gazetteer

    best = list(_ranks(word))
    for f in romanised(word):
        for k, r in enumerate(gazetteer().ranks(f)):
            if 0 < r <= ROMAN_RANK and (not best[k] or r < best[k]):
                best[k] = r
    return best[0], best[1]


# courtesy words beside a name ("يزيد المحترم": the esteemed Yazid) and the words "town", "city" before a place
# named after a person ("مدينة جابر الأحمد")
NOT_NAME_WORDS = frozenset("المحترم المحترمة المحترم/ة الكريم الكريمة المحترمين הנכבד הנכבדה היקר היקרה "
                           "जी साहब "
                           # words of time after a subject ("وقع سالم بن راشد صباح اليوم": this morning); the
                           # list holds "صباح" as a name somewhere
                           "صباح مساء اليوم أمس غدا ليلة ظهر عصر صبح امروز دیروز فردا شب آج کل".split())
PLACE_WORDS = frozenset("مدينة بلدة قرية شارع حي محافظة منطقة عיר עיר רחוב שכונת קיבוץ מושב शहर गाँव गांव नगर "
                        "ज़िला जिला شهر روستای خیابان".split())


def _plain(word: str) -> bool:
    """A word that can be part of a name: not a function word, not a role word, longer than one letter."""
    return len(word) > 1 and word not in _stop() and word not in ROLE_BEFORE and word not in HONORIFIC_AFTER and \
        word not in NOT_NAME_WORDS and word.split("/")[0] not in NOT_NAME_WORDS


def _given(word: str, rank: int) -> bool:
    first, _ = _ranks(word)
    return 0 < first <= rank and not word.startswith("ال") and _plain(word)


def _family_word(word: str) -> bool:
    """A word the list ranks among the common family names, and better as a family name than as a given one."""
    first, last = _ranks(word)
    return _plain(word) and 0 < last <= FAMILY_RANK and (first == 0 or last < first)


def _named(word: str, rank: int) -> bool:
    first, last = _ranks(word)
    return _plain(word) and (0 < last <= rank or 0 < first <= rank)


def _place(name: str) -> bool:
    from .placenames import place_list

    return place_list().get(name) is not None


def _big_place(name: str) -> bool:
    from .placenames import place_list

    p = place_list().get(name)
    return p is not None and p.population >= BIG_PLACE


# letters Hebrew glues before a word: in, to, from, the, and, that, as ("בתל אביב": in Tel Aviv)
HE_PREFIXES = "בלמהושכ"
HE_NAME_PREFIXES = "לומ"  # before a person: to, and, from


def _place_at(words: list[re.Match], i: int, text: str) -> bool:
    """Whether the word at ``i`` is part of a place name GeoNames knows, with the word before or after it
    ("תל אביב" written "בתל אביב", "ריו דה ז'ניירו"), or alone."""
    w = words[i].group().rstrip(".")
    cands = [w]
    if i + 1 < len(words) and text[words[i].end():words[i + 1].start()] == " ":
        cands.append(f"{w} {words[i + 1].group().rstrip('.')}")
    if i and text[words[i - 1].end():words[i].start()] == " ":
        p = words[i - 1].group()
        cands.append(f"{p} {w}")
        if p[:1] in HE_PREFIXES:
            cands.append(f"{p[1:]} {w}")
    return any(_place(c) for c in cands[1:]) or (_big_place(w) and not 0 < _ranks(w)[0] <= 200)


def _next(text: str, words: list[re.Match], i: int) -> re.Match | None:
    """The word after ``words[i]`` when only a space stands between them (and no full stop ends the first)."""
    if i + 1 < len(words) and not words[i].group().endswith(".") and text[words[i].end():words[i + 1].start()] in (" ", "\u00a0"):
        return words[i + 1]
    return None


def _end(m: re.Match) -> int:
    return m.start() + len(m.group().rstrip("."))


def _extend(text: str, words: list[re.Match], i: int) -> int:
    """The index of the last word of a name whose known part ends at ``words[i]``: the words after it the list
    knows as names ("كمال الشايع"), and a particle with the word after it ("عدلي آل صفوان", "איתי אבו כף"); two
    more words at most."""
    for _ in range(2):
        nxt = _next(text, words, i) if not words[i].group().endswith(".") else None  # a sentence ends
        if nxt is None:
            break
        word = nxt.group().rstrip(".")
        after = _next(text, words, i + 1)
        if word in NAME_PARTICLES and after is not None and _plain(after.group().rstrip(".")):
            i += 2
        elif _named(word, EXTEND_RANK) and not _place_at(words, i + 1, text):
            i += 1
        elif word.startswith("ال") and len(word) >= 5 and _ranks(word) == (0, 0) and _plain(word) and \
                not _ordinary(word) and not _place_at(words, i + 1, text):
            # an Arabic family name with the article that no list knows ("صابر المشاولة"): the list holds the
            # language's common words as names somewhere, so a word it has never seen after a name is a rare name
            i += 1
            break
        elif _ranks(word) == (0, 0) and _plain(word) and _rare_word(word) and not _place_at(words, i + 1, text):
            # a word neither the list nor the language's word frequencies know, right after a name ("اسمي حمدان
            # جماز", "آقای فرهاد سغیری"): a rare family name (one at most: the name ends there)
            i += 1
            break
        else:
            break
    return i


def _rare_word(word: str) -> bool:
    from .nativeframes import _rare_word as rare

    return rare(word)


ORDINARY_ZIPF = 3.5  # "الطلب" (the order, Zipf 4.7) is a word of the language; "الجفالي" (2.5) a family name


@functools.lru_cache(maxsize=1 << 14)
def _ordinary(word: str) -> bool:
    """Whether an Arabic-script word is used often in Arabic, Persian or Urdu (wordfreq): then it is no unknown
    family name, although the name list does not hold it ("أرسل كمال الطلب": the order)."""
    try:
        from wordfreq import zipf_frequency
    except ImportError:  # pragma: no cover - wordfreq is a pinned dependency (pyproject.toml)
        return False
    return max(zipf_frequency(word, lang) for lang in ("ar", "fa", "ur")) >= ORDINARY_ZIPF


# Urdu's postpositions after a person ("کل میں نے ثنا ملک سے بات کی", "آرڈر کامران نے بھیجا"): Urdu writes
# Hindi's grammar in the Arabic script, so a name stands before them as before "ने", "से"
URDU_POST = frozenset("نے سے کو کا کی کے".split())
URDU_RANK = 20000


def _urdu_name(text: str, words: list[re.Match], i: int) -> int | None:
    """The last word of an Arabic-script name of one or two words starting at ``i`` and followed by an Urdu
    postposition, one of them a name the list knows (a lone word: a common given name); None if none."""
    for last in (i + 1, i):
        if any(_next(text, words, k) is None for k in range(i, last)):
            continue
        post = _next(text, words, last)
        if post is None or post.group() not in URDU_POST:
            continue
        ws = [words[k].group() for k in range(i, last + 1)]
        if not all(_plain(x) and ARABIC_WORD.match(x) for x in ws) or any(_place(x) for x in ws):
            continue
        if (len(ws) == 2 and any(0 < r <= URDU_RANK for x in ws for r in _ranks(x))) or (
                len(ws) == 1 and 0 < _ranks(ws[0])[0] <= LONE_RANK):
            return last
    return None


def _nasab(text: str, words: list[re.Match], i: int) -> int | None:
    """The last word of an Arabic name built with "بن"/"بنت" (son/daughter of) after the word at ``i``: "سالم بن
    راشد الكعبي". The particle stands between two names only; both words around it must be plain words."""
    nxt = _next(text, words, i)
    if nxt is None or nxt.group() not in ("بن", "بنت", "ابن") or not ARABIC_WORD.match(words[i].group()):
        return None
    after = _next(text, words, i + 1)
    word = words[i].group().rstrip(".")
    if after is None or not _plain(word) or word.startswith("ال") or not _plain(after.group().rstrip(".")):
        return None
    return _extend(text, words, i + 2)


def _deva_name(text: str, words: list[re.Match], i: int) -> int | None:
    """The last word of a Devanagari name of one or two words starting at ``i`` and followed by a postposition
    ("विशाल मिश्रा के", "लीला ने"), one of them a name the list knows; None if none."""
    for last in (i + 1, i):
        if any(_next(text, words, k) is None for k in range(i, last)):
            continue
        post = _next(text, words, last)
        if post is None or post.group() not in DEVA_POST:
            continue
        ws = [words[k].group() for k in range(i, last + 1)]
        if not all(_plain(x) and DEVA_WORD.match(x) for x in ws):
            continue
        if (len(ws) == 2 and any(0 < r <= DEVA_RANK for x in ws for r in _ranks(x))) or (
                len(ws) == 1 and 0 < _ranks(ws[0])[0] <= LONE_RANK):
            return last
    return None


def _spaced_people(text: str) -> list[Finding]:
    out: list[Finding] = []
    words = list(SPACED_WORD.finditer(text))
    n = len(words)
    i = 0
    while i < n:
        w = words[i]
        word = w.group().rstrip(".")
        nxt = _next(text, words, i)
        prev = words[i - 1] if i and text[words[i - 1].end():w.start()] in (" ", "\u00a0", "-", "") else None
        after_role = prev is not None and prev.group() in ROLE_BEFORE
        if prev is not None and prev.group() in SELF_INTRO and _given(word, SELF_RANK) and \
                not _place_at(words, i, text):
            last = _extend(text, words, i)
            out.append(Finding(w.start(), _end(words[last]), "PERSON", 0.75, "person_context_native_intro"))
            i = last + 1
            continue
        titled = prev is not None and prev.group() in TITLES
        before_hon = nxt is not None and nxt.group() in HONORIFIC_AFTER
        nasab = _nasab(text, words, i)  # before the place's test: "X بن" is a name, whatever town the list knows
        if nasab is not None:
            out.append(Finding(w.start(), _end(words[nasab]), "PERSON", 0.7, "person_context_native_nasab"))
            i = nasab + 1
            continue
        if _place_at(words, i, text) or (prev is not None and prev.group() in PLACE_WORDS):
            i = _extend(text, words, i) + 1  # "مدينة جابر الأحمد": a place named after a person
            continue
        # a full name: a common given name and a second name word the list knows; or a given name a little less
        # common before a word the list holds above all as a common family name ("ایلیا هاشمی")
        if nxt is not None and ((_given(word, GIVEN_RANK if not after_role else LONE_RANK) and
                                 _named(nxt.group().rstrip("."), SECOND_RANK)) or
                                (_given(word, PAIR_GIVEN_RANK) and _family_word(nxt.group().rstrip(".")))):
            last = _extend(text, words, i + 1)
            out.append(Finding(w.start(), _end(words[last]), "PERSON", 0.7, "person_context_native_pair"))
            i = last + 1
            continue
        # an abbreviated title ("ד"ר", "डॉ.", "د.") stands only before a name; a title that is also a word
        # ("خانم": madam, lady) before a name the list knows
        abbreviated = prev is not None and titled and any(c in prev.group() for c in ".'׳\"״")
        if ((abbreviated or before_hon) and _plain(word) and not word.startswith("ال")) or (
                after_role and _named(word, LONE_RANK)):
            last = _extend(text, words, i)
            out.append(Finding(w.start(), _end(words[last]), "PERSON", 0.7, "person_context_native_role"))
            i = last + 1
            continue
        if after_role and nxt is not None and 0 < _ranks(nxt.group().rstrip("."))[1] <= SECOND_RANK and _plain(
                word) and _plain(nxt.group().rstrip(".")) and not word.startswith("ال"):
            last = _extend(text, words, i + 1)  # "العميل جالا الشايع": a role, a given name, a known family name
            out.append(Finding(w.start(), _end(words[last]), "PERSON", 0.7, "person_context_native_role"))
            i = last + 1
            continue
        if ARABIC_WORD.match(word) and _plain(word):
            urdu = _urdu_name(text, words, i)
            if urdu is not None:
                out.append(Finding(w.start(), _end(words[urdu]), "PERSON", 0.7, "person_context_native_urdu"))
                i = urdu + 1
                continue
        if DEVA_WORD.match(word) and _plain(word):
            deva = _deva_name(text, words, i)
            if deva is not None:
                out.append(Finding(w.start(), _end(words[deva]), "PERSON", 0.7, "person_context_native_deva"))
                i = deva + 1
                continue
        # Hebrew glues "to", "and", "from" to a name ("לסימה", "ולאברהם"): a name the list ranks behind one such
        # letter, when the whole word is no name of its own
        if word[:1] in HE_NAME_PREFIXES and len(word) > 3 and _ranks(word) == (0, 0) and _given(word[1:], PREFIXED_RANK):
            last = _extend(text, words, i)  # "לאיתן רובינשטיין": the family name after the prefixed given name
            out.append(Finding(w.start() + 1, _end(words[last]), "PERSON", 0.7, "person_context_native_prefixed"))
            i = last + 1
            continue
        i += 1
    return out


# --------------------------------------------------------------------------- Japanese

JA_KANA = re.compile("[\u3041-\u3096\u30a1-\u30fa]")
JA_NAME = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\u3005]{2,3}")
# what follows a person in a Japanese sentence: a particle, an honorific, the copula, a clause's end
JA_AFTER = re.compile("(?:さん|様|さま|氏|くん|ちゃん|先生|によると|によれば|から|より|には|とは|に|は|と|の|が|を|も|へ|"
                      "です|[、。,.!?！？ 　]|$)")
# what stands before a person: a clause's start, a particle (hiragana), a word of time ("今朝", "昨日")
JA_BEFORE_TIME = ("今朝", "昨日", "今日", "明日", "先日", "本日", "先ほど")
JA_ROLE = re.compile("(?:担当の|担当者の|担当者|係の|営業の|上司の|同僚の|部長の|課長の)$")
JA_GIVEN_RANK = 10000
# after a family name and one kanji the list does not rank: only a particle that follows people
JA_AFTER_STRONG = re.compile("(?:さん|様|さま|氏|くん|ちゃん|から|と|の|が|は|に)")
# kanji that end a word begun by a family name's characters: towns, wards, shops, companies, stations, families
JA_NOT_GIVEN = frozenset("市区町村県都府道郡駅社店家屋館園院寺港線橋通側方面内外中下上前後様氏君")
GIVEN_KANA = re.compile("[\u3041-\u3096\u30a1-\u30fa\u30fc]{2,4}|[\u3400-\u4dbf\u4e00-\u9fff\u3005]{1,3}")


def _ja_people(text: str) -> list[Finding]:
    """Japanese names mid-sentence: a family name the list ranks (two or three kanji), a given name (kanji the
    list ranks as a given name, or two to four kana), an optional space between, then a particle; the clause
    must start before it (a particle, a punctuation mark, a word of time). A family name alone after a role
    ("担当の山崎が")."""
    from .cjk import NOT_NAMES, _big_place, _given_rank, _surname_ranked

    out: list[Finding] = []
    i = 0
    n = len(text)
    while i < n - 1:
        c = text[i]
        if not ("\u3400" <= c <= "\u9fff" or c == "\u3005"):
            i += 1
            continue
        before_ok = i == 0 or not ("\u3400" <= text[i - 1] <= "\u9fff") or text.endswith(
            JA_BEFORE_TIME, 0, i) or JA_ROLE.search(text, max(0, i - 5), i) is not None
        if not before_ok:
            i += 1
            continue
        found = None
        for fl in (3, 2):
            fam = text[i:i + fl]
            if len(fam) < fl or not JA_NAME.fullmatch(fam) or not _surname_ranked(fam) or fam in NOT_NAMES:
                continue  # (a family name is often a town's name too: 山下, 橋本, 小川; a given name after it decides)
            j = i + fl
            gap = 1 if j < n and text[j] in " \u3000" else 0
            for gm in (GIVEN_KANA.match(text, j + gap),):
                if gm is None:
                    continue
                for gl in range(len(gm.group()), 0, -1):
                    given = gm.group()[:gl]
                    end = j + gap + gl
                    kana = JA_KANA.match(given) is not None
                    ranked = 0 < _given_rank(given) <= JA_GIVEN_RANK
                    if given in NOT_NAMES or not JA_AFTER.match(text, end):
                        continue
                    if ranked or (kana and len(given) >= 2 and gl == len(gm.group())) or (
                            gap and gl <= 2 and gl == len(gm.group())) or (
                            gl == 1 and gl == len(gm.group()) and given not in JA_NOT_GIVEN and
                            JA_AFTER_STRONG.match(text, end)):
                        found = (i, end)
                        break
                if found:
                    break
            if found is None and JA_ROLE.search(text, max(0, i - 5), i) and JA_AFTER.match(text, j) and \
                    not JA_NAME.match(text, j) and not _big_place(fam):
                found = (i, j)  # "担当の山崎が対応します"
            if found:
                break
        if found:
            out.append(Finding(found[0], found[1], "PERSON", 0.7, "person_context_native_ja"))
            i = found[1]
        else:
            i += 1
    return out


# --------------------------------------------------------------------------- Chinese without a frame

HAS_HAN_ONLY = re.compile("[\u4e00-\u9fff]")
NOT_CHINESE = re.compile("[\u3041-\u30fa\uac00-\ud7a3]")  # kana or Hangul: Japanese or Korean text
# words that end in a family name's character ("公司", "上司", "官方"): the character is no name's start there
ZH_WORD_ENDS = frozenset("公司 上司 官司 司 官方 地方 对方 對方 双方 雙方 东方 東方 西方 南方 北方 平方 药方 藥方 处方 處方 "
                         "配方 大方 后方 後方 前方 上方 下方 比方 一方 多方 警方 军方 軍方 校方".split())


def _zh_strong_names(text: str) -> list[Finding]:
    """A Chinese name whose shape alone is strong: one of the commonest family names and a two-character
    given name the name list ranks ("邀请范雪梅周三来开会"). On 34,000 characters of clean Chinese (Faker's
    lorem in zh_CN and zh_TW, news-like sentences) this shape matched once, inside "公司文章"; the
    weaker shapes (a one-character given name, an unranked one) stay with ``cjk._zh_cued_names``, which wants
    the words around them."""
    from .cjk import GIVEN_RANK as ZH_GIVEN_RANK
    from .cjk import NOT_NAMES, SURNAMES_ZH, _big_place, _given_rank, _is_place

    out: list[Finding] = []
    for i, c in enumerate(text):
        if c not in SURNAMES_ZH:
            continue
        w = text[i:i + 3]
        if len(w) < 3 or not all("\u4e00" <= x <= "\u9fff" for x in w) or w in NOT_NAMES or w[1:] in NOT_NAMES:
            continue
        if text[max(0, i - 1):i + 1] in ZH_WORD_ENDS:
            continue
        if 0 < _given_rank(w[1:]) <= ZH_GIVEN_RANK and not _big_place(w) and not _is_place(w):
            out.append(Finding(i, i + 3, "PERSON", 0.7, "person_context_native_zh"))
    return out


# --------------------------------------------------------------------------- places

# words of place before a town: in, to, from, near, the city of ("في الرياض", "से दिल्ली", "ที่เชียงราย")
PLACE_BEFORE = frozenset("في إلى الى من قرب بمدينة مدينة در به از شهر נמצא ליד העיר בעיר शहर ज़िले जिले".split())
# Hindi postpositions of place after a town ("पुणे में", "दिल्ली से")
PLACE_AFTER_DEVA = frozenset("में से तक के की का को".split())
THAI_PLACE_BEFORE = frozenset("ที่ ใน จาก ไป ถึง จังหวัด อำเภอ เมือง แถว ย่าน".split())
PLACE_POP = 5_000  # a town at least this big, after a word of place, is a place


def _town(name: str) -> bool:
    from .placenames import place_list

    p = place_list().get(name)
    return p is not None and p.population >= PLACE_POP


def _spaced_places(text: str) -> list[Finding]:
    out: list[Finding] = []
    words = list(SPACED_WORD.finditer(text))
    for i, w in enumerate(words):
        word = w.group().rstrip(".")
        prev = words[i - 1] if i and text[words[i - 1].end():w.start()] in (" ", "\u00a0") else None
        nxt = _next(text, words, i)
        two = f"{word} {nxt.group().rstrip('.')}" if nxt is not None else None
        cue = (prev is not None and prev.group() in PLACE_BEFORE) or (
            DEVA_WORD.match(word) is not None and nxt is not None and nxt.group() in PLACE_AFTER_DEVA)
        if word[:1] in "בלמ" and len(word) >= 3:  # Hebrew "in", "to", "from" glued before a town
            if nxt is not None and two is not None and _town(two[1:]):
                out.append(Finding(w.start() + 1, _end(nxt), "LOCATION", 0.7, "script_place_native"))
                continue
            if len(word) > 3 and _town(word[1:]) and _ranks(word) == (0, 0) and not 0 < _ranks(word[1:])[0] <= 2000:
                out.append(Finding(w.start() + 1, _end(w), "LOCATION", 0.7, "script_place_native"))
                continue
        if not cue:
            continue
        if nxt is not None and two is not None and _town(two):
            out.append(Finding(w.start(), _end(nxt), "LOCATION", 0.7, "script_place_native"))
        elif _town(word) and _plain(word):
            out.append(Finding(w.start(), _end(w), "LOCATION", 0.7, "script_place_native"))
    return out


def _thai_places(text: str) -> list[Finding]:
    out: list[Finding] = []
    for m in THAI_RUN.finditer(text):
        toks = _thai_tokens(m.group())
        pos = m.start()
        for k, t in enumerate(toks):
            # a short town's name that is also an ordinary word ("ยัง": yet) only after "province", "district"
            # (the dictionary holds the big towns too: "เชียงราย")
            if k and toks[k - 1] in THAI_PLACE_BEFORE and len(t) >= 3 and _town(t) and (
                    len(t) >= 5 or t not in _thai()[3] or toks[k - 1] in ("จังหวัด", "อำเภอ")):
                out.append(Finding(pos, pos + len(t), "LOCATION", 0.7, "script_place_native"))
            pos += len(t)
    return out


def native_places(text: str) -> list[Finding]:
    """Towns in Thai, Hebrew, Arabic, Persian or Devanagari sentences: a name GeoNames knows (a town of
    ``PLACE_POP`` people or more) after a word of place ("في", "בעיר", a Hebrew prefix, "ที่") or before a Hindi
    postposition of place ("पुणे में")."""
    if not has_native(text):
        return []
    out = _spaced_places(text)
    if HAS_THAI.search(text):
        out += _thai_places(text)
    return out


def has_native(text: str) -> bool:
    return HAS_NATIVE.search(text) is not None


def native_people(text: str) -> list[Finding]:
    """People named in Thai, Hebrew, Arabic, Persian or Devanagari sentences (see the module's docstring)."""
    out = _ja_people(text) if JA_KANA.search(text) else []
    if HAS_HAN_ONLY.search(text) and not NOT_CHINESE.search(text):
        out += _zh_strong_names(text)
    if not has_native(text):
        return out
    out += _spaced_people(text)
    if HAS_THAI.search(text):
        out += _thai_people(text)
    return out
