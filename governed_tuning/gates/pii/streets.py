"""Street addresses as they are written in the languages our users write, beyond ``recognizers.addresses``.

``recognizers.addresses`` knows English, German, Nordic and Romance street words with a house number. What it
misses, and this module finds (each shape with a signal of its own, never a capitalised word and a number
alone, which is how products and versions are written too: "Sonos Era 100"):

- the address after "the new address is" in other languages ("die neue Adresse ist", "ny adresse er", "nová
  adresa je", "az új címem", "новый адрес:", "η νέα διεύθυνση είναι"), up to the end of the clause;
- Russian streets ("ул. Алтайская, д. 43 стр. 4", "пер. Азовский, д. 3/9"), Hungarian ("Tapolcavégi utca 84."),
  Greek street names in the genitive ("Σακτουρίων 44", "Πλ. Σαρακηνάδου 11"), Czech and Slovak names after a
  preposition ("Na Fišerce 61", "K Otočce 578"), Nordic and Dutch compounds ("Myhrefaret 5", "Pascalebaan 2"),
  Portuguese and Spanish abbreviations and numbers ("R. Maia, 21", "Boulevard Saavedra N° 6543");
- an address block: a "name and number" line between short lines, with a phone, an e-mail or a postcode line
  near it (a letter's signature), and the town line under it (LOCATION);
- a "name and number, town" item in a list that also holds a phone number or an e-mail ("Noted: ..., +47 ...,
  Myhrefaret 5, Trondstrøm.").

Every regex here is linear: bounded repeats, no nested unbounded quantifiers, lookbehinds of one character.
"""

from __future__ import annotations

import re

from .places import HAS_CYRILLIC, HAS_DIGIT
from .recognizers import UP, Finding

__all__ = ["streets"]

HAS_GREEK = re.compile(r"[\u0370-\u03ff]")
CLAUSE = r"[^\n]{3,80}?(?=[.!?;][ \t\n]|[.!?;]?[ \t]*$|\n)"
ADDRESS_IS = re.compile(
    r"(?i)\b(?:address|adresse|adres|adress|adressen|adresa|adresă|dirección|direccion|domicilio|morada|"
    r"endereço|endereco|indirizzo|osoite|адрес|διεύθυνση|διεύθυνσή μου)"
    r"(?:[ \t]+(?:is|ist|est|es|é|er|är|je|este|è|on|είναι|lautet|is now|now is|ahora es)[ \t]*[:—-]?|[ \t]*[:—])[ \t]+"
    rf"({CLAUSE})|\b(?:címem|címe|lakcímem)[ \t]+({CLAUSE})", re.M)

RU_STREET = re.compile(
    r"(?<![\w.])(?:ул|улица|пер|переулок|пр|пр-т|просп|проспект|бул|бульвар|б-р|ш|шоссе|наб|набережная|пл|площадь|"
    r"алл|аллея|туп|тупик|проезд|пр-д|линия|мкр|микрорайон|тракт|"
    r"вул|вулиця|пров|провулок|площа|шосе|набережна|узвіз|майдан)\.?[ \t]+[А-ЯЁІЇЄҐ0-9][\w'’-]*"
    r"(?:[ \t]+[А-ЯЁІЇЄҐ][\w'’-]*){0,2}"
    r"(?:,?[ \t]*(?:д|дом|буд)\.?[ \t]*\d{1,5}[\w/]{0,6}(?:[ \t,]*(?:к|корп|стр|кв|оф)\.?[ \t]*\d{1,5}[\w/]{0,6}){0,3})?")
HU_STREET = re.compile(
    r"[A-ZÁÉÍÓÖŐÚÜŰ][\w-]*(?:[ \t]+[A-ZÁÉÍÓÖŐÚÜŰ][\w-]*){0,2}[ \t]+(?:utca|u\.|út|útja|tér|tere|körút|krt\.|köz|sor|"
    r"sétány|fasor|rakpart|lejtő|dűlő|liget|udvar|lépcső|park|telep)[ \t]+\d{1,4}(?:[/-]\d{1,4})?\.?")
GREEK_MONTHS = ("ιανουαρίου φεβρουαρίου μαρτίου απριλίου μαΐου ιουνίου ιουλίου αυγούστου σεπτεμβρίου οκτωβρίου "
                "νοεμβρίου δεκεμβρίου").split()
