"""The PII gate's scrub as a Ray Data job (``scrub --engine ray``): the passes of ``passes.py`` as Ray stages.

1. The driver checks the input whole (``datastream.open_source``, as the local engine does) and reads it once into
   Ray's object store, in blocks that keep each record's row id (its index in the input) and source line.
2. Pass 1, ``map_batches`` over a pool of actors (each builds the gate, so loads the NER model, once): the
   detector's findings per record (positions and kinds, kept beside the record for pass 2, so NER runs once)
   and each block's share of the dataset-wide state.
3. The aggregation between the passes, on the driver: the blocks' ``DatasetState``s merged in row order and
   finished. That is all the passes share; it is sent to every actor of pass 2.
4. Pass 2, a second pool: scrub and re-scan each block (``scrub_batch``, ``rescan_batch``), then Ray's write
   tasks write the records as shards (``part-<first row id>.<ext>``, in the input's format) into a temporary
   folder beside the output. A block whose re-scan already exceeds the policy's limit is never written.
5. The driver adds up the blocks' counts and leftovers exactly as the local engine does (``stream.Leftovers``,
   ``PiiGate.result``), so the evidence has the same schema and figures, plus the engine, its workers and the
   shards' digests. The folder is moved into place only when the copy passes; otherwise it is removed.

Nothing in a block's result depends on another block except through the state, so the records written equal the
local engine's, in the same order (shards sorted by name, records by row id within each). Records and the
pseudonym key travel to the workers through Ray's object store; on a cluster, the output folder must be on a
file system every node and the driver share.
"""

from __future__ import annotations

import dataclasses
import math
import pickle
import time
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ... import raycluster
from ...datastream import Sink, Source, open_source
from ...digest import sha256_path
from ...errors import GovernedTuningError, InputError
from ...fsio import atomic_path, atomic_write_json
from ...policy import PiiPolicy
from ...shards import MANIFEST
from ...subjects.index import IndexBuilder
from .passes import DatasetState, detect_batch, merge, removed_spans, rescan_batch, scrub_batch
from .repairs import withholds_copy
from .spans import RemovedSpan

if TYPE_CHECKING:  # pragma: no cover
    from ..base import GateResult
    from .gate import PiiGate

BLOCK = 512  # most records per block (one map_batches call; one nlp.pipe batch of their segments)
SUFFIX = {"jsonl": ".jsonl", "csv": ".csv", "parquet": ".parquet"}


def _gate(policy: PiiPolicy, key: bytes | None) -> PiiGate:
    """The gate in a worker: the driver's policy and pseudonym key (a worker's own environment or config folder
    may hold another key, or none), the NER model loaded once per actor."""
    from .engine import Scrubber
    from .gate import PiiGate

    return PiiGate(policy, scrubber=Scrubber(policy, key=key))


def _column(batch: Any, name: str) -> list:
    return batch.column(name).to_pylist()


class _Detect:
    """Pass 1 in an actor: each block's findings (a column beside the record) and its share of the state (on the
    block's first row)."""

    def __init__(self, policy: PiiPolicy, key: bytes | None):
        self.gate = _gate(policy, key)

    def __call__(self, batch: Any) -> Any:
        import pyarrow as pa

        recs = [pickle.loads(b) for b in _column(batch, "rec")]
        found, state = detect_batch(self.gate, recs)
        states = [pickle.dumps(state, protocol=pickle.HIGHEST_PROTOCOL)] + [b""] * (len(recs) - 1) if recs else []
        return (batch.append_column("findings", pa.array([pickle.dumps(f, protocol=pickle.HIGHEST_PROTOCOL)
                                                          for f in found], pa.binary()))
                .append_column("state", pa.array(states, pa.binary())))


