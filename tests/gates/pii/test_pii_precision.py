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


def _people(gate, text):
    return [text[f.start:f.end] for f in gate.scrubber.detect_many([text])[0] if f.entity == "PERSON"]


def test_labels_counted_nouns_and_sentence_openers_are_no_people(gate):
    # a field's label, at a line's start or after a sentence, in a language the English model does not read
    assert _people(gate, "Qty: 32\nПримечание: Will you check it?") == []
    assert _people(gate, "room B5. Årsak: (none; template). BP cuff AX-5489") == []
    assert _people(gate, "Ticket ORD-14752539 was closed on 11 May 2026 after 10 Tage.") == []  # a count's noun
    assert _people(gate, "Quiero cancelar la suscripción.") == []  # a sentence's first word
    # an identifier's label at a line's start is no one speaking (it had been scrubbed dataset-wide as a name)
    assert _people(gate, "Reisepass: verloren am Bahnhof\nPasaporte: caducado desde marzo") == []
    # ... while a speaker, a name after a number of its own and a sentence that opens with a name stay people
    assert _people(gate, "Ubul: What a wife.\nNicole: Remember me, Mary?") == ["Ubul", "Nicole", "Mary"]
    assert "Natasja" in _people(gate, "Why is Natasja so impulsive?")
    assert "Kadiev" in _people(gate, "On this list? Kadiev and Adams were precision engineers.")
    assert "Árpád" in _people(gate, "The bus drops you off at 518 Árpád fejedelem útja 62.")  # a street's number
    assert "Gijsbrecht" in _people(gate, 'Gijsbrecht: "Who are you?"\nAshley: "I\'m his daughter".')  # a dialogue
    assert "Anna Schmidt" in " ".join(_people(gate, "Call 0151 2345678, Anna Schmidt, after 5."))


def test_a_one_word_key_is_a_person_only_when_a_common_name(gate):
    from governed_tuning.gates.pii.people import judge_key
    from governed_tuning.gates.pii.recognizers import Finding

    def person(source):
        return [Finding(0, 8, "PERSON", 0.7, source)]

    assert judge_key("Cantidad", person("spacy_ner")) == []
    assert judge_key("Qty", person("name_list_word")) == []
    assert judge_key("Maria", person("spacy_ner")) == person("spacy_ner")  # a common name stays a person
    assert judge_key("Dana White", person("spacy_ner")) == person("spacy_ner")
    assert judge_key("Cantidad", person("person_context_email")) == person("person_context_email")  # by context


def test_a_product_list_is_no_address_and_a_town_no_person():
    from governed_tuning.gates.pii.gate import gazetteer_people
    from governed_tuning.gates.pii.streets import streets

    text = "Order ORD-21294885 ships within 1-2 days. Rose Gold case, Jordan sneakers size 44, Paris green paint."
    assert streets(text) == []
    listed = "Noted: Jane Doe, 555 0132 448, Myhrefaret 5, Trondstrøm."
    assert {listed[f.start:f.end] for f in streets(listed)} == {"Myhrefaret 5", "Trondstrøm"}
    for town in ("26 units of Santa Fe SUV (JF-7230) shipped", "meet at Santa Cruz de Tenerife"):
        assert gazetteer_people(town) == []
    for name in ("Also: Victoria Smith.", "Bill Gates wrote", "Ana Lima called"):
        assert gazetteer_people(name)


def test_salutations_thanks_and_labels_of_other_languages_are_no_people(gate):
    # "Dear" in the languages of letters is no part of the name it greets; the name still is one
    assert _people(gate, "Kjære Laurence Jespersen, takk for hjelpen.") == ["Laurence Jespersen"]
    assert _people(gate, "Beste Jan de Vries, bedankt voor uw bericht.") == ["Jan de Vries"]
    # "thanks for the help" in Arabic; "thanks, Ali" still names Ali
    assert _people(gate, "الهاتف 07 9061 8064\n\nشكرا على المساعدة!") == []
    assert _people(gate, "شكرا علي، سأتصل بك") == ["علي"]
    # a label of several words, and a header cell of several words, in a form or a table of people
    form = "ФИО: Евсей Даль\nДата рождения: 23.02.2003\nЭл. почта: blink.1983@mail.ru"
    assert _people(gate, form) == ["Евсей Даль"]
    table = "Примечание:\n\n| ФИО | Город | Телефон | Дата рождения |\n|---|---|---|---|\n| Варлам | Приозерск | +79123571769 | 01.06.1948 |"
    assert _people(gate, table) == ["Варлам"]
    assert _people(gate, "Maria Lopez: hi there, can you help?") == ["Maria Lopez"]  # a speaker, not a label


