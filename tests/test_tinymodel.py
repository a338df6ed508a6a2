"""The tiny local model loads back through the Auto classes like a real checkpoint, deterministically."""

from transformers import AutoModelForCausalLM, AutoModelForSequenceClassification, AutoTokenizer

from governed_tuning.digest import sha256_tree
from governed_tuning.tinymodel import DEFAULT_CORPUS, EOS, PAD, build_tiny_model, build_tiny_reward_model


def test_same_seed_same_bytes_other_seed_other_weights(tmp_path):
    a = build_tiny_model(tmp_path / "a", seed=0)
    b = build_tiny_model(tmp_path / "b", seed=0)
    c = build_tiny_model(tmp_path / "c", seed=1)
    assert sha256_tree(a) == sha256_tree(b)
    assert (a / "model.safetensors").read_bytes() != (c / "model.safetensors").read_bytes()


def test_causal_lm_round_trip_tokenizer_and_generation(tmp_path):
    path = build_tiny_model(tmp_path / "m", corpus=DEFAULT_CORPUS, seed=0)
    tok = AutoTokenizer.from_pretrained(path)
    model = AutoModelForCausalLM.from_pretrained(path)
    assert tok.pad_token == PAD and tok.eos_token == EOS and tok.pad_token_id != tok.eos_token_id
    text = "naïve café ☕ 123"
    assert tok.decode(tok(text)["input_ids"]) == text  # byte level: any text round-trips
    chat = tok.apply_chat_template([{"role": "user", "content": "hi"}, {"role": "assistant", "content": "ok"}],
                                   tokenize=False)
    assert chat == f"user: hi\nassistant: ok{EOS}\n"
    enc = tok(["user: hi\nassistant: "], return_tensors="pt")
    out = model.generate(**enc, max_new_tokens=4, do_sample=False)
    assert out.shape[1] <= enc["input_ids"].shape[1] + 4
    assert model.config.num_hidden_layers == 2 and model.config.vocab_size == len(tok)


def test_reward_variant_scores_one_value_per_sequence(tmp_path):
    path = build_tiny_reward_model(tmp_path / "r", seed=0)
    tok = AutoTokenizer.from_pretrained(path)
    model = AutoModelForSequenceClassification.from_pretrained(path)
    logits = model(**tok(["good answer", "bad"], return_tensors="pt", padding=True)).logits
    assert tuple(logits.shape) == (2, 1) and model.config.pad_token_id == tok.pad_token_id
