"""People named by the written form of a record rather than by a sentence around them.

Registers, tickets, mail headers and letters write people in a few fixed shapes that no sentence explains and
that the English NER model reads poorly in other languages. Each shape below is a signal of its own, so a word
needs no context phrase to be a name there; each still asks the name list (names-dataset, not Faker) or the
record itself for evidence, so a team ("Northwind Support <help@...>") or a heading stays:

- a display name before its e-mail address, as mail headers and tickets write a sender (RFC 5322's
  name-addr: ``Oddar Nilsson <onilsson@outlook.com>``, ``Customer: K. Svárovský <svarovsky.k@...>``): a word
  of it must be a ranked name that is no English word, or be spelt in the address's user part;
- an inverted name, the family name in capitals, a comma, then a given name (``KLEINPOELES, Laila``,
  ``Caro(a) MANOEL, Jó``), as registers, HR files and medical records list people: the given name must be one
  the list ranks, the capitals no acronym, label or English word ("IBAN, Peter", "NOTE, Anna" stay);
- the sender's line right after a signature delimiter (``--``), up to a ``|`` or a comma
  (``bihter kulaksızoğlu | Office Manager``): the words must be names or words no dictionary knows, none
  English or common (a role line "Sales Team | Acme" stays);
- the writer's name on the line under a letter's closing, in the languages we ship to ("Cordiali saluti,\n
  Sonia Bianchini", "Met vriendelijke groet,\nJan van den Berg", "Pozdrawiam\nPatryk Zawalich"): the name's
  words up to the first word that is not one (the line may run on into the next sentence), particles inside
  ("Le Gall", "van den"), one word ranked by the name list, none an English or common word or a team's.

Only positions are returned; nothing is logged.
"""

from __future__ import annotations

import re

from .names import _fold  # a name spelt in an e-mail's local part: letters folded to ASCII
from .recognizers import Finding

__all__ = ["name_forms"]

# (the vowel signs of the Indic scripts are marks, not letters: "सुरेश", "சுரேஷ்" hold them mid-word)
LETTER_WORD = r"[^\W\d_][\w\u0900-\u0dff'’-]*"
# an initial ("K.") or a name word; two to four of them (one when the address spells it)
DISPLAY_WORD = rf"(?:[^\W\d_]\.|{LETTER_WORD})"
DISPLAY = re.compile(
    rf"(?:^|(?<=[:;,>(\s]))[ \t]*\"?({DISPLAY_WORD}(?:[ \t]+{DISPLAY_WORD}){{0,3}})\"?[ \t]*"
    r"<([^<>@\s]{1,64})@[^<>\s]{1,255}>", re.M)
UPPER_WORD = r"[A-ZÀ-ÖØ-ÞĀ-Ž][A-ZÀ-ÖØ-ÞĀ-Ž'’]+(?:-[A-ZÀ-ÖØ-ÞĀ-Ž][A-ZÀ-ÖØ-ÞĀ-Ž'’]+)?"
TITLE_WORD = r"[A-ZÀ-ÖØ-ÞĀ-Ž][a-zß-öø-ÿā-ž'’]+(?:-[A-ZÀ-ÖØ-ÞĀ-Ž][a-zß-öø-ÿā-ž'’]+)?"
INVERTED = re.compile(rf"(?<![\w'’-])({UPPER_WORD}(?:[ \t]+{UPPER_WORD})?),[ \t]+({TITLE_WORD}(?:[ \t]+{TITLE_WORD})?)"
                      r"(?![\w'’-])")
