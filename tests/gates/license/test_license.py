import json
import shutil
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from governed_tuning.cli import app
from governed_tuning.digest import sha256_file, sha256_tree
from governed_tuning.errors import ConfigError, PolicyError
from governed_tuning.gates.license import LicenseGate, LicenseJudge, allowed_sources, folder_declarations
from governed_tuning.manifest import load_manifest
from governed_tuning.policy import LicensePolicy, load_policy
from governed_tuning.spdx import combinable, identify_license_text

ASSETS = Path(__file__).resolve().parents[2] / "assets" / "license"
TICKETS_SHA = sha256_file(ASSETS / "tickets.jsonl")


def _policy(name="default", **update):
    return load_policy(name).policy.license.model_copy(update=update)


def _manifest(tmp_path, text, copy=("tickets.jsonl",)):
    for name in copy:
        src = ASSETS / name
        (shutil.copytree if src.is_dir() else shutil.copy)(src, tmp_path / name)
    p = tmp_path / "manifest.yaml"
    p.write_text(text)
    return load_manifest(p)


def _ds(name, license, path="tickets.jsonl", source="https://example.org/tickets", extra=""):
    lic = f"    license: {json.dumps(license)}\n" if license is not None else ""
    src = f"    source: {source}\n" if source else ""
    return f"  - name: {name}\n    path: {path}\n{lic}{src}{extra}"


# --------------------------------------------------------------------------- expressions under each policy

RESEARCH = "research"
# expression -> expected verdict under (default, gdpr, ccpa, research use)
TABLE = [
    ("MIT", ("allow",) * 4),
    ("mit", ("allow",) * 4),  # SPDX ids are case-insensitive
    ("apache-2.0 OR gpl-3.0-only", ("allow",) * 4),  # OR: any acceptable choice
    ("Apache-2.0 AND CC-BY-NC-4.0", ("deny", "deny", "deny", "allow")),  # AND: every part
    ("(MIT OR CC-BY-NC-4.0) AND CC-BY-4.0", ("allow",) * 4),
    ("CC-BY-4.0", ("allow",) * 4),
    ("CC0-1.0", ("allow",) * 4),
    ("CC-BY-NC-4.0", ("deny", "deny", "deny", "allow")),
    ("cc-by-nc-sa-4.0", ("deny", "deny", "deny", "review")),
    ("CC-BY-ND-4.0", ("deny",) * 4),
    ("CC-BY-SA-4.0", ("review",) * 4),
    ("GPL-3.0-only", ("review",) * 4),
    ("GPL-2.0+", ("review",) * 4),  # deprecated spelling resolved to GPL-2.0-or-later
    ("GPL-2.0-or-later WITH Classpath-exception-2.0", ("review",) * 4),
    ("Apache-2.0 WITH LLVM-exception", ("allow",) * 4),
    ("MIT WITH Apache-2.0", ("deny",) * 4),  # not an exception
    ("LicenseRef-acme-internal", ("deny",) * 4),
    ("FOO-1.0", ("deny",) * 4),  # unknown id
    ("MIT AND (", ("deny",) * 4),  # broken syntax
    ("MIT OR", ("deny",) * 4),
    ("MIT Apache-2.0", ("deny",) * 4),
    (None, ("deny",) * 4),  # missing
    ("", ("deny",) * 4),
]


@pytest.mark.parametrize("expression,expected", TABLE, ids=[str(e) for e, _ in TABLE])
def test_expression_verdicts_under_each_shipped_policy(expression, expected):
    policies = [_policy("default"), _policy("gdpr"), _policy("ccpa"), _policy("default", intended_use=RESEARCH)]
    got = tuple(LicenseJudge(p).judge(expression).verdict for p in policies)
    assert got == expected


def test_reasons_are_sentences_a_compliance_officer_reads():
    d = LicenseJudge(_policy(), "default.yaml").judge("CC-BY-NC-4.0")
    assert d.reasons[0] == ("CC-BY-NC-4.0 forbids commercial use; policy default.yaml allows only "
                            "commercial-compatible licences")
    assert "license.allow" in d.reasons[1] and "intended_use: research" in d.reasons[1]  # the way forward
    d = LicenseJudge(_policy(), "default.yaml").judge("LicenseRef-acme")
    assert "not on the SPDX list" in d.reasons[0] and "denies" in d.reasons[0]
    d = LicenseJudge(_policy(), "default.yaml").judge("MIT AND (")
    assert "not valid SPDX syntax" in d.reasons[0]


