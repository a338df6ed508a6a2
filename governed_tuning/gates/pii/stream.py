"""The local engine: the PII gate's passes (``passes.py``) as a loop over batches of the input, in bounded memory.

The input is read three times and never held: a check of every line (``datastream.open_source``: bad input is
named before any slow work), pass 1 (detection; the findings, positions and kinds only, are spooled to a
temporary file so NER runs once), pass 2 (scrub, re-scan and write each batch). What stays in memory is one
batch, the dataset-wide ``DatasetState`` (the distinct values found), the detector's bounded caches, and the
evidence's counts and first positions. The copy is written into a temporary beside the output and moved into
place only when the re-scan passes; the removed spans handed to ``on_span`` are spooled too and handed on once
the copy is in place.
"""

from __future__ import annotations

import pickle
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ... import data
from ...datastream import Sink, open_source
from ...digest import sha256_path
from ...errors import InputError
from .collector import collecting_less
from .passes import DatasetState, detect_batch, removed_spans, rescan_batch, scrub_batch
from .repairs import withholds_copy
from .spans import RemovedSpan

if TYPE_CHECKING:  # pragma: no cover
    from ..base import GateResult
    from .gate import PiiGate

BATCH = 512  # records per batch (one nlp.pipe batch of their segments); the records written do not depend on it
MAX_FIELDS = 1000  # distinct fields remembered as holding a leftover (for the "outside --fields" reason)


class Leftovers:
    """The re-scan's leftovers over the whole copy as counts, plus the first ``limit`` positions in the evidence's
    order (places never re-scrubbed first, then by how many rounds re-scrubbed them; then by record)."""

    def __init__(self, limit: int):
        self.limit = limit
        self.count = 0
        self.by_type: Counter = Counter()
        self.by_why: Counter = Counter()
        self.fields: set[str] = set()
        self._first: dict[int, list[dict[str, Any]]] = {}

    def add(self, r: dict[str, Any], first_out: int) -> None:
        self.count += 1
        self.by_type[r["entity"]] += 1
        self.by_why[r["why"]] += 1
        if len(self.fields) < MAX_FIELDS:
            self.fields.add(r["field"])
        depth = r.pop("depth", 0)
        keep = self._first.setdefault(depth, [])
        if len(keep) < self.limit:
            keep.append(dict(r, record=r["record"] + first_out))

    def first(self) -> list[dict[str, Any]]:
        return [r for d in sorted(self._first) for r in self._first[d]][:self.limit]


