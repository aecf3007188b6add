"""Session 56 (gaz107): airports named for people, in sentences written for these tests (the
places and airports are real; the events are made up).

- "<X> airport" read an airport of another name that only shares X's folded key (the ranking's
  "loose variant": "Gandhi airport" read Gayndah Airport in Queensland, or with an Indian
  demonym Gondia Airport): such airports are no reading of the words; with none left and no
  place spelled X, no place (facilities._with_kind_word, _a_loose_spelling). Close variants of
  the name ("Kismayo" for Kisimayu Airport) stay.
- Airline airports named "<given name> <surname>" ("Kenneth Kaunda International Airport") now
  have "<surname> Airport" too (gazetteer_build._surname_after_a_given_name), the person told by
  a given name of wordlists.GIVEN_NAMES; a given name not listed ("Jomo", "Indira") derives
  nothing, and those airports stay unread by the surname alone (no place, not a far one).
- "Colombian police ... at Kennedy airport" stays no place (docs/places.md).
"""

import pytest

from geomove.gazetteer_build import _surname_after_a_given_name
from geomove.mentions.airports_by_their_town import named_for_a_person
from placing import places_by_surface as _by_surface  # (geomove.mentions.places by surface)


# --- a loose spelling of another name is no reading of "<X> airport" ----------------------

@pytest.mark.parametrize("text", [
    "The relief flight landed at Gandhi airport before noon.",
    "Indian paratroopers were flown into Gandhi airport on Monday.",
    "Australian engineers waited at Gandhi airport for the convoy.",
])
def test_an_airport_of_another_name_is_not_read(gazetteer, text):
    m = _by_surface(text, gazetteer).get("Gandhi")
    assert m is None, m


@pytest.mark.parametrize("text, surface, icao", [
    # (a close variant of the airport's own name, not a loose one: read as before)
    ("Somali troops took control of Kismayo airport at dawn.", "Kismayo", "HCMK"),
    ("The last Dutch helicopters left Qandahar airport in June.", "Qandahar", "OAKN"),
    # (the name as the index spells it: the Australian airport is this one)
    ("Rescue crews flew from Gayndah airport to the flooded farms.", "Gayndah", "YGAY"),
])
def test_close_spellings_of_the_airport_s_own_name_still_read(gazetteer, text, surface, icao):
    m = _by_surface(text, gazetteer)[surface]
    assert m["gazetteer_id"] == f"airport:{icao}", m


def test_a_town_spelled_as_written_keeps_its_reading(gazetteer):
    # (the Nigerian town is named so exactly; the words name no airport the index holds)
    m = _by_surface("Nigerian soldiers gathered near Gandi airport on Friday.", gazetteer)["Gandi"]
    assert m["country"] == "NG" and m["kind"] != "airfield", m


# --- "<surname> airport" of a given name and a surname ------------------------------------

@pytest.mark.parametrize("text, surface, icao", [
    ("Zambian soldiers boarded the transport at Kaunda airport on Tuesday.", "Kaunda", "FLKK"),
    ("Two Cuban transport planes left Marti airport overnight.", "Marti", "MUHA"),
    ("The Peruvian contingent assembled at Chavez airport before flying north.", "Chavez", "SPJC"),
])
def test_surname_airport_of_a_given_name_reads_the_airport(gazetteer, text, surface, icao):
    m = _by_surface(text, gazetteer)[surface]
    assert m["gazetteer_id"] == f"airport:{icao}", m


def test_namesake_airports_are_told_apart_by_the_town_named(gazetteer):
    # two airline airports are named for Simon Bolivar (Guayaquil, Santa Marta): the town decides
    m = _by_surface("Ecuadorian marines landed at Bolivar airport in Guayaquil on Sunday.", gazetteer)["Bolivar"]
    assert m["gazetteer_id"] == "airport:SEGU", m


@pytest.mark.parametrize("text", [
    "The delegation flew into Bolivar airport on Sunday.",
    "Colombian troops left Bolivar airport on Sunday.",  # (a country, but no town named)
])
def test_namesake_airports_with_no_town_named_read_no_place(gazetteer, text):
    m = _by_surface(text, gazetteer).get("Bolivar")
    assert m is None, m


@pytest.mark.parametrize("text, surface", [
    # (given names no list of geomove holds: nothing derived, nothing far read)
    ("Kenyan officers met the envoy at Kenyatta airport on Friday.", "Kenyatta"),
    ("The senator's staff waited at Reagan airport for the delegation.", "Reagan"),
])
def test_unlisted_given_names_read_no_far_place(gazetteer, text, surface):
    m = _by_surface(text, gazetteer).get(surface)
    assert m is None or m["kind"] == "airfield" and m["country"] in ("KE", "US"), m


def test_the_surname_alone_without_the_kind_word_is_no_airport(gazetteer):
    m = _by_surface("Kaunda told the soldiers to stay in Lusaka.", gazetteer).get("Kaunda")
    assert m is None or m["kind"] != "airfield", m


@pytest.mark.parametrize("words, towns, expected", [
    (["Kenneth", "Kaunda"], {}, 1),
    (["John", "Lennon"], {}, 1),
    (["Jomo", "Kenyatta"], {}, 0),            # given name not listed
    (["Ben", "Gurion"], {}, 0),               # "son of", no given name here
    (["Gregory", "Downs"], {}, 0),            # an outback station's feature word
    (["Martin", "State"], {}, 0),             # an everyday word
    (["Coober", "Pedy"], {}, 0),              # a town's two words
    (["Simon", "Bolivar"], {"Bolivar": [(0.0, 0.0)]}, 0),  # a town the country's airports serve
    (["Maria", "Elena", ], {"Maria Elena": [(0.0, 0.0)]}, 0),
    (["Jorge", "Chavez", "Lima"], {}, 0),     # more than a given name and a surname
])
def test_surname_after_a_given_name(words, towns, expected):
    assert _surname_after_a_given_name(words, towns) == expected


@pytest.mark.parametrize("surface, name, expected", [
    ("Bolivar", "Simon Bolivar International Airport", True),
    ("Lennon", "Liverpool John Lennon Airport", True),
    ("Kennedy", "John F Kennedy International Airport", True),
    ("Gurion", "Ben Gurion International Airport", False),
    ("Bali", "Bali Airport", False),
    ("Kenyatta", "Jomo Kenyatta International Airport", False),
])
def test_named_for_a_person(surface, name, expected):
    assert named_for_a_person(surface, name) is expected


# --- "Colombian police ... at Kennedy airport" ----------------------------------------------

def test_kennedy_airport_beside_a_colombian_demonym_reads_no_place(gazetteer):
    # (JFK is the one airport of the words; the guard against a reading on another continent
    # than the demonym's country drops it; the Bogota locality is no airport: no place)
    m = _by_surface("Colombian police met the minister at Kennedy airport on Friday.", gazetteer).get("Kennedy")
    assert m is None, m


def test_kennedy_airport_with_its_city_named_reads_jfk(gazetteer):
    m = _by_surface("Colombian police flew the suspect to Kennedy airport in New York.", gazetteer)["Kennedy"]
    assert m["gazetteer_id"] == "airport:KJFK", m
