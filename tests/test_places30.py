"""places30: names a report reads as something else (the sentences are written for these tests).

- A town the gazetteer knows whole by a title and a surname ("General Santos", "General
  Farfán"), right after a preposition of place or a verb of movement, is the town, not an
  officer (mentions.persons._titled_town_after_a_word_of_place). An officer who speaks or is
  spoken to keeps his rank.
- "AB" in capitals after a town's name, the two words after a preposition of place or a verb
  of movement, is an air base ("AFB" is read so already), not a company named after the town
  (mentions.scan._air_base_after_a_name): "flew from Rovaniemi AB" is a place, Rovaniemi.
- A sea's, ocean's or region's name right before a capitalised "Fleet" or "Flotilla" names a
  navy's force, not the waters (mentions.scan._waters_naming_a_fleet): in "the Baltic Fleet
  sailed from Baltiysk" only Baltiysk is a place; "ships sailed into the Baltic" keeps the sea.
"""

import pytest

from placing import places_by_surface as _found


# -- 1. "General X": a town named after an officer, gone to or left

@pytest.mark.parametrize("text, surface, country", [
    ("Two marine companies were flown to General Santos on Sunday.", "General Santos", "PH"),
    ("The navy moved a patrol boat into General Santos overnight.", "General Santos", "PH"),
    ("An army column left General Farfán before dawn.", "General Farfán", "EC"),
    ("Engineers arrived in General Farfán to repair the bridge.", "General Farfán", "EC"),
])
def test_a_town_named_after_an_officer_after_a_word_of_place(gazetteer, text, surface, country):
    found = _found(text, gazetteer)
    assert surface in found and found[surface]["country"] == country, found


@pytest.mark.parametrize("text, surface", [
    # the officer himself: he speaks, or is spoken to
    ("General Santos told reporters the brigade would stay.", "General Santos"),
    ("The minister spoke to General Santos about the brigade.", "General Santos"),
    ("Reinforcements were sent to General Santos, who said they were late.", "General Santos"),
])
def test_an_officer_keeps_his_rank(gazetteer, text, surface):
    assert surface not in _found(text, gazetteer)


def test_a_royal_title_opening_a_street_name_is_left_alone(gazetteer):
    # only an officer's rank, and only the whole run: "King George" (a village in Virginia) is
    # not split off the street named after him
    found = _found("The checkpoint on King George Street was moved to the bridge.", gazetteer)
    assert "King George" not in found, found


# -- 2. "<Town> AB": an air base, gone to or left

@pytest.mark.parametrize("text, surface, country", [
    ("Four Finnish fighters flew from Rovaniemi AB to Kuopio on Tuesday.", "Rovaniemi", "FI"),
    ("Two tanker aircraft landed at Rovaniemi AB in the evening.", "Rovaniemi", "FI"),
])
def test_an_air_base_written_ab_after_a_word_of_place(gazetteer, text, surface, country):
    found = _found(text, gazetteer)
    assert surface in found and found[surface]["country"] == country, found
    assert found[surface]["role"] == "place", found[surface]


@pytest.mark.parametrize("text, surface", [
    # no word of place before it: the town heads a firm's name, and is no place here
    ("Rovaniemi AB reported higher sales this quarter.", "Rovaniemi"),
])
def test_a_firm_named_after_a_town_is_no_place(gazetteer, text, surface):
    found = _found(text, gazetteer)
    assert surface not in found or found[surface]["role"] != "place", found


# -- 3. "the Baltic Fleet": a force named for its waters

@pytest.mark.parametrize("text, surface", [
    ("Landing ships of the Baltic Fleet sailed from Baltiysk at dawn.", "Baltic"),
    ("The Black Sea Fleet moved two frigates from Sevastopol to Novorossiysk.", "Black Sea"),
    ("The Pacific Fleet sent a cruiser to Vladivostok for repairs.", "Pacific"),
])
def test_waters_naming_a_fleet_are_no_place(gazetteer, text, surface):
    found = _found(text, gazetteer)
    assert surface not in found, found


@pytest.mark.parametrize("text, surface, other", [
    # the same sentences keep their ports ...
    ("Landing ships of the Baltic Fleet sailed from Baltiysk at dawn.", "Baltiysk", "RU"),
    ("The Black Sea Fleet moved two frigates from Sevastopol to Novorossiysk.", "Novorossiysk", "RU"),
])
def test_the_fleets_ports_stay_places(gazetteer, text, surface, other):
    found = _found(text, gazetteer)
    assert surface in found and found[surface]["country"] == other, found


@pytest.mark.parametrize("text, surface", [
    # ... and the waters sailed into are still places, the word "fleet" elsewhere or not
    ("Two frigates sailed into the Black Sea on Monday.", "Black Sea"),
    ("A small fleet of patrol boats entered the Baltic overnight.", "Baltic"),
])
def test_waters_sailed_into_stay_places(gazetteer, text, surface):
    assert surface in _found(text, gazetteer)
