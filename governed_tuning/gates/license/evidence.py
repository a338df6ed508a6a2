"""What the licence gate records: each source's licence, verdict, reasons, digests and obligations, and the
mixture's obligations, credits and conflicts. One field per key, in the order the gate writes them."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from ..base import Evidence

SourceVerdict = Literal["allow", "review", "deny"]


class Obligation(Evidence):
    kind: str = Field(description="attribution, notice, share-alike, ... (spdx.obligations).")
    license: str = Field(description="SPDX id that imposes it.")
    text: str = Field(description="What to do, in words.")


class FolderDeclaration(Evidence):
    file: str = Field(description="File in the source's folder that declares a licence (README, LICENSE, ...).")
    license: str = Field(description="The licence it declares.")


class SourceEntry(Evidence):
    name: str
    kind: Literal["dataset", "model"]
    license: str | None = Field(None, description="Normalised SPDX expression (or the manifest's text).")
    verdict: SourceVerdict
    reasons: list[str] = Field(default_factory=list, description="Deciding reasons first.")
    path: str | None = None
    source: str | None = None
    revision: str | None = None
    attribution: str | None = None
    hub_id: str | None = None
    sha256: str | None = Field(None, description="sha256 of the content checked (None: nothing to hash).")
    declared_sha256: str | None = Field(None, description="sha256 the manifest declares.")
    declared_by_folder: list[FolderDeclaration] = Field(default_factory=list)
    license_ids: list[str] = Field(default_factory=list)
    obligations: list[Obligation] = Field(default_factory=list)


class MixtureObligation(Obligation):
    sources: list[str] = Field(default_factory=list, description="Sources that bring this obligation.")


class Credit(Evidence):
    name: str
    license: str | None = None
    attribution: str | None = None
    source: str | None = None
    revision: str | None = None


class Conflict(Evidence):
    kind: Literal["share-alike", "model-license"]
    licenses: list[str]
    sources: list[str]
    reason: str


class Mixture(Evidence):
    sources: list[str] = Field(default_factory=list, description="Sources not denied, trained on together.")
    obligations: list[MixtureObligation] = Field(default_factory=list)
    credits: list[Credit] = Field(default_factory=list)
    conflicts: list[Conflict] = Field(default_factory=list)


class LicenseEvidence(Evidence):
    policy: dict[str, Any] = Field(default_factory=dict, description="The policy's name and licence section.")
    checked: list[str] = Field(default_factory=list, description="Names of the sources judged.")
    counts: dict[SourceVerdict, int] = Field(default_factory=dict, description="Sources per verdict.")
    sources: list[SourceEntry] = Field(default_factory=list)
    mixture: Mixture = Field(default_factory=Mixture)
