"""GDPR Art. 30(1): the record of processing activities for this training run.

The controller keeps the record; the tool fills in what it knows (the categories of personal data it found and
scrubbed, the special categories among them, the technical measures it applied) and copies what people declared
in the run config's ``governance:`` block (controller, purposes, categories of data subjects, recipients,
transfers, retention). Each item names the field that feeds it.
"""

from __future__ import annotations

from ..audit.regulatory import KEYED, REMOVING, SPECIAL_CATEGORIES
from ..gates.pii.kinds import KINDS
from .facts import Facts, ev, join
from .model import Item, Section

GOV = "the run config, governance.{}"


DONE = {"placeholder": "replaced by a typed placeholder", "redact": "redacted", "mask": "masked",
        "pseudonymize": "replaced by a keyed pseudonym", "surrogate": "replaced by a keyed surrogate",
        "drop_record": "dropped with its record"}


def _kind_line(f: Facts, kind: str) -> str:
    done = DONE.get(f.actions.get(kind, ""), "left as it is (the policy does not target it)")
    flag = " [SPECIAL CATEGORY, GDPR Art. 9]" if kind in SPECIAL_CATEGORIES else ""
    what = KINDS[kind].description.split(".")[0] if kind in KINDS else kind
    return f"{kind}{flag}: {f.found.get(kind, 0)} found, each {done} ({what})"


def _measures(f: Facts) -> list[Item]:
    removed = sorted(k for k, a in f.actions.items() if a in REMOVING)
    keyed = sorted(k for k, a in f.actions.items() if a in KEYED)
    keys = sorted({(ev(g).get("pseudonym_key") or {}).get("fingerprint", "") for g in f.pii} - {""})
    custodian = f.gov.key_custodian
    residual = [f"{g.scope}: {ev(g).get('residual', 'not run')}" for g in f.pii]
    items = [
        Item(label="Removal before training", value=(f"identifiers removed from the training text (placeholder, "
                                                     f"redaction, mask or dropped record): {join(removed)}")
             if removed and f.pii else ("no kind is removed" if f.pii else None),
             note=None if f.pii else "the PII gate did not run"),
        Item(label="Pseudonymisation (GDPR Art. 4(5))", value=(
            f"keyed HMAC-SHA256 pseudonyms or surrogates for {join(keyed)}; key fingerprint "
            f"{join(keys, 'not recorded')}; the key is never written to the run folder, reports or evidence")
            if keyed else "not used: no kind is pseudonymised"),
        Item(label="Key held apart by", value=custodian if keyed else "not applicable", origin="run config",
             fill_in=GOV.format("key_custodian") if keyed else None),
        Item(label="Verification of the scrub", value=("re-scan of each scrubbed copy, findings: " + "; ".join(residual))
             if residual else None),
        Item(label="Training only on the scrubbed copies", value="yes" if f.trained and all(
            a.role == "scrubbed_dataset" for s in f.trained for a in s.inputs) else ("no stage trained" if not f.trained
                                                                                      else "no")),
        Item(label="Integrity and accountability", value="the run's report is signed (DSSE, ECDSA P-256) over the "
             "sha256 of every file of the run folder and appended to a hash-chained, signed ledger",
             note="as the run is configured to sign: `governed-tuning verify` confirms it for this run"),
        Item(label="Memorisation test of the trained model",
             value=join(f"{g.scope}: {g.result.verdict}" for g in f.record.gates if g.result.gate == "memorisation")
             or "not run"),
        Item(label="Other organisational and technical measures", value=f.gov.security_measures,
             origin="run config", fill_in=GOV.format("security_measures")),
    ]
    return items


def _subject_index(f: Facts) -> tuple[list[Item], list[Item], list[Item]]:
    """The per-run subject index (subjects/index.py), a processing of its own: items for purposes (b), retention
    (f) and measures (g). From the PII evidence, which records each index's counts (never a token)."""
    infos = [(g.scope, ev(g).get("subject_index")) for g in f.pii]
    written = [(scope, i) for scope, i in infos if isinstance(i, dict)]
    if not written:
        why = ("the PII gate did not run" if not f.pii else
               "the policy's pii.subject_index is false, or the gate wrote no copy")
        none = Item(label="Subject index (keyed tokens for data-subject requests)", value=f"not written: {why}")
        return [none], [], []
    tokens = sum(int(i.get("tokens") or 0) for _, i in written)
    held = sum(int(i.get("records_with_identifiers") or 0) for _, i in written)
    where = join(sorted({a.path for g in f.pii for a in g.artefacts if a.role == "subject_index"}))
    purpose = Item(label="Subject index: purpose", value="answering access and erasure requests (GDPR Art. 15 "
                   "and 17; CCPA deletion) with `governed-tuning subject find/erase`: which runs, copies and models "
                   "held a person; never read by training", origin="policy",
                   note="written because the policy's pii.subject_index is true")
    retention = Item(label="Subject index: retention", value="kept in the run folder beside the scrubbed copy it "
                     "indexes, for as long as the run folder is kept" + (f" ({f.gov.retention})" if f.gov.retention
                                                                          else "") +
                     "; it stays after its copy is erased, so the models trained on the copy can still be found; "
                     "an erasure request's new copies get new indexes without the person",
                     origin="run config", fill_in=None if f.gov.retention else GOV.format("retention"))
    measure = Item(label="Subject index: pseudonymisation", value=(
        f"{tokens:,} keyed tokens of the names, e-mail addresses, phone numbers and other identifiers found in "
        f"{held:,} record(s) ({len(written)} index(es): {where or 'paths not recorded'}): HMAC-SHA256 under the "
        "pseudonym key, truncated to 16 bytes, no plain value and no kind per token; only someone holding the "
        "key and a guess can test the guess"), note="the index is personal data (pseudonymised) for as long as "
                   "the key exists (GDPR Recital 26)")
    return [purpose], [retention], [measure]