def test_or_takes_the_acceptable_choice_and_its_obligations_only():
    d = LicenseJudge(_policy()).judge("CC-BY-NC-4.0 OR Apache-2.0")
    assert d.verdict == "allow" and d.ids == ["Apache-2.0"]
    assert "Apache-2.0 is taken" in d.reasons[0]


def test_explicit_lists_win_over_rules_case_insensitively():
    p = _policy(allow=["licenseref-acme-internal", "GPL-2.0-only WITH Classpath-exception-2.0"],
                deny=["mit"], review=["Apache-2.0"])
    j = LicenseJudge(p, "custom.yaml")
    assert j.judge("LicenseRef-acme-internal").verdict == "allow"
    assert j.judge("MIT").verdict == "deny"
    assert j.judge("MIT").reasons == ["MIT is on the deny list of policy custom.yaml"]
    assert j.judge("Apache-2.0").verdict == "review"
    assert j.judge("GPL-2.0-only WITH Classpath-exception-2.0").verdict == "allow"
    assert j.judge("GPL-2.0-only").verdict == "review"


def test_policy_lists_are_validated_and_spelled_canonically(tmp_path):
    p = LicensePolicy(allow=["gpl-2.0", "LicenseRef-acme", "apache-2.0 with llvm-exception"], model_license="mit")
    assert p.allow == ["GPL-2.0-only", "LicenseRef-acme", "Apache-2.0 WITH LLVM-exception"]
    assert p.model_license == "MIT"
    assert LicenseJudge(p).judge("GPL-2.0-only").verdict == "allow"  # the deprecated spelling still matches
    f = tmp_path / "p.yaml"
    f.write_text("name: x\nlicense:\n  deny:\n    - MIT\n    - MTI\n")
    with pytest.raises(PolicyError) as exc:
        load_policy(f)
    assert f"{f}:5" in str(exc.value) and "license.deny.1" in str(exc.value) and "not on the SPDX" in str(exc.value)
    f.write_text("name: x\nlicense:\n  allow: [MIT OR Apache-2.0]\n")
    with pytest.raises(PolicyError, match="not an expression"):
        load_policy(f)


_IDS = ["MIT", "CC-BY-4.0", "CC-BY-SA-4.0", "CC-BY-NC-4.0", "CC-BY-ND-4.0", "GPL-3.0-only", "FOO-1.0",
        "LicenseRef-x", "Elastic-2.0", "CC0-1.0"]
_RANKS = {"allow": 0, "review": 1, "deny": 2}


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_IDS), min_size=2, max_size=4), st.sampled_from(["commercial", "research"]))
def test_or_is_the_best_choice_and_and_the_worst_part(ids, use):
    j = LicenseJudge(LicensePolicy(intended_use=use))
    alone = [_RANKS[j.judge(i).verdict] for i in ids]
    assert _RANKS[j.judge(" OR ".join(ids)).verdict] == min(alone)
    assert _RANKS[j.judge(" AND ".join(ids)).verdict] == max(alone)
    assert _RANKS[j.judge(" AND ".join(ids).lower()).verdict] == max(alone)


def test_rule_actions_are_configurable():
    assert LicenseJudge(LicensePolicy(copyleft="deny")).judge("GPL-3.0-only").verdict == "deny"
    assert LicenseJudge(LicensePolicy(unknown="review")).judge("FOO-1.0").verdict == "review"
    assert LicenseJudge(LicensePolicy(noncommercial="review")).judge("CC-BY-NC-4.0").verdict == "review"
    assert LicenseJudge(LicensePolicy(other="deny")).judge("Elastic-2.0").verdict == "deny"


# --------------------------------------------------------------------------- provenance


