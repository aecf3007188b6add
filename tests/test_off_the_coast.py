"""'off X' says X is a place (at sea by its coast: "waters off Kinmen", "spotted off Tartus"), as
'in X' or 'near X' do, for a place of little fame with no other support (wordlists.LOCATIVE_PREPS).
The sentences are our own."""

import pytest

from geomove.mentions import find_mentions


@pytest.mark.parametrize("text, surface, country", [
    ("Vessels entered waters off Kinmen on Monday.", "Kinmen", "TW"),
])
def test_a_place_after_off_is_kept(gazetteer, text, surface, country):
    found = {m["surface"]: m for m in find_mentions(text, gazetteer=gazetteer)}
    assert surface in found and found[surface].get("country") == country, found
    assert "after 'off'" in found[surface]["why"]


def test_off_as_a_particle_before_no_name_reads_nothing(gazetteer):
    assert find_mentions("The convoy set off early and the operation was called off.", gazetteer=gazetteer) == []
