"""The re-scan: proves the scrubbed copy holds no value of a targeted kind, without crying wolf.

Two things made the old re-scan wrong both ways. It re-ran the scrub's own detector on the texts the scrub
changed, so what the detector missed could never show up; and it read our own tokens as context, so
"account holder PERSON_cdf2…. Reason: broken lantern" made "Reason" a person and blocked ordinary data.

Here the scrubber tells the re-scan every span it wrote (``Written``: where in the copy, which input span it
replaced), and the re-scan looks at every text of every record (fields outside ``--fields`` too) with:

* the detector (its findings inside our spans are our own output: placeholders, pseudonyms, surrogates);
* ``KnownValues``: every value the scrub found anywhere in the dataset, searched verbatim (names by word,
  emails case-insensitively, numbers by their digits) in every text: a value confirmed as personal data in one
  place is personal data everywhere, whatever its context there. This is what finds a name and email left in
  ``completion`` beside their pseudonym in ``prompt``, and what a context-bound detector cannot see;
* optional extra recognizers (an independent implementation, e.g. Presidio's patterns).

A finding that reaches outside our spans in a text we changed is judged against the input: the characters it
covers outside our spans are mapped back to the input text, and the detector looks there. If it finds a value
of a targeted kind covering them in the input too, the scrub missed it (a leftover, the gate fails); if not,
the finding exists only because of what we wrote beside it (an artefact of the substitution, counted in the
evidence, never silently). Known values are leftovers wherever they are outside our spans.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from .intervals import Intervals, covering
from .known import DIGIT_KINDS_MIN, EMAIL, NUMBER_RUN, WORD, KnownValues  # noqa: F401  (KnownValues lives there)
from .recognizers import Finding



@dataclass(frozen=True)
class Written:
    """A span the scrubber wrote: ``[start, end)`` in the scrubbed text, replacing ``[src_start, src_end)`` of
    the input text, for a finding of ``entity``."""

    start: int
    end: int
    src_start: int
    src_end: int
    entity: str


def source_pos(pos: int, written: Sequence[Written], index: Intervals | None = None) -> int:
    """The input position of a scrubbed-text position outside every written span (``written`` in order).
    With ``index`` (the ``Intervals`` of ``written``) it answers in logarithmic time where the spans are ordered:
    a caller that maps many positions of one long text must pass it (one walk per position was quadratic: 85 of
    the 100 CPU s of a 50 MB record)."""
    if index is not None:
        return _source_pos(pos, written, index)
    delta = 0
    for w in written:
        if w.end <= pos:
            delta = w.src_end - w.end
        else:
            break
    return pos + delta


def _source_pos(pos: int, written: Sequence[Written], index: Intervals) -> int:
    """``source_pos`` in logarithmic time where ``written`` is ordered (``index``: its ``Intervals``)."""
    if not index.ordered:
        return source_pos(pos, written)
    i = bisect_right(index.ends, pos) - 1
    return pos + (written[i].src_end - written[i].end if i >= 0 else 0)


def outside(f: Finding, written: Sequence[Written]) -> list[int]:
    """Positions of ``f`` that lie outside every written span."""
    inside = set()
    for w in written:
        if w.start < f.end and f.start < w.end:
            inside.update(range(max(w.start, f.start), min(w.end, f.end)))
    return [p for p in range(f.start, f.end) if p not in inside]


def _substantial(text: str, positions: Iterable[int]) -> bool:
    """Whether the characters at ``positions`` hold something a value could be made of: a letter, or more than
    four digits (punctuation, spaces and a short number left beside a token are not a value)."""
    chars = "".join(text[p] for p in positions)
    return any(c.isalpha() for c in chars) or sum(c.isdigit() for c in chars) > 4


PLACE_KINDS = ("STREET_ADDRESS", "LOCATION")


def _continues_place(text: str, f: Finding, written: Sequence[Written]) -> bool:
    """Whether ``f`` continues an address or place we replaced (only spaces, commas, dashes or slashes and a
    house number between them) and holds, outside our spans, a capitalised word or a postcode: the rest of an
    address line (town, postcode) that the scrub's address grammar stopped short of."""
    rest = set(outside(f, written))
    for w in written:
        if w.entity not in PLACE_KINDS:
            continue
        gap = text[w.end:f.start] if w.end <= f.start else text[f.end:w.start] if f.end <= w.start else ""
        if re.fullmatch(r"[\s,/-]{0,3}(?:\d{1,5}[\s,/-]{1,3})?", gap):
            body = "".join(text[p] if p in rest else " " for p in range(f.start, f.end))
            if re.search(r"\b\d{4,6}\b", body) or any(t[:1].isupper() for t in re.findall(r"[^\W\d_]+", body)):
                return True
    return False


@dataclass(frozen=True)
class Leftover:
    """A re-scan finding the scrub did not cover: ``why`` is ``missed`` (in text the scrub left unchanged),
    ``known_value`` (a value found elsewhere in the dataset), or ``beside_substitution`` (a value the
    detector finds in the input too, partly outside what the scrub replaced)."""

    finding: Finding
    why: str


Detect = Callable[[Sequence[str]], list[list[Finding]]]


