"""The catalogue of kinds, what the shipped policies target, and `policy show` listing both."""

from __future__ import annotations

import yaml
from typer.testing import CliRunner

from governed_tuning.cli import app
from governed_tuning.gates.pii.kinds import KINDS, looked_for
from governed_tuning.policy import load_policy

NATIONAL = {k for k, v in KINDS.items() if v.group == "government id"}


def test_every_shipped_policy_targets_dates_of_birth_places_and_every_national_identifier():
    for name in ("default", "gdpr", "ccpa"):
        targeted = set(load_policy(name).policy.pii.entities)
        assert {"PERSON", "DATE_OF_BIRTH", "LOCATION", "CRYPTO", "MEDICAL_RECORD_NUMBER"} <= targeted, name
        assert NATIONAL <= targeted, (name, sorted(NATIONAL - targeted))


def test_gdpr_and_ccpa_target_the_special_categories_their_laws_name():
    gdpr, ccpa = (set(load_policy(n).policy.pii.entities) for n in ("gdpr", "ccpa"))
    assert {"HEALTH_DATA", "RELIGION", "NRP"} <= gdpr  # GDPR Art. 9
    assert {"MAC_ADDRESS", "DEVICE_ID", "UUID", "IP_ADDRESS"} <= gdpr  # Art. 4(1) online identifiers
    assert {"HEALTH_DATA", "RELIGION", "NRP", "URL", "DEVICE_ID", "HOUSEHOLD_ID"} <= ccpa  # 1798.140(v), (ae)
    assert not {"HEALTH_DATA", "RELIGION"} & set(load_policy("default").policy.pii.entities)


def test_looked_for_splits_the_catalogue():
    split = looked_for({"PERSON": None, "EMAIL_ADDRESS": None})
    assert split["looked_for"] == ["EMAIL_ADDRESS", "PERSON"]
    assert len(split["not_looked_for"]) == len(KINDS) - 2 and "DATE_TIME" in split["not_looked_for"]


def test_policy_show_lists_every_kind_looked_for_and_stays_a_loadable_policy():
    out = CliRunner().invoke(app, ["policy", "show", "gdpr"]).output
    assert yaml.safe_load(out)["name"] == "gdpr"  # the kinds are YAML comments
    for kind in load_policy("gdpr").policy.pii.entities:
        assert f"#   {kind} " in out
    assert "GDPR Art. 9" in out and "python-stdnum" in out
    assert "# Not looked for" in out and "DATE_TIME" in out.split("# Not looked for")[1]
