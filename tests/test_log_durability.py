"""Durability: SIGKILL in the middle of a large ingest, and two processes writing at once."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

from geomove.log import AddResult, MovementLog

pytestmark = pytest.mark.skipif(os.name != "posix", reason="needs fork/SIGKILL")

# The child builds movements deterministically from a number, so the parent can re-create them.
INGEST = r"""
import sys, time
from geomove.log import MovementLog
from geomove.model import make_movement, make_place

path, first, count, batch, pause_at = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
go = sys.argv[6] if len(sys.argv) > 6 else None

def movement(i):
    lat, lon = 30 + (i % 1000) / 100, 35 + (i // 1000) / 10
    return make_movement(
        actor=f"Unit {i % 37}", what=f"movement number {i}", start=f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}",
        origin=make_place(name=f"P{i}", lat=lat, lon=lon), destination=make_place(name=f"Q{i}", lat=lat + 0.5, lon=lon + 0.5),
        source="Outlet", url=f"https://example.org/{i}", quote="x" * 400, published="2024-12-31")

class Pausing(MovementLog):
    batches = 0
    def _insert(self, *args):
        super()._insert(*args)
        self.batches += 1
        if self.batches == pause_at:
            # Rows of this batch are written (and spilled to the WAL) but not committed.
            print("inside", flush=True)
            time.sleep(60)

log = Pausing(path)
log.db.execute("PRAGMA cache_size = 20")  # a small page cache spills uncommitted pages to disk
if go:
    while not __import__("os").path.exists(go):
        time.sleep(0.005)
for start in range(first, first + count, batch):
    result = log.add([movement(i) for i in range(start, min(start + batch, first + count))])
    print("committed", result.added, flush=True)
log.close()
print("done", flush=True)
"""


def run_ingest(path, first=0, count=10_000, batch=500, pause_at=0, go=None):
    args = [sys.executable, "-c", INGEST, str(path), str(first), str(count), str(batch), str(pause_at)]
    if go:
        args.append(str(go))
    return subprocess.Popen(args, stdout=subprocess.PIPE, text=True)


def assert_whole(path, batch):
    with MovementLog(path) as log:
        assert log.check() == []  # integrity_check ok, every JSON parses, sources rows agree
        stored = len(log)
        assert stored % batch == 0  # only whole adds
        n_sources = log.db.execute("SELECT count(*) FROM sources").fetchone()[0]
        n_space = log.db.execute("SELECT count(*) FROM movement_index").fetchone()[0]
        assert n_sources == n_space == stored
        return stored


def test_sigkill_inside_a_transaction_keeps_only_whole_movements(tmp_path):
    path = tmp_path / "log.sqlite"
    child = run_ingest(path, pause_at=7)
    try:
        for line in child.stdout:
            if line.strip() == "inside":
                break
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL
    assert (tmp_path / "log.sqlite-wal").stat().st_size > 0  # the kill left uncommitted frames
    assert assert_whole(path, 500) == 6 * 500  # batch 7 was being written: none of it is kept
    # Ingesting everything again completes the log without duplicating a row.
    resumed = run_ingest(path)
    assert resumed.wait(timeout=120) == 0
    with MovementLog(path) as log:
        assert len(log) == 10_000
        assert log.check() == []


def test_sigkill_at_a_random_moment_of_a_10000_movement_ingest(tmp_path):
    path = tmp_path / "log.sqlite"
    child = run_ingest(path, batch=100)
    committed = 0
    try:
        for line in child.stdout:
            committed += line.startswith("committed")
            if committed == 25:
                time.sleep(0.013)  # somewhere inside a later add
                break
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.wait(timeout=30)
    stored = assert_whole(path, 100)
    assert 2_500 <= stored < 10_000


def test_two_processes_adding_at_once_both_succeed(tmp_path):
    path = tmp_path / "log.sqlite"
    go = tmp_path / "go"
    writers = [run_ingest(path, first=first, count=1_500, batch=10, go=go) for first in (0, 100_000)]
    time.sleep(0.5)  # both processes are up and have opened (and created) the log
    go.touch()
    outputs = [w.communicate(timeout=180)[0] for w in writers]
    assert [w.returncode for w in writers] == [0, 0]
    assert all(out.count("committed 10") == 150 for out in outputs)
    with MovementLog(path) as log:
        assert len(log) == 3_000
        assert log.check() == []
        ids = {f["properties"]["what"] for f in log.query(status=None)}
    assert ids == {f"movement number {i}" for i in (*range(1_500), *range(100_000, 101_500))}


def test_re_ingesting_a_finished_log_changes_nothing(tmp_path):
    path = tmp_path / "log.sqlite"
    assert run_ingest(path, count=2_000).wait(timeout=120) == 0
    with MovementLog(path) as log:
        before = list(log.db.iterdump())
    again = run_ingest(path, count=2_000)
    out = again.communicate(timeout=120)[0]
    assert again.returncode == 0 and out.count("committed 0") == 4
    with MovementLog(path) as log:
        assert list(log.db.iterdump()) == before
        assert log.add([]) == AddResult()


def test_a_failure_half_way_through_an_add_rolls_all_of_it_back(tmp_path, monkeypatch):
    from geomove.model import make_movement, make_place

    def batch(tag, day):
        return [make_movement(actor="Unit", what=f"{tag} {i}",
                              origin=make_place(name="A", lat=35.0, lon=40.0 + i / 100),
                              destination=make_place(name="B", lat=36.0, lon=41.0), start=day,
                              url=f"https://x.example/{tag}/{i}") for i in range(50)]

    path = tmp_path / "log.sqlite"
    with MovementLog(path) as log:
        log.add(batch("first", "2024-01-02"))
        before = list(log.db.iterdump())
        original = MovementLog._insert

        def insert_then_fail(self, *args):
            original(self, *args)  # the rows are written inside the transaction...
            raise OSError("disk full")  # ...and then the process hits trouble

        monkeypatch.setattr(MovementLog, "_insert", insert_then_fail)
        with pytest.raises(OSError):
            log.add(batch("second", "2024-02-02"), report_text="second report")
        assert list(log.db.iterdump()) == before
        monkeypatch.setattr(MovementLog, "_insert", original)
        assert log.add(batch("second", "2024-02-02"), report_text="second report") == AddResult(added=50)
