"""Cheap structured-PII recognizers: regular expressions plus validators (Luhn, IBAN mod-97, ``ipaddress``,
``phonenumbers``), and context patterns for people and street addresses.

Each recognizer is a plain function ``text -> list[Finding]``; none imports Presidio or spaCy, so this pass
costs microseconds per text and start-up stays short. Findings hold positions and types only.
"""

from __future__ import annotations

import functools
import ipaddress
import re
from collections.abc import Callable
from dataclasses import dataclass

from .alternation import alternation
from .charsets import DIGIT_CHARS, DIGITS
from .charsets import NOSPACE as CHARSETS_NOSPACE
from .names import NOT_NAMES, gazetteer, is_english
from .intervals import Intervals
from .formlabels import FORM_LABELS
from .letters import is_letter_word, team_signature
from .linewise import finditer_lines
from .prefilter import fast
from .products import after_reference, product_code

__all__ = ["Finding", "STRUCTURED", "structured_findings", "person_context_findings", "COMMON_WORDS"]


@dataclass(frozen=True)
class Finding:
    start: int
    end: int
    entity: str
    score: float
    source: str  # recognizer name (never the matched text)


# scripts written without spaces between words (Thai, Lao, Burmese, Khmer, kana, CJK, Hangul): an e-mail, an IBAN,
# an address or a handle glued to their words ("账户ES18...。", "我的微博是@ekozma。") starts and ends there as it
# does between spaces; to ``\w`` their letters are word characters, so ``\b`` and ``(?<!\w)`` saw one long word
NOSPACE = CHARSETS_NOSPACE + "\uff66-\uff9f"  # and halfwidth katakana
ALONE_BEFORE = rf"(?<![^\W{NOSPACE}])"  # ``\b`` before a token of ASCII letters and digits, such a script aside
ALONE_AFTER = rf"(?![^\W{NOSPACE}])"

# capital letters we treat as starting a proper noun (Cyrillic with the letters of Ukrainian, Belarusian, Serbian,
# Macedonian and Kazakh: "Ірина", "Єва", "Қанат", "Әсел")
UP = "A-ZÀ-ÖØ-ÞĀ-ŽΆ-ΏΑ-ΩА-ЯЀ-ЏҐҒҚҢҮҰҲҺӘӨ"
CAP = rf"[{UP}][\w'’.-]*"

# --------------------------------------------------------------------------- email, IP


# local part and domain in any script (RFC 6531/IDN: "dalkılıç.ergül@yaani.com"), top-level domain in letters
EMAIL = re.compile(r"(?<![\w.+-])[^\W_][\w.%+-]*@[^\W_][\w-]*(?:\.[\w-]+)*\.[^\W\d_]{2,}\b")


# the mailbox of a role, not of a person (RFC 2142's and the usual shared ones, in our users' languages): a firm's
# "support@northwind.example" identifies nobody, and scrubbing it lost a support chat's every signature line
ROLE_MAILBOX = re.compile(
    r"(?i)(?:support|help|helpdesk|info|information|contact|contactus|hello|sales|billing|invoices?|accounts?|"
    r"payments?|orders?|returns?|shipping|noreply|no-reply|no_reply|donotreply|do-not-reply|mailer-daemon|"
    r"postmaster|hostmaster|webmaster|abuse|security|privacy|dpo|legal|compliance|press|media|marketing|news|"
    r"newsletter|notifications?|alerts?|admin|administrator|office|team|service|services|customerservice|"
    r"customer-service|customercare|customer-care|care|feedback|enquiries|inquiries|reception|jobs|careers|hr|"
    r"kundenservice|kundendienst|service-client|serviceclient|soporte|ayuda|atencion|atencionalcliente|"
    r"assistenza|suporte|atendimento|klantenservice|kundeservice|kundtjanst|asiakaspalvelu|obsluga|podpora)"
    r"(?:[.-](?:team|desk|eu|us|uk|de|fr|es|it|nl|intl))?")


def role_mailbox(address: str) -> bool:
    """Whether an e-mail address is a role's shared mailbox ("support@...", "no-reply@..."), not a person's."""
    local = address.split("@", 1)[0]
    return ROLE_MAILBOX.fullmatch(local) is not None


def emails(text: str) -> list[Finding]:
    if "@" not in text:
        return []
    out = []
    for m in EMAIL.finditer(text):
        s = m.start()
        glued = GLUED_LOCAL.match(text, s, m.end())
        if glued is not None:  # "我的邮箱是jane.doe@gmail.com": the address starts after the Chinese words
            s = glued.end()
        if not role_mailbox(text[s:m.end()]):
            out.append(Finding(s, m.end(), "EMAIL_ADDRESS", 1.0, "email_regex"))
    return out


# words of a script written without spaces, then an ASCII local part: the address is the ASCII part
GLUED_LOCAL = re.compile(rf"[^\W{NOSPACE}]*[{NOSPACE}]+(?=[A-Za-z0-9][\w.%+-]*@)")


IPV4 = re.compile(r"(?<![\d.+])(?:\d{1,3}\.){3}\d{1,3}(?!\d|\.\d)")  # not a piece of a longer dotted number ("+47.40.64.43.37" is a phone)
# (an address glued to Chinese, Japanese, Korean or Thai words stands alone: "登录来自2c35:f74:...:251a。")
IPV6 = re.compile(rf"(?<![^\W{NOSPACE}]|:)[0-9A-Fa-f]{{0,4}}(?::[0-9A-Fa-f]{{0,4}}){{2,7}}(?![^\W{NOSPACE}]|:)")


def ips(text: str) -> list[Finding]:
    out = []
    for rx in (IPV4, IPV6):
        for m in rx.finditer(text):
            try:
                ipaddress.ip_address(m.group())
            except ValueError:
                continue
            if rx is IPV6 and m.group().count(":") < 2:
                continue
            out.append(Finding(m.start(), m.end(), "IP_ADDRESS", 0.95, "ip_validated"))
    return out


# --------------------------------------------------------------------------- numbers: cards, IBAN, SSN, phones


def luhn_ok(digits: str) -> bool:
    total, parity = 0, len(digits) % 2
    for i, ch in enumerate(digits):
        d = int(ch)
        if i % 2 == parity:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


# (its groups may be wrapped onto the next line: "DE89 3704 0044\n0532 0130 00" in a mail's body)
# (glued to words of a script written without spaces it stands alone: "请退款到账户BG63 EVAC 8782 19Y7 8GZ1 5I。")
IBAN = re.compile(rf"{ALONE_BEFORE}[A-Za-z]{{2}}\d{{2}}(?:(?: |\r?\n)?[A-Za-z0-9]{{4}}){{2,7}}(?:(?: |\r?\n)?[A-Za-z0-9]{{1,3}})?"
                  rf"{ALONE_AFTER}")


def iban_ok(s: str) -> bool:
    """The ISO 13616 check (mod 97) of a number whose first letters are a country that issues IBANs (python-stdnum's
    IBAN registry): the checksum alone passes one string in 97 ("JD8084093154532395", a parcel's tracking number,
    passed). The account's format within the country is not asked: a value written with a slip is still one."""
    s = re.sub(r"\s", "", s).upper()
    if not 15 <= len(s) <= 34:
        return False
    moved = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in moved)
    return int(num) % 97 == 1 and _iban_country(s[:2])


# countries whose banks write IBANs that SWIFT's registry (python-stdnum's) does not list yet: Iran's "Sheba"
# numbers and the West and Central African and Indian Ocean states that adopted the format
IBAN_OUTSIDE_REGISTRY = frozenset("IR DZ AO BJ BF CM CV CF TD KM CG CI GQ GA GW MG ML MA MZ NE SN TG".split())


@functools.lru_cache(maxsize=256)
def _iban_country(cc: str) -> bool:
    from stdnum import numdb

    return cc in IBAN_OUTSIDE_REGISTRY or bool(numdb.get("iban").info(cc + "00")[0][1])


# an IBAN in any grouping its writer chose: threes, fives, "DE7 836 ...", a space, dash or dot anywhere
IBAN_REGROUPED = re.compile(rf"{ALONE_BEFORE}[A-Za-z]{{2}}[ .-]?\d[ .-]?\d(?:[ .-]?[A-Za-z0-9]){{11,30}}{ALONE_AFTER}")


