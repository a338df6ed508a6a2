"""The licence and provenance gate: may a run train on these datasets and this base model?

For every source in a manifest the gate decides ``allow``, ``review`` or ``deny`` from

* its SPDX licence expression (parsed by ``license-expression``: ``OR`` is satisfied by any acceptable choice,
  ``AND`` needs every part, ``WITH`` pairs a licence with an exception) judged against the ``license`` section
  of the policy;
* its provenance: the path exists, a source is recorded, a declared sha256 matches what is on disk;
* what a local Hugging Face folder says about itself (README.md YAML header, LICENSE file,
  ``dataset_info.json``), which must agree with the manifest.

Then it looks at the mixture as a whole: every obligation the combined sources carry, and the combinations that
conflict (two share-alike licences that cannot be combined, or share-alike material in a model the policy means
to ship under another licence). A policy failure is data in the returned :class:`GateResult`; only a broken
manifest or an unknown source name raises.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from boolean.boolean import ParseError
from license_expression import AND, OR, ExpressionError, LicenseSymbol, LicenseWithExceptionSymbol

from ... import spdx as lt
from ...digest import sha256_path
from ...errors import ConfigError
from ...manifest import Kind, Manifest, SourceSpec
from ...policy import LicensePolicy
from ..base import GateResult
from .evidence import LicenseEvidence

_RANK = {"allow": 0, "review": 1, "deny": 2}
UNRECOGNISED = "(unrecognised licence text)"
_ACTION_VERB = {"allow": "allows", "review": "asks a human to review", "deny": "denies"}
README_SECTION = "README.md#allowing-a-licence-your-policy-denies"


def way_forward(key: str, noncommercial: bool = False) -> str:
    """How a user allows a licence the policy does not: a policy of their own, and where the README says more."""
    research = (" (or, for a model used for research only, set license.intended_use: research)"
                if noncommercial else "")
    return (f"to use it once legal has read its terms, list {key!r} under license.allow in a policy of your own"
            f"{research}: governed-tuning policy show default > my-policy.yaml, edit it, then pass --policy "
            f"my-policy.yaml (or policy: my-policy.yaml in run.yaml); see {README_SECTION}")


def _worst(*verdicts: str) -> str:
    return max(verdicts, key=_RANK.__getitem__) if verdicts else "allow"


@dataclass
class Decision:
    """The verdict on one licence expression, the reasons, and the licence ids the verdict relies on."""

    verdict: str
    reasons: list[str]
    ids: list[str] = field(default_factory=list)  # licences that apply (the chosen side of an OR)
    normalized: str | None = None


# --------------------------------------------------------------------------- expressions


class LicenseJudge:
    """Judges SPDX expressions against a licence policy; ``policy_name`` is how reasons refer to the policy."""

    def __init__(self, policy: LicensePolicy, policy_name: str = "the policy"):
        self.policy = policy
        self.name = f"policy {policy_name}" if policy_name != "the policy" else policy_name
        self._deny = {s.casefold() for s in policy.deny}
        self._review = {s.casefold() for s in policy.review}
        self._allow = {s.casefold() for s in policy.allow}

    def judge(self, expression: str | None) -> Decision:
        if expression is None or not str(expression).strip():
            return Decision(self.policy.unknown, [f"no licence is declared; {self.name} "
                                                  f"{_ACTION_VERB[self.policy.unknown]} sources whose licence "
                                                  "is unknown"])
        text = str(expression).strip()
        try:
            parsed = lt.licensing().parse(text, validate=False)
        except (ExpressionError, ParseError) as exc:
            return Decision(self.policy.unknown, [f"the licence expression {text!r} is not valid SPDX syntax "
                                                  f"({exc}); {self.name} {_ACTION_VERB[self.policy.unknown]} "
                                                  "licences it cannot read"])
        d = self._node(parsed)
        d.normalized = str(parsed)
        d.ids = list(dict.fromkeys(d.ids))
        return d

    def _node(self, node: Any) -> Decision:
        if isinstance(node, LicenseWithExceptionSymbol):
            return self._with(node)
        if isinstance(node, LicenseSymbol):
            return self._id(node.key)
        if isinstance(node, AND):
            parts = [self._node(a) for a in node.args]
            verdict = _worst(*(p.verdict for p in parts))
            reasons = [r for p in parts if p.verdict == verdict for r in p.reasons]
            return Decision(verdict, reasons, [i for p in parts for i in p.ids])
        if isinstance(node, OR):
            parts = [self._node(a) for a in node.args]
            best = min(parts, key=lambda p: _RANK[p.verdict])
            choice = " AND ".join(best.ids) or "?"
            lead = (f"{node} offers a choice of licence; {choice} is taken" if len(parts) > 1 else "")
            return Decision(best.verdict, ([lead] if lead else []) + best.reasons, best.ids)
        return Decision(self.policy.unknown, [f"{node} is not a licence expression the gate understands"])

    def _with(self, node: LicenseWithExceptionSymbol) -> Decision:
        lic, exc = node.license_symbol.key, node.exception_symbol.key
        pair = f"{lic} WITH {exc}"
        listed = self._listed(pair)
        if listed:
            return listed
        if not node.exception_symbol.is_exception or lt.category(exc) is None:
            return Decision(self.policy.unknown, [f"{exc} in {pair!r} is not an SPDX licence exception; "
                                                  f"{self.name} {_ACTION_VERB[self.policy.unknown]} licences "
                                                  "it cannot identify"], [lic])
        d = self._id(lic)
        d.reasons = [f"{r} (the {exc} exception does not change this; list {pair!r} in the policy to decide "
                     "the pairing itself)" for r in d.reasons]
        return d

    def _listed(self, key: str) -> Decision | None:
        k = key.casefold()
        for verdict, ids, what in (("deny", self._deny, "deny"), ("review", self._review, "review"),
                                   ("allow", self._allow, "allow")):
            if k in ids:
                return Decision(verdict, [f"{key} is on the {what} list of {self.name}"], [key])
        return None

    def _id(self, key: str) -> Decision:
        listed = self._listed(key)
        if listed:
            return listed
        p = self.policy
        ref = key.lower().startswith("licenseref-")
        if ref or not lt.is_spdx(key):
            what = ("is a LicenseRef- id, a licence of its own that is not on the SPDX list" if ref
                    else "is not an SPDX licence id")
            reasons = [f"{key} {what}, so its terms are unknown; {self.name} "
                       f"{_ACTION_VERB[p.unknown]} licences it cannot identify"]
            return Decision(p.unknown, reasons + ([way_forward(key)] if p.unknown != "allow" else []), [key])
        t = lt.terms(key)
        found: list[tuple[str, str]] = []
        if t.noncommercial:
            if p.intended_use == "commercial":
                tail = {"deny": "allows only commercial-compatible licences",
                        "review": "asks a human to review non-commercial licences under commercial use",
                        "allow": "accepts non-commercial licences even for commercial use"}[p.noncommercial]
                found.append((p.noncommercial, f"{key} forbids commercial use; {self.name} {tail}"))
            else:
                found.append(("allow", f"{key} forbids commercial use only; {self.name} is for research use, "
                                       "which it permits"))
        if t.no_derivatives:
            found.append((p.no_derivatives, f"{key} forbids sharing adapted material, and a fine-tuned model is "
                                            f"adapted material; {self.name} {_ACTION_VERB[p.no_derivatives]} "
                                            "no-derivatives licences"))
        if t.share_alike:
            reach = ("whatever is built from it, the trained model included, must be shared under the same "
                     "terms" if t.strong else "modified files must stay under the same licence")
            found.append((p.copyleft, f"{key} is a share-alike (copyleft) licence: {reach}; {self.name} "
                                      f"{_ACTION_VERB[p.copyleft]} copyleft licences"))
        if not found:
            if t.category in lt.PERMISSIVE or t.category in lt.PUBLIC_DOMAIN:
                kind = "public-domain dedication" if t.category in lt.PUBLIC_DOMAIN else "permissive licence"
                found.append((p.permissive, f"{key} is a {kind}; {self.name} {_ACTION_VERB[p.permissive]} "
                                            "permissive and public-domain licences"))
            else:
                found.append((p.other, f"{key} is a {str(t.category).lower()} licence, neither permissive nor "
                                       f"copyleft; {self.name} {_ACTION_VERB[p.other]} such licences"))
        verdict = _worst(*(v for v, _ in found))
        reasons = [r for v, r in found if v == verdict]
        if verdict != "allow":
            reasons.append(way_forward(key, noncommercial=t.noncommercial and p.intended_use == "commercial"))
        return Decision(verdict, reasons, [key])


# --------------------------------------------------------------------------- what a folder declares


def folder_declarations(folder: Path) -> list[tuple[str, str]]:
    """``(where, licence)`` for each licence a local Hugging Face folder declares about itself."""
    found: list[tuple[str, str]] = []
    readme = folder / "README.md"
    if readme.is_file():
        text = readme.read_text(encoding="utf-8", errors="replace")
        if text.startswith("---"):
            end = text.find("\n---", 3)
            try:
                header = yaml.safe_load(text[3:end]) if end > 0 else None
            except yaml.YAMLError:
                header = None
            lic = header.get("license") if isinstance(header, dict) else None
            if isinstance(lic, list):
                lic = " AND ".join(str(x) for x in lic)
            if lic:
                found.append(("README.md", str(lic)))
    for name in ("LICENSE", "LICENSE.txt", "LICENSE.md", "LICENCE", "COPYING"):
        f = folder / name
        if f.is_file():
            spdx = lt.identify_license_text(f.read_text(encoding="utf-8", errors="replace"))
            found.append((name, spdx or UNRECOGNISED))
            break
    for info in [folder / "dataset_info.json", *sorted(folder.glob("*/dataset_info.json"))]:
        if info.is_file():
            try:
                lic = json.loads(info.read_text(encoding="utf-8")).get("license")
            except (json.JSONDecodeError, AttributeError):
                lic = None
            if lic:
                found.append((info.relative_to(folder).as_posix(), str(lic)))
                break
    return found


_HUB_ID = re.compile(r"^[A-Za-z0-9][\w.-]*/[\w.-]+$")


def hub_snapshot(repo_id: str, revision: str | None = None) -> Path | None:
    """Folder of a model's snapshot in the local Hugging Face cache (never downloads); None when absent."""
    from huggingface_hub import constants
    from huggingface_hub.file_download import repo_folder_name

    storage = Path(constants.HF_HUB_CACHE) / repo_folder_name(repo_id=repo_id, repo_type="model")
    rev = revision or "main"
    if not re.fullmatch(r"[0-9a-f]{40}", rev):
        ref = storage / "refs" / rev
        if not ref.is_file():
            return None
        rev = ref.read_text(encoding="utf-8").strip()
    snap = storage / "snapshots" / rev
    return snap if snap.is_dir() else None


