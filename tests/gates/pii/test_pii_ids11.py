"""ids11 (issue 11, part 3): identifiers with no label. A Spanish NIE / DNI in every writing people use (dashed,
spaced, lower case, in parentheses, glued to Chinese); and the same shapes that fail the check letter, or that are
no Spanish number's, left alone."""

from __future__ import annotations

import pytest

from governed_tuning.gates.pii.identifiers import identifiers

NIE, DNI = "X9549656X", "08470054M"  # python-stdnum es.nie / es.dni valid


def kinds_at(text: str, value: str) -> set[str]:
    s = text.index(value)
    return {f.entity for f in identifiers(text) if f.start <= s and f.end >= s + len(value) and f.score >= 0.4}


TEMPLATES = ["Ana López ({w})", "Gracias, todo bien ({w})", "please update {w} in my file", "我的号码是{w}。"]


@pytest.mark.parametrize("written", ["X-9549656-X", "X 9549656 X", "X.9549656.X", "x9549656x", "x-9549656-x",
                                     "x 9549656 x", "x9549656-x"])
def test_a_spanish_nie_in_every_writing_without_a_label(written):
    missed = [t for t in TEMPLATES if "ES_NIE" not in kinds_at(t.format(w=written), written)]
    assert not missed


@pytest.mark.parametrize("written", ["08470054 M", "08470054m", "08470054-m", "08470054 m"])
def test_a_spanish_dni_in_every_writing_without_a_label(written):
    missed = [t for t in TEMPLATES if "ES_NIF" not in kinds_at(t.format(w=written), written)]
    assert not missed


def test_a_wrong_check_letter_or_another_shape_is_no_spanish_number():
    for written in ["x9549656a", "X 9549656 A", "08470054a", "08470054 a", "w9549656x"]:
        for t in TEMPLATES:
            assert not {"ES_NIE", "ES_NIF"} & kinds_at(t.format(w=written), written), (t, written)


def test_a_lower_case_code_of_other_kinds_still_needs_its_label():
    """Only the Spanish numbers' check letter makes a bare lower-case token rare by chance; a lower-case code
    that passes another kind's check (an Indian PAN's layout) is as likely a handle, and stays."""
    assert not kinds_at("follow acupa7092r for updates", "acupa7092r")


def test_a_phone_in_parentheses_is_still_not_read_from_its_area_code():
    """The "(" rule: a run of digit groups right after "(" starts with a phone's area code; it still holds for
    digit groups, only a run that begins or ends in letters is read whole."""
    assert not kinds_at("call me (03 1234 5678)", "03 1234 5678") - {"PHONE_NUMBER"}


def _broken(value: str) -> str:
    """``value`` with its last digit changed: its check fails."""
    i = max(k for k, c in enumerate(value) if c.isdigit())
    return value[:i] + str((int(value[i]) + 1) % 10) + value[i + 1:]


@pytest.mark.parametrize("kind,value,label", [
    ("CZ_BANK_ACCOUNT", "034278-6772775428/0800", "číslo účtu"),
    ("DO_CEDULA", "388-3848315-4", "cédula"),
    ("NL_ONDERWIJSNUMMER", "103992383", "onderwijsnummer"),
    ("NO_BANK_ACCOUNT", "9025.93.67955", "kontonummer"),
])
def test_kinds_added_for_ids11_by_their_check_and_shape(kind, value, label):
    """Valid in the kind's own shape without a label (its checks are strong there), beside its label, never with
    its check broken."""
    assert kind in kinds_at(f"Ana López ({value})", value)
    assert kind in kinds_at(f"{label}: {value}", value)
    assert kind not in kinds_at(f"Ana López ({_broken(value)})", _broken(value))
    assert kind not in kinds_at(f"{label}: {_broken(value)}", _broken(value))


