"""Changes made for speed that must find exactly what the code before them found: each is checked here against
the slower form it replaced (found and not found)."""

from __future__ import annotations

import random
import re
import sys

from governed_tuning.gates.pii import cldrwords, idlabels, identifiers, known, recognizers
from governed_tuning.gates.pii import rescan_independent as ri
from governed_tuning.gates.pii.alternation import alternation
from governed_tuning.gates.pii.prefilter import fast


def test_the_odd_separators_set_is_the_pattern_class():
    # every code point the old pattern matched, and no other, is in the set the new test reads
    every = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c < 0xE000)
    assert frozenset(recognizers._ODD.findall(every)) == recognizers._ODD_CHARS
    assert recognizers.plain_separators("078\u201305\u20131120 \u0661\u0662") == "078-05-1120 12"
    assert recognizers.plain_separators("Zoë pays 12,50 €; thanks") == "Zoë pays 12,50 €; thanks"  # none there


def test_a_top_level_alternation_keeps_the_other_branches_candidates():
    # the first branch's lookbehind is no guard of the second: "a私書箱 12" is found behind a letter
    rx = re.compile(r"(?i)(?<![\w.])(?:p\.?o\.? box|postfach)[ \t]*\d{1,6}|(?:私書箱|邮政信箱)[ \t]*\d{1,6}")
    f = fast(rx)
    assert f is not rx
    for text in ("a私書箱 12", "Postfach 1234 and xpostfach 99", "邮政信箱88; p.o. box 7", "nothing here"):
        assert [m.span() for m in f.finditer(text)] == [m.span() for m in rx.finditer(text)]
    assert [m.group() for m in f.finditer("a私書箱 12")] == ["私書箱 12"]


def test_known_words_are_found_as_the_one_pattern_of_them_found_them():
    rng = random.Random(7)
    vocab = ["Ana", "Anna", "anna", "O'Neil", "Jean-Luc", "Luc", "Zoë", "Ng", "na", "_x", "42"]
    fill = [" ", "  ", ", ", "-", "'", "’", "<", ">", ".", "\n", "é", "x", "7", "Banana", "Annabel"]
    for _ in range(300):
        text = "".join(rng.choice(vocab + fill) for _ in range(rng.randrange(1, 40)))
        words = {m.group() for m in known.WORD.finditer(text)}
        hits = {w for w in words if rng.random() < 0.5} or words
        if not hits:
            continue
        want = [m.span() for m in re.finditer(alternation(hits, not_after=r"[\w'’-]") + r"(?![\w'’-])", text)]
        assert known.whole_words(text, hits) == want, text
    assert known.whole_words("Anna, Annabel and anna", {"Anna"}) == [(0, 4)]
    assert known.whole_words("Jean-Luc met Luc", {"Luc"}) == [(13, 16)]


def test_the_identifier_shapes_are_the_identifiers_own_patterns():
    compiled = {id(s): rx for s, rx, _ in identifiers._compiled()}
    for kind, rxs in ri._shapes().items():
        specs = [s for s in identifiers.SPECS if s.kind == kind]
        assert [(r.pattern, r.flags & ~re.U) for r in rxs] == [(s.pattern, s.flags & ~re.U) for s in specs]
    for kind, pairs in idlabels._shapes().items():
        assert all(rx is compiled[id(spec)] and spec.kind == kind for rx, spec in pairs)
    assert idlabels._fits("UK_NINO", "AB123456C") and not idlabels._fits("UK_NINO", "hello")


def test_currency_symbols_come_with_the_vocabulary():
    symbols = cldrwords.currency_symbols()
    assert {"kč", "zł", "ft"} <= symbols and "london" not in symbols
    assert symbols is cldrwords._vocabulary()[2]


def test_an_ascii_run_folds_to_its_lower_case():
    # known.KnownValues.find folds an ASCII run with str.lower: fold maps no ASCII character elsewhere
    assert all(known.fold(chr(c)) == chr(c).lower() for c in range(128))
    assert known.fold("Straße İstanbul") != "straße İstanbul".lower()  # (not so beyond ASCII: İ, ſ/s, K/k)
