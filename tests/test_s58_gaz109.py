"""Session 58 (gaz109): the places session 57 (gaz108) left, in sentences written for these
tests (the places and airports are real; the events are made up).

- A surname the text gave a person first ("President Uhuru Kenyatta") and then writes before a
  lower-case facility word ("Kenyatta airport") names the facility: the person's word no longer
  drops it (facilities._person_s_word_naming_a_facility, asked in scan.match and acceptance).
- "Kismaio airport", a loose spelling of Kismayo's, found no airport spelled closely and read no
  place: an airport found only by a loose spelling that serves a town the words read by a close
  spelling is read (facilities._loosely_spelled_airports_of_a_town).
- "Rafic Hariri was killed": two words the index knows only as an airport's short name, followed
  by a person's act or fate, are the person (persons._facility_short_form_as_a_person).
- "Alia airport": an airport named "<two names> International Airport" is one named for a person
  (airports_by_their_town.named_for_a_person asks the index build's own shape), so "<surname>
  airport" reads it over a better-known place of the name.
"""

import pytest

from geomove.mentions.airports_by_their_town import named_for_a_person
from geomove.mentions.facilities import _loosely_spelled_airports_of_a_town
from placing import places_by_surface as _by_surface  # (geomove.mentions.places by surface)
from placing import reads_as


@pytest.mark.parametrize("text, surface, want", [
    # 1. the person's word before an airport word: the airport
    ("President Uhuru Kenyatta waved to the crowd, then flew out of Kenyatta airport at noon.", "Kenyatta",
     {"gazetteer_id": "airport:HKJK"}),
    ("Governor Patrick Leahy spoke first; the guard unit later left from Leahy airport.", "Leahy",
     {"kind": "airfield", "country": "US"}),
    ("The old president Jomo Kenyatta is buried in Nairobi, and the medics waited at Kenyatta airport.",
     "Kenyatta", {"gazetteer_id": "airport:HKJK"}),
    # (the person's word without the facility word stays no place)
    ("President Uhuru Kenyatta waved to the crowd; Kenyatta then thanked the medics.", "Kenyatta", None),
    # 2. a loose spelling of a town and the airport word: the town's airport
    ("The plane carrying the envoy landed at Kismaio airport.", "Kismaio", {"gazetteer_id": "airport:HCMK"}),
    ("Two Kenyan jets hit Kismaio airport before dawn.", "Kismaio", {"country": "SO"}),
    # (a close spelling of the airport's own name, as before)
    ("Somali troops took control of Kismayo airport at dawn.", "Kismayo", {"gazetteer_id": "airport:HCMK"}),
    # (a loose spelling of no town near the airports it spells: no place, as gaz107 made it)
    ("Indian paratroopers were flown out of Gandhi airport overnight.", "Gandhi", None),
    # 3. a facility's short name as a person's full name
    # (a place of the text near the airport backs the short name: the sentence still says a person)
    ("Rafic Hariri was killed by a truck bomb in Beirut; his family later flew out of Beirut airport.",
     "Rafic Hariri", None),
    ("Nnamdi Azikiwe died after a long illness; crowds met the coffin at Abuja airport.", "Nnamdi Azikiwe", None),
    ("Jomo Kenyatta said the border would stay closed, and troops guarded Nairobi airport.",
     "Jomo Kenyatta", None),
    # (with the facility word, or where the sentence moves something to it: the airport)
    ("The troops flew out of Rafic Hariri airport on Monday.", "Rafic Hariri", {"gazetteer_id": "airport:OLBA"}),
    ("The troops landed at Rafic Hariri on Monday.", "Rafic Hariri", {"gazetteer_id": "airport:OLBA"}),
    ("Lebanese officers at Rafic Hariri said the runway was open again.", "Rafic Hariri",
     {"gazetteer_id": "airport:OLBA"}),
    # 4. the surname of an airport named in the row's person shape, over a better-known place
    ("The convoy left Alia airport on Monday.", "Alia", {"gazetteer_id": "airport:OJAI"}),
    ("Ecuadorian marines boarded a plane at Alfaro airport.", "Alfaro", {"gazetteer_id": "airport:SEMT"}),
    # (a better-known town with an airport of its own keeps the words: Ciudad Acuña, not Cuba's
    # Vilo Acuña International)
    ("Mexican police met the lorries at Acuna airport.", "Acuna", {"country": "MX"}),
    # (a new town's name is no person's: the better-known place keeps the words)
    ("The convoy left Hesperides airport on Monday.", "Hesperides", {"!kind": "airfield", "or_none": True}),
])
def test_reads_as(gazetteer, text, surface, want):
    found = _by_surface(text, gazetteer)
    assert reads_as(found.get(surface), want), found


def test_a_person_s_word_before_a_facility_word_keeps_the_person_before(gazetteer):
    # the person's own mention is still no place; only the airport's is read
    found = _by_surface("President Uhuru Kenyatta flew out of Kenyatta airport on Friday.", gazetteer)
    assert "Uhuru Kenyatta" not in found, found
    assert found["Kenyatta"]["kind"] == "airfield", found


@pytest.mark.parametrize("surface, name, towns, expected", [
    ("Alia", "Queen Alia International Airport", (), True),
    ("Alfaro", "Eloy Alfaro International Airport", (), True),
    ("Acuna", "Vilo Acuna International Airport", (), True),
    ("Kennedy", "John F Kennedy International Airport", (), True),       # (the initial, as before)
    ("Pearson", "Toronto Pearson International Airport", ("Toronto",), False),  # the town it serves
    ("Pearson", "Toronto Pearson International Airport", (), True),     # (the shape alone)
    ("Hesperides", "Nueva Hesperides International Airport", (), False),  # a new town's name
    ("Alia", "Queen Alia Airport", (), False),                          # no "International"
    ("Queen", "Queen Alia International Airport", (), False),           # the first word
    ("Americas", "Las Americas International Airport", (), False),      # an article opens it
])
def test_named_for_a_person_by_the_row_s_shape(surface, name, towns, expected):
    assert named_for_a_person(surface, name, lambda words: words in towns) is expected


def test_named_for_a_person_asks_the_shape_only_with_the_towns():
    # (without a test of the towns an airport serves, the shape is not asked: as before s58)
    assert named_for_a_person("Alia", "Queen Alia International Airport") is False


def _row(why, lat, lon, country, kind="airfield"):
    return {"why": why, "lat": lat, "lon": lon, "country": country, "kind": kind}


def test_loosely_spelled_airports_of_a_town():
    town = _row("name 'x' (variant spelling)", -0.36, 42.54, "SO", kind="city")
    loose_town = _row("loose variant of 'y'", -0.36, 42.54, "SO", kind="town")
    near = _row("loose variant of 'z'", -0.38, 42.46, "SO")
    far = _row("loose variant of 'w'", 1.1, 36.7, "KE")
    other_country = _row("loose variant of 'v'", -0.30, 42.60, "KE")
    close = _row("name 'u' (variant spelling)", -0.38, 42.46, "SO")
    unserved = _row("name 't' (variant spelling)", 2.04, 45.34, "SO", kind="city")  # ~300 km on
    airports, towns = _loosely_spelled_airports_of_a_town([near, far, other_country, close], [unserved, town])
    # (the towns given back are those an airport given back serves: not the one no loose spelling serves)
    assert airports == [near] and towns == [town]
    assert _loosely_spelled_airports_of_a_town([near], [loose_town]) == ([], [])  # two loose spellings agree on nothing