SIGNATURE = re.compile(rf"(?m)^[ \t]*--[ \t]*\n[ \t]*({LETTER_WORD}(?:[ \t]+{LETTER_WORD}){{1,3}})[ \t]*(?=[|,\n]|$)")
# letters' closings, on a line of their own before the writer's name (the conventions of correspondence in each
# language, as letters.py's FORMULAS; closings only: the line after an opening is the letter's body)
CLOSINGS = (
    r"regards|kind regards|best regards|warm regards|many thanks|thanks|thank you|best wishes|best|cheers|"
    r"sincerely|yours sincerely|yours faithfully|yours truly|all the best|"
    r"mit freundlichen grüßen|mit freundlichem gruß|freundliche grüße|viele grüße|beste grüße|herzliche grüße|"
    r"liebe grüße|schöne grüße|grüße|gruß|mfg|lg|vg|hochachtungsvoll|"
    r"cordialement|bien cordialement|sincères salutations|salutations distinguées|bien à vous|merci|amicalement|"
    r"atentamente|un cordial saludo|cordiales saludos|saludos cordiales|un saludo|saludos|gracias|"
    r"cordiali saluti|distinti saluti|un cordiale saluto|saluti|grazie|"
    r"atenciosamente|abraços|abraço|cumprimentos|melhores cumprimentos|obrigado|obrigada|"
    r"met vriendelijke groet|met vriendelijke groeten|vriendelijke groet|vriendelijke groeten|groet|groeten|mvg|"
    r"med vänliga hälsningar|vänliga hälsningar|hälsningar|mvh|med venlig hilsen|venlig hilsen|hilsen|"
    r"med vennlig hilsen|vennlig hilsen|ystävällisin terveisin|terveisin|"
    r"pozdrawiam|pozdrawiam serdecznie|z poważaniem|pozdrowienia|s pozdravem|s přátelským pozdravem|s pozdravom|"
    r"cu stimă|cu respect|toate cele bune|tisztelettel|üdvözlettel|saygılarımla|iyi çalışmalar|"
    r"srdačan pozdrav|lijep pozdrav|lep pozdrav|pagarbiai|ar cieņu|lugupidamisega|hormat saya|salam|trân trọng|"
    # thanks alone on a line close a chat the same way ("Bedankt!\nmazen el khatib", "Asante!\nwanja kasele")
    r"bedankt|dank je|dank je wel|dank u|dank u wel|groetjes|hartelijke groet|danke|danke schön|vielen dank|"
    r"muchas gracias|un abrazo|grazie mille|un saluto|mulțumesc|mulţumesc|vă mulțumesc|numai bine|cu drag|"
    r"hvala|hvala lepa|hvala lijepa|lp|asante|asante sana|ahsante|wako|kila la heri|paldies|liels paldies|"
    r"visu labu|ačiū|labai ačiū|aitäh|tänan|parimat|köszönöm|köszi|teşekkürler|teşekkür ederim|iyi günler|"
    r"sevgiler|dziękuję|dzięki|děkuji|díky|ďakujem|kiitos|kiitti|tack|tack så mycket|tak|mange tak|takk|"
    r"tusen takk|terima kasih|makasih|salam hormat|yang benar|salamat|maraming salamat|dankie|baie dankie|groete|"
    r"vriendelike groete|faleminderit|me respekt|gràcies|moltes gràcies|"
    # the scripts without capitals and CJK: Russian, Ukrainian, Greek, Arabic, Persian, Hebrew, Hindi, Bengali,
    # Tamil, Japanese, Chinese, Korean letters close the same way (the writer's name on the next line)
    r"с уважением|с наилучшими пожеланиями|всего доброго|спасибо|з повагою|дякую|με εκτίμηση|φιλικά|ευχαριστώ|"
    r"مع التحية|مع خالص الشكر|مع أطيب التحيات|تحياتي|شكرا|شكراً|با سپاس|با احترام|ممنون|בברכה|בכבוד רב|תודה|"
    r"धन्यवाद|सादर|भवदीय|ধন্যবাদ|ধন্যবাদান্তে|শুভেচ্ছান্তে|நன்றி|அன்புடன்|இப்படிக்கு|"
    r"よろしくお願いします|よろしくお願いいたします|よろしくお願い申し上げます|以上|敬具|ありがとうございます|"
    r"谢谢|謝謝|此致敬礼|此致敬禮|此致|敬礼|감사합니다|고맙습니다")
