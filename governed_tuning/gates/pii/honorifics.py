"""Courtesy titles ("Mr", "mevr.", "sig.ra", "Bw.", "dl.", "g.", "श्रीमती", "លោកស្រី", "kundze", "Bey") and the
person each one names, in 53 languages: one vocabulary, one reader.

Why: a support chat names a customer by a title and the family name alone ("mevr. Reynolds", "Bi. Rajgarhia",
"dl. Magyar", "sig. Lah"). Most family names are rare, so no name list vouches for them and the English model
does not read the other languages' abbreviations; last blind set left 32 of 408 Latin names, most of them after
such a title. A title is said only to or about a person, so the word it stands before is a name whatever the
lists say. CLDR has no list of honorifics, so the vocabulary is kept here, per language, with its sources.

How a title is read:

- **before the name** (most languages): the next word is the name when it is capitalised and no function or
  common word of the line's languages ("Mr. And" no), with the capitalised words and particles that follow it
  ("mevr. van den Berg", "Sr. García López"), or an initial and a word ("dhr. J. Smit"); or when it is a word
  in a script other than Latin ("Mr សេង", "Mrs 김민지", "श्रीमती Suryavanshi"; such a run stops at the script's
  end). Titles that are also ordinary words ("Frau", "pan", "Bibi", "Pak", "don") are **weak**: the word after
  must also be no dictionary word (WordNet, the languages' stop words) or a name the list ranks, so "Mama
  Africa" (a place) or "Bay Area" stay words.
- **after the name** (Hungarian, Turkish, Latvian, Sinhala, Japanese and Korean romanised, Hindi "-ji"): the
  capitalised word or two before the title ("Ozola kundze", "Ahmet Bey", "Tanaka-san", "Sharma-ji").
- An academic title between the courtesy title and the name ("Frau Dr. Weber", "sig. dott. Rossi") is skipped.

Sources of the vocabulary (forms of address and their standard abbreviations): the national style guides and
dictionaries of each language as summarised in Wiktionary's "Appendix:Honorifics" pages and the English
Wikipedia articles "English honorifics", "Honorifics (linguistics)", "Japanese honorifics", "Korean
honorifics", "Thai honorifics", "Khmer name", "Burmese names", "Amharic honorifics", "Indonesian honorifics";
the abbreviations from the Dutch "Woordenlijst" (dhr., mevr., mw.), the Italian Treccani (sig., sig.ra, sig.na,
dott., dott.ssa), the Romanian DOOM (dl., dna., dra.), the Slovene Pravopis (g., ga., gdč.), the Swahili usage
(Bw. for Bwana, Bi. for Bibi), the Croatian Pravopis (g., gđa, gđica). No list is taken from a name generator.

Every rule is local (the title and the three words after it, or the two before it) and linear; findings hold
positions only.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from .prefilter import fast
from .recognizers import Finding

__all__ = ["honorific_people", "PREPOSED", "POSTPOSED", "is_honorific"]

# language -> titles that stand before a name. "~" marks a weak title (also an ordinary word: a noun, a
# pronoun, "mother", "father"): the word after it must not be a dictionary word. Abbreviations are written
# with their dot; a form users write without it is listed too.
PREPOSED: dict[str, str] = {
    "en": "Mr Mr. Mrs Mrs. Ms Ms. Mx Mx. Miss Mister Messrs Messrs. Sir ~Dame ~Madam ~Lady ~Lord Dr Dr. Prof "
          "Prof. Rev. Revd ~Rev",
    "de": "~Herr ~Frau Hr. Fr. Frl. ~Herrn ~Fräulein",
    "nl": "dhr. dhr mevr. mevr mw. mej. ~meneer ~mevrouw ~juffrouw",
    "fr": "M. Mme Mme. Mmes Mlle Mlle. Mlles MM. ~monsieur ~madame ~mademoiselle",
    "es": "Sr. Sra. Srta. Sres. Dña. Dª ~señor ~señora ~señorita ~don ~doña",
    "pt": "Sr. Sra. Srta. Srª Sr.ª Exmo. Exma. ~senhor ~senhora ~senhorita ~dona",
    "it": "sig. sig.ra sig.na sigg. sig.a dott. dott.ssa dr.ssa avv. ing. geom. rag. prof.ssa ~signor ~signora "
          "~signorina ~signore",
    "ca": "Sr. Sra. Srta. ~senyor ~senyora ~senyoreta",
    "ro": "dl. dl dna. dna d-na d-l dra. d-ra dnul ~domnul ~doamna ~domnișoara ~domnişoara",
    "pl": "p. ~pan ~pani ~pana ~panu ~panią ~panem ~panna ~państwo",
    "cs": "~pan ~paní ~pane ~slečna ~slečno",
    "sk": "~pán ~pani ~slečna",
    "sl": "g. ga. gdč. ~gospod ~gospa ~gospodična",
    "hr": "g. gđa gđa. gđica gđica. ~gospodin ~gospođa ~gospođica",
    "sr": "g. gđa gđa. gđica ~gospodin ~gospođa ~gospođica г. гђа",
    "lt": "p. pon. ~ponas ~ponia ~panelė ~pone ~ponios",
    "et": "hr. pr. prl. ~härra ~proua ~preili",
    "fi": "hra hra. rva rva. nti nti. ~herra ~rouva ~neiti",
    "sv": "hr ~herr ~fru ~fröken",
    "da": "hr. frk. ~hr ~herr ~fru ~frøken",
    "nb": "hr. frk. ~herr ~fru ~frøken",
    "is": "~herra ~frú ~fröken",
    "sq": "z. znj. ~zoti ~zonja ~zonjusha",
    "el": "κ. κα κα. κος κος. δις ~κύριος ~κυρία ~κύριε ~δεσποινίς",
    "ru": "г-н г-жа г-ну г-же г-на г-жи ~господин ~госпожа ~господину ~госпоже ~господина ~госпожи ~господином "
          "~госпожой",
    "uk": "п. ~пан ~пані ~панові",
    "bg": "г-н г-жа г-ца ~господин ~госпожа ~госпожица",
    "tr": "Sn. Sayın ~Bay ~Bayan",
    "sw": "Bw. Bi. Bwn. Dkt. Mh. ~Bwana ~Bibi ~Mzee ~Mama ~Dada ~Kaka",
    "id": "Bpk. Bp. Sdr. Sdri. Sdra. Yth. ~Bapak ~Pak ~Ibu ~Bu ~Saudara ~Saudari ~Mas ~Mbak",
    "ms": "En. Cik Pn. Tn. ~Encik ~Puan ~Tuan",
    "tl": "G. Gng. Bb. ~Ginoo ~Ginang ~Binibini",
    "zu": "Mnu. Nkk. Nkz. ~Mnumzana ~Nkosikazi",
    "af": "mnr. mev. mej. ~meneer ~mevrou",
    "ha": "~Malam ~Malama ~Alhaji ~Hajiya",
    "yo": "~Ọ̀gbẹ́ni ~Ogbeni ~Arábìnrin",
    "vi": "~Ông ~Bà",
    # scripts of their own (a name in the same script, or in Latin letters, after a space)
    "hi": "श्री श्रीमती सुश्री श्रीमान कुमारी डॉ.",
    "bn": "শ্রী শ্রীমতী জনাব",  # ("বেগম", Begum, is a lady and a family name too: left out)
    "ta": "திரு. திருமதி செல்வி திரு",
    "ar": "السيد السيدة الآنسة الأستاذ الأستاذة",
    "fa": "آقای جناب سرکار ~خانم",
    "he": "מר גב' גברת",
    # (Thai "คุณ", Khmer "លោក", Lao "ທ່ານ", Burmese "ကို" are also "you", "he" or a particle: left out)
    "th": "นาย นางสาว",
    "km": "លោកស្រី អ្នកស្រី កញ្ញា",
    "lo": "ທ້າວ ນາງ",
    "my": "ဦး ဒေါ်",
    "am": "አቶ ወ/ሮ ወይዘሮ ወ/ሪት ወይዘሪት",
    "ka": "ბატონი ქალბატონი",
    "hy": "Պարոն Տիկին Օրիորդ",
}
# language -> titles that stand after the name ("Kovács úr", "Ozola kundze", "Ahmet Bey"), with their case forms
POSTPOSED: dict[str, str] = {
    "hu": "úr urat úrnak úrral úrtól asszony asszonyt asszonynak kisasszony",
    "tr": "Bey Beyi Beye Beyle Beyin Hanım Hanımı Hanıma Hanımla Hanımın Efendi",
    "lv": "kungs kunga kungam kungu kundze kundzes kundzei kundzi jaunkundze jaunkundzes jaunkundzei",
    "si": "මහතා මහත්මිය මිය මෙනවිය",
    "hi": "जी साहब",
}
# romanised suffixed titles joined by a hyphen ("Tanaka-san", "Kim-ssi", "Sharma-ji", "Patel-bhai")
HYPHENED = "san sama kun chan sensei senpai dono shi ssi nim ji bhai ben sahib saab"

# an academic or official title between the courtesy title and the name: skipped
ACADEMIC = (r"(?i:dr\.?|doktor|doctor|doctora|docteur|dott\.?|dottore|dottoressa|prof\.?|professor|professora|"
            r"profesor|profesora|ing\.?|mgr\.?|dipl\.?-?ing\.?|avv\.?|mag\.?|lic\.?|dra\.?|arch\.?)")

LATIN_UP = "A-ZÀ-ÖØ-ÞĀ-ſƀ-ɏḀ-ỿ"
# letters and the combining marks of the scripts whose vowels are marks (Indic, Thai, Lao, Khmer, Burmese, Ethiopic)
MARKS = ("\u0300-\u036f\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0900-\u0dff\u0e31-\u0e4e\u0eb1-\u0ecd"
         "\u102b-\u103e\u1056-\u1059\u105e-\u1060\u1062-\u1064\u1067-\u106d\u1071-\u1074\u1082-\u108d\u108f"
         "\u109a-\u109d\u135d-\u135f\u17b4-\u17d3\u17dd\u200c\u200d")
WORD_RX = re.compile(rf"(?:[^\W\d_]|[{MARKS}])(?:[\w{MARKS}'’]|-(?=\w))*\.?")
PARTICLES = frozenset("van von vom zu der den de da das dos do du des del della di le la ter ten bin binti ibn al "
                      "el y e i ap ó mac mc".split())
FOLLOW_MOST = 3  # words of the name after its first


def _forms(vocab: dict[str, str]) -> tuple[dict[str, bool], list[str]]:
    """form (casefolded) -> weak; and the forms as matched, longest first: each as written, in lower case and
    capitalised, except English words, read only as written ("I miss Paris", "yes sir" are no titles)."""
    weak: dict[str, bool] = {}
    forms: set[str] = set()
    for lang, words in vocab.items():
        for w in words.split():
            is_weak = w.startswith("~")
            w = w.lstrip("~")
            key = w.casefold()
            # a form strong in one language is strong; a one-letter one ("g.", "p.", "M.") is weak everywhere
            weak[key] = (weak.get(key, True) and is_weak) or len(key.rstrip(".")) == 1
            forms.add(w)
            if not (lang == "en" and not w.endswith(".")) and len(w.rstrip(".")) > 1:
                forms |= {w.lower(), w[:1].upper() + w[1:]}
    return weak, sorted(forms, key=len, reverse=True)


PRE_WEAK, _PRE_FORMS = _forms(PREPOSED)
# form (casefolded) -> the languages it is a title of: after it, a function word of those languages is no name
# ("Vidim ga. Potem grem domov": Slovene "ga", him, ends the sentence; "potem", then, opens the next)
TITLE_LANGS: dict[str, frozenset[str]] = {}
for _lang, _words in PREPOSED.items():
    for _w in _words.split():
        _k = _w.lstrip("~").casefold()
        TITLE_LANGS[_k] = TITLE_LANGS.get(_k, frozenset()) | {_lang}
_POST_FORMS = sorted({w for ws in POSTPOSED.values() for w in ws.split()}, key=len, reverse=True)


def _alt(forms: list[str]) -> str:
    return "|".join(re.escape(f) for f in forms)


# the title: not inside a word or an abbreviation ("e.g. Sever"), not after a number ("2 hr Delay"), then a
# space (a tab, a no-break space), then the name's first character (one-letter abbreviations, "g.", "p.",
# "M.", are read only as written: "G." is an initial)
PRE_RX = fast(re.compile(
    rf"(?<![\w.’'/-])(?<!\d[ \t])(?P<title>{_alt(_PRE_FORMS)})(?![\w])"
    rf"(?:[ \t\u00a0]+{ACADEMIC}(?![\w]))?[ \t\u00a0]+(?=[^\W\d_])"))
# a weak title after an article or a possessive is a noun ("eine Frau Mitte 40", "der Herr Pfarrer", "my Lady")
NOUN_BEFORE = re.compile(r"(?i:\b(?:a|an|the|my|your|his|her|our|their|this|that|ein|eine|einer|einem|einen|der|die|"
                         r"das|dem|den|des|mein|meine|meiner|meinem|ihre|ihrer|ihr|seine|unsere|le|la|les|un|une|ma|mon|"
                         r"sa|son|el|los|las|una|mi|su|o|os|as|um|uma|il|lo|gli|de|het|een|mijn|en|et|ett|min|din|sin|"
                         r"moja|mój|moje|ta|ten|tamta)[ \t]+)$")
POST_RX = re.compile(
    rf"(?<![\w'’-])([{LATIN_UP}][\w'’-]+(?:[ \t]+[{LATIN_UP}][\w'’-]+)?)[ \t]+(?:{_alt(_POST_FORMS)})(?![\w])")
HYPHEN_RX = re.compile(rf"(?<![\w'’-])([{LATIN_UP}][a-zà-öø-ÿā-ž]+)-(?:{'|'.join(HYPHENED.split())})(?![\w-])")
WEAK_RANK = 5000  # after a weak title, a dictionary word is still the name when the list ranks it this well
ENGLISH_RANK = 2000  # an English word after any title: the name only when the list ranks it this well ("Baker")
POST_RANK = 20000  # a word before a title that follows it: the list must know it ("Ozola": a genitive, unlisted)


def is_honorific(word: str) -> bool:
    """Whether ``word`` is a courtesy title before a name (any language of the vocabulary)."""
    return word.casefold() in PRE_WEAK or word.casefold().rstrip(".") + "." in PRE_WEAK


@functools.lru_cache(maxsize=4096)
def _script(ch: str) -> str:
    """The script of a letter by its Unicode name's first word ("LATIN", "KHMER", "CJK", "HANGUL")."""
    try:
        name = unicodedata.name(ch)
    except ValueError:
        return ""
    first = name.split()[0]
    return "LATIN" if first in ("LATIN", "FULLWIDTH") else first


