"""What licences say: the terms and obligations of SPDX licences, and which share-alike licences combine.

The SPDX list and each licence's category (Permissive, Copyleft, Copyleft Limited, Public Domain, ...) come
from ``license-expression``'s bundled ScanCode LicenseDB index; this module adds only what that index does not
say: non-commercial and no-derivatives clauses, attribution and notice duties, and share-alike compatibility.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from license_expression import Licensing, get_license_index, get_spdx_licensing

PERMISSIVE = {"Permissive"}
PUBLIC_DOMAIN = {"Public Domain"}
STRONG_COPYLEFT = {"Copyleft"}
WEAK_COPYLEFT = {"Copyleft Limited"}

_CC = re.compile(r"^CC-BY(?P<parts>(-[A-Z]{2})*)-(?P<version>\d\.\d)(-[A-Z]{2,})?$")


@lru_cache(maxsize=1)
def licensing() -> Licensing:
    """The SPDX licensing (ids, aliases, exceptions), case-insensitive; built once."""
    return get_spdx_licensing()


@lru_cache(maxsize=1)
def _categories() -> dict[str, str]:
    cats: dict[str, str] = {}
    for entry in get_license_index():
        for key in [entry.get("spdx_license_key"), *(entry.get("other_spdx_license_keys") or [])]:
            if key and not key.startswith("LicenseRef-"):
                cats.setdefault(key, entry.get("category") or "Unstated License")
    return cats


def category(spdx_id: str) -> str | None:
    """ScanCode LicenseDB category of an SPDX id, e.g. 'Permissive'; None when not an SPDX id."""
    return _categories().get(spdx_id)


def is_spdx(spdx_id: str) -> bool:
    return spdx_id in _categories()


@dataclass(frozen=True)
class Terms:
    """What one licence requires or forbids, in the terms the gate reasons with."""

    spdx_id: str
    category: str | None
    noncommercial: bool = False
    no_derivatives: bool = False
    share_alike: bool = False  # derived works must carry the same (or a compatible) licence
    strong: bool = False  # share-alike reaches the whole combined work (GPL, CC-BY-SA), not single files
    attribution: bool = False  # credit the author / licensor
    notice: bool = False  # keep the licence text and copyright notices
    state_changes: bool = False  # say that the material was modified

    @property
    def known(self) -> bool:
        return self.category is not None


@lru_cache(maxsize=4096)
def terms(spdx_id: str) -> Terms:
    """Terms of one SPDX licence id (canonical spelling); unknown ids get a Terms with category None."""
    cat = category(spdx_id)
    m = _CC.match(spdx_id)
    if m:  # Creative Commons: the id spells its terms out (BY, NC, ND, SA)
        parts = set(m.group("parts").split("-")) - {""}
        nc, nd, sa = "NC" in parts, "ND" in parts, "SA" in parts
        return Terms(spdx_id, cat, noncommercial=nc, no_derivatives=nd, share_alike=sa, strong=sa,
                     attribution=True, notice=True, state_changes=m.group("version") >= "4.0")
    if cat is None:
        return Terms(spdx_id, None)
    if cat in PUBLIC_DOMAIN:
        return Terms(spdx_id, cat)
    sa = cat in STRONG_COPYLEFT or cat in WEAK_COPYLEFT
    return Terms(spdx_id, cat, share_alike=sa, strong=cat in STRONG_COPYLEFT,
                 attribution=spdx_id.startswith(("ODC-By", "CDLA-", "Apache-")),
                 notice=cat not in PUBLIC_DOMAIN,
                 state_changes=spdx_id.startswith(("Apache-2", "GPL-", "AGPL-", "LGPL-")))


# --------------------------------------------------------------------------- obligations


def obligations(t: Terms) -> list[tuple[str, str]]:
    """``(kind, what to do)`` for each duty a licence places on whoever trains on and ships the result."""
    out: list[tuple[str, str]] = []
    if t.attribution:
        out.append(("attribution", f"credit the licensor as {t.spdx_id} requires, with a link to the source"))
    if t.notice:
        out.append(("notice", f"keep the {t.spdx_id} licence text and copyright notices with what is shipped"))
    if t.state_changes:
        out.append(("state-changes", f"state that the material was modified ({t.spdx_id})"))
    if t.share_alike:
        reach = "the trained model and any work built from it" if t.strong else "modified files of this source"
        out.append(("share-alike", f"share {reach} under {t.spdx_id} or a compatible licence"))
    if t.noncommercial:
        out.append(("non-commercial", f"no commercial use ({t.spdx_id})"))
    if t.no_derivatives:
        out.append(("no-derivatives", f"no adapted material may be shared ({t.spdx_id})"))
    return out


# --------------------------------------------------------------------------- share-alike compatibility

# (from, to): material under ``from`` may be combined into a work released under ``to``. Sources: CC's
# compatible-licences list (BY-SA 4.0 -> GPLv3), FSF's licence list (GPL "or later", LGPL -> GPL, AGPLv3 s.13).
_ONE_WAY: set[tuple[str, str]] = {
    ("CC-BY-SA-3.0", "CC-BY-SA-4.0"),
    ("CC-BY-SA-4.0", "GPL-3.0-only"), ("CC-BY-SA-4.0", "GPL-3.0-or-later"),
    ("GPL-2.0-or-later", "GPL-3.0-only"), ("GPL-2.0-or-later", "GPL-3.0-or-later"),
    ("GPL-3.0-or-later", "GPL-3.0-only"), ("GPL-3.0-only", "AGPL-3.0-only"),
    ("GPL-3.0-or-later", "AGPL-3.0-only"), ("GPL-3.0-or-later", "AGPL-3.0-or-later"),
    ("GPL-3.0-only", "AGPL-3.0-or-later"),
    ("LGPL-2.1-only", "GPL-2.0-only"), ("LGPL-2.1-or-later", "GPL-2.0-or-later"),
    ("LGPL-2.1-or-later", "GPL-3.0-only"), ("LGPL-3.0-only", "GPL-3.0-only"),
    ("LGPL-3.0-or-later", "GPL-3.0-or-later"), ("LGPL-3.0-or-later", "GPL-3.0-only"),
    ("MPL-2.0", "GPL-2.0-or-later"), ("MPL-2.0", "GPL-3.0-only"), ("MPL-2.0", "GPL-3.0-or-later"),
    ("MPL-2.0", "LGPL-2.1-or-later"), ("MPL-2.0", "AGPL-3.0-only"),
    ("EUPL-1.2", "GPL-2.0-only"), ("EUPL-1.2", "GPL-3.0-only"), ("EUPL-1.2", "AGPL-3.0-only"),
    ("EUPL-1.2", "MPL-2.0"), ("EUPL-1.2", "LGPL-2.1-only"), ("EUPL-1.2", "EPL-1.0"),
}


def can_flow_into(src: str, dst: str) -> bool:
    """Whether share-alike material under ``src`` may be released as part of a work under ``dst``."""
    if src == dst:
        return True
    t = terms(src)
    if not t.share_alike:
        return True  # a permissive licence flows into anything (its notices still travel)
    return (src, dst) in _ONE_WAY


def combinable(a: str, b: str) -> str | None:
    """The licence the combination of two share-alike licences can be released under, or None."""
    if can_flow_into(a, b):
        return b
    if can_flow_into(b, a):
        return a
    return None


# --------------------------------------------------------------------------- what a folder says about itself

_TEXT_SIGNATURES: list[tuple[str, re.Pattern[str]]] = [
    ("Apache-2.0", re.compile(r"Apache License,?\s+Version 2\.0", re.I)),
    ("AGPL-3.0-only", re.compile(r"GNU AFFERO GENERAL PUBLIC LICENSE\s+Version 3", re.I)),
    ("LGPL-3.0-only", re.compile(r"GNU LESSER GENERAL PUBLIC LICENSE\s+Version 3", re.I)),
    ("LGPL-2.1-only", re.compile(r"GNU LESSER GENERAL PUBLIC LICENSE\s+Version 2\.1", re.I)),
    ("GPL-3.0-only", re.compile(r"GNU GENERAL PUBLIC LICENSE\s+Version 3", re.I)),
    ("GPL-2.0-only", re.compile(r"GNU GENERAL PUBLIC LICENSE\s+Version 2", re.I)),
    ("MPL-2.0", re.compile(r"Mozilla Public License,?\s+(Version|v\.?)\s*2\.0", re.I)),
    ("CC-BY-NC-SA-4.0", re.compile(r"Attribution-NonCommercial-ShareAlike 4\.0 International", re.I)),
    ("CC-BY-NC-ND-4.0", re.compile(r"Attribution-NonCommercial-NoDerivatives 4\.0 International", re.I)),
    ("CC-BY-NC-4.0", re.compile(r"Attribution-NonCommercial 4\.0 International", re.I)),
    ("CC-BY-ND-4.0", re.compile(r"Attribution-NoDerivatives 4\.0 International", re.I)),
    ("CC-BY-SA-4.0", re.compile(r"Attribution-ShareAlike 4\.0 International", re.I)),
    ("CC-BY-4.0", re.compile(r"Attribution 4\.0 International", re.I)),
    ("CC0-1.0", re.compile(r"CC0 1\.0 Universal", re.I)),
    ("BSD-3-Clause", re.compile(r"Neither the name of .{0,200}? nor the names of", re.I | re.S)),
    ("MIT", re.compile(r"Permission is hereby granted, free of charge, to any person obtaining a copy", re.I)),
    ("Unlicense", re.compile(r"This is free and unencumbered software released into the public domain", re.I)),
]


def identify_license_text(text: str) -> str | None:
    """SPDX id of a well-known licence from its text (first match in a fixed, specific-first order)."""
    head = text[:20000]
    for spdx_id, pattern in _TEXT_SIGNATURES:
        if pattern.search(head):
            return spdx_id
    return None
