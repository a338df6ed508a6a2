"""What a column's header (or a field's key) makes of its values, beyond the words of each value.

A value in a table has no sentence around it: its header is its context. Two rules a mature
de-identification tool applies to tables, and that no single value's recognizer can:

- ``person_cell``: a value under a header that names a person ("Name", "Nachname", "nombre completo", "ФИО")
  is a name as a whole. The detector reads the words of "ROJAS, Verónica" or "ব্যানার্জি, রাশেদ" one by one
  and may take one for a place or miss a given name in another script; under a name header the whole cell is
  the person (one token, nothing left beside it). Under a bare "name" key (a tool's or a product's name in
  many JSON formats) the cell is taken whole only when the detector found a person in it already.
- ``thing_columns``: a column under a bare "name" header (or one that names no person) whose cells are mostly
  things ("Lincoln Sofa", "Aurora Desk Lamp", "Backpack 30L": an ordinary English word that is no given name or
  surname, or a word with a digit, in most cells) is a column of things: the detector's PERSON findings there
  ("Lincoln", "Oscar", "Victoria") are products named like people, not people. A column of people holds such
  words in few cells ("Mark Stone"), so the share decides.
- ``column_kinds``: an unlabelled column (a header that says nothing, "col3", "Nummer", "Ref") whose values
  are mostly of one validated kind is a column of that kind: the other values in it, of that kind's shape,
  are taken too (a mistyped check digit or a number the detector read as something else still identifies).
  Two families are decided by the column as a whole, not by one kind's share:
  - a column of identity numbers of many countries (a CRM's "national_id", a headerless export's sixth
    column): nearly every cell (``ID_COLUMN_SHARE``) was found whole as some identifier, each of another
    country's kind, so no kind holds the share; an identifier-shaped cell the detector missed there (a German
    passport number with two digits, a number whose check digit fails) is the same field of another person.
    The bar is high on purpose: random article numbers pass one of the ~40 nine-digit checksums about half
    of the time (an inventory's "Nummer" column), a column of identity numbers nearly always;
  - a column with no name at all (``unnamed``) is typed at ``UNNAMED_SHARE``: its cells have no context;
  - a column of towns: a bare town in a cell has no sentence to be read by ("Halmstad", "ონი"), so the
    detector finds few; the column is one of places when ``PLACE_SHARE`` of its cells are a town in GeoNames
    (``placenames``, independent of the detector) or were found as places, more than were found as people.
    Its other place-shaped cells (a town GeoNames lacks) are taken with them. Only for a column of many
    distinct values (``varied``): a column of categories ("Garten", "Büro") is not a column of towns.

Positions and kinds only; nothing here keeps a value.
"""

from __future__ import annotations

import functools
import re
import unicodedata
import zlib
from collections import Counter
from collections.abc import Sequence

from .checkrate import CheckCounts
from .recognizers import Finding

__all__ = ["person_cell", "ColumnVotes", "COLUMN_SHARE", "COLUMN_MIN", "thing_cell", "thing_header"]

# bare words for "name": a tool's, a product's or a file's name as often as a person's
BARE_NAME = frozenset({"name", "names", "nom", "nombre", "nome", "naam", "navn", "namn", "nimi", "név", "nume",
                       "имя", "όνομα", "isim", "ad", "title", "label", "ім'я", "име", "الاسم", "اسم", "نام", "שם",
                       "नाम", "নাম", "ชื่อ", "სახელი", "անուն"})
ROLE_KEYS = frozenset({"role", "speaker", "sender", "from"})  # "from": ShareGPT's turns ("human", "gpt")
SPEAKER_RANK = 20000  # a word of a speaker's value the name lists rank this well makes it a name
COLUMN_SHARE = 0.6  # a column is of a kind when this share of its non-empty values is (and at least COLUMN_MIN)
COLUMN_MIN = 3
ID_COLUMN_SHARE = 0.8  # a column of identifiers of many kinds: this share of its cells found whole as one
PLACE_SHARE = 0.4  # a column of towns: this share of its cells a GeoNames town or found as a place
# ... for a column with no name (``unnamed``: a headerless CSV's column_3, a dataframe's c4): one kind found whole
# in this share of its cells (or towns) types it. A bare cell has no context, so the detector finds a kind in
# few of them; a quarter found as one kind is strong evidence in a column of one meaning. (A headerless file's
# passport numbers: 15 of 48 found as US_PASSPORT, the others left; article numbers pass one of many checksums
# by chance, no one kind in more than an eighth of them.)
UNNAMED_SHARE = 0.25
PHONE_SHARE = 0.4  # a column of integers with no name is one of phones when this share are international phones
DISTINCT_CAP = 2000  # values sampled per column for ``ColumnVotes.varied``
DISTINCT_SHARE = 0.5


# a person's other names ({"aliases": ["ana", "Ana L."]}): written as a chat writes them, often in lower case, so
# a lone word there that the name lists know is a name in either case (an ordinary word, "billing", is not)
ALIAS_KEY = re.compile(r"(?i)(?:[a-z]+[_ -]?)?(?:alias|aliases|aka|nick_?names?|nick|also_?known_?as|other_?names)")


