"""Lazy query results: equal to eager lists, paged, counted, stable across writes and close()."""

from __future__ import annotations

import json

import pytest

from geomove.errors import InputError, LogError
from geomove.log import MovementLog, Movements
from geomove.log.results import _FeatureStore, _Paged
from geomove.model import make_movement, make_place

QAMISHLI = make_place(name="Qamishli", lat=37.0522, lon=41.2231, gazetteer_id="gn:1", precision="exact")
HASAKAH = make_place(name="Hasakah", lat=36.5024, lon=40.7477, gazetteer_id="gn:2", precision="exact")


def convoy(n: int, **props) -> dict:
    base = dict(actor=f"Brigade {n % 3}", what=f"convoy number {n}", origin=QAMISHLI, destination=HASAKAH,
                start=f"2024-{1 + n // 28 % 12:02d}-{1 + n % 28:02d}", time_precision="day",
                source=f"Outlet {n}", url=f"https://outlet.example/{n}", quote=f"Convoy {n} left.")
    base.update(props)
    return make_movement(**base)


def eager(log: MovementLog, **query) -> list[dict]:
    """What query() returned before it was lazy: every row decoded, in the same order."""
    sql, args = log._query_sql(**query)
    return [json.loads(text) for (text,) in log.db.execute(sql, args)]


@pytest.fixture(params=["memory", "file"])
def log(request, tmp_path):
    path = ":memory:" if request.param == "memory" else tmp_path / "log.sqlite"
    with MovementLog(path) as opened:
        # merge=False: each convoy stays its own row, however alike.
        opened.add([convoy(n) for n in range(1200)], merge=False)
        yield opened


@pytest.mark.parametrize("query", [
    {}, {"since": "2024-03-01", "until": "2024-03-31"}, {"actor": "brigade 1"},
    {"bbox": (40.0, 36.0, 42.0, 38.0), "since": "2024-06-01"}, {"text": "number 11"},
    {"since": "2030-01-01"}, {"limit": 700, "offset": 250}, {"status": None}])
def test_lazy_results_equal_the_eagerly_decoded_rows(log, query):
    found = log.query(**query)
    assert isinstance(found, Movements)
    expected = eager(log, **query)
    assert len(found) == len(expected)
    assert found == expected and expected == found  # list == Movements both ways
    assert list(found) == expected
    assert [found[i] for i in range(len(found))] == expected
    assert not found or (found[-1] == expected[-1] and found[-len(found)] == expected[0])


def test_indexing_and_slicing_behave_like_a_list(log):
    found = log.query()
    everything = eager(log)
    for part in (slice(None, 10), slice(600, 1300), slice(-5, None), slice(None, None, -97), slice(3, 3)):
        assert isinstance(found[part], Movements)
        assert list(found[part]) == everything[part]
    with pytest.raises(IndexError):
        found[1200]
    with pytest.raises(IndexError):
        found[-1201]
    with pytest.raises(TypeError):
        found["1"]
    assert found[5] is found[5]  # decoded once, then the same dict (a caller's edits stay, as in a list)
    assert found[:10][5] is found[5]  # slices share what was decoded
    assert repr(found) == "<Movements: 1,200 movements>"
    assert found != everything[:-1] and found != "text" and found != everything[::-1]


def test_only_touched_rows_are_decoded(log):
    found = log.query()
    store = found._store
    assert store.decoded == {} and store.text == {}  # the query itself reads no Feature
    found[0]
    assert len(store.decoded) == 1
    assert len(store.text) == store.page - 1  # the rest of the first page, read but not decoded
    found[:20][-1]
    assert len(store.decoded) == 2
    assert [f["properties"]["what"] for f in reversed(found)] == [
        f["properties"]["what"] for f in eager(log)][::-1]


def test_pages_are_read_in_few_statements(log):
    statements = []
    log.db.set_trace_callback(statements.append)
    found = log.query()
    list(reversed(found))
    list(found[:700])
    reads = [s for s in statements if "WHERE rowid IN" in s]
    assert len(reads) == 3  # 1,200 rows backwards in pages of 500; forwards all read already


def test_paging_with_limit_and_offset_walks_through_every_match(log):
    query = {"since": "2024-02-01", "until": "2024-08-31"}
    whole = log.query(**query)
    total = log.count(**query, limit=5, offset=9)  # count ignores paging
    assert total == len(whole) > 500
    pages = [log.query(**query, limit=100, offset=first) for first in range(0, total, 100)]
    assert [f for page in pages for f in page] == list(whole)
    assert len(pages[-1]) == total % 100 or len(pages[-1]) == 100
    assert log.query(**query, offset=total) == []
    assert log.query(**query, offset=total - 1) == [whole[-1]]
    assert log.query(**query, limit=0) == []
    assert log.query(limit=3) == log.query()[:3]


