"""What the fairness gate records: per-group rates with bootstrap intervals, the gap metrics fairlearn
computes, the checks against the policy's limits, the chart's data, and (for a model) the suite and scorer.
One field per key, in the order the gate writes them; what was not measured is left out."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from ..base import Evidence
from ..engine import EngineEvidence

GAP_METRICS = ("demographic_parity_difference", "demographic_parity_ratio", "equalized_odds_difference",
               "counterfactual_gap", "mean_score_difference")
Interval = list[float | None]  # [low, high]; None where the bootstrap had nothing finite


class GroupMetrics(Evidence):
    n: int
    rate: float | None = Field(None, description="Positive rate (score >= threshold).")
    ci_low: float | None = None
    ci_high: float | None = None
    mean_score: float | None = None
    mean_score_ci: Interval = Field(default_factory=list)
    accuracy: float | None = None
    accuracy_ci: Interval = Field(default_factory=list)
    tpr: float | None = None
    tpr_ci: Interval = Field(default_factory=list)
    fpr: float | None = None
    fpr_ci: Interval = Field(default_factory=list)


class Check(Evidence):
    metric: str
    value: float | None
    ci_low: float | None
    ci_high: float | None
    limit: float
    kind: Literal["max", "min"]
    status: Literal["pass", "fail", "undecided", "underpowered", "not_applicable"]
    min_detectable: float | None = Field(None, description="Smallest value the sample could detect (validity).")
    note: str | None = None


class ChartRow(Evidence):
    group: str
    value: float | None
    ci_low: float | None
    ci_high: float | None
    n: int


class ChartGap(Evidence):
    metric: str
    value: float | None
    ci_low: float | None
    ci_high: float | None
    limit: float
    kind: Literal["max", "min"]
    min_detectable: float | None = None


class Distribution(Evidence):
    """One group's score distribution (box plot)."""

    group: str
    n: int
    min: float | None = None
    q25: float | None = None
    median: float | None = None
    q75: float | None = None
    max: float | None = None
    mean: float | None = None


class Chart(Evidence):
    metric: str = "positive_rate"
    limit: float | None = None
    overall: float | None = None
    rows: list[ChartRow] = Field(default_factory=list)
    gaps: list[ChartGap] = Field(default_factory=list)
    threshold: float | None = None
    distributions: list[Distribution] = Field(default_factory=list)


# --------------------------------------------------------------------------- validity (validity.py)


class ProbeScore(Evidence):
    kind: Literal["positive", "negative", "refusal"] = Field(description="Which fixed probe text.")
    score: float = Field(description="The scorer's score for it.")


class ScorerProbe(Evidence):
    """How the scorer scored fixed texts of known answer (the texts ship in validity.py; only their digest
    is recorded)."""

    scorer: str
    probe_sha256: str = Field(description="Digest of the fixed probe texts.")
    scores: list[ProbeScore] = Field(default_factory=list)
    separation: float = Field(description="Highest minus lowest probe score.")
    straddles_threshold: bool = Field(description="Probe scores lie on both sides of the threshold.")
    separates: bool = Field(description="Separation at least min_probe_separation and straddling the threshold.")


class Repetition(Evidence):
    """How much the model repeated itself over the suite: counts only, never the text."""

    n_outputs: int
    distinct_outputs: int
    repeated_output_share: float = Field(description="Share of the most common output among all outputs.")
    templates: int = Field(description="Templates with at least two group variants.")
    identical_variant_templates: int = Field(description="Templates whose variants all got the same output.")
    identical_variant_share: float


class GroupDistribution(Evidence):
    n: int
    mean: float
    std: float
    min: float
    q25: float
    median: float
    q75: float
    max: float
    histogram: list[int] = Field(default_factory=list, description="Counts in the shared bins (bin_edges).")


class ScoreDistribution(Evidence):
    """Each group's scores, and over all outputs their spread and how many sit at an end or past the
    threshold."""

    bin_edges: list[float] = Field(default_factory=list)
    by_group: dict[str, GroupDistribution] = Field(default_factory=dict)
    std: float = Field(description="Standard deviation over all outputs.")
    distinct_scores: int
    positive_share: float = Field(description="Share of outputs at or above the threshold.")
    low_end_share: float = Field(description="Share within saturation_margin of 0.")
    high_end_share: float = Field(description="Share within saturation_margin of 1.")


class MinDetectable(Evidence):
    """The smallest value of a metric the sample could detect at the policy's power and confidence."""

    metric: str
    min_detectable: float | None = Field(description="In the metric's units (a ratio for the parity ratio); "
                                         "None: not detectable at all.")
    limit: float | None = Field(description="The policy's limit; None: the metric is reported, not gated.")
    kind: Literal["max", "min"]
    within_limit: bool | None = Field(description="Whether a gap of the limit's size would be detected.")
    n_smallest_groups: list[int] | None = None
    needed_per_group: int | None = Field(None, description="Equal group size that would detect the limit.")
    n_pairs: int | None = None
    needed_pairs: int | None = None


class Validity(Evidence):
    """Whether the measurement carried signal before any gap was judged."""

    signal_reasons: list[str] = Field(default_factory=list, description="Every reason it carried no signal.")
    instrument_reasons: list[str] = Field(default_factory=list, description="Those that void any figure: a "
                                          "scorer failing the probe, a model repeating itself.")
    power: float
    min_detectable: list[MinDetectable] = Field(default_factory=list)
    score_distribution: ScoreDistribution
    scorer_probe: ScorerProbe | None = None
    repetition: Repetition | None = None


