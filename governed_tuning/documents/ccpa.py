"""CCPA, Cal. Civ. Code 1798.140(m): whether the run's training data may be called deidentified, and why (not).

The claim needs all three legs of (m): (1) reasonable measures so the data cannot reasonably be linked to a
consumer (the PII gate passed, and no keyed pseudonym stays consistent across records, since such a token is a
unique identifier under (aj)); (2) a public commitment not to re-identify; (3) a contract clause binding every
recipient. The tool shows the first from the run and takes the other two from the policy
(``regulatory.deidentification``); without all three the document refuses the claim and says which leg is
missing. The decision is the report's own (audit/regulatory.py), so the two never disagree.
"""

from __future__ import annotations

from ..audit.regulatory import REMOVING, data_status, deidentification_gaps
from .facts import Facts, join
from .model import Item, Section

POLICY = "the policy, regulatory.deidentification.{}"


def claimed(f: Facts) -> bool:
    return not deidentification_gaps(f.record)


def sections(f: Facts) -> list[Section]:
    gaps = deidentification_gaps(f.record)
    refs = f.policy.deidentification
    removed = sorted(k for k, a in f.actions.items() if a in REMOVING)
    keyed = sorted(k for k, a in f.actions.items() if a not in REMOVING)
    verdicts = join(f"{g.scope}: {g.result.verdict}" for g in f.pii)
    claim = Section(id="claim", title="The claim", items=[
        Item(label="Deidentified information (1798.140(m))", value=(
            "CLAIMED: the training data of this run is deidentified information" if not gaps else
            "NOT CLAIMED: the training data of this run is not called deidentified"), origin="derived",
            note="decided from the three legs below; the same decision as the report's CCPA rows"),
        *[Item(label="Why not", value=gap, origin="derived") for gap in gaps],
        Item(label="What the data is, in the law's words", value=data_status(f.record), origin="derived")])
    return [
        claim,
        Section(id="(m)(1)", title="Reasonable measures: the data cannot reasonably be linked to a consumer", items=[
            Item(label="PII gate", value=verdicts or None, note=None if f.pii else "the PII gate did not run"),
            Item(label="Identifiers removed", value=join(removed, "none")),
            Item(label="Identifiers replaced by keyed, consistent stand-ins", value=join(keyed, "none"),
                 note="a consistent keyed token is a unique identifier (1798.140(aj)): the data is then "
                      "pseudonymized (1798.140(aa)), not deidentified" if keyed else None),
            *[Item(label="Scrub", value=line) for line in f.pii_lines()]]),
        Section(id="(m)(2)", title="Public commitment to keep the data deidentified and not to re-identify it",
                items=[Item(label="Public commitment", value=refs.public_commitment, origin="policy",
                            fill_in=POLICY.format("public_commitment"))]),
        Section(id="(m)(3)", title="Contractual obligation of every recipient not to re-identify", items=[
            Item(label="Contract clause", value=refs.contractual_clause, origin="policy",
                 fill_in=POLICY.format("contractual_clause"))]),
    ]


LIMITS = [
    "Whether the data cannot reasonably be linked to a consumer is the business's judgement; the tool shows the "
    "measures it applied and their re-scan.",
    "The commitment and the contract are references the policy gives; the tool cannot read or enforce them.",
    "Detection is automatic: the re-scan bounds, but cannot prove the absence of, personal information.",
]