GR_STREET = re.compile(
    r"(?<![\w])(?:(?:Οδός|Οδ\.|Λεωφ\.|Λεωφόρος|Πλ\.|Πλατεία|Πάροδος)[ \t]+)?"
    r"([Α-ΩΆΈΉΊΌΎΏ][α-ωάέήίόύώϊϋΐΰς]+(?:[ \t]+[Α-ΩΆΈΉΊΌΎΏ][α-ωάέήίόύώϊϋΐΰς]+)?)[ \t]+\d{1,4}[α-ω]?(?![\w/.,:-]\d)")
GR_GENITIVE = ("ου", "ων", "ας", "ης", "ούς", "ους", "ού", "ών", "άς", "ής")
CZ_STREET = re.compile(r"\b(?:Na|K|Ke|U|Pod|Nad|Za|V|Ve|Před|Pred|Pri|Pri|Do)[ \t]+[^\W\d_][\w-]*(?:[ \t]+[^\W\d_][\w-]*)?"
                       r"[ \t]+\d{1,4}(?:/\d{1,4})?[a-z]?\b")
CZ_LETTERS = re.compile(r"[áčďéěíňóřšťúůýžľĺŕôä]", re.I)
COMPOUND = (r"veien|vegen|gata|gaten|stien|stigen|bakken|bakke|lia|liane|åsen|haugen|svingen|tunet|jordet|skogen|"
            r"myra|myrene|bråten|faret|kroken|løkka|grenda|ringen|plassen|dalen|toppen|lunden|sletta|moen|engen|"
            r"hagen|kollen|brekka|vollen|marka|vika|berget|holmen|stranda|vænget|parken|toften|vangen|højen|marken|"
            r"allé|plads|torv|stræde|gyde|vägen|gatan|gränd|backe|backen|torget|allén|leden|slingan|platsen|baan|"
            r"dijk|gracht|wal|straße|strasse|gasse|weg|laan|straat|vej|gade|veg|vei|gate")
NORDIC_STREET = re.compile(rf"\b([{UP}][\w-]{{1,30}}?(?:{COMPOUND}))[ \t]+\d{{1,4}}[A-Za-z]?\b")
ABBREV_STREET = re.compile(
    r"(?<![\w.])(?:R|Av|Avda|Tv|Trav|Lg|Pç|Pr|Estr|Al|Bc|Cc|Rot|Bd|Bv|Blvd|C|Cl|Pje|Psje|Ctra|Pº|Pso)\.[ \t]+"
    r"[^\W\d_][\w'’.-]*(?:[ \t]+[\w'’.-]+){0,4}?,?[ \t]+(?:N[°º][ \t]*|nº[ \t]*|n\.?[ \t]*)?\d{1,5}[a-zA-Z]?\b")
# Turkish "Atatürk Cad. No: 5", "Gül Sk. No:12/3"; Indonesian and Malay "Jl. Merdeka No. 5", "Gg. Mawar No 7"
TR_STREET = re.compile(
    rf"[{UP}][\w'’.-]*(?:[ \t]+[{UP}][\w'’.-]*){{0,3}}[ \t]+(?:Sk|Sok|Sokak|Sokağı|Cad|Cd|Cadde|Caddesi|Bulvarı|Blv|"
    r"Bulv|Yolu|Mah|Mahallesi|Meydanı)\.?(?:[ \t]*,)?[ \t]+(?:No|Nu|Numara)[:.]?[ \t]*\d{1,5}(?:[/-]\d{1,4})?[A-Za-z]?")
ID_STREET = re.compile(rf"\b(?:Jl|Jln|Jalan|Gg|Gang|Lorong|Lrg)\.?[ \t]+[{UP}][\w'’.-]*(?:[ \t]+[\w'’.-]+){{0,4}}?,?[ \t]+"
                       r"(?:No|Nomor)[:.]?[ \t]*\d{1,5}[A-Za-z]?")
# Spanish "C/ Mayor, 5", "C/ Señores Curas 88"
SLASH_STREET = re.compile(rf"(?<![\w/])C/[ \t]*[{UP}][\w'’.-]*(?:[ \t]+[\w'’.-]+){{0,4}}?,?[ \t]+\d{{1,5}}[a-zA-Z]?\b")
NUMBERED_STREET = re.compile(
    r"\b(?:Boulevard|Bulevar|Avenida|Calle|Diagonal|Pasaje|Camino|Ruta|Rua|Travessa|Calzada|Carrera|Transversal)"
    r"[ \t]+(?:[\w'’.]+[ \t]+){0,4}?(?:N[°º]|nº|No\.|#)[ \t]*\d{1,5}[a-zA-Z]?\b")