# the closing opens its line, or follows a sentence on it (a chat squeezes a letter's lines together)
SIGNED = re.compile(rf"(?im)(?:^|(?<=[.!?。！])[ \t]*)(?:{CLOSINGS})[ \t]*[,.!。！，、،]?[ \t]*\n[ \t]*(?=[^\W\d_])")
INDIC = re.compile("[\u0b80-\u0bff]")
CJK_WORD = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3]{2,4}")
NAME_RUN = re.compile(rf"{LETTER_WORD}(?:[ \t]+{LETTER_WORD}){{0,4}}")
NAME_RANK = 20000  # a word of a display name or a signature is a name when some country ranks it this common
GIVEN_RANK = 5000  # the given name after an inverted family name: at least this common somewhere
INVERTED_ENGLISH_RANK = 1000  # an English word in "FAMILY, Given" that is a name this common is the name's
COMMON_FAMILY_RANK = 100  # ... and a common word too: a family name this common
FAMILY_AFTER_RANK = 2000  # a lower-case signature's second word that is an English word too: a family name this common


def _display_names(text: str, is_common) -> list[Finding]:
    from .names import _english_form, gazetteer, is_english

    if "@" not in text or "<" not in text:
        return []
    g = gazetteer()
    out = []
    for m in DISPLAY.finditer(text):
        words = list(re.finditer(DISPLAY_WORD, m.group(1)))
        # leading label or role words are no part of the name ("Contact Oddar Nilsson")
        while words and len(words[0].group()) > 2 and (is_common(words[0].group()) or is_english(words[0].group())):
            words.pop(0)
        if not words or any(len(w.group()) > 2 and is_common(w.group()) for w in words):
            continue
        local = _fold(m.group(2))
        full = [w.group() for w in words if not w.group().endswith(".")]
        if not full or any(w[0].islower() for w in full) and not all(_fold(w) in local for w in full):
            continue  # lower-case words: only when the address spells every one of them
        english = [_english_form(w) for w in full]
        spelt = any(len(_fold(w)) >= 3 and _fold(w) in local for w in full)
        ranked = any(0 < g.best(w) <= NAME_RANK for w in full)
        # no English word and a name the list ranks or the address spells ("Northwind Billing <billing@...>" is
        # a team); English words only when the address spells every word ("Rose Green <rose.green@...>")
        if not ((not any(english) and (spelt or ranked)) or all(_fold(w) in local for w in full)):
            continue
        s = m.start(1) + words[0].start()
        out.append(Finding(s, m.start(1) + words[-1].end(), "PERSON", 0.8, "person_context_display_name"))
    return out


def _inverted(text: str, is_common) -> list[Finding]:
    from .cldrwords import currency_symbols
    from .names import gazetteer, is_english

    if "," not in text:
        return []
    g = gazetteer()
    out = []
    for m in INVERTED.finditer(text):
        family, given = m.group(1).split(), m.group(2).split()
        # "IBAN, Peter", "NOTE, Anna", "EU, Maria": a label, an English word or a short acronym is no family name
        # ("LEAL, Monroe": an English word too, but a family name the list ranks among the commonest is the name's)
        if any(is_common(w) or (is_english(w) and not 0 < g.ranks(w)[1] <= INVERTED_ENGLISH_RANK) or not (
                len(w) >= 4 or 0 < g.ranks(w)[1] <= NAME_RANK) for w in family):
            continue
        # "129 EUR, Miele mosógép": a price's currency code is no family name
        if any(w.isupper() and w.casefold() in currency_symbols() for w in family):
            continue
        # a given name the list ranks, or any given name after a family name it ranks ("ČELAKOVSKÝ, Mstislav");
        # an English word only when it is among the commonest given names, after a listed family name ("MUGENZI,
        # Grace", "OKAFOR, Mark"; "SFTP, Azure Blob" is a list of things)
        if is_common(given[0]) or (is_english(given[0]) and not (0 < g.ranks(given[0])[0] <= INVERTED_ENGLISH_RANK and all(
                0 < g.ranks(w)[1] <= NAME_RANK for w in family))) \
                or not (0 < g.ranks(given[0])[0] <= GIVEN_RANK or (
                    0 < g.ranks(given[0])[0] and any(0 < g.ranks(w)[1] <= NAME_RANK for w in family))):
            continue
        end = m.end(2) if len(given) == 1 or not (is_common(given[1]) or is_english(given[1])) else \
            m.start(2) + len(given[0])
        out.append(Finding(m.start(1), end, "PERSON", 0.8, "person_context_inverted"))
    return out


