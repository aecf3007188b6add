"""Continents, seas, rivers, islands, mountains, lakes and macro-regions that reports name and a
gazetteer built from settlement and admin tables lacks, as PLACE dicts with a cited point and a
radius (the table is the data file gazetteer/areas.csv)."""

from __future__ import annotations

import csv
import os
import sys
from functools import lru_cache
from pathlib import Path

from .model import make_place
from .names import plain

# Continents, seas, rivers, islands, mountains, lakes and macro-regions that military reports
# name and the gazetteer (built from settlement and admin tables) lacks, read from the data file
# gazetteer/areas.csv, where every row keeps its source and licence (gazetteer/SOURCES.md).
# The uncertainty is the area's rough radius. Used only when the gazetteer has no such row.
AREAS_FILE = "areas.csv"


def _areas_path() -> Path:
    """areas.csv shipped in geomove.gazetteer_data, or the source tree's gazetteer/ folder when
    geomove is imported from a clone (the same rule as the builder's curated files)."""
    try:
        from .io.installed import package_folder
        path = package_folder("geomove.gazetteer_data") / AREAS_FILE
        if path.is_file():
            return Path(str(path))
    except ModuleNotFoundError:
        pass
    return Path(__file__).resolve().parent.parent / "gazetteer" / AREAS_FILE


def _number(text: str) -> float | int:
    value = float(text)
    return int(value) if value.is_integer() and "." not in text else value


def load_areas(path: Path | None = None) -> list[tuple]:
    """The rows of areas.csv as (name, aliases, kind, lat, lon, uncertainty_km, needs_the):
    ``needs_the``: a bare one-word name is the area only after "the" ("the Atlantic")."""
    rows = []
    path = path or _areas_path()
    with open(path, encoding="utf-8", newline="") as f:
        for line, row in enumerate(csv.DictReader(f), start=2):
            try:
                aliases = tuple(a.strip() for a in row["aliases"].split("|") if a.strip())
                rows.append((row["name"], aliases, row["kind"], float(row["lat"]), float(row["lon"]),
                             _number(row["uncertainty_km"]), row["needs_the"].strip().lower() == "yes"))
            except (KeyError, ValueError, AttributeError) as err:
                raise ValueError(f"{path}: line {line}: not an area row ({err})") from err
    return rows


# A river's name that opens with its own language's word for a river or water ("Rio Rovuma",
# "Webi Jubba", "Fleuve Congo", "Mae Nam Khong") takes no English head word as well.
_WATER_WORDS_OF_OTHER_TONGUES = frozenset(("rio", "río", "webi", "wabi", "fleuve", "mae", "nahr", "lac", "lago"))


def _water_word_orders(name: str, kind: str) -> tuple[str, ...]:
    """The other orders reports write a lake's or a river's name in, with its head word kept:
    "Lake Tana" -> "Tana Lake", "Ohrid Lake" -> "Lake Ohrid"; a river "Danube" or "Danube River"
    -> "Danube River", "River Danube" (and "River Drina" -> "Drina River"). Never the bare name
    without its head word: "Victoria", "Tana", "Benue" keep their own places (a town, a state)."""
    words = name.split()
    if len(words) < 2 and kind != "river" or not all(w[:1].isupper() for w in words):
        return ()  # (a lower-case word: "Lake Turkana region", "Shatt al-Arab", "Lake of Gennesaret")
    head, last = words[0].lower(), words[-1].lower()
    if head == "lake" and len(words) > 1:
        return (f"{' '.join(words[1:])} Lake",)
    if last == "lake" and len(words) > 1:
        return (f"Lake {' '.join(words[:-1])}",)
    if kind != "river":
        return ()
    if head == "river" and len(words) > 1:
        core = words[1:]
    elif last == "river" and len(words) > 1:
        core = words[:-1]
    else:
        core = words
    if core[0].lower() in _WATER_WORDS_OF_OTHER_TONGUES:
        return ()
    return (f"{' '.join(core)} River", f"River {' '.join(core)}")


