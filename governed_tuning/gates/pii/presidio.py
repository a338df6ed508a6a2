"""Detection through Presidio's own ``AnalyzerEngine`` (policy ``pii.detector: presidio``).

For teams that standardise on Presidio: its default recognizers and its spaCy NLP engine (the policy's
``ner_model``, full pipeline, so its context enhancer has lemmas) run through ``BatchAnalyzerEngine``; our
validated recognizers are registered in the same registry as ordinary Presidio recognizers, so types Presidio
has no recognizer for (street addresses, device and household ids, special categories) are found too, and
overlapping results are merged by the scrubber as usual. Name propagation, anonymisation and the re-scan are
the scrubber's, whichever detector found the spans. Slower than the default detector (NER on every sentence,
Presidio's import pulls in more); the benchmark README has the figures.

Presidio's email and URL recognizers call tldextract, which would fetch the public suffix list: it is pointed at
its bundled snapshot before any analysis, so nothing here touches the network.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ...policy import PiiPolicy
from .engine import NER_SCORE, model_info
from .recognizers import Finding

# Presidio's default spaCy label mapping (conf/default.yaml), ORG included: the policy decides what is scrubbed
SPACY_TO_PRESIDIO = {"PER": "PERSON", "PERSON": "PERSON", "NORP": "NRP", "FAC": "LOCATION", "LOC": "LOCATION",
                     "GPE": "LOCATION", "ORG": "ORGANIZATION", "DATE": "DATE_TIME", "TIME": "DATE_TIME"}
IGNORED_LABELS = ["CARDINAL", "EVENT", "LANGUAGE", "LAW", "MONEY", "ORDINAL", "PERCENT", "PRODUCT", "QUANTITY",
                  "WORK_OF_ART"]
SOURCE_KEY = "governed_source"


def offline_tldextract() -> None:
    """Point tldextract (and Presidio's module-level use of it) at the bundled suffix list: no network."""
    import tldextract

    tldextract.extract = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)
    try:  # presidio imports the module and calls tldextract.extract; keep both spellings offline
        from presidio_analyzer.predefined_recognizers.generic import email_recognizer

        email_recognizer.tldextract.extract = tldextract.extract
    except ImportError:
        pass


def _recognizer(name: str, find: Callable[[str, object], list[Finding]], entities: set[str], language: str):
    """``find(text, nlp_artifacts)`` (one of our recognizers) as a Presidio ``EntityRecognizer``; each result
    keeps our recognizer's name as its source."""
    from presidio_analyzer import EntityRecognizer, RecognizerResult

    class GovernedRecognizer(EntityRecognizer):
        def load(self) -> None:
            pass

        def analyze(self, text, entities, nlp_artifacts=None):  # Presidio's signature
            return [RecognizerResult(f.entity, f.start, f.end, f.score,
                                     recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                                                           SOURCE_KEY: f.source})
                    for f in find(text, nlp_artifacts) if f.entity in entities]

    return GovernedRecognizer(supported_entities=sorted(entities), name=f"governed_{name}",
                              supported_language=language)


def _name_shapes(text: str, nlp_artifacts) -> list[Finding]:
    """Presidio's spaCy recognizer keeps only the labels it maps; this reads the same parsed document
    (``nlp_artifacts.tokens``) for entities shaped like a person's name under another label, as the default
    detector does."""
    from .engine import name_shaped

    doc = getattr(nlp_artifacts, "tokens", None)
    return [Finding(e.start_char, e.end_char, "PERSON", 0.45, "spacy_ner_name_shape")
            for e in (doc.ents if doc is not None else ()) if name_shaped(e)]


_ENGINES: dict[tuple, "PresidioDetector"] = {}