def person_cell(context: str, value: str, found: Sequence[Finding]) -> Finding | None:
    """The whole ``value`` as one PERSON when ``context`` (its key or header) names a person and the value is
    shaped as a name; None otherwise."""
    from .rescan_independent import LOOSE_PERSON, PERSON_VALUE, _label_kind, _ordinary

    # a chat message's "role" that is no role ("user", "assistant" are structure, fields.STRUCTURAL) but a speaker
    # named: a name-shaped value is a person whole where a person was found in part ("Mai Trọng Hoàng" with
    # "Trọng Hoàng" found: "Mai" is a common word elsewhere)
    # A speaker named in a script the detector reads little of ("石井 舞", "ლიდა ჭკადუა" under "role"), with nothing
    # found in it, is a person too when the value has a name's shape and the name lists know it (``speaker_name``)
    # Under a key that names a person by their part ("customer", "contacts", "Empfänger"), a lone name is one too
    # ("Mirdza", "ហេង"): ``lone_name``
    role = (context.casefold() in ROLE_KEYS or person_role_key(context)) and (
        any(f.entity == "PERSON" for f in found) or speaker_name(value) or
        (person_role_key(context) and lone_name(value)) or
        (ALIAS_KEY.fullmatch(context.strip()) is not None and lower_alias(value)))
    if not context or len(value) > 70 or (_label_kind(context) != "PERSON" and not role):
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
    if all(_ordinary(w) for w in words):
        return None  # "name: none", "Name: Customer Service"
    if label in LOOSE_PERSON and not all(w[:1].isupper() or w[:1].lower() == w[:1].upper() for w in words):
        return None  # (a script without case has no capital to ask for: "patient": "ហេង ស្រីនាង" is a name)
    if label in BARE_NAME and not any(f.entity == "PERSON" for f in found):
        return None
    return Finding(s, e, "PERSON", 0.99, "person_column")


# keys that name a person by the part they play in a record ({"author": "Mai Jane"}, {"assignee": ...},
# "created_by", "Empfänger"): a name-shaped value there is the person whole, as under a role key. (A handle or a
# team stands there too: taken only with a person found in it, or a name's shape the name lists know.)
PERSON_ROLE_WORD = re.compile(
    r"author|reporter|assignee|owner|recipient|holder|cardholder|customer|client|patient|employee|sender|"
    r"reviewer|requester|requestor|submitter|approver|signatory|signer|caller|addressee|beneficiary|tenant|"
    r"guest|passenger|attendee|participant|applicant|candidate|student|member|contact|speaker|"
    r"alias|aliases|aka|nickname|nicknames|"  # a person's other names ({"aliases": ["ana", "Ana L."]})
    r"autor|auteur|autore|cliente|kunde|empfänger|absender|destinataire|expéditeur|destinatario|remitente|"
    r"mittente|paciente|paziente|patiënt|mitarbeiter|empleado|dipendente|werknemer|titular|inhaber|"
    r"автор|клиент|получатель|отправитель|пациент|作者|客户|顾客|患者|担当者|作成者|저자|고객|작성자|환자")
PERSON_BY = re.compile(r"(?:created|written|signed|updated|modified|submitted|reported|sent|requested|approved|"
                       r"edited|posted|uploaded|reviewed|assigned|owned|authored)[ _-]?by|assigned[ _-]?to")


@functools.lru_cache(maxsize=4096)
def person_role_key(key: str) -> bool:
    """Whether ``key`` names a person by their part in the record: its last word is one of ``PERSON_ROLE_WORD``
    ("ticket_reporter", "Author", "cardHolder") or it is a "<verb>_by" key ("created_by", "signedBy")."""
    from .fields import PARENT_WORDS

    k = key.strip()
    if PERSON_BY.fullmatch(k.replace("B", "_b", 1) if re.fullmatch(r"[a-z]+By", k) else k.casefold()):
        return True
    words = PARENT_WORDS.findall(k)
    if not words:
        return False
    last = words[-1].casefold()
    # a list of them: "contacts", "customers", "authors", "recipients", "attendees"
    return any(PERSON_ROLE_WORD.fullmatch(w) is not None for w in (last, last[:-1] if last.endswith("s") else last))


def speaker_name(value: str) -> bool:
    """Whether a value under a role key ("role", "speaker", "from") that is no role ("user", "gpt": those are
    structure, ``fields.STRUCTURAL``) is a person's name: 2 to 5 words, each capitalised where its script has
    case, one of which the name lists rank (``SPEAKER_RANK``), none a common word ("Support Agent", "Moderator"
    are roles people invent); or a CJK name's shape ("石井 舞", "김상호": ``cjk.is_cjk_name``). A lone word in a
    cased script is a name only with a found person beside it (``person_cell``): "Berlin", "Bot".
    """
    from .cjk import has_cjk, is_cjk_name
    from .names import gazetteer
    from .rescan_independent import PERSON_VALUE, _ordinary

    v = value.strip()
    if not v or len(v) > 70 or not PERSON_VALUE.fullmatch(v):
        return False
    words = v.replace(",", " ").split()
    if has_cjk(v):
        return len(words) <= 2 and is_cjk_name("".join(words))
    if not 2 <= len(words) <= 5 or any(_ordinary(w) for w in words) or \
            any(w[0] < "\u0530" and w[0].islower() for w in words):  # lower case in a script with case
        return False
    g = gazetteer()
    return any(0 < g.best(w) <= SPEAKER_RANK for w in words)


def lone_name(value: str) -> bool:
    """Whether a value under a key naming a person by their part is a name though nothing was found in it: one
    word, no common word, that the name lists know (any rank: "Mirdza", "Javion") with its capital; or one to
    five words of a script without case ("ហេង", "ហេង ស្រីនាង", "ສົມສັກ ພົມມະວົງ", "محمد"), which the name lists of
    no script cover and no capital can tell from a common word."""
    from .names import gazetteer
    from .rescan_independent import PERSON_VALUE, _ordinary

    v = value.strip()
    if not v or len(v) > 70 or not PERSON_VALUE.fullmatch(v):
        return False
    words = v.replace(",", " ").split()
    if len(words) > 5 or any(_ordinary(w.strip(".")) for w in words):
        return False
    if all(w[0].lower() == w[0].upper() for w in words):  # a script without case
        return True
    return len(words) == 1 and v[0].isupper() and gazetteer().best(v.strip(".")) > 0


