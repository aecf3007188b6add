"""Read a JSON Lines batch with find_mentions PASSES times in one process: a count of instructions
that a change inside the places stage moves, without the CLI's start-up and output around it.

    XDG_CACHE_HOME=/tmp/xdg-A PYTHONHASHSEED=0 python benchmarks/find_passes.py BATCH 1   # warm the cache
    XDG_CACHE_HOME=/tmp/xdg-A PYTHONHASHSEED=0 valgrind --tool=callgrind --callgrind-out-file=/dev/null \\
        python benchmarks/find_passes.py BATCH 2

With a private XDG cache holding links to the gazetteer index (as /work/coord/tools/cgf.sh makes)
and PYTHONHASHSEED fixed, repeated runs of one tree give the same count to 0.1 M; the second pass
reads every name again with the process's caches warm, as a long batch does. ``--rank`` prints
the CPU seconds of ranking in context (ContextRanking._rank_in_context) per pass instead, and
of its two rounds (the second ranks a text again against what the first made clear, see
finder's resolve) with the number of texts ranked twice.

``--lookups-first`` asks the gazetteer, before the first pass, for every (surface, kind) the
finder looks up in the batch (found by a child process reading the batch), and prints the CPU
seconds of those look-ups and of each pass: the first pass then costs what it would if every
name's first look-up were free (one read of an answer kept in advance), the bound of any work on
the first-seen look-up. Without it, pass 1 against pass 2 is what every cold cache costs together.
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
    ap.add_argument("--lookups-first", action="store_true",
                    help="look up every name the batch asks for before the first pass; print CPU seconds")
    args = ap.parse_args(argv)
    asked = _asked_in_child(args.batch) if args.lookups_first else None
    from geomove.gazetteer import Gazetteer
    from geomove.mentions import find_mentions
    texts = [json.loads(line)["text"] for line in Path(args.batch).read_text(encoding="utf-8").splitlines()
             if line.strip()]
    gaz = Gazetteer.default()
    timers = None
    if args.rank:
        from stage_timers import StageTimers
        from geomove.mentions.context import ContextRanking
        timers = StageTimers(["rank", "round 1", "round 2"])
        timers.patch(ContextRanking, "_rank_in_context", "rank")
        _split_rounds(ContextRanking, timers)
    if asked is not None:
        from geomove.mentions.finder import _Finder
        finder = _Finder("", gaz)  # (its look-ups are kept for every finder of this gazetteer)
        t = time.process_time()
        for name, kind in asked:
            finder.shared_candidates_of(name, kind)
        print(f"look-ups first: {len(asked):,} (surface, kind) {time.process_time() - t:.3f} CPU s")
    for n in range(args.passes):
        if timers is not None:
            for label in ("rank", "round 1", "round 2"):
                timers.spent[label], timers.calls[label] = 0.0, 0
        t = time.process_time()
        for text in texts:
            find_mentions(text, gazetteer=gaz)
        if timers is not None:
            print(f"pass {n + 1}: find_mentions {time.process_time() - t:.3f} CPU s, "
                  f"ranking in context {timers.spent['rank']:.3f} (round 1 {timers.spent['round 1']:.3f}, "
                  f"round 2 {timers.spent['round 2']:.3f} in {timers.calls['round 2']} texts ranked twice)")
        elif asked is not None:
            print(f"pass {n + 1}: find_mentions {time.process_time() - t:.3f} CPU s")
    return 0


def _split_rounds(ranking_class, timers) -> None:
    """Count ``_rank_in_scopes`` under "round 1" or "round 2": a finder (one a text) calls it once
    a round. (A round's figure holds its sections' set-up, theatre_scopes, beside the rankings.)"""
    real = ranking_class._rank_in_scopes
    rounds = {False: timers.wrap(real, "round 1"), True: timers.wrap(real, "round 2")}

    def by_round(self, *args, **kwargs):
        again = getattr(self, "_ranked_once", False)
        self._ranked_once = True
        return rounds[again](self, *args, **kwargs)
    ranking_class._rank_in_scopes = by_round


_RECORD_CHILD = """
import json, sys
from pathlib import Path
from geomove.gazetteer import Gazetteer
from geomove.mentions import candidates, find_mentions
asked = []
real = candidates.CandidateLookup._filtered_candidates
def recording(self, name, kind):
    asked.append((name, kind))
    return real(self, name, kind)
candidates.CandidateLookup._filtered_candidates = recording
gaz = Gazetteer.default()
for line in Path(sys.argv[1]).read_text(encoding="utf-8").splitlines():
    if line.strip():
        find_mentions(json.loads(line)["text"], gazetteer=gaz)
print(json.dumps(asked))
"""


def _asked_in_child(batch: str) -> list[tuple[str, str | None]]:
    """The (surface, kind) pairs the finder looks up for the first time reading ``batch``, in
    order, found in a child process (so this one's caches stay cold)."""
    import subprocess
    proc = subprocess.run([sys.executable, "-c", _RECORD_CHILD, batch], capture_output=True, text=True, check=True)
    return [tuple(x) for x in json.loads(proc.stdout.strip().splitlines()[-1])]


if __name__ == "__main__":
    sys.exit(main())
