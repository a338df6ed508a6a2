"""The name list (names-dataset, derived into a small SQLite file) and the re-scan's name check built on it."""

from __future__ import annotations

import gzip
import pickle

import pytest

from governed_tuning.gates.pii.gazetteer import Gazetteer, build
from governed_tuning.gates.pii.names import gazetteer, is_name_word, name_pairs
from governed_tuning.gates.pii.recognizers import _is_common


def _pickle(path, data):
    with gzip.open(path, "wb") as fh:
        pickle.dump(data, fh)
    return path


def test_build_keeps_ranked_one_word_names_with_their_best_rank(tmp_path):
    first = _pickle(tmp_path / "f.pkl.gz", {
        "Natasja": {"rank": {"NL": 219, "DK": 400}, "country": {}, "gender": {}},
        "A A Ron": {"rank": {"US": 5}},             # several words: never looked up as one
        "Unranked": {"rank": {}},                  # seen, but ranked nowhere: noise
        "Song": {"rank": {"KR": 97, "VN": None}},
    })
    last = _pickle(tmp_path / "l.pkl.gz", {"Song": {"rank": {"KR": 44}}, "Kadiev": {"rank": {"RU": 2505}}})
    out = tmp_path / "cache" / "names.sqlite"
    assert build(first, last, out, {"package": "names-dataset", "version": "9", "sha256": "ab" * 32}) == 3
    g = Gazetteer(out)
    assert g.ranks("natasja") == (219, 0) and g.ranks("NATASJA") == (219, 0)
    assert g.ranks("Song") == (97, 44) and g.best("Song") == 44
    assert g.ranks("Kadiev") == (0, 2505) and g.surname("Kadiev", 3000) and not g.surname("Kadiev", 1000)
    assert g.ranks("Unranked") == (0, 0) and g.ranks("A A Ron") == (0, 0)
    assert (g.info.name, g.info.version, g.info.sha256) == ("names-dataset", "9", "ab" * 32)
    assert not list(out.parent.glob("*.tmp"))  # written atomically


def test_the_installed_list_is_recorded_by_name_version_and_digest():
    info = gazetteer().info
    assert info.name == "names-dataset" and info.version == "3.3.1" and len(info.sha256) == 64


@pytest.mark.parametrize("text,found", [
    ("Also: Szabina Gelencsér.", ["Szabina Gelencsér"]),
    ("Hello Marie Dupont, your order shipped", ["Marie Dupont"]),       # the greeting is not part of it
    ("Xin chào, Nguyen Van An here", ["Nguyen Van An"]),                # family name first, short given name
    ("Krisztián Szöllösy listed his top songs", ["Krisztián Szöllösy"]),
    ("Rose Garden and Broken Lantern", []),                             # English words on both sides
    ("Hilde van der Dussen and Karl-Hans Gerlach", ["Hilde van der Dussen", "Karl-Hans Gerlach"]),
    ("account holder PERSON_cdf2a81b9c. Reason: broken lantern", []),
    ("Thank You Very Much from Customer Support", []),
    ("Wire it to IBAN DE89 and the DOB field", []),
])
def test_name_pairs_come_from_the_name_list_not_from_faker(text, found):
    assert [text[a:b] for a, b in name_pairs(text, _is_common)] == found


def test_a_lone_word_is_a_name_only_when_it_is_no_english_word():
    assert is_name_word("Natasja") and is_name_word("Kadiev")
    for w in ("Reason", "Holder", "May", "Song", "IBAN", "Soy"):
        assert not is_name_word(w), w


def test_name_pairs_read_initials_and_particles():
    for text, found in [("Have you been to a Ravil G Yefimov concert?", ["Ravil G Yefimov"]),
                        ("we need to add Ryan P. Costa as guardian", ["Ryan P. Costa"]),
                        ("Section A Report and Plan B Option", [])]:
        assert [text[a:b] for a, b in name_pairs(text, _is_common)] == found
