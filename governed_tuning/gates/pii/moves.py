"""The town a writer says they moved to or live in, in some thirty languages, whatever script the town is in.

Why: ``places._sentences`` reads capitalised words after a preposition of place in a clause with a move verb;
a town written in another script than the sentence ("Jag bor i 兰州市", "Saya baru pindah ke سيدي احمد",
"我最近搬到了Fort Portal。", "मैं हाल ही में Kisumu शिफ्ट हुआ हूँ"), a village no list knows after a phrase its
list lacks ("Zdaj živim v kraju Cirkulane", "Přestěhoval jsem se do města Loka pri Žusmu", "Tagad dzīvoju
Meknès"), or a town of a script without capitals in its own sentence ("أسكن الآن في الميلية") it cannot see.

A move or live phrase (one vocabulary below, with the preposition and the optional word for "town", "village"
the language puts before a name it does not decline: "v kraju", "do města", "w miejscowości", "στην πόλη",
"في مدينة", "kota") is followed by the place:

- capitalised words (any cased script), joined by the particles of place names ("Videm pri Ptuju", "Orehova
  vas", "Frankfurt am Main"), not ordinary words;
- or a run of a script without capitals: taken when its script is not the sentence's (a foreign name, whole),
  or after a word for "town", or when the place list knows it; an Arabic name in an Arabic sentence, when it is
  no ordinary word of where one lives ("في شقة", "في البيت").

Languages that put the verb after the place (Hindi "X में रहता हूँ", "X शिफ्ट हुआ", Turkish "X şehrine
taşındım", Japanese "Xに引っ越し", Korean "X로 이사") are read backwards from it. Linear: the phrases are
searched through ``prefilter.fast``; a place is read within 60 characters of its phrase.
"""

from __future__ import annotations

import re

from .prefilter import fast
from .recognizers import UP, Finding

__all__ = ["moved_places", "MOVE_CUES"]

_HAN = re.compile(r"[\u3400-\u9fff]")

