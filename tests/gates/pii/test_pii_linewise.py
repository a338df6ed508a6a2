"""Patterns searched line by line (``gates/pii/linewise.py``) find exactly what ``finditer`` finds on the whole text:
each pattern that uses it is checked here against the whole-text search, on varied lines whose values stand at a
line's end, at the text's end, before CRLF and blank lines."""

from __future__ import annotations

import random
import re
import zlib

import pytest

from governed_tuning.gates.pii import ages, birthdates, names, recognizers, rescan_independent as ri
from governed_tuning.gates.pii.linewise import DIGIT, finditer_lines

AGE_PATTERNS = ("LABEL", "VERB_AGE", "VERB_UNIT", "VERB_AGE_MONTH", "VERB_UNIT_MONTH")
PATTERNS = {"ages." + n: (getattr(ages, n), DIGIT) for n in AGE_PATTERNS} | {
    "birthdates.DATE": (birthdates.DATE, DIGIT), "names.LOCAL_PART": (names.LOCAL_PART, names.LOCAL_PART_LINE)} | {
    "rescan_independent." + n: (getattr(ri, n), DIGIT)
    for n in ("STREET_EN", "STREET_SUFFIX", "STREET_HU", "STREET_PREFIX", "STREET_FR_NUM")}
PATTERNS |= {f"recognizers.ADDRESS_PATTERNS[{i}]": (recognizers.ADDRESS_PATTERNS[i], DIGIT)
             for i in recognizers.ADDRESS_LINEWISE}

LINES = ["I'm 34", "I'm 34.", "she turned 40 today", "ich bin 71", "j'ai 34 ans", "tengo 5 años de experiencia",
         "age: 34", "Age 34", "aged 12", "Alter: 9", "DOB 14/03/1987", "born 3 May 1992", "geb. 14.3.87",
         "1987-03-14T10:00", "14 de marzo de 1987", "ngày 14 tháng 3 năm 1987", "1987年3月14日", "on 3/14/1987,",
         "Lindenweg 7", "12 Oak Street, Apt", "4", "Via Garibaldi 9 suite", "#12", "8 Rue Victor Hugo",
         "0150 Uusi Tie 3", "12 Rue Ibn Sina", "Hauptstraße 12a", "Kossuth Lajos utca 5.", "rue de la Paix 12", "ul. Polna 5",
         "12 bis, rue de Rivoli", "394 Thompson Street", "she is", "I am", "turned", "age", "DOB",
         "the order of 14/03/2024 shipped", "3-5 days", "ticket 5521", "we were 3", "mám už 30 let", "мне 34 года",
         "", "   ", "plain words and nothing else", "Ελένη είμαι 34 ετών", "umur saya 46 tahun",
         "jane.doe@example.com", "mail jane dot doe at gmail dot com", "ana88 [at] mail [dot] de", "@jdoe_88",
         "what dot com", "that at", "Write to X.Y@mail.co.uk now", "dot", "I turn 40 in June", "fyller 46 i maj",
         "cumplo 40 años en mayo"]


def texts(seed: int, n: int = 400):
    from faker import Faker

    fk = Faker(["en_US", "de_DE", "fr_FR", "es_ES", "pl_PL"])
    fk.seed_instance(seed)
    rng = random.Random(seed)
    parts = []
    for _ in range(n):
        k = rng.randrange(5)
        if k == 0:
            parts.append(rng.choice(LINES))
        elif k == 1:
            parts.append(f"{fk.street_address()} {rng.choice(LINES)}")
        elif k == 2:
            parts.append(f"{rng.choice(LINES)} {fk.date()} {rng.choice(LINES)}")
        elif k == 3:
            parts.append(f"{fk.sentence()} {rng.choice(LINES)}")
        else:
            parts.append(fk.sentence())
    for sep in ("\n", "\r\n", "\n\n"):
        text = sep.join(parts)
        yield text
        yield text + sep
    yield "\n".join(LINES)
    yield "\n".join(LINES[::-1])


def _all(found):
    return [(m.span(), m.groupdict()) for m in found]


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_the_lines_holding_what_a_match_needs_give_what_the_whole_text_gives(name):
    rx, need = PATTERNS[name]
    total = 0
    for text in texts(7):
        whole = _all(rx.finditer(text))
        assert _all(finditer_lines(rx, text, need)) == whole
        total += len(whole)
    assert total > 0  # the pattern found something to compare


def test_finditer_lines_reads_only_lines_with_the_needed_character():
    rx = re.compile(r"[a-z]+ \d+")
    text = "no digits here\nroom 12 and room 13\n\nstill none\nflat 9"
    assert [m.group() for m in finditer_lines(rx, text)] == ["room 12", "room 13", "flat 9"]
    assert list(finditer_lines(rx, "nothing at all")) == []


def _tables_before(text, header):
    """``tables.tables`` as it was before it skipped lines that cannot head a table (asking ``header`` of every
    line): the reference the faster loop must equal."""
    from governed_tuning.gates.pii.tables import DIVIDER, SEPARATORS, Table, cell_spans

    if "\n" not in text or not any(sep in text for sep in SEPARATORS):
        return
    lines, pos = [], 0
    for raw in text.split("\n"):
        lines.append((pos, raw))
        pos += len(raw) + 1
    i = 0
    while i < len(lines) - 1:
        _, head = lines[i]
        sep = max(SEPARATORS, key=head.count) if header(head) else None
        if sep is not None and not head.count(sep):
            sep = None
        if sep is None:
            i += 1
            continue
        cells = cell_spans(head, sep)
        rows = []
        j = i + 1
        while j < len(lines):
            off, row = lines[j]
            if not row.strip():
                break
            if sep == "|" and DIVIDER.fullmatch(row):
                j += 1
                continue
            rc = cell_spans(row, sep)
            if len(rc) != len(cells):
                break
            rows.append([(off + s, off + e) for s, e in rc])
            j += 1
        if rows:
            yield Table([head[s:e] for s, e in cells], rows)
        i = max(j, i + 1)


def test_tables_ask_the_header_test_only_of_lines_that_can_head_a_table():
    from governed_tuning.gates.pii.birthdates import _birth_or_date_header
    from governed_tuning.gates.pii.tables import tables

    rows = ["name,dob,city", "Jan Novák,14.03.1987,Brno", '"Doe, Jane",1990-01-02,"Leeds, UK"', "a,b", "",
            "| Name | Geburtsdatum |", "|---|---|", "| Anna | 3. 5. 1980 |", "Name;Alter;Ort", "Eva;45;Wien",
            "Eva;45", "date\tname", "2020-01-01\tBo", "Plain prose, with commas, here.", "and more, words",
            'quoted "a,b",c', "x,y,z"]
    rng = random.Random(3)
    asked: list[str] = []

    def header(line):  # a pure test, as callers' are (a pattern search), that accepts some lines at random
        asked.append(line)
        return _birth_or_date_header(line) or "name" in line.lower() or zlib.crc32(line.encode()) % 3 == 0

    found = 0
    for seed in range(40):
        rng.seed(seed)
        text = "\n".join(rng.choice(rows) for _ in range(60))
        asked.clear()
        before = list(_tables_before(text, header))
        n = len(asked)
        asked.clear()
        now = list(tables(text, header))
        assert now == before and len(asked) < n  # the same tables, fewer lines asked
        found += len(now)
    assert found > 40
