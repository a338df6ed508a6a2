"""The PII gate (GDPR/CCPA): find personal data, scrub it, re-scan what is left, and report counts only.

gate.py runs the gate over a dataset; engine.py holds the scrubber; recognizers.py the pattern recognizers;
presidio.py the optional Presidio detector. The public names are re-exported here.
"""

from .engine import PiiKeyError, Scrubber
from .gate import PiiGate, text_slots

__all__ = ["PiiGate", "PiiKeyError", "Scrubber", "text_slots"]
