"""Ordinary words the name readers took for people (benchmarks/pii_precision6.py): CLDR's names of currencies,
countries, months and weekdays, names in code, and a name found elsewhere in the dataset where it stands as a
thing (an invoice line's item, a thing one owns). Each judged both ways: the thing is kept, a person in the same
place is still scrubbed."""

from governed_tuning.gates.pii.people import cldr_thing, code_identifier, noun_by_suffix, thing_here


def test_cldr_names_are_no_people_but_common_given_names_stay_names():
    for thing in ("Schweizer Franken", "franco suizo", "Japanese Yen", "Reino Unido", "Temmuz", "Salı", "Kč"):
        assert cldr_thing(thing), thing
    # "मंगल" (Tuesday) and "भारत" (India) are given names too: a script without capitals is left to its readers
    for name in ("June", "Martin", "Jordan", "Helena Martin", "August", "Anna Schmidt", "मंगल", "भारत"):
        assert not cldr_thing(name), name
    # a name its context found is judged as a whole name only: "Verda lives on ..." ("verda" is Nynorsk for world)
    assert cldr_thing("Verda") and not cldr_thing("Verda", words_too=False)
    assert cldr_thing("Schweizer Franken", words_too=False)


def test_names_in_code_are_no_people_but_names_with_an_inner_capital_are():
    for code in ("ValueError", "KeyError", "FileNotFoundError", "NumPy", "PyPI", "PlayStation", "GitHub"):
        assert code_identifier(code), code
    for name in ("McDonald", "MacArthur", "DeShawn", "LaToya", "MaryAnn", "JoAnn", "DiCaprio", "Smith", "iPhone"):
        assert not code_identifier(name), name


def test_nouns_by_their_ending_but_names_that_end_so_stay_names():
    for noun in ("Bestellnummer", "Lieferung", "Sicherheit", "Gesellschaft", "Information"):
        assert noun_by_suffix(noun), noun
    for name in ("Hartung", "Leung", "Jung", "Cheung", "Dennis", "Clement"):
        assert not noun_by_suffix(name), name


def test_a_known_name_standing_as_a_thing():
    def here(text, word):
        s = text.index(word)
        return thing_here(text, s, s + len(word))

    assert here("Invoice 7: 40 x Brandt at $4.99 each", "Brandt")
    assert here("Rechnung: 15 Stück Brandt zu je 3 Euro", "Brandt")
    assert here("Hi, my Kibana stopped loading", "Kibana")
    assert here("Grüß Gott, mein Kibana lädt nicht", "Kibana")
    assert here("Bitte prüfen Sie mein Konto", "Konto")  # a word some country ranks 790th as a name
    assert not here("Hi, my Anna is at school", "Anna")  # a common given name after "my" stays the name
    assert not here("Please call Brandt tomorrow", "Brandt")
    assert not here("Invoice for Brandt: 40 items", "Brandt")


def test_the_scrub_keeps_things_and_still_takes_people(gate):
    records = [{"text": "Our nightly job failed with:\nValueError: invalid literal for int() with base 10"},
               {"text": "Preis: 249 Schweizer Franken, Lieferung im Temmuz. Bitte prüfen Sie mein Konto."},
               {"text": "Dear Hugo Brandtner, your order has shipped."},
               {"text": "Invoice 7: 40 x Brandtner planner at $4.99 each."},
               {"text": "Please ask Brandtner to sign the invoice."},
               {"text": "Ihre Bestellnummer lautet 4711-22. Die Lieferung kommt am Montag."},
               {"text": "Vielen Dank für Ihre Geduld.\n\nIhr Thomas Brandtner"},
               {"text": "Lightweight pipelining with Zorbex functions."},
               {"text": "Install Zorbex first, then run the tests."}]
    out, _ = gate.scrub_records(records)
    texts = [r["text"] for r in out]
    assert "ValueError" in texts[0]
    assert "Schweizer Franken" in texts[1] and "Temmuz" in texts[1] and "mein Konto" in texts[1]
    assert "Brandtner" not in texts[2]
    assert "Ihre Bestellnummer" in texts[5] and "Lieferung" in texts[5]
    assert "Thomas" not in texts[6] and "Brandtner" not in texts[6]  # a German letter's sign-off: "Ihr" + a name
    # a capitalised word after "with" is a person in its record, too weak a reading to scrub it everywhere
    assert "Zorbex" in texts[8]
    assert "40 x Brandtner planner" in texts[3]  # the dataset's name, counted on an invoice line: an item
    assert "Brandtner" not in texts[4]  # the same name standing as a person, found again from record 3


def test_a_sentence_end_is_no_spelled_out_email():
    from governed_tuning.gates.pii.contextual import obfuscated

    assert obfuscated("This module is targeted at CPython. It expects all code points to be one wide.") == []
    found = obfuscated("write to jane dot doe at gmail dot com or jane.doe at gmail.com")
    assert [f.entity for f in found] == ["EMAIL_ADDRESS", "EMAIL_ADDRESS"]


def test_an_invoice_lines_count_is_no_house_number():
    from governed_tuning.gates.pii.recognizers import addresses

    for line in ("Factura 7: 12 x Dr. Martens 1460 a $249.00 cada uno.", "Faktura: 24 stk. Dr. Martens 1460",
                 "Invoice: 21 x Ford Mondeo at $64.90 each"):
        assert addresses(line) == [], line
    for line, street in (("I live at 12 Oak Street, Springfield", "12 Oak Street"), ("Send it to 42 Elm Drive.",
                                                                                       "42 Elm Drive")):
        assert [line[f.start:f.end] for f in addresses(line)][0].startswith(street)
