"""The shared character tables (``charsets.py``): one digit table for the numbers' and the dates' readers, one
list of the scripts written without spaces."""

import re
import sys
import unicodedata

from governed_tuning.gates.pii import ages, charsets, datetext, identifiers, idlabels, products, recognizers
from governed_tuning.gates.pii.datetext import ascii_digits
from governed_tuning.gates.pii.recognizers import plain_separators


def test_the_digit_table_holds_every_decimal_digit_of_unicode():
    every = {cp for cp in range(0x80, sys.maxunicode + 1) if unicodedata.category(chr(cp)) == "Nd"}
    assert set(charsets.DIGITS) == every
    assert all(charsets.DIGITS[cp] == str(unicodedata.decimal(chr(cp))) for cp in every)


def test_numbers_and_dates_fold_every_script_s_digits_alike():
    # Arabic-Indic, Persian, Devanagari, Bengali, Thai, Burmese, fullwidth, mathematical bold (outside the BMP)
    for zero in (0x0660, 0x06F0, 0x0966, 0x09E6, 0x0E50, 0x1040, 0xFF10, 0x1D7CE):
        text = "tel " + "".join(chr(zero + d) for d in (0, 7, 1, 2, 3, 4, 5, 6, 7, 8, 9))
        assert plain_separators(text) == ascii_digits(text) == "tel 07123456789"
    # what differs stays: a date's no-break space is a space to both; a dash is the numbers' reader's only
    assert ascii_digits("14\u00a0mars 1987") == plain_separators("14\u00a0mars 1987") == "14 mars 1987"
    assert plain_separators("078\u201305") == "078-05" and ascii_digits("078\u201305") == "078\u201305"


BMP = "".join(map(chr, range(0x10000)))


def _chars(cls: str) -> set[str]:
    return set(re.findall(f"[{cls}]", BMP))


def test_scripts_without_spaces_are_one_list_with_its_subsets_named():
    everything, east, cjk = _chars(charsets.NOSPACE), _chars(charsets.NOSPACE_EAST), _chars(charsets.CJK)
    assert cjk < east < everything
    assert {"ລ", "မ", "ក"} <= everything - east  # Lao, Burmese, Khmer: dates and identifiers, not products
    assert {"ก", "\uf900"} <= east - cjk  # Thai and the compatibility ideographs: not an identifier label's bound
    assert {"我", "の", "한", "㐀"} <= cjk
    assert datetext.NOSPACE == charsets.NOSPACE
    # identifiers glued to any of them (and to halfwidth katakana) stand alone; product codes only beside the east
    assert recognizers.NOSPACE == identifiers.NOSPACE == charsets.NOSPACE + "\uff66-\uff9f"
    assert products.NOSPACE == charsets.NOSPACE_EAST
    assert idlabels.CJK == charsets.CJK
    caseless = _chars(ages.CASELESS)
    assert cjk <= caseless and {"א", "ب", "क", "ก"} <= caseless and not caseless & _chars("A-Za-z")
