"""The run folder: every path a run writes and what each file is (its role), in one place.

::

    reports/                        the reports folder
      ledger.jsonl                  hash chain of every run (ledger.checkpoint.json beside it)
      <run_id>/                     one RunFolder
        run.json                    the RunRecord                            run_record
        bom.cdx.json  NOTICE.md     the licence gate's ML-BOM and notice     bom, notice
        data/<stage>/<dataset>      the PII gate's scrubbed copy              scrubbed_dataset
        subjects/<stage>/<dataset>.subjects.json.gz  its subject index       subject_index
        models/<stage>/             the stage's model                        model_file, model_card (README.md),
                                                                             model_signature (model.sig)
        gates/<scope>/<gate>.json   a gate's result and evidence             evidence
        gates/<scope>/<gate>.png    its chart                                chart
        documents/<kind>.md|.json   EU summary, compute, Art. 30, CCPA, AB 2013  regulatory_document
        model.cdx.json              CycloneDX 1.6 of the released model, with its modelCard   model_bom
        bom.spdx.json               SPDX 3.0 (AI and Dataset profiles) of model and data   spdx
        intoto/provenance.dsse.json SLSA Provenance v1 statement (DSSE), with               attestation
          provenance.sigstore.json  the same envelope as a Sigstore bundle v0.3             attestation_bundle
        intoto/gates/<scope>/<gate>.dsse.json (.sigstore.json)  each gate verdict as an in-toto Test Result
        report.json report.html     the audit report (signed by report.dsse.json; not artefacts themselves)
        report.sigstore.json        report.dsse.json as a Sigstore bundle (written after it, so unsigned by it)

The runner, the audit writer, verify and the dashboard ask this module for names and roles instead of spelling
them; a role recorded with an artefact in the RunRecord wins over the one the layout gives.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path, PurePosixPath

RUN_RECORD = "run.json"
BOM = "bom.cdx.json"
NOTICE = "NOTICE.md"
REPORT = "report.json"
HTML = "report.html"
ENVELOPE = "report.dsse.json"
LEDGER = "ledger.jsonl"
MODEL_CARD = "README.md"
MODEL_SIGNATURE = "model.sig"
DATA, MODELS, GATES, SUBJECTS, DOCUMENTS = "data", "models", "gates", "subjects", "documents"
INTOTO = "intoto"
REPORT_BUNDLE = "report.sigstore.json"
MODEL_BOM = "model.cdx.json"
SPDX = "bom.spdx.json"

#: Roles of the files at fixed names in the run folder.
FIXED_ROLES = {RUN_RECORD: "run_record", BOM: "bom", NOTICE: "notice", MODEL_BOM: "model_bom", SPDX: "spdx"}
#: The report files: written last, by the audit writer, and never listed among the artefacts they sign.
REPORT_FILES = (REPORT, HTML, ENVELOPE)
#: Files that are not subjects of report.dsse.json: the envelope itself and its bundle (written after it).
UNSIGNED = (ENVELOPE, REPORT_BUNDLE)


def role_of(rel: str) -> str:
    """The role the layout gives the file at ``rel`` (posix, relative to the run folder)."""
    parts = PurePosixPath(rel).parts
    if rel in FIXED_ROLES:
        return FIXED_ROLES[rel]
    if len(parts) > 1 and parts[0] == MODELS:
        return {MODEL_SIGNATURE: "model_signature", MODEL_CARD: "model_card", NOTICE: "notice"}.get(parts[-1],
                                                                                               "model_file")
    if len(parts) > 1 and parts[0] == DATA:
        return "scrubbed_dataset"
    if len(parts) > 1 and parts[0] == DOCUMENTS:
        return "regulatory_document"
    if len(parts) > 1 and parts[0] == SUBJECTS:
        return "subject_index"
    if len(parts) > 1 and parts[0] == GATES:
        return "chart" if parts[-1].endswith((".png", ".svg")) else "evidence"
    if len(parts) > 1 and parts[0] == INTOTO:
        return "attestation_bundle" if parts[-1].endswith(".sigstore.json") else "attestation"
    return "other"


@dataclass(frozen=True)
class RunFolder:
    """``reports/<run_id>/``: the paths of one run."""

    path: Path

    @classmethod
    def of(cls, reports: str | Path, run_id: str) -> RunFolder:
        return cls(Path(reports) / run_id)

    @property
    def run_id(self) -> str:
        return self.path.name

    @property
    def reports(self) -> Path:
        return self.path.parent

    @property
    def record(self) -> Path:
        return self.path / RUN_RECORD

    @property
    def bom(self) -> Path:
        return self.path / BOM

    @property
    def notice(self) -> Path:
        return self.path / NOTICE

    @property
    def report(self) -> Path:
        return self.path / REPORT

    @property
    def html(self) -> Path:
        return self.path / HTML

    @property
    def envelope(self) -> Path:
        return self.path / ENVELOPE

    @property
    def report_bundle(self) -> Path:
        return self.path / REPORT_BUNDLE

    @property
    def model_bom(self) -> Path:
        return self.path / MODEL_BOM

    @property
    def spdx(self) -> Path:
        return self.path / SPDX

    @property
    def ledger(self) -> Path:
        """The ledger the run is filed in: beside the run folders, shared by all of them."""
        return self.reports / LEDGER

    def scrubbed(self, stage: str, name: str) -> Path:
        """Where the PII gate writes the scrubbed copy of dataset ``name`` for ``stage`` (a file or a folder)."""
        return self.path / DATA / stage / name

    def subject_index(self, stage: str, name: str) -> Path:
        """The subject index of the scrubbed copy ``name`` of ``stage`` (keyed tokens; ``subjects/index.py``)."""
        from ..subjects.index import index_name

        return self.path / SUBJECTS / stage / index_name(name)

    def model_dir(self, stage: str) -> Path:
        return self.path / MODELS / stage

    def evidence(self, scope: str, gate: str) -> Path:
        """A gate's result and evidence; ``scope`` is its folder under gates/ (license, stage-<name>, model, model-<name>)."""
        return self.path / GATES / scope / f"{gate}.json"

    def chart(self, scope: str, gate: str) -> Path:
        return self.path / GATES / scope / f"{gate}.png"

    def document(self, kind: str, fmt: str) -> Path:
        """A regulatory document the run writes (documents/, governed_tuning/documents/): ``kind`` as
        ``governed-tuning docs`` names it, ``fmt`` md or json."""
        return self.path / DOCUMENTS / f"{kind}.{fmt}"

    def rel(self, path: str | Path) -> str:
        """``path`` relative to the run folder, posix (how the record and the report name files)."""
        return Path(path).resolve().relative_to(self.path.resolve()).as_posix()

    def files(self) -> list[str]:
        """Every regular file of the run folder (symlinks not followed), relative posix paths, sorted; the
        envelope and its Sigstore bundle excluded, since the envelope signs all the others."""
        out = []
        for p in sorted(self.path.rglob("*")):
            if p.is_file() and not p.is_symlink():
                rel = p.relative_to(self.path).as_posix()
                if rel not in UNSIGNED:
                    out.append(rel)
        return out
