"""National identifiers in every grouping their writers choose (issue 11, part 3): each checked kind is found in
threes, fours, with dots, dashes or mixed separators, beside its label, in a sentence and with no label; the
same grouping with a broken check is kept; a date-bearing identifier is not taken for a barcode; times, dates
and product codes are not read as identifiers through their grouping. Then the re-scan's independent pass: a
checksum-valid identifier left in the copy with no label fails the gate, in any grouping, while order, ticket
and tracking numbers that pass a weak check do not. Values are the ones of test_pii_identifiers.py (made with
python-stdnum); the tests check each claim about them first."""

from __future__ import annotations

import json
import re

import pytest

from governed_tuning.gates.pii import PiiGate
from governed_tuning.gates.pii.identifiers import identifiers
from governed_tuning.gates.pii.rescan_independent import CONFIRMED, scan
from governed_tuning.policy import load_policy

# kind, valid value (compact), the same with its check broken, its label, the python-stdnum module
CHECKED = [
    ("UK_NHS", "4461113930", "4461113931", "NHS number", "gb.nhs"),
    ("ES_NIF", "43933283V", "43933280V", "DNI", "es.dni"),
    ("ES_NIE", "Z6791601M", "Z6791600M", "NIE", "es.nie"),
    ("IT_FISCAL_CODE", "PRPGVN57H13G275Y", "PRPGVN57H13G270Y", "codice fiscale", "it.codicefiscale"),
    ("PL_PESEL", "57071043418", "57071043410", "PESEL", "pl.pesel"),
    ("NL_BSN", "243301467", "243301460", "BSN", "nl.bsn"),
    ("FR_NIR", "245077505688012", "245077505688010", "numéro de sécurité sociale", "fr.nir"),
    ("DE_TAX_ID", "34190271156", "34190271150", "Steuer-ID", "de.idnr"),
    ("IN_AADHAAR", "809513674308", "809513674300", "Aadhaar", "in_.aadhaar"),
    ("IN_PAN", "ZXOPE3910T", "ZXOQE3910T", "PAN", "in_.pan"),
    ("CA_SIN", "614336154", "614336150", "SIN", "ca.sin"),
    ("BR_CPF", "93671354593", "93671354590", "CPF", "br.cpf"),
    ("KR_RRN", "8802011623149", "8802011623140", "RRN", "kr.rrn"),
    ("SG_NRIC_FIN", "T9747772D", "T9747772A", "NRIC", None),
    ("TR_NATIONAL_ID", "86234876284", "86234876280", "TC Kimlik", "tr.tckimlik"),
    ("CRYPTO", "36Upqe1GPbPMwLjsdjyJS9dHcWyC8Ermnb", "36Upqe1GPbPMwLjsdjyJS9dHcWyC0Ermnb", "bitcoin address",
     "bitcoin"),
]


def threes(v: str, sep: str = " ") -> str:
    return sep.join(v[k:k + 3] for k in range(0, len(v), 3))


def fours(v: str, sep: str = "-") -> str:
    return sep.join(v[k:k + 4] for k in range(0, len(v), 4))


def mixed(v: str) -> str:
    """The first group apart with a space, the rest in twos and threes joined by dots and dashes."""
    head, rest = v[:3], v[3:]
    parts, k, n = [], 0, 2
    while k < len(rest):
        parts.append(rest[k:k + n])
        k, n = k + n, 5 - n
    return head + " " + "".join(p + ("." if i % 2 == 0 else "-") for i, p in enumerate(parts)).rstrip(".-")


GROUPINGS = {"threes": threes, "dots": lambda v: threes(v, "."), "fours": fours, "mixed": mixed}


def _valid(module, value):
    if module is None:  # Singapore NRIC/FIN: ICA's published check letter
        from governed_tuning.gates.pii.identifiers import _nric_ok

        return _nric_ok(value)
    from importlib import import_module

    return import_module(f"stdnum.{module}").is_valid(value)


def kinds_at(text: str, shown: str) -> set[str]:
    s = text.index(shown)
    return {f.entity for f in identifiers(text) if f.start <= s and f.end >= s + len(shown)}


@pytest.mark.parametrize("grouping", list(GROUPINGS))
@pytest.mark.parametrize("kind,valid,invalid,label,module", CHECKED, ids=[c[0] for c in CHECKED])
def test_a_checked_identifier_is_found_in_any_grouping(kind, valid, invalid, label, module, grouping):
    assert _valid(module, valid) and not _valid(module, invalid)  # the cases are what they claim
    shown, broken = GROUPINGS[grouping](valid), GROUPINGS[grouping](invalid)
    assert re.sub(r"[ .-]", "", shown) == valid and shown != valid
    assert kind in kinds_at(f"{label} {shown} (copied from the scan)", shown)  # after its label
    assert kind in kinds_at(f"Hello, my {label} is {shown}, could you update my file?", shown)  # in context
    assert kinds_at(f"Details: {shown} (on file)", shown)  # no label: a long number its check accepts
    assert kind not in kinds_at(f"{label} {broken} (copied from the scan)", broken)  # broken check: kept


