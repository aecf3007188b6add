"""s40 gaz66: which words become place mentions, taken as kinds. Every sentence is written for
these tests.

- A run of names cut at a preposition ("Researchers at the University of Utah") leaves pieces
  that open and end with a name word, as every run does (mentions.tokens._trimmed_to_names): the
  piece's leading "the" hid that it opens an organisation's name, and Utah was read as a place.
"""

import pytest

from geomove.mentions import PLACE_ROLES, find_mentions


def _roles(text, gazetteer):
    return {m["surface"]: m["role"] for m in find_mentions(text, gazetteer=gazetteer)}


def _places(text, gazetteer):
    return {m["surface"] for m in find_mentions(text, gazetteer=gazetteer) if m["role"] in PLACE_ROLES}


# -- an organisation's name after a capitalised word and "at"

@pytest.mark.parametrize("text, org_place", [
    ("Researchers at the University of Utah found a new enzyme in desert soil.", "Utah"),
    ("Doctors at the University of Manitoba, Winnipeg reported fewer cases this winter.", "Manitoba"),
    ("Economists at the Bank of England said that rates would stay high.", "England"),
    ("Scientists at the University of Queensland have mapped the reef again.", "Queensland"),
])
def test_organisation_named_after_a_place_behind_at_the(gazetteer, text, org_place):
    assert _roles(text, gazetteer).get(org_place) == "organisation"


@pytest.mark.parametrize("text, place", [
    # the near miss: a place after "at the" that opens no organisation's name stays a place
    ("Fighters at the Kherson bridgehead dug in overnight.", "Kherson"),
    ("Shelling hit a school at Bakhmut on Tuesday.", "Bakhmut"),
])
def test_a_place_behind_at_stays_a_place(gazetteer, text, place):
    assert place in _places(text, gazetteer)
