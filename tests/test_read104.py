"""read104 (s38): dates told relative to the paragraph before, tables pasted with tabs and a column
of equipment, and liveblogs stamped by the hour alone. The constructions are in the golden file
(s38-read104-*); these tests hold what a golden line cannot: the helpers' own answers and the
cost of a long liveblog."""

from __future__ import annotations

import gc
import time

from geomove.dates import date_after_span, find_dates, parse_published
from geomove.read.liveblog import liveblog_dates, undated_blog_day
from geomove.read.unwrap import unwrapped

PUBLISHED = parse_published("2026-11-20")


def _day_of(text: str) -> str | None:
    found = find_dates(text, PUBLISHED)
    return found[0].date_start.isoformat() if found else None


def test_day_of_month_before_a_subject():
    assert _day_of("On the 16th a convoy left Baidoa.") == "2026-11-16"
    assert _day_of("On the 3rd 120 marines were flown out.") == "2026-11-03"
    assert _day_of("On the 21st of March troops left.") != "2026-11-21"  # (the month's: daymonth)
    assert _day_of("Orders came on the 3rd Brigade's net.") is None


def test_the_day_after_counts_from_the_date_before():
    before = find_dates("Troops left on 10 November.", PUBLISHED)[0]
    after = date_after_span("The day after, a company followed.", before, PUBLISHED)
    assert after is not None and after.date_start.isoformat() == "2026-11-11"
    assert date_after_span("The day after the attack, a company followed.", before, PUBLISHED) is None
    assert date_after_span("They left the day after they arrived.", before, PUBLISHED) is None


def test_a_table_row_keeps_its_line_break():
    rows = "equipment\tfrom\tto\tdate\n14 Leopard 2A6 tanks\tBergen\tRukla\t8 November\n20 CV90 vehicles\tBoden\tAdazi\t10 November\n"
    assert unwrapped(rows) == rows
    prose = "A column of the Malian army that had waited in Gao for a week left\n40 minutes after dawn.\n"
    assert unwrapped(prose) != prose  # (wrapped prose is still joined)


def test_undated_blog_day_needs_a_liveblog_and_a_publication_day():
    blog = "Live\n\n16:20 - One.\n\n14:05 - Two.\n\n09:40 - Three.\n"
    day = undated_blog_day(blog, PUBLISHED)
    assert day is not None and day.date_start == PUBLISHED
    assert undated_blog_day(blog, None) is None
    assert undated_blog_day("16:20 - One.\n\n14:05 - Two.\n", PUBLISHED) is None


def test_a_long_liveblog_is_dated_in_linear_time():
    # (each sentence asked every stamp and every date before: 4,000 entries took ~6 s)
    text = "Live updates, Wednesday 18 November\n\n" + "".join(
        f"{10 + i % 10}:{i % 60:02d} - Troops moved. Officials said: more came. Nothing else.\n" for i in range(4000))
    published = parse_published("2026-11-18")
    dates = find_dates(text, published)
    liveblog_dates(text[:2000], published, find_dates(text[:2000], published))  # (patterns warmed)
    gc.disable()
    try:
        t = time.perf_counter()
        out = liveblog_dates(text, published, dates)
        took = time.perf_counter() - t
    finally:
        gc.enable()
    assert len(out) > 12000
    assert took < 2.0, took