def lower_alias(value: str) -> bool:
    """A one-word alias in lower case that can be a name (``addressed.name_word``: a name the lists rank, an
    English word only if very common as a name, or a word no dictionary holds; no common word, no brand)."""
    from .addressed import name_word

    v = value.strip()
    return v.isalpha() and v.islower() and name_word(v)


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
        # per column, CRC-32s of its first DISTINCT_CAP values (no value is kept) and how many were offered: a
        # column of people or towns holds many distinct values, one of categories ("Garten", "Büro") few
        self.digests: dict[str, set[int]] = {}
        self.sampled: Counter = Counter()
        # columns under a thing's header (``thing_header``): non-empty cells, short ones, things', with a PERSON
        self.cells: Counter = Counter()
        self.short: Counter = Counter()
        self.things: Counter = Counter()
        self.people: Counter = Counter()
        # per column, cells found whole as any identifier kind, and cells that are a town (GeoNames or found)
        self.ids: Counter = Counter()
        self.places: Counter = Counter()
        # per column, cells that fit and pass each checked kind's pattern and check (checkrate.py): a column
        # whose cells pass a kind's check far above chance is of that kind, whatever the detector read in each
        self.checks = CheckCounts()
        self._chance: dict[tuple[str, str, int], bool] = {}  # at_chance's answers (after the last add or merge)

        # per column with no name or a bare "date" header (``date_header``): cells that are a whole date, those
        # that make someone an adult alive today, and the earliest and latest such year (``births_column``)
        self.dated: Counter = Counter()
        self.born: Counter = Counter()
        self.years: dict[str, tuple[int, int]] = {}
        # per column, cells that are one word of letters, and those of them a common given name or surname
        # (``categories``: a column of a few such words repeated down the rows is one of categories)
        self.lone: Counter = Counter()
        self.common: Counter = Counter()
        # per (column, length), cells of bare digits of a phone's length, and those that are a valid number
        # (``phones_at_chance``: a column of order numbers is as valid as random digits, one of phones far more)
        self.bare: Counter = Counter()
        self.valid: Counter = Counter()
        # per column, short cells (no sentence) and those made of ordinary words only (``ordinary_column``)
        self.brief: Counter = Counter()
        self.plain: Counter = Counter()

    def add(self, column: str, value: str, found: Sequence[Finding]) -> None:
        v = value.strip()
        if BARE_DIGITS.fullmatch(v):
            self.bare[(column, len(v))] += 1
            self.valid[(column, len(v))] += strictly_valid_phone(v)
        if v and (thing_header(column) or unnamed(column)):
            short = len(v) <= 64 and len(v.split()) <= 6 and not SENTENCE.search(v)
            self.cells[column] += 1
            self.short[column] += short
            self.things[column] += short and thing_cell(v)
            self.people[column] += any(f.entity == "PERSON" for f in found)
        if not v or len(v) > 64:
            return
        self.seen[column] += 1
        if len(v.split()) <= 6 and not SENTENCE.search(v):
            from .wordcolumns import ordinary_cell

            self.brief[column] += 1
            self.plain[column] += ordinary_cell(v)
        self._chance.clear()
        self.checks.add(column, v)
        if len(v) <= CATEGORY_LEN and v.isalpha():
            from .names import gazetteer

            self.lone[column] += 1
            self.common[column] += 0 < gazetteer().best(v) <= THING_NAME_RANK

        if unnamed(column) or date_header(column):
            ymd = whole_date(v)
            if ymd is not None:
                self.dated[column] += 1
                if ymd[0] and birth_day(ymd):
                    self.born[column] += 1
                    lo, hi = self.years.get(column, (ymd[0], ymd[0]))
                    self.years[column] = (min(lo, ymd[0]), max(hi, ymd[0]))
        d = self.digests.setdefault(column, set())
        if self.sampled[column] < DISTINCT_CAP:
            self.sampled[column] += 1
            d.add(zlib.crc32(v.casefold().encode("utf-8")))
        whole = [f for f in found if f.start <= len(value) - len(value.lstrip()) and f.end >= len(value.rstrip())]
        if whole:
            self.kinds.setdefault(column, Counter())[whole[0].entity] += 1
            self.ids[column] += any(f.entity in id_kinds() for f in whole)
        if any(f.entity == "LOCATION" for f in whole) or (not any(f.entity != "PERSON" for f in found)
                                                          and town_cell(v)):
            self.places[column] += 1

    def merge(self, other: ColumnVotes) -> None:
        self.seen.update(other.seen)
        for c, d in other.digests.items():
            room = DISTINCT_CAP - self.sampled[c]
            if room > 0:  # up to DISTINCT_CAP values per column (past it, a sample: the share is what counts)
                self.digests.setdefault(c, set()).update(d if other.sampled[c] <= room else set(list(d)[:room]))
                self.sampled[c] += min(other.sampled[c], room)
        self.bare.update(other.bare)
        self.valid.update(other.valid)
        for mine, theirs in ((self.cells, other.cells), (self.short, other.short), (self.things, other.things),
                             (self.people, other.people), (self.ids, other.ids), (self.places, other.places),
                             (self.dated, other.dated), (self.born, other.born), (self.lone, other.lone),
                             (self.common, other.common), (self.brief, other.brief), (self.plain, other.plain)):
            mine.update(theirs)
        for c, (lo, hi) in other.years.items():
            a, b = self.years.get(c, (lo, hi))
            self.years[c] = (min(a, lo), max(b, hi))
        for c, k in other.kinds.items():
            self.kinds.setdefault(c, Counter()).update(k)
        self.checks.merge(other.checks)
        self._chance.clear()

    def of_things(self, column: str) -> bool:
        """Whether ``column`` names things, not people: under a thing's header or none (``unnamed``),
        ``COLUMN_MIN`` cells or more,
        nearly all short labels (no sentences), ``THING_SHARE`` of them ``thing_cell``, and a PERSON found in one
        at least (else there is nothing to decide). Counted over the whole dataset: the decision does not
        depend on how it is cut into batches."""
        n = self.cells.get(column, 0)
        return n >= COLUMN_MIN and self.people.get(column, 0) > 0 and self.short[column] >= SHORT_SHARE * n \
            and self.things[column] >= THING_SHARE * n

    def categories(self, column: str) -> bool:
        """Whether ``column`` is one of categories ("Kategorie": "Garten", "Büro"), not people: a header that
        names no kind and no person, ``CATEGORY_MIN`` cells or more, every one a single word of letters, no more
        than ``CATEGORY_DISTINCT`` distinct values each repeated ``CATEGORY_REPEAT`` times on average, and none
        a common given name or surname. The detector reads a lone capitalised word as a name ("Garten" is a
        surname somewhere); a column of people holds many distinct values, and their words are names."""
        n = self.sampled.get(column, 0)
        d = len(self.digests.get(column, ()))
        if n < CATEGORY_MIN or not 0 < d <= CATEGORY_DISTINCT or d * CATEGORY_REPEAT > n:
            return False
        if self.lone.get(column, 0) != self.seen.get(column, 0) or self.common.get(column, 0):
            return False
        return not named_header(column)

    def ordinary_column(self, column: str) -> bool:
        """Whether ``column`` is one of words (colours, categories, occupations, months: ``wordcolumns``), not
        people: a header that names no kind and no person, ``ORDINARY_MIN`` cells or more, nearly all short
        (``SHORT_SHARE``), and ``ORDINARY_SHARE`` of them ordinary words only. Counted over the whole dataset."""
        from .wordcolumns import ORDINARY_MIN, ORDINARY_SHARE

        n = self.seen.get(column, 0)
        return n >= ORDINARY_MIN and self.brief[column] >= SHORT_SHARE * n and \
            self.plain[column] >= ORDINARY_SHARE * n and not named_header(column)

    def varied(self, column: str) -> bool:
        """Whether ``column``'s values are mostly distinct (``DISTINCT_SHARE``), as people's names and towns in
        a table of people are: a column of a few categories the detector took for names is not taken whole."""
        n = self.sampled.get(column, 0)
        return n > 0 and len(self.digests.get(column, ())) >= DISTINCT_SHARE * n

    def kind_of(self, column: str) -> str | None:
        n = self.seen.get(column, 0)
        votes = self.kinds.get(column)
        if not votes or n < COLUMN_MIN:
            return None
        kind, count = votes.most_common(1)[0]
        if count >= COLUMN_MIN and count >= (UNNAMED_SHARE if unnamed(column) else COLUMN_SHARE) * n:
            return kind
        # a column of one family of documents whose kinds differ by country (passports of 24 countries): the
        # family holds the share, and the column's kind is its most voted kind
        from .idlabels import FAMILIES

        for _, kinds in FAMILIES.values():
            fam = [(votes[k], k) for k in kinds if votes.get(k)]
            if fam and sum(c for c, _ in fam) >= max(COLUMN_MIN, COLUMN_SHARE * n):
                return max(fam)[1]
        return None

    def at_chance(self, column: str, kind: str, cell: str) -> bool:
        """Whether ``cell`` (a whole cell of ``column``, digits only) read as ``kind`` by the re-scan's check
        alone is what chance gives, not a person's number: the column's cells of its length pass that check no
        more often than random numbers do (``checkrate.ChanceCounts``: an export's order or article numbers),
        and nothing else says the column holds identifiers (no kind by the detector's votes or by the checks,
        not one of many countries' numbers, no identifier named by its header). The re-scan counts such a cell
        as a weak signal: blocking on it blocked a clean table of order numbers."""
        v = cell.strip()
        key = (column, kind, len(v))
        if not v.isdigit():
            return False
        if reference_header(column):
            return True  # a column of order or invoice numbers ("Nr zamówienia"): its numbers are references
        if key not in self._chance:
            from .identifiers import names_checked_kind
            from .idlabels import label_family

            self._chance[key] = not (self.ids_column(column) or self.kind_of(column) is not None or
                                     self.checks.kind(column) is not None or names_checked_kind(column) or
                                     label_family(column) is not None) and \
                self.checks.chance.at_chance(column, kind, len(v))
        return self._chance[key]

    def phones_at_chance(self, column: str, cell: str) -> bool:
        """Whether ``cell`` (a whole cell of ``column``, bare digits) is one of a column whose numbers are valid
        phone numbers no more often than random digit strings of their length are (``PHONE_CHANCE_CELLS`` such
        cells or more; a binomial tail above ``PHONE_CHANCE_TAIL``), under a header that names no phone: an
        export's ten-digit order or customer numbers, each of which the phone pattern takes as a North American
        number by its shape alone. A column of phones is valid nearly always."""
        v = cell.strip()
        key = (column, len(v))
        n = self.bare.get(key, 0)
        if not BARE_DIGITS.fullmatch(v) or n < PHONE_CHANCE_CELLS or phone_header(column):
            return False
        from .checkrate import binom_tail

        return binom_tail(self.valid.get(key, 0), n, phone_chance_rate(len(v))) > PHONE_CHANCE_TAIL

    def phones_column(self, column: str) -> bool:
        """Whether ``column`` (``fields.NUMBER_COLUMN``: a field's integers) is one of phones: ``PHONE_SHARE``
        of its integers are phones in international form. Random 11-digit numbers are one a fifth of the time
        (a US number), 12-digit ones a tenth, longer ones a fortieth."""
        n = self.seen.get(column, 0)
        return n >= COLUMN_MIN and self.kinds.get(column, Counter()).get("PHONE_NUMBER", 0) >= max(
            COLUMN_MIN, PHONE_SHARE * n)

    def ids_column(self, column: str) -> bool:
        """Whether ``column`` is one of identity numbers of many kinds (``ID_COLUMN_SHARE`` of its cells were
        found whole as some identifier) though no kind holds the share alone."""
        n = self.seen.get(column, 0)
        return n >= COLUMN_MIN and self.ids.get(column, 0) >= max(COLUMN_MIN, ID_COLUMN_SHARE * n)

    def towns_column(self, column: str) -> bool:
        """Whether ``column`` is one of towns: ``PLACE_SHARE`` of its cells are a GeoNames town or were found
        as a place, more than were found as people, and its values are ``varied``."""
        n = self.seen.get(column, 0)
        k = self.places.get(column, 0)
        people = self.kinds.get(column, Counter()).get("PERSON", 0)
        share = UNNAMED_SHARE if unnamed(column) else PLACE_SHARE
        return n >= COLUMN_MIN and k >= max(COLUMN_MIN, share * n) and k > people and self.varied(column)

    def places_not_people(self, column: str) -> bool:
        """Whether ``column`` is one of towns (``towns_column``) under a header that names no person: its cells'
        PERSON readings are towns read as people ("Dwór Mazowiecki", "Abbekerk"). Memoised per column until the
        next add or merge."""
        key = (column, "places", 0)
        if key not in self._chance:
            from .rescan_independent import _label_kind

            self._chance[key] = self.towns_column(column) and not person_role_key(column) and \
                _label_kind(column) != "PERSON"
        return self._chance[key]

    def column_kind(self, column: str, targeted: frozenset[str] | set[str]) -> str | None:
        """The kind a column's cells are taken as (``column_finding``): ``kind_of``, else a column of identity
        numbers (``GENERIC_KIND``, or its most voted kind when the policy targets no generic one), else a
        column of towns (LOCATION)."""
        kind = self.kind_of(column)
        if kind is not None:
            return kind
        kind = self.checks.kind(column)  # its cells pass one kind's check far above chance (checkrate.py)
        if kind is not None and kind in targeted:
            return kind
        if self.ids_column(column):
            from .idlabels import GENERIC_KIND

            if GENERIC_KIND in targeted:
                return GENERIC_KIND
            votes = self.kinds.get(column, Counter())
            return next((k for k, _ in votes.most_common() if k in id_kinds() and k in targeted), None)
        if self.towns_column(column):
            return "LOCATION"
        if self.births_column(column):
            return "DATE_OF_BIRTH"
        return None

    def births_column(self, column: str) -> bool:
        """Whether ``column`` (no name, or a bare "date" header) is one of dates of birth by its values: nearly
        every cell (``BIRTH_SHARE``) a whole date, every one of them a day that makes someone an adult alive
        today (none still to come, no child's), their years ``BIRTH_SPREAD`` apart or more in a table with a
        column of people, or ``LIFETIMES_SPREAD`` apart when no column was read as people (names in a script the
        detector reads little of: "চয়ন হক"). An order's or a meeting's dates cluster in recent years and run into the future; a
        column of people's birth dates spans decades of the past. Written in any script and format
        (``birthdates.DATE`` over ``datetext.ascii_digits``: "১৪ মার্চ, ১৯৮৭", "14 ማርች 1987")."""
        n = self.seen.get(column, 0)
        born = self.born.get(column, 0)
        lo, hi = self.years.get(column, (0, 0))
        return n >= COLUMN_MIN and born >= max(COLUMN_MIN, BIRTH_SHARE * n) and born == self.dated[column] and \
            hi - lo >= BIRTH_SPREAD and (self.people_column(column) or hi - lo >= LIFETIMES_SPREAD)

    def people_column(self, besides: str) -> bool:
        """Whether a column other than ``besides`` is one of people (``COLUMN_SHARE`` of its cells found as a
        PERSON, whole or in part)."""
        return any(c != besides and n >= COLUMN_MIN and votes.get("PERSON", 0) >= COLUMN_SHARE * n
                   for c, votes in self.kinds.items() for n in [self.seen.get(c, 0)]) or \
            any(c != besides and n >= COLUMN_MIN and self.people.get(c, 0) >= COLUMN_SHARE * n
                for c, n in self.cells.items())


