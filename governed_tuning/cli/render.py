"""What the commands print: tables and JSON for a person or a script, apart from the commands that decide.

Every verdict is coloured from the one palette (governed_tuning.palette); text that came from data or a
manifest is printed with rich markup off, so it can never restyle the terminal.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.table import Table

from .. import palette
from ..gates.base import GateResult
from ..gates.fairness.evidence import GAP_METRICS, FairnessEvidence
from ..gates.license.evidence import LicenseEvidence
from ..gates.pii.evidence import PiiEvidence


def one_line(text: object) -> str:
    """``text`` with every control character escaped (``\\n``, ``\\x1b``, ``\\u202e``), so that a name taken
    from the files being checked (a run folder's file name holding a newline) cannot forge a line of our output."""
    return "".join(c if c.isprintable() or c == " " else c.encode("unicode_escape").decode("ascii")
                   for c in str(text))


def _num(v: Optional[float]) -> str:
    return "-" if v is None else f"{v:.3f}"


def as_json(doc: object) -> None:
    typer.echo(json.dumps(doc, indent=2, ensure_ascii=False))


def pii_summary(result: GateResult, out: Path) -> None:
    """One line of counts, the findings per kind, and the reasons."""
    ev = result.evidence_as(PiiEvidence)
    typer.echo(f"pii gate: {result.verdict} ({ev.records_in} records, {ev.records_changed} changed, "
               f"{ev.records_dropped} dropped, {ev.residual} residual) -> "
               f"{out if ev.output_written else 'no copy written'}")
    for k, v in ev.counts_by_type.items():
        typer.echo(f"  {k}: {v}")
    for r in result.reasons:
        typer.echo(f"  - {r}")
    if ev.subject_index is not None:
        si = ev.subject_index
        typer.echo(f"subject index: {out}.subjects.json.gz ({si.tokens} keyed token(s) of "
                   f"{si.records_with_identifiers} record(s) with identifiers; for `governed-tuning subject find`)")


def license_table(result: GateResult) -> None:
    """Each source with its licence and verdict, then the mixture's obligations and conflicts."""
    ev = result.evidence_as(LicenseEvidence)
    console = Console()
    table = Table(title=f"Licence check ({ev.policy.get('name')}): {result.verdict}", show_lines=True)
    for col in ("Source", "Kind", "Licence", "Verdict", "Reasons"):
        table.add_column(col, overflow="fold")
    for s in ev.sources:
        table.add_row(s.name, s.kind, s.license or "(none)",
                      f"[{palette.colour(s.verdict).rich}]{s.verdict}[/]", "\n".join(s.reasons))
    console.print(table)
    for o in ev.mixture.obligations:
        console.print(f"obligation ({o.kind}): {o.text} [{', '.join(o.sources)}]", markup=False)
    for c in ev.mixture.conflicts:
        console.print(f"[{palette.FAIL.rich}]conflict:[/] {c.reason}")


def fairness_json(result: GateResult) -> None:
    """The verdict, the gap metrics with their intervals first, then the rest of the evidence (not the chart)."""
    data = result.evidence.as_dict()  # FairnessEvidence (group gaps) or BbqEvidence
    out: dict[str, object] = {"verdict": result.verdict, "reasons": result.reasons}
    for k in GAP_METRICS:
        if k in data:
            out[k], out[f"{k}_ci"] = data[k], data.get(f"{k}_ci")
    out.update({k: v for k, v in data.items() if k not in out and k != "chart"})
    as_json(out)


def fairness_table(result: GateResult) -> None:
    """Per group: n, positive rate with interval, mean score (and accuracy, TPR, FPR when labelled); each check."""
    ev = result.evidence
    console = Console()
    if isinstance(ev, FairnessEvidence) and ev.by_group:
        labelled = ev.labelled
        table = Table(title=f"Fairness: {result.verdict}")
        cols = ["Group", "n", "Positive rate [CI]", "Mean score"] + (["Accuracy", "TPR", "FPR"] if labelled else [])
        for col in cols:
            table.add_column(col)
        for g, v in ev.by_group.items():
            row = [g, str(v.n), f"{_num(v.rate)} [{_num(v.ci_low)}, {_num(v.ci_high)}]", _num(v.mean_score)]
            if labelled:
                row += [_num(x) for x in (v.accuracy, v.tpr, v.fpr)]
            table.add_row(*row)
        console.print(table)
        for c in ev.checks:
            val = "n/a" if c.value is None else f"{c.value:.3f}"
            ci = "" if c.ci_low is None or c.ci_high is None else f" [{c.ci_low:.3f}, {c.ci_high:.3f}]"
            console.print(f"{c.metric}: {val}{ci} ({c.kind} {c.limit}): {c.status}", markup=False)
    for r in result.reasons:
        console.print(f"- {r}", markup=False)
