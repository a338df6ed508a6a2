"""Which language a stretch of text is written in, guessed from its function words, and those words themselves.

Why: the NER model is English, and the name list (names-dataset) is noisy: it ranks "que", "pas", "ma", "ha",
"Konto" and "Telefon" as names somewhere. An English model reading "Können Sie mir helfen" or "Redémarrez la
box" sees people, and a lower-case "given surname" rule reads "toujours pas" or "ha llegado" as a name. What
tells these apart is the language around them: in a Spanish sentence "ha" and "el" are words, not names.

The guess counts a text's words that are function words (spaCy's stop-word lists, shipped with spaCy, MIT) of
each language; the languages whose count is close to the best count are the text's languages (Danish and
Norwegian, Czech and Slovak share most of theirs). English is one of the candidates, so an English text stays
English. A word's being a function word counts only in the text's own languages: "Ana" and "Dan" are names in
an English sentence, "ana" and "dan" are words in a Lithuanian or Indonesian one.
"""

from __future__ import annotations

import functools
import importlib.util
import re
from pathlib import Path

__all__ = ["LANGUAGES", "NON_ENGLISH", "around", "guess", "fold", "function_word", "english"]

# the languages whose function words we know: those of the locales our users write in (Latin, Cyrillic, Greek
# scripts); Vietnamese and Chinese are left out: their function words are syllables that are also names
# (Azerbaijani: wordfreq has no list of it, so its words were read as names everywhere; spaCy has its function
# words: "bir", "hər", "və", "kimi", "harada")
LANGUAGES = ("en de fr es pt it nl da nb sv fi pl cs sk ro hu ru uk el tr hr sr sl ca lt lv et bg mk is ga lb "
             "af id ms sq eu az").split()
WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
MIN_HITS = 2  # fewer function words than this: no guess
CLOSE = 0.8  # languages scoring at least this share of the best score are guessed too
# greetings and courtesy words that spaCy's lists lack, per language
EXTRA = {
    "de": "guten tag morgen hallo servus moin danke bitte tschüss herzlichen grüßen freundlichen",
    "fr": "bonjour bonsoir salut merci madame monsieur cordialement",
    "es": "hola buenos buenas gracias señor señora saludos",
    "pt": "olá bom boa obrigado obrigada senhor senhora cumprimentos",
    "it": "ciao buongiorno buonasera grazie signora signore saluti",
    "nl": "goedemorgen goedemiddag goedenavond dank bedankt meneer mevrouw groeten",
    "da": "hej tak venlig hilsen", "nb": "hei takk hilsen", "sv": "hej tack hälsningar",
    "cs": "dobrý den děkuji ahoj", "sk": "dobrý deň ďakujem ahoj", "pl": "dzień dobry dziękuję cześć",
    "ro": "bună ziua mulțumesc", "hu": "jó napot szia köszönöm üdvözlettel", "tr": "merhaba teşekkürler günaydın",
    "ru": "здравствуйте спасибо добрый день", "uk": "доброго дня дякую", "el": "γεια σας καλημέρα ευχαριστώ",
    "fi": "hei kiitos moi huomenta",
}
# letters' openings and closings ("Pozdrawiam", "Lugupidamisega", "Geachte", "Prezado"), one line per language
# (words that are also given names somewhere, "Cara", "Salam", Vietnamese "Trọng", are left out)
for _lang, _words in {
    "de": "sehr geehrte geehrter geehrten liebe lieber viele grüße gruß", "fr": "salutations chère cher",
    "es": "atentamente cordiales estimado estimada estimados querido querida", "pt": "atenciosamente abraços "
    "prezado prezada prezados prezadas", "it": "cordiali distinti gentile gentilissimo gentilissima",
    "nl": "geachte vriendelijke groet hartelijke beste", "da": "venlig kære mvh", "nb": "vennlig kjære mvh",
    "sv": "vänliga vänlig bästa", "cs": "pozdravem vážený vážená vážení", "sk": "pozdravom vážený vážená",
    "pl": "pozdrawiam pozdrawiamy szanowny szanowna szanowni poważaniem", "ro": "stimă stimate stimată "
    "doamnă domnule", "hu": "tisztelettel kedves", "tr": "saygılarımla sayın", "fi": "ystävällisin terveisin",
    "hr": "srdačan pozdrav poštovani poštovana poštovanje", "sr": "srdačan pozdrav poštovani poštovana",
    "sl": "lep pozdrav spoštovani spoštovana", "lt": "pagarbiai gerbiamas gerbiama sveiki labas",
    "lv": "cieņu cienījamais cienījamā labdien sveiki", "et": "lugupidamisega lugupeetud tere",
    "id": "hormat yth", "ms": "hormat", "sq": "përshëndetje faleminderit", "ca": "cordialment benvolgut benvolguda",
}.items():
    EXTRA[_lang] = f"{EXTRA.get(_lang, '')} {_words}".strip()