class _ScrubAndRescan:
    """Pass 2 in an actor: one row per record kept (its row id and the scrubbed record), then one row holding the
    block's counts, leftovers and spans (``rec`` empty), so a block whose records were all dropped still counts."""

    def __init__(self, policy: PiiPolicy, key: bytes | None, state: Any, fields: list[str] | None, typed: bool,
                 spans: bool, index: tuple[bytes, str, str] | None = None):
        self.gate = _gate(policy, key)
        self.index = index  # (pseudonym key, its fingerprint, phone region): the subject index's tokens
        if not isinstance(state, bytes):  # the reference to the pickled state, put once by the driver
            import ray

            state = ray.get(state)
        self.state: DatasetState = pickle.loads(state)
        self.gate.known = self.state.known
        self.fields, self.typed, self.spans = fields, typed, spans

    def __call__(self, batch: Any) -> Any:
        import pyarrow as pa

        rows, lines = _column(batch, "row"), _column(batch, "line")
        recs = [pickle.loads(b) for b in _column(batch, "rec")]
        found = [pickle.loads(b) for b in _column(batch, "findings")]
        t0 = time.perf_counter()
        builder = IndexBuilder(*self.index) if self.index is not None else None
        hook = None if builder is None else (lambda j, fs: builder.add(j, fs))
        sc = scrub_batch(self.gate, recs, found, self.state, self.fields, self.typed, on_record=hook)
        subjects = []  # (row id, place among the block's kept records or -1, line, tokens): keyed tokens only
        if builder is not None:
            place = {j: k for k, j in enumerate(sc.kept)}
            subjects = [(rows[j], place.get(j, -1), lines[j], sorted(toks))
                        for j, toks in sorted(builder.take().items()) if toks]
        t1 = time.perf_counter()
        rs = rescan_batch(self.gate, sc, self.state)
        t2 = time.perf_counter()
        spans: list[RemovedSpan] = []
        if self.spans and rows:
            removed_spans(sc, rows[0], 0, spans.append)  # records in the copy: shifted on the driver
        stats = {"first": rows[0] if rows else -1, "n_in": len(recs), "n_out": len(sc.records),
                 "by_type": sc.by_type, "by_field": sc.by_field, "changed": sc.changed, "dropped": len(sc.dropped),
                 "refused": sc.refused, "nulled": sc.nulled, "by_column": sc.by_column, "dropped_lines": [lines[j] for j in sc.dropped],
                 "found": rs.found, "rescrubbed": rs.rescrubbed, "repaired": rs.repaired, "artefacts": rs.artefacts, "rounds": rs.rounds,
                 "spans": spans, "subjects": subjects,
                 "subject_classes": builder.classes if builder is not None else {}, "seconds": {"scrub": t1 - t0, "rescan": t2 - t1}}
        out_rows = [rows[j] for j in sc.kept] + [rows[0] if rows else -1]
        out_recs = [pickle.dumps(r, protocol=pickle.HIGHEST_PROTOCOL) for r in sc.records] + [b""]
        out_stats = [b""] * len(sc.records) + [pickle.dumps(stats, protocol=pickle.HIGHEST_PROTOCOL)]
        return pa.table({"row": pa.array(out_rows, pa.int64()), "rec": pa.array(out_recs, pa.binary()),
                         "stats": pa.array(out_stats, pa.binary())})


def _shard_sink(folder: Path, src: Source, limit: int) -> Any:
    """A Ray Datasink whose write tasks each write one shard with the gate's own writer (``datastream.Sink``:
    the same bytes per record as the local engine's copy; Ray's JSON writer would go through Arrow, which fills a
    key one record lacks and another has with null). Returns each shard's name, count, digest and the blocks'
    counts. A write task holding a block whose leftovers exceed ``limit`` writes nothing: that copy fails."""
    from ray.data.block import BlockAccessor
    from ray.data.datasource import Datasink

    class ShardSink(Datasink):
        def __init__(self) -> None:
            self.returns: list[dict[str, Any]] = []

        def write(self, blocks: Iterable[Any], ctx: Any) -> dict[str, Any]:
            rows: list[tuple[int, bytes]] = []
            stats: list[bytes] = []
            for block in blocks:
                t = BlockAccessor.for_block(block).to_arrow()
                for row, rec, st in zip(_column(t, "row"), _column(t, "rec"), _column(t, "stats")):
                    if st:
                        stats.append(st)
                    else:
                        rows.append((row, rec))
            rows.sort(key=lambda r: r[0])
            left = sum(len(pickle.loads(s)["found"]) for s in stats)
            out: dict[str, Any] = {"stats": stats, "shard": None}
            if rows and left <= limit:
                name = f"part-{rows[0][0]:012d}{SUFFIX[src.fmt]}"
                sink = Sink(folder / name, src)
                try:
                    sink.write([pickle.loads(r) for _, r in rows], [i for i, _ in rows])
                    sink.commit()
                except BaseException:
                    sink.abort()
                    raise
                out["shard"] = {"name": name, "records": len(rows), "sha256": sha256_path(folder / name),
                                "first_row": rows[0][0]}
            return out

        def on_write_complete(self, write_result: Any) -> None:
            self.returns = list(write_result.write_returns)

        def get_name(self) -> str:
            return "ScrubbedShards"

    return ShardSink()


