"""Names and places both ways: a place or a name that qualifies a noun is a thing ("Turkey sandwich", "Rose
Gold case", "Earl Grey"), while capitalised "Given Surname" pairs the NER model misses, names after
introductions in other languages and names that spell their owner's e-mail address are found."""

from __future__ import annotations

import pytest

from governed_tuning.gates.pii import PiiGate
from governed_tuning.gates.pii.names import email_names, local_parts, qualifies_noun, title_of_thing
from governed_tuning.gates.pii.recognizers import _is_common
from governed_tuning.policy import load_policy


pytestmark = pytest.mark.usefixtures("pii_test_key")


@pytest.fixture(scope="module")
def everywhere(pii_test_key):
    """The default policy with every place scrubbed (so a false place shows in a record naming nobody)."""
    return PiiGate(load_policy("default").policy.pii.model_copy(update={"locations": "all"}))


def scrub(gate, record: dict) -> dict:
    (out,), _ = gate.scrub_records([record])
    return out


def test_qualifies_noun_reads_a_word_either_side():
    def q(text: str, word: str) -> bool:
        s = text.index(word)
        return qualifies_noun(text, s, s + len(word))

    assert q("Turkey sandwich, Victoria sponge", "Turkey") and q("fixed the Lagos build;", "Lagos")
    assert q("Jordan sneakers size 44", "Jordan") and q("The Dublin core schema", "Dublin")
    # a verb, an adverb or a function word after it, or a preposition of place before it: a place
    assert not q("Anna says hi", "Anna") and not q("Lagos builds roads", "Lagos")
    assert not q("I visited Paris yesterday", "Paris") and not q("we moved to Lagos last year", "Lagos")
    assert not q("an office in Berlin office hours", "Berlin") and not q("Paris is lovely", "Paris")
    assert not q("I live in the Paris area", "Paris") and not q("our Lagos office moved", "Lagos")
    assert title_of_thing("Earl Grey") and not title_of_thing("Lord Byron") and not title_of_thing("Earl Thomas")


@pytest.mark.parametrize("text,kept", [
    ("Turkey sandwich, Victoria sponge and Earl Grey are on the lunch menu.", ["Turkey", "Victoria", "Earl Grey"]),
    ("Version 2.13.0 fixed the Lagos build. The Dublin core schema has 15 elements.", ["Lagos", "Dublin"]),
    ("Rose Gold case, Jordan sneakers size 44, Paris green paint.", ["Rose Gold", "Jordan", "Paris"]),
    ("Orange and Jersey Cow cheese are out of stock. Florence flask restocked.", ["Jersey Cow", "Florence"]),
    ("You are Northwind's support assistant.", ["Northwind"]),
])
def test_things_named_after_places_and_ranks_are_kept(everywhere, text, kept):
    out = scrub(everywhere, {"t": text})["t"]
    for word in kept:
        assert word in out, out


@pytest.mark.parametrize("text,gone", [
    ("We moved to Lagos last year.", ["Lagos"]),
    ("Selamat siang, ini Agus Santoso. Mesin cuci tidak mau berputar.", ["Agus", "Santoso"]),
    ("Buenas, les escribe pablo alfaro moreno. Mi pedido llegó incompleto.", ["pablo", "alfaro"]),
])
def test_places_and_names_are_still_found(everywhere, text, gone):
    out = scrub(everywhere, {"t": text})["t"]
    for word in gone:
        assert word not in out, out


def test_a_name_that_spells_an_email_in_the_record_is_a_name(everywhere):
    # cells of one row, under keys that say nothing
    rec = {"c1": "warsita natsir", "c2": "warsitanatsir@gmail.com", "c3": "thanks June", "c4": "@junewhite151"}
    out = scrub(everywhere, rec)
    assert "warsita" not in out["c1"] and "natsir" not in out["c1"] and "June" not in out["c3"]
    # the reading itself: words spelling a user part, a ranked name opening one; not ordinary words
    lps = local_parts(["ritacabibbo at hotmail dot com", "support@shop.example", "@junewhite151"])
    assert lps == ["ritacabibbo", "support", "junewhite"]
    text = "Rita Cabibbo wrote to support about June's order."
    assert [text[s:e] for s, e in email_names(text, lps, _is_common)] == ["Rita Cabibbo", "June"]
    assert email_names("Please contact support today.", lps, _is_common) == []
    text = "Nome e cognome: Cabibbo, Rita"  # surname first, a comma between
    assert [text[s:e] for s, e in email_names(text, lps, _is_common)] == ["Cabibbo, Rita"]


@pytest.mark.parametrize("text,kept,gone", [
    ("The Dyson V15 Detect carries a 5-year warranty.", ["Dyson"], []),
    ("Die Rechnung RE-2025-0415 ist bis Ende März fällig.", ["März"], []),
    ("hey, kiprono otieno here. The charger gets very hot.", [], ["kiprono", "otieno"]),
    ("This is june white again, the blender stopped working.", [], ["june", "white"]),
    ("hi, this is me again, it's the same here", ["me again", "same here"], []),
    ("Have you been to a Ravil G Yefimov concert before?", [], ["Ravil", "Yefimov"]),
    ("Unlike the Sokolov novel, it is long.", [], ["Sokolov"]),
])
def test_products_months_and_names_by_their_context(everywhere, text, kept, gone):
    out = scrub(everywhere, {"t": text})["t"]
    assert all(w in out for w in kept) and not any(w in out for w in gone), out


def test_english_words_as_versions_and_verbs_are_not_people(everywhere):
    out = scrub(everywhere, {"t": "Version 2.13.0 fixed the build; Java 21 required. Mark the item as returned, "
                                  "then Bill it."})["t"]
    assert "Java 21" in out and "then Bill it" in out, out
    out = scrub(everywhere, {"t": "Thanks, Bill Evans"})["t"]  # the name itself stays a name
    assert "Bill" not in out and "Evans" not in out, out
