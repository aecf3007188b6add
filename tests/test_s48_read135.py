"""Session 48, read135: a passive verb of counting or watching after the subject ("were counted
heading to X": the noun phrase is what moved), and up or down a river as the way taken ("pushed
up the river from X", as "pushed north from X"), on sentences written for these tests (see
tests/golden/movements.jsonl, s48-read135-*)."""

import datetime as dt

from geomove.movements import extract
from geomove.read.forces import _force_np
from geomove.read.lexicon import _DIRECTION_AFTER
from geomove.read.no_force import _OBJECT_STOP

PUBLISHED = dt.date(2026, 12, 6)


def _props(text: str) -> list[dict]:
    return [f["properties"] for f in extract(text, published=PUBLISHED)]


def _ends(p: dict) -> tuple:
    return tuple(p[k]["surface"] if p[k] else None for k in ("origin", "destination"))


# -- 1. "were counted heading": the verb of counting is no part of what moved
def test_a_verb_of_counting_is_cut_off_the_subject():
    assert _force_np("About 25 fuel tankers were counted") == "About 25 fuel tankers"
    assert _force_np("Two columns were monitored") == "Two columns"
    assert _force_np("Soldiers") == "Soldiers"
    props = _props("Around 30 army lorries were counted driving towards Mosul on Thursday.")
    assert [(p["what"], p["count"], _ends(p)) for p in props] == [("Around 30 army lorries", 30, (None, "Mosul"))]


# -- 4. up or down a river is a way taken, as a compass point is
def test_up_or_down_a_river_is_a_direction_of_travel():
    assert _DIRECTION_AFTER.match(" up the river from Garsen")
    assert _DIRECTION_AFTER.match(" down the Tana River to Lamu")
    assert not _DIRECTION_AFTER.match(" up the pressure on Lamu")
    assert not _DIRECTION_AFTER.match(" for talks in Lamu")
    props = _props("Marines pushed up the Tana River from Garsen on Friday.")
    assert [(p["what"], _ends(p)) for p in props] == [("Marines", ("Garsen", None))]


def test_a_river_after_a_plain_verb_of_moving_is_no_object():
    assert _OBJECT_STOP.match(" down the river to Bor", 1)
    assert not _OBJECT_STOP.match(" up reinforcements to Bor", 1)
    props = _props("Ukrainian marines moved down the Danube to Izmail on Monday.")
    assert [p["what"] for p in props] == ["Ukrainian marines"]
    # (near miss: "moved up" with an object and no river keeps the object's reading)
    props = _props("Government troops moved down the river to Bor. Rebels moved down the road to Bor.")
    assert props[0]["what"] == "Government troops"


# -- 2. "a day after [a clause]": the joined clause's move is dated from the main clause's day
def test_a_span_joiner_dates_the_joined_clause_from_the_main_day():
    from geomove.dates import DateMention
    from geomove.read.span_before_clause import date_of_joined_clause, span_joiner_before
    text = "Troops left Gao on Friday, two days after a column drove in from Mopti."
    joiner = span_joiner_before(text, text.index("a column"))
    assert joiner is not None and joiner.group(0) == "two days after"
    friday = DateMention(0, 0, "Friday", dt.date(2026, 12, 4), dt.date(2026, 12, 4), "day", True)
    assert date_of_joined_clause(joiner, friday, PUBLISHED).date_start == dt.date(2026, 12, 2)
    before = "Marines landed at Sittwe on 1 December, the day before sailors came ashore from Kyaukpyu."
    joiner = span_joiner_before(before, before.index("sailors"))
    assert date_of_joined_clause(joiner, friday, PUBLISHED).date_start == dt.date(2026, 12, 5)
    assert date_of_joined_clause(joiner, None, PUBLISHED) is None  # (no day told: none made up)
    assert span_joiner_before("Troops left Gao after a column drove in.", 23) is None
    # (a definite subject may be the main clause's force told again: no date is lent)
    again = "Police reached Gao on Friday, a day after the officers left Mopti."
    assert span_joiner_before(again, again.index("the officers")) is None
    props = _props("Government troops withdrew from Kidal on Thursday, a day after rebel fighters were "
                   "seen moving along the road from Tessalit.")
    assert sorted((_ends(p)[0], p["start"]) for p in props) == [("Kidal", "2026-12-03"), ("Tessalit", "2026-12-02")]
