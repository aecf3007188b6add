"""Where a warm pass of the places stage spends its time, by function and by line: a sampling
profiler (SIGPROF every INTERVAL CPU seconds) over find_mentions on a JSON Lines batch.

    XDG_CACHE_HOME=/tmp/xdg-A python benchmarks/resolve_lines.py BATCH [PASSES] [--lines FUNC ...]

The batch is read once first (every cache warm: the look-ups are not what this measures), then
PASSES times under the sampler. Each sample counts once for every function on the stack
(inclusive share) and once for the line a function named by --lines was running (the line it
called from when the sample fell in a callee). cProfile gives ranking in context a third more than
its share (32% of a profiled pass against 24% here) and the resolve stage 62% against 47%: its
~300,000 dict.get calls a pass each pay the profiler's hook. A sample costs nothing until it
fires, so the shares here are the ones a plain run has. (Python runs a signal handler where it
checks for them, at a call or a loop's jump back: a loop's cost is counted on its last line.)
"""

from __future__ import annotations

import argparse
import collections
import json
import signal
import sys
from pathlib import Path

INTERVAL = 0.0005


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("batch", help="JSON Lines, one {'text': ...} a line")
    ap.add_argument("passes", type=int, nargs="?", default=4)
    ap.add_argument("--lines", nargs="*", default=["_rank_in_context"],
                    help="functions whose lines are counted (their code name)")
    ap.add_argument("--top", type=int, default=40)
    args = ap.parse_args(argv)
    from geomove.gazetteer import Gazetteer
    from geomove.mentions import find_mentions
    texts = [json.loads(line)["text"] for line in Path(args.batch).read_text(encoding="utf-8").splitlines()
             if line.strip()]
    gaz = Gazetteer.default()
    for text in texts:
        find_mentions(text, gazetteer=gaz)
    funcs: collections.Counter = collections.Counter()
    lines: collections.Counter = collections.Counter()
    total = [0]
    wanted = set(args.lines)

    def sample(_sig, frame):
        total[0] += 1
        seen = set()
        while frame is not None:
            code = frame.f_code
            key = (code.co_filename.rsplit("/geomove/", 1)[-1], code.co_name)
            if key not in seen:  # (a function twice on the stack counts once)
                funcs[key] += 1
                seen.add(key)
            if code.co_name in wanted:
                lines[(code.co_name, frame.f_lineno)] += 1
            frame = frame.f_back

    signal.signal(signal.SIGPROF, sample)
    signal.setitimer(signal.ITIMER_PROF, INTERVAL, INTERVAL)
    try:
        for _ in range(args.passes):
            for text in texts:
                find_mentions(text, gazetteer=gaz)
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0, 0)
    n = total[0] or 1
    print(f"{total[0]} samples over {args.passes} warm passes of {len(texts)} texts")
    for (path, name), v in funcs.most_common(args.top):
        print(f"{v:7d} {100 * v / n:5.1f}%  {path}:{name}")
    for name in args.lines:
        inside = funcs.get(next((k for k in funcs if k[1] == name), None), 0) or 1
        print(f"\nlines of {name} (share of its own samples)")
        for (fn, line), v in sorted(((k, v) for k, v in lines.items() if k[0] == name), key=lambda kv: -kv[1])[:args.top]:
            print(f"{v:7d} {100 * v / inside:5.1f}%  line {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
