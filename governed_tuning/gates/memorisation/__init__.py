"""The memorisation gate: canary exposure (Carlini et al. 2019) and an extraction probe on the scrub's residue."""

from ...policy import MemorisationPolicy
from .canaries import Canary, CanaryFormat, CanarySet, canary_records, new_canaries, record_shape
from .chart import write_chart
from .evidence import MemorisationEvidence
from .gate import MemorisationGate, ProbeInput
from .probe import RemovedSpan

__all__ = ["Canary", "CanaryFormat", "CanarySet", "MemorisationEvidence", "MemorisationGate", "MemorisationPolicy",
           "ProbeInput", "RemovedSpan", "canary_records", "new_canaries", "record_shape", "write_chart"]
