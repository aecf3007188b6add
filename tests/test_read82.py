"""read82: what moved without the words told after it, and dates (sentences written for these tests)."""

from geomove.read.what_tail import what_without_tail


def test_a_direction_after_the_noun_is_no_part_of_what_moved():
    assert what_without_tail("A Russian convoy bound for Tartus") == "A Russian convoy"
    assert what_without_tail("a convoy en route") == "a convoy"
    assert what_without_tail("Troops on their way to Kidal") == "Troops"
    assert what_without_tail("en route") == "en route"  # (nothing else: kept)
    assert what_without_tail("the Boundary Force") == "the Boundary Force"


def test_a_span_of_time_at_the_end_is_no_part_of_what_moved():
    assert what_without_tail("300 soldiers a week earlier") == "300 soldiers"
    assert what_without_tail("the brigade two days later") == "the brigade"
    assert what_without_tail("a week earlier") == ""
    assert what_without_tail("the 12th Brigade") == "the 12th Brigade"
    assert what_without_tail("soldiers of the Second Week Battalion") == "soldiers of the Second Week Battalion"


def test_in_the_day_with_no_day_told_is_the_day_of_telling():
    import datetime as dt
    from geomove.read.in_the_day import day_of_telling
    text = "Earlier in the day, troops moved from Gao to Kidal."
    d = day_of_telling(text, 0, len(text), dt.date(2026, 3, 10))
    assert d is not None and (d.date_start, d.date_end, d.precision) == (dt.date(2026, 3, 10), dt.date(2026, 3, 10), "day")
    assert day_of_telling(text, 0, len(text), None) is None
    text = "Troops moved from Gao to Kidal late in the day."
    assert day_of_telling(text, 0, len(text), dt.date(2026, 3, 10)) is None



def test_since_a_weekday_runs_to_publication():
    import datetime as dt
    from geomove.dates import find_dates
    pub = dt.date(2026, 3, 13)  # a Friday
    d = next(d for d in find_dates("Since Monday, troops have been moving to Kidal.", pub) if "Monday" in d.text)
    assert (d.date_start, d.date_end, d.precision) == (dt.date(2026, 3, 9), pub, "day")
    d = next(d for d in find_dates("On Monday, troops moved to Kidal.", pub) if "Monday" in d.text)
    assert (d.date_start, d.date_end, d.precision) == (dt.date(2026, 3, 9), dt.date(2026, 3, 9), "day")


def _trigger(text: str, verb: str):
    import re
    return re.compile(r"\b(?P<verb>" + verb + r")\b").search(text)


def test_a_force_carrying_people_who_are_no_force_moves_no_force():
    from geomove.read.carried_people import carried_people
    for text, verb in [("The army evacuated 300 civilians from Kidal.", "evacuated"),
                       ("Police moved 45 gang members to a prison.", "moved"),
                       ("Soldiers flew the inmates to Gao.", "flew")]:
        assert carried_people(text, _trigger(text, verb), len(text)), text
    for text, verb in [("The army moved 300 soldiers from Kidal.", "moved"),
                       ("The army evacuated its troops and 300 civilians from Kidal.", "evacuated"),
                       ("The army evacuated its base in Kidal.", "evacuated"),
                       ("Soldiers escorted 300 civilians to Gao.", "escorted")]:
        assert not carried_people(text, _trigger(text, verb), len(text)), text


def test_the_weekday_of_a_departure_is_before_the_arrivals():
    import datetime as dt
    from geomove.dates import DateMention
    from geomove.read.departure_day import weekday_before
    monday = DateMention(0, 6, "Monday", dt.date(2026, 3, 9), dt.date(2026, 3, 9), "day", True)
    wednesday = DateMention(20, 29, "Wednesday", dt.date(2026, 3, 4), dt.date(2026, 3, 4), "day", True)
    assert weekday_before(monday, wednesday).date_start == dt.date(2026, 3, 2)
    yesterday = DateMention(0, 9, "yesterday", dt.date(2026, 3, 9), dt.date(2026, 3, 9), "day", True)
    assert weekday_before(yesterday, wednesday) is yesterday
    wednesday11 = DateMention(20, 29, "Wednesday", dt.date(2026, 3, 11), dt.date(2026, 3, 11), "day", True)
    assert weekday_before(monday, wednesday11) is monday


def test_a_date_of_the_subjects_relative_clause_is_not_the_main_verbs():
    import datetime as dt
    from geomove.dates import find_dates
    from geomove.read.subject_relative_time import dates_of_the_relative
    pub = dt.date(2026, 3, 10)
    text = "Troops who were rotated out of Gao in October have been sent to Kidal."
    dates = find_dates(text, pub)
    assert dates_of_the_relative(text, 0, dates, text.index("rotated"), [text.index("sent")]) == []
    text = "Troops who left Gao in October and were sent to Kidal."  # (the relative clause goes on)
    dates = find_dates(text, pub)
    assert dates_of_the_relative(text, 0, dates, text.index("left"), [text.index("sent")]) == dates
    text = "Troops were rotated out of Gao in October and have been sent to Kidal."  # (no relative clause)
    dates = find_dates(text, pub)
    assert dates_of_the_relative(text, 0, dates, text.index("rotated"), [text.index("sent")]) == dates


def test_people_passed_on_the_way_are_not_carried():
    from geomove.read.carried_people import carried_people
    text = "Troops moved past residents' homes toward Kidal."
    assert not carried_people(text, _trigger(text, "moved"), len(text))
