"""A column of ordinary words (colours, categories, trades, months) is no column of people, and a currency's code is
no town (wordcolumns.py, benchmarks/pii_precision11.py): judged both ways, the words are kept and a name in such a
column, or a column of names under a header that says nothing, is still scrubbed."""

import pytest

from governed_tuning.gates.pii.columns import town_cell
from governed_tuning.gates.pii.recognizers import Finding
from governed_tuning.gates.pii.wordcolumns import compound_word, currency_code, ordinary_cell, plain_reading

pytest.importorskip("wordfreq")  # a dependency (pyproject.toml); an environment made before it has no dictionary

COLOURS = ["Dunkelgrau", "Blauviolett", "Pflaume", "Lavendel", "Dunkelblau", "Marineblau", "Hellgelb", "Koralle",
           "Lachsfarbe", "Schneeweiß", "Lavendel", "Indigo"]
CATEGORIES = ["Glauben", "Fressen", "Garten", "Zeitung", "Fahrrad", "Wetter", "Frühstück", "Spielzeug",
              "Kleidung", "Geschenk", "Werkzeug", "Bücher"]
MONTHS = ["Juli", "August", "Januar", "März", "Juni", "Oktober", "Mai", "April", "Dezember", "Juli", "Mai", "Juni"]
PEOPLE = ["Anna Schmidt", "Jürgen Vogel", "Katrin Lehmann", "Tobias Fischer", "Sabine Krüger", "Uwe Neumann",
          "Monika Braun", "Stefan Richter", "Petra Hoffmann", "Frank Schulz", "Heike Wagner", "Dirk Becker"]


def test_ordinary_cells_and_compounds():
    assert ordinary_cell("Glauben") and ordinary_cell("Tháng Bảy") and ordinary_cell("Juli")
    assert compound_word("Blauviolett") and compound_word("Aquamarinblau") and not compound_word("Koralle")
    assert not ordinary_cell("Anna Schmidt") and not ordinary_cell("Bauer")  # a common name is a name
    assert not ordinary_cell("Dies ist ein sehr langer Satz mit acht Wörtern")


def test_a_plain_reading_is_one_by_a_words_look_of_plain_words():
    text = "Koralle"
    assert plain_reading(text, Finding(0, 7, "PERSON", 0.7, "spacy_ner"))
    assert not plain_reading(text, Finding(0, 7, "PERSON", 0.75, "person_context_2"))  # "my name is Koralle"
    assert not plain_reading("Rosa", Finding(0, 4, "PERSON", 0.7, "spacy_ner"))  # a common name keeps its reading
    assert not plain_reading(text, Finding(0, 7, "LOCATION", 0.7, "spacy_ner"))


def test_a_currency_code_is_no_town():
    assert currency_code("UYU") and currency_code("EUR") and not currency_code("Uyu") and not currency_code("ABC")
    assert not town_cell("UYU") and not town_cell("PAB")
    assert town_cell("Kraków")


def test_the_scrub_keeps_a_column_of_words_and_takes_the_names(gate):
    rows = [{"sku": f"SKU-{1000 + i}", "colour": c, "category": k, "month": m, "contact": p, "team": "Vertrieb"}
            for i, (c, k, m, p) in enumerate(zip(COLOURS, CATEGORIES, MONTHS, PEOPLE))]
    rows[5]["team"] = "Katrin Lehmann"  # a name in a column of words is still a name
    out, _ = gate.scrub_records(rows)
    for col, words in (("colour", COLOURS), ("category", CATEGORIES), ("month", MONTHS)):
        kept = sum(r[col] == w for r, w in zip(out, words))
        assert kept == len(words), (col, kept)
    assert not any(r["contact"] == p for r, p in zip(out, PEOPLE))
    assert "Lehmann" not in out[5]["team"] and out[0]["team"] == "Vertrieb"


def test_a_column_of_names_under_a_header_that_says_nothing_is_still_one_of_names(gate):
    rows = [{"value": p, "note": "ok"} for p in PEOPLE]
    out, _ = gate.scrub_records(rows)
    assert not any(p.split()[-1] in r["value"] for r, p in zip(out, PEOPLE))
