"""The licence and provenance gate: SPDX expressions judged against the policy, origins, digests, mixtures.

gate.py holds the gate and its judge; the SPDX licence terms live in governed_tuning.spdx (the policy needs
them too). The public names are re-exported here.
"""

from .gate import UNRECOGNISED, Decision, LicenseGate, LicenseJudge, allowed_sources, folder_declarations, hub_snapshot

__all__ = ["UNRECOGNISED", "Decision", "LicenseGate", "LicenseJudge", "allowed_sources", "folder_declarations",
           "hub_snapshot"]
