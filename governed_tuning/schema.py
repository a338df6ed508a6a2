"""Strict pydantic base and the YAML/JSON loader shared by policies, run configs and manifests.

Validation errors are reported as ``FILE:LINE: field a.b.c: what was expected (got TYPE)``; the offending
*value* is never echoed, because a config may sit next to data and we do not print content we did not write.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError

from .errors import GovernedTuningError


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


def format_validation_error(path: Path | str, err: ValidationError, root: yaml.Node | None = None) -> str:
    lines = [f"{path}: does not match the expected schema ({err.error_count()} problem(s))"]
    for e in err.errors():
        loc = tuple(p for p in e["loc"])
        field = ".".join(str(p) for p in loc) or "(top level)"
        line = node_line(root, loc) if root is not None else None
        where = f"{path}:{line}" if line else str(path)
        if e["type"] == "extra_forbidden":
            msg = "unknown key (check the spelling; allowed keys are listed in the schema)"
        elif e["type"] == "missing":
            msg = "required field is missing"
        else:
            msg = f"{e['msg']} (got {type(e.get('input')).__name__})"
        lines.append(f"  {where}: field {field}: {msg}")
    return "\n".join(lines)


def load_document(path: str | Path, model: type[M], error: type[GovernedTuningError]) -> M:
    """Load a YAML (or JSON, which is YAML) file into ``model``; raise ``error`` with a diagnosis."""
    p = Path(path)
    if not p.is_file():
        raise error(f"{p}: file not found" if not p.exists() else f"{p}: not a file")
    text = p.read_text(encoding="utf-8")
    try:
        root = yaml.compose(text)
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{p}:{mark.line + 1}:{mark.column + 1}" if mark else str(p)
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise error(f"{where}: not valid YAML: {problem}") from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise error(f"{p}: expected a mapping at the top level, got {type(data).__name__}")
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise error(format_validation_error(p, exc, root)) from None
