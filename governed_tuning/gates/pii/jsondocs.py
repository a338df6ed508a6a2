"""JSON documents held as text inside a record, at any depth: decoded so that they are read as records are,
and written back as JSON text in the style they came in.

Why: the formats users hand over keep whole records inside strings. An OpenAI chat's tool call carries its
``arguments`` as a JSON string (``messages[].tool_calls[].function.arguments``), a tool's result comes back as
JSON text in ``content``, ShareGPT's ``function_call`` and ``observation`` turns hold JSON in ``value``, a
``metadata`` field is a serialised blob, a CSV cell or a Parquet struct's string holds an event whose
``details`` are JSON again. Read as text, ``{"holder": "Ana Lima", "city": "Tampere"}`` lost its keys as
context (the town was left), a phone stored as a JSON number was a bare number, and a key that is an e-mail
address was just characters. Decoded, every key, number and value is read as any record's is
(``fields.slots``: keys that are personal data renamed, numbers read under their key, names under a person's
key taken whole), and the document is written back as JSON text.

Each decoded document is a ``DocDict`` or ``DocList``: a plain dict or list that remembers the text it came
from. The scrub and the re-scan's rounds change it in place like any part of a record; ``encode`` then writes
every document back, innermost first: the original text, byte for byte, when nothing in it changed, else the
scrubbed document as JSON with the text's own separators, indentation and escaping.

Bounds: a string is decoded only up to ``MAX_TEXT`` characters, documents are decoded inside documents only
``MAX_NESTING`` levels deep, and a document nested more than ``MAX_DEPTH`` containers deep (or that the JSON
parser refuses: malformed, truncated) is kept as the text it is, and read as text: nothing is lost, and a
malformed document costs nothing more than a string does.
"""

from __future__ import annotations

import json
import re
from typing import Any

MAX_TEXT = 1 << 20  # a string up to this long that is a JSON object or array is read as one
MAX_NESTING = 4  # documents decoded inside documents (a CSV cell's event whose "details" are JSON again)
MAX_DEPTH = 64  # containers nested within one document; deeper ones are read as text (bounded recursion)


class DocDict(dict):
    """A JSON object decoded from ``text`` (``was``: its canonical JSON as decoded, before inner documents were)."""

    text: str = ""
    was: str = ""


class DocList(list):
    """A JSON array decoded from ``text`` (see ``DocDict``)."""

    text: str = ""
    was: str = ""


def is_document(value: Any) -> bool:
    return isinstance(value, (DocDict, DocList))


def _canonical(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False)


def _depth(doc: Any) -> int:
    """How many containers deep ``doc`` is (iteratively: a deep document must not exhaust the stack here)."""
    deepest, stack = 0, [(doc, 1)]
    while stack:
        v, d = stack.pop()
        if d > deepest:
            deepest = d
            if d > MAX_DEPTH:
                break
        if isinstance(v, dict):
            stack.extend((x, d + 1) for x in v.values() if isinstance(x, (dict, list)))
        elif isinstance(v, list):
            stack.extend((x, d + 1) for x in v if isinstance(x, (dict, list)))
    return deepest


def parse(text: str) -> dict | list | None:
    """The JSON object or array ``text`` holds (surrounding white space allowed), or None: not JSON, malformed,
    empty, too long or too deep (then it is read as text)."""
    if not 2 <= len(text) <= MAX_TEXT or text[0] not in "{[ \t\r\n" or text[-1] not in "}] \t\r\n":
        return None  # (most strings: decided by two characters, without copying the text)
    t = text.strip()
    if (t[:1], t[-1:]) not in (("{", "}"), ("[", "]")):
        return None
    try:
        doc = json.loads(t)
    except (ValueError, RecursionError):
        return None
    if not isinstance(doc, (dict, list)) or not doc or _depth(doc) > MAX_DEPTH:
        return None
    return doc


def _mark(doc: dict | list, text: str, was: str) -> DocDict | DocList:
    out: DocDict | DocList = DocDict(doc) if isinstance(doc, dict) else DocList(doc)
    out.text, out.was = text, was
    return out


def _decode(value: Any, nesting: int) -> Any:
    """``value`` with its JSON strings decoded (containers copied only where something inside was decoded, so
    the input is never changed); ``nesting``: how many documents ``value`` is inside already."""
    if isinstance(value, str):
        if nesting >= MAX_NESTING:
            return value
        doc = parse(value)
        if doc is None:
            return value
        return _mark(_decode(doc, nesting + 1), value, _canonical(doc))
    if isinstance(value, dict):
        out = None
        for k, v in value.items():
            d = _decode(v, nesting)
            if d is not v:
                if out is None:
                    out = copy_container(value)
                out[k] = d
        return value if out is None else out
    if isinstance(value, list):
        lout = None
        for i, v in enumerate(value):
            d = _decode(v, nesting)
            if d is not v:
                if lout is None:
                    lout = copy_container(value)
                lout[i] = d
        return value if lout is None else lout
    return value


def decode_record(record: dict[str, Any]) -> tuple[dict[str, Any], bool]:
    """``record`` with every JSON document in its strings decoded, at any depth (a shallow copy along the paths
    that changed; the input is not changed), and whether it held any."""
    out = _decode(record, 0)
    return out, out is not record


def copy_container(value: Any) -> Any:
    """A shallow copy of a dict or list that keeps a document's type and text."""
    if isinstance(value, (DocDict, DocList)):
        c = type(value)(value)
        c.text, c.was = value.text, value.was
        return c
    return dict(value) if isinstance(value, dict) else list(value)


def _style(text: str) -> dict[str, Any]:
    """The ``json.dumps`` arguments that write a document as ``text`` was written: compact or spaced separators,
    indented or on one line, non-ASCII as is or escaped."""
    indent: int | str | None = None
    m = re.search(r"\n([ \t]+)[\"\[{\]}\w-]", text)
    if m:
        indent = "\t" if m.group(1).startswith("\t") else len(m.group(1))
    item = "," if indent is not None or not re.search(r",\s", text) else ", "
    return {"ensure_ascii": "\\u" in text and text.isascii(), "indent": indent,
            "separators": (item, ": " if re.search(r":\s", text) else ":")}


def _written(doc: DocDict | DocList) -> str:
    plain: Any = dict(doc) if isinstance(doc, dict) else list(doc)
    if _canonical(plain) == doc.was:
        return doc.text
    t = doc.text
    lead, trail = t[:len(t) - len(t.lstrip())], t[len(t.rstrip()):]
    return lead + json.dumps(plain, **_style(t)) + trail


def encode(value: Any) -> Any:
    """``value`` with every document written back as JSON text, innermost first (in place in the containers of
    the copy: ``decode_record`` copied every container on a path to a document)."""
    if isinstance(value, dict):
        for k, v in value.items():
            if isinstance(v, (dict, list)):
                e = encode(v)
                if e is not v:
                    value[k] = e
    elif isinstance(value, list):
        for i, v in enumerate(value):
            if isinstance(v, (dict, list)):
                e = encode(v)
                if e is not v:
                    value[i] = e
    if isinstance(value, (DocDict, DocList)):
        return _written(value)
    return value


def inside_document(record: Any, path: tuple) -> bool:
    """Whether the place at ``path`` (a value, or a key: ``path`` ends with it) lies inside a decoded document:
    there a number may become a placeholder and a key may be renamed even in a typed format (the document is
    text in the copy)."""
    obj = record
    for p in path[:-1]:
        obj = obj[p]
        if isinstance(obj, (DocDict, DocList)):
            return True
    return False
