"""Place names whose head word reports abbreviate: 'St. Marc' for Saint-Marc, 'Ft. Worth' for
Fort Worth. The index adds the abbreviated form to towns of 5,000 people or more
(names.abbreviated_forms); the name key keeps 'St.' and 'Saint' apart, so 'St. Thomas' in an
Ontario text is not drowned by French villages called Saint-Thomas. The sentences below were
written for these tests."""

import pytest

from geomove.mentions import find_mentions
from geomove.names import abbreviated_forms, name_key


@pytest.mark.parametrize("name, short", [
    ("Saint-Marc", "St. Marc"),
    ("Saint Petersburg", "St. Petersburg"),
    ("Sainte-Anne-des-Monts", "Ste. Anne-des-Monts"),
    ("Fort Worth", "Ft. Worth"),
    ("Mount Pleasant", "Mt. Pleasant"),
])
def test_the_head_word_is_abbreviated(name, short):
    assert abbreviated_forms(name) == [short]


@pytest.mark.parametrize("name", ["Saintes", "Fortaleza", "Mountain View", "Santa Ana", "St. Louis"])
def test_other_names_have_no_abbreviated_form(name):
    assert abbreviated_forms(name) == []


def test_the_key_of_st_and_saint_stays_apart():
    assert name_key("St. Thomas") == name_key("St Thomas") != name_key("Saint-Thomas")


def test_a_town_is_found_by_its_abbreviated_name(gazetteer):
    top = gazetteer.candidates("St. Marc", limit=1)[0]
    assert top["name"] == "Saint-Marc" and top["country"] == "HT" and top["score"] >= 0.55


def test_an_english_st_town_keeps_its_rank(gazetteer):
    top = gazetteer.candidates("St. Thomas", limit=1)[0]
    assert top["country"] == "CA" and "short form" not in top["why"]


def test_an_abbreviated_town_in_a_sentence(gazetteer):
    text = "The convoy left Port-au-Prince at dawn and reached St. Marc, up the coast, by noon."
    found = {m["surface"]: m for m in find_mentions(text, gazetteer=gazetteer)}
    assert found["St. Marc"]["country"] == "HT" and found["St. Marc"]["name"] == "Saint-Marc"