def iban_in_registry(s: str) -> bool:
    """python-stdnum's full IBAN check: mod 97 and the country's own length and account format (SWIFT's
    registry), as asked of an IBAN written in an unusual grouping, whose shape alone says less."""
    from stdnum import iban

    return iban.is_valid(re.sub(r"[ .-]", "", s))


def _trimmed(s: str, ok: Callable[[str], bool]) -> str:
    # the greedy match may swallow a following word: trim whole groups until the check holds
    while s and not ok(s):
        cut = max(s.rfind(" "), s.rfind("\n"))
        s = s[:cut].rstrip("\r") if cut > 4 else ""
    return s


def ibans(text: str) -> list[Finding]:
    out = []
    ends = []
    for m in IBAN.finditer(text):
        s = _trimmed(m.group(), iban_ok)
        if s:
            out.append(Finding(m.start(), m.start() + len(s), "IBAN_CODE", 1.0, "iban_checksum"))
            ends.append((m.start(), m.start() + len(s)))
    # written in other groups ("DE7 836 223 246 ...", "PL240 91592 ..."): the registry's length and format too
    for m in IBAN_REGROUPED.finditer(text):
        if any(a <= m.start() < b for a, b in ends) or not re.search(r"[ .-]", m.group()):
            continue
        s = _trimmed(m.group(), iban_in_registry)
        if s:
            out.append(Finding(m.start(), m.start() + len(s), "IBAN_CODE", 0.95, "iban_checksum_regrouped"))
    return out


# a run of digits with the separators people type in numbers: space, dash, dot, slash, parentheses, leading +
# (kana, CJK and Hangul touch the number: "我的手机号是16585305450。", "電話番号は070-4982-1548です": ``NOSPACE``)
NUMBER_RUN = re.compile(rf"(?<![^\W{NOSPACE}])(?<![.+/-])\+?\(?\d[\d\s().\-/]{{4,24}}\d\)?"
                        rf"(?:[ \t]*(?:x|ext\.?|extension)[ \t]*\d{{1,6}})?(?![^\W{NOSPACE}])", re.I)
# (also a day, a month and a year apart by spaces: CLDR's Yoruba medium form "1 05 2026")
DATE_LIKE = re.compile(r"^(?:\d{4}(?:[-/.]|\. )\d{1,2}(?:[-/.]|\. )\d{1,2}\.?|\d{1,2}(?:[-/.]|\. )\d{1,2}(?:[-/.]|\. )(?:\d{2}|\d{4})|"
                       r"(?:0?[1-9]|[12]\d|3[01]) (?:0?[1-9]|1[0-2]) (?:19|20)\d\d|"
                       r"\d{1,2}[:.]\d{2}(?:[:.]\d{2})?)$")
YEAR_REFERENCE = re.compile(r"(?:19|20)\d\d(?P<sep>[/-])(?:0?[1-9]|1[0-2])(?P=sep)\d{3,6}")
DATE_TIME_START = re.compile(r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:[ T]|$)")  # an ISO date, then a time
TIME_AFTER = re.compile(r":\d\d\b")  # a run that goes on as a clock time ("16 11:34") is not a phone number
SSN = re.compile(r"^(?!000|666|9\d\d)\d{3}([- ]?)(?!00)\d{2}\1(?!0000)\d{4}$")
CARD_CONTEXT = re.compile(r"\b(?:card|visa|mastercard|amex|credit|debit|cc)\b", re.I)
SSN_CONTEXT = re.compile(r"\b(?:ssn|social security|social-security)\b|\bss ?#", re.I)  # "SS# 075235815"
PHONE_CONTEXT = re.compile(r"\b(?:phone|call|tel|telephone|mobile|cell|number|reach|contact|fax|whatsapp|text|"
                           r"dial|ring|landline|answering|extension|ext|hotline|sms|telefon|telefonnummer|téléphone|teléfono|telefono|"
                           r"numer|número|numero|nummer|puhelin|telefoon|tel\.?|mobil|handy|portable|celular)\b"
                           r"|電話|电话|手机|手機|携帯|連絡先|联系|聯絡|전화|휴대폰|핸드폰|연락처|โทร|телефон|тел\.|моб\.|"
                           r"הטלפון|טלפון|נייד|هاتف|جوال|الجوال|موبايل|تلفن|موبایل|फ़ोन|फोन|मोबाइल|ফোন|மொபைல்|தொலைபேசி"
                           # Urdu "phone", Hausa "wire" (a phone: "lambar waya"), Swahili and Yoruba "phone",
                           # Vietnamese "phone" (not "number" words: "Sifariş nömrəsi", an order's, is no phone)
                           r"|فون|\b(?:waya|simu|fóònù|foonu|điện thoại|sđt)\b", re.I)


def _context(rx: re.Pattern, text: str, start: int, end: int, window: int = 40) -> bool:
    return rx.search(text, max(0, start - window), min(len(text), end + window)) is not None


def _phone_valid(candidate: str) -> bool:
    import phonenumbers

    region = None if candidate.lstrip().startswith("+") else "US"
    try:
        num = phonenumbers.parse(candidate, region)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_possible_number(num) or phonenumbers.is_valid_number(num)


# the first digit of a payment card (ISO/IEC 7812's major industry identifier: 1 airlines, 2 and 5 Mastercard,
# 3 Amex/JCB/Diners, 4 Visa, 6 Discover/UnionPay/Maestro); a number of a barcode's length (12-14 digits) that passes
# Luhn by chance and starts with 0, 7, 8 or 9 ("8509700770722", an EAN in a table of stock) is a card only where a
# word says so (15 digits and more stay: a device's IMEI is personal too, whatever it is read as)
CARD_MII = "123456"
# "#302-1234567-8912345", "ORD-...": a number right after a hash or a code's letters and hyphen is a reference
# (an order, a ticket); a card is written bare or after a word ("card 4111 ..."), and a word of cards still reads it
REFERENCE_MARK = re.compile(r"(?:#|(?<![\w-])[A-Za-z]{2,6}-)[ \t]*$")


CARD_GROUPS = re.compile(r"\d{4}(?:[ -]\d{4}){2}[ -]\d{1,7}|\d{4}[ -]\d{6}[ -]\d{4,5}")


# a card as people regroup it when they type it: groups of three to six digits ("435 623 0123 836 079",
# "4356.2301.2383.6079", "6277 6793 6173 0486 762"), or two halves, with one kind of separator throughout (spaces
# or tabs, however many; a dash, a dot or a slash, spaced or not). Not pairs of digits: a row of small numbers
# ("12 34 56 78 90 11 23", a lottery's or a score's) passes Luhn one time in ten too
CARD_REGROUPED = re.compile(r"\d{3,6}(?P<sep>[ \t]+|[ \t]?[-./][ \t]?)\d{3,6}(?:(?P=sep)\d{3,6}){0,5}|\d{4,8}[ \t]+\d{8,12}")


def _card_grouping(raw: str) -> bool:
    """Whether a number is written whole or in a card's groups (4-4-4-4 and its 13-19-digit kin; Amex and
    Diners 4-6-5, 4-6-4; any regrouping in groups of three to six digits, ``CARD_REGROUPED``): an order number's
    3-7-7 ("594-9997715-5046223") passes Luhn one time in ten, and no card is written with a seven-digit group.
    A card broken across a line ("4375 8584\n7195 4065") is read as one line."""
    raw = raw.strip().replace("\r\n", " ").replace("\n", " ")
    return raw.isdigit() or CARD_GROUPS.fullmatch(raw) is not None or CARD_REGROUPED.fullmatch(raw) is not None


def _book_or_barcode(digits: str, raw: str) -> bool:
    """A 13-digit number that is an ISBN-13 (978/979 and the EAN check, any grouping) or a bare EAN-13."""
    from stdnum import ean

    if not ean.is_valid(digits):
        return False
    return digits.startswith(("978", "979")) or raw.strip().isdigit()


def _card_across_lines(raw: str) -> bool:
    """A card number broken by one line break, its two halves in a card's grouping ("card: 4375 8584\n7195
    4065"): one number, which read line by line left its last digits as a second phone-shaped number."""
    digits = re.sub(r"\D", "", raw)
    return raw.count("\n") == 1 and 13 <= len(digits) <= 19 and digits[0] in CARD_MII and luhn_ok(digits) and \
        _card_grouping(raw)