def test_a_person_who_reports_is_no_label(gate):
    text = "Hans Jürgen Winkler reports: My parcel never arrived. Contact on file: hj@example.de."
    assert _people(gate, text) == ["Hans Jürgen Winkler"]


def test_numbers_that_pass_a_checksum_by_chance_are_not_cards_or_ibans(gate):
    def kinds(text):
        return {(f.entity, text[f.start:f.end]) for f in gate.scrubber.detect_many([text])[0]}

    # a parcel's tracking number passes the IBAN checksum, but no country issues "JD"; an EAN passes Luhn
    assert kinds("tracking: JD8084093154532395") == set()
    assert not kinds("| SKU | EAN | qty |\n|---|---|---|\n| XQ-1867 | 8509700770722 | 37 |")
    # real ones stay, and a card word makes any Luhn number a card
    assert ("IBAN_CODE", "DE89 3704 0044 0532 0130 00") in kinds("IBAN DE89 3704 0044 0532 0130 00 please")
    assert ("IBAN_CODE", "IR850189991330361481100457") in kinds("Sheba IR850189991330361481100457")
    assert ("CREDIT_CARD", "4111 1111 1111 1111") in kinds("pay with 4111 1111 1111 1111 today")
    assert ("CREDIT_CARD", "8509700770722") in kinds("my card number is 8509700770722")


def test_a_doubled_character_opens_a_chinese_word_not_a_name(gate):
    assert _people(gate, "Pallet ER-3782\n谢谢帮助!") == []
    assert _people(gate, "Witness: 陈涛.") == ["陈涛"]


def test_a_roles_mailbox_is_no_persons_and_the_rescan_agrees(blind, tmp_path):
    from governed_tuning.gates.pii.recognizers import emails, role_mailbox

    assert role_mailbox("support@northwind.example") and role_mailbox("No-Reply@shop.de")
    assert not role_mailbox("support+jane.doe@northwind.example") and not role_mailbox("jane.doe@gmail.com")
    text = "Write to support@northwind.example or jane.doe@gmail.com"
    assert [text[f.start:f.end] for f in emails(text)] == ["jane.doe@gmail.com"]
    # a firm's mailbox left in the copy is no leftover; a person's, left by the (blind) scrub, is
    res = _check(blind, tmp_path, "role", [{"to": "support@northwind.example", "text": "E-Mail: info@acme.de"}])
    assert res.verdict == "pass", res.reasons
    res = _check(blind, tmp_path, "person", [{"to": "support@northwind.example", "text": "E-Mail: jane.doe@gmail.com"}])
    assert res.verdict == "fail" and res.evidence["residual_by_type"] == {"EMAIL_ADDRESS": 1}


def test_an_address_ends_where_a_run_on_sentence_goes_on(gate):
    def kinds(text):
        return [(f.entity, text[f.start:f.end]) for f in gate.scrubber.detect_many([text])[0]]

    got = kinds("hey, Jamie Murray here. my new address is Studio 24, Nicholas Land Thanks Mandy!")
    assert ("STREET_ADDRESS", "Studio 24, Nicholas Land") in got and ("PERSON", "Mandy") in got
    got = kinds("My address is 589 Jones Pass I am 74 now Thanks Wesley!")
    assert ("STREET_ADDRESS", "589 Jones Pass") in got and ("PERSON", "Wesley") in got
    # a lone lower-case word before a birth date is a name only when the lists know it as one
    assert ("PERSON", "anytime") not in kinds("text +3892100700106 anytime DOB 24 Oct 1973 please")
    assert ("PERSON", "rudolf heintze") in kinds("rudolf heintze, born 7 October 2001")
