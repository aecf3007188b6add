"""Session 57 (gaz108): places left by session 56, in sentences written for these tests (the
places and airports are real; the events are made up).

- "<surname> airport" of an airline airport named for a person the given-name list does not know
  ("Jomo Kenyatta International Airport") or named "<person> <town> <kind>" ("Ronald Reagan
  Washington Ntl Airport"): gazetteer_build.surname_of_its_person derives "<surname> Airport";
  a surname several airports would take ("Gandhi": Delhi's and Hyderabad's) derives nothing (no
  place). The scan reads such a word though it has no reading alone
  (facilities._airport_named_by_the_word).
- "<X> airport" read an airport whose name only resembles X, far from any place X names
  ("Kismaio airport": Maralal (Kisima) Airport in Kenya): no reading
  (facilities._another_name_s_spelling).
- "the Kampala Cathedral in Gulu": an institution named for one town and standing in another is
  at the second (institutions).
- A title-case headline's "At" is no word of the name after it (scan._english_word_before_a_name).
"""

import re

import pytest

from geomove.gazetteer_build import _AIRPORT_WORDS, shared_surnames, surname_of_its_person
from placing import places_by_surface as _by_surface  # (geomove.mentions.places by surface)

_WORDS = re.compile(_AIRPORT_WORDS, re.I)
_BASE = re.compile(r"\b(air ?base|AFB)\b", re.I)


def _airport_ids(text, gazetteer):
    """{gazetteer id of every airfield the text's mentions read}."""
    return {m.get("gazetteer_id") for m in _by_surface(text, gazetteer).values() if m.get("kind") == "airfield"}


# --- "<surname> airport" where the given name is no listed one ----------------------------

@pytest.mark.parametrize("text, icao", [
    ("A Kenyan police unit guarded Kenyatta airport through the night.", "HKJK"),
    ("Two cargo planes with tents landed at Kenyatta airport on Wednesday.", "HKJK"),
    ("Kenyatta Airport was closed to civilian flights after the blast.", "HKJK"),
    ("Nigerian soldiers were flown out of Azikiwe airport at dawn.", "DNAA"),
    ("The evacuees waited three days at Hariri airport before the ferry came.", "OLBA"),
    ("Hungarian medics set up a field clinic beside Liszt airport.", "LHBP"),
    ("The convoy of Iranian buses left Khomeini airport for the border.", "OIIE"),
])
def test_surname_airport_of_an_unlisted_given_name(gazetteer, text, icao):
    assert f"airport:{icao}" in _airport_ids(text, gazetteer), _by_surface(text, gazetteer)


@pytest.mark.parametrize("text", [
    "Marines in dress uniform met the coffins at Reagan airport.",
    "The senator flew from Reagan airport to Kabul by way of Doha.",
])
def test_surname_airport_before_its_town(gazetteer, text):
    # ("Ronald Reagan Washington Ntl Airport": the person, the town, an abbreviated kind word)
    assert "airport:KDCA" in _airport_ids(text, gazetteer), _by_surface(text, gazetteer)


@pytest.mark.parametrize("text", [
    "Indian paratroopers were flown out of Gandhi airport overnight.",
    "The relief flight from Gandhi airport carried tents and water.",
])
def test_a_surname_of_two_airports_reads_no_place(gazetteer, text):
    # (Indira Gandhi International, Delhi; Rajiv Gandhi International, Hyderabad: neither)
    m = _by_surface(text, gazetteer).get("Gandhi")
    assert m is None, m


@pytest.mark.parametrize("text, surface", [
    ("Kenyatta told the soldiers to stay in their barracks.", "Kenyatta"),
    ("Azikiwe wrote about the airport in his memoir.", "Azikiwe"),
])
def test_the_surname_without_the_airport_word_is_no_place(gazetteer, text, surface):
    m = _by_surface(text, gazetteer).get(surface)
    assert m is None or m["kind"] != "airfield", m


@pytest.mark.parametrize("form, towns, expected", [
    ("Jomo Kenyatta International Airport", {}, "Kenyatta"),
    ("Ronald Reagan Washington Ntl Airport", {"Washington": [(0.0, 0.0)]}, "Reagan"),
    ("Rajiv Gandhi International Airport Shamshabad", {}, "Gandhi"),
    ("King Fahd International Airport", {}, "Fahd"),
    ("Jomo Kenyatta Airport", {}, ""),                      # no "International": a listed given name only
    ("Las Americas International Airport", {}, ""),         # an article opens it
    ("Santa Bernardina International Airport", {}, ""),     # a saint's word
    ("Viru Viru International Airport", {}, ""),            # a word repeated
    ("Martin State International Airport", {}, ""),         # an everyday word
    ("Piarco Ridge International Airport", {"Piarco Ridge": [(0.0, 0.0)]}, ""),  # a town served
    ("Foo Bar Baz International Airport", {}, ""),          # three words
    ("Ronald Reagan Boston Ntl Airport", {}, ""),           # the last word no town served
])
def test_surname_of_its_person(form, towns, expected):
    assert surname_of_its_person(form, _WORDS, towns) == expected


