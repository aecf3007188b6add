"""Places readings helper gaz51 fixed in session 33, each on sentences written for these tests."""

import pytest

from geomove.mentions import find_mentions
from placing import place_role_by_surface as _read


def _all(text, gazetteer):
    return {m["surface"]: m for m in find_mentions(text, gazetteer=gazetteer)}


# --- a famous place's name as a person's given name ------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Chad Okafor, a spokesman for the mission, said the troops had reached Kidal.", "Chad"),
    ("The analyst Sydney Marsh said the brigade moved to Rzeszow.", "Sydney"),
    ("Israel Katz said the reserve battalions would stay in Rafah.", "Israel"),
    ("Georgia Lemmon met the soldiers in Herat on Friday.", "Georgia"),
    ("Jordan Whitcombe, the army spokeswoman, confirmed that the convoy left Mosul.", "Jordan"),
])
def test_a_famous_place_as_the_given_name_of_a_person_the_sentence_treats_as_one(gazetteer, text, name):
    got = _all(text, gazetteer)
    assert name not in got  # no country, no city: a person
    # ... and the place of the sentence is still read
    assert any(m["role"] == "place" and m.get("lat") is not None for m in got.values())


@pytest.mark.parametrize("text, name, country", [
    # no sign of a person: the country acts, or the name heads a known place or a body
    ("Chad said it had sent troops to the border with Sudan.", "Chad", "TD"),
    ("Troops were sent to Victoria Falls and Hwange.", "Victoria Falls", "ZW"),
    ("Jordan Valley farmers said soldiers had entered their land.", "Jordan Valley", "JO"),
    # a person of the place, after an article ('the Arizona Republican asked')
    ("Asked about Kherson, the Texas Republican said the aid would go on.", "Texas", "US"),
    # the second word is itself a famous place ("SOS Villages Sudan said"): the place is named
    ("The medical teams of the Red Crescent Sudan said the camps were full.", "Sudan", "SD"),
])
def test_a_famous_place_beside_a_capitalised_word_stays_a_place(gazetteer, text, name, country):
    got = _all(text, gazetteer)
    assert name in got and got[name].get("country") == country


def test_a_unit_word_after_a_famous_place_is_no_surname(gazetteer):
    # "Kabul Borough, said ...": a unit word, no surname; the place is not made a person's name
    text = "Officers from Kabul Borough, said the report, left for Kandahar."
    got = [m for m in find_mentions(text, gazetteer=gazetteer) if m["surface"] == "Kabul"]
    assert got and got[0].get("country") == "AF"


# --- a force named by its country, told on another continent ---------------------------------

def test_a_force_abroad_does_not_bring_its_home_namesake(gazetteer):
    # the US Navy's ships between two Mediterranean ports: Naples, Italy (Napoli by its own name),
    # not Naples, Florida, which the US demonym and the penalty for Italy's continent used to give
    got = _read("US Navy ships left Souda Bay for Naples on Tuesday.", gazetteer)
    assert got["Naples"].get("country") == "IT"


@pytest.mark.parametrize("text, name, country", [
    # a force on its own continent: Palma of Cabo Delgado, not Mallorca's city (the penalty holds)
    ("Rwandan troops advanced from Mocimboa da Praia to Palma.", "Palma", "MZ"),
    # a force at home: its country's town beside the others
    ("American soldiers drove from Fort Hood to Killeen after the exercise.", "Killeen", "US"),
    # the text names no other country: the home namesake keeps the demonym's credit
    ("French troops were moved to Valence for the exercise.", "Valence", "FR"),
])
def test_a_force_named_by_its_country_near_misses(gazetteer, text, name, country):
    got = _read(text, gazetteer)
    assert got[name].get("country") == country


# --- a force's home post is whence it comes, not where the text is ----------------------------

@pytest.mark.parametrize("text, name, country", [
    # the force's country and its army post were the text's 'one country', and the Romanian
    # air base town (several villages share the name) was dropped as a far namesake
    ("American troops arrived at Mihail Kogalniceanu from Fort Campbell.", "Mihail Kogalniceanu", "RO"),
    ("American soldiers from Fort Cavazos arrived in Skwierzyna.", "Skwierzyna", "PL"),
])
def test_a_place_abroad_beside_a_force_and_its_home_post(gazetteer, text, name, country):
    got = _read(text, gazetteer)
    assert got[name].get("country") == country and got[name].get("lat") is not None


def test_a_far_namesake_beside_a_force_at_home_stays_doubted(gazetteer):
    # a Somali force and a Somali town: Mahas is no Jordanian town (the lone-far-settlement guard)
    got = _read("Somali forces retook Mahas and then advanced on Ceel Dheere.", gazetteer)
    assert "Mahas" not in got or got["Mahas"].get("country") != "JO"
