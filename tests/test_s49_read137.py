"""Session 49, read137: constructions session 48 left (movements). Sentences of my own.

5. The day of a move from where it was only seen (read136, assemble._without_sighting_left)
   says why: dated by its own day, the sighting's set aside; or by the sighting's day, when no
   clause of the move tells one (assemble.sighting_day_why).
"""

from geomove.movements import extract

PUBLISHED = "2026-12-04"  # a Friday


def _why(text, gazetteer, published=PUBLISHED):
    why = []
    extract(text, published=published, gazetteer=gazetteer, why=why)
    return why


# -- 5. the sighting's day decision in the why

def test_the_move_s_own_day_says_the_sighting_s_day_was_set_aside(gazetteer):
    why = _why("A fuel convoy was filmed at a depot in Sikasso on Monday. It moved to Segou on Wednesday.", gazetteer)
    lines = [w for w in why if "dated by" in w]
    assert len(lines) == 1
    assert "its own day ('Wednesday')" in lines[0] and "not the day it was seen at Sikasso" in lines[0] \
        and "'Monday'" in lines[0]


def test_the_sighting_s_day_kept_says_the_move_told_none(gazetteer):
    why = _why("A convoy was filmed at a depot in Tobruk on Tuesday. It moved to Derna.", gazetteer)
    lines = [w for w in why if "dated by" in w]
    assert len(lines) == 1
    assert "the day it was seen at Tobruk" in lines[0] and "no clause of the move tells a day of its own" in lines[0]


def test_no_sighting_day_line_for_a_move_told_whole(gazetteer):
    # near miss: a departure and an arrival, no sighting: the day needs no such line
    why = _why("The column left Sikasso on Monday and reached Segou on Wednesday.", gazetteer)
    assert not [w for w in why if "dated by" in w]
