"""Session 55 (gaz105): airports by their short or person names, in sentences written for these
tests (the places and airports are real; the events are made up).

- An airline airport's short name with "airport" after it: "Pearson airport", "Pearson
  International Airport" (airportsdata's "Toronto Pearson International Airport": the name opens
  with a town an airline airport near it serves), "Kennedy airport" (the surname after a given
  name and an initial), "Bole airport" (the one-word short name with "Airport"): names
  gazetteer_build.short_airport_names derives from the index's airfield rows. The surname alone
  stays a person ("Pearson said").
- Where a better-known place bears the short name too (the Chinese city Bole and its own "Bole
  Airport", Bogotá's locality Kennedy), the town the text names beside it decides
  (mentions.airports_by_their_town); with no such town the famous reading stays.
- "The airport in Port-au-Prince" (an airport named for a person) stays the town: decided, not
  changed (docs/places.md, "The airport of a town").
"""

import pytest

from geomove.distance import haversine_km
from geomove.gazetteer_build import short_airport_names, _AIRPORT_WORDS
from geomove.names import name_key
from placing import places_by_surface as _by_surface  # (geomove.mentions.places by surface)
import re

_WORDS = re.compile(_AIRPORT_WORDS, re.I)


@pytest.mark.parametrize("text, surface, airport", [
    ("The Canadian reservists flew out of Toronto's Pearson International Airport on Sunday.",
     "Pearson International Airport", "airport:CYYZ"),
    ("The Canadian reservists left from Pearson airport in Toronto on Sunday.", "Pearson", "airport:CYYZ"),
    ("Canadian medics landed at Pearson airport after a flight from Halifax.", "Pearson", "airport:CYYZ"),
    ("The delegation from Washington landed at Kennedy airport in New York.", "Kennedy", "airport:KJFK"),
    ("American marines flew home to Kennedy International Airport on Sunday.", "Kennedy International Airport",
     "airport:KJFK"),
    ("Ethiopian soldiers were flown from Bole airport in Addis Ababa to Mogadishu.", "Bole", "airport:HAAB"),
    ("Somali officers flew to Addis Ababa and waited at Bole airport for two days.", "Bole", "airport:HAAB"),
])
def test_an_airport_by_its_short_or_person_name(gazetteer, text, surface, airport):
    m = _by_surface(text, gazetteer)[surface]
    assert m["kind"] == "airfield" and m["gazetteer_id"] == airport, m


def test_the_town_named_is_why_the_airport_is_read(gazetteer):
    m = _by_surface("Ethiopian soldiers were flown from Bole airport in Addis Ababa to Mogadishu.", gazetteer)["Bole"]
    assert "the airport of Addis Ababa, which the text names" in m["why"], m


@pytest.mark.parametrize("text, surface, not_airport", [
    # (no town of the airport named: the better-known Bole's own airport stays)
    ("Chinese engineers landed at Bole airport on Monday.", "Bole", "airport:HAAB"),
    # (a town named, but not the airport's)
    ("Chinese engineers flew from Bole airport to Urumqi on Monday.", "Bole", "airport:HAAB"),
])
def test_no_town_of_the_airport_named_keeps_the_famous_reading(gazetteer, text, surface, not_airport):
    m = _by_surface(text, gazetteer)[surface]
    assert m["gazetteer_id"] != not_airport and m["country"] == "CN", m


@pytest.mark.parametrize("text, surface", [
    ("Pearson said the reservists would leave on Sunday.", "Pearson"),
    ("Kennedy told the reservists to leave Toronto on Sunday.", "Kennedy"),
])
def test_the_surname_alone_is_no_airport(gazetteer, text, surface):
    m = _by_surface(text, gazetteer).get(surface)
    assert m is None or m["kind"] != "airfield", m


@pytest.mark.parametrize("form, at, towns, others, expected", [
    ("Toronto Pearson International Airport", (43.68, -79.63), {"Toronto": [(43.63, -79.40)]}, (),
     ["Pearson Airport", "Pearson International Airport"]),
    ("John F Kennedy International Airport", (40.64, -73.78), {}, (), ["Kennedy Airport", "Kennedy International Airport"]),
    ("O. R. Tambo International Airport", (-26.13, 28.24), {}, (), ["Tambo Airport", "Tambo International Airport"]),
    # (the short name with "Airport" where another airport is called so: the Chinese town Bole's)
    ("Bole International Airport", (8.98, 38.80), {}, {name_key("Bole Airport")}, ["Bole Airport"]),
    # (no other "Zvartnots Airport": "Zvartnots airport" stays read as the name and its kind word)
    ("Zvartnots International Airport", (40.15, 44.40), {}, {name_key("Bole Airport")}, []),
    # (a town far away: Coleman, Texas is no town of Detroit's airport; the initial says the person)
    ("Coleman A Young Municipal Airport", (42.41, -83.01), {"Coleman": [(31.84, -99.40)]}, (), []),
    # (an everyday word after the town, or as the surname: no name of its own)
    ("St Louis Downtown Airport", (38.57, -90.16), {"St Louis": [(38.75, -90.37)]}, (), []),
    ("Cyril E King Airport", (18.34, -64.97), {}, (), []),
    # (a short name of two words is read as the airport already: "Ben Gurion airport")
    ("Ben Gurion International Airport", (32.01, 34.89), {}, (), []),
])
def test_short_airport_names_derived(form, at, towns, others, expected):
    assert short_airport_names(form, _WORDS, at, towns, others) == expected


def test_the_airport_in_a_town_named_for_a_person_stays_the_town_within_its_reach(gazetteer):
    # (decided: the town's point lies 8 km from Toussaint Louverture International Airport, within
    # the 30 km the movements' guidelines score an airfield or a town by; docs/places.md)
    m = _by_surface("Kenyan officers were deployed at the airport in Port-au-Prince on Monday.", gazetteer)["Port-au-Prince"]
    assert m["country"] == "HT" and m["kind"] in ("city", "town"), m
    assert haversine_km(m["lat"], m["lon"], 18.58, -72.2925) <= 30, m
