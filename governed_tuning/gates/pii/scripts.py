"""People and places written in a script without capitals (Hebrew, Arabic and Persian, the Indic scripts, Thai,
Georgian) or in Armenian, inside text in the Latin script, and after the phrases that name someone in those
languages.

Why: the English NER model reads none of these scripts, and every name rule of ours that looks at capitals has
nothing to look at. Users write "Assigned to אדל לוי.", "Witness: इन्दिरा प्रसाद.", "Sorry for the wait,
যাযাবর." or "we live in ხაშური": in a line written in the Latin script, a short run of words in another script
is a name or a place far more often than anything else (a quoted sentence has function words and more words).
So:

- a run of one to four words of such a script, standing inside a line that has Latin words around it, with no
  function word of its language (spaCy's stop-word lists) and no sentence punctuation inside it, is a person
  when the English around it names a person ("Witness:", "Assigned to", "Hi", "This is", "... reports",
  "..., X."), and a place after a preposition of place ("in", "at", "from", "near", "moved to"); a word of a
  thing before it ("labelled", "Tag:", "the word") keeps it;
- after an introduction, thanks or a greeting in these languages ("שמי", "תודה", "اسمي", "معك", "شكرا",
  "मेरा नाम", "धन्यवाद", "আমার নাম", "என் பெயர்", "ჩემი სახელია", "իմ անունը"), the words up to the
  sentence's end (three at most; else the first).

Patterns are linear; findings hold positions only.
"""

from __future__ import annotations

import functools
import importlib
import re

from .recognizers import Finding

__all__ = ["script_people", "has_script"]

# letters of the scripts this module reads, with their combining marks, and the joiners inside a word
LETTERS = ("\u0530-\u058f\ufb13-\ufb17"  # Armenian
           "\u0590-\u05ff\ufb1d-\ufb4f"  # Hebrew
           # Arabic, Persian, Urdu: letters and marks, not the punctuation inside the block ("،", "؛", "؟", "۔")
           # nor its digits
           "\u0610-\u061a\u0620-\u065f\u066e-\u06d3\u06d5-\u06ef\u06fa-\u06ff\u0750-\u077f\u08a0-\u08ff"
           "\ufb50-\ufd3d\ufd50-\ufdff\ufe70-\ufefc"
           # Devanagari, Bengali, Gurmukhi, Gujarati, Oriya, Tamil, Telugu, Kannada, Malayalam, Sinhala (not the
           # danda, their full stop)
           "\u0900-\u0963\u0966-\u0dff"
           "\u0e00-\u0e7f"  # Thai
           "\u10a0-\u10ff\u1c90-\u1cbf"  # Georgian
           "\u200c\u200d")
WORD = f"[{LETTERS}](?:[{LETTERS}'׳״-]*[{LETTERS}])?"
HAS_SCRIPT = re.compile(f"[{LETTERS[:-2]}]")
INITIAL = f"[{LETTERS[:-2]}]\\.[ \t]*"  # "أ. العبيدي", "ক. দেব": an initial, then the family name
RUN = re.compile(rf"(?:{INITIAL})?{WORD}(?:(?:[ \t]+|,[ \t]*)(?:{INITIAL})?{WORD}){{0,6}}")
# particles of Arabic and Persian names ("بن", "آل") and of Hebrew ones: not counted as the name's words
PARTICLES = frozenset("بن بنت ابن آل ال أبو ابو عبد".split())
MAX_WORDS = 4
MAX_LETTERS = 20  # a longer "word" is a Thai phrase or sentence (Thai writes no spaces between words)
STOP_LANGS = ("he", "ar", "fa", "ur", "hi", "mr", "ne", "bn", "ta", "te", "si", "th", "hy")
PLACE_BEFORE = re.compile(r"(?i)(?<![A-Za-z])(?:in|at|from|near|moved to|move to|moving to|relocated to|"
                          r"based in|live in|living in|lives in|born in|outside)[ \t]+$")
