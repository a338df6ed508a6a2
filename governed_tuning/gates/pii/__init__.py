"""The PII gate (GDPR/CCPA): find personal data, scrub it, re-scan what is left, and report counts only.

gate.py runs the gate over a dataset; engine.py holds the scrubber; recognizers.py the pattern recognizers;
identifiers.py the national and sector identifiers (python-stdnum); contextual.py dates of birth, ages, URLs,
handles and obfuscated forms; kinds.py the catalogue of every kind; presidio.py the optional Presidio detector.
The public names are re-exported here, loaded on first use, so that ``policy.py`` can read the catalogue
(``kinds``) without importing the engine (which imports ``policy``).
"""

from importlib import import_module

__all__ = ["PiiGate", "PiiKeyError", "Scrubber", "text_slots"]
_WHERE = {"PiiGate": ".gate", "text_slots": ".gate", "PiiKeyError": ".engine", "Scrubber": ".engine"}


def __getattr__(name: str):
    if name in _WHERE:
        return getattr(import_module(_WHERE[name], __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
