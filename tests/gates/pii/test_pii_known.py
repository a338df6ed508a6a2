"""The dataset-wide values in bounded memory (``gates/pii/known.py``): in a dict or spilled to SQLite, the token
lookup finds exactly what the one regular expression of every value found before, on a mixed set."""

from __future__ import annotations

import pickle
import random
import re

from governed_tuning.gates.pii import known as K
from governed_tuning.gates.pii.engine import Scrubber
from governed_tuning.gates.pii.known import KnownValues, Lexicon, names_regex_in
from governed_tuning.gates.pii.passes import DatasetState
from governed_tuning.gates.pii.recognizers import Finding


class OldKnownValues:
    """The matcher before this change (one alternation of every verbatim value), kept as the reference."""

    def __init__(self) -> None:
        self.words: dict[str, str] = {}
        self.emails: dict[str, str] = {}
        self.digits: dict[str, str] = {}
        self.texts: dict[str, str] = {}
        self._ibans = False

    def add(self, entity: str, value: str) -> None:
        v = " ".join(value.split())
        if not v:
            return
        if "@" in v and K.EMAIL.fullmatch(v):
            self.emails[v.casefold()] = entity
            return
        d = re.sub(r"\D", "", v)
        if len(d) >= K.DIGIT_KINDS_MIN and not re.search(r"[^\W\d_]", v):
            self.digits[d] = entity
            return
        if entity == "PERSON":
            return
        compact = re.sub(r"[\s-]", "", v).upper()
        if entity == "IBAN_CODE" and len(compact) >= 15:
            self.texts[v.casefold()] = entity
            self.digits[compact] = entity
            self._ibans = True
            return
        if len(v) >= 6:
            self.texts[v.casefold()] = entity

    def find(self, text: str) -> list[Finding]:
        out: list[Finding] = []
        if self.words:
            toks = K.WORD.findall(text)
            hit = self.words.keys() & set(toks)
            words = K.WORD.finditer(text) if len(toks) <= 64 or not hit else re.finditer(
                r"(?<![\w'’-])(?:" + "|".join(map(re.escape, sorted(hit, key=len, reverse=True))) + r")(?![\w'’-])", text)
            for m in words if hit else ():
                if m.group() in self.words and text[m.start() - 1:m.start()] != "<" and text[m.end():m.end() + 1] != ">":
                    out.append(Finding(m.start(), m.end(), "PERSON", 1.0, "known_value"))
        texts = sorted(self.texts, key=len, reverse=True)
        if texts:
            rx = re.compile(r"(?i:(?<!\w)(?:" + "|".join(map(re.escape, texts)) + r")(?!\w))")
            out += [Finding(m.start(), m.end(), self.texts.get(m.group().casefold(), "PERSON"), 1.0, "known_value")
                    for m in rx.finditer(text)]
        if self.emails and "@" in text:
            out += [Finding(m.start(), m.end(), self.emails[m.group().casefold()], 1.0, "known_value")
                    for m in K.EMAIL.finditer(text) if m.group().casefold() in self.emails]
        if self.digits:
            for m in K.NUMBER_RUN.finditer(text):
                raw = m.group().rstrip(".-/)(")
                d = re.sub(r"\D", "", raw)
                if d in self.digits:
                    out.append(Finding(m.start(), m.start() + len(raw), self.digits[d], 1.0, "known_value"))
            if self._ibans:
                for m in re.finditer(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{2,4}){3,8}\b", text, re.I):
                    k = re.sub(r"\s", "", m.group()).upper()
                    if k in self.digits:
                        out.append(Finding(m.start(), m.end(), self.digits[k], 1.0, "known_value"))
        return out


# values chosen where a token lookup could go wrong: case folding beyond ASCII (ß, dotted and dotless i, long s,
# final sigma), values that start with punctuation, values inside values, regex metacharacters, one value as two
# kinds (the later kind wins), names with hyphens and apostrophes
VALUES = [
    ("STREET_ADDRESS", "42 Elm Street, Springfield"), ("LOCATION", "Elm Street"), ("LOCATION", "Straße 5"),
    ("LOCATION", "İzmir Kordon"), ("LOCATION", "ıstanbul yolu"), ("LOCATION", "Meſſe Leipzig"),
    ("LOCATION", "ΟΔΟΣ Αθηνάς"), ("STREET_ADDRESS", "#12 Baker Street"), ("STREET_ADDRESS", "(Mitte) Berlin"),
    ("LOCATION", "St. Louis (MO)"), ("ORGANIZATION", "a+b [c] corp"), ("IBAN_CODE", "DE89 3704 0044 0532 0130 00"),
    ("EMAIL_ADDRESS", "Zeynep.Arslan@Example.com"), ("EMAIL_ADDRESS", "o'neil+tag@mail.example.org"),
    ("PHONE_NUMBER", "+44 20 7946 0958"), ("PHONE_NUMBER", "415-555-0132"), ("US_SSN", "123-45-6789"),
    ("LOCATION", "Springfield Mall"), ("ORGANIZATION", "Springfield Mall"), ("LOCATION", "Ümraniye Çarşı"),
    ("LOCATION", "KELVIN Kreis"), ("PERSON", "Anne-Marie O'Neil"),
]
NAMES = {"Zeynep", "Arslan", "Anne-Marie", "Anne", "O'Neil", "Kamau", "Ümit", "Élodie"}
FILLER = ["the", "call", "at", "visit", "near", "-", "/", "x", "<", ">", "(", ")", ",", "and", "street", "Mall"]