def test_file_digest_match_and_mismatch(tmp_path):
    m = _manifest(tmp_path, "datasets:\n" + _ds("good", "MIT", extra=f"    sha256: {TICKETS_SHA}\n")
                  + _ds("changed", "MIT", extra=f"    sha256: {'f' * 64}\n"))
    r = LicenseGate(_policy()).check(m)
    good, changed = r.evidence["sources"]
    assert good["verdict"] == "allow" and good["sha256"] == TICKETS_SHA == good["declared_sha256"]
    assert changed["verdict"] == "deny" and changed["sha256"] == TICKETS_SHA
    assert "does not match the sha256 declared" in changed["reasons"][0]
    assert r.verdict == "fail" and allowed_sources(r) == ["good"]


def test_folder_digest_is_the_sorted_manifest_of_its_files(tmp_path):
    folder = ASSETS / "model_apache"
    digest = sha256_tree(folder)
    m = _manifest(tmp_path, "models:\n" + _ds("base", "Apache-2.0", path="model_apache",
                                                extra=f"    sha256: {digest}\n"), copy=("model_apache",))
    entry = LicenseGate(_policy()).check(m).evidence["sources"][0]
    assert entry["verdict"] == "allow" and entry["sha256"] == digest and entry["kind"] == "model"
    (tmp_path / "model_apache" / "extra.bin").write_bytes(b"\0")
    entry = LicenseGate(_policy()).check(m).evidence["sources"][0]
    assert entry["verdict"] == "deny" and entry["sha256"] != digest


def test_missing_path_and_missing_source_are_denied_with_reasons(tmp_path):
    m = _manifest(tmp_path, "datasets:\n" + _ds("gone", "MIT", path="absent.jsonl")
                  + _ds("orphan", "MIT", source=None) + "  - name: nowhere\n    license: MIT\n    source: x\n")
    gone, orphan, nowhere = LicenseGate(_policy(), "default.yaml").check(m).evidence["sources"]
    assert gone["verdict"] == "deny" and "absent.jsonl does not exist" in gone["reasons"][0]
    assert gone["sha256"] is None
    assert orphan["verdict"] == "deny" and "no source is recorded" in orphan["reasons"][0]
    assert nowhere["verdict"] == "deny" and "no path is given" in nowhere["reasons"][0]


def test_model_named_by_hub_id_is_checked_in_the_local_cache_only(tmp_path, monkeypatch):
    from huggingface_hub import constants

    cache = tmp_path / "hub"
    monkeypatch.setattr(constants, "HF_HUB_CACHE", str(cache))
    text = "models:\n  - name: base\n    license: Apache-2.0\n    source: acme/tiny-model\n"
    m = _manifest(tmp_path, text, copy=())
    entry = LicenseGate(_policy()).check(m).evidence["sources"][0]
    assert entry["verdict"] == "deny" and "not in the local Hugging Face cache" in entry["reasons"][0]
    commit = "a" * 40
    repo = cache / "models--acme--tiny-model"
    shutil.copytree(ASSETS / "model_apache", repo / "snapshots" / commit)
    (repo / "refs").mkdir()
    (repo / "refs" / "main").write_text(commit)
    r = LicenseGate(_policy()).check(m)
    entry = r.evidence["sources"][0]
    assert entry["verdict"] == "allow" and entry["hub_id"] == "acme/tiny-model" and entry["path"] is None
    assert entry["sha256"] == sha256_tree(ASSETS / "model_apache")
    assert {"file": "README.md", "license": "apache-2.0"} in entry["declared_by_folder"]


def test_gdpr_requires_a_declared_digest(tmp_path):
    m = _manifest(tmp_path, "datasets:\n" + _ds("bare", "MIT") + _ds("pinned", "MIT", extra=f"    sha256: {TICKETS_SHA}\n"))
    r = LicenseGate(_policy("gdpr"), "gdpr.yaml").check(m)
    verdicts = {s["name"]: s["verdict"] for s in r.evidence["sources"]}
    assert verdicts == {"bare": "deny", "pinned": "allow"}
    assert "requires a digest for every dataset" in r.evidence["sources"][0]["reasons"][0]
    assert LicenseGate(_policy("default")).check(m).verdict == "pass"
    # base models are not required to declare one under GDPR (they hold no personal data of ours)
    m = _manifest(tmp_path, "models:\n" + _ds("base", "Apache-2.0", path="model_apache"), copy=("model_apache",))
    assert LicenseGate(_policy("gdpr")).check(m).verdict == "pass"


