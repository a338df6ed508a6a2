"""RunFolder: one owner of the run folder's names and of the role each file has."""

from governed_tuning.run.folder import RunFolder, role_of


def test_every_path_of_a_run_comes_from_the_folder(tmp_path):
    f = RunFolder.of(tmp_path / "reports", "20261130T070000Z-abcdef")
    assert f.run_id == "20261130T070000Z-abcdef" and f.ledger == tmp_path / "reports" / "ledger.jsonl"
    assert f.rel(f.evidence("stage-sft", "pii")) == "gates/stage-sft/pii.json"
    assert f.rel(f.chart("model", "fairness")) == "gates/model/fairness.png"
    assert f.rel(f.scrubbed("sft", "chats.jsonl")) == "data/sft/chats.jsonl"
    assert [f.rel(p) for p in (f.record, f.bom, f.notice, f.report, f.html, f.envelope)] == [
        "run.json", "bom.cdx.json", "NOTICE.md", "report.json", "report.html", "report.dsse.json"]
    f.model_dir("sft").mkdir(parents=True)
    (f.model_dir("sft") / "model.safetensors").write_bytes(b"w")
    f.envelope.write_text("{}")
    (f.path / "escape").symlink_to(tmp_path)
    assert f.files() == ["models/sft/model.safetensors"]  # no envelope, no symlink followed


def test_roles_follow_the_layout():
    assert {r: role_of(r) for r in ("run.json", "bom.cdx.json", "NOTICE.md", "data/sft/x.jsonl",
                                    "models/sft/README.md", "models/sft/model.sig", "models/sft/w.bin",
                                    "gates/model/fairness.png", "gates/model/fairness.json", "notes.txt")} == {
        "run.json": "run_record", "bom.cdx.json": "bom", "NOTICE.md": "notice", "data/sft/x.jsonl": "scrubbed_dataset",
        "models/sft/README.md": "model_card", "models/sft/model.sig": "model_signature",
        "models/sft/w.bin": "model_file", "gates/model/fairness.png": "chart",
        "gates/model/fairness.json": "evidence", "notes.txt": "other"}
