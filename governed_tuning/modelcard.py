"""The model card (README.md) of every model folder a stage writes.

TRL's own card writes a placeholder licence; ours states the licence decided from what went into the model
(``model_license.py``: the base model's and the data's licences and the policy; "not decided" with the reasons
while it is in review), the real obligations of the training data and base model as the licence gate found
them, the intended use, limits, a personal-data statement and a contact from the run config's governance block,
every gate's verdict, and the run and report the model belongs to. PII-free: it is built from the record.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from .audit.regulatory import KEYED
from .fsio import atomic_write_text
from .gates.base import GateResult
from .gates.license.evidence import LicenseEvidence
from .governance import Governance, as_governance
from .model_license import decide_model_license
from .record import RunRecord, StageRecord


def _hf_license(expr: str | None) -> dict[str, str]:
    """Hugging Face card metadata: a lowercase SPDX id, or 'other' with the expression as license_name."""
    if not expr:
        return {"license": "unknown"}
    if all(c.isalnum() or c in "-." for c in expr):
        return {"license": expr.lower()}
    return {"license": "other", "license_name": expr}


def _declared(gov: Governance | None, name: str, lead: str = "") -> str:
    value = getattr(gov, name, None) if gov is not None else None
    return f"{lead}{value}" if value else (f"Not declared: set governance.{name} in the run config.")


def _personal_data(record: RunRecord, gov: Governance | None) -> list[str]:
    """What the card may honestly say about personal data: from the PII evidence and the declared facts."""
    pii = [g for g in record.gates if g.result.gate == "pii"]
    out: list[str] = []
    if not pii:
        out.append("The training data was not scrubbed by the PII gate: it may hold personal data as collected.")
    else:
        ents = (record.policy.document.get("pii") or {}).get("entities") or {}
        pseud = sorted(k for k, v in ents.items() if isinstance(v, dict) and v.get("action") in KEYED)
        found: dict[str, int] = {}
        for g in pii:
            ev = g.result.evidence if isinstance(g.result.evidence, dict) else g.result.evidence.model_dump()
            for k, v in (ev.get("counts_by_type") or {}).items():
                found[k] = found.get(k, 0) + int(v)
        out.append(f"Before training, the PII gate scrubbed {sum(found.values())} finding(s) "
                   f"({', '.join(f'{k} {v}' for k, v in sorted(found.items())) or 'none found'}) and re-scanned "
                   "the copies.")
        if pseud:
            out.append(f"Keyed pseudonyms or surrogates replace {', '.join(pseud)}: the training data is "
                       "pseudonymised personal data (GDPR Art. 4(5)), not anonymous; the key is held apart"
                       + (f" by {gov.key_custodian}." if gov and gov.key_custodian else "."))
        out.append("A model can still reproduce personal data the scrubber missed; do not prompt it for personal "
                   "data.")
    if gov is not None and gov.lawful_basis:
        out.append(f"Lawful basis (declared): {gov.lawful_basis.replace('_', ' ')}"
                   + (f"; controller: {gov.controller}" if gov.controller else "")
                   + (f"; retention: {gov.retention}" if gov.retention else "") + ".")
    return out


def render_model_card(record: RunRecord, stage: StageRecord, license_result: GateResult | None) -> str:
    ev = license_result.evidence_as(LicenseEvidence) if license_result else LicenseEvidence()
    sources = ev.sources
    ml = record.model_license or decide_model_license(license_result, record.policy.document.get("license"),
                                                      record.config.get("base_model"))
    decided = ml.status == "decided"
    meta: dict[str, Any] = {**(_hf_license(ml.license) if decided else
                               {"license": "other", "license_name": "not-decided-pending-licence-review"}),
                            "library_name": "transformers", "tags": ["governed-tuning", "trl", stage.kind],
                            "base_model": record.config.get("base_model")}
    gov = as_governance(record.config.get("governance"))
    lines = ["---", yaml.safe_dump(meta, sort_keys=False).strip(), "---", "",
             f"# {stage.name} model ({stage.kind}) of governed run {record.run_id}", "",
             f"Trained with TRL ({stage.kind}) from `{stage.base_model}` under the policy "
             f"**{record.policy.describe()}** (sha256 `{record.policy.sha256[:16]}…`).", "",
             (f"Licence: **{ml.license}**, decided from the licences that flow into the model ({ml.inbound})."
              if decided else f"Licence: **NOT DECIDED** (in review; the policy means to ship under "
              f"{ml.candidate or 'no licence named'}). Until a person decides, the model must not be released:"),
             *[f"- {r}" for r in ml.reasons], "",
             f"Releasable: **{'yes' if record.releasable else 'no'}** (run status: {record.status}).", ""]
    for r in record.release_reasons:
        lines.append(f"- {r}")
    lines += ["", "## Intended use", "", _declared(gov, "intended_use"),
              "", "## Limitations", "", _declared(gov, "limitations"),
              "- It was trained on a small, scrubbed data set by an automated pipeline; the gate verdicts below are "
              "all that was measured.", "", "## Personal data", "", *_personal_data(record, gov),
              "", "## Contact", "", _declared(gov, "contact", lead=f"{gov.controller}: " if gov and gov.controller
                                              else "")]
    lines += ["", "## Training data and base model", "",
              "| Source | Kind | Licence | Verdict | sha256 |", "|---|---|---|---|---|"]
    for s in sources:
        lines.append(f"| {s.name} | {s.kind} | {s.license or '(none)'} | {s.verdict} | `{(s.sha256 or '')[:16]}` |")
    if not sources:
        lines.append("| (the licence gate did not run in this build) | | | | |")
    if stage.inputs:
        scrubbed = all(a.role == "scrubbed_dataset" for a in stage.inputs)
        lines += ["", "This stage trained on the PII gate's scrubbed copy only:" if scrubbed else
                  "This stage trained on data the PII gate did not scrub (the gate is not installed):", ""]
        lines += [f"- `{a.path}` sha256 `{a.sha256}`" for a in stage.inputs]
    lines += ["", "## Licence obligations", ""]
    lines += [f"- **{o.kind}** ({o.license}; {', '.join(o.sources)}): {o.text}"
              for o in ev.mixture.obligations] or ["- none recorded"]
    for c in ev.mixture.credits:
        lines.append(f"- credit: {c.name} ({c.license}), {c.attribution or 'no attribution given'}, "
                     f"source {c.source or 'unknown'}")
    lines += ["", "## Gate verdicts", "", "| Gate | Scope | Verdict | Reasons |", "|---|---|---|---|"]
    for g in record.gates:
        reasons = "; ".join(g.result.reasons).replace("|", "\\|").replace("\n", " ")
        lines.append(f"| {g.result.gate} | {g.scope} | {g.result.verdict} | {reasons} |")
    for gate in record.gates_not_run:
        lines.append(f"| {gate} | - | not run | not installed in this build |")
    lines += ["", "## Training", "", f"- seed: {stage.seed}", f"- wall time: {stage.wall_s} s"]
    for k in ("train_loss", "loss", "accuracy", "margin", "reward", "kl", "rewards/margins"):
        if k in stage.metrics:
            lines.append(f"- {k}: {stage.metrics[k]}")
    lines += ["", "## Report", "",
              f"Run `{record.run_id}`: the signed report is `../../report.html` (and `report.json`, "
              "`report.dsse.json`) in the run folder; check it with "
              f"`governed-tuning verify reports/{record.run_id} --pubkey KEY.pub` (the run folder's path).", "",
              "For other tools, the run folder also holds this model's card as CycloneDX 1.6 (`../../model.cdx.json`) "
              "and SPDX 3.0 (`../../bom.spdx.json`), and the run's SLSA provenance and gate results as signed in-toto "
              "statements with Sigstore bundles (`../../intoto/`).", ""]
    return "\n".join(lines)


def write_model_card(model_dir: str | Path, record: RunRecord, stage: StageRecord,
                     license_result: GateResult | None) -> Path:
    out = Path(model_dir) / "README.md"
    atomic_write_text(out, render_model_card(record, stage, license_result))
    return out
