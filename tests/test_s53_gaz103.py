"""Session 53 (gaz103): places session 52 left, in sentences written for these tests (the places
and airports are real; the events are made up).

- An airport named with its city and a flight's origin far away: "Dublin Airport" was taken for
  everyday words ("Dublin" is as frequent in English as "Church"), read 3,700 km from the flight's
  origin, and dropped (guards._named_for_the_town_it_serves: the airport's record names the town it
  serves); and the origin, a town below the lone-far-settlement guard's importance, was left without
  a point in a text whose other places lie around the airport (flights.origin_of_a_flight_to_an_airfield:
  a flight's "from X" to an airfield the sentence names keeps X). Near misses: a flight from a
  village with no airfield named, a convoy "from" a village: the guard still holds.
- "US air defence units", "UK ground troops": a country's abbreviation (or name) before the words
  of a force's arm and its noun names whose force it is, as "US troops" and a demonym do
  (docs/places.md: a demonym qualifying a force is no place; places28 marks "US Navy" an actor,
  places33/46/49 give "US garrison", "US base", "U.S. Space Force" no row): roles.FORCE_MODIFIERS,
  in attributive_actor and site_owner ("the US air base at Ramstein"). Near misses: goods
  ("US air defence systems"), training, "US control" stay places.
- "The column crossed into Galicia and moved to Lviv" read Spain's Galicia (the index lacks the
  historical region of Ukraine and Poland): a province entered by land ("crossed into"), far from
  every other place of a text about one country, in a country the text names nowhere, keeps no
  point (guards._lone_far_region). Near misses: a province told otherwise ("from Catalonia", "in
  England"), one in a sentence about a flight, one whose country or towns the text names.
"""

import pytest

from geomove.mentions import find_mentions
from placing import places_by_surface as _by_surface  # (geomove.mentions.places by surface)


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
    # (s54 gaz104: "Copenhagen Airport" now reads the airfield, whose short form 'Kastrup' is too:
    # one place, too little for the guard to judge by, as for Dublin above)
    ("The engineers touched down at Copenhagen Airport in Kastrup on a flight from Larnaca.", "Larnaca", "CY", False),
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
    # (s54 gaz104: a flight's words alone, no airfield named: the guard still holds)
    "Two helicopters airlifted the wounded from Mahas to Beledweyne and Jowhar.",
    "The wounded were airlifted from Mahas to Beledweyne and Jowhar.",
    "Helicopters flew the wounded from Mahas to Beledweyne and Jowhar.",
])
def test_a_far_village_not_a_flight_s_origin_keeps_no_point(gazetteer, text):
    m = _by_surface(text, gazetteer)["Mahas"]
    assert m["lat"] is None and "lone-far-settlement guard" in m["why"], m


# -- a country's abbreviation before a force's arm and noun: whose force, no place

def _roles(text, gazetteer, surface):
    return [m["role"] for m in find_mentions(text, gazetteer=gazetteer) if m["surface"] == surface]


@pytest.mark.parametrize("text, surface", [
    ("US air defence units arrived in Poland.", "US"),
    ("UK ground troops arrived in Estonia.", "UK"),
    ("US rotational forces left Germany for Lithuania.", "US"),
    ("France air defence units arrived in Romania.", "France"),
    ("The US air base at Ramstein was busy.", "US"),
    ("Planes flew to US air bases in Germany.", "US"),
    # (pins: read so before)
    ("US troops arrived in Poland.", "US"),
    ("US Army units arrived in Poland.", "US"),
])
def test_a_country_before_a_force_s_arm_and_noun_is_whose_force(gazetteer, text, surface):
    assert _roles(text, gazetteer, surface) == ["actor"]
    assert surface not in _by_surface(text, gazetteer)


@pytest.mark.parametrize("text, surface", [
    ("US air defence systems arrived in Poland.", "US"),  # goods, not a force's noun
    ("Patriot crews left for US air defence training in Texas.", "US"),  # where they go
    ("The deal returned the island to US control.", "US"),
])
def test_a_country_before_other_words_stays_a_place(gazetteer, text, surface):
    assert _roles(text, gazetteer, surface) == ["place"]


# -- a province far from a one-country text, in a country named nowhere

@pytest.mark.parametrize("text", [
    "The column crossed into Galicia and moved to Lviv.",
    "Ukrainian troops moved from Lviv to Ternopil and crossed into Galicia.",
])
def test_a_far_province_of_a_country_named_nowhere_keeps_no_point(gazetteer, text):
    m = _by_surface(text, gazetteer)["Galicia"]
    assert m["lat"] is None and m["country"] is None and "lone-far-region guard" in m["why"], m
    assert _by_surface(text, gazetteer)["Lviv"]["country"] == "UA"


@pytest.mark.parametrize("text, surface, cc", [
    ("Volunteers from Catalonia arrived in Lviv.", "Catalonia", "ES"),  # a far origin
    ("Doctors in England traced the cases to Chicago and Denver.", "England", "GB"),  # not entered
    ("The minister flew to Texas and then on to Kyiv and Lviv.", "Texas", "US"),  # a flight
    ("The column crossed into Galicia and moved towards Lugo.", "Galicia", "ES"),  # a town of it
    ("Fishermen in Galicia, in Spain's north-west, protested in Vigo.", "Galicia", "ES"),  # its country
])
def test_a_province_told_otherwise_keeps_its_point(gazetteer, text, surface, cc):
    m = _by_surface(text, gazetteer)[surface]
    assert m["country"] == cc and m["lat"] is not None, m
