"""The PII gate's scrub on Ray (``scrub --engine ray``): the passes of ``passes.py`` over one pool of actors.

1. The driver checks the input whole (``datastream.open_source``, as the local engine does) and reads it once into
   Ray's object store, in blocks that keep each record's row id (its index in the input) and source line.
2. One pool of actors (``_GateWorker``), each building the gate (NER model, name and place lists, identifier
   patterns: ~12 s of CPU here) once, for both passes. Ray Data's ``map_batches`` starts a new pool per pass
   and so built every actor's gate twice; the pool here outlives the first pass, and the driver hands the
   blocks out itself (each actor holding at most two, the next one queued behind the one it works on).
3. Pass 1 on each block: the detector's findings per record (positions and kinds; they stay in the object store
   beside the block for pass 2, so NER runs once) and the block's share of the dataset-wide state.
4. The aggregation between the passes, on the driver: the blocks' ``DatasetState``s merged in row order and
   finished. That is all the passes share; it is put into the object store once and each actor loads it once.
5. Pass 2 on each block, over the same actors: scrub and re-scan (``scrub_batch``, ``rescan_batch``), and write
   the block's records as a shard (``part-<first row id>.<ext>``, in the input's format, with the gate's own
   writer: the local engine's bytes per record) into a temporary folder beside the output. A block whose re-scan
   already exceeds the policy's limit is never written.
6. The driver adds up the blocks' counts and leftovers exactly as the local engine does (``stream.Leftovers``,
   ``PiiGate.result``), so the evidence has the same schema and figures, plus the engine, its workers and the
   shards' digests. The folder is moved into place only when the copy passes; otherwise it is removed.

Nothing in a block's result depends on another block except through the state, so the records written equal the
local engine's, in the same order (shards sorted by name, records by row id within each). Records and the
pseudonym key travel to the workers through Ray's object store; on a cluster, the output folder must be on a
file system every node and the driver share.
"""

from __future__ import annotations

import contextlib
import dataclasses
import math
import pickle
import time
from collections import Counter, deque
from collections.abc import Callable, Iterator, Sequence
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

BLOCK = 512  # most records per block (one actor call; one nlp.pipe batch of their segments)
SUFFIX = {"jsonl": ".jsonl", "csv": ".csv", "parquet": ".parquet"}
RETRIES = 3  # restarts of a dead actor, and retries of its call, before the check fails
QUEUED = 2  # blocks handed to an actor at once: the one it works on and the next, so it never waits for the driver


def _gate(policy: PiiPolicy, key: bytes | None) -> PiiGate:
    """The gate in a worker: the driver's policy and pseudonym key (a worker's own environment or config folder
    may hold another key, or none), the NER model loaded once per actor."""
    from .engine import Scrubber
    from .gate import PiiGate

    return PiiGate(policy, scrubber=Scrubber(policy, key=key))


@dataclasses.dataclass(frozen=True)
class _Job:
    """What every actor of one ``check`` needs besides the blocks and the state: the policy and key (the gate),
    and pass 2's settings and where it writes."""

    policy: PiiPolicy
    key: bytes | None
    src: Source  # the input's format and schema, for the shards' writer
    folder: Path  # the temporary folder the shards are written into
    limit: int  # the policy's max_residual_findings: a block that leaves more is not written
    fields: list[str] | None
    typed: bool
    spans: bool
    index: tuple[bytes, str, str] | None  # (pseudonym key, its fingerprint, phone region): the subject index's tokens


