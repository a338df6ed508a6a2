"""The documents regulators ask of a run (`governed-tuning docs`), from real run folders: the demo's (written and
signed by the run) and the golden v2 run (generated afterwards, unsigned)."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from governed_tuning.audit.regulatory import regulatory_section
from governed_tuning.cli import app, main
from governed_tuning.demo import synthetic_records
from governed_tuning.documents import KINDS, build, for_run_folder, render
from governed_tuning.documents.eu_summary import TEMPLATE, band
from governed_tuning.errors import ConfigError
from governed_tuning.manifest import load_manifest
from governed_tuning.record import RunRecord

runner = CliRunner()
GOLDEN = Path(__file__).parent / "assets" / "golden"
GOLDEN_RUN = GOLDEN / "reports" / "20261128T170000Z-901de0"


def _planted() -> list[str]:
    """Every personal value the demo planted in its raw data (names, emails, phone numbers)."""
    out = set()
    for r in synthetic_records():
        p = r["prompt"]
        out.update(w.strip(".,") for w in p.split() if "@" in w)
        out.update(p[i:i + 16] for i in range(len(p)) if p.startswith("+1 415-555-", i))
        name = p.split("this is ")[-1].split(",")[0] if "this is " in p else None
        if name and " " in name:
            out.add(name)
    return sorted(out)


@pytest.mark.slow
def test_the_run_writes_every_document_and_signs_it(demo_reports):
    run = demo_reports.run_dir
    report = json.loads((run / "report.json").read_text())
    signed = {a["path"]: a["role"] for a in report["artefacts"]}
    envelope = json.loads((run / "report.dsse.json").read_text())
    subjects = {s["name"] for s in json.loads(base64.b64decode(envelope["payload"]))["subject"]}
    for kind in KINDS:
        for fmt in ("md", "json"):
            rel = f"documents/{kind}.{fmt}"
            assert signed.get(rel) == "regulatory_document" and rel in subjects
    found = for_run_folder(run, "eu-summary", "md")
    assert found.signed_file == run / "documents/eu-summary.md" and "SIGNED WITH THE RUN" in found.text
    assert 'href="documents/eu-summary.md"' in (run / "report.html").read_text()
    # under an EU policy, the report's Art. 53(1)(d) row rests on the signed summary
    doc = json.loads(json.dumps(demo_reports.record.policy.document))
    doc["regulatory"]["jurisdictions"] = ["EU"]
    eu = demo_reports.record.model_copy(update={"policy": demo_reports.record.policy.model_copy(
        update={"document": doc})})
    rows = {r.provision: r for r in regulatory_section(eu, signed=True).provisions}
    assert rows["Art. 53(1)(d)"].status == "evidence_supplied" and rows["Annex XI 1.2(d)-(e)"].evidence


@pytest.mark.slow
def test_eu_summary_has_the_templates_sections_and_shows_what_nobody_provided(demo_reports):
    doc = json.loads((demo_reports.run_dir / "documents/eu-summary.json").read_text())
    assert [s["id"] for s in doc["sections"]] == [i for i, _ in TEMPLATE]
    assert [s["title"] for s in doc["sections"]] == [t for _, t in TEMPLATE]
    items = {(s["id"], i["label"]): i for s in doc["sections"] for i in s["items"]}
    # the demo's default policy names no provider: missing, and said where to fill it in
    provider = items[("1.1", "Provider name")]
    assert provider["value"] is None and "regulatory.provider.name" in provider["fill_in"]
    assert "1.1 Provider identification: Provider name" in doc["missing"]
    # what the demo's manifest declares, and what the run measured
    assert items[("1.3", "Languages")]["value"] == "en" and items[("1.3", "Modalities")]["value"] == "text"
    assert items[("1.3", "Training data size: text")]["value"].startswith("Less than 1 billion tokens")
    assert items[("2.5", "Synthetic data used")]["value"].startswith("yes: support-chats")
    assert items[("2.1", "Publicly available datasets used")]["value"] == "no"
    md = (demo_reports.run_dir / "documents/eu-summary.md").read_text()
    assert "**Provider name**: *not provided*" in md and "### 2.5 Synthetic data" in md
    assert band("text", 2e9) == "1 billion to 10 trillion tokens"


@pytest.mark.slow
def test_each_stage_records_its_compute(demo_reports):
    for stage in demo_reports.record.stages:
        c = stage.compute
        assert c is not None and c.tokens and c.parameters and c.wall_s and c.wall_s > 0
        assert c.flops_estimate == 6 * c.parameters * c.tokens and c.device == "cpu"
        assert c.energy_j is not None or c.energy_method.startswith("not measured")
    sft = demo_reports.record.stages[0].compute
    assert sft.flops_reported and sft.dataset_tokens  # transformers' total_flos, the tokenized set
    assert demo_reports.record.stages[2].compute.not_counted  # RL: generation is left out, and said so
    md = (demo_reports.run_dir / "documents/compute.md").read_text()
    assert "one third of 10^23 FLOP" in md and "training_compute_flops of model tiny-base" in md


def _ccpa_ready(record: RunRecord, *, refs: bool) -> RunRecord:
    """The demo's record under a policy that removes every identifier, with or without the (m)(2)/(m)(3) refs."""
    doc = json.loads(json.dumps(record.policy.document))
    doc["pii"]["entities"] = {k: {"action": "placeholder"} for k in doc["pii"]["entities"]}
    doc["regulatory"]["deidentification"] = ({"public_commitment": "https://example.com/privacy#deid",
                                              "contractual_clause": "DPA 2026 s. 7.3"} if refs else {})
    return record.model_copy(update={"policy": record.policy.model_copy(update={"document": doc})})