class Rescan:
    """``judge(scrubbed, written, inputs)`` -> (leftovers per text, artefacts by kind).

    ``detect`` is the detector (policy kinds, threshold applied); ``extra`` more recognizers whose findings are
    judged the same way; ``known`` the values the scrub found."""

    def __init__(self, detect: Detect, known: KnownValues | None = None,
                 extra: Sequence[Callable[[str], list[Finding]]] = (),
                 is_name_word: Callable[[str], bool] | None = None):
        self.detect = detect
        self.known = known if known is not None else KnownValues()
        self.extra = list(extra)
        self.is_name_word = is_name_word or (lambda w: False)
        self.artefacts: list[tuple[int, Finding]] = []  # (text index, finding) of the last judge(), for a reviewer

    def _names_beside(self, text: str, rest: list[int]) -> bool:
        """Whether the characters a person finding holds outside our spans include a capitalised word that is
        a person's name (a name already found in the dataset, or one in the name lists): the detector saw a
        person there only next to our token, but a real name is a leftover whatever made it visible."""
        chars = "".join(text[p] if p in rest else " " for p in range(min(rest), max(rest) + 1))
        return any(w[0].isupper() and (w in self.known.words or self.is_name_word(w))
                   for w in re.findall(r"[^\W\d_][\w'’-]*", chars))

    def _all(self, texts: Sequence[str], pre: Sequence[list[Finding] | None] | None = None) -> list[list[Finding]]:
        todo = [i for i, t in enumerate(texts) if pre is None or pre[i] is None]
        got = self.detect([texts[i] for i in todo]) if todo else []
        found = list(pre) if pre is not None else [None] * len(texts)
        for i, fs in zip(todo, got):
            found[i] = fs
        if self.extra:
            found = [fs + [f for x in self.extra for f in x(t)] for t, fs in zip(texts, found)]
        return found

    def judge(self, scrubbed: Sequence[str], written: Sequence[Sequence[Written]],
              inputs: Sequence[str | None], pre: Sequence[list[Finding] | None] | None = None
              ) -> tuple[list[list[Leftover]], Counter]:
        """``written[i]`` are the spans written into ``scrubbed[i]`` (empty: the text is as it was read);
        ``inputs[i]`` the text as read (needed only where something was written); ``pre[i]``, when given, the
        detector's findings on an unchanged text, known from the scrub (the detector is deterministic)."""
        artefacts: Counter = Counter()
        self.artefacts = []
        out: list[list[Leftover]] = [[] for _ in scrubbed]
        pending: dict[int, list[tuple[Finding, list[int]]]] = {}
        for i, (t, fs) in enumerate(zip(scrubbed, self._all(scrubbed, pre))):
            ws = sorted(written[i], key=lambda w: w.start)
            index = Intervals(ws)
            for f in fs:
                rest = outside(f, index.within(f.start, f.end))
                if not rest or not _substantial(t, rest):
                    continue  # our own output (and the punctuation around it)
                if not ws:
                    out[i].append(Leftover(f, "missed"))
                else:
                    pending.setdefault(i, []).append((f, rest))
            for f in self.known.find(t):
                rest = outside(f, index.within(f.start, f.end))
                if rest and _substantial(t, rest):
                    out[i].append(Leftover(f, "known_value"))
        if pending:
            idx = sorted(pending)
            srcs = [inputs[i] or "" for i in idx]
            for i, src, gs in zip(idx, srcs, self._all(srcs)):
                ws = sorted(written[i], key=lambda w: w.start)
                index = Intervals(ws)
                found_in = covering(gs)  # the detector's findings in the input, as the positions they hold
                for f, rest in pending[i]:
                    pairs = [(p, _source_pos(p, ws, index)) for p in rest if scrubbed[i][p].isalnum()]
                    mapped = {q for _, q in pairs}
                    if any(q >= len(src) or src[q] != scrubbed[i][p] for p, q in pairs):
                        # text outside our spans that is not the input's own: never an artefact of ours
                        out[i].append(Leftover(f, "missed"))
                    elif any(found_in.hits(q, q + 1) for q in mapped) or (
                            f.entity == "PERSON" and self._names_beside(scrubbed[i], rest)) or (
                            _continues_place(scrubbed[i], f, index.near(f.start, f.end, 16))):
                        out[i].append(Leftover(f, "beside_substitution"))
                    else:
                        artefacts[f.entity] += 1
                        self.artefacts.append((i, f))
        for i, lo in enumerate(out):  # one leftover per place (a known value and a detector finding may agree)
            seen: set[tuple[int, int]] = set()
            keep: list[Leftover] = []
            reach = -1  # the furthest end seen: in start order, a non-empty finding meets a kept one iff it starts before
            for x in sorted(lo, key=lambda x: (x.finding.start, -x.finding.end)):
                s0, e0 = x.finding.start, x.finding.end
                met = s0 < reach if s0 < e0 else any(s < e0 and s0 < e for s, e in seen)
                if not met:
                    keep.append(x)
                    seen.add((s0, e0))
                    reach = max(reach, e0)
            out[i] = keep
        return out, artefacts