class _GateWorker:
    """One actor of the pool: the gate, built once, serving both passes of one ``check``. ``detect`` is pass 1 on
    a block; ``load_state`` takes the finished dataset-wide state (once, before pass 2); ``scrub`` is pass 2 on a
    block and writes its shard."""

    def __init__(self, job: _Job):
        self.job = job
        self.gate = _gate(job.policy, job.key)
        self.state: DatasetState | None = None

    def detect(self, block: dict[str, Any]) -> tuple[list, bytes]:
        """``(findings per record, the block's state pickled)``: two returns, so the findings stay in the object
        store for pass 2 and only the state travels to the driver."""
        found, state = detect_batch(self.gate, block["recs"])
        return found, pickle.dumps(state, protocol=pickle.HIGHEST_PROTOCOL)

    def load_state(self, state: bytes) -> None:
        self.state = pickle.loads(state)
        self.gate.known = self.state.known  # the re-scan searches this dataset's values

    def scrub(self, block: dict[str, Any], found: list, state_box: list[Any]) -> dict[str, Any]:
        """The block's counts, leftovers and spans, and its shard (name, count, digest) when one was written.
        ``state_box``: the state's ObjectRef in a list (so Ray does not fetch it for every call): an actor that
        Ray restarted after its process died lost what ``load_state`` gave it, and loads it here."""
        if self.state is None:
            import ray

            self.load_state(ray.get(state_box[0]))
        state = self.state
        assert state is not None  # (load_state set it)
        job, first, lines, recs = self.job, block["first"], block["lines"], block["recs"]
        rows = list(range(first, first + len(recs)))
        t0 = time.perf_counter()
        builder = IndexBuilder(*job.index) if job.index is not None else None
        hook = None if builder is None else (lambda j, fs: builder.add(j, fs))
        sc = scrub_batch(self.gate, recs, found, state, job.fields, job.typed, on_record=hook)
        subjects = []  # (row id, place among the block's kept records or -1, line, tokens): keyed tokens only
        if builder is not None:
            place = {j: k for k, j in enumerate(sc.kept)}
            subjects = [(rows[j], place.get(j, -1), lines[j], sorted(toks))
                        for j, toks in sorted(builder.take().items()) if toks]
        t1 = time.perf_counter()
        rs = rescan_batch(self.gate, sc, state)
        t2 = time.perf_counter()
        spans: list[RemovedSpan] = []
        if job.spans and rows:
            removed_spans(sc, rows[0], 0, spans.append)  # records in the copy: shifted on the driver
        shard = None
        if sc.records and len(rs.found) <= job.limit:
            kept = [rows[j] for j in sc.kept]
            name = f"part-{kept[0]:012d}{SUFFIX[job.src.fmt]}"
            sink = Sink(job.folder / name, job.src)
            try:
                sink.write(sc.records, kept)
                sink.commit()
            except BaseException:
                sink.abort()
                raise
            shard = {"name": name, "records": len(kept), "sha256": sha256_path(job.folder / name),
                     "first_row": kept[0]}
        return {"first": rows[0] if rows else -1, "n_in": len(recs), "n_out": len(sc.records),
                "by_type": sc.by_type, "by_field": sc.by_field, "changed": sc.changed, "dropped": len(sc.dropped),
                "refused": sc.refused, "nulled": sc.nulled, "by_column": sc.by_column,
                "dropped_lines": [lines[j] for j in sc.dropped],
                "found": rs.found, "rescrubbed": rs.rescrubbed, "repaired": rs.repaired, "artefacts": rs.artefacts,
                "rounds": rs.rounds, "spans": spans, "subjects": subjects,
                "subject_classes": builder.classes if builder is not None else {},
                "seconds": {"scrub": t1 - t0, "rescan": t2 - t1}, "shard": shard}


def _spread(ray: Any, actors: Sequence[Any], call: Callable[[Any, int], Any], count: int,
            done: Callable[[int], None] | None = None) -> list[Any]:
    """``call(actor, i)`` for ``i`` in ``range(count)``, each on the next actor with room (at most ``QUEUED``
    calls each), in order; returns what each call returned (an ObjectRef, or a list of them whose last one says
    when the call is done), once every call is done. ``done(i)`` as each finishes (the progress bar)."""
    room = deque(a for _ in range(QUEUED) for a in actors)  # first round: one block each, then a second each
    running: dict[Any, tuple[Any, int]] = {}  # the ref that says a call is done -> (its actor, its index)
    out: list[Any] = []

    def wait_one() -> None:
        (ref,), _ = ray.wait(list(running), num_returns=1)
        actor, i = running.pop(ref)
        ray.get(ref)  # a failed call raises here, not at the end
        room.append(actor)
        if done is not None:
            done(i)

    for i in range(count):
        if not room:
            wait_one()
        actor = room.popleft()
        refs = call(actor, i)
        out.append(refs)
        running[refs[-1] if isinstance(refs, list) else refs] = (actor, i)
    while running:
        wait_one()
    return out


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


