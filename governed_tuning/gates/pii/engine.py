"""The scrubbing engine: detect (cheap recognizers + spaCy NER only where a name can be), anonymise, re-scan.

Speed comes from running NER on less text, not from faster plumbing: a text is split into sentences and
lines, and only segments holding a capitalised word that is not a common word go through spaCy (batched with
``nlp.pipe``, only ``tok2vec`` and ``ner`` loaded). Results are cached per segment, so repeated strings (system
prompts, greetings) cost nothing the second time. Nothing here logs, prints or raises with matched text.
With ``pii.detector: presidio`` the finding is done by Presidio's AnalyzerEngine instead (``presidio.py``);
everything after detection is the same.
"""

from __future__ import annotations

import functools
import hashlib
import hmac
import itertools
import re
import unicodedata
import weakref
from collections import OrderedDict
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from ...errors import GovernedTuningError
from ...policy import PiiPolicy
from .affixed import affixed_people
from .ages import age_cue_people
from .alternation import alternation
from .cjk import (CJK_CHAR_EDGE, CJK_CHAR_END, CJK_NAME_EDGE, cjk_dataset_name, cjk_name_words, cjk_people,
                  cjk_places, has_cjk, split_name)
from .companies import company_name
from .brands import brand_reading
from .dictwords import menu_item, ordinary_inside, ordinary_opening, ordinary_pair, trim_ordinary_edges
from .contextual import CONTEXTUAL_TYPES, contextual
from .identifiers import ID_KINDS, identifiers
from .identifiers import _compiled as _compiled_ids
from .months import _calendar
from .cldrwords import _vocabulary
from .idlabels import GENERIC_KIND, LABELLED_KINDS, labelled_ids
from .intervals import Intervals
from .kinds import KINDS
from .known import names_regex_in
from .letters import team_signature
from .addressed import addressed_people
from .names import (email_names, english_or_unknown, is_english, local_parts, lone_names, lower_case_names,
                    place_words_only, plausible_person, recase)
from .honorifics import honorific_people
from .multilingual import multilingual_people
from .nameforms import name_forms
from .native import native_people, native_places
from .nativeframes import frame_people, widen_people
from .people import given_then_listed_family, judge_people, label_before_colon, thing_here
from .places import known_place, places, plausible_place
from .products import PRODUCT_WORDS, REFERENCE_WORDS, after_reference
from .scriptlines import script_lines
from .scripts import has_script, script_people, whole_value
from .streets import streets
from .recognizers import STRUCTURED, UP, Finding, _is_common, name_list_members
from .surrogates import NOT_SURROGATABLE
from .windows import FIRST_USE, WINDOWED, WindowMemo, detect_windowed

# made once in the parent before a long text's windows are read by forked workers (windows._warm): the
# identifiers' patterns, the month and weekday names and the CLDR vocabulary the people's judge reads
FIRST_USE += [_compiled_ids, _calendar, _vocabulary]

NER_LABELS = {"PERSON": "PERSON", "GPE": "LOCATION", "LOC": "LOCATION", "FAC": "LOCATION", "NORP": "NRP",
              "ORG": "ORGANIZATION", "DATE": "DATE_TIME"}
# which entity types each cheap recognizer can produce (a recognizer whose types the policy ignores is skipped)
RECOGNIZER_TYPES = {"email": {"EMAIL_ADDRESS"}, "ip": {"IP_ADDRESS"}, "iban": {"IBAN_CODE"},
                    "numbers": {"CREDIT_CARD", "US_SSN", "PHONE_NUMBER"},
                    "devices": {"MAC_ADDRESS", "DEVICE_ID", "HOUSEHOLD_ID"},
                    "special_categories": {"HEALTH_DATA", "RELIGION"}, "addresses": {"STREET_ADDRESS"},
                    "person_context": {"PERSON"}, "identifiers": set(ID_KINDS), "contextual": CONTEXTUAL_TYPES,
                    "places": {"LOCATION", "STREET_ADDRESS"}, "streets": {"STREET_ADDRESS", "LOCATION", "PERSON"},
                    "name_lists": {"PERSON"}, "cjk": {"PERSON", "LOCATION", "STREET_ADDRESS"},
                    "scripts": {"PERSON", "LOCATION", "STREET_ADDRESS"},
                    "labelled_ids": set(ID_KINDS) | set(LABELLED_KINDS) | {GENERIC_KIND, "USER_HANDLE"}}
CHEAP = {**STRUCTURED, "identifiers": identifiers, "contextual": contextual, "places": places, "streets": streets,
         "name_lists": lambda text: lower_case_names(text, _is_common) + multilingual_people(text, _is_common)
         + name_forms(text, _is_common) + affixed_people(text) + honorific_people(text, _is_common)
         + addressed_people(text),
         "cjk": lambda text: cjk_people(text) + cjk_places(text),
         "scripts": lambda text: widen_people(text, script_people(text) + script_lines(text) + native_people(text)
                                              + frame_people(text)) + native_places(text),
         "labelled_ids": labelled_ids}
SUPPORTED = set(NER_LABELS.values()) | set().union(*RECOGNIZER_TYPES.values())
assert SUPPORTED == set(KINDS), f"kinds without a recognizer: {sorted(set(KINDS) ^ SUPPORTED)}"

# lines, and sentences of long lines (a full stop after two lower-case letters: not an initial, not "Dr.")
SEGMENT = re.compile(r"(?:[^\n]{0,400}?(?<=[a-z]{2}[.!?])(?=\s)|[^\n]{1,400}(?=\n|$)|[^\n]{400})")
# spaCy's small model often files unfamiliar names under ORG, GPE or WORK_OF_ART: a span shaped like a name
# (1-4 capitalised words, no organisation word, no digits) is treated as a person when the policy scrubs people
NAMEISH = re.compile(rf"[{UP}][\w'’-]*\.?(?:[ \t]+(?:(?:van|von|de|da|del|der|den|di|le|la|ten|ter|bin|al|el)[ \t]+)?"
                     rf"[{UP}][\w'’-]*\.?){{0,3}}")
