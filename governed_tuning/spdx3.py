"""The run's model and data as an SPDX 3.0.1 document with the AI and Dataset profiles (``bom.spdx.json``).

Built with ``spdx-python-model``, the SPDX project's bindings generated from the SPDX 3.0.1 RDF/SHACL model:
every class, property, type, enumeration value and required property is checked by the bindings as the
document is built and serialised (JSON-LD, the SPDX 3 JSON format), so no field name is guessed.

What it holds: the released model as an ``ai_AIPackage`` (its files with sha256, the decided licence, the
declared use and limits, the fairness figures as ``ai_metric`` with their limits as
``ai_metricDecisionThreshold``, the training arguments as ``ai_hyperparameter``, whether it was trained on
personal data), each dataset as a ``dataset_DatasetPackage`` (sha256, licence, ``datasetType``,
``hasSensitivePersonalInformation``, ``anonymizationMethodUsed``, ``dataPreprocessing``), its scrubbed copy as a
dataset of its own, and the relationships: the model ``trainedOn`` the scrubbed copies, each copy
``descendantOf`` its source, the model ``descendantOf`` its base model. The facts are the CycloneDX model card's
(:mod:`.training_facts`), so the two documents agree.
"""

from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path
from typing import Any
from urllib.parse import quote

from . import __version__
from .fsio import atomic_write_text
from .record import RunRecord
from .training_facts import Dataset, Facts, training_facts

SPEC_VERSION = "3.0.1"
NAMESPACE = "https://governed-tuning.dev/spdx/"


