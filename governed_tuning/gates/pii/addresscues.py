"""The whole postal address a writer gives after an address cue, in some thirty languages: its street and house
number, its postcode and its town, in whatever order the country writes them and whatever script the town is in.

Why: the street patterns find a street by its shape ("Hauptstraße 5", "ul. Polna 5", "Köztársaság tér 117"), and
a street named after a person with no street word ("Anton Aškerc 41", "A. Jiráska 12") or written in another
script has no shape to find; and a street found alone leaves the postcode and the town beside it ("<STREET>,
1233 Blanca"), which is still the address. After a cue ("my address is", "send it to", "Moj naslov je",
"Pošlete to prosím na", "Bitte an", "Lūdzu, sūtiet uz", "عنواني هو", "X पर भेजें") the writer gives an address
and nothing else, so the clause after it is taken whole when it is shaped like one:

- it holds a number (a house number or a postcode) and a name (a word of three letters or more that is not an
  ordinary word), and starts with a number, a capital, or a letter of a script without capitals;
- it is not a time, a date, a price or an amount ("send to John by 5 pm", "deliver to 3 people");
- it ends where the clause ends: a sentence's full stop (not an abbreviation's: "ul.", "Prom.", "Str."), a line
  break, or a word of thanks or a new clause after a comma ("..., thanks", "..., merci", "... and call me").

One vocabulary of cues, one pattern; a cue that follows its value (Hindi "X पर भेजें", Turkish "X adresine")
has its own. Linear: the cue pattern is searched through ``prefilter.fast``, the value is read within its line
and 120 characters.
"""

from __future__ import annotations

import re

from .prefilter import fast
from .recognizers import Finding, building_parts_only

__all__ = ["cued_addresses", "ADDRESS_CUES"]

