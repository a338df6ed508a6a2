"""`fairness run --engine ray`: generation and scoring over Ray actors give the local engine's result."""

import json
import sys

import pytest

from governed_tuning import raycluster
from governed_tuning.cli import main
from governed_tuning.errors import ConfigError
from governed_tuning.gates.fairness import FairnessGate
from governed_tuning.policy import FairnessPolicy


@pytest.fixture(scope="module")
def lm(tmp_path_factory):
    from governed_tuning.tinymodel import build_tiny_model

    return build_tiny_model(tmp_path_factory.mktemp("ray_fair") / "lm")


@pytest.mark.slow
def test_ray_engine_equals_the_local_engine_on_the_tiny_model(lm, ray_local):
    pol = FairnessPolicy(prompts_per_group=8, n_boot=200, max_new_tokens=6)  # 24 prompts: 2 batches of 16 and 8
    local = FairnessGate(pol).check_model(lm, suite="gender", scorer="vader")
    far = FairnessGate(pol).check_model(lm, suite="gender", scorer="vader", engine="ray", workers=2)
    a, b = local.evidence.as_dict(), far.evidence.as_dict()
    engine = b.pop("engine")
    assert a == b and local.verdict == far.verdict and local.reasons == far.reasons
    assert engine["name"] == "ray" and engine["workers"] == 2 and engine["batches"] == 2
    assert engine["cluster"]["address_kind"] == "joined" and engine["cluster"]["cpus"] == 2
    assert "engine" not in a  # the local engine's evidence is as it was


def test_engine_ray_without_the_extra_says_how_to_install_it(tmp_path, monkeypatch, capsys):
    monkeypatch.setitem(sys.modules, "ray", None)  # as if the extra were not installed
    with pytest.raises(ConfigError, match=r"governed-tuning\[ray\]"):
        raycluster.require_ray()
    with pytest.raises(SystemExit) as exc:
        main(["fairness", "run", str(tmp_path), "--engine", "ray", "--prompts-per-group", "2"])
    assert exc.value.code == 2 and "pip install 'governed-tuning[ray]'" in capsys.readouterr().err


def test_unknown_engine_and_bbq_on_ray_are_refused(tmp_path):
    with pytest.raises(ConfigError, match="expected one of local, ray"):
        FairnessGate().check_model(tmp_path, engine="spark")
    with pytest.raises(ConfigError, match="bbq suite runs on the local engine"):
        FairnessGate().check_model(tmp_path, suite="bbq", engine="ray")


@pytest.mark.parametrize("address,kind", [(None, "local"), ("local", "local"), ("127.0.0.1:6379", "local"),
                                          ("ray://localhost:10001", "local"), ("[::1]:6379", "local"),
                                          ("10.0.0.5:6379", "cluster"), ("ray://head.example:10001", "cluster"),
                                          ("auto", "cluster")])
def test_address_kind(address, kind):
    assert raycluster.address_kind(address) == kind


def test_evidence_schema_takes_the_engine():
    from governed_tuning.gates.fairness.evidence import FairnessEvidence

    ev = FairnessEvidence.model_validate({"n_records": 1, "engine": {"name": "ray", "workers": 2, "batches": 3}})
    assert json.loads(json.dumps(ev.as_dict()))["engine"]["workers"] == 2


def test_ray_options_without_the_ray_engine_are_refused(tmp_path, capsys):
    src = tmp_path / "in.jsonl"
    src.write_text('{"prompt": "hello"}\n')
    for argv in (["scrub", str(src), "--out", str(tmp_path / "o.jsonl"), "--ray-address", "auto"],
                 ["fairness", "run", str(tmp_path), "--workers", "2"]):
        with pytest.raises(SystemExit) as exc:
            main(argv)
        assert exc.value.code == 2 and "apply to --engine ray only" in capsys.readouterr().err
    assert not (tmp_path / "o.jsonl").exists()
