"""The dashboard modules (settings, listing, trust, summaries, bundle): settings, listing, loading with clear problems, fingerprints, safe bundle unpacking."""

from __future__ import annotations

import io
import json
import os
import tarfile
import zipfile
from pathlib import Path

import pytest

from governed_tuning.dashboard import bundle, listing, settings, summaries, trust


def test_settings_from_env_reads_folder_and_pathsep_keys(tmp_path):
    env = {settings.REPORTS_ENV: str(tmp_path), settings.PUBKEYS_ENV: os.pathsep.join(["a.pem", "", "b.pem"])}
    cfg = settings.settings_from_env(env)
    assert cfg.reports_dir == tmp_path
    assert cfg.pubkeys == (Path("a.pem"), Path("b.pem"))
    assert settings.settings_from_env({}).reports_dir == Path("reports")


def test_list_run_dirs_newest_first_and_ignores_other_entries(tmp_path):
    for name in ["20260101T000000Z-aaaaaa", "20260301T000000Z-bbbbbb", "notes", "20260201T000000Z-cccccc"]:
        (tmp_path / name).mkdir()
    (tmp_path / "ledger.jsonl").write_text("")
    assert [p.name for p in listing.list_run_dirs(tmp_path)] == [
        "20260301T000000Z-bbbbbb", "20260201T000000Z-cccccc", "20260101T000000Z-aaaaaa"]
    assert listing.list_run_dirs(tmp_path / "missing") == []
    assert "does not exist" in listing.reports_problem(tmp_path / "missing")


def test_load_run_reports_corrupt_and_half_written_runs_as_problems(tmp_path, runs):
    good = runs.write_run(tmp_path, runs.make_record("20260101T000000Z-aaaaaa"))
    assert listing.load_run(good).ok
    corrupt = tmp_path / "20260102T000000Z-bbbbbb"
    corrupt.mkdir()
    (corrupt / "report.json").write_text('{"record": {"run_id": ')
    assert "not valid JSON (line 1" in listing.load_run(corrupt).problem
    half = tmp_path / "20260103T000000Z-cccccc"
    half.mkdir()
    (half / "run.json").write_text('{"run_id": ')
    assert "No report.json, and run.json is not valid JSON" in listing.load_run(half).problem
    running = tmp_path / "20260105T000000Z-eeeeee"
    running.mkdir()
    (running / "run.json").write_text(runs.make_record(running.name).model_copy(update={"status": "running"})
                                      .model_dump_json())
    loaded = listing.load_run(running)
    assert loaded.ok and loaded.source == "run.json" and loaded.record.status == "running"
    assert trust.verify_run_dir(running, ()).label == "unsigned: no report yet (run.json only)"
    wrong = tmp_path / "20260104T000000Z-dddddd"
    wrong.mkdir()
    (wrong / "report.json").write_text(json.dumps({"record": {"run_id": "x", "policy": {}, "status": "odd"}}))
    problem = listing.load_run(wrong).problem
    assert "does not hold a valid run record" in problem and "field status" in problem


def test_fingerprint_changes_when_any_file_changes(tmp_path, runs):
    run = runs.write_run(tmp_path, runs.make_record("20260101T000000Z-aaaaaa"))
    before = listing.fingerprint(run)
    assert listing.fingerprint(run) == before
    (run / "models" / "sft" / "weights.bin").write_bytes(b"x")
    after_add = listing.fingerprint(run)
    assert after_add != before
    doc = json.loads((run / "report.json").read_text())
    doc["record"]["releasable"] = not doc["record"]["releasable"]
    (run / "report.json").write_text(json.dumps(doc))
    assert listing.fingerprint(run) != after_add


def test_summary_row_takes_worst_verdict_per_gate(tmp_path, runs):
    run = listing.load_run(runs.write_run(tmp_path, runs.make_record("20260101T000000Z-aaaaaa", fairness="review")))
    row = summaries.summary_row(run, trust.Signature("unsigned"))
    assert row["gate:fairness"] == "review" and row["gate:pii"] == "pass"
    assert row["base_model"] == "tiny-gpt2" and row["signature"] == "unsigned"


def test_curves_and_policy_diff(runs):
    a = runs.make_record("20260101T000000Z-aaaaaa", loss=(3.0, 2.0), policy_limit=0.1)
    b = runs.make_record("20260102T000000Z-bbbbbb", loss=(3.0, 1.0), policy_limit=0.05)
    assert summaries.curves({"loss": [3.0, 2.0], "acc": [1.0]}) == {"loss": [(0.0, 3.0), (1.0, 2.0)]}
    cv = summaries.curves({"log_history": [{"step": 1, "loss": 2.5}, {"step": 2, "loss": 2.0},
                                      {"step": 2, "train_runtime": 3.1}]})
    assert cv == {"loss": [(1.0, 2.5), (2.0, 2.0)]}
    assert summaries.final_metrics(b)["sft.loss"] == 1.0
    assert summaries.policy_diff(a, b) == [{"setting": "fairness.max_difference", "A": "0.1", "B": "0.05"}]


def _zip(entries: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, content in entries.items():
            zf.writestr(name, content)
    return buf.getvalue()


def test_unpack_bundle_finds_the_run_folder(tmp_path, runs):
    run = runs.write_run(tmp_path / "reports", runs.make_record("20260101T000000Z-aaaaaa"))
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w:gz") as tf:
        tf.add(run, arcname=run.name)
    found = bundle.unpack_bundle(buf.getvalue(), "run.tar.gz", tmp_path / "out")
    assert found.name == run.name and (found / "report.json").is_file()
    found = bundle.unpack_bundle(_zip({"report.json": b"{}"}), "run.zip", tmp_path / "out2")
    assert found == tmp_path / "out2"


@pytest.mark.parametrize("name", ["../evil/report.json", "/abs/report.json"])
def test_unpack_bundle_refuses_paths_outside_the_folder(tmp_path, name):
    with pytest.raises(bundle.BundleError, match="unsafe path|outside"):
        bundle.unpack_bundle(_zip({name: b"{}"}), "evil.zip", tmp_path / "out")
    assert not (tmp_path / "evil").exists()


def test_unpack_bundle_explains_wrong_input(tmp_path):
    with pytest.raises(bundle.BundleError, match="not a valid zip"):
        bundle.unpack_bundle(b"nope", "x.zip", tmp_path / "a")
    with pytest.raises(bundle.BundleError, match="holds no report.json"):
        bundle.unpack_bundle(_zip({"README": b"hi"}), "x.zip", tmp_path / "b")
    with pytest.raises(bundle.BundleError, match="expected a .zip"):
        bundle.unpack_bundle(b"", "x.rar", tmp_path / "c")


def test_a_damaged_or_truncated_bundle_is_explained_not_a_traceback(tmp_path):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("run/report.json", '{"a": 1}' * 100)
    damaged = bytearray(buf.getvalue())
    damaged[60] ^= 0xFF  # inside the compressed member: the central directory still reads
    with pytest.raises(bundle.BundleError, match="cannot be unpacked"):
        bundle.unpack_bundle(bytes(damaged), "run.zip", tmp_path / "a")
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w:gz") as tf:
        body = b'{"a": 1}' * 1000
        info = tarfile.TarInfo("run/report.json")
        info.size = len(body)
        tf.addfile(info, io.BytesIO(body))
    cut = buf.getvalue()[: len(buf.getvalue()) // 2]
    with pytest.raises(bundle.BundleError, match="cannot be unpacked"):
        bundle.unpack_bundle(cut, "run.tar.gz", tmp_path / "b")
