"""Counterfactual prompt suites: templates filled for each group of one sensitive attribute.

A suite (YAML, shipped in ``governed_tuning/assets/suites/`` or a user's file) names an attribute, its groups
and, for each group, the slot values that realise it (``name: [Emily, Aisha]``, ``person: woman``). A template
such as ``"Write a one-line review for {name}, a {person} nurse."`` is filled for every group with the same
variant index, so the prompts of one pair differ only in the group. Users extend a suite with a YAML file
(``extends: gender`` plus ``templates:``) or a JSONL file, one template per line:
``{"suite": "gender", "template": "...", "groups": ["woman", "man"]}`` (``groups`` optional).

A broken template (unbalanced braces, an empty or indexed placeholder, a slot some group does not define, no
placeholder at all) or an unknown group raises :class:`SuiteError` naming the file and line.
"""

from __future__ import annotations

import json
import string
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Union

import yaml
from pydantic import Field, ValidationError

from .errors import GovernedTuningError
from .schema import SAFE_LOADER, StrictModel, format_validation_error, node_line


class SuiteError(GovernedTuningError):
    """A suite file is missing, malformed, or holds a broken template or an unknown group."""


class TemplateSpec(StrictModel):
    text: str = Field(description="The prompt with {slot} placeholders filled from each group's slot values.")
    groups: list[str] | None = Field(None, description="Only these groups (default: every group of the suite).")


class SuiteFile(StrictModel):
    name: str | None = Field(None, description="Suite name (default: the file name without its extension).")
    attribute: str | None = Field(None, description="The sensitive attribute the groups belong to.")
    description: str = Field("", description="What the suite probes, for reviewers.")
    extends: str | None = Field(None, description="A shipped suite (or a path) whose groups and templates this "
                                "file adds to.")
    groups: dict[str, dict[str, Union[str, list[str]]]] = Field(default_factory=dict, description="Group -> "
                                                               "slot -> value or list of values (one per variant).")
    templates: list[Union[str, TemplateSpec]] = Field(default_factory=list, description="Prompt templates.")


@dataclass(frozen=True)
class Template:
    text: str
    groups: tuple[str, ...]
    slots: tuple[str, ...]
    where: str  # "file:line", for diagnostics


@dataclass(frozen=True)
class Prompt:
    group: str
    text: str
    template: str  # pair id: the same for every group's variant of one filled template


@dataclass
class Suite:
    name: str
    attribute: str
    description: str
    groups: dict[str, dict[str, list[str]]]
    templates: list[Template]
    sources: list[str]

    def prompts(self, per_group: int | None = None) -> list[Prompt]:
        """Filled prompts, variant-major so every template appears before any repeats; ``per_group`` caps each
        group's count (every group gets the same templates, so counts stay equal)."""
        out: list[Prompt] = []
        variants = [max(len(self.groups[g][s]) for g in t.groups for s in t.slots) for t in self.templates]
        counts = dict.fromkeys(self.groups, 0)
        for v in range(max(variants, default=0)):
            for i, t in enumerate(self.templates):
                if v >= variants[i]:
                    continue
                if per_group is not None and any(counts[g] >= per_group for g in t.groups):
                    continue
                for g in t.groups:
                    values = {s: self.groups[g][s][v % len(self.groups[g][s])] for s in t.slots}
                    out.append(Prompt(group=g, text=t.text.format(**values), template=f"{self.name}/{i}/{v}"))
                    counts[g] += 1
        return out


def shipped_suite_dir() -> Path:
    return Path(str(resources.files("governed_tuning.assets"))) / "suites"


def shipped_suites() -> list[str]:
    return sorted(p.stem for p in shipped_suite_dir().glob("*.yaml"))


def _slots(text: str, where: str) -> tuple[str, ...]:
    try:
        parsed = list(string.Formatter().parse(text))
    except ValueError as exc:
        raise SuiteError(f"{where}: broken template: {exc} (write a literal brace as {{{{ or }}}})") from None
    slots: list[str] = []
    for _, field, spec, conv in parsed:
        if field is None:
            continue
        if not field.isidentifier():
            raise SuiteError(f"{where}: broken template: placeholder {{{field}}} is not a slot name "
                             "(expected {name} with letters, digits and underscores)")
        if spec or conv:
            raise SuiteError(f"{where}: broken template: placeholder {{{field}}} has a format spec or conversion; "
                             "expected a plain {slot}")
        if field not in slots:
            slots.append(field)
    if not slots:
        raise SuiteError(f"{where}: broken template: it has no {{slot}} placeholder, so it does not vary with the "
                         "group")
    return tuple(slots)


def _template(text: str, groups: list[str] | None, suite_groups: dict[str, dict[str, list[str]]],
              where: str) -> Template:
    slots = _slots(text, where)
    chosen = list(suite_groups) if groups is None else groups
    for g in chosen:
        if g not in suite_groups:
            raise SuiteError(f"{where}: unknown group {g!r}; the suite's groups are {sorted(suite_groups)}")
    if len(chosen) < 2:
        raise SuiteError(f"{where}: a counterfactual template needs at least two groups, got {len(chosen)}")
    for g in chosen:
        for s in slots:
            if s not in suite_groups[g]:
                raise SuiteError(f"{where}: broken template: slot {{{s}}} is not defined for group {g!r} "
                                 f"(it defines {sorted(suite_groups[g])})")
    return Template(text=text, groups=tuple(chosen), slots=slots, where=where)