LATIN = re.compile(r"[A-Za-z]")
# an introduction, thanks or a greeting in these languages: a name follows
INTRO = re.compile(
    rf"(?<![{LETTERS[:-2]}])(?:שמי|קוראים לי|כאן|תודה רבה|תודה|שלום|היי|גברת|מר|"
    r"الأستاذة|الأستاذ|الدكتورة|الدكتور|جناب|سرکار|ბატონო|ბატონი|ქალბატონო|ქალბატონი|պարոն|տիկին|"
    r"திருமதி|திரு|জনাব|"
    r"اسمي|معكم|معك|أنا|شكراً|شكرا|مرحبا|عزيزتي|عزيزي|السيدة|السيد|"
    r"اسم من|ممنون|مرسی|سلام|آقای|خانم|"
    r"मेरा नाम|मेरो नाम|धन्यवाद|नमस्ते|श्रीमती|श्री|"
    r"আমার নাম|ধন্যবাদ|নমস্কার|"
    r"என் பெயர்|நன்றி|வணக்கம்|"
    r"ฉันชื่อ|ผมชื่อ|ดิฉันชื่อ|ขอบคุณ|"
    r"ჩემი სახელია|მე მქვია|გმადლობთ|გამარჯობა|"
    r"իմ անունը|շնորհակալություն|բարև)"
    rf"(?![{LETTERS[:-2]}])[ \t]*[,،:/]?[ \t]*")
SENTENCE = re.compile(rf"[!?؟。।۔\n]|\.(?<![^{LETTERS[:-2]}][{LETTERS[:-2]}]\.)")  # an initial's dot ends no sentence


def has_script(text: str) -> bool:
    return HAS_SCRIPT.search(text) is not None


@functools.cache
def _stop_words() -> frozenset[str]:
    out: set[str] = set()
    for lang in STOP_LANGS:
        try:
            out |= set(importlib.import_module(f"spacy.lang.{lang}.stop_words").STOP_WORDS)
        except (ImportError, AttributeError):  # pragma: no cover - a spaCy without that language
            pass
    return frozenset(w for w in out if w not in PARTICLES)


NAME_RANK = 2000  # a function word of three letters or more the name list ranks this well is a name too ("علي")
# the commonest prepositions, which the name list ranks as names too ("على" 27th, "من", "في"): never a name
# (and letter courtesies: "السيدة ريم النمر المحترمة")
NEVER_NAMES = frozenset("على في من إلى الى عن مع منذ عند لدى از به در با برای تا את של על עם का की के में से पर को "
                        # "I": "שלום, אני דנה" greets, then the speaker names herself (native.py reads the name)
                        "אני أنا انا मैं আমি მე ես "
                        .split())
COURTESY = frozenset("المحترم المحترمة".split())


@functools.lru_cache(maxsize=1 << 14)
def _name(word: str) -> bool:
    from .names import gazetteer

    return len(word) > 2 and word not in NEVER_NAMES and 0 < gazetteer().best(word) <= NAME_RANK


def _ordinary_word(word: str) -> bool:
    """An Arabic-script word its languages use often (wordfreq) that the name list does not rank among the
    common given names ("مكتوب", written; "بطرس" is a given name the list ranks 2162nd, and as common a word):
    no name after an introduction."""
    from .native import ARABIC_WORD, _ordinary, _ranks

    return ARABIC_WORD.match(word) is not None and _ordinary(word) and not 0 < _ranks(word)[0] <= ORDINARY_NAME_RANK


ORDINARY_NAME_RANK = 5000


def _and_clause(word: str) -> bool:
    """An Arabic or Persian word with "و" (and) glued before it that is no name ("وعندي", "وأريد"; "وليد" and
    "وفاء" are names the list ranks)."""
    return len(word) > 3 and word[0] == "و" and "\u0620" <= word[1] <= "\u06ff" and not _name(word)


def _content_words(words: list[str]) -> list[str]:
    return [w for w in words if w not in PARTICLES]


def _words(text: str, s: int, e: int) -> list[re.Match]:
    return list(re.finditer(WORD, text[s:e]))


