"""Dataset and model manifests: every source a run may train on, with its licence, origin and digest.

A manifest is YAML (or JSON) with two lists, ``datasets`` and ``models``, of :class:`SourceSpec`. Paths are
relative to the manifest's own folder, so a manifest and its data can be moved together. Loading is strict:
an unknown key, a malformed digest or a duplicate name raises :class:`~governed_tuning.errors.ConfigError`
naming the file, line and field. Whether a source may be *used* is not decided here but by the licence gate
(``gates/license.py``), which treats a missing licence, source or path as a policy failure, not a load error.
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path
from typing import Literal

from pydantic import Field, PrivateAttr, field_validator, model_validator

from .disclosure import SourceDisclosure
from .errors import ConfigError
from .schema import FieldError, Origin, StrictModel, load_document

Kind = Literal["dataset", "model"]

_NAME = r"^[A-Za-z0-9][A-Za-z0-9._-]*$"


class SourceSpec(SourceDisclosure):
    """One dataset or model a run may use. Besides the fields below, every optional disclosure field of
    :class:`~governed_tuning.disclosure.SourceDisclosure` (collection, languages, acquired, ...) may be given: the
    EU AI Act summary and the AB 2013 disclosure read them."""

    name: str = Field(pattern=_NAME, max_length=128, description="Short unique name, used in reports and "
                      "file names (letters, digits, '.', '_', '-').")
    path: str | None = Field(None, description="Where the source lies: a file, a folder, or a Hugging Face "
                             "save_to_disk or model folder; relative to the manifest's folder.")
    license: str | None = Field(None, description="SPDX licence expression, e.g. 'CC-BY-4.0' or "
                                "'MIT OR Apache-2.0'. Missing means unknown, which the default policy denies.")
    source: str | None = Field(None, description="Where the source was obtained (URL or a description of the "
                               "origin). Missing provenance is denied by the licence gate.")
    revision: str | None = Field(None, description="Version, date or commit of the source as obtained.")
    sha256: str | None = Field(None, pattern=r"^(sha256:)?[0-9a-fA-F]{64}$", description="Expected sha256 of "
                               "the file (or of a folder's sorted manifest of files); when given it must match.")
    attribution: str | None = Field(None, description="Credit line the licence asks for, e.g. the copyright "
                                    "holder; copied into the attribution notice.")

    @field_validator("revision", mode="before")
    @classmethod
    def _revision_as_text(cls, v: object) -> object:
        # YAML reads 2026-10-01 as a date and 3 as an int; a revision is text.
        if isinstance(v, (_dt.date, int, float)) and not isinstance(v, bool):
            return v.isoformat() if isinstance(v, _dt.date) else str(v)
        return v

    @field_validator("sha256")
    @classmethod
    def _normalise_digest(cls, v: str | None) -> str | None:
        return v.lower().removeprefix("sha256:") if v else v


class Manifest(StrictModel):
    """The sources of a run. ``base_dir`` (set by :func:`load_manifest`) anchors the relative paths."""

    datasets: list[SourceSpec] = Field(default_factory=list, description="Datasets the run may train on.")
    models: list[SourceSpec] = Field(default_factory=list, description="Base models the run starts from.")

    _base_dir: Path = PrivateAttr(default_factory=Path.cwd)
    _origin: Origin | None = PrivateAttr(None)

    @model_validator(mode="after")
    def _names_are_unique(self) -> Manifest:
        seen: set[str] = set()
        for kind, specs in (("datasets", self.datasets), ("models", self.models)):
            for i, spec in enumerate(specs):
                if spec.name in seen:
                    raise FieldError((kind, i, "name"), f"source name {spec.name!r} is used twice; every dataset "
                                     "and model needs its own name")
                seen.add(spec.name)
        return self

    @property
    def base_dir(self) -> Path:
        """Folder the relative paths are resolved against (the manifest's folder)."""
        return self._base_dir

    @base_dir.setter
    def base_dir(self, value: str | Path) -> None:
        self._base_dir = Path(value)

    @property
    def origin(self) -> Origin | None:
        """The file this manifest was loaded from, when it was loaded from one."""
        return self._origin

    def where(self, loc: tuple) -> str:
        """``FILE:LINE: field a.b`` of a field of this manifest (for errors found after loading)."""
        return self._origin.where(loc) if self._origin else f"manifest: field {'.'.join(map(str, loc))}"

    def sources(self) -> list[tuple[Kind, SourceSpec]]:
        """Every source with its kind, datasets first, in manifest order."""
        return [("dataset", s) for s in self.datasets] + [("model", s) for s in self.models]

    def get(self, name: str) -> SourceSpec:
        for _, spec in self.sources():
            if spec.name == name:
                return spec
        raise ConfigError(f"manifest has no dataset or model named {name!r}; it lists: "
                          f"{', '.join(s.name for _, s in self.sources()) or '(nothing)'}")

    def resolve(self, spec: SourceSpec) -> Path | None:
        """Absolute path of a source (``None`` when the manifest gives none)."""
        if spec.path is None:
            return None
        p = Path(spec.path).expanduser()
        return p if p.is_absolute() else (self.base_dir / p)


def load_manifest(path: str | Path) -> Manifest:
    """Load and strictly validate a manifest; raises ConfigError naming the file, line and field."""
    p = Path(path)
    manifest = load_document(p, Manifest, ConfigError)
    if not manifest.datasets and not manifest.models:
        raise ConfigError(f"{p}: the manifest lists no datasets and no models (expected 'datasets:' and/or "
                          "'models:' lists)")
    manifest.base_dir = p.resolve().parent
    return manifest
