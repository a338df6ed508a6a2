"""First-person and relatives' ages in Arabic, Persian, Urdu, Hebrew, Hindi and Thai, as people write them.

Why: ``ages.py``'s patterns open on a word boundary and read a label, a verb of being or a unit of years of the
languages written with spaces and capitals. Here the age is said otherwise: with "I have N years" (Arabic "عندي 34
سنة", Persian "34 سال دارم"), a label glued to the word before it (Thai "ผมอายุ 34 ปี", I age 34 years), a label
that is also a given name unless a colon or a possessive follows it (Urdu "عمر: 34", "میری عمر 34 سال"; "عمر"
alone is Omar), a conjunction glued to the next word (Hebrew "אני בן 34 וההזמנה", I am 34 and the order).
The scrub reads these itself: before, the re-scan found some of them in the copy and had to repair what the
scrub had missed (verdict10's ``age_phrase``), and the rest were left.

Read on the text with every digit folded to ASCII (``otherdigits.fold_digits``, positions unchanged), so
"عمري ٣٤ سنة", "मेरी उम्र ९२ साल", "อายุ ๑๔" are read as their ASCII twins. A unit of years is needed where the
phrase says "I have" ("عندي 34 طلب" is 34 orders); Hindi "N साल की" is an age only before a verb of being, a
word naming a person or the clause's end ("2 साल की वारंटी" is a two-year warranty). Findings hold the number's
positions only.
"""

from __future__ import annotations

import re

from .recognizers import Finding

__all__ = ["SCRIPT_AGE", "script_ages"]

_N = r"(?P<n>120|1[01]\d|[1-9]?\d)(?![\d]|[.,٫]\d)"
_B = r"(?<![\w])"  # a word's start (in these scripts a letter before it is a glued prefix only where said)
_AR_YEARS = r"(?:سنة|سنه|سنوات|سنين|عاما|عامًا|عاماً|عام)"
_FA_YEARS = r"(?:سال|سالم|سالشه|سالمه|ساله)"
# a verb of being or a word naming a person after Hindi/Urdu "N साल का/की/के" (I am 34 years of, a girl of 34 years)
_HI_AFTER = (r"(?:हूँ|हूं|हूँ|है|हैं|था|थी|थे|हो|होगा|होगी|हो गया|हो गई|हो गए|लड़का|लड़की|आदमी|औरत|महिला|पुरुष|"
             r"बेटा|बेटी|बच्चा|बच्ची|ग्राहक|मरीज़|मरीज|व्यक्ति|युवक|युवती|बुज़ुर्ग|बुजुर्ग)")
_UR_AFTER = r"(?:ہوں|ہے|ہیں|تھا|تھی|تھے|لڑکا|لڑکی|آدمی|عورت|بیٹا|بیٹی|بچہ|بچی|گاہک|مریض)"

SCRIPT_AGE = [re.compile(rx) for rx in (
    # Arabic: "I have N years", "at the age of N", "I am a son/daughter of N years", "I reach (of age) N"
    rf"{_B}(?:عندي|عندى|لدي|عمري|عمره|عمرها|عمرك|عمر ابني|عمر ابنتي)[ \t]+{_N}[ \t]+{_AR_YEARS}",
    rf"{_B}(?:ب|في[ \t]+)عمر[ \t]+{_N}(?:[ \t]+{_AR_YEARS})?",
    rf"{_B}(?:أنا|انا|وأنا|هو|هي|ابني|ابنتي)[ \t]+(?:ابن|بنت|إبن)[ \t]+{_N}(?:[ \t]+{_AR_YEARS})?",
    rf"{_B}(?:أبلغ|يبلغ|تبلغ|بلغت|بلغ)[ \t]+(?:من[ \t]+العمر[ \t]+)?{_N}(?:[ \t]+{_AR_YEARS})?",
    # Persian: "N years I have", "my age is N", "my son is N years old"
    # ("این گوشی ۲ سال داره", this phone is 2 years old: a thing's age; "has" only after a word naming kin)
    rf"{_B}{_N}[ \t]+سال[ \t]+(?:دارم|داری|داشتم)",
    rf"{_B}(?:پسرم|دخترم|مادرم|پدرم|همسرم|برادرم|خواهرم|بچه‌ام|بچه ام)[ \t]+{_N}[ \t]+سال[ \t]+(?:داره|دارد|داشت)",
    rf"{_B}(?:سن[ \t]+من|سن[ \t]+او|سنم|سنش|سن)[ \t]*[:：]?[ \t]*{_N}(?:[ \t]+{_FA_YEARS})?",
    # Urdu: "my age N", "his/her age N", "age: N", "I am N years of" (a verb of being after it)
    rf"{_B}(?:میری|اس کی|ان کی|تمہاری|آپ کی)[ \t]+عمر[ \t]+{_N}",
    rf"{_B}عمر[ \t]*[:：][ \t]*{_N}",
    rf"{_B}{_N}[ \t]+(?:سال|برس)[ \t]+(?:کا|کی|کے)[ \t]+{_UR_AFTER}",
    # Hindi: "my age N", "I am N years of" before a verb of being or a person ("34 साल की लड़की")
    rf"{_B}(?:मेरी|उसकी|इसकी|उनकी|आपकी|तुम्हारी)[ \t]+(?:उम्र|उमर|आयु)[ \t]+{_N}",
    rf"{_B}{_N}[ \t]+(?:साल|वर्ष|बरस)[ \t]+(?:का|की|के)[ \t]+(?:एक[ \t]+)?{_HI_AFTER}(?![\u0900-\u0963\u0966-\u097f])",
    rf"{_B}{_N}[ \t]+(?:साल|वर्ष|बरस)[ \t]+(?:का|की|के)[ \t]*(?=[।.!?,\n]|$)",
    # Hebrew: "I am (m/f) N", "he is N", glued conjunction after it ("אני בן 34 וההזמנה")
    rf"{_B}(?:אני|הוא|היא|אתה|את|בני|בתי)[ \t]+(?:בן|בת)[ \t]+{_N}(?![\d])",
    # Thai: the age label glued to the word before it ("ผมอายุ 34 ปี", "ลูกชายอายุ 12 ขวบ")
    rf"อายุ[ \t]*(?:ได้[ \t]*)?[:：]?[ \t]*{_N}(?=[ \t]*(?:ปี|ขวบ|$|[ \t,.\n]))",
)]
CUES = re.compile(r"[\u0600-\u06ff\u0900-\u097f\u05d0-\u05ea\u0e00-\u0e7f]")


def script_ages(text: str) -> list[Finding]:
    """Ages of ``SCRIPT_AGE`` in ``text`` (digits folded to ASCII already), as ``AGE`` findings of the number."""
    if text.isascii() or not CUES.search(text):
        return []
    return [Finding(m.start("n"), m.end("n"), "AGE", 0.85, "age_script") for rx in SCRIPT_AGE
            for m in rx.finditer(text)]