def test_the_weak_checks_of_the_added_kinds_stay_beside_their_labels():
    """A Dominican cédula's Luhn and a Norwegian account's mod 11 over eleven bare digits: one random number in
    ten passes; beside their own words only."""
    assert "DO_CEDULA" not in kinds_at("I sent 38838483154 yesterday", "38838483154")
    assert "DO_CEDULA" in kinds_at("cédula 38838483154", "38838483154")
    assert "NO_BANK_ACCOUNT" not in kinds_at("I sent 90259367955 yesterday", "90259367955")
    assert "NO_BANK_ACCOUNT" in kinds_at("kontonummer 90259367955", "90259367955")


def test_numbers_python_stdnum_and_the_rescan_accept_are_scrubbed_too():
    """A South African ID whose twelfth digit is not 8 or 9 and a French NIR whose month digits are 13 pass
    python-stdnum, and the re-scan's independent pass reads them as leftovers: the scrub takes them."""
    assert "ZA_ID_NUMBER" in kinds_at("Paige Davies (8501265517010)", "8501265517010")
    assert "FR_NIR" in kinds_at("Hi, any news on my refund? (284139954238056)", "284139954238056")


def test_an_irish_pps_number_of_eight_characters_is_taken_without_a_label():
    assert "IE_PPS" in kinds_at("sorry for the delay (9380932F)", "9380932F")
    assert "IE_PPS" not in kinds_at("sorry for the delay (9380932G)", "9380932G")  # its check letter broken
    assert not kinds_at("sorry for the delay (93809321)", "93809321")  # digits alone: eight is too short


def test_mixed_codes_with_a_check_character_in_lower_case():
    assert "MX_CURP" in kinds_at("Ana López (galg910202mjcpnr00)", "galg910202mjcpnr00")
    assert "IN_VOTER" in kinds_at("Matteo Pastor (wkh9076035)", "wkh9076035")
    assert not kinds_at("see the file x9549656x.txt", "x9549656x")  # a file's name


def test_a_build_number_is_kept_and_not_read_back_as_a_phone():
    """"build 20240503.4" after "call back later": the detector keeps it (a release's number), and the re-scan's
    phone reader, which takes a number after "call" as a phone, reads the word between as it does an order's."""
    from governed_tuning.gates.pii.rescan_independent import scan

    text = "ok I will call back later (build 20240503.4)"
    assert not kinds_at(text, "20240503.4")
    assert [f for f in scan(text, ["PHONE_NUMBER"]) if f.score >= 1.0] == []
    assert [f.entity for f in scan("ok I will call back later (0612345678)", ["PHONE_NUMBER"])] == ["PHONE_NUMBER"]


def test_everyday_words_spelled_like_labels_do_not_confirm_a_number_by_the_rescan():
    """Polish "pan" (Mr) before a name is no Indian PAN label, German "ein" no EIN: the number after the name
    is only suspected (a release is not blocked on it); the labels in capitals still confirm."""
    from governed_tuning.gates.pii.rescan_independent import scan

    number = "2610855622303"  # passes python-stdnum's pk.cnic layout
    assert [f for f in scan(f"pan Rolf Hamann ({number})", ["PK_CNIC"]) if f.score >= 1.0] == []
    assert [f for f in scan(f"ein Auftrag ({number})", ["PK_CNIC"]) if f.score >= 1.0] == []
    assert [f.entity for f in scan(f"PAN {number}", ["PK_CNIC"]) if f.score >= 1.0] == ["PK_CNIC"]


def test_a_sim_s_subscriber_identity_beside_its_label_only():
    """python-stdnum imsi checks the country and network codes: one random 15-digit number in four passes."""
    from governed_tuning.gates.pii.rescan_independent import scan

    assert "IMSI" in kinds_at("IMSI: 418489446652260", "418489446652260")
    assert "IMSI" in kinds_at("My IMSI is 418489446652260.", "418489446652260")
    assert "IMSI" not in kinds_at("I sent 418489446652260 yesterday", "418489446652260")
    assert "IMSI" not in kinds_at("IMSI: 439011234567890", "439011234567890")  # no such country code
    assert [f for f in scan("ok (418489446652260)", ["IMSI"]) if f.score >= 1.0] == []