@pytest.mark.parametrize("bad", [{"limit": -1}, {"offset": -2}, {"limit": "many"}, {"offset": "x"}])
def test_bad_paging_raises_input_errors(log, bad):
    with pytest.raises(InputError):
        log.query(**bad)


def test_a_result_shows_the_log_as_it_was_when_queried(log):
    found = log.query(actor="brigade 0")
    before = eager(log, actor="brigade 0")
    first, last = before[0]["properties"]["id"], before[-1]["properties"]["id"]
    found[0]  # partly read: the first page only
    log.delete(last)
    log.update(first, what="changed later")
    log.add([convoy(5000, actor="Brigade 0")], merge=False)
    assert found == before
    assert len(log.query(actor="brigade 0")) == len(before)  # one gone, one new


def test_a_result_stays_usable_after_the_log_closes(tmp_path):
    with MovementLog(tmp_path / "log.sqlite") as log:
        log.add([convoy(n) for n in range(40)], merge=False)
        found = log.query(since="2024-01-05")
        expected = eager(log, since="2024-01-05")
        untouched = log.query()[10:]
    assert found == expected
    assert len(untouched) == 30 and untouched[-1]["properties"]["what"] == "convoy number 39"


def test_rows_deleted_by_another_connection_before_they_are_read_raise_a_log_error(tmp_path):
    path = tmp_path / "log.sqlite"
    with MovementLog(path) as log, MovementLog(path) as other:
        log.add([convoy(n) for n in range(3)], merge=False)
        found = log.query()
        other.delete(eager(log)[-1]["properties"]["id"])  # found itself has read nothing yet
        with pytest.raises(LogError, match="run the query again"):
            list(found)


def test_empty_results_need_no_log(tmp_path):
    log = MovementLog(tmp_path / "log.sqlite")
    empty = log.query()
    log.close()
    assert empty == [] and len(empty) == 0 and list(empty) == [] and not empty


def test_closing_with_a_result_that_lost_rows_still_closes(tmp_path):
    path = tmp_path / "log.sqlite"
    with MovementLog(path) as log, MovementLog(path) as other:
        log.add([convoy(n) for n in range(3)], merge=False)
        found = log.query()
        other.delete(eager(log)[0]["properties"]["id"])
    assert [f["properties"]["what"] for f in found[1:]] == ["convoy number 1", "convoy number 2"]
    with pytest.raises(LogError, match="run the query again"):
        found[0]


def test_bbox_queries_from_the_index_alone_match_the_movements_table_at_every_edge(tmp_path):
    """movement_index holds 32-bit floats; edges and times of day are settled exactly."""
    with MovementLog(tmp_path / "log.sqlite") as log:
        starts = ["2024-03-01T10:00:30Z", "2024-03-01T10:00:00Z", "2024-03-01", "2024-03-01T10:00:31Z",
                  "2024-03-02", "2024-02-29T23:59:59Z", None]
        log.add([convoy(n, start=start, time_precision="day")
                 for n, start in enumerate(starts)], merge=False)
        lon, lat = HASAKAH["lon"], HASAKAH["lat"]  # the west and south end of every route
        queries = [{"bbox": (lon - 1, lat - 1, lon, lat)}, {"bbox": (lon - 1, lat - 1, lon - 1e-12, lat)},
                   {"bbox": (lon - 1, lat - 1, lon, lat - 1e-12)}, {"bbox": (41.2231, 37.0522, 42, 38)},
                   {"bbox": (41.2231 + 1e-12, 37.0522, 42, 38)},
                   {"bbox": (40, 36, 42, 38), "since": "2024-03-01", "until": "2024-03-01"},
                   {"bbox": (40, 36, 42, 38), "since": "2024-03-02"},
                   {"bbox": (40, 36, 42, 38), "until": "2024-02-29"}, {"bbox": (40, 36, 42, 38), "limit": 3}]
        for query in queries:
            assert log._indexed(**{k: v for k, v in query.items() if k != "limit"}) is not None
            found = log.query(**query)
            assert [f["properties"]["id"] for f in found] == [
                f["properties"]["id"] for f in eager(log, **query)], query
            assert log.count(**query) == log.db.execute(*log._query_sql(**query, select="count(*)")).fetchone()[0]
        assert len(log.query(bbox=(lon - 1, lat - 1, lon, lat))) == 7
        assert len(log.query(bbox=(lon - 1, lat - 1, lon - 1e-12, lat))) == 0
        everything = [f["properties"]["start"] for f in log.query(bbox=(40, 36, 42, 38))]
        assert everything == ["2024-02-29T23:59:59Z", "2024-03-01", "2024-03-01T10:00:00Z",
                              "2024-03-01T10:00:30Z", "2024-03-01T10:00:31Z", "2024-03-02", None]