def _number_runs(text: str):
    """NUMBER_RUN's matches, a run across a line break read line by line: a postcode at the end of one line and
    a phone number on the next ("Portugal 30971\n21 253 109 8211") are two numbers, not one of 17 digits."""
    for m in NUMBER_RUN.finditer(text):
        if "\n" not in m.group() or _card_across_lines(m.group()):
            yield m
            continue
        s = m.start()
        for piece in m.group().split("\n"):
            yield from NUMBER_RUN.finditer(text, s, s + len(piece))
            s += len(piece) + 1


# separators people (and word processors) put between a number's groups that the number patterns do not name: the
# no-break and thin spaces of French and German typography ("1\u00a085\u00a005 ..."), Unicode's hyphens and dashes
# ("078\u201305\u20131120", typed or auto-corrected), the middle dot; read as a space, a hyphen or a dot, one
# character for one (positions are unchanged)
ODD_SEPARATORS = str.maketrans({"\u00a0": " ", "\u2002": " ", "\u2003": " ", "\u2007": " ", "\u2009": " ",
                                "\u200a": " ", "\u202f": " ", "\u2010": "-", "\u2011": "-", "\u2012": "-",
                                "\u2013": "-", "\u2014": "-", "\u2212": "-", "\u00b7": ".", "\u2027": ".",
                                "\u2219": "."})
# digits of every script ("٠١٢", "०१२", fullwidth "０１２") and fullwidth letters and signs ("ＡＢ－１２"): a number
# typed on a phone's Chinese or Arabic keyboard is the same number, but python-stdnum's checks read ASCII digits
# only; one character for one
ODD_SEPARATORS.update(DIGITS)
ODD_SEPARATORS.update({cp: chr(cp - 0xFEE0) for cp in range(0xFF01, 0xFF5F)})
_ODD = re.compile("[\u00a0\u2002\u2003\u2007\u2009\u200a\u202f\u2010-\u2014\u2212\u00b7\u2027\u2219\uff01-\uff5e"
                  + DIGIT_CHARS + "]")
# the same characters as a set (``ODD_SEPARATORS``' keys; tests/gates/pii/test_pii_speed.py checks that ``_ODD``
# matches exactly these): whether a text holds one is a set's ``isdisjoint`` over its characters, ~50x faster than
# ``_ODD.search``, whose class of ~750 characters ``re`` tests one range after another at every character (2 ms a
# window of non-ASCII text, and three recognizers ask it of every window)
_ODD_CHARS = frozenset(map(chr, ODD_SEPARATORS))


def plain_separators(text: str) -> str:
    """``text`` with odd group separators read as plain ones (``ODD_SEPARATORS``), digits of any script and
    fullwidth forms read as ASCII: the same length. (ASCII text is returned as it is, unscanned.)"""
    return text.translate(ODD_SEPARATORS) if not text.isascii() and not _ODD_CHARS.isdisjoint(text) else text


def _date_inside(text: str, s: int, e: int) -> int | None:
    """Where a date that starts on a later group of the number run ``text[s:e]`` and runs past its end starts
    ("847392 15 मार्च 2024", "Order 4471923 15 March 2024"): that group is the date's day, not the number's."""
    if e >= len(text) or not text[e].isspace():
        return None
    from .birthdates import DATE

    for g in re.finditer(r"[ \t]+(?=\d)", text[s:e]):
        d = DATE.match(text, s + g.end())
        if d is not None and d.end() > e:
            return s + g.end()
    return None


def numbers(text: str) -> list[Finding]:
    """Cards (Luhn), SSNs, and phone numbers in many national and international formats (any group separator:
    ``plain_separators``)."""
    text = plain_separators(text)
    out = []
    for m in _number_runs(text):
        raw = m.group()
        # trailing sentence punctuation or a closing bracket that opened outside the run is not part of it
        while raw and raw[-1] in ".)-/" and raw.count("(") < raw.count(")") + (raw[-1] != ")"):
            raw = raw[:-1]
        s, e = m.start(), m.start() + len(raw)
        if raw.startswith("(") and raw.endswith(")") and raw.count("(") == raw.count(")") == 1:
            raw, s, e = raw[1:-1], s + 1, e - 1  # "(6242 1387 3929 1394)" after a chat line: the number, bracketed
        date = _date_inside(text, s, e)
        if date is not None:  # "ऑर्डर नंबर 847392 15 मार्च 2024": the last group is the day of a date after it
            raw = raw[:date - s].rstrip(" \t")
            e = s + len(raw)
        digits = re.sub(r"\D", "", re.split(r"(?i)\s*(?:x|ext)", raw)[0])
        nd = len(digits)
        if DATE_LIKE.match(raw.strip()) or nd < 7:
            continue
        if DATE_TIME_START.match(raw) or TIME_AFTER.match(text, e):  # "2000-04-16 11:34:35": a timestamp
            continue
        if YEAR_REFERENCE.fullmatch(raw) and not _context(PHONE_CONTEXT, text, s, e):
            continue  # "Ref. 2025/03/118", "2024-07-0042": a year, a month and a serial number file a reference
        if re.fullmatch(r"\d+\.\d+", raw) and not re.match(r"0\d", raw):  # a decimal number
            continue  # (a number "074104.19487", "06.12347637" opening on a trunk 0 is a phone number typed with a dot)
        if 12 <= nd <= 14 and product_code(text, s, e, True):
            continue  # an EAN/UPC barcode or an ISBN after a product word (products.py), not a card
        if nd == 13 and _book_or_barcode(digits, raw) and not _context(CARD_CONTEXT, text, s, e):
            continue  # an ISBN-13 (978/979, no country dials those) or a bare EAN-13: no card has 13 digits today
        if 12 <= nd <= 19 and not raw.startswith("+") and ((luhn_ok(digits) and (digits[0] in CARD_MII or nd > 14)
                                                             and _card_grouping(raw)
                                                             and not REFERENCE_MARK.search(text, max(0, s - 8), s)
                                                             # "Order 798618650775344", "commande n° 3242764564998":
                                                             # one order number in ten passes Luhn
                                                             and not (raw.isdigit() and after_reference(text, s)))
                                                            or _context(CARD_CONTEXT, text, s, e)):
            out.append(Finding(s, e, "CREDIT_CARD", 0.95 if luhn_ok(digits) else 0.6, "card_luhn"))
            continue
        if SSN.match(raw) and (raw[3] in "- " or _context(SSN_CONTEXT, text, s, e)):
            out.append(Finding(s, e, "US_SSN", 0.9, "ssn_pattern"))
            continue
        grouped = bool(re.search(r"\d[\s().\-/]+\d", raw)) or raw.startswith("+")
        if not raw.startswith("+") and after_reference(text, s):
            continue  # "invoice number is 2967248216", "Bestellnummer 0301 234567": the reference, not a phone
        if nd <= 15 and (grouped or _context(PHONE_CONTEXT, text, s, e) or _phone_valid(raw)):
            out.append(Finding(s, e, "PHONE_NUMBER", 0.8 if grouped else 0.6, "phone_pattern"))
        elif nd >= 9:
            # a long bare digit run next to account/card words: an identifier, never ordinary prose
            if _context(CARD_CONTEXT, text, s, e):
                out.append(Finding(s, e, "CREDIT_CARD", 0.5, "card_context"))
    return out


# --------------------------------------------------------------------------- device and household identifiers (CCPA)


MAC = re.compile(r"\b[0-9A-Fa-f]{2}(?:([:-])[0-9A-Fa-f]{2})(?:\1[0-9A-Fa-f]{2}){4}\b")
UUID = re.compile(r"\b[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}\b")
IMEI = re.compile(r"\b(?:imei|serial|device)\W{0,5}(?:number|no\.?|id)?\W{0,3}(\d{15})\b", re.I)
HOUSEHOLD = re.compile(r"\b(?:household|account|customer|member|meter|loyalty)\s+(?:id|number|no\.?|#)\W{0,3}"
                       r"([A-Za-z0-9-]{5,})\b", re.I)