def test_shared_surnames():
    def row(name, city, iata="XXX", country="IN"):
        return {"name": name, "city": city, "iata": iata, "country": country}
    rows = [row("Indira Gandhi International Airport", "New Delhi"),
            row("Rajiv Gandhi International Airport Shamshabad", "Hyderabad"),
            row("Jomo Kenyatta International Airport", "Nairobi", country="KE"),
            row("Nnamdi Azikiwe International Airport", "Abuja", country="NG"),
            row("Azikiwe Airport", "Onitsha", iata="", country="NG"),    # another airport's own name
            row("Hosea Kutako International Airport", "Windhoek", country="NA"),
            row("Kutako Airport", "Kutako", country="NA")]              # (and "<town> Airport")
    assert shared_surnames(rows, _WORDS, _BASE, {}) == {"gandhi", "azikiwe", "kutako"}


# --- "<X> airport" of another airport's name, far from every place X names ----------------

@pytest.mark.parametrize("text", [
    "The plane carrying the envoy landed at Kismaio airport.",
    "Kenyan jets struck Kismaio airport on Tuesday night.",
])
def test_another_airport_s_close_spelling_is_not_read(gazetteer, text):
    m = _by_surface(text, gazetteer).get("Kismaio")
    assert m is None or m.get("kind") != "airfield" or m.get("country") == "SO", m


@pytest.mark.parametrize("text, surface, icao", [
    ("Ukrainian troops retook Kharkov airport in the spring.", "Kharkov", "UKHH"),
    ("Ugandan troops flew home from Entebe airport.", "Entebe", "HUEN"),
    ("The last Afghan helicopters left Jallalabad airport.", "Jallalabad", "OAJL"),
    ("Somali troops took control of Kismayo airport at dawn.", "Kismayo", "HCMK"),
])
def test_a_variant_by_a_place_the_name_reads_still_reads_its_airport(gazetteer, text, surface, icao):
    m = _by_surface(text, gazetteer)[surface]
    assert m["gazetteer_id"] == f"airport:{icao}", m


# --- an institution named for one town, in another -----------------------------------------

@pytest.mark.parametrize("text, name, town, country", [
    ("Shells fell near the Kampala Cathedral in Gulu on Monday.", "Kampala", "Gulu", "UG"),
    ("Refugees slept in the Mombasa Mosque in Garissa for a week.", "Mombasa", "Garissa", "KE"),
    ("The Kandahar Stadium in Kabul was used as a camp.", "Kandahar", "Kabul", "AF"),
])
def test_a_capitalised_institution_named_for_another_town(gazetteer, text, name, town, country):
    found = _by_surface(text, gazetteer)
    assert found[town]["country"] == country, found
    assert name not in found, found  # (the institution's name: no place)


@pytest.mark.parametrize("text, surface, town", [
    ("Rebels shelled the Kampala cathedral in Gulu before dawn.", "Kampala cathedral", "Gulu"),
    ("Prisoners were moved to the Kandahar prison in Kabul.", "Kandahar prison", "Kabul"),
])
def test_a_lower_case_institution_named_for_another_town_is_at_the_second(gazetteer, text, surface, town):
    found = _by_surface(text, gazetteer)
    assert found[surface]["name"] == found[town]["name"], found


@pytest.mark.parametrize("text, name", [
    ("The Gulu Cathedral in Gulu was shelled on Monday.", "Gulu"),        # its own town
    ("Shells fell near the Kampala Cathedral on Monday.", "Kampala"),      # no town after 'in'
])
def test_an_institution_of_its_own_town_keeps_the_town(gazetteer, text, name):
    found = _by_surface(text, gazetteer)
    assert found[name]["country"] == "UG", found


# --- a title-case headline's preposition -----------------------------------------------------

@pytest.mark.parametrize("text, surface", [
    ("Marines Arrive At Kabul Airport", "Kabul"),
    ("Aid Convoy Halts At Goma After Shelling", "Goma"),
    ("Peacekeepers Land At Juba As Fighting Spreads", "Juba"),
])
def test_a_title_case_preposition_is_no_name_word(gazetteer, text, surface):
    found = _by_surface(text, gazetteer)
    assert not any(s.startswith("At ") for s in found), found
    assert any(s == surface or s.startswith(surface + " ") for s in found), found


def test_a_name_that_holds_its_article_keeps_it_in_title_case(gazetteer):
    found = _by_surface("Iraqi Troops Enter An Najaf After Talks", gazetteer)
    assert "An Najaf" in found, found
