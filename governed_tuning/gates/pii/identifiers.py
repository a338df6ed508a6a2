"""National and sector identifiers: one small spec per kind, validated by python-stdnum where it has a validator.

Covers every identifier kind of Presidio's predefined recognizers (presidio-analyzer 2.2.x: its generic,
US, UK, Spanish, Italian, Polish, Swedish, Finnish, German, Indian, Singaporean, Australian, Canadian, Korean,
Thai, Turkish, Nigerian, Philippine and South African ones) plus the ones the issue names that Presidio has
not (Dutch BSN, French NIR, Brazilian CPF, medical record numbers), and the personal numbers of the other
EU and EEA countries (GDPR), Switzerland, China, Japan, Russia, Ukraine, Indonesia, Pakistan, Malaysia, Israel,
Mexico, Chile and Argentina that python-stdnum validates. The candidate patterns follow Presidio's
(MIT), written once here so that the default detector never imports Presidio (about 5 s of start-up, most of
it transformers); the check is python-stdnum's ``is_valid`` wherever python-stdnum has the identifier, and the
issuing authority's published check (Singapore NRIC, Australian Medicare, the US DEA number) where it has not.

A match is reported when:

- it passes its validator and its format is distinctive on its own (``alone``), or
- it passes its validator and a label is near (the kind's own words, or a generic "ID/number" word), or
- it passes its validator, has no label, and is at least nine characters long (score ``BARE_SCORE``, just
  above the default ``score_threshold``: a policy that raises the threshold keeps such bare numbers), or
- the kind has no check (``validator=None``: passports, plates, postcodes, licences) and its own label is near, or
- the kind has no check, no label is near, and the value has a shape the policy's ``unlabelled_ids`` takes
  ("distinctive", the default: a US passport's letter and eight digits, a Washington ``WDL`` licence, a letter
  and 7 or 12 digits, an ``MR-``/``PT-``/``H-`` medical record number; "all": bare 7-10 digit runs too, at the
  cost of order numbers in text without a word of reference; "none": only beside a label).

A mistyped checksum is not a national identifier; a short number (ticket 5521, order 1234567) never is. Findings carry positions and the kind only.
"""

from __future__ import annotations

import functools
import re
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from importlib import import_module
from re import _parser as _PARSER  # type: ignore[attr-defined]

from .coins import COIN_PATTERN
from .products import PRODUCT_WORDS, REFERENCE_WORDS, after_reference, product_code
from .recognizers import NOSPACE, Finding, plain_separators

__all__ = ["IdSpec", "SPECS", "identifiers", "ID_KINDS"]

WINDOW_BEFORE, WINDOW_AFTER = 48, 24
BARE_SCORE = 0.45
GENERIC_ONLY = '_generic_label'  # the source's suffix of a checked kind found beside a generic label only
GENERIC_LABEL = (r"id|ids|identity|identification|identifier|national|citizen|personal|tax|number|no|nr|num|"
                 r"#|card|document|registration|code|"
                 # "number", "ID number" in Chinese, Japanese and Korean ("我的号码是...", "番号は...", "번호")
                 r"号码|號碼|编号|編號|证件号|證件號|番号|번호")


@dataclass(frozen=True)
class IdSpec:
    kind: str
    pattern: str
    validator: str | Callable[[str], bool] | None  # "stdnum module" | own check | format only
    labels: str  # the kind's own words, a regex alternation (lower case)
    alone: bool = False  # a valid value with a distinctive format is found without a label
    flags: int = 0
    # for kinds with no check (validator None): the ``pii.unlabelled_ids`` setting from which a value is taken
    # without a label ("distinctive": a shape ordinary numbers do not have; "all": bare digit runs too)
    unlabelled: str = ""
    # a valid value of nine characters or more with no label is taken (``BARE_SCORE``); False where python-stdnum
    # checks a layout only (a Finnish veronumero, a Peruvian CUI, a Pakistani CNIC: seven random numbers in ten
    # pass, Costa Rica's cédulas) or no check digit (a Czech birth number of nine digits). A kind with a check digit
    # is taken bare: a number with a valid national-ID check, nine characters or more and no word of an order, an
    # invoice, a product or a date around it ("Thanks, got it (20396673089)") is far more often that identifier
    # than chance, and what a wrong reading costs is one number replaced, never a blocked release (the re-scan
    # confirms such a bare number only beside a label). Measured on random numbers of the kind's length: about
    # 1 in 10 pass a mod-10 / mod-11 digit (a Portuguese NIF, a Chilean RUT, a UK UTR), 1 in 30 a check holding a
    # date (an Indonesian NIK, a Malaysian NRIC), 1 in 140 an Argentine CUIT (its prefix and a mod-11 digit);
    # benchmarks/results/ids9.md has what this costs on order, ticket and invoice numbers
    bare: bool = True
    # a generic "ID" / "number" word beside a valid value names the kind; False for a check one random number in
    # ten passes (a mod-10 / mod-11 digit over nine or ten digits): "account number 49582271-0" is no Israeli id
    generic: bool = True

    def check(self, value: str) -> bool:
        v = self.validator
        if v is None:
            return True
        if callable(v):
            return v(value)
        return _stdnum(v)(value)


_MODS: dict[str, Callable[[str], bool]] = {}


def _stdnum(module: str) -> Callable[[str], bool]:
    if module not in _MODS:
        _MODS[module] = import_module(f"stdnum.{module}").is_valid
    return _MODS[module]


def _nric_ok(v: str) -> bool:
    """Singapore NRIC/FIN check letter (ICA's published weights; python-stdnum has no NRIC module)."""
    v = v.upper()
    if not re.fullmatch(r"[STFGM]\d{7}[A-Z]", v):
        return False
    total = sum(int(c) * w for c, w in zip(v[1:8], (2, 7, 6, 5, 4, 3, 2)))
    total += {"T": 4, "G": 4, "M": 3}.get(v[0], 0)
    table = {"S": "JZIHGFEDCBA", "T": "JZIHGFEDCBA", "F": "XWUTRQPNMLK", "G": "XWUTRQPNMLK",
             "M": "KLJNPQRTUWX"}[v[0]]
    return v[8] == table[total % 11]


def _medicare_ok(v: str) -> bool:
    """Australian Medicare card number: weights 1 3 7 9 1 3 7 9 over the first 8 digits, mod 10 = 9th digit."""
    d = re.sub(r"\D", "", v)
    if len(d) not in (10, 11) or d[0] not in "23456":
        return False
    return sum(int(c) * w for c, w in zip(d[:8], (1, 3, 7, 9, 1, 3, 7, 9))) % 10 == int(d[8])


def _dea_ok(v: str) -> bool:
    """US DEA registration number: (d1+d3+d5) + 2*(d2+d4+d6) ends in d7."""
    d = v[2:]
    if not d.isdigit() or len(d) != 7:
        return False
    total = int(d[0]) + int(d[2]) + int(d[4]) + 2 * (int(d[1]) + int(d[3]) + int(d[5]))
    return total % 10 == int(d[6])


def _npi_ok(v: str) -> bool:
    """US NPI: Luhn over '80840' + the ten digits (CMS's published rule)."""
    from stdnum import luhn

    d = re.sub(r"\D", "", v)
    return len(d) == 10 and luhn.is_valid("80840" + d)


# Taiwan's letter codes (the Ministry of the Interior's table: I and O come last, W after Y)
_TW_LETTERS = dict(zip("ABCDEFGHJKLMNPQRSTUVXYWZIO", range(10, 36)))


def _tw_id_ok(v: str) -> bool:
    """Taiwan national identification number: a letter (the registering city), 1 or 2 (8 or 9 for a resident
    certificate since 2021), eight digits; the letter's two-digit code and the digits weighted 1 9 8 7 6 5 4 3 2
    1 1 sum to a multiple of ten (python-stdnum has no module for it)."""
    v = v.upper()
    if len(v) != 10 or v[0] not in _TW_LETTERS or not v[1:].isdigit() or v[1] not in "1289":
        return False
    n = _TW_LETTERS[v[0]]
    total = n // 10 + (n % 10) * 9 + sum(int(c) * w for c, w in zip(v[1:9], (8, 7, 6, 5, 4, 3, 2, 1))) + int(v[9])
    return total % 10 == 0


def _luhn_ok(v: str) -> bool:
    from stdnum import luhn

    d = re.sub(r"\D", "", v)
    return d.isdigit() and luhn.is_valid(d)


def _pl_id_card_ok(v: str) -> bool:
    """Polish identity card (dowód osobisty) series and number: three letters (A = 10 ... Z = 35), six digits,
    the first digit a check over the others weighted 7 3 1 _ 7 3 1 7 3 (MSWiA's published rule)."""
    v = v.upper()
    if len(v) != 9 or not (v[:3].isascii() and v[:3].isalpha()) or not v[3:].isdigit():
        return False
    vals = [ord(c) - 55 for c in v[:3]] + [int(c) for c in v[3:]]
    return sum(x * w for i, (x, w) in enumerate(zip(vals, (7, 3, 1, 9, 7, 3, 1, 7, 3))) if i != 3) % 10 == vals[3]


def _snils_ok(v: str) -> bool:
    """Russian SNILS (insurance number of an individual account): nine digits weighted 9 ... 1, the sum mod 101
    (100 and 101 read as 00) is the last two digits (the Pension Fund's rule)."""
    d = re.sub(r"\D", "", v)
    if len(d) != 11:
        return False
    total = sum(int(c) * w for c, w in zip(d[:9], range(9, 0, -1)))
    total = total % 101 if total > 101 else total
    return (0 if total in (100, 101) else total) == int(d[9:])


def _coin_ok(v: str) -> bool:
    """A crypto wallet address by its encoding's check (coins.py)."""
    from .coins import coin_ok

    return coin_ok(v)


def _digits_not_date(v: str) -> bool:
    return not re.fullmatch(r"(19|20)\d\d[01]\d[0-3]\d", re.sub(r"\D", "", v))


# scripts written without spaces (Thai, kana, Han, Hangul): a number glued to their words ("身份证号码是716422906请",
# "주민번호0506745383입니다") stands alone there as it does between spaces; to ``\w`` they are letters
# a label's edges likewise: "我的身份证号码是" holds "身份证" and "号码" though Han letters touch them
LB, LE = rf"(?<![^\W{NOSPACE}])", rf"(?![^\W{NOSPACE}])"
B = rf"(?<![^\W{NOSPACE}])(?<!-)"  # not inside a longer token
E = rf"(?![^\W{NOSPACE}])(?!-)"

