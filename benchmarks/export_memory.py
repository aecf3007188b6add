"""Peak memory of `geomove list` and `geomove export` on a whole log of 1,000,000 movements.

    python benchmarks/export_memory.py                       # builds a 1,000,000-movement log
    python benchmarks/export_memory.py -n 100000             # quicker
    python benchmarks/export_memory.py --path big.sqlite --keep   # reuse the log next time

Each command runs in its own process; its peak resident memory (ru_maxrss of the child) and
its time are printed, with the size of what it wrote. The target: under 500 MB for any
size of log (rows are streamed, never all held). Not run in CI.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from log import build  # noqa: E402  (the log benchmark's synthetic movements)

from geomove.log import MovementLog  # noqa: E402

COMMANDS = [
    ("export geojson", ["export", "--format", "geojson", "-o", "{out}/all.geojson"]),
    ("export csv", ["export", "--format", "csv", "-o", "{out}/all.csv"]),
    ("export kml", ["export", "--format", "kml", "-o", "{out}/all.kml"]),
    ("export gpkg", ["export", "--format", "gpkg", "-o", "{out}/all.gpkg"]),
    ("export geojson to stdout", ["export", "--format", "geojson"]),
    ("list", ["list"]),
]


def run(log_path: Path, out: Path, args: list[str]) -> tuple[float, float, int]:
    """(peak RSS in MB, seconds, bytes written) of one geomove command in a child process."""
    # VmHWM (peak RSS of this process image), not ru_maxrss: that one survives exec and would
    # report the parent's peak (this benchmark holds the log builder's memory)
    code = ("import sys; from geomove.cli import main; rc = main(sys.argv[1:]); "
            "hwm = [l for l in open('/proc/self/status') if l.startswith('VmHWM')][0].split()[1]; "
            "sys.stderr.write('MAXRSS %s\\n' % hwm); sys.exit(rc)")
    argv = [a.format(out=out) for a in args]
    began = time.perf_counter()
    sink = out / "stdout.txt"
    with open(sink, "wb") as stdout:
        done = subprocess.run([sys.executable, "-c", code, "--quiet", *argv, "--log", str(log_path)],
                              stdout=stdout, stderr=subprocess.PIPE, text=True)
    took = time.perf_counter() - began
    if done.returncode != 0:
        raise SystemExit(f"geomove {' '.join(argv)} failed: {done.stderr.strip()[-500:]}")
    rss_kb = int(done.stderr.rsplit("MAXRSS ", 1)[1].split()[0])
    written = sink.stat().st_size
    target = next((Path(a) for a in argv if a.startswith(str(out)) and a != str(sink)), None)
    if target is not None and target.exists():
        written = target.stat().st_size
    return rss_kb / 1024, took, written


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-n", type=int, default=1_000_000)
    parser.add_argument("--path", type=Path)
    parser.add_argument("--keep", action="store_true")
    parser.add_argument("--only", help="comma-separated labels of commands to run")
    args = parser.parse_args()
    tmp = tempfile.TemporaryDirectory(prefix="geomove-export-mem-")
    out = Path(tmp.name)
    log_path = args.path or out / "log.sqlite"
    with MovementLog(log_path) as log:
        if len(log) == 0:
            build(log, args.n)
        log.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        count = len(log)
    print(f"log: {count:,} movements, {log_path.stat().st_size / 1e6:,.0f} MB")
    worst = 0.0
    for label, cmd in COMMANDS:
        if args.only and label not in args.only.split(","):
            continue
        rss, took, written = run(log_path, out, cmd)
        worst = max(worst, rss)
        print(f"  {label:26} peak {rss:7.0f} MB   {took:7.1f} s   wrote {written / 1e6:8.1f} MB", flush=True)
        for f in out.iterdir():
            if f.name not in (log_path.name, log_path.name + "-wal", log_path.name + "-shm"):
                f.unlink()
    print(f"worst peak memory: {worst:.0f} MB ({'under' if worst < 500 else 'OVER'} the 500 MB target)")
    if args.keep and args.path is None:
        kept = Path.cwd() / "export-memory-log.sqlite"
        os.replace(log_path, kept)
        print(f"log kept at {kept}")
    return 0 if worst < 500 else 1


if __name__ == "__main__":
    sys.exit(main())
