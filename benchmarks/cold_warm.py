"""How much of a batch's CPU time is first-seen work, and how fast reading would be without it.

    python benchmarks/cold_warm.py [--repeat 3]

Three fresh child processes a round, each reading the dev documents (``speed.dev_documents``:
../shared/eval, read at run time, never copied) with ``places`` in one process, as the CLI does:

- cold: the batch once, then the same batch again in the same process. The first pass pays for
  every name, spelling and lexicon the process meets for the first time; the second pass is
  the per-document reading alone (every cache warm): the most a batch of new documents could
  gain from making first-seen work free.
- prefilled: the finder's candidate cache filled first with every (surface, kind) the batch
  asks (recorded in the parent, see first_seen.asked_pairs), then the batch once: the first pass
  less the gazetteer look-ups, i.e. what making first-seen look-ups free (index-time candidate
  tables, say) would leave.

Prints each pass's best CPU seconds (process_time) over the rounds and the docs per CPU-second
it stands for (start-up and the index open are not included: ~0.06-0.2 CPU s; see speed.py time).
Interleave runs of two checkouts to compare them (the machine's load moves CPU times).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from speed import ROOT, _write_batch, dev_documents  # noqa: E402

_CHILD = """
import json, sys, time
from geomove.parallel import map_reports, open_gazetteer
clock = time.process_time
batch, asked, mode = sys.argv[1], sys.argv[2], sys.argv[3]
reports = [json.loads(line) for line in open(batch, encoding="utf-8")]
out = {}
gaz = open_gazetteer()
if mode == "prefilled":
    from geomove.mentions.finder import _Finder
    finder = _Finder("", gaz)  # (its candidate cache is the one every finder of gaz shares)
    start = clock()
    for name, kind in json.load(open(asked, encoding="utf-8")):
        finder.shared_candidates_of(name, kind)
    out["prefill"] = clock() - start
start = clock()
for _ in map_reports(reports, "places", workers=1):
    pass
out["first pass"] = clock() - start
if mode == "cold":
    start = clock()
    for _ in map_reports(reports, "places", workers=1):
        pass
    out["second pass"] = clock() - start
print(json.dumps(out))
"""


def child(batch: str, asked: str, mode: str) -> dict:
    proc = subprocess.run([sys.executable, "-c", _CHILD, batch, asked, mode], capture_output=True, text=True,
                          cwd=ROOT)
    if proc.returncode != 0:
        sys.exit(f"{mode} run failed: {proc.stderr.strip()[-2000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)
    from first_seen import asked_pairs
    docs = dev_documents()
    asked = asked_pairs()
    best: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        batch = _write_batch(docs, tmp)
        path = os.path.join(tmp, "asked.json")
        Path(path).write_text(json.dumps(asked), encoding="utf-8")
        for _ in range(args.repeat):
            for mode in ("cold", "prefilled"):
                for stage, cpu in child(batch, path, mode).items():
                    key = f"{mode}: {stage}"
                    best[key] = min(best.get(key, cpu), cpu)
    print(f"{len(docs)} dev docs, places in one process, best of {args.repeat} rounds (CPU s, docs per CPU-s):")
    for key, cpu in best.items():
        rate = "" if key.endswith("prefill") else f" ({len(docs) / cpu:.0f} docs/CPU-s)"
        print(f"  {key} {cpu:.2f}{rate}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
