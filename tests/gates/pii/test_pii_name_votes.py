"""The dataset-wide vote on confirmed names (namevotes.py): a word misread as a person in one record is not
scrubbed in every other record that holds it, while a real name read once with a cue still is."""

from __future__ import annotations

import json
import pickle

import pytest

from governed_tuning.gates.pii import PiiGate
from governed_tuning.gates.pii.companies import company_name
from governed_tuning.gates.pii.namevotes import NameVotes, digest
from governed_tuning.gates.pii.passes import detect_batch, merge
from governed_tuning.gates.pii.recognizers import Finding
from governed_tuning.policy import load_policy

pytestmark = pytest.mark.usefixtures("pii_test_key")

BRAND = ["I updated my phone to the new Apple firmware yesterday.", "Does the Apple store in town repair screens?",
         "Apple support said the battery is fine.", "The Apple Watch 9 strap snapped after a week."]


@pytest.fixture(scope="module")
def gate(pii_test_key):
    pol = load_policy("default").policy.pii
    return PiiGate(pol.model_copy(update={"entities": {k: (r.model_copy(update={"action": "pseudonymize"})
                                                           if r.action == "surrogate" else r)
                                                       for k, r in pol.entities.items()}}))


def test_a_brand_misread_once_is_kept_in_every_other_record(gate, tmp_path):
    records = [{"text": "Az Apple szerint a garancia lejárt."}] + \
              [{"text": f"{BRAND[i % len(BRAND)]} Ticket {4100 + i}."} for i in range(20)]
    found, state = detect_batch(gate, records)
    assert any(f.entity == "PERSON" for fs in found[0] for f in fs)  # the misreading this guards against
    outs, _ = gate.scrub_records(records)
    assert [o["text"] for o in outs[1:]] == [r["text"] for r in records[1:]]
    # the streaming engine as a user runs it: the same copy, and the evidence counts what was kept from spreading
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    res = gate.check(src, tmp_path / "out.jsonl")
    assert res.evidence["rescan"]["names_not_spread"] >= 1
    lines = (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(x)["text"] for x in lines[1:]] == [r["text"] for r in records[1:]]
    # and the same through batches merged in order, as the streaming and Ray engines merge them
    parts = [detect_batch(gate, records[i:i + 5])[1] for i in range(0, len(records), 5)]
    parts = [pickle.loads(pickle.dumps(p)) for p in parts]  # (Ray ships each block's state)
    st = merge(parts).finish()
    assert "Apple" not in st.strong_names and st.withheld >= 1 and st.votes.votes("Apple")[1] >= 20


def test_a_real_name_read_once_with_a_cue_is_scrubbed_in_all_its_records(gate):
    records = [{"text": "Hello, my name is Zoltan Kerekes and I need help with my order."},
               {"text": "The invoice lists Kerekes twice, order 5521."},
               {"text": "Refund 7781 approved for Kerekes, see attachment."},
               {"text": "Shipment to Kerekes held at the depot."},
               {"text": "The depot returned the parcel of Kerekes on Monday."},
               {"text": "Our notes on Kerekes are in ticket 8812."},
               {"text": "Please call Kerekes back after the refund, order 4471."}]
    outs, _ = gate.scrub_records(records)
    assert all("Kerekes" not in o["text"] and "Zoltan" not in o["text"] for o in outs)


def test_the_tally_holds_digests_and_weighs_records_once():
    votes = NameVotes()
    text = "Envíelo a la oficina. Envíelo hoy."
    votes.add_record([text], [[Finding(0, 7, "PERSON", 0.85, "spacy_ner")]])  # read once here: one vote for
    for _ in range(3):
        votes.add_record(["Envíelo mañana, por favor."], [[]])  # unread elsewhere: one vote against each
    assert votes.votes("Envíelo") == (4, 6) and not votes.spreads("Envíelo")  # opening a sentence: 2 each
    assert digest("envíelo") in votes.tally and all(isinstance(k, int) for k in votes.tally)  # digests, no words
    assert digest("oficina") not in votes.tally  # a lower-case word no name list knows is not tallied
    cue = NameVotes()
    cue.add_record(["my name is Ilona Vass"], [[Finding(11, 21, "PERSON", 0.85, "person_context_ml_intro")]])
    cue.add_record(["Vass Kft. invoice", "the Vass app 2.1"], [[], []])  # a company's and a product's word
    assert cue.votes("Vass") == (8, 8) and not cue.spreads("Vass")  # a word used both ways as often stays local
    cue.add_record(["Vass called again about it."], [[Finding(0, 4, "PERSON", 0.85, "spacy_ner")]])
    assert cue.votes("Vass") == (12, 8) and cue.spreads("Vass")


