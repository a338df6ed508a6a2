"""The attribution notice (NOTICE.md) that the obligations of a run's sources require, fulfilled, not listed.

Built from the licence gate's evidence: the sources the run may use (denied ones are left out, since the run
does not train on them), their credit lines, licences and origins, and every duty the mixture carries; then what
the duties ask for: the copyright lines and upstream NOTICE files found in each source's folder (Apache-2.0
§4(c)-(d)), a statement of the changes the run made (Apache-2.0 §4(b), CC-BY-4.0 §3(a)(1)(B)), and the full text
of every inbound licence that asks for it (from the SPDX License List, offline; ``license_texts.py``). A licence
whose text is not available offline is named as a gap to close before release, never silently skipped.
"""

from __future__ import annotations

import re
from pathlib import Path

from . import license_texts, spdx
from .fsio import atomic_write_text
from .gates.base import GateResult
from .gates.license.evidence import LicenseEvidence, SourceEntry
from .manifest import Manifest
from .record import RunRecord

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


def render_notice(result: GateResult, *, manifest: Manifest | None = None, record: RunRecord | None = None) -> str:
    """NOTICE.md text for the sources the licence gate did not deny; with ``manifest`` the sources' folders are
    read for copyright lines and NOTICE files, with ``record`` the statement of changes describes the run."""
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
    lines += _copyright(used, manifest) + _upstream_notices(used, manifest) + _changes(record)
    lines += _texts(used)
    return "\n".join(lines)


# --------------------------------------------------------------------------- fulfilling the duties

_COPYRIGHT = re.compile(r"^\s*(?:copyright\b|\(c\)\s|©)", re.I)
_NOTICE_FILES = ("NOTICE", "NOTICE.txt", "NOTICE.md")
_LICENSE_FILES = ("LICENSE", "LICENSE.txt", "LICENSE.md", "LICENCE", "COPYING", *_NOTICE_FILES)
MAX_NOTICE = 64 * 1024  # an upstream NOTICE longer than this is cut, and the cut is said


def _folder(s: SourceEntry, manifest: Manifest | None) -> Path | None:
    if manifest is None:
        return None
    try:
        path = manifest.resolve(manifest.get(s.name))
    except Exception:  # noqa: BLE001 - a source the manifest cannot resolve has no folder to read
        return None
    return path if path is not None and path.is_dir() else None


def _read(p: Path, limit: int = MAX_NOTICE) -> str:
    with open(p, "rb") as f:
        return f.read(limit + 1).decode("utf-8", errors="replace")


def _copyright(used: list[SourceEntry], manifest: Manifest | None) -> list[str]:
    lines = ["## Copyright and attribution", ""]
    for s in used:
        found: list[str] = []
        folder = _folder(s, manifest)
        for name in _LICENSE_FILES:
            if folder is not None and (folder / name).is_file():
                found += [ln.strip() for ln in _read(folder / name).splitlines()
                          if _COPYRIGHT.match(ln) and "<" not in ln and "[yyyy]" not in ln]
        credit = s.attribution
        if credit or found:
            lines.append(f"- {s.name}: " + "; ".join(dict.fromkeys([*([credit] if credit else []), *found])))
        else:
            lines.append(f"- {s.name}: no copyright or attribution line recorded (add `attribution:` to the "
                         "manifest)")
    return lines + [""]


def _upstream_notices(used: list[SourceEntry], manifest: Manifest | None) -> list[str]:
    out: list[str] = []
    for s in used:
        folder = _folder(s, manifest)
        for name in _NOTICE_FILES:
            if folder is not None and (folder / name).is_file():
                text = _read(folder / name)
                cut = len(text) > MAX_NOTICE
                out += [f"### {s.name}: {name}", "", "```text", text[:MAX_NOTICE].rstrip("\n"), "```",
                        *([f"(cut at {MAX_NOTICE} bytes; the full file is in the source)"] if cut else []), ""]
                break
    if not out:
        return []
    return ["## Upstream NOTICE files", "", "Reproduced as the sources ship them (Apache-2.0 §4(d)).", "", *out]


def _changes(record: RunRecord | None) -> list[str]:
    lines = ["## Changes made to the licensed material (statement of changes)", ""]
    if record is None:
        return lines + ["This notice was written before training. `governed-tuning run` writes the statement of "
                        "changes of the trained model into the run's NOTICE.md (Apache-2.0 §4(b), CC-BY-4.0 "
                        "§3(a)(1)(B)).", ""]
    done = [s for s in record.stages if s.status == "completed"]
    base = record.base_model.get("name") or record.config.get("base_model") or "the base model"
    if done:
        lines.append(f"- The base model {base} was modified: governed-tuning run {record.run_id} fine-tuned it "
                     "(" + ", ".join(f"{s.name}: {s.kind.upper()} with TRL" for s in done) + f"), from "
                     f"{record.started_at}. The trained weights differ from the base model's; configuration and "
                     "tokenizer files may be copied unchanged.")
    else:
        lines.append(f"- No stage completed in run {record.run_id}: no modified model was produced.")
    ents = (record.policy.document.get("pii") or {}).get("entities") or {}
    scrub = [g for g in record.gates if g.result.gate == "pii"]
    if scrub and ents:
        acts: dict[str, list[str]] = {}
        for k, v in sorted(ents.items()):
            acts.setdefault(v.get("action", "placeholder") if isinstance(v, dict) else str(v), []).append(k)
        lines.append("- The data sets were modified before training: personal data was "
                     + "; ".join(f"{_ACTION_WORDS.get(a, a)} ({', '.join(ts)})" for a, ts in sorted(acts.items()))
                     + ". Only these scrubbed copies were trained on.")
    return lines + [""]


_ACTION_WORDS = {"placeholder": "replaced by typed placeholders", "redact": "removed", "mask": "masked",
                 "pseudonymize": "pseudonymised with keyed pseudonyms",
                 "surrogate": "pseudonymised with keyed surrogates (realistic fake values)",
                 "drop_record": "dropped with its record"}


def _texts(used: list[SourceEntry]) -> list[str]:
    ids = list(dict.fromkeys(i for s in used for i in s.license_ids))
    need = [i for i in ids if not spdx.is_spdx(i) or spdx.terms(i).notice or spdx.terms(i).attribution]
    if not need:
        return []
    out = ["## Licence texts", "", f"Full texts from the SPDX License List ({license_texts.list_version()}).", ""]
    gaps = []
    for i in need:
        text = license_texts.license_text(i) if spdx.is_spdx(i) else None
        if text is None:
            gaps.append(i)
            continue
        out += [f"### {i}: {license_texts.license_name(i) or i}", "", "```text", text.rstrip("\n"), "```", ""]
    if gaps:
        out[4:4] = ["**Licence texts missing (add them before release):** "
                    + ", ".join(f"{g} (" + (f"https://spdx.org/licenses/{g}.html" if spdx.is_spdx(g)
                                             else "the licensor's own text") + ")" for g in gaps), ""]
    return out


def write_notice(result: GateResult, out_path: str | Path, *, manifest: Manifest | None = None,
                 record: RunRecord | None = None) -> Path:
    """Write NOTICE.md atomically."""
    out = Path(out_path)
    atomic_write_text(out, render_notice(result, manifest=manifest, record=record))
    return out
