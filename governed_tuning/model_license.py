"""The trained model's licence, decided from what went into it, not defaulted from the policy.

A model fine-tuned from a base model on some data sets is adapted material of all of them. Its licence is
computed from the licence expressions the licence gate judged (the side of an ``OR`` the gate took), combined
with ``license-expression`` into one inbound expression, and the policy:

* every inbound licence permissive or public domain: the model can be released under the policy's
  ``model_license`` (or, without one, the base model's licence), with the inbound notices kept in NOTICE.md;
* anything internal (a ``LicenseRef-`` id), unknown, copyleft (share-alike binds the model's licence),
  non-commercial or no-derivatives, or a conflict in the mixture: ``review``, each with a named reason, until
  legal has read it and lists the licence in the policy's ``license.reviewed_for_release``.

A ``review`` decision blocks release: the model card then says the licence is not decided, and why.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from . import spdx as lt
from .schema import StrictModel


class ModelLicense(StrictModel):
    """The licence decision for the trained model."""

    status: Literal["decided", "review"] = Field(description="decided: the model may be released under `license`; "
                                                 "review: a human must decide first (the reasons say why); "
                                                 "release is blocked until then.")
    license: str | None = Field(None, description="SPDX licence the model is released under (None while in "
                                "review).")
    candidate: str | None = Field(None, description="The licence the policy means to ship under, shown while the "
                                  "decision is in review.")
    inbound: str | None = Field(None, description="Every licence that flows into the model, as one SPDX expression "
                                "(AND of the base model's and the data sets' licences).")
    reasons: list[str] = Field(default_factory=list, description="Why, naming each source that decided it.")
    notices: list[str] = Field(default_factory=list, description="Inbound licences whose notices must travel with "
                               "the model (NOTICE.md).")


def _evidence(result: Any) -> dict[str, Any] | None:
    if result is None:
        return None
    ev = getattr(result, "evidence", result)
    return ev if isinstance(ev, dict) else ev.model_dump(mode="json")


def inbound_expression(ids: list[str]) -> str | None:
    """One deduplicated SPDX ``AND`` expression of the given licence ids (``license-expression`` does the work)."""
    if not ids:
        return None
    lic = lt.licensing()
    return str(lic.dedup(lic.parse(" AND ".join(f"({i})" for i in dict.fromkeys(ids)), validate=False)))


def _judge_id(i: str, who: str) -> str | None:
    """Why licence ``i`` of source ``who`` sends the model licence to review, or None when it flows freely."""
    if i.lower().startswith("licenseref-"):
        return (f"{who} is under {i}, an internal licence of its own: what it allows for a model trained on it is "
                "not recorded, so legal must decide (then list it in the policy's license.reviewed_for_release)")
    if not lt.is_spdx(i):
        return f"{who} is under {i}, which is not an SPDX licence: its terms for the model are unknown"
    t = lt.terms(i)
    if t.share_alike:
        reach = "the model may have to be released under it" if t.strong else "its files keep their licence"
        return f"{who} is under {i}, a copyleft (share-alike) licence: {reach}; legal must decide"
    if t.noncommercial:
        return f"{who} is under {i}, which forbids commercial use: the model inherits that restriction"
    if t.no_derivatives:
        return f"{who} is under {i}, which forbids sharing adapted material, and the model is adapted material"
    if t.category in lt.PERMISSIVE or t.category in lt.PUBLIC_DOMAIN:
        return None
    return f"{who} is under {i}, a {str(t.category).lower()} licence, neither permissive nor copyleft; legal must read it"


def decide_model_license(license_result: Any, license_policy: dict[str, Any] | None,
                         base_model: str | None) -> ModelLicense:
    """Decide the model's licence from the licence gate's result (a GateResult or its evidence) and the policy's
    ``license`` section (as data)."""
    pol = license_policy or {}
    target = pol.get("model_license")
    ev = _evidence(license_result)
    if ev is None:
        return ModelLicense(status="review", candidate=target, reasons=[
            "the licence gate did not run, so the licences of the base model and the data are unknown"])
    reviewed = {str(x).casefold() for x in pol.get("reviewed_for_release", [])}
    used = [s for s in ev.get("sources", []) if isinstance(s, dict) and s.get("verdict") != "deny"]
    review: list[str] = []
    ids: list[str] = []
    for s in used:
        who = f"{s.get('kind')} {s.get('name')}"
        sids = list(s.get("license_ids") or [])
        if not sids:
            review.append(f"{who} declares no licence that could be read, so its terms for the model are unknown")
        for i in sids:
            ids.append(i)
            why = None if i.casefold() in reviewed else _judge_id(i, who)
            if why:
                review.append(why)
    review += [f"the mixture has a conflict: {c.get('reason')}" for c in (ev.get("mixture") or {}).get("conflicts", [])
               if isinstance(c, dict)]
    base = next((s for s in used if s.get("kind") == "model" and s.get("name") == base_model), None)
    if base_model is not None and base is None:
        review.append(f"the base model {base_model} is not among the sources the licence gate allowed")
    inbound = inbound_expression(ids)
    notices = [i for i in dict.fromkeys(ids) if lt.is_spdx(i) and (lt.terms(i).notice or lt.terms(i).attribution)]
    listed = sorted({i for i in ids if i.casefold() in reviewed})
    if review:
        return ModelLicense(status="review", candidate=target, inbound=inbound, reasons=review, notices=notices)
    chosen = target or (" AND ".join(base.get("license_ids") or []) if base else None)
    if not chosen:
        return ModelLicense(status="review", inbound=inbound, notices=notices, reasons=[
            "the policy sets no license.model_license and there is no base model licence to carry over"])
    why = [f"every licence that flows into the model ({inbound or 'none'}) is permissive or public domain"
           + (f", or reviewed for release by the policy ({', '.join(listed)})" if listed else "")
           + "; their notices travel in NOTICE.md",
           f"released under {chosen}: " + ("the policy's license.model_license" if target
                                           else "the base model's licence (the policy sets no model_license)")]
    return ModelLicense(status="decided", license=chosen, candidate=target, inbound=inbound, reasons=why,
                        notices=notices)