# --------------------------------------------------------------------------- what a folder says about itself


def test_model_folder_whose_readme_disagrees_with_the_manifest(tmp_path):
    m = _manifest(tmp_path, "models:\n" + _ds("base", "MIT", path="model_readme_nc"), copy=("model_readme_nc",))
    r = LicenseGate(_policy(), "default.yaml").check(m)
    entry = r.evidence["sources"][0]
    assert entry["declared_by_folder"] == [{"file": "README.md", "license": "cc-by-nc-4.0"}]
    # the stricter of the two licences applies: the README's NC licence is denied for commercial use
    assert entry["verdict"] == "deny" and r.verdict == "fail"
    assert "README.md declares licence 'CC-BY-NC-4.0' but the manifest says 'MIT'" in entry["reasons"][0]


def test_folder_that_agrees_passes_and_its_license_file_is_recognised(tmp_path):
    m = _manifest(tmp_path, "models:\n" + _ds("base", "apache-2.0", path="model_apache"), copy=("model_apache",))
    entry = LicenseGate(_policy()).check(m).evidence["sources"][0]
    assert entry["verdict"] == "allow"
    assert {"file": "LICENSE", "license": "Apache-2.0"} in entry["declared_by_folder"]


def test_non_spdx_readme_licence_needs_review(tmp_path):
    folder = tmp_path / "m"
    folder.mkdir()
    (folder / "README.md").write_text("---\nlicense: other\nlicense_name: custom\n---\n# m\n")
    m = _manifest(tmp_path, "models:\n" + _ds("base", "MIT", path="m"), copy=())
    entry = LicenseGate(_policy()).check(m).evidence["sources"][0]
    assert entry["verdict"] == "review" and "'other', which is not an SPDX licence" in entry["reasons"][0]


def test_unrecognised_license_file_needs_review(tmp_path):
    folder = tmp_path / "m"
    folder.mkdir()
    (folder / "LICENSE").write_text("Copyright Acme. You may use this model only on Tuesdays.\n")
    m = _manifest(tmp_path, "models:\n" + _ds("base", "MIT", path="m"), copy=())
    entry = LicenseGate(_policy()).check(m).evidence["sources"][0]
    assert entry["verdict"] == "review" and "LICENSE holds a licence text the gate does not recognise" in entry["reasons"][0]


def test_hf_dataset_folder_declares_its_licence_in_dataset_info(tmp_path):
    folder = tmp_path / "ds"
    (folder / "train").mkdir(parents=True)
    (folder / "dataset_dict.json").write_text('{"splits": ["train"]}')
    (folder / "train" / "dataset_info.json").write_text('{"license": "cc-by-sa-4.0"}')
    assert folder_declarations(folder) == [("train/dataset_info.json", "cc-by-sa-4.0")]
    m = _manifest(tmp_path, "datasets:\n" + _ds("wiki", "CC-BY-4.0", path="ds"), copy=())
    entry = LicenseGate(_policy()).check(m).evidence["sources"][0]
    assert entry["verdict"] == "review" and "dataset_info.json declares" in entry["reasons"][0]


def test_licence_text_identification():
    assert identify_license_text((ASSETS / "model_apache" / "LICENSE").read_text()) == "Apache-2.0"
    assert identify_license_text("Permission is hereby granted, free of charge, to any person obtaining a copy") == "MIT"
    assert identify_license_text("All rights reserved.") is None


# --------------------------------------------------------------------------- the mixture


