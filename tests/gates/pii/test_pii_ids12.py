"""ids12 (issue 11): python-stdnum's other numbers of persons, each beside its label, with a wrong check, with no
label, and a look-alike that is nobody's; an integer in a JSON record read as its digits written as a string."""

from __future__ import annotations

import pytest

from governed_tuning.gates.pii import fields as pf
from governed_tuning.gates.pii.identifiers import SPECS, identifiers
from governed_tuning.gates.pii.kinds import KINDS
from governed_tuning.policy import load_policy


def kinds_at(text: str, value: str) -> set[str]:
    s = text.index(value)
    return {f.entity for f in identifiers(text) if f.start <= s and f.end >= s + len(value) and f.score >= 0.4}


# kind, label, valid value (python-stdnum is_valid), the same with a wrong check character (None: no check)
LABELLED = [
    ("UK_UPN", "UPN", "F35878761532T", "F35878761532A"),
    ("MU_NID", "NID", "J1703815004764", "J1703815004760"),
    ("GH_TIN", "TIN", "P0048768103", "P0048768100"),
    ("PE_RUC", "RUC", "15900261427", "15900261420"),
    ("EC_RUC", "RUC", "1329261265206", None),
    ("CA_BC_PHN", "PHN", "9347649793", "9347649790"),
    ("SV_NIT", "NIT", "11165457897392", "11165457897390"),
    ("VE_RIF", "RIF", "V080623700", "V080623701"),
    ("ID_NPWP", "NPWP", "880026869990306", None),
    ("CO_NIT", "NIT", "0894699818", "0894699810"),
    ("AD_NRT", "NRT", "E580730N", None),
    ("US_ATIN", "ATIN", "911930512", None),
    ("AL_NIPT", "NIPT", "J15736819A", None),
    ("AZ_VOEN", "VÖEN", "0364262122", "0364262120"),
    ("BY_UNP", "УНП", "MA2200338", "MA2200330"),
    ("BG_PNF", "ЛНЧ", "4756093013", "4756093010"),
    ("EC_CI", "cédula", "1559449689", "1559449680"),
    ("GT_NIT", "NIT", "7078145", "7078140"),
    ("MZ_NUIT", "NUIT", "136634275", "136634270"),
    ("PY_RUC", "RUC", "3248-4", "3248-0"),
    ("VN_MST", "MST", "8056371297", "8056371290"),
    ("PL_NIP", "NIP", "6674202556", "6674202550"),
    ("RS_PIB", "PIB", "736269506", "736269500"),
    ("ME_PIB", "PIB", "61216577", "61216570"),
    ("MK_EDB", "ЕДБ", "0050512644101", "0050512644100"),
    ("GN_NIFP", "NIFp", "335-565-065", "335-565-060"),
    ("EG_TN", "رقم التسجيل الضريبي", "950-011-100", None),
    ("TN_MF", "matricule fiscal", "6927755/A", "6927755/U"),
    ("DZ_NIF", "NIF", "453832364056220", None),
    ("NL_PASSPORT", "paspoortnummer", "XR0127R10", None),
    ("AT_TIN", "Abgabenkontonummer", "15-951/8810", "15-951/8811"),
    ("ES_NIF", "NIF", "L1590458P", "L1590458A"),
]
# taken with no label at all: a check one random number in a hundred passes, or a printed form of its own
ALONE = [("UK_UPN", "F35878761532T"), ("MU_NID", "J1703815004764"), ("GH_TIN", "P0048768103"),
         ("PE_RUC", "15900261427"), ("CA_BC_PHN", "9347649793"), ("SV_NIT", "1116-545789-739-2"),
         ("SV_NIT", "06141205961237"), ("VE_RIF", "V-08062370-0"), ("ID_NPWP", "88.002.686.9-990.306"),
         ("CO_NIT", "089.469.981-8"), ("AD_NRT", "E-580730-N"), ("US_ATIN", "911-93-0512"), ("ES_NIF", "L1590458P")]
# only beside their label: a check one random number in ten passes, or none
LABEL_ONLY = [("AZ_VOEN", "0364262122"), ("BY_UNP", "MA2200338"), ("BG_PNF", "4756093013"), ("EC_CI", "1559449689"),
              ("MZ_NUIT", "136634275"), ("VN_MST", "8056371297"), ("PL_NIP", "6674202556"), ("RS_PIB", "736269506"),
              ("MK_EDB", "0050512644101"), ("DZ_NIF", "453832364056220"), ("NL_PASSPORT", "XR0127R10"),
              ("AL_NIPT", "J15736819A"), ("ID_NPWP", "880026869990306"), ("EC_RUC", "1329261265206")]


