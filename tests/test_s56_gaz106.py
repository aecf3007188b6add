"""Session 56 (gaz106): places in sentences written for these tests (the places and airports are
real; the events are made up).

- "Kennedy airport" with no town named: every airport of the name was set aside for a
  better-known place called Kennedy (Bogotá's locality), and the name's own readings were left,
  a US village of the name among them. Where the airports set aside are named for a person
  (a given name and an initial before the surname), the one with airline service is read; with
  none or several such, no place (mentions.airports_by_their_town.one_airport_named_for).
- An English word that is also a romanised Arabic article ("As", "At", "An"), capitalised at a
  sentence's or headline's start, was read into the name after it ("As Kenya", "AN Ottawa"):
  the name opens at the next word where the place read is never spelled with the article
  (scan._english_word_before_a_name). A name that holds its article keeps it.
- A capitalised institution before "in <town>": the town is read, the institution's name is no
  place (measured, not changed: docs/places.md "An institution in a town").
"""

import pytest

from geomove.mentions import find_mentions
from geomove.mentions.airports_by_their_town import named_for_a_person, one_airport_named_for
from placing import places_by_surface as _by_surface  # (geomove.mentions.places by surface)
from placing import reads_as


# --- the place read for one surface of a sentence (placing.reads_as: None is no place) ------

@pytest.mark.parametrize("text, surface, want", [
    # "Kennedy airport" with no town named: the one airline airport named for the person
    ("American marines landed at Kennedy airport after the exercise.", "Kennedy",
     {"gazetteer_id": "airport:KJFK", "why": "the one airline airport named for Kennedy"}),
    ("The reservists waited at Kennedy airport for their flight on Sunday.", "Kennedy",
     {"gazetteer_id": "airport:KJFK", "why": "the one airline airport named for Kennedy"}),
    ("A chartered plane with the wounded touched down at Kennedy airport before dawn.", "Kennedy",
     {"gazetteer_id": "airport:KJFK", "why": "the one airline airport named for Kennedy"}),
    # ... and never a village of the name
    ("American marines landed at Kennedy airport after the exercise.", "Kennedy",
     {"kind": "airfield", "or_none": True}),
    ("Colombian police met the minister at Kennedy airport on Friday.", "Kennedy",
     {"kind": "airfield", "or_none": True}),
    # near misses keep their reading: no airport named for a person, the famous place stays, as
    # decided in session 55
    ("Australian tourists were stranded at Bali airport for two days.", "Bali", {"country": "ID", "!why": "named for"}),
    # (the famous namesake's own airport is kept: nothing was set aside whole)
    ("Chinese engineers landed at Bole airport on Monday.", "Bole", {"country": "CN", "!why": "named for"}),
    # (the place without the kind word: the locality, not the airport)
    ("Colombian police patrolled Kennedy, a district of Bogota, on Friday.", "Kennedy",
     {"country": "CO", "!why": "named for"}),
    # the surname alone stays no airport
    ("Kennedy told the reservists to leave Toronto on Sunday.", "Kennedy", {"!kind": "airfield", "or_none": True}),
    # an English word that is also an Arabic article opens the sentence: the airport after "At"
    ("At Kabul airport, the evacuees waited through the night.", "Kabul", {"kind": "airfield", "country": "AF"}),
    # names that hold their article keep it, at a sentence's start or inside it
    ("An Najaf was quiet on Friday after the pilgrims left.", "An Najaf", {}),
    ("As Sulaymaniyah was quiet on Friday.", "As Sulaymaniyah", {}),
    ("The convoy reached An Najaf on Friday.", "An Najaf", {}),
])
def test_the_place_read(gazetteer, text, surface, want):
    m = _by_surface(text, gazetteer).get(surface)
    assert reads_as(m, want), m


def _airport(name, importance=0.45):
    return {"gazetteer_id": "airport:" + name[:4].upper(), "name": name, "kind": "airfield",
            "importance": importance, "lat": 1.0, "lon": 1.0}


def test_one_airport_named_for_reads_one_with_airline_service():
    jfk = _airport("John F Kennedy International Airport")
    small = _airport("Kennedy Airport", importance=0.25)
    assert [a["name"] for a in one_airport_named_for("Kennedy", [jfk, small])] == [jfk["name"]]


def test_several_or_no_airline_airports_named_for_the_person_read_no_place():
    two = [_airport("John F Kennedy International Airport"), _airport("Mary T Kennedy Regional Airport")]
    assert one_airport_named_for("Kennedy", two) == []
    assert one_airport_named_for("Kennedy", [_airport("John F Kennedy Airfield", importance=0.25)]) == []


def test_no_airport_named_for_a_person_leaves_the_famous_reading():
    # (an airport named for its town, Bali in Cameroon: the famous Bali stays, as before)
    assert one_airport_named_for("Bali", [_airport("Bali Airport")]) is None


@pytest.mark.parametrize("surface, name, expected", [
    ("Kennedy", "John F Kennedy International Airport", True),
    ("Tambo", "O. R. Tambo International Airport", True),
    ("Kennedy", "Kennedy Airport", False),            # (named for the town, or whoever: no initial)
    ("Pearson", "Toronto Pearson International Airport", False),  # (a town before it, no initial)
    # (no initial, but a listed given name: derived since s56 gaz107, _surname_after_a_given_name)
    ("Kennedy", "John Kennedy Airport", True),
    ("Kennedy", "Jomo Kennedy Airport", False),       # (a given name geomove does not list)
])
def test_named_for_a_person(surface, name, expected):
    assert named_for_a_person(surface, name) is expected


# --- an English word that is also an Arabic article, opening a sentence ----------------------

@pytest.mark.parametrize("text, surface", [
    ("As Kenya's dry season ends, herders drive their cattle south.", "Kenya"),
    ("As Uganda's soldiers left Bunia, the town fell quiet.", "Uganda"),
    ("At Kabul airport, the evacuees waited through the night.", "Kabul"),
    ("AN Ottawa man was arrested after the protest on Friday.", "Ottawa"),
    ("An Ethiopian aid worker said the camp had run out of water.", "Ethiopian"),
])
def test_the_english_word_is_left_out_of_the_name(gazetteer, text, surface):
    # (every role: "Uganda's soldiers" is whose soldiers, an actor)
    found = {m["surface"]: m for m in find_mentions(text, gazetteer=gazetteer)}
    assert surface in found, found
    assert not any(s.split()[0] in ("As", "At", "An", "AN") for s in found), found


# --- a capitalised institution before "in <town>" (measured; unchanged) ----------------------

@pytest.mark.parametrize("text, institution, town, country", [
    ("Two nurses at the Princess Alexandra Hospital in Brisbane fell ill.", "Princess Alexandra Hospital",
     "Brisbane", "AU"),
    ("The injured miners were flown to the Victoria Hospital in Bulawayo.", "Victoria Hospital", "Bulawayo", "ZW"),
    ("Wounded fighters were treated at the Mosul General Hospital in Erbil.", "Mosul General Hospital",
     "Erbil", "IQ"),
])
def test_the_town_after_a_capitalised_institution_is_read(gazetteer, text, institution, town, country):
    found = _by_surface(text, gazetteer)
    assert found[town]["country"] == country, found
    start = text.index(institution)
    end = start + len(institution)
    # (the institution's own name is no place: "Victoria" is no Hong Kong, "Mosul" no place here)
    assert not any(m["start"] < end and start < m["end"] for m in found.values()), found
