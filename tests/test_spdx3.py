"""bom.spdx.json: SPDX 3.0.1 with the AI and Dataset profiles, read back with the SPDX project's own bindings.

What is validated, exactly: spdx-python-model (bindings generated from the SPDX 3.0.1 RDF/SHACL model) loads the
document (every class, property name, value type and enumeration value is checked; an unknown property or value
fails), and serialising what it loaded again gives the same document (so list and scalar shapes and the required
properties the bindings enforce on output hold too). The SPDX JSON schema and SHACL shapes themselves are not
shipped by any package on PyPI (spdx3-validate downloads them at run time), so they are not run here.
"""

from __future__ import annotations

import copy
import json

import pytest

from governed_tuning.digest import sha256_file


def _doc(demo_reports) -> dict:
    return json.loads((demo_reports.run_dir / "bom.spdx.json").read_text())


def _load(doc: dict):
    import spdx_python_model

    return spdx_python_model.load_data(doc)


def test_the_spdx_export_round_trips_through_the_spdx_bindings(demo_reports):
    doc = _doc(demo_reports)
    assert doc["@context"] == "https://spdx.org/rdf/3.0.1/spdx-context.jsonld"
    model, objects = _load(doc)
    assert model.JSONLDSerializer().serialize_data(objects) == doc


@pytest.mark.parametrize("field, value", [("dataset_hasSensitivePersonalInformation", "maybe"),
                                          ("dataset_hasSensitivePersonalInfo", "yes")])
def test_the_bindings_reject_a_wrong_value_or_property(demo_reports, field, value):
    doc = copy.deepcopy(_doc(demo_reports))
    next(e for e in doc["@graph"] if e["type"] == "dataset_DatasetPackage")[field] = value
    with pytest.raises((ValueError, KeyError)):
        _load(doc)


def test_the_model_is_trained_on_the_scrubbed_copies_with_their_digests_and_privacy_fields(demo_reports):
    graph = {e.get("spdxId", e.get("@id")): e for e in _doc(demo_reports)["@graph"]}
    root = next(e for e in graph.values() if e["type"] == "SpdxDocument")["rootElement"]
    model = graph[root[0]]
    assert model["type"] == "ai_AIPackage" and model["ai_useSensitivePersonalInformation"] == "yes"
    assert any(m["key"].startswith("demographic_parity_difference") and "CI" in m["value"] for m in model["ai_metric"])
    trained = next(r for r in graph.values() if r["type"] == "Relationship" and r["relationshipType"] == "trainedOn"
                   and r["from"] == model["spdxId"])["to"]
    copies = [graph[t] for t in trained]
    assert {c["name"].split(" ")[0] for c in copies} == {"support-chats", "preferences", "prompts"}
    for c in copies:
        rel = c["name"].split("scrubbed copy ")[1].rstrip(")")
        assert c["verifiedUsing"][0]["hashValue"] == sha256_file(demo_reports.run_dir / rel)
        assert c["dataset_datasetType"] == ["text"] and c["dataset_hasSensitivePersonalInformation"] == "yes"
        assert any(m.startswith("pseudonymisation") for m in c["dataset_anonymizationMethodUsed"])
    sources = [e for e in graph.values() if e["type"] == "dataset_DatasetPackage" and "/dataset/" in e["spdxId"]]
    assert sources and all(s["dataset_hasSensitivePersonalInformation"] == "yes" for s in sources)