def sections(f: Facts) -> list[Section]:
    g, rec = f.gov, f.record
    found = sorted(k for k, n in f.found.items() if n)
    absent = sorted(k for k in f.actions if not f.found.get(k))
    special_found = [k for k in SPECIAL_CATEGORIES if f.found.get(k)]
    datasets = join(sorted({f"{a.path} (sha256 {a.sha256[:16]}...)" for s in rec.stages for a in s.inputs}))
    index_purpose, index_retention, index_measures = _subject_index(f)
    return [
        Section(id="activity", title="The processing activity", items=[
            Item(label="Activity", value=f"fine-tuning run {rec.run_id} (stages: "
                 f"{join(f'{s.name} {s.kind} {s.status}' for s in rec.stages) or 'none'})"),
            Item(label="When", value=f"{rec.started_at} to {rec.finished_at or 'not finished'}"),
            Item(label="Training data (the scrubbed copies the stages read)", value=datasets or None)]),
        Section(id="30(1)(a)", title="Controller and contact", items=[
            Item(label="Controller", value=g.controller, origin="run config", fill_in=GOV.format("controller")),
            Item(label="Contact (DPO or privacy team)", value=g.contact, origin="run config",
                 fill_in=GOV.format("contact"))]),
        Section(id="30(1)(b)", title="Purposes of the processing", items=[
            Item(label="Purpose", value=g.purpose, origin="run config", fill_in=GOV.format("purpose")),
            Item(label="Lawful basis (Art. 6(1))", value=g.lawful_basis, origin="run config",
                 fill_in=GOV.format("lawful_basis")),
            Item(label="Original purpose of collection (Art. 6(4))", value=g.original_purpose, origin="run config",
                 fill_in=GOV.format("original_purpose")), *index_purpose]),
        Section(id="30(1)(c)", title="Categories of data subjects and of personal data", items=[
            Item(label="Categories of data subjects", value=join(g.data_subject_categories), origin="run config",
                 fill_in=GOV.format("data_subject_categories")),
            *[Item(label="Personal data found", value=_kind_line(f, k)) for k in found],
            *([] if found else [Item(label="Personal data found", value="none" if f.pii else None,
                                     note=None if f.pii else "the PII gate did not run: categories unknown")]),
            Item(label="Looked for and not found", value=join(
                f"{k} [SPECIAL CATEGORY]" if k in SPECIAL_CATEGORIES else k for k in absent) or "nothing else"
                if f.pii else None),
            Item(label="Special categories (Art. 9) found", value=(join(f"{k} {f.found[k]}" for k in special_found)
                                                                   if special_found else "none found")
                 if f.pii else None,
                 note="the detectors cover health terms, religion words and nationality/religious/political "
                      "groups; genetic, biometric, sex-life, sexual-orientation and trade-union data are not "
                      "detected"),
            Item(label="Art. 9(2) condition", value=g.special_categories_condition or (
                "not needed: no special category remains" if not any(
                    f.actions.get(k) not in REMOVING for k in SPECIAL_CATEGORIES) else None), origin="run config",
                 fill_in=GOV.format("special_categories_condition"))]),
        Section(id="30(1)(d)", title="Recipients", items=[
            Item(label="Categories of recipients", value=join(g.recipients), origin="run config",
                 fill_in=GOV.format("recipients"))]),
        Section(id="30(1)(e)", title="Transfers to third countries or international organisations", items=[
            Item(label="Transfers and their safeguards", value=join(g.transfers), origin="run config",
                 fill_in=GOV.format("transfers"))]),
        Section(id="30(1)(f)", title="Time limits for erasure", items=[
            Item(label="Retention", value=g.retention, origin="run config", fill_in=GOV.format("retention")),
            *index_retention]),
        Section(id="30(1)(g)", title="Technical and organisational security measures",
                items=_measures(f) + index_measures),
        Section(id="other", title="Other references", items=[
            Item(label="Data protection impact assessment (Art. 35)", value=g.dpia, origin="run config",
                 fill_in=GOV.format("dpia"))]),
    ]


LIMITS = [
    "Categories of personal data are those the PII gate was set to detect and found; it cannot prove that no "
    "other personal data is present.",
    "Pseudonymised data stays personal data while the key exists (GDPR Recital 26).",
    "Recipients, transfers, retention and purposes are as declared in the run config; the tool cannot see them.",
    "The controller keeps the record of processing; this document is its entry for one training run.",
]