SPECS: list[IdSpec] = [
    # ---------------------------------------------------------------- United States
    IdSpec("US_ITIN", rf"{B}9\d{{2}}[- ]?(?:5\d|6[0-5]|7\d|8[0-8]|9[0-24-9])[- ]?\d{{4}}{E}", "us.itin",
           r"itin|taxpayer id(?:entification)?(?: number)?|individual taxpayer"),
    IdSpec("US_ITIN", rf"{B}9\d{{2}}-(?:5\d|6[0-5]|7\d|8[0-8]|9[0-24-9])-\d{{4}}{E}", "us.itin", r"", alone=True),
    # a bare nine-digit number that the SSA's rules allow (python-stdnum us.ssn): taken only under
    # `unlabelled_ids: all` (about nine in ten order numbers pass); the labelled and 3-2-4 forms: numbers()
    IdSpec("US_SSN", rf"{B}\d{{9}}{E}", "us.ssn", r"ssn|ss ?#|social security(?: number| no\.?| #)?|soc\.? sec\.?",
           unlabelled="all"),
    # a tax return preparer's number (python-stdnum us.ptin: "P" and eight digits, no check): the IRS prints it
    # "P" and the digits, people write a dash too ("P-01594846"): that shape alone is no order number's
    IdSpec("US_PTIN", rf"{B}P-?\d{{8}}{E}", "us.ptin", r"ptin|preparer tax identification(?: number)?|preparer tax id",
           bare=False),
    IdSpec("US_PTIN", rf"{B}P-\d{{8}}{E}", "us.ptin", r"", alone=True),
    IdSpec("US_PASSPORT", rf"{B}(?:[A-Z]\d{{8}}|\d{{9}}){E}", None, r"passport(?: number| no\.?| #)?|pasaporte|passeport"),
    # no check digit: unlabelled, a letter and eight digits (the next-generation book) is the distinctive shape;
    # nine bare digits are taken only under `unlabelled_ids: all` (an order number has the same shape)
    IdSpec("US_PASSPORT", rf"{B}[A-Z]\d{{8}}{E}", None, r"", unlabelled="distinctive"),
    IdSpec("US_PASSPORT", rf"{B}\d{{9}}{E}", None, r"", unlabelled="all"),
    IdSpec("US_DRIVER_LICENSE", rf"{B}(?:[A-Z]\d{{4,14}}|[A-Z]{{2}}\d{{5,7}}|WDL[A-Z0-9]{{9}}|\d{{7,9}}|"
           rf"\d{{2}}[A-Z]{{3}}\d{{5,6}}|\d{{9}}[A-Z]|[A-Z]{{2}}\d{{6}}[A-Z]|\d{{8}}[A-Z]{{2}}){E}", None,
           r"driver'?s? ?licen[cs]e|driving licen[cs]e|dl(?: number| no\.?| #)?|licen[cs]e (?:number|no\.?|#)|"
           r"lic\.? ?(?:no\.?|#)"),
    # unlabelled: Washington's WDL + 9, a letter + 7 digits (California and others), a letter + 12 (Florida,
    # Illinois, Michigan ...); 7 to 9 bare digits (New York, Texas ...) only under `unlabelled_ids: all`
    IdSpec("US_DRIVER_LICENSE", rf"{B}(?:WDL[A-Z0-9]{{9}}|[A-Z]\d{{7}}|[A-Z]\d{{12}}){E}", None, r"",
           unlabelled="distinctive"),
    IdSpec("US_DRIVER_LICENSE", rf"{B}\d{{7,9}}{E}", None, r"", unlabelled="all"),
    IdSpec("US_BANK_NUMBER", rf"{B}\d{{8,17}}{E}", None, r"bank account|account (?:number|no\.?|#)|checking|savings"),
    IdSpec("ABA_ROUTING_NUMBER", rf"{B}[0123678]\d{{3}}-?\d{{4}}-?\d{E}", "us.rtn", r"aba|routing"),
    IdSpec("US_MBI", rf"{B}\d[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y\d]\d-?[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y\d]\d-?"
           rf"[AC-HJKMNP-RT-Y]{{2}}\d{{2}}{E}", None, r"mbi|medicare beneficiary|medicare"),
    # unlabelled: CMS's fixed layout (digit, letter, letter or digit, digit ... with S, L, O, I, B, Z never used) in
    # its 4-3-4 grouping or whole is a shape no order or ticket number has by chance
    IdSpec("US_MBI", rf"{B}[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y\d]\d(?P<sep>-?)[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y\d]\d"
           rf"(?P=sep)[AC-HJKMNP-RT-Y]{{2}}\d{{2}}{E}", None, r"", unlabelled="distinctive"),
    IdSpec("US_NPI", rf"{B}[12]\d{{3}}[ -]?\d{{3}}[ -]?\d{{3}}{E}", _npi_ok, r"npi|national provider"),
    IdSpec("MEDICAL_LICENSE", rf"{B}[A-HJ-NPR-UX][A-Z9]\d{{7}}{E}", _dea_ok, r"dea|medical licen[cs]e|registration"),
    IdSpec("US_CLAIM_NUMBER", rf"{B}(?:CLM-?)?\d{{6,15}}{E}", None, r"claim"),
    IdSpec("US_PRESCRIPTION_NUMBER", rf"{B}(?:RX-?)?\d{{6,12}}{E}", None, r"rx|prescription"),
    IdSpec("US_PRIOR_AUTHORIZATION_NUMBER", rf"{B}(?:PA-?)?\d{{6,12}}{E}", None,
           r"prior auth(?:orization)?|pre-?auth(?:orization)?"),
    IdSpec("US_REFERRAL_NUMBER", rf"{B}(?:(?:REF|INF)-?)?\d{{6,12}}{E}", None, r"referral"),
    IdSpec("US_PROVIDER_TAX_ID", rf"{B}\d{{2}}-\d{{7}}{E}", "us.ein", r"provider tax|ein|employer identification"),
    IdSpec("US_HEALTH_INSURANCE_MEMBER_ID", rf"{B}[A-Z]{{1,5}}-?[A-Z0-9]{{5,14}}{E}", None,
           r"member id|insurance id|subscriber id|policy (?:number|no\.?)|health insurance"),
    IdSpec("MEDICAL_RECORD_NUMBER", rf"{B}(?:MRN[- ]?|MR-|H-|PT-)?\d{{6,10}}{E}", None,
           r"mrn|medical record|med rec|patient (?:id|number|no\.?)|hospital (?:number|no\.?|id)|chart (?:number|no\.?)"),
    IdSpec("MEDICAL_RECORD_NUMBER", rf"{B}MRN[- ]?\d{{6,10}}{E}", None, r"", alone=True),
    IdSpec("MEDICAL_RECORD_NUMBER", rf"{B}(?:(?:MR|PT|H)-|MR)\d{{6,10}}{E}", None, r"", unlabelled="distinctive"),
    IdSpec("MEDICAL_RECORD_NUMBER", rf"{B}\d{{7,10}}{E}", None, r"", unlabelled="all"),
    # ---------------------------------------------------------------- United Kingdom
    IdSpec("UK_NHS", rf"{B}\d{{3}}[- ]?\d{{3}}[- ]?\d{{4}}{E}", "gb.nhs", r"nhs|health service|patient"),
    IdSpec("UK_NHS", rf"{B}\d{{3}}[ -]\d{{3}}[ -]\d{{4}}{E}", "gb.nhs", r"", alone=True),
    IdSpec("UK_NINO", rf"{B}(?!BG|GB|NK|KN|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{{2}} ?\d{{2}} ?\d{{2}} ?"
           rf"[A-D]{E}", None, r"national insurance(?: number| no\.?)?|ni (?:number|no\.?)|nino", alone=True),
    IdSpec("UK_PASSPORT", rf"{B}(?:\d{{9}}|[A-Z]{{2}}\d{{7}}){E}", None, r"passport"),
    IdSpec("UK_DRIVING_LICENCE", rf"{B}[A-Z9]{{5}}\d(?:0[1-9]|1[0-2]|5[1-9]|6[0-2])(?:0[1-9]|[12]\d|3[01])\d"
           rf"[A-Z9]{{2}}[A-Z0-9]{{3}}{E}", None, r"", alone=True),  # DVLA: initials, a digit, 2 check characters
    IdSpec("UK_POSTCODE", rf"{B}(?:GIR ?0AA|[A-PR-UWYZ](?:\d[A-HJKPSTUW]?|[A-HK-Y]\d[ABEHMNPRVWXY]?|\d\d|[A-HK-Y]\d\d)"
           rf" \d[ABD-HJLNP-UW-Z]{{2}}){E}", None, r"", alone=True),
    IdSpec("UK_VEHICLE_REGISTRATION", rf"{B}[A-HJ-PR-Y]{{2}}(?:0[1-9]|[1-7]\d) ?[A-HJ-PR-Z]{{3}}{E}", None,
           r"registration|reg(?: plate| no\.?| number)?|number plate|licen[cs]e plate|vehicle|car"),
    # unlabelled: the current (2001) mark as DVLA prints it, two letters, the age identifier, a space, three letters
    IdSpec("UK_VEHICLE_REGISTRATION", rf"{B}[A-HJ-PR-Y]{{2}}(?:0[2-9]|[1-7]\d) [A-HJ-PR-Z]{{3}}{E}", None, r"",
           unlabelled="distinctive"),
    # ---------------------------------------------------------------- Spain, Italy, Poland, Nordics, France, NL
    IdSpec("ES_NIF", rf"{B}\d{{8}}-?[A-Z]{E}", "es.dni", r"dni|nif|documento nacional de identidad", alone=True),
    IdSpec("ES_NIE", rf"{B}[XYZ]-?\d{{7}}-?[A-Z]{E}", "es.nie", r"nie|número de identi(?:dad|ficación) de extranjero",
           alone=True),
    IdSpec("ES_PASSPORT", rf"{B}[A-Z]{{3}}\d{{6}}{E}", None, r"pasaporte|passport"),
    IdSpec("IT_FISCAL_CODE", rf"{B}[A-Z]{{6}}[0-9LMNP-V]{{2}}[A-EHLMPR-T][0-9LMNP-V]{{2}}[A-Z][0-9LMNP-V]{{3}}[A-Z]{E}",
           "it.codicefiscale", r"", alone=True, flags=re.I),
    IdSpec("IT_VAT_CODE", rf"{B}(?:IT)?\d{{11}}{E}", "it.iva", r"partita iva|p\.? ?iva|vat"),
    IdSpec("IT_DRIVER_LICENSE", rf"{B}(?:[A-Z]{{2}}\d{{7}}[A-Z]|U1[A-Z0-9]{{7}}[A-Z]){E}", None, r"patente|driv\w* licen[cs]e"),
    IdSpec("IT_IDENTITY_CARD", rf"{B}(?:[A-Z]{{2}} ?\d{{7}}|\d{{7}}[A-Z]{{2}}|[A-Z]{{2}}\d{{5}}[A-Z]{{2}}){E}", None,
           r"carta d'identità|carta di identità|identity card|cie|id card"),
    # unlabelled: the electronic card's number (CIE 3.0, since 2016): "C", a letter, five digits, two letters
    IdSpec("IT_IDENTITY_CARD", rf"{B}C[A-Z]\d{{5}}[A-Z]{{2}}{E}", None, r"", unlabelled="distinctive"),
    IdSpec("IT_PASSPORT", rf"{B}[A-Z]{{2}}\d{{7}}{E}", None, r"passaporto|passport"),
    IdSpec("PL_PESEL", rf"{B}\d{{2}}(?:[02468][1-9]|[13579][012])(?:0[1-9]|[12]\d|3[01])\d{{5}}{E}", "pl.pesel", r"",
           alone=True),
    IdSpec("SE_PERSONNUMMER", rf"{B}(?:19|20)?\d{{6}}[-+]\d{{4}}{E}", "se.personnummer", r"", alone=True),
    IdSpec("SE_PERSONNUMMER", rf"{B}(?:19|20)?\d{{10}}{E}", "se.personnummer", r"personnummer|pnr|personal (?:identity )?number"),
    IdSpec("SE_ORGANISATIONSNUMMER", rf"{B}\d{{6}}-?\d{{4}}{E}", "se.orgnr", r"organisationsnummer|org\.? ?nr|orgnr"),
    IdSpec("FI_PERSONAL_IDENTITY_CODE", rf"{B}\d{{6}}[-+A-FU-Y]\d{{3}}[0-9A-FHJ-NPR-Y]{E}", "fi.hetu",
           r"henkilötunnus|hetu|personbeteckning|personal identity code", alone=True),
    IdSpec("FI_TAX_NUMBER", rf"{B}\d{{12}}{E}", "fi.veronumero", r"veronumero|skattenummer|tax number", bare=False),
    IdSpec("DK_CPR", rf"{B}\d{{6}}-?\d{{4}}{E}", "dk.cpr", r"cpr"),
    IdSpec("NO_FODSELSNUMMER", rf"{B}\d{{6}} ?\d{{5}}{E}", "no.fodselsnummer", r"fødselsnummer|fodselsnummer|personnummer"),
    # the first digit: 1 or 2 (a man, a woman), 3 or 4 (born abroad, awaiting registration), 7 or 8 (temporary)
    # (any month digits: python-stdnum and the re-scan's independent pass read "13" too; the mod-97 key decides)
    IdSpec("FR_NIR", rf"{B}[1-478] ?\d{{2}} ?\d{{2}} ?(?:\d{{2}}|2[AB]) ?\d{{3}} ?\d{{3}} ?\d{{2}}{E}",
           "fr.nir", r"nir|numéro de sécurité sociale|n° de sécu(?:rité sociale)?|sécurité sociale|numéro insee",
           alone=True),
    IdSpec("NL_BSN", rf"{B}\d{{9}}{E}", "nl.bsn", r"bsn|burgerservicenummer|citizen service|sofi-?nummer"),
    IdSpec("NL_BSN", rf"{B}\d{{4}}\.\d{{2}}\.\d{{3}}{E}", "nl.bsn", r"", alone=True),
    # ---------------------------------------------------------------- Germany
    IdSpec("DE_TAX_ID", rf"{B}[1-9]\d ?\d{{3}} ?\d{{3}} ?\d{{3}}{E}", "de.idnr", r"", alone=True),
    IdSpec("DE_TAX_NUMBER", rf"{B}(?:\d{{2,3}}/\d{{3,4}}/\d{{4,5}}|(?:0[1-9]|1[0-6])\d{{11}}){E}", None,
           r"steuernummer|st\.? ?nr|tax number"),
    # (ids12) the regional form written without its slashes (python-stdnum de.stnr: a Land's layout, two in three
    # random numbers pass): beside its label only
    IdSpec("DE_TAX_NUMBER", rf"{B}\d{{10,11}}{E}", "de.stnr", r"steuernummer|st\.?-? ?nr\.?", bare=False,
           generic=False),
    IdSpec("DE_VAT_ID", rf"{B}DE[ .-]?\d{{3}}[ .-]?\d{{3}}[ .-]?\d{{3}}{E}", "de.vat", r"", alone=True),
    IdSpec("DE_SOCIAL_SECURITY", rf"{B}\d{{8}}[A-Z]\d{{3}}{E}", None, r"", alone=True),
    IdSpec("DE_HEALTH_INSURANCE", rf"{B}[A-Z]\d{{9}}{E}", None,
           r"krankenversicherungsnummer|versichertennummer|kvnr|krankenkasse|gesundheitskarte|health insurance"),
    IdSpec("DE_ID_CARD", rf"{B}(?:[CFGHJKLMNPRTVWXYZ][CFGHJKLMNPRTVWXYZ0-9]{{7}}\d|T\d{{8}}){E}", None,
           r"personalausweis|ausweis(?:nummer)?|id card|identity card"),
    # the serial number is nine characters of the Bundesdruckerei's alphabet (no vowels, no B, D, Q, S), a check
    # digit only in the machine-readable zone (one ending in a letter has three letters at least: "T5521980K" is a
    # Philippine passport's shape); unlabelled: a passport's first letter (C, F, G, H, J, K) and digits
    # and letters mixed (two digits, three letters at least), a shape ordinary codes, words and numbers lack
    IdSpec("DE_PASSPORT", rf"{B}(?:[CFGHJKLMNPRTVWXYZ][CFGHJKLMNPRTVWXYZ0-9]{{7}}\d|(?=(?:\d*[A-Z]){{3}})"
           rf"[CFGHJKLMNPRTVWXYZ][CFGHJKLMNPRTVWXYZ0-9]{{8}}){E}", None,
           r"reisepass|passport|pass(?:nummer)?"),
    IdSpec("DE_PASSPORT", rf"{B}(?=(?:[A-Z]*\d){{2}})(?=(?:\d*[A-Z]){{3}})[CFGHJK][CFGHJKLMNPRTVWXYZ0-9]{{8}}{E}", None,
           r"", unlabelled="distinctive"),
    IdSpec("DE_FUEHRERSCHEIN", rf"{B}[A-Z]{{2}}\d{{8}}[A-Z0-9]{E}", None, r"führerschein|fahrerlaubnis|driv\w* licen[cs]e"),
    IdSpec("DE_HANDELSREGISTER", rf"{B}HR[AB] ?\d{{1,6}}{E}", None, r"", alone=True),
    IdSpec("DE_KFZ", rf"{B}[A-ZÄÖÜ]{{1,3}}[- ][A-Z]{{1,2}} \d{{1,4}}[EH]?{E}", None,
           r"kennzeichen|kfz|number plate|licen[cs]e plate|registration"),
    IdSpec("DE_PLZ", rf"{B}(?!01000|99999)(?:0[1-9]\d{{3}}|[1-9]\d{{4}}){E}", None, r"plz|postleitzahl"),
    IdSpec("DE_BSNR", rf"{B}\d{{9}}{E}", None, r"bsnr|betriebsstätten"),
    IdSpec("DE_LANR", rf"{B}\d{{9}}{E}", None, r"lanr|arztnummer"),
    # ---------------------------------------------------------------- Asia-Pacific
    IdSpec("IN_AADHAAR", rf"{B}[2-9]\d{{3}}[ -]?\d{{4}}[ -]?\d{{4}}{E}", "in_.aadhaar", r"", alone=True),
    IdSpec("IN_PAN", rf"{B}[A-Z]{{3}}[ABCFGHJLPT][A-Z]\d{{4}}[A-Z]{E}", "in_.pan", r"", alone=True),
    IdSpec("IN_GSTIN", rf"{B}\d{{2}}[A-Z]{{5}}\d{{4}}[A-Z][1-9A-Z]Z[0-9A-Z]{E}", "in_.gstin", r"", alone=True),
    IdSpec("IN_VOTER", rf"{B}[A-Z]{{3}}\d{{7}}{E}", "in_.epic", r"voter|epic|electoral"),
    IdSpec("IN_PASSPORT", rf"{B}[A-Z][1-9]\d ?\d{{4}}[1-9]{E}", None, r"passport"),
    IdSpec("IN_VEHICLE_REGISTRATION", rf"{B}[A-Z]{{2}} ?\d{{1,2}} ?[A-Z]{{1,3}} ?\d{{4}}{E}", None,
           r"vehicle|registration|number plate|car"),
    IdSpec("SG_NRIC_FIN", rf"{B}[STFGM]\d{{7}}[A-Z]{E}", _nric_ok, r"", alone=True, flags=re.I),
    IdSpec("SG_UEN", rf"{B}(?:\d{{8}}[A-Z]|\d{{9}}[A-Z]|[TSR]\d{{2}}[A-Z]{{2}}\d{{4}}[A-Z]){E}", "sg.uen", r"uen|entity"),
    IdSpec("AU_TFN", rf"{B}\d{{3}} ?\d{{3}} ?\d{{3}}{E}", "au.tfn", r"tfn|tax file"),
    IdSpec("AU_ABN", rf"{B}\d{{2}} ?\d{{3}} ?\d{{3}} ?\d{{3}}{E}", "au.abn", r"abn|business number"),
    IdSpec("AU_ACN", rf"{B}\d{{3}} ?\d{{3}} ?\d{{3}}{E}", "au.acn", r"acn|company number"),
    IdSpec("AU_MEDICARE", rf"{B}[2-6]\d{{3}} ?\d{{5}} ?\d(?: ?\d)?{E}", _medicare_ok, r"medicare"),
    IdSpec("AU_MEDICARE", rf"{B}[2-6]\d{{3}} \d{{5}} \d(?: ?\d)?{E}", _medicare_ok, r"", alone=True),
    IdSpec("KR_RRN", rf"{B}\d{{2}}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])-?[1-4]\d{{6}}{E}", "kr.rrn", r"", alone=True),
    IdSpec("KR_FRN", rf"{B}\d{{2}}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])-?[5-8]\d{{6}}{E}", "kr.rrn", r"", alone=True),
    # python-stdnum's kr.brn checks ranges only (no check digit): 88% of random ten-digit numbers pass it, so a
    # number is a business registration number only beside its own words (never bare, nor after "number")
    IdSpec("KR_BRN", rf"{B}\d{{3}}-?\d{{2}}-?\d{{5}}{E}", "kr.brn", r"brn|business registration|사업자(?:등록번호)?",
           bare=False, generic=False),
    IdSpec("KR_PASSPORT", rf"{B}[MSROD]\d{{3}}[A-Z]\d{{4}}{E}", None, r"passport|여권"),
    IdSpec("KR_DRIVER_LICENSE", rf"{B}\d{{2}}-?\d{{2}}-?\d{{6}}-?\d{{2}}{E}", None, r"licen[cs]e|운전면허"),
    IdSpec("TH_TNIN", rf"{B}[1-8](?:[- ]?\d){{12}}{E}", "th.pin", r"thai id|เลขบัตรประชาชน|เลขประจำตัวประชาชน|บัตรประชาชน",
           alone=True),
    IdSpec("PH_PASSPORT", rf"{B}(?:[A-Z]\d{{7}}[A-Z]|[A-Z]{{2}}\d{{7}}){E}", None, r"passport"),
    IdSpec("PH_TIN", rf"{B}\d{{3}}-\d{{3}}-\d{{3}}(?:-\d{{3}})?{E}", None, r"tin|taxpayer|bir"),
    IdSpec("PH_UMID", rf"{B}\d{{4}}-?\d{{7}}-?\d{E}", None, r"umid|crn|sss"),
    # ---------------------------------------------------------------- Americas, Africa, Türkiye
    IdSpec("CA_SIN", rf"{B}[1-79]\d{{2}}([- ])\d{{3}}\1\d{{3}}{E}", "ca.sin", r"", alone=True),
    IdSpec("CA_SIN", rf"{B}[1-79]\d{{8}}{E}", "ca.sin", r"sin|social insurance|nas|assurance sociale"),
    IdSpec("CA_POSTAL_CODE", rf"{B}[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] \d[ABCEGHJ-NPRSTV-Z]\d{E}", None, r"",
           alone=True),
    IdSpec("BR_CPF", rf"{B}\d{{3}}\.\d{{3}}\.\d{{3}}-\d{{2}}{E}", "br.cpf", r"", alone=True),
    IdSpec("BR_CPF", rf"{B}\d{{11}}{E}", "br.cpf", r"", alone=True),
    IdSpec("TR_NATIONAL_ID", rf"{B}[1-9]\d{{10}}{E}", "tr.tckimlik", r"", alone=True),
    IdSpec("TR_LICENSE_PLATE", rf"{B}(?:0[1-9]|[1-7]\d|8[01])[ -]?[A-PR-VYZ]{{1,3}}[ -]?\d{{2,4}}{E}", None, r"plaka|plate"),
    IdSpec("NG_NIN", rf"{B}\d{{11}}{E}", None, r"nin|national identification number"),
    IdSpec("NG_VEHICLE_REGISTRATION", rf"{B}[A-Z]{{3}}[- ]?\d{{3}}[A-Z]{{2}}{E}", None, r"plate|registration|vehicle"),
    # YYMMDD, four digits, citizenship (0-2), a digit (8 or 9 in numbers issued before 1994's reform, any in
    # python-stdnum and in the re-scan's independent pass: the scrub takes what the re-scan would flag), Luhn
    IdSpec("ZA_ID_NUMBER", rf"{B}\d{{10}}[0-2]\d\d{E}", "za.idnr", r"", alone=True),
    IdSpec("ZA_PASSPORT", rf"{B}[ADMT]\d{{8}}{E}", None, r"passport"),
    IdSpec("ZA_DRIVER_LICENSE", rf"{B}\d{{6,10}}[A-Z0-9]{{2,5}}{E}", None, r"driv\w* licen[cs]e"),
    IdSpec("ZA_INCOME_TAX_NUMBER", rf"{B}[01239]\d{{9}}{E}", None, r"income tax|tax reference|sars"),
    IdSpec("ZA_VAT_NUMBER", rf"{B}4\d{{9}}{E}", None, r"vat"),
    IdSpec("ZA_COMPANY_REGISTRATION", rf"{B}(?:(?:19|20)\d{{2}}/\d{{6}}/\d{{2}}|(?:CK|K|T|W|B|M|N|NR)\d{{4}}/\d{{6}}){E}",
           None, r"", alone=True),
    IdSpec("ZA_LICENSE_PLATE", rf"{B}[A-Z]{{2,3}} ?\d{{2,3}} ?(?:[A-Z]{{2}} ?)?(?:GP|ZN|WP|EC|NC|FS|LP|MP|NW){E}", None,
           r"plate|registration|vehicle"),
    IdSpec("ZA_TRAFFIC_REGISTER_NUMBER", rf"{B}\d{{13}}{E}", None, r"traffic register|trn"),
    IdSpec("ZA_TELEPHONE_NUMBER", rf"{B}(?:\+27|0)[1-9]\d[ -]?\d{{3}}[ -]?\d{{4}}{E}", None, r"", alone=True),
    IdSpec("ZA_MOBILE_NUMBER", rf"{B}(?:\+27|0)[6-8]\d[ -]?\d{{3}}[ -]?\d{{4}}{E}", None, r"", alone=True),
    # Kenya's KRA PIN (python-stdnum ke.pin checks its layout only): "A" for a person, nine digits, a letter; that
    # shape is no order number's or product code's, so a person's is taken alone; "P" (a company's) beside its label
    IdSpec("KE_KRA_PIN", rf"{B}A\d{{9}}[A-Z]{E}", "ke.pin", r"kra pin|pin(?: no\.?| number| #)?|kra", alone=True),
    IdSpec("KE_KRA_PIN", rf"{B}P\d{{9}}[A-Z]{E}", "ke.pin", r"kra pin|pin(?: no\.?| number| #)?|kra", bare=False),
    IdSpec("UUID", rf"{B}[0-9A-Fa-f]{{8}}-[0-9A-Fa-f]{{4}}-[0-9A-Fa-f]{{4}}-[0-9A-Fa-f]{{4}}-[0-9A-Fa-f]{{12}}{E}", None,
           r"", alone=True),
    # ---------------------------------------------------------------- more national numbers (python-stdnum):
    # the rest of the EU and EEA (GDPR), Switzerland, and the largest countries outside Presidio's list
    IdSpec("BE_NATIONAL_NUMBER", rf"{B}\d{{2}}\.?\d{{2}}\.?\d{{2}}[-.]?\d{{3}}\.?\d{{2}}{E}", "be.nn",
           r"rijksregisternummer|rijksregister|numéro national|registre national|numéro de registre national|nationaal nummer|insz|niss|national (?:register )?number", alone=True),
    IdSpec("EE_PERSONAL_CODE", rf"{B}[1-6]\d{{2}}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{{4}}{E}", "ee.ik",
           r"isikukood|isikukoodi|personal (?:identification )?code", alone=True),
    IdSpec("LT_PERSONAL_CODE", rf"{B}[1-6]\d{{2}}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{{4}}{E}", "lt.asmens",
           r"asmens kodas|asmens kodo|personal (?:identification )?code", alone=True),
    IdSpec("LV_PERSONAL_CODE", rf"{B}(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])\d{{2}}-[0-2]\d{{4}}{E}", "lv.pvn",
           r"", alone=True),
    IdSpec("LV_PERSONAL_CODE", rf"{B}(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])\d{{2}}[0-2]\d{{4}}{E}", "lv.pvn",
           r"personas kods|personas koda|personal code"),
    IdSpec("RO_CNP", rf"{B}[1-9]\d{{2}}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{{6}}{E}", "ro.cnp",
           r"cnp|cod numeric personal|codul numeric personal", alone=True),
    IdSpec("BG_EGN", rf"{B}\d{{2}}(?:[024][1-9]|[135][012])(?:0[1-9]|[12]\d|3[01])\d{{4}}{E}", "bg.egn",
           r"егн|egn|единен граждански номер"),
    IdSpec("CZ_BIRTH_NUMBER", rf"{B}\d{{6}}/\d{{3,4}}{E}", "cz.rc", r"", alone=True),
    IdSpec("CZ_BIRTH_NUMBER", rf"{B}\d{{9,10}}{E}", "cz.rc",
           r"rodné číslo|rodne cislo|rodného čísla|r\.? ?č\.?|birth number", bare=False),
    IdSpec("HR_OIB", rf"{B}\d{{11}}{E}", "hr.oib", r"oib|osobni identifikacijski broj"),
    IdSpec("GR_AMKA", rf"{B}(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])\d{{7}}{E}", "gr.amka",
           r"αμκα|amka|α\.μ\.κ\.α\.?", alone=True),
    IdSpec("IS_KENNITALA", rf"{B}(?:[0-6]\d|7[01])(?:0[1-9]|1[0-2])\d{{2}}-?\d{{4}}{E}", "is_.kennitala",
           r"kennitala|kennitölu|kt\.?"),
    IdSpec("SI_EMSO", rf"{B}(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])[09]\d{{2}}\d{{6}}{E}", "si.emso",
           r"emšo|emso", alone=True),
    IdSpec("PT_CITIZEN_CARD", rf"{B}\d{{8}} ?\d ?[A-Z]{{2}}\d{E}", "pt.cc",
           r"cartão de cidadão|cartao de cidadao|número de identificação civil", alone=True),
    IdSpec("AT_SOCIAL_SECURITY", rf"{B}\d{{4}} ?(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])\d{{2}}{E}", "at.vnr",
           r"sozialversicherungsnummer|svnr|sv-?nr|versicherungsnummer|e-card"),
    # the six digits "usually" hold the date of birth (python-stdnum, the Dachverband): one whose date is no real
    # day (not known at registration) is checked only beside its own words, or in a column of them (checkrate)
    IdSpec("AT_SOCIAL_SECURITY", rf"{B}[1-9]\d{{3}} ?\d{{6}}{E}", "at.vnr",
           r"sozialversicherungsnummer|svnr|sv-?nr|versicherungsnummer|e-card", bare=False, generic=False),
    IdSpec("CH_AHV", rf"{B}756\.\d{{4}}\.\d{{4}}\.\d{{2}}{E}", "ch.ssn", r"", alone=True),
    IdSpec("CH_AHV", rf"{B}756\d{{10}}{E}", "ch.ssn",
           r"ahv|avs|ahv-?nr|ahv-?nummer|numéro avs|sozialversicherungsnummer|social security", alone=True),
    # beside a generic "ID"/"number" label too: seven digits and a check letter (one random code in 23 passes)
    # is a rarer shape than a nine-digit number's mod-11 (an unlabelled one is still left: "bare" needs nine)
    IdSpec("IE_PPS", rf"{B}\d{{7}}[A-W][ABWTXH]?{E}", "ie.pps",
           r"pps|ppsn|pps number|personal public service|uimhir pspp?"),
    # the form issued since 2013 (seven digits, a check letter, a second letter): a shape order numbers lack
    IdSpec("IE_PPS", rf"{B}\d{{7}}[A-W][ABWTXH]{E}", "ie.pps", r"", alone=True),
    IdSpec("CN_RESIDENT_ID", rf"{B}\d{{17}}[\dXx]{E}", "cn.ric", r"身份证|身份证号|身份證|居民身份证|resident id|id card", alone=True),
    IdSpec("JP_MY_NUMBER", rf"{B}\d{{4}} ?\d{{4}} ?\d{{4}}{E}", "jp.in_",
           r"マイナンバー|個人番号|my number|mynumber", generic=False),
    IdSpec("MY_NRIC", rf"{B}\d{{6}}-\d{{2}}-\d{{4}}{E}", "my.nric", r"", alone=True),
    IdSpec("MY_NRIC", rf"{B}\d{{12}}{E}", "my.nric",
           r"mykad|nric|kad pengenalan|no\.? k/p|ic (?:number|no\.?)"),
    IdSpec("PK_CNIC", rf"{B}\d{{5}}-\d{{7}}-\d{E}", "pk.cnic", r"", alone=True),
    IdSpec("PK_CNIC", rf"{B}\d{{13}}{E}", "pk.cnic",
           r"cnic|nic|computeri[sz]ed national identity card|شناختی کارڈ", bare=False),
    IdSpec("ID_NIK", rf"{B}\d{{16}}{E}", "id.nik", r"nik|nomor induk kependudukan|ktp"),
    IdSpec("RU_INN", rf"{B}\d{{12}}{E}", "ru.inn", r"инн|идентификационный номер налогоплательщика"),
    IdSpec("UA_RNTRC", rf"{B}\d{{10}}{E}", "ua.rntrc",
           r"рнокпп|іпн|ипн|ідентифікаційний код|идентификационный код|rnokpp|ipn", generic=False),
    IdSpec("IL_ID_NUMBER", rf"{B}\d{{8}}-?\d{E}", "il.idnr",
           r"תעודת זהות|מספר זהות|ת[._ ]?ז\.?|teudat zehut|israeli id", generic=False),
    IdSpec("MX_CURP", rf"{B}[A-Z][AEIOUX][A-Z]{{2}}\d{{6}}[HMX][A-Z]{{2}}[B-DF-HJ-NP-TV-Z]{{3}}[A-Z\d]\d{E}", "mx.curp",
           r"curp", alone=True),
    IdSpec("CL_RUT", rf"{B}\d{{1,2}}\.\d{{3}}\.\d{{3}}-[\dkK]{E}", "cl.rut", r"", alone=True),
    # the RUN (Rol Único Nacional) is the same number (python-stdnum cl.rut); "run" a verb
    IdSpec("CL_RUT", rf"{B}\d{{7,8}}-?[\dkK]{E}", "cl.rut", r"rut|(?-i:RUN)|rol único (?:tributario|nacional)", generic=False),
    IdSpec("AR_CUIT", rf"{B}(?:20|23|24|27)-\d{{8}}-\d{E}", "ar.cuit", r"", alone=True),
    IdSpec("AR_CUIT", rf"{B}(?:20|23|24|27|30|33|34)\d{{9}}{E}", "ar.cuit", r"cuit|cuil"),
    # a person's RFC: four letters of the name, the date of birth, a three-character homoclave
    IdSpec("MX_RFC", rf"{B}[A-ZÑ&]{{4}}[ -]?\d{{6}}[ -]?[A-Z0-9]{{3}}{E}", "mx.rfc",
           r"rfc|registro federal de contribuyentes", alone=True),
    # ... and without its homoclave (SAT adds it later; people write the ten characters): four capitals and a
    # date of birth python-stdnum checks (one random such code in thirty passes), as a bare reading only
    IdSpec("MX_RFC", rf"{B}[A-ZÑ&]{{4}}[ -]?\d{{6}}{E}", "mx.rfc", r"rfc|registro federal de contribuyentes"),
    IdSpec("UK_UTR", rf"{B}\d{{5}} ?\d{{5}}{E}", "gb.utr",
           r"utr|unique taxpayer reference|taxpayer reference|self[- ]assessment(?: reference)?", generic=False),
    IdSpec("PE_CUI", rf"{B}\d{{8}}-?[\dA-K]?{E}", "pe.cui",
           r"cui|cédula única de identidad|dni peruano|peruvian (?:id|dni)", bare=False),
    IdSpec("FR_NIF", rf"{B}[0-3]\d ?\d{{2}} ?\d{{3}} ?\d{{3}} ?\d{{3}}{E}", "fr.nif",
           r"numéro fiscal(?: de référence)?|n° fiscal|numéro d'identification fiscale|spi|tax number"),
    IdSpec("NZ_IRD", rf"{B}\d{{2,3}}-?\d{{3}}-?\d{{3}}{E}", "nz.ird",
           r"ird(?: number| no\.?)?|inland revenue(?: number)?", generic=False),
    IdSpec("PT_NIF", rf"{B}\d{{9}}{E}", "pt.nif",
           r"nif|número de contribuinte|n\.?º? de contribuinte|contribuinte|número de identificação fiscal", generic=False),
    # India's virtual ID (python-stdnum in_.vid: sixteen digits, Verhoeff's check), Cuba's identity card number
    # (a date of birth and a century digit, no check digit), Costa Rica's cédulas (a layout only)
    IdSpec("IN_VID", rf"{B}[2-9]\d{{3}} ?\d{{4}} ?\d{{4}} ?\d{{4}}{E}", "in_.vid", r"vid|virtual id|aadhaar"),
    IdSpec("CU_NI", rf"{B}\d{{11}}{E}", "cu.ni", r"carn[eé]t?(?: de identidad)?|n[uú]mero de identidad|c[eé]dula", bare=False),
    IdSpec("CR_CEDULA", rf"{B}0?[1-9]-?\d{{4}}-?\d{{4}}{E}", "cr.cpf",
           r"c[eé]dula(?: de identidad| f[ií]sica)?|cpf", bare=False),
    IdSpec("CR_CEDULA", rf"{B}1\d{{10,11}}{E}", "cr.cr", r"c[eé]dula(?: de residencia)?|dimex|residencia", bare=False),
    # bank accounts with two check digits (one random number in a hundred passes) and a length no order number
    # has: Argentina's CBU (22 digits), Spain's CCC (20, inside every Spanish IBAN)
    IdSpec("AR_CBU", rf"{B}\d{{8}} ?\d{{14}}{E}", "ar.cbu", r"cbu|clave bancaria", alone=True),
    IdSpec("ES_CCC", rf"{B}\d{{4}}[ -]?\d{{4}}[ -]?\d{{2}}[ -]?\d{{10}}{E}", "es.ccc",
           r"ccc|c[oó]digo cuenta cliente|cuenta(?: corriente)?", alone=True),
    IdSpec("ES_CCC", rf"{B}\d{{4}} \d{{4}} \d{{2}} \d{{5}} \d{{5}}{E}", "es.ccc", r"", alone=True),
    # Belgium's BIS number (a national number for those not in the national register: month + 20 or + 40) and
    # its eID card's number (3-7-2 digits, mod 97); New Zealand's bank account (bank-branch-account-suffix, a
    # check over them); Liechtenstein's PEID (up to 12 digits, no check: beside its label)
    IdSpec("BE_NATIONAL_NUMBER", rf"{B}\d{{2}}\.?\d{{2}}\.?\d{{2}}[-.]?\d{{3}}\.?\d{{2}}{E}", "be.bis",
           r"bis|bis-?nummer|numéro bis|kruispuntbank|banque carrefour", alone=True),
    IdSpec("BE_EID_CARD", rf"{B}\d{{3}}-?\d{{7}}-?\d{{2}}{E}", "be.eid",
           r"eid|e-id|identiteitskaart|carte d'identité|kaartnummer|numéro de carte|card number"),
    IdSpec("NZ_BANK_ACCOUNT", rf"{B}\d{{2}}-\d{{4}}-\d{{7}}-\d{{2,3}}{E}", "nz.bankaccount", r"", alone=True),
    IdSpec("NZ_BANK_ACCOUNT", rf"{B}\d{{15,16}}{E}", "nz.bankaccount", r"bank account|account (?:number|no\.?)"),
    IdSpec("LI_PEID", rf"{B}\d{{5,12}}{E}", "li.peid", r"peid|personenidentifikationsnummer", bare=False),
    # (ids11) a Czech bank account (python-stdnum cz.bankaccount: prefix-number/bank code, a mod-11 check on each
    # part and a bank code from the Czech National Bank's list): that shape passing both checks is no order's;
    # a Dominican cédula (python-stdnum do.cedula: eleven digits, Luhn) in its 3-7-1 grouping, bare only beside
    # its label (Luhn alone is one in ten); a Dutch student number (nl.onderwijsnummer: "10" and a BSN-like
    # mod-11 variant, one random nine-digit number in a thousand); a Norwegian bank account (no.kontonr:
    # eleven digits, mod 11) in its 4.2.5 grouping, else beside its label
    IdSpec("CZ_BANK_ACCOUNT", rf"{B}(?:\d{{1,6}}-)?\d{{2,10}}/\d{{4}}{E}", "cz.bankaccount",
           r"číslo účtu|čísla účtu|cislo uctu|bankovní účet|účet|bank account|account (?:number|no\.?)", alone=True),
    IdSpec("DO_CEDULA", rf"{B}\d{{3}}-\d{{7}}-\d{E}", "do.cedula", r"", alone=True),
    # a SIM's subscriber identity (python-stdnum imsi: a known country and network code, no check digit): beside
    # its own words only
    IdSpec("IMSI", rf"{B}\d{{14,15}}{E}", "imsi", r"imsi|international mobile subscriber identity", bare=False,
           generic=False),
    IdSpec("DO_CEDULA", rf"{B}\d{{11}}{E}", "do.cedula", r"c[eé]dula(?: de identidad)?(?: y electoral)?", bare=False,
           generic=False),
    IdSpec("NL_ONDERWIJSNUMMER", rf"{B}10\d{{2}}\.?\d{{2}}\.?\d{{3}}{E}", "nl.onderwijsnummer",
           r"onderwijsnummer|education number|student number"),
    IdSpec("NO_BANK_ACCOUNT", rf"{B}\d{{4}}\.\d{{2}}\.\d{{5}}{E}", "no.kontonr", r"", alone=True),
    IdSpec("NO_BANK_ACCOUNT", rf"{B}\d{{4}} ?\d{{2}} ?\d{{5}}{E}", "no.kontonr",
           r"kontonummer|kontonr\.?|bankkonto|konto|bank account|account (?:number|no\.?)", bare=False,
           generic=False),
    # Taiwan's national ID (a letter, 1/2/8/9, eight digits, its check: one random code in ten passes, but the
    # letter-then-nine-digits shape with a sex digit is no order number's); Mexico's social security number (NSS,
    # IMSS: eleven digits, Luhn: beside its label); Venezuela's cédula ("V-" for nationals, "E-" for foreigners, 7-8 digits, no check)
    IdSpec("TW_NATIONAL_ID", rf"{B}[A-Z][1289]\d{{8}}{E}", _tw_id_ok,
           r"身分證(?:字號|號碼)?|身份證|國民身分證|national id|id number", alone=True),
    IdSpec("MX_NSS", rf"{B}\d{{11}}{E}", _luhn_ok,
           r"nss|n[uú]mero de seguridad social|seguro social|imss", bare=False),  # (Luhn over 11 digits: weak)
    IdSpec("VE_CEDULA", rf"{B}[VE]-?\d{{1,2}}\.?\d{{3}}\.?\d{{3}}{E}", None,
           r"c[eé]dula(?: de identidad)?|c\.? ?i\.?|rif"),
    IdSpec("VE_CEDULA", rf"{B}[VE]-\d{{1,2}}\.?\d{{3}}\.?\d{{3}}{E}", None, r"", unlabelled="distinctive"),
    # Greece's AFM (a person's tax number; python-stdnum gr.vat: a mod-11 digit over nine), Argentina's DNI (seven
    # or eight digits, no check: beside its label), Mexico's voter key (clave de elector: six letters of the name,
    # the date of birth, the state, H/M, three digits), Poland's identity card (three letters, six digits, a
    # check), Russia's SNILS (eleven digits, a check)
    IdSpec("GR_AFM", rf"{B}(?:EL|GR)?\d{{9}}{E}", "gr.vat",
           r"αφμ|α\.φ\.μ\.?|afm|αριθμός φορολογικού μητρώου|tin", generic=False),
    IdSpec("AR_DNI", rf"{B}\d{{1,2}}\.?\d{{3}}\.?\d{{3}}{E}", "ar.dni",
           r"dni|d\.n\.i\.?|documento nacional de identidad", bare=False),
    IdSpec("MX_ELECTOR_KEY", rf"{B}[A-Z]{{6}}\d{{8}}[HM]\d{{3}}{E}", None,
           r"clave de elector|credencial para votar|credencial de elector|ine|ife|elector"),
    IdSpec("MX_ELECTOR_KEY", rf"{B}[A-Z]{{6}}(?:\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]))\d\d[HM]\d{{3}}{E}", None,
           r"", unlabelled="distinctive"),
    IdSpec("PL_ID_CARD", rf"{B}[A-Z]{{3}} ?\d{{6}}{E}", _pl_id_card_ok,
           r"dowód osobisty|dowodu osobistego|dowód|seria i numer|identity card|id card"),
    IdSpec("RU_SNILS", rf"{B}\d{{3}}-?\d{{3}}-?\d{{3}}[ -]?\d{{2}}{E}", _snils_ok, r"снилс|snils|страховой номер"),
    # ---------------------------------------------------------------- ids12: python-stdnum's other people's numbers
    # (benchmarks/pii_ids12.py). Taken bare only where a random number of the shape passes the module's check
    # rarely (measured, one in N): a pupil's UPN (a check letter and a known local authority: 1 in 200), a
    # Mauritian NID (a date of birth and a check: 1 in 500), a Ghanaian TIN ("P00", 1 in 500), a Peruvian
    # person's RUC ("10"/"15"/"17" and the DNI, 1 in 200), a BC
    # Personal Health Number ("9", mod 11), a Salvadoran NIT (a date of birth, 1 in 30, fourteen digits); the
    # printed forms with their separators (a Venezuelan RIF "V-12345678-9", an NPWP "01.234.567.8-901.000", a
    # Colombian NIT "213.123.432-1", an Andorran NRT "F-123456-X") alone. Checks one random number in ten or
    # more passes (a mod-10/11 digit on 8-10 digits: Belarus, Mozambique, Paraguay, Vietnam, Poland, Serbia,
    # Montenegro, North Macedonia, Guinea, Bulgaria's foreigners, Ecuador's cédula: "17" and a third digit under
    # 6 is a Unix time of 2023-2025; an Ecuadorian person's RUC is that cédula and any establishment number), or
    # layouts with no check (Albania, Algeria, Egypt, Tunisia, a Dutch
    # passport, an Austrian tax account), only beside their own words: never bare, nor after "number"
    IdSpec("UK_UPN", rf"{B}[A-Z]\d{{12}}{E}", "gb.upn", r"upn|unique pupil number|pupil number", alone=True),
    IdSpec("UK_UPN", rf"{B}[A-Z]\d{{11}}[A-Z]{E}", "gb.upn", r"upn|unique pupil number|pupil number", alone=True),
    IdSpec("MU_NID", rf"{B}[A-Z]\d{{12}}[0-9A-Z]{E}", "mu.nid",
           r"nid|national identity card|national id(?:entity)? (?:card )?(?:number|no\.?)", alone=True),
    IdSpec("GH_TIN", rf"{B}P00\d{{7}}[\dX]{E}", "gh.tin", r"tin|taxpayer identification number|ghana tin", alone=True),
    IdSpec("PE_RUC", rf"{B}(?:10|15|17)\d{{9}}{E}", "pe.ruc", r"ruc|registro único de contribuyentes"),
    IdSpec("EC_RUC", rf"{B}\d{{2}}[0-5]\d{{10}}{E}", "ec.ruc", r"ruc|registro único de contribuyentes", bare=False,
           generic=False),
    IdSpec("CA_BC_PHN", rf"{B}9\d{{3}} ?\d{{3}} ?\d{{3}}{E}", "ca.bc_phn",
           r"phn|personal health number|care ?card|bc services card|msp"),
    IdSpec("SV_NIT", rf"{B}\d{{4}}-\d{{6}}-\d{{3}}-\d{E}", "sv.nit", r"", alone=True),
    IdSpec("SV_NIT", rf"{B}\d{{14}}{E}", "sv.nit", r"nit|número de identificación tributaria"),
    IdSpec("VE_RIF", rf"{B}[VE]-\d{{8}}-\d{E}", "ve.rif", r"", alone=True),
    IdSpec("VE_RIF", rf"{B}[VE]-?\d{{8}}-?\d{E}", "ve.rif", r"rif|registro de informaci[oó]n fiscal"),
    IdSpec("ID_NPWP", rf"{B}\d{{2}}\.\d{{3}}\.\d{{3}}\.\d-\d{{3}}\.\d{{3}}{E}", "id.npwp", r"", alone=True),
    IdSpec("ID_NPWP", rf"{B}\d{{15,16}}{E}", "id.npwp", r"npwp|nomor pokok wajib pajak", bare=False, generic=False),
    IdSpec("CO_NIT", rf"{B}\d{{3}}\.\d{{3}}\.\d{{3}}-\d{E}", "co.nit", r"", alone=True),
    IdSpec("CO_NIT", rf"{B}\d{{8,10}}-?\d{E}", "co.nit", r"nit|número de identificación tributaria",
           bare=False, generic=False),
    IdSpec("AD_NRT", rf"{B}[FE]-\d{{6}}-[A-Z]{E}", "ad.nrt", r"", alone=True),
    IdSpec("AD_NRT", rf"{B}[FE]-?\d{{6}}-?[A-Z]{E}", "ad.nrt", r"nrt|n\.r\.t\.|registre tributari", bare=False,
           generic=False),
    IdSpec("US_ATIN", rf"{B}9\d{{2}}-93-\d{{4}}{E}", "us.atin", r"", alone=True),
    IdSpec("US_ATIN", rf"{B}9\d{{2}}93\d{{4}}{E}", "us.atin", r"atin|adoption taxpayer", bare=False, generic=False),
    IdSpec("AL_NIPT", rf"{B}[A-M]\d{{8}}[A-Z]{E}", "al.nipt", r"nipt|nuis|numri i identifikimit", bare=False,
           generic=False),
    IdSpec("AZ_VOEN", rf"{B}\d{{9}}2{E}", "az.voen", r"vöen|voen|vergi ödəyicisinin", bare=False, generic=False),
    IdSpec("BY_UNP", rf"{B}[A-Z]{{2}}\d{{7}}{E}", "by.unp", r"унп|unp|учетный номер плательщика", bare=False,
           generic=False),
    IdSpec("BG_PNF", rf"{B}\d{{10}}{E}", "bg.pnf", r"лнч|lnch|личен номер на чужденец|pnf", bare=False,
           generic=False),
    IdSpec("EC_CI", rf"{B}\d{{10}}{E}", "ec.ci", r"c[eé]dula(?: de identidad| de ciudadan[ií]a)?|(?-i:CI)|c\.i\.",
           bare=False, generic=False),
    IdSpec("GT_NIT", rf"{B}\d{{4,11}}-?[\dkK]{E}", "gt.nit", r"nit|número de identificación tributaria",
           bare=False, generic=False),
    IdSpec("MZ_NUIT", rf"{B}\d{{3}} ?\d{{3}} ?\d{{3}}{E}", "mz.nuit", r"nuit|número único de identificação tributária",
           bare=False, generic=False),
    IdSpec("PY_RUC", rf"{B}\d{{4,8}}-?\d{E}", "py.ruc", r"ruc|registro único del? contribuyente", bare=False,
           generic=False),
    IdSpec("VN_MST", rf"{B}\d{{10}}{E}", "vn.mst", r"mst|mã số thuế|ma so thue|mã số thuế cá nhân", bare=False,
           generic=False),
    IdSpec("PL_NIP", rf"{B}(?:\d{{3}}-?\d{{3}}-?\d{{2}}-?\d{{2}}|\d{{3}}-\d{{2}}-\d{{2}}-\d{{3}}){E}", "pl.nip",
           r"nip|numer identyfikacji podatkowej", bare=False, generic=False),
    IdSpec("RS_PIB", rf"{B}\d{{9}}{E}", "rs.pib", r"pib|пиб|poreski (?:identifikacioni )?broj", bare=False,
           generic=False),
    IdSpec("ME_PIB", rf"{B}\d{{8}}{E}", "me.pib", r"pib|poreski (?:identifikacioni )?broj", bare=False,
           generic=False),
    IdSpec("MK_EDB", rf"{B}(?:MK)?\d{{13}}{E}", "mk.edb", r"едб|edb|даночен број", bare=False, generic=False),
    IdSpec("GN_NIFP", rf"{B}\d{{3}}-?\d{{3}}-?\d{{3}}{E}", "gn.nifp", r"nifp|nif|num[ée]ro d'identification fiscale",
           bare=False, generic=False),
    IdSpec("EG_TN", rf"{B}\d{{3}}-?\d{{3}}-?\d{{3}}{E}", "eg.tn",
           r"الرقم الضريبي|رقم التسجيل الضريبي|رقم ضريبي|tax registration (?:number|no\.?)", bare=False, generic=False),
    IdSpec("TN_MF", rf"{B}\d{{7}}/?[A-HJ-NP-TV-Z](?:/?[APBDN]/?[MPCNE]/?\d{{3}})?{E}", "tn.mf",
           r"matricule fiscal|(?-i:MF)|الرقم الجبائي|المعرف الجبائي", bare=False, generic=False),
    IdSpec("DZ_NIF", rf"{B}\d{{15}}(?:\d{{5}})?{E}", "dz.nif", r"nif|n\.i\.f\.?|num[ée]ro d'identification fiscale",
           bare=False, generic=False),
    IdSpec("NL_PASSPORT", rf"{B}[A-NP-Z]{{2}}[A-NP-Z0-9]{{6}}\d{E}", "nl.identiteitskaartnummer",
           r"paspoortnummer|paspoort|identiteitskaartnummer|identiteitskaart|id-kaart|documentnummer",
           bare=False, generic=False),
    IdSpec("AT_TIN", rf"{B}\d{{2}}-?\d{{3}}/?\d{{4}}{E}", "at.tin", r"abgabenkontonummer|abgabenkonto|steuernummer",
           bare=False, generic=False),
    # a Spanish NIF of a person with no DNI or NIE (K: a Spaniard under 14, L: a non-resident Spaniard, M: a
    # foreigner without NIE; python-stdnum es.nif): the NIE's shape and check letter, so likewise alone
    IdSpec("ES_NIF", rf"{B}[KLM]-?\d{{7}}-?[A-Z]{E}", "es.nif", r"nif|n\.i\.f\.", alone=True),
    # ---------------------------------------------------------------- crypto wallets
    # any chain's base58check or bech32(m) address, or Monero's (coins.py): Bitcoin, taproot, Litecoin, Dogecoin,
    # Tron, XRP, Cosmos ...; the encoding's check (four bytes of a hash, a BCH code) is no order number's by chance
    IdSpec("CRYPTO", rf"{B}{COIN_PATTERN}{E}", _coin_ok, r"", alone=True),
    IdSpec("CRYPTO", rf"{B}0x[0-9a-fA-F]{{40}}{E}", None, r"", alone=True),  # Ethereum-style account
]
ID_KINDS = sorted({s.kind for s in SPECS})

