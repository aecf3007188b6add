"""The movement log: an embedded SQLite file an analyst builds up over months.

Each movement is stored whole (its Feature JSON) plus the columns queries need: times as
days since 1970 in an R*Tree, the bounding box of its route in another, actor and status.
Every ``add`` is one transaction (WAL journal, retried when another process holds the
write lock), so a killed process leaves only whole movements and two writers both succeed.

Idempotency works at two levels: a report whose text was seen before adds nothing, and a
movement whose id is known is "unchanged". The same movement from another outlet (same
actor, origin, destination and status, overlapping dates) is merged into the first one,
which keeps every outlet in its ``sources`` list.
"""

from __future__ import annotations

import hashlib
import json
import operator
import os
import random
import re
import sqlite3
import struct
import time
import unicodedata
import weakref
from array import array
from collections.abc import Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterable, Iterator

from .errors import InputError, LogError
from .importer import parse_when, read_movements, row_to_feature, validate_feature
from .model import MOVEMENT_FIELDS, STATUSES, make_movement, route_geometry, route_points

SCHEMA_VERSION = 4
APPLICATION_ID = 0x67656F6D  # "geom": marks the file as a geomove log for `file`/other tools
_BUSY_RETRIES = 8


@dataclass(frozen=True)
class AddResult:
    added: int = 0
    merged: int = 0
    unchanged: int = 0

    def __add__(self, other: "AddResult") -> "AddResult":
        return AddResult(self.added + other.added, self.merged + other.merged,
                         self.unchanged + other.unchanged)


def default_log_path() -> Path:
    """GEOMOVE_LOG if set, else movements.sqlite in the user's data directory."""
    env = os.environ.get("GEOMOVE_LOG")
    if env:
        return Path(env).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir("geomove")) / "movements.sqlite"


# ---------------------------------------------------------------- schema

def _migration_1(db: sqlite3.Connection) -> None:
    db.execute("""
        CREATE TABLE movements (
            rowid INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            actor TEXT,
            actor_key TEXT,
            status TEXT NOT NULL,
            start_at TEXT,
            end_at TEXT,
            t0 REAL, t1 REAL,                       -- days since 1970 (UTC), end exclusive
            minx REAL, miny REAL, maxx REAL, maxy REAL,
            merge_key TEXT,
            search TEXT NOT NULL DEFAULT '',
            feature TEXT NOT NULL CHECK (json_valid(feature)),
            added_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )""")
    db.execute("CREATE INDEX movements_merge ON movements(merge_key) WHERE merge_key IS NOT NULL")
    db.execute("CREATE INDEX movements_actor ON movements(actor_key)")
    db.execute("CREATE INDEX movements_t0 ON movements(t0)")
    # Every id a movement was added under (its own and those of merged copies): re-adding
    # any of them is recognised as already known.
    db.execute("""CREATE TABLE movement_ids (
        id TEXT PRIMARY KEY,
        movement INTEGER NOT NULL REFERENCES movements(rowid) ON DELETE CASCADE) WITHOUT ROWID""")
    db.execute("CREATE INDEX movement_ids_movement ON movement_ids(movement)")
    db.execute("""CREATE TABLE sources (
        movement INTEGER NOT NULL REFERENCES movements(rowid) ON DELETE CASCADE,
        source TEXT NOT NULL DEFAULT '',
        url TEXT NOT NULL DEFAULT '',
        published TEXT,
        PRIMARY KEY (movement, source, url)) WITHOUT ROWID""")
    db.execute("""CREATE TABLE reports (
        hash TEXT PRIMARY KEY, source TEXT, movements INTEGER NOT NULL, added_at TEXT NOT NULL
        ) WITHOUT ROWID""")
    try:
        db.execute("CREATE VIRTUAL TABLE movement_space USING rtree(id, minx, maxx, miny, maxy)")
        db.execute("CREATE VIRTUAL TABLE movement_time USING rtree(id, t0, t1)")
    except sqlite3.OperationalError:
        # SQLite built without R*Tree: plain tables with the same columns answer the same SQL.
        db.execute("CREATE TABLE movement_space (id INTEGER PRIMARY KEY, minx, maxx, miny, maxy)")
        db.execute("CREATE INDEX movement_space_x ON movement_space(minx, maxx)")
        db.execute("CREATE TABLE movement_time (id INTEGER PRIMARY KEY, t0, t1)")
        db.execute("CREATE INDEX movement_time_t0 ON movement_time(t0, t1)")


def _migration_2(db: sqlite3.Connection) -> None:
    """Space and time in one R*Tree: "this area in March" is one index walk, not two sets."""
    try:
        db.execute("CREATE VIRTUAL TABLE movement_extent USING rtree(id, minx, maxx, miny, maxy, t0, t1)")
    except sqlite3.OperationalError:
        db.execute("CREATE TABLE movement_extent (id INTEGER PRIMARY KEY, minx, maxx, miny, maxy, t0, t1)")
        db.execute("CREATE INDEX movement_extent_t0 ON movement_extent(t0, t1)")
    db.execute("INSERT INTO movement_extent SELECT rowid, minx, maxx, miny, maxy, t0, t1 FROM movements "
               "WHERE minx IS NOT NULL AND t0 IS NOT NULL")


# An undated movement's time in movement_index: after every date, so it sorts last.
UNDATED = 1e38
# Times in movement_index are days / 1024 (about 2.8 years a unit, near a degree's share of
# the tree's attention): in days the tree splits on time first, and a bbox-only query on
# 1M movements took 44-50 ms in the tree instead of 12-13. A power of two keeps every value
# exactly as representable in a 32-bit float as it was.
TIME_SCALE = 2.0 ** -10
STATUS_CODES = {status: code for code, status in enumerate(STATUSES)}
_UNKNOWN_STATUS = len(STATUSES)  # validation keeps these out; kept searchable all the same