# "I moved to", "I live in", per language, lower case, each with its preposition
MOVE_CUES = {
    "en": "moved to|i moved to|we moved to|moving to|relocated to|i live in|we live in|i now live in|"
          "i'm living in|i am living in|we're living in|settled in|i'm based in|i am based in|i reside in|"
          "i was born in|born in|grew up in|raised in|i'm staying in|i am staying in|we're staying in|staying in",
    "de": "ich wohne in|ich wohne jetzt in|wir wohnen in|wir wohnen jetzt in|ich lebe in|wir leben in|"
          "ich lebe jetzt in|wir leben jetzt in|umgezogen nach|gezogen nach|bin nach|sind nach|ist nach",
    "fr": "j'habite à|j’habite à|j'habite en|nous habitons à|je vis à|nous vivons à|nous vivons maintenant à|"
          "je vis maintenant à|déménagé à|déménagée à|déménager à|installé à|installée à|installés à",
    "es": "me mudé a|nos mudamos a|me he mudado a|vivo en|vivimos en|resido en|ahora resido en|ahora vivo en|"
          "nos trasladamos a|me trasladé a|me fui a vivir a",
    "it": "mi sono trasferito a|mi sono trasferita a|ci siamo trasferiti a|abito a|abitiamo a|vivo a|viviamo a|"
          "ora vivo a|ci siamo spostati a|mi sono spostato a|mi sono spostata a",
    "pt": "mudei-me para|mudei para|me mudei para|mudamos para|moro em|moramos em|vivo em|vivemos em|"
          "agora vivo em|fomos morar em|fui morar em",
    "nl": "verhuisd naar|ik woon in|wij wonen in|we wonen in|ik woon nu in|we wonen nu in|woon ik in",
    "sv": "flyttat till|flyttade till|flyttar till|jag bor i|vi bor i|bor numera i|jag bor nu i|vi bor nu i",
    "da": "flyttet til|flyttede til|flytter til|jeg bor i|vi bor i|jeg bor nu i|vi bor nu i",
    "no": "flyttet til|flytta til|flyttet jeg til|jeg bor i|vi bor i|vi bor nå i|jeg bor nå i",
    "fi": "muutin paikkakunnalle|muutimme paikkakunnalle|muutin kaupunkiin|muutimme kaupunkiin|"
          "asun paikkakunnalla|asumme paikkakunnalla|asun kaupungissa|asumme kaupungissa|asun kunnassa|"
          "paikkakunnalle|paikkakunnalla|kaupunkiin|kaupungissa",
    "pl": "przeprowadziłem się do|przeprowadziłam się do|przeprowadziliśmy się do|przeniosłem się do|"
          "przeniosłam się do|mieszkam w|mieszkamy w|w miejscowości|do miejscowości|w mieście|do miasta",
    "cs": "přestěhoval jsem se do|přestěhovala jsem se do|přestěhovali jsme se do|odstěhoval jsem se do|"
          "odstěhovala jsem se do|bydlím v|bydlím ve|žiji v|žiju v|žijeme v|do města|ve městě|v obci|do obce",
    "sk": "presťahoval som sa do|presťahovala som sa do|presťahovali sme sa do|bývam v|bývame v|žijem v|"
          "žijeme v|do mesta|v meste|v obci|do obce",
    "sl": "živim v|živimo v|zdaj živim v|preselil sem se v|preselila sem se v|preselili smo se v|"
          "preselil sem se na|preselila sem se na|stanujem v|v kraju|v kraj|v mestu|v vasi|v občini",
    "hr": "preselio sam se u|preselila sam se u|preselili smo se u|živim u|živimo u|stanujem u|u mjestu|u gradu|"
          "u selu|u mestu",
    "hu": "költöztem ide:|költöztünk ide:|itt lakom:|itt lakunk:|itt élek:|itt élünk:|lakom:|élünk:",
    "ro": "m-am mutat în|m-am mutat la|ne-am mutat în|ne-am mutat la|locuiesc în|locuim în|trăiesc în|trăim în",
    "lv": "dzīvoju|dzīvojam|tagad dzīvoju|pārcēlos uz|pārcēlāmies uz|pārvācos uz|pārvācāmies uz|pilsētā",
    "lt": "persikėliau į|persikėlėme į|persikrausčiau į|persikraustėme į|gyvenu|gyvename|mieste",
    "et": "kolisin linna|kolisime linna|kolisin kohta|kolisime kohta|elan linnas|elame linnas|elan kohas|"
          "elame kohas|elan praegu kohas|elame nüüd asulas|asulas|kohas|linnas|kolisime elama kohta",
    "el": "μετακόμισα στην|μετακόμισα στο|μετακόμισα στη|μετακομίσαμε στην|μετακομίσαμε στο|μετακομίσαμε στη|"
          "μένω στην|μένω στο|μένω στη|ζω στην|ζω στο|ζω στη|ζούμε στην|ζούμε στο|ζούμε στη|στην πόλη",
    "ru": "переехал в|переехала в|переехали в|живу в|живём в|живем в|проживаю в|в город|в городе|в деревню|"
          "в деревне|в село|в селе|в посёлок|в посёлке",
    "uk": "переїхав до|переїхала до|переїхали до|живу в|живу у|живемо в|живемо у|до міста|в місті|у місті|"
          "до села|в селі",
    "bg": "преместих се в|живея в|живеем в",
    "sw": "nimehamia|nilihamia|tumehamia|tulihamia|ninaishi|tunaishi|naishi|anaishi|mji wa|kijiji cha|jiji la",
    "id": "pindah ke|baru pindah ke|tinggal di|menetap di|berdomisili di|di kota|ke kota",
    "tl": "lumipat ako sa|lumipat kami sa|nakatira ako sa|nakatira kami sa",
    "vi": "chuyển đến|chuyển tới|sống ở|sống tại",
    "ar": "أسكن في|أسكن الآن في|أعيش في|أعيش الآن في|نعيش في|نعيش حالياً في|نعيش حاليا في|انتقلت إلى|"
          "انتقلت مؤخراً إلى|انتقلت مؤخرا إلى|انتقلنا إلى|أقيم في|في مدينة|إلى مدينة|في قرية|إلى قرية",
    "zh": "搬到了|搬到|搬去了|搬去|住在|移居到|移居|定居在|来自|我来自",
    # where one comes from ("I'm from Kisumu", "Saya berasal dari سيدي احمد", "我来自Fort Portal")
    "from": "i'm from|i am from|we're from|we are from|originally from|ich komme aus|ich stamme aus|je viens de|"
            "je suis originaire de|soy de|vengo de|sono di|vengo da|sou de|venho de|ik kom uit|jag kommer från|"
            "jag är från|jeg kommer fra|jeg er fra|jestem z|pochodzę z|jsem z|pocházím z|som z|pochádzam z|sem iz|"
            "prihajam iz|ja sam iz|dolazim iz|sunt din|vin din|esmu no|esu iš|είμαι από|κατάγομαι από|я из|"
            "родом из|я з|родом з|ninatoka|natoka|saya dari|saya berasal dari|berasal dari|أنا من مدينة",
}
# the word for a settlement a language puts between the verb and a name it does not decline ("v kraju", "do
# města", "w miejscowości", "στην πόλη", "в городе", "في مدينة"): a name after it is a place even in its own script
TOWN_WORDS = frozenset(("paikkakunnalle paikkakunnalla kaupunkiin kaupungissa kunnassa miejscowości mieście miasta "
                        "města městě obci obce mesta meste kraju kraj mestu vasi občini mjestu gradu selu pilsētā "
                        "mieste linna linnas kohta kohas asulas πόλη город городе деревню деревне село селе посёлок "
                        "посёлке міста місті села селі wa cha la kota mji kijiji jiji مدينة قرية بلدة city town "
                        "village stadt ville ciudad città cidade").split())