@functools.lru_cache(maxsize=1)
def id_kinds() -> frozenset[str]:
    """Every identifier kind: the recognizers' (``identifiers.ID_KINDS``), the labelled ones and the generic."""
    from .identifiers import ID_KINDS
    from .idlabels import GENERIC_KIND, LABELLED_KINDS

    return frozenset(ID_KINDS) | LABELLED_KINDS | {GENERIC_KIND}


# a settlement's word before its name ("г. Калязин", "село Луганськ", "TP. Hải Phòng", "Gemeinde X"): the
# name after it is looked up
SETTLEMENT_PREFIX = re.compile(r"(?i)(?:[^\W\d_]{1,3}\.|село|селище|хутір|деревня|посёлок|поселок|хутор|город|"
                               r"місто|смт|станица|аул|thành phố|thị xã|thị trấn|huyện|tỉnh|village|town|city of|"
                               r"gemeinde|stadt|comune di|ciudad de|ville de)[ \t]+")
TOWN_CELL = re.compile(r"[^\W\d_][\w'’.() -]{0,58}")


def town_cell(value: str) -> bool:
    """Whether a cell is a town's name by GeoNames (``placenames``): the whole cell, its name after a
    settlement's word ("г. Калязин", "TP. Hải Phòng"), without its accents ("Hồ Chí Minh" is listed as "Ho Chi
    Minh"), or the city that leads a city-and-ward cell ("川崎市高津区", "수원시 장안구"). A cell of 1 to 4 words,
    no digit, written with a capital (or in a script without case), not only ordinary words: GeoNames lists
    "Garden", "Orange" and "Home" as towns, and a column of tags is not one of towns."""
    v = unicodedata.normalize("NFC", value.strip())  # (Faker and macOS write Vietnamese decomposed)
    if not TOWN_CELL.fullmatch(v) or len(v.split()) > 4 or "@" in v:
        return False
    from .wordcolumns import currency_code

    if currency_code(v):
        return False  # "UYU", "PAB": GeoNames lists such places, but a column of codes is one of currencies
    from .rescan_independent import _ordinary

    m = SETTLEMENT_PREFIX.match(v)
    name = v[m.end():] if m else v
    first = name[:1]
    if not name or (not first.isupper() and first.lower() != first.upper()) or \
            all(_ordinary(w) for w in name.split()):
        return False
    if _listed(name) or (m is not None and _listed(v)):
        return True
    lead = CITY_LEAD.match(name)
    return lead is not None and lead.end() < len(name) and _listed(lead.group())


