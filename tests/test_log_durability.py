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


# ---------------------------------------------------------------- the review verbs under SIGKILL

# The child runs one CLI verb; its outermost transaction pauses after its writes, before
# COMMIT, so the parent can kill it there (history, a read, pauses after reading).
REVIEW_VERB = r"""
import sys, time
from contextlib import contextmanager
from geomove.log import review as log_review
from geomove.cli import main
from geomove.log import MovementLog

original = MovementLog.transaction

@contextmanager
def pausing(self):
    with original(self) as log:
        yield log
        if self._depth == 1:
            print("inside", flush=True)
            time.sleep(60)

MovementLog.transaction = pausing
read = log_review.history

def slow_history(*args, **kwargs):
    found = read(*args, **kwargs)
    print("inside", flush=True)
    time.sleep(60)
    return found

log_review.history = slow_history
sys.exit(main(sys.argv[1:]))
"""

OWN_REPORTS = [
    "On 2 March 2024 the 4th Division moved 20 tanks from Aleppo to Homs, officials said.",
    "On 5 March 2024 a column of 14 trucks drove from Hama to Idlib, residents said.",
    "On 9 March 2024 the 8th Brigade sent 40 soldiers from Latakia to Tartus by road.",
]


def assert_review_consistent(path) -> None:
    """The log's own check, plus: each movement's history property and the history table agree,
    and a deleted id is never also a live one."""
    import json as _json

    with MovementLog(path) as log:
        assert log.check() == []
        for feature_text, in log.db.execute("SELECT feature FROM movements"):
            props = _json.loads(feature_text)["properties"]
            rows = log.db.execute("SELECT count(*) FROM history WHERE movement = ?", (props["id"],)).fetchone()[0]
            assert rows == len(props.get("history") or []), props["id"]
        assert log.db.execute("SELECT count(*) FROM deleted_ids d JOIN movement_ids m ON m.id = d.id").fetchone()[0] == 0


@pytest.fixture
def review_log(tmp_path, gazetteer):
    from geomove.log import review as log_review

    path = tmp_path / "log.sqlite"
    with MovementLog(path) as log:
        for n, text in enumerate(OWN_REPORTS):
            log_review.add_report(log, text, published="2024-03-10", source=f"Desk {n}")
        ids = [f["properties"]["id"] for f in log.query(status=None)]
    assert len(ids) == 3
    return path, ids


def _kill_inside(args, env_path) -> None:
    child = subprocess.Popen([sys.executable, "-c", REVIEW_VERB, *args, "--log", str(env_path)],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        for line in child.stdout:
            if line.strip() == "inside":
                break
        else:
            pytest.fail(f"{args}: never reached its pause: {child.stderr.read()}")
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL


@pytest.mark.parametrize("verb", ["edit", "accept", "reject", "delete", "undo", "history", "reextract"])
def test_sigkill_in_the_middle_of_a_review_verb_leaves_the_log_as_it_was(review_log, verb):
    from geomove.log import review as log_review
    from geomove.cli import main

    path, ids = review_log
    with MovementLog(path) as log:
        if verb == "undo":
            log_review.edit(log, ids[0], {"count": 77}, by="ana")
        if verb == "reextract":  # the machine's stored reading differs from what it reads now
            for mid in ids:
                log.update(mid, count=999)
        before = list(log.db.iterdump())
    args = {"edit": ["edit", ids[0], "--destination", "36.5,37.5", "--count", "21", "--by", "ana"],
            "accept": ["accept", *ids], "reject": ["reject", *ids], "delete": ["delete", *ids],
            "undo": ["undo", ids[0]], "history": ["history", ids[0]], "reextract": ["reextract"]}[verb]
    _kill_inside(args, path)
    with MovementLog(path) as log:
        assert list(log.db.iterdump()) == before  # nothing of the killed command is kept
    assert_review_consistent(path)
    # Run to the end, the same command does all of its work.
    assert main([*args, "--log", str(path)]) == 0
    assert_review_consistent(path)
    with MovementLog(path) as log:
        live = {f["properties"]["id"]: f["properties"] for f in log.query(status=None)}
        if verb == "edit":
            assert live[ids[0]]["count"] == 21 and live[ids[0]]["destination"]["lat"] == 36.5
        elif verb in ("accept", "reject"):
            assert {p["review"] for p in live.values()} == {verb + "ed"}
        elif verb == "delete":
            assert live == {} and log.db.execute("SELECT count(*) FROM deleted_ids").fetchone()[0] >= 3
        elif verb == "undo":
            assert live[ids[0]]["count"] != 77
        elif verb == "reextract":
            assert all(p["count"] != 999 for p in live.values())
