"""The attribution notice (NOTICE.md) that the obligations of a run's sources require.

Built from the licence gate's evidence only: the sources the run may use (denied ones are left out, since
the run does not train on them), their credit lines, licences and origins, and every duty the mixture carries.
"""

from __future__ import annotations

from pathlib import Path

from .fsio import atomic_write_text
from .gates.base import GateResult
from .gates.license.evidence import LicenseEvidence

_KIND_TITLES = {
    "attribution": "Attribution",
    "notice": "Licence texts and copyright notices",
    "state-changes": "Statement of changes",
    "share-alike": "Share-alike",
    "non-commercial": "Non-commercial use only",
    "no-derivatives": "No derivatives",
}


def _spdx_link(expr: str | None) -> str:
    if not expr:
        return "(no licence declared)"
    if " " in expr or expr.startswith("LicenseRef-"):
        return f"`{expr}`"
    return f"[{expr}](https://spdx.org/licenses/{expr}.html)"


def render_notice(result: GateResult) -> str:
    """NOTICE.md text for the sources the licence gate did not deny."""
    ev = result.evidence_as(LicenseEvidence)
    used = [s for s in ev.sources if s.verdict != "deny"]
    mixture = ev.mixture
    lines = ["# Notice", "",
             "This model was fine-tuned from the base models and trained on the datasets listed below. Their "
             "licences ask for the credits and notices that follow.", ""]
    if not used:
        lines += ["No source passed the licence gate, so none is credited here.", ""]
    for kind, title in (("model", "Base models"), ("dataset", "Datasets")):
        rows = [s for s in used if s.kind == kind]
        if not rows:
            continue
        lines += [f"## {title}", ""]
        for s in rows:
            credit = f" by {s.attribution}" if s.attribution else ""
            rev = f", revision {s.revision}" if s.revision else ""
            origin = f" Source: <{s.source}>." if str(s.source or "").startswith(("http://", "https://")) \
                else (f" Source: {s.source}." if s.source else "")
            digest = f" sha256 `{s.sha256}`." if s.sha256 else ""
            status = "" if s.verdict == "allow" else " (pending licence review)"
            lines.append(f"- **{s.name}**{credit}{rev}, licensed under {_spdx_link(s.license)}.{origin}"
                         f"{digest}{status}")
        lines.append("")
    obligations = mixture.obligations
    if obligations:
        lines += ["## Obligations", ""]
        for kind, title in _KIND_TITLES.items():
            group = [o for o in obligations if o.kind == kind]
            if group:
                lines += [f"### {title}", ""]
                lines += [f"- {o.text} — {', '.join(o.sources)}" for o in group]
                lines.append("")
    if mixture.conflicts:
        lines += ["## Conflicts to resolve before release", ""]
        lines += [f"- {c.reason}" for c in mixture.conflicts]
        lines.append("")
    return "\n".join(lines)


def write_notice(result: GateResult, out_path: str | Path) -> Path:
    """Write NOTICE.md atomically."""
    out = Path(out_path)
    atomic_write_text(out, render_notice(result))
    return out