_COMPILED: list[tuple[IdSpec, re.Pattern, _Later | None]] = []


@functools.lru_cache(maxsize=None)
def own_words(spec: IdSpec) -> str:
    """A kind's own label words: its spec's, and the names python-stdnum's documentation gives the number it
    validates ("RUN (Rol Único Nacional)", "Burgerservicenummer", "Mispar Zehut", "個人番号": ``rescan_independent
    ._doc_names``), so that a kind taken only beside its label is found beside any of its names."""
    if not isinstance(spec.validator, str):
        return spec.labels
    from .rescan_independent import _doc_names, _label_rx

    doc = _label_rx(_doc_names(spec.validator))
    return "|".join(x for x in (spec.labels, doc) if x)


class _Later:
    """A kind's label pattern, compiled on its first search. A label is searched for only beside a value that
    passed the kind's check, so most kinds' patterns are never searched in a process; compiled up front, the ~200
    of them (each bounded by ``LB``/``LE``, classes of ~40,000 CJK and Thai code points that ``re`` expands one by
    one under ``re.I``) cost ~4.5 CPU s in every process that detects: each Ray actor, each test worker."""

    __slots__ = ("_args", "_rx")

    def __init__(self, pattern: str, flags: int):
        self._args = (pattern, flags)
        self._rx: re.Pattern | None = None

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match | None:
        if self._rx is None:
            self._rx = re.compile(*self._args)
        return self._rx.search(text, pos, endpos)


