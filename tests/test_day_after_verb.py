"""read.day_after_verb: a day between the verb and its object is no part of what moved."""

from geomove.read.day_after_verb import without_day_opening


def test_day_cut_off_the_object():
    assert without_day_opening("this Monday 300 soldiers") == "300 soldiers"
    assert without_day_opening("last weekend, two patrol boats") == "two patrol boats"
    assert without_day_opening("the next day 300 soldiers") == "300 soldiers"


def test_day_alone_and_other_objects_kept():
    assert without_day_opening("this Saturday") == "this Saturday"
    assert without_day_opening("this battalion") == "this battalion"
    assert without_day_opening("300 soldiers") == "300 soldiers"


def test_the_object_begins_past_a_day_opening_it():
    from geomove.read.day_after_verb import day_opening_end
    after = " on Monday 300 soldiers to Kidal."
    assert after[day_opening_end(after):].startswith("300 soldiers")
    after = " on Thursday, 6th of March, 2025, 120 soldiers to Garissa."
    assert after[day_opening_end(after):].startswith("120 soldiers")
    assert day_opening_end(" 300 soldiers on Monday to Kidal.") == 0
    assert day_opening_end(" last night for Mirebalais.") == 0
    assert day_opening_end(" on Monday in Kidal.") == 0
