"""What the tests of forked workers share (geomove.parallel's pools and the CLI's --workers N
batch): the mark that skips them where processes cannot fork, reports made of a test's own
sentences, the collector thawed around a fork, the store of kept answers a gazetteer reads
with, and the check that a batch on several processes writes the lines of one. (A module
beside the tests: pytest puts this folder on sys.path.)"""

import contextlib
import gc
import multiprocessing

import pytest

from geomove import parallel

# a test module's ``pytestmark``: its tests fork workers, as the CLI does on Linux
FORK_ONLY = pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="fork only")


def reports_of(sentences) -> list[dict]:
    """A batch of ``sentences``, each report's id its position."""
    return [{"id": str(i), "text": t} for i, t in enumerate(sentences)]


@contextlib.contextmanager
def thawed():
    """Around a test that forks: nothing frozen when it starts, nothing left frozen when it
    ends (a one-batch pool and the CLI's batch keep the parent frozen, as a process that ends
    after the batch should; the test process lives on)."""
    gc.unfreeze()
    try:
        yield
    finally:
        gc.unfreeze()


def kept_answers_of(gaz):
    """The store of kept answers the finder reads with for ``gaz``, or None (none opened)."""
    from geomove.mentions.candidates import _CANDIDATES_BY_GAZ

    cache = _CANDIDATES_BY_GAZ.get(gaz)
    return cache.kept if cache is not None else None


def assert_one_process_lines(reports, *, workers=(2,), tasks=("places", "extract")) -> None:
    """The CLI's batch (``last``) of ``reports`` on each number of ``workers`` writes, for each
    task, the lines one process writes, in input order."""
    for task in tasks:
        wanted = list(parallel.map_json_lines(reports, task, workers=1))
        for n in workers:
            with thawed():
                assert list(parallel.map_json_lines(reports, task, workers=n, last=True)) == wanted
