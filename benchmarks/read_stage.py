"""CPU time of the reading stage alone (geomove.read: clauses, fragments, assembly, features) on
the dev documents, the mentions found beforehand and handed in, so the gazetteer look-ups and
the mention finder are not counted. What `extract` costs beyond `places`, less startup.

    python benchmarks/read_stage.py [--repeat 5]

Prints each round's CPU seconds and the best; the first round also pays the one-off costs
(the tagger's lexicon, the country outlines for the one report that needs them). Documents
are read from ../shared at run time (see speed.py), never copied into the repo.
"""

from __future__ import annotations

import argparse
import copy
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
