"""speed136: the CLI's ``--workers N`` batch (one batch, then the process ends) reads on the parent
and N - 1 forked children, each taking the next guided chunk when done with its last
(parallel._map_parent_reads); the lines are those of one process, in input order, and a child's
failure is the parent's."""

import multiprocessing
import os
import time

import pytest

from forking import FORK_ONLY, assert_one_process_lines, reports_of, thawed

from geomove import parallel

pytestmark = FORK_ONLY

# our own sentences
REPORTS = reports_of([
    "A fuel convoy drove from Kitwe to Ndola after the bridge reopened.",
    "Two patrol boats sailed from Mombasa to Lamu overnight.",
    "Engineers were flown from Goma to Bukavu on Thursday.",
    "Nothing in this line names a place.",
    "A battalion marched from Tamale towards Bolgatanga.",
])


PARENT = [0]  # the test process's pid


def _reaped(pid):
    """Was the child ``pid`` waited for (not running, no zombie left)?"""
    try:
        os.waitpid(pid, os.WNOHANG)
    except ChildProcessError:
        return True
    return False


@pytest.fixture()
def thaw():
    with thawed():  # (the one-batch path keeps the parent frozen: this test process lives on)
        yield


def _slow_pid(report, task, *, include_all=False, gazetteer=None):
    if os.getpid() == PARENT[0]:
        # the parent reads on once every child has read a report (a child slow to start on a
        # loaded machine would otherwise find every chunk taken)
        deadline = time.monotonic() + 60
        while STARTED[0].value < STARTED[1] and time.monotonic() < deadline:
            time.sleep(0.005)
    elif not CHILD_READ[0]:
        CHILD_READ[0] = True  # (this child's own copy)
        with STARTED[0].get_lock():
            STARTED[0].value += 1
    time.sleep(0.01)  # (long enough that every process gets chunks)
    return (report["id"], os.getpid())


STARTED = [None, 0]  # children that have read a report, children forked
CHILD_READ = [False]


@pytest.mark.parametrize("workers", [2, 3])
def test_the_parent_and_its_children_share_the_chunks_in_input_order(monkeypatch, thaw, workers):
    PARENT[0] = os.getpid()
    STARTED[:] = [multiprocessing.get_context("fork").Value("i", 0), workers - 1]
    monkeypatch.setattr(parallel, "read_one", _slow_pid)  # (the forked children inherit the patch)
    monkeypatch.setattr(parallel, "before_fork", lambda *a, **k: None)
    reports = [{"id": str(i), "text": "x"} for i in range(60)]
    got = list(parallel._map(reports, "places", workers=workers, last=True))
    assert [i for i, _ in got] == [r["id"] for r in reports]
    pids = {pid for _, pid in got}
    assert os.getpid() in pids  # the parent read some
    assert len(pids) == workers  # and every child too
    assert all(_reaped(pid) for pid in pids - {os.getpid()})


def _fails_on_three(report, task, *, include_all=False, gazetteer=None):
    if report["id"] == "3":
        raise ValueError("report 3 is bad")
    time.sleep(0.01)
    return report["id"]


def test_a_failure_in_any_process_is_raised_by_the_parent(monkeypatch, thaw):
    monkeypatch.setattr(parallel, "read_one", _fails_on_three)
    monkeypatch.setattr(parallel, "before_fork", lambda *a, **k: None)
    reports = [{"id": str(i), "text": "x"} for i in range(8)]
    with pytest.raises(ValueError, match="report 3 is bad"):
        list(parallel._map(reports, "places", workers=2, last=True))


def _child_dies(report, task, *, include_all=False, gazetteer=None):
    if os.getpid() != PARENT[0]:
        TOOK[0].set()
        os._exit(3)  # (a child killed: no exception to send)
    # the parent reads on only once the child has taken a chunk: on a loaded machine a child
    # slow to start would otherwise find every chunk taken, and nothing would be missing
    assert TOOK[0].wait(60)
    return report["id"]


TOOK = [None]


def test_a_child_that_dies_ends_the_batch_with_an_error_not_a_hang(monkeypatch, thaw):
    PARENT[0] = os.getpid()
    TOOK[0] = multiprocessing.get_context("fork").Event()  # (inherited by the child)
    monkeypatch.setattr(parallel, "read_one", _child_dies)
    monkeypatch.setattr(parallel, "before_fork", lambda *a, **k: None)
    reports = [{"id": str(i), "text": "x"} for i in range(8)]
    with pytest.raises(RuntimeError, match="ended early"):
        list(parallel._map(reports, "places", workers=2, last=True))


def test_the_cli_batch_gives_the_one_process_lines(gazetteer):
    assert_one_process_lines(REPORTS * 5, workers=(2, 3))


def test_a_childs_pipe_holds_a_chunk_of_lines_while_the_parent_reads():
    fcntl = pytest.importorskip("fcntl")
    if not hasattr(fcntl, "F_GETPIPE_SZ"):
        pytest.skip("no pipe sizes here")
    receive, send = os.pipe()  # (a child's pipe: parallel._map_parent_reads)
    try:
        parallel._widen(send)
        try:
            with open("/proc/sys/fs/pipe-max-size") as f:
                most = int(f.read())
        except OSError:
            pytest.skip("no pipe-max-size to compare with")
        if most >= parallel.PIPE_ROOM:
            assert fcntl.fcntl(send, fcntl.F_GETPIPE_SZ) == parallel.PIPE_ROOM
    finally:
        os.close(receive)
        os.close(send)
