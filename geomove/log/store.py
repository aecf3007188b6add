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

import json
import os
import random
import sqlite3
import time
import weakref
from array import array
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterable, Iterator

from ..errors import InputError, LogError
from ..importer import read_movements, row_to_feature, validate_feature
from ..actors import ActorQuery
from ..timespan import OPEN, query_window
from .keys import actor_key, merge_key, place_key, report_hash, route_bbox, search_text, time_span
from .results import Movements, _BoxRowids, _FeatureStore, _Paged, _Rowids, _WindowRowids
from .schema import (APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION, SPAN_CLASS, SPAN_LIMITS,
                         STATUS_CODES, TIME_SCALE, UNDATED, _index_row, has_search_index,
                         text_condition)
from ..model import MOVEMENT_FIELDS, make_movement, route_geometry

# The schema, key and result names stay importable from here, as before the split.
__all__ = [
    "APPLICATION_ID", "MIGRATIONS", "SCHEMA_VERSION", "SPAN_CLASS", "SPAN_LIMITS", "STATUS_CODES",
    "TIME_SCALE", "UNDATED", "AddResult", "MovementLog", "Movements", "actor_key", "default_log_path",
    "merge_key", "place_key", "report_hash", "route_bbox", "search_text", "time_span",
]

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
    from ..io.cache_files import user_data_dir

    return Path(user_data_dir()) / "movements.sqlite"


