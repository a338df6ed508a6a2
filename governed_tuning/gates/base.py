"""The gate contract: a verdict with reasons and PII-free evidence.

A policy failure is data (``verdict="fail"`` with reasons a compliance officer understands); only real
errors raise. Evidence is JSON-serialisable and never holds a matched value: counts, entity types,
digests and positions only.
"""

from __future__ import annotations

from typing import Any, Literal, Protocol

from pydantic import Field

from ..schema import StrictModel

Verdict = Literal["pass", "fail", "review", "insufficient"]


class GateResult(StrictModel):
    gate: str = Field(description="Which gate produced this: 'pii', 'license', 'fairness'.")
    verdict: Verdict = Field(description="pass; fail (blocks); review (a human must decide, blocks until then); "
                             "insufficient (not enough evidence to decide, blocks release).")
    reasons: list[str] = Field(default_factory=list, description="Why, in words a compliance officer reads.")
    evidence: dict[str, Any] = Field(default_factory=dict, description="PII-free, JSON-serialisable evidence.")

    @property
    def passed(self) -> bool:
        return self.verdict == "pass"


class Gate(Protocol):
    name: str

    def check(self, *args: Any, **kwargs: Any) -> GateResult: ...