# --------------------------------------------------------------------------- the gate


class LicenseGate:
    name = "license"

    def __init__(self, policy: LicensePolicy, policy_name: str = "the policy"):
        self.policy = policy
        self.policy_name = policy_name
        self.judge = LicenseJudge(policy, policy_name)

    def check(self, manifest: Manifest, only: list[str] | None = None) -> GateResult:
        """Judge the manifest's sources (``only``: just these datasets, plus every model) and their mixture."""
        chosen = self._select(manifest, only)
        entries = [self._source(manifest, kind, spec) for kind, spec in chosen]
        mixture = self._mixture(entries)
        counts = {v: sum(e["verdict"] == v for e in entries) for v in ("allow", "review", "deny")}
        reasons: list[str] = []
        for e in entries:
            if e["verdict"] != "allow":
                state = "denied" if e["verdict"] == "deny" else "sent to review"
                reasons.append(f"{e['kind']} {e['name']} is {state}: " + "; ".join(e["reasons"][:1]))
        reasons += [c["reason"] for c in mixture["conflicts"]]
        if counts["deny"]:
            verdict = "fail"
        elif mixture["conflicts"] and self.policy.on_conflict == "fail":
            verdict = "fail"
        elif counts["review"] or mixture["conflicts"]:
            verdict = "review"
        else:
            verdict = "pass"
            reasons.append(f"all {len(entries)} source(s) are allowed under {self.judge.name}")
        evidence = {
            "policy": {"name": self.policy_name, **self.policy.model_dump(mode="json")},
            "checked": [e["name"] for e in entries],
            "counts": counts,
            "sources": entries,
            "mixture": mixture,
        }
        return GateResult(gate="license", verdict=verdict, reasons=reasons, evidence=evidence)

    # -- selection

    @staticmethod
    def _select(manifest: Manifest, only: list[str] | None) -> list[tuple[Kind, SourceSpec]]:
        if only is None:
            return manifest.sources()
        names = {s.name for s in manifest.datasets}
        missing = [n for n in only if n not in names]
        if missing:
            raise ConfigError(f"the manifest has no dataset named {', '.join(map(repr, missing))}; its datasets "
                              f"are: {', '.join(sorted(names)) or '(none)'}")
        return [("dataset", s) for s in manifest.datasets if s.name in only] + [("model", s) for s in manifest.models]

    # -- one source

    def _source(self, manifest: Manifest, kind: Kind, spec: SourceSpec) -> dict[str, Any]:
        d = self.judge.judge(spec.license)
        notes: list[tuple[str, str]] = [(d.verdict, r) for r in d.reasons]  # (verdict it supports, reason)
        digest = None
        declared: list[dict[str, str]] = []
        path = manifest.resolve(spec)
        hub_id = spec.source if path is None and kind == "model" and _HUB_ID.match(spec.source or "") else None
        if hub_id:
            path = hub_snapshot(hub_id, spec.revision)
            if path is None:
                notes.append(("deny", f"the model is named by the hub id {hub_id!r} with no path, and revision "
                                      f"{spec.revision or 'main'} is not in the local Hugging Face cache, so "
                                      "nothing can be checked offline"))
            else:
                notes.append(("allow", f"no path is given; the local Hugging Face cache's snapshot of {hub_id!r} "
                                       "was checked"))
        elif path is None:
            notes.append(("deny", "no path is given, so the gate cannot check or hash what would be trained on"))
        if path is not None and not path.exists():
            notes.append(("deny", f"the path {spec.path} does not exist (relative to the manifest's folder), so "
                           "nothing can be verified"))
        elif path is not None:
            digest = sha256_path(path)
            if spec.sha256 and spec.sha256 != digest:
                notes.append(("deny", f"the content's sha256 ({digest[:12]}…) does not match the sha256 declared "
                                      f"in the manifest ({spec.sha256[:12]}…): the data changed after it was "
                                      "recorded"))
            elif spec.sha256:
                notes.append(("allow", "the content matches the sha256 declared in the manifest"))
            if path.is_dir():
                for where, lic in folder_declarations(path):
                    declared.append({"file": where, "license": lic})
                    v, r = self._compare(spec, d, where, lic)
                    if r:
                        notes.append((v, r))
        if spec.sha256 is None and kind in self.policy.require_sha256:
            notes.append(("deny", f"no sha256 is declared; {self.judge.name} requires a digest for every {kind} "
                                  "so that what was approved is what is trained on"))
        if not spec.source and self.policy.require_source:
            notes.append(("deny", f"no source is recorded, so where the {kind} came from is unknown; "
                                  f"{self.judge.name} requires provenance for every dataset and model"))
        verdict = _worst(*(v for v, _ in notes))
        # the reasons that decided come first, then the rest in the order they were found
        reasons = [r for _, r in sorted(notes, key=lambda n: -_RANK[n[0]])]
        return {
            "name": spec.name,
            "kind": kind,
            "license": d.normalized or spec.license,
            "verdict": verdict,
            "reasons": reasons,
            "path": spec.path,
            "source": spec.source,
            "revision": spec.revision,
            "attribution": spec.attribution,
            "hub_id": hub_id,
            "sha256": digest,
            "declared_sha256": spec.sha256,
            "declared_by_folder": declared,
            "license_ids": d.ids,
            "obligations": self._obligations(d.ids),
        }

    def _obligations(self, ids: list[str]) -> list[dict[str, str]]:
        """What the licences require, plus what the policy attaches to them."""
        extra = {k.casefold(): kinds for k, kinds in self.policy.obligations.items()}
        out: list[dict[str, str]] = []
        for i in ids:
            known = lt.obligations(lt.terms(i)) if lt.is_spdx(i) else []
            out += [{"kind": k, "license": i, "text": text} for k, text in known]
            have = {k for k, _ in known}
            out += [{"kind": k, "license": i, "text": f"{k} for {i}, as {self.judge.name} requires"}
                    for k in extra.get(i.casefold(), []) if k not in have]
        return out

    def _compare(self, spec: SourceSpec, d: Decision, where: str, declared: str) -> tuple[str, str | None]:
        """Verdict and reason for a folder's own licence declaration against the manifest's."""
        if spec.license is None:
            return "allow", f"the folder's {where} declares licence {declared!r}; add it to the manifest"
        if declared == UNRECOGNISED:
            return "review", (f"the folder's {where} holds a licence text the gate does not recognise; a human must "
                              f"check that it grants what the manifest's {spec.license!r} says")
        mine = self.judge.judge(declared)
        if mine.normalized is not None and d.normalized is not None:
            try:
                same = lt.licensing().is_equivalent(mine.normalized, d.normalized)
            except (ExpressionError, ParseError):
                same = False
            if same:
                return "allow", None
        if mine.normalized is None or not all(lt.is_spdx(i) for i in mine.ids):
            return "review", (f"the folder's {where} declares licence {declared!r}, which is not an SPDX licence "
                              f"the gate can judge, while the manifest says {spec.license!r}; a human must "
                              "confirm which is right")
        return _worst("review", mine.verdict), (
            f"the folder's {where} declares licence {mine.normalized!r} but the manifest says {spec.license!r}; "
            f"the stricter verdict ({_worst('review', mine.verdict)}) applies until a human confirms which is right")

    # -- the mixture

    def _mixture(self, entries: list[dict[str, Any]]) -> dict[str, Any]:
        used = [e for e in entries if e["verdict"] != "deny"]
        grouped: dict[tuple[str, str], dict[str, Any]] = {}
        for e in used:
            for ob in e["obligations"]:
                g = grouped.setdefault((ob["kind"], ob["license"]), {**ob, "sources": []})
                g["sources"].append(e["name"])
        credits = [{"name": e["name"], "license": e["license"], "attribution": e["attribution"],
                    "source": e["source"], "revision": e["revision"]}
                   for e in used if any(o["kind"] in ("attribution", "notice") for o in e["obligations"])]
        conflicts: list[dict[str, Any]] = []
        sa = [(e["name"], i) for e in used for i in e["license_ids"] if lt.is_spdx(i) and lt.terms(i).strong]
        for n, (name_a, a) in enumerate(sa):
            for name_b, b in sa[n + 1:]:
                if a != b and lt.combinable(a, b) is None:
                    conflicts.append({"kind": "share-alike", "licenses": [a, b], "sources": [name_a, name_b],
                                      "reason": f"{name_a} ({a}) and {name_b} ({b}) are both share-alike and "
                                                "neither licence lets the combined work be released under the "
                                                "other; they cannot be trained on together"})
        target = self.policy.model_license
        if target:
            for name, i in sa:
                if not lt.can_flow_into(i, target):
                    conflicts.append({"kind": "model-license", "licenses": [i, target], "sources": [name],
                                      "reason": f"{name} is under the share-alike licence {i}, which would bind the "
                                                f"trained model, but {self.judge.name} ships models under {target}"})
        return {"sources": [e["name"] for e in used], "obligations": list(grouped.values()), "credits": credits,
                "conflicts": conflicts}


def allowed_sources(result: GateResult) -> list[str]:
    """Names of the sources the licence gate allowed: a run trains only on these."""
    return [s.name for s in result.evidence_as(LicenseEvidence).sources if s.verdict == "allow"]
