"""How evenly ``--workers N`` deals the dev documents: each document's CPU seconds, read in one
process in input order, then the chunks (fixed ones of 16, as before, and
``parallel.chunk_bounds``) dealt to N equally fast workers, each taking the next chunk when
free. Prints the time the last worker finishes against an even split (the tail in which one
core idles), with a per-chunk cost for the round trip.

    python benchmarks/worker_balance.py [--command extract|places] [--workers 2] [--shuffles 300]

The same documents in input order, and in ``--shuffles`` random orders (seeded): the mean
and 90th percentile of the idle tail over orders, which one order's luck does not decide.

A model, not a run of the pool: it measures on a busy machine what only the wall clock of
two idle cores shows. Documents are read from ../shared at run time (see speed.py).
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import speed  # noqa: E402

ROUND_TRIP_S = 0.0003  # pickling a chunk out and its lines back, per chunk


def makespan(costs: list[float], bounds: list[tuple[int, int]], workers: int) -> float:
    free = [0.0] * workers
    for a, b in bounds:
        w = free.index(min(free))
        free[w] += sum(costs[a:b]) + ROUND_TRIP_S
    return max(free)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--command", choices=("extract", "places"), default="extract")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--shuffles", type=int, default=300)
    args = ap.parse_args(argv)
    from geomove.gazetteer import Gazetteer
    from geomove.parallel import WARM_UP, chunk_bounds, read_one

    docs = speed.dev_documents()
    gaz = Gazetteer.default()
    read_one({"text": WARM_UP}, args.command, gazetteer=gaz)
    costs = []
    for d in docs:
        start = time.process_time()
        read_one(d, args.command, gazetteer=gaz)
        costs.append(time.process_time() - start)
    n, even = len(costs), sum(costs) / args.workers
    fixed = [(i, min(i + 16, n)) for i in range(0, n, 16)]
    rng = random.Random(12)
    orders = [costs] + [rng.sample(costs, n) for _ in range(args.shuffles)]
    for name, bounds in (("chunks of 16", fixed), ("chunk_bounds", chunk_bounds(n, args.workers))):
        last = makespan(costs, bounds, args.workers)
        tails = sorted(makespan(c, bounds, args.workers) - even for c in orders[1:])
        print(f"{args.command}, {args.workers} workers, {name}: {len(bounds)} chunks; input order: last worker "
              f"done at {last:.3f} s, even split {even:.3f} s: {last - even:.3f} s of idle tail"
              + (f"; {len(tails)} shuffled orders: mean {sum(tails) / len(tails):.3f} s, "
                 f"90th percentile {tails[int(0.9 * len(tails))]:.3f} s" if tails else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