# ---------------------------------------------------------------- sources and rows

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
            self._check_damage()
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

    # -- damage and snapshots

    # quick_check reads every page: cheap for the logs most analysts keep, seconds for a log
    # of millions; beyond this size only the header and the file length are checked at open
    # (and any damaged page met later is still one LogError line, see cli.main).
    QUICK_CHECK_BYTES = 256 * 1024 * 1024

    def _check_damage(self) -> None:
        """A damaged log file says so at open, in one line, before anything reads or writes it."""
        if self.path == ":memory:" or not Path(self.path).exists():
            return
        size = Path(self.path).stat().st_size
        if size == 0:
            return  # a new, empty file: becomes a log
        # No open() of the file here: closing a second descriptor would drop this process's
        # POSIX locks on it, and SQLite's WAL relies on them (that corrupts logs). A file that
        # is not SQLite fails the PRAGMAs below with "file is not a database".
        page_size, pages = self.db.execute("PRAGMA page_size").fetchone()[0], \
            self.db.execute("PRAGMA page_count").fetchone()[0]
        wal = Path(self.path + "-wal")
        if size < page_size * pages and not (wal.exists() and wal.stat().st_size):
            raise LogError(f"the movement log is damaged (truncated: {size:,} of {page_size * pages:,} "
                           "bytes); restore it from a backup", source=self.path)
        if size <= self.QUICK_CHECK_BYTES:
            # damage is there on every try; a page a commit is moving is not (belt and braces)
            for attempt in range(3):
                problems = [row[0] for row in self.db.execute("PRAGMA quick_check(3)")]
                if problems == ["ok"]:
                    break
                time.sleep(0.05 * (attempt + 1))
            else:
                raise LogError(f"the movement log is damaged ({problems[0][:80]}); restore it "
                               "from a backup", source=self.path)

    @contextmanager
    def snapshot(self) -> Iterator["MovementLog"]:
        """Reads inside the block see one state of the log, whatever other processes write
        meanwhile (one read transaction; WAL lets writers go on). Do not write inside it."""
        if self.db.in_transaction:
            yield self
            return
        self._retry(lambda: (self.db.execute("BEGIN DEFERRED"),
                             self.db.execute("SELECT count(*) FROM sqlite_schema").fetchone()))
        try:
            yield self
        finally:
            self._settle_streamed()
            if self.db.in_transaction:
                self.db.execute("COMMIT")

    def _settle_streamed(self) -> None:
        """Results read to the end by ``stream()`` keep nothing to settle."""
        for store in list(self._results):
            if getattr(store, "streamed", False):
                self._results.discard(store)

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
            prepared[-1]["properties"].setdefault("review", "proposed")  # the analyst has not decided
        digest = report_hash(report_text) if report_text and report_text.strip() else None
        return self._write(lambda: self._add(prepared, digest, source, merge, report_text))

    def _add(self, features: list[dict], digest: str | None, source: str | None,
             merge: bool = True, report_text: str | None = None) -> AddResult:
        db = self.db
        if digest and db.execute("SELECT 1 FROM reports WHERE hash = ?", (digest,)).fetchone():
            # A report recorded before texts were kept (schema < 5) keeps its text now,
            # so that reextract can read it again.
            if report_text and db.execute("UPDATE reports SET text = ? WHERE hash = ? AND text IS NULL",
                                          (report_text, digest)).rowcount:
                db.executemany("INSERT OR IGNORE INTO report_movements VALUES (?, ?)",
                               [(digest, f["properties"]["id"]) for f in features])
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
            if db.execute("SELECT 1 FROM deleted_ids WHERE id = ?", (props["id"],)).fetchone():
                unchanged += 1  # deleted by the analyst: reading it again does not bring it back
                continue
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
                if not _decided(target["properties"]):  # an analyst's blank stays blank
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
            first = features[0]["properties"] if features else {}
            db.execute("INSERT INTO reports (hash, source, movements, added_at, text, published, url) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?)", (digest, source, added + merged, now, report_text,
                                                        first.get("published"), first.get("url")))
            db.executemany("INSERT OR IGNORE INTO report_movements VALUES (?, ?)",
                           [(digest, f["properties"]["id"]) for f in features])
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

    def _actor_keys(self) -> list[str]:
        """Every distinct actor key (from the movements_actor index: a log has few actors)."""
        return [r[0] for r in self.db.execute("SELECT DISTINCT actor_key FROM movements WHERE actor_key IS NOT NULL")]

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
              limit: int | None = None, offset: int = 0, review: Any = None) -> Movements:
        """Movements overlapping a time window and/or a bbox (w, s, e, n), oldest first.

        The result is a lazy sequence (``Movements``): the matches are counted now, their
        rowids fetched a page at a time and each Feature decoded when first used.
        ``limit``/``offset`` page through the matches. ``review``: one review state or several
        (``accepted``, ...), None for all.
        """
        limit, offset = _check_page(limit, offset)
        rowids = None if review else self._indexed(since=since, until=until, actor=actor, bbox=bbox,
                                                   text=text, status=status)
        if rowids is None:
            sql, args = self._query_sql(since=since, until=until, actor=actor, bbox=bbox, text=text,
                                        status=status, limit=limit, offset=offset, select="m.rowid",
                                        review=review)
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
        rowids = None if query.get("review") else self._indexed(
            **{k: v for k, v in query.items() if k != "review"})
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
                   status="reported", limit=None, offset=0, select="m.feature",
                   review=None) -> tuple[str, list]:
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
            # Whole words: "US" finds "US forces", not "Russian forces"; a name of several
            # words also finds its initials ("Rapid Support Forces" finds "RSF convoy").
            condition, actor_args = ActorQuery.parse(actor, self._actor_keys).sql("m.actor_key")
            where.append(condition)
            args += actor_args
        if text:
            condition, text_args = text_condition(self.db, text)
            where.append(condition)
            args += text_args
        if status is not None:
            where.append("m.status = ?")
            args.append(status)
        if review:
            wanted = [review] if isinstance(review, str) else list(review)
            where.append(f"m.review IN ({','.join('?' * len(wanted))})")
            args += wanted
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
        if has_search_index(self.db):
            try:  # the text index against the search column it was built from
                self.db.execute("INSERT INTO movement_search(movement_search, rank) VALUES ('integrity-check', 1)")
            except sqlite3.DatabaseError as err:
                problems.append(f"search index: {err}")
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
        from ..export import to_geodataframe

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


def _decided(props: dict) -> bool:
    """The analyst corrected or decided this movement: the machine's new readings leave it be."""
    return (props.get("review", "proposed") != "proposed"
            or any(entry.get("action") != "reextract" for entry in props.get("history") or []))


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
    """(whether dated, first day, end) of a query's since/until in days since 1970 (timespan.query_window)."""
    window = query_window(since, until)
    return (False, -OPEN, OPEN) if window is None else (True, *window)


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

