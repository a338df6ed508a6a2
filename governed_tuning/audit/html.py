"""report.html: one self-contained page a compliance officer reads without tools.

Summary verdict first, then each gate with its reasons, charts (fairness by group, PII found by type) as inline
SVG, the licence table, the regulatory mapping, the artefacts and their digests, and how to verify. No script,
no external resource; every text that came from data, users or the record is escaped.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import TYPE_CHECKING, Any

from .. import palette
from ..gates.base import Evidence
from ..gates.fairness.evidence import BbqEvidence, FairnessEvidence
from ..gates.license.evidence import LicenseEvidence
from ..gates.memorisation.evidence import MemorisationEvidence
from ..gates.engine import EngineEvidence
from ..gates.pii.evidence import PiiEvidence
from ..record import GateRun

if TYPE_CHECKING:
    from .report import Report


CSS = """body{font:15px/1.45 system-ui,sans-serif;max-width:1100px;margin:2em auto;padding:0 1em;color:#1f2328}
h1{font-size:1.6em}h2{border-bottom:1px solid #d0d7de;padding-bottom:.2em;margin-top:2em}
.verdict{font-size:1.3em;font-weight:700;padding:.6em 1em;border-radius:6px;color:#fff}
.badge{font-weight:700;padding:.1em .5em;border-radius:4px;color:#fff;font-size:.85em}
table{border-collapse:collapse;width:100%;margin:.5em 0}td,th{border:1px solid #d0d7de;padding:.3em .5em;
text-align:left;vertical-align:top}th{background:#f6f8fa}code{font-size:.85em;word-break:break-all}
.gate{border:1px solid #d0d7de;border-radius:6px;padding:.5em 1em;margin:.8em 0}"""


def e(value: Any) -> str:
    return escape(str(value), quote=True)


def badge(word: str) -> str:
    return f'<span class="badge" style="background:{palette.colour(word).hex}">{e(word)}</span>'


def bar_chart(title: str, values: dict[str, float], unit: str = "", limit: float | None = None) -> str:
    """A horizontal bar chart as inline SVG; labels escaped."""
    if not values:
        return ""
    rows = list(values.items())[:40]
    top = max([abs(v) for _, v in rows] + [limit or 0, 1e-9])
    width, label_w, bar_w, row_h = 640, 200, 360, 22
    height = 30 + row_h * len(rows)
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{width}" height="{height}" '
             f'aria-label="{e(title)}"><title>{e(title)}</title>'
             f'<text x="0" y="16" font-weight="bold" font-size="13">{e(title)}</text>']
    for i, (label, v) in enumerate(rows):
        y = 26 + i * row_h
        w = max(1.0, bar_w * abs(v) / top)
        parts.append(f'<text x="{label_w - 6}" y="{y + 14}" text-anchor="end" font-size="12">{e(str(label)[:30])}</text>'
                     f'<rect x="{label_w}" y="{y + 2}" width="{w:.1f}" height="{row_h - 6}" fill="#0969da"/>'
                     f'<text x="{label_w + w + 4:.1f}" y="{y + 14}" font-size="12">{e(_fmt(v))}{e(unit)}</text>')
    if limit is not None:
        x = label_w + bar_w * limit / top
        parts.append(f'<line x1="{x:.1f}" y1="22" x2="{x:.1f}" y2="{height}" stroke="{palette.FAIL.hex}" stroke-dasharray="4"/>')
    parts.append("</svg>")
    return "".join(parts)


def _fmt(v: float) -> str:
    return str(int(v)) if float(v).is_integer() else f"{v:.3f}"


def _number(v: Any) -> float | None:
    return float(v) if isinstance(v, (int, float)) and not isinstance(v, bool) else None


def _cell(v: Any) -> str:
    n = _number(v)
    return "n/a" if v is None else (_fmt(n) if n is not None else str(v))


def fairness_validity_html(ev: dict[str, Any]) -> str:
    """Whether the measurement carried signal: each group's score distribution (so "every output at 0.5" is
    visible), the scorer probe, and the smallest gap each metric could detect."""
    val = ev.get("validity")
    if not isinstance(val, dict):
        return ""
    out = "<h4>Validity: did the measurement carry signal?</h4>"
    why = [x for x in val.get("signal_reasons") or [] if isinstance(x, str)]
    out += ("<ul>" + "".join(f"<li>{e(x)}</li>" for x in why) + "</ul>") if why else \
        "<p>The scores vary and the scorer separates texts of known answer.</p>"
    dist = (val.get("score_distribution") or {}).get("by_group")
    if isinstance(dist, dict):
        keys = ["n", "mean", "std", "min", "q25", "median", "q75", "max"]
        out += "<p>Score distribution by group</p>" + _table(
            ["group", *keys], [[g, *(_cell(d.get(k)) for k in keys)] for g, d in dist.items() if isinstance(d, dict)])
    probe = val.get("scorer_probe")
    if isinstance(probe, dict):
        scores = ", ".join(f"{p.get('kind')} {_cell(p.get('score'))}" for p in probe.get("scores") or []
                           if isinstance(p, dict))
        out += (f"<p>Scorer probe ({e(probe.get('scorer'))}): {e(scores)}; separation "
                f"{e(_cell(probe.get('separation')))}, {'separates' if probe.get('separates') else 'does NOT separate'}"
                "</p>")
    mdes = [m for m in val.get("min_detectable") or [] if isinstance(m, dict)]
    if mdes:
        out += f"<p>Smallest detectable value at {e(_cell(val.get('power')))} power</p>" + _table(
            ["metric", "smallest detectable", "limit", "within limit"],
            [[m.get("metric"), _cell(m.get("min_detectable")), _cell(m.get("limit")),
              {True: "yes", False: "no"}.get(m.get("within_limit"), "no limit")] for m in mdes])
    return out


def bbq_html(ev: dict[str, Any]) -> str:
    """BBQ per context and category: accuracy, bias score with interval, smallest detectable score."""
    scores = ev.get("scores") if ev.get("suite") == "bbq" else None
    if not isinstance(scores, dict):
        return ""
    src = ev.get("source") or {}
    rows = []
    for kind, block in scores.items():
        if not isinstance(block, dict):
            continue
        cells = [("overall", block.get("overall") or {}), *(block.get("by_category") or {}).items()]
        for scope, c in cells:
            ci = c.get("bias_ci") or [None, None]
            rows.append([kind, scope, block.get("metric"), _cell(c.get("bias")),
                         f"{_cell(ci[0])} to {_cell(ci[1])}", _cell(c.get("accuracy")),
                         _cell(c.get("min_detectable_bias")), c.get("n_question_sets")])
    verdicts = ", ".join(f"{k}: {v}" for k, v in (ev.get("contexts") or {}).items())
    return (f"<h4>BBQ ({e(src.get('package'))} {e(src.get('version'))}, licence {e(src.get('license'))}, data "
            f"sha256 <code>{e(src.get('data_sha256'))}</code>)</h4><p>Per context: {e(verdicts)}</p>"
            + _table(["context", "category", "score", "value", "interval", "accuracy", "smallest detectable",
                      "question sets"], rows))


def _table(head: list[str], rows: list[list[Any]]) -> str:
    h = "".join(f"<th>{e(c)}</th>" for c in head)
    body = "".join("<tr>" + "".join(f"<td>{c if isinstance(c, Markup) else e(c)}</td>" for c in r) + "</tr>" for r in rows)
    return f"<table><tr>{h}</tr>{body}</table>"


class Markup(str):
    """Text already escaped by this module."""


def _fairness_section(scope: str, ev: FairnessEvidence) -> str:
    values = {g: v for g, row in ev.by_group.items()
              if (v := row.rate if row.rate is not None else row.mean_score) is not None}
    out = bar_chart(f"Fairness: outcome by group ({scope})", values)
    if ev.limit is not None:
        out += f"<p>Largest allowed gap between groups: {e(_fmt(ev.limit))}</p>"
    if ev.demographic_parity_difference is not None:
        out += f"<p>Measured demographic parity difference: {e(_fmt(ev.demographic_parity_difference))}</p>"
    return out + fairness_validity_html(ev.as_dict()) + _engine_line(ev.engine, "Outputs generated and scored")


def _engine_line(engine: EngineEvidence | None, what: str) -> str:
    """Which engine did the work, for an auditor reading a copy that is a folder of shards (left out: local)."""
    if engine is None or engine.name == "local":
        return ""
    c = engine.cluster
    where = (f" on a {c.address_kind} Ray of {c.nodes} node(s), {_fmt(c.cpus)} CPU(s), {_fmt(c.gpus)} GPU(s), "
             f"Ray {c.ray}" if c is not None else "")
    shards = (f"; {len(engine.shards)} shard(s), each with its sha256 in the evidence"
              if engine.shards is not None else "")
    data = (f"; the records travelled: {c.transport}, Ray's object store spilled to: {c.object_spilling}"
            if c is not None and c.transport else "")
    warn = "".join(f"<p><strong>Warning:</strong> {e(w)}</p>" for w in (c.warnings if c is not None else []))
    return f"<p>{e(what)} by the {e(engine.name)} engine: {engine.workers} worker(s){e(where)}{e(shards)}{e(data)}</p>" + warn


def _pii_section(scope: str, ev: PiiEvidence) -> str:
    return (bar_chart(f"PII found by type ({scope})", {k: float(v) for k, v in sorted(ev.counts_by_type.items())})
            + _engine_line(ev.engine, "Scrubbed and re-scanned") + _rescan_passes(ev))


def _rescan_passes(ev: PiiEvidence) -> str:
    """Which kinds the re-scan's independent pass looked for, by pass, and which it did not (a re-scan proves
    only the absence of what it looks for); its weak, suspected findings by kind."""
    rs = ev.rescan
    ind = rs.independent if rs is not None else None
    if not ind:
        return ""
    rows = [[p, ", ".join(ks)] for p, ks in (ind.get("passes") or {}).items()]
    rows.append(["(no independent pass)", ", ".join(ind.get("kinds_not_looked_for") or []) or "none"])
    out = "<h4>Re-scan: independent passes and the kinds each looks for</h4>" + _table(["pass", "kinds"], rows)
    if rs is not None and rs.suspected_by_type:
        out += (f"<p>Suspected (weak signals, not failed on): "
                f"{e(', '.join(f'{k} {v}' for k, v in sorted(rs.suspected_by_type.items())))}</p>")
    return out


def _license_section(scope: str, ev: LicenseEvidence) -> str:
    if not ev.sources:
        return ""
    return "<h4>Licence table</h4>" + _table(
        ["source", "kind", "licence", "verdict", "reason", "sha256"],
        [[s.name, s.kind, s.license or "", Markup(badge(s.verdict)), (s.reasons or [""])[0],
          Markup(f"<code>{e(s.sha256 or '')}</code>")] for s in ev.sources])


def _memorisation_section(scope: str, ev: MemorisationEvidence) -> str:
    """Canary exposure per canary against the limit, the probe per kind with its upper bound, and the scope."""
    out = ""
    x = ev.exposure
    if x is not None:
        out += bar_chart(f"Canary exposure in bits ({scope}); dashed: the policy's limit",
                         {f"x{c.repetitions} {c.commitment[:8]}": c.exposure for c in x.canaries}, limit=x.max_exposure)
        out += "<h4>Canary exposure</h4>" + _table(
            ["canary (commitment)", "insertions", "log-perplexity (bits)", "candidates at or below", "rank",
             "exposure (bits)", "how"],
            [[Markup(f"<code>{e(c.commitment[:16])}…</code>"), c.repetitions, f"{c.log_perplexity_bits:.2f}",
              c.candidates_at_or_below, f"{c.rank:.3g}", f"{c.exposure:.2f}", c.method] for c in x.canaries])
        sample = ("every member of the space (exact ranks)" if x.enumerated else
                  f"{x.candidates} candidates sampled uniformly (seed {x.candidate_seed}); the sample alone resolves "
                  f"about {x.resolution_bits:.1f} bits, beyond that a fitted skew-normal extrapolates")
        judged = "none" if x.judged_exposure is None else f"{x.judged_exposure:.2f} bits"
        out += (f"<p>Format: {e(x.canary_format)}; |R| = 10^{x.digits} (at most {x.log2_space:.1f} bits). Ranked "
                f"among {e(sample)}. Inserted into stage(s) {e(', '.join(x.inserted_into))}: {x.records_added} "
                f"record(s), in memory only. Judged: the highest exposure at {x.judged_repetitions} insertion(s), "
                f"{e(judged)}; the policy allows {e(_fmt(x.max_exposure))} bits.</p>")
    elif ev.exposure_not_measured:
        out += f"<p>Canary exposure not measured: {e(ev.exposure_not_measured)}</p>"
    for p in ev.probes:
        out += f"<h4>Extraction probe: {e(p.dataset)}</h4>" + _table(
            ["kind", "probed", "reproduced", "rate", "95% upper bound"],
            [[k, v.probed, v.reproduced, "" if v.rate is None else _fmt(v.rate),
              "" if v.upper_95 is None else f"{v.upper_95:.3f}"] for k, v in p.by_kind.items()]
            + [["all kinds", p.spans_probed, p.reproduced, "" if p.rate is None else _fmt(p.rate),
                "" if p.upper_95 is None else f"{p.upper_95:.3f}"]])
        out += (f"<p>{p.spans_removed} span(s) removed by the PII gate in {p.records_changed} record(s); "
                f"{p.spans_sampled} sampled ({e(p.sample)}); greedy decoding, {p.max_new_tokens} new tokens; a "
                f"match: {e(p.match)}. The policy allows a rate of {e(_fmt(p.max_extraction_rate))}.</p>")
    if ev.probe_not_run:
        out += f"<p>Extraction probe not run: {e(ev.probe_not_run)}</p>"
    return out + "<h4>What these tests show, and what they do not</h4><ul>" + "".join(
        f"<li>{e(s)}</li>" for s in ev.scope) + "</ul>"


#: What each gate adds to its section of the page, by evidence model (evidence of an older report: nothing).
SECTIONS: dict[type[Evidence], Callable[[str, Any], str]] = {
    FairnessEvidence: _fairness_section, BbqEvidence: lambda scope, ev: bbq_html(ev.as_dict()),
    PiiEvidence: _pii_section, LicenseEvidence: _license_section, MemorisationEvidence: _memorisation_section}


def _gate_section(g: GateRun) -> str:
    r = g.result
    reasons = "".join(f"<li>{e(x)}</li>" for x in r.reasons) or "<li>(no reasons given)</li>"
    section = SECTIONS.get(type(r.evidence))
    body = section(g.scope, r.evidence) if section else ""
    return (f'<div class="gate"><h3>{e(r.gate)} gate &mdash; {e(g.scope)} {badge(r.verdict)}</h3>'
            f"<ul>{reasons}</ul>{body}</div>")


def _lines(items: list[str]) -> Markup:
    return Markup("<br>".join(e(x) for x in items))


def regulatory_html(section: Any) -> str:
    """The regulatory section: provisions with evidence or what is missing, then the facts a person attests."""
    if isinstance(section, list):  # report version 1
        return _table(["framework", "provision", "what it asks", "status", "evidence"],
                      [[r.framework, r.provision, r.title, Markup(badge(r.status)), _lines(r.evidence)]
                       for r in section])
    where = ", ".join(section.jurisdictions) or "none (the policy names no jurisdiction, so no provision is mapped)"
    rows = _table(["framework", "provision", "what it asks", "status", "evidence", "missing", "limits of the evidence"],
                  [[p.framework, p.provision, p.title, Markup(badge(p.status.replace("_", " "))), _lines(p.evidence),
                    _lines(p.missing), _lines(p.limits)] for p in section.provisions]) if section.provisions else ""
    att = _table(["fact", "where the law asks", "declared in the run config", "required by the policy"],
                 [[a.field.replace("_", " "), a.provision, a.declared or "NOT DECLARED",
                   "yes" if a.required else "no"] for a in section.attestation])
    missing = (f"<p><strong>Missing governance facts (release is blocked):</strong> "
               f"{e(', '.join(section.missing_governance))}</p>" if section.missing_governance else "")
    return (f"<p>Policy: {e(section.policy)}. Jurisdictions: {e(where)}.</p><p>{e(section.outcome)}</p><p>Data: {e(section.data_status)}</p>"
            f"{rows}<h3>Attestation: what only people can decide</h3>{missing}"
            "<p>The facts below are declared in the run config, not evidenced by the tool. A named person signs them "
            "with their own key: <code>governed-tuning attest RUN --key KEY --name NAME --statement TEXT</code>; "
            "<code>governed-tuning verify</code> then checks and lists each attestation.</p>" + att)


def documents_html(report: "Report") -> str:
    """Links to the run's regulatory documents (documents/, signed with the run), or how to generate them."""
    from ..documents import KINDS

    have = {a.path for a in report.artefacts if a.role == "regulatory_document"}
    rows = []
    for kind in KINDS.values():
        links = [f'<a href="documents/{e(kind.name)}.{fmt}">{fmt}</a>' for fmt in ("md", "json")
                 if f"documents/{kind.name}.{fmt}" in have]
        rows.append([kind.title, kind.law, kind.purpose, Markup(" · ".join(links)) if links else
                     Markup(f"<code>governed-tuning docs {e(kind.name)} RUN_DIR</code> (generated from this report, "
                            "not signed)")])
    note = ("<p>Written by the run before it was signed: the signature covers them. Fields nobody provided (manifest, "
            "policy <code>regulatory.provider</code>, run config <code>governance</code>) are listed in each as not "
            "provided.</p>" if have else "<p>This run predates the documents: generate them from this report.</p>")
    return note + _table(["document", "law", "what it is for", "files"], rows)


def render_html(report: "Report") -> str:
    rec, s = report.record, report.summary
    colour = palette.colour(s.verdict).hex
    reasons = "".join(f"<li>{e(x)}</li>" for x in s.reasons)
    signed = ("Signed with ECDSA P-256; key id (a hint only) " + f"<code>{e(report.signing.key_id)}</code>"
              if report.signing.signed else "<strong>NOT SIGNED</strong>: nothing proves this page is authentic.")
    if report.signing.signed and report.signing.ledger_seq is not None:
        signed += (f"; appended to {e(report.signing.ledger or 'the ledger')} at entry "
                   f"{e(report.signing.ledger_seq)}")
    stages = _table(["stage", "kind", "status", "seed", "wall (s)", "compute", "model folder", "error"],
                    [[stage.name, stage.kind, Markup(badge(stage.status if stage.status != "completed" else "pass")), stage.seed,
                      stage.wall_s, stage.compute.summary() if stage.compute else "not recorded", stage.model_dir or "",
                      stage.error.message if stage.error else ""] for stage in rec.stages])
    gates = "".join(_gate_section(g) for g in rec.gates) or "<p>No gate ran.</p>"
    curves = "".join(bar_chart(f"Stage {stage.name}: {name} by logged step", {str(i + 1): v for i, v in enumerate(vals)})
                     for stage in rec.stages for name, vals in stage.metrics.items()
                     if isinstance(vals, list) and vals and all(_number(v) is not None for v in vals))
    not_run = (f"<p>Gates not run in this build: {e(', '.join(rec.gates_not_run))}</p>" if rec.gates_not_run else "")
    reg = regulatory_html(report.regulatory)
    ml = rec.model_license
    licence = ("" if ml is None else f"<h3>The model's licence: {badge(ml.status)} {e(ml.license or 'not decided')}"
               f"</h3><p>Inbound licences: {e(ml.inbound or 'none recorded')}</p><ul>"
               + "".join(f"<li>{e(r)}</li>" for r in ml.reasons) + "</ul>")
    documents = documents_html(report)
    arts = _table(["path", "role", "size (bytes)", "sha256"],
                  [[a.path, a.role, a.size, Markup(f"<code>{e(a.sha256)}</code>")] for a in report.artefacts])
    verify = "".join(f"<li><code>{e(x)}</code></li>" for x in report.how_to_verify)
    error = (f"<p><strong>Error</strong> ({e(rec.error.where)}): {e(rec.error.type)}: {e(rec.error.message)}</p>"
             if rec.error else "")
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>Audit report {e(rec.run_id)}</title><style>{CSS}</style></head><body>
<h1>Audit report for run <code>{e(rec.run_id)}</code></h1>
<div class="verdict" style="background:{colour}">{e(s.verdict.upper())}: {e(s.headline)}</div>
<ul>{reasons}</ul>{error}
<p>Policy <strong>{e(rec.policy.describe())}</strong> (sha256 <code>{e(rec.policy.sha256)}</code>). Run by
{e(rec.user or "unknown")} on {e(rec.host or "unknown")}, started {e(rec.started_at)}, finished
{e(rec.finished_at or "not recorded")}. Base model: {e(rec.base_model.get("name") or rec.base_model.get("path") or "not recorded")}.
Report schema version {e(report.report_version)}, written {e(report.generated_at)} by
{e(report.generator.get("name", ""))} {e(report.generator.get("version", ""))}.</p>
<p>{signed}</p>
<h2>Gates</h2>{gates}{not_run}
<h2>Stages</h2>{stages}{curves}
<h2>Regulatory section</h2>{reg}{licence}
<h2>Documents for regulators</h2>{documents}
<h2>Artefacts and their digests</h2>{arts}
<h2>How to verify</h2><ol>{verify}</ol>
<p>Verification checks the signature over the exact signed bytes, re-hashes every artefact listed above, checks that
report.json is the signed report, and finds the run in the hash-chained ledger. This page itself is a rendering:
trust the verified report.json, not the page.</p>
</body></html>
"""