# a "name and number" line or list item: letters first (or a house number, then letters), a house number
NAME_NUMBER = re.compile(r"(?:\d{1,5}[a-zA-Z]?,?[ \t]+)?[^\W\d_][\w'’.-]*(?:[ \t]+[^\W\d_][\w'’.-]*){0,4}?,?[ \t]+"
                         r"(?:N[°º][ \t]*|nº[ \t]*|nr\.?[ \t]*)?\d{1,5}[a-zA-Z]?(?:[/-]\d{1,5}[a-zA-Z]?)?"
                         r"(?:[ \t]+(?:int\.?[ \t]*)?\d{1,5}[a-zA-Z]?)?\.?")  # an interior number ("Vargas 846 217")
TOWN_LINE = re.compile(rf"[ \t]*(?:(?:[A-Z]{{1,2}}-)?\d{{3,6}}(?:[ \t]\d{{2}}|-\d{{3}})?[ \t]+)?([{UP}][\w'’.-]*(?:[ \t-]+[\w'’.()-]+){{0,4}})"
                       r"[ \t.]*")
PHONEISH = re.compile(r"\+?\d[\d \t().-]{6,}\d")
POSTCODE_LINE = re.compile(rf"[ \t]*(?:[A-Z]{{1,2}}-)?\d{{4,6}}[ \t]+[{UP}]")
NUMBER_NAME = rf"\d{{1,6}}(?:/\d{{1,5}})?[a-zA-Z]?[ \t]+[{UP}][\w'’.-]*(?:[ \t]+[{UP}][\w'’.-]*){{1,4}}"
NUMBER_LINE = re.compile(NUMBER_NAME)  # "59 Harris Path" on its own line
LIST_ITEM = re.compile(r"(?:^|(?<=[,:;]))[ \t]*(" + NAME_NUMBER.pattern + "|" + NUMBER_NAME + r")[ \t]*,[ \t]*"
                       rf"([{UP}][\w'’.-]*(?:[ \t-]+[\w'’.()-]+){{0,4}}?)[ \t]*(?=[.;]?[ \t]*$|[.;][ \t]|\n)", re.M)


def _plain_words(s: str) -> list[str]:
    return re.findall(r"[^\W\d_][\w'’-]*", s)


def _real_name(s: str) -> bool:
    """At least one word of three letters or more that is not a common word."""
    from .recognizers import _is_common

    return any(len(w) >= 3 and not _is_common(w) for w in _plain_words(s))


def _town(s: str) -> bool:
    """A town line: one to five words, capitalised, no digits after the postcode, not only common words."""
    from .recognizers import _is_common

    words = _plain_words(s)
    return bool(words) and len(words) <= 5 and not any(c.isdigit() for c in s) and \
        not all(_is_common(w) for w in words) and "@" not in s and ":" not in s


def _said(text: str) -> list[Finding]:
    out = []
    for m in ADDRESS_IS.finditer(text):
        g = 1 if m.group(1) is not None else 2
        value = m.group(g)
        # a street starts with a capital, a house number or a street word ("is 12 Main St", "er Myhrefaret 5")
        if any(c.isdigit() for c in value) and _real_name(value) and (value[0].isupper() or value[0].isdigit()):
            s, e = m.span(g)
            while e > s and text[e - 1] in " \t.,":
                e -= 1
            out.append(Finding(s, e, "STREET_ADDRESS", 0.75, "address_said"))
    return out


