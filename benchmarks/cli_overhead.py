"""What a `places --jsonl` batch costs besides the reading: start-up, the index open, JSON Lines in,
the language check, JSON out, progress, output and exit, and with --workers 2 the pool.

    python benchmarks/cli_overhead.py [--repeat 10] [--workers 1 2]

The dev documents (``speed.dev_documents``: ../shared/eval, read at run time, never copied) are
read once here with ``geomove.parallel.read_one`` and their results kept in a temporary file.
Each timed child then runs the real CLI (``geomove.cli.main``, as the console script does) with
``read_one`` answering from that file: what the child costs is everything but the reading.
The child's CPU seconds (os.wait4, with its workers) less its loading of the kept results are
printed, best and median of the runs; the output is checked against the real CLI's once.

Reading is ~90% of a batch and swings by +-10% on a loaded machine; this isolates the rest,
which a change to the CLI, the I/O or the pool moves, from that noise. Interleave runs of two
checkouts to compare them: this file run by another checkout's Python times that checkout
(``/work/main/.venv/bin/python benchmarks/cli_overhead.py``).
"""

from __future__ import annotations

import argparse
import os
import pickle
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from speed import _write_batch, dev_documents, ensure_bytecode, ensure_index  # noqa: E402

_CHILD = r"""
import os, pickle, sys, time
start = time.process_time()
import geomove.parallel as parallel
kept = pickle.load(open(sys.argv[1], "rb"))
loading = time.process_time() - start

def read_one(report, task="places", *, include_all=False, gazetteer=None):
    return kept[report.id] if not isinstance(report, dict) else []  # (dict: the warm-up sentence)

parallel.read_one = read_one
from geomove.cli import main
sys.argv = ["geomove"] + sys.argv[2:]
code = main()
os.write(2, f"\nLOADING {loading:.6f}\n".encode())
sys.exit(code)
"""


def _run(kept: str, args: list[str]) -> tuple[float, bytes]:
    # (run from the batch's folder: ``python -c`` puts its working folder first on sys.path, so
    # this imports the geomove of the Python running it, e.g. another checkout's venv)
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        proc = subprocess.Popen([sys.executable, "-c", _CHILD, kept, *args], stdout=out, stderr=err,
                                cwd=os.path.dirname(kept))
        _, status, usage = os.wait4(proc.pid, 0)
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read(), err.read().decode("utf-8", "replace")
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"the child failed: {stderr.strip()[-2000:]}")
    loading = float(stderr.rsplit("LOADING", 1)[1].split()[0])
    return usage.ru_utime + usage.ru_stime - loading, stdout


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--repeat", type=int, default=10)
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    args = ap.parse_args(argv)
    ensure_bytecode()
    ensure_index()
    from geomove.parallel import open_gazetteer, read_one
    from geomove.reports import read_jsonl

    docs = dev_documents()
    with tempfile.TemporaryDirectory() as tmp:
        batch = _write_batch(docs, tmp)
        reports = list(read_jsonl(batch))
        gaz = open_gazetteer()
        start = time.process_time()
        kept = {r.id: read_one(r, "places", gazetteer=gaz) for r in reports}
        reading = time.process_time() - start
        kept_path = os.path.join(tmp, "kept.pickle")
        with open(kept_path, "wb") as fh:
            pickle.dump(kept, fh)
        real = subprocess.run([str(Path(sys.executable).with_name("geomove")), "places", "--jsonl", batch],
                              capture_output=True, cwd=tmp, check=True).stdout
        print(f"{len(docs)} dev docs; their reading in this process: {reading:.2f} CPU s")
        for workers in args.workers:
            runs = []
            for _ in range(args.repeat):
                cpu, out = _run(kept_path, ["places", "--workers", str(workers), "--jsonl", batch])
                if out != real:
                    sys.exit("the stubbed run's output differs from the CLI's")
                runs.append(cpu)
            print(f"places --workers {workers} --jsonl, everything but the reading: best {min(runs):.3f}, "
                  f"median {statistics.median(runs):.3f} CPU s ({args.repeat} runs)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
