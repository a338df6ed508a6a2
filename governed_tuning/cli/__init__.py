"""The ``governed-tuning`` command line (Typer). commands.py holds the commands; ``main`` is the console script."""

from .commands import app, main

__all__ = ["app", "main"]
