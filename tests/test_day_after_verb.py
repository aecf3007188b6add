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
