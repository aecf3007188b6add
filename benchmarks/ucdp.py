"""UCDP benchmark: the place a conflict-event coder describes, found offline.

Reads the UCDP GED sample under ``shared/eval/ucdp`` (CC BY 4.0 research data: read in
place, never copied into the repo). Each row holds the coder's description of the place
("vicinity of X village in Y district"), the first and second administrative level and the
country; the task is to return the place, as an analyst's event sheet holds them:

    python benchmarks/ucdp.py [CSV] [--gazetteer PATH] [--errors N] [--no-admin]
    python benchmarks/ucdp.py --after-download [URL] [--fixture-cities-only]

A row is right when the answer lies within 25 km of UCDP's point (``where_prec`` 1, the
place itself) or 50 km (2, within about 25 km). A row without an answer counts as wrong.
Figures per country (the largest batches) and error kinds: ``none`` (no answer), ``far``
(an answer outside the tolerance; in another country: ``other_country``).

``--after-download`` also scores an index built by ``gazetteer download`` of the sheet's
countries (:func:`geomove.gazetteer.download.download`, into a temporary index: the user's
index is never touched), side by side with the first figure, per country, with the rows
that change. With a URL the dumps come from that GeoNames mirror; without one (offline)
from a server on 127.0.0.1 holding dumps rebuilt from the GeoNames rows the packages ship
(benchmarks/geonames_fixture.py).
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import signal
import sys
import tempfile
import time
from collections import Counter
import os
from pathlib import Path

from geomove.distance import haversine_km
from geomove.locate import locate

DEFAULT_CSV = Path(os.environ.get("GEOMOVE_EVAL") or Path(__file__).resolve().parent.parent.parent / "shared" / "eval") \
    / "ucdp" / "ged-locations-dev.csv"  # (GEOMOVE_EVAL as in devcorpora.eval_dir)
TOLERANCE_KM = {1: 25.0, 2: 50.0}


def score(rows: list[dict], gaz, *, no_admin: bool = False) -> list[dict]:
    """One outcome per row: {"right": bool, "kind": None | "none" | "far" | "other_country",
    "got": the answer or None, "km": its distance from UCDP's point}."""
    out = []
    for r in rows:
        prec = int(float(r["where_prec"] or 2))
        tol = TOLERANCE_KM.get(prec, 50.0)
        got = locate(r["where_description"], admin2=None if no_admin else r["adm_2"],
                     admin1=None if no_admin else r["adm_1"], country=r["country"], gazetteer=gaz)
        if got is None:
            out.append({"right": False, "kind": "none", "got": None, "km": None})
            continue
        d = haversine_km(got["lat"], got["lon"], float(r["latitude"]), float(r["longitude"]))
        kind = None
        if d > tol:
            kind = "far"
            cc = gaz.country_at(float(r["latitude"]), float(r["longitude"]))
            if cc and got.get("country") and got["country"] != cc:
                kind = "other_country"
        out.append({"right": kind is None, "kind": kind, "got": got, "km": d})
    return out


def report(path: Path, rows: list[dict], outcomes: list[dict], secs: float, errors: int = 0) -> None:
    n = len(rows)
    right = sum(o["right"] for o in outcomes)
    kinds = Counter(o["kind"] for o in outcomes)
    by_country = Counter(r["country"] for r in rows)
    right_by_country = Counter(r["country"] for r, o in zip(rows, outcomes) if o["right"])
    print(f"== UCDP {path.name}: {n} rows, {secs:.2f} s")
    print(f"  within_tolerance={right / n:.3f} ({right}/{n})  no_answer={kinds['none']}  "
          f"far={kinds['far']}  other_country={kinds['other_country']}")
    for country, k in by_country.most_common(8):
        print(f"    {country}: {right_by_country[country] / k:.2f} of {k}")
    if errors:
        for kind in ("none", "far", "other_country"):
            print(f"  {kind}:")
            for r, o in [(r, o) for r, o in zip(rows, outcomes) if o["kind"] == kind][:errors]:
                print("    ", _row_line(r, o))


def _row_line(r: dict, o: dict) -> tuple:
    got = o["got"]
    if got is None:
        return (r["where_description"], r["adm_1"], r["country"])
    return (r["where_description"], r["adm_1"], r["country"], got["name"], got.get("country"), round(o["km"]),
            got.get("why", "")[:120])


def sheet_countries(rows: list[dict], gaz) -> tuple[list[str], list[str]]:
    """The ISO codes of the sheet's countries, read as locate reads them (the index's country
    names), and the country names no code was found for."""
    from geomove.locate import _clean
    codes, unknown = [], []
    for name in dict.fromkeys(r["country"] for r in rows):
        place = gaz.country(_clean(name))
        if place and place.get("country"):
            if place["country"] not in codes:
                codes.append(place["country"])
        else:
            unknown.append(name)
    return codes, unknown


def after_download(path: Path, rows: list[dict], gaz, before: list[dict], url: str | None, *,
                   no_admin: bool, admin_fixture: bool = True) -> None:
    """Score an index built by ``gazetteer download`` of the sheet's countries beside ``before``."""
    from geomove.gazetteer import Gazetteer
    from geomove.gazetteer.download import download

    codes, unknown = sheet_countries(rows, gaz)
    with tempfile.TemporaryDirectory(prefix="geomove-ucdp-download-") as tmp:
        tmp = Path(tmp)
        t0 = time.process_time()
        with _source(url, tmp / "mirror", codes, admin_fixture) as (base_url, note):
            got = download(codes, base_url=base_url, dest=tmp / "dl", index=tmp / "index.sqlite", show=False)
        build_cpu = time.process_time() - t0
        dump_rows = sum(v for k, v in got["rows"].items() if not Path(k).name.startswith("alternateNames"))
        from geomove.gazetteer import info
        facts = info(got["index"])
        new_places = sum(s["places"] for s in facts["sources"] if s["source"].startswith("geonames:"))
        after_gaz = Gazetteer(got["index"], user_places=tmp / "no-user-places.sqlite")
        t1 = time.perf_counter()
        after = score(rows, after_gaz, no_admin=no_admin)
        secs = time.perf_counter() - t1
        print(f"== after `gazetteer download` of the sheet's {len(codes)} countries "
              f"({' '.join(codes)}): {dump_rows} dump rows, download + index build {build_cpu:.0f} s CPU")
        print(f"  source: {note}")
        print(f"  index: {facts['places']} places, {new_places} of them from the dumps alone; the other dump rows "
              f"added their names to the packages' rows of the same place ({facts['names']} names)")
        if unknown:
            print(f"  no country code for: {', '.join(unknown)}")
        _side_by_side(rows, before, after, secs)


@contextlib.contextmanager
def _source(url: str | None, folder: Path, codes: list[str], admin_fixture: bool):
    if url:
        yield url, f"GeoNames dumps from {url}"
        return
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from geonames_fixture import SOURCE_NOTE, SOURCE_NOTE_CITIES, serve, write_dumps
    write_dumps(folder, codes, areas=admin_fixture)
    with serve(folder) as local:
        yield local, (SOURCE_NOTE if admin_fixture else SOURCE_NOTE_CITIES) + f" (served from {local})"


def _side_by_side(rows: list[dict], before: list[dict], after: list[dict], secs: float) -> None:
    n = len(rows)
    b, a = sum(o["right"] for o in before), sum(o["right"] for o in after)
    print(f"  within_tolerance: default index {b / n:.3f} ({b}/{n})  after download {a / n:.3f} ({a}/{n})  "
          f"[{secs:.2f} s]")
    by_country = Counter(r["country"] for r in rows)
    rb = Counter(r["country"] for r, o in zip(rows, before) if o["right"])
    ra = Counter(r["country"] for r, o in zip(rows, after) if o["right"])
    print(f"    {'country':34} {'rows':>4} {'default':>8} {'download':>8}")
    for country, k in by_country.most_common():
        mark = "" if rb[country] == ra[country] else "  <-" if ra[country] < rb[country] else "  +"
        print(f"    {country[:34]:34} {k:4d} {rb[country] / k:8.2f} {ra[country] / k:8.2f}{mark}")
    for title, want in (("right -> wrong", (True, False)), ("wrong -> right", (False, True))):
        changed = [(r, o1, o2) for r, o1, o2 in zip(rows, before, after) if (o1["right"], o2["right"]) == want]
        print(f"  {title}: {len(changed)}")
        for r, o1, o2 in changed:
            print(f"    [{r['country']}] {r['where_description'][:70]!r} (adm1 {r['adm_1']!r})")
            for label, o in (("default ", o1), ("download", o2)):
                got = o["got"]
                what = "no answer" if got is None else (
                    f"{got['name']} ({got.get('gazetteer_id')}, {got.get('kind')}) {o['km']:.0f} km")
                print(f"        {label}: {what}")
                if got is not None and label == "download":
                    print(f"                  why: {got.get('why', '')[:160]}")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("csv", nargs="?", default=str(DEFAULT_CSV))
    ap.add_argument("--gazetteer", help="gazetteer index path (default: the user's index)")
    ap.add_argument("--errors", type=int, default=0, help="print N sample errors of each kind")
    ap.add_argument("--no-admin", action="store_true", help="give the description and the country only")
    ap.add_argument("--after-download", nargs="?", const="", default=None, metavar="URL",
                    help="also score an index built by `gazetteer download` of the sheet's countries, into a "
                         "temporary index: from URL (a GeoNames dump folder), or without URL from dumps "
                         "rebuilt from packaged GeoNames rows, served on 127.0.0.1")
    ap.add_argument("--fixture-cities-only", action="store_true",
                    help="with --after-download and no URL: dumps of populated places only (no admin areas, no country row)")
    args = ap.parse_args(argv)
    path = Path(args.csv)
    if not path.is_file():
        print(f"{path}: not found", file=sys.stderr)
        return 1
    from geomove.errors import GeomoveError, UsageError
    from geomove.gazetteer import Gazetteer
    gaz = Gazetteer(args.gazetteer) if args.gazetteer else Gazetteer.default()
    rows = list(csv.DictReader(path.open(encoding="utf-8", newline="")))
    t0 = time.perf_counter()
    outcomes = score(rows, gaz, no_admin=args.no_admin)
    report(path, rows, outcomes, time.perf_counter() - t0, args.errors)
    if args.after_download is not None:
        try:
            after_download(path, rows, gaz, outcomes, args.after_download or None, no_admin=args.no_admin,
                           admin_fixture=not args.fixture_cities_only)
        except GeomoveError as err:
            print(f"gazetteer download: {err}", file=sys.stderr)
            return 2 if isinstance(err, UsageError) else 1
    return 0


if __name__ == "__main__":
    if hasattr(signal, "SIGPIPE"):
        # `ucdp.py | head` closes the pipe early: end quietly, as a shell tool does
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    sys.exit(main())
