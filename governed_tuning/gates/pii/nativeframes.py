"""The few words each language puts around a person, read in that language's own script: a title before the
name, "I am ..." around it, a verb of saying after it.

Why: ``native.py`` finds a name mid-sentence where the name list (names-dataset) knows its words, and
``scripts.py`` / ``scriptlines.py`` where a greeting, a label or a record's layout frames it. Names of the
languages whose names the list hardly knows (Hindi, Nepali and Bengali in their scripts, Armenian, most
Georgian family names) and a given name alone ("נועה אומר ש...") slipped between them, though the sentence
says plainly that a person stands there:

- **a title** that stands only before a person: "श्री", "জনাব", "ბატონი", "Պարոն", "آقای", "김 과장님",
  "鈴木部長": the word after it (and the name words the list knows after that) is a name, whatever the list
  says; a second title after the first ("خانم دکتر") is skipped;
- **"I am"** in the language's own frame: "मैं X बोल रहा हूँ", "म X बोल्दैछु", "... X هستم", "আমি X,",
  "მე ვარ X", "ես X-ն եմ": the words between the frame's parts (three at most, none a function word, one of
  them a name the list knows: "मैं परेशान हूँ" is "I am upset"); Armenian needs the capital instead;
- **a caller's opening** after a greeting: "مرحبا، معك X" (with you is X), "היי, זה X," (hi, this is X): a
  given name the list ranks, with the family name after it;
- **a verb of saying** after a lone word at a clause's start ("X says", "X wrote", "X asked") in Arabic,
  Persian, Hebrew, Hindi, Nepali, Bengali, Georgian, Armenian, Russian, Ukrainian and Greek: the word is a
  name when the list ranks it as a given name (the ranks are noisy: "আমি", "I", is ranked 140th somewhere, so
  function words are excluded first), or when it has the shape of the language's family names;
- **two capitalised Greek or Cyrillic words inside a clause**: a given name the list ranks and a family name
  it knows or shaped as one; in Greek, where the list knows few names, two words that agree as a name (a man's
  "-ος/-ης/-ας" twice, a woman's "-α/-η" then the genitive "-ου"), not in a title-case run of three;
- **a family name's shape**: Georgian family names end in "-შვილი" or "-ძე" (and "-ია", "-ავა" the list may
  know); Armenian ones in "-յան" or "-յանց", capitalised, with a case ending after it ("Նաբաթյանի"); Persian
  ones in "-زاده", "-پور", "-نژاد", "-وند", "-نیا" (or "-ی" after a common given name). A given name before
  such a word is part of the name; so is an Arabic given name before "آل" (family of) or "بن" (son of) and the
  name after it; before a Hindi, Nepali or Bengali postposition, two words whose second the
  list knows as a family name are one ("सविता कार्की से").

Every rule is local to its sentence and linear (each word is read once; lookups are sets and memoised ranks);
findings hold positions only.
"""

from __future__ import annotations

import functools
import re

from .recognizers import Finding

__all__ = ["frame_people", "has_framed_script", "widen_people"]

ARABIC = "\u0620-\u064a\u064b-\u065f\u0670-\u06d3\u06fa-\u06ff"
HEBREW = "\u05d0-\u05ea\u05f0-\u05f2\u0591-\u05c7"
DEVA = "\u0900-\u0963\u0966-\u097f"
BENGALI = "\u0980-\u09e3\u09f0-\u09fe"
GEORGIAN = "\u10d0-\u10ff\u1c90-\u1cbf"
ARMENIAN = "\u0531-\u0556\u0561-\u0587"
CYRILLIC = "\u0400-\u04ff\u0500-\u052f"
GREEK = "\u0370-\u03ff\u1f00-\u1fff"
LETTERS = ARABIC + HEBREW + DEVA + BENGALI + GEORGIAN + ARMENIAN + CYRILLIC + GREEK
HAS_FRAMED = re.compile(f"[{LETTERS}]")
# the scripts of the introductions read by ``_script_intro`` (Khmer, Lao, Burmese, Thai, Ethiopic, Sinhala, Hebrew)
HAS_INTRO_SCRIPT = re.compile("[\u1780-\u17ff\u0e80-\u0eff\u1000-\u109f\u0e00-\u0e7f\u1200-\u137f\u0d80-\u0dff"
                              "\u05d0-\u05ea]")
WORD = re.compile(rf"[{LETTERS}](?:[{LETTERS}\u200c\u200d'’׳״]*[{LETTERS}])?\.?")
INDIC = re.compile(f"[{DEVA}{BENGALI}]")
CASED = re.compile(f"[{ARMENIAN}{CYRILLIC}{GREEK}]")
ARMENIAN_RX = re.compile(f"[{ARMENIAN}]")

# titles that stand only before a person (Mr, Mrs, Ms, Sir, Dr in their abbreviated forms)
TITLES = frozenset(
    "श्री श्रीमती सुश्री श्रीमान जनाब डॉ. डा. "
    "জনাব শ্রী শ্রীমতী শ্রীমান ডাঃ ডা. ড. "
    "ბატონი ბატონმა ბატონო ბატონს ბატონის ქალბატონი ქალბატონმა ქალბატონო ქალბატონს ქალბატონის "
    "Պարոն պարոն Տիկին տիկին Պրն. պրն. Տկն. տկն. "
    "آقای جناب سرکار".split())
# titles that are also ordinary words ("خانم": lady): a second title or a name the list ranks must follow
WEAK_TITLES = frozenset("خانم".split())
# a title after a title ("خانم دکتر", "श्री डॉ."): the name is after the last one
TITLES_INNER = TITLES | frozenset("دکتر مهندس خانم دكتور डॉक्टर ডাক্তার ექიმი Դոկտոր".split())

