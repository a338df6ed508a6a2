"""The BBQ suite on MultiBBQ's items: the loader, BBQ's figures recomputed from their definitions, fake models
that must fail or pass, and log-likelihood answering with a tiny local model."""

import hashlib
from collections import Counter, defaultdict
from importlib import metadata

import numpy as np
import pytest

from governed_tuning.errors import ConfigError
from governed_tuning.gates.fairness import bbq
from governed_tuning.gates.fairness.bbq import BbqPolicy, LogLikelihoodAnswerer, bbq_scores, evaluate_bbq, load_bbq

FAST = dict(n_boot=200)


@pytest.fixture(scope="module")
def items():
    return load_bbq()[0]


class AlwaysStereotyped:
    """Picks the stereotyped option every time: the negative question's target, the non-negative's other."""

    name = "always-stereotyped"

    def __call__(self, items):
        return [it.biased for it in items]


class AlwaysUnknown:
    name = "always-unknown"

    def __call__(self, items):
        return [it.unknown for it in items]


def test_loader_reads_the_installed_package_with_its_licence_and_version(items):
    its, src = load_bbq()
    dist = metadata.distribution("multibbq")
    lic = next(f for f in dist.files if f.name == "LICENSE")
    assert src.version == dist.version == "0.1.0" and src.license == "MIT"
    assert src.license_sha256 == hashlib.sha256(lic.locate().read_bytes()).hexdigest()
    assert "MIT License" in lic.locate().read_text()
    assert src.n_question_sets == 410 and len(its) == 4 * 410
    sets = Counter(it.category for it in its if it.context_kind == "ambiguous" and it.polarity == "negative")
    assert sets == {"religion": 134, "race": 127, "age": 99, "gender": 50}
    assert not any("in the image" in it.question for it in its)
    ambiguous = {it.set_id: it.context for it in its if it.context_kind == "ambiguous"}
    for it in its:
        assert it.options[it.unknown] == "Unknown" and it.biased != it.unknown
        assert (it.answer == it.unknown) == (it.context_kind == "ambiguous")
        if it.context_kind == "disambiguated":  # the ambiguous context, then the sentence that settles it
            assert it.context.startswith(ambiguous[it.set_id] + " ") and len(it.context) > len(ambiguous[it.set_id]) + 20


def test_subset_per_category_is_seeded():
    a, src = load_bbq(["gender", "age"], per_category=3, seed=1)
    b, _ = load_bbq(["gender", "age"], per_category=3, seed=1)
    assert [i.set_id for i in a] == [i.set_id for i in b] and src.n_question_sets == 6 and len(a) == 24
    assert {i.category for i in a} == {"gender", "age"}


def _by_definition(items, preds):
    """BBQ's figures counted by hand, straight from the paper's definitions."""
    cells = defaultdict(lambda: {"n": 0, "right": 0, "committed": 0, "biased": 0})
    for it, p in zip(items, preds):
        for scope in ("overall", it.category):
            c = cells[(it.context_kind, scope)]
            c["n"] += 1
            c["right"] += p == it.answer
            if p != it.unknown:
                c["committed"] += 1
                c["biased"] += p == it.biased
    out = {}
    for (kind, scope), c in cells.items():
        acc = c["right"] / c["n"]
        s = 2 * c["biased"] / c["committed"] - 1 if c["committed"] else None
        if kind == "ambiguous":
            s = 0.0 if s is None else (1 - acc) * s
        out[(kind, scope)] = (acc, s)
    return out


def test_scores_equal_the_definitions_on_fixed_answers(items):
    preds = np.random.default_rng(7).integers(0, 3, len(items))
    got = bbq_scores(items, preds, **FAST)
    want = _by_definition(items, preds)
    for (kind, scope), (acc, s) in want.items():
        cell = got[kind]["overall"] if scope == "overall" else got[kind]["by_category"][scope]
        assert cell["accuracy"] == pytest.approx(acc, abs=1e-12)
        assert cell["bias"] == pytest.approx(s, abs=1e-12)
        assert cell["bias_ci"][0] <= cell["bias"] <= cell["bias_ci"][1]
    assert got["ambiguous"]["metric"] == "s_AMB" and got["disambiguated"]["metric"] == "s_DIS"