def _areas_by_plain(areas: list[tuple]) -> dict[str, tuple]:
    """plain form of each name and alias, and of it after "the" -> (that spelling, *its row);
    then the other word orders of each lake's and river's names (:func:`_water_word_orders`),
    where no row spells them already (a spelling a row lists always wins)."""
    by_plain: dict[str, tuple] = {}
    for row in areas:
        for n in (row[0], *row[1]):
            by_plain[plain(n)] = (n, *row)
            if not n.lower().startswith("the "):
                by_plain[plain("the " + n)] = (n, *row)
    for row in areas:
        for n in (row[0], *row[1]):
            for other in _water_word_orders(n, row[2]):
                by_plain.setdefault(plain(other), (other, *row))
                by_plain.setdefault(plain("the " + other), (other, *row))
    return by_plain


_TABLE_MEMO_FORMAT = 1


def _table_memo(path: Path) -> Path | None:
    """The file that keeps the areas table and its plain forms between processes, in the user's
    cache: its name holds the path, size, time and inode of areas.csv, of this module, of
    names.py (plain) and of the installed unidecode (plain transliterates with it), and the
    interpreter's version (NFKD), so a change of any makes another name (None: no cache folder
    or no such file)."""
    try:
        import unidecode
    except ImportError:
        return None
    from .io.cache_files import keyed_cache_path
    return keyed_cache_path("areas-table", (path, Path(__file__), Path(__file__).with_name("names.py"),
                                            Path(unidecode.__file__)), sys.version, _TABLE_MEMO_FORMAT)


def _areas_table() -> tuple[list[tuple], dict[str, tuple]]:
    """(AREAS, AREA_BY_PLAIN), kept between processes (:func:`_table_memo`): reading the CSV and
    working out the plain form of its ~2,000 spellings cost ~55 M instructions, ~1.3% of a
    ``places`` run of 95 reports; a memo damaged (its CRC-32) or of another shape is made again."""
    from .io.cache_files import keep_checked, read_checked
    path = _areas_path()
    memo = _table_memo(path)
    kept = read_checked(memo)
    if type(kept) is tuple and len(kept) == 2 and type(kept[0]) is list and type(kept[1]) is dict:
        return kept
    areas = load_areas(path)
    by_plain = _areas_by_plain(areas)
    keep_checked(memo, (areas, by_plain))
    return areas, by_plain


AREAS, AREA_BY_PLAIN = _areas_table()


def _one_country_regions_computed() -> frozenset[str]:
    """:func:`_one_country_regions`, read from gazetteer/area_sources (an import of the whole
    package: its rules, their sources and importlib.metadata)."""
    from .gazetteer.area_sources import units
    return frozenset({*units.UNION_OF_STATES, *units.STATE_ROW, *units.SEAT_ROW, *units.FORMER_UNITS,
                      *units.FORMER_BY_SEAT, *units.FORMER_BY_POINT, *units.FORMER_AT_SEAT})


_REGIONS_MEMO_FORMAT = 1


def _one_country_regions_memo() -> Path | None:
    """The file that keeps :func:`_one_country_regions` between processes, in the user's cache:
    its name holds the path, size, time and inode of area_sources/units.py, which lists those
    regions, so editing that file makes another name (None: no cache folder or no such file)."""
    from .io.cache_files import keyed_cache_path
    units = Path(__file__).resolve().parent / "gazetteer" / "area_sources" / "units.py"
    return keyed_cache_path("one-country-regions", (units,), _REGIONS_MEMO_FORMAT, suffix=".json")


@lru_cache(maxsize=1)
def _one_country_regions() -> frozenset[str]:
    """The regions gazetteer/area_sources computes from one country's first-level units (Darfur,
    Katanga, Orissa, the Transvaal ...): they lie in that country however wide they are. Kept
    between processes (:func:`_one_country_regions_memo`): a batch that meets one region need
    not import the package that computes the areas table; a damaged memo is computed again."""
    import json
    memo = _one_country_regions_memo()
    if memo is not None:
        try:
            names = json.loads(memo.read_text(encoding="utf-8"))
            if isinstance(names, list) and all(isinstance(n, str) for n in names):
                return frozenset(names)
        except (OSError, ValueError):
            pass
    names = _one_country_regions_computed()
    if memo is not None:
        from .io.cache_files import keep_bytes
        keep_bytes(memo, json.dumps(sorted(names)).encode("utf-8"))
    return names