def devices(text: str) -> list[Finding]:
    out = [Finding(m.start(), m.end(), "MAC_ADDRESS", 0.9, "mac_pattern") for m in MAC.finditer(text)]
    out += [Finding(m.start(), m.end(), "DEVICE_ID", 0.8, "uuid_pattern") for m in UUID.finditer(text)]
    out += [Finding(m.start(1), m.end(1), "DEVICE_ID", 0.8, "imei_context") for m in IMEI.finditer(text)
            if luhn_ok(m.group(1))]
    out += [Finding(m.start(1), m.end(1), "HOUSEHOLD_ID", 0.7, "household_context") for m in HOUSEHOLD.finditer(text)
            if any(c.isdigit() for c in m.group(1))]
    return out


# --------------------------------------------------------------------------- special categories (GDPR Art. 9)

HEALTH = fast(re.compile(r"\b(?:diabet(?:es|ic)|cancer|tumou?r|hiv|aids|asthma|epilep(?:sy|tic)|depression|depressed|"
                    r"anxiety disorder|bipolar|schizophreni[ac]|dementia|alzheimer'?s|pregnan(?:t|cy)|miscarriage|"
                    r"chemotherapy|dialysis|hepatitis|tuberculosis|autis(?:m|tic)|adhd|ptsd|"
                    r"multiple sclerosis|parkinson'?s|stroke|heart attack|hypertension|covid(?:-19)?|"
                    r"antidepressants?|insulin|hiv-positive)\b", re.I))
RELIGION = re.compile(r"\b(?:christian|catholic|protestant|muslim|islamic|jewish|hindu|buddhist|sikh|atheist|"
                      r"mormon|evangelical|orthodox|jain|shinto|taoist|baha'?i)s?\b", re.I)


def special_categories(text: str) -> list[Finding]:
    out = [Finding(m.start(), m.end(), "HEALTH_DATA", 0.7, "health_terms") for m in HEALTH.finditer(text)]
    out += [Finding(m.start(), m.end(), "RELIGION", 0.7, "religion_terms") for m in RELIGION.finditer(text)]
    return out


# --------------------------------------------------------------------------- street addresses

STREET_WORDS = (r"street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|dr|court|ct|way|place|pl|square|sq|"
                r"terrace|parkway|pkwy|highway|hwy|circle|cir|trail|alley|row|crescent|close|mews|walk|gardens|"
                r"grove|hill|park|plaza|quay|wharf|str|rkp|tee|flats|estate|expressway|freeway|loop|pike|port|"
                # USPS Publication 28 suffixes not above (those that are ordinary words too are left out)
                r"bridge|brook|burg|bypass|canyon|causeway|cliffs?|corners?|cove|creek|crest|crossing|"
                r"crossroads?|curve|dale|falls|ferry|fields?|ford|forest|forge|fork|fort|garden|gateway|glen|"
                r"harbou?r|haven|heights|hollow|inlet|island|isle|junction|knoll|lake|landing|lodge|manor|"
                r"meadows?|mill|mission|motorway|mount|mountain|orchard|oval|overpass|passage|plain|prairie|ranch|"
                r"rapids?|ridge|river|route|shoal|shore|skyway|spur|station|stravenue|stream|summit|throughway|"
                r"trace|trafficway|tunnel|turnpike|underpass|valley|viaduct|village|ville|vista|wells?")
STREET_SUFFIX = (r"straße|strasse|straat|straeti|stræde|gasse|weg|vägen|väg|gatan|gata|gate|gaten|veien|vej|vei|"
                 r"gade|katu|tie|polku|kuja|laan|plein|platz|allee|damm|ring|ufer|markt|torget|torg|utca|út|gränd|"
                 r"bulevardi|puistotie|raitti|kaari|stigen|backe|backen|plan|dreef|kade|hof|pad|boulevard|singel|"
                 r"ulica|ová|ská|ého|ní|cesta|stig|kaai|dreef|singel|hof|steeg")
STREET_PREFIX = (r"rue|via|viale|vicolo|corso|piazza|piazzetta|strada|calle|avenida|avda|av|rua|rúa|travessa|"
                 r"largo|paseo|carrer|plaza|ulica|ul|aleja|plac|chemin|route|allée|boulevard|quai|impasse|"
                 r"platia|odos|leoforos|postbox|box|po box|pl|al|os|ronda|pasaje|glorieta|urbanización|camino|cuesta|"
                 r"boulevard|bd|praia|morro|feira|rotonda|aleja|avenue|viaduto|acceso|rambla|"
                 r"callejón|travesía|canale|contrada|borgo|vico|largo|số|hẻm|ngõ|phố|đường|khu")
UNIT = r"(?:apt|apartment|suite|ste|unit|flat|floor|fl|room|rm|bldg|building|#)\.?\s*#?\s*\d{1,6}[a-z]?"

ADDRESS_PATTERNS = [
    # 12 Oak Street / 33787 590 Edington Drive / 159 Eleftheriou Venizelou str
    re.compile(rf"\b\d{{1,6}}(?:/\d{{1,6}})*[a-z]?,?(?:[ \t]+\d{{1,5}})?[ \t]+(?:{CAP}[ \t]+){{0,4}}(?:{STREET_WORDS})s?\b\.?"
               rf"(?:[ \t]*,?[ \t]*{UNIT})?", re.I),
    # Lindenweg 7 / Storgatan 4 / Mäkelänkatu 12
    re.compile(rf"\b(?:{CAP}[ \t]+){{0,3}}[{UP}][\w'’-]*(?:{STREET_SUFFIX})\.?[ \t]+\d{{1,5}}[a-z]?\b"
               rf"(?:[ \t]*,?[ \t]*{UNIT})?", re.I),
    # Via Garibaldi 9 / Rua das Flores 40 / 8 Rue Victor Hugo
    re.compile(rf"\b(?:\d{{1,6}},?[ \t]+)?(?:{STREET_PREFIX})\.?[ \t]+(?:[\w'’.-]+,?[ \t]+){{0,4}}?\d{{1,5}}[a-z]?\b"
               rf"(?:[ \t]*,?[ \t]*{UNIT})?", re.I),
    # 12 Rue Ibn Sina (number first, then a street prefix and capitalised words)
    re.compile(rf"\b\d{{1,6}}(?:/\d{{1,6}})*,?(?:[ \t]+\d{{1,5}})?[ \t]+(?:{STREET_PREFIX})\.?[ \t]+"
               rf"(?:(?:de|du|des|la|le|del|da|di|do|dos|das)[ \t]+)?{CAP}(?:[ \t]+{CAP}){{0,4}}"
               rf"(?:[ \t]*,?[ \t]*{UNIT})?", re.I),
    # house number first, street name last-word capitalised, number after: 4410 Nádražní 18, 0150 Uusi Tie 3
    re.compile(rf"\b\d{{1,6}}[ \t]+(?:\d{{1,5}}[ \t]+)?{CAP}(?:[ \t]+(?:{CAP}|[a-zß-ÿ]{{1,12}}\.?)){{0,3}}[ \t]+\d{{1,5}}[a-z]?\.?"
               rf"(?:[ \t]*,?[ \t]*{UNIT})?"),
    # military and PO boxes, bare units
    re.compile(r"\b(?:PSC|CMR|Unit)\s+\d{3,5},?\s+Box\s+\d{1,5}\b|\bP\.?\s?O\.?\s+Box\s+\d{1,6}\b|"
               r"\bPostbox\s+\d{1,6}\b", re.I),
    re.compile(rf"\b{UNIT}\b", re.I),
]
# the street patterns whose house number stands on the line where they start (their optional unit may run on):
# searched on the lines holding a digit only (linewise.py; tests/gates/pii/test_pii_linewise.py)
ADDRESS_LINEWISE = (0, 2, 3, 4)
# an address line after the street: a unit, a town, a postcode, a country (only after a comma or a line break)
ADDRESS_TAIL = re.compile(rf"(?:[ \t]*[,\n][ \t\n?>]*|[ \t]+)(?:{UNIT}|{CAP}(?:[ \t]+{CAP}){{0,2}}"
                          rf"(?:,?[ \t]*(?-i:[A-Z]{{2}})(?![\w'’-]))?"
                          rf"(?:[ \t]+\d{{3,6}})?|(?-i:[A-Z]{{2}})[ \t]+\d{{3,6}}|\d{{4,6}}"
                          # the postcodes with a hyphen or a space inside: Polish "00-990", Czech, Slovak, Swedish
                          # and Greek "939 53"
                          rf"|\d{{2}}-\d{{3}}(?![\d-])|\d{{3}}[ \t]\d{{2}}(?!\d))", re.I)
