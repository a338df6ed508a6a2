"""Amounts, counts, durations and timestamps: numbers their label makes a quantity or a time, nobody's identifier.

Why: a ten-digit Unix time ("created at 1682321439") is a valid US phone number to ``phonenumbers``, and a
nine-digit amount in cents ("price cents 860423936") passes a Greek AFM's, a Portuguese NIF's or a Dutch BSN's
mod-11 check about one time in ten: ids12's clean set lost 43 of 72 such times to PHONE_NUMBER and 27 of 72 such
amounts to national ids. The digits cannot tell them apart; the word written right before them can. A number right
after a word of money, quantity, size, duration or time ("amount", "total", "Betrag", "montant", "importe",
"сумма", "tutar", "timestamp", "created at", "epoch", "duration ms") is that quantity, as a number right after
"order" is the order's (``products.after_reference``, which asks this module too).

Only the word right before the number counts (a colon, an equals sign, a pipe of a text table or an opening
bracket between them), and the kind's own label still wins where the caller asks for it first ("ATIN" is no
measure). A JSON or CSV value is read after its key (``fields.detect_text``), so ``{"price_cents": "860423936"}``
is judged as "price cents: 860423936". "time" and "date" alone are left out: "call me any time 06 12 34 56 78"
is a phone number after "time".
"""

from __future__ import annotations

import re

__all__ = ["MEASURE_WORDS", "MEASURE_BEFORE", "measured"]

# words of money, quantity, size, duration and machine time, in the languages we ship to (lower case; stems)
MEASURE_WORDS = (
    r"amount|amt|price|prices|total|subtotal|sum|cost|costs|balance|fee|fees|cents?|revenue|turnover|"
    r"qty|quantity|count|size|bytes|length|duration|elapsed|latency|"
    r"timestamp|ts|epoch|unix(?:[ _]?time)?|(?:created|updated|modified|expires?|expiry|deleted|last[ _]seen)"
    r"(?:[ _]?(?:at|on|ts|ms))?|(?:ts|time)[ _]?ms|millis(?:econds)?|seconds|secs|ms|"
    # German, French, Spanish, Portuguese, Italian, Dutch, Nordic, Polish, Czech, Hungarian, Turkish, Azerbaijani,
    # Russian/Ukrainian, Greek: amount, price, sum, total
    r"betrag|preis|summe|gesamt(?:betrag|preis|summe)?|montant|prix|somme|importe|precio|monto|valor|preço|"
    r"prezzo|importo|bedrag|prijs|totaal|beløp|belopp|beløb|pris|summa|kwota|cena|suma|částka|összeg|ár|"
    r"tutar|fiyat|toplam|məbləğ|qiymət|cəmi|сумма|сума|цена|ціна|итого|ποσό|τιμή|σύνολο"
)
# the word, then (optionally) a unit in brackets or after it ("amount (cents)", "duration ms", "Betrag in Cent"),
# then a colon, an equals sign, a table's pipe or an opening bracket, and the number
# (a key written in camelCase ends a word before its capital: "createdAt", "priceCents", "durationMs")
_END = r"(?:(?-i:(?<=[a-z])(?=[A-Z]))|(?![^\W_]))"
MEASURE_BEFORE = re.compile(
    rf"(?i)(?<![^\W_])(?:{MEASURE_WORDS}){_END}"
    rf"(?:[ \t_]*(?:in[ \t]+)?(?:cents?|ct|ms|s|sec|eur|usd|gbp|€|\$|£){_END})?"
    r"(?:[ \t]*\((?:in[ \t]+)?[^\W\d_]{1,6}\))?"
    r"[ \t]*(?:[:=|(][ \t]*)?$")
WINDOW = 40


def measured(text: str, start: int) -> bool:
    """Whether the number starting at ``start`` of ``text`` comes right after a word of money, quantity, size,
    duration or machine time (``MEASURE_WORDS``): it is that quantity, not a phone number or anybody's id."""
    return MEASURE_BEFORE.search(text, max(0, start - WINDOW), start) is not None
