"""The PII gate: scrub a dataset into a new file of the same format, re-scan it, and say whether it may be used.

``PiiGate(policy).check(input_path, output_path, fields=None) -> GateResult``. Chat records
(``messages: [{role, content}]``) and preference records (``prompt/chosen/rejected``, strings or message
lists) are understood; only text is changed, every other value and the record order are kept. The evidence
holds counts, entity types, positions and digests only, never a matched value.
"""

from __future__ import annotations

import time
from collections import Counter
from pathlib import Path
from typing import Any

from ... import data
from ...digest import sha256_path
from ...errors import InputError
from ...policy import PiiPolicy
from ..base import GateResult
from .engine import PiiKeyError, Scrubber  # noqa: F401  (PiiKeyError is part of the public surface)

CHUNK = 512  # records detected together (one nlp.pipe batch)
MAX_POSITIONS = 100  # residual positions listed in the evidence


# Keys whose string values are structure, not text a person wrote (chat roles, multimodal part types).
STRUCTURAL_KEYS = frozenset({"role", "type"})


def text_slots(record: dict[str, Any], fields: list[str] | None = None) -> list[tuple[str, tuple]]:
    """``(field, path)`` of every text value in ``record``, at any depth: plain strings, lists of strings,
    chat messages' ``content``, multimodal parts (``content: [{type, text}]``) and nested metadata. Only the
    values of structural keys (``role``, ``type``) are left out."""
    slots: list[tuple[str, tuple]] = []

    def walk(field: str, value: Any, path: tuple) -> None:
        if isinstance(value, str):
            slots.append((field, path))
        elif isinstance(value, list):
            for i, item in enumerate(value):
                walk(field, item, path + (i,))
        elif isinstance(value, dict):
            for key, item in value.items():
                if key not in STRUCTURAL_KEYS or not isinstance(item, str):
                    walk(field, item, path + (key,))

    for k, v in record.items():
        if fields is None or k in fields:
            walk(k, v, (k,))
    return slots


def _get(record, path):
    for p in path:
        record = record[p]
    return record


def _copy_set(record: dict, path: tuple, value: str) -> None:
    """Set ``value`` at ``path`` in ``record`` (whose containers were copied first)."""
    obj = record
    for p in path[:-1]:
        obj = obj[p]
    obj[path[-1]] = value


