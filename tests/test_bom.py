import json
import shutil
from pathlib import Path

import pytest
from cyclonedx.schema import SchemaVersion
from cyclonedx.validation.json import JsonStrictValidator

from governed_tuning.bom import write_bom
from governed_tuning.digest import sha256_file, sha256_tree
from governed_tuning.gates.license import LicenseGate
from governed_tuning.manifest import load_manifest
from governed_tuning.policy import load_policy

ASSETS = Path(__file__).resolve().parent / "assets" / "license"

MANIFEST = """\
datasets:
  - name: tickets
    path: tickets.jsonl
    license: CC-BY-4.0 OR MIT
    source: https://example.org/tickets
    revision: 2026-10-01
    attribution: Example Org
    collection: public
    modality: text
    languages: [en, de]
    acquired: 2026-10-01
    tdm_opt_out_respected: true
  - name: scraped
    path: tickets.jsonl
    license: LicenseRef-unknown-terms
    source: an internal crawl
models:
  - name: base
    path: model_apache
    license: Apache-2.0
    source: https://example.org/models/base
"""


def _checked(tmp_path, only=None):
    shutil.copy(ASSETS / "tickets.jsonl", tmp_path / "tickets.jsonl")
    shutil.copytree(ASSETS / "model_apache", tmp_path / "model_apache")
    (tmp_path / "manifest.yaml").write_text(MANIFEST)
    manifest = load_manifest(tmp_path / "manifest.yaml")
    return manifest, LicenseGate(load_policy("default").policy.license, "default.yaml").check(manifest, only=only)


def test_ml_bom_is_valid_cyclonedx_1_6(tmp_path):
    manifest, result = _checked(tmp_path)
    out = write_bom(manifest, result, tmp_path / "run" / "bom.cdx.json")
    text = out.read_text()
    assert JsonStrictValidator(SchemaVersion.V1_6).validate_str(text) is None
    assert [p.name for p in out.parent.iterdir()] == ["bom.cdx.json"]  # atomic: no temporary left behind
    doc = json.loads(text)
    assert doc["bomFormat"] == "CycloneDX" and doc["specVersion"] == "1.6"


def test_components_carry_licences_digests_sources_and_verdicts(tmp_path):
    manifest, result = _checked(tmp_path)
    doc = json.loads(write_bom(manifest, result, tmp_path / "bom.json").read_text())
    comps = {c["name"]: c for c in doc["components"]}
    assert comps["tickets"]["type"] == "data" and comps["base"]["type"] == "machine-learning-model"
    assert comps["tickets"]["hashes"] == [{"alg": "SHA-256", "content": sha256_file(ASSETS / "tickets.jsonl")}]
    assert comps["base"]["hashes"][0]["content"] == sha256_tree(ASSETS / "model_apache")
    assert comps["tickets"]["licenses"] == [{"expression": "CC-BY-4.0 OR MIT"}]
    assert comps["base"]["licenses"][0]["license"]["id"] == "Apache-2.0"
    assert comps["tickets"]["version"] == "2026-10-01" and comps["tickets"]["copyright"] == "Example Org"
    assert comps["tickets"]["externalReferences"][0]["url"] == "https://example.org/tickets"
    declared = {(p["name"], p["value"]) for p in comps["tickets"]["properties"]}
    assert {("governed-tuning:collection", "public"), ("governed-tuning:modality", "text"),
            ("governed-tuning:languages", "en,de"), ("governed-tuning:acquired", "2026-10-01"),
            ("governed-tuning:tdm-opt-out-respected", "true")} <= declared
    props = {(p["name"], p["value"]) for p in comps["scraped"]["properties"]}
    assert not {n for n, _ in props} & {"governed-tuning:collection", "governed-tuning:modality"}  # none declared
    assert ("governed-tuning:license-verdict", "deny") in props
    assert ("governed-tuning:source", "an internal crawl") in props
    subject = doc["metadata"]["component"]
    assert subject["type"] == "machine-learning-model"
    assert subject["modelCard"]["modelParameters"]["datasets"] == [{"ref": "dataset:tickets"}]  # the allowed one
    deps = {d["ref"]: set(d.get("dependsOn", [])) for d in doc["dependencies"]}
    assert deps[subject["bom-ref"]] == {"dataset:tickets", "dataset:scraped", "model:base"}
    meta = {(p["name"], p["value"]) for p in doc["metadata"]["properties"]}
    assert ("governed-tuning:license-gate-verdict", "fail") in meta
    assert ("governed-tuning:policy", "default.yaml") in meta


def test_bom_lists_only_the_checked_sources(tmp_path):
    manifest, result = _checked(tmp_path, only=["tickets"])
    doc = json.loads(write_bom(manifest, result, tmp_path / "bom.json").read_text())
    assert sorted(c["name"] for c in doc["components"]) == ["base", "tickets"]
    assert JsonStrictValidator(SchemaVersion.V1_6).validate_str(json.dumps(doc)) is None


