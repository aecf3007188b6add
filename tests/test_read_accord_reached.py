"""'reach' with an accord or a decision tells of no movement: "reached an agreement", "a deal
was reached" (geomove/read/clauses.py _accord_reached, lexicon reached_accord). Sentences are
our own."""

import pytest

import geomove


def test_a_truce_reached_leaves_only_the_move_it_allows_as_planned(gazetteer):
    text = "On May 2, a truce was reached between the two militias, allowing the Kenyan troops to leave Goma."
    moves = geomove.extract(text, gazetteer=gazetteer, include_all=True)
    assert [(m["properties"]["status"], m["properties"]["origin"]["name"]) for m in moves] == [("planned", "Goma")]


@pytest.mark.parametrize("text", ["The envoys reached an agreement in Doha on Friday.",
                                  "Negotiators reached a new ceasefire deal in Juba with the rebels."])
def test_an_accord_reached_is_no_arrival(gazetteer, text):
    assert geomove.extract(text, gazetteer=gazetteer) == []


def test_a_town_reached_is_still_an_arrival(gazetteer):
    moves = geomove.extract("A convoy of 30 trucks reached Goma on Monday.", gazetteer=gazetteer)
    assert [m["properties"]["destination"]["name"] for m in moves] == ["Goma"]