def test_date_only_queries_from_the_window_index_match_the_movements_table(tmp_path):
    """Spans from an instant to decades (every span class), times of day, statuses, undated."""
    with MovementLog(tmp_path / "log.sqlite") as log:
        spans = [("2024-03-01T10:00:30Z", None), ("2024-03-01", "2024-03-01"), ("2024-02-29T23:59:59Z", None),
                 ("2024-02-28", "2024-03-01"), ("2024-02-01", "2024-02-29"), ("2023-06-01", "2024-06-01"),
                 ("2010-01-01", "2024-02-29"), ("1990-01-01", "2030-12-31"), ("2024-03-02", "2024-03-09"),
                 ("2024-01-25", "2024-02-28"), ("2024-02-29", None), (None, None)]
        log.add([convoy(n, start=start, end=end, status=("reported", "denied", "planned")[n % 3])
                 for n, (start, end) in enumerate(spans)]
                + [convoy(100 + n, start=start, end=end, origin=None, destination=None)  # placeless
                   for n, (start, end) in enumerate(spans[:6])], merge=False)
        queries = [{"since": "2024-03-01", "until": "2024-03-01"}, {"since": "2024-03-01"}, {"until": "2024-02-29"},
                   {"since": "2024-02-29", "until": "2024-03-01", "status": None}, {"since": "1900-01-01"},
                   {"since": "2024-03-01T10:00:30Z", "until": "2024-03-01T10:00:30Z", "status": None},
                   {"since": "2031-01-01", "status": None}, {"until": "1980-01-01", "status": None},
                   {"since": "2024-03-01", "status": "denied"}, {"since": "2024-02-01", "status": "no such"},
                   {"since": "2024-02-01", "status": None, "limit": 4, "offset": 2}]
        for query in queries:
            assert log._indexed(**{k: v for k, v in query.items() if k not in ("limit", "offset")}) is not None
            assert [f["properties"]["id"] for f in log.query(**query)] == [
                f["properties"]["id"] for f in eager(log, **query)], query
            assert log.count(**query) == log.db.execute(*log._query_sql(**query, select="count(*)")).fetchone()[0]
        assert len(log.query(since="1900-01-01", status=None)) == len(spans) - 1 + 6
        assert len(log.query(since="2024-03-01", until="2024-03-01", status=None)) == 5 + 4  # 0, 1, 3, 5, 7; placeless 0, 1, 3, 5


def test_a_date_only_query_reads_no_movement_row(log):
    statements = []
    log.db.set_trace_callback(statements.append)
    found = log.query(since="2024-03-01", until="2024-03-31")
    log.db.set_trace_callback(None)
    assert len(statements) == 1 and len(found) == len(eager(log, since="2024-03-01", until="2024-03-31")) > 100
    plan = " ".join(row[3] for row in log.db.execute("EXPLAIN QUERY PLAN " + statements[0]))
    assert "COVERING INDEX movements_window" in plan and "SCAN" not in plan



# -- lazy paging: rowids of indexed queries are fetched page by page in (start, rowid) order

def mixed_log(path) -> MovementLog:
    """Starts with ties, times of day and none; routes on a query edge; three statuses."""
    log = MovementLog(path)
    starts = ["2024-03-01", "2024-03-01T10:00:30Z", "2024-03-02", "2024-02-29T23:59:59Z", "2024-03-01T00:00:00Z",
              "2024-03-03", None]
    log.add([convoy(n, start=starts[n % len(starts)], end=None,
                    status=("reported", "reported", "denied")[n % 3],
                    destination=HASAKAH if n % 5 else make_place(name="Edge", lat=36.0, lon=40.0, precision="exact"))
             for n in range(240)], merge=False)
    return log


PAGED_QUERIES = [{"bbox": (40.0, 36.0, 42.0, 38.0)}, {"bbox": (40.0 + 1e-12, 36.0, 42.0, 38.0), "status": None},
                 {"bbox": (40.0, 36.0, 42.0, 38.0), "since": "2024-03-01", "until": "2024-03-01"},
                 {"bbox": (170.0, 36.0, 42.0, 38.0), "status": None},  # across the antimeridian
                 {"since": "2024-03-01"}, {"since": "2024-02-29", "until": "2024-03-02", "status": None}]