# "I": the speaker's name follows, up to one of the frame's verbs (or a comma where the language drops "am")
SELF = frozenset("मैं म আমি من მე ես".split())
SELF_VERBS = frozenset("हूँ हूं हुँ बोल बोल्दैछु बोल्दै बोलदैछु هستم ვარ եմ".split())
# "I, X, am speaking" (a caller naming herself): no other words stand between "I" and this verb
SPEAKING = frozenset("बोल बोल्दैछु बोल्दै बोलदैछु".split())
SELF_COMMA = frozenset("আমি".split())  # Bengali: "আমি রাজু হক, ..." (no copula)
# a verb of saying, asking, writing or calling right after a person
SAYS = frozenset(
    # Arabic
    "يقول تقول قال قالت يطلب تطلب طلب طلبت كتب كتبت يكتب تكتب يسأل تسأل سأل سألت اتصل اتصلت يريد تريد "
    "أرسل أرسلت يشتكي تشتكي اشتكى اشتكت أكد أكدت يؤكد تؤكد "
    # Persian
    "می‌گوید میگوید می\u200cگويد گفت گفته نوشت می‌نویسد پرسید می‌پرسد خواست می‌خواهد تماس زنگ "
    # Hebrew
    "אומר אומרת אמר אמרה כותב כותבת כתב כתבה ביקש ביקשה מבקש מבקשת שאל שאלה שואל שואלת התקשר התקשרה "
    "טוען טוענת טען טענה "
    # Hindi, Nepali
    "कहते कहती कहता कहा बोले बोली बोला लिखा पूछा चाहते चाहती भन्नुहुन्छ भन्छन् भन्छिन् भन्छ भने भनिन् "
    "लेख्नुभयो सोध्नुभयो "
    # Bengali
    "বলছেন বললেন বলেছেন বলল বলেন বলে জানালেন জানিয়েছেন লিখেছেন চাইছেন চেয়েছেন জানতে "
    # Georgian
    "ამბობს თქვა წერს დაწერა ითხოვს ითხოვა რეკავს დარეკა კითხულობს იკითხა "
    # Armenian
    "ասում ասաց գրում գրել գրեց խնդրում խնդրեց զանգել զանգահարեց հարցնում հարցրեց "
    # Russian, Ukrainian
    "пишет говорит сказал сказала написал написала просит просил просила звонил звонила спрашивает спросил "
    "спросила пише каже сказав написав просить просив телефонував питає запитав запитала "
    # Greek
    "λέει είπε γράφει έγραψε ζητά ζητάει ζήτησε ρωτά ρωτάει ρώτησε τηλεφώνησε".split())
SAYS_RANK = 2000  # a lone word before a verb of saying: a given name this common in some country
SAYS_RANK_CASED = 5000  # a capitalised word at a sentence's start: the capital says nothing there
SAYS_RANK_INDIC = 20000  # the list knows few names in the Indic scripts, each less common than its Latin spelling
FRAME_RANK = 5000
PLACE_NAME_RANK = 1000
COMMON_RANK = 100  # a function word that is also among the commonest given names ("علي": on me, and Ali)
VERB_FIRST_RANK = 1000  # one word after "I am" with nothing to close the frame: a given name this common  # one word between "I" and "am" the list ranks this well (as given or family name)
# Georgian and Armenian family names by their ending; Armenian ones are capitalised and take case endings
KA_SURNAME = re.compile(f"[{GEORGIAN}]{{2,}}(?:შვილი|ძე)(?:ს|მ|ის|მა)?")
HY_SURNAME = re.compile(f"[\u0531-\u0556][{ARMENIAN}]+(?:յան|յանց|ունի)(?:ը|ն|ի|ին|ից|ով|ում|ներ)?")
HY_ARTICLE = re.compile("(?:ը|ն|ի|ին|ից|ով)$")
CLAUSE_START = re.compile(r"(?:^|[\n.!?؟।॥։:;,،՝\u061b])[ \t\"'«“(-]*$")


def has_framed_script(text: str) -> bool:
    return HAS_FRAMED.search(text) is not None


@functools.cache
def _stop() -> frozenset[str]:
    from .scriptlines import _stop_words

    return _stop_words()


def _ranks(word: str) -> tuple[int, int]:
    from .native import _ranks as ranks

    return ranks(word)


def _roman(word: str) -> tuple[int, int]:
    """The ranks with a Devanagari or Bengali word's Latin spellings (``native.roman_ranks``): only where the frame
    itself says a person stands there (before a verb of saying, inside "I am ... ")."""
    from .native import roman_ranks

    return roman_ranks(word)


def _known_roman(word: str, rank: int) -> bool:
    first, last = _roman(word)
    return 0 < first <= rank or 0 < last <= rank


# Georgian function words (spaCy has no Georgian stop-word list): and, or, that, not, I, you, he, we, this, here, ...
KA_STOP = frozenset("და ან რომ არ არა მე შენ ის ისინი ჩვენ თქვენ ეს ამ იმ ეგ რა ვინ სად როდის როგორ რატომ კი ხომ თუ "
                    "მაგრამ ასევე უკვე ჯერ ძალიან ყველა ყველაფერი აქ იქ ახლა მერე ვარ ხარ არის იყო იყვნენ უნდა "
                    "შეიძლება ჩემი შენი მისი ჩვენი თქვენი მათი გუშინ დღეს ხვალ".split())


def _plain(word: str) -> bool:
    w = word.rstrip(".")
    return len(w) > 1 and w.casefold() not in _stop() and w not in KA_STOP and w not in TITLES_INNER and w not in SAYS and \
        w not in SELF and w not in SELF_VERBS


