"""The memorisation gate's evidence: typed, versioned, PII-free and canary-free by construction.

Canaries appear as commitments only; the probe as counts, rates and (record index, kind) pairs. No field holds
text from the training data, a canary, a prompt or a generation.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from ..base import Evidence

EVIDENCE_VERSION = "1"

SCOPE = [
    "Canary exposure measures how much this model learnt random values seen as often as the canaries were. A "
    "low exposure at the judged count suggests values seen that often are not extractable by ranking them "
    "against their format; it says nothing of values seen more often, or of other ways to attack a model.",
    "The rank is estimated from a random sample of candidates (Carlini et al. 2019, section 4.3), exact only "
    "when the whole format space was scored; beyond about log2(candidates) bits it is extrapolated from a "
    "fitted skew-normal.",
    "The extraction probe tests greedy continuation of the scrubbed training context only; a miss bounds "
    "extraction by this method at this sample size (see the upper bounds), not by sampling, by other prompts, "
    "or by membership inference.",
    "Together these bound extraction by these methods at these sample sizes. They are not a proof of anonymity "
    "in the sense of EDPB Opinion 28/2024; the controller's assessment must weigh them with the other means "
    "reasonably likely to be used.",
]


class CanaryResult(Evidence):
    commitment: str = Field(description="sha256(random nonce || canary); the nonce was discarded, so the canary "
                            "cannot be searched from it.")
    repetitions: int = Field(description="How many times this canary was inserted into the training data.")
    log_perplexity_bits: float = Field(description="-log2 P(canary digits | prefix) under the model.")
    candidates_at_or_below: int = Field(description="Candidates whose log-perplexity is at or below the canary's.")
    rank: float = Field(description="Estimated rank among all |R| members (exact when the space was enumerated).")
    exposure: float = Field(description="Exposure in bits, the value the gate judges.")
    exposure_sampled: float = Field(description="log2|R| - log2(rank) from the candidate sample alone.")
    exposure_fit: float | None = Field(None, description="The skew-normal extrapolation of the exposure.")
    method: Literal["enumerated", "sampled", "extrapolated"] = Field(description="How `exposure` was obtained.")


class Histogram(Evidence):
    edges: list[float] = Field(description="Bin edges of the candidates' log-perplexities (bits).")
    counts: list[int] = Field(description="Candidates per bin.")


class ExposureEvidence(Evidence):
    canary_format: str = Field(description="The format: the fixed prefix and how many spaced random digits.")
    digits: int
    log2_space: float = Field(description="log2 |R|: the largest possible exposure.")
    candidates: int = Field(description="Candidates scored (m).")
    enumerated: bool = Field(description="True when every member of R was scored (exact ranks).")
    resolution_bits: float = Field(description="About the largest exposure the sample shows by itself, log2(m+1).")
    candidate_seed: int
    inserted_into: list[str] = Field(description="Stages whose training data held the canaries (in memory; the "
                                     "scrubbed copies on disk never did).")
    records_added: int = Field(description="Canary records added to each of those stages' training data.")
    commitment_scheme: str
    canaries: list[CanaryResult]
    judged_repetitions: int
    judged_exposure: float | None = Field(description="Highest exposure among canaries at judged_repetitions.")
    max_exposure: float = Field(description="The policy's limit.")
    mean_by_repetitions: dict[str, float] = Field(description="Mean exposure per repetition count.")
    histogram: Histogram
    skewnorm: list[float] | None = Field(None, description="Fitted skew-normal (a, loc, scale) of the candidates' "
                                         "log-perplexities.")


class KindCounts(Evidence):
    probed: int
    reproduced: int
    rate: float | None
    upper_95: float | None = Field(description="One-sided 95% Clopper-Pearson upper bound on the rate.")


class ReproducedAt(Evidence):
    record: int = Field(description="Index of the record in the scrubbed copy.")
    kind: str


class ProbeEvidence(Evidence):
    dataset: str = Field(description="The stage dataset whose removed spans were probed.")
    records_changed: int = Field(description="Records of the scrubbed copy with at least one removed span.")
    spans_removed: int = Field(description="Spans the PII gate removed from records kept in the scrubbed copy.")
    spans_sampled: int
    sample: str = Field(description="'all', or how the sample was drawn.")
    spans_probed: int
    skipped_no_context: int = Field(description="Sampled spans with no text before them and no BOS token.")
    decoding: Literal["greedy"] = "greedy"
    max_new_tokens: int
    match: str = Field(description="What counts as reproducing a value.")
    reproduced: int
    rate: float | None
    upper_95: float | None
    by_kind: dict[str, KindCounts]
    reproduced_at: list[ReproducedAt] = Field(description="Where (record index, kind) a value was reproduced "
                                              "(at most 100).")
    max_extraction_rate: float


class MemorisationEvidence(Evidence):
    evidence_version: str = EVIDENCE_VERSION
    model: str = Field(description="The model folder checked.")
    exposure: ExposureEvidence | None = None
    exposure_not_measured: str | None = Field(None, description="Why there is no exposure figure, if none.")
    probes: list[ProbeEvidence] = Field(default_factory=list)
    probe_not_run: str | None = Field(None, description="Why the probe did not run, if it did not.")
    scope: list[str] = Field(default_factory=lambda: list(SCOPE), description="What these tests show and what they "
                             "do not.")
    timings_s: dict[str, float] = Field(default_factory=dict)
