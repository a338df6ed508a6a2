"""The PII gate hands on the spans it replaced by position and kind (for the memorisation gate's probe)."""

import json

from governed_tuning.gates.pii import PiiGate
from governed_tuning.gates.pii.spans import RemovedSpan
from governed_tuning.policy import PiiPolicy


def test_on_span_points_at_the_raw_value_and_its_replacement(tmp_path):
    policy = PiiPolicy(entities={"EMAIL_ADDRESS": {"action": "placeholder"}, "PHONE_NUMBER": {"action": "redact"},
                                 "US_SSN": {"action": "drop_record"}})
    raw = [{"prompt": "ssn 536-22-1234", "completion": "no"},
           {"prompt": "Hi", "completion": "Mail a.b@example.org or call +1 415 555 0100 today."},
           {"prompt": "nothing here", "completion": "fine"}]
    src, out = tmp_path / "raw.jsonl", tmp_path / "out.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in raw))
    spans: list[RemovedSpan] = []
    result = PiiGate(policy).check(src, out, on_span=spans.append)
    assert result.verdict == "pass"
    copy = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(copy) == 2  # the SSN record was dropped: indices in the copy shift, the input's do not
    assert {(s.source, s.record, s.path, s.kind) for s in spans} == {
        (1, 0, ("completion",), "EMAIL_ADDRESS"), (1, 0, ("completion",), "PHONE_NUMBER")}
    for s in spans:
        value = raw[s.source]["completion"][s.start:s.end]
        written = copy[s.record]["completion"][s.out_start:s.out_end]
        assert (value, written) in {("a.b@example.org", "<EMAIL_ADDRESS>"), ("+1 415 555 0100", "")}
        assert value not in repr(s)