def _shapes(text: str) -> list[Finding]:
    from .names import _english_form
    from .recognizers import _is_common

    out = []
    if HAS_CYRILLIC.search(text):
        out += [Finding(m.start(), m.end(), "STREET_ADDRESS", 0.75, "street_ru") for m in RU_STREET.finditer(text)]
    if HAS_GREEK.search(text):
        for m in GR_STREET.finditer(text):
            name = m.group(1).split()[-1].casefold()
            prefixed = m.start(1) > m.start()
            digits = re.search(r"\d+", text[m.end(1):m.end()]).group()  # type: ignore[union-attr]
            if name in GREEK_MONTHS or (len(digits) == 4 and digits[:2] in ("19", "20")):
                continue
            if prefixed or name.endswith(GR_GENITIVE):
                out.append(Finding(m.start(), m.end(), "STREET_ADDRESS", 0.7, "street_gr"))
    for rx, src in ((HU_STREET, "street_hu"), (ABBREV_STREET, "street_abbrev"), (NUMBERED_STREET, "street_numbered"),
                    (TR_STREET, "street_tr"), (ID_STREET, "street_id"), (SLASH_STREET, "street_slash")):
        out += [Finding(m.start(), m.end(), "STREET_ADDRESS", 0.7, src) for m in rx.finditer(text)]
    for m in CZ_STREET.finditer(text):
        if CZ_LETTERS.search(m.group()):
            out.append(Finding(m.start(), m.end(), "STREET_ADDRESS", 0.7, "street_cz"))
    for m in NORDIC_STREET.finditer(text):
        word = m.group(1)
        if not (_is_common(word) or _english_form(word)):
            out.append(Finding(m.start(), m.end(), "STREET_ADDRESS", 0.7, "street_compound"))
    return out


def _blocks(text: str) -> list[Finding]:
    """Address blocks: a short "name and number" line between short lines, with a phone number, an e-mail or a
    postcode line within three lines; the town line under it too."""
    lines = _line_spans(text)
    if len(lines) < 3:
        return []
    out = []
    for i, (a, b) in enumerate(lines):
        line = text[a:b]
        if not (0 < len(line.strip()) <= 60) or ":" in line or "@" in line or line.count(",") > 1:
            continue
        m = NAME_NUMBER.fullmatch(line.strip()) or NUMBER_LINE.fullmatch(line.strip())
        if not m or not _real_name(line) or sum(c.isdigit() for c in line) > 8:
            continue
        prev = text[lines[i - 1][0]:lines[i - 1][1]].strip() if i > 0 else ""
        nxt = text[lines[i + 1][0]:lines[i + 1][1]] if i + 1 < len(lines) else ""
        if not prev or not nxt.strip() or len(prev) > 60 or len(nxt) > 60:
            continue
        near = [text[x:y] for x, y in lines[max(0, i - 3):i + 4]]
        if not any(PHONEISH.search(s) or "@" in s or POSTCODE_LINE.match(s) for s in near):
            continue
        s = a + (len(line) - len(line.lstrip()))
        # above a name's 0.75: a street named after a person ("Viaducto Norte Vargas 846") is the street
        out.append(Finding(s, a + len(line.rstrip()), "STREET_ADDRESS", 0.8, "address_block"))
        t = TOWN_LINE.fullmatch(nxt)
        if t and _town(t.group(1)) and not PHONEISH.search(nxt):
            na, _ = lines[i + 1]
            out.append(Finding(na + t.start(1), na + t.end(1), "LOCATION", 0.7, "address_block_town"))
    return out


def _line_spans(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    while True:
        k = text.find("\n", pos)
        if k < 0:
            out.append((pos, len(text)))
            return out
        out.append((pos, k))
        pos = k + 1


def _lists(text: str) -> list[Finding]:
    """"..., Myhrefaret 5, Trondstrøm." in a line that also holds a phone number or an e-mail."""
    out = []
    for m in LIST_ITEM.finditer(text):
        a = text.rfind("\n", 0, m.start()) + 1
        z = text.find("\n", m.end())
        line = text[a:z if z >= 0 else len(text)]
        if not (PHONEISH.search(line) or "@" in line) or not _real_name(m.group(1)):
            continue
        if not _town(m.group(2)):
            continue
        s = m.start(1)
        out.append(Finding(s, s + len(m.group(1).rstrip(" ,")), "STREET_ADDRESS", 0.7, "address_list"))
        a, z = m.span(2)
        while z > a and text[z - 1] in ". ":
            z -= 1
        out.append(Finding(a, z, "LOCATION", 0.65, "address_list_town"))
    return out


def streets(text: str) -> list[Finding]:
    """Street addresses (and the town of an address block or list) in ``text``."""
    if HAS_DIGIT.search(text) is None:
        return []
    out = _said(text) + _shapes(text)
    if "\n" in text:
        out += _blocks(text)
    if "," in text:
        out += _lists(text)
    return out
