"""The model's licence is decided from what went into it: internal, copyleft and permissive mixtures."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from governed_tuning.gates.license import LicenseGate
from governed_tuning.manifest import load_manifest
from governed_tuning.model_license import decide_model_license, inbound_expression
from governed_tuning.policy import load_policy

ASSETS = Path(__file__).resolve().parent / "assets" / "license"


def _src(name, lic):
    return (f"  - name: {name}\n    path: tickets.jsonl\n    license: {json.dumps(lic)}\n"
            f"    source: https://example.org/{name}\n")


def _decide(tmp_path, data, base="Apache-2.0", **policy):
    shutil.copy(ASSETS / "tickets.jsonl", tmp_path / "tickets.jsonl")
    (tmp_path / "m.yaml").write_text("datasets:\n" + "".join(_src(n, lic) for n, lic in data)
                                     + "models:\n" + _src("base", base))
    pol = load_policy("default").policy.license.model_copy(update=policy)
    result = LicenseGate(pol, "default").check(load_manifest(tmp_path / "m.yaml"))
    return result, decide_model_license(result, pol.model_dump(mode="json"), "base")


def test_permissive_mixture_is_decided_with_the_inbound_expression(tmp_path):
    result, d = _decide(tmp_path, [("tickets", "CC-BY-4.0"), ("prefs", "CC0-1.0 OR MIT")])
    assert result.verdict == "pass"
    assert d.status == "decided" and d.license == "Apache-2.0"
    assert d.inbound == "CC-BY-4.0 AND CC0-1.0 AND Apache-2.0"  # the side of the OR the gate took
    assert set(d.notices) == {"CC-BY-4.0", "Apache-2.0"}
    assert any("permissive or public domain" in r for r in d.reasons)


def test_an_internal_licence_goes_to_review_even_when_the_gate_allows_it(tmp_path):
    result, d = _decide(tmp_path, [("export", "LicenseRef-acme-internal")], allow=["LicenseRef-acme-internal"])
    assert result.verdict == "pass"  # the policy lets the run train on it ...
    assert d.status == "review" and d.license is None and d.candidate == "Apache-2.0"  # ... not ship it as Apache
    assert any("dataset export is under LicenseRef-acme-internal, an internal licence" in r for r in d.reasons)


def test_a_reviewed_internal_licence_is_decided(tmp_path):
    _, d = _decide(tmp_path, [("export", "LicenseRef-acme-internal")], allow=["LicenseRef-acme-internal"])
    policy = load_policy("default").policy.license.model_dump(mode="json")
    result, _ = _decide(tmp_path, [("export", "LicenseRef-acme-internal")], allow=["LicenseRef-acme-internal"])
    again = decide_model_license(result, {**policy, "reviewed_for_release": ["LicenseRef-acme-internal"]}, "base")
    assert d.status == "review" and again.status == "decided" and again.license == "Apache-2.0"
    assert any("reviewed for release by the policy (LicenseRef-acme-internal)" in r for r in again.reasons)


def test_copyleft_data_goes_to_review_with_a_named_reason(tmp_path):
    _, d = _decide(tmp_path, [("wiki", "CC-BY-SA-4.0"), ("code", "MIT")])
    assert d.status == "review" and d.license is None
    assert any("dataset wiki is under CC-BY-SA-4.0, a copyleft" in r for r in d.reasons)
    _, weak = _decide(tmp_path, [("code", "MPL-2.0")])
    assert weak.status == "review" and any("MPL-2.0" in r for r in weak.reasons)


def test_without_a_policy_licence_the_base_models_licence_carries_over_and_no_gate_means_review(tmp_path):
    _, d = _decide(tmp_path, [("code", "MIT")], base="MIT", model_license=None)
    assert d.status == "decided" and d.license == "MIT"
    none = decide_model_license(None, {"model_license": "Apache-2.0"}, "base")
    assert none.status == "review" and "did not run" in none.reasons[0]
    assert inbound_expression(["MIT", "MIT", "Apache-2.0"]) == "MIT AND Apache-2.0"