_CUES = "|".join(sorted({re.escape(c).replace(r"\ ", r"[ \t]+") for cs in MOVE_CUES.values() for c in cs.split("|")
                         if not _HAN.match(c)}, key=len, reverse=True))
_TOWN = "|".join(sorted(TOWN_WORDS, key=len, reverse=True))
CUE = fast(re.compile(rf"(?i)(?<![\w'’-])(?:{_CUES})(?:[ \t]+(?:the[ \t]+)?(?:{_TOWN})(?:[ \t]+of)?)?(?![\w])[ \t]*"))
# cues that are a move only with the verb after the place ("Ich bin nach 중구 umgezogen"; "ich bin nach Hause
# gegangen" is none)
VERB_AFTER = {"bin nach": "umgezogen|gezogen|übergesiedelt|ausgewandert", "sind nach": "umgezogen|gezogen|"
              "übergesiedelt|ausgewandert", "ist nach": "umgezogen|gezogen|übergesiedelt|ausgewandert"}
VERB_AFTER_RX = {k: re.compile(rf"[ \t]+(?:{v})(?![\w])", re.I) for k, v in VERB_AFTER.items()}
# Chinese cues, written without spaces: no word boundary around them
HAN_CUE = re.compile("(?:" + "|".join(c for cs in MOVE_CUES.values() for c in cs.split("|") if _HAN.match(c)) + ")")
# a cue whose verb follows the place: Hindi, Turkish, Japanese, Korean
POST_CUE = re.compile(
    r"[ \t]*(?:[ \t]में[ \t]+(?:रहता|रहती|रहते|रह[ \t]+रहा|रह[ \t]+रही|रह[ \t]+रहे|बस[ \t]+गया|बस[ \t]+गई)|"
    r"[ \t]शिफ्ट[ \t]+(?:हुआ|हुई|हुए|हो[ \t]+गया|हो[ \t]+गई|किया)|[ \t]+चला[ \t]+गया|[ \t]+चली[ \t]+गई|[ \t]+चले[ \t]+गए|"
    r"[ \t]+(?:şehrine|kentine|ilçesine|köyüne|kasabasına)[ \t]+(?:taşındım|taşındık|yerleştim|yerleştik)|"
    r"[ \t]+(?:şehrinde|kentinde|ilçesinde|köyünde|kasabasında)[ \t]+(?:yaşıyorum|yaşıyoruz|oturuyorum|oturuyoruz)|"
    r"[ \t]से[ \t]+(?:हूँ|हूं|हैं|आया|आई|आए)|"
    r"(?:に|へ)(?:引っ越し|引越し|住んで|移住|転居)|(?:으로|로|에)[ \t]*(?:이사|살고|살아|거주))")
POST_KEYS = ("में", "शिफ्ट", "चल", "से", "şehr", "kent", "ilçe", "köy", "kasaba", "引", "住", "移", "転", "이사", "살", "거주")

# the particles and lower-case settlement words inside a place's name
PARTICLES = frozenset(("pri na nad pod ob am an der bei im de la le les sur sous del da di do dos das du van von "
                       "upon on en y i vas ves selo polje gora trg dol vrh brdo").split())
