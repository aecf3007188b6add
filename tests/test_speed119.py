"""speed119: the CLI's ``--workers N`` pool (one batch, then the process ends) freezes what the
parent has alive before it forks (the gc module's advice for fork without exec), and each worker
freezes what each report left, as the one-process batch does (parallel.after_report). A library
caller's pool (parallel.Workers kept across batches) thaws the parent after the fork and freezes
nothing per report. The lines are those of one process either way."""

import gc
import multiprocessing

import pytest

from geomove import parallel

pytestmark = pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="fork only")

# our own sentences (places no other test of the file names, so each report adds cache entries)
REPORTS = [{"id": str(i), "text": t} for i, t in enumerate([
    "A supply column drove from Kasama to Mpika before dawn.",
    "Two minesweepers sailed from Toulon to Ajaccio on Friday.",
    "Medics were flown from Gulu to Arua after the clashes.",
    "A company of marines marched from Bouake towards Korhogo.",
    "Trucks carried fuel from Mtwara to Lindi along the coast road.",
    "Nothing in this line names a place.",
])]


def _frozen_in_worker(reports):
    """In a worker: (does it freeze each report, frozen objects before and after a chunk, the
    young count after it, the chunk's lines)."""
    before = gc.get_freeze_count()
    lines = parallel._work_chunk((reports, "places", False, True))
    return parallel._freeze_each_report, before, gc.get_freeze_count(), gc.get_count()[0], lines


def test_a_one_batch_pool_freezes_in_the_parent_and_after_each_report_in_a_worker(gazetteer):
    gc.unfreeze()
    try:
        with parallel.Workers(2, task="places", one_batch=True) as pool:
            assert gc.get_freeze_count() > 1000  # the parent's modules, lexicons, patterns: kept frozen
            each, before, after, young, lines = pool._pool.apply(_frozen_in_worker, (REPORTS,))
    finally:
        gc.unfreeze()  # (this test process lives on)
    assert each is True
    assert before > 1000  # born with what the parent froze
    assert after > before  # and what each report left frozen too
    assert young < parallel.BATCH_GC_THRESHOLD // 10  # (the count of new objects starts again)
    assert lines == list(parallel.map_json_lines(REPORTS, "places", workers=1))


def test_a_library_pool_thaws_the_parent_and_freezes_nothing_per_report(gazetteer):
    gc.unfreeze()
    try:
        with parallel.Workers(2, task="places") as pool:
            assert gc.get_freeze_count() == 0  # thawed after the fork: a library process lives on
            each, before, after, _, lines = pool._pool.apply(_frozen_in_worker, (REPORTS,))
    finally:
        gc.unfreeze()
    assert each is False
    assert before > 1000  # (a worker is still born with the parent's objects frozen)
    assert after == before  # but freezes nothing of its own: it may serve batch after batch
    assert lines == list(parallel.map_json_lines(REPORTS, "places", workers=1))


def test_the_cli_batch_on_two_workers_gives_the_one_process_lines_in_order(gazetteer):
    reports = REPORTS * 7  # (42: guided chunks of several reports, then single ones)
    wanted = list(parallel.map_json_lines(reports, "places", workers=1))
    gc.unfreeze()
    try:
        assert list(parallel.map_json_lines(reports, "places", workers=2, last=True)) == wanted
        assert list(parallel.map_json_lines(reports, "extract", workers=2, last=True)) == \
            list(parallel.map_json_lines(reports, "extract", workers=1))
    finally:
        gc.unfreeze()
