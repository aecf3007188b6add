"""Many reports on every core: a process pool over JSON Lines, output in input order.

``geomove extract|places --jsonl IN --workers N`` and ``geomove add --workers N`` run here.
Each worker process opens the gazetteer index once (the pool's initializer) and keeps it for
every report it is given; the index is a read-only SQLite file that the operating system
maps and shares between the processes, so N workers do not cost N copies of it.

The per-report work is :func:`read_one`, the same function the single-process path and
:mod:`geomove.dask` call, so a run with 1, 2 or N workers (or on a Dask cluster) gives the
same answers line for line.
"""

from __future__ import annotations

import contextlib
import gc
import json
import os
import struct
from typing import Any, Iterable, Iterator, NamedTuple

# extract_why: extract, and the reading decisions of each report with its movements (extract --why)
TASKS = ("places", "places_only", "extract", "extract_why")
WARM_UP = "Two convoys drove from Lviv to Kyiv on Monday, officials in Warsaw said."

# the gazetteer this process opened (set once per worker process by the pool's initializer)
_gazetteer = None
_gazetteer_is_default = False
# a worker of a pool that reads one batch and ends (Workers(one_batch=True)): it freezes what each
# report left, as the one-process batch does (after_report); set by the pool's initializer, read
# by _work_chunk (the forked children of the CLI's batch and their parent say so themselves)
_freeze_each_report = False


