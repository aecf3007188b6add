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
from placing import reads_as


# --- the place read for one surface of a sentence (placing.reads_as: None is no place) ------

@pytest.mark.parametrize("text, surface, want", [
    # a loose spelling of another name is no reading of "<X> airport"
    ("The relief flight landed at Gandhi airport before noon.", "Gandhi", None),
    ("Indian paratroopers were flown into Gandhi airport on Monday.", "Gandhi", None),
    ("Australian engineers waited at Gandhi airport for the convoy.", "Gandhi", None),
    # (a close variant of the airport's own name, not a loose one: read as before)
    ("Somali troops took control of Kismayo airport at dawn.", "Kismayo", {"gazetteer_id": "airport:HCMK"}),
    ("The last Dutch helicopters left Qandahar airport in June.", "Qandahar", {"gazetteer_id": "airport:OAKN"}),
    # (the name as the index spells it: the Australian airport is this one)
    ("Rescue crews flew from Gayndah airport to the flooded farms.", "Gayndah", {"gazetteer_id": "airport:YGAY"}),
    # (the Nigerian town is named so exactly; the words name no airport the index holds)
    ("Nigerian soldiers gathered near Gandi airport on Friday.", "Gandi", {"country": "NG", "!kind": "airfield"}),
    # "<surname> airport" of a given name and a surname
    ("Zambian soldiers boarded the transport at Kaunda airport on Tuesday.", "Kaunda", {"gazetteer_id": "airport:FLKK"}),
    ("Two Cuban transport planes left Marti airport overnight.", "Marti", {"gazetteer_id": "airport:MUHA"}),
    ("The Peruvian contingent assembled at Chavez airport before flying north.", "Chavez",
     {"gazetteer_id": "airport:SPJC"}),
    # two airline airports are named for Simon Bolivar (Guayaquil, Santa Marta): the town decides
    ("Ecuadorian marines landed at Bolivar airport in Guayaquil on Sunday.", "Bolivar", {"gazetteer_id": "airport:SEGU"}),
    # (namesake airports with no town named: no place)
    ("The delegation flew into Bolivar airport on Sunday.", "Bolivar", None),
    ("Colombian troops left Bolivar airport on Sunday.", "Bolivar", None),  # (a country, but no town named)
    # given names no list of geomove holds: nothing derived, nothing far read
    ("Kenyan officers met the envoy at Kenyatta airport on Friday.", "Kenyatta",
     {"kind": "airfield", "country": ("KE", "US"), "or_none": True}),
    ("The senator's staff waited at Reagan airport for the delegation.", "Reagan",
     {"kind": "airfield", "country": ("KE", "US"), "or_none": True}),
    # the surname alone, without the kind word, is no airport
    ("Kaunda told the soldiers to stay in Lusaka.", "Kaunda", {"!kind": "airfield", "or_none": True}),
    # "Colombian police ... at Kennedy airport": JFK is the one airport of the words; the guard
    # against a reading on another continent than the demonym's country drops it; the Bogota
    # locality is no airport: no place
    ("Colombian police met the minister at Kennedy airport on Friday.", "Kennedy", None),
    # (with its city named: JFK)
    ("Colombian police flew the suspect to Kennedy airport in New York.", "Kennedy", {"gazetteer_id": "airport:KJFK"}),
])
def test_the_place_read(gazetteer, text, surface, want):
    m = _by_surface(text, gazetteer).get(surface)
    assert reads_as(m, want), m


# --- deriving "<surname> Airport" and telling a person's name -------------------------------

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
