import pytest
from transformers import AutoModelForCausalLM

from governed_tuning.digest import sha256_file
from governed_tuning.errors import InputError
from governed_tuning.stages import sft


def test_sft_trains_saves_and_digests(tiny, make_input):
    root, base, _ = tiny
    steps = []
    res = sft.train(make_input(root, "pc.jsonl", base, "sft", args={"max_length": 64},
                               on_step=lambda s, t: steps.append((s, t))))
    assert res.metrics["global_step"] == 2 and len(res.metrics["loss_curve"]) == 2
    assert steps == [(1, 2), (2, 2)]
    assert res.inputs[0].sha256 == sha256_file(root / "pc.jsonl")
    written = {a.path: a.sha256 for a in res.outputs}
    assert "models/sft/model.safetensors" in written
    assert written["models/sft/model.safetensors"] == sha256_file(root / "models/sft/model.safetensors")
    assert not (root / "models/sft/checkpoints").exists()
    assert res.trl_args["max_length"] == 64 and res.trl_args["seed"] == 0
    AutoModelForCausalLM.from_pretrained(res.model_dir)  # loads back like any checkpoint


def test_sft_with_lora_saves_a_merged_model(tiny, make_input):
    root, base, _ = tiny
    res = sft.train(make_input(root, "pc.jsonl", base, "sft-lora", args={"max_length": 64},
                               lora={"r": 4, "lora_alpha": 8, "target_modules": ["q_proj", "v_proj"]}))
    assert (res.model_dir / "model.safetensors").exists() and not (res.model_dir / "adapter_config.json").exists()


def test_sft_refuses_records_without_its_fields(tiny, make_input):
    root, base, _ = tiny
    with pytest.raises(InputError, match="needs records with fields"):
        sft.train(make_input(root, "prompts.jsonl", base, "sft-bad"))
