"""--workers N: a process pool over JSON Lines gives the single-process answers in input order."""

import json
import multiprocessing
import os

import pytest
from click.testing import CliRunner

from geomove import parallel
from geomove.cli import cli

# our own sentences; the first is long so that it finishes last on a busy worker
SENTENCES = [
    "A column of forty trucks left Kharkiv for Izium on Tuesday, the regional governor said. " * 12,
    "Troops moved from Aleppo towards Idlib overnight.",
    "The ministry in Paris said nothing unusual happened in Lyon.",
    "Soldiers crossed from Rafah into Egypt, witnesses in Gaza said.",
    "Two battalions were sent from Odesa to Mykolaiv by rail.",
    "Nothing here names a place at all.",
    "Armoured vehicles were seen near Kherson after leaving Crimea.",
    "Police in Nairobi said a convoy had reached Mombasa.",
]


@pytest.fixture()
def batch(tmp_path):
    path = tmp_path / "in.jsonl"
    lines = [{"id": f"r{i}", "text": t, "published": "2026-11-14"} for i, t in enumerate(SENTENCES)]
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    return path


def _run(*args):
    result = CliRunner().invoke(cli, list(args))
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.output.splitlines()]


@pytest.mark.parametrize("verb,extra", [("places", []), ("places", ["--places-only"]), ("extract", [])])
def test_two_workers_print_what_one_prints_in_input_order(gazetteer, batch, verb, extra):
    one = _run(verb, "--jsonl", str(batch), "--workers", "1", *extra)
    two = _run(verb, "--jsonl", str(batch), "--workers", "2", *extra)
    assert [x["id"] for x in two] == [f"r{i}" for i in range(len(SENTENCES))]
    assert two == one
    # the batch is not trivially empty: places were found and something moved
    key = "features" if verb == "extract" else "places"
    assert sum(len(x[key]) for x in one) >= 5


def test_map_reports_keeps_order_with_one_report_a_chunk(gazetteer):
    reports = [{"id": i, "text": t} for i, t in enumerate(SENTENCES)]
    alone = [parallel.read_one(r, "places") for r in reports]
    pooled = list(parallel.map_reports(reports, "places", workers=2, chunksize=1))
    assert pooled == alone
    surfaces = [m["surface"] for m in pooled[1]]
    assert surfaces[:2] == ["Aleppo", "Idlib"]


OPENINGS = [0]


def _who(_):
    parallel.read_one({"text": SENTENCES[1]}, "places")
    return os.getpid(), OPENINGS[0]


def test_each_worker_opens_the_gazetteer_once(gazetteer, monkeypatch):
    # (its own connection to the index, once; since speed119 on the gazetteer object the parent
    # opened, so each worker does not read the key trie and the store's tries again)
    import multiprocessing

    from geomove.gazetteer import Gazetteer
    original = Gazetteer._connect_index

    def counting(self, *args, **kwargs):
        OPENINGS[0] += 1
        return original(self, *args, **kwargs)

    monkeypatch.setattr(Gazetteer, "_connect_index", counting)  # forked workers inherit the patch
    before = OPENINGS[0]
    ctx = multiprocessing.get_context(parallel._start_method())
    with ctx.Pool(2, initializer=parallel._init_worker, initargs=(None,)) as pool:
        seen = pool.map(_who, range(40), chunksize=1)
    assert os.getpid() not in {pid for pid, _ in seen}
    assert {openings - before for _, openings in seen} == {1}