ADDRESS_CONTEXT = re.compile(r"\b(?:address|live[sd]? (?:at|on|in)|living at|moved to|located at|ship(?:ped)? to|"
                             r"deliver(?:ed)? to|send (?:it )?to|meet (?:me )?at|reside[sd]? at|house at|"
                             r"mail(?:ed)? to|post(?:ed)? to)\b", re.I)


# what follows an address label ("Address: ...", "Mon adresse: ...") up to the end of the sentence or line,
# and the town and postcode lines under it that carry no label of their own
ADDRESS_LABEL = re.compile(r"(?i)\b(?:address|adresse|dirección|direccion|indirizzo|endereço|adres|osoite|adress|"
                           r"anschrift|adresa)[ \t]*(?:is[ \t]+|:[ \t]*)([^\n]{4,90}?)(?=\.[ \t]|\.?$|\n)", re.M)
ADDRESS_LABEL = fast(ADDRESS_LABEL)  # tried only where its first letters stand (prefilter.py)
# a sentence run on without its full stop after an address: "... Nicholas Land Thanks Mandy!", "... Pass I am 74"
RUN_ON = re.compile(r",?[ \t]+(?:Thanks|Thank you|Thx|Cheers|Regards|Please|I am|I'm|I was|Danke|Merci|Gracias|"
                    r"Grazie|Obrigad[oa]|Bedankt|Tack|Takk|Kiitos|Dzięki|Dziękuję)(?![\w'’])")


LEAD_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
KEEP_LOWER = {"de", "da", "das", "do", "dos", "di", "del", "della", "la", "le", "les", "du", "des", "van", "von", "der",
              "den", "y", "e", "i", "al", "el", "st", "dei", "degli", "delle", "los", "las", "lo", "gli", "dello", "dal",
              "dalla", "ter", "ten", "het"}  # ("Calle de los Almendros", "Avenida de las Flores", "Via degli Dei")


def street_start(text: str, s: int, e: int) -> int:
    """Where a street found in ``text[s:e]`` starts when the sentence that sends something there opens the span
    ("Envíelo a Calle Mayor 5", "Stuur het naar Kerkstraat 12", "Bitte an Hauptstr. 5"): after the last
    lower-case word before the house number that is neither a particle of a street's name ("Calle de la Paz")
    nor a street word written in lower case ("ul.", "via", "rue")."""
    from .streets import STREET_WORD

    digit = re.search(r"\d", text[s:e])
    if digit is None or digit.start() == 0:
        return s
    cut = s
    for w in LEAD_WORD.finditer(text, s, s + digit.start()):
        v = w.group()
        if v[0].islower() and v.rstrip(".").casefold() not in KEEP_LOWER and not STREET_WORD.fullmatch(v.rstrip(".")):
            nxt = LEAD_WORD.search(text, w.end(), s + digit.start())
            if nxt is not None and (nxt.group()[0].isupper() or STREET_WORD.fullmatch(nxt.group().rstrip("."))):
                cut = nxt.start()
    return cut


def run_on_end(text: str, s: int, e: int) -> int:
    """Where an address found in ``text[s:e]`` ends when a run-on sentence follows it inside the span, or a
    clause about birth does ("Zobelplatz 1-6, 91573 Sondershausen, geboren am 24. September 1963": the date is
    a birth date, and the address read to the line's end made the whole line one finding)."""
    from .birthdates import BIRTH

    m = RUN_ON.search(text, s, e)
    e = m.start() if m else e
    b = BIRTH.search(text, s, e)
    if b is not None and b.start() > s:
        head = text[s:b.start()].rstrip(" \t")
        e = s + len(head.rstrip(",;"))
    return _town_end(text, s, e)


# ", 60624 Griesbach Rottal Sie finden mich ...": a numeric postcode after a comma, then the town; a sentence run
# on without its full stop after the town is not the address's
POSTCODE_TOWN = re.compile(r",[ \t]*(?:[A-Z]{1,2}-)?(?:\d{2}-\d{3}|\d{3}[ \t]\d{2}|\d{4,5})[ \t]+")
TOWN_PARTICLES = frozenset("am an der die den dem ob im in bei sur sous de la le les en di del della nad pod aan op "
                           "upon on ad y i e".split())
TOWN_WORDS = 2  # "Griesbach Rottal", "1234 AB Amsterdam"; particles between ("Frankfurt am Main") not counted


def _town_end(text: str, s: int, e: int) -> int:
    """Where the town after a postcode in ``text[s:e]`` ends: after at most ``TOWN_WORDS`` capitalised words
    (and particles), before a common word or a lower-case one ("60624 Griesbach Rottal Sie finden mich unter",
    "17540 David-sur-Mer voir https://...", "90-428 Koło znajdziesz mnie")."""
    m = POSTCODE_TOWN.search(text, s, e)
    if m is None:
        return e
    words = 0
    for w in re.finditer(r"[^\s,;]+", text[m.end():e]):
        word = w.group()
        if word.lower() in TOWN_PARTICLES and words:
            continue
        if words < TOWN_WORDS and word[:1].isupper() and not _is_common(word.strip(".")):
            words += 1
            continue
        if not words:
            return e  # no town after the postcode: not this shape
        end = rstrip_end(text, m.end() + w.start())
        return end - 1 if text[end - 1] in ",;" else end
    return e
LABEL_LINE = re.compile(r"[^\n:]{1,30}:")
NEXT_LINE = re.compile(r"\n[ \t]*([^\n]{2,60})")


def rstrip_end(text: str, end: int) -> int:
    """``len(text[:end].rstrip())`` without copying ``text[:end]`` (per match, on a long text, that copy made a
    recognizer quadratic in the text's length)."""
    end = slice(None, end).indices(len(text))[1]
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end


def labelled_addresses(text: str) -> list[Finding]:
    out = []
    for m in ADDRESS_LABEL.finditer(text):
        s, e = m.span(1)
        if not any(c.isdigit() for c in m.group(1)) and len(m.group(1).split()) < 2:
            continue
        for _ in range(3):  # town, region and postcode lines under a labelled street line
            nxt = NEXT_LINE.match(text, e)  # at e, not in a copy of the rest of the text
            if not nxt or LABEL_LINE.match(nxt.group(1)) or not nxt.group(1)[0].isupper() and \
                    not nxt.group(1)[0].isdigit():
                break
            e = nxt.end()
        e = run_on_end(text, s, e)
        if e - s >= 4:
            out.append(Finding(s, e, "STREET_ADDRESS", 0.8, "address_label"))
    return out


LABEL_AFTER = re.compile(r"[ \t]*[:=]")  # the words just read are a label ("Geburtsdatum:")
STREET_PARTICLES = {"de", "da", "das", "do", "dos", "di", "del", "della", "la", "le", "les", "du", "des", "van", "von",
                    "der", "den", "y", "e", "i", "a", "al", "el", "on", "st"}


# "Lindenweg 7" (ADDRESS_PATTERNS[1]) read case-blind tries ~60 suffixes at every character of every word: 1.1 s per
# MB, most of the scrub's pattern time on long prose. A match of it holds a suffix, spaces and a digit on the line
# where it starts (the part before its optional unit cannot leave the line), so only such lines are searched
# (``_suffix_matches``): the same matches, ~20x less time.
SPACE_DIGIT = re.compile(r"[ \t]\d")
SUFFIX_NUMBER = re.compile(rf"(?i:{alternation(STREET_SUFFIX.split('|'))})\.?[ \t]+\d")  # a trie: the same strings


def _suffix_matches(rx: re.Pattern, text: str):
    """``rx.finditer(text)`` for ``ADDRESS_PATTERNS[1]``, searched only on lines holding ``SUFFIX_NUMBER``: the
    leftmost match on such a line is found within the line, then matched again at its start on the whole text
    (its optional unit may run onto the next line), and the search goes on from its end, as ``finditer`` does."""
    p, line_end = 0, -1
    for c in SPACE_DIGIT.finditer(text):
        if c.start() < line_end:
            continue  # this line was searched
        ls = text.rfind("\n", 0, c.start()) + 1
        line_end = text.find("\n", c.start())
        line_end = len(text) if line_end < 0 else line_end
        if not SUFFIX_NUMBER.search(text, ls, line_end):
            continue
        p = max(p, ls)
        while p < line_end:
            m0 = rx.search(text, p, line_end)
            if m0 is None:
                break
            m = rx.match(text, m0.start())
            if m is None:  # pragma: no cover - the whole text only adds what follows the line
                break
            yield m
            p = max(m.end(), p + 1)