# the city a cell of a city and its ward starts with: "川崎市" of "川崎市高津区", "수원시" of "수원시 장안구"
CITY_LEAD = re.compile(r"[\u4e00-\u9fff\u3040-\u30ff]{1,6}?[市県府都縣县郡]|[가-힣]{1,6}(?:특별시|광역시|시|군)(?=[ \t])")


def _listed(name: str) -> bool:
    from .placenames import place_list

    places = place_list()
    if places.is_place(name):
        return True
    bare = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    return bare != name and places.is_place(bare)


def column_finding(kind: str | None, value: str, ids: bool = False) -> Finding | None:
    """The whole ``value`` as ``kind`` (its column's kind) when it has one of that kind's published shapes
    (``identifiers.SPECS``; the check digit is not asked: a column of national numbers is read as one) or, for
    a phone column, a phone's digits and separators; None otherwise. ``ids``: the column holds identity
    numbers of many kinds (``ColumnVotes.ids_column``): any identity document's shape is of it."""
    if kind is None:
        return None
    v = value.strip()
    if not v or len(v) > 64:
        return None
    s = value.find(v)
    if kind == "PHONE_NUMBER":
        ok = 7 <= sum(c.isdigit() for c in v) <= 16 and PHONE_CHARS.fullmatch(v) is not None
    elif kind == "DATE_OF_BIRTH":  # a column of birth dates: each cell that is a whole past date
        ymd = whole_date(v)
        ok = ymd is not None and bool(ymd[0])
    elif kind in WHOLE_CELL:
        ok = _whole_cell_shape(kind, v)
    else:
        from .idlabels import FAMILIES, _shapes, id_shaped

        # as written, or without its separators as python-stdnum reads a number ("0000.00.000" of a BSN column)
        compact = SEPARATORS.sub("", v)
        ok = any(rx.fullmatch(v) or rx.fullmatch(compact) for rx, _ in _shapes().get(kind, ()))
        family = next((f for f, (_, kinds) in FAMILIES.items() if kind in kinds), None)
        ok = ok or (family is not None and id_shaped(v, family))  # another country's document of the family
        # a column of many countries' numbers: a passport's or a licence's shape (fewer digits than a number)
        ok = ok or (ids and any(id_shaped(v, f) for f in ("ID", "PASSPORT", "DRIVER")))
    return Finding(s, s + len(v), kind, 0.9, "column_kind") if ok else None