@pytest.mark.parametrize(("kind", "label", "value", "wrong"), LABELLED, ids=[x[0] + "-" + x[2] for x in LABELLED])
def test_beside_its_label_and_not_with_a_wrong_check(kind, label, value, wrong):
    assert kind in kinds_at(f"{label}: {value}", value)
    assert kind in kinds_at(f"Mi {label} es {value}, gracias", value)  # in a sentence
    if wrong is not None:
        assert kind not in kinds_at(f"{label}: {wrong}", wrong)


@pytest.mark.parametrize(("kind", "value"), ALONE)
def test_a_strong_check_or_a_printed_form_is_taken_with_no_label(kind, value):
    assert kind in kinds_at(f"Thanks, the parcel arrived today ({value})", value)
    assert kind in kinds_at(f"| Ana Lima | Quito | {value} |", value)


@pytest.mark.parametrize(("kind", "value"), LABEL_ONLY)
def test_a_weak_check_needs_its_label(kind, value):
    assert kind not in kinds_at(f"please update {value} in my file", value)
    assert kind not in kinds_at(f"ID number {value}", value)  # a generic word names no weak kind


def test_nobody_s_look_alikes_are_not_taken():
    for text, value in [("order 15900261427 has shipped", "15900261427"),  # a Peruvian RUC's shape after "order"
                        ("tracking number 9347649793", "9347649793"),
                        ("SKU F35878761532T", "F35878761532T"), ("ts 1712345678", "1712345678")]:
        assert not {"PE_RUC", "CA_BC_PHN", "UK_UPN", "EC_CI", "VN_MST"} & kinds_at(text, value), text


def test_every_new_kind_is_in_the_catalogue_and_every_shipped_policy():
    new = {s.kind for s in SPECS} & {k for k, _, _, _ in LABELLED}
    for name in ("default", "gdpr", "ccpa"):
        targeted = set(load_policy(name).policy.pii.entities)
        assert new <= targeted, (name, new - targeted)
    assert new <= set(KINDS)


def test_an_integer_under_any_key_is_read_as_its_digits():
    rec = {"name": "Ana", "pesel": 40110423601, "number": 911930512, "ts": 1712345678, "amount_cents": 123456789,
           "order_id": 40110423601, "qty": 123456789, "row": 1234}
    by = {sl.path: sl for sl in pf.slots(rec) if sl.kind == "number"}
    assert by[("pesel",)].digits and by[("number",)].digits
    assert ("ts",) not in by and ("amount_cents",) not in by and ("qty",) not in by  # a time, an amount, a count
    assert ("row",) not in by  # shorter than any bare identifier
    assert ("order_id",) not in by  # an order's number, though its digits pass a PESEL's check
    # a key that names a kind keeps its reading as a label (not restricted to identifiers)
    assert not pf.slots({"phone": 4155550132}, None)[1].digits


def test_an_integer_read_as_digits_keeps_national_numbers_in_their_own_shape_or_dated():
    from governed_tuning.gates.pii.recognizers import Finding

    found = [Finding(0, 11, "PL_PESEL", 0.85, "id_pl_pesel"),  # its own shape: kept
             Finding(0, 10, "PHONE_NUMBER", 0.6, "phone"),  # a Unix time is no phone here
             Finding(0, 9, "NL_BSN", 0.45, "id_nl_bsn_unlabelled"),  # a bare mod-11 digit: an amount as often
             Finding(0, 10, "IS_KENNITALA", 0.45, "id_is_kennitala_unlabelled")]  # a date of birth and a check
    assert [f.entity for f in pf.as_national_number(found)] == ["PL_PESEL", "IS_KENNITALA"]


def test_an_israeli_id_key_written_with_an_underscore_or_a_space_names_its_kind():
    from governed_tuning.gates.pii.identifiers import names_checked_kind

    assert names_checked_kind("ת_ז") and names_checked_kind("ת.ז.")
    assert "IL_ID_NUMBER" in kinds_at("ת ז: 330415928", "330415928")