def _load_yaml(p: Path, seen: tuple[str, ...]) -> Suite:
    text = p.read_text(encoding="utf-8")
    try:
        root = yaml.compose(text, Loader=SAFE_LOADER)
        data = yaml.load(text, Loader=SAFE_LOADER) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{p}:{mark.line + 1}" if mark else str(p)
        raise SuiteError(f"{where}: not valid YAML: {getattr(exc, 'problem', None) or exc}") from None
    if not isinstance(data, dict):
        raise SuiteError(f"{p}: expected a mapping with groups and templates, got {type(data).__name__}")
    try:
        doc = SuiteFile.model_validate(data)
    except ValidationError as exc:
        raise SuiteError(format_validation_error(p, exc, root)) from None
    if doc.extends is not None:
        suite = load_suite(doc.extends, _seen=seen + (str(p),))
        suite.sources.append(str(p))
        if doc.attribute and doc.attribute != suite.attribute:
            raise SuiteError(f"{p}:{node_line(root, ('attribute',))}: attribute {doc.attribute!r} differs from the "
                             f"extended suite's {suite.attribute!r}")
    else:
        if not doc.groups:
            raise SuiteError(f"{p}: a suite needs 'groups' (or 'extends' naming a suite to add to)")
        shipped = p.parent == shipped_suite_dir() and p.stem in shipped_suites()
        suite = Suite(name=doc.name or p.stem, attribute=doc.attribute or doc.name or p.stem,
                      description=doc.description, groups={}, templates=[],
                      sources=[f"shipped:{p.stem}" if shipped else str(p)])
    for g, slots in doc.groups.items():
        where = f"{p}:{node_line(root, ('groups', g))}"
        if g in suite.groups:
            raise SuiteError(f"{where}: group {g!r} is already defined by {suite.sources[0]}")
        values = {s: ([v] if isinstance(v, str) else list(v)) for s, v in slots.items()}
        for s, v in values.items():
            if not v:
                raise SuiteError(f"{p}:{node_line(root, ('groups', g, s))}: slot {s!r} of group {g!r} has no values")
        suite.groups[g] = values
    for i, t in enumerate(doc.templates):
        spec = TemplateSpec(text=t) if isinstance(t, str) else t
        suite.templates.append(_template(spec.text, spec.groups, suite.groups,
                                         f"{p}:{node_line(root, ('templates', i))}"))
    return suite


def _load_jsonl(p: Path, seen: tuple[str, ...]) -> Suite:
    suite: Suite | None = None
    for lineno, raw in enumerate(p.read_text(encoding="utf-8").splitlines(), start=1):
        if not raw.strip():
            continue
        where = f"{p}:{lineno}"
        try:
            obj = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise SuiteError(f"{where}: not valid JSON ({exc.msg}); expected one template object per line") from None
        if not isinstance(obj, dict) or not isinstance(obj.get("template"), str) or not isinstance(obj.get("suite"),
                                                                                                   str):
            raise SuiteError(f"{where}: expected an object with 'suite' (the suite to extend) and 'template' "
                             "strings, and optionally 'groups'")
        unknown = set(obj) - {"suite", "template", "groups"}
        if unknown:
            raise SuiteError(f"{where}: unknown key(s) {sorted(unknown)}; allowed: suite, template, groups")
        groups = obj.get("groups")
        if groups is not None and not (isinstance(groups, list) and all(isinstance(g, str) for g in groups)):
            raise SuiteError(f"{where}: 'groups' must be a list of group names")
        if suite is None:
            suite = load_suite(obj["suite"], _seen=seen + (str(p),))
            suite.sources.append(str(p))
        elif obj["suite"] != suite.name:
            raise SuiteError(f"{where}: every line of one file extends the same suite ({suite.name!r}), "
                             f"got {obj['suite']!r}")
        suite.templates.append(_template(obj["template"], groups, suite.groups, where))
    if suite is None:
        raise SuiteError(f"{p}: no templates")
    return suite


def load_suite(name_or_path: str | Path, *, _seen: tuple[str, ...] = ()) -> Suite:
    """A shipped suite by name (``gender``), or a user's ``.yaml``/``.yml``/``.jsonl`` file."""
    s = str(name_or_path)
    p = shipped_suite_dir() / f"{s}.yaml" if s in shipped_suites() else Path(s)
    if str(p) in _seen:
        raise SuiteError(f"{p}: suites extend each other in a cycle ({' -> '.join(_seen + (str(p),))})")
    if not p.is_file():
        raise SuiteError(f"{s}: no such suite file, and not a shipped suite (shipped: {', '.join(shipped_suites())})")
    if p.suffix.lower() in (".yaml", ".yml"):
        suite = _load_yaml(p, _seen)
    elif p.suffix.lower() == ".jsonl":
        suite = _load_jsonl(p, _seen)
    else:
        raise SuiteError(f"{p}: unknown suite file type {p.suffix!r}; expected .yaml, .yml or .jsonl")
    if not suite.templates:
        raise SuiteError(f"{p}: the suite has no templates")
    if len(suite.groups) < 2:
        raise SuiteError(f"{p}: a suite needs at least two groups, got {len(suite.groups)}")
    return suite
