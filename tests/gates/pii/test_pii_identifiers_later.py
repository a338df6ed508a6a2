"""A kind's label patterns are compiled on their first search (``identifiers._Later``), and find what the compiled
pattern finds: beside a value, in any case, and not inside a longer word."""

import re

from governed_tuning.gates.pii import identifiers as ids


def test_a_label_pattern_is_compiled_on_its_first_search_and_finds_what_re_finds():
    pattern = rf"{ids.LB}(?:nif|n\.i\.f\.){ids.LE}"
    later = ids._Later(pattern, re.I)
    assert later._rx is None  # nothing compiled yet
    rx = re.compile(pattern, re.I)
    for text in ("mi NIF es X1234567L", "N.I.F.: X1234567L", "nifty X1234567L", "NIFは X1234567L", "X1234567L"):
        for pos, end in ((0, len(text)), (3, len(text)), (0, 2)):
            a, b = later.search(text, pos, end), rx.search(text, pos, end)
            assert (a and a.span()) == (b and b.span()), (text, pos, end)
    assert later._rx is not None
    assert later.search("su NIF") and not later.search("nifty")


def test_every_kind_keeps_its_labels_and_an_own_pattern_equal_to_them_is_shared():
    for spec, _, lab in ids._compiled():
        own = ids._OWN[id(spec)]
        assert (lab is None) == (not ids.own_words(spec))  # a kind with label words has its pattern
        if own is not None and lab is not None and own._args == lab._args:
            assert own is lab
    es = [lab for spec, _, lab in ids._compiled() if spec.kind == "ES_NIF" and lab is not None]
    assert es and ids.labelled("mi NIF es X1234567L", 10, 19, es[0])  # beside its label
    assert not ids.labelled("mi pedido X1234567L", 10, 19, es[0])  # a clean case: no label near
