"""Model cards state the real licence, obligations and gate verdicts (not TRL's placeholder licence)."""

from pathlib import Path

import yaml

from governed_tuning.gates.license import LicenseGate
from governed_tuning.manifest import load_manifest
from governed_tuning.modelcard import _hf_license, render_model_card, write_model_card
from governed_tuning.policy import load_policy
from governed_tuning.record import Artefact, GateRun, PolicyRef, RunRecord, StageRecord

EXAMPLES = Path(__file__).parent.parent / "examples"


def record_for(policy_name, license_result, gates_not_run=()):
    lp = load_policy(policy_name)
    return RunRecord(run_id="20261128T120000Z-abcdef", status="completed", started_at="2026-11-28T12:00:00+00:00",
                     config={"base_model": "tiny-base"},
                     policy=PolicyRef(name=lp.policy.name, path=lp.path, sha256=lp.sha256,
                                      document=lp.policy.model_dump(mode="json")),
                     gates=[GateRun(scope="datasets and base model", result=license_result)],
                     gates_not_run=list(gates_not_run))


def test_card_states_policy_licence_obligations_and_verdicts(tmp_path):
    import shutil

    shutil.copytree(EXAMPLES, tmp_path / "examples")  # its paths point into ../examples/
    manifest = load_manifest(tmp_path / "examples" / "manifest.yaml")
    result = LicenseGate(load_policy("default").policy.license, policy_name="default").check(manifest)
    rec = record_for("default", result, gates_not_run=["fairness"])
    stage = StageRecord(name="sft", kind="sft", status="completed", seed=0, wall_s=1.0, base_model="tiny-base",
                        inputs=[Artefact(path="data/sft/support-chats.jsonl", sha256="a" * 64, size=1,
                                         role="scrubbed_dataset")])
    card = render_model_card(rec, stage, result)
    meta = yaml.safe_load(card.split("---")[1])
    assert meta["license"] == "apache-2.0" and meta["base_model"] == "tiny-base" and "sft" in meta["tags"]
    for ob in result.evidence["mixture"]["obligations"]:
        assert ob["text"] in card
    assert "| license | datasets and base model | " + result.verdict in card
    assert "| fairness | - | not run |" in card
    assert "scrubbed copy only" in card and "data/sft/support-chats.jsonl" in card
    assert rec.run_id in card and "report.html" in card
    out = write_model_card(tmp_path / "examples" / "models" / "tiny-base", rec, stage, result)
    assert out.read_text() == card


def test_licence_expressions_map_to_card_metadata():
    assert _hf_license("Apache-2.0") == {"license": "apache-2.0"}
    assert _hf_license("MIT OR Apache-2.0") == {"license": "other", "license_name": "MIT OR Apache-2.0"}
    assert _hf_license(None) == {"license": "unknown"}


def test_card_for_an_internal_licence_says_not_decided_and_carries_the_governance_facts(tmp_path):
    import shutil

    shutil.copy(EXAMPLES / "data" / "support_chats.jsonl", tmp_path / "chats.jsonl")
    (tmp_path / "base").mkdir()
    (tmp_path / "base" / "config.json").write_text('{"model_type": "gpt2"}')
    (tmp_path / "m.yaml").write_text(
        "datasets:\n  - name: export\n    path: chats.jsonl\n    license: LicenseRef-acme-internal\n"
        "    source: internal CRM export\nmodels:\n  - name: tiny-base\n    path: base\n    license: Apache-2.0\n"
        "    source: built locally\n")
    policy = load_policy("default").policy.license.model_copy(update={"allow": ["LicenseRef-acme-internal"]})
    result = LicenseGate(policy, policy_name="default").check(load_manifest(tmp_path / "m.yaml"))
    assert result.verdict == "pass"
    rec = record_for("default", result)
    rec.config["governance"] = {"intended_use": "internal support assistant", "limitations": "English only",
                                "contact": "privacy@acme.example", "controller": "Acme Support GmbH",
                                "lawful_basis": "contract", "key_custodian": "Data Platform team"}
    rec.policy.document["license"] = policy.model_dump(mode="json")
    stage = StageRecord(name="sft", kind="sft", status="completed", seed=0, wall_s=1.0, base_model="tiny-base")
    card = render_model_card(rec, stage, result)
    meta = yaml.safe_load(card.split("---")[1])
    assert meta["license"] == "other" and meta["license_name"] == "not-decided-pending-licence-review"
    assert "Licence: **NOT DECIDED**" in card and "apache-2.0" not in card.split("---")[1]
    assert "dataset export is under LicenseRef-acme-internal, an internal licence" in card
    assert "## Intended use\n\ninternal support assistant" in card and "English only" in card
    assert "## Contact\n\nAcme Support GmbH: privacy@acme.example" in card
    assert "## Personal data" in card and "Lawful basis (declared): contract" in card
