"""Airports known under a person's name that the index's airport rows lack (issue 11): curated
rows with the airport's Wikipedia article as source. Sentences written for these tests."""

import pytest

from geomove.mentions import places


@pytest.mark.parametrize("text, surface, country", [
    ("A cargo jet landed at Félix Houphouët-Boigny International Airport before dawn.",
     "Félix Houphouët-Boigny International Airport", "CI"),
    ("Mercenaries were seen at Modibo Keïta International Airport on Friday.",
     "Modibo Keïta International Airport", "ML"),
    ("Police closed Melchior Ndadaye International Airport for two hours.",
     "Melchior Ndadaye International Airport", "BI"),
])
def test_an_airport_by_the_persons_name(gazetteer, text, surface, country):
    got = {p["surface"]: p for p in places(text, gazetteer=gazetteer)}
    assert got[surface]["kind"] == "airfield" and got[surface]["country"] == country
    assert got[surface]["gazetteer_id"].startswith("curated:")


def test_part_of_a_persons_name_finds_no_airport_abroad(gazetteer):
    # no loose match to an airport of another country for a surname alone
    got = places("Guards stood at Keita International Airport all night.", gazetteer=gazetteer)
    assert all(p["country"] in (None, "ML") for p in got)


def test_the_former_name_still_answers(gazetteer):
    got = {p["surface"]: p for p in places("The convoy drove to Bujumbura International Airport.",
                                           gazetteer=gazetteer)}
    assert got["Bujumbura International Airport"]["country"] == "BI"