CASED_SCRIPTS = frozenset({"LATIN", "CYRILLIC", "GREEK", "ARMENIAN"})


def _dictionary_word(word: str, langs) -> bool:
    from .languages import NON_ENGLISH, function_word
    from .names import is_english

    return is_english(word) or function_word(word, NON_ENGLISH | langs)


def _other_script_run(text: str, start: int) -> int | None:
    """The end of the name in a non-Latin script that starts at ``start``: its first word, and one more of the
    same script when the sentence goes on in another script or stops after it ("Hi, តាំង ទូច here")."""
    m = WORD_RX.match(text, start)
    if m is None:
        return None
    script = _script(text[start])
    if script in ("LATIN", "") or script in ("CJK", "HIRAGANA", "KATAKANA") and len(m.group()) > 4:
        return None  # (a Han run longer than a name is a sentence: "Mr 王说他明天来" reads no name)
    if _function(m.group().rstrip(".")):
        return None  # "श्रीमती जी घर पर": a particle of respect, a pronoun, not the name
    from .native import ROLE_BEFORE

    if m.group().rstrip(".") in ROLE_BEFORE:
        return None  # "السيد المدير", "آقای مدیر": a title before an office (the director), no name
    end = start + len(m.group().rstrip("."))
    nxt = re.compile(r"[ \t\u00a0]").match(text, end)
    if nxt is not None:
        m2 = WORD_RX.match(text, nxt.end())
        if m2 is not None and _script(text[nxt.end()]) == script:
            after = WORD_RX.match(text, m2.end() + 1) if text[m2.end():m2.end() + 1] in (" ", "\u00a0") else None
            if after is None or _script(text[m2.end() + 1]) != script:
                end = m2.start() + len(m2.group().rstrip("."))
    return end