# what follows a number that is a quantity, never a house number: its decimals or next group ("cuesta 249,00",
# "Julia 1.8", "HDMI 2.1"), a percent or currency sign, a unit ("al 82 %", "3.5 GB", "412 rows")
QUANTITY_AFTER = re.compile(r"[.,]\d|[ \t\u00a0\u202f]?(?:[%‰°€$£¥₩₽₴₺₹₪₫₱]|[x×](?=[ \t])|"
                            r"(?i:[kmgtp]i?b|[kmg]?hz|kg|mg|km|cm|mm|"
                            r"ms|kwh|kw|mah|rpm|fps|px|dpi|eur|usd|gbp|chf|rows?|lines?|items?|pcs|records?|"
                            r"files?|users?|bytes?|stück|stk|szt|kpl|adet|шт|τεμ)(?![^\W\d_]))")
QUANTITY_BEFORE = re.compile(r"\d[.,]$")  # "172,507 rows": a thousands group of a larger number


def quantity_number(text: str, start: int, end: int) -> bool:
    """Whether the number that opens or closes ``text[start:end]`` (an address candidate) is a quantity: part of a
    larger or decimal number, or followed by a unit, a sign or a times sign ("12 x Dr. Martens 1460", "24 stk. ...":
    an invoice line). A house number is a small whole number of its own."""
    first = re.match(r"\d+", text[start:min(end, start + 8)])
    if first and (QUANTITY_BEFORE.search(text, max(0, start - 2), start) or
                  QUANTITY_AFTER.match(text, start + first.end())):
        return True
    j = end
    while j > start and text[j - 1].isdigit():
        j -= 1
    return j < end and QUANTITY_AFTER.match(text, end) is not None


# a device's or a protocol's word, never in a street's name: an acronym after a lower-case word ("via HDMI 2"),
# a capital inside a word ("macOS", "iPhone"), short capitalised halves ("Wi-Fi")
TECH_WORD = re.compile(r"(?<![\w-])(?:[A-Z]{2,}[\d]*|[a-z]+[A-Z][\w]*|[A-Z][a-z]{0,2}-[A-Z][a-z]{0,2})(?![\w-])")


def tech_street(text: str, start: int, end: int) -> bool:
    """Whether a street-prefix candidate ("via ...", "Box ...") is a device's connection or name: the prefix is
    glued to a word before it ("Fritz!Box 7590") or, written in lower case, is followed by a device's or a
    protocol's word ("via Wi-Fi 6", "via HDMI 2.1"), which no street is named after."""
    if start > 0 and text[start - 1] in "!/_+-":
        return True
    first = re.match(r"[^\W\d_]+", text[start:end])
    return first is not None and first.group().islower() and TECH_WORD.search(text, start + first.end(), end) is not None


# the parts of a building, a site or a vehicle that people give with a number ("Room 4, floor 3, building B",
# "Gate 12, Terminal 2", "Seat 14C, row 3", "Box 4, level 2", "Raum 4, 3. Stock"): a span holding only these,
# numbers and single letters names no street, so it is no street address (a street's own word makes it one:
# "Room 4, 12 Main Street")
BUILDING_PARTS = frozenset("""
room rm floor fl flr level lvl storey story building bldg block blk wing tower unit suite ste apt apartment flat
gate terminal platform track aisle shelf rack bin seat row section sec stand hall booth desk office cabin deck bay
dock door box locker pier berth zone area lab ward bed court stage studio
raum zimmer stock etage geschoss gebäude haus halle tor gleis bahnsteig regal reihe platz sitz
salle étage bâtiment porte quai voie rayon siège rang
sala planta piso edificio puerta andén pasillo estante asiento fila aula piano edificio binario scaffale posto
lokaal verdieping gebouw perron spoor rij stoel plan hus våning våningen byggnad rum
piętro budynek pokój sala peron tor rząd miejsce místnost patro budova nástupiště kabinet
кабинет этаж корпус комната ряд место oda kat blok
""".split())


# a home's own unit ("Apt. 635", "Suite 037" on the line under the street) is part of a postal address; beside
# a place no one lives ("Unit 5, shelf 3", "Flat 2, row 4") it is a store's or a venue's
DWELLING = frozenset("apt apartment suite ste flat unit".split())
NOT_DWELLING = frozenset("""
shelf rack bin row aisle seat gate terminal platform track bay dock section sec stand booth locker pier berth
regal reihe gleis bahnsteig sitz rayon siège rang quai voie estante asiento fila andén pasillo binario scaffale
posto perron spoor rij stoel peron rząd miejsce nástupiště ряд место
""".split())


def building_parts_only(span: str) -> bool:
    """Whether ``span`` names only parts of a building (``BUILDING_PARTS``), numbers and single letters, and no
    home's unit (``DWELLING``) unless beside a place no one lives (``NOT_DWELLING``)."""
    words = [w.casefold() for w in re.findall(r"[^\W\d_]+", span)]
    if not words or not all(w in BUILDING_PARTS or len(w) == 1 or w in ("st", "nd", "rd", "th", "e", "er")
                            for w in words):
        return False
    return not any(w in DWELLING for w in words) or any(w in NOT_DWELLING for w in words)


def _table_cell(text: str, s: int) -> bool:
    """Whether ``s`` starts a cell of a text table: a pipe or a tab stands before it on its line ("chair | red |
    Unit 5"). A line break after such a cell ends the table's row, not an address's line."""
    line = text[text.rfind("\n", 0, s) + 1:s]
    return "|" in line or "\t" in line


