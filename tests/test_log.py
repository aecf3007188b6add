"""The movement log: add, idempotency, cross-outlet merge, queries, edits, schema."""

from __future__ import annotations


import pytest

from geomove.errors import InputError, LogError
from geomove.log import SCHEMA_VERSION, AddResult, MovementLog, default_log_path
from geomove.model import make_movement, make_place

from sqlite_files import connected

QAMISHLI = make_place(name="Qamishli", lat=37.0522, lon=41.2231, gazetteer_id="gn:1", precision="exact")
HASAKAH = make_place(name="Hasakah", lat=36.5024, lon=40.7477, gazetteer_id="gn:2", precision="exact")
TAL_TAMR = make_place(name="Tall Tamr", lat=36.6549, lon=40.3716, gazetteer_id="gn:3", precision="near")
NOME = make_place(name="Nome", lat=64.5011, lon=-165.4064)
ANADYR = make_place(name="Anadyr", lat=64.7337, lon=177.5089)


def movement(**props):
    base = dict(actor="Convoy brigade", what="a convoy of trucks", origin=QAMISHLI, destination=HASAKAH,
                start="2024-03-01", time_precision="day", source="Outlet A",
                url="https://a.example/1", published="2024-03-02", quote="A convoy left Qamishli.")
    base.update(props)
    return make_movement(**base)


@pytest.fixture
def log(tmp_path):
    with MovementLog(tmp_path / "log.sqlite") as opened:
        yield opened


def dump(log: MovementLog) -> list[str]:
    return list(log.db.iterdump())


def test_add_then_get_and_query_returns_the_same_feature(log):
    feature = movement()
    assert log.add([feature]) == AddResult(added=1)
    stored = log.get(feature["properties"]["id"])
    assert stored["geometry"] == feature["geometry"]
    assert stored["properties"]["actor"] == "Convoy brigade"
    assert stored["properties"]["sources"] == [
        {"source": "Outlet A", "url": "https://a.example/1", "published": "2024-03-02"}]
    assert log.query() == [stored]
    assert log.get("mv-nope") is None


def test_the_same_report_twice_records_nothing(log):
    text = "A convoy of trucks left Qamishli for Hasakah on Friday."
    assert log.add([movement()], report_text=text) == AddResult(added=1)
    before = dump(log)
    # Re-wrapped text is still the same report.
    again = log.add([movement(quote="different extraction")], report_text=text.replace(" ", "\n  "))
    assert again == AddResult(unchanged=1)
    assert dump(log) == before


def test_the_same_movements_twice_leave_the_log_as_it_was(log):
    batch = [movement(), movement(start="2024-04-01", quote="Another one.")]
    assert log.add(batch).added == 2
    before = dump(log)
    assert log.add(batch) == AddResult(unchanged=2)
    assert dump(log) == before


def test_the_same_movement_from_two_outlets_is_merged_keeping_both(log):
    first = movement(count=None)
    second = movement(actor="the CONVOY brigade", source="Outlet B", url="https://b.example/9",
                      quote="Outlet B saw it too.", count=40, end="2024-03-02")
    assert log.add([first]) == AddResult(added=1)
    assert log.add([second]) == AddResult(merged=1)
    assert len(log) == 1
    merged = log.get(second["properties"]["id"])  # found under either id
    assert merged == log.get(first["properties"]["id"])
    assert [s["source"] for s in merged["properties"]["sources"]] == ["Outlet A", "Outlet B"]
    assert merged["properties"]["count"] == 40  # a gap filled by the second outlet
    assert sorted(s["source"] for s in log.sources(first["properties"]["id"])) == ["Outlet A", "Outlet B"]
    assert log.add([second]) == AddResult(unchanged=1)
    assert log.check() == []


def test_merge_within_one_batch_and_not_across_far_apart_dates(log):
    a = movement()
    b = movement(source="Outlet B", url="https://b.example/2", quote="b")
    later = movement(start="2024-05-20", source="Outlet C", url="https://c.example/3", quote="c")
    assert log.add([a, b, later]) == AddResult(added=2, merged=1)
    assert [len(f["properties"]["sources"]) for f in log.query()] == [2, 1]