# the salutations of letters ("Dear ..."), per language: a courtesy word before a name, never part of it; those
# that are also common given names somewhere ("Cara", "Caro", "Gentile", "Draga") are left out, the name wins
SALUTATIONS = {
    "de": "liebe lieber geehrte geehrter", "fr": "chère", "es": "estimado estimada querida",
    "pt": "prezado prezada querida", "it": "egregio egregia", "nl": "beste geachte", "da": "kære", "nb": "kjære",
    "sv": "kära bästa", "cs": "vážený vážená milý milá", "sk": "vážený vážená milý milá",
    "pl": "szanowny szanowna drogi droga", "ro": "stimate stimată dragă", "hu": "tisztelt",
    "tr": "sevgili", "ru": "уважаемый уважаемая дорогой дорогая", "uk": "шановний шановна",
    "el": "αγαπητέ αγαπητή", "fi": "hyvä", "hr": "poštovani poštovana hvala pozdrav",
    "sl": "spoštovani spoštovana hvala", "sr": "poštovani poštovana hvala",
}
for _lang, _words in SALUTATIONS.items():
    EXTRA[_lang] = f"{EXTRA.get(_lang, '')} {_words}".strip()


def fold(word: str) -> str:
    """``word`` case-folded for a look-up in a word list, with the Turkish dotted capital read as "i": Python folds
    "İ" to "i" and a combining dot (two code points), so "İyi günler, ben ..." had no Turkish word the lists know
    ("iyi") and the line was guessed as no language at all, and the names after "ben" were left. The dotless
    "ı" stays: it is a letter of its own ("ışık", "kırmızı")."""
    folded = word.casefold()
    return folded.replace("i\u0307", "i") if "\u0307" in folded else folded


@functools.cache
def greetings() -> frozenset[str]:
    """Greetings and courtesy words of every language (EXTRA): never a name, whatever the line's language."""
    return frozenset(w for words in EXTRA.values() for w in words.split())


@functools.cache
def _index() -> dict[str, frozenset[str]]:
    """word -> the languages it is a function word of (built once: ~25,000 words)."""
    idx: dict[str, set[str]] = {}
    for lang in LANGUAGES:
        words = _stop_words(lang)
        for w in set(words) | set(EXTRA.get(lang, "").split()):
            for part in w.split():
                idx.setdefault(part.casefold(), set()).add(lang)
    return {w: frozenset(ls) for w, ls in idx.items()}


def _stop_words(lang: str) -> frozenset[str]:
    """spaCy's stop words of ``lang``, read from its ``stop_words.py`` alone: importing
    ``spacy.lang.<lang>.stop_words`` runs the language package's ``__init__`` first, and French's builds its
    tokenizer exceptions (one vast pattern): 1.9 of the 2.1 CPU s the 37 lists took, in every process that
    reads a text, for a set of words (the lists hold plain strings and import nothing). Empty for a spaCy
    without that language."""
    spec = importlib.util.find_spec("spacy.lang")
    folders = list(spec.submodule_search_locations or ()) if spec is not None else []
    path = next((Path(f) / lang / "stop_words.py" for f in folders if (Path(f) / lang / "stop_words.py").is_file()),
                None)
    if path is None:  # pragma: no cover - a spaCy without that language
        return frozenset()
    mod_spec = importlib.util.spec_from_file_location(f"_governed_stop_words_{lang}", path)
    if mod_spec is None or mod_spec.loader is None:  # pragma: no cover
        return frozenset()
    mod = importlib.util.module_from_spec(mod_spec)
    mod_spec.loader.exec_module(mod)
    return frozenset(getattr(mod, "STOP_WORDS", ()))


@functools.lru_cache(maxsize=1 << 16)
def guess(text: str) -> frozenset[str]:
    """The languages ``text`` is written in, by its function words; empty when there are too few to tell."""
    idx = _index()
    score: dict[str, int] = {}
    for w in WORD.findall(text):  # (the words as strings: no match object per word)
        if len(w) < 2:
            continue  # "s", "a", "i": a letter says too little (and "'s" is English)
        for lang in idx.get(fold(w), ()):
            score[lang] = score.get(lang, 0) + 1
    if not score:
        return frozenset()
    best = max(score.values())
    if best < MIN_HITS:
        return frozenset()
    return frozenset(lang for lang, n in score.items() if n >= CLOSE * best)


def english(langs: frozenset[str]) -> bool:
    """Whether a guess leaves English possible (no guess counts as English: the model's own language)."""
    return not langs or "en" in langs


def function_word(word: str, langs: frozenset[str]) -> bool:
    """Whether ``word`` is a function word (or greeting) of one of ``langs`` other than English."""
    found = _index().get(fold(word), frozenset())
    return any(lang in langs for lang in found if lang != "en")


LINE_REACH = 300  # characters either side of a finding that its language is guessed from
WIDE_REACH = 1500  # where the sentence says too little, the text around it (a form's labels, a short line)
SENTENCE_END = re.compile(r"[.!?;\n]\s")


def around(text: str, start: int, end: int) -> frozenset[str]:
    """The languages of the sentence a span stands in (at most LINE_REACH characters either side), from the
    words around the span, not its own ("Sam" is a Croatian function word; "Sam De Schepper" is a name); where
    the sentence has too few function words, of the text around it (WIDE_REACH either side)."""
    lo = max(0, start - LINE_REACH)
    s = lo
    for m in SENTENCE_END.finditer(text, lo, start):
        s = m.end()
    after = SENTENCE_END.search(text, end, min(len(text), end + LINE_REACH))
    e = after.start() + 1 if after else min(len(text), end + LINE_REACH)
    found = guess(text[s:start] + " \x00 " + text[end:e])
    if found or (start - s < LINE_REACH and e - end < LINE_REACH and (s == 0 and e >= len(text))):
        return found
    return guess(text[max(0, start - WIDE_REACH):start] + " \x00 " + text[end:end + WIDE_REACH])


NON_ENGLISH = frozenset(LANGUAGES) - {"en"}
