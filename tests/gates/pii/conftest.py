"""Fixtures the PII gate's test modules share: the test pseudonym key and the default policy's gate."""

from __future__ import annotations

import pytest

from governed_tuning.gates.pii import PiiGate
from governed_tuning.policy import load_policy

TEST_KEY = "test-key-0123456789abcdef"


@pytest.fixture(scope="module")
def pii_test_key():
    """The pseudonym key set in the environment for one test module: a configured key wins, so no user key is
    created and the tokens and surrogates are the same in every run."""
    mp = pytest.MonkeyPatch()
    mp.setenv("GOVERNED_TUNING_PSEUDONYM_KEY", TEST_KEY)
    yield TEST_KEY
    mp.undo()


@pytest.fixture(scope="module")
def gate(pii_test_key):
    """The default policy's gate, built once per module (loading the NER model and the lists is the slow part).
    A module that needs another policy defines its own ``gate``, which takes precedence."""
    return PiiGate(load_policy("default").policy.pii)


@pytest.fixture(scope="module")
def review_gate(gate):
    """The default policy's gate, but a re-scan that had to repair what the scrub missed asks for review (writes
    the copy) instead of failing (``pii.rescan.repaired_misses``): for tests of what the repair wrote. Shares the
    default gate's scrubber (the setting changes only the verdict)."""
    from governed_tuning.policy import RescanPolicy

    pol = gate.policy.model_copy(update={"rescan": RescanPolicy(repaired_misses="review")})
    return PiiGate(pol, scrubber=gate.scrubber)



@pytest.fixture
def blind_to_ages(monkeypatch):
    """``blind_to_ages(gate, texts)``: the gate's detector no longer reads an age in ``texts`` as written (every
    ``AGE`` finding on exactly those texts is dropped), as the detector did before it learnt those shapes. The
    re-scan's own rules (``age_phrase``, and ``other_digits``, which detects on a digit-folded copy: another text)
    must then find and repair them: the blind-spot path stays tested however much the detector learns."""

    def apply(gate, texts):
        blind = set(texts)
        real = gate.scrubber.detect_many

        def detect_many(batch):
            return [[f for f in fs if not (f.entity == "AGE" and t in blind)] for t, fs in zip(batch, real(batch))]

        monkeypatch.setattr(gate.scrubber, "detect_many", detect_many)
        return gate

    return apply