SEPARATORS = re.compile(r"[ .\-/]")

BIRTH_SHARE = 0.9  # a column of birth dates: this share of its cells a whole date of an adult's birth
BIRTH_SPREAD = 10  # ... whose years lie this far apart or more
LIFETIMES_SPREAD = 25  # ... or this far apart, in a table where no column was read as people
DATE_ONLY = re.compile(r"(?i)(?:date|datum|fecha|data|dato|dátum|päivämäärä|ημερομηνία|дата|tarih|tanggal|"
                       r"日期|日付|날짜|תאריך|تاريخ|تاریخ|तारीख|तिथि|তারিখ|தேதி|วันที่)")


@functools.lru_cache(maxsize=4096)
def date_header(header: str) -> bool:
    """A header that says "date" and nothing more: whose date it is, the values say (``births_column``)."""
    return DATE_ONLY.fullmatch(" ".join(header.replace("_", " ").split())) is not None


def whole_date(value: str) -> tuple[int, int, int] | None:
    """``(year, month, day)`` of a cell that is a whole calendar date up to today in any format and script
    (``birthdates.DATE``; a weekday's name may lead it, as CLDR's full formats write); ``(0, 0, 0)`` for a whole date still to come or not a real day; None for anything
    else."""
    from .birthdates import COMPACT, DATE, _compact, parse_date
    from .datetext import ascii_digits

    v = ascii_digits(value.strip())
    m = DATE.search(v) if len(v) <= 64 else None
    if m is None:
        m = COMPACT.fullmatch(v)
        return None if m is None else (_compact(m) or (0, 0, 0))
    rest = v[:m.start()] + v[m.end():]
    if len(rest) > 24 or any(c.isdigit() for c in rest):
        return None  # a date inside other words or numbers is not a cell that is a date ("Thursday, " may lead)
    return parse_date(m) or (0, 0, 0)


def birth_day(ymd: tuple[int, int, int]) -> bool:
    from .birthdates import _adult_born

    return _adult_born(*ymd)


CATEGORY_MIN = 12  # a column of categories: at least this many cells,
CATEGORY_DISTINCT = 12  # ... at most this many distinct values,
CATEGORY_REPEAT = 4  # ... each repeated this often on average,
CATEGORY_LEN = 24  # ... every cell one word of letters this long at most


@functools.lru_cache(maxsize=4096)
def named_header(header: str) -> bool:
    """Whether ``header`` says what its cells are in a way that bars reading them as categories: it names no
    column (``unnamed``), a kind ("Name", "Stadt", "Vorname": the re-scan's labels), a person by their part
    ("Agent" is not one, "assignee" is: ``person_role_key``), or is a bare name or role word."""
    from .rescan_independent import _label_kind

    label = " ".join(header.replace("_", " ").split()).casefold()
    return not label or unnamed(header) or label in BARE_NAME or label in ROLE_KEYS or \
        _label_kind(header) is not None or person_role_key(header)


CONNECTORS = frozenset({"de", "del", "della", "du", "des", "of", "di", "da", "do", "der", "des", "van", "the"})
THING_SHARE = 0.5
SHORT_SHARE = 0.8  # ... and this share of them short labels, not sentences
SENTENCE = re.compile(r"[.!?。！？]\s*$|[,;:]\s")
# an English word this common as a name somewhere is a surname first ("White", "Stone", "Young", "Brown")
THING_NAME_RANK = 500  # a column is of things when this share of its short non-empty cells hold a thing's word
THING_WORD = re.compile(r"[^\W\d_]{3,}")


