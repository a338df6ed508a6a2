"""The facts only people know: the ``governance:`` block of a run config, and what a policy requires of it.

A tool can show what it scrubbed, hashed and signed. It cannot know why the data is processed, on which lawful
basis, whether the new purpose is compatible with the one the data was collected for, who the controller is,
how long copies are kept, where the DPIA is or who holds the pseudonym key. Those come from a person, in the run
config (``governance:``), and are shown in the report as *declared*, never as evidence; a named person then signs
them with ``governed-tuning attest``. The policy's ``regulatory`` section says which jurisdictions the run is
judged under and which governance fields block release when missing (the shipped ``gdpr`` policy: all of them).

Each field is documented once, here, in its ``Field(description=...)``. The values are the controller's own
organisational facts (names of teams and documents, a role mailbox); the descriptions ask for roles, not private
persons, since the block is copied into the signed report.
"""

from __future__ import annotations

from typing import Any, Literal, get_args

from pydantic import Field

from .disclosure import Provider
from .schema import StrictModel

LawfulBasis = Literal["consent", "contract", "legal_obligation", "vital_interests", "public_task",
                      "legitimate_interests"]
"""GDPR Art. 6(1)(a) to (f), in order."""

Art9Condition = Literal["none_processed", "explicit_consent", "employment_social_security", "vital_interests",
                        "not_for_profit_body", "made_public_by_data_subject", "legal_claims",
                        "substantial_public_interest", "health_or_social_care", "public_health",
                        "archiving_research_statistics"]
"""GDPR Art. 9(2)(a) to (j), in order, after ``none_processed``: the controller states that the data holds no
special category (a declaration a person attests, not something the tool can show)."""

GovernanceField = Literal["purpose", "lawful_basis", "original_purpose", "compatibility_assessment", "controller",
                          "contact", "data_subject_categories", "retention", "dpia", "key_custodian",
                          "intended_use", "limitations", "recipients", "transfers", "security_measures"]

GOVERNANCE_FIELDS: tuple[str, ...] = get_args(GovernanceField)

# The fields issue 19 lists as facts only people know (the shipped gdpr policy requires all of them).
CORE_FIELDS: tuple[str, ...] = ("purpose", "lawful_basis", "original_purpose", "compatibility_assessment",
                                "controller", "contact", "data_subject_categories", "retention", "dpia",
                                "key_custodian")

# Where each fact is asked for: shown beside a missing field so the reader knows why it matters.
PROVISIONS: dict[str, str] = {
    "purpose": "GDPR Art. 5(1)(b), Art. 30(1)(b)",
    "lawful_basis": "GDPR Art. 6(1)",
    "original_purpose": "GDPR Art. 6(4); EU AI Act Art. 10(2)(b)",
    "compatibility_assessment": "GDPR Art. 5(1)(b), Art. 6(4)",
    "controller": "GDPR Art. 30(1)(a)",
    "contact": "GDPR Art. 30(1)(a)",
    "data_subject_categories": "GDPR Art. 30(1)(c)",
    "retention": "GDPR Art. 5(1)(e), Art. 30(1)(f); CCPA 1798.100(a)(3)",
    "dpia": "GDPR Art. 35",
    "key_custodian": "GDPR Art. 4(5), Art. 32(1)(a)",
    "intended_use": "model card; EU AI Act Annex IV 1(a)",
    "limitations": "model card; EU AI Act Annex IV 3",
    "legitimate_interests_assessment": "GDPR Art. 6(1)(f); EDPB Opinion 28/2024",
    "special_categories_condition": "GDPR Art. 9(2)",
    "recipients": "GDPR Art. 30(1)(d)",
    "transfers": "GDPR Art. 30(1)(e), Art. 44-49",
    "security_measures": "GDPR Art. 30(1)(g), Art. 32(1)",
}


