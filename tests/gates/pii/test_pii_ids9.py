"""ids9 (issue 11, part 3): kinds python-stdnum validates that the gate missed (Kenya's KRA PIN, India's VID,
Argentine and Spanish bank accounts, Cuban and Costa Rican identity numbers), a checksum-valid number with no
label after a chat line, values glued to Chinese, and dates of birth with the birth verb after the date or the
month in the genitive. Each recognizer valid, with a broken check, in context and without a label; the clean
side beside it (order numbers, file names, non-birth dates)."""

from __future__ import annotations

import pytest
from stdnum.ar import cbu
from stdnum.es import ccc
from stdnum.in_ import vid
from stdnum.ke import pin

from governed_tuning.gates.pii.birthdates import dates_of_birth
from governed_tuning.gates.pii.contextual import handles
from governed_tuning.gates.pii.identifiers import BARE_SCORE, identifiers
from governed_tuning.gates.pii.kinds import KINDS
from governed_tuning.gates.pii.recognizers import ibans, ips, numbers
from governed_tuning.policy import load_policy


def kinds_at(text: str, value: str) -> dict[str, float]:
    s = text.index(value)
    return {f.entity: f.score for f in identifiers(text) if f.start <= s and f.end >= s + len(value)}


@pytest.mark.parametrize("kind,valid,invalid,label,module,alone", [
    ("KE_KRA_PIN", "A341540461E", "A34154046E", "KRA PIN", pin, True),
    ("IN_VID", "9216090705612509", "9216090705612508", "VID", vid, True),
    ("AR_CBU", "3217881439555038735867", "3217881439555038735868", "CBU", cbu, True),
    ("ES_CCC", "63352781123188141039", "63352781123188141038", "CCC", ccc, True),
])
def test_new_kinds_valid_broken_in_context_and_alone(kind, valid, invalid, label, module, alone):
    assert module.is_valid(valid) and not module.is_valid(invalid)  # the cases are what they claim
    assert kind in KINDS
    for name in ("default", "gdpr", "ccpa"):
        assert kind in load_policy(name).policy.pii.entities, name
    assert kind in kinds_at(f"My {label} is {valid}.", valid)
    assert kind in kinds_at(f"{label}: {valid}", valid)
    assert kind not in kinds_at(f"My {label} is {invalid}.", invalid)
    assert (kind in kinds_at(f"Thanks, the parcel arrived today ({valid})", valid)) == alone


def test_a_kra_pin_is_a_person_s_alone_and_a_company_s_beside_its_label():
    assert kinds_at("PIN no.: A341540461E", "A341540461E")["KE_KRA_PIN"] > 0.9
    assert "KE_KRA_PIN" in kinds_at("KRA PIN: P051365947M", "P051365947M")
    assert "KE_KRA_PIN" not in kinds_at("see P051365947M", "P051365947M")


def test_label_only_kinds_with_no_check_digit():
    assert "CU_NI" in kinds_at("Carné de identidad 64082506728", "64082506728")
    assert "CU_NI" not in kinds_at("here it is: 64082506728, thanks", "64082506728")
    assert "CR_CEDULA" in kinds_at("cédula 1-0455-0175", "1-0455-0175")
    assert "CR_CEDULA" not in kinds_at("ref 1-0455-0175 ok", "1-0455-0175")


@pytest.mark.parametrize("text,value,kind", [
    ("Thanks, got it (20396673089)", "20396673089", "AR_CUIT"),
    ("ok I will call back (152380690)", "152380690", "CL_RUT"),
    ("see you then (3273256611496685)", "3273256611496685", "ID_NIK"),
    ("thanks again (297059416)", "297059416", "PT_NIF"),
])
def test_a_checksum_valid_number_with_no_label_is_a_bare_reading(text, value, kind):
    found = kinds_at(text, value)
    assert found.get(kind) == BARE_SCORE, found


@pytest.mark.parametrize("text,value", [
    ("Order 20396673089 has shipped", "20396673089"), ("Invoice (297059416)", "297059416"),
    ("ticket 297059416", "297059416"), ("see the file 152380690.txt", "152380690"),
    ("https://cdn.example.org/img/297059416.png", "297059416"),
])
def test_an_order_number_or_a_file_name_is_no_bare_reading(text, value):
    assert not {k for k, score in kinds_at(text, value).items() if score <= BARE_SCORE}


