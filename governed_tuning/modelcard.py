"""The model card (README.md) of every model folder a stage writes.

TRL's own card writes a placeholder licence; ours states the licence the policy ships the model under (or
the base model's), the real obligations of the training data and base model as the licence gate found them,
every gate's verdict, and the run and report the model belongs to. PII-free: it is built from the record.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from .fsio import atomic_write_text
from .gates.base import GateResult
from .gates.license.evidence import LicenseEvidence
from .record import RunRecord, StageRecord


def _hf_license(expr: str | None) -> dict[str, str]:
    """Hugging Face card metadata: a lowercase SPDX id, or 'other' with the expression as license_name."""
    if not expr:
        return {"license": "unknown"}
    if all(c.isalnum() or c in "-." for c in expr):
        return {"license": expr.lower()}
    return {"license": "other", "license_name": expr}


def render_model_card(record: RunRecord, stage: StageRecord, license_result: GateResult | None) -> str:
    ev = license_result.evidence_as(LicenseEvidence) if license_result else LicenseEvidence()
    sources = ev.sources
    base = next((s for s in sources if s.kind == "model" and s.name == record.config.get("base_model")), None)
    model_license = record.policy.document.get("license", {}).get("model_license") or (base.license if base else None)
    meta: dict[str, Any] = {**_hf_license(model_license), "library_name": "transformers",
                            "tags": ["governed-tuning", "trl", stage.kind],
                            "base_model": record.config.get("base_model")}
    lines = ["---", yaml.safe_dump(meta, sort_keys=False).strip(), "---", "",
             f"# {stage.name} model ({stage.kind}) of governed run {record.run_id}", "",
             f"Trained with TRL ({stage.kind}) from `{stage.base_model}` under the policy "
             f"**{record.policy.describe()}** (sha256 `{record.policy.sha256[:16]}…`).", "",
             f"Released under: **{model_license or 'not decided'}**"
             + (" (the policy's model_license)" if record.policy.document.get("license", {}).get("model_license")
                else " (the base model's licence)") + ".",
             f"Releasable: **{'yes' if record.releasable else 'no'}** (run status: {record.status}).", ""]
    for r in record.release_reasons:
        lines.append(f"- {r}")
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
              f"`governed-tuning verify reports/{record.run_id} --pubkey KEY.pub` (the run folder's path).", ""]
    return "\n".join(lines)


def write_model_card(model_dir: str | Path, record: RunRecord, stage: StageRecord,
                     license_result: GateResult | None) -> Path:
    out = Path(model_dir) / "README.md"
    atomic_write_text(out, render_model_card(record, stage, license_result))
    return out
