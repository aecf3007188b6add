"""read45's own reports (tests/fixtures/read45/): genres and statuses -- a liveblog with a
correction (southern Lebanon), a bulleted sitrep (eastern DRC), a Q&A briefing transcript (Red
Sea), a ministry press release (Ecuador), an OSINT thread (Libya), a wire story with an update
and a correction appended (Somalia), a table turned to text (South Sudan). Each report must give
its hand-counted movements (gold.json, unseen32's format: tests/handcounts.py). And the pieces
read45 added, on words of our own."""

import datetime as dt

import pytest

from geomove.dates import find_dates
from geomove.read.table_rows import row_cells, row_status


# --- a table's row (read.table_rows)

@pytest.mark.parametrize("line, roles", [
    ("Unit: 2nd Battalion | From: Kigali | To: Malakal | Date: 12 Nov 2026 | Personnel: 850 | Status: completed",
     {"actor", "origin", "destination", "date", "count", "status"}),
    ("From: Juba\tTo: Bor\tTroops: 210", {"origin", "destination", "count"}),
    ("Origin: Juba; Destination: Bor", {"origin", "destination"}),
])
def test_a_row_has_its_cells(line, roles):
    cells = row_cells(line, 0, len(line))
    assert cells is not None and set(cells) == roles


@pytest.mark.parametrize("line", [
    "Unit: 2nd Battalion | Location: Bentiu | Personnel: 850",  # no From or To: where a unit is
    "From: the press office",                                     # one cell, no separator
    "Update: troops moved from Juba to Bor.",                     # prose
])
def test_no_row(line):
    assert row_cells(line, 0, len(line)) is None


@pytest.mark.parametrize("cell, status", [
    ("completed", "reported"), ("Completed (12 Nov)", "reported"), ("scheduled", "planned"),
    ("postponed (road conditions)", "planned"), ("cancelled", "negated"), ("", "reported"),
    ("see note 3", "reported"),
])
def test_a_status_cell(cell, status):
    assert row_status(cell)[0] == status


# --- dates read45 added (geomove.dates)

PUB = dt.date(2026, 11, 20)


@pytest.mark.parametrize("text, start, end", [
    ("in October of last year", "2025-10-01", "2025-10-31"),
    ("in October last year", "2025-10-01", "2025-10-31"),
    ("in late October last year", "2025-10-21", "2025-10-31"),
    ("March of this year", "2026-03-01", "2026-03-31"),
    ("in December next year", "2027-12-01", "2027-12-31"),
    ("in October of 2024", "2024-10-01", "2024-10-31"),
    ("earlier in the month", "2026-11-01", "2026-11-20"),
])
def test_a_month_in_the_year_told(text, start, end):
    days = find_dates(text, PUB)
    assert len(days) == 1, days
    assert (str(days[0].date_start), str(days[0].date_end)) == (start, end)


def test_the_previous_day_is_no_span_back_from_publication():
    """'the previous day' is counted back from a date told before (dates.date_after_span), so
    find_dates alone reads no date in it; 'the past day' still is one."""
    assert find_dates("the previous day", PUB) == []
    assert [d.text for d in find_dates("in the past day", PUB)] == ["in the past day"]