def test_a_piece_of_a_longer_grouped_number_is_not_read_alone():
    # "4111 1111 1111" of a card is no Japanese My Number; the card is found whole, bracketed too
    assert "JP_MY_NUMBER" not in {f.entity for f in identifiers("Total (4111 1111 1111 1111)")}
    cards = [("Thanks (6242 1387 3929 1394)", "6242 1387 3929 1394"), ("x (4111 1111 1111 1111)", "4111 1111 1111 1111")]
    for text, value in cards:
        assert [(text[f.start:f.end], f.entity) for f in numbers(text)] == [(value, "CREDIT_CARD")]


def test_values_glued_to_words_written_without_spaces():
    text = "请退款到账户BG63 EVAC 8782 19Y7 8GZ1 5I。"
    assert [text[f.start:f.end] for f in ibans(text)] == ["BG63 EVAC 8782 19Y7 8GZ1 5I"]
    text = "账户ES1820285652870615609169。"
    assert [text[f.start:f.end] for f in ibans(text)] == ["ES1820285652870615609169"]
    text = "我的微博是@ekozma。"
    assert [text[f.start:f.end] for f in handles(text)] == ["@ekozma"]
    text = "登录来自2c35:f74:9cbd:c42:76b7:8e74:3685:251a。"
    assert [text[f.start:f.end] for f in ips(text)] == ["2c35:f74:9cbd:c42:76b7:8e74:3685:251a"]
    # still a whole token among Latin letters: no IBAN inside a longer word, no handle inside an address
    assert ibans("xBG63EVAC878219Y78GZ15I") == [] and handles("mail jane@ekozma.com") == []


@pytest.mark.parametrize("text,date", [
    ("2004.01.04. születtem", "2004.01.04."),  # the birth verb after the date (Hungarian)
    ("Esmu dzimis 14.04.1974.", "14.04.1974"),  # Latvian, a sentence's full stop after the date
    ("Rojen sem 20. februarja 1981", "20. februarja 1981"),  # Slovene genitive months (CLDR has the nominative)
    ("Datum rojstva: 13. julija 1946", "13. julija 1946"),
    ("Rođen sam 20. februara 1981.", "20. februara 1981"),  # Serbian / Bosnian in Latin letters
    ("Роден сам 20. фебруара 1981.", "20. фебруара 1981"),  # Serbian in Cyrillic
    ("Dzimšanas datums: 1974. gada 14. aprīlis", "1974. gada 14. aprīlis"),  # Latvian, CLDR's long form
    ("Esmu dzimusi 1981. gada 3. martā", "1981. gada 3. martā"),  # ... and the locative
    ("1974. április 14-én születtem", "1974. április 14-én"),  # a Hungarian day's case ending
    ("Data e lindjes: 14 prill 1974", "14 prill 1974"),  # Albanian
])
def test_dates_of_birth_in_more_languages(text, date):
    assert [text[f.start:f.end] for f in dates_of_birth(text)] == [date]


@pytest.mark.parametrize("text", ["Dostava 20. februarja 2024", "Račun z dne 13. julija 2023 je plačan",
                                  "A csomag 2024.01.04. érkezett", "Pasūtījums 14.04.2024. ir nosūtīts",
                                  "Pasūtījums piegādāts 2024. gada 14. aprīlī", "A csomag 2024. április 14-én érkezett"])
def test_other_dates_stay(text):
    assert dates_of_birth(text) == []


def test_a_birth_column_s_dates_with_a_full_stop_after_them():
    table = "| name | dob |\n|---|---|\n| Ana Novak | 13. julija 1946 |\n| Jan Berzins | 14.04.1974. |\n"
    assert [table[f.start:f.end] for f in dates_of_birth(table)] == ["13. julija 1946", "14.04.1974."]


