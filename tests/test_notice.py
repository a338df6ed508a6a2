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
