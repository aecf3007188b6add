"""Calibrate the ranker's "no place" bar on the gold toponyms of the dev corpora.

    python benchmarks/calibrate.py [DIR] [--cost-wrong 2]

Every distinct gold toponym (surface and point) of TR-News and GeoVirus, and every place name
UCDP's coders settled on in its dev half (villages and towns of conflict zones), is looked up alone
(``Gazetteer.candidates``, no context, no hint), as ``geomove geocode NAME`` would. For each
bar the table prints how many names get an answer, how many answers lie within 161 km, and
the net value right − cost × wrong (a confident wrong place costs more than no place). The
bar is the best at or below the score of an exactly spelled name with nothing else known
(a higher bar would refuse every exactly named village); :data:`geomove.gazetteer.ranking.NO_PLACE`
holds it.
"""

from __future__ import annotations

import argparse
import json
import sys
import os
from pathlib import Path

from geomove.distance import haversine_km

DEFAULT_DIR = Path(os.environ.get("GEOMOVE_EVAL") or Path(__file__).resolve().parent.parent.parent / "shared" / "eval") \
    / "toponyms"  # (GEOMOVE_EVAL as in devcorpora.eval_dir)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dir", nargs="?", default=str(DEFAULT_DIR))
    ap.add_argument("--cost-wrong", type=float, default=2.0, help="a wrong answer costs this many right ones")
    ap.add_argument("--ucdp", default=str(DEFAULT_DIR.parent / "ucdp" / "ged-locations-dev.csv"))
    args = ap.parse_args(argv)
    from geomove.gazetteer import Gazetteer, ranking
    gaz = Gazetteer.default()
    seen = set()
    outcomes = []  # (score, right)
    for name in ("TR-News", "GeoVirus"):
        path = Path(args.dir) / f"{name}.jsonl"
        if not path.exists():
            print(f"{path}: not found", file=sys.stderr)
            return 1
        for line in path.open(encoding="utf-8"):
            doc = json.loads(line)
            for g in doc["toponyms"]:
                if g.get("lat") is None:
                    continue
                key = (g["surface"], round(g["lat"], 1), round(g["lon"], 1))
                if key in seen:
                    continue
                seen.add(key)
                top = gaz.candidates(g["surface"], limit=1)
                if not top:
                    outcomes.append((None, False))
                    continue
                d = haversine_km(top[0]["lat"], top[0]["lon"], g["lat"], g["lon"])
                outcomes.append((top[0]["score"], d <= 161))
    # villages: the place names UCDP's coders settled on (where_coordinates), right within 50 km
    ucdp = Path(args.ucdp)
    if ucdp.exists():
        import csv
        for r in csv.DictReader(ucdp.open(encoding="utf-8", newline="")):
            name = " ".join(r["where_coordinates"].split())
            top = gaz.candidates(name, limit=1) if name else []
            if not top:
                outcomes.append((None, False))
                continue
            d = haversine_km(top[0]["lat"], top[0]["lon"], float(r["latitude"]), float(r["longitude"]))
            outcomes.append((top[0]["score"], d <= 50))
    n = len(outcomes)
    print(f"== calibration: {n} distinct gold toponyms, looked up alone; cost of a wrong answer {args.cost_wrong}")
    print("  bar   answered  right  wrong  precision  net")
    # A place spelled exactly as asked, with nothing else known, scores the name weight alone
    # (plus its importance): a bar above that says "no place" to every exactly named village,
    # which no bar can tell from a namesake (the text's context does that). The bar is chosen
    # among those at or below this floor; the best overall is printed too.
    floor = ranking.WEIGHTS["name"]
    best = None
    best_any = None
    for i in range(4, 19):
        bar = i * 0.05
        ans = [(s, r) for s, r in outcomes if s is not None and s >= bar]
        right = sum(r for _, r in ans)
        wrong = len(ans) - right
        net = right - args.cost_wrong * wrong
        print(f"  {bar:.2f}  {len(ans):8d}  {right:5d}  {wrong:5d}  {right / max(1, len(ans)):9.3f}  {net:6.1f}")
        if bar <= floor + 1e-9 and (best is None or net > best[1]):
            best = (bar, net)
        if best_any is None or net > best_any[1]:
            best_any = (bar, net)
    print(f"  best bar at or below the exact-name floor {floor:.2f}: {best[0]:.2f} (net {best[1]:.1f}); "
          f"best overall {best_any[0]:.2f} (net {best_any[1]:.1f}); in use: NO_PLACE = {ranking.NO_PLACE:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
