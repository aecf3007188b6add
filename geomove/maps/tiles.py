"""The user's own offline tiles (an MBTiles file, or a z/x/y folder from QGIS or a survey team).

The page must not request anything, so the tiles that cover the data (plus a margin) at
every zoom the source has are read here and written into the page as data URIs; a
``L.GridLayer`` draws them. Whole-world zooms are cheap (few tiles); when the tiles would
pass ``MAX_BYTES`` the deepest zooms are left out and the page says so in its attribution.
"""

from __future__ import annotations

import base64
import contextlib
import math
import sqlite3
from pathlib import Path

from ..errors import InputError
from ..io.sqlite_uri import connect_read_only

MAX_BYTES = 25_000_000
MARGIN_DEG = 2.0
MIMES = {b"\x89PNG": "image/png", b"\xff\xd8\xff": "image/jpeg", b"RIFF": "image/webp"}


def _mime(data: bytes) -> str | None:
    return next((m for magic, m in MIMES.items() if data.startswith(magic)), None)


def tile_range(bbox, zoom: int) -> tuple[int, int, int, int]:
    """(x0, y0, x1, y1) XYZ tile indices covering bbox (W, S, E, N) at ``zoom``."""
    w, s, e, n = bbox
    count = 2 ** zoom

    def xy(lat, lon):
        lat = max(-85.0511, min(85.0511, lat))
        x = int((lon + 180) / 360 * count)
        y = int((1 - math.log(math.tan(math.radians(lat)) + 1 / math.cos(math.radians(lat))) / math.pi) / 2 * count)
        return min(max(x, 0), count - 1), min(max(y, 0), count - 1)

    x0, y0 = xy(n, w)
    x1, y1 = xy(s, e)
    return x0, y0, x1, y1


@contextlib.contextmanager
def _read_mbtiles(path: Path):
    """(zooms, get, name) of an MBTiles file, its connection open for the block only (the tiles
    are read into the page, then the file is let go: a process that renders many maps would
    otherwise keep one open per map until the collector's next full walk)."""
    try:
        db = connect_read_only(path)
    except sqlite3.DatabaseError as err:
        raise InputError(f"not an MBTiles file: {err}", source=str(path)) from err
    with contextlib.closing(db):
        try:
            zooms = [z for (z,) in db.execute("SELECT DISTINCT zoom_level FROM tiles ORDER BY zoom_level")]
            meta = dict(db.execute("SELECT name, value FROM metadata")) if db.execute(
                "SELECT 1 FROM sqlite_master WHERE name = 'metadata'").fetchone() else {}
        except sqlite3.DatabaseError as err:
            raise InputError(f"not an MBTiles file: {err}", source=str(path)) from err

        def get(z, x, y):
            row = db.execute("SELECT tile_data FROM tiles WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?",
                             (z, x, 2 ** z - 1 - y)).fetchone()  # MBTiles rows count from the south (TMS)
            return bytes(row[0]) if row else None
        yield zooms, get, meta.get("attribution") or meta.get("name") or path.name


@contextlib.contextmanager
def _read_folder(path: Path):
    zooms = sorted(int(p.name) for p in path.iterdir() if p.is_dir() and p.name.isdigit())

    def get(z, x, y):
        for ext in ("png", "jpg", "jpeg", "webp"):
            tile = path / str(z) / str(x) / f"{y}.{ext}"
            if tile.is_file():
                return tile.read_bytes()
        return None
    yield zooms, get, path.name


def inline_tiles(source: str | Path, bbox) -> dict:
    """{"tiles": {"z/x/y": data URI}, "minZoom", "maxZoom", "name"} for the data's area."""
    path = Path(source)
    if path.is_file():
        opened = _read_mbtiles(path)
    elif path.is_dir():
        opened = _read_folder(path)
    else:
        raise InputError("no such MBTiles file or tile folder", source=str(path))
    with opened as (zooms, get, name):
        return _inline(path, zooms, get, name, bbox)


def _inline(path: Path, zooms, get, name: str, bbox) -> dict:
    """:func:`inline_tiles` of a source opened: ``get(z, x, y)`` gives a tile's bytes or None."""
    if not zooms:
        raise InputError("holds no tiles", source=str(path))
    if bbox is None:
        bbox = (-180.0, -85.0, 180.0, 85.0)
    w, s, e, n = bbox
    area = (max(-180.0, w - MARGIN_DEG), max(-85.0, s - MARGIN_DEG), min(180.0, e + MARGIN_DEG),
            min(85.0, n + MARGIN_DEG))
    tiles, total, cut = {}, 0, None
    for z in zooms:
        x0, y0, x1, y1 = tile_range(area, z)
        if (x1 - x0 + 1) * (y1 - y0 + 1) > 4096:
            cut = z
            break
        level = {}
        for x in range(x0, x1 + 1):
            for y in range(y0, y1 + 1):
                data = get(z, x, y)
                mime = _mime(data) if data else None
                if mime:
                    level[f"{z}/{x}/{y}"] = f"data:{mime};base64," + base64.b64encode(data).decode("ascii")
        size = sum(len(v) for v in level.values())
        if tiles and total + size > MAX_BYTES:
            cut = z
            break
        tiles.update(level)
        total += size
    kept = sorted({int(k.split("/")[0]) for k in tiles})
    if not kept:
        raise InputError("has no tiles around the data (PNG, JPEG or WebP)", source=str(path))
    note = f"{name}" + (f" (zoom {cut}+ left out: too large to inline)" if cut is not None else "")
    return {"tiles": tiles, "minZoom": kept[0], "maxZoom": kept[-1], "name": note}
