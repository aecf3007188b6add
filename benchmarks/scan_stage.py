"""CPU time of the per-document scan of the mention finder on the dev documents: the finder's
set-up (tokens, sentences, headlines, acronyms), the runs of names, and the scan of those runs
(persons and organisations marked, each run matched longest name first), against the whole
reading of a text by the finder. What a document costs before and beside ranking in context.

    python benchmarks/scan_stage.py [--repeat 5]

A first pass over every document fills the caches kept across documents (candidates per name,
spellings with no reading), so the rounds time the work done for every document, not the
first-seen names (see speed.py stages for those). Prints each stage's best round in CPU
seconds. Documents are read from ../shared at run time (see speed.py), never copied into the
repo. Interleave runs of two checkouts (PYTHONPATH=<checkout>) to compare them: the machine's
load moves CPU times by a few percent.
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import speed  # noqa: E402  (the dev documents, as speed.py reads them)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args(argv)
    from geomove.gazetteer import Gazetteer
    from geomove.mentions import _Finder, find_mentions
    from geomove.parallel import BATCH_GC_MIDDLE, BATCH_GC_THRESHOLD

    # the collector's thresholds of a CLI batch (geomove.parallel.batch_gc)
    old = gc.get_threshold()
    gc.set_threshold(max(old[0], BATCH_GC_THRESHOLD), max(old[1], BATCH_GC_MIDDLE), old[2])
    texts = [d["text"] for d in speed.dev_documents()]
    gaz = Gazetteer.default()
    for text in texts:
        find_mentions(text, gazetteer=gaz)
    clock = time.process_time
    best = {"set-up": [], "runs": [], "scan": [], "whole reading": []}
    for _ in range(args.repeat):
        start = clock()
        finders = [_Finder(text, gaz) for text in texts]
        best["set-up"].append(clock() - start)
        start = clock()
        for finder in finders:
            finder.runs()
        best["runs"].append(clock() - start)
        finders = [_Finder(text, gaz) for text in texts]
        start = clock()
        for finder in finders:
            finder.scan()
        best["scan"].append(clock() - start)
        finders = [_Finder(text, gaz) for text in texts]
        start = clock()
        for finder in finders:
            finder.run()
        best["whole reading"].append(clock() - start)
    print(f"{len(texts)} dev docs, caches warm, best of {args.repeat} rounds (CPU s): "
          + ", ".join(f"{stage} {min(rounds):.3f}" for stage, rounds in best.items())
          + " (scan includes runs; the whole reading includes the scan, not the set-up)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
