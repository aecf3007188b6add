"""The movement log's schema: its versions and the migrations between them.

``MIGRATIONS[n]`` takes a log from schema version n to n + 1; ``MovementLog`` runs the
missing ones in one transaction when it opens a file. Also here: how a movement becomes
a cell of the movement_index R*Tree and a span class of the movements_window index.
"""

from __future__ import annotations

import sqlite3
import struct

from ..model import REVIEWS, STATUSES  # noqa: F401  (REVIEWS: read by review.py from here)

SCHEMA_VERSION = 6
APPLICATION_ID = 0x67656F6D  # "geom": marks the file as a geomove log for `file`/other tools


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




def _migration_5(db: sqlite3.Connection) -> None:
    """Review: the analyst's decision, every correction with who and when, deleted movements
    kept, and each report's text kept (so a gazetteer change can be read again).

    ``review`` is a virtual column read from the Feature JSON: the JSON stays the one record
    of a movement and old rows (no review in their JSON) read as ``proposed``. ``history``
    holds each change's whole Feature before and after, which is what undo restores.
    ``deleted_ids`` keeps every id a deleted movement was known by, so adding its report
    again does not bring it back.
    """
    db.execute("ALTER TABLE movements ADD COLUMN review TEXT GENERATED ALWAYS AS "
               "(coalesce(json_extract(feature, '$.properties.review'), 'proposed')) VIRTUAL")
    # The workbench's table pages in these orders (review.SORTS): each index walks to
    # a page's rows without sorting, or reading, the rest of the log.
    db.execute("CREATE INDEX movements_review ON movements(review, t0 IS NULL, t0)")
    db.execute("CREATE INDEX movements_table_start ON movements(t0 IS NULL, t0)")
    db.execute("CREATE INDEX movements_table_actor ON movements(actor_key IS NULL, actor_key)")
    db.execute("CREATE INDEX movements_table_status ON movements(status)")
    db.execute("CREATE INDEX movements_table_confidence ON movements("
               "json_extract(feature, '$.properties.confidence'))")
    for column in ("text", "published", "url"):
        db.execute(f"ALTER TABLE reports ADD COLUMN {column} TEXT")
    db.execute("""CREATE TABLE report_movements (
        report TEXT NOT NULL, movement TEXT NOT NULL, PRIMARY KEY (report, movement)) WITHOUT ROWID""")
    db.execute("CREATE INDEX report_movements_movement ON report_movements(movement)")
    db.execute("""CREATE TABLE history (
        seq INTEGER PRIMARY KEY,
        movement TEXT NOT NULL,
        action TEXT NOT NULL,
        by TEXT,
        at TEXT NOT NULL,
        before TEXT CHECK (before IS NULL OR json_valid(before)),
        after TEXT CHECK (after IS NULL OR json_valid(after)),
        undone INTEGER NOT NULL DEFAULT 0)""")
    db.execute("CREATE INDEX history_movement ON history(movement, seq)")
    db.execute("""CREATE TABLE deleted_ids (
        id TEXT PRIMARY KEY, movement TEXT NOT NULL) WITHOUT ROWID""")


# Text search ("convoy 4242" anywhere in a movement's words) from a trigram index of the
# search column. Fewer than 3 characters cannot use it and are matched with LIKE, as before.
SEARCH_INDEX = "movement_search"
SEARCH_MIN_CHARS = 3


def _migration_6(db: sqlite3.Connection) -> None:
    """A full-text index of the search column, so a word search reads no wide row.

    ``m.search LIKE '%word%'`` read every row's page (the search text sits beside the Feature
    JSON): 0.5 s on 100,000 movements. An FTS5 table with the trigram tokenizer answers the
    same substring test from its index. It is external-content (the text stays only in
    ``movements.search``) and triggers keep it in step with every insert, update and delete,
    so no writer has to remember it. A SQLite without FTS5's trigram tokenizer (before 3.34)
    gets no index, and searches scan as they did.
    """
    try:
        db.execute(f"CREATE VIRTUAL TABLE {SEARCH_INDEX} USING fts5(search, content='movements', "
                   "content_rowid='rowid', tokenize='trigram')")
    except sqlite3.OperationalError:
        return
    db.execute(f"INSERT INTO {SEARCH_INDEX}({SEARCH_INDEX}) VALUES ('rebuild')")
    db.execute(f"""CREATE TRIGGER movements_search_insert AFTER INSERT ON movements BEGIN
        INSERT INTO {SEARCH_INDEX}(rowid, search) VALUES (new.rowid, new.search); END""")
    db.execute(f"""CREATE TRIGGER movements_search_delete AFTER DELETE ON movements BEGIN
        INSERT INTO {SEARCH_INDEX}({SEARCH_INDEX}, rowid, search) VALUES ('delete', old.rowid, old.search); END""")
    db.execute(f"""CREATE TRIGGER movements_search_update AFTER UPDATE OF search ON movements
        WHEN old.search IS NOT new.search BEGIN
        INSERT INTO {SEARCH_INDEX}({SEARCH_INDEX}, rowid, search) VALUES ('delete', old.rowid, old.search);
        INSERT INTO {SEARCH_INDEX}(rowid, search) VALUES (new.rowid, new.search); END""")


def text_match(db: sqlite3.Connection, text: str) -> tuple[str, list] | None:
    """A SELECT of the rowids whose search text holds ``text`` (case folded), from the trigram
    index; None when the index cannot answer (no index, or fewer than 3 characters)."""
    folded = text.casefold()
    if len(folded) < SEARCH_MIN_CHARS or not has_search_index(db):
        return None
    return f"SELECT rowid FROM {SEARCH_INDEX} WHERE {SEARCH_INDEX} MATCH ?", ['"' + folded.replace('"', '""') + '"']


def text_condition(db: sqlite3.Connection, text: str, alias: str = "m", *, broad: bool = False) -> tuple[str, list]:
    """SQL (and its arguments) for "``text`` occurs in the movement's search text", case folded.

    From the trigram index when it can answer (see text_match), else ``LIKE`` over the search
    column; both find the same rows. ``broad``: the text is in many rows, so a query sorted by
    an index should walk that index and test each row against the matches (``+rowid`` keeps
    SQLite from starting at the matches and sorting them all: 40 ms instead of 190 ms for a
    word in each of 100,000 movements; for 11 matches the other way round, 0.4 ms against 8).
    """
    match = text_match(db, text)
    if match is not None:
        sql, args = match
        return f"{'+' if broad else ''}{alias}.rowid IN ({sql})", args
    like = text.casefold().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"{alias}.search LIKE ? ESCAPE '\\'", [f"%{like}%"]


def has_search_index(db: sqlite3.Connection) -> bool:
    return db.execute("SELECT 1 FROM sqlite_schema WHERE name = ?", (SEARCH_INDEX,)).fetchone() is not None


MIGRATIONS = [_migration_1, _migration_2, _migration_3, _migration_4, _migration_5,
              _migration_6]  # MIGRATIONS[n]: schema version n to n + 1
assert len(MIGRATIONS) == SCHEMA_VERSION
