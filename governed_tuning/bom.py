"""The run's datasets and models as a CycloneDX 1.6 ML-BOM (JSON), built with cyclonedx-python-lib.

One component per checked source (``data`` for datasets, ``machine-learning-model`` for models) with its
licence, version (the manifest's revision), sha256 as computed by the licence gate, where it came from, and the
gate's verdict as properties. The BOM's subject (``metadata.component``) is the fine-tuned model: it depends on
every source, and its model card names the allowed datasets it is trained on. The document is what other supply-chain tools read; the run report links to it.

The licence gate writes that BOM (``bom.cdx.json``) before training. Once the run is over, :func:`model_bom_json`
writes ``model.cdx.json``: the same components, with the released model as the subject and its full CycloneDX
``modelCard`` (cyclonedx-python-lib has no model card yet, so that part is JSON the tests validate against the
1.6 schema the library ships): the datasets inline with what the PII gate found (``sensitiveData``) and who
answers for them (``governance``), the fairness figures with their confidence intervals
(``quantitativeAnalysis``), and the declared use, limits and fairness assessments (``considerations``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from . import __version__
from .fsio import atomic_write_text
from .gates.base import GateResult
from .gates.license.evidence import LicenseEvidence
from .manifest import Manifest

PROP = "governed-tuning"  # namespace of our CycloneDX properties
RUN_MODEL_REF = "model:fine-tuned"


def disclosure_properties(decl: Any) -> list[tuple[str, str]]:
    """What the manifest declares about a source (``disclosure.SourceDisclosure``) that CycloneDX has no field of
    its own for, as (name, value) of properties: only what was declared, nothing filled in."""
    pairs = (("collection", decl.collection), ("modality", decl.modality),
             ("languages", ",".join(decl.languages) or None),
             ("acquired", decl.acquired.isoformat() if decl.acquired else None),
             ("tdm-opt-out-respected", None if decl.tdm_opt_out_respected is None
              else str(decl.tdm_opt_out_respected).lower()))
    return [(name, value) for name, value in pairs if value]


def build_bom(manifest: Manifest | None, result: GateResult) -> Any:
    """A ``cyclonedx.model.bom.Bom`` of the sources the licence gate checked (their details from ``manifest``,
    or, without it, from the gate's evidence, which records the same fields)."""
    from cyclonedx.contrib.license.factories import LicenseFactory
    from cyclonedx.model import ExternalReference, ExternalReferenceType, HashAlgorithm, HashType, Property, XsUri
    from cyclonedx.model.bom import Bom, BomMetaData
    from cyclonedx.model.component import Component, ComponentType

    ev = result.evidence_as(LicenseEvidence)
    licenses = LicenseFactory()
    components = []
    for entry in ev.sources:
        spec: Any = manifest.get(entry.name) if manifest is not None else entry
        refs = []
        if spec.source and spec.source.startswith(("http://", "https://")):
            refs.append(ExternalReference(type=ExternalReferenceType.DISTRIBUTION, url=XsUri(spec.source)))
        props = [Property(name=f"{PROP}:license-verdict", value=entry.verdict)]
        props += [Property(name=f"{PROP}:license-reason", value=r) for r in entry.reasons]
        if spec.source and not refs:
            props.append(Property(name=f"{PROP}:source", value=spec.source))
        if spec.path:
            props.append(Property(name=f"{PROP}:path", value=spec.path))
        if entry.declared_sha256:
            props.append(Property(name=f"{PROP}:declared-sha256", value=entry.declared_sha256))
        props += [Property(name=f"{PROP}:obligation", value=f"{o.kind}: {o.text}") for o in entry.obligations]
        if manifest is not None and entry.kind == "dataset":  # the evidence does not carry the disclosure fields
            props += [Property(name=f"{PROP}:{n}", value=v) for n, v in disclosure_properties(spec)]
        lic = entry.license
        components.append(Component(
            name=spec.name,
            type=ComponentType.DATA if entry.kind == "dataset" else ComponentType.MACHINE_LEARNING_MODEL,
            bom_ref=f"{entry.kind}:{spec.name}",
            version=spec.revision,
            description=f"{entry.kind} checked by the governed-tuning licence gate",
            copyright=spec.attribution,
            hashes=[HashType(alg=HashAlgorithm.SHA_256, content=entry.sha256)] if entry.sha256 else [],
            licenses=[licenses.make_from_string(lic)] if lic else [],
            external_references=refs,
            properties=props,
        ))
    meta_props = [Property(name=f"{PROP}:license-gate-verdict", value=result.verdict)]
    if ev.policy.get("name"):
        meta_props.append(Property(name=f"{PROP}:policy", value=str(ev.policy["name"])))
    meta_props += [Property(name=f"{PROP}:mixture-conflict", value=c.reason) for c in ev.mixture.conflicts]
    meta = BomMetaData(
        component=Component(name="fine-tuned-model", type=ComponentType.MACHINE_LEARNING_MODEL,
                            bom_ref=RUN_MODEL_REF, description="The model a governed-tuning run fine-tunes from "
                            "the base models below on the datasets below"),
        properties=meta_props,
    )
    meta.tools.components.add(Component(name="governed-tuning", version=__version__,
                                        type=ComponentType.APPLICATION, bom_ref="tool:governed-tuning"))
    bom = Bom(components=components, metadata=meta)
    bom.register_dependency(meta.component, components)
    return bom


def bom_json(manifest: Manifest, result: GateResult) -> str:
    """The ML-BOM as CycloneDX 1.6 JSON text."""
    import json

    from cyclonedx.output.json import JsonV1Dot6

    doc = json.loads(JsonV1Dot6(build_bom(manifest, result)).output_as_string())
    # cyclonedx-python-lib has no model card yet: name the training datasets (those allowed) by reference
    trained = [{"ref": f"dataset:{s.name}"} for s in result.evidence_as(LicenseEvidence).sources
               if s.kind == "dataset" and s.verdict == "allow"]
    doc["metadata"]["component"]["modelCard"] = {"modelParameters": {"datasets": trained}}
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


def write_bom(manifest: Manifest, result: GateResult, out_path: str | Path) -> Path:
    """Write the ML-BOM atomically to ``out_path`` (by convention ``bom.cdx.json`` in the run folder)."""
    out = Path(out_path)
    atomic_write_text(out, bom_json(manifest, result))
    return out


# --------------------------------------------------------------------------- the released model's model card

APPROACH = {"sft": "supervised", "reward": "supervised", "dpo": "reinforcement-learning",
            "rl": "reinforcement-learning"}


def _prop(name: str, value: Any) -> dict[str, str]:
    return {"name": f"{PROP}:{name}", "value": str(value)}


def _fmt(x: float | None) -> str:
    return "" if x is None else f"{x:.6g}"


def _dataset_card(d: Any, gov: Any) -> dict[str, Any]:
    """A dataset inline in the model card (CycloneDX ``componentData``)."""
    out: dict[str, Any] = {"type": "dataset", "name": d.name}
    props = [_prop("sha256", d.sha256)] if d.sha256 else []
    props += [_prop("scrubbed-copy", f"{rel} sha256:{sha}") for rel, sha in sorted(d.scrubbed.items())]
    props += [_prop("license", d.license)] if d.license else []
    props += [_prop("license-verdict", d.verdict)] if d.verdict else []
    decl = d.declared
    if decl is not None:
        props += [_prop(name, value) for name, value in disclosure_properties(decl)]
        if decl.description:
            out["description"] = decl.description
    if props:
        out["contents"] = {"properties": props}
    if d.source and d.source.startswith(("http://", "https://")):
        out.setdefault("contents", {})["url"] = d.source
    if not d.scanned:
        out["classification"] = "not scanned for personal data by the PII gate"
    elif d.found:
        out["classification"] = ("pseudonymised personal data" if d.keyed else "personal data removed") + \
            f" (PII gate; {d.residual} finding(s) in the re-scan of the scrubbed copy)"
        out["sensitiveData"] = [f"{k}: {n} found, {d.actions.get(k, 'placeholder')}" for k, n in sorted(d.found.items())]
    else:
        out["classification"] = f"no personal data found by the PII gate ({d.residual} in the re-scan)"
    parties = {}
    if gov is not None and gov.controller:
        parties["owners"] = [{"organization": {"name": gov.controller}}]
    if gov is not None and gov.key_custodian:
        parties["custodians"] = [{"organization": {"name": f"{gov.key_custodian} (holds the pseudonym key)"}}]
    if parties:
        out["governance"] = parties
    return out


def _metric(m: Any) -> dict[str, Any]:
    out: dict[str, Any] = {"type": m.name, "value": _fmt(m.value), "slice": m.slice}
    if m.low is not None and m.high is not None:
        out["confidenceInterval"] = {"lowerBound": _fmt(m.low), "upperBound": _fmt(m.high)}
    return out


def _considerations(facts: Any) -> dict[str, Any]:
    gov = facts.governance
    out: dict[str, Any] = {}
    if gov is not None and gov.intended_use:
        out["useCases"] = [gov.intended_use]
    limits = [gov.limitations] if gov is not None and gov.limitations else []
    out["technicalLimitations"] = limits + ["trained by an automated pipeline; the gate verdicts in the signed "
                                            "report are all that was measured"]
    risks = []
    for d in facts.datasets:
        if d.found:
            risks.append({"name": f"personal data in the training data ({d.name})",
                          "mitigationStrategy": "; ".join(d.methods()) + f"; re-scan of the scrubbed copy: "
                          f"{d.residual} finding(s). A model can still reproduce personal data the scrubber "
                          "missed."})
    for g in facts.gates:
        if g.result.gate == "memorisation":
            risks.append({"name": f"memorisation of training data ({g.scope})",
                          "mitigationStrategy": f"memorisation gate: {g.result.verdict}; "
                          + "; ".join(g.result.reasons)[:2000]})
    if risks:
        out["ethicalConsiderations"] = risks
    fair = []
    for g in facts.fairness:
        attribute = get_field(g.result.evidence, "attribute", "group")
        for group in sorted(get_field(g.result.evidence, "by_group", {}) or {}):
            figures = [m for m in facts.metrics if m.scope == g.scope and m.slice == f"{attribute}={group}"]
            harms = "; ".join(f"{m.name} {_fmt(m.value)}" + (f" (CI {_fmt(m.low)} to {_fmt(m.high)})"
                                                             if m.low is not None and m.high is not None else "")
                              for m in figures)
            fair.append({"groupAtRisk": f"{attribute}: {group}",
                         "harms": f"measured on the model's outputs ({g.scope}): {harms or 'no figure'}",
                         "mitigationStrategy": f"fairness gate {g.result.verdict}: " + "; ".join(g.result.reasons)})
    if fair:
        out["fairnessAssessments"] = fair
    return out


def get_field(obj: Any, key: str, default: Any = None) -> Any:
    from .training_facts import get

    return get(obj, key, default)


def model_card(facts: Any) -> dict[str, Any]:
    """The CycloneDX 1.6 ``modelCard`` of the released model."""
    params: dict[str, Any] = {"task": "text-generation", "architectureFamily": "transformer",
                              "datasets": [_dataset_card(d, facts.governance) for d in facts.datasets
                                           if d.verdict in (None, "allow")],
                              "inputs": [{"format": "text"}], "outputs": [{"format": "text"}]}
    if facts.stage_kind in APPROACH:
        params["approach"] = {"type": APPROACH[facts.stage_kind]}
    card: dict[str, Any] = {"modelParameters": params, "considerations": _considerations(facts)}
    metrics = [_metric(m) for m in facts.metrics]
    if metrics:
        card["quantitativeAnalysis"] = {"performanceMetrics": metrics}
    return card


def model_bom_json(record: Any, digests: dict[str, str]) -> str:
    """``model.cdx.json``: CycloneDX 1.6 of the released model (its files, sources and ``modelCard``)."""
    import json

    from cyclonedx.model.bom import Bom
    from cyclonedx.output.json import JsonV1Dot6

    from .training_facts import training_facts

    facts = training_facts(record, digests)
    lic = next((g.result for g in record.gates if g.result.gate == "license"), None)
    if lic is not None and isinstance(lic.evidence, LicenseEvidence):
        doc = json.loads(JsonV1Dot6(build_bom(None, lic)).output_as_string())
    else:
        doc = json.loads(JsonV1Dot6(Bom()).output_as_string())
        doc.setdefault("metadata", {})
    subject: dict[str, Any] = {
        "type": "machine-learning-model", "bom-ref": RUN_MODEL_REF, "name": facts.model_name,
        "version": facts.run_id,
        "description": (f"the {facts.stage} model ({facts.stage_kind}) of governed run {facts.run_id}" if facts.stage
                        else f"governed run {facts.run_id} wrote no model (status {facts.status})"),
        "properties": [_prop("run-status", facts.status), _prop("releasable", str(facts.releasable).lower()),
                       *(_prop("file", f"{rel} sha256:{sha}") for rel, sha in facts.model_files.items())],
        "modelCard": model_card(facts)}
    if facts.model_license:
        subject["licenses"] = [{"expression": facts.model_license}]
    doc["metadata"]["component"] = subject
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"
