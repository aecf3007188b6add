"""read44's own reports (tests/fixtures/read44/): Europe, the Middle East and air and naval
moves (Baltic air policing, allied arrivals in Romania and the Black Sea, Iraq and Syria, a
carrier group through Suez, the Lebanese border, a Nordic-Baltic sitrep). Each report must give
its hand-counted movements (gold.json, unseen32's format: tests/handcounts.py). And the
constructions read44 fixed, on sentences of our own."""

import datetime as dt

import pytest

from geomove.dates import find_dates
from geomove.movements import extract
from handcounts import load

HERE, GOLD, REPORTS = load("read44")


# --- dates: a third of a month told by a noun (dates, "month")

PUB = dt.date(2026, 11, 20)


@pytest.mark.parametrize("text, start, end", [
    ("at the end of October", "2026-10-21", "2026-10-31"),
    ("towards the end of September", "2026-09-21", "2026-09-30"),
    ("at the start of March", "2026-03-01", "2026-03-10"),
    ("at the beginning of February", "2026-02-01", "2026-02-10"),
    ("in the middle of June", "2026-06-11", "2026-06-20"),
    ("At the end of December", "2025-12-21", "2025-12-31"),   # after publication's month: last year
])
def test_a_third_told_by_a_noun(text, start, end):
    days = find_dates(text, PUB)
    assert len(days) == 1, days
    assert (str(days[0].date_start), str(days[0].date_end)) == (start, end)


@pytest.mark.parametrize("text", [
    "by the end of October",          # a deadline: no date read, as before
    "at the end of the month",        # no month named
])
def test_no_third_without_its_month(text):
    assert find_dates(text, PUB) == []


# --- the reports' readings the hand counts do not check by key

def _read(name, gazetteer, **kw):
    text = (HERE / name).read_text(encoding="utf-8")
    return [f["properties"] for f in extract(text, published="2026-11-20", gazetteer=gazetteer, **kw)]


def test_the_fighters_do_not_take_the_tankers_base(gazetteer):
    """'... took off from RAF Coningsby ... refuelled ... by a Voyager tanker, which flew from
    RAF Brize Norton to the Baltic' (read.craft_relative)."""
    fighters = next(p for p in _read("a_typhoons_estonia.txt", gazetteer) if p["count"] == 4)
    assert fighters["origin"]["name"] == "RAF Coningsby" and fighters["via"] == []
    assert fighters["what"] == "Four Royal Air Force Typhoon fighters"   # not the dateline


def test_the_clock_time_is_no_size(gazetteer):
    # (the actor is the body's 'USS Harry S. Truman' since s39: the title's 'Carrier group' only describes it)
    carrier = next(p for p in _read("d_red_sea_carrier.txt", gazetteer) if p["actor"] and "Truman" in p["actor"])
    assert carrier["count"] == 3   # the carrier and two destroyers, not '6 a.m.'


def test_sitrep_items_lose_their_letters(gazetteer):
    whats = [p["what"] or "" for p in _read("f_nordic_sitrep.txt", gazetteer)]
    assert not any(w[:3] in ("a. ", "b. ", "c. ") for w in whats), whats
