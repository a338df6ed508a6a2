"""The run's datasets and models as a CycloneDX 1.6 ML-BOM (JSON), built with cyclonedx-python-lib.

One component per checked source (``data`` for datasets, ``machine-learning-model`` for models) with its
licence, version (the manifest's revision), sha256 as computed by the licence gate, where it came from, and the
gate's verdict as properties. The BOM's subject (``metadata.component``) is the fine-tuned model: it depends on
every source, and its model card names the allowed datasets it is trained on. The document is what other supply-chain tools read; the run report links to it.
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


def build_bom(manifest: Manifest, result: GateResult) -> Any:
    """A ``cyclonedx.model.bom.Bom`` of the sources the licence gate checked."""
    from cyclonedx.contrib.license.factories import LicenseFactory
    from cyclonedx.model import ExternalReference, ExternalReferenceType, HashAlgorithm, HashType, Property, XsUri
    from cyclonedx.model.bom import Bom, BomMetaData
    from cyclonedx.model.component import Component, ComponentType

    ev = result.evidence_as(LicenseEvidence)
    licenses = LicenseFactory()
    components = []
    for entry in ev.sources:
        spec = manifest.get(entry.name)
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
