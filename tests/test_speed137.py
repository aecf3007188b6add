"""speed137: a pool's worker reads the index and the store of kept answers through a memory map
(parallel.WORKER_MMAP_SIZE on the connections it opens after the fork), so the workers share the
kernel's one cached copy of the files instead of each filling its own SQLite page cache; a
process that reads alone keeps no map. The answers are the same either way."""

from forking import FORK_ONLY, assert_one_process_lines, kept_answers_of, reports_of, thawed

from geomove import parallel

pytestmark = FORK_ONLY

# our own sentences
REPORTS = reports_of([
    "A signals platoon drove from Kitwe to Ndola at first light.",
    "Two frigates left Brest for Lorient after the storm.",
    "Engineers were flown from Mopti to Gao on Sunday.",
    "Nothing here is a place at all.",
])


def _mmap_of(db) -> int:
    return db.execute("PRAGMA mmap_size").fetchone()[0]


def _worker_maps():
    """In a worker: (its index connection's mmap_size, its store connection's or None)."""
    gaz = parallel.open_gazetteer()
    kept = kept_answers_of(gaz)
    return _mmap_of(gaz.db), (None if kept is None or kept.db is None else _mmap_of(kept.db))


def test_the_setting_maps_both_files_whole():
    assert parallel.WORKER_MMAP_SIZE >= 1 << 30  # (the index ~250 MB, the store ~330 MB)


def test_a_worker_maps_its_own_connections_and_the_parent_does_not(gazetteer):
    from geomove.gazetteer import Gazetteer

    with thawed(), parallel.Workers(2, task="places") as pool:
        parent = Gazetteer.default()
        index_map, store_map = pool._pool.apply(_worker_maps)
        assert _mmap_of(parent.db) == 0  # the process that reads alone: no map
        kept = kept_answers_of(parent)
        if kept is not None and kept.db is not None:
            assert _mmap_of(kept.db) == 0
            assert store_map == parallel.WORKER_MMAP_SIZE
    assert index_map == parallel.WORKER_MMAP_SIZE


def test_reopening_without_a_size_keeps_no_map(gazetteer):
    """A library caller of reopen_after_fork (no size) gets the connections as they were."""
    from geomove.gazetteer import Gazetteer

    gaz = Gazetteer(gazetteer.path)
    try:
        gaz.reopen_after_fork()
        assert _mmap_of(gaz.db) == 0
        gaz.reopen_after_fork(parallel.WORKER_MMAP_SIZE)
        assert _mmap_of(gaz.db) == parallel.WORKER_MMAP_SIZE
    finally:
        gaz.db.close()


def test_mapped_workers_give_the_one_process_lines(gazetteer):
    assert_one_process_lines(REPORTS * 9)  # (36: guided chunks, then single reports)