def test_the_uk_national_insurance_number_is_read_through_its_grouping():
    assert "UK_NINO" in kinds_at("NI number NW2 198 97C (copied)", "NW2 198 97C")
    assert "UK_NINO" in kinds_at("NINO OT-297-926-B on file", "OT-297-926-B")
    assert "UK_NINO" not in kinds_at("NI number DQ2 979 26B (copied)", "DQ2 979 26B")  # DQ is never issued


@pytest.mark.parametrize("text,value,kind", [
    ("ref 8802011623160 - the blender broke", "8802011623160", "KR_RRN"),  # a valid EAN-13 too
    ("ref 9310155921501 - the invoice", "9310155921501", "KR_FRN"),  # a foreigner's number, no dash
    ("ref 8XH2GJ9WD42 - the invoice", "8XH2GJ9WD42", "US_MBI"),  # CMS's layout, no label
    ("ref EDWAR661104EZ9Q4 - the invoice", "EDWAR661104EZ9Q4", "UK_DRIVING_LICENCE"),  # check characters
])
def test_distinctive_identifiers_without_a_label(text, value, kind):
    from stdnum import ean

    assert value != "8802011623160" or ean.is_valid(value)
    assert kind in kinds_at(text, value)


@pytest.mark.parametrize("text", [
    "Posted 2026-08-14 14:50 after the update", "opened 2026-07-05 08:15, closed 2026-07-06 09:40",
    "SKU TB-2301-A (EAN 4943590253554) moves to the sale", "firmware 4.3.1 and 4.1.2 both fail",
    "Quantities: 12 boxes of 250 g, 3 pallets, 1.5 L bottles.", "barcode 8802011623160 on the box",
])
def test_dates_times_and_product_codes_are_no_identifier_through_their_grouping(text):
    assert identifiers(text) == []


def test_a_date_bearing_number_after_a_product_word_is_a_product():
    assert identifiers("EAN 8802011623160") == []


# --------------------------------------------------------------------------- the re-scan

TARGETED = frozenset(load_policy("default").policy.pii.entities)


def _confirmed(text):
    return {(f.entity, text[f.start:f.end]) for f in scan(text, TARGETED)
            if f.score >= CONFIRMED and f.source == "checksummed_numbers"}


@pytest.mark.parametrize("text,kind,value", [
    ("PAN RTR CS9 182 S (copied from the scan)", "IN_PAN", "RTR CS9 182 S"),
    ("codice fiscale PRP GVN 57H 13G 275 Y", "IT_FISCAL_CODE", "PRP GVN 57H 13G 275 Y"),
    ("Details: T97 477 72D on file", "SG_NRIC_FIN", "T97 477 72D"),
    ("ref 8802011623160 - the blender broke", "KR_RRN", "8802011623160"),  # a barcode's check too
    ("send to 36Upqe1GPbPMwLjsdjyJS9dHcWyC8Ermnb today", "CRYPTO", "36Upqe1GPbPMwLjsdjyJS9dHcWyC8Ermnb"),
])
def test_the_independent_pass_confirms_an_unlabelled_identifier_in_any_grouping(text, kind, value):
    assert (kind, value) in _confirmed(text)


@pytest.mark.parametrize("text", [
    "order 668002350 ships tomorrow", "Ticket 614336154 was closed", "tracking 4461113930 in transit",
    "ref 243301467 - thanks", "please use 614336154 for the refund form",  # a bare 9-digit Luhn: suspected only
    "Item: Victoria Station CW-4868 x23, SKU TB-2301-A", "Posted 2026-08-14 14:50",
])
def test_order_ticket_and_tracking_numbers_are_not_confirmed(text):
    assert _confirmed(text) == set()


def test_the_gate_fails_on_an_unlabelled_identifier_the_scrub_left_and_passes_order_numbers(tmp_path, monkeypatch):
    monkeypatch.setenv("GOVERNED_TUNING_PSEUDONYM_KEY", "grouped-ids-test-key-0123456789")
    planted = ["Rosa - please use RTR CS9 182 S for the refund form.", "ref 8802011623160 - the blender broke",
               "NRIC T97 477 72D (copied from the scan)"]
    gate = PiiGate(load_policy("default").policy.pii)
    gate.scrubber.detect_many = lambda texts: [[] for _ in texts]  # blind: every value is left for the re-scan
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"text": t}) + "\n" for t in planted), encoding="utf-8")
    res = gate.check(src, tmp_path / "out.jsonl")
    assert res.verdict == "fail" and not (tmp_path / "out.jsonl").exists()
    found = [r for r in res.evidence["residual_positions"] if r["why"] == "independent"]
    assert {r["entity"] for r in found} == {"IN_PAN", "KR_RRN", "SG_NRIC_FIN"}
    blob = res.evidence.model_dump_json() + json.dumps(res.reasons)
    assert "RTR CS9" not in blob and "8802011623160" not in blob  # kinds and positions, never a value
    ordinary = ["order 668002350 ships tomorrow; ticket 614336154 is closed.",
                "Posted 2026-08-14 14:50: firmware 4.3.1 bricked it. SKU TB-2301-A, EAN 4943590253554."]
    src.write_text("".join(json.dumps({"text": t}) + "\n" for t in ordinary), encoding="utf-8")
    res = gate.check(src, tmp_path / "ok.jsonl")
    assert res.verdict == "pass", res.reasons
