"""One time span of a movement (geomove.timespan) for the log's filter and for maps.select.

``list --since`` (the log's t0/t1) and ``render FILE --since`` (maps.select over the file's
features) used to disagree for a movement dated by a month, a week or a zoned datetime, and for
one with an end and no start; the cases are here, through the command line, and a property
says the two filters agree on any movement.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import tempfile
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from geomove.errors import DateError, InputError
from geomove.export import to_geojson, write_geojson
from geomove.importer import read_movements
from geomove.log import MovementLog
from geomove.maps.select import select
from geomove.model import make_movement, make_place
from geomove.render import movement_day
from geomove.timespan import UNDATED, Span, first_day, movement_span, parse_when, query_window

ORIGIN = make_place(name="Kherson", lat=46.6354, lon=32.6169, precision="exact")
DESTINATION = make_place(name="Mykolaiv", lat=46.9750, lon=31.9946, precision="exact")


def day(text: str) -> float:
    return parse_when(text)[1]


# ------------------------------------------------------------------ the span of one movement

@pytest.mark.parametrize("props, first, end", [
    ({"start": "2024-03-10"}, "2024-03-10", "2024-03-11"),
    ({"start": "2024-03"}, "2024-03-01", "2024-04-01"),  # a month covers the month
    ({"start": "2024-02"}, "2024-02-01", "2024-03-01"),  # (a leap February: 29 days)
    ({"start": "2024-W10"}, "2024-03-04", "2024-03-11"),  # Monday to Sunday
    ({"start": "2024"}, "2024-01-01", "2025-01-01"),
    ({"start": "2024-03-01", "end": "2024-03-05"}, "2024-03-01", "2024-03-06"),
    ({"start": "2024-03", "end": "2024-04-02"}, "2024-03-01", "2024-04-03"),
    ({"end": "2024-03-10", "published": "2024-03-15"}, "2024-03-10", "2024-03-11"),  # ends then
    ({"end": "2024-03"}, "2024-03-01", "2024-04-01"),
    ({"published": "2024-03-20"}, "2024-03-20", "2024-03-21"),  # no date told: the report's
])
def test_the_span_of_a_movement_covers_what_its_dates_tell(props, first, end):
    assert movement_span(props) == Span(day(first), day(end))


def test_a_zoned_datetime_is_the_utc_second_it_names():
    span = movement_span({"start": "2024-03-10T23:30:00-05:00"})
    assert day("2024-03-11") < span.first < day("2024-03-12")  # 04:30 UTC on 11 March
    assert span.end - span.first == pytest.approx(1 / 86400)


def test_a_movement_with_no_date_has_no_span_and_is_in_no_window():
    assert movement_span({"actor": "a brigade"}) == UNDATED
    assert not UNDATED.overlaps(Span(-1e9, 1e9))


def test_a_window_is_half_open_and_either_side_may_be_open():
    assert query_window(None, None) is None
    assert query_window("2024-03-10", None) == Span(day("2024-03-10"), 1e9)
    assert query_window(None, "2024-03-10") == Span(-1e9, day("2024-03-11"))
    ends_at_midnight = Span(day("2024-03-09"), day("2024-03-10"))
    assert not ends_at_midnight.overlaps(query_window("2024-03-10", None))
    assert ends_at_midnight.overlaps(query_window(None, "2024-03-09"))
    assert query_window("2024-03-10", "2024-03-10") == Span(day("2024-03-10"), day("2024-03-11"))
    with pytest.raises(InputError, match="before since"):
        query_window("2024-03-10", "2024-03-09")  # (the day before: it was an empty window)
    with pytest.raises(DateError, match="since"):
        query_window("10/03/2024", None)


@pytest.mark.parametrize("props, day", [
    ({"end": "2024-03-10", "published": "2024-03-15"}, "2024-03-10"),  # (was the publication's day)
    ({"start": "2024-03-10T23:30:00-05:00"}, "2024-03-11"),  # (was 10 March, the local day)
    ({"start": "2024-W10"}, "2024-03-04"),
    ({"start": "2024-03", "published": "2024-04-02"}, "2024-03-01"),
    ({"published": "2024-03-20"}, "2024-03-20"),
    ({"start": "1969-12-31T23:59:59Z"}, "1969-12-31"),
    ({}, None),
])
def test_a_map_places_a_movement_on_the_first_day_of_its_span(props, day):
    expected = None if day is None else dt.date.fromisoformat(day)
    assert first_day(props) == expected and movement_day(props) == expected


def test_a_map_draws_a_movement_with_an_unreadable_date_undated():
    assert movement_day({"start": "the day after"}) is None


# ------------------------------------------------------------------ list and render agree

FIXTURE = {  # id: its dates (each one published 2024-03-15 unless it says otherwise)
    "by-month": {"start": "2024-03"},
    "end-only": {"end": "2024-03-10"},
    "zoned": {"start": "2024-03-10T23:30:00-05:00"},
    "by-week": {"start": "2024-W10"},
    "days": {"start": "2024-03-01", "end": "2024-03-05"},
    "published-only": {"published": "2024-03-20"},
    "undated": {"published": None},
}


def fixture_file(tmp_path):
    features = []
    for n, (ident, dates) in enumerate(FIXTURE.items()):
        props = {"published": "2024-03-15", **dates}
        features.append(make_movement(id=ident, actor="Marine brigade", what=f"column {n}",
                                      origin=ORIGIN, destination=DESTINATION, **props))
    path = tmp_path / "hand-coded.geojson"
    path.write_text(to_geojson(features), encoding="utf-8")
    return path


@pytest.mark.parametrize("window, expected", [
    (["--since", "2024-03-11"], {"by-month", "zoned", "published-only"}),
    (["--until", "2024-03-10"], {"by-month", "end-only", "by-week", "days"}),
    (["--since", "2024-03-10", "--until", "2024-03-10"], {"by-month", "end-only", "by-week"}),
    (["--since", "2024-03-21"], {"by-month"}),
    ([], set(FIXTURE)),
])
def test_list_and_render_of_the_file_choose_the_same_movements(cli, tmp_path, window, expected):
    path = fixture_file(tmp_path)
    code, _, err = cli("import", path)
    assert code == 0, err
    code, out, err = cli("list", *window, "--json")
    assert code == 0, err
    assert {f["properties"]["id"] for f in json.loads(out)["features"]} == expected
    for source in ([path], []):  # the file, then the log
        code, out, err = cli("render", *source, *window, "-o", tmp_path / "map.html")
        assert code == 0, err
        assert int(re.search(r": (\d+) movement", out).group(1)) == len(expected)


def test_render_of_a_file_refuses_an_upside_down_window_as_the_log_does(cli, tmp_path):
    path = fixture_file(tmp_path)
    code, _, err = cli("render", path, "--since", "2024-03-10", "--until", "2024-03-01",
                       "-o", tmp_path / "map.html")
    assert code == 1 and "is before since" in err and err.count("\n") == 1


# ------------------------------------------------------------------ any movement

def _iso(d, form: str, hour: int, offset: int) -> str:
    if form == "day":
        return d.isoformat()
    if form == "month":
        return d.isoformat()[:7]
    if form == "week":
        year, week, _ = d.isocalendar()
        return f"{year}-W{week:02d}"
    if form == "year":
        return str(d.year)
    if form == "naive":
        return f"{d.isoformat()}T{hour:02d}:15:00"
    sign = "-" if offset < 0 else "+"
    return f"{d.isoformat()}T{hour:02d}:15:00{sign}{abs(offset):02d}:00"


DAYS = st.dates(min_value=dt.date(2023, 12, 1), max_value=dt.date(2024, 4, 30))
WHEN = st.builds(_iso, DAYS, st.sampled_from(["day", "month", "week", "year", "naive", "zoned"]),
                 st.integers(0, 23), st.integers(-12, 14))
MOVEMENT = st.fixed_dictionaries({}, optional={"start": WHEN, "end": WHEN, "published": DAYS.map(str)})


@settings(max_examples=80, deadline=None)
@given(st.lists(MOVEMENT, min_size=1, max_size=6), st.one_of(st.none(), DAYS.map(str)),
       st.one_of(st.none(), DAYS.map(str)))
def test_the_log_and_its_exported_file_filter_alike(movements, since, until):
    assume(not (since and until and until < since))
    features = []
    for n, dates in enumerate(movements):
        if dates.get("start") and dates.get("end"):
            assume(parse_when(dates["end"])[2] >= parse_when(dates["start"])[1])
        features.append(make_movement(actor="Marine brigade", what=f"column {n}", origin=ORIGIN,
                                      destination=DESTINATION, **dates))
    with MovementLog(":memory:") as log:
        log.add(features, merge=False)
        from_log = {f["properties"]["id"] for f in log.query(since=since, until=until, status=None)}
        exported = io.StringIO()
        write_geojson(log.query(status=None), exported)
    with tempfile.TemporaryDirectory(prefix="geomove-timespan-") as folder:
        path = Path(folder) / "export.geojson"
        path.write_text(exported.getvalue(), encoding="utf-8")
        chosen = select(read_movements(path), since=since, until=until)
    assert {f["properties"]["id"] for f in chosen} == from_log
