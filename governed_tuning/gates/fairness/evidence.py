"""What the fairness gate records: per-group rates with bootstrap intervals, the gap metrics fairlearn
computes, the checks against the policy's limits, the chart's data, and (for a model) the suite and scorer.
One field per key, in the order the gate writes them; what was not measured is left out."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from ..base import Evidence

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
    validity: dict[str, Any] = Field(default_factory=dict, description="Whether the measurement carried signal: "
                                     "signal and instrument reasons, power, smallest detectable gaps, score "
                                     "distribution, scorer probe, repetition (validity.py).")
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


class BbqSourceInfo(Evidence):
    package: str
    version: str
    license: str
    license_sha256: str
    data_file: str
    data_sha256: str
    n_question_sets: int


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


class BbqChart(Evidence):
    kind: Literal["bbq"] = "bbq"
    metric: str
    limit: float | None = None
    rows: list[dict[str, Any]] = Field(default_factory=list, description="One per context and category.")
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
    scores: dict[str, Any] = Field(default_factory=dict, description="Per context: overall and by_category "
                                   "accuracy and bias score with intervals (bbq.bbq_scores).")
    checks: list[BbqCheck] = Field(default_factory=list)
    contexts: dict[str, Literal["pass", "fail", "insufficient"]] = Field(default_factory=dict)
    chart: BbqChart | None = None
    model: str | None = Field(None, description="The model folder's name.")
