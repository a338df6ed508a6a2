"""A person named as the one a chat's verb is done to or with: "ask aysel about it", "tell micaela the parcel
arrived", "check with fernanda before friday", "cc Mai Vũ", "handing over to X", "spoke with X's mother".

Why: chats name a colleague, a relative or the person a ticket is handed to by the given name alone, often in
lower case. The detector's name readers need more than one word (a "given surname" pair), a capital (the NER
model, the lone-name reader) or an introduction ("this is", "my name is"); "ask maria about it" has none of
them, so every given name in such a frame was left (the dev set ``benchmarks/pii_person12.py`` leaked 24 of 24).
The verb is the context: English verbs and phrases that take a person as their object ("ask", "tell", "told",
"ping", "remind", "check with", "spoke with", "talk to", "cc", "handing over to", "looping in", "referred by")
are followed by a name, a pronoun or an ordinary noun ("ask support", "tell them", "cc the billing team").

A word after such a frame is a name when it can be one (``nameparts.name_part``: a given name or surname the
name list ranks, an English word only when it ranks very high; or a word no dictionary of ordinary words holds in
any language, "xudaverdi") and is no function word, common word or courtesy word. Up to two more such words
follow it ("ask wei zhang about it", "cc Mai Vũ"). The name must end its clause: punctuation, the end, a
possessive ("X's mother") or a function word ("about", "the", "before", "when") follows, so a noun phrase
("ask maria-db support", "tell sales team") is not read as a person.

Only positions are returned; nothing is logged.
"""

from __future__ import annotations

import functools
import re

from .prefilter import fast
from .recognizers import Finding

__all__ = ["addressed_people", "name_word", "SOURCE"]

SOURCE = "person_context_addressed"
# verbs and phrases whose object is a person (English chat); not "text", a noun as often ("text data in UTF-8")
FRAMES = (r"ask|asked|asking|tell|told|telling|ping|pinged|remind|reminded|texted|thank|thanked|"
          r"check(?:ed|ing)? with|talk(?:ed|ing)? (?:to|with)|spoke (?:to|with)|speak(?:ing)? (?:to|with)|"
          r"(?:got )?off the phone with|on the phone with|met with|meet(?:ing)? with|"
          r"cc|bcc|cc'?d|cc'?ing|loop(?:ed|ing)? in|hand(?:ed|ing)? (?:it )?over to|hand-?over to|"
          r"transferr?(?:ed|ing)?(?: you)? to|referred by|refer(?:red)? to|escalat(?:ed|ing) to|forward(?:ed)? to")
# the frame, then one to three words (letters, marks, an inner apostrophe or hyphen)
_WORD = r"[^\W\d_](?:[^\W\d_]|[\u0300-\u036f'’-])*"
FRAME = fast(re.compile(rf"(?i:(?<![\w-])(?:{FRAMES}))[ \t]*:?[ \t]+({_WORD}(?:[ \t]+{_WORD}){{0,2}})"))
# (tried only where a frame's first letters stand: prefilter.py)
POSSESSIVE = re.compile(r"['’]s?(?![\w])")
CLAUSE_END = re.compile(r"[ \t]*(?:[.,;:!?()\n]|$)")
MAX_WORDS = 3


@functools.lru_cache(maxsize=1 << 14)
def name_word(word: str) -> bool:
    """Whether ``word`` can be a name's part here: a name part (``nameparts.name_part``), no function word of
    any language we read, no common or courtesy word, no brand (``brands.brand_word``)."""
    from spacy.lang.en.stop_words import STOP_WORDS

    from .brands import brand_word
    from .nameparts import name_part
    from .recognizers import _is_common

    low = word.casefold()
    if len(word) < 2 or low in STOP_WORDS or _is_common(word) or brand_word(word):
        return False  # ("ask jira about it": a product's name)
    return name_part(word)


def _ends_clause(text: str, end: int) -> bool:
    """A name ends here: punctuation or the end, a possessive, or a function word follows."""
    if CLAUSE_END.match(text, end) or POSSESSIVE.match(text, end):
        return True
    m = re.compile(r"[ \t]+([^\W\d_]+)").match(text, end)
    if m is None:
        return False
    from spacy.lang.en.stop_words import STOP_WORDS

    return m.group(1).casefold() in STOP_WORDS


def addressed_people(text: str) -> list[Finding]:
    """Names after a verb that takes a person (see the module's docstring): their spans, as PERSON."""
    out = []
    for m in FRAME.finditer(text):
        start = m.start(1)
        ends = []  # the end of each name word taken, in order
        for w in list(re.finditer(_WORD, m.group(1)))[:MAX_WORDS]:
            core = POSSESSIVE.sub("", w.group())
            if not name_word(core):
                break
            ends.append(start + w.start() + len(core))
            if core != w.group():
                break  # "spoke with ana's mother": the name ends at its possessive
        # the longest run of name words that ends its clause ("ask wei zhang about" -> "wei zhang")
        for end in reversed(ends):
            if _ends_clause(text, end):
                out.append(Finding(start, end, "PERSON", 0.75, SOURCE))
                break
    return out