def _deep_copy_texts(value: Any) -> Any:
    """Copy every list and dict (leaves are shared), so setting a scrubbed text never edits the input record."""
    if isinstance(value, dict):
        return {k: _deep_copy_texts(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_deep_copy_texts(v) for v in value]
    return value


class PiiGate:
    name = "pii"

    def __init__(self, policy: PiiPolicy, *, progress: bool = False, scrubber: Scrubber | None = None):
        self.policy = policy
        self.progress = progress
        self.scrubber = scrubber or Scrubber(policy)

    def scrub_records(self, records: list[dict[str, Any]], fields: list[str] | None = None, on_chunk=None):
        """Scrub in memory: ``(kept records, stats)``; stats hold counts and positions only."""
        s = self.scrubber
        by_type: Counter = Counter()
        by_field: dict[str, Counter] = {}
        changed = dropped = 0
        out: list[dict] = []
        changed_slots: list[tuple[int, str, tuple, str]] = []  # (output index, field, path, new text)
        dropped_idx: list[int] = []
        # pass 1, detection (the slow part, chunked through NER): findings per text, and the person names found
        # with confidence anywhere in the dataset; pass 2 scrubs those names at every occurrence, in records
        # before the one that confirmed them too
        known: set[str] = set()
        detected: list[tuple[list, list[str], list]] = []  # per chunk: (slots per record, texts, findings)
        for c0 in range(0, len(records), CHUNK):
            chunk = records[c0:c0 + CHUNK]
            slots = [text_slots(r, fields) for r in chunk]
            texts = [_get(r, p) for r, sl in zip(chunk, slots) for _, p in sl]
            found = s.detect_many(texts)
            if "PERSON" in s.entities:
                known |= s.names_in(texts, found, strong_only=True)
            detected.append((slots, texts, found))
            if on_chunk:
                on_chunk(len(chunk))
        for ci, (slots, texts, found) in enumerate(detected):
            c0 = ci * CHUNK
            pos = 0
            for j, (rec, sl) in enumerate(zip(records[c0:c0 + CHUNK], slots)):
                rtexts, rfound = texts[pos:pos + len(sl)], found[pos:pos + len(sl)]
                pos += len(sl)
                rfound = s.propagate(rtexts, rfound, known)
                rfound = s.places_in_context(rfound)
                if not any(rfound):
                    out.append(rec)
                    continue
                new = _deep_copy_texts(rec)
                drop = False
                news = []
                aliases = s.person_aliases(rtexts, rfound)
                for (field, path), t, fs in zip(sl, rtexts, rfound):
                    if not fs:
                        continue
                    for f in fs:
                        by_type[f.entity] += 1
                        by_field.setdefault(field, Counter())[f.entity] += 1
                    nt, d = s.anonymise(t, fs, aliases)
                    drop |= d
                    _copy_set(new, path, nt)
                    news.append((field, path, nt))
                if drop:
                    dropped += 1
                    dropped_idx.append(c0 + j)
                    continue
                changed += 1
                changed_slots += [(len(out), f, p, nt) for f, p, nt in news]
                out.append(new)
            detected[ci] = ((), [], [])  # done with this chunk's findings
        return out, {"by_type": by_type, "by_field": by_field, "changed": changed, "dropped": dropped,
                     "dropped_index": dropped_idx, "changed_slots": changed_slots}

    def rescan(self, changed_slots) -> list[dict[str, Any]]:
        """Re-scan every text the scrub changed (unchanged texts had no findings, and detection is deterministic)."""
        residual = []
        for c0 in range(0, len(changed_slots), CHUNK * 4):
            part = changed_slots[c0:c0 + CHUNK * 4]
            for (idx, field, path, _), fs in zip(part, self.scrubber.residual([t for *_, t in part])):
                residual += [{"record": idx, "field": field, "path": [str(p) for p in path], "entity": f.entity,
                              "start": f.start, "end": f.end} for f in fs]
        return residual

    def check(self, input_path: str | Path, output_path: str | Path, fields: list[str] | None = None) -> GateResult:
        t0 = time.perf_counter()
        input_sha256 = sha256_path(input_path) if Path(input_path).exists() else None  # the bytes about to be read
        table = data.read_table(input_path, on_malformed=self.policy.on_malformed_record)
        want = data._SUFFIXES.get(Path(output_path).suffix.lower())
        if want is not None and want != table.fmt or (want is None and table.fmt != "hf"):
            raise InputError(output_path, f"the scrubbed copy is written in the input's format ({table.fmt}); "
                                          f"give an output path for that format")
        data.check_output_path(output_path, like=table)  # before the scrub, not after it
        t_read = time.perf_counter()
        if fields:
            present = {k for r in table.records for k in r}
            missing = [f for f in fields if f not in present]
            if missing and table.records:
                raise InputError(input_path, f"field(s) {missing} named with --fields are in no record; "
                                             f"the records have {sorted(present)}")
        bar = _Bar(len(table.records)) if self.progress else None
        try:
            records, st = self.scrub_records(table.records, fields, on_chunk=bar.advance if bar else None)
        finally:
            if bar:
                bar.close()
        t_scrub = time.perf_counter()
        residual = self.rescan(st["changed_slots"])
        t_rescan = time.perf_counter()
        limit = self.policy.max_residual_findings
        written = len(residual) <= limit  # a copy that still holds PII is never written
        if written:
            data.write_table(output_path, records, like=table)
        t_write = time.perf_counter()
        res_types = Counter(r["entity"] for r in residual)
        reasons = []
        total = sum(st["by_type"].values())
        if len(residual) > limit:
            verdict = "fail"
            reasons.append(f"the re-scan of the scrubbed copy found {len(residual)} possible PII finding(s) "
                           f"({', '.join(f'{k}: {v}' for k, v in sorted(res_types.items()))}); the policy allows "
                           f"at most {limit}; the scrubbed copy was not written")
        else:
            verdict = "pass"
            reasons.append(f"{total} PII finding(s) scrubbed in {st['changed']} record(s), {st['dropped']} record(s) "
                           f"dropped; the re-scan found {len(residual)} (policy allows {limit})")
        if table.malformed:
            reasons.append(f"{len(table.malformed)} malformed line(s) skipped as the policy allows: "
                           + ", ".join(f"{Path(input_path).name}:{m.line}" for m in table.malformed[:10]))
        s = self.scrubber
        evidence = {
            "input_sha256": input_sha256,
            "output_sha256": sha256_path(output_path) if written else None,
            "output_written": written,
            "format": table.fmt,
            "records_in": len(table.records),
            "records_out": len(records),
            "records_changed": st["changed"],
            "records_dropped": st["dropped"],
            "dropped_records": [table.lines[i] for i in st["dropped_index"]][:MAX_POSITIONS],
            "malformed_skipped": len(table.malformed),
            "malformed": [{"line": m.line, "reason": m.reason} for m in table.malformed[:MAX_POSITIONS]],
            "counts_by_type": dict(sorted(st["by_type"].items())),
            "counts_by_field": {k: sum(v.values()) for k, v in sorted(st["by_field"].items())},
            "counts_by_field_and_type": {k: dict(sorted(v.items())) for k, v in sorted(st["by_field"].items())},
            "residual": len(residual),
            "residual_by_type": dict(sorted(res_types.items())),
            "residual_positions": residual[:MAX_POSITIONS],
            "max_residual_findings": limit,
            "entities": {k: r.action for k, r in sorted(self.policy.entities.items())},
            "fields": fields or "all text fields",
            "detector": ({"name": "presidio", "presidio_analyzer": s.presidio.version} if s.presidio is not None
                         else {"name": "governed"}),
            "recognizers": s.recognizers + (["spacy_ner"] if s.nlp is not None else [])
            + (["name_propagation"] if "PERSON" in s.entities and s.model is not None else []),
            "ner_model": ({"name": s.model.name, "package": self.policy.ner_model, "version": s.model.version,
                           "sha256": s.model.sha256} if s.model else None),
            "ner_segments": s.ner_segments if s.presidio is None else None,  # presidio: NER on every sentence
            "segments": s.segments if s.presidio is None else None,
            "pseudonym_key": "set" if s.key else "not set",
            "timings_s": {"read": round(t_read - t0, 3), "scrub": round(t_scrub - t_read, 3),
                          "rescan": round(t_rescan - t_scrub, 3), "write": round(t_write - t_rescan, 3),
                          "total": round(t_write - t0, 3)},
        }
        return GateResult(gate="pii", verdict=verdict, reasons=reasons, evidence=evidence)


class _Bar:
    """A progress bar on stderr that shows record counts only."""

    def __init__(self, total: int):
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        self.p = Progress(TextColumn("scrubbing"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                          console=Console(stderr=True), transient=True)
        self.p.start()
        self.task = self.p.add_task("scrub", total=total)

    def advance(self, n: int) -> None:
        self.p.update(self.task, advance=n)

    def close(self) -> None:
        self.p.stop()
