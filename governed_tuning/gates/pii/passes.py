"""The PII gate's passes over one batch of records: what every engine (local loop, Ray Data) is built from.

A scrub needs one thing known about the whole dataset before any record is changed: the values found anywhere
(a name confirmed in one record is scrubbed in every record; an email found once is found again everywhere).
So there are two passes, and each works on a batch alone:

1. ``detect_batch(gate, records) -> (findings, DatasetState)``: the detector's findings per record and slot
   (positions and kinds only, PII-free: an engine may keep them, spool them to disk or ship them between
   workers) and the batch's share of the dataset-wide state.
2. ``merge(states)`` in input order, then ``state.finish()``: the dataset-wide state, the same for every batch.
3. ``scrub_batch(gate, records, findings, state, ...) -> Scrubbed``: the batch's records as written to the copy
   (dropped and refused ones left out), its counts, and what the re-scan reads.
4. ``rescan_batch(gate, scrubbed, state) -> Residual``: the re-scan of the batch's copy, with the rounds that
   scrub what it found (``scrubbed.records`` are changed in place), as counts and positions.

Nothing in a batch's result depends on another batch except through ``DatasetState``, so the records and the
evidence do not depend on how the dataset is cut into batches (the detector caches segments; only the counts of
segments sent to NER can move when its cache is full). ``DatasetState`` holds the values found (PII: in memory
only, never written) and is about as big as the dataset's distinct personal values, not as the dataset.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from . import columns, jsondocs
from . import fields as pf
from .collector import collecting_less
from .columns import WHOLE_CELL, ColumnVotes, column_finding
from .identifiers import ID_KINDS
from .engine import resolve
from .intervals import Intervals
from .recognizers import Finding
from .keypaths import PathVotes
from .known import KnownValues, Lexicon, TupleLexicon
from .namevotes import NameVotes
from .rescan_independent import SUSPECTED
from .spans import RemovedSpan
from .wordcolumns import plain_reading

if TYPE_CHECKING:  # pragma: no cover
    from .gate import Item, PiiGate

# findings of one record: per slot (in ``fields.slots(record, None)`` order), the detector's findings
RecordFindings = list[list[Finding]]


class DatasetState:
    """What pass 1 learns about the whole dataset and pass 2 needs: the values found (``known``: emails, numbers
    by digits, other values verbatim, and after ``finish`` the words of confirmed names), the words of names
    found with confidence (``strong_names``), full names for URL matching (``full_names``), keys found to hold
    personal data (``personal_keys``) and the number of records seen. Merge in input order (a value found as
    two kinds keeps the later kind, as one pass over the file would).

    Each part is a ``known.Lexicon``: in memory up to ``spill_at`` entries, then in a private temporary SQLite
    database (unlinked as it is opened), so a dataset of tens of millions of records costs a bounded amount of
    memory here, not ~160 bytes per distinct value. ``close()`` forgets the values."""

    def __init__(self, records: int = 0, spill_at: int | None = None):
        self.spill_at = spill_at
        self.known = KnownValues(spill_at)
        self.strong_names = Lexicon("exact", spill_at)  # name word -> "PERSON"
        self.full_names = TupleLexicon(None, spill_at)  # casefolded words of a full name -> entity
        self.personal_keys = Lexicon(None, spill_at)
        self.records = records
        self.finished = False
        self.closed = False
        self.joined = Lexicon(None, spill_at)  # full names run together, made by finish()
        self.columns = ColumnVotes()  # per top-level field, how many values were found whole as each kind
        self.paths = PathVotes()  # per nested key path across records (``contacts[]``): is it one of names?
        self.votes = NameVotes()  # per candidate name word (a digest), the records' votes for and against a name
        self.withheld = 0  # confirmed name words the vote kept from spreading (set by finish())

    def merge(self, later: DatasetState) -> DatasetState:
        """Add ``later`` (the state of batches after this one's) into this state; returns self."""
        if self.finished or later.finished:
            raise ValueError("merge partial states before finish()")
        self.known.merge(later.known)
        self.strong_names.update(later.strong_names, replace=False)
        self.full_names.update(later.full_names)
        self.personal_keys.update(later.personal_keys, replace=False)
        self.columns.merge(later.columns)
        self.paths.merge(later.paths)
        self.votes.merge(later.votes)
        self.records += later.records
        return self

    def finish(self) -> DatasetState:
        """The confirmed names' words that win the dataset-wide vote (``namevotes.py``) join the known values
        (after every batch is merged); returns self. A word that loses is scrubbed only in the records where it
        was read as a person."""
        if not self.finished:
            if self.votes:
                kept = Lexicon("exact", self.spill_at)
                kept.update((w, e) for w, e in self.strong_names.items() if self.votes.spreads(w))
                self.withheld = len(self.strong_names) - len(kept)
                if self.withheld:
                    self.strong_names.close()
                    self.strong_names = kept
            if self.known.words:
                self.known.add_name_words(self.strong_names)
            else:  # the usual case: the confirmed names are the known name words (one copy, not two)
                self.known.words = self.strong_names
            self.joined.update(("".join(k), v) for k, v in self.full_names.items())
            self.known.names_not_spread = self.withheld  # (a count, for the evidence: the gate holds `known`)
            self.finished = True
        return self

    def holds_name(self, name: str) -> bool:
        """Whether the dataset holds ``name``: a full name found in it, or a lone word that is a confirmed name
        (the surrogate generator draws again rather than write a real person's name for someone else)."""
        words = tuple(w.casefold() for w in name.split())
        if self.closed:  # the values are forgotten; nothing is held any more
            return False
        if len(words) >= 2:
            return words in self.full_names
        return bool(words) and name.strip() in self.strong_names

    def sizes(self) -> dict[str, int]:
        """How many entries each part holds."""
        k = self.known
        return {"name_words": len(self.strong_names), "emails": len(k.emails), "numbers": len(k.digits),
                "texts": len(k.texts), "full_names": len(self.full_names), "personal_keys": len(self.personal_keys)}

    def spilled(self) -> bool:
        """Whether any part has moved to disk."""
        return any(x.spilled for x in (self.strong_names, self.full_names, self.personal_keys, self.joined,
                                      self.known.emails, self.known.digits, self.known.texts, self.known.words))

    def close(self) -> None:
        """Forget every value (a spilled part's temporary database is deleted)."""
        self.closed = True
        for x in (self.strong_names, self.full_names, self.personal_keys, self.joined):
            x.close()
        self.known.close()


def merge(states: Iterable[DatasetState]) -> DatasetState:
    """The dataset-wide state from the batches' states, given in input order (then ``finish()`` it)."""
    out = DatasetState()
    for s in states:
        out.merge(s)
    return out


# --------------------------------------------------------------------------- pass 1


@collecting_less
def detect_batch(gate: PiiGate, records: list[dict[str, Any]]) -> tuple[list[RecordFindings], DatasetState]:
    """Pass 1 on a batch: the detector's findings per record and slot, and the batch's share of the state.

    Every place of every record is read (keys, text, numbers under personal keys; fields outside ``--fields``
    too, for the re-scan). This is the slow part (NER): engines batch it, and keep the findings for pass 2."""
    scrubber = gate.scrubber
    state = DatasetState(records=len(records))
    records, _ = decoded(records)  # a cell holding a JSON document is read as the record it is
    slots = [pf.slots(r, None) for r in records]
    flat = [sl for sll in slots for sl in sll]
    texts = [_slot_text(r, sl) for r, sll in zip(records, slots) for sl in sll]
    found = gate._detect(flat, texts)
    # an integer in a column with no name is read by its column only (below, and scrub_batch): alone, a number
    # passes one of many checksums by chance
    found = [[] if sl.kind == "number" and not sl.context else fs for sl, fs in zip(flat, found)]
    if "PERSON" in scrubber.entities:
        state.strong_names |= scrubber.names_in(texts, found, strong_only=True)
        pos = 0
        for sll in slots:  # each record votes on the words read as names here and elsewhere (namevotes.py)
            n = len(sll)
            state.votes.add_record(texts[pos:pos + n], found[pos:pos + n])
            pos += n
    for sl, t, fs in zip(flat, texts, found):
        if fs and sl.kind == "key":
            state.personal_keys.add(t)
        if sl.kind == "text" and len(sl.path) == 1:
            state.columns.add(sl.field, t, fs)
        elif sl.kind == "text":  # a nested value: its key path across records is a column too (keypaths.py)
            state.paths.add(sl.path, t, fs, sl.context)
        elif sl.kind == "number" and len(sl.path) == 1 and columns.unnamed(sl.field):
            # a column of integers with no name: its phones in international form vote for it (fields.self_evident)
            whole = fs or ([Finding(0, len(t), "PHONE_NUMBER", 0.9, "number_column")]
                           if pf.self_evident(int(t)) == "phone" else [])
            state.columns.add(pf.NUMBER_COLUMN.format(sl.field), t, whole)
        for f in fs:
            value = t[f.start:f.end]
            state.known.add(f.entity, value)
            words = tuple(w.casefold() for w in value.split())
            if f.entity == "PERSON" and len(words) >= 2:
                state.full_names[words] = "PERSON"
    out, pos = [], 0
    for sll in slots:
        out.append(found[pos:pos + len(sll)])
        pos += len(sll)
    return out, state


# --------------------------------------------------------------------------- pass 2: scrub


@dataclass
class Scrubbed:
    """A batch after pass 2: ``records`` as written to the copy, ``kept[i]`` the input index (within the batch)
    of ``records[i]``, ``dropped`` the batch indices of records dropped or refused, the counts, the re-scan's
    ``items`` (``Item.record`` indexes ``records``) and ``places_off`` (indices into ``records`` whose places the
    policy does not target)."""

    records: list[dict[str, Any]]
    kept: list[int]
    dropped: list[int]
    items: list[Item]
    by_type: Counter
    by_field: dict[str, Counter]
    changed: int = 0
    refused: int = 0
    nulled: int = 0  # integers in typed columns left empty: a placeholder cannot stand there
    by_column: int = 0  # cells of a column of names taken whole by their column (``_name_columns``)
    places_off: set[int] = field(default_factory=set)
    # the indices into ``records`` of those that hold JSON documents in their strings (``jsondocs``): the
    # documents stay decoded through the re-scan's rounds, and ``encode_json_cells`` writes them back as text
    json_cells: dict[int, bool] = field(default_factory=dict)


@collecting_less
def scrub_batch(gate: PiiGate, records: list[dict[str, Any]], findings: list[RecordFindings], state: DatasetState,
                fields: list[str] | None = None, typed: bool = False,
                on_record: Callable[[int, list[tuple[str, str]]], None] | None = None) -> Scrubbed:
    """Pass 2 on a batch: every record scrubbed with the dataset-wide ``state`` (finished); only keys and the
    places under ``fields`` are changed. ``typed``: the copy's format has column types (a number cannot become
    a placeholder there; such a value is left empty, null). The input records are never changed. ``on_record(j,
    [(kind, value), ...])``: every finding of batch record ``j`` as scrubbed (for the subject index, which
    tokenises the values at once; they are not kept)."""
    from .gate import Item, _deep_copy_texts, _set

    if not state.finished:
        raise ValueError("scrub_batch needs the finished dataset-wide state (merge(...).finish())")
    scrubber = gate.scrubber
    known = state.known
    if scrubber.surrogates is not None:
        scrubber.surrogates.taken = state.holds_name
    out = Scrubbed([], [], [], [], Counter(), {})
    records, cells = decoded(records)
    for j, (rec, rfound) in enumerate(zip(records, findings)):
        sl = pf.slots(rec, None)
        rtexts = [_slot_text(rec, x) for x in sl]
        rfound = scrubber.propagate(rtexts, rfound, state.strong_names)
        # values found elsewhere add spans the detector missed here; where it found something itself, its
        # reading (and its type: "magnus lundin" is a person even if "Magnus" was read as a place elsewhere) stands
        rfound = [_add_known(scrubber, known, state, t, fs) if t else fs for t, fs in zip(rtexts, rfound)]
        # a thing's name under a thing's key ({"product": {"name": "Oscar Sofa"}}) takes no person from elsewhere
        # either: the detector's own reading was dropped there (gate._detect), the dataset's names must not return it
        # and the re-scan takes no person left there (``Slot.thing``)
        for i, (x, t) in enumerate(zip(sl, rtexts)):
            if x.kind == "text" and x.context and t and columns.thing_label(x.context) and columns.thing_cell(t):
                rfound[i] = [f for f in rfound[i] if f.entity != "PERSON"]
                sl[i] = replace(x, thing=True)
        # a catalogue's row: a cell of one word that opens another cell of the row naming a thing ("Brand":
        # "Dyson", "Product": "Dyson пылесос") is the thing's maker, no person and no place, in both cells
        for i, first_word in columns.makers(sl, rtexts):
            rfound[i] = [f for f in rfound[i] if f.entity not in ("PERSON", "LOCATION") or f.start >= first_word]
            sl[i] = replace(sl[i], thing=True)
        if state.columns.cells or state.columns.lone or state.columns.plain:  # things, categories, words: no person
            for i, x in enumerate(sl):
                if x.kind == "text" and len(x.path) == 1 and (state.columns.of_things(x.field) or
                                                               state.columns.categories(x.field)):
                    rfound[i] = [f for f in rfound[i] if f.entity != "PERSON"]
                    sl[i] = replace(x, context="", thing=True)
                elif x.kind == "text" and len(x.path) == 1 and state.columns.ordinary_column(x.field):
                    # a column of words (colours, categories, trades, months): a reading by a word's look alone of
                    # ordinary words is no person ("Koralle", "Glauben", "Fleischer"; wordcolumns.py)
                    rfound[i] = [f for f in rfound[i] if not plain_reading(rtexts[i], f)]
                    sl[i] = replace(x, words=True)
        # a column of bare numbers as valid as random digits ("Bestell-ID": 7893373367) holds no phones: the phone
        # pattern's reading of such a whole cell by its shape alone is dropped (columns.phones_at_chance)
        at_chance: set[int] = set()  # (nor is the column's kind, read from the same readings, taken there below)
        if state.columns.bare:
            for i, (x, t) in enumerate(zip(sl, rtexts)):
                if x.kind == "text" and len(x.path) == 1 and t and state.columns.phones_at_chance(x.field, t):
                    rfound[i] = [f for f in rfound[i] if f.entity != "PHONE_NUMBER"]
                    at_chance.add(i)
        for i, x in enumerate(sl):
            # a cell of a column of towns ("store": "Nowy Dwór Mazowiecki", "Abbekerk") is a place, not a person:
            # the detector read a third of a catalogue's store towns as people, and a record with a "person" in it
            # had its places targeted (a clean catalogue was blocked); the column's LOCATION reading stands below
            if x.kind == "text" and len(x.path) == 1 and rfound[i] and not x.thing and \
                    state.columns.places_not_people(x.field):
                rfound[i] = [f for f in rfound[i] if f.entity != "PERSON"]
        rfound = scrubber.places_in_context(rtexts, rfound)
        if "PERSON" in scrubber.entities:
            rfound, taken = _name_columns(state, sl, rtexts, rfound)
            out.by_column += taken
        # an unlabelled column of one kind: its other values of that kind's shape are of it (columns.py)
        # (a column of names or towns: a cell of a name's or a place's shape the detector read only in part, or
        # not at all, is taken whole: "Lennart Lundström" with only "Lennart" found left the surname)
        for i, (x, t) in enumerate(zip(sl, rtexts)):
            if x.kind == "number" and len(x.path) == 1 and not rfound[i] and state.columns.checks.fit:
                # a column of integers with no name that pass one kind's check far above chance (checkrate.py) is
                # of that kind: 30 Portuguese NIFs stored as integers in a Parquet column "c2" were kept whole
                kind = state.columns.checks.kind(pf.NUMBER_COLUMN.format(x.field))
                f = column_finding(kind, t) if kind in scrubber.entities else None
                if f is not None:
                    rfound[i] = [f]
                    continue
            if x.kind == "number" and len(x.path) == 1 and not rfound[i] and columns.unnamed(x.field):
                # an unnamed column of integers many of which are phones (PHONE_SHARE): its other integers of
                # a phone's length are phones written without their country code
                if "PHONE_NUMBER" in scrubber.entities and state.columns.phones_column(pf.NUMBER_COLUMN.format(x.field)):
                    f = column_finding("PHONE_NUMBER", t)
                    rfound[i] = [f] if f is not None else []
                continue
            if x.kind == "text" and len(x.path) == 1 and t:
                v = t.strip()
                if v.isdigit() and any(f.entity in ID_KINDS for f in rfound[i]):
                    # a cell that is one number read by an identifier's check alone (bare, or as a value known
                    # from such a reading elsewhere) in a column whose numbers pass it no more often than random
                    # ones (columns.at_chance: an export's order numbers) is chance, as the re-scan judges it too
                    s0 = t.find(v)
                    rfound[i] = [f for f in rfound[i] if not (
                        f.entity in ID_KINDS and f.start <= s0 and f.end >= s0 + len(v)
                        and state.columns.at_chance(x.field, f.entity, v))]
                if i in at_chance:
                    # a phone's reading at chance: nor is the column's kind taken, voted from those same readings
                    # (precision9); but a kind its cells' checks pass far above chance (checkrate.py) stands:
                    # ten-digit national numbers are phones at chance too, and columns of 30 UK NHS, Swedish or
                    # Danish numbers were kept whole (pii_ids7 seed 77 columns: 51 -> 335 of 1200 left)
                    kind = state.columns.checks.kind(x.field)
                    if kind is None or kind not in scrubber.entities:
                        continue
                else:
                    kind = state.columns.column_kind(x.field, scrubber.entities)
                if (x.thing or x.words) and kind == "PERSON":
                    continue  # a thing's name holds no person, nor a column of words; a store's town is still a town
                if kind == "LOCATION" and not scrubber.places_targeted(rfound):
                    continue  # a town in a record that names no one (``locations: with_person``): a store's town
                if kind == "LOCATION" and "LOCATION" in scrubber.entities and state.columns.towns_column(x.field):
                    sl[i] = replace(x, typed="LOCATION")  # a town of it left whole is a town left (the re-scan)
                found = rfound[i]
                if found and all(f.entity != kind and f.source.endswith("_unlabelled") for f in found):
                    found = []  # a bare number's reading as another kind yields to the column's ("536228799" in SSNs)
                if kind not in scrubber.entities or (found and (kind not in WHOLE_CELL or any(
                        f.entity != kind for f in found))) or (kind in WHOLE_CELL and not state.columns.varied(x.field)):
                    continue
                f = column_finding(kind, t, state.columns.ids_column(x.field))
                if f is not None and not any(g.start <= f.start and g.end >= f.end for g in found):
                    rfound[i] = [f]
        if on_record is not None and any(rfound):
            on_record(j, [(f.entity, t[f.start:f.end]) for t, fs in zip(rtexts, rfound) for f in fs])
        places_on = scrubber.places_targeted(rfound)
        chosen = [fields is None or x.kind == "key" or x.field in fields for x in sl]
        if not any(fs and c for fs, c in zip(rfound, chosen)):
            out.records.append(rec)
            out.kept.append(j)
            n = len(out.records) - 1
            if cells[j]:
                out.json_cells[n] = True
            out.items += [Item(n, x, t, [], None, fs, c) for x, t, fs, c in zip(sl, rtexts, rfound, chosen)]
            if not places_on:
                out.places_off.add(n)
            continue
        new = _deep_copy_texts(rec)
        drop = refuse = False
        aliases = scrubber.person_aliases(rtexts, rfound)
        renames, rec_items = [], []
        counts: Counter = Counter()
        for x, t, fs, c in zip(sl, rtexts, rfound, chosen):
            if not fs or not c:
                rec_items.append(Item(0, x, t, [], None, fs, c))
                continue
            for f in fs:
                counts[(x.field, f.entity)] += 1
            nt, d, written = scrubber.anonymise_spans(t, fs, aliases if x.kind == "text" else None)
            drop |= d
            rec_items.append(Item(0, x, nt, written, t))
            if x.kind == "key":
                renames.append((x.path, nt))
            elif x.kind == "number":  # (inside a JSON document the document is text: a placeholder stands there)
                v = pf.number_value(pf.get(rec, x.path), nt, typed and not jsondocs.inside_document(rec, x.path))
                out.nulled += v is None
                _set(new, x.path, v)
            elif x.kind == "date":  # a typed date column cannot hold a placeholder: the birth date is left empty
                out.nulled += typed
                _set(new, x.path, None if typed else nt)
            else:
                _set(new, x.path, nt)
        # the counts are of what was found in every record the scrub touched, dropped ones included
        for (fld, ent), k in counts.items():
            out.by_type[ent] += k
            out.by_field.setdefault(fld, Counter())[ent] += k
        moved = []
        for path, nt in sorted(renames, key=lambda r: -len(r[0])):  # deepest first: outer paths stay valid
            ok = not (typed and len(path) > 1 and not jsondocs.inside_document(new, path)) and \
                pf.set_key(new, path, nt)
            refuse |= not ok
            if ok and nt != path[-1]:
                moved.append((path, nt))
        if moved:  # the places under a renamed key are found under its new name (the re-scan's rounds write there)
            rec_items = [_renamed_item(it, moved) for it in rec_items]
        if drop or refuse:
            out.dropped.append(j)
            out.refused += refuse and not drop
            continue
        out.changed += 1
        out.records.append(new)
        out.kept.append(j)
        n = len(out.records) - 1
        if cells[j]:
            out.json_cells[n] = True
        if not places_on:
            out.places_off.add(n)
        out.items += [Item(n, it.slot, it.text, it.written, it.source, it.found, it.chosen) for it in rec_items]
    return out


# --------------------------------------------------------------------------- JSON documents in records


def decoded(records: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[bool]]:
    """``records`` with the JSON documents their strings hold decoded at any depth (``jsondocs``: a copy along
    the paths that changed; the input is not changed), and per record whether it held any. Pass 1 and pass 2
    decode alike, so their slots agree."""
    out, held = [], []
    for r in records:
        d, any_doc = jsondocs.decode_record(r)
        out.append(d)
        held.append(any_doc)
    return out, held


def encode_json_cells(records: list[dict[str, Any]], cells: dict[int, Any]) -> None:
    """Write the decoded JSON documents of ``records[n]`` (``n`` in ``cells``) back as JSON text, in place: each
    as it was when nothing in it changed, else the scrubbed document in its text's own style."""
    for n in cells:
        jsondocs.encode(records[n])


def _name_columns(state: DatasetState, sl: list[pf.Slot], texts: list[str],
                  rfound: RecordFindings) -> tuple[RecordFindings, int]:
    """A record's cells in a column of names (a top-level column, or a nested key path across records, that most
    of its values type as people: ``ColumnVotes.column_kind``, ``PathVotes.people_path``) are names whole: a cell
    the detector read nothing in, or only part of as a person ("ហេង ស្រីនាង", "Javion", "SEVER, Terezija"), is
    taken whole when it has a name's shape (``columns.column_finding``). Each such slot is marked ``typed`` (in
    ``sl``, in place), so the re-scan reports a cell of it left unscrubbed whatever the detector reads there.
    Returns the findings and how many cells were taken whole so."""
    out, taken = rfound, 0
    for i, (x, t) in enumerate(zip(sl, texts)):
        if x.kind != "text" or not t or x.thing:
            continue
        if len(x.path) == 1:
            names = state.columns.column_kind(x.field, {"PERSON"}) == "PERSON" and state.columns.varied(x.field) \
                and not state.columns.of_things(x.field) and not state.columns.categories(x.field) \
                and not state.columns.ordinary_column(x.field)
        else:
            names = state.paths.people_path(x.path)
        if not names:
            continue
        sl[i] = replace(x, typed="PERSON")
        fs = rfound[i]
        if any(f.entity != "PERSON" for f in fs):
            continue  # another kind read here (a place, an e-mail): the detector's reading stands
        f = column_finding("PERSON", t)
        if f is not None and not any(g.start <= f.start and g.end >= f.end for g in fs):
            if out is rfound:
                out = list(rfound)
            out[i] = [f]
            taken += 1
    return out, taken


def _renamed_item(it: Item, moved: list[tuple[tuple, str]]) -> Item:
    """``it`` with its slot's path following the keys renamed in its record (``moved``: deepest first). Else a
    re-scan round that scrubs a value under a renamed key wrote it under the old name: a new key holding the
    personal data the rename removed (a CSV header that was a person's address came back as an extra column)."""

    path = it.slot.path
    for old, nt in moved:
        if path[:len(old)] == old:
            path = old[:-1] + (nt,) + path[len(old):]
    return it if path == it.slot.path else replace(it, slot=replace(it.slot, path=path))


def _add_known(scrubber, known: KnownValues, state: DatasetState, text: str, fs: list[Finding]) -> list[Finding]:
    fs = widen_to_full_names(text, fs, state.full_names) if state.full_names else fs
    taken = Intervals(fs)
    return resolve(fs + [f for f in scrubber.find_known(known, text) + pf.url_name_findings(text, state.full_names, state.joined)
                         if f.entity in scrubber.entities and not taken.hits(f.start, f.end)])


NAME_TOKEN = re.compile(r"[^\W\d_](?:[^\W\d_]|[\u0300-\u036f'’.-])*")
FULL_NAME_REACH = 64  # characters read either side of a found name for the rest of a known full name
FULL_NAME_WORDS = 5


def widen_to_full_names(text: str, fs: list[Finding], full_names: Any) -> list[Finding]:
    """``fs`` with each PERSON finding widened to a full name the dataset holds whole (``full_names``: the
    casefolded words of every name found whole, from a person's key or a sentence) where the words beside it
    make that name.

    Why: a sentence is read word by word. "reply to Mai Jane" found "Jane" only ("Mai" is a German month and
    a common word), although {"author": "Mai Jane"} in the same dataset was a name whole; "Mai" was left beside
    the replacement. Local: only the words within ``FULL_NAME_REACH`` characters of the finding, on its line,
    joined by spaces, are read."""
    widened: list[Finding] = []
    # the answer depends only on the characters within reach of the finding: a long record's repeated names
    # (issue 16's 50 MB record) are read once per call
    memo: dict[tuple[str, int, int], tuple[int, int] | None] = {}
    for g in fs:
        if g.entity != "PERSON":
            continue
        lo, hi = max(0, g.start - FULL_NAME_REACH), min(len(text), g.end + FULL_NAME_REACH)
        key = (text[lo:hi], g.start - lo, g.end - lo)
        if key not in memo:
            memo[key] = _widest(key[0], key[1], key[2], full_names)
        rel = memo[key]
        best = None if rel is None else (rel[0] + lo, rel[1] + lo)
        if best is not None and (best[0] < g.start or best[1] > g.end):
            widened.append(Finding(min(best[0], g.start), max(best[1], g.end), "PERSON", max(g.score, 0.9),
                                   "known_full_name"))
    if not widened:
        return fs
    return [g for g in fs if not (g.entity == "PERSON" and any(w.start <= g.start and g.end <= w.end
                                                                for w in widened))] + widened


def _widest(text: str, start: int, end: int, full_names: Any) -> tuple[int, int] | None:
    """The widest run of words of ``text`` (the reach around a finding at ``[start, end)``) that covers the finding
    and is a full name the dataset holds whole, else None (``widen_to_full_names``)."""
    toks = [(m.start(), m.end()) for m in NAME_TOKEN.finditer(text)]
    inner = [i for i, (a, b) in enumerate(toks) if a < end and start < b]
    if not inner:
        return None
    first, last = inner[0], inner[-1]
    best = None
    for i in range(max(0, last - FULL_NAME_WORDS + 1), first + 1):
        for j in range(last, min(len(toks), i + FULL_NAME_WORDS)):
            if j == i or (i == first and j == last and toks[i][0] >= start and toks[j][1] <= end):
                continue  # one word, or no wider than the finding
            gaps = [text[toks[k][1]:toks[k + 1][0]] for k in range(i, j)]
            if any(not gp or gp.strip(" \t") for gp in gaps):
                break  # the words of a name stand side by side, one space or tab apart, on one line
            words = tuple(text[a:b].casefold() for a, b in toks[i:j + 1])
            if full_names.get(words) == "PERSON" and (best is None or toks[j][1] - toks[i][0] > best[1] - best[0]):
                best = (toks[i][0], toks[j][1])
    return best


def _slot_text(rec: dict, sl: pf.Slot) -> str:
    if sl.kind == "key":
        return sl.path[-1]
    v = pf.get(rec, sl.path)
    if sl.kind == "date":
        return pf.date_text(v)
    return v if isinstance(v, str) else str(int(v))


# --------------------------------------------------------------------------- pass 2: re-scan


@dataclass
class Residual:
    """The re-scan of one batch: ``found`` is every leftover (dicts as in the evidence's ``residual_positions``,
    ``record`` indexing the batch's ``Scrubbed.records``, ``field`` the raw field name) in the order the evidence
    lists them, each with its ``depth`` (how many re-scrub rounds changed its place: the evidence lists the
    leftovers of places never re-scrubbed first); the counts by kind re-scrubbed and of artefacts; the rounds."""

    found: list[dict[str, Any]]
    rescrubbed: Counter
    artefacts: Counter
    rounds: int
    repaired: Counter | None = None  # leftovers re-scrubbed, by (why, kind): repairs.py judges which were misses


@collecting_less
def rescan_batch(gate: PiiGate, scrubbed: Scrubbed, state: DatasetState) -> Residual:
    """Re-scan a scrubbed batch (every place of every record), scrub what it finds where the scrub may change it,
    and re-scan those places again, up to ``MAX_ROUNDS``. ``scrubbed.records`` and ``.items`` are updated."""
    from .gate import MAX_ROUNDS

    gate.known = state.known  # the re-scanner searches the dataset's known values
    items = scrubbed.items
    artefacts: Counter = Counter()

    def targeted(res):
        out = []
        for r in res:
            if r["entity"] == "LOCATION" and r["record"] in scrubbed.places_off:
                continue
            if r["entity"] == "PHONE_NUMBER" and r["place"] == "text" and len(r["path"]) == 1 and \
                    state.columns.phones_at_chance(r["field"], items[r["item"]].text):
                artefacts[f"{SUSPECTED}{r['entity']}"] += 1  # a column of numbers valid as phones at chance only
                continue
            # (a known value too: pass 1 took the bare reading before the column's counts were whole, and the
            # dataset's known values brought it back here: 11 of 30 random 9-digit order numbers in a CSV column)
            if (r.get("found_by") == "checksummed_numbers" or r["entity"] in ID_KINDS) and r["place"] == "text" \
                    and len(r["path"]) == 1:
                cell = items[r["item"]].text
                v = cell.strip()
                s = cell.find(v) if v else 0
                if v and r["start"] <= s and r["end"] >= s + len(v) and \
                        state.columns.at_chance(r["field"], r["entity"], v):
                    # a column of numbers that pass this check at chance (columns.at_chance): a weak signal
                    artefacts[f"{SUSPECTED}{r['entity']}"] += 1
                    continue
            out.append(r)
        return out

    residual = targeted(gate.rescan(items, artefacts))
    depth: Counter = Counter()
    rescrubbed: Counter = Counter()
    repaired: Counter = Counter()
    rounds = 1
    while residual and rounds < MAX_ROUNDS:
        changed_items, done, fixed = gate.rescrub(scrubbed.records, items, residual)
        if not changed_items:
            break
        rescrubbed.update(done)
        repaired.update(fixed)
        again = set(changed_items)
        depth.update(again)
        residual = [r for r in residual if r.get("item") not in again] + targeted(
            [dict(r, item=changed_items[r["item"]]) for r in gate.rescan([items[i] for i in changed_items])])
        rounds += 1
    for r in residual:
        r["depth"] = depth[r.pop("item", None)]
    encode_json_cells(scrubbed.records, scrubbed.json_cells)
    return Residual(residual, rescrubbed, artefacts, rounds, repaired)


def removed_spans(scrubbed: Scrubbed, first_in: int, first_out: int,
                  emit: Callable[[RemovedSpan], None]) -> None:
    """Every span written into a text of the batch's copy, by position and kind, with the record's index in the
    input (``first_in``: the batch's first input index) and in the copy (``first_out``)."""
    for it in scrubbed.items:
        if it.slot.kind != "text":
            continue
        for w in it.written:
            emit(RemovedSpan(source=first_in + scrubbed.kept[it.record], record=first_out + it.record,
                             path=tuple(it.slot.path), kind=w.entity, start=w.src_start, end=w.src_end,
                             out_start=w.start, out_end=w.end))
