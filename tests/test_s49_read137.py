"""Session 49, read137: constructions session 48 left (movements). Sentences of my own.

1. A move told in a relative clause on the subject, the main verb one of fighting ("Militants
   believed to have crossed from A attacked a post in X"): A -> nothing, X no end
   (read.relative_then_fought); "Troops said to have left A reached B": A -> B, what "Troops"
   (clauses._SAID_BY: "said to have" is no verb of saying that cuts the subject).
3. "Rebels moved down the road to Bor": the way is no object, what moved is "Rebels"
   (read.way_phrase).
4. A sighting at a city named like its province, then a move to another town of it: one
   movement from the city (read.seen_in_the_city).
5. The day of a move from where it was only seen (read136, assemble._without_sighting_left)
   says why: dated by its own day, the sighting's set aside; or by the sighting's day, when no
   clause of the move tells one (assemble.sighting_day_why).
"""

from geomove.movements import extract
from geomove.read.relative_then_fought import fought_after_place
from geomove.read.way_phrase import only_the_way, what_without_way

PUBLISHED = "2026-12-04"  # a Friday


def _read(text, gazetteer, published=PUBLISHED):
    name = lambda p: p and (p.get("surface") or p.get("name"))  # noqa: E731
    return [(name(f["properties"]["origin"]), name(f["properties"]["destination"]), f["properties"]["what"])
            for f in extract(text, published=published, gazetteer=gazetteer)]


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


# -- 1. a move in the subject's relative clause, the main verb of fighting

def test_the_gap_of_a_main_verb_of_fighting():
    assert fought_after_place(" attacked a post in ")
    assert fought_after_place(", raided a village near ")
    assert fought_after_place(" on Friday ambushed a patrol near ")
    assert not fought_after_place(" attacked by gunmen near ")  # a passive participle
    assert not fought_after_place(" and then to ")
    assert not fought_after_place(" in the region of ")


def test_crossed_in_a_reduced_relative_then_attacked(gazetteer):
    assert _read("Insurgents believed to have crossed from Mozambique attacked a police post in Mtwara on Monday.",
                 gazetteer) == [("Mozambique", None, "Insurgents")]


def test_said_to_have_left_then_reached_keeps_the_subject(gazetteer):
    assert _read("Soldiers said to have left Kidal reached Tessalit.", gazetteer) == [("Kidal", "Tessalit", "Soldiers")]


# -- 3. the way taken is no object

def test_only_the_way():
    assert only_the_way("down the road")
    assert only_the_way("up the main highway")
    assert only_the_way("along the river")
    assert not only_the_way("down 300 soldiers")
    assert not only_the_way("up to 1,000 soldiers")
    assert what_without_way("300 fighters down the road") == "300 fighters"
    assert what_without_way("the down payment") == "the down payment"


def test_a_one_word_subject_before_the_way(gazetteer):
    assert _read("Insurgents moved up the valley to Bamyan.", gazetteer) == [(None, "Bamyan", "Insurgents")]
    assert _read("Rebels drove down the highway to Juba.", gazetteer) == [(None, "Juba", "Rebels")]


# -- 4. a sighting at a city named like its province

def test_seen_in_the_city_then_a_town_of_its_province(gazetteer):
    assert _read("A column of army trucks was filmed at a depot in Kaduna on Monday. The column drove to Zaria "
                 "on Tuesday.", gazetteer) == [("Kaduna", "Zaria", "army trucks")]


def test_an_arrival_in_the_city_then_a_town_of_its_province_stays_two_legs(gazetteer):
    # near miss: the force got to the city, and left again on another day
    assert [(o, d) for o, d, _w in _read("Soldiers flew from Abuja to Kaduna on Monday. They moved to Zaria on Friday.",
                                         gazetteer)] == [("Abuja", "Kaduna"), ("Kaduna", "Zaria")]


# -- 2. back across the border, no place named

def test_slipped_back_across_the_border_to_where_it_came_from(gazetteer):
    assert [(o, d) for o, d, _w in _read("Kenyan police crossed into Somalia on Monday. They slipped back across the "
                                         "border on Thursday.", gazetteer)] == [("Kenyan", "Somalia"), ("Somalia", "Kenyan")]


def test_back_across_the_border_home_of_the_force_that_entered_a_town(gazetteer):
    assert [(o, d) for o, d, _w in _read("Eritrean troops entered Adigrat on Monday. They withdrew back across the "
                                         "border on Friday.", gazetteer)] == [(None, "Adigrat"), ("Adigrat", "Eritrean")]