def addresses(text: str) -> list[Finding]:
    out = labelled_addresses(text) if ":" in text or " is " in text else []
    if not any(map(str.isdigit, text)):  # as a generator of c.isdigit(), in C
        return out  # every street pattern below holds a house, box or unit number
    for i, rx in enumerate(ADDRESS_PATTERNS):
        # (those led by a house number or a street word on the number's line: only lines holding a digit, linewise.py)
        for m in (_suffix_matches(rx, text) if i == 1 else finditer_lines(rx, text) if i in ADDRESS_LINEWISE
                  else rx.finditer(text)):
            s, e = m.start(), m.end()
            if quantity_number(text, s, e):
                continue  # "at 172,507 rows", "cuesta 249,00 €", "al 82 %": a quantity, not a house number
            if i == 0 and len(m.group().split()[-1]) >= 4 and m.group().split()[-1].isalpha() and \
                    m.group().split()[-1].islower() and \
                    not re.search(r"[^\W\d]", text[s:e][:len(text[s:e]) - len(m.group().split()[-1])]):
                continue  # "22 port", "5 lanes": a number and a spelled-out street word alone ("130 st." stays)
            if i in (0, 1):
                # the patterns read words case-blind: ordinary words before the street are not part of it
                # ("change my address to Aspgatan 90", "Our home is Davepad 0", "die neue Adresse ist Lindenweg 7")
                while True:
                    w = re.match(r"[^\W\d][\w'’.-]*[ \t]+", text[s:e])
                    if not w or not (_is_common(w.group().strip()) or (i == 1 and w.group()[0].islower() and
                                                                       not text[s + w.end():s + w.end() + 1].isdigit())):
                        break  # (a lower-case word right before the number is the street: "hersnapvej 18")
                    s += w.end()
            if i == 0:
                ws = re.findall(r"[^\W\d][\w'’-]*", text[s:e])
                if ws and ws[-1][0].isupper() and any(w[0].islower() and _is_common(w) and
                                                      w.lower() not in STREET_PARTICLES for w in ws[:-1]):
                    continue  # "v3.11.2 for the Ford Focus": lower-case ordinary words before a capitalised one
                if ws and ws[-1][0].islower() and any(w[0].islower() and _is_common(w) and
                                                      w.lower() not in STREET_PARTICLES for w in ws[:-1]):
                    continue  # "Case 6092 moved to row 14": a lower-case sentence that ends in a street's word
            if i == 1:
                street = re.search(r"([^\W\d][\w'’-]*)\.?[ \t]+\d", text[m.start():m.end()])
                if street and _is_common(street.group(1)):
                    continue  # "During 1971": an ordinary word that ends like a street (-ring, -gate, -plan)
            if i == 3 and all(_is_common(w) and w.lower() not in STREET_PARTICLES
                              for w in re.findall(r"[^\W\d][\w'’-]*", text[s:e])[1:2]):
                continue  # "shoe size 38, box of 12": an ordinary word after the street's word names no street
            if i == 3 and re.match(r"[\d/, \t]+via[ \t]", text[s:e]):
                continue  # "February 24, 2024 via DHL": "via" in lower case after a number is the preposition (a
                # street named Via is written "Via Roma 12", pattern 2; number first is French "12 rue ...")
            if i == 2 and tech_street(text, s, e):
                continue  # "via Wi-Fi 6", "Fritz!Box 7590": a connection or a device, not a street
            if i == 2 and any(_is_common(w) and w.lower() not in STREET_PARTICLES
                              for w in re.findall(r"[^\W\d][\w'’-]*", text[s:e])[1:]):
                continue  # "via email 2", "boulevard Michaud in 7": an ordinary word inside is not a street name
            if i == 4 and not (_context(ADDRESS_CONTEXT, text, s, e, 60) or "\n" in text[e:e + 3]):
                continue
            if i == 6 and not _context(ADDRESS_CONTEXT, text, s, e, 80):
                # a bare "Suite 4" is an address only after address words or beside another address line
                if not re.match(r"\s*[\n,]", text[e:e + 2]) and not re.search(r"[\n,]\s*$", text[max(0, s - 2):s]):
                    continue
                if _table_cell(text, s):
                    continue  # "chair | red | Unit 5": a cell of a text table (a shelf's, a store's unit), no line
            # follow the address onto its next lines (town, postcode, country), at most four
            for _ in range(4):
                t = ADDRESS_TAIL.match(text, e)
                if not t or ("\n" not in t.group() and "," not in t.group()
                             and not re.match(rf"\s*{UNIT}", t.group(), re.I)) or LABEL_AFTER.match(text, t.end()):
                    break  # (a label's word is the next field's, not a town: "...\nGeburtsdatum: ...")
                tw = LEAD_WORD.search(t.group())
                if tw is not None and tw.group()[0].islower() and tw.group() not in BUILDING_PARTS and \
                        not re.match(rf"[\s,]*{UNIT}", t.group(), re.I):
                    break  # "room 4, floor 3, ticket 5521": a lower-case word and a number is no town (a part of
                    # a building is read on: "Unit 5, shelf 3" is then no home's address)
                e = t.end()
            # a house number or postcode just before the street belongs to the address
            before = re.search(r"\b\d{1,6}[ \t]+$", text[max(0, s - 8):s])
            if before:
                s -= len(before.group())
            e = run_on_end(text, s, e)
            s = street_start(text, s, e)
            # (a unit's span may have run on into the next sentence: "building B. Bring the notes")
            if any(c.isdigit() for c in text[s:e]) and \
                    not building_parts_only(re.split(r"\.[ \t]", text[s:e])[0] if i == 6 else text[s:e]):
                out.append(Finding(s, e, "STREET_ADDRESS", 0.75, f"address_{i}"))
    return out


# --------------------------------------------------------------------------- people by context (NER does the rest)

# Words that are never a name on their own: spaCy's stop words plus greetings, chat words, days and months.
COMMON_WORDS = frozenset("""
hi hello hey dear thanks thank please sorry sure yes no ok okay yeah yep nope great good fine well welcome
morning afternoon evening night regards cheers best sincerely kind warm hope glad happy sad sir madam team all
everyone folks guys support customer service agent assistant user system bot admin help question answer
monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
september october november december today tomorrow yesterday english french german spanish chinese internet
wifi email phone app website account order password card bank invoice refund ticket product update
note answer question subject re fw fyi ps tip warning error step example summary title address fax office
date time total name user assistant human ai model client server tell ask let see meet send give check
visit according remind forward cc dm ping
""".split())


@functools.lru_cache(maxsize=65536)
def _is_common(word: str) -> bool:
    from spacy.lang.en.stop_words import STOP_WORDS

    w = re.sub(r"['’](?:m|s|re|ve|ll|d)$", "", word.lower().strip(".,'’"))
    return w in COMMON_WORDS or w in STOP_WORDS or w in NOT_NAMES or w in FORM_LABELS or RELIGION.fullmatch(w) is not None \
        or is_letter_word(w) or (word.isupper() and word in ERRNO_NAMES)


# the C library's error names ("ECONNREFUSED", "ENOSPC": in logs and tickets), from Python's own table
ERRNO_NAMES = frozenset(__import__("errno").errorcode.values())


NAME = rf"[{UP}][\w\u0300-\u036f'’-]+"
FULL_NAME = rf"{NAME}(?:[ \t]+(?:[{UP}]\.?[ \t]+)?(?:(?:van|von|de|da|das|dos|do|du|des|del|della|der|den|di|le|la|bin|binti|al|el|ibn|ben|ter|ten|y)[ \t]+){{0,2}}{NAME}){{0,3}}"
# (those led by a list of words are tried only where one of them stands: prefilter.py)
PERSON_CONTEXT = [
    fast(re.compile(rf"\b(?i:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Madam|Mme|Mlle|Herr|Frau|Señor|Señora|Sr|Sra)\.?[ \t]+({FULL_NAME})")),
    # a sentence that starts with a name and a verb people do
    re.compile(rf"(?:^|(?<=[.!?\n])[ \t]*)({FULL_NAME})(?=(?:,?[ \t]+(?:lives|lived|shouted|had given|began|is from|"
               rf"will be|works|worked|went|wrote|studied|married|moved|called|told|asked|replied|is very|"
               rf"was born|has been|can you)\b|,[ \t]*(?:can|could|would|will|please)\b))"),
    fast(re.compile(rf"(?i:\b(?:my name is|my name's|name is|i am|i'm|this is|call me|named|called|signed|"
               rf"regards|thanks|thank you|cheers|sincerely|best|from|with|ask for|speak to|talk to|contact|"
               rf"dear|hi|hello|hey|good morning|good afternoon|good evening|morning|evening|afternoon|"
               rf"name|directed by|written by|kid|child|baby|shouted at|said to|maiden name is|"
               rf"under|beneficiary|appointment with|meeting with|follow up with|account holder|holder|"
               rf"name on the account is|parcel for|package for|booking for|reservation for|ship it to|"
               rf"addressed to|on behalf of|ich heiße|ich bin|je m'appelle|je suis|me llamo|soy|mi chiamo|"
               rf"nazywam się|jestem|jag heter|ik ben|mijn naam is|meu nome é|eu sou|benim adım|tôi là|"
               rf"minun nimeni on|"
               rf"your (?:last |first |full |family |given )?name\?))[ \t,:\n-]+({FULL_NAME})")),
    # a sign-off after a dash at the end of a line: "... - Jane Doe"
    re.compile(rf"(?m)[ \t][-–—~][ \t]*({FULL_NAME})[ \t]*$"),
    # a line that is only a name (signature, letter head, quoted header): two to four name-shaped words
    re.compile(rf"(?m)^[ \t>*-]*({NAME}(?:[ \t]+[{UP}]\.?)?(?:[ \t]+(?:(?:van|von|de|da|del|der|den|di|le|la|ten|ter)"
               rf"[ \t]+){{0,2}}{NAME}){{1,3}})[ \t]*$"),
    fast(re.compile(rf"(?i:\b(?:could|can|would|will|should))[ \t]+({FULL_NAME})[ \t]+(?i:please)\b")),
    re.compile(rf"(?:^|(?<=[.!?\n])[ \t]*)({FULL_NAME})[ \t]+here\b(?=[ \t]*[,.!]|[ \t]+(?:calling|writing|again|from))"),
    re.compile(rf"({FULL_NAME}),?[ \t]+(?:says|said|wrote|asked|replied|told|explained|added|noted|"
               rf"confirmed|reported|who|is my|was my)\b"),
    fast(re.compile(rf"(?i:\b(?:says|said|according to|wife|husband|son|daughter|mother|father|brother|sister|"
                    rf"friend|colleague|boss|manager|partner|patient|client|neighbou?r|cousin|aunt|uncle))[ \t,]+"
                    rf"({FULL_NAME})")),
]