def test_urls_and_emails_glued_to_chinese():
    from governed_tuning.gates.pii.contextual import urls
    from governed_tuning.gates.pii.recognizers import emails

    for text, value in [("我的主页是https://example.com/jane。", "https://example.com/jane"),
                        ("访问www.janedoe.com谢谢", "www.janedoe.com")]:
        assert [text[f.start:f.end] for f in urls(text)] == [value]
    text = "我的邮箱是jane.doe@gmail.com。"
    assert [text[f.start:f.end] for f in emails(text)] == ["jane.doe@gmail.com"]
    assert [f.entity for f in emails("mail 王伟@例子.中国 ok")] == ["EMAIL_ADDRESS"]  # an address in Han letters


def test_a_date_is_no_identifier_and_a_common_word_no_generic_label():
    # "no" is Portuguese for "in the": a weak check's number is not labelled by it, and a date is no number
    assert identifiers("O pedido A-8366 chegou no dia 19/01/2026 com defeito.") == []


def test_an_order_number_that_passes_luhn_is_no_card():
    for text in ("sorry for the delay (Order 798618650775344)", "Re: commande n° 3242764564998"):
        assert numbers(text) == []
    text = "Order 1234: card 4111111111111111"
    assert [text[f.start:f.end] for f in numbers(text)] == ["4111111111111111"]


def test_taiwan_mexico_venezuela():
    assert kinds_at("身分證字號A123456789", "A123456789")["TW_NATIONAL_ID"] > 0.9  # the ministry's own example
    assert "TW_NATIONAL_ID" in kinds_at("see A123456789 ok", "A123456789")  # its shape and check alone
    assert "TW_NATIONAL_ID" not in kinds_at("see A123456788 ok", "A123456788")  # a broken check
    assert kinds_at("NSS 60477843779", "60477843779")["MX_NSS"] > 0.9  # Luhn, beside its label
    assert "MX_NSS" not in kinds_at("NSS 60477843778", "60477843778")
    assert "VE_CEDULA" in kinds_at("Cédula: V-26052539", "V-26052539")
    assert "VE_CEDULA" in kinds_at("hola (V-1431849)", "V-1431849")  # "V-" and seven digits: its shape
    assert identifiers("model V-1234 ok, Order 60477843779") == []


@pytest.mark.parametrize("text,value,kind,bare", [
    ("ΑΦΜ: 495422059", "495422059", "GR_AFM", False), ("thanks (495422059)", "495422059", "GR_AFM", True),
    ("DNI: 32.071.897", "32.071.897", "AR_DNI", False),
    ("clave de elector VJMGMJ21032119M170", "VJMGMJ21032119M170", "MX_ELECTOR_KEY", False),
    ("ok (VJMGMJ21032119M170)", "VJMGMJ21032119M170", "MX_ELECTOR_KEY", True),
    ("dowód osobisty SNR936143", "SNR936143", "PL_ID_CARD", False), ("ok (SNR936143)", "SNR936143", "PL_ID_CARD", True),
    ("СНИЛС 112-233-445 95", "112-233-445 95", "RU_SNILS", False),
])
def test_greek_argentine_mexican_polish_russian_numbers(text, value, kind, bare):
    found = kinds_at(text, value)
    assert kind in found and (found[kind] < 0.6) == bare, found


def test_their_checks_and_labels_hold():
    assert "PL_ID_CARD" not in kinds_at("dowód osobisty SNR936144", "SNR936144")
    assert "RU_SNILS" not in kinds_at("СНИЛС 112-233-445 96", "112-233-445 96")
    assert "AR_DNI" not in kinds_at("I sent 32071897 yesterday", "32071897")  # no check: beside its label only


def test_the_rescan_confirms_no_number_whose_check_is_a_layout():
    """The re-scan's checksum pass must not confirm a bare number the detector leaves by design: a Cuban NI (a
    date, no check digit), a Costa Rican cédula, a company's KRA PIN, a Liechtenstein PEID (a layout only)."""
    from governed_tuning.gates.pii.rescan_independent import scan

    targeted = list(load_policy("default").policy.pii.entities)
    for text in ("ok (64082506728)", "ref 153494251227 ok", "see P051365947M", "note 00001234567 here"):
        assert [f for f in scan(text, targeted) if f.score >= 1.0] == [], text
    text = "ok (A123456789)"  # a Taiwanese id by its check and shape: confirmed, as the detector takes it
    assert [f.entity for f in scan(text, targeted) if f.score >= 1.0] == ["TW_NATIONAL_ID"]
