"""gaz35: places conflict reports name that geomove missed or misread.

- An airfield named by its town's name in a sentence about a flight ("Il-76s landed at Hmeimim
  from Chkalovsky"): the far village of the name was dropped; the airfield of the name is read
  (mentions.flights).

The sentences are written for these tests; the twins must keep their places."""

import pytest
from placing import places_by_surface

from geomove.mentions import places


# --- an airfield in a sentence about a flight ----------------------------------------------

@pytest.mark.parametrize("text,surface,gid", [
    # before: dropped (the village Chkalovskiy, 2,400 km from Hmeimim, a stray variant)
    ("Il-76s landed at Hmeimim from Chkalovsky on Tuesday.", "Chkalovsky", "airport:UUMU"),
    ("Two cargo planes flew from Chkalovsky to Hmeimim and Latakia overnight.", "Chkalovsky", "airport:UUMU"),
    # before: no place (Ramstein-Miesenbach, a lone far town)
    ("US C-17s landed at Ramstein from Bagram with evacuees from Kabul.", "Ramstein", "airport:ETAR"),
])
def test_airfield_of_a_flight(gazetteer, text, surface, gid):
    assert places_by_surface(text, gazetteer)[surface]["gazetteer_id"] == gid


@pytest.mark.parametrize("text,surface", [
    # no flight in the sentence: the far name stays no place
    ("Residents of Chkalovsky near Hmeimim in Latakia protested on Tuesday.", "Chkalovsky"),
    ("Syrian troops moved from Hmeimim to Latakia and Jableh, then to Chkalovsky.", "Chkalovsky"),
    ("Evacuees from Kabul and Bagram were later housed near Ramstein.", "Ramstein"),
])
def test_no_flight_no_airfield(gazetteer, text, surface):
    m = places_by_surface(text, gazetteer).get(surface)
    assert m is None or m.get("gazetteer_id") is None


def test_a_near_reading_is_not_replaced(gazetteer):
    # the village beside Moscow is read near the text's other places: no guard doubts it, so
    # the kind preference does not apply (it is asked only of a reading about to be dropped)
    found = places_by_surface("Russian Il-76s landed at Hmeimim from Chkalovsky as Moscow reinforced "
                              "its troops in Syria.", gazetteer)
    assert found["Chkalovsky"]["gazetteer_id"] == "geonames:567896"
    found = places_by_surface("Wounded soldiers were flown from Rzeszow to Landstuhl.", gazetteer)
    assert found["Landstuhl"]["kind"] == "town"