# Wide regions of gazetteer/areas.csv that lie wholly in one country though their radius reaches
# others' land (an island, a peninsula, a basin, a member state of a federation): each has the
# country at its point, as a small region has ("floods in Sumatra" put no point in Malaysia's
# reach, the text names Indonesia; the article each row cites places it in that one country). Not
# Borneo or New Guinea (three and two countries), nor the Sahel, the Caucasus or the Urals.
_WIDE_REGIONS_OF_ONE_COUNTRY = frozenset((
    "Sumatra", "Baffin Island", "Yamal Peninsula", "Tarim Basin", "Anatolia", "Cyrenaica",
    "Puntland", "Autonomous Administration of North and East Syria",
))


def _one_country(name: str, kind: str, unc: float) -> bool:
    return kind == "region" and (unc <= 300 or name in _WIDE_REGIONS_OF_ONE_COUNTRY
                                 or name in _one_country_regions())


@lru_cache(maxsize=None)
def area_country(name: str, kind: str, lat: float, lon: float, unc: float) -> str | None:
    """The country a built-in region of one country lies in (Donbas → UA, the Transvaal → ZA);
    None for continents, seas, rivers and regions spanning several countries (their radius is
    too large to say), and for a lake shared by the countries on its shore (_region_country)."""
    if not _one_country(name, kind, unc):
        return None
    known = _region_countries()
    if known is not None and f"{lat},{lon}" in known:
        return known[f"{lat},{lon}"]
    return _region_country(name, lat, lon, unc)


# A lake or an inland sea is the water of every country on its shore: a built-in one whose radius
# reaches the land of several countries has no one country, as a river has none (Lake Chad lay
# in Nigeria by its point, and is Cameroon's, Niger's and Chad's too; Lake Kivu lay in Rwanda,
# and Goma and Bukavu are on it). Land (a valley, a range) keeps the country at its point: its
# radius is rough, and the Bekaa Valley is Lebanon's though 60 km reach Syria.
_WATER_HEADS = frozenset(("lake", "lac", "sea", "lagoon"))
# ... the shore asked in eight directions at this share of the radius
_SHORE_BEARINGS = tuple(range(0, 360, 45))
_SHORE_SHARE = 0.5
# (the rule's version, in the name of the file _region_countries keeps)
_REGION_COUNTRIES_RULE = 4  # (3: land whose point is at sea takes the one country near it;
# 4: a point in a territory drawn inside its sovereign's outline takes the territory's code)


def _is_water(name: str) -> bool:
    """Is the built-in area called ``name`` a lake or an inland sea (a water head word in its
    name or one of its other names: "Pangong Tso", also "Pangong Lake")?"""
    hit = AREA_BY_PLAIN.get(plain(name))
    names = (name, *(hit[2] if hit else ()))
    return any(w in _WATER_HEADS for n in names for w in n.lower().split())


def _region_country(name: str, lat: float, lon: float, unc: float) -> str | None:
    """The country at a small region's point, or None for a water shared by several countries
    (_WATER_HEADS: the countries at _SHORE_SHARE of its radius around the point). An island
    group's cited point can fall in the sound between its islands (Vesterålen's, in the water
    off Hadseløya): land with no country at its point takes the one country whose land lies
    within _ISLES_REACH_KM of it, and stays without one when that is none or several."""
    cc = _country_at(lat, lon)
    if not _is_water(name):
        if cc is None and unc <= _ISLES_MAX_RADIUS_KM:
            cc = _one_country_near(lat, lon, min(unc, _ISLES_REACH_KM))
        return _territory_drawn_inside(cc, lat, lon)
    from .relative import offset_point
    shore = {_country_at(*offset_point(lat, lon, b, unc * _SHORE_SHARE)) for b in _SHORE_BEARINGS}
    shore.discard(None)
    if cc:
        shore.add(cc)
    return None if len(shore) > 1 else cc


# how far from a territory's country point a region's point may lie to be the territory's rather
# than its sovereign's (French Guiana's region point is ~150 km from the index's GF point; no
# French region of Europe lies within 4,000 km of GF's or RE's)
_TERRITORY_REACH_KM = 500.0


@lru_cache(maxsize=1)
def _territories_inside() -> dict[str, tuple[str, float, float]]:
    """{territory ISO2: (sovereign ISO2, lat, lon)} for the index's territories that Natural
    Earth draws as a part of their sovereign's outline (French Guiana and Réunion inside
    France's), whose country row says so (its point is its capital's: "no Natural Earth 10 m
    shape of its own", gazetteer_build): the outline alone answers the sovereign there. One
    query of the country rows, no polygons; {} without an index."""
    from .errors import NO_GAZETTEER
    try:
        from .gazetteer import Gazetteer, default_index_path
        if not default_index_path().exists():
            return {}
        gaz = Gazetteer.default()
        held = gaz.sovereigns()
        if not held:
            return {}
        return {cc: (held[cc], lat, lon) for cc, lat, lon, raw in gaz.db.execute(
            "SELECT country, lat, lon, raw FROM places WHERE kind = 'country'")
            if cc in held and lat is not None and raw and _NO_SHAPE_OF_ITS_OWN in raw}
    except NO_GAZETTEER:
        return {}


