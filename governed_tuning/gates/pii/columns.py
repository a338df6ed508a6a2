"""What a column's header (or a field's key) makes of its values, beyond the words of each value.

A value in a table has no sentence around it: its header is its context. Two rules a mature
de-identification tool applies to tables, and that no single value's recognizer can:

- ``person_cell``: a value under a header that names a person ("Name", "Nachname", "nombre completo", "ФИО")
  is a name as a whole. The detector reads the words of "ROJAS, Verónica" or "ব্যানার্জি, রাশেদ" one by one
  and may take one for a place or miss a given name in another script; under a name header the whole cell is
  the person (one token, nothing left beside it). Under a bare "name" key (a tool's or a product's name in
  many JSON formats) the cell is taken whole only when the detector found a person in it already.
- ``column_kinds``: an unlabelled column (a header that says nothing, "col3", "Nummer", "Ref") whose values
  are mostly of one validated kind is a column of that kind: the other values in it, of that kind's shape,
  are taken too (a mistyped check digit or a number the detector read as something else still identifies).

Positions and kinds only; nothing here keeps a value.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from .recognizers import Finding

__all__ = ["person_cell", "ColumnVotes", "COLUMN_SHARE", "COLUMN_MIN"]

# bare words for "name": a tool's, a product's or a file's name as often as a person's
BARE_NAME = frozenset({"name", "names", "nom", "nombre", "nome", "naam", "navn", "namn", "nimi", "név", "nume",
                       "имя", "όνομα", "isim", "ad", "title", "label", "ім'я", "име", "الاسم", "اسم", "نام", "שם",
                       "नाम", "নাম", "ชื่อ", "სახელი", "անուն"})
COLUMN_SHARE = 0.6  # a column is of a kind when this share of its non-empty values is (and at least COLUMN_MIN)
COLUMN_MIN = 3


def person_cell(context: str, value: str, found: Sequence[Finding]) -> Finding | None:
    """The whole ``value`` as one PERSON when ``context`` (its key or header) names a person and the value is
    shaped as a name; None otherwise."""
    from .rescan_independent import LOOSE_PERSON, PERSON_VALUE, _common, _label_kind

    if not context or len(value) > 70 or _label_kind(context) != "PERSON":
        return None
    s, e = 0, len(value)
    while s < e and value[s] in " \t\"'":
        s += 1
    while e > s and value[e - 1] in " \t\"'.,":
        e -= 1
    v = value[s:e]
    if not v or not PERSON_VALUE.fullmatch(v):
        return None
    words = v.replace(",", " ").split()
    label = " ".join(context.replace("_", " ").split()).casefold()
    if all(_common(w) for w in words):
        return None  # "name: none", "Name: Customer Service"
    if label in LOOSE_PERSON and not all(w[:1].isupper() for w in words):
        return None
    if label in BARE_NAME and not any(f.entity == "PERSON" for f in found):
        return None
    return Finding(s, e, "PERSON", 0.99, "person_column")


def phone_cell(context: str, value: str, found: Sequence[Finding]) -> Finding | None:
    """The whole ``value`` as a PHONE_NUMBER when ``context`` names a phone ("Cellulare", "Telefoonnummer") and
    the value is a phone's digits and separators only (7 to 16 digits) that nothing was found in."""
    from .rescan_independent import _label_kind

    if found or not context or len(value) > 32 or _label_kind(context) != "PHONE_NUMBER":
        return None
    v = value.strip()
    s = value.find(v) if v else 0
    if v and 7 <= sum(c.isdigit() for c in v) <= 16 and PHONE_CHARS.fullmatch(v):
        return Finding(s, s + len(v), "PHONE_NUMBER", 0.9, "phone_column")
    return None


PHONE_CHARS = re.compile(r"\+?[\d \t().\-/·•]+(?:\s*(?:x|ext\.?)\s*\d{1,6})?")


class ColumnVotes:
    """Per column (a record's top-level key), how many non-empty values the detector found whole as each kind;
    ``kind_of(column)`` is the column's kind when one kind holds ``COLUMN_SHARE`` of them."""

    def __init__(self) -> None:
        self.seen: Counter = Counter()
        self.kinds: dict[str, Counter] = {}

    def add(self, column: str, value: str, found: Sequence[Finding]) -> None:
        v = value.strip()
        if not v or len(v) > 64:
            return
        self.seen[column] += 1
        whole = [f for f in found if f.start <= len(value) - len(value.lstrip()) and f.end >= len(value.rstrip())]
        if whole:
            self.kinds.setdefault(column, Counter())[whole[0].entity] += 1

    def merge(self, other: ColumnVotes) -> None:
        self.seen.update(other.seen)
        for c, k in other.kinds.items():
            self.kinds.setdefault(c, Counter()).update(k)

    def kind_of(self, column: str) -> str | None:
        n = self.seen.get(column, 0)
        votes = self.kinds.get(column)
        if not votes or n < COLUMN_MIN:
            return None
        kind, count = votes.most_common(1)[0]
        return kind if count >= COLUMN_MIN and count >= COLUMN_SHARE * n else None


def column_finding(kind: str | None, value: str) -> Finding | None:
    """The whole ``value`` as ``kind`` (its column's kind) when it has one of that kind's published shapes
    (``identifiers.SPECS``; the check digit is not asked: a column of national numbers is read as one) or, for
    a phone column, a phone's digits and separators; None otherwise."""
    if kind is None:
        return None
    v = value.strip()
    if not v or len(v) > 64:
        return None
    s = value.find(v)
    if kind == "PHONE_NUMBER":
        ok = 7 <= sum(c.isdigit() for c in v) <= 16 and PHONE_CHARS.fullmatch(v) is not None
    else:
        from .idlabels import _shapes

        ok = any(rx.fullmatch(v) for rx, _ in _shapes().get(kind, ()))
    return Finding(s, s + len(v), kind, 0.9, "column_kind") if ok else None
