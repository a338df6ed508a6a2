import shutil
from pathlib import Path

from governed_tuning.gates.license import LicenseGate
from governed_tuning.manifest import load_manifest
from governed_tuning.notice import render_notice, write_notice
from governed_tuning.policy import load_policy

ASSETS = Path(__file__).resolve().parent / "assets" / "license"


def _result(tmp_path, text, **policy):
    shutil.copy(ASSETS / "tickets.jsonl", tmp_path / "tickets.jsonl")
    (tmp_path / "m.yaml").write_text(text)
    lp = load_policy("default").policy.license.model_copy(update=policy)
    return LicenseGate(lp, "default.yaml").check(load_manifest(tmp_path / "m.yaml"))


def _ds(name, license, extra=""):
    return (f"  - name: {name}\n    path: tickets.jsonl\n    license: {license}\n"
            f"    source: https://example.org/{name}\n{extra}")


def test_notice_credits_allowed_sources_and_lists_their_obligations(tmp_path):
    r = _result(tmp_path, "datasets:\n" + _ds("tickets", "CC-BY-4.0", "    attribution: Example Org\n    revision: v2\n")
                + _ds("code", "MIT") + _ds("nc", "CC-BY-NC-4.0"))
    text = render_notice(r)
    assert ("- **tickets** by Example Org, revision v2, licensed under "
            "[CC-BY-4.0](https://spdx.org/licenses/CC-BY-4.0.html). Source: <https://example.org/tickets>.") in text
    assert "**code**" in text and "**nc**" not in text  # denied sources are not trained on, so not credited
    assert "### Attribution" in text and "### Licence texts and copyright notices" in text
    assert "keep the MIT licence text and copyright notices with what is shipped — code" in text


def test_notice_marks_pending_review_and_conflicts(tmp_path):
    r = _result(tmp_path, "datasets:\n" + _ds("wiki", "CC-BY-SA-4.0"))
    text = render_notice(r)
    assert "(pending licence review)" in text and "### Share-alike" in text
    assert "## Conflicts to resolve before release" in text and "Apache-2.0" in text


def test_write_notice_is_atomic(tmp_path):
    r = _result(tmp_path, "datasets:\n" + _ds("code", "MIT"))
    out = write_notice(r, tmp_path / "out" / "NOTICE.md")
    assert out.read_text() == render_notice(r)
    assert [p.name for p in out.parent.iterdir()] == ["NOTICE.md"]


def test_notice_for_apache_and_cc_by_holds_both_texts_copyright_upstream_notice_and_changes(tmp_path):
    from governed_tuning.gates.base import GateResult
    from governed_tuning.record import GateRun, PolicyRef, RunRecord, StageRecord

    shutil.copytree(ASSETS / "model_apache", tmp_path / "base")
    (tmp_path / "base" / "NOTICE").write_text("Tiny Base Model\nCopyright 2026 Example Labs\n")
    r = _result(tmp_path, "datasets:\n" + _ds("tickets", "CC-BY-4.0", "    attribution: Example Org\n")
                + "models:\n  - name: base\n    path: base\n    license: Apache-2.0\n"
                "    source: https://example.org/base\n")
    manifest = load_manifest(tmp_path / "m.yaml")
    record = RunRecord(run_id="20261130T070000Z-abcdef", status="completed", started_at="2026-11-30T07:00:00Z",
                       config={"base_model": "base"}, base_model={"name": "base"},
                       policy=PolicyRef(name="default", path="default.yaml", sha256="0" * 64,
                                        document={"pii": {"entities": {"PERSON": {"action": "pseudonymize"}}}}),
                       stages=[StageRecord(name="sft", kind="sft", status="completed")],
                       gates=[GateRun(scope="stage sft", result=GateResult(gate="pii", verdict="pass"))])
    text = render_notice(r, manifest=manifest, record=record)
    apache = text.index("### Apache-2.0: Apache License 2.0")
    assert "TERMS AND CONDITIONS FOR USE, REPRODUCTION, AND DISTRIBUTION" in text[apache:]
    ccby = text.index("### CC-BY-4.0: Creative Commons Attribution 4.0")
    assert "Attribution 4.0 International" in text[ccby:] and "Section 3 – License Conditions." in text[ccby:]
    changes = text[text.index("## Changes made to the licensed material (statement of changes)"):]
    assert "The base model base was modified: governed-tuning run 20261130T070000Z-abcdef fine-tuned it" in changes
    assert "pseudonymised with keyed pseudonyms (PERSON)" in changes
    assert "### base: NOTICE" in text and "Tiny Base Model" in text  # Apache-2.0 §4(d)
    assert "- base: Copyright 2026 Example Labs" in text and "- tickets: Example Org" in text
    assert "Licence texts missing" not in text


def test_notice_names_a_licence_text_it_cannot_ship(tmp_path):
    r = _result(tmp_path, "datasets:\n" + _ds("export", "LicenseRef-acme-internal"),
                allow=["LicenseRef-acme-internal"])
    text = render_notice(r)
    assert "Licence texts missing (add them before release):** LicenseRef-acme-internal (the licensor's own text)" \
        in text
    assert "written before training" in text
