"""Gazetteer benchmark: build time, index size, cold start, warm and fuzzy lookups per second.

    python benchmarks/gazetteer.py            # builds a fresh index in a temp dir (~40 s)
    python benchmarks/gazetteer.py --index PATH   # measure an existing index, no build
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

NAMES = ["Qamishli", "Tell Tamer", "al-Malkiya", "Rmelan", "Kobani", "Ayn al-Asad", "al-Waleed",
         "Deir ez-Zor", "Raqqa", "Erbil", "Mosul", "Hasakah", "Damascus", "Syria", "Anbar",
         "Sinjar", "Baghdad", "Kharkiv", "the", "Tuesday", "convoy", "Abu Kamal", "المالكية", "Idlib"]
# typos that change a consonant, so that no exact key matches and the fuzzy fallback runs
TYPOS = ["Qamishlk", "Tell Tamet", "Rmelam", "Deir ez-Zoq", "Hasakag", "Shaddadj", "Fallujam",
         "Tikrif", "Jarablux", "Kirkuz"]

COLD = r"""
import sys, time
t0 = time.perf_counter()
from geomove.gazetteer import Gazetteer
g = Gazetteer(sys.argv[1])
g.lookup("Qamishli")
t1 = time.perf_counter()
g.candidates("Tell Tamer")
print(f"{t1 - t0:.3f} {time.perf_counter() - t1:.3f}")
"""


def rate(fn, items, seconds=2.0):
    n, t0 = 0, time.perf_counter()
    while time.perf_counter() - t0 < seconds:
        for it in items:
            fn(it)
        n += len(items)
    return n / (time.perf_counter() - t0)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--index", help="an existing index (skip the build)")
    args = ap.parse_args()
    from geomove.gazetteer import Gazetteer, build_index, info

    tmp = None
    if args.index:
        path = Path(args.index)
    else:
        tmp = tempfile.TemporaryDirectory()
        path = Path(tmp.name) / "gazetteer.sqlite"
        t, cpu = time.perf_counter(), time.process_time()
        build_index(path, progress=True)
        print(f"build time:            {time.perf_counter() - t:.1f} s wall, {time.process_time() - cpu:.1f} s CPU "
              f"(load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)")
    i = info(path)
    print(f"index size on disk:    {i['size_bytes'] / 1e6:.1f} MB ({i['places']:,} places, {i['names']:,} name keys)")

    env = {**os.environ, "GEOMOVE_USER_PLACES": str(Path(tempfile.gettempdir()) / "geomove-bench-none.sqlite")}
    t = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", COLD, str(path)], capture_output=True, text=True, env=env, check=True)
    wall = time.perf_counter() - t
    first, cand = out.stdout.split()
    print(f"cold start:            {float(first):.3f} s import+open+first lookup in a fresh process "
          f"(process wall time {wall:.2f} s incl. interpreter; first candidates() {float(cand):.3f} s)")

    g = Gazetteer(path, user_places=Path(tempfile.gettempdir()) / "geomove-bench-none.sqlite")
    print(f"warm lookups:          {rate(g.lookup, NAMES):,.0f} /s  (lookup(), {len(NAMES)} mixed names, repeated)")
    sample = [n for (n,) in g.db.execute("SELECT name FROM places WHERE rowid % 97 = 0 LIMIT 3000")]
    fresh = Gazetteer(path, user_places=Path(tempfile.gettempdir()) / "geomove-bench-none.sqlite")
    t = time.perf_counter()
    for n in sample:
        fresh.lookup(n)
    print(f"uncached lookups:      {len(sample) / (time.perf_counter() - t):,.0f} /s  ({len(sample)} distinct names, each once)")
    from geomove.names import name_key
    keys = [name_key(n) for n in NAMES]
    print(f"warm has_key:          {rate(g.has_key, keys):,.0f} /s")
    print(f"ranked candidates:     {rate(lambda n: g.candidates(n, fuzzy=False), NAMES):,.0f} /s")
    print(f"fuzzy lookups:         {rate(lambda n: g.candidates(n, fuzzy=True), TYPOS):,.0f} /s  (typos, fuzzy fallback)")
    if tmp:
        tmp.cleanup()


if __name__ == "__main__":
    main()
