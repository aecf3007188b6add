"""speed141: the CLI's ``--workers N`` batch forks its children with os.fork and hands out the
chunk numbers through a pipe (parallel._Chunks), so the parent imports no multiprocessing before
the fork; a batch whose chunk numbers a pipe cannot hold goes to the pool as before."""

import os
import subprocess
import sys
import textwrap

import pytest

from geomove import parallel

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="fork only")


def test_every_chunk_number_is_taken_once_by_one_of_several_processes():
    bounds = parallel.chunk_bounds(5000, 3)
    chunks = parallel._Chunks.made(bounds)
    assert chunks is not None
    read, write = os.pipe()
    pids = []
    for _ in range(3):
        pid = os.fork()
        if pid == 0:  # a child: takes numbers until none is left, writes them down
            os.close(read)
            taken = []
            while (i := chunks.take()) is not None:
                taken.append(i)
            os.write(write, b"".join(i.to_bytes(4, "little") for i in taken))
            os._exit(0)
        pids.append(pid)
    os.close(write)
    mine = []
    while (i := chunks.take()) is not None:  # (the parent takes some too)
        mine.append(i)
    got = b""
    while part := os.read(read, 1 << 16):
        got += part
    os.close(read)
    for pid in pids:
        assert os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]) == 0
    chunks.close()
    theirs = [int.from_bytes(got[k:k + 4], "little") for k in range(0, len(got), 4)]
    assert sorted(mine + theirs) == list(range(len(bounds)))  # each once, none lost


def test_numbers_a_pipe_cannot_hold_leave_the_batch_to_the_pool(monkeypatch):
    monkeypatch.setattr(parallel, "_widen", lambda fd, room=parallel.PIPE_ROOM: None)  # (a 64 KB pipe)
    many = [(i, i + 1) for i in range(20_000)]  # 80 KB of numbers
    before = set(os.listdir("/proc/self/fd")) if os.path.isdir("/proc/self/fd") else None
    assert parallel._Chunks.made(many) is None
    if before is not None:
        assert set(os.listdir("/proc/self/fd")) == before  # (both ends closed)
    few = parallel._Chunks.made(many[:100])
    assert few is not None and few.take() == 0
    few.close()


def test_a_batch_whose_numbers_do_not_fit_is_read_by_the_pool(monkeypatch):
    monkeypatch.setattr(parallel._Chunks, "made", classmethod(lambda cls, bounds: None))
    used = []

    class Pool:
        def __init__(self, n, **options):
            used.append(n)

        def imap(self, reports, task, include_all, chunksize, as_json=False):
            return iter(["pool"] * len(reports))

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            pass

    monkeypatch.setattr(parallel, "Workers", Pool)
    assert list(parallel._map([{"text": "x"}] * 3, "places", workers=2, last=True)) == ["pool"] * 3
    assert used == [2]


CHILD = textwrap.dedent("""
    import os, sys
    from geomove import parallel
    parallel.before_fork = lambda *a, **k: None
    parallel.open_gazetteer = lambda *a, **k: None
    parallel.read_one = lambda report, task, include_all=False, gazetteer=None: [report["id"], os.getpid()]
    reports = [{"id": str(i), "text": "x"} for i in range(40)]
    lines = list(parallel.map_json_lines(reports, "places", workers=2, last=True))
    assert [line.split('"')[3] for line in lines] == [r["id"] for r in reports], lines
    print("multiprocessing" in sys.modules)
""")


def test_the_cli_batch_imports_no_multiprocessing():
    # (in a process of its own: this test process has imported it long ago)
    out = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True, timeout=600,
                         cwd=os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "False"


def test_a_batch_in_a_process_with_over_a_thousand_files_open(monkeypatch):
    """select() cannot watch a descriptor numbered 1024 or more; the full test suite (and a
    library caller with many files open) hands the children's pipes such numbers."""
    import gc
    import resource

    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    want = 1400
    if hard != resource.RLIM_INFINITY and hard < want:
        pytest.skip(f"the hard limit of open files is {hard}")
    resource.setrlimit(resource.RLIMIT_NOFILE, (max(soft, want), hard))
    held = [os.open(os.devnull, os.O_RDONLY) for _ in range(1100)]
    monkeypatch.setattr(parallel, "before_fork", lambda *a, **k: None)
    monkeypatch.setattr(parallel, "open_gazetteer", lambda *a, **k: None)
    monkeypatch.setattr(parallel, "read_one",
                        lambda report, task, include_all=False, gazetteer=None: [report["id"], os.getpid()])
    reports = [{"id": str(i), "text": "x"} for i in range(40)]
    try:
        probe = os.open(os.devnull, os.O_RDONLY)
        os.close(probe)
        assert probe >= 1024  # (the pipes made next are numbered past select's reach)
        lines = list(parallel.map_json_lines(reports, "places", workers=2, last=True))
    finally:
        gc.unfreeze()
        for fd in held:
            os.close(fd)
        resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))
    assert [line.split('"')[3] for line in lines] == [r["id"] for r in reports]
