"""The re-scan's judgement of the words next to a name the scrub replaced: a part of that name left standing.

Why: the scrub may take one part of a name and leave another ("this is joseph asante" -> "this is <PERSON>
asante", "I'm major <PERSON>", "ben <PERSON> hussein"): the part left is often a common word somewhere ("mack",
"major", "riad"), so the scrub's detector passed over it, and the re-scan's detector, which reads the same words
the same way, could not see it either. The copy then passed with part of a person's name in it. What the
detector cannot tell from the word, the re-scan can tell from where it stands: the scrub wrote a name right
there, so a word in a name's position beside it is a part of that name unless it is plainly something else.

A word is read as a part of the name the scrub replaced when it stands, separated by spaces only, in one of
these positions:

* **after an introduction, before the replaced part** ("I'm major <PERSON>", "this is joseph <PERSON>");
* **after the replaced part that follows an introduction** ("this is <PERSON> asante", "ben <PERSON> hussein",
  "Hi <PERSON> mensah");
* **between two replaced parts** ("<PERSON> luisa <PERSON>").

and it can be a name: letters only, not capitalised (a capitalised word beside our span is the detector's to
read, and ``rescan.Rescan`` judges it against the input; here it cost ordinary words beside the scrub's false
names in clean sets), written in the same case as the part replaced (a lower-case name's part is
lower case, "This is <PERSON> again" is not; a name the list ranks in its thousand most common, and no English
word, in either case: "This is <PERSON> asante"), no function word of any language we read (spaCy's stop words:
"and", "again", "here", "ben" after the Turkish "ben" is "I"), no courtesy title ("mr", "frau"), and a given name
or surname the name list ranks (``NAME_RANK``; an English word only when it ranks high: "mack", "major" yes,
"tomorrow", "calling" no), or a word that no dictionary of ordinary words holds in any language (wordfreq's,
``dictwords``: a rare family name, "nerger"). Between two replaced parts a name particle ("van", "de", "bin") is
a part too.

Such a word is a leftover (``why: name_part``): re-scrubbed where the policy repairs, else the gate fails. It
is judged on the copy with the scrub's own spans (``rescan.Written``) and the input (for the replaced part's
case), so it costs a few regular-expression matches beside each replaced name, nothing elsewhere.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from .recognizers import Finding

__all__ = ["name_parts_left", "NAME_RANK"]

NAME_RANK = 2000  # a word beside a replaced name is a name's part when the list ranks it this common somewhere
ENGLISH_RANK = 1000  # ... and, if it is an English word too, this common ("mack" 522, "major" 94; "tomorrow" 3638)
# chat words that follow a name and that some country gives as a name ("this is joseph yeah")
CHAT_WORDS = frozenset("yeah yep yup nope hey hi hello thanks thank thx ok okay pls please lol sorry hmm uh um "
                       "btw asap fyi".split())
REACH = 72  # characters before a replaced name that an introduction is looked for in

# a word of a name: letters and combining marks (Indic, Thai, Hebrew vowel signs), an apostrophe or hyphen inside
_WORD = r"[^\W\d_](?:[^\W\d_]|[\u0300-\u036f\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0900-\u0dff\u0e31-\u0e4e'’-])*"
WORD_RX = re.compile(_WORD)


@functools.lru_cache(maxsize=1)
def _intro() -> str:
    """Every introduction and greeting the scrub's detector knows a name follows (``multilingual``, ``names``,
    ``native``), as one alternation, longest first."""
    from . import multilingual as ml
    from .names import INTRO
    from .native import SELF_INTRO

    alts: set[str] = set()
    for group in (ml.STRONG_INTRO, ml.WEAK_INTRO, ml.CAP_INTRO, ml.HERE_INTRO, ml.VOCATIVE, INTRO):
        alts.update(a.strip() for a in group.split("|") if a.strip())
    alts.update(SELF_INTRO)
    alts = {a.rstrip(",") for a in alts}
    return "|".join(re.escape(a).replace(r"\ ", r"[ \t]+") for a in sorted(alts, key=len, reverse=True))


@functools.lru_cache(maxsize=1)
def _rx() -> tuple[re.Pattern, re.Pattern]:
    """(an introduction ending right before a replaced name; an introduction then one word, ending there)."""
    intro = rf"(?<![\w'’])(?i:{_intro()})[ \t]*[,:]?[ \t]+"
    return re.compile(intro + r"$"), re.compile(intro + rf"(?P<x>{_WORD})[ \t]+$")


AFTER_RX = re.compile(rf"[ \t]+(?P<x>{_WORD})(?:[ \t]+(?P<y>{_WORD}))?")
BETWEEN_RX = re.compile(rf"[ \t]+(?P<x>{_WORD})[ \t]+$")


def _case(ch: str) -> int:
    return 1 if ch.isupper() else -1 if ch.islower() else 0


@functools.lru_cache(maxsize=1 << 14)
def name_part(word: str, particle_too: bool = False) -> bool:
    """Whether ``word`` can be a part of a person's name (see the module's docstring)."""
    from .honorifics import is_honorific
    from .languages import _index
    from .multilingual import PARTICLES
    from .names import ABBREVIATIONS, english_words, gazetteer

    low = word.casefold()
    if particle_too and low in PARTICLES and low not in ("y", "e", "i"):
        return True
    if len(word) < 2 or (word.isupper() and len(word) <= 3):
        return False  # "ID", "GB": an abbreviation
    if low in _index() or is_honorific(word) or low in ABBREVIATIONS or low in CHAT_WORDS:
        return False
    rank = gazetteer().best(word[:1].upper() + word[1:].lower() if word[:1].isalpha() else word)
    if 0 < rank <= NAME_RANK:
        return rank <= ENGLISH_RANK or low not in english_words()
    # a word no dictionary of ours holds, in any language ("nerger"): a rare family name, not an ordinary word
    from .dictwords import ordinary_in

    return len(word) >= 3 and low not in english_words() and not ordinary_in(word) and load_dictionary_ok()


def load_dictionary_ok() -> bool:
    """Whether the dictionary of ordinary words is installed (without it, a word it would know is not unknown)."""
    from .dictwords import load_dictionary

    return load_dictionary() is not None


@functools.lru_cache(maxsize=1 << 14)
def strong_name(word: str) -> bool:
    """A name part even when written in another case than the part replaced: a name the list ranks in its
    ``ENGLISH_RANK`` most common somewhere, no English word, and a name part by ``name_part``."""
    from .names import english_words, gazetteer

    if not name_part(word) or word.casefold() in english_words():
        return False
    return 0 < gazetteer().best(word[:1].upper() + word[1:].lower()) <= ENGLISH_RANK


def _first_letter(s: str) -> str:
    return next((c for c in s if c.isalpha()), "")


def name_parts_left(text: str, written: Sequence, src: str | None) -> list[Finding]:
    """Words of ``text`` (the copy) in a name's position beside a ``PERSON`` span the scrub wrote (``written``:
    ``rescan.Written``, in the copy's positions; ``src``: the input text, for the case of the part replaced), as
    ``PERSON`` findings (``source``: ``name_part``)."""
    ws = sorted((w for w in written if w.end > w.start), key=lambda w: w.start)
    if not any(w.entity == "PERSON" for w in ws):
        return []
    out: list[Finding] = []
    for k, w in enumerate(ws):
        if w.entity != "PERSON":
            continue
        lo = ws[k - 1].end if k else 0
        hi = ws[k + 1].start if k + 1 < len(ws) else len(text)
        replaced = _first_letter(src[w.src_start:w.src_end]) if src is not None else _first_letter(text[w.start:w.end])
        case = _case(replaced) if replaced else None

        def ok(word: str, particle_too: bool = False, case: int | None = case) -> bool:
            if word[0].isupper():
                return False  # a capitalised word beside our span is the detector's to read (rescan.Rescan)
            if case is None or _case(word[0]) == case or (particle_too and word.islower()):
                return name_part(word, particle_too)
            return strong_name(word)  # "this is Joseph asante": a name this common, in another case

        a = max(lo, w.start - REACH)
        seg, at = text[max(0, a - 1):w.start], a - max(0, a - 1)
        if _intro_ends(seg, at):
            m = AFTER_RX.match(text, w.end, hi)
            if m and ok(m.group("x")) and not _glued(text, m.end("x")):
                out.append(Finding(m.start("x"), m.end("x"), "PERSON", 1.0, "name_part"))
                if m.group("y") and ok(m.group("y")) and not _glued(text, m.end("y")):
                    out.append(Finding(m.start("y"), m.end("y"), "PERSON", 1.0, "name_part"))
        else:
            x = _intro_word(seg, at)
            if x is not None and ok(seg[x[0]:x[1]]) and lo <= x[0] + w.start - len(seg):
                out.append(Finding(x[0] + w.start - len(seg), x[1] + w.start - len(seg), "PERSON", 1.0, "name_part"))
        if k + 1 < len(ws) and ws[k + 1].entity == "PERSON":
            m = BETWEEN_RX.match(text, w.end, hi)
            if m and ok(m.group("x"), particle_too=True):
                out.append(Finding(m.start("x"), m.end("x"), "PERSON", 1.0, "name_part"))
    return out


@functools.lru_cache(maxsize=1 << 14)
def _intro_ends(seg: str, at: int) -> bool:
    """Whether an introduction ends ``seg`` (searched from ``at``; ``seg`` holds the one character before it that
    the introduction's look-behind reads): the same answer as searching the text between those positions.
    Memoised: one search of the long alternation costs ~0.1 ms, asked for every name the scrub wrote, and a long
    record repeats what stands before its names."""
    return _rx()[0].search(seg, at) is not None


@functools.lru_cache(maxsize=1 << 14)
def _intro_word(seg: str, at: int) -> tuple[int, int] | None:
    """The span in ``seg`` of the one word between an introduction and the end of ``seg`` (as ``_intro_ends``)."""
    m = _rx()[1].search(seg, at)
    return None if m is None else m.span("x")


def _glued(text: str, end: int) -> bool:
    """Whether the word ending at ``end`` runs on into something that is not a word's end ("asante@mail", "x_1")."""
    return end < len(text) and (text[end].isalnum() or text[end] in "@_/")
