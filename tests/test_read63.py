"""read63's own reports (tests/fixtures/read63/): chronologies, a satellite-imagery analysis, a
table pasted with its header row and 'Key takeaways', an explainer Q&A and an order of battle, in
eastern DR Congo, Belarus, NATO's southeastern flank, Japan's southwestern islands, Korea and North
Kordofan. Each report must give its hand-counted movements (gold.json, unseen32's format:
tests/handcounts.py, run by tests/test_handcounted.py). And the constructions read63 fixed, on sentences of our own (the golden
lines read63-* hold the whole readings)."""

import datetime as dt

import pytest

from geomove.dates import find_dates
from geomove.read.flies_from_base import flies_from_base
from geomove.read.header_table import header_roles, header_rows, line_cells, place_cells
from geomove.read.item_span import counted_from_item_day, weekday_of_item
from geomove.read.no_evidence import nothing_shows
from geomove.read.put_off import put_off_predicate

PUBLISHED = dt.date(2026, 12, 2)


# --- a table pasted with its header row (read.header_table)

@pytest.mark.parametrize("line, roles", [
    ("Unit | From | To | Date | Strength | Status", ["actor", "origin", "destination", "date", "count", "status"]),
    ("| Unit | Origin | Destination | Date |", ["actor", "origin", "destination", "date"]),
    ("Contingent\tFrom\tTo\tPersonnel", ["actor", "origin", "destination", "count"]),
    ("Unit | Base | Strength", None),                # no From or To column
    ("From | To", None),                             # two cells: may be words of a sentence
    ("Unit | From | To | Notes on the move", None),  # a cell that is no label
])
def test_header_roles(line, roles):
    assert header_roles(line, 0, len(line)) == roles


def test_line_cells_drop_end_bars_and_spaces():
    line = "| Finnish mortar section | Hamina |  Rukla | 21 Nov |"
    assert [line[a:b] for a, b in line_cells(line, 0, len(line))] == ["Finnish mortar section", "Hamina", "Rukla", "21 Nov"]


def test_header_rows_stop_at_another_number_of_cells():
    text = ("Unit | From | To | Date\n|---|---|---|---|\nA company | Tapa | Adazi | 20 Nov\n"
            "B company | Skive | Adazi | 21 Nov\nNote: the C company stays in Adazi\nD | E | F | G\n")
    rows = header_rows(text)
    assert [text[slice(*cells["origin"])] for _at, cells in rows] == ["Tapa", "Skive"]
    assert [(text[a:b], role) for a, b, role in place_cells(text)][:2] == [("Tapa", "origin"), ("Adazi", "destination")]


def test_no_table_no_rows():
    assert header_rows("Troops moved from Gao to Kidal | Tessalit on Monday.") == []


# --- a chronology's year told once (dates._DATES_YEAR) and a span in a dated item (read.item_span)

@pytest.mark.parametrize("note, year", [
    ("The dates below are all in 2025.", 2025),
    ("Compiled from army statements; all dates 2024, times local.", 2024),
    ("Dates are in 2023 unless stated otherwise.", 2023),
    ("The dates of the 2025 talks have not been set.", 2026),   # no year of the list's dates
    ("Our desk has covered the war since 2023.", 2026),          # a year, no word of dates
])
def test_year_of_the_list(note, year):
    text = f"{note}\n\n3 February – Troops left Gao for Kidal.\n"
    day = next(d for d in find_dates(text, PUBLISHED) if d.text == "3 February")
    assert day.date_start == dt.date(year, 2, 3)


@pytest.mark.parametrize("line, day", [
    ("14 March – The army said a battalion had moved into Walikale the previous day.", dt.date(2026, 3, 13)),
    ("Nov 14: Two days earlier a column had left Beni.", dt.date(2026, 11, 12)),
    ("14 March – A battalion moved into Walikale.", None),            # no span: the item's day stays
])
def test_counted_from_item_day(line, day):
    dates = find_dates(line, PUBLISHED)
    found = counted_from_item_day(line, dates[0], len(line), PUBLISHED)
    assert (found.date_start if found else None) == day


def test_counted_only_from_a_day_opening_its_line():
    line = "The army said on 14 March that a battalion had moved the previous day."
    dates = find_dates(line, PUBLISHED)
    assert counted_from_item_day(line, dates[0], len(line), PUBLISHED) is None


@pytest.mark.parametrize("line, day", [
    ("14 March – A battalion moved into Walikale on Tuesday.", dt.date(2026, 3, 10)),
    ("Nov 14: Fighters arrived in Bara on Saturday night.", dt.date(2026, 11, 14)),    # the item's own weekday
    ("The army said a battalion moved into Walikale on Tuesday.", None),              # no dated item
])
def test_weekday_of_item(line, day):
    dates = find_dates(line, PUBLISHED)
    weekday = next(d for d in dates if "day" in d.text.lower() and d.text[0].isalpha() and not d.text[0].isdigit()
                   and any(w in d.text.lower() for w in ("tuesday", "saturday")))
    found = weekday_of_item(line, dates, weekday)
    assert (found.date_start if found else None) == day


# --- what nothing is said to show (read.no_evidence)

@pytest.mark.parametrize("text, verb, negated", [
    ("Apart from the Lida fighters, nothing we saw shows units being moved toward X", "moved", True),
    ("Nothing in the imagery suggests troops moving to X", "moving", True),
    ("None of the passes shows vehicles leaving X", "leaving", True),
    ("The imagery shows vehicles leaving X", "leaving", False),
    ("Nothing was left at X after the vehicles moved to Y", "moved", False),
])
def test_nothing_shows(text, verb, negated):
    assert bool(nothing_shows(text, 0, text.index(verb))) is negated


# --- a unit's aircraft flown from its base, in the present (read.flies_from_base)

@pytest.mark.parametrize("text, base", [
    ("The 51st Fighter Wing flies A-10s and F-16s from Osan Air Base.", True),
    ("The navy sails its frigates from Sevastopol.", True),
    ("The regiment operates Mi-8 helicopters from Mopti", True),
    ("The wing flew six A-10s from Osan Air Base.", False),                  # past: a move
    ("The fleet sails two frigates from Novorossiysk to Tartus.", False),   # a place it goes to
    ("Russia flies reinforcements from Syria.", False),                     # people: a headline's move
])
def test_flies_from_base(text, base):
    import re
    verb = re.search(r"\b(?:flies|flew|sails|operates)\b", text)
    assert flies_from_base(text, verb, len(text)) is base


# --- a move that slipped (read.put_off)

@pytest.mark.parametrize("after, put_off", [
    (" to Bulgaria slipped by a week because of rail congestion", True),
    (" to Lithuania has slipped to January", True),
    (" to Bulgaria went ahead on Monday", False),
    (" to Bulgaria slipped through the pass", False),   # no time it slips by or to
])
def test_slipped(after, put_off):
    assert bool(put_off_predicate(after)) is put_off
