"""Personal data in what people declare: the free text of the run config's ``governance`` block, the policy's
``regulatory`` block (provider, deidentification references) and each manifest source's disclosure fields.

Why: those values are copied as written into the run record, the signed report (which cannot be edited
afterwards without breaking its signature), the EU AI Act summary, the Art. 30 record, the AB 2013 disclosure,
the SPDX and CycloneDX exports and the dashboard. The training data goes through the PII gate; these fields
went nowhere near it, so a purpose that names a customer or a retention note that quotes a record would have
been published. They are read here by the same PII engine and policy as the data, before the run writes
anything, and a field holding personal data stops the run with its file, line and field named, the kinds and
counts found, and never the value (:mod:`.run.preflight`).

Not everything the engine finds is a person's data in these fields: organisational facts are asked for. URLs
(a DPIA or policy reference), dates and organisation names pass in every field; the contact fields (the
controller, contacts, the authorised representative, the provider's name and website) may also hold contact
details, places and a person's name: GDPR Art. 30(1)(a) asks the record for "the name and contact details of the
controller ... the controller's representative and the data protection officer", and a controller may be a
natural person (a sole trader), so a name there is a declaration the law asks for, not a leak (and an office
address such as "Hauptstr. 5" is often read as a name). In every other field (purpose, retention, descriptions,
measures) a person's name stops the run: those fields ask for roles ("Data Protection Officer") and facts; an
organisation the engine takes for a person goes in the policy's ``pii.allow_list``, which the scan honours.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel

if TYPE_CHECKING:
    from .config import RunConfig
    from .manifest import Manifest
    from .policy import Policy

#: Groups of PII kinds (gates/pii/kinds.py) that are organisational facts in any declared field.
ANYWHERE = {"other"}  # DATE_TIME, ORGANIZATION
ANYWHERE_KINDS = {"URL"}
#: Fields asking for an organisation's contact details, where contact and location kinds are expected.
CONTACT_FIELDS = {"controller", "contact", "authorised_representative", "name", "website"}
CONTACT_GROUPS = {"contact", "location", "person"}
#: Fields of the declared models that are not free text (enumerations, tags, dates, flags) are skipped by type.
NOT_SCANNED = {"languages"}


@dataclass(frozen=True)
class DeclaredText:
    """One free-text value people declared, with where it is (``FILE:LINE: field a.b``) and its field name."""

    where: str
    field: str
    text: str


@dataclass(frozen=True)
class DeclaredPii:
    """Personal data found in a declared field: where, and the kinds with their counts (never the value)."""

    where: str
    kinds: dict[str, int]

    def message(self) -> str:
        found = ", ".join(f"{k} x{n}" for k, n in sorted(self.kinds.items()))
        hint = ("name a role (e.g. 'Data Protection Officer'), not a person" if "PERSON" in self.kinds else
                "describe the data, never quote it")
        return (f"{self.where}: holds what the PII gate reads as personal data ({found}); the value is not shown. "
                "Declared fields are copied into the signed report and the regulators' documents: "
                f"{hint}. An organisation's name taken for a person goes in the policy's pii.allow_list")


def _texts(model: BaseModel, loc: tuple[Any, ...], where) -> list[DeclaredText]:
    out: list[DeclaredText] = []
    for name in type(model).model_fields:
        if name in NOT_SCANNED:
            continue
        value = getattr(model, name)
        if isinstance(value, str) and value.strip():
            out.append(DeclaredText(where(loc + (name,)), name, value))
        elif isinstance(value, list):
            out += [DeclaredText(where(loc + (name, i)), name, v) for i, v in enumerate(value)
                    if isinstance(v, str) and v.strip()]
        elif isinstance(value, BaseModel):
            out += _texts(value, loc + (name,), where)
    return out


def declared_texts(cfg: RunConfig, manifest: Manifest, policy: Policy, policy_name: str) -> list[DeclaredText]:
    """Every free-text value of the run's governance block, the policy's regulatory block and the manifest's
    disclosure fields of the sources the run uses (the others are never copied into its record)."""
    from .disclosure import DISCLOSURE_FIELDS

    out: list[DeclaredText] = []
    if cfg.governance is not None:
        out += _texts(cfg.governance, ("governance",), cfg.origin.where)
    out += _texts(policy.regulatory, ("regulatory",), lambda loc: f"{policy_name}: field {'.'.join(map(str, loc))}")
    used = {st.dataset for st in cfg.stages} | {cfg.base_model}
    for group, specs in (("datasets", manifest.datasets), ("models", manifest.models)):
        for i, spec in enumerate(specs):
            if spec.name not in used:
                continue
            out += [t for t in _texts(spec, (group, i), manifest.where) if t.field in DISCLOSURE_FIELDS]
    return out


def _allowed(field: str, kind: str) -> bool:
    from .gates.pii.kinds import KINDS

    k = KINDS.get(kind)
    group = k.group if k is not None else ""
    return kind in ANYWHERE_KINDS or group in ANYWHERE or (field in CONTACT_FIELDS and group in CONTACT_GROUPS)


def scan(texts: list[DeclaredText], policy: Policy) -> list[DeclaredPii]:
    """The declared values holding personal data by the policy's PII engine (its kinds, threshold, allow list
    and NER model), less the kinds each field may hold. Detection only: no key is needed or created."""
    if not texts or not policy.pii.entities:
        return []
    from .gates.pii.engine import Scrubber

    rules = {k: r.model_copy(update={"action": "placeholder"}) for k, r in policy.pii.entities.items()}
    scrubber = Scrubber(policy.pii.model_copy(update={"entities": rules}), key=None, cache_size=0)
    found = scrubber.detect_many([t.text for t in texts])
    out = []
    for t, findings in zip(texts, found):
        kinds = Counter(f.entity for f in findings if not _allowed(t.field, f.entity))
        if kinds:
            out.append(DeclaredPii(t.where, dict(kinds)))
    return out