def test_add_with_two_workers_records_every_file(gazetteer, tmp_path):
    files = []
    for i, text in enumerate(SENTENCES[1:5]):
        f = tmp_path / f"report{i}.txt"
        f.write_text(text, encoding="utf-8")
        files.append(str(f))
    result = CliRunner().invoke(cli, ["add", *files, "--log", str(tmp_path / "log.sqlite"), "--workers", "2"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert [line.split(":")[0] for line in lines] == files
    assert sum(int(line.split(": ")[1].split()[0]) for line in lines) >= 2


def test_zero_workers_is_a_usage_error(batch):
    result = CliRunner().invoke(cli, ["places", "--jsonl", str(batch), "--workers", "0"])
    assert result.exit_code == 2


def test_unknown_task_is_refused():
    with pytest.raises(ValueError):
        list(parallel.map_reports([{"text": "x"}], "geocode"))


def test_default_workers_is_the_cores_we_may_use():
    assert 1 <= parallel.default_workers() <= (os.cpu_count() or 1)


def test_a_kept_pool_serves_batch_after_batch(gazetteer):
    reports = [{"id": i, "text": t} for i, t in enumerate(SENTENCES)]
    with parallel.Workers(2) as pool:
        first = list(parallel.map_lines(reports, "places", pool=pool))
        second = list(parallel.map_lines(reports[::-1], "places", pool=pool))
    assert second == first[::-1]
    assert [x["id"] for x in first] == list(range(len(SENTENCES)))


@pytest.mark.parametrize("workers", [1, 2])
def test_meanwhile_runs_once_before_the_first_result(gazetteer, workers):
    events = []
    reports = [{"id": str(i), "text": t} for i, t in enumerate(SENTENCES[1:5])]
    for result in parallel.map_reports(reports, "places", workers=workers,
                                       meanwhile=lambda: events.append("meanwhile")):
        events.append("result")
    assert events == ["meanwhile"] + ["result"] * len(reports)


def test_a_batch_note_comes_before_the_output_with_workers(gazetteer, tmp_path):
    path = tmp_path / "foreign.jsonl"
    foreign = "Les soldats sont partis hier matin vers le nord avec leurs camions et leurs armes pour la ville."
    path.write_text(json.dumps({"id": "fr", "text": foreign}) + "\n"
                    + json.dumps({"id": "en", "text": SENTENCES[1]}) + "\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["places", "--workers", "2", "--jsonl", str(path)])
    assert result.exit_code == 0
    note = result.output.index("not in English")
    assert note < result.output.index('{"id": "fr"')


def test_a_batch_raises_the_collectors_threshold_and_restores_it(gazetteer):
    import gc

    before = gc.get_threshold()
    seen = []
    reports = [{"id": str(i), "text": t} for i, t in enumerate(SENTENCES[1:4])]
    for _ in parallel.map_reports(reports, "places", workers=1):
        seen.append(gc.get_threshold())
    assert seen and all(t[0] >= parallel.BATCH_GC_THRESHOLD and t[1] >= parallel.BATCH_GC_MIDDLE for t in seen)
    assert gc.get_threshold() == before
    stopped = parallel.map_reports(reports, "places", workers=1)
    next(stopped)
    stopped.close()  # a caller that stops early gets its thresholds back too
    assert gc.get_threshold() == before


@pytest.mark.parametrize("verb", ["places", "extract"])
def test_a_cli_batch_leaves_what_it_kept_out_of_the_collection_at_exit(cli, tmp_path, verb):
    """After a batch the process ends: its caches are frozen (gc.freeze), so the collector's
    last walk at exit skips them; the output is written first."""
    import gc
    import json

    batch = tmp_path / "in.jsonl"
    batch.write_text(json.dumps({"id": "a", "text": "Two convoys drove from Lviv to Kyiv on Monday."}) + "\n",
                     encoding="utf-8")
    gc.unfreeze()
    try:
        code, out, _ = cli(verb, "--jsonl", batch, "--workers", "1")
        assert code == 0 and json.loads(out)["id"] == "a"
        assert gc.get_freeze_count() > 1000
    finally:
        gc.unfreeze()  # this test process lives on


def test_json_lines_are_the_lines_the_cli_wrote_from_dicts(gazetteer):
    """map_json_lines (each line serialised by the worker that read it) gives, in order, the
    text json.dumps made of map_lines' objects in the parent, with 1 and 2 workers."""
    import json
    reports = [{"id": i, "text": t} for i, t in enumerate(SENTENCES * 3)]
    wanted = [json.dumps(line, ensure_ascii=False) for line in parallel.map_lines(reports, "places", workers=1)]
    assert any('"places": [{' in w for w in wanted)  # some report has a place
    assert list(parallel.map_json_lines(reports, "places", workers=1)) == wanted
    assert list(parallel.map_json_lines(reports, "places", workers=2, chunksize=1)) == wanted


def test_a_last_batch_freezes_what_it_kept_before_the_thresholds_come_back(gazetteer):
    """map_json_lines(last=True), the CLI's batch: when the thresholds are restored the batch's
    caches are already frozen, so the next young collection does not walk them all; a batch
    that is not the last freezes nothing."""
    import gc

    reports = [{"id": str(i), "text": t} for i, t in enumerate(SENTENCES[1:4])]
    before = gc.get_threshold()
    frozen_when_restored = []
    real_set = gc.set_threshold

    def watch(*t):
        frozen_when_restored.append((t, gc.get_freeze_count()))
        real_set(*t)

    gc.unfreeze()
    try:
        parallel.gc.set_threshold = watch
        plain = list(parallel.map_json_lines(reports, "places", workers=1))
        assert gc.get_freeze_count() == 0
        last = list(parallel.map_json_lines(reports, "places", workers=1, last=True))
        assert last == plain
        restored = [n for t, n in frozen_when_restored if t == before]
        assert restored[0] == 0 and restored[-1] > 1000
    finally:
        parallel.gc.set_threshold = real_set
        gc.unfreeze()
    assert gc.get_threshold() == before


def test_a_last_batch_freezes_what_each_report_left_before_the_next_is_read(gazetteer, monkeypatch):
    """map_json_lines(last=True), the CLI's batch: the caches' new entries of each report are
    frozen before the next report is read (parallel.after_report), so the young collections
    of a batch do not walk them; the lines are those of a batch that freezes nothing."""
    import gc

    # (places no other test of this file names: each report adds entries to the caches)
    reports = [{"id": str(i), "text": t} for i, t in enumerate([
        "A convoy of fuel tankers drove from Tamale to Bolgatanga at dawn.",
        "Two patrol boats sailed from Sattahip to Rayong on Sunday.",
        "Engineers were flown from Mzuzu to Karonga after the floods.",
        "A battalion marched from Kindia towards Mamou overnight.",
        "Helicopters moved from Tarija to Yacuiba in the afternoon."])]
    seen = []  # (frozen objects, young objects counted) as each report is read
    real_read = parallel.read_one

    def watch(*args, **kwargs):
        seen.append((gc.get_freeze_count(), gc.get_count()[0]))
        return real_read(*args, **kwargs)

    monkeypatch.setattr(parallel, "read_one", watch)
    gc.unfreeze()
    try:
        last = list(parallel.map_json_lines(reports, "places", workers=1, last=True))
        frozen_last, seen[:] = list(seen), []
        gc.unfreeze()
        plain = list(parallel.map_json_lines(reports, "places", workers=1))
        assert {n for n, _ in seen} == {0}  # (not the last batch: nothing frozen)
    finally:
        gc.unfreeze()  # this test process lives on
    assert last == plain
    frozen = [n for n, _ in frozen_last]
    assert len(frozen) == len(reports) and all(b > a for a, b in zip(frozen, frozen[1:]))
    # (the count of new objects starts again at each freeze: far from a collection)
    assert all(young < parallel.BATCH_GC_THRESHOLD // 10 for _, young in frozen_last[1:])


@pytest.mark.parametrize("n,workers", [(0, 2), (1, 2), (7, 2), (40, 2), (380, 2), (380, 4), (1000, 3), (50, 1)])
def test_guided_chunks_cover_the_reports_in_order_and_shrink_to_one(n, workers):
    bounds = parallel.chunk_bounds(n, workers)
    if n == 0:
        assert bounds == []
        return
    assert [a for a, _ in bounds] == [0] + [b for _, b in bounds[:-1]]  # contiguous, in input order
    assert bounds[-1][1] == n
    sizes = [b - a for a, b in bounds]
    assert all(1 <= k <= parallel.CHUNK_MAX for k in sizes)
    assert sizes == sorted(sizes, reverse=True)  # never a larger chunk after a smaller one
    if n >= 2 * parallel.CHUNKS_PER_WORKER * workers:
        # the last chunks are single reports: the workers finish at most about one report apart
        assert sizes[-workers:] == [1] * workers and sizes[0] > 1


def test_guided_chunks_give_the_single_process_lines(gazetteer):
    reports = [{"id": i, "text": t} for i, t in enumerate(SENTENCES * 5)]  # 40: chunks of 5 down to 1
    assert len({b - a for a, b in parallel.chunk_bounds(len(reports), 2)}) > 2
    wanted = list(parallel.map_json_lines(reports, "extract", workers=1))
    assert list(parallel.map_json_lines(reports, "extract", workers=2)) == wanted
    with parallel.Workers(2) as pool:  # a kept pool deals the same chunks
        assert list(parallel.map_json_lines(reports, "extract", pool=pool)) == wanted
        assert list(parallel.map_reports(reports, "places", pool=pool)) == \
            list(parallel.map_reports(reports, "places", workers=1))


def _big_result(i):
    return str(i) * 5_000_000  # a result the parent's result thread takes a while to read


def _thread_cpu(native_id):
    fields = open(f"/proc/self/task/{native_id}/stat").read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


@pytest.mark.skipif(not os.path.exists("/proc/self/task") or "fork" not in multiprocessing.get_all_start_methods(),
                    reason="per-thread CPU from /proc (Linux), fork")
def test_the_pool_maintenance_thread_does_not_spin_while_results_stream():
    # multiprocessing.Pool's own thread loops while a result waits in the pipe (0.1-0.5 CPU s
    # here); the workers' pool waits for a worker to exit or to be told to stop
    with parallel._pool_class()(2, context=multiprocessing.get_context("fork")) as pool:
        assert [len(r) for r in pool.imap(_big_result, range(20))] == [5_000_000] * 10 + [10_000_000] * 10
        assert _thread_cpu(pool._worker_handler.native_id) < 0.03


@pytest.fixture(scope="module")
def fixture_index(tmp_path_factory):
    """A small index of tests/fixtures/places.csv only (its rows' source is "fixture")."""
    from pathlib import Path

    from geomove.gazetteer_build import build
    d = tmp_path_factory.mktemp("pool-index")
    return build(d / "index.sqlite", curated=Path(__file__).parent / "fixtures" / "places.csv",
                 packages=False, progress=False)


@pytest.mark.parametrize("chunksize", [None, 1])
def test_a_pool_given_an_index_reads_with_that_index(gazetteer, fixture_index, chunksize):
    # (the workers once looked their gazetteer up per report, and found the default index)
    reports = [{"id": i, "text": t} for i, t in enumerate([
        "Lorries went from Lere to Kaduna in the rain.",
        "A patrol drove out of Arima before noon.",
    ] * 3)]
    alone = list(parallel.map_reports(reports, "places", workers=1, gazetteer_path=fixture_index))
    pooled = list(parallel.map_reports(reports, "places", workers=2, gazetteer_path=fixture_index,
                                       chunksize=chunksize))
    assert pooled == alone
    assert {m["source"] for found in pooled for m in found} == {"fixture"}
