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