# (a dot inside or after an abbreviation of three letters or fewer: "St.", "Ste."; a longer word's full stop ends
# the sentence: "abito a Roma. La mia email" is no town "Roma. La")
CASED_WORD = re.compile(rf"[{UP}][\w'’-]*(?:\.[\w'’-]+)*(?:(?<![\w'’-]{{4}})\.)?")
LOWER_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# a letter of a script without capitals, and the block each belongs to (a run stays in one block)
# (Georgian counts as a script without capitals: its Mtavruli capitals are not written in running text)
BLOCKS = ((0x0600, 0x06FF), (0x0750, 0x077F), (0x0590, 0x05FF), (0x0900, 0x097F), (0x0980, 0x09FF),
          (0x0A00, 0x0A7F), (0x0A80, 0x0AFF), (0x0B00, 0x0B7F), (0x0B80, 0x0BFF), (0x0C00, 0x0C7F), (0x0C80, 0x0CFF),
          (0x0D00, 0x0D7F), (0x0D80, 0x0DFF), (0x0E00, 0x0E7F), (0x0E80, 0x0EFF), (0x0F00, 0x0FFF), (0x1000, 0x109F),
          (0x10D0, 0x10FF), (0x1200, 0x137F), (0x1780, 0x17FF), (0x3040, 0x30FF), (0x3400, 0x9FFF), (0xAC00, 0xD7AF),
          (0xFB50, 0xFDFF), (0xFE70, 0xFEFF))
HAN_LIKE = ((0x3040, 0x30FF), (0x3400, 0x9FFF), (0xAC00, 0xD7AF))  # written without spaces
# written without spaces too (Thai, Lao, Myanmar, Khmer): a run is read whole, up to a space or a mark
NO_SPACE = HAN_LIKE + ((0x0E00, 0x0E7F), (0x0E80, 0x0EFF), (0x1000, 0x109F), (0x1780, 0x17FF))
MARKS = "\u0e2f\u0e46\u0e5a\u0e5b\u104a\u104b\u17d4\u17d5\u17d6\u17d7\u17d8\u17d9\u17da"
# ordinary Arabic words of where one lives ("in the flat", "in the house"): no town's name
AR_ORDINARY = frozenset(("البيت بيت المنزل منزل شقة الشقة غرفة الغرفة فندق الفندق سكن السكن الخارج الريف "
                         "المدينة مدينة قرية القرية العاصمة الضواحي وسط نفس هذا هذه ذلك تلك مكان المكان عمارة "
                         "العمارة الحي حي منطقة المنطقة الطابق شارع الشارع بلد البلد بلدي مدينتي").split())
AR_STOP = frozenset("مع منذ الآن حالياً حاليا من في و مؤخراً مؤخرا الشهر السنة العام قبل بعد عند".split())


def _block(c: str) -> tuple[int, int] | None:
    o = ord(c)
    for b in BLOCKS:
        if b[0] <= o <= b[1]:
            return b
    return None


def _cased_run(text: str, s: int, z: int) -> int:
    """The end of capitalised words from ``s`` (particles between them, a settlement word after them)."""
    m = CASED_WORD.match(text, s, z)
    if m is None:
        return s
    e = m.end()
    for _ in range(4):
        sp = re.match(r"[ \t]+", text[e:z]) if e < z else None
        if sp is None:
            break
        nxt = e + sp.end()
        w = CASED_WORD.match(text, nxt, z)
        if w is not None:
            e = w.end()
            continue
        p = LOWER_WORD.match(text, nxt, z)
        if p is None or p.group() not in PARTICLES:
            break
        if p.group() in ("vas", "ves", "selo", "polje", "gora", "trg", "dol", "vrh", "brdo"):
            e = p.end()  # "Orehova vas": the settlement word ends the name
            break
        after = re.match(r"[ \t]+", text[p.end():z])
        w2 = CASED_WORD.match(text, p.end() + after.end(), z) if after else None
        if w2 is None:
            break
        e = w2.end()
    while e > s and text[e - 1] in ".'’-":
        e -= 1
    return e


def _caseless_run(text: str, s: int, z: int) -> int:
    """The end of a run of words of one script without capitals from ``s`` (three words at most; a script
    written without spaces: the characters of its block)."""
    b = _block(text[s])
    if b is None:
        return s
    e, words = s, 0
    i = s
    while i < z and words < 3:
        j = i
        while j < z and (_block(text[j]) == b or text[j] in "\u200c\u200d\u0640") and text[j] not in MARKS:
            j += 1
        if j == i:
            break
        e, words = j, words + 1
        if b in NO_SPACE:
            break
        k = j
        while k < z and text[k] in " \t":
            k += 1
        if k == j or k >= z or _block(text[k]) != b:
            break
        i = k
    return e


