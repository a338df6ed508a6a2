"""The personal numbers python-stdnum validates that Presidio has no recognizer for (the other EU and EEA
countries, Switzerland, China, Japan, Russia, Ukraine, Indonesia, Pakistan, Malaysia, Israel, Mexico, Chile,
Argentina): each valid beside its label, in context, regrouped in threes; refused with its check broken; found
with no label where its format or check is distinctive (a date of birth and a check digit, a slash, dots and
dashes) or where it has a check digit and nine characters or more (ids9: a bare reading, ``BARE_SCORE``, that
a label word of another kind does not raise), and only beside its label where python-stdnum checks a layout. Values were made
with python-stdnum's own functions; the test checks each claim about them first."""

from __future__ import annotations

from importlib import import_module

import pytest

from governed_tuning.gates.pii.identifiers import BARE_SCORE, identifiers
from governed_tuning.gates.pii.kinds import KINDS
from governed_tuning.policy import load_policy

# kind, valid value as written, the same value with its check (or date) broken, label, stdnum module, found alone
CASES = [
    ("BE_NATIONAL_NUMBER", "80.05.06-078.02", "80.05.06-078.03", "rijksregisternummer", "be.nn", True),
    ("EE_PERSONAL_CODE", "46706188892", "46706188893", "isikukood", "ee.ik", True),
    ("LT_PERSONAL_CODE", "47512081666", "47512081667", "asmens kodas", "lt.asmens", True),
    ("LV_PERSONAL_CODE", "050950-12541", "050950-12542", "personas kods", "lv.pvn", True),
    ("RO_CNP", "1780807016893", "1780807016894", "CNP", "ro.cnp", True),
    ("BG_EGN", "9109265757", "9109265758", "ЕГН", "bg.egn", True),  # bare: ten digits, date and check
    ("CZ_BIRTH_NUMBER", "910404/1331", "910404/1332", "rodné číslo", "cz.rc", True),
    ("HR_OIB", "61485405815", "61485405816", "OIB", "hr.oib", True),  # bare: eleven digits
    ("GR_AMKA", "02087186470", "02087186471", "ΑΜΚΑ", "gr.amka", True),
    ("IS_KENNITALA", "200597-5839", "200597-5849", "kennitala", "is_.kennitala", True),
    ("SI_EMSO", "2301999505349", "2301999505340", "EMŠO", "si.emso", True),
    ("PT_CITIZEN_CARD", "51041375 9 SH7", "51041375 9 SH8", "cartão de cidadão", "pt.cc", True),
    ("AT_SOCIAL_SECURITY", "8789091275", "8789091276", "Sozialversicherungsnummer", "at.vnr", True),
    ("CH_AHV", "756.5691.6697.81", "756.5691.6697.82", "AHV-Nummer", "ch.ssn", True),
    # (ids11: seven digits and a check letter are taken with no label too: one random code in 23 passes)
    ("IE_PPS", "9735097U", "9735097V", "PPS number", "ie.pps", True),
    ("CN_RESIDENT_ID", "11010119900827278X", "110101199008272781", "身份证号", "cn.ric", True),
    ("JP_MY_NUMBER", "3846 2665 1138", "3846 2665 1139", "マイナンバー", "jp.in_", True),
    ("MY_NRIC", "800103-08-1720", "801303-08-1720", "MyKad", "my.nric", True),
    ("ID_NIK", "3171092404915172", "3171092413915172", "NIK", "id.nik", True),
    ("RU_INN", "864540245588", "864540245589", "ИНН", "ru.inn", True),  # bare: two check digits
    ("UA_RNTRC", "7901303761", "7901303762", "РНОКПП", "ua.rntrc", True),
    ("IL_ID_NUMBER", "495822710", "495822711", "מספר זהות", "il.idnr", True),
    ("MX_CURP", "GALG910202MJCPNR00", "GALG910202MJCPNR01", "CURP", "mx.curp", True),
    ("CL_RUT", "14.210.559-4", "14.210.559-5", "RUT", "cl.rut", True),
    ("AR_CUIT", "20-07329797-5", "20-07329797-6", "CUIT", "ar.cuit", True),
]


def kinds_at(text: str, value: str) -> set[str]:
    s = text.index(value)
    return {f.entity for f in identifiers(text) if f.start <= s and f.end >= s + len(value)}


@pytest.mark.parametrize("kind,valid,invalid,label,module,alone", CASES, ids=[c[0] for c in CASES])
def test_national_number(kind, valid, invalid, label, module, alone):
    mod = import_module(f"stdnum.{module}")
    assert mod.is_valid(valid) and not mod.is_valid(invalid)  # the cases are what they claim
    assert kind in KINDS and KINDS[kind].country and not KINDS[kind].presidio
    assert kind in kinds_at(f"My {label} is {valid}, thanks.", valid)  # valid, in context
    assert kind in kinds_at(f"{label}: {valid}", valid)  # a form's line
    assert kind not in kinds_at(f"My {label} is {invalid}, thanks.", invalid)  # broken check
    compact = mod.compact(valid)
    threes = " ".join(compact[k:k + 3] for k in range(0, len(compact), 3))
    assert kind in kinds_at(f"{label} {threes} (copied from the scan)", threes)  # regrouped
    assert (kind in kinds_at(f"Details: {valid} (on file)", valid)) == alone  # no label


def test_every_shipped_policy_targets_them():
    for name in ("default", "gdpr", "ccpa"):
        targeted = set(load_policy(name).policy.pii.entities)
        assert {c[0] for c in CASES} <= targeted, name


@pytest.mark.parametrize("text", [
    "I run 14210559-4 tests a day", "account number 49582271-0 is closed", "room 3846 2665 1138 booked",
    "Holiday Inn, booking 864540245588", "call 7901303761 after six",
])
def test_a_weak_check_needs_its_own_label(text):
    """Without its own label a weak check's number is only a bare reading (``BARE_SCORE``: a policy that raises
    ``score_threshold`` keeps it), whatever word of another thing stands beside it ("run", "room", "call")."""
    weak = [f for f in identifiers(text) if f.entity in {"CL_RUT", "IL_ID_NUMBER", "JP_MY_NUMBER", "RU_INN",
                                                         "UA_RNTRC"}]
    assert all(f.score == BARE_SCORE and f.source.endswith("_unlabelled") for f in weak), weak
