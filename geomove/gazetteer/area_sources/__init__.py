"""Every row of gazetteer/areas.csv whose point is computed, in one place and by one rule.

A row is computed, not typed in, wherever installed packages give the area's shape or its cited
ends, so anyone can regenerate and check it; :mod:`.rule` is the rule (equal-area centroid, and
the radius by kind). The kinds:

- :mod:`.units`: unions of first-level administrative units (Donbas, Darfur, Sinai), the
  Countries States Cities Database's own point for a region (Kurdistan Region), a former region
  at its capital (Nagorno-Karabakh), former first-level units split or renamed since (Orientale,
  Katanga, Kivu, Kenya's North Eastern and Coast provinces, Kordofan, Natal, Maguindanao, Orissa),
  merged into one of today's (Hedmark, FATA), or split across today's borders and placed at their
  capital (Transvaal, South Africa's former homelands);
- :mod:`.groupings`: parts of continents and other groupings of whole countries (West Africa,
  Scandinavia, the Levant, the Sahel, the Balkans; the former geomove.subregions), and zones
  around the point where three countries meet (Liptako-Gourma);
- :mod:`.waterways`: rivers half way along their course traced through the WDBII lines between
  the source and mouth their article cites (:mod:`.course`); a canal half way between its ends.

``python -m geomove.gazetteer.area_sources`` prints every computed row beside the file's and how
far apart they are; ``--write`` rewrites those rows of areas.csv (point, radius, source, licence,
note; the name, aliases, kind and needs_the stay). tests/test_areas_sources.py checks that the
file is the computation.
"""

from __future__ import annotations

from pathlib import Path

from .cited import article_url, geonames_city, parse_dms
from .groupings import grouping_areas, grouping_points, tripoint_points
from .rule import AreaPoint, NotComputable, centre, km, midpoint
from .units import (FORMER_AT_SEAT, FORMER_BY_POINT, FORMER_BY_SEAT, FORMER_UNITS, SEAT_ROW, STATE_ROW,
                    UNION_OF_STATES, admin1_faces, former_at, former_at_seat_point, former_by_point_point,
                    former_by_seat, former_by_seat_point, former_unit, former_unit_point, seat_point,
                    state_row_point, states, union_of_faces, union_of_states, union_point)
from .waterways import BETWEEN_ENDS, RIVERS, CitedRiver, between_ends_point, river_course, river_point

__all__ = ["AreaPoint", "BETWEEN_ENDS", "CitedRiver", "FORMER_AT_SEAT", "FORMER_BY_POINT", "FORMER_BY_SEAT", "FORMER_UNITS", "NotComputable", "RIVERS", "SEAT_ROW", "STATE_ROW",
           "UNION_OF_STATES", "admin1_faces", "article_url", "between_ends_point", "centre",
           "computed_points", "former_at", "former_at_seat_point", "former_by_point_point", "former_by_seat", "former_by_seat_point", "former_unit", "former_unit_point", "geonames_city", "grouping_areas", "grouping_points", "km", "main", "midpoint", "tripoint_points",
           "parse_dms", "river_course", "river_point", "seat_point", "state_row_point", "states",
           "union_of_faces", "union_of_states", "union_point", "write_rows"]


def computed_points() -> dict[str, AreaPoint]:
    """Every area this package computes, by name (raises NotComputable when data are missing)."""
    out = {n: union_point(n) for n in UNION_OF_STATES}
    out.update({n: state_row_point(n) for n in STATE_ROW})
    out.update({n: seat_point(n) for n in SEAT_ROW})
    out.update({n: former_unit_point(n) for n in FORMER_UNITS})
    out.update({n: former_by_seat_point(n) for n in FORMER_BY_SEAT})
    out.update({n: former_by_point_point(n) for n in FORMER_BY_POINT})
    out.update({n: former_at_seat_point(n) for n in FORMER_AT_SEAT})
    out.update({n: river_point(n) for n in RIVERS})
    out.update({n: between_ends_point(n) for n in BETWEEN_ENDS})
    out.update(grouping_points())
    out.update(tripoint_points())
    return out


def write_rows(points: dict[str, AreaPoint], path: Path | None = None) -> list[str]:
    """Rewrite the point, radius, source, licence and note of the computed rows in areas.csv
    (name, aliases, kind and needs_the stay as they are); returns the names rewritten."""
    import csv

    from ...areas import _areas_path

    path = path or _areas_path()
    with open(path, encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        fields, rows = reader.fieldnames, list(reader)
    done = []
    for row in rows:
        p = points.get(row["name"])
        if p is None:
            continue
        row.update(lat=str(p.lat), lon=str(p.lon), uncertainty_km=f"{p.radius_km:g}", source=p.source,
                   licence=p.licence, note=p.note)
        done.append(p.name)
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=fields, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    return done


def main(argv: list[str] | None = None) -> int:
    import csv
    import sys

    from ...areas import _areas_path

    args = sys.argv[1:] if argv is None else argv
    with open(_areas_path(), encoding="utf-8", newline="") as f:
        rows = {r["name"]: r for r in csv.DictReader(f)}
    points = computed_points()
    for name, p in points.items():
        row = rows.get(name)
        moved = km((p.lat, p.lon), (float(row["lat"]), float(row["lon"]))) if row else float("nan")
        print(f"{name}: {p.lat}, {p.lon}  radius {p.radius_km:g} km  "
              f"(areas.csv: {row and row['lat']}, {row and row['lon']}, {row and row['uncertainty_km']} km; "
              f"{moved:.1f} km apart)")
        if "--brief" not in args:
            print(f"  source: {p.source}\n  licence: {p.licence}\n  note: {p.note}")
    if "--write" in args:
        print("rewrote", ", ".join(write_rows(points)))
    return 0
