"""The re-scan sees a part of a name left beside the part the scrub replaced (nameparts.py), both ways: a name's
part in a name's position is a leftover; the same positions holding ordinary words are not."""

import json

import pytest

from governed_tuning.gates.pii.nameparts import name_part, name_parts_left
from governed_tuning.gates.pii.rescan import Written

TOKEN = "PERSON_0123456789"


def _copy(src: str, *parts: str) -> tuple[str, list[Written]]:
    """``src`` with each of ``parts`` (in order, each occurring once) replaced by a token, and the spans written."""
    out, ws, at, shift = [], [], 0, 0
    for p in parts:
        i = src.index(p, at)
        out.append(src[at:i])
        start = i + shift
        ws.append(Written(start, start + len(TOKEN), i, i + len(p), "PERSON"))
        out.append(TOKEN)
        shift += len(TOKEN) - len(p)
        at = i + len(p)
    out.append(src[at:])
    return "".join(out), ws


def _left(src: str, *parts: str) -> list[str]:
    text, ws = _copy(src, *parts)
    return [text[f.start:f.end] for f in name_parts_left(text, ws, src)]


@pytest.mark.parametrize("src, replaced, left", [
    ("hi, this is kofi boateng, my parcel never came", ("kofi",), ["boateng"]),  # after intro + replaced part
    ("I'm major mensah and my order is late", ("mensah",), ["major"]),  # between the intro and the replaced part
    ("Merhaba, ben ayse kowalski, siparişim gelmedi", ("ayse",), ["kowalski"]),  # Turkish "ben" (I)
    ("hallo, hier ist siglinde nerger wegen der Rechnung", ("siglinde",), ["nerger"]),  # in no dictionary: a name
    ("This is Kofi boateng again", ("Kofi",), ["boateng"]),  # another case, but a common name and no English word
    ("hello kofi van boateng, thanks", ("kofi", "boateng"), ["van"]),  # between two replaced parts: a particle
    ("anna nakamura kowalski signed", ("anna", "kowalski"), ["nakamura"]),  # a middle name
])
def test_a_part_left_in_a_names_position_is_found(src, replaced, left):
    assert _left(src, *replaced) == left


@pytest.mark.parametrize("src, replaced", [
    ("hi this is joseph again about my order", ("joseph",)),  # a function word after the name
    ("this is joseph speaking, how can I help", ("joseph",)),  # an ordinary word, not a ranked name
    ("This is Joseph mack again", ("Joseph",)),  # another case and an English word: not one name
    ("I'm mr Joseph and I need help", ("Joseph",)),  # a courtesy title before the name
    ("Joseph and Maria came", ("Joseph", "Maria")),  # a conjunction between two names
    ("the team thanked Joseph Boateng", ("Joseph",)),  # no introduction: the detector's business, not this rule
    ("this is joseph tomorrow", ("joseph",)),  # an English word the list ranks low
    ("this is joseph yeah, the box is broken", ("joseph",)),  # a chat word some country gives as a name
    ("Hello Kofi Boateng, thanks", ("Kofi",)),  # capitalised: the detector's to read beside our span (rescan.py)
])
def test_ordinary_words_beside_a_replaced_name_are_not_parts_of_it(src, replaced):
    assert _left(src, *replaced) == []


def test_name_part_needs_a_ranked_name_and_no_function_word():
    assert name_part("boateng") and name_part("mack")
    assert not name_part("again") and not name_part("here") and not name_part("GB")
    assert name_part("van", particle_too=True) and not name_part("van")


def test_the_gate_scrubs_the_part_left_and_passes_and_keeps_ordinary_words(tmp_path, gate):
    """End to end, the default policy: the re-scan finds the part left beside the scrub's surrogate and re-scrubs
    it (the copy holds no part of the name); a chat with the same shape and an ordinary word passes untouched
    around the name."""
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"text": "hi, this is abena asante, my parcel never came"}) + "\n" +
                   json.dumps({"text": "hi this is joseph again about my order"}) + "\n")
    out = tmp_path / "out.jsonl"
    res = gate.check(src, out)
    assert res.verdict == "pass"
    rows = [json.loads(line)["text"] for line in out.read_text().splitlines()]
    assert "abena" not in rows[0] and "asante" not in rows[0] and rows[0].endswith(", my parcel never came")
    assert "joseph" not in rows[1] and rows[1].endswith(" again about my order")


def test_the_rescan_reports_the_part_left_as_a_name_part(gate):
    """The re-scan itself (before any repair): a copy holding a scrubbed first name and its surname beside it
    reports that surname (``why: name_part``); the same copy with an ordinary word there reports nothing."""
    from governed_tuning.gates.pii.gate import Item

    recs = [{"t": "hello, this is abena again"}]
    _, st = gate.scrub_records(recs)
    items = list(st["items"])
    i0 = next(i for i, it in enumerate(items) if it.slot.kind == "text")
    it = items[i0]
    span = next(w for w in it.written if w.entity == "PERSON")
    # "asante" is a common word too (Swahili "thanks") and one of Ghana's commonest family names: the name-part
    # rule reports it, or the detector itself now reads "<token> asante" after "this is" as a name running past
    # what was written (person10's introductions); either way the part left is reported, and "again" is not
    for after, want in ((" asante, my parcel never came", [{"name_part", "beside_substitution"}]),
                        (" again, my parcel never came", [])):
        text = it.text[:span.end] + after
        src = it.source[:span.src_end] + after
        items[i0] = Item(0, it.slot, text, [span], src)
        got = [r["why"] for r in gate.rescan(items)]
        assert len(got) == len(want) and all(g in w for g, w in zip(got, want)), got
