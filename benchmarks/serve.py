"""Benchmark the workbench on a large log: time from `geomove serve` to its first page, and
the table's pages (first, middle, last, sorted, searched) without reading the whole log.

    python benchmarks/serve.py                  # 100,000 movements (builds the log: ~1 min)
    python benchmarks/serve.py -n 20000
    python benchmarks/serve.py --path big.sqlite --keep    # reuse the log next time

Prints each figure; the target is the first page within 2 s of starting the server. The
server's resident memory is printed beside the log's size: a page reads its 50 rows, never
all of them. Not run in CI.
"""

from __future__ import annotations

import argparse
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from log import build, movement  # noqa: E402  (the log benchmark's generator of realistic movements)

from geomove.log import MovementLog  # noqa: E402


def fetch(url: str) -> tuple[float, int, bytes]:
    began = time.perf_counter()
    with urllib.request.urlopen(url, timeout=60) as response:
        body = response.read()
        return time.perf_counter() - began, response.status, body


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=100_000)
    parser.add_argument("--path", type=Path)
    parser.add_argument("--keep", action="store_true")
    args = parser.parse_args()
    folder = None if args.path else tempfile.TemporaryDirectory()
    path = args.path or Path(folder.name) / "serve-bench.sqlite"
    with MovementLog(path) as log:
        if len(log) < args.n:
            build(log, args.n - len(log))
        rng, extra = random.Random(11), 10_000_000
        while len(log) < args.n:  # the generator merges a few look-alike movements: top up
            log.add([movement(extra + i, rng) for i in range(args.n - len(log))])
            extra += args.n
        total = len(log)
    size_mb = path.stat().st_size / 1e6
    print(f"log: {total:,} movements, {size_mb:.0f} MB on disk")
    # Each table order walks an index to its page: no sort of the whole log (SQLite would
    # say "USE TEMP B-TREE FOR ORDER BY"), no Feature read beyond the page's rows.
    from geomove.log.review import SORTS

    with MovementLog(path) as log:
        for name, terms in SORTS.items():
            order = ", ".join((*terms, "m.rowid"))
            plan = " / ".join(r[3] for r in log.db.execute(
                f"EXPLAIN QUERY PLAN SELECT m.rowid FROM movements m ORDER BY {order} LIMIT 50 OFFSET 50000"))
            print(f"  order by {name:<11} plan: {plan}")

    began = time.perf_counter()
    server = subprocess.Popen([sys.executable, "-m", "geomove.cli", "serve", "--log", str(path), "--port", "0",
                               "--no-browser"], stdout=subprocess.PIPE, text=True)
    try:
        line = server.stdout.readline()
        url = re.search(r"(http://127\.0\.0\.1:\d+/)", line).group(1)
        listening = time.perf_counter() - began
        seconds, status, body = fetch(url)
        first = time.perf_counter() - began
        rows = body.count(b"<tr data-id=")
        print(f"server memory after the first page: {rss_mb(server.pid):.0f} MB resident")
        print(f"serve: listening after {listening:.2f} s; first page ({status}, {rows} rows, "
              f"{len(body) / 1000:.0f} kB) complete {first:.2f} s after start "
              f"(target 2 s: {'met' if first <= 2.0 else 'NOT met'})")
        pages = {
            "first page": "",
            "page 1,000 (offset 49,950)": "?offset=49950",
            "last page": f"?offset={((total - 1) // 50) * 50}",
            "sorted by actor, page 500": "?sort=actor&offset=24950",
            "sorted by confidence, desc": "?sort=confidence&desc=1",
            "by confidence, page 1,000": "?sort=confidence&offset=49950",
            "by review, page 1,000": "?sort=review&offset=49950",
            "review=accepted": "?review=accepted",
            "map of the first page": "map",
            "map of every match (first 2,000)": "map?scope=all",
        }
        for name, query in pages.items():
            times = []
            for _ in range(5):
                seconds, status, body = fetch(url + query)
                assert status == 200, (name, status)
                times.append(seconds)
            print(f"  {name:<30} median {statistics.median(times) * 1000:7.1f} ms  "
                  f"(max {max(times) * 1000:.1f}; {body.count(b'<tr data-id=')} rows)")
        print(f"server memory after paging: {rss_mb(server.pid):.0f} MB resident "
              f"(log {size_mb:.0f} MB on disk)")
        # A search of 3 characters or more is answered by the trigram index (schema 6); a
        # shorter one reads the search column of every row.
        for words in ("convoy 4242", "convoy", "42"):
            times, found = [], 0
            for _ in range(5):
                seconds, status, body = fetch(url + "?" + urllib.parse.urlencode({"q": words}))
                times.append(seconds)
                found = re.search(rb'id="count">([\d,]+) movement', body).group(1).decode()
            print(f"  {'search ' + repr(words):<30} median {statistics.median(times) * 1000:7.1f} ms  "
                  f"(max {max(times) * 1000:.1f}; {found} matches)")
        print(f"server memory after searching: {rss_mb(server.pid):.0f} MB resident")
    finally:
        server.terminate()
        server.wait(timeout=20)
        if folder and not args.keep:
            folder.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
