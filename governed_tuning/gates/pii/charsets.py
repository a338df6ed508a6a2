"""Character tables several recognizers share: the digits of every script, and the scripts written without
spaces between words.

Why one module: each was written twice or more, and the copies drifted. The numbers' reader
(``recognizers.plain_separators``) folded the digits of the Basic Multilingual Plane only, the dates' reader
(``datetext.ascii_digits``) every decimal digit; four modules each spelt their own list of scripts without
spaces, two of them without the compatibility ideographs. A fix to one copy (a script added, a block
corrected) now reaches every reader. The module imports nothing of the package, so any recognizer may use it.
"""

from __future__ import annotations

import unicodedata

__all__ = ["DIGITS", "DIGIT_CHARS", "NOSPACE", "NOSPACE_EAST", "CJK", "CASELESS"]

# ------------------------------------------------------------------ digits

# every decimal digit (Unicode category Nd: what ``\d`` and ``str.isdecimal`` read) outside ASCII, as its ASCII
# digit: "١٢٣", "१२३", "১২৩", fullwidth "１２３", mathematical "𝟏𝟐𝟑". One character for one, so a position found
# in the folded text is the same in the original. (Every such digit lies below U+20000:
# tests/gates/pii/test_pii_charsets.py checks the whole of Unicode.)
DIGITS: dict[int, str] = {cp: str(unicodedata.decimal(chr(cp))) for cp in range(0x80, 0x20000)
                          if unicodedata.category(chr(cp)) == "Nd"}
DIGIT_CHARS = "".join(map(chr, DIGITS))  # the same digits, for a character class

# ------------------------------------------------------------------ scripts written without spaces

# blocks of the scripts that write no space between words, so a word, a number or a date touches the words around
# it ("我的手机号是16585305450。", "電話番号は070-4982-1548です", "주민번호0506745383입니다"); to ``\w`` their letters
# are letters, so a pattern's word boundary must treat them as a space does
THAI = "\u0e00-\u0e7f"
LAO = "\u0e80-\u0eff"
BURMESE = "\u1000-\u109f"
KHMER = "\u1780-\u17ff"
KANA = "\u3040-\u30ff"
HAN_EXT_A = "\u3400-\u4dbf"
HAN = "\u4e00-\u9fff"
HANGUL = "\uac00-\ud7af"
HAN_COMPAT = "\uf900-\ufaff"

# all of them: the dates' reader (``datetext``), which reads Lao, Burmese and Khmer dates in their own digits
NOSPACE = THAI + LAO + BURMESE + KHMER + KANA + HAN_EXT_A + HAN + HANGUL + HAN_COMPAT
# the numbers' and identifiers' boundary (``recognizers.NUMBER_RUN``, ``identifiers``, ``products``): Thai and
# East Asia only. Lao, Burmese and Khmer are left out as they always were there: their own digits are ``\d``,
# so a run of them glued to a word ("၂၀၂၄ခုနှစ်", the year 2024) would start to read as a standalone number,
# and no set we measure on has those scripts to show what that costs
NOSPACE_EAST = THAI + KANA + HAN_EXT_A + HAN + HANGUL + HAN_COMPAT
# CJK, kana and Hangul without Thai and the compatibility block: the bound of an identifier's label and value
# (``idlabels``: "passportはA81495759です"), where a Thai word next to a label was never tested
CJK = KANA + HAN_EXT_A + HAN + HANGUL

# ------------------------------------------------------------------ scripts without capitals

# scripts where a name is not told by its first letter (``ages``: "石井 裕 (23)", "فرنوش آشتیانی، ۳۲ سال"):
# Hebrew, Arabic and Persian, Devanagari to Sinhala, Thai, kana, Han, Hangul
RTL = "\u0590-\u06ff"
INDIC = "\u0900-\u0dff"
CASELESS = RTL + INDIC + THAI + KANA + HAN_EXT_A + HAN + HANGUL