def _check_output_folder(out: Path, src: Source) -> None:
    """The copy is a folder of shards: refuse a file, a folder that is not an earlier copy of ours (or empty),
    and a folder that holds the input or lies inside it."""
    a, b = src.path.resolve(), out.resolve()
    if a == b or b in a.parents or a in b.parents:
        raise InputError(out, f"refusing to write the shards over a folder that holds the input, or inside the input "
                              f"({src.path}); choose a path outside it")
    if out.exists() and not out.is_dir():
        raise InputError(out, "is a file; --engine ray writes a folder of shards: give a folder path")
    if out.is_dir() and any(out.iterdir()) and not (out / MANIFEST).is_file():
        raise InputError(out, f"exists and is not an earlier scrubbed copy (no {MANIFEST}); refusing to replace it "
                              "(choose a new path)")


class _Totals:
    """The blocks' counts added up in row order, as the local engine adds its batches (``stream.check``)."""

    def __init__(self, limit_positions: int, subjects: IndexBuilder | None = None):
        from .stream import Leftovers

        self.subjects = subjects
        self.left = Leftovers(limit_positions)
        self.limit_positions = limit_positions
        self.by_type: Counter = Counter()
        self.by_field: dict[str, Counter] = {}
        self.rescrubbed: Counter = Counter()
        self.repaired: Counter = Counter()  # by (why, kind): repairs.py
        self.artefacts: Counter = Counter()
        self.n_in = self.n_out = self.changed = self.dropped = self.refused = self.nulled = self.by_column = 0
        self.rounds = 1
        self.dropped_lines: list[int] = []
        self.spans: list[RemovedSpan] = []
        self.seconds: Counter = Counter()

    def add(self, s: dict[str, Any]) -> None:
        self.by_type.update(s["by_type"])
        for f, c in s["by_field"].items():
            self.by_field.setdefault(f, Counter()).update(c)
        self.changed += s["changed"]
        self.dropped += s["dropped"]
        self.refused += s["refused"]
        self.nulled += s["nulled"]
        self.by_column += s.get("by_column", 0)
        self.dropped_lines += s["dropped_lines"][:self.limit_positions - len(self.dropped_lines)]
        self.rescrubbed.update(s["rescrubbed"])
        self.repaired.update(s.get("repaired") or {})
        self.artefacts.update(s["artefacts"])
        self.rounds = max(self.rounds, s["rounds"])
        for r in s["found"]:
            self.left.add(r, self.n_out)
        self.spans += [dataclasses.replace(sp, record=sp.record + self.n_out) for sp in s["spans"]]
        self.seconds.update(s["seconds"])
        if self.subjects is not None:  # the block's records' places in the whole copy
            self.subjects.add_tokens((row, toks) for row, _, _, toks in s["subjects"])
            self.subjects.count_classes(s["subject_classes"])
            self.subjects.place((row, self.n_out + k if k >= 0 else -1, line) for row, k, line, _ in s["subjects"])
        self.n_in += s["n_in"]
        self.n_out += s["n_out"]


