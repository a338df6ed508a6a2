"""Everywhere personal data sits in a record, not only in its text values.

A record's personal data can be a JSON key (``{"dana.white@example.com": {...}}``), a CSV header, a number
stored as an integer (``"phone": 4155550132``), the value under a ``role`` or ``type`` key
(``{"role": "Dana White"}``), or a name inside a URL (``linkedin.com/in/dana-white``). ``slots`` lists every
place to scan, ``set_key`` renames a key in place, and ``evidence_name`` is what the evidence may call a field:
its name only when that name is a plain identifier the detector finds nothing in, else its position. A field
name that is itself personal data never reaches a signed report.
"""

from __future__ import annotations

import datetime as _dt
import functools
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from .birthdates import BIRTH_KEY, BIRTH_KEY_RX
from .idlabels import label_family  # (at the top: a key's test runs per key of every record)
from .places import label_kind
from .recognizers import Finding

if TYPE_CHECKING:  # pragma: no cover
    from .known import Lexicon

# The values a role or type key takes in chat and multimodal formats (OpenAI, ShareGPT, Anthropic, HF chat
# templates); anything else under those keys is text a person may have written, and is scanned.
ROLE_VALUES = frozenset({"system", "user", "assistant", "tool", "function", "developer", "human", "gpt", "bot",
                         "model", "ipython", "observation", "chatbot", "customer", "agent", "prompter", "ai",
                         "context", "input", "output"})
TYPE_VALUES = frozenset({"text", "image", "image_url", "input_image", "input_text", "output_text", "audio",
                         "input_audio", "video", "file", "document", "tool_use", "tool_result", "tool_call",
                         "function", "function_call", "refusal", "json", "json_object", "thinking", "reasoning",
                         "code", "url", "message", "string", "number", "integer", "boolean", "object", "array"})
STRUCTURAL = {"role": ROLE_VALUES, "type": TYPE_VALUES}
# a key whose value is a person's age ("age", "user_age", "Alter", "edad"): a small integer there is read too
AGE_KEY = (r"(?:^|(?<=[_\W]))(?:age|alter|edad|idade|età|âge|leeftijd|alder|ålder|wiek|věk|vek|vârsta|kor|"
           r"életkor|возраст|ηλικία|yaş|ikä|umur|usia|tuổi|年龄|年齢|나이|вік|възраст|старост|starost|גיל|العمر|"
           r"السن|سن|उम्र|आयु|उमेर|বয়স|வயது|อายุ|ასაკი|տարիք|umri)(?=$|[_\W])")
# a key that says its value is (or holds) a kind of personal data: used as context for short values and
# numbers, which carry no sentence around them ("4155550132" alone is as likely a timestamp as a phone)
CONTEXT_KEY = re.compile(r"phone|tel(?:ephone)?\b|mobile|cell|fax|msisdn|whatsapp|card|cc_?num|\bpan\b|ssn|social|"
                         # phone in the languages our users label their columns in ("Telefono", "Teléfono", "Handy")
                         r"tel[eé]f|telf|handy|portable|móvil|movil|celular|cellulare|telemóvel|puhelin|"
                         r"телефон|тел\b|моб|τηλ|κινητ|電話|电话|手机|手機|携帯|전화|휴대|טלפון|נייד|هاتف|جوال|تلفن|"
                         r"موبایل|फ़ोन|फोन|मोबाइल|ফোন|โทร|simu|"
                         r"iban|account|acct|passport|licen[cs]e|\bnin\b|nhs|\btax|\btin\b|itin|npi|mrn|medical|"
                         r"patient|national|citizen|id_?num|routing|sort_?code|zip|post_?code|postal|dob|birth|"
                         r"email|e_?mail|address|ip\b|ip_?addr|mac\b|imei|device|name|" + BIRTH_KEY + "|" + AGE_KEY, re.I)
AGE_KEY_RX = re.compile(AGE_KEY, re.I)
# a key naming a phone (any of CONTEXT_KEY's phone words, plural and compound keys too: "phones", "msisdn",
# "contact_phone", "mobiles"), or the "phone" ``self_evident`` gives an international number with no key
PHONE_KEY = re.compile(r"phone|tel(?:ephone)?(?:$|[_\W])|mobile|(?:^|[_\W])cell|fax|msisdn|whatsapp|tel[eé]f|telf|"
                       r"handy|móvil|movil|celular|cellulare|telemóvel|puhelin|телефон|тел(?:$|[_\W])|моб|τηλ|"
                       r"κινητ|電話|电话|手机|手機|携帯|전화|휴대|טלפון|נייד|هاتف|جوال|تلفن|موبایل|फ़ोन|फोन|"
                       r"मोबाइल|ফোন|โทร", re.I)