def _compiled():
    if not _COMPILED:
        for s in SPECS:
            words = own_words(s)
            # a kind's own words, and for a check not too weak to take a bare number, a generic "ID/number" too
            labels = f"{words}|{GENERIC_LABEL}" if (s.validator is not None and words and s.bare and s.generic) \
                else words
            lab = _Later(rf"{LB}(?:{labels}){LE}", re.I) if labels else None
            own = (lab if labels == words else _Later(rf"{LB}(?:{words}){LE}", re.I)) if words else None
            _COMPILED.append((s, re.compile(s.pattern, s.flags), lab))
            _SHAPE[id(s)] = (_digits_only(s), _width(s.pattern, s.flags))
            _OWN[id(s)] = own
    return _COMPILED


_OWN: dict[int, _Later | None] = {}
# per spec: the digit-run lengths it can match when it is digits alone (else None), and its width
_SHAPE: dict[int, tuple[tuple[int, int] | None, tuple[int, int]]] = {}


@functools.lru_cache(maxsize=1)
def _checked_labels() -> re.Pattern:
    words = "|".join(w for w in (own_words(s) for s in SPECS if s.validator is not None) if w)
    return re.compile(rf"(?i)(?<![^\W\d_])(?:{words})(?![^\W\d_])")


@functools.lru_cache(maxsize=4096)
def names_checked_kind(key: str) -> bool:
    """Whether a key or a column header (up to 48 characters) holds the own label of a kind with a check
    ("rut", "CNP", "isikukood", "asmens_kodas"): its short value is then read as "key: value", so that a kind
    taken only beside its label (a Chilean RUT, an Israeli id) is found under its key too."""
    return bool(key) and len(key) <= 48 and _checked_labels().search(key.replace("_", " ")) is not None  # a spec's own label words (without the generic "number", "ID")
