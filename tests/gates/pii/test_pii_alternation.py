"""The trie alternation (gates/pii/alternation.py) finds exactly what a flat alternation sorted longest first
finds, with the boundaries the name patterns put around it."""

from __future__ import annotations

import random
import re

from governed_tuning.gates.pii.alternation import alternation
from governed_tuning.gates.pii.engine import Scrubber


def _flat(words, before=r"(?<![\w<])", after=r"(?![\w>])"):
    return re.compile(before + "(?:" + "|".join(map(re.escape, sorted(set(words), key=len, reverse=True))) + ")"
                      + after)


def test_trie_matches_the_flat_alternation_on_random_words_and_texts():
    rng = random.Random(5)
    alpha = "abAB-'’.é<>x ("
    for _ in range(800):
        words = {"".join(rng.choice(alpha) for _ in range(rng.randint(1, 6))) for _ in range(rng.randint(1, 12))}
        text = "".join(rng.choice(alpha + "\n") for _ in range(200))
        for before, after in ((r"(?<![\w<])", r"(?![\w>])"), (r"(?<![\w'’-])", r"(?![\w'’-])")):
            trie = re.compile(before + "(?:" + alternation(words) + ")" + after)
            assert trie.groups == 0
            assert [m.span() for m in trie.finditer(text)] == [m.span() for m in _flat(words, before, after).finditer(text)]


def test_prefixes_take_the_longest_word_whose_boundary_holds():
    rx = Scrubber.names_regex(["Ann", "Anna", "Anna-Lena", "Bo", "Bob"])
    text = "Anna-Lena met Anna, Ann and Annabel; Bob, Bo and Bobby. <Anna> stays."
    assert [m.group() for m in rx.finditer(text)] == ["Anna-Lena", "Anna", "Ann", "Bob", "Bo"]
    assert alternation([]) == "" and Scrubber.names_regex([]) is None


def test_a_long_word_and_many_words_compile():
    words = ["x" * 5000, *(f"Name{i}" for i in range(20000))]
    rx = re.compile("(?:" + alternation(words) + ")")
    assert rx.fullmatch("x" * 5000) and rx.fullmatch("Name19999") and not rx.fullmatch("Name20000")