ORG_WORDS = re.compile(r"\b(?:inc|ltd|llc|corp|corporation|company|co|group|bank|university|college|school|"
                       r"association|services|solutions|systems|technologies|international|foundation|institute|"
                       r"agency|department|ministry|council|club|hotel|airlines?|the|of|and|for|"
                       # words of identifiers' and documents' names ("National Insurance", "Medicare", "Steuer-ID")
                       r"insurance|national|medicare|medicaid|tax|revenue|security|social|health|registration|"
                       r"number|card|id|passport|licen[cs]e|permit|visa|steuer|resident|citizen|service|"
                       # groups and works, not people
                       r"orchestra|band|choir|ensemble|records|magazine|weekly|daily|times|news|press|festival|"
                       r"museum|theat(?:re|er)|studios?)\b\.?", re.I)
STRONG_PERSON = {"spacy_ner", "speaker_label"}
WEB_ADDRESS = re.compile(r"(?i)\w\.[a-z]{2,}/|://|\bwww\.")  # "x.com/jdoe": the model's span holds a URL
CASED_LETTER = re.compile(r"[A-Za-zÀ-ɏͰ-Ͽ\u0400-\u052f]")  # a letter of a script the model's capitals can read
NER_SCORE = 0.7  # confidence given to a spaCy NER entity (either detector)
# not NORP: what the model files there is nationalities and groups ("Swedish", "Thai"), not names
SHAPE_LABELS = {"ORG", "GPE", "LOC", "FAC", "WORK_OF_ART", "PRODUCT", "EVENT"}
CANDIDATE = re.compile(rf"(?<![\w<])[{UP}][\w'’-]+")
# a word of a person's name; combining marks and joiners stay inside it (Indic vowel signs and viramas, Thai and
# Hebrew marks, a decomposed accent): "प्रतिभा" is one word, not four pieces
MARKS = "\u0300-\u036f\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0900-\u0dff\u0e31-\u0e4e\u200c\u200d"
NAME_WORD = re.compile(rf"[\w'’{MARKS}-]+")
# what our own anonymisation writes: placeholders, pseudonyms, masks (ignored by the re-scan)
OUR_TOKENS = re.compile(r"<[A-Z_]+>|\b[A-Z_]+_[0-9a-f]{10}\b")


KEYED_ACTIONS = ("pseudonymize", "surrogate")  # actions whose output is chosen by the secret key

# a bare number right after one of these words is the shop's reference, not a phone or a national identifier
# (only weak findings are dropped: a labelled or well-formatted identifier stays found)
# (in the languages we ship to, and product words: products.py)
REFERENCE = re.compile(rf"(?i)(?<![^\W_])(?:{REFERENCE_WORDS}|{PRODUCT_WORDS})(?![^\W_])")


LONG_TEXT = 4096  # texts at least this long have their findings remembered by digest (detect_many)
LONG_MEMO = 200_000  # findings held by that memo at most (positions only: ~100 bytes each), oldest dropped first

MONTH_NAMES = {"april", "may", "june", "july", "august"}  # months that are also given names


class PiiKeyError(GovernedTuningError):
    """The policy asks for keyed pseudonyms but no key is available."""


def load_key(policy: PiiPolicy, create: bool = False):
    """The pseudonym key (``keys.PseudonymKey``): the policy's environment variable, else its key file, else
    the user's own key (created on first use when ``create``); None when there is none and none is created."""
    from .keys import resolve_key

    return resolve_key(policy.pseudonym_key_env, policy.pseudonym_key_file, create=create)


@dataclass
class ModelInfo:
    name: str
    version: str
    sha256: str


_NLP: dict[str, tuple[object, ModelInfo]] = {}


def load_ner(name: str):
    """The spaCy pipeline with only tok2vec and ner, loaded once per process; plus its name, version, digest."""
    if name in _NLP:
        return _NLP[name]
    import spacy

    keep = {"tok2vec", "ner"}
    exclude = [p for p in _pipe_names(name) if p not in keep]
    # spaCy imports every package's spacy_factories entry point when it builds a pipeline; Presidio registers
    # one that pulls in transformers (~4 s). tok2vec and ner are built in, so load without them first.
    eps = spacy.util.registry._entry_point_factories
    try:
        old, eps.entry_points = eps.entry_points, False
        try:
            nlp = spacy.load(name, exclude=exclude)
        finally:
            eps.entry_points = old
    except Exception:  # noqa: BLE001 - a plug-in factory or a missing model: the plain load below says which
        nlp = None
    try:
        nlp = nlp or spacy.load(name, exclude=exclude)
    except OSError:
        raise GovernedTuningError(f"pii.ner_model: spaCy pipeline {name!r} is not installed; expected the name of "
                                  f"an installed spaCy package or a model folder") from None
    _NLP[name] = (nlp, model_info(nlp, name))
    return _NLP[name]


def model_info(nlp, name: str) -> ModelInfo:
    """Name, version and digest (of the model's folder) of a loaded spaCy pipeline, for the evidence."""
    from spacy.util import get_package_path, is_package

    from ...digest import sha256_tree

    folder = Path(nlp.path) if getattr(nlp, "path", None) else (get_package_path(name) if is_package(name) else None)
    digest = sha256_tree(folder) if folder and folder.exists() else ""
    return ModelInfo(name=nlp.meta.get("name", name) and f"{nlp.meta.get('lang', '')}_{nlp.meta.get('name', '')}",
                     version=str(nlp.meta.get("version", "")), sha256=digest)


def _pipe_names(name: str) -> list[str]:
    import spacy

    try:
        return list(spacy.util.get_model_meta(spacy.util.get_package_path(name)).get("pipeline", []))
    except Exception:  # a folder, not a package
        p = Path(name) / "meta.json"
        if p.exists():
            import json

            return list(json.loads(p.read_text()).get("pipeline", []))
        return []


def name_shaped(ent) -> bool:
    """A spaCy entity that is not labelled PERSON but is shaped like a person's name (the small model files
    unfamiliar names under ORG, GPE, WORK_OF_ART ...): 1-4 capitalised words, no organisation word, not all
    common words, and a place only when it has more than one word."""
    return (ent.label_ in SHAPE_LABELS and bool(NAMEISH.fullmatch(ent.text))
            and (ent.label_ not in ("GPE", "LOC") or len(ent.text.split()) > 1)
            and not ORG_WORDS.search(ent.text) and not all(_is_common(w) for w in ent.text.split()))


def _in_word(c: str) -> bool:
    return c.isalnum() or c in "\u200c\u200d" or unicodedata.category(c)[0] == "M"