def _function(word: str) -> bool:
    """A function word or a particle of respect in a script of its own (spaCy's lists: Hindi, Bengali,
    Arabic, Persian, Hebrew, Thai, ...), or a title itself ("श्री श्रीमती")."""
    from .nativeframes import _stop

    return word.casefold() in _stop() or word in RESPECT or is_honorific(word)


# particles of respect after a name or a title, never the name ("जी", "ji", "ji,")
RESPECT = frozenset("जी ji জি ஜி".split())


def _latin_name(text: str, start: int, weak: bool, is_common, title_langs: frozenset[str] = frozenset()) -> int | None:
    """The end of a capitalised name starting at ``start`` (None: the word after the title is no name)."""
    from .languages import around, function_word
    from .names import gazetteer, is_english
    from .places import known_place

    g = gazetteer()
    langs = around(text, start, start + 1) | title_langs
    pos = start
    end = None
    taken = 0
    initial = False
    while True:
        m = WORD_RX.match(text, pos)
        if m is None:
            break
        raw = m.group()
        w = raw.rstrip(".")
        low = w.casefold()
        if taken and low in PARTICLES:  # "mevr. van den Berg"
            gap = re.compile(r"[ \t\u00a0]+").match(text, m.end())
            if gap is None:
                break
            pos = gap.end()
            continue
        if not taken and not initial and low in PARTICLES and w[0].islower():
            gap = re.compile(r"[ \t\u00a0]+").match(text, m.end())  # "dhr. de Vries", "sig. di Stefano"
            if gap is None:
                break
            pos = gap.end()
            continue
        if not w[0].isupper():
            break
        if len(w) == 1 and raw.endswith(".") and not taken:
            initial = True  # "dhr. J. Smit": an initial opens the name; a word must follow
        elif len(w) < 2 or is_common(w) or function_word(w, langs) or (w.isupper() and len(w) <= 4):
            break  # "Mr. And", "Frau Mitte": a word of the sentence; "Mr. CEO": an acronym
        elif not taken and weak and (known_place(w) or (_dictionary_word(w, langs) and not 0 < g.best(w) <= WEAK_RANK)):
            break  # "Mama Africa", "Bay Area": after a title that is also a word, a dictionary word stays one
        elif not taken and is_english(w) and not 0 < g.best(w) <= ENGLISH_RANK:
            break  # "Sr. Developer", "size M. Delivery": an English word no country names people ("Mr. Baker" does)
        else:
            taken += 1
            end = m.start() + len(w)
        if taken > FOLLOW_MOST or (raw.endswith(".") and len(w) > 1):
            break  # the sentence ends here
        gap = re.compile(r"[ \t\u00a0]+").match(text, m.end())
        if gap is None:
            break
        pos = gap.end()
    return end if taken else None