@pytest.mark.slow
def test_ccpa_claim_is_made_only_with_commitment_contract_and_no_keyed_tokens(demo_reports):
    # the demo as run: surrogates for names are keyed and consistent, and the policy names no references
    refused = json.loads((demo_reports.run_dir / "documents/ccpa-deidentified.json").read_text())
    reasons = " ".join(i["value"] for i in refused["sections"][0]["items"] if i["label"] == "Why not")
    assert refused["sections"][0]["items"][0]["value"].startswith("NOT CLAIMED")
    assert "public_commitment" in reasons and "contractual_clause" in reasons and "pseudonymized" in reasons
    # identifiers all removed, but no references: still refused, naming what is missing
    no_refs = build("ccpa-deidentified", _ccpa_ready(demo_reports.record, refs=False))
    assert no_refs.sections[0].items[0].value.startswith("NOT CLAIMED")
    assert {i.label for i in no_refs.sections[0].items}.issuperset({"Why not"})
    made = build("ccpa-deidentified", _ccpa_ready(demo_reports.record, refs=True))
    assert made.sections[0].items[0].value.startswith("CLAIMED")
    assert not [i for i in made.sections[0].items if i.label == "Why not"]
    assert "DPA 2026 s. 7.3" in render(made, "md")


@pytest.mark.slow
def test_art30_and_ab2013_come_from_the_pii_evidence_and_the_governance_block(demo_reports):
    art30 = json.loads((demo_reports.run_dir / "documents/gdpr-art30.json").read_text())
    items = {(s["id"], i["label"]): i for s in art30["sections"] for i in s["items"]}
    assert items[("30(1)(d)", "Categories of recipients")]["value"].startswith("none: the demo")
    assert items[("30(1)(a)", "Controller")]["value"] is None  # the demo declares no controller
    found = [i["value"] for s in art30["sections"] for i in s["items"] if i["label"] == "Personal data found"]
    assert any(v.startswith("EMAIL_ADDRESS: ") for v in found)
    assert "SPECIAL CATEGORY" in items[("30(1)(c)", "Looked for and not found")]["value"]
    assert "HMAC" in items[("30(1)(g)", "Pseudonymisation (GDPR Art. 4(5))")]["value"]
    ab = json.loads((demo_reports.run_dir / "documents/ab2013.json").read_text())
    assert [s["id"] for s in ab["sections"]][1:] == [f"(a)({n})" for n in range(1, 13)]


@pytest.mark.slow
def test_art30_names_the_subject_index_its_purpose_retention_and_pseudonymisation(demo_reports):
    """The per-run subject index is personal data processed for a purpose of its own: the record says so."""
    art30 = json.loads((demo_reports.run_dir / "documents/gdpr-art30.json").read_text())
    items = {(s["id"], i["label"]): i for s in art30["sections"] for i in s["items"]}
    assert "erasure requests (GDPR Art. 15 and 17" in items[("30(1)(b)", "Subject index: purpose")]["value"]
    retention = items[("30(1)(f)", "Subject index: retention")]["value"]
    assert "for as long as the run folder is kept" in retention and demo_reports.record.config["governance"][
        "retention"] in retention
    pii = [g for g in demo_reports.record.gates if g.result.gate == "pii"]
    tokens = sum(g.result.evidence.subject_index.tokens for g in pii)
    measure = items[("30(1)(g)", "Subject index: pseudonymisation")]["value"]
    assert measure.startswith(f"{tokens:,} keyed tokens") and f"{len(pii)} index(es)" in measure
    assert "subjects/sft/support-chats.jsonl.subjects.json.gz" in measure and "no plain value" in measure


