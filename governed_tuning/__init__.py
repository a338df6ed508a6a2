"""governed-tuning: fine-tuning with TRL behind PII, licence and fairness gates, with signed audit reports."""

__version__ = "0.1.0"
