"""A tiny local causal LM (and reward-model variant) for the demo and the tests: no network, < 2 s.

The tokenizer is byte level: the 256 byte symbols of GPT-2's ByteLevel alphabet plus, when a corpus is
given, a few BPE merges learnt from it (``tokenizers``), wrapped in transformers' fast tokenizer with
pad/eos/bos tokens and a small chat template. The model is a 2-layer Llama with a hidden size of 32.
Everything is written with ``save_pretrained`` so it loads back with ``Auto*.from_pretrained(out_dir)``
like any real checkpoint. The same seed gives byte-identical weights.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

PAD, EOS, BOS = "<|pad|>", "<|eos|>", "<|bos|>"
SPECIAL_TOKENS = [PAD, EOS, BOS]

# Minimal chat template: one line per turn, ``role: content`` and EOS after each assistant turn.
CHAT_TEMPLATE = (
    "{% for message in messages %}"
    "{{ message['role'] }}: "
    "{% if message['role'] == 'assistant' %}{% generation %}{{ message['content'] }}" + EOS + "{% endgeneration %}"
    "{% else %}{{ message['content'] }}{% endif %}{{ '\\n' }}"
    "{% endfor %}"
    "{% if add_generation_prompt %}assistant: {% endif %}"
)

DEFAULT_CORPUS = (
    "user: I cannot log in to my account.\nassistant: I am sorry to hear that. Please reset your password "
    "from the sign-in page and tell me if the problem persists.\n",
    "user: Where is my order?\nassistant: Thank you for waiting. Your order has shipped and will arrive soon.\n",
    "user: How do I cancel my subscription?\nassistant: You can cancel at any time under Settings, Billing.\n",
)


def _tokenizer(corpus: Iterable[str] | None, vocab_size: int):
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers
    from transformers import PreTrainedTokenizerFast

    alphabet = pre_tokenizers.ByteLevel.alphabet()
    if corpus is None:
        vocab = {tok: i for i, tok in enumerate(SPECIAL_TOKENS + sorted(alphabet))}
        tok = Tokenizer(models.BPE(vocab=vocab, merges=[]))
        tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    else:
        tok = Tokenizer(models.BPE())
        tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
        trainer = trainers.BpeTrainer(vocab_size=vocab_size, special_tokens=SPECIAL_TOKENS,
                                      initial_alphabet=alphabet, show_progress=False)
        tok.train_from_iterator(list(corpus), trainer=trainer)
    tok.decoder = decoders.ByteLevel()
    fast = PreTrainedTokenizerFast(tokenizer_object=tok, pad_token=PAD, eos_token=EOS, bos_token=BOS)
    fast.chat_template = CHAT_TEMPLATE
    fast.model_max_length = 512
    fast.padding_side = "left"
    return fast


def build_tiny_model(out_dir: str | Path, *, corpus: Iterable[str] | None = None, seed: int = 0,
                     reward: bool = False, hidden_size: int = 32, num_layers: int = 2,
                     vocab_size: int = 320) -> Path:
    """Write a tiny Llama (``reward=True``: a 1-label sequence classifier) and its tokenizer to ``out_dir``.

    ``corpus``: texts to learn a few BPE merges from (``vocab_size`` in all); None keeps a pure byte vocab.
    Returns ``out_dir``. Deterministic for a given seed and corpus.
    """
    import torch
    from transformers import LlamaConfig, LlamaForCausalLM, LlamaForSequenceClassification

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    tokenizer = _tokenizer(corpus, vocab_size)
    config = LlamaConfig(
        vocab_size=len(tokenizer), hidden_size=hidden_size, intermediate_size=hidden_size * 2,
        num_hidden_layers=num_layers, num_attention_heads=4, num_key_value_heads=2,
        max_position_embeddings=512, tie_word_embeddings=False,
        pad_token_id=tokenizer.pad_token_id, eos_token_id=tokenizer.eos_token_id,
        bos_token_id=tokenizer.bos_token_id, num_labels=1,
    )
    state = torch.random.get_rng_state()
    try:
        torch.manual_seed(seed)
        model = (LlamaForSequenceClassification if reward else LlamaForCausalLM)(config)
    finally:
        torch.random.set_rng_state(state)
    if not reward:
        model.generation_config.pad_token_id = tokenizer.pad_token_id
        model.generation_config.eos_token_id = tokenizer.eos_token_id
        model.generation_config.bos_token_id = tokenizer.bos_token_id
    model.save_pretrained(out)
    tokenizer.save_pretrained(out)
    return out


def build_tiny_reward_model(out_dir: str | Path, *, corpus: Iterable[str] | None = None, seed: int = 0) -> Path:
    """The reward-model variant: ``AutoModelForSequenceClassification`` with ``num_labels=1``."""
    return build_tiny_model(out_dir, corpus=corpus, seed=seed, reward=True)
