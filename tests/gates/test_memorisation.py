"""The memorisation gate: canary exposure against a direct computation, an over-trained model that fails, a
probe that catches a reproduced value, and nothing compared by the probe or inserted as a canary on disk."""

from __future__ import annotations

import json
import logging
import math

import pytest

from governed_tuning.gates.memorisation import (
    Canary,
    CanaryFormat,
    CanarySet,
    MemorisationGate,
    MemorisationPolicy,
    ProbeInput,
    RemovedSpan,
    canary_records,
    new_canaries,
    write_chart,
)
from governed_tuning.gates.memorisation.canaries import commit
from governed_tuning.gates.memorisation.evidence import MemorisationEvidence
from governed_tuning.gates.memorisation.exposure import estimate
from governed_tuning.gates.memorisation.probe import reproduced, upper_bound
from governed_tuning.tinymodel import build_tiny_model

PREFIX = "my account number is"


@pytest.fixture(scope="module", autouse=True)
def one_thread():
    """Tiny models run fastest on one thread, far faster than on two when 8 engineers share the cores."""
    import torch

    before = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(before)


@pytest.fixture(scope="module")
def tiny(tmp_path_factory):
    return build_tiny_model(tmp_path_factory.mktemp("memo") / "tiny", seed=0)


def overtrain(src, dst, texts, steps=60, lr=1e-2):
    """Train the tiny model on ``texts`` (a small set, repeated every step) far past sense, and save it.

    A plain loop instead of the SFT stage keeps this test at a second; the stage itself inserts canaries in the
    demo run below. The model is loaded and saved through from_pretrained/save_pretrained like any checkpoint."""
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    tok = AutoTokenizer.from_pretrained(src)
    model = AutoModelForCausalLM.from_pretrained(src)
    torch.manual_seed(0)
    opt = torch.optim.AdamW(model.parameters(), lr=lr)
    enc = tok(texts, return_tensors="pt", padding=True)
    labels = enc["input_ids"].masked_fill(enc["attention_mask"] == 0, -100)
    model.train()
    for _ in range(steps):
        loss = model(**enc, labels=labels).loss
        loss.backward()
        opt.step()
        opt.zero_grad()
    model.save_pretrained(dst)
    tok.save_pretrained(dst)
    return dst


def direct_log_perplexity(model, tok, text_prompt, completion):
    """-log2 P(completion | prompt), one sequence at a time, no batching, no padding: the reference."""
    import torch

    p = tok(text_prompt)["input_ids"]
    ids = tok(text_prompt + completion)["input_ids"]
    assert ids[:len(p)] == p
    with torch.no_grad():
        logp = torch.log_softmax(model(input_ids=torch.tensor([ids])).logits[0], dim=-1)
    return -sum(float(logp[i - 1, ids[i]]) for i in range(len(p), len(ids))) / math.log(2)


def test_exposure_is_the_direct_computation_on_a_fixed_tiny_model(tiny):
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    fmt = CanaryFormat(PREFIX, 3)  # |R| = 1000: small enough to rank against every member
    secret = fmt.render(417)
    cs = CanarySet(fmt=fmt, canaries=[Canary(secret=secret, repetitions=1, commitment=commit(secret))])
    pol = MemorisationPolicy(canary_digits=3, candidates=2000, repetitions=[1], probe_max_spans=0)
    ev = MemorisationGate(pol).check_model(tiny, canaries=cs).evidence_as(MemorisationEvidence)
    x = ev.exposure
    assert x.enumerated and x.candidates == 1000

    model = AutoModelForCausalLM.from_pretrained(tiny).eval()
    tok = AutoTokenizer.from_pretrained(tiny)
    torch.set_grad_enabled(False)
    try:
        every = {n: direct_log_perplexity(model, tok, PREFIX, " " + fmt.render(n)) for n in range(1000)}
    finally:
        torch.set_grad_enabled(True)
    rank = sum(lp <= every[417] for lp in every.values())  # the paper's rank: members at or below, itself included
    c = x.canaries[0]
    assert c.log_perplexity_bits == pytest.approx(every[417], abs=1e-3)
    assert c.rank == rank
    assert c.exposure == pytest.approx(math.log2(1000) - math.log2(rank), abs=1e-3)
    assert c.method == "enumerated"

    # the sampling estimate (the paper's, for spaces too large to score) lands near the exact value
    import numpy as np

    cand = np.array([every[n] for n in range(1000) if n != 417])
    sub = np.random.default_rng(0).choice(cand, 300, replace=False)
    est = estimate(every[417], sub, 1000, False, None)
    assert est.method in ("sampled", "extrapolated") and abs(est.exposure - c.exposure) < 0.5


def test_an_overtrained_model_fails_and_the_canary_stays_secret(tiny, tmp_path, caplog, capfd):
    pol = MemorisationPolicy(repetitions=[1, 16], judged_repetitions=16, candidates=1000, probe_max_spans=0)
    cs = new_canaries(CanaryFormat(pol.canary_prefix, pol.canary_digits), [16], 1)
    recs = canary_records(cs, ["prompt", "completion"]) + [{"prompt": "How do I reset it?",
                                                            "completion": " Use the link."}] * 2
    assert len(recs) == 18
    secret = cs.canaries[0].secret
    model = overtrain(tiny, tmp_path / "over", sorted({r["prompt"] + r["completion"] for r in recs}))
    with caplog.at_level(logging.DEBUG):
        result = MemorisationGate(pol).check_model(model, canaries=cs)
    assert result.verdict == "fail", result.reasons
    x = result.evidence_as(MemorisationEvidence).exposure
    assert x.judged_exposure > pol.max_exposure and x.canaries[0].candidates_at_or_below == 0
    assert x.canaries[0].method == "extrapolated"
    assert "canary exposure at 16 insertion(s)" in result.reasons[0]
    png = write_chart(result, tmp_path / "chart.png")
    assert png is not None and png.read_bytes()[:4] == b"\x89PNG"
    dumped = json.dumps(result.model_dump(mode="json")) + repr(cs) + repr(cs.canaries)
    out, err = capfd.readouterr()
    for text in (dumped, out, err, caplog.text):
        assert secret not in text and secret.replace(" ", "") not in text


