"""Progress on the terminal for ``run`` and ``demo``: one rich bar per stage, one line per gate verdict.

Only names, verdicts and the gates' own PII-free reasons are shown; never data.
"""

from __future__ import annotations

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskID, TextColumn, TimeElapsedColumn

from . import palette
from .gates.base import GateResult


class RichProgress:
    def __init__(self, console: Console | None = None):
        self.console = console or Console(stderr=True)
        self.bars = Progress(TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(),
                             TimeElapsedColumn(), console=self.console, transient=False)
        self.tasks: dict[str, TaskID] = {}

    def __enter__(self) -> RichProgress:
        self.bars.start()
        return self

    def __exit__(self, *exc) -> None:
        self.bars.stop()

    def gate(self, scope: str, result: GateResult) -> None:
        colour = palette.colour(result.verdict).rich
        self.bars.console.print(f"gate [bold]{result.gate}[/] ({scope}): [{colour}]{result.verdict}[/]",
                                highlight=False)
        if result.verdict != "pass":
            for r in result.reasons[:5]:
                self.bars.console.print(f"  - {r}", markup=False, highlight=False)

    def stage_start(self, name: str, kind: str) -> None:
        self.tasks[name] = self.bars.add_task(f"stage {name} ({kind})", total=None)

    def stage_step(self, name: str, step: int, total: int) -> None:
        if name in self.tasks:
            self.bars.update(self.tasks[name], completed=step, total=total or None)

    def stage_end(self, name: str, status: str) -> None:
        if name in self.tasks:
            task = self.bars.tasks[self.tasks[name]]
            self.bars.update(self.tasks[name], total=task.total or task.completed or 1,
                             completed=task.total or task.completed or 1,
                             description=f"stage {name}: {status}")


def quiet_libraries() -> None:
    """Keep third-party progress bars and warnings off the terminal; the record holds the logs."""
    import warnings

    warnings.filterwarnings("ignore", category=FutureWarning)
    warnings.filterwarnings("ignore", category=UserWarning)
    try:
        import datasets

        datasets.disable_progress_bars()
    except ImportError:  # pragma: no cover
        pass
    from transformers.utils import logging as hf_logging

    hf_logging.set_verbosity_error()
    hf_logging.disable_progress_bar()