class _Withheld(Exception):
    """Raised into the atomic folder writer to remove the shards of a copy that failed its re-scan."""


def check(gate: PiiGate, input_path: str | Path, output_path: str | Path, fields: list[str] | None = None,
          on_span: Callable[[RemovedSpan], None] | None = None, *, address: str | None = None,
          workers: int | None = None, block: int | None = None, index_path: str | Path | None = None,
          index_name: str | None = None, spill_dir: str | Path | None = None) -> GateResult:
    """Scrub ``input_path`` into the folder ``output_path`` on Ray and judge the copy (``PiiGate.check``'s
    verdict and evidence, plus ``engine``). ``address``: the Ray to join (``raycluster.session``); ``workers``:
    actors per pool (default: one per CPU less one); ``block``: most records per block (default: enough blocks
    for every actor to get several, at most ``BLOCK``)."""
    from ..engine import EngineEvidence
    from .gate import MAX_POSITIONS, Summary, _FieldNames, check_fields

    raycluster.require_ray()  # before any work: a missing extra is said at once
    t0 = time.perf_counter()
    input_sha256 = sha256_path(input_path) if Path(input_path).exists() else None  # the bytes about to be read
    src = open_source(input_path, on_malformed=gate.policy.on_malformed_record)
    if src.fmt not in SUFFIX:
        raise InputError(input_path, f"--engine ray writes JSONL, CSV or Parquet shards; a {src.fmt} input is "
                                     "scrubbed by the local engine (--engine local)")
    out = Path(output_path)
    _check_output_folder(out, src)
    names = _FieldNames([])
    names.position = dict(src.fields)
    check_fields(names, fields, src, input_path)
    limit = gate.policy.max_residual_findings
    builder = gate.index_builder() if index_path is not None and gate.policy.subject_index else None
    tot = _Totals(MAX_POSITIONS, builder)
    shards: list[dict[str, Any]] = []
    state = DatasetState()
    with raycluster.session(address, progress=gate.progress, spill_dir=spill_dir) as info:
        ray = raycluster.require_ray()
        import pyarrow as pa
        from ray.data import ActorPoolStrategy

        n = workers or raycluster.default_workers(info)
        size = block or max(1, min(BLOCK, math.ceil(src.records / (n * 4))))
        n = max(1, min(n, math.ceil(src.records / size)))  # an actor with no block would only load the model
        refs, first = [], 0
        for recs, lines in src.batches(size):
            refs.append(ray.put(pa.table({
                "row": pa.array(range(first, first + len(recs)), pa.int64()), "line": pa.array(lines, pa.int64()),
                "rec": pa.array([pickle.dumps(r, protocol=pickle.HIGHEST_PROTOCOL) for r in recs], pa.binary())})))
            first += len(recs)
        t_read = t_detect = time.perf_counter()
        key = gate.scrubber.key
        pool = {"batch_size": None, "batch_format": "pyarrow", "compute": ActorPoolStrategy(size=n)}
        try:
            with atomic_path(out, directory=True) as tmp:
                returns: list[dict[str, Any]] = []
                if refs:
                    # pass 1: detection over the actor pool; the findings stay beside their records
                    detected = ray.data.from_arrow_refs(refs).map_batches(
                        _Detect, fn_constructor_kwargs={"policy": gate.policy, "key": key}, **pool).materialize()
                    del refs
                    # the aggregation between the passes: the blocks' states, merged in row order
                    parts: list[tuple[int, bytes]] = []
                    for b in detected.select_columns(["row", "state"]).iter_batches(batch_format="pyarrow",
                                                                                      batch_size=None):
                        parts += [(r, s) for r, s in zip(_column(b, "row"), _column(b, "state")) if s]
                    state = merge(pickle.loads(s) for _, s in sorted(parts, key=lambda p: p[0]))
                    state.finish()
                    gate.known = state.known
                    t_detect = time.perf_counter()
                    # pass 2: scrub and re-scan over a second pool; Ray's write tasks write the shards. The state
                    # (a SQLite image past 65,536 values: 160 MB at a million) goes into the object store once and
                    # the actors fetch it: as a constructor argument it stayed in the driver's memory for the whole
                    # pass, and Ray Data keys an actor's constructor arguments by their repr when they cannot be
                    # hashed (a policy cannot), so the image was copied again as a repr, ~4 bytes per byte, and
                    # shipped inside every actor's definition
                    state_ref = ray.put(pickle.dumps(state, pickle.HIGHEST_PROTOCOL))
                    sink = _shard_sink(tmp, src, limit)
                    detected.map_batches(_ScrubAndRescan, fn_constructor_kwargs={
                        "policy": gate.policy, "key": key, "state": state_ref,
                        "fields": fields, "typed": src.fmt == "parquet", "spans": on_span is not None,
                        "index": (builder.key, builder.fingerprint, builder.region) if builder else None},
                        **pool).write_datasink(sink, ray_remote_args={"num_cpus": 0})  # beside the actors
                    returns = sink.returns
                    del detected, state_ref
                else:
                    state.finish()
                for s in sorted((pickle.loads(s) for r in returns for s in r["stats"]), key=lambda s: s["first"]):
                    tot.add(s)
                shards = sorted((r["shard"] for r in returns if r["shard"]), key=lambda s: s["first_row"])
                if tot.n_in != src.records:  # a lost block is an error, never a smaller copy
                    raise GovernedTuningError(f"the Ray engine accounted for {tot.n_in} of {src.records} records; "
                                              "nothing was written")
                t_scrub = time.perf_counter()
                if tot.left.count > limit or withholds_copy(gate.policy.rescan, tot.repaired, tot.by_type + tot.rescrubbed):
                    raise _Withheld()  # a copy that still holds PII is never written (nor one with a blind spot)
                atomic_write_json(tmp / MANIFEST, {
                    "format": src.fmt, "records": tot.n_out, "order": "shards sorted by name; a shard is named by "
                    "the input row id of its first record, and holds its records in input order", "shards": shards})
        except _Withheld:
            pass
    written = tot.left.count <= limit and not withholds_copy(gate.policy.rescan, tot.repaired, tot.by_type + tot.rescrubbed)
    if written and on_span is not None:
        for sp in tot.spans:
            on_span(sp)
    index_info = gate.write_subject_index(builder, index_path, index_name, out, records_in=src.records,
                                          records_out=tot.n_out, input_sha256=input_sha256) if written else None
    names.lookups += [state.personal_keys, state.known.words]
    t_end = time.perf_counter()
    summary = Summary(
        fmt=src.fmt, input_sha256=input_sha256, records_in=src.records, records_out=tot.n_out, changed=tot.changed,
        dropped=tot.dropped, refused=tot.refused, nulled=tot.nulled, by_column=tot.by_column, dropped_lines=tot.dropped_lines, malformed=src.malformed,
        headerless=src.fmt == "csv" and not src.header,
        malformed_count=src.malformed_count, by_type=tot.by_type, by_field=tot.by_field, residual=tot.left.first(),
        residual_count=tot.left.count, residual_by_type=tot.left.by_type, residual_by_why=tot.left.by_why,
        residual_fields=tot.left.fields, rescrubbed=tot.rescrubbed, repaired=tot.repaired, artefacts=tot.artefacts, rounds=tot.rounds,
        output_written=written, output_sha256=sha256_path(out) if written else None,
        # wall time of each pass (pass 2 scrubs, re-scans and writes at once, over the pool)
        timings={"read": t_read - t0, "scrub": t_detect - t_read, "rescan": t_scrub - t_detect,
                 "write": t_end - t_scrub, "total": t_end - t0}, subject_index=index_info)
    result = gate.result(summary, names, fields, input_path)
    engine = EngineEvidence.model_validate({
        "name": "ray", "workers": n, "batches": math.ceil(src.records / size) if src.records else 0,
        "cluster": info.evidence(), "shards": [{k: s[k] for k in ("name", "records", "sha256")} for s in shards]
        if written else []})
    result.evidence = result.evidence.model_copy(update={"engine": engine})
    return result