def _side(tokens: list[str]) -> str:
    """What the nearest word on one side is: "script" (a word of these scripts), "latin" (a Latin word with no
    digit), or "" (none in reach); codes and numbers ("T-8096093", "388") are passed over."""
    for tok in tokens:
        if HAS_SCRIPT.search(tok):
            return "script"
        if LATIN.search(tok) and not any(c.isdigit() for c in tok):
            return "latin"
    return ""


def _in_latin_line(text: str, s: int, e: int) -> bool:
    """Whether the run [s, e) stands among Latin words in its line (the nearest word on either side within 60
    characters, numbers and codes passed over), and not among words of its own script (a sentence)."""
    ls = text.rfind("\n", 0, s) + 1
    le = text.find("\n", e)
    le = len(text) if le < 0 else le
    before = _side(text[max(ls, s - 60):s].split()[::-1])
    after = _side(text[e:min(le, e + 60)].split())
    return "script" not in (before, after) and "latin" in (before, after)


# English words that name the person after them ("Witness: ", "Assigned to ", "Dr. ", "Hi ", "This is ") or
# before them ("... reports:", "... here", "... <a@b.c>")
PERSON_BEFORE = re.compile(
    r"(?i)(?<![A-Za-z])(?:witness|assigned to|assignee|patient|pt|dr|mr|mrs|ms|miss|prof|attending|hi|hello|hey|"
    r"dear|thanks|thank you|cheers|regards|best|sincerely|this is|it's|it is|i am|i'm|my name is|name|"
    r"spoke to|spoke with|talked to|talked with|speak to|ask for|asked for|contact|signed|signed by|by|from|to|"
    r"cc|agent|manager|customer|caller|client|doctor|nurse|is|with|for)\.?[ \t]*[:,]?[ \t]*$")
PERSON_AFTER = re.compile(r"(?i)[ \t]*(?:reports|reported|wrote|writes|said|says|here|again|called|asked|<[^<>@\s]+@|"
                          r"\([^()]*ext)")
VOCATIVE_END = (re.compile(r",[ \t]*$"), re.compile(r"[ \t]*[.!?]"))  # "Sorry for the wait, X."
THING_BEFORE = re.compile(r"(?i)(?:labell?ed|called|tagged|marked|titled|named|item|product|part|tag|category|"
                          r"word|term|means|say|says|written|spelled|spelt|status|type)\b[ \t]*[:,]?[ \t]*(?:as[ \t]+)?$")


def _named_by_latin(text: str, s: int, e: int, words: int) -> bool:
    """Whether the English around a run of another script says it is a person: a word that names one before it
    ("Witness:", "Assigned to", "Hi", "This is"), one after it ("reports", "here", "<a@b.c>"), or the run
    closing a sentence after a comma ("Sorry for the wait, X."). A thing's word before it ("labelled", "Tag:",
    "the word") says it is not."""
    lo = max(0, s - 40)
    if THING_BEFORE.search(text, lo, s):
        return False
    if PERSON_BEFORE.search(text, lo, s) or PERSON_AFTER.match(text, e):
        return True
    return words <= 2 and VOCATIVE_END[0].search(text, lo, s) is not None and VOCATIVE_END[1].match(text, e) is not None


def _value_under(text: str, s: int, e: int) -> str | None:
    """For a run that is a whole line, the kind of value its key line says it is ("manager", "name", "الاسم"
    -> PERSON; "city", "town" -> LOCATION), or None (no key line, or a key of something else: "status")."""
    ls = text.rfind("\n", 0, s) + 1
    le = text.find("\n", e)
    le = len(text) if le < 0 else le
    if text[ls:s].strip(" \t\"'") or text[e:le].strip(" \t\"',.;"):
        return None
    ks = text.rfind("\n", 0, max(0, ls - 1)) + 1
    key = text[ks:max(ks, ls - 1)].strip(" \t\"':").casefold()
    if PERSON_KEY.fullmatch(key):
        return "PERSON"
    if PLACE_KEY.fullmatch(key):
        return "LOCATION"
    return None