def honorific_people(text: str, is_common) -> list[Finding]:
    """People named by a courtesy title before or after them (see the module's docstring)."""
    out: list[Finding] = []
    for m in PRE_RX.finditer(text):
        title = m.group("title")
        weak = PRE_WEAK.get(title.casefold(), False)
        if weak and NOUN_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue
        s = m.end()
        # a script with capitals (Latin, Cyrillic, Greek, Armenian) wants a capitalised name ("госпожа тута" stays)
        e = _other_script_run(text, s) if _script(text[s]) not in CASED_SCRIPTS else \
            _latin_name(text, s, weak, is_common, TITLE_LANGS.get(title.casefold(), frozenset()))
        if e is not None and e > s:
            out.append(Finding(s, e, "PERSON", 0.8, "person_context_honorific"))
    for rx in (POST_RX, HYPHEN_RX):
        for m in rx.finditer(text):
            s, e = m.start(1), m.end(1)
            words = m.group(1).split()
            if _postposed_ok(text, s, words, is_common):
                out.append(Finding(s, e, "PERSON", 0.8, "person_context_honorific"))
    return out


def _postposed_ok(text: str, start: int, words: list[str], is_common) -> bool:
    """The capitalised words before a title that follows its name are the name: no function or common word, and
    the first not a sentence's capitalised first word unless the list knows it as a name."""
    from .languages import around, function_word
    from .names import gazetteer

    g = gazetteer()
    langs = around(text, start, start + len(" ".join(words)))
    if any(is_common(w) or function_word(w, langs) for w in words):
        return False
    at_start = re.search(r"(?:^|[.!?:\n]\s*)$", text[max(0, start - 3):start]) is not None
    return not at_start or any(0 < g.best(w) <= POST_RANK for w in words) or len(words) == 1
