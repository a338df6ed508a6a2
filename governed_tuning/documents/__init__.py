"""The documents regulators ask of a training run, generated from what the run recorded and people declared.

* ``eu-summary``: EU AI Act Art. 53(1)(d), public summary of training content (AI Office template, July 2025);
* ``compute``: EU AI Act Annex XI 1.2(d)-(e), training compute, time, hardware, energy, and the one-third rule;
* ``gdpr-art30``: GDPR Art. 30(1), the record of processing for the run;
* ``ccpa-deidentified``: CCPA 1798.140(m), the deidentification claim, made or refused with the reason;
* ``ab2013``: California AB 2013 (Civ. Code 3111(a)), the twelve-item training-data disclosure.

A run writes all five into ``documents/`` of its folder before it signs, so its signature covers them
(:func:`write_run_documents`). ``governed-tuning docs`` gives those signed files back, or, for a run folder
written before documents existed, generates them from the signed report, marked as generated afterwards and not
signed (:func:`for_run_folder`). Every document is built from the typed run record: counts, kinds, digests and
declared organisational facts, never a value from the data.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from types import ModuleType
from typing import Literal

from .. import __version__
from ..digest import sha256_file
from ..errors import InputError
from ..fsio import atomic_write_text
from ..record import Artefact, RunRecord, read_context
from ..run import folder as layout
from . import ab2013, art30, ccpa, compute_doc, eu_summary
from .facts import Facts
from .model import Document, Provenance, render_json, render_markdown

Format = Literal["md", "json"]
FORMATS: tuple[Format, ...] = ("md", "json")


@dataclass(frozen=True)
class Kind:
    name: str
    title: str
    law: str
    module: ModuleType
    purpose: str


KINDS: dict[str, Kind] = {k.name: k for k in (
    Kind("eu-summary", "Public summary of training content",
         "EU AI Act Art. 53(1)(d), in the AI Office's template (July 2025)", eu_summary,
         "what the model was trained on, for publication by the provider of a general-purpose AI model"),
    Kind("compute", "Training compute, time, hardware and energy",
         "EU AI Act Annex XI 1.2(d)-(e); the Commission's guidelines on GPAI models (one-third rule)", compute_doc,
         "the technical documentation's compute figures, and whether the fine-tuning makes its author a provider"),
    Kind("gdpr-art30", "Record of processing activities: training run",
         "GDPR Art. 30(1)", art30,
         "the controller's record of this processing: purposes, categories, recipients, retention, measures"),
    Kind("ccpa-deidentified", "Deidentified information: claim or refusal",
         "CCPA, Cal. Civ. Code 1798.140(m)", ccpa,
         "whether the training data may be called deidentified, and if not, why not"),
    Kind("ab2013", "Training data documentation", "California AB 2013, Cal. Civ. Code 3111(a)", ab2013,
         "the twelve items a developer posts about the training data of a generative AI system"),
)}

SIGNED_NOTE = ("Written by the run into its folder before it was signed: the run's signature (report.dsse.json) "
               "covers this file. `governed-tuning verify RUN_DIR --pubkey KEY` checks it with the rest of the run.")
AFTER_NOTE = ("Generated on {when} from the run's report.json, after the run: this file is NOT signed. Verify the "
              "report first (`governed-tuning verify RUN_DIR --pubkey KEY`); the facts below are the report's.")


def build(kind: str, record: RunRecord, *, provenance: Provenance = "signed_with_run",
          now: str | None = None) -> Document:
    """The document ``kind`` for ``record``."""
    k = KINDS[kind]
    when = now or datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    f = Facts(record)
    return Document(kind=k.name, title=k.title, law=k.law, run_id=record.run_id, run_status=record.status,
                    releasable=record.releasable, generated_at=when, generator=f"governed-tuning {__version__}",
                    provenance=provenance,
                    provenance_note=SIGNED_NOTE if provenance == "signed_with_run" else AFTER_NOTE.format(when=when),
                    sections=k.module.sections(f), limits=list(k.module.LIMITS))


def render(doc: Document, fmt: Format) -> str:
    return render_json(doc) if fmt == "json" else render_markdown(doc)


def write_run_documents(run_dir: Path, record: RunRecord) -> list[Artefact]:
    """Write every document in both formats into ``documents/`` of the run folder (before it is signed)."""
    folder = layout.RunFolder(Path(run_dir))
    out = []
    for kind in KINDS:
        doc = build(kind, record)
        for fmt in FORMATS:
            path = folder.document(kind, fmt)
            atomic_write_text(path, render(doc, fmt))
            out.append(Artefact(path=folder.rel(path), sha256=sha256_file(path), size=path.stat().st_size,
                                role="regulatory_document"))
    return out


@dataclass
class Found:
    """A document for ``docs``: its text, and whether it is the run's signed file."""

    text: str
    signed_file: Path | None  # the run folder's file, covered by the run's signature; None: generated now


def for_run_folder(run_dir: Path, kind: str, fmt: Format) -> Found:
    """The run's own document when its folder holds one (covered by the signature), else one generated now from
    report.json (not signed, and marked so). Raises InputError when the folder holds no readable report."""
    folder = layout.RunFolder(Path(run_dir))
    path = folder.document(kind, fmt)
    if path.is_file() and not path.is_symlink():
        return Found(text=path.read_text(encoding="utf-8"), signed_file=path)
    if not folder.report.is_file():
        raise InputError(folder.report, "no report.json in this run folder: `docs` generates documents from a "
                         "run's signed report (is this a run folder, reports/<run_id>/?)")
    try:
        doc = json.loads(folder.report.read_text(encoding="utf-8"))
        record = RunRecord.model_validate(doc["record"], context=read_context(doc.get("report_version")))
    except (ValueError, KeyError, TypeError) as exc:
        raise InputError(folder.report, f"not a readable report ({type(exc).__name__}); run `governed-tuning "
                         "verify` on the folder to see what is wrong") from None
    return Found(text=render(build(kind, record, provenance="generated_after_run"), fmt), signed_file=None)