@pytest.mark.slow
def test_no_personal_value_reaches_any_document(demo_reports):
    planted = _planted()
    assert len(planted) > 10 and any("@" in p for p in planted)
    docs = sorted((demo_reports.run_dir / "documents").iterdir())
    assert len(docs) == 2 * len(KINDS)
    for path in docs:
        text = path.read_text()
        leaked = [p for p in planted if p in text]
        assert not leaked, f"{path.name} holds planted personal data"


#: The sections of the AI Office's template for the public summary of training content (24 July 2025; C(2025) 8311),
#: as published, transcribed here apart from the code's own list so that a slip in either is caught.
PUBLISHED_SECTIONS = [
    ("1", "General information"), ("1.1", "Provider identification"), ("1.2", "Model identification"),
    ("1.3", "Modalities, overall training data size and other characteristics"), ("2", "List of data sources"),
    ("2.1", "Publicly available datasets"), ("2.2", "Private non-publicly available datasets obtained from third parties"),
    ("2.3", "Data crawled and scraped from online sources"), ("2.4", "User data"), ("2.5", "Synthetic data"),
    ("2.6", "Other sources of data"), ("3", "Data processing aspects"),
    ("3.1", "Respect of reservation of rights from text and data mining exception or limitation"),
    ("3.2", "Removal of illegal content"), ("3.3", "Other information (optional)")]


def test_the_eu_summary_has_exactly_the_published_templates_sections_and_size_ranges():
    doc = json.loads(for_run_folder(GOLDEN_RUN, "eu-summary", "json").text)
    assert [(s["id"], s["title"]) for s in doc["sections"]] == PUBLISHED_SECTIONS
    labels = {i["label"] for s in doc["sections"] if s["id"] == "2.2" for i in s["items"]}
    assert {"Datasets commercially licensed by rightsholders (2.2.1) used",
            "Private datasets obtained from other third parties (2.2.2) used"} <= labels
    # the template's three ranges per modality: text in tokens, images, and audio and video alike in hours
    assert [band("text", n) for n in (9.9e8, 1e9, 1e13)] == [
        "Less than 1 billion tokens", "1 billion to 10 trillion tokens", "More than 10 trillion tokens"]
    assert [band("image", n) for n in (999_999, 1e6, 1e9)] == [
        "Less than 1 million images", "1 million to 1 billion images", "More than 1 billion images"]
    for modality in ("audio", "video"):
        assert [band(modality, h) for h in (9_999, 10_000, 999_999, 1e6)] == [
            "Less than 10,000 hours", "10,000 to 1 million hours", "10,000 to 1 million hours",
            "More than 1 million hours"]


def test_an_older_run_gets_documents_generated_afterwards_and_marked_unsigned(tmp_path, capsys):
    out = runner.invoke(app, ["docs", "eu-summary", str(GOLDEN_RUN)])
    assert out.exit_code == 0, out.output
    assert "GENERATED AFTER THE RUN, NOT SIGNED" in out.stdout and "NOT signed" in out.stderr
    # a v2 record declares nothing about its sources: every disclosure is missing, never "no"
    assert "**Publicly available datasets used**: *not provided*" in out.stdout
    js = runner.invoke(app, ["docs", "ab2013", str(GOLDEN_RUN), "--format", "json", "--out", str(tmp_path / "a.json")])
    assert js.exit_code == 0 and json.loads((tmp_path / "a.json").read_text())["provenance"] == "generated_after_run"
    for argv, why in ((["compute", str(GOLDEN_RUN), "--out", str(GOLDEN_RUN / "x.md")], "signed"),
                      (["nonsense", str(GOLDEN_RUN)], "unknown document"),
                      (["compute", str(tmp_path)], "no report.json")):
        with pytest.raises(SystemExit) as stop:
            main(["docs", *argv])
        assert stop.value.code == 2 and why in capsys.readouterr().err
    assert not (GOLDEN_RUN / "x.md").exists()


def test_manifest_disclosure_fields_are_strict(tmp_path):
    good = tmp_path / "m.yaml"
    good.write_text("datasets:\n  - name: d\n    collection: crawled\n    languages: [en, pt-BR]\n"
                    "    acquired: 2025-06-01\n    crawler: ExampleBot\n")
    spec = load_manifest(good).datasets[0]
    assert spec.collection == "crawled" and spec.acquired.isoformat() == "2025-06-01"
    for bad, where in (("    collection: scraped\n", "collection"), ("    languages: ['en us']\n", "languages"),
                       ("    collected: 2025\n", "collected")):
        path = tmp_path / "bad.yaml"
        path.write_text("datasets:\n  - name: d\n" + bad)
        with pytest.raises(ConfigError, match=rf"bad.yaml:3: .*{where}"):
            load_manifest(path)
