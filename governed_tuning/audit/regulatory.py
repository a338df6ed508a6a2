"""The regulatory section of the report: evidence the tool holds, per provision of the policy's jurisdictions.

A tool cannot say a provision is *met*; it can say which evidence it supplies towards it and what is missing.
So each row is ``evidence_supplied`` (the evidence below answers what the tool can answer, and nothing the row
needs is missing) or ``not_evidenced`` (with what is missing, and whatever partial evidence exists), plus the
limits of that evidence. A row that rests on a gate that did not pass, or on training that did not complete, is
never ``evidence_supplied``. What only people can decide (purpose, lawful basis, compatibility, retention, DPIA,
controller, key custodian) is a separate **attestation** block: the facts as declared in the run config's
``governance:`` block, which a named person signs later with ``governed-tuning attest``.

Wording: keyed pseudonyms that stay the same across records are pseudonymisation (GDPR Art. 4(5), Recital 26;
CCPA 1798.140(aa)); the data stays personal data / personal information. "Deidentified" (1798.140(m)) is
claimed only when the policy names the (m)(2) public commitment and the (m)(3) contractual clause and no
consistent token remains.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from ..gates.pii.kinds import KINDS
from ..governance import (
    CORE_FIELDS,
    PROVISIONS,
    Governance,
    RegulatoryPolicy,
    as_governance,
    describe_missing,
    missing_fields,
    regulatory_policy,
)
from ..record import GateRun, RunRecord
from ..schema import StrictModel

ProvisionStatus = Literal["evidence_supplied", "not_evidenced"]

# What the PII gate can detect of GDPR Art. 9(1), from its catalogue of kinds (health data, religion, NRP groups)
SPECIAL_CATEGORIES = tuple(k.name for k in KINDS.values() if any("Art. 9" in law for law in k.laws))
REMOVING = ("placeholder", "redact", "mask", "drop_record")  # actions that take the value out of the text
# Actions that put a keyed, consistent stand-in in its place (a token or a realistic surrogate chosen by the same
# HMAC): one person stays one stand-in across records and runs, so the data is pseudonymised, not anonymised.
KEYED = ("pseudonymize", "surrogate")
FRAMEWORKS = {"EU": ("GDPR", "EU AI Act"), "US-CA": ("CCPA", "California AB 2013")}


class Provision(StrictModel):
    """One provision a reviewer looks for, the evidence this run supplies towards it, and what is missing."""

    framework: str = Field(description="GDPR, EU AI Act, CCPA or California AB 2013.")
    provision: str = Field(description="Article or section, e.g. 'Art. 25'.")
    title: str = Field(description="What the provision asks for, in a few words.")
    status: ProvisionStatus = Field(description="evidence_supplied: the evidence below answers what a tool can "
                                    "answer for this provision (a person still judges compliance); "
                                    "not_evidenced: something it needs is missing (listed).")
    evidence: list[str] = Field(default_factory=list, description="The evidence, from this report.")
    missing: list[str] = Field(default_factory=list, description="What the row would need and this run lacks.")
    limits: list[str] = Field(default_factory=list, description="What the evidence does not show.")


class AttestationItem(StrictModel):
    """A fact only a person can give: as declared in the run config, for a named person to sign."""

    field: str = Field(description="Governance field, e.g. 'lawful_basis'.")
    provision: str = Field(description="Where the law asks for it.")
    declared: str | None = Field(None, description="The value declared in the run config; None: not declared.")
    required: bool = Field(description="Whether the policy blocks release while it is missing.")


class RegulatorySection(StrictModel):
    policy: str = Field("", description="The policy the run was judged under: name, file and origin (shipped or "
                        "a modified copy).")
    jurisdictions: list[str] = Field(default_factory=list, description="From the policy: EU, US-CA.")
    outcome: str = Field(description="What the run's outcome means for every row below.")
    data_status: str = Field(description="What the training data is after scrubbing, in the words of the law.")
    provisions: list[Provision] = Field(default_factory=list)
    attestation: list[AttestationItem] = Field(default_factory=list, description="Facts only people know, as "
                                               "declared; `governed-tuning attest` adds a person's signed "
                                               "statement about them to the run.")
    missing_governance: list[str] = Field(default_factory=list, description="Required governance fields that "
                                          "are missing: the run is not releasable while any is.")


# --------------------------------------------------------------------------- reading the record


def _ev(g: GateRun) -> dict[str, Any]:
    ev = g.result.evidence
    return ev if isinstance(ev, dict) else ev.model_dump(mode="json")


def _gates(record: RunRecord, name: str) -> list[GateRun]:
    return [g for g in record.gates if g.result.gate == name]


def _entities(record: RunRecord) -> dict[str, str]:
    pii = record.policy.document.get("pii")
    ents = pii.get("entities", {}) if isinstance(pii, dict) else {}
    return {k: (v.get("action", "placeholder") if isinstance(v, dict) else str(v)) for k, v in ents.items()}


def _governance(record: RunRecord) -> Governance | None:
    return as_governance(record.config.get("governance")) if isinstance(record.config, dict) else None


def special_categories_remain(record: RunRecord) -> bool:
    """Whether the policy leaves a special category it could detect in the training data (not removed)."""
    ents = _entities(record)
    return any(ents.get(t) not in REMOVING for t in SPECIAL_CATEGORIES)


def missing_governance(record: RunRecord) -> list[str]:
    """Required governance fields missing from the run config (an Art. 9(2) condition under EU rules when special
    categories remain)."""
    pol = regulatory_policy(record.policy.document)
    return missing_fields(_governance(record), pol.required_governance,
                          special_categories_remain="EU" in pol.jurisdictions and special_categories_remain(record))


def release_blockers(record: RunRecord) -> list[str]:
    """Reasons the regulatory side blocks release (the run's release decision adds them)."""
    missing = missing_governance(record)
    if not missing:
        return []
    return [f"governance: the policy '{record.policy.name}' requires these facts in the run config's governance "
            f"block, and they are missing: {describe_missing(missing)}"]


class _Facts:
    """What the rows read, computed once."""

    def __init__(self, record: RunRecord, signed: bool):
        self.record, self.signed = record, signed
        self.pii, self.lic, self.fair = _gates(record, "pii"), _gates(record, "license"), _gates(record, "fairness")
        self.entities = _entities(record)
        self.gov = _governance(record)
        # keyed tokens and keyed surrogates alike stay the same across records: pseudonymisation, not removal
        self.pseudonymised = sorted(t for t, a in self.entities.items() if a in KEYED)
        self.removed = sorted(t for t, a in self.entities.items() if a in REMOVING)
        self.found: dict[str, int] = {}
        for g in self.pii:
            counts = _ev(g).get("counts_by_type") or {}
            for k, v in (counts.items() if isinstance(counts, dict) else []):
                self.found[k] = self.found.get(k, 0) + int(v)
        self.pii_failed = [g.scope for g in self.pii if g.result.verdict != "pass"]
        self.lic_failed = [g.scope for g in self.lic if g.result.verdict != "pass"]
        self.trained = [s for s in record.stages if s.status == "completed"]
        self.unscrubbed = [a.path for s in self.trained for a in s.inputs if a.role != "scrubbed_dataset"]

    def declared(self, name: str) -> Any:
        return getattr(self.gov, name) if self.gov is not None else None

    def pii_needed(self) -> list[str]:
        """Missing items when a row rests on the PII gate."""
        if not self.pii:
            return ["the PII gate did not run"]
        return [f"the PII gate did not pass on {s}" for s in self.pii_failed]

    def pii_lines(self) -> list[str]:
        out = []
        for g in self.pii:
            ev = _ev(g)
            counts = ev.get("counts_by_type") or {}
            found = ", ".join(f"{k} {v}" for k, v in sorted(counts.items())) if isinstance(counts, dict) else ""
            rs = ev.get("rescan") if isinstance(ev.get("rescan"), dict) else {}
            looked = (f" of the {len(rs['kinds_looked_for'])} kind(s) looked for ({len(rs.get('kinds_not_looked_for', []))}"
                      f" not looked for)") if rs.get("kinds_looked_for") is not None else ""
            out.append(f"PII gate on {g.scope}: {g.result.verdict}; found and scrubbed: {found or 'nothing'}; "
                       f"re-scan of the scrubbed copy: {ev.get('residual', '?')} finding(s){looked}")
        return out

    def scrubbed_training(self) -> list[str]:
        if not self.trained:
            return []
        if self.unscrubbed:
            return []
        return ["stages trained only on the scrubbed copies: "
                + ", ".join(sorted({a.path for s in self.trained for a in s.inputs}))]

    def integrity(self) -> list[str]:
        if not self.signed:
            return []
        return ["this report is signed (DSSE, ECDSA P-256) over the sha256 of every file of the run folder, the "
                "scrubbed copies included", "the run is appended to the hash-chained ledger with a signed "
                "checkpoint"]

    def pseudonym_lines(self) -> list[str]:
        if not self.pseudonymised:
            return []
        keys = {(k.get("fingerprint") if isinstance(k, dict) else str(k)) for g in self.pii
                for k in [_ev(g).get("pseudonym_key")]}
        keys.discard(None)
        custodian = self.declared("key_custodian")
        how = "keyed pseudonyms or surrogates (HMAC-SHA256)"
        if len(keys) == 1 and next(iter(keys)).startswith("scrypt:"):
            key = f"one key, fingerprint {next(iter(keys))}"
        elif len(keys) > 1:
            key = f"{len(keys)} different keys (fingerprints differ between gates)"
        else:
            key = "set" if keys == {"set"} else "not recorded"
        return [f"{how} replace {', '.join(self.pseudonymised)}; the key: {key}; it is never written to the run "
                f"folder" + (f"; key custodian (declared): {custodian}" if custodian else "")]


def _row(framework: str, provision: str, title: str, evidence: list[str], missing: list[str],
         limits: list[str] = ()) -> Provision:
    return Provision(framework=framework, provision=provision, title=title, evidence=list(evidence),
                     missing=list(dict.fromkeys(missing)), limits=list(limits),
                     status="not_evidenced" if missing or not evidence else "evidence_supplied")


def _undeclared(f: _Facts, names: tuple[str, ...]) -> list[str]:
    return [f"{n} not declared in the run config's governance block ({PROVISIONS[n]})" for n in names
            if not f.declared(n)]


# --------------------------------------------------------------------------- EU


def _gdpr(f: _Facts) -> list[Provision]:
    rows = []
    removed_found = {k: v for k, v in f.found.items() if k in f.removed}
    rows.append(_row("GDPR", "Art. 5(1)(c)", "Data minimisation", [
        *(["identifiers removed from the training text (placeholder, redaction, mask or dropped record): "
           + ", ".join(f"{k} {v}" for k, v in sorted(removed_found.items()))] if removed_found else []),
        *([f"purpose (declared): {f.declared('purpose')}"] if f.declared("purpose") else [])],
        [*f.pii_needed(), *_undeclared(f, ("purpose",)),
         *([] if f.removed else ["the policy removes no kind of identifier"])],
        [*(["keyed pseudonyms (" + ", ".join(f.pseudonymised) + ") are pseudonymisation, not minimisation: the "
            "data stays personal data"] if f.pseudonymised else []),
         "whether what remains is limited to what the purpose needs is a person's judgement"]))
    rows.append(_row("GDPR", "Art. 25", "Data protection by design and by default", [
        *f.pii_lines(), *f.scrubbed_training(),
        "no unscrubbed copy is written to the run folder; only scrubbed copies under data/"],
        [*f.pii_needed(), *(["stages trained on data the PII gate did not scrub: " + ", ".join(f.unscrubbed)]
                            if f.unscrubbed else [])],
        ["detection is automatic: the re-scan bounds, but cannot prove the absence of, personal data it does "
         "not recognise"]))
    rows.append(_row("GDPR", "Art. 32", "Security of processing (pseudonymisation, integrity)", [
        *f.pseudonym_lines(), *f.integrity()],
        [*(["the report is not signed"] if not f.signed else []),
         *(_undeclared(f, ("key_custodian",)) if f.pseudonymised else []),
         *(f.pii_needed() if f.pseudonymised else [])],
        ["access control, encryption at rest and resilience of the systems are outside what the tool sees"]))
    sc = [t for t in SPECIAL_CATEGORIES if t in f.entities]
    remain = [t for t in SPECIAL_CATEGORIES if f.entities.get(t) not in REMOVING]
    cond = f.declared("special_categories_condition")
    rows.append(_row("GDPR", "Art. 9", "Special categories of personal data", [
        *([f"the policy looks for {', '.join(sc)}; found and removed: "
           + (", ".join(f"{t} {f.found.get(t, 0)}" for t in sc))] if sc else []),
        *([f"Art. 9(2) condition (declared): {cond}"] if cond else [])],
        [*(f.pii_needed() if sc else []),
         *([f"the policy leaves {', '.join(remain)} in the data and no Art. 9(2) condition is declared"]
           if remain and not cond else [])],
        ["the detectors cover health terms, religion words and nationality/religious/political groups (NRP); "
         "genetic, biometric, sex-life, sexual-orientation and trade-union data are not detected"]))
    declared30 = [f"{n} (declared): {_show(f.declared(n))}" for n in
                  ("controller", "contact", "purpose", "data_subject_categories", "retention") if f.declared(n)]
    rows.append(_row("GDPR", "Art. 30", "Records of processing activities", [
        *declared30,
        *([f"categories of personal data found: {', '.join(sorted(f.found))}"] if f.found else []),
        *([f"technical measures: {', '.join(m for m in ('pseudonymisation' if f.pseudonymised else '', 'signed report and ledger' if f.signed else '') if m)}"]
          if f.pseudonymised or f.signed else []),
        f"run {f.record.run_id}: started {f.record.started_at}, finished {f.record.finished_at or 'not recorded'}"],
        _undeclared(f, ("controller", "contact", "purpose", "data_subject_categories", "retention")),
        ["recipients (Art. 30(1)(d)) and third-country transfers (Art. 30(1)(e)) are not recorded by the tool",
         "a signature proves who signed this report, not that the controller keeps a record of processing"]))
    return rows


def _ai_act(f: _Facts) -> list[Provision]:
    rec = f.record
    rows = []
    stages = [f"{s.name} ({s.kind}): {s.status}, seed {s.seed}, {len(s.trl_args)} TRL argument(s), "
              f"{len(s.outputs)} output file(s) with sha256" for s in rec.stages]
    rows.append(_row("EU AI Act", "Art. 11, Annex IV 2(b)-(c)", "Technical documentation of the training", [
        *stages, *([f"base model {rec.base_model.get('name')} sha256 {rec.base_model.get('sha256')}"]
                   if rec.base_model.get("sha256") else []),
        *([f"software versions recorded: {', '.join(sorted(rec.software))}"] if rec.software else [])],
        [*(["no stage completed"] if not f.trained else []), *(["the report is not signed"] if not f.signed else [])],
        ["Annex IV also asks for the system's intended purpose, design, human oversight and monitoring, which lie "
         "outside a training run"]))
    rows.append(_row("EU AI Act", "Art. 18", "Keeping the documentation", f.integrity(),
                     ["the report is not signed, so nothing fixes what was documented"] if not f.signed else [],
                     ["keeping it for 10 years after the system is placed on the market is the provider's "
                      "commitment"]))
    lic_lines = []
    for g in f.lic:
        srcs = [s for s in _ev(g).get("sources", []) if isinstance(s, dict)]
        lic_lines += [f"{s.get('kind')} {s.get('name')}: licence {s.get('license') or 'none'}, source "
                      f"{'recorded' if s.get('source') else 'not recorded'}, sha256 "
                      f"{(s.get('sha256') or 'not computed')[:16]}, {s.get('verdict')}" for s in srcs]
    sizes = [f"{g.scope}: {_ev(g).get('records_in', '?')} record(s) in, {_ev(g).get('records_out', '?')} out"
             for g in f.pii]
    rows.append(_row("EU AI Act", "Annex IV 2(d)", "Training data: provenance, scope, characteristics, cleaning", [
        *lic_lines, *sizes, *(["cleaning: personal data scrubbed by the PII gate"] if f.pii else [])],
        [*(["the licence gate did not run"] if not f.lic else [f"the licence gate did not pass on {s}"
                                                               for s in f.lic_failed]),
         *f.pii_needed(), "how the data was obtained and selected (a datasheet per dataset)",
         "labelling procedures", "the data sets' main characteristics beyond size"]))
    fair = [f"fairness gate on {g.scope}: {g.result.verdict}" for g in f.fair]
    orig = f.declared("original_purpose")
    rows.append(_row("EU AI Act", "Art. 10(2)", "Data governance and management practices", [
        *([f"(b) origin of the data: {len(lic_lines)} source(s) with licence, source and digest"] if lic_lines
          else []),
        *([f"(b) original purpose of collection (declared): {orig}"] if orig else []),
        *(["(c) preparation: personal data scrubbed before training, re-scanned"] if f.pii else []),
        *[f"(f)-(g) {x}" for x in fair]],
        [*(["the licence gate did not run"] if not f.lic else [f"the licence gate did not pass on {s}"
                                                               for s in f.lic_failed]),
         *f.pii_needed(), *_undeclared(f, ("original_purpose",)),
         *([f"the fairness gate did not pass on {g.scope}" for g in f.fair if g.result.verdict != "pass"]),
         *(["no fairness gate ran"] if not f.fair else [])],
        ["the fairness gate measures the trained model's outputs, not biases in the data sets",
         "(a) design choices, (d) assumptions, (e) suitability and (h) data gaps are not recorded"]))
    rows.append(_row("EU AI Act", "Art. 53(1)(c)", "Copyright policy (general-purpose AI model providers)",
                     lic_lines, [*(["the licence gate did not run"] if not f.lic else
                                   [f"the licence gate did not pass on {s}" for s in f.lic_failed]),
                                 "respect of text-and-data-mining opt-outs (DSM Directive Art. 4(3)) is not "
                                 "checked"],
                     ["applies to the provider of a general-purpose AI model, which a fine-tuner becomes only "
                      "for a substantial modification"]))
    docs = sorted(a.path for a in rec.artefacts if a.role == "regulatory_document")
    summary = [p for p in docs if p.rsplit("/", 1)[-1].startswith("eu-summary.")]
    compute = [p for p in docs if p.rsplit("/", 1)[-1].startswith("compute.")]
    rows.append(_row("EU AI Act", "Art. 53(1)(d)", "Public summary of training content",
                     [f"summary in the AI Office template (July 2025), signed with the run: {', '.join(summary)}"]
                     if summary else [],
                     [] if summary else ["no summary in the AI Office template was written by this run (`governed-"
                                         "tuning docs eu-summary RUN_DIR` generates one from the report, unsigned)"],
                     ["fields the run cannot know come from the manifest and the policy's regulatory.provider; the "
                      "summary lists those left unprovided"]))
    if compute:
        rows.append(_row("EU AI Act", "Annex XI 1.2(d)-(e)", "Training compute, time, hardware and energy",
                         [f"per-stage tokens, parameters, FLOPs, wall time and device, signed with the run: "
                          f"{', '.join(compute)}"], [],
                         ["energy only where the machine has a counter; the base model's own compute only as its "
                          "provider states it"]))
    return rows


# --------------------------------------------------------------------------- US-CA


def _ccpa(f: _Facts, pol: RegulatoryPolicy) -> list[Provision]:
    rows = [_row("CCPA", "Cal. Civ. Code 1798.140(aa)", "Pseudonymized personal information",
                 [*f.pseudonym_lines(), *f.pii_lines()],
                 [*f.pii_needed(), *([] if f.pseudonymised else ["the policy pseudonymizes no kind of identifier"]),
                  *(_undeclared(f, ("key_custodian",)) if f.pseudonymised else [])],
                 ["pseudonymized data is still personal information under the CCPA"])]
    refs = pol.deidentification
    missing = _deidentification_gaps(f, pol)
    rows.append(_row("CCPA", "Cal. Civ. Code 1798.140(m)", "Deidentified information", [
        *([f"(m)(1) identifiers removed: {', '.join(f.removed)}"] if f.removed and not f.pii_needed() else []),
        *([f"(m)(2) public commitment: {refs.public_commitment}"] if refs.public_commitment else []),
        *([f"(m)(3) contractual clause: {refs.contractual_clause}"] if refs.contractual_clause else [])],
        missing, ["whether the data cannot reasonably be linked to a consumer is a person's judgement"]))
    rows.append(_row("CCPA", "Cal. Civ. Code 1798.100(e)", "Reasonable security procedures",
                     [*f.pseudonym_lines(), *f.integrity()],
                     ["the report is not signed"] if not f.signed else [],
                     ["access control and encryption of the systems are outside what the tool sees"]))
    return rows


def _deidentification_gaps(f: _Facts, pol: RegulatoryPolicy) -> list[str]:
    refs = pol.deidentification
    return [*f.pii_needed(),
            *([] if refs.public_commitment else ["the public commitment not to re-identify (1798.140(m)(2)): set "
                                                 "regulatory.deidentification.public_commitment in the policy"]),
            *([] if refs.contractual_clause else ["the contractual clause binding recipients (1798.140(m)(3)): set "
                                                  "regulatory.deidentification.contractual_clause in the policy"]),
            *([f"keyed pseudonyms or surrogates for {', '.join(f.pseudonymised)} stay the same across records: "
               "they are unique identifiers (1798.140(aj)), so the data is pseudonymized, not deidentified"]
              if f.pseudonymised else [])]


def deidentification_gaps(record: RunRecord) -> list[str]:
    """Why the run's training data may not be called deidentified (Cal. Civ. Code 1798.140(m)); empty: the claim
    may be made. The report's CCPA rows and the ``ccpa-deidentified`` document both decide with this."""
    return _deidentification_gaps(_Facts(record, signed=False), regulatory_policy(record.policy.document))


def data_status(record: RunRecord) -> str:
    """What the training data is after scrubbing, in the words of the law (the report's ``data_status``)."""
    return _data_status(_Facts(record, signed=False))


def _ab2013(f: _Facts) -> list[Provision]:
    srcs = [s for g in f.lic for s in _ev(g).get("sources", []) if isinstance(s, dict) and s.get("kind") == "dataset"]
    ev = [*(f"(a)(1) source {s.get('name')}: {s.get('source') or 'not recorded'}"
            + (f", by {s['attribution']}" if s.get("attribution") else "") for s in srcs),
          *(f"(a)(3) {g.scope}: {_ev(g).get('records_in', '?')} record(s)" for g in f.pii),
          *(f"(a)(5)-(6) {s.get('name')}: licence {s.get('license') or 'none'}" for s in srcs),
          *([f"(a)(7) personal information found: {', '.join(sorted(f.found))}"] if f.pii else []),
          *(["(a)(9) cleaning: personal information scrubbed before training"] if f.pii else []),
          *([f"(a)(11) used for training in run {f.record.run_id} from {f.record.started_at}"] if f.trained else [])]
    return [_row("California AB 2013", "Cal. Civ. Code 3110-3111", "Generative AI training data documentation (AB 2013)",
                 ev, ["(a)(2) how the data sets further the intended purpose", "(a)(4) types of data points",
                      "(a)(8) aggregate consumer information", "(a)(10) time period of collection",
                      "(a)(12) use of synthetic data generation"],
                 ["the documentation must be posted on the developer's website"])]


# --------------------------------------------------------------------------- the section


def _show(value: Any) -> str:
    return ", ".join(map(str, value)) if isinstance(value, list) else str(value)


def _outcome(record: RunRecord) -> str:
    if record.status == "failed":
        return ("The run FAILED: no model may be released. The rows show what the run did before it stopped; "
                "rows that need completed training are not evidenced.")
    if record.status == "running":
        return "The run had not finished: nothing below supports a release."
    if not record.releasable:
        return ("The run is BLOCKED: no model may be released. The rows show the evidence the run holds; none is a "
                "claim about a released model.")
    return ("Evidence supplied is what the tool can show; whether a provision is complied with is for the "
            "controller to judge and attest.")


def _data_status(f: _Facts) -> str:
    if not f.pii:
        return "The training data was not scrubbed: it is personal data as collected, if it holds any."
    if f.pseudonymised:
        return ("Pseudonymised personal data (GDPR Art. 4(5), Recital 26) / pseudonymized personal information "
                f"(CCPA 1798.140(aa)): keyed pseudonyms or surrogates replace {', '.join(f.pseudonymised)} and other "
                "identifiers "
                "are removed; the data stays personal data while the key exists.")
    return ("Scrubbed personal data: identifiers the policy names are removed; the tool does not claim the data is "
            "anonymous (GDPR Recital 26) or deidentified (CCPA 1798.140(m)).")


def _attestation(f: _Facts, pol: RegulatoryPolicy) -> list[AttestationItem]:
    names = list(CORE_FIELDS) + ["intended_use", "limitations"]
    if f.declared("lawful_basis") == "legitimate_interests":
        names.insert(names.index("lawful_basis") + 1, "legitimate_interests_assessment")
    if "EU" in pol.jurisdictions and special_categories_remain(f.record) or f.declared("special_categories_condition"):
        names.append("special_categories_condition")
    required = set(pol.required_governance) | set(missing_governance(f.record))
    out = []
    for n in names:
        value = f.declared(n)
        out.append(AttestationItem(field=n, provision=PROVISIONS.get(n, ""), required=n in required,
                                   declared=_show(value) if value else None))
    return out


def regulatory_section(record: RunRecord, signed: bool) -> RegulatorySection:
    """The regulatory section of the report for ``record`` under its policy's jurisdictions."""
    pol = regulatory_policy(record.policy.document)
    f = _Facts(record, signed)
    rows: list[Provision] = []
    if "EU" in pol.jurisdictions:
        rows += _gdpr(f) + _ai_act(f)
    if "US-CA" in pol.jurisdictions:
        rows += _ccpa(f, pol) + _ab2013(f)
    return RegulatorySection(policy=record.policy.describe(), jurisdictions=list(pol.jurisdictions),
                             outcome=_outcome(record),
                             data_status=_data_status(f), provisions=rows, attestation=_attestation(f, pol),
                             missing_governance=missing_governance(record))