def _shaped_surname(word: str) -> bool:
    return KA_SURNAME.fullmatch(word) is not None or HY_SURNAME.fullmatch(word) is not None


def _known(word: str, rank: int) -> bool:
    first, last = _ranks(word)
    return 0 < first <= rank or 0 < last <= rank


def _gap(text: str, a: re.Match, b: re.Match) -> bool:
    return text[a.end():b.start()] in (" ", "\u00a0") and not a.group().endswith(".")


def _place(word: str) -> bool:
    """A town of 50,000 or more that is not also among the commonest names ("احمدی" is a town in Kuwait and
    the 3rd family name of Iran)."""
    from .native import _big_place

    return _big_place(word) and not _known(word, PLACE_NAME_RANK)


def _name_run(text: str, words: list[re.Match], i: int, most: int = 3) -> int:
    """The index of the last word of a name starting at ``words[i]``: the words after it that the list knows
    as names or that have a family name's shape, ``most`` words in all."""
    j = i
    if not (0 < _ranks(words[i].group().rstrip("."))[0] <= FRAME_RANK):
        return i  # a family name alone after the title ("श्री शाह"): the word after it is the sentence's
    while j + 1 < len(words) and j - i + 1 < most and _gap(text, words[j], words[j + 1]):
        w = words[j + 1].group().rstrip(".")
        if not _plain(w) or not (0 < _ranks(w)[1] <= 10000 or _shaped_surname(w)):
            break
        j += 1
    return j


def _end(m: re.Match) -> int:
    return m.start() + len(m.group().rstrip("."))


def _titled(text: str, words: list[re.Match], out: list[Finding]) -> None:
    n = len(words)
    for i, w in enumerate(words):
        if (w.group() not in TITLES and w.group() not in WEAK_TITLES) or i + 1 >= n or text[w.end():words[i + 1].start()] not in (" ", "\u00a0"):
            continue
        k = i + 1
        while k + 1 < n and words[k].group() in TITLES_INNER and text[words[k].end():words[k + 1].start()] in (
                " ", "\u00a0"):
            k += 1  # "خانم دکتر X"
        name = words[k].group().rstrip(".")
        if w.group() in WEAK_TITLES and k == i + 1 and not _known(name, FRAME_RANK):
            continue
        if not _plain(name) or name.startswith("ال") or _office(name):
            continue  # (a town's name after a title is a family name: "श्री खन्ना", Khanna; "آقای مدیر": an office)
        if ARMENIAN_RX.match(name) and not name[0].isupper():
            continue  # Armenian writes a name with its capital
        last = _name_run(text, words, k)
        out.append(Finding(words[k].start(), _end(words[last]), "PERSON", 0.75, "person_context_native_title"))


def _self_named(text: str, words: list[re.Match], out: list[Finding]) -> None:
    n = len(words)
    for i, w in enumerate(words):
        if w.group() not in SELF or i + 1 >= n:
            continue
        k = i + 1
        if words[k].group() == "ვარ" and _gap(text, w, words[k]) and k + 1 < n:
            k += 1  # "მე ვარ X": the verb before the name
            verb_first = True
        else:
            verb_first = False
        if not _gap(text, words[k - 1], words[k]):
            continue
        armenian = ARMENIAN_RX.match(words[k].group()) is not None
        j = k
        while j < n and j - k < 3 and _plain(words[j].group()) and (j == k or _gap(text, words[j - 1], words[j])):
            if armenian and not words[j].group()[0].isupper():
                break
            j += 1
        if j == k:
            continue
        # what closes the frame: the verb after the name, a comma (Bengali), or (verb first) the name's end
        after = text[_end(words[j - 1]):words[j].start()] if j < n else text[_end(words[j - 1]):]
        closed = (verb_first or (j < n and words[j].group() in SELF_VERBS and after.strip(" -") == "") or
                  (w.group() in SELF_COMMA and after.lstrip().startswith((",", "،"))))
        if not closed:
            continue
        names = [x.group().rstrip(".") for x in words[k:j]]
        rank = SAYS_RANK_INDIC if INDIC.match(names[0]) else FRAME_RANK
        if armenian or (j < n and words[j].group() in SPEAKING):
            ok = not any(_place(x) for x in names)
        elif verb_first and len(names) == 1:
            ok = 0 < _ranks(names[0])[0] <= VERB_FIRST_RANK  # "მე ვარ ექიმი": "I am a doctor" (ranked 2679th)
        else:
            ok = any(_known_roman(x, rank) or _shaped_surname(x) for x in names) and not any(_place(x) for x in names)
        if ok:
            out.append(Finding(words[k].start(), _end(words[j - 1]), "PERSON", 0.75, "person_context_native_self"))


# a caller's opening after a greeting: "مرحبا، معك X" ("with you is X"), "היי, זה X," ("hi, this is X,")
SPEAKER = frozenset("معك معكم معاك זה זו".split())
SPEAKER_RANK = 5000


def _speaker(text: str, words: list[re.Match], out: list[Finding]) -> None:
    from .native import _extend

    n = len(words)
    for i, w in enumerate(words):
        if w.group() not in SPEAKER or i + 1 >= n or not _gap(text, w, words[i + 1]):
            continue
        if not CLAUSE_START.search(text, max(0, w.start() - 4), w.start()) or i == 0:
            continue  # after a greeting's comma, not opening the text ("זה לא עובד")
        name = words[i + 1].group().rstrip(".")
        if not _plain(name) or name.startswith("ال") or not 0 < _ranks(name)[0] <= SPEAKER_RANK or _place(name):
            continue
        hebrew = w.group() in ("זה", "זו")
        last = _extend(text, words, i + 1) if not hebrew else _name_run(text, words, i + 1)
        if hebrew and not text[_end(words[last]):].lstrip(" ").startswith((",", "!", ".", "\n")) and last + 1 < n:
            continue  # "היי, זה X," : the name closed by a comma, or "זה מוצר מעולה" is a sentence
        out.append(Finding(words[i + 1].start(), _end(words[last]), "PERSON", 0.75, "person_context_native_self"))