class Governance(StrictModel):
    """What the controller declares about this processing. Every field is optional to the schema; the policy's
    ``regulatory.required_governance`` decides which ones block release when they are missing."""

    purpose: str | None = Field(None, min_length=1, description="Why the model is trained: the specific, explicit "
                                "purpose of this processing (GDPR Art. 5(1)(b)), e.g. 'fine-tune a support "
                                "assistant answering questions about our products'.")
    lawful_basis: LawfulBasis | None = Field(None, description="GDPR Art. 6(1) basis for processing the personal "
                                             "data: consent, contract, legal_obligation, vital_interests, "
                                             "public_task or legitimate_interests.")
    legitimate_interests_assessment: str | None = Field(None, min_length=1, description="Reference to the "
                                                        "legitimate-interests assessment (purpose, necessity and "
                                                        "balancing tests of EDPB Opinion 28/2024); required when "
                                                        "lawful_basis is legitimate_interests and the policy "
                                                        "requires lawful_basis.")
    original_purpose: str | None = Field(None, min_length=1, description="The purpose the data was originally "
                                         "collected for (GDPR Art. 6(4)), e.g. 'answering customer support "
                                         "requests'.")
    compatibility_assessment: str | None = Field(None, min_length=1, description="Reference to the assessment "
                                                 "that training is compatible with the original purpose (GDPR "
                                                 "Art. 6(4) factors), e.g. a document id or URL; or to the "
                                                 "consent or law that makes it unnecessary.")
    controller: str | None = Field(None, min_length=1, description="The controller: the organisation that decides "
                                   "why and how the data is processed (GDPR Art. 4(7), Art. 30(1)(a)).")
    contact: str | None = Field(None, min_length=1, description="Contact for this processing, e.g. the DPO's or a "
                                "privacy team's mailbox (a role address, not a private person's).")
    data_subject_categories: list[str] = Field(default_factory=list, description="Categories of people whose data "
                                               "is processed (GDPR Art. 30(1)(c)), e.g. [customers, support "
                                               "agents].")
    retention: str | None = Field(None, min_length=1, description="How long the scrubbed copies and the model are "
                                  "kept, or the criteria that decide it (GDPR Art. 5(1)(e), Art. 30(1)(f)); "
                                  "`governed-tuning erase` records a removal.")
    dpia: str | None = Field(None, min_length=1, description="Reference to the data protection impact assessment "
                             "(GDPR Art. 35), or to the screening that found none is needed.")
    key_custodian: str | None = Field(None, min_length=1, description="Who holds the pseudonym key, kept apart from "
                                      "the pseudonymised data (GDPR Art. 4(5), Art. 32): a role or team.")
    special_categories_condition: Art9Condition | None = Field(None, description="GDPR Art. 9(2) condition that "
                                                               "allows processing special categories of data; "
                                                               "required when the policy does not remove every "
                                                               "special category it can detect.")
    intended_use: str | None = Field(None, min_length=1, description="What the trained model is for and who may use "
                                     "it; shown on the model card.")
    limitations: str | None = Field(None, min_length=1, description="Known limits and uses it is not fit for; "
                                    "shown on the model card.")
    recipients: list[str] = Field(default_factory=list, description="Categories of recipients the personal data "
                                  "(the scrubbed copies, and the model trained on them) is or will be disclosed "
                                  "to (GDPR Art. 30(1)(d)), e.g. [internal ML platform team, hosting processor]; "
                                  "[none] when there are none. Shown in the Art. 30 record.")
    transfers: list[str] = Field(default_factory=list, description="Transfers to third countries or international "
                                 "organisations, each with its safeguard (GDPR Art. 30(1)(e), Art. 46), e.g. "
                                 "['US: standard contractual clauses 2021/914']; [none] when there are none.")
    security_measures: str | None = Field(None, min_length=1, description="Organisational and technical security "
                                          "measures beyond those the tool records (access control, encryption at "
                                          "rest, ...), or a reference to where they are described (GDPR Art. "
                                          "30(1)(g), Art. 32(1)).")


def _present(value: Any) -> bool:
    if value is None:
        return False
    if isinstance(value, (list, tuple, str)):
        return bool(value) and not (isinstance(value, str) and not value.strip())
    return True


def as_governance(value: Governance | dict[str, Any] | None) -> Governance | None:
    """A Governance from the model itself or its dump (the run record keeps the validated config as data)."""
    if value is None or isinstance(value, Governance):
        return value
    return Governance.model_validate(value)


def missing_fields(governance: Governance | dict[str, Any] | None, required: list[str] | tuple[str, ...], *,
                   special_categories_remain: bool = False) -> list[str]:
    """Names of the required fields that are absent or empty, in the order of ``required``, then the conditional
    ones: a legitimate-interests assessment when that is the basis, and an Art. 9(2) condition when special
    categories remain in the training data."""
    gov = as_governance(governance)
    data = gov.model_dump() if gov is not None else {}
    out = [f for f in required if not _present(data.get(f))]
    if "lawful_basis" in required and data.get("lawful_basis") == "legitimate_interests" \
            and not _present(data.get("legitimate_interests_assessment")):
        out.append("legitimate_interests_assessment")
    if special_categories_remain and not _present(data.get("special_categories_condition")):
        out.append("special_categories_condition")
    return out


def describe_missing(fields: list[str]) -> str:
    """``purpose (GDPR Art. 5(1)(b), ...), dpia (GDPR Art. 35)``: each missing field with where it is asked for."""
    return ", ".join(f"{f} ({PROVISIONS[f]})" if f in PROVISIONS else f for f in fields)


# --------------------------------------------------------------------------- the policy side


Jurisdiction = Literal["EU", "US-CA"]


class DeidentificationPolicy(StrictModel):
    """The references a CCPA deidentification claim needs besides the technical measures (Cal. Civ. Code
    1798.140(m)). Without both, the report calls the data pseudonymized (1798.140(aa)), never deidentified."""

    public_commitment: str | None = Field(None, min_length=1, description="Where the business publicly commits to "
                                          "keep the data deidentified and not to re-identify it (1798.140(m)(2)): a "
                                          "URL or document reference.")
    contractual_clause: str | None = Field(None, min_length=1, description="The contract clause binding every "
                                           "recipient not to re-identify the data (1798.140(m)(3)): a document and "
                                           "clause reference.")


class RegulatoryPolicy(StrictModel):
    """Which laws the report maps the run against, and which governance facts block release when missing."""

    jurisdictions: list[Jurisdiction] = Field(default_factory=list, description="EU: GDPR and the EU AI Act; US-CA: "
                                              "the CCPA and Cal. Civ. Code 3110-3111 (AB 2013). Empty: the report "
                                              "maps no provision and says so.")
    required_governance: list[GovernanceField] = Field(default_factory=list, description="Fields of the run "
                                                       "config's governance block that must be filled; a run missing "
                                                       "one is not releasable and its report names them.")
    deidentification: DeidentificationPolicy = Field(default_factory=DeidentificationPolicy, description="CCPA "
                                                     "deidentification references (1798.140(m)(2), (m)(3)).")
    provider: Provider = Field(default_factory=Provider, description="Who releases the model and the facts "
                               "about it the EU AI Act summary and the AB 2013 disclosure ask for (`governed-tuning "
                               "docs`); a field left out is shown as not provided.")


def regulatory_policy(policy_document: dict[str, Any] | None) -> RegulatoryPolicy:
    """The ``regulatory`` section of a validated policy document (absent in older records: nothing mapped)."""
    section = (policy_document or {}).get("regulatory")
    return RegulatoryPolicy.model_validate(section) if isinstance(section, dict) else RegulatoryPolicy()
