"""CPU time of the reading stage alone (geomove.read: clauses, fragments, assembly, features) on
the dev documents, the mentions found beforehand and handed in, so the gazetteer look-ups and
the mention finder are not counted. What `extract` costs beyond `places`, less startup.

    python benchmarks/read_stage.py [--repeat 5]
    python benchmarks/read_stage.py --cold [--repeat 3]

Prints each round's CPU seconds and the best; the first round also pays the one-off costs
(the tagger's lexicon, the country outlines for the one report that needs them). The best
round has the caches of the process warm (the tags of every clause, for one), which a batch
run reads once: ``--cold`` reads the documents once in a fresh process for each round, the
reader's import included and the mentions found first as ``extract`` finds them (with the
publication date) -- what ``extract`` costs beyond ``places``, as the CLI pays it. Documents
are read from ../shared at run time (see speed.py), never copied into the repo.
"""

from __future__ import annotations

import argparse
import copy
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import speed  # noqa: E402  (the dev documents, as speed.py reads them)


_COLD = r"""
import gc, sys, time
sys.path.insert(0, sys.argv[1])
import speed
from geomove.dates import parse_published
from geomove.gazetteer import Gazetteer
from geomove.mentions import find_mentions
from geomove.parallel import _batch_thresholds
docs = speed.dev_documents()
gaz = Gazetteer.default()
gc.set_threshold(*_batch_thresholds(gc.get_threshold()))  # as a batch runs
found = [find_mentions(d["text"], gazetteer=gaz, published=parse_published(d.get("published"))) for d in docs]
start = time.process_time()
from geomove.read.assemble import extract
imported = time.process_time()
for d, ms in zip(docs, found):
    extract(d["text"], gazetteer=gaz, published=d.get("published"), mentions=ms)
print(imported - start, time.process_time() - imported)
"""


def cold(repeat: int) -> int:
    rounds = []
    for _ in range(repeat):
        out = subprocess.run([sys.executable, "-c", _COLD, str(Path(__file__).resolve().parent)],
                             capture_output=True, text=True, check=True).stdout.split()
        rounds.append((float(out[0]), float(out[1])))
    print(f"reading stage, cold ({len(speed.dev_documents())} dev docs once a fresh process, mentions given): "
          + " ".join(f"{i + r:.3f} (import {i:.3f})" for i, r in rounds)
          + f" CPU s; best {min(i + r for i, r in rounds):.3f} CPU s")
    return 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--cold", action="store_true", help="one reading a fresh process, import included")
    args = ap.parse_args(argv)
    if args.cold:
        return cold(args.repeat)
    from geomove.gazetteer import Gazetteer
    from geomove.mentions import find_mentions
    from geomove.read.assemble import extract

    docs = speed.dev_documents()
    gaz = Gazetteer.default()
    found = [find_mentions(d["text"], gazetteer=gaz) for d in docs]
    rounds = []
    for _ in range(args.repeat):
        mentions = copy.deepcopy(found)  # the reader may widen a mention: each round its own
        start = time.process_time()
        for doc, ms in zip(docs, mentions):
            extract(doc["text"], gazetteer=gaz, published=doc.get("published"), mentions=ms)
        rounds.append(time.process_time() - start)
    print(f"reading stage, {len(docs)} dev docs (mentions given): rounds "
          + " ".join(f"{r:.3f}" for r in rounds) + f" CPU s; best {min(rounds):.3f} CPU s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