# verbs that carry "I" themselves ("علي روحانی هستم": I am Ali Rouhani): the name is before them, from a clause's start
SELF_VERB_ALONE = frozenset("هستم".split())


def _self_before(text: str, words: list[re.Match], out: list[Finding]) -> None:
    for j, v in enumerate(words):
        if v.group() not in SELF_VERB_ALONE or j == 0:
            continue
        k = j
        while k > 0 and j - k < 3 and _gap(text, words[k - 1], words[k if k < j else j]) and (
                _plain(words[k - 1].group()) or 0 < _ranks(words[k - 1].group())[0] <= COMMON_RANK):
            k -= 1
            if CLAUSE_START.search(text, max(0, words[k].start() - 4), words[k].start()):
                break
        if k == j or not CLAUSE_START.search(text, max(0, words[k].start() - 4), words[k].start()):
            continue
        names = [x.group().rstrip(".") for x in words[k:j]]
        if any(_known(x, FRAME_RANK) for x in names) and not any(_place(x) for x in names):
            out.append(Finding(words[k].start(), _end(words[j - 1]), "PERSON", 0.75, "person_context_native_self"))


def _said(text: str, words: list[re.Match], out: list[Finding]) -> None:
    n = len(words)
    for i in range(n - 1):
        verb = words[i + 1]
        if verb.group().rstrip(".") not in SAYS or not _gap(text, words[i], verb):
            continue
        # one or two name words at a clause's start before the verb
        first = i
        if i and _gap(text, words[i - 1], words[i]) and CLAUSE_START.search(text, max(0, words[i - 1].start() - 4),
                                                                              words[i - 1].start()):
            first = i - 1
        elif not CLAUSE_START.search(text, max(0, words[i].start() - 4), words[i].start()):
            continue
        names = [words[k].group().rstrip(".") for k in range(first, i + 1)]
        if not all(_plain(x) for x in names) or any(x.startswith("ال") for x in names):
            if first == i - 1 and _plain(names[-1]):
                first, names = i, names[-1:]
            else:
                continue
        head = names[0]
        if CASED.match(head) and not head[0].isupper():
            continue
        indic = INDIC.match(head) is not None
        rank = SAYS_RANK_INDIC if indic else SAYS_RANK_CASED if CASED.match(head) else SAYS_RANK
        bare = HY_ARTICLE.sub("", names[-1]) if ARMENIAN_RX.match(names[-1]) else names[-1]
        if len(names) == 2:
            ok = (0 < _roman(names[0])[0] <= rank and (_known(bare, 10000) or _shaped_surname(names[-1]))) or \
                _shaped_surname(names[-1]) or (indic and any(_known_roman(x, rank) for x in names))
        else:
            ok = 0 < _roman(bare)[0] <= rank or (_shaped_surname(names[0]) and first > 0) or _rare_word(bare)
        if ok and not any(_place(x) for x in names):
            out.append(Finding(words[first].start(), _end(words[i]), "PERSON", 0.7, "person_context_native_said"))


# the languages whose word frequencies say a word of a script is ordinary (wordfreq's lists)
RARE_LANGS = ((re.compile(f"[{ARABIC}]"), ("ar", "fa", "ur")), (re.compile(f"[{DEVA}]"), ("hi",)),
              (re.compile(f"[{BENGALI}]"), ("bn",)), (re.compile(f"[{HEBREW}]"), ("he",)))
RARE_ZIPF = 2.0  # a word used less than once in ten million words is no ordinary word of its language
ORDINARY_ZIPF = 3.0  # a word once per million words (Zipf 3) or more is one
# possessive and pronoun endings in Arabic and Persian ("مدیرم", my manager; "مديري"): the word without one
# that is an ordinary word is a noun, not a name
OWNED_ENDINGS = ("ها", "مان", "تان", "شان", "م", "ت", "ش", "ي", "ه", "ك")


def _rare_word(word: str) -> bool:
    """Whether a lone word before a verb of saying, in the Arabic, Devanagari, Bengali or Hebrew script, is
    used so rarely in its languages (wordfreq; Zipf below RARE_ZIPF) that it is a name nobody's list holds
    ("فرزدق يقول", "آيلين می‌گوید", "আয়ুশি বলছেন": the lists know few names in these scripts, and the verb of
    saying needed a ranked one); an ordinary word with a possessive ending is not ("مدیرم می‌گوید", my manager
    says). False without wordfreq."""
    langs = next((ls for rx, ls in RARE_LANGS if rx.match(word)), None)
    if langs is None or len(word) < 3:
        return False
    try:
        from wordfreq import zipf_frequency
    except ImportError:  # pragma: no cover - wordfreq is a pinned dependency (pyproject.toml)
        return False
    if max(zipf_frequency(word, lang) for lang in langs) >= RARE_ZIPF:
        return False
    return not any(word.endswith(e) and len(word) - len(e) >= 2 and
                   max(zipf_frequency(word[:-len(e)], lang) for lang in langs) >= ORDINARY_ZIPF
                   for e in OWNED_ENDINGS if langs[0] == "ar")