# (the words gazetteer_build writes in a country row's raw "point" when it has no shape)
_NO_SHAPE_OF_ITS_OWN = "no Natural Earth 10 m shape of its own"


def _territory_drawn_inside(cc: str | None, lat: float, lon: float) -> str | None:
    """The code of the territory a land point lies in when the outlines gave its sovereign's
    (the region French Guiana is GF, not FR: the polygon of France reaches South America), i.e.
    the nearest such territory of ``cc`` within _TERRITORY_REACH_KM; else ``cc`` itself."""
    if cc is None:
        return None
    from .distance import haversine_km
    near = [(haversine_km(lat, lon, tlat, tlon), t) for t, (sov, tlat, tlon) in _territories_inside().items()
            if sov == cc]
    near = [x for x in near if x[0] <= _TERRITORY_REACH_KM]
    return min(near)[1] if near else cc


# how far from a land region's point, when that point lies at sea, the land of its one country is
# looked for (a sound between islands is a few km wide; 15 km never reaches a second country's
# coast from the Norwegian or the Aegean islands' points)
_ISLES_REACH_KM = 15.0
# ... only for a region this small: wider island groups at sea (the Senkakus, the Paracels) are
# claimed by several states, and the one whose land is nearest their point is no answer
_ISLES_MAX_RADIUS_KM = 100.0


def _one_country_near(lat: float, lon: float, km: float) -> str | None:
    from .errors import NO_BORDERS, NO_GAZETTEER
    try:
        from .gazetteer import countries_within
        near = countries_within(lat, lon, km)
    except NO_GAZETTEER + NO_BORDERS:
        return None
    return next(iter(near)) if len(near) == 1 else None


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
    try:
        from .gazetteer import default_index_path
        from .io.cache_files import keep_bytes
        from .gazetteer_build import _ne_zip
        borders = _ne_zip()
        if borders is None:
            return None
        regions = sorted({(lat, lon, n, unc) for n, _a, kind, lat, lon, unc, _t in AREAS if _one_country(n, kind, unc)})
        stat = borders.stat()
        # (the territories drawn inside a sovereign's outline are part of the key: a table
        # worked out without the index must not be kept for the runs that have one)
        version = hashlib.sha1(repr((regions, str(borders), stat.st_size, stat.st_mtime_ns,
                                     _REGION_COUNTRIES_RULE, sorted(_territories_inside().items())
                                     )).encode()).hexdigest()[:16]
        path = default_index_path().parent / f"region-countries-{version}.json"
        if path.exists():
            return json.loads(path.read_text(encoding="utf-8"))
        known = {f"{lat},{lon}": _region_country(n, lat, lon, unc) for lat, lon, n, unc in regions}
        return known if keep_bytes(path, json.dumps(known).encode("utf-8")) else None
    except (OSError, ValueError):
        return None


def area_place(surface: str, *, river: bool = False) -> dict | None:
    """A built-in area for ``surface``; ``river``: a river word follows the name."""
    hit = AREA_BY_PLAIN.get(plain(surface))
    if not hit or (river and hit[3] != "river"):
        return None
    matched, name, _aliases, kind, lat, lon, unc, _the = hit
    country = area_country(name, kind, lat, lon, unc)
    # (kind and country as the shared interned strings the gazetteer's places carry: tests of
    # them by the later passes succeed on identity; see gazetteer._SharedStrings)
    return make_place(name=name, lat=lat, lon=lon, country=country and sys.intern(country), admin1=None,
                      kind=sys.intern(kind), precision="region",
                      uncertainty_km=float(unc), gazetteer_id="geomove-area:" + name.lower().replace(" ", "-"),
                      source="geomove built-in areas", importance=1.0, score=0.9, matched_name=matched,
                      name_similarity=1.0, why=f"name {matched!r} (built-in list of world areas)",
                      needs_the=hit[-1] and " " not in surface.strip() and not river)