def test_an_unseen_canary_passes(tiny):
    pol = MemorisationPolicy(candidates=500, probe_max_spans=0)
    cs = new_canaries(CanaryFormat(pol.canary_prefix, pol.canary_digits), pol.repetitions, 1)
    result = MemorisationGate(pol).check_model(tiny, canaries=cs)
    assert result.verdict == "pass", result.reasons
    x = result.evidence_as(MemorisationEvidence).exposure
    assert [c.repetitions for c in x.canaries] == [1, 4] and x.judged_exposure < pol.max_exposure
    assert len({c.commitment for c in x.canaries}) == 2


def test_nothing_measured_is_insufficient(tiny):
    result = MemorisationGate(MemorisationPolicy()).check_model(tiny, no_canaries_because="no SFT stage")
    assert result.verdict == "insufficient" and "no SFT stage" in result.reasons[0]


RAW = [{"prompt": "Where is my parcel?", "completion": " Write to jane.doe@example.org for help."},
       {"prompt": "Thanks", "completion": " You are welcome."}]
SCRUBBED = [{"prompt": "Where is my parcel?", "completion": " Write to <EMAIL_ADDRESS> for help."},
            {"prompt": "Thanks", "completion": " You are welcome."}]
SPAN = RemovedSpan(source=0, record=0, path=("completion",), kind="EMAIL_ADDRESS", start=10, end=30,
                   out_start=10, out_end=25)


def test_the_probe_catches_a_reproduced_value_and_writes_none_of_it(tiny, tmp_path, caplog, capfd):
    planted = RAW[0]["completion"][SPAN.start:SPAN.end]
    assert planted == "jane.doe@example.org"
    # the residue case: the model saw the raw record (a copy the scrub missed), over and over
    model = overtrain(tiny, tmp_path / "leaky", [RAW[0]["prompt"] + RAW[0]["completion"]], steps=80)
    pol = MemorisationPolicy(probe_max_new_tokens=24)
    with caplog.at_level(logging.DEBUG):
        result = MemorisationGate(pol).check_model(model, probes=[ProbeInput("chats", RAW, SCRUBBED, [SPAN])],
                                                   no_canaries_because="none in this test")
    assert result.verdict == "fail", result.reasons
    p = result.evidence_as(MemorisationEvidence).probes[0]
    assert (p.spans_probed, p.reproduced, p.by_kind["EMAIL_ADDRESS"].reproduced) == (1, 1, 1)
    assert [(r.record, r.kind) for r in p.reproduced_at] == [(0, "EMAIL_ADDRESS")]
    write_chart(result, tmp_path / "chart.png")
    (tmp_path / "evidence.json").write_text(json.dumps(result.model_dump(mode="json")))
    out, err = capfd.readouterr()
    for text in (out, err, caplog.text):
        assert "jane.doe" not in text
    for f in (tmp_path / "evidence.json", tmp_path / "chart.png"):
        assert b"jane.doe" not in f.read_bytes()

    # the same probe on the untrained model: nothing reproduced, an honest upper bound
    clean = MemorisationGate(pol).check_model(tiny, probes=[ProbeInput("chats", RAW, SCRUBBED, [SPAN])])
    p = clean.evidence_as(MemorisationEvidence).probes[0]
    assert clean.verdict == "pass" and p.reproduced == 0 and p.upper_95 == pytest.approx(0.95)


def test_matching_and_bounds():
    assert reproduced("Jane  Doe", "hello jane doe!") and not reproduced("Jane Doe", "hello jane")
    assert reproduced("+1 415-555-0123", "call 14155550123 now") and not reproduced("12", "1 2")
    assert upper_bound(0, 100) == pytest.approx(1 - 0.05 ** (1 / 100)) and upper_bound(0, 0) is None


def test_canaries_are_secret_random_and_committed():
    fmt = CanaryFormat(PREFIX, 9)
    cs = new_canaries(fmt, [1, 4], 2)
    assert [c.repetitions for c in cs.canaries] == [1, 1, 4, 4] and cs.records_added == 10
    assert len({c.secret for c in cs.canaries}) == 4 and all(len(c.secret.split()) == 9 for c in cs.canaries)
    assert all(c.secret not in repr(c) for c in cs.canaries) and commit("1 2 3") != commit("1 2 3")
    recs = canary_records(cs, ["prompt", "completion", "meta"])
    assert len(recs) == 10 and recs[0]["prompt"] == PREFIX and recs[0]["meta"] is None
    chat = canary_records(cs, ["messages"])[0]["messages"]
    assert [m["role"] for m in chat] == ["user", "assistant"]
    cs.forget()
    assert all(c.secret == "" for c in cs.canaries)


def test_policy_names_the_judged_count():
    with pytest.raises(ValueError, match="judged_repetitions 2 is not one of repetitions"):
        MemorisationPolicy(repetitions=[1, 4], judged_repetitions=2)
