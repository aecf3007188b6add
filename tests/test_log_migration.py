"""Schema migrations: older logs open with every row kept, and a crash mid-migration loses nothing."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from geomove.log import store as log_module
from geomove.log import SCHEMA_VERSION, MovementLog, route_bbox, time_span
from geomove.log.store import _dumps, _index_row
from geomove.model import make_movement, make_place

from sqlite_files import connected

QAMISHLI = make_place(name="Qamishli", lat=37.0522, lon=41.2231, gazetteer_id="gn:1", precision="exact")
HASAKAH = make_place(name="Hasakah", lat=36.5024, lon=40.7477, gazetteer_id="gn:2", precision="exact")
NOME = make_place(name="Nome", lat=64.5011, lon=-165.4064)
ANADYR = make_place(name="Anadyr", lat=64.7337, lon=177.5089)

TABLES_KEPT = ("movements", "movement_ids", "sources", "reports", "movement_time")


def movements() -> list[dict]:
    """Dated and undated, a time of day, statuses, antimeridian, no place at all."""
    found = []
    for n in range(40):
        found.append(make_movement(
            actor=f"Brigade {n % 4}", what=f"convoy {n} — ‘quoted’ ünïcode", origin=QAMISHLI,
            destination=HASAKAH if n % 5 else NOME, start=f"2024-{1 + n % 12:02d}-{1 + n % 27:02d}"
            + ("T10:17:33Z" if n % 7 == 0 else ""), status=("reported", "denied", "planned")[n % 3],
            source=f"Outlet {n}", url=f"https://outlet.example/{n}", quote=f"Convoy {n} left."))
    found.append(make_movement(actor="Navy", what="undated crossing", origin=NOME, destination=ANADYR,
                               source="Outlet X", url="https://x.example/1"))
    found.append(make_movement(actor="Nobody", what="placeless", start="2024-05-05", source="Outlet Y"))
    return found


def build_old_log(path, version: int, features: list[dict]) -> None:
    """A log as geomove wrote it at schema ``version`` (1 to 5): its migrations, its tables."""
    with connected(path, isolation_level=None) as db:
        for step in range(version):
            log_module.MIGRATIONS[step](db)
        for rowid, feature in enumerate(features, 1):
            props = feature["properties"]
            feature["properties"]["sources"] = [{k: props.get(k) for k in ("source", "url", "published")}]
            lo, hi = time_span(props)
            box = route_bbox(feature) or (None,) * 4
            db.execute("INSERT INTO movements (rowid, id, actor, actor_key, status, start_at, end_at, t0, t1, "
                       "minx, miny, maxx, maxy, merge_key, search, feature, added_at, updated_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                       (rowid, *MovementLog._columns(feature), "2024-01-01T00:00:00Z", "2024-01-02T00:00:00Z"))
            db.execute("INSERT INTO movement_ids VALUES (?, ?)", (props["id"], rowid))
            db.execute("INSERT INTO sources VALUES (?, ?, ?, ?)", (rowid, props.get("source") or "",
                                                                  props.get("url") or "", props.get("published")))
            minx, miny, maxx, maxy = box
            if minx is not None and version < 3:
                db.execute("INSERT INTO movement_space VALUES (?, ?, ?, ?, ?)", (rowid, minx, maxx, miny, maxy))
            if minx is not None and version >= 3:
                db.execute("INSERT INTO movement_index VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                           _index_row(rowid, (minx, maxx, miny, maxy), lo, hi, props["status"]))
            if lo is not None:
                db.execute("INSERT INTO movement_time VALUES (?, ?, ?)", (rowid, lo, hi))
                if minx is not None and version == 2:
                    db.execute("INSERT INTO movement_extent VALUES (?, ?, ?, ?, ?, ?, ?)",
                               (rowid, minx, maxx, miny, maxy, lo, hi))
        db.execute("INSERT INTO reports (hash, source, movements, added_at) VALUES ('abc', 'Outlet A', 2, '2024-01-01T00:00:00Z')")
        db.execute(f"PRAGMA user_version = {version}")


# Columns a migration adds (read as their defaults for old rows) are left out of the comparison.
ADDED_COLUMNS = {"movements": {"review"}, "reports": {"text", "published", "url"}}


def snapshot(path) -> dict[str, list]:
    with connected(path) as db:
        def columns(t):
            names = [r[1] for r in db.execute(f"PRAGMA table_xinfo({t})") if r[1] not in ADDED_COLUMNS.get(t, ())]
            return ", ".join(names)
        return {t: db.execute(f"SELECT rowid, {columns(t)} FROM {t} ORDER BY 1, 2").fetchall()
                if t != "movement_ids" and t != "sources" and t != "reports"
                else db.execute(f"SELECT {columns(t)} FROM {t} ORDER BY 1, 2").fetchall() for t in TABLES_KEPT}


QUERIES = [{}, {"status": None}, {"bbox": (40.0, 36.0, 42.0, 38.0)}, {"bbox": (40.0, 36.0, 42.0, 38.0),
           "since": "2024-03-01", "until": "2024-06-30", "status": None},
           {"bbox": (170.0, 60.0, -160.0, 70.0), "status": None}, {"since": "2024-02-01"},
           {"actor": "brigade 2", "bbox": (40.0, 36.0, 42.0, 38.0)}, {"status": "denied", "bbox": (-180, -90, 180, 90)}]


def test_a_version_2_log_is_migrated_keeping_every_row(tmp_path):
    path = tmp_path / "v2.sqlite"
    features = movements()
    build_old_log(path, 2, features)
    before = snapshot(path)
    with MovementLog(path) as log:
        assert log.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 6
        tables = {r[0] for r in log.db.execute("SELECT name FROM sqlite_schema")}
        assert "movement_index" in tables and not tables & {"movement_space", "movement_extent"}
        # One cell per movement with a place; the placeless one has none.
        assert log.db.execute("SELECT count(*) FROM movement_index").fetchone()[0] == len(features) - 1
        assert log.check() == []
        for feature in features:
            assert _dumps(log.get(feature["properties"]["id"])) == _dumps(feature)
        migrated = {repr(q): list(log.query(**q)) for q in QUERIES}
        for q in QUERIES:  # the R*Tree alone (bbox queries) finds what the movements table does
            sql, args = log._query_sql(**q, select="m.rowid")
            assert [log.get(f["properties"]["id"]) for f in migrated[repr(q)]] == [
                json.loads(log.db.execute("SELECT feature FROM movements WHERE rowid = ?", (rowid,)).fetchone()[0])
                for (rowid,) in log.db.execute(sql, args).fetchall()], q
    assert snapshot(path) == before  # every column of every row, byte for byte
    with MovementLog(tmp_path / "fresh.sqlite") as fresh:
        fresh.add(movements(), merge=False)
        for q in QUERIES:
            assert [f["properties"]["id"] for f in migrated[repr(q)]] == [
                f["properties"]["id"] for f in fresh.query(**q)], q
    assert len(migrated[repr({"bbox": (170.0, 60.0, -160.0, 70.0), "status": None})]) == 1 + 8  # undated + Nome


def test_a_version_1_log_is_migrated_and_keeps_its_rows(tmp_path):
    path = tmp_path / "v1.sqlite"
    features = movements()
    build_old_log(path, 1, features)
    before = snapshot(path)
    with MovementLog(path) as log:
        assert log.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        found = log.query(since="2024-03-01", until="2024-03-31", bbox=(40.0, 36.0, 42.0, 38.0), status=None)
        assert [f["properties"]["start"][:7] for f in found] == ["2024-03"] * len(found) and found
        assert log.check() == []
    assert snapshot(path) == before


def test_a_version_3_log_gains_the_window_index_and_keeps_its_cells(tmp_path):
    path = tmp_path / "v3.sqlite"
    features = movements()
    build_old_log(path, 3, features)
    before = snapshot(path)
    with connected(path) as db:
        cells_before = sorted(db.execute("SELECT * FROM movement_index").fetchall())
    with MovementLog(path) as log:
        assert log.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert log.db.execute("SELECT count(*) FROM sqlite_schema WHERE name = 'movements_window'").fetchone()[0]
        assert sorted(log.db.execute("SELECT * FROM movement_index").fetchall()) == cells_before
        assert log.check() == []
        for q in [*QUERIES, {"since": "2024-03-01", "until": "2024-03-31", "status": None},
                  {"until": "2024-02-01", "status": "denied"}]:
            sql, args = log._query_sql(**q, select="m.rowid")
            assert [f["properties"]["id"] for f in log.query(**q)] == [
                log.db.execute("SELECT id FROM movements WHERE rowid = ?", (rowid,)).fetchone()[0]
                for (rowid,) in log.db.execute(sql, args).fetchall()], q
        assert len(log.query(since="2024-03-01", until="2024-03-31", status=None)) == 4
    assert snapshot(path) == before


KILLED_MID_MIGRATION = """
import os, signal, sys
from geomove.log import store as log_module
step = log_module.MIGRATIONS[int(sys.argv[2])]
def killed(db):
    step(db)  # the new index is written (the old ones dropped), nothing committed yet
    db.execute("PRAGMA cache_size = 1")  # and uncommitted pages spill to the file
    os.kill(os.getpid(), signal.SIGKILL)
