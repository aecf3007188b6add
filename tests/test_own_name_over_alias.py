"""A place that bears the words as its own name wins over a settlement that holds them only as
another of its names, when those words are everyday English or a person's name.

'Diego Garcia' is GeoNames' alternate name of a village of the atoll ('Downtown') and, in the
curated rows, the own name of the US-UK base there; the everyday-alias guard dropped the
mention whole (two names of people), so "bombers landed on Diego Garcia" had no place. The
sentences are our own."""

import pytest

from geomove.mentions import find_mentions


def _places(gazetteer, text):
    return [(m["surface"], m["gazetteer_id"]) for m in find_mentions(text, gazetteer=gazetteer)
            if m["role"] == "place"]


@pytest.mark.parametrize("text", [
    "Six B-52 bombers landed on Diego Garcia on Monday.",
    "The Pentagon said two tankers would deploy to Diego Garcia in the coming days.",
    "A cargo ship left Diego Garcia for Duqm on Friday.",
])
def test_a_place_of_its_own_name_is_read_over_a_village_holding_it_as_an_alias(gazetteer, text):
    assert ("Diego Garcia", "curated:diego-garcia") in _places(gazetteer, text)


@pytest.mark.parametrize("text, word", [
    ("Taylor said the convoy reached Bor on Monday.", "Taylor"),
    ("Officials at the White House said the convoy reached Bor on Monday.", "White House"),
])
def test_an_everyday_alias_with_no_place_of_that_own_name_is_still_no_place(gazetteer, text, word):
    assert all(surface != word for surface, _ in _places(gazetteer, text))
