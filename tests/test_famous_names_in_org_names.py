"""Well-known names the finder dropped (issue 11, round 9): a famous name read as a lesser
namesake, written inside an organisation's name or alone. The sentences are written for these
tests."""

import pytest

from geomove.mentions import find_mentions


def _found(text, gazetteer, surface):
    return [m for m in find_mentions(text, gazetteer=gazetteer) if m["surface"] == surface]


@pytest.mark.parametrize("text, surface, country", [
    # the Ontario city, heading a local body's name: still the place the body belongs to
    ("Members from across Ontario gathered as the London Tenants Network opened an office.", "London", "CA"),
    # a town in Texas named like the French capital, in a hospital's name
    ("A nurse who grew up near Lamar County, Texas, now works at Paris Regional Medical Office.", "Paris", "US"),
])
def test_a_famous_name_heading_an_organisation_is_the_place_of_the_namesake_meant(gazetteer, text, surface, country):
    hits = _found(text, gazetteer, surface)
    assert hits, [(m["surface"], m["role"]) for m in find_mentions(text, gazetteer=gazetteer)]
    assert hits[0]["country"] == country, hits[0]


@pytest.mark.parametrize("text, surface", [
    ("Shares of the Drug Administration Fund slipped on Monday.", "Drug"),
    ("The Metro Tenants Network opened its office on Monday.", "Metro"),
    # a famous name that is the second word of a longer name, or a first name, or a firm's
    # name read as an airport: no place
    ("A porter at Little Mandeville Hospital in England was praised.", "Mandeville"),
    ("Attorney Brent Colby said the ruling stood.", "Brent"),
    ("The grocer Metz Harvest Ltd recalled its lettuce in California.", "Metz"),
])
def test_an_everyday_word_heading_an_organisation_is_still_no_place(gazetteer, text, surface):
    assert not _found(text, gazetteer, surface)
