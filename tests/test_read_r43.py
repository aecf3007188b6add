"""read43's own reports (tests/fixtures/read43/): the Americas and Asia (Venezuela and Guyana,
Colombia, Haiti, Mexico's National Guard, Myanmar, the Korean peninsula with a note on the
Pakistan-Afghanistan border, the South China Sea and the Taiwan Strait). Each report must give
its hand-counted movements (gold.json, unseen32's format: tests/handcounts.py). And the
constructions read43 fixed, on sentences of our own."""

import datetime as dt

import pytest

from geomove.dates import find_dates
from handcounts import load

HERE, GOLD, REPORTS = load("read43")


# --- a weekday told with its date is one date: the date (dates.find_dates)

PUB = dt.date(2026, 11, 20)


@pytest.mark.parametrize("text, day", [
    ("on Friday 13 November", "2026-11-13"),
    ("on Friday, 13 November", "2026-11-13"),
    ("on Friday November 13", "2026-11-13"),
    ("on Friday, November 13, 2025", "2025-11-13"),
    ("on Friday the 13th of November", "2026-11-13"),
    ("on Friday 14 November", "2026-11-14"),       # a weekday that does not fit: the date told wins
])
def test_a_weekday_with_its_date_is_that_date(text, day):
    days = find_dates(text, PUB)
    assert [str(d.date_start) for d in days] == [day]


def test_a_weekday_and_a_date_apart_are_two():
    assert [str(d.date_start) for d in find_dates("on Friday and on 13 November", PUB)] == ["2026-11-20", "2026-11-13"]


# --- the reports' readings the hand counts do not check by key

from geomove.movements import extract


def _read(name, gazetteer, **kw):
    text = (HERE / name).read_text(encoding="utf-8")
    return [f["properties"] for f in extract(text, published="2026-11-20", gazetteer=gazetteer, **kw)]


def test_the_convoy_runs_from_the_day_it_left_to_the_day_it_arrived(gazetteer):
    """The lede's 'arrived in Cap-Haitien on Thursday', the body's 'left ... on Tuesday
    morning' (read.departure_day)."""
    convoy = next(p for p in _read("c_haiti_local.txt", gazetteer) if p["destination"] and p["destination"]["name"] == "Cap-Haïtien")
    assert (convoy["start"], convoy["end"]) == ("2026-11-17", "2026-11-19")


def test_the_rest_of_the_equipment_passes_no_place(gazetteer):
    """'Some of the launchers were trucked through Cucuta. The rest of the unit's equipment
    reached Tibu': the rest's move has no via, and the launchers' place passed no movement."""
    every = _read("b_colombia_mindefensa_statement.txt", gazetteer)
    assert not any(v["name"] == "Cúcuta" for p in every for v in p["via"])
    assert not any(p["origin"] and p["origin"]["name"] == "Cúcuta" or p["destination"] and p["destination"]["name"] == "Cúcuta" for p in every)


def test_what_moved_has_no_item_letter(gazetteer):
    whats = [p["what"] for p in _read("f_korea_sitrep.txt", gazetteer) if p["what"]]
    assert whats and not any(w[:3] in ("a. ", "b. ", "c. ") for w in whats), whats


@pytest.mark.parametrize("text", [
    "The driver was taken by air to a hospital in Cali on Monday.",
    "The wounded were taken by road to Bogotá.",
])
def test_people_taken_by_a_means_are_no_movement(text, gazetteer):
    assert extract(text, published="2026-11-20", gazetteer=gazetteer) == []
