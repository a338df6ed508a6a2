"""Help text in plain words: ``run [OPTIONS] CONFIG`` and ``--key PATH``, not ``{config}``, ``<path>``, ``<bool>``.

Typer 0.29 prints every parameter's Python type (``<bool>``, ``<list[Path]>``) and wraps required arguments in
braces. Our users read ``--help`` to learn a command, not its annotations, so every command and group of the
CLI is built with the classes below: an argument is shown by its name in capitals, an option by a plain
word for what it takes (PATH, TEXT, N, NUMBER, or its choices), a flag by nothing at all.
"""

from __future__ import annotations

import typing
from pathlib import Path
from typing import Any

import typer
from typer.core import TyperArgument, TyperCommand, TyperGroup


def plain_metavar(param: Any) -> str:
    """What a parameter takes, in the words of a man page."""
    if isinstance(param, TyperArgument):
        return (param.name or "value").upper()
    if getattr(param, "is_flag", False) or getattr(param, "count", False):
        return ""
    desc = getattr(param, "type_descriptor", None)
    if desc is None:
        return "TEXT"
    if desc.is_choice:
        return "|".join(str(getattr(c, "value", c)) for c in desc.choices or ())
    ann = desc.annotation
    if desc.is_list and typing.get_args(ann):
        ann = typing.get_args(ann)[0]
    if desc.is_path or desc.is_file or ann is Path:
        return "PATH"
    return {int: "N", float: "NUMBER"}.get(ann, "TEXT")


def _no_type(ctx: Any) -> None:
    return None


def _plain(params: list[Any]) -> None:
    for p in params:
        if p.metavar is None:
            p.metavar = plain_metavar(p)
        if isinstance(p, TyperArgument):  # its name is already the metavar: no type column beside it
            p.display_type_rich = _no_type


def _usage(cmd: Any, ctx: Any) -> list[str]:
    pieces = [cmd.options_metavar] if cmd.options_metavar else []
    for p in cmd.get_params(ctx):
        if isinstance(p, TyperArgument):
            name = p.metavar or plain_metavar(p)
            pieces.append((name if p.required else f"[{name}]") + ("..." if p.nargs != 1 else ""))
    return pieces


class _PlainHelp:
    """What commands and groups share: plain metavars on their own parameters and on ``--help``."""

    params: list[Any]

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        _plain(self.params)

    def get_help_option(self, ctx: Any) -> Any:
        opt = super().get_help_option(ctx)  # type: ignore[misc]
        if opt is not None:
            opt.metavar = ""
        return opt


class PlainCommand(_PlainHelp, TyperCommand):
    def collect_usage_pieces(self, ctx: Any) -> list[str]:
        return _usage(self, ctx)


class PlainGroup(_PlainHelp, TyperGroup):
    def collect_usage_pieces(self, ctx: Any) -> list[str]:
        return [*_usage(self, ctx), self.subcommand_metavar]


class Typer(typer.Typer):
    """``typer.Typer`` whose groups and commands print plain help (the classes above)."""

    def __init__(self, *args: Any, **kwargs: Any):
        kwargs.setdefault("cls", PlainGroup)
        super().__init__(*args, **kwargs)

    def command(self, *args: Any, **kwargs: Any):  # type: ignore[override]
        kwargs.setdefault("cls", PlainCommand)
        return super().command(*args, **kwargs)