def phone_number_slot(slot: Slot, digits: str) -> bool:
    """Whether an integer is a phone by its key: stored as a number, a phone has no '+', spaces or brackets for
    the detector's phone patterns to read ({"phones": [4915123456789]}, {"msisdn": 4915123456789} were left),
    so under a key naming a phone any 7 to 15 digits are one."""
    return slot.kind == "number" and 7 <= len(digits) <= 15 and PHONE_KEY.search(slot.context or "") is not None
# a key whose value is a shop's reference or a product code ({"order": "525880914"}, {"ean": "4006381333931"}):
# read after its key too, so that a number there is not taken for a national identifier (products.py)
REFERENCE_KEY = re.compile(r"(?i)(?:^|(?<=[_\W]))(?:order|invoice|ticket|tracking|booking|sku|ean|upc|gtin|isbn|"
                           r"barcode|product|article|item)(?:_?(?:id|no|nr|number|code|num))?(?=$|[_\W])")
SAFE_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,63}")
MIN_NUMBER_DIGITS = 6  # shorter integers (counts, ages, years, ids of small tables) are left alone
# an integer under a key that names no kind is read as text from this many digits: the shortest bare identifier
# (``identifiers._bare_length``: nine digits); an order's or a row's id below that is never read
MIN_ID_DIGITS = 9
# keys of a quantity or a time: their integers are amounts, counts, sizes and Unix times, never a person's number
# (nor are integers under an order's, a ticket's or a product's key: ``REFERENCE_KEY``)
# a database's own keys ("id", "user_id", "pk", "row") and one- or two-letter keys ("n", "ts"): a row's number
ROW_KEY = re.compile(r"(?i)(?:(?:^|[_\W])(?:id|ids|pk|idx|index|key|row|rowid|uid|uuid|seq)$|^[a-z]{1,2}$)")
QUANTITY_KEY = re.compile(r"(?i)(?:^|(?<=[_\W])|(?<=[a-z])(?=[A-Z]))(?:amount|price|total|cost|sum|balance|fee|"
                          r"cents?|qty|quantity|count|size|bytes|length|duration|elapsed|time|ts|timestamp|date|"
                          r"created|updated|modified|expires?|epoch|seconds|secs?|ms|millis|nanos|year|score|views|"
                          r"likes|followers|population|revenue|salary|income|weight|height|offset|seq|sequence|"
                          r"version|rev)(?:_?(?:at|on|ms|s|utc|in))?(?=$|[_\W]|[A-Z])")
MAX_CONTEXT_VALUE = 64  # string values up to this long are detected with their key as context

SlotKind = Literal["text", "key", "number", "date"]


@dataclass(frozen=True)
class Slot:
    """A place to scan: ``text`` (a string value), ``key`` (a dict key; ``path`` ends with the key), ``number``
    (an int or an integral float) or ``date`` (a date or datetime value under a birth key: a Parquet or dataset
    column typed as a date, read as its ISO text). ``field`` is the record's top-level key the slot is under;
    ``context`` is the nearest key, given to the detector for short values and numbers."""

    kind: SlotKind
    field: str
    path: tuple
    context: str = ""
    thing: bool = False  # a cell of a column of things' names ("Lincoln Sofa"; columns.thing_columns): no person
    words: bool = False  # a cell of a column of ordinary words (colours, trades, months: wordcolumns.py)
    # the kind the cell's column (or key path across records) is of, when it is of names: a cell of it left
    # unscrubbed is a leftover (``passes._name_columns``, ``PiiGate.rescan``)
    typed: str = ""
    # an integer under a key that names no kind, read as the digits of a national number only (``slots``): only
    # identifier findings count on it (a Unix time is no phone number here)
    digits: bool = False


# a function call as chat formats write it: {"name": "get_weather", "arguments": {...}} (OpenAI's function_call
# and tool_calls[].function, ShareGPT/glaive "function_call" turns, Hermes <tool_call>, Anthropic's tool_use
# "input"): its "name" is the function's, an identifier in code
CALL_KEYS = frozenset({"arguments", "parameters", "args", "input", "kwargs"})
IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_.:-]{0,63}")


