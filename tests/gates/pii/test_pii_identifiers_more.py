"""Recognizers issue 11 asks a unit test for and test_pii_identifiers.py does not cover: every kind with a
checksum, valid beside its label, refused with a broken check, and found without a label (the bare-number
rule); kinds with a published format only, found beside their label and not without it, or, where the format
is distinctive (postcodes, UK driving licences, UUIDs ...), found with no label and refused when malformed. Values were made and
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
    ("ZA_ID_NUMBER", "6610097136089", "6610097136088", "za.idnr", "ID number"),
    ("ABA_ROUTING_NUMBER", "036467031", "036467032", "us.rtn", "routing number"),
    ("US_NPI", "1426084293", "1426084294", None, "NPI"),
    ("MEDICAL_LICENSE", "AB5856402", "AB5856403", None, "DEA number"),
    ("US_PROVIDER_TAX_ID", "12-3456789", "00-3456789", "us.ein", "EIN"),  # python-stdnum checks the prefix
    ("KR_FRN", "931015-5921558", "931015-5921559", "kr.rrn", "foreigner registration number"),
]
# kind, value in the published format, a malformed one, label
FORMAT_ONLY = [
    ("ES_PASSPORT", "PAB123456", "PAB12345", "pasaporte"),
    ("IT_PASSPORT", "YA1234567", "YA123456", "passaporto"),
    ("DE_HEALTH_INSURANCE", "A123456780", "A12345678", "Versichertennummer"),
    ("ZA_PASSPORT", "A12345678", "A1234567", "passport"),
    ("KR_PASSPORT", "M123A4567", "M123A456", "passport"),
    ("DE_TAX_NUMBER", "21/815/08150", "21/81/08150", "Steuernummer"),
    ("UK_VEHICLE_REGISTRATION", "AB51ABC", "AB51AB", "reg plate"),  # written whole: only beside its label
    ("UK_PASSPORT", "AB1234567", "AB123456", "passport"),
    ("DE_BSNR", "123456789", "12345678", "BSNR"),
    ("DE_LANR", "987654321", "98765432", "LANR"),
    ("DE_FUEHRERSCHEIN", "AB12345678C", "AB1234567C", "Führerschein"),
    ("DE_ID_CARD", "T22000129", "T2200012", "Personalausweis"),
    ("DE_KFZ", "M-AB 1234", "M-ABC 1234", "Kennzeichen"),
    ("DE_PLZ", "10115", "1011", "PLZ"),
    ("IN_PASSPORT", "J8369851", "J0369851", "passport"),
    ("IN_VEHICLE_REGISTRATION", "MH 12 AB 1234", "MH 12 AB 123", "vehicle registration"),
    ("IT_DRIVER_LICENSE", "MI1234567A", "MI123456A", "patente"),
    ("IT_IDENTITY_CARD", "AB1234567", "AB123456", "carta d'identità"),  # the paper card's number
    ("KR_DRIVER_LICENSE", "11-12-123456-12", "11-12-12345-12", "driver's license"),
    ("NG_NIN", "12345678901", "1234567890", "NIN"),
    ("NG_VEHICLE_REGISTRATION", "ABC-123DE", "AB-123DE", "plate number"),
    ("PH_PASSPORT", "P1234567A", "P123456A", "passport"),
    ("PH_TIN", "123-456-789-000", "123-456-78", "TIN"),
    ("PH_UMID", "0111-1234567-8", "0111-123456-8", "UMID"),
    ("TR_LICENSE_PLATE", "34 ABC 123", "99 ABC 123", "plaka"),
    ("US_BANK_NUMBER", "12345678901", "1234567", "bank account number"),
    ("US_CLAIM_NUMBER", "CLM-12345678", "CLM-12345", "claim"),
    ("US_HEALTH_INSURANCE_MEMBER_ID", "XYZ123456789", "X-1234", "member ID"),
    ("US_PRESCRIPTION_NUMBER", "RX-1234567", "RX-12345", "prescription"),
    ("US_PRIOR_AUTHORIZATION_NUMBER", "PA-1234567", "PA-12345", "prior authorization"),
    ("US_REFERRAL_NUMBER", "REF-1234567", "REF-12345", "referral"),
    ("ZA_DRIVER_LICENSE", "12345678AB", "12345AB", "driving licence"),
    ("ZA_INCOME_TAX_NUMBER", "0123456789", "012345678", "income tax number"),
    ("ZA_VAT_NUMBER", "4123456789", "412345678", "VAT"),
    ("ZA_LICENSE_PLATE", "ABC 123 GP", "ABC 123 XX", "registration"),
    ("ZA_PASSPORT", "A12345678", "A1234567", "passport"),
    ("ZA_TRAFFIC_REGISTER_NUMBER", "1234567890123", "123456789012", "traffic register number"),
]
# kinds with a format distinctive enough to be found with no label at all: kind, value, malformed
ALONE = [
    ("UK_POSTCODE", "SW1A 1AA", "SW1A 1A"),
    # the Bundesdruckerei's alphabet, a passport's first letter, digits and letters mixed (the specimen's number)
    ("DE_PASSPORT", "C01X00T47", "C01A00T47"),
    ("CA_POSTAL_CODE", "K1A 0B1", "K1A 0B"),
    ("UK_DRIVING_LICENCE", "MORGA753116SM9IJ", "MORGA753116SM9I"),
    ("DE_SOCIAL_SECURITY", "12010180M123", "12010180123"),
    ("DE_HANDELSREGISTER", "HRB 123456", "HRC 123456"),
    ("ZA_COMPANY_REGISTRATION", "2019/123456/07", "2019/12345/07"),
    ("ZA_MOBILE_NUMBER", "082 123 4567", "082 123 456"),
    ("ZA_TELEPHONE_NUMBER", "011 123 4567", "011 123 456"),
    ("UUID", "123e4567-e89b-12d3-a456-426614174000", "123e4567-e89b-12d3-a456-42661417400"),
    ("US_MBI", "1EG4-TE5-MK73", "1EG4-TE5-MK7"),  # CMS's fixed layout, 4-3-4 or whole
    ("US_MBI", "1EG4TE5MK73", "1EG4TE5MK7"),
    ("UK_VEHICLE_REGISTRATION", "AB51 ABC", "AB51 AB"),  # DVLA's printed mark
    ("IT_IDENTITY_CARD", "CA12345AB", "CA1234AB"),  # the electronic card (CIE)
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


@pytest.mark.parametrize("kind,value,malformed", ALONE, ids=[c[0] for c in ALONE])
def test_distinctive_formats_are_found_without_a_label(kind, value, malformed):
    assert kind in kinds_at(f"Details: {value} (on file)", value)
    assert kind not in kinds_at(f"Details: {malformed} (on file)", malformed)


def test_a_kind_is_found_beside_the_names_python_stdnum_gives_it():
    """A kind taken only beside its label is found beside any of the names python-stdnum's documentation gives
    its number ("Rol Único Nacional", "Mispar Zehut", "RUN" in capitals), not beside the verb "run". (An
    eight-character RUT: one of nine characters is taken bare as well, ids9.)"""
    assert "CL_RUT" in kinds_at("RUN 15521287", "15521287")
    assert "IL_ID_NUMBER" in kinds_at("Mispar Zehut 123456782", "123456782")
    assert "CL_RUT" not in kinds_at("I run 15521287 tests", "15521287")
