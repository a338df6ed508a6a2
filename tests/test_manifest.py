import json

import pytest

from governed_tuning.errors import ConfigError
from governed_tuning.manifest import load_manifest


def _write(tmp_path, text, name="manifest.yaml"):
    p = tmp_path / name
    p.write_text(text)
    return p


def test_loads_datasets_and_models_with_paths_relative_to_the_manifest(tmp_path):
    sub = tmp_path / "cfg"
    sub.mkdir()
    p = _write(sub, "datasets:\n  - name: tickets\n    path: ../data/t.jsonl\n    license: CC-BY-4.0\n"
                    "    source: https://example.org/t\n    revision: 2026-10-01\n"
                    "models:\n  - name: base\n    path: /abs/model\n    license: MIT\n")
    m = load_manifest(p)
    assert m.base_dir == sub.resolve()
    assert [s.name for s in m.datasets] == ["tickets"] and [s.name for s in m.models] == ["base"]
    assert m.resolve(m.datasets[0]) == sub.resolve() / "../data/t.jsonl"
    assert str(m.resolve(m.models[0])) == "/abs/model"
    # YAML reads 2026-10-01 as a date; a revision is text
    assert m.datasets[0].revision == "2026-10-01"
    assert [(k, s.name) for k, s in m.sources()] == [("dataset", "tickets"), ("model", "base")]


def test_json_manifest_and_digest_normalisation(tmp_path):
    digest = "AB" * 32
    p = _write(tmp_path, json.dumps({"datasets": [{"name": "d", "path": "d.csv", "sha256": f"sha256:{digest}"}]}),
               "m.json")
    m = load_manifest(p)
    assert m.datasets[0].sha256 == digest.lower()
    assert m.datasets[0].license is None  # missing licence is the gate's business, not a load error


def test_unknown_key_names_file_line_and_field(tmp_path):
    p = _write(tmp_path, "datasets:\n  - name: d\n    path: x.jsonl\n    licence: MIT\n")
    with pytest.raises(ConfigError) as exc:
        load_manifest(p)
    msg = str(exc.value)
    assert f"{p}:4" in msg and "datasets.0.licence" in msg and "unknown key" in msg


def test_malformed_digest_is_a_config_error(tmp_path):
    p = _write(tmp_path, "datasets:\n  - name: d\n    sha256: not-a-digest\n")
    with pytest.raises(ConfigError) as exc:
        load_manifest(p)
    assert "datasets.0.sha256" in str(exc.value) and f"{p}:3" in str(exc.value)


def test_duplicate_names_are_refused(tmp_path):
    p = _write(tmp_path, "datasets:\n  - name: d\n    path: a\nmodels:\n  - name: d\n    path: b\n")
    with pytest.raises(ConfigError, match="'d' is used twice"):
        load_manifest(p)


def test_name_must_be_safe_for_file_names(tmp_path):
    p = _write(tmp_path, "datasets:\n  - name: ../escape\n")
    with pytest.raises(ConfigError, match="datasets.0.name"):
        load_manifest(p)


def test_empty_manifest_is_refused(tmp_path):
    with pytest.raises(ConfigError, match="lists no datasets and no models"):
        load_manifest(_write(tmp_path, "datasets: []\n"))


def test_missing_file(tmp_path):
    with pytest.raises(ConfigError, match="file not found"):
        load_manifest(tmp_path / "absent.yaml")


def test_get_unknown_source_names_the_choices(tmp_path):
    m = load_manifest(_write(tmp_path, "datasets:\n  - name: d\n"))
    assert m.get("d").name == "d"
    with pytest.raises(ConfigError, match="no dataset or model named 'x'.*lists: d"):
        m.get("x")
