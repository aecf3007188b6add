"""Text search in the log: the trigram index finds exactly what a LIKE over the search
column finds, and stays in step with every write."""

from __future__ import annotations


from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from geomove.log import MovementLog
from geomove.log.schema import text_condition
from geomove.model import make_movement, make_place

from sqlite_files import connected

ALEPPO = make_place(name="Aleppo", lat=36.2, lon=37.16)
HOMS = make_place(name="Homs", lat=34.73, lon=36.72)
# Few letters, so random words and queries often share substrings; case, accents, quotes, LIKE's own signs.
ALPHABET = "abAB çÇéß\"'%_\\‘—1"


def like_ids(log: MovementLog, text: str) -> list[str]:
    like = text.casefold().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return [r[0] for r in log.db.execute(
        "SELECT id FROM movements WHERE search LIKE ? ESCAPE '\\' ORDER BY t0 IS NULL, t0, rowid", (f"%{like}%",))]


def ids(found) -> list[str]:
    return [f["properties"]["id"] for f in found]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(words=st.lists(st.text(ALPHABET, min_size=1, max_size=12), min_size=1, max_size=8),
       query=st.text(ALPHABET, min_size=1, max_size=5))
def test_the_index_finds_what_like_finds(words, query):
    with MovementLog() as log:
        log.add([make_movement(actor=w, what=f"moved {k}", origin=ALEPPO, destination=HOMS,
                               start=f"2024-03-{1 + k:02d}") for k, w in enumerate(words)], merge=False)
        assert ids(log.query(text=query, status=None)) == like_ids(log, query)
        for probe in words:  # a word always finds its own movement
            assert ids(log.query(text=probe, status=None)) == like_ids(log, probe) != []


def test_the_index_follows_adds_updates_and_deletes():
    with MovementLog() as log:
        first, second = (make_movement(actor=a, origin=ALEPPO, destination=HOMS, start="2024-03-01")
                         for a in ("Brigade Alpha", "Brigade Bravo"))
        log.add([first, second], merge=False)
        sql, _ = text_condition(log.db, "alpha")
        assert "movement_search" in sql  # the index answers, not a scan
        assert ids(log.query(text="alpha", status=None)) == [first["properties"]["id"]]
        log.update(first["properties"]["id"], actor="Brigade Charlie")
        assert ids(log.query(text="alpha", status=None)) == []
        assert ids(log.query(text="charlie", status=None)) == [first["properties"]["id"]]
        log.delete(first["properties"]["id"])
        assert ids(log.query(text="charlie", status=None)) == []
        assert ids(log.query(text="brigade", status=None)) == [second["properties"]["id"]]
        assert log.check() == []


def test_check_reports_an_index_out_of_step(tmp_path):
    path = tmp_path / "log.sqlite"
    with MovementLog(path) as log:
        log.add([make_movement(actor="Brigade Alpha", origin=ALEPPO, destination=HOMS, start="2024-03-01")])
    with connected(path) as db:
        db.execute("DROP TRIGGER movements_search_update")
        db.execute("UPDATE movements SET search = 'something else'")
    with MovementLog(path) as log:
        assert any("search index" in p for p in log.check())


def test_the_workbench_table_pages_a_search_the_same_by_every_plan(monkeypatch):
    from geomove.log import review as log_review, schema as log_schema

    with MovementLog() as log:
        log.add([make_movement(actor=f"Unit {k % 7}", what="convoy" if k % 3 else "column", origin=ALEPPO,
                               destination=HOMS, start=f"2024-03-{1 + k % 28:02d}") for k in range(60)], merge=False)

        def pages(**query):
            return [(total, ids(rows)) for total, rows in
                    (log_review.page(log, limit=7, offset=offset, **query) for offset in (0, 7, 35))]

        queries = [{"text": "convoy"}, {"text": "convoy", "sort": "actor", "descending": True},
                   {"text": "unit 3", "review": "proposed"}, {"text": "colu", "status": "reported"}]
        by_index = {repr(q): pages(**q) for q in queries}
        monkeypatch.setattr(log_review, "BROAD_SEARCH", 0)  # every search walks the table's order
        assert {repr(q): pages(**q) for q in queries} == by_index
        monkeypatch.setattr(log_schema, "has_search_index", lambda db: False)  # LIKE over every row
        assert {repr(q): pages(**q) for q in queries} == by_index
        assert by_index[repr(queries[0])][0][0] > 14 and by_index[repr(queries[2])][0][0] > 0  # pages to compare