AGENT_MARK = "ने"  # Hindi's ergative postposition: "रोहित ने दो बार फोन किया" (Rohit called twice)
AGENT_RANK = 2000  # a lone word before it is a person when its Latin spelling is a given name this common


def _agent(text: str, words: list[re.Match], out: list[Finding]) -> None:
    """A Devanagari word alone at a clause's start before "ने", the mark of the one who did the deed, whose Latin
    spelling (``native.roman_ranks``) is a common given name: "रोहित ने दो बार फोन किया" left the name whole, as
    the verbs of saying (``_said``) need a verb right after it. Things that act ("कंपनी ने", "पुलिस ने": the
    company, the police) spell no common given name; a place is no person."""
    for i in range(len(words) - 1):
        mark, w = words[i + 1], words[i]
        if mark.group() != AGENT_MARK or text[w.end():mark.start()] != " ":
            continue
        if not CLAUSE_START.search(text, max(0, w.start() - 4), w.start()) and not (
                i and _gap(text, words[i - 1], w) and not _plain(words[i - 1].group())):
            continue  # (after a function word too: "कल प्रिया ने", yesterday Priya)
        word = w.group().rstrip(".")
        if not INDIC.match(word) or not _plain(word) or _place(word):
            continue
        if 0 < _roman(word)[0] <= AGENT_RANK:
            out.append(Finding(w.start(), _end(w), "PERSON", 0.7, "person_context_native_agent"))


def _shaped(text: str, words: list[re.Match], out: list[Finding]) -> None:
    """A word with a Georgian or Armenian family name's shape, with the given name before it when the list
    knows that one (Armenian: any capitalised word before it)."""
    for i, w in enumerate(words):
        word = w.group().rstrip(".")
        if not _shaped_surname(word) or _place(word):
            continue
        s = w.start()
        if i and _gap(text, words[i - 1], w):
            prev = words[i - 1].group()
            if _plain(prev) and (0 < _ranks(prev)[0] <= FRAME_RANK or (ARMENIAN_RX.match(prev) and prev[0].isupper())):
                s = words[i - 1].start()
        out.append(Finding(s, _end(w), "PERSON", 0.7, "person_context_native_shape"))


# postpositions after a person in Hindi, Nepali and Bengali ("X से", "X सँग", "X এর সাথে")
INDIC_POST = frozenset("से ने को के की का सँग संग ले लाई एর এর কে র সাথে থেকে".split())
# Persian family names by their ending (-zadeh, -pour, -nejad, -vand, -nia, -far, -i after a given name)
FA_SURNAME = re.compile("[\u0620-\u06ff\u200c]{2,}(?:زاده|پور|نژاد|وند|نیا|فر|یان|ی)")
FA_ONLY = re.compile("[پچژگکی]")
FA_STRONG_SUFFIX = re.compile("(?:زاده|پور|نژاد|وند|نیا)$")
PAIR_GIVEN_RANK = 1000  # the given name of a pair whose family name only its shape or a weak rank supports


def _pairs(text: str, words: list[re.Match], out: list[Finding]) -> None:
    """Two words of a name where native.py's list-only pairs miss them: an Indic pair before a postposition
    (its family name one the list knows), a Georgian given name with a family name the list ranks, a Persian given name
    with a word of a Persian family name's shape ("فاطمه صنایعی", "نيايش ترکاشوند")."""
    n = len(words)
    for i in range(n - 1):
        a, b = words[i], words[i + 1]
        if not _gap(text, a, b):
            continue
        x, y = a.group().rstrip("."), b.group().rstrip(".")
        if not (_plain(x) and _plain(y)) or _place(x) or _place(y):
            continue
        found = False
        if y in AR_LINEAGE and i + 2 < n and _gap(text, b, words[i + 2]) and not x.startswith("ال"):
            z = words[i + 2].group().rstrip(".")
            # "وفائي آل عايض", "سالم بن مبارك": a given name, "family of" or "son of", a name; "آل" stands only in
            # names, "بن" is also coffee beans ("قهوة بن برازيلي"), so both names around it must be ones the list knows
            if _plain(z) and (y == "آل" or (0 < _ranks(x)[0] <= FRAME_RANK and _ranks(z) != (0, 0))):
                # the whole lineage is one name ("راني آل محمد بن علي بن جماز"): a span that stopped at the first
                # link would leave the rest of the name beside its surrogate; after "son of" a word is a name even
                # when it is also a stop word ("علي", "on")
                j = i + 2
                while j + 2 < n and words[j + 1].group() in AR_LINEAGE and _gap(text, words[j], words[j + 1]) and \
                        _gap(text, words[j + 1], words[j + 2]) and len(words[j + 2].group().rstrip(".")) > 1:
                    j += 2
                out.append(Finding(a.start(), _end(words[j]), "PERSON", 0.7, "person_context_native_pair"))
            continue
        if INDIC.match(x) and INDIC.match(y) and i + 2 < n and words[i + 2].group() in INDIC_POST and \
                text[b.end():words[i + 2].start()] == " ":
            # the second word a family name the list knows ("सविता कार्की से"; "বেগম নানি কে" is "to grandmother Begum")
            found = 0 < _ranks(y)[1] <= SAYS_RANK_INDIC
        elif KA_START.match(x) and KA_START.match(y):
            found = 0 < _ranks(x)[0] <= FRAME_RANK and (0 < _ranks(y)[1] <= 10000 or _shaped_surname(y))
        elif FA_ONLY.search(x + y) and FA_SURNAME.fullmatch(y) and not y.startswith("ال"):
            # a suffix only family names end in ("-zadeh", "-pour", "-vand") after any given name the list ranks;
            # the common "-i" (also an adjective's ending) after a common one
            rank = FRAME_RANK if FA_STRONG_SUFFIX.search(y) else PAIR_GIVEN_RANK
            found = 0 < _ranks(x)[0] <= rank and not 0 < _ranks(y)[0] <= 200
        if found:
            out.append(Finding(a.start(), _end(b), "PERSON", 0.7, "person_context_native_pair"))