def structural(key: Any, value: Any, siblings: dict | None = None) -> bool:
    """Whether ``value`` under ``key`` is structure (a chat role, a part type, the name of a function called
    beside its arguments: ``CALL_KEYS``) rather than text."""
    vocab = STRUCTURAL.get(key) if isinstance(key, str) else None
    if vocab is not None and isinstance(value, str) and value.strip().casefold() in vocab:
        return True
    return key == "name" and siblings is not None and isinstance(value, str) and \
        not CALL_KEYS.isdisjoint(siblings) and IDENTIFIER.fullmatch(value) is not None and \
        not (value[:1].isupper() and value[1:].islower())  # "Dana" beside an "input" is a person's name


def _is_number(v: Any) -> bool:
    if isinstance(v, bool):
        return False
    if isinstance(v, int):
        return len(str(abs(v))) >= MIN_NUMBER_DIGITS
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e19:
        return len(str(int(abs(v)))) >= MIN_NUMBER_DIGITS
    return False


# card numbers' issuer prefixes (Visa, Mastercard, Amex, Discover, JCB, Diners, UnionPay)
CARD_PREFIX = re.compile(r"4|5[1-5]|2(?:2[2-9]|[3-6]\d|7[01]|720)|3[47]|6011|64[4-9]|65|35|3(?:0[0-5]|[68])|62")
SIBLING_HINT = re.compile(r"[\w .-]{1,40}")  # a short label-like string value beside a number ("phone", "SSN")
# keys that say nothing of what their value is: a number under one takes its meaning from a label beside it
GENERIC_KEY = re.compile(r"(?i)(?:field_?|attr(?:ibute)?_?)?(?:value|val|v|data|content|text|answer|response|"
                         r"result|input|output|entry|number|num)s?")


def self_evident(value: int | float) -> str:
    """The kind an integer is on its own, under any key: a card number (13-16 digits, an issuer's prefix, the
    Luhn check) or a phone number in international form without its '+' (11-15 digits that phonenumbers
    accepts as +<digits>; a Unix time in seconds or milliseconds is not one). '' when it is just a number
    (an id, a count, a timestamp): those are read only beside a key or label that names a kind."""
    d = str(int(abs(value)))
    if 13 <= len(d) <= 16 and CARD_PREFIX.match(d):
        from stdnum import luhn

        if luhn.is_valid(d):
            return "card number"
    if 11 <= len(d) <= 15:
        import phonenumbers

        try:
            if phonenumbers.is_valid_number(phonenumbers.parse("+" + d, None)):
                return "phone"
        except phonenumbers.NumberParseException:
            pass
    return ""


def sibling_context(d: dict) -> str:
    """A label beside a number in the same object: a short string value or key naming a kind of personal data
    ({"field": "phone", "value": 4155550132}, {"type": "ssn", "value": 123456789})."""
    for k, v in d.items():
        if isinstance(v, str) and SIBLING_HINT.fullmatch(v) and len(v.split()) <= 2 and CONTEXT_KEY.search(v):
            return v
    return ""


# a key that says nothing of its value but that it is "the number" of something: its meaning is the parent's key
# ({"claim": {"number": ...}}) or a label beside it ({"type": "passport no.", "number": ...})
VALUE_KEY = re.compile(r"(?i)(?:value|val|v|number|num|no|nr|id|code|data|content|text|identifier|nummer|numéro|"
                       r"número|numero)")


LABEL_HINT = re.compile(r"[\w .#°º'’/-]{1,40}")  # a label as written: "N° de passeport", "Passport #"


def sibling_label(d: dict) -> str:
    """A short string value in ``d`` that names a kind of identifier ({"type": "passport no.", "number": "X"},
    {"document_type": "PPSN", "number": "X"}): the label of the object's other, generic values
    (``idlabels.label_family``, or a checked kind's own words: ``identifiers.names_checked_kind``)."""
    from .identifiers import names_checked_kind

    for k, v in d.items():
        if isinstance(v, str) and not VALUE_KEY.fullmatch(str(k)) and LABEL_HINT.fullmatch(v) and \
                len(v.split()) <= 4 and (label_family(v) is not None or names_checked_kind(v)):
            return v
    return ""


