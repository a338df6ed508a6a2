"""Recognizers issue 11 asks a unit test for and test_pii_identifiers.py does not cover: every kind with a
checksum, valid beside its label, refused with a broken check, and found without a label (the bare-number
rule); kinds with a published format only, found beside their label and not without it. Values were made and
checked with python-stdnum (or, for NPI and DEA numbers, with CMS's and DEA's published check rules)."""

from __future__ import annotations

import pytest
from stdnum import luhn

from governed_tuning.gates.pii.identifiers import identifiers

# kind, valid value, the same value with its check broken (its date or range, where python-stdnum checks only
# those), the python-stdnum module (None: the published rule in _valid), label
CHECKED = [
    ("IT_VAT_CODE", "03909960308", "03909960307", "it.iva", "partita IVA"),
    ("SE_ORGANISATIONSNUMMER", "552462-8194", "552462-8195", "se.orgnr", "organisationsnummer"),
    ("DK_CPR", "181151-1993", "321351-1993", "dk.cpr", "CPR-nr."),  # python-stdnum checks the date, not a digit
    ("NO_FODSELSNUMMER", "17085394983", "17085394984", "no.fodselsnummer", "fødselsnummer"),
    ("DE_VAT_ID", "DE102010195", "DE102010194", "de.vat", "USt-IdNr."),
    ("IN_GSTIN", "27VJOPL6612U1ZN", "27VJOPL6612U1ZM", "in_.gstin", "GSTIN"),
    ("IN_VOTER", "BVU7212061", "BVU7212062", "in_.epic", "voter ID"),
    ("SG_UEN", "201867518H", "201867518K", "sg.uen", "UEN"),
    ("AU_ACN", "461900327", "461900328", "au.acn", "ACN"),
    ("KR_BRN", "994-88-29369", "000-88-29369", "kr.brn", "business registration number"),  # no digit: ranges
    ("ZA_ID_NUMBER", "6610097136089", "6610097136088", "za.idnr", "ID number"),
    ("ABA_ROUTING_NUMBER", "036467031", "036467032", "us.rtn", "routing number"),
    ("US_NPI", "1426084293", "1426084294", None, "NPI"),
    ("MEDICAL_LICENSE", "AB5856402", "AB5856403", None, "DEA number"),
]
# kind, value in the published format, a malformed one, label
FORMAT_ONLY = [
    ("ES_PASSPORT", "PAB123456", "PAB12345", "pasaporte"),
    ("IT_PASSPORT", "YA1234567", "YA123456", "passaporto"),
    ("DE_HEALTH_INSURANCE", "A123456780", "A12345678", "Versichertennummer"),
    ("ZA_PASSPORT", "A12345678", "A1234567", "passport"),
    ("KR_PASSPORT", "M123A4567", "M123A456", "passport"),
    ("DE_TAX_NUMBER", "21/815/08150", "21/81/08150", "Steuernummer"),
    ("UK_VEHICLE_REGISTRATION", "AB51 ABC", "AB51 AB", "reg plate"),
]


def kinds_at(text: str, value: str) -> set[str]:
    s = text.index(value)
    return {f.entity for f in identifiers(text) if f.start <= s and f.end >= s + len(value)}


def _valid(module, kind, value):
    if module is not None:
        from importlib import import_module

        return import_module(f"stdnum.{module}").is_valid(value)
    d = value[2:]
    if kind == "US_NPI":
        return luhn.is_valid("80840" + value)
    return (int(d[0]) + int(d[2]) + int(d[4]) + 2 * (int(d[1]) + int(d[3]) + int(d[5]))) % 10 == int(d[6])


@pytest.mark.parametrize("kind,valid,invalid,module,label", CHECKED, ids=[c[0] for c in CHECKED])
def test_checked_identifier(kind, valid, invalid, module, label):
    assert _valid(module, kind, valid) and not _valid(module, kind, invalid)  # the cases are what they claim
    assert kind in kinds_at(f"My {label} is {valid}, thanks.", valid)  # valid, in context
    assert kind not in kinds_at(f"My {label} is {invalid}, thanks.", invalid)  # broken check
    assert kind in kinds_at(f"Details: {valid} (on file)", valid)  # without a label: nine characters or more


@pytest.mark.parametrize("kind,value,malformed,label", FORMAT_ONLY, ids=[c[0] for c in FORMAT_ONLY])
def test_format_only_identifier_needs_its_label(kind, value, malformed, label):
    assert kind in kinds_at(f"My {label} is {value}, thanks.", value)
    assert kind not in kinds_at(f"My {label} is {malformed}, thanks.", malformed)
    assert kind not in kinds_at(f"Details: {value} (on file)", value)  # no check digit: no label, no finding