def _mark(c: str) -> bool:
    return c in "\u200c\u200d" or unicodedata.category(c)[0] == "M"


def _no_space(c: str) -> bool:
    """A letter of a script written without spaces between words: Thai, Lao, Myanmar, Khmer."""
    return "\u0e00" <= c <= "\u0eff" or "\u1000" <= c <= "\u109f" or "\u1780" <= c <= "\u17ff"


def _thai(text: str, s: int, e: int) -> bool:
    """Whether the span [s, e) starts or ends in Thai letters (or Lao, Myanmar, Khmer: written the same way)."""
    return any(_no_space(text[i]) for i in (s, e - 1) if 0 <= i < len(text))


def whole_words(text: str, f: Finding) -> Finding:
    """A name or place that ends (or starts) inside a word of a script with combining marks widened to the
    whole word: ``\\w`` stops at an Indic vowel sign or virama and at a Thai mark, so "प्रतिभा" read by a word
    pattern ends before "ा", and the copy kept "PERSON_…ा" (and "चटर्जी" was cut into pieces)."""
    if f.entity not in ("PERSON", "LOCATION"):
        return f
    s, e, n = f.start, f.end, len(text)
    if _thai(text, s, e):
        # Thai writes no spaces: its "word" by \w is the whole run (a sentence); a finding there was cut at a
        # word boundary by a tokenizer (native.py) and widens over combining marks only ("ที่เชียงราย": the
        # town after "ที่" is not widened over "ที่" and the sentence before it)
        while e < n and _mark(text[e]):
            e += 1
        while s > 0 and _mark(text[s]):
            s -= 1
        return f if (s, e) == (f.start, f.end) else Finding(s, e, f.entity, f.score, f.source)
    if e < n and (_mark(text[e]) or (e > s and _mark(text[e - 1]) and text[e].isalnum())):
        while e < n and _in_word(text[e]):
            e += 1
    if s > 0 and (_mark(text[s]) or _mark(text[s - 1])):
        while s > 0 and _in_word(text[s - 1]):
            s -= 1
    return f if (s, e) == (f.start, f.end) else Finding(s, e, f.entity, f.score, f.source)


def resolve(findings: Iterable[Finding]) -> list[Finding]:
    """Non-overlapping findings: overlapping ones merge into their union (nothing found is ever left out),
    typed by the strongest (then longest) of them.

    A date of birth is never widened to the text before it: a longer finding of another kind that starts
    earlier and runs into the date ("Adresse: Zobelplatz 1-6, 91573 Sondershausen ... geboren am 24. September
    1963" read whole as an address) keeps its own kind up to the date, and the date's span starts at the date.
    Typing the union by the stronger birth date made whole sentences one ``<DATE_OF_BIRTH>``."""
    out: list[Finding] = []
    for f in sorted(findings, key=lambda f: (f.start, -f.end)):
        if out and f.start < out[-1].end and f.entity == "DATE_OF_BIRTH" and out[-1].entity != "DATE_OF_BIRTH" \
                and out[-1].start < f.start:
            g = out[-1]
            out[-1] = Finding(g.start, f.start, g.entity, g.score, g.source)
            out.append(Finding(f.start, max(f.end, g.end), f.entity, f.score, f.source))
            continue
        if out and f.start < out[-1].end:
            g = out[-1]
            top = max((f, g), key=lambda x: (x.score, x.end - x.start))
            out[-1] = Finding(g.start, max(g.end, f.end), top.entity, top.score, top.source)
        else:
            out.append(f)
    return out


KNOWN_SHORT = 300  # texts up to this long have their known values remembered (``Scrubber.find_known``)


