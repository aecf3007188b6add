"""Review state and corrections in the log: stored beside the machine's reading, kept when a
report is added or read again, shown as history, undone, and migrated into old logs."""

from __future__ import annotations

import sqlite3

import pytest

from geomove.log import review
from geomove.log import store as log_module
from geomove.log import schema as log_schema
from geomove.errors import InputError, UsageError
from geomove.log import SCHEMA_VERSION, MovementLog
from geomove.model import make_movement, make_place

from sqlite_files import connected

NORTH = make_place(name="Northtown", lat=36.0, lon=40.0, gazetteer_id="t:1", precision="exact")
SOUTH = make_place(name="Southtown", lat=34.0, lon=39.0, gazetteer_id="t:2", precision="exact")
EAST = make_place(name="Eastville", lat=35.0, lon=42.0, gazetteer_id="t:3", precision="exact")
TEXT = "The 9th Lancers drove twelve trucks from Northtown to Southtown on 4 May 2024."


def reading(destination=SOUTH, count=12, text=TEXT):
    """What a pretend extractor reads from ``text``: one movement, the destination as given."""
    def extractor(report_text, *, published=None, source=None, url=None, include_all=False):
        assert report_text == text
        return [make_movement(actor="9th Lancers", what="twelve trucks", count=count, origin=NORTH,
                              destination=destination, start="2024-05-04", source=source, url=url,
                              published=published, quote=text)]
    return extractor


@pytest.fixture
def log():
    with MovementLog() as opened:
        yield opened


def test_a_new_movement_is_proposed_and_queries_filter_by_review(log):
    added = review.add_report(log, TEXT, source="Own notes", extractor=reading())
    assert added.added == 1 and len(added.ids) == 1
    mid = added.ids[0]
    assert log.get(mid)["properties"]["review"] == "proposed"
    assert len(log.query(review="accepted")) == 0
    review.decide(log, [mid], "accepted", by="ana")
    assert [f["properties"]["id"] for f in log.query(review="accepted")] == [mid]
    assert log.count(review="accepted") == 1 and log.count(review=["proposed", "rejected"]) == 0
    with pytest.raises(UsageError):
        review.decide(log, [mid], "maybe")


def test_an_edit_keeps_the_machine_reading_in_history_and_can_be_undone(log):
    mid = review.add_report(log, TEXT, extractor=reading()).ids[0]
    after = review.edit(log, mid, {"destination": EAST, "count": 14}, by="ana")
    props = after["properties"]
    assert props["destination"]["name"] == "Eastville" and props["count"] == 14
    assert after["geometry"]["coordinates"][-1] == [42.0, 35.0]  # the arrow follows the correction
    entry = props["history"][-1]
    assert entry["by"] == "ana" and entry["action"] == "edit"
    assert entry["changes"]["destination"]["from"]["name"] == "Southtown"
    assert entry["changes"]["count"] == {"from": 12, "to": 14}
    shown = review.history(log, mid)
    assert [h["action"] for h in shown] == ["edit"]
    undone = review.undo(log, mid, by="ana")
    assert undone["properties"]["destination"]["name"] == "Southtown"
    assert undone["properties"]["count"] == 12
    assert [h["action"] for h in undone["properties"]["history"]] == ["edit", "undo"]
    assert [(h["action"], h["undone"]) for h in review.history(log, mid)] == [("edit", True), ("undo", False)]
    with pytest.raises(InputError):
        review.undo(log, mid)  # nothing left to undo
    assert log.check() == []


def test_no_place_is_a_choice_and_a_second_outlet_does_not_fill_it_back(log):
    mid = review.add_report(log, TEXT, extractor=reading()).ids[0]
    review.edit(log, mid, {"destination": None}, by="ana")
    assert log.get(mid)["properties"]["destination"] is None
    assert log.get(mid)["geometry"] is None
    # Another outlet telling the same movement (same merge key: actor, origin, no destination).
    other = make_movement(actor="9th Lancers", what="trucks", origin=NORTH, destination=None,
                          start="2024-05-04", source="Other outlet", url="https://other.example/1",
                          count=99, quote="Trucks left Northtown.")
    log.add([other])
    assert log.get(mid)["properties"]["destination"] is None
    assert log.get(mid)["properties"]["count"] == 12


def test_adding_or_reextracting_a_report_keeps_corrections_decisions_and_deletions(log):
    ids = review.add_report(log, TEXT, extractor=reading()).ids
    mid = ids[0]
    review.edit(log, mid, {"destination": EAST}, by="ana")
    review.decide(log, [mid], "accepted", by="ana")
    again = review.add_report(log, TEXT, extractor=reading())
    assert (again.added, again.unchanged) == (0, 1)
    assert log.get(mid)["properties"]["destination"]["name"] == "Eastville"
    # The machine now reads the same sentence with another count: the decided movement stays.
    summary = review.reextract(log, extractor=reading(count=20))
    assert (summary.reports, summary.kept, summary.added) == (1, 1, 0)
    assert log.get(mid)["properties"]["count"] == 12
    # ... and with another destination: a new proposal beside the correction.
    summary = review.reextract(log, extractor=reading(destination=make_place(
        name="Westburg", lat=35.0, lon=37.0, gazetteer_id="t:9")))
    assert summary.added == 1
    proposed = list(log.query(review="proposed", status=None))
    assert [f["properties"]["destination"]["name"] for f in proposed] == ["Westburg"]
    assert log.get(mid)["properties"]["destination"]["name"] == "Eastville"
    # A deleted proposal does not come back when the report is read again.
    new_id = proposed[0]["properties"]["id"]
    assert review.delete(log, [new_id], by="ana") == 1
    assert log.get(new_id) is None
    assert [h["action"] for h in review.history(log, new_id)] == ["delete"]
    summary = review.reextract(log, extractor=reading(destination=make_place(
        name="Westburg", lat=35.0, lon=37.0, gazetteer_id="t:9")))
    assert summary.added == 0 and log.get(new_id) is None
    restored = review.undo(log, new_id, by="ana")
    assert restored["properties"]["destination"]["name"] == "Westburg"
    assert log.get(new_id) is not None and log.check() == []


