"""Constructions of movement found missing by new golden lines (task read12), each shown on
sentences of our own from theatres the dev reports do not cover; the golden lines themselves
are in tests/golden/movements.jsonl."""

import pytest

from geomove.read.assemble import extract as read


def _found(gazetteer, text):
    why = []
    found = read(text, gazetteer=gazetteer, published="2025-06-20", why=why)
    return [f["properties"] for f in found], why


def _ends(props):
    name = lambda p: p and p.get("surface")
    return [(name(p["origin"]), name(p["destination"])) for p in props]


# --- "arrived from A in B": the origin told first, then where they arrived ------------------

@pytest.mark.parametrize("text, origin, destination", [
    ("Fresh federal troops arrived from Addis Ababa in Mekelle on Wednesday.", "Addis Ababa", "Mekelle"),
    ("The soldiers arrived by road from Bamako at Mopti on Friday.", "Bamako", "Mopti"),
    # an area that does not hold the origin is where they arrived, too
    ("Police reinforcements arrived from Kinshasa in North Kivu on Monday.", "Kinshasa", "North Kivu"),
])
def test_arrived_from_then_in(gazetteer, text, origin, destination):
    props, why = _found(gazetteer, text)
    assert _ends(props) == [(origin, destination)], (props, why)


def test_in_an_area_holding_the_origin_locates_it(gazetteer):
    # "came from X in Y" with Y holding X: Y says where X is, it is no destination
    props, _ = _found(gazetteer, "Reinforcements arrived from Uvira in South Kivu on Monday.")
    assert _ends(props) == [("Uvira", None)], props


# --- "between the towns of A and B": the kind word before the pair --------------------------

@pytest.mark.parametrize("text, origin, destination", [
    ("Ethiopian federal troops moved between the towns of Gondar and Bahir Dar on Sunday.", "Gondar", "Bahir Dar"),
    ("Troops were moved between the towns of Kharkiv and Izium on Tuesday.", "Kharkiv", "Izium"),
])
def test_between_the_towns_of_is_a_route(gazetteer, text, origin, destination):
    props, why = _found(gazetteer, text)
    assert _ends(props) == [(origin, destination)], (props, why)
    assert any("direction not stated" in w for w in why), why


@pytest.mark.parametrize("text", [
    "Fighting raged between the towns of Gondar and Bahir Dar on Sunday.",
    "Soldiers crossed the river between the towns of Gondar and Bahir Dar on Sunday.",
    "The army deployed troops between the towns of Gondar and Bahir Dar on Sunday.",
])
def test_between_the_towns_of_sides_are_no_route(gazetteer, text):
    props, why = _found(gazetteer, text)
    assert not any("direction not stated" in w for w in why), why
    assert ("Gondar", "Bahir Dar") not in _ends(props), props


# --- apposition after a place: "left X, their main base in the north, for Y" ----------------

@pytest.mark.parametrize("text, origin, destination", [
    ("The Chadian soldiers left Faya-Largeau, their main base in the north, for Abeche on Thursday.",
     "Faya-Largeau", "Abeche"),
    ("Ethiopian troops left Baidoa, the regional capital, for Dinsoor on Tuesday.", "Baidoa", "Dinsoor"),
    # a site the gazetteer does not know, located by the place after it: that place is the end
    ("KFOR troops drove from Camp Bondsteel, their base near Ferizaj, to Leposavic on Friday.",
     "Ferizaj", "Leposavic"),
])
def test_apposition_does_not_part_the_cue(gazetteer, text, origin, destination):
    props, why = _found(gazetteer, text)
    assert _ends(props) == [(origin, destination)], (props, why)


def test_apposition_without_a_cue_after_it_adds_no_end(gazetteer):
    # "in the north" inside the apposition is no arrival
    props, _ = _found(gazetteer, "The Chadian soldiers left Faya-Largeau, their main base in the north, on Thursday.")
    assert _ends(props) == [("Faya-Largeau", None)], props