@pytest.mark.parametrize("text, span, firm", [
    ("The invoice from Carroll Inc is attached.", "Carroll", True),
    ("A Varga Bt. ma szállított.", "Varga Bt", True),  # the span stops before the form's dot
    ("Umowa z Andziak Sp. z o.o. odnawia się.", "Andziak Sp", True),
    ("Csatolom a Szalai és Kovács Kft. számláját.", "Szalai", True),
    ("Cepeda y asociados S.A. subió los precios.", "Cepeda", True),
    ("Anna et Marie sont là.", "Anna", False),  # "et" joins people too: no form follows
    ("Tell Anna AS soon as you can.", "Anna", False),  # two capitals that are no form here
    ("Call Maria Co about it.", "Maria Co", False),
    ("Ana Lima, ans plus tard", "Ana Lima", False),  # a lower-case word is never a form
])
def test_a_firm_named_after_people_is_no_person(text, span, firm):
    s = text.index(span)
    assert company_name(text, Finding(s, s + len(span), "PERSON", 0.85, "spacy_ner")) is firm


def test_firms_are_kept_and_their_owners_still_scrubbed(gate):
    outs, _ = gate.scrub_records([
        {"text": "Csatolom a Lakatos Váradi Kft. számláját, összesen 4312 HUF."},
        {"text": "The invoice from Carroll Inc is attached, total 382 USD."},
        {"text": "Hello, my name is Dana Carroll and I need a refund."}])
    assert "Lakatos Váradi Kft." in outs[0]["text"]
    assert "Dana" not in outs[2]["text"] and "Carroll" not in outs[2]["text"]


def test_a_confirmed_name_read_as_a_place_elsewhere_is_the_person(gate):
    outs, _ = gate.scrub_records([{"text": "Buenas, soy Samu Hidalgo; mi paquete 619 no ha llegado."},
                                  {"text": "Se cerró el expediente de Hidalgo, ticket 7698."}])
    assert "Hidalgo" not in outs[1]["text"] and "expediente de" in outs[1]["text"]


def test_a_long_record_read_line_by_line_votes_as_read_word_by_word():
    """A long record's distinct lines are read once (``_against_by_line``): the votes must be those of reading
    every word in place, whatever the findings, the repeated lines and what stands before each line."""
    import random

    from governed_tuning.gates.pii import namevotes

    lines = ["Vivo en Rosario y Mercedes me ayuda.", "3 x Fitbit", "the Sentry alerts", "Proszę wysłać Paulę",
             "Kali Linux 12 on my Lenovo", "Anna wrote: Thanks, Bruno Keller", "der Thomas", "", "Tenho 34 anos",
             "rosa and vivo stay lower case", "Apple Watch", "Our Grafana board", "Note: Julia 1.8 crashed"]
    rng = random.Random(7)
    text = "\n".join(rng.choice(lines) for _ in range(12_000))
    assert len(text) >= namevotes.LINES_FROM
    for n in (0, 40, 900):
        fs = sorted((Finding(start=s, end=min(len(text), s + rng.randint(0, 25)), entity="PERSON", score=0.9,
                             source="spacy_ner") for s in (rng.randrange(len(text)) for _ in range(n))),
                    key=lambda f: f.start)
        taken = namevotes.Intervals(fs) if fs else None
        in_place: dict[int, int] = {}
        namevotes._against(text, 0, len(text), taken, in_place)
        by_line: dict[int, int] = {}
        namevotes._against_by_line(text, fs, taken, by_line)
        assert by_line == in_place and in_place  # the same words, the same largest weights