GENERIC = re.compile(rf"{LB}(?:{GENERIC_LABEL}){LE}", re.I)


def labelled(text: str, start: int, end: int, labels: re.Pattern | _Later | None) -> bool:
    if labels is None:
        return False
    return labels.search(text, max(0, start - WINDOW_BEFORE), start) is not None or \
        labels.search(text, end, min(len(text), end + WINDOW_AFTER)) is not None


DIGIT_RUN = re.compile(r"\d+")
SPACE = re.compile(r"\s")
PAD = 28  # characters either side of a digit run that an identifier may span (letters, separators)


def windows(text: str) -> list[tuple[int, int]]:
    """Stretches of ``text`` around its digit runs, widened to whitespace, merged: the only places an identifier
    can be (every kind holds digits). Identifier patterns scan these instead of the whole text."""
    out: list[list[int]] = []
    for m in DIGIT_RUN.finditer(text):
        s, e = max(0, m.start() - PAD), min(len(text), m.end() + PAD)
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    res = []
    for s, e in out:
        while s > 0 and not text[s - 1].isspace():
            s -= 1
        nxt = SPACE.search(text, e)
        res.append((s, nxt.start() if nxt else len(text)))
    return res


UNLABELLED_LEVELS = {"none": 0, "distinctive": 1, "all": 2}
UNLABELLED_SCORE = {"distinctive": 0.5, "all": 0.45}
# kinds whose check holds a date of birth (and a checksum): a random barcode passes it about one time in a
# thousand, so a bare number that does is read as the identifier unless a product word stands before it
DATED = frozenset({"KR_RRN", "KR_FRN", "ZA_ID_NUMBER", "SE_PERSONNUMMER", "PL_PESEL", "FI_PERSONAL_IDENTITY_CODE",
                   "NO_FODSELSNUMMER", "DK_CPR", "FR_NIR", "AT_SOCIAL_SECURITY", "BE_NATIONAL_NUMBER", "BG_EGN", "CN_RESIDENT_ID", "CZ_BIRTH_NUMBER", "EE_PERSONAL_CODE", "GR_AMKA", "IS_KENNITALA", "LT_PERSONAL_CODE", "LV_PERSONAL_CODE", "MX_CURP", "RO_CNP", "SI_EMSO",
                   "MU_NID"})
