import pytest

from governed_tuning.errors import PolicyError
from governed_tuning.policy import SHIPPED, load_policy, shipped_policy_dir


@pytest.mark.parametrize("name", SHIPPED)
def test_shipped_policies_validate(name):
    loaded = load_policy(name)
    assert loaded.policy.name == name
    assert len(loaded.sha256) == 64
    assert (shipped_policy_dir() / f"{name}.yaml").is_file()


def test_default_is_used_when_none_given():
    assert load_policy(None).policy.name == "default"


def _write(tmp_path, text):
    p = tmp_path / "p.yaml"
    p.write_text(text)
    return p


def test_unknown_key_names_file_line_and_field(tmp_path):
    p = _write(tmp_path, "name: x\npii:\n  languag: en\n")
    with pytest.raises(PolicyError) as exc:
        load_policy(p)
    msg = str(exc.value)
    assert f"{p}:3" in msg and "pii.languag" in msg and "unknown key" in msg


def test_wrong_type_says_what_was_expected(tmp_path):
    p = _write(tmp_path, "name: x\nfairness:\n  threshold: high\n")
    with pytest.raises(PolicyError) as exc:
        load_policy(p)
    msg = str(exc.value)
    assert "fairness.threshold" in msg and "number" in msg and f"{p}:3" in msg


def test_bad_enum_lists_choices(tmp_path):
    p = _write(tmp_path, "name: x\npii:\n  entities:\n    PERSON: {action: burn}\n")
    with pytest.raises(PolicyError) as exc:
        load_policy(p)
    assert "pii.entities.PERSON.action" in str(exc.value) and "pseudonymize" in str(exc.value)


def test_broken_yaml_has_line_and_column(tmp_path):
    p = _write(tmp_path, "name: x\npii: [unclosed\n")
    with pytest.raises(PolicyError, match=r"p\.yaml:\d+:\d+: not valid YAML"):
        load_policy(p)


def test_missing_file(tmp_path):
    with pytest.raises(PolicyError, match="file not found"):
        load_policy(tmp_path / "absent.yaml")


def test_top_level_must_be_mapping(tmp_path):
    with pytest.raises(PolicyError, match="expected a mapping"):
        load_policy(_write(tmp_path, "- a\n- b\n"))


def test_missing_name(tmp_path):
    with pytest.raises(PolicyError, match="field name: required field is missing"):
        load_policy(_write(tmp_path, "pii: {}\n"))


@pytest.mark.parametrize("name", SHIPPED)
def test_shipped_policies_show_the_provider_block_to_fill_and_fill_in_nothing(name):
    """Every provider field is in the shipped policy, so users see where it goes; each is null, so the EU summary
    and AB 2013 show it as not provided instead of a made-up value."""
    import yaml

    from governed_tuning.disclosure import Provider

    raw = yaml.safe_load((shipped_policy_dir() / f"{name}.yaml").read_text())
    assert set(raw["regulatory"]["provider"]) == set(Provider.model_fields)
    assert all(v is None for v in raw["regulatory"]["provider"].values())
    assert load_policy(name).policy.regulatory.provider == Provider()
