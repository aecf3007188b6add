"""CPU time of the look-ups a batch makes for names it meets for the first time.

    python benchmarks/first_seen.py              # replay 5 times, print each run and the median
    python benchmarks/first_seen.py --repeat 9

The finder asks the gazetteer once per distinct (surface, kind) of a process (its candidate lists
are kept across documents), so in a batch of news reports these first-seen look-ups -- row
fetches, making places of rows, the finder's keep test, ranking -- are a cost of their own (~0.7
CPU s of the ~2.4 s the 380 dev documents take). This records the (surface, kind) pairs the finder
asks while reading the dev documents (``speed.dev_documents``: ../shared/eval, read at run time,
never copied), then replays them in fresh child processes, each with a fresh gazetteer and cold
caches, and prints the CPU seconds of the replay alone (no start-up, no reading) and where they go:

- rows: Gazetteer._rows_for_key (key_rows blobs or the SQLite join)
- places: Gazetteer._places_for_key, rows included (making the places of a key's rows)
- keep: the finder's keep test (called by Gazetteer.candidates), with its prefilter of rows whose
  PLACE dicts are not made yet (``keep.rejects``, see mentions/candidates.py)
- best: Gazetteer._best_by_totals (names with more than ``limit`` places found; keep included)
- score: gazetteer.ranking.score

The timers cost time themselves (two clock reads a call); compare runs of one setting with each
other, interleaved with the runs of another (a copy of the old code in a ``git worktree``).
The collector runs with the thresholds a batch uses (geomove.parallel.batch_gc).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from speed import ROOT, dev_documents  # noqa: E402


def asked_pairs() -> list[tuple[str, str | None]]:
    """The (surface, kind) pairs the finder looks up while reading the dev documents, in order."""
    from geomove.mentions import candidates
    from geomove.parallel import map_reports
    asked = []
    real = candidates.CandidateLookup._filtered_candidates

    def recording(self, name, kind):
        asked.append((name, kind))
        return real(self, name, kind)

    candidates.CandidateLookup._filtered_candidates = recording
    try:
        reports = [{"id": d["id"], "text": d["text"]} for d in dev_documents()]
        for _ in map_reports(reports, "places", workers=1):
            pass
    finally:
        candidates.CandidateLookup._filtered_candidates = real
    return asked


_REPLAY_CHILD = """
import gc, json, sys, time
import numpy, rapidfuzz.process  # (any batch imports them before its first look-up)
import geomove.gazetteer as G
from geomove.gazetteer import ranking
from geomove.mentions.finder import _Finder
from geomove.parallel import _batch_thresholds
clock = time.process_time
sys.path.insert(0, "benchmarks")
from stage_timers import StageTimers
timers = StageTimers(("rows", "places", "keep", "best", "score"))
timers.patch(G.Gazetteer, "_rows_for_key", "rows")
timers.patch(G.Gazetteer, "_places_for_key", "places")
timers.patch(G.Gazetteer, "_best_by_totals", "best")
timers.patch(ranking, "score", "score")
timers.patch_candidates(G.Gazetteer, label=None)
# (outside the meter above, which copies the keep test's attributes: its prefilter counts as keep)
_counted = G.Gazetteer.candidates
def _with_rejects_counted(self, name, **kw):
    keep = kw.get("keep")
    if keep is not None and getattr(keep, "rejects", None) is not None:
        keep.rejects = timers.wrap(keep.rejects, "keep")
    return _counted(self, name, **kw)
G.Gazetteer.candidates = _with_rejects_counted
spent = timers.spent
asked = [tuple(x) for x in json.load(open(sys.argv[1], encoding="utf-8"))]
gc.set_threshold(*_batch_thresholds(gc.get_threshold()))
finder = _Finder("", G.Gazetteer.default())
start = clock()
for name, kind in asked:
    finder._filtered_candidates(name, kind)
print(json.dumps({"total": clock() - start, **spent}))
"""


def replay(path: str) -> dict:
    proc = subprocess.run([sys.executable, "-c", _REPLAY_CHILD, path], capture_output=True, text=True, cwd=ROOT)
    if proc.returncode != 0:
        sys.exit(f"replay failed: {proc.stderr.strip()[-2000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args(argv)
    asked = asked_pairs()
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "asked.json")
        Path(path).write_text(json.dumps(asked), encoding="utf-8")
        runs = []
        for _ in range(args.repeat):
            run = replay(path)
            runs.append(run)
            print("  " + ", ".join(f"{k} {v:.3f}" for k, v in run.items()))
    median = {k: statistics.median(r[k] for r in runs) for k in runs[0]}
    print(f"first-seen look-ups: {len(set(asked)):,} distinct (surface, kind) of the dev batch replayed "
          f"{args.repeat} times; median CPU s: " + ", ".join(f"{k} {v:.3f}" for k, v in median.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
