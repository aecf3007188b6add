"""Read a JSON Lines batch with find_mentions PASSES times in one process: a count of instructions
that a change inside the places stage moves, without the CLI's start-up and output around it.

    XDG_CACHE_HOME=/tmp/xdg-A PYTHONHASHSEED=0 python benchmarks/find_passes.py BATCH 1   # warm the cache
    XDG_CACHE_HOME=/tmp/xdg-A PYTHONHASHSEED=0 valgrind --tool=callgrind --callgrind-out-file=/dev/null \\
        python benchmarks/find_passes.py BATCH 2

With a private XDG cache holding links to the gazetteer index (as /work/coord/tools/cgf.sh makes)
and PYTHONHASHSEED fixed, repeated runs of one tree give the same count to 0.1 M; the second pass
reads every name again with the process's caches warm, as a long batch does. ``--rank`` prints
the CPU seconds of ranking in context (ContextRanking._rank_in_context) per pass instead.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("batch", help="JSON Lines, one {'text': ...} a line")
    ap.add_argument("passes", type=int, nargs="?", default=2)
    ap.add_argument("--rank", action="store_true", help="print the ranking's CPU seconds per pass")
    args = ap.parse_args(argv)
    from geomove.gazetteer import Gazetteer
    from geomove.mentions import find_mentions
    texts = [json.loads(line)["text"] for line in Path(args.batch).read_text(encoding="utf-8").splitlines()
             if line.strip()]
    gaz = Gazetteer.default()
    timers = None
    if args.rank:
        from stage_timers import StageTimers
        from geomove.mentions.context import ContextRanking
        timers = StageTimers(["rank"])
        timers.patch(ContextRanking, "_rank_in_context", "rank")
    for n in range(args.passes):
        if timers is not None:
            timers.spent["rank"] = 0.0
        t = time.process_time()
        for text in texts:
            find_mentions(text, gazetteer=gaz)
        if timers is not None:
            print(f"pass {n + 1}: find_mentions {time.process_time() - t:.3f} CPU s, "
                  f"ranking in context {timers.spent['rank']:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