KA_START = re.compile(f"[{GEORGIAN}]")
AR_LINEAGE = frozenset("آل بن بنت ابن".split())
# Greek and East Slavic family names by their ending (Greek in the nominative and the genitive women take)
CASED_SURNAME = re.compile(
    "[\u0391-\u03a9\u0410-\u042f\u0401\u0404\u0406\u0407]\\w*(?:οπουλος|οπουλου|ιδης|ιδου|ακης|ακη|ιαδης|"
    "ιαδου|ατος|ατου|εας|ιου|ος|ης|ου|ας|ов|ова|ев|ева|ёв|ёва|ин|ина|ын|ына|ский|ская|цкий|цкая|енко|ук|юк|чук|ко)")


def _cased_pairs(text: str, words: list[re.Match], out: list[Finding]) -> None:
    """Two capitalised Greek or Cyrillic words inside a clause ("ο τεχνικός Αντίπατρος Καρακαστανιάς θα"): a
    proper name, a person's when the list ranks the first as a given name and the second is a family name the
    list knows or shaped as one; a town or a clause's first word is no such evidence."""
    for i in range(len(words) - 1):
        a, b = words[i], words[i + 1]
        x, y = a.group().rstrip("."), b.group().rstrip(".")
        if not (CASED.match(x) and CASED.match(y) and not ARMENIAN_RX.match(x)) or not (x[0].isupper() and y[0].isupper()):
            continue
        if not _gap(text, a, b) or CLAUSE_START.search(text, max(0, a.start() - 4), a.start()):
            continue
        if not (_plain(x) and _plain(y)) or _place(x) or _place(y) or x.isupper() or y.isupper():
            continue
        shaped = CASED_SURNAME.fullmatch(_unaccented(y)) is not None
        greek = GREEK_RX.match(x) is not None
        if (0 < _ranks(x)[0] <= CASED_GIVEN_RANK and (0 < _ranks(y)[1] <= 20000 or shaped)) or (
                # Greek: two capitalised words mid-clause, both with a name's ending, the second a family name's
                greek and shaped and _greek_agree(_unaccented(x), _unaccented(y)) and not _title_run(words, i)):
            out.append(Finding(a.start(), _end(b), "PERSON", 0.7, "person_context_native_pair"))


CASED_GIVEN_RANK = 10000
GREEK_RX = re.compile(f"[{GREEK}]")
# a Greek full name agrees in gender: a man's given name and family name both end in -ος/-ης/-ας, a woman's
# given name in -α/-η/-ω and her family name in the genitive -ου (or -η, -α); "Υπάλληλος Τουριστικού" (a
# heading's noun and a genitive adjective) does not agree so
GREEK_MALE = re.compile("(?:ος|ης|ας)$")
GREEK_FEMALE = re.compile("(?:α|η|ω)$")
GREEK_FEMALE_FAMILY = re.compile("(?:ου|η|α)$")


def _title_run(words: list[re.Match], i: int) -> bool:
    """Whether the pair at ``i`` stands in a run of three or more capitalised words: a heading or a job's title
    in title case ("Τεχνικός Λήψης Φωτογραφίας"), not a person."""
    def cap(k: int) -> bool:
        return 0 <= k < len(words) and words[k].group()[:1].isupper()

    return cap(i - 1) and words[i - 1].end() + 2 >= words[i].start() or cap(i + 2) and \
        words[i + 1].end() + 2 >= words[i + 2].start()


def _greek_agree(given: str, family: str) -> bool:
    return (GREEK_MALE.search(given) is not None and GREEK_MALE.search(family) is not None) or (
        GREEK_FEMALE.search(given) is not None and GREEK_FEMALE_FAMILY.search(family) is not None)


def _unaccented(word: str) -> str:
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


# Korean: a family name of one syllable, a space and a title with its honorific ("김 과장님"); a ranked given name
# of two syllables and "씨" / "님" ("은지 씨가")
KO_TITLED = re.compile("(?<![\uac00-\ud7a3])([\uac00-\ud7a3])[ \t]+(?:과장|부장|차장|대리|팀장|사장|실장|이사|상무|전무|"
                       "대표|선생|기사|주임|원장|교수|작가|변호사|회장|소장)님")
KO_GIVEN_HON = re.compile("(?<![\uac00-\ud7a3])([\uac00-\ud7a3]{2})[ \t]+(?:씨|님)(?![\uac00-\ud7a3]{2})")
# Japanese: a family name the list ranks, then a title ("鈴木部長が"), the clause starting before it
JA_TITLED = re.compile("(?<![\u3400-\u4dbf\u4e00-\u9fff\u3005])([\u3400-\u4dbf\u4e00-\u9fff\u3005]{2,3}?)"
                       "(?:部長|課長|社長|係長|次長|店長|室長|主任|専務|常務|会長|先生|教授|医師|弁護士)"
                       "(?=[がはにのをとも、。,. ]|から|より|です)")