class FairnessEvidence(Evidence):
    n_records: int | None = None
    threshold: float | None = None
    labelled: bool | None = None
    groups: list[str] = Field(default_factory=list)
    group_sizes: dict[str, int] = Field(default_factory=dict)
    by_group: dict[str, GroupMetrics] = Field(default_factory=dict)
    overall: float | None = None
    mean_score_overall: float | None = None
    demographic_parity_difference: float | None = None
    demographic_parity_difference_ci: Interval = Field(default_factory=list)
    demographic_parity_ratio: float | None = None
    demographic_parity_ratio_ci: Interval = Field(default_factory=list)
    mean_score_difference: float | None = None
    mean_score_difference_ci: Interval = Field(default_factory=list)
    equalized_odds_difference: float | None = None
    equalized_odds_difference_ci: Interval = Field(default_factory=list)
    accuracy_difference: float | None = None
    counterfactual_gap: float | None = None
    counterfactual_gap_ci: Interval = Field(default_factory=list)
    n_pairs: int | None = None
    limit: float | None = Field(None, description="The policy's max demographic parity difference.")
    confidence: float | None = None
    n_boot: int | None = None
    min_group_size: int | None = None
    validity: Validity | None = Field(None, description="Whether the measurement carried signal (validity.py).")
    checks: list[Check] = Field(default_factory=list)
    chart: Chart | None = None
    suite: str | None = None
    attribute: str | None = None
    suite_sources: list[str] = Field(default_factory=list)
    scorer: str | None = None
    model: str | None = None
    n_prompts: int | None = None
    prompts_per_group: int | None = None
    max_new_tokens: int | None = None
    do_sample: bool | None = None
    engine: EngineEvidence | None = Field(None, description="The engine that generated and scored (left out: "
                                          "the local one).")


class BbqSourceInfo(Evidence):
    package: str
    version: str
    license: str
    license_sha256: str
    data_file: str
    data_sha256: str
    n_question_sets: int


class BbqCell(Evidence):
    """BBQ's figures for one context, overall or in one category."""

    n_items: int
    n_question_sets: int
    accuracy: float | None
    accuracy_ci: Interval = Field(default_factory=list)
    bias: float | None = Field(description="s_AMB (ambiguous) or s_DIS (disambiguated); None without any "
                               "non-unknown answer.")
    bias_ci: Interval = Field(default_factory=list)
    n_non_unknown: int
    n_biased: int
    n_anti_biased: int
    n_unknown: int
    min_detectable_bias: float | None = Field(description="Smallest |bias| detectable at the policy's power.")


class BbqContext(Evidence):
    overall: BbqCell
    by_category: dict[str, BbqCell] = Field(default_factory=dict)
    metric: Literal["s_AMB", "s_DIS"]
    question_blind_sets: int = Field(description="Sets whose negative and non-negative question got the same "
                                     "non-unknown answer.")
    question_sets_paired: int
    question_blind_share: float


class BbqCheck(Evidence):
    metric: str
    scope: str = Field(description="'overall' or a category.")
    context: str = Field(description="ambiguous or disambiguated.")
    value: float | None
    ci_low: float | None
    ci_high: float | None
    limit: float
    kind: Literal["abs", "min"]
    min_detectable: float | None
    status: str = Field(description="pass, fail, undecided, underpowered, not_measured or no_signal.")
    question_blind_share: float | None = None


class BbqChartRow(Evidence):
    group: str = Field(description="'<category>, <context>': one label per row.")
    category: str = Field(description="'overall' or a category.")
    context: Literal["ambiguous", "disambiguated"]
    metric: Literal["s_AMB", "s_DIS"]
    value: float | None
    ci_low: float | None
    ci_high: float | None
    n: int = Field(description="Question sets.")
    accuracy: float | None
    min_detectable: float | None

class BbqChart(Evidence):
    kind: Literal["bbq"] = "bbq"
    metric: str
    limit: float | None = None
    rows: list[BbqChartRow] = Field(default_factory=list, description="One per context and category.")
    limits: dict[str, float | None] = Field(default_factory=dict, description="Per context: the |bias| limit.")


class BbqEvidence(Evidence):
    """The fairness gate's evidence for the BBQ suite (bbq.py): answers to question sets, not group rates."""

    suite: Literal["bbq"] = "bbq"
    source: BbqSourceInfo | None = None
    answerer: str | None = None
    truncated_items: int | None = None
    normalization: str | None = None
    n_items: int | None = None
    confidence: float | None = None
    power: float | None = None
    n_boot: int | None = None
    seed: int | None = None
    scores: dict[Literal["ambiguous", "disambiguated"], BbqContext] = Field(
        default_factory=dict, description="Per context: overall and per category accuracy and bias score with "
        "intervals (bbq.bbq_scores).")
    checks: list[BbqCheck] = Field(default_factory=list)
    contexts: dict[str, Literal["pass", "fail", "insufficient"]] = Field(default_factory=dict)
    chart: BbqChart | None = None
    model: str | None = Field(None, description="The model folder's name.")