def _migration_3(db: sqlite3.Connection) -> None:
    """One R*Tree answers every bbox query alone: space, time (undated last) and status.

    A bbox query used to read each candidate's wide row (Feature JSON and search text, one
    page each) for the exact box, status and date; 20,000 matches cost 50+ ms in page reads.
    Now the tree's own cells carry all three and only rows near the query's edges, where the
    tree's 32-bit floats may round across, are checked against the movements table.

    The status dimension spans (code, code + 1), or (code, code + 0.75) when the start does
    not fit a 32-bit float exactly (a time of day): those few rows get their exact start from
    the movements table for sorting. Never zero wide: a flat dimension makes every cell's
    volume zero and the tree's choice of subtree blind (every node then spans the world).
    """
    _create_movement_index(db)
    rows = db.execute("SELECT rowid, minx, maxx, miny, maxy, t0, t1, status FROM movements "
                      "WHERE minx IS NOT NULL")
    while batch := rows.fetchmany(10_000):
        db.executemany("INSERT INTO movement_index VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                       [_index_row(r[0], r[1:5], r[5], r[6], r[7]) for r in batch])
    # Superseded: movement_index answers what both did.
    db.execute("DROP TABLE movement_space")
    db.execute("DROP TABLE movement_extent")


def _index_row(rowid: int, box: tuple, lo: float | None, hi: float | None, status: str) -> tuple:
    """The movement_index cell of a movement with a bbox (minx, maxx, miny, maxy)."""
    code = STATUS_CODES.get(status, _UNKNOWN_STATUS)
    if lo is None:
        lo = hi = UNDATED
        width = 1.0  # sorts last whatever the tree rounds it to
    else:
        lo, hi = lo * TIME_SCALE, hi * TIME_SCALE
        width = 1.0 if _float32(lo) == lo else 0.75
    return (rowid, *box, lo, hi, code, code + width)


def _float32(value: float) -> float:
    return struct.unpack("f", struct.pack("f", value))[0]


def _create_movement_index(db: sqlite3.Connection) -> None:
    try:
        db.execute("CREATE VIRTUAL TABLE movement_index USING rtree("
                   "id, minx, maxx, miny, maxy, t0, t1, status, status_end)")
    except sqlite3.OperationalError:
        db.execute("CREATE TABLE movement_index (id INTEGER PRIMARY KEY, minx, maxx, miny, maxy, "
                   "t0, t1, status, status_end)")
        db.execute("CREATE INDEX movement_index_x ON movement_index(minx, maxx)")


# A date-only query reads movements_window, a covering index of (span class, start, end,
# status): the rowid list, its order and the exact tests come from the index alone, never
# from the wide rows (Feature JSON, one page each; 2,300 of them cost ~30 ms). Class k holds
# spans of at most SPAN_LIMITS[k] days, so the movements of class k overlapping a window
# start at most that long before it: one bounded range per class, however long the
# longest movement. The last class (longer than ~11 years) has no lower bound.
SPAN_LIMITS = tuple(2.0 ** k for k in range(13))
SPAN_CLASS = ("CASE " + " ".join(f"WHEN t1 - t0 <= {limit!r} THEN {k}" for k, limit in enumerate(SPAN_LIMITS))
              + f" ELSE {len(SPAN_LIMITS)} END")


def _migration_4(db: sqlite3.Connection) -> None:
    """Date-only queries from a narrow covering index (see SPAN_CLASS).

    Not done: repacking movement_index in Hilbert order of the cells' centres. Tried on 1M
    movements: nodes held 32 cells instead of 36 (of 51) and a one-town query took the same
    time (the tree walk is ~6 ms either way; reading out 16,000 cells and sorting them is the rest).
    """
    db.execute(f"CREATE INDEX movements_window ON movements({SPAN_CLASS}, t0, t1, status) "
               "WHERE t0 IS NOT NULL")


MIGRATIONS = [_migration_1, _migration_2, _migration_3, _migration_4]  # MIGRATIONS[n]: schema version n to n + 1
assert len(MIGRATIONS) == SCHEMA_VERSION


# ---------------------------------------------------------------- keys and columns

def actor_key(actor: str | None) -> str | None:
    """'U.S. Forces' and 'US forces' alike: casefolded, accents, dots and 'the' dropped."""
    if not actor:
        return None
    return _actor_key(actor)


@lru_cache(maxsize=4096)  # a log has few distinct actors and places; bulk loads repeat them
def _actor_key(actor: str) -> str | None:
    text = unicodedata.normalize("NFKD", actor)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = re.sub(r"[.'’]", "", text)
    text = re.sub(r"[\W_]+", " ", text).strip()
    text = re.sub(r"^the ", "", text)
    return text or None


def place_key(place: dict | None) -> str:
    if not place:
        return ""
    if place.get("gazetteer_id"):
        return str(place["gazetteer_id"])
    if place.get("lat") is not None and place.get("lon") is not None:
        return f"{float(place['lat']):.2f},{float(place['lon']):.2f}"  # ~1 km
    return actor_key(place.get("name") or place.get("surface")) or ""


def merge_key(props: dict) -> str | None:
    """Same actor, origin, destination and status; None when too little is known to merge."""
    actor = actor_key(props.get("actor"))
    origin, destination = place_key(props.get("origin")), place_key(props.get("destination"))
    if not actor or not (origin or destination):
        return None
    return "\x1f".join((actor, origin, destination, props.get("status") or "reported"))


def time_span(props: dict) -> tuple[float | None, float | None]:
    """(first day, end) in days since 1970; from start/end, else the published date."""
    start, end = props.get("start"), props.get("end")
    if start is None and end is None:
        start = props.get("published")
    if start is None and end is None:
        return None, None
    lo = _parse_when(start if start is not None else end)[1]
    hi = _parse_when(end if end is not None else start)[2]
    return lo, hi


def _parse_when(value: str) -> tuple[str, float, float]:
    return parse_when(value)


def route_bbox(feature: dict) -> tuple[float, float, float, float] | None:
    points = [(c[0], c[1]) for c in (feature.get("geometry") or {}).get("coordinates") or []]
    if not points:
        props = feature["properties"]
        points = [(p["lon"], p["lat"]) for p in route_points(props)
                  if p.get("lat") is not None and p.get("lon") is not None]
    if not points:
        return None
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    return min(xs), min(ys), max(xs), max(ys)


def search_text(props: dict) -> str:
    parts = [props.get(k) for k in ("actor", "what", "quote", "date_text", "mode", "source", "url")]
    for place in route_points(props):
        parts += [place.get("name"), place.get("surface")]
    parts += [s.get("source") for s in props.get("sources") or []]
    return "\n".join(p for p in parts if isinstance(p, str)).casefold()


def report_hash(text: str) -> str:
    """The same report with different line wrapping or spacing hashes the same."""
    norm = " ".join(unicodedata.normalize("NFC", text).split())
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()


def _source_entry(props: dict) -> dict | None:
    entry = {k: props.get(k) for k in ("source", "url", "published")}
    return entry if entry["source"] or entry["url"] else None


def _add_sources(props: dict, entries: Iterable[dict]) -> bool:
    """Append entries not already listed (by source and url); True if anything was new."""
    listed = props.setdefault("sources", [])
    known = {(s.get("source") or "", s.get("url") or "") for s in listed}
    changed = False
    for entry in entries:
        key = (entry.get("source") or "", entry.get("url") or "")
        if key not in known:
            listed.append({"source": entry.get("source"), "url": entry.get("url"),
                           "published": entry.get("published")})
            known.add(key)
            changed = True
    return changed


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z")


def _dumps(feature: dict) -> str:
    return json.dumps(feature, ensure_ascii=False, separators=(",", ":"))


# ---------------------------------------------------------------- query results

class _Rowids:
    """A query's rowids in query order: all known at once (the SQL path), or fetched a page
    at a time by a subclass (the indexed paths), so a big result's count and first page
    are ready without reading every match."""

    def __init__(self, known: array):
        self.known = known
        self._total: int | None = len(known)
        self.done = True

    def __len__(self) -> int:
        return self._total

    def fill(self, n: int) -> None:
        """Know at least the first ``n`` rowids (all of them if there are fewer)."""

    def at(self, positions: range) -> list[int]:
        if not positions:
            return []
        self.fill(max(positions[0], positions[-1]) + 1)
        known = self.known
        return [known[p] for p in positions]

    def __getitem__(self, position: int) -> int:
        if position >= len(self.known):
            self.fill(position + 1)
        return self.known[position]

    def release(self) -> None:
        """Fetch nothing more (the log changed or closed)."""


class _Paged(_Rowids):
    """Rowids fetched in pages ordered by (start, rowid), each page after the last one's key
    (keyset paging: exact whatever the ties); pages grow so a full read takes few statements."""

    first_page = 500

    def __init__(self, log: "MovementLog"):
        super().__init__(array("q"))
        self._total = None
        self.done = False
        self.log: MovementLog | None = log
        self.after: tuple[float, int] | None = None  # (start, rowid) of the last row fetched
        self.path = log.path
        self.broken = False  # the log changed between pages

    def __len__(self) -> int:
        if self._total is None:
            self._total = self.count()
        return self._total

    def count(self) -> int:
        raise NotImplementedError

    def _fetch(self, n: int) -> None:
        """Append the next ``n`` rowids (fewer at the end: then set ``done``), move ``after``."""
        raise NotImplementedError

    def fill(self, n: int) -> None:
        while len(self.known) < n and not self.done and not self.broken:
            if self.log is None:
                raise LogError("the movement log was closed before this result was read")
            before = len(self.known)
            try:
                self._fetch(max(n - before, self.first_page, 3 * before))
            except sqlite3.ProgrammingError as err:  # the connection was closed under us
                raise LogError(f"cannot read the movement log: {err}", source=self.path) from err
            if self._total is not None and (len(self.known) > self._total
                                            or (self.done and len(self.known) != self._total)):
                del self.known[before:]  # this page is not the log as queried
                self.broken = True
            if self.done and self._total is None:
                self._total = len(self.known)
        if self.broken and len(self.known) < n:
            raise LogError("another process changed the movement log while this result was being read; "
                           "run the query again", source=self.path)

    def release(self) -> None:
        self.log = None

    def _keyset(self, start: str, rowid: str) -> tuple[str, list]:
        """SQL (and args) keeping the rows after ``self.after`` in (start, rowid) order."""
        if self.after is None:
            return "", []
        key, last = self.after
        return f" AND {start} >= ? AND ({start} > ? OR {rowid} > ?)", [key, key, last]


class _WindowRowids(_Paged):
    """A date-only query from movements_window alone (see SPAN_CLASS)."""

    def __init__(self, log: "MovementLog", lo: float, hi: float, status: str | None):
        super().__init__(log)
        self.parts, self.args = [], []
        for k in range(len(SPAN_LIMITS) + 1):
            part = (f"SELECT rowid, t0 FROM movements INDEXED BY movements_window WHERE {SPAN_CLASS} = {k} "
                    "AND t0 IS NOT NULL AND t0 < ? AND t1 > ?")  # half-open spans overlap
            args = [hi, lo]
            if k < len(SPAN_LIMITS):  # a day's slack: t1 - t0 was rounded when classed
                part += " AND t0 >= ?"
                args.append(lo - SPAN_LIMITS[k] - 1.0)
            if status is not None:
                part += " AND status = ?"
                args.append(status)
            self.parts.append(part)
            self.args.append(args)

    def __len__(self) -> int:
        if self._total is None and not self.known:
            self.fill(self.first_page)  # a small result is complete in one statement, uncounted
        return super().__len__()

    def count(self) -> int:
        sql = "SELECT count(*) FROM (" + " UNION ALL ".join(self.parts) + ")"
        return self.log.db.execute(sql, [a for args in self.args for a in args]).fetchone()[0]

    def _fetch(self, n: int) -> None:
        keyset, keyset_args = self._keyset("t0", "rowid")
        sql = " UNION ALL ".join(part + keyset for part in self.parts) + " ORDER BY 2, 1 LIMIT ?"
        rows = self.log.db.execute(sql, [a for args in self.args for a in (*args, *keyset_args)] + [n]).fetchall()
        self.known.extend(row[0] for row in rows)
        if rows:
            self.after = (rows[-1][1], rows[-1][0])
        self.done = len(rows) < n


class _BoxRowids(_Paged):
    """A bbox query (with or without dates and status) from movement_index alone.

    One walk of the tree counts the matches and names the rare cells that need the movements
    table: near an edge of the query (the tree's 32-bit floats may round across it) or with
    a start that does not fit a 32-bit float (a time of day; sorted by their exact start).
    Pages then come from the tree in (start, rowid) order, SQLite picking the top rows in C;
    the inexact starts are merged in from a sorted list.
    """

    def __init__(self, log: "MovementLog", conditions: list[tuple[str, list]], edges: tuple[str, list],
                 exact: tuple[str, list]):
        super().__init__(log)
        self.conditions = conditions  # one WHERE per box (two across the antimeridian)
        self.edges, self.exact = edges, exact
        self.prepared = False
        self.excluded: set[int] = set()  # near an edge and outside the query
        self.inexact: list[tuple[float, int]] = []  # (exact start in tree units, rowid), sorted
        self.next_inexact = 0

    def _prepare(self) -> None:
        if self.prepared:
            return
        edges, edge_args = self.edges
        parts, args = [], []
        for where, where_args in self.conditions:
            parts.append(f"SELECT id, {edges} AS near, status_end - status < 1 AS inexact "
                         f"FROM movement_index WHERE {where}")
            args += [*edge_args, *where_args]
        found, near, inexact = self.log.db.execute(
            "SELECT count(*), group_concat(CASE WHEN near THEN id END), "
            "group_concat(CASE WHEN inexact THEN id END) FROM (" + " UNION ".join(parts) + ")",
            args).fetchone()
        near = [int(r) for r in near.split(",")] if near else []
        inexact = [int(r) for r in inexact.split(",")] if inexact else []
        if near:
            inside = set(self.log._rowids_where(near, self.exact[0], self.exact[1]))
            self.excluded = {r for r in near if r not in inside}
        if inexact:
            starts = self.log._rowids_where([r for r in inexact if r not in self.excluded], "1", [], "rowid, t0")
            self.inexact = sorted((start * TIME_SCALE, rowid) for rowid, start in starts)
        self._total = found - len(self.excluded)
        self.prepared = True

    def count(self) -> int:
        self._prepare()
        return self._total

    def _fetch(self, n: int) -> None:
        self._prepare()
        keyset, keyset_args = self._keyset("t0", "id")
        parts, args = [], []
        for where, where_args in self.conditions:
            parts.append(f"SELECT id, t0 FROM movement_index WHERE {where} AND status_end - status >= 1{keyset}")
            args += [*where_args, *keyset_args]
        rows = self.log.db.execute(" UNION ".join(parts) + " ORDER BY 2, 1 LIMIT ?", [*args, n]).fetchall()
        known, inexact, excluded = self.known, self.inexact, self.excluded
        for rowid, start in rows:
            while self.next_inexact < len(inexact) and inexact[self.next_inexact] < (start, rowid):
                known.append(inexact[self.next_inexact][1])
                self.next_inexact += 1
            if rowid not in excluded:
                known.append(rowid)
        if rows:
            self.after = (rows[-1][1], rows[-1][0])
        if len(rows) < n:
            known.extend(rowid for _, rowid in inexact[self.next_inexact:])
            self.next_inexact = len(inexact)
            self.done = True


class _FeatureStore:
    """The Features of one query's rows: JSON text read in pages, decoded once when touched.

    Shared by a result and its slices, which hold positions in ``rowids``. Before its log
    changes or closes, the store fetches every rowid of ``span`` (the query's positions) and
    the text of every row it has not read yet (see ``MovementLog._settle``), so a result
    keeps showing the log as it was when the query ran, and stays usable after ``close()``.
    """

    page = 500  # rows read per SELECT: one round trip serves a screenful and more

    def __init__(self, log: "MovementLog", rowids: _Rowids, span: range):
        self.log: MovementLog | None = log
        self.rowids = rowids
        self.span = span
        self.text: dict[int, str] = {}
        self.decoded: dict[int, dict] = {}

    def feature(self, positions: range, index: int, backwards: bool = False) -> dict:
        """The Feature at ``positions[index]``; the rows after it (before it, going backwards)
        are read along, one page."""
        rowid = self.rowids[positions[index]]
        found = self.decoded.get(rowid)
        if found is None:
            text = self.text.pop(rowid, None)
            if text is None:
                first = max(0, index - self.page + 1) if backwards else index
                self._read(self.rowids.at(positions[first:first + self.page]))
                text = self.text.pop(rowid)
            found = self.decoded[rowid] = json.loads(text)
        return found

    def settle(self) -> None:
        """Fetch every rowid and the text of every row not read yet; let go of the log."""
        if self.log is not None:
            try:
                rowids = self.rowids.at(self.span)
            except LogError:  # closing must not fail: what is known is kept, the rest raises later
                known = self.rowids.known
                rowids = [known[p] for p in self.span if p < len(known)]
            self._read(rowids, strict=False)  # nor over a vanished row
            self.rowids.release()
            self.log = None

    def _read(self, rowids: Iterable[int], strict: bool = True) -> None:
        wanted = [r for r in dict.fromkeys(rowids) if r not in self.text and r not in self.decoded]
        if not wanted:
            return
        if self.log is None:  # settled: whatever is not read now was deleted before that
            missing, path = wanted, None
        else:
            path = self.log.path
            try:
                for first in range(0, len(wanted), self.page):
                    chunk = wanted[first:first + self.page]
                    marks = ",".join("?" * len(chunk))
                    self.text.update(self.log.db.execute(
                        f"SELECT rowid, feature FROM movements WHERE rowid IN ({marks})", chunk))
            except sqlite3.ProgrammingError as err:  # the connection was closed under us
                raise LogError(f"cannot read the movement log: {err}", source=path) from err
            missing = [r for r in wanted if r not in self.text]
        if missing and strict:
            raise LogError(f"{len(missing)} movement(s) found by a query were deleted by another "
                           "process before they were read; run the query again", source=path)


class Movements(Sequence):
    """The movements a query found, oldest first: a read-only list of MOVEMENT Feature dicts.

    ``len()`` is known at once; a Feature is read from the log and decoded only when touched
    (indexing, slicing, iterating), so the first page of a big result is quick. Slices are
    lazy too. Equal to a list holding the same Features; ``list(result)`` decodes everything.
    """

    __slots__ = ("_store", "_positions")

    def __init__(self, store: _FeatureStore, positions: range):
        self._store = store
        self._positions = positions  # where this result's rows are in the store's rowids

    def __len__(self) -> int:
        return len(self._positions)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return Movements(self._store, self._positions[index])
        position = operator.index(index)
        if position < 0:
            position += len(self._positions)
        if not 0 <= position < len(self._positions):
            raise IndexError("Movements index out of range")
        return self._store.feature(self._positions, position)

    def __iter__(self) -> Iterator[dict]:
        store, positions = self._store, self._positions
        for position in range(len(positions)):
            yield store.feature(positions, position)

    def __reversed__(self) -> Iterator[dict]:
        store, positions = self._store, self._positions
        for position in range(len(positions) - 1, -1, -1):
            yield store.feature(positions, position, backwards=True)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Movements) and other._positions == self._positions and other._store is self._store:
            return True
        if not isinstance(other, Sequence) or isinstance(other, (str, bytes)):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other))

    __hash__ = None  # mutable Features inside, like a list

    def __repr__(self) -> str:
        return f"<Movements: {len(self):,} movement{'s' if len(self) != 1 else ''}>"