@collecting_less
def check(gate: PiiGate, input_path: str | Path, output_path: str | Path, fields: list[str] | None = None,
          on_span: Callable[[RemovedSpan], None] | None = None, batch: int = BATCH, *,
          index_path: str | Path | None = None, index_name: str | None = None) -> GateResult:
    """Scrub ``input_path`` into ``output_path`` in bounded memory and judge the copy (``PiiGate.check``).
    With ``index_path`` the copy's subject index is built in pass 2 (its postings are what it holds in memory)
    and written once the copy is in place."""
    from .gate import MAX_POSITIONS, Summary, _Bar, _FieldNames, check_fields

    t0 = time.perf_counter()
    input_sha256 = sha256_path(input_path) if Path(input_path).exists() else None  # the bytes about to be read
    src = open_source(input_path, on_malformed=gate.policy.on_malformed_record)
    want = data._SUFFIXES.get(Path(output_path).suffix.lower())
    if want is not None and want != src.fmt or (want is None and src.fmt != "hf"):
        raise InputError(output_path, f"the scrubbed copy is written in the input's format ({src.fmt}); "
                                      f"give an output path for that format")
    like = data.Table(records=[], fmt=src.fmt, path=src.path, schema=src.schema)
    data.check_output_path(output_path, like=like)  # before the scrub, not after it
    names = _FieldNames([])
    names.position = dict(src.fields)
    check_fields(names, fields, src, input_path)
    t_read = time.perf_counter()
    typed = src.fmt in ("parquet", "hf")
    clock: dict[str, float] = defaultdict(float)
    with tempfile.TemporaryFile(prefix="scrub-findings-") as spool, \
            tempfile.TemporaryFile(prefix="scrub-spans-") as span_spool:
        # pass 1: detection; the dataset-wide state
        state = DatasetState()
        bar = _Bar(src.records, "detecting") if gate.progress else None
        try:
            for recs, _ in src.batches(batch):
                found, part = detect_batch(gate, recs)
                pickle.dump(found, spool, protocol=pickle.HIGHEST_PROTOCOL)
                state.merge(part)
                if bar:
                    bar.advance(len(recs))
        finally:
            if bar:
                bar.close()
        state.finish()
        gate.known = state.known
        clock["detect"] = time.perf_counter() - t_read
        spool.seek(0)
        # pass 2: scrub, re-scan and write, batch by batch
        left = Leftovers(MAX_POSITIONS)
        by_type: Counter = Counter()
        by_field: dict[str, Counter] = {}
        changed = dropped = refused = nulled = by_column = 0
        dropped_lines: list[int] = []
        rescrubbed: Counter = Counter()
        repaired: Counter = Counter()
        artefacts: Counter = Counter()
        rounds = 1
        n_in = n_out = 0
        bar = _Bar(src.records, "scrubbing") if gate.progress else None
        subjects = gate.index_builder() if index_path is not None and gate.policy.subject_index else None
        sink = Sink(output_path, src)
        try:
            for recs, lines in src.batches(batch):
                t1 = time.perf_counter()
                hook = None if subjects is None else \
                    (lambda j, fs, base=n_in: subjects.add(base + j, fs))
                sc = scrub_batch(gate, recs, pickle.load(spool), state, fields, typed, on_record=hook)
                if subjects is not None:  # where each record went: its place in the copy, or dropped
                    subjects.place([(n_in + j, n_out + k, lines[j]) for k, j in enumerate(sc.kept)]
                                   + [(n_in + j, -1, lines[j]) for j in sc.dropped])
                t2 = time.perf_counter()
                rs = rescan_batch(gate, sc, state)
                t3 = time.perf_counter()
                for k, v in sc.by_type.items():
                    by_type[k] += v
                for f, c in sc.by_field.items():
                    by_field.setdefault(f, Counter()).update(c)
                changed += sc.changed
                dropped += len(sc.dropped)
                refused += sc.refused
                nulled += sc.nulled
                by_column += sc.by_column
                dropped_lines += [lines[j] for j in sc.dropped][:MAX_POSITIONS - len(dropped_lines)]
                rescrubbed.update(rs.rescrubbed)
                repaired.update(rs.repaired or {})
                artefacts.update(rs.artefacts)
                rounds = max(rounds, rs.rounds)
                for r in rs.found:
                    left.add(r, n_out)
                if left.count <= gate.policy.max_residual_findings:  # a copy that will not be written is not
                    sink.write(sc.records, [n_in + k for k in sc.kept])
                    if on_span is not None:
                        spans: list[RemovedSpan] = []
                        removed_spans(sc, n_in, n_out, spans.append)
                        pickle.dump(spans, span_spool, protocol=pickle.HIGHEST_PROTOCOL)
                n_in += len(recs)
                n_out += len(sc.records)
                clock["scrub"] += t2 - t1
                clock["rescan"] += t3 - t2
                clock["write"] += time.perf_counter() - t3
                if bar:
                    bar.advance(len(recs))
            # a copy that still holds PII is never written, nor one whose repairs show a blind spot the policy
            # fails on (repairs.py)
            written = left.count <= gate.policy.max_residual_findings and \
                not withholds_copy(gate.policy.rescan, repaired, by_type + rescrubbed)
            t4 = time.perf_counter()
            if written:
                sink.commit()
            else:
                sink.abort()
            clock["write"] += time.perf_counter() - t4
        except BaseException:
            sink.abort()
            raise
        finally:
            if bar:
                bar.close()
        if written and on_span is not None:
            span_spool.seek(0)
            while True:
                try:
                    part_spans = pickle.load(span_spool)
                except EOFError:
                    break
                for s in part_spans:
                    on_span(s)
    index_info = gate.write_subject_index(subjects, index_path, index_name, output_path, records_in=src.records,
                                          records_out=n_out, input_sha256=input_sha256) if written else None
    names.lookups += [state.personal_keys, state.known.words]
    t_end = time.perf_counter()
    summary = Summary(
        fmt=src.fmt, input_sha256=input_sha256, records_in=src.records, records_out=n_out, changed=changed,
        dropped=dropped, refused=refused, nulled=nulled, by_column=by_column, headerless=src.fmt == "csv" and not src.header,
        dropped_lines=dropped_lines, malformed=src.malformed,
        malformed_count=src.malformed_count, by_type=by_type, by_field=by_field, residual=left.first(),
        residual_count=left.count, residual_by_type=left.by_type, residual_by_why=left.by_why,
        residual_fields=left.fields, rescrubbed=rescrubbed, repaired=repaired, artefacts=artefacts, rounds=rounds,
        output_written=written, output_sha256=sha256_path(output_path) if written else None,
        timings={"read": t_read - t0, "scrub": clock["detect"] + clock["scrub"], "rescan": clock["rescan"],
                 "write": clock["write"], "total": t_end - t0}, subject_index=index_info)
    return gate.result(summary, names, fields, input_path)
