"""People, streets and towns in the written forms records use rather than in sentences (``nameforms``, and the
address-line, signature and JSON-address shapes in ``streets``, ``places`` and ``fields``): each form found in
its context, and the ordinary words of look-alike lines kept."""

from __future__ import annotations

import re


def scrub(gate, *texts: str) -> list[str]:
    out, _ = gate.scrub_records([{"t": t} for t in texts])
    return [o["t"] for o in out]


def words(text: str) -> set[str]:
    return set(re.findall(r"[^\W\d_][\w'’-]*", text))


FOUND = [
    # a display name before its address (mail headers, tickets), with an initial too
    ("Ticket #86660 | priority: low\nCustomer: K. Svárovský <svarovsky.klement@hotmail.com>\nCallback: 601 545 896",
     ["Svárovský"]),
    ("From: Oddar Nilsson <onilsson@outlook.com>\nSubject: refund", ["Oddar", "Nilsson"]),
    # a family name in capitals, a comma, the given name (registers, HR and medical records)
    ("Medewerker: KLEINPOELES, Laila\nGeboortedatum: 02-02-1969", ["KLEINPOELES", "Laila"]),
    ("Doručit na:\nČELAKOVSKÝ, Mstislav\nKochana Z Prachové 1385\n156 75 Jablonné nad Orlicí\nTelefon 601 503 151",
     ["ČELAKOVSKÝ", "Mstislav", "Prachové", "Jablonné"]),
    # the family name in capitals is the same name when written again in a sign-off
    ("Beste COTTERS, Romée, Bedankt voor de hulp. — Romée Cotters, Wijchen", ["COTTERS", "Cotters", "Romée"]),
    # the sender's line after a signature delimiter, and the address line under it ("street number · postcode town")
    ("Merhaba team,\nthe samples arrived.\n\n--\nbihter kulaksızoğlu | Office Manager\nM: +90 212 313 51 80\n"
     "Hetteikkö 169 · 71656 Rauma", ["bihter", "kulaksızoğlu", "Hetteikkö", "Rauma"]),
    ("--\nLogan Schroeder | Office Manager\nKingsland 1356 · KW4K 0XW Jarrow", ["Kingsland", "KW4K", "Jarrow"]),
    # a town after a signed name
    ("Merci de votre aide. — Ilyana Portal, Villiers-le-Bel", ["Ilyana", "Portal", "Villiers-le-Bel"]),
    # an initial and a family name after a label or an introduction; a person's role as the label
    ("mi chiamo Y. Ceraso. ci siamo trasferiti a Chieti in primavera", ["Ceraso"]),
    ("Paciente: D. Fim\nMRN: 7714975", ["Fim"]),
    ("Contatto di emergenza: Vesuvio Nestico (+39 312 382 1245)", ["Vesuvio", "Nestico"]),
    ("Nome: Calvino\nData di nascita: 11/05/1966", ["Calvino"]),
    ("Patient(e): maceo chaput\nMRN: 3476779", ["maceo", "chaput"]),
    # the addressee above an address block
    ("Bitte liefern an:\nE. Möllenbeck\nGotenweg 97\n8006 Imst\nTelefon +43 664 661521", ["Möllenbeck", "Imst"]),
    # a name written in capitals after an introduction
    ("Hallo, hier ist HANS JÜRGEN WINKLER. Meine neue Adresse ist Schaafstraße 2-8.", ["HANS", "JÜRGEN", "WINKLER"]),
    # towns after the words that say someone lives or moved there (Finnish, Hungarian)
    ("Moi all, nimeni on olivia mäki, asun paikkakunnalla Kauniainen. DM me.", ["Kauniainen"]),
    ("a nevem Szatmary Fülöp. tavasszal költöztünk ide: Máriapócs; 33 éves vagyok.", ["Máriapócs"]),
]


def test_names_streets_and_towns_in_record_forms_are_found(gate):
    outs = scrub(gate, *(t for t, _ in FOUND))
    for (text, planted), out in zip(FOUND, outs):
        left = [w for w in planted if w in words(out)]
        assert not left, (text, out)


KEPT = [
    ("Support Team <support@northwind.example> wrote on Monday", ["Support", "Team"]),
    ("Thanks for the quick fix! — Jane Doe, CEO", ["Thanks", "CEO"]),
    ("Great product. — Anna, Sales Team", ["Sales", "Team"]),
    ("Fields: IBAN, SWIFT and NOTE, in that order.", ["IBAN", "SWIFT", "NOTE"]),
    ("--\nSales Team | Acme\nwww.acme.example", ["Sales", "Team", "Acme"]),
    ("Ship to:\nCustomer Service\n12 Harbour Road\nLeeds\nPhone 0113 496 0000", ["Customer", "Service"]),
    ("Patient(e): voir la note\nStatut: ouvert", ["Patient", "voir", "note"]),
]


def test_look_alike_lines_keep_their_words(gate):
    outs = scrub(gate, *(t for t, _ in KEPT))
    for (text, kept), out in zip(KEPT, outs):
        for w in kept:
            assert w in words(out), (text, out)


def test_an_address_object_s_unlabelled_lines_are_the_address(gate):
    rec = {"customer": {"address": {"lines": ["Francofonte 57"], "postal_code": "22528", "city": "Siena"},
                        "order": {"lines": ["Blue mug 2"]}}}
    out, _ = gate.scrub_records([rec])
    addr = out[0]["customer"]["address"]
    assert "Francofonte" not in addr["lines"][0] and "Siena" not in addr["city"]
    assert out[0]["customer"]["order"]["lines"] == ["Blue mug 2"]  # lines of an order are no address