# "Cooper, Jane - booked", "(Parri, Rita)", "Reviewed: Dinu, G.", "Signed by Działa, Aleksander on behalf of":
# the family name in its usual case, a comma, the given name or its initial, where a list or a sign-off stands:
# at a line's start, after a label's colon, "(" or "by", and before the line's end, ")", " -", " on", a full stop
TITLE_INVERTED = re.compile(
    r"(?:^|(?<=[:(\t|])|(?<=\bby))[ \t]*([^\W\d_][^\W\d_'’-]*),[ \t]+([^\W\d_]\.|[^\W\d_][^\W\d_'’-]*)"
    r"(?=[ \t]*(?:$|[)\n|;]|[.,](?:[ \t]|$)|[ \t]+(?:[-–](?=[ \t])|(?:on|for|and)\b)))", re.M)
TITLE_FAMILY_RANK = 5000  # a family name written in its usual case: one some country ranks this common...


def _title_inverted(text: str, is_common) -> list[Finding]:
    """Family name first in its usual case (``TITLE_INVERTED``): the family name one the list ranks as a surname
    (``TITLE_FAMILY_RANK``) or a name's part (a ranked name, a word no dictionary holds: "Seyidbəyli"), no common
    or English word, no town; the given name one the list ranks as a given name, or an initial. "Thanks, Anna", "Paris, Anna",
    "Total, Net" stay: a common word, a town, words no list gives as names."""
    from .nameparts import name_part
    from .names import english_words, gazetteer, is_english
    from .places import known_place

    if "," not in text:
        return []
    g = gazetteer()
    out = []
    for m in TITLE_INVERTED.finditer(text):
        family, given = m.group(1), m.group(2)
        if not (family[0].isupper() and family[1:].islower() and given[0].isupper() and
                (given.endswith(".") or given[1:].islower())):
            continue  # (both in title case; the family name in capitals is ``_inverted``'s)
        if is_common(family) or known_place(family) or (
                is_english(family) and not 0 < g.ranks(family)[1] <= INVERTED_ENGLISH_RANK):
            continue  # ("Cooper, Jane": an English word, but a family name among the commonest)
        if family.casefold() in english_words() and given.casefold().rstrip(".") in english_words():
            continue  # "Tags: Music, Art": two English words are a list, not a name
        initial = given.endswith(".")
        if not initial and (is_common(given) or is_english(given) or not 0 < g.ranks(given)[0] <= GIVEN_RANK):
            continue
        # the family name: ranked as one, or a name's part (``nameparts.name_part``: a name the list ranks, or a
        # word no dictionary holds); before an initial, only a surname the list ranks or no dictionary holds
        if not (0 < g.ranks(family)[1] <= TITLE_FAMILY_RANK or (name_part(family) and not (
                initial and 0 < g.ranks(family)[0] and not g.ranks(family)[1]))):
            continue
        out.append(Finding(m.start(1), m.end(2) - given.endswith("."), "PERSON", 0.8, "person_context_inverted"))
    return out


