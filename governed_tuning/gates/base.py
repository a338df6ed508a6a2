"""The gate contract: a verdict with reasons and typed, PII-free evidence.

A policy failure is data (``verdict="fail"`` with reasons a compliance officer understands); only real
errors raise. Evidence is a pydantic model per gate (``gates/<gate>/evidence.py``, ``extra="forbid"``), so
every key a renderer reads is declared once, and it never holds a matched value: counts, entity types,
digests and positions only.
"""

from __future__ import annotations

from typing import Any, Literal, Protocol, TypeVar

from pydantic import (
    ConfigDict,
    Field,
    SerializeAsAny,
    SkipValidation,
    ValidationInfo,
    model_serializer,
    model_validator,
)

from ..schema import StrictModel

Verdict = Literal["pass", "fail", "review", "insufficient"]
GATES = ("license", "pii", "fairness", "memorisation")

#: Validation context that reads evidence written before it was typed (report version 1) as it is.
LEGACY_EVIDENCE = "legacy_evidence"


class Evidence(StrictModel):
    """Base of every gate's evidence model.

    A field the gate did not set is left out when the evidence is written (and reads as its default), so the
    JSON keeps exactly the keys the gate measured: an insufficient fairness result holds ``n_records`` alone.
    ``ev["key"]`` reads a set field, for tests and older callers; renderers read the fields.
    """

    @model_serializer(mode="wrap")
    def _only_what_was_set(self, handler: Any) -> Any:
        out = handler(self)
        if not isinstance(out, dict):
            return out
        keep = self.model_fields_set | set(self.__pydantic_extra__ or {})
        return {k: v for k, v in out.items() if k in keep}

    def as_dict(self) -> dict[str, Any]:
        """The evidence as JSON-ready data, with the gate's keys in the gate's order."""
        return self.model_dump(mode="json")

    def __getitem__(self, key: str) -> Any:
        if key not in self:
            raise KeyError(key)
        return getattr(self, key)

    def __contains__(self, key: object) -> bool:
        return key in self.model_fields_set or key in (self.__pydantic_extra__ or {})

    def get(self, key: str, default: Any = None) -> Any:
        return self[key] if key in self else default

    def keys(self) -> list[str]:
        return [k for k in (*type(self).model_fields, *(self.__pydantic_extra__ or {})) if k in self]

    def items(self) -> list[tuple[str, Any]]:
        return [(k, getattr(self, k)) for k in self.keys()]

    def __eq__(self, other: object) -> bool:
        if isinstance(other, dict):  # the JSON it is written as
            return self.as_dict() == other
        return super().__eq__(other)

    # mutable, like the dict it replaces, so not hashable
    __hash__ = None  # type: ignore[assignment]


class LegacyEvidence(Evidence):
    """Evidence of a report written before evidence was typed (report version 1), read as it is, to verify it."""

    model_config = ConfigDict(extra="allow")


E = TypeVar("E", bound=Evidence)


def evidence_model(gate: str, evidence: Any = None) -> type[Evidence]:
    """The evidence model of a gate's result (an explicit table; imported lazily since each gate imports this).

    The fairness gate has two: group gaps (FairnessEvidence) and the BBQ suite (BbqEvidence, ``suite: bbq``).
    """
    from .fairness.evidence import BbqEvidence, FairnessEvidence
    from .license.evidence import LicenseEvidence
    from .memorisation.evidence import MemorisationEvidence
    from .pii.evidence import PiiEvidence

    models: dict[str, type[Evidence]] = {"pii": PiiEvidence, "license": LicenseEvidence,
                                         "fairness": FairnessEvidence, "memorisation": MemorisationEvidence}
    if gate not in models:
        raise ValueError(f"no evidence model for gate {gate!r}; the gates are {', '.join(GATES)}")
    if gate == "fairness" and isinstance(evidence, (dict, Evidence)) and evidence.get("suite") == "bbq":
        return BbqEvidence
    return models[gate]


class GateResult(StrictModel):
    gate: str = Field(description="Which gate produced this: 'pii', 'license', 'fairness', 'memorisation'.")
    verdict: Verdict = Field(description="pass; fail (blocks); review (a human must decide, blocks until then); "
                             "insufficient (not enough evidence to decide, blocks release).")
    reasons: list[str] = Field(default_factory=list, description="Why, in words a compliance officer reads.")
    # validated by _typed_evidence (the model depends on `gate`), serialised as the gate's own model
    evidence: SkipValidation[SerializeAsAny[Evidence]] = Field(
        default_factory=LegacyEvidence,
        description="PII-free evidence, typed per gate: gates/<gate>/evidence.py documents every field.")

    @model_validator(mode="before")
    @classmethod
    def _typed_evidence(cls, data: Any, info: ValidationInfo) -> Any:
        if not isinstance(data, dict):
            return data
        ev = data.get("evidence", {})
        legacy = bool((info.context or {}).get(LEGACY_EVIDENCE))
        if legacy and isinstance(ev, dict):
            return {**data, "evidence": LegacyEvidence.model_validate(ev)}
        model = evidence_model(str(data.get("gate")), ev)
        if isinstance(ev, model):
            return data
        if isinstance(ev, Evidence):
            raise ValueError(f"the {data.get('gate')} gate's evidence must be a {model.__name__}, "
                             f"not a {type(ev).__name__}")
        if not isinstance(ev, dict):
            raise ValueError(f"evidence must be a mapping or a {model.__name__}, not {type(ev).__name__}")
        return {**data, "evidence": model.model_validate(ev, context=info.context)}

    @property
    def passed(self) -> bool:
        return self.verdict == "pass"

    def evidence_as(self, model: type[E]) -> E:
        """The evidence as the gate's model (a TypeError names the mismatch: a renderer asked the wrong gate)."""
        if not isinstance(self.evidence, model):
            raise TypeError(f"the {self.gate} gate's evidence is a {type(self.evidence).__name__}, "
                            f"not a {model.__name__}")
        return self.evidence


class Gate(Protocol):
    name: str

    def check(self, *args: Any, **kwargs: Any) -> GateResult: ...