def test_an_undecided_movement_takes_the_new_details_of_a_reextraction(log):
    mid = review.add_report(log, TEXT, extractor=reading()).ids[0]
    summary = review.reextract(log, extractor=reading(count=15))
    assert summary.updated == 1
    assert log.get(mid)["properties"]["count"] == 15
    assert [h["action"] for h in review.history(log, mid)] == ["reextract"]


def test_places_from_coordinates_and_unknown_fields(log):
    mid = review.add_report(log, TEXT, extractor=reading()).ids[0]
    after = review.edit(log, mid, {"origin": "35.5, 41.25"}, by="ana")
    assert (after["properties"]["origin"]["lat"], after["properties"]["origin"]["lon"]) == (35.5, 41.25)
    assert after["properties"]["origin"]["source"] == "analyst"
    with pytest.raises(InputError):
        review.edit(log, mid, {"origin": "95, 41"})
    with pytest.raises(UsageError):
        review.edit(log, mid, {"id": "x"})
    with pytest.raises(InputError):
        review.edit(log, "mv-none", {"count": 3})


def test_the_table_pages_sorts_and_searches_without_reading_everything(log):
    features = [make_movement(actor=f"Unit {n % 3}", what=f"convoy {n}", origin=NORTH, destination=SOUTH,
                              start=f"2024-01-{1 + n:02d}", url=f"https://x.example/{n}") for n in range(25)]
    log.add(features, merge=False)
    total, rows = review.page(log, offset=20, limit=10)
    assert total == 25 and [r["properties"]["what"] for r in rows] == [f"convoy {n}" for n in range(20, 25)]
    total, rows = review.page(log, limit=3, sort="start", descending=True)
    assert [r["properties"]["what"] for r in rows] == ["convoy 24", "convoy 23", "convoy 22"]
    total, rows = review.page(log, text="convoy 1", limit=100)
    assert total == 11  # 1 and 10..19
    total, rows = review.page(log, actor="unit 2", limit=100)
    assert total == 8
    with pytest.raises(UsageError):
        review.page(log, sort="feature; DROP TABLE movements")


def test_a_version_4_log_migrates_to_review_in_one_transaction(tmp_path, monkeypatch):
    path = tmp_path / "v4.sqlite"
    with connected(path, isolation_level=None) as db:
        for step in range(4):
            log_schema.MIGRATIONS[step](db)
        db.execute("INSERT INTO reports VALUES ('abc', 'Outlet A', 0, '2024-01-01T00:00:00Z')")
        db.execute("PRAGMA user_version = 4")
    # A crash inside the migration leaves the file at version 4, untouched.
    original = log_schema.MIGRATIONS[4]

    def broken(conn):
        original(conn)
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(log_module, "MIGRATIONS", [*log_schema.MIGRATIONS[:4], broken, *log_schema.MIGRATIONS[5:]])
    with pytest.raises(Exception):
        MovementLog(path)
    with connected(path) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == 4
        assert not db.execute("SELECT 1 FROM sqlite_schema WHERE name = 'history'").fetchone()
    monkeypatch.undo()
    with MovementLog(path) as log:
        assert log.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        mid = review.add_report(log, TEXT, extractor=reading()).ids[0]
        review.decide(log, [mid], "rejected", by="ana")
        assert log.count(review="rejected", status=None) == 1
        assert log.db.execute("SELECT count(*) FROM reports").fetchone()[0] == 2  # the old row kept


def test_a_report_recorded_without_its_text_gets_it_when_added_again(log):
    from geomove.log.keys import report_hash

    log.db.execute("INSERT INTO reports (hash, source, movements, added_at) VALUES (?, 'Old', 1, '2024-01-01')",
                   (report_hash(TEXT),))
    assert review.reextract(log, extractor=reading()).without_text == 1
    again = review.add_report(log, TEXT, extractor=reading())
    assert again.unchanged == 1 and again.added == 0
    summary = review.reextract(log, extractor=reading())
    assert (summary.reports, summary.without_text, summary.added) == (1, 0, 1)


def test_a_batch_with_an_unknown_id_changes_nothing(log):
    mid = review.add_report(log, TEXT, extractor=reading()).ids[0]
    with pytest.raises(InputError):
        review.decide(log, [mid, "mv-unknown"], "accepted", by="ana")
    with pytest.raises(InputError):
        review.delete(log, [mid, "mv-unknown"], by="ana")
    assert log.get(mid)["properties"]["review"] == "proposed"
    assert log.db.execute("SELECT count(*) FROM history").fetchone()[0] == 0