# kinds read only as their holders write them, never through a regrouping: a Taiwanese id is one letter and nine
# digits, and read through "/" or "-" one invoice number in ten passed its check ("F2021/03673")
AS_WRITTEN = frozenset({"TW_NATIONAL_ID"})
# kinds with no check whose format is distinctive enough to be read through any grouping ("NW2 198 97C")
REGROUPED_FORMATS = frozenset({"UK_NINO"})
# kinds read in lower case with no label: a Spanish DNI/NIF (eight digits) and NIE (X, Y or Z and seven digits)
# end in a check letter one random number in 23 passes, and people type them lower case in chats
# ("x1234567l", "12345678z"), spaced or dashed; a token of that shape that passes is that identifier, as the
# upper-case writing is. Likewise the mixed codes with a check character the re-scan's independent pass confirms
# in any case (a Mexican CURP, a Portuguese citizen card, an Indian voter's EPIC): the scrub takes what the
# re-scan would flag. Other kinds' lower-case writings still need a label (``lower_case``): "acupa7092r" (an
# Indian PAN's layout, no check character) alone is as likely a handle
CASE_FREE = frozenset({"ES_NIF", "ES_NIE", "MX_CURP", "PT_CITIZEN_CARD", "IN_VOTER"})


@functools.lru_cache(maxsize=64)
def _active(kinds: frozenset[str] | None, level: int) -> tuple[list, dict[int, list]]:
    """The specs read for ``kinds`` at an ``unlabelled_ids`` level, in ``SPECS`` order, and ``regrouped``'s
    index of them by compact length: the same for every text of a policy, so made once (it was per text)."""
    active = [(spec, rx, labels) for spec, rx, labels in _compiled()
              if (kinds is None or spec.kind in kinds)
              and not (spec.unlabelled and UNLABELLED_LEVELS[spec.unlabelled] > level)]
    return active, _by_len(active)