# what people write right before the address they give, per language (lower case; "X" is where the address
# stands). English objects ("ship it to", "send the parcel to") are read by the pattern below.
ADDRESS_CUES = {
    "en": "my address is|my new address is|our address is|our new address is|the address is|my home address is|"
          "my address:|shipping address:|delivery address:|mailing address:|postal address:|home address:",
    "de": "meine adresse ist|meine neue adresse ist|unsere adresse ist|meine anschrift ist|meine adresse:|"
          "lieferadresse:|anschrift:|bitte an|an folgende adresse:|an die adresse|schicken sie es an|senden sie es an|"
          "schicken sie das paket an|liefern sie an|bitte liefern an|bitte schicken an|bitte senden an",
    "fr": "mon adresse est|ma nouvelle adresse est|notre adresse est|mon adresse :|mon adresse:|adresse de livraison :|"
          "envoyez-le à|envoyez-la à|envoyez-les à|envoyez à|livrez à|livrez-le à|livrer à|expédiez à|à l'adresse|"
          "à l’adresse",
    "es": "mi dirección es|mi nueva dirección es|nuestra dirección es|mi domicilio es|envíenlo a|envíenla a|envíen a|"
          "enviar a|entréguenlo en|entregar en|mándenlo a|dirección de envío:|en la dirección",
    "it": "il mio indirizzo è|il mio nuovo indirizzo è|il nostro indirizzo è|speditelo a|speditela a|spedite a|"
          "spedire a|consegnate a|consegnatelo a|inviate a|inviatelo a|all'indirizzo|all’indirizzo",
    "pt": "a minha morada é|minha morada é|o meu endereço é|meu endereço é|meu novo endereço é|enviem para|"
          "enviar para|entreguem em|entregar em|mandem para|no endereço|para o endereço",
    "nl": "mijn adres is|mijn nieuwe adres is|ons adres is|stuur het naar|stuur naar|graag bezorgen op|bezorgen op|"
          "bezorg op|leveren op|verzenden naar|op het adres|naar het adres",
    "sv": "min adress är|min nya adress är|vår adress är|skicka det till|skicka den till|skicka till|"
          "leverera till|på adressen",
    "da": "min adresse er|min nye adresse er|vores adresse er|send den til|send det til|send pakken til|"
          "lever til|lever venligst til|levér til|på adressen",
    "no": "adressen min er|min adresse er|min nye adresse er|vår adresse er|send den til|send det til|"
          "send pakken til|lever til|på adressen",
    "fi": "osoitteeni on|uusi osoitteeni on|osoitteemme on|lähettäkää se osoitteeseen|lähettäkää osoitteeseen|"
          "toimitus osoitteeseen|toimittakaa osoitteeseen|osoitteeseen|osoitteessa",
    "pl": "mój adres to|mój adres:|mój nowy adres to|nasz adres to|proszę wysłać na adres|proszę wysłać na|"
          "wyślijcie na|wyślij na|wysłać na|na adres",
    "cs": "moje adresa je|moje nová adresa je|naše adresa je|pošlete to prosím na|pošlete to na|pošlete na|"
          "pošlete prosím na|doručte na adresu|doručte na|na adresu|na adrese",
    "sk": "moja adresa je|moja nová adresa je|naša adresa je|pošlite to na|pošlite na|pošlite prosím na|"
          "doručte na adresu|doručte na|na adresu|na adrese",
    "sl": "moj naslov je|moj novi naslov je|naš naslov je|prosim, pošljite na|pošljite na|pošljite prosim na|"
          "dostavite na|na naslov",
    "hr": "moja adresa je|moja nova adresa je|naša adresa je|molim pošaljite na|pošaljite na|dostavite na adresu|"
          "dostavite na|na adresu",
    "sr": "moja adresa je|pošaljite na|моја адреса је|пошаљите на",
    "hu": "a címem|címem|az új címem|a lakcímem|küldjék ide:|küldje ide:|küldjétek ide:|"
          "szállítsák erre a címre:|erre a címre:|erre a címre|a következő címre:|a következő címre",
    "ro": "adresa mea este|noua mea adresă este|adresa noastră este|vă rog trimiteți la|trimiteți la|"
          "trimiteți-l la|livrați la|la adresa",
    "lv": "mana adrese ir|mana jaunā adrese ir|mūsu adrese ir|lūdzu, sūtiet uz|sūtiet uz|piegādājiet uz|"
          "uz adresi",
    "lt": "mano adresas yra|mano adresas:|mano naujas adresas yra|mūsų adresas yra|prašau siųsti į|siųskite į|"
          "siųsti į|pristatykite adresu|pristatykite į|adresu",
    "et": "minu aadress on|minu uus aadress on|meie aadress on|palun saatke aadressil|saatke aadressil|"
          "palun saatke aadressile|saatke aadressile|toimetage aadressile|aadressile|aadressil",
    "el": "η διεύθυνσή μου είναι|η νέα διεύθυνσή μου είναι|η διεύθυνσή μας είναι|στείλτε το στη διεύθυνση|"
          "στείλτε το στο|στείλτε στη διεύθυνση|στη διεύθυνση|παραδώστε στο|παραδώστε στη",
    "ru": "мой адрес:|мой адрес|мой новый адрес:|наш адрес:|отправьте, пожалуйста, на|отправьте на|"
          "доставьте по адресу|доставьте на|пришлите на|по адресу",
    "uk": "моя адреса:|моя адреса|моя нова адреса:|наша адреса:|надішліть, будь ласка, на|надішліть на|"
          "доставте за адресою|доставте на|за адресою",
    "bg": "моят адрес е|адресът ми е|изпратете на|доставете на",
    "tr": "adresim|yeni adresim|adresimiz|şu adrese gönderin:|şu adrese gönderin|bu adrese gönderin:|"
          "teslimat adresi:|teslimat adresim",
    "sw": "anwani yangu ni|anwani yangu mpya ni|anwani yetu ni|tafadhali tuma kwa|tuma kwa|nitumie kwa|"
          "peleka kwa|wasilisha kwa",
    "id": "alamat saya|alamat baru saya|alamat kami|tolong kirim ke|kirim ke|kirimkan ke|antar ke|alamat pengiriman:",
    "tl": "ang address ko ay|ang aking address ay|ipadala sa|pakipadala sa",
    "vi": "địa chỉ của tôi là|địa chỉ mới của tôi là|gửi đến|gửi tới|giao đến|giao tới",
    "ca": "la meva adreça és|envieu-ho a|envieu a",
    "hi": "मेरा पता है|मेरा पता|मेरा नया पता है|हमारा पता है",
    "ar": "عنواني هو|عنواني الجديد هو|عنواني|عنواننا هو|أرسلوا إلى|أرسلوه إلى|أرسل إلى|يرجى التوصيل إلى|"
          "التوصيل إلى|الرجاء الإرسال إلى",
    "fa": "آدرس من|آدرس جدید من|نشانی من|ارسال به",
    "he": "הכתובת שלי היא|הכתובת שלי|שלחו אל|שלחו ל",
    # where one lives or can be found, before a street ("I stay at CMC Road, House No. 157, Adama", "Ich wohne in
    # der Hauptstraße 5", "bydlím na Dlouhá 12"): the value must still be shaped like an address
    "live at": "i live at|we live at|i stay at|we stay at|i'm staying at|i am staying at|i'm at|i am at|"
               "find me at|located at|visit us at|we're at|we are at|ich wohne in der|ich wohne am|wir wohnen in der|"
               "j'habite au|j'habite rue|j'habite avenue|j’habite au|vivo en la calle|vivo en calle|vivo na rua|"
               "moro na rua|abito in via|abito in viale|bydlím na|bydlím v ulici|mieszkam na|mieszkam przy|"
               "stanujem na|živim na|живу на улице|живу по адресу|проживаю по адресу|живу на вулиці|"
               "saya tinggal di jalan|tinggal di jl|ninaishi|naishi",
}
_CUES = "|".join(sorted({re.escape(c).replace(r"\ ", r"[ \t]+") for cs in ADDRESS_CUES.values() for c in cs.split("|")},
                        key=len, reverse=True))
