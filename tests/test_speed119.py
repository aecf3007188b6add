"""speed119: the CLI's ``--workers N`` pool (one batch, then the process ends) freezes what the
parent has alive before it forks (the gc module's advice for fork without exec), and each worker
freezes what each report left, as the one-process batch does (parallel.after_report). A library
caller's pool (parallel.Workers kept across batches) thaws the parent after the fork and freezes
nothing per report. The lines are those of one process either way."""

import gc

from forking import FORK_ONLY, assert_one_process_lines, kept_answers_of, reports_of, thawed

from geomove import parallel

pytestmark = FORK_ONLY

# our own sentences (places no other test of the file names, so each report adds cache entries)
REPORTS = reports_of([
    "A supply column drove from Kasama to Mpika before dawn.",
    "Two minesweepers sailed from Toulon to Ajaccio on Friday.",
    "Medics were flown from Gulu to Arua after the clashes.",
    "A company of marines marched from Bouake towards Korhogo.",
    "Trucks carried fuel from Mtwara to Lindi along the coast road.",
    "Nothing in this line names a place.",
])


def _frozen_in_worker(reports):
    """In a worker: (does it freeze each report, frozen objects before and after a chunk, the
    young count after it, the chunk's lines)."""
    before = gc.get_freeze_count()
    lines = parallel._work_chunk((reports, "places", False, True))
    return parallel._freeze_each_report, before, gc.get_freeze_count(), gc.get_count()[0], lines


def test_a_one_batch_pool_freezes_in_the_parent_and_after_each_report_in_a_worker(gazetteer):
    with thawed(), parallel.Workers(2, task="places", one_batch=True) as pool:
        assert gc.get_freeze_count() > 1000  # the parent's modules, lexicons, patterns: kept frozen
        each, before, after, young, lines = pool._pool.apply(_frozen_in_worker, (REPORTS,))
    assert each is True
    assert before > 1000  # born with what the parent froze
    assert after > before  # and what each report left frozen too
    assert young < parallel.BATCH_GC_THRESHOLD // 10  # (the count of new objects starts again)
    assert lines == list(parallel.map_json_lines(REPORTS, "places", workers=1))


def test_a_library_pool_thaws_the_parent_and_freezes_nothing_per_report(gazetteer):
    with thawed(), parallel.Workers(2, task="places") as pool:
        assert gc.get_freeze_count() == 0  # thawed after the fork: a library process lives on
        each, before, after, _, lines = pool._pool.apply(_frozen_in_worker, (REPORTS,))
    assert each is False
    assert before > 1000  # (a worker is still born with the parent's objects frozen)
    assert after == before  # but freezes nothing of its own: it may serve batch after batch
    assert lines == list(parallel.map_json_lines(REPORTS, "places", workers=1))


def test_the_cli_batch_on_two_workers_gives_the_one_process_lines_in_order(gazetteer):
    assert_one_process_lines(REPORTS * 7)  # (42: guided chunks of several reports, then single ones)


def _worker_gazetteer(name):
    """In a worker: (its gazetteer's id, its index connection's id, its store connection's id or
    None, the store's answer of ``name``, the places of a sentence of ours)."""
    gaz = parallel.open_gazetteer()
    kept = kept_answers_of(gaz)
    store_db = kept.db if kept is not None else None
    answer = kept.answer(name) if store_db is not None else None
    return (id(gaz), id(gaz.db), None if store_db is None else id(store_db), answer,
            parallel.json_line(REPORTS[0], "places", parallel.read_one(REPORTS[0], "places")))


def test_a_worker_reads_with_the_parents_gazetteer_on_its_own_connections(gazetteer):
    """The worker keeps the gazetteer object the parent warmed up with (its key trie, the store's
    tries, the per-gazetteer facts) and reads through connections it opened itself."""
    from geomove.gazetteer import Gazetteer

    with thawed(), parallel.Workers(2, task="places") as pool:
        parent = Gazetteer.default()
        kept = kept_answers_of(parent)
        gaz_id, db_id, store_id, answer, line = pool._pool.apply(_worker_gazetteer, ("Kharkiv",))
    assert gaz_id == id(parent)  # the parent's object (a forked copy at the same address)
    assert db_id != id(parent.db)  # its own connection to the index
    if kept is not None and kept.db is not None:  # (a store fresh for this index: read it too)
        assert store_id is not None and store_id != id(kept.db)
        assert answer == kept.answer("Kharkiv")
    assert line == parallel.json_line(REPORTS[0], "places", parallel.read_one(REPORTS[0], "places"))
