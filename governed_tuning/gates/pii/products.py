"""Product codes and shop references: numbers that look like national identifiers and are not.

A 13-digit EAN passes the Thai national id's check about one time in eleven, and a card's Luhn check one time
in ten; a 9-digit order number passes the Dutch BSN, Canadian SIN, Australian TFN or ACN check about half of
the time. So a number that validates as an identifier is refused as one when:

- it is an EAN-8, UPC-A, EAN-13 or GTIN-14 (python-stdnum ``ean``) and the words before it say product ("EAN",
  "UPC", "GTIN", "ISBN", "SKU", "barcode", "article", "Artikelnummer", "código de barras" ...) or no label of
  an identifier is near it; or an ISBN-10 (``isbn``) with a product word before it;
- it is an unlabelled number right after a shop's word of reference in any of our users' languages
  ("order", "Bestellung", "commande", "pedido", "encomenda", "ordine", "bestelling", "ordre", "objednávka",
  "zamówienie", "comanda", "rendelés", "заказ", "παραγγελία", "sipariş", "tilaus", "注文", "订单", "주문" ...).

The checks are python-stdnum's; nothing here is a hand-written checksum. Patterns are linear.
"""

from __future__ import annotations

import re

from .charsets import NOSPACE_EAST
from .measures import measured

__all__ = ["REFERENCE_WORDS", "PRODUCT_WORDS", "PRODUCT_BEFORE", "REFERENCE_BEFORE", "product_code", "after_reference"]

# a shop's words of reference, in the languages we ship to (stems: "Bestellung", "Bestellnummer", "objednávce")
REFERENCE_WORDS = (r"order\w{0,3}|invoice\w{0,2}|ticket\w{0,2}|tracking|booking|confirmation|transaction|shipment|"
                   r"parcel|sku|receipt|rma|bestell\w{0,8}|auftrag\w{0,6}|rechnung\w{0,8}|lieferung\w{0,2}|"
                   r"sendung\w{0,8}|commande\w{0,2}|facture\w{0,2}|colis|pedido\w{0,2}|factura\w{0,2}|envío|"
                   r"encomenda\w{0,2}|fatura\w{0,2}|ordine|ordini|fattura|spedizione|bestelling\w{0,2}|factuur\w{0,8}|"
                   r"zending|ordre\w{0,3}|faktur\w{0,3}|bestilling\w{0,3}|beställning\w{0,2}|objednáv\w{0,3}|"
                   r"objednávk\w{0,2}|zamówie\w{0,3}|przesyłk\w{0,2}|comand\w{0,2}|comenzii|factur\w{0,2}|"
                   r"rendelés\w{0,5}|számla\w{0,4}|заказ\w{0,2}|счёт\w{0,2}|счет\w{0,2}|παραγγελ\w{0,3}|"
                   r"case|vorgang\w{0,8}|suivi|sav|seguimiento|tracciamento|rastreamento|sendungsverfolgung|"
                   r"aktenzeichen|expediente|pratica|zaaknummer|"
                   r"τιμολόγ\w{0,3}|sipariş\w{0,4}|sifariş\w{0,4}|fatura\w{0,3}|tilau\w{0,8}|lasku\w{0,8}|注文(?:番号)?|订单号?|訂單號?|주문(?:번호)?|"
                   # Hindi: order, invoice, tracking, shipment, parcel, booking
                   r"ऑर्डर|आर्डर|चालान|इनवॉइस|ट्रैकिंग|शिपमेंट|पार्सल|बुकिंग")
# words that say a code is a product's, not a person's
PRODUCT_WORDS = (r"ean(?:-?1[34]|-?8)?|upc(?:-?a)?|gtin(?:-?1[234]|-?8)?|isbn(?:-?1[03])?|issn|sku|asin|mpn|"
                 r"barcode|bar code|product(?: code| number| no\.?| id)?|article(?: number| no\.?)?|item(?: number| no\.?)?|"
                 r"part(?: number| no\.?)|model(?: number| no\.?)?|artikel(?:nummer|nr\.?)?|art\.?-?nr\.?|"
                 r"strichcode|code-barres|code barre|référence produit|código de barras|código(?: de)? producto|"
                 r"codice a barre|codice prodotto|streepjescode|artikelnummer|stregkode|streckkod|strekkode|"
                 r"čárový kód|kod kreskowy|cod de bare|vonalkód|штрих-?код|артикул|barkod|viivakoodi|商品コード|条码|바코드")