def _address_part(key: Any, parent: str) -> str | None:
    """The parent's key for a part of an address that names nothing itself ({"address": {"lines": ["Gotenweg
    97"]}}, {"shipping_address": {"line1": ..., "number": 12}}): "lines", "line1" or "number" say only where
    in the address the value stands, so the value is read as the address's; a part with a label of its own
    ("city", "postal_code", "email") keeps it."""
    if not isinstance(key, str) or not parent or label_kind(parent) != "STREET_ADDRESS" or label_kind(key) or \
            CONTEXT_KEY.search(key):
        return None
    return parent


def _labelled_context(key: Any, parent: str, label: str) -> str | None:
    """The context of a text value under a generic ``key``: a sibling label, else "<parent> <key>" when the
    parent's key names an identifier ("claim" + "number"); None when ``key`` is not generic."""
    if not isinstance(key, str) or not VALUE_KEY.fullmatch(key):
        return None
    if label:
        return label
    if parent and label_family(f"{parent} {key}") is not None:
        return f"{parent} {key}"
    return None


# a bare "name" key: whose name it is, its parent's key says ({"customer": {"name": ...}} is a person's,
# {"carrier": {"name": "DHL"}} a firm's)
NAME_KEY = re.compile(r"(?i)(?:display_?|full_?)?(?:name|names|title|label|nom|nombre|nome|naam|navn|namn|nimi|név|"
                      r"nume|имя|όνομα|isim|bezeichnung)")
# parents whose "name" is an organisation's, a product's, a place's or a thing's, never a person's: the value is
# read as "<parent> name", which names no person (the independent re-scan read "name: DHL" as a person left)
THING_PARENT = re.compile(
    r"carrier|courier|shipper|shipping|logistics|company|firm|business|organi[sz]ation|org|employer|"
    r"institution|shop|store|merchant|vendor|supplier|seller|retailer|manufacturer|maker|brand|product|item|"
    r"article|sku|bank|insurer|airline|team|club|league|school|university|college|hospital|clinic|pharmacy|"
    r"hotel|restaurant|venue|agency|department|dept|project|app|application|service|plan|tool|model|device|"
    r"package|repo|repository|file|dataset|station|airport|event|"
    r"course|category|tag|channel|workspace|warehouse|site|domain|network|publisher|newspaper|magazine|game|"
    r"movie|film|book|album|song|firma|unternehmen|empresa|entreprise|société|societe|azienda|tienda|laden|"
    r"banco|banque|produkt|producto|produit|prodotto|marke|marca|marque|spediteur|transportista|transporteur|"
    r"corriere|versanddienst|"
    # a tool call's or a schema's parts ({"function": {"name": "check_stock"}}, {"parameters": {"name": ...}}):
    # what a model calls, and the parameters it passes, are named in code, never after a person. (Not "column",
    # "field" or "table": a headerless file's "column_3" is named so, and its cells are people as often as not.)
    r"function|method|command|endpoint|operation|procedure|call|intent|skill|plugin|module|script|job|"
    r"workflow|pipeline|metric|schema|parameter|param|argument|arg")
# parents whose "name" is a place's: read under the parent's own key, a place's label ("city: Lyon")
PLACE_PARENT = re.compile(r"city|town|village|country|region|state|province|county|location|place|municipality|"
                          r"ort|stadt|ville|ciudad|città|cidade|stad|miasto|город")
PARENT_WORDS = re.compile(r"[A-Z]?[a-z\u00c0-\u024f]+|[A-Z]+(?![a-z])|[^\W\d_]+")


def _parent_is(rx: re.Pattern, parent: str) -> bool:
    """Whether a key's last word ("carrier", "shippingCarrier", "Versanddienst", "companies") is one of ``rx``."""
    words = PARENT_WORDS.findall(parent)
    if not words:
        return False
    last = words[-1].casefold()
    singular = last[:-3] + "y" if last.endswith("ies") else last[:-1] if last.endswith("s") else last
    return rx.fullmatch(last) is not None or rx.fullmatch(singular) is not None


def thing_name_context(key: Any, parent: str) -> str | None:
    """``"<parent> <key>"`` when ``key`` is a bare name key under a parent that names an organisation, a product
    or a thing ({"carrier": {"name": "DHL"}} -> "carrier name"), the parent's key when it names a place
    ({"city": {"name": "Lyon"}} -> "city"); None otherwise. The value then reads
    as a firm's or a product's name, not a person's (the detector and the re-scan's labelled fields see the
    context, ``detect_text``)."""
    if not (isinstance(key, str) and parent and NAME_KEY.fullmatch(key)):
        return None
    if _parent_is(PLACE_PARENT, parent):
        return parent
    if _parent_is(THING_PARENT, parent):
        return f"{parent} {key}"
    return None