def test_cli_bom_command_writes_a_valid_bom(tmp_path):
    from typer.testing import CliRunner

    from governed_tuning.cli import app

    _checked(tmp_path)
    out = tmp_path / "bom.cdx.json"
    res = CliRunner().invoke(app, ["license", "bom", str(tmp_path / "manifest.yaml"), "--out", str(out)])
    assert res.exit_code == 0, res.output
    assert JsonStrictValidator(SchemaVersion.V1_6).validate_str(out.read_text()) is None


# --------------------------------------------------------------------------- the released model's card (model.cdx.json)


def _model_bom(demo_reports) -> dict:
    return json.loads((demo_reports.run_dir / "model.cdx.json").read_text())


def test_the_released_models_card_is_valid_cyclonedx_1_6_and_the_schema_catches_a_broken_one(demo_reports):
    """model.cdx.json of a real run validates against the CycloneDX 1.6 schema cyclonedx-python-lib ships; the
    same validator rejects the card once a field has the wrong type, so the modelCard is really checked."""
    text = (demo_reports.run_dir / "model.cdx.json").read_text()
    validator = JsonStrictValidator(SchemaVersion.V1_6)
    assert validator.validate_str(text) is None
    broken = json.loads(text)
    metrics = broken["metadata"]["component"]["modelCard"]["quantitativeAnalysis"]["performanceMetrics"]
    metrics[0]["confidenceInterval"]["lowerBound"] = 0.1  # the schema wants strings
    assert validator.validate_str(json.dumps(broken)) is not None


def test_the_model_card_carries_datasets_with_sensitive_data_and_fairness_figures_with_intervals(demo_reports):
    from governed_tuning.gates.fairness.evidence import FairnessEvidence

    model = _model_bom(demo_reports)["metadata"]["component"]
    card = model["modelCard"]
    assert model["type"] == "machine-learning-model" and model["name"].endswith("/rl")
    record = demo_reports.record
    pii = next(g for g in record.gates if g.result.gate == "pii" and g.scope == "stage sft").result.evidence
    chats = next(d for d in card["modelParameters"]["datasets"] if d["name"] == "support-chats")
    assert chats["type"] == "dataset" and chats["classification"].startswith("pseudonymised personal data")
    assert sorted(chats["sensitiveData"]) == sorted(f"{k}: {n} found, {pii.entities[k]}"
                                                    for k, n in pii.counts_by_type.items())
    fair = next(g for g in record.gates if g.result.gate == "fairness").result.evidence_as(FairnessEvidence)
    dpd = next(m for m in card["quantitativeAnalysis"]["performanceMetrics"]
               if m["type"] == "demographic_parity_difference")
    assert dpd["slice"] == fair.attribute
    assert [float(dpd["confidenceInterval"]["lowerBound"]), float(dpd["confidenceInterval"]["upperBound"])] == \
        pytest.approx(fair.demographic_parity_difference_ci, abs=1e-5)
    groups = {a["groupAtRisk"] for a in card["considerations"]["fairnessAssessments"]}
    assert groups == {f"{fair.attribute}: {g}" for g in fair.groups}
    assert card["considerations"]["useCases"] == [record.config["governance"]["intended_use"]]
    files = {p["value"].split(" sha256:")[0]: p["value"].split(" sha256:")[1] for p in model["properties"]
             if p["name"] == "governed-tuning:file"}
    assert files["models/rl/model.safetensors"] == sha256_file(demo_reports.run_dir / "models/rl/model.safetensors")


def test_the_cyclonedx_validator_holds_the_published_1_6_schema():
    """JsonStrictValidator validates against the schema cyclonedx-python-lib bundles. That file is CycloneDX's
    published bom-1.6.schema.json of release 1.6.2 (CycloneDX/specification, tag 1.6.2, schema/bom-1.6.schema.json,
    sha256 18f57f74...) with the names of its SPDX licence list and JSF subschemas changed to the lib's own copies;
    undoing the renaming gives back the published bytes. A lib that ships another revision fails here, so the
    schema the tests validate against never changes unnoticed."""
    import hashlib
    from importlib import resources

    bundled = (resources.files("cyclonedx.schema") / "_res" / "bom-1.6.SNAPSHOT.schema.json").read_bytes()
    published = bundled.replace(b"spdx.SNAPSHOT.schema.json", b"spdx.schema.json").replace(
        b"jsf-0.82.SNAPSHOT.schema.json", b"jsf-0.82.schema.json")
    assert hashlib.sha256(published).hexdigest() == \
        "18f57f7482593bad9f21b4feed09084640cbeff419d62ad5090c5ceccca5b37d", \
        "cyclonedx-python-lib bundles another revision of the CycloneDX 1.6 JSON schema than the published 1.6.2"
