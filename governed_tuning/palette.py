"""One palette of verdict colours for every renderer: the terminal (rich), report.html and the dashboard.

A verdict reads the same everywhere: pass green, fail red, review orange (a human must decide), insufficient
violet (not enough evidence), anything else grey.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Colour:
    hex: str  # report.html and the dashboard's tables
    rich: str  # the terminal
    badge: str  # Streamlit's badge colour names


PASS = Colour("#1a7f37", "green", "green")
FAIL = Colour("#cf222e", "red", "red")
REVIEW = Colour("#bc4c00", "dark_orange", "orange")
INSUFFICIENT = Colour("#8250df", "magenta", "violet")
OTHER = Colour("#6e7781", "white", "gray")
EVIDENCE = Colour("#0969da", "blue", "blue")  # evidence supplied: facts for a person to judge, not a verdict

#: Gate verdicts, and the words that mean the same in reports (run verdicts, licence verdicts, regulatory status).
VERDICT: dict[str, Colour] = {
    "pass": PASS, "fail": FAIL, "review": REVIEW, "insufficient": INSUFFICIENT,
    "allow": PASS, "deny": FAIL,
    "releasable": PASS, "blocked": FAIL, "failed": FAIL, "incomplete": REVIEW,
    "met": PASS, "not_met": FAIL, "not_evidenced": OTHER,
    "evidence_supplied": EVIDENCE, "evidence supplied": EVIDENCE, "not evidenced": OTHER, "decided": PASS,
}


def colour(word: str) -> Colour:
    return VERDICT.get(word, OTHER)
