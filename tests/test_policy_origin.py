"""A policy file says where it came from: a shipped policy unchanged, an unchanged copy of one, a modified copy
that kept the shipped name, or a policy of one's own. Reports and model cards name the file and that origin,
so an auditor never mistakes an edited `default` for the shipped one."""

from __future__ import annotations

import shutil

import pytest
import yaml

from governed_tuning.policy import load_policy, resolve_policy_path
from governed_tuning.record import PolicyRef, RunRecord, StageRecord


def _copy(tmp_path, edit=None, name="policy.yaml"):
    path = tmp_path / "my-run" / name
    path.parent.mkdir(exist_ok=True)
    shutil.copyfile(resolve_policy_path("default"), path)
    if edit:
        path.write_text(edit(path.read_text()))
    return path


def _stricter(text: str) -> str:
    doc = yaml.safe_load(text)
    doc["pii"]["max_residual_findings"] = 3
    return yaml.safe_dump(doc, sort_keys=False)


def test_shipped_policy_is_shipped():
    loaded = load_policy("gdpr")
    assert loaded.origin == "shipped" and loaded.based_on == "gdpr"
    assert "shipped" in loaded.describe() and "gdpr" in loaded.describe()


def test_unchanged_copy_is_recognised_by_digest(tmp_path):
    loaded = load_policy(_copy(tmp_path))
    assert loaded.origin == "copy" and loaded.based_on == "default"
    assert "policy.yaml" in loaded.describe() and "unchanged copy" in loaded.describe()


def test_modified_copy_that_kept_the_shipped_name_says_so(tmp_path):
    loaded = load_policy(_copy(tmp_path, _stricter))
    assert loaded.policy.name == "default"
    assert loaded.origin == "modified" and loaded.based_on == "default"
    text = loaded.describe()
    assert "my-run/policy.yaml" in text and "MODIFIED copy" in text and "default" in text


def test_own_policy_is_own(tmp_path):
    loaded = load_policy(_copy(tmp_path, lambda t: _stricter(t).replace("name: default", "name: acme")))
    assert loaded.origin == "own" and loaded.based_on is None
    assert "acme" in loaded.describe() and "policy.yaml" in loaded.describe()


def _record(tmp_path, loaded) -> RunRecord:
    return RunRecord(run_id="20261130T070000Z-abcdef", status="completed", started_at="2026-11-30T07:00:00Z",
                     policy=PolicyRef.from_loaded(loaded), releasable=True,
                     config={"base_model": "tiny-base"},
                     stages=[StageRecord(name="sft", kind="sft", status="completed", seed=0,
                                         base_model="tiny-base")])


def test_model_card_and_report_name_the_file_and_its_origin(tmp_path):
    from governed_tuning.modelcard import render_model_card

    loaded = load_policy(_copy(tmp_path, _stricter))
    rec = _record(tmp_path, loaded)
    assert rec.policy.origin == "modified" and rec.policy.based_on == "default"
    card = render_model_card(rec, rec.stages[0], None)
    assert "MODIFIED copy" in card and "policy.yaml" in card
    report = pytest.importorskip("governed_tuning.audit.report")
    html_mod = pytest.importorskip("governed_tuning.audit.html")
    run_dir = tmp_path / "run"
    run_dir.mkdir()
    rep = report.build_report(run_dir, rec, key_id=None, signed=False, model_signatures=[], ledger_name=None)
    html = html_mod.render_html(rep)
    assert "MODIFIED copy" in html and "policy.yaml" in html
    assert "MODIFIED copy" in rep.regulatory.policy


def test_records_written_before_origins_existed_still_load():
    ref = PolicyRef.model_validate({"name": "default", "path": "policies/default.yaml", "sha256": "ab" * 32,
                                    "document": {}})
    assert ref.origin is None and "not recorded" in ref.describe()