# a key line over a value (a JSON record read as lines, a form): what the value is
PERSON_KEY = re.compile(r"(?:full[ _]?)?name|manager|employee|customer|contact|patient|witness|author|from|agent|"
                        r"owner|assignee|emergency[ _]contact|spouse|next[ _]of[ _]kin|"
                        r"שם|שם מלא|الاسم|اسم|نام|नाम|নাম|பெயர்|ชื่อ|სახელი|անուն")
PLACE_KEY = re.compile(r"city|town|village|location|place|district|region|province|"
                       r"עיר|المدينة|مدينة|شهر|शहर|শহর|நகரம்|เมือง|ქალაქი|քաղաք")


# the introductions that name the speaker for certain ("my name is"); the rest of INTRO (greetings, thanks, "I
# am", "with you is", titles) name someone only when the words after them read as a name (``_addressed``)
STRONG_INTRO = re.compile(r"שמי|קוראים לי|اسمي|اسم من|نام من|मेरा नाम|मेरो नाम|আমার নাম|என் பெயர்|ฉันชื่อ|ผมชื่อ|"
                          r"ดิฉันชื่อ|ჩემი სახელია|მე მქვია|իմ անունը")
# who a greeting or a thanks is addressed to when it is no person: a customer, a team, everyone
ADDRESSEES = frozenset("العميل العميلة العملاء عميلنا عملاءنا الزبون الزبائن الجميع الفريق فريق الأعزاء صديقي "
                       "أصدقائي زملائي مشتری مشتریان همکاران دوستان کاربر لקוח לקוחה לקוחות הצוות צוות חברים "
                       "ग्राहक टीम मित्र दोस्तों साथियों সবাইকে গ্রাহক ลูกค้า ทีม მომხმარებელო მეგობრებო "
                       "հաճախորդ ընկերներ".split())
ADDRESS_RANK = 5000  # after a greeting, a first word the name list ranks this common is a name
ADDRESS_END = re.compile(r"[ \t]*[,،!؟?:]")


def _addressed(text: str, base: int, take: list[re.Match], ws: list[re.Match]) -> bool:
    """Whether the words after a greeting, thanks or title are a name: the whole run up to the sentence's end
    (no function word in it), no customer or team, and either a first word the name list ranks as a name, or
    one or two words closed by a comma or an exclamation ("שלום דנה,", "नमस्ते राहुल!") -- the name list knows
    few Indic, Georgian or Armenian names."""
    from .names import gazetteer

    if len(take) < len(ws) or any(w.group() in ADDRESSEES for w in take):
        return False
    first = next((w.group() for w in take if len(w.group()) > 1 and w.group() not in PARTICLES), "")
    if first and first not in NEVER_NAMES and 0 < gazetteer().best(first) <= ADDRESS_RANK:
        return True
    return len(_content_words([w.group() for w in take])) <= 2 and (
        ADDRESS_END.match(text, base + take[-1].end()) is not None
        or text[base + take[-1].end():base + take[-1].end() + 1] == ".")