SPEAKER = re.compile(rf"^[ \t]*({NAME}(?:[ \t]+{NAME})?)[ \t]*:", re.M)
NAME_LIST = re.compile(rf"{NAME}(?:[ \t]*,[ \t]*{NAME}){{1,}},?[ \t]+(?:and|or|&)[ \t]+{NAME}|{NAME}[ \t]+(?:and|&)[ \t]+{NAME}")


def name_list_members(text: str, person: list[tuple[int, int]]) -> list[Finding]:
    """Members of a list of capitalised words ("A, B and C") are people when one of them is."""
    out = []
    people = Intervals(person)
    for m in NAME_LIST.finditer(text):
        if not people.hits(m.start(), m.end()):
            continue
        for w in re.finditer(NAME, m.group()):
            if not _is_common(w.group()):
                out.append(Finding(m.start() + w.start(), m.start() + w.end(), "PERSON", 0.5, "name_list"))
    return out


LOWER_NAME = r"[a-zß-ÿā-ž][\w\u0300-\u036f'’-]+(?:[ \t]+(?:[a-z]\.?[ \t]+)?[a-zß-ÿā-ž][\w\u0300-\u036f'’-]+){0,2}"
LOWER_STRONG = re.compile(rf"(?i:\b(?:my name is|my name's|(?:hi|hey|hello|hiya)[ \t,]+(?:it's|it is|this is)|me llamo|ich heiße|je m'appelle|mi chiamo|nazywam się|"
                          rf"jag heter|mijn naam is|meu nome é|benim adım|minun nimeni on))[ \t,:]+({LOWER_NAME})")
LOWER_STRONG = fast(LOWER_STRONG)  # tried only where its first letters stand (prefilter.py)
LOWER_CONTEXT = re.compile(rf"\b(?:my name is|my name's|name:|call me|follow up with|maiden name is|named|"
                           rf"regards,|thanks,|ms\.|mr\.|mrs\.|dr\.)[ \t,\n]+({LOWER_NAME})|"
                           rf"(?:^|(?<=[.!?\n]))[ \t]*({LOWER_NAME})(?=[ \t]+(?:lives|had given|is from|shouted)\b)|"
                           rf"^[ \t]*({LOWER_NAME})[ \t]*(?:\n|:)")


def _lower_label(text: str, words: list[str], colon: int) -> bool:
    """Whether lower-case words at a line's start before a colon are a field's label, not a speaker: a label we
    know ("tel:", "aba:"), a word no country's list holds as a name ("referencia:", "factuurnummer:", "social:"),
    or, before a number, any such word ("numer przesyłki: 4191...", "case number: 933-..."). Why: read as a
    speaker, each became a PERSON token or a surrogate name ("social: 078..." gave "joshua: 078...")."""
    from .fields import known_label

    if known_label(" ".join(words)):
        return True
    g = gazetteer()
    ranked = [0 < g.best(w) for w in words]
    value = text[colon + 1:colon + 40].lstrip(" \t")
    return not any(ranked) or (value[:1].isdigit() or value[:1] in "+#") and not all(ranked)


def lower_case_people(text: str) -> list[Finding]:
    """Names in text written all in lower case, found by the strongest context words only."""
    out = []
    for m in LOWER_CONTEXT.finditer(text):
        g = next(i for i in (1, 2, 3) if m.group(i))
        words = m.group(g).split()
        if g == 3 and m.group().rstrip(" \t").endswith(":") and _lower_label(text, words, m.end() - 1):
            continue
        keep = []
        for i, w in enumerate(words):
            if len(w.rstrip(".")) == 1 and 0 < i < len(words) - 1:
                keep.append(w)  # a middle initial ("benjamin a seiler")
                continue
            if _is_common(w) or len(w) < 2:
                break
            keep.append(w)
        while keep and len(keep[-1].rstrip(".")) == 1:
            keep.pop()
        if keep:
            s = m.start(g)
            out.append(Finding(s, s + len(" ".join(keep)) if len(keep) == len(words) else
                               m.start(g) + m.group(g).find(keep[-1]) + len(keep[-1]), "PERSON", 0.6, "lowercase_context"))
    return out


# "rudolf heintze, born 7 October 2001": words right before the birth date of a record of someone's details
# (a text without a word of birth is not searched: the look-ahead needs one)
LOWER_BORN = fast(re.compile(rf"(?<![\w])({LOWER_NAME})(?=,?[ \t]+(?i:born|b\.|dob|d\.o\.b|aged|age)\b)"),
                  needs=r"[ \t](?i:born|b\.|dob|d\.o\.b|aged|age)\b")
LOWER_AGAIN = re.compile(rf"(?i:\b(?:this is|it's|it is))[ \t]+({LOWER_NAME})(?=[ \t,]+(?i:again|here|speaking)\b)")
LOWER_AGAIN = fast(LOWER_AGAIN)  # tried only where its first letters stand (prefilter.py)


LONE_BIRTH_RANK = 5000  # one lower-case word before "born"/"DOB" is a name when some country ranks it this common


def lower_case_introductions(text: str) -> list[Finding]:
    """A lower-case name right after "my name is" (or its like in our users' languages), or between "this is"
    and "again"/"here"/"speaking", in any text."""
    out = []
    for m in LOWER_BORN.finditer(text):
        words = m.group(1).split()
        while words and (_is_common(words[0]) or len(words[0]) < 2):
            words = words[1:]
        if len(words) == 1 and (is_english(words[0]) or not 0 < gazetteer().best(words[0]) <= LONE_BIRTH_RANK):
            continue  # "text me anytime DOB ...": a word alone before the birth date is a name only if a common one
        if words and not any(_is_common(w) for w in words):
            e = m.end(1)
            out.append(Finding(e - len(" ".join(words)), e, "PERSON", 0.75, "lowercase_before_birth"))
    for m in list(LOWER_STRONG.finditer(text)) + list(LOWER_AGAIN.finditer(text)):
        keep = []
        for w in m.group(1).split():
            if _is_common(w) or len(w) < 2 or not w[0].islower():
                break
            keep.append(w)
        if keep:
            s = m.start(1)
            out.append(Finding(s, s + len(" ".join(keep)), "PERSON", 0.75, "lowercase_introduction"))
    return out


GIVEN_MONTHS = {"april", "may", "june", "july", "august"}  # "name: August Schmidt" opens with a given name


def person_context_findings(text: str) -> list[Finding]:
    if not any(c.isupper() for c in text):
        return lower_case_introductions(text) + lower_case_people(text)
    intro = lower_case_introductions(text)
    out = intro + [Finding(*m.span(1), "PERSON", 0.6, "speaker_label") for m in SPEAKER.finditer(text)
                   if not all(_is_common(w) for w in m.group(1).split())]
    for i, rx in enumerate(PERSON_CONTEXT):
        for m in rx.finditer(text):
            s, e = m.span(1)
            words = m.group(1).split()
            if team_signature(m.group(1)):
                continue  # "Northwind Customer Care", "Ihr Kundenservice-Team": a team signs, no person
            # drop common words at either end ("Thanks, Team", "I am Happy")
            while words and _is_common(words[0]) and not (len(words) > 1 and words[0].lower() in GIVEN_MONTHS
                                                          and words[0][0].isupper() and words[1][0].isupper()):
                s += len(words[0])
                if len(words) > 1:  # where the next word starts (found without copying the rest of the text)
                    k = text.find(words[1], s)
                    s = k if k >= 0 else s - 1
                words = words[1:]
            while words and _is_common(words[-1]):
                e = text.rfind(words[-1], s, e)
                e = rstrip_end(text, e)
                words = words[:-1]
            if words and e > s:
                # above NER's 0.7: a name in a naming context is a person even when NER calls it a place
                out.append(Finding(s, e, "PERSON", 0.75, f"person_context_{i}"))
    return out


STRUCTURED = {"email": emails, "ip": ips, "iban": ibans, "numbers": numbers, "devices": devices,
              "special_categories": special_categories, "addresses": addresses, "person_context": person_context_findings}


def structured_findings(text: str) -> list[Finding]:
    out: list[Finding] = []
    for fn in STRUCTURED.values():
        out.extend(fn(text))
    return out
