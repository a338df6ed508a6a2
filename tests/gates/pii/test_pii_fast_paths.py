"""Fast paths that must find exactly what the plain patterns find: the trie alternation (gates/pii/alternation.py)
against a flat alternation sorted longest first, with the boundaries the name patterns put around it; the street
pattern "Lindenweg 7" searched only on lines holding a suffix and a number, against a plain ``finditer``."""

from __future__ import annotations

import random
import re

from governed_tuning.gates.pii.alternation import alternation
from governed_tuning.gates.pii.engine import Scrubber
from governed_tuning.gates.pii.recognizers import ADDRESS_PATTERNS, _suffix_matches


def _flat(words, before=r"(?<![\w<])", after=r"(?![\w>])"):
    return re.compile(before + "(?:" + "|".join(map(re.escape, sorted(set(words), key=len, reverse=True))) + ")"
                      + after)


def test_trie_matches_the_flat_alternation_on_random_words_and_texts():
    rng = random.Random(5)
    alpha = "abAB-'’.é<>x ("
    for _ in range(400):
        words = {"".join(rng.choice(alpha) for _ in range(rng.randint(1, 6))) for _ in range(rng.randint(1, 12))}
        text = "".join(rng.choice(alpha + "\n") for _ in range(200))
        for before, after in ((r"(?<![\w<])", r"(?![\w>])"), (r"(?<![\w'’-])", r"(?![\w'’-])")):
            want = [m.span() for m in _flat(words, before, after).finditer(text)]
            trie = re.compile(before + "(?:" + alternation(words) + ")" + after)
            guarded = re.compile(alternation(words, not_after=before[4:-1]) + after)  # the class of (?<![...])
            assert trie.groups == 0 and guarded.groups == 0
            assert [m.span() for m in trie.finditer(text)] == want
            assert [m.span() for m in guarded.finditer(text)] == want


def test_prefixes_take_the_longest_word_whose_boundary_holds():
    rx = Scrubber.names_regex(["Ann", "Anna", "Anna-Lena", "Bo", "Bob"])
    text = "Anna-Lena met Anna, Ann and Annabel; Bob, Bo and Bobby. <Anna> stays."
    assert [m.group() for m in rx.finditer(text)] == ["Anna-Lena", "Anna", "Ann", "Bob", "Bo"]
    assert alternation([]) == "" and Scrubber.names_regex([]) is None


def test_a_long_word_and_many_words_compile():
    words = ["x" * 5000, *(f"Name{i}" for i in range(20000))]
    rx = re.compile("(?:" + alternation(words) + ")")
    assert rx.fullmatch("x" * 5000) and rx.fullmatch("Name19999") and not rx.fullmatch("Name20000")


def test_street_suffix_lines_find_what_the_whole_text_search_finds():
    rx = ADDRESS_PATTERNS[1]
    rng = random.Random(7)
    parts = ["Lindenweg 7", "Storgatan 4b", "apt 5", "\n", " ", ", ", "Mäkelänkatu 12", "suite\n 9", "Ring", "Weg",
             " 12", "STRASSE 3", "Hof.  8", "word", "Am Markt 1", "Unit #4", "Gran Via 3"]
    for _ in range(1500):
        text = "".join(rng.choice(parts) for _ in range(rng.randint(1, 30)))
        assert [m.span() for m in _suffix_matches(rx, text)] == [m.span() for m in rx.finditer(text)], text
    text = "Ich wohne am Lindenweg 7, Apt\n 12 und\nsie in der Storgatan 4.\n" * 3
    found = [m.group() for m in _suffix_matches(rx, text)]
    assert found == [m.group() for m in rx.finditer(text)]
    assert found[:2] == ["Ich wohne am Lindenweg 7, Apt\n 12", "sie in der Storgatan 4"]  # a unit on the next line
