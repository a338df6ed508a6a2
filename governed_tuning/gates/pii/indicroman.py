"""Devanagari and Bengali names read in the Latin letters the name list knows them by.

Why: the name list (names-dataset) knows Indian, Nepali and Bangladeshi names almost only in Latin letters
("Mira", "Varsha", "Ashok", "Ayush" rank among the common names of India), and few of them, each rarely, in
their own script ("मीरा", "वर्षा", "অশোক" are missing). So every Hindi, Nepali, Marathi or Bengali rule in
``native.py`` / ``nativeframes.py`` that asks "is this a name the list knows?" said no for most names. Each
such word is also looked up as it is commonly romanised: the consonants and vowel signs by the usual
(Hunterian) letters, the inherent vowel "a" after a consonant kept mid-word and dropped at the word's end
("राहुल" -> "rahul", "सुनीता" -> "sunita", "अशोक" -> "ashok"), and once more with the inherent vowel dropped
mid-word too, as Hindi speech does ("सरला" -> "sarla"), with "ph" also read "f" ("রফিক" -> "rafik") and "v" also read "w" ("ज़स्विन्देर" -> "jaswinder"). The
romanised lookups are a second opinion only: the caller takes the better of the two ranks, and a romanised
rank counts only for a name among the commonest (``ROMAN_RANK``), since short romanised words meet the list's
noise ("नाम", name, is "Nam").

Pure functions of the word (no state, memoised by the caller); nothing is logged.
"""

from __future__ import annotations

import functools
import re

__all__ = ["ROMAN_RANK", "romanised"]

ROMAN_RANK = 500  # a romanised spelling counts as a name only among the commonest names of some country
ROMAN_MIN = 4  # letters: shorter romanised words meet the list's noise ("din", day, is a family name somewhere)

CONSONANTS = {
    "क": "k", "ख": "kh", "ग": "g", "घ": "gh", "ङ": "n", "च": "ch", "छ": "chh", "ज": "j", "झ": "jh", "ञ": "n",
    "ट": "t", "ठ": "th", "ड": "d", "ढ": "dh", "ण": "n", "त": "t", "थ": "th", "द": "d", "ध": "dh", "न": "n",
    "प": "p", "फ": "ph", "ब": "b", "भ": "bh", "म": "m", "य": "y", "र": "r", "ल": "l", "ळ": "l", "व": "v",
    "श": "sh", "ष": "sh", "स": "s", "ह": "h", "क़": "q", "ख़": "kh", "ग़": "g", "ज़": "z", "ड़": "r", "ढ़": "rh",
    "फ़": "f", "य़": "y",
}
VOWELS = {"अ": "a", "आ": "a", "इ": "i", "ई": "i", "उ": "u", "ऊ": "u", "ऋ": "ri", "ए": "e", "ऐ": "ai", "ओ": "o",
          "औ": "au", "ऑ": "o", "ऍ": "e"}
SIGNS = {"ा": "a", "ि": "i", "ी": "i", "ु": "u", "ू": "u", "ृ": "ri", "े": "e", "ै": "ai", "ो": "o", "ौ": "au",
         "ॉ": "o", "ॅ": "e"}
VIRAMA = "्"
NASAL = {"ं": "n", "ँ": "n"}
VISARGA = "ः"
NUKTA = "़"
# Bengali is laid out as Devanagari 0x80 further on (the ISCII order); its own letters are mapped first
BENGALI_OWN = {"য়": "য", "ড়": "ড়", "ঢ়": "ঢ়", "ৎ": "त्", "ব": "ब"}
DEVA = re.compile("[\u0900-\u097f]")
BENGALI = re.compile("[\u0980-\u09ff]")
LETTERS = re.compile("[\u0900-\u097f\u0980-\u09ff]+")


def _to_devanagari(word: str) -> str:
    out = []
    for c in word:
        if c in BENGALI_OWN:
            out.append(BENGALI_OWN[c])
        elif "\u0980" <= c <= "\u09ff":
            out.append(chr(ord(c) - 0x80))
        else:
            out.append(c)
    return "".join(out)


def _syllables(word: str) -> list[tuple[str, str]]:
    """(consonant letters, vowel letters) pairs; a consonant with the inherent vowel has "~" as its vowel."""
    word = word.replace(NUKTA, "")
    out: list[tuple[str, str]] = []
    i = 0
    while i < len(word):
        c = word[i]
        if c in CONSONANTS:
            nxt = word[i + 1] if i + 1 < len(word) else ""
            if nxt == VIRAMA:
                out.append((CONSONANTS[c], ""))
                i += 2
                continue
            if nxt in SIGNS:
                out.append((CONSONANTS[c], SIGNS[nxt]))
                i += 2
                continue
            out.append((CONSONANTS[c], "~"))
        elif c in VOWELS:
            out.append(("", VOWELS[c]))
        elif c in SIGNS:
            out.append(("", SIGNS[c]))
        elif c in NASAL:
            out.append(("n", ""))
        elif c == VISARGA:
            out.append(("h", ""))
        i += 1
    return out


def _spell(sylls: list[tuple[str, str]], medial: bool) -> str:
    """The Latin spelling: the inherent vowel dropped at the end (after two letters or more), and mid-word where
    a vowel stands on both sides of its consonant (``medial``: "sa-ra-la" -> "sarla")."""
    parts = []
    n = len(sylls)
    for k, (cons, vowel) in enumerate(sylls):
        if vowel == "~":
            last = k == n - 1 or all(v == "" for _, v in sylls[k + 1:])
            if last and k > 0:
                vowel = ""
            elif medial and 0 < k < n - 1 and sylls[k - 1][1] != "" and sylls[k + 1][1] not in ("", "~") \
                    and sylls[k + 1][0]:
                vowel = ""
            else:
                vowel = "a"
        parts.append(cons + vowel)
    return "".join(parts)


@functools.lru_cache(maxsize=1 << 14)
def romanised(word: str) -> tuple[str, ...]:
    """The Latin spellings a Devanagari or Bengali word is looked up as (empty for other words): with the
    inherent vowel kept mid-word, dropped mid-word, and each with "ph" read as "f"."""
    if not LETTERS.fullmatch(word):
        return ()
    deva = _to_devanagari(word) if BENGALI.search(word) else word
    sylls = _syllables(deva)
    if not sylls:
        return ()
    forms = []
    for medial in (False, True):
        s = _spell(sylls, medial)
        forms.append(s)
        if "ph" in s:
            forms.append(s.replace("ph", "f"))
        if "v" in s:
            forms.append(s.replace("v", "w"))  # "व" is written "w" in many names: "Jaswinder", "Ashwin"
    return tuple(dict.fromkeys(f for f in forms if len(f) >= ROMAN_MIN))