def test_different_status_or_route_is_not_merged(log):
    log.add([movement()])
    result = log.add([movement(status="denied", quote="denied", url="u2"),
                      movement(destination=TAL_TAMR, quote="other", url="u3")])
    assert result == AddResult(added=2)


def test_query_by_time_window_bbox_actor_and_text(log):
    log.add([
        movement(start="2024-03-01", quote="1"),
        movement(start="2024-03-10", end="2024-03-12", actor="Air wing", what="helicopters", quote="2"),
        movement(start="2024-04", time_precision="month", destination=TAL_TAMR, quote="3"),
        movement(start="2024-03-05T23:30:00+01:00", origin=NOME, destination=None, quote="4",
                 actor="Patrol"),
    ])
    quotes = lambda feats: sorted(f["properties"]["quote"] for f in feats)  # noqa: E731
    assert quotes(log.query(since="2024-03-11", until="2024-03-11")) == ["2"]
    assert quotes(log.query(since="2024-04-15")) == ["3"]  # month precision spans the month
    assert quotes(log.query(since="2024-03-05", until="2024-03-05")) == ["4"]  # 22:30Z that day
    assert quotes(log.query(until="2024-03-01")) == ["1"]
    assert quotes(log.query(bbox=(40.0, 36.0, 42.0, 38.0))) == ["1", "2", "3"]
    assert quotes(log.query(bbox=(40.0, 36.55, 40.5, 36.7))) == ["3"]  # Tall Tamr only
    assert quotes(log.query(bbox=(170.0, 60.0, -160.0, 70.0))) == ["4"]  # across the antimeridian
    assert quotes(log.query(actor="air WING")) == ["2"]
    assert quotes(log.query(text="HELICOPTER")) == ["2"]
    assert quotes(log.query(text="tall tamr")) == ["3"]
    assert quotes(log.query(since="2024-03-01", until="2024-03-31", actor="convoy")) == ["1"]
    assert log.query(limit=2) == log.query()[:2]
    assert log.count(since="2024-03-01", until="2024-03-31") == 3
    assert [f["properties"]["start"] for f in log.query()] == sorted(
        ["2024-03-01", "2024-03-10", "2024-04", "2024-03-05T22:30:00Z"],
        key=lambda s: s[:10])  # oldest first; datetimes normalised to UTC with Z


def test_query_status_filter(log):
    log.add([movement(), movement(status="planned", quote="plan", url="u9")])
    assert [f["properties"]["status"] for f in log.query()] == ["reported"]
    assert len(log.query(status=None)) == 2
    assert len(log.query(status="planned")) == 1


def test_undated_movement_is_found_by_its_publication_date(log):
    log.add([movement(start=None, published="2024-06-02")])
    assert len(log.query(since="2024-06-01", until="2024-06-30")) == 1
    assert log.query(since="2024-07-01") == []


@pytest.mark.parametrize("bad", [{"bbox": (1, 2, 3)}, {"bbox": "a,b,c,d"}, {"bbox": (0, 50, 1, 10)},
                                 {"since": "March"}, {"since": "2024-05-01", "until": "2024-04-01"}])
def test_bad_query_arguments_raise_input_errors(log, bad):
    with pytest.raises(InputError):
        log.query(**bad)


def test_update_and_delete(log):
    feature = movement()
    mid = feature["properties"]["id"]
    log.add([feature])
    updated = log.update(mid, destination=TAL_TAMR, count=12, start="2024-02-01")
    assert updated["geometry"]["coordinates"][-1] == [40.3716, 36.6549]
    assert log.get(mid)["properties"]["count"] == 12
    assert log.query(bbox=(40.3, 36.6, 40.4, 36.7))[0]["properties"]["id"] == mid
    assert log.query(since="2024-03-01") == []
    with pytest.raises(InputError):
        log.update(mid, status="rumoured")
    with pytest.raises(InputError):
        log.update(mid, id="mv-other")
    with pytest.raises(InputError):
        log.update("mv-missing", count=1)
    assert log.delete(mid) is True
    assert log.delete(mid) is False
    assert len(log) == 0
    assert log.db.execute("SELECT count(*) FROM sources").fetchone()[0] == 0
    assert log.db.execute("SELECT count(*) FROM movement_index").fetchone()[0] == 0


