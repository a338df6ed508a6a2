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


def _email_names_before(text, locals_, is_common):
    """``names.email_names`` as it was, every word listed and folded (the reference the fast path must equal)."""
    from governed_tuning.gates.pii import names as nm

    if not locals_:
        return []
    g = nm.gazetteer()
    grams = nm._trigrams(tuple(locals_))
    words = list(nm.RUN_WORD.finditer(text))
    out, i = [], 0
    while i < len(words):
        if nm._fold(words[i].group()[:3]) not in grams:
            i += 1
            continue
        taken = False
        for k in (3, 2):
            run = words[i:i + k]
            if len(run) < k or any(text[a.end():b.start()] not in (" ", "\t", " \t") and
                                   text[a.end():b.start()].strip(" \t") not in (".", ",", "")
                                   for a, b in zip(run, run[1:])):
                continue
            core = [w.group() for w in run if w.group().casefold() not in nm.PARTICLE_WORDS] or [run[0].group()]
            joined = nm._fold("".join(core))
            if len(joined) < nm.EMAIL_NAME_MIN or all(is_common(w) for w in core):
                continue
            flipped = nm._fold("".join(reversed(core)))
            if any(joined in lp or flipped in lp for lp in locals_):
                out.append((run[0].start(), run[-1].end()))
                i += k
                taken = True
                break
        if taken:
            continue
        w = words[i].group()
        f = nm._fold(w)
        if len(f) >= 4 and (not is_common(w) or 0 < g.ranks(w)[0] <= nm.NOUN_NAME_RANK) and \
                0 < g.best(w) <= nm.LONE_RANK and any((lp.startswith(f) or lp.endswith(f)) and len(lp) - len(f) >= 3
                                                      for lp in locals_):
            out.append(words[i].span())
        i += 1
    return out


def test_email_names_in_a_long_text_are_those_of_the_word_by_word_reading(monkeypatch):
    """A long text is searched for the words whose start a user part holds (``names._starts_pattern``) instead of
    listing every word: the same names, on short and long texts, with names in and out of ASCII."""
    from faker import Faker

    from governed_tuning.gates.pii import names as nm
    from governed_tuning.gates.pii.recognizers import _is_common

    fk = Faker(["en_US", "de_DE", "pl_PL", "vi_VN", "es_ES", "tr_TR"])
    fk.seed_instance(11)
    rng = random.Random(11)
    lines = []
    for _ in range(300):
        first, last = fk.first_name(), fk.last_name()
        mail = f"{nm._fold(first)}{rng.choice(['', '.', '_'])}{nm._fold(last)}{rng.randrange(99)}@example.com"
        lines.append(rng.choice([f"{first} {last} here, write to {mail}", f"thanks {first.lower()} ({mail})",
                                 f"{last} {first}: {mail}", f"Yo, {first} de la {last} wrote. {fk.sentence()}",
                                 f"{fk.sentence()} Ok {first}.", f"{first[:2]} {last} ok", fk.sentence()]))
    text = "\n".join(lines)
    locals_ = nm.local_parts([text])
    assert len(locals_) == nm.MAX_LOCALS
    want = _email_names_before(text, locals_, _is_common)
    assert len(want) > 30
    # short-text reading, then the long-text search on the same text; each with the runs' decisions remembered
    # (``EMAIL_RUN_MEMO``) and with a memo of one run, cleared at every new run
    # and read line by line (``_email_names_by_line``: blocks of ~2 KB, a memo of ~1 KB of lines, then none)
    for scan, memo, lines_at, held in ((nm.EMAIL_NAMES_SCAN, nm.EMAIL_RUN_MEMO, nm.EMAIL_NAMES_LINES, 0),
                                       (0, nm.EMAIL_RUN_MEMO, nm.EMAIL_NAMES_LINES, 0), (0, 1, nm.EMAIL_NAMES_LINES, 0),
                                       (0, nm.EMAIL_RUN_MEMO, 0, 1000), (nm.EMAIL_NAMES_SCAN, 1, 0, 0)):
        monkeypatch.setattr(nm, "EMAIL_NAMES_SCAN", scan)
        monkeypatch.setattr(nm, "EMAIL_RUN_MEMO", memo)
        monkeypatch.setattr(nm, "EMAIL_NAMES_LINES", lines_at)
        monkeypatch.setattr(nm, "EMAIL_LINES_BLOCK", 2000)
        monkeypatch.setattr(nm, "EMAIL_LINES_MEMO", held)
        assert nm.email_names(text, locals_, _is_common) == want
        assert nm.email_names(text + "\n" + text, locals_, _is_common) == \
            want + [(s + len(text) + 1, e + len(text) + 1) for s, e in want]  # the same runs again: remembered
        for part in lines[:60]:
            got = nm.email_names(part, nm.local_parts([part]), _is_common)
            assert got == _email_names_before(part, nm.local_parts([part]), _is_common)


def test_a_small_set_of_names_has_its_pattern_made_once_and_the_same_as_made_anew():
    from governed_tuning.gates.pii import engine as eng

    names = ["Amara", "Okafor", "Ann"]
    rx = Scrubber.names_regex(names)
    assert rx is Scrubber.names_regex(reversed(names))  # remembered: the pattern is the set's alone
    assert rx is not None and rx.pattern == eng._build_names_regex(frozenset(names)).pattern
    many = [f"Name{i}" for i in range(eng.NAMES_MEMO_MAX + 1)]
    held = eng._names_regex.cache_info().currsize
    assert Scrubber.names_regex(many) is not None
    assert eng._names_regex.cache_info().currsize == held  # a large set is made anew, never held
    assert Scrubber.names_regex([]) is None


def test_the_languages_of_a_sentence_remembered_per_text_are_those_read_again():
    from governed_tuning.gates.pii.dictwords import sentence_languages

    texts = ["Korvaava Hugo lähtee huomenna kotiin.", "Der Kunde hat 19 Stück Franklin bestellt.", "Hi, this is Ann."]
    for text in texts + texts:
        for start in range(0, len(text), 4):
            end = min(len(text), start + 6)
            assert sentence_languages(text, start, end) == sentence_languages.__wrapped__(text, start, end, 200)
