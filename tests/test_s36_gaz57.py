"""Places readings helper gaz57 fixed in session 36, each on sentences written for these tests."""

import pytest

from placing import km_apart, place_role_by_surface as _read


# --- a town spelled letter for letter against an area found by a folded foreign name -----------

@pytest.mark.parametrize("text", [
    # 'Lashio' folds to the key of 'Łasio', one of Lazio's other names: the Shan town bears it as written
    "An Italian aid convoy left Lashio on Monday.",
    "Junta troops left Lashio on Friday, an Italian aid worker said.",
    "Italian engineers arrived in Lashio to repair the bridge.",
    "Troops pushed from Lashio toward Orune.",
])
def test_a_town_spelled_as_written_beats_a_folded_other_name(gazetteer, text):
    assert _read(text, gazetteer)["Lashio"].get("country") == "MM"


@pytest.mark.parametrize("text, name, country", [
    # the twins: the region by its own name, and a folded spelling no place bears as written
    ("Carabinieri were sent from Naples into Lazio.", "Lazio", "IT"),
    ("Fighters withdrew from Rakka toward Deir ez-Zor.", "Rakka", "SY"),
])
def test_folded_spellings_still_read(gazetteer, text, name, country):
    assert _read(text, gazetteer)[name].get("country") == country


# --- a list whose first name the gazetteer lacks keeps its known members ------------------------

@pytest.mark.parametrize("text, name, country", [
    ("Police moved to Khurvaleti and Gori.", "Gori", "GE"),
    ("Soldiers were sent to Ngumbuvu and Huanta.", "Huanta", "PE"),
    ("Troops entered Tawori and Arbinda.", "Arbinda", "BF"),
])
def test_a_list_after_an_unknown_name_keeps_its_cue(gazetteer, text, name, country):
    assert _read(text, gazetteer)[name].get("country") == country


@pytest.mark.parametrize("text, absent", [
    # the twins: a common word listed after the unknown name is still no place, and a comma
    # alone, the list going no further, makes no list
    ("Police moved to Khurvaleti and Reading the signs was hard.", "Reading"),
    ("Police moved to Khurvaleti, Gori.", None),
])
def test_no_list_no_cue_passed_on(gazetteer, text, absent):
    got = _read(text, gazetteer)
    if absent:
        assert absent not in got
    else:
        # "to Z, Gori" alone may be an address: left to other readings (as before)
        assert all("a name the gazetteer lacks" not in (m.get("why") or "") for m in got.values())


# --- the force's demonym for the place it leaves ------------------------------------------------

@pytest.mark.parametrize("text, name, country", [
    ("A Canadian battalion moved from Kingston to Riga.", "Kingston", "CA"),
    ("Canadian gunners left Kingston for Latvia last week.", "Kingston", "CA"),
])
def test_the_leaving_force_s_home_town(gazetteer, text, name, country):
    assert _read(text, gazetteer)[name].get("country") == country


@pytest.mark.parametrize("text, name, country", [
    # twins: a force of the capital's own country, and a world city far better known
    ("Jamaican soldiers left Kingston for Port-au-Prince.", "Kingston", "JM"),
    ("A Canadian company flew from London to Latvia.", "London", "GB"),
])
def test_the_leaving_force_s_twins(gazetteer, text, name, country):
    assert _read(text, gazetteer)[name].get("country") == country


# --- a town named by its English spelling, only another of its names in the index ---------------

@pytest.mark.parametrize("text", [
    "Hpakant saw heavy fighting on Tuesday.",
    "Hpakant, a jade-mining town, was shelled.",
])
def test_a_town_s_english_spelling_opening_a_sentence(gazetteer, text):
    got = _read(text, gazetteer)
    assert got["Hpakant"].get("country") == "MM"


@pytest.mark.parametrize("text", [
    "Troops were sent to Perth, Dundee and Stirling.",
    "Storms hit Perth, Dundee and Stirling overnight.",
])
def test_listed_scottish_towns_read_together(gazetteer, text):
    got = _read(text, gazetteer)
    places = [got[n] for n in ("Perth", "Dundee", "Stirling")]
    assert all(p.get("country") == "GB" for p in places)
    assert all(km_apart(a, b) < 200 for a in places for b in places)


@pytest.mark.parametrize("text, expect", [
    # the twins: the world city's own region, and world cities listed together, keep their readings
    ("Flights resumed to Perth, Darwin and Adelaide.", {"Perth": "AU", "Darwin": "AU", "Adelaide": "AU"}),
    ("Ministers flew to Perth and Sydney.", {"Perth": "AU", "Sydney": "AU"}),
    ("Leaders met in Paris, Rome and Athens.", {"Paris": "FR", "Rome": "IT", "Athens": "GR"}),
])
def test_a_world_city_s_own_list_unchanged(gazetteer, text, expect):
    got = _read(text, gazetteer)
    assert {n: got[n].get("country") for n in expect} == expect
