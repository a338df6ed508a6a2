"""Strict pydantic base and the YAML/JSON loader shared by policies, run configs and manifests.

Validation errors are reported as ``FILE:LINE: field a.b.c: what was expected (got TYPE)``. The offending
*value* is echoed only where it is one of a fixed set of words (an invalid choice such as ``algorithm: ppo``),
shortened; any other value is named by its type, because a config may sit next to data and we do not print
content we did not write. An unknown key comes with the closest allowed key (``difflib``), and a model
validator that raises :class:`FieldError` names the field, and so the line, it is about.
"""

from __future__ import annotations

import difflib
import types
import typing
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError

from .errors import GovernedTuningError
from .limits import MAX_CONFIG_BYTES, MAX_JSON_DEPTH, MAX_YAML_NODES, UnsafeFileError, read_regular, yaml_expanded_nodes

# libyaml's parser where PyYAML was built with it (the wheels are): the same nodes, marks and safe types as the
# pure-Python one, about ten times faster. A shipped policy took 0.3 s to read, paid by every command and every
# test that loads one; libyaml also refuses nesting past 1,000 levels with a YAML error of its own.
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class StrictModel(BaseModel):
    """Every settings model: unknown keys are errors, fields are documented once with Field(description=...)."""

    model_config = ConfigDict(extra="forbid", validate_default=True)


M = TypeVar("M", bound=BaseModel)


def node_line(root: yaml.Node | None, loc: tuple[Any, ...]) -> int | None:
    """1-based line of the YAML node at ``loc`` (or of its deepest existing parent)."""
    node, line = root, (root.start_mark.line + 1 if root is not None else None)
    for key in loc:
        if isinstance(node, yaml.MappingNode):
            for k, v in node.value:
                if k.value == str(key):
                    node, line = v, k.start_mark.line + 1
                    break
            else:
                return line
        elif isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
            node = node.value[key]
            line = node.start_mark.line + 1
        else:
            return line
    return line


class FieldError(ValueError):
    """Raised by a model validator about one field: ``loc`` (relative to the model) is where it lies."""

    def __init__(self, loc: tuple[Any, ...] | str, message: str):
        super().__init__(message)
        self.loc = tuple(loc.split(".")) if isinstance(loc, str) else tuple(loc)


CHOICE_ERRORS = {"literal_error", "enum"}


def _submodel(annotation: Any) -> Any:
    """The pydantic model inside an annotation (``X``, ``X | None``, ``list[X]``, ``dict[str, X]``), else None."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    if typing.get_origin(annotation) in (typing.Union, types.UnionType, list, dict, typing.Annotated):
        for arg in typing.get_args(annotation)[::-1]:
            found = _submodel(arg)
            if found is not None:
                return found
    return None


def allowed_keys(model: type[BaseModel] | None, loc: tuple[Any, ...]) -> list[str]:
    """The keys the model allows at the mapping ``loc`` (list indices and dict keys are stepped over)."""
    for part in loc:
        if model is None:
            return []
        field = model.model_fields.get(str(part)) if not isinstance(part, int) else None
        if field is not None:
            model = _submodel(field.annotation)
    return list(model.model_fields) if model is not None else []


def _value(v: Any) -> str:
    text = repr(v)
    return text if len(text) <= 40 else text[:37] + "..."


def format_validation_error(path: Path | str, err: ValidationError, root: yaml.Node | None = None,
                            model: type[BaseModel] | None = None) -> str:
    lines = [f"{path}: does not match the expected schema ({err.error_count()} problem(s))"]
    for e in err.errors():
        loc = tuple(e["loc"])
        raised = (e.get("ctx") or {}).get("error")
        if isinstance(raised, FieldError):
            loc, msg = loc + raised.loc, str(raised)
        elif e["type"] == "extra_forbidden":
            keys = allowed_keys(model, loc[:-1])
            close = difflib.get_close_matches(str(loc[-1]), keys, n=1, cutoff=0.6)
            msg = "unknown key" + (f"; did you mean {close[0]!r}?" if close else "") + (
                f" (allowed: {', '.join(keys)})" if keys else " (check the spelling)")
        elif e["type"] == "missing":
            msg = "required field is missing"
        elif e["type"] in CHOICE_ERRORS:
            msg = f"{e['msg']} (got {_value(e.get('input'))})"
        else:
            msg = f"{e['msg']} (got {type(e.get('input')).__name__})"
        field = ".".join(str(p) for p in loc) or "(top level)"
        line = node_line(root, loc) if root is not None else None
        where = f"{path}:{line}" if line else str(path)
        lines.append(f"  {where}: field {field}: {msg}")
    return "\n".join(lines)


class Origin:
    """Where a loaded document came from: its path as given and its YAML tree, to name the line of a field
    when a later check (a reference to another file, a dataset's columns) finds it wrong."""

    def __init__(self, path: Path, root: yaml.Node | None):
        self.path, self.root = path, root

    def where(self, loc: tuple[Any, ...] | str) -> str:
        """``FILE:LINE: field a.b.c`` for the field at ``loc``."""
        loc = tuple(int(p) if isinstance(p, str) and p.isdigit() else p for p in
                    (loc.split(".") if isinstance(loc, str) else loc))
        line = node_line(self.root, loc) if self.root is not None else None
        return f"{self.path}:{line}: field {'.'.join(str(p) for p in loc)}" if line else \
            f"{self.path}: field {'.'.join(str(p) for p in loc)}"


def _check_expansion(p: Path, text: str, root: yaml.Node | None, error: type[GovernedTuningError]) -> None:
    """Refuse a document whose aliases expand it past MAX_YAML_NODES (a "billion laughs" YAML bomb): the
    expansion is counted on the composed graph, where an alias is a second reference, before any copy is made."""
    if yaml_expanded_nodes(root) <= MAX_YAML_NODES:
        return
    first = next((e for e in yaml.parse(text) if isinstance(e, yaml.AliasEvent)), None)
    where = f"{p}:{first.start_mark.line + 1}" if first is not None else str(p)
    raise error(f"{where}: the document's aliases (*name) expand it to more than {MAX_YAML_NODES} values: a YAML "
                "alias bomb, or a configuration far larger than any real one; refused before anything runs. Write "
                "the values out, or use fewer aliases")


def load_document(path: str | Path, model: type[M], error: type[GovernedTuningError]) -> M:
    """Load a YAML (or JSON, which is YAML) file into ``model``; raise ``error`` with a diagnosis."""
    p = Path(path)
    if not p.is_file():
        raise error(f"{p}: file not found" if not p.exists() else f"{p}: not a file")
    try:
        raw = read_regular(p, MAX_CONFIG_BYTES, "configuration file")
    except UnsafeFileError as exc:
        raise error(str(exc)) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise error(f"{p}: not UTF-8 text (byte {exc.start})") from None
    try:
        root = yaml.compose(text, Loader=SAFE_LOADER)
        _check_expansion(p, text, root, error)
        data = yaml.load(text, Loader=SAFE_LOADER)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{p}:{mark.line + 1}:{mark.column + 1}" if mark else str(p)
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise error(f"{where}: not valid YAML: {problem}") from None
    except RecursionError:
        raise error(f"{p}: nested too deeply (more than {MAX_JSON_DEPTH} levels); no configuration nests like "
                    "that") from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise error(f"{p}: expected a mapping at the top level, got {type(data).__name__}")
    try:
        obj = model.model_validate(data)
    except ValidationError as exc:
        raise error(format_validation_error(p, exc, root, model)) from None
    if "_origin" in (obj.__private_attributes__ or {}):
        obj._origin = Origin(p, root)
    return obj
