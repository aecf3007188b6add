"""Continents, seas, rivers and macro-regions that reports name and a gazetteer built from
settlement and admin tables lacks, as PLACE dicts with a conventional centre and a radius."""

from __future__ import annotations

from functools import lru_cache

from .model import make_place
from .names import plain

# Continents, seas and a few macro-regions that military reports name and the gazetteer
# (built from settlement and admin tables) lacks. Points are conventional centres; the
# uncertainty is the area's rough radius. Used only when the gazetteer has no such row.
AREAS = [
    # name, aliases, kind, lat, lon, uncertainty_km, needs "the" before a bare one-word name
    ("Africa", (), "continent", 7.19, 21.09, 4000, False),
    ("Asia", (), "continent", 29.84, 89.30, 4500, False),
    ("Europe", (), "continent", 48.69, 9.14, 2000, False),
    ("North America", (), "continent", 46.07, -100.55, 3500, False),
    ("South America", (), "continent", -14.60, -57.66, 3000, False),
    ("Oceania", ("Australasia",), "continent", -18.31, 138.52, 3000, False),
    ("Antarctica", (), "continent", -78.16, 16.41, 2000, False),
    ("Middle East", ("Mideast",), "region", 29.0, 41.0, 1500, False),
    ("Balkans", (), "region", 42.5, 21.0, 700, False),
    ("Caucasus", (), "region", 42.5, 44.5, 500, False),
    ("Levant", (), "region", 33.5, 36.0, 400, False),
    ("Sahel", (), "region", 15.0, 5.0, 2000, False),
    ("Sinai", ("Sinai Peninsula",), "region", 29.5, 33.8, 150, False),
    ("Golan Heights", ("Golan",), "region", 33.0, 35.8, 40, False),
    ("Darfur", (), "region", 13.5, 24.0, 500, False),
    ("Mediterranean Sea", ("Mediterranean",), "sea", 35.0, 18.0, 1800, False),
    ("Red Sea", (), "sea", 20.0, 38.5, 1000, False),
    ("Black Sea", (), "sea", 43.4, 34.0, 500, False),
    ("Caspian Sea", (), "sea", 41.9, 50.7, 500, False),
    ("Baltic Sea", ("Baltic",), "sea", 58.5, 19.5, 600, True),
    ("North Sea", (), "sea", 56.0, 3.0, 400, False),
    ("Aegean Sea", ("Aegean",), "sea", 39.0, 25.0, 300, True),
    ("Sea of Azov", (), "sea", 46.0, 36.5, 200, False),
    ("Persian Gulf", ("Arabian Gulf",), "sea", 26.5, 52.0, 450, False),
    ("Gulf of Oman", (), "sea", 24.5, 58.5, 250, False),
    ("Gulf of Aden", (), "sea", 12.5, 48.0, 400, False),
    ("Arabian Sea", (), "sea", 15.0, 63.0, 1000, False),
    ("Strait of Hormuz", (), "strait", 26.57, 56.25, 50, False),
    ("Bab el-Mandeb", ("Bab al-Mandab", "Bab-el-Mandeb"), "strait", 12.58, 43.33, 30, False),
    ("Suez Canal", (), "canal", 30.7, 32.34, 80, False),
    ("Bosphorus", ("Bosporus",), "strait", 41.12, 29.06, 20, False),
    ("English Channel", (), "sea", 50.2, -1.0, 150, False),
    ("South China Sea", (), "sea", 12.0, 113.0, 1200, False),
    ("East China Sea", (), "sea", 29.0, 125.0, 500, False),
    ("Sea of Japan", (), "sea", 40.0, 135.0, 800, False),
    ("Taiwan Strait", (), "strait", 24.0, 119.5, 150, False),
    ("Indian Ocean", (), "ocean", -20.0, 80.0, 5000, False),
    ("Pacific Ocean", ("Pacific",), "ocean", 0.0, -160.0, 8000, True),
    ("Atlantic Ocean", ("Atlantic",), "ocean", 0.0, -30.0, 7000, True),
    ("Arctic Ocean", ("Arctic",), "ocean", 85.0, 0.0, 2000, True),
    # widely used names of contested regions that are no administrative unit of their own
    ("Nagorno-Karabakh", ("Nagorno Karabakh", "Karabakh", "Artsakh", "Mountainous Karabakh"), "region",
     39.82, 46.76, 60, False),
    ("Lachin corridor", ("Lachin Corridor",), "region", 39.6, 46.5, 30, False),
    ("Donbas", ("Donbass", "Donbas region"), "region", 48.0, 38.5, 200, False),
    ("Kurdistan Region", ("Iraqi Kurdistan", "Kurdistan Region of Iraq"), "region", 36.4, 44.4, 200, False),
    # rivers: the bare name is most often a city ("Dnipro"), so it needs "the" or a river word
    ("Euphrates", ("Euphrates River",), "river", 35.0, 40.5, 600, False),
    ("Tigris", ("Tigris River",), "river", 35.0, 43.4, 600, False),
    ("Dnipro", ("Dnieper", "Dnipro River", "Dnieper River"), "river", 49.0, 33.0, 500, True),
    ("Danube", ("Danube River",), "river", 45.5, 22.0, 1000, True),
    ("Nile", ("Nile River", "River Nile"), "river", 23.0, 32.0, 1500, True),
    ("Jordan River", ("River Jordan",), "river", 32.3, 35.57, 100, False),
    ("Khabur", ("Khabur River", "Khabour"), "river", 36.0, 40.7, 150, True),
    ("Volga", ("Volga River",), "river", 53.0, 47.0, 1200, True),
]
AREA_BY_PLAIN: dict[str, tuple] = {}
for _row in AREAS:
    for _n in (_row[0], *_row[1]):
        AREA_BY_PLAIN[plain(_n)] = (_n, *_row)
        if not _n.lower().startswith("the "):
            AREA_BY_PLAIN[plain("the " + _n)] = (_n, *_row)