def texts(n: int, seed: int = 5) -> list[str]:
    rnd = random.Random(seed)
    pieces = [v for _, v in VALUES] + sorted(NAMES) + ["020-7946-0958", "+442079460958", "de89370400440532013000",
                                                       "ZEYNEP.ARSLAN@EXAMPLE.COM", "<Kamau>", "xKamau", "Kamaus"]
    out = []
    for i in range(n):
        parts = []
        for _ in range(rnd.randint(1, 90 if i % 7 == 0 else 12)):  # some texts past 64 words (the long-text path)
            p = rnd.choice(pieces + FILLER)
            p = rnd.choice([p, p.upper(), p.lower(), p.title(), p.casefold()])
            parts.append(p)
        sep = rnd.choice([" ", "", ", ", "\n"])
        out.append(sep.join(parts))
    return out


def fill(kv) -> None:
    for ent, v in VALUES:
        kv.add(ent, v)
    if isinstance(kv, OldKnownValues):
        kv.words.update({w: "PERSON" for w in NAMES})
    else:
        kv.add_name_words(NAMES)


def test_known_values_find_what_the_one_expression_found_in_memory_and_spilled():
    old, mem, disk = OldKnownValues(), KnownValues(), KnownValues(spill_at=0)
    for kv in (old, mem, disk):
        fill(kv)
    assert not mem.texts.spilled and disk.texts.spilled and disk.words.spilled and disk.digits.spilled
    shipped = pickle.loads(pickle.dumps(disk))  # as Ray sends it to a worker: still on disk there
    assert shipped.texts.spilled and len(shipped) == len(disk)
    found = 0
    for t in texts(400):
        want = old.find(t)
        found += len(want)
        assert mem.find(t) == want, t
        assert disk.find(t) == want, t
        assert shipped.find(t) == want, t
    assert found > 300  # the set exercises the matcher, not only its misses


def test_confirmed_names_propagate_as_the_one_pattern_did():
    words = NAMES | {"Lima", "Ana", "Jean-Luc", "D'Souza"}
    full = Scrubber.names_regex(words)
    for lex in (Lexicon("exact"), Lexicon("exact", spill_at=0)):
        lex |= words
        for t in texts(200, seed=9) + ["Ana Lima met Jean-Luc D'Souza; <Ana> xAna Ana_ Ana-Lima"]:
            rx = names_regex_in(lex, t)
            assert [m.span() for m in (rx.finditer(t) if rx else ())] == [m.span() for m in full.finditer(t)], t


def test_lexicon_spills_past_its_bound_keeps_later_kinds_and_never_shows_a_value():
    lex = Lexicon("fold", spill_at=3)
    for i in range(3):
        lex.set(f"kiwi {i}", "LOCATION")
    assert not lex.spilled
    lex.set("kiwi 3", "LOCATION")
    lex.set("kiwi 1", "ORGANIZATION")  # found again as another kind: the later kind wins, as before
    lex.setdefault("kiwi 2", "PERSON")  # a set-like add keeps the first
    assert lex.spilled and len(lex) == 4
    assert lex.get("kiwi 1") == "ORGANIZATION" and lex["kiwi 2"] == "LOCATION" and "kiwi 9" not in lex
    assert sorted(lex.candidates({"kiwi"})) == ["kiwi 0", "kiwi 1", "kiwi 2", "kiwi 3"]
    assert "kiwi" not in repr(lex)
    lex.close()
    assert len(lex) == 0 and "kiwi 1" not in lex


def test_dataset_state_merges_in_order_and_ships_spilled():
    a, b = DatasetState(spill_at=1), DatasetState(spill_at=1)
    a.known.add("LOCATION", "Springfield Mall")
    b.known.add("ORGANIZATION", "Springfield Mall")
    a.strong_names |= {"Kamau", "Wanjiru"}
    b.full_names[("wanjiru", "kamau")] = "PERSON"
    b.personal_keys.add("dana.white@example.com")
    state = DatasetState(spill_at=1).merge(a).merge(b).finish()
    assert state.spilled() and state.sizes()["name_words"] == 2
    assert state.known.texts.get("springfield mall") == "ORGANIZATION"
    two = pickle.loads(pickle.dumps(state))
    assert two.known.words is two.strong_names and "Kamau" in two.known.words  # one copy of the names
    assert two.joined.get("wanjirukamau") == "PERSON" and two.full_names.get(("wanjiru", "kamau")) == "PERSON"
    assert "dana.white@example.com" in two.personal_keys
