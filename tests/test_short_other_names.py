"""A short name read only as another language's name of a far town ("Boni" for Bonn) is no
place, even in a text that names no other place to judge by (round read15). The sentences are
written for these tests."""

import pytest

from geomove.mentions import find_mentions, places


def _names(found):
    return {m["surface"]: m["name"] for m in found}


def test_a_short_other_name_of_a_far_city_is_no_place_even_alone(gazetteer):
    # "Boni" is among Bonn's names in another language; an English text calls Bonn "Bonn"
    found = _names(find_mentions("Gunmen on motorbikes entered Boni at dawn.", gazetteer=gazetteer))
    assert found.get("Boni") is None, found


@pytest.mark.parametrize("text, surface, name", [
    ("Gunmen on motorbikes entered Bonn at dawn.", "Bonn", "Bonn"),  # the own name
    ("The convoy left Artemivsk at dawn.", "Artemivsk", "Bakhmut"),  # a former name, not short
    ("The convoy left Kiev at dawn.", "Kiev", "Kyiv"),  # a famous city's exonym
])
def test_own_names_former_names_and_exonyms_alone_are_read(gazetteer, text, surface, name):
    found = _names(places(text, gazetteer=gazetteer))
    assert found.get(surface) == name, found
