"""A company's name is no person's, even when it is made of surnames: "Carroll Inc", "Hermighausen AG",
"Lakatos Váradi Kft.", "Geisler Sp. z o.o.", "Kovács és Katona Bt.".

Why: the readers see a surname's shape (the model's look, the name list) and took such firms for people, and the
firm's words were then scrubbed in every record that names it (on our own multilingual set, ``pii_spread.py``,
half of the companies' words were lost). A legal form written after the words is what tells a reader a firm is
meant; the forms are cleanco's table of legal terms by country and kind (``cleanco.termdata``: "Kft.", "S.L.",
"Sp. z o.o.", "GmbH & Co. KG", "s.r.l.", ...), a well-kept list, not one written here.

A reading of a person is dropped when the line goes on, within three words that can belong to a firm's name
(capitalised words, "&", "és", "und", "i syn"...), to a legal form: as written with its dots, or a plain form of
three letters or more written with a capital ("Inc", "GmbH", "Oyj"), or one of two letters in capitals ("AG",
"SA", "NV"). A lower-case plain word is never taken for a form ("ans", "dat", "sem" are ordinary words), nor an
English word other than the forms English writes ("Limited", "Incorporated").
"""

from __future__ import annotations

import functools
import re

from .recognizers import UP, Finding

# words that join a firm's owners' names ("Kovács és Katona Bt.", "Dekker & Reimes BV", "Nagy és társa Bt.")
JOINERS = (r"&|\+|und|and|és|és társa|társa|et|y|e|i|i syn|i s-ka|Söhne|Sohn|Partner|Partners|asociados|hijos|"
           r"hermanos|Hnos|associés|associati|fils|figli|zonen|cía|compañía")
# English words that are legal forms
ENGLISH_FORMS = frozenset({"inc", "limited", "incorporated", "corporation", "company", "unlimited", "ltd", "corp"})
TWO_LETTERS = frozenset({"AG", "SA", "NV", "BV", "AB", "OY", "KG"})  # not "AS", "AD", "SE": English and codes too


@functools.cache
def _forms() -> re.Pattern:
    """The legal forms as one pattern (longest first), case-blind for forms written with dots, '&' or spaces."""
    from cleanco import termdata

    terms: set[str] = set()
    for table in (termdata.terms_by_type, termdata.terms_by_country):
        for v in table.values():
            terms.update(t.strip() for t in v if t.strip())
    from .names import is_english

    dotted = sorted((t for t in terms if not re.fullmatch(r"\w+", t)), key=lambda t: (-len(t), t))
    plain = sorted((t for t in terms if re.fullmatch(r"\w+", t) and len(t) >= 3 and
                    (t in ENGLISH_FORMS or not is_english(t))), key=lambda t: (-len(t), t))

    def lit(t: str) -> str:
        # a dot may be followed by a space or not ("sp. z o.o.", "sp. z.o.o."), a space by several
        return r"[ \t]*".join(re.escape(p) for p in re.split(r"\s+", t)).replace(r"\.", r"\.[ \t]?")

    dotted_rx = "|".join(lit(t) for t in dotted)
    plain_rx = "|".join(re.escape(t) for t in plain)
    two = "|".join(sorted(TWO_LETTERS))
    # dotted forms case-blind; plain forms with a capital first ("Inc", "GmbH", "OYJ"); two letters in capitals
    return re.compile(rf"(?:(?i:{dotted_rx})|(?=[{UP}])(?i:{plain_rx})|(?:{two}))(?![\w&])")


# up to three words of a firm's name after the span, then its legal form, on the same line
_BETWEEN = rf"(?:[ \t]*(?:,[ \t]*)?(?:{JOINERS}|[{UP}][\w'’.-]*)){{0,3}}[ \t]*,?[ \t]*"


@functools.cache
def _after() -> re.Pattern:
    return re.compile(_BETWEEN + "(?:" + _forms().pattern + ")")


LAST_WORD = re.compile(r"(?:^|(?<=[ \t,]))[\w'’.&-]+[ \t.]*$")


def company_name(text: str, f: Finding) -> bool:
    """Whether a person read at ``f`` is the name of a firm: its span ends in a legal form ("Carroll Inc"), or the
    line goes on to one ("Lakatos Váradi Kft.", "Wesack Mende GmbH & Co. KGaA")."""
    if f.entity != "PERSON":
        return False
    # the span's last word opens a legal form, which may go on past it ("Varga Bt" of "Varga Bt.", "Andziak Sp" of
    # "Andziak Sp. z o.o.")
    last = LAST_WORD.search(text, f.start, f.end)
    if last is not None and last.start() > f.start:
        m = _forms().match(text, last.start())
        if m is not None and m.end() >= f.end:
            return True
    return _after().match(text, f.end) is not None
