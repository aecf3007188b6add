"""Session 48 (gaz91): a named river's radius no longer puts far villages at 0 km.

A river's index row is one point half way along its course with a radius that reaches its
farthest point (gazetteer/areas.csv: the Dniester 340 km, the Danube 880 km, capped at 300 km as
context). Measured from that disc's edge, a village in a province far off the river was "0 km
from the text's places" and beat a namesake that the text's own towns place 50 km away (a
Moldovan text naming the Dniester and Romania read Palanca as Romania's village). A river now
backs a reading from within RIVER_CONTEXT_KM of its point only (gazetteer.ranking.context_radius);
other areas keep their radius. (It was thought to be the named country's radius: countries are
no context points.) Sentences written for these tests, in two theatres other than Moldova's.
"""

import pytest

from geomove.gazetteer.ranking import CONTEXT_RADIUS_CAP_KM, RIVER_CONTEXT_KM, context_radius
from geomove.mentions import find_mentions

COUNTED = ("place", "demonym_place", "dateline", "source_location")


def _reading(gazetteer, text, surface):
    got = [(m.get("country"), m.get("kind")) for m in find_mentions(text, gazetteer=gazetteer)
           if m["role"] in COUNTED and text[m["start"]:m["end"]] == surface and m.get("lat") is not None]
    assert got, surface
    return got[0][0]


def test_a_river_s_context_radius_is_capped_and_an_area_s_is_not():
    assert context_radius({"kind": "river", "uncertainty_km": 880.0}) == RIVER_CONTEXT_KM
    assert context_radius({"kind": "river", "uncertainty_km": 40.0}) == 40.0
    assert context_radius({"kind": "admin1", "uncertainty_km": 250.0}) == 250.0
    assert context_radius({"kind": "country", "uncertainty_km": 900.0}) == CONTEXT_RADIUS_CAP_KM
    assert context_radius({"kind": "village"}) == 0.0


# -- the namesake the text's towns place wins over one that only the river's wide disc reached

@pytest.mark.parametrize("text, surface, country", [
    # the Montenegrin village 44 km from Podgorica, not Bosnia's (inside the Danube's disc)
    ("Montenegro's police closed the road to Bijela outside Podgorica while barges on the Danube waited, "
     "Bosnia said.", "Bijela", "ME"),
    ("Montenegro's police moved two buses of officers from Podgorica to Bijela on Friday, Bosnia said, "
     "as barges on the Danube waited out the floods.", "Bijela", "ME"),
    # the Ukrainian village south of Kropyvnytskyi, not Russia's town (inside the Dnipro's disc)
    ("Ukrainian officials in Kropyvnytskyi said shelling hit Zlynka overnight, while Russia claimed "
     "strikes on crossings of the Dnipro.", "Zlynka", "UA"),
])
def test_a_village_placed_by_the_text_s_towns_beats_one_inside_a_river_s_radius(gazetteer, text, surface, country):
    assert _reading(gazetteer, text, surface) == country


# -- near misses: the other country's namesake, placed by its own town, stays; a village within the
# river's kept reach is still backed by the river

@pytest.mark.parametrize("text, surface, country", [
    ("Bosnian police moved from Konjic to Bijela on Friday, Montenegro said, as the Danube flooded "
     "further north.", "Bijela", "BA"),
    ("Russian officials in Novozybkov said a drone hit Zlynka, and Ukraine's army said it had struck "
     "a crossing of the Dnipro.", "Zlynka", "RU"),
    ("Barges on the Danube were moored for a week, and villagers in Cerna filled sandbags, Romania said.",
     "Cerna", "HR"),
])
def test_the_namesake_its_own_town_or_the_river_places_stays(gazetteer, text, surface, country):
    assert _reading(gazetteer, text, surface) == country


def test_a_moldovan_palanca_beside_the_dniester_and_romania(gazetteer):
    # the construction of the places48 text, in other words
    text = ("Lorries from Tiraspol queued for a day at Palanca, Moldova's customs said, while Romania "
            "reported low water on the Dniester.")
    assert _reading(gazetteer, text, "Palanca") == "MD"