def _ko_ja(text: str, out: list[Finding]) -> None:
    from .cjk import KO_GIVEN_RANK, NOT_NAMES, SURNAMES_KO, _given_rank, _surname_ranked

    for m in KO_TITLED.finditer(text):
        if m.group(1) in SURNAMES_KO:
            out.append(Finding(*m.span(1), "PERSON", 0.7, "person_context_native_ko_title"))
    for m in KO_GIVEN_HON.finditer(text):
        if 0 < _given_rank(m.group(1)) <= KO_GIVEN_RANK and m.group(1) not in NOT_NAMES:
            out.append(Finding(*m.span(1), "PERSON", 0.7, "person_context_native_ko_title"))
    for m in JA_TITLED.finditer(text):
        if _surname_ranked(m.group(1)) and m.group(1) not in NOT_NAMES:
            out.append(Finding(*m.span(1), "PERSON", 0.7, "person_context_native_ja_title"))


HAS_KO_JA = re.compile("[\uac00-\ud7a3\u3400-\u4dbf\u4e00-\u9fff]")


# what closes a name of two words in Hindi, Nepali and Bengali (the verb comes last): a copula, a postposition
INDIC_CLOSE = frozenset("है हैं हो हुँ हूँ ने से को के की का ले लाई सँग এর কে র সাথে থেকে".split())
NEXT_WORD = re.compile(rf"[ \u00a0]({WORD.pattern})")
PREV_WORD = re.compile(rf"({WORD.pattern})[ \u00a0]$")


def _more(text: str, f: Finding) -> Finding:
    """``f`` widened by one word either side that belongs to the name (see ``widen_people``)."""
    s, e = f.start, f.end
    last = text[s:e].split()[-1] if text[s:e].split() else ""
    m = NEXT_WORD.match(text, e)
    if m and WORD.fullmatch(last):
        w = m.group(1).rstrip(".")
        after = NEXT_WORD.match(text, m.start(1) + len(w))
        close = text[m.start(1) + len(w):m.start(1) + len(w) + 1]
        if _plain(w) and not _place(w) and w not in INDIC_CLOSE and w not in SPEAKER and not _arabic_word_not_name(w):
            if CASED.match(w) and CASED.match(last):
                ok = w[0].isupper() and last[0].isupper()
            elif CASED.match(w) or CASED.match(last):
                ok = False
            else:
                first, fam = _ranks(w)
                # (a word its language's frequencies do not know, right after a name: "آقای فرهاد سغیری")
                ok = 0 < fam <= 20000 or 0 < first <= FRAME_RANK or _shaped_surname(w) or _rare_word(w) or (
                    INDIC.match(w) is not None and INDIC.match(last) is not None and (
                        close in (",", "।", "\n", "") or (after is not None and after.group(1) in INDIC_CLOSE)))
            if ok:
                e = m.start(1) + len(w)
    first_word = text[s:e].split()[0] if text[s:e].split() else ""
    p = PREV_WORD.search(text, max(0, s - 40), s)
    if p and WORD.fullmatch(first_word):
        w = p.group(1).rstrip(".")
        if _plain(w) and not _place(w) and w not in INDIC_CLOSE and not w.startswith("ال") and \
                not CLAUSE_END.search(text, p.end(1), s):
            from .native import ROLE_BEFORE

            rank = SAYS_RANK_INDIC if INDIC.match(w) else FRAME_RANK
            cased_ok = not (CASED.match(w) or CASED.match(first_word)) or (w[0].isupper() and first_word[0].isupper())
            if w not in ROLE_BEFORE and w not in NAME_WORDS and cased_ok and 0 < _ranks(w)[0] <= rank:
                s = p.start(1)
    return f if (s, e) == (f.start, f.end) else Finding(s, e, f.entity, f.score, f.source)


def _office(word: str) -> bool:
    """A word of a role or an office ("مدیر", "منیجر"): after a title it is the office addressed, not a name."""
    from .native import ROLE_BEFORE

    return word in ROLE_BEFORE


def _arabic_word_not_name(word: str) -> bool:
    """An Arabic-script word after a name that is no part of it: a word of time ("صباح اليوم"; the list holds
    "صباح" as a name) or an ordinary noun with the article that the list ranks only as a rare family name ("أرسل
    كمال الشايع الطلب": the order). A family name with the article that the list ranks common ("الحسيني") stays."""
    from .native import NOT_NAME_WORDS, _ordinary, _ranks

    if word in NOT_NAME_WORDS:
        return True
    return word.startswith("ال") and _ordinary(word) and not 0 < _ranks(word)[1] <= ARTICLE_FAMILY_RANK


ARTICLE_FAMILY_RANK = 1000
CLAUSE_END = re.compile(r"[.,;:!?،؛]")
# the word "name" in these languages ("मेरा नाम X": the list ranks "नाम" as a given name somewhere)
NAME_WORDS = frozenset("नाम नाव নাম اسم اسمي نام שם שמי სახელი სახელია անունը անուն имя Имя ім'я όνομα Όνομα".split())


def widen_people(text: str, findings: list[Finding]) -> list[Finding]:
    """Names in these scripts found in part by one frame ("मेरा नाम <given> रेड्डी है", "ডাঃ <given> আবদুল্লাহ",
    "ტატიანა <family>", "<family> Մարիաննա"): a finding takes the word right after it when that word is a name
    the list knows (or has a family name's shape; in Hindi, Nepali and Bengali, when a copula, a postposition
    or a comma closes it), and the word right before it when that is a given name the list ranks; in the cased
    scripts a capitalised word next to a capitalised name. One word either side, so the reading stays local."""
    if not findings or not has_framed_script(text):
        return findings
    return [_more(text, f) if f.entity == "PERSON" and HAS_FRAMED.search(text, f.start, f.end) else f
            for f in findings]


