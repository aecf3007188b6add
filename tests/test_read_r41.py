"""read41's own reports (tests/fixtures/unseen41/): exercises, drills, rotations and posture
changes in Europe and Asia (a NATO exercise in Lithuania, a US rotation in Poland, the
India-China LAC, the Pakistan-Afghanistan border, Japan's southwestern islands, a Russian snap
readiness check, Russian units arriving in Belarus by rail). Each report must give its
hand-counted movements (gold.json, unseen32's format: tests/handcounts.py). And the
constructions read41 fixed, on sentences of our own."""

import pytest

from handcounts import load

HERE, GOLD, REPORTS = load("unseen41")


# --- dates: a span across a month's end (dates._month_span), the thirds of a month
# (dates._third_of_month)

import datetime as dt

from geomove.dates import find_dates
from geomove.movements import extract

PUB = dt.date(2026, 11, 20)


@pytest.mark.parametrize("text, start, end", [
    ("moved on 30 April-2 May.", "2026-04-30", "2026-05-02"),
    ("between 28 February and 3 March", "2026-02-28", "2026-03-03"),
    ("April 30 - May 2", "2026-04-30", "2026-05-02"),
    ("from 30 December to 2 January", "2025-12-30", "2026-01-02"),   # across the new year
    ("30 April to May 2, 2025", "2025-04-30", "2025-05-02"),          # the year told at the end
    ("in late October", "2026-10-21", "2026-10-31"),
    ("in late February", "2026-02-21", "2026-02-28"),
    ("in mid-June", "2026-06-11", "2026-06-20"),
    ("during early March", "2026-03-01", "2026-03-10"),
    ("since early March", "2026-03-01", "2026-03-31"),                # a stretch from it: the month, as before
    ("mid-November", "2026-11-11", "2026-11-20"),                     # up to publication
    ("in October", "2026-10-01", "2026-10-31"),                       # no third: the month
])
def test_a_span_of_days_is_one_date(text, start, end):
    days = find_dates(text, PUB)
    assert len(days) == 1, days
    assert (str(days[0].date_start), str(days[0].date_end)) == (start, end)


@pytest.mark.parametrize("text", [
    "on 5 May and 6 June",           # "and" without "between": two days
    "from 5 May to 6 September",     # months apart: two dates, no span of days
])
def test_two_dates_are_no_span(text):
    assert [d.precision for d in find_dates(text, PUB)] == ["day", "day"]


# --- the reports' readings the hand counts do not check by key

def _read(name, gazetteer, **kw):
    text = (HERE / name).read_text(encoding="utf-8")
    return [f["properties"] for f in extract(text, published="2026-11-20", gazetteer=gazetteer, **kw)]


def test_the_denied_crossing_is_not_reported(gazetteer):
    """'..., a police official said, but the Afghan interim government denied that any of its
    fighters had entered Pakistani territory' (read.denied_clause)."""
    every = _read("d_pak_afghan_border.txt", gazetteer, include_all=True)
    crossing = [p for p in every if p["origin"] and p["origin"]["name"].startswith("Kuna")]
    assert crossing and all(p["status"] == "denied" for p in crossing)


def test_the_rotation_ends_on_its_last_day(gazetteer):
    tapa = next(p for p in _read("b_poland_rotation.txt", gazetteer) if p["origin"] and p["origin"]["name"] == "Tapa")
    assert (tapa["start"], tapa["end"]) == ("2026-04-30", "2026-05-02")