def thing_cell(value: str) -> bool:
    """Whether a cell reads as a thing's name: a word with a digit ("30L", "X200") or an ordinary English word
    that is no common given name or surname ("Lamp", "Machine", "Jacket"; not "Rose", "White", "Stone", which
    some country ranks among its ``THING_NAME_RANK`` most common names); or whose last word is a WordNet noun
    no country ranks that common ("Victoria Kettle", "Oscar Sofa": "Kettle" and "Sofa" are surnames somewhere,
    too rare for ``is_english``, but a thing's name ends in what the thing is)."""
    from .names import _wordnet, gazetteer, is_english

    if any(any(c.isdigit() for c in w) and any(c.isalpha() for c in w) for w in value.split()):
        return True
    g = gazetteer()
    words = THING_WORD.findall(value)
    if len(words) >= 2 and words[-1].casefold() in _wordnet()[0] and not 0 < g.best(words[-1]) <= THING_NAME_RANK:
        return True
    if any(is_english(w) and not 0 < g.best(w) <= THING_NAME_RANK for w in words):
        return True
    return len(words) >= 2 and any(lower_thing_word(w) for w in words[1:])


THING_LOWER_LEN = 5  # a name's particles ("van", "der", "von", "dos", "bint") are shorter


def lower_thing_word(word: str) -> bool:
    """A word after a cell's first, written in lower case, at least ``THING_LOWER_LEN`` letters, that is an
    ordinary word of some language (dictwords.py, wordfreq) and no country's common name: what a catalogue's
    "Brand goods" cell says the thing is ("Miele mosógép", "Dyson пылесос", "Bosch lavadora"), in any language
    (``is_english`` reads English only). A person's cell holds names and particles, not such words."""
    from .dictwords import ordinary_in
    from .names import gazetteer

    return len(word) >= THING_LOWER_LEN and word.islower() and bool(ordinary_in(word)) and \
        not 0 < gazetteer().best(word) <= THING_NAME_RANK


BARE_DIGITS = re.compile(r"\d{8,15}")
PHONE_CHANCE_CELLS = 20
PHONE_CHANCE_TAIL = 0.01
PHONE_CHANCE_DRAWS = 2000


def strictly_valid_phone(digits: str) -> bool:
    """Whether bare ``digits`` are a valid number (phonenumbers' ``is_valid_number``, read as the phone pattern
    reads a number without its country code: North American), not merely one of a possible length."""
    import phonenumbers

    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(digits, "US"))
    except phonenumbers.NumberParseException:
        return False


@functools.lru_cache(maxsize=None)
def phone_chance_rate(length: int) -> float:
    """The share of random digit strings of ``length`` (a fixed-seed sample) that ``strictly_valid_phone``
    accepts, at least one counted."""
    import random

    rng = random.Random(zlib.crc32(f"phone\x00{length}".encode()))
    ok = sum(strictly_valid_phone("".join(rng.choice("0123456789") for _ in range(length)))
             for _ in range(PHONE_CHANCE_DRAWS))
    return max(ok, 1) / PHONE_CHANCE_DRAWS


@functools.lru_cache(maxsize=4096)
def phone_header(header: str) -> bool:
    """Whether ``header`` names a phone (or a card), in one of our users' languages (``fields.CONTEXT_KEY``)."""
    from .fields import CONTEXT_KEY

    return bool(CONTEXT_KEY.search(header))


@functools.lru_cache(maxsize=4096)
def reference_header(header: str) -> bool:
    """Whether ``header`` is a shop's reference label in one of our users' languages ("Order no.", "Bestellnr.",
    "Nr zamówienia", "Номер заказа": ``fields`` reads a value after it as the reference it is)."""
    from .fields import REFERENCE_KEY, _shop_reference

    return bool(REFERENCE_KEY.search(header)) or _shop_reference(header)


MAKER = re.compile(r"[^\W\d_][\w'’&.-]*")


def makers(slots: list, texts: list[str]) -> list[tuple[int, int]]:
    """The cells of one record that name a thing's maker: a cell of one capitalised word (a brand with no legal
    form: "Dyson", "Nokia", "Philips") that is the first word of another cell of the record that reads as a
    thing (``thing_cell``: "Dyson пылесос", "Nokia perilica rublja"), and that thing's cell. As ``(slot index,
    end of the maker's word in that cell)``: the maker's own cell whole, the thing's cell up to its first word.
    A person's row repeats a name too ({"first": "Anna", "name": "Anna Kovács"}), but its other cell is a
    name, not a thing."""
    one: dict[str, list[int]] = {}
    for i, (x, t) in enumerate(zip(slots, texts)):
        v = t.strip() if x.kind == "text" and t else ""
        if v and len(v) <= 40 and MAKER.fullmatch(v) and v[0].isupper():
            one.setdefault(v, []).append(i)
    if not one:
        return []
    out: list[tuple[int, int]] = []
    for j, (x, t) in enumerate(zip(slots, texts)):
        if x.kind != "text" or not t or len(t) > 200:
            continue
        m = MAKER.match(t.lstrip())
        if m is None or m.group() not in one or m.end() == len(t.lstrip()) or \
                not (thing_cell(t) or described(t.lstrip()[m.end():])):
            continue
        off = len(t) - len(t.lstrip())
        out.append((j, off + m.end()))
        out += [(i, len(texts[i])) for i in one[m.group()] if i != j]
    return out


def described(rest: str) -> bool:
    """Whether the words after a maker's name say what the thing is, in any language, though no dictionary
    knows them ("kávéfőző", "kifyonza vumbi", "Bohrmaschine"): lower-case words, one at least
    ``THING_LOWER_LEN`` letters long and no common name; or a capitalised compound of eight letters or more
    that no country has as a name at all (a German noun). A person's name after a given name is capitalised
    and a name."""
    from .names import gazetteer

    words = THING_WORD.findall(rest)
    if not words or len(words) > 6:
        return False
    g = gazetteer()
    if all(w.islower() for w in words):
        return any(len(w) >= THING_LOWER_LEN and not 0 < g.best(w) <= THING_NAME_RANK for w in words)
    return len(words) == 1 and len(words[0]) >= 8 and words[0][0].isupper() and g.best(words[0]) == 0


# a column's name that names nothing: a headerless CSV's ``column_3`` (datastream.COLUMN), a dataframe's
# ``Unnamed: 2``, ``c4``, ``col_5``, ``field3``
UNNAMED = re.compile(r"(?i)(?:column|col|c|field|f|var|attr|unnamed:?)[ _-]?\d{1,4}")


