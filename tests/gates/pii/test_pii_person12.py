"""People in chat and record shapes (issue 11 items 4-5, person12): a given name alone, often lower case, after a
verb that takes a person ("ask aysel about it", "cc Marcio Arenas", "spoke with X's mother"), and a person's other
names in a record's alias list; the same frames before ordinary words stay whole."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.usefixtures("pii_test_key")


def scrub(gate, record: dict) -> dict:
    (out,), _ = gate.scrub_records([record])
    return out


def addressed(text: str) -> list[str]:
    from governed_tuning.gates.pii.addressed import addressed_people

    return [text[f.start:f.end] for f in addressed_people(text)]


@pytest.mark.parametrize("text,name", [
    ("ask aysel about it, she has the password", "aysel"),  # lower case, a given name the lists rank
    ("tell micaela the parcel arrived", "micaela"),
    ("can u check with xudaverdi before friday", "xudaverdi"),  # a word no dictionary holds
    ("ask wei zhang about it", "wei zhang"),  # a full name in lower case
    ("Handing over to Marcio Arenas for the night shift.", "Marcio Arenas"),  # a hand-over, capitalised
    ("cc Gabriel Voisin on the reply please", "Gabriel Voisin"),
    ("I spoke with Fernanda's mother yesterday", "Fernanda"),  # a possessive ends the name
    ("Looping in Yuta Takahashi from billing.", "Yuta Takahashi"),
])
def test_a_name_after_a_verb_that_takes_a_person(text, name):
    assert addressed(text) == [name]


@pytest.mark.parametrize("text", [
    "ask support about it, they have the password", "tell them the parcel arrived", "cc the billing team",
    "Handing over to the night shift.", "check with ops before friday", "ask google about it",
    "tell sales team now", "ping me when done", "Transferring you to billing now.", "referred by a friend",
    "remind me later", "text mom tonight", "ask jira about it", "you have text data in Unicode",
])
def test_the_same_frames_before_ordinary_words_take_nothing(text):
    assert addressed(text) == []


def test_a_name_must_end_its_clause():
    # "maria" is a name, but here it opens a noun phrase ("maria db" is no function word): not read as a person
    assert addressed("ask maria db admins") == []


def test_the_gate_scrubs_a_lower_case_given_name_in_a_chat_and_keeps_its_look_alike(gate):
    out = scrub(gate, {"t": "ask aysel about it, she has the password"})
    assert "aysel" not in out["t"] and "password" in out["t"]
    clean = {"t": "ask support about it, they have the password"}
    assert scrub(gate, clean) == clean


def test_alias_lists_lose_lower_case_given_names_and_keep_ordinary_words(gate):
    from governed_tuning.gates.pii.columns import lower_alias

    assert lower_alias("fernanda") and lower_alias("xudaverdi")
    assert not lower_alias("billing") and not lower_alias("support") and not lower_alias("Fernanda")
    out = scrub(gate, {"name": "María Luna", "aliases": ["maría", "María L."], "tier": "gold"})
    assert "maría" not in str(out).casefold() and out["tier"] == "gold"
    clean = {"aliases": ["billing", "support", "help desk"]}
    assert scrub(gate, clean) == clean


@pytest.mark.parametrize("label", ["forename", "middle name", "patronymic"])
def test_labels_of_a_names_parts(label):
    from governed_tuning.gates.pii.rescan_independent import _label_kind

    assert _label_kind(label) == "PERSON"


@pytest.mark.parametrize("text,name", [
    ("hi its elton xəlilov from the third floor, printer is down", "elton xəlilov"),  # no apostrophe, ə
    ("hi its linh dương from the third floor", "linh dương"),
    ("hello, it's marta torres here", "marta torres"),
])
def test_a_greeting_and_its_name_the_writer_in_lower_case(text, name):
    from governed_tuning.gates.pii.names import lower_again

    assert [text[a:b] for a, b in lower_again(text)] == [name]


@pytest.mark.parametrize("text", ["hi its the guy from it", "hey its rose gold from amazon",
                                  "hi its black friday from monday", "hi its really cold from here",
                                  "hi its been ages from what i recall"])
def test_a_greeting_and_its_before_ordinary_words_names_nobody(text):
    from governed_tuning.gates.pii.names import lower_again

    assert lower_again(text) == []


@pytest.mark.parametrize("text,names", [
    ("first name\tlast name\tdept\nThảo\tMai\tsales\nKənan\tXakimov\tsupport\n",
     ["Thảo", "Mai", "Kənan", "Xakimov"]),  # every column a header names, not only the first
    ("given;family;role\nAnna;Hegedűs;sales\nДанило;Євтушок;support\n", ["Anna", "Hegedűs", "Данило", "Євтушок"]),
    ("First|Last|Team\nAna|Lima|sales\n", ["Ana", "Lima"]),
])
def test_a_text_tables_name_columns_and_name_part_pairs(text, names):
    from governed_tuning.gates.pii.multilingual import csv_people

    assert [text[f.start:f.end] for f in csv_people(text)] == names


@pytest.mark.parametrize("text", ["family;count;share\nRosaceae;12;0.4\nFabaceae;9;0.3\n",
                                  "rank|first|score\n1|yes|good\n2|no|bad\n"])
def test_a_lone_family_or_first_header_names_no_person(text):
    from governed_tuning.gates.pii.multilingual import csv_people

    assert csv_people(text) == []


@pytest.mark.parametrize("text,name", [
    ("Cooper, Jane - booked for Tuesday 10:00", "Cooper, Jane"),
    ("Seyidbəyli, Rauf - booked for Tuesday", "Seyidbəyli, Rauf"),
    ("Guest list updated (Parri, Rita).", "Parri, Rita"),
    ("Reviewed: Vang, D.", "Vang, D"),  # an initial for the given name
])
def test_family_name_first_in_title_case(text, name):
    from governed_tuning.gates.pii.nameforms import _title_inverted
    from governed_tuning.gates.pii.recognizers import _is_common

    assert [text[f.start:f.end] for f in _title_inverted(text, _is_common)] == [name]


@pytest.mark.parametrize("text", ["Thanks, Anna", "(Paris, France)", "Berlin, Anna - see you", "Total, Net - 12",
                                  "Tags: Music, Art", "Options: Black, White and Grey", "Sorry, Maria - my bad",
                                  "Sizes: Small, M.", "Fixed: Bug, A."])
def test_title_case_pairs_that_are_no_inverted_name(text):
    from governed_tuning.gates.pii.nameforms import _title_inverted
    from governed_tuning.gates.pii.recognizers import _is_common

    assert _title_inverted(text, _is_common) == []


@pytest.mark.parametrize("text,name", [
    ("Please forward this to X. Əlixanlı in accounting.", "X. Əlixanlı"),  # a word no dictionary holds
    ("Approved by Qafarov S. on 3 May.", "Qafarov S."),
])
def test_a_family_name_beside_an_initial(text, name):
    from governed_tuning.gates.pii.nameforms import _initialled
    from governed_tuning.gates.pii.recognizers import _is_common

    assert [text[f.start:f.end] for f in _initialled(text, _is_common)] == [name]


@pytest.mark.parametrize("text", ["St. Louis is nice", "Plan B. works", "Vitamin D. helps", "I. Introduction",
                                  "A. Overview of the system", "We visited Mt. Everest", "Part I. Results",
                                  "Section A. covers it"])
def test_an_initial_beside_an_ordinary_word_is_no_name(text):
    from governed_tuning.gates.pii.nameforms import _initialled
    from governed_tuning.gates.pii.recognizers import _is_common

    assert _initialled(text, _is_common) == []
