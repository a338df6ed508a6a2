"""``identifiers`` searches each digit's stretch with one pattern joined from the specs (``_any_spec``) and runs
the specs only where it matches: the findings, and their order, must be those of running every spec on every
stretch. Checked on the values of the identifier tests in every grouping and label, with and without a policy's
kinds, at each ``unlabelled_ids`` level."""

from __future__ import annotations

import random

import pytest

from governed_tuning.gates.pii import identifiers as ids

# kind, valid value, the same with its check broken, its label (values of test_pii_identifiers_grouped.py)
CHECKED = [
    ("UK_NHS", "4461113930", "4461113931", "NHS number"),
    ("ES_NIF", "43933283V", "43933280V", "DNI"),
    ("ES_NIE", "Z6791601M", "Z6791600M", "NIE"),
    ("IT_FISCAL_CODE", "PRPGVN57H13G275Y", "PRPGVN57H13G270Y", "codice fiscale"),
    ("PL_PESEL", "57071043418", "57071043410", "PESEL"),
    ("NL_BSN", "243301467", "243301460", "BSN"),
    ("FR_NIR", "245077505688012", "245077505688010", "numéro de sécurité sociale"),
    ("DE_TAX_ID", "34190271156", "34190271150", "Steuer-ID"),
]

FRAMES = ["{v}", "{label}: {v}", "my {label} is {v}, thanks", "{label} {v}-A", "ref {v}", "+{v}", "x{v}y", "{v} {v}",
          "SIN 046 454 286 and 046-454-286", "MBI 1EG4-TE5-MK73", "call 415 555 0132 or 06 12 34 56 78",
          "order 2026-08-14 14:50, SKU-48213-BLK, 1 250,75 EUR"]


def _texts() -> list[str]:
    rng = random.Random(7)
    out = []
    for _kind, good, bad, label in CHECKED:
        for v in (good, bad, " ".join(good[i:i + 3] for i in range(0, len(good), 3)), good.lower()):
            out.append(" ".join(rng.choice(FRAMES).format(v=v, label=label) for _ in range(3)))
    return out


@pytest.mark.parametrize("level", ["none", "distinctive", "all"])
def test_the_joined_search_finds_what_every_spec_finds(level, monkeypatch):
    texts = _texts()
    kinds_sets = [None, frozenset(k for k, *_ in CHECKED[::2]) | {"US_SSN", "CA_SIN", "US_MBI"}]
    for kinds in kinds_sets:
        joined = ids._any_spec(kinds, ids.UNLABELLED_LEVELS[level])
        assert joined[0] is not None and joined[1]  # the prefilter is in use
        fast = [ids.identifiers(t, kinds, level) for t in texts]
        with monkeypatch.context() as m:
            m.setattr(ids, "_any_spec", lambda *a: (None, frozenset()))
            slow = [ids.identifiers(t, kinds, level) for t in texts]
        assert fast == slow
        assert sum(map(len, fast)) > len(texts) // 2


def test_each_joined_spec_tried_only_where_the_joined_pattern_matches_finds_what_finditer_finds():
    # _match_at tries a spec only at the places _starts lists: every match of every joined spec, in order
    kinds, level = None, ids.UNLABELLED_LEVELS["all"]
    active, _ = ids._active(kinds, level)
    anyone, joined = ids._any_spec(kinds, level)
    assert anyone is not None
    found = 0
    for text in _texts():
        for ws, we in ids.windows(text):
            starts = ids._starts(anyone, text, ws, we)
            for spec, rx, _ in active:
                if id(spec) not in joined:
                    continue
                want = [m.span() for m in rx.finditer(text, ws, we)]
                assert [m.span() for m in ids._match_at(rx, text, starts, we)] == want, spec.kind
                found += len(want)
    assert found > 20


def test_no_place_found_where_the_joined_pattern_does_not_match():
    anyone, _ = ids._any_spec(None, ids.UNLABELLED_LEVELS["distinctive"])
    assert anyone is not None
    text = "delivered in 3 days, not 30"
    assert ids._starts(anyone, text, 0, len(text)) == [m.start() for m in
                                                       (anyone.match(text, p) for p in range(len(text))) if m]