# ---------------------------------------------------------------- the log

class MovementLog:
    """An embedded store of movements. ``MovementLog(path)``; use as a context manager."""

    def __init__(self, path: str | Path = ":memory:", *, timeout: float = 30.0):
        self.path = str(path)
        self._depth = 0
        self._results: weakref.WeakSet[_FeatureStore] = weakref.WeakSet()  # unread query results
        if self.path != ":memory:":
            Path(self.path).expanduser().parent.mkdir(parents=True, exist_ok=True)
        try:
            self.db = sqlite3.connect(self.path, timeout=timeout, isolation_level=None,
                                      check_same_thread=False)
            self.db.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
            self.db.execute("PRAGMA foreign_keys = ON")
            # 64 MiB of page cache (taken only as used): big imports keep their indexes in memory.
            self.db.execute("PRAGMA cache_size = -65536")
            self._migrate()
            if self.path != ":memory:":
                mode = self.db.execute("PRAGMA journal_mode").fetchone()[0]
                if mode != "wal":
                    self._retry(lambda: self.db.execute("PRAGMA journal_mode = WAL"))
            # NORMAL in WAL mode loses nothing when a process dies; only a power cut can
            # drop the last transactions, and never corrupts the file.
            self.db.execute("PRAGMA synchronous = NORMAL")
        except sqlite3.DatabaseError as err:
            raise LogError(f"cannot open the movement log: {err}", source=self.path) from err

    # -- lifecycle

    def close(self) -> None:
        self._settle()
        self.db.close()

    def _settle(self) -> None:
        """Query results not fully read take their rows' text now, before the log changes or closes."""
        for store in list(self._results):
            store.settle()
        self._results.clear()

    def __enter__(self) -> "MovementLog":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def __len__(self) -> int:
        return self.db.execute("SELECT count(*) FROM movements").fetchone()[0]

    def _migrate(self) -> None:
        version = self.db.execute("PRAGMA user_version").fetchone()[0]
        if version == SCHEMA_VERSION:
            return
        if version > SCHEMA_VERSION:
            raise LogError(f"the log has schema version {version}; this geomove reads up to "
                           f"{SCHEMA_VERSION} (upgrade geomove)", source=self.path)

        def migrate() -> None:
            current = self.db.execute("PRAGMA user_version").fetchone()[0]
            if current == 0 and self.db.execute(
                    "SELECT count(*) FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%'").fetchone()[0]:
                raise LogError("is a SQLite file but not a geomove movement log", source=self.path)
            for step in range(current, SCHEMA_VERSION):
                MIGRATIONS[step](self.db)
            self.db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            self.db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

        self._write(migrate)

    # -- transactions

    def _retry(self, action):
        for attempt in range(_BUSY_RETRIES + 1):
            try:
                return action()
            except sqlite3.OperationalError as err:
                busy = "locked" in str(err) or "busy" in str(err)
                if not busy or attempt == _BUSY_RETRIES:
                    raise
                time.sleep(min(2.0, 0.05 * 2 ** attempt) * (0.5 + random.random()))

    def _write(self, work):
        """Run ``work()`` in one IMMEDIATE transaction, retried if another writer holds the log."""
        self._settle()
        if self._depth:  # inside transaction(): the outer block commits
            return work()

        def attempt():
            self.db.execute("BEGIN IMMEDIATE")
            try:
                result = work()
                self.db.execute("COMMIT")
                return result
            except BaseException:
                if self.db.in_transaction:
                    self.db.execute("ROLLBACK")
                raise

        try:
            return self._retry(attempt)
        except sqlite3.DatabaseError as err:
            raise LogError(f"cannot write the movement log: {err}", source=self.path) from err

    @contextmanager
    def transaction(self) -> Iterator["MovementLog"]:
        """Group several adds into one transaction (bulk loads): all or nothing."""
        if self._depth:
            self._depth += 1
            try:
                yield self
            finally:
                self._depth -= 1
            return
        self._retry(lambda: self.db.execute("BEGIN IMMEDIATE"))
        self._depth = 1
        try:
            yield self
            self.db.execute("COMMIT")
        except BaseException:
            if self.db.in_transaction:
                self.db.execute("ROLLBACK")
            raise
        finally:
            self._depth = 0

    # -- writing

    def add(self, features: list[dict], *, report_text: str | None = None,
            source: str | None = None, merge: bool = True) -> AddResult:
        """Record movements in one transaction; validated first, so bad input writes nothing.

        ``merge=False`` records only by id: no cross-outlet merging (see ``import_file``).
        """
        prepared = []
        for n, feature in enumerate(features, 1):
            if source and isinstance(feature, dict) and not (feature.get("properties") or {}).get("source"):
                feature = {**feature, "properties": {**feature["properties"], "source": source}}
            prepared.append(validate_feature(feature, where=f"feature {n}"))
        digest = report_hash(report_text) if report_text and report_text.strip() else None
        return self._write(lambda: self._add(prepared, digest, source, merge))

    def _add(self, features: list[dict], digest: str | None, source: str | None,
             merge: bool = True) -> AddResult:
        db = self.db
        if digest and db.execute("SELECT 1 FROM reports WHERE hash = ?", (digest,)).fetchone():
            return AddResult(unchanged=len(features))
        now = _now()
        next_rowid = (db.execute("SELECT max(rowid) FROM movements").fetchone()[0] or 0) + 1
        pending: dict[int, dict] = {}          # rowid → feature, new in this call
        stored: dict[int, dict] = {}           # rowid → feature, stored before (loaded to merge)
        dirty: set[int] = set()                # stored rowids changed by this call
        ids: dict[str, int] = {}               # id → rowid, new in this call
        by_key: dict[str, list[int]] = {}      # merge key → new rowids in this call
        spans: dict[int, tuple] = {}           # new rowid → (merge key, time span)
        added = merged = unchanged = 0

        def load(rowid: int) -> dict:
            if rowid in pending:
                return pending[rowid]
            if rowid not in stored:
                text = db.execute("SELECT feature FROM movements WHERE rowid = ?", (rowid,)).fetchone()[0]
                stored[rowid] = json.loads(text)
            return stored[rowid]

        for feature in features:
            props = feature["properties"]
            entries = list(props.get("sources") or [])
            own = _source_entry(props)
            if own:
                entries.insert(0, own)
            known = ids.get(props["id"])
            if known is None:
                row = db.execute("SELECT movement FROM movement_ids WHERE id = ?", (props["id"],)).fetchone()
                known = row[0] if row else None
            if known is not None:
                target = load(known)
                if _add_sources(target["properties"], entries):
                    merged += 1
                    if known not in pending:
                        dirty.add(known)
                else:
                    unchanged += 1
                continue
            key = merge_key(props)
            lo, hi = time_span(props)
            match = (self._find_match(key, lo, hi, by_key, spans)
                     if merge and key and lo is not None else None)
            if match is not None:
                target = load(match)
                drawn = target.get("geometry") != route_geometry(target["properties"])
                _fill_gaps(target["properties"], props)
                if not drawn:  # a via learnt from the second outlet lengthens the line
                    target["geometry"] = route_geometry(target["properties"])
                _add_sources(target["properties"], entries)
                ids[props["id"]] = match
                if match in pending:  # a filled-in end date widens its span
                    spans[match] = (spans[match][0], time_span(target["properties"]))
                else:
                    dirty.add(match)
                merged += 1
                continue
            props["sources"] = []
            _add_sources(props, entries)
            rowid = next_rowid
            next_rowid += 1
            pending[rowid] = feature
            spans[rowid] = (key, (lo, hi))
            ids[props["id"]] = rowid
            if key:
                by_key.setdefault(key, []).append(rowid)
            added += 1

        self._insert(pending, ids, spans, now)
        for rowid in dirty:
            self._rewrite(rowid, stored[rowid], now)
        for alias, rowid in ids.items():
            if rowid not in pending:
                db.execute("INSERT OR IGNORE INTO movement_ids VALUES (?, ?)", (alias, rowid))
        if digest:
            db.execute("INSERT INTO reports VALUES (?, ?, ?, ?)", (digest, source, added + merged, now))
        return AddResult(added, merged, unchanged)

    def _find_match(self, key, lo, hi, by_key, spans) -> int | None:
        for rowid in by_key.get(key, []):
            other_lo, other_hi = spans[rowid][1]
            if other_lo is not None and other_lo < hi and lo < other_hi:
                return rowid
        row = self.db.execute(
            "SELECT rowid FROM movements WHERE merge_key = ? AND t0 < ? AND t1 > ? ORDER BY rowid LIMIT 1",
            (key, hi, lo)).fetchone()
        return row[0] if row else None

    @staticmethod
    def _columns(feature: dict, key: Any = False, span: tuple | None = None) -> tuple:
        props = feature["properties"]
        lo, hi = span or time_span(props)
        box = route_bbox(feature) or (None, None, None, None)
        return (props["id"], props.get("actor"), actor_key(props.get("actor")), props["status"],
                props.get("start"), props.get("end"), lo, hi, *box,
                merge_key(props) if key is False else key, search_text(props), _dumps(feature))

    def _insert(self, pending: dict[int, dict], ids: dict[str, int], spans: dict[int, tuple],
                now: str) -> None:
        if not pending:
            return
        db = self.db
        rows, cells, times, sources = [], [], [], []
        for rowid, feature in pending.items():
            cols = self._columns(feature, *spans[rowid])
            rows.append((rowid, *cols, now, now))
            lo, hi, minx, miny, maxx, maxy = cols[6:12]
            if minx is not None:
                cells.append(_index_row(rowid, (minx, maxx, miny, maxy), lo, hi, cols[3]))
            if lo is not None:
                times.append((rowid, lo, hi))
            for s in feature["properties"]["sources"]:
                sources.append((rowid, s.get("source") or "", s.get("url") or "", s.get("published")))
        db.executemany(
            "INSERT INTO movements (rowid, id, actor, actor_key, status, start_at, end_at, t0, t1, "
            "minx, miny, maxx, maxy, merge_key, search, feature, added_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
        db.executemany("INSERT INTO movement_ids VALUES (?, ?)",
                       [(i, r) for i, r in ids.items() if r in pending])
        db.executemany("INSERT INTO movement_index VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", cells)
        db.executemany("INSERT INTO movement_time VALUES (?, ?, ?)", times)
        db.executemany("INSERT OR IGNORE INTO sources VALUES (?, ?, ?, ?)", sources)

    def _rewrite(self, rowid: int, feature: dict, now: str) -> None:
        db = self.db
        cols = self._columns(feature)
        db.execute(
            "UPDATE movements SET id = ?, actor = ?, actor_key = ?, status = ?, start_at = ?, end_at = ?, "
            "t0 = ?, t1 = ?, minx = ?, miny = ?, maxx = ?, maxy = ?, merge_key = ?, search = ?, "
            "feature = ?, updated_at = ? WHERE rowid = ?", (*cols, now, rowid))
        lo, hi, minx, miny, maxx, maxy = cols[6:12]
        db.execute("DELETE FROM movement_index WHERE id = ?", (rowid,))
        db.execute("DELETE FROM movement_time WHERE id = ?", (rowid,))
        if minx is not None:
            db.execute("INSERT INTO movement_index VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                       _index_row(rowid, (minx, maxx, miny, maxy), lo, hi, cols[3]))
        if lo is not None:
            db.execute("INSERT INTO movement_time VALUES (?, ?, ?)", (rowid, lo, hi))
        db.execute("DELETE FROM sources WHERE movement = ?", (rowid,))
        db.executemany("INSERT OR IGNORE INTO sources VALUES (?, ?, ?, ?)",
                       [(rowid, s.get("source") or "", s.get("url") or "", s.get("published"))
                        for s in feature["properties"].get("sources") or []])

    def import_file(self, path: str | Path) -> AddResult:
        """Record every movement of a GeoJSON or CSV file, or none if any row is bad.

        Rows are the analyst's own coding (or a log's export), so they are matched by id only:
        two rows of one convoy route on the same day stay two rows.
        """
        features = read_movements(path)
        return self.add(features, merge=False)

    # -- reading

    def _rowid(self, movement_id: str) -> int | None:
        row = self.db.execute("SELECT movement FROM movement_ids WHERE id = ?", (movement_id,)).fetchone()
        return row[0] if row else None

    def get(self, movement_id: str) -> dict | None:
        """The movement with this id (or merged under it), or None."""
        rowid = self._rowid(movement_id)
        if rowid is None:
            return None
        return json.loads(self.db.execute("SELECT feature FROM movements WHERE rowid = ?",
                                          (rowid,)).fetchone()[0])

    def query(self, *, since: Any = None, until: Any = None, actor: str | None = None,
              bbox: Any = None, text: str | None = None, status: str | None = "reported",
              limit: int | None = None, offset: int = 0) -> Movements:
        """Movements overlapping a time window and/or a bbox (w, s, e, n), oldest first.

        The result is a lazy sequence (``Movements``): the matches are counted now, their
        rowids fetched a page at a time and each Feature decoded when first used.
        ``limit``/``offset`` page through the matches.
        """
        limit, offset = _check_page(limit, offset)
        rowids = self._indexed(since=since, until=until, actor=actor, bbox=bbox, text=text, status=status)
        if rowids is None:
            sql, args = self._query_sql(since=since, until=until, actor=actor, bbox=bbox, text=text,
                                        status=status, limit=limit, offset=offset, select="m.rowid")
            rowids = _Rowids(array("q", (row[0] for row in self.db.execute(sql, args))))
            span = range(len(rowids))
        elif limit is None:
            span = range(min(offset, len(rowids)), len(rowids))
        else:  # the page's rowids now, and its length without counting every match
            rowids.fill(offset + limit)
            stop = min(offset + limit, len(rowids.known))
            span = range(min(offset, stop), stop)
        store = _FeatureStore(self, rowids, span)
        if span:
            self._results.add(store)
        return Movements(store, span)

    def count(self, **query: Any) -> int:
        """How many movements ``query(**query)`` finds (ignoring limit and offset), decoding none."""
        query = {k: v for k, v in query.items() if k not in ("limit", "offset")}
        rowids = self._indexed(**query)
        if rowids is not None:
            return rowids.count()
        sql, args = self._query_sql(**query, select="count(*)")
        return self.db.execute(sql, args).fetchone()[0]

    def _indexed(self, *, since=None, until=None, actor=None, bbox=None, text=None,
                 status="reported") -> _Paged | None:
        """The rowids of a bbox query (with or without dates and status) from movement_index
        alone, or of a date-only query from movements_window alone, in query order, fetched
        as they are needed; None when the query needs the movements table.

        Answers exactly what ``_query_sql`` would: the tree's cells are 32-bit floats rounded
        outwards, so a cell within rounding distance of an edge of the query is checked
        against the movements table, and starts that do not fit a 32-bit float are read from
        it for sorting. Both are rare; every other match costs no row read.
        """
        if actor or text:
            return None
        timed, lo, hi = _window(since, until)
        if bbox is None:
            return _WindowRowids(self, lo, hi, status) if timed else None
        if status is not None and status not in STATUS_CODES:
            return None
        tree_lo, tree_hi = lo * TIME_SCALE, hi * TIME_SCALE
        w, s, e, n = _check_bbox(bbox)
        boxes = [(w, e)] if w <= e else [(w, 180.0), (-180.0, e)]  # across the antimeridian
        # Near an edge: where the exact value may fall on the other side of it.
        edges, edge_args = ["miny > ?", "maxy < ?"], [n - _margin(n), s + _margin(s)]
        exact, exact_args = ["miny <= ?", "maxy >= ?"], [n, s]
        if w <= e:  # as _query_sql: across the antimeridian only the tree tests longitude
            edges += ["minx > ?", "maxx < ?"]
            edge_args += [e - _margin(e), w + _margin(w)]
            exact += ["minx <= ?", "maxx >= ?"]
            exact_args += [e, w]
        if timed:
            edges += ["t0 >= ?", "t1 <= ?"]
            edge_args += [tree_hi - _margin(tree_hi), tree_lo + _margin(tree_lo)]
            exact += ["t0 < ?", "t1 > ?"]
            exact_args += [hi, lo]
        conditions = []
        for x0, x1 in boxes:
            where, args = "minx <= ? AND maxx >= ? AND miny <= ? AND maxy >= ?", [x1, x0, n, s]
            if timed:
                where += " AND t0 <= ? AND t1 >= ?"
                args += [tree_hi, tree_lo]
            if status is not None:
                where += " AND status = ?"
                args.append(STATUS_CODES[status])
            conditions.append((where, args))
        return _BoxRowids(self, conditions, (f"({' OR '.join(edges)})", edge_args),
                          (" AND ".join(exact), exact_args))

    def _rowids_where(self, rowids: list[int], where: str, args: list, select: str = "rowid") -> list:
        found = []
        for first in range(0, len(rowids), 500):
            chunk = rowids[first:first + 500]
            marks = ",".join("?" * len(chunk))
            found += self.db.execute(f"SELECT {select} FROM movements WHERE rowid IN ({marks}) AND {where}",
                                     [*chunk, *args]).fetchall()
        return [row[0] for row in found] if select == "rowid" else found

    def _query_sql(self, *, since=None, until=None, actor=None, bbox=None, text=None,
                   status="reported", limit=None, offset=0, select="m.feature") -> tuple[str, list]:
        where, args = [], []
        limit, offset = _check_page(limit, offset)
        timed, lo, hi = _window(since, until)
        if bbox is not None:
            w, s, e, n = _check_bbox(bbox)
            boxes = [(w, e)] if w <= e else [(w, 180.0), (-180.0, e)]  # across the antimeridian
            parts = []
            # The R*Trees narrow to candidates (their 32-bit floats round outwards); the
            # exact tests run on the movements table.
            for x0, x1 in boxes:
                if timed:
                    parts.append("SELECT id FROM movement_index WHERE minx <= ? AND maxx >= ? "
                                 "AND miny <= ? AND maxy >= ? AND t0 <= ? AND t1 >= ?")
                    args += [x1, x0, n, s, hi * TIME_SCALE, lo * TIME_SCALE]
                else:
                    parts.append("SELECT id FROM movement_index WHERE minx <= ? AND maxx >= ? "
                                 "AND miny <= ? AND maxy >= ?")
                    args += [x1, x0, n, s]
            where.append(f"m.rowid IN ({' UNION '.join(parts)})")
            where.append("m.miny <= ? AND m.maxy >= ?")
            args += [n, s]
            if w <= e:
                where.append("m.minx <= ? AND m.maxx >= ?")
                args += [e, w]
        elif timed:
            where.append("m.rowid IN (SELECT id FROM movement_time WHERE t0 <= ? AND t1 >= ?)")
            args += [hi, lo]
        if timed:
            where.append("m.t0 < ? AND m.t1 > ?")  # half-open spans overlap
            args += [hi, lo]
        if actor:
            # Whole words: "US" finds "US forces", not "Russian forces".
            key = _like(actor_key(actor) or actor.casefold())
            where.append("(m.actor_key = ? OR m.actor_key LIKE ? ESCAPE '\\' OR m.actor_key LIKE ? "
                         "ESCAPE '\\' OR m.actor_key LIKE ? ESCAPE '\\')")
            args += [actor_key(actor) or actor.casefold(), f"{key} %", f"% {key}", f"% {key} %"]
        if text:
            where.append("m.search LIKE ? ESCAPE '\\'")
            args.append(f"%{_like(text.casefold())}%")
        if status is not None:
            where.append("m.status = ?")
            args.append(status)
        sql = f"SELECT {select} FROM movements m"
        if where:
            sql += " WHERE " + " AND ".join(where)
        if select != "count(*)":
            sql += " ORDER BY m.t0 IS NULL, m.t0, m.rowid"
            if limit is not None or offset:
                sql += " LIMIT ? OFFSET ?"
                args += [-1 if limit is None else limit, offset]
        return sql, args

    def sources(self, movement_id: str) -> list[dict]:
        """The outlets stored for one movement, from the sources table."""
        rowid = self._rowid(movement_id)
        rows = self.db.execute("SELECT source, url, published FROM sources WHERE movement = ?", (rowid,))
        return [{"source": s or None, "url": u or None, "published": p} for s, u, p in rows]

    # -- editing

    def update(self, movement_id: str, **props: Any) -> dict:
        """Change properties of one movement (not its id); returns the updated Feature."""
        if "id" in props and props["id"] != movement_id:
            raise InputError(f"{movement_id}: the id of a movement cannot be changed")

        def work() -> dict:
            rowid = self._rowid(movement_id)
            if rowid is None:
                raise InputError(f"{movement_id}: no such movement in the log")
            old = json.loads(self.db.execute("SELECT feature FROM movements WHERE rowid = ?",
                                             (rowid,)).fetchone()[0])
            merged = {**old["properties"], **props}
            rebuilt = make_movement(**merged)
            if not any(k in props for k in ("origin", "via", "destination")) and old.get("geometry"):
                rebuilt["geometry"] = old["geometry"]  # keep a hand-drawn line
            feature = validate_feature(rebuilt, where=movement_id)
            self._rewrite(rowid, feature, _now())
            return feature

        return self._write(work)

    def delete(self, movement_id: str) -> bool:
        """Remove one movement (with its sources and aliases); False if it was not there."""

        def work() -> bool:
            rowid = self._rowid(movement_id)
            if rowid is None:
                return False
            for table, column in (("movement_index", "id"), ("movement_time", "id"),
                                  ("sources", "movement"),
                                  ("movement_ids", "movement"), ("movements", "rowid")):
                self.db.execute(f"DELETE FROM {table} WHERE {column} = ?", (rowid,))
            return True

        return self._write(work)

    # -- checks

    def check(self) -> list[str]:
        """Problems found in the file (empty when healthy): SQLite's check plus ours."""
        problems = [r[0] for r in self.db.execute("PRAGMA integrity_check") if r[0] != "ok"]
        for rowid, text in self.db.execute("SELECT rowid, feature FROM movements"):
            try:
                feature = json.loads(text)
            except ValueError:
                problems.append(f"movement {rowid}: feature JSON does not parse")
                continue
            stored = {(s or "", u or "") for s, u in self.db.execute(
                "SELECT source, url FROM sources WHERE movement = ?", (rowid,))}
            listed = {(s.get("source") or "", s.get("url") or "")
                      for s in feature["properties"].get("sources") or []}
            if stored != listed:
                problems.append(f"movement {rowid}: sources table and feature disagree")
        return problems

    # -- pandas

    def to_geodataframe(self, **query: Any):
        """The movements (as ``query`` selects them) as a GeoDataFrame in EPSG:4326."""
        from .export import to_geodataframe

        return to_geodataframe(self.query(**query))

    @classmethod
    def from_geodataframe(cls, gdf, path: str | Path = ":memory:") -> "MovementLog":
        """A log at ``path`` holding the rows of ``gdf``: flat rows as ``to_geodataframe`` and
        the CSV/GeoPackage exports make them, or a GeoJSON export read with geopandas."""
        features = []
        geometry_column = gdf.geometry.name
        flat = "actor1" in gdf.columns
        for n, (_, row) in enumerate(gdf.iterrows(), 1):
            where = f"row {n}"
            record = {k: _plain(v) for k, v in row.items() if k != geometry_column}
            if flat:
                feature = row_to_feature(record, where=where)
            else:
                feature = {"type": "Feature", "geometry": None, "properties": _nested(record, where)}
            geom = row[geometry_column]
            if geom is not None and not geom.is_empty:
                feature["geometry"] = {"type": geom.geom_type,
                                       "coordinates": [list(c[:2]) for c in geom.coords]
                                       if geom.geom_type == "LineString" else None}
            features.append(validate_feature(feature, where=where))
        log = cls(path)
        try:
            log.add(features)
        except BaseException:
            log.close()
            raise
        return log


def _nested(record: dict, where: str) -> dict:
    """GDAL hands nested GeoJSON members (places, lists) over as JSON text: parse them back."""
    for key in ("origin", "destination", "via", "counts", "sources"):
        value = record.get(key)
        if isinstance(value, str):
            try:
                record[key] = json.loads(value)
            except ValueError as err:
                raise InputError(f"{key} is not valid JSON", source=where) from err
    return record


def _fill_gaps(target: dict, incoming: dict) -> None:
    """A merged copy may know what the first did not (a count, an end date): keep it."""
    for key in MOVEMENT_FIELDS:
        if key in ("id", "source", "url", "published", "status"):
            continue
        if target.get(key) in (None, [], "") and incoming.get(key) not in (None, [], ""):
            target[key] = incoming[key]


def _plain(value: Any) -> Any:
    """numpy/pandas scalars and NaN/NaT → plain Python (None for missing)."""
    try:
        import pandas as pd

        if value is None or (not isinstance(value, (list, dict, str)) and pd.isna(value)):
            return None
        if isinstance(value, pd.Timestamp):
            # GDAL reads a column mixing dates and datetimes as datetimes: midnight was a date.
            if value == value.normalize():
                return value.date().isoformat()
            return value.to_pydatetime()
    except (TypeError, ValueError):
        pass
    if hasattr(value, "item"):
        return value.item()
    return value


def _window(since: Any, until: Any) -> tuple[bool, float, float]:
    """(whether dated, first day, end) of a query's since/until in days since 1970."""
    if since is None and until is None:
        return False, -1e9, 1e9
    lo = parse_when(since, where="since")[1] if since is not None else -1e9
    hi = parse_when(until, where="until")[2] if until is not None else 1e9
    if hi < lo:
        raise InputError(f"until {until} is before since {since}")
    return True, lo, hi


def _margin(value: float) -> float:
    """More than the R*Tree's rounding of any 32-bit float near ``value`` (2 ulps at most)."""
    return (abs(value) + 1.0) * 2.0 ** -20


def _check_bbox(bbox: Any) -> tuple[float, float, float, float]:
    if isinstance(bbox, str):
        bbox = bbox.split(",")
    try:
        w, s, e, n = (float(v) for v in bbox)
    except (TypeError, ValueError) as err:
        raise InputError(f"bbox {bbox!r} is not four numbers W,S,E,N") from err
    if not (-180 <= w <= 180 and -180 <= e <= 180 and -90 <= s <= n <= 90):
        raise InputError(f"bbox {w},{s},{e},{n} is not W,S,E,N within -180..180 and -90..90")
    return w, s, e, n


def _check_page(limit: Any, offset: Any) -> tuple[int | None, int]:
    try:
        limit = None if limit is None else int(limit)
        offset = int(offset or 0)
    except (TypeError, ValueError) as err:
        raise InputError(f"limit {limit!r} and offset {offset!r} must be whole numbers") from err
    if (limit is not None and limit < 0) or offset < 0:
        raise InputError(f"limit {limit} and offset {offset} must not be negative")
    return limit, offset


def _like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
