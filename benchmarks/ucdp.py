"""UCDP benchmark: the place a conflict-event coder describes, found offline.

Reads the UCDP GED sample under ``shared/eval/ucdp`` (CC BY 4.0 research data: read in
place, never copied into the repo). Each row holds the coder's description of the place
("vicinity of X village in Y district"), the first and second administrative level and the
country; the task is to return the place, as an analyst's event sheet holds them:

    python benchmarks/ucdp.py [CSV] [--gazetteer PATH] [--errors N] [--no-admin]

A row is right when the answer lies within 25 km of UCDP's point (``where_prec`` 1, the
place itself) or 50 km (2, within about 25 km). A row without an answer counts as wrong.
Figures per country (the largest batches) and error kinds: ``none`` (no answer), ``far``
(an answer outside the tolerance; in another country: ``other_country``).
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from collections import Counter
from pathlib import Path

from geomove.distance import haversine_km
from geomove.locate import locate

DEFAULT_CSV = Path(__file__).resolve().parent.parent.parent / "shared" / "eval" / "ucdp" / "ged-locations-dev.csv"
TOLERANCE_KM = {1: 25.0, 2: 50.0}


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("csv", nargs="?", default=str(DEFAULT_CSV))
    ap.add_argument("--gazetteer", help="gazetteer index path (default: the user's index)")
    ap.add_argument("--errors", type=int, default=0, help="print N sample errors of each kind")
    ap.add_argument("--no-admin", action="store_true", help="give the description and the country only")
    args = ap.parse_args(argv)
    path = Path(args.csv)
    if not path.is_file():
        print(f"{path}: not found", file=sys.stderr)
        return 1
    from geomove.gazetteer import Gazetteer
    gaz = Gazetteer(args.gazetteer) if args.gazetteer else Gazetteer.default()
    rows = list(csv.DictReader(path.open(encoding="utf-8", newline="")))
    right = 0
    by_country: Counter = Counter()
    right_by_country: Counter = Counter()
    errors: dict[str, list] = {"none": [], "far": [], "other_country": []}
    t0 = time.perf_counter()
    for r in rows:
        prec = int(float(r["where_prec"] or 2))
        tol = TOLERANCE_KM.get(prec, 50.0)
        got = locate(r["where_description"], admin2=None if args.no_admin else r["adm_2"],
                     admin1=None if args.no_admin else r["adm_1"], country=r["country"], gazetteer=gaz)
        by_country[r["country"]] += 1
        if got is None:
            errors["none"].append((r["where_description"], r["adm_1"], r["country"]))
            continue
        d = haversine_km(got["lat"], got["lon"], float(r["latitude"]), float(r["longitude"]))
        if d <= tol:
            right += 1
            right_by_country[r["country"]] += 1
        else:
            kind = "far"
            cc = gaz.country_at(float(r["latitude"]), float(r["longitude"]))
            if cc and got.get("country") and got["country"] != cc:
                kind = "other_country"
            errors[kind].append((r["where_description"], r["adm_1"], r["country"], got["name"],
                                 got.get("country"), round(d), got.get("why", "")[:120]))
    secs = time.perf_counter() - t0
    n = len(rows)
    print(f"== UCDP {path.name}: {n} rows, {secs:.2f} s")
    print(f"  within_tolerance={right / n:.3f} ({right}/{n})  no_answer={len(errors['none'])}  "
          f"far={len(errors['far'])}  other_country={len(errors['other_country'])}")
    for country, k in by_country.most_common(8):
        print(f"    {country}: {right_by_country[country] / k:.2f} of {k}")
    if args.errors:
        for kind, items in errors.items():
            print(f"  {kind}:")
            for item in items[:args.errors]:
                print("    ", item)
    return 0


if __name__ == "__main__":
    sys.exit(main())