class Scrubber:
    """Detects and anonymises per the policy: ``detect_many``, ``propagate``, ``anonymise``, ``residual``."""

    def __init__(self, policy: PiiPolicy, key: bytes | None = None, cache_size: int = 200_000):
        self.policy = policy
        self.entities = set(policy.entities)
        unknown = self.entities - SUPPORTED
        if unknown:
            raise GovernedTuningError(f"pii.entities: no recognizer for {sorted(unknown)}; expected some of "
                                      f"{sorted(SUPPORTED)}")
        keyed = sorted(t for t, r in policy.entities.items() if r.action in KEYED_ACTIONS)
        bad = sorted(t for t, r in policy.entities.items() if r.action == "surrogate" and t in NOT_SURROGATABLE)
        if bad:
            raise GovernedTuningError(f"pii.entities: {bad} cannot take the surrogate action (a fake value of a "
                                      f"special category would be a falsehood about a person); use placeholder")
        if key is not None:
            from .keys import PseudonymKey

            self.key_info = PseudonymKey(key, "environment") if keyed else None
        else:  # first use: with nothing configured, the user's own key is created (and announced once)
            self.key_info = load_key(policy, create=bool(keyed))
        self.key = self.key_info.key if self.key_info is not None else None
        if keyed and self.key is None:  # pragma: no cover - load_key creates one
            raise PiiKeyError(f"the policy pseudonymises {keyed} with a secret key, but none is available")
        self.surrogates = None
        if any(r.action == "surrogate" for r in policy.entities.values()):
            from .surrogates import Surrogates

            self.surrogates = Surrogates(self.key, default_locale=policy.surrogate_locale)
        self.recognizers = [n for n, types in RECOGNIZER_TYPES.items() if types & self.entities]
        self.ner_types = {v for v in NER_LABELS.values() if v in self.entities}
        self.presidio = None
        if policy.detector == "presidio":
            from .presidio import presidio_detector

            self.presidio = presidio_detector(policy, {n: (self._recognizer(n), RECOGNIZER_TYPES[n])
                                                      for n in self.recognizers})
            self.nlp, self.model = None, self.presidio.model
            self.recognizers = self.presidio.recognizer_names
        else:
            self.nlp, self.model = load_ner(policy.ner_model) if self.ner_types else (None, None)
        if {"PERSON", "LOCATION"} <= self.ner_types:
            known_place("")  # load the gazetteer now, with the model, not in the middle of the first batch
        self.allow = {w.casefold() for w in policy.allow_list}
        self._cache: dict[str, tuple[Finding, ...]] = {}
        self._cheap_memo: dict[str, tuple[Finding, ...]] = {}
        self._text_memo: dict[str, tuple[tuple[Finding, ...], int]] = {}  # short text -> (findings, segments)
        self._short_memo: dict[str, dict[str, tuple[Finding, ...]]] = {}  # per reader: short text -> findings (windowed)
        self._long_memo: OrderedDict[bytes, tuple[Finding, ...]] = OrderedDict()  # digest of a long text -> findings
        self._long_held = 0  # findings in _long_memo
        self._window_memo = WindowMemo() if cache_size else None  # windows of long texts (windows.py)
        self._known_digest: tuple | None = None  # (weak ref to the known values, their sizes, their digest)
        self._known_short: tuple | None = None  # (weak ref to the known values, their sizes, {(text, names): found})
        self._names_short: tuple | None = None  # (weak ref to the confirmed names, their number, {text: pattern})
        self._cache_size = cache_size
        self.ner_segments = 0  # how many segments went through NER (for the evidence)
        self.segments = 0

    # ------------------------------------------------------------------ detection

    def _recognizer(self, name: str):
        """The cheap recognizer ``name`` as this policy runs it (identifiers: only the policy's kinds, and its
        ``unlabelled_ids`` setting)."""
        if name == "labelled_ids":  # the label's family picks among the kinds this policy targets
            fn = self.__dict__.get("_labelled")
            if fn is None:
                ents = frozenset(self.entities)
                fn = self.__dict__["_labelled"] = lambda text: labelled_ids(text, ents)
            return fn
        if name != "identifiers":
            return CHEAP[name]
        fn = self.__dict__.get("_identifiers")
        if fn is None:
            ents, level = self.entities, self.policy.unlabelled_ids
            fn = self.__dict__["_identifiers"] = lambda text: identifiers(text, ents, level)
        return fn

    def _cheap(self, text: str) -> list[Finding]:
        out: list[Finding] = []
        ents = self.entities
        for name in self.recognizers:
            found = self._recognizer(name)(text)
            if found:  # (most find nothing: no generator made for them)
                out.extend([f for f in found if f.entity in ents])
        if out and REFERENCE.search(text):
            # (a number's reading; a name or a place after "ticket:" is no reference: "ticket:\n淳と申します")
            out = [f for f in out if not (f.score < 0.8 and f.entity not in ("PERSON", "LOCATION")
                                          and after_reference(text, f.start, f.end))]
        return out

    def _cheap_cached(self, text: str) -> list[Finding]:
        """The pattern recognizers' findings, remembered for short texts (keys such as "content" and "role",
        greetings, system prompts repeat in every record; the recognizers are deterministic)."""
        if len(text) > 300 or self._cache_size == 0:
            return self._cheap(text)
        hit = self._cheap_memo.get(text)
        if hit is None:
            hit = tuple(self._cheap(text))
            if len(self._cheap_memo) < self._cache_size:
                self._cheap_memo[text] = hit
        return list(hit)

    def _needs_ner(self, seg: str) -> bool:
        return any(not _is_common(m.group()) and not OUR_TOKENS.fullmatch(m.group()) for m in CANDIDATE.finditer(seg))

    def detect_many(self, texts: Sequence[str]) -> list[list[Finding]]:
        """Findings per text (policy types only, above the score threshold, allow-list applied).

        A long text's findings are remembered by its digest (positions only, never the text): the re-scan
        judges a leftover against the input text the scrub detected already, and on a 50 MB record running
        the recognizers again over it was a third of the time."""
        out: list[list[Finding] | None] = [None] * len(texts)
        keys: dict[int, bytes] = {}
        if self._cache_size:
            for i, t in enumerate(texts):
                if len(t) >= LONG_TEXT:
                    keys[i] = hashlib.blake2b(t.encode("utf-8", "surrogatepass"), digest_size=16).digest()
                    hit = self._long_memo.get(keys[i])
                    if hit is not None:
                        self._long_memo.move_to_end(keys[i])
                        out[i] = list(hit)
        todo = [i for i, r in enumerate(out) if r is None]
        if todo:
            got = self._detect_fresh([texts[i] for i in todo])
            for i, fs in zip(todo, got):
                out[i] = fs
                if i in keys and len(fs) <= LONG_MEMO:
                    self._long_memo[keys[i]] = tuple(fs)
                    self._long_held += len(fs)
                    while self._long_held > LONG_MEMO:
                        self._long_held -= len(self._long_memo.popitem(last=False)[1])
        return [fs if fs is not None else [] for fs in out]

    def _detect_fresh(self, texts: Sequence[str]) -> list[list[Finding]]:
        """Resolved findings per text; a text of ``windows.WINDOWED`` characters or more window by window.

        A short text (``KNOWN_SHORT``) is remembered with its findings and how many segments it holds, once each
        of its segments is in the segment cache: keys, roles, greetings and system prompts repeat in every
        record, and reading them again (segments, cache look-ups, the people's judge) was ~10% of a scrub. A
        hit counts its segments as a reading would (the evidence's ``segments``); none of them would go to NER."""
        out: list[list[Finding]] = [[] for _ in texts]
        memo = self._text_memo if self._cache_size and self.presidio is None else None
        short = []
        for i, t in enumerate(texts):
            if len(t) >= WINDOWED:
                continue
            hit = memo.get(t) if memo is not None and len(t) <= KNOWN_SHORT else None
            if hit is not None:
                out[i] = list(hit[0])
                self.segments += hit[1]
            else:
                short.append(i)
        segs: list[tuple[int, list[str]]] = []
        for i, fs in zip(short, self._detect_raw([texts[i] for i in short], segs) if short else []):
            out[i] = resolve(fs)
        if memo is not None:
            for (n, to_ner), i in zip(segs, short):
                t = texts[i]
                # a segment NER did not read is not read next time either; one it read must be in the cache
                if len(t) <= KNOWN_SHORT and len(memo) < self._cache_size and all(g in self._cache for g in to_ner):
                    memo[t] = (tuple(out[i]), n)
        for i, t in enumerate(texts):
            if len(t) >= WINDOWED:
                out[i] = resolve(detect_windowed(t, self._detect_raw, self._window_memo, "detect", parallel=True))
        return out

    # what a forked worker reading windows (windows.py, "Windows read in parallel") changed here, handed back: the
    # segment counters (the evidence's) and the segments NER read, so that later windows find them cached

    def window_mark(self) -> tuple[int, int, int]:
        return self.segments, self.ner_segments, len(self._cache)

    def window_delta(self, mark: tuple[int, int, int]) -> tuple[int, int, list[tuple[str, tuple[Finding, ...]]]]:
        # the segment cache only grows (up to its bound), so what this worker added is its dict's tail
        return (self.segments - mark[0], self.ner_segments - mark[1],
                list(itertools.islice(self._cache.items(), mark[2], None)))

    def window_rewind(self, mark: tuple[int, int, int]) -> None:
        """Undo a reading since ``mark`` (windows.py's warm-up before a fork): the counters as they were, and the
        segments it cached forgotten (the segment cache only grows, so they are its tail)."""
        self.segments, self.ner_segments = mark[0], mark[1]
        while len(self._cache) > mark[2]:
            self._cache.popitem()

    def window_merge(self, delta: tuple[int, int, list[tuple[str, tuple[Finding, ...]]]]) -> None:
        segments, ner_segments, cached = delta
        self.segments += segments
        # NER's segments counted as one process counts them (the deltas come in window order): those new here, so
        # that a segment two workers both read is one, plus any a worker read but could not cache (its cache full)
        new = 0
        for seg, found in cached:
            if seg not in self._cache:
                new += 1
                if len(self._cache) < self._cache_size:
                    self._cache[seg] = found
        self.ner_segments += new + ner_segments - len(cached)

    def _detect_raw(self, texts: Sequence[str], segs: list[tuple[int, list[str]]] | None = None
                    ) -> list[list[Finding]]:
        """Every finding per text (trimmed, above the threshold, allow-list applied), overlaps not resolved.
        ``segs``, when given, receives per text what ``_detect`` says of its segments (nothing for Presidio)."""
        results = self.presidio.detect(texts) if self.presidio is not None else self._detect(texts, segs)
        if self.presidio is not None and segs is not None:
            segs.extend((0, []) for _ in texts)
        thr = self.policy.score_threshold
        # a team's signature is dropped whole before the edges of names are trimmed ("Northwind Customer Care")
        # (and a firm named after its owners, "Lakatos Váradi Kft.", "Carroll Inc": companies.py)
        results = [judge_people(t, [self._trim(t, f) for f in fs if f.entity != "PERSON" or
                                    not (team_signature(t[f.start:f.end]) or company_name(t, f))], _is_common)
                   for t, fs in zip(texts, results)]
        # the label or verb of an age is no name ("Tengo 36 años", "Yaşım 87", "אני בן 22": ages.py)
        results = [age_cue_people(t, fs) for t, fs in zip(texts, results)]
        # a weak reading of a sentence's or a cell's ordinary first word is no name ("Comanda 28460 ...")
        # (and lower-case ordinary words the name list paired, a menu's dish before its price, capitalised ordinary
        # words inside a sentence that is not English, and at a name's edges: dictwords.py; a brand or a brand's
        # product: brands.py)
        results = [[h for h in (trim_ordinary_edges(t, g) for g in (whole_words(t, f) for f in fs)
                                if not (ordinary_opening(t, g) or ordinary_pair(t, g) or menu_item(t, g) or
                                        ordinary_inside(t, g)))
                    if not (ordinary_opening(t, h) or ordinary_inside(t, h) or brand_reading(t, h))]
                   for t, fs in zip(texts, results)]
        return [[f for f in fs if f.score >= thr and t[f.start:f.end].strip().casefold() not in self.allow
                 and (f.entity != "PERSON" or f.source == "url_person"  # "dana-white-42": the slug whole
                      or plausible_person(t[f.start:f.end], _is_common))]
                for t, fs in zip(texts, results)]

    def find_known(self, known, text: str, names: bool = True) -> list[Finding]:
        """``known.find(text, names)`` (``rescan.KnownValues``: the dataset's values found again anywhere); on a
        long text window by window, memoised under a digest of the values held (they differ per dataset)."""
        if len(text) < WINDOWED:
            if len(text) > KNOWN_SHORT or not self._cache_size:
                return known.find(text, names)
            # a short text is remembered with its findings for this set of values (keys, roles, system prompts:
            # 1,087 distinct texts among the 41,800 the re-scan of 1,900 chat records searches)
            sizes = (len(known.words), len(known.emails), len(known.digits), len(known.texts), known._ibans)
            held = self._known_short
            if held is None or held[0]() is not known or held[1] != sizes:
                held = self._known_short = (weakref.ref(known), sizes, {})
            memo = held[2]
            hit = memo.get((text, names))
            if hit is None:
                hit = tuple(known.find(text, names))
                if len(memo) < self._cache_size:
                    memo[(text, names)] = hit
            return list(hit)
        # the digest of the values, once per set of values (they are complete before pass 2 reads them): the
        # object itself (a weak reference: a later dataset's values never take its place) and its sizes
        sizes = (len(known.words), len(known.emails), len(known.digits), len(known.texts), known._ibans)
        held = self._known_digest
        if held is None or held[0]() is not known or held[1] != sizes:
            h = hashlib.blake2b(repr((known._ibans, list(known.words.items()), list(known.emails.items()),
                                      list(known.digits.items()), list(known.texts.items())))
                                .encode("utf-8", "surrogatepass"), digest_size=16)
            held = self._known_digest = (weakref.ref(known), sizes, h.hexdigest())
        return detect_windowed(text, lambda ts: [known.find(t, names) for t in ts], self._window_memo,
                               f"known:{names}:{held[2]}")

    def windowed(self, recognizer: Callable[[str], list[Finding]]) -> Callable[[str], list[Finding]]:
        """``recognizer`` as the engine runs a recognizer on a long text: window by window, memoised (the
        re-scan's independent readers, e.g. ``gate.gazetteer_people``). Short texts are read whole."""
        tag = getattr(recognizer, "__qualname__", "recognizer")
        memo = self._short_memo.setdefault(tag, {})

        def run(text: str) -> list[Finding]:
            if len(text) < WINDOWED:
                if len(text) > KNOWN_SHORT or not self._cache_size:
                    return recognizer(text)
                # a short text is remembered (keys, roles, system prompts: the re-scan reads them in every record)
                hit = memo.get(text)
                if hit is None:
                    hit = tuple(recognizer(text))
                    if len(memo) < self._cache_size:
                        memo[text] = hit
                return list(hit)
            return detect_windowed(text, lambda ts: [recognizer(t) for t in ts], self._window_memo, tag)
        return run

    def _detect(self, texts: Sequence[str], segs: list[tuple[int, list[str]]] | None = None
                ) -> list[list[Finding]]:
        """The default detector: cheap recognizers everywhere, NER only on segments where a name can be.
        ``segs``, when given, receives per text (how many segments it counts, those it sent to NER), for
        ``_detect_fresh``'s memo."""
        results: list[list[Finding]] = [[] for _ in texts]
        pending: dict[str, list[tuple[int, int]]] = {}  # segment -> [(text index, offset)]
        for i, text in enumerate(texts):
            n0 = self.segments
            to_ner: list[str] = []  # this text's segments sent to NER now
            if not text or self.nlp is None:
                if text:
                    results[i].extend(self._cheap_cached(text))
                if segs is not None:
                    segs.append((0, to_ner))
                continue
            results[i].extend(self._cheap_cached(text))
            for m in SEGMENT.finditer(text):
                seg = m.group()
                if not seg.strip():
                    continue
                self.segments += 1
                hit = self._cache.get(seg)
                if hit is not None:
                    results[i].extend(Finding(f.start + m.start(), f.end + m.start(), f.entity, f.score, f.source)
                                      for f in hit)
                elif self._needs_ner(seg) or recase(seg, _is_common) is not None:
                    pending.setdefault(seg, []).append((i, m.start()))
                    to_ner.append(seg)
            if segs is not None:
                segs.append((self.segments - n0, to_ner))
        if pending:
            batch = list(pending)
            self.ner_segments += len(batch)
            # lower-case names after an introduction get capitals in the copy NER reads (same offsets)
            inputs = [recase(seg, _is_common) or seg for seg in batch]
            for seg, doc in zip(batch, self.nlp.pipe(inputs, batch_size=256)):
                found = tuple(self._ner(doc))
                if len(self._cache) < self._cache_size:
                    self._cache[seg] = found
                for i, off in pending[seg]:
                    results[i].extend(Finding(f.start + off, f.end + off, f.entity, f.score, f.source) for f in found)
        return results

    @staticmethod
    def _trim(text: str, f: Finding) -> Finding:
        """A person's span without common words at its edges ("Tell Ana Lima" -> "Ana Lima"), so that one
        person gets one pseudonym and ordinary words survive."""
        if f.entity != "PERSON" or f.source in ("lowercase_again", "person_context_label_whole",
                                                "person_context_ml_family_whole"):
            # "this is june white again", "Họ tên: Mai Trọng Hoàng": the frame names it whole
            return f
        s, e = f.start, f.end
        contextual = f.source.startswith(("person_context", "lowercase_"))
        while True:
            m = re.match(r"[\w'’.-]+[\s,]*", text[s:e])
            if not m or m.end() >= e - s or not _is_common(m.group().strip(" ,\n\t")):
                break
            if contextual and m.group()[0].isupper() and m.group().strip().isalpha() and \
                    m.group().strip().lower() in MONTH_NAMES and text[s + m.end():s + m.end() + 1].isupper():
                break  # "name: August Schmidt": a month that opens a name found by its context is a given name
            s += m.end()
        while True:
            m = re.search(r"([\s,]+)([\w'’.-]+)$", text[s:e])
            # a short capitalised word closing a name is part of it ("Nguyen Van An", "Tran Thi Le")
            if not m or not _is_common(m.group(2)) or (m.group(1).isspace() and len(m.group(2)) <= 3
                                                       and m.group(2).istitle()):
                break
            before = re.search(r"([\w'’-]+)[ \t]+$", text[s:s + m.start() + len(m.group(1))])
            if m.group(1).isspace() and before is not None and given_then_listed_family(before.group(1), m.group(2)):
                break  # "Kwame Asante": a family name that is a courtesy word elsewhere ("asante", Swahili thanks)
            e = s + m.start()
        if re.search(r"['’]s$", text[s:e]) and e - s > 3:
            e -= 2  # the possessive is the sentence's, not the name's ("Edi Živković's tales")
        return Finding(s, e, f.entity, f.score, f.source) if (s, e) != (f.start, f.end) else f

    def _ner(self, doc):
        person = "PERSON" in self.ner_types
        covered = [(e.start_char, e.end_char) for e in doc.ents]
        for e in doc.ents:
            t = NER_LABELS.get(e.label_)
            if has_script(e.text) and not CASED_LETTER.search(e.text):
                continue  # the English model reads no Arabic, Indic, Thai...: its label there is noise ("इला" a GPE)
            if WEB_ADDRESS.search(e.text):
                continue  # a web address read as a name or a place ("x.com/pierre_dubois"): urlpeople.py reads it
            if t == "LOCATION" and person and name_shaped(e) and not known_place(e.text) and \
                    not place_words_only(e.text):
                # two or more capitalised words the model calls a place but no place list knows, not all of them
                # English words or places: a name ("Southern Tunisia", "Mill Village", "Marina Fort" stay places)
                yield Finding(e.start_char, e.end_char, "PERSON", 0.6, "spacy_ner_name_shape")
            elif t == "LOCATION" and person and " " not in e.text and lone_names(e.text, [], _is_common) and \
                    not known_place(e.text):
                # one word the model calls a place, that no place list knows and the name list does ("Vehbija")
                yield Finding(e.start_char, e.end_char, "PERSON", 0.6, "spacy_ner_name_list")
            elif t == "PERSON" and english_or_unknown(e.text, _is_common):
                continue  # only English words and none of them a name: a title or a group ("Guilty Pleasures")
            elif t == "LOCATION" and (not plausible_place(doc.text, e.start_char, e.end_char)
                                      or label_before_colon(doc.text, e.start_char, e.end_char)):
                continue  # "Billing", "Rose Gold", "2026", "Paramètres" opening a sentence, "ABA:": no place
            elif t in self.ner_types:
                yield Finding(e.start_char, e.end_char, t, NER_SCORE, "spacy_ner")
            elif person and name_shaped(e):
                if not place_words_only(e.text):
                    yield Finding(e.start_char, e.end_char, "PERSON", 0.45, "spacy_ner_name_shape")
                elif "LOCATION" in self.ner_types and known_place(e.text.strip("'’")) and \
                        plausible_place(doc.text, e.start_char, e.end_char) and \
                        not label_before_colon(doc.text, e.start_char, e.end_char):  # "ABA:" is a label
                    # a town the model filed as an organisation or a thing ("Tornio", "Cuenca")
                    yield Finding(e.start_char, e.end_char, "LOCATION", 0.6, "spacy_ner_known_place")
        if person:
            # names the model did not see (or filed as a place or a thing): a capitalised word inside a sentence
            # that the name list knows, that is no English word and no place
            for s, e in lone_names(doc.text, covered, _is_common):
                yield Finding(s, e, "PERSON", 0.5, "name_list_word")

    # kinds that say nothing about who a record is about: a place beside only these is kept under `with_person`
    NOT_IDENTIFYING = frozenset({"LOCATION", "DATE_TIME", "ORGANIZATION", "NRP", "HEALTH_DATA", "RELIGION", "AGE",
                                 "URL"})

    def places_targeted(self, findings: list[list[Finding]]) -> bool:
        """Whether this record's places are to be scrubbed (and re-scanned): every place, or a record that holds
        something identifying a person."""
        return self.policy.locations == "all" or any(f.entity not in self.NOT_IDENTIFYING
                                                     for fs in findings for f in fs)

    def places_in_context(self, texts: Sequence[str], findings: list[list[Finding]]) -> list[list[Finding]]:
        """One record's findings with LOCATION kept only where the policy wants it: every place
        (``locations: all``), or only when the record also holds something that identifies a person; a place
        kept is scrubbed at every occurrence in the record ("moved to Kuhmo ... Welcome to Kuhmo")."""
        if not any(f.entity == "LOCATION" for fs in findings for f in fs):
            return findings
        if self.policy.locations != "all" and not any(f.entity not in self.NOT_IDENTIFYING
                                                      for fs in findings for f in fs):
            return [[f for f in fs if f.entity != "LOCATION"] for fs in findings]
        found = {t[f.start:f.end] for t, fs in zip(texts, findings) for f in fs if f.entity == "LOCATION"}
        rx = self.names_regex(p for p in found if len(p) >= 4)
        if rx is None:
            return findings
        out = []
        for t, fs in zip(texts, findings):
            taken = Intervals(fs)
            extra = [Finding(m.start(), m.end(), "LOCATION", 0.5, "place_propagation") for m in rx.finditer(t)
                     if not taken.hits(m.start(), m.end())]
            out.append(resolve(fs + extra) if extra else fs)
        return out

    @staticmethod
    def names_in(texts: Sequence[str], findings: list[list[Finding]], strong_only: bool = False) -> set[str]:
        """The words of the person names found (strong_only: by NER's PERSON label or a context pattern)."""
        names = set()
        for t, fs in zip(texts, findings):
            for f in fs:
                if f.entity == "PERSON" and (not strong_only or f.source in STRONG_PERSON or
                                             f.source.startswith("person_context")):
                    for w in NAME_WORD.findall(t[f.start:f.end]):
                        if has_cjk(w):
                            if not strong_only:
                                names.update(cjk_name_words(w))  # "鈴木桃子": itself and its parts ("桃子")
                            elif cjk_dataset_name(w, f.source):
                                names.add(w)  # a whole name its context confirmed, found again in other records
                            continue
                        if strong_only and is_english(w):
                            continue  # an English word is never scrubbed dataset-wide on one reading ("Orchestra")
                        if len(w) >= 3 and not _is_common(w) and (w[0].isupper() or not strong_only):
                            # a name first written in lower case is the same name when capitalised later, and
                            # a family name in capitals ("COTTERS, Romée") the same as when written "Cotters"
                            names.update({w, w[0].upper() + w[1:]} if w[0].islower() else
                                         {w, w.title()} if w.isupper() and not is_english(w) else {w})
        return names

    @staticmethod
    def names_regex(names: Iterable[str]) -> re.Pattern | None:
        names = frozenset(names)
        if not names:
            return None
        # a record's few names recur (building the trie and compiling it was ~1% of a scrub of chat records;
        # ``re``'s own cache of 512 patterns holds few); a large set (a dataset's, a long text's) is made anew
        return _names_regex(names) if len(names) <= NAMES_MEMO_MAX else _build_names_regex(names)

    def propagate(self, texts: Sequence[str], findings: list[list[Finding]], known: Collection[str] = frozenset()):
        """A name found once is scrubbed at every occurrence: in its record, and (``known``: names found with
        confidence elsewhere in the dataset) across records."""
        findings = [resolve(fs + name_list_members(t, [(f.start, f.end) for f in fs if f.entity == "PERSON"]))
                    for t, fs in zip(texts, findings)]
        if "PERSON" in self.entities:
            # words that spell an e-mail's user part or a handle elsewhere in the record ("Nama: warsita natsir",
            # "Email: warsitanatsir@gmail.com" are two values of one spreadsheet row)
            lps = local_parts(texts)
            if lps:
                findings = [resolve(fs + [Finding(s, e, "PERSON", 0.75, "person_context_email")
                                          for s, e in email_names(t, lps, _is_common)]) for t, fs in zip(texts, findings)]
        by_text = known and not isinstance(known, (set, frozenset))  # a Lexicon: the names each text can hold
        if known and not by_text:
            # the caller's set only grows, so (the set itself, its size) says whether the regex is current; the
            # set is held, not its id, which a later call's new set could reuse (stale names, missed ones)
            if getattr(self, "_known_set", None) is not known or self._known_len != len(known):
                self._known_set, self._known_len, self._known_rx = known, len(known), self.names_regex(known)
        names = self.names_in(texts, findings)
        # a word that is a name of a person found in this record is that person, not a place ("Lima", "Florence");
        # so is a name the dataset confirmed (``known``, after namevotes.py's vote) read here as a place: "Se cerró
        # el expediente de Hidalgo" after "soy Samu Hidalgo" elsewhere kept "Hidalgo", a place in a record naming
        # nobody, which the policy leaves
        if (names or known) and any(f.entity == "LOCATION" for fs in findings for f in fs):
            findings = [[Finding(f.start, f.end, "PERSON", max(f.score, 0.5), "name_propagation")
                         if f.entity == "LOCATION" and ((v := t[f.start:f.end]) in names or (known and v in known))
                         else f for f in fs]
                        for t, fs in zip(texts, findings)]
        rxs = [rx for rx in (self.names_regex(names), self._known_rx if known and not by_text else None) if rx]
        if not rxs and not by_text:
            return findings
        out = []
        for t, fs in zip(texts, findings):
            taken = Intervals(fs)
            # a dataset's confirmed names (a known.Lexicon): only those that can occur in this text, found as the
            # pattern of all of them would find them (tens of millions of names make no one pattern)
            trx = [x for x in (self._names_regex_in(known, t),) if x] if by_text else []
            # a name found elsewhere that stands here as a thing ("40 x Fitbit", "mein Grafana") is that thing
            extra = [Finding(m.start(), m.end(), "PERSON", 0.5, "name_propagation") for rx in rxs + trx
                     for m in rx.finditer(t) if not taken.hits(m.start(), m.end())
                     and not thing_here(t, m.start(), m.end())]
            fs = resolve(fs + extra) if extra else fs
            out.append(whole_value(t, fs) if extra and has_script(t) else fs)
        return out

    def _names_regex_in(self, known, text: str) -> re.Pattern | None:
        """``known.names_regex_in(known, text)``, remembered for short texts per set of names (keys, roles and
        system prompts are asked about in every record; the dataset's names are complete before pass 2)."""
        if len(text) > KNOWN_SHORT or not self._cache_size:
            return names_regex_in(known, text)
        held = self._names_short
        if held is None or held[0]() is not known or held[1] != len(known):
            held = self._names_short = (weakref.ref(known), len(known), {})
        memo = held[2]
        if text in memo:
            return memo[text]
        rx = names_regex_in(known, text)
        if len(memo) < self._cache_size:
            memo[text] = rx
        return rx

    # ------------------------------------------------------------------ anonymisation

    def pseudonym(self, entity: str, value: str) -> str:
        norm = " ".join(value.split()).casefold()
        mac = hmac.new(self.key or b"", f"{entity}\x00{norm}".encode("utf-8"), hashlib.sha256).hexdigest()
        return f"{entity}_{mac[:10]}"

    @staticmethod
    def person_aliases(texts: Sequence[str], findings: list[list[Finding]]) -> dict[str, str]:
        """Within one record: each word of a full name (two words or more) that belongs to exactly one full
        name found there -> that full name, so "Kamau" later in a conversation gets the pseudonym of "Wanjiru
        Kamau" (one person, one token). A word shared by two full names in the record stays its own."""
        owners: dict[str, set[str]] = {}
        for t, fs in zip(texts, findings):
            for f in fs:
                if f.entity != "PERSON":
                    continue
                value = " ".join(t[f.start:f.end].split())
                words = NAME_WORD.findall(value)
                parts = split_name(value) if has_cjk(value) else None
                if parts:
                    words = list(parts)  # "鈴木桃子" is 鈴木 + 桃子: "桃子" later is the same person
                if len(words) >= 2:
                    for w in words:
                        owners.setdefault(w.casefold(), set()).add(value)
        return {w: next(iter(full)) for w, full in owners.items()
                if len({v.casefold() for v in full}) == 1 and len(w) >= 2}

    def anonymise(self, text: str, findings: Sequence[Finding],
                  aliases: dict[str, str] | None = None) -> tuple[str, bool]:
        """The anonymised text, and whether a finding asks for the whole record to be dropped. ``aliases``
        (from ``person_aliases``) maps a lone part of a full name to the full name, for its pseudonym."""
        new, drop, _ = self.anonymise_spans(text, findings, aliases)
        return new, drop

    def replacement(self, entity: str, value: str, aliases: dict[str, str] | None = None) -> str:
        """What the policy writes in place of ``value`` (a finding of ``entity``)."""
        rule = self.policy.entities[entity]
        if rule.action in ("drop_record", "placeholder"):
            return f"<{entity}>"
        if rule.action == "redact":
            return ""
        if rule.action == "mask":
            keep = rule.keep_last if rule.keep_last < len(value) else 0
            rep = "".join(rule.mask_char if not c.isspace() else c for c in value[:len(value) - keep])
            return rep + value[len(value) - keep:]
        full = aliases.get(" ".join(value.split()).casefold()) if aliases and entity == "PERSON" else None
        if rule.action == "surrogate":
            return self.surrogates.generate(entity, value, part_of=full)
        return self.pseudonym(entity, full or value)

    def anonymise_spans(self, text: str, findings: Sequence[Finding], aliases: dict[str, str] | None = None):
        """``(text, drop, written)``: the anonymised text, whether the record must be dropped, and every span
        written (``rescan.Written``: where in the new text, which input span it replaced), for the re-scan."""
        from .rescan import Written

        drop = False
        parts, last, pos, written = [], 0, 0, []
        for f in findings:
            if self.policy.entities[f.entity].action == "drop_record":
                drop = True
            rep = self.replacement(f.entity, text[f.start:f.end], aliases)
            gap = text[last:f.start]
            pos += len(gap)
            parts += [gap, rep]
            written.append(Written(pos, pos + len(rep), f.start, f.end, f.entity))
            pos += len(rep)
            last = f.end
        parts.append(text[last:])
        return "".join(parts), drop, written


