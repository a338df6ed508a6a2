"""Each identifier recognizer: a valid value is found beside its label, a value with a broken checksum is not,
a valid value is found without a label too (a bare number of nine or more characters that passes a national
check only just above the default threshold), and a value with no check at all (passports, licences, MRNs)
only beside its label. Values were made with python-stdnum (benchmarks/pii_idgen.py)."""

from __future__ import annotations

import pytest
from stdnum import bitcoin

from governed_tuning.gates.pii.identifiers import SPECS, identifiers
from governed_tuning.gates.pii.kinds import KINDS

# kind, valid value, the same value with a wrong check digit (or a malformed one), its label, found alone
CASES = [
    ("UK_NHS", "4461113930", "4461113931", "NHS number", True),
    ("UK_NINO", "OT297926B", "DQ297926B", "National Insurance number", True),
    ("ES_NIF", "43933283V", "43933280V", "DNI", True),
    ("ES_NIE", "Z6791601M", "Z6791600M", "NIE", True),
    ("IT_FISCAL_CODE", "PRPGVN57H13G275Y", "PRPGVN57H13G270Y", "codice fiscale", True),
    ("PL_PESEL", "57071043418", "57071043410", "PESEL", True),
    ("NL_BSN", "243301467", "243301460", "BSN", True),
    ("SE_PERSONNUMMER", "990625-2474", "990625-2470", "personnummer", True),
    ("FR_NIR", "245077505688012", "245077505688010", "numéro de sécurité sociale", True),
    ("DE_TAX_ID", "34 190 271 156", "34 190 271 150", "Steuer-ID", True),
    ("IN_AADHAAR", "8095 1367 4308", "8095 1367 4300", "Aadhaar", True),
    ("IN_PAN", "ZXOPE3910T", "ZXOQE3910T", "PAN", True),
    ("AU_TFN", "342371848", "342371840", "TFN", True),
    ("AU_ABN", "91771988403", "91771988400", "ABN", True),
    ("AU_MEDICARE", "2730 86879 3", "2730 86878 3", "Medicare number", True),
    ("CA_SIN", "614336154", "614336150", "SIN", True),
    ("BR_CPF", "936.713.545-93", "936.713.545-90", "CPF", True),
    ("US_ITIN", "969-94-0599", "969-93-0599", "ITIN", True),
    ("FI_PERSONAL_IDENTITY_CODE", "240572-790K", "240572-791K", "henkilötunnus", True),
    ("KR_RRN", "880201-1623149", "880201-1623140", "RRN", True),
    ("TH_TNIN", "7-3660-36532-82-7", "7-3660-36532-82-0", "Thai ID", True),
    ("SG_NRIC_FIN", "T9747772D", "T9747772A", "NRIC", True),
    ("CRYPTO", "36Upqe1GPbPMwLjsdjyJS9dHcWyC8Ermnb", "36Upqe1GPbPMwLjsdjyJS9dHcWyC0Ermnb", "bitcoin address", True),
    ("TR_NATIONAL_ID", "86234876284", "86234876280", "TC Kimlik", True),
    ("US_PASSPORT", "441502523", "44150252", "passport number", False),
    ("US_DRIVER_LICENSE", "M937032892034", "M9", "driver's license", True),  # a letter + 12 digits: distinctive
    ("MEDICAL_RECORD_NUMBER", "67828845", "678", "MRN", False),
]


def kinds_at(text: str, value: str) -> set[str]:
    s = text.index(value)
    return {f.entity for f in identifiers(text) if f.start <= s and f.end >= s + len(value)}


@pytest.mark.parametrize("kind,valid,invalid,label,alone", CASES, ids=[c[0] for c in CASES])
def test_identifier_recognizer(kind, valid, invalid, label, alone):
    assert kind in kinds_at(f"My {label} is {valid}, thanks.", valid)  # valid, in context
    assert kind not in kinds_at(f"My {label} is {invalid}, thanks.", invalid)  # broken check digit or format
    assert (kind in kinds_at(f"Details: {valid} (on file)", valid)) == alone  # without a label


def test_a_bare_checked_number_scores_below_a_labelled_one():
    from governed_tuning.gates.pii.identifiers import BARE_SCORE

    bare = [f for f in identifiers("Details: 243301467 (on file)") if f.entity == "NL_BSN"]
    labelled = [f for f in identifiers("My BSN is 243301467.") if f.entity == "NL_BSN"]
    assert bare[0].score == BARE_SCORE < 0.5 < labelled[0].score


@pytest.mark.parametrize("kind,value,level,label", [
    ("US_PASSPORT", "X44100101", "distinctive", "passport no."), ("US_PASSPORT", "955204643", "all", "passport no."),
    ("US_DRIVER_LICENSE", "WDL4KHLTERJE", "distinctive", "DL"), ("US_DRIVER_LICENSE", "H0396276", "distinctive", "DL"),
    ("US_DRIVER_LICENSE", "94604997", "all", "driving licence"),
    ("MEDICAL_RECORD_NUMBER", "MR-1329770", "distinctive", "MRN"),
    ("MEDICAL_RECORD_NUMBER", "PT-3652503", "distinctive", "patient ID"),
    ("MEDICAL_RECORD_NUMBER", "37286374", "all", "hospital number")])
def test_unchecked_kinds_without_a_label_follow_the_policys_unlabelled_ids(kind, value, level, label):
    """Passports, licences and MRNs have no check digit: without a label, a distinctive shape is taken by
    default, a bare digit run only under ``unlabelled_ids: all``, nothing under ``none``; with a label, always."""
    bare = f"Reference {value} - please keep it safe."
    got = {lv: kind in {f.entity for f in identifiers(bare, unlabelled=lv)} for lv in ("none", "distinctive", "all")}
    assert got == {"none": False, "distinctive": level == "distinctive", "all": True}
    assert kind in {f.entity for f in identifiers(f"My {label} is {value}.", unlabelled="none")}


def test_a_labelled_nino_is_not_lost_to_a_place_the_ner_model_sees():
    found = identifiers("as requested -> national insurance no = NC 53 52 06 C")
    assert [(f.entity, f.score) for f in found] == [("UK_NINO", 0.9)]


def test_generated_values_really_are_valid_and_broken_ones_are_not():
    assert bitcoin.is_valid(CASES[22][1]) and not bitcoin.is_valid(CASES[22][2])


def test_ordinary_numbers_are_not_identifiers():
    text = ("Order 12345678 shipped on 2024-03-05, ticket 5521, version 2.13.0, call between 9 and 17, "
            "3-5 days, 100 GB, invoice 2024/0042, 1,299.00 EUR")
    assert identifiers(text) == []


def test_every_spec_kind_is_in_the_catalogue_and_described():
    assert {s.kind for s in SPECS} <= set(KINDS)
    assert all(k.description and k.check for k in KINDS.values())


def test_the_catalogue_covers_presidios_predefined_recognizers():
    from presidio_analyzer import PatternRecognizer
    from presidio_analyzer import predefined_recognizers as pr

    kinds = set()
    for name in dir(pr):
        obj = getattr(pr, name)
        if isinstance(obj, type) and issubclass(obj, PatternRecognizer):
            kinds |= set(obj().supported_entities)
    assert len(kinds) > 60 and kinds <= set(KINDS), sorted(kinds - set(KINDS))


def test_a_number_inside_a_longer_identifier_does_not_rename_it():
    text = "My Steuer-ID is 40 009 756 236."
    assert {f.entity for f in identifiers(text)} == {"DE_TAX_ID"}