def _script_of(text: str, a: int, b: int) -> tuple[int, int] | str:
    """The script of the letters in ``text[a:b]``: a block without capitals, or "cased"."""
    for c in text[a:b]:
        if c.isalpha():
            return _block(c) or "cased"
    return "cased"


def _place(text: str, s: int, z: int, cue_script, town_word: bool) -> tuple[int, int] | None:
    from .places import _trim_common, known_place

    while s < z and text[s] in " \t\"'“«„":
        s += 1
    if s >= z:
        return None
    c = text[s]
    if c.isupper():
        e = _cased_run(text, s, z)
        if e <= s:
            return None
        span = _trim_common(text, s, e)
        if span is None:
            return None
        from .names import _english_form

        words = LOWER_WORD.findall(text[span[0]:span[1]])
        if all(_english_form(w) for w in words) and not town_word and \
                not known_place(text[span[0]:span[1]], any_size=True):
            return None  # "moved to Support", "live in Hope": English words, no list and no word for a town
        return span
    if not c.isalpha() or (c.lower() != c.upper() and _block(c) is None):
        return None
    e = _caseless_run(text, s, z)
    if e <= s:
        return None
    if _block(c) != cue_script or town_word:
        return s, e
    name = text[s:e]
    if known_place(name, any_size=True):
        return s, e
    if _block(c) == (0x0600, 0x06FF):  # an Arabic name in an Arabic sentence
        # (up to the Arabic comma, which the block holds: "أسكن في تيبازة، ولاية بسكرة" is two places)
        words = re.split("[\u060c\u061b\u061f\u06d4]", name)[0].split()
        keep = []
        for w in words:
            if w in AR_STOP:
                break
            keep.append(w)
        if keep and keep[0] not in AR_ORDINARY and not any(w in AR_ORDINARY for w in keep):
            return s, s + len(" ".join(keep))
    return None


def moved_places(text: str) -> list[Finding]:
    """Towns after a move or live phrase (or before its verb, where the language puts it after), as LOCATION."""
    out = []
    cues = list(CUE.finditer(text))
    if _HAN.search(text):
        cues += HAN_CUE.finditer(text)
    for m in cues:
        z = min(len(text), m.end() + 60)
        nl = text.find("\n", m.end(), z)
        z = nl if nl >= 0 else z
        last = m.group().split()[-1].casefold() if m.group().split() else ""
        span = _place(text, m.end(), z, _script_of(text, m.start(), m.end()), last in TOWN_WORDS)
        key = " ".join(m.group().split()).casefold()
        if span is not None and key in VERB_AFTER_RX and not VERB_AFTER_RX[key].match(text, span[1]):
            continue
        if span is not None:
            out.append(Finding(span[0], span[1], "LOCATION", 0.6, "place_moved"))
    if any(k in text for k in POST_KEYS):
        for m in POST_CUE.finditer(text):
            a = max(text.rfind("\n", 0, m.start()) + 1, m.start() - 60)
            e = m.start()
            while e > a and text[e - 1] in " \t":
                e -= 1
            if e <= a:
                continue
            # the place's first letter: back over words of one script (capitalised) or of one block
            k = e
            if _block(text[e - 1]) is not None:
                b = _block(text[e - 1])
                while k > a and (_block(text[k - 1]) == b or (text[k - 1] in " \t" and b not in HAN_LIKE
                                                              and k - 1 > a and _block(text[k - 2]) == b)):
                    k -= 1
                cue_script = _script_of(text, m.start(), m.end())
                if b == cue_script and b not in HAN_LIKE:
                    continue  # a word of the sentence's own script: the language's places are read elsewhere
                if b in HAN_LIKE and cue_script == b:
                    continue  # (Chinese, Japanese and Korean towns before their verbs: cjk.py)
                out.append(Finding(k, e, "LOCATION", 0.6, "place_moved"))
                continue
            words = list(re.finditer(r"\S+", text[a:e]))
            start = None
            for w in reversed(words[-3:]):
                if not w.group()[0].isupper():
                    break  # (no particles read backwards: "Şu an Bursa şehrinde" is "Bursa")
                start = a + w.start()
            if start is not None:
                out.append(Finding(start, e, "LOCATION", 0.6, "place_moved"))
    return out