def test_mixture_lists_every_obligation_of_the_sources_used(tmp_path):
    m = _manifest(tmp_path, "datasets:\n" + _ds("a", "CC-BY-4.0", extra="    attribution: Example Org\n")
                  + _ds("b", "CC-BY-4.0") + _ds("c", "Apache-2.0") + _ds("nc", "CC-BY-NC-4.0"))
    r = LicenseGate(_policy()).check(m)
    mix = r.evidence["mixture"]
    assert mix["sources"] == ["a", "b", "c"]  # the denied source is not part of what is trained on
    attribution = {o["license"]: o["sources"] for o in mix["obligations"] if o["kind"] == "attribution"}
    assert attribution == {"CC-BY-4.0": ["a", "b"], "Apache-2.0": ["c"]}
    assert {o["kind"] for o in mix["obligations"]} >= {"attribution", "notice", "state-changes"}
    assert [c["attribution"] for c in mix["credits"] if c["name"] == "a"] == ["Example Org"]
    assert mix["conflicts"] == []


def test_policy_attaches_obligations_to_its_own_licences(tmp_path):
    m = _manifest(tmp_path, "datasets:\n" + _ds("crm", "LicenseRef-acme-internal") + _ds("code", "MIT"))
    p = _policy(allow=["LicenseRef-acme-internal"],
                obligations={"licenseref-acme-internal": ["attribution"], "MIT": ["notice", "state-changes"]})
    r = LicenseGate(p, "acme.yaml").check(m)
    assert r.verdict == "pass"
    got = {(o["kind"], o["license"]) for o in r.evidence["mixture"]["obligations"]}
    assert got == {("attribution", "LicenseRef-acme-internal"), ("notice", "MIT"), ("state-changes", "MIT")}
    assert "as policy acme.yaml requires" in next(o["text"] for o in r.evidence["mixture"]["obligations"]
                                                   if o["license"] == "LicenseRef-acme-internal")


def test_incompatible_share_alike_sources_conflict(tmp_path):
    text = "datasets:\n" + _ds("wiki", "CC-BY-SA-4.0") + _ds("code", "GPL-2.0-only")
    m = _manifest(tmp_path, text)
    r = LicenseGate(_policy(copyleft="allow", model_license=None)).check(m)
    conflicts = r.evidence["mixture"]["conflicts"]
    assert [c["kind"] for c in conflicts] == ["share-alike"] and conflicts[0]["sources"] == ["wiki", "code"]
    assert r.verdict == "review" and conflicts[0]["reason"] in r.reasons
    assert allowed_sources(r) == ["wiki", "code"]  # each is fine alone; the combination is what is flagged
    assert LicenseGate(_policy(copyleft="allow", model_license=None, on_conflict="fail")).check(m).verdict == "fail"


def test_share_alike_data_in_a_permissively_shipped_model_conflicts(tmp_path):
    m = _manifest(tmp_path, "datasets:\n" + _ds("wiki", "CC-BY-SA-4.0") + _ds("code", "GPL-3.0-only"))
    r = LicenseGate(_policy(copyleft="allow"), "default.yaml").check(m)  # ships under Apache-2.0
    kinds = [(c["kind"], c["sources"]) for c in r.evidence["mixture"]["conflicts"]]
    # CC-BY-SA-4.0 flows one way into GPLv3, so the two may be combined; neither flows into Apache-2.0
    assert kinds == [("model-license", ["wiki"]), ("model-license", ["code"])]
    assert combinable("CC-BY-SA-4.0", "GPL-3.0-only") == "GPL-3.0-only"
    assert combinable("CC-BY-SA-4.0", "GPL-2.0-only") is None


def test_all_allowed_passes_and_review_blocks(tmp_path):
    m = _manifest(tmp_path, "datasets:\n" + _ds("a", "MIT") + _ds("sa", "CC-BY-SA-4.0"))
    r = LicenseGate(_policy()).check(m)
    assert r.verdict == "review" and allowed_sources(r) == ["a"]
    assert LicenseGate(_policy()).check(m, only=["a"]).verdict == "pass"


# --------------------------------------------------------------------------- selection and evidence


def test_only_restricts_datasets_and_keeps_the_models(tmp_path):
    m = _manifest(tmp_path, "datasets:\n" + _ds("a", "MIT") + _ds("b", "MIT")
                  + "models:\n" + _ds("base", "Apache-2.0", path="model_apache"), copy=("tickets.jsonl", "model_apache"))
    r = LicenseGate(_policy()).check(m, only=["b"])
    assert r.evidence["checked"] == ["b", "base"]
    with pytest.raises(ConfigError, match="no dataset named 'zzz'"):
        LicenseGate(_policy()).check(m, only=["zzz"])