@pytest.mark.parametrize("first_page", [1, 7, 500])
def test_paged_results_equal_eager_ones_across_page_boundaries(tmp_path, monkeypatch, first_page):
    monkeypatch.setattr(_Paged, "first_page", first_page)
    with mixed_log(tmp_path / "log.sqlite") as log:
        for query in PAGED_QUERIES:
            assert isinstance(log._indexed(**query), _Paged)
            expected = [f["properties"]["id"] for f in eager(log, **query)]
            assert len(expected) > 40, query
            found = log.query(**query)
            assert len(found) == len(expected) == log.count(**query), query
            assert [f["properties"]["id"] for f in found] == expected, query
            backwards = log.query(**query)  # read from the end first: every page fetched at once
            assert [f["properties"]["id"] for f in reversed(backwards)] == expected[::-1], query
            for offset, limit in [(0, 1), (3, 10), (len(expected) - 2, 10), (len(expected), 5), (5, None)]:
                page = log.query(**query, offset=offset, limit=limit)
                assert [f["properties"]["id"] for f in page] == expected[offset:None if limit is None
                                                                          else offset + limit], (query, offset)


def test_a_paged_result_fetches_rowids_as_they_are_needed(tmp_path, monkeypatch):
    monkeypatch.setattr(_Paged, "first_page", 10)
    monkeypatch.setattr(_FeatureStore, "page", 10)
    with mixed_log(tmp_path / "log.sqlite") as log:
        query = {"bbox": (40.0, 36.0, 42.0, 38.0), "status": None}
        found = log.query(**query)
        rowids = found._store.rowids
        assert len(found) == 240 and len(rowids.known) == 0  # counted, nothing fetched yet
        found[0]
        assert 0 < len(rowids.known) < 240  # the store's first text page only
        statements = []
        log.db.set_trace_callback(statements.append)
        assert len(list(found)) == 240
        log.db.set_trace_callback(None)
        fetches = [s for s in statements if "FROM movement_index" in s]
        assert 1 <= len(fetches) <= 4  # pages grow: 240 rows in a few statements, not 24


def test_a_write_while_reading_a_long_result_does_not_change_it(tmp_path, monkeypatch):
    monkeypatch.setattr(_Paged, "first_page", 5)
    monkeypatch.setattr(_FeatureStore, "page", 5)
    with mixed_log(tmp_path / "log.sqlite") as log:
        for round_, query in enumerate(({"bbox": (40.0, 36.0, 42.0, 38.0)}, {"since": "2024-03-01"})):
            expected = eager(log, **query)
            found, other = log.query(**query), log.query(**query)
            assert len(found) == len(expected)
            head = [found[i] for i in range(7)]  # part way: later rowids not fetched yet
            assert len(found._store.rowids.known) < len(expected)
            ids = [f["properties"]["id"] for f in expected]
            log.delete(ids[-1])
            log.update(ids[20], what="edited after the query")
            log.add([convoy(900 + 10 * round_ + n, start="2024-03-02") for n in range(3)], merge=False)  # in mid-result
            assert len(found) == len(expected) == len(other)  # len() before and after the writes
            assert head + list(found[7:]) == expected
            assert other == expected  # never touched before the writes
            assert log.count(**query) == len(expected) - 1 + 3


def test_a_half_read_result_survives_close(tmp_path, monkeypatch):
    monkeypatch.setattr(_Paged, "first_page", 5)
    monkeypatch.setattr(_FeatureStore, "page", 5)
    with mixed_log(tmp_path / "log.sqlite") as log:
        query = {"bbox": (40.0, 36.0, 42.0, 38.0), "status": None}
        expected = eager(log, **query)
        found = log.query(**query)
        page = log.query(**query, offset=30, limit=20)
        found[3]
    assert list(found) == expected and list(page) == expected[30:50]


def test_another_process_changing_an_unread_part_of_a_result_is_reported(tmp_path, monkeypatch):
    monkeypatch.setattr(_Paged, "first_page", 5)
    monkeypatch.setattr(_FeatureStore, "page", 5)
    path = tmp_path / "log.sqlite"
    with mixed_log(path) as log, MovementLog(path) as other:
        query = {"since": "2024-03-01"}
        added = log.query(**query)
        added[0]
        other.add([convoy(999, start="2024-03-09")], merge=False)  # after every row fetched so far
        with pytest.raises(LogError, match="run the query again"):
            list(added)
        with pytest.raises(LogError, match="run the query again"):  # and again, not a wrong answer
            added[-1]
        removed = log.query(**query)
        removed[0]
        other.delete(eager(log, **query)[-1]["properties"]["id"])
        with pytest.raises(LogError, match="run the query again"):
            list(removed)