def slots(record: dict[str, Any], fields: list[str] | None = None, keys: bool = True) -> list[Slot]:
    """Every place in ``record`` personal data can sit: text values at any depth (except structural role/type
    values), integers under a key that names a kind of personal data, beside a label that does (a short string
    value in the same object) or that are a card or international phone number on their own (``self_evident``),
    and (``keys``) every dict key, the
    record's own top-level keys included. ``fields`` limits the values scanned to those top-level fields;
    keys are listed whatever ``fields`` says (a field's name is not part of its value)."""
    out: list[Slot] = []

    def walk(field: str, value: Any, path: tuple, context: str, beside: str = "") -> None:
        if isinstance(value, str):
            out.append(Slot("text", field, path, context))
        elif isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= 120 and \
                AGE_KEY_RX.search(context or ""):
            out.append(Slot("number", field, path, context))  # {"age": 45}: an age needs no six digits
        elif isinstance(value, _dt.date) and BIRTH_KEY_RX.search(context or ""):
            out.append(Slot("date", field, path, context))  # {"date_of_birth": date(1987, 3, 14)} in Parquet
        elif _is_number(value):
            # under a key that names a kind; else beside a label that does; else only what a number is alone
            ctx = context if (CONTEXT_KEY.search(context or "") or _id_key(context or "")) else (
                (beside if GENERIC_KEY.fullmatch(context or "") else "") or
                # (under an order's, a ticket's or a quantity's key an integer is that: {"order": 330299586259}
                # is no French phone number written without its "+")
                ("" if _reference_or_quantity(context) else self_evident(value)))
            if ctx:
                out.append(Slot("number", field, path, ctx))
            elif len(path) == 1 and _unnamed(field):  # a column with no name: typed by its values (passes.py)
                out.append(Slot("number", field, path, ""))
            elif isinstance(context, str) and context and len(str(abs(int(value)))) >= MIN_ID_DIGITS and \
                    not QUANTITY_KEY.search(context) and not REFERENCE_KEY.search(context) and \
                    not ROW_KEY.search(context):
                # under any other key, an integer long enough to be a national number is read as its digits
                # written as a string are ({"pesel": 40110423601} as {"pesel": "40110423601"}): the same rules
                # (a valid check and a plausible length bare, a label for a weak check) decide (ids12: 93 of 315
                # such integers were left, their strings caught)
                out.append(Slot("number", field, path, context, digits=True))
        elif isinstance(value, list):
            for i, item in enumerate(value):
                walk(field, item, path + (i,), context, beside)
        elif isinstance(value, dict):
            hint = sibling_context(value) if any(_is_number(v) for v in value.values()) else ""
            label = sibling_label(value) if len(value) <= 8 else ""
            for k, item in value.items():
                if keys and isinstance(k, str):
                    out.append(Slot("key", field, path + (k,)))
                if not structural(k, item, value):
                    sub = (_labelled_context(k, context, label) or thing_name_context(k, context)) \
                        if isinstance(item, (str, int)) else None
                    sub = sub or _address_part(k, context)
                    walk(field, item, path + (k,), sub or (k if isinstance(k, str) else context), hint or label)

    top = sibling_context(record) if any(_is_number(v) for v in record.values()) else ""
    label = sibling_label(record) if len(record) <= 8 else ""
    for k, v in record.items():
        if keys and isinstance(k, str):
            out.append(Slot("key", k, (k,)))
        if fields is None or k in fields:
            sub = _labelled_context(k, "", label) if isinstance(v, (str, int)) else None
            walk(k, v, (k,), sub or k, top or label)
    return out


def _reference_or_quantity(context: str | None) -> bool:
    """An order's, a ticket's or a product's key, or a quantity's or a time's: its integer is that."""
    return bool(context and (REFERENCE_KEY.search(context) or QUANTITY_KEY.search(context)))


def as_national_number(findings: list[Finding]) -> list[Finding]:
    """The findings kept on an integer read as its digits (``Slot.digits``): national numbers only (a Unix time
    read as a phone number is none), and with no label only in a kind's own shape or by a check holding a date
    of birth: a bare reading of a mod-10/11 digit (one random number in ten passes) is an amount or a row's id as
    often (ids12's clean set: 16 of 156 integers under "value" were taken so)."""
    from .identifiers import DATED, ID_KINDS

    return [f for f in findings if f.entity in ID_KINDS and (not f.source.endswith("_unlabelled") or f.entity in DATED)]


