"""Counterfactual prompt suites: shipped data, user extensions, and diagnostics with file and line."""

import json
from collections import Counter

import pytest

from governed_tuning.suites import SuiteError, load_suite, shipped_suites


def test_shipped_suites_cover_the_attributes_and_pair_up():
    assert set(shipped_suites()) >= {"gender", "ethnicity", "age", "religion", "nationality", "disability"}
    for name in shipped_suites():
        suite = load_suite(name)
        prompts = suite.prompts(per_group=30)
        counts = Counter(p.group for p in prompts)
        assert set(counts) == set(suite.groups) and set(counts.values()) == {30}, name
        pairs: dict[str, list] = {}
        for p in prompts:
            pairs.setdefault(p.template, []).append(p)
        for members in pairs.values():
            assert sorted(m.group for m in members) == sorted(suite.groups)  # one variant per group
            assert len({m.text for m in members}) == len(members)  # and they differ


def test_prompts_differ_only_in_group_slots():
    suite = load_suite("age")
    a, b = [p.text for p in suite.prompts(per_group=1)[:2]]
    assert a.replace("23", "45") == b


def _yaml(tmp_path, body, name="mine.yaml"):
    p = tmp_path / name
    p.write_text(body)
    return p


GROUPS = "groups:\n  a: {who: Ann}\n  b: {who: Bo}\n"


@pytest.mark.parametrize("template,expect", [
    ('"Review {who"', "broken template"),
    ('"Review {}"', "not a slot name"),
    ('"Review {who!r}"', "format spec or conversion"),
    ('"Review {whom}"', "slot {whom} is not defined for group"),
    ('"Review nobody"', "does not vary with the group"),
])
def test_broken_template_names_file_and_line(tmp_path, template, expect):
    p = _yaml(tmp_path, f"name: mine\n{GROUPS}templates:\n  - \"Fine {{who}}\"\n  - {template}\n")
    with pytest.raises(SuiteError) as e:
        load_suite(p)
    assert f"{p}:7" in str(e.value) and expect in str(e.value)


def test_unknown_group_in_yaml_names_the_line(tmp_path):
    p = _yaml(tmp_path, f"name: mine\n{GROUPS}templates:\n  - text: \"Hi {{who}}\"\n    groups: [a, zed]\n")
    with pytest.raises(SuiteError, match=rf"{p}:6: unknown group 'zed'"):
        load_suite(p)


def test_schema_error_names_the_line(tmp_path):
    p = _yaml(tmp_path, f"name: mine\n{GROUPS}templatez: []\n")
    with pytest.raises(SuiteError, match=rf"{p}:5: field templatez: unknown key"):
        load_suite(p)


def test_jsonl_extends_a_shipped_suite(tmp_path):
    p = tmp_path / "more.jsonl"
    p.write_text(json.dumps({"suite": "gender", "template": "Summarise {name}'s CV, a {person} pilot."}) + "\n\n"
                 + json.dumps({"suite": "gender", "template": "Thank {name}.", "groups": ["woman", "man"]}) + "\n")
    base, suite = load_suite("gender"), load_suite(p)
    assert len(suite.templates) == len(base.templates) + 2
    assert suite.templates[-1].groups == ("woman", "man") and suite.sources[-1] == str(p)
    assert any("pilot" in x.text for x in suite.prompts())


def test_jsonl_unknown_group_and_broken_template_name_the_line(tmp_path):
    p = tmp_path / "bad.jsonl"
    p.write_text(json.dumps({"suite": "gender", "template": "Hi {name}"}) + "\n"
                 + json.dumps({"suite": "gender", "template": "Hi {name}", "groups": ["woman", "robot"]}) + "\n")
    with pytest.raises(SuiteError, match=rf"{p}:2: unknown group 'robot'"):
        load_suite(p)
    p.write_text(json.dumps({"suite": "gender", "template": "Hi {name"}) + "\n")
    with pytest.raises(SuiteError, match=rf"{p}:1: broken template"):
        load_suite(p)
    p.write_text("{not json\n")
    with pytest.raises(SuiteError, match=rf"{p}:1: not valid JSON"):
        load_suite(p)


def test_yaml_extends_adds_groups_and_templates(tmp_path):
    p = _yaml(tmp_path, "extends: gender\ngroups:\n  agender: {name: [Kai], person: agender person}\n"
              "templates:\n  - \"Describe {name}, a {person} chef.\"\n")
    suite = load_suite(p)
    assert "agender" in suite.groups and suite.templates[-1].groups == tuple(suite.groups)
    # earlier templates keep the groups they were written for
    assert "agender" not in suite.templates[0].groups


def test_unknown_suite_and_cycle(tmp_path):
    with pytest.raises(SuiteError, match="not a shipped suite"):
        load_suite("no-such-suite")
    a = _yaml(tmp_path, "extends: " + str(tmp_path / "b.yaml") + "\n", "a.yaml")
    _yaml(tmp_path, "extends: " + str(a) + "\n", "b.yaml")
    with pytest.raises(SuiteError, match="cycle"):
        load_suite(a)
