"""The ``governed-tuning`` command line (Typer). commands.py holds the commands; ``main`` is the console script."""

from . import amend as _amend  # noqa: F401  (registers attest and erase on the app)
from . import subject as _subject  # noqa: F401  (registers subject find and erase on the app)
from .commands import app, main

__all__ = ["app", "main"]