_ENGLISH_SEND = (r"(?:please[ \t]+)?(?:ship|send|deliver|mail|post|forward|dispatch|courier)"
                 r"(?:[ \t]+(?:it|this|them|everything|the[ \t]+\w+|my[ \t]+\w+|our[ \t]+\w+))?[ \t]+to")
CUE = fast(re.compile(rf"(?i)(?<![\w])(?:{_CUES}|{_ENGLISH_SEND})(?![\w])[ \t]*[:：—-]?[ \t]*"))
# a cue after its value: Hindi "X पर भेजें" (send to X), Turkish "X adresine gönderin"
POST_CUE = re.compile(r"[ \t]+(?:पर[ \t]+(?:भेजें|भेज[ \t]+दें|भेजिए|भेजना|डिलीवर[ \t]+करें|पहुँचाएँ|पहुंचाएं)|"
                      r"adresine[ \t]+(?:gönderin|gönderir|yollayın|teslim))")
POST_LEAD = re.compile(r"(?:कृपया|(?i:lütfen))[ \t]+")

# where the value ends: a sentence's full stop after a word of four letters or more or after a number (not an
# abbreviation's: "ul.", "Prom.", "Str.", "No."), "!", "?", ";", the full stops of other scripts
VALUE_END = re.compile(r"(?:(?<=[^\W\d_]{4})|(?<=\d)|(?<=[\u0590-\u0dff\u3040-\u9fff\uac00-\ud7af]))\.(?=[ \t]|$)"
                       r"|[!?;。！？।]")