def test_a_bad_feature_in_a_batch_writes_nothing(log):
    log.add([movement()])
    before = dump(log)
    bad = movement(quote="bad")
    bad["properties"]["destination"] = dict(HASAKAH, lat=136.5)
    with pytest.raises(InputError, match="feature 2"):
        log.add([movement(quote="fine", start="2024-09-09"), bad])
    assert dump(log) == before


def test_log_persists_and_has_a_schema_version(tmp_path):
    path = tmp_path / "sub" / "log.sqlite"
    with MovementLog(path) as log:
        log.add([movement()])
    with MovementLog(path) as log:
        assert len(log) == 1
        assert log.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert log.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_a_log_from_a_newer_geomove_is_refused(tmp_path):
    path = tmp_path / "log.sqlite"
    MovementLog(path).close()
    with connected(path) as db:
        db.execute("PRAGMA user_version = 99")
    with pytest.raises(LogError, match="schema version 99"):
        MovementLog(path)


def test_files_that_are_not_logs_are_refused(tmp_path):
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(LogError, match="junk.sqlite"):
        MovementLog(junk)
    other = tmp_path / "other.sqlite"
    with connected(other) as db:
        db.execute("CREATE TABLE t (x)")
    with pytest.raises(LogError, match="not a geomove movement log"):
        MovementLog(other)


def test_default_log_path_honours_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("GEOMOVE_LOG", str(tmp_path / "x.sqlite"))
    assert default_log_path() == tmp_path / "x.sqlite"
    monkeypatch.delenv("GEOMOVE_LOG")
    assert default_log_path().name == "movements.sqlite"


def test_geodataframe_round_trip(log, tmp_path):
    log.add([movement(via=[TAL_TAMR], counts=[{"value": 30, "unit": "trucks"}], count=30),
             movement(start="2024-03-09T06:00:00Z", origin=None, quote="x", confidence=0.5)])
    gdf = log.to_geodataframe()
    assert gdf.crs.to_epsg() == 4326
    assert list(gdf["actor1"]) == ["Convoy brigade", "Convoy brigade"]
    with MovementLog.from_geodataframe(gdf, tmp_path / "copy.sqlite") as copy:
        assert copy.query() == log.query()


def test_from_geodataframe_reads_a_geojson_export(log, tmp_path):
    import geopandas as gpd

    from geomove.export import export

    log.add([movement(via=[TAL_TAMR]), movement(start="2024-03-09T06:00:00Z", quote="x", end=None)])
    path = tmp_path / "m.geojson"
    export(log.query(), "geojson", path)
    with MovementLog.from_geodataframe(gpd.read_file(path)) as copy:
        assert copy.query() == log.query()


def test_add_fills_in_the_source_given_for_the_report(log):
    result = log.add([movement(source=None, url=None)], source="Radio X")
    assert result.added == 1
    (stored,) = log.query()
    assert stored["properties"]["source"] == "Radio X"
    assert stored["properties"]["sources"] == [{"source": "Radio X", "url": None, "published": "2024-03-02"}]


def test_actor_query_matches_whole_words(log):
    log.add([movement(actor="US forces", quote="1"), movement(actor="Russian forces", quote="2", url="u2"),
             movement(actor="U.S.-led coalition", quote="3", url="u3")])
    assert sorted(f["properties"]["quote"] for f in log.query(actor="US")) == ["1", "3"]
    assert [f["properties"]["quote"] for f in log.query(actor="russian")] == ["2"]


def test_a_via_from_the_second_outlet_extends_the_line(log):
    log.add([movement()])
    log.add([movement(via=[TAL_TAMR], source="Outlet B", url="https://b.example/5", quote="b")])
    (merged,) = log.query()
    assert len(merged["geometry"]["coordinates"]) == 3
    assert log.query(bbox=(40.3, 36.6, 40.4, 36.7)) == [merged]


def test_an_end_date_learnt_within_one_batch_is_indexed(log):
    log.add([movement(), movement(end="2024-03-20", source="Outlet B", url="https://b.example/7", quote="b")])
    assert len(log.query(since="2024-03-15", until="2024-03-15")) == 1