@functools.lru_cache(maxsize=4096)
def unnamed(header: str) -> bool:
    """Whether ``header`` names nothing (``UNNAMED``): its cells are judged by their values alone, as a column
    under a bare "name" header is, so a headerless column of products named like people ("Aurora Rug",
    "Victoria Kettle") is told from one of people by the share of things' words (``of_things``)."""
    return UNNAMED.fullmatch(header.strip()) is not None


@functools.lru_cache(maxsize=4096)
def thing_header(header: str) -> bool:
    """A header under which things are named as often as people: a bare name word ("name", "title", "label",
    "Bezeichnung") or one of a thing's ("product", "item_name", "Produktname", "article")."""
    from .fields import NAME_KEY, PARENT_WORDS, REFERENCE_KEY

    label = " ".join(header.replace("_", " ").split()).casefold()
    if label in BARE_NAME or NAME_KEY.fullmatch(header.strip()) or REFERENCE_KEY.fullmatch(header.strip()):
        return True
    words = [w.casefold() for w in PARENT_WORDS.findall(header) if w.casefold() not in CONNECTORS]
    return bool(words) and any(_thing_word(w) for w in words) and \
        all(_thing_word(w) or w in BARE_NAME or NAME_KEY.fullmatch(w) for w in words)


def _thing_word(word: str) -> bool:
    """A thing's word (``fields.THING_PARENT``), in the plural too: a list's key names its items ("items",
    "products", "stores", "categories"): "items name" is an item's name."""
    from .fields import THING_PARENT

    w = word.casefold()
    return any(THING_PARENT.fullmatch(x) is not None for x in
               (w, w[:-3] + "y" if w.endswith("ies") else w[:-1] if w.endswith("s") else w))


# keys whose text is a caption, a label or a title of a thing ({"label": "Summer Sale"}, {"title": "Paper Tray"}):
# a value there read as a person by its look alone ("a line that is only two capitalised words") is that caption
CAPTION_KEYS = frozenset({"label", "title", "caption", "heading", "headline", "subtitle", "banner", "tagline",
                          "campaign", "promotion", "promo", "slogan", "display name", "display label"})


def caption_key(header: str) -> bool:
    """Whether ``header`` is a caption's or a thing's label or title (``CAPTION_KEYS``), not a person's name."""
    return " ".join(header.replace("_", " ").split()).casefold() in CAPTION_KEYS


def caption_cell(context: str, text: str) -> bool:
    """Whether ``text`` is a short thing's caption under a caption's key ({"label": "Summer Sale"}): the scrub keeps
    its words read by their look (``by_look``), and the re-scan does not count them as left (gate.py, both)."""
    return bool(context) and caption_key(context) and thing_cell(text)


def by_look(f: Finding) -> bool:
    """Whether ``f`` is a PERSON read by a word's look alone (NER, the name list, a line of capitalised words, or
    that same word found again elsewhere): what a caption's words are read as, not a name a context gives."""
    from .wordcolumns import _look_only

    return f.entity == "PERSON" and (f.source in _look_only() or f.source.startswith("spacy_ner") or
                                     f.source == "name_lists")  # (the re-scan's gazetteer reading)


@functools.lru_cache(maxsize=4096)
def thing_label(header: str) -> bool:
    """A header or key path that names a thing's name in so many words ("product name", "item_name", "carrier
    name", "Produktname"): ``thing_header`` with a thing's word in it, not a bare "name". A cell there that reads
    as a thing ("Victoria Kettle", ``thing_cell``) is the thing's name, not a person's, whatever one word of it
    is; a person's name there ("Dana White") stays one."""
    from .fields import PARENT_WORDS

    if not thing_header(header):
        return False
    return any(_thing_word(w) for w in PARENT_WORDS.findall(header))


# kinds whose column takes a cell whole by its shape (``column_finding``), even where the detector read a part
WHOLE_CELL = frozenset({"PERSON", "LOCATION", "STREET_ADDRESS"})
STREET_CELL = re.compile(r"(?=.*\d)(?=.*[^\W\d_])[^@\n]{3,100}")


def name_cell_ordinary(word: str) -> bool:
    """Whether a word of a cell in a column of names is an ordinary word, not a name: ``_ordinary``, except a
    short word of letters outside ASCII ("Ян", "Ли", "Ōe"): in a column of names a two-letter Cyrillic or Greek
    word is a name; "NA", "no", "xx" stay placeholders."""
    from .recognizers import _is_common
    from .rescan_independent import _ordinary

    w = word.strip(".,'’")
    if len(w) <= 2 and w.isalpha() and not w.isascii():
        return _is_common(w)  # a stop word ("на", "и") is still one
    return _ordinary(word)


def _whole_cell_shape(kind: str, v: str) -> bool:
    """A person's name (2-6 words of letters, "SURNAME, Given" included), a place's name (1-4 words, no digit)
    or a street address (a number and letters, up to 10 words) that is not ordinary words only ("n/a",
    "unknown", "Customer Service"; a cell of names: ``name_cell_ordinary``)."""
    from .rescan_independent import PERSON_VALUE, PLACE_VALUE, _ordinary

    words = v.replace(",", " ").split()
    if not words or all((name_cell_ordinary if kind == "PERSON" else _ordinary)(w) for w in words):
        return False
    if kind == "STREET_ADDRESS":  # a house number and a street's name, in any script or order ("289 山本 Street")
        return len(words) <= 10 and STREET_CELL.fullmatch(v) is not None
    if kind == "PERSON":
        return len(v) <= 70 and PERSON_VALUE.fullmatch(v) is not None
    # a script's vowel signs and viramas are marks, not word characters to a pattern ("अखनूर", "ขอนแก่น"):
    # the shape is read without them
    bare = "".join(c for c in v if not unicodedata.category(c).startswith("M"))
    return len(words) <= 4 and len(v) <= 60 and not any(c.isdigit() for c in v) and "@" not in v and \
        bool(bare) and PLACE_VALUE.fullmatch(bare) is not None
