"""Data-subject requests (GDPR Art. 15 access, Art. 17 erasure, CCPA deletion) answered from keyed tokens.

``tokens.py`` normalises and tokenises identifiers, ``index.py`` is the per-copy index the PII gate writes,
``find.py`` searches every run and copy for a person, ``erase.py`` writes copies without them and a signed
erasure record filed in the ledger.
"""