# a comma or a space, then words that open a new clause, not the address: thanks, a request, a time
CLAUSE_AFTER = re.compile(
    r"(?i)[ \t]*,?[ \t]+(?:please|pls|thanks|thank[ \t]+you|thx|cheers|asap|and[ \t]+(?:call|text|email|let)|"
    r"by[ \t]+\d|before|until|tomorrow|today|merci|s'il|svp|danke|bitte[ \t]+(?!an)|vielen|gracias|por[ \t]+favor|"
    r"grazie|per[ \t]+favore|obrigad[oa]|por[ \t]+favor|bedankt|alvast|dank|tack|takk|tak|kiitos|dziękuję|dzięki|"
    r"děkuji|díky|ďakujem|hvala|najlepša|köszönöm|köszi|mulțumesc|paldies|ačiū|aitäh|ευχαριστώ|спасибо|"
    r"дякую|teşekkür|teşekkürler|asante|terima[ \t]+kasih|makasih|salamat|cảm[ \t]+ơn|gràcies|धन्यवाद|شكرا|"
    r"شكراً|ممنون|תודה|谢谢|謝謝|من[ \t]+فضلك|من[ \t]+فضلكم|لو[ \t]+سمحت|رجاءً|رجاء|لطفا|لطفاً)(?![\w])")
# a number no address holds alone: a time, a price, an amount of things ("by 5 pm", "3 people", "50 EUR")
NOT_ADDRESS = re.compile(r"(?i)\d{1,2}[:.]\d{2}(?![\d])|\d[ \t]*(?:am|pm|h|uhr|€|eur|usd|\$|%|kg|people|persons|"
                         r"items|pcs|days|hours|minutes)(?![\w])|[$€£]\s*\d|@|https?:|www\.")
NAME_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
# a street word written in lower case at the value's start ("al. Szerokie Łąki 92", "ul. Polna 5", "via Roma 3")
LOWER_STREET = re.compile(r"(?:ul|al|pl|os|ulica|aleja|via|viale|rue|calle|c/|rua|avenida|av|str|strada|cesta|iela|"
                          r"utca|út|tér|вул|ул|пр|пер|просп|jl|jalan|gatan|vej|vei|katu|tie)(?:\.|[ \t])")
# one comma-separated part of an address that holds its number: a house number or postcode first, then a name
# ("127 Zamalek", "1029 Budapest", "00-990 Puck"); a name, then the number at the part's end ("Anton Aškerc 41",
# "Latema Road 56"); the number after a house word ("House No. 157", "Nr. 5")
NUMBER_FIRST = re.compile(r"\d[\d \t/-]{0,8}[A-Za-z]?[ \t]+[^\W\d_](?<![a-z])")
NUMBER_LAST = re.compile(r"[^\n]*[^\W\d_][^\n]*?[ \t.]\d{1,5}[A-Za-z]?(?:[/-]\d{1,5}[A-Za-z]?)?\.?")
HOUSE_NUMBER = re.compile(r"(?i:house|home|plot|flat|apt|apartment|no|nr|n°|nº|number|building|bldg|casa|haus)\.?"
                          r"[ \t]*(?:no\.?[ \t]*)?\d")


def _number_part(part: str) -> bool:
    return bool(NUMBER_FIRST.match(part) or NUMBER_LAST.fullmatch(part) or HOUSE_NUMBER.match(part))
MAX_VALUE = 120
NEXT_LABEL = re.compile(r"[ \t,]+[^\W\d_][\w-]{0,14}[ \t]*[:：]")
YEAR_ONLY = re.compile(r"[^\d]*(?<!\d)(?:19|20)\d{2}(?!\d)[^\d]*")
POSTCODE_DIGITS = re.compile(r"(?<!\d)(?:\d{4,6}|\d{2,3}[ -]\d{2,3})(?!\d)")
# abbreviations of four letters or more whose full stop ends no sentence ("Prom. De Champagne 53")
ABBREVIATIONS = frozenset("prom blvd avda ctra trav bldg nám sokak cad bulv str".split())
TRAILING_LOWER = re.compile(r"(?:[ \t]+[a-zà-öø-ÿ\u0430-\u044f\u03b1-\u03c9][\w'’-]*)+$")