# an initial and a family name ("X. Əlixanlı", "I. Agate") or a family name and an initial ("Qafarov S. on 3 May")
INITIAL_FIRST = re.compile(r"(?<![\w.])([A-ZÀ-ÖØ-ÞĀ-Ž])\.[ \t]?([^\W\d_][^\W\d_'’-]+)(?![\w'’-])")
INITIAL_AFTER = re.compile(r"(?<![\w.'’-])([^\W\d_][^\W\d_'’-]+)[ \t]+([A-ZÀ-ÖØ-ÞĀ-Ž])\."
                           r"(?=[ \t]*(?:$|[,;:)\n])|[ \t]+[a-z0-9])", re.M)


def _initialled(text: str, is_common) -> list[Finding]:
    """A family name beside one initial: the word in title case, no common, English or function word of any
    language, no town, no brand, no abbreviation's partner ("St. Louis", "Mt. Everest", "Plan B."), and a surname
    the list ranks or a word no dictionary holds ("Əlixanlı"): the initial says a person, the word says a name."""
    from .brands import brand_word
    from .nameparts import name_part
    from .names import ABBREVIATIONS, gazetteer, is_english
    from .places import known_place

    if "." not in text:
        return []
    g = gazetteer()
    out = []

    def family(word: str) -> bool:
        return (word[0].isupper() and word[1:].islower() and not is_common(word) and not is_english(word)
                and not known_place(word) and not brand_word(word) and name_part(word)
                and (0 < g.ranks(word)[1] or g.best(word) == 0))

    for m in INITIAL_FIRST.finditer(text):
        before = text[max(0, m.start() - 4):m.start()].split()
        if before and before[-1].rstrip(".").casefold() in ABBREVIATIONS:
            continue
        if family(m.group(2)):  # ("I. Introduction", "A. Overview": an English word after a list's letter)
            out.append(Finding(m.start(1), m.end(2), "PERSON", 0.75, "person_context_initial"))
    for m in INITIAL_AFTER.finditer(text):
        if family(m.group(1)):
            out.append(Finding(m.start(1), m.end(2) + 1, "PERSON", 0.75, "person_context_initial"))
    return out


def _signatures(text: str, is_common) -> list[Finding]:
    from .names import _english_form, gazetteer

    if "--" not in text:
        return []
    g = gazetteer()
    out = []
    for m in SIGNATURE.finditer(text):
        words = m.group(1).split()
        if any(is_common(w) or _english_form(w) or w.isupper() for w in words):
            continue
        if not any(0 < g.best(w) <= NAME_RANK for w in words):
            continue
        out.append(Finding(m.start(1), m.end(1), "PERSON", 0.75, "person_context_signature"))
    return out


def _best(g, word: str) -> int:
    """The word's best rank in the list; a Tamil word's Latin spelling's too (``native.roman_ranks``: the list
    knows Tamil names almost only in Latin letters; Hindi ones it knows somewhat, and Hindi words romanise onto
    names too often under a closing: "सेवा", service, is "Seva")."""
    best = g.best(word)
    if INDIC.match(word):
        from .native import roman_ranks

        best = min((r for r in (best, *roman_ranks(word)) if r), default=0)
    return best


def _family_word(g, word: str, is_common, function_word) -> bool:
    """A lower-case signature's word after a given name that is the family name though an English or a common
    word too ("smith", "sever"; "asante", thanks in Swahili, is the 13th commonest family name somewhere)."""
    from .languages import NON_ENGLISH

    rank = g.ranks(word)[1]
    return 0 < rank <= FAMILY_AFTER_RANK and not function_word(word, NON_ENGLISH) and (
        not is_common(word) or rank <= COMMON_FAMILY_RANK)


def _given_then_family(g, first: str, second: str, is_common, function_word) -> bool:
    from .languages import NON_ENGLISH

    return 0 < g.ranks(first)[0] <= INVERTED_ENGLISH_RANK and not is_common(first) and \
        not function_word(first, NON_ENGLISH) and _family_word(g, second, is_common, function_word)


