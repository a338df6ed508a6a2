"""Where the records go on the Ray engine: a warning in the log and the evidence when they cross the network
unencrypted, the object store's spill folder as a setting. Nothing here connects to any Ray but the tests'
loopback one."""

from __future__ import annotations

import logging

import pytest

from governed_tuning import raycluster
from governed_tuning.cli import main
from governed_tuning.config import EngineConfig
from governed_tuning.errors import ConfigError
from governed_tuning.gates.engine import RayCluster


@pytest.mark.parametrize("addresses,env,want", [
    (["127.0.0.1:6379", "127.0.0.1"], {}, "this machine"),
    (["localhost:6379", "::1", "[::1]:6379"], {}, "this machine"),
    (["192.0.2.2:6379", "192.0.2.2"], {}, "this machine"),  # this machine's own address
    (["127.0.0.1:6379", "10.0.0.7"], {}, "unencrypted"),  # a worker node on the network
    (["10.0.0.5:6379"], {}, "unencrypted"),
    (["ray://[2001:db8::1]:10001"], {}, "unencrypted"),
    (["10.0.0.5:6379"], {"RAY_USE_TLS": "1"}, "tls"),
    (["10.0.0.5:6379"], {"RAY_USE_TLS": "true"}, "tls"),
    (["10.0.0.5:6379"], {"RAY_USE_TLS": "0"}, "unencrypted"),
])
def test_transport_leaves_this_machine_only_with_a_node_elsewhere(addresses, env, want):
    assert raycluster.transport(addresses, env, here={"192.0.2.2"}) == want


def test_an_unencrypted_cluster_is_a_warning_in_the_evidence_and_a_loopback_one_is_not():
    clear = raycluster.RayInfo("cluster", 3, 48.0, 0.0, "2.60.0", transport="unencrypted")
    ev = RayCluster.model_validate(clear.evidence())
    assert ev.transport == "unencrypted" and ev.warnings and "RAY_USE_TLS" in ev.warnings[0]
    local = RayCluster.model_validate(raycluster.RayInfo("local", 1, 2.0, 0.0, "2.60.0").evidence())
    assert local.transport == "this machine" and local.object_spilling == "ray default" and not local.warnings


def test_the_joined_local_ray_is_described_without_a_warning(ray_local, caplog):
    with caplog.at_level(logging.WARNING, logger="governed_tuning.raycluster"):
        with raycluster.session() as info:
            pass
    assert info.address_kind == "joined" and info.transport == "this machine" and info.warning is None
    assert info.spilling == "where Ray was started" and not caplog.records


def test_spill_folder_is_for_the_private_ray_only(tmp_path, capsys):
    raycluster.check_engine("ray", None, None, tmp_path / "spill")
    with pytest.raises(ConfigError, match="spills where each node"):
        raycluster.check_engine("ray", "10.0.0.5:6379", None, tmp_path / "spill")
    with pytest.raises(ConfigError, match="apply to --engine ray only"):
        raycluster.check_engine("local", None, None, tmp_path / "spill")
    with pytest.raises(SystemExit) as e:
        main(["scrub", str(tmp_path / "in.jsonl"), "--out", str(tmp_path / "o"), "--ray-spill-dir", str(tmp_path)])
    assert e.value.code == 2 and "apply to --engine ray only" in capsys.readouterr().err
    assert EngineConfig(name="ray", spill_dir="spill").spill_dir == "spill"
    with pytest.raises(ValueError, match="spill_dir applies to the private Ray"):
        EngineConfig(name="ray", ray_address="auto", spill_dir="spill")
    with pytest.raises(ValueError, match="apply to name: ray only"):
        EngineConfig(ray_address="auto", workers=2)


def test_the_spill_folder_is_made_private(tmp_path):
    p = raycluster._private_folder(tmp_path / "a" / "spill")
    assert p.is_dir() and (p.stat().st_mode & 0o777) == 0o700