def _unnamed(key: str) -> bool:
    from .columns import unnamed

    return unnamed(key)


NUMBER_COLUMN = "{}\x00int"  # the ColumnVotes key of a top-level field's integers (typed apart from its text)


def get(record: Any, path: tuple) -> Any:
    for p in path:
        record = record[p]
    return record


def detect_text(slot: Slot, value: str) -> tuple[str, int]:
    """The text the detector reads for a slot, and the offset of the value in it: a short value or a number
    is read after its key ("phone: 4155550132"), so the key's meaning is its context."""
    if slot.kind != "key" and slot.context and len(value) <= MAX_CONTEXT_VALUE and \
            (_labels_its_value(slot.context, slot.kind == "text") or
             (NUMBER_TEXT.fullmatch(value) is not None and _quantity_key(slot.context))):
        prefix = f"{slot.context.replace('_', ' ')}: "
        return prefix + value, len(prefix)
    return value, 0


# a value written as a number only ("860423936", "1682321439", "1 250,00"): under a quantity's or a time's key it is
# read after the key, so that the key says what it is (``measures``: "price cents: 860423936" is an amount)
NUMBER_TEXT = re.compile(r"[+-]?\d[\d .,']*")


@functools.lru_cache(maxsize=4096)
def _quantity_key(context: str) -> bool:
    """A key of an amount, a quantity or a machine time ("price_cents", "created_at", "ts", "Betrag") that names
    no kind of personal data: its number is that quantity (``measures.measured`` reads it after the key)."""
    from .measures import measured

    if CONTEXT_KEY.search(context) or _id_key(context):
        return False
    label = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", context).replace("_", " ")  # "createdAt", "price_cents"
    return measured(f"{label}: ", len(label) + 2)


@functools.lru_cache(maxsize=4096)  # the same few keys in every record: decided once each
def _labels_its_value(context: str, text: bool) -> bool:
    """Whether a short value under ``context`` is read after it (``detect_text``); ``text``: a text value."""
    return bool(CONTEXT_KEY.search(context) or REFERENCE_KEY.search(context) or _shop_reference(context)
                or (text and (_place_key(context) or _field_label(context))) or _id_key(context))


def _shop_reference(context: str) -> bool:
    """A key that is a shop's reference label in one of our users' languages ("Bestellnr.", "Номер заказа",
    "Č. objednávky", "Sipariş no": ``products.REFERENCE_WORDS``): its value, read after it, is the reference
    (a ten-digit order number is no phone). A key that names a phone or a card too is not one ("Telefon zur
    Bestellung")."""
    from .products import REFERENCE_BEFORE

    return len(context) <= 40 and not CONTEXT_KEY.search(context) and \
        REFERENCE_BEFORE.search(f"{context.rstrip('.')}: ") is not None


def known_label(key: str) -> bool:
    """Whether ``key`` is a label we know in one of our users' languages: of an identifier or a handle
    ("Rijbewijs", "Kenteken"), of a kind of personal data ("Volledige naam", "Wohnort"), or a form's label
    (``formlabels``). Such a key names what its values are; it is not itself a person or a place."""
    from .formlabels import is_form_label

    return bool(key) and len(key) <= 48 and (_id_key(key) or _field_label(key) or _place_key(key)
                                             or is_form_label(key))


def _field_label(key: str) -> bool:
    """A key that is a form's label for a kind of personal data in one of our users' languages ("Nom complet",
    "Nachname", "Wohnort", "Teléfono"): its short value is read after it, as in a form (the re-scan's label list)."""
    from .rescan_independent import _label_kind

    return len(key) <= 40 and _label_kind(key) not in (None, "DATE")


def _id_key(key: str) -> bool:
    """A key that names a kind of identifier or a handle in one of our users' languages ("passport_no",
    "Ausweisnummer", "Führerschein", "claim number", "author", "rut",
    "isikukood"): its short value is read as "key: value"."""
    from .identifiers import names_checked_kind

    return label_family(key) is not None or names_checked_kind(key)


def _place_key(key: str) -> bool:
    """A key that names a town, a region or an address line in one of our users' languages ("city", "Ort",
    "woonplaats", "birth_city"): its short text value is read as "key: value", as a label (``places``)."""
    return label_kind(key) is not None


