"""What two workers do twice: the dev documents read in one fresh process against the same
documents split between two fresh processes as ``--workers 2`` deals them out.

    python benchmarks/worker_overlap.py

``Workers.imap`` hands reports out in chunks (``parallel.chunk_bounds``: 16 for the 380 dev
documents, shrinking to one at the end) to whichever worker is free; here chunk j goes to
worker j % 2, which is roughly what two equally fast workers get. Each part runs in its own child process (fresh caches, the pool's collector thresholds,
the parent's warm-up sentence read first, as a forked worker has it) and prints the CPU
seconds of its reading and of its first-seen look-ups (``CandidateLookup._filtered_candidates``,
which each process makes once per (surface, kind)). The names both workers meet are looked
up twice: that, and the other per-process caches filled twice, is the CPU the 2-worker run
does beyond the 1-worker run (``speed.py workers`` prints the resulting ratio).

Documents are read from ../shared at run time, never copied into the repo (see speed.py).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

_CHILD = r"""
import gc, json, sys, time
sys.path.insert(0, sys.argv[1])
from speed import dev_documents
from geomove.parallel import WARM_UP, _batch_thresholds, chunk_bounds, open_gazetteer, read_one
from geomove.mentions import candidates

which, parts = sys.argv[2], int(sys.argv[3])
docs = dev_documents()
chunks = [docs[a:b] for a, b in chunk_bounds(len(docs), parts)]  # as Workers.imap deals them
mine = [d for j, chunk in enumerate(chunks) for d in chunk if which == "all" or j % parts == int(which)]
gaz = open_gazetteer()
read_one({"text": WARM_UP}, "places", gazetteer=gaz)  # what the parent reads before the fork
gc.set_threshold(*_batch_thresholds(gc.get_threshold()))
asked = {}
real = candidates.CandidateLookup._filtered_candidates

def recording(self, name, kind):
    start = time.process_time()
    try:
        return real(self, name, kind)
    finally:
        asked[repr((name, kind))] = time.process_time() - start

candidates.CandidateLookup._filtered_candidates = recording
start = time.process_time()
for d in mine:
    read_one(d, "places", gazetteer=gaz)
print(json.dumps({"cpu": time.process_time() - start, "docs": len(mine), "asked": asked}))
"""


def _child(which: str, parts: int) -> dict:
    out = subprocess.run([sys.executable, "-c", _CHILD, str(HERE), which, str(parts)],
                         capture_output=True, text=True, check=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--repeat", type=int, default=1, help="runs of each part; the least CPU is printed")
    args = ap.parse_args(argv)
    runs = {w: [_child(w, 2) for _ in range(args.repeat)] for w in ("all", "0", "1")}
    best = {w: min(rs, key=lambda r: r["cpu"]) for w, rs in runs.items()}
    one, a, b = best["all"], best["0"], best["1"]
    both = a["asked"].keys() & b["asked"].keys()
    print(f"one process: {one['docs']} docs {one['cpu']:.2f} CPU s; {len(one['asked'])} first-seen "
          f"look-ups {sum(one['asked'].values()):.2f} s")
    for name, part in (("worker 0", a), ("worker 1", b)):
        print(f"{name}: {part['docs']} docs {part['cpu']:.2f} CPU s; {len(part['asked'])} first-seen "
              f"look-ups {sum(part['asked'].values()):.2f} s")
    extra = a["cpu"] + b["cpu"] - one["cpu"]
    twice = min(sum(a["asked"][k] for k in both), sum(b["asked"][k] for k in both))
    print(f"two workers read in {a['cpu'] + b['cpu']:.2f} CPU s, {extra:+.2f} s beyond one process; "
          f"{len(both)} names looked up by both workers, ~{twice:.2f} s of it done twice "
          f"(least of {args.repeat} run(s) each)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
