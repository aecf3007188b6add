"""read81: constructions of long wire stories read from theatres the reader was not tuned on
(reports written for these tests)."""

import datetime as dt

from geomove.dates import find_dates

PUB = dt.date(2026, 3, 10)


def _dated(text: str, words: str):
    return next((d for d in find_dates(text, PUB) if d.text == words), None)


def test_at_the_time_takes_the_date_told_before_it():
    d = _dated("In 2025, the government declared an emergency. At the time, the army sent troops to Tibu.", "At the time")
    assert d is not None and (d.date_start, d.date_end, d.precision) == (dt.date(2025, 1, 1), dt.date(2025, 12, 31), "year")


def test_then_before_a_past_verb_takes_a_month_told_before():
    d = _dated("In May 2023, clashes broke out. NATO then sent 700 troops to Kosovo.", "then")
    assert d is not None and (d.date_start, d.precision) == (dt.date(2023, 5, 1), "month")


def test_then_after_a_day_or_in_a_span_dates_nothing():
    assert _dated("Troops arrived in Goma on Monday. The army then sent soldiers to Sake.", "then") is None
    assert _dated("In May 2023, clashes broke out. Since then NATO sent 700 troops.", "then") is None
    assert _dated("In 2025, clashes broke out. At the time of the clashes, troops moved.", "At the time") is None
    assert _dated("In 2025, clashes broke out.\n\nAt the time, troops moved.", "At the time") is None


def test_from_after_a_noun_of_an_act_names_who_acted():
    from geomove.read.act_from import act_from, act_from_place
    text = "flew to Okinawa, drawing a protest from Beijing"
    assert act_from(text, text.index("from"))
    assert act_from_place(text, {"start": text.index("Beijing")})
    text = "Reinforcements from Kinshasa arrived"
    assert not act_from(text, text.index("from"))
    assert not act_from_place(text, {"start": text.index("Kinshasa")})


def test_a_count_of_a_nations_people_is_no_force():
    from geomove.read.counted_nationals import counted_nationals
    text = "The agency said 18,000 Sudanese had crossed into Chad."
    w = text.index("Sudanese")
    demonym = [{"role": "demonym", "start": w, "end": w + len("Sudanese")}]
    assert counted_nationals(text, 0, text.index("crossed"), demonym)
    assert not counted_nationals(text, 0, text.index("crossed"), [])  # (no demonym there: a name)
    text = "The Sudanese crossed into Chad."
    w = text.index("Sudanese")
    assert not counted_nationals(text, 0, text.index("crossed"), [{"role": "demonym", "start": w, "end": w + 8}])


def test_a_district_holds_its_towns_near_it_only():
    from geomove.read.places import contains
    district = {"name": "Kurram District", "kind": "admin2", "country": "PK", "admin1": "Khyber Pakhtunkhwa", "lat": 33.718, "lon": 70.223}
    town = {"name": "Parachinar", "kind": "village", "country": "PK", "admin1": "Khyber Pakhtunkhwa", "lat": 33.900, "lon": 70.100}
    far = {"name": "Peshawar", "kind": "city", "country": "PK", "admin1": "Khyber Pakhtunkhwa", "lat": 34.008, "lon": 71.578}
    other_province = {**town, "admin1": "Punjab"}
    assert contains(district, town)
    assert not contains(district, far) and not contains(district, other_province)
    assert not contains(town, district)


def test_last_and_a_month_name_is_the_latest_such_month_before_this_one():
    d = _dated("Troops arrived last December.", "last December")
    assert d is not None and (d.date_start, d.date_end, d.precision) == (dt.date(2025, 12, 1), dt.date(2025, 12, 31), "month")
    d = _dated("Troops arrived last March.", "last March")
    assert d is not None and d.date_start == dt.date(2025, 3, 1)
    assert not find_dates("It was the last May of the war.", PUB)  # (after "the": no date)


def test_since_then_spans_months_only_after_a_date_months_before():
    from geomove.read.perfect_since import since_then_over_months
    text = "Fighting began in September 2024. The army has sent 11,000 soldiers to Sinaloa since then."
    s = text.index("The army")
    assert since_then_over_months(text, s, len(text), find_dates(text, PUB), PUB)
    text = "Fighting began on Monday. The army has sent 1,000 soldiers to Sinaloa since then."
    s = text.index("The army")
    assert not since_then_over_months(text, s, len(text), find_dates(text, PUB), PUB)