@lru_cache(maxsize=None)
def area_country(name: str, kind: str, lat: float, lon: float, unc: float) -> str | None:
    """The country a small built-in region lies in (Donbas → UA); None for continents, seas,
    rivers and regions spanning several countries (their radius is too large to say)."""
    if kind != "region" or unc > 300:
        return None
    known = _region_countries()
    if known is not None and f"{lat},{lon}" in known:
        return known[f"{lat},{lon}"]
    return _country_at(lat, lon)


def _country_at(lat: float, lon: float) -> str | None:
    from .errors import NO_BORDERS, NO_GAZETTEER
    try:
        from .gazetteer import country_at
        return country_at(lat, lon)
    except NO_GAZETTEER + NO_BORDERS:  # no index or no polygons: unknown rather than a guess
        return None


@lru_cache(maxsize=1)
def _region_countries() -> dict[str, str | None] | None:
    """{"lat,lon": ISO2} for every small built-in region, worked out once from the Natural Earth
    polygons and kept in a small file beside the gazetteer index: loading the polygons costs
    ~0.6 s and ~120 MB, too much for a request that only needs Donbas's country. The file is
    keyed by this table and the polygons' file, so editing either recomputes it. None when
    nothing can be stored or computed (the caller then asks the polygons directly)."""
    import hashlib
    import json
    import os
    try:
        from .gazetteer import default_index_path
        from .gazetteer_build import _ne_zip
        borders = _ne_zip()
        if borders is None:
            return None
        regions = sorted({(lat, lon) for _n, _a, kind, lat, lon, unc, _t in AREAS if kind == "region" and unc <= 300})
        stat = borders.stat()
        version = hashlib.sha1(repr((regions, str(borders), stat.st_size, stat.st_mtime_ns)).encode()).hexdigest()[:16]
        path = default_index_path().parent / f"region-countries-{version}.json"
        if path.exists():
            return json.loads(path.read_text(encoding="utf-8"))
        known = {f"{lat},{lon}": _country_at(lat, lon) for lat, lon in regions}
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        tmp.write_text(json.dumps(known), encoding="utf-8")
        os.replace(tmp, path)  # atomic: a parallel reader sees the whole file or none
        return known
    except (OSError, ValueError):
        return None


def area_place(surface: str, *, river: bool = False) -> dict | None:
    """A built-in area for ``surface``; ``river``: a river word follows the name."""
    hit = AREA_BY_PLAIN.get(plain(surface))
    if not hit or (river and hit[3] != "river"):
        return None
    matched, name, _aliases, kind, lat, lon, unc, _the = hit
    country = area_country(name, kind, lat, lon, unc)
    return make_place(name=name, lat=lat, lon=lon, country=country, admin1=None, kind=kind, precision="region",
                      uncertainty_km=float(unc), gazetteer_id="geomove-area:" + name.lower().replace(" ", "-"),
                      source="geomove built-in areas", importance=1.0, score=0.9, matched_name=matched,
                      name_similarity=1.0, why=f"name {matched!r} (built-in list of world areas)",
                      needs_the=hit[-1] and " " not in surface.strip() and not river)
