"""Brands and ordinary words inside a sentence are no people (brands.py, dictwords.ordinary_inside;
benchmarks/pii_precision10.py): judged both ways, the brand or the noun is kept and a name in the same place, or
a reading from context, still stands."""

import pytest

from governed_tuning.gates.pii.brands import brand_phrase, brand_reading, brand_word
from governed_tuning.gates.pii.dictwords import ordinary_inside
from governed_tuning.gates.pii.recognizers import Finding

pytest.importorskip("simpleicons")  # a dependency (pyproject.toml); an environment made before it has no lexicon
pytest.importorskip("wordfreq")


def at(text: str, span: str, source: str = "spacy_ner") -> Finding:
    s = text.index(span)
    return Finding(s, s + len(span), "PERSON", 0.7, source)


def test_the_lexicon_holds_brands_and_makers_products():
    assert brand_word("Redis") and brand_word("Kafka")  # "Kafka" of "Apache Kafka"
    assert brand_phrase("Kali Linux") and brand_phrase("google  cloud")
    assert not brand_word("Kowalski") and not brand_phrase("Anna Kowalska")


def test_a_brand_read_by_its_look_is_no_person():
    for text, span in (("Hallo, seit dem Update geht die Anmeldung per Redis nicht mehr.", "Redis"),
                       ("Moi, voiko Kafka-lokit viedä CSV-muodossa?", "Kafka"),
                       ("청구서 SO-830766: Kali Linux 5대", "Kali Linux"),
                       ("Konya mağazası Tesla Model Y ürününün stokta olacağını söylüyor.", "Tesla Model Y")):
        assert brand_reading(text, at(text, span)), text


def test_a_brand_that_is_a_common_name_stays_a_name_unless_its_product_follows():
    # "Hugo", "Mercedes", "Suzuki": common names somewhere; alone, or before a name, the look cannot tell them
    for text, span in (("Korvaava Hugo lähtee varastostamme huomenna.", "Hugo"),
                       ("Γεια σας, το Mercedes Vito μου δεν φορτίζει.", "Mercedes Vito"),
                       ("Ayer llamó Suzuki para preguntar por el pedido.", "Suzuki")):
        assert not brand_reading(text, at(text, span)), text
    # a product's name after it, a word no name list holds: the brand's product
    text = "Prodejna v Brno říká, že Suzuki Jimny bude znovu skladem."
    assert brand_reading(text, at(text, "Suzuki Jimny"))


def test_a_brand_read_from_context_is_not_judged_here():
    text = "Hello, my name is Redis and I need help."
    assert not brand_reading(text, at(text, "Redis", "person_context_0"))


def test_ordinary_words_inside_a_sentence_that_is_not_english_are_no_people():
    for text, span in (("Nowy abonament pod lupą Komisji Europejskiej", "Komisji Europejskiej"),
                       ("Londonas yra didelis miestas Jungtinėje Karalystėje", "Jungtinėje Karalystėje"),
                       ("Merkez Bankası, beklentiler doğrultusunda faizlerde değişikliğe gitmedi.", "Merkez Bankası"),
                       ("Die Lieferung kommt in 5 Stück pro Karton.", "Stück")):
        assert ordinary_inside(text, at(text, span)), text


def test_names_inside_a_sentence_stay_names():
    for text, span in (("Wczoraj dzwonił Tomasz Wróbel w sprawie faktury.", "Tomasz Wróbel"),
                       ("Gestern hat Jürgen Vogel angerufen und nach der Rechnung gefragt.", "Jürgen Vogel"),
                       ("Butiken i Malmö säger att Jasmine är tillbaka i lager.", "Jasmine"),
                       ("Yesterday Baker called about the invoice.", "Baker"),  # English: its own rules
                       ("Merhaba, ben Berrak.", "Berrak")):  # one word outside German: a capital marks a name
        assert not ordinary_inside(text, at(text, span)), text
    # a reading from context is never dropped; a lone opening word is ordinary_opening's
    text = "Nowy abonament pod lupą Komisji Europejskiej"
    assert not ordinary_inside(text, at(text, "Komisji Europejskiej", "person_context_2"))
    assert not ordinary_inside("Zamówienie 3321 zostało wysłane.", at("Zamówienie 3321 zostało wysłane.", "Zamówienie"))


def test_the_scrub_keeps_brands_and_takes_names(gate):
    records = [{"text": "Klient: Dzień dobry, logowanie przez Redis przestało działać po aktualizacji."},
               {"text": "Klant: Hallo, inloggen via Redis werkt niet meer sinds de update."},
               {"text": "Wczoraj dzwonił Tomasz Wróbel w sprawie faktury 4411."}]
    out, _ = gate.scrub_records(records)
    texts = [r["text"] for r in out]
    assert "Redis" in texts[0] and "Redis" in texts[1]
    assert "Wróbel" not in texts[2]


def test_ordinary_words_at_a_names_edges_are_trimmed_and_names_stay_whole():
    from governed_tuning.gates.pii.dictwords import trim_ordinary_edges

    def trimmed(text: str, span: str) -> str:
        g = trim_ordinary_edges(text, at(text, span))
        return text[g.start:g.end]

    # "replacement Hugo", "piece Brompton": the model ran the name on into the sentence's words
    assert trimmed("Kiitos kärsivällisyydestä. Korvaava Hugo lähtee varastostamme.", "Korvaava Hugo") == "Hugo"
    assert trimmed("Rechnung SO-156825: 19 Stück Brompton C zu je 249,00 EUR.", "Stück Brompton") == "Brompton"
    for text, span in (("Gestern hat Jürgen Vogel angerufen.", "Jürgen Vogel"),
                       ("Wczoraj dzwonił Tomasz Wróbel w sprawie faktury.", "Tomasz Wróbel"),
                       ("Buenas, aquí Fermín García.", "Fermín García"),
                       ("Yesterday Will Baker called about the invoice.", "Will Baker")):
        assert trimmed(text, span) == span, text