# every spec's pattern is its value between these two edges (a value is a whole token)
_EDGE_BEFORE, _EDGE_AFTER = B, E  # every spec is written between these (a number glued to Han stands alone)


@functools.lru_cache(maxsize=64)
def _any_spec(kinds: frozenset[str] | None, level: int) -> tuple[re.Pattern | None, frozenset[int]]:
    """One pattern that matches wherever any of the active specs (``_active``) can, and the ids of those specs:
    their values as one alternation after the shared left edge, without the right edge (so it matches a
    superset of what they match, never less). ``identifiers`` searches each digit's stretch with it once and
    runs those specs only on the stretches where it matches (about one in eight in ordinary text): the ~145
    specs' loop over every stretch was the recognizer's cost (~1 CPU s per MB), and the findings are the same.
    A spec of digits alone (``_SHAPE``: skipped where no digit run of its length is), one not of that shape,
    one that could match the empty string (``_match_at`` does not repeat ``finditer``'s rule for those),
    or one whose pattern cannot be joined (flags other than case, a back-reference, a named group: "SIN 046 454
    286" written with one separator twice) is run on every stretch as before."""
    cores, ids = [], set()
    for spec, rx, _ in _active(kinds, level)[0]:
        p = rx.pattern
        if _SHAPE[id(spec)][0] is not None or not (p.startswith(_EDGE_BEFORE) and p.endswith(_EDGE_AFTER)) or \
                rx.flags & ~(re.I | re.U) or _PARSER.parse(p, rx.flags).getwidth()[0] == 0 or \
                re.search(r"\\[1-9]|\(\?P[<=]|\(\?\(|\(\?[aiLmsux]+\)", p):
            continue
        core = p[len(_EDGE_BEFORE):-len(_EDGE_AFTER)]
        cores.append(f"(?i:{core})" if rx.flags & re.I else f"(?:{core})")
        ids.add(id(spec))
    if not cores:
        return None, frozenset()
    try:
        return re.compile(_EDGE_BEFORE + "(?:" + "|".join(cores) + ")"), frozenset(ids)
    except re.error:  # pragma: no cover - a pattern that does not join: no prefilter
        return None, frozenset()


def _by_len(active: list) -> dict[int, list]:
    """compact length -> the active kinds' specs (validated, or of a distinctive format) that can be that long."""
    by_len: dict[int, list] = {}
    for spec, rx, labels in active:
        if (spec.validator is not None and spec.kind not in AS_WRITTEN) or spec.kind in REGROUPED_FORMATS:
            lo, hi = _SHAPE[id(spec)][1]
            for n in range(lo, hi + 1):
                by_len.setdefault(n, []).append((spec, rx, labels))
    return by_len


def _piece_of_longer(text: str, s: int, e: int) -> bool:
    """Whether the grouped value at [s, e) goes on, or began, with another group of digits joined by the separator
    it is written with ("4111 1111 1111" of the card "4111 1111 1111 1111" is no Japanese My Number): the groups
    are one longer number, read whole (``numbers``, ``regrouped``)."""
    value = text[s:e]
    for sep in " -":
        if sep in value and ((text.startswith(sep, e) and e + 1 < len(text) and text[e + 1].isdigit()) or
                             (s >= 2 and text[s - 1] == sep and text[s - 2].isdigit())):
            return True
    return False


def _starts(anyone: re.Pattern, text: str, ws: int, we: int) -> list[int]:
    """Every place in ``[ws, we)`` where ``anyone`` (``_any_spec``) matches, in order: the only places a joined
    spec can start (its match there is one of ``anyone``'s alternatives, less the right edge)."""
    out: list[int] = []
    m = anyone.search(text, ws, we)
    while m is not None:
        out.append(m.start())
        m = anyone.search(text, m.start() + 1, we)
    return out


def _match_at(rx: re.Pattern, text: str, starts: list[int], we: int) -> Iterator[re.Match]:
    """``rx.finditer(text, ws, we)`` where every match starts at one of ``starts`` (``_starts``): the pattern is
    tried only there, from where its last match ended, as ``finditer`` searches (a lookbehind sees before the
    place in ``match`` as in a search). The ~170 joined specs' scans of each stretch that holds a match were most
    of the recognizer's cost on chat text; one match try each at the one or two places is the same. Only for
    patterns that cannot match the empty string (every spec: a value holds a digit)."""
    last = -1
    for p in starts:
        if p < last:
            continue
        m = rx.match(text, p, we)
        if m is not None:
            yield m
            last = m.end()


def identifiers(text: str, kinds: set[str] | frozenset[str] | None = None,
                unlabelled: str = "distinctive") -> list[Finding]:
    """Validated identifiers in ``text`` (only ``kinds`` when given). ``unlabelled`` (the policy's
    ``unlabelled_ids``) says which values of kinds with no check digit are taken without a label: "none",
    "distinctive" shapes, or "all" (bare digit runs of those kinds' lengths too). A value is also read through
    any grouping its writer chose (``regrouped``): "Y74 824 46P", "GNZ ZDF 04E 21M 836 X", "4177.0924.87", with
    any separator (no-break and thin spaces, Unicode dashes: ``recognizers.plain_separators``)."""
    text = plain_separators(text)
    spans = windows(text)
    if not spans:
        return []
    out: list[Finding] = []
    memo: dict = {}
    key = (None if kinds is None else frozenset(kinds), UNLABELLED_LEVELS[unlabelled])
    active, by_len = _active(*key)
    runs = {len(m.group()) for m in DIGIT_RUN.finditer(text)}
    anyone, joined = _any_spec(*key)
    # where in each stretch a joined spec can start: the places the joined pattern matches (the same findings,
    # in the same order: a joined spec matches only where it does; a stretch without one holds none)
    at = None if anyone is None else {(ws, we): _starts(anyone, text, ws, we) for ws, we in spans}
    hits = spans if at is None else [sp for sp in spans if at[sp]]
    for spec, rx, labels in active:
        digits = _SHAPE[id(spec)][0]
        if digits is not None and not any(digits[0] <= n <= digits[1] for n in runs):
            continue  # a run of digits alone, and none of its length here (found in its grouping by regrouped)
        for ws, we in hits if id(spec) in joined else spans:
            for m in (rx.finditer(text, ws, we) if at is None or id(spec) not in joined else
                      _match_at(rx, text, at[(ws, we)], we)):
                if _piece_of_longer(text, m.start(), m.end()):
                    continue
                f = _judge(text, m.start(), m.end(), m.group(), spec, labels, memo)
                if f is not None:
                    out.append(f)
    out += regrouped(text, spans, active, memo, by_len)
    if LOWER_BESIDE_DIGIT.search(text):
        out += lower_case(text, active, memo)
    if len(out) > 1:
        # a value found inside a longer validated one is part of it, not another identifier ("009 756 236"
        # inside the Steuer-ID "40 009 756 236" is no Australian company number): the longer one names the kind;
        # a kind read only through a generic label yields to another kind read on the same span by its own
        # label or format ("Steuer-ID 34 190 271 156" is not a Croatian OIB)
        out = [f for f in out if not any(g.start <= f.start and f.end <= g.end and (
            g.end - g.start > f.end - f.start or (g.end - g.start == f.end - f.start and g.score > 0.8
                                                  and f.source.endswith(GENERIC_ONLY)
                                                  and not g.source.endswith(GENERIC_ONLY))
            # nor does a bare reading where another kind is read beside a label ("Steuer-ID 40 009 756 236": Luhn too)
            or (g.start == f.start and g.end == f.end and g.score >= 0.895 and f.source.endswith("_unlabelled")))
            for g in out)]
    return out


# --------------------------------------------------------------------------- lower case

LOWER_BESIDE_DIGIT = re.compile(r"[a-z][-/.]?\d|\d[-/.]?[a-z]")
# a token of letters and digits (dashes inside) long enough to be an identifier; one with a lower-case letter
# beside a digit is read again ("3pm", "2nd", "5kg" are too short to be)
# (a token glued to Han, kana, Thai ... stands alone there: "我的号码是x1234567l。")
LOWER_TOKEN = re.compile(rf"(?<![^\W{NOSPACE}])(?<!-)[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){{5,39}}"
                         rf"(?![^\W{NOSPACE}])(?!-)")


@functools.lru_cache(maxsize=None)
def _case_blind(pattern: str, flags: int) -> re.Pattern | None:
    """``pattern`` read without case, for a kind whose letters are upper case (None when it has none)."""
    if flags & re.I or "A-Z" not in pattern and not re.search(r"(?<!\\)[A-Z]", pattern.replace("\\d", "")):
        return None
    return re.compile(pattern, flags | re.I)


def lower_case(text: str, active: list, memo: dict) -> list[Finding]:
    """Identifiers typed in lower case ("53083929k", "x2487705w", "acupa7092r"): the same number, read upper
    case against the kind's pattern and check, taken only beside a label (the kind's own words, a generic "ID"
    or "number", or any identifier label ``idlabels`` knows): a bare lower-case code is more often a handle, a
    hash or a file name than a person's number."""
    out: list[Finding] = []
    done = -1
    for hit in LOWER_BESIDE_DIGIT.finditer(text):
        if hit.start() < done:
            continue  # inside the token read last
        s = hit.start()
        while s > 0 and s > hit.start() - 40 and ((text[s - 1].isascii() and text[s - 1].isalnum()) or
                                                  text[s - 1] == "-"):
            s -= 1
        tok = LOWER_TOKEN.match(text, s)
        if tok is None:
            continue  # too short ("3pm", "2nd") or too long to be one identifier
        s, e = tok.span()
        done = e
        near = labelled(text, s, e, GENERIC) or labelled(text, s, e, _all_labels()) or \
            labelled(text, s, e, _family_labels())
        if not near and _in_name(text, s, e):
            continue  # a file's or a host's name ("53083929k.txt"): only beside a label
        value = tok.group().upper()
        for spec, rx, labels in active:
            if not near and spec.kind not in CASE_FREE:
                continue  # no identifier's label near: a handle, a hash, a file name
            if _case_blind(spec.pattern, spec.flags) is None or not rx.fullmatch(value):
                continue
            f = _judge(text, s, e, value, spec, labels, memo)
            # (a bare reading needs upper case, or a kind whose check makes any case rare: CASE_FREE)
            if f is not None and (not f.source.endswith("_unlabelled") or spec.kind in CASE_FREE):
                out.append(Finding(f.start, f.end, f.entity, f.score - REGROUPED_BELOW, f.source))
    return out


@functools.lru_cache(maxsize=1)
def _all_labels() -> re.Pattern:
    """Every kind's own label words, those with no check too ("NINO", "passport")."""
    words = "|".join(s.labels for s in SPECS if s.labels)
    return re.compile(rf"(?i)(?<![^\W\d_])(?:{words})(?![^\W\d_])")


@functools.lru_cache(maxsize=1)
def _family_labels() -> re.Pattern:
    from .idlabels import LABEL

    return LABEL


# --------------------------------------------------------------------------- any grouping

# groups of letters and digits joined by one space, dot, dash or slash: the ways people regroup a number
GROUP_RUN = re.compile(rf"(?<![^\W{NOSPACE}])(?<![.\-/])[A-Za-z0-9]+(?:[ .\-/][A-Za-z0-9]+)+")
GROUP = re.compile(r"[A-Za-z0-9]+")
SEPARATORS = re.compile(r"[ .\-/]")
_SHOP_WORD = re.compile(rf"(?i)(?:{PRODUCT_WORDS}|{REFERENCE_WORDS})")
NUMBER_GOES_ON = re.compile(r"[:,]\d")
NUMBER_CAME = re.compile(r"\d[:,]")
WHOLE_DATE = re.compile(r"(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{4})")  # "19/01/2026"
DATE_FIRST = re.compile(r"(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{2,4})[ T]")
REGROUPED_BELOW = 0.01
REGROUPED_DIGITS = 0.6  # below a grouped phone number's 0.8, above the default threshold
MAX_COMPACT = 40  # the longest identifier read through its grouping (a bitcoin address: 25 to 34)


