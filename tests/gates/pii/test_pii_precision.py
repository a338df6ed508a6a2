"""The PII gate judged both ways on ordinary data that looks personal: a firm's, a product's or a place's name
where a person's could stand is no leftover (no false block), while a person's name in the same place, left by
the scrub, still fails the gate."""

import json

import pytest

from governed_tuning.gates.pii import PiiGate
from governed_tuning.gates.pii.fields import slots, thing_name_context
from governed_tuning.policy import load_policy


@pytest.fixture(scope="module")
def blind(pii_test_key):
    """The default policy's gate with a detector that finds nothing: every value is left for the re-scan."""
    gate = PiiGate(load_policy("default").policy.pii)
    gate.scrubber.detect_many = lambda texts: [[] for _ in texts]
    return gate


def _check(gate, tmp_path, name, records):
    src = tmp_path / f"{name}.jsonl"
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return gate.check(src, tmp_path / f"{name}.out.jsonl")


def test_a_name_key_reads_as_its_parent_says():
    assert thing_name_context("name", "carrier") == "carrier name"
    assert thing_name_context("name", "shippingCarrier") == "shippingCarrier name"
    assert thing_name_context("display_name", "companies") == "companies display_name"
    assert thing_name_context("name", "city") == "city"  # a place's label
    for person in ("customer", "applicant", "patient", "account", "provider", "user", "contact"):
        assert thing_name_context("name", person) is None
    ctx = {s.path: s.context for s in slots({"order": {"carrier": {"name": "DHL"}}, "customer": {"name": "x"}})
           if s.kind == "text"}
    assert ctx == {("order", "carrier", "name"): "carrier name", ("customer", "name"): "name"}


def test_a_firms_name_passes_and_a_persons_name_left_fails(blind, tmp_path):
    clean = [{"event": "order.shipped", "order": {"id": "RMA-719685", "carrier": {"name": "DHL",
                                                                                  "tracking": "JD1869202947"}},
              "note": "Bill me later."},
             {"company": {"name": "Victoria Station Cafe"}, "brand": {"name": "Jordan"}, "city": {"name": "Lyon"}}]
    res = _check(blind, tmp_path, "clean", clean)
    assert res.verdict == "pass", res.reasons
    # the same shapes holding a person's name the (blind) scrub left: the re-scan finds it (and its own reading,
    # independent of the scrub's detector, has it scrubbed in a further round) -- never passed over as a firm's
    planted = [{"event": "order.shipped", "customer": {"name": "Victoria Smith"}, "carrier": {"name": "DHL"}}]
    res = _check(blind, tmp_path, "planted", planted)
    rescan = res.evidence["rescan"]
    copy = (tmp_path / "planted.out.jsonl").read_text(encoding="utf-8") if res.verdict == "pass" else ""
    assert rescan.scrubbed_after_rescan_by_type.get("PERSON", 0) + res.evidence["residual"] >= 1
    assert "Victoria" not in copy and "Smith" not in copy and "DHL" in copy


def test_a_german_street_abbreviation_is_scrubbed_whole():
    """"Heuserstr. 7210" was half taken for a town: its house number and postcode stayed beside the token, and the
    re-scan rightly failed ordinary support chats (benchmarks/pii_rescan.py: false blocks under 3 keys of 3)."""
    from governed_tuning.gates.pii.streets import streets

    for text, street in (("I moved to Heuserstr. 7210, 89110 Mettmann.", "Heuserstr. 7210"),
                         ("I have reshipped order 603423 to Etzlerstr. 6/4, 73137 Sankt Goarshausen.", "Etzlerstr. 6/4"),
                         ("Lieferadresse: Hauptstr.5", "Hauptstr.5")):
        assert street in {text[f.start:f.end] for f in streets(text) if f.entity == "STREET_ADDRESS"}
    assert not [f for f in streets("We strive for 5 stars; the constr. 5 phase") if f.entity == "STREET_ADDRESS"]