NAMES_MEMO_MAX = 16  # sets of names up to this size have their pattern remembered (1,024 sets at most)


def _build_names_regex(names: frozenset[str]) -> re.Pattern:
    """``Scrubber.names_regex``'s pattern: a function of the set alone (``alternation`` sorts its trie)."""
    # the words as a trie (alternation.py): what a flat alternation sorted longest first finds, in a search
    # whose cost does not grow with the number of names; a name in a script without spaces stands inside a
    # run of letters ("我是王云。", "桃子様"): no word boundary around it
    cjk = [n for n in names if has_cjk(n) and len(n) > 1]
    chars = [n for n in names if has_cjk(n) and len(n) == 1]
    rest = [n for n in names if not has_cjk(n)]
    alts = []
    if rest:
        alts.append(alternation(rest, not_after=r"[\w<]") + r"(?![\w>])")
    if cjk:
        alts.append(CJK_NAME_EDGE + "(?:" + alternation(cjk) + r")(?![A-Za-z0-9_>])")
    if chars:
        alts.append(CJK_CHAR_EDGE + "(?:" + "|".join(map(re.escape, sorted(chars))) + ")" + CJK_CHAR_END)
    return re.compile("|".join(alts))


_names_regex = functools.lru_cache(maxsize=1024)(_build_names_regex)