def frame_people(text: str) -> list[Finding]:
    """People framed by a title, "I am", a verb of saying or a family name's shape (see the module's docstring)."""
    out: list[Finding] = []
    if HAS_KO_JA.search(text):
        _ko_ja(text, out)
    if HAS_INTRO_SCRIPT.search(text):
        _script_intro(text, out)
    if not has_framed_script(text):
        return out
    words = list(WORD.finditer(text))
    _titled(text, words, out)
    _self_named(text, words, out)
    _self_before(text, words, out)
    _speaker(text, words, out)
    _said(text, words, out)
    _agent(text, words, out)
    _pairs(text, words, out)
    _cased_pairs(text, words, out)
    _shaped(text, words, out)
    _latin_in_frame(text, out)
    return out


# "my name is" / "I am" / "speaking" in the scripts no name list covers (Khmer, Lao, Burmese, Thai, Ethiopic,
# Sinhala) and in Hebrew's phone opening: the name is the run of the script after the cue, up to the sentence's
# end, a copula or polite particle, a function word or another script (three words at most); glued to the cue
# ("ខ្ញុំឈ្មោះសុខា") or after a space
SCRIPT_INTRO = {
    "km": "ខ្ញុំឈ្មោះ|នាងខ្ញុំឈ្មោះ|ខ្ញុំបាទឈ្មោះ|ឈ្មោះខ្ញុំគឺ",
    "lo": "ຂ້ອຍຊື່|ຂ້ານ້ອຍຊື່|ຊື່ຂອງຂ້ອຍແມ່ນ",
    "my": "ကျွန်တော့်နာမည်က|ကျွန်မနာမည်က|ကျွန်တော့်နာမည်|ကျွန်မနာမည်|ကျွန်တော့်အမည်|ကျွန်မအမည်",
    "th": "ผมชื่อ|ฉันชื่อ|ดิฉันชื่อ|หนูชื่อ|ชื่อของฉันคือ|ชื่อของผมคือ",
    "am": "ስሜ|ስሜም",
    "si": "මගේ නම|මාගේ නම",
    "he": "מדבר/ת|מדברת|קוראים לי|שמי",
}
# copulas and polite particles that close the frame, never the name ("ነው": is; "ပါ", "ครับ", "ค่ะ": politeness)
SCRIPT_INTRO_END = frozenset("ነው ናት ነኝ ပါ ပါတယ် ဖြစ်ပါတယ် ครับ ค่ะ คะ นะ ເດີ ແມ່ນ ເຈົ້າ ជា ហើយ".split())
_INTRO_CUES = sorted({c for v in SCRIPT_INTRO.values() for c in v.split("|")}, key=len, reverse=True)
SCRIPT_INTRO_RX = re.compile("(?:" + "|".join(re.escape(c) for c in _INTRO_CUES) + r")[ \t]?")
SPACELESS_SCRIPTS = frozenset({"KHMER", "LAO", "MYANMAR", "THAI"})
SPACELESS_NAME_MOST = 12  # characters (with vowel signs) of one name word in those scripts
SENTENCE_STOP = re.compile(r"[.,!?;:।॥។៕။၊።፣፤()\n\"'«»“”]")


def _script_intro(text: str, out: list[Finding]) -> None:
    from .honorifics import WORD_RX, _script

    for m in SCRIPT_INTRO_RX.finditer(text):
        s = m.end()
        if s >= len(text) or SENTENCE_STOP.match(text, s):
            continue
        script = _script(m.group().strip()[-1])
        if script not in SPACELESS_SCRIPTS and m.start() and WORD_RX.match(text[m.start() - 1]):
            continue  # inside a word ("הגשמים", the rains, holds "שמי"); scripts without spaces glue words
        end = None
        pos = s
        for _ in range(3):
            w = WORD_RX.match(text, pos)
            if w is None or _script(text[pos]) != script:
                break
            word = w.group().rstrip(".")
            if word in SCRIPT_INTRO_END or word.casefold() in _stop() or word in _INTRO_CUES:
                break
            if script in SPACELESS_SCRIPTS and len(word) > SPACELESS_NAME_MOST:
                end = None  # a run longer than a name in a script without spaces is the sentence going on
                break
            end = w.start() + len(word)
            if w.group().endswith("."):
                break  # the sentence ends with the name
            gap = re.compile(r"[ \t]").match(text, w.end())
            if gap is None:
                break
            pos = gap.end()
        if end is not None and script == "ETHIOPIC":
            # "ስሜ X ነው" (my name is X): the copula closes the frame; "ስሜ በትክክል አልተጻፈም" (my name is not
            # written right) has none
            close = WORD_RX.match(text, end + 1)
            if close is None or close.group().rstrip(".") not in SCRIPT_INTRO_END:
                end = None
        if end is not None:
            out.append(Finding(s, end, "PERSON", 0.75, "person_context_native_self"))


# "मैं Kiran हूँ", "আমি Rafiq,", "म Deepak बोल्दैछु": a name in Latin letters inside the language's own "I am"
# frame (people write their name as on their documents); capitalised, no English word
LATIN_NAME = r"[A-Z][a-z'’-]+(?:[ \t]+[A-Z][a-z'’-]+){0,2}"
LATIN_IN_FRAME = re.compile(rf"(?<![{LETTERS}\w])(?:मैं|म|আমি|ես|მე)[ \t]+({LATIN_NAME})[ \t]*"
                            r"(?:हूँ|हूं|हुँ|बोल|बोल्दैछु|बोल्दै|[,،]|եմ|ვარ)")


def _latin_in_frame(text: str, out: list[Finding]) -> None:
    from .names import is_english
    from .recognizers import _is_common

    for m in LATIN_IN_FRAME.finditer(text):
        if not any(_is_common(w) or is_english(w) for w in m.group(1).split()):
            out.append(Finding(m.start(1), m.end(1), "PERSON", 0.75, "person_context_native_self"))