def presidio_detector(policy: PiiPolicy, ours: dict[str, tuple[Callable[[str], list[Finding]], set[str]]]):
    """One detector per (model, language, entity types) per process: Presidio's engine and spaCy load once."""
    key = (policy.ner_model, policy.language, frozenset(policy.entities), tuple(sorted(ours)))
    if key not in _ENGINES:
        _ENGINES[key] = PresidioDetector(policy, ours)
    return _ENGINES[key]


class PresidioDetector:
    """``detect(texts)``: Findings per text from Presidio's analyzer, for the policy's entity types."""

    def __init__(self, policy: PiiPolicy, ours: dict[str, tuple[Callable[[str], list[Finding]], set[str]]]):
        from ...errors import GovernedTuningError

        offline_tldextract()
        try:
            import presidio_analyzer
            from presidio_analyzer import AnalyzerEngine, BatchAnalyzerEngine
            from presidio_analyzer.nlp_engine import NlpEngineProvider
        except ImportError:
            raise GovernedTuningError("pii.detector: presidio needs the presidio-analyzer package; install it or "
                                      "use the default detector") from None
        self.entities = set(policy.entities)
        ignore = IGNORED_LABELS + ([] if "ORGANIZATION" in self.entities else ["ORGANIZATION"])
        conf = {"nlp_engine_name": "spacy", "models": [{"lang_code": policy.language, "model_name": policy.ner_model}],
                "ner_model_configuration": {"model_to_presidio_entity_mapping": SPACY_TO_PRESIDIO,
                                            "labels_to_ignore": ignore,
                                            # NER's confidence as the default detector gives it, so a span both
                                            # NER and a validated pattern claim is typed by the pattern
                                            "default_score": NER_SCORE}}
        try:
            nlp_engine = NlpEngineProvider(nlp_configuration=conf).create_engine()
        except OSError:
            raise GovernedTuningError(f"pii.ner_model: spaCy pipeline {policy.ner_model!r} is not installed; "
                                      "expected the name of an installed spaCy package or a model folder") from None
        self.analyzer = AnalyzerEngine(nlp_engine=nlp_engine, supported_languages=[policy.language])
        lang = policy.language
        for name, (fn, types) in ours.items():
            if types & self.entities:
                self.analyzer.registry.add_recognizer(
                    _recognizer(name, lambda text, _art, fn=fn: fn(text), types & self.entities, lang))
        if "PERSON" in self.entities:
            self.analyzer.registry.add_recognizer(_recognizer("name_shape", _name_shapes, {"PERSON"}, lang))
        self.batch = BatchAnalyzerEngine(analyzer_engine=self.analyzer)
        self.language = policy.language
        self.requested = sorted(self.entities & set(self.analyzer.get_supported_entities(policy.language)))
        self.version = getattr(presidio_analyzer, "__version__", "") or _dist_version("presidio-analyzer")
        self.nlp = nlp_engine.nlp[policy.language]
        self.model = model_info(self.nlp, policy.ner_model)  # once per detector: it hashes the model folder
        self.recognizer_names = sorted({r.name for r in self.analyzer.registry.get_recognizers(
            policy.language, entities=self.requested)})

    def detect(self, texts: Sequence[str]) -> list[list[Finding]]:
        from presidio_analyzer import RecognizerResult

        out: list[list[Finding]] = [[] for _ in texts]
        todo = [i for i, t in enumerate(texts) if t and t.strip()]
        if not todo or not self.requested:
            return out
        results = self.batch.analyze_iterator([texts[i] for i in todo], language=self.language, batch_size=64,
                                              entities=self.requested)
        for i, rs in zip(todo, results):
            for r in rs:
                meta = r.recognition_metadata or {}
                name = meta.get(RecognizerResult.RECOGNIZER_NAME_KEY, "presidio")
                source = meta.get(SOURCE_KEY) or ("spacy_ner" if name == "SpacyRecognizer" else f"presidio_{name}")
                out[i].append(Finding(r.start, r.end, r.entity_type, float(r.score), source))
        return out


def _dist_version(dist: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(dist)
    except PackageNotFoundError:
        return ""