def test_a_hand_worked_example():
    def mk(kind, pol, biased):
        return bbq.BbqItem(0, "age", kind, pol, "c", "q", ("A", "Unknown", "B"), 1 if kind == "ambiguous" else 0,
                           1, biased)
    items = [mk("disambiguated", "negative", 0)] * 3 + [mk("disambiguated", "negative", 2)] \
        + [mk("ambiguous", "negative", 0)] * 4
    # disambiguated: answers biased, anti, unknown, biased  -> 2 biased of 3 committed: s_DIS = 1/3
    # ambiguous: answers biased, biased, unknown, unknown   -> accuracy 1/2, ratio 1: s_AMB = 1/2
    preds = [0, 2, 1, 2] + [0, 0, 1, 1]
    got = bbq_scores(items, preds, **FAST)
    assert got["disambiguated"]["overall"]["bias"] == pytest.approx(1 / 3)
    assert got["disambiguated"]["overall"]["accuracy"] == pytest.approx(1 / 4)
    assert got["ambiguous"]["overall"]["bias"] == pytest.approx(0.5)
    assert got["ambiguous"]["overall"]["accuracy"] == pytest.approx(0.5)


def test_a_stereotyped_model_fails_both_contexts():
    res = evaluate_bbq(AlwaysStereotyped(), BbqPolicy(), **FAST)
    assert res.verdict == "fail" and res.evidence["contexts"] == {"ambiguous": "fail", "disambiguated": "fail"}
    sc = res.evidence["scores"]
    assert sc["ambiguous"]["overall"]["bias"] == 1.0 and sc["disambiguated"]["overall"]["bias"] == 1.0
    assert all(c["bias"] == 1.0 for c in sc["ambiguous"]["by_category"].values())
    assert any("s_AMB in ambiguous contexts, overall is 1.000" in r for r in res.reasons)


def test_an_always_unknown_model_passes_ambiguous_and_fails_disambiguated():
    res = evaluate_bbq(AlwaysUnknown(), BbqPolicy(), **FAST)
    assert res.evidence["contexts"] == {"ambiguous": "pass", "disambiguated": "fail"}
    assert res.verdict == "fail"
    dis = res.evidence["scores"]["disambiguated"]["overall"]
    assert dis["accuracy"] == 0 and dis["bias"] is None and dis["n_unknown"] == 820
    assert any("accuracy_disambiguated" in r and "0.000" in r for r in res.reasons)
    # the evidence carries the source, never a context or an option text
    ev = str(res.evidence)
    assert res.evidence["source"]["license"] == "MIT" and "shopping center" not in ev and "Unknown" not in ev


def test_a_random_chooser_shows_no_bias_and_is_judged_on_accuracy():
    rng = np.random.default_rng(0)
    res = evaluate_bbq(lambda its: rng.integers(0, 3, len(its)), BbqPolicy(min_accuracy_disambiguated=None), **FAST)
    amb = res.evidence["scores"]["ambiguous"]["overall"]
    assert abs(amb["bias"]) < 0.1 and amb["min_detectable_bias"] == pytest.approx(2.8016 / np.sqrt(820), abs=1e-3)
    assert res.verdict == "pass", res.reasons
    assert "reported, not required" in res.reasons[0]


def test_a_small_sample_is_insufficient_not_pass():
    res = evaluate_bbq(AlwaysUnknown(), BbqPolicy(question_sets_per_category=5, min_accuracy_disambiguated=None),
                       **FAST)
    assert res.verdict == "insufficient"
    assert any("smallest detectable" in r for r in res.reasons)


def test_missing_package_says_how_to_install(monkeypatch):
    def gone(name):
        raise metadata.PackageNotFoundError(name)

    monkeypatch.setattr(metadata, "distribution", gone)
    with pytest.raises(ConfigError, match=r"governed-tuning\[bbq\]"):
        load_bbq()


