"""What the documents read from a run record, computed once: declared sources, PII figures, licences, compute.

Every figure is a count, a kind, a digest or a declared organisational fact: the record holds no personal data,
and neither does anything built from it here.
"""

from __future__ import annotations

from typing import Any

from ..compute import StageCompute
from ..disclosure import DeclaredSource, Provider
from ..governance import Governance, RegulatoryPolicy, as_governance, regulatory_policy
from ..record import GateRun, RunRecord


def ev(g: GateRun) -> dict[str, Any]:
    """A gate's evidence as data, whichever report version wrote it."""
    e = g.result.evidence
    return e if isinstance(e, dict) else e.model_dump(mode="json")


def join(values: Any, empty: str | None = None) -> str | None:
    vals = [str(v) for v in values if v not in (None, "")]
    return ", ".join(vals) if vals else empty


def yes_no(value: bool | None) -> str | None:
    return None if value is None else ("yes" if value else "no")


def fmt_int(n: int | float | None) -> str:
    return "not counted" if n is None else f"{int(n):,}"


def fmt_flops(x: float | None) -> str:
    return "not available" if not x else f"{x:.3e} FLOP"


class Facts:
    def __init__(self, record: RunRecord):
        self.record = record
        self.policy: RegulatoryPolicy = regulatory_policy(record.policy.document)
        self.provider: Provider = self.policy.provider
        cfg = record.config if isinstance(record.config, dict) else {}
        self.gov: Governance = as_governance(cfg.get("governance")) or Governance()
        sources = record.sources or self._undeclared_sources()
        self.datasets: list[DeclaredSource] = [s for s in sources if s.kind == "dataset"]
        models = [s for s in sources if s.kind == "model"]
        self.base: DeclaredSource | None = models[0] if models else None
        self.pii = [g for g in record.gates if g.result.gate == "pii"]
        self.lic = [g for g in record.gates if g.result.gate == "license"]
        self.trained = [s for s in record.stages if s.status == "completed"]
        self.computes: list[tuple[str, StageCompute]] = [(s.name, s.compute) for s in record.stages
                                                         if s.compute is not None]
        self.found: dict[str, int] = {}
        for g in self.pii:
            for k, v in (ev(g).get("counts_by_type") or {}).items():
                self.found[k] = self.found.get(k, 0) + int(v)
        pii_policy = record.policy.document.get("pii") if isinstance(record.policy.document, dict) else None
        ents = pii_policy.get("entities", {}) if isinstance(pii_policy, dict) else {}
        self.actions: dict[str, str] = {k: (v.get("action", "placeholder") if isinstance(v, dict) else str(v))
                                        for k, v in ents.items()}

    def _undeclared_sources(self) -> list[DeclaredSource]:
        """A record from before version 3 lists no declared sources: the licence gate's sources, with nothing
        declared about them (so every disclosure field shows as not provided, never as 'no')."""
        cfg = self.record.config if isinstance(self.record.config, dict) else {}
        used: dict[str, list[str]] = {}
        for st in cfg.get("stages") or []:
            if isinstance(st, dict) and st.get("dataset"):
                used.setdefault(str(st["dataset"]), []).append(str(st.get("name") or st.get("kind")))
        out = []
        for g in self.record.gates:
            if g.result.gate != "license":
                continue
            for s in ev(g).get("sources") or []:
                if isinstance(s, dict) and s.get("kind") in ("dataset", "model") and s.get("name"):
                    if s["kind"] == "model" and s["name"] != self.record.base_model.get("name"):
                        continue
                    out.append(DeclaredSource(name=str(s["name"]), kind=s["kind"], stages=used.get(str(s["name"]), []),
                                              source=s.get("source"), license=s.get("license"),
                                              revision=s.get("revision"), attribution=s.get("attribution")))
        return out

    # ------------------------------------------------------------------ per dataset

    def stage_of_scope(self, g: GateRun) -> str:
        return g.scope.removeprefix("stage ").strip()

    def pii_for(self, ds: DeclaredSource) -> list[dict[str, Any]]:
        """The PII gate's evidence for each stage that trained on ``ds``."""
        return [ev(g) for g in self.pii if self.stage_of_scope(g) in ds.stages]

    def records(self, ds: DeclaredSource) -> int | None:
        counts = [int(e["records_in"]) for e in self.pii_for(ds) if isinstance(e.get("records_in"), int)]
        return max(counts) if counts else None

    def dataset_tokens(self, ds: DeclaredSource) -> int | None:
        """Tokens of the dataset as tokenized by the first stage that trained on it and counted them."""
        for name, c in self.computes:
            if name in ds.stages and c.dataset_tokens is not None:
                return c.dataset_tokens
        return None

    def licence_entry(self, name: str) -> dict[str, Any] | None:
        for g in self.lic:
            for s in ev(g).get("sources") or []:
                if isinstance(s, dict) and s.get("name") == name:
                    return s
        return None

    def pii_lines(self) -> list[str]:
        out = []
        for g in self.pii:
            e = ev(g)
            counts = e.get("counts_by_type") or {}
            found = ", ".join(f"{k} {v}" for k, v in sorted(counts.items())) or "none"
            out.append(f"{g.scope}: {g.result.verdict}; {fmt_int(e.get('records_in'))} record(s) read, "
                       f"{fmt_int(e.get('records_changed'))} changed, {fmt_int(e.get('records_dropped') or 0)} "
                       f"dropped; personal data found and scrubbed by kind: {found}; re-scan of the scrubbed copy: "
                       f"{e.get('residual', 'not run')} finding(s)")
        return out

    def declared_by_source(self, field: str, datasets: list[DeclaredSource] | None = None) -> tuple[list[str],
                                                                                                    list[str]]:
        """(``name: value`` for each dataset that declares ``field``, names of those that do not)."""
        have, lack = [], []
        for d in self.datasets if datasets is None else datasets:
            v = getattr(d.declared, field)
            if v in (None, [], ""):
                lack.append(d.name)
            else:
                have.append(f"{d.name}: {join(v) if isinstance(v, list) else v}")
        return have, lack
