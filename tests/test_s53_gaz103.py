"""Session 53 (gaz103): places session 52 left, in sentences written for these tests (the places
and airports are real; the events are made up).

- An airport named with its city and a flight's origin far away: "Dublin Airport" was taken for
  everyday words ("Dublin" is as frequent in English as "Church"), read 3,700 km from the flight's
  origin, and dropped (guards._named_for_the_town_it_serves: the airport's record names the town it
  serves); and the origin, a town below the lone-far-settlement guard's importance, was left without
  a point in a text whose other places lie around the airport (flights.origin_of_a_flight_to_an_airfield:
  a flight's "from X" to an airfield the sentence names keeps X). Near misses: a flight from a
  village with no airfield named, a convoy "from" a village: the guard still holds.
"""

import pytest

from geomove.mentions import places


def _by_surface(text, gazetteer):
    return {m["surface"]: m for m in places(text, gazetteer=gazetteer)}


# -- an airport named with its city, and a flight's origin far away

@pytest.mark.parametrize("text, airport, cc", [
    ("Peacekeepers landed at Dublin Airport on a flight from Larnaca.", "Dublin Airport", "IE"),
    ("Irish troops flew home and landed at Shannon Airport on Friday.", "Shannon Airport", "IE"),
])
def test_an_airport_named_for_its_city_is_no_everyday_words(gazetteer, text, airport, cc):
    m = _by_surface(text, gazetteer).get(airport)
    assert m is not None and m["kind"] == "airfield" and m["country"] == cc, m


@pytest.mark.parametrize("text, origin, cc, judged", [
    # (one other place: too little for the guard to judge by, so no rule was needed)
    ("Peacekeepers landed at Dublin Airport on a flight from Larnaca.", "Larnaca", "CY", False),
    # (an airport and its town: a text "about one country", where the guard doubted the origin)
    ("Two companies landed at Helsinki Airport in Vantaa after a charter flight from Naqoura.", "Naqoura", "LB", True),
    ("The engineers touched down at Copenhagen Airport in Kastrup on a flight from Larnaca.", "Larnaca", "CY", True),
    ("A battalion landed at Vienna International Airport in Schwechat, flown in from Naqoura.", "Naqoura", "LB", True),
])
def test_a_flight_s_origin_far_from_the_airfield_keeps_its_point(gazetteer, text, origin, cc, judged):
    m = _by_surface(text, gazetteer)[origin]
    assert m["country"] == cc and m["lat"] is not None, m
    assert ("the origin of a flight to an airfield its sentence names" in m["why"]) == judged


@pytest.mark.parametrize("text", [
    # (a flight, but no airfield named: a village the index lacks, not Jordan's Mahas)
    "Helicopters flew from Mahas to Beledweyne and Jowhar.",
    # (an airfield named, but no flight from the village)
    "A convoy from Mahas reached Mogadishu airport and Jowhar.",
    # (a flight, but the airport is read as its town: no airfield the text reads)
    "Aid planes landed at Beledweyne airport and Jowhar on flights from Mahas.",
])
def test_a_far_village_not_a_flight_s_origin_keeps_no_point(gazetteer, text):
    m = _by_surface(text, gazetteer)["Mahas"]
    assert m["lat"] is None and "lone-far-settlement guard" in m["why"], m