def test_evidence_is_json_and_has_the_contract_fields(tmp_path):
    m = _manifest(tmp_path, "datasets:\n" + _ds("a", "MIT"))
    r = LicenseGate(_policy()).check(m)
    entry = json.loads(r.model_dump_json())["evidence"]["sources"][0]
    for key in ("name", "kind", "license", "verdict", "reasons", "path", "source", "sha256", "declared_sha256",
                "obligations"):
        assert key in entry
    assert r.gate == "license" and r.evidence["counts"] == {"allow": 1, "review": 0, "deny": 0}


# --------------------------------------------------------------------------- CLI


def test_cli_check_exit_codes_and_json(tmp_path):
    ok = _manifest(tmp_path, "datasets:\n" + _ds("a", "MIT"))
    runner = CliRunner()
    res = runner.invoke(app, ["license", "check", str(tmp_path / "manifest.yaml")])
    assert res.exit_code == 0 and "allow" in res.output and ok.datasets[0].name in res.output
    bad = tmp_path / "bad"
    bad.mkdir()
    _manifest(bad, "datasets:\n" + _ds("nc", "CC-BY-NC-4.0"))
    res = runner.invoke(app, ["licence", "check", str(bad / "manifest.yaml"), "--json", "--policy", "ccpa"])
    assert res.exit_code == 1
    data = json.loads(res.output)
    assert data["verdict"] == "fail" and data["evidence"]["sources"][0]["verdict"] == "deny"
    assert data["evidence"]["policy"]["name"] == "ccpa.yaml"


def test_cli_only_checks_the_named_datasets(tmp_path):
    _manifest(tmp_path, "datasets:\n" + _ds("a", "MIT") + _ds("nc", "CC-BY-NC-4.0"))
    runner = CliRunner()
    args = ["license", "check", str(tmp_path / "manifest.yaml"), "--json"]
    assert runner.invoke(app, args).exit_code == 1
    res = runner.invoke(app, [*args, "--only", "a"])
    assert res.exit_code == 0 and json.loads(res.output)["evidence"]["checked"] == ["a"]


def test_cli_notice_writes_the_file(tmp_path):
    _manifest(tmp_path, "datasets:\n" + _ds("a", "CC-BY-4.0", extra="    attribution: Example Org\n"))
    out = tmp_path / "NOTICE.md"
    res = CliRunner().invoke(app, ["license", "notice", str(tmp_path / "manifest.yaml"), "--out", str(out)])
    assert res.exit_code == 0, res.output
    text = out.read_text()
    assert "**a** by Example Org" in text and "CC-BY-4.0" in text


def test_cli_reports_a_broken_manifest_as_a_diagnosis(tmp_path):
    p = tmp_path / "m.yaml"
    p.write_text("datasets:\n  - name: a\n    licnse: MIT\n")
    res = CliRunner().invoke(app, ["license", "check", str(p)])
    assert res.exit_code != 0 and isinstance(res.exception, ConfigError)


# --------------------------------------------------------------------------- the shipped example


@pytest.mark.slow  # builds the tiny model (imports torch)
@pytest.mark.parametrize("policy", ["default", "gdpr", "ccpa"])
def test_example_manifest_passes_every_shipped_policy(tmp_path, policy):
    from governed_tuning.tinymodel import build_tiny_model

    examples = Path(__file__).resolve().parents[3] / "examples"
    shutil.copytree(examples, tmp_path / "examples")  # its paths point into ../examples/
    shutil.rmtree(tmp_path / "examples" / "models")
    m = load_manifest(tmp_path / "examples" / "manifest.yaml")
    assert LicenseGate(_policy(policy)).check(m).verdict == "fail"  # the base model is missing
    build_tiny_model(tmp_path / "examples" / "models" / "tiny-base")  # the same bytes as the shipped one
    r = LicenseGate(_policy(policy)).check(m)
    assert r.verdict == "pass", r.reasons
    assert allowed_sources(r) == ["support-chats", "preferences", "tiny-base"]
