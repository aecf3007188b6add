"""The one rule every computed area follows, and the row it produces.

- **Point**: the centroid of the area's polygon worked out on an equal-area projection (EPSG:6933,
  WGS 84 / NSIDC EASE-Grid 2.0 Global), then taken back to degrees. A centroid in plain degrees
  counts a square degree the same at every latitude, so it pulls the point of a large area towards
  its high-latitude part (a square degree at 60° holds half the land of one at the equator);
  on the equal-area projection each km² counts once. For a compact area (Donbas) the two differ by
  well under a km; for a wide one (Eastern Europe, the Sahel) by tens of km.
- Areas that are no polygon take their point by the rule of their kind: a river half way along
  its traced course (:mod:`.course`), a canal half way between its cited ends, a region with no
  boundary in any installed layer at its cited capital.
- **Radius** (``uncertainty_km``): where the area is a union of administrative units, a region of
  countries a cited text lists (the Levant, the Sahel, the Balkans) or a river, the distance to its
  farthest point, rounded up to 10 km (the whole area lies within it); where it is a part of a
  continent by a classification (UN M49 subregions, the World Bank's regions), the radius of a
  circle of the same area, since the farthest point of "Eastern Europe" would make it as wide as
  the continent.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from importlib import metadata

from ...distance import haversine_km

COMPUTED_BY = "computed by geomove/gazetteer/area_sources (python -m geomove.gazetteer.area_sources)"
LICENCE_WIKIPEDIA = "CC BY-SA 4.0 (Wikipedia)"
LICENCE_GEONAMES = "CC BY 4.0 (GeoNames)"
EQUAL_AREA = "EPSG:6933"  # WGS 84 / NSIDC EASE-Grid 2.0 Global (cylindrical equal-area)
RADIUS_STEP_KM = 10.0


class NotComputable(ValueError):
    """The shipped data do not give the area unambiguously (missing package, unclosed lines)."""


@dataclass(frozen=True)
class AreaPoint:
    """A computed row of gazetteer/areas.csv."""

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


def version(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "?"


def round_up(value: float, step: float = RADIUS_STEP_KM) -> float:
    return float(math.ceil(value / step) * step)


def centre(geom) -> tuple[float, float]:
    """(lat, lon) of the centroid of a WGS84 geometry, on the equal-area projection."""
    import geopandas as gpd

    series = gpd.GeoSeries([geom], crs="EPSG:4326").to_crs(EQUAL_AREA)
    c = series.centroid.to_crs("EPSG:4326").iloc[0]
    return c.y, c.x


def area_km2(geom) -> float:
    """The area of a WGS84 geometry in km², on the equal-area projection."""
    import geopandas as gpd

    return float(gpd.GeoSeries([geom], crs="EPSG:4326").to_crs(EQUAL_AREA).area.iloc[0]) / 1e6


def equal_area_radius_km(geom) -> int:
    """The radius of a circle of the geometry's area, to 10 km."""
    return int(round(math.sqrt(area_km2(geom) / math.pi), -1))


def farthest_vertex_km(point: tuple[float, float], geom) -> float:
    """The distance from (lat, lon) ``point`` to the farthest vertex of the geometry's boundary."""
    import shapely

    coords = shapely.get_coordinates(geom.boundary)
    return max(km(point, (y, x)) for x, y in coords)


def centre_inside(name: str, geom, what: str) -> tuple[float, float, float]:
    """(lat, lon, radius_km) of an area computed from a geometry: its equal-area centroid to
    4 decimals, which must lie inside it (a ring-shaped union would put it elsewhere), and the
    radius to its farthest boundary vertex. ``what`` names the geometry in the error."""
    import shapely

    lat, lon = (round(v, 4) for v in centre(geom))
    if not geom.contains(shapely.Point(lon, lat)):
        raise NotComputable(f"{name}: the centroid falls outside the {what}")
    return lat, lon, round_up(farthest_vertex_km((lat, lon), geom))


def midpoint(a: tuple[float, float], b: tuple[float, float]) -> tuple[float, float]:
    """The great-circle midpoint of two (lat, lon) points."""
    la1, lo1, la2, lo2 = map(math.radians, (*a, *b))
    bx, by = math.cos(la2) * math.cos(lo2 - lo1), math.cos(la2) * math.sin(lo2 - lo1)
    lat = math.atan2(math.sin(la1) + math.sin(la2), math.hypot(math.cos(la1) + bx, by))
    lon = lo1 + math.atan2(by, math.cos(la1) + bx)
    return math.degrees(lat), math.degrees(lon)