def _when(stamp: str | None) -> datetime:
    if stamp:
        try:
            return datetime.strptime(stamp, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
        except ValueError:
            pass
    return datetime.now(timezone.utc).replace(microsecond=0)


class _Doc:
    """The element set being built, with ids under the run's namespace."""

    def __init__(self, run_id: str, created: datetime):
        from spdx_python_model import v3_0_1 as spdx

        self.s = spdx
        self.base = f"{NAMESPACE}{quote(run_id)}/"
        self.ci = spdx.CreationInfo(specVersion=SPEC_VERSION, created=created)
        self.elements: list[Any] = []
        agent = self.add(spdx.SoftwareAgent, "agent/governed-tuning", name=f"governed-tuning {__version__}")
        tool = self.add(spdx.Tool, "tool/governed-tuning", name=f"governed-tuning {__version__}")
        self.ci.createdBy.append(agent)
        self.ci.createdUsing.append(tool)
        self.n = 0

    def id(self, path: str) -> str:
        return self.base + quote(path, safe="/")

    def add(self, cls: Any, path: str, **kwargs: Any) -> Any:
        obj = cls(spdxId=self.id(path), creationInfo=self.ci, **kwargs)
        self.elements.append(obj)
        return obj

    def sha256(self, value: str | None) -> list[Any]:
        return [self.s.Hash(algorithm=self.s.HashAlgorithm.sha256, hashValue=value)] if value else []

    def relate(self, src: Any, kind: str, to: list[Any]) -> None:
        if to:
            self.n += 1
            self.add(self.s.Relationship, f"relationship/{self.n}", from_=src, to=to,
                     relationshipType=getattr(self.s.RelationshipType, kind))

    def license(self, src: Any, expression: str | None, kind: str) -> None:
        if expression:
            lic = self.add(self.s.simplelicensing_LicenseExpression, f"license/{len(self.elements)}",
                           simplelicensing_licenseExpression=expression)
            self.relate(src, kind, [lic])

    def presence(self, value: bool | None) -> str:
        p = self.s.PresenceType
        return p.noAssertion if value is None else (p.yes if value else p.no)


def _declared(doc: _Doc, d: Dataset) -> tuple[Any, dict[str, Any]]:
    """The dataset's type (its declared modality; noAssertion when none was declared, never assumed) and the
    properties SPDX 3.0.1 has a place for: ``dataCollectionProcess`` (collection, period, acquisition date, TDM
    opt-outs) and ``description`` (the declared description and languages: the Dataset profile has no language
    property)."""
    decl = d.declared
    kind = getattr(doc.s.dataset_DatasetType, decl.modality) if decl is not None and decl.modality else \
        doc.s.dataset_DatasetType.noAssertion
    extra: dict[str, Any] = {}
    process = d.collection_process()
    if process:
        extra["dataset_dataCollectionProcess"] = process
    words = [decl.description] if decl is not None and decl.description else []
    if decl is not None and decl.languages:
        words.append("languages: " + ", ".join(decl.languages))
    if words:
        extra["description"] = "; ".join(words)
    return kind, extra


def _dataset(doc: _Doc, d: Dataset) -> tuple[Any, list[Any]]:
    s = doc.s
    found = sum(d.found.values())
    kind, declared = _declared(doc, d)
    source = doc.add(
        s.dataset_DatasetPackage, f"dataset/{d.name}", name=d.name,
        software_primaryPurpose=s.software_SoftwarePurpose.data, dataset_datasetType=[kind], **declared,
        verifiedUsing=doc.sha256(d.sha256), **({"software_packageVersion": d.revision} if d.revision else {}),
        **({"software_downloadLocation": d.source} if d.source and d.source.startswith(("http://", "https://"))
           else {}),
        dataset_hasSensitivePersonalInformation=doc.presence(found > 0 if d.scanned else None),
        **({"comment": f"source: {d.source}"} if d.source and not d.source.startswith(("http://", "https://"))
           else {}))
    doc.license(source, d.license, "hasDeclaredLicense")
    copies = []
    for rel, sha in sorted(d.scrubbed.items()):
        copy = doc.add(
            s.dataset_DatasetPackage, f"scrubbed/{rel}", name=f"{d.name} (scrubbed copy {rel})",
            software_primaryPurpose=s.software_SoftwarePurpose.data, dataset_datasetType=[kind],
            verifiedUsing=doc.sha256(sha),
            dataset_hasSensitivePersonalInformation=doc.presence(
                None if d.residual is None else (bool(d.keyed and found) or d.residual > 0)),
            dataset_anonymizationMethodUsed=d.methods(),
            dataset_dataPreprocessing=[
                f"PII gate scrub: {found} finding(s) ("
                + ", ".join(f"{k} {n}: {d.actions.get(k, 'placeholder')}" for k, n in sorted(d.found.items()))
                + f"); re-scan of the copy: {d.residual} finding(s)"])
        doc.relate(copy, "descendantOf", [source])
        doc.license(copy, d.license, "hasDeclaredLicense")
        copies.append(copy)
    return source, copies


def spdx_document(facts: Facts) -> dict[str, Any]:
    """The SPDX 3.0.1 JSON-LD document (as data) of the run's released model and its data."""
    doc = _Doc(facts.run_id, _when(facts.created))
    s = doc.s
    gov = facts.governance
    personal = any(d.found for d in facts.datasets) if any(d.scanned for d in facts.datasets) else None
    gated = [m for m in facts.metrics if m.limit is not None]
    model = doc.add(
        s.ai_AIPackage, f"model/{facts.model_name}", name=facts.model_name,
        software_primaryPurpose=s.software_SoftwarePurpose.model, software_packageVersion=facts.run_id,
        ai_typeOfModel=["transformer language model"], ai_domain=["text generation"],
        ai_informationAboutTraining=(f"fine-tuned with TRL ({facts.stage_kind}) by governed-tuning run "
                                     f"{facts.run_id} on the scrubbed copies below; status {facts.status}, "
                                     f"releasable: {'yes' if facts.releasable else 'no'}"),
        ai_useSensitivePersonalInformation=doc.presence(personal),
        ai_metric=[s.DictionaryEntry(key=f"{m.name}[{m.slice}]", value=f"{m.value:.6g}" + (
            f" (CI {m.low:.6g} to {m.high:.6g})" if m.low is not None and m.high is not None else ""))
            for m in facts.metrics],
        ai_metricDecisionThreshold=[s.DictionaryEntry(key=f"{m.name}[{m.slice}]", value=f"{m.limit:.6g}")
                                    for m in gated],
        ai_hyperparameter=[s.DictionaryEntry(key=str(k), value=json.dumps(v)) for k, v in
                           sorted(facts.hyperparameters.items())],
        **({"ai_informationAboutApplication": gov.intended_use} if gov and gov.intended_use else {}),
        **({"ai_limitation": gov.limitations} if gov and gov.limitations else {}))
    doc.license(model, facts.model_license, "hasConcludedLicense")
    files = [doc.add(s.software_File, f"file/{rel}", name=rel, verifiedUsing=doc.sha256(sha))
             for rel, sha in facts.model_files.items()]
    doc.relate(model, "contains", files)
    trained: list[Any] = []
    for d in facts.datasets:
        if d.verdict not in (None, "allow"):
            continue
        source, copies = _dataset(doc, d)
        trained += copies or [source]
    doc.relate(model, "trainedOn", trained)
    bm = facts.base_model
    if bm.get("name"):
        base = doc.add(s.ai_AIPackage, f"base-model/{bm['name']}", name=str(bm["name"]),
                       software_primaryPurpose=s.software_SoftwarePurpose.model, verifiedUsing=doc.sha256(bm.get("sha256")))
        doc.license(base, bm.get("license"), "hasDeclaredLicense")
        doc.relate(model, "descendantOf", [base])
    doc.add(s.SpdxDocument, "document", name=f"governed-tuning run {facts.run_id}",
                       rootElement=[model], element=list(doc.elements),
                       profileConformance=[s.ProfileIdentifierType.core, s.ProfileIdentifierType.software,
                                           s.ProfileIdentifierType.simpleLicensing, s.ProfileIdentifierType.ai,
                                           s.ProfileIdentifierType.dataset])
    objects = s.SHACLObjectSet()
    for obj in doc.elements:
        objects.add(obj)
    return s.JSONLDSerializer().serialize_data(objects)


def check_spdx(doc: dict[str, Any]) -> list[str]:
    """Why ``doc`` is not a valid SPDX 3.0.1 JSON-LD document, by the SPDX project's own bindings (empty: valid).

    ``spdx-python-model`` is generated by shacl2code from the published SPDX 3.0.1 RDF/SHACL model, so it knows
    every class, property, datatype, enumeration, pattern, cardinality and the class each reference must point
    to. Three steps, each of which a broken document fails: loading it (an unknown class, property or enumeration
    value, a value of the wrong type or format, a reference to an element of the wrong class); linking it (every
    reference resolves to an element of the document: ours are self-contained); writing what was loaded back (a
    required property missing or a cardinality broken raises; a list given as a scalar, or anything the model
    would drop, comes back different). The published JSON schema is not shipped by any package, so this is the
    check that always runs (``tests/test_spdx3.py``)."""
    import spdx_python_model

    try:
        model, objects = spdx_python_model.load_data(doc)
        missing = objects.link()
        again = model.JSONLDSerializer().serialize_data(objects)
    except (ValueError, TypeError, KeyError, spdx_python_model.LoadError) as exc:
        return [f"{type(exc).__name__}: {str(exc)[:300]}"]
    errors = [f"reference to an element the document does not hold: {i}" for i in sorted(missing)]
    if again != doc:
        changed = sorted({k for a, b in zip(doc.get("@graph", []), again.get("@graph", []))
                          for k in set(a) | set(b) if a.get(k) != b.get(k)})
        errors.append("the SPDX bindings write the document back differently (a value of the wrong shape or one "
                      f"the model does not keep): {', '.join(changed) or 'the element list'}")
    return errors


def spdx_json(record: RunRecord, digests: dict[str, str]) -> str:
    return json.dumps(spdx_document(training_facts(record, digests)), indent=2, ensure_ascii=False) + "\n"


def write_spdx(record: RunRecord, digests: dict[str, str], out_path: str | Path) -> Path:
    out = Path(out_path)
    atomic_write_text(out, spdx_json(record, digests))
    return out