def _shaped(value: str) -> bool:
    """A number, a name that is no ordinary word, a start that a street or a postcode has, and no time, price
    or amount; at most sixteen words."""
    from .names import _english_form
    from .recognizers import _is_common

    if not any(c.isdigit() for c in value) or NOT_ADDRESS.search(value):
        return False
    if not (value[0].isdigit() or value[0].isupper() or _caseless(value[0]) or LOWER_STREET.match(value)):
        return False  # a lower-case Latin, Cyrillic or Greek word: prose ("send to my office 2")
    words = NAME_WORD.findall(value)
    if not words or len(value.split()) > 16:
        return False
    parts = [p.strip() for p in re.split(r"[,،，、]", value)]
    if len(parts) == 1 and YEAR_ONLY.fullmatch(value):
        return False  # "I'm at Gamescom 2024": an event and its year
    if building_parts_only(value):
        return False  # "I'm at Room 4, floor 3": parts of a building, no street
    if not any(_number_part(p) for p in parts):
        return False  # "Herrn Müller 2 Kopien": a number inside words, no address's number
    if any(_caseless(w[0]) or (len(w) >= 3 and not _is_common(w.strip(".")) and not _english_form(w.strip(".")))
           for w in words):
        return True
    # a street and a town with a postcode, in English words or town names WordNet knows ("54948 Nancy, Du Berger
    # 168"): two parts with letters and a number of a postcode's length
    return sum(1 for p in parts if NAME_WORD.search(p)) >= 2 and POSTCODE_DIGITS.search(value) is not None


def _caseless(c: str) -> bool:
    """A letter of a script without capitals (Arabic, Hebrew, Devanagari, Han, Hangul, kana, Thai ...)."""
    return c.isalpha() and c.lower() == c.upper()


def _end(text: str, s: int) -> int:
    """Where the value that starts at ``s`` ends (see ``VALUE_END``, ``CLAUSE_AFTER``), within its line."""
    z = text.find("\n", s, s + MAX_VALUE)
    z = min(len(text), s + MAX_VALUE) if z < 0 else z
    e = z
    for m in VALUE_END.finditer(text, s, z):
        w = NAME_WORD.search(text, max(s, m.start() - 6), m.start())
        if m.group() == "." and w is not None and w.group().casefold() in ABBREVIATIONS:
            continue
        e = m.start()
        break
    c = CLAUSE_AFTER.search(text, s, e)
    if c is not None:
        e = c.start()
    lab = NEXT_LABEL.search(text, s, e)
    if lab is not None:
        e = lab.start()  # "ship to 33/7020 இசைக்கலை UID: 4635 2892 5613": the next field's label ends the address
    while e > s and text[e - 1] in " \t,،、，":
        e -= 1
    # a verb closing the clause, after the address ("Bitte an Hauptstraße 5, 8010 Graz liefern"): lower-case words
    # at the end are no town's
    t = TRAILING_LOWER.search(text, s, e)
    return t.start() if t is not None and t.start() > s else e


def cued_addresses(text: str) -> list[Finding]:
    """The addresses given after a cue (or before a cue that follows its value), whole: street, number, postcode
    and town (``STREET_ADDRESS``)."""
    if not any(c.isdigit() for c in text):
        return []
    out = []
    for m in CUE.finditer(text):
        s = m.end()
        e = _end(text, s)
        if e - s >= 3 and _shaped(text[s:e]):
            out.append(Finding(s, e, "STREET_ADDRESS", 0.75, "address_cue"))
    if "पर" in text or "adresine" in text:
        for m in POST_CUE.finditer(text):
            a = max(text.rfind("\n", 0, m.start()) + 1, m.start() - MAX_VALUE)
            lead = None
            for lead in POST_LEAD.finditer(text, a, m.start()):
                pass
            s = lead.end() if lead is not None else a
            while s < m.start() and text[s] in " \t":
                s += 1
            if m.start() - s >= 3 and _shaped(text[s:m.start()]):
                out.append(Finding(s, m.start(), "STREET_ADDRESS", 0.75, "address_cue"))
    return out