def shift(findings: list[Finding], offset: int, length: int) -> list[Finding]:
    """Findings on ``detect_text`` moved back onto the value (those only on the key's words are dropped)."""
    if not offset:
        return findings
    out = []
    for f in findings:
        s, e = max(f.start - offset, 0), min(f.end - offset, length)
        if e > s:
            out.append(Finding(s, e, f.entity, f.score, f.source))
    return out


def date_text(value: _dt.date) -> str:
    """A date value as the detector reads it: its ISO date (a datetime's time of day says nothing more)."""
    return (value.date() if isinstance(value, _dt.datetime) else value).isoformat()


def number_value(original: int | float, scrubbed: str, typed: bool) -> Any:
    """What a scrubbed integer becomes: in a format without column types (JSONL) the scrubbed text; in a typed
    one an integer with the same number of digits when the replacement is all digits (a surrogate), else
    None: the value is left empty (null), since a placeholder cannot stand in an integer column. (Refusing the
    record instead lost every row of a table whose `age` or `phone` column is personal data: a copy with no
    rows that passed.)"""
    if not typed:
        return scrubbed
    digits = re.sub(r"\D", "", scrubbed)
    if digits and len(digits) == len(str(int(abs(original)))) and not re.search(r"[^\d\s().+\-/]", scrubbed):
        return int(digits) if isinstance(original, int) else float(int(digits))
    return None


def set_key(record: dict, path: tuple, new: str) -> bool:
    """Rename the key at ``path`` to ``new`` keeping the dict's order; False (nothing changed) when ``new`` is
    already a key there: two keys scrubbed to one name cannot both be kept."""
    parent = get(record, path[:-1]) if len(path) > 1 else record
    old = path[-1]
    if new == old:
        return True
    if new in parent:
        return False
    items = list(parent.items())
    parent.clear()
    for k, v in items:
        parent[new if k == old else k] = v
    return True


# --------------------------------------------------------------------------- names inside URLs

URL = re.compile(r"(?i)\b(?:https?://|www\.)[^\s<>\"')\]]+")


def joined_names(full_names: dict[tuple[str, ...], str]) -> dict[str, str]:
    """Each full name's words run together ("danawhite"), for ``url_name_findings``."""
    return {"".join(k): v for k, v in full_names.items()}


def url_name_findings(text: str, full_names: dict[tuple[str, ...], str] | Lexicon,
                      joined: dict[str, str] | Lexicon | None = None) -> list[Finding]:
    """People's names written inside URLs ("/in/dana-white", "?user=dana.white", "/danawhite"): the words of a
    URL's path and query compared with the full names found in the dataset (``full_names``: tuple of
    casefolded words -> entity), adjacent in either order, or joined. ``joined``: ``joined_names(full_names)``,
    made once per dataset by the caller (made here per text, it cost a pass over every name of the dataset)."""
    if not full_names or "/" not in text and "www." not in text.lower():
        return []
    if joined is None:
        joined = joined_names(dict(full_names.items()))
    out = []
    for m in URL.finditer(text):
        url = m.group()
        host_end = url.find("/", url.find("//") + 2 if "//" in url else 0)
        if host_end < 0:
            continue
        toks = [(t.start(), t.end(), t.group().casefold()) for t in re.finditer(r"[^\W_]+", url[host_end:])]
        for i, (s, e, w) in enumerate(toks):
            if w in joined and len(w) >= 6:
                out.append(Finding(m.start() + host_end + s, m.start() + host_end + e, joined[w], 0.9, "url_name"))
            for n in (2, 3):
                if i + n <= len(toks):
                    words = tuple(x[2] for x in toks[i:i + n])
                    hit = full_names.get(words) or full_names.get(tuple(reversed(words)))
                    if hit:
                        out.append(Finding(m.start() + host_end + s, m.start() + host_end + toks[i + n - 1][1],
                                           hit, 0.9, "url_name"))
    return out


# --------------------------------------------------------------------------- field names in the evidence


def evidence_name(name: Any, position: int, personal: bool) -> str:
    """What the evidence calls a field: its name when that is a plain identifier (letters, digits, ``_``) and
    nothing personal was found in it, else ``#position`` (1-based, in first-seen order)."""
    if isinstance(name, str) and not personal and SAFE_NAME.fullmatch(name):
        return name
    return f"#{position}"
