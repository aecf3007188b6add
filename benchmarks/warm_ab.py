"""The warm reading of another revision and of this tree, compared in one process.

    python benchmarks/warm_ab.py [REV] [--passes 10] [--task places|extract]

This machine is shared: its load moves the CPU time of one process against another by 10-30%,
so two fresh processes cannot tell a change of a few per cent (cold_warm.py's second pass).
Here git revision REV (default: main) is unpacked (``git archive``) into a temporary folder as
the package ``geomove_rev`` (geomove imports its own modules relatively), both readers open the
index, read the dev documents once (every cache filled: the warm pass of cold_warm.py), and then
read them again, pass after pass, alternating (REV first on even passes), in the same process.

Prints each side's CPU seconds (process_time) per pass, the best and the median, the median of
the per-pair ratios (this tree / REV), and whether both gave the same outputs on every document.
Caveats: package data (``geomove.gazetteer_data``) is read from this tree by both; a REV whose
index fingerprint differs builds its own index first (~50 s). Documents are read from ../shared
at run time (see speed.py), never copied into the repo.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from speed import ROOT, dev_documents  # noqa: E402


def unpack(rev: str, folder: str) -> None:
    """REV's geomove package as ``folder/geomove_rev``."""
    archive = subprocess.run(["git", "archive", rev, "geomove"], cwd=ROOT, capture_output=True, check=True)
    subprocess.run(["tar", "-x", "-C", folder], input=archive.stdout, check=True)
    Path(folder, "geomove").rename(Path(folder, "geomove_rev"))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("rev", nargs="?", default="main")
    ap.add_argument("--passes", type=int, default=10)
    ap.add_argument("--task", default="places", choices=["places", "extract"])
    args = ap.parse_args(argv)
    docs = dev_documents()
    with tempfile.TemporaryDirectory() as tmp:
        unpack(args.rev, tmp)
        sys.path.insert(0, tmp)
        import geomove.parallel as here
        import geomove_rev.parallel as rev  # type: ignore[import-not-found]

        sides = {"rev": rev, "here": here}
        outputs = {}
        for name, module in sides.items():
            module.open_gazetteer()
            outputs[name] = list(module.map_reports(docs, args.task, workers=1))
        same = outputs["rev"] == outputs["here"]
        times: dict[str, list[float]] = {"rev": [], "here": []}
        for i in range(args.passes):
            for name in ("rev", "here") if i % 2 == 0 else ("here", "rev"):
                start = time.process_time()
                out = list(sides[name].map_reports(docs, args.task, workers=1))
                times[name].append(time.process_time() - start)
                same = same and out == outputs[name]
    print(f"{len(docs)} dev docs, {args.task}, warm passes alternated in one process (CPU s):")
    for name, label in (("rev", args.rev), ("here", "this tree")):
        ts = times[name]
        print(f"  {label}: best {min(ts):.3f} median {statistics.median(ts):.3f} "
              f"({len(docs) / min(ts):.0f} docs/CPU-s at best)  " + " ".join(f"{t:.3f}" for t in ts))
    ratios = [h / r for r, h in zip(times["rev"], times["here"])]
    print(f"  this tree / {args.rev}: median of pairs {statistics.median(ratios):.3f}, "
          f"best / best {min(times['here']) / min(times['rev']):.3f}")
    print(f"  outputs identical on every document and pass: {'yes' if same else 'NO'}")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