log_module.MIGRATIONS[int(sys.argv[2])] = killed
log_module.MovementLog(sys.argv[1])
"""


@pytest.mark.parametrize("version", [2, 3, 5])
def test_a_migration_killed_midway_leaves_the_old_schema_whole(tmp_path, version):
    path = tmp_path / f"v{version}.sqlite"
    build_old_log(path, version, movements())
    with connected(path) as db:
        dump_before = list(db.iterdump())
    run = subprocess.run([sys.executable, "-c", KILLED_MID_MIGRATION, str(path), str(version)],
                         capture_output=True)
    assert run.returncode == -9, run.stderr
    with connected(path) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == version
        assert list(db.iterdump()) == dump_before
    with MovementLog(path) as log:  # and the next open migrates
        assert log.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert len(log.query(bbox=(40.0, 36.0, 42.0, 38.0), status=None)) == 40


SEARCHES = ["convoy 1", "convoy 12 —", "‘quoted’", "ÜNÏCODE", "brigade 3", "outlet 7", "qamishli",
            "nome", "left.", "co", "1", "", "no such words", 'say "x"', "50%", "a_b"]


def test_a_version_5_log_gains_the_search_index_and_finds_what_like_found(tmp_path):
    path = tmp_path / "v5.sqlite"
    build_old_log(path, 5, movements())
    before = snapshot(path)
    with connected(path) as db:  # the answers of schema 5: LIKE over the search column
        like = {text: [r[0] for r in db.execute(
            "SELECT id FROM movements WHERE search LIKE ? ESCAPE '\\' ORDER BY t0 IS NULL, t0, rowid",
            (f"%{text.casefold().replace('%', chr(92) + '%').replace('_', chr(92) + '_')}%",))]
            for text in SEARCHES}
    with MovementLog(path) as log:
        assert log.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert log.db.execute("SELECT count(*) FROM movement_search").fetchone()[0] == len(movements())
        for text in SEARCHES:
            sql, _ = log._query_sql(text=text, status=None, select="m.rowid")
            assert ("movement_search" in sql) == (len(text) >= 3), text
            assert [f["properties"]["id"] for f in log.query(text=text, status=None)] == like[text], text
        assert like["convoy 1"] and like["‘quoted’"] and like["ÜNÏCODE"]
        assert log.check() == []
    assert snapshot(path) == before