@functools.lru_cache(maxsize=None)
def _width(pattern: str, flags: int) -> tuple[int, int]:
    """The shortest and longest text ``pattern`` matches (its separators included: an upper bound)."""
    import re._parser as sre  # type: ignore[import-not-found]

    lo, hi = sre.parse(pattern, flags).getwidth()
    return lo, min(hi, MAX_COMPACT)


def _digits_only(spec: IdSpec) -> tuple[int, int] | None:
    """The lengths of the digit run ``spec`` matches when its pattern is digits alone (``\\d{11}``, a date's
    ``(?:0[1-9]|1[0-2])``: no letter, separator or optional character), else None. Such a kind can only be
    where a digit run of that length is: in most texts it is skipped at the cost of a set lookup."""
    import re._constants as c  # type: ignore[import-not-found]
    import re._parser as sre  # type: ignore[import-not-found]

    def digits(items) -> bool:
        for op, av in items:
            if op in (c.ASSERT, c.ASSERT_NOT, c.AT):
                continue
            if op is c.LITERAL and not chr(av).isdigit():
                return False
            if op in (c.MAX_REPEAT, c.MIN_REPEAT) and (av[0] != av[1] and av[0] == 0 or not digits(av[2])):
                return False  # an optional part ("-?") or a repeat of non-digits
            if op is c.SUBPATTERN and not digits(av[3]):
                return False
            if op is c.BRANCH and not all(digits(b) for b in av[1]):
                return False
            if op is c.IN and not all((o is c.CATEGORY and a is c.CATEGORY_DIGIT) or (o is c.RANGE and
                                      "0" <= chr(a[0]) and chr(a[1]) <= "9") or (o is c.LITERAL and chr(a).isdigit())
                                      for o, a in av):
                return False
            if op not in (c.LITERAL, c.MAX_REPEAT, c.MIN_REPEAT, c.SUBPATTERN, c.BRANCH, c.IN):
                return False
        return True

    if spec.flags or not digits(sre.parse(spec.pattern)):
        return None
    return _width(spec.pattern, spec.flags)


def _code_like(group: str) -> bool:
    """A group that can be part of an identifier's writing: it holds a digit, or it is no word (upper case,
    mixed case, or three letters or fewer: "RTR", "bGf", "PbPM" of a bitcoin address); an ordinary word
    ("copied", "Thanks") and a product's or shop's word ("SKU", "EAN", "RMA": the label of what follows) end
    the candidate."""
    if any(c.isdigit() for c in group):
        return True
    word = len(group) > 3 and (group.islower() or (group[0].isupper() and group[1:].islower()))
    return not word and not _SHOP_WORD.fullmatch(group) and group.lower() not in _label_words()


@functools.lru_cache(maxsize=1)
def _label_words() -> frozenset[str]:
    """The kinds' own labels that are one word of three to eight letters ("atin", "itin", "bsn", "nif", "curp"):
    such a word before a number is its label, never the letters of a code ("ATIN 900-93-0000" is a US ATIN
    after its label, not a Mexican RFC whose four letters are "ATIN")."""
    return frozenset(w for spec in SPECS for w in spec.labels.split("|") if re.fullmatch(r"[a-z]{3,8}", w))


def _code_part(text: str, letters: re.Match, digits: re.Match) -> bool:
    """Whether the group ``digits`` is joined by a hyphen to a group of two or more letters (``letters``, the
    group just before or after it): a reference code's letters ("ORD-", "REQ-", "-BLK", "-XL"), which no
    national identifier's writing puts there (a kind whose format holds letters is read with them, whole)."""
    word = letters.group()
    joined = text[min(letters.end(), digits.end()):max(letters.start(), digits.start())]
    return len(word) >= 2 and word.isalpha() and joined == "-"


def _candidates(text: str, start: int, end: int):
    """``(s, e, raw)`` for every run of two to any code-like groups in ``text[start:end]`` that holds a digit
    and does not cut a number apart (the groups just outside hold no digit), at most ``MAX_COMPACT``
    characters without separators. Each run of groups is read once; the candidates of one start stop at that
    length: linear in the text."""
    for run in GROUP_RUN.finditer(text, start, end):
        groups = [g for g in GROUP.finditer(text, run.start(), run.end())]
        # a run that goes on in digits after a colon or comma ("2026-08-14 14:50", "1 250,75") ends inside a
        # time or an amount: its last group cannot end a candidate (nor its first begin one, likewise before)
        on_after = NUMBER_GOES_ON.match(text, run.end()) is not None
        # "+81 3-1234-5678", "(03 1234 5678)": a phone's country or area code; a run that begins or ends in
        # letters is no phone ("(X 1234567 L)", "(12345678 Z)": a Spanish NIE, a DNI, read whole)
        on_before = (run.start() >= 2 and NUMBER_CAME.match(text, run.start() - 2) is not None) or (
            run.start() >= 1 and (text[run.start() - 1] == "+" or text[run.start() - 1] == "(" and
                                  groups[0].group().isdigit() and groups[-1].group().isdigit()))
        seg: list[re.Match] = []
        for g in groups + [None]:
            if g is not None and _code_like(g.group()):
                seg.append(g)
                continue
            n = len(seg)
            last = g is None and on_after
            first = bool(seg) and seg[0] is groups[0] and on_before
            for i in range(n):
                if (i > 0 and any(c.isdigit() for c in seg[i - 1].group())) or (i == 0 and first):
                    continue
                if i > 0 and (text[seg[i].start() - 1] != " " or _code_part(text, seg[i - 1], seg[i])):
                    continue  # "INV-2026-51055", "ORD-2024-255367": the digits after a code's letters are that code's
                size = len(seg[i].group())
                digit = any(c.isdigit() for c in seg[i].group())
                for j in range(i + 1, n):
                    size += len(seg[j].group())
                    if size > MAX_COMPACT:
                        break
                    digit = digit or any(c.isdigit() for c in seg[j].group())
                    if not digit or (j + 1 < n and any(c.isdigit() for c in seg[j + 1].group())) or \
                            (j == n - 1 and last) or (j + 1 < n and _code_part(text, seg[j + 1], seg[j])):
                        continue  # (nor before a code's closing letters: "SKU-48213-BLK")
                    s, e = seg[i].start(), seg[j].end()
                    if DATE_FIRST.match(text, s, e) or WHOLE_DATE.fullmatch(text, s, e):
                        continue  # a date, then another number: two values ("2026-08-14 1450"); a date alone
                    yield s, e, text[s:e]
            seg = []


def regrouped(text: str, spans: list[tuple[int, int]], active: list, memo: dict,
              by_len: dict[int, list] | None = None) -> list[Finding]:
    """Identifiers written in a grouping their own pattern does not name: threes ("123 456 782"), dots, mixed
    separators, letters split across groups. Each candidate is read without its separators (python-stdnum's
    ``compact`` does the same), and with only its spaces removed (a Finnish "131052-308T" keeps its century
    sign), against every validated kind's pattern and check; the label rules are the same as for a value
    written whole. Kinds with no check are read so only where their format is distinctive
    (``REGROUPED_FORMATS``). ``by_len``: ``_by_len(active)``, when the caller has it."""
    if by_len is None:
        by_len = _by_len(active)
    out: list[Finding] = []
    for ws, we in spans:
        for s, e, raw in _candidates(text, ws, we):
            forms = {SEPARATORS.sub("", raw), raw.replace(" ", "")}
            for spec, rx, labels in {id(x[0]): x for v in forms for x in by_len.get(len(v), ())}.values():
                if rx.fullmatch(raw):
                    continue  # written in the kind's own form: found by its pattern
                for value in forms:
                    if spec.kind in CASE_FREE:
                        value = value.upper()  # "x 1234567 l", "12345678 z" (CASE_FREE)
                    if rx.fullmatch(value):
                        f = _judge(text, s, e, value, spec, labels, memo)
                        if f is not None:
                            # a hair below the same reading in the kind's own form: where a kind's own pattern
                            # found the value too ("417 709 2487": an NHS number's 3-3-4), that kind names it;
                            # digits alone in groups with no label of the kind are as likely a phone number
                            # ("06 12 34 56 78"): found, but the phone reading names them
                            score = f.score - REGROUPED_BELOW
                            if f.score < 0.95 and not any(c.isalpha() for c in raw):
                                score = min(score, REGROUPED_DIGITS)
                            out.append(Finding(f.start, f.end, f.entity, score, f.source))
                            break
    return out


def _bare_length(value: str) -> bool:
    """Long enough to be taken with no label: nine letters and digits, or eight with a letter (an Irish PPS
    number's seven digits and check letter, "9380932F": one random code in 23 passes, and order numbers are
    digits)."""
    core = re.sub(r"[\W_]", "", value)
    return len(core) >= 9 or (len(core) == 8 and not core.isdigit())


# a software version or build ("build 20240503.4", "version 3.1 2412", "firmware v2 1804221"): a release's number
VERSION_BEFORE = re.compile(r"(?i)(?<![^\W\d_])(?:build|version|ver\.|release|firmware|v)[ \t]*:?[ \t]*$")
FILE_OR_HOST = re.compile(r"[./@\\][A-Za-z0-9]")


def _in_name(text: str, s: int, e: int) -> bool:
    """Whether the value at [s, e) is part of a file's, a host's or a path's name ("53083929k.txt",
    "files/297059416/", "x.297059416"): no bare number's reading there, only a labelled one."""
    return FILE_OR_HOST.match(text, e) is not None or (s >= 2 and text[s - 1] in "./@\\" and text[s - 2].isalnum())


def _judge(text: str, s: int, e: int, value: str, spec: IdSpec, labels: _Later | None,
           memo: dict | None = None) -> Finding | None:
    try:
        valid = spec.check(value)
    except Exception:  # noqa: BLE001 - a validator that chokes on a shape is a no
        valid = False
    if not valid:
        return None
    near = labelled(text, s, e, labels)
    own = near and labelled(text, s, e, _OWN.get(id(spec)))
    # a product code or a shop's reference is no person's identifier (products.py): an EAN/ISBN with a
    # product word before it or no label of the kind near, an order number with only "number" beside it
    # (judged once per span and label state: several kinds' checks often accept the same number); a number
    # that passes a check holding a date of birth is a product's only after a product word
    dated = spec.kind in DATED
    key = (s, e, own, dated)
    shop = memo.get(key) if memo is not None else None
    if shop is None:
        named = own or dated or labelled(text, s, e, GENERIC)  # a kind's or a generic identifier's label
        shop = product_code(text, s, e, named) or (not own and (after_reference(text, s, e) or
                                                                 VERSION_BEFORE.search(text, max(0, s - 12), s)))
        if memo is not None:
            memo[key] = shop
    if shop:
        return None
    if spec.validator is not None and (spec.alone or near) and _digits_not_date(value):
        # a generic "ID"/"number" beside a kind that needs a label (GENERIC_ONLY) yields to a kind whose own
        # label or distinctive format reads the same span ("Steuer-ID 34 190 271 156": not a Croatian OIB)
        if own or spec.alone:
            return Finding(s, e, spec.kind, 0.95 if own else 0.9 if near else 0.85, f"id_{spec.kind.lower()}")
        return Finding(s, e, spec.kind, 0.9, f"id_{spec.kind.lower()}{GENERIC_ONLY}")
    if spec.validator is not None and spec.bare and _bare_length(value) and \
            _digits_not_date(value) and not _in_name(text, s, e):
        # a long bare number that passes a national identifier's check, with no label: most likely that
        # identifier; scored just above the default threshold so a policy can raise score_threshold to keep such
        # numbers (order numbers share the shape; about 1 in 10 random ones pass any given mod-10/11 check)
        return Finding(s, e, spec.kind, BARE_SCORE, f"id_{spec.kind.lower()}_unlabelled")
    if spec.validator is None and spec.unlabelled:
        return Finding(s, e, spec.kind, UNLABELLED_SCORE[spec.unlabelled], f"id_{spec.kind.lower()}_unlabelled")
    if spec.validator is None and (near or spec.alone):
        return Finding(s, e, spec.kind, 0.9 if near else 0.6, f"id_{spec.kind.lower()}")
    return None