# "order # is", "Bestellnummer ist", "referencia es": a copula between the word and its number ("Bestellnr.:", an
# abbreviation's dot before the colon; a dot alone ends a sentence: "please cancel the order. 310104198003035162"
# puts a national ID after the word, not the order's number); a text table's pipe ("| order_id | 570219386055 |")
# and a key's underscore ("tracking_number") join them too; Azerbaijani "Sifariş nömrəsi", Turkish "numarası"
_BEFORE = (r"(?:[ \t_]*(?:number|no\.?|nr\.?|nummer|numéro|número|numero|numarası|nömrəsi|nömrə|id|code|#|संख्या|नंबर|नं\.?|क्रमांक))?"
           r"(?:\.[ \t]*[:#=(-]|[ \t]*[:#=(|-]?)"
           r"(?:[ \t]+(?:is|was|ist|war|est|était|es|era|è|é|är|er|jest|je|on|to))?[ \t]*$")
# (a word of a script written without spaces starts after any character of it: "ご注文303021632", "的订单号")
NOSPACE = NOSPACE_EAST
PRODUCT_BEFORE = re.compile(rf"(?i)(?<![^\W_{NOSPACE}])(?:{PRODUCT_WORDS})(?![^\W_]){_BEFORE}")
REFERENCE_BEFORE = re.compile(rf"(?i)(?<![^\W_{NOSPACE}])(?:{REFERENCE_WORDS})(?![^\W_])"
                              rf"(?:[ \t]+(?:min|mit|my|mi|mon|ma|meine?|moje|mój|mia|mio|mijn|minha|meu|mea|mitt|"
                              rf"din|your|tu|ta|votre|su|sua|seu|ihre?|deine?|uw|jeho|její|мой|мою|моя|μου|benim|"
                              rf"minun|nr\.?|no\.?|n[º°]\.?)\w{{0,2}})?"
                              rf"{_BEFORE}")
WINDOW = 40


PLAIN = re.compile(r"\d[\d -]{6,16}[\dXx]")  # a product code is written as digits (ISBN-10 may end in X)


def _ean(value: str) -> bool | None:
    """True for a valid EAN-8/UPC-A/EAN-13/GTIN-14, None for a valid ISBN-10 only, False otherwise."""
    from stdnum import ean, isbn

    if not PLAIN.fullmatch(value):
        return False  # letters inside: a DNI, a PAN, a fiscal code, never a barcode
    d = value.replace(" ", "").replace("-", "")
    if len(d) == 13 and d.startswith("756"):
        return False  # GS1 left the prefix 756 unassigned: the Swiss AHV number (ISO 3166 756, EAN check)
    if len(d) in (8, 12, 13, 14) and d.isdigit() and ean.is_valid(d):
        return True
    return None if len(d) == 10 and isbn.is_valid(d) else False


def product_code(text: str, start: int, end: int, labelled: bool) -> bool:
    """Whether the number at [start, end) of ``text`` is a product's code: an EAN/UPC/GTIN with a product word
    before it or no identifier label near it (``labelled``: one is), or an ISBN-10 with a product word before
    it (ten digits are also an NHS number's length: a bare one is not taken for a book)."""
    value = text[start:end]
    kind = _ean(value)
    if kind is False:
        return False
    product = PRODUCT_BEFORE.search(text, max(0, start - WINDOW), start) is not None
    # without a product word only a plain digit run: grouped digits ("8095 1367 4308", "931015-5921558") are
    # written so because they are an identifier's groups
    return product or (kind is True and not labelled and value.isdigit())


# languages that put the noun after the number: Hungarian "a 4337606 rendelésről", Turkish "4337606 numaralı
# sipariş", Japanese "4337606の注文"
REFERENCE_AFTER = re.compile(rf"(?i)[ \t]*(?:numaralı[ \t]+|の|번[ \t]*)?(?:{REFERENCE_WORDS})")


def after_reference(text: str, start: int, end: int | None = None) -> bool:
    """Whether a shop's word of reference (order, invoice, Bestellung, commande ...) stands right before
    ``start`` (or, where the language puts it there, right after ``end``), or a product word does, or a word of
    an amount, a quantity or a machine time does (``measures.measured``: "amount cents 860423936", "created at
    1682321439"): the number there is that reference or quantity, not a person's identifier or phone."""
    lo = max(0, start - WINDOW)
    if REFERENCE_BEFORE.search(text, lo, start) is not None or PRODUCT_BEFORE.search(text, lo, start) is not None \
            or measured(text, start):
        return True
    return end is not None and REFERENCE_AFTER.match(text, end) is not None
