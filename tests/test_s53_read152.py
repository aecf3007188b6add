"""Session 53, read152: constructions session 52 left (flights, next legs, plans). Flights counted
as the means (read.flights_as_means), "<state> then flew them to C" (read.moved_them), a restrictive
relative's leg then the main clause's (read.relative_leg_end), a planned half's what with no actor
(assemble._what_shared) and a flight after "were welcomed home at X" (read.welcomed_before).
Sentences of my own."""

import re

from reading import legs_told
from geomove.read.flights_as_means import flights_counted_as_means
from geomove.read.moved_them import moved_them

PUBLISHED = "2026-12-06"


def _read(text, gazetteer):
    return legs_told(gazetteer, text, PUBLISHED)


def _verb(text, word):
    return re.search(r"(?P<verb>\b" + word + r")\b", text)


def test_flights_after_a_preposition_are_the_means():
    for text, num in (("landed on two charter flights from A", "two"), ("came in three flights", "three"),
                      ("arrived aboard 2 flights", "2")):
        assert flights_counted_as_means(text, text.index(num), "flights"), text
    assert not flights_counted_as_means("Two flights left A", 0, "flights")  # (no preposition: what moved)
    assert not flights_counted_as_means("landed on two planes", 10, "planes")  # (aircraft: counted)


def test_flights_as_means_count_nothing(gazetteer):
    assert _read("Uruguayan peacekeepers landed at Entebbe on three charter flights from Goma.", gazetteer) \
        == [("Goma", "Entebbe", "Uruguayan peacekeepers")]


def test_them_after_a_verb_of_moving_something():
    for text, verb in (("The junta then flew them to Bangui.", "flew"), ("Kenya later shipped them to Port Sudan.", "shipped")):
        assert moved_them(text, _verb(text, verb)), text
    for text, verb in (("Burundi replaced them with fresh troops.", "replaced"),  # (read.object_relative's)
                       ("The army flew them with care.", "flew"),
                       ("The army flew the soldiers to Gao.", "flew"),
                       ("The army watched them leave.", "watched")):
        assert not moved_them(text, _verb(text, verb)), text


def test_moved_them_is_the_group_told_before(gazetteer):
    legs = _read("Niger moved 150 soldiers to Agadez. The junta then flew them to Dirkou.", gazetteer)
    assert all(what != "The junta" for _o, _d, what in legs), legs


def test_relative_leg_then_the_main_clause_leaves_from_its_end(gazetteer):
    assert _read("Eight mechanics who drove the tanks to Rzeszow flew home to Berlin.", gazetteer) \
        == [(None, "Rzeszow", "Eight mechanics"), ("Rzeszow", "Berlin", "Eight mechanics")]
    # (a list after one verb: no next leg)
    assert [o for o, _d, _w in _read("The mechanics drove the tanks to Rzeszow and Lublin.", gazetteer)] == [None, None]


def test_flight_after_a_welcome_home_ends_there(gazetteer):
    assert [(o, d) for o, d, _w in _read("Estonian soldiers were welcomed home at Tallinn on Friday. "
                                         "They touched down on a charter flight from Erbil.", gazetteer)] == [("Erbil", "Tallinn")]
    # (a welcome that is no homecoming)
    assert [(o, d) for o, d, _w in _read("The general was welcomed at Tallinn on Friday. "
                                         "The soldiers flew in on a charter flight from Erbil.", gazetteer)] == [("Erbil", None)]