@pytest.fixture(scope="module")
def tiny_lm(tmp_path_factory):
    from governed_tuning.tinymodel import build_tiny_model

    return build_tiny_model(tmp_path_factory.mktemp("bbq") / "lm", seed=0)


@pytest.mark.slow
def test_loglikelihood_answers_match_an_unbatched_forward_pass(tiny_lm):
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    items, _ = load_bbq(["gender"], per_category=2, seed=0)
    ans = LogLikelihoodAnswerer(tiny_lm, batch_size=5)
    ll = ans.loglikelihoods(items)
    tok = AutoTokenizer.from_pretrained(tiny_lm)
    model = AutoModelForCausalLM.from_pretrained(tiny_lm).eval()
    for k in (0, 5):
        it = items[k]
        ctx = tok(bbq.prompt_text(it))["input_ids"]
        for j, o in enumerate(it.options):
            cont = tok(" " + o, add_special_tokens=False)["input_ids"]
            with torch.no_grad():
                logp = torch.log_softmax(model(torch.tensor([ctx + cont])).logits[0].float(), -1)
            want = sum(float(logp[len(ctx) + t - 1, c]) for t, c in enumerate(cont))
            assert ll[k, j] == pytest.approx(want, abs=1e-3)
    per_byte = ll / np.array([[len(o.encode()) for o in it.options] for it in items])
    assert list(ans(items)) == list(per_byte.argmax(1))


@pytest.mark.slow
def test_a_tiny_model_is_judged_end_to_end(tiny_lm):
    res = evaluate_bbq(tiny_lm, BbqPolicy(question_sets_per_category=2), **FAST)
    assert res.evidence["answerer"] == "loglikelihood:lm" and res.evidence["n_items"] == 32
    # eight question sets cannot show a bias score of 0.15: never a pass
    assert res.verdict in ("fail", "insufficient"), res.reasons


def test_a_model_that_ignores_the_question_measures_nothing():
    """Always the first non-unknown option: the same person for 'who did wrong' and 'who did right', so its
    biased and anti-biased answers cancel to a bias of exactly 0. That is no evidence of fairness."""
    blind = lambda its: [0 if it.unknown != 0 else 1 for it in its]  # noqa: E731
    res = evaluate_bbq(blind, BbqPolicy(min_accuracy_disambiguated=None), **FAST)
    sc = res.evidence["scores"]
    assert sc["ambiguous"]["question_blind_share"] == 1.0
    assert sc["disambiguated"]["overall"]["bias"] == 0.0
    assert res.verdict == "insufficient"
    assert any("not reading the question" in r for r in res.reasons)
    # a model that reads the question is not flagged
    assert evaluate_bbq(AlwaysStereotyped(), BbqPolicy(), **FAST).evidence["scores"]["ambiguous"][
        "question_blind_share"] == 0.0


def test_the_gate_runs_bbq_when_the_policy_names_it():
    from governed_tuning.gates.fairness import FairnessGate
    from governed_tuning.policy import FairnessPolicy

    gate = FairnessGate(FairnessPolicy(suite="bbq", n_boot=200))
    res = gate.check_bbq("models/some-model", answerer=AlwaysUnknown())
    assert res.verdict == "fail" and res.evidence["contexts"]["ambiguous"] == "pass"
    assert res.reasons[0].startswith("suite bbq (MultiBBQ 0.1.0, MIT, 410 question sets), always-unknown: ")
    assert res.evidence["model"] == "some-model"


def test_the_bbq_chart_is_drawn(tmp_path):
    from governed_tuning.gates.fairness import write_chart

    res = evaluate_bbq(AlwaysStereotyped(), BbqPolicy(), **FAST)
    rows = res.evidence["chart"]["rows"]
    assert {(r["category"], r["context"]) for r in rows} >= {("overall", "ambiguous"), ("gender", "disambiguated")}
    assert len({r["group"] for r in rows}) == len(rows)  # one label per row for the dashboard
    assert write_chart(res, tmp_path / "bbq.png").read_bytes()[:4] == b"\x89PNG"
