"""A licence the policy denies comes with the way forward: how to allow it in a policy of one's own, and where
the README explains it."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml

from governed_tuning.cli import main

README = Path(__file__).resolve().parents[1] / "README.md"


def _manifest(tmp_path, license_: str) -> Path:
    (tmp_path / "data.jsonl").write_text('{"text": "hello"}\n')
    path = tmp_path / "manifest.yaml"
    path.write_text(yaml.safe_dump({"datasets": [{"name": "acme", "path": "data.jsonl", "license": license_,
                                                  "source": "our own CRM export"}]}))
    return path


def _check(args, capsys) -> tuple[int, dict]:
    with pytest.raises(SystemExit) as e:
        main(["license", "check", *args, "--json"])
    return e.value.code, json.loads(capsys.readouterr().out)


def _readme_anchors() -> set[str]:
    """GitHub's anchors for the README's headings."""
    out = set()
    for line in README.read_text().splitlines():
        if line.startswith("#"):
            title = line.lstrip("#").strip().lower()
            out.add(re.sub(r"[^\w\- ]", "", title).replace(" ", "-"))
    return out


def test_unknown_licence_ref_says_how_to_allow_it(tmp_path, capsys):
    code, result = _check([str(_manifest(tmp_path, "LicenseRef-acme-internal"))], capsys)
    assert code == 1
    (source,) = result["evidence"]["sources"]
    reasons = " ".join(source["reasons"])
    assert source["verdict"] == "deny"
    assert "license.allow" in reasons and "LicenseRef-acme-internal" in reasons
    anchor = re.search(r"README\.md#([\w-]+)", reasons)
    assert anchor, reasons
    assert anchor.group(1) in _readme_anchors()


def test_the_way_forward_works(tmp_path, capsys):
    """Following the hint (a policy of one's own listing the id under license.allow) allows the source."""
    manifest = _manifest(tmp_path, "LicenseRef-acme-internal")
    with pytest.raises(SystemExit):
        main(["policy", "show", "default"])
    policy = yaml.safe_load(capsys.readouterr().out)
    policy["name"] = "acme"
    policy["license"]["allow"] = ["LicenseRef-acme-internal"]
    (tmp_path / "policy.yaml").write_text(yaml.safe_dump(policy))
    code, result = _check([str(manifest), "--policy", str(tmp_path / "policy.yaml")], capsys)
    assert code == 0 and result["evidence"]["sources"][0]["verdict"] == "allow"


def test_a_denied_non_commercial_licence_also_points_at_the_policy(tmp_path, capsys):
    code, result = _check([str(_manifest(tmp_path, "CC-BY-NC-4.0"))], capsys)
    assert code == 1
    reasons = " ".join(result["evidence"]["sources"][0]["reasons"])
    assert "license.allow" in reasons or "license.noncommercial" in reasons or "intended_use" in reasons