@contextlib.contextmanager
def _progress(show: bool, total: int, label: str) -> Iterator[Callable[[int], None]]:
    """``advance(records)`` for a bar on stderr (record counts only) when ``show``, else one that does nothing."""
    if not show:
        yield lambda n: None
        return
    from .gate import _Bar

    bar = _Bar(total, label)
    try:
        yield bar.advance
    finally:
        bar.close()


class _Withheld(Exception):
    """Raised into the atomic folder writer to remove the shards of a copy that failed its re-scan."""


def check(gate: PiiGate, input_path: str | Path, output_path: str | Path, fields: list[str] | None = None,
          on_span: Callable[[RemovedSpan], None] | None = None, *, address: str | None = None,
          workers: int | None = None, block: int | None = None, index_path: str | Path | None = None,
          index_name: str | None = None, spill_dir: str | Path | None = None) -> GateResult:
    """Scrub ``input_path`` into the folder ``output_path`` on Ray and judge the copy (``PiiGate.check``'s
    verdict and evidence, plus ``engine``). ``address``: the Ray to join (``raycluster.session``); ``workers``:
    actors in the pool, each serving both passes (default: one per CPU less one); ``block``: most records per
    block (default: enough blocks for every actor to get several, at most ``BLOCK``)."""
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

        n = workers or raycluster.default_workers(info)
        size = block or max(1, min(BLOCK, math.ceil(src.records / (n * 4))))
        n = max(1, min(n, math.ceil(src.records / size)))  # an actor with no block would only load the model
        # an actor holds its CPU for the whole check: one past the Ray's CPUs would never start, and the blocks
        # queued to it would wait for it for ever
        n = min(n, max(1, int(info.cpus)))
        actors: list[Any] = []
        try:
            with atomic_path(out, directory=True) as tmp:
                if src.records:  # the actors build their gates while the driver reads the input
                    job = _Job(policy=gate.policy, key=gate.scrubber.key, src=src, folder=tmp, limit=limit,
                               fields=fields, typed=src.fmt == "parquet", spans=on_span is not None,
                               index=(builder.key, builder.fingerprint, builder.region) if builder else None)
                    # an actor whose process dies (a node lost, memory) is restarted and its call retried, as
                    # Ray Data did for its pools: every call is pure or writes its shard atomically
                    worker = ray.remote(num_cpus=1, max_restarts=RETRIES, max_task_retries=RETRIES)(_GateWorker)
                    actors = [worker.remote(job) for _ in range(n)]
                blocks, counts, first = [], [], 0
                for recs, lines in src.batches(size):
                    blocks.append(ray.put({"first": first, "lines": lines, "recs": recs}))
                    counts.append(len(recs))
                    first += len(recs)
                t_read = t_detect = time.perf_counter()
                returns: list[dict[str, Any]] = []
                if blocks:
                    # pass 1: detection over the pool; the findings stay in the object store beside their blocks
                    with _progress(gate.progress, src.records, "detecting") as bar:
                        detected = _spread(ray, actors, lambda a, i: a.detect.options(num_returns=2).remote(
                            blocks[i]), len(blocks), lambda i: bar(counts[i]))
                    # the aggregation between the passes: the blocks' states, merged in row order (``_spread``
                    # returns them in block order)
                    state = merge(pickle.loads(s) for s in ray.get([r[1] for r in detected]))
                    state.finish()
                    gate.known = state.known
                    t_detect = time.perf_counter()
                    # pass 2 on the same actors: each loads the state once (it is put into the object store once:
                    # a SQLite image past 65,536 values, 160 MB at a million), then scrubs, re-scans and writes.
                    # An actor runs its calls in the order they were sent, so the state comes before its blocks
                    state_ref = ray.put(pickle.dumps(state, pickle.HIGHEST_PROTOCOL))
                    ray.get([a.load_state.remote(state_ref) for a in actors])
                    with _progress(gate.progress, src.records, "scrubbing") as bar:
                        refs = _spread(ray, actors, lambda a, i: a.scrub.remote(blocks[i], detected[i][0],
                                                                                [state_ref]),
                                       len(blocks), lambda i: bar(counts[i]))
                    returns = ray.get(refs)
                    del detected, refs, state_ref
                else:
                    state.finish()
                for s in sorted(returns, key=lambda s: s["first"]):
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
        finally:
            for a in actors:  # their CPUs, and the gate's memory, go back to the Ray at once
                ray.kill(a)
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
