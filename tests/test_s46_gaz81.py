"""s46 gaz81: wrong resolutions by class. Every sentence is written for these tests.

A tally of provinces that goes on in the next sentence ("... two in Indiana and one in Vermont.
New York has reported 31."): the next item, a name that is a province's and its city's, is the
province (mentions.hints._roll_of_provinces_before), as it is inside one list
("Ohio, Kansas and New York", _provinces_beside_provinces). A single province before the stop,
or a roll of cities, says no such thing: the city stays; so does a name before a noun ("New
York police said"), which is no item of the tally but the city's force.
"""

import pytest

from placing import places_by_surface as _found


@pytest.mark.parametrize("text, surface, country, name", [
    ("Flu cases climbed this week, with nine in Michigan, four in Indiana and two in Vermont. "
     "New York has reported 31.", "New York", "US", "New York"),
    ("Dengue spread this month: 120 cases in Minas Gerais, 80 in Paraná and 45 in Bahia. "
     "São Paulo has recorded 300 more.", "São Paulo", "BR", "São Paulo"),
    ("Storm damage was heaviest in Oklahoma and Arkansas. New York has asked for federal aid as well.",
     "New York", "US", "New York"),
])
def test_a_tally_of_provinces_goes_on_in_the_next_sentence(gazetteer, text, surface, country, name):
    m = _found(text, gazetteer)[surface]
    assert m["kind"] == "admin1" and m["country"] == country and m["name"] == name, m
    assert "roll of provinces" in m["why"], m["why"]


@pytest.mark.parametrize("text, surface, country", [
    # one province before the stop is no roll
    ("Storms hit Ohio. New York has reported 40 cases.", "New York", "US"),
    # a roll of cities: the next item is a city too
    ("Cases rose in Chicago, Dallas and Denver. New York has reported 40 more.", "New York", "US"),
    ("Dengue spread in Recife, Salvador and Fortaleza. São Paulo has reported 300 more.", "São Paulo", "BR"),
    # the name before a noun, not the subject of a verb of its own
    ("Storms hit Ohio and Indiana. New York police said roads were closed.", "New York", "US"),
    ("Heavy rain fell on Ohio and Indiana. New York officials said schools would open.", "New York", "US"),
])
def test_no_roll_of_provinces_keeps_the_city(gazetteer, text, surface, country):
    m = _found(text, gazetteer)[surface]
    assert m["kind"] == "city" and m["country"] == country, m