def default_workers() -> int:
    """The cores this process may run on (the CPU affinity, which containers narrow)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def open_gazetteer(path: str | os.PathLike | None = None):
    """The gazetteer this process reads with: the index at ``path`` (e.g. on shared storage),
    opened once per process and kept; without ``path`` the default index (built on first use
    when missing; :meth:`Gazetteer.default` keeps it open)."""
    global _gazetteer
    if path is None:
        if _gazetteer is not None and _gazetteer_is_default:
            return _gazetteer
        from .gazetteer import Gazetteer
        return Gazetteer.default()
    if _gazetteer is None or str(_gazetteer.path) != str(path):
        from .gazetteer import Gazetteer
        _gazetteer = Gazetteer(path)
    return _gazetteer


# The bytes of the index and of the store of kept answers that a worker's own connections read
# through a memory map (PRAGMA mmap_size; 1 GiB: both files whole, ~250 and ~330 MB; address
# space, not memory). Read with pread, every worker copied the pages it needed into its own
# SQLite page cache: ~4,000 fresh pages (page faults) a worker of a 380-report batch, 48.5k
# faults in a 2-worker run against 27.6k in one process. Mapped, the workers read the kernel's
# one cached copy of the file, shared by all of them: 38k faults (speed136, speed137 in
# benchmarks/HISTORY.md). Their RSS counts the mapped pages they touched (shared and
# reclaimable file pages, not memory of their own: see speed.py workers' PSS). A process that
# reads alone keeps no map (Gazetteer._connect_index): 0 leaves a worker as it was.
WORKER_MMAP_SIZE = 1 << 30


def _init_worker(path: str | None, one_batch: bool = False) -> None:
    """Pool initializer: open the index once, the process's own connections.
    ``one_batch``: the pool reads one batch and ends (see :class:`Workers`)."""
    global _gazetteer, _gazetteer_is_default, _freeze_each_report
    import signal
    from .gazetteer import Gazetteer, default_index_path
    # Ctrl-C is the parent's to handle (it stops the pool): no traceback from every worker
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # a SQLite connection belongs to the process that opened it: the child opens its own. The
    # gazetteer the parent warmed up with (before_fork) is kept, with new connections: a new
    # Gazetteer object made each worker read the key trie, open the store of kept answers
    # (its fingerprint, its tries) and work out its per-gazetteer facts again, ~2,000 pages of
    # its own memory (page faults) and ~9 ms CPU a worker, where the parent's are shared
    inherited = _inherited_gazetteer(path, default_index_path)
    Gazetteer._default = inherited if path is None else None
    if inherited is not None:
        _gazetteer = inherited
    else:
        _gazetteer = Gazetteer(path) if path is not None else Gazetteer.default()
    # a worker lives for one batch: it need not look for a newer default index per report
    _gazetteer_is_default = path is None
    gc.set_threshold(*_batch_thresholds(gc.get_threshold()))  # see batch_gc
    _freeze_each_report = one_batch


def _inherited_gazetteer(path: str | None, default_index_path):
    """The parent's default gazetteer, reopened for this process, when the pool reads with it
    (the default index at the same path, the reader class itself); else None."""
    from .gazetteer import Gazetteer
    parent = Gazetteer._default
    if path is not None or type(parent) is not Gazetteer or parent.path != default_index_path():
        return None
    parent.reopen_after_fork(WORKER_MMAP_SIZE)
    from .mentions.candidates import _CANDIDATES_BY_GAZ
    cache = _CANDIDATES_BY_GAZ.get(parent)
    if cache is not None and cache.kept is not None:
        cache.kept.reopen_after_fork(WORKER_MMAP_SIZE)
    return parent


# Python's cyclic collector runs after every 700 new container objects beyond those freed and,
# now and then, walks every object alive -- here the candidate caches, which grow by tens of
# thousands of dicts over a batch: 5 full collections cost ~0.3 CPU s of a 380-report run
# (~10%). A batch lets 10,000 objects accumulate first (reading one report makes few cycles;
# everything it keeps is kept for good): 0.05 s, no full collection, same peak memory.
BATCH_GC_THRESHOLD = 10_000
# and the middle generation, which holds what survived the young one (the caches' new entries),
# is walked after every 100 young collections, not 10: 7 walks of ~8 ms in a 380-report run
# become none (~0.05 CPU s; same peak memory)
BATCH_GC_MIDDLE = 100


def _batch_thresholds(old: tuple[int, int, int]) -> tuple[int, int, int]:
    return max(old[0], BATCH_GC_THRESHOLD), max(old[1], BATCH_GC_MIDDLE), old[2]


@contextlib.contextmanager
def batch_gc(*, last: bool = False):
    """The collector's first thresholds raised to :data:`BATCH_GC_THRESHOLD` and
    :data:`BATCH_GC_MIDDLE` while a batch is read (restored afterwards).

    ``last``: the process ends after this batch (the CLI). Restoring the thresholds makes the
    next allocation walk the middle generation -- every cache entry the batch made, ~0.06 CPU s
    of a 380-report run -- so what is alive is frozen first (:func:`end_of_batch`)."""
    old = gc.get_threshold()
    gc.set_threshold(*_batch_thresholds(old))
    if last:
        # the modules, lexicons, compiled patterns and the open index are alive for the rest of
        # the process: frozen, the collector's middle and old walks during the batch and its
        # last walk at exit leave them out (the process ends after this batch, so nothing frozen
        # had to be collected later; gc.freeze only moves the lists, no walk)
        gc.freeze()
    try:
        yield
    finally:
        if last:
            end_of_batch()
        gc.set_threshold(*old)


def start_of_program() -> None:
    """Called by the CLI first thing when it runs as the program (not for a library caller).

    Loading the reader and the index makes ~60,000 long-lived objects (modules, lexicons,
    compiled patterns); at the default threshold of 700 the collector walks them in ~40 young
    and ~4 middle collections before the first report is read (~12 ms CPU of a one-report
    run), and finds almost nothing to free. The batch thresholds apply from the start instead."""
    gc.set_threshold(*_batch_thresholds(gc.get_threshold()))


def after_report() -> None:
    """Called after each report of a batch the process ends with (the CLI's, ``last``).

    What a report leaves alive is the caches' new entries (candidate lists, rows, answers),
    kept for good, and no cyclic garbage to speak of (with the collector off, the 380 dev
    reports left none for ``places`` and 37 objects for ``extract``, as many when read three
    times over). The young collections of a batch walk exactly those entries, each once:
    ~30 collections of ~3 ms in a 380-report ``places`` run (~4% of its CPU), finding ~50
    objects to free. Frozen after each report, they are left out of every later walk, and
    the count of new objects starts again from none (gc.freeze moves the lists, no walk): a
    collection then runs only within a report that makes BATCH_GC_THRESHOLD objects.
    (Not for a library caller: frozen cycles are never collected while the process lives. The
    processes of the CLI's ``--workers N`` batch and of a one-batch pool call it too: see _read_chunk.)"""
    gc.freeze()


def end_of_batch() -> None:
    """Called by the CLI when a batch is read and written and the process is about to end.

    At exit Python's cyclic collector walks every object still alive -- after a batch, the
    candidate caches' hundreds of thousands of dicts: ~0.3 CPU s of a 380-report run (10%),
    spent on memory the process is about to give back anyway. Frozen objects are left out of
    that walk; they are still freed, their files still flushed and closed, as at any exit.
    (Not for a library caller: frozen cycles are never collected while the process lives.)"""
    gc.freeze()


def _field(report: Any, name: str):
    return report.get(name) if isinstance(report, dict) else getattr(report, name, None)


class Explained(NamedTuple):
    """The movements of one report and the reading decisions taken on the way (``extract_why``)."""
    features: list
    why: list  # one printable line per decision, in the order taken


def why_lines(why: list) -> list[str]:
    """The reader's decisions as one-line strings (a line of output each)."""
    return [" ".join(str(w).split()) for w in why]


def read_one(report: Any, task: str = "places", *, include_all: bool = False, gazetteer=None) -> Any:
    """What one report gives for ``task``: a list of MENTIONs (``places``: every mention,
    ``places_only``: roles place and demonym_place) or of MOVEMENT features (``extract``), or
    those features with the decisions that read them (``extract_why``: an :class:`Explained`).

    ``report`` is a :class:`geomove.reports.Report` or a dict with ``text`` and optionally
    ``published``, ``source``, ``url``.
    """
    gaz = gazetteer if gazetteer is not None else open_gazetteer()
    text = _field(report, "text") or ""
    if task in ("extract", "extract_why"):
        from .movements import extract
        why = [] if task == "extract_why" else None
        features = extract(text, published=_field(report, "published"), source=_field(report, "source"),
                           url=_field(report, "url"), include_all=include_all, gazetteer=gaz, why=why)
        return features if why is None else Explained(features, why_lines(why))
    from .mentions import find_mentions, places
    if task == "places":
        return find_mentions(text, gazetteer=gaz)
    if task == "places_only":
        return places(text, gazetteer=gaz)
    raise ValueError(f"unknown task {task!r}; one of {', '.join(TASKS)}")


def as_line(report: Any, task: str, result: Any) -> dict:
    """The JSON Lines output object of one report (see CONTRACT.md, --jsonl)."""
    if task == "extract":
        return {"id": _field(report, "id"), "type": "FeatureCollection", "features": result}
    if task == "extract_why":
        return {"id": _field(report, "id"), "type": "FeatureCollection", "features": result.features,
                "why": result.why}
    return {"id": _field(report, "id"), "places": result}


def _work(job: tuple) -> Any:
    report, task, include_all = job
    return read_one(report, task, include_all=include_all, gazetteer=_gazetteer)


# The encoder of every output line, made once: ``json.dumps(obj, ensure_ascii=False)`` builds a
# JSONEncoder a call and the same C encoder then writes the same text. check_circular=False: a
# line is a tree of dicts and lists made for it, never a cycle, and the check cost a dict insert
# and delete for each of its ~5,000 dicts and lists a batch of 380 reports (session 55, speed145).
_LINE_ENCODER = json.JSONEncoder(ensure_ascii=False, check_circular=False)


def json_line(report: Any, task: str, result: Any) -> str:
    """The JSON Lines output line of one report (no newline): what the CLI writes, the text of
    ``json.dumps(as_line(...), ensure_ascii=False)``."""
    return _LINE_ENCODER.encode(as_line(report, task, result))


def _work_json(job: tuple) -> str:
    report, task, include_all = job
    return json_line(report, task, read_one(report, task, include_all=include_all, gazetteer=_gazetteer))


def _read_chunk(reports: list, task: str, include_all: bool, as_json: bool, gazetteer, *, freeze: bool) -> list:
    """A chunk of reports read by one process: their results (or JSON lines), in order.

    Every process of a batch reads its chunks here: a pool's worker (:func:`_work_chunk`), a
    forked child of the CLI's batch (:func:`_child_reads`) and that batch's parent
    (:func:`_map_parent_reads`). ``gazetteer``: the one the process opened for the batch, passed
    in (a worker's is the one its initializer opened; looked up per report, a worker of a pool
    given ``gazetteer_path`` got the default index instead).

    ``freeze``: what each report left is frozen before the next (:func:`after_report`). That is
    right exactly when the process ends after this batch, and only then: frozen objects are
    never collected while a process lives. So the CLI's batch freezes in its parent and in its
    children (both end with it: ``last``, ``os._exit``), a pool made for one batch in its
    workers (``Workers(one_batch=True)``), and a library caller's pool, which may serve batch
    after batch, never."""
    out = []
    for r in reports:
        result = read_one(r, task, include_all=include_all, gazetteer=gazetteer)
        out.append(json_line(r, task, result) if as_json else result)
        if freeze:
            after_report()
    return out


def _work_chunk(job: tuple) -> list:
    """A chunk of reports read by a pool's worker (its gazetteer and, from its pool's
    ``one_batch``, whether it freezes each report: set by :func:`_init_worker`)."""
    reports, task, include_all, as_json = job
    return _read_chunk(reports, task, include_all, as_json, _gazetteer, freeze=_freeze_each_report)


# The largest chunk of reports a worker is handed at once, and how many chunks per worker
# the reports left are cut into (see chunk_bounds).
CHUNK_MAX = 16
CHUNKS_PER_WORKER = 4


def chunk_bounds(n: int, workers: int) -> list[tuple[int, int]]:
    """(start, end) of the chunks ``n`` reports are handed out in, in input order, to
    ``workers`` processes, each taking the next chunk when it is done with its last.

    Guided: a chunk is a 1/(CHUNKS_PER_WORKER x workers) share of the reports not yet handed
    out, at most CHUNK_MAX and at least one report. Large chunks while many are left cut the
    round trips; the chunks shrink towards the end, so the worker that finishes last is at
    most about one report behind the other, not up to one chunk of 16 (reports vary tenfold
    in length: a tail of 16 long ones left one core idle for ~0.1 s of a 2 s batch)."""
    out, start = [], 0
    while start < n:
        size = max(1, min(CHUNK_MAX, (n - start) // (CHUNKS_PER_WORKER * max(1, workers))))
        out.append((start, start + size))
        start += size
    return out


def _pool_class():
    """multiprocessing.Pool, less a busy loop of its worker-maintenance thread.

    That thread waits on the workers' sentinels, a change notifier *and the result pipe*;
    while a result sits in the pipe unread (the result thread is reading another, or waits for
    the lock every thread shares) the wait returns at once and the thread loops, two waitpid
    calls a turn: ~0.06 CPU s of the parent in a 380-report batch on two workers, on the cores
    the workers read on. The thread has nothing to do with results: it replaces workers that
    exit (their sentinels wake it) and stops when told (the notifier wakes it)."""
    from multiprocessing.pool import Pool

    class QuietPool(Pool):
        def _get_sentinels(self):
            return [self._change_notifier._reader]

    return QuietPool


def _start_method() -> str:
    # fork: the workers start in milliseconds with the parent's modules already imported;
    # elsewhere (macOS, Windows) spawn is the safe default
    import multiprocessing  # (here: a run on one worker does not import it, ~3 ms)
    return "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"


def before_fork(task: str, gazetteer_path: str | os.PathLike | None = None) -> None:
    """What a parent does once before it forks its workers, so each is born with it done.

    It reads one sentence: the workers are born with the imports, lexicons and word
    frequencies loaded (~1 s a process) instead of each loading them again; as ``task`` reads
    it (a pool that only finds places need not load the movement reader: 0.06 s before the
    fork, where one core idles, against 0.015). And it builds every kept pattern the imported
    modules made (regex_cache.build_stand_ins): built at their first use in each worker, they
    cost every worker the build (speed86: ``--workers 2`` fell from ~1.8x to 1.46-1.71x); a
    process that reads alone still builds only the patterns it uses."""
    read_one({"text": WARM_UP}, task, gazetteer=open_gazetteer(gazetteer_path))
    from .regex_cache import build_stand_ins
    build_stand_ins()


@contextlib.contextmanager
def _forked(method: str, *, keep_frozen: bool = False):
    """Around the fork of the workers: what the parent has alive (modules, lexicons, patterns,
    the warm-up's caches) frozen first, as the gc module's documentation advises for a process
    that forks without exec. A worker's collections then never walk those objects: walked, a
    young collection reads and writes each one's header and the worker gets its own copy of
    every page it touches (copy-on-write), for objects it never frees. Afterwards the parent
    thaws them again (a library caller's pool), unless ``keep_frozen`` (the CLI: the process
    ends after this batch, as :func:`batch_gc` with ``last``)."""
    if method != "fork":
        yield
        return
    was_frozen = gc.get_freeze_count()
    gc.freeze()
    try:
        yield
    finally:
        if not keep_frozen and not was_frozen:
            gc.unfreeze()


class Workers:
    """A pool of worker processes kept across batches (a notebook, a service, a benchmark):
    each worker opens the index once and keeps its caches from batch to batch.

        with Workers(4) as pool:
            for batch in batches:
                for line in map_lines(batch, "places", pool=pool):
                    ...

    ``task``: the reading the parent warms up with before the workers are forked (extract,
    the default, loads everything; map_reports passes the batch's own task).

    ``one_batch``: the pool reads one batch and the process ends (the CLI's ``--workers N``):
    each worker freezes what each report left, as the one-process batch does (after_report),
    and the parent keeps what it froze before the fork frozen (see :func:`_forked`).
    """

    def __init__(self, workers: int | None = None, *, gazetteer_path: str | os.PathLike | None = None,
                 task: str = "extract", one_batch: bool = False):
        self.workers = workers or default_workers()
        if gazetteer_path is None:
            from .gazetteer import default_index_path
            if not default_index_path().exists():
                open_gazetteer()  # build it here once, not in every worker at the same time
        path = str(gazetteer_path) if gazetteer_path is not None else None
        method = _start_method()
        if method == "fork":
            before_fork(task, gazetteer_path)
        import multiprocessing
        ctx = multiprocessing.get_context(method)
        with _forked(method, keep_frozen=one_batch):
            self._pool = _pool_class()(self.workers, initializer=_init_worker, initargs=(path, one_batch),
                                       context=ctx)

    def imap(self, reports: list, task: str, include_all: bool = False, chunksize: int | None = None,
             *, as_json: bool = False):
        # results come back in input order whatever finishes first. ``chunksize``: chunks of
        # that many reports; else the guided chunks of chunk_bounds (large while many reports
        # are left, one report at the end: the cores stay busy to the end)
        if chunksize is not None:
            return self._pool.imap(_work_json if as_json else _work, ((r, task, include_all) for r in reports),
                                   chunksize=chunksize)
        reports = list(reports)
        # (handed to the pool here, not when the caller first asks: the workers start now)
        chunks = self._pool.imap(_work_chunk, ((reports[a:b], task, include_all, as_json)
                                               for a, b in chunk_bounds(len(reports), self.workers)))
        return (result for chunk in chunks for result in chunk)

    def close(self) -> None:
        self._pool.terminate()
        self._pool.join()

    def __enter__(self) -> "Workers":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def map_reports(reports: Iterable[Any], task: str = "places", *, workers: int | None = None,
                include_all: bool = False, gazetteer_path: str | os.PathLike | None = None,
                chunksize: int | None = None, pool: Workers | None = None,
                meanwhile=None) -> Iterator[Any]:
    """Results of :func:`read_one` for every report, in input order, on ``workers`` processes
    (default: the machine's cores) or on ``pool``. One worker, or a single report, runs in
    this process.

    ``meanwhile``: a function the calling process runs once the workers have their reports
    and before the first result is yielded (a note about the batch on stderr): the workers
    start reading instead of waiting for it, and it still comes before any output."""
    yield from _map(reports, task, workers=workers, include_all=include_all, gazetteer_path=gazetteer_path,
                    chunksize=chunksize, pool=pool, meanwhile=meanwhile, as_json=False)


def map_json_lines(reports: Iterable[Any], task: str = "places", **options) -> Iterator[str]:
    """:func:`map_lines` as the JSON text the CLI writes (``json.dumps(line,
    ensure_ascii=False)``, no newline), each line made by the worker that read its report.
    ``last=True``: the process ends after this batch (see :func:`batch_gc`).

    Why: with the lines made in the parent, the parent unpickled every result's nested dicts
    and serialised them while the workers read on -- ~0.17 CPU s after the fork of a 380-report
    batch, work two workers can share. A worker now sends one string a report."""
    yield from _map(reports, task, as_json=True, **options)


def _map(reports: Iterable[Any], task: str, *, workers: int | None = None, include_all: bool = False,
         gazetteer_path: str | os.PathLike | None = None, chunksize: int | None = None,
         pool: Workers | None = None, meanwhile=None, as_json: bool = False,
         last: bool = False) -> Iterator[Any]:
    if task not in TASKS:
        raise ValueError(f"unknown task {task!r}; one of {', '.join(TASKS)}")
    reports = list(reports)
    if pool is not None:
        results = pool.imap(reports, task, include_all, chunksize, as_json=as_json)
        if meanwhile is not None:
            meanwhile()
        yield from results
        return
    n = min(workers or default_workers(), len(reports))
    if n <= 1:
        if meanwhile is not None:
            meanwhile()
        gaz = open_gazetteer(gazetteer_path)
        with batch_gc(last=last):  # (restored when the batch ends or the caller stops asking)
            for r in reports:
                result = read_one(r, task, include_all=include_all, gazetteer=gaz)
                yield json_line(r, task, result) if as_json else result
                if last:
                    after_report()
        return
    chunks = _Chunks.made(chunk_bounds(len(reports), n)) if last and chunksize is None and hasattr(os, "fork") else None
    if chunks is not None:
        yield from _map_parent_reads(reports, task, n, chunks, include_all=include_all,
                                     gazetteer_path=gazetteer_path, meanwhile=meanwhile, as_json=as_json)
        return
    with Workers(n, gazetteer_path=gazetteer_path, task=task, one_batch=last) as own:
        results = own.imap(reports, task, include_all, chunksize, as_json=as_json)
        if meanwhile is not None:
            meanwhile()
        yield from results


class _Chunks:
    """The guided chunks of one batch (chunk_bounds), each taken once by whichever process asks
    first: their numbers are written into a pipe before the fork, and a process takes a chunk by
    reading one number from it (a read of a pipe is whole and only one reader gets each number);
    the pipe's write end is closed before the fork, so an empty pipe reads as the end.

    Why a pipe, not a counter under a lock: multiprocessing's shared value and lock import
    multiprocessing, ctypes and subprocess (~58 M instructions, speed141) in the parent before
    the fork, where the other core idles and no worker needs them."""

    NUMBER = struct.Struct("<I")

    def __init__(self, bounds: list[tuple[int, int]], read: int):
        self.bounds = bounds
        self._read = read

    @classmethod
    def made(cls, bounds: list[tuple[int, int]]) -> "_Chunks | None":
        """The chunks with every number in their pipe, or None when the pipe cannot hold them
        all (over 16,384 chunks where a pipe cannot be widened: the caller uses a pool)."""
        read, write = os.pipe()
        numbers = b"".join(cls.NUMBER.pack(i) for i in range(len(bounds)))
        try:
            if len(numbers) > _DEFAULT_PIPE:
                _widen(write, len(numbers))
            os.set_blocking(write, False)  # (what does not fit is not waited for)
            try:
                written = os.write(write, numbers) if numbers else 0
            except BlockingIOError:
                written = 0
        finally:
            os.close(write)
        if written < len(numbers):
            os.close(read)
            return None
        return cls(bounds, read)

    def take(self) -> int | None:
        got = os.read(self._read, self.NUMBER.size)
        return self.NUMBER.unpack(got)[0] if got else None

    def close(self) -> None:
        os.close(self._read)


# a child's message: its chunk number, 0 (lines) or 1 (an exception), the pickle's length
_HEADER = struct.Struct("<IIQ")


def _send(fd: int, i: int, failed: bool, payload: Any) -> None:
    import pickle  # (after the fork: no process needs it before)
    data = pickle.dumps(payload, protocol=pickle.HIGHEST_PROTOCOL)
    view = memoryview(_HEADER.pack(i, 1 if failed else 0, len(data)) + data)
    while view:
        view = view[os.write(fd, view):]


def _read_exactly(fd: int, size: int) -> bytes | None:
    parts, left = [], size
    while left:
        part = os.read(fd, min(left, PIPE_ROOM))
        if not part:
            return None  # (the child ended, mid-message or between messages)
        parts.append(part)
        left -= len(part)
    return b"".join(parts)


def _receive(fd: int) -> tuple[int, bool, Any] | None:
    """A child's next message, or None when it closed its pipe (done, or dead)."""
    head = _read_exactly(fd, _HEADER.size)
    if head is None:
        return None
    i, failed, size = _HEADER.unpack(head)
    data = _read_exactly(fd, size)
    if data is None:
        return None
    import pickle
    return i, bool(failed), pickle.loads(data)


def _child_reads(chunks: _Chunks, reports: list, task: str, include_all: bool, as_json: bool, fd: int,
                 path: str | None) -> int:
    """A forked child of :func:`_map_parent_reads`: takes chunks until none is left and sends
    (chunk number, its results) or (chunk number, the exception) to the parent; its exit code."""
    _init_worker(path, one_batch=True)
    while (i := chunks.take()) is not None:
        a, b = chunks.bounds[i]
        try:
            # (freeze: the child ends with this batch, os._exit; see _read_chunk)
            out = _read_chunk(reports[a:b], task, include_all, as_json, _gazetteer, freeze=True)
        except BaseException as err:  # (the parent raises it, as a pool would)
            try:
                _send(fd, i, True, err)
            except Exception:
                _send(fd, i, True, RuntimeError(f"a worker failed: {err!r}"))
            return 1
        _send(fd, i, False, out)
    return 0


def _run_child(*args) -> None:
    """The forked child's whole life: it never returns into the parent's code (os._exit: no
    atexit handlers, no flush of buffers the parent filled before the fork)."""
    code = 1
    try:
        code = _child_reads(*args)
    except BaseException:
        import traceback
        traceback.print_exc()
    finally:
        os._exit(code)


# the room of a child's pipe for its lines (Linux; the default is 64 KB): a chunk of 16 reports
# makes ~160 KB of `places` lines, and while the parent reads a chunk of its own it does not
# take them, so a child with a fuller pipe would wait there instead of reading on
PIPE_ROOM = 1 << 20
_DEFAULT_PIPE = 1 << 16


def _widen(fd: int, room: int = PIPE_ROOM) -> None:
    if room <= _DEFAULT_PIPE:
        return
    try:
        import fcntl
        fcntl.fcntl(fd, fcntl.F_SETPIPE_SZ, room)
    except (ImportError, AttributeError, OSError):
        pass  # (elsewhere, or over the system's limit: the child waits on a full pipe, no more)


def _map_parent_reads(reports: list, task: str, n: int, chunks: _Chunks, *, include_all: bool, gazetteer_path,
                      meanwhile, as_json: bool) -> Iterator[Any]:
    """The CLI's batch on ``n`` processes (one batch, then the process ends; fork only): the
    parent and n - 1 forked children, each taking the next guided chunk when done with its last.

    Why the parent reads too: with a pool of n workers the parent only handed out reports and
    wrote lines (~0.1 CPU s of a 380-report batch) while a third process paid what every forked
    worker pays -- its own connections, the copy-on-write pages of what it touches, its caches
    filled again, every report pickled to it and every line back. The parent has the warmed-up
    gazetteer and its caches already; its chunks need no pipe. The children inherit the reports
    (fork), so only the chunk numbers are shared, and only their lines travel.

    Why os.fork and pipes, not multiprocessing: importing it (with its shared values, locks and
    connections) is ~58 M instructions of the parent before the fork, on one core (speed141)."""
    import select

    if gazetteer_path is None:
        from .gazetteer import default_index_path
        if not default_index_path().exists():
            open_gazetteer()  # built here once, not in every child
    before_fork(task, gazetteer_path)
    gaz = open_gazetteer(gazetteer_path)
    path = str(gazetteer_path) if gazetteer_path is not None else None
    children: dict[int, int] = {}  # the read end of each child's pipe -> its pid
    finished = False
    try:
        with _forked("fork", keep_frozen=True):
            for _ in range(n - 1):
                receive, send = os.pipe()
                _widen(send)
                pid = os.fork()
                if pid == 0:  # the child
                    os.close(receive)
                    for other in children:  # (the pipes of the children forked before it)
                        os.close(other)
                    _run_child(chunks, reports, task, include_all, as_json, send, path)
                os.close(send)
                children[receive] = pid
        if meanwhile is not None:
            meanwhile()
        done: dict[int, list] = {}
        live = list(children)
        # (poll, not select: select() cannot watch a descriptor numbered 1024 or more, which a
        # library caller's process with many files open hands out)
        ready_to_read = select.poll()
        for fd in live:
            ready_to_read.register(fd, select.POLLIN)

        def collect(block: bool) -> None:
            for fd, _event in ready_to_read.poll(None if block else 0):
                message = _receive(fd)
                if message is None:
                    live.remove(fd)
                    ready_to_read.unregister(fd)
                    continue
                i, failed, out = message
                if failed:
                    raise out
                done[i] = out

        nxt, total = 0, len(chunks.bounds)
        while nxt < total:
            if live:
                collect(False)
            while nxt in done:
                yield from done.pop(nxt)
                nxt += 1
            if nxt >= total:
                break
            i = chunks.take()
            if i is not None:
                a, b = chunks.bounds[i]
                # (freeze: this path is the CLI's last batch only, the parent ends with it; see
                # _read_chunk. Not _freeze_each_report: that is a pool worker's, unset here)
                done[i] = _read_chunk(reports[a:b], task, include_all, as_json, gaz, freeze=True)
            elif live:
                collect(True)
            else:  # a child ended without sending a chunk it took
                codes = [_reap(pid, wait=True) for pid in children.values()]
                for fd in children:
                    os.close(fd)
                children.clear()
                raise RuntimeError(f"a worker process ended early (exit codes {codes})")
        finished = True  # (every chunk read: the children have found none left and are ending)
    finally:
        chunks.close()
        for fd, pid in children.items():
            os.close(fd)
            _reap(pid, wait=finished)


def _reap(pid: int, *, wait: bool) -> int | None:
    """Wait for a child and give its exit code; ``wait=False``: a child still running is
    stopped first (the batch failed or its reader stopped asking)."""
    import signal
    try:
        if not wait:
            done, status = os.waitpid(pid, os.WNOHANG)
            if done:
                return os.waitstatus_to_exitcode(status)
            os.kill(pid, signal.SIGTERM)
        return os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1])
    except (ChildProcessError, ProcessLookupError):
        return None


def map_lines(reports: Iterable[Any], task: str = "places", **options) -> Iterator[dict]:
    """:func:`map_reports` as JSON Lines output objects, each with its report's ``id``."""
    reports = list(reports)
    for report, result in zip(reports, map_reports(reports, task, **options)):
        yield as_line(report, task, result)