def _given_then_unlisted(g, first: str, second: str, is_common, function_word) -> bool:
    """The two words of a lower-case signature line: a common given name (an English word too: "dace" is a fish)
    and a word no list, dictionary or language we read knows ("dace kalniņa": Latvian women's family names are
    mostly in no list), as ``names.lower_name_pairs`` reads "enzo pignatti" in running text."""
    from .languages import NON_ENGLISH
    from .names import _english_form

    return 0 < g.ranks(first)[0] <= INVERTED_ENGLISH_RANK and not is_common(first) and \
        not function_word(first, NON_ENGLISH) and len(second) >= 3 and g.best(second) == 0 and \
        not is_common(second) and not _english_form(second) and not function_word(second, NON_ENGLISH)


def _signed(text: str, is_common) -> list[Finding]:
    """The writer's name on the line under a letter's closing (see the module's docstring)."""
    from .languages import NON_ENGLISH, function_word
    from .letters import is_letter_word
    from .names import PARTICLE_WORDS, _english_form, gazetteer

    if "\n" not in text:
        return []
    g = gazetteer()
    out = []
    for m in SIGNED.finditer(text):
        run = NAME_RUN.match(text, m.end())
        if run is None:
            continue
        words = list(re.finditer(LETTER_WORD, run.group()))
        lower = run.group().islower()
        name: list[re.Match] = []
        for w in words:
            v = w.group()
            if v.casefold() in PARTICLE_WORDS and name:
                name.append(w)
                continue
            if lower and name and name[-1].group().casefold() not in PARTICLE_WORDS and \
                    _family_word(g, v, is_common, function_word):
                name.append(w)  # "thanks,\nmary sever", "john smith": after a given name, a family name the list
                continue  # ranks is the name's, though it is an English word too
            if lower and not name and w is words[0] and len(words) > 1 and (
                    _given_then_family(g, v, words[1].group(), is_common, function_word) or (
                    len(words) == 2 and _given_then_unlisted(g, v, words[1].group(), is_common, function_word))):
                name.append(w)  # "venlig hilsen,\nesther asante": a common given name though an English word
                continue  # ("Esther", a book), before a family name the list knows
            after_particle = bool(name) and name[-1].group().casefold() in PARTICLE_WORDS and v[:1].isupper()
            cased = v[0].lower() != v[0].upper()  # (a script without capitals: Tamil, CJK, Arabic, Hebrew...)
            if not after_particle and ((not lower and cased and not v[0].isupper()) or is_common(v) or _english_form(v)
                                       or is_letter_word(v) or v.isupper() and len(v) > 1 or (
                                           lower and function_word(v, NON_ENGLISH))):
                break  # "Le Gall", "van der Berg": a capitalised word after a particle is the family name
            name.append(w)
        while name and name[-1].group().casefold() in PARTICLE_WORDS:
            name.pop()
        if len(name) == 1 and CJK_WORD.fullmatch(name[0].group()):
            from .cjk import is_cjk_name  # "谢谢！\n王伟": a family and a given name written together

            if not is_cjk_name(name[0].group()) and not 0 < g.ranks(name[0].group())[1] <= NAME_RANK // 4:
                continue
        elif not name or not any(0 < _best(g, w.group()) <= NAME_RANK for w in name) or (
                len(name) == 1 and not 0 < _best(g, name[0].group()) <= NAME_RANK // (
                    4 if name[0].group().lower() != name[0].group().upper() else 1)):
            continue  # (one word of a script without capitals: the list knows few such names, each rarely)
        out.append(Finding(m.end() + name[0].start(), m.end() + name[-1].end(), "PERSON", 0.75,
                           "person_context_signature"))
    return out


def name_forms(text: str, is_common) -> list[Finding]:
    """People written in a record's fixed forms (see the module's docstring)."""
    return (_display_names(text, is_common) + _inverted(text, is_common) + _title_inverted(text, is_common)
            + _initialled(text, is_common) + _signatures(text, is_common)
            + _signed(text, is_common))