def script_people(text: str) -> list[Finding]:
    """People and places in these scripts (see the module's docstring)."""
    if not has_script(text):
        return []
    stop = _stop_words()
    out: list[Finding] = []
    for m in RUN.finditer(text):
        s, e = m.span()
        words = [w.group() for w in _words(text, s, e)]
        content = _content_words(words)
        if not content or len(content) > MAX_WORDS or any(w in stop and not _name(w) for w in words) or any(
                len(w) > MAX_LETTERS for w in words):
            continue  # a quoted sentence has function words ("علي" is one, and the commonest name too)
        if not _in_latin_line(text, s, e):
            kind = _value_under(text, s, e)
            if kind is not None:
                out.append(Finding(s, e, kind, 0.7, "person_context_script_field" if kind == "PERSON"
                                   else "script_place"))
            continue
        if PLACE_BEFORE.search(text, max(0, s - 20), s):
            out.append(Finding(s, e, "LOCATION", 0.7, "script_place"))
        elif _named_by_latin(text, s, e, len(content)):
            out.append(Finding(s, e, "PERSON", 0.7, "person_context_script_latin"))
    for m in INTRO.finditer(text):
        # the words after the phrase up to the sentence's end: three at most, else the first
        r = RUN.match(text, m.end())
        if r is None or INTRO.match(text, r.start()):
            continue  # "היי, שמי ...": the next phrase introduces the name
        end = SENTENCE.search(text, r.start(), r.end() + 1)
        stop_at = end.start() if end else r.end()
        ws = [w for w in _words(text, r.start(), min(r.end(), stop_at))]
        cut = next((i for i, w in enumerate(ws) if w.group() in COURTESY), None)
        ws = ws[:cut] if cut else ws  # "ريم النمر المحترم": the name ends at the courtesy word
        # "اسمي حمدان جماز وعندي مشكلة": a word glued to "و" (and) that is no name opens the next clause
        cut = next((i for i, w in enumerate(ws) if i and _and_clause(w.group())), None)
        ws = ws[:cut] if cut else ws
        if not ws:
            continue
        if len(ws) >= 2 and ws[0].group() in stop and ws[1].group().startswith("ال") and \
                not _name(ws[1].group()):
            continue  # "شكرا على المساعدة": "thanks for the help"; a preposition then a noun, no name
        take = []
        for w in ws:
            if (w.group() in stop and w.group() not in PARTICLES and not _name(w.group())) or w.group() in NEVER_NAMES:
                break
            take.append(w)
        if not take or _ordinary_word(take[0].group()):
            continue  # "اسمي مكتوب خطأ": my name is written wrong
        strong = STRONG_INTRO.fullmatch(m.group().strip(" \t,،:/")) is not None
        if not strong:  # "שלום דנה, ההזמנה": a greeting's name ends at the comma
            comma = next((i for i in range(1, len(ws)) if "," in text[r.start() + ws[i - 1].end():r.start() + ws[i].start()]),
                         None)
            ws, take = (ws[:comma], take[:comma]) if comma else (ws, take)
        if not strong and not _addressed(text, r.start(), take, ws):
            continue  # "مرحبا، أريد إرجاع الطلب", "عزيزي العميل،": a greeting before a sentence or a customer
        if len(_content_words([w.group() for w in take])) > 3 or len(take) < len(ws):
            take = take[:1]
        s = r.start() + take[0].start()
        e = r.start() + take[-1].end()
        out.append(Finding(s, e, "PERSON", 0.75, "person_context_script_intro"))
    return out


def whole_value(text: str, findings: list[Finding]) -> list[Finding]:
    """A value that is only a short run of these scripts ("راني آل محمد بن علي بن جماز" under "manager") and
    holds a person found in it (its given name, found elsewhere in the record and propagated): the whole value
    is that person, not the one word ("محمدی" was left beside the token)."""
    if not findings or not has_script(text):
        return findings
    findings = _join_particles(text, findings)
    stripped = text.strip()
    m = RUN.fullmatch(stripped)
    if m is None or not any(f.entity == "PERSON" for f in findings):
        return findings
    words = [w.group() for w in _words(stripped, 0, len(stripped))]
    stop = _stop_words()
    if len(_content_words(words)) > MAX_WORDS or any(w in stop and not _name(w) for w in words):
        return findings
    s = text.index(stripped)
    person = next(f for f in findings if f.entity == "PERSON")
    return [Finding(s, s + len(stripped), "PERSON", person.score, person.source)]


PARTICLE_GAP = re.compile(rf"[ \t]+(?:{'|'.join(sorted(PARTICLES))})[ \t]+")


def _join_particles(text: str, findings: list[Finding]) -> list[Finding]:
    """Two parts of one name found apart, with a particle between them ("غزير آل حسين": the given name and
    the family name propagated, "آل" left between two tokens): one person."""
    out: list[Finding] = []
    for f in findings:
        if out and f.entity == "PERSON" and out[-1].entity == "PERSON" and \
                PARTICLE_GAP.fullmatch(text, out[-1].end, f.start):
            out[-1] = Finding(out[-1].start, f.end, "PERSON", max(f.score, out[-1].score), out[-1].source)
        else:
            out.append(f)
    return out
